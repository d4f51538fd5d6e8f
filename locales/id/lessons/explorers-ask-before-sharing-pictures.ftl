# SafeSteps — MIT OR Apache-2.0

### Lesson: Ask before sharing pictures (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. Never describe what a picture shows.

# Lesson name on the lesson card.
lesson-title = Tanya dulu soal foto
# One line under the lesson name.
lesson-summary = Foto itu seru. Yuk, belajar kapan harus tanya dulu, dan kapan harus cerita ke orang dewasa.

# Card 1: ask before taking or sharing a picture of someone.
card-ask-your-friend =
    Memfoto itu seru!
    Mau memfoto temanmu?
    Tanya dulu: "Boleh aku foto kamu?"
    Mau mengirim fotonya ke orang lain? Tanya lagi.
    Kalau temanmu bilang tidak, tidak apa-apa.
    .together = Tanyakan: "Kamu bilang apa sebelum memfoto teman?" Jawaban yang bagus: "Boleh aku foto kamu?" Pujilah ia karena bertanya.
# Card 2: ask a grown-up before sending a picture of yourself.
card-pictures-of-you =
    Mau mengirim fotomu sendiri?
    Tanya orang dewasa dulu.
    Foto bisa dikirim terus ke banyak orang.
    Orang dewasa yang menjagamu bisa membantumu memilih.
    .together = Tanyakan: "Kamu tanya siapa dulu sebelum mengirim fotomu?" Jawaban yang bagus menyebut Anda atau orang dewasa tepercaya lainnya.
# Card 3: if someone asks for pictures, you can say no and tell.
card-if-someone-asks =
    Ada yang minta fotomu?
    Mungkin orang di game.
    Mungkin orang yang kamu kenal.
    Kamu boleh bilang tidak.
    Lalu cerita ke orang dewasa yang kamu percaya.
    .together = Tanyakan: "Apa yang bisa kamu lakukan kalau ada yang minta foto?" Jawaban yang bagus: bilang tidak dan cerita ke orang dewasa. Kalau anak Anda bilang itu pernah terjadi, tetap tenang, ucapkan terima kasih, dan tanyakan apa yang terjadi.
# Card 4: never the child's fault; someone to talk to.
card-not-your-fault =
    Kalau ada yang minta fotomu, itu bukan salahmu.
    Kalau kamu sudah mengirimnya, itu tetap bukan salahmu.
    Orang dewasa yang menjagamu tidak akan marah kepadamu.
    Ceritakan ke mereka, atau ketuk tombol Bantuan.
    .together = Ucapkan dengan jelas: "Kalau ada yang minta fotomu, itu bukan salahmu, dan aku tidak akan marah." Kalau anak Anda menceritakan sesuatu, ucapkan terima kasih dulu, baru bertanya kemudian.

# Question: a single choice about taking a picture of a friend.
q-friend-picture = Kamu mau memfoto temanmu. Apa yang kamu lakukan dulu?
    .hint = Bagaimana perasaan temanmu kalau kamu tidak bertanya?
    .explanation = Selalu tanya dulu. Temanmu boleh memilih mau atau tidak.
# Answer option (right).
q-friend-picture-ask-first = Tanya, "Boleh aku foto kamu?"
    .feedback = Ya! Bertanya dulu itu baik. Temanmu boleh memilih.
# Answer option (wrong).
q-friend-picture-take-it-fast = Foto cepat-cepat, supaya dia tidak lihat.
    .feedback = Belum tepat. Mungkin temanmu tidak mau difoto. Tanya dia dulu.
# Answer option (wrong).
q-friend-picture-send-to-class = Foto dia, lalu kirim ke teman sekelas.
    .feedback = Belum tepat. Tanya temanmu dulu. Lalu tanya lagi sebelum kamu mengirimnya.

# Question: true or false about a friend who says no. The right answer is "false".
q-friend-says-no = Temanmu bilang tidak mau difoto. Kamu boleh memfotonya, sekali ini saja.
    .hint = Apa arti "tidak"?
    .explanation = Tidak artinya tidak. Kalau teman bilang tidak, jangan memfotonya.
# Feedback if the child picks "true" (wrong).
q-friend-says-no-true =
    .feedback = Belum tepat. Tidak artinya tidak, walaupun cuma sekali. Temanmu boleh memilih.
# Feedback if the child picks "false" (right).
q-friend-says-no-false =
    .feedback = Ya! Tidak artinya tidak. Itu baik untuk temanmu.

# Question: a single choice about sending a picture of yourself.
q-send-my-picture = Kamu mau mengirim fotomu ke orang di game. Apa yang kamu lakukan?
    .hint = Siapa yang bisa membantumu memilih?
    .explanation = Tanya orang dewasa sebelum mengirim fotomu. Foto bisa dikirim terus ke banyak orang.
