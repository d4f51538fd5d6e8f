# SafeSteps — MIT OR Apache-2.0

### Lesson: Getting help (ages 9–12).
### Readers are children on their own phone or in class. Some may be dealing with something now.
### Make telling feel safe. Telling has no time limit: "You can always tell someone, even later."

# Lesson name on the lesson card.
lesson-title = Mencari bantuan
# One line under the lesson name.
lesson-summary = Cari tahu kepada siapa kamu bisa bercerita, apa yang terjadi saat kamu bercerita, dan mengapa itu sama sekali bukan salahmu.

# Card 1: who to tell: trusted adults.
card-who-to-tell =
    Kalau ada sesuatu di internet yang membuatmu sedih, khawatir, atau terasa tidak beres, ceritakan ke seseorang.
    Orang dewasa tepercaya adalah orang yang mau mendengarkan dan membantu. Bisa orang tua, pengasuh, kakek atau nenek, guru, atau pelatih.
    Pikirkan dua atau tiga orang yang bisa kamu ajak bercerita.
    Kalau salah satu orang dewasa itu justru bagian dari masalahnya, ceritakan ke orang dewasa yang lain.
# Card 2: helplines and the Help screen.
card-helplines =
    Kamu juga bisa bicara dengan layanan bantuan.
    Di Britania Raya, kamu bisa menelepon Childline gratis di 0800 1111, siang atau malam. Kamu juga bisa chat dengan mereka secara online.
    Negara lain punya layanan bantuannya sendiri.
    Ketuk Bantuan di aplikasi ini untuk mencari layanan di tempat tinggalmu.
# Card 3: how to tell.
card-how-to-tell =
    Bingung mau bilang apa? Kamu bisa mulai dengan, "Ada kejadian di internet dan aku butuh bantuan."
    Kamu bisa menunjukkan pesan-pesannya atau screenshot-nya.
    Kalau sulit diucapkan, kamu bisa menuliskannya.
    Kalau orang dewasa pertama tidak membantu, ceritakan ke orang lain. Terus bercerita sampai ada yang membantu.
# Card 4: what happens after you tell.
card-what-happens-next =
    Saat kamu bercerita, orang dewasa itu seharusnya mendengarkan dan tetap tenang.
    Mereka akan membantumu memikirkan apa yang perlu dilakukan selanjutnya. Mungkin mereka membantumu menyimpan bukti, memblokir, dan melapor.
    Kadang mereka perlu memberi tahu orang-orang yang tugasnya menjaga anak tetap aman.
    Mereka tidak boleh menyalahkanmu. Mereka ada untuk membantu.
# Card 5: never the child's fault; you can always tell, even later; Help.
card-never-your-fault =
    Kalau terjadi sesuatu di internet, itu bukan salahmu.
    Ini tetap benar walaupun kamu melanggar aturan, menyimpan rahasia, atau mengirim sesuatu.
    Yang salah adalah orang yang berbuat jahat, bukan kamu.
    Kamu selalu bisa bercerita ke orang dewasa yang kamu percaya, walaupun sudah lama berlalu.
    Ketuk Bantuan kapan saja untuk mencari orang yang bisa diajak bicara.

# Question: multiple choice, "choose all that apply".
q-trusted-adults = Siapa saja yang bisa menjadi orang dewasa tepercaya? Pilih semua yang cocok.
    .hint = Orang dewasa tepercaya adalah orang yang kamu kenal di dunia nyata, yang mau mendengarkan dan membantu.
    .explanation = Orang tua atau pengasuh, guru, kakek atau nenek, atau petugas UKS bisa menjadi orang dewasa tepercaya. Orang yang menyuruhmu menyimpan rahasia, atau yang cuma kamu kenal online, bukan orang dewasa tepercaya.
# Answer option (could be a trusted adult).
q-trusted-adults-parent-or-carer = Orang tua atau pengasuh
    .feedback = Ya. Orang tua atau pengasuh bisa jadi tempat bercerita yang sangat baik.
# Answer option (could be a trusted adult).
q-trusted-adults-teacher = Guru
    .feedback = Ya. Guru juga membantu anak-anak menghadapi masalah di internet.
# Answer option (could be a trusted adult).
q-trusted-adults-grandparent = Kakek atau nenek
    .feedback = Ya. Kakek atau nenek yang kamu percaya bisa mendengarkan dan membantu.
# Answer option (could be a trusted adult).
q-trusted-adults-school-nurse = Petugas UKS di sekolah
    .feedback = Ya. Petugas UKS ada untuk membantu anak-anak merasa aman dan sehat.
# Answer option (not a trusted adult).
q-trusted-adults-online-player = Pemain yang cuma kamu kenal dari game
    .feedback = Belum tepat. Kamu tidak bisa yakin siapa dia. Pilih orang yang kamu kenal di dunia nyata.
# Answer option (not a trusted adult).
q-trusted-adults-secret-keeper = Orang dewasa yang menyuruhmu merahasiakan sesuatu dari keluargamu
    .feedback = Belum tepat. Meminta rahasia seperti itu adalah tanda waspada. Ceritakan ke orang dewasa yang lain.

