# SafeSteps — MIT OR Apache-2.0

### Lesson: Block and report (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Teach the skill step by step; make reporting feel safe.

# Lesson name on the lesson card.
lesson-title = Block and report
# One line under the lesson name.
lesson-summary = Learn how mute, block and report work, what happens after you report, and who can help.

# Card 1: the three tools: mute, block, report.
card-three-tools =
    Most games and apps have three tools.
    Mute means you stop seeing or hearing someone.
    Block means they can't message you or add you.
    Report tells the app that someone broke the rules.
    To find them, tap the player's name, or the three dots next to a message.
# Card 2: when to use the tools.
card-when-to-use =
    You can use these tools any time someone makes you feel upset, unsafe or pushed.
    Maybe they send mean messages or ask for photos. Maybe they won't stop messaging you.
    You don't need a big reason. It is your space.
    You can block someone even if you liked them before.
# Card 3: save proof before blocking; never save or send private pictures.
card-save-proof =
    Before you block, save proof.
    Take screenshots of the messages and the person's username. Don't delete the chat.
    Screenshots help the app and adults see what happened.
    If someone sends you a private picture, don't save it, screenshot it or send it on. Tell an adult you trust.
# Card 4: what happens after a report.
card-after-a-report =
    What happens after you report? People at the app check it.
    Most apps don't tell the person that it was you who reported them.
    The app may warn them, take down posts or close their account.
    It can take a while, and you may not hear back. That's okay.
    Reporting still helps keep you and others safe.
# Card 5: tell a trusted adult; not the child's fault; Help.
card-tell-an-adult =
    You don't have to do this alone. Tell an adult you trust.
    They can help you save proof, report and check your settings. They should not blame you.
    If someone upset you online, it is not your fault.
    You can also tap Help to find someone to talk to.

# Question: single choice about which tool stops messages.
q-stop-messages = Someone keeps messaging you in a game. Which tool stops them from messaging you?
    .hint = Which tool stops them from reaching you at all?
    .explanation = Block stops someone from messaging you or adding you. Mute only hides them from you. Save proof first, and report too.
# Answer option (right).
q-stop-messages-block = Block
    .feedback = Yes! Block stops them from messaging you. Save proof first, and report them too.
# Answer option (wrong).
q-stop-messages-mute = Mute
    .feedback = Not quite. Mute hides them from you, but they may still send things. Block stops the messages.
# Answer option (wrong).
q-stop-messages-change-avatar = Change my avatar
    .feedback = Not quite. A new look does not stop them. Block is the tool that does.

# Question: sort what each tool does into three groups.
q-which-tool = Which tool does what? Put each one in the right group.
    .hint = Think back to the card about the three tools. What does each one do?
    .explanation = Mute stops you seeing or hearing someone. Block stops them from reaching you. Report asks the app to check and act.
# Group name.
q-which-tool-mute = Mute
# Group name.
q-which-tool-block = Block
# Group name.
q-which-tool-report = Report
# Item to sort (mute).
q-which-tool-stop-hearing = I stop hearing them in voice chat.
    .feedback = That is mute. You stop hearing them, but they are still in the game.
# Item to sort (mute).
q-which-tool-hide-chat = I stop seeing their chat, but we stay in the same game.
    .feedback = That is mute. It hides them from you.
# Item to sort (block).
q-which-tool-no-more-messages = They can't message me any more.
    .feedback = That is block. It stops them from reaching you.
# Item to sort (block).
q-which-tool-no-friend-requests = They can't send me friend requests.
    .feedback = That is block. They can't add you.
# Item to sort (report).
q-which-tool-app-checks-rules = The app checks if they broke the rules.
    .feedback = That is report. People at the app look at what they did.
# Item to sort (report).
q-which-tool-app-can-close-account = The app can close their account.
    .feedback = That is report. The app can act if they broke the rules.

# Question: single choice about what to do before blocking.
q-before-blocking = Someone sends you mean messages. What should you do before you block them?
    .hint = What will help the app and an adult see what happened?
    .explanation = Take screenshots of the messages and their username first. Then block, report and tell an adult you trust.
# Answer option (right).
q-before-blocking-take-screenshots = Take screenshots of the messages and their username.
    .feedback = Yes! Screenshots are proof. They help when you report and tell an adult.
# Answer option (wrong).
q-before-blocking-delete-chat = Delete the chat so you don't have to see it.
    .feedback = Not quite. It makes sense to want it gone. But the chat is proof, so save it first.
# Answer option (wrong).
q-before-blocking-reply-angry = Send an angry reply.
    .feedback = Not quite. Replying can make it worse. Save proof, then block and report.

