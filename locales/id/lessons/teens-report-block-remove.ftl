# SafeSteps — MIT OR Apache-2.0

### Lesson: Report, block and remove (ages 13–17).
### Readers are teenagers, possibly dealing with something right now. Be direct, calm and
### practical; never preachy. Never describe images or acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Laporkan, blokir, dan hapus
# One line under the lesson name.
lesson-summary = Cara menyimpan bukti, melapor, memblokir, dan membuat konten dihapus, serta apa yang terjadi setelahnya.

# Card 1: keep evidence first.
card-evidence-first =
    Saat ada yang melecehkan, mengancam, atau menekanmu, simpan bukti sebelum memblokir.
    Memblokir bisa menyembunyikan chat atau profilnya. Setelah itu, melapor jadi lebih sulit.
    Ambil screenshot pesan-pesan dan profilnya. Catat nama penggunanya, tautan ke profilnya, serta tanggal dan jamnya.
    Jangan screenshot atau simpan foto telanjang, bahkan sebagai bukti. Kamu bisa melapor tanpa foto itu.
    Jangan hapus chat atau akunmu dulu. Mungkin nanti kamu membutuhkannya.
# Card 2: reporting and blocking on the app.
card-report-and-block =
    Kebanyakan aplikasi punya tombol Laporkan. Cari di pesan, postingan, atau profilnya (sering tersembunyi di balik "…").
    Melapor memberi tahu aplikasi bahwa seseorang melanggar aturannya. Kebanyakan aplikasi tidak memberi tahu orang itu siapa yang melaporkannya.
    Setelah melapor, blokir dia supaya dia tidak bisa menghubungimu di sana.
    Lalu periksa siapa yang bisa mengirimimu pesan, menandaimu, dan menemukanmu.
    Kalau dia kembali dengan akun baru, simpan bukti, laporkan, dan blokir lagi.
# Card 3: reporting beyond the app.
card-beyond-the-app =
    Ada hal-hal yang butuh lebih dari sekadar laporan di aplikasi. Termasuk ancaman, orang dewasa yang meminta foto atau chat seksual darimu, sekstorsi, dan foto telanjang siapa pun yang di bawah 18 tahun.
    Di Amerika Serikat, laporkan ke CyberTipline milik NCMEC di report.cybertip.org atau telepon 1-800-843-5678. NCMEC meneruskan laporan ke polisi yang bisa bertindak.
    Di mana pun, kamu bisa melapor ke polisi setempat. Orang dewasa tepercaya bisa membantumu melakukannya.
    Ketuk layar Bantuan untuk mencari tempat melapor di negaramu.
# Card 4: getting images removed.
card-removal =
    Kalau foto telanjang atau foto seksualmu saat di bawah 18 tahun ada di internet, atau kamu khawatir foto itu akan disebarkan, ada bantuan.
    Take It Down (takeitdown.ncmec.org) itu gratis. Layanan ini memakai salinan yang ada di HP atau komputermu sendiri. Layanan ini membuat hash, semacam sidik jari digital, dari foto itu di sana. Hanya hash yang keluar dari perangkatmu, fotonya tidak pernah. Aplikasi yang ikut serta memakainya untuk menemukan dan menghapus salinannya.
    Jangan pernah mengunduh salinan foto itu untuk memakai layanan ini. Kalau kamu tidak punya fotonya, laporan ke CyberTipline bisa membantu.
    Kamu juga bisa memakai formulir penghapusan milik aplikasinya sendiri. Di luar Amerika Serikat, ketuk Bantuan untuk mencari siapa yang bisa membantu di tempat tinggalmu.
# Card 5: what happens after a report; not your fault.
card-what-happens-next =
    Setelah kamu melapor, aplikasi memeriksanya. Aplikasi bisa menghapus postingannya, memperingatkan orang itu, atau menutup akunnya. Ada aplikasi yang memberimu kabar terbaru.
    NCMEC meninjau laporan CyberTipline dan bisa meneruskannya ke polisi.
    Prosesnya bisa lama, dan tidak semua laporan ditindaklanjuti. Tapi melapor tetap penting. Laporan membantu mencegah orang menyakiti orang lain.
    Apa pun yang terjadi, itu bukan salahmu. Orang dewasa seharusnya mendukungmu, bukan menyalahkanmu.
    Bicaralah dengan orang dewasa yang kamu percaya, atau ketuk Bantuan.

