# SafeSteps — MIT OR Apache-2.0

### Lesson: Online friends and people you know (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Not only about strangers: watch what people do, whoever they are. Never describe abuse.

# Lesson name on the lesson card.
lesson-title = أصدقاء الإنترنت
# One line under the lesson name.
lesson-summary = أصدقاء الإنترنت قد يكونون ممتعين. تعلّم كيف يختلفون عن الناس الذين تعرفهم، وماذا تفعل إذا شعرت أن شيئًا ليس على ما يرام.

# Card 1: friends in real life and friends online; technology is positive.
card-online-and-real-life =
    بعض أصدقائك تعرفهم في الحياة الحقيقية. هم في مدرستك أو في ناديك، أو من عائلتك.
    وأصدقاء آخرون تعرفهم على الإنترنت فقط، من لعبة أو دردشة أو تطبيق فيديو.
    أصدقاء الإنترنت قد يكونون ممتعين جدًا.
    لكن على الإنترنت، لا تستطيع أن ترى مَن يكتب حقًا.
# Card 2: people online can pretend.
card-people-can-pretend =
    قد يقول شخص على الإنترنت إن عمره 11 سنة وهو في الحقيقة شخص بالغ.
    الصورة قد تكون مزيّفة. والصوت قد يُغيَّر بتطبيق.
    لذلك لا يمكنك أن تتأكّد مَن هو الشخص من خلال دردشة.
    احفظ معلوماتك الشخصية خاصة. وأبقِ الدردشات في أماكن يعرفها الكبار الذين يرعونك.
# Card 3: never meet up alone; tell a trusted adult.
card-never-meet-alone =
    صديق من الإنترنت يريد أن يلتقي بك؟ لا تذهب وحدك.
    أخبِر أولًا شخصًا كبيرًا تثق به.
    إذا قال الشخص الكبير إن الأمر مقبول، فعليه أن يذهب معك. التقيا في مكان عام مزدحم.
    الصديق الحقيقي لن يمانع.
    إذا قال أحد «تعالَ وحدك» أو «لا تخبر أحدًا»، فهذه علامة تحذيرية.
# Card 4: most people who harm children are known to them; warning signs matter more.
card-watch-what-they-do =
    معظم الذين يؤذون الأطفال أشخاص يعرفهم الطفل من قبل.
    لذلك المسألة ليست فقط «غريب أم لا».
    انظر إلى ما يفعله الناس. هل يطلبون أسرارًا أو صورًا أو دردشات خاصة؟ هل يعطون هدايا بلا سبب؟ هل يضغطون عليك عندما تقول «لا»؟
    هذه العلامات مهمّة، على الإنترنت أو خارجه، أيًّا كان الشخص.
# Card 5: not the child's fault; who to tell; Help.
card-not-your-fault =
    إذا خدعك أحد على الإنترنت أو جعلك تشعر بالسوء، فهذا ليس ذنبك.
    مَن يخدع طفلًا هو الذي يخطئ.
    أخبِر شخصًا كبيرًا تثق به، مثل أحد والديك أو مَن يرعاك أو معلّمك. وعليه ألّا يلومك.
    ويمكنك أيضًا أن تضغط على «مساعدة» لتجد شخصًا تتحدّث إليه.

# Question: single choice about what you really know about an online friend.
q-what-you-know = تلعب كل يوم لعبة مع كريم. يقول كريم: «عمري 11 سنة أنا أيضًا.» ماذا تعرف حقًا عن كريم؟
    .hint = هل تستطيع أن ترى مَن يكتب؟
    .explanation = على الإنترنت، لا تعرف إلا ما يقوله لك الشخص. الناس قد يتظاهرون بأنهم أصغر أو أكبر. لهذا تبقى المعلومات الشخصية خاصة.
# Answer option (right).
q-what-you-know-only-what-they-say = ما يقوله لي كريم فقط.
    .feedback = نعم! لا تستطيع أن ترى مَن يكتب. ربما يكون عمر كريم 11 سنة، وربما لا.
# Answer option (wrong).
q-what-you-know-they-are-eleven = كريم عمره 11 سنة، لأنه قال ذلك.
    .feedback = ليس تمامًا. أيّ أحد يستطيع أن يكتب «عمري 11 سنة». لا يمكنك أن تتحقّق من ذلك في لعبة.
# Answer option (wrong).
q-what-you-know-voice-proves-it = صوت كريم صغير في الدردشة الصوتية، إذن هو طفل.
    .feedback = ليس تمامًا. الأصوات قد تُغيَّر بتطبيق. الصوت لا يثبت مَن هو الشخص.

# Question: a scenario. The situation is shown first, then the question.
q-ruby-meet-up = ماذا يمكن أن تفعل رُبى؟
    .situation = رُبى، 12 سنة، تلعب لعبة مع «سكاي» منذ شهور. يقول سكاي: «لنلتقِ في الحديقة يوم السبت. تعالَي وحدك. ليكن هذا سرّنا.»
    .hint = ابحث عن العلامات التحذيرية. مَن يستطيع أن يساعد رُبى؟
    .explanation = «تعالَي وحدك» و«سرّنا» علامتان تحذيريتان. على رُبى ألّا تذهب. إخبار شخص كبير تثق به هو الأفضل. وقول «لا» ثم الحظر والإبلاغ يساعد أيضًا.
