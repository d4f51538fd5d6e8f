# SafeSteps — MIT OR Apache-2.0

### Lesson: Livestreaming (ages 13–17).
### Readers are teenagers who stream or watch streams. Be direct and respectful; never preachy.
### Streaming is positive; teach settings and exits. Never describe acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Live dengan aman
# One line under the lesson name.
lesson-summary = Live streaming bisa seru banget. Begini cara mengenali tekanan di kolom chat dan tetap memegang kendali.

# Card 1: streaming is positive; what's different about live.
card-going-live =
    Live streaming adalah cara seru untuk berbagi main game, musik, karya seni, atau sekadar ngobrol, dan untuk membangun komunitas.
    Tapi live itu beda dengan postingan. Tidak ada tombol edit, dan kamu tidak bisa menarik kembali apa yang sudah dilihat orang.
    Siapa pun yang menonton bisa merekam atau mengambil screenshot siaranmu, walaupun aplikasinya tidak menyimpannya.
    Dan sering kali kamu tidak tahu siapa yang menonton, atau berapa umur mereka sebenarnya.
    Mengetahui hal ini membantumu tetap memegang kendali atas siaranmu.
# Card 2: red flags in the chat.
card-red-flags =
    Kebanyakan penonton cuma ingin nongkrong. Waspadai komentar yang:
    menyuruhmu melakukan sesuatu di depan kamera, seperti tantangan, ganti baju, atau memperlihatkan kamarmu;
    menawarkan hadiah, koin, atau uang kalau kamu menuruti kemauannya;
    menanyakan di mana kamu tinggal, di mana kamu sekolah, atau berapa umurmu;
    memaksamu pindah ke chat pribadi atau aplikasi lain;
    memujimu habis-habisan, lalu meminta lebih.
    Hadiah bisa membuatmu merasa berutang budi. Padahal tidak.
# Card 3: settings before you go live.
card-settings =
    Sebelum live, periksa pengaturanmu.
    Pilih siapa yang boleh menonton. Hanya teman adalah pilihan paling aman.
    Nyalakan filter komentar untuk memblokir kata-kata tertentu, atau matikan komentar.
    Minta teman yang kamu percaya jadi moderator yang bisa menghapus komentar dan mengeluarkan penonton.
    Matikan lokasi, dan periksa apa yang ada di belakangmu: logo sekolah, pemandangan jalan, surat atau paket yang ada alamatmu.
    Kalau umurmu belum cukup untuk live atau menerima hadiah di aplikasi itu, batasan itu ada untuk melindungimu.
# Card 4: ending a stream and reporting.
card-end-it =
    Kamu boleh mengakhiri siaran kapan saja. Kamu tidak berutang penjelasan pada siapa pun.
    Kalau ada komentar yang membuatmu tidak nyaman, akhiri siarannya. Kamu bisa live lagi nanti kalau mau.
    Lalu catat nama pengguna penonton itu dan simpan komentar yang masih bisa disimpan.
    Laporkan penonton itu di aplikasi, dan blokir dia.
    Kalau dia muncul di tempat lain, seperti DM-mu, laporkan dan blokir juga di sana.
# Card 5: not your fault, and who to talk to.
card-not-your-fault =
    Kalau ada yang menekan, menipu, atau merekammu saat live, itu bukan salahmu.
    Orang yang memaksamu itulah yang berbuat salah, walaupun kamu sempat menurutinya.
    Kalau rekaman atau fotomu disebarkan, laporkan di aplikasinya. Take It Down (takeitdown.ncmec.org) bisa membantu menghapus foto telanjang anak di bawah 18 tahun.
    Bicaralah dengan orang dewasa yang kamu percaya. Atau ketuk tombol Bantuan untuk mencari seseorang di negaramu.

# Question: a scenario about coins offered for a dare.
q-coins-for-a-dare = Apa yang bisa kamu lakukan soal tawaran itu?
    .situation = Kamu sedang live. Seorang penonton menulis: "500 koin kalau kamu mau nerima tantangan dariku. Kita bahas di chat pribadi ya."
    .hint = Ada dua tanda bahaya di sini. Pilihan mana yang membuatmu tetap memegang kendali?
    .explanation = Menolak, mengakhiri siaran kalau kamu mau, dan melaporkan penonton itu adalah langkah terbaik. Menghapus komentarnya dan memblokirnya juga bagus. Tantangan demi koin dan chat pribadi adalah cara untuk menekanmu.
# Action (best).
q-coins-for-a-dare-say-no-end-report = Menolak, mengakhiri siaran kalau aku mau, dan melaporkan penonton itu.
    .feedback = Langkah terbaik. Kamu tetap memegang kendali, dan aplikasi bisa menindaklanjuti laporannya.
# Action (also good).
q-coins-for-a-dare-delete-and-block = Menghapus komentarnya, memblokir penonton itu, lalu lanjut live.
    .feedback = Langkah yang bagus. Dia sudah tidak ada di siaranmu. Melaporkannya juga membantu melindungi orang lain.
