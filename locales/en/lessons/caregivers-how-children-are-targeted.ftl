# SafeSteps — MIT OR Apache-2.0

### Lesson: How children are targeted online (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Describe tactics, feelings and actions only; never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = How children are targeted online
# One line under the lesson name.
lesson-summary = Learn the common ways people try to win a child's trust online, so you can spot them early and help.

# Card 1: where contact happens; technology framed positively.
card-where-it-happens =
    Games, social apps and chat are a big part of how children play, learn and keep up with friends. Most of that time is good for them.
    People who want to harm children go where children are. That means popular games, voice chat in games, video apps and group chats.
    Contact often starts in a public space, like a game lobby or a comment section.
    Knowing how these spaces work helps you spot problems early, without banning the things your child enjoys.
# Card 2: it is often someone the child knows, not only strangers.
card-who-it-can-be =
    Warnings about strangers are not enough on their own. Most people who harm children are known to the child.
    It could be an adult in their life, an older teen, or a child of the same age.
    It could also be an online friend they have chatted with for weeks. That person may pretend to be younger, or share the same hobbies, to seem like a friend.
    So talk about behaviour, not just about who someone is. Any person who asks for secrets or pushes limits is a concern.
# Card 3: how trust is built: flattery, attention and gifts.
card-building-trust =
    Trust is often built slowly. Here are some common tactics.
    Lots of praise and attention, like "You're so mature" or "Only I get you."
    Gifts, money, gift cards, or in-game currency and skins.
    Taking your child's side in a fight with friends or family.
    Being there late at night, when others are asleep.
    Gifts can make a child feel they owe something back. Praise can make them feel special and understood.
# Card 4: secrecy, moving to private chat, pressure and threats.
card-secrecy-and-pressure =
    Next, the person often tries to cut the child off from help.
    They may ask the child to keep the chats secret, or say parents "won't understand".
    They may ask to move to a private chat or another app, where no one else can see.
    Then the tone can change. They may push for photos or video calls, make the child feel guilty, or make threats.
    Threats and shame are used to keep a child quiet. This is why many children do not tell right away.
# Card 5: never the child's fault; someone to talk to.
card-never-their-fault =
    It is never the child's fault. These tactics are planned to trick people, and they work on adults too.
    If your child was flattered, took gifts, or kept a secret, the person who targeted them is to blame.
    Let your child know they can always come to you, and that they will not lose your love or support for telling.
    If you are worried now, talk with someone you trust, or tap Help to find support in your country.

# Question: single choice about in-game currency given with a request for secrecy.
q-free-currency = A player your 10-year-old met in a game sends them in-game currency and says, "Don't tell your parents, they'll make you give it back." What is this most likely to be?
    .hint = Look at both parts of the message, not just the gift.
    .explanation = A gift paired with a request for secrecy is a common tactic. It builds a sense of owing, and it keeps adults out. A calm chat with your child is a good next step.
# Answer option (right).
q-free-currency-common-tactic = A common tactic to build trust and secrecy
    .feedback = Yes. The gift builds a sense of owing, and the secret keeps you out. Both are warning signs.
# Answer option (wrong).
q-free-currency-just-generous = A generous player being kind
    .feedback = Not quite. Kind players don't need a gift kept secret from parents. The secret is the warning sign.
# Answer option (wrong).
q-free-currency-normal-trade = A normal trade between players
    .feedback = Not quite. Nothing was traded. A gift that comes with "don't tell" is a common tactic.

# Question: true or false about strangers. The right answer is "false".
q-mostly-strangers = Most people who harm children are strangers they meet online.
    .hint = Think about who has the easiest chance to build a child's trust.
    .explanation = Most people who harm children are known to them. This includes adults in their life, older teens, peers and online friends who build trust.
# Feedback if the caregiver picks "true" (wrong).
q-mostly-strangers-true =
    .feedback = Not quite. Strangers can be a risk, but most people who harm children are known to the child. Talk about behaviour, not just strangers.
# Feedback if the caregiver picks "false" (right).
q-mostly-strangers-false =
    .feedback = Right. Most are known to the child, or become "friends" online first. Watch for behaviour like secrets and pressure.

# Question: multiple choice, "choose all that apply".
q-which-tactics = Which of these are common tactics used to target children? Choose all that apply.
    .hint = Ask of each one: does it build a bond, hide the contact, or push the child?
    .explanation = Flattery, gifts, secrecy, moving to private chat and threats are common tactics. Friendly words after a match and playing on a team are normal parts of gaming.
# Answer option (a tactic).
q-which-tactics-flattery = Lots of praise, like "You're so mature for your age"
    .feedback = Yes. Heavy praise can make a child feel special and understood by this one person.
# Answer option (a tactic).
q-which-tactics-gifts = Gifts, money or in-game currency
    .feedback = Yes. Gifts can make a child feel they owe something back.
# Answer option (a tactic).
q-which-tactics-keep-it-secret = Asking the child to keep chats secret
    .feedback = Yes. Secrecy keeps trusted adults out, so no one can help.
# Answer option (a tactic).
q-which-tactics-move-to-private-chat = Asking to move to a private chat or another app
    .feedback = Yes. A private space means no one else can see what is said.
# Answer option (a tactic).
q-which-tactics-threats = Threats or guilt when the child wants to stop
    .feedback = Yes. Threats and guilt are used to keep a child quiet and in contact.
# Answer option (not a tactic).
q-which-tactics-says-good-game = Saying "good game" after a match
    .feedback = Not quite. This is normal, friendly game chat on its own.
