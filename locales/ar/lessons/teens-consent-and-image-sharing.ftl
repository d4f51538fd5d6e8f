# SafeSteps — MIT OR Apache-2.0

### Lesson: Consent and sharing images (ages 13–17).
### Readers are teenagers, often alone. Be direct, calm and respectful; never preachy.
### Never describe images or acts; say "nude or private image". Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = الموافقة ومشاركة الصور
# One line under the lesson name.
lesson-summary = صورة مَن هذه؟ متى تستأذن، ومتى تتوقّف، وماذا تفعل إذا انتشرت صورة.

# Card 1: consent before sharing anyone's image.
card-ask-first =
    الصور والفيديوهات جزء كبير من طريقة تواصلنا على الإنترنت. ولا مشكلة في ذلك.
    لكن صورة أيّ شخص هي جزئيًا مِلكه. قبل أن تنشرها أو ترسلها، استأذنه.
    الموافقة تعني «نعم» واضحة، تُعطى بحرّية. السكوت ليس «نعم». و«كما تريد» ليست «نعم».
    والناس يستطيعون أن يغيّروا رأيهم. إذا طلب منك صديق أن تحذف صورة، فاحذفها.
    كنت ستريد الشيء نفسه منه.
# Card 2: never forward a nude or private image.
card-never-forward =
    لا تُعِد إرسال صورة عارية أو خاصة لأيّ شخص أبدًا، حتى لو كانت منتشرة أصلًا.
    كل مشاركة تؤذي الشخص الذي فيها. وقد تلاحقه سنوات.
    في بلدان كثيرة، مشاركة صورة عارية لشخص دون 18 سنة جريمة. وقد يكون هذا صحيحًا حتى لو كنت أنت أيضًا دون 18.
    لا يهمّ مَن أرسلها أولًا، ولا إن كان صاحبها أرسلها مرة لشخص واحد. إرسالها لشخص واحد ليس «نعم» للجميع.
# Card 3: what to do if you receive one.
card-if-you-get-one =
    إذا أرسل لك أحد صورة عارية أو خاصة لشخص آخر:
    لا تُعِد إرسالها ولا تُرِها لأحد.
    أبلِغ عنها في التطبيق. ثم احذفها، وامسحها من مجلد «المحذوفة مؤخرًا».
    لا تحفظ نسخة، ولا حتى كدليل. تستطيع أن تُبلغ من غير أن تحتفظ بالصورة.
    أخبِر شخصًا كبيرًا تثق به، ليساعد على إيقاف انتشارها. وعليه ألّا يلومك لأنها وصلتك.
    إذا أرسل لك شخص بالغ أو غريب صورة عارية لأيّ أحد، فهذا أيضًا غير مقبول. أبلِغ عنه وأخبِر أحدًا.
# Card 4: you can say no; not your fault.
card-you-can-say-no =
    لا يحقّ لأحد أن يضغط عليك لترسل صورة. لا شخص تُعجَب به، ولا شريك، ولا صديق، ولا غريب.
    تستطيع أن تقول «لا»، حتى لو شاركت من قبل. قول «نعم» مرة لا يعني أبدًا «نعم» مرة أخرى.
    إذا نُشرت صورتك من غير موافقتك، فهذا ليس ذنبك. مَن نشرها هو المخطئ، حتى لو كنت أنت مَن أرسلها إليه.
    أنت لم تتسبّب في هذا، وتستطيع أن تحصل على المساعدة.
# Card 5: Take It Down, reporting, and who to talk to.
card-getting-it-removed =
    أبلِغ عن المنشور في التطبيق. الصور العارية لمن هم دون 18 تخالف قواعد التطبيقات، وعلى التطبيقات أن تحذفها.
    Take It Down (takeitdown.ncmec.org) أداة مجانية من NCMEC. تساعد على حذف الصور العارية لمن هم دون 18 من التطبيقات المشاركة فيها.
    تصنع الأداة «hash»، أي بصمة رقمية للصورة، على جهازك أنت. تُرسَل البصمة فقط، ولا تُرسَل الصورة أبدًا.
    تحدّث إلى شخص كبير تثق به. أو اضغط على زر «مساعدة» لتجد في بلدك مَن يستطيع أن يساعدك.

