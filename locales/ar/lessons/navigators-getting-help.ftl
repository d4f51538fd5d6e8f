# SafeSteps — MIT OR Apache-2.0

### Lesson: Getting help (ages 9–12).
### Readers are children on their own phone or in class. Some may be dealing with something now.
### Make telling feel safe. Telling has no time limit: "You can always tell someone, even later."

# Lesson name on the lesson card.
lesson-title = طلب المساعدة
# One line under the lesson name.
lesson-summary = اعرف مَن يمكنك أن تخبره، وماذا يحدث عندما تخبر، ولماذا لا يكون الأمر ذنبك أبدًا.

# Card 1: who to tell: trusted adults.
card-who-to-tell =
    إذا أزعجك شيء على الإنترنت، أو أقلقك، أو شعرت أنه ليس على ما يرام، فأخبِر أحدًا.
    الشخص الكبير الذي تثق به هو مَن يستمع ويساعد. قد يكون أحد والديك أو مَن يرعاك أو جدّك أو جدّتك أو معلّمك أو مدرّبك.
    فكّر في شخصين أو ثلاثة يمكنك أن تخبرهم.
    إذا كان أحد الكبار جزءًا من المشكلة، فأخبِر شخصًا كبيرًا غيره.
# Card 2: helplines and the Help screen.
card-helplines =
    يمكنك أيضًا أن تتحدّث إلى خطّ مساعدة.
    في المملكة المتحدة، يمكنك أن تتّصل مجانًا بـChildline على الرقم 0800 1111، في الليل أو النهار. ويمكنك أيضًا أن تدردش معهم عبر الإنترنت.
    في البلدان الأخرى خطوط مساعدة خاصة بها.
    اضغط على «مساعدة» في هذا التطبيق لتجد خطًّا في بلدك.
# Card 3: how to tell.
card-how-to-tell =
    لا تعرف ماذا تقول؟ يمكنك أن تبدأ بـ: «حدث شيء على الإنترنت، وأحتاج إلى مساعدة.»
    يمكنك أن تُري الرسائل أو لقطات الشاشة.
    إذا كان الكلام صعبًا، يمكنك أن تكتبه.
    إذا لم يساعدك أول شخص كبير، فأخبِر غيره. استمرّ في الإخبار حتى يساعدك أحد.
# Card 4: what happens after you tell.
card-what-happens-next =
    عندما تخبر، على الشخص الكبير أن يستمع ويبقى هادئًا.
    سيساعدك على أن تقرّر ماذا تفعل بعد ذلك. ربما يساعدك على حفظ الدليل والحظر والإبلاغ.
    أحيانًا يحتاج إلى أن يخبر أشخاصًا عملهم حماية الأطفال.
    عليه ألّا يلومك. هو موجود ليساعدك.
# Card 5: never the child's fault; you can always tell, even later; Help.
card-never-your-fault =
    إذا حدث شيء على الإنترنت، فهذا ليس ذنبك.
    وهذا صحيح حتى لو خالفت قاعدة، أو كتمت سرًّا، أو أرسلت شيئًا.
    اللوم على الشخص الذي أخطأ، لا عليك.
    يمكنك دائمًا أن تخبر شخصًا كبيرًا تثق به، حتى لو مرّ وقت.
    اضغط على «مساعدة» في أي وقت لتجد شخصًا تتحدّث إليه.

# Question: multiple choice, "choose all that apply".
q-trusted-adults = مَن من هؤلاء يمكن أن يكون شخصًا كبيرًا تثق به؟ اختر كل الإجابات المناسبة.
    .hint = الشخص الكبير الذي تثق به هو شخص تعرفه في الحياة الحقيقية، يستمع ويساعد.
    .explanation = أحد والديك أو مَن يرعاك، والمعلّم، والجدّ أو الجدّة، وممرّض المدرسة، كلهم يمكن أن يكونوا أشخاصًا كبارًا تثق بهم. أمّا مَن يطلب منك أن تكتم أسرارًا، أو مَن تعرفه على الإنترنت فقط، فلا.
