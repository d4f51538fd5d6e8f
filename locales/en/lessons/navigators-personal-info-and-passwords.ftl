# SafeSteps — MIT OR Apache-2.0

### Lesson: Personal info and passwords (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Keep sentences short. Teach skills, not fear.

# Lesson name on the lesson card.
lesson-title = Personal info and passwords
# One line under the lesson name.
lesson-summary = Learn what info to keep private, how to make a strong password, and what to do if your account is taken.

# Card 1: what personal info is.
card-what-is-personal-info =
    Personal info is anything that shows who you are or where to find you.
    It is your full name, your home address and your phone number.
    It is the name of your school, and where you are right now.
    A photo of you in your school uniform can show your school too.
    Keep these for people you know and trust in real life.
# Card 2: people in games and chat may ask for personal info.
card-games-and-chat =
    Games and chat apps are fun. Sometimes people in them ask where you live or what school you go to.
    You don't have to answer. It is okay to say no.
    Use a nickname, not your real name.
    Keep your location turned off.
    Not sure? Ask an adult you trust first.
# Card 3: strong passwords and passphrases.
card-strong-passwords =
    A strong password is long and hard to guess.
    Try a passphrase. Pick four random words, like "frog moon cake drum."
    Then make up your own. Don't use this one.
    Don't use your name, your pet's name or your birthday. People can guess those.
    Use a new password for each app or game.
    An adult you trust can help you keep track of them.
# Card 4: never share passwords, even with friends.
card-keep-it-yours =
    Your password is just for you and the adults who look after you.
    Don't share it, not even with your best friend.
    Friends can fall out. And a friend might pass it on by mistake.
    Then someone could log in as you and post things.
    If a friend asks, you can say, "Sorry, I keep my passwords private."
# Card 5: if an account is taken over; not the child's fault; who to tell.
card-account-taken =
    Did someone get into your account? Maybe they changed your password or posted as you.
    It is not your fault.
    Tell an adult you trust right away. They can help you change your passwords, report it to the app and get your account back.
    You can also tap Help to find someone to talk to.

# Question: multiple choice, "choose all that apply".
q-which-is-personal = Which of these are personal info? Choose all that apply.
    .hint = Ask: could this help someone find me, or find out who I am?
    .explanation = Your full name, address and school are personal info. So is a photo in your uniform. Your favourite game and food are fine to share.
# Answer option (personal info).
q-which-is-personal-full-name = My full name
    .feedback = Your full name is personal info. Use a nickname in games.
# Answer option (personal info).
q-which-is-personal-home-address = My home address
    .feedback = Your address shows where you live. Keep it private.
# Answer option (personal info).
q-which-is-personal-school-name = The name of my school
    .feedback = Your school shows where you are in the day. Keep it private.
# Answer option (personal info).
q-which-is-personal-uniform-photo = A photo of me in my school uniform
    .feedback = A uniform can show which school you go to. So it is personal info too.
# Answer option (not personal info).
q-which-is-personal-favourite-game = My favourite game
    .feedback = Not quite. Your favourite game is fine to share. It does not show where you are.
# Answer option (not personal info).
q-which-is-personal-favourite-food = My favourite food
    .feedback = Not quite. Your favourite food is fine to share. It does not show who you are.

# Question: single choice about the strongest password.
q-strongest-password = Which password is the strongest?
    .hint = Which one would be the hardest for someone to guess?
    .explanation = Four random words make a strong passphrase. It is long and hard to guess, but easy for you to remember.
# Answer option (right).
q-strongest-password-four-random-words = lamp tiger rain sock
    .feedback = Yes! Four random words are long and hard to guess. That makes a strong passphrase.
# Answer option (wrong).
q-strongest-password-name-and-birthday = Your name and your birthday
    .feedback = Not quite. Lots of people know your name and birthday. They are easy to guess.
# Answer option (wrong).
q-strongest-password-password-123 = password123
    .feedback = Not quite. This is one of the most used passwords. It is very easy to guess.
# Answer option (wrong).
q-strongest-password-pet-name = Your pet's name
    .feedback = Not quite. Friends and people who see your posts may know your pet's name. It is easy to guess.

# Question: true or false about sharing a password with a best friend.
q-best-friend-password = It is okay to share your password with your best friend.
    .hint = What could happen if you and your friend fall out?
    .explanation = Your password is just for you and the adults who look after you. Even a best friend does not need it.
# Feedback if the child picks "true" (wrong).
q-best-friend-password-true =
    .feedback = Not quite. Best friends are great. But friends can fall out, or pass a password on by mistake. Keep it private.
# Feedback if the child picks "false" (right).
q-best-friend-password-false =
    .feedback = Yes! Your password is just for you and the adults who look after you. A real friend will get it.

