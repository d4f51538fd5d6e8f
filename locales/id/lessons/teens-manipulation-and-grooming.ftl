# SafeSteps — MIT OR Apache-2.0

### Lesson: Manipulation and grooming (ages 13–17).
### Readers are teenagers, often alone. Be direct and respectful; never preachy. Name tactics,
### feelings and actions; never describe abuse. Not only strangers. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Mengenali manipulasi
# One line under the lesson name.
lesson-summary = Bagaimana orang membangun kepercayaan untuk memanfaatkan orang lain, cara mengenalinya sejak awal, dan apa yang harus dilakukan.

# Card 1: what grooming is; who can do it.
card-what-it-is =
    Kebanyakan orang yang kamu temui di internet ya orang biasa. Berteman secara online bisa sangat menyenangkan.
    Tapi ada orang yang sengaja membangun kepercayaan untuk memanfaatkan seseorang. Ini disebut grooming (bujuk rayu untuk memperdaya).
    Pelakunya bisa orang dewasa yang pura-pura lebih muda. Bisa orang seumuranmu. Bisa juga orang yang sudah kamu kenal, seperti pelatih, teman keluarga, atau kakak kelas.
    Biasanya awalnya terasa menyenangkan. Itulah yang membuatnya sulit dikenali.
# Card 2: common tactics.
card-tactics =
    Manipulasi sering mengikuti pola. Waspadai orang yang:
    Memberimu banyak perhatian dan pujian, dengan cepat.
    Mengirim hadiah, saldo game, atau uang tanpa alasan jelas.
    Bilang "Cuma aku yang mengerti kamu" atau "Teman-temanmu nggak ngerti kamu."
    Memintamu merahasiakan obrolan kalian.
    Pelan-pelan menjauhkanmu dari teman dan keluarga.
    Mengajakmu pindah ke chat pribadi atau aplikasi lain.
    Satu tanda saja mungkin tidak berarti apa-apa. Beberapa sekaligus adalah tanda waspada.
# Card 3: how it turns into pressure.
card-pressure =
    Sering kali dimulai dengan perhatian dan hadiah. Lalu muncul rahasia dan ajakan pindah ke chat pribadi.
    Lama-lama permintaannya makin besar. Rahasia kecil. Sebuah foto. Lalu sesuatu yang tidak ingin kamu lakukan.
    Dia mungkin membuatmu merasa bersalah: "Padahal aku udah ngelakuin banyak buat kamu."
    Dia mungkin membuatmu merasa istimewa, lalu berubah dingin, sehingga kamu berusaha terus menyenangkannya.
    Ada yang berubah mengancam, misalnya akan membocorkan rahasiamu atau menyebarkan foto.
    Tekanan dan ancaman tidak pernah menjadi bagian dari persahabatan atau hubungan yang sungguhan.
# Card 4: trust your gut.
card-trust-your-gut =
    Perasaanmu adalah sinyal yang berguna. Merasa tidak nyaman, bingung, atau tertekan adalah alasan untuk berhenti sejenak.
    Kamu tidak butuh bukti untuk bertindak. Kamu boleh memperlambat, menolak, atau berhenti membalas.
    Tanyakan ke dirimu: apakah aku oke kalau orang dewasa yang kupercaya melihat chat ini?
    Kalau jawabannya tidak, itu patut diperhatikan.
    Kamu bisa menyimpan pesan-pesannya, lalu memblokir dan melaporkan orang itu.
# Card 5: not your fault, and telling someone.
card-not-your-fault =
    Kalau ada yang memanipulasimu, itu bukan salahmu.
    Ini tetap benar walaupun kamu menyukainya, menyimpan rahasianya, menerima hadiahnya, atau mengirim sesuatu.
    Grooming berhasil karena pelakunya pandai menipu orang. Yang salah adalah dia.
    Ceritakan ke orang dewasa yang kamu percaya. Mereka seharusnya mendengarkan dan membantu, bukan menyalahkanmu.
    Kamu juga bisa mengetuk tombol Bantuan untuk mencari orang yang bisa diajak bicara di negaramu.

