# SafeSteps — MIT OR Apache-2.0

### Lesson: Kind and unkind online (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. Games and chats are fun; kindness makes them better.

# Lesson name on the lesson card.
lesson-title = Baik dan tidak baik
# One line under the lesson name.
lesson-summary = Kata-kata baik membuat game dan chat jadi seru. Yuk, belajar apa yang harus dilakukan kalau ada yang tidak baik.

# Card 1: kind words in games and chats.
card-kind-words =
    Game dan chat lebih seru kalau kita baik.
    Kata-kata baik membuat orang senang.
    "Permainan yang seru!" itu baik.
    "Usahamu bagus!" juga baik.
    .together = Tanyakan: "Kata-kata baik apa yang bisa kamu ucapkan di game?" Jawaban yang bagus: "Permainan yang seru!", "Usahamu bagus!", "Hebat!"
# Card 2: unkind words and how others feel.
card-unkind-words =
    Kata-kata yang tidak baik bisa menyakiti.
    Misalnya mengejek, atau "Kamu tidak boleh ikut main."
    Ada anak sungguhan yang membaca kata-katamu di layar.
    Kata-kata yang tidak baik bisa membuatnya sedih.
    .together = Tanyakan: "Bagaimana perasaanmu kalau ada yang menulis itu kepadamu?" Dengarkan, lalu sebutkan perasaan itu bersama-sama.
# Card 3: what to do if someone is unkind: stop, don't reply, tell; a grown-up helps block and report.
card-if-someone-is-unkind =
    Ada yang tidak baik kepadamu?
    Berhenti. Jangan dibalas.
    Cerita ke orang dewasa yang kamu percaya.
    Mereka bisa membantumu memblokir dan melaporkan orang itu.
    Itu bukan salahmu.
    .together = Tanyakan: "Apa yang kamu lakukan kalau ada yang tidak baik?" Jawaban yang bagus: berhenti, jangan dibalas, cerita ke orang dewasa. Kalau itu pernah terjadi, tetap tenang dan ucapkan terima kasih karena ia sudah bercerita.
# Card 4: being kind to others; someone to talk to.
card-you-can-be-kind =
    Kamu juga bisa bersikap baik.
    Pikir dulu sebelum mengetik.
    Apakah itu membuatnya tersenyum, atau sedih?
    Butuh bantuan? Bicara dengan orang dewasa yang kamu percaya.
    Atau ketuk tombol Bantuan.
    .together = Tanyakan: "Apa yang bisa kamu ketik supaya orang tersenyum?" Pujilah setiap ide yang baik.

# Question: sort words into kind and unkind.
q-kind-or-unkind = Kata-kata ini baik atau tidak baik? Masukkan setiap kata ke kotak yang cocok.
    .hint = Bagaimana perasaanmu kalau ada yang mengatakannya kepadamu?
    .explanation = Kata-kata baik membuat orang senang. Kata-kata yang tidak baik bisa membuat orang sedih.
# Group name.
q-kind-or-unkind-kind = Baik
# Group name.
q-kind-or-unkind-unkind = Tidak baik
# Item to sort (kind).
q-kind-or-unkind-good-game = "Permainan yang seru!"
    .feedback = Baik! Ini membuat temanmu senang, menang atau kalah.
# Item to sort (kind).
q-kind-or-unkind-nice-try = "Usahamu bagus!"
    .feedback = Baik! Ini membuat temanmu terus mencoba.
# Item to sort (kind).
q-kind-or-unkind-want-to-play = "Kamu mau ikut main?"
    .feedback = Baik! Ini membuat orang merasa ikut bersenang-senang.
# Item to sort (unkind).
q-kind-or-unkind-bad-at-this = "Kamu payah main ini."
    .feedback = Tidak baik. Kata-kata seperti ini bisa membuat orang sedih.
# Item to sort (unkind).
q-kind-or-unkind-cannot-play = "Kamu tidak boleh main sama kami."
    .feedback = Tidak baik. Ini bisa membuat orang merasa dikucilkan.

# Question: a single choice about being called names.
q-called-names = Seseorang di game mengejekmu. Apa yang kamu lakukan?
    .hint = Ingat tiga langkah di kartu tadi.
    .explanation = Berhenti, jangan dibalas, dan cerita ke orang dewasa yang kamu percaya. Itu bukan salahmu.
# Answer option (right).
q-called-names-stop-and-tell = Berhenti, jangan dibalas, dan cerita ke orang dewasa.
    .feedback = Ya! Orang dewasa yang kamu percaya bisa membantumu memblokir dan melaporkan orang itu.
