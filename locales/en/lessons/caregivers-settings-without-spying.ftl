# SafeSteps — MIT OR Apache-2.0

### Lesson: Settings and supervision without spying (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Present settings as tools that work best with trust and talk, never as a replacement for them.

# Lesson name on the lesson card.
lesson-title = Settings and supervision without spying
# One line under the lesson name.
lesson-summary = Use settings and parental controls that fit your child's age, agree rules together, and keep their trust.

# Card 1: age-appropriate settings and parental controls.
card-settings-that-help =
    Settings and parental controls are useful tools. They work best when your child knows about them and why you use them.
    Check the age rating of games and apps before your child starts.
    Set accounts to private, so only approved friends can see posts.
    Limit who can message, call or send friend requests. "Friends only" is a good start.
    Turn on content filters and limits on in-app purchases.
    Most consoles, phones and app stores have a family or parental section. Set it up together where you can.
# Card 2: location and privacy settings.
card-location-and-privacy =
    Location sharing needs special care. Many apps can show where your child is, or add a place to a photo or post.
    Turn off location in apps that don't need it. If your family shares location, keep it to family members only, and talk about it openly.
    Check what is in your child's profile. Their school, full name, birthday and photos in school uniform can all tell people where to find them.
    Go through privacy settings together every few months, since apps change.
# Card 3: device rules agreed together.
card-agree-rules-together =
    Rules work better when children help make them. Sit down together and agree a family device plan.
    You could cover where devices charge at night, which apps are okay, and how long to spend online.
    Agree what to do if something goes wrong: "Come to me, and you won't lose your device for telling."
    Include rules for adults too, like no phones at meals.
    Write it down and look at it again as your child grows.
# Card 4: why secret monitoring can break trust.
card-why-not-secret =
    Apps that secretly read messages or track a child can seem like a safe choice. But secret monitoring can break trust.
    Children often find out. When they do, they may hide more, set up second accounts, or stop telling you when things go wrong.
    Your child telling you is one of the best protections there is.
    If you use monitoring or controls, be open about what they do and why. Explain them in a way that fits your child's age.
# Card 5: supervision that grows with age; someone to talk to.
card-grows-with-age =
    Supervision should grow with your child.
    Ages 5 to 8: devices in shared rooms, apps you choose, and you close by.
    Ages 9 to 12: more choice, with friends-only settings and regular check-ins.
    Teens: more privacy, with agreed safety basics and an open door.
    The goal is a young person with skills and trust, who knows they can come to you.
    If something goes wrong, it is not your child's fault. Talk with your child, talk to someone you trust if you need support, and tap Help to find support in your country.

# Question: single choice about a young child's game account.
q-young-gamer = Your 8-year-old is starting a popular online game. Which setting is the best starting point?
    .hint = Who should be able to talk to a young child in a game?
    .explanation = Friends-only chat, with friends you have approved together, is a good start for a young child. Open chat lets anyone make contact.
# Answer option (right).
q-young-gamer-friends-only = Chat with approved friends only, set up together
    .feedback = Yes. It keeps the fun of playing with friends and limits contact from others.
# Answer option (wrong).
q-young-gamer-open-chat = Open chat with any player, so they can make friends
    .feedback = Not quite. Open chat lets anyone contact your child. Friends only is a safer start at this age.
# Answer option (wrong).
q-young-gamer-no-settings = No settings needed, since it's a children's game
    .feedback = Not quite. Games for children can still have open chat. Check the settings either way.

# Question: multiple choice, "choose all that apply".
q-agreement = Which of these belong in a family device plan? Choose all that apply.
    .hint = A good plan is agreed together and makes it safe to speak up.
    .explanation = Where devices charge, asking before new apps, what to do when something goes wrong, and rules for adults all help. Punishing a child for telling, or keeping the plan from them, works against safety.
# Answer option (belongs).
q-agreement-where-devices-sleep = Where devices charge at night
    .feedback = Yes. Charging devices outside bedrooms helps sleep and late-night safety.
# Answer option (belongs).
q-agreement-ask-before-new-apps = Asking before downloading new apps
    .feedback = Yes. It gives you a chance to check settings together.
# Answer option (belongs).
q-agreement-what-to-do-if-wrong = What to do if something goes wrong online
    .feedback = Yes. A clear plan helps your child act fast and come to you.
# Answer option (belongs).
q-agreement-rules-for-adults-too = Rules for the adults too
    .feedback = Yes. Shared rules feel fair and show good habits.
# Answer option (does not belong).
q-agreement-punish-for-telling = Losing the device if they report a problem
    .feedback = Not quite. This teaches children to hide problems. Make telling safe instead.
# Answer option (does not belong).
q-agreement-kept-secret-from-child = Rules the child doesn't know about
    .feedback = Not quite. A plan only works if your child helped make it and knows what it says.

# Question: true or false about controls replacing conversation. The right answer is "false".
q-controls-replace-talk = Parental controls can replace talking with your child about online safety.
    .hint = Think about what controls can't see or stop.
    .explanation = Controls help, but no setting catches everything. Talking builds skills and trust, so your child comes to you when something slips through.
# Feedback if the caregiver picks "true" (wrong).
q-controls-replace-talk-true =
    .feedback = Not quite. Controls miss things, and children can find ways around them. Talking is what brings them to you.
# Feedback if the caregiver picks "false" (right).
q-controls-replace-talk-false =
    .feedback = Right. Controls and talking work best together.

