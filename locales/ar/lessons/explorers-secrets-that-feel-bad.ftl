# SafeSteps — MIT OR Apache-2.0

### Lesson: Secrets that feel bad are for telling (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words and no detail: talk about feelings and telling.
### Follows the NSPCC PANTS idea at a general level ("your body belongs to you").

# Lesson name on the lesson card.
lesson-title = أسرار تضايقنا
# One line under the lesson name.
lesson-summary = المفاجآت ممتعة. أمّا الأسرار التي تضايقنا فنحكيها. هيّا نعرف لماذا.

# Card 1: surprises are fun and shared soon.
card-surprises =
    المفاجأة ممتعة.
    مثل هدية في عيد ميلاد.
    تحتفظ بها وقتًا قصيرًا.
    ثم يعرفها الجميع، ويبتسمون!
    .together = اسأل: «ما المفاجأة التي احتفظت بها؟» الجواب الجيد شيء ممتع يعرفه الجميع قريبًا، مثل هدية.
# Card 2: secrets that feel bad are for telling.
card-secrets-that-feel-bad =
    بعض الأسرار تضايقنا.
    تجعلك تشعر بالحزن أو الخوف أو القلق.
    السرّ الذي يضايقك نحكيه.
    أخبِر شخصًا كبيرًا تثق به.
    .together = اسأل: «بماذا نشعر عندما يكون عندنا سرّ يضايقنا؟» أجوبة جيدة: الحزن، والخوف، والقلق. قل له إن هذه الأسرار نحكيها.
# Card 3: "don't tell your grown-ups" is never a fun surprise, whoever says it (a friend, someone in a game, even a grown-up the child knows).
card-no-secrets-from-grown-ups =
    قد يقول لك أحد: «لا تخبر أهلك.»
    قد يكون صديقًا، أو شخصًا في لعبة.
    وقد يكون حتى شخصًا كبيرًا تعرفه.
    هذه ليست مفاجأة ممتعة.
    هذا سرّ نحكيه.
    .together = قل: «إذا قال لك أحد ألّا تخبرني، فهذا سرّ نحكيه.» اجعل صوتك هادئًا ودافئًا.
# Card 4: body autonomy at a general level (NSPCC PANTS).
card-your-body =
    جسمك مِلكك.
    يمكنك أن تقول «لا»، حتى لشخص تعرفه.
    «لا» تعني «لا».
    إذا شعرت بشيء غريب أو لم تكن متأكدًا، فأخبِر شخصًا كبيرًا.
    .together = اسأل: «لِمَن جسمك؟» جواب جيد: «لي أنا.» ذكّره بأنه يستطيع أن يقول «لا»، حتى لأفراد العائلة.
# Card 5: never the child's fault; someone to talk to.
card-tell-someone =
    إذا طلب منك أحد أن تكتم سرًّا يضايقك، فهذا ليس ذنبك.
    يمكنك أن تحكيه، حتى لو كتمته مدة.
    لن يغضب منك الشخص الكبير.
    ويمكنك أيضًا أن تضغط على زر «مساعدة».
    .together = قل لطفلك إنه يستطيع أن يحكي لك أيّ سرّ، حتى لو كان قديمًا، وإنك لن تغضب منه. إذا أخبرك بشيء مقلق، فاشكره، وابقَ هادئًا، واطلب المساعدة.

# Question: sort things into surprises and secrets to tell.
q-surprise-or-tell = هل هي مفاجأة ممتعة، أم سرّ نحكيه؟ ضع كل واحدة في الصندوق المناسب.
    .hint = هل ستجعل الناس يبتسمون قريبًا؟ أم أنها تضايقك؟
    .explanation = المفاجآت ممتعة، ويعرفها الجميع قريبًا. الأسرار التي تضايقنا نحكيها لشخص كبير.
# Group name.
q-surprise-or-tell-surprise = مفاجأة ممتعة
# Group name.
q-surprise-or-tell-tell-a-grown-up = أخبر شخصًا كبيرًا
# Item to sort (fun surprise).
q-surprise-or-tell-birthday-gift = هدية لعيد ميلاد بابا
    .feedback = الهدية مفاجأة ممتعة. سيعرفها بابا قريبًا، وسيبتسم.
# Item to sort (fun surprise).
q-surprise-or-tell-party-for-gran = حفلة لجدّتي
    .feedback = الحفلة مفاجأة ممتعة. ستعرفها جدّتك قريبًا.
# Item to sort (tell a grown-up).
q-surprise-or-tell-game-chat-secret = شخص في لعبة يقول: «لا تخبر ماما عن دردشاتنا.»
    .feedback = لا يحقّ لأحد أن يطلب منك أن تخفي الدردشات عن الكبار في عائلتك. أخبِر شخصًا كبيرًا تثق به.
# Item to sort (tell a grown-up).
q-surprise-or-tell-tummy-feels-funny = سرّ يجعل بطنك يشعر بشيء غريب
    .feedback = السرّ الذي يضايقك نحكيه. الشخص الكبير يمكنه أن يساعدك.
# Item to sort (tell a grown-up).
q-surprise-or-tell-picture-secret = شخص يقول: «هذه الصورة سرّ بيننا.»
    .feedback = الصورة التي يجب أن تخفيها نحكي عنها. أخبِر شخصًا كبيرًا تثق به.

# Question: a single choice about a game friend asking for a secret.
q-game-friend-secret = صديق في لعبة يقول: «لا تخبر بابا أننا نتحدّث.» ماذا تفعل؟
    .hint = هل هذه مفاجأة ممتعة؟ أم سرّ تخفيه عن الكبار في عائلتك؟
    .explanation = المفاجأة ممتعة، ويعرفها الناس قريبًا. «لا تخبر بابا» ليست مفاجأة. إنها سرّ نحكيه.
