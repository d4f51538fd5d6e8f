# SafeSteps — MIT OR Apache-2.0

### SafeSteps interface text (Indonesian, translated from English).
### Message ids start with the screen or module they belong to. Keep { $variables } as they are.

## Brand

# The app's name. Do not translate unless the app is published under another name in your language.
app-name = { -brand-name }

## Fallbacks

# Shown in place of a piece of text that is missing in every language (should never happen).
text-missing = (Teks ini belum tersedia.)

## Quiz

# Above each question. Variables: $current (the question's number), $total (how many questions).
quiz-progress = Pertanyaan { $current } dari { $total }

# The answer button for "this statement is true" in a true-or-false question.
quiz-true = Benar
# The answer button for "this statement is false" in a true-or-false question.
quiz-false = Salah

## Who a profile or lesson is for

# Age band of young children, shown when choosing a profile and on lesson cards.
band-explorers = Usia 5–8
# Age band of older children.
band-navigators = Usia 9–12
# Age band of teenagers.
band-teens = Usia 13–17
# Lessons and profiles for parents, carers and other caregivers.
band-caregivers = Orang tua dan pengasuh
# Profiles for teachers and trainers who run sessions with a group.
band-trainers = Guru dan pelatih

## Lesson topics (shown as a label on each lesson card)

# Topic: keeping personal information private.
topic-privacy = Privasi
# Topic: recognising when someone online is trying to win a child's trust to harm them.
topic-grooming = Tanda-tanda waspada
# Topic: when someone threatens to share private pictures unless you pay or send more.
topic-sextortion = Ancaman dan tekanan
# Topic: the grown-ups a child can go to, their safety circle.
topic-trusted-adults = Orang dewasa tepercaya
# Topic: secrets that feel bad and are for telling.
topic-secrets = Rahasia dan perasaan
# Topic: when something online feels wrong or upsetting, and what to do.
topic-feeling-unsafe = Saat ada yang terasa tidak beres
# Topic: being kind online, and unkind behaviour.
topic-kindness = Bersikap baik di internet
# Topic: passwords and accounts.
topic-passwords = Kata sandi
# Topic: privacy settings in apps and games.
topic-settings = Pengaturan
# Topic: people met online compared with people known in real life.
topic-online-friends = Teman online
# Topic: photos and videos, and asking before sharing them.
topic-images = Foto dan izin
# Topic: blocking and reporting people and content.
topic-blocking-reporting = Blokir dan laporkan
# Topic: bullying online and standing up for others.
topic-cyberbullying = Perundungan online
# Topic: where and how to get help.
topic-getting-help = Mencari bantuan
# Topic: what you post and leave behind online (digital footprint).
topic-footprint = Jejak digital
# Topic: pressure and control in dating or close relationships.
topic-relationships = Hubungan dan tekanan
# Topic: live video streaming.
topic-livestreaming = Siaran langsung
# Topic: helping a friend who is in trouble online.
topic-helping-friends = Membantu teman
# Topic (caregivers): how children are approached and targeted online.
topic-targeting = Bagaimana anak menjadi sasaran
# Topic (caregivers): signs that a child may be in trouble online.
topic-warning-signs = Tanda-tanda yang perlu diperhatikan
# Topic (caregivers): talking with children about online life.
topic-talking = Mengobrol bersama
# Topic (caregivers): settings and supervision that respect the child.
topic-supervision = Pengaturan dan pengawasan
# Topic (caregivers): reporting and finding support.
topic-reporting = Pelaporan dan dukungan

## Language picker

# Shown beside a language whose translation was made with machine help and not yet checked by a native speaker.
locale-status-machine-assisted = Diterjemahkan dengan bantuan mesin, belum diperiksa
# Shown beside a language where some text still appears in English.
locale-status-partial = Baru sebagian diterjemahkan

## Saving progress

# Shown once after the progress file could not be read and a new one was started. The old file is kept.
store-recovered-notice = Kami tidak bisa membaca progresmu yang tersimpan, jadi kami mulai dari awal. File lamamu tetap disimpan dengan aman, dan orang dewasa bisa meminta bantuan untuk memulihkannya.
# Shown when the saved progress comes from a newer version of the app.
store-newer-version = Progresmu disimpan oleh versi { -brand-name } yang lebih baru. Silakan perbarui aplikasinya. Tidak ada yang diubah.
# Shown when progress can only be kept in memory (for example in a private browser window).
store-memory-only-notice = Progres tidak akan disimpan di perangkat ini. Kamu tetap bisa mengikuti semua pelajaran.
# Shown when the lessons' text in the chosen language could not be fetched (the web app carries only English inside).
lesson-pack-failed-notice = Pelajaran belum bisa dimuat dalam bahasa ini, jadi untuk sementara tampil dalam bahasa Inggris. Sambungkan ke internet lalu buka aplikasi lagi.

## The frame around every screen

# A link for keyboard and screen-reader users that jumps past the top bar to the screen's content.
shell-skip-to-content = Langsung ke konten
# Label of the navigation area in the top bar (read by screen readers).
shell-nav-label = Utama
# Top-bar link to the settings screen.
shell-settings = Pengaturan
# Text of the help button that is always visible at the bottom of every screen. Keep it very short.
help-button = Bantuan
# Full label of the help button for screen readers.
help-button-label = Bantuan: apa yang harus dilakukan dan siapa yang bisa diajak bicara
# Button that opens the technical details of a problem (for an adult or a bug report).
notice-details = Detail
# Button that hides a notice.
notice-dismiss = Tutup

