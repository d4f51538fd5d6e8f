# SafeSteps — MIT OR Apache-2.0

### Lesson: If your child is being sextorted (caregivers).
### Readers are parents, grandparents, older siblings and teachers, possibly in the middle of it.
### Be calm, clear and step by step. Never describe images or acts. It is never the child's fault.
### Help contacts come only from the content guide; keep numbers and web addresses exactly as written.

# Lesson name on the lesson card.
lesson-title = Jika anak Anda mengalami sekstorsi
# One line under the lesson name.
lesson-summary = Apa itu sekstorsi (pemerasan seksual), dan apa yang harus dilakukan langkah demi langkah jika hal itu terjadi pada anak Anda.

# Card 1: what sextortion is, without detail.
card-what-it-is =
    Sekstorsi (pemerasan seksual) adalah saat seseorang mengancam menyebarkan foto telanjang atau foto seksual seorang anak muda kecuali ia membayar uang, mengirim foto lagi, atau menuruti kemauannya.
    Fotonya bisa asli, bisa juga palsu atau hasil editan.
    Sering kali pelakunya memakai profil palsu, berpura-pura sebagai remaja, cepat membangun kepercayaan, lalu berubah mengancam, kadang hanya dalam hitungan jam. Kadang pelakunya orang yang dikenal anak itu.
    Mereka menekan keras dengan batas waktu dan membuat panik. Sekstorsi adalah tindak pidana, dan bisa terjadi pada anak mana pun.
# Card 2: the first reaction: calm, no blame.
card-your-first-reaction =
    Jika anak Anda bercerita, tetap tenang dan berterima kasihlah karena ia sudah bercerita. Mungkin ini hal tersulit yang pernah ia ucapkan.
    Katakan dengan jelas: "Ini bukan salahmu. Kamu sudah benar dengan cerita ke aku. Kita hadapi ini sama-sama."
    Itu bukan salah anak Anda, walaupun ia pernah mengirim foto. Orang yang mengancam itulah yang melakukan tindak pidana.
    Anak Anda mungkin merasa panik, malu, atau takut. Jangan menceramahi, dan jangan menyita HP-nya sebagai hukuman. Anda butuh ia tetap mau bercerita kepada Anda.
# Card 3: what to do right now.
card-what-to-do-now =
    Jangan membayar, dan jangan mengirim apa pun lagi. Membayar jarang menghentikan ancaman; biasanya mereka minta lebih.
    Berhenti membalas. Anda tidak perlu menjawab atau menawar.
    Jangan hapus akun atau chat-nya dulu. Simpan bukti. Ambil screenshot pesan-pesan dan profilnya, dan catat nama pengguna, tautan profil, serta detail pembayaran apa pun.
    Jangan screenshot, simpan, atau teruskan fotonya.
    Lalu laporkan akun itu di aplikasinya dan blokir.
    Jika anak Anda sudah telanjur membayar atau mengirim lagi, semuanya tetap bisa baik-baik saja. Berhenti sekarang dan cari bantuan.
# Card 4: where to report.
card-where-to-report =
    Laporkan akun itu ke aplikasi atau platformnya. Sampaikan bahwa ada anak yang sedang diancam.
    Di Amerika Serikat, laporkan ke CyberTipline milik NCMEC di report.cybertip.org atau 1-800-843-5678. NCMEC meneruskan laporan ke polisi yang bisa bertindak.
    Di negara lain, hubungi polisi setempat, dan periksa layar Bantuan untuk negara Anda.
    Take It Down (takeitdown.ncmec.org) adalah layanan gratis dari NCMEC yang bisa membantu menghapus foto telanjang atau foto seksual anak di bawah 18 tahun dari situs yang ikut serta. Layanan ini membuat sidik jari digital, yang disebut hash, di perangkat Anda sendiri. Hanya hash yang dikirim, fotonya tidak pernah dikirim.
    Jika anak Anda dalam bahaya saat ini, hubungi nomor darurat di daerah Anda.
# Card 5: emotional support for child and caregiver.
card-support-after =
    Sekstorsi bisa sangat memukul anak muda. Tetaplah dekat, jaga rutinitas, dan terus ingatkan bahwa itu bukan salahnya.
    Waspadai tanda-tanda tekanan batin yang berat, seperti bicara soal putus asa atau menyakiti diri sendiri. Segera cari bantuan jika Anda melihatnya.
    Di Amerika Serikat, anak Anda atau Anda bisa menghubungi Crisis Text Line dengan mengirim SMS THORN ke 741741.
    Dokter, guru BK, atau layanan bantuan juga bisa membantu. Jaga juga diri Anda; ini berat bagi pengasuh. Bicaralah dengan orang yang Anda percaya.
    Ketuk Bantuan untuk mencari dukungan di negara Anda.

