# SafeSteps — MIT OR Apache-2.0

### Lesson: Settings and supervision without spying (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Present settings as tools that work best with trust and talk, never as a replacement for them.

# Lesson name on the lesson card.
lesson-title = Mipangilio na usimamizi bila upelelezi
# One line under the lesson name.
lesson-summary = Tumia mipangilio na vidhibiti vya wazazi vinavyolingana na umri wa mtoto wako, kubalianeni sheria pamoja, na udumishe imani yake.

# Card 1: age-appropriate settings and parental controls.
card-settings-that-help =
    Mipangilio na vidhibiti vya wazazi (parental controls) ni zana muhimu. Hufanya kazi vizuri zaidi mtoto wako anapozijua na kujua kwa nini unazitumia.
    Angalia kiwango cha umri (age rating) cha michezo na programu kabla mtoto wako hajaanza kuzitumia.
    Weka akaunti ziwe za faragha, ili marafiki waliokubaliwa tu waweze kuona machapisho.
    Punguza nani anaweza kutuma ujumbe, kupiga simu au kutuma maombi ya urafiki. "Marafiki tu" ni mwanzo mzuri.
    Washa vichujio vya maudhui na mipaka ya manunuzi ndani ya programu.
    Konsoli nyingi, simu na maduka ya programu yana sehemu ya familia au ya wazazi. Iwekeni pamoja pale inapowezekana.
# Card 2: location and privacy settings.
card-location-and-privacy =
    Kushiriki mahali ulipo (location) kunahitaji uangalifu maalum. Programu nyingi zinaweza kuonyesha mtoto wako yuko wapi, au kuongeza mahali kwenye picha au chapisho.
    Zima location kwenye programu zisizoihitaji. Kama familia yenu inashiriki location, iwe kwa wanafamilia tu, na mzungumzie jambo hilo waziwazi.
    Angalia kilichomo kwenye wasifu wa mtoto wako. Shule yake, jina lake kamili, siku yake ya kuzaliwa na picha zake akiwa amevaa sare ya shule vyote vinaweza kuwaambia watu mahali pa kumpata.
    Pitieni mipangilio ya faragha pamoja kila baada ya miezi michache, kwa kuwa programu hubadilika.
# Card 3: device rules agreed together.
card-agree-rules-together =
    Sheria hufanya kazi vizuri zaidi watoto wanaposaidia kuzitunga. Kaeni pamoja mkubaliane mpango wa familia wa matumizi ya vifaa.
    Mnaweza kujumuisha mahali vifaa vinapochajiwa usiku, programu zipi ni sawa, na muda wa kukaa mtandaoni.
    Kubalianeni la kufanya kitu kikienda vibaya: "Njoo kwangu, na hutanyang'anywa kifaa chako kwa kuniambia."
    Jumuisheni sheria za watu wazima pia, kama kutotumia simu wakati wa chakula.
    Iandikeni na muiangalie tena mtoto wako anapokua.
# Card 4: why secret monitoring can break trust.
card-why-not-secret =
    Programu zinazosoma jumbe kisiri au kumfuatilia mtoto zinaweza kuonekana kama chaguo salama. Lakini ufuatiliaji wa siri unaweza kuvunja imani.
    Mara nyingi watoto hugundua. Wakigundua, wanaweza kuficha zaidi, kufungua akaunti za pili, au kuacha kukuambia mambo yanapoenda vibaya.
    Mtoto wako kukuambia ni mojawapo ya kinga bora zilizopo.
    Ukitumia ufuatiliaji au vidhibiti, kuwa wazi kuhusu vinavyofanya na kwa nini. Vieleze kwa njia inayolingana na umri wa mtoto wako.
# Card 5: supervision that grows with age; someone to talk to.
card-grows-with-age =
    Usimamizi unapaswa kubadilika kadiri mtoto wako anavyokua.
    Miaka 5 hadi 8: vifaa vitumike katika vyumba vya pamoja, programu unazochagua wewe, na wewe ukiwa karibu.
    Miaka 9 hadi 12: uchaguzi zaidi, pamoja na mipangilio ya marafiki tu na kujuliana hali mara kwa mara.
    Vijana: faragha zaidi, pamoja na misingi ya usalama mliyokubaliana na mlango ulio wazi.
    Lengo ni kijana mwenye ujuzi na imani, anayejua kwamba anaweza kukujia.
    Kitu kikienda vibaya, si kosa la mtoto wako. Zungumza na mtoto wako, zungumza na mtu unayemwamini ukihitaji msaada, na gusa Msaada upate huduma za msaada katika nchi yako.