# Answer option (could be a trusted adult).
q-trusted-adults-parent-or-carer = أحد والديّ أو مَن يرعاني
    .feedback = نعم. أحد والديك أو مَن يرعاك يمكن أن يكون شخصًا رائعًا تخبره.
# Answer option (could be a trusted adult).
q-trusted-adults-teacher = معلّم أو معلّمة
    .feedback = نعم. المعلّمون يساعدون الأطفال في مشكلات الإنترنت أيضًا.
# Answer option (could be a trusted adult).
q-trusted-adults-grandparent = جدّي أو جدّتي
    .feedback = نعم. الجدّ أو الجدّة الذي تثق به يستطيع أن يستمع ويساعد.
# Answer option (could be a trusted adult).
q-trusted-adults-school-nurse = ممرّض المدرسة أو ممرّضتها
    .feedback = نعم. ممرّض المدرسة موجود ليساعد الأطفال على أن يشعروا بالأمان والعافية.
# Answer option (not a trusted adult).
q-trusted-adults-online-player = لاعب أعرفه من لعبة فقط
    .feedback = ليس تمامًا. لا يمكنك أن تتأكّد مَن هو. اختر شخصًا تعرفه في الحياة الحقيقية.
# Answer option (not a trusted adult).
q-trusted-adults-secret-keeper = شخص كبير يطلب مني أن أخفي أسرارًا عن عائلتي
    .feedback = ليس تمامًا. طلب أسرار كهذه علامة تحذيرية. أخبِر شخصًا كبيرًا آخر.

# Question: true or false about giving up if the first adult does not help.
q-first-adult-busy = إذا لم يساعدك أول شخص كبير تخبره، فعليك أن تستسلم.
    .hint = هل هناك أكثر من شخص يمكنك أن تخبره؟
    .explanation = استمرّ في الإخبار حتى يساعدك أحد. جرّب شخصًا كبيرًا آخر، أو خطّ مساعدة، أو اضغط على «مساعدة».
# Feedback if the child picks "true" (wrong).
q-first-adult-busy-true =
    .feedback = ليس تمامًا. أحيانًا يكون الكبار مشغولين أو لا يفهمون من أول مرة. أخبِر شخصًا كبيرًا آخر حتى يساعدك أحد.
# Feedback if the child picks "false" (right).
q-first-adult-busy-false =
    .feedback = نعم! استمرّ في الإخبار حتى يساعدك أحد. أنت مهمّ.

# Question: a scenario. The situation is shown first, then the question.
q-leah-video = ماذا يمكن أن تفعل لين؟
    .situation = لين، 10 سنوات، رأت فيديو على تطبيق أزعجها. لا تستطيع أن تتوقّف عن التفكير فيه. وهي قلقة من أن يأخذ أبوها جهازها اللوحي.
    .hint = مَن يستطيع أن يساعد لين لتشعر بتحسّن؟ هل قلقها سبب لتسكت؟
    .explanation = تستطيع لين أن تخبر شخصًا كبيرًا تثق به، أو أن تستخدم شاشة المساعدة. ليس ذنبها أنها رأت الفيديو. كتمان الأمر أو البحث عن المزيد قد يجعلها تشعر بسوء أكبر.
# Action (best).
q-leah-video-tell-trusted-adult = تخبر أباها أو شخصًا كبيرًا آخر تثق به بما تشعر به.
    .feedback = أفضل خيار! تستطيع لين أن تقول أيضًا إنها قلقة على جهازها اللوحي. الشخص الكبير يستطيع أن يساعدها لتشعر بتحسّن، وأن يُبلغ عن الفيديو.
# Action (also good).
q-leah-video-use-help-screen = تضغط على «مساعدة» لتجد خطّ مساعدة تتحدّث إليه.
    .feedback = خيار جيد. خطّ المساعدة يستطيع أن يستمع إليها ويساعدها على التفكير فيمن تخبره بعد ذلك.
