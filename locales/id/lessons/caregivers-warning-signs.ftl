# SafeSteps — MIT OR Apache-2.0

### Lesson: Warning signs to notice (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Signs are clues, not proof. Never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Tanda-tanda yang perlu diperhatikan
# One line under the lesson name.
lesson-summary = Perubahan apa pada anak Anda yang patut diperhatikan, apa artinya dan apa yang bukan artinya, serta cara menanggapinya dengan tenang.

# Card 1: changes around devices, gifts and new contacts.
card-device-changes =
    Anak sering tidak mengatakan dengan kata-kata bahwa ada yang salah. Perubahan perilakunya bisa menjadi petunjuk.
    Perhatikan sikap baru yang serba rahasia soal perangkat. Ia mungkin menyembunyikan layar, cepat-cepat berganti aplikasi saat Anda masuk, atau punya akun baru yang tidak Anda ketahui.
    Perhatikan hadiah, uang, voucher, atau mata uang game baru yang tidak bisa ia jelaskan.
    Perhatikan "teman" baru yang lebih tua, atau yang sering ia bicarakan tetapi tidak pernah Anda temui.
# Card 2: changes in mood and sleep.
card-mood-and-sleep =
    Perubahan lain berkaitan dengan suasana hati dan kehidupan sehari-hari.
    Anak Anda mungkin menjauh dari keluarga atau teman, atau berhenti melakukan hal-hal yang dulu ia sukai.
    Ia mungkin tampak sedih, gelisah, marah, atau pendiam setelah online, atau setelah ada pesan masuk.
    Ia mungkin sangat gusar kalau Anda menyinggung soal menyita perangkatnya.
    Pola tidurnya mungkin berubah. Ia mungkin online larut malam, atau tampak lelah terus.
    Ia mungkin tiba-tiba khawatir tentang tubuhnya, atau bicara soal merasa malu.
# Card 3: what signs do and don't mean.
card-what-signs-mean =
    Tanda adalah petunjuk, bukan bukti. Banyak perubahan ini punya penyebab lain, seperti stres di sekolah, bertengkar dengan teman, perundungan, atau masa pubertas.
    Menginginkan lebih banyak privasi seiring bertambah besar juga wajar.
    Yang lebih penting adalah perubahan yang tiba-tiba, atau beberapa tanda sekaligus.
    Kalau firasat Anda mengatakan ada yang tidak beres, itu layak dibicarakan dengan tenang. Anda tidak butuh bukti untuk menanyakan kabar anak Anda.
# Card 4: how to respond calmly; not the child's fault.
card-respond-calmly =
    Pilih saat yang tenang, seperti saat berjalan-jalan atau di perjalanan naik kendaraan. Duduk berdampingan sering terasa lebih mudah daripada berhadapan.
    Sampaikan apa yang Anda perhatikan tanpa menyalahkan: "Kamu kelihatan sedih setelah main HP. Aku ada di sini kalau ada apa-apa."
    Ajukan pertanyaan terbuka dan lebih banyak mendengarkan daripada berbicara.
    Hindari merebut HP-nya atau mengancam. Itu bisa mengajari anak Anda untuk menyembunyikan sesuatu.
    Kalau ia menceritakan sesuatu, ucapkan terima kasih. Itu bukan salah anak Anda, dan ia perlu mendengarnya dari Anda.
# Card 5: next steps and someone to talk to.
card-if-something-is-wrong =
    Kalau anak Anda bercerita bahwa ada orang yang menekan, menipu, atau mengancamnya, dampingi dia dan tetap tenang.
    Simpan pesan-pesan dan nama pengguna sebelum Anda memblokir siapa pun. Lalu laporkan akun itu di aplikasinya.
    Pelajaran kami yang lain membahas pelaporan dengan lebih rinci.
    Anda tidak harus menghadapinya sendirian. Bicaralah dengan orang yang Anda percaya, atau ketuk Bantuan untuk mencari dukungan di negara Anda.

# Question: multiple choice, "choose all that apply".
q-which-signs = Perubahan mana saja yang bisa menjadi tanda waspada yang patut diperhatikan? Pilih semua yang cocok.
    .hint = Cari sikap serba rahasia, hal-hal yang tidak bisa dijelaskan, dan perubahan suasana hati.
    .explanation = Menyembunyikan layar, hadiah yang tidak bisa dijelaskan, teman baru yang lebih tua, dan gusar setelah online patut diperhatikan. Game baru atau mengobrol dengan teman sekelas adalah bagian biasa dari tumbuh besar.