## Saving progress (problems)

# Shown when something could not be saved; the lesson can go on.
store-save-failed = Itu tidak bisa disimpan di perangkat ini. Kamu bisa lanjut; orang dewasa bisa memeriksa detailnya.
# Shown when saved progress could not be read.
store-read-failed = Progresmu yang tersimpan belum bisa dibaca saat ini. Kamu bisa lanjut; orang dewasa bisa memeriksa detailnya.

## Welcome (first run): choose a language

# Title of the first screen.
welcome-title = Selamat datang di { -brand-name }
# Under the title of the first screen.
welcome-intro = Pelajaran dan kuis singkat tentang cara tetap aman di internet, untuk anak-anak, remaja, dan orang dewasa yang menyayangi mereka.
# Heading above the list of languages.
welcome-choose-language = Pilih bahasamu
# Reassurance about privacy on the first screen.
welcome-privacy = Semuanya tetap ada di perangkat ini. Kami tidak pernah menanyakan nama aslimu, tanggal lahirmu, atau tempat tinggalmu.

## Create a profile

# Title of the screen where a profile is made.
profile-title = Buat profilmu
# Label of the nickname field.
profile-nickname-label = Nama panggilan
# Help under the nickname field.
profile-nickname-help = Sebaiknya pakai nama samaran. Jangan pakai nama lengkap aslimu.
# Heading of the avatar choices.
profile-avatar-label = Pilih gambar
# Heading of the choice of age band or role.
profile-audience-label = Profil ini untuk siapa?
# Choice: a child aged 5 to 8.
profile-audience-explorers = Umurku 5–8 tahun
# Choice: a child aged 9 to 12.
profile-audience-navigators = Umurku 9–12 tahun
# Choice: a teenager aged 13 to 17.
profile-audience-teens = Umurku 13–17 tahun
# Choice: a parent, grandparent or other carer.
profile-audience-caregivers = Saya orang tua atau pengasuh
# Choice: a teacher or trainer running sessions with a group.
profile-audience-trainers = Saya guru atau pelatih
# Button that saves the new profile.
profile-save = Mulai
# Shown when no age band or role was chosen.
profile-error-no-audience = Silakan pilih untuk siapa profil ini.
# Shown when the nickname is empty.
profile-error-empty-nickname = Silakan ketik nama panggilan.
# Shown when the nickname is too long.
profile-error-nickname-too-long = Nama panggilan itu terlalu panjang. Silakan pakai 24 huruf atau kurang.
# Shown when the nickname has invisible characters.
profile-error-nickname-characters = Nama panggilan itu berisi karakter yang tidak bisa kami tampilkan. Silakan ketik ulang.
# Shown for any other problem with the profile.
profile-error-other = Ada bagian profil yang tidak bisa disimpan. Silakan coba lagi.

## Avatars (read by screen readers)

# Avatar picture: a fox.
avatar-fox = Rubah
# Avatar picture: an owl.
avatar-owl = Burung hantu
# Avatar picture: a cat.
avatar-cat = Kucing
# Avatar picture: a turtle.
avatar-turtle = Kura-kura
# Avatar picture: a rabbit.
avatar-rabbit = Kelinci
# Avatar picture: a bear.
avatar-bear = Beruang
# Avatar picture: a robot.
avatar-robot = Robot
# Avatar picture: a star.
avatar-star = Bintang

## Home

# Greeting on the home screen. Variables: $name (the profile's nickname).
home-greeting = Hai, { $name }!
# Shown on the home screen when no profile exists yet.
home-no-profile = Yuk, buat profilmu dulu.
# Button to start making a profile.
home-start = Mulai
# Heading of the links to lessons for other ages.
home-other-bands = Pelajaran untuk usia lain
# A lesson that has not been opened yet.
lesson-status-not-started = Belum dimulai
# A lesson that was opened but not finished.
lesson-status-in-progress = Sedang dikerjakan
# A lesson that was finished.
lesson-status-done = Selesai
# A lesson finished with at least 80% right on the first try.
lesson-status-mastered = Sudah dikuasai
# How long a lesson takes. Variables: $minutes (a number).
lesson-minutes = { $minutes } menit

## Lesson cards

# Screen-reader label of the progress dots. Variables: $current (card number), $total (how many cards).
lesson-card-position = Kartu { $current } dari { $total }
# Button to go back one card.
lesson-back = Kembali
# Button to go to the next card.
lesson-next = Lanjut
# Button on the last card that starts the questions.
lesson-start-quiz = Jawab pertanyaan
# Shown when a link points to a lesson that does not exist.
lesson-not-found = Kami tidak bisa menemukan pelajaran itu.

## Quiz

