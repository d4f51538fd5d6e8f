# SafeSteps — MIT OR Apache-2.0

### Lesson: Pressure in relationships (ages 13–17).
### Readers are teenagers, some of them in a controlling relationship right now. Be direct, calm
### and respectful; never preachy. Never describe abuse or images. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Tekanan dalam hubungan
# One line under the lesson name.
lesson-summary = Seperti apa hubungan yang sehat di dunia online, cara mengenali sikap mengekang, dan di mana mencari bantuan.

# Card 1: what a healthy relationship looks like online.
card-healthy =
    Pacaran, gebetan, dan persahabatan dekat bisa jadi bagian terbaik masa remaja. Banyak di antaranya terjadi lewat HP.
    Dalam hubungan yang sehat, kalian berdua merasa aman dan bebas.
    Kalian saling percaya tanpa saling memeriksa.
    Kalian masing-masing tetap punya teman sendiri, waktu sendiri, dan HP sendiri.
    Kamu boleh bilang tidak, dan dia bisa menerimanya.
    Kamu tidak takut dengan reaksinya.
# Card 2: signs of a controlling relationship online.
card-control-signs =
    Sikap mengekang bisa terlihat seperti perhatian pada awalnya. Waspadai orang yang:
    memeriksa HP-mu, atau ingin melihat chat-chatmu;
    menuntut kata sandimu, atau lokasimu setiap saat;
    marah kalau kamu tidak cepat membalas;
    mengatur siapa yang boleh kamu ikuti, ajak bicara, atau temui;
    memaksamu mengirim foto, atau bilang "Kalau kamu sayang aku, kamu pasti mau."
    Ancaman juga tanda waspada yang besar. Termasuk ancaman menyebarkan fotomu, atau menyakiti dirinya sendiri kalau kamu pergi.
    Semua ini bukan cinta. Ini mengekang.
# Card 3: consent can be withdrawn.
card-consent-can-change =
    Kamu boleh berubah pikiran kapan saja.
    Kalau kamu pernah memberi tahu kata sandimu, kamu bisa menggantinya.
    Kalau kamu menyalakan berbagi lokasi, kamu bisa mematikannya.
    Kalau sebelumnya kamu pernah mengirim foto, sekarang kamu boleh menolak.
    Sekali bilang ya tidak pernah berarti ya selamanya. Pasangan yang menghormatimu akan menerima itu.
    Kalau kamu khawatir dengan reaksinya, bicarakan dulu dengan orang dewasa yang kamu percaya. Mereka bisa membantumu membuat rencana.
# Card 4: not your fault.
card-not-your-fault =
    Kalau pasanganmu mengekang, menekan, atau mengancammu, itu bukan salahmu.
    Ini bukan soal apa yang kamu lakukan atau tidak lakukan. Orang yang memilih untuk mengekang itulah yang berbuat salah.
    Ini bisa terjadi pada siapa saja, apa pun gendernya, dalam hubungan apa pun.
    Merasa bingung, bersalah, atau masih sayang padanya itu wajar. Kamu tetap berhak merasa aman.
    Mengancam menyebarkan foto seseorang adalah tindak pidana di banyak tempat.
# Card 5: where to get help.
card-getting-help =
    Kamu tidak harus menyelesaikan ini sendirian.
    Bicaralah dengan orang dewasa yang kamu percaya: orang tua, pengasuh, kerabat, guru, atau guru BK. Mereka seharusnya mendengarkan, bukan menyalahkanmu.
    Simpan pesan-pesan yang berisi ancaman. Lalu blokir dan laporkan orang itu di aplikasinya.
    Kalau kamu merasa dalam bahaya saat ini, hubungi nomor darurat di daerahmu.
    Ketuk tombol Bantuan untuk mencari layanan bantuan di negaramu. Banyak yang menyediakan chat kalau bicara terasa berat.

