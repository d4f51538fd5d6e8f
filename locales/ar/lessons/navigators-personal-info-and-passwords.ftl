# SafeSteps — MIT OR Apache-2.0

### Lesson: Personal info and passwords (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Keep sentences short. Teach skills, not fear.

# Lesson name on the lesson card.
lesson-title = المعلومات الشخصية وكلمات المرور
# One line under the lesson name.
lesson-summary = تعلّم أيّ معلومات تحفظها خاصة، وكيف تصنع كلمة مرور قوية، وماذا تفعل إذا سيطر أحد على حسابك.

# Card 1: what personal info is.
card-what-is-personal-info =
    المعلومات الشخصية هي كل ما يُظهر مَن أنت أو أين يمكن أن يجدك أحد.
    إنها اسمك الكامل، وعنوان بيتك، ورقم هاتفك.
    إنها اسم مدرستك، والمكان الذي أنت فيه الآن.
    وصورتك بزيّ المدرسة قد تُظهر مدرستك أيضًا.
    احفظ هذه المعلومات للناس الذين تعرفهم وتثق بهم في الحياة الحقيقية.
# Card 2: people in games and chat may ask for personal info.
card-games-and-chat =
    الألعاب وتطبيقات الدردشة ممتعة. أحيانًا يسألك بعض الناس فيها أين تسكن أو في أيّ مدرسة تدرس.
    لست مضطرًا إلى الجواب. لا بأس أن تقول «لا».
    استخدم اسمًا مستعارًا، لا اسمك الحقيقي.
    أبقِ خدمة تحديد الموقع مغلقة.
    لست متأكدًا؟ اسأل أولًا شخصًا كبيرًا تثق به.
# Card 3: strong passwords and passphrases.
card-strong-passwords =
    كلمة المرور القوية طويلة ويصعب تخمينها.
    جرّب «عبارة مرور». اختر أربع كلمات عشوائية، مثل «ضفدع قمر كعكة طبل».
    ثم اخترع عبارتك الخاصة. لا تستخدم هذا المثال.
    لا تستخدم اسمك، ولا اسم حيوانك الأليف، ولا تاريخ ميلادك. الناس يستطيعون تخمينها.
    استخدم كلمة مرور جديدة لكل تطبيق أو لعبة.
    الشخص الكبير الذي تثق به يستطيع أن يساعدك على تذكّرها وتنظيمها.
# Card 4: never share passwords, even with friends.
card-keep-it-yours =
    كلمة المرور لك وللكبار الذين يرعونك فقط.
    لا تشاركها، ولا حتى مع أعزّ أصدقائك.
    الأصدقاء قد يختلفون. وقد ينقلها صديق إلى غيره بالخطأ.
    عندها قد يدخل أحد إلى حسابك باسمك وينشر أشياء.
    إذا سألك صديق، يمكنك أن تقول: «آسف، أحتفظ بكلمات المرور لنفسي.»
# Card 5: if an account is taken over; not the child's fault; who to tell.
card-account-taken =
    هل دخل أحد إلى حسابك؟ ربما غيّر كلمة المرور أو نشر شيئًا باسمك.
    هذا ليس ذنبك.
    أخبِر فورًا شخصًا كبيرًا تثق به. يستطيع أن يساعدك على تغيير كلمات المرور، والإبلاغ للتطبيق، واستعادة حسابك.
    ويمكنك أيضًا أن تضغط على «مساعدة» لتجد شخصًا تتحدّث إليه.

# Question: multiple choice, "choose all that apply".
q-which-is-personal = أيّ هذه معلومات شخصية؟ اختر كل الإجابات المناسبة.
    .hint = اسأل: هل يمكن أن يساعد هذا أحدًا على أن يجدني، أو يعرف مَن أنا؟
    .explanation = اسمك الكامل وعنوانك ومدرستك معلومات شخصية. وكذلك صورتك بزيّ المدرسة. أمّا لعبتك المفضّلة وأكلتك المفضّلة فلا بأس بمشاركتهما.
# Answer option (personal info).
q-which-is-personal-full-name = اسمي الكامل
    .feedback = اسمك الكامل معلومة شخصية. استخدم اسمًا مستعارًا في الألعاب.
# Answer option (personal info).
q-which-is-personal-home-address = عنوان بيتي
    .feedback = عنوانك يُظهر أين تسكن. احفظه خاصًا.
# Answer option (personal info).
q-which-is-personal-school-name = اسم مدرستي
    .feedback = مدرستك تُظهر أين تكون في النهار. احفظها خاصة.
# Answer option (personal info).
q-which-is-personal-uniform-photo = صورة لي بزيّ المدرسة
    .feedback = الزيّ قد يُظهر في أيّ مدرسة تدرس. لذلك هو معلومة شخصية أيضًا.
# Answer option (not personal info).
q-which-is-personal-favourite-game = لعبتي المفضّلة
    .feedback = ليس تمامًا. لا بأس أن تشارك لعبتك المفضّلة. هي لا تُظهر مكانك.
