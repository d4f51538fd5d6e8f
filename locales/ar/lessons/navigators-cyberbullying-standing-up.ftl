# SafeSteps — MIT OR Apache-2.0

### Lesson: Cyberbullying and standing up (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Some readers may be bullied, some may have joined in: never shame either.

# Lesson name on the lesson card.
lesson-title = التنمّر على الإنترنت والوقوف مع الآخرين
# One line under the lesson name.
lesson-summary = تعلّم ما هو التنمّر على الإنترنت، وماذا تفعل إذا حدث لك، وكيف تساعد عندما يحدث لغيرك.

# Card 1: what cyberbullying is.
card-what-it-is =
    التنمّر على الإنترنت هو أن يستخدم أحد الألعاب أو الدردشة أو التطبيقات ليؤذي شخصًا مرة بعد مرة.
    قد يكون رسائل أو تعليقات مؤذية.
    قد يكون إبعاد شخص عن مجموعة دردشة عن قصد.
    قد يكون نشر صورة للسخرية منه.
    قد يكون حسابًا مزيّفًا يتظاهر بأنه هو.
# Card 2: how it feels; not the child's fault.
card-how-it-feels =
    التنمّر على الإنترنت قد يجعلك تشعر بالحزن أو الخوف أو الغضب أو الوحدة.
    قد تشعر كأنه يلاحقك إلى البيت عبر هاتفك.
    هذه المشاعر حقيقية، ومهمّة.
    إذا كان هذا يحدث لك، فهذا ليس ذنبك. لا أحد يستحق أن يتعرّض للتنمّر.
# Card 3: what to do if you are bullied online.
card-what-to-do =
    إذا تنمّر عليك أحد على الإنترنت، فهذا ما يمكنك أن تفعله.
    لا تردّ. الردّ قد يزيد الأمر سوءًا.
    احفظ الرسائل بلقطات شاشة.
    احظر الشخص، وأبلِغ عنه في التطبيق.
    أخبِر شخصًا كبيرًا تثق به، مثل أحد والديك أو مَن يرعاك أو معلّمك.
# Card 4: being an upstander.
card-be-an-upstander =
    المُساند هو مَن يساعد عندما يرى تنمّرًا.
    أرسل للشخص رسالة لطيفة، مثل «هل أنت بخير؟»
    لا تضع إعجابًا على المنشورات المؤذية، ولا تشاركها، ولا تضحك عليها.
    أبلِغ عن المنشور، وأخبِر شخصًا كبيرًا تثق به.
    لست مضطرًا إلى أن تتجادل مع الشخص المؤذي. المساعدة بهدوء لها قيمتها أيضًا.
# Card 5: who to tell; adults should not blame; Help.
card-get-help =
    لست مضطرًا إلى أن تواجه التنمّر وحدك.
    أخبِر شخصًا كبيرًا تثق به. عليه أن يستمع إليك، لا أن يلومك.
    يمكنه أن يساعدك على الإبلاغ، وأن يتحدّث إلى مدرستك إن كان ذلك مفيدًا.
    ويمكنك أيضًا أن تضغط على «مساعدة» لتجد شخصًا تتحدّث إليه.

# Question: multiple choice, "choose all that apply".
q-is-it-bullying = أيّ هذه الأمور تنمّر على الإنترنت؟ اختر كل الإجابات المناسبة.
    .hint = هل هناك مَن يحاول أن يؤذي شخصًا أو يبعده، مرة بعد مرة؟
    .explanation = التعليقات المؤذية، وإبعاد شخص عن قصد، والحسابات المزيّفة، ونشر الصور للسخرية من أحد، كلها تنمّر على الإنترنت. أمّا الفوز في لعبة أو تشجيع فريق مختلف فليس تنمّرًا.
# Answer option (cyberbullying).
q-is-it-bullying-mean-comments-daily = شخص يترك تعليقات مؤذية على فيديوهات طفل كل يوم.
    .feedback = هذا تنمّر على الإنترنت. الهدف منه الإيذاء، وهو يتكرّر.
# Answer option (cyberbullying).
q-is-it-bullying-left-out-on-purpose = مجموعة تنشئ دردشة جديدة فقط لتُبعد طفلًا واحدًا.
    .feedback = هذا تنمّر على الإنترنت. إبعاد شخص عن قصد قد يؤذيه كثيرًا.
# Answer option (cyberbullying).
q-is-it-bullying-fake-account = شخص ينشئ حسابًا مزيّفًا ليتظاهر بأنه زميل في الصف.
    .feedback = هذا تنمّر على الإنترنت. التظاهر بأنك شخص آخر قد يجعل الآخرين يسيئون الظنّ به.
# Answer option (cyberbullying).
q-is-it-bullying-shares-photo-to-mock = شخص ينشر صورة لطفل ليسخر منه.
    .feedback = هذا تنمّر على الإنترنت. نشر صورة للسخرية من أحد يؤذيه.
