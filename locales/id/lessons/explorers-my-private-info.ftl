# SafeSteps — MIT OR Apache-2.0

### Lesson: My private information (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words.

# Lesson name on the lesson card.
lesson-title = Hal-hal pribadiku
# One line under the lesson name.
lesson-summary = Ada hal tentang kamu yang cuma untukmu dan orang dewasa yang menjagamu. Yuk, cari tahu apa saja.

# Card 1: what private information is.
card-private-things =
    Ada hal tentang kamu yang cuma untukmu dan orang dewasa yang menjagamu.
    Alamat rumahmu salah satunya.
    Nomor HP-mu juga.
    Kata sandimu juga.
    Semua itu namanya hal pribadi.
    .together = Tanyakan: "Apa saja hal pribadi tentang kamu?" Jawaban yang bagus: alamat rumah, nomor HP, kata sandi.
# Card 2: games and chat on a tablet or phone.
card-games-and-chats =
    Main game dan chat itu seru!
    Kadang game atau chat bertanya di mana rumahmu.
    Atau di mana sekolahmu.
    Kamu tidak harus menjawab.
    .together = Tanyakan: "Kamu bisa bilang apa kalau game bertanya di mana rumahmu?" Jawaban yang bagus: "Aku tidak harus bilang," lalu bertanya kepada Anda.
# Card 3: check with a grown-up before sharing.
card-ask-first =
    Tidak yakin boleh membagikan sesuatu?
    Berhenti dulu, lalu tanya orang dewasa yang kamu percaya.
    Bertanya itu selalu boleh.
    .together = Katakan kepada anak Anda: "Kamu selalu boleh bertanya kepadaku, walaupun aku kelihatan sibuk." Latih anak bertanya kepada Anda sekali.
# Card 4: who to tell; never the child's fault.
card-tell-someone =
    Ada yang terasa tidak beres di internet?
    Itu bukan salahmu.
    Ceritakan kepada orang dewasa yang kamu percaya.
    Mereka tidak akan marah kepadamu.
    Ketuk tombol Bantuan untuk mencari orang yang bisa diajak bicara.
    .together = Tanyakan: "Pernahkah ada sesuatu di internet yang terasa tidak beres?" Kalau anak Anda menceritakan hal yang mengkhawatirkan, tetap tenang, ucapkan terima kasih, dan katakan bahwa itu bukan salahnya.

# Question: a single choice about a home address.
q-address = Sebuah game bertanya, "Di mana rumahmu?" Apa yang kamu lakukan?
    .hint = Pikirkan siapa saja yang perlu tahu di mana rumahmu.
    .explanation = Alamat rumahmu itu pribadi. Simpan untukmu dan orang dewasa yang menjagamu.
# Answer option (right).
q-address-keep-it = Jangan ketik. Bilang ke orang dewasa.
    .feedback = Ya! Alamatmu itu pribadi. Orang dewasa yang kamu percaya bisa membantu.
# Answer option (wrong).
q-address-type-it = Ketik alamatnya di game.
    .feedback = Belum tepat. Alamat rumahmu itu pribadi. Simpan untukmu dan orang dewasa yang menjagamu.
# Answer option (wrong).
q-address-say-it-loud = Sebutkan di obrolan suara.
    .feedback = Belum tepat. Mengucapkannya juga berarti membagikannya. Simpan alamatmu untukmu dan orang dewasa yang menjagamu.

# Question: sort things into two groups.
q-share-or-keep = Masukkan setiap hal ke kotak yang cocok.
    .hint = Apakah itu bisa membantu orang menemukanmu, atau masuk ke game-mu?
    .explanation = Warna dan hewan itu seru untuk dibagikan. Alamat rumahmu itu pribadi. Kata sandi dan sekolahmu juga.
# Group name.
q-share-or-keep-okay-to-share = Boleh dibagikan
# Group name.
q-share-or-keep-keep-private = Simpan sendiri
# Item to sort (okay to share).
q-share-or-keep-favourite-colour = Warna kesukaanku
    .feedback = Warna kesukaanmu seru untuk dibagikan. Itu tidak memberi tahu orang di mana kamu berada.
# Item to sort (keep private).
q-share-or-keep-home-address = Alamat rumahku
    .feedback = Alamat rumahmu itu pribadi. Alamat memberi tahu orang di mana bisa menemukanmu.
# Item to sort (keep private).
q-share-or-keep-password = Kata sandiku
    .feedback = Kata sandimu itu pribadi. Kata sandi menjaga game dan barang-barangmu tetap aman.
# Item to sort (okay to share).
q-share-or-keep-favourite-animal = Hewan kesukaanku
    .feedback = Hewan kesukaanmu seru untuk dibagikan. Itu tidak memberi tahu orang di mana kamu berada.
