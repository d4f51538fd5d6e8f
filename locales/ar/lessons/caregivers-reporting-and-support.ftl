# SafeSteps — MIT OR Apache-2.0

### Lesson: Reporting and getting support (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Explain what happens after a report. Help contacts come only from the content guide; keep
### numbers and web addresses exactly as written. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = الإبلاغ والحصول على الدعم
# One line under the lesson name.
lesson-summary = أين تُبلغ وكيف، وماذا يحدث بعد ذلك، وكيف تدعم طفلك ونفسك بعدها.

# Card 1: reporting on the app or platform.
card-report-to-the-app =
    معظم التطبيقات والألعاب والمواقع فيها زرّ إبلاغ على الملفات الشخصية والرسائل والمنشورات.
    احفظ الأدلّة أولًا. التقط لقطات شاشة للرسائل والملف الشخصي، ودوّن أسماء المستخدمين وروابط الملفات الشخصية والتواريخ والأوقات. لا تحفظ أبدًا صورة جنسية لطفل ولا تشاركها، ولا حتى كدليل.
    عندما تُبلغ، اذكر بوضوح أن الأمر يتعلّق بطفل. كثير من المنصّات تعامل ذلك على أنه عاجل.
    بعد الإبلاغ، احظر الحساب حتى لا يستطيع التواصل مع طفلك.
    احتفظ بحساب طفلك والدردشة الآن، حتى لا يضيع شيء.
# Card 2: reporting beyond the app.
card-report-beyond-the-app =
    بعض الأمور تحتاج إلى أكثر من إبلاغ للمنصّة. منها التهديدات، وطلبات الصور الجنسية، أو شخص بالغ يحاول لقاء طفل.
    في الولايات المتحدة، أبلِغ CyberTipline التابع لـNCMEC على report.cybertip.org أو على الرقم 1-800-843-5678.
    في أيّ بلد، تستطيع أن تتواصل مع الشرطة المحلية. إذا كان طفل في خطر الآن، فاتّصل برقم الطوارئ في بلدك.
    في بلدان كثيرة خطّ وطني لمساعدة الأطفال. راجع شاشة المساعدة الخاصة ببلدك.
    إذا لم يكن بلدك مذكورًا، فلدى Child Helpline International دليل على childhelplineinternational.org.
# Card 3: what happens after a report.
card-what-happens-next =
    معرفة ما يأتي بعد ذلك قد تجعل الإبلاغ أقلّ إخافة.
    تراجع المنصّة البلاغ. قد تحذف المحتوى أو تغلق الحساب، وقد ترسل إليك تحديثًا قصيرًا.
    تراجع NCMEC بلاغات CyberTipline وتشاركها مع الشرطة التي تستطيع أن تتصرّف.
    قد تتواصل معك الشرطة لتطرح أسئلة. وقد تطلب الأدلّة التي حفظتها.
    قد يستغرق ذلك وقتًا، وقد لا تعرف كل تفاصيل ما يحدث. هذا لا يعني أن بلاغك أُهمل.
    إذا كانت صور تُنشر، فتستطيع Take It Down (takeitdown.ncmec.org) أن تساعد على حذف الصور العارية لمن هم دون 18 من المواقع المشاركة فيها.
# Card 4: supporting the child after a report.
card-supporting-your-child =
    بعد الإبلاغ، يحتاج طفلك إلى أن يشعر بالأمان وبأنه مُصدَّق.
    قل له مرارًا إن الأمر ليس ذنبه. الشخص الذي آذاه أو هدّده هو المسؤول.
    حافظ على الروتين اليومي طبيعيًا قدر ما تستطيع. لا تعاقبه ولا تأخذ كل أجهزته.
    أشركه في القرارات حيث تستطيع، مثل مَن يحتاج أيضًا إلى أن يعرف.
    قد تأتي المشاعر وتذهب أسابيع. انتبه للتغيّرات في النوم أو المزاج أو الأكل، واطلب المساعدة من طبيب أو مرشد في المدرسة أو خطّ مساعدة إذا كنت قلقًا.
# Card 5: support for the caregiver; someone to talk to.
card-support-for-you =
    هذا صعب على مَن يرعون الأطفال أيضًا. قد تشعر بالغضب أو الذنب أو الخوف أو الصدمة. هذه مشاعر طبيعية.
    لم يكن بإمكانك أن ترى كل خطر. مَن يستهدفون الأطفال يُخفون ما يفعلون.
    تحدّث إلى شخص تثق به، مثل صديق، أو شريك حياة، أو طبيب، أو مستشار. بعض خطوط مساعدة الأطفال تدعم الكبار القلقين أيضًا.
    اعتناؤك بنفسك يساعدك على الاعتناء بطفلك.
    اضغط على «مساعدة» لتجد الدعم في بلدك.

