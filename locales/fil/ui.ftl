# SafeSteps — MIT OR Apache-2.0

### SafeSteps interface text (Filipino, translated from English).
### Message ids start with the screen or module they belong to. Keep { $variables } as they are.

## Brand

# The app's name. Do not translate unless the app is published under another name in your language.
app-name = { -brand-name }

## Fallbacks

# Shown in place of a piece of text that is missing in every language (should never happen).
text-missing = (Wala pa ang tekstong ito.)

## Quiz

# Above each question. Variables: $current (the question's number), $total (how many questions).
quiz-progress = Tanong { $current } sa { $total }

# The answer button for "this statement is true" in a true-or-false question.
quiz-true = Tama
# The answer button for "this statement is false" in a true-or-false question.
quiz-false = Mali

## Who a profile or lesson is for

# Age band of young children, shown when choosing a profile and on lesson cards.
band-explorers = Edad 5–8
# Age band of older children.
band-navigators = Edad 9–12
# Age band of teenagers.
band-teens = Edad 13–17
# Lessons and profiles for parents, carers and other caregivers.
band-caregivers = Mga magulang at tagapag-alaga
# Profiles for teachers and trainers who run sessions with a group.
band-trainers = Mga guro at trainer

## Lesson topics (shown as a label on each lesson card)

# Topic: keeping personal information private.
topic-privacy = Pagiging pribado
# Topic: recognising when someone online is trying to win a child's trust to harm them.
topic-grooming = Mga babalang senyales
# Topic: when someone threatens to share private pictures unless you pay or send more.
topic-sextortion = Pananakot at pamimilit
# Topic: the grown-ups a child can go to, their safety circle.
topic-trusted-adults = Mga nakatatandang pinagkakatiwalaan
# Topic: secrets that feel bad and are for telling.
topic-secrets = Mga sikreto at damdamin
# Topic: when something online feels wrong or upsetting, and what to do.
topic-feeling-unsafe = Kapag may parang mali
# Topic: being kind online, and unkind behaviour.
topic-kindness = Kabaitan online
# Topic: passwords and accounts.
topic-passwords = Mga password
# Topic: privacy settings in apps and games.
topic-settings = Mga setting
# Topic: people met online compared with people known in real life.
topic-online-friends = Mga kaibigan online
# Topic: photos and videos, and asking before sharing them.
topic-images = Mga litrato at pahintulot
# Topic: blocking and reporting people and content.
topic-blocking-reporting = I-block at i-report
# Topic: bullying online and standing up for others.
topic-cyberbullying = Pambu-bully online
# Topic: where and how to get help.
topic-getting-help = Paghingi ng tulong
# Topic: what you post and leave behind online (digital footprint).
topic-footprint = Bakas mo online
# Topic: pressure and control in dating or close relationships.
topic-relationships = Relasyon at pamimilit
# Topic: live video streaming.
topic-livestreaming = Pag-livestream
# Topic: helping a friend who is in trouble online.
topic-helping-friends = Pagtulong sa kaibigan
# Topic (caregivers): how children are approached and targeted online.
topic-targeting = Paano tinatarget ang mga bata
# Topic (caregivers): signs that a child may be in trouble online.
topic-warning-signs = Mga senyales na dapat pansinin
# Topic (caregivers): talking with children about online life.
topic-talking = Pakikipag-usap sa anak
# Topic (caregivers): settings and supervision that respect the child.
topic-supervision = Mga setting at paggabay
# Topic (caregivers): reporting and finding support.
topic-reporting = Pag-report at suporta

## Language picker

# Shown beside a language whose translation was made with machine help and not yet checked by a native speaker.
locale-status-machine-assisted = Isinalin sa tulong ng makina, hindi pa nasusuri
# Shown beside a language where some text still appears in English.
locale-status-partial = Bahagyang naisalin

## Saving progress

# Shown once after the progress file could not be read and a new one was started. The old file is kept.
store-recovered-notice = Hindi namin mabasa ang naka-save mong progreso, kaya nagsimula kami mula sa umpisa. Ligtas na itinabi ang luma mong file, at puwedeng humingi ng tulong ang isang nakatatanda para maibalik ito.
# Shown when the saved progress comes from a newer version of the app.
store-newer-version = Na-save ang progreso mo ng mas bagong bersyon ng { -brand-name }. Paki-update ang app. Walang binago.
# Shown when progress can only be kept in memory (for example in a private browser window).
store-memory-only-notice = Hindi mase-save ang progreso sa device na ito. Puwede mo pa ring gawin ang lahat ng aralin.
# Shown when the lessons' text in the chosen language could not be fetched (the web app carries only English inside).
lesson-pack-failed-notice = Hindi pa ma-load ang mga aralin sa wikang ito, kaya Ingles muna ang makikita mo. Kumonekta sa internet at buksan ulit ang app.

## The frame around every screen

# A link for keyboard and screen-reader users that jumps past the top bar to the screen's content.
shell-skip-to-content = Lumaktaw sa nilalaman
# Label of the navigation area in the top bar (read by screen readers).
shell-nav-label = Pangunahin
# Top-bar link to the settings screen.
shell-settings = Mga setting
# Text of the help button that is always visible at the bottom of every screen. Keep it very short.
help-button = Tulong
# Full label of the help button for screen readers.
help-button-label = Tulong: ano ang gagawin at sino ang puwede mong kausapin
# Button that opens the technical details of a problem (for an adult or a bug report).
notice-details = Mga detalye
# Button that hides a notice.
notice-dismiss = Isara

