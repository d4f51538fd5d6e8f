# SafeSteps — MIT OR Apache-2.0

### Lesson: Warning signs to notice (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Signs are clues, not proof. Never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Ishara za kuzingatia
# One line under the lesson name.
lesson-summary = Ni mabadiliko gani kwa mtoto wako yanayostahili kuzingatiwa, yanaweza kumaanisha nini au yasimaanishe nini, na jinsi ya kuitikia kwa utulivu.

# Card 1: changes around devices, gifts and new contacts.
card-device-changes =
    Mara nyingi watoto hawasemi kwa maneno kwamba kuna kitu kibaya. Mabadiliko katika tabia zao yanaweza kuwa dalili.
    Kuwa macho na usiri mpya kuhusu vifaa. Wanaweza kuficha skrini, kubadilisha programu haraka unapoingia, au kuwa na akaunti mpya ambazo hukuzijua.
    Zingatia zawadi mpya, pesa, gift cards au sarafu za mchezo ambazo hawawezi kueleza zilikotoka.
    Zingatia "rafiki" mpya aliye mkubwa zaidi, au wanayemzungumzia sana lakini hujawahi kukutana naye.
# Card 2: changes in mood and sleep.
card-mood-and-sleep =
    Mabadiliko mengine yanahusu hisia na maisha ya kila siku.
    Mtoto wako anaweza kujitenga na familia au marafiki, au kuacha kufanya mambo aliyokuwa akiyafurahia.
    Anaweza kuonekana amesumbuka, mwenye wasiwasi, mwenye hasira au kimya baada ya kuwa mtandaoni, au baada ya ujumbe kuingia.
    Anaweza kukasirika sana ukitaja kumnyang'anya kifaa.
    Usingizi wake unaweza kubadilika. Anaweza kuwa mtandaoni usiku sana, au kuonekana amechoka kila wakati.
    Anaweza kuwa na wasiwasi wa ghafla kuhusu mwili wake, au kuzungumza kuhusu kuona aibu.
# Card 3: what signs do and don't mean.
card-what-signs-mean =
    Ishara ni dalili, si ushahidi. Mengi ya mabadiliko haya yana sababu nyingine, kama msongo wa shule, kukosana na marafiki, uonevu, au kubalehe.
    Kutaka faragha zaidi anapokua pia ni kawaida.
    Kilicho muhimu zaidi ni mabadiliko ya ghafla, au ishara kadhaa kwa pamoja.
    Kama moyo wako unakuambia kuna jambo si sawa, inafaa kuzungumza kwa utulivu. Huhitaji ushahidi ili kumjulia hali mtoto wako.
# Card 4: how to respond calmly; not the child's fault.
card-respond-calmly =
    Chagua wakati wa utulivu, kama mkitembea au mkiwa safarini kwa gari. Kukaa kando kwa kando mara nyingi ni rahisi kuliko kuangaliana uso kwa uso.
    Sema ulichogundua bila lawama: "Umeonekana kusumbuka baada ya kuwa mtandaoni. Niko hapa kama kuna jambo lolote."
    Uliza maswali ya wazi na usikilize zaidi kuliko unavyozungumza.
    Epuka kunyakua simu au kutoa vitisho. Hilo linaweza kumfundisha mtoto wako kuficha mambo.
    Akikuambia jambo, mshukuru. Si kosa la mtoto wako, na anahitaji kusikia hilo kutoka kwako.
# Card 5: next steps and someone to talk to.
card-if-something-is-wrong =
    Mtoto wako akikuambia kwamba mtu amemshinikiza, amemdanganya au amemtishia, kaa naye na utulie.
    Hifadhi jumbe na majina ya watumiaji kabla ya kumzuia mtu yeyote. Kisha ripoti akaunti hiyo kwenye programu.
    Masomo yetu mengine yanaeleza kuhusu kuripoti kwa undani zaidi.
    Si lazima ushughulikie hili peke yako. Zungumza na mtu unayemwamini, au gusa Msaada upate huduma za msaada katika nchi yako.

# Question: multiple choice, "choose all that apply".
q-which-signs = Ni mabadiliko yapi kati ya haya yanaweza kuwa ishara za tahadhari zinazostahili kuzingatiwa? Chagua kila jibu linalofaa.
    .hint = Tafuta usiri, vitu visivyoelezeka, na mabadiliko ya hisia.
    .explanation = Kuficha skrini, zawadi zisizoelezeka, rafiki mpya aliye mkubwa zaidi na kusumbuka baada ya kuwa mtandaoni yanastahili kuzingatiwa. Mchezo mpya au kuchati na wanafunzi wenzake ni sehemu ya kawaida ya kukua.
