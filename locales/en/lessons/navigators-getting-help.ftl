# SafeSteps — MIT OR Apache-2.0

### Lesson: Getting help (ages 9–12).
### Readers are children on their own phone or in class. Some may be dealing with something now.
### Make telling feel safe. Telling has no time limit: "You can always tell someone, even later."

# Lesson name on the lesson card.
lesson-title = Getting help
# One line under the lesson name.
lesson-summary = Find out who you can tell, what happens when you tell, and why it is never your fault.

# Card 1: who to tell: trusted adults.
card-who-to-tell =
    If something online upsets you, worries you or feels wrong, tell someone.
    A trusted adult is someone who listens and helps. It could be a parent, carer, grandparent, teacher or coach.
    Think of two or three people you could tell.
    If one adult is part of the problem, tell a different one.
# Card 2: helplines and the Help screen.
card-helplines =
    You can also talk to a helpline.
    In the UK, you can call Childline free on 0800 1111, day or night. You can chat with them online too.
    Other countries have their own helplines.
    Tap Help in this app to find one where you live.
# Card 3: how to tell.
card-how-to-tell =
    Not sure what to say? You can start with, "Something happened online and I need help."
    You can show the messages or screenshots.
    If it is hard to talk, you can write it down.
    If the first adult does not help, tell another one. Keep telling until someone helps.
# Card 4: what happens after you tell.
card-what-happens-next =
    When you tell, the adult should listen and stay calm.
    They will help you work out what to do next. They might help you save proof, block and report.
    Sometimes they need to tell people whose job is to keep kids safe.
    They should not blame you. They are there to help.
# Card 5: never the child's fault; you can always tell, even later; Help.
card-never-your-fault =
    If something happened online, it is not your fault.
    This is true even if you broke a rule, kept a secret or sent something.
    The person who did wrong is to blame, not you.
    You can always tell an adult you trust, even later.
    Tap Help any time to find someone to talk to.

# Question: multiple choice, "choose all that apply".
q-trusted-adults = Which of these could be a trusted adult? Choose all that apply.
    .hint = A trusted adult is someone you know in real life who listens and helps.
    .explanation = A parent or carer, a teacher, a grandparent or a school nurse could be a trusted adult. Someone who asks you to keep secrets, or who you only know online, is not.
# Answer option (could be a trusted adult).
q-trusted-adults-parent-or-carer = A parent or carer
    .feedback = Yes. A parent or carer can be a great person to tell.
# Answer option (could be a trusted adult).
q-trusted-adults-teacher = A teacher
    .feedback = Yes. Teachers help kids with online problems too.
# Answer option (could be a trusted adult).
q-trusted-adults-grandparent = A grandparent
    .feedback = Yes. A grandparent you trust can listen and help.
# Answer option (could be a trusted adult).
q-trusted-adults-school-nurse = The school nurse
    .feedback = Yes. A school nurse is there to help kids feel safe and well.
# Answer option (not a trusted adult).
q-trusted-adults-online-player = A player you only know from a game
    .feedback = Not quite. You can't be sure who they are. Pick someone you know in real life.
# Answer option (not a trusted adult).
q-trusted-adults-secret-keeper = An adult who asks you to keep secrets from your family
    .feedback = Not quite. Asking for secrets like that is a warning sign. Tell a different adult.

# Question: true or false about giving up if the first adult does not help.
q-first-adult-busy = If the first adult you tell does not help, you should give up.
    .hint = Is there more than one person you could tell?
    .explanation = Keep telling until someone helps. Try another adult, a helpline, or tap Help.
# Feedback if the child picks "true" (wrong).
q-first-adult-busy-true =
    .feedback = Not quite. Sometimes adults are busy or don't get it at first. Tell another adult until someone helps.
# Feedback if the child picks "false" (right).
q-first-adult-busy-false =
    .feedback = Yes! Keep telling until someone helps. You matter.

# Question: a scenario. The situation is shown first, then the question.
q-leah-video = What could Leah do?
    .situation = Leah, 10, saw a video on an app that upset her. She can't stop thinking about it. She is worried her dad will take her tablet away.
    .hint = Who could help Leah feel better? Is her worry a reason to stay quiet?
    .explanation = Leah can tell an adult she trusts, or use the Help screen. It is not her fault she saw it. Keeping it inside or looking for more can make her feel worse.
# Action (best).
q-leah-video-tell-trusted-adult = Tell her dad or another adult she trusts how she feels.
    .feedback = Best choice! Leah can say she is worried about her tablet too. An adult can help her feel better and report the video.
# Action (also good).
q-leah-video-use-help-screen = Tap Help to find a helpline to talk to.
    .feedback = Good choice. A helpline can listen and help her think about who to tell next.
# Action (not helpful).
q-leah-video-keep-it-inside = Keep it to herself and try to forget it.
    .feedback = Not quite. It makes sense to worry, but keeping it inside can make it feel bigger. Telling helps.