# Question: put the steps in order.
q-report-steps = شخص يرسل رسائل تهديد إلى طفلك. رتّب هذه الخطوات ترتيبًا مفيدًا.
    .hint = طفلك يأتي أولًا. ثم اسأل: ما الذي سيصعب القيام به بعد حظر الحساب؟
    .explanation = طمئن طفلك أولًا. احفظ الأدلّة قبل أن يختفي أيّ شيء. أبلِغ المنصّة ما دمت تستطيع أن ترى الحساب، ثم احظره. أبلِغ أيضًا عن التهديدات إلى CyberTipline (في الولايات المتحدة) أو الشرطة، واستمرّ في دعم طفلك في الأسابيع التالية.
# Step 1.
q-report-steps-reassure-child = أشكر طفلي لأنه أخبرني، وأقول له إن الأمر ليس ذنبه
    .feedback = طفلك يأتي أولًا. شعوره بالأمان معك يساعده على مواصلة الكلام.
# Step 2.
q-report-steps-save-evidence = أحفظ لقطات الشاشة وأسماء المستخدمين والروابط
    .feedback = الأدلّة بعد ذلك، قبل أن يختفي أيّ شيء.
# Step 3.
q-report-steps-report-to-platform = أُبلغ عن الحساب في المنصّة
    .feedback = أبلِغ ما دمت تستطيع أن ترى الملف الشخصي.
# Step 4.
q-report-steps-block-account = أحظر الحساب
    .feedback = الحظر بعد الإبلاغ يوقف أيّ تواصل آخر.
# Step 5.
q-report-steps-keep-supporting = أستمرّ في دعم طفلي في الأسابيع التالية
    .feedback = الدعم مهمّ لوقت طويل بعد تقديم البلاغ.

# Question: single choice about where to report in the US.
q-where-in-us = تعيش في الولايات المتحدة. شخص بالغ على الإنترنت طلب من طفلك البالغ من العمر 12 سنة صورًا جنسية. أين يجب أن تُبلغ، إلى جانب التطبيق؟
    .hint = عُد إلى البطاقة عن الإبلاغ خارج التطبيق.
    .explanation = في الولايات المتحدة، أبلِغ CyberTipline التابع لـNCMEC على report.cybertip.org أو على الرقم 1-800-843-5678. تشارك NCMEC البلاغات مع الشرطة التي تستطيع أن تتصرّف.
# Answer option (right).
q-where-in-us-cybertipline = CyberTipline التابع لـNCMEC، على report.cybertip.org
    .feedback = نعم. CyberTipline هو الجهة المخصّصة للإبلاغ عن هذا في الولايات المتحدة. وتستطيع أيضًا أن تتواصل مع الشرطة المحلية.
# Answer option (wrong).
q-where-in-us-social-media-post = منشور على وسائل التواصل يحذّر الآباء والأمهات الآخرين
    .feedback = ليس تمامًا. المنشور العام قد يكشف طفلك وقد يُنبّه الشخص. أبلِغ بشكل خاص بدلًا من ذلك.
# Answer option (wrong).
q-where-in-us-only-the-school = مدرسة طفلك فقط
    .feedback = ليس تمامًا. المدرسة قد تساعد على دعم طفلك، لكن هذا يحتاج إلى بلاغ إلى CyberTipline أو الشرطة.

# Question: a scenario. The situation is shown first, then the question.
q-no-local-line = ماذا يمكنك أن تفعل؟
    .situation = شخص على الإنترنت يضغط على طفلك البالغ من العمر 13 سنة ليرسل صورًا. أنت لست في الولايات المتحدة، ولست متأكدًا بمن تتّصل حيث تعيش.
    .hint = هناك طرق لإيجاد المساعدة في أيّ بلد.
    .explanation = راجع شاشة المساعدة ودليل Child Helpline International لتجد خطًّا محليًا. وأبلِغ المنصّة والشرطة أيضًا. أمّا عدم فعل شيء أو التشهير بالشخص على الإنترنت فقد يجعل طفلك أقلّ أمانًا.
# Action (best).
q-no-local-line-help-screen-and-directory = أراجع شاشة المساعدة الخاصة ببلدي، أو دليل Child Helpline International.
    .feedback = أفضل خيار. خطّ المساعدة المحلي يستطيع أن يرشدك إلى ما تفعله وأين تُبلغ.
# Action (also good).
q-no-local-line-platform-and-police = أحفظ الأدلّة، وأُبلغ في التطبيق، وأتواصل مع الشرطة المحلية.
    .feedback = خيار جيد. المنصّات والشرطة تستطيع أن تتصرّف، أينما كنت تعيش.
