# SafeSteps — MIT OR Apache-2.0

### Lesson: Report, block and remove (ages 13–17).
### Readers are teenagers, possibly dealing with something right now. Be direct, calm and
### practical; never preachy. Never describe images or acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = أبلِغ، واحظر، واطلب الإزالة
# One line under the lesson name.
lesson-summary = كيف تحفظ الدليل، وتُبلغ، وتحظر، وتطلب إزالة المحتوى، وماذا يحدث بعد ذلك.

# Card 1: keep evidence first.
card-evidence-first =
    عندما يضايقك أحد، أو يهدّدك، أو يضغط عليك، احفظ الدليل قبل أن تحظره.
    الحظر قد يُخفي الدردشة أو ملفه الشخصي. وعندها يصبح الإبلاغ أصعب.
    التقط لقطات شاشة للرسائل ولملفه الشخصي. اكتب اسم المستخدم الخاص به، ورابط ملفه الشخصي، والتواريخ والأوقات.
    لا تلتقط لقطات شاشة للصور العارية ولا تحفظها، ولا حتى كدليل. تستطيع أن تُبلغ من دونها.
    لا تحذف الدردشة أو حسابك الآن. قد تحتاج إليهما لاحقًا.
# Card 2: reporting and blocking on the app.
card-report-and-block =
    معظم التطبيقات فيها زرّ «إبلاغ». ابحث عنه في الرسالة، أو المنشور، أو الملف الشخصي (غالبًا خلف «…»).
    الإبلاغ يخبر التطبيق أن أحدًا خالف قواعده. ومعظم التطبيقات لا تخبر الشخص مَن أبلغ عنه.
    بعد أن تُبلغ، احظره حتى لا يستطيع التواصل معك هناك.
    ثم افحص مَن يستطيع أن يراسلك، ويضع إشارة إليك، ويجدك.
    إذا عاد بحساب جديد، فاحفظ الدليل، وأبلِغ، واحظر من جديد.
# Card 3: reporting beyond the app.
card-beyond-the-app =
    بعض الأمور تحتاج إلى أكثر من إبلاغ في التطبيق. منها التهديدات، وشخص بالغ يطلب منك صورًا أو محادثات جنسية، والابتزاز الجنسي، والصور العارية لأيّ شخص دون 18.
    في الولايات المتحدة، أبلِغ CyberTipline التابع لـNCMEC على report.cybertip.org أو اتّصل بالرقم 1-800-843-5678. تشارك NCMEC البلاغات مع الشرطة التي تستطيع أن تتصرّف.
    في أيّ مكان، تستطيع أن تذهب إلى الشرطة المحلية. والشخص الكبير الذي تثق به يستطيع أن يساعدك على ذلك.
    افتح شاشة المساعدة لتعرف أين تُبلغ في بلدك.
# Card 4: getting images removed.
card-removal =
    إذا كانت صورة عارية أو جنسية لك، من وقت كنت فيه دون 18، موجودة على الإنترنت، أو تظنّ أنها قد تُنشر، فهناك مساعدة.
    Take It Down (takeitdown.ncmec.org) مجانية. تستخدم النسخة الموجودة على هاتفك أو حاسوبك. تصنع هناك «hash»، أي بصمة رقمية للصورة. البصمة فقط تخرج من جهازك، ولا تخرج الصورة أبدًا. والتطبيقات المشاركة تستخدمها لتجد النسخ وتحذفها.
    لا تنزّل أبدًا نسخة لتستخدمها. إذا لم تكن الصورة عندك، فبلاغ إلى CyberTipline قد يساعد.
    تستطيع أيضًا أن تستخدم نموذج طلب الإزالة الخاص بالتطبيق. خارج الولايات المتحدة، اضغط على «مساعدة» لتجد مَن يستطيع أن يساعدك حيث تعيش.
# Card 5: what happens after a report; not your fault.
card-what-happens-next =
    بعد أن تُبلغ، يراجع التطبيق البلاغ. قد يحذف المنشور، أو يحذّر الشخص، أو يُغلق الحساب. وبعض التطبيقات ترسل لك تحديثًا.
    تراجع NCMEC بلاغات CyberTipline، وتستطيع أن تحيلها إلى الشرطة.
    قد يستغرق ذلك وقتًا، وليس كل بلاغ يؤدّي إلى إجراء. لكنه يبقى مهمًّا. البلاغات تساعد على منع الناس من إيذاء غيرك.
    مهما حدث، فهذا ليس ذنبك. على الكبار أن يدعموك، لا أن يلوموك.
    تحدّث إلى شخص كبير تثق به، أو اضغط على «مساعدة».

