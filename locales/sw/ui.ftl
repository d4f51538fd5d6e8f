# SafeSteps — MIT OR Apache-2.0

### SafeSteps interface text (Kenyan Swahili, translated from English).
### Message ids start with the screen or module they belong to. Keep { $variables } as they are.

## Brand

# The app's name. Do not translate unless the app is published under another name in your language.
app-name = { -brand-name }

## Fallbacks

# Shown in place of a piece of text that is missing in every language (should never happen).
text-missing = (Maandishi haya bado hayapatikani.)

## Quiz

# Above each question. Variables: $current (the question's number), $total (how many questions).
quiz-progress = Swali { $current } kati ya { $total }

# The answer button for "this statement is true" in a true-or-false question.
quiz-true = Kweli
# The answer button for "this statement is false" in a true-or-false question.
quiz-false = Si kweli

## Who a profile or lesson is for

# Age band of young children, shown when choosing a profile and on lesson cards.
band-explorers = Miaka 5–8
# Age band of older children.
band-navigators = Miaka 9–12
# Age band of teenagers.
band-teens = Miaka 13–17
# Lessons and profiles for parents, carers and other caregivers.
band-caregivers = Wazazi na walezi
# Profiles for teachers and trainers who run sessions with a group.
band-trainers = Walimu na wakufunzi

## Lesson topics (shown as a label on each lesson card)

# Topic: keeping personal information private.
topic-privacy = Faragha
# Topic: recognising when someone online is trying to win a child's trust to harm them.
topic-grooming = Ishara za tahadhari
# Topic: when someone threatens to share private pictures unless you pay or send more.
topic-sextortion = Vitisho na shinikizo
# Topic: the grown-ups a child can go to, their safety circle.
topic-trusted-adults = Watu wazima unaowaamini
# Topic: secrets that feel bad and are for telling.
topic-secrets = Siri na hisia
# Topic: when something online feels wrong or upsetting, and what to do.
topic-feeling-unsafe = Unapohisi jambo si sawa
# Topic: being kind online, and unkind behaviour.
topic-kindness = Wema mtandaoni
# Topic: passwords and accounts.
topic-passwords = Nenosiri
# Topic: privacy settings in apps and games.
topic-settings = Mipangilio
# Topic: people met online compared with people known in real life.
topic-online-friends = Marafiki wa mtandaoni
# Topic: photos and videos, and asking before sharing them.
topic-images = Picha na ruhusa
# Topic: blocking and reporting people and content.
topic-blocking-reporting = Zuia na ripoti
# Topic: bullying online and standing up for others.
topic-cyberbullying = Uonevu mtandaoni
# Topic: where and how to get help.
topic-getting-help = Kupata msaada
# Topic: what you post and leave behind online (digital footprint).
topic-footprint = Nyayo za kidijitali
# Topic: pressure and control in dating or close relationships.
topic-relationships = Mahusiano na shinikizo
# Topic: live video streaming.
topic-livestreaming = Video za moja kwa moja (live)
# Topic: helping a friend who is in trouble online.
topic-helping-friends = Kumsaidia rafiki
# Topic (caregivers): how children are approached and targeted online.
topic-targeting = Jinsi watoto wanavyolengwa
# Topic (caregivers): signs that a child may be in trouble online.
topic-warning-signs = Ishara za kuzingatia
# Topic (caregivers): talking with children about online life.
topic-talking = Kuzungumza pamoja
# Topic (caregivers): settings and supervision that respect the child.
topic-supervision = Mipangilio na usimamizi
# Topic (caregivers): reporting and finding support.
topic-reporting = Kuripoti na kupata msaada

## Language picker

# Shown beside a language whose translation was made with machine help and not yet checked by a native speaker.
locale-status-machine-assisted = Tafsiri kwa usaidizi wa mashine, bado haijakaguliwa
# Shown beside a language where some text still appears in English.
locale-status-partial = Imetafsiriwa kwa sehemu

## Saving progress

# Shown once after the progress file could not be read and a new one was started. The old file is kept.
store-recovered-notice = Hatukuweza kusoma maendeleo yako yaliyohifadhiwa, kwa hivyo tumeanza upya. Faili yako ya zamani imewekwa salama, na mtu mzima anaweza kuomba msaada wa kuirejesha.
# Shown when the saved progress comes from a newer version of the app.
store-newer-version = Maendeleo yako yalihifadhiwa na toleo jipya zaidi la { -brand-name }. Tafadhali sasisha programu. Hakuna kilichobadilishwa.
# Shown when progress can only be kept in memory (for example in a private browser window).
store-memory-only-notice = Maendeleo hayatahifadhiwa kwenye kifaa hiki. Bado unaweza kufanya kila somo.
# Shown when the lessons' text in the chosen language could not be fetched (the web app carries only English inside).
lesson-pack-failed-notice = Masomo bado hayajaweza kupakiwa kwa lugha hii, kwa hiyo kwa sasa yanaonyeshwa kwa Kiingereza. Unganisha kwenye intaneti kisha ufungue programu tena.

## The frame around every screen

