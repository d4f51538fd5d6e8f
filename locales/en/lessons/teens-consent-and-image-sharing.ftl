# SafeSteps — MIT OR Apache-2.0

### Lesson: Consent and sharing images (ages 13–17).
### Readers are teenagers, often alone. Be direct, calm and respectful; never preachy.
### Never describe images or acts; say "nude or private image". Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Consent and sharing images
# One line under the lesson name.
lesson-summary = Whose photo is it? When to ask, when to stop, and what to do if an image gets shared.

# Card 1: consent before sharing anyone's image.
card-ask-first =
    Photos and videos are a big part of how we talk online. That's fine.
    But a photo of someone is partly theirs. Before you post or send it, ask them.
    Consent means a clear yes, given freely. Silence is not a yes. "Whatever" is not a yes.
    People can also change their mind. If a friend asks you to take a photo down, take it down.
    You'd want the same from them.
# Card 2: never forward a nude or private image.
card-never-forward =
    Never forward a nude or private image of someone, even if it is already going around.
    Each share hurts the person in it. It can follow them for years.
    In many countries, sharing a nude image of someone under 18 is a crime. This can be true even if you are under 18 too.
    It doesn't matter who sent it first, or if they once sent it to one person. Sending it to one person is not a yes to everyone.
# Card 3: what to do if you receive one.
card-if-you-get-one =
    If someone sends you a nude or private image of another person:
    Don't forward it or show anyone.
    Report it in the app. Then delete it, and clear it from your "recently deleted" folder.
    Don't save a copy, not even as proof. You can report without keeping the image.
    Tell an adult you trust, so they can help stop it spreading. They should not blame you for getting it.
    If an adult or a stranger sends you a nude image of anyone, that is not okay either. Report them and tell someone.
# Card 4: you can say no; not your fault.
card-you-can-say-no =
    No one has the right to pressure you for an image. Not a crush, a partner, a friend or a stranger.
    You can say no, even if you shared before. Saying yes once never means yes again.
    If your image was shared without your consent, it is not your fault. The person who shared it is the one in the wrong, even if you sent it to them.
    You did not cause this, and you can get help.
# Card 5: Take It Down, reporting, and who to talk to.
card-getting-it-removed =
    Report the post on the app. Nude images of under-18s break app rules, and apps should remove them.
    Take It Down (takeitdown.ncmec.org) is a free NCMEC tool. It helps remove nude images of under-18s from apps that take part.
    It makes a hash, a digital fingerprint, of the image on your own device. Only the hash is sent, never the image.
    Talk to an adult you trust. Or tap the Help button to find people in your country who can help.

# Question: single choice about posting a funny photo of a friend.
q-funny-photo = You have a funny photo of a friend. What should you do before you post it?
    .hint = Whose face is in the photo?
    .explanation = Ask first. A photo of someone is partly theirs. If they say no, or change their mind later, respect it.
# Answer option (right).
q-funny-photo-ask-them-first = Ask them if it's okay to post.
    .feedback = Right. A quick "Can I post this?" shows respect, and most friends will say yes or tell you which one they like.
# Answer option (wrong).
q-funny-photo-post-then-delete = Post it, and delete it if they get upset.
    .feedback = Not quite. By then people may have seen or saved it. Asking first is easier for both of you.
# Answer option (wrong).
q-funny-photo-tag-them = Tag them so they know it's up.
    .feedback = Not quite. Tagging tells them after it's posted. Consent means asking before.

# Question: a scenario about a private image in a group chat.
q-group-chat-image = What could you do about the image?
    .situation = In a group chat, someone posts a private image of a girl from your year. People start sending laughing emojis. Someone says, "Send it to the other chat."
    .hint = Think about the girl in the image. What would stop it spreading?
    .explanation = Not sharing it, reporting it and telling a trusted adult is the best move. Deleting it and leaving the chat is good too. Forwarding it spreads the harm. Forwarding or saving it can be a crime.
# Action (best).
q-group-chat-image-dont-share-report-tell = Don't share it. Report it in the app, delete it, and tell an adult I trust.
    .feedback = Best move. You help stop the spread, and an adult can help get it removed. Getting it was not your fault, and you did the right thing by telling.
# Action (also good).
q-group-chat-image-delete-and-leave-chat = Delete it and leave the chat.
    .feedback = Good move. You're not part of the spread. Reporting it and telling an adult as well would help her even more.
# Action (not helpful).
q-group-chat-image-forward-to-warn = Forward it to her so she knows it's going around.
    .feedback = Not quite. Sending it on, even to her, still spreads it. Tell her kindly in words, and tell an adult.
# Action (not helpful).
q-group-chat-image-save-just-in-case = Save a copy, just in case someone needs proof.
    .feedback = Not quite. Keeping a copy can be a crime, and you don't need it to report. Report it, then delete it.

# Question: choose all that apply, about why not to forward.
q-why-not-forward = Why should you never forward someone's nude or private image? Choose all that apply.
    .hint = Think about the person in it, the law, and what happens after you press send.
    .explanation = It hurts the person, it can be a crime, and once sent it can spread beyond anyone's control. Who sent it first or how far it has spread doesn't change that.
