# SafeSteps — MIT OR Apache-2.0

### Lesson: My safety circle (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. A safety circle is the child's team of trusted grown-ups.

# Lesson name on the lesson card.
lesson-title = دائرة الأمان الخاصة بي
# One line under the lesson name.
lesson-summary = دائرة الأمان هي فريقك من الكبار الذين يساعدونك. هيّا نجد فريقك.

# Card 1: what a safety circle is.
card-what-is-a-circle =
    دائرة الأمان هي فريقك من الكبار.
    يساعدونك عندما تشعر بالحزن أو الخوف.
    يستمعون إليك.
    ويساعدونك على أن تبقى بأمان.
    .together = اسأل: «مَن يجعلك تشعر بالأمان؟» أيّ شخص كبير يثق به طفلك جواب جيد.
# Card 2: who can be in it (home, school, family friends); more than one.
card-pick-your-team =
    مَن في دائرتك؟
    قد تكون أمّك أو أبوك أو مَن يرعاك.
    قد تكون جدّتك أو خالتك أو عمّتك.
    قد يكون معلّمك، أو صديقًا لعائلتك.
    يمكنك أن تختار أكثر من واحد!
    .together = ساعد طفلك على أن يختار اثنين من الكبار على الأقل: واحدًا في البيت، وواحدًا خارج البيت، مثل معلّمه.
# Card 3: how to tell a grown-up.
card-how-to-tell =
    كيف تُخبر؟
    اذهب إلى شخص كبير في دائرتك.
    قل: «أريد أن أخبرك بشيء.»
    الشخص الكبير مشغول؟ قلها مرة أخرى.
    أو اذهب إلى الشخص الكبير التالي.
    .together = تدرّبا معًا: يقول طفلك «أريد أن أخبرك بشيء»، فتتوقّف أنت عمّا تفعله وتستمع إليه.
# Card 4: even people we know can do things that are not okay; tell someone else.
card-not-okay =
    حتى الشخص الذي نعرفه قد يفعل أشياء غير مقبولة.
    هذا ليس ذنبك.
    يمكنك أن تخبر شخصًا كبيرًا في دائرتك.
    استمرّ في الإخبار حتى تحصل على المساعدة.
    .together = قل بهدوء: «حتى شخص نعرفه قد يفعل شيئًا غير مقبول. يمكنك دائمًا أن تخبرني.» إذا أخبرك طفلك بشيء، فاشكره وابقَ هادئًا.
# Card 5: someone to talk to, and the Help button.
card-help-is-here =
    دائرتك موجودة من أجلك.
    يمكنك أن تتحدّث إليهم في أي وقت.
    ويمكنك أيضًا أن تضغط على زر «مساعدة».
    يريك مَن يستطيع أن يساعدك.
    .together = اسأل: «إلى مَن ستذهب أولًا؟» ثم أرِ طفلك زر «مساعدة».

# Question: a single choice about who can be in a safety circle.
q-who-can-be-in = مَن يمكن أن يكون في دائرة الأمان الخاصة بك؟
    .hint = فكّر في الكبار الذين تعرفهم جيدًا ويساعدونك.
    .explanation = دائرتك هي الكبار الذين تعرفهم جيدًا وتثق بهم. المعلّم يمكن أن يكون واحدًا منهم.
# Answer option (right).
q-who-can-be-in-my-teacher = معلّمي
    .feedback = نعم! المعلّم الذي تثق به يمكن أن يكون في دائرتك.
# Answer option (wrong).
q-who-can-be-in-game-player = شخص أعرفه من لعبة فقط
    .feedback = ليس تمامًا. أصدقاء اللعبة قد يكونون ممتعين. لكن دائرتك هي الكبار الذين تعرفهم جيدًا.
# Answer option (wrong).
q-who-can-be-in-person-in-a-video = شخص أراه في الفيديوهات فقط
    .feedback = ليس تمامًا. أنت لا تعرف حقًا الناس الذين تراهم في الفيديوهات فقط. دائرتك هي الكبار الذين تعرفهم جيدًا.

# Question: true or false about picking more than one grown-up.
q-more-than-one = يمكن أن يكون في دائرتك أكثر من شخص كبير.
    .hint = هل الفريق شخص واحد فقط؟
    .explanation = نعم. يمكنك أن تختار كبارًا كثيرين. هكذا يكون هناك دائمًا مَن تخبره.
# Feedback if the child picks "true" (right).
q-more-than-one-true =
    .feedback = نعم! كبار أكثر يعني مساعدة أكثر لك.
# Feedback if the child picks "false" (wrong).
q-more-than-one-false =
    .feedback = ليس تمامًا. يمكنك أن تختار كبارًا كثيرين. هكذا يكون هناك دائمًا مَن تخبره.

# Question: sort people into two groups.
q-circle-or-not = ضع كل واحد في الصندوق المناسب.
    .hint = هل تعرفه جيدًا؟ هل يساعدك على أن تبقى بأمان؟
    .explanation = دائرتك هي الكبار الذين تعرفهم جيدًا وتثق بهم. الناس الذين تعرفهم من لعبة أو فيديو فقط ليسوا فيها.
