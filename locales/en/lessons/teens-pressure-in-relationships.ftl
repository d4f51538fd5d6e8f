# SafeSteps — MIT OR Apache-2.0

### Lesson: Pressure in relationships (ages 13–17).
### Readers are teenagers, some of them in a controlling relationship right now. Be direct, calm
### and respectful; never preachy. Never describe abuse or images. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Pressure in relationships
# One line under the lesson name.
lesson-summary = What a healthy relationship looks like online, how to spot control, and where to get help.

# Card 1: what a healthy relationship looks like online.
card-healthy =
    Dating, crushes and close friendships can be some of the best parts of being a teen. A lot of it happens on phones.
    In a healthy relationship, you both feel safe and free.
    You trust each other without checking up.
    You each keep your own friends, your own time and your own phone.
    You can say no, and the other person is okay with it.
    You don't feel scared of how they'll react.
# Card 2: signs of a controlling relationship online.
card-control-signs =
    Control can look like care at first. Watch for someone who:
    goes through your phone, or wants to see your chats;
    demands your passwords, or your location all the time;
    gets angry if you don't reply fast;
    tells you who you can follow, talk to or see;
    pushes you to send images, or says "If you loved me, you would."
    Threats are a big warning sign too. This includes threats to share your images, or to hurt themselves if you leave.
    None of this is love. It's control.
# Card 3: consent can be withdrawn.
card-consent-can-change =
    You can change your mind at any time.
    If you shared your password, you can change it.
    If you turned on location sharing, you can turn it off.
    If you sent images before, you can say no now.
    Saying yes once never means yes forever. A partner who respects you accepts that.
    If you're worried about how they'll react, talk to an adult you trust first. They can help you plan.
# Card 4: not your fault.
card-not-your-fault =
    If a partner controls, pressures or threatens you, it is not your fault.
    It's not about what you did or didn't do. The person choosing to control is the one doing wrong.
    It can happen to anyone, of any gender, in any kind of relationship.
    Feeling confused, guilty or still caring about them is normal. You still deserve to feel safe.
    Threatening to share someone's images is a crime in many places.
# Card 5: where to get help.
card-getting-help =
    You don't have to sort this out alone.
    Talk to an adult you trust: a parent, carer, relative, teacher or school counsellor. They should listen, not blame you.
    Save messages that threaten you. Then block and report the person on the app.
    If you feel in danger right now, call your local emergency number.
    Tap the Help button to find a helpline in your country. Many offer chat if talking feels hard.

# Question: choose all that apply, about signs of control.
q-spot-control = Which of these are signs of a controlling relationship? Choose all that apply.
    .hint = Does it give you freedom, or take it away?
    .explanation = Checking your phone, demanding passwords, tracking your location and getting angry about your friends are all control. Asking about your day and giving you space are signs of care.
# Answer option (sign of control).
q-spot-control-checks-your-phone = They go through your phone.
    .feedback = Yes. Your phone and chats are yours. Checking them is control, not care.
# Answer option (sign of control).
q-spot-control-demands-password = They demand your passwords.
    .feedback = Yes. Demanding passwords is a way to watch you. You can say no.
# Answer option (sign of control).
q-spot-control-tracks-location = They want your live location all the time.
    .feedback = Yes. Always needing to know where you are is control.
# Answer option (sign of control).
q-spot-control-angry-about-friends = They get angry when you see your friends.
    .feedback = Yes. Cutting you off from friends is a common sign of control.
# Answer option (healthy).
q-spot-control-asks-about-your-day = They ask how your day went.
    .feedback = Not quite. That's normal interest. It's only a problem if it turns into checking up.
# Answer option (healthy).
q-spot-control-gives-you-space = They're fine when you're busy with friends.
    .feedback = Not quite. That's a healthy sign. Giving each other space shows trust.

# Question: a scenario about a partner demanding a password.
q-password-test = What could you do about the password?
    .situation = Your partner says, "If you've got nothing to hide, give me your password. I gave you mine."
    .hint = Is trust something you prove by giving up your privacy?
    .explanation = Keeping your password private is the best move, and talking to someone you trust helps too. Handing it over, or giving an old one, keeps the pressure going.
# Action (best).
q-password-test-keep-it-private = Say no. My password is mine, and trust doesn't need it.
    .feedback = Best move. Keeping your password private is normal and fair. A partner who respects you will accept it.
# Action (also good).
q-password-test-talk-to-someone = Talk to a friend or an adult I trust about how it feels.
    .feedback = Good move. Someone outside can help you see the pattern and plan what to do.
# Action (not helpful).
q-password-test-hand-it-over = Give it to prove I have nothing to hide.
    .feedback = Not quite. Privacy is not hiding. Giving in often leads to more checking. If you already shared it, you can change it.
# Action (not helpful).
q-password-test-give-old-one = Give them an old password so they stop asking.
    .feedback = Not quite. It may end the argument for now, but the pressure is still there. A clear no and support work better.

# Question: single choice about constant texting.
q-always-texting = Your partner texts all day to ask where you are. They get angry if you don't answer within five minutes. What is this?
    .hint = How does it make you feel: cared for, or watched?
    .explanation = This is controlling behaviour. Caring about someone doesn't mean tracking them or getting angry when they're busy.
