# SafeSteps — MIT OR Apache-2.0

### Lesson: Online friends and people you know (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Not only about strangers: watch what people do, whoever they are. Never describe abuse.

# Lesson name on the lesson card.
lesson-title = Teman online
# One line under the lesson name.
lesson-summary = Teman online bisa menyenangkan. Pelajari bedanya dengan orang yang kamu kenal, dan apa yang harus dilakukan kalau ada yang terasa tidak beres.

# Card 1: friends in real life and friends online; technology is positive.
card-online-and-real-life =
    Ada teman yang kamu kenal di dunia nyata. Mereka satu sekolah atau satu klub denganmu, atau mereka keluargamu.
    Ada juga teman yang cuma kamu kenal online, dari game, chat, atau aplikasi video.
    Teman online bisa sangat menyenangkan.
    Tapi di internet, kamu tidak bisa melihat siapa yang sebenarnya mengetik.
# Card 2: people online can pretend.
card-people-can-pretend =
    Seseorang di internet bisa mengaku berumur 11 tahun padahal ia orang dewasa.
    Foto bisa palsu. Suara bisa diubah dengan aplikasi.
    Jadi kamu tidak bisa yakin siapa seseorang hanya dari chat.
    Rahasiakan info pribadimu. Mengobrollah di tempat yang diketahui orang dewasa yang mengasuhmu.
# Card 3: never meet up alone; tell a trusted adult.
card-never-meet-alone =
    Teman online mengajak ketemu? Jangan pergi sendirian.
    Ceritakan dulu ke orang dewasa yang kamu percaya.
    Kalau orang dewasa itu bilang boleh, mereka harus ikut menemanimu. Bertemulah di tempat umum yang ramai.
    Teman sungguhan tidak akan keberatan.
    Kalau ada yang bilang "datang sendiri saja" atau "jangan bilang siapa-siapa", itu tanda waspada.
# Card 4: most people who harm children are known to them; warning signs matter more.
card-watch-what-they-do =
    Kebanyakan orang yang menyakiti anak adalah orang yang sudah dikenal anak itu.
    Jadi ini bukan cuma soal "orang asing atau bukan".
    Perhatikan apa yang dilakukan orang. Apakah ia meminta rahasia, foto, atau chat pribadi? Apakah ia memberi hadiah tanpa alasan? Apakah ia terus memaksa saat kamu bilang tidak?
    Tanda-tanda itu penting, di internet atau di dunia nyata, siapa pun orangnya.
# Card 5: not the child's fault; who to tell; Help.
card-not-your-fault =
    Kalau ada orang di internet yang menipumu atau membuat perasaanmu tidak enak, itu bukan salahmu.
    Orang yang menipu anak itulah yang berbuat salah.
    Ceritakan ke orang dewasa yang kamu percaya, seperti orang tua, pengasuh, atau guru. Mereka tidak boleh menyalahkanmu.
    Kamu juga bisa mengetuk Bantuan untuk mencari orang yang bisa diajak bicara.

# Question: single choice about what you really know about an online friend.
q-what-you-know = Kamu main game bersama Kai setiap hari. Kai bilang, "Aku juga 11 tahun." Apa yang benar-benar kamu ketahui tentang Kai?
    .hint = Bisakah kamu melihat siapa yang mengetik?
    .explanation = Di internet, kamu hanya tahu apa yang diceritakan orang. Orang bisa pura-pura lebih muda atau lebih tua. Karena itulah info pribadi tetap dirahasiakan.
# Answer option (right).
q-what-you-know-only-what-they-say = Hanya apa yang diceritakan Kai.
    .feedback = Ya! Kamu tidak bisa melihat siapa yang mengetik. Kai mungkin 11 tahun, mungkin juga tidak.
# Answer option (wrong).
q-what-you-know-they-are-eleven = Kai 11 tahun, karena Kai bilang begitu.
    .feedback = Belum tepat. Siapa pun bisa mengetik "Aku 11 tahun." Kamu tidak bisa memastikannya di game.
# Answer option (wrong).
q-what-you-know-voice-proves-it = Suara Kai terdengar muda di obrolan suara, jadi Kai pasti anak-anak.
    .feedback = Belum tepat. Suara bisa diubah dengan aplikasi. Suara tidak membuktikan siapa seseorang.

# Question: a scenario. The situation is shown first, then the question.
q-ruby-meet-up = Apa yang bisa Ruby lakukan?
    .situation = Ruby, 12 tahun, sudah berbulan-bulan main game bersama Sky. Sky bilang, "Ayo ketemu di taman hari Sabtu. Datang sendiri saja. Ini rahasia kita, ya."
    .hint = Cari tanda waspadanya. Siapa yang bisa membantu Ruby?
    .explanation = "Datang sendiri saja" dan "rahasia kita" adalah tanda waspada. Ruby sebaiknya tidak pergi. Bercerita ke orang dewasa yang ia percaya adalah pilihan terbaik. Menolak, lalu memblokir dan melaporkan, juga membantu.
