# SafeSteps — MIT OR Apache-2.0

### Lesson: Your digital footprint (ages 13–17).
### Readers are teenagers, often alone on their phone. Be direct and respectful; never preachy.
### Frame the internet as positive. Teach skills: think first, check settings, clean up.

# Lesson name on the lesson card.
lesson-title = بصمتك الرقمية
# One line under the lesson name.
lesson-summary = ما تنشره قد يبقى على الإنترنت. إليك كيف تتحكّم فيه.

# Card 1: what a digital footprint is and what stays online.
card-what-stays =
    بصمتك الرقمية هي الأثر الذي تتركه على الإنترنت.
    إنها منشوراتك وصورك وتعليقاتك وإعجاباتك ونبذتك التعريفية. وهي أيضًا ما ينشره الآخرون عنك.
    كثير منها قد يبقى على الإنترنت سنوات، حتى بعد أن تحذفه.
    قد تبقى نسخ منه في هواتف الآخرين، أو في النسخ الاحتياطية، أو على مواقع أخرى.
    هذا ليس سببًا لتتوقّف عن النشر. الوجود على الإنترنت جزء كبير من الحياة، وقد يكون رائعًا.
    هذا يعني فقط أن من المفيد أن تفكّر فيما تشاركه، وفيمن يستطيع أن يراه.
# Card 2: screenshots and tags; not your fault if others share without asking.
card-screenshots-and-tags =
    المنشور الذي «يختفي» يمكن أن يُحفظ مع ذلك. أيّ أحد يستطيع أن يلتقط لقطة شاشة أو يسجّل شاشته.
    الأصدقاء قد يضعون إشارة إليك في صور لم تخترها، وقد تظهر في ملفك الشخصي.
    معظم التطبيقات تسمح لك بإزالة الإشارة، أو بمراجعة الإشارات قبل أن تظهر.
    إذا نشر أحد منشورك أو صورتك من غير أن يسألك، فهذا ليس ذنبك. المسؤولية على مَن نشرها.
    تستطيع أن تطلب منه حذفها، وأن تُبلغ عنها، وأن تخبر شخصًا كبيرًا تثق به.
# Card 3: location clues.
card-location =
    بعض المنشورات تُظهر مكانك من غير أن تقوله.
    شعار مدرسة، أو لافتة شارع، أو رقم بيت، أو موقف حافلات قد يكشف مكانك.
    الموقع المباشر في تطبيقات الخرائط والدردشة يُظهر أين أنت الآن.
    افحص أيّ التطبيقات تستطيع أن ترى موقعك. أوقفه، أو شاركه فقط مع أناس تعرفهم جيدًا.
    انشر عن رحلاتك بعد أن تعود إلى البيت، لا وأنت هناك.
# Card 4: think before posting.
card-think-first =
    قبل أن تنشر، خذ بضع ثوانٍ.
    هل سأكون مرتاحًا لو رأى هذا أهلي، أو معلّم، أو مديري في عمل مستقبلي؟
    هل يتعلّق بشخص آخر؟ هل وافق عليه؟
    هل أنشر لأنني منزعج، أو لأنتقم من أحد؟
    إذا لم تكن متأكدًا، فانتظر. تستطيع دائمًا أن تنشر لاحقًا. والمنشور الذي خرج أصعب بكثير في استرجاعه.
# Card 5: cleaning up old posts and checking privacy settings.
card-clean-up =
    من حين لآخر، افحص بصمتك فحصًا دوريًا.
    ابحث عن اسمك وأسماء المستخدم الخاصة بك لترى ما يظهر.
    تصفّح منشوراتك القديمة. احذف أو أخفِ ما لم يعد يشبهك.
    ثم افحص إعدادات الخصوصية. مَن يستطيع أن يرى منشوراتك؟ مَن يستطيع أن يضع إشارة إليك أو يراسلك؟ مَن يستطيع أن يجدك برقم هاتفك؟
    اجعل حسابك خاصًا إن أردت، وراجع قوائم أصدقائك ومتابعيك.
