# SafeSteps — MIT OR Apache-2.0

### Lesson: If your child is being sextorted (caregivers).
### Readers are parents, grandparents, older siblings and teachers, possibly in the middle of it.
### Be calm, clear and step by step. Never describe images or acts. It is never the child's fault.
### Help contacts come only from the content guide; keep numbers and web addresses exactly as written.

# Lesson name on the lesson card.
lesson-title = إذا تعرّض طفلك للابتزاز الجنسي
# One line under the lesson name.
lesson-summary = ما الابتزاز الجنسي، وماذا تفعل خطوة بخطوة إذا حدث لطفلك.

# Card 1: what sextortion is, without detail.
card-what-it-is =
    الابتزاز الجنسي هو أن يهدّد أحدٌ طفلًا أو مراهقًا بنشر صورة عارية أو جنسية له إن لم يدفع مالًا، أو يرسل صورًا أخرى، أو يفعل ما يُطلب منه.
    قد تكون الصورة حقيقية، أو مزيّفة، أو معدّلة.
    كثيرًا ما يستخدم المبتزّ ملفًا شخصيًا مزيّفًا، ويتظاهر بأنه مراهق، ويبني الثقة بسرعة، ثم ينتقل إلى التهديد، أحيانًا خلال ساعات. وأحيانًا يكون شخصًا يعرفه الطفل.
    يضغط بشدّة بالمُهَل وإثارة الذعر. الابتزاز الجنسي جريمة، وقد يحدث لأيّ طفل.
# Card 2: the first reaction: calm, no blame.
card-your-first-reaction =
    إذا أخبرك طفلك، فابقَ هادئًا واشكره لأنه أخبرك. ربما يكون هذا أصعب ما قاله في حياته.
    قلها بوضوح: «هذا ليس ذنبك. فعلت الصواب عندما أخبرتني. سنتعامل مع هذا معًا.»
    الذنب ليس ذنب طفلك، حتى لو كان قد شارك صورة. الشخص الذي يهدّد هو مَن يرتكب جريمة.
    قد يشعر طفلك بالذعر أو الخجل أو الخوف. لا تلقِ عليه محاضرة، ولا تأخذ هاتفه عقابًا. تحتاج إلى أن يستمرّ في الحديث معك.
# Card 3: what to do right now.
card-what-to-do-now =
    لا تدفع، ولا ترسل أيّ شيء آخر. الدفع نادرًا ما يوقف التهديدات؛ فهم عادةً يطلبون المزيد.
    توقّف عن الردّ. لا تحتاج إلى الإجابة أو التفاوض.
    لا تحذف الحساب أو الدردشة الآن. احتفظ بالأدلّة. التقط لقطات شاشة للرسائل والملف الشخصي، واكتب أسماء المستخدمين وروابط الملفات الشخصية وأيّ تفاصيل دفع.
    لا تلتقط لقطة شاشة للصورة نفسها، ولا تحفظها، ولا تُعِد إرسالها.
    ثم أبلِغ عن الحساب في التطبيق واحظره.
    إذا كان طفلك قد دفع أو أرسل المزيد، فما زال كل شيء يمكن أن يكون بخير. توقّفوا الآن واطلبوا المساعدة.
# Card 4: where to report.
card-where-to-report =
    أبلِغ عن الحساب للتطبيق أو المنصّة. اذكر أن طفلًا يتعرّض للتهديد.
    في الولايات المتحدة، أبلِغ CyberTipline التابع لـNCMEC على report.cybertip.org أو على الرقم 1-800-843-5678. تشارك NCMEC البلاغات مع الشرطة التي تستطيع أن تتصرّف.
    في أماكن أخرى، تواصل مع الشرطة المحلية، وراجع شاشة المساعدة الخاصة ببلدك.
    Take It Down (takeitdown.ncmec.org) خدمة مجانية من NCMEC تستطيع أن تساعد على حذف الصور العارية أو الجنسية لمن هم دون 18 من المواقع المشاركة فيها. تصنع بصمة رقمية، تُسمّى «hash»، على جهازك أنت. البصمة فقط تُرسَل، ولا تُرسَل الصورة أبدًا.
    إذا كان طفلك في خطر الآن، فاتّصل برقم الطوارئ في بلدك.
# Card 5: emotional support for child and caregiver.
card-support-after =
    الابتزاز الجنسي قد يؤثّر بشدّة في الطفل أو المراهق. ابقَ قريبًا، وحافظ على الروتين اليومي، واستمرّ في تذكيره بأن الأمر ليس ذنبه.
    انتبه لعلامات الضيق الشديد، مثل الكلام عن فقدان الأمل أو إيذاء النفس. اطلب المساعدة بسرعة إذا لاحظتها.
    في الولايات المتحدة، يستطيع طفلك أو تستطيع أنت التواصل مع Crisis Text Line بإرسال THORN إلى 741741.
    الطبيب، أو المرشد في المدرسة، أو خطّ المساعدة يستطيعون أن يساعدوا أيضًا. واعتنِ بنفسك كذلك؛ فهذا صعب على مَن يرعون الأطفال. تحدّث إلى شخص تثق به.
    اضغط على «مساعدة» لتجد الدعم في بلدك.

