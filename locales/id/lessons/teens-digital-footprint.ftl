# SafeSteps — MIT OR Apache-2.0

### Lesson: Your digital footprint (ages 13–17).
### Readers are teenagers, often alone on their phone. Be direct and respectful; never preachy.
### Frame the internet as positive. Teach skills: think first, check settings, clean up.

# Lesson name on the lesson card.
lesson-title = Jejak digitalmu
# One line under the lesson name.
lesson-summary = Apa yang kamu posting bisa tetap ada di internet. Begini cara mengendalikannya.

# Card 1: what a digital footprint is and what stays online.
card-what-stays =
    Jejak digitalmu adalah jejak yang kamu tinggalkan di internet.
    Isinya postingan, foto, komentar, like, dan bio-mu. Juga apa yang diposting orang lain tentang kamu.
    Banyak dari itu bisa tetap ada di internet selama bertahun-tahun, bahkan setelah kamu hapus.
    Salinannya bisa tersimpan di HP orang lain, di cadangan (backup), atau di situs lain.
    Ini bukan alasan untuk berhenti posting. Online itu bagian besar dari hidup, dan bisa sangat menyenangkan.
    Artinya cuma: ada baiknya kamu memikirkan apa yang kamu bagikan, dan siapa yang bisa melihatnya.
# Card 2: screenshots and tags; not your fault if others share without asking.
card-screenshots-and-tags =
    Postingan yang "menghilang" tetap bisa disimpan. Siapa pun bisa mengambil screenshot atau merekam layarnya.
    Teman bisa menandaimu di foto yang tidak kamu pilih, dan foto itu bisa muncul di profilmu.
    Kebanyakan aplikasi membuatmu bisa menghapus tag, atau memeriksa tag sebelum muncul.
    Kalau ada yang membagikan postingan atau fotomu tanpa bertanya, itu bukan salahmu. Tanggung jawabnya ada pada orang yang membagikannya.
    Kamu bisa memintanya menghapus postingan itu, melaporkannya, dan bercerita ke orang dewasa yang kamu percaya.
# Card 3: location clues.
card-location =
    Ada postingan yang menunjukkan di mana kamu berada tanpa kamu sebutkan.
    Logo sekolah, papan nama jalan, nomor rumah, atau halte bus bisa membocorkan lokasimu.
    Lokasi langsung (live location) di aplikasi peta dan chat menunjukkan di mana kamu berada saat ini.
    Periksa aplikasi mana saja yang bisa melihat lokasimu. Matikan, atau bagikan hanya ke orang yang kamu kenal baik.
    Posting foto jalan-jalan setelah kamu pulang, bukan saat masih di sana.
# Card 4: think before posting.
card-think-first =
    Sebelum posting, luangkan beberapa detik.
    Apakah aku oke kalau keluargaku, guruku, atau calon bosku nanti melihat ini?
    Apakah ini tentang orang lain? Apakah dia sudah setuju?
    Apakah aku posting karena sedang kesal, atau untuk membalas seseorang?
    Kalau ragu, tunggu dulu. Kamu selalu bisa posting nanti. Postingan yang sudah tersebar jauh lebih sulit ditarik kembali.
# Card 5: cleaning up old posts and checking privacy settings.
card-clean-up =
    Sesekali, periksa jejak digitalmu.
    Cari namamu dan nama penggunamu untuk melihat apa yang muncul.
    Scroll ke postingan-postingan lama. Hapus atau sembunyikan yang sudah tidak mencerminkan dirimu.
    Lalu periksa pengaturan privasimu. Siapa yang bisa melihat postinganmu? Siapa yang bisa menandai atau mengirimimu pesan? Siapa yang bisa menemukanmu lewat nomor HP-mu?
    Jadikan akunmu privat kalau kamu mau, dan tinjau daftar teman dan pengikutmu.