## Saving progress (problems)

# Shown when something could not be saved; the lesson can go on.
store-save-failed = Hindi iyon ma-save sa device na ito. Puwede kang magpatuloy; puwedeng tingnan ng isang nakatatanda ang mga detalye.
# Shown when saved progress could not be read.
store-read-failed = Hindi mabasa ngayon ang naka-save mong progreso. Puwede kang magpatuloy; puwedeng tingnan ng isang nakatatanda ang mga detalye.

## Welcome (first run): choose a language

# Title of the first screen.
welcome-title = Maligayang pagdating sa { -brand-name }
# Under the title of the first screen.
welcome-intro = Maiikling aralin at quiz tungkol sa pagiging ligtas online, para sa mga bata, mga teenager, at mga nakatatandang nag-aalaga sa kanila.
# Heading above the list of languages.
welcome-choose-language = Piliin ang iyong wika
# Reassurance about privacy on the first screen.
welcome-privacy = Dito lang sa device na ito nananatili ang lahat. Hinding-hindi namin hihingin ang tunay mong pangalan, ang kaarawan mo, o kung saan ka nakatira.

## Create a profile

# Title of the screen where a profile is made.
profile-title = Gawin ang iyong profile
# Label of the nickname field.
profile-nickname-label = Palayaw
# Help under the nickname field.
profile-nickname-help = Mas mabuti ang gawa-gawang pangalan. Huwag ang buo mong tunay na pangalan.
# Heading of the avatar choices.
profile-avatar-label = Pumili ng larawan
# Heading of the choice of age band or role.
profile-audience-label = Para kanino ang profile na ito?
# Choice: a child aged 5 to 8.
profile-audience-explorers = 5–8 taong gulang ako
# Choice: a child aged 9 to 12.
profile-audience-navigators = 9–12 taong gulang ako
# Choice: a teenager aged 13 to 17.
profile-audience-teens = 13–17 taong gulang ako
# Choice: a parent, grandparent or other carer.
profile-audience-caregivers = Magulang o tagapag-alaga ako
# Choice: a teacher or trainer running sessions with a group.
profile-audience-trainers = Guro o trainer ako
# Button that saves the new profile.
profile-save = Magsimula
# Shown when no age band or role was chosen.
profile-error-no-audience = Pakipili kung para kanino ang profile na ito.
# Shown when the nickname is empty.
profile-error-empty-nickname = Paki-type ang palayaw mo.
# Shown when the nickname is too long.
profile-error-nickname-too-long = Masyadong mahaba ang palayaw na iyan. Gumamit ng 24 na titik o mas kaunti.
# Shown when the nickname has invisible characters.
profile-error-nickname-characters = May mga character ang palayaw na iyan na hindi namin maipakita. Paki-type ulit.
# Shown for any other problem with the profile.
profile-error-other = May bahagi ng profile na hindi ma-save. Pakisubukan ulit.

## Avatars (read by screen readers)

# Avatar picture: a fox.
avatar-fox = Soro
# Avatar picture: an owl.
avatar-owl = Kuwago
# Avatar picture: a cat.
avatar-cat = Pusa
# Avatar picture: a turtle.
avatar-turtle = Pagong
# Avatar picture: a rabbit.
avatar-rabbit = Kuneho
# Avatar picture: a bear.
avatar-bear = Oso
# Avatar picture: a robot.
avatar-robot = Robot
# Avatar picture: a star.
avatar-star = Bituin

## Home

# Greeting on the home screen. Variables: $name (the profile's nickname).
home-greeting = Kumusta, { $name }!
# Shown on the home screen when no profile exists yet.
home-no-profile = Gawin muna natin ang iyong profile.
# Button to start making a profile.
home-start = Magsimula
# Heading of the links to lessons for other ages.
home-other-bands = Mga aralin para sa ibang edad
# A lesson that has not been opened yet.
lesson-status-not-started = Hindi pa nasisimulan
# A lesson that was opened but not finished.
lesson-status-in-progress = Kasalukuyang ginagawa
# A lesson that was finished.
lesson-status-done = Tapos na
# A lesson finished with at least 80% right on the first try.
lesson-status-mastered = Kabisado na
# How long a lesson takes. Variables: $minutes (a number).
lesson-minutes = { $minutes } minuto

## Lesson cards

# Screen-reader label of the progress dots. Variables: $current (card number), $total (how many cards).
lesson-card-position = Card { $current } sa { $total }
# Button to go back one card.
lesson-back = Bumalik
# Button to go to the next card.
lesson-next = Susunod
# Button on the last card that starts the questions.
lesson-start-quiz = Simulan ang mga tanong
# Shown when a link points to a lesson that does not exist.
lesson-not-found = Hindi namin mahanap ang araling iyon.

## Quiz

