# SafeSteps — MIT OR Apache-2.0

### Lesson: Helping a friend (ages 13–17).
### Readers are teenagers whose friend may have just told them something hard. Be direct, warm and
### practical; never preachy. Never describe abuse or images. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Membantu teman
# One line under the lesson name.
lesson-summary = Apa yang bisa dikatakan dan dilakukan saat teman bercerita bahwa sesuatu terjadi padanya di internet.

# Card 1: a friend telling you means they trust you.
card-they-trust-you =
    Teman sering bercerita satu sama lain sebelum bercerita ke orang dewasa.
    Kalau temanmu cerita bahwa sesuatu yang buruk terjadi padanya di internet, artinya dia percaya padamu. Itu hal yang besar.
    Mungkin ada yang mengancamnya, menekannya, atau sudah menyebarkan fotonya.
    Kamu tidak harus punya semua jawabannya. Kamu tidak harus menyelesaikannya sendirian.
    Yang paling membantu adalah caramu menanggapi, dan membantunya sampai ke orang yang bisa bertindak.
# Card 2: listen, believe, don't blame.
card-listen-and-believe =
    Dengarkan. Biarkan dia bicara tanpa dipotong.
    Percayai dia. Orang jarang mengarang cerita seperti ini.
    Tetap tenang, walaupun kamu kaget atau marah. Ketenanganmu membantunya merasa aman.
    Jangan bertanya "Kenapa kamu kirim?" atau "Kenapa nggak kamu blokir aja?" Pertanyaan seperti itu bisa terdengar menyalahkan.
    Sebagai gantinya, bilang: "Makasih udah cerita. Ini bukan salahmu. Kita cari jalan keluarnya bareng."
# Card 3: don't share; keep it safe.
card-keep-it-safe =
    Jaga ceritanya tetap pribadi. Jangan posting soal itu atau minta saran di grup chat.
    Jangan pernah meneruskan atau menyimpan fotonya, bahkan untuk membantu. Kalau kamu menerimanya, laporkan lalu hapus.
    Jangan kirim pesan atau mengancam orang yang menyakitinya. Itu bisa memperburuk keadaan, dan itu tugas orang dewasa, aplikasi, atau polisi.
    Kamu bisa membantunya menyimpan bukti, seperti screenshot pesan dan nama pengguna, tapi bukan fotonya.
# Card 4: getting an adult involved.
card-get-an-adult =
    Bantu dia bercerita ke orang dewasa yang dia percaya. Tawarkan untuk menemaninya, atau duduk di sampingnya saat dia menelepon atau mengirim pesan.
    Tunjukkan layar Bantuan di aplikasi ini untuk mencari layanan bantuan di negaranya.
    Ada hal-hal yang butuh orang dewasa walaupun temanmu memintamu tidak bilang siapa-siapa. Termasuk ancaman, orang dewasa yang menekannya, atau omongan soal menyakiti diri sendiri. Juga bahaya apa pun yang sedang terjadi saat ini.
    Jujurlah: "Aku terlalu peduli sama kamu untuk merahasiakan ini. Yuk, kita cerita ke seseorang bareng."
# Card 5: look after yourself too.
card-look-after-yourself =
    Mendukung teman bisa terasa berat. Kamu mungkin khawatir, sedih, atau takut untuknya.
    Itu wajar. Kamu teman yang baik, bukan satu-satunya penolongnya.
    Menyelesaikannya bukan tugasmu, dan bukan salahmu kalau keadaannya sulit.
    Ceritakan juga perasaanmu ke orang dewasa yang kamu percaya. Atau ketuk tombol Bantuan untuk mencari orang yang bisa diajak bicara.