# Answer option (worth noticing).
q-which-signs-hides-screen = Anaficha skrini au anabadilisha programu unapokaribia
    .feedback = Ndiyo. Usiri mpya kuhusu vifaa unastahili kuzingatiwa, hasa ukiwa wa ghafla.
# Answer option (worth noticing).
q-which-signs-unexplained-gifts = Ana gift cards au sarafu za mchezo ambazo hawezi kueleza
    .feedback = Ndiyo. Zawadi zinaweza kutumiwa kujenga imani na hisia ya deni.
# Answer option (worth noticing).
q-which-signs-older-friend = Anazungumza sana kuhusu rafiki mpya wa mtandaoni aliye mkubwa zaidi
    .feedback = Ndiyo. "Rafiki" mkubwa zaidi ambaye hujawahi kukutana naye anastahili swali la utulivu.
# Answer option (worth noticing).
q-which-signs-upset-after-online = Anaonekana amesumbuka au ana hofu baada ya kuwa mtandaoni
    .feedback = Ndiyo. Kusumbuka baada ya kuwa mtandaoni ni dalili kwamba huenda kuna tatizo.
# Answer option (usually normal).
q-which-signs-new-favourite-game = Ana mchezo mpya anaoupenda
    .feedback = Sivyo hasa. Mambo mapya anayopenda ni ya kawaida. Uliza kuhusu mchezo huo kwa udadisi, si kwa wasiwasi.
# Answer option (usually normal).
q-which-signs-chats-with-classmates = Anachati na wanafunzi wenzake baada ya shule
    .feedback = Sivyo hasa. Kuwasiliana na marafiki ni sehemu nzuri ya kuwa mtandaoni.

# Question: true or false about a single sign. The right answer is "false".
q-one-sign-proves = Ishara moja ya tahadhari inathibitisha kwamba mtoto wako anadhuriwa.
    .hint = Fikiria sababu nyingine zinazoweza kubadilisha hisia au tabia za mtoto.
    .explanation = Ishara moja ni dalili, si ushahidi. Ishara nyingi zina sababu nyingine. Mabadiliko ya ghafla au ishara kadhaa kwa pamoja ni sababu ya mazungumzo ya utulivu.
# Feedback if the caregiver picks "true" (wrong).
q-one-sign-proves-true =
    .feedback = Sivyo hasa. Ishara moja inaweza kuwa na sababu nyingi, kama msongo wa shule au kubalehe. Ni sababu ya kumjulia hali kwa utulivu, si ya kudhania mabaya zaidi.
# Feedback if the caregiver picks "false" (right).
q-one-sign-proves-false =
    .feedback = Sawa kabisa. Ishara ni dalili. Izingatie, tulia, na umpe mtoto wako nafasi ya kuzungumza.

# Question: a scenario. The situation is shown first, then the question.
q-several-changes = Ni hatua gani nzuri ya kwanza?
    .situation = Katika wiki mbili zilizopita, mtoto wako wa miaka 12 ameanza kwenda kulala na simu yake, anaficha skrini unapopita, na anaonekana na wasiwasi jumbe zinapoingia.
    .hint = Mabadiliko kadhaa kwa pamoja yanastahili kuzungumzwa. Unawezaje kuyazungumzia ili mtoto wako ajisikie salama kuzungumza?
    .explanation = Kumjulia hali kwa utulivu, faraghani, ukitaja ulichogundua bila lawama, ni hatua bora ya kwanza. Kumjulisha kwamba mlango wako uko wazi pia kunasaidia. Kusoma simu yake mbele yake au kupiga marufuku intaneti kunaweza kumfanya afiche zaidi.
# Action (best).
q-several-changes-calm-check-in = Kuchagua wakati wa utulivu, kusema ulichogundua, na kuuliza swali la wazi.
    .feedback = Chaguo bora. Kutaja ulichoona, bila lawama, kunaonyesha unajali na kunarahisisha kuzungumza.
# Action (also good).
q-several-changes-open-door = Kumwambia anaweza kukujia kuhusu jambo lolote, na kwamba hataadhibiwa kwa kukuambia.
    .feedback = Chaguo zuri. Hofu ya adhabu mara nyingi huwazuia watoto kusema, kwa hivyo kusema hivi waziwazi kunasaidia.
