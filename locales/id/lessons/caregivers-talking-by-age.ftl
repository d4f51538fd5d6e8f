# SafeSteps — MIT OR Apache-2.0

### Lesson: Talking with your child, by age (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Give words a caregiver can use. Never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Mengobrol dengan anak Anda, sesuai usianya
# One line under the lesson name.
lesson-summary = Apa yang perlu dibicarakan di setiap usia, cara memulainya, dan cara menanggapi saat anak Anda menceritakan sesuatu.

# Card 1: start early, keep it small and regular.
card-start-small =
    Anda tidak perlu satu obrolan besar yang menegangkan. Banyak obrolan kecil lebih efektif, dimulai sejak anak masih kecil dan terus berlanjut seiring ia tumbuh.
    Tunjukkan minat pada apa yang ia sukai di internet. Minta ia menunjukkan game atau aplikasi favoritnya.
    Saat yang baik adalah saat berdampingan: di mobil atau motor, saat memasak, atau saat berjalan-jalan.
    Jaga nada bicara Anda tetap tenang dan penuh rasa ingin tahu. Kalau Anda bereaksi dengan takut atau marah, anak belajar untuk berhenti bercerita.
    Tidak apa-apa berkata, "Aku tidak terlalu paham aplikasi ini. Bisa ajari aku?"
# Card 2: ages 5 to 8.
card-ages-5-to-8 =
    Usia 5 sampai 8: buat aturan yang sederhana. "Tanya aku dulu sebelum mengunduh, chatting, atau membagikan foto." "Kalau ada yang terasa tidak beres, berhenti dan bilang ke aku."
    Buat lingkaran aman bersama: daftar singkat orang dewasa yang bisa ia ajak bercerita.
    Jelaskan bedanya rahasia dan kejutan. Kejutan itu menyenangkan, dan semua orang segera tahu, seperti kado. Rahasia yang membuatmu khawatir atau sedih harus diceritakan.
    Aturan PANTS dari NSPCC membantu. P: bagian tubuh pribadi itu pribadi. A: selalu ingat tubuhmu milikmu. N: tidak artinya tidak. T: ceritakan rahasia yang membuatmu sedih. S: bicaralah, ada yang bisa menolong.
# Card 3: ages 9 to 12.
card-ages-9-to-12 =
    Usia 9 sampai 12: anak mulai chatting, main game, dan berteman di internet sendiri.
    Bicarakan tanda-tanda waspada. Misalnya hadiah atau mata uang game, permintaan merahasiakan obrolan, ajakan pindah ke aplikasi pribadi, dan desakan meminta foto.
    Jelaskan bahwa pelakunya bisa orang asing, teman online, atau orang yang ia kenal.
    Latih keterampilannya bersama. Tunjukkan cara memblokir dan melaporkan di aplikasinya, dan cara menyimpan screenshot.
    Sepakati bahwa ia selalu boleh datang kepada Anda, walaupun ia melanggar aturan.
# Card 4: teens: respect, consent, sextortion, no blame.
card-teens =
    Remaja: bicarakan rasa hormat dan persetujuan dalam pertemanan dan hubungan, di internet maupun di dunia nyata. Tidak ada yang boleh mendesaknya untuk mengirim foto, dan ia juga tidak boleh mendesak orang lain.
    Bicarakan sekstorsi (pemerasan seksual) sebelum terjadi. Seseorang mungkin mengancam menyebarkan foto kecuali ia membayar atau mengirim lagi. Jelaskan bahwa itu tindak pidana dan bukan salahnya. Ia sebaiknya tidak membayar atau mengirim lagi, karena membayar jarang menghentikannya. Ia bisa berhenti membalas, menyimpan pesan-pesannya, dan datang kepada Anda. Berjanjilah Anda akan membantu tanpa menyalahkan.
    Hindari ceramah. Tanyakan pendapatnya, dan dengarkan pandangannya.
    Buat janji yang jelas: "Kamu tidak akan pernah kehilangan dukunganku karena bercerita kepadaku."
# Card 5: how to respond when they tell you; someone to talk to.
card-when-they-tell-you =
    Kalau anak Anda menceritakan sesuatu, tetap tenang, walaupun di dalam hati Anda terkejut. Dengarkan tanpa memotong.
    Berterima kasihlah karena ia sudah bercerita. Katakan bahwa itu bukan salahnya.
    Jangan buru-buru menghukum atau menyita perangkat. Sebisa mungkin, putuskan langkah selanjutnya bersama.
    Reaksi Anda menentukan apakah ia akan bercerita lagi lain kali.
    Kalau Anda butuh saran, bicaralah dengan orang yang Anda percaya, atau ketuk Bantuan untuk mencari dukungan di negara Anda.

