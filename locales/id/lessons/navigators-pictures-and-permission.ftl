# SafeSteps — MIT OR Apache-2.0

### Lesson: Pictures and permission (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Name actions and feelings; never describe images or abuse.

# Lesson name on the lesson card.
lesson-title = Foto dan izin
# One line under the lesson name.
lesson-summary = Belajar minta izin sebelum memposting, berpikir sebelum membagikan, dan apa yang harus dilakukan kalau ada yang meminta fotomu.

# Card 1: ask before posting photos of other people.
card-ask-first =
    Foto dan video adalah cara seru untuk berbagi kegiatanmu.
    Tapi sebelum memposting foto temanmu, tanya dia dulu.
    Ada orang yang tidak mau fotonya ada di internet, dan itu tidak apa-apa.
    Kalau dia bilang tidak, jangan diposting.
    Ini juga berlaku untuk foto bersama dan video lucu.
# Card 2: think before sharing your own photos.
card-think-before-sharing =
    Sebelum memposting fotomu sendiri, berhenti dan pikir dulu.
    Siapa yang bisa melihatnya? Apakah foto itu menunjukkan sekolahmu, jalan rumahmu, atau tempatmu berada?
    Begitu foto ada di internet, orang bisa menyalin dan membagikannya.
    Kamu tidak selalu bisa menariknya kembali.
    Ragu? Tanya orang dewasa yang kamu percaya.
# Card 3: never share someone else's private picture.
card-private-pictures =
    Ada foto yang bersifat pribadi, atau hanya untuk satu orang.
    Jangan pernah membagikan foto pribadi orang lain. Jangan diteruskan, diposting, atau ditunjukkan ke orang-orang.
    Membagikannya bisa sangat menyakiti orang itu.
    Kalau ada yang mengirimimu foto seperti itu, jangan disimpan atau diteruskan. Ceritakan ke orang dewasa yang kamu percaya.
# Card 4: if someone asks for pictures: say no and tell.
card-if-someone-asks =
    Mungkin ada yang meminta foto yang membuatmu ragu.
    Bisa orang asing, teman online, atau orang yang kamu kenal.
    Kamu selalu boleh menolak. Tidak ada yang boleh meminta foto anak tanpa pakaian.
    Menyuruhmu merahasiakannya juga tanda waspada.
    Tolak, berhenti membalas, dan ceritakan ke orang dewasa yang kamu percaya.
# Card 5: not the child's fault; help is there; Help screen.
card-not-your-fault =
    Kalau ada yang memaksamu mengirim foto, atau menyebarkan fotomu, itu bukan salahmu.
    Kamu tetap bisa mendapat bantuan, walaupun sebelumnya kamu sudah mengirim sesuatu.
    Ceritakan ke orang dewasa yang kamu percaya. Mereka bisa membantumu melaporkannya dan membuatnya dihapus.
    Kamu juga bisa mengetuk Bantuan untuk mencari orang yang bisa diajak bicara.

# Question: single choice about posting a photo of friends.
q-lunch-photo = Kamu memotret teman-temanmu saat makan siang, dan fotonya lucu. Kamu mau mempostingnya. Apa yang sebaiknya kamu lakukan dulu?
    .hint = Itu foto siapa? Siapa yang berhak memilih?
    .explanation = Tanya semua orang yang ada di foto sebelum kamu mempostingnya. Kalau ada yang bilang tidak, jangan diposting.
# Answer option (right).
q-lunch-photo-ask-everyone = Tanya semua orang di foto apakah boleh.
    .feedback = Ya! Semua orang di foto berhak bersuara. Kalau satu orang bilang tidak, jangan diposting.
# Answer option (wrong).
q-lunch-photo-post-and-tag = Posting dan tandai mereka supaya mereka melihatnya.
    .feedback = Belum tepat. Menandai tidak sama dengan bertanya. Tanya dulu.
# Answer option (wrong).
q-lunch-photo-post-then-delete = Posting, lalu hapus kalau ada yang kesal.
    .feedback = Belum tepat. Saat itu, orang mungkin sudah melihat atau menyimpannya. Tanya dulu.

# Question: true or false about posting after a friend says no.
q-friend-says-no = Kalau teman bilang tidak, boleh saja tetap memposting fotonya kalau fotonya bagus.
    .hint = Siapa yang berhak memilih kalau foto itu menunjukkan temanmu?
    .explanation = Temanmu berhak memilih apa yang diposting tentang dirinya. Kalau dia bilang tidak, jangan diposting.
# Feedback if the child picks "true" (wrong).
q-friend-says-no-true =
    .feedback = Belum tepat. Foto yang bagus pun perlu izin. Kalau temanmu bilang tidak, jangan diposting.
