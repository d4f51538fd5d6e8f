# SafeSteps — MIT OR Apache-2.0

### Lesson: Settings and supervision without spying (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Present settings as tools that work best with trust and talk, never as a replacement for them.

# Lesson name on the lesson card.
lesson-title = Pengaturan dan pengawasan tanpa memata-matai
# One line under the lesson name.
lesson-summary = Pakai pengaturan dan kontrol orang tua yang sesuai usia anak Anda, sepakati aturan bersama, dan jaga kepercayaannya.

# Card 1: age-appropriate settings and parental controls.
card-settings-that-help =
    Pengaturan dan kontrol orang tua adalah alat yang berguna. Alat ini paling efektif kalau anak Anda tahu tentangnya dan tahu alasan Anda memakainya.
    Periksa rating usia game dan aplikasi sebelum anak Anda mulai memakainya.
    Jadikan akun privat, agar hanya teman yang disetujui yang bisa melihat postingan.
    Batasi siapa yang bisa mengirim pesan, menelepon, atau mengirim permintaan pertemanan. "Hanya teman" adalah awal yang baik.
    Nyalakan filter konten dan batas pembelian di dalam aplikasi.
    Kebanyakan konsol, HP, dan toko aplikasi punya bagian keluarga atau kontrol orang tua. Sebisa mungkin, atur bersama anak.
# Card 2: location and privacy settings.
card-location-and-privacy =
    Berbagi lokasi perlu perhatian khusus. Banyak aplikasi bisa menunjukkan di mana anak Anda berada, atau menambahkan tempat ke foto atau postingan.
    Matikan lokasi di aplikasi yang tidak membutuhkannya. Kalau keluarga Anda berbagi lokasi, batasi hanya untuk anggota keluarga, dan bicarakan secara terbuka.
    Periksa isi profil anak Anda. Sekolah, nama lengkap, tanggal lahir, dan foto berseragam sekolah semuanya bisa memberi tahu orang di mana menemukannya.
    Periksa pengaturan privasi bersama setiap beberapa bulan, karena aplikasi berubah.
# Card 3: device rules agreed together.
card-agree-rules-together =
    Aturan lebih efektif kalau anak ikut membuatnya. Duduklah bersama dan sepakati rencana penggunaan perangkat untuk keluarga.
    Anda bisa membahas di mana perangkat diisi daya di malam hari, aplikasi mana yang boleh, dan berapa lama boleh online.
    Sepakati apa yang dilakukan kalau ada masalah: "Datang kepadaku, dan kamu tidak akan kehilangan perangkatmu karena bercerita."
    Sertakan juga aturan untuk orang dewasa, seperti tidak main HP saat makan.
    Tuliskan, dan tinjau lagi seiring anak Anda tumbuh.
# Card 4: why secret monitoring can break trust.
card-why-not-secret =
    Aplikasi yang diam-diam membaca pesan atau melacak anak bisa tampak seperti pilihan yang aman. Tetapi pemantauan diam-diam bisa merusak kepercayaan.
    Anak sering akhirnya tahu. Saat itu terjadi, mereka mungkin makin menyembunyikan sesuatu, membuat akun kedua, atau berhenti bercerita kepada Anda saat ada masalah.
    Anak yang mau bercerita kepada Anda adalah salah satu perlindungan terbaik.
    Kalau Anda memakai pemantauan atau kontrol, terbukalah tentang apa fungsinya dan mengapa. Jelaskan dengan cara yang sesuai usia anak Anda.
# Card 5: supervision that grows with age; someone to talk to.
card-grows-with-age =
    Pengawasan sebaiknya berkembang seiring anak Anda tumbuh.
    Usia 5 sampai 8: perangkat dipakai di ruang bersama, aplikasi dipilihkan oleh Anda, dan Anda ada di dekatnya.
    Usia 9 sampai 12: lebih banyak pilihan, dengan pengaturan khusus teman dan obrolan rutin.
    Remaja: lebih banyak privasi, dengan dasar-dasar keamanan yang disepakati dan pintu yang selalu terbuka.
    Tujuannya adalah anak muda yang punya keterampilan dan rasa percaya, yang tahu ia bisa datang kepada Anda.
    Kalau ada masalah, itu bukan salah anak Anda. Bicaralah dengan anak Anda, bicaralah dengan orang yang Anda percaya kalau Anda butuh dukungan, dan ketuk Bantuan untuk mencari dukungan di negara Anda.