# Item to sort (keep private).
q-share-or-keep-school-name = Nama sekolahku
    .feedback = Nama sekolahmu itu pribadi. Nama sekolah memberi tahu orang di mana kamu berada pada siang hari.

# Question: true or false about sharing a password with friends.
q-password-for-friends = Boleh kok memberi tahu kata sandiku ke teman.
    .hint = Siapa yang boleh tahu kata sandimu?
    .explanation = Kata sandimu cuma untukmu dan orang dewasa yang menjagamu. Teman baik pun tidak perlu tahu.
# Feedback if the child picks "true" (wrong).
q-password-for-friends-true =
    .feedback = Belum tepat. Teman itu menyenangkan. Tapi kata sandimu cuma untukmu dan orang dewasa yang menjagamu.
# Feedback if the child picks "false" (right).
q-password-for-friends-false =
    .feedback = Ya! Kata sandimu cuma untukmu dan orang dewasa yang menjagamu.

# Question: a single choice about a game asking for the child's school.
q-game-asks-school = Teman baru di game bertanya, "Kamu sekolah di mana?" Apa yang kamu lakukan?
    .hint = Apakah nama sekolahmu itu pribadi?
    .explanation = Nama sekolahmu itu pribadi. Tanya dulu orang dewasa yang kamu percaya.
# Answer option (right).
q-game-asks-school-ask-a-grown-up = Jangan jawab dulu. Tanya orang dewasa.
    .feedback = Ya! Bertanya kepada orang dewasa itu ide bagus. Mereka bisa membantumu memilih apa yang harus dilakukan.
# Answer option (wrong).
q-game-asks-school-tell-them = Kasih tahu saja. Dia kan teman.
    .feedback = Belum tepat. Teman di game bisa seru, tapi sekolahmu itu pribadi. Tanya dulu orang dewasa.
# Answer option (wrong).
q-game-asks-school-make-it-a-secret = Kasih tahu, lalu jadikan rahasia.
    .feedback = Belum tepat. Rahasia yang terasa aneh itu harus diceritakan. Tanya dulu orang dewasa.

# Question: true or false about telling a grown-up after a mistake.
q-told-by-mistake = Melakukan kesalahan di internet? Kamu tetap bisa cerita ke orang dewasa.
    .hint = Apakah orang dewasa tetap bisa membantumu?
    .explanation = Ya. Semua orang pernah salah. Kamu selalu bisa minta tolong, walaupun sudah lama. Orang dewasa ingin membantu.
# Feedback if the child picks "true" (right).
q-told-by-mistake-true =
    .feedback = Ya! Kamu selalu boleh cerita. Orang dewasa yang kamu percaya akan membantumu.
# Feedback if the child picks "false" (wrong).
q-told-by-mistake-false =
    .feedback = Belum tepat. Kamu selalu boleh cerita ke orang dewasa, walaupun sesudah berbuat salah. Mereka ingin membantu.

# Question: a single choice about a game friend offering a gift for the child's address.
q-gift-for-address = Teman di game bilang, "Kasih tahu rumahmu di mana. Nanti aku kirim hadiah!" Apa yang kamu lakukan?
    .hint = Apakah alamat rumahmu tetap pribadi, walaupun ada hadiah?
    .explanation = Alamat rumahmu itu pribadi, walaupun ada yang bilang mau mengirim hadiah. Bilang tidak, lalu ceritakan kepada orang dewasa yang kamu percaya.
# Answer option (right).
q-gift-for-address-say-no-and-tell = Bilang tidak, lalu cerita ke orang dewasa.
    .feedback = Ya! Alamat rumahmu itu pribadi. Orang dewasa yang kamu percaya bisa membantu.
# Answer option (wrong).
q-gift-for-address-tell-for-the-gift = Kasih tahu, supaya dapat hadiah.
    .feedback = Belum tepat. Hadiah memang menyenangkan, tapi alamat rumahmu itu pribadi. Bilang tidak, lalu cerita ke orang dewasa.
# Answer option (wrong).
q-gift-for-address-tell-and-keep-secret = Kasih tahu, lalu jadikan rahasia.
    .feedback = Belum tepat. Alamat rumahmu itu pribadi. Dan rahasia seperti ini harus diceritakan ke orang dewasa.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Tanyakan kepada anak Anda: "Apa saja hal pribadi tentang kamu?" Lalu buat daftar bersama berisi orang dewasa yang bisa ia beri tahu kalau ada game atau chat yang menanyakan hal pribadi.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Di rumah, sebutkan bersama hal-hal pribadi keluarga (alamat, nomor HP, dan kata sandi) dan sepakati bahwa semua itu tetap di dalam keluarga. Kata sandi dipegang oleh orang dewasa.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Minta kelompok menyebutkan hal-hal yang seru untuk dibagikan dan hal-hal yang perlu dirahasiakan. Mengapa perbedaannya penting? Kepada siapa mereka bisa bertanya sebelum membagikan sesuatu?
