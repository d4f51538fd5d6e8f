# SafeSteps — MIT OR Apache-2.0

### Lesson: Consent and sharing images (ages 13–17).
### Readers are teenagers, often alone. Be direct, calm and respectful; never preachy.
### Never describe images or acts; say "nude or private image". Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Persetujuan dan berbagi foto
# One line under the lesson name.
lesson-summary = Ini foto siapa? Kapan harus bertanya, kapan harus berhenti, dan apa yang harus dilakukan kalau sebuah foto tersebar.

# Card 1: consent before sharing anyone's image.
card-ask-first =
    Foto dan video adalah bagian besar dari cara kita berkomunikasi di internet. Itu wajar.
    Tapi foto seseorang sebagian adalah miliknya. Sebelum memposting atau mengirimnya, tanya dia dulu.
    Persetujuan artinya "ya" yang jelas dan diberikan dengan bebas. Diam bukan berarti ya. "Terserah" bukan berarti ya.
    Orang juga boleh berubah pikiran. Kalau teman memintamu menghapus foto, hapus.
    Kamu juga pasti ingin diperlakukan begitu.
# Card 2: never forward a nude or private image.
card-never-forward =
    Jangan pernah meneruskan foto telanjang atau foto pribadi seseorang, walaupun foto itu sudah beredar.
    Setiap kali dibagikan, orang di foto itu makin tersakiti. Ini bisa membayanginya selama bertahun-tahun.
    Di banyak negara, menyebarkan foto telanjang orang di bawah 18 tahun adalah tindak pidana. Ini bisa berlaku walaupun kamu juga di bawah 18 tahun.
    Tidak penting siapa yang pertama kali mengirimnya, atau apakah dia pernah mengirimnya ke satu orang. Mengirim ke satu orang bukan berarti setuju dikirim ke semua orang.
# Card 3: what to do if you receive one.
card-if-you-get-one =
    Kalau ada yang mengirimimu foto telanjang atau foto pribadi orang lain:
    Jangan diteruskan atau ditunjukkan ke siapa pun.
    Laporkan di aplikasinya. Lalu hapus, dan bersihkan juga dari folder "baru saja dihapus".
    Jangan simpan salinannya, bahkan sebagai bukti. Kamu bisa melapor tanpa menyimpan fotonya.
    Ceritakan ke orang dewasa yang kamu percaya, supaya mereka bisa membantu menghentikan penyebarannya. Mereka tidak boleh menyalahkanmu karena menerimanya.
    Kalau orang dewasa atau orang asing mengirimimu foto telanjang siapa pun, itu juga tidak oke. Laporkan dia dan ceritakan ke seseorang.
# Card 4: you can say no; not your fault.
card-you-can-say-no =
    Tidak ada yang berhak menekanmu untuk mengirim foto. Bukan gebetan, pacar, teman, atau orang asing.
    Kamu boleh menolak, walaupun sebelumnya kamu pernah mengirim. Sekali bilang ya tidak pernah berarti ya lagi.
    Kalau fotomu disebarkan tanpa persetujuanmu, itu bukan salahmu. Orang yang menyebarkannya itulah yang salah, walaupun kamu yang mengirim foto itu kepadanya.
    Kamu tidak menyebabkan ini, dan kamu bisa mendapat bantuan.
# Card 5: Take It Down, reporting, and who to talk to.
card-getting-it-removed =
    Laporkan postingannya di aplikasi. Foto telanjang anak di bawah 18 tahun melanggar aturan aplikasi, dan aplikasi seharusnya menghapusnya.
    Take It Down (takeitdown.ncmec.org) adalah layanan gratis dari NCMEC. Layanan ini membantu menghapus foto telanjang anak di bawah 18 tahun dari aplikasi yang ikut serta.
    Take It Down membuat hash, semacam sidik jari digital, dari foto itu di perangkatmu sendiri. Hanya hash yang dikirim, fotonya tidak pernah dikirim.
    Bicaralah dengan orang dewasa yang kamu percaya. Atau ketuk tombol Bantuan untuk mencari orang di negaramu yang bisa membantu.

