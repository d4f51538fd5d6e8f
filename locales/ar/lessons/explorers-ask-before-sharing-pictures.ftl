# SafeSteps — MIT OR Apache-2.0

### Lesson: Ask before sharing pictures (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. Never describe what a picture shows.

# Lesson name on the lesson card.
lesson-title = اسأل قبل الصور
# One line under the lesson name.
lesson-summary = الصور ممتعة. هيّا نتعلّم متى نسأل أولًا، ومتى نخبر شخصًا كبيرًا.

# Card 1: ask before taking or sharing a picture of someone.
card-ask-your-friend =
    التقاط الصور ممتع!
    تريد صورة لصديقك؟
    اسأل أولًا: «هل أستطيع أن ألتقط صورتك؟»
    تريد أن ترسلها لغيرك؟ اسأله مرة أخرى.
    إذا قال «لا»، فلا بأس.
    .together = اسأل: «ماذا تقول قبل أن تلتقط صورة لصديقك؟» جواب جيد: «هل أستطيع أن ألتقط صورتك؟» امدحه لأنه يستأذن.
# Card 2: ask a grown-up before sending a picture of yourself.
card-pictures-of-you =
    تريد أن ترسل صورة لك؟
    اسأل شخصًا كبيرًا أولًا.
    الصورة قد تُرسَل من شخص إلى شخص بلا نهاية.
    الشخص الكبير يساعدك على الاختيار.
    .together = اسأل: «مَن تسأل قبل أن ترسل صورة لك؟» الجواب الجيد يذكرك أنت أو شخصًا كبيرًا آخر يثق به.
# Card 3: if someone asks for pictures, you can say no and tell.
card-if-someone-asks =
    هل طلب منك أحد صورة؟
    قد يكون شخصًا في لعبة.
    وقد يكون شخصًا تعرفه.
    يمكنك أن تقول «لا».
    ثم أخبِر شخصًا كبيرًا تثق به.
    .together = اسأل: «ماذا يمكنك أن تفعل إذا طلب منك أحد صورة؟» جواب جيد: أقول «لا» وأخبر شخصًا كبيرًا. إذا قال طفلك إن ذلك حدث، فابقَ هادئًا، واشكره، واسأله ماذا حدث.
# Card 4: never the child's fault; someone to talk to.
card-not-your-fault =
    إذا طلب منك أحد صورة، فهذا ليس ذنبك.
    وإذا أرسلت صورة، فهذا أيضًا ليس ذنبك.
    لن يغضب منك الشخص الكبير.
    أخبِره، أو اضغط على زر «مساعدة».
    .together = قلها بصوت مسموع: «إذا طلب منك أحد صورة، فهذا ليس ذنبك، ولن أغضب منك.» إذا أخبرك طفلك بشيء، فاشكره أولًا، واسأل بعد ذلك.

# Question: a single choice about taking a picture of a friend.
q-friend-picture = تريد صورة لصديقك. ماذا تفعل أولًا؟
    .hint = كيف سيشعر صديقك إذا لم تسأله؟
    .explanation = اسأل أولًا دائمًا. صديقك هو الذي يقول «نعم» أو «لا».
# Answer option (right).
q-friend-picture-ask-first = أسأل: «هل أستطيع أن ألتقط صورتك؟»
    .feedback = نعم! السؤال أولًا لطف. صديقك هو الذي يختار.
# Answer option (wrong).
q-friend-picture-take-it-fast = ألتقطها بسرعة حتى لا يرى.
    .feedback = ليس تمامًا. ربما لا يريد صديقك صورة. اسأله أولًا.
# Answer option (wrong).
q-friend-picture-send-to-class = ألتقطها وأرسلها إلى كل الصف.
    .feedback = ليس تمامًا. اسأل صديقك أولًا. ثم اسأله مرة أخرى قبل أن ترسلها.

# Question: true or false about a friend who says no. The right answer is "false".
q-friend-says-no = صديقك قال «لا» للصورة. يمكنك أن تلتقطها، هذه المرة فقط.
    .hint = ماذا تعني كلمة «لا»؟
    .explanation = «لا» تعني «لا». إذا قال صديقك «لا»، فلا تلتقط الصورة.
# Feedback if the child picks "true" (wrong).
q-friend-says-no-true =
    .feedback = ليس تمامًا. «لا» تعني «لا»، ولو مرة واحدة. صديقك هو الذي يختار.
# Feedback if the child picks "false" (right).
q-friend-says-no-false =
    .feedback = نعم! «لا» تعني «لا». وهذا لطف منك مع صديقك.

# Question: a single choice about sending a picture of yourself.
q-send-my-picture = تريد أن ترسل صورة لك إلى شخص في لعبة. ماذا تفعل؟
    .hint = مَن يمكنه أن يساعدك على الاختيار؟
    .explanation = اسأل شخصًا كبيرًا قبل أن ترسل صورة لك. الصورة قد تُرسَل من شخص إلى شخص بلا نهاية.
# Answer option (right).
q-send-my-picture-ask-a-grown-up = أسأل شخصًا كبيرًا أولًا.
    .feedback = نعم! الشخص الكبير الذي تثق به يساعدك على الاختيار.
