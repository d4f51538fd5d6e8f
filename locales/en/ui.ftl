# SafeSteps — MIT OR Apache-2.0

### SafeSteps interface text (English, the source language).
### Message ids start with the screen or module they belong to. Keep { $variables } as they are.

## Brand

# The app's name. Do not translate unless the app is published under another name in your language.
app-name = { -brand-name }

## Fallbacks

# Shown in place of a piece of text that is missing in every language (should never happen).
text-missing = (This text is not available yet.)

## Quiz

# Above each question. Variables: $current (the question's number), $total (how many questions).
quiz-progress = Question { $current } of { $total }

# The answer button for "this statement is true" in a true-or-false question.
quiz-true = True
# The answer button for "this statement is false" in a true-or-false question.
quiz-false = False

## Who a profile or lesson is for

# Age band of young children, shown when choosing a profile and on lesson cards.
band-explorers = Ages 5–8
# Age band of older children.
band-navigators = Ages 9–12
# Age band of teenagers.
band-teens = Ages 13–17
# Lessons and profiles for parents, carers and other caregivers.
band-caregivers = Parents and carers
# Profiles for teachers and trainers who run sessions with a group.
band-trainers = Teachers and trainers

## Lesson topics (shown as a label on each lesson card)

# Topic: keeping personal information private.
topic-privacy = Privacy
# Topic: recognising when someone online is trying to win a child's trust to harm them.
topic-grooming = Warning signs
# Topic: when someone threatens to share private pictures unless you pay or send more.
topic-sextortion = Threats and pressure
# Topic: the grown-ups a child can go to, their safety circle.
topic-trusted-adults = Trusted adults
# Topic: secrets that feel bad and are for telling.
topic-secrets = Secrets and feelings
# Topic: when something online feels wrong or upsetting, and what to do.
topic-feeling-unsafe = When something feels wrong
# Topic: being kind online, and unkind behaviour.
topic-kindness = Kindness online
# Topic: passwords and accounts.
topic-passwords = Passwords
# Topic: privacy settings in apps and games.
topic-settings = Settings
# Topic: people met online compared with people known in real life.
topic-online-friends = Online friends
# Topic: photos and videos, and asking before sharing them.
topic-images = Pictures and consent
# Topic: blocking and reporting people and content.
topic-blocking-reporting = Block and report
# Topic: bullying online and standing up for others.
topic-cyberbullying = Bullying online
# Topic: where and how to get help.
topic-getting-help = Getting help
# Topic: what you post and leave behind online (digital footprint).
topic-footprint = Digital footprint
# Topic: pressure and control in dating or close relationships.
topic-relationships = Relationships and pressure
# Topic: live video streaming.
topic-livestreaming = Livestreaming
# Topic: helping a friend who is in trouble online.
topic-helping-friends = Helping a friend
# Topic (caregivers): how children are approached and targeted online.
topic-targeting = How children are targeted
# Topic (caregivers): signs that a child may be in trouble online.
topic-warning-signs = Signs to notice
# Topic (caregivers): talking with children about online life.
topic-talking = Talking together
# Topic (caregivers): settings and supervision that respect the child.
topic-supervision = Settings and supervision
# Topic (caregivers): reporting and finding support.
topic-reporting = Reporting and support

## Language picker

# Shown beside a language whose translation was made with machine help and not yet checked by a native speaker.
locale-status-machine-assisted = Machine-assisted translation, not yet checked
# Shown beside a language where some text still appears in English.
locale-status-partial = Partly translated

## Saving progress

# Shown once after the progress file could not be read and a new one was started. The old file is kept.
store-recovered-notice = We couldn't read your saved progress, so we started fresh. Your old file was kept safe, and an adult can ask for help to recover it.
# Shown when the saved progress comes from a newer version of the app.
store-newer-version = Your progress was saved by a newer version of { -brand-name }. Please update the app. Nothing was changed.
# Shown when progress can only be kept in memory (for example in a private browser window).
store-memory-only-notice = Progress will not be saved on this device. You can still do every lesson.
# Shown when the lessons' text in the chosen language could not be fetched (the web app carries only English inside).
lesson-pack-failed-notice = The lessons could not be loaded in this language yet, so they show in English for now. Connect to the internet and open the app again.

