# SafeSteps — MIT OR Apache-2.0

### Lesson: Personal info and passwords (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Keep sentences short. Teach skills, not fear.

# Lesson name on the lesson card.
lesson-title = Info pribadi dan kata sandi
# One line under the lesson name.
lesson-summary = Pelajari info apa yang perlu dirahasiakan, cara membuat kata sandi yang kuat, dan apa yang harus dilakukan kalau akunmu diambil orang.

# Card 1: what personal info is.
card-what-is-personal-info =
    Info pribadi adalah apa saja yang menunjukkan siapa kamu atau di mana kamu bisa ditemukan.
    Misalnya nama lengkapmu, alamat rumahmu, dan nomor HP-mu.
    Juga nama sekolahmu, dan di mana kamu berada saat ini.
    Foto kamu memakai seragam sekolah juga bisa menunjukkan sekolahmu.
    Simpan semua itu untuk orang yang kamu kenal dan percaya di dunia nyata.
# Card 2: people in games and chat may ask for personal info.
card-games-and-chat =
    Game dan aplikasi chat itu seru. Kadang orang di sana bertanya di mana rumahmu atau di mana sekolahmu.
    Kamu tidak harus menjawab. Boleh kok bilang tidak.
    Pakai nama panggilan, bukan nama aslimu.
    Biarkan fitur lokasimu tetap mati.
    Ragu? Tanya dulu orang dewasa yang kamu percaya.
# Card 3: strong passwords and passphrases.
card-strong-passwords =
    Kata sandi yang kuat itu panjang dan sulit ditebak.
    Coba pakai frasa sandi. Pilih empat kata acak, misalnya "katak bulan kue bedug".
    Lalu buat sendiri. Jangan pakai contoh ini.
    Jangan pakai namamu, nama hewan peliharaanmu, atau tanggal lahirmu. Orang bisa menebaknya.
    Pakai kata sandi baru untuk setiap aplikasi atau game.
    Orang dewasa yang kamu percaya bisa membantumu mengingat semuanya.
# Card 4: never share passwords, even with friends.
card-keep-it-yours =
    Kata sandimu cuma untukmu dan orang dewasa yang mengasuhmu.
    Jangan bagikan, bahkan ke sahabatmu.
    Teman bisa bertengkar. Dan teman bisa saja tidak sengaja memberi tahu orang lain.
    Lalu orang lain bisa masuk ke akunmu dan memposting sesuatu seolah-olah kamu.
    Kalau teman meminta, kamu bisa bilang, "Maaf, kata sandiku rahasia."
# Card 5: if an account is taken over; not the child's fault; who to tell.
card-account-taken =
    Ada yang masuk ke akunmu? Mungkin dia mengganti kata sandimu atau memposting atas namamu.
    Itu bukan salahmu.
    Segera ceritakan ke orang dewasa yang kamu percaya. Mereka bisa membantumu mengganti kata sandi, melaporkannya ke aplikasi, dan mendapatkan akunmu kembali.
    Kamu juga bisa mengetuk Bantuan untuk mencari orang yang bisa diajak bicara.

# Question: multiple choice, "choose all that apply".
q-which-is-personal = Mana saja yang termasuk info pribadi? Pilih semua yang cocok.
    .hint = Tanyakan: apakah ini bisa membantu orang menemukanku, atau tahu siapa aku?
    .explanation = Nama lengkap, alamat, dan sekolahmu adalah info pribadi. Begitu juga foto kamu memakai seragam. Game dan makanan kesukaanmu boleh dibagikan.
# Answer option (personal info).
q-which-is-personal-full-name = Nama lengkapku
    .feedback = Nama lengkapmu adalah info pribadi. Pakai nama panggilan di game.
# Answer option (personal info).
q-which-is-personal-home-address = Alamat rumahku
    .feedback = Alamatmu menunjukkan di mana kamu tinggal. Rahasiakan.
# Answer option (personal info).
q-which-is-personal-school-name = Nama sekolahku
    .feedback = Sekolahmu menunjukkan di mana kamu berada pada siang hari. Rahasiakan.
# Answer option (personal info).
q-which-is-personal-uniform-photo = Fotoku memakai seragam sekolah
    .feedback = Seragam bisa menunjukkan di mana kamu bersekolah. Jadi itu juga info pribadi.
# Answer option (not personal info).
q-which-is-personal-favourite-game = Game kesukaanku
    .feedback = Belum tepat. Game kesukaanmu boleh dibagikan. Itu tidak menunjukkan di mana kamu berada.
# Answer option (not personal info).
q-which-is-personal-favourite-food = Makanan kesukaanku
    .feedback = Belum tepat. Makanan kesukaanmu boleh dibagikan. Itu tidak menunjukkan siapa kamu.