# Button that checks the answer.
quiz-check = Periksa jawabanku
# Button that shows a hint.
quiz-show-hint = Lihat petunjuk
# Label before the hint text.
quiz-hint-label = Petunjuk:
# Shown before answering again after a first wrong try.
quiz-second-try = Ayo, coba sekali lagi.
# Help for a multiple-choice question.
quiz-choose-all = Pilih semua jawaban yang cocok.
# How to answer a single-choice question (shown until an answer is chosen).
quiz-how-single-choice = Ketuk jawaban yang kamu pilih.
# How to answer a multiple-choice question.
quiz-how-multiple-choice = Ketuk semua jawaban yang cocok.
# How to answer a true-or-false question.
quiz-how-true-false = Ketuk Benar atau Salah.
# How to answer a "what would you do" question.
quiz-how-scenario = Ketuk apa yang akan kamu lakukan.
# How to answer a sorting question.
quiz-how-sort-into-groups = Masukkan setiap item ke dalam kelompok.
# How to answer an ordering question.
quiz-how-order-steps = Susun semua langkah sesuai urutannya.
# Instructions for sorting items into groups by tapping.
quiz-sort-how = Ketuk sebuah item, lalu ketuk kelompok yang cocok untuknya.
# Screen-reader label of the list of items not yet sorted.
quiz-sort-tray = Item yang perlu dikelompokkan
# Button in a group that places the chosen item there.
quiz-place-here = Taruh di sini
# Screen-reader hint on a placed item: tapping it takes it out again.
quiz-take-out = (ketuk untuk mengeluarkan)
# Instructions for putting steps in order by tapping.
quiz-order-how = Ketuk langkah-langkahnya sesuai urutan yang akan kamu lakukan.
# Screen-reader label of the steps already put in order.
quiz-order-list = Urutanmu
# Screen-reader label of the steps not yet placed.
quiz-order-tray = Langkah yang belum ditempatkan
# Heading of the feedback when the answer is right.
quiz-verdict-correct = Ya, itu benar!
# Heading of the feedback when part of the answer is right.
quiz-verdict-partial = Sebagian sudah benar.
# Heading of the feedback when the answer is not right. Kind, never shaming.
quiz-verdict-incorrect = Belum tepat. Ini alasannya.
# Heading above the ranked list of actions in a "what would you do" question.
quiz-ranking-title = Urutan dari pilihan terbaik:
# Marks the action the learner chose.
quiz-your-choice = (pilihanmu)
# Label before the right answer, shown after the last try.
quiz-solution-label = Jawabannya:
# Button to answer the same question again.
quiz-try-again = Coba lagi
# Button to go to the next question.
quiz-next-question = Pertanyaan berikutnya
# Button after the last question.
quiz-see-results = Lihat hasilmu

## Results

# Title of the results screen.
results-title = Hebat, kamu sudah selesai!
# The score. Variables: $score (questions right), $total (how many questions).
results-score = Kamu menjawab benar { $score } dari { $total } pertanyaan.
# Shown when at least 80% were right on the first try.
results-mastered = Kamu sudah menguasai pelajaran ini.
# Shown otherwise. Encouraging.
results-not-mastered = Kamu bisa kembali ke pelajaran ini kapan saja untuk berlatih.
# Heading of the questions to look at again.
results-review-title = Pertanyaan untuk dilihat lagi
# Heading of the "talk together" prompt for a child and their grown-up.
results-talk-together = Mengobrol bersama
# Heading of the conversation starter in caregiver lessons.
results-talk-together-caregivers = Coba ini bersama anak Anda
# Heading of the discussion prompt for teachers and trainers.
results-trainer-prompt = Untuk kelompok Anda
# Heading: there is always someone to talk to.
results-someone-title = Ada yang bisa diajak bicara
# Body under that heading.
results-someone-body = Kalau ada sesuatu di internet yang membuatmu khawatir, ceritakan kepada orang dewasa yang kamu percaya. Layar Bantuan punya ide-ide lainnya.
# Button to the Help screen.
results-open-help = Buka Bantuan
# Button back to the home screen.
results-home = Kembali ke pelajaranku

## Help

# Title of the Help screen.
help-title = Bantuan
# First line of the Help screen.
help-never-your-fault = Kalau ada sesuatu di internet yang membuatmu sedih atau ada yang tidak beres, itu sama sekali bukan salahmu. Kamu bisa mendapat bantuan.
# Heading of the steps.
help-steps-title = Apa yang harus dilakukan
# Step 1.
help-step-stop = Berhenti. Kamu tidak harus terus melihat atau terus mengobrol.
# Step 2.
help-step-dont-reply = Jangan balas pesan yang membuatmu sedih atau menekanmu.
# Step 3.
help-step-save = Simpan bukti kejadiannya: ambil tangkapan layar (screenshot) pesan dan nama penggunanya. Jangan teruskan ke orang lain.
# Step 4.
help-step-block = Blokir orang itu.
# Step 5.
help-step-report = Laporkan di aplikasi atau game tersebut.
# Step 6.
help-step-tell = Ceritakan kepada orang dewasa yang kamu percaya. Mereka seharusnya membantumu, bukan menyalahkanmu.
# Heading: people to talk to.
help-someone-title = Ada yang bisa diajak bicara
# Who a trusted adult can be.
help-trusted-adult = Orang dewasa tepercaya itu misalnya orang tua atau pengasuh, anggota keluarga lain, guru, atau guru BK di sekolah.
# What to do in danger.
help-emergency = Kalau kamu dalam bahaya saat ini, hubungi nomor darurat di daerahmu.
# Heading of the helplines part.
help-helplines-title = Layanan bantuan untuk anak
# Body of the helplines part.
help-helplines-body = Sebagian besar negara punya layanan bantuan gratis untuk anak dan remaja. Child Helpline International mencantumkan daftarnya per negara.
# Link text to Child Helpline International's directory.
help-helplines-link = Cari layanan bantuan di negaramu (childhelplineinternational.org)
# Where the helpline information comes from and when it was checked.
help-helplines-source = Sumber: Child Helpline International, diperiksa pada 22 November 2026.