# Question: single choice about saving proof before blocking.
q-why-save-first = Kenapa sebaiknya kamu menyimpan bukti sebelum memblokir seseorang?
    .hint = Apa yang mungkin tidak bisa kamu lihat lagi setelah dia diblokir?
    .explanation = Memblokir bisa menyembunyikan chat atau profilnya. Menyimpan bukti dulu berarti kamu tetap bisa melapor, dan pihak lain bisa bertindak.
# Answer option (right).
q-why-save-first-chat-may-vanish = Memblokir bisa menyembunyikan chat dan profilnya.
    .feedback = Betul. Simpan bukti dulu, lalu laporkan dan blokir.
# Answer option (wrong).
q-why-save-first-to-post-it = Supaya kamu bisa mempostingnya dan mempermalukan dia.
    .feedback = Belum tepat. Mempostingnya bisa memperburuk keadaan. Bukti itu untuk aplikasi, NCMEC, polisi, atau orang dewasa yang kamu percaya.
# Answer option (wrong).
q-why-save-first-apps-need-permission = Aplikasi tidak mengizinkanmu memblokir tanpa bukti.
    .feedback = Belum tepat. Kamu bisa memblokir kapan saja. Tapi bukti membuat laporan jauh lebih kuat.

# Question: choose all that apply, about good evidence.
q-good-evidence = Mana saja yang baik disimpan sebagai bukti? Pilih semua yang cocok.
    .hint = Bukti menunjukkan siapa dia dan apa yang dia lakukan, tanpa menyebarkan hal yang menyakitkan.
    .explanation = Nama pengguna, screenshot pesan, tautan profil, serta tanggal semuanya bukti yang baik. Jangan pernah menyimpan foto telanjang, dan jangan hapus chat-nya.
# Answer option (good proof).
q-good-evidence-username = Nama penggunanya
    .feedback = Ya. Nama pengguna membantu aplikasi dan polisi menemukan akunnya.
# Answer option (good proof).
q-good-evidence-message-screenshots = Screenshot pesan-pesannya
    .feedback = Ya. Screenshot menunjukkan dengan tepat apa yang dikatakan.
# Answer option (good proof).
q-good-evidence-profile-link = Tautan ke profilnya
    .feedback = Ya. Tautan langsung menunjuk ke akunnya.
# Answer option (good proof).
q-good-evidence-dates-and-times = Tanggal dan jam pesan-pesannya
    .feedback = Ya. Waktu membantu menunjukkan apa yang terjadi dan kapan.
# Answer option (not good proof).
q-good-evidence-copy-of-nude = Salinan foto telanjang yang dia kirim atau sebarkan
    .feedback = Belum tepat. Jangan simpan foto telanjang, bahkan sebagai bukti. Kamu bisa melapor tanpa foto itu.
# Answer option (not good proof).
q-good-evidence-delete-chat = Menghapus chat-nya supaya hilang
    .feedback = Belum tepat. Menghapus membuat bukti hilang. Simpan chat-nya untuk sementara.

# Question: put the app steps in order.
q-app-steps = Seseorang terus mengirimimu pesan-pesan jahat. Urutkan langkah-langkah ini. (Ceritakan ke orang dewasa yang kamu percaya kapan saja.)
    .hint = Langkah mana yang sulit dilakukan setelah dia diblokir?
    .explanation = Screenshot dulu supaya kamu punya bukti. Laporkan selagi kamu masih bisa melihatnya. Lalu blokir. Terakhir, ubah siapa yang bisa mengirimimu pesan supaya dia tidak mudah kembali.
# Step 1.
q-app-steps-screenshot = Screenshot pesan-pesan dan profilnya
    .feedback = Pertama. Bukti bisa hilang setelah kamu memblokir.
