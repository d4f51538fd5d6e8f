# SafeSteps — MIT OR Apache-2.0

### Lesson: My safety circle (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. A safety circle is the child's team of trusted grown-ups.

# Lesson name on the lesson card.
lesson-title = Mduara wangu wa usalama
# One line under the lesson name.
lesson-summary = Mduara wako wa usalama ni timu yako ya watu wazima wanaokusaidia. Tuutafute wako.

# Card 1: what a safety circle is.
card-what-is-a-circle =
    Mduara wa usalama ni timu yako ya watu wazima.
    Wanakusaidia ukihisi huzuni au hofu.
    Wanakusikiliza.
    Wanakusaidia kuwa salama.
    .together = Uliza: "Nani anakufanya ujisikie salama?" Mtu mzima yeyote ambaye mtoto wako anamwamini ni jibu zuri.
# Card 2: who can be in it (home, school, family friends); more than one.
card-pick-your-team =
    Nani yumo kwenye mduara wako?
    Anaweza kuwa mama, baba au mlezi.
    Anaweza kuwa nyanya au shangazi.
    Anaweza kuwa mwalimu wako, au rafiki wa familia yenu.
    Unaweza kuchagua zaidi ya mmoja!
    .together = Msaidie mtoto wako achague angalau watu wazima wawili, mmoja wa nyumbani na mmoja wa nje ya nyumbani, kama mwalimu.
# Card 3: how to tell a grown-up.
card-how-to-tell =
    Unamwambiaje mtu mzima?
    Nenda kwa mtu mzima wa mduara wako.
    Sema, "Nataka kukuambia jambo."
    Mtu mzima ana shughuli nyingi? Sema tena.
    Au nenda kwa mtu mzima anayefuata.
    .together = Fanyeni mazoezi pamoja: mtoto wako anasema "Nataka kukuambia jambo," na wewe unaacha unachofanya na kumsikiliza.
# Card 4: even people we know can do things that are not okay; tell someone else.
card-not-okay =
    Hata mtu tunayemjua anaweza kufanya mambo yasiyo sawa.
    Hilo si kosa lako.
    Unaweza kumwambia mtu mzima wa mduara wako.
    Endelea kusema hadi upate msaada.
    .together = Sema kwa utulivu: "Hata mtu tunayemjua anaweza kufanya jambo lisilo sawa. Unaweza kuniambia wakati wowote." Mtoto wako akikueleza jambo, mshukuru na utulie.
# Card 5: someone to talk to, and the Help button.
card-help-is-here =
    Mduara wako upo kwa ajili yako.
    Unaweza kuzungumza nao wakati wowote.
    Unaweza pia kugusa kitufe cha Msaada.
    Kinakuonyesha nani anaweza kukusaidia.
    .together = Uliza: "Ungemwendea nani kwanza?" Kisha mwonyeshe mtoto wako kitufe cha Msaada.

# Question: a single choice about who can be in a safety circle.
q-who-can-be-in = Nani anaweza kuwa kwenye mduara wako wa usalama?
    .hint = Fikiria watu wazima unaowajua vizuri ambao wanakusaidia.
    .explanation = Mduara wako ni watu wazima unaowajua vizuri na kuwaamini. Mwalimu anaweza kuwa mmoja wao.
# Answer option (right).
q-who-can-be-in-my-teacher = Mwalimu wangu
    .feedback = Ndiyo! Mwalimu unayemwamini anaweza kuwa kwenye mduara wako.
# Answer option (wrong).
q-who-can-be-in-game-player = Mtu ninayemjua kwenye mchezo tu
    .feedback = Bado kidogo. Marafiki wa mchezoni wanaweza kufurahisha. Lakini mduara wako ni watu wazima unaowajua vizuri.
# Answer option (wrong).
q-who-can-be-in-person-in-a-video = Mtu ninayemwona kwenye video tu
    .feedback = Bado kidogo. Huwajui kwa kweli watu unaowaona kwenye video tu. Mduara wako ni watu wazima unaowajua vizuri.

# Question: true or false about picking more than one grown-up.
q-more-than-one = Unaweza kuwa na zaidi ya mtu mzima mmoja kwenye mduara wako.
    .hint = Je, timu ni mtu mmoja tu?
    .explanation = Ndiyo. Unaweza kuchagua watu wazima wengi. Hivyo kutakuwa na mtu wa kumwambia kila wakati.
# Feedback if the child picks "true" (right).
q-more-than-one-true =
    .feedback = Ndiyo! Watu wazima wengi zaidi ni msaada zaidi kwako.
# Feedback if the child picks "false" (wrong).
q-more-than-one-false =
    .feedback = Bado kidogo. Unaweza kuchagua watu wazima wengi. Hivyo kutakuwa na mtu wa kumwambia kila wakati.

# Question: sort people into two groups.
q-circle-or-not = Weka kila mmoja kwenye kisanduku sahihi.
    .hint = Je, unawajua vizuri? Je, wanakusaidia kuwa salama?
    .explanation = Mduara wako ni watu wazima unaowajua vizuri na kuwaamini. Watu unaowajua kwenye mchezo au video tu hawamo.
