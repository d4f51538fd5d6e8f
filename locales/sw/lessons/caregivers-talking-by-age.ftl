# SafeSteps — MIT OR Apache-2.0

### Lesson: Talking with your child, by age (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Give words a caregiver can use. Never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Kuzungumza na mtoto wako, kulingana na umri
# One line under the lesson name.
lesson-summary = Nini cha kuzungumzia katika kila umri, jinsi ya kuanza, na jinsi ya kuitikia mtoto wako anapokuambia jambo.

# Card 1: start early, keep it small and regular.
card-start-small =
    Huhitaji mazungumzo makubwa moja ya kutisha. Mazungumzo mengi madogo yanafaa zaidi, kuanzia akiwa mdogo na kuendelea anapokua.
    Onyesha hamu kwa kile anachofurahia mtandaoni. Mwombe akuonyeshe mchezo au programu anayoipenda zaidi.
    Nyakati nzuri ni mkiwa kando kwa kando: garini, mkipika, au mkitembea.
    Zungumza kwa sauti tulivu na ya udadisi. Ukiitikia kwa hofu au hasira, watoto hujifunza kuacha kusema.
    Ni sawa kusema, "Sijui mengi kuhusu programu hii. Unaweza kunifundisha?"
# Card 2: ages 5 to 8.
card-ages-5-to-8 =
    Miaka 5 hadi 8: weka sheria rahisi. "Niulize kabla ya kupakua, kuchati au kushiriki picha." "Ukihisi kitu si sawa, acha na uniambie."
    Tengenezeni mduara wa usalama pamoja: orodha fupi ya watu wazima anaoweza kuwaambia.
    Eleza tofauti kati ya siri na mshangao. Mshangao ni wa furaha, na kila mtu anajua hivi karibuni, kama zawadi. Siri inayokufanya uwe na wasiwasi au huzuni ni ya kusema.
    Kanuni ya PANTS ya NSPCC inasaidia (kwa Kiingereza, kila herufi ni ujumbe mmoja): Sehemu za siri ni za faragha. Kumbuka kila wakati kwamba mwili wako ni wako. Hapana maana yake ni hapana. Zungumza kuhusu siri zinazokusumbua. Sema, kuna mtu anayeweza kukusaidia.
# Card 3: ages 9 to 12.
card-ages-9-to-12 =
    Miaka 9 hadi 12: watoto wanaanza kuchati, kucheza michezo na kupata marafiki mtandaoni wenyewe.
    Zungumzeni kuhusu ishara za tahadhari. Hizi ni pamoja na zawadi au sarafu za mchezo, maombi ya kufanya chati kuwa siri, kuhamia programu ya faragha, na shinikizo la kutuma picha.
    Eleza kwamba anaweza kuwa mgeni, rafiki wa mtandaoni, au mtu wanayemjua.
    Fanyeni mazoezi ya ujuzi huu pamoja. Mwonyeshe jinsi ya kuzuia na kuripoti kwenye programu zake, na jinsi ya kuhifadhi picha za skrini (screenshot).
    Kubalianeni kwamba anaweza kukujia wakati wowote, hata kama alivunja sheria.
# Card 4: teens: respect, consent, sextortion, no blame.
card-teens =
    Vijana: zungumzeni kuhusu heshima na ridhaa katika urafiki na mahusiano, mtandaoni na nje ya mtandao. Hakuna mtu anayepaswa kuwashinikiza watume picha, nao hawapaswi kamwe kuwashinikiza wengine.
    Zungumzeni kuhusu sextortion kabla haijatokea. Mtu anaweza kutishia kushiriki picha asipolipwa au asipotumiwa zaidi. Eleza kwamba ni uhalifu na si kosa lake. Asilipe wala asitume zaidi, kwa kuwa kulipa mara chache sana hukomesha jambo hilo. Anaweza kuacha kujibu, kuhifadhi jumbe na kukujia. Ahidi kwamba utasaidia bila lawama.
    Epuka mahubiri. Uliza anachofikiri, na usikilize maoni yake.
    Toa ahadi iliyo wazi: "Hutapoteza msaada wangu kamwe kwa kuniambia."
# Card 5: how to respond when they tell you; someone to talk to.
card-when-they-tell-you =
    Mtoto wako akikuambia jambo, tulia, hata kama umeshtuka moyoni. Sikiliza bila kumkatiza.
    Mshukuru kwa kukuambia. Mwambie si kosa lake.
    Usikimbilie kumwadhibu au kumnyang'anya vifaa. Amueni hatua zinazofuata pamoja pale inapowezekana.
    Jinsi unavyoitikia inaamua kama atakuambia wakati ujao.
    Ukihitaji ushauri, zungumza na mtu unayemwamini, au gusa Msaada upate huduma za msaada katika nchi yako.