# Question: single choice about saving proof before blocking.
q-why-save-first = لماذا من الذكاء أن تحفظ الدليل قبل أن تحظر شخصًا؟
    .hint = ما الذي قد يختفي من أمامك بعد أن تحظره؟
    .explanation = الحظر قد يُخفي الدردشة أو الملف الشخصي. حفظ الدليل أولًا يعني أنك ما زلت تستطيع أن تُبلغ، وأن غيرك يستطيع أن يتصرّف.
# Answer option (right).
q-why-save-first-chat-may-vanish = الحظر قد يُخفي الدردشة وملفه الشخصي.
    .feedback = صحيح. احفظ الدليل أولًا، ثم أبلِغ واحظر.
# Answer option (wrong).
q-why-save-first-to-post-it = لكي أنشره وأفضحه.
    .feedback = ليس تمامًا. نشره قد يزيد الأمر سوءًا. الدليل للتطبيق، أو NCMEC، أو الشرطة، أو شخص كبير تثق به.
# Answer option (wrong).
q-why-save-first-apps-need-permission = التطبيقات لا تسمح لك بالحظر من دونه.
    .feedback = ليس تمامًا. تستطيع أن تحظر في أي وقت. لكن الدليل يجعل البلاغ أقوى بكثير.

# Question: choose all that apply, about good evidence.
q-good-evidence = أيّ هذه من الجيد أن تحفظه كدليل؟ اختر كل الإجابات المناسبة.
    .hint = الدليل يُظهر مَن هو وماذا فعل، من غير أن ينشر الأذى.
    .explanation = أسماء المستخدمين، ولقطات شاشة الرسائل، وروابط الملفات الشخصية، والتواريخ كلها أدلّة جيدة. لا تحفظ أبدًا الصور العارية، ولا تحذف الدردشة.
# Answer option (good proof).
q-good-evidence-username = اسم المستخدم الخاص به
    .feedback = نعم. يساعد التطبيق والشرطة على إيجاد الحساب.
# Answer option (good proof).
q-good-evidence-message-screenshots = لقطات شاشة للرسائل
    .feedback = نعم. تُظهر بالضبط ما قيل.
# Answer option (good proof).
q-good-evidence-profile-link = رابط ملفه الشخصي
    .feedback = نعم. الرابط يوصل مباشرة إلى الحساب.
# Answer option (good proof).
q-good-evidence-dates-and-times = تواريخ الرسائل وأوقاتها
    .feedback = نعم. التوقيت يساعد على إظهار ما حدث ومتى.
# Answer option (not good proof).
q-good-evidence-copy-of-nude = نسخة من صورة عارية أرسلها أو نشرها
    .feedback = ليس تمامًا. لا تحفظ الصور العارية، ولا حتى كدليل. تستطيع أن تُبلغ من دونها.
# Answer option (not good proof).
q-good-evidence-delete-chat = حذف الدردشة لكي تختفي
    .feedback = ليس تمامًا. الحذف يُضيّع الدليل. احتفظ بالدردشة الآن.

# Question: put the app steps in order.
q-app-steps = شخص لا يتوقّف عن إرسال رسائل مسيئة إليك. رتّب هذه الخطوات. (أخبِر شخصًا كبيرًا تثق به في أيّ وقت.)
    .hint = أيّ خطوة يصعب القيام بها بعد أن تحظره؟
    .explanation = التقط لقطات الشاشة أولًا ليكون عندك دليل. أبلِغ ما دمت تستطيع أن تراه. ثم احظره. وأخيرًا، غيّر مَن يستطيع أن يراسلك حتى لا يعود بسهولة.
# Step 1.
q-app-steps-screenshot = ألتقط لقطات شاشة للرسائل ولملفه الشخصي
    .feedback = أولًا. الدليل قد يختفي بعد أن تحظر.
