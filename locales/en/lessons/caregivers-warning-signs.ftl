# SafeSteps — MIT OR Apache-2.0

### Lesson: Warning signs to notice (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Signs are clues, not proof. Never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Warning signs to notice
# One line under the lesson name.
lesson-summary = Which changes in your child are worth noticing, what they may or may not mean, and how to respond calmly.

# Card 1: changes around devices, gifts and new contacts.
card-device-changes =
    Children often don't say in words that something is wrong. Changes in how they act can be clues.
    Watch for new secrecy about devices. They may hide the screen, switch apps fast when you walk in, or have new accounts you didn't know about.
    Notice new gifts, money, gift cards or in-game currency they can't explain.
    Notice a new "friend" who is older, or who they talk about a lot but you never meet.
# Card 2: changes in mood and sleep.
card-mood-and-sleep =
    Other changes are about mood and daily life.
    Your child may pull away from family or friends, or stop doing things they used to enjoy.
    They may seem upset, jumpy, angry or quiet after being online, or after a message arrives.
    They may get very upset if you mention taking the device away.
    Their sleep may change. They may be online late at night, or seem tired all the time.
    They may have sudden worries about their body, or talk about feeling ashamed.
# Card 3: what signs do and don't mean.
card-what-signs-mean =
    A sign is a clue, not proof. Many of these changes have other causes, like stress at school, a falling-out with friends, bullying, or puberty.
    Wanting more privacy as they grow up is normal too.
    What matters more is a sudden change, or several signs together.
    If your gut says something is off, it is worth a calm chat. You don't need proof to check in with your child.
# Card 4: how to respond calmly; not the child's fault.
card-respond-calmly =
    Pick a calm moment, like a walk or a car ride. Side by side often feels easier than face to face.
    Say what you noticed without blame: "You've seemed upset after being online. I'm here if anything is going on."
    Ask open questions and listen more than you talk.
    Avoid grabbing the phone or making threats. That can teach your child to hide things.
    If they tell you something, thank them. It is not your child's fault, and they need to hear that from you.
# Card 5: next steps and someone to talk to.
card-if-something-is-wrong =
    If your child tells you that someone has pushed, tricked or threatened them, stay with them and keep calm.
    Save the messages and usernames before you block anyone. Then report the account on the app.
    Our other lessons cover reporting in more detail.
    You don't have to handle this alone. Talk to someone you trust, or tap Help to find support in your country.

# Question: multiple choice, "choose all that apply".
q-which-signs = Which of these changes could be warning signs worth noticing? Choose all that apply.
    .hint = Look for secrecy, things that can't be explained, and changes in mood.
    .explanation = Hiding screens, gifts they can't explain, a new older friend and distress after being online are worth noticing. A new game or chatting with classmates is a normal part of growing up.
# Answer option (worth noticing).
q-which-signs-hides-screen = Hides the screen or switches apps when you come near
    .feedback = Yes. New secrecy about devices is worth noticing, especially if it is sudden.
# Answer option (worth noticing).
q-which-signs-unexplained-gifts = Has gift cards or in-game currency they can't explain
    .feedback = Yes. Gifts can be used to build trust and a sense of owing.
# Answer option (worth noticing).
q-which-signs-older-friend = Talks a lot about a new, older online friend
    .feedback = Yes. An older "friend" you have never met is worth a calm question.
# Answer option (worth noticing).
q-which-signs-upset-after-online = Seems upset or scared after being online
    .feedback = Yes. Distress after being online is a clue that something may be wrong.
# Answer option (usually normal).
q-which-signs-new-favourite-game = Has a new favourite game
    .feedback = Not quite. New interests are normal. Ask about it with curiosity, not worry.
# Answer option (usually normal).
q-which-signs-chats-with-classmates = Chats with classmates after school
    .feedback = Not quite. Staying in touch with friends is a healthy part of being online.

# Question: true or false about a single sign. The right answer is "false".
q-one-sign-proves = One warning sign proves your child is being harmed.
    .hint = Think about other reasons a child's mood or habits might change.
    .explanation = A single sign is a clue, not proof. Many signs have other causes. A sudden change or several signs together is a reason for a calm chat.
# Feedback if the caregiver picks "true" (wrong).
q-one-sign-proves-true =
    .feedback = Not quite. One sign can have many causes, like school stress or puberty. It is a reason to check in calmly, not to assume the worst.
# Feedback if the caregiver picks "false" (right).
q-one-sign-proves-false =
    .feedback = Right. A sign is a clue. Notice it, stay calm, and make space for your child to talk.

# Question: a scenario. The situation is shown first, then the question.
q-several-changes = What is a good first step?
    .situation = Over the last two weeks, your 12-year-old has started taking their phone to bed, hides the screen when you walk past, and seems tense after messages arrive.
    .hint = Several changes together are worth raising. How can you raise them so your child feels safe to talk?
    .explanation = A calm, private check-in that names what you noticed, without blame, is the best first step. Letting them know your door is open helps too. Reading the phone in front of them or banning the internet can make them hide more.
# Action (best).
q-several-changes-calm-check-in = Pick a calm moment, say what you noticed, and ask an open question.
    .feedback = Best choice. Naming what you saw, without blame, shows you care and makes it easier to talk.
# Action (also good).
q-several-changes-open-door = Tell them they can come to you about anything, and that they won't be punished for telling.
    .feedback = Good choice. Fear of punishment often stops children telling, so saying this out loud helps.
# Action (not helpful).
q-several-changes-read-phone-in-front = Take the phone and read all their messages while they watch.
    .feedback = This can feel like punishment and shame. Your child may close up or find ways to hide things.
