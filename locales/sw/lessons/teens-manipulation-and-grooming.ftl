# SafeSteps — MIT OR Apache-2.0

### Lesson: Manipulation and grooming (ages 13–17).
### Readers are teenagers, often alone. Be direct and respectful; never preachy. Name tactics,
### feelings and actions; never describe abuse. Not only strangers. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Kutambua ujanja na hila
# One line under the lesson name.
lesson-summary = Jinsi watu wanavyojenga uaminifu ili kumtumia mtu vibaya, jinsi ya kutambua hili mapema, na la kufanya.

# Card 1: what grooming is; who can do it.
card-what-it-is =
    Watu wengi unaokutana nao mtandaoni ni watu wa kawaida tu. Kupata marafiki mtandaoni kunaweza kuwa kuzuri sana.
    Lakini watu wengine hujenga uaminifu makusudi, ili kumtumia mtu vibaya. Hii inaitwa grooming (kumrubuni mtu kwa kujenga uaminifu).
    Anaweza kuwa mtu mzima anayejifanya mdogo. Anaweza kuwa mtu wa rika lako. Anaweza kuwa mtu unayemjua tayari, kama kocha, rafiki wa familia au kijana mkubwa zaidi shuleni.
    Kwa kawaida huanza kwa kuhisi vizuri. Ndiyo sababu ni vigumu kulitambua.
# Card 2: common tactics.
card-tactics =
    Hila mara nyingi hufuata mtindo fulani. Kuwa macho na mtu ambaye:
    Anakupa umakini mwingi na sifa nyingi, haraka.
    Anakutumia zawadi, salio la mchezo au pesa bila sababu ya wazi.
    Anasema "Ni mimi tu ninayekuelewa" au "Marafiki zako hawakuelewi."
    Anakuomba ufanye chati zenu kuwa siri.
    Polepole anakutenga na marafiki na familia.
    Anakuhamishia kwenye chati ya faragha au programu nyingine.
    Moja kati ya haya peke yake huenda lisiwe kitu. Kadhaa kwa pamoja ni ishara ya tahadhari.
# Card 3: how it turns into pressure.
card-pressure =
    Mara nyingi huanza kwa umakini na zawadi. Kisha zinakuja siri na kuhamia chati ya faragha.
    Kadiri muda unavyopita, maombi yanakua. Siri ndogo. Picha. Kisha kitu usichotaka kufanya.
    Anaweza kutumia hatia: "Baada ya yote niliyokufanyia."
    Anaweza kukufanya ujihisi wa pekee, kisha akawa baridi, ili ujitahidi kumfurahisha.
    Wengine hugeuka kuwa vitisho, kama kuwaambia watu siri zako au kushiriki picha.
    Shinikizo na vitisho si sehemu ya urafiki au uhusiano wa kweli kamwe.
# Card 4: trust your gut.
card-trust-your-gut =
    Hisia zako ni ishara muhimu. Kukosa amani, kuchanganyikiwa au kuhisi unashinikizwa ni sababu ya kusita.
    Huhitaji ushahidi ili kuchukua hatua. Unaweza kwenda polepole, kukataa au kuacha kujibu.
    Jiulize: je, ningekuwa sawa kama mtu mzima ninayemwamini angeona chati hii?
    Kama jibu ni hapana, hilo ni jambo la kuzingatia.
    Unaweza kuhifadhi jumbe, kisha kumzuia na kumripoti mtu huyo.
# Card 5: not your fault, and telling someone.
card-not-your-fault =
    Kama mtu alikuhadaa, si kosa lako.
    Hilo ni kweli hata kama ulimpenda, ulitunza siri zake, ulipokea zawadi au ulituma kitu.
    Grooming inafanikiwa kwa sababu mtu huyo ni hodari wa kuwadanganya watu. Lawama ni yake.
    Mwambie mtu mzima unayemwamini. Anapaswa kusikiliza na kusaidia, si kukulaumu.
    Unaweza pia kugusa kitufe cha Msaada upate mtu wa kuzungumza naye katika nchi yako.

