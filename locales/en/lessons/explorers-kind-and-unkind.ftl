# SafeSteps — MIT OR Apache-2.0

### Lesson: Kind and unkind online (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. Games and chats are fun; kindness makes them better.

# Lesson name on the lesson card.
lesson-title = Kind and unkind
# One line under the lesson name.
lesson-summary = Kind words make games and chats fun. Let's learn what to do if someone is unkind.

# Card 1: kind words in games and chats.
card-kind-words =
    Games and chats are more fun when we are kind.
    Kind words help people feel good.
    "Good game!" is kind.
    "Nice try!" is kind too.
    .together = Ask: "What kind words can you say in a game?" Good answers: "Good game!", "Nice try!", "Well done!"
# Card 2: unkind words and how others feel.
card-unkind-words =
    Unkind words can hurt.
    Like calling names, or "You can't play."
    A real child reads your words on the screen.
    Unkind words can make them feel sad.
    .together = Ask: "How would you feel if someone wrote that to you?" Listen, and name the feeling with them.
# Card 3: what to do if someone is unkind: stop, don't reply, tell; a grown-up helps block and report.
card-if-someone-is-unkind =
    Is someone unkind to you?
    Stop. Do not reply.
    Tell a grown-up you trust.
    They can help you block and report them.
    It is not your fault.
    .together = Ask: "What do you do if someone is unkind?" A good answer: stop, do not reply, tell a grown-up. If it has happened, stay calm and thank them for telling you.
# Card 4: being kind to others; someone to talk to.
card-you-can-be-kind =
    You can be kind too.
    Think before you type.
    Will it make them smile, or feel sad?
    Need help? Talk to a grown-up you trust.
    Or tap the Help button.
    .together = Ask: "What could you type to make someone smile?" Praise any kind idea.

# Question: sort words into kind and unkind.
q-kind-or-unkind = Are these words kind or unkind? Put each one in the right box.
    .hint = How would you feel if someone said it to you?
    .explanation = Kind words help people feel good. Unkind words can make people feel sad.
# Group name.
q-kind-or-unkind-kind = Kind
# Group name.
q-kind-or-unkind-unkind = Unkind
# Item to sort (kind).
q-kind-or-unkind-good-game = "Good game!"
    .feedback = Kind! It helps your friend feel good, win or lose.
# Item to sort (kind).
q-kind-or-unkind-nice-try = "Nice try!"
    .feedback = Kind! It helps your friend keep trying.
# Item to sort (kind).
q-kind-or-unkind-want-to-play = "Do you want to play?"
    .feedback = Kind! It helps someone feel part of the fun.
# Item to sort (unkind).
q-kind-or-unkind-bad-at-this = "You are bad at this."
    .feedback = Unkind. Words like this can make someone sad.
# Item to sort (unkind).
q-kind-or-unkind-cannot-play = "You can't play with us."
    .feedback = Unkind. It can make someone feel left out.

# Question: a single choice about being called names.
q-called-names = Someone in a game calls you names. What do you do?
    .hint = Think of the three steps on the card.
    .explanation = Stop, do not reply, and tell a grown-up you trust. It is not your fault.
# Answer option (right).
q-called-names-stop-and-tell = Stop, do not reply, and tell a grown-up.
    .feedback = Yes! A grown-up you trust can help you block and report them.
# Answer option (wrong).
q-called-names-call-names-back = Call them names back.
    .feedback = Not quite. It is fair to feel cross. But unkind words back can make it worse. Stop and tell a grown-up.
# Answer option (wrong).
q-called-names-keep-it-in = Keep on playing and keep it to myself.
    .feedback = Not quite. You do not have to deal with it on your own. Tell a grown-up you trust.

# Question: true or false about saying unkind things back. The right answer is "false".
q-say-it-back = If someone is unkind, it is best to say unkind things back.
    .hint = What are the steps when someone is unkind?
    .explanation = Stop, do not reply, and tell a grown-up. Unkind words back can make it worse.
# Feedback if the child picks "true" (wrong).
q-say-it-back-true =
    .feedback = Not quite. It is fair to feel cross. But it is best to stop, not reply, and tell a grown-up.
# Feedback if the child picks "false" (right).
q-say-it-back-false =
    .feedback = Yes! Stop, do not reply, and tell a grown-up you trust.

# Question: a single choice about how someone else feels.
q-how-sam-feels = In a game, Mia types to Sam, "You are bad at this!" How might Sam feel?
    .hint = How would you feel if someone said that to you?
    .explanation = Unkind words can make people feel sad. Sam is a real child with real feelings.
# Answer option (right).
q-how-sam-feels-sad = Sad or hurt
    .feedback = Yes. Unkind words can hurt. Sam may feel sad.
# Answer option (wrong).
q-how-sam-feels-happy = Happy
    .feedback = Not quite. Unkind words do not make people happy. Sam may feel sad.
# Answer option (wrong).
q-how-sam-feels-does-not-care = Sam does not care.
    .feedback = Not quite. Words on a screen can still hurt. Sam is a real child with real feelings.

# Question: a single choice about what to say after a game.
q-after-a-game = You lose a game. What is a kind thing to say?
    .hint = Which words would make the other player smile?
    .explanation = "Good game!" is kind, win or lose.
# Answer option (right).
q-after-a-game-good-game = "Good game!"
    .feedback = Yes! That is kind, win or lose.
# Answer option (wrong).
q-after-a-game-you-are-bad = "You are bad at this!"
    .feedback = Not quite. Those words can make someone sad. Try "Good game!"
# Answer option (wrong).
q-after-a-game-not-playing-with-you = "I will not play with you."
    .feedback = Not quite. Losing can feel bad. But "Good game!" is kind.

# Question: true or false about blame when someone is unkind. The right answer is "true".
q-unkind-to-you = If someone is unkind to you, it is not your fault.
    .hint = Who chose the unkind words?
    .explanation = It is never your fault when someone is unkind to you. Tell a grown-up you trust.
# Feedback if the child picks "true" (right).
q-unkind-to-you-true =
    .feedback = Yes! It is never your fault. A grown-up you trust can help.
# Feedback if the child picks "false" (wrong).
q-unkind-to-you-false =
    .feedback = Not quite. It is never your fault when someone is unkind. Tell a grown-up you trust.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Ask your child: "What kind words can you use in a game?" Then ask what they would do if someone was unkind to them online. Practise together: stop, do not reply, tell a grown-up.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = At home, play a game together and take turns saying one kind thing to each other during it.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask the group to share kind words they like to hear in a game. How do unkind words make people feel? What are the three steps if someone is unkind?
