# SafeSteps — MIT OR Apache-2.0

### Lesson: How children are targeted online (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Describe tactics, feelings and actions only; never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Jinsi watoto wanavyolengwa mtandaoni
# One line under the lesson name.
lesson-summary = Jifunze njia za kawaida ambazo watu hutumia kujaribu kupata imani ya mtoto mtandaoni, ili uweze kuzitambua mapema na kusaidia.

# Card 1: where contact happens; technology framed positively.
card-where-it-happens =
    Michezo, programu za mitandao ya kijamii na chati ni sehemu kubwa ya jinsi watoto wanavyocheza, wanavyojifunza na wanavyowasiliana na marafiki. Muda mwingi wa huo ni mzuri kwao.
    Watu wanaotaka kuwadhuru watoto huenda mahali watoto walipo. Hiyo inamaanisha michezo maarufu, chati za sauti ndani ya michezo, programu za video na chati za vikundi.
    Mawasiliano mara nyingi huanzia mahali pa wazi, kama ukumbi wa mchezo (lobby) au sehemu ya maoni.
    Kujua jinsi maeneo haya yanavyofanya kazi kunakusaidia kutambua matatizo mapema, bila kupiga marufuku vitu ambavyo mtoto wako anafurahia.
# Card 2: it is often someone the child knows, not only strangers.
card-who-it-can-be =
    Tahadhari kuhusu wageni peke yake haitoshi. Watu wengi wanaowadhuru watoto ni watu ambao mtoto anawajua.
    Anaweza kuwa mtu mzima katika maisha yake, kijana mkubwa zaidi, au mtoto wa umri wake.
    Anaweza pia kuwa rafiki wa mtandaoni ambaye mtoto amechati naye kwa wiki kadhaa. Mtu huyo anaweza kujifanya mdogo, au kujifanya anapenda mambo yaleyale, ili aonekane rafiki.
    Kwa hivyo zungumzeni kuhusu tabia, si tu kuhusu mtu ni nani. Mtu yeyote anayeomba siri au anayevuka mipaka ni wa kuangaliwa.
# Card 3: how trust is built: flattery, attention and gifts.
card-building-trust =
    Imani mara nyingi hujengwa polepole. Hizi ni baadhi ya mbinu za kawaida.
    Sifa nyingi na umakini, kama "Umekomaa sana" au "Ni mimi tu ninayekuelewa."
    Zawadi, pesa, gift cards, au sarafu na skins za ndani ya mchezo.
    Kumuunga mkono mtoto wako anapogombana na marafiki au familia.
    Kuwepo usiku sana, wakati wengine wamelala.
    Zawadi zinaweza kumfanya mtoto ahisi ana deni la kulipa. Sifa zinaweza kumfanya ajihisi wa pekee na anaeleweka.
# Card 4: secrecy, moving to private chat, pressure and threats.
card-secrecy-and-pressure =
    Kisha, mara nyingi mtu huyo hujaribu kumtenga mtoto na msaada.
    Anaweza kumwomba mtoto afanye chati zao kuwa siri, au kusema wazazi "hawataelewa."
    Anaweza kuomba wahamie chati ya faragha au programu nyingine, mahali ambapo hakuna mtu mwingine anayeweza kuona.
    Kisha sauti yake inaweza kubadilika. Anaweza kushinikiza apewe picha au simu za video, kumfanya mtoto ajihisi na hatia, au kutoa vitisho.
    Vitisho na aibu hutumiwa kumfanya mtoto anyamaze. Ndiyo sababu watoto wengi hawasemi mara moja.
# Card 5: never the child's fault; someone to talk to.
card-never-their-fault =
    Si kosa la mtoto kamwe. Mbinu hizi zimepangwa kuwadanganya watu, na hufanya kazi hata kwa watu wazima.
    Kama mtoto wako alisifiwa, alipokea zawadi, au alitunza siri, mtu aliyemlenga ndiye wa kulaumiwa.
    Mjulishe mtoto wako kwamba anaweza kukujia wakati wowote, na kwamba hatapoteza upendo wala msaada wako kwa kukuambia.
    Kama una wasiwasi sasa, zungumza na mtu unayemwamini, au gusa Msaada upate huduma za msaada katika nchi yako.

