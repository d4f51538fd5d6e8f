# SafeSteps — MIT OR Apache-2.0

### Lesson: Warning signs (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Name actions and feelings; never describe abuse.

# Lesson name on the lesson card.
lesson-title = Tambua ishara za tahadhari
# One line under the lesson name.
lesson-summary = Jifunze kutambua wakati mtu mtandaoni si rafiki wa kweli. Kisha jifunze la kufanya.

# Card 1: technology is positive; risks can come from people you know too.
card-fun-and-friends =
    Michezo, chati na programu za video ni njia nzuri ya kujifurahisha na kuwa karibu na marafiki.
    Watu wengi mtandaoni ni wema. Lakini watu wengine hujifanya wa urafiki kupita kiasi ili kumdanganya mtoto.
    Anaweza kuwa mgeni, rafiki wa mtandaoni, au hata mtu unayemjua.
    Kujua ishara za tahadhari kunakusaidia kutambua hili mapema.
# Card 2: the main warning signs of grooming.
card-warning-signs =
    Hizi ni baadhi ya ishara za tahadhari.
    Mtu anakupa zawadi, sarafu za mchezo au skins bila sababu.
    Anakuomba ufanye chati zenu kuwa siri.
    Anataka mhamie chati ya faragha au programu nyingine.
    Anasema maneno kama "Umekomaa sana" au "Ni mimi tu ninayekuelewa."
    Anaomba picha, au anauliza unavyoonekana.
# Card 3: pressure and saying no.
card-pressure =
    Rafiki wa kweli anakubali jibu la "hapana."
    Mtu akikufanya uhisi unashinikizwa, una hatia au una hofu, kuna jambo si sawa.
    Unaweza kuacha kumjibu, kumripoti na kumzuia (block). Unaweza kufanya hivi hata kama ulimpenda awali.
# Card 4: it is never the child's fault.
card-not-your-fault =
    Kama mtu mtandaoni amekudanganya au amekushinikiza, si kosa lako.
    Mtu anayemdanganya mtoto ndiye anayekosea.
    Bado unaweza kupata msaada wakati wowote, hata kama ulitunza siri au ulituma kitu.
# Card 5: who to tell and where to find help.
card-tell-someone =
    Mwambie mtu mzima unayemwamini, kama mzazi, mlezi au mwalimu.
    Hapaswi kukulaumu. Kazi yake ni kukusaidia kuripoti, kumzuia mtu huyo na kujisikia salama.
    Hifadhi jumbe. Usizifute; zinasaidia unaporipoti.
    Unaweza pia kugusa kitufe cha Msaada upate mtu wa kuzungumza naye.

# Question: single choice about a gift offered in a game.
q-free-coins = Mtu kwenye mchezo anasema, "Nitakupa sarafu za bure ukiniongeza kwenye programu nyingine." Hii ni nini?
    .hint = Angalia tena ishara za tahadhari. Je, kuna kitu kwenye orodha hiyo kinachotokea hapa?
    .explanation = Zawadi yenye masharti na kuhamia programu nyingine zote ni ishara za tahadhari. Kataa na umwambie mtu mzima unayemwamini.
# Answer option (right).
q-free-coins-warning-sign = Ishara ya tahadhari
    .feedback = Ndiyo! Zawadi za bure na kuhamia programu nyingine ni ishara mbili za tahadhari. Kumwambia mtu mzima unayemwamini ni hatua ya busara.
# Answer option (wrong).
q-free-coins-just-kind = Ni wema tu
    .feedback = Bado kidogo. Watu wema hawahitaji uhamie programu nyingine ili upate zawadi. Zawadi yenye masharti ni ishara ya tahadhari.
# Answer option (wrong).
q-free-coins-fair-trade = Ni biashara ya haki
    .feedback = Bado kidogo. Hii si biashara. Zawadi inayokuja na "hamia programu nyingine" ni ishara ya tahadhari.

# Question: multiple choice, "choose all that apply".
q-which-signs = Mtu uliyekutana naye kwenye mchezo anafanya mambo haya. Ni yapi yaliyo ishara za tahadhari? Chagua kila jibu linalofaa.
    .hint = Kwa kila moja, jiulize: je, ingekuwa sawa kama mtu mzima ninayemwamini angeliona?
    .explanation = Siri, zawadi za bure, kuhamia programu ya faragha na kuomba picha ni ishara za tahadhari. "Umecheza vizuri" ni kawaida. Vivyo hivyo kucheza mchezo uleule.
