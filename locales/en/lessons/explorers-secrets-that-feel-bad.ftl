# SafeSteps — MIT OR Apache-2.0

### Lesson: Secrets that feel bad are for telling (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words and no detail: talk about feelings and telling.
### Follows the NSPCC PANTS idea at a general level ("your body belongs to you").

# Lesson name on the lesson card.
lesson-title = Secrets that feel bad
# One line under the lesson name.
lesson-summary = Surprises are fun. Secrets that feel bad are for telling. Let's find out why.

# Card 1: surprises are fun and shared soon.
card-surprises =
    A surprise is fun.
    It is like a gift for a birthday.
    You keep it for a short time.
    Then everyone finds out, and they smile!
    .together = Ask: "What surprise have you kept?" A good answer is something fun that everyone finds out soon, like a present.
# Card 2: secrets that feel bad are for telling.
card-secrets-that-feel-bad =
    Some secrets feel bad.
    They make you feel sad, scared or worried.
    A bad secret is one to tell.
    Tell a grown-up you trust.
    .together = Ask: "How does a bad secret feel?" Good answers: sad, scared, worried. Tell them those secrets are for telling.
# Card 3: "don't tell your grown-ups" is never a fun surprise, whoever says it (a friend, someone in a game, even a grown-up the child knows).
card-no-secrets-from-grown-ups =
    Someone may say, "Don't tell your grown-ups."
    It may be a friend, or a person in a game.
    It may even be a grown-up you know.
    That is not a fun surprise.
    It is a secret to tell.
    .together = Say: "If anyone tells you not to tell me, that is a secret to tell." Keep your voice calm and warm.
# Card 4: body autonomy at a general level (NSPCC PANTS).
card-your-body =
    Your body belongs to you.
    You can say no, even to someone you know.
    No means no.
    If you feel odd or not sure, tell a grown-up.
    .together = Ask: "Who does your body belong to?" A good answer: "Me." Remind them they can say no, even to family.
# Card 5: never the child's fault; someone to talk to.
card-tell-someone =
    If someone asks you to keep a bad secret, it is not your fault.
    You can tell, even if you kept it for a while.
    Your grown-up will not be cross with you.
    You can also tap the Help button.
    .together = Tell your child they can tell you any secret, even an old one, and you will not be cross. If they share something worrying, thank them, stay calm and get help.

# Question: sort things into surprises and secrets to tell.
q-surprise-or-tell = Is it a fun surprise, or a secret to tell? Put each one in the right box.
    .hint = Will it make people smile soon? Or does it feel bad?
    .explanation = Surprises are fun and everyone finds out soon. Secrets that feel bad are for telling a grown-up.
# Group name.
q-surprise-or-tell-surprise = Fun surprise
# Group name.
q-surprise-or-tell-tell-a-grown-up = Tell a grown-up
# Item to sort (fun surprise).
q-surprise-or-tell-birthday-gift = A gift for Dad's birthday
    .feedback = A gift is a fun surprise. Dad will find out soon, and he will smile.
# Item to sort (fun surprise).
q-surprise-or-tell-party-for-gran = A party for Gran
    .feedback = A party is a fun surprise. Gran will find out soon.
# Item to sort (tell a grown-up).
q-surprise-or-tell-game-chat-secret = Someone in a game says, "Don't tell your mum about our chats."
    .feedback = No one should ask you to keep chats from your grown-ups. Tell a grown-up you trust.
# Item to sort (tell a grown-up).
q-surprise-or-tell-tummy-feels-funny = A secret that makes your tummy feel funny
    .feedback = A secret that feels bad is one to tell. A grown-up can help.
# Item to sort (tell a grown-up).
q-surprise-or-tell-picture-secret = Someone says, "Keep this picture our secret."
    .feedback = A picture you have to hide is one to tell. Tell a grown-up you trust.

# Question: a single choice about a game friend asking for a secret.
q-game-friend-secret = A friend in a game says, "Don't tell your dad we chat." What do you do?
    .hint = Is this a fun surprise? Or a secret from your grown-ups?
    .explanation = A surprise is fun, and people find out soon. "Don't tell your dad" is not a surprise. It is a secret to tell.