# Question: choose all that apply, about signs of control.
q-spot-control = Mana saja yang termasuk tanda hubungan yang mengekang? Pilih semua yang cocok.
    .hint = Apakah itu memberimu kebebasan, atau mengambilnya?
    .explanation = Memeriksa HP-mu, menuntut kata sandi, melacak lokasimu, dan marah soal teman-temanmu semuanya bentuk mengekang. Menanyakan harimu dan memberimu ruang adalah tanda perhatian.
# Answer option (sign of control).
q-spot-control-checks-your-phone = Dia memeriksa isi HP-mu.
    .feedback = Ya. HP dan chat-chatmu milikmu. Memeriksanya itu mengekang, bukan perhatian.
# Answer option (sign of control).
q-spot-control-demands-password = Dia menuntut kata sandimu.
    .feedback = Ya. Menuntut kata sandi adalah cara untuk mengawasimu. Kamu boleh menolak.
# Answer option (sign of control).
q-spot-control-tracks-location = Dia ingin tahu lokasi langsungmu setiap saat.
    .feedback = Ya. Selalu harus tahu di mana kamu berada itu mengekang.
# Answer option (sign of control).
q-spot-control-angry-about-friends = Dia marah kalau kamu bertemu teman-temanmu.
    .feedback = Ya. Menjauhkanmu dari teman-teman adalah tanda mengekang yang umum.
# Answer option (healthy).
q-spot-control-asks-about-your-day = Dia menanyakan bagaimana harimu.
    .feedback = Belum tepat. Itu perhatian yang wajar. Baru jadi masalah kalau berubah menjadi memeriksa.
# Answer option (healthy).
q-spot-control-gives-you-space = Dia oke-oke saja saat kamu sibuk dengan teman-temanmu.
    .feedback = Belum tepat. Itu tanda yang sehat. Saling memberi ruang menunjukkan rasa percaya.

# Question: a scenario about a partner demanding a password.
q-password-test = Apa yang bisa kamu lakukan soal kata sandi itu?
    .situation = Pacarmu bilang, "Kalau kamu nggak nyembunyiin apa-apa, kasih aku password-mu. Aku kan udah kasih punyaku."
    .hint = Apakah kepercayaan harus dibuktikan dengan menyerahkan privasimu?
    .explanation = Merahasiakan kata sandimu adalah langkah terbaik, dan bicara dengan orang yang kamu percaya juga membantu. Menyerahkannya, atau memberi kata sandi lama, membuat tekanannya terus berlanjut.
# Action (best).
q-password-test-keep-it-private = Menolak. Kata sandiku milikku, dan rasa percaya tidak butuh itu.
    .feedback = Langkah terbaik. Merahasiakan kata sandi itu wajar dan adil. Pasangan yang menghormatimu akan menerimanya.
# Action (also good).
q-password-test-talk-to-someone = Bicara dengan teman atau orang dewasa yang kupercaya tentang perasaanku.
    .feedback = Langkah yang bagus. Orang dari luar bisa membantumu melihat polanya dan merencanakan apa yang harus dilakukan.
# Action (not helpful).
q-password-test-hand-it-over = Memberikannya untuk membuktikan aku tidak menyembunyikan apa-apa.
    .feedback = Belum tepat. Privasi bukan berarti menyembunyikan sesuatu. Menuruti biasanya malah membuatnya makin sering memeriksa. Kalau kamu sudah telanjur memberikannya, kamu bisa menggantinya.
# Action (not helpful).
q-password-test-give-old-one = Memberinya kata sandi lama supaya dia berhenti bertanya.
    .feedback = Belum tepat. Mungkin pertengkarannya selesai untuk sementara, tapi tekanannya masih ada. Penolakan yang jelas dan dukungan dari orang lain lebih efektif.

# Question: single choice about constant texting.
q-always-texting = Pacarmu mengirim chat seharian untuk menanyakan kamu di mana. Dia marah kalau kamu tidak membalas dalam lima menit. Ini apa?
    .hint = Bagaimana rasanya: diperhatikan, atau diawasi?
    .explanation = Ini perilaku mengekang. Peduli pada seseorang tidak berarti melacaknya atau marah saat dia sibuk.
