# SafeSteps — MIT OR Apache-2.0

### Lesson: My safety circle (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. A safety circle is the child's team of trusted grown-ups.

# Lesson name on the lesson card.
lesson-title = Lingkaran amanku
# One line under the lesson name.
lesson-summary = Lingkaran amanmu adalah tim orang dewasa yang menolongmu. Yuk, cari siapa saja mereka.

# Card 1: what a safety circle is.
card-what-is-a-circle =
    Lingkaran aman adalah tim orang dewasa yang menjagamu.
    Mereka menolongmu saat kamu sedih atau takut.
    Mereka mendengarkanmu.
    Mereka membantu menjagamu tetap aman.
    .together = Tanyakan: "Siapa yang membuatmu merasa aman?" Orang dewasa mana pun yang dipercaya anak Anda adalah jawaban yang bagus.
# Card 2: who can be in it (home, school, family friends); more than one.
card-pick-your-team =
    Siapa saja di lingkaranmu?
    Bisa ibu, ayah, atau pengasuhmu.
    Bisa nenek atau tante.
    Bisa gurumu, atau teman keluargamu.
    Kamu boleh pilih lebih dari satu!
    .together = Bantu anak Anda memilih paling sedikit dua orang dewasa: satu di rumah dan satu di luar rumah, misalnya guru.
# Card 3: how to tell a grown-up.
card-how-to-tell =
    Bagaimana cara bercerita?
    Datangi orang dewasa di lingkaranmu.
    Bilang, "Aku mau cerita sesuatu."
    Orang dewasanya sedang sibuk? Bilang lagi.
    Atau datangi orang dewasa berikutnya.
    .together = Berlatih bersama: anak Anda berkata "Aku mau cerita sesuatu," lalu Anda berhenti dan mendengarkan.
# Card 4: even people we know can do things that are not okay; tell someone else.
card-not-okay =
    Orang yang kita kenal pun bisa berbuat hal yang tidak baik.
    Itu bukan salahmu.
    Kamu bisa cerita ke orang dewasa di lingkaranmu.
    Terus bercerita sampai kamu ditolong.
    .together = Katakan dengan tenang: "Orang yang kita kenal pun bisa berbuat hal yang tidak baik. Kamu selalu boleh cerita kepadaku." Kalau anak Anda menceritakan sesuatu, ucapkan terima kasih dan tetap tenang.
# Card 5: someone to talk to, and the Help button.
card-help-is-here =
    Lingkaranmu selalu ada untukmu.
    Kamu bisa bicara dengan mereka kapan saja.
    Kamu juga bisa mengetuk tombol Bantuan.
    Di situ ada siapa saja yang bisa menolong.
    .together = Tanyakan: "Kamu akan datang ke siapa dulu?" Lalu tunjukkan tombol Bantuan kepada anak Anda.

# Question: a single choice about who can be in a safety circle.
q-who-can-be-in = Siapa yang bisa ada di lingkaran amanmu?
    .hint = Pikirkan orang dewasa yang kamu kenal baik dan suka menolongmu.
    .explanation = Lingkaranmu berisi orang dewasa yang kamu kenal baik dan kamu percaya. Guru bisa jadi salah satunya.
# Answer option (right).
q-who-can-be-in-my-teacher = Guruku
    .feedback = Ya! Guru yang kamu percaya bisa ada di lingkaranmu.
# Answer option (wrong).
q-who-can-be-in-game-player = Orang yang cuma kukenal dari game
    .feedback = Belum tepat. Teman di game bisa seru. Tapi lingkaranmu berisi orang dewasa yang kamu kenal baik.
# Answer option (wrong).
q-who-can-be-in-person-in-a-video = Orang yang cuma kulihat di video
    .feedback = Belum tepat. Kamu tidak benar-benar kenal orang yang cuma kamu lihat di video. Lingkaranmu berisi orang dewasa yang kamu kenal baik.

# Question: true or false about picking more than one grown-up.
q-more-than-one = Di lingkaranmu boleh ada lebih dari satu orang dewasa.
    .hint = Apakah tim itu cuma satu orang?
    .explanation = Ya. Kamu boleh memilih banyak orang dewasa. Jadi selalu ada orang untuk diajak cerita.
# Feedback if the child picks "true" (right).
q-more-than-one-true =
    .feedback = Ya! Makin banyak orang dewasa, makin banyak yang menolongmu.
# Feedback if the child picks "false" (wrong).
q-more-than-one-false =
    .feedback = Belum tepat. Kamu boleh memilih banyak orang dewasa. Jadi selalu ada orang untuk diajak cerita.

# Question: sort people into two groups.
q-circle-or-not = Masukkan setiap orang ke kotak yang cocok.
    .hint = Apakah kamu kenal baik orang itu? Apakah dia membantu menjagamu tetap aman?
    .explanation = Lingkaranmu berisi orang dewasa yang kamu kenal baik dan kamu percaya. Orang yang cuma kamu kenal dari game atau video tidak termasuk.
