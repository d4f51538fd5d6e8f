# SafeSteps — MIT OR Apache-2.0

### Lesson: When something online feels wrong: stop, leave, tell (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words, and never say what the child saw.

# Lesson name on the lesson card.
lesson-title = عندما أشعر أن شيئًا ليس على ما يرام
# One line under the lesson name.
lesson-summary = إذا جعلك شيء على الإنترنت تشعر بالضيق، يمكنك أن تتوقّف، وتبتعد، وتخبر.

# Card 1: online is mostly fun; some things make us feel bad.
card-feelings =
    معظم الأشياء على الإنترنت ممتعة.
    لكن بعض الأشياء قد تجعلك حزينًا.
    أو خائفًا، أو حائرًا.
    هذا الشعور يقول لك: توقّف.
    .together = اسأل: «بماذا يشعر جسمك عندما يكون هناك شيء ليس على ما يرام؟» أجوبة جيدة: ألم في البطن، ودقّات قلب سريعة، وشعور بالحيرة.
# Card 2: stop and leave: close it or turn the screen over.
card-stop-and-leave =
    توقّف.
    أغلقه، أو اقلب الشاشة على وجهها.
    يمكنك أن تضع الجهاز اللوحي جانبًا.
    لست مضطرًا إلى أن تنظر.
    .together = تدرّبا: تخيّلا أن شيئًا على الشاشة ليس على ما يرام، فيقلب طفلك الشاشة على وجهها.
# Card 3: tell a grown-up; what to say.
card-tell-a-grown-up =
    اذهب وأخبِر شخصًا كبيرًا تثق به.
    يمكنك أن تقول: «رأيت شيئًا جعلني أشعر بالضيق.»
    سيساعدك.
    أخبِر، حتى لو كانت الرسالة من شخص تعرفه.
    .together = اسأل: «ماذا يمكنك أن تقول لي؟» جواب جيد: «رأيت شيئًا جعلني أشعر بالضيق.» اشكره لأنه تدرّب.
# Card 4: never the child's fault; the grown-up will not be cross; Help button.
card-never-your-fault =
    هذا ليس ذنبك أبدًا.
    لن يغضب منك الشخص الكبير.
    لقد فعلت الصواب عندما أخبرت.
    ويمكنك أيضًا أن تضغط على زر «مساعدة».
    .together = قولاها معًا: «هذا ليس ذنبك أبدًا.» إذا أخبرك طفلك عن شيء رآه، فابقَ هادئًا واشكره.

# Question: a single choice about a video that feels scary.
q-scary-video = فيديو يجعلك تشعر بالخوف. ماذا تفعل أولًا؟
    .hint = ما أول خطوة عندما تشعر أن شيئًا ليس على ما يرام؟
    .explanation = توقّف وابتعد. أغلقه، أو اقلب الشاشة على وجهها. ثم أخبِر شخصًا كبيرًا.
# Answer option (right).
q-scary-video-stop-and-close = أتوقّف، وأغلقه أو أقلب الشاشة على وجهها.
    .feedback = نعم! لست مضطرًا إلى أن تنظر. والآن أخبِر شخصًا كبيرًا تثق به.
# Answer option (wrong).
q-scary-video-keep-watching = أستمرّ في المشاهدة حتى النهاية.
    .feedback = ليس تمامًا. لست مضطرًا إلى أن تستمرّ في النظر. توقّف، وأغلقه، وأخبِر شخصًا كبيرًا.
# Answer option (wrong).
q-scary-video-watch-again = أشاهده مرة أخرى.
    .feedback = ليس تمامًا. لست مضطرًا إلى أن تنظر إليه. أغلقه، وأخبِر شخصًا كبيرًا.

# Question: sort actions into two groups.
q-helps-or-not = شيء على الإنترنت يجعلك تشعر بالضيق. ضع كل واحد في الصندوق المناسب.
    .hint = هل يساعدك على أن تتوقّف، أو تبتعد، أو تخبر؟
    .explanation = توقّف، وابتعد، وأخبِر. أغلقه أو اقلب الشاشة على وجهها. ثم أخبِر شخصًا كبيرًا تثق به.
# Group name.
q-helps-or-not-helps = هذا يساعد
# Group name.
q-helps-or-not-does-not-help = هذا لا يساعد
# Item to sort (helps).
q-helps-or-not-close-it = أغلقه
    .feedback = هذا يساعد. الآن لست مضطرًا إلى أن تراه.
# Item to sort (helps).
q-helps-or-not-turn-screen-over = أقلب الشاشة على وجهها
    .feedback = هذا يساعد. إنها طريقة سريعة لتتوقّف.
# Item to sort (helps).
q-helps-or-not-tell-grown-up = أخبر شخصًا كبيرًا
    .feedback = هذا يساعد. الشخص الكبير الذي تثق به يمكنه أن يساعدك لتشعر بتحسّن.
# Item to sort (does not help).
q-helps-or-not-keep-watching = أستمرّ في النظر
    .feedback = هذا لا يساعد. لست مضطرًا إلى أن تنظر. توقّف وأغلقه.