## Help: quick exit

# A button on Help and on lessons about abuse, for a child who is not alone: it replaces the app at once with a blank page. Keep it very short.
quick-exit = Keluar cepat
# What the quick exit button does: its tooltip, and its description for screen readers.
quick-exit-label = Keluar cepat: tinggalkan aplikasi ini sekarang dan tampilkan halaman kosong

## Help: what to do now (step lists; each line of a list is one step, keep one step per line)

# Heading above the situations.
help-now-title = Apa yang harus dilakukan sekarang
# Under that heading.
help-now-intro = Ketuk apa yang sedang terjadi. Lakukan satu langkah dulu, lalu langkah berikutnya.
# Situation title for ages 5–8: someone asks for pictures of their body, or says scary things.
help-now-pictures-explorers-title = Ada yang minta fotoku, atau membuatku takut
# Steps for ages 5–8. One step per line.
help-now-pictures-explorers =
    Berhenti. Kamu boleh bilang tidak.
    Jangan kirim foto apa pun.
    Keluar dari game atau chat itu.
    Ceritakan sekarang kepada orang dewasa di lingkaran amanmu.
    Ini bukan salahmu. Kamu sudah benar karena bercerita.
# Situation title for ages 9–12: someone asks for pictures or threatens them.
help-now-pictures-navigators-title = Ada yang meminta fotoku atau mengancamku
# Steps for ages 9–12. One step per line.
help-now-pictures-navigators =
    Ini bukan salahmu, walaupun kamu sudah mengirim sesuatu.
    Berhenti membalas. Jangan kirim apa pun, dan jangan membayar.
    Simpan pesannya. Ambil tangkapan layar dan catat nama penggunanya.
    Blokir dan laporkan akun itu di aplikasi.
    Ceritakan hari ini kepada orang dewasa yang kamu percaya. Mereka seharusnya membantumu, bukan menyalahkanmu.
# Situation title for ages 13–17: sextortion (pictures asked for, threats to share them, demands for money or more).
help-now-pictures-teens-title = Ada yang meminta fotoku atau mengancamku
# Steps for ages 13–17 (sextortion). One step per line.
help-now-pictures-teens =
    Ini tindak kejahatan dan bukan salahmu, walaupun kamu pernah mengirim sesuatu atau sudah membayar.
    Jangan membayar dan jangan kirim apa-apa lagi. Berhenti membalas.
    Simpan buktinya: tangkapan layar, nama pengguna, tautan. Jangan hapus akunmu dulu.
    Laporkan akun itu ke aplikasinya, dan ke CyberTipline atau polisi setempat.
    Take It Down (takeitdown.ncmec.org) bisa membantu menghapus gambar; hanya kode dari gambar itu yang keluar dari perangkatmu.
    Ceritakan kepada orang yang kamu percaya, atau hubungi layanan bantuan di bawah. Belum terlambat untuk mendapat bantuan.
# Situation title for caregivers: their child is being asked for pictures or threatened (sextortion).
help-now-pictures-caregivers-title = Anak saya dimintai foto atau diancam
# Steps for caregivers. One step per line.
help-now-pictures-caregivers =
    Tetap tenang. Berterima kasihlah kepada anak Anda karena sudah bercerita, dan katakan bahwa ini bukan salahnya.
    Jangan membayar dan jangan membalas orang itu. Membayar jarang menghentikan ancaman.
    Simpan buktinya: tangkapan layar, nama pengguna, tautan. Jangan meneruskan gambar apa pun.
    Laporkan akun itu ke platformnya, dan ke CyberTipline atau polisi setempat.
    Gunakan Take It Down (takeitdown.ncmec.org) untuk membantu menghapus gambar anak Anda.
    Tetap dampingi anak Anda. Hubungi layanan bantuan di bawah jika Anda atau anak Anda butuh dukungan.
# Situation title for ages 5–8: someone online makes them feel funny or uncomfortable.
help-now-uncomfortable-explorers-title = Ada orang di internet yang membuatku merasa aneh atau sedih
# Steps for ages 5–8. One step per line.
help-now-uncomfortable-explorers =
    Berhenti dan tutup game atau videonya.
    Kamu tidak harus menjawab.
    Datangi orang dewasa di lingkaran amanmu.
    Bilang: "Aku mau cerita sesuatu."
    Kamu tidak salah. Bercerita itu berani.
