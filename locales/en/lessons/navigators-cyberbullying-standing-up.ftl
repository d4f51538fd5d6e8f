# SafeSteps — MIT OR Apache-2.0

### Lesson: Cyberbullying and standing up (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Some readers may be bullied, some may have joined in: never shame either.

# Lesson name on the lesson card.
lesson-title = Cyberbullying and standing up
# One line under the lesson name.
lesson-summary = Learn what cyberbullying is, what to do if it happens to you, and how to help when it happens to someone else.

# Card 1: what cyberbullying is.
card-what-it-is =
    Cyberbullying is when someone uses games, chats or apps to hurt a person again and again.
    It can be mean messages or comments.
    It can be leaving someone out of a group chat on purpose.
    It can be sharing a photo to make fun of them.
    It can be a fake account that pretends to be them.
# Card 2: how it feels; not the child's fault.
card-how-it-feels =
    Cyberbullying can make you feel sad, scared, angry or alone.
    It can feel like it follows you home on your phone.
    Those feelings are real, and they matter.
    If it is happening to you, it is not your fault. No one deserves to be bullied.
# Card 3: what to do if you are bullied online.
card-what-to-do =
    If someone bullies you online, here is what you can do.
    Don't reply. A reply can make it worse.
    Save the messages with screenshots.
    Block the person, and report them in the app.
    Tell an adult you trust, like a parent, carer or teacher.
# Card 4: being an upstander.
card-be-an-upstander =
    An upstander is someone who helps when they see bullying.
    Send the person a kind message, like "Are you okay?"
    Don't like, share or laugh at mean posts.
    Report the post, and tell an adult you trust.
    You don't have to argue with the person being mean. Helping in a quiet way still counts.
# Card 5: who to tell; adults should not blame; Help.
card-get-help =
    You don't have to deal with bullying alone.
    Tell an adult you trust. They should listen and not blame you.
    They can help you report it, and talk to your school if it helps.
    You can also tap Help to find someone to talk to.

# Question: multiple choice, "choose all that apply".
q-is-it-bullying = Which of these are cyberbullying? Choose all that apply.
    .hint = Is someone trying to hurt or leave out a person, again and again?
    .explanation = Mean comments, leaving someone out on purpose, fake accounts and sharing photos to make fun of someone are cyberbullying. Winning a game or liking a different team is not.
# Answer option (cyberbullying).
q-is-it-bullying-mean-comments-daily = Someone leaves mean comments on a kid's videos every day.
    .feedback = This is cyberbullying. It is meant to hurt, and it keeps happening.
# Answer option (cyberbullying).
q-is-it-bullying-left-out-on-purpose = A group makes a new chat just to leave one kid out.
    .feedback = This is cyberbullying. Leaving someone out on purpose can hurt a lot.
# Answer option (cyberbullying).
q-is-it-bullying-fake-account = Someone makes a fake account to pretend to be a classmate.
    .feedback = This is cyberbullying. Pretending to be someone can make others think badly of them.
# Answer option (cyberbullying).
q-is-it-bullying-shares-photo-to-mock = Someone shares a photo of a kid to make fun of them.
    .feedback = This is cyberbullying. Sharing a photo to make fun of someone hurts them.
# Answer option (not cyberbullying).
q-is-it-bullying-wins-fair-and-square = A friend beats you in a game and says, "Good game."
    .feedback = Not quite. Winning fair and being kind is not bullying.
# Answer option (not cyberbullying).
q-is-it-bullying-likes-other-team = Someone says they like a different team than you.
    .feedback = Not quite. Liking different things is normal. It is not bullying.

# Question: true or false about replying to a bully.
q-reply-back = If someone sends you mean messages, the best thing is to send a mean reply back.
    .hint = What might happen if you reply?
    .explanation = A reply can make it worse. Save the messages, block, report and tell an adult you trust.
# Feedback if the child picks "true" (wrong).
q-reply-back-true =
    .feedback = Not quite. It is normal to feel angry. But a reply can make it worse. Save, block, report and tell.
# Feedback if the child picks "false" (right).
q-reply-back-false =
    .feedback = Yes! Don't reply. Save the messages, block, report and tell an adult you trust.

# Question: a scenario. The situation is shown first, then the question.
q-no-ellie-chat = What could Tom do?
    .situation = Tom, 11, is added to a class group chat called "No Ellie." People are posting mean jokes about Ellie.
    .hint = How could Tom help Ellie without making it bigger?
    .explanation = Tom can be an upstander. He can check in with Ellie and tell an adult he trusts. Reporting the chat and not joining in helps too. Laughing or sharing makes it worse.
# Action (best).
q-no-ellie-chat-support-and-tell = Send Ellie a kind message, and tell an adult he trusts.
    .feedback = Best choice! Ellie knows someone cares, and an adult can help stop it.
