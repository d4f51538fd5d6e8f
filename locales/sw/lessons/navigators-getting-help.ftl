# SafeSteps — MIT OR Apache-2.0

### Lesson: Getting help (ages 9–12).
### Readers are children on their own phone or in class. Some may be dealing with something now.
### Make telling feel safe. Telling has no time limit: "You can always tell someone, even later."

# Lesson name on the lesson card.
lesson-title = Kupata msaada
# One line under the lesson name.
lesson-summary = Jua unaweza kumwambia nani, nini hutokea unaposema, na kwa nini si kosa lako kamwe.

# Card 1: who to tell: trusted adults.
card-who-to-tell =
    Kitu mtandaoni kikikusumbua, kikikutia wasiwasi au ukihisi si sawa, mwambie mtu.
    Mtu mzima unayemwamini ni mtu anayesikiliza na kusaidia. Anaweza kuwa mzazi, mlezi, babu au nyanya, mwalimu au kocha.
    Fikiria watu wawili au watatu ambao ungeweza kuwaambia.
    Kama mtu mzima mmoja ni sehemu ya tatizo, mwambie mwingine.
# Card 2: helplines and the Help screen.
card-helplines =
    Unaweza pia kupiga nambari ya msaada kwa watoto.
    Nchini Uingereza (UK), unaweza kupiga Childline bila malipo kwa 0800 1111, mchana au usiku. Unaweza pia kuchati nao mtandaoni.
    Nchi nyingine zina nambari zao za msaada.
    Gusa Msaada katika programu hii upate nambari ya mahali unapoishi.
# Card 3: how to tell.
card-how-to-tell =
    Huna uhakika useme nini? Unaweza kuanza kwa kusema, "Kuna jambo lililotokea mtandaoni na nahitaji msaada."
    Unaweza kuonyesha jumbe au picha za skrini (screenshot).
    Kama ni vigumu kuzungumza, unaweza kuliandika.
    Kama mtu mzima wa kwanza hasaidii, mwambie mwingine. Endelea kusema hadi mtu akusaidie.
# Card 4: what happens after you tell.
card-what-happens-next =
    Unaposema, mtu mzima anapaswa kusikiliza na kutulia.
    Atakusaidia kuamua la kufanya baadaye. Anaweza kukusaidia kuhifadhi ushahidi, kuzuia na kuripoti.
    Wakati mwingine anahitaji kuwaambia watu ambao kazi yao ni kuwalinda watoto.
    Hapaswi kukulaumu. Yupo ili kusaidia.
# Card 5: never the child's fault; you can always tell, even later; Help.
card-never-your-fault =
    Kama kuna jambo lililotokea mtandaoni, si kosa lako.
    Hili ni kweli hata kama ulivunja sheria, ulitunza siri au ulituma kitu.
    Mtu aliyekosea ndiye wa kulaumiwa, si wewe.
    Unaweza kumwambia mtu mzima unayemwamini wakati wowote, hata baadaye.
    Gusa Msaada wakati wowote upate mtu wa kuzungumza naye.

# Question: multiple choice, "choose all that apply".
q-trusted-adults = Ni nani kati ya hawa anaweza kuwa mtu mzima unayemwamini? Chagua kila jibu linalofaa.
    .hint = Mtu mzima unayemwamini ni mtu unayemjua katika maisha halisi anayesikiliza na kusaidia.
    .explanation = Mzazi au mlezi, mwalimu, babu au nyanya, au muuguzi wa shule anaweza kuwa mtu mzima unayemwamini. Mtu anayekuomba utunze siri, au unayemjua mtandaoni tu, hawezi.
# Answer option (could be a trusted adult).
q-trusted-adults-parent-or-carer = Mzazi au mlezi
    .feedback = Ndiyo. Mzazi au mlezi anaweza kuwa mtu mzuri sana wa kumwambia.
# Answer option (could be a trusted adult).
q-trusted-adults-teacher = Mwalimu
    .feedback = Ndiyo. Walimu huwasaidia watoto na matatizo ya mtandaoni pia.
# Answer option (could be a trusted adult).
q-trusted-adults-grandparent = Babu au nyanya
    .feedback = Ndiyo. Babu au nyanya unayemwamini anaweza kusikiliza na kusaidia.
# Answer option (could be a trusted adult).
q-trusted-adults-school-nurse = Muuguzi wa shule
    .feedback = Ndiyo. Muuguzi wa shule yupo ili kuwasaidia watoto wawe salama na wenye afya.
# Answer option (not a trusted adult).
q-trusted-adults-online-player = Mchezaji unayemjua kwenye mchezo tu
    .feedback = Bado kidogo. Huwezi kuwa na uhakika yeye ni nani. Chagua mtu unayemjua katika maisha halisi.
# Answer option (not a trusted adult).
q-trusted-adults-secret-keeper = Mtu mzima anayekuomba uifiche familia yako siri
    .feedback = Bado kidogo. Kuomba siri kama hizo ni ishara ya tahadhari. Mwambie mtu mzima mwingine.