# Button that checks the answer.
quiz-check = I-check ang sagot ko
# Button that shows a hint.
quiz-show-hint = Ipakita ang pahiwatig
# Label before the hint text.
quiz-hint-label = Pahiwatig:
# Shown before answering again after a first wrong try.
quiz-second-try = Subukan mo ulit.
# Help for a multiple-choice question.
quiz-choose-all = Piliin ang lahat ng tamang sagot.
# How to answer a single-choice question (shown until an answer is chosen).
quiz-how-single-choice = I-tap ang sagot na pipiliin mo.
# How to answer a multiple-choice question.
quiz-how-multiple-choice = I-tap ang lahat ng tamang sagot.
# How to answer a true-or-false question.
quiz-how-true-false = I-tap ang Tama o Mali.
# How to answer a "what would you do" question.
quiz-how-scenario = I-tap ang gagawin mo.
# How to answer a sorting question.
quiz-how-sort-into-groups = Ilagay ang bawat item sa isang grupo.
# How to answer an ordering question.
quiz-how-order-steps = Ayusin ang lahat ng hakbang nang sunud-sunod.
# Instructions for sorting items into groups by tapping.
quiz-sort-how = I-tap ang isang item, tapos i-tap ang grupo kung saan ito bagay.
# Screen-reader label of the list of items not yet sorted.
quiz-sort-tray = Mga item na aayusin
# Button in a group that places the chosen item there.
quiz-place-here = Ilagay dito
# Screen-reader hint on a placed item: tapping it takes it out again.
quiz-take-out = (i-tap para alisin)
# Instructions for putting steps in order by tapping.
quiz-order-how = I-tap ang mga hakbang ayon sa pagkakasunod-sunod ng gagawin mo.
# Screen-reader label of the steps already put in order.
quiz-order-list = Ang pagkakasunod-sunod mo
# Screen-reader label of the steps not yet placed.
quiz-order-tray = Mga hakbang na ilalagay
# Heading of the feedback when the answer is right.
quiz-verdict-correct = Oo, tama iyan!
# Heading of the feedback when part of the answer is right.
quiz-verdict-partial = May ilang tama sa sagot mo.
# Heading of the feedback when the answer is not right. Kind, never shaming.
quiz-verdict-incorrect = Hindi pa eksakto. Heto kung bakit.
# Heading above the ranked list of actions in a "what would you do" question.
quiz-ranking-title = Mula sa pinakamagandang pagpipilian pababa:
# Marks the action the learner chose.
quiz-your-choice = (ang pinili mo)
# Label before the right answer, shown after the last try.
quiz-solution-label = Ang sagot:
# Button to answer the same question again.
quiz-try-again = Subukan ulit
# Button to go to the next question.
quiz-next-question = Susunod na tanong
# Button after the last question.
quiz-see-results = Tingnan ang resulta mo

## Results

# Title of the results screen.
results-title = Magaling, natapos mo!
# The score. Variables: $score (questions right), $total (how many questions).
results-score = Tama ang { $score } sa { $total } mong sagot.
# Shown when at least 80% were right on the first try.
results-mastered = Kabisado mo na ang araling ito.
# Shown otherwise. Encouraging.
results-not-mastered = Puwede kang bumalik sa araling ito kahit kailan para magsanay.
# Heading of the questions to look at again.
results-review-title = Mga tanong na puwedeng balikan
# Heading of the "talk together" prompt for a child and their grown-up.
results-talk-together = Mag-usap tayo
# Heading of the conversation starter in caregiver lessons.
results-talk-together-caregivers = Subukan ito kasama ang iyong anak
# Heading of the discussion prompt for teachers and trainers.
results-trainer-prompt = Para sa iyong grupo
# Heading: there is always someone to talk to.
results-someone-title = May makakausap ka
# Body under that heading.
results-someone-body = Kung may bumabagabag sa iyo online, sabihin sa isang nakatatandang pinagkakatiwalaan mo. May iba pang ideya sa screen na Tulong.
# Button to the Help screen.
results-open-help = Buksan ang Tulong
# Button back to the home screen.
results-home = Bumalik sa mga aralin ko

## Help

# Title of the Help screen.
help-title = Tulong
# First line of the Help screen.
help-never-your-fault = Kung may nangyari online na nagpalungkot o nagpabalisa sa iyo, o may nangyaring mali, hinding-hindi ikaw ang may kasalanan. Puwede kang humingi ng tulong.
# Heading of the steps.
help-steps-title = Ano ang gagawin
# Step 1.
help-step-stop = Huminto muna. Hindi mo kailangang patuloy na tumingin o makipag-chat.
# Step 2.
help-step-dont-reply = Huwag sagutin ang mga mensaheng nagpapabalisa o namimilit sa iyo.
# Step 3.
help-step-save = I-save ang nangyari: mag-screenshot ng mga mensahe at username. Huwag mo itong ipasa sa iba.
# Step 4.
help-step-block = I-block ang taong iyon.
# Step 5.
help-step-report = I-report ito sa app o sa laro.
# Step 6.
help-step-tell = Sabihin sa isang nakatatandang pinagkakatiwalaan mo. Dapat ka nilang tulungan, hindi sisihin.
# Heading: people to talk to.
help-someone-title = May makakausap ka
# Who a trusted adult can be.
help-trusted-adult = Ang nakatatandang pinagkakatiwalaan ay puwedeng magulang o tagapag-alaga, ibang kapamilya, guro, o guidance counselor sa paaralan.
# What to do in danger.
help-emergency = Kung nasa panganib ka ngayon mismo, tumawag sa emergency number sa inyong lugar.
# Heading of the helplines part.
help-helplines-title = Mga helpline para sa mga bata
# Body of the helplines part.
help-helplines-body = Karamihan sa mga bansa ay may libreng helpline para sa mga bata at kabataan. Nakalista ang mga ito ayon sa bansa sa Child Helpline International.
# Link text to Child Helpline International's directory.
help-helplines-link = Maghanap ng helpline sa iyong bansa (childhelplineinternational.org)
# Where the helpline information comes from and when it was checked.
help-helplines-source = Pinagmulan: Child Helpline International, sinuri noong Nobyembre 22, 2026.