# Answer option (wrong).
q-called-names-call-names-back = Balas mengejek dia.
    .feedback = Belum tepat. Wajar kalau kamu kesal. Tapi membalas dengan kata-kata jahat bisa membuatnya makin buruk. Berhenti dan cerita ke orang dewasa.
# Answer option (wrong).
q-called-names-keep-it-in = Terus main dan kusimpan sendiri saja.
    .feedback = Belum tepat. Kamu tidak harus menghadapinya sendirian. Cerita ke orang dewasa yang kamu percaya.

# Question: true or false about saying unkind things back. The right answer is "false".
q-say-it-back = Kalau ada yang tidak baik, lebih baik kita balas dengan kata-kata yang tidak baik juga.
    .hint = Apa saja langkahnya kalau ada yang tidak baik?
    .explanation = Berhenti, jangan dibalas, dan cerita ke orang dewasa. Membalas dengan kata-kata jahat bisa membuatnya makin buruk.
# Feedback if the child picks "true" (wrong).
q-say-it-back-true =
    .feedback = Belum tepat. Wajar kalau kamu kesal. Tapi lebih baik berhenti, jangan dibalas, dan cerita ke orang dewasa.
# Feedback if the child picks "false" (right).
q-say-it-back-false =
    .feedback = Ya! Berhenti, jangan dibalas, dan cerita ke orang dewasa yang kamu percaya.

# Question: a single choice about how someone else feels.
q-how-sam-feels = Di sebuah game, Mia mengetik ke Sam, "Kamu payah main ini!" Bagaimana kira-kira perasaan Sam?
    .hint = Bagaimana perasaanmu kalau ada yang berkata begitu kepadamu?
    .explanation = Kata-kata yang tidak baik bisa membuat orang sedih. Sam anak sungguhan dengan perasaan sungguhan.
# Answer option (right).
q-how-sam-feels-sad = Sedih atau sakit hati
    .feedback = Ya. Kata-kata yang tidak baik bisa menyakiti. Sam mungkin merasa sedih.
# Answer option (wrong).
q-how-sam-feels-happy = Senang
    .feedback = Belum tepat. Kata-kata yang tidak baik tidak membuat orang senang. Sam mungkin merasa sedih.
# Answer option (wrong).
q-how-sam-feels-does-not-care = Sam tidak peduli.
    .feedback = Belum tepat. Kata-kata di layar tetap bisa menyakiti. Sam anak sungguhan dengan perasaan sungguhan.

# Question: a single choice about what to say after a game.
q-after-a-game = Kamu kalah dalam game. Apa kata-kata baik yang bisa kamu ucapkan?
    .hint = Kata-kata mana yang membuat pemain lain tersenyum?
    .explanation = "Permainan yang seru!" itu baik, menang atau kalah.
# Answer option (right).
q-after-a-game-good-game = "Permainan yang seru!"
    .feedback = Ya! Itu baik, menang atau kalah.
# Answer option (wrong).
q-after-a-game-you-are-bad = "Kamu payah main ini!"
    .feedback = Belum tepat. Kata-kata itu bisa membuat orang sedih. Coba bilang "Permainan yang seru!"
# Answer option (wrong).
q-after-a-game-not-playing-with-you = "Aku tidak mau main sama kamu."
    .feedback = Belum tepat. Kalah memang bisa bikin kesal. Tapi "Permainan yang seru!" itu baik.

# Question: true or false about blame when someone is unkind. The right answer is "true".
q-unkind-to-you = Kalau ada yang tidak baik kepadamu, itu bukan salahmu.
    .hint = Siapa yang memilih kata-kata jahat itu?
    .explanation = Kalau ada yang tidak baik kepadamu, itu sama sekali bukan salahmu. Cerita ke orang dewasa yang kamu percaya.
# Feedback if the child picks "true" (right).
q-unkind-to-you-true =
    .feedback = Ya! Itu sama sekali bukan salahmu. Orang dewasa yang kamu percaya bisa menolong.
# Feedback if the child picks "false" (wrong).
q-unkind-to-you-false =
    .feedback = Belum tepat. Kalau ada yang tidak baik, itu sama sekali bukan salahmu. Cerita ke orang dewasa yang kamu percaya.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Tanyakan kepada anak Anda: "Kata-kata baik apa yang bisa kamu pakai di game?" Lalu tanyakan apa yang akan ia lakukan kalau ada yang tidak baik kepadanya di internet. Berlatih bersama: berhenti, jangan dibalas, cerita ke orang dewasa.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Di rumah, mainkan sebuah game bersama dan bergantianlah mengucapkan satu hal baik kepada satu sama lain selama bermain.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Minta kelompok menyebutkan kata-kata baik yang mereka suka dengar di game. Bagaimana perasaan orang karena kata-kata yang tidak baik? Apa tiga langkahnya kalau ada yang tidak baik?