# Action (not helpful).
q-coins-for-a-dare-do-a-small-dare = Melakukan tantangan kecil. Cuma buat seru-seruan.
    .feedback = Belum tepat. Permintaan kecil sering berujung ke permintaan yang lebih besar. Kamu boleh menolak, walaupun sudah diberi koin.
# Action (not helpful).
q-coins-for-a-dare-move-to-private = Pindah ke chat pribadi untuk tahu tantangannya apa.
    .feedback = Belum tepat. Di chat pribadi, tidak ada orang lain yang melihat apa yang dia katakan. Itulah sebabnya dia ingin pindah.

# Question: choose all that apply, about red-flag comments.
q-red-flag-comments = Komentar mana di chat live yang merupakan tanda bahaya? Pilih semua yang cocok.
    .hint = Apakah komentar itu meminta sesuatu tentang dirimu, atau mencoba membuat kesepakatan?
    .explanation = Menanyakan sekolahmu, menawarkan hadiah kalau kamu menurut, dan mengajakmu pindah ke aplikasi lain adalah tanda bahaya. "Mainnya keren" dan "Habis ini apa?" adalah obrolan biasa.
# Answer option (red flag).
q-red-flag-comments-which-school = "Kamu sekolah di mana?"
    .feedback = Ya. Sekolahmu bisa membantu seseorang menemukanmu di dunia nyata. Kamu tidak harus menjawab.
# Answer option (red flag).
q-red-flag-comments-gifts-if-you-obey = "Aku kirimin hadiah kalau kamu nurut sama aku."
    .feedback = Ya. Hadiah dengan syarat adalah tekanan. Kamu tidak berutang apa pun karena hadiah.
# Answer option (red flag).
q-red-flag-comments-add-me-elsewhere = "Add aku di aplikasi lain dong, berdua aja."
    .feedback = Ya. "Berdua aja" artinya tidak ada orang lain yang bisa melihat. Itu tanda bahaya.
# Answer option (normal).
q-red-flag-comments-nice-play = "Mainnya keren!"
    .feedback = Belum tepat. Itu komentar biasa yang ramah.
# Answer option (normal).
q-red-flag-comments-what-game-next = "Habis ini main game apa?"
    .feedback = Belum tepat. Itu obrolan biasa tentang siaranmu.

# Question: true or false about recording.
q-viewers-can-record = Penonton bisa merekam live streaming-mu, walaupun aplikasinya tidak menyimpannya.
    .hint = Apa yang bisa dilakukan siapa pun dengan HP atau komputernya sendiri saat menonton?
    .explanation = Benar. Siapa pun bisa mengambil screenshot atau merekam layarnya. Live-lah seolah-olah siaranmu bisa disimpan.
# Feedback if the teen picks "true" (right).
q-viewers-can-record-true =
    .feedback = Betul. Live bukan berarti langsung hilang. Siapa pun yang menonton bisa menyimpan salinannya.
# Feedback if the teen picks "false" (wrong).
q-viewers-can-record-false =
    .feedback = Belum tepat. Penonton bisa merekam layarnya, apa pun yang dilakukan aplikasinya.

# Question: choose all that apply, about settings.
q-helpful-settings = Pengaturan mana yang membantu membuat live lebih aman? Pilih semua yang cocok.
    .hint = Mana yang mengatur siapa yang melihatmu dan apa yang bisa mereka katakan?
    .explanation = Live khusus teman, filter kata, moderator tepercaya, dan lokasi yang dimatikan semuanya membantu. Menampilkan lokasimu memberi tahu orang asing di mana kamu berada.
# Answer option (helps).
q-helpful-settings-friends-only = Hanya teman yang bisa menonton
    .feedback = Ya. Makin sedikit orang asing, makin kecil risikonya.
# Answer option (helps).
q-helpful-settings-word-filter = Filter yang memblokir kata-kata tertentu di komentar
    .feedback = Ya. Filter menghentikan banyak komentar jahat sebelum kamu melihatnya.
# Answer option (helps).
q-helpful-settings-moderator = Teman yang kamu percaya sebagai moderator
    .feedback = Ya. Moderator bisa menghapus komentar dan mengeluarkan penonton selagi kamu live.
# Answer option (helps).
q-helpful-settings-location-off = Lokasi dimatikan
    .feedback = Ya. Penonton tidak perlu tahu di mana kamu berada.
# Answer option (does not help).
q-helpful-settings-show-location = Lokasi ditampilkan supaya fans di sekitarmu bisa menemukanmu
    .feedback = Belum tepat. Menampilkan lokasimu memberi tahu orang asing di mana kamu berada. Biarkan tetap mati.

# Question: put the steps in order.
q-uncomfortable-steps = Komentar seorang penonton membuatmu tidak nyaman saat kamu sedang live. Urutkan langkah-langkah ini.
    .hint = Apa yang langsung menghentikan tekanannya? Apa yang kamu perlukan sebelum memblokir?
    .explanation = Akhiri siaran dulu untuk menghentikan tekanannya. Simpan nama pengguna dan komentarnya selagi bisa. Laporkan selagi kamu masih bisa menemukannya, lalu blokir.
# Step 1.
q-uncomfortable-steps-end-stream = Akhiri siarannya
    .feedback = Pertama. Mengakhiri siaran langsung menghentikan tekanannya.
