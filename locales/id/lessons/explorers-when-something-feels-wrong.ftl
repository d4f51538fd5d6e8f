# SafeSteps — MIT OR Apache-2.0

### Lesson: When something online feels wrong: stop, leave, tell (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words, and never say what the child saw.

# Lesson name on the lesson card.
lesson-title = Saat ada yang terasa tidak beres
# One line under the lesson name.
lesson-summary = Kalau ada sesuatu di internet yang bikin perasaanmu tidak enak, kamu bisa berhenti, pergi, dan cerita.

# Card 1: online is mostly fun; some things make us feel bad.
card-feelings =
    Kebanyakan hal di internet itu seru.
    Tapi ada yang bisa bikin kamu sedih.
    Atau takut, atau bingung.
    Perasaan itu memberi tahu kamu untuk berhenti.
    .together = Tanyakan: "Tubuhmu terasa bagaimana kalau ada yang tidak beres?" Jawaban yang bagus: perut mulas, jantung berdebar, merasa bingung.
# Card 2: stop and leave: close it or turn the screen over.
card-stop-and-leave =
    Berhenti.
    Tutup, atau balikkan layarnya.
    Kamu boleh menaruh tabletnya.
    Kamu tidak harus melihatnya.
    .together = Berlatih: pura-pura ada sesuatu di layar yang terasa tidak beres, lalu anak Anda membalikkan layarnya.
# Card 3: tell a grown-up; what to say.
card-tell-a-grown-up =
    Datangi orang dewasa yang kamu percaya, lalu cerita.
    Kamu bisa bilang, "Aku lihat sesuatu yang bikin perasaanku tidak enak."
    Mereka akan menolongmu.
    Tetap cerita, walaupun chat itu dari orang yang kamu kenal.
    .together = Tanyakan: "Kamu bisa bilang apa kepadaku?" Jawaban yang bagus: "Aku lihat sesuatu yang bikin perasaanku tidak enak." Ucapkan terima kasih karena ia sudah berlatih.
# Card 4: never the child's fault; the grown-up will not be cross; Help button.
card-never-your-fault =
    Itu sama sekali bukan salahmu.
    Orang dewasa yang menjagamu tidak akan marah kepadamu.
    Kamu sudah benar karena bercerita.
    Kamu juga bisa mengetuk tombol Bantuan.
    .together = Ucapkan bersama: "Itu sama sekali bukan salahmu." Kalau anak Anda bercerita tentang sesuatu yang ia lihat, tetap tenang dan ucapkan terima kasih.

# Question: a single choice about a video that feels scary.
q-scary-video = Sebuah video membuatmu takut. Apa yang kamu lakukan dulu?
    .hint = Apa langkah pertama kalau ada yang terasa tidak beres?
    .explanation = Berhenti dan pergi. Tutup, atau balikkan layarnya. Lalu cerita ke orang dewasa.
# Answer option (right).
q-scary-video-stop-and-close = Berhenti, lalu tutup atau balikkan layarnya.
    .feedback = Ya! Kamu tidak harus melihatnya. Sekarang cerita ke orang dewasa yang kamu percaya.
# Answer option (wrong).
q-scary-video-keep-watching = Terus menonton sampai habis.
    .feedback = Belum tepat. Kamu tidak harus terus melihat. Berhenti, tutup, dan cerita ke orang dewasa.
# Answer option (wrong).
q-scary-video-watch-again = Menontonnya sekali lagi.
    .feedback = Belum tepat. Kamu tidak harus melihatnya. Tutup, dan cerita ke orang dewasa.

# Question: sort actions into two groups.
q-helps-or-not = Ada sesuatu di internet yang bikin perasaanmu tidak enak. Masukkan setiap hal ke kotak yang cocok.
    .hint = Apakah itu membantumu berhenti, pergi, atau cerita?
    .explanation = Berhenti, pergi, cerita. Tutup atau balikkan layarnya. Lalu cerita ke orang dewasa yang kamu percaya.
# Group name.
q-helps-or-not-helps = Ini membantu
# Group name.
q-helps-or-not-does-not-help = Ini tidak membantu
# Item to sort (helps).
q-helps-or-not-close-it = Menutupnya
    .feedback = Ini membantu. Sekarang kamu tidak harus melihatnya.
# Item to sort (helps).
q-helps-or-not-turn-screen-over = Membalikkan layarnya
    .feedback = Ini membantu. Ini cara cepat untuk berhenti.
# Item to sort (helps).
q-helps-or-not-tell-grown-up = Cerita ke orang dewasa
    .feedback = Ini membantu. Orang dewasa yang kamu percaya bisa membantumu merasa lebih baik.
# Item to sort (does not help).
q-helps-or-not-keep-watching = Terus melihatnya
    .feedback = Ini tidak membantu. Kamu tidak harus melihatnya. Berhenti dan tutup.
