# SafeSteps — MIT OR Apache-2.0

### Lesson: Online friends and people you know (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Not only about strangers: watch what people do, whoever they are. Never describe abuse.

# Lesson name on the lesson card.
lesson-title = Online friends
# One line under the lesson name.
lesson-summary = Online friends can be fun. Learn how they differ from people you know, and what to do if something feels wrong.

# Card 1: friends in real life and friends online; technology is positive.
card-online-and-real-life =
    Some friends you know in real life. They go to your school or your club, or they are family.
    Other friends you only know online, from a game, a chat or a video app.
    Online friends can be a lot of fun.
    But online, you can't see who is really typing.
# Card 2: people online can pretend.
card-people-can-pretend =
    Someone online can say they are 11 when they are an adult.
    A photo can be fake. A voice can be changed with an app.
    So you can't be sure who someone is from a chat.
    Keep your personal info private. Keep chats in places the adults who look after you know about.
# Card 3: never meet up alone; tell a trusted adult.
card-never-meet-alone =
    Does an online friend want to meet? Don't go alone.
    Tell an adult you trust first.
    If the adult says it is okay, they should come with you. Meet in a busy public place.
    A real friend won't mind.
    If someone says "come alone" or "don't tell," that is a warning sign.
# Card 4: most people who harm children are known to them; warning signs matter more.
card-watch-what-they-do =
    Most people who harm children are people the child already knows.
    So it is not just about "stranger or not."
    Look at what people do. Do they ask for secrets, photos or private chats? Do they give gifts for no reason? Do they push you when you say no?
    Those signs matter, online or offline, whoever it is.
# Card 5: not the child's fault; who to tell; Help.
card-not-your-fault =
    If someone online tricked you or made you feel bad, it is not your fault.
    The person who tricks a child is the one doing wrong.
    Tell an adult you trust, like a parent, carer or teacher. They should not blame you.
    You can also tap Help to find someone to talk to.

# Question: single choice about what you really know about an online friend.
q-what-you-know = You play a game with Kai every day. Kai says, "I'm 11 too." What do you really know about Kai?
    .hint = Can you see who is typing?
    .explanation = Online, you only know what someone tells you. People can pretend to be younger or older. That is why personal info stays private.
# Answer option (right).
q-what-you-know-only-what-they-say = Only what Kai tells me.
    .feedback = Yes! You can't see who is typing. Kai may be 11, or may not be.
# Answer option (wrong).
q-what-you-know-they-are-eleven = Kai is 11, because Kai said so.
    .feedback = Not quite. Anyone can type "I'm 11." You can't check it in a game.
# Answer option (wrong).
q-what-you-know-voice-proves-it = Kai sounds young in voice chat, so Kai is a kid.
    .feedback = Not quite. Voices can be changed with an app. A voice does not prove who someone is.

# Question: a scenario. The situation is shown first, then the question.
q-ruby-meet-up = What could Ruby do?
    .situation = Ruby, 12, has played a game with Sky for months. Sky says, "Let's meet at the park on Saturday. Come alone. It can be our secret."
    .hint = Look for warning signs. Who could help Ruby?
    .explanation = "Come alone" and "our secret" are warning signs. Ruby should not go. Telling an adult she trusts is best. Saying no, then blocking and reporting, helps too.
# Action (best).
q-ruby-meet-up-tell-trusted-adult = Don't go. Tell an adult she trusts.
    .feedback = Best choice! An adult can help Ruby stay safe and report Sky. No one should blame Ruby for telling.
# Action (also good).
q-ruby-meet-up-say-no-block-report = Say no. Save the chat, then block and report Sky.
    .feedback = Good choice. Saying no and reporting helps. Telling an adult too is even better.
# Action (not helpful).
q-ruby-meet-up-take-a-friend = Go, but take a friend from school.
    .feedback = Not quite. Two kids on their own are still not safe. An adult needs to know.
# Action (not helpful).
q-ruby-meet-up-go-but-be-careful = Go, but keep her phone on.
    .feedback = Not quite. A phone does not make it safe. "Come alone" is a warning sign. Ruby should tell an adult.

# Question: true or false about meeting an online friend alone.
q-long-chat-meet-alone = If you have chatted with an online friend for a long time, it is okay to meet them alone.
    .hint = Does chatting for a long time show who is really typing?
    .explanation = Even after a long time, you can't be sure who someone is online. Never meet alone. Tell an adult you trust.
# Feedback if the child picks "true" (wrong).
q-long-chat-meet-alone-true =
    .feedback = Not quite. A long chat does not show who someone really is. Tell an adult, and never meet alone.
# Feedback if the child picks "false" (right).
q-long-chat-meet-alone-false =
    .feedback = Yes! Never meet alone. An adult you trust should know, and go with you.