# Answer option (right).
q-always-texting-controlling = Perilaku mengekang
    .feedback = Betul. Harus tahu di mana kamu berada dan marah saat kamu sibuk itu mengekang.
# Answer option (wrong).
q-always-texting-proof-of-love = Bukti bahwa dia benar-benar sayang aku
    .feedback = Belum tepat. Cinta memberimu ruang untuk bernapas. Memeriksa dan marah-marah itu mengekang.
# Answer option (wrong).
q-always-texting-normal-for-everyone = Biasa, karena semua pasangan begitu
    .feedback = Belum tepat. Banyak pasangan sering berkirim chat, tapi marah saat kamu tidak membalas itu tidak wajar dan tidak oke.

# Question: true or false about turning off location sharing.
q-stop-sharing-location = Kamu boleh mematikan berbagi lokasi dengan pasanganmu, walaupun sebelumnya kamu sudah setuju.
    .hint = Bisakah persetujuan berubah seiring waktu?
    .explanation = Benar. Kamu boleh berubah pikiran soal berbagi lokasi kapan saja. Kalau kamu khawatir dengan reaksinya, bicarakan dulu dengan orang dewasa yang kamu percaya.
# Feedback if the teen picks "true" (right).
q-stop-sharing-location-true =
    .feedback = Betul. Ya yang dulu tidak berarti ya selamanya. Lokasimu milikmu.
# Feedback if the teen picks "false" (wrong).
q-stop-sharing-location-false =
    .feedback = Belum tepat. Kamu selalu boleh menarik kembali persetujuanmu. Itu bagian dari persetujuan.

# Question: put the account steps in order.
q-lock-account-steps = Mantanmu masih tahu kata sandimu. Urutkan langkah-langkah ini untuk mengunci dia dari akunmu. (Kalau kamu khawatir dengan reaksinya, bicarakan dulu dengan orang dewasa yang kamu percaya.)
    .hint = Kalau kamu mengeluarkannya sebelum mengganti kata sandi, apa yang bisa dia lakukan?
    .explanation = Ganti kata sandi dulu, supaya dia tidak bisa masuk lagi. Lalu keluar dari semua perangkat lain untuk mengeluarkannya. Terakhir, nyalakan verifikasi dua langkah, supaya lain kali kata sandi saja tidak cukup.
# Step 1.
q-lock-account-steps-change-password = Ganti kata sandimu
    .feedback = Pertama. Sebelum diganti, dia bisa saja masuk lagi.
# Step 2.
q-lock-account-steps-sign-out-everywhere = Keluar dari semua perangkat lain
    .feedback = Kedua. Ini mengeluarkannya dari HP mana pun yang masih masuk ke akunmu.
# Step 3.
q-lock-account-steps-turn-on-two-step = Nyalakan verifikasi dua langkah
    .feedback = Terakhir. Sekarang dia butuh kode dari HP-mu juga, bukan cuma kata sandi.

# Question: true or false about blame. The right answer is "false".
q-caused-it = Kalau pasanganmu mengekang, itu karena sesuatu yang kamu lakukan.
    .hint = Siapa yang memilih bagaimana pasanganmu bersikap?
    .explanation = Salah. Itu bukan salahmu. Mengekang adalah pilihan yang dibuat orang lain itu. Kamu berhak merasa aman, dan bantuan selalu ada.
# Feedback if the teen picks "true" (wrong).
q-caused-it-true =
    .feedback = Belum tepat. Tidak ada yang kamu lakukan yang membuat sikap mengekang jadi oke. Itu pilihannya, dan itu bukan salahmu.
# Feedback if the teen picks "false" (right).
q-caused-it-false =
    .feedback = Betul. Orang yang memilih untuk mengekang itulah yang salah. Kamu bisa mendapat bantuan kapan saja.