# Action (not helpful).
q-several-changes-read-phone-in-front = Kuchukua simu na kusoma jumbe zake zote akiwa anaangalia.
    .feedback = Hili linaweza kuhisi kama adhabu na aibu. Mtoto wako anaweza kujifunga au kutafuta njia za kuficha mambo.
# Action (not helpful).
q-several-changes-ban-internet = Kupiga marufuku intaneti hadi aeleze.
    .feedback = Marufuku yanaweza kuhisi kama adhabu kwa jambo ambalo huenda si kosa lake. Mara nyingi watoto huacha kuzungumza wanapoogopa kupoteza ruhusa ya kutumia simu au intaneti.

# Question: sort things a caregiver might say into two groups.
q-what-to-say = Mtoto wako amekuambia jambo linalotia wasiwasi. Panga kile unachoweza kusema.
    .hint = Ni maneno gani yanaonyesha uko upande wake?
    .explanation = Shukrani, kumtuliza na kushirikiana kunamsaidia mtoto kuendelea kuzungumza. Lawama, maswali ya "kwa nini" na vitisho vinaweza kumnyamazisha, hata unapokuwa na hofu.
# Group name.
q-what-to-say-helps-them-talk = Kunamsaidia kuendelea kuzungumza
# Group name.
q-what-to-say-shuts-them-down = Kunaweza kumnyamazisha
# Item to sort (helps).
q-what-to-say-thanks-for-telling = "Asante kwa kuniambia."
    .feedback = Kumshukuru kunaonyesha kwamba kusema lilikuwa jambo sahihi.
# Item to sort (helps).
q-what-to-say-not-angry = "Sijakukasirikia. Hili si kosa lako."
    .feedback = Mara nyingi watoto huogopa hasira kuliko kitu kingine. Kumtuliza waziwazi kunamsaidia atulie na aseme zaidi.
# Item to sort (helps).
q-what-to-say-work-it-out-together = "Tutaamua la kufanya pamoja."
    .feedback = Kufanya pamoja kunamrudishia mtoto wako udhibiti kiasi.
# Item to sort (shuts down).
q-what-to-say-why-not-sooner = "Kwa nini hukuniambia mapema?"
    .feedback = Hili linaweza kusikika kama lawama. Watoto wengi husubiri kwa sababu wanahisi hofu au aibu.
# Item to sort (shuts down).
q-what-to-say-what-were-you-thinking = "Ulikuwa unafikiria nini?"
    .feedback = Hili linamtwika mtoto wako lawama. Mtu aliyemdanganya ndiye anayewajibika.
# Item to sort (shuts down).
q-what-to-say-no-phone-ever = "Basi. Hakuna simu tena, milele."
    .feedback = Hofu ya kupoteza simu ni sababu ya kawaida ya watoto kunyamaza. Hili linaweza kumzuia asikuambie wakati ujao.

# Question: put the steps in order.
q-when-they-tell = Mtoto wako anakuambia kwamba mtu mtandaoni amekuwa akimshinikiza. Panga hatua hizi kwa mpangilio unaosaidia.
    .hint = Mtoto wako anatangulia. Ungeweza kupoteza nini kama ungezuia akaunti mapema mno?
    .explanation = Sikiliza kwa utulivu kwanza, kisha mshukuru na umtulize. Hifadhi ushahidi kabla ya kuripoti na kuzuia, ili kisipotee chochote. Kisha tafuta msaada kwa ajili ya mtoto wako na kwa ajili yako.
# Step 1.
q-when-they-tell-listen-calmly = Sikiliza kwa utulivu, bila kumkatiza
    .feedback = Kusikiliza kwanza kunamwonyesha mtoto wako kwamba yuko salama kwako.
# Step 2.
q-when-they-tell-thank-and-reassure = Mshukuru na umwambie si kosa lake
    .feedback = Kumtuliza mapema kunasaidia kupunguza hofu na aibu.
# Step 3.
q-when-they-tell-save-evidence = Hifadhi jumbe, majina ya watumiaji na viungo vya wasifu
    .feedback = Hifadhi ushahidi kabla ya chochote kuzuiwa au kufutwa.
# Step 4.
q-when-they-tell-report-and-block = Ripoti akaunti kwenye programu, kisha uizuie
    .feedback = Ripoti ukiwa bado unaweza kuona akaunti, kisha uizuie.
# Step 5.
q-when-they-tell-get-support = Tafuta msaada kwa ajili ya mtoto wako na kwa ajili yako
    .feedback = Msaada unawasaidia nyote wawili kukabiliana. Gusa Msaada upate huduma katika nchi yako.