# Question: single choice about a young child's game account.
q-young-gamer = Anak Anda (8 tahun) mulai main game online yang populer. Pengaturan mana yang paling baik sebagai titik awal?
    .hint = Siapa yang seharusnya bisa berbicara dengan anak kecil di dalam game?
    .explanation = Chat khusus teman, dengan teman yang sudah Anda setujui bersama, adalah awal yang baik untuk anak kecil. Chat terbuka membuat siapa pun bisa menghubunginya.
# Answer option (right).
q-young-gamer-friends-only = Chat hanya dengan teman yang disetujui, diatur bersama
    .feedback = Ya. Serunya bermain dengan teman tetap ada, dan kontak dari orang lain dibatasi.
# Answer option (wrong).
q-young-gamer-open-chat = Chat terbuka dengan pemain mana pun, agar ia bisa mendapat teman
    .feedback = Belum tepat. Chat terbuka membuat siapa pun bisa menghubungi anak Anda. Hanya teman adalah awal yang lebih aman di usia ini.
# Answer option (wrong).
q-young-gamer-no-settings = Tidak perlu pengaturan, karena ini game anak-anak
    .feedback = Belum tepat. Game anak-anak pun bisa punya chat terbuka. Tetap periksa pengaturannya.

# Question: multiple choice, "choose all that apply".
q-agreement = Mana saja yang sebaiknya ada dalam rencana penggunaan perangkat keluarga? Pilih semua yang cocok.
    .hint = Rencana yang baik disepakati bersama dan membuat anak aman untuk bersuara.
    .explanation = Tempat mengisi daya perangkat, bertanya sebelum memasang aplikasi baru, apa yang dilakukan saat ada masalah, dan aturan untuk orang dewasa semuanya membantu. Menghukum anak karena bercerita, atau merahasiakan rencana darinya, justru melemahkan keamanan.
# Answer option (belongs).
q-agreement-where-devices-sleep = Di mana perangkat diisi daya di malam hari
    .feedback = Ya. Mengisi daya perangkat di luar kamar tidur membantu tidur dan keamanan di malam hari.
# Answer option (belongs).
q-agreement-ask-before-new-apps = Bertanya dulu sebelum mengunduh aplikasi baru
    .feedback = Ya. Ini memberi Anda kesempatan memeriksa pengaturannya bersama.
# Answer option (belongs).
q-agreement-what-to-do-if-wrong = Apa yang dilakukan kalau ada masalah di internet
    .feedback = Ya. Rencana yang jelas membantu anak Anda bertindak cepat dan datang kepada Anda.
# Answer option (belongs).
q-agreement-rules-for-adults-too = Aturan untuk orang dewasa juga
    .feedback = Ya. Aturan bersama terasa adil dan memberi contoh kebiasaan yang baik.
# Answer option (does not belong).
q-agreement-punish-for-telling = Perangkat disita kalau ia melaporkan masalah
    .feedback = Belum tepat. Ini mengajari anak untuk menyembunyikan masalah. Sebaliknya, buatlah bercerita terasa aman.
# Answer option (does not belong).
q-agreement-kept-secret-from-child = Aturan yang tidak diketahui anak
    .feedback = Belum tepat. Rencana hanya berjalan kalau anak Anda ikut membuatnya dan tahu isinya.

# Question: true or false about controls replacing conversation. The right answer is "false".
q-controls-replace-talk = Kontrol orang tua bisa menggantikan obrolan dengan anak tentang keamanan online.
    .hint = Pikirkan apa yang tidak bisa dilihat atau dicegah oleh kontrol.
    .explanation = Kontrol membantu, tetapi tidak ada pengaturan yang bisa menangkap semuanya. Obrolan membangun keterampilan dan kepercayaan, sehingga anak Anda datang kepada Anda saat ada yang lolos.
# Feedback if the caregiver picks "true" (wrong).
q-controls-replace-talk-true =
    .feedback = Belum tepat. Kontrol bisa kecolongan, dan anak bisa menemukan cara untuk mengakalinya. Obrolanlah yang membuat mereka datang kepada Anda.
# Feedback if the caregiver picks "false" (right).
q-controls-replace-talk-false =
    .feedback = Betul. Kontrol dan obrolan paling efektif kalau berjalan bersama.