# Action (also good).
q-no-ellie-chat-report-dont-join = Don't join in. Report the chat, then leave it.
    .feedback = Good choice. Not joining in and reporting helps. Telling an adult too is even better.
# Action (not helpful).
q-no-ellie-chat-send-laughing-face = Send a laughing face so he fits in.
    .feedback = Not quite. It can feel hard to stand out. But a laughing face tells the people being mean that it is okay.
# Action (not helpful).
q-no-ellie-chat-screenshot-to-friends = Send screenshots to other friends so they can see it.
    .feedback = Not quite. Sharing it spreads it. Save screenshots only to show an adult or to report.

# Question: single choice about what to do when being bullied.
q-priya-comments = Priya gets mean comments on every video she posts. What can she do?
    .hint = Think of the steps on the "what to do" card.
    .explanation = Priya can save the comments, block and report the person, and tell an adult she trusts. It is not her fault.
# Answer option (right).
q-priya-comments-save-block-report-tell = Take screenshots, block and report, and tell an adult she trusts.
    .feedback = Yes! Those steps help her stop it and get support. It is not her fault.
# Answer option (wrong).
q-priya-comments-post-mean-reply = Post a mean reply so they know how it feels.
    .feedback = Not quite. It makes sense to feel angry. But a reply can make it worse.
# Answer option (wrong).
q-priya-comments-quit-and-tell-no-one = Stop posting and tell no one.
    .feedback = Not quite. Priya does not have to deal with this alone. An adult she trusts can help.

# Question: single choice about what an upstander is.
q-upstander-means = What is an upstander?
    .hint = Think about the word "stand up."
    .explanation = An upstander helps in a safe way. They support the person, don't share, report and tell an adult.
# Answer option (right).
q-upstander-means-helps-safely = Someone who helps the person being bullied in a safe way.
    .feedback = Yes! Kind words, reporting and telling an adult are all upstander moves.
# Answer option (wrong).
q-upstander-means-just-watches = Someone who sees bullying but stays out of it.
    .feedback = Not quite. That is a bystander. An upstander does something to help.
# Answer option (wrong).
q-upstander-means-bullies-back = Someone who posts mean things back at the person being mean.
    .feedback = Not quite. Being mean back can make it bigger. Upstanders help in a safe way.

# Question: sort actions into two groups.
q-helps-or-not = Someone posts a mean video about a kid in your class. Put each action in the right group.
    .hint = Does it help the kid, or does it spread the mean post?
    .explanation = A kind message, a report and telling an adult help. Liking, sharing or adding a joke spreads the hurt.
# Group name.
q-helps-or-not-helps = Helps
# Group name.
q-helps-or-not-does-not-help = Does not help
# Item to sort (helps).
q-helps-or-not-kind-message = Send the kid a kind message.
    .feedback = This helps. It shows them they are not alone.
# Item to sort (helps).
q-helps-or-not-report-post = Report the video.
    .feedback = This helps. The app can take it down.
# Item to sort (helps).
q-helps-or-not-tell-adult = Tell an adult you trust.
    .feedback = This helps. An adult can help stop it.
# Item to sort (does not help).
q-helps-or-not-like-mean-post = Like the video.
    .feedback = This does not help. A like tells the bully people agree.
# Item to sort (does not help).
q-helps-or-not-share-mean-post = Share the video with friends.
    .feedback = This does not help. Sharing makes more people see it.
# Item to sort (does not help).
q-helps-or-not-add-a-mean-joke = Add a joke in the comments.
    .feedback = This does not help. A joke adds to the hurt.

# Question: true or false about blame. The right answer is "true".
q-not-to-blame = If you are bullied online, it is not your fault.
    .hint = Who is choosing to be mean?
    .explanation = The person who bullies is the one doing wrong. No one deserves to be bullied.
# Feedback if the child picks "true" (right).
q-not-to-blame-true =
    .feedback = Yes! It is never your fault. Tell an adult you trust, or tap Help.
# Feedback if the child picks "false" (wrong).
q-not-to-blame-false =
    .feedback = Not quite. No one deserves to be bullied. The person being mean is the one doing wrong.

# Question: true or false about changing after joining in. The right answer is "true".
q-joined-in-before = If you laughed at a mean post before, you can still be an upstander now.
    .hint = Can you make a new choice today?
    .explanation = Yes. Anyone can choose to help. You can start now, with a kind message or by telling an adult.
# Feedback if the child picks "true" (right).
q-joined-in-before-true =
    .feedback = Yes! You can make a new choice any time. Helping now still counts.
# Feedback if the child picks "false" (wrong).
q-joined-in-before-false =
    .feedback = Not quite. Everyone can make a new choice. You can help now, and that counts.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask: what makes it hard to be an upstander online? Think of small, safe things you could do to help. Who could you tell if you or a friend were being bullied?