# Step 2.
q-uncomfortable-steps-save-username = Catat nama penggunanya dan simpan komentarnya
    .feedback = Selanjutnya. Bukti ini membantu saat kamu melapor.
# Step 3.
q-uncomfortable-steps-report-viewer = Laporkan penonton itu di aplikasi
    .feedback = Laporkan selagi kamu masih bisa menemukan profilnya.
# Step 4.
q-uncomfortable-steps-block-viewer = Blokir penonton itu
    .feedback = Terakhir. Sekarang dia tidak bisa menonton atau mengirimimu pesan di sana.

# Question: true or false about ending a stream. The right answer is "false".
q-owe-an-explanation = Kalau kamu tiba-tiba mengakhiri siaran, kamu berutang penjelasan pada penontonmu.
    .hint = Ini siaran siapa?
    .explanation = Salah. Ini siaranmu. Kamu boleh mengakhirinya kapan saja, dengan alasan apa pun, tanpa menjelaskan.
# Feedback if the teen picks "true" (wrong).
q-owe-an-explanation-true =
    .feedback = Belum tepat. Kamu tidak pernah berutang penjelasan pada penonton. Keselamatanmu yang utama.
# Feedback if the teen picks "false" (right).
q-owe-an-explanation-false =
    .feedback = Betul. Kamu boleh mengakhirinya kapan saja. Fans sejati akan tetap ada di siaran berikutnya.

# Question: single choice about a regular viewer.
q-regular-viewer = Seorang penonton setia sudah mengirimimu banyak hadiah. Sekarang dia bilang, "Aku udah kasih kamu banyak, yuk ngobrol di chat pribadi." Ini apa?
    .hint = Kenapa seseorang mengungkit-ungkit hadiahnya sebelum meminta sesuatu?
    .explanation = Ini tanda waspada. Hadiah bisa dipakai untuk membuatmu merasa berutang budi. Pindah ke chat pribadi menyembunyikan apa yang dia katakan.
# Answer option (right).
q-regular-viewer-warning-sign = Tanda waspada. Dia memakai hadiah untuk menekanku.
    .feedback = Betul. Kamu tidak berutang apa pun karena hadiah. Kamu boleh menolak, memblokir, dan melaporkannya.
# Answer option (wrong).
q-regular-viewer-loyal-fan = Fans setia yang ingin mengenalku lebih dekat
    .feedback = Belum tepat. Fans sejati tidak perlu mengajakmu pindah ke chat pribadi. Waspadai tekanannya.
# Answer option (wrong).
q-regular-viewer-fair-after-gifts = Wajar, karena dia sudah memberiku banyak
    .feedback = Belum tepat. Hadiah tidak bisa membeli waktumu atau privasimu. Kamu selalu boleh menolak.

# Question: a scenario about a recorded clip being shared.
q-clip-shared = Apa yang bisa kamu lakukan soal klip itu?
    .situation = Seorang penonton merekam sebagian siaranmu. Dia mengirimkannya kepadamu dan bilang akan mempostingnya kecuali kamu menuruti kemauannya.
    .hint = Ini ancaman. Siapa yang bisa membantumu menghentikannya?
    .explanation = Berhenti membalas, menyimpan bukti, bercerita ke orang dewasa tepercaya, dan melapor adalah langkah terbaik. Melaporkan klip dan akunnya juga membantu. Menuruti kemauannya jarang menghentikan ancaman, dan menghapus akunmu membuat bukti hilang. Itu bukan salahmu.
# Action (best).
q-clip-shared-tell-adult-and-report = Berhenti membalas, menyimpan pesan-pesannya, bercerita ke orang dewasa yang kupercaya, dan melaporkan akunnya.
    .feedback = Langkah terbaik. Kamu menyimpan bukti, kamu tidak sendirian, dan aplikasi bisa bertindak. Ini bukan salahmu.
# Action (also good).
q-clip-shared-report-the-clip = Melaporkan akun dan klipnya di aplikasi, lalu memblokirnya.
    .feedback = Langkah yang bagus. Simpan dulu pesan-pesannya. Bercerita juga ke orang dewasa membuatnya lebih kuat.
# Action (not helpful).
q-clip-shared-do-what-they-ask = Menuruti kemauannya supaya dia tidak mempostingnya.
    .feedback = Belum tepat. Menuruti biasanya membuat tuntutannya bertambah. Kalau kamu sudah telanjur melakukannya, kamu tetap bisa mendapat bantuan.
# Action (not helpful).
q-clip-shared-delete-account = Menghapus akunku supaya semuanya hilang.
    .feedback = Belum tepat. Wajar kalau kamu ingin begitu, tapi menghapus akun membuat bukti hilang. Simpan dulu dan cari bantuan.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan: apa yang membuat chat live terasa seru, dan apa yang membuatnya terasa seperti tekanan? Bahas pengaturan yang membantu, mengapa mengakhiri siaran selalu boleh, dan ingatkan kelompok bahwa itu sama sekali bukan salah si streamer kalau ada yang menekan atau merekamnya.
