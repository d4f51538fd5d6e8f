# SafeSteps — MIT OR Apache-2.0

### Lesson: Cyberbullying and standing up (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Some readers may be bullied, some may have joined in: never shame either.

# Lesson name on the lesson card.
lesson-title = Perundungan online dan berani membela
# One line under the lesson name.
lesson-summary = Pelajari apa itu perundungan online, apa yang harus dilakukan kalau itu terjadi padamu, dan cara membantu kalau itu terjadi pada orang lain.

# Card 1: what cyberbullying is.
card-what-it-is =
    Perundungan online (cyberbullying) adalah saat seseorang memakai game, chat, atau aplikasi untuk menyakiti orang lain berulang-ulang.
    Bisa berupa pesan atau komentar jahat.
    Bisa berupa sengaja mengeluarkan seseorang dari grup chat.
    Bisa berupa menyebarkan foto untuk mengejek seseorang.
    Bisa berupa akun palsu yang pura-pura menjadi orang itu.
# Card 2: how it feels; not the child's fault.
card-how-it-feels =
    Perundungan online bisa membuatmu sedih, takut, marah, atau merasa sendirian.
    Rasanya seperti mengikutimu sampai ke rumah lewat HP-mu.
    Perasaan itu nyata, dan perasaan itu penting.
    Kalau itu terjadi padamu, itu bukan salahmu. Tidak ada yang pantas dirundung.
# Card 3: what to do if you are bullied online.
card-what-to-do =
    Kalau ada yang merundungmu di internet, ini yang bisa kamu lakukan.
    Jangan dibalas. Membalas bisa membuatnya makin buruk.
    Simpan pesan-pesannya dengan screenshot.
    Blokir orang itu, dan laporkan di aplikasinya.
    Ceritakan ke orang dewasa yang kamu percaya, seperti orang tua, pengasuh, atau guru.
# Card 4: being an upstander.
card-be-an-upstander =
    Pembela (upstander) adalah orang yang membantu saat melihat perundungan.
    Kirimi orang yang dirundung pesan yang baik, misalnya "Kamu nggak apa-apa?"
    Jangan menyukai, membagikan, atau menertawakan postingan jahat.
    Laporkan postingannya, dan ceritakan ke orang dewasa yang kamu percaya.
    Kamu tidak harus berdebat dengan orang yang jahat itu. Membantu diam-diam pun tetap berarti.
# Card 5: who to tell; adults should not blame; Help.
card-get-help =
    Kamu tidak harus menghadapi perundungan sendirian.
    Ceritakan ke orang dewasa yang kamu percaya. Mereka seharusnya mendengarkan dan tidak menyalahkanmu.
    Mereka bisa membantumu melaporkannya, dan berbicara dengan sekolahmu kalau itu membantu.
    Kamu juga bisa mengetuk Bantuan untuk mencari orang yang bisa diajak bicara.

# Question: multiple choice, "choose all that apply".
q-is-it-bullying = Mana saja yang termasuk perundungan online? Pilih semua yang cocok.
    .hint = Apakah seseorang mencoba menyakiti atau mengucilkan orang lain, berulang-ulang?
    .explanation = Komentar jahat, sengaja mengucilkan seseorang, akun palsu, dan menyebarkan foto untuk mengejek seseorang adalah perundungan online. Menang dalam game atau mendukung tim yang berbeda bukan perundungan.
# Answer option (cyberbullying).
q-is-it-bullying-mean-comments-daily = Seseorang menulis komentar jahat di video seorang anak setiap hari.
    .feedback = Ini perundungan online. Tujuannya menyakiti, dan terus terjadi.
# Answer option (cyberbullying).
q-is-it-bullying-left-out-on-purpose = Sekelompok anak membuat grup chat baru hanya untuk mengucilkan satu anak.
    .feedback = Ini perundungan online. Sengaja mengucilkan seseorang bisa sangat menyakitkan.
# Answer option (cyberbullying).
q-is-it-bullying-fake-account = Seseorang membuat akun palsu untuk pura-pura menjadi teman sekelas.
    .feedback = Ini perundungan online. Pura-pura menjadi seseorang bisa membuat orang lain berpikir buruk tentangnya.
# Answer option (cyberbullying).
q-is-it-bullying-shares-photo-to-mock = Seseorang menyebarkan foto seorang anak untuk mengejeknya.
    .feedback = Ini perundungan online. Menyebarkan foto untuk mengejek seseorang itu menyakitinya.
# Answer option (not cyberbullying).
q-is-it-bullying-wins-fair-and-square = Temanmu mengalahkanmu di game dan bilang, "Permainan yang seru."
    .feedback = Belum tepat. Menang dengan jujur dan bersikap baik bukan perundungan.
