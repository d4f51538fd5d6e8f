# SafeSteps — MIT OR Apache-2.0

### Lesson: Warning signs (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Name actions and feelings; never describe abuse.

# Lesson name on the lesson card.
lesson-title = Kenali tanda waspada
# One line under the lesson name.
lesson-summary = Belajar mengenali kapan seseorang di internet bukan teman sungguhan. Lalu belajar apa yang harus dilakukan.

# Card 1: technology is positive; risks can come from people you know too.
card-fun-and-friends =
    Game, chat, dan aplikasi video adalah cara seru untuk bersenang-senang dan tetap dekat dengan teman.
    Kebanyakan orang di internet itu baik. Tapi ada orang yang bersikap sangat ramah untuk menipu anak.
    Bisa orang asing, teman online, atau bahkan orang yang kamu kenal.
    Mengenal tanda-tanda waspada membantumu menyadarinya sejak awal.
# Card 2: the main warning signs of grooming.
card-warning-signs =
    Ini beberapa tanda waspada.
    Seseorang memberimu hadiah, koin game, atau skin tanpa alasan.
    Ia memintamu merahasiakan obrolan kalian.
    Ia ingin pindah ke chat pribadi atau aplikasi lain.
    Ia bilang hal-hal seperti "Kamu dewasa banget" atau "Cuma aku yang mengerti kamu."
    Ia meminta foto, atau bertanya seperti apa penampilanmu.
# Card 3: pressure and saying no.
card-pressure =
    Teman sungguhan menerima jawaban "tidak".
    Kalau ada yang membuatmu merasa dipaksa, bersalah, atau takut, berarti ada yang tidak beres.
    Kamu boleh berhenti membalas, melaporkan, dan memblokirnya. Kamu boleh melakukannya walaupun dulu kamu menyukainya.
# Card 4: it is never the child's fault.
card-not-your-fault =
    Kalau ada orang di internet yang menipumu atau memaksamu, itu bukan salahmu.
    Orang yang menipu anak itulah yang berbuat salah.
    Kamu tetap bisa mendapat bantuan kapan saja, walaupun kamu sudah menyimpan rahasia atau mengirim sesuatu.
# Card 5: who to tell and where to find help.
card-tell-someone =
    Ceritakan ke orang dewasa yang kamu percaya, seperti orang tua, pengasuh, atau guru.
    Mereka tidak boleh menyalahkanmu. Tugas mereka membantumu melapor, memblokir, dan merasa aman.
    Simpan pesan-pesannya. Jangan dihapus; pesan itu berguna saat kamu melapor.
    Kamu juga bisa mengetuk tombol Bantuan untuk mencari orang yang bisa diajak bicara.

# Question: single choice about a gift offered in a game.
q-free-coins = Seseorang di game bilang, "Aku kasih kamu koin gratis kalau kamu menambahkanku di aplikasi lain." Ini apa?
    .hint = Lihat lagi tanda-tanda waspada tadi. Apakah ada tanda dari daftar itu yang terjadi di sini?
    .explanation = Hadiah dengan syarat dan ajakan pindah ke aplikasi lain sama-sama tanda waspada. Tolak dan ceritakan ke orang dewasa yang kamu percaya.
# Answer option (right).
q-free-coins-warning-sign = Tanda waspada
    .feedback = Ya! Hadiah gratis dan pindah ke aplikasi lain adalah dua tanda waspada. Bercerita ke orang dewasa yang kamu percaya adalah langkah yang hebat.
# Answer option (wrong).
q-free-coins-just-kind = Cuma bersikap baik
    .feedback = Belum tepat. Orang yang baik tidak perlu menyuruhmu pindah aplikasi untuk memberi hadiah. Hadiah dengan syarat adalah tanda waspada.
# Answer option (wrong).
q-free-coins-fair-trade = Tukar-menukar yang adil
    .feedback = Belum tepat. Ini bukan tukar-menukar. Hadiah yang disertai "pindah ke aplikasi lain" adalah tanda waspada.

# Question: multiple choice, "choose all that apply".
q-which-signs = Orang yang kamu kenal dari game melakukan hal-hal ini. Mana saja yang tanda waspada? Pilih semua yang cocok.
    .hint = Untuk setiap pilihan, tanyakan: apakah rasanya tetap oke kalau orang dewasa yang kupercaya melihatnya?
    .explanation = Rahasia, hadiah gratis, pindah ke aplikasi pribadi, dan meminta foto adalah tanda waspada. Bilang "permainan yang seru" itu biasa. Main game yang sama juga biasa.