# Question: a scenario. The situation is shown first, then the question.
q-player-asks-school = What could Mia do?
    .situation = Mia, 10, plays a building game. A player she met last week says, "What school do you go to? I bet I know it!"
    .hint = Is the name of a school personal info? Who could help?
    .explanation = Mia's school is personal info. She does not have to say. Keeping it private and telling an adult she trusts is best.
# Action (best).
q-player-asks-school-keep-private-tell-adult = Don't say. Tell an adult she trusts about it.
    .feedback = Best choice! Mia keeps her school private. An adult she trusts can help if the player keeps asking.
# Action (also good).
q-player-asks-school-say-no-thanks = Say, "I don't share that," and keep playing.
    .feedback = Good choice. Mia keeps her info private. If the player asks again, she can tell an adult and block them.
# Action (not helpful).
q-player-asks-school-tell-school = Tell them. They seem nice.
    .feedback = Not quite. Seeming nice does not show who someone is. Her school is personal info, so she can keep it private.
# Action (not helpful).
q-player-asks-school-send-uniform-selfie = Send a selfie in her uniform so they can guess.
    .feedback = Not quite. A uniform photo shows her school too. It is best to keep it private.

# Question: sort things into two groups.
q-share-or-keep = Put each thing in the right group.
    .hint = Could it help someone find you or get into your account?
    .explanation = Your favourite band and a game nickname are fine to share. Your phone number, your password and where you are right now are private.
# Group name.
q-share-or-keep-okay-to-share = Okay to share
# Group name.
q-share-or-keep-keep-private = Keep private
# Item to sort (okay to share).
q-share-or-keep-favourite-band = My favourite band
    .feedback = Your favourite band is fun to share. It does not show where you are.
# Item to sort (okay to share).
q-share-or-keep-game-nickname = My game nickname
    .feedback = A nickname is fine to share. That is why it is better than your real name.
# Item to sort (keep private).
q-share-or-keep-phone-number = My phone number
    .feedback = Your phone number lets people call or text you. Keep it private.
# Item to sort (keep private).
q-share-or-keep-my-password = My password
    .feedback = Your password keeps your account safe. It is just for you and your adults.
# Item to sort (keep private).
q-share-or-keep-where-i-am-now = Where I am right now
    .feedback = Where you are right now is private. It could help someone find you.

# Question: single choice about a selfie in school uniform.
q-uniform-selfie = Jay wants to post a selfie in his school uniform on a video app. What should he think about?
    .hint = Look at what he is wearing. What could it tell people?
    .explanation = A uniform can show which school you go to. Jay could take the photo in other clothes, or ask an adult he trusts first.
# Answer option (right).
q-uniform-selfie-shows-school = The uniform can show people which school he goes to.
    .feedback = Yes! A logo or colours can show his school. He could post a photo in other clothes.
# Answer option (wrong).
q-uniform-selfie-no-risk = Nothing. A photo is just a photo.
    .feedback = Not quite. Photos can show things like your school, your street or your house.
# Answer option (wrong).
q-uniform-selfie-only-bad-if-ugly = Only if he looks silly in it.
    .feedback = Not quite. How he looks is up to him. The thing to think about is what the photo shows.

# Question: single choice about an account being taken over.
q-coins-gone = Zoe logs into her game. Her coins are gone and her password has changed. What should she do first?
    .hint = Who can help Zoe get her account back?
    .explanation = Zoe should tell an adult she trusts right away. They can help her change passwords and report it to the game. It is not her fault.
# Answer option (right).
q-coins-gone-tell-adult-now = Tell an adult she trusts right away.
    .feedback = Yes! An adult can help Zoe report it and get her account back. It is not her fault.
# Answer option (wrong).
q-coins-gone-keep-quiet = Keep quiet and hope it stops.
    .feedback = Not quite. Keeping quiet lets the person keep using her account. Telling an adult helps.
# Answer option (wrong).
q-coins-gone-new-account-secretly = Make a new account and tell no one.
    .feedback = Not quite. The person can still use her old account. An adult can help her get it back and report it.

# Question: true or false about telling after an account is taken over.
q-telling-helps = If someone takes over your account, telling an adult can help you get it back.
    .hint = Look back at the card about a taken account.
    .explanation = Yes. An adult you trust can help you change passwords and report it to the app. You can also tap Help.
# Feedback if the child picks "true" (right).
q-telling-helps-true =
    .feedback = Yes! Telling an adult is the best first step. It is not your fault, and they can help.
# Feedback if the child picks "false" (wrong).
q-telling-helps-false =
    .feedback = Not quite. An adult you trust can help you report it and get your account back. You don't have to fix it alone.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask: what personal info could a photo or a chat give away without us noticing? Make up a silly four-word passphrase together (don't use it for real). Then talk about who they would tell if an account was taken.