# Item to sort (does not help).
q-helps-or-not-keep-it-to-myself = أحتفظ بالأمر لنفسي
    .feedback = هذا لا يساعد. لست مضطرًا إلى أن تكتم الأمر. أخبِر شخصًا كبيرًا.

# Question: true or false about keeping it to yourself. The right answer is "false".
q-keep-it-quiet = إذا شعرت أن شيئًا على الإنترنت ليس على ما يرام، فاحتفظ بالأمر لنفسك.
    .hint = مَن يمكنه أن يساعدك عندما تشعر بالضيق؟
    .explanation = لست مضطرًا إلى أن تكتم الأمر. أخبِر شخصًا كبيرًا تثق به. سيساعدك.
# Feedback if the child picks "true" (wrong).
q-keep-it-quiet-true =
    .feedback = ليس تمامًا. لست مضطرًا إلى أن تكتم الأمر. أخبِر شخصًا كبيرًا تثق به.
# Feedback if the child picks "false" (right).
q-keep-it-quiet-false =
    .feedback = نعم! أخبِر شخصًا كبيرًا تثق به. سيساعدك.

# Question: a single choice about a message from someone the child knows.
q-mixed-up-message = شخص تعرفه يرسل لك رسالة. تجعلك تشعر بالحيرة. ماذا تفعل؟
    .hint = هل يهمّ إن كنت تعرفه؟
    .explanation = حتى الرسالة من شخص تعرفه قد تبدو غير صحيحة. أخبِر شخصًا كبيرًا تثق به.
# Answer option (right).
q-mixed-up-message-tell-someone = أخبر شخصًا كبيرًا أثق به.
    .feedback = نعم! الشخص الكبير الذي تثق به سيساعدك.
# Answer option (wrong).
q-mixed-up-message-reply-and-hide = أردّ، وأجعلها سرًّا.
    .feedback = ليس تمامًا. الرسالة التي تبدو غير صحيحة نحكي عنها. أخبِر شخصًا كبيرًا تثق به.
# Answer option (wrong).
q-mixed-up-message-wait-it-out = لا أفعل شيئًا، وأتمنّى أن يزول الأمر.
    .feedback = ليس تمامًا. لست مضطرًا إلى الانتظار. الشخص الكبير يمكنه أن يساعدك الآن.

# Question: a single choice about what to say to a grown-up.
q-what-to-say = ذهبت لتخبر شخصًا كبيرًا. ماذا يمكنك أن تقول؟
    .hint = أيّ كلمات تخبر الشخص الكبير بما حدث؟
    .explanation = قل إن شيئًا رأيته جعلك تشعر بالضيق. الشخص الكبير سيساعدك.
# Answer option (right).
q-what-to-say-made-me-feel-bad = «رأيت شيئًا جعلني أشعر بالضيق.»
    .feedback = نعم! هذه الكلمات تساعد الشخص الكبير على أن يعرف كيف يساعدك.
# Answer option (wrong).
q-what-to-say-nothing-happened = «كل شيء بخير. لم يحدث شيء.»
    .feedback = ليس تمامًا. لا بأس أن تقول بماذا تشعر. الشخص الكبير يمكنه أن يساعدك.
# Answer option (wrong).
q-what-to-say-say-nothing = لا أقول شيئًا، وأذهب.
    .feedback = ليس تمامًا. لا بأس أن تخبر. لن يغضب منك الشخص الكبير.

# Question: true or false about blame. The right answer is "true".
q-whose-fault = إذا رأيت على الإنترنت شيئًا ليس على ما يرام، فهذا ليس ذنبك.
    .hint = هل أخطأت لأنك رأيته؟
    .explanation = هذا ليس ذنبك أبدًا. أن تخبر شخصًا كبيرًا هو الشيء الصحيح.
# Feedback if the child picks "true" (right).
q-whose-fault-true =
    .feedback = نعم! هذا ليس ذنبك أبدًا. لن يغضب منك الشخص الكبير.
# Feedback if the child picks "false" (wrong).
q-whose-fault-false =
    .feedback = ليس تمامًا. هذا ليس ذنبك أبدًا. أن تخبر شخصًا كبيرًا هو الشيء الصحيح.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = تدرّبا معًا على «توقّف، وابتعد، وأخبِر»: تخيّلا أن شيئًا على الجهاز اللوحي ليس على ما يرام، فيقلب طفلك الشاشة على وجهها، ثم يأتي ليخبرك. قل لطفلك إنك لن تغضب منه أبدًا لأنه أخبرك.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = في البيت، اتّفقا على مكان استخدام الجهاز اللوحي (غرفة مشتركة)، وتدرّبا على «توقّف، وابتعد، وأخبِر» مرة أخرى هذا الأسبوع.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اسأل المجموعة: بماذا يشعر جسمك عندما يكون هناك شيء ليس على ما يرام؟ ما الخطوات الثلاث (توقّف، وابتعد، وأخبِر)؟ مَن يمكنك أن تخبره في البيت وفي المدرسة؟