# Item to sort (does not help).
q-helps-or-not-keep-it-to-myself = Menyimpannya sendiri
    .feedback = Ini tidak membantu. Kamu tidak harus menyimpannya sendiri. Cerita ke orang dewasa.

# Question: true or false about keeping it to yourself. The right answer is "false".
q-keep-it-quiet = Kalau ada sesuatu di internet yang terasa tidak beres, simpan sendiri saja.
    .hint = Siapa yang bisa menolongmu saat perasaanmu tidak enak?
    .explanation = Kamu tidak harus menyimpannya sendiri. Cerita ke orang dewasa yang kamu percaya. Mereka akan menolong.
# Feedback if the child picks "true" (wrong).
q-keep-it-quiet-true =
    .feedback = Belum tepat. Kamu tidak harus menyimpannya sendiri. Cerita ke orang dewasa yang kamu percaya.
# Feedback if the child picks "false" (right).
q-keep-it-quiet-false =
    .feedback = Ya! Cerita ke orang dewasa yang kamu percaya. Mereka akan menolong.

# Question: a single choice about a message from someone the child knows.
q-mixed-up-message = Orang yang kamu kenal mengirimimu chat. Chat itu membuatmu bingung. Apa yang kamu lakukan?
    .hint = Apakah penting kamu kenal orangnya atau tidak?
    .explanation = Chat dari orang yang kamu kenal pun bisa terasa tidak beres. Cerita ke orang dewasa yang kamu percaya.
# Answer option (right).
q-mixed-up-message-tell-someone = Cerita ke orang dewasa yang kupercaya.
    .feedback = Ya! Orang dewasa yang kamu percaya akan menolongmu.
# Answer option (wrong).
q-mixed-up-message-reply-and-hide = Balas, lalu dirahasiakan.
    .feedback = Belum tepat. Chat yang terasa tidak beres harus diceritakan. Cerita ke orang dewasa yang kamu percaya.
# Answer option (wrong).
q-mixed-up-message-wait-it-out = Diam saja, dan berharap masalahnya hilang sendiri.
    .feedback = Belum tepat. Kamu tidak perlu menunggu. Orang dewasa bisa menolong sekarang.

# Question: a single choice about what to say to a grown-up.
q-what-to-say = Kamu mau cerita ke orang dewasa. Apa yang bisa kamu katakan?
    .hint = Kata-kata mana yang memberi tahu orang dewasa apa yang tidak beres?
    .explanation = Bilang bahwa ada sesuatu yang kamu lihat dan itu bikin perasaanmu tidak enak. Orang dewasa itu akan menolong.
# Answer option (right).
q-what-to-say-made-me-feel-bad = "Aku lihat sesuatu yang bikin perasaanku tidak enak."
    .feedback = Ya! Kata-kata itu membantu orang dewasa tahu cara menolongmu.
# Answer option (wrong).
q-what-to-say-nothing-happened = "Tidak apa-apa. Tidak ada apa-apa."
    .feedback = Belum tepat. Tidak apa-apa mengatakan apa yang kamu rasakan. Orang dewasa bisa menolong.
# Answer option (wrong).
q-what-to-say-say-nothing = Diam saja, lalu pergi.
    .feedback = Belum tepat. Bercerita itu boleh. Orang dewasa yang menjagamu tidak akan marah kepadamu.

# Question: true or false about blame. The right answer is "true".
q-whose-fault = Kalau kamu melihat sesuatu di internet yang terasa tidak beres, itu bukan salahmu.
    .hint = Apakah kamu berbuat salah karena melihatnya?
    .explanation = Itu sama sekali bukan salahmu. Cerita ke orang dewasa adalah hal yang benar.
# Feedback if the child picks "true" (right).
q-whose-fault-true =
    .feedback = Ya! Itu sama sekali bukan salahmu. Orang dewasa yang menjagamu tidak akan marah kepadamu.
# Feedback if the child picks "false" (wrong).
q-whose-fault-false =
    .feedback = Belum tepat. Itu sama sekali bukan salahmu. Cerita ke orang dewasa adalah hal yang benar.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Berlatih "berhenti, pergi, cerita" bersama: pura-pura ada sesuatu di tablet yang terasa tidak beres, balikkan layarnya, lalu anak Anda datang dan bercerita kepada Anda. Katakan kepada anak Anda bahwa Anda tidak akan pernah marah karena ia bercerita.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Di rumah, sepakati di mana tablet dipakai (di ruangan bersama), dan latih "berhenti, pergi, cerita" sekali lagi minggu ini.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan kepada kelompok: tubuhmu terasa bagaimana kalau ada yang tidak beres? Apa tiga langkahnya (berhenti, pergi, cerita)? Kepada siapa kamu bisa bercerita di rumah dan di sekolah?
