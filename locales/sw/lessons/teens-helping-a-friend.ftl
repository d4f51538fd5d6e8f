# SafeSteps — MIT OR Apache-2.0

### Lesson: Helping a friend (ages 13–17).
### Readers are teenagers whose friend may have just told them something hard. Be direct, warm and
### practical; never preachy. Never describe abuse or images. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Kumsaidia rafiki
# One line under the lesson name.
lesson-summary = Useme nini na ufanye nini rafiki anapokuambia kuna jambo lililotokea mtandaoni.

# Card 1: a friend telling you means they trust you.
card-they-trust-you =
    Mara nyingi marafiki huambiana kabla ya kumwambia mtu mzima.
    Rafiki akikuambia kuna jambo baya lililotokea mtandaoni, inamaanisha anakuamini. Hilo ni jambo kubwa.
    Labda mtu anamtishia, anamshinikiza, au ameshiriki picha yake.
    Huhitaji kuwa na majibu yote. Si lazima ulitatue peke yako.
    Kinachosaidia zaidi ni jinsi unavyoitikia, na kumsaidia kumfikia mtu anayeweza kuchukua hatua.
# Card 2: listen, believe, don't blame.
card-listen-and-believe =
    Sikiliza. Mwache azungumze bila kumkatiza.
    Mwamini. Watu mara chache sana hutunga mambo kama haya.
    Tulia, hata kama umeshtuka au umekasirika. Utulivu wako unamsaidia kujisikia salama.
    Usiulize "Kwa nini uliituma?" au "Kwa nini hukumzuia?" Maswali kama hayo yanaweza kusikika kama lawama.
    Badala yake, sema: "Asante kwa kuniambia. Si kosa lako. Tutatafuta suluhu pamoja."
# Card 3: don't share; keep it safe.
card-keep-it-safe =
    Weka habari yake faragha. Usichapishe kuhusu jambo hilo wala usiombe ushauri kwenye chati ya kikundi.
    Usitume kwa wengine wala usihifadhi kamwe picha yake, hata kwa nia ya kusaidia. Kama uliipokea, iripoti na uifute.
    Usimtumie ujumbe wala usimtishie mtu aliyemuumiza. Kunaweza kufanya mambo yawe mabaya zaidi, na ni kazi ya watu wazima, programu au polisi.
    Unaweza kumsaidia kuhifadhi ushahidi, kama picha za skrini (screenshot) za jumbe na majina ya watumiaji, lakini si picha.
# Card 4: getting an adult involved.
card-get-an-adult =
    Msaidie amwambie mtu mzima anayemwamini. Jitolee kwenda naye, au kukaa naye anapopiga simu au kutuma ujumbe.
    Mwonyeshe skrini ya Msaada katika programu hii apate nambari ya msaada katika nchi yake.
    Mambo mengine yanahitaji mtu mzima hata kama rafiki yako anakuomba usiseme. Hii ni pamoja na vitisho, mtu mzima anayemshinikiza, au maneno ya kujidhuru. Pia ni pamoja na hatari yoyote ya sasa hivi.
    Kuwa mkweli: "Nakujali sana kiasi kwamba siwezi kuificha siri hii. Tumwambie mtu pamoja."
# Card 5: look after yourself too.
card-look-after-yourself =
    Kumsaidia rafiki kunaweza kuhisi kama mzigo mzito. Unaweza kuhisi wasiwasi, huzuni au hofu kwa ajili yake.
    Hiyo ni kawaida. Wewe ni rafiki mzuri, si msaada wake pekee.
    Si kazi yako kulitatua, na si kosa lako kama mambo ni magumu.
    Zungumza pia na mtu mzima unayemwamini kuhusu jinsi unavyojisikia. Au gusa kitufe cha Msaada upate mtu wa kuzungumza naye.

