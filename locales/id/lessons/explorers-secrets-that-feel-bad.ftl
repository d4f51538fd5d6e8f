# SafeSteps — MIT OR Apache-2.0

### Lesson: Secrets that feel bad are for telling (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words and no detail: talk about feelings and telling.
### Follows the NSPCC PANTS idea at a general level ("your body belongs to you").

# Lesson name on the lesson card.
lesson-title = Rahasia yang bikin tidak enak
# One line under the lesson name.
lesson-summary = Kejutan itu menyenangkan. Rahasia yang bikin tidak enak harus diceritakan. Yuk, cari tahu kenapa.

# Card 1: surprises are fun and shared soon.
card-surprises =
    Kejutan itu menyenangkan.
    Seperti kado ulang tahun.
    Kamu menyimpannya sebentar saja.
    Lalu semua orang tahu, dan mereka tersenyum!
    .together = Tanyakan: "Kejutan apa yang pernah kamu simpan?" Jawaban yang bagus adalah sesuatu yang menyenangkan dan segera diketahui semua orang, seperti kado.
# Card 2: secrets that feel bad are for telling.
card-secrets-that-feel-bad =
    Ada rahasia yang bikin tidak enak.
    Rahasia itu bikin kamu sedih, takut, atau khawatir.
    Rahasia yang tidak enak harus diceritakan.
    Ceritakan ke orang dewasa yang kamu percaya.
    .together = Tanyakan: "Rahasia yang tidak enak itu rasanya seperti apa?" Jawaban yang bagus: sedih, takut, khawatir. Katakan bahwa rahasia seperti itu harus diceritakan.
# Card 3: "don't tell your grown-ups" is never a fun surprise, whoever says it (a friend, someone in a game, even a grown-up the child knows).
card-no-secrets-from-grown-ups =
    Mungkin ada yang bilang, "Jangan bilang ke orang tuamu."
    Mungkin teman, atau orang di game.
    Bisa juga orang dewasa yang kamu kenal.
    Itu bukan kejutan yang menyenangkan.
    Itu rahasia yang harus diceritakan.
    .together = Katakan: "Kalau ada yang menyuruhmu jangan bilang kepadaku, itu rahasia yang harus diceritakan." Jaga suara Anda tetap tenang dan hangat.
# Card 4: body autonomy at a general level (NSPCC PANTS).
card-your-body =
    Tubuhmu milikmu.
    Kamu boleh bilang tidak, walaupun ke orang yang kamu kenal.
    Tidak artinya tidak.
    Kalau rasanya aneh atau kamu ragu, cerita ke orang dewasa.
    .together = Tanyakan: "Tubuhmu milik siapa?" Jawaban yang bagus: "Milikku." Ingatkan bahwa ia boleh bilang tidak, walaupun kepada keluarga.
# Card 5: never the child's fault; someone to talk to.
card-tell-someone =
    Kalau ada yang menyuruhmu menyimpan rahasia yang tidak enak, itu bukan salahmu.
    Kamu boleh cerita, walaupun sudah lama kamu simpan.
    Orang dewasa yang menjagamu tidak akan marah kepadamu.
    Kamu juga bisa mengetuk tombol Bantuan.
    .together = Katakan kepada anak Anda bahwa ia boleh menceritakan rahasia apa pun kepada Anda, walaupun sudah lama, dan Anda tidak akan marah. Kalau ia menceritakan hal yang mengkhawatirkan, ucapkan terima kasih, tetap tenang, dan cari bantuan.

# Question: sort things into surprises and secrets to tell.
q-surprise-or-tell = Ini kejutan yang menyenangkan, atau rahasia yang harus diceritakan? Masukkan setiap hal ke kotak yang cocok.
    .hint = Apakah nanti orang akan tersenyum? Atau rasanya tidak enak?
    .explanation = Kejutan itu menyenangkan dan semua orang segera tahu. Rahasia yang bikin tidak enak harus diceritakan ke orang dewasa.
