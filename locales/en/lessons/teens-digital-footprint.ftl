# SafeSteps — MIT OR Apache-2.0

### Lesson: Your digital footprint (ages 13–17).
### Readers are teenagers, often alone on their phone. Be direct and respectful; never preachy.
### Frame the internet as positive. Teach skills: think first, check settings, clean up.

# Lesson name on the lesson card.
lesson-title = Your digital footprint
# One line under the lesson name.
lesson-summary = What you post can stay online. Here is how to take charge of it.

# Card 1: what a digital footprint is and what stays online.
card-what-stays =
    Your digital footprint is the trail you leave online.
    It's your posts, photos, comments, likes and bio. It's also what other people post about you.
    Much of it can stay online for years, even after you delete it.
    Copies can live on in other people's phones, in backups, or on other sites.
    This isn't a reason to stop posting. Being online is a big part of life, and it can be great.
    It just means it helps to think about what you share, and who can see it.
# Card 2: screenshots and tags; not your fault if others share without asking.
card-screenshots-and-tags =
    A post that "disappears" can still be saved. Anyone can take a screenshot or record their screen.
    Friends can tag you in photos you didn't choose, and those can show up on your profile.
    Most apps let you remove a tag, or check tags before they show.
    If someone shares your post or photo without asking, that is not your fault. It's on the person who shared it.
    You can ask them to take it down, report it, and tell an adult you trust.
# Card 3: location clues.
card-location =
    Some posts show where you are without you saying it.
    A school logo, a street sign, a house number or a bus stop can give your spot away.
    Live location in map and chat apps shows where you are right now.
    Check which apps can see your location. Turn it off, or share only with people you know well.
    Post trips after you get home, not while you're there.
# Card 4: think before posting.
card-think-first =
    Before you post, take a few seconds.
    Would I be okay if my family, a teacher or a future boss saw this?
    Is it about someone else? Did they say yes to it?
    Am I posting because I'm upset, or to get back at someone?
    If you're not sure, wait. You can always post later. A post that's out there is much harder to take back.
# Card 5: cleaning up old posts and checking privacy settings.
card-clean-up =
    Now and then, give your footprint a check-up.
    Search your name and usernames to see what comes up.
    Scroll back through old posts. Delete or hide what doesn't feel like you anymore.
    Then check your privacy settings. Who can see your posts? Who can tag you or message you? Who can find you by your phone number?
    Set your account to private if you want, and review your friend and follower lists.
# Card 6: a positive footprint, and who to talk to.
card-positive-footprint =
    Your footprint can work for you, too.
    Share things you're proud of: art, music, sport, a project, a cause you care about.
    Kind comments and standing up for others show who you are.
    If something about you is online and you want it gone, you're not alone.
    Talk to an adult you trust, or tap the Help button to find support.

# Question: true or false about posts that disappear.
q-disappearing-post = A post that disappears after 24 hours can still be saved by someone else.
    .hint = Think about what anyone can do with their own phone while the post is up.
    .explanation = True. Anyone can take a screenshot or record their screen. "Disappearing" only means the app hides it, not that no copy exists.
# Feedback if the teen picks "true" (right).
q-disappearing-post-true =
    .feedback = Right. A screenshot takes one second. Post as if it could be saved.
# Feedback if the teen picks "false" (wrong).
q-disappearing-post-false =
    .feedback = Not quite. The app may hide the post, but a screenshot or screen recording can keep a copy.

# Question: choose all that apply, about clues to where you are.
q-location-clues = Which of these could show people where you live or go to school? Choose all that apply.
    .hint = Could someone use it to find a place on a map?
    .explanation = Logos, street signs and live maps can all point to a real place. A sky or a song can't.
# Answer option (shows location).
q-location-clues-school-logo = Your school logo on your top
    .feedback = Yes. A logo can tell people which school you go to.
# Answer option (shows location).
q-location-clues-street-sign = A street sign behind you
    .feedback = Yes. A street name can point to where you live or hang out.
# Answer option (shows location).
q-location-clues-live-map = Live location turned on in a map app
    .feedback = Yes. Live location shows where you are right now. Share it only with people you know well.
# Answer option (does not show location).
q-location-clues-sunset-sky = A photo of a sunset sky
    .feedback = Not quite. A sky alone doesn't say where you are.
# Answer option (does not show location).
q-location-clues-favourite-song = Your favourite song
    .feedback = Not quite. A song doesn't show a place. It's fine to share.

# Question: a scenario about being tagged in a photo you don't like.
q-tagged-photo = What could you do about the photo?
    .situation = A friend posts a group photo from a party and tags you. You don't like how you look, and you don't want your family to see it.
    .hint = Think about what fixes it and keeps the friendship okay.
    .explanation = Asking your friend to remove it is the best start. Untagging and checking your tag settings helps too. Getting back at them or posting an angry comment tends to make it worse.
# Action (best).
q-tagged-photo-ask-to-remove = Message my friend and ask them to take it down or untag me.
    .feedback = Best move. Most friends will take it down if you ask. If they won't, you can report it.