# Answer option (right).
q-game-friend-secret-tell-a-grown-up = أخبر شخصًا كبيرًا أثق به.
    .feedback = نعم! هذا سرّ نحكيه. الشخص الكبير يمكنه أن يساعدك.
# Answer option (wrong).
q-game-friend-secret-keep-it = أكتم السرّ.
    .feedback = ليس تمامًا. هذه ليست مفاجأة ممتعة. إنه سرّ تخفيه عن الكبار في عائلتك، فأخبِر واحدًا منهم.
# Answer option (wrong).
q-game-friend-secret-keep-chatting = أستمرّ في الدردشة ولا أقول شيئًا.
    .feedback = ليس تمامًا. السرّ الذي تخفيه عن الكبار في عائلتك نحكيه. هم سيساعدونك.

# Question: true or false about keeping every secret. The right answer is "false".
q-keep-every-secret = يجب أن تكتم كل سرّ، حتى الأسرار التي تضايقك.
    .hint = ماذا نفعل بالسرّ الذي يضايقنا؟
    .explanation = الأسرار التي تضايقنا نحكيها. أخبِر شخصًا كبيرًا في دائرتك.
# Feedback if the child picks "true" (wrong).
q-keep-every-secret-true =
    .feedback = ليس تمامًا. لست مضطرًا إلى أن تكتم سرًّا يضايقك. أخبِر شخصًا كبيرًا تثق به.
# Feedback if the child picks "false" (right).
q-keep-every-secret-false =
    .feedback = نعم! السرّ الذي يضايقك نحكيه.

# Question: a single choice about saying no to a hug (body autonomy).
q-hug-from-cousin = قريبك يريد أن يعانقك. وأنت لا تريد. ماذا يمكنك أن تفعل؟
    .hint = لِمَن جسمك؟
    .explanation = جسمك مِلكك. يمكنك أن تقول «لا»، حتى لشخص تعرفه. إذا لم يتوقّف، فأخبِر شخصًا كبيرًا تثق به.
# Answer option (right).
q-hug-from-cousin-no-thank-you = أقول: «لا، شكرًا. هل نلوّح بأيدينا بدلًا من ذلك؟»
    .feedback = نعم! جسمك مِلكك. يمكنك أن تقول «لا» بلطف.
# Answer option (wrong).
q-hug-from-cousin-must-hug = أعانقه، حتى لو لم أكن أريد.
    .feedback = ليس تمامًا. جسمك مِلكك. يمكنك أن تقول «لا»، حتى لشخص تعرفه.
# Answer option (wrong).
q-hug-from-cousin-say-nothing = لا أقول شيئًا. لا أستطيع أن أقول «لا».
    .feedback = ليس تمامًا. يمكنك دائمًا أن تقول «لا». «لا» تعني «لا». الشخص الكبير يمكنه أن يساعدك على قولها.

# Question: a single choice about a grown-up the child knows asking for a secret that feels odd (not a surprise).
q-grown-up-secret = شخص كبير تعرفه يقول: «هذا سرّ بيننا. لا تخبر ماما.» تشعر بشيء غريب. ماذا تفعل؟
    .hint = هل هذه مفاجأة ممتعة، أم سرّ يبدو غريبًا؟
    .explanation = السرّ الذي يبدو غريبًا نحكيه، حتى لو طلب شخص كبير تعرفه أن تكتمه. أخبِر شخصًا كبيرًا في دائرتك.
# Answer option (right).
q-grown-up-secret-tell-circle = أخبر ماما، أو شخصًا كبيرًا في دائرتي.
    .feedback = نعم! لقد فعلت الصواب. الشخص الكبير في دائرتك سيساعدك.
# Answer option (wrong).
q-grown-up-secret-keep-it-they-are-nice = أكتمه. هو لطيف معي.
    .feedback = ليس تمامًا. حتى الكبار اللطفاء لا يحقّ لهم أن يطلبوا سرًّا كهذا. أخبِر شخصًا كبيرًا تثق به.
# Answer option (wrong).
q-grown-up-secret-do-what-they-say = أفعل ما يقوله.
    .feedback = ليس تمامًا. لست مضطرًا إلى أن تكتمه. أخبِر شخصًا كبيرًا في دائرتك.

# Question: true or false about blame. The right answer is "true".
q-not-to-blame = إذا طلب منك أحد أن تكتم سرًّا يضايقك، فهذا ليس ذنبك.
    .hint = مَن فعل الخطأ: أنت، أم الذي طلب منك؟
    .explanation = هذا ليس ذنبك أبدًا. الذي طلب منك هو الذي أخطأ. أخبِر شخصًا كبيرًا. سيساعدك.
# Feedback if the child picks "true" (right).
q-not-to-blame-true =
    .feedback = نعم! هذا ليس ذنبك أبدًا. لن يغضب منك الشخص الكبير.
# Feedback if the child picks "false" (wrong).
q-not-to-blame-false =
    .feedback = ليس تمامًا. هذا ليس ذنبك أبدًا. أن تحكي هو الشيء الصحيح.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = اسأل طفلك: «ما الفرق بين المفاجأة والسرّ؟» قل له إنه يستطيع دائمًا أن يحكي لك عن سرّ يضايقه، حتى لو قال له أحد ألّا يحكي، وإنك لن تغضب منه.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = في البيت، استخدم كلمتي «مفاجأة» و«سرّ» في الحياة اليومية، وكرّر كثيرًا أن الأسرار التي تضايقنا نحكيها دائمًا.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اطلب من المجموعة أن تذكر مفاجآت ممتعة وأسرارًا تضايقنا. كيف نفرّق بينها؟ مَن يمكنك أن تخبره عن سرّ يضايقك؟