## Help: quick exit

# A button on Help and on lessons about abuse, for a child who is not alone: it replaces the app at once with a blank page. Keep it very short.
quick-exit = Umalis agad
# What the quick exit button does: its tooltip, and its description for screen readers.
quick-exit-label = Umalis agad: isara ang app na ito ngayon at magpakita ng blangkong pahina

## Help: what to do now (step lists; each line of a list is one step, keep one step per line)

# Heading above the situations.
help-now-title = Ano ang gagawin ngayon
# Under that heading.
help-now-intro = I-tap kung ano ang nangyayari. Isang hakbang lang muna sa bawat pagkakataon.
# Situation title for ages 5–8: someone asks for pictures of their body, or says scary things.
help-now-pictures-explorers-title = May humihingi ng litrato ko, o tinatakot ako
# Steps for ages 5–8. One step per line.
help-now-pictures-explorers =
    Huminto. Puwede kang tumanggi.
    Huwag magpadala ng kahit anong litrato.
    Umalis sa laro o sa chat.
    Sabihin agad sa isang nakatatanda sa iyong safety circle.
    Hindi mo ito kasalanan. Tama ang ginawa mo na magsabi.
# Situation title for ages 9–12: someone asks for pictures or threatens them.
help-now-pictures-navigators-title = May humihingi sa akin ng litrato o nananakot sa akin
# Steps for ages 9–12. One step per line.
help-now-pictures-navigators =
    Hindi mo ito kasalanan, kahit may naipadala ka na.
    Tumigil sa pagsagot. Huwag magpadala ng kahit ano, at huwag magbayad.
    Itago ang mga mensahe. Mag-screenshot at isulat ang username.
    I-block at i-report ang account sa app.
    Sabihin ngayong araw sa isang nakatatandang pinagkakatiwalaan mo. Dapat ka nilang tulungan, hindi sisihin.
# Situation title for ages 13–17: sextortion (pictures asked for, threats to share them, demands for money or more).
help-now-pictures-teens-title = May humihingi sa akin ng litrato o nananakot sa akin
# Steps for ages 13–17 (sextortion). One step per line.
help-now-pictures-teens =
    Krimen ito at hindi mo ito kasalanan, kahit may na-share ka na o nakapagbayad ka na.
    Huwag magbayad at huwag nang magpadala pa. Tumigil sa pagsagot.
    Itago ang ebidensya: mga screenshot, username, link. Huwag munang burahin ang account mo.
    I-report ang account sa app, at sa CyberTipline o sa pulis sa inyong lugar.
    Makakatulong ang Take It Down (takeitdown.ncmec.org) na alisin ang mga litrato; code lang ng litrato ang aalis sa device mo.
    Magsabi sa taong pinagkakatiwalaan mo, o tumawag sa isang helpline sa ibaba. Hindi pa huli para humingi ng tulong.
# Situation title for caregivers: their child is being asked for pictures or threatened (sextortion).
help-now-pictures-caregivers-title = May humihingi ng litrato sa anak ko o tinatakot siya
# Steps for caregivers. One step per line.
help-now-pictures-caregivers =
    Manatiling kalmado. Pasalamatan ang iyong anak sa pagsasabi sa iyo, at sabihin sa kanya na hindi niya ito kasalanan.
    Huwag magbayad at huwag sagutin ang taong iyon. Bihirang mapatigil ng pagbabayad ang pananakot.
    Itago ang ebidensya: mga screenshot, username, link. Huwag ipasa ang kahit anong litrato.
    I-report ang account sa platform, at sa CyberTipline o sa pulis sa inyong lugar.
    Gamitin ang Take It Down (takeitdown.ncmec.org) para makatulong na alisin ang mga litrato ng iyong anak.
    Manatili sa tabi niya. Tumawag sa isang helpline sa ibaba kung kailangan mo o ng iyong anak ng suporta.
# Situation title for ages 5–8: someone online makes them feel funny or uncomfortable.
help-now-uncomfortable-explorers-title = May tao online na nagpaparamdam sa akin ng kakaiba o nagpapalungkot sa akin
# Steps for ages 5–8. One step per line.
help-now-uncomfortable-explorers =
    Huminto at isara ang laro o video.
    Hindi mo kailangang sumagot.
    Pumunta sa isang nakatatanda sa iyong safety circle.
    Sabihin: "May gusto po akong sabihin sa inyo."
    Wala kang ginawang mali. Matapang ang nagsasabi.