# Action (also good).
q-tagged-photo-untag-and-settings = Remove the tag, then set the app to check tags before they show.
    .feedback = Good move. This keeps it off your profile, and stops it happening next time.
# Action (not helpful).
q-tagged-photo-post-one-back = Post a bad photo of them to get even.
    .feedback = Not quite. It's normal to feel annoyed, but this adds to both your footprints. Asking is more likely to work.
# Action (not helpful).
q-tagged-photo-angry-comment = Leave an angry comment under the photo.
    .feedback = Not quite. A comment makes more people look at the photo. A private message works better.

# Question: single choice about a good question to ask before posting.
q-before-posting = Which is a good question to ask yourself before you post?
    .hint = Think about who might see it later, not just today.
    .explanation = Asking "Would I be okay if anyone saw this?" helps, because posts can be saved and shared beyond your friends.
# Answer option (right).
q-before-posting-okay-if-seen = Would I be okay if my family, a teacher or a future boss saw this?
    .feedback = Right. If the answer is no, wait or don't post it.
# Answer option (wrong).
q-before-posting-enough-likes = Will this get enough likes?
    .feedback = Not quite. Likes are fun, but they don't tell you if a post is safe or kind.
# Answer option (wrong).
q-before-posting-friends-only-safe = Is it only going to my friends, so it's safe?
    .feedback = Not quite. Friends can screenshot and share. Think about who might see it later too.

# Question: put the clean-up steps in order.
q-clean-up-steps = Put these footprint check-up steps in order.
    .hint = First find out what is out there. What do you do last, so it stays fixed?
    .explanation = Search first to see what others can find. Look through old posts, then delete or hide. Last, tighten your settings so what you fixed stays that way.
# Step 1.
q-clean-up-steps-search-your-name = Search your name and usernames
    .feedback = Start here. It shows you what other people can find.
# Step 2.
q-clean-up-steps-scroll-old-posts = Scroll back through old posts
    .feedback = Next, look at what you posted in the past.
# Step 3.
q-clean-up-steps-delete-or-hide = Delete or hide posts that aren't you anymore
    .feedback = Then remove what you don't want out there.
# Step 4.
q-clean-up-steps-tighten-settings = Check who can see, tag and message you
    .feedback = Last, fix your settings so new posts go only where you want.

# Question: true or false about private accounts.
q-private-means-safe = With a private account, nothing you post can ever be shared.
    .hint = Who can still see a private post, and what can they do with it?
    .explanation = False. A private account helps a lot, but followers can still screenshot and share. Think first, even on private.
# Feedback if the teen picks "true" (wrong).
q-private-means-safe-true =
    .feedback = Not quite. Private helps, but the people who follow you can still save and share.
# Feedback if the teen picks "false" (right).
q-private-means-safe-false =
    .feedback = Right. Private is a good setting, but it's not a lock. Your followers can still save posts.

# Question: choose all that apply, about a positive footprint.
q-build-positive = Which of these help build a footprint you can be proud of? Choose all that apply.
    .hint = Which ones would you be happy for anyone to find?
    .explanation = Sharing your work, being kind and backing a cause show the real you. Joining a pile-on or sharing a secret hurts others and sticks to you.
# Answer option (helps).
q-build-positive-share-your-work = Posting your art, music or a project
    .feedback = Yes. It shows your skills and what you care about.
# Answer option (helps).
q-build-positive-kind-comments = Leaving kind and helpful comments
    .feedback = Yes. Kindness is part of your footprint too.
# Answer option (helps).
q-build-positive-support-a-cause = Sharing a cause or charity you support
    .feedback = Yes. It shows what matters to you.
# Answer option (does not help).
q-build-positive-join-a-pile-on = Joining in when a group mocks someone
    .feedback = Not quite. A pile-on hurts a real person, and it stays in your footprint.
# Answer option (does not help).
q-build-positive-post-a-secret = Posting a friend's secret for a laugh
    .feedback = Not quite. It breaks their trust, and it's their story to share, not yours.

# Question: a scenario about an old post.
q-old-joke = What could you do about the old post?
    .situation = You're 16. Scrolling back, you find a mean joke about a classmate that you posted when you were 12.
    .hint = Think about the post, and the person it was about.
    .explanation = Deleting it and saying sorry is the best move. Just deleting it is good too. Leaving it up or hiding behind a new account doesn't fix it. People grow; cleaning up shows that.
# Action (best).
q-old-joke-delete-and-apologise = Delete it, and say sorry to the classmate if it feels right.
    .feedback = Best move. You remove it and you own it. That takes courage.
# Action (also good).
q-old-joke-delete-it = Delete the post.
    .feedback = Good move. It's gone from your profile. Saying sorry can help too.
# Action (not helpful).
q-old-joke-leave-it = Leave it. It was years ago, so no one will look.
    .feedback = Not quite. Old posts do get found. You can still take it down now.
# Action (not helpful).
q-old-joke-new-account = Start a new account and leave the old one as it is.
    .feedback = Not quite. The old account is still out there. Clean it up or delete it.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask: what would someone learn about you from your public profile today? Talk about the difference between posts that last and posts that help you, and who you could ask for help if something about you is online that you want gone.