# Question: single choice about in-game currency given with a request for secrecy.
q-free-currency = Mchezaji ambaye mtoto wako wa miaka 10 alikutana naye kwenye mchezo anamtumia sarafu za mchezo na kusema, "Usiwaambie wazazi wako, watakulazimisha uzirudishe." Kuna uwezekano mkubwa hii ni nini?
    .hint = Angalia sehemu zote mbili za ujumbe, si zawadi tu.
    .explanation = Zawadi inayoambatana na ombi la usiri ni mbinu ya kawaida. Inajenga hisia ya deni, na inawaweka watu wazima nje. Mazungumzo ya utulivu na mtoto wako ni hatua nzuri inayofuata.
# Answer option (right).
q-free-currency-common-tactic = Mbinu ya kawaida ya kujenga imani na usiri
    .feedback = Ndiyo. Zawadi inajenga hisia ya deni, na siri inakuweka wewe nje. Zote mbili ni ishara za tahadhari.
# Answer option (wrong).
q-free-currency-just-generous = Mchezaji mkarimu anayeonyesha wema
    .feedback = Sivyo hasa. Wachezaji wema hawahitaji zawadi ifichwe kwa wazazi. Siri ndiyo ishara ya tahadhari.
# Answer option (wrong).
q-free-currency-normal-trade = Biashara ya kawaida kati ya wachezaji
    .feedback = Sivyo hasa. Hakuna kilichobadilishwa. Zawadi inayokuja na "usiseme" ni mbinu ya kawaida.

# Question: true or false about strangers. The right answer is "false".
q-mostly-strangers = Watu wengi wanaowadhuru watoto ni wageni wanaokutana nao mtandaoni.
    .hint = Fikiria ni nani aliye na nafasi rahisi zaidi ya kujenga imani ya mtoto.
    .explanation = Watu wengi wanaowadhuru watoto ni watu wanaowajua. Hii ni pamoja na watu wazima katika maisha yao, vijana wakubwa zaidi, wenzao wa rika moja na marafiki wa mtandaoni wanaojenga imani.
# Feedback if the caregiver picks "true" (wrong).
q-mostly-strangers-true =
    .feedback = Sivyo hasa. Wageni wanaweza kuwa hatari, lakini watu wengi wanaowadhuru watoto ni watu ambao mtoto anawajua. Zungumzeni kuhusu tabia, si wageni tu.
# Feedback if the caregiver picks "false" (right).
q-mostly-strangers-false =
    .feedback = Sawa kabisa. Wengi ni watu ambao mtoto anawajua, au wanaokuwa "marafiki" mtandaoni kwanza. Kuwa macho na tabia kama siri na shinikizo.

# Question: multiple choice, "choose all that apply".
q-which-tactics = Ni zipi kati ya hizi zilizo mbinu za kawaida zinazotumiwa kuwalenga watoto? Chagua kila jibu linalofaa.
    .hint = Uliza kuhusu kila moja: je, inajenga uhusiano wa karibu, inaficha mawasiliano, au inamshinikiza mtoto?
    .explanation = Sifa nyingi, zawadi, usiri, kuhamia chati ya faragha na vitisho ni mbinu za kawaida. Maneno ya kirafiki baada ya mechi na kucheza katika timu moja ni sehemu za kawaida za michezo ya video.
# Answer option (a tactic).
q-which-tactics-flattery = Sifa nyingi, kama "Umekomaa sana kwa umri wako"
    .feedback = Ndiyo. Sifa nyingi zinaweza kumfanya mtoto ajihisi wa pekee na anaeleweka na mtu huyu mmoja.
# Answer option (a tactic).
q-which-tactics-gifts = Zawadi, pesa au sarafu za ndani ya mchezo
    .feedback = Ndiyo. Zawadi zinaweza kumfanya mtoto ahisi ana deni la kulipa.
# Answer option (a tactic).
q-which-tactics-keep-it-secret = Kumwomba mtoto afanye chati kuwa siri
    .feedback = Ndiyo. Usiri unawaweka nje watu wazima anaowaamini, kwa hivyo hakuna anayeweza kusaidia.
# Answer option (a tactic).
q-which-tactics-move-to-private-chat = Kuomba wahamie chati ya faragha au programu nyingine
    .feedback = Ndiyo. Mahali pa faragha kunamaanisha hakuna mtu mwingine anayeweza kuona kinachosemwa.
# Answer option (a tactic).
q-which-tactics-threats = Vitisho au kumfanya ajihisi na hatia mtoto anapotaka kuacha
    .feedback = Ndiyo. Vitisho na hatia hutumiwa kumfanya mtoto anyamaze na aendelee kuwasiliana.