# Situation title for ages 9–12: someone online makes them uncomfortable.
help-now-uncomfortable-navigators-title = Hindi ako komportable sa isang tao online
# Steps for ages 9–12. One step per line.
help-now-uncomfortable-navigators =
    Pagkatiwalaan ang nararamdaman mo. Puwede kang tumigil sa pag-chat kahit kailan.
    Huwag lumipat sa private chat, at huwag sabihin kung nasaan ka.
    I-screenshot ang mga mensahe at itago ang mga ito.
    I-block at i-report ang taong iyon.
    Sabihin sa isang nakatatandang pinagkakatiwalaan mo ang nangyari.
# Situation title for ages 13–17: someone online makes them uncomfortable (pressure, flattery, secrets).
help-now-uncomfortable-teens-title = Hindi ako komportable sa isang tao online
# Steps for ages 13–17. One step per line.
help-now-uncomfortable-teens =
    Mahalagang pakinggan ang pagkailang mo. Wala kang utang na sagot kaninuman.
    Bantayan ang pamimilit: regalo, sikreto, paglipat sa ibang app, paghingi ng litrato.
    Mag-screenshot ng chat at ng profile.
    I-block at i-report ang account.
    Kausapin ang taong pinagkakatiwalaan mo, o tumawag sa isang helpline sa ibaba.
# Situation title for caregivers: someone online is making their child uncomfortable.
help-now-uncomfortable-caregivers-title = Hindi komportable ang anak ko sa isang tao online
# Steps for caregivers. One step per line.
help-now-uncomfortable-caregivers =
    Makinig muna at manatiling kalmado. Ang reaksyon mo ang magpapasya kung magsasabi ulit sa iyo ang anak mo sa susunod.
    Huwag kunin ang cellphone bilang parusa.
    Sabay kayong mag-screenshot ng mga mensahe at ng profile.
    Sabay ninyong i-block at i-report ang account.
    Kung may nakatatandang humiling na maglihim, magpadala ng litrato, o makipagkita, i-report ito sa pulis.
# Situation title for ages 5–8: a friend told them something worrying.
help-now-friend-explorers-title = May sinabi ang kaibigan ko na nakakapag-alala sa akin
# Steps for ages 5–8. One step per line.
help-now-friend-explorers =
    Mabuti kang kaibigan dahil nakinig ka.
    May mga sikreto na dapat sabihin.
    Sabihin sa isang nakatatanda sa iyong safety circle.
    Kapag nagsabi ka, matutulungan ang kaibigan mo.
# Situation title for ages 9–12: a friend told them something worrying.
help-now-friend-navigators-title = May sinabi sa akin ang isang kaibigan na nakakapag-alala
# Steps for ages 9–12. One step per line.
help-now-friend-navigators =
    Makinig, at sabihin sa kaibigan mo na hindi niya ito kasalanan.
    Huwag ibahagi kaninuman ang mga litrato o mensahe niya.
    Sabihin sa isang nakatatandang pinagkakatiwalaan mo, kahit hiniling ng kaibigan mo na ilihim ito.
    Patuloy kang maging kaibigan niya.
# Situation title for ages 13–17: a friend told them something worrying.
help-now-friend-teens-title = May sinabi sa akin ang isang kaibigan na nakakapag-alala
# Steps for ages 13–17. One step per line.
help-now-friend-teens =
    Makinig nang hindi nanghuhusga. Sabihin sa kanya na hindi niya ito kasalanan.
    Huwag kailanman ipasa ang mga litrato o mensahe niya, kahit para makatulong.
    Hikayatin siyang magsabi sa isang nakatatandang pinagkakatiwalaan, at mag-alok na samahan siya.
    Kung nasa panganib siya, ikaw na mismo ang magsabi sa isang nakatatanda. Hindi iyon pagtataksil.
    Alagaan mo rin ang sarili mo. Puwede kang tumawag sa isang helpline sa ibaba.
# Situation title for caregivers: their child's friend told their child something worrying.
help-now-friend-caregivers-title = May ikinuwento ang anak ko na nakakabahalang nangyari sa isang kaibigan niya
# Steps for caregivers. One step per line.
help-now-friend-caregivers =
    Pasalamatan ang iyong anak sa pagsasabi sa iyo. Tama ang ginawa niya.
    Huwag humingi o tumingin ng kahit anong litrato.
    Mahinahong kausapin ang magulang o tagapag-alaga ng kaibigan, o ang paaralan.
    Kung maaaring nasa panganib ang isang bata, i-report ito sa isang helpline o sa pulis.
# Situation title for ages 5–8: they saw something upsetting.
help-now-saw-explorers-title = May nakita akong nagpalungkot sa akin
# Steps for ages 5–8. One step per line.
help-now-saw-explorers =
    Isara ito o itaob ang screen.
    Wala kang ginawang mali.
    Sabihin sa isang nakatatanda ang nakita mo.
    Gumawa kayo ng isang bagay na nakakapagpakalma.
# Situation title for ages 9–12: they saw something upsetting.
help-now-saw-navigators-title = May nakita akong nakakabahala
# Steps for ages 9–12. One step per line.
help-now-saw-navigators =
    Isara ito. Hindi mo kailangang patuloy na manood.
    Huwag itong ibahagi sa iba.
    I-report ito sa app.
    Kausapin ang isang nakatatandang pinagkakatiwalaan mo tungkol sa nararamdaman mo.