## The frame around every screen

# A link for keyboard and screen-reader users that jumps past the top bar to the screen's content.
shell-skip-to-content = Skip to content
# Label of the navigation area in the top bar (read by screen readers).
shell-nav-label = Main
# Top-bar link to the settings screen.
shell-settings = Settings
# Text of the help button that is always visible at the bottom of every screen. Keep it very short.
help-button = Help
# Full label of the help button for screen readers.
help-button-label = Help: what to do and who to talk to
# Button that opens the technical details of a problem (for an adult or a bug report).
notice-details = Details
# Button that hides a notice.
notice-dismiss = Close

## Saving progress (problems)

# Shown when something could not be saved; the lesson can go on.
store-save-failed = That could not be saved on this device. You can carry on; an adult can check the details.
# Shown when saved progress could not be read.
store-read-failed = Your saved progress could not be read just now. You can carry on; an adult can check the details.

## Welcome (first run): choose a language

# Title of the first screen.
welcome-title = Welcome to { -brand-name }
# Under the title of the first screen.
welcome-intro = Short lessons and quizzes about staying safe online, for children, teens and the adults who care for them.
# Heading above the list of languages.
welcome-choose-language = Choose your language
# Reassurance about privacy on the first screen.
welcome-privacy = Everything stays on this device. We never ask for your real name, your birthday or where you live.

## Create a profile

# Title of the screen where a profile is made.
profile-title = Make your profile
# Label of the nickname field.
profile-nickname-label = Nickname
# Help under the nickname field.
profile-nickname-help = A made-up name is best. Not your full real name.
# Heading of the avatar choices.
profile-avatar-label = Pick a picture
# Heading of the choice of age band or role.
profile-audience-label = Who is this profile for?
# Choice: a child aged 5 to 8.
profile-audience-explorers = I'm 5–8
# Choice: a child aged 9 to 12.
profile-audience-navigators = I'm 9–12
# Choice: a teenager aged 13 to 17.
profile-audience-teens = I'm 13–17
# Choice: a parent, grandparent or other carer.
profile-audience-caregivers = I'm a parent or carer
# Choice: a teacher or trainer running sessions with a group.
profile-audience-trainers = I'm a teacher or trainer
# Button that saves the new profile.
profile-save = Start
# Shown when no age band or role was chosen.
profile-error-no-audience = Please choose who this profile is for.
# Shown when the nickname is empty.
profile-error-empty-nickname = Please type a nickname.
# Shown when the nickname is too long.
profile-error-nickname-too-long = That nickname is too long. Please use 24 letters or fewer.
# Shown when the nickname has invisible characters.
profile-error-nickname-characters = That nickname has characters we can't show. Please type it again.
# Shown for any other problem with the profile.
profile-error-other = Something in the profile could not be saved. Please try again.

## Avatars (read by screen readers)

# Avatar picture: a fox.
avatar-fox = Fox
# Avatar picture: an owl.
avatar-owl = Owl
# Avatar picture: a cat.
avatar-cat = Cat
# Avatar picture: a turtle.
avatar-turtle = Turtle
# Avatar picture: a rabbit.
avatar-rabbit = Rabbit
# Avatar picture: a bear.
avatar-bear = Bear
# Avatar picture: a robot.
avatar-robot = Robot
# Avatar picture: a star.
avatar-star = Star

## Home

# Greeting on the home screen. Variables: $name (the profile's nickname).
home-greeting = Hi, { $name }!
# Shown on the home screen when no profile exists yet.
home-no-profile = Let's make your profile first.
# Button to start making a profile.
home-start = Start
# Heading of the links to lessons for other ages.
home-other-bands = Lessons for other ages
# A lesson that has not been opened yet.
lesson-status-not-started = Not started
# A lesson that was opened but not finished.
lesson-status-in-progress = In progress
# A lesson that was finished.
lesson-status-done = Done
# A lesson finished with at least 80% right on the first try.
lesson-status-mastered = Mastered
# How long a lesson takes. Variables: $minutes (a number).
lesson-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}

## Lesson cards