# Feedback if the child picks "false" (right).
q-friend-says-no-false =
    .feedback = Ya! Tidak artinya tidak, walaupun fotonya keren. Begitulah cara menunjukkan rasa hormat.

# Question: a scenario. The situation is shown first, then the question.
q-group-chat-photo = Apa yang bisa kamu lakukan?
    .situation = Seseorang di grup chat kelasmu mengirim foto pribadi seorang teman sekelas. Orang-orang mengirim emoji tertawa.
    .hint = Bagaimana kira-kira perasaan teman sekelas itu? Siapa yang bisa membantu menghentikannya?
    .explanation = Jangan diteruskan. Ceritakan ke orang dewasa yang kamu percaya, dan laporkan di aplikasinya. Menanyakan kabar teman sekelasmu juga membantu. Membagikannya atau ikut tertawa makin menyakitinya.
# Action (best).
q-group-chat-photo-dont-share-tell-adult = Tidak meneruskannya. Bercerita ke orang dewasa yang kamu percaya.
    .feedback = Pilihan terbaik! Orang dewasa bisa membantu agar foto itu dihapus. Tidak ada yang boleh menyalahkanmu karena bercerita.
# Action (also good).
q-group-chat-photo-report-and-check-in = Melaporkan foto itu di aplikasi, dan bertanya ke teman sekelasmu apakah ia baik-baik saja.
    .feedback = Pilihan yang bagus. Melapor itu membantu, dan kebaikanmu berarti. Ceritakan juga ke orang dewasa.
# Action (not helpful).
q-group-chat-photo-send-it-on = Mengirimnya ke teman untuk minta pendapatnya.
    .feedback = Belum tepat. Meneruskannya membuat foto itu makin tersebar. Jangan diteruskan. Ceritakan ke orang dewasa yang kamu percaya.
# Action (not helpful).
q-group-chat-photo-laugh-along = Mengirim emoji tertawa supaya tidak dianggap beda.
    .feedback = Belum tepat. Memang bisa terasa sulit untuk tidak ikut-ikutan. Tapi ikut tertawa bisa makin menyakiti teman sekelasmu.

# Question: a scenario. The situation is shown first, then the question.
q-nico-asked = Apa yang bisa Nico lakukan?
    .situation = Nico, 11 tahun, sudah berminggu-minggu mengobrol dengan pemain bernama Max. Max bilang, "Kirimi aku fotomu. Cuma buat aku. Jangan bilang siapa-siapa."
    .hint = Cari tanda waspadanya. Bolehkah Nico menolak?
    .explanation = Meminta foto dan meminta rahasia adalah tanda waspada. Nico boleh menolak dan bercerita ke orang dewasa yang ia percaya. Memblokir dan melaporkan Max juga membantu.
# Action (best).
q-nico-asked-say-no-tell-adult = Menolak. Bercerita ke orang dewasa yang ia percaya.
    .feedback = Pilihan terbaik! Nico selalu boleh menolak. Orang dewasa bisa membantunya melaporkan Max dan tetap aman.
# Action (also good).
q-nico-asked-stop-block-report = Berhenti membalas. Menyimpan chat-nya, lalu memblokir dan melaporkan Max.
    .feedback = Pilihan yang bagus. Menyimpan chat membantu saat melapor. Bercerita juga ke orang dewasa akan lebih baik lagi.
# Action (not helpful).
q-nico-asked-send-face-only = Mengirim foto wajahnya saja.
    .feedback = Belum tepat. Max meminta Nico merahasiakannya. Itu tanda waspada. Nico boleh menolak.
# Action (not helpful).
q-nico-asked-send-to-keep-friend = Mengirimnya supaya Max tetap jadi temannya.
    .feedback = Belum tepat. Teman sungguhan menerima jawaban tidak. Nico boleh menolak dan bercerita ke orang dewasa.

# Question: multiple choice, "choose all that apply".
q-before-you-post = Sebelum memposting fotomu sendiri, apa saja yang sebaiknya diperiksa? Pilih semua yang cocok.
    .hint = Hal mana yang bisa membantu orang menemukanmu?
    .explanation = Periksa apakah ada logo sekolah, jalan atau rumahmu, tanda lokasi, dan siapa yang bisa melihat postingannya. Jumlah like dan filter tidak mengubah keamananmu.
# Answer option (good to check).
q-before-you-post-school-logo = Apakah orang bisa melihat logo sekolahku?
    .feedback = Perlu diperiksa. Logo bisa menunjukkan di mana kamu bersekolah.
# Answer option (good to check).
q-before-you-post-street-or-house = Apakah orang bisa melihat jalan atau rumahku?
    .feedback = Perlu diperiksa. Papan nama jalan atau rumah bisa menunjukkan di mana kamu tinggal.