# Step 2.
q-app-steps-report = Laporkan dia di aplikasi
    .feedback = Selanjutnya. Laporkan selagi kamu masih bisa melihat profilnya.
# Step 3.
q-app-steps-block = Blokir dia
    .feedback = Lalu blokir, supaya dia tidak bisa menghubungimu di sana.
# Step 4.
q-app-steps-tighten-messages = Ubah siapa yang bisa mengirimimu pesan
    .feedback = Terakhir. Ini membuatnya, atau akun barunya, lebih sulit menghubungimu.

# Question: true or false about reporter privacy.
q-reporter-kept-private = Di kebanyakan aplikasi, orang yang kamu laporkan tidak diberi tahu siapa yang melaporkannya.
    .hint = Apakah orang mau melapor kalau namanya dibagikan?
    .explanation = Benar. Kebanyakan aplikasi merahasiakan laporan, jadi kamu bisa melapor tanpa dia tahu bahwa itu kamu.
# Feedback if the teen picks "true" (right).
q-reporter-kept-private-true =
    .feedback = Betul. Kebanyakan aplikasi merahasiakan nama pelapor. Kamu bisa melapor dengan aman.
# Feedback if the teen picks "false" (wrong).
q-reporter-kept-private-false =
    .feedback = Belum tepat. Kebanyakan aplikasi tidak memberi tahu orang itu siapa yang melaporkannya.

# Question: a scenario about an adult sending sexual messages.
q-adult-messages = Apa yang bisa kamu lakukan soal orang dewasa itu?
    .situation = Seorang pria yang kamu kenal dari game mulai mengirimimu pesan-pesan seksual dan meminta fotomu.
    .hint = Ini serius. Siapa yang bisa bertindak di luar aplikasi?
    .explanation = Menyimpan bukti, melapor, dan bercerita ke orang dewasa tepercaya adalah langkah terbaik. Melaporkan dan memblokir juga membantu. Orang dewasa yang meminta foto seksual dari remaja bisa dilaporkan ke CyberTipline atau polisi. Itu bukan salahmu.
# Action (best).
q-adult-messages-save-report-tell = Menyimpan pesan-pesannya, melaporkannya di game, dan bercerita ke orang dewasa yang kupercaya.
    .feedback = Langkah terbaik. Orang dewasa juga bisa membantumu melapor ke CyberTipline atau polisi. Kamu sudah benar karena bercerita.
# Action (also good).
q-adult-messages-report-and-block = Mengambil screenshot chat-nya, lalu melaporkan dan memblokirnya.
    .feedback = Langkah yang bagus. Bercerita juga ke orang dewasa berarti ini bisa dilaporkan di luar game.
# Action (not helpful).
q-adult-messages-delete-and-forget = Menghapus chat-nya dan mencoba melupakannya.
    .feedback = Belum tepat. Itu membuat bukti hilang, dan dia mungkin mengincar orang lain. Simpan buktinya dan ceritakan ke seseorang.
# Action (not helpful).
q-adult-messages-threaten-back = Mengancam akan membongkar kelakuannya kalau dia tidak berhenti.
    .feedback = Belum tepat. Itu bisa membuatnya makin marah, dan membuatmu tetap berhubungan dengannya. Laporkan saja dia.

# Question: true or false about Take It Down. The right answer is "false".
q-send-image-to-remove = Untuk memakai Take It Down, kamu harus mengirim fotomu ke seseorang.
    .hint = Ingat apa itu hash.
    .explanation = Salah. Take It Down membuat hash di perangkatmu sendiri. Hanya hash yang dikirim, fotonya tidak pernah.
# Feedback if the teen picks "true" (wrong).
q-send-image-to-remove-true =
    .feedback = Belum tepat. Fotonya tetap di perangkatmu. Hanya hash, semacam sidik jari digital, yang dikirim.
# Feedback if the teen picks "false" (right).
q-send-image-to-remove-false =
    .feedback = Betul. Hanya hash yang keluar dari perangkatmu. Take It Down tidak pernah melihat fotonya.

