# SafeSteps — MIT OR Apache-2.0

### Lesson: Pictures and permission (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Name actions and feelings; never describe images or abuse.

# Lesson name on the lesson card.
lesson-title = Pictures and permission
# One line under the lesson name.
lesson-summary = Learn to ask before you post, think before you share, and what to do if someone asks you for pictures.

# Card 1: ask before posting photos of other people.
card-ask-first =
    Photos and videos are a fun way to share what you do.
    But before you post a photo of a friend, ask them first.
    Some people don't want their photo online, and that is okay.
    If they say no, don't post it.
    This goes for group photos and funny videos too.
# Card 2: think before sharing your own photos.
card-think-before-sharing =
    Before you post a photo of yourself, stop and think.
    Who could see it? Does it show your school, your street or where you are?
    Once a photo is online, people can copy it and share it.
    You can't always get it back.
    Not sure? Ask an adult you trust.
# Card 3: never share someone else's private picture.
card-private-pictures =
    Some photos are private, or meant for just one person.
    Never share someone else's private picture. Don't send it on, post it or show it around.
    Sharing it can hurt them a lot.
    If someone sends you one, don't save it or pass it on. Tell an adult you trust.
# Card 4: if someone asks for pictures: say no and tell.
card-if-someone-asks =
    Someone might ask you for a photo that makes you feel unsure.
    It could be a stranger, an online friend, or someone you know.
    You can always say no. No one should ask a child for photos without clothes on.
    Asking you to keep it secret is a warning sign too.
    Say no, stop replying, and tell an adult you trust.
# Card 5: not the child's fault; help is there; Help screen.
card-not-your-fault =
    If someone pushed you to send a photo, or shared a photo of you, it is not your fault.
    You can still get help, even if you sent something before.
    Tell an adult you trust. They can help you report it and get it taken down.
    You can also tap Help to find someone to talk to.

# Question: single choice about posting a photo of friends.
q-lunch-photo = You took a funny photo of your friends at lunch. You want to post it. What should you do first?
    .hint = Whose photo is it? Who gets to choose?
    .explanation = Ask everyone in the photo before you post it. If anyone says no, don't post it.
# Answer option (right).
q-lunch-photo-ask-everyone = Ask everyone in the photo if it is okay.
    .feedback = Yes! Everyone in the photo gets a say. If one person says no, keep it off.
# Answer option (wrong).
q-lunch-photo-post-and-tag = Post it and tag them so they see it.
    .feedback = Not quite. Tagging them is not the same as asking. Ask first.
# Answer option (wrong).
q-lunch-photo-post-then-delete = Post it, and take it down if someone gets upset.
    .feedback = Not quite. By then, people may have seen it or saved it. Ask first.

# Question: true or false about posting after a friend says no.
q-friend-says-no = If a friend says no, it is fine to post their photo anyway if it looks good.
    .hint = Whose choice is it when the photo shows your friend?
    .explanation = Your friend gets to choose what goes online about them. If they say no, don't post it.
# Feedback if the child picks "true" (wrong).
q-friend-says-no-true =
    .feedback = Not quite. Even a good photo needs a yes. If your friend says no, keep it off.
# Feedback if the child picks "false" (right).
q-friend-says-no-false =
    .feedback = Yes! No means no, even for a great photo. That is how you show respect.

# Question: a scenario. The situation is shown first, then the question.
q-group-chat-photo = What could you do?
    .situation = Someone in your class group chat sends a private photo of a classmate. People are sending laughing faces.
    .hint = How might the classmate feel? Who could help stop it?
    .explanation = Don't send it on. Tell an adult you trust, and report it in the app. Checking in with your classmate helps too. Sharing it or laughing along hurts them more.
# Action (best).
q-group-chat-photo-dont-share-tell-adult = Don't send it on. Tell an adult you trust.
    .feedback = Best choice! An adult can help get the photo taken down. No one should blame you for telling.
# Action (also good).
q-group-chat-photo-report-and-check-in = Report the photo in the app, and ask your classmate if they are okay.
    .feedback = Good choice. Reporting helps, and your kindness matters. Tell an adult too.
# Action (not helpful).
q-group-chat-photo-send-it-on = Send it to a friend to ask what they think.
    .feedback = Not quite. Sending it on shares it even more. Don't pass it on. Tell an adult you trust.
# Action (not helpful).
q-group-chat-photo-laugh-along = Send a laughing face so you fit in.
    .feedback = Not quite. It can feel hard not to join in. But laughing along can hurt your classmate more.

# Question: a scenario. The situation is shown first, then the question.
q-nico-asked = What could Nico do?
    .situation = Nico, 11, has chatted with a player called Max for weeks. Max says, "Send me a photo of you. Just for me. Don't tell anyone."
    .hint = Look for a warning sign. Can Nico say no?
    .explanation = Asking for a photo and asking for a secret are warning signs. Nico can say no and tell an adult he trusts. Blocking and reporting Max helps too.