# A link for keyboard and screen-reader users that jumps past the top bar to the screen's content.
shell-skip-to-content = Ruka hadi maudhui
# Label of the navigation area in the top bar (read by screen readers).
shell-nav-label = Menyu kuu
# Top-bar link to the settings screen.
shell-settings = Mipangilio
# Text of the help button that is always visible at the bottom of every screen. Keep it very short.
help-button = Msaada
# Full label of the help button for screen readers.
help-button-label = Msaada: ufanye nini na uzungumze na nani
# Button that opens the technical details of a problem (for an adult or a bug report).
notice-details = Maelezo
# Button that hides a notice.
notice-dismiss = Funga

## Saving progress (problems)

# Shown when something could not be saved; the lesson can go on.
store-save-failed = Hilo halikuweza kuhifadhiwa kwenye kifaa hiki. Unaweza kuendelea; mtu mzima anaweza kuangalia maelezo.
# Shown when saved progress could not be read.
store-read-failed = Hatukuweza kusoma maendeleo yako yaliyohifadhiwa kwa sasa. Unaweza kuendelea; mtu mzima anaweza kuangalia maelezo.

## Welcome (first run): choose a language

# Title of the first screen.
welcome-title = Karibu { -brand-name }
# Under the title of the first screen.
welcome-intro = Masomo mafupi na maswali kuhusu kuwa salama mtandaoni, kwa watoto, vijana na watu wazima wanaowatunza.
# Heading above the list of languages.
welcome-choose-language = Chagua lugha yako
# Reassurance about privacy on the first screen.
welcome-privacy = Kila kitu kinabaki kwenye kifaa hiki. Hatukuulizi kamwe jina lako halisi, siku yako ya kuzaliwa wala mahali unapoishi.

## Create a profile

# Title of the screen where a profile is made.
profile-title = Tengeneza wasifu wako
# Label of the nickname field.
profile-nickname-label = Jina la utani
# Help under the nickname field.
profile-nickname-help = Jina la kubuni ndilo bora. Usitumie jina lako kamili halisi.
# Heading of the avatar choices.
profile-avatar-label = Chagua picha
# Heading of the choice of age band or role.
profile-audience-label = Wasifu huu ni wa nani?
# Choice: a child aged 5 to 8.
profile-audience-explorers = Nina miaka 5–8
# Choice: a child aged 9 to 12.
profile-audience-navigators = Nina miaka 9–12
# Choice: a teenager aged 13 to 17.
profile-audience-teens = Nina miaka 13–17
# Choice: a parent, grandparent or other carer.
profile-audience-caregivers = Mimi ni mzazi au mlezi
# Choice: a teacher or trainer running sessions with a group.
profile-audience-trainers = Mimi ni mwalimu au mkufunzi
# Button that saves the new profile.
profile-save = Anza
# Shown when no age band or role was chosen.
profile-error-no-audience = Tafadhali chagua wasifu huu ni wa nani.
# Shown when the nickname is empty.
profile-error-empty-nickname = Tafadhali andika jina la utani.
# Shown when the nickname is too long.
profile-error-nickname-too-long = Jina hilo la utani ni refu mno. Tafadhali tumia herufi zisizozidi 24.
# Shown when the nickname has invisible characters.
profile-error-nickname-characters = Jina hilo la utani lina herufi ambazo hatuwezi kuonyesha. Tafadhali liandike tena.
# Shown for any other problem with the profile.
profile-error-other = Kuna kitu kwenye wasifu ambacho hakikuweza kuhifadhiwa. Tafadhali jaribu tena.

## Avatars (read by screen readers)

# Avatar picture: a fox.
avatar-fox = Mbweha
# Avatar picture: an owl.
avatar-owl = Bundi
# Avatar picture: a cat.
avatar-cat = Paka
# Avatar picture: a turtle.
avatar-turtle = Kobe
# Avatar picture: a rabbit.
avatar-rabbit = Sungura
# Avatar picture: a bear.
avatar-bear = Dubu
# Avatar picture: a robot.
avatar-robot = Roboti
# Avatar picture: a star.
avatar-star = Nyota

## Home

# Greeting on the home screen. Variables: $name (the profile's nickname).
home-greeting = Habari, { $name }!
# Shown on the home screen when no profile exists yet.
home-no-profile = Kwanza, tutengeneze wasifu wako.
# Button to start making a profile.
home-start = Anza
# Heading of the links to lessons for other ages.
home-other-bands = Masomo ya umri mwingine
# A lesson that has not been opened yet.
lesson-status-not-started = Halijaanzwa
# A lesson that was opened but not finished.
lesson-status-in-progress = Linaendelea
# A lesson that was finished.
lesson-status-done = Limekamilika
# A lesson finished with at least 80% right on the first try.
lesson-status-mastered = Umelimudu
# How long a lesson takes. Variables: $minutes (a number).
lesson-minutes = { $minutes ->
    [one] Dakika { $minutes }
   *[other] Dakika { $minutes }
}

## Lesson cards

# Screen-reader label of the progress dots. Variables: $current (card number), $total (how many cards).
lesson-card-position = Kadi { $current } kati ya { $total }
# Button to go back one card.
lesson-back = Rudi nyuma
# Button to go to the next card.
lesson-next = Endelea
# Button on the last card that starts the questions.
lesson-start-quiz = Anza maswali
# Shown when a link points to a lesson that does not exist.
lesson-not-found = Hatukuweza kupata somo hilo.