# Answer option (not a tactic).
q-which-tactics-says-good-game = Kusema "umecheza vizuri" baada ya mechi
    .feedback = Sivyo hasa. Peke yake, haya ni mazungumzo ya kawaida ya kirafiki ya mchezoni.
# Answer option (not a tactic).
q-which-tactics-same-team = Kucheza katika timu moja na mtoto wako
    .feedback = Sivyo hasa. Kucheza kama timu ni sehemu ya kawaida ya michezo ya video. Badala yake, kuwa macho na siri, zawadi na shinikizo.

# Question: put the common stages in order.
q-pattern = Kuwalenga watoto mara nyingi hufuata mtindo fulani. Panga hatua hizi kwa mpangilio wake wa kawaida.
    .hint = Imani lazima ijengwe kabla mtu hajaweza kuitumia.
    .explanation = Mawasiliano huja kwanza, kisha imani, kisha kumtenga mtoto na msaada, kisha shinikizo. Matukio halisi hutofautiana, lakini kujua mtindo huu kunakusaidia kuingilia kati mapema.
# Step 1.
q-pattern-make-contact = Kuanzisha mawasiliano kwenye mchezo, programu au chati
    .feedback = Mawasiliano kwa kawaida huanzia mahali ambapo watoto tayari hutumia muda.
# Step 2.
q-pattern-build-trust = Kujenga imani kwa sifa, umakini na zawadi
    .feedback = Imani inafuata. Sifa na zawadi zinamfanya mtoto ajihisi wa pekee.
# Step 3.
q-pattern-cut-off = Kuomba usiri na kuhamia chati ya faragha
    .feedback = Kisha mtu huyo anamtenga mtoto na watu wazima ambao wangeweza kusaidia.
# Step 4.
q-pattern-pressure = Kushinikiza zaidi, kwa kutumia hatia au vitisho
    .feedback = Shinikizo mara nyingi huja mwisho, mtoto anapohisi amenaswa.

# Question: a scenario. The situation is shown first, then the question.
q-child-tells-you = Ni njia gani nzuri ya kuitikia?
    .situation = Mtoto wako wa miaka 11 anakuambia kwamba rafiki wa mtandaoni kutoka kwenye mchezo aliomba wachati kwenye programu nyingine na akasema, "Usimwambie mama yako." Mtoto wako anaonekana na wasiwasi kwamba utakasirika.
    .hint = Jinsi unavyoitikia sasa inaamua kama mtoto wako atakuambia wakati ujao.
    .explanation = Tulia, mshukuru mtoto wako, na angalieni chati pamoja. Kisha hifadhi, zuia na uripoti. Kumnyang'anya vifaa au kumkaripia kunaweza kumfundisha mtoto kuficha mambo.
# Action (best).
q-child-tells-you-calm-thank-look-together = Kutulia, kumshukuru kwa kukuambia, na kuangalia chati pamoja.
    .feedback = Chaguo bora. Mtoto wako anajifunza kwamba ni salama kukuambia. Kisha mnaweza kupanga hatua zinazofuata pamoja.
# Action (also good).
q-child-tells-you-help-save-block-report = Kumsaidia kuhifadhi jumbe, kisha kuzuia na kuripoti akaunti hiyo.
    .feedback = Chaguo zuri. Kuhifadhi kwanza kunatunza ushahidi. Hakikisha pia mtoto wako anasikia kwamba alifanya jambo sahihi.
# Action (not helpful).
q-child-tells-you-take-device-away = Kumnyang'anya kifaa chake kwa mwezi mmoja ili jambo hili lisitokee tena.
    .feedback = Hili linaweza kuhisi kama adhabu kwa kusema. Wakati ujao, mtoto wako anaweza kunyamaza badala yake.
# Action (not helpful).
q-child-tells-you-scold-for-chatting = Kumkaripia kwa kuchati na watu mtandaoni.
    .feedback = Mtoto wako alifanya jambo sahihi kwa kukuambia. Kumkaripia kunaweza kumfanya ajihisi ana lawama, na si kosa lake.

# Question: sort behaviours into two groups.
q-sign-or-fine = Panga kila tabia ya mtu ambaye mtoto wako alikutana naye mtandaoni.
    .hint = Je, tabia hiyo inaficha mawasiliano au inajenga deni, au ni mchezo wa kawaida?
    .explanation = Siri, zawadi na kutaka kuwa peke yake na mtoto kwenye video ni ishara za tahadhari. Sifa kwa kitu alichojenga mchezoni na kucheza na wanafunzi wenzake kwa kawaida ni sawa.