# Question: single choice about posting a funny photo of a friend.
q-funny-photo = عندك صورة مضحكة لصديق. ماذا عليك أن تفعل قبل أن تنشرها؟
    .hint = وجه مَن في الصورة؟
    .explanation = استأذن أولًا. صورة أيّ شخص هي جزئيًا مِلكه. إذا قال «لا»، أو غيّر رأيه لاحقًا، فاحترم ذلك.
# Answer option (right).
q-funny-photo-ask-them-first = أسأله هل يوافق على نشرها.
    .feedback = صحيح. سؤال سريع مثل «هل أستطيع أن أنشر هذه؟» يُظهر الاحترام، ومعظم الأصدقاء سيقولون «نعم» أو يخبرونك أيّ صورة يفضّلون.
# Answer option (wrong).
q-funny-photo-post-then-delete = أنشرها، وأحذفها إذا انزعج.
    .feedback = ليس تمامًا. عندها قد يكون الناس رأوها أو حفظوها. السؤال أولًا أسهل عليكما معًا.
# Answer option (wrong).
q-funny-photo-tag-them = أضع إشارة إليه ليعرف أنها نُشرت.
    .feedback = ليس تمامًا. الإشارة تخبره بعد النشر. الموافقة تعني أن تسأل قبل.

# Question: a scenario about a private image in a group chat.
q-group-chat-image = ماذا يمكنك أن تفعل بشأن الصورة؟
    .situation = في مجموعة دردشة، نشر أحدهم صورة خاصة لفتاة من دفعتك. بدأ الناس يرسلون إيموجي ضاحكة. وقال أحدهم: «أرسلوها إلى المجموعة الثانية.»
    .hint = فكّر في الفتاة التي في الصورة. ما الذي سيوقف انتشارها؟
    .explanation = ألّا تشاركها، وأن تُبلغ عنها، وأن تخبر شخصًا كبيرًا تثق به، هو أفضل تصرّف. وحذفها ومغادرة الدردشة جيد أيضًا. أمّا إعادة إرسالها فتنشر الأذى. وإعادة إرسالها أو حفظها قد يكونان جريمة.
# Action (best).
q-group-chat-image-dont-share-report-tell = لا أشاركها. أُبلغ عنها في التطبيق، وأحذفها، وأخبر شخصًا كبيرًا أثق به.
    .feedback = أفضل تصرّف. تساعد على إيقاف الانتشار، والشخص الكبير يستطيع أن يساعد على حذفها. وصولها إليك لم يكن ذنبك، وفعلت الصواب عندما أخبرت.
# Action (also good).
q-group-chat-image-delete-and-leave-chat = أحذفها وأغادر الدردشة.
    .feedback = تصرّف جيد. أنت لست جزءًا من الانتشار. والإبلاغ عنها وإخبار شخص كبير أيضًا سيساعدانها أكثر.
# Action (not helpful).
q-group-chat-image-forward-to-warn = أرسلها إليها لتعرف أنها منتشرة.
    .feedback = ليس تمامًا. إرسالها، حتى إليها هي، ينشرها أكثر. أخبِرها بلطف بالكلام، وأخبِر شخصًا كبيرًا.
# Action (not helpful).
q-group-chat-image-save-just-in-case = أحفظ نسخة، احتياطًا إذا احتاج أحد إلى دليل.
    .feedback = ليس تمامًا. الاحتفاظ بنسخة قد يكون جريمة، ولا تحتاج إليها لتُبلغ. أبلِغ عنها، ثم احذفها.

# Question: choose all that apply, about why not to forward.
q-why-not-forward = لماذا يجب ألّا تُعيد أبدًا إرسال صورة عارية أو خاصة لأحد؟ اختر كل الإجابات المناسبة.
    .hint = فكّر في الشخص الذي فيها، وفي القانون، وفيما يحدث بعد أن تضغط «إرسال».
    .explanation = إنها تؤذي الشخص، وقد تكون جريمة، وبعد إرسالها قد تنتشر بلا سيطرة من أحد. ولا يغيّر ذلك مَن أرسلها أولًا أو إلى أيّ حدّ انتشرت.
