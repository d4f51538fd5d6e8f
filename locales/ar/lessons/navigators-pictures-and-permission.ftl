# SafeSteps — MIT OR Apache-2.0

### Lesson: Pictures and permission (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Name actions and feelings; never describe images or abuse.

# Lesson name on the lesson card.
lesson-title = الصور والإذن
# One line under the lesson name.
lesson-summary = تعلّم أن تستأذن قبل أن تنشر، وأن تفكّر قبل أن تشارك، وماذا تفعل إذا طلب منك أحد صورًا.

# Card 1: ask before posting photos of other people.
card-ask-first =
    الصور والفيديوهات طريقة ممتعة لتشارك ما تفعله.
    لكن قبل أن تنشر صورة لصديقك، استأذنه أولًا.
    بعض الناس لا يريدون صورهم على الإنترنت، ولا بأس بذلك.
    إذا قال «لا»، فلا تنشرها.
    وهذا ينطبق على الصور الجماعية والفيديوهات المضحكة أيضًا.
# Card 2: think before sharing your own photos.
card-think-before-sharing =
    قبل أن تنشر صورة لنفسك، توقّف وفكّر.
    مَن قد يراها؟ هل تُظهر مدرستك، أو شارعك، أو مكانك؟
    عندما تصبح الصورة على الإنترنت، يستطيع الناس أن ينسخوها ويشاركوها.
    ولا تستطيع دائمًا أن تستعيدها.
    لست متأكدًا؟ اسأل شخصًا كبيرًا تثق به.
# Card 3: never share someone else's private picture.
card-private-pictures =
    بعض الصور خاصة، أو مقصود بها شخص واحد فقط.
    لا تشارك أبدًا صورة خاصة لشخص آخر. لا ترسلها لغيرك، ولا تنشرها، ولا تُرِها للناس.
    مشاركتها قد تؤذيه كثيرًا.
    إذا أرسل لك أحد صورة كهذه، فلا تحفظها ولا ترسلها لغيرك. أخبِر شخصًا كبيرًا تثق به.
# Card 4: if someone asks for pictures: say no and tell.
card-if-someone-asks =
    قد يطلب منك أحد صورة تجعلك تشعر بعدم الارتياح.
    قد يكون غريبًا، أو صديقًا من الإنترنت، أو شخصًا تعرفه.
    يمكنك دائمًا أن تقول «لا». لا يحقّ لأحد أن يطلب من طفل صورًا من غير ملابس.
    وطلب أن تُبقي الأمر سرًّا علامة تحذيرية أيضًا.
    قل «لا»، وتوقّف عن الردّ، وأخبِر شخصًا كبيرًا تثق به.
# Card 5: not the child's fault; help is there; Help screen.
card-not-your-fault =
    إذا ضغط عليك أحد لترسل صورة، أو نشر صورة لك، فهذا ليس ذنبك.
    ما زال بإمكانك أن تحصل على المساعدة، حتى لو أرسلت شيئًا من قبل.
    أخبِر شخصًا كبيرًا تثق به. يستطيع أن يساعدك على الإبلاغ عنها وحذفها.
    ويمكنك أيضًا أن تضغط على «مساعدة» لتجد شخصًا تتحدّث إليه.

# Question: single choice about posting a photo of friends.
q-lunch-photo = التقطت صورة مضحكة لأصدقائك وقت الغداء. تريد أن تنشرها. ماذا تفعل أولًا؟
    .hint = صورة مَن هذه؟ مَن له أن يختار؟
    .explanation = استأذن كل مَن في الصورة قبل أن تنشرها. إذا قال أيّ واحد «لا»، فلا تنشرها.
# Answer option (right).
q-lunch-photo-ask-everyone = أسأل كل مَن في الصورة هل يوافق.
    .feedback = نعم! كل مَن في الصورة له رأي. إذا قال شخص واحد «لا»، فلا تنشرها.
# Answer option (wrong).
q-lunch-photo-post-and-tag = أنشرها وأضع إشارة إليهم ليروها.
    .feedback = ليس تمامًا. الإشارة إليهم ليست مثل استئذانهم. اسأل أولًا.
# Answer option (wrong).
q-lunch-photo-post-then-delete = أنشرها، وأحذفها إذا انزعج أحد.
    .feedback = ليس تمامًا. عندها قد يكون الناس رأوها أو حفظوها. اسأل أولًا.

# Question: true or false about posting after a friend says no.
q-friend-says-no = إذا قال صديقك «لا»، فلا بأس أن تنشر صورته على أيّ حال إذا كانت جميلة.
    .hint = لِمَن القرار عندما تُظهر الصورة صديقك؟
    .explanation = صديقك هو الذي يختار ما يُنشر عنه على الإنترنت. إذا قال «لا»، فلا تنشرها.
# Feedback if the child picks "true" (wrong).
q-friend-says-no-true =
    .feedback = ليس تمامًا. حتى الصورة الجميلة تحتاج إلى «نعم». إذا قال صديقك «لا»، فلا تنشرها.