# Action (best).
q-ruby-meet-up-tell-trusted-adult = لا تذهب. تخبر شخصًا كبيرًا تثق به.
    .feedback = أفضل خيار! الشخص الكبير يستطيع أن يساعد رُبى على البقاء بأمان والإبلاغ عن سكاي. ولا يحقّ لأحد أن يلوم رُبى لأنها أخبرت.
# Action (also good).
q-ruby-meet-up-say-no-block-report = تقول «لا». تحفظ الدردشة، ثم تحظر سكاي وتُبلغ عنه.
    .feedback = خيار جيد. قول «لا» والإبلاغ يساعدان. وإخبار شخص كبير أيضًا أفضل من ذلك.
# Action (not helpful).
q-ruby-meet-up-take-a-friend = تذهب، لكن تأخذ معها صديقة من المدرسة.
    .feedback = ليس تمامًا. طفلان وحدهما ليسا بأمان أيضًا. يجب أن يعرف شخص كبير.
# Action (not helpful).
q-ruby-meet-up-go-but-be-careful = تذهب، لكن تُبقي هاتفها مفتوحًا.
    .feedback = ليس تمامًا. الهاتف لا يجعل الأمر آمنًا. «تعالَي وحدك» علامة تحذيرية. على رُبى أن تخبر شخصًا كبيرًا.

# Question: true or false about meeting an online friend alone.
q-long-chat-meet-alone = إذا دردشت مع صديق من الإنترنت وقتًا طويلًا، فلا بأس أن تلتقي به وحدك.
    .hint = هل الدردشة وقتًا طويلًا تُظهر مَن يكتب حقًا؟
    .explanation = حتى بعد وقت طويل، لا يمكنك أن تتأكّد مَن هو الشخص على الإنترنت. لا تلتقِ بأحد وحدك أبدًا. أخبِر شخصًا كبيرًا تثق به.
# Feedback if the child picks "true" (wrong).
q-long-chat-meet-alone-true =
    .feedback = ليس تمامًا. الدردشة الطويلة لا تُظهر مَن هو الشخص حقًا. أخبِر شخصًا كبيرًا، ولا تلتقِ بأحد وحدك أبدًا.
# Feedback if the child picks "false" (right).
q-long-chat-meet-alone-false =
    .feedback = نعم! لا تلتقِ بأحد وحدك أبدًا. يجب أن يعرف شخص كبير تثق به، وأن يذهب معك.

# Question: multiple choice, "choose all that apply".
q-signs-from-anyone = أيّ هذه الأمور علامات تحذيرية، أيًّا كان مَن يفعلها؟ اختر كل الإجابات المناسبة.
    .hint = اسأل عن كل واحدة: هل سأشعر بالارتياح لو رآها شخص كبير أثق به؟
    .explanation = طلب الأسرار أو الصور، والرغبة في اللقاء على انفراد، والضغط بعد أن تقول «لا» علامات تحذيرية. أمّا إلقاء التحية والحديث عن لعبة فأمر طبيعي.
# Answer option (a warning sign).
q-signs-from-anyone-asks-for-secrets = يطلب منك أن تُبقي دردشاتكما سرًّا.
    .feedback = علامة تحذيرية. الأشخاص الآمنون لا يطلبون منك أن تخفي أشياء عن الكبار في حياتك.
# Answer option (a warning sign).
q-signs-from-anyone-wants-to-meet-alone = يريد أن يلتقي بك وحدك.
    .feedback = علامة تحذيرية. لا تلتقِ بأحد وحدك أبدًا. أخبِر شخصًا كبيرًا تثق به.
# Answer option (a warning sign).
q-signs-from-anyone-asks-for-photos = يطلب صورًا لك.
    .feedback = علامة تحذيرية. يمكنك أن تقول «لا» وتخبر شخصًا كبيرًا.
# Answer option (a warning sign).
q-signs-from-anyone-pushes-after-no = يستمرّ في الضغط بعد أن تقول «لا».
    .feedback = علامة تحذيرية. الصديق الحقيقي يقبل «لا» كجواب.
# Answer option (not a warning sign).
q-signs-from-anyone-says-hi-in-game = يلقي التحية في لعبة.
    .feedback = ليس تمامًا. إلقاء التحية أمر طبيعي وودود.
# Answer option (not a warning sign).
q-signs-from-anyone-talks-about-game = يتحدّث عن اللعبة التي تلعبها.
    .feedback = ليس تمامًا. الحديث عن لعبة أمر طبيعي.

# Question: true or false about who harms children.
q-only-strangers-harm = الذين يؤذون الأطفال هم دائمًا تقريبًا غرباء.
    .hint = تذكّر البطاقة عن الانتباه لما يفعله الناس.
    .explanation = معظم الذين يؤذون الأطفال أشخاص يعرفهم الأطفال من قبل. لهذا تهمّ العلامات التحذيرية أكثر من سؤال «غريب أم لا».