# Question: true or false about giving up if the first adult does not help.
q-first-adult-busy = Kama mtu mzima wa kwanza unayemwambia hasaidii, unapaswa kukata tamaa.
    .hint = Je, kuna zaidi ya mtu mmoja ambaye ungeweza kumwambia?
    .explanation = Endelea kusema hadi mtu akusaidie. Jaribu mtu mzima mwingine, nambari ya msaada, au gusa Msaada.
# Feedback if the child picks "true" (wrong).
q-first-adult-busy-true =
    .feedback = Bado kidogo. Wakati mwingine watu wazima wana shughuli nyingi au hawaelewi mwanzoni. Mwambie mtu mzima mwingine hadi mtu akusaidie.
# Feedback if the child picks "false" (right).
q-first-adult-busy-false =
    .feedback = Ndiyo! Endelea kusema hadi mtu akusaidie. Wewe ni muhimu.

# Question: a scenario. The situation is shown first, then the question.
q-leah-video = Akinyi angefanya nini?
    .situation = Akinyi, miaka 10, aliona video kwenye programu iliyomsumbua. Hawezi kuacha kuifikiria. Ana wasiwasi kwamba baba yake atamnyang'anya tablet yake.
    .hint = Nani angeweza kumsaidia Akinyi ajisikie vizuri zaidi? Je, wasiwasi wake ni sababu ya kunyamaza?
    .explanation = Akinyi anaweza kumwambia mtu mzima anayemwamini, au kutumia skrini ya Msaada. Si kosa lake kwamba aliiona. Kukaa nalo moyoni au kutafuta zaidi kunaweza kumfanya ajisikie vibaya zaidi.
# Action (best).
q-leah-video-tell-trusted-adult = Amwambie baba yake au mtu mzima mwingine anayemwamini jinsi anavyojisikia.
    .feedback = Chaguo bora! Akinyi anaweza kusema pia kwamba ana wasiwasi kuhusu tablet yake. Mtu mzima anaweza kumsaidia ajisikie vizuri zaidi na kuripoti video hiyo.
# Action (also good).
q-leah-video-use-help-screen = Aguse Msaada apate nambari ya msaada ya kupiga.
    .feedback = Chaguo zuri. Watu wa nambari ya msaada wanaweza kumsikiliza na kumsaidia kufikiria amwambie nani baadaye.
# Action (not helpful).
q-leah-video-keep-it-inside = Akae nalo moyoni na ajaribu kulisahau.
    .feedback = Bado kidogo. Inaeleweka kuwa na wasiwasi, lakini kukaa nalo moyoni kunaweza kulifanya lionekane kubwa zaidi. Kusema kunasaidia.
# Action (not helpful).
q-leah-video-look-for-more = Atafute video zaidi ili aelewe aliona nini.
    .feedback = Bado kidogo. Video zaidi zinaweza kumsumbua zaidi. Kuzungumza na mtu mzima anayemwamini ni bora zaidi.

# Question: single choice about what an adult should do.
q-adult-should = Unamwambia mtu mzima kwamba kitu mtandaoni kilikusumbua. Anapaswa kufanya nini?
    .hint = Kumbuka kadi kuhusu kinachotokea baadaye.
    .explanation = Mtu mzima anapaswa kusikiliza, kutulia na kukusaidia na hatua zinazofuata. Hapaswi kukulaumu.
# Answer option (right).
q-adult-should-listen-and-help = Asikilize, atulie na anisaidie kuamua la kufanya.
    .feedback = Ndiyo! Hivyo ndivyo mtu mzima unayemwamini hufanya. Asipofanya hivyo, mwambie mtu mwingine.
# Answer option (wrong).
q-adult-should-blame-you = Anilaumu kwa kilichotokea.
    .feedback = Bado kidogo. Watu wazima hawapaswi kukulaumu. Mmoja akikulaumu, mwambie mtu mzima mwingine unayemwamini.
# Answer option (wrong).
q-adult-should-laugh-it-off = Acheke na aseme si jambo muhimu.
    .feedback = Bado kidogo. Kinachokusumbua ni muhimu. Mtu mzima akicheka tu, mwambie mtu mwingine.

# Question: single choice about a helpline in the UK.
q-uk-helpline = Sam anaishi Uingereza (UK). Sam anataka kuzungumza na mtu asiye wa familia. Nani angeweza kusaidia?
    .hint = Ni ipi iliyo nambari ya msaada ya bure kwa watoto?
    .explanation = Childline ni nambari ya msaada ya bure kwa watoto nchini Uingereza. Nambari ni 0800 1111. Sam anaweza pia kuchati nao mtandaoni.
# Answer option (right).
q-uk-helpline-childline = Childline, kwa 0800 1111
    .feedback = Ndiyo! Childline ni bure, mchana au usiku. Katika nchi nyingine, gusa Msaada upate nambari ya msaada.
# Answer option (wrong).
q-uk-helpline-open-chat-room = Watu kwenye chumba cha chati kilicho wazi kwa wote
    .feedback = Bado kidogo. Huwezi kuwa na uhakika wao ni nani. Nambari ya msaada ina watu waliofunzwa kuwasaidia watoto.