# Answer option (right reason).
q-why-not-forward-hurts-the-person = إنها تؤذي الشخص الذي في الصورة.
    .feedback = نعم. كل مشاركة تزيد أذاه.
# Answer option (right reason).
q-why-not-forward-can-be-a-crime = في أماكن كثيرة، قد يكون ذلك جريمة.
    .feedback = نعم. مشاركة صورة عارية لشخص دون 18 سنة جريمة في بلدان كثيرة.
# Answer option (right reason).
q-why-not-forward-spreads-fast = بعد أن ترسلها، لا تستطيع أن تتحكّم في أين تذهب.
    .feedback = نعم. إعادة إرسال واحدة قد تصبح مئات النسخ.
# Answer option (not a reason to share).
q-why-not-forward-fine-if-already-out = لا بأس إذا كانت عند ناس كثيرين أصلًا.
    .feedback = ليس تمامًا. كل مشاركة جديدة تؤذيه أيضًا. تستطيع أن تكون أنت مَن يوقفها.
# Answer option (not a reason to share).
q-why-not-forward-fine-if-they-sent-it = لا بأس إذا كان صاحبها أرسلها لشخص أولًا.
    .feedback = ليس تمامًا. إرسالها لشخص واحد ليس «نعم» للجميع.

# Question: put the steps in order.
q-received-steps = أرسل لك أحد صورة عارية لزميل في صفّك. رتّب هذه الخطوات. (أخبِر شخصًا كبيرًا تثق به في أيّ وقت.)
    .hint = أيّ خطوة تحتاج إلى أن تكون الرسالة ما زالت موجودة؟
    .explanation = أوقف الانتشار أولًا. أبلِغ والرسالة ما زالت موجودة، ليستطيع التطبيق أن يتصرّف. ثم احذفها، وامسحها من «المحذوفة مؤخرًا» حتى لا تبقى أيّ نسخة.
# Step 1.
q-received-steps-dont-forward = لا أُعيد إرسالها ولا أُريها لأحد
    .feedback = أولًا، أوقفها عندك. هذا يحمي زميلك.
# Step 2.
q-received-steps-report-it = أُبلغ عن الرسالة أو الحساب في التطبيق
    .feedback = أبلِغ وأنت ما زلت تراها، ليستطيع التطبيق أن يتصرّف.
# Step 3.
q-received-steps-delete-it = أحذف الصورة
    .feedback = ثم احذفها. لا تحتاج إلى الاحتفاظ بها.
# Step 4.
q-received-steps-empty-deleted-folder = أمسحها من مجلد «المحذوفة مؤخرًا»
    .feedback = أخيرًا، امسحها من هناك أيضًا، حتى لا تبقى نسخة على هاتفك.

# Question: true or false about saying no after saying yes before.
q-said-yes-before = إذا أرسلت صورة لأحد من قبل، فما زال بإمكانك أن تقول «لا» في المرة القادمة.
    .hint = هل «نعم» مرة تعني «نعم» إلى الأبد؟
    .explanation = صحيح. الموافقة تكون في كل مرة. تستطيع أن تقول «لا» الآن، مهما فعلت من قبل.
# Feedback if the teen picks "true" (right).
q-said-yes-before-true =
    .feedback = صحيح. تستطيع أن تقول «لا» في أي وقت. ومَن يستمرّ في الضغط لا يحترمك.
# Feedback if the teen picks "false" (wrong).
q-said-yes-before-false =
    .feedback = ليس تمامًا. المشاركة مرة لا تعني أبدًا أن عليك أن تشارك مرة أخرى. تستطيع دائمًا أن تقول «لا».

# Question: true or false about blame. The right answer is "false".
q-blame-for-sending = إذا نشر أحد صورتك الخاصة من غير موافقتك، فأنت ملوم جزئيًا لأنك أرسلتها.
    .hint = مَن الذي اختار أن يشاركها مع الآخرين؟
    .explanation = خطأ. هذا ليس ذنبك. مَن نشرها من غير موافقتك هو المخطئ. تستطيع أن تحصل على المساعدة لحذفها.
