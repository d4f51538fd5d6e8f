# SafeSteps — MIT OR Apache-2.0

### Lesson: Block and report (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Teach the skill step by step; make reporting feel safe.

# Lesson name on the lesson card.
lesson-title = الحظر والإبلاغ
# One line under the lesson name.
lesson-summary = تعلّم كيف يعمل الكتم والحظر والإبلاغ، وماذا يحدث بعد أن تُبلغ، ومَن يمكنه أن يساعدك.

# Card 1: the three tools: mute, block, report.
card-three-tools =
    في معظم الألعاب والتطبيقات ثلاث أدوات.
    الكتم يعني أنك لم تعد ترى شخصًا أو تسمعه.
    الحظر يعني أنه لا يستطيع أن يراسلك أو يضيفك.
    الإبلاغ يخبر التطبيق أن شخصًا خالف القواعد.
    لتجدها، اضغط على اسم اللاعب، أو على النقاط الثلاث بجانب الرسالة.
# Card 2: when to use the tools.
card-when-to-use =
    يمكنك أن تستخدم هذه الأدوات كلما جعلك أحد تشعر بالضيق أو بعدم الأمان أو بالضغط.
    ربما يرسل رسائل مؤذية أو يطلب صورًا. وربما لا يتوقّف عن مراسلتك.
    لا تحتاج إلى سبب كبير. هذه مساحتك.
    يمكنك أن تحظر شخصًا حتى لو كنت تحبّه من قبل.
# Card 3: save proof before blocking; never save or send private pictures.
card-save-proof =
    قبل أن تحظر، احفظ الدليل.
    التقط لقطات شاشة للرسائل ولاسم المستخدم الخاص بالشخص. لا تحذف الدردشة.
    لقطات الشاشة تساعد التطبيق والكبار على رؤية ما حدث.
    إذا أرسل لك أحد صورة خاصة، فلا تحفظها، ولا تلتقط لها لقطة شاشة، ولا ترسلها لغيرك. أخبِر شخصًا كبيرًا تثق به.
# Card 4: what happens after a report.
card-after-a-report =
    ماذا يحدث بعد أن تُبلغ؟ يراجع البلاغ أشخاص يعملون في التطبيق.
    معظم التطبيقات لا تخبر الشخص أنك أنت مَن أبلغ عنه.
    قد يحذّره التطبيق، أو يحذف منشوراته، أو يغلق حسابه.
    قد يستغرق ذلك وقتًا، وقد لا يصلك ردّ. لا بأس.
    الإبلاغ يساعد مع ذلك على حمايتك وحماية الآخرين.
# Card 5: tell a trusted adult; not the child's fault; Help.
card-tell-an-adult =
    لست مضطرًا إلى أن تفعل هذا وحدك. أخبِر شخصًا كبيرًا تثق به.
    يمكنه أن يساعدك على حفظ الدليل، والإبلاغ، وفحص إعداداتك. وعليه ألّا يلومك.
    إذا أزعجك أحد على الإنترنت، فهذا ليس ذنبك.
    ويمكنك أيضًا أن تضغط على «مساعدة» لتجد شخصًا تتحدّث إليه.

# Question: single choice about which tool stops messages.
q-stop-messages = شخص لا يتوقّف عن مراسلتك في لعبة. أيّ أداة تمنعه من مراسلتك؟
    .hint = أيّ أداة تمنعه من الوصول إليك أصلًا؟
    .explanation = الحظر يمنع الشخص من مراسلتك أو إضافتك. الكتم يخفيه عنك فقط. احفظ الدليل أولًا، وأبلِغ أيضًا.
# Answer option (right).
q-stop-messages-block = الحظر
    .feedback = نعم! الحظر يمنعه من مراسلتك. احفظ الدليل أولًا، وأبلِغ عنه أيضًا.
# Answer option (wrong).
q-stop-messages-mute = الكتم
    .feedback = ليس تمامًا. الكتم يخفيه عنك، لكنه قد يظلّ يرسل أشياء. الحظر يوقف الرسائل.
# Answer option (wrong).
q-stop-messages-change-avatar = أغيّر صورتي الرمزية
    .feedback = ليس تمامًا. الشكل الجديد لا يوقفه. الحظر هو الأداة التي توقفه.

# Question: sort what each tool does into three groups.
q-which-tool = أيّ أداة تفعل ماذا؟ ضع كل واحدة في المجموعة المناسبة.
    .hint = تذكّر البطاقة عن الأدوات الثلاث. ماذا تفعل كل واحدة منها؟
    .explanation = الكتم يجعلك لا ترى شخصًا ولا تسمعه. الحظر يمنعه من الوصول إليك. الإبلاغ يطلب من التطبيق أن يراجع ويتصرّف.
# Group name.
q-which-tool-mute = الكتم
# Group name.
q-which-tool-block = الحظر
# Group name.
q-which-tool-report = الإبلاغ
# Item to sort (mute).
q-which-tool-stop-hearing = لم أعد أسمعه في الدردشة الصوتية.
    .feedback = هذا هو الكتم. لم تعد تسمعه، لكنه ما زال في اللعبة.