# Question: a scenario about a threat after a breakup.
q-breakup-threat = Apa yang bisa kamu lakukan soal ancaman itu?
    .situation = Kamu ingin putus. Pacarmu mengirim pesan: "Kalau kamu ninggalin aku, satu sekolah bakal lihat foto-foto yang kamu kirim ke aku."
    .hint = Ini ancaman. Apa yang membuatmu tetap aman dan mendapat dukungan?
    .explanation = Menyimpan pesan-pesannya dan bercerita ke orang dewasa tepercaya adalah awal terbaik. Melaporkan dan memblokir juga membantu. Bertahan atau mengirim lebih banyak memberinya kuasa lebih besar. Ini bukan salahmu, dan ancaman seperti ini bisa jadi tindak pidana.
# Action (best).
q-breakup-threat-save-and-tell-adult = Menyimpan pesan-pesannya dan bercerita ke orang dewasa yang kupercaya.
    .feedback = Langkah terbaik. Pesan-pesan itu bukti, dan orang dewasa bisa membantumu melapor dan tetap aman.
# Action (also good).
q-breakup-threat-report-and-block = Mengambil screenshot ancamannya, lalu melaporkan dan memblokirnya.
    .feedback = Langkah yang bagus. Simpan dulu, lalu laporkan dan blokir. Bercerita juga ke orang dewasa membuatnya lebih kuat. Take It Down juga bisa membantu, bahkan sebelum ada yang disebarkan.
# Action (not helpful).
q-breakup-threat-stay-to-keep-calm = Tetap bersamanya supaya dia tidak melakukannya.
    .feedback = Belum tepat. Bertahan karena ancaman memberinya kendali atasmu. Kamu layak mendapat dukungan, bukan rasa takut.
# Action (not helpful).
q-breakup-threat-send-more = Mengirim apa yang dia mau supaya dia tenang.
    .feedback = Belum tepat. Menuruti biasanya membuat tuntutannya bertambah. Kalau kamu sudah telanjur melakukannya, itu tetap bukan salahmu, dan kamu bisa mendapat bantuan.

# Question: choose all that apply, about who can help.
q-who-can-help = Kepada siapa kamu bisa bicara kalau sebuah hubungan terasa mengekang? Pilih semua yang cocok.
    .hint = Pikirkan orang-orang yang ada di pihakmu.
    .explanation = Orang dewasa tepercaya, guru BK, layanan bantuan, dan teman yang kamu percaya semuanya bisa membantu. Memendamnya sendiri membuatnya makin berat. Ketuk Bantuan untuk mencari layanan bantuan.
# Answer option (can help).
q-who-can-help-trusted-adult = Orang tua, pengasuh, atau orang dewasa lain yang kupercaya
    .feedback = Ya. Mereka bisa mendengarkan dan membantumu merencanakan apa yang harus dilakukan.
# Answer option (can help).
q-who-can-help-school-counsellor = Guru BK atau guru lain
    .feedback = Ya. Mereka paham soal ini dan bisa membantumu mendapat dukungan.
# Answer option (can help).
q-who-can-help-helpline = Layanan bantuan dari layar Bantuan
    .feedback = Ya. Layanan bantuan mendengarkan tanpa menghakimi, dan banyak yang menyediakan chat.
# Answer option (can help).
q-who-can-help-trusted-friend = Teman yang kupercaya
    .feedback = Ya. Teman bisa mendukungmu, dan juga membantumu bicara dengan orang dewasa.
# Answer option (not a good choice).
q-who-can-help-no-one = Tidak ada. Ini urusan pribadi kami berdua.
    .feedback = Belum tepat. Sikap mengekang paling mudah berjalan saat kamu merasa sendirian. Bicara dengan seseorang adalah langkah yang kuat.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan: di mana batas antara peduli dan mengekang di dunia online? Buat daftar contoh bersama. Bahas bagaimana seseorang bisa menarik kembali persetujuannya dengan aman, kepada siapa mereka bisa bercerita, dan ingatkan kelompok bahwa itu sama sekali bukan salah orang yang dikekang.
