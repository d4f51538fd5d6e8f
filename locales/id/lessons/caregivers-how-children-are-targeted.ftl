# SafeSteps — MIT OR Apache-2.0

### Lesson: How children are targeted online (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Describe tactics, feelings and actions only; never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Bagaimana anak menjadi sasaran di internet
# One line under the lesson name.
lesson-summary = Kenali cara-cara umum yang dipakai orang untuk mendapatkan kepercayaan anak di internet, agar Anda bisa menyadarinya sejak awal dan membantu.

# Card 1: where contact happens; technology framed positively.
card-where-it-happens =
    Game, aplikasi media sosial, dan chat adalah bagian besar dari cara anak bermain, belajar, dan tetap berhubungan dengan teman. Sebagian besar waktu itu baik bagi mereka.
    Orang yang ingin menyakiti anak pergi ke tempat anak-anak berada. Artinya game populer, obrolan suara di dalam game, aplikasi video, dan grup chat.
    Kontak sering dimulai di ruang publik, seperti lobi game atau kolom komentar.
    Memahami cara kerja ruang-ruang ini membantu Anda menyadari masalah sejak awal, tanpa melarang hal-hal yang disukai anak Anda.
# Card 2: it is often someone the child knows, not only strangers.
card-who-it-can-be =
    Peringatan tentang orang asing saja tidak cukup. Kebanyakan orang yang menyakiti anak adalah orang yang dikenal anak itu.
    Bisa orang dewasa dalam kehidupannya, remaja yang lebih tua, atau anak seusianya.
    Bisa juga teman online yang sudah berminggu-minggu mengobrol dengannya. Orang itu mungkin pura-pura lebih muda, atau mengaku punya hobi yang sama, agar terlihat seperti teman.
    Jadi bicarakan soal perilaku, bukan hanya soal siapa orangnya. Siapa pun yang meminta rahasia atau melanggar batas patut diwaspadai.
# Card 3: how trust is built: flattery, attention and gifts.
card-building-trust =
    Kepercayaan sering dibangun perlahan. Berikut beberapa taktik yang umum.
    Banyak pujian dan perhatian, seperti "Kamu dewasa banget" atau "Cuma aku yang ngerti kamu."
    Hadiah, uang, voucher, atau mata uang dan skin di dalam game.
    Membela anak Anda saat ia bertengkar dengan teman atau keluarga.
    Selalu ada larut malam, saat orang lain sudah tidur.
    Hadiah bisa membuat anak merasa berutang budi. Pujian bisa membuatnya merasa istimewa dan dimengerti.
# Card 4: secrecy, moving to private chat, pressure and threats.
card-secrecy-and-pressure =
    Selanjutnya, orang itu sering mencoba menjauhkan anak dari bantuan.
    Ia mungkin meminta anak merahasiakan obrolan mereka, atau bilang orang tua "tidak akan mengerti".
    Ia mungkin mengajak pindah ke chat pribadi atau aplikasi lain, tempat tidak ada orang lain yang bisa melihat.
    Lalu nadanya bisa berubah. Ia mungkin memaksa meminta foto atau panggilan video, membuat anak merasa bersalah, atau mengancam.
    Ancaman dan rasa malu dipakai untuk membuat anak diam. Inilah sebabnya banyak anak tidak langsung bercerita.
# Card 5: never the child's fault; someone to talk to.
card-never-their-fault =
    Itu sama sekali bukan salah anak. Taktik-taktik ini direncanakan untuk menipu, dan juga berhasil pada orang dewasa.
    Kalau anak Anda terbuai pujian, menerima hadiah, atau menyimpan rahasia, yang salah adalah orang yang menjadikannya sasaran.
    Tunjukkan kepada anak Anda bahwa ia selalu bisa datang kepada Anda, dan ia tidak akan kehilangan kasih sayang atau dukungan Anda karena bercerita.
    Kalau Anda khawatir sekarang, bicaralah dengan orang yang Anda percaya, atau ketuk Bantuan untuk mencari dukungan di negara Anda.