# Question: a scenario. The situation is shown first, then the question.
q-first-social-account = What is a good approach?
    .situation = Your 13-year-old wants their first social media account. The app allows users their age, and most of their friends already have one.
    .hint = Think about settings, trust and what happens if something goes wrong.
    .explanation = Setting up the account together, and agreeing the rules openly, builds skills and trust. Secret monitoring can break trust, and no talk leaves your teen without a plan.
# Action (best).
q-first-social-account-set-up-together = Set it up together: private account, friends-only messages, location off, and agreed check-ins.
    .feedback = Best choice. Your teen learns the settings, and you both know the plan.
# Action (also good).
q-first-social-account-agree-and-explain = Agree the rules together, and explain any controls you will use and why.
    .feedback = Good choice. Being open about controls keeps trust and makes them more likely to come to you.
# Action (not helpful).
q-first-social-account-secret-monitoring-app = Say yes, then quietly install an app that reads their messages.
    .feedback = If your teen finds out, trust can break. They may hide more and stop telling you things.
# Action (not helpful).
q-first-social-account-alone-no-talk = Let them set it up alone, with no talk about settings.
    .feedback = Default settings may not be the safest for your teen. They may not know how to lock the account down, or what to do if something goes wrong.

# Question: sort supervision approaches into age groups.
q-support-by-age = Sort each approach into the age group where it usually fits best.
    .hint = Supervision grows looser as skills and trust grow.
    .explanation = Young children need shared rooms and adult-chosen apps. Children aged 9 to 12 get more choice with check-ins. Teens get more privacy with agreed basics. Every child is different, so adjust to yours.
# Group name.
q-support-by-age-ages-5-to-8 = Ages 5 to 8
# Group name.
q-support-by-age-ages-9-to-12 = Ages 9 to 12
# Group name.
q-support-by-age-teens = Teens
# Item to sort (ages 5 to 8).
q-support-by-age-shared-rooms = Devices used in shared rooms, with an adult close by
    .feedback = Young children do best with an adult nearby while they play.
# Item to sort (ages 5 to 8).
q-support-by-age-adult-picks-apps = An adult chooses the apps and games
    .feedback = At this age, you pick what is suitable.
# Item to sort (ages 9 to 12).
q-support-by-age-friends-only-check-ins = Friends-only settings with regular check-ins
    .feedback = Children aged 9 to 12 get more freedom, with you still close.
# Item to sort (ages 9 to 12).
q-support-by-age-approve-apps-together = New apps agreed together before download
    .feedback = Deciding together builds their judgement.
# Item to sort (teens).
q-support-by-age-agreed-privacy = More privacy, with agreed safety basics
    .feedback = Teens need privacy to grow, with a few clear basics.
# Item to sort (teens).
q-support-by-age-teen-reviews-settings = The teen checks their own privacy settings, with help if needed
    .feedback = Teens can own their settings, knowing you are there to help.

# Question: put the steps in order.
q-new-app-steps = Your child wants a new app. Put these set-up steps in a sensible order.
    .hint = What do you need to know before the account exists, and what can only happen once it does?
    .explanation = Check the age rating first. Then make the account together and lock down its settings. Practise block and report once it is set up. Check the settings again every few months, since apps change.
# Step 1.
q-new-app-steps-check-age-rating = Check the age rating and what the app does
    .feedback = First decide if the app suits your child's age.
# Step 2.
q-new-app-steps-create-together = Make the account together, using your child's real age
    .feedback = A real age means the app can turn on the safety features it has for young users.
# Step 3.
q-new-app-steps-lock-down-settings = Set the account to private, limit who can message, and turn off location
    .feedback = Once the account exists, limit who can see, contact and find your child.
# Step 4.
q-new-app-steps-practise-block-report = Practise how to block and report together
    .feedback = Practice means your child knows what to do if something goes wrong.
# Step 5.
q-new-app-steps-check-again-later = Check the settings together again in a few months
    .feedback = Apps change their settings, so look again from time to time.

# Question: single choice about why secret monitoring can backfire.
q-secret-backfire = Why can secret monitoring backfire?
    .hint = Think about what happens when a child finds out.
    .explanation = Children often find out. Then they may hide more and stop telling you. Open supervision keeps trust, which is one of the best protections.
# Answer option (right).
q-secret-backfire-hide-and-stop-telling = If they find out, they may hide more and stop telling you things.
    .feedback = Yes. Losing trust can mean losing the chance to help.
# Answer option (wrong).
q-secret-backfire-always-safer = It doesn't. Secret monitoring is always the safest choice.
    .feedback = Not quite. It can break trust and push children to hide things. Open supervision is usually safer.
# Answer option (wrong).
q-secret-backfire-children-never-notice = It can't, because children never notice.
    .feedback = Not quite. Children often find out, and they may then set up hidden accounts.

# Question: true or false about location sharing. The right answer is "true".
q-location-limited = For most children, location sharing in apps is best turned off or kept to family only.
    .hint = Who needs to know where your child is?
    .explanation = Yes. Apps can show your child's location to others. Keep it off, or limit it to family, and talk openly about it.
# Feedback if the caregiver picks "true" (right).
q-location-limited-true =
    .feedback = Right. Only people your family trusts need to know where your child is.
# Feedback if the caregiver picks "false" (wrong).
q-location-limited-false =
    .feedback = Not quite. Location in apps can show where your child lives or goes to school. Keep it off or family only.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Try saying: "Can you show me the settings in your favourite app? Let's check who can message you and who can see where you are." Then agree one family device rule together, for adults and children alike.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ask the group: where is the line between keeping a child safe and spying on them? How should supervision change from age 6 to age 16, and how can adults be open about the controls they use?
