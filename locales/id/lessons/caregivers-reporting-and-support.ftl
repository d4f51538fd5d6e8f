# SafeSteps — MIT OR Apache-2.0

### Lesson: Reporting and getting support (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Explain what happens after a report. Help contacts come only from the content guide; keep
### numbers and web addresses exactly as written. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Melapor dan mencari dukungan
# One line under the lesson name.
lesson-summary = Di mana dan bagaimana melapor, apa yang terjadi selanjutnya, dan cara mendukung anak Anda dan diri Anda sesudahnya.

# Card 1: reporting on the app or platform.
card-report-to-the-app =
    Kebanyakan aplikasi, game, dan situs punya tombol laporkan di profil, pesan, dan postingan.
    Simpan bukti dulu. Ambil screenshot pesan-pesan dan profilnya, dan catat nama pengguna, tautan profil, tanggal, dan jamnya. Jangan pernah menyimpan atau membagikan foto seksual anak, bahkan sebagai bukti.
    Saat melapor, sampaikan dengan jelas bahwa ada anak yang terlibat. Banyak platform menanganinya sebagai hal mendesak.
    Setelah melapor, blokir akun itu agar tidak bisa menghubungi anak Anda.
    Biarkan dulu akun dan chat anak Anda, agar tidak ada yang hilang.
# Card 2: reporting beyond the app.
card-report-beyond-the-app =
    Ada hal-hal yang butuh lebih dari laporan ke platform. Termasuk ancaman, permintaan foto seksual, atau orang dewasa yang mencoba bertemu anak.
    Di Amerika Serikat, laporkan ke CyberTipline milik NCMEC di report.cybertip.org atau 1-800-843-5678.
    Di negara mana pun, Anda bisa menghubungi polisi setempat. Jika ada anak dalam bahaya saat ini, hubungi nomor darurat di daerah Anda.
    Banyak negara punya layanan bantuan anak nasional. Periksa layar Bantuan untuk negara Anda.
    Jika negara Anda tidak tercantum, Child Helpline International punya direktori di childhelplineinternational.org.
# Card 3: what happens after a report.
card-what-happens-next =
    Mengetahui apa yang terjadi selanjutnya bisa membuat melapor terasa tidak terlalu menakutkan.
    Platform meninjau laporannya. Platform bisa menghapus konten atau menutup akunnya, dan mungkin mengirimi Anda kabar singkat.
    Laporan CyberTipline ditinjau oleh NCMEC dan diteruskan ke polisi yang bisa bertindak.
    Polisi mungkin menghubungi Anda untuk bertanya. Mereka mungkin meminta bukti yang sudah Anda simpan.
    Prosesnya bisa lama, dan Anda mungkin tidak mendengar setiap detail dari apa yang terjadi. Itu tidak berarti laporan Anda diabaikan.
    Jika foto sedang disebarkan, Take It Down (takeitdown.ncmec.org) bisa membantu menghapus foto telanjang anak di bawah 18 tahun dari situs yang ikut serta.
# Card 4: supporting the child after a report.
card-supporting-your-child =
    Setelah melapor, anak Anda perlu merasa aman dan dipercaya.
    Sering-seringlah katakan bahwa itu bukan salahnya. Orang yang menyakiti atau mengancamnya yang bertanggung jawab.
    Jaga rutinitas sehari-hari senormal mungkin. Jangan menghukumnya atau menyita semua perangkatnya.
    Libatkan ia dalam keputusan sebisa mungkin, misalnya siapa lagi yang perlu tahu.
    Perasaan bisa datang dan pergi selama berminggu-minggu. Perhatikan perubahan pola tidur, suasana hati, atau pola makan, dan cari bantuan dari dokter, guru BK, atau layanan bantuan jika Anda khawatir.
# Card 5: support for the caregiver; someone to talk to.
card-support-for-you =
    Ini juga berat bagi pengasuh. Anda mungkin merasa marah, bersalah, takut, atau terkejut. Perasaan ini wajar.
    Anda tidak mungkin melihat setiap risiko. Orang yang menjadikan anak sasaran menyembunyikan perbuatannya.
    Bicaralah dengan orang yang Anda percaya, seperti teman, pasangan, dokter, atau konselor. Sebagian layanan bantuan anak juga mendukung orang dewasa yang khawatir.
    Menjaga diri sendiri membantu Anda menjaga anak Anda.
    Ketuk Bantuan untuk mencari dukungan di negara Anda.