# Question: single choice about explaining secrets and surprises to a young child.
q-secrets-surprises = Ni njia ipi nzuri ya kumweleza mtoto wa miaka 6 kuhusu siri na mshangao?
    .hint = Watoto wadogo wanahitaji kanuni rahisi inayowaacha bado wafurahie sherehe za kuzaliwa.
    .explanation = Mshangao ni wa furaha na unaisha haraka. Siri inayokufanya uwe na wasiwasi au huzuni ni ya kusema. Hili linawasaidia watoto kutambua mtu anapowaomba wafiche kitu.
# Answer option (right).
q-secrets-surprises-surprise-ends-happy = "Mshangao ni wa furaha na kila mtu anajua hivi karibuni. Siri inayokufanya ujisikie vibaya ni ya kusema."
    .feedback = Ndiyo. Ni rahisi, inatunza furaha ya mshangao, na inamwambia la kufanya.
# Answer option (wrong).
q-secrets-surprises-never-keep-anything = "Usinifiche chochote, kamwe."
    .feedback = Sivyo hasa. Hili ni gumu kwa mtoto mdogo kulifuata, na linaharibu mishangao ya furaha. Tofauti iliyo wazi inafaa zaidi.
# Answer option (wrong).
q-secrets-surprises-all-secrets-fine = "Siri ni sawa kama mtu mzima anakuomba uzitunze."
    .feedback = Sivyo hasa. Watu wanaotaka kuwadhuru watoto mara nyingi huomba siri. Siri inayokufanya ujisikie vibaya ni ya kusema.

# Question: sort topics into age groups.
q-topic-by-age = Panga kila mada katika kundi la umri ambapo kwa kawaida inafaa zaidi.
    .hint = Fikiria kile ambacho mtoto anaweza kufanya peke yake katika kila umri.
    .explanation = Watoto wadogo wanahitaji sheria rahisi, mduara wa usalama na PANTS. Watoto wa miaka 9 hadi 12 wanahitaji ishara za tahadhari na ujuzi wa kuzuia na kuripoti. Vijana wanahitaji mazungumzo kuhusu ridhaa, heshima na sextortion. Mada zinaweza kuendelea katika umri tofauti.
# Group name.
q-topic-by-age-ages-5-to-8 = Miaka 5 hadi 8
# Group name.
q-topic-by-age-ages-9-to-12 = Miaka 9 hadi 12
# Group name.
q-topic-by-age-teens = Vijana
# Item to sort (ages 5 to 8).
q-topic-by-age-safety-circle = Kutengeneza orodha ya watu wazima anaoweza kuwaambia
    .feedback = Mduara wa usalama unawapa watoto wadogo watu mahususi wa kuwaendea.
# Item to sort (ages 5 to 8).
q-topic-by-age-pants-rule = Kanuni ya PANTS kuhusu mwili wake
    .feedback = PANTS imeundwa kwa ajili ya watoto wadogo. Inafundisha kwamba mwili wao ni wao.
# Item to sort (ages 9 to 12).
q-topic-by-age-spot-gifts-and-secrets = Kutambua zawadi, siri na kuhamia chati ya faragha
    .feedback = Watoto wa miaka 9 hadi 12 wanaanza kuchati wenyewe, kwa hivyo ishara za tahadhari zinafaa hapa.
# Item to sort (ages 9 to 12).
q-topic-by-age-practise-block-report = Kufanya mazoezi ya kuzuia na kuripoti kwenye programu zao
    .feedback = Kufanya mazoezi ya ujuzi huu kunawasaidia watoto wa miaka 9 hadi 12 kuchukua hatua haraka wanapohitaji.
# Item to sort (teens).
q-topic-by-age-consent-and-respect = Ridhaa na heshima katika mahusiano
    .feedback = Vijana wanaanza mahusiano, kwa hivyo ridhaa na heshima ni muhimu sana sasa.
# Item to sort (teens).
q-topic-by-age-sextortion-dont-pay = Sextortion: usilipe, na unijie
    .feedback = Vijana ndio wanaolengwa zaidi, kwa hivyo zungumzeni kuhusu jambo hili kabla halijatokea.