## Quiz

# Button that checks the answer.
quiz-check = Angalia jibu langu
# Button that shows a hint.
quiz-show-hint = Onyesha kidokezo
# Label before the hint text.
quiz-hint-label = Kidokezo:
# Shown before answering again after a first wrong try.
quiz-second-try = Jaribu mara nyingine.
# Help for a multiple-choice question.
quiz-choose-all = Chagua kila jibu linalofaa.
# How to answer a single-choice question (shown until an answer is chosen).
quiz-how-single-choice = Gusa jibu unalolichagua.
# How to answer a multiple-choice question.
quiz-how-multiple-choice = Gusa kila jibu linalofaa.
# How to answer a true-or-false question.
quiz-how-true-false = Gusa Kweli au Si kweli.
# How to answer a "what would you do" question.
quiz-how-scenario = Gusa kile ambacho ungefanya.
# How to answer a sorting question.
quiz-how-sort-into-groups = Weka kila kitu kwenye kikundi.
# How to answer an ordering question.
quiz-how-order-steps = Panga kila hatua kwa mpangilio.
# Instructions for sorting items into groups by tapping.
quiz-sort-how = Gusa kitu, kisha gusa kikundi kinachokifaa.
# Screen-reader label of the list of items not yet sorted.
quiz-sort-tray = Vitu vya kupanga
# Button in a group that places the chosen item there.
quiz-place-here = Weka hapa
# Screen-reader hint on a placed item: tapping it takes it out again.
quiz-take-out = (gusa ili ukitoe)
# Instructions for putting steps in order by tapping.
quiz-order-how = Gusa hatua kwa mpangilio ambao ungezifanya.
# Screen-reader label of the steps already put in order.
quiz-order-list = Mpangilio wako
# Screen-reader label of the steps not yet placed.
quiz-order-tray = Hatua za kupanga
# Heading of the feedback when the answer is right.
quiz-verdict-correct = Ndiyo, ni sahihi!
# Heading of the feedback when part of the answer is right.
quiz-verdict-partial = Sehemu ya jibu ni sahihi.
# Heading of the feedback when the answer is not right. Kind, never shaming.
quiz-verdict-incorrect = Bado kidogo. Hii ndiyo sababu.
# Heading above the ranked list of actions in a "what would you do" question.
quiz-ranking-title = Kuanzia chaguo bora zaidi:
# Marks the action the learner chose.
quiz-your-choice = (chaguo lako)
# Label before the right answer, shown after the last try.
quiz-solution-label = Jibu:
# Button to answer the same question again.
quiz-try-again = Jaribu tena
# Button to go to the next question.
quiz-next-question = Swali linalofuata
# Button after the last question.
quiz-see-results = Ona ulivyofanya

## Results

# Title of the results screen.
results-title = Hongera kwa kumaliza!
# The score. Variables: $score (questions right), $total (how many questions).
results-score = Umepata { $score } sahihi kati ya { $total }.
# Shown when at least 80% were right on the first try.
results-mastered = Umelimudu somo hili.
# Shown otherwise. Encouraging.
results-not-mastered = Unaweza kurudi kwenye somo hili wakati wowote ili kufanya mazoezi.
# Heading of the questions to look at again.
results-review-title = Maswali ya kuangalia tena
# Heading of the "talk together" prompt for a child and their grown-up.
results-talk-together = Zungumzeni pamoja
# Heading of the conversation starter in caregiver lessons.
results-talk-together-caregivers = Jaribu hili na mtoto wako
# Heading of the discussion prompt for teachers and trainers.
results-trainer-prompt = Kwa kikundi chako
# Heading: there is always someone to talk to.
results-someone-title = Mtu wa kuzungumza naye
# Body under that heading.
results-someone-body = Kama kuna jambo lolote mtandaoni linalokutia wasiwasi, mwambie mtu mzima unayemwamini. Skrini ya Msaada ina mawazo zaidi.
# Button to the Help screen.
results-open-help = Fungua Msaada
# Button back to the home screen.
results-home = Rudi kwenye masomo yangu

## Help

# Title of the Help screen.
help-title = Msaada
# First line of the Help screen.
help-never-your-fault = Kama jambo fulani mtandaoni limekusumbua au limeenda vibaya, si kosa lako kamwe. Unaweza kupata msaada.
# Heading of the steps.
help-steps-title = Ufanye nini
# Step 1.
help-step-stop = Acha. Si lazima uendelee kutazama au kuchati.
# Step 2.
help-step-dont-reply = Usijibu jumbe zinazokusumbua au kukushinikiza.
# Step 3.
help-step-save = Hifadhi kilichotokea: piga picha za skrini (screenshot) za jumbe na majina ya watumiaji. Usizitume kwa wengine.
# Step 4.
help-step-block = Mzuie mtu huyo.
# Step 5.
help-step-report = Ripoti kwenye programu au mchezo.
# Step 6.
help-step-tell = Mwambie mtu mzima unayemwamini. Anapaswa kukusaidia, si kukulaumu.
# Heading: people to talk to.
help-someone-title = Mtu wa kuzungumza naye
# Who a trusted adult can be.
help-trusted-adult = Mtu mzima unayemwamini anaweza kuwa mzazi au mlezi, mtu mwingine wa familia, mwalimu au mshauri wa shule.
# What to do in danger.
help-emergency = Kama uko hatarini sasa hivi, piga nambari ya dharura ya eneo lako.
# Heading of the helplines part.
help-helplines-title = Nambari za msaada kwa watoto
# Body of the helplines part.
help-helplines-body = Nchi nyingi zina nambari ya msaada ya bure kwa watoto na vijana. Child Helpline International inaziorodhesha kwa kila nchi.
# Link text to Child Helpline International's directory.
help-helplines-link = Tafuta nambari ya msaada katika nchi yako (childhelplineinternational.org)
# Where the helpline information comes from and when it was checked.
help-helplines-source = Chanzo: Child Helpline International, iliangaliwa tarehe 22 Novemba 2026.

