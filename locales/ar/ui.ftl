# SafeSteps — MIT OR Apache-2.0

### SafeSteps interface text (Modern Standard Arabic, translated from English).
### Message ids start with the screen or module they belong to. Keep { $variables } as they are.

## Brand

# The app's name. Do not translate unless the app is published under another name in your language.
app-name = { -brand-name }

## Fallbacks

# Shown in place of a piece of text that is missing in every language (should never happen).
text-missing = (هذا النص غير متوفّر بعد.)

## Quiz

# Above each question. Variables: $current (the question's number), $total (how many questions).
quiz-progress = السؤال { $current } من { $total }

# The answer button for "this statement is true" in a true-or-false question.
quiz-true = صح
# The answer button for "this statement is false" in a true-or-false question.
quiz-false = خطأ

## Who a profile or lesson is for

# Age band of young children, shown when choosing a profile and on lesson cards.
band-explorers = من 5 إلى 8 سنوات
# Age band of older children.
band-navigators = من 9 إلى 12 سنة
# Age band of teenagers.
band-teens = من 13 إلى 17 سنة
# Lessons and profiles for parents, carers and other caregivers.
band-caregivers = الوالدان ومقدّمو الرعاية
# Profiles for teachers and trainers who run sessions with a group.
band-trainers = المعلّمون والمدرّبون

## Lesson topics (shown as a label on each lesson card)

# Topic: keeping personal information private.
topic-privacy = الخصوصية
# Topic: recognising when someone online is trying to win a child's trust to harm them.
topic-grooming = علامات تحذيرية
# Topic: when someone threatens to share private pictures unless you pay or send more.
topic-sextortion = التهديد والضغط
# Topic: the grown-ups a child can go to, their safety circle.
topic-trusted-adults = كبار تثق بهم
# Topic: secrets that feel bad and are for telling.
topic-secrets = الأسرار والمشاعر
# Topic: when something online feels wrong or upsetting, and what to do.
topic-feeling-unsafe = عندما تشعر أن شيئًا ليس على ما يرام
# Topic: being kind online, and unkind behaviour.
topic-kindness = اللطف على الإنترنت
# Topic: passwords and accounts.
topic-passwords = كلمات المرور
# Topic: privacy settings in apps and games.
topic-settings = الإعدادات
# Topic: people met online compared with people known in real life.
topic-online-friends = أصدقاء الإنترنت
# Topic: photos and videos, and asking before sharing them.
topic-images = الصور والموافقة
# Topic: blocking and reporting people and content.
topic-blocking-reporting = الحظر والإبلاغ
# Topic: bullying online and standing up for others.
topic-cyberbullying = التنمّر على الإنترنت
# Topic: where and how to get help.
topic-getting-help = طلب المساعدة
# Topic: what you post and leave behind online (digital footprint).
topic-footprint = البصمة الرقمية
# Topic: pressure and control in dating or close relationships.
topic-relationships = العلاقات والضغط
# Topic: live video streaming.
topic-livestreaming = البثّ المباشر
# Topic: helping a friend who is in trouble online.
topic-helping-friends = مساعدة صديق
# Topic (caregivers): how children are approached and targeted online.
topic-targeting = كيف يُستهدَف الأطفال
# Topic (caregivers): signs that a child may be in trouble online.
topic-warning-signs = علامات تستحق الانتباه
# Topic (caregivers): talking with children about online life.
topic-talking = الحديث معًا
# Topic (caregivers): settings and supervision that respect the child.
topic-supervision = الإعدادات والإشراف
# Topic (caregivers): reporting and finding support.
topic-reporting = الإبلاغ والدعم

## Language picker

# Shown beside a language whose translation was made with machine help and not yet checked by a native speaker.
locale-status-machine-assisted = ترجمة بمساعدة الآلة، لم تُراجَع بعد
# Shown beside a language where some text still appears in English.
locale-status-partial = ترجمة جزئية

## Saving progress

# Shown once after the progress file could not be read and a new one was started. The old file is kept.
store-recovered-notice = لم نتمكّن من قراءة تقدّمك المحفوظ، لذلك بدأنا من جديد. احتفظنا بملفك القديم بأمان، ويمكن لشخص كبير أن يطلب المساعدة لاستعادته.
# Shown when the saved progress comes from a newer version of the app.
store-newer-version = حُفِظ تقدّمك بإصدار أحدث من { -brand-name }. يُرجى تحديث التطبيق. لم يتغيّر أي شيء.
# Shown when progress can only be kept in memory (for example in a private browser window).
store-memory-only-notice = لن يُحفَظ التقدّم على هذا الجهاز. ما زال بإمكانك إكمال كل الدروس.
# Shown when the lessons' text in the chosen language could not be fetched (the web app carries only English inside).
lesson-pack-failed-notice = تعذّر تحميل الدروس بهذه اللغة حتى الآن، لذلك تظهر بالإنجليزية مؤقتًا. اتصل بالإنترنت وافتح التطبيق مرة أخرى.

## The frame around every screen

# A link for keyboard and screen-reader users that jumps past the top bar to the screen's content.
shell-skip-to-content = الانتقال إلى المحتوى
# Label of the navigation area in the top bar (read by screen readers).
shell-nav-label = القائمة الرئيسية
# Top-bar link to the settings screen.
shell-settings = الإعدادات
# Text of the help button that is always visible at the bottom of every screen. Keep it very short.
help-button = مساعدة
# Full label of the help button for screen readers.
help-button-label = مساعدة: ماذا تفعل ومع من تتحدّث
# Button that opens the technical details of a problem (for an adult or a bug report).
notice-details = التفاصيل
# Button that hides a notice.
notice-dismiss = إغلاق