# Action (not helpful).
q-leah-video-keep-it-inside = تحتفظ بالأمر لنفسها وتحاول أن تنساه.
    .feedback = ليس تمامًا. من المفهوم أن تقلق، لكن كتمان الأمر قد يجعله يبدو أكبر. الإخبار يساعد.
# Action (not helpful).
q-leah-video-look-for-more = تبحث عن فيديوهات أخرى لتفهم ما رأته.
    .feedback = ليس تمامًا. فيديوهات أخرى قد تزعجها أكثر. التحدّث إلى شخص كبير تثق به أفضل.

# Question: single choice about what an adult should do.
q-adult-should = تخبر شخصًا كبيرًا أن شيئًا على الإنترنت أزعجك. ماذا عليه أن يفعل؟
    .hint = تذكّر البطاقة عمّا يحدث بعد ذلك.
    .explanation = على الشخص الكبير أن يستمع، ويبقى هادئًا، ويساعدك في الخطوات التالية. وعليه ألّا يلومك.
# Answer option (right).
q-adult-should-listen-and-help = يستمع، ويبقى هادئًا، ويساعدني على أن أقرّر ماذا أفعل.
    .feedback = نعم! هذا ما يفعله الشخص الكبير الذي تثق به. إذا لم يفعل ذلك، فأخبِر شخصًا آخر.
# Answer option (wrong).
q-adult-should-blame-you = يلومني على ما حدث.
    .feedback = ليس تمامًا. على الكبار ألّا يلوموك. إذا لامك أحدهم، فأخبِر شخصًا كبيرًا آخر تثق به.
# Answer option (wrong).
q-adult-should-laugh-it-off = يضحك ويقول إن الأمر لا يهمّ.
    .feedback = ليس تمامًا. ما يزعجك مهمّ. إذا ضحك شخص كبير واستخفّ بالأمر، فأخبِر شخصًا آخر.

# Question: single choice about a helpline in the UK.
q-uk-helpline = سام يعيش في المملكة المتحدة. يريد أن يتحدّث إلى شخص من خارج العائلة. مَن يستطيع أن يساعده؟
    .hint = أيّها خطّ مساعدة مجاني للأطفال؟
    .explanation = Childline خطّ مساعدة مجاني للأطفال في المملكة المتحدة. رقمه 0800 1111. ويستطيع سام أيضًا أن يدردش معهم عبر الإنترنت.
# Answer option (right).
q-uk-helpline-childline = Childline، على الرقم 0800 1111
    .feedback = نعم! Childline مجاني، في الليل أو النهار. في البلدان الأخرى، اضغط على «مساعدة» لتجد خطّ مساعدة.
# Answer option (wrong).
q-uk-helpline-open-chat-room = أشخاص في غرفة دردشة مفتوحة
    .feedback = ليس تمامًا. لا يمكنك أن تتأكّد مَن هم. في خطّ المساعدة أشخاص مدرَّبون على مساعدة الأطفال.
# Answer option (wrong).
q-uk-helpline-game-forum = منشور في منتدى لعبة
    .feedback = ليس تمامًا. أيّ أحد يستطيع أن يقرأ المنتدى ويردّ فيه. خطّ المساعدة خاص وآمن.

# Question: sort ways of telling into two groups.
q-ways-to-tell = ضع كل واحدة في المجموعة المناسبة.
    .hint = هل توصلك إلى شخص يستطيع حقًا أن يساعدك؟
    .explanation = كتابة ورقة، وإراءة لقطات الشاشة، والاتّصال بخطّ مساعدة، والضغط على «مساعدة»، كلها توصلك إلى المساعدة. أمّا الانتظار أو النشر في دردشة عامة فلا.
# Group name.
q-ways-to-tell-gets-help = توصلني إلى المساعدة
# Group name.
q-ways-to-tell-no-help-yet = لا توصلني إلى المساعدة بعد
# Item to sort (gets help).
q-ways-to-tell-write-a-note = أكتب ورقة لشخص كبير أثق به
    .feedback = هذا يوصلك إلى المساعدة. الكتابة قد تكون أسهل من الكلام.