## Help: quick exit

# A button on Help and on lessons about abuse, for a child who is not alone: it replaces the app at once with a blank page. Keep it very short.
quick-exit = Toka haraka
# What the quick exit button does: its tooltip, and its description for screen readers.
quick-exit-label = Toka haraka: ondoka kwenye programu hii sasa hivi na uonyeshe ukurasa mtupu

## Help: what to do now (step lists; each line of a list is one step, keep one step per line)

# Heading above the situations.
help-now-title = Ufanye nini sasa
# Under that heading.
help-now-intro = Gusa kinachotokea. Chukua hatua moja baada ya nyingine.
# Situation title for ages 5–8: someone asks for pictures of their body, or says scary things.
help-now-pictures-explorers-title = Mtu ananiomba picha zangu, au ananitisha
# Steps for ages 5–8. One step per line.
help-now-pictures-explorers =
    Acha. Unaweza kusema hapana.
    Usitume picha yoyote.
    Toka kwenye mchezo au kwenye chat.
    Mwambie sasa hivi mtu mzima aliye kwenye mduara wako wa usalama.
    Si kosa lako. Umefanya vizuri kwa kusema.
# Situation title for ages 9–12: someone asks for pictures or threatens them.
help-now-pictures-navigators-title = Mtu ananiomba picha au ananitishia
# Steps for ages 9–12. One step per line.
help-now-pictures-navigators =
    Si kosa lako, hata kama tayari ulituma kitu.
    Acha kujibu. Usitume chochote, na usilipe pesa.
    Hifadhi jumbe. Piga picha za skrini na uandike jina la mtumiaji.
    Zuia na uripoti akaunti hiyo kwenye programu.
    Mwambie mtu mzima unayemwamini leo. Anapaswa kukusaidia, si kukulaumu.
# Situation title for ages 13–17: sextortion (pictures asked for, threats to share them, demands for money or more).
help-now-pictures-teens-title = Mtu ananiomba picha au ananitishia
# Steps for ages 13–17 (sextortion). One step per line.
help-now-pictures-teens =
    Huu ni uhalifu, na si kosa lako, hata kama ulishiriki kitu au tayari ulilipa.
    Usilipe na usitume zaidi. Acha kujibu.
    Hifadhi ushahidi: picha za skrini, majina ya watumiaji, viungo. Usifute akaunti yako kwa sasa.
    Ripoti akaunti hiyo kwenye programu, na kwa CyberTipline au kwa polisi walio karibu nawe.
    Take It Down (takeitdown.ncmec.org) inaweza kusaidia kuondoa picha; ni msimbo wa picha pekee unaotoka kwenye kifaa chako.
    Mwambie mtu unayemwamini, au piga nambari ya msaada iliyo hapa chini. Hujachelewa kupata msaada.
# Situation title for caregivers: their child is being asked for pictures or threatened (sextortion).
help-now-pictures-caregivers-title = Mtoto wangu anaombwa picha au anatishiwa
# Steps for caregivers. One step per line.
help-now-pictures-caregivers =
    Tulia. Mshukuru mtoto wako kwa kukuambia, na umwambie kwamba si kosa lake.
    Usilipe na usimjibu mtu huyo. Kulipa mara nyingi hakukomeshi vitisho.
    Hifadhi ushahidi: picha za skrini, majina ya watumiaji, viungo. Usimtumie mtu yeyote picha yoyote.
    Ripoti akaunti hiyo kwenye jukwaa, na kwa CyberTipline au kwa polisi walio karibu nawe.
    Tumia Take It Down (takeitdown.ncmec.org) kusaidia kuondoa picha za mtoto wako.
    Kaa karibu naye. Piga nambari ya msaada iliyo hapa chini ikiwa wewe au mtoto wako mnahitaji msaada.
# Situation title for ages 5–8: someone online makes them feel funny or uncomfortable.
help-now-uncomfortable-explorers-title = Mtu mtandaoni ananifanya nijisikie ajabu au nihuzunike
# Steps for ages 5–8. One step per line.
help-now-uncomfortable-explorers =
    Acha, kisha funga mchezo au video.
    Si lazima ujibu.
    Nenda kwa mtu mzima aliye kwenye mduara wako wa usalama.
    Sema: "Nataka kukuambia kitu."
    Hujakosea chochote. Kusema ni ushujaa.
