# SafeSteps — MIT OR Apache-2.0

### Lesson: Kind and unkind online (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. Games and chats are fun; kindness makes them better.

# Lesson name on the lesson card.
lesson-title = كلام لطيف وكلام جارح
# One line under the lesson name.
lesson-summary = الكلام اللطيف يجعل الألعاب والدردشة ممتعة. هيّا نتعلّم ماذا نفعل إذا كان أحد غير لطيف.

# Card 1: kind words in games and chats.
card-kind-words =
    الألعاب والدردشة أمتع عندما نكون لطفاء.
    الكلام اللطيف يجعل الناس يشعرون بالسعادة.
    «لعبة رائعة!» كلام لطيف.
    و«محاولة جميلة!» كلام لطيف أيضًا.
    .together = اسأل: «ما الكلام اللطيف الذي يمكنك أن تقوله في لعبة؟» أجوبة جيدة: «لعبة رائعة!»، و«محاولة جميلة!»، و«أحسنت!»
# Card 2: unkind words and how others feel.
card-unkind-words =
    الكلام غير اللطيف قد يجرح.
    مثل الألقاب السيئة، أو «لا يمكنك أن تلعب معنا».
    هناك طفل حقيقي يقرأ كلامك على الشاشة.
    الكلام غير اللطيف قد يجعله حزينًا.
    .together = اسأل: «بماذا ستشعر لو كتب لك أحد هذا؟» استمع، ثم سمِّيا الشعور معًا.
# Card 3: what to do if someone is unkind: stop, don't reply, tell; a grown-up helps block and report.
card-if-someone-is-unkind =
    هل هناك مَن هو غير لطيف معك؟
    توقّف. لا تردّ.
    أخبِر شخصًا كبيرًا تثق به.
    يمكنه أن يساعدك على الحظر والإبلاغ.
    هذا ليس ذنبك.
    .together = اسأل: «ماذا تفعل إذا كان أحد غير لطيف معك؟» جواب جيد: أتوقّف، ولا أردّ، وأخبر شخصًا كبيرًا. إذا كان ذلك قد حدث، فابقَ هادئًا، واشكره لأنه أخبرك.
# Card 4: being kind to others; someone to talk to.
card-you-can-be-kind =
    أنت أيضًا يمكنك أن تكون لطيفًا.
    فكّر قبل أن تكتب.
    هل سيجعله كلامك يبتسم، أم يحزن؟
    تحتاج مساعدة؟ تحدّث إلى شخص كبير تثق به.
    أو اضغط على زر «مساعدة».
    .together = اسأل: «ماذا يمكنك أن تكتب لتجعل أحدًا يبتسم؟» امدح أيّ فكرة لطيفة.

# Question: sort words into kind and unkind.
q-kind-or-unkind = هل هذا الكلام لطيف أم غير لطيف؟ ضع كل واحد في الصندوق المناسب.
    .hint = كيف ستشعر لو قال لك أحد هذا الكلام؟
    .explanation = الكلام اللطيف يجعل الناس يشعرون بالسعادة. الكلام غير اللطيف قد يجعلهم حزانى.
# Group name.
q-kind-or-unkind-kind = لطيف
# Group name.
q-kind-or-unkind-unkind = غير لطيف
# Item to sort (kind).
q-kind-or-unkind-good-game = «لعبة رائعة!»
    .feedback = لطيف! يجعل صديقك سعيدًا، سواء فاز أم خسر.
# Item to sort (kind).
q-kind-or-unkind-nice-try = «محاولة جميلة!»
    .feedback = لطيف! يشجّع صديقك على أن يستمرّ في المحاولة.
# Item to sort (kind).
q-kind-or-unkind-want-to-play = «هل تريد أن تلعب معنا؟»
    .feedback = لطيف! يجعل الآخر يشعر أنه جزء من المرح.
# Item to sort (unkind).
q-kind-or-unkind-bad-at-this = «أنت فاشل في هذا.»
    .feedback = غير لطيف. كلام مثل هذا قد يُحزن الآخرين.
# Item to sort (unkind).
q-kind-or-unkind-cannot-play = «لا يمكنك أن تلعب معنا.»
    .feedback = غير لطيف. قد يجعل الآخر يشعر أنهم لا يريدونه معهم.

# Question: a single choice about being called names.
q-called-names = شخص في لعبة يناديك بألقاب سيئة. ماذا تفعل؟
    .hint = تذكّر الخطوات الثلاث في البطاقة.
    .explanation = توقّف، ولا تردّ، وأخبِر شخصًا كبيرًا تثق به. هذا ليس ذنبك.
# Answer option (right).
q-called-names-stop-and-tell = أتوقّف، ولا أردّ، وأخبر شخصًا كبيرًا.
    .feedback = نعم! الشخص الكبير الذي تثق به يمكنه أن يساعدك على الحظر والإبلاغ.