# Question: put the steps in order.
q-report-steps = Seseorang terus mengirimkan pesan bernada ancaman kepada anak Anda. Urutkan langkah-langkah ini agar membantu.
    .hint = Anak Anda yang utama. Lalu tanyakan: apa yang akan sulit dilakukan setelah akunnya diblokir?
    .explanation = Tenangkan anak Anda dulu. Simpan bukti sebelum ada yang bisa hilang. Laporkan ke platform selagi Anda masih bisa melihat akunnya, lalu blokir. Laporkan juga ancamannya ke CyberTipline (AS) atau polisi, dan terus dukung anak Anda dalam minggu-minggu berikutnya.
# Step 1.
q-report-steps-reassure-child = Berterima kasih kepada anak Anda karena sudah bercerita, dan katakan itu bukan salahnya
    .feedback = Anak Anda yang utama. Merasa aman bersama Anda membantunya terus bercerita.
# Step 2.
q-report-steps-save-evidence = Simpan screenshot, nama pengguna, dan tautan
    .feedback = Bukti berikutnya, sebelum ada yang bisa hilang.
# Step 3.
q-report-steps-report-to-platform = Laporkan akun itu ke platform
    .feedback = Laporkan selagi Anda masih bisa melihat profilnya.
# Step 4.
q-report-steps-block-account = Blokir akun itu
    .feedback = Memblokir setelah melapor menghentikan kontak selanjutnya.
# Step 5.
q-report-steps-keep-supporting = Terus dukung anak Anda dalam minggu-minggu berikutnya
    .feedback = Dukungan tetap penting lama setelah laporan dibuat.

# Question: single choice about where to report in the US.
q-where-in-us = Anda tinggal di Amerika Serikat. Ada orang dewasa di internet yang meminta foto seksual dari anak Anda yang berumur 12 tahun. Selain ke aplikasinya, ke mana Anda sebaiknya melapor?
    .hint = Lihat lagi kartu tentang melapor di luar aplikasi.
    .explanation = Di Amerika Serikat, laporkan ke CyberTipline milik NCMEC di report.cybertip.org atau 1-800-843-5678. NCMEC meneruskan laporan ke polisi yang bisa bertindak.
# Answer option (right).
q-where-in-us-cybertipline = CyberTipline milik NCMEC, di report.cybertip.org
    .feedback = Ya. CyberTipline adalah tempat melaporkan hal ini di Amerika Serikat. Anda juga bisa menghubungi polisi setempat.
# Answer option (wrong).
q-where-in-us-social-media-post = Postingan di media sosial untuk memperingatkan orang tua lain
    .feedback = Belum tepat. Postingan publik bisa membuka identitas anak Anda dan bisa membuat orang itu waspada. Laporkan secara pribadi saja.
# Answer option (wrong).
q-where-in-us-only-the-school = Hanya ke sekolah anak Anda
    .feedback = Belum tepat. Sekolah mungkin bisa membantu mendukung anak Anda, tetapi hal ini perlu dilaporkan ke CyberTipline atau polisi.

# Question: a scenario. The situation is shown first, then the question.
q-no-local-line = Apa yang bisa Anda lakukan?
    .situation = Seseorang di internet terus mendesak anak Anda (13 tahun) untuk mengirim foto. Anda tidak tinggal di Amerika Serikat, dan Anda tidak yakin harus menghubungi siapa di tempat tinggal Anda.
    .hint = Ada cara untuk mencari bantuan di negara mana pun.
    .explanation = Periksa layar Bantuan dan direktori Child Helpline International untuk mencari layanan setempat. Laporkan juga ke platform dan polisi. Diam saja atau menyebut nama orang itu di internet bisa membuat anak Anda kurang aman.
# Action (best).
q-no-local-line-help-screen-and-directory = Memeriksa layar Bantuan untuk negara Anda, atau direktori Child Helpline International.
    .feedback = Pilihan terbaik. Layanan bantuan setempat bisa memandu Anda tentang apa yang harus dilakukan dan ke mana melapor.
# Action (also good).
q-no-local-line-platform-and-police = Menyimpan bukti, melapor di aplikasinya, dan menghubungi polisi setempat.
    .feedback = Pilihan yang bagus. Platform dan polisi bisa bertindak, di mana pun Anda tinggal.
