# SafeSteps — MIT OR Apache-2.0

### Lesson: Block and report (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Teach the skill step by step; make reporting feel safe.

# Lesson name on the lesson card.
lesson-title = Blokir dan laporkan
# One line under the lesson name.
lesson-summary = Pelajari cara kerja bisukan, blokir, dan laporkan, apa yang terjadi setelah kamu melapor, dan siapa yang bisa membantu.

# Card 1: the three tools: mute, block, report.
card-three-tools =
    Kebanyakan game dan aplikasi punya tiga alat.
    Bisukan artinya kamu tidak lagi melihat atau mendengar seseorang.
    Blokir artinya ia tidak bisa mengirimimu pesan atau menambahkanmu.
    Laporkan memberi tahu aplikasi bahwa seseorang melanggar aturan.
    Untuk menemukannya, ketuk nama pemain itu, atau tiga titik di samping pesan.
# Card 2: when to use the tools.
card-when-to-use =
    Kamu boleh memakai alat-alat ini kapan saja ada yang membuatmu sedih, tidak aman, atau tertekan.
    Mungkin ia mengirim pesan jahat atau meminta foto. Mungkin ia tidak berhenti mengirimimu pesan.
    Kamu tidak butuh alasan besar. Ini ruangmu sendiri.
    Kamu boleh memblokir seseorang walaupun dulu kamu menyukainya.
# Card 3: save proof before blocking; never save or send private pictures.
card-save-proof =
    Sebelum memblokir, simpan bukti.
    Ambil screenshot pesan-pesannya dan nama pengguna orang itu. Jangan hapus chat-nya.
    Screenshot membantu aplikasi dan orang dewasa melihat apa yang terjadi.
    Kalau ada yang mengirimimu foto pribadi, jangan disimpan, di-screenshot, atau diteruskan. Ceritakan ke orang dewasa yang kamu percaya.
# Card 4: what happens after a report.
card-after-a-report =
    Apa yang terjadi setelah kamu melapor? Petugas aplikasi akan memeriksanya.
    Kebanyakan aplikasi tidak memberi tahu orang itu bahwa kamulah yang melaporkannya.
    Aplikasi bisa memperingatkannya, menghapus postingannya, atau menutup akunnya.
    Prosesnya bisa lama, dan mungkin kamu tidak mendapat kabar. Tidak apa-apa.
    Melapor tetap membantu menjaga kamu dan orang lain tetap aman.
# Card 5: tell a trusted adult; not the child's fault; Help.
card-tell-an-adult =
    Kamu tidak harus melakukannya sendirian. Ceritakan ke orang dewasa yang kamu percaya.
    Mereka bisa membantumu menyimpan bukti, melapor, dan memeriksa pengaturanmu. Mereka tidak boleh menyalahkanmu.
    Kalau ada yang membuatmu sedih di internet, itu bukan salahmu.
    Kamu juga bisa mengetuk Bantuan untuk mencari orang yang bisa diajak bicara.

# Question: single choice about which tool stops messages.
q-stop-messages = Seseorang terus mengirimimu pesan di game. Alat mana yang membuatnya tidak bisa mengirimimu pesan?
    .hint = Alat mana yang membuatnya sama sekali tidak bisa menghubungimu?
    .explanation = Blokir membuat seseorang tidak bisa mengirimimu pesan atau menambahkanmu. Bisukan hanya menyembunyikannya darimu. Simpan bukti dulu, dan laporkan juga.
# Answer option (right).
q-stop-messages-block = Blokir
    .feedback = Ya! Blokir membuatnya tidak bisa mengirimimu pesan. Simpan bukti dulu, dan laporkan juga.
# Answer option (wrong).
q-stop-messages-mute = Bisukan
    .feedback = Belum tepat. Bisukan menyembunyikannya darimu, tapi ia mungkin tetap mengirim sesuatu. Blokir yang menghentikan pesannya.
# Answer option (wrong).
q-stop-messages-change-avatar = Ganti avatarku
    .feedback = Belum tepat. Tampilan baru tidak menghentikannya. Alat yang bisa menghentikannya adalah blokir.

# Question: sort what each tool does into three groups.
q-which-tool = Alat mana yang melakukan apa? Masukkan setiap hal ke kelompok yang cocok.
    .hint = Ingat lagi kartu tentang tiga alat. Apa gunanya masing-masing?
    .explanation = Bisukan membuatmu tidak lagi melihat atau mendengar seseorang. Blokir membuatnya tidak bisa menghubungimu. Laporkan meminta aplikasi memeriksa dan bertindak.
# Group name.
q-which-tool-mute = Bisukan
# Group name.
q-which-tool-block = Blokir
# Group name.
q-which-tool-report = Laporkan
# Item to sort (mute).
q-which-tool-stop-hearing = Aku tidak lagi mendengarnya di obrolan suara.
    .feedback = Itu bisukan. Kamu tidak lagi mendengarnya, tapi ia masih ada di game.