# Answer option (not cyberbullying).
q-is-it-bullying-likes-other-team = Seseorang bilang ia mendukung tim yang berbeda denganmu.
    .feedback = Belum tepat. Menyukai hal yang berbeda itu biasa. Itu bukan perundungan.

# Question: true or false about replying to a bully.
q-reply-back = Kalau ada yang mengirimimu pesan jahat, yang terbaik adalah membalasnya dengan pesan jahat juga.
    .hint = Apa yang mungkin terjadi kalau kamu membalas?
    .explanation = Membalas bisa membuatnya makin buruk. Simpan pesan-pesannya, blokir, laporkan, dan ceritakan ke orang dewasa yang kamu percaya.
# Feedback if the child picks "true" (wrong).
q-reply-back-true =
    .feedback = Belum tepat. Wajar kalau kamu marah. Tapi membalas bisa membuatnya makin buruk. Simpan, blokir, laporkan, dan ceritakan.
# Feedback if the child picks "false" (right).
q-reply-back-false =
    .feedback = Ya! Jangan dibalas. Simpan pesan-pesannya, blokir, laporkan, dan ceritakan ke orang dewasa yang kamu percaya.

# Question: a scenario. The situation is shown first, then the question.
q-no-ellie-chat = Apa yang bisa Tom lakukan?
    .situation = Tom, 11 tahun, dimasukkan ke grup chat kelas bernama "Tanpa Ellie". Orang-orang memposting lelucon jahat tentang Ellie.
    .hint = Bagaimana Tom bisa membantu Ellie tanpa membuat masalahnya makin besar?
    .explanation = Tom bisa jadi pembela. Ia bisa menanyakan kabar Ellie dan bercerita ke orang dewasa yang ia percaya. Melaporkan grup chat itu dan tidak ikut-ikutan juga membantu. Tertawa atau menyebarkannya membuatnya makin buruk.
# Action (best).
q-no-ellie-chat-support-and-tell = Mengirimi Ellie pesan yang baik, dan bercerita ke orang dewasa yang ia percaya.
    .feedback = Pilihan terbaik! Ellie tahu ada yang peduli, dan orang dewasa bisa membantu menghentikannya.
# Action (also good).
q-no-ellie-chat-report-dont-join = Tidak ikut-ikutan. Melaporkan grup chat itu, lalu keluar.
    .feedback = Pilihan yang bagus. Tidak ikut-ikutan dan melapor itu membantu. Bercerita juga ke orang dewasa akan lebih baik lagi.
# Action (not helpful).
q-no-ellie-chat-send-laughing-face = Mengirim emoji tertawa supaya tidak dianggap beda.
    .feedback = Belum tepat. Memang bisa terasa sulit untuk tampil beda. Tapi emoji tertawa memberi tahu orang-orang yang jahat bahwa itu tidak apa-apa.
# Action (not helpful).
q-no-ellie-chat-screenshot-to-friends = Mengirim screenshot ke teman-teman lain supaya mereka bisa melihatnya.
    .feedback = Belum tepat. Membagikannya membuatnya makin tersebar. Simpan screenshot hanya untuk ditunjukkan ke orang dewasa atau untuk melapor.

# Question: single choice about what to do when being bullied.
q-priya-comments = Priya mendapat komentar jahat di setiap video yang ia posting. Apa yang bisa ia lakukan?
    .hint = Ingat langkah-langkah di kartu "apa yang harus dilakukan".
    .explanation = Priya bisa menyimpan komentarnya, memblokir dan melaporkan orang itu, dan bercerita ke orang dewasa yang ia percaya. Itu bukan salahnya.
# Answer option (right).
q-priya-comments-save-block-report-tell = Mengambil screenshot, memblokir dan melaporkan, lalu bercerita ke orang dewasa yang ia percaya.
    .feedback = Ya! Langkah-langkah itu membantunya menghentikan perundungan dan mendapat dukungan. Itu bukan salahnya.
# Answer option (wrong).
q-priya-comments-post-mean-reply = Memposting balasan jahat supaya mereka tahu rasanya.
    .feedback = Belum tepat. Wajar kalau ia marah. Tapi membalas bisa membuatnya makin buruk.
# Answer option (wrong).
q-priya-comments-quit-and-tell-no-one = Berhenti memposting dan tidak bilang siapa-siapa.
    .feedback = Belum tepat. Priya tidak harus menghadapi ini sendirian. Orang dewasa yang ia percaya bisa membantu.