# Answer option (not cyberbullying).
q-is-it-bullying-wins-fair-and-square = صديقك يفوز عليك في لعبة ويقول: «لعبة رائعة.»
    .feedback = ليس تمامًا. الفوز بعدل مع اللطف ليس تنمّرًا.
# Answer option (not cyberbullying).
q-is-it-bullying-likes-other-team = شخص يقول إنه يشجّع فريقًا غير فريقك.
    .feedback = ليس تمامًا. أن نحبّ أشياء مختلفة أمر طبيعي. هذا ليس تنمّرًا.

# Question: true or false about replying to a bully.
q-reply-back = إذا أرسل لك أحد رسائل مؤذية، فالأفضل أن تردّ عليه بردّ مؤذٍ.
    .hint = ماذا قد يحدث إذا رددت؟
    .explanation = الردّ قد يزيد الأمر سوءًا. احفظ الرسائل، واحظر، وأبلِغ، وأخبِر شخصًا كبيرًا تثق به.
# Feedback if the child picks "true" (wrong).
q-reply-back-true =
    .feedback = ليس تمامًا. من الطبيعي أن تغضب. لكن الردّ قد يزيد الأمر سوءًا. احفظ، واحظر، وأبلِغ، وأخبِر.
# Feedback if the child picks "false" (right).
q-reply-back-false =
    .feedback = نعم! لا تردّ. احفظ الرسائل، واحظر، وأبلِغ، وأخبِر شخصًا كبيرًا تثق به.

# Question: a scenario. The situation is shown first, then the question.
q-no-ellie-chat = ماذا يمكن أن يفعل تامر؟
    .situation = تامر، 11 سنة، أُضيف إلى مجموعة دردشة للصف اسمها «من غير ليلى». الناس ينشرون فيها نكاتًا مؤذية عن ليلى.
    .hint = كيف يستطيع تامر أن يساعد ليلى من غير أن يكبّر المشكلة؟
    .explanation = يستطيع تامر أن يكون مُساندًا. يمكنه أن يطمئنّ على ليلى ويخبر شخصًا كبيرًا يثق به. والإبلاغ عن الدردشة وعدم المشاركة فيها يساعدان أيضًا. الضحك أو إعادة النشر يزيدان الأمر سوءًا.
# Action (best).
q-no-ellie-chat-support-and-tell = يرسل إلى ليلى رسالة لطيفة، ويخبر شخصًا كبيرًا يثق به.
    .feedback = أفضل خيار! ليلى تعرف أن هناك مَن يهتمّ بها، والشخص الكبير يستطيع أن يساعد على إيقاف ذلك.
# Action (also good).
q-no-ellie-chat-report-dont-join = لا يشارك. يُبلغ عن الدردشة، ثم يغادرها.
    .feedback = خيار جيد. عدم المشاركة والإبلاغ يساعدان. وإخبار شخص كبير أيضًا أفضل من ذلك.
# Action (not helpful).
q-no-ellie-chat-send-laughing-face = يرسل وجهًا ضاحكًا ليكون مثل الباقين.
    .feedback = ليس تمامًا. قد يكون صعبًا أن تكون مختلفًا عن الباقين. لكن الوجه الضاحك يقول للمؤذين إن ما يفعلونه مقبول.
# Action (not helpful).
q-no-ellie-chat-screenshot-to-friends = يرسل لقطات شاشة إلى أصدقاء آخرين ليروا ما يحدث.
    .feedback = ليس تمامًا. مشاركتها تنشرها أكثر. احفظ لقطات الشاشة فقط لتُريها لشخص كبير أو لتُبلغ.

# Question: single choice about what to do when being bullied.
q-priya-comments = رنا تصلها تعليقات مؤذية على كل فيديو تنشره. ماذا يمكنها أن تفعل؟
    .hint = تذكّر الخطوات في بطاقة «ماذا تفعل».
    .explanation = يمكن لرنا أن تحفظ التعليقات، وتحظر الشخص وتُبلغ عنه، وتخبر شخصًا كبيرًا تثق به. هذا ليس ذنبها.
# Answer option (right).
q-priya-comments-save-block-report-tell = تلتقط لقطات شاشة، وتحظر وتُبلغ، وتخبر شخصًا كبيرًا تثق به.
    .feedback = نعم! هذه الخطوات تساعدها على إيقاف الأمر والحصول على الدعم. هذا ليس ذنبها.
# Answer option (wrong).
q-priya-comments-post-mean-reply = تنشر ردًّا مؤذيًا ليعرفوا كيف يكون الشعور.
    .feedback = ليس تمامًا. من المفهوم أن تغضب. لكن الردّ قد يزيد الأمر سوءًا.
# Answer option (wrong).
q-priya-comments-quit-and-tell-no-one = تتوقّف عن النشر ولا تخبر أحدًا.
    .feedback = ليس تمامًا. رنا ليست مضطرة إلى أن تواجه هذا وحدها. الشخص الكبير الذي تثق به يستطيع أن يساعدها.

