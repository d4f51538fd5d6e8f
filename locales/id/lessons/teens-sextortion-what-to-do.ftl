# SafeSteps — MIT OR Apache-2.0

### Lesson: Sextortion, what to do (ages 13–17).
### Readers are teenagers, often alone and possibly in the middle of it. Be direct, calm and
### respectful; never preachy. Never describe images or acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Sekstorsi: apa yang harus dilakukan
# One line under the lesson name.
lesson-summary = Kalau ada yang mengancam menyebarkan fotomu, ini yang bisa membantu, langkah demi langkah.

# Card 1: what sextortion is, without detail.
card-what-it-is =
    Sekstorsi (pemerasan seksual) adalah saat seseorang mengancam menyebarkan foto telanjang atau foto seksualmu kecuali kamu membayar, mengirim lagi, atau menuruti kemauannya.
    Fotonya bisa asli, bisa juga palsu atau hasil editan.
    Sering kali pelakunya orang asing yang pura-pura seumuran denganmu, cepat membangun kepercayaan, lalu berubah mengancam.
    Kadang pelakunya orang yang kamu kenal, seperti mantan atau orang dari sekolah.
    Ini terjadi lewat DM, game, dan media sosial, dan bisa terjadi pada siapa saja.
# Card 2: a crime, never the teen's fault; you can say no.
card-not-your-fault =
    Sekstorsi adalah tindak pidana, dan itu bukan salahmu, walaupun kamu pernah mengirim foto.
    Orang yang mengancammu itulah yang melanggar hukum.
    Kamu boleh menolak, walaupun sebelumnya kamu pernah mengirim sesuatu.
    Merasa takut, malu, atau panik itu wajar. Kamu tidak sendirian, dan ada orang yang bisa membantu.
# Card 3: what to do right now.
card-what-to-do =
    Jangan membayar dan jangan mengirim lagi. Membayar jarang menghentikan ancaman; biasanya mereka minta lebih.
    Berhenti membalas.
    Jangan hapus akunmu atau chat-nya. Ambil screenshot pesan-pesan dan profilnya (bukan fotonya), dan simpan nama pengguna serta tautannya.
    Lalu laporkan dan blokir akun itu di aplikasinya.
    Kalau kamu sudah telanjur membayar, semuanya akan tetap baik-baik saja. Berhenti membayar dan cari bantuan sekarang.
# Card 4: who to tell and where to report.
card-get-help =
    Ceritakan ke orang dewasa yang kamu percaya: orang tua, pengasuh, kerabat, guru, atau guru BK. Mereka tidak boleh menyalahkanmu; tugas mereka membantu.
    Laporkan akunnya di aplikasi supaya aplikasi bisa bertindak.
    Di Amerika Serikat, laporkan ke CyberTipline milik NCMEC di report.cybertip.org atau 1-800-843-5678. NCMEC meneruskan laporan ke polisi yang bisa bertindak.
    Di negara lain, ketuk Bantuan untuk mencari tempat melapor, atau datang ke polisi.
    Jangan teruskan fotonya ke siapa pun, bahkan untuk menunjukkan ke teman apa yang sedang terjadi.
# Card 5: Take It Down and the Help button.
card-take-it-down =
    Take It Down (takeitdown.ncmec.org) adalah layanan gratis dari NCMEC. Layanan ini bisa membantu menghapus foto telanjang atau foto seksual anak di bawah 18 tahun dari aplikasi dan situs yang ikut serta.
    Take It Down membuat sidik jari digital dari foto itu, yang disebut hash, di perangkatmu sendiri. Hanya hash yang dikirim, fotonya tidak pernah dikirim.
    Kalau semuanya terasa terlalu berat, bicaralah dengan orang dewasa yang kamu percaya sekarang, atau ketuk tombol Bantuan untuk mencari orang di negaramu yang bisa membantu.