# Question: single choice about the first thing to say.
q-first-words = Rafiki anakuambia kwamba mtu mtandaoni anamtishia. Ni jambo gani zuri la kwanza kusema?
    .hint = Ungetaka kusikia nini kwanza kama ingekuwa wewe?
    .explanation = Kumshukuru na kusema si kosa lake kunamsaidia kujisikia salama kuendelea kuzungumza. Maswali kuhusu alichofanya yanaweza kusikika kama lawama.
# Answer option (right).
q-first-words-thanks-not-your-fault = "Asante kwa kuniambia. Si kosa lako."
    .feedback = Sawa kabisa. Inaonyesha uko upande wake, na ni kweli.
# Answer option (wrong).
q-first-words-why-did-you = "Kwa nini hata ulizungumza naye?"
    .feedback = Sivyo hasa. Hata kama unauliza tu, inaweza kusikika kama lawama. Anza kwa kumuunga mkono.
# Answer option (wrong).
q-first-words-just-block-them = "Kwa nini hukumzuia tu?"
    .feedback = Sivyo hasa. Inaweza kumfanya ahisi alifanya kosa. Sikiliza kwanza, kisha umsaidie kupanga.

# Question: choose all that apply, about helpful responses.
q-helpful-responses = Ni zipi kati ya hizi zinamsaidia rafiki anayekuambia kuna jambo lililotokea? Chagua kila jibu linalofaa.
    .hint = Ni zipi zinaweka jambo hili faragha na kumpatia msaada wa kweli?
    .explanation = Kusikiliza, kumwamini na kujitolea kwenda naye kwa mtu mzima vyote vinasaidia. Kuuliza kwenye chati ya kikundi kunasambaza habari yake, na kumkabili mtu huyo kunaweza kufanya mambo yawe mabaya zaidi.
# Answer option (helps).
q-helpful-responses-listen = Kusikiliza bila kumkatiza
    .feedback = Ndiyo. Kusikilizwa kunasaidia sana.
# Answer option (helps).
q-helpful-responses-believe-them = Kuamini anachokuambia
    .feedback = Ndiyo. Kuaminiwa kunarahisisha kumwambia mtu mzima baadaye.
# Answer option (helps).
q-helpful-responses-offer-to-go = Kujitolea kwenda naye kwa mtu mzima anayemwamini
    .feedback = Ndiyo. Kuwa na rafiki kando yake kunafanya kusema kusiwe kwa kutisha sana.
# Answer option (does not help).
q-helpful-responses-ask-group-chat = Kuuliza kwenye chati ya kikundi chenu la kufanya
    .feedback = Sivyo hasa. Habari yake ni ya faragha. Badala yake muulize mtu mzima unayemwamini.
# Answer option (does not help).
q-helpful-responses-confront-them-online = Kumtumia mtu huyo ujumbe na kumkaripia
    .feedback = Sivyo hasa. Kunaweza kufanya mambo yawe mabaya zaidi. Waachie watu wazima, programu au polisi.

# Question: a scenario about a promise to keep a secret.
q-promise-not-to-tell = Ungefanya nini kuhusu ahadi hiyo?
    .situation = Rafiki yako anakuambia kwamba mtu mzima aliyekutana naye mtandaoni anatishia kushiriki picha zake. Anasema, "Niahidi hutamwambia mtu yeyote."
    .hint = Siri nyingine zinamweka rafiki hatarini. Nani hasa anaweza kukomesha hili?
    .explanation = Kuwa mkweli na kumhusisha mtu mzima unayemwamini ni hatua bora. Kwenda naye kumwambia mtu pia ni vizuri. Kutimiza ahadi kunamwacha peke yake na uhalifu, na kuwasiliana na mtu huyo kunaweza kufanya mambo yawe mabaya zaidi.
# Action (best).
q-promise-not-to-tell-honest-and-get-adult = Kusema, "Nakujali sana kiasi kwamba siwezi kuificha siri hii," na kumsaidia amwambie mtu mzima, au kumwambia mtu mzima mimi mwenyewe.
    .feedback = Hatua bora. Huu ni uhalifu, na unahitaji mtu mzima. Kuwa mkweli kunaonyesha unajali.