# Group name.
q-circle-or-not-in-my-circle = يمكن أن يكون في دائرتي
# Group name.
q-circle-or-not-not-in-my-circle = ليس لدائرتي
# Item to sort (can be in my circle).
q-circle-or-not-mum-or-dad = أمّي أو أبي أو مَن يرعاني
    .feedback = الشخص الكبير في البيت الذي يحميك يمكن أن يكون في دائرتك.
# Item to sort (can be in my circle).
q-circle-or-not-teacher = معلّمي
    .feedback = المعلّم الذي تثق به يمكن أن يكون في دائرتك. هو يساعدك في المدرسة.
# Item to sort (can be in my circle).
q-circle-or-not-grandpa = جدّي
    .feedback = الجدّ الذي تثق به يمكن أن يكون في دائرتك.
# Item to sort (not for my circle).
q-circle-or-not-met-in-a-game = شخص أعرفه من لعبة فقط
    .feedback = أنت لا تعرفه جيدًا. دائرتك هي الكبار الذين تعرفهم وتثق بهم.
# Item to sort (not for my circle).
q-circle-or-not-online-video = شخص أراه في الفيديوهات فقط
    .feedback = أنت تراه في الفيديوهات فقط. أنت لا تعرفه جيدًا.

# Question: a single choice about a grown-up who is busy.
q-busy-grown-up = تحاول أن تخبر أباك بشيء. هو مشغول ولا يسمعك. ماذا يمكنك أن تفعل؟
    .hint = هل هناك أكثر من طريقة ليسمعك أحد؟
    .explanation = الكبار ينشغلون أحيانًا. قلها مرة أخرى، أو اذهب إلى الشخص الكبير التالي في دائرتك.
# Answer option (right).
q-busy-grown-up-tell-again = أخبره مرة أخرى، أو أخبر الشخص الكبير التالي.
    .feedback = نعم! استمرّ في الإخبار حتى يسمعك شخص كبير.
# Answer option (wrong).
q-busy-grown-up-give-up = أستسلم وأتوقّف عن المحاولة.
    .feedback = ليس تمامًا. ما تريد أن تقوله مهمّ. حاول مرة أخرى، أو اذهب إلى الشخص الكبير التالي.
# Answer option (wrong).
q-busy-grown-up-tell-no-one = أحتفظ بكل شيء لنفسي.
    .feedback = ليس تمامًا. لست مضطرًا إلى أن تكتم الأمر. الشخص الكبير في دائرتك يريد أن يساعدك.

# Question: true or false about telling when someone we know does something not okay.
q-someone-we-know = إذا فعل شخص تعرفه شيئًا غير مقبول، يمكنك أن تخبر شخصًا كبيرًا.
    .hint = هل ما زال بإمكانك أن تخبر، حتى لو كنت تعرفه؟
    .explanation = نعم. حتى الناس الذين نعرفهم قد يفعلون أشياء غير مقبولة. هذا ليس ذنبك. أخبِر شخصًا كبيرًا في دائرتك.
# Feedback if the child picks "true" (right).
q-someone-we-know-true =
    .feedback = نعم! يمكنك دائمًا أن تخبر. هذا ليس ذنبك.
# Feedback if the child picks "false" (wrong).
q-someone-we-know-false =
    .feedback = ليس تمامًا. يمكنك أن تخبر، حتى لو كنت تعرفه. الشخص الكبير في دائرتك سيساعدك.

# Question: a single choice about how to start telling.
q-how-to-start = ماذا يمكنك أن تقول لشخص كبير في دائرتك؟
    .hint = أيّ جواب يُفهم الشخص الكبير أنك تحتاج إليه؟
    .explanation = عندما تقول «أريد أن أخبرك بشيء»، يتوقّف الشخص الكبير ويستمع إليك.
# Answer option (right).
q-how-to-start-i-need-to-tell = «أريد أن أخبرك بشيء.»
    .feedback = نعم! هذه الكلمات تجعل الشخص الكبير يتوقّف ويستمع إليك.
# Answer option (wrong).
q-how-to-start-say-nothing = لا أقول شيئًا أبدًا.
    .feedback = ليس تمامًا. الكبار لا يستطيعون أن يخمّنوا. قل ما تريد بكلماتك. هم يريدون أن يساعدوك.
# Answer option (wrong).
q-how-to-start-wait-and-hope = أنتظر وأتمنّى أن يزول الأمر.
    .feedback = ليس تمامًا. لست مضطرًا إلى الانتظار. أخبِر شخصًا كبيرًا الآن. هو يريد أن يساعدك.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = ارسما دائرة معًا. اسأل طفلك: «مَن يجعلك تشعر بالأمان؟» ارسما أو اكتبا أسماء هؤلاء الكبار في الدائرة: في البيت، وفي المدرسة، وفي العائلة. اختارا اثنين على الأقل، وتدرّبا على جملة «أريد أن أخبرك بشيء.»
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = في البيت، أضِف الأسماء التي اختارها طفلك إلى دائرة الأمان الخاصة به في شاشة المساعدة، وأخبِر هؤلاء الكبار بأنه اختارهم.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اسأل المجموعة: مَن يمكن أن يكون في دائرة الأمان في البيت، وفي المدرسة، وفي العائلة؟ لماذا من الجيد أن يكون فيها أكثر من شخص؟ ماذا يمكنك أن تفعل إذا لم يستمع إليك أول شخص كبير؟