# Screen-reader label of the progress dots. Variables: $current (card number), $total (how many cards).
lesson-card-position = Card { $current } of { $total }
# Button to go back one card.
lesson-back = Back
# Button to go to the next card.
lesson-next = Next
# Button on the last card that starts the questions.
lesson-start-quiz = Start the questions
# Shown when a link points to a lesson that does not exist.
lesson-not-found = We couldn't find that lesson.

## Quiz

# Button that checks the answer.
quiz-check = Check my answer
# Button that shows a hint.
quiz-show-hint = Show a hint
# Label before the hint text.
quiz-hint-label = Hint:
# Shown before answering again after a first wrong try.
quiz-second-try = Have another go.
# Help for a multiple-choice question.
quiz-choose-all = Choose every answer that fits.
# How to answer a single-choice question (shown until an answer is chosen).
quiz-how-single-choice = Tap the answer you choose.
# How to answer a multiple-choice question.
quiz-how-multiple-choice = Tap every answer that fits.
# How to answer a true-or-false question.
quiz-how-true-false = Tap True or False.
# How to answer a "what would you do" question.
quiz-how-scenario = Tap what you would do.
# How to answer a sorting question.
quiz-how-sort-into-groups = Put every item in a group.
# How to answer an ordering question.
quiz-how-order-steps = Put every step in order.
# Instructions for sorting items into groups by tapping.
quiz-sort-how = Tap an item, then tap the group it belongs in.
# Screen-reader label of the list of items not yet sorted.
quiz-sort-tray = Items to sort
# Button in a group that places the chosen item there.
quiz-place-here = Put it here
# Screen-reader hint on a placed item: tapping it takes it out again.
quiz-take-out = (tap to take out)
# Instructions for putting steps in order by tapping.
quiz-order-how = Tap the steps in the order you would do them.
# Screen-reader label of the steps already put in order.
quiz-order-list = Your order
# Screen-reader label of the steps not yet placed.
quiz-order-tray = Steps to place
# Heading of the feedback when the answer is right.
quiz-verdict-correct = Yes, that's right!
# Heading of the feedback when part of the answer is right.
quiz-verdict-partial = Some of that is right.
# Heading of the feedback when the answer is not right. Kind, never shaming.
quiz-verdict-incorrect = Not quite. Here's why.
# Heading above the ranked list of actions in a "what would you do" question.
quiz-ranking-title = From the best choice down:
# Marks the action the learner chose.
quiz-your-choice = (your choice)
# Label before the right answer, shown after the last try.
quiz-solution-label = The answer:
# Button to answer the same question again.
quiz-try-again = Try again
# Button to go to the next question.
quiz-next-question = Next question
# Button after the last question.
quiz-see-results = See how you did

## Results

# Title of the results screen.
results-title = Well done for finishing!
# The score. Variables: $score (questions right), $total (how many questions).
results-score = You got { $score } of { $total } right.
# Shown when at least 80% were right on the first try.
results-mastered = You've mastered this lesson.
# Shown otherwise. Encouraging.
results-not-mastered = You can come back to this lesson any time to practise.
# Heading of the questions to look at again.
results-review-title = Questions to look at again
# Heading of the "talk together" prompt for a child and their grown-up.
results-talk-together = Talk together
# Heading of the conversation starter in caregiver lessons.
results-talk-together-caregivers = Try this with your child
# Heading of the discussion prompt for teachers and trainers.
results-trainer-prompt = For your group
# Heading: there is always someone to talk to.
results-someone-title = Someone to talk to
# Body under that heading.
results-someone-body = If anything online worries you, tell a grown-up you trust. The Help screen has more ideas.
# Button to the Help screen.
results-open-help = Open Help
# Button back to the home screen.
results-home = Back to my lessons

## Help

