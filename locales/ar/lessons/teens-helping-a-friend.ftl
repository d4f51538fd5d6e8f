# SafeSteps — MIT OR Apache-2.0

### Lesson: Helping a friend (ages 13–17).
### Readers are teenagers whose friend may have just told them something hard. Be direct, warm and
### practical; never preachy. Never describe abuse or images. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = مساعدة صديق
# One line under the lesson name.
lesson-summary = ماذا تقول وماذا تفعل عندما يخبرك صديق أن شيئًا حدث له على الإنترنت.

# Card 1: a friend telling you means they trust you.
card-they-trust-you =
    كثيرًا ما يخبر الأصدقاء بعضهم قبل أن يخبروا شخصًا كبيرًا.
    إذا أخبرك صديق أن شيئًا سيئًا حدث له على الإنترنت، فهذا يعني أنه يثق بك. وهذا أمر كبير.
    ربما هناك مَن يهدّده، أو يضغط عليه، أو نشر صورة له.
    لا تحتاج إلى أن تعرف كل الأجوبة. ولست مضطرًا إلى أن تحلّ المشكلة وحدك.
    أكثر ما يساعد هو طريقة ردّك، ومساعدته على الوصول إلى مَن يستطيع أن يتصرّف.
# Card 2: listen, believe, don't blame.
card-listen-and-believe =
    استمع. دعه يتكلّم من غير أن تقاطعه.
    صدّقه. نادرًا ما يختلق الناس أمرًا كهذا.
    ابقَ هادئًا، حتى لو شعرت بالصدمة أو الغضب. هدوؤك يساعده على الشعور بالأمان.
    لا تسأل: «لماذا أرسلتها؟» أو «لماذا لم تحظره؟» أسئلة كهذه قد تبدو لومًا.
    بدلًا من ذلك، قل: «شكرًا لأنك أخبرتني. هذا ليس ذنبك. سنجد حلًّا معًا.»
# Card 3: don't share; keep it safe.
card-keep-it-safe =
    احفظ قصّته سرًّا. لا تنشر عنها، ولا تطلب النصيحة من مجموعة دردشة.
    لا تُعِد إرسال صورة له ولا تحفظها أبدًا، حتى بنيّة المساعدة. إذا وصلتك واحدة، فأبلِغ عنها واحذفها.
    لا تراسل الشخص الذي آذاه ولا تهدّده. قد يزيد ذلك الأمر سوءًا، وهذه مهمّة الكبار أو التطبيق أو الشرطة.
    تستطيع أن تساعده على حفظ الدليل، مثل لقطات شاشة للرسائل وأسماء المستخدمين، لكن ليس الصورة.
# Card 4: getting an adult involved.
card-get-an-adult =
    ساعده على أن يخبر شخصًا كبيرًا يثق به. اعرض عليه أن تذهب معه، أو أن تجلس بجانبه وهو يتّصل أو يراسل.
    أرِه شاشة المساعدة في هذا التطبيق ليجد خطّ مساعدة في بلده.
    بعض الأمور تحتاج إلى شخص كبير حتى لو طلب منك صديقك ألّا تخبر أحدًا. منها التهديدات، أو شخص بالغ يضغط عليه، أو كلامه عن إيذاء نفسه. ومنها أيضًا أيّ خطر الآن.
    كن صادقًا: «أنا أهتمّ بك كثيرًا لدرجة أنني لا أستطيع أن أكتم هذا السرّ. لنخبر أحدًا معًا.»
# Card 5: look after yourself too.
card-look-after-yourself =
    دعم صديق قد يكون ثقيلًا عليك. ربما تشعر بالقلق أو الحزن أو الخوف عليه.
    هذا طبيعي. أنت صديق جيد، ولست مصدر المساعدة الوحيد له.
    ليس من مهمّتك أن تحلّ المشكلة، وليس ذنبك إذا كانت الأمور صعبة.
    تحدّث أيضًا إلى شخص كبير تثق به عن مشاعرك. أو اضغط على زر «مساعدة» لتجد شخصًا تتحدّث إليه.

