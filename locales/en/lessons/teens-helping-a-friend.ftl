# SafeSteps — MIT OR Apache-2.0

### Lesson: Helping a friend (ages 13–17).
### Readers are teenagers whose friend may have just told them something hard. Be direct, warm and
### practical; never preachy. Never describe abuse or images. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Helping a friend
# One line under the lesson name.
lesson-summary = What to say and do when a friend tells you something happened online.

# Card 1: a friend telling you means they trust you.
card-they-trust-you =
    Friends often tell each other before they tell an adult.
    If a friend tells you something bad happened online, it means they trust you. That's a big deal.
    Maybe someone is threatening them, pressuring them, or has shared an image of them.
    You don't need to have all the answers. You don't have to fix it alone.
    What helps most is how you respond, and helping them get to someone who can act.
# Card 2: listen, believe, don't blame.
card-listen-and-believe =
    Listen. Let them talk without cutting in.
    Believe them. People rarely make this up.
    Stay calm, even if you feel shocked or angry. Your calm helps them feel safe.
    Don't ask "Why did you send it?" or "Why didn't you block them?" Questions like that can sound like blame.
    Instead, say: "Thanks for telling me. It's not your fault. We can figure this out."
# Card 3: don't share; keep it safe.
card-keep-it-safe =
    Keep their story private. Don't post about it or ask a group chat for advice.
    Never forward or save an image of them, even to help. If you got one, report it and delete it.
    Don't message or threaten the person who hurt them. It can make things worse, and it's a job for adults, the app or police.
    You can help them save proof, like screenshots of messages and usernames, but not the image.
# Card 4: getting an adult involved.
card-get-an-adult =
    Help them tell an adult they trust. Offer to go with them, or to sit with them while they call or message.
    Show them the Help screen in this app to find a helpline in their country.
    Some things need an adult even if your friend asks you not to tell. This includes threats, an adult pressuring them, or talk of hurting themselves. It also includes any danger right now.
    Be honest: "I care too much to keep this secret. Let's tell someone together."
# Card 5: look after yourself too.
card-look-after-yourself =
    Supporting a friend can feel heavy. You might feel worried, sad or scared for them.
    That's normal. You're a good friend, not their only help.
    It's not your job to fix it, and it's not your fault if things are hard.
    Talk to an adult you trust about how you feel, too. Or tap the Help button to find someone to talk to.

# Question: single choice about the first thing to say.
q-first-words = A friend tells you someone online is threatening them. What is a good first thing to say?
    .hint = What would you want to hear first if it were you?
    .explanation = Thanking them and saying it's not their fault helps them feel safe to keep talking. Questions about what they did can sound like blame.
# Answer option (right).
q-first-words-thanks-not-your-fault = "Thanks for telling me. It's not your fault."
    .feedback = Right. It shows you're on their side, and it's true.
# Answer option (wrong).
q-first-words-why-did-you = "Why did you even talk to them?"
    .feedback = Not quite. Even if you're just curious, it can sound like blame. Start with support.
# Answer option (wrong).
q-first-words-just-block-them = "Why didn't you just block them?"
    .feedback = Not quite. It can make them feel they did something wrong. Listen first, then help them plan.

# Question: choose all that apply, about helpful responses.
q-helpful-responses = Which of these help a friend who tells you something happened? Choose all that apply.
    .hint = Which ones keep it private and get them real support?
    .explanation = Listening, believing them and offering to go with them to an adult all help. Asking a group chat spreads their story, and confronting the person can make it worse.
# Answer option (helps).
q-helpful-responses-listen = Listen without cutting in
    .feedback = Yes. Being heard helps a lot.
# Answer option (helps).
q-helpful-responses-believe-them = Believe what they tell you
    .feedback = Yes. Being believed makes it easier to tell an adult next.
# Answer option (helps).
q-helpful-responses-offer-to-go = Offer to go with them to a trusted adult
    .feedback = Yes. Having a friend there makes telling feel less scary.
# Answer option (does not help).
q-helpful-responses-ask-group-chat = Ask your group chat what to do
    .feedback = Not quite. Their story is private. Ask a trusted adult instead.
# Answer option (does not help).
q-helpful-responses-confront-them-online = Message the person and tell them off
    .feedback = Not quite. It can make things worse. Leave that to adults, the app or police.

# Question: a scenario about a promise to keep a secret.
q-promise-not-to-tell = What could you do about the promise?
    .situation = Your friend tells you an adult they met online is threatening to share their photos. They say, "Promise you won't tell anyone."
    .hint = Some secrets keep a friend in danger. Who can actually stop this?
    .explanation = Being honest and getting a trusted adult involved is the best move. Going with them to tell someone is good too. Keeping the promise leaves them alone with a crime, and contacting the person can make it worse.
# Action (best).
q-promise-not-to-tell-honest-and-get-adult = Say, "I care too much to keep this secret," and help them tell an adult, or tell one myself.
    .feedback = Best move. This is a crime, and it needs an adult. Being honest shows you care.
# Action (also good).
q-promise-not-to-tell-go-with-them = Offer to go with them to a school counsellor or parent today.
    .feedback = Good move. Having you there can make telling much easier.