## Saving progress (problems)

# Shown when something could not be saved; the lesson can go on.
store-save-failed = تعذّر حفظ ذلك على هذا الجهاز. يمكنك المتابعة، ويمكن لشخص كبير الاطّلاع على التفاصيل.
# Shown when saved progress could not be read.
store-read-failed = تعذّرت الآن قراءة تقدّمك المحفوظ. يمكنك المتابعة، ويمكن لشخص كبير الاطّلاع على التفاصيل.

## Welcome (first run): choose a language

# Title of the first screen.
welcome-title = مرحبًا بك في { -brand-name }
# Under the title of the first screen.
welcome-intro = دروس قصيرة واختبارات عن الأمان على الإنترنت، للأطفال والمراهقين والكبار الذين يرعونهم.
# Heading above the list of languages.
welcome-choose-language = اختر لغتك
# Reassurance about privacy on the first screen.
welcome-privacy = كل شيء يبقى على هذا الجهاز. لن نطلب منك أبدًا اسمك الحقيقي أو تاريخ ميلادك أو مكان سكنك.

## Create a profile

# Title of the screen where a profile is made.
profile-title = أنشئ ملفك الشخصي
# Label of the nickname field.
profile-nickname-label = الاسم المستعار
# Help under the nickname field.
profile-nickname-help = الأفضل أن تختار اسمًا من خيالك، لا اسمك الحقيقي الكامل.
# Heading of the avatar choices.
profile-avatar-label = اختر صورة
# Heading of the choice of age band or role.
profile-audience-label = لمن هذا الملف الشخصي؟
# Choice: a child aged 5 to 8.
profile-audience-explorers = عمري من 5 إلى 8 سنوات
# Choice: a child aged 9 to 12.
profile-audience-navigators = عمري من 9 إلى 12 سنة
# Choice: a teenager aged 13 to 17.
profile-audience-teens = عمري من 13 إلى 17 سنة
# Choice: a parent, grandparent or other carer.
profile-audience-caregivers = أنا أحد الوالدين أو مقدّمي الرعاية
# Choice: a teacher or trainer running sessions with a group.
profile-audience-trainers = أنا من المعلّمين أو المدرّبين
# Button that saves the new profile.
profile-save = ابدأ
# Shown when no age band or role was chosen.
profile-error-no-audience = يُرجى اختيار لمن هذا الملف الشخصي.
# Shown when the nickname is empty.
profile-error-empty-nickname = يُرجى كتابة اسم مستعار.
# Shown when the nickname is too long.
profile-error-nickname-too-long = هذا الاسم المستعار طويل جدًا. يُرجى استخدام 24 حرفًا أو أقل.
# Shown when the nickname has invisible characters.
profile-error-nickname-characters = في هذا الاسم المستعار رموز لا يمكننا عرضها. يُرجى كتابته من جديد.
# Shown for any other problem with the profile.
profile-error-other = تعذّر حفظ شيء ما في الملف الشخصي. يُرجى المحاولة مرة أخرى.

## Avatars (read by screen readers)

# Avatar picture: a fox.
avatar-fox = ثعلب
# Avatar picture: an owl.
avatar-owl = بومة
# Avatar picture: a cat.
avatar-cat = قطّة
# Avatar picture: a turtle.
avatar-turtle = سلحفاة
# Avatar picture: a rabbit.
avatar-rabbit = أرنب
# Avatar picture: a bear.
avatar-bear = دبّ
# Avatar picture: a robot.
avatar-robot = روبوت
# Avatar picture: a star.
avatar-star = نجمة

## Home

# Greeting on the home screen. Variables: $name (the profile's nickname).
home-greeting = مرحبًا يا { $name }!
# Shown on the home screen when no profile exists yet.
home-no-profile = هيّا ننشئ ملفك الشخصي أولًا.
# Button to start making a profile.
home-start = ابدأ
# Heading of the links to lessons for other ages.
home-other-bands = دروس لأعمار أخرى
# A lesson that has not been opened yet.
lesson-status-not-started = لم يبدأ بعد
# A lesson that was opened but not finished.
lesson-status-in-progress = قيد الإنجاز
# A lesson that was finished.
lesson-status-done = مكتمل
# A lesson finished with at least 80% right on the first try.
lesson-status-mastered = متقَن
# How long a lesson takes. Variables: $minutes (a number).
lesson-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}

## Lesson cards

# Screen-reader label of the progress dots. Variables: $current (card number), $total (how many cards).
lesson-card-position = البطاقة { $current } من { $total }
# Button to go back one card.
lesson-back = رجوع
# Button to go to the next card.
lesson-next = التالي
# Button on the last card that starts the questions.
lesson-start-quiz = ابدأ الأسئلة
# Shown when a link points to a lesson that does not exist.
lesson-not-found = لم نجد هذا الدرس.

## Quiz