# Question: a scenario. The situation is shown first, then the question.
q-late-night-message = Apa tanggapan pertama yang terbaik?
    .situation = Larut malam, anak Anda (16 tahun) menunjukkan sebuah pesan: "Kirim $500 dalam satu jam atau fotomu kusebar ke semua temanmu." Ia gemetar dan menangis.
    .hint = Anak Anda butuh dua hal dulu: merasa aman bersama Anda, dan tekanannya berhenti.
    .explanation = Kata-kata yang menenangkan datang lebih dulu: itu bukan salahnya. Lalu berhenti membalas dan simpan bukti. Membayar jarang mengakhiri ancaman, dan menghapus akun menghilangkan bukti yang Anda perlukan untuk melapor.
# Action (best).
q-late-night-message-calm-not-your-fault = Tetap tenang, memeluknya, dan berkata: "Ini bukan salahmu. Kita hadapi sama-sama."
    .feedback = Pilihan terbaik. Anak Anda perlu merasa aman bersama Anda sebelum hal lainnya. Setelah itu Anda bisa bertindak bersama.
# Action (also good).
q-late-night-message-stop-and-save = Membantunya berhenti membalas dan menyimpan pesan-pesan serta nama penggunanya.
    .feedback = Pilihan yang bagus. Ini menghentikan tekanan dan menyimpan bukti. Pastikan ia juga mendengar bahwa itu bukan salahnya.
# Action (not helpful).
q-late-night-message-pay-quickly = Cepat-cepat membayar agar fotonya tidak disebar.
    .feedback = Wajar jika Anda ingin semuanya selesai, tetapi membayar jarang menghentikan ancaman. Biasanya mereka minta lebih.
# Action (not helpful).
q-late-night-message-delete-account = Langsung menghapus akun anak Anda.
    .feedback = Wajar jika Anda ingin semuanya hilang, tetapi menghapus membuat bukti hilang. Simpan dulu, lalu laporkan.

# Question: put the steps in order.
q-action-steps = Urutkan langkah-langkah ini agar membantu.
    .hint = Perasaan anak Anda yang utama. Apa yang perlu sudah Anda pegang sebelum melapor?
    .explanation = Tenangkan anak Anda dulu. Lalu berhenti membalas dan simpan bukti sebelum melapor dan memblokir. Lalu cari dukungan untuk anak Anda dan diri Anda.
# Step 1.
q-action-steps-reassure = Tenangkan anak Anda: itu bukan salahnya
    .feedback = Menenangkan lebih dulu membantu anak Anda tetap tenang dan terus bercerita.
# Step 2.
q-action-steps-stop-replying = Berhenti membalas orang yang mengancam
    .feedback = Berhenti membalas memutus tekanannya.
# Step 3.
q-action-steps-save-evidence = Simpan screenshot pesan, nama pengguna, dan tautan
    .feedback = Simpan bukti sebelum ada yang diblokir atau dihapus.
# Step 4.
q-action-steps-report = Laporkan ke platform dan ke CyberTipline atau polisi
    .feedback = Laporan membuat platform dan polisi bisa bertindak.
# Step 5.
q-action-steps-get-support = Cari dukungan emosional untuk anak Anda dan diri Anda
    .feedback = Dukungan membantu Anda berdua bangkit setelah masa krisis.

# Question: multiple choice, "choose all that apply".
q-evidence = Mana saja yang sebaiknya Anda simpan sebagai bukti? Pilih semua yang cocok.
    .hint = Bukti menunjukkan siapa mereka, apa yang mereka katakan, dan apa yang mereka minta.
    .explanation = Nama pengguna, screenshot pesan, tautan profil, dan detail pembayaran membantu platform dan polisi. Jangan pernah menyalin atau meneruskan fotonya, dan jangan hapus chat-nya.
# Answer option (keep).
q-evidence-usernames = Nama pengguna mereka di setiap aplikasi
    .feedback = Ya. Nama pengguna membantu platform dan polisi menemukan akunnya.