# Answer option (not personal info).
q-which-is-personal-favourite-food = أكلتي المفضّلة
    .feedback = ليس تمامًا. لا بأس أن تشارك أكلتك المفضّلة. هي لا تُظهر مَن أنت.

# Question: single choice about the strongest password.
q-strongest-password = أيّ كلمة مرور هي الأقوى؟
    .hint = أيّها الأصعب على أحد أن يخمّنها؟
    .explanation = أربع كلمات عشوائية تصنع عبارة مرور قوية. هي طويلة ويصعب تخمينها، لكن تذكّرها سهل عليك.
# Answer option (right).
q-strongest-password-four-random-words = مصباح نمر مطر جورب
    .feedback = نعم! أربع كلمات عشوائية طويلة ويصعب تخمينها. هذا يصنع عبارة مرور قوية.
# Answer option (wrong).
q-strongest-password-name-and-birthday = اسمك وتاريخ ميلادك
    .feedback = ليس تمامًا. كثير من الناس يعرفون اسمك وتاريخ ميلادك. تخمينهما سهل.
# Answer option (wrong).
q-strongest-password-password-123 = password123
    .feedback = ليس تمامًا. هذه من أكثر كلمات المرور استخدامًا. تخمينها سهل جدًا.
# Answer option (wrong).
q-strongest-password-pet-name = اسم حيوانك الأليف
    .feedback = ليس تمامًا. أصدقاؤك والذين يرون منشوراتك قد يعرفون اسم حيوانك الأليف. تخمينه سهل.

# Question: true or false about sharing a password with a best friend.
q-best-friend-password = لا بأس أن تشارك كلمة المرور مع أعزّ أصدقائك.
    .hint = ماذا قد يحدث إذا اختلفت أنت وصديقك؟
    .explanation = كلمة المرور لك وللكبار الذين يرعونك فقط. حتى أعزّ أصدقائك لا يحتاجها.
# Feedback if the child picks "true" (wrong).
q-best-friend-password-true =
    .feedback = ليس تمامًا. الأصدقاء المقرّبون رائعون. لكن الأصدقاء قد يختلفون، أو ينقلون كلمة المرور إلى غيرهم بالخطأ. احفظها خاصة.
# Feedback if the child picks "false" (right).
q-best-friend-password-false =
    .feedback = نعم! كلمة المرور لك وللكبار الذين يرعونك فقط. الصديق الحقيقي سيتفهّم ذلك.

# Question: a scenario. The situation is shown first, then the question.
q-player-asks-school = ماذا يمكن أن تفعل ميار؟
    .situation = ميار، 10 سنوات، تلعب لعبة بناء. لاعب تعرّفت إليه الأسبوع الماضي يقول: «في أيّ مدرسة تدرسين؟ أراهن أنني أعرفها!»
    .hint = هل اسم المدرسة معلومة شخصية؟ مَن يستطيع أن يساعد؟
    .explanation = مدرسة ميار معلومة شخصية. ليست مضطرة إلى أن تقولها. حفظها خاصة وإخبار شخص كبير تثق به هو الأفضل.
# Action (best).
q-player-asks-school-keep-private-tell-adult = لا تقولها. تخبر شخصًا كبيرًا تثق به بما حدث.
    .feedback = أفضل خيار! ميار تحفظ اسم مدرستها خاصًا. والشخص الكبير الذي تثق به يستطيع أن يساعدها إذا استمرّ اللاعب في السؤال.
# Action (also good).
q-player-asks-school-say-no-thanks = تقول: «لا أشارك هذا»، وتكمل اللعب.
    .feedback = خيار جيد. ميار تحفظ معلوماتها خاصة. إذا سأل اللاعب مرة أخرى، تستطيع أن تخبر شخصًا كبيرًا وتحظره.
# Action (not helpful).
q-player-asks-school-tell-school = تخبره. يبدو لطيفًا.
    .feedback = ليس تمامًا. أن يبدو أحد لطيفًا لا يُظهر مَن هو. مدرستها معلومة شخصية، فتستطيع أن تحفظها خاصة.
# Action (not helpful).
q-player-asks-school-send-uniform-selfie = ترسل صورة سيلفي بزيّ المدرسة ليخمّن.
    .feedback = ليس تمامًا. صورة الزيّ تُظهر مدرستها أيضًا. الأفضل أن تحفظها خاصة.

# Question: sort things into two groups.
q-share-or-keep = ضع كل شيء في المجموعة المناسبة.
    .hint = هل يمكن أن يساعد أحدًا على أن يجدك أو يدخل إلى حسابك؟
    .explanation = فرقتك الموسيقية المفضّلة واسمك المستعار في اللعبة لا بأس بمشاركتهما. أمّا رقم هاتفك، وكلمة المرور، والمكان الذي أنت فيه الآن، فهي خاصة.
# Group name.
q-share-or-keep-okay-to-share = يمكن مشاركته
# Group name.
q-share-or-keep-keep-private = يبقى خاصًا
# Item to sort (okay to share).
q-share-or-keep-favourite-band = فرقتي الموسيقية المفضّلة
    .feedback = من الممتع أن تشارك فرقتك المفضّلة. هي لا تُظهر مكانك.
