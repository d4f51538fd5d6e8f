# SafeSteps — MIT OR Apache-2.0

### Lesson: Warning signs (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Name actions and feelings; never describe abuse.

# Lesson name on the lesson card.
lesson-title = انتبه للعلامات التحذيرية
# One line under the lesson name.
lesson-summary = تعلّم كيف تعرف أن شخصًا على الإنترنت ليس صديقًا حقيقيًا. ثم تعلّم ماذا تفعل.

# Card 1: technology is positive; risks can come from people you know too.
card-fun-and-friends =
    الألعاب والدردشة وتطبيقات الفيديو طريقة رائعة للمرح وللبقاء قريبًا من الأصدقاء.
    معظم الناس على الإنترنت لطفاء. لكن بعض الناس يتصرّفون بلطف زائد ليخدعوا طفلًا.
    قد يكون غريبًا، أو صديقًا من الإنترنت، أو حتى شخصًا تعرفه.
    معرفة العلامات التحذيرية تساعدك على أن تنتبه مبكرًا.
# Card 2: the main warning signs of grooming.
card-warning-signs =
    هذه بعض العلامات التحذيرية.
    شخص يعطيك هدايا أو عملات لعبة أو أزياء لشخصيتك بلا سبب.
    يطلب منك أن تُبقي دردشتكما سرًّا.
    يريد أن ينتقل إلى دردشة خاصة أو إلى تطبيق آخر.
    يقول أشياء مثل «أنت ناضج جدًا» أو «أنا وحدي أفهمك».
    يطلب صورًا، أو يسأل كيف تبدو.
# Card 3: pressure and saying no.
card-pressure =
    الصديق الحقيقي يقبل «لا» كجواب.
    إذا جعلك أحد تشعر بالضغط أو بالذنب أو بالخوف، فهناك شيء غير صحيح.
    يمكنك أن تتوقّف عن الردّ، وتُبلغ عنه، وتحظره. يمكنك أن تفعل هذا حتى لو كنت تحبّه من قبل.
# Card 4: it is never the child's fault.
card-not-your-fault =
    إذا خدعك أحد على الإنترنت أو ضغط عليك، فهذا ليس ذنبك.
    مَن يخدع طفلًا هو الذي يخطئ.
    يمكنك دائمًا أن تحصل على المساعدة، في أي وقت، حتى لو كتمت سرًّا أو أرسلت شيئًا.
# Card 5: who to tell and where to find help.
card-tell-someone =
    أخبِر شخصًا كبيرًا تثق به، مثل أحد والديك أو مَن يرعاك أو معلّمك.
    عليه ألّا يلومك. مهمّته أن يساعدك على الإبلاغ والحظر والشعور بالأمان.
    احتفظ بالرسائل. لا تحذفها؛ فهي تساعد عندما تُبلغ.
    ويمكنك أيضًا أن تضغط على زر «مساعدة» لتجد شخصًا تتحدّث إليه.

# Question: single choice about a gift offered in a game.
q-free-coins = شخص في لعبة يقول: «سأعطيك عملات مجانية إذا أضفتني على تطبيق آخر.» ما هذا؟
    .hint = عُد إلى العلامات التحذيرية. هل يحدث هنا شيء من تلك القائمة؟
    .explanation = الهدية المشروطة والانتقال إلى تطبيق آخر كلاهما علامة تحذيرية. قل «لا» وأخبِر شخصًا كبيرًا تثق به.
# Answer option (right).
q-free-coins-warning-sign = علامة تحذيرية
    .feedback = نعم! الهدايا المجانية والانتقال إلى تطبيق آخر علامتان تحذيريتان. إخبار شخص كبير تثق به خطوة قوية.
# Answer option (wrong).
q-free-coins-just-kind = مجرّد لطف
    .feedback = ليس تمامًا. اللطفاء لا يحتاجون إلى أن تنتقل إلى تطبيق آخر لكي تحصل على هدية. الهدايا المشروطة علامة تحذيرية.
# Answer option (wrong).
q-free-coins-fair-trade = تبادل عادل
    .feedback = ليس تمامًا. هذا ليس تبادلًا. الهدية التي يأتي معها «انتقل إلى تطبيق آخر» علامة تحذيرية.

# Question: multiple choice, "choose all that apply".
q-which-signs = شخص تعرّفت إليه في لعبة يفعل هذه الأشياء. أيّها علامات تحذيرية؟ اختر كل الإجابات المناسبة.
    .hint = اسأل عن كل واحدة: هل سأشعر بالارتياح لو رآها شخص كبير أثق به؟
    .explanation = الأسرار، والهدايا المجانية، والانتقال إلى تطبيق خاص، وطلب الصور علامات تحذيرية. أمّا «لعبة رائعة» فأمر طبيعي، وكذلك لعب اللعبة نفسها.