# Title of the Help screen.
help-title = Help
# First line of the Help screen.
help-never-your-fault = If something online upset you or went wrong, it is never your fault. You can get help.
# Heading of the steps.
help-steps-title = What to do
# Step 1.
help-step-stop = Stop. You don't have to keep looking or keep chatting.
# Step 2.
help-step-dont-reply = Don't reply to messages that upset you or put pressure on you.
# Step 3.
help-step-save = Save what happened: take screenshots of messages and usernames. Don't send them on.
# Step 4.
help-step-block = Block the person.
# Step 5.
help-step-report = Report it in the app or game.
# Step 6.
help-step-tell = Tell a grown-up you trust. They should help you, not blame you.
# Heading: people to talk to.
help-someone-title = Someone to talk to
# Who a trusted adult can be.
help-trusted-adult = A trusted adult can be a parent or carer, another family member, a teacher or a school counsellor.
# What to do in danger.
help-emergency = If you are in danger right now, call your local emergency number.
# Heading of the helplines part.
help-helplines-title = Helplines for children
# Body of the helplines part.
help-helplines-body = Most countries have a free helpline for children and young people. Child Helpline International lists them by country.
# Link text to Child Helpline International's directory.
help-helplines-link = Find a helpline in your country (childhelplineinternational.org)
# Where the helpline information comes from and when it was checked.
help-helplines-source = Source: Child Helpline International, checked 22 November 2026.

## Help: quick exit

# A button on Help and on lessons about abuse, for a child who is not alone: it replaces the app at once with a blank page. Keep it very short.
quick-exit = Quick exit
# What the quick exit button does: its tooltip, and its description for screen readers.
quick-exit-label = Quick exit: leave this app now and show a blank page

## Help: what to do now (step lists; each line of a list is one step, keep one step per line)

# Heading above the situations.
help-now-title = What to do now
# Under that heading.
help-now-intro = Tap what is happening. Take one step at a time.
# Situation title for ages 5–8: someone asks for pictures of their body, or says scary things.
help-now-pictures-explorers-title = Someone asks for pictures of me, or scares me
# Steps for ages 5–8. One step per line.
help-now-pictures-explorers =
    Stop. You can say no.
    Do not send any pictures.
    Leave the game or chat.
    Tell a grown-up in your safety circle now.
    It is not your fault. You did the right thing by telling.
# Situation title for ages 9–12: someone asks for pictures or threatens them.
help-now-pictures-navigators-title = Someone is asking me for pictures or threatening me
# Steps for ages 9–12. One step per line.
help-now-pictures-navigators =
    It is not your fault, even if you already sent something.
    Stop replying. Do not send anything, and do not pay.
    Keep the messages. Take screenshots and write down the username.
    Block and report the account in the app.
    Tell a trusted adult today. They should help you, not blame you.
# Situation title for ages 13–17: sextortion (pictures asked for, threats to share them, demands for money or more).
help-now-pictures-teens-title = Someone is asking me for pictures or threatening me
# Steps for ages 13–17 (sextortion). One step per line.
help-now-pictures-teens =
    This is a crime and it is not your fault, even if you shared something or already paid.
    Do not pay and do not send more. Stop replying.
    Keep the evidence: screenshots, usernames, links. Do not delete your account yet.
    Report the account to the app, and to the CyberTipline or your local police.
    Take It Down (takeitdown.ncmec.org) can help remove images; only a code of the image leaves your device.
    Tell someone you trust, or call a helpline below. It is not too late to get help.
# Situation title for caregivers: their child is being asked for pictures or threatened (sextortion).
help-now-pictures-caregivers-title = My child is being asked for pictures or threatened
# Steps for caregivers. One step per line.
help-now-pictures-caregivers =
    Stay calm. Thank your child for telling you, and tell them it is not their fault.
    Do not pay and do not reply to the person. Paying rarely stops threats.
    Keep the evidence: screenshots, usernames, links. Do not forward any image.
    Report the account to the platform, and to the CyberTipline or your local police.
    Use Take It Down (takeitdown.ncmec.org) to help remove images of your child.
    Stay close. Call a helpline below if you or your child need support.
# Situation title for ages 5–8: someone online makes them feel funny or uncomfortable.
help-now-uncomfortable-explorers-title = Someone online makes me feel funny or upset
# Steps for ages 5–8. One step per line.
help-now-uncomfortable-explorers =
    Stop and close the game or video.
    You do not have to answer.
    Go to a grown-up in your safety circle.
    Say, "I need to tell you something."
    You are not in the wrong. Telling is brave.
