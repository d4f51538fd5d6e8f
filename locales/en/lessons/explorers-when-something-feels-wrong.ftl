# SafeSteps — MIT OR Apache-2.0

### Lesson: When something online feels wrong: stop, leave, tell (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words, and never say what the child saw.

# Lesson name on the lesson card.
lesson-title = When something feels wrong
# One line under the lesson name.
lesson-summary = If something online makes you feel bad, you can stop, leave and tell.

# Card 1: online is mostly fun; some things make us feel bad.
card-feelings =
    Most things online are fun.
    But some things can make you feel sad.
    Or scared, or mixed up.
    That feeling tells you to stop.
    .together = Ask: "How does your body feel when something is not right?" Good answers: a tummy ache, a fast heart, feeling mixed up.
# Card 2: stop and leave: close it or turn the screen over.
card-stop-and-leave =
    Stop.
    Close it, or turn the screen over.
    You can put the tablet down.
    You do not have to look.
    .together = Practise: pretend something on the screen feels wrong, and your child turns the screen over.
# Card 3: tell a grown-up; what to say.
card-tell-a-grown-up =
    Go and tell a grown-up you trust.
    You can say, "I saw a thing that made me feel bad."
    They will help you.
    Tell, even if a chat is from someone you know.
    .together = Ask: "What could you say to me?" A good answer: "I saw a thing that made me feel bad." Thank them for practising.
# Card 4: never the child's fault; the grown-up will not be cross; Help button.
card-never-your-fault =
    It is never your fault.
    Your grown-up will not be cross with you.
    You did the right thing by telling.
    You can also tap the Help button.
    .together = Say it together: "It is never your fault." If your child tells you about something they saw, stay calm and thank them.

# Question: a single choice about a video that feels scary.
q-scary-video = A video makes you feel scared. What do you do first?
    .hint = What is the first step when something feels wrong?
    .explanation = Stop and leave. Close it, or turn the screen over. Then tell a grown-up.
# Answer option (right).
q-scary-video-stop-and-close = Stop, and close it or turn the screen over.
    .feedback = Yes! You do not have to look. Now tell a grown-up you trust.
# Answer option (wrong).
q-scary-video-keep-watching = Keep on watching to the end.
    .feedback = Not quite. You do not have to keep looking. Stop, close it, and tell a grown-up.
# Answer option (wrong).
q-scary-video-watch-again = Watch it one more time.
    .feedback = Not quite. You do not have to look at it. Close it, and tell a grown-up.

# Question: sort actions into two groups.
q-helps-or-not = Something online makes you feel bad. Put each one in the right box.
    .hint = Does it help you stop, leave or tell?
    .explanation = Stop, leave, tell. Close it or turn the screen over. Then tell a grown-up you trust.
# Group name.
q-helps-or-not-helps = This helps
# Group name.
q-helps-or-not-does-not-help = This does not help
# Item to sort (helps).
q-helps-or-not-close-it = Close it
    .feedback = This helps. Now you do not have to see it.
# Item to sort (helps).
q-helps-or-not-turn-screen-over = Turn the screen over
    .feedback = This helps. It is a quick way to stop.
# Item to sort (helps).
q-helps-or-not-tell-grown-up = Tell a grown-up
    .feedback = This helps. A grown-up you trust can help you feel better.
# Item to sort (does not help).
q-helps-or-not-keep-watching = Keep on looking
    .feedback = This does not help. You do not have to look. Stop and close it.
# Item to sort (does not help).
q-helps-or-not-keep-it-to-myself = Keep it to myself
    .feedback = This does not help. You do not have to keep it in. Tell a grown-up.

# Question: true or false about keeping it to yourself. The right answer is "false".
q-keep-it-quiet = If something online feels wrong, keep it to yourself.
    .hint = Who can help you when you feel bad?
    .explanation = You do not have to keep it in. Tell a grown-up you trust. They will help.
# Feedback if the child picks "true" (wrong).
q-keep-it-quiet-true =
    .feedback = Not quite. You do not have to keep it in. Tell a grown-up you trust.
# Feedback if the child picks "false" (right).
q-keep-it-quiet-false =
    .feedback = Yes! Tell a grown-up you trust. They will help.

# Question: a single choice about a message from someone the child knows.
q-mixed-up-message = Someone you know sends you a chat. It makes you feel mixed up. What do you do?
    .hint = Does it matter if you know them?
    .explanation = Even a chat from someone you know can feel wrong. Tell a grown-up you trust.
# Answer option (right).
q-mixed-up-message-tell-someone = Tell a grown-up I trust.
    .feedback = Yes! A grown-up you trust will help you.
# Answer option (wrong).
q-mixed-up-message-reply-and-hide = Reply, and keep it a secret.
    .feedback = Not quite. A chat that feels wrong is one to tell. Tell a grown-up you trust.
# Answer option (wrong).
q-mixed-up-message-wait-it-out = Do nothing, and hope it goes away.
    .feedback = Not quite. You do not have to wait. A grown-up can help now.

# Question: a single choice about what to say to a grown-up.
q-what-to-say = You go to tell a grown-up. What can you say?
    .hint = Which words tell the grown-up what is wrong?
    .explanation = Say that a thing you saw made you feel bad. The grown-up will help.
# Answer option (right).
q-what-to-say-made-me-feel-bad = "I saw a thing that made me feel bad."
    .feedback = Yes! Those words help a grown-up know how to help.
# Answer option (wrong).
q-what-to-say-nothing-happened = "It is fine. Nothing happened."
    .feedback = Not quite. It is okay to say how you feel. A grown-up can help.
# Answer option (wrong).
q-what-to-say-say-nothing = Say nothing, and go away.
    .feedback = Not quite. It is okay to tell. Your grown-up will not be cross with you.

# Question: true or false about blame. The right answer is "true".
q-whose-fault = If you see a thing online that feels wrong, it is not your fault.
    .hint = Did you do a wrong thing by seeing it?
    .explanation = It is never your fault. Telling a grown-up is the right thing to do.
# Feedback if the child picks "true" (right).
q-whose-fault-true =
    .feedback = Yes! It is never your fault. Your grown-up will not be cross with you.
# Feedback if the child picks "false" (wrong).
q-whose-fault-false =
    .feedback = Not quite. It is never your fault. Telling a grown-up is the right thing to do.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Practise "stop, leave, tell" together: pretend something on the tablet feels wrong, turn the screen over, then come and tell you. Tell your child you will never be cross with them for telling you.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = At home, agree where the tablet is used (a shared room), and practise "stop, leave, tell" once more this week.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask the group: how does your body feel when something is not right? What are the three steps (stop, leave, tell)? Who could you tell at home and at school?