# Button that checks the answer.
quiz-check = تحقّق من إجابتي
# Button that shows a hint.
quiz-show-hint = اعرض تلميحًا
# Label before the hint text.
quiz-hint-label = تلميح:
# Shown before answering again after a first wrong try.
quiz-second-try = جرّب مرة ثانية.
# Help for a multiple-choice question.
quiz-choose-all = اختر كل الإجابات المناسبة.
# How to answer a single-choice question (shown until an answer is chosen).
quiz-how-single-choice = اضغط على الإجابة التي تختارها.
# How to answer a multiple-choice question.
quiz-how-multiple-choice = اضغط على كل إجابة مناسبة.
# How to answer a true-or-false question.
quiz-how-true-false = اضغط على «صح» أو «خطأ».
# How to answer a "what would you do" question.
quiz-how-scenario = اضغط على ما كنت ستفعله.
# How to answer a sorting question.
quiz-how-sort-into-groups = ضع كل عنصر في مجموعة.
# How to answer an ordering question.
quiz-how-order-steps = رتّب كل الخطوات.
# Instructions for sorting items into groups by tapping.
quiz-sort-how = اضغط على عنصر، ثم اضغط على المجموعة التي ينتمي إليها.
# Screen-reader label of the list of items not yet sorted.
quiz-sort-tray = عناصر لتصنيفها
# Button in a group that places the chosen item there.
quiz-place-here = ضعه هنا
# Screen-reader hint on a placed item: tapping it takes it out again.
quiz-take-out = (اضغط لإخراجه)
# Instructions for putting steps in order by tapping.
quiz-order-how = اضغط على الخطوات بالترتيب الذي ستتّبعه.
# Screen-reader label of the steps already put in order.
quiz-order-list = ترتيبك
# Screen-reader label of the steps not yet placed.
quiz-order-tray = خطوات لترتيبها
# Heading of the feedback when the answer is right.
quiz-verdict-correct = نعم، هذا صحيح!
# Heading of the feedback when part of the answer is right.
quiz-verdict-partial = جزء من إجابتك صحيح.
# Heading of the feedback when the answer is not right. Kind, never shaming.
quiz-verdict-incorrect = ليس تمامًا. إليك السبب.
# Heading above the ranked list of actions in a "what would you do" question.
quiz-ranking-title = من الخيار الأفضل إلى الأقل:
# Marks the action the learner chose.
quiz-your-choice = (اختيارك)
# Label before the right answer, shown after the last try.
quiz-solution-label = الإجابة:
# Button to answer the same question again.
quiz-try-again = أعد المحاولة
# Button to go to the next question.
quiz-next-question = السؤال التالي
# Button after the last question.
quiz-see-results = شاهد نتيجتك

## Results

# Title of the results screen.
results-title = أحسنت، لقد أنهيت الدرس!
# The score. Variables: $score (questions right), $total (how many questions).
results-score = إجاباتك الصحيحة: { $score } من { $total }.
# Shown when at least 80% were right on the first try.
results-mastered = لقد أتقنت هذا الدرس.
# Shown otherwise. Encouraging.
results-not-mastered = يمكنك العودة إلى هذا الدرس في أي وقت للتدرّب.
# Heading of the questions to look at again.
results-review-title = أسئلة تستحق نظرة أخرى
# Heading of the "talk together" prompt for a child and their grown-up.
results-talk-together = لنتحدّث معًا
# Heading of the conversation starter in caregiver lessons.
results-talk-together-caregivers = جرّب هذا مع طفلك
# Heading of the discussion prompt for teachers and trainers.
results-trainer-prompt = لمجموعتك
# Heading: there is always someone to talk to.
results-someone-title = شخص تتحدّث إليه
# Body under that heading.
results-someone-body = إذا أقلقك أي شيء على الإنترنت، فأخبِر شخصًا كبيرًا تثق به. في شاشة المساعدة أفكار أخرى.
# Button to the Help screen.
results-open-help = افتح المساعدة
# Button back to the home screen.
results-home = العودة إلى دروسي

## Help

# Title of the Help screen.
help-title = مساعدة
# First line of the Help screen.
help-never-your-fault = إذا أزعجك شيء على الإنترنت أو حدث أمر سيّئ، فهذا ليس ذنبك أبدًا. يمكنك الحصول على المساعدة.
# Heading of the steps.
help-steps-title = ماذا تفعل
# Step 1.
help-step-stop = توقّف. لست مضطرًا إلى مواصلة المشاهدة أو الدردشة.
# Step 2.
help-step-dont-reply = لا تردّ على الرسائل التي تزعجك أو تضغط عليك.
# Step 3.
help-step-save = احفظ ما حدث: التقط صورًا للشاشة تُظهر الرسائل وأسماء المستخدمين. لا تُعِد إرسالها إلى أحد.
# Step 4.
help-step-block = احظر هذا الشخص.
# Step 5.
help-step-report = أبلِغ عن الأمر في التطبيق أو اللعبة.
# Step 6.
help-step-tell = أخبِر شخصًا كبيرًا تثق به. عليه أن يساعدك، لا أن يلومك.
# Heading: people to talk to.
help-someone-title = شخص تتحدّث إليه
# Who a trusted adult can be.
help-trusted-adult = الشخص الكبير الذي تثق به قد يكون أحد والديك أو من يرعاك، أو فردًا آخر من عائلتك، أو معلّمًا، أو مرشدًا في المدرسة.
# What to do in danger.
help-emergency = إذا كنت في خطر الآن، فاتّصل برقم الطوارئ في بلدك.
# Heading of the helplines part.
help-helplines-title = خطوط مساعدة للأطفال
# Body of the helplines part.
help-helplines-body = في معظم البلدان خطّ مساعدة مجاني للأطفال والشباب. وتعرض منظمة Child Helpline International هذه الخطوط حسب البلد.
# Link text to Child Helpline International's directory.
help-helplines-link = ابحث عن خطّ مساعدة في بلدك (childhelplineinternational.org)
# Where the helpline information comes from and when it was checked.
help-helplines-source = المصدر: Child Helpline International، جرى التحقّق في 22 نوفمبر (تشرين الثاني) 2026.