# Question: single choice about in-game currency given with a request for secrecy.
q-free-currency = Seorang pemain yang dikenal anak Anda (10 tahun) di game mengiriminya mata uang game dan berkata, "Jangan bilang orang tuamu, nanti kamu disuruh balikin." Ini kemungkinan besar apa?
    .hint = Perhatikan kedua bagian pesannya, bukan hanya hadiahnya.
    .explanation = Hadiah yang disertai permintaan untuk merahasiakannya adalah taktik yang umum. Ini menumbuhkan rasa berutang budi, dan menjauhkan orang dewasa. Mengobrol dengan tenang bersama anak Anda adalah langkah selanjutnya yang baik.
# Answer option (right).
q-free-currency-common-tactic = Taktik umum untuk membangun kepercayaan dan kerahasiaan
    .feedback = Ya. Hadiah menumbuhkan rasa berutang budi, dan rahasia menjauhkan Anda. Keduanya tanda waspada.
# Answer option (wrong).
q-free-currency-just-generous = Pemain yang murah hati sedang berbuat baik
    .feedback = Belum tepat. Pemain yang baik tidak perlu hadiahnya dirahasiakan dari orang tua. Rahasianya itulah tanda waspadanya.
# Answer option (wrong).
q-free-currency-normal-trade = Tukar-menukar biasa antarpemain
    .feedback = Belum tepat. Tidak ada yang ditukar. Hadiah yang disertai "jangan bilang-bilang" adalah taktik yang umum.

# Question: true or false about strangers. The right answer is "false".
q-mostly-strangers = Kebanyakan orang yang menyakiti anak adalah orang asing yang mereka temui di internet.
    .hint = Pikirkan siapa yang paling mudah membangun kepercayaan seorang anak.
    .explanation = Kebanyakan orang yang menyakiti anak adalah orang yang mereka kenal. Termasuk orang dewasa dalam kehidupan mereka, remaja yang lebih tua, teman sebaya, dan teman online yang membangun kepercayaan.
# Feedback if the caregiver picks "true" (wrong).
q-mostly-strangers-true =
    .feedback = Belum tepat. Orang asing bisa menjadi risiko, tetapi kebanyakan orang yang menyakiti anak adalah orang yang dikenal anak itu. Bicarakan soal perilaku, bukan hanya orang asing.
# Feedback if the caregiver picks "false" (right).
q-mostly-strangers-false =
    .feedback = Betul. Kebanyakan adalah orang yang dikenal anak, atau yang lebih dulu menjadi "teman" online. Waspadai perilaku seperti rahasia dan tekanan.

# Question: multiple choice, "choose all that apply".
q-which-tactics = Mana saja yang termasuk taktik umum untuk menjadikan anak sasaran? Pilih semua yang cocok.
    .hint = Tanyakan untuk setiap pilihan: apakah ini membangun ikatan, menyembunyikan kontak, atau menekan anak?
    .explanation = Pujian berlebihan, hadiah, kerahasiaan, pindah ke chat pribadi, dan ancaman adalah taktik yang umum. Kata-kata ramah setelah pertandingan dan bermain dalam satu tim adalah bagian biasa dari bermain game.
# Answer option (a tactic).
q-which-tactics-flattery = Banyak pujian, seperti "Kamu dewasa banget untuk anak seumuranmu"
    .feedback = Ya. Pujian berlebihan bisa membuat anak merasa istimewa dan hanya dimengerti oleh orang ini.
# Answer option (a tactic).
q-which-tactics-gifts = Hadiah, uang, atau mata uang game
    .feedback = Ya. Hadiah bisa membuat anak merasa berutang budi.
# Answer option (a tactic).
q-which-tactics-keep-it-secret = Meminta anak merahasiakan obrolan
    .feedback = Ya. Kerahasiaan menjauhkan orang dewasa tepercaya, sehingga tidak ada yang bisa membantu.
# Answer option (a tactic).
q-which-tactics-move-to-private-chat = Mengajak pindah ke chat pribadi atau aplikasi lain
    .feedback = Ya. Ruang pribadi berarti tidak ada orang lain yang bisa melihat apa yang dikatakan.
# Answer option (a tactic).
q-which-tactics-threats = Ancaman atau membuat anak merasa bersalah saat ia ingin berhenti
    .feedback = Ya. Ancaman dan rasa bersalah dipakai agar anak tetap diam dan tetap berhubungan.