# Question: single choice about an isolating message.
q-only-i-get-you = Seseorang yang sering chatting denganmu bilang, "Orang tuamu nggak ngerti kamu. Cuma aku yang ngerti." Apa yang sedang terjadi?
    .hint = Apa yang bisa terjadi kalau kamu berhenti bicara dengan keluargamu?
    .explanation = Ini cara untuk menjauhkanmu dari orang lain. Saat kamu merasa hanya satu orang yang mengertimu, makin sulit meminta bantuan ke orang lain.
# Answer option (right).
q-only-i-get-you-isolating = Dia mencoba menjauhkanku dari orang-orang yang peduli padaku.
    .feedback = Betul. Orang yang dijauhkan dari orang-orang terdekatnya lebih mudah dikendalikan. Tetaplah dekat dengan orang-orang yang kamu percaya.
# Answer option (wrong).
q-only-i-get-you-real-support = Dia sedang mendukungku, jadi aku harus mendengarkannya.
    .feedback = Belum tepat. Dukungan yang sungguhan tidak menjauhkan keluarga atau teman-temanmu.
# Answer option (wrong).
q-only-i-get-you-harmless = Tidak berbahaya. Dia cuma bersikap baik.
    .feedback = Belum tepat. Mungkin terasa menyenangkan, tapi "cuma aku yang mengerti kamu" adalah kalimat manipulasi yang umum.

# Question: choose all that apply, about tactics.
q-spot-tactics = Mana saja yang termasuk taktik manipulasi yang umum? Pilih semua yang cocok.
    .hint = Ingat lagi polanya. Apakah itu membangun kepercayaan dengan cepat, kerahasiaan, atau jarak?
    .explanation = Pujian yang datang cepat, hadiah tanpa alasan, rahasia, dan pindah aplikasi adalah taktik yang umum. Menghormati penolakanmu dan suka musik yang sama itu biasa.
# Answer option (tactic).
q-spot-tactics-fast-flattery = Banyak pujian dan perhatian, dengan sangat cepat
    .feedback = Ya. Perhatian yang cepat membangun kepercayaan dengan cepat, kadang memang disengaja.
# Answer option (tactic).
q-spot-tactics-gifts-for-nothing = Hadiah atau saldo game tanpa alasan jelas
    .feedback = Ya. Hadiah bisa membuatmu merasa berutang sesuatu padanya.
# Answer option (tactic).
q-spot-tactics-keep-it-secret = Memintamu merahasiakan obrolan kalian
    .feedback = Ya. Rahasia membuat orang lain tidak menyadari apa yang sedang terjadi.
# Answer option (tactic).
q-spot-tactics-move-apps = Mengajakmu pindah ke aplikasi pribadi
    .feedback = Ya. Di tempat pribadi, tidak ada orang lain yang bisa melihat apa yang dia katakan.
# Answer option (normal).
q-spot-tactics-respects-no = Menerima jawaban tidak
    .feedback = Belum tepat. Menghormati penolakanmu adalah tanda yang baik.
# Answer option (normal).
q-spot-tactics-same-music = Suka musik yang sama denganmu
    .feedback = Belum tepat. Punya minat yang sama itu biasa. Perhatikan apa yang dilakukan orang dari waktu ke waktu.

# Question: true or false about who grooms. The right answer is "false".
q-only-older-strangers = Grooming hanya dilakukan oleh orang asing yang lebih tua.
    .hint = Ingat orang-orang yang disebut di awal pelajaran.
    .explanation = Salah. Pelakunya bisa orang dewasa, orang seumuranmu, atau orang yang sudah kamu kenal. Perhatikan apa yang dilakukan orang, bukan hanya siapa mereka.
# Feedback if the teen picks "true" (wrong).
q-only-older-strangers-true =
    .feedback = Belum tepat. Pelakunya juga bisa teman sebaya, teman online, atau orang yang kamu kenal baik.