## Help: quick exit

# A button on Help and on lessons about abuse, for a child who is not alone: it replaces the app at once with a blank page. Keep it very short.
quick-exit = خروج سريع
# What the quick exit button does: its tooltip, and its description for screen readers.
quick-exit-label = خروج سريع: مغادرة هذا التطبيق الآن وعرض صفحة فارغة

## Help: what to do now (step lists; each line of a list is one step, keep one step per line)

# Heading above the situations.
help-now-title = ماذا تفعل الآن
# Under that heading.
help-now-intro = اضغط على ما يحدث معك. خطوة واحدة في كل مرة.
# Situation title for ages 5–8: someone asks for pictures of their body, or says scary things.
help-now-pictures-explorers-title = شخص يطلب صورًا لي، أو يخيفني
# Steps for ages 5–8. One step per line.
help-now-pictures-explorers =
    توقّف. يمكنك أن تقول: لا.
    لا ترسل أي صورة.
    اخرج من اللعبة أو المحادثة.
    أخبِر الآن شخصًا كبيرًا في دائرة الأمان الخاصة بك.
    هذا ليس ذنبك. لقد أحسنت حين أخبرت.
# Situation title for ages 9–12: someone asks for pictures or threatens them.
help-now-pictures-navigators-title = شخص يطلب مني صورًا أو يهدّدني
# Steps for ages 9–12. One step per line.
help-now-pictures-navigators =
    هذا ليس ذنبك، حتى لو أرسلت شيئًا من قبل.
    توقّف عن الردّ. لا ترسل أي شيء، ولا تدفع أي مال.
    احتفظ بالرسائل. التقط صورًا للشاشة واكتب اسم المستخدم.
    احظر الحساب وأبلِغ عنه في التطبيق.
    أخبِر اليوم شخصًا كبيرًا تثق به. عليه أن يساعدك، لا أن يلومك.
# Situation title for ages 13–17: sextortion (pictures asked for, threats to share them, demands for money or more).
help-now-pictures-teens-title = شخص يطلب مني صورًا أو يهدّدني
# Steps for ages 13–17 (sextortion). One step per line.
help-now-pictures-teens =
    هذه جريمة، وهذا ليس ذنبك، حتى لو شاركت شيئًا أو دفعت من قبل.
    لا تدفع، ولا ترسل المزيد. توقّف عن الردّ.
    احتفظ بالأدلّة: صور الشاشة، وأسماء المستخدمين، والروابط. لا تحذف حسابك الآن.
    أبلِغ عن الحساب في التطبيق، وأبلِغ CyberTipline أو الشرطة في منطقتك.
    يمكن لخدمة Take It Down (takeitdown.ncmec.org) أن تساعد على إزالة الصور؛ ولا يخرج من جهازك إلا رمز يمثّل الصورة.
    أخبِر شخصًا تثق به، أو اتّصل بأحد خطوط المساعدة أدناه. لم يفت الأوان لطلب المساعدة.
# Situation title for caregivers: their child is being asked for pictures or threatened (sextortion).
help-now-pictures-caregivers-title = يُطلَب من طفلي إرسال صور، أو يتعرّض للتهديد
# Steps for caregivers. One step per line.
help-now-pictures-caregivers =
    حافظ على هدوئك. اشكر طفلك لأنه أخبرك، وقل له إن الأمر ليس ذنبه.
    لا تدفع ولا تردّ على ذلك الشخص. نادرًا ما يوقف الدفعُ التهديدات.
    احتفظ بالأدلّة: صور الشاشة، وأسماء المستخدمين، والروابط. لا تُعِد إرسال أي صورة.
    أبلِغ عن الحساب لدى المنصّة، وأبلِغ CyberTipline أو الشرطة في منطقتك.
    استخدم Take It Down (takeitdown.ncmec.org) للمساعدة على إزالة صور طفلك.
    ابقَ قريبًا منه. اتّصل بأحد خطوط المساعدة أدناه إذا احتجت أنت أو طفلك إلى الدعم.
# Situation title for ages 5–8: someone online makes them feel funny or uncomfortable.
help-now-uncomfortable-explorers-title = شخص على الإنترنت يجعلني أشعر بشعور غريب أو بالضيق
# Steps for ages 5–8. One step per line.
help-now-uncomfortable-explorers =
    توقّف وأغلق اللعبة أو الفيديو.
    ليس عليك أن تردّ.
    اذهب إلى شخص كبير في دائرة الأمان الخاصة بك.
    قل: «أريد أن أخبرك بشيء.»
    لم تفعل شيئًا خاطئًا. الإخبار عمل شجاع.