# Action (also good).
q-promise-not-to-tell-go-with-them = Kujitolea kwenda naye kwa mshauri wa shule au mzazi leo.
    .feedback = Hatua nzuri. Kuwa nawe kando yake kunaweza kurahisisha sana kusema.
# Action (not helpful).
q-promise-not-to-tell-keep-the-promise = Kutimiza ahadi. Ni uamuzi wake.
    .feedback = Sivyo hasa. Inahisi kama uaminifu, lakini inamwacha peke yake na kitisho. Hili ni jambo la kumwambia mtu mzima.
# Action (not helpful).
q-promise-not-to-tell-message-the-person = Kumtumia mtu mzima huyo ujumbe na kumwambia amwache.
    .feedback = Sivyo hasa. Kunaweza kufanya vitisho viwe vibaya zaidi. Waachie watu wazima, programu na polisi walishughulikie.

# Question: choose all that apply, about when an adult must be told.
q-must-get-adult = Ni lini unapaswa kumhusisha mtu mzima, hata kama rafiki yako anakuomba usifanye hivyo? Chagua kila jibu linalofaa.
    .hint = Je, rafiki yako, au mtu mwingine, yuko katika hatari ya kudhurika vibaya?
    .explanation = Vitisho, mtu mzima anayemshinikiza, maneno ya kujidhuru, na hatari ya sasa hivi vyote vinahitaji mtu mzima. Ugomvi kuhusu mchezo ni kitu unachoweza kusaidia kama rafiki.
# Answer option (needs an adult).
q-must-get-adult-being-threatened = Mtu anamtishia ili apate picha au pesa.
    .feedback = Ndiyo. Huu ni uhalifu, na mtu mzima anaweza kusaidia kuuripoti.
# Answer option (needs an adult).
q-must-get-adult-adult-pressuring = Mtu mzima anamshinikiza mtandaoni.
    .feedback = Ndiyo. Mtu mzima anayemshinikiza kijana ni jambo zito. Mwambie mtu mzima unayemwamini.
# Answer option (needs an adult).
q-must-get-adult-might-hurt-themselves = Anazungumza kuhusu kujidhuru.
    .feedback = Ndiyo. Mwambie mtu mzima mara moja. Usalama wake unakuja kwanza.
# Answer option (needs an adult).
q-must-get-adult-in-danger-now = Yuko hatarini sasa hivi.
    .feedback = Ndiyo. Mtafute mtu mzima sasa, au piga nambari ya dharura ya eneo lako.
# Answer option (does not need an adult).
q-must-get-adult-game-argument = Aligombana na rafiki kuhusu mchezo.
    .feedback = Sivyo hasa. Hilo ni jambo unaloweza kusaidia kama rafiki. Msikilize na uwe naye.

# Question: put the support steps in order.
q-support-steps = Rafiki anakuambia kuna jambo lililotokea mtandaoni. Panga hatua hizi kwa mpangilio.
    .hint = Anahitaji nini kutoka kwako kabla hujasema chochote? Na kabla hajaweza kupanga?
    .explanation = Sikiliza kwanza ili ahisi amesikilizwa. Mwambie si kosa lake. Kisha zungumzeni kuhusu nani wa kumwambia, na uende naye kufanya hivyo.
# Step 1.
q-support-steps-listen-first = Sikiliza bila kuhukumu
    .feedback = Kwanza. Mwache aeleze kwa njia yake.
# Step 2.
q-support-steps-not-their-fault = Mwambie si kosa lake
    .feedback = Kisha. Watu wengi hujilaumu. Kusikia hili kunasaidia.
# Step 3.
q-support-steps-who-to-tell = Zungumzeni kuhusu mtu mzima wa kumwambia
    .feedback = Baadaye. Msaidie kuchagua mtu anayemwamini.
# Step 4.
q-support-steps-go-together = Nenda naye kumwambia mtu mzima huyo
    .feedback = Mwisho. Kuwa naye kunarahisisha kusema.