# Card 6: a positive footprint, and who to talk to.
card-positive-footprint =
    بصمتك قد تعمل لصالحك أيضًا.
    شارك أشياء تفخر بها: فنّ، موسيقى، رياضة، مشروع، قضية تهمّك.
    التعليقات اللطيفة والوقوف مع الآخرين تُظهر مَن أنت.
    إذا كان شيء عنك على الإنترنت وتريد أن يختفي، فأنت لست وحدك.
    تحدّث إلى شخص كبير تثق به، أو اضغط على زر «مساعدة» لتجد الدعم.

# Question: true or false about posts that disappear.
q-disappearing-post = المنشور الذي يختفي بعد 24 ساعة يمكن أن يحفظه شخص آخر مع ذلك.
    .hint = فكّر فيما يستطيع أيّ أحد أن يفعله بهاتفه والمنشور ما زال ظاهرًا.
    .explanation = صحيح. أيّ أحد يستطيع أن يلتقط لقطة شاشة أو يسجّل شاشته. «يختفي» تعني فقط أن التطبيق يخفيه، لا أنه لا توجد أيّ نسخة.
# Feedback if the teen picks "true" (right).
q-disappearing-post-true =
    .feedback = صحيح. لقطة الشاشة تأخذ ثانية واحدة. انشر وكأن ما تنشره قد يُحفظ.
# Feedback if the teen picks "false" (wrong).
q-disappearing-post-false =
    .feedback = ليس تمامًا. قد يخفي التطبيق المنشور، لكن لقطة الشاشة أو تسجيل الشاشة قد يحتفظان بنسخة.

# Question: choose all that apply, about clues to where you are.
q-location-clues = أيّ هذه قد تُظهر للناس أين تسكن أو أين تدرس؟ اختر كل الإجابات المناسبة.
    .hint = هل يستطيع أحد أن يستخدمه ليجد مكانًا على الخريطة؟
    .explanation = الشعارات، ولافتات الشوارع، والخرائط المباشرة كلها قد تدلّ على مكان حقيقي. أمّا السماء أو الأغنية فلا.
# Answer option (shows location).
q-location-clues-school-logo = شعار مدرستك على قميصك
    .feedback = نعم. الشعار قد يخبر الناس في أيّ مدرسة تدرس.
# Answer option (shows location).
q-location-clues-street-sign = لافتة شارع خلفك
    .feedback = نعم. اسم الشارع قد يدلّ على مكان سكنك أو المكان الذي تقضي فيه وقتك.
# Answer option (shows location).
q-location-clues-live-map = الموقع المباشر مفعّل في تطبيق خرائط
    .feedback = نعم. الموقع المباشر يُظهر أين أنت الآن. شاركه فقط مع أناس تعرفهم جيدًا.
# Answer option (does not show location).
q-location-clues-sunset-sky = صورة لسماء وقت الغروب
    .feedback = ليس تمامًا. السماء وحدها لا تقول أين أنت.
# Answer option (does not show location).
q-location-clues-favourite-song = أغنيتك المفضّلة
    .feedback = ليس تمامًا. الأغنية لا تُظهر مكانًا. لا بأس بمشاركتها.

# Question: a scenario about being tagged in a photo you don't like.
q-tagged-photo = ماذا يمكنك أن تفعل بشأن الصورة؟
    .situation = نشر صديقك صورة جماعية من حفلة ووضع إشارة إليك. شكلك فيها لا يعجبك، ولا تريد أن يراها أهلك.
    .hint = فكّر فيما يحلّ المشكلة ويحافظ على الصداقة.
    .explanation = أن تطلب من صديقك حذفها هو أفضل بداية. وإزالة الإشارة وفحص إعدادات الإشارات يساعدان أيضًا. أمّا الانتقام منه أو كتابة تعليق غاضب فغالبًا يزيدان الأمر سوءًا.
# Action (best).
q-tagged-photo-ask-to-remove = أراسل صديقي وأطلب منه أن يحذفها أو يزيل الإشارة إليّ.
    .feedback = أفضل تصرّف. معظم الأصدقاء سيحذفونها إذا طلبت. وإذا رفض، تستطيع أن تُبلغ عنها.