# Question: single choice about explaining secrets and surprises to a young child.
q-secrets-surprises = Mana cara yang baik untuk menjelaskan rahasia dan kejutan kepada anak berumur 6 tahun?
    .hint = Anak kecil butuh aturan sederhana yang tetap membuatnya bisa menikmati ulang tahun.
    .explanation = Kejutan itu menyenangkan dan segera berakhir. Rahasia yang membuatmu khawatir atau sedih harus diceritakan. Ini membantu anak menyadari saat ada yang memintanya menyembunyikan sesuatu.
# Answer option (right).
q-secrets-surprises-surprise-ends-happy = "Kejutan itu menyenangkan dan semua orang segera tahu. Rahasia yang bikin perasaanmu tidak enak harus diceritakan."
    .feedback = Ya. Sederhana, tetap menjaga serunya kejutan, dan memberi tahu apa yang harus dilakukan.
# Answer option (wrong).
q-secrets-surprises-never-keep-anything = "Jangan pernah menyembunyikan apa pun dariku, sama sekali."
    .feedback = Belum tepat. Ini sulit diikuti anak kecil, dan merusak kejutan yang menyenangkan. Perbedaan yang jelas lebih efektif.
# Answer option (wrong).
q-secrets-surprises-all-secrets-fine = "Rahasia itu tidak apa-apa kalau orang dewasa yang menyuruhmu menyimpannya."
    .feedback = Belum tepat. Orang yang ingin menyakiti anak sering meminta rahasia. Rahasia yang terasa tidak enak harus diceritakan.

# Question: sort topics into age groups.
q-topic-by-age = Kelompokkan setiap topik ke kelompok usia yang biasanya paling cocok.
    .hint = Pikirkan apa yang bisa dilakukan anak sendiri di setiap usia.
    .explanation = Anak kecil butuh aturan sederhana, lingkaran aman, dan PANTS. Anak usia 9 sampai 12 butuh tanda-tanda waspada serta keterampilan memblokir dan melaporkan. Remaja butuh obrolan soal persetujuan, rasa hormat, dan sekstorsi. Topik-topik ini bisa terus berlanjut lintas usia.
# Group name.
q-topic-by-age-ages-5-to-8 = Usia 5 sampai 8
# Group name.
q-topic-by-age-ages-9-to-12 = Usia 9 sampai 12
# Group name.
q-topic-by-age-teens = Remaja
# Item to sort (ages 5 to 8).
q-topic-by-age-safety-circle = Membuat daftar orang dewasa yang bisa ia ajak bercerita
    .feedback = Lingkaran aman memberi anak kecil orang-orang yang jelas untuk didatangi.
# Item to sort (ages 5 to 8).
q-topic-by-age-pants-rule = Aturan PANTS tentang tubuhnya
    .feedback = PANTS dibuat untuk anak kecil. Aturan ini mengajarkan bahwa tubuhnya adalah miliknya.
# Item to sort (ages 9 to 12).
q-topic-by-age-spot-gifts-and-secrets = Mengenali hadiah, rahasia, dan ajakan pindah ke chat pribadi
    .feedback = Anak usia 9 sampai 12 mulai chatting sendiri, jadi tanda-tanda waspada cocok di sini.
# Item to sort (ages 9 to 12).
q-topic-by-age-practise-block-report = Berlatih memblokir dan melaporkan di aplikasinya
    .feedback = Melatih keterampilan membantu anak usia 9 sampai 12 bertindak cepat saat dibutuhkan.
# Item to sort (teens).
q-topic-by-age-consent-and-respect = Persetujuan dan rasa hormat dalam hubungan
    .feedback = Remaja sedang menjalin hubungan, jadi persetujuan dan rasa hormat sangat penting sekarang.
# Item to sort (teens).
q-topic-by-age-sextortion-dont-pay = Sekstorsi: jangan membayar, dan datang kepadaku
    .feedback = Remaja paling sering menjadi sasaran, jadi bicarakan sebelum terjadi.