# Action (best).
q-ruby-meet-up-tell-trusted-adult = Tidak pergi. Bercerita ke orang dewasa yang ia percaya.
    .feedback = Pilihan terbaik! Orang dewasa bisa membantu Ruby tetap aman dan melaporkan Sky. Tidak ada yang boleh menyalahkan Ruby karena bercerita.
# Action (also good).
q-ruby-meet-up-say-no-block-report = Menolak. Menyimpan chat-nya, lalu memblokir dan melaporkan Sky.
    .feedback = Pilihan yang bagus. Menolak dan melapor itu membantu. Bercerita juga ke orang dewasa akan lebih baik lagi.
# Action (not helpful).
q-ruby-meet-up-take-a-friend = Pergi, tapi mengajak teman sekolah.
    .feedback = Belum tepat. Dua anak tanpa orang dewasa tetap tidak aman. Orang dewasa perlu tahu.
# Action (not helpful).
q-ruby-meet-up-go-but-be-careful = Pergi, tapi HP-nya tetap menyala.
    .feedback = Belum tepat. HP tidak membuatnya aman. "Datang sendiri saja" adalah tanda waspada. Ruby sebaiknya bercerita ke orang dewasa.

# Question: true or false about meeting an online friend alone.
q-long-chat-meet-alone = Kalau kamu sudah lama mengobrol dengan teman online, boleh kok bertemu dengannya sendirian.
    .hint = Apakah mengobrol lama menunjukkan siapa yang sebenarnya mengetik?
    .explanation = Walaupun sudah lama, kamu tidak bisa yakin siapa seseorang di internet. Jangan pernah bertemu sendirian. Ceritakan ke orang dewasa yang kamu percaya.
# Feedback if the child picks "true" (wrong).
q-long-chat-meet-alone-true =
    .feedback = Belum tepat. Mengobrol lama tidak menunjukkan siapa orang itu sebenarnya. Ceritakan ke orang dewasa, dan jangan pernah bertemu sendirian.
# Feedback if the child picks "false" (right).
q-long-chat-meet-alone-false =
    .feedback = Ya! Jangan pernah bertemu sendirian. Orang dewasa yang kamu percaya harus tahu, dan ikut menemanimu.

# Question: multiple choice, "choose all that apply".
q-signs-from-anyone = Mana saja yang termasuk tanda waspada, siapa pun yang melakukannya? Pilih semua yang cocok.
    .hint = Untuk setiap pilihan, tanyakan: apakah aku tetap merasa oke kalau orang dewasa yang kupercaya melihat ini?
    .explanation = Meminta rahasia atau foto, ingin bertemu berdua saja, dan terus memaksa setelah kamu bilang tidak adalah tanda waspada. Menyapa dan mengobrol soal game itu biasa.
# Answer option (a warning sign).
q-signs-from-anyone-asks-for-secrets = Ia memintamu merahasiakan obrolan kalian.
    .feedback = Tanda waspada. Orang yang aman tidak menyuruhmu menyembunyikan sesuatu dari orang dewasa yang mengasuhmu.
# Answer option (a warning sign).
q-signs-from-anyone-wants-to-meet-alone = Ia ingin bertemu berdua saja denganmu.
    .feedback = Tanda waspada. Jangan pernah bertemu sendirian. Ceritakan ke orang dewasa yang kamu percaya.
# Answer option (a warning sign).
q-signs-from-anyone-asks-for-photos = Ia meminta fotomu.
    .feedback = Tanda waspada. Kamu boleh menolak dan bercerita ke orang dewasa.
# Answer option (a warning sign).
q-signs-from-anyone-pushes-after-no = Ia terus memaksa setelah kamu bilang tidak.
    .feedback = Tanda waspada. Teman sungguhan menerima jawaban tidak.
# Answer option (not a warning sign).
q-signs-from-anyone-says-hi-in-game = Ia menyapa di game.
    .feedback = Belum tepat. Menyapa itu biasa dan ramah.
# Answer option (not a warning sign).
q-signs-from-anyone-talks-about-game = Ia mengobrol soal game yang sedang kamu mainkan.
    .feedback = Belum tepat. Mengobrol soal game itu biasa.

# Question: true or false about who harms children.
q-only-strangers-harm = Orang yang menyakiti anak hampir selalu orang asing.
    .hint = Ingat lagi kartu tentang memperhatikan apa yang dilakukan orang.
    .explanation = Kebanyakan orang yang menyakiti anak adalah orang yang sudah dikenal anak itu. Karena itu, tanda waspada lebih penting daripada "orang asing atau bukan".