# Answer option (a warning sign).
q-which-signs-keep-it-secret = يطلب منك أن تُبقي دردشتكما سرًّا.
    .feedback = أن يطلب منك إخفاء الدردشات عن الكبار في عائلتك علامة تحذيرية.
# Answer option (a warning sign).
q-which-signs-gifts-for-nothing = يعطيك هدايا بلا سبب.
    .feedback = الهدايا بلا سبب قد تكون طريقة ليجعلك تشعر أنك مدين له. هذه علامة تحذيرية.
# Answer option (a warning sign).
q-which-signs-move-to-private-app = يريد أن ينتقل إلى تطبيق خاص.
    .feedback = الانتقال إلى دردشة خاصة يعني أن لا أحد غيرك يرى ما يقوله. هذه علامة تحذيرية.
# Answer option (a warning sign).
q-which-signs-asks-for-photos = يطلب صورًا لك.
    .feedback = طلب الصور علامة تحذيرية. يمكنك أن تقول «لا» وتخبر شخصًا كبيرًا.
# Answer option (not a warning sign).
q-which-signs-says-good-game = يقول «لعبة رائعة» بعد المباراة.
    .feedback = ليس تمامًا. قول «لعبة رائعة» أمر طبيعي ولطيف.
# Answer option (not a warning sign).
q-which-signs-plays-same-game = يلعب اللعبة نفسها التي تلعبها.
    .feedback = ليس تمامًا. هذا أمر طبيعي. كثير من الناس يلعبون الألعاب نفسها.

# Question: true or false about strangers.
q-only-strangers = الغرباء فقط هم الذين قد يحاولون خداع الأطفال على الإنترنت.
    .hint = هل يمكن لشخص تعرفه أن يتصرّف بطريقة تشعر أنها غير صحيحة؟
    .explanation = قد يكون أيّ أحد: غريبًا، أو صديقًا من الإنترنت، أو شخصًا تعرفه. انتبه لما يفعله الناس، لا لمن هم فقط.
# Feedback if the child picks "true" (wrong).
q-only-strangers-true =
    .feedback = ليس تمامًا. قد يكون أيضًا صديقًا من الإنترنت أو شخصًا تعرفه. انتبه للعلامات التحذيرية مع أيّ أحد.
# Feedback if the child picks "false" (right).
q-only-strangers-false =
    .feedback = نعم! قد يكون أيّ أحد، حتى شخصًا تعرفه. الانتباه للعلامات يساعدك على طلب المساعدة مبكرًا.

# Question: a scenario. The situation is shown first, then the question.
q-alex-private-app = ماذا يمكن أن يفعل سامي؟
    .situation = سامي، 11 سنة، يدردش مع أليكس في لعبة منذ أسابيع. أليكس ممتع. اليوم يقول أليكس: «لنتحدّث على تطبيق خاص. لا تخبر أهلك. لن يفهموا.»
    .hint = هنا علامتان تحذيريتان. مَن يستطيع أن يساعد سامي؟
    .explanation = التطبيق الخاص وإخفاء الأمر عن الأهل علامتان تحذيريتان. إخبار شخص كبير تثق به هو الأفضل. والحظر والإبلاغ يساعدان أيضًا.
# Action (best).
q-alex-private-app-tell-trusted-adult = يخبر أحد والديه أو شخصًا كبيرًا آخر يثق به.
    .feedback = أفضل خيار! الشخص الكبير الذي يثق به سامي يستطيع أن يساعده على الإبلاغ والحظر والبقاء بأمان. ولا يحقّ لأحد أن يلوم سامي لأنه أخبر.
# Action (also good).
q-alex-private-app-stop-block-report = يتوقّف عن الردّ، ثم يُبلغ عن أليكس ويحظره.
    .feedback = خيار جيد. احفظ الرسائل أولًا، ثم أبلِغ واحظر. وإخبار شخص كبير أيضًا أفضل من ذلك.
# Action (not helpful).
q-alex-private-app-say-no-keep-chatting = يقول «لا»، لكنه يستمرّ في الدردشة في اللعبة.
    .feedback = ليس تمامًا. قول «لا» جيد، لكن أليكس طلب سرًّا. هذه علامة تحذيرية. أخبِر شخصًا كبيرًا تثق به.
# Action (not helpful).
q-alex-private-app-go-to-private-app = يذهب إلى التطبيق الخاص، لكن بحذر.
    .feedback = ليس تمامًا. في التطبيق الخاص، لا أحد غيره يرى ما يقوله أليكس. إخبار شخص كبير أكثر أمانًا.