# Question: a scenario. The situation is shown first, then the question.
q-teen-mentions-threat = Ungefanya nini?
    .situation = Kijana wako wa miaka 15 anataja kwamba mtu fulani shuleni anatishiwa kwa picha ya faragha. Anaangalia uso wako anapokuambia.
    .hint = Huenda kijana wako anapima jinsi utakavyoitikia. Nini kingemfanya ajisikie salama kukujia?
    .explanation = Sikiliza kwa utulivu na uweke wazi kwamba ungesaidia bila lawama. Kueleza kinachosaidia pia ni vizuri. Kumlaumu aliye kwenye picha, au kupiga marufuku programu, kunamfundisha kijana wako kunyamaza. Unaweza pia kuuliza kama mwanafunzi huyo ana mtu mzima anayemsaidia.
# Action (best).
q-teen-mentions-threat-listen-and-open-door = Kusikiliza kwa utulivu, kuuliza anajisikiaje, na kusema ungemsaidia mtu yeyote katika hali hiyo bila lawama.
    .feedback = Chaguo bora. Kijana wako anajifunza kwamba ni salama kukujia, lolote litakalotokea.
# Action (also good).
q-teen-mentions-threat-explain-what-helps = Kueleza kwamba ni uhalifu na si kosa la mwathiriwa, na kwamba kulipa mara chache sana husaidia.
    .feedback = Chaguo zuri. Ukweli ulio wazi unasaidia. Usirefushe maelezo, na uulize pia anachofikiri.
# Action (not helpful).
q-teen-mentions-threat-blame-the-classmate = Kusema mwanafunzi huyo hakupaswa kutuma picha.
    .feedback = Hili linamlaumu mwathiriwa. Kijana wako anaweza kuamua kutokuambia kamwe likimtokea yeye.
# Action (not helpful).
q-teen-mentions-threat-ban-chat-apps = Kupiga marufuku programu zote za chati ili lisimtokee kijana wako.
    .feedback = Marufuku yanaweza kuwafanya vijana wafiche matumizi yao. Pia yanawafundisha kwamba kukuambia kunasababisha kupoteza vitu.

# Question: true or false about one big talk. The right answer is "false".
q-one-big-talk = Mazungumzo makubwa moja kuhusu usalama mtandaoni kwa kawaida yanatosha.
    .hint = Fikiria jinsi programu na mtoto wako wanavyobadilika kadiri muda unavyopita.
    .explanation = Mazungumzo mengi madogo yanafaa zaidi. Programu hubadilika, mtoto wako anakua, na kila mazungumzo yanarahisisha yanayofuata.
# Feedback if the caregiver picks "true" (wrong).
q-one-big-talk-true =
    .feedback = Sivyo hasa. Mazungumzo moja ni rahisi kusahaulika. Mazungumzo madogo ya mara kwa mara yanaacha mlango wazi.
# Feedback if the caregiver picks "false" (right).
q-one-big-talk-false =
    .feedback = Sawa kabisa. Mazungumzo mafupi, mara kwa mara, yanafaa zaidi kuliko mazungumzo makubwa moja.

# Question: multiple choice, "choose all that apply".
q-good-starters = Ni zipi kati ya hizi zilizo njia nzuri za kuanzisha mazungumzo? Chagua kila jibu linalofaa.
    .hint = Njia nzuri za kuanza ni za udadisi na utulivu, si za kushuku.
    .explanation = Kuomba kuona mchezo wake, kuuliza kama kuna kitu kilichomfanya ajisikie ajabu, na kuuliza angemwambia nani ni njia tulivu na wazi. Maswali ya kushuku na amri zinaweza kumnyamazisha mtoto.
# Answer option (good starter).
q-good-starters-show-me-your-game = "Mchezo gani unaoupenda zaidi sasa hivi? Unaweza kunionyesha?"
    .feedback = Ndiyo. Kuonyesha hamu kunajenga imani na kukufundisha kuhusu ulimwengu wake.
# Answer option (good starter).
q-good-starters-ever-felt-weird = "Kuna kitu chochote mtandaoni kilichowahi kukufanya ujisikie ajabu au bila amani?"
    .feedback = Ndiyo. Ni swali wazi na tulivu, na linampa maneno ya kutumia.
# Answer option (good starter).
q-good-starters-who-would-you-tell = "Kama kuna kitu kingeenda vibaya mtandaoni, ungemwambia nani?"
    .feedback = Ndiyo. Linamsaidia kupanga, na linamkumbusha kwamba anaweza kukujia.
# Answer option (not a good starter).
q-good-starters-doing-anything-bad = "Unafanya jambo lolote baya mtandaoni?"
    .feedback = Sivyo hasa. Hili linasikika kama shtaka. Watoto wengi watasema tu hapana.
