# SafeSteps — MIT OR Apache-2.0

### Lesson: Privacy settings (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Keep sentences short. Settings are a skill, not a reason to be scared.

# Lesson name on the lesson card.
lesson-title = Pengaturan privasimu
# One line under the lesson name.
lesson-summary = Pilih siapa yang bisa melihat postinganmu, siapa yang bisa mengirimimu pesan, dan siapa yang tahu di mana kamu berada.

# Card 1: what settings are and why to check them.
card-why-settings =
    Pengaturan membuatmu bisa memilih siapa yang melihat postinganmu dan siapa yang bisa mengobrol denganmu.
    Kebanyakan aplikasi dan game punya pengaturan. Cari menu atau ikon roda gigi kecil.
    Aplikasi baru tidak selalu langsung privat.
    Jadi periksa pengaturannya setiap kali kamu punya aplikasi atau game baru.
# Card 2: private accounts and friend requests.
card-private-account =
    Akun privat artinya hanya orang yang kamu terima yang bisa melihat postinganmu.
    Jadikan akunmu privat.
    Terima permintaan pertemanan hanya dari orang yang kamu kenal di dunia nyata.
    Boleh kok menolak permintaan pertemanan. Kamu juga bisa menghapus teman nanti.
# Card 3: choosing who can message you and talk to you.
card-who-can-message =
    Banyak game dan aplikasi membuatmu bisa memilih siapa yang boleh mengirimimu pesan atau mengobrol denganmu lewat obrolan suara.
    Pilih "hanya teman" atau "tidak ada".
    Dengan begitu, orang yang tidak kamu kenal tidak bisa mengirimimu pesan.
    Di aplikasi video, kamu juga bisa memilih siapa yang boleh berkomentar di videomu.
# Card 4: turning off location sharing.
card-location =
    Ada aplikasi yang bisa menunjukkan di mana kamu berada di peta. Ada yang menambahkan lokasimu ke fotomu.
    Matikan berbagi lokasi. Atau bagikan hanya ke keluargamu.
    Periksa pengaturan peta di aplikasi chat-mu, dan pengaturan kamera di HP-mu.
# Card 5: check settings with a trusted adult; not the child's fault; Help.
card-check-together =
    Pengaturan bisa berubah saat aplikasi diperbarui. Sesekali periksa bersama orang dewasa yang kamu percaya.
    Pengaturan membantu, tapi tidak bisa mencegah semuanya. Orang yang kamu kenal pun bisa berbuat hal yang terasa tidak beres.
    Kalau ada yang membuatmu sedih, itu bukan salahmu.
    Ceritakan ke orang dewasa yang kamu percaya. Kamu juga bisa mengetuk Bantuan untuk mencari orang yang bisa diajak bicara.

# Question: single choice about what a private account is.
q-private-means = Apa artinya akun privat?
    .hint = Pikirkan siapa yang kamu terima.
    .explanation = Dengan akun privat, hanya orang yang kamu terima yang bisa melihat postinganmu. Karena itu, sebaiknya terima hanya orang yang kamu kenal.
# Answer option (right).
q-private-means-only-people-you-accept = Hanya orang yang kuterima yang bisa melihat postinganku.
    .feedback = Ya! Kamu yang memilih siapa yang melihat postinganmu. Terima hanya orang yang kamu kenal di dunia nyata.
# Answer option (wrong).
q-private-means-no-one-at-all = Tidak ada seorang pun yang bisa melihat postinganku.
    .feedback = Belum tepat. Orang yang kamu terima tetap bisa melihatnya. Karena itu, pilihlah dengan hati-hati.
# Answer option (wrong).
q-private-means-everyone-but-parents = Semua orang bisa melihatnya, kecuali orang tuaku.
    .feedback = Belum tepat. Akun privat itu soal siapa yang kamu terima. Bukan untuk menyembunyikan sesuatu dari keluargamu.

# Question: a scenario. The situation is shown first, then the question.
q-leo-friend-request = Apa yang bisa Leo lakukan?
    .situation = Leo, 11 tahun, mendapat permintaan pertemanan di aplikasi video. Ia tidak kenal orang itu. Di profilnya tertulis umurnya 12 tahun dan suka game yang sama.
    .hint = Apakah Leo kenal orang ini di dunia nyata? Siapa pun bisa menulis apa saja di profil.
    .explanation = Profil bisa berisi apa saja. Leo tidak kenal orang ini di dunia nyata. Bertanya ke orang dewasa yang ia percaya, atau menolaknya, membuat akunnya tetap privat.