# Question: single choice about what an upstander is.
q-upstander-means = Apa itu pembela (upstander)?
    .hint = Pikirkan kata "membela".
    .explanation = Pembela membantu dengan cara yang aman. Mereka mendukung orang yang dirundung, tidak ikut menyebarkan, melapor, dan bercerita ke orang dewasa.
# Answer option (right).
q-upstander-means-helps-safely = Orang yang membantu orang yang dirundung dengan cara yang aman.
    .feedback = Ya! Kata-kata baik, melapor, dan bercerita ke orang dewasa semuanya langkah seorang pembela.
# Answer option (wrong).
q-upstander-means-just-watches = Orang yang melihat perundungan tapi tidak ikut campur.
    .feedback = Belum tepat. Itu namanya penonton. Pembela melakukan sesuatu untuk membantu.
# Answer option (wrong).
q-upstander-means-bullies-back = Orang yang membalas dengan memposting hal jahat kepada si perundung.
    .feedback = Belum tepat. Membalas dengan jahat bisa membuat masalahnya makin besar. Pembela membantu dengan cara yang aman.

# Question: sort actions into two groups.
q-helps-or-not = Seseorang memposting video jahat tentang seorang anak di kelasmu. Masukkan setiap tindakan ke kelompok yang cocok.
    .hint = Apakah itu membantu anak itu, atau malah menyebarkan postingan jahatnya?
    .explanation = Pesan yang baik, melapor, dan bercerita ke orang dewasa itu membantu. Menyukai, membagikan, atau menambahkan lelucon menyebarkan rasa sakitnya.
# Group name.
q-helps-or-not-helps = Membantu
# Group name.
q-helps-or-not-does-not-help = Tidak membantu
# Item to sort (helps).
q-helps-or-not-kind-message = Mengirimi anak itu pesan yang baik.
    .feedback = Ini membantu. Ini menunjukkan bahwa ia tidak sendirian.
# Item to sort (helps).
q-helps-or-not-report-post = Melaporkan videonya.
    .feedback = Ini membantu. Aplikasi bisa menghapusnya.
# Item to sort (helps).
q-helps-or-not-tell-adult = Bercerita ke orang dewasa yang kamu percaya.
    .feedback = Ini membantu. Orang dewasa bisa membantu menghentikannya.
# Item to sort (does not help).
q-helps-or-not-like-mean-post = Menyukai videonya.
    .feedback = Ini tidak membantu. Like memberi tahu si perundung bahwa orang setuju.
# Item to sort (does not help).
q-helps-or-not-share-mean-post = Membagikan videonya ke teman-teman.
    .feedback = Ini tidak membantu. Membagikannya membuat makin banyak orang melihatnya.
# Item to sort (does not help).
q-helps-or-not-add-a-mean-joke = Menambahkan lelucon di kolom komentar.
    .feedback = Ini tidak membantu. Lelucon menambah rasa sakitnya.

# Question: true or false about blame. The right answer is "true".
q-not-to-blame = Kalau kamu dirundung di internet, itu bukan salahmu.
    .hint = Siapa yang memilih untuk bersikap jahat?
    .explanation = Orang yang merundung itulah yang berbuat salah. Tidak ada yang pantas dirundung.
# Feedback if the child picks "true" (right).
q-not-to-blame-true =
    .feedback = Ya! Itu sama sekali bukan salahmu. Ceritakan ke orang dewasa yang kamu percaya, atau ketuk Bantuan.
# Feedback if the child picks "false" (wrong).
q-not-to-blame-false =
    .feedback = Belum tepat. Tidak ada yang pantas dirundung. Orang yang bersikap jahat itulah yang berbuat salah.

# Question: true or false about changing after joining in. The right answer is "true".
q-joined-in-before = Kalau dulu kamu pernah menertawakan postingan jahat, sekarang kamu tetap bisa jadi pembela.
    .hint = Bisakah kamu membuat pilihan baru hari ini?
    .explanation = Ya. Siapa pun bisa memilih untuk membantu. Kamu bisa mulai sekarang, dengan pesan yang baik atau dengan bercerita ke orang dewasa.
# Feedback if the child picks "true" (right).
q-joined-in-before-true =
    .feedback = Ya! Kamu bisa membuat pilihan baru kapan saja. Membantu sekarang tetap berarti.
# Feedback if the child picks "false" (wrong).
q-joined-in-before-false =
    .feedback = Belum tepat. Semua orang bisa membuat pilihan baru. Kamu bisa membantu sekarang, dan itu berarti.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan: apa yang membuat sulit menjadi pembela di internet? Pikirkan hal-hal kecil dan aman yang bisa kalian lakukan untuk membantu. Kepada siapa kalian bisa bercerita kalau kalian atau teman kalian dirundung?