# Question: single choice about pressure.
q-real-friend = شخص يقول: «لو كنت صديقي حقًا، لأرسلت لي صورة.» ماذا يحدث هنا؟
    .hint = بماذا ستشعر بسبب هذه الرسالة؟
    .explanation = هذا ضغط. الصديق الحقيقي يقبل «لا» كجواب. يمكنك أن تقول «لا»، وتتوقّف عن الردّ، وتخبر شخصًا كبيرًا.
# Answer option (right).
q-real-friend-pressure = إنه يضغط عليّ. الصديق الحقيقي يقبل «لا» كجواب.
    .feedback = نعم! هذا ضغط. يمكنك أن تقول «لا»، وتحظره، وتخبر شخصًا كبيرًا تثق به.
# Answer option (wrong).
q-real-friend-friendship-test = إنه اختبار عادل لصداقتنا.
    .feedback = ليس تمامًا. الصداقة ليست اختبارًا تنجح فيه بإرسال الصور. هذا ضغط.
# Answer option (wrong).
q-real-friend-fair-ask = لا بأس، لأنه طلب بلطف.
    .feedback = ليس تمامًا. الطلب بلطف قد يكون ضغطًا أيضًا. يمكنك دائمًا أن تقول «لا».

# Question: true or false about who is to blame. The right answer is "true".
q-who-is-to-blame = إذا خدع أحد طفلًا على الإنترنت، فهذا ليس ذنب الطفل.
    .hint = مَن الذي يخطئ؟
    .explanation = مَن يخدع طفلًا أو يضغط عليه هو الذي يخطئ. هذا ليس ذنب الطفل أبدًا.
# Feedback if the child picks "true" (right).
q-who-is-to-blame-true =
    .feedback = نعم. هذا ليس ذنب الطفل أبدًا. يمكنك دائمًا أن تخبر شخصًا كبيرًا وتحصل على المساعدة.
# Feedback if the child picks "false" (wrong).
q-who-is-to-blame-false =
    .feedback = ليس تمامًا. الطفل لا يُلام أبدًا. الشخص الذي يخدعه هو الذي يخطئ، والمساعدة موجودة دائمًا.

# Question: single choice about flattery from someone the child knows.
q-only-i-get-you = صديق للعائلة بدأ يراسلك كثيرًا. يقول: «أنت ناضج جدًا. أنا وحدي أفهمك.» ما هذا؟
    .hint = عُد إلى العلامات التحذيرية. هل يهمّ أنك تعرفه؟
    .explanation = قول «أنا وحدي أفهمك» علامة تحذيرية، حتى من شخص تعرفه. أخبِر شخصًا كبيرًا آخر تثق به.
# Answer option (right).
q-only-i-get-you-warning-sign = علامة تحذيرية، مع أنني أعرفه.
    .feedback = نعم! العلامات التحذيرية مهمّة أيًّا كان الشخص. إخبار شخص كبير آخر تثق به خطوة قوية.
# Answer option (wrong).
q-only-i-get-you-nice-compliment = مجرّد كلام لطيف.
    .feedback = ليس تمامًا. «أنا وحدي أفهمك» قد تكون طريقة لإبعادك عن عائلتك. هذه علامة تحذيرية.
# Answer option (wrong).
q-only-i-get-you-normal-for-family-friend = أمر طبيعي، لأنه صديق للعائلة.
    .feedback = ليس تمامًا. الناس الذين تعرفهم قد تظهر عليهم علامات تحذيرية أيضًا. انتبه لما يفعلونه، لا لمن هم فقط.

# Question: true or false about getting help after keeping a secret or sending something. The right answer is "true".
q-still-get-help = إذا كتمت سرًّا أو أرسلت شيئًا، فما زال بإمكانك أن تحصل على المساعدة.
    .hint = مَن الذي يخطئ عندما يخدع أحد طفلًا؟
    .explanation = نعم. هذا ليس ذنبك، حتى لو كتمت سرًّا أو أرسلت شيئًا. يمكنك دائمًا أن تخبر أحدًا، حتى لو مرّ وقت.
# Feedback if the child picks "true" (right).
q-still-get-help-true =
    .feedback = نعم! يمكنك دائمًا أن تخبر شخصًا كبيرًا تثق به. ويمكنك أيضًا أن تضغط على «مساعدة».
# Feedback if the child picks "false" (wrong).
q-still-get-help-false =
    .feedback = ليس تمامًا. المساعدة موجودة دائمًا من أجلك. الشخص الذي خدعك هو الذي يخطئ.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اسأل: ما الذي يجعل شخصًا صديقًا حقيقيًا على الإنترنت؟ اكتبوا العلامات التحذيرية معًا، ثم تحدّثوا عمّن يمكنهم أن يخبروه في حياتهم، وعمّا يحدث بعد أن يخبروا.