# Situation title for ages 9–12: someone online makes them uncomfortable.
help-now-uncomfortable-navigators-title = Mtu mtandaoni ananifanya nikose raha
# Steps for ages 9–12. One step per line.
help-now-uncomfortable-navigators =
    Amini hisia zako. Unaweza kuacha kuchati wakati wowote.
    Usihamie kwenye chat ya faragha, na usiseme mahali ulipo.
    Hifadhi jumbe kwa kupiga picha za skrini.
    Mzuie na umripoti mtu huyo.
    Mwambie mtu mzima unayemwamini kilichotokea.
# Situation title for ages 13–17: someone online makes them uncomfortable (pressure, flattery, secrets).
help-now-uncomfortable-teens-title = Mtu mtandaoni ananifanya nikose raha
# Steps for ages 13–17. One step per line.
help-now-uncomfortable-teens =
    Wasiwasi wako unastahili kusikilizwa. Hulazimiki kumjibu mtu yeyote.
    Angalia dalili za shinikizo: zawadi, siri, kuhamia programu nyingine, kuombwa picha.
    Hifadhi picha za skrini za mazungumzo na za wasifu wake.
    Zuia na uripoti akaunti hiyo.
    Zungumza na mtu unayemwamini, au piga nambari ya msaada iliyo hapa chini.
# Situation title for caregivers: someone online is making their child uncomfortable.
help-now-uncomfortable-caregivers-title = Mtu mtandaoni anamfanya mtoto wangu akose raha
# Steps for caregivers. One step per line.
help-now-uncomfortable-caregivers =
    Sikiliza kwanza na utulie. Jinsi utakavyoitikia ndiyo itaamua kama mtoto wako atakuambia wakati ujao.
    Usimnyang'anye simu kama adhabu.
    Hifadhini pamoja picha za skrini za jumbe na za wasifu.
    Zuieni na mripoti akaunti hiyo pamoja.
    Ikiwa mtu mzima alimwomba mtoto aweke siri, atume picha au wakutane, ripoti kwa polisi.
# Situation title for ages 5–8: a friend told them something worrying.
help-now-friend-explorers-title = Rafiki yangu ameniambia kitu kinachonitia wasiwasi
# Steps for ages 5–8. One step per line.
help-now-friend-explorers =
    Wewe ni rafiki mwema kwa kusikiliza.
    Siri nyingine ni za kusema.
    Mwambie mtu mzima aliye kwenye mduara wako wa usalama.
    Kusema kunamsaidia rafiki yako kupata msaada.
# Situation title for ages 9–12: a friend told them something worrying.
help-now-friend-navigators-title = Rafiki ameniambia jambo linalotia wasiwasi
# Steps for ages 9–12. One step per line.
help-now-friend-navigators =
    Msikilize, na umwambie rafiki yako kwamba si kosa lake.
    Usishiriki picha au jumbe zake na mtu yeyote.
    Mwambie mtu mzima unayemwamini, hata kama rafiki yako alikuomba uweke siri.
    Endelea kuwa rafiki yake.
# Situation title for ages 13–17: a friend told them something worrying.
help-now-friend-teens-title = Rafiki ameniambia jambo linalotia wasiwasi
# Steps for ages 13–17. One step per line.
help-now-friend-teens =
    Sikiliza bila kuhukumu. Mwambie kwamba si kosa lake.
    Usitume kamwe picha au jumbe zake kwa wengine, hata kwa nia ya kusaidia.
    Mtie moyo amwambie mtu mzima anayemwamini, na ujitolee kwenda naye.
    Kama yuko hatarini, mwambie mtu mzima wewe mwenyewe. Huo si usaliti.
    Jitunze pia. Unaweza kupiga nambari ya msaada iliyo hapa chini.
# Situation title for caregivers: their child's friend told their child something worrying.
help-now-friend-caregivers-title = Mtoto wangu ameniambia jambo la kutia wasiwasi lililompata rafiki yake
# Steps for caregivers. One step per line.
help-now-friend-caregivers =
    Mshukuru mtoto wako kwa kukuambia. Amefanya jambo sahihi.
    Usiombe wala kutazama picha zozote.
    Zungumza kwa utulivu na mzazi au mlezi wa rafiki huyo, au na shule.
    Ikiwa mtoto yeyote huenda yuko hatarini, ripoti kwa nambari ya msaada au kwa polisi.
# Situation title for ages 5–8: they saw something upsetting.
help-now-saw-explorers-title = Niliona kitu kilichonihuzunisha
# Steps for ages 5–8. One step per line.
help-now-saw-explorers =
    Kifunge au geuza skrini iangalie chini.
    Hujakosea chochote.
    Mwambie mtu mzima ulichokiona.
    Fanyeni pamoja kitu cha kutuliza.
# Situation title for ages 9–12: they saw something upsetting.
help-now-saw-navigators-title = Niliona kitu kilichonisumbua
# Steps for ages 9–12. One step per line.
help-now-saw-navigators =
    Kifunge. Si lazima uendelee kutazama.
    Usikishiriki na wengine.
    Kiripoti kwenye programu.
    Zungumza na mtu mzima unayemwamini kuhusu unavyojisikia.