# Situation title for ages 9–12: someone online makes them uncomfortable.
help-now-uncomfortable-navigators-title = شخص على الإنترنت يُشعرني بعدم الارتياح
# Steps for ages 9–12. One step per line.
help-now-uncomfortable-navigators =
    ثق بشعورك. يمكنك أن تتوقّف عن الدردشة في أي وقت.
    لا تنتقل إلى محادثة خاصة، ولا تخبر أحدًا بمكانك.
    احتفظ بالرسائل على شكل صور للشاشة.
    احظر هذا الشخص وأبلِغ عنه.
    أخبِر شخصًا كبيرًا تثق به بما حدث.
# Situation title for ages 13–17: someone online makes them uncomfortable (pressure, flattery, secrets).
help-now-uncomfortable-teens-title = شخص على الإنترنت يُشعرني بعدم الارتياح
# Steps for ages 13–17. One step per line.
help-now-uncomfortable-teens =
    شعورك بعدم الارتياح يستحق أن تصغي إليه. لستَ مدينًا لأحد بالردّ.
    انتبه إلى الضغط: الهدايا، والأسرار، وطلب الانتقال إلى تطبيق آخر، وطلب الصور.
    احتفظ بصور للشاشة من المحادثة والملف الشخصي.
    احظر الحساب وأبلِغ عنه.
    تحدّث إلى شخص تثق به، أو اتّصل بأحد خطوط المساعدة أدناه.
# Situation title for caregivers: someone online is making their child uncomfortable.
help-now-uncomfortable-caregivers-title = شخص على الإنترنت يُشعر طفلي بعدم الارتياح
# Steps for caregivers. One step per line.
help-now-uncomfortable-caregivers =
    استمع أولًا وحافظ على هدوئك. ردّ فعلك هو ما يحدّد إن كان طفلك سيخبرك في المرة القادمة.
    لا تأخذ منه الهاتف عقابًا له.
    احتفظ مع طفلك بصور للشاشة من الرسائل والملف الشخصي.
    احظر الحساب وأبلِغ عنه مع طفلك.
    إذا طلب شخص بالغ من طفلك أن يكتم سرًّا أو يرسل صورًا أو يلتقي به، فأبلِغ الشرطة.
# Situation title for ages 5–8: a friend told them something worrying.
help-now-friend-explorers-title = أخبرني صديقي أو صديقتي بشيء يقلقني
# Steps for ages 5–8. One step per line.
help-now-friend-explorers =
    أحسنت حين استمعت. هكذا يفعل الأصدقاء الطيّبون.
    بعض الأسرار يجب أن نخبر بها.
    أخبِر شخصًا كبيرًا في دائرة الأمان الخاصة بك.
    عندما تُخبر، تساعد صديقك على الحصول على المساعدة.
# Situation title for ages 9–12: a friend told them something worrying.
help-now-friend-navigators-title = أخبرني صديق بشيء مقلق
# Steps for ages 9–12. One step per line.
help-now-friend-navigators =
    استمع، وقل لصديقك إن الأمر ليس ذنبه.
    لا تشارك صوره أو رسائله مع أي أحد.
    أخبِر شخصًا كبيرًا تثق به، حتى لو طلب منك صديقك أن تكتم السرّ.
    ابقَ إلى جانب صديقك.
# Situation title for ages 13–17: a friend told them something worrying.
help-now-friend-teens-title = أخبرني صديق بشيء مقلق
# Steps for ages 13–17. One step per line.
help-now-friend-teens =
    استمع دون أن تحكم. قل له إن الأمر ليس ذنبه.
    لا تُعِد إرسال صوره أو رسائله أبدًا، حتى بنيّة المساعدة.
    شجّعه على إخبار شخص كبير يثق به، واعرض أن تذهب معه.
    إذا كان في خطر، فأخبِر أنت شخصًا كبيرًا. هذه ليست خيانة.
    اعتنِ بنفسك أيضًا. يمكنك الاتصال بأحد خطوط المساعدة أدناه.
# Situation title for caregivers: their child's friend told their child something worrying.
help-now-friend-caregivers-title = أخبرني طفلي بأمر مقلق حدث لأحد أصدقائه
# Steps for caregivers. One step per line.
help-now-friend-caregivers =
    اشكر طفلك لأنه أخبرك. لقد فعل الصواب.
    لا تطلب أي صور ولا تنظر إليها.
    تحدّث بهدوء مع والدَي الصديق أو من يرعاه، أو مع المدرسة.
    إذا كان هناك طفل قد يكون في خطر، فأبلِغ أحد خطوط المساعدة أو الشرطة.
# Situation title for ages 5–8: they saw something upsetting.
help-now-saw-explorers-title = رأيت شيئًا أزعجني
# Steps for ages 5–8. One step per line.
help-now-saw-explorers =
    أغلقه أو اقلب الشاشة على وجهها.
    لم تفعل شيئًا خاطئًا.
    أخبِر شخصًا كبيرًا بما رأيت.
    افعل معه شيئًا هادئًا.
# Situation title for ages 9–12: they saw something upsetting.
help-now-saw-navigators-title = رأيت شيئًا مزعجًا
# Steps for ages 9–12. One step per line.
help-now-saw-navigators =
    أغلقه. ليس عليك أن تواصل المشاهدة.
    لا تشاركه مع الآخرين.
    أبلِغ عنه في التطبيق.
    تحدّث إلى شخص كبير تثق به عن شعورك.