# Situation title for ages 9–12: someone online makes them uncomfortable.
help-now-uncomfortable-navigators-title = Ada orang di internet yang membuatku tidak nyaman
# Steps for ages 9–12. One step per line.
help-now-uncomfortable-navigators =
    Percayai perasaanmu. Kamu boleh berhenti mengobrol kapan saja.
    Jangan pindah ke chat pribadi, dan jangan beri tahu di mana kamu berada.
    Simpan pesannya dalam bentuk tangkapan layar.
    Blokir dan laporkan orang itu.
    Ceritakan apa yang terjadi kepada orang dewasa yang kamu percaya.
# Situation title for ages 13–17: someone online makes them uncomfortable (pressure, flattery, secrets).
help-now-uncomfortable-teens-title = Ada orang di internet yang membuatku tidak nyaman
# Steps for ages 13–17. One step per line.
help-now-uncomfortable-teens =
    Rasa tidak nyamanmu itu layak didengarkan. Kamu tidak wajib membalas siapa pun.
    Waspadai tekanan: hadiah, rahasia, ajakan pindah ke aplikasi lain, permintaan foto.
    Simpan tangkapan layar obrolan dan profilnya.
    Blokir dan laporkan akun itu.
    Bicaralah dengan orang yang kamu percaya, atau hubungi layanan bantuan di bawah.
# Situation title for caregivers: someone online is making their child uncomfortable.
help-now-uncomfortable-caregivers-title = Ada orang di internet yang membuat anak saya tidak nyaman
# Steps for caregivers. One step per line.
help-now-uncomfortable-caregivers =
    Dengarkan dulu dan tetap tenang. Reaksi Anda menentukan apakah anak Anda mau bercerita lagi lain kali.
    Jangan sita HP-nya sebagai hukuman.
    Bersama anak Anda, simpan tangkapan layar pesan dan profilnya.
    Blokir dan laporkan akun itu bersama-sama.
    Jika ada orang dewasa yang meminta anak menyimpan rahasia, mengirim foto, atau bertemu, laporkan ke polisi.
# Situation title for ages 5–8: a friend told them something worrying.
help-now-friend-explorers-title = Temanku cerita sesuatu yang membuatku khawatir
# Steps for ages 5–8. One step per line.
help-now-friend-explorers =
    Kamu teman yang baik karena mau mendengarkan.
    Ada rahasia yang perlu diceritakan.
    Ceritakan kepada orang dewasa di lingkaran amanmu.
    Bercerita membantu temanmu mendapat pertolongan.
# Situation title for ages 9–12: a friend told them something worrying.
help-now-friend-navigators-title = Temanku menceritakan sesuatu yang mengkhawatirkan
# Steps for ages 9–12. One step per line.
help-now-friend-navigators =
    Dengarkan, dan bilang ke temanmu bahwa itu bukan salahnya.
    Jangan bagikan foto atau pesannya kepada siapa pun.
    Ceritakan kepada orang dewasa yang kamu percaya, walaupun temanmu memintamu merahasiakannya.
    Tetaplah menjadi temannya.
# Situation title for ages 13–17: a friend told them something worrying.
help-now-friend-teens-title = Temanku menceritakan sesuatu yang mengkhawatirkan
# Steps for ages 13–17. One step per line.
help-now-friend-teens =
    Dengarkan tanpa menghakimi. Katakan bahwa itu bukan salahnya.
    Jangan pernah meneruskan foto atau pesannya, walaupun untuk membantu.
    Dorong dia untuk bercerita kepada orang dewasa tepercaya, dan tawarkan untuk menemaninya.
    Kalau dia dalam bahaya, kamu sendiri yang perlu memberi tahu orang dewasa. Itu bukan pengkhianatan.
    Jaga dirimu juga. Kamu bisa menghubungi layanan bantuan di bawah.
# Situation title for caregivers: their child's friend told their child something worrying.
help-now-friend-caregivers-title = Anak saya bercerita tentang hal mengkhawatirkan yang dialami temannya
# Steps for caregivers. One step per line.
help-now-friend-caregivers =
    Berterima kasihlah kepada anak Anda karena sudah bercerita. Yang dilakukannya sudah benar.
    Jangan meminta atau melihat gambar apa pun.
    Bicarakan dengan tenang bersama orang tua atau pengasuh teman itu, atau dengan pihak sekolah.
    Jika ada anak yang mungkin dalam bahaya, laporkan ke layanan bantuan atau polisi.
# Situation title for ages 5–8: they saw something upsetting.
help-now-saw-explorers-title = Aku melihat sesuatu yang membuatku sedih
# Steps for ages 5–8. One step per line.
help-now-saw-explorers =
    Tutup atau telungkupkan layarnya.
    Kamu tidak salah.
    Ceritakan kepada orang dewasa apa yang kamu lihat.
    Lakukan sesuatu yang menenangkan bersamanya.
# Situation title for ages 9–12: they saw something upsetting.
help-now-saw-navigators-title = Aku melihat sesuatu yang mengganggu
# Steps for ages 9–12. One step per line.
help-now-saw-navigators =
    Tutup saja. Kamu tidak harus terus menonton.
    Jangan bagikan kepada orang lain.
    Laporkan di aplikasinya.
    Ceritakan perasaanmu kepada orang dewasa yang kamu percaya.