# Situation title for ages 13–17: they saw something upsetting.
help-now-saw-teens-title = Niliona kitu kilichonisumbua
# Steps for ages 13–17. One step per line.
help-now-saw-teens =
    Kifunge. Si lazima uendelee kutazama.
    Usikishiriki wala kukituma kwa wengine, hata kama ni onyo.
    Kiripoti kwenye jukwaa. Kama kinaonyesha mtoto akidhuriwa, kiripoti kwa CyberTipline au kwa polisi.
    Zungumza na mtu unayemwamini kama kinaendelea kukusumbua akilini.
# Situation title for caregivers: their child saw something upsetting.
help-now-saw-caregivers-title = Mtoto wangu aliona kitu kilichomsumbua
# Steps for caregivers. One step per line.
help-now-saw-caregivers =
    Tulia na umshukuru kwa kukuambia. Si kosa lake.
    Muulize aliona nini na anajisikiaje, bila kumlaumu.
    Kiripoti kwenye jukwaa. Ripoti picha za unyanyasaji wa watoto kwa polisi au kwa CyberTipline; usizishiriki.
    Endelea kumjulia hali katika siku chache zijazo.

## Help: contacts in your country

# Label of the country picker on Help and in Settings.
help-country-label = Nchi yako
# The country picker's first choice, when no country is chosen yet.
help-country-choose = Chagua nchi yako
# In the country picker: the user's country is not in the list.
help-country-other = Nchi yangu haipo kwenye orodha
# Heading above the chosen country's contacts. Variable: $country (the country's name).
help-contacts-title = Wanaoweza kusaidia nchini { $country }
# Shown when no country is chosen, or the country has no checked line in the app.
help-contacts-none = Bado hatuna nambari ya msaada iliyothibitishwa kwa nchi hii. Fuata hatua zilizo kwenye skrini hii, na utafute nambari kwenye orodha ya Child Helpline International iliyo hapa chini.
# Tag on a contact: someone to talk to.
help-purpose-talk = Zungumza na mtu
# Tag on a contact: a place to report abuse.
help-purpose-report = Ripoti unyanyasaji
# Tag on a contact: emergencies.
help-purpose-emergency = Dharura
# Tag on a contact: getting pictures removed from the internet.
help-purpose-remove-images = Ondoa picha
# Button on a contact. Variable: $number (the phone number).
help-call = Piga { $number }
# Button on a contact. Variable: $number (a number that takes text messages).
help-text = Tuma SMS kwa { $number }
# Button on a contact that takes a keyword by text message. Variables: $keyword (the word to send), $number.
help-text-keyword = Tuma { $keyword } kwa SMS kwenda { $number }
# Button on a contact that answers on WhatsApp. Variable: $number.
help-whatsapp = Andika kwa WhatsApp { $number }
# Link to a contact's website or online form.
help-website = Fungua tovuti
# When a contact answers.
help-hours-always = Inapatikana saa 24, kila siku
# What a contact costs.
help-cost-free = Bure
# Under each contact: the source and the day it was checked. Variables: $source (a web address), $date (a date, year-month-day).
help-check-number = Hakikisha nambari hii ni sahihi kwako. Chanzo: { $source }, iliangaliwa { $date }.

## Help: my safety circle

# Heading of the safety circle on Help.
circle-title = Mduara wangu wa usalama
# Under the heading.
circle-intro = Andika majina ya kwanza ya watu wazima hadi watano unaowaamini. Yanabaki kwenye kifaa hiki tu.
# When the circle is empty.
circle-empty = Bado hakuna mtu. Ongeza mtu mzima unayemwamini.
# Label of the name field.
circle-name-label = Jina la kwanza au jina la utani
# Button that adds the name.
circle-add = Ongeza kwenye mduara wangu
# Button that removes a name, for screen readers. Variable: $name.
circle-remove = Ondoa { $name }
# When the circle already has five names.
circle-full = Mduara wako una watu watano. Ondoa mmoja ili uongeze mwingine.
# When the name is empty or too long.
circle-name-invalid = Andika jina lenye herufi 1 hadi 30.
# When there is no profile yet.
circle-no-profile = Kwanza tengeneza wasifu, kisha utaweza kuweka mduara wako wa usalama hapa.
# Heading at the end of lessons about telling someone.
circle-results-title = Unaweza kumwambia nani
# Before the names at the end of those lessons.
circle-results-body = Unaweza kumwambia yeyote aliye kwenye mduara wako wa usalama:
# At the end of those lessons, when the circle is empty.
circle-results-add = Ongeza watu wazima unaowaamini kwenye mduara wako wa usalama, kwenye skrini ya Msaada.

## Country names (in the country picker)

# A country's name.
country-bo = Bolivia
# A country's name.
country-br = Brazil
# A country's name.
country-ec = Ekwado
# A country's name.
country-fr = Ufaransa
# A country's name.
country-gb = Uingereza
# A country's name.
country-gt = Guatemala
# A country's name.
country-id = Indonesia
# A country's name.
country-in = India
# A country's name.
country-ke = Kenya
# A country's name.
country-mx = Meksiko
# A country's name.
country-ph = Ufilipino
# A country's name.
country-us = Marekani

## For grown-ups: the gate

