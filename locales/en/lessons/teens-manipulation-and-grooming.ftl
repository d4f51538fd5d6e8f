# SafeSteps — MIT OR Apache-2.0

### Lesson: Manipulation and grooming (ages 13–17).
### Readers are teenagers, often alone. Be direct and respectful; never preachy. Name tactics,
### feelings and actions; never describe abuse. Not only strangers. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Spotting manipulation
# One line under the lesson name.
lesson-summary = How people build trust to take advantage, how to spot it early, and what to do.

# Card 1: what grooming is; who can do it.
card-what-it-is =
    Most people you meet online are just people. Making friends online can be great.
    But some people build trust on purpose, to take advantage of someone. This is called grooming.
    It can be an adult pretending to be younger. It can be someone your own age. It can be someone you already know, like a coach, a family friend or an older teen at school.
    It usually starts out feeling nice. That's what makes it hard to spot.
# Card 2: common tactics.
card-tactics =
    Manipulation often follows a pattern. Watch for someone who:
    Gives you lots of attention and praise, fast.
    Sends gifts, game credit or money for no clear reason.
    Says "Only I understand you" or "Your friends don't get you."
    Asks you to keep your chats secret.
    Slowly pulls you away from friends and family.
    Moves you to a private chat or another app.
    One of these alone might be nothing. Several together are a warning sign.
# Card 3: how it turns into pressure.
card-pressure =
    It often starts with attention and gifts. Then come secrets and a move to a private chat.
    Over time, the asks get bigger. A small secret. A photo. Then something you don't want to do.
    They might use guilt: "After everything I've done for you."
    They might make you feel special, then cold, so you work to keep them happy.
    Some switch to threats, like telling people your secrets or sharing images.
    Pressure and threats are never part of a real friendship or relationship.
# Card 4: trust your gut.
card-trust-your-gut =
    Your feelings are useful signals. Feeling uneasy, confused or pushed is a reason to pause.
    You don't need proof to act. You can slow down, say no or stop replying.
    Ask yourself: would I be okay if an adult I trust saw this chat?
    If the answer is no, that's worth noticing.
    You can save the messages, then block and report the person.
# Card 5: not your fault, and telling someone.
card-not-your-fault =
    If someone manipulated you, it is not your fault.
    That's true even if you liked them, kept their secrets, took gifts or sent something.
    Grooming works because the person is good at tricking people. The blame is on them.
    Tell an adult you trust. They should listen and help, not blame you.
    You can also tap the Help button to find someone to talk to in your country.

# Question: single choice about an isolating message.
q-only-i-get-you = Someone you chat with says, "Your parents don't get you. Only I do." What is going on?
    .hint = What could happen if you stopped talking to your family?
    .explanation = This is a way to isolate you. When you feel only one person gets you, it's harder to ask anyone else for help.
# Answer option (right).
q-only-i-get-you-isolating = They're trying to pull me away from people who care about me.
    .feedback = Right. Isolating someone makes them easier to control. Stay close to people you trust.
# Answer option (wrong).
q-only-i-get-you-real-support = They're being supportive, so I should listen to them.
    .feedback = Not quite. Real support doesn't push your family or friends away.
# Answer option (wrong).
q-only-i-get-you-harmless = It's harmless. They're just being nice.
    .feedback = Not quite. It can feel nice, but "only I understand you" is a common manipulation line.

# Question: choose all that apply, about tactics.
q-spot-tactics = Which of these are common manipulation tactics? Choose all that apply.
    .hint = Think back to the pattern. Does it build fast trust, secrecy or distance?
    .explanation = Fast flattery, gifts for nothing, secrets and moving apps are common tactics. Respecting your no and liking the same music are normal.
# Answer option (tactic).
q-spot-tactics-fast-flattery = Lots of compliments and attention, very fast
    .feedback = Yes. Fast attention builds trust quickly, sometimes on purpose.
# Answer option (tactic).
q-spot-tactics-gifts-for-nothing = Gifts or game credit for no clear reason
    .feedback = Yes. Gifts can make you feel you owe them something.
# Answer option (tactic).
q-spot-tactics-keep-it-secret = Asking you to keep your chats secret
    .feedback = Yes. Secrets keep other people from noticing what's going on.
# Answer option (tactic).
q-spot-tactics-move-apps = Moving you to a private app
    .feedback = Yes. In private, no one else can see what they say.
# Answer option (normal).
q-spot-tactics-respects-no = Taking no for an answer
    .feedback = Not quite. Respecting your no is a good sign.
# Answer option (normal).
q-spot-tactics-same-music = Liking the same music as you
    .feedback = Not quite. Sharing interests is normal. Watch what people do over time.

# Question: true or false about who grooms. The right answer is "false".
q-only-older-strangers = Grooming is only done by older strangers.
    .hint = Think about the people listed at the start of the lesson.
    .explanation = False. It can be an adult, someone your age, or someone you already know. Watch what people do, not just who they are.
# Feedback if the teen picks "true" (wrong).
q-only-older-strangers-true =
    .feedback = Not quite. It can also be a peer, an online friend or someone you know well.