# Question: single choice about posting a funny photo of a friend.
q-funny-photo = Kamu punya foto lucu seorang teman. Apa yang sebaiknya kamu lakukan sebelum mempostingnya?
    .hint = Wajah siapa yang ada di foto itu?
    .explanation = Tanya dulu. Foto seseorang sebagian adalah miliknya. Kalau dia bilang tidak, atau berubah pikiran nanti, hormati itu.
# Answer option (right).
q-funny-photo-ask-them-first = Tanya dia apakah boleh diposting.
    .feedback = Betul. "Boleh kuposting nggak?" yang singkat menunjukkan rasa hormat, dan kebanyakan teman akan bilang ya atau memberi tahu foto mana yang mereka suka.
# Answer option (wrong).
q-funny-photo-post-then-delete = Posting, lalu hapus kalau dia kesal.
    .feedback = Belum tepat. Saat itu orang mungkin sudah melihat atau menyimpannya. Bertanya dulu lebih mudah untuk kalian berdua.
# Answer option (wrong).
q-funny-photo-tag-them = Tandai dia supaya dia tahu fotonya sudah diposting.
    .feedback = Belum tepat. Menandai memberi tahu dia setelah fotonya diposting. Persetujuan artinya bertanya sebelumnya.

# Question: a scenario about a private image in a group chat.
q-group-chat-image = Apa yang bisa kamu lakukan soal foto itu?
    .situation = Di sebuah grup chat, seseorang memposting foto pribadi seorang cewek seangkatanmu. Orang-orang mulai mengirim emoji tertawa. Ada yang bilang, "Kirim ke grup sebelah."
    .hint = Pikirkan cewek yang ada di foto itu. Apa yang bisa menghentikan penyebarannya?
    .explanation = Tidak membagikannya, melaporkannya, dan bercerita ke orang dewasa tepercaya adalah langkah terbaik. Menghapusnya dan keluar dari grup juga bagus. Meneruskannya menyebarkan lukanya. Meneruskan atau menyimpannya bisa jadi tindak pidana.
# Action (best).
q-group-chat-image-dont-share-report-tell = Tidak membagikannya. Melaporkannya di aplikasi, menghapusnya, dan bercerita ke orang dewasa yang kupercaya.
    .feedback = Langkah terbaik. Kamu membantu menghentikan penyebarannya, dan orang dewasa bisa membantu agar foto itu dihapus. Menerimanya bukan salahmu, dan kamu sudah benar karena bercerita.
# Action (also good).
q-group-chat-image-delete-and-leave-chat = Menghapusnya dan keluar dari grup.
    .feedback = Langkah yang bagus. Kamu tidak ikut menyebarkannya. Melaporkannya dan bercerita ke orang dewasa juga akan lebih membantunya.
# Action (not helpful).
q-group-chat-image-forward-to-warn = Meneruskannya ke cewek itu supaya dia tahu fotonya beredar.
    .feedback = Belum tepat. Mengirimnya lagi, walaupun ke dia, tetap menyebarkannya. Beri tahu dia dengan kata-kata yang baik, dan ceritakan ke orang dewasa.
# Action (not helpful).
q-group-chat-image-save-just-in-case = Menyimpan salinannya, jaga-jaga kalau ada yang butuh bukti.
    .feedback = Belum tepat. Menyimpan salinannya bisa jadi tindak pidana, dan kamu tidak membutuhkannya untuk melapor. Laporkan, lalu hapus.

# Question: choose all that apply, about why not to forward.
q-why-not-forward = Mengapa kamu tidak boleh meneruskan foto telanjang atau foto pribadi seseorang? Pilih semua yang cocok.
    .hint = Pikirkan orang di foto itu, hukum, dan apa yang terjadi setelah kamu menekan kirim.
    .explanation = Itu menyakiti orangnya, bisa jadi tindak pidana, dan begitu terkirim, foto itu bisa menyebar di luar kendali siapa pun. Siapa yang pertama kali mengirim atau seberapa jauh foto itu sudah tersebar tidak mengubah hal itu.