# Group name.
q-surprise-or-tell-surprise = Kejutan yang menyenangkan
# Group name.
q-surprise-or-tell-tell-a-grown-up = Ceritakan ke orang dewasa
# Item to sort (fun surprise).
q-surprise-or-tell-birthday-gift = Kado untuk ulang tahun Ayah
    .feedback = Kado itu kejutan yang menyenangkan. Ayah akan segera tahu, dan ia akan tersenyum.
# Item to sort (fun surprise).
q-surprise-or-tell-party-for-gran = Pesta untuk Nenek
    .feedback = Pesta itu kejutan yang menyenangkan. Nenek akan segera tahu.
# Item to sort (tell a grown-up).
q-surprise-or-tell-game-chat-secret = Orang di game bilang, "Jangan bilang ke ibumu soal obrolan kita."
    .feedback = Tidak ada yang boleh menyuruhmu merahasiakan obrolan dari orang dewasa yang menjagamu. Ceritakan ke orang dewasa yang kamu percaya.
# Item to sort (tell a grown-up).
q-surprise-or-tell-tummy-feels-funny = Rahasia yang bikin perutmu terasa aneh
    .feedback = Rahasia yang bikin tidak enak harus diceritakan. Orang dewasa bisa menolong.
# Item to sort (tell a grown-up).
q-surprise-or-tell-picture-secret = Ada yang bilang, "Foto ini rahasia kita, ya."
    .feedback = Foto yang harus kamu sembunyikan harus diceritakan. Ceritakan ke orang dewasa yang kamu percaya.

# Question: a single choice about a game friend asking for a secret.
q-game-friend-secret = Teman di game bilang, "Jangan bilang ke ayahmu kalau kita ngobrol." Apa yang kamu lakukan?
    .hint = Apakah ini kejutan yang menyenangkan? Atau rahasia dari orang dewasa yang menjagamu?
    .explanation = Kejutan itu menyenangkan, dan orang segera tahu. "Jangan bilang ke ayahmu" itu bukan kejutan. Itu rahasia yang harus diceritakan.
# Answer option (right).
q-game-friend-secret-tell-a-grown-up = Cerita ke orang dewasa yang kupercaya.
    .feedback = Ya! Ini rahasia yang harus diceritakan. Orang dewasa yang menjagamu bisa menolong.
# Answer option (wrong).
q-game-friend-secret-keep-it = Simpan rahasianya.
    .feedback = Belum tepat. Ini bukan kejutan yang menyenangkan. Ini rahasia dari orang dewasa yang menjagamu, jadi ceritakan ke salah satu dari mereka.
# Answer option (wrong).
q-game-friend-secret-keep-chatting = Terus ngobrol dan diam saja.
    .feedback = Belum tepat. Rahasia dari orang dewasa yang menjagamu harus diceritakan. Mereka akan menolongmu.

# Question: true or false about keeping every secret. The right answer is "false".
q-keep-every-secret = Kamu harus menyimpan semua rahasia, termasuk yang bikin tidak enak.
    .hint = Apa yang kita lakukan dengan rahasia yang bikin tidak enak?
    .explanation = Rahasia yang bikin tidak enak harus diceritakan. Ceritakan ke orang dewasa di lingkaranmu.
# Feedback if the child picks "true" (wrong).
q-keep-every-secret-true =
    .feedback = Belum tepat. Kamu tidak harus menyimpan rahasia yang bikin tidak enak. Ceritakan ke orang dewasa yang kamu percaya.
# Feedback if the child picks "false" (right).
q-keep-every-secret-false =
    .feedback = Ya! Rahasia yang bikin tidak enak harus diceritakan.

# Question: a single choice about saying no to a hug (body autonomy).
q-hug-from-cousin = Sepupumu mau memelukmu. Kamu tidak mau dipeluk. Apa yang bisa kamu lakukan?
    .hint = Tubuhmu milik siapa?
    .explanation = Tubuhmu milikmu. Kamu boleh bilang tidak, walaupun ke orang yang kamu kenal. Kalau dia tidak berhenti, cerita ke orang dewasa yang kamu percaya.