# Question: single choice about the first thing to say.
q-first-words = Temanmu cerita bahwa ada orang di internet yang mengancamnya. Apa kalimat pertama yang baik untuk diucapkan?
    .hint = Kalau kamu di posisinya, apa yang ingin kamu dengar pertama kali?
    .explanation = Berterima kasih dan bilang bahwa itu bukan salahnya membantunya merasa aman untuk terus bercerita. Pertanyaan tentang apa yang dia lakukan bisa terdengar menyalahkan.
# Answer option (right).
q-first-words-thanks-not-your-fault = "Makasih udah cerita. Ini bukan salahmu."
    .feedback = Betul. Itu menunjukkan kamu ada di pihaknya, dan itu memang benar.
# Answer option (wrong).
q-first-words-why-did-you = "Ngapain sih kamu ngobrol sama dia?"
    .feedback = Belum tepat. Walaupun kamu cuma penasaran, itu bisa terdengar menyalahkan. Mulailah dengan dukungan.
# Answer option (wrong).
q-first-words-just-block-them = "Kenapa nggak kamu blokir aja?"
    .feedback = Belum tepat. Itu bisa membuatnya merasa dia berbuat salah. Dengarkan dulu, lalu bantu dia membuat rencana.

# Question: choose all that apply, about helpful responses.
q-helpful-responses = Mana saja yang membantu teman yang bercerita bahwa sesuatu terjadi padanya? Pilih semua yang cocok.
    .hint = Mana yang menjaga ceritanya tetap pribadi dan memberinya dukungan sungguhan?
    .explanation = Mendengarkan, memercayainya, dan menawarkan untuk menemaninya ke orang dewasa semuanya membantu. Bertanya di grup chat menyebarkan ceritanya, dan mendatangi orang itu bisa memperburuk keadaan.
# Answer option (helps).
q-helpful-responses-listen = Mendengarkan tanpa memotong
    .feedback = Ya. Didengarkan sangat membantu.
# Answer option (helps).
q-helpful-responses-believe-them = Memercayai apa yang dia ceritakan
    .feedback = Ya. Dipercaya membuatnya lebih mudah bercerita ke orang dewasa selanjutnya.
# Answer option (helps).
q-helpful-responses-offer-to-go = Menawarkan untuk menemaninya ke orang dewasa tepercaya
    .feedback = Ya. Ditemani teman membuat bercerita terasa tidak terlalu menakutkan.
# Answer option (does not help).
q-helpful-responses-ask-group-chat = Bertanya di grup chat apa yang harus dilakukan
    .feedback = Belum tepat. Ceritanya itu pribadi. Tanyakan ke orang dewasa tepercaya saja.
# Answer option (does not help).
q-helpful-responses-confront-them-online = Mengirim pesan ke orang itu dan memarahinya
    .feedback = Belum tepat. Itu bisa memperburuk keadaan. Serahkan itu ke orang dewasa, aplikasi, atau polisi.

# Question: a scenario about a promise to keep a secret.
q-promise-not-to-tell = Apa yang bisa kamu lakukan soal janji itu?
    .situation = Temanmu cerita bahwa orang dewasa yang dia kenal dari internet mengancam akan menyebarkan foto-fotonya. Dia bilang, "Janji ya, jangan bilang siapa-siapa."
    .hint = Ada rahasia yang membuat teman tetap dalam bahaya. Siapa yang benar-benar bisa menghentikan ini?
    .explanation = Jujur dan melibatkan orang dewasa tepercaya adalah langkah terbaik. Menemaninya bercerita ke seseorang juga bagus. Menepati janji membuatnya menghadapi tindak pidana sendirian, dan menghubungi orang itu bisa memperburuk keadaan.
# Action (best).
q-promise-not-to-tell-honest-and-get-adult = Bilang, "Aku terlalu peduli untuk merahasiakan ini," lalu membantunya bercerita ke orang dewasa, atau bercerita sendiri.
    .feedback = Langkah terbaik. Ini tindak pidana, dan butuh orang dewasa. Bersikap jujur menunjukkan kamu peduli.