# Action (not helpful).
q-no-local-line-nothing-to-do = Tidak melakukan apa-apa, karena di sini tidak ada layanan seperti di Amerika Serikat.
    .feedback = Bantuan tetap ada. Polisi, platform, dan layanan bantuan anak ada di sebagian besar negara.
# Action (not helpful).
q-no-local-line-name-them-online = Memposting nama pengguna orang itu di internet untuk mempermalukannya.
    .feedback = Ini bisa membuka identitas anak Anda dan membuat orang itu waspada sebelum polisi bisa bertindak. Laporkan secara pribadi saja.

# Question: true or false about hearing back. The right answer is "true".
q-may-not-hear-back = Setelah melapor, Anda mungkin tidak mendengar setiap detail dari apa yang terjadi selanjutnya.
    .hint = Ingat apa yang dikatakan kartu tentang waktu dan kabar terbaru.
    .explanation = Ya. Peninjauan dan kerja polisi butuh waktu, dan sebagian detail tetap dirahasiakan. Tidak mendapat kabar bukan berarti tidak terjadi apa-apa.
# Feedback if the caregiver picks "true" (right).
q-may-not-hear-back-true =
    .feedback = Betul. Laporan Anda tetap penting, walaupun Anda hanya mendengar sedikit. Simpan bukti Anda, siapa tahu polisi memintanya.
# Feedback if the caregiver picks "false" (wrong).
q-may-not-hear-back-false =
    .feedback = Belum tepat. Anda mungkin tidak mendengar setiap detail. Itu tidak berarti laporannya diabaikan.

# Question: multiple choice, "choose all that apply".
q-support-after-report = Mana saja yang membantu anak setelah melapor? Pilih semua yang cocok.
    .hint = Pikirkan soal rasa aman, kendali, dan rutinitas.
    .explanation = Rutinitas, mendengar bahwa itu bukan salahnya, ikut menentukan keputusan, dan tawaran konseling semuanya membantu. Diam dan larangan bisa membuat anak merasa dihukum atau sendirian.
# Answer option (helps).
q-support-after-report-keep-routines = Menjaga rutinitas sehari-hari senormal mungkin
    .feedback = Ya. Rutinitas membantu anak merasa aman lagi.
# Answer option (helps).
q-support-after-report-repeat-not-fault = Sering mengingatkannya bahwa itu bukan salahnya
    .feedback = Ya. Anak sering menyalahkan diri sendiri. Mendengarnya berulang kali membantu.
# Answer option (helps).
q-support-after-report-involve-in-decisions = Melibatkannya dalam keputusan, misalnya siapa lagi yang perlu tahu
    .feedback = Ya. Ini mengembalikan sebagian kendali yang sempat direnggut darinya.
# Answer option (helps).
q-support-after-report-offer-counselling = Menawarkan konselor, dokter, atau layanan bantuan untuk diajak bicara
    .feedback = Ya. Dukungan tambahan bisa membantu menghadapi perasaan yang bertahan berminggu-minggu.
# Answer option (does not help).
q-support-after-report-never-mention-again = Tidak pernah membicarakannya lagi
    .feedback = Belum tepat. Diam bisa terasa seperti rasa malu. Beri tahu anak Anda bahwa ia bisa membicarakannya kapan saja.
# Answer option (does not help).
q-support-after-report-ban-all-devices = Melarang semua perangkat selama berbulan-bulan
    .feedback = Belum tepat. Ini bisa terasa seperti hukuman karena bercerita, dan memutusnya dari teman-teman.

# Question: sort tasks into who handles them.
q-who-does-what = Kelompokkan setiap tugas ke layanan yang biasanya menanganinya.
    .hint = Pikirkan siapa yang bisa menghapus konten, siapa yang bisa menyelidiki, dan apa yang memakai hash.
    .explanation = Platform menghapus akun dan postingan. CyberTipline (di Amerika Serikat) dan polisi menangani tindak pidana seperti ancaman terhadap anak. Take It Down membantu menghapus foto telanjang anak di bawah 18 tahun dengan memakai hash.
# Group name.
q-who-does-what-platform = Aplikasi atau platform
# Group name.
q-who-does-what-cybertipline-or-police = CyberTipline (AS) atau polisi
# Group name.
q-who-does-what-take-it-down = Take It Down
# Item to sort (platform).
q-who-does-what-remove-account = Menghapus akun yang melanggar aturan
    .feedback = Platform bisa menutup akun di layanannya sendiri.