# Question: true or false about giving up if the first adult does not help.
q-first-adult-busy = Kalau orang dewasa pertama yang kamu ajak bercerita tidak membantu, sebaiknya kamu menyerah.
    .hint = Apakah ada lebih dari satu orang yang bisa kamu ajak bercerita?
    .explanation = Terus bercerita sampai ada yang membantu. Coba orang dewasa lain, layanan bantuan, atau ketuk Bantuan.
# Feedback if the child picks "true" (wrong).
q-first-adult-busy-true =
    .feedback = Belum tepat. Kadang orang dewasa sedang sibuk atau belum mengerti. Ceritakan ke orang dewasa lain sampai ada yang membantu.
# Feedback if the child picks "false" (right).
q-first-adult-busy-false =
    .feedback = Ya! Terus bercerita sampai ada yang membantu. Kamu itu berharga.

# Question: a scenario. The situation is shown first, then the question.
q-leah-video = Apa yang bisa Leah lakukan?
    .situation = Leah, 10 tahun, melihat video di sebuah aplikasi yang membuatnya sedih. Ia terus memikirkannya. Ia khawatir ayahnya akan mengambil tabletnya.
    .hint = Siapa yang bisa membantu Leah merasa lebih baik? Apakah rasa khawatirnya alasan untuk diam saja?
    .explanation = Leah bisa bercerita ke orang dewasa yang ia percaya, atau memakai layar Bantuan. Bukan salahnya ia melihat video itu. Memendamnya atau mencari video lain bisa membuatnya merasa makin buruk.
# Action (best).
q-leah-video-tell-trusted-adult = Bercerita ke ayahnya atau orang dewasa lain yang ia percaya tentang perasaannya.
    .feedback = Pilihan terbaik! Leah juga bisa bilang bahwa ia khawatir soal tabletnya. Orang dewasa bisa membantunya merasa lebih baik dan melaporkan video itu.
# Action (also good).
q-leah-video-use-help-screen = Mengetuk Bantuan untuk mencari layanan bantuan yang bisa diajak bicara.
    .feedback = Pilihan yang bagus. Layanan bantuan bisa mendengarkan dan membantunya memikirkan kepada siapa ia akan bercerita selanjutnya.
# Action (not helpful).
q-leah-video-keep-it-inside = Memendamnya sendiri dan mencoba melupakannya.
    .feedback = Belum tepat. Wajar kalau ia khawatir, tapi memendamnya bisa membuat masalahnya terasa makin besar. Bercerita itu membantu.
# Action (not helpful).
q-leah-video-look-for-more = Mencari video lain untuk memahami apa yang ia lihat.
    .feedback = Belum tepat. Video lain bisa membuatnya makin sedih. Bicara dengan orang dewasa yang ia percaya lebih baik.

# Question: single choice about what an adult should do.
q-adult-should = Kamu bercerita ke orang dewasa bahwa ada sesuatu di internet yang membuatmu sedih. Apa yang seharusnya mereka lakukan?
    .hint = Ingat lagi kartu tentang apa yang terjadi selanjutnya.
    .explanation = Orang dewasa itu seharusnya mendengarkan, tetap tenang, dan membantumu dengan langkah selanjutnya. Mereka tidak boleh menyalahkanmu.
# Answer option (right).
q-adult-should-listen-and-help = Mendengarkan, tetap tenang, dan membantuku memikirkan apa yang harus dilakukan.
    .feedback = Ya! Itulah yang dilakukan orang dewasa tepercaya. Kalau tidak, ceritakan ke orang lain.
# Answer option (wrong).
q-adult-should-blame-you = Menyalahkanku atas apa yang terjadi.
    .feedback = Belum tepat. Orang dewasa tidak boleh menyalahkanmu. Kalau ada yang begitu, ceritakan ke orang dewasa lain yang kamu percaya.
# Answer option (wrong).
q-adult-should-laugh-it-off = Tertawa dan bilang itu tidak penting.
    .feedback = Belum tepat. Apa pun yang membuatmu sedih itu penting. Kalau orang dewasa menertawakannya, ceritakan ke orang lain.

# Question: single choice about a helpline in the UK.
q-uk-helpline = Sam tinggal di Britania Raya. Sam ingin bicara dengan seseorang di luar keluarganya. Siapa yang bisa membantu?
    .hint = Yang mana layanan bantuan gratis untuk anak?
    .explanation = Childline adalah layanan bantuan gratis untuk anak di Britania Raya. Nomornya 0800 1111. Sam juga bisa chat dengan mereka secara online.
# Answer option (right).
q-uk-helpline-childline = Childline, di nomor 0800 1111
    .feedback = Ya! Childline gratis, siang atau malam. Di negara lain, ketuk Bantuan untuk mencari layanan bantuan.
# Answer option (wrong).
q-uk-helpline-open-chat-room = Orang-orang di ruang chat terbuka
    .feedback = Belum tepat. Kamu tidak bisa yakin siapa mereka. Layanan bantuan punya petugas yang terlatih membantu anak.