# Action (also good).
q-promise-not-to-tell-go-with-them = Menawarkan untuk menemaninya ke guru BK atau orang tuanya hari ini.
    .feedback = Langkah yang bagus. Ditemani kamu bisa membuat bercerita jauh lebih mudah.
# Action (not helpful).
q-promise-not-to-tell-keep-the-promise = Menepati janji. Itu pilihannya.
    .feedback = Belum tepat. Rasanya seperti setia kawan, tapi itu membuatnya menghadapi ancaman sendirian. Ini harus diceritakan ke orang dewasa.
# Action (not helpful).
q-promise-not-to-tell-message-the-person = Mengirim pesan ke orang dewasa itu dan menyuruhnya mundur.
    .feedback = Belum tepat. Itu bisa membuat ancamannya makin parah. Biarkan orang dewasa, aplikasi, dan polisi yang menanganinya.

# Question: choose all that apply, about when an adult must be told.
q-must-get-adult = Kapan kamu harus melibatkan orang dewasa, walaupun temanmu memintamu tidak melakukannya? Pilih semua yang cocok.
    .hint = Apakah temanmu, atau orang lain, berisiko mengalami bahaya serius?
    .explanation = Ancaman, orang dewasa yang menekannya, omongan soal menyakiti diri sendiri, dan bahaya saat ini semuanya butuh orang dewasa. Bertengkar soal game adalah hal yang bisa kamu bantu sebagai teman.
# Answer option (needs an adult).
q-must-get-adult-being-threatened = Ada yang mengancamnya demi foto atau uang.
    .feedback = Ya. Ini tindak pidana, dan orang dewasa bisa membantu melaporkannya.
# Answer option (needs an adult).
q-must-get-adult-adult-pressuring = Ada orang dewasa yang menekannya di internet.
    .feedback = Ya. Orang dewasa yang menekan remaja itu serius. Ceritakan ke orang dewasa tepercaya.
# Answer option (needs an adult).
q-must-get-adult-might-hurt-themselves = Dia bicara soal menyakiti dirinya sendiri.
    .feedback = Ya. Segera ceritakan ke orang dewasa. Keselamatannya yang utama.
# Answer option (needs an adult).
q-must-get-adult-in-danger-now = Dia sedang dalam bahaya saat ini.
    .feedback = Ya. Segera cari orang dewasa, atau hubungi nomor darurat di daerahmu.
# Answer option (does not need an adult).
q-must-get-adult-game-argument = Dia bertengkar dengan temannya soal game.
    .feedback = Belum tepat. Itu hal yang bisa kamu bantu sebagai teman. Dengarkan dan temani dia.

# Question: put the support steps in order.
q-support-steps = Temanmu cerita bahwa sesuatu terjadi padanya di internet. Urutkan langkah-langkah ini.
    .hint = Apa yang dia butuhkan darimu sebelum kamu berkata apa-apa? Dan sebelum dia bisa membuat rencana?
    .explanation = Dengarkan dulu supaya dia merasa didengar. Katakan bahwa itu bukan salahnya. Lalu bahas kepada siapa harus bercerita, dan temani dia melakukannya.
# Step 1.
q-support-steps-listen-first = Mendengarkan tanpa menghakimi
    .feedback = Pertama. Biarkan dia bercerita dengan caranya sendiri.
# Step 2.
q-support-steps-not-their-fault = Mengatakan bahwa itu bukan salahnya
    .feedback = Selanjutnya. Banyak orang menyalahkan diri sendiri. Mendengar ini membantu.
# Step 3.
q-support-steps-who-to-tell = Membahas orang dewasa mana yang akan diberi tahu
    .feedback = Lalu. Bantu dia memilih orang yang dia percaya.
# Step 4.
q-support-steps-go-together = Menemaninya bercerita ke orang dewasa itu
    .feedback = Terakhir. Kehadiranmu membuat bercerita lebih mudah.

