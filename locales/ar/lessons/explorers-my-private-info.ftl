# SafeSteps — MIT OR Apache-2.0

### Lesson: My private information (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words.

# Lesson name on the lesson card.
lesson-title = أشيائي الخاصة
# One line under the lesson name.
lesson-summary = بعض الأشياء عنك هي لك وللكبار في عائلتك فقط. هيّا نعرف ما هي.

# Card 1: what private information is.
card-private-things =
    بعض الأشياء عنك هي لك وللكبار في عائلتك فقط.
    مكان بيتك واحد منها.
    رقم هاتفك واحد منها.
    وكلمة المرور أيضًا.
    نسمّي هذه الأشياء: أشياء خاصة.
    .together = اسأل: «ما الأشياء الخاصة بك؟» أجوبة جيدة: مكان بيتك، ورقم هاتفك، وكلمة المرور.
# Card 2: games and chats on a tablet or phone.
card-games-and-chats =
    الألعاب والدردشة ممتعة!
    أحيانًا تسألك لعبة أو دردشة: أين تسكن؟
    أو: ما اسم مدرستك؟
    لست مضطرًا إلى الجواب.
    .together = اسأل: «ماذا يمكنك أن تقول إذا سألتك لعبة أين تسكن؟» جواب جيد: «لست مضطرًا إلى أن أقول»، ثم يأتي ليسألك أنت.
# Card 3: check with a grown-up before sharing.
card-ask-first =
    لست متأكدًا هل يمكنك أن تشارك شيئًا؟
    توقّف، واسأل أولًا شخصًا كبيرًا تثق به.
    السؤال دائمًا أمر جيد.
    .together = قل لطفلك: «يمكنك دائمًا أن تسألني، حتى عندما أبدو مشغولًا.» تدرّبا مرة واحدة على أن يأتي ويسألك.
# Card 4: who to tell; never the child's fault.
card-tell-someone =
    هل تشعر أن شيئًا على الإنترنت ليس على ما يرام؟
    هذا ليس ذنبك.
    أخبِر شخصًا كبيرًا تثق به.
    لن يغضب منك.
    اضغط على زر «مساعدة» لتجد شخصًا تتحدّث إليه.
    .together = اسأل: «هل شعرت يومًا أن شيئًا على الإنترنت ليس على ما يرام؟» إذا أخبرك طفلك بشيء مقلق، فابقَ هادئًا، واشكره، وقل له إن الأمر ليس ذنبه.

# Question: a single choice about a home address.
q-address = لعبة تسألك: «أين تسكن؟» ماذا تفعل؟
    .hint = فكّر: مَن يحتاج أن يعرف مكان بيتك؟
    .explanation = مكان بيتك شيء خاص. احفظه لك وللكبار في عائلتك.
# Answer option (right).
q-address-keep-it = لا أكتبه، وأخبِر شخصًا كبيرًا.
    .feedback = نعم! عنوانك شيء خاص. الشخص الكبير الذي تثق به يمكنه أن يساعدك.
# Answer option (wrong).
q-address-type-it = أكتبه في اللعبة.
    .feedback = ليس تمامًا. مكان بيتك شيء خاص. احفظه لك وللكبار في عائلتك.
# Answer option (wrong).
q-address-say-it-loud = أقوله في الدردشة الصوتية.
    .feedback = ليس تمامًا. إذا قلته بصوتك فقد شاركته أيضًا. احفظ مكان بيتك لك وللكبار في عائلتك.

# Question: sort things into two groups.
q-share-or-keep = ضع كل شيء في الصندوق المناسب.
    .hint = هل يساعد أحدًا على أن يجدك، أو أن يدخل إلى ألعابك؟
    .explanation = الألوان والحيوانات ممتعة للمشاركة. مكان بيتك شيء خاص. وكذلك كلمة المرور واسم مدرستك.
# Group name.
q-share-or-keep-okay-to-share = يمكن مشاركته
# Group name.
q-share-or-keep-keep-private = يبقى خاصًا
# Item to sort (okay to share).
q-share-or-keep-favourite-colour = لوني المفضّل
    .feedback = من الممتع أن تشارك لونك المفضّل. هو لا يخبر أحدًا بمكانك.
# Item to sort (keep private).
q-share-or-keep-home-address = عنوان بيتي
    .feedback = مكان بيتك شيء خاص. هو يخبر الناس أين يجدونك.
# Item to sort (keep private).
q-share-or-keep-password = كلمة المرور الخاصة بي
    .feedback = كلمة المرور شيء خاص. هي تحمي ألعابك وأشياءك.
# Item to sort (okay to share).
q-share-or-keep-favourite-animal = حيواني المفضّل
    .feedback = من الممتع أن تشارك حيوانك المفضّل. هو لا يخبر أحدًا بمكانك.
# Item to sort (keep private).
q-share-or-keep-school-name = اسم مدرستي
    .feedback = اسم مدرستك شيء خاص. هو يخبر الناس أين تكون في النهار.

