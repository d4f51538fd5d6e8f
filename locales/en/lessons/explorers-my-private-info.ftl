# SafeSteps — MIT OR Apache-2.0

### Lesson: My private information (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words.

# Lesson name on the lesson card.
lesson-title = My private things
# One line under the lesson name.
lesson-summary = Some things about you are just for you and your grown-ups. Let's find out which ones.

# Card 1: what private information is.
card-private-things =
    Some things about you are just for you and your grown-ups.
    Where you live is one.
    Your phone number is one.
    Your password is one too.
    We call these things private.
    .together = Ask: "What things about you are private?" Good answers: where you live, your phone number, your password.
# Card 2: games and chat on a tablet or phone.
card-games-and-chats =
    Games and chats can be fun!
    Sometimes a game or a chat asks where you live.
    Or what school you go to.
    You do not have to say.
    .together = Ask: "What can you say if a game asks where you live?" A good answer: "I don't have to say," then ask you.
# Card 3: check with a grown-up before sharing.
card-ask-first =
    Not sure if you can share something?
    Stop and ask a grown-up you trust first.
    It is always okay to ask.
    .together = Tell your child: "You can always ask me, even when I look busy." Practise them asking you once.
# Card 4: who to tell; never the child's fault.
card-tell-someone =
    Does something online feel wrong?
    It is not your fault.
    Tell a grown-up you trust.
    Your grown-up will not be cross with you.
    Tap the Help button to find someone to talk to.
    .together = Ask: "Has anything online felt wrong?" If your child shares something worrying, stay calm, thank them, and tell them it is not their fault.

# Question: a single choice about a home address.
q-address = A game asks, "Where do you live?" What do you do?
    .hint = Think about who needs to know where you live.
    .explanation = Where you live is private. Keep it for you and your grown-ups.
# Answer option (right).
q-address-keep-it = Do not type it. Tell a grown-up.
    .feedback = Yes! Your address is private. A grown-up you trust can help.
# Answer option (wrong).
q-address-type-it = Type it in the game.
    .feedback = Not quite. Where you live is private. Keep it for you and your grown-ups.
# Answer option (wrong).
q-address-say-it-loud = Say it in the voice chat.
    .feedback = Not quite. Saying it out loud shares it too. Keep where you live for you and your grown-ups.

# Question: sort things into two groups.
q-share-or-keep = Put each thing in the right box.
    .hint = Could it help someone find you, or get into your games?
    .explanation = Colours and animals are fun to share. Where you live is private. So are your password and your school.
# Group name.
q-share-or-keep-okay-to-share = Okay to share
# Group name.
q-share-or-keep-keep-private = Keep private
# Item to sort (okay to share).
q-share-or-keep-favourite-colour = My favourite colour
    .feedback = Your favourite colour is fun to share. It does not tell anyone where you are.
# Item to sort (keep private).
q-share-or-keep-home-address = My home address
    .feedback = Where you live is private. It tells people where to find you.
# Item to sort (keep private).
q-share-or-keep-password = My password
    .feedback = Your password is private. It keeps your games and things safe.
# Item to sort (okay to share).
q-share-or-keep-favourite-animal = My favourite animal
    .feedback = Your favourite animal is fun to share. It does not tell anyone where you are.
# Item to sort (keep private).
q-share-or-keep-school-name = The name of my school
    .feedback = The name of your school is private. It tells people where you are in the day.

# Question: true or false about sharing a password with friends.
q-password-for-friends = It is okay to tell a friend my password.
    .hint = Who should know your password?
    .explanation = Your password is just for you and your grown-ups. Even good friends do not need it.
# Feedback if the child picks "true" (wrong).
q-password-for-friends-true =
    .feedback = Not quite. Friends are great. But your password is just for you and your grown-ups.
# Feedback if the child picks "false" (right).
q-password-for-friends-false =
    .feedback = Yes! Your password is just for you and your grown-ups.

# Question: a single choice about a game asking for the child's school.
q-game-asks-school = A new friend in a game asks, "What school do you go to?" What do you do?
    .hint = Is the name of your school private?
    .explanation = The name of your school is private. Ask a grown-up you trust first.
# Answer option (right).
q-game-asks-school-ask-a-grown-up = Do not say yet. Ask a grown-up.
    .feedback = Yes! Asking a grown-up is a great idea. They can help you choose what to do.
# Answer option (wrong).
q-game-asks-school-tell-them = Tell them. They are a friend.
    .feedback = Not quite. Game friends can be fun, but your school is private. Ask a grown-up first.
# Answer option (wrong).
q-game-asks-school-make-it-a-secret = Tell them and keep it a secret.
    .feedback = Not quite. A secret that feels odd is one to tell. Ask a grown-up first.

# Question: true or false about telling a grown-up after a mistake.
q-told-by-mistake = Made a mistake online? You can still tell a grown-up.
    .hint = Can a grown-up still help you?
    .explanation = Yes. Everyone makes mistakes. You can always ask for help, even later. A grown-up wants to help.
# Feedback if the child picks "true" (right).
q-told-by-mistake-true =
    .feedback = Yes! You can always tell. A grown-up you trust will help you.
# Feedback if the child picks "false" (wrong).
q-told-by-mistake-false =
    .feedback = Not quite. You can always tell a grown-up, even after a mistake. They want to help.

# Question: a single choice about a game friend offering a gift for the child's address.
q-gift-for-address = A friend in a game says, "Tell me where you live. I will send you a gift!" What do you do?
    .hint = Is where you live private, even for a gift?
    .explanation = Where you live is private, even if someone says they will send a gift. Say no and tell a grown-up you trust.
# Answer option (right).
q-gift-for-address-say-no-and-tell = Say no, and tell a grown-up.
    .feedback = Yes! Where you live is private. A grown-up you trust can help.
# Answer option (wrong).
q-gift-for-address-tell-for-the-gift = Tell them, so I get the gift.
    .feedback = Not quite. A gift is fun, but where you live is private. Say no, and tell a grown-up.
# Answer option (wrong).
q-gift-for-address-tell-and-keep-secret = Tell them, and keep it a secret.
    .feedback = Not quite. Where you live is private. And a secret like this is one to tell a grown-up.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Ask your child: "What things about you are private?" Then make a list together of grown-ups they can tell if a game or chat asks for private things.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = At home, name the family's private things together (your address, phone number and passwords) and agree that they stay in the family. Keep passwords with the grown-ups.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask the group to name things that are fun to share and things to keep private. Why does the difference matter? Who could they ask before sharing?