# Answer option (a warning sign).
q-which-signs-keep-it-secret = Anakuomba ufanye chati zenu kuwa siri.
    .feedback = Kukuomba uwafiche watu wazima wako chati zenu ni ishara ya tahadhari.
# Answer option (a warning sign).
q-which-signs-gifts-for-nothing = Anakupa zawadi bila sababu.
    .feedback = Zawadi bila sababu zinaweza kuwa njia ya kukufanya uhisi una deni kwake. Hiyo ni ishara ya tahadhari.
# Answer option (a warning sign).
q-which-signs-move-to-private-app = Anataka mhamie programu ya faragha.
    .feedback = Kuhamia chati ya faragha kunamaanisha hakuna mtu mwingine anayeweza kuona anachosema. Hiyo ni ishara ya tahadhari.
# Answer option (a warning sign).
q-which-signs-asks-for-photos = Anakuomba picha zako.
    .feedback = Kuomba picha ni ishara ya tahadhari. Unaweza kukataa na kumwambia mtu mzima.
# Answer option (not a warning sign).
q-which-signs-says-good-game = Anasema "umecheza vizuri" baada ya mechi.
    .feedback = Bado kidogo. Kusema "umecheza vizuri" ni kawaida na ni wema.
# Answer option (not a warning sign).
q-which-signs-plays-same-game = Anacheza mchezo uleule unaocheza.
    .feedback = Bado kidogo. Hili ni la kawaida. Watu wengi hucheza michezo ileile.

# Question: true or false about strangers.
q-only-strangers = Ni wageni tu wanaoweza kujaribu kuwadanganya watoto mtandaoni.
    .hint = Je, mtu unayemjua tayari anaweza kufanya mambo yanayokufanya uhisi si sawa?
    .explanation = Anaweza kuwa mtu yeyote: mgeni, rafiki wa mtandaoni, au mtu unayemjua. Angalia watu wanachofanya, si tu wao ni nani.
# Feedback if the child picks "true" (wrong).
q-only-strangers-true =
    .feedback = Bado kidogo. Anaweza pia kuwa rafiki wa mtandaoni au mtu unayemjua. Angalia ishara za tahadhari kwa mtu yeyote.
# Feedback if the child picks "false" (right).
q-only-strangers-false =
    .feedback = Ndiyo! Anaweza kuwa mtu yeyote, hata mtu unayemjua. Kutambua ishara kunakusaidia kupata msaada mapema.

# Question: a scenario. The situation is shown first, then the question.
q-alex-private-app = Sam angefanya nini?
    .situation = Sam, miaka 11, amechati na Alex kwenye mchezo kwa wiki kadhaa. Alex ni mchangamfu. Leo Alex anasema, "Tuzungumze kwenye programu ya faragha. Usiwaambie wazazi wako. Hawataelewa."
    .hint = Kuna ishara mbili za tahadhari hapa. Nani angeweza kumsaidia Sam?
    .explanation = Programu ya faragha na siri kutoka kwa wazazi ni ishara mbili za tahadhari. Kumwambia mtu mzima unayemwamini ndilo bora. Kumzuia na kumripoti pia kunasaidia.
# Action (best).
q-alex-private-app-tell-trusted-adult = Amwambie mzazi au mtu mzima mwingine anayemwamini.
    .feedback = Chaguo bora! Mtu mzima ambaye Sam anamwamini anaweza kumsaidia Sam kuripoti, kumzuia Alex na kubaki salama. Hakuna anayepaswa kumlaumu Sam kwa kusema.
# Action (also good).
q-alex-private-app-stop-block-report = Aache kumjibu, kisha amripoti na amzuie Alex.
    .feedback = Chaguo zuri. Kwanza hifadhi jumbe, kisha ripoti na uzuie. Kumwambia mtu mzima pia ni bora zaidi.
# Action (not helpful).
q-alex-private-app-say-no-keep-chatting = Akatae, lakini aendelee kuchati kwenye mchezo.
    .feedback = Bado kidogo. Kukataa ni vizuri, lakini Alex aliomba siri. Hiyo ni ishara ya tahadhari. Mwambie mtu mzima unayemwamini.
# Action (not helpful).
q-alex-private-app-go-to-private-app = Aende kwenye programu ya faragha, lakini awe mwangalifu.
    .feedback = Bado kidogo. Kwenye programu ya faragha, hakuna mtu mwingine anayeweza kuona Alex anachosema. Kumwambia mtu mzima ni salama zaidi.