# Heading of the question that keeps young children out of the family pages.
gate-title = Kwa watu wazima
# The question. Variables: $left and $right (two numbers to multiply).
gate-question = Ili kuendelea, andika jibu: { $left } × { $right } ni ngapi?
# Label of the answer field.
gate-answer-label = Jibu
# Button under the answer.
gate-continue = Endelea
# After a wrong answer.
gate-wrong = Hilo si jibu sahihi. Hili hapa swali jipya.
# Heading of the gate's setting.
gate-level = Swali kwa watu wazima
# A gate setting: the usual question.
gate-level-standard = Kawaida
# A gate setting: bigger numbers, for an older child who knows the times tables.
gate-level-harder = Ngumu zaidi

## For grown-ups: the family view

# Title of the family view.
family-title = Familia
# Under the title.
family-intro = Kile ambacho kila mtoto amefanya kwenye kifaa hiki, na mambo ya kuzungumzia baadaye. Unaona mada tu, kamwe si majibu yao, ili watoto waweze kujibu kwa uaminifu.
# When there are no children's profiles.
family-no-children = Bado hakuna wasifu wa mtoto kwenye kifaa hiki.
# A child's progress. Variables: $done, $total, $mastered (numbers of lessons).
family-progress = Masomo yaliyokamilika: { $done } kati ya { $total }. Aliyoyamudu: { $mastered }.
# Heading of the lessons a child has finished.
family-done-title = Yaliyokamilika
# Heading of the topics to talk about.
family-talk-about = Mambo ya kuzungumzia baadaye
# When a child has missed nothing lately.
family-talk-nothing = Hakuna cha kurudia kwa sasa. Muulize ni nini alipenda zaidi.
# Link to the conversation starters.
family-starters-link = Maswali ya kuanzisha mazungumzo kulingana na umri
# Link to managing profiles.
family-manage-link = Simamia wasifu
# Link from Settings and Home to the family view.
family-open = Ukurasa wa familia (kwa watu wazima)

## For grown-ups: managing profiles

# Title of the profile management screen.
manage-title = Simamia wasifu
# Button: reset a child's progress.
manage-reset = Weka upya maendeleo
# Button: delete a profile.
manage-delete = Futa wasifu
# Confirmation before deleting. Variable: $name (the profile's nickname).
manage-confirm-delete = Ungependa kufuta wasifu wa { $name }? Wasifu huu utaondoka kwenye orodha za kifaa hiki. Unaweza kuurejesha, pamoja na maendeleo yake yote, ndani ya siku 30.
# Confirmation before a reset. Variable: $name.
manage-confirm-reset = Ungependa kuweka upya maendeleo ya { $name }? Masomo yataanza upya. Unaweza kutendua hatua hii ndani ya siku 30.
# Button: save a backup file before deleting or resetting.
manage-backup-first = Hifadhi nakala kwanza
# After the backup was saved. Variable: $file (the file's name or place).
manage-backup-saved = Nakala imehifadhiwa: { $file }
# When the backup could not be saved.
manage-backup-failed = Nakala haikuweza kuhifadhiwa. Hakuna kilichofutwa.
# Button that confirms a deletion or a reset.
manage-confirm = Thibitisha
# Button that cancels.
manage-cancel = Ghairi
# Button that undoes the last reset.
manage-undo-reset = Tendua kuweka upya
# Heading of the recently deleted profiles.
manage-deleted-title = Wasifu uliofutwa hivi karibuni
# Button that brings a deleted profile back. Variable: $name.
manage-restore = Rejesha { $name }
# Under a deleted profile. Variable: $date (a date, year-month-day).
manage-restorable-until = Unaweza kuurejesha hadi { $date }.
# When nothing was deleted lately.
manage-none-deleted = Hakuna kilichofutwa katika siku 30 zilizopita.

## For grown-ups: conversation starters

# Title of the conversation starters page.
starters-title = Maswali ya kuanzisha mazungumzo kulingana na umri
# Under the title.
starters-intro = Maswali na shughuli kutoka kwenye masomo, kwa kila mada, ili kuanzisha mazungumzo nyumbani au na kikundi.
# Label of a prompt from a lesson for a young child with a grown-up.
starters-with-child = Na mtoto wa miaka 5–8
# Label of a prompt from a caregivers' lesson.
starters-for-caregivers = Kwa ajili yako na mtoto wako
# Label of a discussion prompt for a group. Variable: $band (who the lesson is for).
starters-with-group = Na kikundi ({ $band })

## Learning together (lessons for ages 5–8)

# Toggle on the first card of a lesson for 5–8-year-olds.
together-toggle = Tunafanya hivi pamoja
# Label of the grown-up's prompt beside each card.
together-label = Kwa mtu mzima
# Heading of the next step at home on the results screen.
together-at-home = Hatua inayofuata nyumbani

## Classroom mode (for trainers with one screen and a whole group)