# Question: true or false about sharing a password with friends.
q-password-for-friends = لا بأس أن أخبر صديقي بكلمة المرور الخاصة بي.
    .hint = مَن يجب أن يعرف كلمة المرور الخاصة بك؟
    .explanation = كلمة المرور لك وللكبار في عائلتك فقط. حتى الأصدقاء الطيبون لا يحتاجونها.
# Feedback if the child picks "true" (wrong).
q-password-for-friends-true =
    .feedback = ليس تمامًا. الأصدقاء رائعون. لكن كلمة المرور لك وللكبار في عائلتك فقط.
# Feedback if the child picks "false" (right).
q-password-for-friends-false =
    .feedback = نعم! كلمة المرور لك وللكبار في عائلتك فقط.

# Question: a single choice about a game asking for the child's school.
q-game-asks-school = صديق جديد في لعبة يسألك: «ما اسم مدرستك؟» ماذا تفعل؟
    .hint = هل اسم مدرستك شيء خاص؟
    .explanation = اسم مدرستك شيء خاص. اسأل أولًا شخصًا كبيرًا تثق به.
# Answer option (right).
q-game-asks-school-ask-a-grown-up = لا أقول الآن، وأسأل شخصًا كبيرًا.
    .feedback = نعم! سؤال شخص كبير فكرة رائعة. يمكنه أن يساعدك على اختيار ما تفعله.
# Answer option (wrong).
q-game-asks-school-tell-them = أخبره، فهو صديق.
    .feedback = ليس تمامًا. أصدقاء اللعبة قد يكونون ممتعين، لكن اسم مدرستك شيء خاص. اسأل شخصًا كبيرًا أولًا.
# Answer option (wrong).
q-game-asks-school-make-it-a-secret = أخبره، ونجعله سرًّا بيننا.
    .feedback = ليس تمامًا. السرّ الذي يبدو غريبًا هو سرّ نحكيه للكبار. اسأل شخصًا كبيرًا أولًا.

# Question: true or false about telling a grown-up after a mistake.
q-told-by-mistake = أخطأت على الإنترنت؟ ما زال بإمكانك أن تخبر شخصًا كبيرًا.
    .hint = هل ما زال الشخص الكبير يستطيع مساعدتك؟
    .explanation = نعم. كلنا نخطئ. يمكنك دائمًا أن تطلب المساعدة، حتى لو مرّ وقت. الشخص الكبير يريد أن يساعدك.
# Feedback if the child picks "true" (right).
q-told-by-mistake-true =
    .feedback = نعم! يمكنك دائمًا أن تخبر. الشخص الكبير الذي تثق به سيساعدك.
# Feedback if the child picks "false" (wrong).
q-told-by-mistake-false =
    .feedback = ليس تمامًا. يمكنك دائمًا أن تخبر شخصًا كبيرًا، حتى بعد خطأ. هو يريد أن يساعدك.

# Question: a single choice about a game friend offering a gift for the child's address.
q-gift-for-address = صديق في لعبة يقول: «أخبرني أين تسكن، وسأرسل لك هدية!» ماذا تفعل؟
    .hint = هل يبقى مكان بيتك شيئًا خاصًا، حتى من أجل هدية؟
    .explanation = مكان بيتك شيء خاص، حتى لو قال أحد إنه سيرسل هدية. قل «لا»، وأخبِر شخصًا كبيرًا تثق به.
# Answer option (right).
q-gift-for-address-say-no-and-tell = أقول «لا»، وأخبر شخصًا كبيرًا.
    .feedback = نعم! مكان بيتك شيء خاص. الشخص الكبير الذي تثق به يمكنه أن يساعدك.
# Answer option (wrong).
q-gift-for-address-tell-for-the-gift = أخبره، لكي أحصل على الهدية.
    .feedback = ليس تمامًا. الهدية ممتعة، لكن مكان بيتك شيء خاص. قل «لا»، وأخبِر شخصًا كبيرًا.
# Answer option (wrong).
q-gift-for-address-tell-and-keep-secret = أخبره، وأجعله سرًّا.
    .feedback = ليس تمامًا. مكان بيتك شيء خاص. وسرّ مثل هذا نحكيه لشخص كبير.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = اسأل طفلك: «ما الأشياء الخاصة بك؟» ثم اكتبا معًا قائمة بالكبار الذين يمكن أن يخبرهم إذا طلبت منه لعبة أو دردشة أشياء خاصة.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = في البيت، سمّوا معًا أشياء العائلة الخاصة (عنوانكم ورقم الهاتف وكلمات المرور) واتفقوا على أن تبقى داخل العائلة. تبقى كلمات المرور مع الكبار.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اطلب من المجموعة أن تذكر أشياء من الممتع مشاركتها وأشياء نحفظها خاصة. لماذا يهمّ هذا الفرق؟ مَن يمكنهم أن يسألوا قبل المشاركة؟