# Answer option (wrong).
q-send-my-picture-send-it-now = أرسلها الآن.
    .feedback = ليس تمامًا. الصورة قد تُرسَل من شخص إلى شخص بلا نهاية. اسأل شخصًا كبيرًا أولًا.
# Answer option (wrong).
q-send-my-picture-send-it-secretly = أرسلها، ولا أخبر الكبار في عائلتي.
    .feedback = ليس تمامًا. الكبار في عائلتك يمكنهم مساعدتك. اسألهم أولًا.

# Question: a single choice about someone asking the child for a picture.
q-someone-asks = شخص في دردشة يقول: «أرسل لي صورة لك.» ماذا تفعل؟
    .hint = هل يجب أن تقول «نعم»؟ مَن يمكنه المساعدة؟
    .explanation = يمكنك أن تقول «لا». ثم أخبِر شخصًا كبيرًا تثق به. ليس ذنبك أنه طلب.
# Answer option (right).
q-someone-asks-say-no-and-tell = أقول «لا»، وأخبر شخصًا كبيرًا.
    .feedback = نعم! يمكنك أن تقول «لا». الشخص الكبير الذي تثق به سيساعدك.
# Answer option (wrong).
q-someone-asks-send-to-be-nice = أرسل صورة لأكون لطيفًا.
    .feedback = ليس تمامًا. يمكنك أن تقول «لا» وتبقى لطيفًا. أخبِر شخصًا كبيرًا تثق به.
# Answer option (wrong).
q-someone-asks-send-and-say-nothing = أرسل صورة، وأجعلها سرًّا.
    .feedback = ليس تمامًا. هذا سرّ نحكيه. قل «لا»، وأخبِر شخصًا كبيرًا.

# Question: sort actions into two groups.
q-good-idea-or-not = ضع كل واحدة في الصندوق المناسب.
    .hint = هل فيها سؤال أولًا؟ هل فيها طلب مساعدة من شخص كبير؟
    .explanation = اسأل قبل أن تلتقط صورة أو ترسلها. أخبِر شخصًا كبيرًا إذا طلب منك أحد صورًا.
# Group name.
q-good-idea-or-not-good-idea = فكرة جيدة
# Group name.
q-good-idea-or-not-stop-and-think = توقّف وفكّر
# Item to sort (good idea).
q-good-idea-or-not-ask-before-taking = أسأل صديقي قبل أن ألتقط صورة
    .feedback = فكرة جيدة! السؤال أولًا لطف.
# Item to sort (good idea).
q-good-idea-or-not-ask-grown-up-before-sending = أسأل شخصًا كبيرًا قبل أن أرسل صورة لي
    .feedback = فكرة جيدة! الشخص الكبير يساعدك على الاختيار.
# Item to sort (good idea).
q-good-idea-or-not-tell-about-asking = أخبر شخصًا كبيرًا إذا طلب مني أحد صورة
    .feedback = فكرة جيدة! الشخص الكبير الذي تثق به سيساعدك.
# Item to sort (stop and think).
q-good-idea-or-not-share-without-asking = أرسل صورة صديقي من غير أن أسأله
    .feedback = توقّف وفكّر. صديقك هو الذي يختار. اسأله أولًا.
# Item to sort (stop and think).
q-good-idea-or-not-send-to-game-friend = أرسل صورة لي إلى شخص في لعبة
    .feedback = توقّف وفكّر. اسأل شخصًا كبيرًا أولًا.

# Question: true or false about telling after a picture was sent. The right answer is "true".
q-already-sent = أرسلت صورة، والآن تشعر بالضيق. ما زال بإمكانك أن تخبر شخصًا كبيرًا.
    .hint = هل ما زال الشخص الكبير يستطيع مساعدتك؟
    .explanation = يمكنك دائمًا أن تخبر. هذا ليس ذنبك. الشخص الكبير الذي تثق به سيساعدك.
# Feedback if the child picks "true" (right).
q-already-sent-true =
    .feedback = نعم! هذا ليس ذنبك. لن يغضب منك الشخص الكبير.
# Feedback if the child picks "false" (wrong).
q-already-sent-false =
    .feedback = ليس تمامًا. يمكنك دائمًا أن تخبر. هذا ليس ذنبك، والشخص الكبير سيساعدك.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = تدرّبا معًا على السؤال: تبادلا الأدوار في قول «هل أستطيع أن ألتقط صورتك؟» والإجابة بـ«نعم» أو «لا». قل لطفلك إنه إذا طلب منه أحد صورة، فيمكنه أن يقول «لا» ويخبرك، وإنك لن تغضب منه.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = في البيت، اتّفقا معًا على قاعدة واحدة: صور الناس لا تُرسَل إلا بعد استئذانهم، وصور طفلك لا تُرسَل إلا معك.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اسأل المجموعة: لماذا نسأل قبل أن نلتقط صورة لصديق أو نشاركها؟ ماذا يمكن أن تقول إذا طلب منك أحد صورة؟ مَن يمكنك أن تخبره؟