# Feedback if the teen picks "false" (right).
q-only-older-strangers-false =
    .feedback = Betul. Siapa pun bisa memanipulasi. Tanda-tanda waspadanya lebih penting daripada siapa orangnya.

# Question: put the common pattern in order.
q-how-it-builds = Manipulasi sering berkembang bertahap. Urutkan sesuai urutan yang biasa terjadi.
    .hint = Biasanya awalnya terasa menyenangkan. Ujungnya ke mana?
    .explanation = Sering kali dimulai dengan kepercayaan dan perhatian. Lalu muncul rahasia dan chat pribadi, lalu permintaan kecil, lalu tekanan atau ancaman. Mengenali tahap awal membantumu bertindak lebih cepat.
# Step 1.
q-how-it-builds-builds-trust = Banyak perhatian, pujian, dan hadiah
    .feedback = Pertama. Ini membangun kepercayaan dan membuatmu merasa istimewa.
# Step 2.
q-how-it-builds-secrets-and-private = Memintamu merahasiakan obrolan, sering di aplikasi pribadi
    .feedback = Selanjutnya. Rahasia dan chat pribadi membuat orang lain tidak menyadarinya.
# Step 3.
q-how-it-builds-small-asks = Mulai meminta hal-hal kecil, seperti foto
    .feedback = Lalu. Permintaan kecil membuat permintaan yang lebih besar terasa biasa nanti.
# Step 4.
q-how-it-builds-pressure-and-threats = Memaksa meminta lebih, dengan membuatmu merasa bersalah atau mengancam
    .feedback = Terakhir. Pada tahap ini, menolak bisa terasa sulit. Kamu tetap boleh menolak, dan bantuan selalu ada.

# Question: a scenario about someone the teen knows.
q-someone-you-know = Apa yang bisa kamu lakukan soal pesan-pesan itu?
    .situation = Seorang asisten pelatih di klubmu mulai mengirimimu pesan larut malam. Dia mengirimimu voucher hadiah dan bilang, "Obrolan kita cukup antara kita aja ya. Yang lain nanti iri."
    .hint = Dia orang yang kamu kenal. Apakah tanda-tanda waspada tetap berlaku?
    .explanation = Bercerita ke orang dewasa tepercaya adalah langkah terbaik. Menyimpan pesan-pesannya dan berhenti membalas juga membantu. Rahasia dan hadiah dari orang dewasa yang bertanggung jawab atasmu adalah tanda waspada, walaupun kamu menyukainya.
# Action (best).
q-someone-you-know-tell-trusted-adult = Bercerita ke orang tua atau orang dewasa lain yang kupercaya, dan menunjukkan pesan-pesannya.
    .feedback = Langkah terbaik. Orang dewasa bisa bertindak, dan kamu sudah benar karena bercerita.
# Action (also good).
q-someone-you-know-save-and-stop = Menyimpan pesan-pesannya dan berhenti membalas.
    .feedback = Langkah yang bagus. Bercerita juga ke orang dewasa berarti ada yang bisa memastikan ini berhenti.
# Action (not helpful).
q-someone-you-know-keep-it-quiet = Diam saja supaya dia tidak kena masalah.
    .feedback = Belum tepat. Bersikap benar itu tanggung jawabnya, bukan tugasmu untuk melindunginya. Rahasia seperti ini harus diceritakan.
# Action (not helpful).
q-someone-you-know-accept-and-wait = Menyimpan hadiahnya dan menunggu apa yang terjadi.
    .feedback = Belum tepat. Hadiah ditambah rahasia adalah sebuah pola. Melibatkan orang dewasa sejak awal lebih mudah.

# Question: true or false about gut feelings.
q-gut-feeling = Kalau sebuah chat terasa janggal, tidak apa-apa berhenti membalas, walaupun kamu tidak bisa menjelaskan alasannya.
    .hint = Apakah kamu butuh bukti sebelum melindungi dirimu?
    .explanation = Benar. Kamu tidak butuh alasan atau bukti. Perasaan tidak nyaman layak didengarkan.