# Action (also good).
q-tagged-photo-untag-and-settings = أزيل الإشارة، ثم أضبط التطبيق ليعرض الإشارات عليّ قبل أن تظهر.
    .feedback = تصرّف جيد. هذا يُبعدها عن ملفك الشخصي، ويمنع تكرار ذلك في المرة القادمة.
# Action (not helpful).
q-tagged-photo-post-one-back = أنشر صورة سيئة له لأردّ عليه.
    .feedback = ليس تمامًا. من الطبيعي أن تنزعج، لكن هذا يضيف إلى بصمتيكما معًا. الطلب أقرب إلى أن ينجح.
# Action (not helpful).
q-tagged-photo-angry-comment = أكتب تعليقًا غاضبًا تحت الصورة.
    .feedback = ليس تمامًا. التعليق يجعل ناسًا أكثر ينظرون إلى الصورة. الرسالة الخاصة أفضل.

# Question: single choice about a good question to ask before posting.
q-before-posting = أيّ سؤال جيد تسأله لنفسك قبل أن تنشر؟
    .hint = فكّر فيمن قد يراه لاحقًا، لا اليوم فقط.
    .explanation = سؤال «هل سأكون مرتاحًا لو رأى هذا أيّ أحد؟» يساعد، لأن المنشورات قد تُحفظ وتُشارك أبعد من أصدقائك.
# Answer option (right).
q-before-posting-okay-if-seen = هل سأكون مرتاحًا لو رأى هذا أهلي، أو معلّم، أو مديري في عمل مستقبلي؟
    .feedback = صحيح. إذا كان الجواب «لا»، فانتظر أو لا تنشره.
# Answer option (wrong).
q-before-posting-enough-likes = هل سيحصل هذا على إعجابات كافية؟
    .feedback = ليس تمامًا. الإعجابات ممتعة، لكنها لا تخبرك هل المنشور آمن أو لطيف.
# Answer option (wrong).
q-before-posting-friends-only-safe = هل سيصل إلى أصدقائي فقط، وإذن هو آمن؟
    .feedback = ليس تمامًا. الأصدقاء قد يلتقطون لقطات شاشة ويشاركونها. فكّر أيضًا فيمن قد يراه لاحقًا.

# Question: put the clean-up steps in order.
q-clean-up-steps = رتّب خطوات فحص بصمتك هذه.
    .hint = اعرف أولًا ما هو موجود. ماذا تفعل في النهاية لكي يبقى كل شيء مضبوطًا؟
    .explanation = ابحث أولًا لترى ما يستطيع الآخرون أن يجدوه. تصفّح المنشورات القديمة، ثم احذف أو أخفِ. وأخيرًا، شدّد إعداداتك لكي يبقى ما أصلحته كما هو.
# Step 1.
q-clean-up-steps-search-your-name = أبحث عن اسمي وأسماء المستخدم الخاصة بي
    .feedback = ابدأ من هنا. هذا يُريك ما يستطيع الآخرون أن يجدوه.
# Step 2.
q-clean-up-steps-scroll-old-posts = أتصفّح منشوراتي القديمة
    .feedback = بعد ذلك، انظر إلى ما نشرته في الماضي.
# Step 3.
q-clean-up-steps-delete-or-hide = أحذف أو أخفي المنشورات التي لم تعد تشبهني
    .feedback = ثم أزِل ما لا تريده أن يبقى هناك.
# Step 4.
q-clean-up-steps-tighten-settings = أفحص مَن يستطيع أن يراني ويضع إشارة إليّ ويراسلني
    .feedback = أخيرًا، اضبط إعداداتك لكي تذهب المنشورات الجديدة فقط إلى حيث تريد.

# Question: true or false about private accounts.
q-private-means-safe = مع الحساب الخاص، لا يمكن أبدًا أن يُشارك أيّ شيء تنشره.
    .hint = مَن ما زال يستطيع أن يرى المنشور الخاص، وماذا يستطيع أن يفعل به؟
    .explanation = خطأ. الحساب الخاص يساعد كثيرًا، لكن المتابعين ما زالوا يستطيعون التقاط لقطات شاشة ومشاركتها. فكّر أولًا، حتى مع الحساب الخاص.
