# SafeSteps — MIT OR Apache-2.0

### Lesson: Ask before sharing pictures (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. Never describe what a picture shows.

# Lesson name on the lesson card.
lesson-title = Uliza kwanza kuhusu picha
# One line under the lesson name.
lesson-summary = Picha zinafurahisha. Tujifunze wakati wa kuuliza kwanza, na wakati wa kumwambia mtu mzima.

# Card 1: ask before taking or sharing a picture of someone.
card-ask-your-friend =
    Kupiga picha kunafurahisha!
    Unataka picha ya rafiki yako?
    Uliza kwanza: "Naweza kukupiga picha?"
    Unataka kuituma kwa wengine? Muulize tena.
    Akisema hapana, hiyo ni sawa.
    .together = Uliza: "Unasema nini kabla ya kumpiga rafiki picha?" Jibu zuri: "Naweza kukupiga picha?" Msifu kwa kuuliza.
# Card 2: ask a grown-up before sending a picture of yourself.
card-pictures-of-you =
    Unataka kutuma picha yako?
    Muulize mtu mzima kwanza.
    Picha inaweza kutumwa tena na tena kwa watu wengi.
    Mtu mzima wako anaweza kukusaidia kuchagua.
    .together = Uliza: "Unamuuliza nani kabla ya kutuma picha yako?" Jibu zuri linakutaja wewe au mtu mzima mwingine anayemwamini.
# Card 3: if someone asks for pictures, you can say no and tell.
card-if-someone-asks =
    Kuna mtu aliyekuomba picha?
    Anaweza kuwa mtu kwenye mchezo.
    Anaweza kuwa mtu unayemjua.
    Unaweza kusema hapana.
    Kisha mwambie mtu mzima unayemwamini.
    .together = Uliza: "Unaweza kufanya nini mtu akikuomba picha?" Jibu zuri: kusema hapana na kumwambia mtu mzima. Mtoto wako akisema jambo hilo limewahi kutokea, tulia, mshukuru na umuulize kilichotokea.
# Card 4: never the child's fault; someone to talk to.
card-not-your-fault =
    Mtu akikuomba picha, si kosa lako.
    Kama ulituma picha, bado si kosa lako.
    Mtu mzima wako hatakukasirikia.
    Mwambie, au gusa kitufe cha Msaada.
    .together = Sema kwa sauti: "Mtu yeyote akikuomba picha, si kosa lako, na sitakukasirikia." Mtoto wako akikuambia jambo, mshukuru kwanza na uulize maswali baadaye.

# Question: a single choice about taking a picture of a friend.
q-friend-picture = Unataka picha ya rafiki yako. Utafanya nini kwanza?
    .hint = Rafiki yako angejisikiaje kama hukumuuliza?
    .explanation = Uliza kwanza kila wakati. Rafiki yako ndiye anayeamua ndiyo au hapana.
# Answer option (right).
q-friend-picture-ask-first = Uliza, "Naweza kukupiga picha?"
    .feedback = Ndiyo! Kuuliza kwanza ni wema. Rafiki yako anapata kuchagua.
# Answer option (wrong).
q-friend-picture-take-it-fast = Piga haraka, ili asione.
    .feedback = Bado kidogo. Huenda rafiki yako hataki picha. Muulize kwanza.
# Answer option (wrong).
q-friend-picture-send-to-class = Piga picha na uitume kwa darasa zima.
    .feedback = Bado kidogo. Muulize rafiki yako kwanza. Kisha muulize tena kabla ya kuituma.

# Question: true or false about a friend who says no. The right answer is "false".
q-friend-says-no = Rafiki yako anasema hapana kwa picha. Unaweza kuipiga, mara hii moja tu.
    .hint = "Hapana" maana yake nini?
    .explanation = Hapana maana yake ni hapana. Rafiki akisema hapana, usipige picha.
# Feedback if the child picks "true" (wrong).
q-friend-says-no-true =
    .feedback = Bado kidogo. Hapana maana yake ni hapana, hata mara moja tu. Rafiki yako ndiye anayechagua.
# Feedback if the child picks "false" (right).
q-friend-says-no-false =
    .feedback = Ndiyo! Hapana maana yake ni hapana. Huo ni wema kwa rafiki yako.

# Question: a single choice about sending a picture of yourself.
q-send-my-picture = Unataka kutuma picha yako kwa mtu kwenye mchezo. Utafanya nini?
    .hint = Nani anaweza kukusaidia kuchagua?
    .explanation = Muulize mtu mzima kabla ya kutuma picha yako. Picha inaweza kutumwa tena na tena kwa watu wengi.
# Answer option (right).
q-send-my-picture-ask-a-grown-up = Muulize mtu mzima kwanza.
    .feedback = Ndiyo! Mtu mzima unayemwamini anaweza kukusaidia kuchagua.