# Situation title for ages 13–17: they saw something upsetting.
help-now-saw-teens-title = رأيت شيئًا مزعجًا
# Steps for ages 13–17. One step per line.
help-now-saw-teens =
    أغلقه. ليس عليك أن تواصل المشاهدة.
    لا تشاركه ولا تُعِد إرساله، حتى على سبيل التحذير.
    أبلِغ عنه على المنصّة. وإذا كان يُظهر طفلًا يتعرّض للأذى، فأبلِغ CyberTipline أو الشرطة.
    تحدّث إلى شخص تثق به إذا ظلّ الأمر يشغل بالك.
# Situation title for caregivers: their child saw something upsetting.
help-now-saw-caregivers-title = رأى طفلي شيئًا مزعجًا
# Steps for caregivers. One step per line.
help-now-saw-caregivers =
    حافظ على هدوئك واشكره لأنه أخبرك. الأمر ليس ذنبه.
    اسأله عمّا رآه وعن شعوره، دون لوم.
    أبلِغ عنه على المنصّة. أبلِغ الشرطة أو CyberTipline عن صور الاعتداء على الأطفال؛ ولا تشاركها.
    اطمئنّ عليه مرة أخرى خلال الأيام القليلة القادمة.

## Help: contacts in your country

# Label of the country picker on Help and in Settings.
help-country-label = بلدك
# The country picker's first choice, when no country is chosen yet.
help-country-choose = اختر بلدك
# In the country picker: the user's country is not in the list.
help-country-other = بلدي غير موجود في القائمة
# Heading above the chosen country's contacts. Variable: $country (the country's name).
help-contacts-title = من يمكنه المساعدة في { $country }
# Shown when no country is chosen, or the country has no checked line in the app.
help-contacts-none = ليس لدينا بعدُ خطّ مساعدة جرى التحقّق منه لهذا البلد. اتّبع الخطوات في هذه الشاشة، وابحث عن خطّ في قائمة Child Helpline International أدناه.
# Tag on a contact: someone to talk to.
help-purpose-talk = التحدّث إلى شخص
# Tag on a contact: a place to report abuse.
help-purpose-report = الإبلاغ عن إساءة
# Tag on a contact: emergencies.
help-purpose-emergency = طوارئ
# Tag on a contact: getting pictures removed from the internet.
help-purpose-remove-images = إزالة الصور
# Button on a contact. Variable: $number (the phone number).
help-call = اتّصل بالرقم { $number }
# Button on a contact. Variable: $number (a number that takes text messages).
help-text = أرسل رسالة نصية إلى { $number }
# Button on a contact that takes a keyword by text message. Variables: $keyword (the word to send), $number.
help-text-keyword = أرسل { $keyword } في رسالة نصية إلى { $number }
# Button on a contact that answers on WhatsApp. Variable: $number.
help-whatsapp = واتساب { $number }
# Link to a contact's website or online form.
help-website = افتح الموقع الإلكتروني
# When a contact answers.
help-hours-always = متاح 24 ساعة، كل يوم
# What a contact costs.
help-cost-free = مجاني
# Under each contact: the source and the day it was checked. Variables: $source (a web address), $date (a date, year-month-day).
help-check-number = تحقّق من أن هذا الرقم مناسب لك. المصدر: { $source }، جرى التحقّق في { $date }.

## Help: my safety circle

# Heading of the safety circle on Help.
circle-title = دائرة الأمان الخاصة بي
# Under the heading.
circle-intro = اكتب الأسماء الأولى لكبار تثق بهم، خمسة على الأكثر. تبقى هذه الأسماء على هذا الجهاز فقط.
# When the circle is empty.
circle-empty = لا أحد بعد. أضف شخصًا كبيرًا تثق به.
# Label of the name field.
circle-name-label = الاسم الأول أو الاسم المستعار
# Button that adds the name.
circle-add = أضف إلى دائرتي
# Button that removes a name, for screen readers. Variable: $name.
circle-remove = أزِل { $name }
# When the circle already has five names.
circle-full = في دائرتك خمسة أشخاص. أزل واحدًا لتضيف شخصًا آخر.
# When the name is empty or too long.
circle-name-invalid = اكتب اسمًا طوله من 1 إلى 30 حرفًا.
# When there is no profile yet.
circle-no-profile = أنشئ ملفًا شخصيًا أولًا، ثم يمكنك حفظ دائرة الأمان الخاصة بك هنا.
# Heading at the end of lessons about telling someone.
circle-results-title = مَن يمكنك أن تخبره
# Before the names at the end of those lessons.
circle-results-body = يمكنك أن تخبر أي شخص في دائرة الأمان الخاصة بك:
# At the end of those lessons, when the circle is empty.
circle-results-add = أضف الكبار الذين تثق بهم إلى دائرة الأمان الخاصة بك في شاشة المساعدة.

## Country names (in the country picker)

# A country's name.
country-bo = بوليفيا
# A country's name.
country-br = البرازيل
# A country's name.
country-ec = الإكوادور
# A country's name.
country-fr = فرنسا
# A country's name.
country-gb = المملكة المتحدة
# A country's name.
country-gt = غواتيمالا
# A country's name.
country-id = إندونيسيا
# A country's name.
country-in = الهند
# A country's name.
country-ke = كينيا
# A country's name.
country-mx = المكسيك
# A country's name.
country-ph = الفلبين
# A country's name.
country-us = الولايات المتحدة

## For grown-ups: the gate