# Item to sort (mute).
q-which-tool-hide-chat = Aku tidak lagi melihat chat-nya, tapi kami tetap di game yang sama.
    .feedback = Itu bisukan. Bisukan menyembunyikannya darimu.
# Item to sort (block).
q-which-tool-no-more-messages = Ia tidak bisa mengirimiku pesan lagi.
    .feedback = Itu blokir. Blokir membuatnya tidak bisa menghubungimu.
# Item to sort (block).
q-which-tool-no-friend-requests = Ia tidak bisa mengirimiku permintaan pertemanan.
    .feedback = Itu blokir. Ia tidak bisa menambahkanmu.
# Item to sort (report).
q-which-tool-app-checks-rules = Aplikasi memeriksa apakah ia melanggar aturan.
    .feedback = Itu laporkan. Petugas aplikasi melihat apa yang ia lakukan.
# Item to sort (report).
q-which-tool-app-can-close-account = Aplikasi bisa menutup akunnya.
    .feedback = Itu laporkan. Aplikasi bisa bertindak kalau ia melanggar aturan.

# Question: single choice about what to do before blocking.
q-before-blocking = Seseorang mengirimimu pesan-pesan jahat. Apa yang sebaiknya kamu lakukan sebelum memblokirnya?
    .hint = Apa yang akan membantu aplikasi dan orang dewasa melihat apa yang terjadi?
    .explanation = Ambil dulu screenshot pesan-pesannya dan nama penggunanya. Lalu blokir, laporkan, dan ceritakan ke orang dewasa yang kamu percaya.
# Answer option (right).
q-before-blocking-take-screenshots = Mengambil screenshot pesan-pesannya dan nama penggunanya.
    .feedback = Ya! Screenshot adalah bukti. Screenshot membantu saat kamu melapor dan bercerita ke orang dewasa.
# Answer option (wrong).
q-before-blocking-delete-chat = Menghapus chat-nya supaya tidak perlu melihatnya.
    .feedback = Belum tepat. Wajar kalau kamu ingin chat itu hilang. Tapi chat itu bukti, jadi simpan dulu.
# Answer option (wrong).
q-before-blocking-reply-angry = Membalas dengan marah.
    .feedback = Belum tepat. Membalas bisa membuatnya makin buruk. Simpan bukti, lalu blokir dan laporkan.

# Question: a scenario. The situation is shown first, then the question.
q-aisha-game = Apa yang bisa Aisha lakukan?
    .situation = Aisha, 10 tahun, main game online. Seorang pemain terus mengirim pesan kepadanya: "Kenapa nggak dijawab? Tambahkan aku di aplikasi lain." Aisha sudah menolak, tapi ia terus saja.
    .hint = Aisha sudah menolak dan ia tidak berhenti. Alat mana yang bisa membantu? Siapa yang bisa membantu?
    .explanation = Aisha bisa menyimpan bukti, lalu memblokir dan melaporkannya, dan bercerita ke orang dewasa yang ia percaya. Bercerita ke orang dewasa lebih dulu juga bagus. Membalas atau diam saja membuatnya menghadapi ini sendirian.
# Action (best).
q-aisha-game-save-block-report-tell = Mengambil screenshot, memblokir dan melaporkannya, lalu bercerita ke orang dewasa yang ia percaya.
    .feedback = Pilihan terbaik! Aisha memakai semua alat, dan orang dewasa bisa membantunya. Itu bukan salahnya.
# Action (also good).
q-aisha-game-tell-adult-first = Segera bercerita ke orang dewasa yang ia percaya, dan minta bantuan.
    .feedback = Pilihan yang bagus. Orang dewasa bisa membantunya menyimpan bukti, memblokir, dan melapor.
# Action (not helpful).
q-aisha-game-reply-once-more = Membalas sekali lagi dan memintanya berhenti dengan baik-baik.
    .feedback = Belum tepat. Aisha sudah menolak. Membalas bisa membuatnya terus mengajak bicara. Memblokir menghentikannya.
# Action (not helpful).
q-aisha-game-keep-quiet = Diam saja dan berharap ia berhenti.
    .feedback = Belum tepat. Ia mungkin tidak berhenti. Aisha tidak harus menghadapi ini sendirian.

# Question: true or false about whether the reported person is told.
q-they-know-who = Saat kamu melaporkan seseorang, kebanyakan aplikasi memberi tahu orang itu siapa yang melaporkannya.
    .hint = Ingat lagi kartu tentang apa yang terjadi setelah melapor.
    .explanation = Kebanyakan aplikasi tidak memberi tahu orang itu bahwa kamulah yang melaporkannya. Itu membuat melapor terasa aman.