# Answer option (wrong).
q-uk-helpline-game-forum = Postingan di forum game
    .feedback = Belum tepat. Siapa pun bisa membaca dan membalas di forum. Layanan bantuan itu pribadi dan aman.

# Question: sort ways of telling into two groups.
q-ways-to-tell = Masukkan setiap hal ke kelompok yang cocok.
    .hint = Apakah cara itu sampai ke orang yang benar-benar bisa membantumu?
    .explanation = Menulis surat, menunjukkan screenshot, menghubungi layanan bantuan, dan mengetuk Bantuan semuanya membuatmu mendapat bantuan. Menunggu atau memposting di chat umum tidak.
# Group name.
q-ways-to-tell-gets-help = Membuatku mendapat bantuan
# Group name.
q-ways-to-tell-no-help-yet = Belum membuatku mendapat bantuan
# Item to sort (gets help).
q-ways-to-tell-write-a-note = Menulis surat untuk orang dewasa yang kupercaya
    .feedback = Ini membuatmu mendapat bantuan. Menulis bisa lebih mudah daripada bicara.
# Item to sort (gets help).
q-ways-to-tell-show-screenshots = Menunjukkan screenshot-nya ke orang dewasa
    .feedback = Ini membuatmu mendapat bantuan. Screenshot menunjukkan apa yang terjadi.
# Item to sort (gets help).
q-ways-to-tell-call-a-helpline = Menelepon atau chat dengan layanan bantuan
    .feedback = Ini membuatmu mendapat bantuan. Layanan bantuan ada untuk mendengarkan.
# Item to sort (gets help).
q-ways-to-tell-tap-help = Mengetuk Bantuan di aplikasi ini
    .feedback = Ini membuatmu mendapat bantuan. Layar Bantuan menunjukkan siapa yang bisa kamu ajak bicara.
# Item to sort (does not get help yet).
q-ways-to-tell-wait-and-hope = Menunggu dan berharap masalahnya hilang sendiri
    .feedback = Ini belum membuatmu mendapat bantuan. Bercerita ke seseorang lebih baik.
# Item to sort (does not get help yet).
q-ways-to-tell-post-in-public-chat = Memposting soal itu di chat umum
    .feedback = Ini belum membuatmu mendapat bantuan. Siapa pun bisa membacanya. Ceritakan ke orang dewasa yang kamu percaya.

# Question: single choice about telling after breaking a rule.
q-ben-broke-rule = Ben main game yang tidak boleh ia mainkan. Seseorang di sana membuatnya sedih. Apakah ia tetap bisa bercerita ke orang dewasa?
    .hint = Siapa yang berbuat salah: Ben, atau orang yang membuatnya sedih?
    .explanation = Ya. Melanggar aturan tidak membuat itu jadi salahnya. Orang yang membuatnya sedih itulah yang berbuat salah. Ben tetap bisa bercerita dan mendapat bantuan.
# Answer option (right).
q-ben-broke-rule-yes-still-tell = Ya. Itu bukan salahnya, dan ia tetap bisa mendapat bantuan.
    .feedback = Ya! Ben selalu boleh bercerita. Orang dewasa seharusnya membantunya, bukan menyalahkannya.
# Answer option (wrong).
q-ben-broke-rule-no-he-broke-rule = Tidak, karena ia melanggar aturan.
    .feedback = Belum tepat. Melanggar aturan tidak membuat itu jadi salahnya. Ia tetap bisa bercerita.
# Answer option (wrong).
q-ben-broke-rule-only-if-small = Hanya kalau masalahnya sangat kecil.
    .feedback = Belum tepat. Besar atau kecil, Ben boleh bercerita. Orang dewasa ingin membantu.

# Question: true or false about telling later. The right answer is "true".
q-weeks-ago = Kalau ada yang membuatmu sedih beberapa minggu lalu, kamu tetap bisa bercerita ke seseorang sekarang.
    .hint = Apakah bantuan bisa habis waktunya?
    .explanation = Ya. Kamu selalu bisa bercerita ke seseorang, walaupun sudah lama berlalu. Orang dewasa yang kamu percaya, layanan bantuan, atau layar Bantuan bisa membantu.
# Feedback if the child picks "true" (right).
q-weeks-ago-true =
    .feedback = Ya! Kamu selalu bisa bercerita ke seseorang, walaupun sudah lama berlalu. Itu bukan salahmu.
# Feedback if the child picks "false" (wrong).
q-weeks-ago-false =
    .feedback = Belum tepat. Kamu selalu bisa bercerita ke seseorang, walaupun sudah lama berlalu. Bantuan tetap ada untukmu.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Minta setiap orang memikirkan dua atau tiga orang dewasa yang bisa mereka ajak bercerita. Apa yang bisa membuat bercerita jadi lebih mudah? Bahas apa yang dilakukan orang dewasa yang baik saat seorang anak bercerita kepada mereka, dan tunjukkan di mana layar Bantuan berada.