# Feedback if the child picks "true" (wrong).
q-only-strangers-harm-true =
    .feedback = Belum tepat. Kebanyakan adalah orang yang dikenal anak itu. Perhatikan apa yang dilakukan orang, bukan hanya siapa mereka.
# Feedback if the child picks "false" (right).
q-only-strangers-harm-false =
    .feedback = Ya! Bisa siapa saja, bahkan orang yang kamu kenal. Mengenali tanda-tandanya membantumu cepat mendapat bantuan.

# Question: sort people into two groups.
q-know-or-online = Masukkan setiap orang ke kelompok yang cocok.
    .hint = Apakah kamu pernah bertemu langsung dengannya, dan keluargamu tahu siapa dia?
    .explanation = Teman sekelas, sepupu, dan pelatih adalah orang yang kamu kenal di dunia nyata. Teman satu tim di game, pengikut, dan teman dari teman yang cuma kamu ajak chat adalah orang yang cuma kamu kenal online.
# Group name.
q-know-or-online-real-life = Aku kenal dia di dunia nyata
# Group name.
q-know-or-online-only-online = Aku cuma kenal dia online
# Item to sort (real life).
q-know-or-online-classmate = Anak di kelasku
    .feedback = Kamu bertemu dengannya di sekolah. Kamu kenal dia di dunia nyata.
# Item to sort (real life).
q-know-or-online-cousin = Sepupuku
    .feedback = Sepupumu itu keluarga. Kamu kenal dia di dunia nyata.
# Item to sort (real life).
q-know-or-online-football-coach = Pelatih sepak bolaku
    .feedback = Kamu bertemu pelatihmu saat latihan. Kamu kenal dia di dunia nyata.
# Item to sort (only online).
q-know-or-online-game-teammate = Teman satu tim di game online
    .feedback = Kamu cuma kenal dia dari game. Kamu tidak bisa melihat siapa yang mengetik.
# Item to sort (only online).
q-know-or-online-video-app-follower = Pengikut di aplikasi videoku
    .feedback = Kamu cuma kenal dia dari aplikasi. Profilnya belum tentu benar.
# Item to sort (only online).
q-know-or-online-friend-of-a-friend = Teman dari temanku yang cuma kuajak chat online
    .feedback = Walaupun temanmu kenal dia, kamu cuma kenal dia online.

# Question: single choice about warning signs from someone the child knows.
q-cousin-gifts = Sepupumu yang lebih tua mulai mengirimimu pesan larut malam. Ia mengirimimu hadiah game dan bilang, "Jangan bilang ke ibumu." Ini apa?
    .hint = Perhatikan apa yang ia lakukan, bukan hanya siapa dia.
    .explanation = Chat rahasia dan hadiah tanpa alasan adalah tanda waspada, walaupun dari keluarga. Ceritakan ke orang dewasa lain yang kamu percaya.
# Answer option (right).
q-cousin-gifts-warning-sign = Tanda waspada, walaupun ia keluarga.
    .feedback = Ya! Rahasia dan hadiah adalah tanda waspada, siapa pun orangnya. Ceritakan ke orang dewasa lain yang kamu percaya.
# Answer option (wrong).
q-cousin-gifts-fine-because-family = Tidak apa-apa, karena ia keluarga.
    .feedback = Belum tepat. Keluarga juga bisa menunjukkan tanda waspada. Memintamu merahasiakan sesuatu dari ibumu adalah salah satunya.
# Answer option (wrong).
q-cousin-gifts-just-a-gift = Itu cuma hadiah yang baik.
    .feedback = Belum tepat. Hadiah yang disertai "jangan bilang siapa-siapa" adalah tanda waspada.

# Question: true or false about telling after being tricked. The right answer is "true".
q-tricked-can-tell = Kalau teman online menipumu, kamu tetap bisa bercerita ke orang dewasa. Itu bukan salahmu.
    .hint = Siapa yang berbuat salah?
    .explanation = Orang yang menipu anak itulah yang berbuat salah. Itu sama sekali bukan salah si anak, dan kamu selalu boleh bercerita.
# Feedback if the child picks "true" (right).
q-tricked-can-tell-true =
    .feedback = Ya! Itu sama sekali bukan salahmu. Orang dewasa yang kamu percaya bisa membantu, begitu juga layar Bantuan.
# Feedback if the child picks "false" (wrong).
q-tricked-can-tell-false =
    .feedback = Belum tepat. Kamu selalu boleh bercerita. Orang yang menipumu itulah yang berbuat salah.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan: apa bedanya teman online dengan teman yang kamu kenal di dunia nyata? Mengapa tanda waspada lebih penting daripada "orang asing atau bukan"? Kepada siapa kamu akan bercerita kalau teman online mengajak bertemu?