# Situation title for ages 9–12: someone online makes them uncomfortable.
help-now-uncomfortable-navigators-title = Someone online makes me uncomfortable
# Steps for ages 9–12. One step per line.
help-now-uncomfortable-navigators =
    Trust your feeling. You can stop chatting at any time.
    Do not move to a private chat, and do not share where you are.
    Keep the messages as screenshots.
    Block and report the person.
    Tell a trusted adult what happened.
# Situation title for ages 13–17: someone online makes them uncomfortable (pressure, flattery, secrets).
help-now-uncomfortable-teens-title = Someone online makes me uncomfortable
# Steps for ages 13–17. One step per line.
help-now-uncomfortable-teens =
    Your unease is worth listening to. You owe no one a reply.
    Watch for pressure: gifts, secrets, moving to another app, asking for pictures.
    Keep screenshots of the chat and the profile.
    Block and report the account.
    Talk to someone you trust, or call a helpline below.
# Situation title for caregivers: someone online is making their child uncomfortable.
help-now-uncomfortable-caregivers-title = Someone online is making my child uncomfortable
# Steps for caregivers. One step per line.
help-now-uncomfortable-caregivers =
    Listen first and stay calm. Your reaction decides whether your child tells you next time.
    Do not take the phone away as a punishment.
    Keep screenshots of the messages and the profile together.
    Block and report the account together.
    If an adult asked for secrets, pictures or a meeting, report it to the police.
# Situation title for ages 5–8: a friend told them something worrying.
help-now-friend-explorers-title = My friend told me something that worries me
# Steps for ages 5–8. One step per line.
help-now-friend-explorers =
    You are a good friend for listening.
    Some secrets are for telling.
    Tell a grown-up in your safety circle.
    Telling helps your friend get help.
# Situation title for ages 9–12: a friend told them something worrying.
help-now-friend-navigators-title = A friend told me something worrying
# Steps for ages 9–12. One step per line.
help-now-friend-navigators =
    Listen and tell your friend it is not their fault.
    Do not share their pictures or messages with anyone.
    Tell a trusted adult, even if your friend asked you to keep it secret.
    Keep being their friend.
# Situation title for ages 13–17: a friend told them something worrying.
help-now-friend-teens-title = A friend told me something worrying
# Steps for ages 13–17. One step per line.
help-now-friend-teens =
    Listen without judging. Tell them it is not their fault.
    Never forward their images or messages, even to help.
    Encourage them to tell a trusted adult, and offer to go with them.
    If they are in danger, tell an adult yourself. That is not betrayal.
    Look after yourself too. You can call a helpline below.
# Situation title for caregivers: their child's friend told their child something worrying.
help-now-friend-caregivers-title = My child told me about a worrying thing that happened to a friend
# Steps for caregivers. One step per line.
help-now-friend-caregivers =
    Thank your child for telling you. They did the right thing.
    Do not ask for or look at any images.
    Talk with the friend's parent or carer, or the school, calmly.
    If a child may be at risk, report it to a helpline or the police.
# Situation title for ages 5–8: they saw something upsetting.
help-now-saw-explorers-title = I saw something that upset me
# Steps for ages 5–8. One step per line.
help-now-saw-explorers =
    Close it or turn the screen over.
    You are not in the wrong.
    Tell a grown-up what you saw.
    Do something calm with them.
# Situation title for ages 9–12: they saw something upsetting.
help-now-saw-navigators-title = I saw something upsetting
# Steps for ages 9–12. One step per line.
help-now-saw-navigators =
    Close it. You do not have to keep watching.
    Do not share it with others.
    Report it in the app.
    Talk to a trusted adult about how you feel.
# Situation title for ages 13–17: they saw something upsetting.
help-now-saw-teens-title = I saw something upsetting
# Steps for ages 13–17. One step per line.
help-now-saw-teens =
    Close it. You do not have to keep watching.
    Do not share or forward it, even as a warning.
    Report it on the platform. If it shows a child being harmed, report it to the CyberTipline or the police.
    Talk to someone you trust if it stays on your mind.