# Question: single choice about what an upstander is.
q-upstander-means = مَن هو المُساند؟
    .hint = فكّر في عبارة «يقف مع».
    .explanation = المُساند يساعد بطريقة آمنة. يدعم الشخص، ولا يعيد النشر، ويُبلغ، ويخبر شخصًا كبيرًا.
# Answer option (right).
q-upstander-means-helps-safely = شخص يساعد مَن يتعرّض للتنمّر بطريقة آمنة.
    .feedback = نعم! الكلام اللطيف، والإبلاغ، وإخبار شخص كبير، كلها خطوات يقوم بها المُساند.
# Answer option (wrong).
q-upstander-means-just-watches = شخص يرى التنمّر لكنه يبقى بعيدًا عنه.
    .feedback = ليس تمامًا. هذا متفرّج. المُساند يفعل شيئًا ليساعد.
# Answer option (wrong).
q-upstander-means-bullies-back = شخص ينشر كلامًا مؤذيًا ضدّ الشخص المؤذي.
    .feedback = ليس تمامًا. الردّ بالإيذاء قد يكبّر المشكلة. المُساندون يساعدون بطريقة آمنة.

# Question: sort actions into two groups.
q-helps-or-not = شخص ينشر فيديو مؤذيًا عن طفل في صفّك. ضع كل تصرّف في المجموعة المناسبة.
    .hint = هل يساعد الطفل، أم ينشر المنشور المؤذي؟
    .explanation = الرسالة اللطيفة، والإبلاغ، وإخبار شخص كبير تساعد. أمّا الإعجاب أو المشاركة أو إضافة نكتة فتنشر الأذى.
# Group name.
q-helps-or-not-helps = يساعد
# Group name.
q-helps-or-not-does-not-help = لا يساعد
# Item to sort (helps).
q-helps-or-not-kind-message = أرسل إلى الطفل رسالة لطيفة.
    .feedback = هذا يساعد. يُظهر له أنه ليس وحده.
# Item to sort (helps).
q-helps-or-not-report-post = أبلِغ عن الفيديو.
    .feedback = هذا يساعد. التطبيق يستطيع أن يحذفه.
# Item to sort (helps).
q-helps-or-not-tell-adult = أخبِر شخصًا كبيرًا تثق به.
    .feedback = هذا يساعد. الشخص الكبير يستطيع أن يساعد على إيقافه.
# Item to sort (does not help).
q-helps-or-not-like-mean-post = ضع إعجابًا على الفيديو.
    .feedback = هذا لا يساعد. الإعجاب يقول للمتنمّر إن الناس موافقون.
# Item to sort (does not help).
q-helps-or-not-share-mean-post = شارك الفيديو مع أصدقائك.
    .feedback = هذا لا يساعد. المشاركة تجعل ناسًا أكثر يرونه.
# Item to sort (does not help).
q-helps-or-not-add-a-mean-joke = أضف نكتة في التعليقات.
    .feedback = هذا لا يساعد. النكتة تزيد الأذى.

# Question: true or false about blame. The right answer is "true".
q-not-to-blame = إذا تعرّضت للتنمّر على الإنترنت، فهذا ليس ذنبك.
    .hint = مَن الذي يختار أن يؤذي؟
    .explanation = المتنمّر هو الذي يخطئ. لا أحد يستحق أن يتعرّض للتنمّر.
# Feedback if the child picks "true" (right).
q-not-to-blame-true =
    .feedback = نعم! هذا ليس ذنبك أبدًا. أخبِر شخصًا كبيرًا تثق به، أو اضغط على «مساعدة».
# Feedback if the child picks "false" (wrong).
q-not-to-blame-false =
    .feedback = ليس تمامًا. لا أحد يستحق أن يتعرّض للتنمّر. الشخص المؤذي هو الذي يخطئ.

# Question: true or false about changing after joining in. The right answer is "true".
q-joined-in-before = إذا ضحكت على منشور مؤذٍ من قبل، فما زال بإمكانك أن تكون مُساندًا الآن.
    .hint = هل يمكنك أن تختار اختيارًا جديدًا اليوم؟
    .explanation = نعم. أيّ شخص يستطيع أن يختار المساعدة. يمكنك أن تبدأ الآن، برسالة لطيفة أو بإخبار شخص كبير.
# Feedback if the child picks "true" (right).
q-joined-in-before-true =
    .feedback = نعم! يمكنك أن تختار اختيارًا جديدًا في أي وقت. المساعدة الآن لها قيمتها.
# Feedback if the child picks "false" (wrong).
q-joined-in-before-false =
    .feedback = ليس تمامًا. كلنا نستطيع أن نختار اختيارًا جديدًا. يمكنك أن تساعد الآن، ولهذا قيمته.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اسأل: ما الذي يجعل الوقوف مع الآخرين على الإنترنت صعبًا؟ فكّروا في أشياء صغيرة وآمنة يمكنكم فعلها للمساعدة. مَن يمكنكم أن تخبروه إذا تعرّضتم أنتم أو أحد أصدقائكم للتنمّر؟