# Question: single choice about an isolating message.
q-only-i-get-you = Mtu unayechati naye anasema, "Wazazi wako hawakuelewi. Ni mimi tu ninayekuelewa." Kuna nini hapa?
    .hint = Nini kingeweza kutokea kama ungeacha kuzungumza na familia yako?
    .explanation = Hii ni njia ya kukutenga. Unapohisi ni mtu mmoja tu anayekuelewa, ni vigumu zaidi kumwomba mtu mwingine msaada.
# Answer option (right).
q-only-i-get-you-isolating = Anajaribu kunitenga na watu wanaonijali.
    .feedback = Sawa kabisa. Kumtenga mtu kunamfanya iwe rahisi kumdhibiti. Baki karibu na watu unaowaamini.
# Answer option (wrong).
q-only-i-get-you-real-support = Ananiunga mkono, kwa hivyo ninapaswa kumsikiliza.
    .feedback = Sivyo hasa. Msaada wa kweli hauwasukumi mbali familia au marafiki zako.
# Answer option (wrong).
q-only-i-get-you-harmless = Haina madhara. Anakuwa mwema tu.
    .feedback = Sivyo hasa. Inaweza kuhisi vizuri, lakini "ni mimi tu ninayekuelewa" ni kauli ya kawaida ya hila.

# Question: choose all that apply, about tactics.
q-spot-tactics = Ni zipi kati ya hizi zilizo hila za kawaida? Chagua kila jibu linalofaa.
    .hint = Kumbuka mtindo huo. Je, inajenga uaminifu wa haraka, usiri au umbali?
    .explanation = Sifa nyingi za haraka, zawadi bila sababu, siri na kuhamia programu nyingine ni hila za kawaida. Kuheshimu hapana yako na kupenda muziki uleule ni kawaida.
# Answer option (tactic).
q-spot-tactics-fast-flattery = Sifa nyingi na umakini mwingi, haraka sana
    .feedback = Ndiyo. Umakini wa haraka hujenga uaminifu upesi, wakati mwingine makusudi.
# Answer option (tactic).
q-spot-tactics-gifts-for-nothing = Zawadi au salio la mchezo bila sababu ya wazi
    .feedback = Ndiyo. Zawadi zinaweza kukufanya uhisi una deni kwake.
# Answer option (tactic).
q-spot-tactics-keep-it-secret = Kukuomba ufanye chati zenu kuwa siri
    .feedback = Ndiyo. Siri zinawazuia watu wengine kugundua kinachoendelea.
# Answer option (tactic).
q-spot-tactics-move-apps = Kukuhamishia kwenye programu ya faragha
    .feedback = Ndiyo. Kwenye faragha, hakuna mtu mwingine anayeweza kuona anachosema.
# Answer option (normal).
q-spot-tactics-respects-no = Kukubali jibu la hapana
    .feedback = Sivyo hasa. Kuheshimu hapana yako ni ishara nzuri.
# Answer option (normal).
q-spot-tactics-same-music = Kupenda muziki uleule unaoupenda
    .feedback = Sivyo hasa. Kushiriki mambo mnayopenda ni kawaida. Angalia watu wanachofanya kadiri muda unavyopita.

# Question: true or false about who grooms. The right answer is "false".
q-only-older-strangers = Grooming hufanywa tu na wageni walio wakubwa kwa umri.
    .hint = Fikiria watu waliotajwa mwanzoni mwa somo.
    .explanation = Si kweli. Anaweza kuwa mtu mzima, mtu wa rika lako, au mtu unayemjua tayari. Angalia watu wanachofanya, si tu wao ni nani.
# Feedback if the teen picks "true" (wrong).
q-only-older-strangers-true =
    .feedback = Sivyo hasa. Anaweza pia kuwa mtu wa rika lako, rafiki wa mtandaoni au mtu unayemjua vizuri.