# Answer option (wrong).
q-uk-helpline-game-forum = Chapisho kwenye jukwaa (forum) la mchezo
    .feedback = Bado kidogo. Mtu yeyote anaweza kusoma na kujibu kwenye jukwaa. Nambari ya msaada ni ya faragha na salama.

# Question: sort ways of telling into two groups.
q-ways-to-tell = Weka kila moja kwenye kikundi sahihi.
    .hint = Je, inamfikia mtu anayeweza kukusaidia kweli?
    .explanation = Kuandika barua fupi, kuonyesha picha za skrini, kupiga nambari ya msaada na kugusa Msaada vyote vinakupatia msaada. Kusubiri au kuandika kwenye chati ya umma hakukupatii.
# Group name.
q-ways-to-tell-gets-help = Kunanipatia msaada
# Group name.
q-ways-to-tell-no-help-yet = Bado hakunipatii msaada
# Item to sort (gets help).
q-ways-to-tell-write-a-note = Kumwandikia mtu mzima ninayemwamini barua fupi
    .feedback = Hili linakupatia msaada. Kuandika kunaweza kuwa rahisi kuliko kuzungumza.
# Item to sort (gets help).
q-ways-to-tell-show-screenshots = Kumwonyesha mtu mzima picha za skrini
    .feedback = Hili linakupatia msaada. Picha za skrini zinaonyesha kilichotokea.
# Item to sort (gets help).
q-ways-to-tell-call-a-helpline = Kupiga au kuchati na nambari ya msaada
    .feedback = Hili linakupatia msaada. Watu wa nambari za msaada wapo ili kusikiliza.
# Item to sort (gets help).
q-ways-to-tell-tap-help = Kugusa Msaada katika programu hii
    .feedback = Hili linakupatia msaada. Skrini ya Msaada inaonyesha unaweza kuzungumza na nani.
# Item to sort (does not get help yet).
q-ways-to-tell-wait-and-hope = Kusubiri na kutumaini litaisha lenyewe
    .feedback = Hili bado halikupatii msaada. Kumwambia mtu ni bora zaidi.
# Item to sort (does not get help yet).
q-ways-to-tell-post-in-public-chat = Kuandika kuhusu jambo hilo kwenye chati ya umma
    .feedback = Hili bado halikupatii msaada. Mtu yeyote anaweza kulisoma. Mwambie mtu mzima unayemwamini.

# Question: single choice about telling after breaking a rule.
q-ben-broke-rule = Mwangi alicheza mchezo ambao hakuruhusiwa kucheza. Mtu humo alimsumbua. Je, bado anaweza kumwambia mtu mzima?
    .hint = Nani alikosea: Mwangi, au mtu aliyemsumbua?
    .explanation = Ndiyo. Kuvunja sheria hakufanyi liwe kosa lake. Mtu aliyemsumbua ndiye aliyekosea. Mwangi bado anaweza kusema na kupata msaada.
# Answer option (right).
q-ben-broke-rule-yes-still-tell = Ndiyo. Si kosa lake, na bado anaweza kupata msaada.
    .feedback = Ndiyo! Mwangi anaweza kusema wakati wowote. Mtu mzima anapaswa kumsaidia, si kumlaumu.
# Answer option (wrong).
q-ben-broke-rule-no-he-broke-rule = Hapana, kwa sababu alivunja sheria.
    .feedback = Bado kidogo. Kuvunja sheria hakufanyi liwe kosa lake. Bado anaweza kusema.
# Answer option (wrong).
q-ben-broke-rule-only-if-small = Ikiwa tu tatizo ni dogo sana.
    .feedback = Bado kidogo. Kubwa au dogo, Mwangi anaweza kusema. Watu wazima wanataka kusaidia.

# Question: true or false about telling later. The right answer is "true".
q-weeks-ago = Kama kitu kilikusumbua wiki kadhaa zilizopita, bado unaweza kumwambia mtu sasa.
    .hint = Je, msaada huwa unaisha?
    .explanation = Ndiyo. Unaweza kumwambia mtu wakati wowote, hata baadaye. Mtu mzima unayemwamini, nambari ya msaada au skrini ya Msaada inaweza kusaidia.
# Feedback if the child picks "true" (right).
q-weeks-ago-true =
    .feedback = Ndiyo! Unaweza kumwambia mtu wakati wowote, hata baadaye. Si kosa lako.
# Feedback if the child picks "false" (wrong).
q-weeks-ago-false =
    .feedback = Bado kidogo. Unaweza kumwambia mtu wakati wowote, hata baadaye. Msaada bado upo kwa ajili yako.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Mwombe kila mtu afikirie watu wazima wawili au watatu ambao angeweza kuwaambia. Nini kingefanya kusema kuwe rahisi? Zungumzeni kuhusu kile mtu mzima mzuri hufanya mtoto anapomwambia jambo, na waonyeshe skrini ya Msaada ilipo.
