# SafeSteps — MIT OR Apache-2.0

### Lesson: Privacy settings (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Keep sentences short. Settings are a skill, not a reason to be scared.

# Lesson name on the lesson card.
lesson-title = إعدادات الخصوصية
# One line under the lesson name.
lesson-summary = اختر مَن يرى منشوراتك، ومَن يستطيع أن يراسلك، ومَن يعرف أين أنت.

# Card 1: what settings are and why to check them.
card-why-settings =
    الإعدادات تجعلك تختار مَن يرى منشوراتك ومَن يستطيع أن يتحدّث إليك.
    معظم التطبيقات والألعاب فيها إعدادات. ابحث عن قائمة أو عن أيقونة ترس صغيرة.
    التطبيقات الجديدة ليست دائمًا خاصة من البداية.
    لذلك افحص الإعدادات كلما حصلت على تطبيق أو لعبة جديدة.
# Card 2: private accounts and friend requests.
card-private-account =
    الحساب الخاص يعني أن الذين توافق عليهم فقط يستطيعون أن يروا منشوراتك.
    أبقِ حسابك خاصًا.
    اقبل طلبات الصداقة فقط من الناس الذين تعرفهم في الحياة الحقيقية.
    لا بأس أن ترفض طلبًا. ويمكنك أيضًا أن تحذف صديقًا لاحقًا.
# Card 3: choosing who can message you and talk to you.
card-who-can-message =
    كثير من الألعاب والتطبيقات تجعلك تختار مَن يستطيع أن يراسلك أو يتحدّث إليك في الدردشة الصوتية.
    اختر «الأصدقاء فقط» أو «لا أحد».
    عندها لا يستطيع الناس الذين لا تعرفهم أن يرسلوا لك رسائل.
    في تطبيقات الفيديو، يمكنك أيضًا أن تختار مَن يستطيع أن يعلّق على فيديوهاتك.
# Card 4: turning off location sharing.
card-location =
    بعض التطبيقات تستطيع أن تُظهر مكانك على خريطة. وبعضها يضيف موقعك إلى صورك.
    أوقف مشاركة الموقع. أو شاركه مع عائلتك فقط.
    افحص إعدادات الخريطة في تطبيقات الدردشة، وإعدادات الكاميرا في هاتفك.
# Card 5: check settings with a trusted adult; not the child's fault; Help.
card-check-together =
    الإعدادات قد تتغيّر عندما يُحدَّث التطبيق. افحصها من حين لآخر مع شخص كبير تثق به.
    الإعدادات تساعد، لكنها لا تستطيع أن توقف كل شيء. حتى شخص تعرفه قد يفعل أشياء تشعر أنها غير صحيحة.
    إذا أزعجك أحد، فهذا ليس ذنبك.
    أخبِر شخصًا كبيرًا تثق به. ويمكنك أيضًا أن تضغط على «مساعدة» لتجد شخصًا تتحدّث إليه.

# Question: single choice about what a private account is.
q-private-means = ماذا يعني الحساب الخاص؟
    .hint = فكّر فيمن توافق عليهم.
    .explanation = مع الحساب الخاص، الذين تقبلهم فقط يستطيعون أن يروا منشوراتك. لهذا من الجيد أن تقبل فقط الناس الذين تعرفهم.
# Answer option (right).
q-private-means-only-people-you-accept = الذين أوافق عليهم فقط يستطيعون أن يروا منشوراتي.
    .feedback = نعم! أنت تختار مَن يرى منشوراتك. وافق فقط على الناس الذين تعرفهم في الحياة الحقيقية.
# Answer option (wrong).
q-private-means-no-one-at-all = لا أحد أبدًا يستطيع أن يرى منشوراتي.
    .feedback = ليس تمامًا. الذين تقبلهم ما زالوا يستطيعون أن يروها. لهذا تختار بعناية.
# Answer option (wrong).
q-private-means-everyone-but-parents = الجميع يستطيعون أن يروها ما عدا والديّ.
    .feedback = ليس تمامًا. الحساب الخاص يتعلّق بمن تقبلهم. وهو ليس لإخفاء الأشياء عن عائلتك.

# Question: a scenario. The situation is shown first, then the question.
q-leo-friend-request = ماذا يمكن أن يفعل ليث؟
    .situation = ليث، 11 سنة، وصله طلب صداقة على تطبيق فيديو. هو لا يعرف هذا الشخص. ملفه الشخصي يقول إن عمره 12 سنة ويحبّ الألعاب نفسها.
    .hint = هل يعرف ليث هذا الشخص في الحياة الحقيقية؟ أيّ أحد يستطيع أن يكتب أيّ شيء في ملفه الشخصي.
    .explanation = الملف الشخصي قد يقول أيّ شيء. ليث لا يعرف هذا الشخص في الحياة الحقيقية. سؤال شخص كبير يثق به، أو رفض الطلب، يُبقي حسابه خاصًا.
