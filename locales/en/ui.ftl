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

# Used in other messages; do not use on its own.
-brand-name = SafeSteps