# Group name.
q-circle-or-not-in-my-circle = Bisa ada di lingkaranku
# Group name.
q-circle-or-not-not-in-my-circle = Bukan untuk lingkaranku
# Item to sort (can be in my circle).
q-circle-or-not-mum-or-dad = Ibu, ayah, atau pengasuhku
    .feedback = Orang dewasa di rumah yang menjagamu bisa ada di lingkaranmu.
# Item to sort (can be in my circle).
q-circle-or-not-teacher = Guruku
    .feedback = Guru yang kamu percaya bisa ada di lingkaranmu. Guru menolongmu di sekolah.
# Item to sort (can be in my circle).
q-circle-or-not-grandpa = Kakekku
    .feedback = Kakek yang kamu percaya bisa ada di lingkaranmu.
# Item to sort (not for my circle).
q-circle-or-not-met-in-a-game = Orang yang cuma kukenal dari game
    .feedback = Kamu tidak kenal baik orang itu. Lingkaranmu berisi orang dewasa yang kamu kenal dan kamu percaya.
# Item to sort (not for my circle).
q-circle-or-not-online-video = Orang yang cuma kulihat di video
    .feedback = Kamu cuma melihatnya di video. Kamu tidak kenal baik orang itu.

# Question: a single choice about a grown-up who is busy.
q-busy-grown-up = Kamu mau cerita sesuatu ke ayahmu. Ayah sedang sibuk dan tidak mendengar. Apa yang bisa kamu lakukan?
    .hint = Apakah ada lebih dari satu cara supaya kamu didengar?
    .explanation = Orang dewasa bisa sibuk. Bilang lagi, atau datangi orang dewasa berikutnya di lingkaranmu.
# Answer option (right).
q-busy-grown-up-tell-again = Bilang lagi ke ayah, atau cerita ke orang dewasa berikutnya.
    .feedback = Ya! Terus bercerita sampai ada orang dewasa yang mendengarmu.
# Answer option (wrong).
q-busy-grown-up-give-up = Menyerah dan berhenti mencoba.
    .feedback = Belum tepat. Yang mau kamu ceritakan itu penting. Coba lagi, atau datangi orang dewasa berikutnya.
# Answer option (wrong).
q-busy-grown-up-tell-no-one = Kusimpan sendiri saja.
    .feedback = Belum tepat. Kamu tidak harus menyimpannya sendiri. Orang dewasa di lingkaranmu ingin menolong.

# Question: true or false about telling when someone we know does something not okay.
q-someone-we-know = Kalau orang yang kamu kenal berbuat hal yang tidak baik, kamu boleh cerita ke orang dewasa.
    .hint = Apakah kamu tetap boleh cerita, walaupun kamu kenal orangnya?
    .explanation = Ya. Orang yang kita kenal pun bisa berbuat hal yang tidak baik. Itu bukan salahmu. Ceritakan ke orang dewasa di lingkaranmu.
# Feedback if the child picks "true" (right).
q-someone-we-know-true =
    .feedback = Ya! Kamu selalu boleh cerita. Itu bukan salahmu.
# Feedback if the child picks "false" (wrong).
q-someone-we-know-false =
    .feedback = Belum tepat. Kamu boleh cerita, walaupun kamu kenal orangnya. Orang dewasa di lingkaranmu akan menolong.

# Question: a single choice about how to start telling.
q-how-to-start = Apa yang bisa kamu katakan ke orang dewasa di lingkaranmu?
    .hint = Yang mana yang membuat orang dewasa tahu kamu butuh mereka?
    .explanation = Berkata "Aku mau cerita sesuatu" membantu orang dewasa berhenti sebentar dan mendengarkan.
# Answer option (right).
q-how-to-start-i-need-to-tell = "Aku mau cerita sesuatu."
    .feedback = Ya! Kata-kata itu membantu orang dewasa berhenti dan mendengarkanmu.
# Answer option (wrong).
q-how-to-start-say-nothing = Diam saja, tidak bilang apa-apa.
    .feedback = Belum tepat. Orang dewasa tidak bisa menebak. Pakai kata-katamu. Mereka ingin menolong.
# Answer option (wrong).
q-how-to-start-wait-and-hope = Menunggu dan berharap masalahnya hilang sendiri.
    .feedback = Belum tepat. Kamu tidak perlu menunggu. Cerita ke orang dewasa sekarang. Mereka ingin menolong.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Gambarlah sebuah lingkaran bersama. Tanyakan kepada anak Anda: "Siapa yang membuatmu merasa aman?" Gambar atau tulis nama orang-orang dewasa itu di dalam lingkaran: di rumah, di sekolah, dan di keluarga. Pilih paling sedikit dua, lalu latih kalimat "Aku mau cerita sesuatu."
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Di rumah, tambahkan nama-nama yang dipilih anak Anda ke lingkaran amannya di layar Bantuan, dan beri tahu orang-orang dewasa itu bahwa mereka sudah dipilih.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanyakan kepada kelompok: siapa saja yang bisa ada di lingkaran aman di rumah, di sekolah, dan di keluarga? Mengapa sebaiknya punya lebih dari satu? Apa yang bisa dilakukan kalau orang dewasa pertama tidak mendengarkan?
