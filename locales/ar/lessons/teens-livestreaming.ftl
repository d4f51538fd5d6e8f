# SafeSteps — MIT OR Apache-2.0

### Lesson: Livestreaming (ages 13–17).
### Readers are teenagers who stream or watch streams. Be direct and respectful; never preachy.
### Streaming is positive; teach settings and exits. Never describe acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = البثّ المباشر بأمان
# One line under the lesson name.
lesson-summary = البثّ المباشر قد يكون رائعًا. إليك كيف تنتبه للضغط في الدردشة وتبقى متحكّمًا.

# Card 1: streaming is positive; what's different about live.
card-going-live =
    البثّ المباشر طريقة رائعة لمشاركة الألعاب أو الموسيقى أو الفنّ أو مجرّد دردشة، ولبناء مجتمع حولك.
    لكن البثّ المباشر يختلف عن المنشور. لا يوجد زرّ تعديل، ولا تستطيع أن تسترجع ما رآه الناس.
    أيّ مشاهد يستطيع أن يسجّل بثّك أو يلتقط لقطة شاشة، حتى لو لم يحفظه التطبيق.
    وكثيرًا ما لا تستطيع أن تعرف مَن يشاهد، أو كم عمره حقًا.
    معرفة هذا تساعدك على أن تبقى متحكّمًا في بثّك.
# Card 2: red flags in the chat.
card-red-flags =
    معظم المشاهدين يريدون فقط قضاء وقت ممتع. انتبه للتعليقات التي:
    تطلب منك أن تفعل أشياء أمام الكاميرا، مثل التحدّيات، أو أن تغيّر ملابسك أو تُريهم غرفتك؛
    تعرض هدايا أو عملات أو مالًا إذا فعلت ما يقولونه؛
    تسأل أين تسكن، أو في أيّ مدرسة تدرس، أو كم عمرك؛
    تضغط عليك لتنتقل إلى دردشة خاصة أو تطبيق آخر؛
    تمدحك كثيرًا، ثم تطلب المزيد.
    الهدايا قد تجعلك تشعر أنك مدين لهم. لست مدينًا لأحد.
# Card 3: settings before you go live.
card-settings =
    قبل أن تبدأ البثّ، افحص إعداداتك.
    اختر مَن يستطيع المشاهدة. «الأصدقاء فقط» هو الأكثر أمانًا.
    فعّل فلاتر التعليقات لتحجب كلمات معيّنة، أو أوقف التعليقات.
    اطلب من صديق تثق به أن يكون مشرفًا يستطيع حذف التعليقات وطرد المشاهدين.
    أوقف الموقع، وانتبه لما خلفك: شعارات المدرسة، منظر الشارع، رسائل بريد عليها عنوانك.
    إذا كنت أصغر من العمر الذي يحدّده التطبيق للبثّ أو الهدايا، فهذه الحدود موجودة لحمايتك.
# Card 4: ending a stream and reporting.
card-end-it =
    تستطيع أن تُنهي البثّ في أي وقت. لست مدينًا لأحد بتفسير.
    إذا جعلك تعليق تشعر بعدم الارتياح، فأنهِ البثّ. تستطيع أن تبثّ مرة أخرى لاحقًا إن أردت.
    ثم اكتب اسم المستخدم الخاص بالمشاهد، واحفظ ما تستطيع من التعليقات.
    أبلِغ عن المشاهد في التطبيق، واحظره.
    إذا ظهر في أماكن أخرى، مثل رسائلك الخاصة، فأبلِغ عنه واحظره هناك أيضًا.
# Card 5: not your fault, and who to talk to.
card-not-your-fault =
    إذا ضغط عليك أحد، أو خدعك، أو سجّلك أثناء البثّ، فهذا ليس ذنبك.
    مَن يضغط عليك هو المخطئ، حتى لو جاريته.
    إذا نُشر تسجيل أو صورة لك، فأبلِغ عنه في التطبيق. Take It Down (takeitdown.ncmec.org) تستطيع أن تساعد على حذف الصور العارية لمن هم دون 18.
    تحدّث إلى شخص كبير تثق به. أو اضغط على زر «مساعدة» لتجد مَن يساعدك في بلدك.