# Answer option (worth noticing).
q-which-signs-hides-screen = Menyembunyikan layar atau berganti aplikasi saat Anda mendekat
    .feedback = Ya. Sikap baru yang serba rahasia soal perangkat patut diperhatikan, terutama kalau tiba-tiba.
# Answer option (worth noticing).
q-which-signs-unexplained-gifts = Punya voucher hadiah atau mata uang game yang tidak bisa ia jelaskan
    .feedback = Ya. Hadiah bisa dipakai untuk membangun kepercayaan dan rasa berutang budi.
# Answer option (worth noticing).
q-which-signs-older-friend = Sering bercerita tentang teman online baru yang lebih tua
    .feedback = Ya. "Teman" yang lebih tua dan belum pernah Anda temui layak ditanyakan dengan tenang.
# Answer option (worth noticing).
q-which-signs-upset-after-online = Tampak sedih atau takut setelah online
    .feedback = Ya. Gusar setelah online adalah petunjuk bahwa mungkin ada yang tidak beres.
# Answer option (usually normal).
q-which-signs-new-favourite-game = Punya game favorit baru
    .feedback = Belum tepat. Minat baru itu wajar. Tanyakan dengan rasa ingin tahu, bukan rasa khawatir.
# Answer option (usually normal).
q-which-signs-chats-with-classmates = Mengobrol dengan teman sekelas sepulang sekolah
    .feedback = Belum tepat. Tetap berhubungan dengan teman adalah bagian sehat dari kehidupan online.

# Question: true or false about a single sign. The right answer is "false".
q-one-sign-proves = Satu tanda waspada membuktikan bahwa anak Anda sedang disakiti.
    .hint = Pikirkan alasan lain mengapa suasana hati atau kebiasaan anak bisa berubah.
    .explanation = Satu tanda adalah petunjuk, bukan bukti. Banyak tanda punya penyebab lain. Perubahan yang tiba-tiba atau beberapa tanda sekaligus adalah alasan untuk mengobrol dengan tenang.
# Feedback if the caregiver picks "true" (wrong).
q-one-sign-proves-true =
    .feedback = Belum tepat. Satu tanda bisa punya banyak penyebab, seperti stres di sekolah atau masa pubertas. Itu alasan untuk menanyakan kabarnya dengan tenang, bukan untuk langsung berpikir yang terburuk.
# Feedback if the caregiver picks "false" (right).
q-one-sign-proves-false =
    .feedback = Betul. Tanda adalah petunjuk. Perhatikan, tetap tenang, dan beri ruang bagi anak Anda untuk berbicara.

# Question: a scenario. The situation is shown first, then the question.
q-several-changes = Apa langkah pertama yang baik?
    .situation = Selama dua minggu terakhir, anak Anda (12 tahun) mulai membawa HP-nya ke tempat tidur, menyembunyikan layar saat Anda lewat, dan tampak tegang setelah ada pesan masuk.
    .hint = Beberapa perubahan sekaligus layak dibicarakan. Bagaimana cara membicarakannya agar anak Anda merasa aman untuk bercerita?
    .explanation = Mengajak bicara dengan tenang dan pribadi, menyebutkan apa yang Anda perhatikan tanpa menyalahkan, adalah langkah pertama terbaik. Memberi tahu bahwa pintu Anda selalu terbuka juga membantu. Membaca isi HP-nya di depannya atau melarang internet bisa membuatnya makin menyembunyikan sesuatu.
# Action (best).
q-several-changes-calm-check-in = Memilih saat yang tenang, menyampaikan apa yang Anda perhatikan, dan mengajukan pertanyaan terbuka.
    .feedback = Pilihan terbaik. Menyebutkan apa yang Anda lihat, tanpa menyalahkan, menunjukkan Anda peduli dan membuatnya lebih mudah bercerita.
# Action (also good).
q-several-changes-open-door = Mengatakan bahwa ia boleh datang kepada Anda soal apa pun, dan ia tidak akan dihukum karena bercerita.
    .feedback = Pilihan yang bagus. Takut dihukum sering membuat anak tidak bercerita, jadi mengatakannya dengan jelas itu membantu.