# Group name.
q-sign-or-fine-warning-sign = Ishara ya tahadhari
# Group name.
q-sign-or-fine-usually-fine = Kwa kawaida ni sawa
# Item to sort (warning sign).
q-sign-or-fine-asks-for-secrecy = Anamwomba mtoto wako afanye chati kuwa siri
    .feedback = Usiri unakuweka wewe nje. Hiyo ni ishara ya tahadhari.
# Item to sort (warning sign).
q-sign-or-fine-sends-gift-cards = Anatuma gift cards bila sababu ya wazi
    .feedback = Zawadi bila sababu zinaweza kujenga hisia ya deni. Hiyo ni ishara ya tahadhari.
# Item to sort (warning sign).
q-sign-or-fine-asks-to-video-alone = Anataka simu ya video wakati hakuna watu wazima karibu
    .feedback = Kutaka kuwa peke yake na mtoto wako kwenye kamera ni ishara ya tahadhari.
# Item to sort (usually fine).
q-sign-or-fine-praises-a-build = Anasema "umejenga vizuri" kuhusu ulimwengu wa mchezo wa mtoto wako
    .feedback = Maoni ya kirafiki kuhusu mchezo, peke yake, kwa kawaida ni sawa.
# Item to sort (usually fine).
q-sign-or-fine-plays-with-classmates = Anacheza katika kikundi pamoja na wanafunzi wenzake wa mtoto wako
    .feedback = Kucheza kikundi na marafiki ambao mtoto wako anawajua kwa kawaida ni sawa.

# Question: true or false about peers. The right answer is "true".
q-peers-too = Mtoto wa umri uleule pia anaweza kumshinikiza mtoto mwingine mtandaoni.
    .hint = Kumbuka ni nani anaweza kuwa.
    .explanation = Ndiyo. Shinikizo linaweza kutoka kwa wenzao, kama wanafunzi wenzao au marafiki, pamoja na watu wazima. Ishara zilezile za tahadhari zinahusika.
# Feedback if the caregiver picks "true" (right).
q-peers-too-true =
    .feedback = Sawa kabisa. Wenzao wanaweza kushinikiza kupata picha, siri au zaidi. Zungumzeni kuhusu tabia, bila kujali umri wa mtu huyo mwingine.
# Feedback if the caregiver picks "false" (wrong).
q-peers-too-false =
    .feedback = Sivyo hasa. Watoto pia wanaweza kuwashinikiza watoto wengine. Kuwa macho na tabia, si umri tu.

# Question: single choice about who is responsible.
q-who-is-responsible = Mtoto alipokea zawadi na akaficha chati kwa wiki kadhaa kabla ya kusema. Nani anawajibika kwa kilichotokea?
    .hint = Nani alipanga mbinu hizo?
    .explanation = Mtu aliyemlenga mtoto ndiye anayewajibika. Mbinu hizi zimeundwa ili zifanikiwe. Si kosa la mtoto, na si ishara ya malezi mabaya.
# Answer option (right).
q-who-is-responsible-the-offender = Mtu aliyemlenga mtoto
    .feedback = Ndiyo. Yeye ndiye aliyepanga. Mtoto wako anahitaji kusikia kwamba si kosa lake.
# Answer option (wrong).
q-who-is-responsible-the-child = Mtoto, kwa sababu alitunza siri
    .feedback = Sivyo hasa. Kutunza siri kulikuwa sehemu ya hila. Mtoto halaumiwi kamwe.
# Answer option (wrong).
q-who-is-responsible-the-parent = Mzazi, kwa sababu hakuangalia chati
    .feedback = Sivyo hasa. Mbinu hizi hufichwa makusudi. Mtu aliyemlenga mtoto ndiye wa kulaumiwa.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Jaribu kuuliza: "Kama mtu mtandaoni angekupa zawadi na kukuomba uifanye siri, ungefanya nini?" Sikiliza kwanza. Kisha kubalianeni pamoja: "Unaweza kuniambia wakati wowote, na hutanyang'anywa michezo yako kwa kuniambia."
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza kikundi: kwa nini tahadhari kuhusu wageni hazigusi hatari nyingi? Orodhesheni mbinu kutoka kwenye somo, kisha zungumzeni kuhusu kinachorahisisha mtoto kumwambia mtu mzima mapema.