# Card 6: a positive footprint, and who to talk to.
card-positive-footprint =
    Jejak digitalmu juga bisa bermanfaat buatmu.
    Bagikan hal-hal yang kamu banggakan: karya seni, musik, olahraga, proyek, atau isu yang kamu pedulikan.
    Komentar yang baik dan membela orang lain menunjukkan siapa dirimu.
    Kalau ada sesuatu tentang dirimu di internet dan kamu ingin itu hilang, kamu tidak sendirian.
    Bicaralah dengan orang dewasa yang kamu percaya, atau ketuk tombol Bantuan untuk mencari dukungan.

# Question: true or false about posts that disappear.
q-disappearing-post = Postingan yang menghilang setelah 24 jam tetap bisa disimpan oleh orang lain.
    .hint = Pikirkan apa yang bisa dilakukan siapa pun dengan HP-nya sendiri selama postingan itu masih ada.
    .explanation = Benar. Siapa pun bisa mengambil screenshot atau merekam layarnya. "Menghilang" hanya berarti aplikasi menyembunyikannya, bukan berarti tidak ada salinannya.
# Feedback if the teen picks "true" (right).
q-disappearing-post-true =
    .feedback = Betul. Screenshot cuma butuh satu detik. Posting seolah-olah postinganmu bisa disimpan.
# Feedback if the teen picks "false" (wrong).
q-disappearing-post-false =
    .feedback = Belum tepat. Aplikasi mungkin menyembunyikan postingannya, tapi screenshot atau rekaman layar bisa menyimpan salinannya.

# Question: choose all that apply, about clues to where you are.
q-location-clues = Mana saja yang bisa menunjukkan ke orang di mana kamu tinggal atau bersekolah? Pilih semua yang cocok.
    .hint = Apakah seseorang bisa memakainya untuk menemukan tempat di peta?
    .explanation = Logo, papan nama jalan, dan peta langsung semuanya bisa menunjuk ke tempat nyata. Langit atau lagu tidak bisa.
# Answer option (shows location).
q-location-clues-school-logo = Logo sekolah di bajumu
    .feedback = Ya. Logo bisa memberi tahu orang di mana kamu bersekolah.
# Answer option (shows location).
q-location-clues-street-sign = Papan nama jalan di belakangmu
    .feedback = Ya. Nama jalan bisa menunjuk ke tempat tinggal atau tempat nongkrongmu.
# Answer option (shows location).
q-location-clues-live-map = Lokasi langsung yang menyala di aplikasi peta
    .feedback = Ya. Lokasi langsung menunjukkan di mana kamu berada saat ini. Bagikan hanya ke orang yang kamu kenal baik.
# Answer option (does not show location).
q-location-clues-sunset-sky = Foto langit saat matahari terbenam
    .feedback = Belum tepat. Langit saja tidak memberi tahu di mana kamu berada.
# Answer option (does not show location).
q-location-clues-favourite-song = Lagu favoritmu
    .feedback = Belum tepat. Lagu tidak menunjukkan tempat. Boleh dibagikan.

# Question: a scenario about being tagged in a photo you don't like.
q-tagged-photo = Apa yang bisa kamu lakukan soal foto itu?
    .situation = Seorang teman memposting foto bareng dari sebuah pesta dan menandaimu. Kamu tidak suka penampilanmu di foto itu, dan kamu tidak mau keluargamu melihatnya.
    .hint = Pikirkan cara yang menyelesaikan masalahnya dan tetap menjaga pertemanan kalian.
    .explanation = Meminta temanmu menghapusnya adalah awal terbaik. Menghapus tag dan memeriksa pengaturan tag juga membantu. Membalas dendam atau menulis komentar marah biasanya malah memperburuk keadaan.
# Action (best).
q-tagged-photo-ask-to-remove = Kirim pesan ke temanku dan minta ia menghapus fotonya atau menghapus tag-ku.
    .feedback = Langkah terbaik. Kebanyakan teman akan menghapusnya kalau kamu minta. Kalau tidak mau, kamu bisa melaporkannya.