# Feedback if the child picks "false" (right).
q-friend-says-no-false =
    .feedback = نعم! «لا» تعني «لا»، حتى مع صورة رائعة. هكذا تُظهر احترامك.

# Question: a scenario. The situation is shown first, then the question.
q-group-chat-photo = ماذا يمكنك أن تفعل؟
    .situation = شخص في مجموعة دردشة الصف أرسل صورة خاصة لزميل في الصف. والناس يرسلون وجوهًا ضاحكة.
    .hint = بماذا قد يشعر الزميل؟ مَن يستطيع أن يساعد على إيقاف هذا؟
    .explanation = لا ترسلها لغيرك. أخبِر شخصًا كبيرًا تثق به، وأبلِغ عنها في التطبيق. والاطمئنان على زميلك يساعد أيضًا. أمّا مشاركتها أو الضحك مع الآخرين فيؤذيه أكثر.
# Action (best).
q-group-chat-photo-dont-share-tell-adult = لا ترسلها لغيرك. أخبِر شخصًا كبيرًا تثق به.
    .feedback = أفضل خيار! الشخص الكبير يستطيع أن يساعد على حذف الصورة. ولا يحقّ لأحد أن يلومك لأنك أخبرت.
# Action (also good).
q-group-chat-photo-report-and-check-in = أبلِغ عن الصورة في التطبيق، واسأل زميلك هل هو بخير.
    .feedback = خيار جيد. الإبلاغ يساعد، ولطفك مهمّ. أخبِر شخصًا كبيرًا أيضًا.
# Action (not helpful).
q-group-chat-photo-send-it-on = أرسلها إلى صديق لتسأله عن رأيه.
    .feedback = ليس تمامًا. إرسالها لغيرك ينشرها أكثر. لا تنقلها. أخبِر شخصًا كبيرًا تثق به.
# Action (not helpful).
q-group-chat-photo-laugh-along = أرسل وجهًا ضاحكًا لتكون مثل الباقين.
    .feedback = ليس تمامًا. قد يكون صعبًا ألّا تشارك مع الآخرين. لكن الضحك معهم قد يؤذي زميلك أكثر.

# Question: a scenario. The situation is shown first, then the question.
q-nico-asked = ماذا يمكن أن يفعل نبيل؟
    .situation = نبيل، 11 سنة، يدردش مع لاعب اسمه «ماكس» منذ أسابيع. يقول ماكس: «أرسل لي صورة لك. لي أنا فقط. لا تخبر أحدًا.»
    .hint = ابحث عن علامة تحذيرية. هل يستطيع نبيل أن يقول «لا»؟
    .explanation = طلب صورة وطلب سرّ علامتان تحذيريتان. يستطيع نبيل أن يقول «لا» ويخبر شخصًا كبيرًا يثق به. وحظر ماكس والإبلاغ عنه يساعدان أيضًا.
# Action (best).
q-nico-asked-say-no-tell-adult = يقول «لا». يخبر شخصًا كبيرًا يثق به.
    .feedback = أفضل خيار! يستطيع نبيل دائمًا أن يقول «لا». والشخص الكبير يستطيع أن يساعده على الإبلاغ عن ماكس والبقاء بأمان.
# Action (also good).
q-nico-asked-stop-block-report = يتوقّف عن الردّ. يحفظ الدردشة، ثم يحظر ماكس ويُبلغ عنه.
    .feedback = خيار جيد. حفظ الدردشة يساعد عندما تُبلغ. وإخبار شخص كبير أيضًا أفضل من ذلك.
# Action (not helpful).
q-nico-asked-send-face-only = يرسل صورة لوجهه فقط.
    .feedback = ليس تمامًا. طلب ماكس من نبيل أن يُبقي الأمر سرًّا. هذه علامة تحذيرية. يستطيع نبيل أن يقول «لا».
# Action (not helpful).
q-nico-asked-send-to-keep-friend = يرسلها لكي يبقى ماكس صديقه.
    .feedback = ليس تمامًا. الصديق الحقيقي يقبل «لا» كجواب. يستطيع نبيل أن يقول «لا» ويخبر شخصًا كبيرًا.

# Question: multiple choice, "choose all that apply".
q-before-you-post = قبل أن تنشر صورة لنفسك، ما الذي من الجيد أن تتحقّق منه؟ اختر كل الإجابات المناسبة.
    .hint = أيّ هذه الأشياء قد تساعد أحدًا على أن يجدك؟
    .explanation = تحقّق من شعار المدرسة، وشارعك أو بيتك، ووسم الموقع، ومَن يستطيع أن يرى المنشور. الإعجابات والفلاتر لا تغيّر شيئًا في أمانك.
# Answer option (good to check).
q-before-you-post-school-logo = هل يستطيع الناس أن يروا شعار مدرستي؟
    .feedback = من الجيد أن تتحقّق. الشعار قد يُظهر أين تدرس.
# Answer option (good to check).
q-before-you-post-street-or-house = هل يستطيع الناس أن يروا شارعي أو بيتي؟
    .feedback = من الجيد أن تتحقّق. لافتة الشارع أو البيت قد تُظهر أين تسكن.