# Question: a scenario. The situation is shown first, then the question.
q-aisha-game = What could Aisha do?
    .situation = Aisha, 10, plays an online game. A player keeps messaging her: "Why won't you answer? Add me on another app." She said no, but he keeps going.
    .hint = Aisha said no and he did not stop. Which tools can help? Who can help?
    .explanation = Aisha can save proof, then block and report him, and tell an adult she trusts. Telling an adult first is good too. Replying or keeping quiet leaves her on her own.
# Action (best).
q-aisha-game-save-block-report-tell = Take screenshots, block and report him, then tell an adult she trusts.
    .feedback = Best choice! Aisha uses every tool, and an adult can help her. It is not her fault.
# Action (also good).
q-aisha-game-tell-adult-first = Tell an adult she trusts right away, and ask for help.
    .feedback = Good choice. An adult can help her save proof, block and report.
# Action (not helpful).
q-aisha-game-reply-once-more = Reply one more time and ask him nicely to stop.
    .feedback = Not quite. She already said no. Replying can keep him talking. Blocking stops it.
# Action (not helpful).
q-aisha-game-keep-quiet = Keep quiet and hope he stops.
    .feedback = Not quite. He may not stop. Aisha does not have to deal with this alone.

# Question: true or false about whether the reported person is told.
q-they-know-who = When you report someone, most apps tell them who reported them.
    .hint = Think back to the card about what happens after a report.
    .explanation = Most apps don't tell the person that it was you who reported them. That helps reporting feel safe.
# Feedback if the child picks "true" (wrong).
q-they-know-who-true =
    .feedback = Not quite. Most apps keep your name from the person you report. That helps you feel safe.
# Feedback if the child picks "false" (right).
q-they-know-who-false =
    .feedback = Yes! Most apps don't tell them who reported them. Reporting helps keep you and others safe.

# Question: multiple choice, "choose all that apply".
q-after-you-report = What can happen after you report someone? Choose all that apply.
    .hint = What can the app do if someone broke the rules?
    .explanation = The app checks the report. It may warn the person, take down posts or close the account. It does not post your name.
# Answer option (can happen).
q-after-you-report-app-checks = People at the app check the report.
    .feedback = This can happen. People at the app look at what was sent.
# Answer option (can happen).
q-after-you-report-warns-them = The app warns the person.
    .feedback = This can happen. A warning tells them to stop.
# Answer option (can happen).
q-after-you-report-removes-posts = The app takes down posts.
    .feedback = This can happen. Posts that break the rules can come down.
# Answer option (can happen).
q-after-you-report-closes-account = The app closes their account.
    .feedback = This can happen if they broke the rules.
# Answer option (does not happen).
q-after-you-report-posts-your-name = The app posts your name for everyone to see.
    .feedback = Not quite. Apps don't post your name. Most keep it private.
# Answer option (does not happen).
q-after-you-report-nothing-ever = Nothing, ever. Reports don't do anything.
    .feedback = Not quite. You may not hear back, but reports help apps keep people safe.

# Question: true or false about blocking someone you liked before.
q-block-a-friend = You can block someone even if you were friends with them before.
    .hint = Is it your space to choose who can reach you?
    .explanation = Yes. You can block anyone who makes you feel upset, unsafe or pushed, even a friend.
# Feedback if the child picks "true" (right).
q-block-a-friend-true =
    .feedback = Yes! It is your space. You can block anyone who makes you feel bad.
# Feedback if the child picks "false" (wrong).
q-block-a-friend-false =
    .feedback = Not quite. Liking someone before does not mean you have to keep talking. You can block them.

# Question: single choice about an unwanted private picture.
q-unwanted-picture = A player sends you a private picture you did not ask for. What do you do?
    .hint = Is this something to keep, pass on, or tell an adult about?
    .explanation = Don't save it, screenshot it or send it on, even as proof. Tell an adult you trust. They can help you report it. It is not your fault.
# Answer option (right).
q-unwanted-picture-dont-save-tell-adult = Don't save it or send it on. Tell an adult I trust.
    .feedback = Yes! An adult can help you report it. It is not your fault that they sent it.
# Answer option (wrong).
q-unwanted-picture-send-as-proof = Send it to a friend as proof.
    .feedback = Not quite. Sending it on shares it more. Tell an adult, and they can help you report it.
# Answer option (wrong).
q-unwanted-picture-keep-it-secret = Keep it a secret so no one is upset.
    .feedback = Not quite. A secret like this is one to tell. An adult you trust will want to help.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask: where are the mute, block and report buttons in the games and apps you use? Why might someone not want to report, and what could make it easier? Who could help you save proof?