# Answer option (right).
q-hug-from-cousin-no-thank-you = Bilang, "Tidak usah, terima kasih. Dadah saja, ya?"
    .feedback = Ya! Tubuhmu milikmu. Kamu boleh bilang tidak dengan cara yang baik.
# Answer option (wrong).
q-hug-from-cousin-must-hug = Tetap berpelukan, walaupun aku tidak mau.
    .feedback = Belum tepat. Tubuhmu milikmu. Kamu boleh bilang tidak, walaupun ke orang yang kamu kenal.
# Answer option (wrong).
q-hug-from-cousin-say-nothing = Diam saja. Aku tidak boleh bilang tidak.
    .feedback = Belum tepat. Kamu selalu boleh bilang tidak. Tidak artinya tidak. Orang dewasa bisa membantumu mengatakannya.

# Question: a single choice about a grown-up the child knows asking for a secret that feels odd (not a surprise).
q-grown-up-secret = Orang dewasa yang kamu kenal bilang, "Ini rahasia kita. Jangan bilang ke ibumu." Rasanya aneh. Apa yang kamu lakukan?
    .hint = Apakah ini kejutan yang menyenangkan, atau rahasia yang terasa aneh?
    .explanation = Rahasia yang terasa aneh harus diceritakan, walaupun orang dewasa yang kamu kenal menyuruhmu menyimpannya. Ceritakan ke orang dewasa di lingkaranmu.
# Answer option (right).
q-grown-up-secret-tell-circle = Cerita ke Ibu, atau ke orang dewasa di lingkaranku.
    .feedback = Ya! Kamu melakukan hal yang benar. Orang dewasa di lingkaranmu akan menolong.
# Answer option (wrong).
q-grown-up-secret-keep-it-they-are-nice = Simpan saja. Dia baik kepadaku.
    .feedback = Belum tepat. Orang dewasa yang baik pun tidak boleh meminta rahasia seperti ini. Ceritakan ke orang dewasa yang kamu percaya.
# Answer option (wrong).
q-grown-up-secret-do-what-they-say = Menurut saja apa katanya.
    .feedback = Belum tepat. Kamu tidak harus menyimpannya. Ceritakan ke orang dewasa di lingkaranmu.

# Question: true or false about blame. The right answer is "true".
q-not-to-blame = Kalau ada yang menyuruhmu menyimpan rahasia yang tidak enak, itu bukan salahmu.
    .hint = Siapa yang berbuat salah, kamu atau orang yang menyuruh?
    .explanation = Itu sama sekali bukan salahmu. Orang yang menyuruhmu itulah yang berbuat salah. Ceritakan ke orang dewasa. Mereka akan menolong.
# Feedback if the child picks "true" (right).
q-not-to-blame-true =
    .feedback = Ya! Itu sama sekali bukan salahmu. Orang dewasa yang menjagamu tidak akan marah kepadamu.
# Feedback if the child picks "false" (wrong).
q-not-to-blame-false =
    .feedback = Belum tepat. Itu sama sekali bukan salahmu. Bercerita adalah hal yang benar.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Tanyakan kepada anak Anda: "Apa bedanya kejutan dengan rahasia?" Katakan bahwa ia selalu boleh menceritakan rahasia yang bikin tidak enak kepada Anda, walaupun ada yang melarangnya, dan Anda tidak akan marah.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Di rumah, pakai kata "kejutan" dan "rahasia" dalam keseharian, dan sering-seringlah mengatakan bahwa rahasia yang tidak enak selalu harus diceritakan.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Minta kelompok menyebutkan kejutan yang menyenangkan dan rahasia yang bikin tidak enak. Bagaimana cara membedakannya? Kepada siapa mereka bisa menceritakan rahasia yang bikin tidak enak?