# Feedback if the teen picks "false" (right).
q-only-older-strangers-false =
    .feedback = Right. Anyone can manipulate. The warning signs matter more than who they are.

# Question: put the common pattern in order.
q-how-it-builds = Manipulation often builds in stages. Put these in the usual order.
    .hint = It usually starts out feeling nice. Where does it end up?
    .explanation = It often starts with trust and attention. Then come secrets and a private chat, then small asks, then pressure or threats. Spotting the early stages helps you act sooner.
# Step 1.
q-how-it-builds-builds-trust = Lots of attention, compliments and gifts
    .feedback = First. This builds trust and makes you feel special.
# Step 2.
q-how-it-builds-secrets-and-private = Asks you to keep chats secret, often in a private app
    .feedback = Next. Secrets and private chats keep others from noticing.
# Step 3.
q-how-it-builds-small-asks = Starts asking for small things, like a photo
    .feedback = Then. Small asks make bigger ones feel normal later.
# Step 4.
q-how-it-builds-pressure-and-threats = Pushes for more, with guilt or threats
    .feedback = Last. By now it can feel hard to say no. You still can, and help is there.

# Question: a scenario about someone the teen knows.
q-someone-you-know = What could you do about the messages?
    .situation = An assistant coach from your club starts messaging you late at night. He sends you a gift card and says, "Let's keep our chats between us. The others would be jealous."
    .hint = He's someone you know. Do the warning signs still count?
    .explanation = Telling a trusted adult is the best move. Saving the messages and stopping replies helps too. Secrets and gifts from an adult in charge of you are warning signs, even if you like him.
# Action (best).
q-someone-you-know-tell-trusted-adult = Tell a parent or another adult I trust, and show them the messages.
    .feedback = Best move. An adult can act, and you did the right thing by telling.
# Action (also good).
q-someone-you-know-save-and-stop = Save the messages and stop replying.
    .feedback = Good move. Telling an adult too means someone can make sure it stops.
# Action (not helpful).
q-someone-you-know-keep-it-quiet = Keep it quiet so he doesn't get in trouble.
    .feedback = Not quite. It's his job to act right, not yours to protect him. A secret like this is one to share.
# Action (not helpful).
q-someone-you-know-accept-and-wait = Keep the gift and wait to see what happens.
    .feedback = Not quite. Gifts plus secrets are a pattern. Getting an adult involved early is easier.

# Question: true or false about gut feelings.
q-gut-feeling = If a chat feels off, it's okay to stop replying, even if you can't explain why.
    .hint = Do you need proof before you protect yourself?
    .explanation = True. You don't need a reason or proof. Uneasy feelings are worth listening to.
# Feedback if the teen picks "true" (right).
q-gut-feeling-true =
    .feedback = Right. Trust your gut. You can stop, save, block and tell someone.
# Feedback if the teen picks "false" (wrong).
q-gut-feeling-false =
    .feedback = Not quite. You never need proof to stop talking to someone. Your feelings count.

# Question: a scenario about an online friend the same age.
q-online-friend-asks = What could you do about the ask?
    .situation = You've gamed with someone your age for months. Now they want to move to another app and swap photos. When you hesitate, they write, "I thought you trusted me."
    .hint = Notice the guilt. Does a real friend push when you hesitate?
    .explanation = Saying no and telling someone you trust is the best move. Blocking and reporting is good too. "I thought you trusted me" is guilt used as pressure.
# Action (best).
q-online-friend-asks-say-no-and-tell = Say no, and talk to an adult I trust about it.
    .feedback = Best move. A no is enough, and an adult can help if they keep pushing.
# Action (also good).
q-online-friend-asks-block-and-report = Save the chat, then block and report them.
    .feedback = Good move. You protect yourself and others. Telling an adult too is even better.
# Action (not helpful).
q-online-friend-asks-send-to-keep-friend = Send a photo so I don't lose the friendship.
    .feedback = Not quite. A friend worth keeping takes no for an answer. If you already sent one, you can still get help.
# Action (not helpful).
q-online-friend-asks-move-but-dont-send = Move to the other app, but don't send anything.
    .feedback = Not quite. In a private app the pressure usually grows, and no one else can see it.

# Question: single choice about having already gone along with it.
q-already-went-along = Someone kept a secret and sent a photo before they saw the warning signs. What is true?
    .hint = Is there ever a point where help stops being there?
    .explanation = It is still not their fault, and they can still get help. Telling a trusted adult or tapping Help is a good next step.
# Answer option (right).
q-already-went-along-still-get-help = It's still not their fault, and they can still get help.
    .feedback = Right. The blame is on the person who manipulated them. Help is there at any point.
# Answer option (wrong).
q-already-went-along-nothing-can-be-done = Nothing can be done now.
    .feedback = Not quite. Adults, apps and helplines can still help, and images can often be removed.
# Answer option (wrong).
q-already-went-along-handle-alone = They have to handle it alone because they went along with it.
    .feedback = Not quite. Going along with it doesn't make it their fault. They deserve support.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask: why does manipulation often start out feeling nice? Talk about how the pattern can look with a stranger, a peer and someone you know. What would make it easier to tell someone? Remind the group it is never the fault of the person being manipulated.