# Question: a scenario. The situation is shown first, then the question.
q-late-night-message = ما أفضل ردّ أوّلي؟
    .situation = في وقت متأخر من الليل، يُريك ابنك أو ابنتك البالغ من العمر 16 سنة رسالة: «أرسل 500 دولار خلال ساعة وإلا نشرت صورتك لكل أصدقائك.» وهو يرتجف ويبكي.
    .hint = طفلك يحتاج أولًا إلى أمرين: أن يشعر بالأمان معك، وأن يتوقّف الضغط.
    .explanation = الكلمات الهادئة تأتي أولًا: الأمر ليس ذنبه. ثم توقّفوا عن الردّ واحفظوا الأدلّة. الدفع نادرًا ما يُنهي التهديدات، وحذف الحساب يُضيّع الأدلّة التي تحتاجون إليها للإبلاغ.
# Action (best).
q-late-night-message-calm-not-your-fault = أبقى هادئًا، وأحتضنه، وأقول: «هذا ليس ذنبك. سنتعامل معه معًا.»
    .feedback = أفضل خيار. طفلك يحتاج إلى أن يشعر بالأمان معك قبل أيّ شيء آخر. ثم تستطيعان التصرّف معًا.
# Action (also good).
q-late-night-message-stop-and-save = أساعده على التوقّف عن الردّ وحفظ الرسائل وأسماء المستخدمين.
    .feedback = خيار جيد. هذا يوقف الضغط ويحفظ الأدلّة. وتأكّد أن يسمع أيضًا أن الأمر ليس ذنبه.
# Action (not helpful).
q-late-night-message-pay-quickly = أدفع بسرعة حتى لا تُنشر الصورة.
    .feedback = من الطبيعي أن تريد إنهاء الأمر، لكن الدفع نادرًا ما يوقف التهديدات. هم عادةً يطلبون المزيد.
# Action (not helpful).
q-late-night-message-delete-account = أحذف حساب طفلي فورًا.
    .feedback = من المفهوم أن تريد أن يختفي، لكن الحذف يُضيّع الأدلّة. احفظها أولًا، ثم أبلِغ.

# Question: put the steps in order.
q-action-steps = رتّب هذه الخطوات ترتيبًا مفيدًا.
    .hint = مشاعر طفلك تأتي أولًا. ماذا ستحتاج أن يكون بين يديك قبل أن تُبلغ؟
    .explanation = طمئن طفلك أولًا. ثم توقّفوا عن الردّ واحفظوا الأدلّة قبل أن تُبلغوا وتحظروا. ثم اطلب الدعم لطفلك ولنفسك.
# Step 1.
q-action-steps-reassure = أطمئن طفلي: الأمر ليس ذنبه
    .feedback = الطمأنة أولًا تساعد طفلك على أن يبقى هادئًا ويستمرّ في الكلام.
# Step 2.
q-action-steps-stop-replying = نتوقّف عن الردّ على الشخص الذي يهدّد
    .feedback = التوقّف عن الردّ يقطع الضغط.
# Step 3.
q-action-steps-save-evidence = نحفظ لقطات شاشة للرسائل وأسماء المستخدمين والروابط
    .feedback = احفظ الدليل قبل أن يُحظر أو يُحذف أيّ شيء.
# Step 4.
q-action-steps-report = نُبلغ المنصّة وCyberTipline أو الشرطة
    .feedback = البلاغات تسمح للمنصّة والشرطة بالتصرّف.
# Step 5.
q-action-steps-get-support = نطلب الدعم النفسي لطفلي ولنفسي
    .feedback = الدعم يساعدكما معًا على التعامل مع ما بعد الأزمة.

# Question: multiple choice, "choose all that apply".
q-evidence = أيّ هذه يجب أن تحتفظ به كدليل؟ اختر كل الإجابات المناسبة.
    .hint = الدليل يُظهر مَن هو، وماذا قال، وماذا طلب.
    .explanation = أسماء المستخدمين، ولقطات شاشة الرسائل، وروابط الملفات الشخصية، وتفاصيل الدفع تساعد المنصّات والشرطة. لا تنسخ الصورة ولا تُعِد إرسالها أبدًا، ولا تحذف الدردشة.