# Situation title for caregivers: their child saw something upsetting.
help-now-saw-caregivers-title = My child saw something upsetting
# Steps for caregivers. One step per line.
help-now-saw-caregivers =
    Stay calm and thank them for telling you. It is not their fault.
    Ask what they saw and how they feel, without blame.
    Report it on the platform. Report images of child abuse to the police or the CyberTipline; do not share them.
    Check in again over the next few days.

## Help: contacts in your country

# Label of the country picker on Help and in Settings.
help-country-label = Your country
# The country picker's first choice, when no country is chosen yet.
help-country-choose = Choose your country
# In the country picker: the user's country is not in the list.
help-country-other = My country is not in the list
# Heading above the chosen country's contacts. Variable: $country (the country's name).
help-contacts-title = Who can help in { $country }
# Shown when no country is chosen, or the country has no checked line in the app.
help-contacts-none = We do not have a checked helpline for this country yet. Use the steps on this screen, and find a line in Child Helpline International's list below.
# Tag on a contact: someone to talk to.
help-purpose-talk = Talk to someone
# Tag on a contact: a place to report abuse.
help-purpose-report = Report abuse
# Tag on a contact: emergencies.
help-purpose-emergency = Emergency
# Tag on a contact: getting pictures removed from the internet.
help-purpose-remove-images = Remove pictures
# Button on a contact. Variable: $number (the phone number).
help-call = Call { $number }
# Button on a contact. Variable: $number (a number that takes text messages).
help-text = Send a text to { $number }
# Button on a contact that takes a keyword by text message. Variables: $keyword (the word to send), $number.
help-text-keyword = Text { $keyword } to { $number }
# Button on a contact that answers on WhatsApp. Variable: $number.
help-whatsapp = WhatsApp { $number }
# Link to a contact's website or online form.
help-website = Open the website
# When a contact answers.
help-hours-always = Open 24 hours, every day
# What a contact costs.
help-cost-free = Free
# Under each contact: the source and the day it was checked. Variables: $source (a web address), $date (a date, year-month-day).
help-check-number = Check this number is right for you. Source: { $source }, checked { $date }.

## Help: my safety circle

# Heading of the safety circle on Help.
circle-title = My safety circle
# Under the heading.
circle-intro = Write the first names of up to five grown-ups you trust. They stay only on this device.
# When the circle is empty.
circle-empty = No one yet. Add a grown-up you trust.
# Label of the name field.
circle-name-label = First name or nickname
# Button that adds the name.
circle-add = Add to my circle
# Button that removes a name, for screen readers. Variable: $name.
circle-remove = Remove { $name }
# When the circle already has five names.
circle-full = Your circle has five people. Remove one to add someone else.
# When the name is empty or too long.
circle-name-invalid = Write a name between 1 and 30 letters long.
# When there is no profile yet.
circle-no-profile = Make a profile first, then you can keep your safety circle here.
# Heading at the end of lessons about telling someone.
circle-results-title = Who you can tell
# Before the names at the end of those lessons.
circle-results-body = You can tell anyone in your safety circle:
# At the end of those lessons, when the circle is empty.
circle-results-add = Add the grown-ups you trust to your safety circle on the Help screen.

## Country names (in the country picker)

# A country's name.
country-bo = Bolivia
# A country's name.
country-br = Brazil
# A country's name.
country-ec = Ecuador
# A country's name.
country-fr = France
# A country's name.
country-gb = United Kingdom
# A country's name.
country-gt = Guatemala
# A country's name.
country-id = Indonesia
# A country's name.
country-in = India
# A country's name.
country-ke = Kenya
# A country's name.
country-mx = Mexico
# A country's name.
country-ph = Philippines
# A country's name.
country-us = United States

## For grown-ups: the gate

# Heading of the question that keeps young children out of the family pages.
gate-title = For grown-ups
# The question. Variables: $left and $right (two numbers to multiply).
gate-question = To go on, type the answer: what is { $left } × { $right }?
# Label of the answer field.
gate-answer-label = Answer
# Button under the answer.
gate-continue = Continue
# After a wrong answer.
gate-wrong = That is not right. Here is a new question.
# Heading of the gate's setting.
gate-level = Question for grown-ups
# A gate setting: the usual question.
gate-level-standard = Standard
# A gate setting: bigger numbers, for an older child who knows the times tables.
gate-level-harder = Harder