# Action (also good).
q-tagged-photo-untag-and-settings = Hapus tag-nya, lalu atur aplikasi supaya tag diperiksa dulu sebelum muncul.
    .feedback = Langkah yang bagus. Foto itu tidak muncul di profilmu, dan hal ini tidak terulang lain kali.
# Action (not helpful).
q-tagged-photo-post-one-back = Posting foto jelek dia untuk membalas.
    .feedback = Belum tepat. Wajar kalau kamu kesal, tapi ini malah menambah jejak digital kalian berdua. Meminta baik-baik lebih mungkin berhasil.
# Action (not helpful).
q-tagged-photo-angry-comment = Tulis komentar marah di bawah foto itu.
    .feedback = Belum tepat. Komentar membuat makin banyak orang melihat foto itu. Pesan pribadi lebih efektif.

# Question: single choice about a good question to ask before posting.
q-before-posting = Mana pertanyaan yang bagus untuk kamu tanyakan ke diri sendiri sebelum posting?
    .hint = Pikirkan siapa yang mungkin melihatnya nanti, bukan cuma hari ini.
    .explanation = Bertanya "Apakah aku oke kalau siapa pun melihat ini?" itu membantu, karena postingan bisa disimpan dan dibagikan lebih jauh dari teman-temanmu.
# Answer option (right).
q-before-posting-okay-if-seen = Apakah aku oke kalau keluargaku, guruku, atau calon bosku nanti melihat ini?
    .feedback = Betul. Kalau jawabannya tidak, tunggu dulu atau jangan diposting.
# Answer option (wrong).
q-before-posting-enough-likes = Apakah ini bakal dapat cukup banyak like?
    .feedback = Belum tepat. Like memang seru, tapi tidak memberi tahu apakah postingan itu aman atau baik.
# Answer option (wrong).
q-before-posting-friends-only-safe = Apakah ini cuma untuk teman-temanku, jadi aman?
    .feedback = Belum tepat. Teman bisa mengambil screenshot dan membagikannya. Pikirkan juga siapa yang mungkin melihatnya nanti.

# Question: put the clean-up steps in order.
q-clean-up-steps = Urutkan langkah-langkah memeriksa jejak digital ini.
    .hint = Pertama, cari tahu apa yang ada di luar sana. Apa yang kamu lakukan terakhir, supaya hasilnya bertahan?
    .explanation = Cari dulu untuk melihat apa yang bisa ditemukan orang lain. Telusuri postingan lama, lalu hapus atau sembunyikan. Terakhir, perketat pengaturanmu supaya yang sudah kamu bereskan tetap begitu.
# Step 1.
q-clean-up-steps-search-your-name = Cari namamu dan nama penggunamu
    .feedback = Mulai dari sini. Ini menunjukkan apa yang bisa ditemukan orang lain.
# Step 2.
q-clean-up-steps-scroll-old-posts = Scroll ke postingan-postingan lama
    .feedback = Selanjutnya, lihat apa yang pernah kamu posting.
# Step 3.
q-clean-up-steps-delete-or-hide = Hapus atau sembunyikan postingan yang sudah tidak mencerminkan dirimu
    .feedback = Lalu hapus apa yang tidak ingin kamu biarkan tersebar.
# Step 4.
q-clean-up-steps-tighten-settings = Periksa siapa yang bisa melihat, menandai, dan mengirimimu pesan
    .feedback = Terakhir, atur pengaturanmu supaya postingan baru hanya sampai ke orang yang kamu mau.

# Question: true or false about private accounts.
q-private-means-safe = Dengan akun privat, apa pun yang kamu posting tidak akan pernah bisa dibagikan.
    .hint = Siapa yang tetap bisa melihat postingan privat, dan apa yang bisa mereka lakukan dengannya?
    .explanation = Salah. Akun privat sangat membantu, tapi pengikutmu tetap bisa mengambil screenshot dan membagikannya. Pikir dulu, walaupun akunmu privat.
