# SafeSteps — MIT OR Apache-2.0

### Lesson: Livestreaming (ages 13–17).
### Readers are teenagers who stream or watch streams. Be direct and respectful; never preachy.
### Streaming is positive; teach settings and exits. Never describe acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Going live, safely
# One line under the lesson name.
lesson-summary = Streaming can be great. Here's how to spot pressure in the chat and stay in control.

# Card 1: streaming is positive; what's different about live.
card-going-live =
    Livestreaming is a great way to share gaming, music, art or just a chat, and to build a community.
    But live is different from a post. There's no edit button, and you can't take back what people saw.
    Anyone watching can record or screenshot your stream, even if the app doesn't save it.
    And you often can't tell who is watching, or how old they really are.
    Knowing this helps you stay in charge of your stream.
# Card 2: red flags in the chat.
card-red-flags =
    Most viewers just want to hang out. Watch for comments that:
    ask you to do things on camera, like dares, or to change clothes or show your room;
    offer gifts, coins or money if you do what they say;
    ask where you live, what school you go to, or how old you are;
    push you to move to a private chat or another app;
    flatter you a lot, then ask for more.
    Gifts can make you feel you owe them. You don't.
# Card 3: settings before you go live.
card-settings =
    Before you go live, check your settings.
    Choose who can watch. Friends only is safest.
    Turn on comment filters to block certain words, or turn comments off.
    Ask a friend you trust to be a moderator who can remove comments and viewers.
    Turn off location, and check what's behind you: school logos, street views, mail with your address.
    If you're under the app's age for streaming or gifts, those limits are there to protect you.
# Card 4: ending a stream and reporting.
card-end-it =
    You can end a stream at any time. You don't owe anyone an explanation.
    If a comment makes you uneasy, end it. You can go live again later if you want.
    Then write down the viewer's username and save any comments you can.
    Report the viewer in the app, and block them.
    If they show up in other places, like your DMs, report and block there too.
# Card 5: not your fault, and who to talk to.
card-not-your-fault =
    If someone pressured, tricked or recorded you on a stream, it is not your fault.
    The person pushing you is the one doing wrong, even if you went along with it.
    If a recording or image of you is shared, report it on the app. Take It Down (takeitdown.ncmec.org) can help remove nude images of under-18s.
    Talk to an adult you trust. Or tap the Help button to find someone in your country.

# Question: a scenario about coins offered for a dare.
q-coins-for-a-dare = What could you do about the offer?
    .situation = You're live. A viewer writes: "500 coins if you do a dare for me. Let's talk about it in private chat."
    .hint = Two red flags are here. Which choice keeps you in charge?
    .explanation = Saying no, ending the stream if you want to, and reporting the viewer is the best move. Deleting the comment and blocking them is good too. Dares for coins and private chats are ways to pressure you.
# Action (best).
q-coins-for-a-dare-say-no-end-report = Say no, end the stream if I want to, and report the viewer.
    .feedback = Best move. You stay in control, and the app can act on the report.
# Action (also good).
q-coins-for-a-dare-delete-and-block = Delete the comment, block the viewer and carry on.
    .feedback = Good move. They're gone from your stream. Reporting them too helps protect others.
# Action (not helpful).
q-coins-for-a-dare-do-a-small-dare = Do a small dare. It's only a bit of fun.
    .feedback = Not quite. Small asks often lead to bigger ones. You can say no, even after coins.
# Action (not helpful).
q-coins-for-a-dare-move-to-private = Go to private chat to find out what the dare is.
    .feedback = Not quite. In private, no one else sees what they say. That's why they want to move.

# Question: choose all that apply, about red-flag comments.
q-red-flag-comments = Which comments in a stream chat are red flags? Choose all that apply.
    .hint = Does the comment ask for something about you, or try to make a deal?
    .explanation = Asking your school, offering gifts for obeying, and moving you to another app are red flags. "Nice play" and "What's next?" are normal chat.
# Answer option (red flag).
q-red-flag-comments-which-school = "What school do you go to?"
    .feedback = Yes. Your school can help someone find you offline. You don't have to say.
# Answer option (red flag).
q-red-flag-comments-gifts-if-you-obey = "I'll send you gifts if you do what I say."
    .feedback = Yes. Gifts with conditions are pressure. You don't owe anyone for a gift.
# Answer option (red flag).
q-red-flag-comments-add-me-elsewhere = "Add me on another app, just us."
    .feedback = Yes. "Just us" means no one else can see. That's a red flag.
# Answer option (normal).
q-red-flag-comments-nice-play = "Nice play!"
    .feedback = Not quite. That's a normal, friendly comment.
# Answer option (normal).
q-red-flag-comments-what-game-next = "What game are you playing next?"
    .feedback = Not quite. That's normal chat about your stream.

# Question: true or false about recording.
q-viewers-can-record = Viewers can record your livestream, even if the app doesn't save it.
    .hint = What can anyone do with their own phone or computer while watching?
    .explanation = True. Anyone can screenshot or record their screen. Stream as if it could be saved.