# Action (best).
q-leo-friend-request-check-with-adult = Bertanya ke orang dewasa yang ia percaya sebelum melakukan apa pun.
    .feedback = Pilihan terbaik! Orang dewasa bisa membantu Leo memeriksa pengaturannya dan memutuskan. Leo boleh menolak permintaan itu.
# Action (also good).
q-leo-friend-request-decline-request = Menolak permintaan itu.
    .feedback = Pilihan yang bagus. Leo tidak kenal orang itu di dunia nyata. Menolak selalu boleh.
# Action (not helpful).
q-leo-friend-request-accept-same-age = Menerimanya. Umurnya sama dan suka game yang sama.
    .feedback = Belum tepat. Siapa pun bisa menulis umurnya 12 tahun di profil. Leo tidak kenal orang itu di dunia nyata.
# Action (not helpful).
q-leo-friend-request-accept-and-see = Menerimanya dulu. Nanti bisa dihapus.
    .feedback = Belum tepat. Begitu diterima, orang itu bisa melihat postingan Leo. Lebih aman menolak dulu.

# Question: single choice about who can message you in a new game.
q-who-messages = Kamu mulai main game baru. Siapa yang paling baik diizinkan mengirimimu pesan?
    .hint = Pikirkan orang yang kamu kenal di dunia nyata.
    .explanation = Dari pilihan ini, "hanya teman" yang paling aman. Dengan begitu, orang yang tidak kamu kenal tidak bisa mengirimimu pesan. "Tidak ada" juga boleh.
# Answer option (right).
q-who-messages-friends-only = Hanya teman
    .feedback = Ya! Dengan begitu, hanya orang yang sudah kamu terima yang bisa mengirimimu pesan.
# Answer option (wrong).
q-who-messages-everyone = Semua orang
    .feedback = Belum tepat. Dengan begitu, siapa pun bisa mengirimimu pesan, termasuk orang yang tidak kamu kenal.
# Answer option (wrong).
q-who-messages-anyone-with-good-name = Siapa saja yang namanya bagus
    .feedback = Belum tepat. Siapa pun bisa memilih nama yang bagus. Nama tidak memberi tahu siapa orang itu.

# Question: true or false about sharing location on a map.
q-map-sharing = Aplikasi chat bisa menunjukkan ke teman-temanmu di mana kamu berada di peta. Paling aman mematikannya, atau membagikannya hanya ke keluarga.
    .hint = Siapa yang kamu mau tahu di mana kamu berada?
    .explanation = Tempatmu berada itu pribadi. Matikan, atau bagikan hanya ke keluargamu.
# Feedback if the child picks "true" (right).
q-map-sharing-true =
    .feedback = Ya! Tempatmu berada itu pribadi. Simpan untuk keluargamu.
# Feedback if the child picks "false" (wrong).
q-map-sharing-false =
    .feedback = Belum tepat. Peta bisa menunjukkan di mana kamu tinggal dan bersekolah. Matikan, atau bagikan hanya ke keluarga.

# Question: sort settings into two groups.
q-safer-or-not = Masukkan setiap pengaturan ke kelompok yang cocok.
    .hint = Tanyakan: apakah ini membuat orang yang tidak kukenal bisa melihatku atau menemukanku?
    .explanation = Akun privat, lokasi mati, dan komentar hanya dari teman itu lebih aman. Akun publik, pesan dari siapa saja, dan lokasimu di peta itu kurang aman.
# Group name.
q-safer-or-not-safer = Lebih aman
# Group name.
q-safer-or-not-less-safe = Kurang aman
# Item to sort (safer).
q-safer-or-not-account-private = Akunku privat
    .feedback = Lebih aman. Hanya orang yang kamu terima yang bisa melihat postinganmu.
# Item to sort (safer).
q-safer-or-not-location-off = Berbagi lokasi mati
    .feedback = Lebih aman. Aplikasi tidak bisa menunjukkan ke orang di mana kamu berada.
# Item to sort (safer).
q-safer-or-not-comments-friends-only = Hanya teman yang bisa berkomentar di videoku
    .feedback = Lebih aman. Orang yang tidak kamu kenal tidak bisa meninggalkan komentar.
# Item to sort (less safe).
q-safer-or-not-account-public = Akunku publik
    .feedback = Kurang aman. Siapa pun bisa melihat postinganmu. Coba jadikan privat.
# Item to sort (less safe).
q-safer-or-not-messages-from-anyone = Siapa saja bisa mengirimiku pesan
    .feedback = Kurang aman. Orang yang tidak kamu kenal bisa mengirimimu pesan. Coba pilih "hanya teman".