# Answer option (right reason).
q-why-not-forward-hurts-the-person = It hurts the person in the image.
    .feedback = Yes. Every share adds to their hurt.
# Answer option (right reason).
q-why-not-forward-can-be-a-crime = In many places, it can be a crime.
    .feedback = Yes. Sharing a nude image of someone under 18 is a crime in many countries.
# Answer option (right reason).
q-why-not-forward-spreads-fast = Once you send it, you can't control where it goes.
    .feedback = Yes. One forward can turn into hundreds of copies.
# Answer option (not a reason to share).
q-why-not-forward-fine-if-already-out = It's fine if lots of people already have it.
    .feedback = Not quite. Each new share still hurts them. You can be the one who stops it.
# Answer option (not a reason to share).
q-why-not-forward-fine-if-they-sent-it = It's fine if they sent it to someone first.
    .feedback = Not quite. Sending it to one person is not a yes for everyone.

# Question: put the steps in order.
q-received-steps = Someone sends you a nude image of a classmate. Put these steps in order. (Tell an adult you trust at any point.)
    .hint = Which step needs the message to still be there?
    .explanation = Stop the spread first. Report while the message is still there, so the app can act. Then delete it, and clear it from "recently deleted" so no copy stays.
# Step 1.
q-received-steps-dont-forward = Don't forward it or show anyone
    .feedback = First, stop it with you. That protects your classmate.
# Step 2.
q-received-steps-report-it = Report the message or account in the app
    .feedback = Report while you can still see it, so the app can act.
# Step 3.
q-received-steps-delete-it = Delete the image
    .feedback = Then delete it. You don't need to keep it.
# Step 4.
q-received-steps-empty-deleted-folder = Clear it from your "recently deleted" folder
    .feedback = Last, clear it from there too, so no copy is left on your phone.

# Question: true or false about saying no after saying yes before.
q-said-yes-before = If you sent someone a photo before, you can still say no next time.
    .hint = Does a yes once mean yes forever?
    .explanation = True. Consent is for each time. You can say no now, whatever you did before.
# Feedback if the teen picks "true" (right).
q-said-yes-before-true =
    .feedback = Right. You can say no at any time. Someone who keeps pushing is not respecting you.
# Feedback if the teen picks "false" (wrong).
q-said-yes-before-false =
    .feedback = Not quite. Sharing once never means you have to again. You can always say no.

# Question: true or false about blame. The right answer is "false".
q-blame-for-sending = If someone shares your private image without consent, you are partly to blame for sending it.
    .hint = Who chose to share it with others?
    .explanation = False. It is not your fault. The person who shared it without your consent is the one in the wrong. You can get help to have it removed.
# Feedback if the teen picks "true" (wrong).
q-blame-for-sending-true =
    .feedback = Not quite. It is not your fault, even if you sent it to them. They chose to share it. You can report it and get help.
# Feedback if the teen picks "false" (right).
q-blame-for-sending-false =
    .feedback = Right. The blame is on the person who shared it. Report it, tell someone you trust, and try Take It Down.

# Question: single choice about how Take It Down works.
q-take-it-down-how = How does Take It Down keep your image private?
    .hint = Think about what apps need to spot a copy without seeing it.
    .explanation = Take It Down makes a hash, a digital fingerprint, on your own device. Only the hash is sent. Apps that take part use it to find and remove copies.
# Answer option (right).
q-take-it-down-how-hash-leaves = Only a digital fingerprint (a hash) leaves your device.
    .feedback = Right. The image stays with you. The hash is enough to find copies.
# Answer option (wrong).
q-take-it-down-how-image-uploaded = You upload the image so staff can check it.
    .feedback = Not quite. You never send the image. Only the hash leaves your device.
# Answer option (wrong).
q-take-it-down-how-police-told = Your name is sent to the police.
    .feedback = Not quite. Take It Down doesn't need your name. Only the hash is sent.

# Question: a scenario about pressure to send an image.
q-pressure-to-send = What could you do?
    .situation = You've been talking to someone you like for a few weeks. They message: "Everyone does it. I'd send you one. If you cared, you'd send me a pic."
    .hint = Does caring about someone mean doing what they push for?
    .explanation = Saying no clearly is the best move. Leaving the chat and telling someone you trust is good too. "If you cared" is pressure, and someone who cares takes no for an answer.
# Action (best).
q-pressure-to-send-say-no-clearly = Say no. "I'm not sending that." I don't owe anyone an image.
    .feedback = Best move. A clear no is enough. You don't need to give a reason.
# Action (also good).
q-pressure-to-send-leave-and-tell = Stop replying and talk to someone I trust about it.
    .feedback = Good move. You don't have to handle pressure alone. If it keeps up, you can block and report.
# Action (not helpful).
q-pressure-to-send-send-to-keep-them = Send one so they don't lose interest.
    .feedback = Not quite. Someone worth keeping won't push you. You can say no, and if you already sent one, you can still get help.
# Action (not helpful).
q-pressure-to-send-send-without-face = Send one that doesn't show my face.
    .feedback = Not quite. Images can still be shared and linked to you. And you never have to send one at all.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask: what does consent look like when sharing a photo of a friend? Why do private images spread so fast, and what could one person in a group chat do to stop it? Remind the group it is never the fault of the person in the image.