# Feedback if the teen picks "true" (right).
q-viewers-can-record-true =
    .feedback = Right. Live doesn't mean gone. Anyone watching can keep a copy.
# Feedback if the teen picks "false" (wrong).
q-viewers-can-record-false =
    .feedback = Not quite. Viewers can record their screen, whatever the app does.

# Question: choose all that apply, about settings.
q-helpful-settings = Which settings help keep a stream safer? Choose all that apply.
    .hint = Which ones control who sees you and what they can say?
    .explanation = Friends-only streams, word filters, a trusted moderator and location off all help. Showing your location lets strangers know where you are.
# Answer option (helps).
q-helpful-settings-friends-only = Only friends can watch
    .feedback = Yes. Fewer strangers means less risk.
# Answer option (helps).
q-helpful-settings-word-filter = A filter that blocks certain words in comments
    .feedback = Yes. Filters stop many nasty comments before you see them.
# Answer option (helps).
q-helpful-settings-moderator = A friend you trust as moderator
    .feedback = Yes. A moderator can remove comments and viewers while you stream.
# Answer option (helps).
q-helpful-settings-location-off = Location turned off
    .feedback = Yes. Viewers don't need to know where you are.
# Answer option (does not help).
q-helpful-settings-show-location = Location shown so local fans can find you
    .feedback = Not quite. Showing your location tells strangers where you are. Keep it off.

# Question: put the steps in order.
q-uncomfortable-steps = A viewer's comments make you uneasy while you're live. Put these steps in order.
    .hint = What stops the pressure right away? What do you need before you block?
    .explanation = End the stream first to stop the pressure. Save the username and comments while you can. Report while you can still find them, then block.
# Step 1.
q-uncomfortable-steps-end-stream = End the stream
    .feedback = First. Ending the stream stops the pressure right away.
# Step 2.
q-uncomfortable-steps-save-username = Write down their username and save comments
    .feedback = Next. This proof helps when you report.
# Step 3.
q-uncomfortable-steps-report-viewer = Report the viewer in the app
    .feedback = Report while you can still find their profile.
# Step 4.
q-uncomfortable-steps-block-viewer = Block the viewer
    .feedback = Last. Now they can't watch or message you there.

# Question: true or false about ending a stream. The right answer is "false".
q-owe-an-explanation = If you end a stream suddenly, you owe your viewers an explanation.
    .hint = Whose stream is it?
    .explanation = False. It's your stream. You can end it any time, for any reason, without explaining.
# Feedback if the teen picks "true" (wrong).
q-owe-an-explanation-true =
    .feedback = Not quite. You never owe viewers an explanation. Your safety comes first.
# Feedback if the teen picks "false" (right).
q-owe-an-explanation-false =
    .feedback = Right. You can end it any time. Real fans will still be there next time.

# Question: single choice about a regular viewer.
q-regular-viewer = A regular viewer has sent you lots of gifts. Now they say, "After all I've given you, let's chat in private." What is this?
    .hint = Why might someone bring up their gifts before asking for something?
    .explanation = This is a warning sign. Gifts can be used to make you feel you owe someone. Moving to private chat hides what they say.
# Answer option (right).
q-regular-viewer-warning-sign = A warning sign. They're using gifts to pressure me.
    .feedback = Right. You don't owe anyone for a gift. You can say no, block and report.
# Answer option (wrong).
q-regular-viewer-loyal-fan = A loyal fan who wants to get to know me
    .feedback = Not quite. A real fan doesn't need to move you to private. Watch for pressure.
# Answer option (wrong).
q-regular-viewer-fair-after-gifts = Fair, since they've given me so much
    .feedback = Not quite. Gifts don't buy your time or your privacy. You can always say no.

# Question: a scenario about a recorded clip being shared.
q-clip-shared = What could you do about the clip?
    .situation = A viewer recorded part of your stream. They send it to you and say they'll post it unless you do what they want.
    .hint = This is a threat. Who can help you stop it?
    .explanation = Stopping replies, saving proof, telling a trusted adult and reporting is the best move. Reporting the clip and the account helps too. Doing what they ask rarely stops the threats, and deleting your account loses evidence. It is not your fault.
# Action (best).
q-clip-shared-tell-adult-and-report = Stop replying, save the messages, tell an adult I trust, and report the account.
    .feedback = Best move. You keep proof, you're not alone, and the app can act. This is not your fault.
# Action (also good).
q-clip-shared-report-the-clip = Report the account and the clip in the app, then block them.
    .feedback = Good move. Save the messages first. Telling an adult as well makes it stronger.
# Action (not helpful).
q-clip-shared-do-what-they-ask = Do what they want so they don't post it.
    .feedback = Not quite. Giving in usually leads to more demands. If you already did, you can still get help.
# Action (not helpful).
q-clip-shared-delete-account = Delete my account so it all goes away.
    .feedback = Not quite. It makes sense to want that, but deleting loses proof. Keep it for now and get help.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask: what makes a stream chat feel fun, and what makes it feel like pressure? Talk about the settings that help, why ending a stream is always okay, and remind the group it is never the streamer's fault if someone pressures or records them.