# Answer option (right).
q-always-texting-controlling = Controlling behaviour
    .feedback = Right. Needing to know where you are and getting angry when you're busy is control.
# Answer option (wrong).
q-always-texting-proof-of-love = Proof that they really love me
    .feedback = Not quite. Love gives you room to breathe. Checking up and anger are control.
# Answer option (wrong).
q-always-texting-normal-for-everyone = Normal, because all couples do this
    .feedback = Not quite. Lots of couples text a lot, but anger when you don't reply isn't normal or okay.

# Question: true or false about turning off location sharing.
q-stop-sharing-location = You can turn off location sharing with a partner, even if you agreed to it before.
    .hint = Can consent change over time?
    .explanation = True. You can change your mind about sharing at any time. If you're worried about how they'll react, talk to an adult you trust first.
# Feedback if the teen picks "true" (right).
q-stop-sharing-location-true =
    .feedback = Right. A yes before doesn't mean yes forever. Your location is yours.
# Feedback if the teen picks "false" (wrong).
q-stop-sharing-location-false =
    .feedback = Not quite. You can always take back a yes. That's part of consent.

# Question: put the account steps in order.
q-lock-account-steps = Someone you've broken up with still has your password. Put these steps in order to lock them out. (If you're worried how they'll react, talk to an adult you trust first.)
    .hint = If you sign them out before changing the password, what could they do?
    .explanation = Change the password first, so they can't log back in. Then sign out of all other devices to kick them off. Last, turn on two-step login, so a password alone isn't enough next time.
# Step 1.
q-lock-account-steps-change-password = Change your password
    .feedback = First. Until it changes, they could just log back in.
# Step 2.
q-lock-account-steps-sign-out-everywhere = Sign out of all other devices
    .feedback = Second. This kicks them off any phone where they're still logged in.
# Step 3.
q-lock-account-steps-turn-on-two-step = Turn on two-step login
    .feedback = Last. Now they'd need a code from your phone too, not just the password.

# Question: true or false about blame. The right answer is "false".
q-caused-it = If a partner is controlling, it's because of something you did.
    .hint = Who chooses how the partner acts?
    .explanation = False. It is not your fault. Control is a choice the other person makes. You deserve to feel safe, and help is there.
# Feedback if the teen picks "true" (wrong).
q-caused-it-true =
    .feedback = Not quite. Nothing you do makes control okay. It's their choice, and it is not your fault.
# Feedback if the teen picks "false" (right).
q-caused-it-false =
    .feedback = Right. The person choosing to control is the one in the wrong. You can get help anytime.

# Question: a scenario about a threat after a breakup.
q-breakup-threat = What could you do about the threat?
    .situation = You want to break up. Your partner messages: "If you leave me, everyone at school will see the pics you sent me."
    .hint = This is a threat. What keeps you safe and gets you support?
    .explanation = Saving the messages and telling a trusted adult is the best start. Reporting and blocking helps too. Staying or sending more gives them more power. This is not your fault, and threats like this can be a crime.
# Action (best).
q-breakup-threat-save-and-tell-adult = Save the messages and tell an adult I trust.
    .feedback = Best move. The messages are proof, and an adult can help you report it and stay safe.
# Action (also good).
q-breakup-threat-report-and-block = Screenshot the threat, then report and block them.
    .feedback = Good move. Save first, then report and block. Telling an adult too makes it stronger. Take It Down can help too, even before anything is shared.
# Action (not helpful).
q-breakup-threat-stay-to-keep-calm = Stay with them so they don't do it.
    .feedback = Not quite. Staying because of a threat gives them control. You deserve support, not fear.
# Action (not helpful).
q-breakup-threat-send-more = Send them what they want so they calm down.
    .feedback = Not quite. Giving in usually leads to more demands. If you already did, it is still not your fault, and you can get help.

# Question: choose all that apply, about who can help.
q-who-can-help = Who could you talk to if a relationship feels controlling? Choose all that apply.
    .hint = Think about people who are on your side.
    .explanation = A trusted adult, a school counsellor, a helpline and a friend you trust can all help. Keeping it to yourself makes it harder. Tap Help to find a helpline.
# Answer option (can help).
q-who-can-help-trusted-adult = A parent, carer or other adult I trust
    .feedback = Yes. They can listen and help you plan what to do.
# Answer option (can help).
q-who-can-help-school-counsellor = A school counsellor or teacher
    .feedback = Yes. They know about this and can help you get support.
# Answer option (can help).
q-who-can-help-helpline = A helpline from the Help screen
    .feedback = Yes. Helplines listen without judging, and many offer chat.
# Answer option (can help).
q-who-can-help-trusted-friend = A friend I trust
    .feedback = Yes. A friend can support you, and help you talk to an adult too.
# Answer option (not a good choice).
q-who-can-help-no-one = No one. It's private between us.
    .feedback = Not quite. Control works best when you feel alone. Talking to someone is a strong step.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask: where is the line between caring and controlling online? List examples together. Talk about how someone could take back a yes safely, who they could tell, and remind the group it is never the fault of the person being controlled.