# Answer option (not a tactic).
q-which-tactics-says-good-game = Mengucapkan "permainan yang seru" setelah pertandingan
    .feedback = Belum tepat. Dengan sendirinya, ini obrolan game yang biasa dan ramah.
# Answer option (not a tactic).
q-which-tactics-same-team = Bermain dalam satu tim dengan anak Anda
    .feedback = Belum tepat. Bermain dalam tim adalah bagian biasa dari game. Waspadai rahasia, hadiah, dan tekanan.

# Question: put the common stages in order.
q-pattern = Upaya menjadikan anak sasaran sering mengikuti pola. Urutkan tahap-tahap ini sesuai urutan yang biasa terjadi.
    .hint = Kepercayaan harus ada dulu sebelum bisa disalahgunakan.
    .explanation = Kontak datang lebih dulu, lalu kepercayaan, lalu menjauhkan anak dari bantuan, lalu tekanan. Kasus nyata bisa berbeda-beda, tetapi memahami polanya membantu Anda turun tangan sejak awal.
# Step 1.
q-pattern-make-contact = Menjalin kontak di game, aplikasi, atau chat
    .feedback = Kontak biasanya dimulai di tempat anak-anak memang menghabiskan waktu.
# Step 2.
q-pattern-build-trust = Membangun kepercayaan dengan pujian, perhatian, dan hadiah
    .feedback = Kepercayaan datang berikutnya. Pujian dan hadiah membuat anak merasa istimewa.
# Step 3.
q-pattern-cut-off = Meminta kerahasiaan dan pindah ke chat pribadi
    .feedback = Lalu orang itu menjauhkan anak dari orang dewasa yang bisa membantu.
# Step 4.
q-pattern-pressure = Memaksa meminta lebih, dengan membuat anak merasa bersalah atau mengancam
    .feedback = Tekanan sering datang terakhir, saat anak merasa terjebak.

# Question: a scenario. The situation is shown first, then the question.
q-child-tells-you = Bagaimana cara menanggapi yang baik?
    .situation = Anak Anda (11 tahun) bercerita bahwa teman online dari sebuah game mengajaknya chat di aplikasi lain dan berkata, "Jangan bilang ibumu." Anak Anda tampak khawatir Anda akan marah.
    .hint = Reaksi Anda sekarang menentukan apakah anak Anda akan bercerita lagi lain kali.
    .explanation = Tetap tenang, berterima kasihlah kepada anak Anda, dan lihat chat-nya bersama-sama. Lalu simpan, blokir, dan laporkan. Menyita perangkat atau memarahi bisa mengajari anak untuk menyembunyikan sesuatu.
# Action (best).
q-child-tells-you-calm-thank-look-together = Tetap tenang, berterima kasih karena ia sudah bercerita, dan melihat chat-nya bersama-sama.
    .feedback = Pilihan terbaik. Anak Anda belajar bahwa bercerita kepada Anda itu aman. Setelah itu Anda bisa merencanakan langkah selanjutnya bersama.
# Action (also good).
q-child-tells-you-help-save-block-report = Membantunya menyimpan pesan-pesannya, lalu memblokir dan melaporkan akun itu.
    .feedback = Pilihan yang bagus. Menyimpan lebih dulu menjaga buktinya. Pastikan anak Anda juga mendengar bahwa ia sudah melakukan hal yang benar.
# Action (not helpful).
q-child-tells-you-take-device-away = Menyita perangkatnya selama sebulan agar hal ini tidak terulang.
    .feedback = Ini bisa terasa seperti hukuman karena bercerita. Lain kali, anak Anda mungkin memilih diam.
# Action (not helpful).
q-child-tells-you-scold-for-chatting = Memarahinya karena mengobrol dengan orang di internet.
    .feedback = Anak Anda sudah melakukan hal yang benar dengan bercerita kepada Anda. Memarahi bisa membuatnya merasa bersalah, padahal itu bukan salahnya.

# Question: sort behaviours into two groups.
q-sign-or-fine = Kelompokkan setiap perilaku dari orang yang dikenal anak Anda di internet.
    .hint = Apakah perilaku itu menyembunyikan kontak atau menumbuhkan rasa berutang, atau sekadar bermain biasa?
    .explanation = Rahasia, hadiah, dan ingin berduaan dengan anak lewat video adalah tanda waspada. Pujian untuk bangunan di game dan bermain bersama teman sekelas biasanya tidak apa-apa.
