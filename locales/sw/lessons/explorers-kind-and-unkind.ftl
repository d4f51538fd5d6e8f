# SafeSteps — MIT OR Apache-2.0

### Lesson: Kind and unkind online (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. Games and chats are fun; kindness makes them better.

# Lesson name on the lesson card.
lesson-title = Maneno mazuri na mabaya
# One line under the lesson name.
lesson-summary = Maneno mazuri yanafanya michezo na chati zifurahishe. Tujifunze la kufanya mtu akiwa mbaya kwako.

# Card 1: kind words in games and chats.
card-kind-words =
    Michezo na chati zinafurahisha zaidi tukiwa wema.
    Maneno mazuri yanawafanya watu wajisikie vizuri.
    "Umecheza vizuri!" ni maneno mazuri.
    "Umejaribu vizuri!" pia ni maneno mazuri.
    .together = Uliza: "Ni maneno gani mazuri unayoweza kusema kwenye mchezo?" Majibu mazuri: "Umecheza vizuri!", "Umejaribu vizuri!", "Hongera!"
# Card 2: unkind words and how others feel.
card-unkind-words =
    Maneno mabaya yanaweza kuumiza.
    Kama kumwita mtu majina mabaya, au "Huwezi kucheza nasi."
    Mtoto halisi anasoma maneno yako kwenye skrini.
    Maneno mabaya yanaweza kumfanya ahisi huzuni.
    .together = Uliza: "Ungejisikiaje kama mtu angekuandikia hivyo?" Sikiliza, na itajeni hisia hiyo pamoja.
# Card 3: what to do if someone is unkind: stop, don't reply, tell; a grown-up helps block and report.
card-if-someone-is-unkind =
    Kuna mtu anayekutendea ubaya?
    Acha. Usimjibu.
    Mwambie mtu mzima unayemwamini.
    Anaweza kukusaidia kumzuia (block) na kumripoti.
    Si kosa lako.
    .together = Uliza: "Unafanya nini mtu akiwa mbaya kwako?" Jibu zuri: acha, usimjibu, mwambie mtu mzima. Kama limewahi kutokea, tulia na umshukuru kwa kukuambia.
# Card 4: being kind to others; someone to talk to.
card-you-can-be-kind =
    Wewe pia unaweza kuwa mwema.
    Fikiria kabla ya kuandika.
    Je, yatamfanya atabasamu, au ahisi huzuni?
    Unahitaji msaada? Zungumza na mtu mzima unayemwamini.
    Au gusa kitufe cha Msaada.
    .together = Uliza: "Ungeandika nini ili kumfanya mtu atabasamu?" Sifu wazo lolote la wema.

# Question: sort words into kind and unkind.
q-kind-or-unkind = Je, maneno haya ni mazuri au mabaya? Weka kila moja kwenye kisanduku sahihi.
    .hint = Ungejisikiaje kama mtu angekuambia hivyo?
    .explanation = Maneno mazuri yanawafanya watu wajisikie vizuri. Maneno mabaya yanaweza kuwafanya watu wahisi huzuni.
# Group name.
q-kind-or-unkind-kind = Mazuri
# Group name.
q-kind-or-unkind-unkind = Mabaya
# Item to sort (kind).
q-kind-or-unkind-good-game = "Umecheza vizuri!"
    .feedback = Mazuri! Yanamfanya rafiki yako ajisikie vizuri, ashinde au ashindwe.
# Item to sort (kind).
q-kind-or-unkind-nice-try = "Umejaribu vizuri!"
    .feedback = Mazuri! Yanamsaidia rafiki yako aendelee kujaribu.
# Item to sort (kind).
q-kind-or-unkind-want-to-play = "Unataka kucheza nasi?"
    .feedback = Mazuri! Yanamfanya mtu ajisikie yumo kwenye furaha.
# Item to sort (unkind).
q-kind-or-unkind-bad-at-this = "Wewe huwezi hili kabisa."
    .feedback = Mabaya. Maneno kama haya yanaweza kumhuzunisha mtu.
# Item to sort (unkind).
q-kind-or-unkind-cannot-play = "Huwezi kucheza nasi."
    .feedback = Mabaya. Yanaweza kumfanya mtu ajisikie ameachwa nje.

# Question: a single choice about being called names.
q-called-names = Mtu kwenye mchezo anakuita majina mabaya. Utafanya nini?
    .hint = Fikiria hatua tatu kwenye kadi.
    .explanation = Acha, usimjibu, na umwambie mtu mzima unayemwamini. Si kosa lako.
# Answer option (right).
q-called-names-stop-and-tell = Acha, usimjibu, na umwambie mtu mzima.
    .feedback = Ndiyo! Mtu mzima unayemwamini anaweza kukusaidia kumzuia na kumripoti.