# Situation title for ages 13–17: they saw something upsetting.
help-now-saw-teens-title = Aku melihat sesuatu yang mengganggu
# Steps for ages 13–17. One step per line.
help-now-saw-teens =
    Tutup saja. Kamu tidak harus terus menonton.
    Jangan bagikan atau teruskan, walaupun sebagai peringatan.
    Laporkan di platformnya. Kalau isinya menunjukkan anak yang disakiti, laporkan ke CyberTipline atau polisi.
    Bicaralah dengan orang yang kamu percaya kalau hal itu terus terpikirkan.
# Situation title for caregivers: their child saw something upsetting.
help-now-saw-caregivers-title = Anak saya melihat sesuatu yang mengganggu
# Steps for caregivers. One step per line.
help-now-saw-caregivers =
    Tetap tenang dan berterima kasihlah karena anak Anda sudah bercerita. Itu bukan salahnya.
    Tanyakan apa yang dilihatnya dan bagaimana perasaannya, tanpa menyalahkan.
    Laporkan di platformnya. Laporkan gambar kekerasan seksual terhadap anak ke polisi atau CyberTipline; jangan dibagikan.
    Tanyakan lagi kabarnya dalam beberapa hari ke depan.

## Help: contacts in your country

# Label of the country picker on Help and in Settings.
help-country-label = Negaramu
# The country picker's first choice, when no country is chosen yet.
help-country-choose = Pilih negaramu
# In the country picker: the user's country is not in the list.
help-country-other = Negaraku tidak ada di daftar
# Heading above the chosen country's contacts. Variable: $country (the country's name).
help-contacts-title = Siapa yang bisa membantu di { $country }
# Shown when no country is chosen, or the country has no checked line in the app.
help-contacts-none = Kami belum punya layanan bantuan yang sudah diperiksa untuk negara ini. Ikuti langkah-langkah di layar ini, dan cari layanan di daftar Child Helpline International di bawah.
# Tag on a contact: someone to talk to.
help-purpose-talk = Bicara dengan seseorang
# Tag on a contact: a place to report abuse.
help-purpose-report = Laporkan kekerasan
# Tag on a contact: emergencies.
help-purpose-emergency = Darurat
# Tag on a contact: getting pictures removed from the internet.
help-purpose-remove-images = Hapus foto
# Button on a contact. Variable: $number (the phone number).
help-call = Telepon { $number }
# Button on a contact. Variable: $number (a number that takes text messages).
help-text = Kirim SMS ke { $number }
# Button on a contact that takes a keyword by text message. Variables: $keyword (the word to send), $number.
help-text-keyword = Kirim SMS { $keyword } ke { $number }
# Button on a contact that answers on WhatsApp. Variable: $number.
help-whatsapp = Hubungi lewat WhatsApp { $number }
# Link to a contact's website or online form.
help-website = Buka situs web
# When a contact answers.
help-hours-always = Buka 24 jam, setiap hari
# What a contact costs.
help-cost-free = Gratis
# Under each contact: the source and the day it was checked. Variables: $source (a web address), $date (a date, year-month-day).
help-check-number = Pastikan nomor ini tepat untukmu. Sumber: { $source }, diperiksa pada { $date }.

## Help: my safety circle

# Heading of the safety circle on Help.
circle-title = Lingkaran amanku
# Under the heading.
circle-intro = Tulis nama depan hingga lima orang dewasa yang kamu percaya. Nama-nama itu hanya tersimpan di perangkat ini.
# When the circle is empty.
circle-empty = Belum ada siapa-siapa. Tambahkan orang dewasa yang kamu percaya.
# Label of the name field.
circle-name-label = Nama depan atau nama panggilan
# Button that adds the name.
circle-add = Tambahkan ke lingkaranku
# Button that removes a name, for screen readers. Variable: $name.
circle-remove = Hapus { $name }
# When the circle already has five names.
circle-full = Lingkaranmu sudah berisi lima orang. Hapus satu untuk menambahkan orang lain.
# When the name is empty or too long.
circle-name-invalid = Tulis nama yang panjangnya 1 sampai 30 huruf.
# When there is no profile yet.
circle-no-profile = Buat profil dulu, lalu kamu bisa menyimpan lingkaran amanmu di sini.
# Heading at the end of lessons about telling someone.
circle-results-title = Kepada siapa kamu bisa bercerita
# Before the names at the end of those lessons.
circle-results-body = Kamu bisa bercerita kepada siapa saja di lingkaran amanmu:
# At the end of those lessons, when the circle is empty.
circle-results-add = Tambahkan orang dewasa yang kamu percaya ke lingkaran amanmu di layar Bantuan.

## Country names (in the country picker)

# A country's name.
country-bo = Bolivia
# A country's name.
country-br = Brasil
# A country's name.
country-ec = Ekuador
# A country's name.
country-fr = Prancis
# A country's name.
country-gb = Britania Raya
# A country's name.
country-gt = Guatemala
# A country's name.
country-id = Indonesia
# A country's name.
country-in = India
# A country's name.
country-ke = Kenya
# A country's name.
country-mx = Meksiko
# A country's name.
country-ph = Filipina
# A country's name.
country-us = Amerika Serikat

## For grown-ups: the gate