# Action (not helpful).
q-no-local-line-nothing-to-do = لا أفعل شيئًا، لأنه لا يوجد هنا خطّ ساخن مثل الذي في الولايات المتحدة.
    .feedback = ما زالت هناك مساعدة. الشرطة والمنصّات وخطوط مساعدة الأطفال موجودة في معظم البلدان.
# Action (not helpful).
q-no-local-line-name-them-online = أنشر اسم المستخدم الخاص بالشخص على الإنترنت لأفضحه.
    .feedback = هذا قد يكشف طفلك ويُنبّه الشخص قبل أن تستطيع الشرطة التصرّف. أبلِغ بشكل خاص بدلًا من ذلك.

# Question: true or false about hearing back. The right answer is "true".
q-may-not-hear-back = بعد أن تُبلغ، قد لا تعرف كل تفاصيل ما يحدث بعد ذلك.
    .hint = فكّر فيما قالته البطاقة عن الوقت والتحديثات.
    .explanation = نعم. المراجعات وعمل الشرطة تستغرق وقتًا، وبعض التفاصيل تبقى سرّية. عدم وصول ردّ لا يعني أن شيئًا لم يحدث.
# Feedback if the caregiver picks "true" (right).
q-may-not-hear-back-true =
    .feedback = صحيح. بلاغك يبقى مهمًّا، حتى لو لم تعرف إلا القليل. احتفظ بالأدلّة في حال طلبتها الشرطة.
# Feedback if the caregiver picks "false" (wrong).
q-may-not-hear-back-false =
    .feedback = ليس تمامًا. قد لا تعرف كل التفاصيل. هذا لا يعني أن البلاغ أُهمل.

# Question: multiple choice, "choose all that apply".
q-support-after-report = أيّ هذه يساعد الطفل بعد الإبلاغ؟ اختر كل الإجابات المناسبة.
    .hint = فكّر في الأمان، والشعور بالتحكّم، والروتين.
    .explanation = الروتين، وسماعه أن الأمر ليس ذنبه، وأن يكون له رأي في القرارات، وعرض الاستشارة كلها تساعد. أمّا الصمت والمنع فقد يجعلان الطفل يشعر أنه معاقَب أو وحيد.
# Answer option (helps).
q-support-after-report-keep-routines = الحفاظ على الروتين اليومي طبيعيًا قدر الإمكان
    .feedback = نعم. الروتين يساعد الطفل على أن يشعر بالأمان من جديد.
# Answer option (helps).
q-support-after-report-repeat-not-fault = تذكيره، مرارًا، بأن الأمر ليس ذنبه
    .feedback = نعم. الأطفال كثيرًا ما يلومون أنفسهم. سماع ذلك مرة بعد مرة يساعد.
# Answer option (helps).
q-support-after-report-involve-in-decisions = إشراكه في القرارات، مثل مَن يحتاج أيضًا إلى أن يعرف
    .feedback = نعم. هذا يعيد إليه بعض الشعور بالتحكّم الذي سُلب منه.
# Answer option (helps).
q-support-after-report-offer-counselling = عرض التحدّث إلى مستشار أو طبيب أو خطّ مساعدة
    .feedback = نعم. الدعم الإضافي يساعد مع المشاعر التي تستمرّ أسابيع.
# Answer option (does not help).
q-support-after-report-never-mention-again = عدم ذكر الأمر أبدًا مرة أخرى
    .feedback = ليس تمامًا. الصمت قد يبدو كالعار. أخبِر طفلك أنه يستطيع أن يتحدّث عن الأمر في أي وقت.
# Answer option (does not help).
q-support-after-report-ban-all-devices = منع كل الأجهزة شهورًا
    .feedback = ليس تمامًا. قد يبدو هذا عقابًا له لأنه أخبر، ويعزله عن أصدقائه.

# Question: sort tasks into who handles them.
q-who-does-what = صنّف كل مهمّة حسب الجهة التي تتولّاها عادةً.
    .hint = فكّر فيمن يستطيع حذف المحتوى، ومَن يستطيع التحقيق، وما الذي يستخدم «hash».
    .explanation = المنصّات تحذف الحسابات والمنشورات. وCyberTipline (في الولايات المتحدة) والشرطة تتعاملان مع الجرائم مثل تهديد طفل. وTake It Down تساعد على حذف الصور العارية لمن هم دون 18 باستخدام بصمة رقمية (hash).