## For grown-ups: the family view

# Title of the family view.
family-title = Family
# Under the title.
family-intro = What each child on this device has done, and what to talk about next. You see topics, never their answers, so children can answer honestly.
# When there are no children's profiles.
family-no-children = There are no children's profiles on this device yet.
# A child's progress. Variables: $done, $total, $mastered (numbers of lessons).
family-progress = Lessons done: { $done } of { $total }. Mastered: { $mastered }.
# Heading of the lessons a child has finished.
family-done-title = Done
# Heading of the topics to talk about.
family-talk-about = Talk about next
# When a child has missed nothing lately.
family-talk-nothing = Nothing missed lately. Ask what they liked best.
# Link to the conversation starters.
family-starters-link = Conversation starters by age
# Link to managing profiles.
family-manage-link = Manage profiles
# Link from Settings and Home to the family view.
family-open = Family view (for grown-ups)

## For grown-ups: managing profiles

# Title of the profile management screen.
manage-title = Manage profiles
# Button: reset a child's progress.
manage-reset = Reset progress
# Button: delete a profile.
manage-delete = Delete profile
# Confirmation before deleting. Variable: $name (the profile's nickname).
manage-confirm-delete = Delete { $name }? The profile leaves this device's lists. You can restore it, with all its progress, for 30 days.
# Confirmation before a reset. Variable: $name.
manage-confirm-reset = Reset the progress of { $name }? Their lessons start again. You can undo this for 30 days.
# Button: save a backup file before deleting or resetting.
manage-backup-first = Save a backup first
# After the backup was saved. Variable: $file (the file's name or place).
manage-backup-saved = Backup saved: { $file }
# When the backup could not be saved.
manage-backup-failed = The backup could not be saved. Nothing was deleted.
# Button that confirms a deletion or a reset.
manage-confirm = Confirm
# Button that cancels.
manage-cancel = Cancel
# Button that undoes the last reset.
manage-undo-reset = Undo the reset
# Heading of the recently deleted profiles.
manage-deleted-title = Recently deleted
# Button that brings a deleted profile back. Variable: $name.
manage-restore = Restore { $name }
# Under a deleted profile. Variable: $date (a date, year-month-day).
manage-restorable-until = Can be restored until { $date }.
# When nothing was deleted lately.
manage-none-deleted = Nothing deleted in the last 30 days.

## For grown-ups: conversation starters

# Title of the conversation starters page.
starters-title = Conversation starters by age
# Under the title.
starters-intro = Questions and activities from the lessons, by topic, to start a talk at home or with a group.
# Label of a prompt from a lesson for a young child with a grown-up.
starters-with-child = With a child aged 5–8
# Label of a prompt from a caregivers' lesson.
starters-for-caregivers = For you and your child
# Label of a discussion prompt for a group. Variable: $band (who the lesson is for).
starters-with-group = With a group ({ $band })

## Learning together (lessons for ages 5–8)

# Toggle on the first card of a lesson for 5–8-year-olds.
together-toggle = We're doing this together
# Label of the grown-up's prompt beside each card.
together-label = For the grown-up
# Heading of the next step at home on the results screen.
together-at-home = Next step at home

## Classroom mode (for trainers with one screen and a whole group)