# Feedback if the teen picks "true" (wrong).
q-blame-for-sending-true =
    .feedback = ليس تمامًا. هذا ليس ذنبك، حتى لو كنت أرسلتها إليه. هو الذي اختار أن ينشرها. تستطيع أن تُبلغ عنها وتحصل على المساعدة.
# Feedback if the teen picks "false" (right).
q-blame-for-sending-false =
    .feedback = صحيح. اللوم على مَن نشرها. أبلِغ عنها، وأخبِر شخصًا تثق به، وجرّب Take It Down.

# Question: single choice about how Take It Down works.
q-take-it-down-how = كيف تحافظ Take It Down على خصوصية صورتك؟
    .hint = فكّر فيما تحتاجه التطبيقات لتعرف نسخة من غير أن تراها.
    .explanation = تصنع Take It Down بصمة رقمية (hash) على جهازك أنت. تُرسَل البصمة فقط. والتطبيقات المشاركة تستخدمها لتجد النسخ وتحذفها.
# Answer option (right).
q-take-it-down-how-hash-leaves = بصمة رقمية فقط (hash) تخرج من جهازك.
    .feedback = صحيح. الصورة تبقى معك. والبصمة تكفي لإيجاد النسخ.
# Answer option (wrong).
q-take-it-down-how-image-uploaded = ترفع الصورة ليفحصها الموظفون.
    .feedback = ليس تمامًا. أنت لا ترسل الصورة أبدًا. البصمة فقط تخرج من جهازك.
# Answer option (wrong).
q-take-it-down-how-police-told = يُرسَل اسمك إلى الشرطة.
    .feedback = ليس تمامًا. Take It Down لا تحتاج إلى اسمك. البصمة فقط تُرسَل.

# Question: a scenario about pressure to send an image.
q-pressure-to-send = ماذا يمكنك أن تفعل؟
    .situation = تتحدّث منذ بضعة أسابيع مع شخص تُعجَب به. يراسلك: «الكل يفعلها. أنا كنت سأرسل لك واحدة. لو كنت تهتمّ بي، لأرسلت لي صورة.»
    .hint = هل الاهتمام بشخص يعني أن تفعل ما يضغط عليك لتفعله؟
    .explanation = قول «لا» بوضوح هو أفضل تصرّف. ومغادرة الدردشة وإخبار شخص تثق به جيد أيضًا. «لو كنت تهتمّ» ضغط، ومَن يهتمّ بك يقبل «لا» كجواب.
# Action (best).
q-pressure-to-send-say-no-clearly = أقول «لا». «لن أرسل هذا.» لست مدينًا لأحد بصورة.
    .feedback = أفضل تصرّف. «لا» الواضحة تكفي. لا تحتاج إلى أن تعطي سببًا.
# Action (also good).
q-pressure-to-send-leave-and-tell = أتوقّف عن الردّ وأتحدّث مع شخص أثق به عن الأمر.
    .feedback = تصرّف جيد. لست مضطرًا إلى أن تواجه الضغط وحدك. إذا استمرّ، تستطيع أن تحظر وتُبلغ.
# Action (not helpful).
q-pressure-to-send-send-to-keep-them = أرسل صورة حتى لا يفقد اهتمامه بي.
    .feedback = ليس تمامًا. مَن يستحقّ أن تحافظ عليه لن يضغط عليك. تستطيع أن تقول «لا»، وإذا كنت أرسلت صورة من قبل، فما زال بإمكانك أن تحصل على المساعدة.
# Action (not helpful).
q-pressure-to-send-send-without-face = أرسل صورة لا يظهر فيها وجهي.
    .feedback = ليس تمامًا. الصور قد تُنشر ويُربط بينها وبينك مع ذلك. وأنت لست مضطرًا أبدًا إلى أن ترسل أيّ صورة.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اسأل: كيف تبدو الموافقة عند مشاركة صورة لصديق؟ لماذا تنتشر الصور الخاصة بهذه السرعة، وماذا يستطيع شخص واحد في مجموعة دردشة أن يفعل لإيقافها؟ ذكّر المجموعة بأن الذنب ليس أبدًا ذنب الشخص الذي في الصورة.