# Answer option (not a good starter).
q-good-starters-hand-over-phone = "Nipe simu yako. Naiangalia."
    .feedback = Sivyo hasa. Amri bila mazungumzo inaweza kuhisi kama adhabu na kuvunja imani.

# Question: single choice about the PANTS rule.
q-pants-p = Katika kanuni ya PANTS ya NSPCC kwa watoto wadogo, herufi "P" inasimamia nini?
    .hint = Fikiria kwa nini kanuni hii imepewa jina la nguo ya ndani ("pants" kwa Kiingereza).
    .explanation = P ni "Privates are private": sehemu za siri ni za faragha. Kanuni hii inawafundisha watoto wadogo kwamba mwili wao ni wao, bila maneno ya kutisha.
# Answer option (right).
q-pants-p-privates-are-private = "Privates are private": sehemu za siri ni za faragha
    .feedback = Ndiyo. Inafundisha kwamba sehemu zinazofunikwa na nguo ya ndani ni za faragha.
# Answer option (wrong).
q-pants-p-passwords-protected = "Passwords are protected": nenosiri zinalindwa
    .feedback = Sivyo hasa. Nenosiri ni muhimu, lakini PANTS inahusu mwili wa mtoto. P ni "Privates are private": sehemu za siri ni za faragha.
# Answer option (wrong).
q-pants-p-parents-permission = "Parents' permission first": ruhusa ya wazazi kwanza
    .feedback = Sivyo hasa. P ni "Privates are private": sehemu za siri ni za faragha. Inawasaidia watoto kujua kwamba mwili wao ni wao.

# Question: put the steps in order.
q-respond-steps = Mtoto wako anakuambia kwamba jambo linalotia wasiwasi limetokea mtandaoni. Panga hatua hizi kwa mpangilio.
    .hint = Jinsi unavyojisikia katika dakika ya kwanza inatangulia chochote unachofanya.
    .explanation = Tulia, sikiliza, mshukuru, mwambie si kosa lake, kisha pangeni pamoja. Mpangilio huu unamsaidia mtoto wako ajisikie salama na unamfanya aendelee kuzungumza.
# Step 1.
q-respond-steps-stay-calm = Vuta pumzi na utulie
    .feedback = Uso mtulivu kwanza unamwambia mtoto wako kwamba yuko salama kwako.
# Step 2.
q-respond-steps-listen = Sikiliza bila kumkatiza
    .feedback = Mwache aeleze kwa njia yake. Maswali yanaweza kuja baadaye.
# Step 3.
q-respond-steps-thank-them = Mshukuru kwa kukuambia
    .feedback = Shukrani zinamwonyesha kwamba kusema kulikuwa uamuzi sahihi.
# Step 4.
q-respond-steps-not-their-fault = Mwambie si kosa lake
    .feedback = Mara nyingi watoto huona aibu. Kusikia hili kutoka kwako kunasaidia sana.
# Step 5.
q-respond-steps-plan-together = Pangeni hatua zinazofuata pamoja
    .feedback = Kupanga pamoja kunamrudishia mtoto wako udhibiti kiasi.

# Question: true or false about promising not to take the phone away. The right answer is "true".
q-no-phone-promise = Kuahidi kwamba kukuambia hakutamfanya apoteze simu yake kunaweza kumfanya mtoto aelekee zaidi kukuambia.
    .hint = Ni wasiwasi gani unaoweza kumzuia mtoto kumwambia mtu mzima?
    .explanation = Ndiyo. Watoto wengi hunyamaza kwa sababu wanaogopa kupoteza simu au michezo yao. Kuondoa hofu hiyo kunarahisisha kusema.
# Feedback if the caregiver picks "true" (right).
q-no-phone-promise-true =
    .feedback = Sawa kabisa. Kuondoa hofu ya kupoteza simu kunafanya kukuambia kuhisi salama zaidi.
# Feedback if the caregiver picks "false" (wrong).
q-no-phone-promise-false =
    .feedback = Sivyo hasa. Hofu ya kupoteza vifaa ni sababu ya kawaida ya watoto kunyamaza. Ahadi iliyo wazi inasaidia.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Jaribu kuuliza: "Kama kitu mtandaoni kingewahi kukutia wasiwasi, ungetaka nikuitikie vipi?" Sikiliza jibu lake. Kisha ahidi: "Nitatulia, nitakushukuru, na tutalitatua pamoja."
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Waombe washiriki wa kikundi wataje sentensi moja ambayo wangeweza kutumia na mtoto mdogo, mtoto wa miaka 10 na kijana. Nini kinamfanya mtoto ajisikie salama kusema, na nini kinamfanya aache?