# Question: single choice about a young child's game account.
q-young-gamer = Mtoto wako wa miaka 8 anaanza mchezo maarufu wa mtandaoni. Ni mpangilio upi ndio mwanzo bora?
    .hint = Nani anapaswa kuweza kuzungumza na mtoto mdogo kwenye mchezo?
    .explanation = Chati na marafiki tu, marafiki mliowakubali pamoja, ni mwanzo mzuri kwa mtoto mdogo. Chati iliyo wazi kwa wote inamruhusu mtu yeyote kuwasiliana naye.
# Answer option (right).
q-young-gamer-friends-only = Chati na marafiki waliokubaliwa tu, mkiiweka pamoja
    .feedback = Ndiyo. Inatunza furaha ya kucheza na marafiki na inapunguza mawasiliano kutoka kwa wengine.
# Answer option (wrong).
q-young-gamer-open-chat = Chati iliyo wazi na mchezaji yeyote, ili apate marafiki
    .feedback = Sivyo hasa. Chati iliyo wazi inamruhusu mtu yeyote kuwasiliana na mtoto wako. Marafiki tu ni mwanzo salama zaidi katika umri huu.
# Answer option (wrong).
q-young-gamer-no-settings = Hakuna mipangilio inayohitajika, kwa kuwa ni mchezo wa watoto
    .feedback = Sivyo hasa. Michezo ya watoto bado inaweza kuwa na chati iliyo wazi. Angalia mipangilio kwa vyovyote vile.

# Question: multiple choice, "choose all that apply".
q-agreement = Ni zipi kati ya hizi zinafaa kuwa katika mpango wa familia wa matumizi ya vifaa? Chagua kila jibu linalofaa.
    .hint = Mpango mzuri unakubaliwa pamoja na unafanya iwe salama kusema.
    .explanation = Mahali vifaa vinapochajiwa, kuuliza kabla ya kupakua programu mpya, la kufanya kitu kikienda vibaya, na sheria za watu wazima vyote vinasaidia. Kumwadhibu mtoto kwa kusema, au kumficha mpango, kunapingana na usalama.
# Answer option (belongs).
q-agreement-where-devices-sleep = Mahali vifaa vinapochajiwa usiku
    .feedback = Ndiyo. Kuchaji vifaa nje ya vyumba vya kulala kunasaidia usingizi na usalama wa usiku.
# Answer option (belongs).
q-agreement-ask-before-new-apps = Kuuliza kabla ya kupakua programu mpya
    .feedback = Ndiyo. Kunakupa nafasi ya kuangalia mipangilio pamoja.
# Answer option (belongs).
q-agreement-what-to-do-if-wrong = La kufanya kitu kikienda vibaya mtandaoni
    .feedback = Ndiyo. Mpango ulio wazi unamsaidia mtoto wako kuchukua hatua haraka na kukujia.
# Answer option (belongs).
q-agreement-rules-for-adults-too = Sheria za watu wazima pia
    .feedback = Ndiyo. Sheria za pamoja zinaonekana za haki na zinaonyesha tabia nzuri.
# Answer option (does not belong).
q-agreement-punish-for-telling = Kunyang'anywa kifaa akiripoti tatizo
    .feedback = Sivyo hasa. Hili linawafundisha watoto kuficha matatizo. Badala yake, fanya kusema kuwe salama.
# Answer option (does not belong).
q-agreement-kept-secret-from-child = Sheria ambazo mtoto hazijui
    .feedback = Sivyo hasa. Mpango unafanya kazi tu kama mtoto wako alisaidia kuutunga na anajua unasema nini.

# Question: true or false about controls replacing conversation. The right answer is "false".
q-controls-replace-talk = Vidhibiti vya wazazi vinaweza kuchukua nafasi ya kuzungumza na mtoto wako kuhusu usalama mtandaoni.
    .hint = Fikiria kile ambacho vidhibiti haviwezi kuona au kuzuia.
    .explanation = Vidhibiti vinasaidia, lakini hakuna mpangilio unaonasa kila kitu. Kuzungumza kunajenga ujuzi na imani, ili mtoto wako akujie kitu kikipenya.
# Feedback if the caregiver picks "true" (wrong).
q-controls-replace-talk-true =
    .feedback = Sivyo hasa. Vidhibiti hukosa mambo, na watoto wanaweza kutafuta njia za kuvikwepa. Kuzungumza ndiko kunakomleta kwako.
# Feedback if the caregiver picks "false" (right).
q-controls-replace-talk-false =
    .feedback = Sawa kabisa. Vidhibiti na kuzungumza hufanya kazi vizuri zaidi pamoja.