# Question: a scenario. The situation is shown first, then the question.
q-teen-mentions-threat = Apa yang bisa Anda lakukan?
    .situation = Anak Anda (15 tahun) menyebutkan bahwa ada teman di sekolahnya yang diancam dengan foto pribadi. Ia memperhatikan wajah Anda saat bercerita.
    .hint = Anak remaja Anda mungkin sedang menguji reaksi Anda. Apa yang akan membuatnya merasa aman untuk datang kepada Anda?
    .explanation = Dengarkan dengan tenang dan tegaskan bahwa Anda akan membantu tanpa menyalahkan. Menjelaskan apa yang membantu juga baik. Menyalahkan orang yang ada di foto, atau melarang aplikasi, mengajari anak remaja Anda untuk diam. Anda juga bisa bertanya apakah teman sekelas itu sudah dibantu orang dewasa.
# Action (best).
q-teen-mentions-threat-listen-and-open-door = Mendengarkan dengan tenang, menanyakan perasaannya, dan mengatakan bahwa Anda akan membantu siapa pun yang ada di posisi itu tanpa menyalahkan.
    .feedback = Pilihan terbaik. Anak remaja Anda belajar bahwa Anda aman untuk didatangi, apa pun yang terjadi.
# Action (also good).
q-teen-mentions-threat-explain-what-helps = Menjelaskan bahwa itu tindak pidana dan bukan salah korban, dan bahwa membayar jarang membantu.
    .feedback = Pilihan yang bagus. Fakta yang jelas membantu. Buat singkat dan tanyakan juga pendapatnya.
# Action (not helpful).
q-teen-mentions-threat-blame-the-classmate = Mengatakan bahwa teman sekelas itu seharusnya tidak mengirim foto.
    .feedback = Ini menyalahkan korban. Anak remaja Anda mungkin memutuskan untuk tidak pernah bercerita kepada Anda kalau hal itu terjadi padanya.
# Action (not helpful).
q-teen-mentions-threat-ban-chat-apps = Melarang semua aplikasi chat agar hal itu tidak terjadi pada anak Anda.
    .feedback = Larangan bisa membuat remaja menyembunyikan penggunaannya. Larangan juga mengajarkan bahwa bercerita kepada Anda berarti kehilangan sesuatu.

# Question: true or false about one big talk. The right answer is "false".
q-one-big-talk = Satu obrolan besar tentang keamanan online biasanya sudah cukup.
    .hint = Pikirkan bagaimana aplikasi dan anak Anda berubah seiring waktu.
    .explanation = Banyak obrolan kecil lebih efektif. Aplikasi berubah, anak Anda tumbuh, dan setiap obrolan membuat obrolan berikutnya lebih mudah.
# Feedback if the caregiver picks "true" (wrong).
q-one-big-talk-true =
    .feedback = Belum tepat. Satu obrolan mudah dilupakan. Obrolan kecil yang rutin menjaga pintu tetap terbuka.
# Feedback if the caregiver picks "false" (right).
q-one-big-talk-false =
    .feedback = Betul. Obrolan singkat yang sering lebih efektif daripada satu obrolan besar.

# Question: multiple choice, "choose all that apply".
q-good-starters = Mana saja cara yang baik untuk memulai obrolan? Pilih semua yang cocok.
    .hint = Pembuka yang baik itu penuh rasa ingin tahu dan tenang, bukan curiga.
    .explanation = Meminta ditunjukkan game-nya, menanyakan apakah ada yang terasa aneh, dan menanyakan kepada siapa ia akan bercerita itu tenang dan terbuka. Pertanyaan yang curiga dan perintah bisa membuat anak menutup diri.
# Answer option (good starter).
q-good-starters-show-me-your-game = "Game favoritmu sekarang apa? Bisa tunjukkan ke aku?"
    .feedback = Ya. Menunjukkan minat membangun kepercayaan dan membuat Anda mengenal dunianya.
# Answer option (good starter).
q-good-starters-ever-felt-weird = "Pernah nggak ada sesuatu di internet yang bikin kamu merasa aneh atau nggak nyaman?"
    .feedback = Ya. Pertanyaannya terbuka dan tenang, dan memberinya kata-kata untuk dipakai.
# Answer option (good starter).
q-good-starters-who-would-you-tell = "Kalau ada yang nggak beres di internet, kamu bakal cerita ke siapa?"
    .feedback = Ya. Ini membantunya membuat rencana, dan mengingatkannya bahwa ia bisa datang kepada Anda.
# Answer option (not a good starter).
q-good-starters-doing-anything-bad = "Kamu lagi ngapain yang nggak bener di internet?"
    .feedback = Belum tepat. Ini terdengar seperti tuduhan. Kebanyakan anak akan langsung menjawab tidak.