# Heading of the question that keeps young children out of the family pages.
gate-title = للكبار
# The question. Variables: $left and $right (two numbers to multiply).
gate-question = للمتابعة، يُرجى كتابة الإجابة: كم يساوي { $left } × { $right }؟
# Label of the answer field.
gate-answer-label = الإجابة
# Button under the answer.
gate-continue = متابعة
# After a wrong answer.
gate-wrong = هذه ليست الإجابة الصحيحة. إليك سؤالًا جديدًا.
# Heading of the gate's setting.
gate-level = سؤال للكبار
# A gate setting: the usual question.
gate-level-standard = عادي
# A gate setting: bigger numbers, for an older child who knows the times tables.
gate-level-harder = أصعب

## For grown-ups: the family view

# Title of the family view.
family-title = العائلة
# Under the title.
family-intro = ما أنجزه كل طفل على هذا الجهاز، وما يمكن الحديث عنه بعد ذلك. تظهر هنا الموضوعات فقط، ولا تظهر إجابات الأطفال أبدًا، ليتمكّنوا من الإجابة بصدق.
# When there are no children's profiles.
family-no-children = لا توجد ملفات شخصية لأطفال على هذا الجهاز بعد.
# A child's progress. Variables: $done, $total, $mastered (numbers of lessons).
family-progress = الدروس المكتملة: { $done } من { $total }. الدروس المتقَنة: { $mastered }.
# Heading of the lessons a child has finished.
family-done-title = المكتملة
# Heading of the topics to talk about.
family-talk-about = موضوعات للحديث عنها لاحقًا
# When a child has missed nothing lately.
family-talk-nothing = لا شيء يحتاج إلى مراجعة حاليًا. يمكنك أن تسأل طفلك عمّا أعجبه أكثر.
# Link to the conversation starters.
family-starters-link = أفكار لبدء الحديث حسب العمر
# Link to managing profiles.
family-manage-link = إدارة الملفات الشخصية
# Link from Settings and Home to the family view.
family-open = صفحة العائلة (للكبار)

## For grown-ups: managing profiles

# Title of the profile management screen.
manage-title = إدارة الملفات الشخصية
# Button: reset a child's progress.
manage-reset = إعادة ضبط التقدّم
# Button: delete a profile.
manage-delete = حذف الملف الشخصي
# Confirmation before deleting. Variable: $name (the profile's nickname).
manage-confirm-delete = هل تريد حذف { $name }؟ سيختفي الملف الشخصي من قوائم هذا الجهاز. يمكنك استعادته مع كل تقدّمه خلال 30 يومًا.
# Confirmation before a reset. Variable: $name.
manage-confirm-reset = هل تريد إعادة ضبط تقدّم { $name }؟ ستبدأ الدروس من جديد. يمكنك التراجع عن ذلك خلال 30 يومًا.
# Button: save a backup file before deleting or resetting.
manage-backup-first = حفظ نسخة احتياطية أولًا
# After the backup was saved. Variable: $file (the file's name or place).
manage-backup-saved = تم حفظ النسخة الاحتياطية: { $file }
# When the backup could not be saved.
manage-backup-failed = تعذّر حفظ النسخة الاحتياطية. لم يُحذف أي شيء.
# Button that confirms a deletion or a reset.
manage-confirm = تأكيد
# Button that cancels.
manage-cancel = إلغاء
# Button that undoes the last reset.
manage-undo-reset = التراجع عن إعادة الضبط
# Heading of the recently deleted profiles.
manage-deleted-title = المحذوفة مؤخرًا
# Button that brings a deleted profile back. Variable: $name.
manage-restore = استعادة { $name }
# Under a deleted profile. Variable: $date (a date, year-month-day).
manage-restorable-until = يمكن استعادته حتى { $date }.
# When nothing was deleted lately.
manage-none-deleted = لم يُحذف أي شيء خلال آخر 30 يومًا.

## For grown-ups: conversation starters

# Title of the conversation starters page.
starters-title = أفكار لبدء الحديث حسب العمر
# Under the title.
starters-intro = أسئلة وأنشطة من الدروس، مرتّبة حسب الموضوع، لبدء حديث في البيت أو مع مجموعة.
# Label of a prompt from a lesson for a young child with a grown-up.
starters-with-child = مع طفل عمره من 5 إلى 8 سنوات
# Label of a prompt from a caregivers' lesson.
starters-for-caregivers = لك ولطفلك
# Label of a discussion prompt for a group. Variable: $band (who the lesson is for).
starters-with-group = مع مجموعة ({ $band })

## Learning together (lessons for ages 5–8)

# Toggle on the first card of a lesson for 5–8-year-olds.
together-toggle = نفعل هذا معًا
# Label of the grown-up's prompt beside each card.
together-label = للشخص الكبير
# Heading of the next step at home on the results screen.
together-at-home = الخطوة التالية في البيت

## Classroom mode (for trainers with one screen and a whole group)