# Answer option (wrong).
q-called-names-call-names-back = Umwite majina mabaya pia.
    .feedback = Bado kidogo. Ni sawa kukasirika. Lakini kujibu kwa maneno mabaya kunaweza kufanya mambo yawe mabaya zaidi. Acha na umwambie mtu mzima.
# Answer option (wrong).
q-called-names-keep-it-in = Endelea kucheza na ukae nalo moyoni peke yako.
    .feedback = Bado kidogo. Si lazima ushughulikie hili peke yako. Mwambie mtu mzima unayemwamini.

# Question: true or false about saying unkind things back. The right answer is "false".
q-say-it-back = Mtu akiwa mbaya kwako, ni bora umjibu kwa maneno mabaya.
    .hint = Hatua ni zipi mtu akiwa mbaya kwako?
    .explanation = Acha, usimjibu, na umwambie mtu mzima. Kujibu kwa maneno mabaya kunaweza kufanya mambo yawe mabaya zaidi.
# Feedback if the child picks "true" (wrong).
q-say-it-back-true =
    .feedback = Bado kidogo. Ni sawa kukasirika. Lakini ni bora kuacha, kutomjibu, na kumwambia mtu mzima.
# Feedback if the child picks "false" (right).
q-say-it-back-false =
    .feedback = Ndiyo! Acha, usimjibu, na umwambie mtu mzima unayemwamini.

# Question: a single choice about how someone else feels.
q-how-sam-feels = Kwenye mchezo, Achieng anamwandikia Juma, "Wewe huwezi hili kabisa!" Juma anaweza kujisikiaje?
    .hint = Ungejisikiaje kama mtu angekuambia hivyo?
    .explanation = Maneno mabaya yanaweza kuwafanya watu wahisi huzuni. Juma ni mtoto halisi mwenye hisia halisi.
# Answer option (right).
q-how-sam-feels-sad = Mwenye huzuni au ameumia
    .feedback = Ndiyo. Maneno mabaya yanaweza kuumiza. Juma anaweza kuhisi huzuni.
# Answer option (wrong).
q-how-sam-feels-happy = Mwenye furaha
    .feedback = Bado kidogo. Maneno mabaya hayawafurahishi watu. Juma anaweza kuhisi huzuni.
# Answer option (wrong).
q-how-sam-feels-does-not-care = Juma hajali.
    .feedback = Bado kidogo. Maneno kwenye skrini bado yanaweza kuumiza. Juma ni mtoto halisi mwenye hisia halisi.

# Question: a single choice about what to say after a game.
q-after-a-game = Umeshindwa kwenye mchezo. Ni maneno gani mazuri ya kusema?
    .hint = Ni maneno gani yangemfanya mchezaji mwingine atabasamu?
    .explanation = "Umecheza vizuri!" ni maneno mazuri, ushinde au ushindwe.
# Answer option (right).
q-after-a-game-good-game = "Umecheza vizuri!"
    .feedback = Ndiyo! Hayo ni maneno mazuri, ushinde au ushindwe.
# Answer option (wrong).
q-after-a-game-you-are-bad = "Wewe huwezi hili kabisa!"
    .feedback = Bado kidogo. Maneno hayo yanaweza kumhuzunisha mtu. Jaribu "Umecheza vizuri!"
# Answer option (wrong).
q-after-a-game-not-playing-with-you = "Sitacheza nawe."
    .feedback = Bado kidogo. Kushindwa kunaweza kukufanya ujisikie vibaya. Lakini "Umecheza vizuri!" ni maneno mazuri.

# Question: true or false about blame when someone is unkind. The right answer is "true".
q-unkind-to-you = Mtu akiwa mbaya kwako, si kosa lako.
    .hint = Nani alichagua maneno mabaya?
    .explanation = Si kosa lako kamwe mtu anapokuwa mbaya kwako. Mwambie mtu mzima unayemwamini.
# Feedback if the child picks "true" (right).
q-unkind-to-you-true =
    .feedback = Ndiyo! Si kosa lako kamwe. Mtu mzima unayemwamini anaweza kusaidia.
# Feedback if the child picks "false" (wrong).
q-unkind-to-you-false =
    .feedback = Bado kidogo. Si kosa lako kamwe mtu anapokuwa mbaya kwako. Mwambie mtu mzima unayemwamini.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Muulize mtoto wako: "Ni maneno gani mazuri unayoweza kutumia kwenye mchezo?" Kisha muulize angefanya nini kama mtu angekuwa mbaya kwake mtandaoni. Fanyeni mazoezi pamoja: acha, usijibu, mwambie mtu mzima.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Nyumbani, chezeni mchezo pamoja na kwa zamu, kila mmoja amwambie mwenzake jambo moja zuri wakati wa mchezo.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Waombe washiriki wa kikundi waseme maneno mazuri wanayopenda kusikia kwenye mchezo. Maneno mabaya yanawafanya watu wajisikieje? Ni hatua zipi tatu mtu akiwa mbaya kwako?
