# SafeSteps — MIT OR Apache-2.0

### Lesson: Talking with your child, by age (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Give words a caregiver can use. Never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Talking with your child, age by age
# One line under the lesson name.
lesson-summary = What to talk about at each age, how to start, and how to respond when your child tells you something.

# Card 1: start early, keep it small and regular.
card-start-small =
    You don't need one big, scary talk. Many small chats work better, starting young and carrying on as your child grows.
    Show interest in what they enjoy online. Ask them to show you their favourite game or app.
    Good moments are side by side: in the car, cooking, or on a walk.
    Keep your tone calm and curious. If you react with fear or anger, children learn to stop telling.
    It is fine to say, "I don't know much about this app. Can you teach me?"
# Card 2: ages 5 to 8.
card-ages-5-to-8 =
    Ages 5 to 8: keep rules simple. "Ask me before you download, chat or share a picture." "If something feels wrong, stop and tell me."
    Make a safety circle together: a short list of grown-ups they can tell.
    Explain secrets and surprises. A surprise is happy, and everyone finds out soon, like a present. A secret that makes you feel worried or sad is one to tell.
    The NSPCC's PANTS rule helps. Privates are private. Always remember your body belongs to you. No means no. Talk about secrets that upset you. Speak up, someone can help.
# Card 3: ages 9 to 12.
card-ages-9-to-12 =
    Ages 9 to 12: children start chatting, gaming and making friends online on their own.
    Talk about warning signs. These include gifts or game currency, requests to keep chats secret, moving to a private app, and pressure for photos.
    Explain that this can be a stranger, an online friend, or someone they know.
    Practise the skills together. Show them how to block and report in their apps, and how to save a screenshot.
    Agree that they can always come to you, even if they broke a rule.
# Card 4: teens: respect, consent, sextortion, no blame.
card-teens =
    Teens: talk about respect and consent in friendships and relationships, online and off. No one should pressure them for photos, and they should never pressure others.
    Talk about sextortion before it happens. Someone may threaten to share an image unless they pay or send more. Explain that it is a crime and not their fault. They should not pay or send more, since paying rarely stops it. They can stop replying, keep the messages and come to you. Promise you will help without blame.
    Avoid lectures. Ask what they think, and listen to their views.
    Make a clear promise: "You will never lose my support for telling me."
# Card 5: how to respond when they tell you; someone to talk to.
card-when-they-tell-you =
    If your child tells you something, stay calm, even if you feel shocked inside. Listen without interrupting.
    Thank them for telling you. Tell them it is not their fault.
    Don't rush to punish or to take devices away. Decide the next steps together where you can.
    Your reaction decides whether they tell you next time.
    If you need advice, talk to someone you trust, or tap Help to find support in your country.

# Question: single choice about explaining secrets and surprises to a young child.
q-secrets-surprises = Which is a good way to explain secrets and surprises to a 6-year-old?
    .hint = Young children need a simple rule that still lets them enjoy birthdays.
    .explanation = A surprise is happy and ends soon. A secret that makes you feel worried or sad is one to tell. This helps children spot when someone asks them to hide something.
# Answer option (right).
q-secrets-surprises-surprise-ends-happy = "A surprise is happy and everyone finds out soon. A secret that makes you feel bad is one to tell."
    .feedback = Yes. It is simple, it keeps the fun of surprises, and it tells them what to do.
# Answer option (wrong).
q-secrets-surprises-never-keep-anything = "Never keep anything from me, ever."
    .feedback = Not quite. This is hard for a young child to follow, and it spoils happy surprises. A clear difference works better.
# Answer option (wrong).
q-secrets-surprises-all-secrets-fine = "Secrets are fine if a grown-up asks you to keep them."
    .feedback = Not quite. People who want to harm children often ask for secrets. A secret that feels bad is one to tell.

# Question: sort topics into age groups.
q-topic-by-age = Sort each topic into the age group where it usually fits best.
    .hint = Think about what a child can do on their own at each age.
    .explanation = Young children need simple rules, a safety circle and PANTS. Children aged 9 to 12 need warning signs and block and report skills. Teens need talks about consent, respect and sextortion. Topics can carry on across ages.
# Group name.
q-topic-by-age-ages-5-to-8 = Ages 5 to 8
# Group name.
q-topic-by-age-ages-9-to-12 = Ages 9 to 12
# Group name.
q-topic-by-age-teens = Teens
# Item to sort (ages 5 to 8).
q-topic-by-age-safety-circle = Making a list of grown-ups they can tell
    .feedback = A safety circle gives young children clear people to go to.
# Item to sort (ages 5 to 8).
q-topic-by-age-pants-rule = The PANTS rule about their body
    .feedback = PANTS is made for young children. It teaches that their body belongs to them.
# Item to sort (ages 9 to 12).
q-topic-by-age-spot-gifts-and-secrets = Spotting gifts, secrets and moves to private chat
    .feedback = Children aged 9 to 12 start chatting on their own, so warning signs fit well here.
# Item to sort (ages 9 to 12).
q-topic-by-age-practise-block-report = Practising block and report in their apps
    .feedback = Practising skills helps children aged 9 to 12 act fast when they need to.
# Item to sort (teens).
q-topic-by-age-consent-and-respect = Consent and respect in relationships
    .feedback = Teens are forming relationships, so consent and respect matter a lot now.
# Item to sort (teens).
q-topic-by-age-sextortion-dont-pay = Sextortion: don't pay, and come to me
    .feedback = Teens are targeted most often, so talk about it before it happens.