# Question: single choice about a gift card from an older online friend.
q-gift-card = Unapata gift card chumbani mwa mtoto wako wa miaka 10. Anasema rafiki wa miaka 19 kutoka kwenye mchezo ndiye aliyemtumia. Kwa uwezekano mkubwa, hili linahitaji nini?
    .hint = Je, hii ni dalili au ushahidi? Nini kingekusaidia kujua zaidi?
    .explanation = Zawadi isiyoelezeka kutoka kwa rafiki wa mtandaoni aliye mkubwa zaidi inastahili mazungumzo ya utulivu. Si ushahidi wa madhara, na pia haipaswi kupuuzwa.
# Answer option (right).
q-gift-card-worth-a-chat = Mazungumzo ya utulivu kuhusu rafiki huyu na jinsi walivyokutana
    .feedback = Ndiyo. Uliza kwa udadisi, si kwa lawama. Jua zaidi kabla ya kuamua la kufanya.
# Answer option (wrong).
q-gift-card-nothing-to-see = Hakuna kitu. Zawadi kati ya wachezaji ni kawaida.
    .feedback = Sivyo hasa. Zawadi kutoka kwa mtu mkubwa zaidi ambaye mtoto wako alikutana naye mtandaoni zinastahili kuulizwa.
# Answer option (wrong).
q-gift-card-proof-of-abuse = Ushahidi kwamba mtoto wako anadhulumiwa
    .feedback = Sivyo hasa. Ni dalili, si ushahidi. Mazungumzo ya utulivu yatakueleza zaidi.

# Question: true or false about privacy. The right answer is "true".
q-privacy-is-normal = Kutaka faragha zaidi watoto wanapokua ni kawaida.
    .hint = Fikiria ulivyohisi kuhusu faragha ukiwa kijana mdogo.
    .explanation = Ndiyo. Faragha zaidi ni sehemu ya kawaida ya kukua. Usiri wa ghafla pamoja na mabadiliko mengine ndio unaostahili kuzingatiwa.
# Feedback if the caregiver picks "true" (right).
q-privacy-is-normal-true =
    .feedback = Sawa kabisa. Faragha peke yake ni jambo zuri. Kuwa macho na mabadiliko ya ghafla au ishara kadhaa kwa pamoja.
# Feedback if the caregiver picks "false" (wrong).
q-privacy-is-normal-false =
    .feedback = Sivyo hasa. Kutaka faragha ni sehemu ya kawaida ya kukua. Inakuwa jambo la kuangaliwa inapokuwa ya ghafla au inapokuja pamoja na mabadiliko mengine.

# Question: single choice about why staying calm matters.
q-why-stay-calm = Kwa nini ni muhimu sana kutulia mtoto wako anapokuambia jambo?
    .hint = Fikiria muda mrefu ujao, si wakati huu tu.
    .explanation = Jinsi unavyoitikia inaamua kama mtoto wako atakuambia wakati ujao. Kutulia hakumaanishi kutofanya chochote; kunamaanisha kuchukua hatua bila lawama.
# Answer option (right).
q-why-stay-calm-tell-again = Jinsi unavyoitikia inaamua kama atakuambia wakati ujao.
    .feedback = Ndiyo. Kuitikia kwa utulivu na shukrani kunamfundisha mtoto wako kwamba ni salama kukuambia.
# Answer option (wrong).
q-why-stay-calm-not-serious = Kwa sababu matatizo mengi ya mtandaoni si makubwa.
    .feedback = Sivyo hasa. Matatizo mengine ni makubwa. Utulivu unakusaidia kuyashughulikia vizuri.
# Answer option (wrong).
q-why-stay-calm-avoid-action = Ili usilazimike kuchukua hatua yoyote.
    .feedback = Sivyo hasa. Utulivu unahusu jinsi unavyoitikia. Bado unaweza kuhifadhi, kuripoti na kutafuta msaada.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Jaribu kusema: "Siku hizi umeonekana mnyonge kidogo baada ya kuwa mtandaoni. Sijakukasirikia. Kuna jambo lolote linalokusumbua?" Kisha subiri, sikiliza, na umshukuru kwa chochote atakachokueleza.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza kikundi: ni ishara zipi zinaweza kuwa na sababu ya kawaida ya kila siku, na zipi kwa pamoja zingekutia wasiwasi? Fanyeni mazoezi ya sentensi ya kuanzia kwa utulivu wawili wawili, na zungumzeni kwa nini lawama huwafanya watoto waache kusema.