# Feedback if the child picks "true" (wrong).
q-they-know-who-true =
    .feedback = Belum tepat. Kebanyakan aplikasi merahasiakan namamu dari orang yang kamu laporkan. Itu membantumu merasa aman.
# Feedback if the child picks "false" (right).
q-they-know-who-false =
    .feedback = Ya! Kebanyakan aplikasi tidak memberi tahu siapa yang melaporkannya. Melapor membantu menjaga kamu dan orang lain tetap aman.

# Question: multiple choice, "choose all that apply".
q-after-you-report = Apa yang bisa terjadi setelah kamu melaporkan seseorang? Pilih semua yang cocok.
    .hint = Apa yang bisa dilakukan aplikasi kalau seseorang melanggar aturan?
    .explanation = Aplikasi memeriksa laporannya. Aplikasi bisa memperingatkan orang itu, menghapus postingan, atau menutup akunnya. Aplikasi tidak memasang namamu.
# Answer option (can happen).
q-after-you-report-app-checks = Petugas aplikasi memeriksa laporannya.
    .feedback = Ini bisa terjadi. Petugas aplikasi melihat apa yang dikirim.
# Answer option (can happen).
q-after-you-report-warns-them = Aplikasi memperingatkan orang itu.
    .feedback = Ini bisa terjadi. Peringatan menyuruhnya berhenti.
# Answer option (can happen).
q-after-you-report-removes-posts = Aplikasi menghapus postingan.
    .feedback = Ini bisa terjadi. Postingan yang melanggar aturan bisa dihapus.
# Answer option (can happen).
q-after-you-report-closes-account = Aplikasi menutup akunnya.
    .feedback = Ini bisa terjadi kalau ia melanggar aturan.
# Answer option (does not happen).
q-after-you-report-posts-your-name = Aplikasi memasang namamu supaya dilihat semua orang.
    .feedback = Belum tepat. Aplikasi tidak memasang namamu. Kebanyakan merahasiakannya.
# Answer option (does not happen).
q-after-you-report-nothing-ever = Tidak ada apa-apa, sama sekali. Laporan tidak ada gunanya.
    .feedback = Belum tepat. Mungkin kamu tidak mendapat kabar, tapi laporan membantu aplikasi menjaga orang tetap aman.

# Question: true or false about blocking someone you liked before.
q-block-a-friend = Kamu boleh memblokir seseorang walaupun dulu kalian berteman.
    .hint = Apakah ini ruangmu sendiri untuk memilih siapa yang bisa menghubungimu?
    .explanation = Ya. Kamu boleh memblokir siapa pun yang membuatmu sedih, tidak aman, atau tertekan, termasuk teman.
# Feedback if the child picks "true" (right).
q-block-a-friend-true =
    .feedback = Ya! Ini ruangmu sendiri. Kamu boleh memblokir siapa pun yang membuat perasaanmu tidak enak.
# Feedback if the child picks "false" (wrong).
q-block-a-friend-false =
    .feedback = Belum tepat. Dulu menyukai seseorang tidak berarti kamu harus terus mengobrol dengannya. Kamu boleh memblokirnya.

# Question: single choice about an unwanted private picture.
q-unwanted-picture = Seorang pemain mengirimimu foto pribadi yang tidak kamu minta. Apa yang kamu lakukan?
    .hint = Apakah ini untuk disimpan, diteruskan, atau diceritakan ke orang dewasa?
    .explanation = Jangan disimpan, di-screenshot, atau diteruskan, walaupun sebagai bukti. Ceritakan ke orang dewasa yang kamu percaya. Mereka bisa membantumu melaporkannya. Itu bukan salahmu.
# Answer option (right).
q-unwanted-picture-dont-save-tell-adult = Tidak menyimpan atau meneruskannya. Bercerita ke orang dewasa yang kupercaya.
    .feedback = Ya! Orang dewasa bisa membantumu melaporkannya. Bukan salahmu kalau ia mengirimnya.
# Answer option (wrong).
q-unwanted-picture-send-as-proof = Mengirimnya ke teman sebagai bukti.
    .feedback = Belum tepat. Meneruskannya membuat foto itu makin tersebar. Ceritakan ke orang dewasa, dan mereka bisa membantumu melaporkannya.
# Answer option (wrong).
q-unwanted-picture-keep-it-secret = Merahasiakannya supaya tidak ada yang sedih.
    .feedback = Belum tepat. Rahasia seperti ini harus diceritakan. Orang dewasa yang kamu percaya pasti ingin membantu.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan: di mana tombol bisukan, blokir, dan laporkan di game dan aplikasi yang kalian pakai? Mengapa seseorang mungkin enggan melapor, dan apa yang bisa membuatnya lebih mudah? Siapa yang bisa membantu kalian menyimpan bukti?