# Feedback if the teen picks "true" (right).
q-gut-feeling-true =
    .feedback = Betul. Percayai firasatmu. Kamu bisa berhenti, menyimpan bukti, memblokir, dan bercerita ke seseorang.
# Feedback if the teen picks "false" (wrong).
q-gut-feeling-false =
    .feedback = Belum tepat. Kamu tidak pernah butuh bukti untuk berhenti bicara dengan seseorang. Perasaanmu itu penting.

# Question: a scenario about an online friend the same age.
q-online-friend-asks = Apa yang bisa kamu lakukan soal permintaan itu?
    .situation = Sudah berbulan-bulan kamu main game bareng seseorang yang seumuran. Sekarang dia ingin pindah ke aplikasi lain dan tukar-tukaran foto. Saat kamu ragu, dia menulis, "Kukira kamu percaya sama aku."
    .hint = Perhatikan rasa bersalah yang dia timbulkan. Apakah teman sungguhan memaksa saat kamu ragu?
    .explanation = Menolak dan bercerita ke orang yang kamu percaya adalah langkah terbaik. Memblokir dan melaporkan juga bagus. "Kukira kamu percaya sama aku" adalah rasa bersalah yang dipakai untuk menekan.
# Action (best).
q-online-friend-asks-say-no-and-tell = Menolak, dan membicarakannya dengan orang dewasa yang kupercaya.
    .feedback = Langkah terbaik. Penolakan sudah cukup, dan orang dewasa bisa membantu kalau dia terus memaksa.
# Action (also good).
q-online-friend-asks-block-and-report = Menyimpan chat-nya, lalu memblokir dan melaporkannya.
    .feedback = Langkah yang bagus. Kamu melindungi dirimu dan orang lain. Bercerita juga ke orang dewasa akan lebih baik lagi.
# Action (not helpful).
q-online-friend-asks-send-to-keep-friend = Mengirim foto supaya pertemanannya tidak putus.
    .feedback = Belum tepat. Teman yang layak dipertahankan menerima jawaban tidak. Kalau kamu sudah telanjur mengirim, kamu tetap bisa mendapat bantuan.
# Action (not helpful).
q-online-friend-asks-move-but-dont-send = Pindah ke aplikasi lain, tapi tidak mengirim apa-apa.
    .feedback = Belum tepat. Di aplikasi pribadi tekanannya biasanya makin besar, dan tidak ada orang lain yang bisa melihatnya.

# Question: single choice about having already gone along with it.
q-already-went-along = Seseorang sudah menyimpan rahasia dan mengirim foto sebelum menyadari tanda-tanda waspadanya. Mana yang benar?
    .hint = Apakah ada saatnya bantuan tidak lagi tersedia?
    .explanation = Itu tetap bukan salahnya, dan dia tetap bisa mendapat bantuan. Bercerita ke orang dewasa tepercaya atau mengetuk Bantuan adalah langkah selanjutnya yang baik.
# Answer option (right).
q-already-went-along-still-get-help = Itu tetap bukan salahnya, dan dia tetap bisa mendapat bantuan.
    .feedback = Betul. Yang salah adalah orang yang memanipulasinya. Bantuan ada kapan saja.
# Answer option (wrong).
q-already-went-along-nothing-can-be-done = Sekarang sudah tidak ada yang bisa dilakukan.
    .feedback = Belum tepat. Orang dewasa, aplikasi, dan layanan bantuan tetap bisa membantu, dan foto sering kali bisa dihapus.
# Answer option (wrong).
q-already-went-along-handle-alone = Dia harus menghadapinya sendirian karena sudah menurutinya.
    .feedback = Belum tepat. Sempat menuruti tidak membuat itu jadi salahnya. Dia layak mendapat dukungan.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan: mengapa manipulasi sering kali awalnya terasa menyenangkan? Bahas seperti apa polanya kalau pelakunya orang asing, teman sebaya, dan orang yang dikenal. Apa yang bisa membuat bercerita ke seseorang jadi lebih mudah? Ingatkan kelompok bahwa itu sama sekali bukan salah orang yang dimanipulasi.
