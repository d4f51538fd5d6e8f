# SafeSteps — MIT OR Apache-2.0

### Lesson: Sextortion, what to do (ages 13–17).
### Readers are teenagers, often alone and possibly in the middle of it. Be direct, calm and
### respectful; never preachy. Never describe images or acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Sextortion: what to do
# One line under the lesson name.
lesson-summary = If someone threatens to share an image of you, here is what helps, step by step.

# Card 1: what sextortion is, without detail.
card-what-it-is =
    Sextortion is when someone threatens to share a nude or sexual image of you unless you pay, send more, or do what they say.
    The image might be real, or faked or edited.
    Often it's a stranger who pretends to be your age, builds trust fast, then switches to threats.
    Sometimes it's someone you know, like an ex or someone from school.
    It happens in DMs, games and social apps, and it can happen to anyone.
# Card 2: a crime, never the teen's fault; you can say no.
card-not-your-fault =
    Sextortion is a crime, and it is not your fault, even if you shared an image.
    The person threatening you is the one breaking the law.
    You can say no, even if you sent something before.
    Feeling scared, ashamed or panicked is normal. You are not alone, and people can help.
# Card 3: what to do right now.
card-what-to-do =
    Don't pay and don't send more. Paying rarely stops the threats; they usually ask for more.
    Stop replying.
    Don't delete your account or the chat. Take screenshots of the messages and their profile (not the image), and keep usernames and links.
    Then report and block the account on the app.
    If you already paid, it will still be okay. Stop paying and get help now.
# Card 4: who to tell and where to report.
card-get-help =
    Tell an adult you trust: a parent, carer, relative, teacher or school counsellor. They should not blame you; their job is to help.
    Report the account on the app so it can act.
    In the US, report to NCMEC's CyberTipline at report.cybertip.org or 1-800-843-5678. NCMEC shares reports with police who can act.
    Elsewhere, tap Help to find where to report, or go to the police.
    Don't forward the image to anyone, not even to show a friend what is happening.
# Card 5: Take It Down and the Help button.
card-take-it-down =
    Take It Down (takeitdown.ncmec.org) is a free service from NCMEC. It can help remove nude or sexual images of under-18s from apps and sites that take part.
    It makes a digital fingerprint of the image, called a hash, on your own device. Only the hash is sent, never the image.
    If it feels like too much, talk to an adult you trust now, or tap the Help button to find people in your country who can help.

# Question: a scenario. The situation is shown first, then the question.
q-first-move = What is a good first move?
    .situation = You've been chatting with someone who said they were 16. After you shared a photo, they message: "Pay me now or I send this to all your followers. You have one hour."
    .hint = The time limit is there to panic you. What keeps you safe and gets you help?
    .explanation = Stopping, saving the evidence and telling a trusted adult is the best start. Saving, reporting and blocking helps too. Paying rarely stops the threats, and deleting loses evidence. If you already did either, you can still get help.
# Action (best).
q-first-move-stop-save-tell = Stop replying, save the messages, and tell an adult I trust.
    .feedback = Best move. You keep the evidence, you stop the pressure, and you get someone on your side.
# Action (also good).
q-first-move-screenshot-block-report = Screenshot the messages and their profile, then report and block the account.
    .feedback = Good move. Saving and reporting really helps. Telling a trusted adult as well makes it even stronger.
# Action (not helpful).
q-first-move-pay-once = Pay once so they go away.
    .feedback = Not quite. Paying rarely makes them stop; they usually ask for more. If you already paid, you can still get help.
# Action (not helpful).
q-first-move-delete-everything = Delete my account and the chat right away.
    .feedback = Not quite. It makes sense to want it gone, but deleting loses the evidence. Keep your account and the chat for now, save screenshots, then report and get help.

# Question: put the steps in order.
q-steps = Someone is threatening you. Put these app steps in order. (Tell an adult you trust at any point.)
    .hint = Which step would be hard to do once the account is blocked?
    .explanation = Stop replying first so things don't get worse. Save evidence before anything disappears. Report while you can still see the account, then block. Tell a trusted adult at any point; the sooner the better.
# Step 1.
q-steps-stop-replying = Stop replying
    .feedback = Stopping comes first. You don't owe them an answer, and replying gives them more to use.
# Step 2.
q-steps-save-evidence = Save screenshots, usernames and links
    .feedback = Save proof early. The account or messages could vanish later.
# Step 3.
q-steps-report-account = Report the account on the app
    .feedback = Report while you can still see their profile, so the app can act on it.
# Step 4.
q-steps-block-account = Block the account
    .feedback = Block last, once you have saved and reported. Then they can't reach you there.

# Question: choose all that apply.
q-evidence = Which of these are good ways to keep evidence? Choose all that apply.
    .hint = Evidence shows who they are and what they said.
    .explanation = Screenshots, usernames and profile links help the app, NCMEC or the police act. Deleting the chat loses evidence, and forwarding the image spreads it.
# Answer option (helps).
q-evidence-screenshots = Taking screenshots of the messages
    .feedback = Screenshots show exactly what they said and when.