# Step 2.
q-app-steps-report = أُبلغ عنه في التطبيق
    .feedback = بعد ذلك. أبلِغ ما دمت تستطيع أن ترى ملفه الشخصي.
# Step 3.
q-app-steps-block = أحظره
    .feedback = ثم احظره، حتى لا يستطيع الوصول إليك هناك.
# Step 4.
q-app-steps-tighten-messages = أغيّر مَن يستطيع أن يراسلني
    .feedback = أخيرًا. هذا يصعّب عليه، أو على حساب جديد، الوصول إليك.

# Question: true or false about reporter privacy.
q-reporter-kept-private = في معظم التطبيقات، لا يُخبَر الشخص الذي تُبلغ عنه بمن أبلغ عنه.
    .hint = هل كان الناس سيُبلغون لو كانت أسماؤهم تُكشف؟
    .explanation = صحيح. معظم التطبيقات تُبقي البلاغات سرّية، فتستطيع أن تُبلغ من غير أن يعرف أنك أنت.
# Feedback if the teen picks "true" (right).
q-reporter-kept-private-true =
    .feedback = صحيح. معظم التطبيقات تُبقي اسم المُبلِغ سرّيًا. تستطيع أن تُبلغ بأمان.
# Feedback if the teen picks "false" (wrong).
q-reporter-kept-private-false =
    .feedback = ليس تمامًا. معظم التطبيقات لا تخبر الشخص مَن أبلغ عنه.

# Question: a scenario about an adult sending sexual messages.
q-adult-messages = ماذا يمكنك أن تفعل بشأن هذا البالغ؟
    .situation = رجل تعرّفت إليه في لعبة بدأ يرسل إليك رسائل جنسية ويطلب منك صورًا.
    .hint = هذا أمر خطير. مَن يستطيع أن يتصرّف خارج التطبيق؟
    .explanation = حفظ الدليل، والإبلاغ، وإخبار شخص كبير تثق به هو أفضل تصرّف. والإبلاغ والحظر يساعدان أيضًا. يمكن الإبلاغ عن بالغ يطلب صورًا جنسية من مراهق إلى CyberTipline أو إلى الشرطة. هذا ليس ذنبك.
# Action (best).
q-adult-messages-save-report-tell = أحفظ الرسائل، وأُبلغ عنه في اللعبة، وأخبر شخصًا كبيرًا أثق به.
    .feedback = أفضل تصرّف. الشخص الكبير يستطيع أن يساعدك على الإبلاغ إلى CyberTipline أو الشرطة أيضًا. فعلت الصواب عندما أخبرت.
# Action (also good).
q-adult-messages-report-and-block = ألتقط لقطات شاشة للدردشة، ثم أُبلغ عنه وأحظره.
    .feedback = تصرّف جيد. وإخبار شخص كبير أيضًا يعني أن الأمر يمكن أن يُبلَغ عنه خارج اللعبة.
# Action (not helpful).
q-adult-messages-delete-and-forget = أحذف الدردشة وأحاول أن أنسى.
    .feedback = ليس تمامًا. هذا يُضيّع الدليل، وقد يستهدف غيرك. احفظها وأخبِر أحدًا.
# Action (not helpful).
q-adult-messages-threaten-back = أهدّده بأن أفضحه إن لم يتوقّف.
    .feedback = ليس تمامًا. قد يزيد ذلك غضبه، ويُبقيك على تواصل معه. أبلِغ عنه بدلًا من ذلك.

# Question: true or false about Take It Down. The right answer is "false".
q-send-image-to-remove = لتستخدم Take It Down، عليك أن ترسل صورتك إلى أحد.
    .hint = فكّر في معنى الـhash.
    .explanation = خطأ. تصنع Take It Down بصمة رقمية (hash) على جهازك أنت. البصمة فقط تُرسَل، ولا تُرسَل الصورة أبدًا.
# Feedback if the teen picks "true" (wrong).
q-send-image-to-remove-true =
    .feedback = ليس تمامًا. الصورة تبقى على جهازك. تُرسَل فقط بصمة رقمية (hash).
# Feedback if the teen picks "false" (right).
q-send-image-to-remove-false =
    .feedback = صحيح. البصمة فقط تخرج من جهازك. Take It Down لا ترى الصورة أبدًا.