# Question: a scenario. The situation is shown first, then the question.
q-first-social-account = Pendekatan apa yang baik?
    .situation = Anak Anda (13 tahun) ingin punya akun media sosial pertamanya. Aplikasinya mengizinkan pengguna seusianya, dan sebagian besar temannya sudah punya.
    .hint = Pikirkan soal pengaturan, kepercayaan, dan apa yang terjadi kalau ada masalah.
    .explanation = Membuat akun bersama, dan menyepakati aturan secara terbuka, membangun keterampilan dan kepercayaan. Pemantauan diam-diam bisa merusak kepercayaan, dan tanpa obrolan anak remaja Anda tidak punya rencana.
# Action (best).
q-first-social-account-set-up-together = Mengaturnya bersama: akun privat, pesan hanya dari teman, lokasi mati, dan obrolan rutin yang disepakati.
    .feedback = Pilihan terbaik. Anak remaja Anda mempelajari pengaturannya, dan Anda berdua tahu rencananya.
# Action (also good).
q-first-social-account-agree-and-explain = Menyepakati aturan bersama, dan menjelaskan kontrol apa pun yang akan Anda pakai dan alasannya.
    .feedback = Pilihan yang bagus. Terbuka soal kontrol menjaga kepercayaan dan membuatnya lebih mungkin datang kepada Anda.
# Action (not helpful).
q-first-social-account-secret-monitoring-app = Mengizinkan, lalu diam-diam memasang aplikasi yang membaca pesan-pesannya.
    .feedback = Kalau anak remaja Anda tahu, kepercayaan bisa rusak. Ia mungkin makin menyembunyikan sesuatu dan berhenti bercerita kepada Anda.
# Action (not helpful).
q-first-social-account-alone-no-talk = Membiarkannya mengatur sendiri, tanpa obrolan soal pengaturan.
    .feedback = Pengaturan bawaan belum tentu yang paling aman untuk anak remaja Anda. Ia mungkin tidak tahu cara mengamankan akunnya, atau apa yang harus dilakukan kalau ada masalah.

# Question: sort supervision approaches into age groups.
q-support-by-age = Kelompokkan setiap pendekatan ke kelompok usia yang biasanya paling cocok.
    .hint = Pengawasan makin longgar seiring keterampilan dan kepercayaan tumbuh.
    .explanation = Anak kecil butuh ruang bersama dan aplikasi yang dipilihkan orang dewasa. Anak usia 9 sampai 12 mendapat lebih banyak pilihan dengan obrolan rutin. Remaja mendapat lebih banyak privasi dengan dasar-dasar yang disepakati. Setiap anak berbeda, jadi sesuaikan dengan anak Anda.
# Group name.
q-support-by-age-ages-5-to-8 = Usia 5 sampai 8
# Group name.
q-support-by-age-ages-9-to-12 = Usia 9 sampai 12
# Group name.
q-support-by-age-teens = Remaja
# Item to sort (ages 5 to 8).
q-support-by-age-shared-rooms = Perangkat dipakai di ruang bersama, dengan orang dewasa di dekatnya
    .feedback = Anak kecil paling baik ditemani orang dewasa di dekatnya saat bermain.
# Item to sort (ages 5 to 8).
q-support-by-age-adult-picks-apps = Orang dewasa memilihkan aplikasi dan game-nya
    .feedback = Di usia ini, Anda yang memilih apa yang sesuai.
# Item to sort (ages 9 to 12).
q-support-by-age-friends-only-check-ins = Pengaturan khusus teman dengan obrolan rutin
    .feedback = Anak usia 9 sampai 12 mendapat lebih banyak kebebasan, dengan Anda tetap dekat.
# Item to sort (ages 9 to 12).
q-support-by-age-approve-apps-together = Aplikasi baru disepakati bersama sebelum diunduh
    .feedback = Memutuskan bersama membangun kemampuannya menilai.
# Item to sort (teens).
q-support-by-age-agreed-privacy = Lebih banyak privasi, dengan dasar-dasar keamanan yang disepakati
    .feedback = Remaja butuh privasi untuk tumbuh, dengan beberapa dasar yang jelas.
# Item to sort (teens).
q-support-by-age-teen-reviews-settings = Remaja memeriksa pengaturan privasinya sendiri, dibantu kalau perlu
    .feedback = Remaja bisa mengelola pengaturannya sendiri, dengan tahu bahwa Anda siap membantu.

