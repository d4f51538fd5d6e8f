# SafeSteps — MIT OR Apache-2.0

### Lesson: Warning signs (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Name actions and feelings; never describe abuse.

# Lesson name on the lesson card.
lesson-title = Spot the warning signs
# One line under the lesson name.
lesson-summary = Learn to spot when someone online is not a real friend. Then learn what to do.

# Card 1: technology is positive; risks can come from people you know too.
card-fun-and-friends =
    Games, chat and video apps are a great way to have fun and stay close to friends.
    Most people online are kind. But some people act extra friendly to trick a child.
    This could be a stranger, an online friend, or even someone you know.
    Knowing the warning signs helps you spot it early.
# Card 2: the main warning signs of grooming.
card-warning-signs =
    Here are some warning signs.
    Someone gives you gifts, game coins or skins for no reason.
    They ask you to keep your chats a secret.
    They want to move to a private chat or another app.
    They say things like "You're so grown up" or "Only I get you."
    They ask for photos, or ask what you look like.
# Card 3: pressure and saying no.
card-pressure =
    A real friend takes "no" for an answer.
    If someone makes you feel pushed, guilty or scared, something is wrong.
    You can stop replying, report them and block them. You can do this even if you liked them before.
# Card 4: it is never the child's fault.
card-not-your-fault =
    If someone online has tricked you or pushed you, it is not your fault.
    The person who tricks a child is the one doing wrong.
    You can still get help at any time, even if you kept a secret or sent something.
# Card 5: who to tell and where to find help.
card-tell-someone =
    Tell an adult you trust, like a parent, carer or teacher.
    They should not blame you. Their job is to help you report, block and feel safe.
    Keep the messages. Don't delete them; they help when you report.
    You can also tap the Help button to find someone to talk to.

# Question: single choice about a gift offered in a game.
q-free-coins = Someone in a game says, "I'll give you free coins if you add me on another app." What is this?
    .hint = Look back at the warning signs. Is anything on that list happening here?
    .explanation = A gift with a catch and a move to another app are both warning signs. Say no and tell an adult you trust.
# Answer option (right).
q-free-coins-warning-sign = A warning sign
    .feedback = Yes! Free gifts and moving to another app are two warning signs. Telling an adult you trust is a strong move.
# Answer option (wrong).
q-free-coins-just-kind = Just being kind
    .feedback = Not quite. Kind people don't need you to move apps to get a gift. Gifts with a catch are a warning sign.
# Answer option (wrong).
q-free-coins-fair-trade = A fair trade
    .feedback = Not quite. This is not a trade. A gift that comes with "move to another app" is a warning sign.

# Question: multiple choice, "choose all that apply".
q-which-signs = Someone you met in a game does these things. Which are warning signs? Choose all that apply.
    .hint = For each one, ask: would it feel okay if a grown-up I trust saw it?
    .explanation = Secrets, free gifts, a move to a private app and asking for photos are warning signs. "Good game" is normal. So is playing the same game.
# Answer option (a warning sign).
q-which-signs-keep-it-secret = They ask you to keep your chats secret.
    .feedback = Asking you to keep chats secret from your grown-ups is a warning sign.
# Answer option (a warning sign).
q-which-signs-gifts-for-nothing = They give you gifts for no reason.
    .feedback = Gifts for no reason can be a way to make you feel you owe them. That is a warning sign.
# Answer option (a warning sign).
q-which-signs-move-to-private-app = They want to move to a private app.
    .feedback = Moving to a private chat means no one else can see what they say. That is a warning sign.
# Answer option (a warning sign).
q-which-signs-asks-for-photos = They ask for photos of you.
    .feedback = Asking for photos is a warning sign. You can say no and tell an adult.
# Answer option (not a warning sign).
q-which-signs-says-good-game = They say "good game" after a match.
    .feedback = Not quite. Saying "good game" is normal and kind.
# Answer option (not a warning sign).
q-which-signs-plays-same-game = They play the same game as you.
    .feedback = Not quite. This one is normal. Lots of people play the same games.

# Question: true or false about strangers.
q-only-strangers = Only strangers can try to trick kids online.
    .hint = Can someone you already know act in a way that feels wrong?
    .explanation = It can be anyone: a stranger, an online friend, or someone you know. Watch what people do, not just who they are.
# Feedback if the child picks "true" (wrong).
q-only-strangers-true =
    .feedback = Not quite. It can also be an online friend or someone you know. Watch for the warning signs with anyone.