# Question: a scenario. The situation is shown first, then the question.
q-first-social-account = Ni njia ipi nzuri?
    .situation = Kijana wako wa miaka 13 anataka akaunti yake ya kwanza ya mitandao ya kijamii. Programu hiyo inaruhusu watumiaji wa umri wake, na marafiki zake wengi tayari wanayo.
    .hint = Fikiria kuhusu mipangilio, imani na kinachotokea kitu kikienda vibaya.
    .explanation = Kufungua akaunti pamoja, na kukubaliana sheria waziwazi, kunajenga ujuzi na imani. Ufuatiliaji wa siri unaweza kuvunja imani, na kutozungumza kunamwacha kijana wako bila mpango.
# Action (best).
q-first-social-account-set-up-together = Kuifungua pamoja: akaunti ya faragha, jumbe kutoka kwa marafiki tu, location imezimwa, na kujuliana hali kama mlivyokubaliana.
    .feedback = Chaguo bora. Kijana wako anajifunza mipangilio, na nyote wawili mnajua mpango.
# Action (also good).
q-first-social-account-agree-and-explain = Kukubaliana sheria pamoja, na kueleza vidhibiti vyovyote utakavyotumia na kwa nini.
    .feedback = Chaguo zuri. Kuwa wazi kuhusu vidhibiti kunadumisha imani na kunamfanya aelekee zaidi kukujia.
# Action (not helpful).
q-first-social-account-secret-monitoring-app = Kukubali, kisha kusakinisha kimyakimya programu inayosoma jumbe zake.
    .feedback = Kijana wako akigundua, imani inaweza kuvunjika. Anaweza kuficha zaidi na kuacha kukuambia mambo.
# Action (not helpful).
q-first-social-account-alone-no-talk = Kumwacha aifungue peke yake, bila kuzungumza kuhusu mipangilio.
    .feedback = Mipangilio ya kawaida ya programu huenda isiwe salama zaidi kwa kijana wako. Huenda asijue jinsi ya kuifunga akaunti vizuri, au la kufanya kitu kikienda vibaya.

# Question: sort supervision approaches into age groups.
q-support-by-age = Panga kila njia katika kundi la umri ambapo kwa kawaida inafaa zaidi.
    .hint = Usimamizi hulegezwa kadiri ujuzi na imani vinavyokua.
    .explanation = Watoto wadogo wanahitaji vyumba vya pamoja na programu zilizochaguliwa na mtu mzima. Watoto wa miaka 9 hadi 12 wanapata uchaguzi zaidi pamoja na kujuliana hali. Vijana wanapata faragha zaidi pamoja na misingi mliyokubaliana. Kila mtoto ni tofauti, kwa hivyo rekebisha kulingana na wako.
# Group name.
q-support-by-age-ages-5-to-8 = Miaka 5 hadi 8
# Group name.
q-support-by-age-ages-9-to-12 = Miaka 9 hadi 12
# Group name.
q-support-by-age-teens = Vijana
# Item to sort (ages 5 to 8).
q-support-by-age-shared-rooms = Vifaa vinatumiwa katika vyumba vya pamoja, mtu mzima akiwa karibu
    .feedback = Watoto wadogo hufanya vizuri zaidi mtu mzima akiwa karibu wanapocheza.
# Item to sort (ages 5 to 8).
q-support-by-age-adult-picks-apps = Mtu mzima anachagua programu na michezo
    .feedback = Katika umri huu, wewe ndiye unayechagua kinachofaa.
# Item to sort (ages 9 to 12).
q-support-by-age-friends-only-check-ins = Mipangilio ya marafiki tu pamoja na kujuliana hali mara kwa mara
    .feedback = Watoto wa miaka 9 hadi 12 wanapata uhuru zaidi, wewe bado ukiwa karibu.
# Item to sort (ages 9 to 12).
q-support-by-age-approve-apps-together = Programu mpya zinakubaliwa pamoja kabla ya kupakuliwa
    .feedback = Kuamua pamoja kunajenga uwezo wao wa kufanya maamuzi.
# Item to sort (teens).
q-support-by-age-agreed-privacy = Faragha zaidi, pamoja na misingi ya usalama mliyokubaliana
    .feedback = Vijana wanahitaji faragha ili wakue, pamoja na misingi michache iliyo wazi.
# Item to sort (teens).
q-support-by-age-teen-reviews-settings = Kijana anaangalia mipangilio yake mwenyewe ya faragha, akisaidiwa inapohitajika
    .feedback = Vijana wanaweza kusimamia mipangilio yao wenyewe, wakijua uko hapo kusaidia.