# Action (not helpful).
q-several-changes-read-phone-in-front = Mengambil HP-nya dan membaca semua pesannya di depannya.
    .feedback = Ini bisa terasa seperti hukuman dan mempermalukan. Anak Anda mungkin menutup diri atau mencari cara untuk menyembunyikan sesuatu.
# Action (not helpful).
q-several-changes-ban-internet = Melarang internet sampai ia mau menjelaskan.
    .feedback = Larangan bisa terasa seperti hukuman atas sesuatu yang mungkin bukan salahnya. Anak sering berhenti bercerita saat takut kehilangan akses.

# Question: sort things a caregiver might say into two groups.
q-what-to-say = Anak Anda baru saja menceritakan sesuatu yang mengkhawatirkan. Kelompokkan apa yang mungkin Anda katakan.
    .hint = Kata-kata mana yang menunjukkan bahwa Anda ada di pihaknya?
    .explanation = Ucapan terima kasih, menenangkan, dan kerja sama membantu anak terus bercerita. Menyalahkan, pertanyaan "kenapa", dan ancaman bisa membuatnya diam, walaupun Anda sedang takut.
# Group name.
q-what-to-say-helps-them-talk = Membantunya terus bercerita
# Group name.
q-what-to-say-shuts-them-down = Bisa membuatnya diam
# Item to sort (helps).
q-what-to-say-thanks-for-telling = "Terima kasih sudah cerita."
    .feedback = Berterima kasih menunjukkan bahwa bercerita adalah hal yang benar.
# Item to sort (helps).
q-what-to-say-not-angry = "Aku tidak marah padamu. Ini bukan salahmu."
    .feedback = Anak sering paling takut dimarahi. Kata-kata yang jelas menenangkan membantunya rileks dan bercerita lebih banyak.
# Item to sort (helps).
q-what-to-say-work-it-out-together = "Kita cari jalan keluarnya sama-sama."
    .feedback = Melakukannya bersama mengembalikan sebagian kendali kepada anak Anda.
# Item to sort (shuts down).
q-what-to-say-why-not-sooner = "Kenapa tidak cerita dari dulu?"
    .feedback = Ini bisa terdengar menyalahkan. Banyak anak menunggu karena merasa takut atau malu.
# Item to sort (shuts down).
q-what-to-say-what-were-you-thinking = "Kamu ini mikir apa sih?"
    .feedback = Ini menimpakan kesalahan kepada anak Anda. Orang yang menipunya yang bertanggung jawab.
# Item to sort (shuts down).
q-what-to-say-no-phone-ever = "Sudah, tidak ada HP lagi selamanya."
    .feedback = Takut kehilangan HP adalah alasan umum anak memilih diam. Ini bisa membuatnya tidak bercerita lagi lain kali.

# Question: put the steps in order.
q-when-they-tell = Anak Anda bercerita bahwa ada orang di internet yang terus menekannya. Urutkan langkah-langkah ini agar membantu.
    .hint = Anak Anda yang utama. Apa yang bisa hilang kalau Anda memblokir akun itu terlalu cepat?
    .explanation = Dengarkan dengan tenang dulu, lalu berterima kasih dan tenangkan dia. Simpan bukti sebelum melapor dan memblokir, agar tidak ada yang hilang. Lalu cari dukungan untuk anak Anda dan untuk diri Anda sendiri.
# Step 1.
q-when-they-tell-listen-calmly = Mendengarkan dengan tenang, tanpa memotong
    .feedback = Mendengarkan lebih dulu menunjukkan kepada anak Anda bahwa ia aman bersama Anda.
# Step 2.
q-when-they-tell-thank-and-reassure = Berterima kasih dan mengatakan bahwa itu bukan salahnya
    .feedback = Menenangkan sejak awal membantu meredakan rasa takut dan malu.
# Step 3.
q-when-they-tell-save-evidence = Menyimpan pesan, nama pengguna, dan tautan profil
    .feedback = Simpan bukti sebelum ada yang diblokir atau dihapus.
# Step 4.
q-when-they-tell-report-and-block = Melaporkan akun itu di aplikasi, lalu memblokirnya
    .feedback = Laporkan selagi Anda masih bisa melihat akunnya, lalu blokir.
# Step 5.
q-when-they-tell-get-support = Mencari dukungan untuk anak Anda dan untuk diri Anda
    .feedback = Dukungan membantu Anda berdua menghadapinya. Ketuk Bantuan untuk mencari layanan di negara Anda.