# Heading of the question that keeps young children out of the family pages.
gate-title = Untuk orang dewasa
# The question. Variables: $left and $right (two numbers to multiply).
gate-question = Untuk melanjutkan, ketik jawabannya: berapa { $left } × { $right }?
# Label of the answer field.
gate-answer-label = Jawaban
# Button under the answer.
gate-continue = Lanjutkan
# After a wrong answer.
gate-wrong = Jawaban itu belum tepat. Ini pertanyaan baru.
# Heading of the gate's setting.
gate-level = Pertanyaan untuk orang dewasa
# A gate setting: the usual question.
gate-level-standard = Standar
# A gate setting: bigger numbers, for an older child who knows the times tables.
gate-level-harder = Lebih sulit

## For grown-ups: the family view

# Title of the family view.
family-title = Keluarga
# Under the title.
family-intro = Apa yang sudah dikerjakan setiap anak di perangkat ini, dan apa yang bisa dibicarakan selanjutnya. Anda melihat topiknya, tidak pernah jawaban mereka, supaya anak-anak bisa menjawab dengan jujur.
# When there are no children's profiles.
family-no-children = Belum ada profil anak di perangkat ini.
# A child's progress. Variables: $done, $total, $mastered (numbers of lessons).
family-progress = Pelajaran selesai: { $done } dari { $total }. Sudah dikuasai: { $mastered }.
# Heading of the lessons a child has finished.
family-done-title = Selesai
# Heading of the topics to talk about.
family-talk-about = Untuk dibicarakan selanjutnya
# When a child has missed nothing lately.
family-talk-nothing = Tidak ada yang perlu diulang untuk saat ini. Tanyakan bagian mana yang paling disukainya.
# Link to the conversation starters.
family-starters-link = Pembuka obrolan sesuai usia
# Link to managing profiles.
family-manage-link = Kelola profil
# Link from Settings and Home to the family view.
family-open = Tampilan keluarga (untuk orang dewasa)

## For grown-ups: managing profiles

# Title of the profile management screen.
manage-title = Kelola profil
# Button: reset a child's progress.
manage-reset = Atur ulang progres
# Button: delete a profile.
manage-delete = Hapus profil
# Confirmation before deleting. Variable: $name (the profile's nickname).
manage-confirm-delete = Hapus { $name }? Profil ini akan hilang dari daftar di perangkat ini. Anda bisa memulihkannya, beserta semua progresnya, selama 30 hari.
# Confirmation before a reset. Variable: $name.
manage-confirm-reset = Atur ulang progres { $name }? Pelajarannya akan dimulai lagi dari awal. Anda bisa membatalkannya selama 30 hari.
# Button: save a backup file before deleting or resetting.
manage-backup-first = Simpan cadangan dulu
# After the backup was saved. Variable: $file (the file's name or place).
manage-backup-saved = Cadangan disimpan: { $file }
# When the backup could not be saved.
manage-backup-failed = Cadangan tidak bisa disimpan. Tidak ada yang dihapus.
# Button that confirms a deletion or a reset.
manage-confirm = Konfirmasi
# Button that cancels.
manage-cancel = Batal
# Button that undoes the last reset.
manage-undo-reset = Batalkan atur ulang
# Heading of the recently deleted profiles.
manage-deleted-title = Baru saja dihapus
# Button that brings a deleted profile back. Variable: $name.
manage-restore = Pulihkan { $name }
# Under a deleted profile. Variable: $date (a date, year-month-day).
manage-restorable-until = Bisa dipulihkan sampai { $date }.
# When nothing was deleted lately.
manage-none-deleted = Tidak ada yang dihapus dalam 30 hari terakhir.

## For grown-ups: conversation starters

# Title of the conversation starters page.
starters-title = Pembuka obrolan sesuai usia
# Under the title.
starters-intro = Pertanyaan dan kegiatan dari pelajaran, per topik, untuk memulai obrolan di rumah atau dalam kelompok.
# Label of a prompt from a lesson for a young child with a grown-up.
starters-with-child = Bersama anak usia 5–8
# Label of a prompt from a caregivers' lesson.
starters-for-caregivers = Untuk Anda dan anak Anda
# Label of a discussion prompt for a group. Variable: $band (who the lesson is for).
starters-with-group = Bersama kelompok ({ $band })

## Learning together (lessons for ages 5–8)

# Toggle on the first card of a lesson for 5–8-year-olds.
together-toggle = Kita mengerjakan ini bersama
# Label of the grown-up's prompt beside each card.
together-label = Untuk orang dewasa
# Heading of the next step at home on the results screen.
together-at-home = Langkah berikutnya di rumah

## Classroom mode (for trainers with one screen and a whole group)