# Question: single choice about the first thing to say.
q-first-words = صديقك يخبرك أن شخصًا على الإنترنت يهدّده. ما أول شيء جيد تقوله؟
    .hint = ماذا كنت ستريد أن تسمع أولًا لو كنت مكانه؟
    .explanation = شكره وقول إن الأمر ليس ذنبه يساعدانه على الشعور بالأمان ليواصل الكلام. أمّا الأسئلة عمّا فعله فقد تبدو لومًا.
# Answer option (right).
q-first-words-thanks-not-your-fault = «شكرًا لأنك أخبرتني. هذا ليس ذنبك.»
    .feedback = صحيح. هذا يُظهر أنك في صفّه، وهو صحيح.
# Answer option (wrong).
q-first-words-why-did-you = «لماذا تحدّثت معه أصلًا؟»
    .feedback = ليس تمامًا. حتى لو كنت فقط فضوليًا، قد يبدو هذا لومًا. ابدأ بالدعم.
# Answer option (wrong).
q-first-words-just-block-them = «لماذا لم تحظره ببساطة؟»
    .feedback = ليس تمامًا. قد يجعله يشعر أنه أخطأ. استمع أولًا، ثم ساعده على وضع خطة.

# Question: choose all that apply, about helpful responses.
q-helpful-responses = أيّ هذه يساعد صديقًا يخبرك أن شيئًا حدث له؟ اختر كل الإجابات المناسبة.
    .hint = أيّها يحفظ الأمر سرًّا ويوصله إلى دعم حقيقي؟
    .explanation = الاستماع، وتصديقه، وعرض الذهاب معه إلى شخص كبير كلها تساعد. أمّا سؤال مجموعة الدردشة فينشر قصّته، ومواجهة الشخص قد تزيد الأمر سوءًا.
# Answer option (helps).
q-helpful-responses-listen = أستمع من غير أن أقاطعه
    .feedback = نعم. أن يجد مَن يسمعه يساعد كثيرًا.
# Answer option (helps).
q-helpful-responses-believe-them = أصدّق ما يقوله لي
    .feedback = نعم. عندما يجد مَن يصدّقه، يصبح إخبار شخص كبير بعد ذلك أسهل.
# Answer option (helps).
q-helpful-responses-offer-to-go = أعرض أن أذهب معه إلى شخص كبير يثق به
    .feedback = نعم. وجود صديق معه يجعل الإخبار أقلّ إخافة.
# Answer option (does not help).
q-helpful-responses-ask-group-chat = أسأل مجموعة الدردشة ماذا نفعل
    .feedback = ليس تمامًا. قصّته سرّ. اسأل شخصًا كبيرًا تثق به بدلًا من ذلك.
# Answer option (does not help).
q-helpful-responses-confront-them-online = أراسل الشخص وأوبّخه
    .feedback = ليس تمامًا. قد يزيد ذلك الأمر سوءًا. اترك ذلك للكبار أو التطبيق أو الشرطة.

# Question: a scenario about a promise to keep a secret.
q-promise-not-to-tell = ماذا يمكنك أن تفعل بشأن الوعد؟
    .situation = صديقك يخبرك أن شخصًا بالغًا تعرّف إليه على الإنترنت يهدّد بنشر صوره. يقول لك: «عِدني ألّا تخبر أحدًا.»
    .hint = بعض الأسرار تُبقي الصديق في خطر. مَن يستطيع فعلًا أن يوقف هذا؟
    .explanation = الصدق وإشراك شخص كبير موثوق هو أفضل تصرّف. والذهاب معه ليخبر أحدًا جيد أيضًا. أمّا الوفاء بالوعد فيتركه وحده أمام جريمة، والتواصل مع ذلك الشخص قد يزيد الأمر سوءًا.
# Action (best).
q-promise-not-to-tell-honest-and-get-adult = أقول: «أنا أهتمّ بك كثيرًا لدرجة أنني لا أستطيع أن أكتم هذا السرّ»، وأساعده على أن يخبر شخصًا كبيرًا، أو أخبره أنا.
    .feedback = أفضل تصرّف. هذه جريمة، وتحتاج إلى شخص كبير. صدقك يُظهر أنك تهتمّ به.