# Question: choose all that apply, about what can happen after a report.
q-after-a-report = Apa yang bisa terjadi setelah kamu melapor? Pilih semua yang cocok.
    .hint = Pikirkan apa yang bisa dilakukan aplikasi dan NCMEC, dan apa yang mereka rahasiakan.
    .explanation = Aplikasi bisa menghapus postingan dan menutup akun, dan NCMEC bisa meneruskan laporan ke polisi. Namamu biasanya tidak dibagikan ke orang itu, dan kamu tidak boleh disalahkan.
# Answer option (can happen).
q-after-a-report-content-removed = Aplikasi menghapus postingan atau pesannya.
    .feedback = Ya. Konten yang melanggar aturan bisa dihapus.
# Answer option (can happen).
q-after-a-report-account-banned = Aplikasi menutup akunnya.
    .feedback = Ya. Aplikasi bisa menangguhkan atau menutup akun orang yang melanggar aturan.
# Answer option (can happen).
q-after-a-report-passed-to-police = Laporan CyberTipline diteruskan ke polisi.
    .feedback = Ya. NCMEC meneruskan laporan ke polisi yang bisa bertindak.
# Answer option (should not happen).
q-after-a-report-name-shared = Orang itu diberi tahu namamu.
    .feedback = Belum tepat. Kebanyakan aplikasi merahasiakan nama pelapor.
# Answer option (should not happen).
q-after-a-report-you-get-blamed = Kamu disalahkan atas apa yang terjadi.
    .feedback = Belum tepat. Itu bukan salahmu. Melapor adalah hal yang benar.

# Question: a scenario about an image of the teen online.
q-image-on-a-site = Apa yang bisa kamu lakukan soal foto itu?
    .situation = Seorang teman memberi tahu bahwa foto telanjangmu, dari waktu kamu berumur 15 tahun, diposting di sebuah situs.
    .hint = Pilihan mana yang membuat foto itu dihapus tanpa menyebarkannya lebih jauh?
    .explanation = Bercerita ke orang dewasa tepercaya, dan memakai Take It Down kalau fotonya masih ada di HP-mu, adalah langkah terbaik. Melaporkannya ke situs itu juga membantu. Menyimpan salinan atau mengirim pesan ke orang yang mempostingnya bisa memperburuk keadaan. Itu bukan salahmu.
# Action (best).
q-image-on-a-site-take-it-down-and-tell = Bercerita ke orang dewasa yang kupercaya, dan memakai Take It Down kalau fotonya masih ada di HP-ku.
    .feedback = Langkah terbaik. Orang dewasa bisa membantumu melapor. Take It Down memakai salinan di HP-mu untuk membantu menghapus salinan lainnya. Kalau kamu tidak punya fotonya, laporan ke CyberTipline bisa membantu.
# Action (also good).
q-image-on-a-site-report-to-site = Melaporkan postingan itu ke situsnya dan meminta agar dihapus.
    .feedback = Langkah yang bagus. Situs seharusnya menghapus foto anak di bawah 18 tahun. Memakai Take It Down juga membantu menemukan salinannya.
# Action (not helpful).
q-image-on-a-site-save-every-copy = Mencari setiap salinannya dan menyimpan semuanya.
    .feedback = Belum tepat. Menyimpan salinan tidak perlu dan bisa jadi tindak pidana. Simpan tautannya, bukan fotonya.
# Action (not helpful).
q-image-on-a-site-message-the-poster = Mengirim pesan ke orang yang mempostingnya dan memohon agar dia menghapusnya.
    .feedback = Belum tepat. Itu bisa memberinya kuasa lebih besar. Biarkan situsnya, Take It Down, dan orang dewasa yang menanganinya.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan: apa yang membuat orang enggan melapor? Telusuri bersama apa yang terjadi setelah melapor di aplikasi dan ke CyberTipline. Bahas mengapa menyimpan bukti dilakukan sebelum memblokir, dan ingatkan kelompok bahwa itu sama sekali bukan salah korban.