# Answer option (not a tactic).
q-which-tactics-same-team = Playing on the same team as your child
    .feedback = Not quite. Team play is a normal part of gaming. Watch for secrets, gifts and pressure instead.

# Question: put the common stages in order.
q-pattern = Targeting often follows a pattern. Put these stages in their usual order.
    .hint = Trust has to come before someone can use it.
    .explanation = Contact comes first, then trust, then cutting the child off from help, then pressure. Real cases vary, but knowing the pattern helps you step in early.
# Step 1.
q-pattern-make-contact = Make contact in a game, app or chat
    .feedback = Contact usually starts in a place where children already spend time.
# Step 2.
q-pattern-build-trust = Build trust with praise, attention and gifts
    .feedback = Trust comes next. Praise and gifts make the child feel special.
# Step 3.
q-pattern-cut-off = Ask for secrecy and move to a private chat
    .feedback = Then the person cuts the child off from adults who could help.
# Step 4.
q-pattern-pressure = Push for more, using guilt or threats
    .feedback = Pressure often comes last, once the child feels stuck.

# Question: a scenario. The situation is shown first, then the question.
q-child-tells-you = What is a good way to respond?
    .situation = Your 11-year-old tells you that an online friend from a game asked to chat on another app and said, "Don't tell your mum." Your child seems worried that you will be cross.
    .hint = Your reaction now shapes whether your child tells you next time.
    .explanation = Stay calm, thank your child, and look at the chat together. Then save, block and report. Taking devices away or scolding can teach a child to hide things.
# Action (best).
q-child-tells-you-calm-thank-look-together = Stay calm, thank them for telling you, and look at the chat together.
    .feedback = Best choice. Your child learns that telling you is safe. You can then plan the next steps together.
# Action (also good).
q-child-tells-you-help-save-block-report = Help them save the messages, then block and report the account.
    .feedback = Good choice. Saving first keeps the evidence. Make sure your child also hears that they did the right thing.
# Action (not helpful).
q-child-tells-you-take-device-away = Take their device away for a month so it can't happen again.
    .feedback = This can feel like a punishment for telling. Next time, your child may keep quiet instead.
# Action (not helpful).
q-child-tells-you-scold-for-chatting = Tell them off for chatting with people online.
    .feedback = Your child did the right thing by telling you. Scolding can make them feel to blame, and it is not their fault.

# Question: sort behaviours into two groups.
q-sign-or-fine = Sort each behaviour from someone your child met online.
    .hint = Does the behaviour hide the contact or build a debt, or is it normal play?
    .explanation = Secrets, gifts and wanting to be alone with a child on video are warning signs. Praise for a game build and playing with classmates are usually fine.
# Group name.
q-sign-or-fine-warning-sign = Warning sign
# Group name.
q-sign-or-fine-usually-fine = Usually fine
# Item to sort (warning sign).
q-sign-or-fine-asks-for-secrecy = Asks your child to keep the chats secret
    .feedback = Secrecy keeps you out. That is a warning sign.
# Item to sort (warning sign).
q-sign-or-fine-sends-gift-cards = Sends gift cards for no clear reason
    .feedback = Gifts with no reason can build a sense of owing. That is a warning sign.
# Item to sort (warning sign).
q-sign-or-fine-asks-to-video-alone = Wants a video call when no adults are around
    .feedback = Wanting your child alone on camera is a warning sign.
# Item to sort (usually fine).
q-sign-or-fine-praises-a-build = Says "cool build" about your child's game world
    .feedback = A friendly comment on a game is usually fine on its own.
# Item to sort (usually fine).
q-sign-or-fine-plays-with-classmates = Plays in a group with your child's classmates
    .feedback = Group play with friends your child knows is usually fine.

# Question: true or false about peers. The right answer is "true".
q-peers-too = A child of the same age can also pressure another child online.
    .hint = Look back at who it can be.
    .explanation = Yes. Pressure can come from peers, like classmates or friends, as well as from adults. The same warning signs apply.
# Feedback if the caregiver picks "true" (right).
q-peers-too-true =
    .feedback = Right. Peers can push for photos, secrets or more. Talk about behaviour, whatever the age of the other person.
# Feedback if the caregiver picks "false" (wrong).
q-peers-too-false =
    .feedback = Not quite. Children can pressure other children too. Watch for the behaviour, not just the age.

# Question: single choice about who is responsible.
q-who-is-responsible = A child took gifts and kept chats secret for weeks before telling. Who is responsible for what happened?
    .hint = Who planned the tactics?
    .explanation = The person who targeted the child is responsible. These tactics are built to work. It is not the child's fault, and it is not a sign of bad parenting.
# Answer option (right).
q-who-is-responsible-the-offender = The person who targeted the child
    .feedback = Yes. They planned it. Your child needs to hear that it is not their fault.
# Answer option (wrong).
q-who-is-responsible-the-child = The child, because they kept the secret
    .feedback = Not quite. Keeping the secret was part of the trick. The child is never to blame.
# Answer option (wrong).
q-who-is-responsible-the-parent = The parent, because they didn't check the chats
    .feedback = Not quite. These tactics are hidden on purpose. The person who targeted the child is to blame.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Try asking: "If someone online gave you a gift and asked you to keep it secret, what would you do?" Listen first. Then agree together: "You can always tell me, and you won't lose your games for telling."
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask the group: why do warnings about strangers miss most risks? List the tactics from the lesson, then talk about what makes it easier for a child to tell an adult early.