# Answer option (right).
q-send-my-picture-ask-a-grown-up = Tanya orang dewasa dulu.
    .feedback = Ya! Orang dewasa yang kamu percaya bisa membantumu memilih.
# Answer option (wrong).
q-send-my-picture-send-it-now = Langsung kirim sekarang.
    .feedback = Belum tepat. Foto bisa dikirim terus ke banyak orang. Tanya orang dewasa dulu.
# Answer option (wrong).
q-send-my-picture-send-it-secretly = Kirim, dan jangan bilang ke orang dewasa yang menjagaku.
    .feedback = Belum tepat. Orang dewasa yang menjagamu bisa membantumu. Tanya mereka dulu.

# Question: a single choice about someone asking the child for a picture.
q-someone-asks = Seseorang di chat bilang, "Kirimi aku fotomu." Apa yang kamu lakukan?
    .hint = Apakah kamu harus bilang iya? Siapa yang bisa menolong?
    .explanation = Kamu boleh bilang tidak. Lalu cerita ke orang dewasa yang kamu percaya. Bukan salahmu kalau dia meminta.
# Answer option (right).
q-someone-asks-say-no-and-tell = Bilang tidak, lalu cerita ke orang dewasa.
    .feedback = Ya! Kamu boleh bilang tidak. Orang dewasa yang kamu percaya akan menolong.
# Answer option (wrong).
q-someone-asks-send-to-be-nice = Kirim satu, supaya dianggap baik.
    .feedback = Belum tepat. Kamu boleh bilang tidak dan tetap bersikap baik. Cerita ke orang dewasa yang kamu percaya.
# Answer option (wrong).
q-someone-asks-send-and-say-nothing = Kirim satu, lalu dirahasiakan.
    .feedback = Belum tepat. Ini rahasia yang harus diceritakan. Bilang tidak, lalu cerita ke orang dewasa.

# Question: sort actions into two groups.
q-good-idea-or-not = Masukkan setiap hal ke kotak yang cocok.
    .hint = Apakah bertanya dulu? Apakah minta bantuan orang dewasa?
    .explanation = Tanya dulu sebelum memfoto atau mengirim foto. Cerita ke orang dewasa kalau ada yang minta fotomu.
# Group name.
q-good-idea-or-not-good-idea = Ide bagus
# Group name.
q-good-idea-or-not-stop-and-think = Berhenti dan pikir dulu
# Item to sort (good idea).
q-good-idea-or-not-ask-before-taking = Tanya teman dulu sebelum memfotonya
    .feedback = Ide bagus! Bertanya dulu itu baik.
# Item to sort (good idea).
q-good-idea-or-not-ask-grown-up-before-sending = Tanya orang dewasa sebelum mengirim fotoku
    .feedback = Ide bagus! Orang dewasa bisa membantumu memilih.
# Item to sort (good idea).
q-good-idea-or-not-tell-about-asking = Cerita ke orang dewasa kalau ada yang minta foto
    .feedback = Ide bagus! Orang dewasa yang kamu percaya akan menolong.
# Item to sort (stop and think).
q-good-idea-or-not-share-without-asking = Mengirim foto teman tanpa bertanya
    .feedback = Berhenti dan pikir dulu. Temanmu boleh memilih. Tanya dulu.
# Item to sort (stop and think).
q-good-idea-or-not-send-to-game-friend = Mengirim fotoku ke orang di game
    .feedback = Berhenti dan pikir dulu. Tanya orang dewasa dulu.

# Question: true or false about telling after a picture was sent. The right answer is "true".
q-already-sent = Kamu sudah mengirim foto, dan sekarang perasaanmu tidak enak. Kamu tetap bisa cerita ke orang dewasa.
    .hint = Apakah orang dewasa tetap bisa menolongmu?
    .explanation = Kamu selalu boleh cerita. Itu bukan salahmu. Orang dewasa yang kamu percaya akan menolongmu.
# Feedback if the child picks "true" (right).
q-already-sent-true =
    .feedback = Ya! Itu bukan salahmu. Orang dewasa yang menjagamu tidak akan marah kepadamu.
# Feedback if the child picks "false" (wrong).
q-already-sent-false =
    .feedback = Belum tepat. Kamu selalu boleh cerita. Itu bukan salahmu, dan orang dewasa akan menolong.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Berlatih bertanya bersama: bergantianlah berkata "Boleh aku foto kamu?" dan menjawab ya atau tidak. Katakan kepada anak Anda bahwa kalau ada yang meminta fotonya, ia boleh bilang tidak dan cerita kepada Anda, dan Anda tidak akan marah.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Di rumah, sepakati satu aturan bersama: foto orang hanya dikirim setelah bertanya kepada orangnya, dan foto anak Anda hanya dikirim bersama Anda.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan kepada kelompok: mengapa kita bertanya dulu sebelum memfoto atau membagikan foto teman? Apa yang bisa dikatakan kalau ada yang meminta fotomu? Kepada siapa kamu bisa bercerita?