# Answer option (a warning sign).
q-which-signs-keep-it-secret = Ia memintamu merahasiakan obrolan kalian.
    .feedback = Memintamu merahasiakan obrolan dari orang dewasa yang mengasuhmu adalah tanda waspada.
# Answer option (a warning sign).
q-which-signs-gifts-for-nothing = Ia memberimu hadiah tanpa alasan.
    .feedback = Hadiah tanpa alasan bisa jadi cara untuk membuatmu merasa berutang budi. Itu tanda waspada.
# Answer option (a warning sign).
q-which-signs-move-to-private-app = Ia ingin pindah ke aplikasi pribadi.
    .feedback = Pindah ke chat pribadi berarti tidak ada orang lain yang bisa melihat apa yang ia katakan. Itu tanda waspada.
# Answer option (a warning sign).
q-which-signs-asks-for-photos = Ia meminta fotomu.
    .feedback = Meminta foto adalah tanda waspada. Kamu boleh menolak dan bercerita ke orang dewasa.
# Answer option (not a warning sign).
q-which-signs-says-good-game = Ia bilang "permainan yang seru" setelah pertandingan.
    .feedback = Belum tepat. Bilang "permainan yang seru" itu biasa dan baik.
# Answer option (not a warning sign).
q-which-signs-plays-same-game = Ia main game yang sama denganmu.
    .feedback = Belum tepat. Yang ini biasa. Banyak orang main game yang sama.

# Question: true or false about strangers.
q-only-strangers = Hanya orang asing yang bisa mencoba menipu anak di internet.
    .hint = Apakah orang yang sudah kamu kenal bisa bersikap dengan cara yang terasa tidak beres?
    .explanation = Bisa siapa saja: orang asing, teman online, atau orang yang kamu kenal. Perhatikan apa yang dilakukan orang, bukan hanya siapa mereka.
# Feedback if the child picks "true" (wrong).
q-only-strangers-true =
    .feedback = Belum tepat. Bisa juga teman online atau orang yang kamu kenal. Perhatikan tanda waspada pada siapa pun.
# Feedback if the child picks "false" (right).
q-only-strangers-false =
    .feedback = Ya! Bisa siapa saja, bahkan orang yang kamu kenal. Mengenali tanda-tandanya membantumu cepat mendapat bantuan.

# Question: a scenario. The situation is shown first, then the question.
q-alex-private-app = Apa yang bisa Sam lakukan?
    .situation = Sam, 11 tahun, sudah berminggu-minggu mengobrol dengan Alex di game. Alex asyik. Hari ini Alex bilang, "Ayo ngobrol di aplikasi pribadi. Jangan bilang orang tuamu. Mereka nggak bakal ngerti."
    .hint = Ada dua tanda waspada di sini. Siapa yang bisa membantu Sam?
    .explanation = Aplikasi pribadi dan rahasia dari orang tua adalah dua tanda waspada. Bercerita ke orang dewasa yang kamu percaya adalah pilihan terbaik. Memblokir dan melaporkan juga membantu.
# Action (best).
q-alex-private-app-tell-trusted-adult = Bercerita ke orang tua atau orang dewasa lain yang Sam percaya.
    .feedback = Pilihan terbaik! Orang dewasa yang Sam percaya bisa membantu Sam melapor, memblokir, dan tetap aman. Tidak ada yang boleh menyalahkan Sam karena bercerita.
# Action (also good).
q-alex-private-app-stop-block-report = Berhenti membalas, lalu melaporkan dan memblokir Alex.
    .feedback = Pilihan yang bagus. Simpan dulu pesan-pesannya, lalu laporkan dan blokir. Bercerita juga ke orang dewasa akan lebih baik lagi.
# Action (not helpful).
q-alex-private-app-say-no-keep-chatting = Menolak, tapi tetap mengobrol di game.
    .feedback = Belum tepat. Menolak itu bagus, tapi Alex meminta rahasia. Itu tanda waspada. Ceritakan ke orang dewasa yang kamu percaya.
# Action (not helpful).
q-alex-private-app-go-to-private-app = Pindah ke aplikasi pribadi, tapi berhati-hati.
    .feedback = Belum tepat. Di aplikasi pribadi, tidak ada orang lain yang bisa melihat apa yang Alex katakan. Bercerita ke orang dewasa lebih aman.