# Feedback if the teen picks "true" (wrong).
q-private-means-safe-true =
    .feedback = Belum tepat. Akun privat membantu, tapi orang yang mengikutimu tetap bisa menyimpan dan membagikannya.
# Feedback if the teen picks "false" (right).
q-private-means-safe-false =
    .feedback = Betul. Akun privat itu pengaturan yang bagus, tapi bukan gembok. Pengikutmu tetap bisa menyimpan postingan.

# Question: choose all that apply, about a positive footprint.
q-build-positive = Mana saja yang membantu membangun jejak digital yang bisa kamu banggakan? Pilih semua yang cocok.
    .hint = Mana yang kamu senang kalau ditemukan siapa pun?
    .explanation = Membagikan karyamu, bersikap baik, dan mendukung suatu isu menunjukkan dirimu yang sebenarnya. Ikut-ikutan mengeroyok seseorang atau membocorkan rahasia menyakiti orang lain dan melekat padamu.
# Answer option (helps).
q-build-positive-share-your-work = Memposting karya seni, musik, atau proyekmu
    .feedback = Ya. Ini menunjukkan keterampilanmu dan apa yang kamu pedulikan.
# Answer option (helps).
q-build-positive-kind-comments = Menulis komentar yang baik dan membantu
    .feedback = Ya. Kebaikan juga bagian dari jejak digitalmu.
# Answer option (helps).
q-build-positive-support-a-cause = Membagikan isu atau kegiatan amal yang kamu dukung
    .feedback = Ya. Ini menunjukkan apa yang penting bagimu.
# Answer option (does not help).
q-build-positive-join-a-pile-on = Ikut-ikutan saat sekelompok orang mengejek seseorang
    .feedback = Belum tepat. Mengeroyok seseorang di internet menyakiti orang sungguhan, dan itu tetap ada di jejak digitalmu.
# Answer option (does not help).
q-build-positive-post-a-secret = Memposting rahasia teman buat lucu-lucuan
    .feedback = Belum tepat. Itu merusak kepercayaannya, dan dialah yang berhak menceritakannya, bukan kamu.

# Question: a scenario about an old post.
q-old-joke = Apa yang bisa kamu lakukan soal postingan lama itu?
    .situation = Kamu 16 tahun. Saat scroll ke belakang, kamu menemukan lelucon jahat tentang teman sekelas yang kamu posting waktu umur 12 tahun.
    .hint = Pikirkan postingannya, dan orang yang dibicarakan di postingan itu.
    .explanation = Menghapusnya dan minta maaf adalah langkah terbaik. Menghapusnya saja juga bagus. Membiarkannya atau bersembunyi di balik akun baru tidak menyelesaikannya. Orang bisa berubah; membereskan jejak digital menunjukkan hal itu.
# Action (best).
q-old-joke-delete-and-apologise = Hapus, dan minta maaf ke teman sekelas itu kalau rasanya tepat.
    .feedback = Langkah terbaik. Kamu menghapusnya dan mengakui kesalahanmu. Itu butuh keberanian.
# Action (also good).
q-old-joke-delete-it = Hapus postingannya.
    .feedback = Langkah yang bagus. Postingan itu sudah hilang dari profilmu. Minta maaf juga bisa membantu.
# Action (not helpful).
q-old-joke-leave-it = Biarkan saja. Sudah bertahun-tahun, jadi tidak ada yang bakal lihat.
    .feedback = Belum tepat. Postingan lama tetap bisa ditemukan. Kamu masih bisa menghapusnya sekarang.
# Action (not helpful).
q-old-joke-new-account = Buat akun baru dan biarkan akun lama apa adanya.
    .feedback = Belum tepat. Akun lama masih ada di luar sana. Bereskan atau hapus akun itu.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan: apa yang akan diketahui orang tentang kalian dari profil publik kalian hari ini? Bahas bedanya postingan yang bertahan lama dengan postingan yang bermanfaat bagi kalian, dan kepada siapa kalian bisa minta bantuan kalau ada sesuatu tentang kalian di internet yang ingin kalian hilangkan.