# Answer option (helps).
q-evidence-username = Writing down their username
    .feedback = A username helps the app and others find the account.
# Answer option (helps).
q-evidence-profile-link = Copying the link to their profile
    .feedback = A profile link points straight to the account.
# Answer option (does not help).
q-evidence-delete-chat = Deleting the chat
    .feedback = Not quite. Deleting the chat loses the evidence. Keep it and save screenshots.
# Answer option (does not help).
q-evidence-forward-image = Forwarding the image to a friend
    .feedback = Not quite. Forwarding the image spreads it. Keep the messages, not copies of the image.

# Question: single choice about what paying usually leads to.
q-what-paying-does = What usually happens if you pay?
    .hint = What do people making threats tend to do after they get what they asked for?
    .explanation = Paying rarely stops the threats. They usually ask for more. Stop replying, save evidence and get help instead.
# Answer option (right).
q-what-paying-does-asks-for-more = They ask for more, and the threats often keep going.
    .feedback = Right. Paying rarely ends it. Getting help does more.
# Answer option (wrong).
q-what-paying-does-deletes-it = They delete the image and leave you alone.
    .feedback = Not quite. There is no way to know they will delete anything, and most ask for more. If you already paid, you can still get help.
# Answer option (wrong).
q-what-paying-does-only-way = The threats stop for good, because paying is the only way out.
    .feedback = Not quite. Reporting, blocking and telling an adult you trust are better ways to get it stopped.

# Question: true or false about having paid already.
q-already-paid = If you already paid, you can still get help.
    .hint = Is there ever a point where help is no longer there for you?
    .explanation = Yes. Even if you paid or sent more, it is not your fault and help is there. Stop paying, save the messages and tell someone you trust.
# Feedback if the teen picks "true" (right).
q-already-paid-true =
    .feedback = Right. If you already paid, it will still be okay. Stop paying, save the messages, and get help now.
# Feedback if the teen picks "false" (wrong).
q-already-paid-false =
    .feedback = Not quite. You can get help at any point. Paying once does not take away your right to help.

# Question: true or false about saying no after sharing before.
q-say-no-again = You can say no to sending more, even if you shared an image before.
    .hint = Does saying yes once mean you must always say yes?
    .explanation = Yes. Sharing once never means you have to share again. You can say no at any time.
# Feedback if the teen picks "true" (right).
q-say-no-again-true =
    .feedback = Right. You can always say no, whatever happened before.
# Feedback if the teen picks "false" (wrong).
q-say-no-again-false =
    .feedback = Not quite. You can always say no, even if you shared before. Sharing once never means you have to again.

# Question: single choice about how Take It Down protects privacy.
q-take-it-down-privacy = Take It Down is a free NCMEC tool that helps remove nude images of under-18s. How does it protect your privacy?
    .hint = Think about what the apps actually need to spot a copy.
    .explanation = Take It Down makes a hash, a digital fingerprint, on your own device. Only the hash is sent, never the image itself.
# Answer option (right).
q-take-it-down-privacy-hash-only = Only a digital fingerprint (a hash) leaves your device, not the image.
    .feedback = Right. The image stays on your device. Apps that take part use the hash to find copies.
# Answer option (wrong).
q-take-it-down-privacy-upload-image = You send the image to NCMEC staff to look at.
    .feedback = Not quite. You never send the image. Only a hash, a digital fingerprint, leaves your device.
# Answer option (wrong).
q-take-it-down-privacy-name-published = Your name is shared with the apps.
    .feedback = Not quite. Take It Down does not need your name. Only the hash is sent.

# Question: a scenario about helping a friend.
q-friend-panicking = What could you do?
    .situation = Your friend tells you someone is threatening to post a photo of them. They're panicking and say, "Don't tell anyone."
    .hint = Your friend needs support, and an adult who can act.
    .explanation = Listen, remind them it is not their fault, and help them get a trusted adult involved. Helping them save evidence and report is good too. Keeping it secret or paying leaves them alone with it.
# Action (best).
q-friend-panicking-listen-and-get-adult = Listen, tell them it's not their fault, and help them tell a trusted adult.
    .feedback = Best choice. You stay on their side and get them real help. A secret that keeps a friend in danger is one to share with an adult.
# Action (also good).
q-friend-panicking-help-save-and-report = Help them save the messages and report the account.
    .feedback = Good choice. Saving and reporting helps. An adult they trust can help even more.
# Action (not helpful).
q-friend-panicking-keep-the-secret = Keep it secret, like they asked.
    .feedback = Not quite. It feels loyal, but it leaves your friend alone with a crime. Help them tell a trusted adult.
# Action (not helpful).
q-friend-panicking-tell-them-to-pay = Tell them to pay so it ends.
    .feedback = Not quite. Paying rarely ends it; they usually ask for more. Help your friend stop replying and get help.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask: why do people who threaten teens use time limits and panic? What would make it easier to tell an adult? Talk about what happens after someone reports, and remind the group it is never the victim's fault.