# Action (also good).
q-promise-not-to-tell-go-with-them = أعرض أن أذهب معه اليوم إلى المرشد في المدرسة أو إلى أحد والديه.
    .feedback = تصرّف جيد. وجودك معه قد يجعل الإخبار أسهل بكثير.
# Action (not helpful).
q-promise-not-to-tell-keep-the-promise = أفي بالوعد. هذا قراره.
    .feedback = ليس تمامًا. يبدو هذا وفاءً، لكنه يتركه وحده أمام تهديد. هذا أمر يجب أن تشاركه مع شخص كبير.
# Action (not helpful).
q-promise-not-to-tell-message-the-person = أراسل ذلك البالغ وأطلب منه أن يبتعد.
    .feedback = ليس تمامًا. قد يجعل ذلك التهديدات أسوأ. دع الكبار والتطبيق والشرطة يتعاملون معه.

# Question: choose all that apply, about when an adult must be told.
q-must-get-adult = متى يجب أن تُشرك شخصًا كبيرًا، حتى لو طلب منك صديقك ألّا تفعل؟ اختر كل الإجابات المناسبة.
    .hint = هل صديقك، أو شخص آخر، معرّض لأذى خطير؟
    .explanation = التهديدات، وضغط شخص بالغ عليه، والكلام عن إيذاء النفس، والخطر الآن كلها تحتاج إلى شخص كبير. أمّا الخلاف حول لعبة فتستطيع أن تساعد فيه كصديق.
# Answer option (needs an adult).
q-must-get-adult-being-threatened = شخص يهدّده ليحصل على صور أو مال.
    .feedback = نعم. هذه جريمة، والشخص الكبير يستطيع أن يساعد على الإبلاغ عنها.
# Answer option (needs an adult).
q-must-get-adult-adult-pressuring = شخص بالغ يضغط عليه على الإنترنت.
    .feedback = نعم. ضغط شخص بالغ على مراهق أمر خطير. أخبِر شخصًا كبيرًا تثق به.
# Answer option (needs an adult).
q-must-get-adult-might-hurt-themselves = يتكلّم عن إيذاء نفسه.
    .feedback = نعم. أخبِر شخصًا كبيرًا فورًا. سلامته أولًا.
# Answer option (needs an adult).
q-must-get-adult-in-danger-now = هو في خطر الآن.
    .feedback = نعم. اطلب شخصًا كبيرًا الآن، أو اتّصل برقم الطوارئ في بلدك.
# Answer option (does not need an adult).
q-must-get-adult-game-argument = تشاجر مع صديق بسبب لعبة.
    .feedback = ليس تمامًا. هذا أمر تستطيع أن تساعد فيه كصديق. استمع إليه وكن بجانبه.

# Question: put the support steps in order.
q-support-steps = صديقك يخبرك أن شيئًا حدث له على الإنترنت. رتّب هذه الخطوات.
    .hint = ماذا يحتاج منك قبل أن تقول أيّ شيء؟ وقبل أن يستطيع وضع خطة؟
    .explanation = استمع أولًا ليشعر أن هناك مَن يسمعه. قل له إن الأمر ليس ذنبه. ثم تحدّثا عمّن تخبرانه، واذهب معه ليفعل ذلك.
# Step 1.
q-support-steps-listen-first = أستمع من غير أن أحكم عليه
    .feedback = أولًا. دعه يحكي بطريقته.
# Step 2.
q-support-steps-not-their-fault = أقول له إن الأمر ليس ذنبه
    .feedback = بعد ذلك. كثير من الناس يلومون أنفسهم. سماع هذا يساعد.
# Step 3.
q-support-steps-who-to-tell = نتحدّث عن أيّ شخص كبير نخبره
    .feedback = ثم. ساعده على اختيار شخص يثق به.
# Step 4.
q-support-steps-go-together = أذهب معه ليخبر الشخص الكبير
    .feedback = أخيرًا. وجودك معه يجعل الإخبار أسهل.