# Answer option (right reason).
q-why-not-forward-hurts-the-person = Itu menyakiti orang yang ada di foto.
    .feedback = Ya. Setiap kali dibagikan, lukanya bertambah.
# Answer option (right reason).
q-why-not-forward-can-be-a-crime = Di banyak tempat, itu bisa jadi tindak pidana.
    .feedback = Ya. Menyebarkan foto telanjang orang di bawah 18 tahun adalah tindak pidana di banyak negara.
# Answer option (right reason).
q-why-not-forward-spreads-fast = Begitu kamu mengirimnya, kamu tidak bisa mengendalikan ke mana foto itu pergi.
    .feedback = Ya. Satu kali diteruskan bisa jadi ratusan salinan.
# Answer option (not a reason to share).
q-why-not-forward-fine-if-already-out = Tidak apa-apa kalau sudah banyak orang yang punya.
    .feedback = Belum tepat. Setiap kali dibagikan lagi tetap menyakitinya. Kamu bisa jadi orang yang menghentikannya.
# Answer option (not a reason to share).
q-why-not-forward-fine-if-they-sent-it = Tidak apa-apa kalau dia sendiri yang pertama kali mengirimnya ke seseorang.
    .feedback = Belum tepat. Mengirim ke satu orang bukan berarti setuju dikirim ke semua orang.

# Question: put the steps in order.
q-received-steps = Seseorang mengirimimu foto telanjang teman sekelas. Urutkan langkah-langkah ini. (Ceritakan ke orang dewasa yang kamu percaya kapan saja.)
    .hint = Langkah mana yang butuh pesannya masih ada?
    .explanation = Hentikan dulu penyebarannya. Laporkan selagi pesannya masih ada, supaya aplikasi bisa bertindak. Lalu hapus, dan bersihkan dari "baru saja dihapus" supaya tidak ada salinan yang tersisa.
# Step 1.
q-received-steps-dont-forward = Jangan diteruskan atau ditunjukkan ke siapa pun
    .feedback = Pertama, pastikan foto itu berhenti di kamu. Itu melindungi teman sekelasmu.
# Step 2.
q-received-steps-report-it = Laporkan pesan atau akunnya di aplikasi
    .feedback = Laporkan selagi kamu masih bisa melihatnya, supaya aplikasi bisa bertindak.
# Step 3.
q-received-steps-delete-it = Hapus fotonya
    .feedback = Lalu hapus. Kamu tidak perlu menyimpannya.
# Step 4.
q-received-steps-empty-deleted-folder = Bersihkan dari folder "baru saja dihapus"
    .feedback = Terakhir, bersihkan juga dari sana, supaya tidak ada salinan yang tersisa di HP-mu.

# Question: true or false about saying no after saying yes before.
q-said-yes-before = Kalau sebelumnya kamu pernah mengirim foto ke seseorang, kamu tetap boleh menolak lain kali.
    .hint = Apakah sekali bilang ya berarti ya selamanya?
    .explanation = Benar. Persetujuan harus diminta setiap kali. Kamu boleh menolak sekarang, apa pun yang kamu lakukan sebelumnya.
# Feedback if the teen picks "true" (right).
q-said-yes-before-true =
    .feedback = Betul. Kamu boleh menolak kapan saja. Orang yang terus memaksa tidak menghormatimu.
# Feedback if the teen picks "false" (wrong).
q-said-yes-before-false =
    .feedback = Belum tepat. Sekali mengirim tidak pernah berarti kamu harus mengirim lagi. Kamu selalu boleh menolak.

# Question: true or false about blame. The right answer is "false".
q-blame-for-sending = Kalau seseorang menyebarkan foto pribadimu tanpa persetujuan, kamu ikut bersalah karena sudah mengirimnya.
    .hint = Siapa yang memilih untuk membagikannya ke orang lain?
    .explanation = Salah. Itu bukan salahmu. Orang yang menyebarkannya tanpa persetujuanmu itulah yang salah. Kamu bisa mendapat bantuan untuk menghapusnya.