# Action (best).
q-leo-friend-request-check-with-adult = يسأل شخصًا كبيرًا يثق به قبل أن يفعل أيّ شيء.
    .feedback = أفضل خيار! الشخص الكبير يستطيع أن يساعد ليث على فحص إعداداته واتّخاذ القرار. ويستطيع ليث أن يرفض الطلب.
# Action (also good).
q-leo-friend-request-decline-request = يرفض الطلب.
    .feedback = خيار جيد. ليث لا يعرفه في الحياة الحقيقية. والرفض مقبول دائمًا.
# Action (not helpful).
q-leo-friend-request-accept-same-age = يقبل. فهو في عمره ويحبّ الألعاب نفسها.
    .feedback = ليس تمامًا. أيّ أحد يستطيع أن يكتب في ملفه الشخصي أن عمره 12 سنة. ليث لا يعرفه في الحياة الحقيقية.
# Action (not helpful).
q-leo-friend-request-accept-and-see = يقبل الآن. ويستطيع أن يحذفه لاحقًا.
    .feedback = ليس تمامًا. بمجرّد أن يُقبل، يستطيع أن يرى منشورات ليث. الأكثر أمانًا أن يرفض من البداية.

# Question: single choice about who can message you in a new game.
q-who-messages = بدأت لعبة جديدة. مَن الأفضل أن تسمح له بمراسلتك؟
    .hint = فكّر في الناس الذين تعرفهم في الحياة الحقيقية.
    .explanation = من بين هذه الخيارات، «الأصدقاء فقط» هو الأكثر أمانًا. عندها لا يستطيع الناس الذين لا تعرفهم أن يراسلوك. و«لا أحد» جيد أيضًا.
# Answer option (right).
q-who-messages-friends-only = الأصدقاء فقط
    .feedback = نعم! عندها فقط الذين وافقت عليهم يستطيعون أن يراسلوك.
# Answer option (wrong).
q-who-messages-everyone = الجميع
    .feedback = ليس تمامًا. عندها يستطيع أيّ أحد أن يراسلك، حتى الناس الذين لا تعرفهم.
# Answer option (wrong).
q-who-messages-anyone-with-good-name = أيّ أحد له اسم لطيف
    .feedback = ليس تمامًا. أيّ أحد يستطيع أن يختار اسمًا لطيفًا. الاسم لا يخبرك مَن هو.

# Question: true or false about sharing location on a map.
q-map-sharing = تطبيق دردشة يستطيع أن يُظهر لأصدقائك مكانك على خريطة. الأكثر أمانًا أن توقف هذا، أو تشاركه مع العائلة فقط.
    .hint = مَن تريد أن يعرف أين أنت؟
    .explanation = مكانك شيء خاص. أوقف المشاركة، أو شارك مكانك مع عائلتك فقط.
# Feedback if the child picks "true" (right).
q-map-sharing-true =
    .feedback = نعم! مكانك شيء خاص. احفظه لعائلتك.
# Feedback if the child picks "false" (wrong).
q-map-sharing-false =
    .feedback = ليس تمامًا. الخريطة قد تُظهر أين تسكن وأين تدرس. أوقفها، أو شارك مكانك مع العائلة فقط.

# Question: sort settings into two groups.
q-safer-or-not = ضع كل إعداد في المجموعة المناسبة.
    .hint = اسأل: هل يجعل هذا أناسًا لا أعرفهم يرونني أو يجدونني؟
    .explanation = الحساب الخاص، والموقع المغلق، والتعليقات من الأصدقاء فقط أكثر أمانًا. أمّا الحساب العام، والرسائل من أيّ أحد، وموقعك على خريطة، فأقلّ أمانًا.
# Group name.
q-safer-or-not-safer = أكثر أمانًا
# Group name.
q-safer-or-not-less-safe = أقلّ أمانًا
# Item to sort (safer).
q-safer-or-not-account-private = حسابي خاص
    .feedback = أكثر أمانًا. الذين تقبلهم فقط يستطيعون أن يروا منشوراتك.
# Item to sort (safer).
q-safer-or-not-location-off = مشاركة الموقع مغلقة
    .feedback = أكثر أمانًا. التطبيق لا يستطيع أن يُظهر للناس أين أنت.
# Item to sort (safer).
q-safer-or-not-comments-friends-only = الأصدقاء فقط يستطيعون التعليق على فيديوهاتي
    .feedback = أكثر أمانًا. الناس الذين لا تعرفهم لا يستطيعون أن يتركوا تعليقات.
# Item to sort (less safe).
q-safer-or-not-account-public = حسابي عام
    .feedback = أقلّ أمانًا. أيّ أحد يستطيع أن يرى منشوراتك. جرّب أن تجعله خاصًا.