# Feedback if the teen picks "false" (right).
q-only-older-strangers-false =
    .feedback = Sawa kabisa. Mtu yeyote anaweza kutumia hila. Ishara za tahadhari ni muhimu zaidi kuliko yeye ni nani.

# Question: put the common pattern in order.
q-how-it-builds = Hila mara nyingi hujengeka kwa hatua. Zipange kwa mpangilio wa kawaida.
    .hint = Kwa kawaida huanza kwa kuhisi vizuri. Inaishia wapi?
    .explanation = Mara nyingi huanza kwa uaminifu na umakini. Kisha zinakuja siri na chati ya faragha, kisha maombi madogo, kisha shinikizo au vitisho. Kutambua hatua za mwanzo kunakusaidia kuchukua hatua mapema.
# Step 1.
q-how-it-builds-builds-trust = Umakini mwingi, sifa na zawadi
    .feedback = Kwanza. Hili linajenga uaminifu na kukufanya ujihisi wa pekee.
# Step 2.
q-how-it-builds-secrets-and-private = Anakuomba ufanye chati kuwa siri, mara nyingi kwenye programu ya faragha
    .feedback = Kisha. Siri na chati za faragha zinawazuia wengine kugundua.
# Step 3.
q-how-it-builds-small-asks = Anaanza kuomba vitu vidogo, kama picha
    .feedback = Baadaye. Maombi madogo yanafanya makubwa yaonekane ya kawaida baadaye.
# Step 4.
q-how-it-builds-pressure-and-threats = Anashinikiza zaidi, kwa hatia au vitisho
    .feedback = Mwisho. Kufikia hapa inaweza kuhisi vigumu kukataa. Bado unaweza, na msaada upo.

# Question: a scenario about someone the teen knows.
q-someone-you-know = Ungefanya nini kuhusu jumbe hizo?
    .situation = Kocha msaidizi wa klabu yako anaanza kukutumia jumbe usiku sana. Anakutumia kadi ya zawadi (gift card) na kusema, "Chati zetu ziwe kati yetu tu. Wengine wangeona wivu."
    .hint = Ni mtu unayemjua. Je, ishara za tahadhari bado ni muhimu?
    .explanation = Kumwambia mtu mzima unayemwamini ni hatua bora. Kuhifadhi jumbe na kuacha kujibu pia kunasaidia. Siri na zawadi kutoka kwa mtu mzima anayekusimamia ni ishara za tahadhari, hata kama unampenda.
# Action (best).
q-someone-you-know-tell-trusted-adult = Kumwambia mzazi au mtu mzima mwingine ninayemwamini, na kumwonyesha jumbe.
    .feedback = Hatua bora. Mtu mzima anaweza kuchukua hatua, na ulifanya jambo sahihi kwa kusema.
# Action (also good).
q-someone-you-know-save-and-stop = Kuhifadhi jumbe na kuacha kujibu.
    .feedback = Hatua nzuri. Kumwambia mtu mzima pia kunamaanisha kuna mtu atakayehakikisha jambo hili linakoma.
# Action (not helpful).
q-someone-you-know-keep-it-quiet = Kunyamaza ili yeye asiingie matatani.
    .feedback = Sivyo hasa. Ni jukumu lake kutenda ipasavyo, si lako kumlinda. Siri kama hii ni ya kusema.
# Action (not helpful).
q-someone-you-know-accept-and-wait = Kubaki na zawadi na kusubiri kuona kitakachotokea.
    .feedback = Sivyo hasa. Zawadi pamoja na siri ni mtindo. Kumhusisha mtu mzima mapema ni rahisi zaidi.

# Question: true or false about gut feelings.
q-gut-feeling = Ukihisi chati fulani si sawa, ni sawa kuacha kujibu, hata kama huwezi kueleza kwa nini.
    .hint = Je, unahitaji ushahidi kabla ya kujilinda?
    .explanation = Kweli. Huhitaji sababu wala ushahidi. Hisia za kukosa amani zinastahili kusikilizwa.