# Situation title for ages 13–17: they saw something upsetting.
help-now-saw-teens-title = May nakita akong nakakabahala
# Steps for ages 13–17. One step per line.
help-now-saw-teens =
    Isara ito. Hindi mo kailangang patuloy na manood.
    Huwag itong i-share o ipasa, kahit bilang babala.
    I-report ito sa platform. Kung may batang sinasaktan dito, i-report ito sa CyberTipline o sa pulis.
    Kausapin ang taong pinagkakatiwalaan mo kung hindi ito maalis sa isip mo.
# Situation title for caregivers: their child saw something upsetting.
help-now-saw-caregivers-title = May nakitang nakakabahala ang anak ko
# Steps for caregivers. One step per line.
help-now-saw-caregivers =
    Manatiling kalmado at pasalamatan siya sa pagsasabi sa iyo. Hindi niya ito kasalanan.
    Tanungin kung ano ang nakita niya at ano ang nararamdaman niya, nang walang paninisi.
    I-report ito sa platform. I-report sa pulis o sa CyberTipline ang mga litrato ng pang-aabuso sa bata; huwag ibahagi ang mga ito.
    Kumustahin siya ulit sa mga susunod na araw.

## Help: contacts in your country

# Label of the country picker on Help and in Settings.
help-country-label = Ang bansa mo
# The country picker's first choice, when no country is chosen yet.
help-country-choose = Piliin ang iyong bansa
# In the country picker: the user's country is not in the list.
help-country-other = Wala sa listahan ang bansa ko
# Heading above the chosen country's contacts. Variable: $country (the country's name).
help-contacts-title = Sino ang makakatulong sa { $country }
# Shown when no country is chosen, or the country has no checked line in the app.
help-contacts-none = Wala pa kaming nasuring helpline para sa bansang ito. Sundin ang mga hakbang sa screen na ito, at maghanap ng helpline sa listahan ng Child Helpline International sa ibaba.
# Tag on a contact: someone to talk to.
help-purpose-talk = Makipag-usap sa isang tao
# Tag on a contact: a place to report abuse.
help-purpose-report = I-report ang pang-aabuso
# Tag on a contact: emergencies.
help-purpose-emergency = Pang-emergency
# Tag on a contact: getting pictures removed from the internet.
help-purpose-remove-images = Alisin ang mga litrato
# Button on a contact. Variable: $number (the phone number).
help-call = Tumawag sa { $number }
# Button on a contact. Variable: $number (a number that takes text messages).
help-text = Mag-text sa { $number }
# Button on a contact that takes a keyword by text message. Variables: $keyword (the word to send), $number.
help-text-keyword = I-text ang { $keyword } sa { $number }
# Button on a contact that answers on WhatsApp. Variable: $number.
help-whatsapp = Mag-message sa WhatsApp: { $number }
# Link to a contact's website or online form.
help-website = Buksan ang website
# When a contact answers.
help-hours-always = Bukas 24 oras, araw-araw
# What a contact costs.
help-cost-free = Libre
# Under each contact: the source and the day it was checked. Variables: $source (a web address), $date (a date, year-month-day).
help-check-number = Tiyaking tama ang numerong ito para sa iyo. Pinagmulan: { $source }, sinuri noong { $date }.

## Help: my safety circle

# Heading of the safety circle on Help.
circle-title = Ang aking safety circle
# Under the heading.
circle-intro = Isulat ang pangalan ng hanggang limang nakatatandang pinagkakatiwalaan mo. Dito lang sa device na ito nakatago ang mga ito.
# When the circle is empty.
circle-empty = Wala pang nakalista. Magdagdag ng nakatatandang pinagkakatiwalaan mo.
# Label of the name field.
circle-name-label = Pangalan o palayaw
# Button that adds the name.
circle-add = Idagdag sa safety circle ko
# Button that removes a name, for screen readers. Variable: $name.
circle-remove = Alisin si { $name }
# When the circle already has five names.
circle-full = Lima na ang tao sa iyong safety circle. Mag-alis ng isa para makapagdagdag ng iba.
# When the name is empty or too long.
circle-name-invalid = Sumulat ng pangalang may 1 hanggang 30 titik.
# When there is no profile yet.
circle-no-profile = Gumawa muna ng profile, tapos puwede mo nang itago rito ang iyong safety circle.
# Heading at the end of lessons about telling someone.
circle-results-title = Sino ang puwede mong sabihan
# Before the names at the end of those lessons.
circle-results-body = Puwede mong sabihan ang kahit sino sa iyong safety circle:
# At the end of those lessons, when the circle is empty.
circle-results-add = Idagdag ang mga nakatatandang pinagkakatiwalaan mo sa iyong safety circle sa screen na Tulong.

## Country names (in the country picker)

# A country's name.
country-bo = Bolivia
# A country's name.
country-br = Brasil
# A country's name.
country-ec = Ekwador
# A country's name.
country-fr = Pransiya
# A country's name.
country-gb = United Kingdom
# A country's name.
country-gt = Guwatemala
# A country's name.
country-id = Indonesya
# A country's name.
country-in = India
# A country's name.
country-ke = Kenya
# A country's name.
country-mx = Mehiko
# A country's name.
country-ph = Pilipinas
# A country's name.
country-us = Estados Unidos

## For grown-ups: the gate