# Title of the classroom screen.
classroom-title = Classroom
# Under the title.
classroom-intro = Run lessons for a whole group from one screen, with teams. Everything works without the internet.
# Link from Home and Settings to the classroom screen.
classroom-open = Classroom mode (for trainers)
# Heading of the ready-made plans.
classroom-ready-made = Ready-made plans
# Name of a ready-made plan. Variables: $band (who it is for, such as "Ages 9–12"), $part (a number).
classroom-ready-name = { $band }, part { $part }
# Length of a plan or a lesson. Variable: $minutes.
classroom-minutes = { $minutes } min
# Button that starts a plan with the group.
classroom-run = Run with a group
# Link to the printable trainer sheet of a plan.
classroom-print-sheet = Trainer sheet
# Link to the printable one-page handout of a lesson.
classroom-print-handout = Handout
# Heading of the trainer's own plans.
classroom-my-plans = My plans
# When the trainer has no plans yet.
classroom-no-plans = No saved plans yet.
# Heading of the plan builder.
classroom-new-plan = Build a plan
# Label of the plan's name field.
classroom-plan-name = Plan name
# The plan's total time. Variable: $minutes.
classroom-plan-total = Total: { $minutes } minutes, with time to talk after each lesson
# Button that saves the plan.
classroom-save-plan = Save the plan
# Button that deletes a saved plan. Variable: $name.
classroom-delete-plan = Delete { $name }
# When the plan has no name.
classroom-plan-needs-name = Give the plan a name.
# When the plan has no lessons.
classroom-plan-needs-lessons = Choose at least one lesson.
# Heading of past sessions.
classroom-sessions = Sessions held
# When there are none.
classroom-no-sessions = No sessions yet.
# A past session. Variables: $date, $plan (its name).
classroom-session = { $date }: { $plan }
# Button that saves a session's results as a CSV file for a report.
classroom-export-csv = Export CSV
# When the CSV file could not be saved.
classroom-export-failed = The CSV file could not be saved.
# Heading of the team set-up.
classroom-teams-title = Teams
# Label of the number of teams.
classroom-team-count = Number of teams
# Label of a team's name field. Variable: $number.
classroom-team-name = Name of team { $number }
# A team's name until the trainer changes it. Variable: $number.
classroom-team-default = Team { $number }
# Button that starts the session.
classroom-start = Start
# When the team names cannot be used.
classroom-teams-problem = Give each team its own name, 1 to 24 characters long.

## Presenter (the projected screen)

# How to drive the presenter from the keyboard or a clicker.
presenter-keys = Keys: → or Space for next, ← for back, R to show the answer, N for notes, 1 to 6 when a team gets it right.
# Button: next card or question.
presenter-next = Next
# Button: back.
presenter-back = Back
# Button: show the answer to the group.
presenter-reveal = Show the answer
# Heading of the answer, once shown.
presenter-answer = Answer
# Heading of the trainer's notes (feedback and discussion prompt).
presenter-notes = Trainer notes
# Button that hides or shows the notes while projecting.
presenter-notes-toggle = Notes
# Heading of the team buttons under a question.
presenter-who-got-it = Which teams got it right?
# Heading of the scoreboard.
presenter-scoreboard = Points so far
# A team's points. Variables: $team (its name), $points (a number).
presenter-points = { $team }: { $points }
# Where the presenter is. Variables: $current and $total (numbers).
presenter-progress = { $current } of { $total }
# Heading of the end screen.
presenter-end = Well done, everyone!
# Under it: encouraging, never ranking.
presenter-end-body = Every team learned something today. Here is what each team got right in each lesson.
# Heading of the group discussion prompt in the notes.
presenter-discussion = Talk about it

## Printables

# Button that opens the browser's print dialog.
print-button = Print or save as PDF
# Heading of a lesson handout's questions.
print-questions = Questions to think about
# Heading of a trainer sheet. Variable: $plan (the plan's name).
print-plan-title = Trainer sheet: { $plan }
# Heading of the answers on a trainer sheet.
print-answers = Answers

## Settings

# Title of the settings screen.
settings-title = Settings
# Heading of the language choice.
settings-language = Language
# Heading of the profile list.
settings-profiles = Profiles on this device
# Button to make another profile.
settings-add-profile = Add a profile
# Heading of the text size choice.
settings-text-size = Text size
# Text size: the normal size.
settings-text-size-standard = Standard
# Text size: one step bigger.
settings-text-size-large = Large
# Text size: two steps bigger.
settings-text-size-larger = Larger
# Text size: the biggest.
settings-text-size-largest = Largest
# Heading of the motion setting.
settings-motion = Motion
# Checkbox label: fewer animations.
settings-reduced-motion = Reduce motion and animations

## Not found

# Title when a page does not exist.
not-found-title = We can't find that page
# Body when a page does not exist.
not-found-body = The link may be old. Let's go back to the start.
# Button back to the start.
not-found-home = Go to the start

# Used in other messages; do not use on its own.
-brand-name = SafeSteps