# Answer option (wrong).
q-called-names-call-names-back = أناديه أنا أيضًا بألقاب سيئة.
    .feedback = ليس تمامًا. من الطبيعي أن تغضب. لكن الردّ بكلام غير لطيف قد يزيد الأمر سوءًا. توقّف وأخبِر شخصًا كبيرًا.
# Answer option (wrong).
q-called-names-keep-it-in = أكمل اللعب، ولا أخبر أحدًا.
    .feedback = ليس تمامًا. لست مضطرًا إلى أن تتعامل مع هذا وحدك. أخبِر شخصًا كبيرًا تثق به.

# Question: true or false about saying unkind things back. The right answer is "false".
q-say-it-back = إذا كان أحد غير لطيف، فالأفضل أن تردّ عليه بكلام غير لطيف.
    .hint = ما الخطوات عندما يكون أحد غير لطيف؟
    .explanation = توقّف، ولا تردّ، وأخبِر شخصًا كبيرًا. الردّ بكلام غير لطيف قد يزيد الأمر سوءًا.
# Feedback if the child picks "true" (wrong).
q-say-it-back-true =
    .feedback = ليس تمامًا. من الطبيعي أن تغضب. لكن الأفضل أن تتوقّف، ولا تردّ، وتخبر شخصًا كبيرًا.
# Feedback if the child picks "false" (right).
q-say-it-back-false =
    .feedback = نعم! توقّف، ولا تردّ، وأخبِر شخصًا كبيرًا تثق به.

# Question: a single choice about how someone else feels.
q-how-sam-feels = في لعبة، كتبت ميار لسامي: «أنت فاشل في هذا!» كيف قد يشعر سامي؟
    .hint = كيف ستشعر لو قال لك أحد هذا؟
    .explanation = الكلام غير اللطيف قد يُحزن الناس. سامي طفل حقيقي، ومشاعره حقيقية.
# Answer option (right).
q-how-sam-feels-sad = حزين أو مجروح
    .feedback = نعم. الكلام غير اللطيف قد يجرح. ربما يشعر سامي بالحزن.
# Answer option (wrong).
q-how-sam-feels-happy = سعيد
    .feedback = ليس تمامًا. الكلام غير اللطيف لا يُسعد أحدًا. ربما يشعر سامي بالحزن.
# Answer option (wrong).
q-how-sam-feels-does-not-care = سامي لا يهتمّ.
    .feedback = ليس تمامًا. الكلام على الشاشة قد يجرح أيضًا. سامي طفل حقيقي، ومشاعره حقيقية.

# Question: a single choice about what to say after a game.
q-after-a-game = خسرت في لعبة. ما الكلام اللطيف الذي تقوله؟
    .hint = أيّ كلام يجعل اللاعب الآخر يبتسم؟
    .explanation = «لعبة رائعة!» كلام لطيف، سواء فزت أم خسرت.
# Answer option (right).
q-after-a-game-good-game = «لعبة رائعة!»
    .feedback = نعم! هذا كلام لطيف، سواء فزت أم خسرت.
# Answer option (wrong).
q-after-a-game-you-are-bad = «أنت فاشل في هذا!»
    .feedback = ليس تمامًا. هذا الكلام قد يُحزن الآخرين. جرّب أن تقول: «لعبة رائعة!»
# Answer option (wrong).
q-after-a-game-not-playing-with-you = «لن ألعب معك.»
    .feedback = ليس تمامًا. الخسارة قد تضايقنا. لكن «لعبة رائعة!» كلام لطيف.

# Question: true or false about blame when someone is unkind. The right answer is "true".
q-unkind-to-you = إذا كان أحد غير لطيف معك، فهذا ليس ذنبك.
    .hint = مَن اختار الكلام غير اللطيف؟
    .explanation = ليس ذنبك أبدًا عندما يكون أحد غير لطيف معك. أخبِر شخصًا كبيرًا تثق به.
# Feedback if the child picks "true" (right).
q-unkind-to-you-true =
    .feedback = نعم! هذا ليس ذنبك أبدًا. الشخص الكبير الذي تثق به يمكنه أن يساعدك.
# Feedback if the child picks "false" (wrong).
q-unkind-to-you-false =
    .feedback = ليس تمامًا. ليس ذنبك أبدًا عندما يكون أحد غير لطيف. أخبِر شخصًا كبيرًا تثق به.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = اسأل طفلك: «ما الكلام اللطيف الذي يمكنك أن تقوله في لعبة؟» ثم اسأله ماذا سيفعل إذا كان أحد غير لطيف معه على الإنترنت. تدرّبا معًا: توقّف، ولا تردّ، وأخبِر شخصًا كبيرًا.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = في البيت، العبا لعبة معًا، وتبادلا الأدوار في قول شيء لطيف لبعضكما أثناءها.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اطلب من المجموعة أن تذكر كلامًا لطيفًا تحبّ أن تسمعه في لعبة. بماذا يشعر الناس عند سماع الكلام غير اللطيف؟ ما الخطوات الثلاث إذا كان أحد غير لطيف؟