# Answer option (good to check).
q-before-you-post-who-can-see = مَن يستطيع أن يرى هذا المنشور؟
    .feedback = من الجيد أن تتحقّق. اجعله للناس الذين تعرفهم في الحياة الحقيقية.
# Answer option (good to check).
q-before-you-post-location-tag = هل أُضيف موقعي إلى الصورة؟
    .feedback = من الجيد أن تتحقّق. وسم الموقع يُظهر أين أنت. أوقفه.
# Answer option (not about safety).
q-before-you-post-how-many-likes = هل ستحصل على إعجابات كثيرة؟
    .feedback = ليس تمامًا. الإعجابات ممتعة، لكنها لا تحميك.
# Answer option (not about safety).
q-before-you-post-coolest-filter = أيّ فلتر يبدو الأروع؟
    .feedback = ليس تمامًا. الفلتر اختيارك. وهو لا يغيّر مَن يستطيع أن يرى الصورة.

# Question: true or false about photos being copied.
q-copied-and-shared = عندما تصبح الصورة على الإنترنت، يستطيع الناس أن ينسخوها ويشاركوها.
    .hint = فكّر في لقطات الشاشة.
    .explanation = نعم. الناس يستطيعون أن يلتقطوا لقطات شاشة أو يحفظوا الصور. لهذا من الجيد أن تفكّر قبل أن تنشر.
# Feedback if the child picks "true" (right).
q-copied-and-shared-true =
    .feedback = نعم! لقطة الشاشة تأخذ ثانية واحدة. لذلك فكّر قبل أن تنشر.
# Feedback if the child picks "false" (wrong).
q-copied-and-shared-false =
    .feedback = ليس تمامًا. حتى لو حذفت صورة، ربما حفظها أحد قبل ذلك.

# Question: sort photos into three groups.
q-post-ask-or-never = ضع كل صورة في المجموعة المناسبة.
    .hint = مَن في الصورة؟ هل كان المقصود أن تبقى خاصة؟
    .explanation = رسمتك أو غروب الشمس لا بأس بنشرهما. صور الأصدقاء تحتاج إلى «نعم» أولًا. أمّا الصور الخاصة للآخرين فليس من حقّك أن تشاركها أبدًا.
# Group name.
q-post-ask-or-never-okay-to-post = لا بأس بنشرها
# Group name.
q-post-ask-or-never-ask-first = أستأذن أولًا
# Group name.
q-post-ask-or-never-never-share = لا أشاركها أبدًا
# Item to sort (okay to post).
q-post-ask-or-never-my-drawing = صورة لرسمتي
    .feedback = رسمتك مِلكك وتستطيع أن تشاركها. فقط تأكّد أن اسمك ليس عليها.
# Item to sort (okay to post).
q-post-ask-or-never-sunset = صورة لغروب الشمس
    .feedback = لا بأس بنشر غروب الشمس. فقط تأكّد أن الموقع مغلق.
# Item to sort (ask first).
q-post-ask-or-never-friend-at-party = صديقي في حفلة
    .feedback = استأذن أولًا. صديقك هو الذي يختار هل تُنشر على الإنترنت.
# Item to sort (ask first).
q-post-ask-or-never-team-photo = فريقي بعد مباراة
    .feedback = استأذن أولًا. كل مَن في الصورة له رأي.
# Item to sort (never share).
q-post-ask-or-never-photo-sent-just-to-me = صورة أرسلها لي أحد لي وحدي
    .feedback = لا تشاركها أبدًا. كانت مقصودة لك وحدك.
# Item to sort (never share).
q-post-ask-or-never-classmate-private-photo = صورة خاصة لزميل في الصف
    .feedback = لا تشاركها أبدًا. قد تؤذيه كثيرًا. أخبِر شخصًا كبيرًا تثق به.

# Question: true or false about getting help after sending a photo. The right answer is "true".
q-sent-before = إذا أرسلت صورة من قبل، فما زال بإمكانك أن ترفض إرسال المزيد وتحصل على المساعدة.
    .hint = هل قول «نعم» مرة يعني أن عليك أن تقول «نعم» دائمًا؟
    .explanation = يمكنك أن تقول «لا» في أي وقت. هذا ليس ذنبك، والشخص الكبير الذي تثق به يستطيع أن يساعدك. ويمكنك أيضًا أن تضغط على «مساعدة».
# Feedback if the child picks "true" (right).
q-sent-before-true =
    .feedback = نعم! يمكنك دائمًا أن تقول «لا». ويمكنك دائمًا أن تخبر أحدًا، حتى لو مرّ وقت.
# Feedback if the child picks "false" (wrong).
q-sent-before-false =
    .feedback = ليس تمامًا. يمكنك أن تقول «لا» في أي وقت. هذا ليس ذنبك، والمساعدة موجودة دائمًا.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اسأل: بماذا ستشعر لو نشر أحد صورة لك من غير أن يستأذنك؟ ماذا يمكن أن تقول لصديق يريد أن يشارك صورة خاصة لشخص آخر؟ مَن يستطيع أن يساعد إذا طلب منك أحد صورًا؟