# Answer option (wrong).
q-send-my-picture-send-it-now = Itume sasa hivi.
    .feedback = Bado kidogo. Picha inaweza kutumwa tena na tena kwa watu wengi. Muulize mtu mzima kwanza.
# Answer option (wrong).
q-send-my-picture-send-it-secretly = Itume, na usiwaambie watu wazima wangu.
    .feedback = Bado kidogo. Watu wazima wako wanaweza kukusaidia. Waulize kwanza.

# Question: a single choice about someone asking the child for a picture.
q-someone-asks = Mtu kwenye chati anasema, "Nitumie picha yako." Utafanya nini?
    .hint = Je, lazima useme ndiyo? Nani anaweza kusaidia?
    .explanation = Unaweza kusema hapana. Kisha mwambie mtu mzima unayemwamini. Si kosa lako kwamba alikuomba.
# Answer option (right).
q-someone-asks-say-no-and-tell = Sema hapana, na umwambie mtu mzima.
    .feedback = Ndiyo! Unaweza kusema hapana. Mtu mzima unayemwamini atakusaidia.
# Answer option (wrong).
q-someone-asks-send-to-be-nice = Tuma moja, ili uwe mwema.
    .feedback = Bado kidogo. Unaweza kusema hapana, na bado ukawa mwema. Mwambie mtu mzima unayemwamini.
# Answer option (wrong).
q-someone-asks-send-and-say-nothing = Tuma moja, na uifanye siri.
    .feedback = Bado kidogo. Hii ni siri ya kusema. Sema hapana, na umwambie mtu mzima.

# Question: sort actions into two groups.
q-good-idea-or-not = Weka kila moja kwenye kisanduku sahihi.
    .hint = Je, inauliza kwanza? Je, inapata msaada wa mtu mzima?
    .explanation = Uliza kabla ya kupiga au kutuma picha. Mwambie mtu mzima kama mtu anakuomba picha.
# Group name.
q-good-idea-or-not-good-idea = Wazo zuri
# Group name.
q-good-idea-or-not-stop-and-think = Subiri, fikiria kwanza
# Item to sort (good idea).
q-good-idea-or-not-ask-before-taking = Kumuuliza rafiki kabla ya kumpiga picha
    .feedback = Wazo zuri! Kuuliza kwanza ni wema.
# Item to sort (good idea).
q-good-idea-or-not-ask-grown-up-before-sending = Kumuuliza mtu mzima kabla ya kutuma picha yangu
    .feedback = Wazo zuri! Mtu mzima anaweza kukusaidia kuchagua.
# Item to sort (good idea).
q-good-idea-or-not-tell-about-asking = Kumwambia mtu mzima kama mtu ananiomba picha
    .feedback = Wazo zuri! Mtu mzima unayemwamini atakusaidia.
# Item to sort (stop and think).
q-good-idea-or-not-share-without-asking = Kutuma picha ya rafiki bila kumuuliza
    .feedback = Subiri, fikiria kwanza. Rafiki yako ndiye anayechagua. Uliza kwanza.
# Item to sort (stop and think).
q-good-idea-or-not-send-to-game-friend = Kutuma picha yangu kwa mtu kwenye mchezo
    .feedback = Subiri, fikiria kwanza. Muulize mtu mzima kwanza.

# Question: true or false about telling after a picture was sent. The right answer is "true".
q-already-sent = Ulituma picha, na sasa unajisikia vibaya. Bado unaweza kumwambia mtu mzima.
    .hint = Je, mtu mzima bado anaweza kukusaidia?
    .explanation = Unaweza kusema wakati wowote. Si kosa lako. Mtu mzima unayemwamini atakusaidia.
# Feedback if the child picks "true" (right).
q-already-sent-true =
    .feedback = Ndiyo! Si kosa lako. Mtu mzima wako hatakukasirikia.
# Feedback if the child picks "false" (wrong).
q-already-sent-false =
    .feedback = Bado kidogo. Unaweza kusema wakati wowote. Si kosa lako, na mtu mzima atakusaidia.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Fanyeni mazoezi ya kuuliza pamoja: kwa zamu, semeni "Naweza kukupiga picha?" na mjibu ndiyo au hapana. Mwambie mtoto wako kwamba mtu yeyote akimwomba picha, anaweza kusema hapana na akuambie, na hutamkasirikia.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Nyumbani, kubalianeni sheria moja pamoja: picha za watu zinatumwa tu baada ya kuwauliza, na picha za mtoto wako zinatumwa tu pamoja nawe.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza kikundi: kwa nini tunauliza kabla ya kupiga au kushiriki picha ya rafiki? Unaweza kusema nini mtu akikuomba picha? Unaweza kumwambia nani?