# Question: choose all that apply, about what can happen after a report.
q-after-a-report = ماذا يمكن أن يحدث بعد أن تُبلغ؟ اختر كل الإجابات المناسبة.
    .hint = فكّر فيما يستطيع التطبيق وNCMEC أن يفعلاه، وفيما يُبقيانه سرّيًا.
    .explanation = التطبيقات تستطيع أن تحذف المنشورات وتُغلق الحسابات، وNCMEC تستطيع أن تحيل البلاغات إلى الشرطة. اسمك لا يُكشف عادةً للشخص، ويجب ألّا تُلام.
# Answer option (can happen).
q-after-a-report-content-removed = التطبيق يحذف المنشور أو الرسالة.
    .feedback = نعم. المحتوى المخالف للقواعد يمكن أن يُحذف.
# Answer option (can happen).
q-after-a-report-account-banned = التطبيق يُغلق الحساب.
    .feedback = نعم. التطبيقات تستطيع أن توقف حسابات مَن يخالفون القواعد مؤقتًا أو تُغلقها.
# Answer option (can happen).
q-after-a-report-passed-to-police = بلاغ CyberTipline يُحال إلى الشرطة.
    .feedback = نعم. تشارك NCMEC البلاغات مع الشرطة التي تستطيع أن تتصرّف.
# Answer option (should not happen).
q-after-a-report-name-shared = يُخبَر الشخص باسمك.
    .feedback = ليس تمامًا. معظم التطبيقات تُبقي اسم المُبلِغ سرّيًا.
# Answer option (should not happen).
q-after-a-report-you-get-blamed = تُلام أنت على ما حدث.
    .feedback = ليس تمامًا. هذا ليس ذنبك. الإبلاغ هو التصرّف الصحيح.

# Question: a scenario about an image of the teen online.
q-image-on-a-site = ماذا يمكنك أن تفعل بشأن الصورة؟
    .situation = صديقك يخبرك أن صورة عارية لك، من وقت كان عمرك 15 سنة، نُشرت على موقع.
    .hint = أيّ الخيارات يحذفها من غير أن ينشرها أكثر؟
    .explanation = إخبار شخص كبير تثق به، واستخدام Take It Down إذا كانت الصورة ما زالت على هاتفك، هو أفضل تصرّف. والإبلاغ عنها للموقع يساعد أيضًا. أمّا حفظ نسخ أو مراسلة مَن نشرها فقد يزيد الأمر سوءًا. هذا ليس ذنبك.
# Action (best).
q-image-on-a-site-take-it-down-and-tell = أخبر شخصًا كبيرًا أثق به، وأستخدم Take It Down إذا كانت الصورة ما زالت على هاتفي.
    .feedback = أفضل تصرّف. الشخص الكبير يستطيع أن يساعدك على الإبلاغ. Take It Down تستخدم النسخة الموجودة على هاتفك لتساعد على حذف النسخ الأخرى. وإذا لم تكن عندك، فبلاغ إلى CyberTipline قد يساعد.
# Action (also good).
q-image-on-a-site-report-to-site = أُبلغ الموقع عن المنشور وأطلب حذفه.
    .feedback = تصرّف جيد. المواقع يُفترض أن تحذف صور مَن هم دون 18. واستخدام Take It Down أيضًا يساعد على العثور على النسخ.
# Action (not helpful).
q-image-on-a-site-save-every-copy = أبحث عن كل نسخة وأحفظها كلها.
    .feedback = ليس تمامًا. حفظ النسخ غير ضروري وقد يكون جريمة. احفظ الرابط، لا الصورة.
# Action (not helpful).
q-image-on-a-site-message-the-poster = أراسل مَن نشرها وأتوسّل إليه أن يحذفها.
    .feedback = ليس تمامًا. قد يعطيه هذا سلطة أكبر. دع الموقع وTake It Down وشخصًا كبيرًا يتعاملون مع الأمر.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اسأل: ما الذي يمنع الناس من الإبلاغ؟ اشرحوا خطوة بخطوة ما يحدث بعد الإبلاغ في تطبيق وإلى CyberTipline. تحدّثوا عن سبب حفظ الدليل قبل الحظر، وذكّر المجموعة بأن الذنب ليس أبدًا ذنب الضحية.