# Group name.
q-sign-or-fine-warning-sign = Tanda waspada
# Group name.
q-sign-or-fine-usually-fine = Biasanya tidak apa-apa
# Item to sort (warning sign).
q-sign-or-fine-asks-for-secrecy = Meminta anak Anda merahasiakan obrolan mereka
    .feedback = Kerahasiaan menjauhkan Anda. Itu tanda waspada.
# Item to sort (warning sign).
q-sign-or-fine-sends-gift-cards = Mengirim voucher hadiah tanpa alasan jelas
    .feedback = Hadiah tanpa alasan bisa menumbuhkan rasa berutang budi. Itu tanda waspada.
# Item to sort (warning sign).
q-sign-or-fine-asks-to-video-alone = Ingin panggilan video saat tidak ada orang dewasa di sekitar
    .feedback = Ingin berduaan dengan anak Anda di depan kamera adalah tanda waspada.
# Item to sort (usually fine).
q-sign-or-fine-praises-a-build = Bilang "bangunannya keren" tentang dunia game anak Anda
    .feedback = Komentar ramah tentang game, dengan sendirinya, biasanya tidak apa-apa.
# Item to sort (usually fine).
q-sign-or-fine-plays-with-classmates = Bermain dalam kelompok bersama teman-teman sekelas anak Anda
    .feedback = Bermain bersama teman yang dikenal anak Anda biasanya tidak apa-apa.

# Question: true or false about peers. The right answer is "true".
q-peers-too = Anak seusia juga bisa menekan anak lain di internet.
    .hint = Ingat lagi siapa saja pelakunya.
    .explanation = Ya. Tekanan bisa datang dari teman sebaya, seperti teman sekelas atau teman, selain dari orang dewasa. Tanda-tanda waspadanya sama.
# Feedback if the caregiver picks "true" (right).
q-peers-too-true =
    .feedback = Betul. Teman sebaya bisa memaksa meminta foto, rahasia, atau lebih. Bicarakan soal perilaku, berapa pun usia orang itu.
# Feedback if the caregiver picks "false" (wrong).
q-peers-too-false =
    .feedback = Belum tepat. Anak-anak juga bisa menekan anak lain. Perhatikan perilakunya, bukan hanya usianya.

# Question: single choice about who is responsible.
q-who-is-responsible = Seorang anak menerima hadiah dan merahasiakan obrolan selama berminggu-minggu sebelum bercerita. Siapa yang bertanggung jawab atas apa yang terjadi?
    .hint = Siapa yang merencanakan taktiknya?
    .explanation = Orang yang menjadikan anak itu sasaran yang bertanggung jawab. Taktik-taktik ini memang dirancang agar berhasil. Itu bukan salah anak, dan bukan tanda pengasuhan yang buruk.
# Answer option (right).
q-who-is-responsible-the-offender = Orang yang menjadikan anak itu sasaran
    .feedback = Ya. Dialah yang merencanakannya. Anak Anda perlu mendengar bahwa itu bukan salahnya.
# Answer option (wrong).
q-who-is-responsible-the-child = Anak itu, karena ia menyimpan rahasia
    .feedback = Belum tepat. Menyimpan rahasia adalah bagian dari tipu dayanya. Anak tidak pernah bersalah.
# Answer option (wrong).
q-who-is-responsible-the-parent = Orang tuanya, karena tidak memeriksa chat-nya
    .feedback = Belum tepat. Taktik-taktik ini sengaja disembunyikan. Yang salah adalah orang yang menjadikan anak itu sasaran.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Coba tanyakan: "Kalau ada orang di internet yang memberimu hadiah dan memintamu merahasiakannya, apa yang akan kamu lakukan?" Dengarkan dulu. Lalu sepakati bersama: "Kamu selalu boleh cerita kepadaku, dan kamu tidak akan kehilangan game-mu karena bercerita."
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan kepada kelompok: mengapa peringatan tentang orang asing melewatkan sebagian besar risiko? Buat daftar taktik dari pelajaran ini, lalu bahas apa yang membuat anak lebih mudah bercerita kepada orang dewasa sejak awal.
