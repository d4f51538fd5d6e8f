# SafeSteps — MIT OR Apache-2.0

### Lesson: Privacy settings (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Keep sentences short. Settings are a skill, not a reason to be scared.

# Lesson name on the lesson card.
lesson-title = Your privacy settings
# One line under the lesson name.
lesson-summary = Choose who can see your posts, who can message you, and who knows where you are.

# Card 1: what settings are and why to check them.
card-why-settings =
    Settings let you choose who sees your posts and who can talk to you.
    Most apps and games have them. Look for a menu or a small cog icon.
    New apps are not always private at the start.
    So check the settings each time you get a new app or game.
# Card 2: private accounts and friend requests.
card-private-account =
    A private account means only people you say yes to can see your posts.
    Keep your account private.
    Only accept friend requests from people you know in real life.
    It is okay to say no to a request. You can also remove a friend later.
# Card 3: choosing who can message you and talk to you.
card-who-can-message =
    Many games and apps let you choose who can message you or talk to you in voice chat.
    Pick "friends only" or "no one."
    Then people you don't know can't send you messages.
    On video apps, you can also choose who can comment on your videos.
# Card 4: turning off location sharing.
card-location =
    Some apps can show where you are on a map. Some add your location to your photos.
    Turn location sharing off. Or share it only with your family.
    Check the map settings in your chat apps, and the camera settings on your phone.
# Card 5: check settings with a trusted adult; not the child's fault; Help.
card-check-together =
    Settings can change when an app updates. Check them with an adult you trust now and then.
    Settings help, but they can't stop everything. Even someone you know can do things that feel wrong.
    If someone upsets you, it is not your fault.
    Tell an adult you trust. You can also tap Help to find someone to talk to.

# Question: single choice about what a private account is.
q-private-means = What does a private account mean?
    .hint = Think about who you say yes to.
    .explanation = With a private account, only people you accept can see your posts. That is why it is good to accept only people you know.
# Answer option (right).
q-private-means-only-people-you-accept = Only people I say yes to can see my posts.
    .feedback = Yes! You choose who sees your posts. Say yes only to people you know in real life.
# Answer option (wrong).
q-private-means-no-one-at-all = No one at all can see my posts.
    .feedback = Not quite. People you accept can still see them. That is why you choose with care.
# Answer option (wrong).
q-private-means-everyone-but-parents = Everyone can see them except my parents.
    .feedback = Not quite. A private account is about who you accept. It is not for hiding things from your family.

# Question: a scenario. The situation is shown first, then the question.
q-leo-friend-request = What could Leo do?
    .situation = Leo, 11, gets a friend request on a video app. He does not know the person. Their profile says they are 12 and like the same games.
    .hint = Does Leo know this person in real life? Anyone can write anything on a profile.
    .explanation = A profile can say anything. Leo does not know this person in real life. Asking an adult he trusts, or saying no, keeps his account private.
# Action (best).
q-leo-friend-request-check-with-adult = Ask an adult he trusts before he does anything.
    .feedback = Best choice! An adult can help Leo check his settings and decide. Leo can say no to the request.
# Action (also good).
q-leo-friend-request-decline-request = Say no to the request.
    .feedback = Good choice. Leo does not know them in real life. Saying no is always okay.
# Action (not helpful).
q-leo-friend-request-accept-same-age = Say yes. They are his age and like the same games.
    .feedback = Not quite. Anyone can say they are 12 on a profile. Leo does not know them in real life.
# Action (not helpful).
q-leo-friend-request-accept-and-see = Say yes for now. He can remove them later.
    .feedback = Not quite. Once they are in, they can see Leo's posts. It is safer to say no first.

# Question: single choice about who can message you in a new game.
q-who-messages = You start a new game. Who is best to let message you?
    .hint = Think about people you know in real life.
    .explanation = Of these, "friends only" is the safest. Then people you don't know can't message you. "No one" is fine too.
# Answer option (right).
q-who-messages-friends-only = Friends only
    .feedback = Yes! Then only people you have said yes to can message you.
# Answer option (wrong).
q-who-messages-everyone = Everyone
    .feedback = Not quite. Then anyone can message you, even people you don't know.
# Answer option (wrong).
q-who-messages-anyone-with-good-name = Anyone with a nice name
    .feedback = Not quite. Anyone can pick a nice name. It does not tell you who they are.