# Action (not helpful).
q-promise-not-to-tell-keep-the-promise = Keep the promise. It's their choice.
    .feedback = Not quite. It feels loyal, but it leaves them alone with a threat. This is one to share with an adult.
# Action (not helpful).
q-promise-not-to-tell-message-the-person = Message the adult and tell them to back off.
    .feedback = Not quite. It can make the threats worse. Let adults, the app and police handle them.

# Question: choose all that apply, about when an adult must be told.
q-must-get-adult = When should you get an adult involved, even if your friend asks you not to? Choose all that apply.
    .hint = Is your friend, or someone else, at risk of serious harm?
    .explanation = Threats, an adult pressuring them, talk of self-harm, and danger right now all need an adult. A game argument is something you can help with as a friend.
# Answer option (needs an adult).
q-must-get-adult-being-threatened = Someone is threatening them for images or money.
    .feedback = Yes. This is a crime, and an adult can help report it.
# Answer option (needs an adult).
q-must-get-adult-adult-pressuring = An adult is pressuring them online.
    .feedback = Yes. An adult pressuring a teen is serious. Tell a trusted adult.
# Answer option (needs an adult).
q-must-get-adult-might-hurt-themselves = They talk about hurting themselves.
    .feedback = Yes. Tell an adult right away. Their safety comes first.
# Answer option (needs an adult).
q-must-get-adult-in-danger-now = They are in danger right now.
    .feedback = Yes. Get an adult now, or call your local emergency number.
# Answer option (does not need an adult).
q-must-get-adult-game-argument = They had an argument with a friend over a game.
    .feedback = Not quite. That's something you can help with as a friend. Listen and be there.

# Question: put the support steps in order.
q-support-steps = A friend tells you something happened online. Put these steps in order.
    .hint = What do they need from you before you say anything? And before they can make a plan?
    .explanation = Listen first so they feel heard. Tell them it's not their fault. Then talk about who to tell, and go with them to do it.
# Step 1.
q-support-steps-listen-first = Listen without judging
    .feedback = First. Let them tell it their way.
# Step 2.
q-support-steps-not-their-fault = Tell them it's not their fault
    .feedback = Next. Many people blame themselves. Hearing this helps.
# Step 3.
q-support-steps-who-to-tell = Talk about which adult to tell
    .feedback = Then. Help them pick someone they trust.
# Step 4.
q-support-steps-go-together = Go with them to tell the adult
    .feedback = Last. Being there makes telling easier.

# Question: true or false about confronting the person. The right answer is "false".
q-confront-yourself = To help a friend, you should message the person who hurt them and make them stop.
    .hint = Who has the power to stop it safely?
    .explanation = False. Confronting them can make things worse for your friend and for you. Adults, the app and police can act.
# Feedback if the teen picks "true" (wrong).
q-confront-yourself-true =
    .feedback = Not quite. It makes sense to want to, but it can make things worse. Help your friend tell an adult instead.
# Feedback if the teen picks "false" (right).
q-confront-yourself-false =
    .feedback = Right. Your job is to support your friend. Adults, the app and police deal with the person.

# Question: true or false about the helper's own feelings.
q-your-feelings-count = It's okay to talk to someone about how you feel after helping a friend.
    .hint = Does helping others mean your own feelings don't matter?
    .explanation = True. Supporting a friend can be heavy. Talking to a trusted adult or tapping Help can help you too.
# Feedback if the teen picks "true" (right).
q-your-feelings-count-true =
    .feedback = Right. Your feelings matter too. You can get support as well.
# Feedback if the teen picks "false" (wrong).
q-your-feelings-count-false =
    .feedback = Not quite. You deserve support too. Talking about it is a healthy step.

# Question: a scenario about a friend who blames themselves.
q-friend-blames-self = What could you say to your friend?
    .situation = Your friend's image was shared without their consent. They say, "It's my fault. I shouldn't have sent it."
    .hint = Who chose to share the image?
    .explanation = Telling them it's not their fault is the best move. Listening and offering to help them get support is good too. Agreeing or changing the subject can leave them feeling alone.
# Action (best).
q-friend-blames-self-say-not-their-fault = "It's not your fault. The person who shared it did wrong."
    .feedback = Best move. It's true, and hearing it from a friend matters.
# Action (also good).
q-friend-blames-self-listen-and-offer-help = Listen, then offer to help them tell an adult or use Take It Down.
    .feedback = Good move. Support plus a plan helps. Saying it's not their fault too makes it stronger.
# Action (not helpful).
q-friend-blames-self-agree-it-was-a-mistake = "Yeah, that was a mistake, but it'll be fine."
    .feedback = Not quite. It can sound like blame. The blame belongs to the person who shared it.
# Action (not helpful).
q-friend-blames-self-change-the-subject = Change the subject to take their mind off it.
    .feedback = Not quite. It can feel like you don't want to hear it. Stay with them and listen.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask: if a friend told you something hard, what would you want to say first? Talk about when a secret must go to an adult, how to be honest about that, and how helpers can look after themselves. Remind the group it is never the victim's fault.