# Question: single choice about the strongest password.
q-strongest-password = Kata sandi mana yang paling kuat?
    .hint = Mana yang paling sulit ditebak orang?
    .explanation = Empat kata acak membuat frasa sandi yang kuat. Panjang dan sulit ditebak, tapi mudah kamu ingat.
# Answer option (right).
q-strongest-password-four-random-words = lampu harimau hujan kaus
    .feedback = Ya! Empat kata acak itu panjang dan sulit ditebak. Jadi frasa sandinya kuat.
# Answer option (wrong).
q-strongest-password-name-and-birthday = Namamu dan tanggal lahirmu
    .feedback = Belum tepat. Banyak orang tahu nama dan tanggal lahirmu. Itu mudah ditebak.
# Answer option (wrong).
q-strongest-password-password-123 = password123
    .feedback = Belum tepat. Ini salah satu kata sandi yang paling banyak dipakai. Sangat mudah ditebak.
# Answer option (wrong).
q-strongest-password-pet-name = Nama hewan peliharaanmu
    .feedback = Belum tepat. Teman dan orang yang melihat postinganmu mungkin tahu nama hewan peliharaanmu. Itu mudah ditebak.

# Question: true or false about sharing a password with a best friend.
q-best-friend-password = Boleh kok memberi tahu kata sandimu ke sahabatmu.
    .hint = Apa yang bisa terjadi kalau kamu dan temanmu bertengkar?
    .explanation = Kata sandimu cuma untukmu dan orang dewasa yang mengasuhmu. Sahabat pun tidak perlu tahu.
# Feedback if the child picks "true" (wrong).
q-best-friend-password-true =
    .feedback = Belum tepat. Sahabat itu berharga. Tapi teman bisa bertengkar, atau tidak sengaja memberi tahu kata sandimu ke orang lain. Rahasiakan.
# Feedback if the child picks "false" (right).
q-best-friend-password-false =
    .feedback = Ya! Kata sandimu cuma untukmu dan orang dewasa yang mengasuhmu. Teman sejati pasti mengerti.

# Question: a scenario. The situation is shown first, then the question.
q-player-asks-school = Apa yang bisa Mia lakukan?
    .situation = Mia, 10 tahun, main game membangun. Seorang pemain yang baru ia kenal minggu lalu bilang, "Kamu sekolah di mana? Pasti aku tahu sekolahnya!"
    .hint = Apakah nama sekolah itu info pribadi? Siapa yang bisa membantu?
    .explanation = Sekolah Mia adalah info pribadi. Ia tidak harus menjawab. Merahasiakannya dan bercerita ke orang dewasa yang ia percaya adalah pilihan terbaik.
# Action (best).
q-player-asks-school-keep-private-tell-adult = Tidak menjawab. Menceritakannya ke orang dewasa yang ia percaya.
    .feedback = Pilihan terbaik! Mia merahasiakan sekolahnya. Orang dewasa yang ia percaya bisa membantu kalau pemain itu terus bertanya.
# Action (also good).
q-player-asks-school-say-no-thanks = Bilang, "Aku tidak membagikan itu," lalu lanjut main.
    .feedback = Pilihan yang bagus. Mia merahasiakan infonya. Kalau pemain itu bertanya lagi, ia bisa bercerita ke orang dewasa dan memblokirnya.
# Action (not helpful).
q-player-asks-school-tell-school = Memberi tahu. Orangnya kelihatan baik.
    .feedback = Belum tepat. Kelihatan baik tidak menunjukkan siapa orang itu sebenarnya. Sekolahnya adalah info pribadi, jadi ia boleh merahasiakannya.
# Action (not helpful).
q-player-asks-school-send-uniform-selfie = Mengirim selfie memakai seragam supaya pemain itu bisa menebak.
    .feedback = Belum tepat. Foto memakai seragam juga menunjukkan sekolahnya. Lebih baik dirahasiakan.

# Question: sort things into two groups.
q-share-or-keep = Masukkan setiap hal ke kelompok yang cocok.
    .hint = Apakah ini bisa membantu orang menemukanmu atau masuk ke akunmu?
    .explanation = Band kesukaanmu dan nama panggilan di game boleh dibagikan. Nomor HP, kata sandi, dan tempatmu berada saat ini harus dirahasiakan.
# Group name.
q-share-or-keep-okay-to-share = Boleh dibagikan
# Group name.
q-share-or-keep-keep-private = Rahasiakan
# Item to sort (okay to share).
q-share-or-keep-favourite-band = Band kesukaanku
    .feedback = Band kesukaanmu seru untuk dibagikan. Itu tidak menunjukkan di mana kamu berada.