# Question: true or false about sharing location on a map.
q-map-sharing = A chat app can show your friends where you are on a map. It is safest to turn this off, or share only with family.
    .hint = Who do you want to know where you are?
    .explanation = Where you are is private. Turn it off, or share it only with your family.
# Feedback if the child picks "true" (right).
q-map-sharing-true =
    .feedback = Yes! Where you are is private. Keep it for your family.
# Feedback if the child picks "false" (wrong).
q-map-sharing-false =
    .feedback = Not quite. A map can show where you live and go to school. Turn it off, or share only with family.

# Question: sort settings into two groups.
q-safer-or-not = Put each setting in the right group.
    .hint = Ask: does this let people I don't know see me or find me?
    .explanation = A private account, location off and comments from friends only are safer. A public account, messages from anyone and your location on a map are less safe.
# Group name.
q-safer-or-not-safer = Safer
# Group name.
q-safer-or-not-less-safe = Less safe
# Item to sort (safer).
q-safer-or-not-account-private = My account is private
    .feedback = Safer. Only people you accept can see your posts.
# Item to sort (safer).
q-safer-or-not-location-off = Location sharing is off
    .feedback = Safer. The app can't show people where you are.
# Item to sort (safer).
q-safer-or-not-comments-friends-only = Only friends can comment on my videos
    .feedback = Safer. People you don't know can't leave comments.
# Item to sort (less safe).
q-safer-or-not-account-public = My account is public
    .feedback = Less safe. Anyone can see your posts. Try making it private.
# Item to sort (less safe).
q-safer-or-not-messages-from-anyone = Anyone can message me
    .feedback = Less safe. People you don't know can send you messages. Try "friends only."
# Item to sort (less safe).
q-safer-or-not-location-on-map = My location is on a map for all to see
    .feedback = Less safe. People could see where you are. Turn it off.

# Question: multiple choice, "choose all that apply".
q-new-game-check = You get a new game. Which settings are good to check? Choose all that apply.
    .hint = Ask: does this setting change who can reach me or find me?
    .explanation = Check who can message you, who can see your profile, your location and voice chat. Screen and sound are up to you.
# Answer option (good to check).
q-new-game-check-message-settings = Who can message me
    .feedback = Good to check. Pick "friends only" or "no one."
# Answer option (good to check).
q-new-game-check-profile-settings = Who can see my profile
    .feedback = Good to check. Keep your profile private.
# Answer option (good to check).
q-new-game-check-location-settings = Who can see my location
    .feedback = Good to check. Turn location sharing off.
# Answer option (good to check).
q-new-game-check-voice-chat-settings = Who can talk to me in voice chat
    .feedback = Good to check. Pick friends only, or turn it off.
# Answer option (not a safety setting).
q-new-game-check-screen-brightness = How bright my screen is
    .feedback = Not quite. Brightness is up to you. It does not change who can reach you.
# Answer option (not a safety setting).
q-new-game-check-music-volume = How loud the music is
    .feedback = Not quite. Music is up to you. It does not change who can reach you.

# Question: true or false about checking settings more than once.
q-set-once = Once you set your settings, you never need to check them again.
    .hint = What can happen when an app updates?
    .explanation = Updates can change settings. Check them now and then with an adult you trust.
# Feedback if the child picks "true" (wrong).
q-set-once-true =
    .feedback = Not quite. An update can change your settings. Check them now and then.
# Feedback if the child picks "false" (right).
q-set-once-false =
    .feedback = Yes! Settings can change. Checking them with an adult now and then is smart.

# Question: single choice about someone getting past a block.
q-new-account-again = You blocked someone in a game. Now they message you from a new account. What do you do?
    .hint = Who can help you when a block is not enough?
    .explanation = Tell an adult you trust. Save the messages, then block and report the new account. It is not your fault that they came back.
# Answer option (right).
q-new-account-again-tell-block-report = Tell an adult I trust. Then block and report the new account.
    .feedback = Yes! An adult can help you save the messages, report and check your settings. It is not your fault.
# Answer option (wrong).
q-new-account-again-reply-to-stop-them = Reply and ask them to stop.
    .feedback = Not quite. Replying can keep them talking. Tell an adult, then block and report.
# Answer option (wrong).
q-new-account-again-tell-no-one = Delete the game and tell no one.
    .feedback = Not quite. You don't have to deal with this alone. Keep the messages, and tell an adult you trust.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask: which apps and games do you use, and where are their settings? Pick one and talk through who can see posts, who can message and who can see location. Who could help you check?