# Answer option (keep).
q-evidence-message-screenshots = Screenshot pesan-pesan yang berisi ancaman
    .feedback = Ya. Screenshot menunjukkan apa yang dikatakan dan kapan.
# Answer option (keep).
q-evidence-profile-links = Tautan ke profil mereka
    .feedback = Ya. Tautan langsung menunjuk ke akunnya.
# Answer option (keep).
q-evidence-payment-details = Detail pembayaran, jika uang sudah telanjur dikirim
    .feedback = Ya. Detail pembayaran bisa membantu polisi melacak orang itu.
# Answer option (do not keep).
q-evidence-copy-the-image = Salinan fotonya, untuk ditunjukkan ke polisi
    .feedback = Belum tepat. Jangan menyalin, menyimpan, atau meneruskan fotonya. Beri tahu polisi atau CyberTipline bahwa foto itu ada, dan mereka akan memberi arahan.
# Answer option (do not keep).
q-evidence-delete-the-chat = Tidak ada. Hapus chat-nya agar anak Anda tidak melihatnya.
    .feedback = Belum tepat. Menghapus membuat bukti hilang. Anda bisa menjauhkan chat itu dari pandangan tanpa menghapusnya.

# Question: single choice about paying.
q-will-paying-help = Orang itu bilang akan menghapus fotonya jika anak Anda membayar. Apa yang biasanya terjadi jika Anda membayar?
    .hint = Apa yang biasanya dilakukan pengancam setelah tahu pembayaran berhasil?
    .explanation = Membayar jarang menghentikan ancaman. Mereka sering minta lebih. Sebaiknya berhenti membalas, simpan bukti, dan laporkan.
# Answer option (right).
q-will-paying-help-rarely-stops = Ancamannya jarang berhenti, dan mereka sering minta lebih.
    .feedback = Betul. Membayar menunjukkan bahwa ancamannya berhasil. Melapor lebih berguna.
# Answer option (wrong).
q-will-paying-help-ends-it = Mereka menghapus fotonya dan tidak mengganggu anak Anda lagi.
    .feedback = Belum tepat. Tidak ada cara untuk tahu apakah mereka menghapus sesuatu, dan kebanyakan minta lebih.
# Answer option (wrong).
q-will-paying-help-pay-half = Membayar setengahnya berhasil, karena menunjukkan Anda serius.
    .feedback = Belum tepat. Pembayaran berapa pun menunjukkan bahwa ancamannya berhasil. Sebaiknya berhenti membalas dan laporkan.

# Question: true or false about having paid or sent more already. The right answer is "true".
q-already-sent-more = Jika anak Anda sudah telanjur membayar atau mengirim foto lagi, semuanya tetap bisa baik-baik saja, dan bantuan tetap ada.
    .hint = Ingat apa yang dikatakan pelajaran ini tentang anak yang sudah telanjur membayar.
    .explanation = Ya. Banyak anak muda membayar atau mengirim lagi karena panik. Itu tetap bukan salahnya, dan ia selalu bisa mendapat bantuan, bahkan sekarang. Berhenti sekarang, simpan bukti, dan laporkan.
# Feedback if the caregiver picks "true" (right).
q-already-sent-more-true =
    .feedback = Betul. Katakan kepada anak Anda bahwa semuanya tetap bisa baik-baik saja. Berhenti sekarang, simpan buktinya, dan laporkan.
# Feedback if the caregiver picks "false" (wrong).
q-already-sent-more-false =
    .feedback = Belum tepat. Panik membuat orang membayar atau mengirim lagi. Anak Anda tetap bisa mendapat bantuan, dan itu tetap bukan salahnya.

# Question: single choice about how Take It Down protects privacy.
q-take-it-down = Bagaimana Take It Down dari NCMEC melindungi privasi anak Anda?
    .hint = Pikirkan apa yang dibutuhkan situs untuk mengenali salinan sebuah foto.
    .explanation = Take It Down membuat hash, semacam sidik jari digital, di perangkat Anda sendiri. Hanya hash yang dikirim. Situs yang ikut serta memakainya untuk menemukan dan menghapus salinannya.
# Answer option (right).
q-take-it-down-hash-only = Hanya sidik jari digital (hash) yang keluar dari perangkat Anda, bukan fotonya.
    .feedback = Betul. Fotonya tetap di perangkat Anda. Hash membantu situs menemukan salinannya.
