# SafeSteps — MIT OR Apache-2.0

### Lesson: My safety circle (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. A safety circle is the child's team of trusted grown-ups.

# Lesson name on the lesson card.
lesson-title = My safety circle
# One line under the lesson name.
lesson-summary = Your safety circle is your team of grown-ups who help you. Let's find yours.

# Card 1: what a safety circle is.
card-what-is-a-circle =
    A safety circle is your team of grown-ups.
    They help you when you feel sad or scared.
    They listen to you.
    They help keep you safe.
    .together = Ask: "Who helps you feel safe?" Any grown-up your child trusts is a good answer.
# Card 2: who can be in it (home, school, family friends); more than one.
card-pick-your-team =
    Who is in your circle?
    It can be a mum, a dad or a carer.
    It can be a grandma or an aunt.
    It can be your teacher, or a friend of your family.
    You can pick more than one!
    .together = Help your child pick at least two grown-ups, one at home and one away from home, such as a teacher.
# Card 3: how to tell a grown-up.
card-how-to-tell =
    How do you tell?
    Go to a grown-up in your circle.
    Say, "I need to tell you something."
    Is the grown-up busy? Say it again.
    Or go to the next grown-up.
    .together = Practise together: your child says "I need to tell you something," and you stop and listen.
# Card 4: even people we know can do things that are not okay; tell someone else.
card-not-okay =
    Even a person we know may do things that are not okay.
    That is not your fault.
    You can tell a grown-up in your circle.
    Keep on telling till you get help.
    .together = Say calmly: "Even someone we know can do something that is not okay. You can always tell me." If your child shares something, thank them and stay calm.
# Card 5: someone to talk to, and the Help button.
card-help-is-here =
    Your circle is there for you.
    You can talk to them at any time.
    You can also tap the Help button.
    It shows you who can help.
    .together = Ask: "Who would you go to first?" Then show your child the Help button.

# Question: a single choice about who can be in a safety circle.
q-who-can-be-in = Who can be in your safety circle?
    .hint = Think of grown-ups you know well who help you.
    .explanation = Your circle is grown-ups you know well and trust. A teacher can be one.
# Answer option (right).
q-who-can-be-in-my-teacher = My teacher
    .feedback = Yes! A teacher you trust can be in your circle.
# Answer option (wrong).
q-who-can-be-in-game-player = Someone I only know from a game
    .feedback = Not quite. Game friends can be fun. But your circle is grown-ups you know well.
# Answer option (wrong).
q-who-can-be-in-person-in-a-video = Someone I only see in videos
    .feedback = Not quite. You do not really know people you only see in videos. Your circle is grown-ups you know well.

# Question: true or false about picking more than one grown-up.
q-more-than-one = You can have more than one grown-up in your circle.
    .hint = Is a team just one person?
    .explanation = Yes. You can pick lots of grown-ups. Then there is always someone to tell.
# Feedback if the child picks "true" (right).
q-more-than-one-true =
    .feedback = Yes! More grown-ups means more help for you.
# Feedback if the child picks "false" (wrong).
q-more-than-one-false =
    .feedback = Not quite. You can pick lots of grown-ups. Then there is always someone to tell.

# Question: sort people into two groups.
q-circle-or-not = Put each one in the right box.
    .hint = Do you know them well? Do they help keep you safe?
    .explanation = Your circle is grown-ups you know well and trust. People you only know from a game or a video are not in it.
# Group name.
q-circle-or-not-in-my-circle = Can be in my circle
# Group name.
q-circle-or-not-not-in-my-circle = Not for my circle
# Item to sort (can be in my circle).
q-circle-or-not-mum-or-dad = My mum, dad or carer
    .feedback = A grown-up at home who keeps you safe can be in your circle.
# Item to sort (can be in my circle).
q-circle-or-not-teacher = My teacher
    .feedback = A teacher you trust can be in your circle. They help you at school.
# Item to sort (can be in my circle).
q-circle-or-not-grandpa = My grandpa
    .feedback = A grandpa you trust can be in your circle.
# Item to sort (not for my circle).
q-circle-or-not-met-in-a-game = Someone I only know from a game
    .feedback = You do not know them well. Your circle is grown-ups you know and trust.
# Item to sort (not for my circle).
q-circle-or-not-online-video = Someone I only see in videos
    .feedback = You only see them in videos. You do not know them well.

# Question: a single choice about a grown-up who is busy.
q-busy-grown-up = You try to tell your dad something. He is busy and does not hear. What can you do?
    .hint = Is there more than one way to be heard?
    .explanation = Grown-ups get busy. Say it again, or go to the next grown-up in your circle.
# Answer option (right).
q-busy-grown-up-tell-again = Tell him again, or tell the next grown-up.
    .feedback = Yes! Keep on telling until a grown-up hears you.
# Answer option (wrong).
q-busy-grown-up-give-up = Give up and stop trying.
    .feedback = Not quite. What you have to say is big. Try again, or go to the next grown-up.
# Answer option (wrong).
q-busy-grown-up-tell-no-one = Keep it all to myself.
    .feedback = Not quite. You do not have to keep it in. A grown-up in your circle wants to help.

# Question: true or false about telling when someone we know does something not okay.
q-someone-we-know = If a person you know does something not okay, you can tell a grown-up.
    .hint = Can you still tell, even if you know them?
    .explanation = Yes. Even people we know can do things that are not okay. It is not your fault. Tell a grown-up in your circle.
# Feedback if the child picks "true" (right).
q-someone-we-know-true =
    .feedback = Yes! You can always tell. It is not your fault.
# Feedback if the child picks "false" (wrong).
q-someone-we-know-false =
    .feedback = Not quite. You can tell, even if you know them. A grown-up in your circle will help.

# Question: a single choice about how to start telling.
q-how-to-start = What can you say to a grown-up in your circle?
    .hint = Which one lets the grown-up know you need them?
    .explanation = Saying "I need to tell you something" helps a grown-up stop and listen.
# Answer option (right).
q-how-to-start-i-need-to-tell = "I need to tell you something."
    .feedback = Yes! Those words help a grown-up stop and listen to you.
# Answer option (wrong).
q-how-to-start-say-nothing = Say nothing at all.
    .feedback = Not quite. Grown-ups cannot guess. Use your words. They want to help.
# Answer option (wrong).
q-how-to-start-wait-and-hope = Wait and hope it goes away.
    .feedback = Not quite. You do not have to wait. Tell a grown-up now. They want to help.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Draw a circle together. Ask your child: "Who helps you feel safe?" Draw or write those grown-ups in the circle: at home, at school and in the family. Pick at least two, and practise the words "I need to tell you something."
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = At home, add the names your child picked to their safety circle on the Help screen, and tell those grown-ups they were chosen.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask the group: who could be in a safety circle at home, at school and in the family? Why is it good to have more than one? What could you do if the first grown-up does not listen?