# Feedback if the teen picks "true" (wrong).
q-blame-for-sending-true =
    .feedback = Belum tepat. Itu bukan salahmu, walaupun kamu yang mengirimnya kepadanya. Dia yang memilih untuk menyebarkannya. Kamu bisa melaporkannya dan mendapat bantuan.
# Feedback if the teen picks "false" (right).
q-blame-for-sending-false =
    .feedback = Betul. Yang salah adalah orang yang menyebarkannya. Laporkan, ceritakan ke orang yang kamu percaya, dan coba Take It Down.

# Question: single choice about how Take It Down works.
q-take-it-down-how = Bagaimana Take It Down menjaga fotomu tetap pribadi?
    .hint = Pikirkan apa yang dibutuhkan aplikasi untuk mengenali salinan tanpa melihatnya.
    .explanation = Take It Down membuat hash, semacam sidik jari digital, di perangkatmu sendiri. Hanya hash yang dikirim. Aplikasi yang ikut serta memakainya untuk menemukan dan menghapus salinannya.
# Answer option (right).
q-take-it-down-how-hash-leaves = Hanya sidik jari digital (hash) yang keluar dari perangkatmu.
    .feedback = Betul. Fotonya tetap bersamamu. Hash sudah cukup untuk menemukan salinannya.
# Answer option (wrong).
q-take-it-down-how-image-uploaded = Kamu mengunggah fotonya supaya petugas bisa memeriksanya.
    .feedback = Belum tepat. Kamu tidak pernah mengirim fotonya. Hanya hash yang keluar dari perangkatmu.
# Answer option (wrong).
q-take-it-down-how-police-told = Namamu dikirim ke polisi.
    .feedback = Belum tepat. Take It Down tidak butuh namamu. Hanya hash yang dikirim.

# Question: a scenario about pressure to send an image.
q-pressure-to-send = Apa yang bisa kamu lakukan?
    .situation = Sudah beberapa minggu kamu chatting dengan orang yang kamu suka. Dia mengirim pesan: "Semua orang juga gitu. Aku juga mau kirim ke kamu. Kalau kamu peduli, kamu pasti mau kirim foto."
    .hint = Apakah peduli pada seseorang berarti menuruti apa yang dia paksakan?
    .explanation = Menolak dengan jelas adalah langkah terbaik. Berhenti membalas dan bercerita ke orang yang kamu percaya juga bagus. "Kalau kamu peduli" adalah tekanan, dan orang yang peduli menerima jawaban tidak.
# Action (best).
q-pressure-to-send-say-no-clearly = Menolak. "Aku nggak mau kirim itu." Aku tidak berutang foto pada siapa pun.
    .feedback = Langkah terbaik. Penolakan yang jelas sudah cukup. Kamu tidak perlu memberi alasan.
# Action (also good).
q-pressure-to-send-leave-and-tell = Berhenti membalas dan bercerita ke orang yang kupercaya.
    .feedback = Langkah yang bagus. Kamu tidak harus menghadapi tekanan sendirian. Kalau terus berlanjut, kamu bisa memblokir dan melaporkannya.
# Action (not helpful).
q-pressure-to-send-send-to-keep-them = Mengirim satu supaya dia tidak kehilangan minat.
    .feedback = Belum tepat. Orang yang layak dipertahankan tidak akan memaksamu. Kamu boleh menolak, dan kalau kamu sudah telanjur mengirim, kamu tetap bisa mendapat bantuan.
# Action (not helpful).
q-pressure-to-send-send-without-face = Mengirim foto yang tidak memperlihatkan wajahku.
    .feedback = Belum tepat. Foto tetap bisa disebarkan dan dikaitkan denganmu. Lagi pula, kamu tidak pernah harus mengirim foto sama sekali.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan: seperti apa persetujuan saat membagikan foto teman? Mengapa foto pribadi menyebar begitu cepat, dan apa yang bisa dilakukan satu orang di grup chat untuk menghentikannya? Ingatkan kelompok bahwa itu sama sekali bukan salah orang yang ada di foto.