# Question: single choice about pressure.
q-real-friend = Seseorang bilang, "Kalau kamu benar-benar temanku, kamu pasti mau kirim foto." Apa yang sedang terjadi?
    .hint = Bagaimana perasaanmu kalau menerima pesan ini?
    .explanation = Ini tekanan. Teman sungguhan menerima jawaban tidak. Kamu boleh menolak, berhenti membalas, dan bercerita ke orang dewasa.
# Answer option (right).
q-real-friend-pressure = Ia sedang menekanku. Teman sungguhan akan menerima jawaban tidak.
    .feedback = Ya! Itu tekanan. Kamu boleh menolak, memblokirnya, dan bercerita ke orang dewasa yang kamu percaya.
# Answer option (wrong).
q-real-friend-friendship-test = Itu ujian persahabatan yang wajar.
    .feedback = Belum tepat. Persahabatan bukan ujian yang lulus dengan mengirim foto. Ini tekanan.
# Answer option (wrong).
q-real-friend-fair-ask = Tidak apa-apa, karena ia memintanya dengan sopan.
    .feedback = Belum tepat. Meminta dengan sopan pun tetap bisa jadi tekanan. Kamu selalu boleh menolak.

# Question: true or false about who is to blame. The right answer is "true".
q-who-is-to-blame = Kalau ada orang di internet yang menipu anak, itu bukan salah si anak.
    .hint = Siapa yang berbuat salah?
    .explanation = Orang yang menipu atau memaksa anak itulah yang berbuat salah. Itu sama sekali bukan salah si anak.
# Feedback if the child picks "true" (right).
q-who-is-to-blame-true =
    .feedback = Ya. Itu sama sekali bukan salah si anak. Kamu selalu bisa bercerita ke orang dewasa dan mendapat bantuan.
# Feedback if the child picks "false" (wrong).
q-who-is-to-blame-false =
    .feedback = Belum tepat. Si anak sama sekali tidak bersalah. Orang yang menipunya itulah yang berbuat salah, dan bantuan selalu ada.

# Question: single choice about flattery from someone the child knows.
q-only-i-get-you = Seorang teman keluarga mulai sering mengirimimu pesan. Ia bilang, "Kamu dewasa banget. Cuma aku yang mengerti kamu." Ini apa?
    .hint = Lihat lagi tanda-tanda waspada tadi. Apakah penting bahwa kamu kenal dia?
    .explanation = Bilang "cuma aku yang mengerti kamu" adalah tanda waspada, walaupun dari orang yang kamu kenal. Ceritakan ke orang dewasa lain yang kamu percaya.
# Answer option (right).
q-only-i-get-you-warning-sign = Tanda waspada, walaupun aku kenal dia.
    .feedback = Ya! Tanda waspada tetap berlaku, siapa pun orangnya. Bercerita ke orang dewasa lain yang kamu percaya adalah langkah yang hebat.
# Answer option (wrong).
q-only-i-get-you-nice-compliment = Cuma pujian yang baik.
    .feedback = Belum tepat. "Cuma aku yang mengerti kamu" bisa jadi cara untuk menjauhkanmu dari keluargamu. Itu tanda waspada.
# Answer option (wrong).
q-only-i-get-you-normal-for-family-friend = Biasa saja, karena ia teman keluarga.
    .feedback = Belum tepat. Orang yang kamu kenal juga bisa menunjukkan tanda waspada. Perhatikan apa yang mereka lakukan, bukan hanya siapa mereka.

# Question: true or false about getting help after keeping a secret or sending something. The right answer is "true".
q-still-get-help = Kalau kamu sudah menyimpan rahasia atau mengirim sesuatu, kamu tetap bisa mendapat bantuan.
    .hint = Siapa yang berbuat salah kalau ada yang menipu anak?
    .explanation = Ya. Itu bukan salahmu, walaupun kamu sudah menyimpan rahasia atau mengirim sesuatu. Kamu selalu bisa bercerita ke seseorang, walaupun sudah lama berlalu.
# Feedback if the child picks "true" (right).
q-still-get-help-true =
    .feedback = Ya! Kamu selalu bisa bercerita ke orang dewasa yang kamu percaya. Kamu juga bisa mengetuk Bantuan.
# Feedback if the child picks "false" (wrong).
q-still-get-help-false =
    .feedback = Belum tepat. Bantuan selalu ada untukmu. Orang yang menipumu itulah yang berbuat salah.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan: apa yang membuat seseorang menjadi teman sungguhan di internet? Buat daftar tanda-tanda waspada bersama, lalu bahas kepada siapa mereka bisa bercerita dalam kehidupan mereka sendiri, dan apa yang terjadi setelah mereka bercerita.