# Answer option (not a good starter).
q-good-starters-hand-over-phone = "Sini HP-mu. Aku mau periksa."
    .feedback = Belum tepat. Perintah tanpa obrolan bisa terasa seperti hukuman dan merusak kepercayaan.

# Question: single choice about the PANTS rule.
q-pants-p = Dalam aturan PANTS dari NSPCC untuk anak kecil, huruf "P" itu singkatan dari apa?
    .hint = Pikirkan mengapa aturan ini dinamai "pants" (celana dalam).
    .explanation = P adalah "Privates are private": bagian tubuh pribadi itu pribadi. Aturan ini mengajarkan anak kecil bahwa tubuhnya miliknya, tanpa kata-kata yang menakutkan.
# Answer option (right).
q-pants-p-privates-are-private = Privates are private: bagian tubuh pribadi itu pribadi
    .feedback = Ya. Aturan ini mengajarkan bahwa bagian tubuh yang tertutup pakaian dalam itu pribadi.
# Answer option (wrong).
q-pants-p-passwords-protected = Passwords are protected: kata sandi itu dilindungi
    .feedback = Belum tepat. Kata sandi memang penting, tetapi PANTS adalah tentang tubuh anak. P adalah "Privates are private": bagian tubuh pribadi itu pribadi.
# Answer option (wrong).
q-pants-p-parents-permission = Parents' permission first: izin orang tua dulu
    .feedback = Belum tepat. P adalah "Privates are private": bagian tubuh pribadi itu pribadi. Ini membantu anak tahu bahwa tubuhnya miliknya.

# Question: put the steps in order.
q-respond-steps = Anak Anda bercerita bahwa sesuatu yang mengkhawatirkan terjadi di internet. Urutkan langkah-langkah ini.
    .hint = Bagaimana perasaan Anda di detik pertama datang sebelum apa pun yang Anda lakukan.
    .explanation = Tetap tenang, dengarkan, berterima kasih, katakan bahwa itu bukan salahnya, lalu buat rencana bersama. Urutan ini membantu anak Anda merasa aman dan terus bercerita.
# Step 1.
q-respond-steps-stay-calm = Tarik napas dan tetap tenang
    .feedback = Wajah yang tenang lebih dulu memberi tahu anak Anda bahwa ia aman bersama Anda.
# Step 2.
q-respond-steps-listen = Dengarkan tanpa memotong
    .feedback = Biarkan ia bercerita dengan caranya sendiri. Pertanyaan bisa menyusul nanti.
# Step 3.
q-respond-steps-thank-them = Berterima kasihlah karena ia sudah bercerita
    .feedback = Ucapan terima kasih menunjukkan bahwa bercerita adalah pilihan yang benar.
# Step 4.
q-respond-steps-not-their-fault = Katakan bahwa itu bukan salahnya
    .feedback = Anak sering merasa malu. Mendengar ini dari Anda sangat membantu.
# Step 5.
q-respond-steps-plan-together = Rencanakan langkah selanjutnya bersama
    .feedback = Merencanakan bersama mengembalikan sebagian kendali kepada anak Anda.

# Question: true or false about promising not to take the phone away. The right answer is "true".
q-no-phone-promise = Berjanji bahwa bercerita kepada Anda tidak akan membuatnya kehilangan HP bisa membuat anak lebih mungkin bercerita.
    .hint = Kekhawatiran apa yang bisa membuat anak enggan bercerita kepada orang dewasa?
    .explanation = Ya. Banyak anak memilih diam karena takut kehilangan HP atau game-nya. Menghilangkan rasa takut itu membuat bercerita lebih mudah.
# Feedback if the caregiver picks "true" (right).
q-no-phone-promise-true =
    .feedback = Betul. Menghilangkan rasa takut kehilangan HP membuat bercerita kepada Anda terasa lebih aman.
# Feedback if the caregiver picks "false" (wrong).
q-no-phone-promise-false =
    .feedback = Belum tepat. Takut kehilangan perangkat adalah alasan umum anak memilih diam. Janji yang jelas membantu.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Coba tanyakan: "Kalau suatu saat ada sesuatu di internet yang bikin kamu khawatir, kamu mau aku bereaksi seperti apa?" Dengarkan jawabannya. Lalu berjanjilah: "Aku akan tetap tenang, berterima kasih, dan kita selesaikan sama-sama."
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Minta kelompok menyebutkan satu kalimat yang bisa mereka pakai dengan anak kecil, anak 10 tahun, dan remaja. Apa yang membuat anak merasa aman untuk bercerita, dan apa yang membuatnya berhenti?