# Feedback if the child picks "false" (right).
q-only-strangers-false =
    .feedback = Yes! It can be anyone, even someone you know. Spotting the signs helps you get help early.

# Question: a scenario. The situation is shown first, then the question.
q-alex-private-app = What could Sam do?
    .situation = Sam, 11, has chatted with Alex in a game for weeks. Alex is fun. Today Alex says, "Let's talk on a private app. Don't tell your parents. They won't get it."
    .hint = Two warning signs are here. Who could help Sam?
    .explanation = A private app and a secret from parents are two warning signs. Telling an adult you trust is best. Blocking and reporting helps too.
# Action (best).
q-alex-private-app-tell-trusted-adult = Tell a parent or another adult Sam trusts.
    .feedback = Best choice! An adult Sam trusts can help Sam report, block and stay safe. No one should blame Sam for telling.
# Action (also good).
q-alex-private-app-stop-block-report = Stop replying, then report and block Alex.
    .feedback = Good choice. Save the messages first, then report and block. Telling an adult too is even better.
# Action (not helpful).
q-alex-private-app-say-no-keep-chatting = Say no, but keep chatting in the game.
    .feedback = Not quite. Saying no is good, but Alex asked for a secret. That is a warning sign. Tell an adult you trust.
# Action (not helpful).
q-alex-private-app-go-to-private-app = Go to the private app, but be careful.
    .feedback = Not quite. In a private app, no one else can see what Alex says. Telling an adult is safer.

# Question: single choice about pressure.
q-real-friend = Someone says, "If you were really my friend, you'd send me a photo." What is going on?
    .hint = How would this message make you feel?
    .explanation = This is pressure. A real friend takes no for an answer. You can say no, stop replying and tell an adult.
# Answer option (right).
q-real-friend-pressure = They are pushing me. A real friend would take no for an answer.
    .feedback = Yes! That is pressure. You can say no, block them, and tell an adult you trust.
# Answer option (wrong).
q-real-friend-friendship-test = It's a fair test of our friendship.
    .feedback = Not quite. Friendship is not a test you pass by sending photos. This is pressure.
# Answer option (wrong).
q-real-friend-fair-ask = It's fine, because they asked nicely.
    .feedback = Not quite. Asking nicely can still be pressure. You can always say no.

# Question: true or false about who is to blame. The right answer is "true".
q-who-is-to-blame = If someone online tricks a child, it is not the child's fault.
    .hint = Who is the one doing wrong?
    .explanation = The person who tricks or pushes a child is the one doing wrong. It is never the child's fault.
# Feedback if the child picks "true" (right).
q-who-is-to-blame-true =
    .feedback = Yes. It is never the child's fault. You can always tell an adult and get help.
# Feedback if the child picks "false" (wrong).
q-who-is-to-blame-false =
    .feedback = Not quite. The child is never to blame. The person who tricks them is doing wrong, and help is always there.

# Question: single choice about flattery from someone the child knows.
q-only-i-get-you = A family friend starts to message you a lot. He says, "You're so grown up. Only I get you." What is this?
    .hint = Look back at the warning signs. Does it matter that you know him?
    .explanation = Saying "only I get you" is a warning sign, even from someone you know. Tell another adult you trust.
# Answer option (right).
q-only-i-get-you-warning-sign = A warning sign, even though I know him.
    .feedback = Yes! Warning signs count, whoever it is. Telling another adult you trust is a strong move.
# Answer option (wrong).
q-only-i-get-you-nice-compliment = Just a nice thing to say.
    .feedback = Not quite. "Only I get you" can be a way to pull you away from your family. That is a warning sign.
# Answer option (wrong).
q-only-i-get-you-normal-for-family-friend = Normal, because he is a family friend.
    .feedback = Not quite. People you know can show warning signs too. Watch what they do, not just who they are.

# Question: true or false about getting help after keeping a secret or sending something. The right answer is "true".
q-still-get-help = If you kept a secret or sent something, you can still get help.
    .hint = Who is the one doing wrong when someone tricks a child?
    .explanation = Yes. It is not your fault, even if you kept a secret or sent something. You can always tell someone, even later.
# Feedback if the child picks "true" (right).
q-still-get-help-true =
    .feedback = Yes! You can always tell an adult you trust. You can also tap Help.
# Feedback if the child picks "false" (wrong).
q-still-get-help-false =
    .feedback = Not quite. Help is always there for you. The person who tricked you is the one doing wrong.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask: what makes someone a real friend online? List the warning signs together, then talk about who they could tell in their own lives, and what happens after they tell.