# Item to sort (less safe).
q-safer-or-not-messages-from-anyone = أيّ أحد يستطيع أن يراسلني
    .feedback = أقلّ أمانًا. الناس الذين لا تعرفهم يستطيعون أن يرسلوا لك رسائل. جرّب «الأصدقاء فقط».
# Item to sort (less safe).
q-safer-or-not-location-on-map = موقعي على خريطة يراها الجميع
    .feedback = أقلّ أمانًا. قد يرى الناس أين أنت. أوقفه.

# Question: multiple choice, "choose all that apply".
q-new-game-check = حصلت على لعبة جديدة. أيّ إعدادات من الجيد أن تفحصها؟ اختر كل الإجابات المناسبة.
    .hint = اسأل: هل يغيّر هذا الإعداد مَن يستطيع أن يصل إليّ أو يجدني؟
    .explanation = افحص مَن يستطيع أن يراسلك، ومَن يستطيع أن يرى ملفك الشخصي، وموقعك، والدردشة الصوتية. أمّا الشاشة والصوت فاختيارك.
# Answer option (good to check).
q-new-game-check-message-settings = مَن يستطيع أن يراسلني
    .feedback = من الجيد أن تفحصه. اختر «الأصدقاء فقط» أو «لا أحد».
# Answer option (good to check).
q-new-game-check-profile-settings = مَن يستطيع أن يرى ملفي الشخصي
    .feedback = من الجيد أن تفحصه. أبقِ ملفك الشخصي خاصًا.
# Answer option (good to check).
q-new-game-check-location-settings = مَن يستطيع أن يرى موقعي
    .feedback = من الجيد أن تفحصه. أوقف مشاركة الموقع.
# Answer option (good to check).
q-new-game-check-voice-chat-settings = مَن يستطيع أن يتحدّث إليّ في الدردشة الصوتية
    .feedback = من الجيد أن تفحصه. اختر الأصدقاء فقط، أو أوقفها.
# Answer option (not a safety setting).
q-new-game-check-screen-brightness = مدى سطوع شاشتي
    .feedback = ليس تمامًا. السطوع اختيارك. وهو لا يغيّر مَن يستطيع أن يصل إليك.
# Answer option (not a safety setting).
q-new-game-check-music-volume = مدى ارتفاع صوت الموسيقى
    .feedback = ليس تمامًا. الموسيقى اختيارك. وهي لا تغيّر مَن يستطيع أن يصل إليك.

# Question: true or false about checking settings more than once.
q-set-once = بعد أن تضبط إعداداتك مرة، لن تحتاج أبدًا إلى أن تفحصها من جديد.
    .hint = ماذا قد يحدث عندما يُحدَّث التطبيق؟
    .explanation = التحديثات قد تغيّر الإعدادات. افحصها من حين لآخر مع شخص كبير تثق به.
# Feedback if the child picks "true" (wrong).
q-set-once-true =
    .feedback = ليس تمامًا. التحديث قد يغيّر إعداداتك. افحصها من حين لآخر.
# Feedback if the child picks "false" (right).
q-set-once-false =
    .feedback = نعم! الإعدادات قد تتغيّر. فحصها مع شخص كبير من حين لآخر تصرّف ذكي.

# Question: single choice about someone getting past a block.
q-new-account-again = حظرت شخصًا في لعبة. والآن يراسلك من حساب جديد. ماذا تفعل؟
    .hint = مَن يستطيع أن يساعدك عندما لا يكفي الحظر؟
    .explanation = أخبِر شخصًا كبيرًا تثق به. احفظ الرسائل، ثم احظر الحساب الجديد وأبلِغ عنه. ليس ذنبك أنه عاد.
# Answer option (right).
q-new-account-again-tell-block-report = أخبر شخصًا كبيرًا أثق به. ثم أحظر الحساب الجديد وأُبلغ عنه.
    .feedback = نعم! الشخص الكبير يستطيع أن يساعدك على حفظ الرسائل، والإبلاغ، وفحص إعداداتك. هذا ليس ذنبك.
# Answer option (wrong).
q-new-account-again-reply-to-stop-them = أردّ عليه وأطلب منه أن يتوقّف.
    .feedback = ليس تمامًا. الردّ قد يجعله يستمرّ في الكلام. أخبِر شخصًا كبيرًا، ثم احظر وأبلِغ.
# Answer option (wrong).
q-new-account-again-tell-no-one = أحذف اللعبة ولا أخبر أحدًا.
    .feedback = ليس تمامًا. لست مضطرًا إلى أن تتعامل مع هذا وحدك. احتفظ بالرسائل، وأخبِر شخصًا كبيرًا تثق به.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اسأل: أيّ تطبيقات وألعاب تستخدمون، وأين إعداداتها؟ اختاروا واحدًا منها وناقشوا: مَن يرى المنشورات، ومَن يستطيع أن يراسل، ومَن يستطيع أن يرى الموقع. مَن يستطيع أن يساعدكم على الفحص؟