# Question: a scenario. The situation is shown first, then the question.
q-first-move = Apa langkah pertama yang baik?
    .situation = Kamu chatting dengan seseorang yang mengaku berumur 16 tahun. Setelah kamu mengirim foto, dia mengirim pesan: "Bayar sekarang atau foto ini kukirim ke semua followers-mu. Waktumu satu jam."
    .hint = Batas waktu itu dibuat supaya kamu panik. Apa yang membuatmu tetap aman dan mendapat bantuan?
    .explanation = Berhenti membalas, menyimpan bukti, dan bercerita ke orang dewasa tepercaya adalah awal terbaik. Menyimpan bukti, melapor, dan memblokir juga membantu. Membayar jarang menghentikan ancaman, dan menghapus membuat bukti hilang. Kalau kamu sudah telanjur melakukan salah satunya, kamu tetap bisa mendapat bantuan.
# Action (best).
q-first-move-stop-save-tell = Berhenti membalas, menyimpan pesan-pesannya, dan bercerita ke orang dewasa yang kupercaya.
    .feedback = Langkah terbaik. Kamu menyimpan buktinya, menghentikan tekanannya, dan mendapat seseorang di pihakmu.
# Action (also good).
q-first-move-screenshot-block-report = Mengambil screenshot pesan-pesan dan profilnya, lalu melaporkan dan memblokir akunnya.
    .feedback = Langkah yang bagus. Menyimpan bukti dan melapor sangat membantu. Bercerita juga ke orang dewasa tepercaya membuatnya lebih kuat lagi.
# Action (not helpful).
q-first-move-pay-once = Membayar sekali supaya dia pergi.
    .feedback = Belum tepat. Membayar jarang membuat mereka berhenti; biasanya mereka minta lebih. Kalau kamu sudah telanjur membayar, kamu tetap bisa mendapat bantuan.
# Action (not helpful).
q-first-move-delete-everything = Langsung menghapus akunku dan chat-nya.
    .feedback = Belum tepat. Wajar kalau kamu ingin semuanya hilang, tapi menghapus membuat bukti hilang. Simpan dulu akun dan chat-mu, ambil screenshot, lalu laporkan dan cari bantuan.

# Question: put the steps in order.
q-steps = Seseorang mengancammu. Urutkan langkah-langkah di aplikasi ini. (Ceritakan ke orang dewasa yang kamu percaya kapan saja.)
    .hint = Langkah mana yang sulit dilakukan setelah akunnya diblokir?
    .explanation = Berhenti membalas dulu supaya keadaannya tidak makin buruk. Simpan bukti sebelum ada yang hilang. Laporkan selagi kamu masih bisa melihat akunnya, lalu blokir. Ceritakan ke orang dewasa tepercaya kapan saja; makin cepat makin baik.
# Step 1.
q-steps-stop-replying = Berhenti membalas
    .feedback = Berhenti membalas adalah langkah pertama. Kamu tidak berutang jawaban padanya, dan membalas memberinya lebih banyak bahan.
# Step 2.
q-steps-save-evidence = Simpan screenshot, nama pengguna, dan tautan
    .feedback = Simpan bukti sejak awal. Akun atau pesannya bisa hilang nanti.
# Step 3.
q-steps-report-account = Laporkan akunnya di aplikasi
    .feedback = Laporkan selagi kamu masih bisa melihat profilnya, supaya aplikasi bisa menindaknya.
# Step 4.
q-steps-block-account = Blokir akunnya
    .feedback = Blokir terakhir, setelah kamu menyimpan bukti dan melapor. Setelah itu dia tidak bisa menghubungimu di sana.

# Question: choose all that apply.
q-evidence = Mana saja cara yang baik untuk menyimpan bukti? Pilih semua yang cocok.
    .hint = Bukti menunjukkan siapa dia dan apa yang dia katakan.
    .explanation = Screenshot, nama pengguna, dan tautan profil membantu aplikasi, NCMEC, atau polisi bertindak. Menghapus chat membuat bukti hilang, dan meneruskan fotonya malah menyebarkannya.