# Feedback if the teen picks "true" (wrong).
q-private-means-safe-true =
    .feedback = ليس تمامًا. الحساب الخاص يساعد، لكن الذين يتابعونك ما زالوا يستطيعون الحفظ والمشاركة.
# Feedback if the teen picks "false" (right).
q-private-means-safe-false =
    .feedback = صحيح. الحساب الخاص إعداد جيد، لكنه ليس قفلًا. متابعوك ما زالوا يستطيعون حفظ المنشورات.

# Question: choose all that apply, about a positive footprint.
q-build-positive = أيّ هذه يساعد على بناء بصمة تفخر بها؟ اختر كل الإجابات المناسبة.
    .hint = أيّها ستكون سعيدًا لو وجده أيّ أحد؟
    .explanation = مشاركة أعمالك، واللطف، ودعم قضية تُظهر حقيقتك. أمّا المشاركة في هجوم جماعي أو نشر سرّ فتؤذي الآخرين وتلتصق بك.
# Answer option (helps).
q-build-positive-share-your-work = نشر رسوماتك أو موسيقاك أو مشروعك
    .feedback = نعم. هذا يُظهر مهاراتك وما يهمّك.
# Answer option (helps).
q-build-positive-kind-comments = كتابة تعليقات لطيفة ومفيدة
    .feedback = نعم. اللطف جزء من بصمتك أيضًا.
# Answer option (helps).
q-build-positive-support-a-cause = مشاركة قضية أو جمعية خيرية تدعمها
    .feedback = نعم. هذا يُظهر ما يهمّك.
# Answer option (does not help).
q-build-positive-join-a-pile-on = المشاركة عندما تسخر مجموعة من شخص
    .feedback = ليس تمامًا. الهجوم الجماعي يؤذي شخصًا حقيقيًا، ويبقى في بصمتك.
# Answer option (does not help).
q-build-positive-post-a-secret = نشر سرّ صديق للضحك
    .feedback = ليس تمامًا. هذا يخون ثقته، وقصّته هو يرويها، لا أنت.

# Question: a scenario about an old post.
q-old-joke = ماذا يمكنك أن تفعل بشأن المنشور القديم؟
    .situation = عمرك 16 سنة. وأنت تتصفّح منشوراتك القديمة، وجدت نكتة مؤذية عن زميل في الصف نشرتها حين كان عمرك 12 سنة.
    .hint = فكّر في المنشور، وفي الشخص الذي كان عنه.
    .explanation = حذفه والاعتذار هو أفضل تصرّف. والحذف وحده جيد أيضًا. أمّا تركه أو الاختباء وراء حساب جديد فلا يصلح شيئًا. الناس يكبرون وينضجون، والتنظيف يُظهر ذلك.
# Action (best).
q-old-joke-delete-and-apologise = أحذفه، وأعتذر للزميل إذا شعرت أن هذا مناسب.
    .feedback = أفضل تصرّف. تزيله وتتحمّل مسؤوليته. وهذا يحتاج إلى شجاعة.
# Action (also good).
q-old-joke-delete-it = أحذف المنشور.
    .feedback = تصرّف جيد. لم يعد في ملفك الشخصي. والاعتذار قد يساعد أيضًا.
# Action (not helpful).
q-old-joke-leave-it = أتركه. كان قبل سنوات، ولن ينظر إليه أحد.
    .feedback = ليس تمامًا. المنشورات القديمة تُكتشف فعلًا. ما زلت تستطيع أن تحذفه الآن.
# Action (not helpful).
q-old-joke-new-account = أنشئ حسابًا جديدًا وأترك القديم كما هو.
    .feedback = ليس تمامًا. الحساب القديم ما زال موجودًا. نظّفه أو احذفه.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اسأل: ماذا سيعرف أحد عنك من ملفك الشخصي العام اليوم؟ تحدّثوا عن الفرق بين المنشورات التي تبقى والمنشورات التي تفيدك، وعمّن يمكنكم أن تطلبوا منه المساعدة إذا كان على الإنترنت شيء عنكم تريدون أن يختفي.