# Feedback if the teen picks "true" (right).
q-gut-feeling-true =
    .feedback = Sawa kabisa. Amini hisia zako. Unaweza kuacha, kuhifadhi, kumzuia na kumwambia mtu.
# Feedback if the teen picks "false" (wrong).
q-gut-feeling-false =
    .feedback = Sivyo hasa. Huhitaji ushahidi kamwe ili kuacha kuzungumza na mtu. Hisia zako ni muhimu.

# Question: a scenario about an online friend the same age.
q-online-friend-asks = Ungefanya nini kuhusu ombi hilo?
    .situation = Umecheza michezo ya mtandaoni na mtu wa rika lako kwa miezi kadhaa. Sasa anataka mhamie programu nyingine na mtumiane picha. Unaposita, anaandika, "Nilidhani unaniamini."
    .hint = Angalia hatia hapo. Je, rafiki wa kweli anakushinikiza unaposita?
    .explanation = Kukataa na kumwambia mtu unayemwamini ni hatua bora. Kumzuia na kumripoti pia ni vizuri. "Nilidhani unaniamini" ni hatia inayotumiwa kama shinikizo.
# Action (best).
q-online-friend-asks-say-no-and-tell = Kukataa, na kuzungumza na mtu mzima ninayemwamini kuhusu jambo hili.
    .feedback = Hatua bora. Hapana inatosha, na mtu mzima anaweza kusaidia akiendelea kushinikiza.
# Action (also good).
q-online-friend-asks-block-and-report = Kuhifadhi chati, kisha kumzuia na kumripoti.
    .feedback = Hatua nzuri. Unajilinda wewe na wengine. Kumwambia mtu mzima pia ni bora zaidi.
# Action (not helpful).
q-online-friend-asks-send-to-keep-friend = Kutuma picha ili nisipoteze urafiki.
    .feedback = Sivyo hasa. Rafiki anayestahili kubaki naye anakubali jibu la hapana. Kama tayari ulituma, bado unaweza kupata msaada.
# Action (not helpful).
q-online-friend-asks-move-but-dont-send = Kuhamia programu nyingine, lakini bila kutuma chochote.
    .feedback = Sivyo hasa. Kwenye programu ya faragha shinikizo kwa kawaida huongezeka, na hakuna mtu mwingine anayeweza kuliona.

# Question: single choice about having already gone along with it.
q-already-went-along = Mtu fulani alitunza siri na akatuma picha kabla ya kuona ishara za tahadhari. Ni lipi lililo kweli?
    .hint = Je, kuna wakati ambapo msaada unakoma kuwepo?
    .explanation = Bado si kosa lake, na bado anaweza kupata msaada. Kumwambia mtu mzima anayemwamini au kugusa Msaada ni hatua nzuri inayofuata.
# Answer option (right).
q-already-went-along-still-get-help = Bado si kosa lake, na bado anaweza kupata msaada.
    .feedback = Sawa kabisa. Lawama ni ya mtu aliyemhadaa. Msaada upo wakati wowote.
# Answer option (wrong).
q-already-went-along-nothing-can-be-done = Hakuna kinachoweza kufanywa sasa.
    .feedback = Sivyo hasa. Watu wazima, programu na nambari za msaada bado wanaweza kusaidia, na mara nyingi picha zinaweza kuondolewa.
# Answer option (wrong).
q-already-went-along-handle-alone = Lazima alishughulikie peke yake kwa sababu alikubali.
    .feedback = Sivyo hasa. Kukubali hakufanyi liwe kosa lake. Anastahili kusaidiwa.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza: kwa nini hila mara nyingi huanza kwa kuhisi vizuri? Zungumzeni jinsi mtindo huo unavyoweza kuonekana kwa mgeni, mtu wa rika lako na mtu unayemjua. Nini kingefanya iwe rahisi kumwambia mtu? Kumbusha kikundi kwamba si kosa la mtu anayehadaiwa kamwe.