# Heading of the question that keeps young children out of the family pages.
gate-title = Para sa mga nakatatanda
# The question. Variables: $left and $right (two numbers to multiply).
gate-question = Para magpatuloy, i-type ang sagot: ilan ang { $left } × { $right }?
# Label of the answer field.
gate-answer-label = Sagot
# Button under the answer.
gate-continue = Magpatuloy
# After a wrong answer.
gate-wrong = Hindi iyan ang tamang sagot. Narito ang bagong tanong.
# Heading of the gate's setting.
gate-level = Tanong para sa mga nakatatanda
# A gate setting: the usual question.
gate-level-standard = Karaniwan
# A gate setting: bigger numbers, for an older child who knows the times tables.
gate-level-harder = Mas mahirap

## For grown-ups: the family view

# Title of the family view.
family-title = Pamilya
# Under the title.
family-intro = Ang mga nagawa ng bawat bata sa device na ito, at ang susunod na puwedeng pag-usapan. Mga paksa lang ang makikita rito, hindi kailanman ang kanilang mga sagot, para makasagot nang tapat ang mga bata.
# When there are no children's profiles.
family-no-children = Wala pang profile ng bata sa device na ito.
# A child's progress. Variables: $done, $total, $mastered (numbers of lessons).
family-progress = Mga araling tapos na: { $done } sa { $total }. Kabisado na: { $mastered }.
# Heading of the lessons a child has finished.
family-done-title = Tapos na
# Heading of the topics to talk about.
family-talk-about = Susunod na pag-uusapan
# When a child has missed nothing lately.
family-talk-nothing = Walang kailangang balikan sa ngayon. Itanong kung ano ang pinakanagustuhan niya.
# Link to the conversation starters.
family-starters-link = Mga panimula ng usapan ayon sa edad
# Link to managing profiles.
family-manage-link = Pamahalaan ang mga profile
# Link from Settings and Home to the family view.
family-open = Pahina ng pamilya (para sa mga nakatatanda)

## For grown-ups: managing profiles

# Title of the profile management screen.
manage-title = Pamahalaan ang mga profile
# Button: reset a child's progress.
manage-reset = I-reset ang progreso
# Button: delete a profile.
manage-delete = Burahin ang profile
# Confirmation before deleting. Variable: $name (the profile's nickname).
manage-confirm-delete = Burahin ang profile ni { $name }? Mawawala ito sa mga listahan ng device na ito. Puwede itong ibalik, kasama ang lahat ng progreso, sa loob ng 30 araw.
# Confirmation before a reset. Variable: $name.
manage-confirm-reset = I-reset ang progreso ni { $name }? Magsisimula ulit ang mga aralin niya. Puwede itong i-undo sa loob ng 30 araw.
# Button: save a backup file before deleting or resetting.
manage-backup-first = Mag-save muna ng backup
# After the backup was saved. Variable: $file (the file's name or place).
manage-backup-saved = Na-save ang backup: { $file }
# When the backup could not be saved.
manage-backup-failed = Hindi ma-save ang backup. Walang binura.
# Button that confirms a deletion or a reset.
manage-confirm = Kumpirmahin
# Button that cancels.
manage-cancel = Kanselahin
# Button that undoes the last reset.
manage-undo-reset = I-undo ang pag-reset
# Heading of the recently deleted profiles.
manage-deleted-title = Kamakailang binura
# Button that brings a deleted profile back. Variable: $name.
manage-restore = Ibalik ang profile ni { $name }
# Under a deleted profile. Variable: $date (a date, year-month-day).
manage-restorable-until = Puwedeng ibalik hanggang { $date }.
# When nothing was deleted lately.
manage-none-deleted = Walang binura sa nakaraang 30 araw.

## For grown-ups: conversation starters

# Title of the conversation starters page.
starters-title = Mga panimula ng usapan ayon sa edad
# Under the title.
starters-intro = Mga tanong at gawain mula sa mga aralin, ayon sa paksa, para makapagsimula ng usapan sa bahay o sa isang grupo.
# Label of a prompt from a lesson for a young child with a grown-up.
starters-with-child = Kasama ang batang edad 5–8
# Label of a prompt from a caregivers' lesson.
starters-for-caregivers = Para sa iyo at sa iyong anak
# Label of a discussion prompt for a group. Variable: $band (who the lesson is for).
starters-with-group = Kasama ang isang grupo ({ $band })

## Learning together (lessons for ages 5–8)

# Toggle on the first card of a lesson for 5–8-year-olds.
together-toggle = Sabay nating ginagawa ito
# Label of the grown-up's prompt beside each card.
together-label = Para sa nakatatanda
# Heading of the next step at home on the results screen.
together-at-home = Susunod na hakbang sa bahay

## Classroom mode (for trainers with one screen and a whole group)