# Item to sort (mute).
q-which-tool-hide-chat = لم أعد أرى رسائله، لكننا نبقى في اللعبة نفسها.
    .feedback = هذا هو الكتم. يخفيه عنك.
# Item to sort (block).
q-which-tool-no-more-messages = لم يعد يستطيع أن يراسلني.
    .feedback = هذا هو الحظر. يمنعه من الوصول إليك.
# Item to sort (block).
q-which-tool-no-friend-requests = لا يستطيع أن يرسل لي طلبات صداقة.
    .feedback = هذا هو الحظر. لا يستطيع أن يضيفك.
# Item to sort (report).
q-which-tool-app-checks-rules = التطبيق يراجع هل خالف القواعد.
    .feedback = هذا هو الإبلاغ. أشخاص في التطبيق ينظرون فيما فعله.
# Item to sort (report).
q-which-tool-app-can-close-account = التطبيق يستطيع أن يغلق حسابه.
    .feedback = هذا هو الإبلاغ. التطبيق يستطيع أن يتصرّف إذا خالف القواعد.

# Question: single choice about what to do before blocking.
q-before-blocking = شخص يرسل لك رسائل مؤذية. ماذا تفعل قبل أن تحظره؟
    .hint = ما الذي سيساعد التطبيق والشخص الكبير على رؤية ما حدث؟
    .explanation = التقط أولًا لقطات شاشة للرسائل ولاسم المستخدم الخاص به. ثم احظره، وأبلِغ عنه، وأخبِر شخصًا كبيرًا تثق به.
# Answer option (right).
q-before-blocking-take-screenshots = ألتقط لقطات شاشة للرسائل ولاسم المستخدم الخاص به.
    .feedback = نعم! لقطات الشاشة دليل. تساعدك عندما تُبلغ وعندما تخبر شخصًا كبيرًا.
# Answer option (wrong).
q-before-blocking-delete-chat = أحذف الدردشة حتى لا أضطرّ إلى رؤيتها.
    .feedback = ليس تمامًا. من المفهوم أن تريد التخلّص منها. لكن الدردشة دليل، فاحفظها أولًا.
# Answer option (wrong).
q-before-blocking-reply-angry = أرسل ردًّا غاضبًا.
    .feedback = ليس تمامًا. الردّ قد يزيد الأمر سوءًا. احفظ الدليل، ثم احظره وأبلِغ عنه.

# Question: a scenario. The situation is shown first, then the question.
q-aisha-game = ماذا يمكن أن تفعل عائشة؟
    .situation = عائشة، 10 سنوات، تلعب لعبة على الإنترنت. لاعب لا يتوقّف عن مراسلتها: «لماذا لا تردّين؟ أضيفيني على تطبيق آخر.» قالت «لا»، لكنه يستمرّ.
    .hint = قالت عائشة «لا» ولم يتوقّف. أيّ أدوات يمكن أن تساعد؟ مَن يمكنه أن يساعد؟
    .explanation = يمكن لعائشة أن تحفظ الدليل، ثم تحظره وتُبلغ عنه، وتخبر شخصًا كبيرًا تثق به. وإخبار شخص كبير أولًا جيد أيضًا. الردّ أو السكوت يتركانها وحدها.
# Action (best).
q-aisha-game-save-block-report-tell = تلتقط لقطات شاشة، وتحظره وتُبلغ عنه، ثم تخبر شخصًا كبيرًا تثق به.
    .feedback = أفضل خيار! عائشة تستخدم كل الأدوات، والشخص الكبير يستطيع أن يساعدها. هذا ليس ذنبها.
# Action (also good).
q-aisha-game-tell-adult-first = تخبر فورًا شخصًا كبيرًا تثق به، وتطلب المساعدة.
    .feedback = خيار جيد. الشخص الكبير يستطيع أن يساعدها على حفظ الدليل والحظر والإبلاغ.
# Action (not helpful).
q-aisha-game-reply-once-more = تردّ مرة أخرى وتطلب منه بلطف أن يتوقّف.
    .feedback = ليس تمامًا. لقد قالت «لا» من قبل. الردّ قد يجعله يستمرّ في الكلام. الحظر يوقف ذلك.
# Action (not helpful).
q-aisha-game-keep-quiet = تسكت وتتمنّى أن يتوقّف.
    .feedback = ليس تمامًا. ربما لا يتوقّف. عائشة ليست مضطرة إلى أن تتعامل مع هذا وحدها.

# Question: true or false about whether the reported person is told.
q-they-know-who = عندما تُبلغ عن شخص، تخبره معظم التطبيقات مَن أبلغ عنه.
    .hint = تذكّر البطاقة عمّا يحدث بعد الإبلاغ.
    .explanation = معظم التطبيقات لا تخبر الشخص أنك أنت مَن أبلغ عنه. هذا يجعل الإبلاغ آمنًا.