# Question: a scenario about coins offered for a dare.
q-coins-for-a-dare = ماذا يمكنك أن تفعل بشأن هذا العرض؟
    .situation = أنت في بثّ مباشر. يكتب مشاهد: «500 عملة إذا نفّذت تحدّيًا لي. لنتحدّث عنه في دردشة خاصة.»
    .hint = هنا علامتا خطر. أيّ خيار يُبقيك متحكّمًا؟
    .explanation = قول «لا»، وإنهاء البثّ إن أردت، والإبلاغ عن المشاهد هو أفضل تصرّف. وحذف التعليق وحظره جيد أيضًا. التحدّيات مقابل العملات والدردشات الخاصة طرق للضغط عليك.
# Action (best).
q-coins-for-a-dare-say-no-end-report = أقول «لا»، وأُنهي البثّ إن أردت، وأُبلغ عن المشاهد.
    .feedback = أفضل تصرّف. تبقى متحكّمًا، والتطبيق يستطيع أن يتصرّف بناءً على البلاغ.
# Action (also good).
q-coins-for-a-dare-delete-and-block = أحذف التعليق، وأحظر المشاهد، وأكمل.
    .feedback = تصرّف جيد. لم يعد في بثّك. والإبلاغ عنه أيضًا يساعد على حماية الآخرين.
# Action (not helpful).
q-coins-for-a-dare-do-a-small-dare = أنفّذ تحدّيًا صغيرًا. إنه مجرّد مرح.
    .feedback = ليس تمامًا. الطلبات الصغيرة كثيرًا ما تقود إلى طلبات أكبر. تستطيع أن تقول «لا»، حتى بعد العملات.
# Action (not helpful).
q-coins-for-a-dare-move-to-private = أذهب إلى الدردشة الخاصة لأعرف ما التحدّي.
    .feedback = ليس تمامًا. في الخاص، لا أحد غيرك يرى ما يقوله. لهذا يريد أن ينتقل.

# Question: choose all that apply, about red-flag comments.
q-red-flag-comments = أيّ التعليقات في دردشة البثّ علامات خطر؟ اختر كل الإجابات المناسبة.
    .hint = هل يطلب التعليق شيئًا عنك، أو يحاول أن يعقد صفقة؟
    .explanation = السؤال عن مدرستك، وعرض الهدايا مقابل الطاعة، ونقلك إلى تطبيق آخر علامات خطر. أمّا «لعبة رائعة» و«ماذا بعد؟» فدردشة عادية.
# Answer option (red flag).
q-red-flag-comments-which-school = «في أيّ مدرسة تدرس؟»
    .feedback = نعم. مدرستك قد تساعد أحدًا على أن يجدك خارج الإنترنت. لست مضطرًا إلى أن تقول.
# Answer option (red flag).
q-red-flag-comments-gifts-if-you-obey = «سأرسل لك هدايا إذا فعلت ما أقوله.»
    .feedback = نعم. الهدايا المشروطة ضغط. لست مدينًا لأحد بسبب هدية.
# Answer option (red flag).
q-red-flag-comments-add-me-elsewhere = «أضفني على تطبيق آخر، أنا وأنت فقط.»
    .feedback = نعم. «أنا وأنت فقط» تعني أن لا أحد غيركما يرى. هذه علامة خطر.
# Answer option (normal).
q-red-flag-comments-nice-play = «لعبة رائعة!»
    .feedback = ليس تمامًا. هذا تعليق عادي وودود.
# Answer option (normal).
q-red-flag-comments-what-game-next = «ما اللعبة التي ستلعبها بعد هذه؟»
    .feedback = ليس تمامًا. هذه دردشة عادية عن بثّك.

# Question: true or false about recording.
q-viewers-can-record = المشاهدون يستطيعون تسجيل بثّك المباشر، حتى لو لم يحفظه التطبيق.
    .hint = ماذا يستطيع أيّ أحد أن يفعل بهاتفه أو حاسوبه وهو يشاهد؟
    .explanation = صحيح. أيّ أحد يستطيع أن يلتقط لقطة شاشة أو يسجّل شاشته. تصرّف في بثّك وكأنه قد يُحفظ.