# Title of the classroom screen.
classroom-title = Kelas
# Under the title.
classroom-intro = Bawakan pelajaran untuk seluruh kelompok dari satu layar, dibagi dalam tim. Semuanya bisa dipakai tanpa internet.
# Link from Home and Settings to the classroom screen.
classroom-open = Mode kelas (untuk guru dan pelatih)
# Heading of the ready-made plans.
classroom-ready-made = Rencana siap pakai
# Name of a ready-made plan. Variables: $band (who it is for, such as "Ages 9–12"), $part (a number).
classroom-ready-name = { $band }, bagian { $part }
# Length of a plan or a lesson. Variable: $minutes.
classroom-minutes = { $minutes } menit
# Button that starts a plan with the group.
classroom-run = Jalankan bersama kelompok
# Link to the printable trainer sheet of a plan.
classroom-print-sheet = Lembar pelatih
# Link to the printable one-page handout of a lesson.
classroom-print-handout = Lembar peserta
# Heading of the trainer's own plans.
classroom-my-plans = Rencana saya
# When the trainer has no plans yet.
classroom-no-plans = Belum ada rencana yang disimpan.
# Heading of the plan builder.
classroom-new-plan = Susun rencana
# Label of the plan's name field.
classroom-plan-name = Nama rencana
# The plan's total time. Variable: $minutes.
classroom-plan-total = Total: { $minutes } menit, dengan waktu diskusi setelah setiap pelajaran
# Button that saves the plan.
classroom-save-plan = Simpan rencana
# Button that deletes a saved plan. Variable: $name.
classroom-delete-plan = Hapus { $name }
# When the plan has no name.
classroom-plan-needs-name = Beri nama rencana ini.
# When the plan has no lessons.
classroom-plan-needs-lessons = Pilih setidaknya satu pelajaran.
# Heading of past sessions.
classroom-sessions = Sesi yang sudah berlangsung
# When there are none.
classroom-no-sessions = Belum ada sesi.
# A past session. Variables: $date, $plan (its name).
classroom-session = { $date }: { $plan }
# Button that saves a session's results as a CSV file for a report.
classroom-export-csv = Ekspor CSV
# When the CSV file could not be saved.
classroom-export-failed = File CSV tidak bisa disimpan.
# Heading of the team set-up.
classroom-teams-title = Tim
# Label of the number of teams.
classroom-team-count = Jumlah tim
# Label of a team's name field. Variable: $number.
classroom-team-name = Nama tim { $number }
# A team's name until the trainer changes it. Variable: $number.
classroom-team-default = Tim { $number }
# Button that starts the session.
classroom-start = Mulai
# When the team names cannot be used.
classroom-teams-problem = Beri setiap tim nama yang berbeda, panjangnya 1 sampai 24 karakter.

## Presenter (the projected screen)

# How to drive the presenter from the keyboard or a clicker.
presenter-keys = Tombol: → atau Spasi untuk lanjut, ← untuk kembali, R untuk menampilkan jawaban, N untuk catatan, 1 sampai 6 saat sebuah tim menjawab benar.
# Button: next card or question.
presenter-next = Lanjut
# Button: back.
presenter-back = Kembali
# Button: show the answer to the group.
presenter-reveal = Tampilkan jawaban
# Heading of the answer, once shown.
presenter-answer = Jawaban
# Heading of the trainer's notes (feedback and discussion prompt).
presenter-notes = Catatan pelatih
# Button that hides or shows the notes while projecting.
presenter-notes-toggle = Catatan
# Heading of the team buttons under a question.
presenter-who-got-it = Tim mana saja yang menjawab benar?
# Heading of the scoreboard.
presenter-scoreboard = Poin sejauh ini
# A team's points. Variables: $team (its name), $points (a number).
presenter-points = { $team }: { $points }
# Where the presenter is. Variables: $current and $total (numbers).
presenter-progress = { $current } dari { $total }
# Heading of the end screen.
presenter-end = Hebat, semuanya!
# Under it: encouraging, never ranking.
presenter-end-body = Setiap tim belajar sesuatu hari ini. Inilah yang dijawab benar oleh setiap tim di setiap pelajaran.
# Heading of the group discussion prompt in the notes.
presenter-discussion = Ayo kita bahas

## Printables

# Button that opens the browser's print dialog.
print-button = Cetak atau simpan sebagai PDF
# Heading of a lesson handout's questions.
print-questions = Pertanyaan untuk dipikirkan
# Heading of a trainer sheet. Variable: $plan (the plan's name).
print-plan-title = Lembar pelatih: { $plan }
# Heading of the answers on a trainer sheet.
print-answers = Jawaban

## Settings

# Title of the settings screen.
settings-title = Pengaturan
# Heading of the language choice.
settings-language = Bahasa
# Heading of the profile list.
settings-profiles = Profil di perangkat ini
# Button to make another profile.
settings-add-profile = Tambah profil
# Heading of the text size choice.
settings-text-size = Ukuran teks
# Text size: the normal size.
settings-text-size-standard = Standar
# Text size: one step bigger.
settings-text-size-large = Besar
# Text size: two steps bigger.
settings-text-size-larger = Lebih besar
# Text size: the biggest.
settings-text-size-largest = Paling besar
# Heading of the motion setting.
settings-motion = Gerakan
# Checkbox label: fewer animations.
settings-reduced-motion = Kurangi gerakan dan animasi

## Not found

# Title when a page does not exist.
not-found-title = Kami tidak bisa menemukan halaman itu
# Body when a page does not exist.
not-found-body = Tautannya mungkin sudah tidak berlaku. Yuk, kembali ke awal.
# Button back to the start.
not-found-home = Ke halaman awal

# Used in other messages; do not use on its own.
-brand-name = SafeSteps