# Action (best).
q-nico-asked-say-no-tell-adult = Say no. Tell an adult he trusts.
    .feedback = Best choice! Nico can always say no. An adult can help him report Max and stay safe.
# Action (also good).
q-nico-asked-stop-block-report = Stop replying. Save the chat, then block and report Max.
    .feedback = Good choice. Saving the chat helps when you report. Telling an adult too is even better.
# Action (not helpful).
q-nico-asked-send-face-only = Send a photo of just his face.
    .feedback = Not quite. Max asked Nico to keep it secret. That is a warning sign. Nico can say no.
# Action (not helpful).
q-nico-asked-send-to-keep-friend = Send it so Max stays his friend.
    .feedback = Not quite. A real friend takes no for an answer. Nico can say no and tell an adult.

# Question: multiple choice, "choose all that apply".
q-before-you-post = Before you post a photo of yourself, what is good to check? Choose all that apply.
    .hint = Which things could help someone find you?
    .explanation = Check for a school logo, your street or house, a location tag and who can see the post. Likes and filters don't change your safety.
# Answer option (good to check).
q-before-you-post-school-logo = Can people see my school logo?
    .feedback = Good to check. A logo can show where you go to school.
# Answer option (good to check).
q-before-you-post-street-or-house = Can people see my street or my house?
    .feedback = Good to check. A street sign or house can show where you live.
# Answer option (good to check).
q-before-you-post-who-can-see = Who can see this post?
    .feedback = Good to check. Keep it to people you know in real life.
# Answer option (good to check).
q-before-you-post-location-tag = Is my location tagged?
    .feedback = Good to check. A location tag shows where you are. Turn it off.
# Answer option (not about safety).
q-before-you-post-how-many-likes = Will it get lots of likes?
    .feedback = Not quite. Likes are fun, but they don't keep you safe.
# Answer option (not about safety).
q-before-you-post-coolest-filter = Which filter looks the coolest?
    .feedback = Not quite. A filter is up to you. It does not change who can see the photo.

# Question: true or false about photos being copied.
q-copied-and-shared = Once a photo is online, people can copy it and share it.
    .hint = Think about screenshots.
    .explanation = Yes. People can take screenshots or save photos. That is why it is good to think before you post.
# Feedback if the child picks "true" (right).
q-copied-and-shared-true =
    .feedback = Yes! A screenshot takes a second. So think before you post.
# Feedback if the child picks "false" (wrong).
q-copied-and-shared-false =
    .feedback = Not quite. Even if you delete a photo, someone may have saved it first.

# Question: sort photos into three groups.
q-post-ask-or-never = Put each photo in the right group.
    .hint = Who is in the photo? Was it meant to be private?
    .explanation = Your own drawing or a sunset are fine to post. Photos of friends need a yes first. Private photos of other people are never yours to share.
# Group name.
q-post-ask-or-never-okay-to-post = Okay to post
# Group name.
q-post-ask-or-never-ask-first = Ask first
# Group name.
q-post-ask-or-never-never-share = Never share
# Item to sort (okay to post).
q-post-ask-or-never-my-drawing = A photo of my drawing
    .feedback = Your own drawing is yours to share. Just check that your name isn't on it.
# Item to sort (okay to post).
q-post-ask-or-never-sunset = A photo of a sunset
    .feedback = A sunset is fine to post. Just check that the location is off.
# Item to sort (ask first).
q-post-ask-or-never-friend-at-party = My friend at a party
    .feedback = Ask first. Your friend gets to choose if it goes online.
# Item to sort (ask first).
q-post-ask-or-never-team-photo = My team after a match
    .feedback = Ask first. Everyone in the photo gets a say.
# Item to sort (never share).
q-post-ask-or-never-photo-sent-just-to-me = A photo someone sent just to me
    .feedback = Never share it. It was meant only for you.
# Item to sort (never share).
q-post-ask-or-never-classmate-private-photo = A private photo of a classmate
    .feedback = Never share it. It can hurt them a lot. Tell an adult you trust.

# Question: true or false about getting help after sending a photo. The right answer is "true".
q-sent-before = If you already sent a photo, you can still say no to more and get help.
    .hint = Does saying yes once mean you must always say yes?
    .explanation = You can say no at any time. It is not your fault, and an adult you trust can help. You can also tap Help.
# Feedback if the child picks "true" (right).
q-sent-before-true =
    .feedback = Yes! You can always say no. You can always tell someone, even later.
# Feedback if the child picks "false" (wrong).
q-sent-before-false =
    .feedback = Not quite. You can say no at any time. It is not your fault, and help is always there.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask: how would you feel if someone posted a photo of you without asking? What could you say to a friend who wants to share someone's private photo? Who could help if someone asks you for pictures?