# Title of the classroom screen.
classroom-title = Darasa
# Under the title.
classroom-intro = Endesha masomo kwa kikundi kizima kutoka kwenye skrini moja, kwa timu. Kila kitu kinafanya kazi bila intaneti.
# Link from Home and Settings to the classroom screen.
classroom-open = Hali ya darasani (kwa walimu na wakufunzi)
# Heading of the ready-made plans.
classroom-ready-made = Mipango iliyo tayari
# Name of a ready-made plan. Variables: $band (who it is for, such as "Ages 9–12"), $part (a number).
classroom-ready-name = { $band }, sehemu ya { $part }
# Length of a plan or a lesson. Variable: $minutes.
classroom-minutes = Dakika { $minutes }
# Button that starts a plan with the group.
classroom-run = Endesha na kikundi
# Link to the printable trainer sheet of a plan.
classroom-print-sheet = Karatasi ya mkufunzi
# Link to the printable one-page handout of a lesson.
classroom-print-handout = Karatasi ya washiriki
# Heading of the trainer's own plans.
classroom-my-plans = Mipango yangu
# When the trainer has no plans yet.
classroom-no-plans = Bado hakuna mipango iliyohifadhiwa.
# Heading of the plan builder.
classroom-new-plan = Tengeneza mpango
# Label of the plan's name field.
classroom-plan-name = Jina la mpango
# The plan's total time. Variable: $minutes.
classroom-plan-total = Jumla: dakika { $minutes }, pamoja na muda wa kuzungumza baada ya kila somo
# Button that saves the plan.
classroom-save-plan = Hifadhi mpango
# Button that deletes a saved plan. Variable: $name.
classroom-delete-plan = Futa { $name }
# When the plan has no name.
classroom-plan-needs-name = Andika jina la mpango.
# When the plan has no lessons.
classroom-plan-needs-lessons = Chagua angalau somo moja.
# Heading of past sessions.
classroom-sessions = Vipindi vilivyofanyika
# When there are none.
classroom-no-sessions = Bado hakuna vipindi.
# A past session. Variables: $date, $plan (its name).
classroom-session = { $date }: { $plan }
# Button that saves a session's results as a CSV file for a report.
classroom-export-csv = Hamisha CSV
# When the CSV file could not be saved.
classroom-export-failed = Faili ya CSV haikuweza kuhifadhiwa.
# Heading of the team set-up.
classroom-teams-title = Timu
# Label of the number of teams.
classroom-team-count = Idadi ya timu
# Label of a team's name field. Variable: $number.
classroom-team-name = Jina la timu { $number }
# A team's name until the trainer changes it. Variable: $number.
classroom-team-default = Timu { $number }
# Button that starts the session.
classroom-start = Anza
# When the team names cannot be used.
classroom-teams-problem = Ipe kila timu jina lake tofauti, lenye herufi 1 hadi 24.

## Presenter (the projected screen)

# How to drive the presenter from the keyboard or a clicker.
presenter-keys = Vitufe: → au kitufe cha nafasi (Space) kwenda mbele, ← kurudi nyuma, R kuonyesha jibu, N kwa maelezo, 1 hadi 6 timu inapopata jibu sahihi.
# Button: next card or question.
presenter-next = Endelea
# Button: back.
presenter-back = Rudi nyuma
# Button: show the answer to the group.
presenter-reveal = Onyesha jibu
# Heading of the answer, once shown.
presenter-answer = Jibu
# Heading of the trainer's notes (feedback and discussion prompt).
presenter-notes = Maelezo ya mkufunzi
# Button that hides or shows the notes while projecting.
presenter-notes-toggle = Maelezo
# Heading of the team buttons under a question.
presenter-who-got-it = Ni timu zipi zimepata jibu sahihi?
# Heading of the scoreboard.
presenter-scoreboard = Alama hadi sasa
# A team's points. Variables: $team (its name), $points (a number).
presenter-points = { $team }: { $points }
# Where the presenter is. Variables: $current and $total (numbers).
presenter-progress = { $current } kati ya { $total }
# Heading of the end screen.
presenter-end = Hongereni nyote!
# Under it: encouraging, never ranking.
presenter-end-body = Kila timu imejifunza kitu leo. Haya hapa mambo ambayo kila timu ilipata sahihi katika kila somo.
# Heading of the group discussion prompt in the notes.
presenter-discussion = Tujadiliane

## Printables

# Button that opens the browser's print dialog.
print-button = Chapisha au hifadhi kama PDF
# Heading of a lesson handout's questions.
print-questions = Maswali ya kufikiria
# Heading of a trainer sheet. Variable: $plan (the plan's name).
print-plan-title = Karatasi ya mkufunzi: { $plan }
# Heading of the answers on a trainer sheet.
print-answers = Majibu

## Settings

# Title of the settings screen.
settings-title = Mipangilio
# Heading of the language choice.
settings-language = Lugha
# Heading of the profile list.
settings-profiles = Wasifu kwenye kifaa hiki
# Button to make another profile.
settings-add-profile = Ongeza wasifu
# Heading of the text size choice.
settings-text-size = Ukubwa wa maandishi
# Text size: the normal size.
settings-text-size-standard = Kawaida
# Text size: one step bigger.
settings-text-size-large = Kubwa
# Text size: two steps bigger.
settings-text-size-larger = Kubwa zaidi
# Text size: the biggest.
settings-text-size-largest = Kubwa kabisa
# Heading of the motion setting.
settings-motion = Mwendo
# Checkbox label: fewer animations.
settings-reduced-motion = Punguza mwendo na michoro inayosonga

## Not found

# Title when a page does not exist.
not-found-title = Hatuwezi kupata ukurasa huo
# Body when a page does not exist.
not-found-body = Huenda kiungo ni cha zamani. Turudi mwanzo.
# Button back to the start.
not-found-home = Nenda mwanzo

# Used in other messages; do not use on its own.
-brand-name = SafeSteps