# Group name.
q-circle-or-not-in-my-circle = Anaweza kuwa kwenye mduara wangu
# Group name.
q-circle-or-not-not-in-my-circle = Si wa mduara wangu
# Item to sort (can be in my circle).
q-circle-or-not-mum-or-dad = Mama, baba au mlezi wangu
    .feedback = Mtu mzima wa nyumbani anayekuweka salama anaweza kuwa kwenye mduara wako.
# Item to sort (can be in my circle).
q-circle-or-not-teacher = Mwalimu wangu
    .feedback = Mwalimu unayemwamini anaweza kuwa kwenye mduara wako. Anakusaidia shuleni.
# Item to sort (can be in my circle).
q-circle-or-not-grandpa = Babu yangu
    .feedback = Babu unayemwamini anaweza kuwa kwenye mduara wako.
# Item to sort (not for my circle).
q-circle-or-not-met-in-a-game = Mtu ninayemjua kwenye mchezo tu
    .feedback = Humjui vizuri. Mduara wako ni watu wazima unaowajua na kuwaamini.
# Item to sort (not for my circle).
q-circle-or-not-online-video = Mtu ninayemwona kwenye video tu
    .feedback = Unamwona kwenye video tu. Humjui vizuri.

# Question: a single choice about a grown-up who is busy.
q-busy-grown-up = Unajaribu kumwambia baba yako jambo. Ana shughuli nyingi na hasikii. Unaweza kufanya nini?
    .hint = Je, kuna zaidi ya njia moja ya kusikilizwa?
    .explanation = Watu wazima huwa na shughuli nyingi. Sema tena, au nenda kwa mtu mzima anayefuata kwenye mduara wako.
# Answer option (right).
q-busy-grown-up-tell-again = Mwambie tena, au mwambie mtu mzima anayefuata.
    .feedback = Ndiyo! Endelea kusema hadi mtu mzima akusikie.
# Answer option (wrong).
q-busy-grown-up-give-up = Kata tamaa na uache kujaribu.
    .feedback = Bado kidogo. Unachotaka kusema ni muhimu. Jaribu tena, au nenda kwa mtu mzima anayefuata.
# Answer option (wrong).
q-busy-grown-up-tell-no-one = Kaa nalo moyoni peke yako.
    .feedback = Bado kidogo. Si lazima ukae nalo moyoni. Mtu mzima wa mduara wako anataka kukusaidia.

# Question: true or false about telling when someone we know does something not okay.
q-someone-we-know = Mtu unayemjua akifanya jambo lisilo sawa, unaweza kumwambia mtu mzima.
    .hint = Je, bado unaweza kusema, hata kama unamjua?
    .explanation = Ndiyo. Hata watu tunaowajua wanaweza kufanya mambo yasiyo sawa. Si kosa lako. Mwambie mtu mzima wa mduara wako.
# Feedback if the child picks "true" (right).
q-someone-we-know-true =
    .feedback = Ndiyo! Unaweza kusema wakati wowote. Si kosa lako.
# Feedback if the child picks "false" (wrong).
q-someone-we-know-false =
    .feedback = Bado kidogo. Unaweza kusema, hata kama unamjua. Mtu mzima wa mduara wako atakusaidia.

# Question: a single choice about how to start telling.
q-how-to-start = Unaweza kumwambia nini mtu mzima wa mduara wako?
    .hint = Ni lipi linalomjulisha mtu mzima kwamba unamhitaji?
    .explanation = Ukisema "Nataka kukuambia jambo," unamsaidia mtu mzima asimame na kusikiliza.
# Answer option (right).
q-how-to-start-i-need-to-tell = "Nataka kukuambia jambo."
    .feedback = Ndiyo! Maneno hayo yanamsaidia mtu mzima asimame na akusikilize.
# Answer option (wrong).
q-how-to-start-say-nothing = Usiseme chochote.
    .feedback = Bado kidogo. Watu wazima hawawezi kubahatisha. Tumia maneno yako. Wanataka kukusaidia.
# Answer option (wrong).
q-how-to-start-wait-and-hope = Subiri na utumaini litaisha lenyewe.
    .feedback = Bado kidogo. Si lazima usubiri. Mwambie mtu mzima sasa. Wanataka kukusaidia.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Choreni mduara pamoja. Muulize mtoto wako: "Nani anakufanya ujisikie salama?" Choreni au andikeni watu wazima hao ndani ya mduara: wa nyumbani, wa shuleni na wa familia. Chagueni angalau wawili, na mfanye mazoezi ya kusema "Nataka kukuambia jambo."
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Nyumbani, ongeza majina ambayo mtoto wako alichagua kwenye mduara wake wa usalama katika skrini ya Msaada, na uwaambie watu wazima hao kwamba walichaguliwa.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza kikundi: nani anaweza kuwa kwenye mduara wa usalama nyumbani, shuleni na katika familia? Kwa nini ni vizuri kuwa na zaidi ya mmoja? Unaweza kufanya nini kama mtu mzima wa kwanza hasikilizi?