# Question: true or false about confronting the person. The right answer is "false".
q-confront-yourself = لتساعد صديقك، عليك أن تراسل الشخص الذي آذاه وتجعله يتوقّف.
    .hint = مَن يملك القدرة على إيقاف هذا بأمان؟
    .explanation = خطأ. مواجهته قد تزيد الأمر سوءًا على صديقك وعليك. الكبار والتطبيق والشرطة يستطيعون أن يتصرّفوا.
# Feedback if the teen picks "true" (wrong).
q-confront-yourself-true =
    .feedback = ليس تمامًا. من المفهوم أن ترغب في ذلك، لكنه قد يزيد الأمر سوءًا. ساعد صديقك على أن يخبر شخصًا كبيرًا بدلًا من ذلك.
# Feedback if the teen picks "false" (right).
q-confront-yourself-false =
    .feedback = صحيح. مهمّتك أن تدعم صديقك. الكبار والتطبيق والشرطة يتعاملون مع ذلك الشخص.

# Question: true or false about the helper's own feelings.
q-your-feelings-count = لا بأس أن تتحدّث إلى أحد عن مشاعرك بعد أن تساعد صديقًا.
    .hint = هل مساعدة الآخرين تعني أن مشاعرك لا تهمّ؟
    .explanation = صحيح. دعم صديق قد يكون ثقيلًا. التحدّث إلى شخص كبير تثق به أو الضغط على «مساعدة» قد يساعدك أنت أيضًا.
# Feedback if the teen picks "true" (right).
q-your-feelings-count-true =
    .feedback = صحيح. مشاعرك مهمّة أيضًا. وتستطيع أنت أيضًا أن تحصل على الدعم.
# Feedback if the teen picks "false" (wrong).
q-your-feelings-count-false =
    .feedback = ليس تمامًا. أنت أيضًا تستحقّ الدعم. والتحدّث عن الأمر خطوة صحّية.

# Question: a scenario about a friend who blames themselves.
q-friend-blames-self = ماذا يمكن أن تقول لصديقك؟
    .situation = نُشرت صورة صديقك من غير موافقته. يقول: «إنه ذنبي. ما كان يجب أن أرسلها.»
    .hint = مَن اختار أن ينشر الصورة؟
    .explanation = أن تقول له إن الأمر ليس ذنبه هو أفضل تصرّف. والاستماع وعرض المساعدة على الحصول على الدعم جيد أيضًا. أمّا الموافقة على كلامه أو تغيير الموضوع فقد يتركانه يشعر بالوحدة.
# Action (best).
q-friend-blames-self-say-not-their-fault = «هذا ليس ذنبك. الشخص الذي نشرها هو المخطئ.»
    .feedback = أفضل تصرّف. هذا صحيح، وسماعه من صديق يُحدث فرقًا.
# Action (also good).
q-friend-blames-self-listen-and-offer-help = أستمع، ثم أعرض أن أساعده على إخبار شخص كبير أو استخدام Take It Down.
    .feedback = تصرّف جيد. الدعم مع خطة يساعد. وقول إن الأمر ليس ذنبه أيضًا يجعله أقوى.
# Action (not helpful).
q-friend-blames-self-agree-it-was-a-mistake = «نعم، كان ذلك خطأ، لكن كل شيء سيكون بخير.»
    .feedback = ليس تمامًا. قد يبدو هذا لومًا. اللوم على الشخص الذي نشرها.
# Action (not helpful).
q-friend-blames-self-change-the-subject = أغيّر الموضوع لأُبعد تفكيره عن الأمر.
    .feedback = ليس تمامًا. قد يشعر أنك لا تريد أن تسمع. ابقَ معه واستمع إليه.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اسأل: لو أخبرك صديق بشيء صعب، ماذا ستريد أن تقول أولًا؟ تحدّثوا عن متى يجب أن يصل السرّ إلى شخص كبير، وكيف نكون صادقين في ذلك، وكيف يعتني مَن يساعد بنفسه. ذكّر المجموعة بأن الذنب ليس أبدًا ذنب الضحية.