# Feedback if the child picks "true" (wrong).
q-only-strangers-harm-true =
    .feedback = ليس تمامًا. معظمهم أشخاص يعرفهم الطفل. انتبه لما يفعله الناس، لا لمن هم فقط.
# Feedback if the child picks "false" (right).
q-only-strangers-harm-false =
    .feedback = نعم! قد يكون أيّ أحد، حتى شخصًا تعرفه. الانتباه للعلامات يساعدك على طلب المساعدة مبكرًا.

# Question: sort people into two groups.
q-know-or-online = ضع كل شخص في المجموعة المناسبة.
    .hint = هل التقيت به وجهًا لوجه، وعائلتك تعرف مَن هو؟
    .explanation = زميل الصف، وابن العمّ أو الخال، والمدرّب أشخاص تعرفهم في الحياة الحقيقية. أمّا زميل الفريق في لعبة، والمتابع، وصديق الصديق الذي تدردش معه فقط، فهم أشخاص تعرفهم على الإنترنت فقط.
# Group name.
q-know-or-online-real-life = أعرفه في الحياة الحقيقية
# Group name.
q-know-or-online-only-online = أعرفه على الإنترنت فقط
# Item to sort (real life).
q-know-or-online-classmate = طفل في صفّي
    .feedback = تراه في المدرسة. أنت تعرفه في الحياة الحقيقية.
# Item to sort (real life).
q-know-or-online-cousin = ابن عمّي أو ابنة خالتي
    .feedback = أقاربك من عائلتك. أنت تعرفهم في الحياة الحقيقية.
# Item to sort (real life).
q-know-or-online-football-coach = مدرّبي في كرة القدم
    .feedback = ترى مدرّبك في التمرين. أنت تعرفه في الحياة الحقيقية.
# Item to sort (only online).
q-know-or-online-game-teammate = زميل في فريقي في لعبة على الإنترنت
    .feedback = أنت تعرفه من اللعبة فقط. لا تستطيع أن ترى مَن يكتب.
# Item to sort (only online).
q-know-or-online-video-app-follower = متابع لي على تطبيق الفيديو
    .feedback = أنت تعرفه من التطبيق فقط. ربما لا يكون ملفه الشخصي صحيحًا.
# Item to sort (only online).
q-know-or-online-friend-of-a-friend = صديق لصديقي لا أدردش معه إلا على الإنترنت
    .feedback = حتى لو كان صديقك يعرفه، فأنت تعرفه على الإنترنت فقط.

# Question: single choice about warning signs from someone the child knows.
q-cousin-gifts = قريب أكبر منك بدأ يراسلك في وقت متأخر من الليل. يرسل لك هدايا في اللعبة ويقول: «لا تخبر أمّك.» ما هذا؟
    .hint = انظر إلى ما يفعله، لا إلى مَن هو فقط.
    .explanation = الدردشات السرّية والهدايا بلا سبب علامات تحذيرية، حتى من العائلة. أخبِر شخصًا كبيرًا آخر تثق به.
# Answer option (right).
q-cousin-gifts-warning-sign = علامة تحذيرية، مع أنه من العائلة.
    .feedback = نعم! الأسرار والهدايا علامات تحذيرية، أيًّا كان الشخص. أخبِر شخصًا كبيرًا آخر تثق به.
# Answer option (wrong).
q-cousin-gifts-fine-because-family = لا بأس، لأنه من العائلة.
    .feedback = ليس تمامًا. قد تظهر علامات تحذيرية على أفراد العائلة أيضًا. وطلبه أن تخفي سرًّا عن أمّك واحدة منها.
# Answer option (wrong).
q-cousin-gifts-just-a-gift = إنها مجرّد هدية لطيفة.
    .feedback = ليس تمامًا. الهدية التي يأتي معها «لا تخبر أحدًا» علامة تحذيرية.

# Question: true or false about telling after being tricked. The right answer is "true".
q-tricked-can-tell = إذا خدعك صديق من الإنترنت، فما زال بإمكانك أن تخبر شخصًا كبيرًا. هذا ليس ذنبك.
    .hint = مَن الذي يخطئ؟
    .explanation = مَن يخدع طفلًا هو الذي يخطئ. هذا ليس ذنب الطفل أبدًا، ويمكنك دائمًا أن تخبر.
# Feedback if the child picks "true" (right).
q-tricked-can-tell-true =
    .feedback = نعم! هذا ليس ذنبك أبدًا. الشخص الكبير الذي تثق به يستطيع أن يساعدك، وكذلك شاشة المساعدة.
# Feedback if the child picks "false" (wrong).
q-tricked-can-tell-false =
    .feedback = ليس تمامًا. يمكنك دائمًا أن تخبر. الشخص الذي خدعك هو الذي يخطئ.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اسأل: كيف يختلف صديق الإنترنت عن صديق تعرفه في الحياة الحقيقية؟ لماذا تهمّ العلامات التحذيرية أكثر من سؤال «غريب أم لا»؟ مَن ستخبر إذا طلب صديق من الإنترنت أن يلتقي بك؟