# Item to sort (gets help).
q-ways-to-tell-show-screenshots = أُري شخصًا كبيرًا لقطات الشاشة
    .feedback = هذا يوصلك إلى المساعدة. لقطات الشاشة تُظهر ما حدث.
# Item to sort (gets help).
q-ways-to-tell-call-a-helpline = أتّصل بخطّ مساعدة أو أدردش معه
    .feedback = هذا يوصلك إلى المساعدة. خطوط المساعدة موجودة لتستمع إليك.
# Item to sort (gets help).
q-ways-to-tell-tap-help = أضغط على «مساعدة» في هذا التطبيق
    .feedback = هذا يوصلك إلى المساعدة. شاشة المساعدة تُريك مَن يمكنك أن تتحدّث إليه.
# Item to sort (does not get help yet).
q-ways-to-tell-wait-and-hope = أنتظر وأتمنّى أن يزول الأمر
    .feedback = هذا لا يوصلك إلى المساعدة بعد. إخبار أحد أفضل.
# Item to sort (does not get help yet).
q-ways-to-tell-post-in-public-chat = أنشر عن الأمر في دردشة عامة
    .feedback = هذا لا يوصلك إلى المساعدة بعد. أيّ أحد يستطيع أن يقرأه. أخبِر شخصًا كبيرًا تثق به.

# Question: single choice about telling after breaking a rule.
q-ben-broke-rule = لعب باسل لعبة غير مسموح له بها. وهناك أزعجه شخص. هل ما زال يستطيع أن يخبر شخصًا كبيرًا؟
    .hint = مَن الذي أخطأ: باسل، أم الشخص الذي أزعجه؟
    .explanation = نعم. مخالفة قاعدة لا تجعل الأمر ذنبه. الشخص الذي أزعجه هو الذي أخطأ. ما زال باسل يستطيع أن يخبر ويحصل على المساعدة.
# Answer option (right).
q-ben-broke-rule-yes-still-tell = نعم. هذا ليس ذنبه، وما زال يستطيع أن يحصل على المساعدة.
    .feedback = نعم! باسل يستطيع دائمًا أن يخبر. على الشخص الكبير أن يساعده، لا أن يلومه.
# Answer option (wrong).
q-ben-broke-rule-no-he-broke-rule = لا، لأنه خالف قاعدة.
    .feedback = ليس تمامًا. مخالفة قاعدة لا تجعل الأمر ذنبه. ما زال يستطيع أن يخبر.
# Answer option (wrong).
q-ben-broke-rule-only-if-small = فقط إذا كانت المشكلة صغيرة جدًا.
    .feedback = ليس تمامًا. كبيرة كانت أم صغيرة، باسل يستطيع أن يخبر. الكبار يريدون أن يساعدوا.

# Question: true or false about telling later. The right answer is "true".
q-weeks-ago = إذا أزعجك شيء قبل أسابيع، فما زال بإمكانك أن تخبر أحدًا الآن.
    .hint = هل للمساعدة موعد تنتهي فيه؟
    .explanation = نعم. يمكنك دائمًا أن تخبر أحدًا، حتى لو مرّ وقت. الشخص الكبير الذي تثق به، أو خطّ المساعدة، أو شاشة المساعدة، كلها تستطيع أن تساعدك.
# Feedback if the child picks "true" (right).
q-weeks-ago-true =
    .feedback = نعم! يمكنك دائمًا أن تخبر أحدًا، حتى لو مرّ وقت. هذا ليس ذنبك.
# Feedback if the child picks "false" (wrong).
q-weeks-ago-false =
    .feedback = ليس تمامًا. يمكنك دائمًا أن تخبر أحدًا، حتى لو مرّ وقت. المساعدة ما زالت موجودة من أجلك.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اطلب من كل شخص أن يفكّر في شخصين أو ثلاثة من الكبار يمكنه أن يخبرهم. ما الذي قد يجعل الإخبار أسهل؟ تحدّثوا عمّا يفعله الشخص الكبير الجيد عندما يخبره طفل، وأرِهم مكان شاشة المساعدة.