# Item to sort (less safe).
q-safer-or-not-location-on-map = Lokasiku ada di peta dan bisa dilihat semua orang
    .feedback = Kurang aman. Orang bisa melihat di mana kamu berada. Matikan.

# Question: multiple choice, "choose all that apply".
q-new-game-check = Kamu punya game baru. Pengaturan mana yang sebaiknya diperiksa? Pilih semua yang cocok.
    .hint = Tanyakan: apakah pengaturan ini mengubah siapa yang bisa menghubungiku atau menemukanku?
    .explanation = Periksa siapa yang bisa mengirimimu pesan, siapa yang bisa melihat profilmu, lokasimu, dan obrolan suara. Layar dan suara terserah kamu.
# Answer option (good to check).
q-new-game-check-message-settings = Siapa yang bisa mengirimiku pesan
    .feedback = Perlu diperiksa. Pilih "hanya teman" atau "tidak ada".
# Answer option (good to check).
q-new-game-check-profile-settings = Siapa yang bisa melihat profilku
    .feedback = Perlu diperiksa. Jadikan profilmu privat.
# Answer option (good to check).
q-new-game-check-location-settings = Siapa yang bisa melihat lokasiku
    .feedback = Perlu diperiksa. Matikan berbagi lokasi.
# Answer option (good to check).
q-new-game-check-voice-chat-settings = Siapa yang bisa mengobrol denganku lewat obrolan suara
    .feedback = Perlu diperiksa. Pilih hanya teman, atau matikan.
# Answer option (not a safety setting).
q-new-game-check-screen-brightness = Seberapa terang layarku
    .feedback = Belum tepat. Kecerahan layar terserah kamu. Itu tidak mengubah siapa yang bisa menghubungimu.
# Answer option (not a safety setting).
q-new-game-check-music-volume = Seberapa keras musiknya
    .feedback = Belum tepat. Musik terserah kamu. Itu tidak mengubah siapa yang bisa menghubungimu.

# Question: true or false about checking settings more than once.
q-set-once = Setelah pengaturanmu diatur, kamu tidak perlu memeriksanya lagi.
    .hint = Apa yang bisa terjadi saat aplikasi diperbarui?
    .explanation = Pembaruan bisa mengubah pengaturan. Sesekali periksa bersama orang dewasa yang kamu percaya.
# Feedback if the child picks "true" (wrong).
q-set-once-true =
    .feedback = Belum tepat. Pembaruan bisa mengubah pengaturanmu. Sesekali periksa lagi.
# Feedback if the child picks "false" (right).
q-set-once-false =
    .feedback = Ya! Pengaturan bisa berubah. Sesekali memeriksanya bersama orang dewasa itu langkah yang cerdas.

# Question: single choice about someone getting past a block.
q-new-account-again = Kamu sudah memblokir seseorang di game. Sekarang ia mengirimimu pesan dari akun baru. Apa yang kamu lakukan?
    .hint = Siapa yang bisa membantumu kalau blokir saja tidak cukup?
    .explanation = Ceritakan ke orang dewasa yang kamu percaya. Simpan pesannya, lalu blokir dan laporkan akun baru itu. Bukan salahmu kalau ia datang lagi.
# Answer option (right).
q-new-account-again-tell-block-report = Bercerita ke orang dewasa yang kupercaya. Lalu blokir dan laporkan akun baru itu.
    .feedback = Ya! Orang dewasa bisa membantumu menyimpan pesannya, melapor, dan memeriksa pengaturanmu. Itu bukan salahmu.
# Answer option (wrong).
q-new-account-again-reply-to-stop-them = Membalas dan memintanya berhenti.
    .feedback = Belum tepat. Membalas bisa membuatnya terus mengajakmu bicara. Ceritakan ke orang dewasa, lalu blokir dan laporkan.
# Answer option (wrong).
q-new-account-again-tell-no-one = Menghapus game-nya dan tidak bilang siapa-siapa.
    .feedback = Belum tepat. Kamu tidak harus menghadapi ini sendirian. Simpan pesannya, dan ceritakan ke orang dewasa yang kamu percaya.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan: aplikasi dan game apa saja yang kalian pakai, dan di mana pengaturannya? Pilih satu dan bahas siapa yang bisa melihat postingan, siapa yang bisa mengirim pesan, dan siapa yang bisa melihat lokasi. Siapa yang bisa membantu kalian memeriksanya?