# Item to sort (okay to share).
q-share-or-keep-game-nickname = اسمي المستعار في اللعبة
    .feedback = لا بأس أن تشارك اسمًا مستعارًا. لهذا هو أفضل من اسمك الحقيقي.
# Item to sort (keep private).
q-share-or-keep-phone-number = رقم هاتفي
    .feedback = رقم هاتفك يجعل الناس يتّصلون بك أو يراسلونك. احفظه خاصًا.
# Item to sort (keep private).
q-share-or-keep-my-password = كلمة المرور الخاصة بي
    .feedback = كلمة المرور تحمي حسابك. هي لك وللكبار في حياتك فقط.
# Item to sort (keep private).
q-share-or-keep-where-i-am-now = المكان الذي أنا فيه الآن
    .feedback = المكان الذي أنت فيه الآن شيء خاص. قد يساعد أحدًا على أن يجدك.

# Question: single choice about a selfie in school uniform.
q-uniform-selfie = جاد يريد أن ينشر صورة سيلفي بزيّ مدرسته على تطبيق فيديو. بماذا عليه أن يفكّر؟
    .hint = انظر إلى ما يلبسه. ماذا قد يقول للناس؟
    .explanation = الزيّ قد يُظهر في أيّ مدرسة تدرس. يستطيع جاد أن يلتقط الصورة بملابس أخرى، أو أن يسأل أولًا شخصًا كبيرًا يثق به.
# Answer option (right).
q-uniform-selfie-shows-school = الزيّ قد يُظهر للناس في أيّ مدرسة يدرس.
    .feedback = نعم! الشعار أو الألوان قد تُظهر مدرسته. يستطيع أن ينشر صورة بملابس أخرى.
# Answer option (wrong).
q-uniform-selfie-no-risk = لا شيء. الصورة مجرّد صورة.
    .feedback = ليس تمامًا. الصور قد تُظهر أشياء مثل مدرستك، أو شارعك، أو بيتك.
# Answer option (wrong).
q-uniform-selfie-only-bad-if-ugly = فقط إذا كان شكله مضحكًا فيها.
    .feedback = ليس تمامًا. شكله قراره هو. ما يجب التفكير فيه هو ما تُظهره الصورة.

# Question: single choice about an account being taken over.
q-coins-gone = زينة تدخل إلى لعبتها. عملاتها اختفت، وكلمة المرور تغيّرت. ماذا تفعل أولًا؟
    .hint = مَن يستطيع أن يساعد زينة على استعادة حسابها؟
    .explanation = على زينة أن تخبر فورًا شخصًا كبيرًا تثق به. يستطيع أن يساعدها على تغيير كلمات المرور والإبلاغ للعبة. هذا ليس ذنبها.
# Answer option (right).
q-coins-gone-tell-adult-now = تخبر فورًا شخصًا كبيرًا تثق به.
    .feedback = نعم! الشخص الكبير يستطيع أن يساعد زينة على الإبلاغ واستعادة حسابها. هذا ليس ذنبها.
# Answer option (wrong).
q-coins-gone-keep-quiet = تسكت وتتمنّى أن يتوقّف الأمر.
    .feedback = ليس تمامًا. السكوت يترك ذلك الشخص يستمرّ في استخدام حسابها. إخبار شخص كبير يساعد.
# Answer option (wrong).
q-coins-gone-new-account-secretly = تنشئ حسابًا جديدًا ولا تخبر أحدًا.
    .feedback = ليس تمامًا. ما زال ذلك الشخص يستطيع أن يستخدم حسابها القديم. الشخص الكبير يستطيع أن يساعدها على استعادته والإبلاغ عنه.

# Question: true or false about telling after an account is taken over.
q-telling-helps = إذا سيطر أحد على حسابك، فإخبار شخص كبير قد يساعدك على استعادته.
    .hint = عُد إلى البطاقة عن الحساب الذي سيطر عليه أحد.
    .explanation = نعم. الشخص الكبير الذي تثق به يستطيع أن يساعدك على تغيير كلمات المرور والإبلاغ للتطبيق. ويمكنك أيضًا أن تضغط على «مساعدة».
# Feedback if the child picks "true" (right).
q-telling-helps-true =
    .feedback = نعم! إخبار شخص كبير هو أفضل خطوة أولى. هذا ليس ذنبك، وهو يستطيع أن يساعدك.
# Feedback if the child picks "false" (wrong).
q-telling-helps-false =
    .feedback = ليس تمامًا. الشخص الكبير الذي تثق به يستطيع أن يساعدك على الإبلاغ واستعادة حسابك. لست مضطرًا إلى أن تصلح الأمر وحدك.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اسأل: ما المعلومات الشخصية التي قد تكشفها صورة أو دردشة من غير أن ننتبه؟ اخترعوا معًا عبارة مرور طريفة من أربع كلمات (لا تستخدموها فعلًا). ثم تحدّثوا عمّن سيخبرونه إذا سيطر أحد على حساب.