# Question: single choice about pressure.
q-real-friend = Mtu anasema, "Kama kweli ungekuwa rafiki yangu, ungenitumia picha." Kuna nini hapa?
    .hint = Ujumbe huu ungekufanya ujisikieje?
    .explanation = Huu ni ushinikizaji. Rafiki wa kweli anakubali jibu la hapana. Unaweza kukataa, kuacha kumjibu na kumwambia mtu mzima.
# Answer option (right).
q-real-friend-pressure = Ananishinikiza. Rafiki wa kweli angekubali jibu la hapana.
    .feedback = Ndiyo! Huo ni ushinikizaji. Unaweza kukataa, kumzuia, na kumwambia mtu mzima unayemwamini.
# Answer option (wrong).
q-real-friend-friendship-test = Ni mtihani wa haki wa urafiki wetu.
    .feedback = Bado kidogo. Urafiki si mtihani unaoupita kwa kutuma picha. Huu ni ushinikizaji.
# Answer option (wrong).
q-real-friend-fair-ask = Ni sawa, kwa sababu aliomba kwa upole.
    .feedback = Bado kidogo. Kuomba kwa upole bado kunaweza kuwa ushinikizaji. Unaweza kukataa kila wakati.

# Question: true or false about who is to blame. The right answer is "true".
q-who-is-to-blame = Mtu mtandaoni akimdanganya mtoto, si kosa la mtoto.
    .hint = Nani ndiye anayekosea?
    .explanation = Mtu anayemdanganya au kumshinikiza mtoto ndiye anayekosea. Si kosa la mtoto kamwe.
# Feedback if the child picks "true" (right).
q-who-is-to-blame-true =
    .feedback = Ndiyo. Si kosa la mtoto kamwe. Unaweza kumwambia mtu mzima na kupata msaada wakati wowote.
# Feedback if the child picks "false" (wrong).
q-who-is-to-blame-false =
    .feedback = Bado kidogo. Mtoto halaumiwi kamwe. Mtu anayemdanganya ndiye anayekosea, na msaada upo kila wakati.

# Question: single choice about flattery from someone the child knows.
q-only-i-get-you = Rafiki wa familia anaanza kukutumia jumbe nyingi. Anasema, "Umekomaa sana. Ni mimi tu ninayekuelewa." Hii ni nini?
    .hint = Angalia tena ishara za tahadhari. Je, ni muhimu kwamba unamjua?
    .explanation = Kusema "ni mimi tu ninayekuelewa" ni ishara ya tahadhari, hata kutoka kwa mtu unayemjua. Mwambie mtu mzima mwingine unayemwamini.
# Answer option (right).
q-only-i-get-you-warning-sign = Ishara ya tahadhari, ingawa ninamjua.
    .feedback = Ndiyo! Ishara za tahadhari ni muhimu, awe ni nani. Kumwambia mtu mzima mwingine unayemwamini ni hatua ya busara.
# Answer option (wrong).
q-only-i-get-you-nice-compliment = Ni maneno mazuri tu.
    .feedback = Bado kidogo. "Ni mimi tu ninayekuelewa" inaweza kuwa njia ya kukutenga na familia yako. Hiyo ni ishara ya tahadhari.
# Answer option (wrong).
q-only-i-get-you-normal-for-family-friend = Ni kawaida, kwa sababu ni rafiki wa familia.
    .feedback = Bado kidogo. Watu unaowajua pia wanaweza kuonyesha ishara za tahadhari. Angalia wanachofanya, si tu wao ni nani.

# Question: true or false about getting help after keeping a secret or sending something. The right answer is "true".
q-still-get-help = Kama ulitunza siri au ulituma kitu, bado unaweza kupata msaada.
    .hint = Nani ndiye anayekosea mtu anapomdanganya mtoto?
    .explanation = Ndiyo. Si kosa lako, hata kama ulitunza siri au ulituma kitu. Unaweza kumwambia mtu wakati wowote, hata baadaye.
# Feedback if the child picks "true" (right).
q-still-get-help-true =
    .feedback = Ndiyo! Unaweza kumwambia mtu mzima unayemwamini wakati wowote. Unaweza pia kugusa Msaada.
# Feedback if the child picks "false" (wrong).
q-still-get-help-false =
    .feedback = Bado kidogo. Msaada upo kwa ajili yako kila wakati. Mtu aliyekudanganya ndiye anayekosea.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza: ni nini kinachomfanya mtu kuwa rafiki wa kweli mtandaoni? Orodhesheni ishara za tahadhari pamoja, kisha zungumzeni kuhusu nani wangeweza kumwambia katika maisha yao, na nini hutokea baada ya kusema.