# Question: single choice about a gift card from an older online friend.
q-gift-card = Anda menemukan voucher hadiah di kamar anak Anda (10 tahun). Ia bilang voucher itu dikirim oleh teman berumur 19 tahun dari sebuah game. Apa yang paling tepat dilakukan?
    .hint = Ini petunjuk atau bukti? Apa yang akan membantu Anda mengetahui lebih banyak?
    .explanation = Hadiah yang tidak bisa dijelaskan dari teman online yang lebih tua layak dibicarakan dengan tenang. Itu bukan bukti adanya bahaya, tetapi juga tidak boleh diabaikan.
# Answer option (right).
q-gift-card-worth-a-chat = Mengobrol dengan tenang tentang teman ini dan bagaimana mereka berkenalan
    .feedback = Ya. Tanyakan dengan rasa ingin tahu, bukan menyalahkan. Cari tahu lebih banyak sebelum memutuskan apa yang harus dilakukan.
# Answer option (wrong).
q-gift-card-nothing-to-see = Tidak perlu apa-apa. Hadiah antar-gamer itu biasa.
    .feedback = Belum tepat. Hadiah dari orang yang lebih tua yang dikenal anak Anda di internet layak ditanyakan.
# Answer option (wrong).
q-gift-card-proof-of-abuse = Bukti bahwa anak Anda sedang menjadi korban kekerasan
    .feedback = Belum tepat. Itu petunjuk, bukan bukti. Obrolan yang tenang akan memberi tahu Anda lebih banyak.

# Question: true or false about privacy. The right answer is "true".
q-privacy-is-normal = Menginginkan lebih banyak privasi seiring anak bertambah besar itu wajar.
    .hint = Ingat bagaimana perasaan Anda soal privasi saat baru remaja.
    .explanation = Ya. Privasi yang lebih besar adalah bagian wajar dari tumbuh besar. Sikap serba rahasia yang tiba-tiba disertai perubahan lain itulah yang patut diperhatikan.
# Feedback if the caregiver picks "true" (right).
q-privacy-is-normal-true =
    .feedback = Betul. Privasi dengan sendirinya itu sehat. Perhatikan perubahan yang tiba-tiba atau beberapa tanda sekaligus.
# Feedback if the caregiver picks "false" (wrong).
q-privacy-is-normal-false =
    .feedback = Belum tepat. Menginginkan privasi adalah bagian wajar dari tumbuh besar. Baru patut dikhawatirkan kalau terjadi tiba-tiba atau disertai perubahan lain.

# Question: single choice about why staying calm matters.
q-why-stay-calm = Mengapa tetap tenang sangat penting saat anak Anda menceritakan sesuatu?
    .hint = Pikirkan jangka panjangnya, bukan hanya saat ini.
    .explanation = Reaksi Anda menentukan apakah anak Anda akan bercerita lagi lain kali. Tenang bukan berarti tidak berbuat apa-apa; artinya bertindak tanpa menyalahkan.
# Answer option (right).
q-why-stay-calm-tell-again = Reaksi Anda menentukan apakah ia akan bercerita lagi lain kali.
    .feedback = Ya. Tanggapan yang tenang dan penuh terima kasih mengajari anak Anda bahwa bercerita kepada Anda itu aman.
# Answer option (wrong).
q-why-stay-calm-not-serious = Karena kebanyakan masalah di internet tidak serius.
    .feedback = Belum tepat. Ada masalah yang serius. Ketenangan membantu Anda menanganinya dengan baik.
# Answer option (wrong).
q-why-stay-calm-avoid-action = Supaya Anda tidak perlu bertindak apa-apa.
    .feedback = Belum tepat. Tenang itu soal cara Anda menanggapi. Anda tetap bisa menyimpan bukti, melapor, dan mencari bantuan.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Coba katakan: "Akhir-akhir ini kamu kelihatan agak murung setelah main HP. Aku tidak marah sama kamu. Ada yang sedang kamu pikirkan?" Lalu tunggu, dengarkan, dan ucapkan terima kasih atas apa pun yang ia ceritakan.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan kepada kelompok: tanda mana yang bisa punya penyebab sehari-hari, dan mana yang kalau muncul bersamaan akan membuat Anda khawatir? Berlatih kalimat pembuka yang tenang secara berpasangan, dan bahas mengapa menyalahkan membuat anak berhenti bercerita.