# Answer option (right).
q-game-friend-secret-tell-a-grown-up = Tell a grown-up I trust.
    .feedback = Yes! This is a secret to tell. Your grown-up can help.
# Answer option (wrong).
q-game-friend-secret-keep-it = Keep the secret.
    .feedback = Not quite. This is not a fun surprise. It is a secret from your grown-ups, so tell one.
# Answer option (wrong).
q-game-friend-secret-keep-chatting = Keep on chatting and say nothing.
    .feedback = Not quite. A secret from your grown-ups is one to tell. They will help you.

# Question: true or false about keeping every secret. The right answer is "false".
q-keep-every-secret = You must keep every secret, even ones that feel bad.
    .hint = What do we do with a secret that feels bad?
    .explanation = Secrets that feel bad are for telling. Tell a grown-up in your circle.
# Feedback if the child picks "true" (wrong).
q-keep-every-secret-true =
    .feedback = Not quite. You do not have to keep a secret that feels bad. Tell a grown-up you trust.
# Feedback if the child picks "false" (right).
q-keep-every-secret-false =
    .feedback = Yes! A secret that feels bad is one to tell.

# Question: a single choice about saying no to a hug (body autonomy).
q-hug-from-cousin = Your cousin wants a hug. You do not want one. What can you do?
    .hint = Who does your body belong to?
    .explanation = Your body belongs to you. You can say no, even to someone you know. If they do not stop, tell a grown-up you trust.
# Answer option (right).
q-hug-from-cousin-no-thank-you = Say, "No thank you. Can we wave?"
    .feedback = Yes! Your body belongs to you. You can say no in a kind way.
# Answer option (wrong).
q-hug-from-cousin-must-hug = Hug, even if I do not want to.
    .feedback = Not quite. Your body belongs to you. You can say no, even to someone you know.
# Answer option (wrong).
q-hug-from-cousin-say-nothing = Say nothing. I cannot say no.
    .feedback = Not quite. You can always say no. No means no. A grown-up can help you say it.

# Question: a single choice about a grown-up the child knows asking for a secret that feels odd (not a surprise).
q-grown-up-secret = A grown-up you know says, "This is our secret. Don't tell your mum." It feels odd. What do you do?
    .hint = Is this a fun surprise, or a secret that feels odd?
    .explanation = A secret that feels odd is one to tell, even if a grown-up you know said to keep it. Tell a grown-up in your circle.
# Answer option (right).
q-grown-up-secret-tell-circle = Tell Mum, or a grown-up in my circle.
    .feedback = Yes! You did the right thing. A grown-up in your circle will help.
# Answer option (wrong).
q-grown-up-secret-keep-it-they-are-nice = Keep it. They are nice to me.
    .feedback = Not quite. Even nice grown-ups should not ask for a secret like this. Tell a grown-up you trust.
# Answer option (wrong).
q-grown-up-secret-do-what-they-say = Do what they say.
    .feedback = Not quite. You do not have to keep it. Tell a grown-up in your circle.

# Question: true or false about blame. The right answer is "true".
q-not-to-blame = If someone asks you to keep a bad secret, it is not your fault.
    .hint = Who did the wrong thing, you or the one who asked?
    .explanation = It is never your fault. The one who asked you did the wrong thing. Tell a grown-up. They will help.
# Feedback if the child picks "true" (right).
q-not-to-blame-true =
    .feedback = Yes! It is never your fault. Your grown-up will not be cross with you.
# Feedback if the child picks "false" (wrong).
q-not-to-blame-false =
    .feedback = Not quite. It is never your fault. Telling is the right thing to do.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Ask your child: "What is the difference between a surprise and a secret?" Tell them they can always tell you about a secret that feels bad, even if someone said not to, and that you will not be cross.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = At home, use the words "surprise" and "secret" in daily life, and say often that bad secrets are always for telling.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask the group to name fun surprises and secrets that feel bad. How can you tell them apart? Who could you tell about a secret that feels bad?