# Answer option (keep).
q-evidence-usernames = أسماء المستخدمين الخاصة به على كل التطبيقات
    .feedback = نعم. أسماء المستخدمين تساعد المنصّات والشرطة على إيجاد الحساب.
# Answer option (keep).
q-evidence-message-screenshots = لقطات شاشة لرسائل التهديد
    .feedback = نعم. لقطات الشاشة تُظهر ما قيل ومتى.
# Answer option (keep).
q-evidence-profile-links = روابط ملفاته الشخصية
    .feedback = نعم. الرابط يوصل مباشرة إلى الحساب.
# Answer option (keep).
q-evidence-payment-details = تفاصيل الدفع، إذا كان مال قد أُرسل
    .feedback = نعم. تفاصيل الدفع قد تساعد الشرطة على تتبّع الشخص.
# Answer option (do not keep).
q-evidence-copy-the-image = نسخة من الصورة، لأُريها للشرطة
    .feedback = ليس تمامًا. لا تنسخ الصورة، ولا تحفظها، ولا تُعِد إرسالها. أخبِر الشرطة أو CyberTipline بوجودها، وسيرشدونك.
# Answer option (do not keep).
q-evidence-delete-the-chat = لا شيء. أحذف الدردشة حتى لا يراها طفلي.
    .feedback = ليس تمامًا. الحذف يُضيّع الأدلّة. تستطيع أن تُبقي الدردشة بعيدة عن الأنظار من غير أن تحذفها.

# Question: single choice about paying.
q-will-paying-help = يقول الشخص إنه سيحذف الصورة إذا دفع طفلك. ماذا يحدث عادةً إذا دفعت؟
    .hint = ماذا يفعل مَن يهدّدون عادةً عندما ينجح الدفع؟
    .explanation = الدفع نادرًا ما يوقف التهديدات. وكثيرًا ما يطلبون المزيد. توقّفوا عن الردّ، واحفظوا الأدلّة، وأبلِغوا بدلًا من ذلك.
# Answer option (right).
q-will-paying-help-rarely-stops = التهديدات نادرًا ما تتوقّف، وكثيرًا ما يطلبون المزيد.
    .feedback = صحيح. الدفع يُظهر أن التهديد ينجح. الإبلاغ يفيد أكثر.
# Answer option (wrong).
q-will-paying-help-ends-it = يحذفون الصورة ويتركون طفلك وشأنه.
    .feedback = ليس تمامًا. لا توجد طريقة لتعرف أنهم يحذفون أيّ شيء، ومعظمهم يطلبون المزيد.
# Answer option (wrong).
q-will-paying-help-pay-half = دفع النصف ينجح، لأنه يُظهر أنك جادّ.
    .feedback = ليس تمامًا. أيّ دفع يُظهر أن التهديد ينجح. توقّفوا عن الردّ وأبلِغوا بدلًا من ذلك.

# Question: true or false about having paid or sent more already. The right answer is "true".
q-already-sent-more = إذا كان طفلك قد دفع أو أرسل صورًا أخرى، فما زال كل شيء يمكن أن يكون بخير، وما زالت المساعدة متاحة.
    .hint = فكّر فيما قاله الدرس عن الطفل الذي دفع من قبل.
    .explanation = نعم. كثير من الشباب يدفعون أو يرسلون المزيد بدافع الذعر. وما زال الأمر ليس ذنبهم، ويستطيعون دائمًا أن يحصلوا على المساعدة، حتى الآن. توقّفوا الآن، واحفظوا الأدلّة، وأبلِغوا.
# Feedback if the caregiver picks "true" (right).
q-already-sent-more-true =
    .feedback = صحيح. قل لطفلك إن كل شيء ما زال يمكن أن يكون بخير. توقّفوا الآن، واحفظوا الأدلّة، وأبلِغوا.
# Feedback if the caregiver picks "false" (wrong).
q-already-sent-more-false =
    .feedback = ليس تمامًا. الذعر يدفع الناس إلى الدفع أو إرسال المزيد. طفلك ما زال يستطيع أن يحصل على المساعدة، وما زال الأمر ليس ذنبه.

# Question: single choice about how Take It Down protects privacy.
q-take-it-down = كيف تحمي خدمة Take It Down التابعة لـNCMEC خصوصية طفلك؟
    .hint = فكّر فيما تحتاجه المواقع لتتعرّف على نسخة من صورة.
    .explanation = تصنع Take It Down بصمة رقمية (hash) على جهازك أنت. البصمة فقط تُرسَل. والمواقع المشاركة تستخدمها لتجد النسخ وتحذفها.
# Answer option (right).
q-take-it-down-hash-only = بصمة رقمية فقط (hash) تخرج من جهازك، لا الصورة.
    .feedback = صحيح. الصورة تبقى على جهازك. والبصمة تساعد المواقع على إيجاد النسخ.