# Answer option (helps).
q-evidence-screenshots = Mengambil screenshot pesan-pesannya
    .feedback = Screenshot menunjukkan dengan tepat apa yang dia katakan dan kapan.
# Answer option (helps).
q-evidence-username = Mencatat nama penggunanya
    .feedback = Nama pengguna membantu aplikasi dan pihak lain menemukan akunnya.
# Answer option (helps).
q-evidence-profile-link = Menyalin tautan ke profilnya
    .feedback = Tautan profil langsung menunjuk ke akunnya.
# Answer option (does not help).
q-evidence-delete-chat = Menghapus chat-nya
    .feedback = Belum tepat. Menghapus chat membuat bukti hilang. Simpan chat-nya dan ambil screenshot.
# Answer option (does not help).
q-evidence-forward-image = Meneruskan fotonya ke teman
    .feedback = Belum tepat. Meneruskan foto itu malah menyebarkannya. Simpan pesan-pesannya, bukan salinan fotonya.

# Question: single choice about what paying usually leads to.
q-what-paying-does = Apa yang biasanya terjadi kalau kamu membayar?
    .hint = Apa yang biasanya dilakukan pengancam setelah mendapat apa yang mereka minta?
    .explanation = Membayar jarang menghentikan ancaman. Biasanya mereka minta lebih. Sebaiknya berhenti membalas, simpan bukti, dan cari bantuan.
# Answer option (right).
q-what-paying-does-asks-for-more = Mereka minta lebih, dan ancamannya sering terus berlanjut.
    .feedback = Betul. Membayar jarang mengakhirinya. Mencari bantuan lebih berguna.
# Answer option (wrong).
q-what-paying-does-deletes-it = Mereka menghapus fotonya dan tidak mengganggumu lagi.
    .feedback = Belum tepat. Tidak ada cara untuk tahu apakah mereka akan menghapus sesuatu, dan kebanyakan minta lebih. Kalau kamu sudah telanjur membayar, kamu tetap bisa mendapat bantuan.
# Answer option (wrong).
q-what-paying-does-only-way = Ancamannya berhenti selamanya, karena membayar satu-satunya jalan keluar.
    .feedback = Belum tepat. Melapor, memblokir, dan bercerita ke orang dewasa yang kamu percaya adalah cara yang lebih baik untuk menghentikannya.

# Question: true or false about having paid already.
q-already-paid = Kalau kamu sudah telanjur membayar, kamu tetap bisa mendapat bantuan.
    .hint = Apakah ada saatnya bantuan tidak lagi tersedia untukmu?
    .explanation = Ya. Walaupun kamu sudah membayar atau mengirim lagi, itu bukan salahmu dan bantuan tetap ada. Berhenti membayar, simpan pesan-pesannya, dan ceritakan ke orang yang kamu percaya.
# Feedback if the teen picks "true" (right).
q-already-paid-true =
    .feedback = Betul. Kalau kamu sudah telanjur membayar, semuanya akan tetap baik-baik saja. Berhenti membayar, simpan pesan-pesannya, dan cari bantuan sekarang.
# Feedback if the teen picks "false" (wrong).
q-already-paid-false =
    .feedback = Belum tepat. Kamu bisa mendapat bantuan kapan saja. Pernah membayar tidak menghapus hakmu untuk dibantu.

# Question: true or false about saying no after sharing before.
q-say-no-again = Kamu boleh menolak mengirim lagi, walaupun sebelumnya kamu pernah mengirim foto.
    .hint = Apakah sekali bilang ya berarti kamu harus selalu bilang ya?
    .explanation = Ya. Sekali mengirim tidak pernah berarti kamu harus mengirim lagi. Kamu boleh menolak kapan saja.
# Feedback if the teen picks "true" (right).
q-say-no-again-true =
    .feedback = Betul. Kamu selalu boleh menolak, apa pun yang terjadi sebelumnya.