# Question: multiple choice, "choose all that apply".
q-signs-from-anyone = Which of these are warning signs, whoever does them? Choose all that apply.
    .hint = For each one, ask: would I be okay if an adult I trust saw this?
    .explanation = Asking for secrets or photos, wanting to meet alone and pushing after you say no are warning signs. Saying hi and talking about a game are normal.
# Answer option (a warning sign).
q-signs-from-anyone-asks-for-secrets = They ask you to keep your chats secret.
    .feedback = A warning sign. Safe people don't ask you to hide things from your adults.
# Answer option (a warning sign).
q-signs-from-anyone-wants-to-meet-alone = They want to meet you alone.
    .feedback = A warning sign. Never meet alone. Tell an adult you trust.
# Answer option (a warning sign).
q-signs-from-anyone-asks-for-photos = They ask for photos of you.
    .feedback = A warning sign. You can say no and tell an adult.
# Answer option (a warning sign).
q-signs-from-anyone-pushes-after-no = They keep pushing after you say no.
    .feedback = A warning sign. A real friend takes no for an answer.
# Answer option (not a warning sign).
q-signs-from-anyone-says-hi-in-game = They say hi in a game.
    .feedback = Not quite. Saying hi is normal and friendly.
# Answer option (not a warning sign).
q-signs-from-anyone-talks-about-game = They talk about the game you are playing.
    .feedback = Not quite. Talking about a game is normal.

# Question: true or false about who harms children.
q-only-strangers-harm = People who harm children are nearly always strangers.
    .hint = Think back to the card about watching what people do.
    .explanation = Most people who harm children are people they already know. That is why warning signs matter more than "stranger or not."
# Feedback if the child picks "true" (wrong).
q-only-strangers-harm-true =
    .feedback = Not quite. Most are people the child knows. Watch what people do, not just who they are.
# Feedback if the child picks "false" (right).
q-only-strangers-harm-false =
    .feedback = Yes! It can be anyone, even someone you know. Spotting the signs helps you get help early.

# Question: sort people into two groups.
q-know-or-online = Put each person in the right group.
    .hint = Have you met them face to face, with your family knowing who they are?
    .explanation = A classmate, a cousin and a coach are people you know in real life. A game teammate, a follower and a friend of a friend you only chat with are people you know only online.
# Group name.
q-know-or-online-real-life = I know them in real life
# Group name.
q-know-or-online-only-online = I only know them online
# Item to sort (real life).
q-know-or-online-classmate = A kid in my class
    .feedback = You see them at school. You know them in real life.
# Item to sort (real life).
q-know-or-online-cousin = My cousin
    .feedback = Your cousin is family. You know them in real life.
# Item to sort (real life).
q-know-or-online-football-coach = My football coach
    .feedback = You see your coach at training. You know them in real life.
# Item to sort (only online).
q-know-or-online-game-teammate = A teammate in an online game
    .feedback = You only know them from the game. You can't see who is typing.
# Item to sort (only online).
q-know-or-online-video-app-follower = A follower on my video app
    .feedback = You only know them from the app. Their profile might not be true.
# Item to sort (only online).
q-know-or-online-friend-of-a-friend = A friend of a friend I only chat with online
    .feedback = Even if a friend knows them, you only know them online.

# Question: single choice about warning signs from someone the child knows.
q-cousin-gifts = An older cousin starts to message you late at night. He sends you game gifts and says, "Don't tell your mum." What is this?
    .hint = Look at what he does, not just who he is.
    .explanation = Secret chats and gifts for no reason are warning signs, even from family. Tell another adult you trust.
# Answer option (right).
q-cousin-gifts-warning-sign = A warning sign, even though he is family.
    .feedback = Yes! Secrets and gifts are warning signs, whoever it is. Tell another adult you trust.
# Answer option (wrong).
q-cousin-gifts-fine-because-family = It's fine, because he is family.
    .feedback = Not quite. Family can show warning signs too. Asking you to keep a secret from your mum is one.
# Answer option (wrong).
q-cousin-gifts-just-a-gift = It's just a nice gift.
    .feedback = Not quite. A gift that comes with "don't tell" is a warning sign.

# Question: true or false about telling after being tricked. The right answer is "true".
q-tricked-can-tell = If an online friend tricks you, you can still tell an adult. It is not your fault.
    .hint = Who is the one doing wrong?
    .explanation = The person who tricks a child is doing wrong. It is never the child's fault, and you can always tell.
# Feedback if the child picks "true" (right).
q-tricked-can-tell-true =
    .feedback = Yes! It is never your fault. An adult you trust can help, and so can the Help screen.
# Feedback if the child picks "false" (wrong).
q-tricked-can-tell-false =
    .feedback = Not quite. You can always tell. The person who tricked you is the one doing wrong.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask: how is an online friend different from a friend you know in real life? Why do warning signs matter more than "stranger or not"? Who would you tell if an online friend asked to meet?