# Item to sort (platform).
q-who-does-what-remove-posts = Menghapus postingan atau komentar yang merugikan
    .feedback = Platform menghapus konten yang melanggar aturannya.
# Item to sort (CyberTipline or police).
q-who-does-what-investigate-crime = Menyelidiki tindak pidana terhadap anak
    .feedback = Polisi menyelidiki tindak pidana. Di Amerika Serikat, CyberTipline meneruskan laporan kepada mereka.
# Item to sort (CyberTipline or police).
q-who-does-what-threats-to-a-child = Melacak orang yang mengancam menyebarkan foto seorang anak
    .feedback = Ancaman seperti ini adalah tindak pidana. Polisi bisa melacak orangnya, jadi laporkan ke CyberTipline atau polisi.
# Item to sort (Take It Down).
q-who-does-what-hash-removal = Membuat hash dari sebuah foto agar situs bisa menemukan salinannya
    .feedback = Take It Down membuat hash di perangkat Anda, sehingga fotonya tidak pernah keluar dari perangkat itu.
# Item to sort (Take It Down).
q-who-does-what-nude-image-under-18 = Membantu menghapus foto telanjang seseorang yang berusia di bawah 18 tahun
    .feedback = Untuk inilah Take It Down dibuat.

# Question: single choice about the caregiver's own feelings.
q-caregiver-feelings = Setelah melapor, Anda merasa marah dan terus bertanya-tanya bagaimana Anda bisa tidak menyadarinya. Apa yang paling membantu?
    .hint = Siapa yang menjaga orang yang menjaga anak Anda?
    .explanation = Perasaan yang kuat itu wajar. Pelaku menyembunyikan perbuatannya, jadi tidak ada yang bisa melihat setiap risiko. Bicara dengan seseorang membantu Anda tetap tegar untuk anak Anda.
# Answer option (right).
q-caregiver-feelings-normal-get-support = Menyadari bahwa perasaan ini wajar, dan bicara dengan orang yang Anda percaya
    .feedback = Ya. Dukungan untuk Anda membantu Anda mendukung anak Anda.
# Answer option (wrong).
q-caregiver-feelings-hide-feelings = Menyembunyikan perasaan Anda dan menanggungnya sendirian
    .feedback = Belum tepat. Menanggungnya sendirian itu berat. Meminta bantuan adalah kekuatan.
# Answer option (wrong).
q-caregiver-feelings-blame-yourself = Memutuskan bahwa ini kegagalan Anda sebagai orang tua
    .feedback = Belum tepat. Orang yang menjadikan anak sasaran menyembunyikan perbuatannya. Orang yang menyebabkan bahaya itulah yang bertanggung jawab.

# Question: true or false about reporting after a delay. The right answer is "true".
q-waited-weeks = Jika anak Anda menunggu berminggu-minggu sebelum bercerita, hal itu tetap layak dilaporkan.
    .hint = Apakah bukti atau bantuan habis masa berlakunya setelah beberapa minggu?
    .explanation = Ya. Banyak anak menunggu sebelum bercerita. Laporan tetap membantu, dan anak Anda tetap layak didukung. Bukan salahnya ia menunggu.
# Feedback if the caregiver picks "true" (right).
q-waited-weeks-true =
    .feedback = Betul. Tetap laporkan, dan berterima kasihlah kepada anak Anda karena sudah bercerita saat ia mampu.
# Feedback if the caregiver picks "false" (wrong).
q-waited-weeks-false =
    .feedback = Belum tepat. Laporan tetap membantu setelah berminggu-minggu atau berbulan-bulan. Banyak anak butuh waktu sebelum merasa sanggup bercerita.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Coba tanyakan: "Kamu tahu cara melaporkan orang di aplikasi yang kamu pakai? Bisa tunjukkan ke aku?" Lalu katakan: "Kalau kamu pernah melaporkan sesuatu, atau ingin melapor, kamu boleh cerita ke aku. Aku akan bantu, dan kamu tidak akan disalahkan."
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan kepada kelompok: kekhawatiran apa yang mungkin membuat sebuah keluarga enggan melapor? Telusuri apa yang terjadi setelah melapor ke platform dan ke polisi, dan buat daftar tempat orang-orang di negara Anda sendiri bisa mendapat dukungan.