# Feedback if the teen picks "true" (right).
q-viewers-can-record-true =
    .feedback = صحيح. «مباشر» لا تعني أنه يختفي. أيّ مشاهد يستطيع أن يحتفظ بنسخة.
# Feedback if the teen picks "false" (wrong).
q-viewers-can-record-false =
    .feedback = ليس تمامًا. المشاهدون يستطيعون تسجيل شاشاتهم، مهما فعل التطبيق.

# Question: choose all that apply, about settings.
q-helpful-settings = أيّ الإعدادات تساعد على جعل البثّ أكثر أمانًا؟ اختر كل الإجابات المناسبة.
    .hint = أيّها يتحكّم فيمن يراك وفيما يستطيعون أن يقولوه؟
    .explanation = البثّ للأصدقاء فقط، وفلاتر الكلمات، والمشرف الموثوق، وإيقاف الموقع كلها تساعد. أمّا إظهار موقعك فيجعل الغرباء يعرفون أين أنت.
# Answer option (helps).
q-helpful-settings-friends-only = الأصدقاء فقط يستطيعون المشاهدة
    .feedback = نعم. غرباء أقلّ يعني خطرًا أقلّ.
# Answer option (helps).
q-helpful-settings-word-filter = فلتر يحجب كلمات معيّنة في التعليقات
    .feedback = نعم. الفلاتر توقف كثيرًا من التعليقات المسيئة قبل أن تراها.
# Answer option (helps).
q-helpful-settings-moderator = صديق تثق به كمشرف
    .feedback = نعم. المشرف يستطيع أن يحذف التعليقات ويطرد المشاهدين أثناء بثّك.
# Answer option (helps).
q-helpful-settings-location-off = الموقع مغلق
    .feedback = نعم. المشاهدون لا يحتاجون إلى معرفة مكانك.
# Answer option (does not help).
q-helpful-settings-show-location = الموقع ظاهر ليجدك المعجبون القريبون
    .feedback = ليس تمامًا. إظهار موقعك يخبر الغرباء أين أنت. أبقِه مغلقًا.

# Question: put the steps in order.
q-uncomfortable-steps = تعليقات أحد المشاهدين تجعلك تشعر بعدم الارتياح وأنت في بثّ مباشر. رتّب هذه الخطوات.
    .hint = ما الذي يوقف الضغط فورًا؟ ماذا تحتاج قبل أن تحظر؟
    .explanation = أنهِ البثّ أولًا لتوقف الضغط. احفظ اسم المستخدم والتعليقات ما دمت تستطيع. أبلِغ ما دمت تستطيع أن تجده، ثم احظره.
# Step 1.
q-uncomfortable-steps-end-stream = أُنهي البثّ
    .feedback = أولًا. إنهاء البثّ يوقف الضغط فورًا.
# Step 2.
q-uncomfortable-steps-save-username = أكتب اسم المستخدم الخاص به وأحفظ التعليقات
    .feedback = بعد ذلك. هذا الدليل يساعد عندما تُبلغ.
# Step 3.
q-uncomfortable-steps-report-viewer = أُبلغ عن المشاهد في التطبيق
    .feedback = أبلِغ ما دمت تستطيع أن تجد ملفه الشخصي.
# Step 4.
q-uncomfortable-steps-block-viewer = أحظر المشاهد
    .feedback = أخيرًا. الآن لا يستطيع أن يشاهدك أو يراسلك هناك.

# Question: true or false about ending a stream. The right answer is "false".
q-owe-an-explanation = إذا أنهيت بثًّا فجأة، فأنت مدين لمشاهديك بتفسير.
    .hint = بثّ مَن هذا؟
    .explanation = خطأ. إنه بثّك. تستطيع أن تُنهيه في أي وقت، لأيّ سبب، من غير تفسير.
# Feedback if the teen picks "true" (wrong).
q-owe-an-explanation-true =
    .feedback = ليس تمامًا. لست مدينًا أبدًا للمشاهدين بتفسير. سلامتك أولًا.