# Answer option (wrong).
q-take-it-down-send-image = ترسل الصورة إلى NCMEC لمراجعتها.
    .feedback = ليس تمامًا. أنت لا ترسل الصورة أبدًا. البصمة فقط تخرج من جهازك.
# Answer option (wrong).
q-take-it-down-public-list = يُوضع اسم طفلك في قائمة عامة.
    .feedback = ليس تمامًا. Take It Down لا تحتاج إلى اسم طفلك. البصمة فقط تُرسَل.

# Question: sort actions into "do" and "don't".
q-do-or-dont = صنّف كل تصرّف إلى «افعل» أو «لا تفعل».
    .hint = اسأل عن كل واحد: هل يحمي طفلك والأدلّة؟
    .explanation = طمئن، واحتفظ بالأدلّة، وأبلِغ. لا تدفع، ولا تشارك الصورة مع أحد، ولا تعاقب طفلك لأنه أخبرك.
# Group name.
q-do-or-dont-do = افعل
# Group name.
q-do-or-dont-dont = لا تفعل
# Item to sort (do).
q-do-or-dont-say-not-their-fault = قل لطفلك إن الأمر ليس ذنبه
    .feedback = طفلك يحتاج إلى أن يسمع هذا، مرارًا.
# Item to sort (do).
q-do-or-dont-report-cybertipline = أبلِغ CyberTipline (في الولايات المتحدة) أو الشرطة المحلية
    .feedback = الإبلاغ يسمح لمن يملكون سلطة التصرّف بأن يتدخّلوا.
# Item to sort (do).
q-do-or-dont-keep-messages = احتفظ بالرسائل وأسماء المستخدمين
    .feedback = الأدلّة تساعد المنصّات والشرطة على التصرّف.
# Item to sort (don't).
q-do-or-dont-pay-the-demand = ادفع ما يطلبونه
    .feedback = الدفع نادرًا ما يوقف التهديدات. هم عادةً يطلبون المزيد.
# Item to sort (don't).
q-do-or-dont-forward-to-family = أرسل الصورة إلى قريب لتطلب نصيحته
    .feedback = لا تُعِد إرسال الصورة أبدًا. صِف ما يحدث بدلًا من ذلك.
# Item to sort (don't).
q-do-or-dont-take-phone-as-punishment = خذ هاتفه عقابًا له
    .feedback = العقاب قد يجعل طفلك يشعر أنه ملوم ويتوقّف عن الحديث معك.

# Question: single choice about emotional support in the US.
q-emotional-support = طفلك في الولايات المتحدة منزعج جدًا بعد تعرّضه للابتزاز الجنسي. ما الطريقة الجيدة للحصول على الدعم له، أو لك؟
    .hint = فكّر في خيارات الدعم في البطاقة الأخيرة.
    .explanation = في الولايات المتحدة، تقدّم Crisis Text Line الدعم: أرسل THORN إلى 741741. والطبيب، أو المرشد في المدرسة، أو خطّ المساعدة يستطيعون أن يساعدوا أيضًا. في أماكن أخرى، اضغط على «مساعدة» لتجد الدعم في بلدك.
# Answer option (right).
q-emotional-support-text-thorn = أرسل THORN إلى 741741 للتواصل مع Crisis Text Line
    .feedback = نعم. مستشارون مدرَّبون يستطيعون أن يساعدوا طفلك، أو يساعدوك، في أصعب اللحظات.
# Answer option (wrong).
q-emotional-support-wait-it-out = أنتظر لأرى هل ستزول المشاعر وحدها
    .feedback = ليس تمامًا. الابتزاز الجنسي قد يسبّب ضيقًا شديدًا. اطلب الدعم مبكرًا.
# Answer option (wrong).
q-emotional-support-post-warning = أنشر عن الأمر على الإنترنت لأحذّر الآباء والأمهات الآخرين
    .feedback = ليس تمامًا. النشر قد يكشف طفلك. اطلب دعمًا خاصًا، وأبلِغ بدلًا من ذلك.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = جرّب أن تقول: «قرأت أن بعض الناس على الإنترنت يهدّدون المراهقين بالصور أحيانًا. إذا حدث ذلك لك أو لصديق يومًا ما، فالأمر ليس ذنبك. سأساعدك، لا أعاقبك. ما الذي سيجعل إخباري أسهل عليك؟»
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = اسأل المجموعة: ما الذي قد يمنع طفلًا أو مراهقًا من إخبار شخص كبير عن الابتزاز الجنسي؟ كيف يستطيع الكبار أن يزيلوا هذه العوائق؟ راجعوا الخطوات معًا: الطمأنة، والتوقّف، والحفظ، والإبلاغ، والدعم.