# Question: a scenario. The situation is shown first, then the question.
q-teen-mentions-threat = What could you do?
    .situation = Your 15-year-old mentions that someone at school is being threatened with a private photo. They watch your face as they tell you.
    .hint = Your teen may be testing how you react. What would make them feel safe to come to you?
    .explanation = Listen calmly and make clear you would help without blame. Explaining what helps is good too. Blaming the person in the photo, or banning apps, teaches your teen to keep quiet. You could also ask if the classmate has an adult helping them.
# Action (best).
q-teen-mentions-threat-listen-and-open-door = Listen calmly, ask how they feel, and say you would help anyone in that spot without blame.
    .feedback = Best choice. Your teen learns that you are safe to come to, whatever happens.
# Action (also good).
q-teen-mentions-threat-explain-what-helps = Explain that it is a crime and not the victim's fault, and that paying rarely helps.
    .feedback = Good choice. Clear facts help. Keep it short and ask what they think, too.
# Action (not helpful).
q-teen-mentions-threat-blame-the-classmate = Say the classmate shouldn't have sent a photo.
    .feedback = This blames the victim. Your teen may decide never to tell you if it happens to them.
# Action (not helpful).
q-teen-mentions-threat-ban-chat-apps = Ban all chat apps so it can't happen to your teen.
    .feedback = Bans can make teens hide their use. They also teach that telling you leads to losing things.

# Question: true or false about one big talk. The right answer is "false".
q-one-big-talk = One big talk about online safety is usually enough.
    .hint = Think about how apps and your child change over time.
    .explanation = Many small chats work better. Apps change, your child grows, and each talk makes the next one easier.
# Feedback if the caregiver picks "true" (wrong).
q-one-big-talk-true =
    .feedback = Not quite. One talk is easy to forget. Small, regular chats keep the door open.
# Feedback if the caregiver picks "false" (right).
q-one-big-talk-false =
    .feedback = Right. Short chats, often, work better than one big talk.

# Question: multiple choice, "choose all that apply".
q-good-starters = Which of these are good ways to start a conversation? Choose all that apply.
    .hint = Good starters are curious and calm, not suspicious.
    .explanation = Asking to see their game, asking if anything felt weird, and asking who they would tell are calm and open. Suspicious questions and demands can shut a child down.
# Answer option (good starter).
q-good-starters-show-me-your-game = "What's your favourite game right now? Can you show me?"
    .feedback = Yes. Showing interest builds trust and teaches you about their world.
# Answer option (good starter).
q-good-starters-ever-felt-weird = "Has anything online ever made you feel weird or uneasy?"
    .feedback = Yes. It is open and calm, and it gives them words to use.
# Answer option (good starter).
q-good-starters-who-would-you-tell = "If something went wrong online, who would you tell?"
    .feedback = Yes. It helps them plan, and it reminds them they can come to you.
# Answer option (not a good starter).
q-good-starters-doing-anything-bad = "Are you doing anything bad online?"
    .feedback = Not quite. This sounds like an accusation. Most children will just say no.
# Answer option (not a good starter).
q-good-starters-hand-over-phone = "Give me your phone. I'm checking it."
    .feedback = Not quite. A demand with no talk can feel like punishment and break trust.

# Question: single choice about the PANTS rule.
q-pants-p = In the NSPCC's PANTS rule for young children, what does the "P" stand for?
    .hint = Think about why the rule is named after underwear.
    .explanation = P is for "Privates are private." The rule teaches young children that their body belongs to them, without scary words.
# Answer option (right).
q-pants-p-privates-are-private = Privates are private
    .feedback = Yes. It teaches that the parts covered by underwear are private.
# Answer option (wrong).
q-pants-p-passwords-protected = Passwords are protected
    .feedback = Not quite. Passwords matter, but PANTS is about a child's body. P is "Privates are private."
# Answer option (wrong).
q-pants-p-parents-permission = Parents' permission first
    .feedback = Not quite. P is "Privates are private." It helps children know their body belongs to them.

# Question: put the steps in order.
q-respond-steps = Your child tells you something worrying happened online. Put these steps in order.
    .hint = How you feel in the first moment comes before anything you do.
    .explanation = Stay calm, listen, thank them, tell them it is not their fault, then plan together. This order helps your child feel safe and keeps them talking.
# Step 1.
q-respond-steps-stay-calm = Take a breath and stay calm
    .feedback = A calm face first tells your child they are safe with you.
# Step 2.
q-respond-steps-listen = Listen without interrupting
    .feedback = Let them tell it their way. Questions can come later.
# Step 3.
q-respond-steps-thank-them = Thank them for telling you
    .feedback = Thanks shows them telling was the right choice.
# Step 4.
q-respond-steps-not-their-fault = Tell them it is not their fault
    .feedback = Children often feel ashamed. Hearing this from you really helps.
# Step 5.
q-respond-steps-plan-together = Plan the next steps together
    .feedback = Planning together gives your child back some control.

# Question: true or false about promising not to take the phone away. The right answer is "true".
q-no-phone-promise = Promising that telling you won't mean losing their phone can make a child more likely to tell you.
    .hint = What worries might stop a child from telling an adult?
    .explanation = Yes. Many children stay quiet because they fear losing their phone or games. Taking that fear away makes telling easier.
# Feedback if the caregiver picks "true" (right).
q-no-phone-promise-true =
    .feedback = Right. Removing the fear of losing their phone makes telling you feel safer.
# Feedback if the caregiver picks "false" (wrong).
q-no-phone-promise-false =
    .feedback = Not quite. Fear of losing devices is a common reason children keep quiet. A clear promise helps.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Try asking: "If something online ever worried you, how would you want me to react?" Listen to the answer. Then promise: "I'll stay calm, I'll thank you, and we'll sort it out together."
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask the group to share one phrase they could use with a young child, a 10-year-old and a teen. What makes a child feel safe to tell, and what makes them stop?