# Action (not helpful).
q-several-changes-ban-internet = Ban the internet until they explain.
    .feedback = Bans can feel like punishment for something that may not be their fault. Children often stop talking when they fear losing access.

# Question: sort things a caregiver might say into two groups.
q-what-to-say = Your child has just told you something worrying. Sort what you might say.
    .hint = Which words show you are on their side?
    .explanation = Thanks, reassurance and teamwork help a child keep talking. Blame, "why" questions and threats can shut them down, even when you are scared.
# Group name.
q-what-to-say-helps-them-talk = Helps them keep talking
# Group name.
q-what-to-say-shuts-them-down = Can shut them down
# Item to sort (helps).
q-what-to-say-thanks-for-telling = "Thank you for telling me."
    .feedback = Thanking them shows that telling was the right thing to do.
# Item to sort (helps).
q-what-to-say-not-angry = "I'm not angry with you. This is not your fault."
    .feedback = Children often fear anger most. Clear reassurance helps them relax and say more.
# Item to sort (helps).
q-what-to-say-work-it-out-together = "We'll work out what to do together."
    .feedback = Doing it together gives your child back some control.
# Item to sort (shuts down).
q-what-to-say-why-not-sooner = "Why didn't you tell me sooner?"
    .feedback = This can sound like blame. Many children wait because they feel scared or ashamed.
# Item to sort (shuts down).
q-what-to-say-what-were-you-thinking = "What were you thinking?"
    .feedback = This puts the blame on your child. The person who tricked them is responsible.
# Item to sort (shuts down).
q-what-to-say-no-phone-ever = "That's it. No phone, ever again."
    .feedback = Fear of losing their phone is a common reason children stay quiet. This can stop them telling next time.

# Question: put the steps in order.
q-when-they-tell = Your child tells you someone online has been pressuring them. Put these steps in a helpful order.
    .hint = Your child comes first. What could you lose if you blocked the account too soon?
    .explanation = Listen calmly first, then thank and reassure. Save evidence before you report and block, so nothing is lost. Then get support for your child and for yourself.
# Step 1.
q-when-they-tell-listen-calmly = Listen calmly, without interrupting
    .feedback = Listening first shows your child they are safe with you.
# Step 2.
q-when-they-tell-thank-and-reassure = Thank them and say it is not their fault
    .feedback = Reassurance early helps ease fear and shame.
# Step 3.
q-when-they-tell-save-evidence = Save messages, usernames and profile links
    .feedback = Save proof before anything is blocked or deleted.
# Step 4.
q-when-they-tell-report-and-block = Report the account on the app, then block it
    .feedback = Report while you can still see the account, then block it.
# Step 5.
q-when-they-tell-get-support = Get support for your child and for yourself
    .feedback = Support helps you both cope. Tap Help to find services in your country.

# Question: single choice about a gift card from an older online friend.
q-gift-card = You find a gift card in your 10-year-old's room. They say a 19-year-old friend from a game sent it. What does this most likely call for?
    .hint = Is this a clue or proof? What would help you learn more?
    .explanation = An unexplained gift from an older online friend is worth a calm chat. It is not proof of harm, and it should not be ignored either.
# Answer option (right).
q-gift-card-worth-a-chat = A calm chat about this friend and how they met
    .feedback = Yes. Ask with curiosity, not blame. Find out more before you decide what to do.
# Answer option (wrong).
q-gift-card-nothing-to-see = Nothing. Gifts between gamers are normal.
    .feedback = Not quite. Gifts from an older person your child met online are worth asking about.
# Answer option (wrong).
q-gift-card-proof-of-abuse = Proof that your child is being abused
    .feedback = Not quite. It is a clue, not proof. A calm chat will tell you more.

# Question: true or false about privacy. The right answer is "true".
q-privacy-is-normal = Wanting more privacy as children grow up is normal.
    .hint = Think about how you felt about privacy as a young teen.
    .explanation = Yes. More privacy is a normal part of growing up. Sudden secrecy together with other changes is what is worth noticing.
# Feedback if the caregiver picks "true" (right).
q-privacy-is-normal-true =
    .feedback = Right. Privacy on its own is healthy. Watch for sudden changes or several signs together.
# Feedback if the caregiver picks "false" (wrong).
q-privacy-is-normal-false =
    .feedback = Not quite. Wanting privacy is a normal part of growing up. It becomes a concern when it is sudden or comes with other changes.

# Question: single choice about why staying calm matters.
q-why-stay-calm = Why does it matter so much to stay calm when your child tells you something?
    .hint = Think about the long run, not just this moment.
    .explanation = Your reaction decides whether your child tells you next time. Calm does not mean doing nothing; it means acting without blame.
# Answer option (right).
q-why-stay-calm-tell-again = Your reaction shapes whether they tell you next time.
    .feedback = Yes. A calm, thankful response teaches your child that telling you is safe.
# Answer option (wrong).
q-why-stay-calm-not-serious = Because most problems online are not serious.
    .feedback = Not quite. Some problems are serious. Calm helps you deal with them well.
# Answer option (wrong).
q-why-stay-calm-avoid-action = So you don't have to take any action.
    .feedback = Not quite. Calm is about how you respond. You can still save, report and get help.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Try saying: "Lately you've seemed a bit down after being online. I'm not cross with you. Is there anything on your mind?" Then wait, listen, and thank them for whatever they share.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask the group: which signs could have an everyday cause, and which together would worry you? Practise a calm opening line in pairs, and talk about why blame makes children stop telling.