# Title of the classroom screen.
classroom-title = Silid-aralan
# Under the title.
classroom-intro = Pangunahan ang mga aralin para sa buong grupo mula sa iisang screen, na hati sa mga team. Gumagana ang lahat kahit walang internet.
# Link from Home and Settings to the classroom screen.
classroom-open = Mode ng silid-aralan (para sa mga guro at trainer)
# Heading of the ready-made plans.
classroom-ready-made = Mga handang plano
# Name of a ready-made plan. Variables: $band (who it is for, such as "Ages 9–12"), $part (a number).
classroom-ready-name = { $band }, bahagi { $part }
# Length of a plan or a lesson. Variable: $minutes.
classroom-minutes = { $minutes } minuto
# Button that starts a plan with the group.
classroom-run = Gamitin sa isang grupo
# Link to the printable trainer sheet of a plan.
classroom-print-sheet = Gabay ng trainer
# Link to the printable one-page handout of a lesson.
classroom-print-handout = Handout ng aralin
# Heading of the trainer's own plans.
classroom-my-plans = Ang aking mga plano
# When the trainer has no plans yet.
classroom-no-plans = Wala pang naka-save na plano.
# Heading of the plan builder.
classroom-new-plan = Gumawa ng plano
# Label of the plan's name field.
classroom-plan-name = Pangalan ng plano
# The plan's total time. Variable: $minutes.
classroom-plan-total = Kabuuan: { $minutes } minuto, may oras para mag-usap pagkatapos ng bawat aralin
# Button that saves the plan.
classroom-save-plan = I-save ang plano
# Button that deletes a saved plan. Variable: $name.
classroom-delete-plan = Burahin ang { $name }
# When the plan has no name.
classroom-plan-needs-name = Bigyan ng pangalan ang plano.
# When the plan has no lessons.
classroom-plan-needs-lessons = Pumili ng kahit isang aralin.
# Heading of past sessions.
classroom-sessions = Mga naisagawang session
# When there are none.
classroom-no-sessions = Wala pang session.
# A past session. Variables: $date, $plan (its name).
classroom-session = { $date }: { $plan }
# Button that saves a session's results as a CSV file for a report.
classroom-export-csv = I-export ang CSV
# When the CSV file could not be saved.
classroom-export-failed = Hindi ma-save ang CSV file.
# Heading of the team set-up.
classroom-teams-title = Mga team
# Label of the number of teams.
classroom-team-count = Bilang ng mga team
# Label of a team's name field. Variable: $number.
classroom-team-name = Pangalan ng team { $number }
# A team's name until the trainer changes it. Variable: $number.
classroom-team-default = Team { $number }
# Button that starts the session.
classroom-start = Magsimula
# When the team names cannot be used.
classroom-teams-problem = Bigyan ang bawat team ng sariling pangalan na may 1 hanggang 24 na character.

## Presenter (the projected screen)

# How to drive the presenter from the keyboard or a clicker.
presenter-keys = Mga key: → o Space para sa susunod, ← para bumalik, R para ipakita ang sagot, N para sa mga tala, 1 hanggang 6 kapag tama ang sagot ng isang team.
# Button: next card or question.
presenter-next = Susunod
# Button: back.
presenter-back = Bumalik
# Button: show the answer to the group.
presenter-reveal = Ipakita ang sagot
# Heading of the answer, once shown.
presenter-answer = Sagot
# Heading of the trainer's notes (feedback and discussion prompt).
presenter-notes = Mga tala ng trainer
# Button that hides or shows the notes while projecting.
presenter-notes-toggle = Mga tala
# Heading of the team buttons under a question.
presenter-who-got-it = Aling mga team ang nakakuha ng tamang sagot?
# Heading of the scoreboard.
presenter-scoreboard = Mga puntos sa ngayon
# A team's points. Variables: $team (its name), $points (a number).
presenter-points = { $team }: { $points }
# Where the presenter is. Variables: $current and $total (numbers).
presenter-progress = { $current } sa { $total }
# Heading of the end screen.
presenter-end = Magaling, lahat kayo!
# Under it: encouraging, never ranking.
presenter-end-body = May natutunan ang bawat team ngayong araw. Narito ang mga tamang sagot ng bawat team sa bawat aralin.
# Heading of the group discussion prompt in the notes.
presenter-discussion = Pag-usapan natin

## Printables

# Button that opens the browser's print dialog.
print-button = I-print o i-save bilang PDF
# Heading of a lesson handout's questions.
print-questions = Mga tanong na pag-iisipan
# Heading of a trainer sheet. Variable: $plan (the plan's name).
print-plan-title = Gabay ng trainer: { $plan }
# Heading of the answers on a trainer sheet.
print-answers = Mga sagot

## Settings

# Title of the settings screen.
settings-title = Mga setting
# Heading of the language choice.
settings-language = Wika
# Heading of the profile list.
settings-profiles = Mga profile sa device na ito
# Button to make another profile.
settings-add-profile = Magdagdag ng profile
# Heading of the text size choice.
settings-text-size = Laki ng teksto
# Text size: the normal size.
settings-text-size-standard = Karaniwan
# Text size: one step bigger.
settings-text-size-large = Malaki
# Text size: two steps bigger.
settings-text-size-larger = Mas malaki
# Text size: the biggest.
settings-text-size-largest = Pinakamalaki
# Heading of the motion setting.
settings-motion = Galaw
# Checkbox label: fewer animations.
settings-reduced-motion = Bawasan ang galaw at animation

## Not found

# Title when a page does not exist.
not-found-title = Hindi namin mahanap ang pahinang iyan
# Body when a page does not exist.
not-found-body = Baka luma na ang link. Bumalik tayo sa simula.
# Button back to the start.
not-found-home = Pumunta sa simula

# Used in other messages; do not use on its own.
-brand-name = SafeSteps