# Answer option (wrong).
q-take-it-down-send-image = Anda mengirim fotonya ke NCMEC untuk diperiksa.
    .feedback = Belum tepat. Anda tidak pernah mengirim fotonya. Hanya hash yang keluar dari perangkat Anda.
# Answer option (wrong).
q-take-it-down-public-list = Nama anak Anda dimasukkan ke daftar publik.
    .feedback = Belum tepat. Take It Down tidak butuh nama anak Anda. Hanya hash yang dikirim.

# Question: sort actions into "do" and "don't".
q-do-or-dont = Kelompokkan setiap tindakan ke "Lakukan" atau "Jangan".
    .hint = Tanyakan untuk setiap tindakan: apakah ini melindungi anak Anda dan buktinya?
    .explanation = Tenangkan, simpan bukti, dan laporkan. Jangan membayar, jangan membagikan fotonya kepada siapa pun, dan jangan menghukum anak Anda karena bercerita.
# Group name.
q-do-or-dont-do = Lakukan
# Group name.
q-do-or-dont-dont = Jangan
# Item to sort (do).
q-do-or-dont-say-not-their-fault = Katakan kepada anak Anda bahwa itu bukan salahnya
    .feedback = Anak Anda perlu sering mendengar ini.
# Item to sort (do).
q-do-or-dont-report-cybertipline = Laporkan ke CyberTipline (AS) atau polisi setempat
    .feedback = Melapor membuat pihak yang berwenang bisa turun tangan.
# Item to sort (do).
q-do-or-dont-keep-messages = Simpan pesan-pesan dan nama penggunanya
    .feedback = Bukti membantu platform dan polisi bertindak.
# Item to sort (don't).
q-do-or-dont-pay-the-demand = Membayar apa yang mereka minta
    .feedback = Membayar jarang menghentikan ancaman. Biasanya mereka minta lebih.
# Item to sort (don't).
q-do-or-dont-forward-to-family = Meneruskan fotonya ke kerabat untuk minta saran
    .feedback = Jangan pernah meneruskan fotonya. Cukup ceritakan apa yang sedang terjadi.
# Item to sort (don't).
q-do-or-dont-take-phone-as-punishment = Menyita HP-nya sebagai hukuman
    .feedback = Hukuman bisa membuat anak Anda merasa bersalah dan berhenti bercerita kepada Anda.

# Question: single choice about emotional support in the US.
q-emotional-support = Anak Anda yang tinggal di Amerika Serikat sangat terpukul setelah mengalami sekstorsi. Apa cara yang baik untuk mendapat dukungan bagi dia, atau bagi Anda?
    .hint = Ingat pilihan dukungan di kartu terakhir.
    .explanation = Di Amerika Serikat, Crisis Text Line memberi dukungan: kirim SMS THORN ke 741741. Dokter, guru BK, atau layanan bantuan juga bisa membantu. Di negara lain, ketuk Bantuan untuk mencari dukungan di negara Anda.
# Answer option (right).
q-emotional-support-text-thorn = Kirim SMS THORN ke 741741 untuk menghubungi Crisis Text Line
    .feedback = Ya. Konselor terlatih bisa membantu anak Anda, atau Anda, melewati saat-saat tersulit.
# Answer option (wrong).
q-emotional-support-wait-it-out = Menunggu dan melihat apakah perasaannya reda sendiri
    .feedback = Belum tepat. Sekstorsi bisa menimbulkan tekanan batin yang berat. Carilah dukungan sejak awal.
# Answer option (wrong).
q-emotional-support-post-warning = Memposting soal ini di internet untuk memperingatkan orang tua lain
    .feedback = Belum tepat. Memposting bisa membuka identitas anak Anda. Carilah dukungan secara pribadi, dan laporkan.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Coba katakan: "Aku baca bahwa kadang ada orang di internet yang mengancam remaja pakai foto. Kalau itu pernah terjadi padamu atau temanmu, itu bukan salahmu. Aku akan membantu, bukan menghukum. Apa yang bisa bikin kamu lebih gampang cerita ke aku?"
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan kepada kelompok: apa yang mungkin membuat anak muda enggan bercerita kepada orang dewasa tentang sekstorsi? Bagaimana orang dewasa bisa menghilangkan hambatan itu? Telusuri langkah-langkahnya bersama: tenangkan, hentikan, simpan, laporkan, dukung.