# Question: put the steps in order.
q-new-app-steps = Anak Anda ingin aplikasi baru. Urutkan langkah-langkah pengaturan ini secara masuk akal.
    .hint = Apa yang perlu Anda ketahui sebelum akunnya ada, dan apa yang baru bisa dilakukan setelah akunnya ada?
    .explanation = Periksa rating usia dulu. Lalu buat akunnya bersama dan amankan pengaturannya. Latih cara memblokir dan melaporkan setelah semuanya siap. Periksa lagi pengaturannya setiap beberapa bulan, karena aplikasi berubah.
# Step 1.
q-new-app-steps-check-age-rating = Periksa rating usia dan apa fungsi aplikasinya
    .feedback = Pertama, putuskan apakah aplikasinya sesuai dengan usia anak Anda.
# Step 2.
q-new-app-steps-create-together = Buat akunnya bersama, dengan usia anak Anda yang sebenarnya
    .feedback = Usia yang sebenarnya membuat aplikasi bisa menyalakan fitur keamanan yang dimilikinya untuk pengguna muda.
# Step 3.
q-new-app-steps-lock-down-settings = Jadikan akunnya privat, batasi siapa yang bisa mengirim pesan, dan matikan lokasi
    .feedback = Setelah akunnya ada, batasi siapa yang bisa melihat, menghubungi, dan menemukan anak Anda.
# Step 4.
q-new-app-steps-practise-block-report = Latih cara memblokir dan melaporkan bersama
    .feedback = Latihan membuat anak Anda tahu apa yang harus dilakukan kalau ada masalah.
# Step 5.
q-new-app-steps-check-again-later = Periksa lagi pengaturannya bersama dalam beberapa bulan
    .feedback = Aplikasi mengubah pengaturannya, jadi periksa lagi dari waktu ke waktu.

# Question: single choice about why secret monitoring can backfire.
q-secret-backfire = Mengapa pemantauan diam-diam bisa jadi bumerang?
    .hint = Pikirkan apa yang terjadi saat anak mengetahuinya.
    .explanation = Anak sering akhirnya tahu. Lalu mereka mungkin makin menyembunyikan sesuatu dan berhenti bercerita kepada Anda. Pengawasan yang terbuka menjaga kepercayaan, yang merupakan salah satu perlindungan terbaik.
# Answer option (right).
q-secret-backfire-hide-and-stop-telling = Kalau ia tahu, ia mungkin makin menyembunyikan sesuatu dan berhenti bercerita kepada Anda.
    .feedback = Ya. Kehilangan kepercayaan bisa berarti kehilangan kesempatan untuk membantu.
# Answer option (wrong).
q-secret-backfire-always-safer = Tidak akan jadi bumerang. Pemantauan diam-diam selalu pilihan paling aman.
    .feedback = Belum tepat. Itu bisa merusak kepercayaan dan mendorong anak menyembunyikan sesuatu. Pengawasan yang terbuka biasanya lebih aman.
# Answer option (wrong).
q-secret-backfire-children-never-notice = Tidak mungkin, karena anak tidak pernah sadar.
    .feedback = Belum tepat. Anak sering akhirnya tahu, lalu mungkin membuat akun tersembunyi.

# Question: true or false about location sharing. The right answer is "true".
q-location-limited = Untuk kebanyakan anak, berbagi lokasi di aplikasi sebaiknya dimatikan atau hanya untuk keluarga.
    .hint = Siapa yang perlu tahu di mana anak Anda berada?
    .explanation = Ya. Aplikasi bisa menunjukkan lokasi anak Anda kepada orang lain. Matikan, atau batasi untuk keluarga, dan bicarakan secara terbuka.
# Feedback if the caregiver picks "true" (right).
q-location-limited-true =
    .feedback = Betul. Hanya orang yang dipercaya keluarga Anda yang perlu tahu di mana anak Anda berada.
# Feedback if the caregiver picks "false" (wrong).
q-location-limited-false =
    .feedback = Belum tepat. Lokasi di aplikasi bisa menunjukkan di mana anak Anda tinggal atau bersekolah. Matikan atau batasi untuk keluarga saja.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Coba katakan: "Bisa tunjukkan pengaturan di aplikasi favoritmu? Yuk kita cek siapa yang bisa kirim pesan ke kamu dan siapa yang bisa lihat kamu di mana." Lalu sepakati bersama satu aturan perangkat untuk keluarga, yang berlaku untuk orang dewasa maupun anak.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan kepada kelompok: di mana batas antara menjaga anak tetap aman dan memata-matainya? Bagaimana pengawasan sebaiknya berubah dari usia 6 sampai 16 tahun, dan bagaimana orang dewasa bisa terbuka tentang kontrol yang mereka pakai?