# Feedback if the child picks "true" (wrong).
q-they-know-who-true =
    .feedback = ليس تمامًا. معظم التطبيقات تخفي اسمك عن الشخص الذي تُبلغ عنه. هذا يساعدك على الشعور بالأمان.
# Feedback if the child picks "false" (right).
q-they-know-who-false =
    .feedback = نعم! معظم التطبيقات لا تخبره مَن أبلغ عنه. الإبلاغ يساعد على حمايتك وحماية الآخرين.

# Question: multiple choice, "choose all that apply".
q-after-you-report = ماذا يمكن أن يحدث بعد أن تُبلغ عن شخص؟ اختر كل الإجابات المناسبة.
    .hint = ماذا يستطيع التطبيق أن يفعل إذا خالف أحد القواعد؟
    .explanation = التطبيق يراجع البلاغ. قد يحذّر الشخص، أو يحذف منشوراته، أو يغلق حسابه. ولا ينشر اسمك.
# Answer option (can happen).
q-after-you-report-app-checks = أشخاص في التطبيق يراجعون البلاغ.
    .feedback = هذا يمكن أن يحدث. أشخاص في التطبيق ينظرون فيما أُرسِل.
# Answer option (can happen).
q-after-you-report-warns-them = التطبيق يحذّر الشخص.
    .feedback = هذا يمكن أن يحدث. التحذير يقول له أن يتوقّف.
# Answer option (can happen).
q-after-you-report-removes-posts = التطبيق يحذف منشورات.
    .feedback = هذا يمكن أن يحدث. المنشورات التي تخالف القواعد يمكن أن تُحذف.
# Answer option (can happen).
q-after-you-report-closes-account = التطبيق يغلق حسابه.
    .feedback = هذا يمكن أن يحدث إذا خالف القواعد.
# Answer option (does not happen).
q-after-you-report-posts-your-name = التطبيق ينشر اسمك ليراه الجميع.
    .feedback = ليس تمامًا. التطبيقات لا تنشر اسمك. ومعظمها يبقيه سرّيًا.
# Answer option (does not happen).
q-after-you-report-nothing-ever = لا شيء أبدًا. البلاغات لا تفعل شيئًا.
    .feedback = ليس تمامًا. قد لا يصلك ردّ، لكن البلاغات تساعد التطبيقات على حماية الناس.

# Question: true or false about blocking someone you liked before.
q-block-a-friend = يمكنك أن تحظر شخصًا حتى لو كنتما صديقين من قبل.
    .hint = هل هذه مساحتك لتختار مَن يستطيع الوصول إليك؟
    .explanation = نعم. يمكنك أن تحظر أيّ شخص يجعلك تشعر بالضيق أو بعدم الأمان أو بالضغط، حتى لو كان صديقًا.
# Feedback if the child picks "true" (right).
q-block-a-friend-true =
    .feedback = نعم! هذه مساحتك. يمكنك أن تحظر أيّ شخص يجعلك تشعر بالسوء.
# Feedback if the child picks "false" (wrong).
q-block-a-friend-false =
    .feedback = ليس تمامًا. كونك أحببت شخصًا من قبل لا يعني أنك مضطر إلى مواصلة الكلام معه. يمكنك أن تحظره.

# Question: single choice about an unwanted private picture.
q-unwanted-picture = لاعب يرسل لك صورة خاصة لم تطلبها. ماذا تفعل؟
    .hint = هل هذا شيء تحتفظ به، أو ترسله لغيرك، أو تخبر عنه شخصًا كبيرًا؟
    .explanation = لا تحفظها، ولا تلتقط لها لقطة شاشة، ولا ترسلها لغيرك، ولا حتى كدليل. أخبِر شخصًا كبيرًا تثق به. يمكنه أن يساعدك على الإبلاغ عنها. هذا ليس ذنبك.
# Answer option (right).
q-unwanted-picture-dont-save-tell-adult = لا أحفظها ولا أرسلها لغيري. أخبر شخصًا كبيرًا أثق به.
    .feedback = نعم! الشخص الكبير يستطيع أن يساعدك على الإبلاغ عنها. ليس ذنبك أنه أرسلها.
# Answer option (wrong).
q-unwanted-picture-send-as-proof = أرسلها إلى صديق كدليل.
    .feedback = ليس تمامًا. إرسالها لغيرك ينشرها أكثر. أخبِر شخصًا كبيرًا، ويمكنه أن يساعدك على الإبلاغ عنها.
# Answer option (wrong).
q-unwanted-picture-keep-it-secret = أجعلها سرًّا حتى لا ينزعج أحد.
    .feedback = ليس تمامًا. سرّ مثل هذا نحكيه. الشخص الكبير الذي تثق به سيرغب في مساعدتك.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اسأل: أين أزرار الكتم والحظر والإبلاغ في الألعاب والتطبيقات التي تستخدمونها؟ لماذا قد لا يرغب أحد في الإبلاغ، وما الذي قد يجعله أسهل؟ مَن يمكنه أن يساعدك على حفظ الدليل؟