# Feedback if the teen picks "false" (right).
q-owe-an-explanation-false =
    .feedback = صحيح. تستطيع أن تُنهيه في أي وقت. المعجبون الحقيقيون سيكونون موجودين في المرة القادمة.

# Question: single choice about a regular viewer.
q-regular-viewer = مشاهد دائم أرسل لك هدايا كثيرة. والآن يقول: «بعد كل ما أعطيتك إياه، لنتحدّث في الخاص.» ما هذا؟
    .hint = لماذا قد يذكّرك أحد بهداياه قبل أن يطلب شيئًا؟
    .explanation = هذه علامة تحذيرية. الهدايا قد تُستخدم لتجعلك تشعر أنك مدين لأحد. والانتقال إلى دردشة خاصة يخفي ما يقوله.
# Answer option (right).
q-regular-viewer-warning-sign = علامة تحذيرية. إنه يستخدم الهدايا للضغط عليّ.
    .feedback = صحيح. لست مدينًا لأحد بسبب هدية. تستطيع أن تقول «لا»، وتحظر، وتُبلغ.
# Answer option (wrong).
q-regular-viewer-loyal-fan = معجب وفيّ يريد أن يتعرّف إليّ
    .feedback = ليس تمامًا. المعجب الحقيقي لا يحتاج إلى أن ينقلك إلى الخاص. انتبه للضغط.
# Answer option (wrong).
q-regular-viewer-fair-after-gifts = أمر عادل، بما أنه أعطاني الكثير
    .feedback = ليس تمامًا. الهدايا لا تشتري وقتك ولا خصوصيتك. تستطيع دائمًا أن تقول «لا».

# Question: a scenario about a recorded clip being shared.
q-clip-shared = ماذا يمكنك أن تفعل بشأن المقطع؟
    .situation = مشاهد سجّل جزءًا من بثّك. أرسله إليك وقال إنه سينشره إن لم تفعل ما يريد.
    .hint = هذا تهديد. مَن يستطيع أن يساعدك على إيقافه؟
    .explanation = التوقّف عن الردّ، وحفظ الدليل، وإخبار شخص كبير تثق به، والإبلاغ هو أفضل تصرّف. والإبلاغ عن المقطع والحساب يساعد أيضًا. تنفيذ ما يطلبه نادرًا ما يوقف التهديدات، وحذف حسابك يُضيّع الأدلّة. هذا ليس ذنبك.
# Action (best).
q-clip-shared-tell-adult-and-report = أتوقّف عن الردّ، وأحفظ الرسائل، وأخبر شخصًا كبيرًا أثق به، وأُبلغ عن الحساب.
    .feedback = أفضل تصرّف. تحتفظ بالدليل، ولست وحدك، والتطبيق يستطيع أن يتصرّف. هذا ليس ذنبك.
# Action (also good).
q-clip-shared-report-the-clip = أُبلغ عن الحساب والمقطع في التطبيق، ثم أحظره.
    .feedback = تصرّف جيد. احفظ الرسائل أولًا. وإخبار شخص كبير أيضًا يجعل موقفك أقوى.
# Action (not helpful).
q-clip-shared-do-what-they-ask = أفعل ما يريده حتى لا ينشره.
    .feedback = ليس تمامًا. الاستسلام يقود عادةً إلى مطالب أكثر. وإذا كنت فعلت ذلك من قبل، فما زال بإمكانك أن تحصل على المساعدة.
# Action (not helpful).
q-clip-shared-delete-account = أحذف حسابي لكي ينتهي كل شيء.
    .feedback = ليس تمامًا. من المفهوم أن تريد ذلك، لكن الحذف يُضيّع الدليل. احتفظ به الآن واطلب المساعدة.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اسأل: ما الذي يجعل دردشة البثّ ممتعة، وما الذي يجعلها تبدو ضغطًا؟ تحدّثوا عن الإعدادات التي تساعد، ولماذا إنهاء البثّ مقبول دائمًا، وذكّر المجموعة بأن الذنب ليس أبدًا ذنب صاحب البثّ إذا ضغط عليه أحد أو سجّله.