# Action (not helpful).
q-leah-video-look-for-more = Look for more videos to work out what she saw.
    .feedback = Not quite. More videos can upset her more. Talking to an adult she trusts is better.

# Question: single choice about what an adult should do.
q-adult-should = You tell an adult that something online upset you. What should they do?
    .hint = Think back to the card about what happens next.
    .explanation = The adult should listen, stay calm and help you with next steps. They should not blame you.
# Answer option (right).
q-adult-should-listen-and-help = Listen, stay calm and help me work out what to do.
    .feedback = Yes! That is what a trusted adult does. If they don't, tell someone else.
# Answer option (wrong).
q-adult-should-blame-you = Blame me for what happened.
    .feedback = Not quite. Adults should not blame you. If one does, tell another adult you trust.
# Answer option (wrong).
q-adult-should-laugh-it-off = Laugh and say it doesn't matter.
    .feedback = Not quite. What upsets you matters. If an adult laughs it off, tell someone else.

# Question: single choice about a helpline in the UK.
q-uk-helpline = Sam lives in the UK. Sam wants to talk to someone outside the family. Who could help?
    .hint = Which one is a free helpline for kids?
    .explanation = Childline is a free helpline for kids in the UK. The number is 0800 1111. Sam can also chat with them online.
# Answer option (right).
q-uk-helpline-childline = Childline, on 0800 1111
    .feedback = Yes! Childline is free, day or night. In other countries, tap Help to find a helpline.
# Answer option (wrong).
q-uk-helpline-open-chat-room = People in an open chat room
    .feedback = Not quite. You can't be sure who they are. A helpline has people trained to help kids.
# Answer option (wrong).
q-uk-helpline-game-forum = A post on a game forum
    .feedback = Not quite. Anyone can read and reply to a forum. A helpline is private and safe.

# Question: sort ways of telling into two groups.
q-ways-to-tell = Put each one in the right group.
    .hint = Does it reach someone who can really help you?
    .explanation = Writing a note, showing screenshots, calling a helpline and tapping Help all get you help. Waiting or posting in a public chat does not.
# Group name.
q-ways-to-tell-gets-help = Gets me help
# Group name.
q-ways-to-tell-no-help-yet = Does not get me help yet
# Item to sort (gets help).
q-ways-to-tell-write-a-note = Write a note to an adult I trust
    .feedback = This gets you help. Writing can be easier than talking.
# Item to sort (gets help).
q-ways-to-tell-show-screenshots = Show an adult the screenshots
    .feedback = This gets you help. Screenshots show what happened.
# Item to sort (gets help).
q-ways-to-tell-call-a-helpline = Call or chat with a helpline
    .feedback = This gets you help. Helplines are there to listen.
# Item to sort (gets help).
q-ways-to-tell-tap-help = Tap Help in this app
    .feedback = This gets you help. The Help screen shows who you can talk to.
# Item to sort (does not get help yet).
q-ways-to-tell-wait-and-hope = Wait and hope it goes away
    .feedback = This does not get you help yet. Telling someone is better.
# Item to sort (does not get help yet).
q-ways-to-tell-post-in-public-chat = Post about it in a public chat
    .feedback = This does not get you help yet. Anyone can read it. Tell an adult you trust.

# Question: single choice about telling after breaking a rule.
q-ben-broke-rule = Ben played a game he was not allowed to play. Someone there upset him. Can he still tell an adult?
    .hint = Who did wrong: Ben, or the person who upset him?
    .explanation = Yes. Breaking a rule does not make it his fault. The person who upset him did wrong. Ben can still tell and get help.
# Answer option (right).
q-ben-broke-rule-yes-still-tell = Yes. It is not his fault, and he can still get help.
    .feedback = Yes! Ben can always tell. An adult should help him, not blame him.
# Answer option (wrong).
q-ben-broke-rule-no-he-broke-rule = No, because he broke a rule.
    .feedback = Not quite. Breaking a rule does not make it his fault. He can still tell.
# Answer option (wrong).
q-ben-broke-rule-only-if-small = Only if the problem is very small.
    .feedback = Not quite. Big or small, Ben can tell. Adults want to help.

# Question: true or false about telling later. The right answer is "true".
q-weeks-ago = If something upset you weeks ago, you can still tell someone now.
    .hint = Does help ever run out?
    .explanation = Yes. You can always tell someone, even later. An adult you trust, a helpline or the Help screen can help.
# Feedback if the child picks "true" (right).
q-weeks-ago-true =
    .feedback = Yes! You can always tell someone, even later. It is not your fault.
# Feedback if the child picks "false" (wrong).
q-weeks-ago-false =
    .feedback = Not quite. You can always tell someone, even later. Help is still there for you.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask each person to think of two or three adults they could tell. What could make telling easier? Talk about what a good adult does when a child tells them, and show where the Help screen is.