# Title of the classroom screen.
classroom-title = الصف الدراسي
# Under the title.
classroom-intro = قدِّم الدروس لمجموعة كاملة من شاشة واحدة، مقسَّمةً إلى فرق. كل شيء يعمل دون اتصال بالإنترنت.
# Link from Home and Settings to the classroom screen.
classroom-open = وضع الصف (للمعلّمين والمدرّبين)
# Heading of the ready-made plans.
classroom-ready-made = خطط جاهزة
# Name of a ready-made plan. Variables: $band (who it is for, such as "Ages 9–12"), $part (a number).
classroom-ready-name = { $band }، الجزء { $part }
# Length of a plan or a lesson. Variable: $minutes.
classroom-minutes = { $minutes } د
# Button that starts a plan with the group.
classroom-run = ابدأ مع مجموعة
# Link to the printable trainer sheet of a plan.
classroom-print-sheet = ورقة المدرّب
# Link to the printable one-page handout of a lesson.
classroom-print-handout = ورقة المشاركين
# Heading of the trainer's own plans.
classroom-my-plans = خططي
# When the trainer has no plans yet.
classroom-no-plans = لا توجد خطط محفوظة بعد.
# Heading of the plan builder.
classroom-new-plan = إعداد خطة
# Label of the plan's name field.
classroom-plan-name = اسم الخطة
# The plan's total time. Variable: $minutes.
classroom-plan-total = المدة الإجمالية بالدقائق: { $minutes }، مع وقت للحديث بعد كل درس
# Button that saves the plan.
classroom-save-plan = حفظ الخطة
# Button that deletes a saved plan. Variable: $name.
classroom-delete-plan = حذف { $name }
# When the plan has no name.
classroom-plan-needs-name = أعطِ الخطة اسمًا.
# When the plan has no lessons.
classroom-plan-needs-lessons = اختر درسًا واحدًا على الأقل.
# Heading of past sessions.
classroom-sessions = الجلسات التي عُقدت
# When there are none.
classroom-no-sessions = لا توجد جلسات بعد.
# A past session. Variables: $date, $plan (its name).
classroom-session = { $date }: { $plan }
# Button that saves a session's results as a CSV file for a report.
classroom-export-csv = تصدير ملف CSV
# When the CSV file could not be saved.
classroom-export-failed = تعذّر حفظ ملف CSV.
# Heading of the team set-up.
classroom-teams-title = الفرق
# Label of the number of teams.
classroom-team-count = عدد الفرق
# Label of a team's name field. Variable: $number.
classroom-team-name = اسم الفريق { $number }
# A team's name until the trainer changes it. Variable: $number.
classroom-team-default = الفريق { $number }
# Button that starts the session.
classroom-start = ابدأ
# When the team names cannot be used.
classroom-teams-problem = أعطِ كل فريق اسمًا خاصًا به، طوله من 1 إلى 24 حرفًا.

## Presenter (the projected screen)

# How to drive the presenter from the keyboard or a clicker.
presenter-keys = المفاتيح: → أو مفتاح المسافة للتالي، ← للرجوع، R لإظهار الإجابة، N للملاحظات، ومن 1 إلى 6 عندما يجيب فريق إجابة صحيحة.
# Button: next card or question.
presenter-next = التالي
# Button: back.
presenter-back = رجوع
# Button: show the answer to the group.
presenter-reveal = اعرض الإجابة
# Heading of the answer, once shown.
presenter-answer = الإجابة
# Heading of the trainer's notes (feedback and discussion prompt).
presenter-notes = ملاحظات المدرّب
# Button that hides or shows the notes while projecting.
presenter-notes-toggle = الملاحظات
# Heading of the team buttons under a question.
presenter-who-got-it = أيّ الفرق أجابت إجابة صحيحة؟
# Heading of the scoreboard.
presenter-scoreboard = النقاط حتى الآن
# A team's points. Variables: $team (its name), $points (a number).
presenter-points = { $team }: { $points }
# Where the presenter is. Variables: $current and $total (numbers).
presenter-progress = { $current } من { $total }
# Heading of the end screen.
presenter-end = أحسنتم جميعًا!
# Under it: encouraging, never ranking.
presenter-end-body = تعلّم كل فريق شيئًا اليوم. وإليكم ما أجاب عنه كل فريق إجابةً صحيحة في كل درس.
# Heading of the group discussion prompt in the notes.
presenter-discussion = لنتحدّث عن ذلك

## Printables

# Button that opens the browser's print dialog.
print-button = طباعة أو حفظ بصيغة PDF
# Heading of a lesson handout's questions.
print-questions = أسئلة للتفكير
# Heading of a trainer sheet. Variable: $plan (the plan's name).
print-plan-title = ورقة المدرّب: { $plan }
# Heading of the answers on a trainer sheet.
print-answers = الإجابات

## Settings

# Title of the settings screen.
settings-title = الإعدادات
# Heading of the language choice.
settings-language = اللغة
# Heading of the profile list.
settings-profiles = الملفات الشخصية على هذا الجهاز
# Button to make another profile.
settings-add-profile = أضف ملفًا شخصيًا
# Heading of the text size choice.
settings-text-size = حجم النص
# Text size: the normal size.
settings-text-size-standard = عادي
# Text size: one step bigger.
settings-text-size-large = كبير
# Text size: two steps bigger.
settings-text-size-larger = أكبر
# Text size: the biggest.
settings-text-size-largest = الأكبر
# Heading of the motion setting.
settings-motion = الحركة
# Checkbox label: fewer animations.
settings-reduced-motion = تقليل الحركة والرسوم المتحركة

## Not found

# Title when a page does not exist.
not-found-title = لا يمكننا العثور على هذه الصفحة
# Body when a page does not exist.
not-found-body = ربما يكون الرابط قديمًا. هيّا نعود إلى البداية.
# Button back to the start.
not-found-home = الذهاب إلى البداية

# Used in other messages; do not use on its own.
-brand-name = SafeSteps
