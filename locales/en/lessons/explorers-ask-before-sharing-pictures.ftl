# SafeSteps — MIT OR Apache-2.0

### Lesson: Ask before sharing pictures (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. Never describe what a picture shows.

# Lesson name on the lesson card.
lesson-title = Ask before pictures
# One line under the lesson name.
lesson-summary = Pictures are fun. Let's learn when to ask first, and when to tell a grown-up.

# Card 1: ask before taking or sharing a picture of someone.
card-ask-your-friend =
    Pictures are fun to take!
    Want a picture of a friend?
    Ask first: "Can I take your picture?"
    Want to send it on? Ask them again.
    If they say no, that is okay.
    .together = Ask: "What do you say before you take a picture of a friend?" A good answer: "Can I take your picture?" Praise them for asking.
# Card 2: ask a grown-up before sending a picture of yourself.
card-pictures-of-you =
    Want to send a picture of you?
    Ask a grown-up first.
    A picture can be sent on and on.
    Your grown-up can help you choose.
    .together = Ask: "Who do you ask before you send a picture of you?" A good answer names you or another trusted grown-up.
# Card 3: if someone asks for pictures, you can say no and tell.
card-if-someone-asks =
    Did someone ask you for a picture?
    It might be a person in a game.
    It might be someone you know.
    You can say no.
    Then tell a grown-up you trust.
    .together = Ask: "What can you do if someone asks for a picture?" A good answer: say no and tell a grown-up. If your child says it has happened, stay calm, thank them and ask what happened.
# Card 4: never the child's fault; someone to talk to.
card-not-your-fault =
    If someone asks you for a picture, it is not your fault.
    If you sent one, it is still not your fault.
    Your grown-up will not be cross with you.
    Tell them, or tap the Help button.
    .together = Say it out loud: "If anyone asks you for a picture, it is not your fault, and I will not be cross." If your child tells you something, thank them first and ask questions later.

# Question: a single choice about taking a picture of a friend.
q-friend-picture = You want a picture of your friend. What do you do first?
    .hint = How would your friend like it if you did not ask?
    .explanation = Always ask first. Your friend gets to say yes or no.
# Answer option (right).
q-friend-picture-ask-first = Ask, "Can I take your picture?"
    .feedback = Yes! Asking first is kind. Your friend gets to choose.
# Answer option (wrong).
q-friend-picture-take-it-fast = Take it fast, so they do not see.
    .feedback = Not quite. Your friend may not want a picture. Ask them first.
# Answer option (wrong).
q-friend-picture-send-to-class = Take it and send it to the class.
    .feedback = Not quite. Ask your friend first. Then ask again before you send it.

# Question: true or false about a friend who says no. The right answer is "false".
q-friend-says-no = Your friend says no to a picture. You can take it, just this once.
    .hint = What does "no" mean?
    .explanation = No means no. If a friend says no, do not take the picture.
# Feedback if the child picks "true" (wrong).
q-friend-says-no-true =
    .feedback = Not quite. No means no, even just once. Your friend gets to choose.
# Feedback if the child picks "false" (right).
q-friend-says-no-false =
    .feedback = Yes! No means no. That is kind to your friend.

# Question: a single choice about sending a picture of yourself.
q-send-my-picture = You want to send a picture of you to someone in a game. What do you do?
    .hint = Who can help you choose?
    .explanation = Ask a grown-up before you send a picture of you. A picture can be sent on and on.
# Answer option (right).
q-send-my-picture-ask-a-grown-up = Ask a grown-up first.
    .feedback = Yes! A grown-up you trust can help you choose.
# Answer option (wrong).
q-send-my-picture-send-it-now = Send it now.
    .feedback = Not quite. A picture can be sent on and on. Ask a grown-up first.
# Answer option (wrong).
q-send-my-picture-send-it-secretly = Send it, and do not tell my grown-ups.
    .feedback = Not quite. Your grown-ups can help you. Ask them first.

# Question: a single choice about someone asking the child for a picture.
q-someone-asks = Someone in a chat says, "Send me a picture of you." What do you do?
    .hint = Do you have to say yes? Who can help?
    .explanation = You can say no. Then tell a grown-up you trust. It is not your fault that they asked.
# Answer option (right).
q-someone-asks-say-no-and-tell = Say no, and tell a grown-up.
    .feedback = Yes! You can say no. A grown-up you trust will help.
# Answer option (wrong).
q-someone-asks-send-to-be-nice = Send one, to be nice.
    .feedback = Not quite. You can say no, and still be kind. Tell a grown-up you trust.
# Answer option (wrong).
q-someone-asks-send-and-say-nothing = Send one, and keep it a secret.
    .feedback = Not quite. This is a secret to tell. Say no, and tell a grown-up.

# Question: sort actions into two groups.
q-good-idea-or-not = Put each one in the right box.
    .hint = Does it ask first? Does it get help from a grown-up?
    .explanation = Ask before you take or send a picture. Tell a grown-up if someone asks you for pictures.
# Group name.
q-good-idea-or-not-good-idea = Good idea
# Group name.
q-good-idea-or-not-stop-and-think = Stop and think
# Item to sort (good idea).
q-good-idea-or-not-ask-before-taking = Ask a friend before I take a picture
    .feedback = Good idea! Asking first is kind.
# Item to sort (good idea).
q-good-idea-or-not-ask-grown-up-before-sending = Ask a grown-up before I send a picture of me
    .feedback = Good idea! A grown-up can help you choose.
# Item to sort (good idea).
q-good-idea-or-not-tell-about-asking = Tell a grown-up if someone asks for a picture
    .feedback = Good idea! A grown-up you trust will help.
# Item to sort (stop and think).
q-good-idea-or-not-share-without-asking = Send a picture of a friend without asking
    .feedback = Stop and think. Your friend gets to choose. Ask first.
# Item to sort (stop and think).
q-good-idea-or-not-send-to-game-friend = Send a picture of me to someone in a game
    .feedback = Stop and think. Ask a grown-up first.

# Question: true or false about telling after a picture was sent. The right answer is "true".
q-already-sent = You sent a picture, and now you feel bad. You can still tell a grown-up.
    .hint = Can a grown-up still help you?
    .explanation = You can always tell. It is not your fault. A grown-up you trust will help you.
# Feedback if the child picks "true" (right).
q-already-sent-true =
    .feedback = Yes! It is not your fault. Your grown-up will not be cross with you.
# Feedback if the child picks "false" (wrong).
q-already-sent-false =
    .feedback = Not quite. You can always tell. It is not your fault, and a grown-up will help.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Practise asking together: take turns saying "Can I take your picture?" and answering yes or no. Tell your child that if anyone asks them for a picture, they can say no and tell you, and you will not be cross.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = At home, agree on one rule together: pictures of people are sent only after asking them, and pictures of your child only with you.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask the group: why do we ask before we take or share a picture of a friend? What could you say if someone asks you for a picture? Who could you tell?