# Group name.
q-who-does-what-platform = التطبيق أو المنصّة
# Group name.
q-who-does-what-cybertipline-or-police = CyberTipline (في الولايات المتحدة) أو الشرطة
# Group name.
q-who-does-what-take-it-down = خدمة Take It Down
# Item to sort (platform).
q-who-does-what-remove-account = حذف حساب يخالف القواعد
    .feedback = المنصّات تستطيع أن تغلق الحسابات على خدمتها.
# Item to sort (platform).
q-who-does-what-remove-posts = حذف منشور أو تعليق مؤذٍ
    .feedback = المنصّات تحذف المحتوى الذي يخالف قواعدها.
# Item to sort (CyberTipline or police).
q-who-does-what-investigate-crime = التحقيق في جريمة ضدّ طفل
    .feedback = الشرطة تحقّق في الجرائم. وفي الولايات المتحدة، يحيل CyberTipline البلاغات إليها.
# Item to sort (CyberTipline or police).
q-who-does-what-threats-to-a-child = تعقّب الشخص الذي يهدّد بنشر صورة طفل
    .feedback = تهديدات كهذه جريمة. الشرطة تستطيع تتبّع الشخص، لذلك أبلِغ عنها إلى CyberTipline أو الشرطة.
# Item to sort (Take It Down).
q-who-does-what-hash-removal = صنع بصمة رقمية (hash) لصورة لتجد المواقع نسخها
    .feedback = Take It Down تصنع البصمة على جهازك، فلا تخرج الصورة منه أبدًا.
# Item to sort (Take It Down).
q-who-does-what-nude-image-under-18 = المساعدة على حذف صور عارية لشخص دون 18
    .feedback = هذا ما صُمّمت Take It Down من أجله.

# Question: single choice about the caregiver's own feelings.
q-caregiver-feelings = بعد الإبلاغ، تشعر بالغضب وتسأل نفسك باستمرار كيف فاتك الأمر. ما الذي يساعد أكثر؟
    .hint = مَن يعتني بالشخص الذي يعتني بطفلك؟
    .explanation = المشاعر القوية طبيعية. المعتدون يُخفون ما يفعلون، فلا أحد يرى كل خطر. التحدّث إلى أحد يساعدك على أن تبقى متماسكًا من أجل طفلك.
# Answer option (right).
q-caregiver-feelings-normal-get-support = أن تعرف أن هذه المشاعر طبيعية، وأن تتحدّث إلى شخص تثق به
    .feedback = نعم. دعمك أنت يساعدك على دعم طفلك.
# Answer option (wrong).
q-caregiver-feelings-hide-feelings = أن تُخفي مشاعرك وتمضي وحدك
    .feedback = ليس تمامًا. حمل ذلك وحدك صعب. طلب الدعم قوّة.
# Answer option (wrong).
q-caregiver-feelings-blame-yourself = أن تقرّر أنه فشل منك كأب أو أم
    .feedback = ليس تمامًا. مَن يستهدفون الأطفال يُخفون ما يفعلون. الشخص الذي تسبّب في الأذى هو المسؤول.

# Question: true or false about reporting after a delay. The right answer is "true".
q-waited-weeks = إذا انتظر طفلك أسابيع قبل أن يخبرك، فما زال الإبلاغ يستحقّ العناء.
    .hint = هل تنتهي الأدلّة أو المساعدة بعد بضعة أسابيع؟
    .explanation = نعم. كثير من الأطفال ينتظرون قبل أن يُخبروا. البلاغات ما زالت تساعد، وطفلك ما زال يستحقّ الدعم. ليس ذنبه أنه انتظر.
# Feedback if the caregiver picks "true" (right).
q-waited-weeks-true =
    .feedback = صحيح. أبلِغ على أيّ حال، واشكر طفلك لأنه أخبرك عندما استطاع.
# Feedback if the caregiver picks "false" (wrong).
q-waited-weeks-false =
    .feedback = ليس تمامًا. البلاغات ما زالت تساعد بعد أسابيع أو شهور. كثير من الأطفال يحتاجون إلى وقت قبل أن يشعروا أنهم قادرون على الإخبار.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = جرّب أن تسأل: «هل تعرف كيف تُبلغ عن أحد في التطبيقات التي تستخدمها؟ هل تستطيع أن تُريني؟» ثم قل: «إذا أبلغت عن شيء يومًا ما، أو أردت أن تُبلغ، فتستطيع أن تخبرني. سأساعدك، ولن تُلام.»
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اسأل المجموعة: ما المخاوف التي قد تمنع أسرة من الإبلاغ؟ اشرحوا خطوة بخطوة ما يحدث بعد بلاغ إلى منصّة وبلاغ إلى الشرطة، واكتبوا قائمة بالأماكن التي يستطيع الناس في بلدكم الحصول على الدعم منها.