# Question: put the steps in order.
q-new-app-steps = Mtoto wako anataka programu mpya. Panga hatua hizi za kuiweka kwa mpangilio unaoeleweka.
    .hint = Unahitaji kujua nini kabla akaunti haijafunguliwa, na nini kinaweza kufanyika tu ikishafunguliwa?
    .explanation = Angalia kiwango cha umri kwanza. Kisha fungueni akaunti pamoja na muimarishe mipangilio yake. Fanyeni mazoezi ya kuzuia na kuripoti ikishawekwa. Angalieni mipangilio tena kila baada ya miezi michache, kwa kuwa programu hubadilika.
# Step 1.
q-new-app-steps-check-age-rating = Angalia kiwango cha umri na programu inafanya nini
    .feedback = Kwanza amua kama programu inafaa umri wa mtoto wako.
# Step 2.
q-new-app-steps-create-together = Fungueni akaunti pamoja, mkitumia umri halisi wa mtoto wako
    .feedback = Umri halisi unamaanisha programu inaweza kuwasha vipengele vya usalama ilivyonavyo kwa watumiaji wadogo.
# Step 3.
q-new-app-steps-lock-down-settings = Weka akaunti iwe ya faragha, punguza nani anaweza kutuma ujumbe, na uzime location
    .feedback = Akaunti ikishafunguliwa, punguza nani anaweza kumwona, kuwasiliana naye na kumpata mtoto wako.
# Step 4.
q-new-app-steps-practise-block-report = Fanyeni mazoezi ya jinsi ya kuzuia na kuripoti pamoja
    .feedback = Mazoezi yanamaanisha mtoto wako anajua la kufanya kitu kikienda vibaya.
# Step 5.
q-new-app-steps-check-again-later = Angalieni mipangilio pamoja tena baada ya miezi michache
    .feedback = Programu hubadilisha mipangilio yao, kwa hivyo angalieni tena mara kwa mara.

# Question: single choice about why secret monitoring can backfire.
q-secret-backfire = Kwa nini ufuatiliaji wa siri unaweza kuleta matokeo kinyume?
    .hint = Fikiria kinachotokea mtoto anapogundua.
    .explanation = Mara nyingi watoto hugundua. Kisha wanaweza kuficha zaidi na kuacha kukuambia. Usimamizi ulio wazi unadumisha imani, ambayo ni mojawapo ya kinga bora.
# Answer option (right).
q-secret-backfire-hide-and-stop-telling = Akigundua, anaweza kuficha zaidi na kuacha kukuambia mambo.
    .feedback = Ndiyo. Kupoteza imani kunaweza kumaanisha kupoteza nafasi ya kusaidia.
# Answer option (wrong).
q-secret-backfire-always-safer = Hauleti matokeo kinyume. Ufuatiliaji wa siri daima ndilo chaguo salama zaidi.
    .feedback = Sivyo hasa. Unaweza kuvunja imani na kuwasukuma watoto kuficha mambo. Usimamizi ulio wazi kwa kawaida ni salama zaidi.
# Answer option (wrong).
q-secret-backfire-children-never-notice = Hauwezi, kwa sababu watoto hawagundui kamwe.
    .feedback = Sivyo hasa. Mara nyingi watoto hugundua, na kisha wanaweza kufungua akaunti za siri.

# Question: true or false about location sharing. The right answer is "true".
q-location-limited = Kwa watoto wengi, ni bora kuzima kushiriki location kwenye programu au kuiwekea familia tu.
    .hint = Nani anahitaji kujua mtoto wako yuko wapi?
    .explanation = Ndiyo. Programu zinaweza kuwaonyesha wengine mahali mtoto wako alipo. Izime, au iwekee familia tu, na mzungumzie jambo hilo waziwazi.
# Feedback if the caregiver picks "true" (right).
q-location-limited-true =
    .feedback = Sawa kabisa. Ni watu ambao familia yako inawaamini tu wanaohitaji kujua mtoto wako yuko wapi.
# Feedback if the caregiver picks "false" (wrong).
q-location-limited-false =
    .feedback = Sivyo hasa. Location kwenye programu inaweza kuonyesha mtoto wako anaishi wapi au anasoma wapi. Izime au iwekee familia tu.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Jaribu kusema: "Unaweza kunionyesha mipangilio kwenye programu unayoipenda zaidi? Tuangalie nani anaweza kukutumia ujumbe na nani anaweza kuona ulipo." Kisha kubalianeni sheria moja ya familia kuhusu vifaa, kwa watu wazima na watoto sawasawa.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza kikundi: mpaka kati ya kumlinda mtoto na kumpeleleza uko wapi? Usimamizi unapaswa kubadilikaje kuanzia umri wa miaka 6 hadi 16, na watu wazima wanawezaje kuwa wazi kuhusu vidhibiti wanavyotumia?