# Question: true or false about confronting the person. The right answer is "false".
q-confront-yourself = Untuk membantu teman, kamu sebaiknya mengirim pesan ke orang yang menyakitinya dan membuatnya berhenti.
    .hint = Siapa yang punya kuasa untuk menghentikannya dengan aman?
    .explanation = Salah. Mendatanginya bisa memperburuk keadaan untuk temanmu dan untukmu. Orang dewasa, aplikasi, dan polisi bisa bertindak.
# Feedback if the teen picks "true" (wrong).
q-confront-yourself-true =
    .feedback = Belum tepat. Wajar kalau kamu ingin melakukannya, tapi itu bisa memperburuk keadaan. Lebih baik bantu temanmu bercerita ke orang dewasa.
# Feedback if the teen picks "false" (right).
q-confront-yourself-false =
    .feedback = Betul. Tugasmu adalah mendukung temanmu. Orang dewasa, aplikasi, dan polisi yang menangani orang itu.

# Question: true or false about the helper's own feelings.
q-your-feelings-count = Tidak apa-apa bicara dengan seseorang tentang perasaanmu setelah membantu teman.
    .hint = Apakah membantu orang lain berarti perasaanmu sendiri tidak penting?
    .explanation = Benar. Mendukung teman bisa terasa berat. Bicara dengan orang dewasa tepercaya atau mengetuk Bantuan juga bisa membantumu.
# Feedback if the teen picks "true" (right).
q-your-feelings-count-true =
    .feedback = Betul. Perasaanmu juga penting. Kamu juga bisa mendapat dukungan.
# Feedback if the teen picks "false" (wrong).
q-your-feelings-count-false =
    .feedback = Belum tepat. Kamu juga layak mendapat dukungan. Membicarakannya adalah langkah yang sehat.

# Question: a scenario about a friend who blames themselves.
q-friend-blames-self = Apa yang bisa kamu katakan ke temanmu?
    .situation = Foto temanmu disebarkan tanpa persetujuannya. Dia bilang, "Ini salahku. Harusnya aku nggak kirim."
    .hint = Siapa yang memilih untuk menyebarkan foto itu?
    .explanation = Mengatakan bahwa itu bukan salahnya adalah langkah terbaik. Mendengarkan dan menawarkan bantuan untuk mendapat dukungan juga bagus. Mengiyakan atau mengalihkan pembicaraan bisa membuatnya merasa sendirian.
# Action (best).
q-friend-blames-self-say-not-their-fault = "Ini bukan salahmu. Orang yang nyebarin itu yang salah."
    .feedback = Langkah terbaik. Itu benar, dan mendengarnya dari teman sangat berarti.
# Action (also good).
q-friend-blames-self-listen-and-offer-help = Mendengarkan, lalu menawarkan bantuan untuk bercerita ke orang dewasa atau memakai Take It Down.
    .feedback = Langkah yang bagus. Dukungan ditambah rencana itu membantu. Bilang juga bahwa itu bukan salahnya supaya lebih kuat.
# Action (not helpful).
q-friend-blames-self-agree-it-was-a-mistake = "Iya, itu emang kesalahan, tapi nanti juga beres."
    .feedback = Belum tepat. Itu bisa terdengar menyalahkan. Yang salah adalah orang yang menyebarkannya.
# Action (not helpful).
q-friend-blames-self-change-the-subject = Mengalihkan pembicaraan supaya dia tidak memikirkannya.
    .feedback = Belum tepat. Itu bisa terasa seperti kamu tidak mau mendengarnya. Temani dia dan dengarkan.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan: kalau temanmu menceritakan hal yang berat, apa yang ingin kamu katakan pertama kali? Bahas kapan sebuah rahasia harus diceritakan ke orang dewasa, bagaimana bersikap jujur soal itu, dan bagaimana penolong bisa menjaga dirinya sendiri. Ingatkan kelompok bahwa itu sama sekali bukan salah korban.