# Item to sort (okay to share).
q-share-or-keep-game-nickname = Nama panggilanku di game
    .feedback = Nama panggilan boleh dibagikan. Karena itulah nama panggilan lebih baik daripada nama aslimu.
# Item to sort (keep private).
q-share-or-keep-phone-number = Nomor HP-ku
    .feedback = Dengan nomor HP-mu, orang bisa menelepon atau mengirimimu pesan. Rahasiakan.
# Item to sort (keep private).
q-share-or-keep-my-password = Kata sandiku
    .feedback = Kata sandimu menjaga akunmu tetap aman. Itu cuma untukmu dan orang dewasa yang mengasuhmu.
# Item to sort (keep private).
q-share-or-keep-where-i-am-now = Tempatku berada saat ini
    .feedback = Tempatmu berada saat ini itu pribadi. Info itu bisa membantu orang menemukanmu.

# Question: single choice about a selfie in school uniform.
q-uniform-selfie = Jay mau memposting selfie memakai seragam sekolahnya di aplikasi video. Apa yang perlu ia pikirkan?
    .hint = Lihat apa yang ia pakai. Apa yang bisa diketahui orang dari situ?
    .explanation = Seragam bisa menunjukkan di mana kamu bersekolah. Jay bisa berfoto dengan baju lain, atau bertanya dulu ke orang dewasa yang ia percaya.
# Answer option (right).
q-uniform-selfie-shows-school = Seragamnya bisa menunjukkan ke orang di mana ia bersekolah.
    .feedback = Ya! Logo atau warna seragam bisa menunjukkan sekolahnya. Ia bisa memposting foto dengan baju lain.
# Answer option (wrong).
q-uniform-selfie-no-risk = Tidak ada. Foto ya cuma foto.
    .feedback = Belum tepat. Foto bisa menunjukkan banyak hal, seperti sekolahmu, jalan tempat tinggalmu, atau rumahmu.
# Answer option (wrong).
q-uniform-selfie-only-bad-if-ugly = Cuma kalau ia kelihatan konyol di foto itu.
    .feedback = Belum tepat. Penampilannya terserah dia. Yang perlu dipikirkan adalah apa yang ditunjukkan foto itu.

# Question: single choice about an account being taken over.
q-coins-gone = Zoe masuk ke game-nya. Koinnya hilang dan kata sandinya sudah diganti. Apa yang sebaiknya ia lakukan dulu?
    .hint = Siapa yang bisa membantu Zoe mendapatkan akunnya kembali?
    .explanation = Zoe sebaiknya segera bercerita ke orang dewasa yang ia percaya. Mereka bisa membantunya mengganti kata sandi dan melaporkannya ke game. Itu bukan salahnya.
# Answer option (right).
q-coins-gone-tell-adult-now = Segera bercerita ke orang dewasa yang ia percaya.
    .feedback = Ya! Orang dewasa bisa membantu Zoe melapor dan mendapatkan akunnya kembali. Itu bukan salahnya.
# Answer option (wrong).
q-coins-gone-keep-quiet = Diam saja dan berharap semuanya berhenti.
    .feedback = Belum tepat. Kalau diam saja, orang itu bisa terus memakai akunnya. Bercerita ke orang dewasa akan membantu.
# Answer option (wrong).
q-coins-gone-new-account-secretly = Membuat akun baru dan tidak bilang siapa-siapa.
    .feedback = Belum tepat. Orang itu masih bisa memakai akun lamanya. Orang dewasa bisa membantunya mendapatkan akun itu kembali dan melaporkannya.

# Question: true or false about telling after an account is taken over.
q-telling-helps = Kalau ada yang mengambil alih akunmu, bercerita ke orang dewasa bisa membantumu mendapatkannya kembali.
    .hint = Lihat lagi kartu tentang akun yang diambil orang.
    .explanation = Ya. Orang dewasa yang kamu percaya bisa membantumu mengganti kata sandi dan melaporkannya ke aplikasi. Kamu juga bisa mengetuk Bantuan.
# Feedback if the child picks "true" (right).
q-telling-helps-true =
    .feedback = Ya! Bercerita ke orang dewasa adalah langkah pertama yang terbaik. Itu bukan salahmu, dan mereka bisa membantu.
# Feedback if the child picks "false" (wrong).
q-telling-helps-false =
    .feedback = Belum tepat. Orang dewasa yang kamu percaya bisa membantumu melapor dan mendapatkan akunmu kembali. Kamu tidak harus membereskannya sendirian.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan: info pribadi apa yang bisa terbocorkan lewat foto atau chat tanpa kita sadari? Buat bersama frasa sandi lucu dari empat kata (jangan dipakai sungguhan). Lalu bahas kepada siapa mereka akan bercerita kalau akunnya diambil orang.