# Feedback if the teen picks "false" (wrong).
q-say-no-again-false =
    .feedback = Belum tepat. Kamu selalu boleh menolak, walaupun sebelumnya pernah mengirim. Sekali mengirim tidak pernah berarti kamu harus mengirim lagi.

# Question: single choice about how Take It Down protects privacy.
q-take-it-down-privacy = Take It Down adalah layanan gratis dari NCMEC yang membantu menghapus foto telanjang anak di bawah 18 tahun. Bagaimana layanan ini melindungi privasimu?
    .hint = Pikirkan apa yang sebenarnya dibutuhkan aplikasi untuk mengenali salinan.
    .explanation = Take It Down membuat hash, semacam sidik jari digital, di perangkatmu sendiri. Hanya hash yang dikirim, fotonya sendiri tidak pernah dikirim.
# Answer option (right).
q-take-it-down-privacy-hash-only = Hanya sidik jari digital (hash) yang keluar dari perangkatmu, bukan fotonya.
    .feedback = Betul. Fotonya tetap di perangkatmu. Aplikasi yang ikut serta memakai hash itu untuk menemukan salinannya.
# Answer option (wrong).
q-take-it-down-privacy-upload-image = Kamu mengirim fotonya ke petugas NCMEC untuk diperiksa.
    .feedback = Belum tepat. Kamu tidak pernah mengirim fotonya. Hanya hash, semacam sidik jari digital, yang keluar dari perangkatmu.
# Answer option (wrong).
q-take-it-down-privacy-name-published = Namamu dibagikan ke aplikasi-aplikasi.
    .feedback = Belum tepat. Take It Down tidak butuh namamu. Hanya hash yang dikirim.

# Question: a scenario about helping a friend.
q-friend-panicking = Apa yang bisa kamu lakukan?
    .situation = Temanmu cerita bahwa ada yang mengancam akan memposting fotonya. Dia panik dan bilang, "Jangan bilang siapa-siapa."
    .hint = Temanmu butuh dukungan, dan orang dewasa yang bisa bertindak.
    .explanation = Dengarkan, ingatkan bahwa itu bukan salahnya, dan bantu dia melibatkan orang dewasa tepercaya. Membantunya menyimpan bukti dan melapor juga bagus. Merahasiakannya atau membayar membuatnya menghadapi ini sendirian.
# Action (best).
q-friend-panicking-listen-and-get-adult = Mendengarkan, bilang bahwa itu bukan salahnya, dan membantunya bercerita ke orang dewasa tepercaya.
    .feedback = Pilihan terbaik. Kamu tetap di pihaknya dan membantunya mendapat bantuan sungguhan. Rahasia yang membuat teman tetap dalam bahaya harus diceritakan ke orang dewasa.
# Action (also good).
q-friend-panicking-help-save-and-report = Membantunya menyimpan pesan-pesannya dan melaporkan akunnya.
    .feedback = Pilihan yang bagus. Menyimpan bukti dan melapor itu membantu. Orang dewasa yang dia percaya bisa membantu lebih banyak lagi.
# Action (not helpful).
q-friend-panicking-keep-the-secret = Merahasiakannya, seperti yang dia minta.
    .feedback = Belum tepat. Rasanya seperti setia kawan, tapi itu membuat temanmu menghadapi tindak pidana sendirian. Bantu dia bercerita ke orang dewasa tepercaya.
# Action (not helpful).
q-friend-panicking-tell-them-to-pay = Menyuruhnya membayar supaya selesai.
    .feedback = Belum tepat. Membayar jarang mengakhirinya; biasanya mereka minta lebih. Bantu temanmu berhenti membalas dan mencari bantuan.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan: mengapa orang yang mengancam remaja memakai batas waktu dan membuat panik? Apa yang bisa membuat bercerita ke orang dewasa jadi lebih mudah? Bahas apa yang terjadi setelah seseorang melapor, dan ingatkan kelompok bahwa itu sama sekali bukan salah korban.