# Answer option (good to check).
q-before-you-post-who-can-see = Siapa yang bisa melihat postingan ini?
    .feedback = Perlu diperiksa. Batasi untuk orang yang kamu kenal di dunia nyata.
# Answer option (good to check).
q-before-you-post-location-tag = Apakah lokasiku ikut ditandai?
    .feedback = Perlu diperiksa. Tanda lokasi menunjukkan di mana kamu berada. Matikan.
# Answer option (not about safety).
q-before-you-post-how-many-likes = Apakah fotonya akan dapat banyak like?
    .feedback = Belum tepat. Like memang seru, tapi tidak membuatmu aman.
# Answer option (not about safety).
q-before-you-post-coolest-filter = Filter mana yang paling keren?
    .feedback = Belum tepat. Filter terserah kamu. Filter tidak mengubah siapa yang bisa melihat fotonya.

# Question: true or false about photos being copied.
q-copied-and-shared = Begitu foto ada di internet, orang bisa menyalin dan membagikannya.
    .hint = Pikirkan soal screenshot.
    .explanation = Ya. Orang bisa mengambil screenshot atau menyimpan foto. Karena itu, sebaiknya pikir dulu sebelum memposting.
# Feedback if the child picks "true" (right).
q-copied-and-shared-true =
    .feedback = Ya! Screenshot cuma butuh sedetik. Jadi pikir dulu sebelum memposting.
# Feedback if the child picks "false" (wrong).
q-copied-and-shared-false =
    .feedback = Belum tepat. Walaupun kamu menghapus foto, mungkin sudah ada yang menyimpannya lebih dulu.

# Question: sort photos into three groups.
q-post-ask-or-never = Masukkan setiap foto ke kelompok yang cocok.
    .hint = Siapa yang ada di foto? Apakah foto itu dimaksudkan untuk pribadi?
    .explanation = Gambar buatanmu sendiri atau matahari terbenam boleh diposting. Foto teman perlu izin dulu. Foto pribadi orang lain tidak pernah boleh kamu bagikan.
# Group name.
q-post-ask-or-never-okay-to-post = Boleh diposting
# Group name.
q-post-ask-or-never-ask-first = Tanya dulu
# Group name.
q-post-ask-or-never-never-share = Jangan pernah dibagikan
# Item to sort (okay to post).
q-post-ask-or-never-my-drawing = Foto gambar buatanku
    .feedback = Gambar buatanmu sendiri boleh kamu bagikan. Pastikan saja namamu tidak tertulis di situ.
# Item to sort (okay to post).
q-post-ask-or-never-sunset = Foto matahari terbenam
    .feedback = Matahari terbenam boleh diposting. Pastikan saja lokasinya mati.
# Item to sort (ask first).
q-post-ask-or-never-friend-at-party = Temanku di sebuah pesta
    .feedback = Tanya dulu. Temanmu berhak memilih apakah fotonya diposting.
# Item to sort (ask first).
q-post-ask-or-never-team-photo = Timku setelah pertandingan
    .feedback = Tanya dulu. Semua orang di foto berhak bersuara.
# Item to sort (never share).
q-post-ask-or-never-photo-sent-just-to-me = Foto yang dikirim seseorang khusus untukku
    .feedback = Jangan pernah dibagikan. Foto itu hanya untukmu.
# Item to sort (never share).
q-post-ask-or-never-classmate-private-photo = Foto pribadi teman sekelas
    .feedback = Jangan pernah dibagikan. Itu bisa sangat menyakitinya. Ceritakan ke orang dewasa yang kamu percaya.

# Question: true or false about getting help after sending a photo. The right answer is "true".
q-sent-before = Kalau kamu sudah pernah mengirim foto, kamu tetap boleh menolak mengirim lagi dan mendapat bantuan.
    .hint = Apakah sekali bilang iya berarti kamu harus selalu bilang iya?
    .explanation = Kamu boleh menolak kapan saja. Itu bukan salahmu, dan orang dewasa yang kamu percaya bisa membantu. Kamu juga bisa mengetuk Bantuan.
# Feedback if the child picks "true" (right).
q-sent-before-true =
    .feedback = Ya! Kamu selalu boleh menolak. Kamu selalu bisa bercerita ke seseorang, walaupun sudah lama berlalu.
# Feedback if the child picks "false" (wrong).
q-sent-before-false =
    .feedback = Belum tepat. Kamu boleh menolak kapan saja. Itu bukan salahmu, dan bantuan selalu ada.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan: bagaimana perasaanmu kalau ada yang memposting fotomu tanpa bertanya? Apa yang bisa kamu katakan kepada teman yang mau menyebarkan foto pribadi orang lain? Siapa yang bisa membantu kalau ada yang meminta fotomu?