# Question: true or false about confronting the person. The right answer is "false".
q-confront-yourself = Ili kumsaidia rafiki, unapaswa kumtumia ujumbe mtu aliyemuumiza na kumfanya aache.
    .hint = Nani ana uwezo wa kukomesha hili kwa usalama?
    .explanation = Si kweli. Kumkabili kunaweza kufanya mambo yawe mabaya zaidi kwa rafiki yako na kwako. Watu wazima, programu na polisi wanaweza kuchukua hatua.
# Feedback if the teen picks "true" (wrong).
q-confront-yourself-true =
    .feedback = Sivyo hasa. Inaeleweka kutaka kufanya hivyo, lakini kunaweza kufanya mambo yawe mabaya zaidi. Badala yake msaidie rafiki yako amwambie mtu mzima.
# Feedback if the teen picks "false" (right).
q-confront-yourself-false =
    .feedback = Sawa kabisa. Kazi yako ni kumuunga mkono rafiki yako. Watu wazima, programu na polisi ndio wanaoshughulika na mtu huyo.

# Question: true or false about the helper's own feelings.
q-your-feelings-count = Ni sawa kuzungumza na mtu kuhusu jinsi unavyojisikia baada ya kumsaidia rafiki.
    .hint = Je, kuwasaidia wengine kunamaanisha hisia zako hazina umuhimu?
    .explanation = Kweli. Kumsaidia rafiki kunaweza kuwa mzigo mzito. Kuzungumza na mtu mzima unayemwamini au kugusa Msaada kunaweza kukusaidia wewe pia.
# Feedback if the teen picks "true" (right).
q-your-feelings-count-true =
    .feedback = Sawa kabisa. Hisia zako pia ni muhimu. Wewe pia unaweza kupata msaada.
# Feedback if the teen picks "false" (wrong).
q-your-feelings-count-false =
    .feedback = Sivyo hasa. Wewe pia unastahili msaada. Kuzungumza kuhusu jambo hili ni hatua nzuri kwa afya yako.

# Question: a scenario about a friend who blames themselves.
q-friend-blames-self = Ungemwambia nini rafiki yako?
    .situation = Picha ya rafiki yako ilishirikiwa bila ridhaa yake. Anasema, "Ni kosa langu. Sikupaswa kuituma."
    .hint = Nani alichagua kushiriki picha hiyo?
    .explanation = Kumwambia si kosa lake ni hatua bora. Kumsikiliza na kujitolea kumsaidia kupata msaada pia ni vizuri. Kukubaliana naye au kubadilisha mada kunaweza kumwacha akijihisi peke yake.
# Action (best).
q-friend-blames-self-say-not-their-fault = "Si kosa lako. Mtu aliyeishiriki ndiye aliyekosea."
    .feedback = Hatua bora. Ni kweli, na kulisikia kutoka kwa rafiki ni muhimu.
# Action (also good).
q-friend-blames-self-listen-and-offer-help = Kumsikiliza, kisha kujitolea kumsaidia amwambie mtu mzima au atumie Take It Down.
    .feedback = Hatua nzuri. Msaada pamoja na mpango vinasaidia. Kusema pia kwamba si kosa lake kunaongeza nguvu.
# Action (not helpful).
q-friend-blames-self-agree-it-was-a-mistake = "Eeh, hilo lilikuwa kosa, lakini mambo yatakuwa sawa."
    .feedback = Sivyo hasa. Inaweza kusikika kama lawama. Lawama ni ya mtu aliyeishiriki.
# Action (not helpful).
q-friend-blames-self-change-the-subject = Kubadilisha mada ili asifikirie jambo hilo.
    .feedback = Sivyo hasa. Inaweza kuhisi kama hutaki kusikia. Baki naye na umsikilize.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza: kama rafiki angekuambia jambo gumu, ungetaka kusema nini kwanza? Zungumzeni kuhusu wakati siri lazima imfikie mtu mzima, jinsi ya kuwa mkweli kuhusu hilo, na jinsi wanaosaidia wanavyoweza kujitunza. Kumbusha kikundi kwamba si kosa la mwathiriwa kamwe.
