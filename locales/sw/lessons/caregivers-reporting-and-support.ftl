# SafeSteps — MIT OR Apache-2.0

### Lesson: Reporting and getting support (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Explain what happens after a report. Help contacts come only from the content guide; keep
### numbers and web addresses exactly as written. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Kuripoti na kupata msaada
# One line under the lesson name.
lesson-summary = Wapi na jinsi ya kuripoti, nini hutokea baadaye, na jinsi ya kumsaidia mtoto wako na kujisaidia wewe mwenyewe baadaye.

# Card 1: reporting on the app or platform.
card-report-to-the-app =
    Programu, michezo na tovuti nyingi zina kitufe cha kuripoti kwenye wasifu, jumbe na machapisho.
    Hifadhi ushahidi kwanza. Piga picha za skrini (screenshot) za jumbe na wasifu, na uandike majina ya watumiaji, viungo vya wasifu, tarehe na saa. Usihifadhi wala usishiriki kamwe picha ya kingono ya mtoto, hata kama ushahidi.
    Unaporipoti, sema waziwazi kwamba mtoto anahusika. Majukwaa mengi hulichukulia hili kama jambo la dharura.
    Baada ya kuripoti, zuia akaunti hiyo ili isiweze kuwasiliana na mtoto wako.
    Baki na akaunti ya mtoto wako na chati kwa sasa, ili kisipotee chochote.
# Card 2: reporting beyond the app.
card-report-beyond-the-app =
    Mambo mengine yanahitaji zaidi ya ripoti kwa jukwaa. Hii ni pamoja na vitisho, maombi ya picha za kingono, au mtu mzima anayejaribu kukutana na mtoto.
    Nchini Marekani (US), ripoti kwa CyberTipline ya NCMEC kupitia report.cybertip.org au 1-800-843-5678.
    Katika nchi yoyote, unaweza kuwasiliana na polisi wa eneo lako. Kama mtoto yuko hatarini sasa hivi, piga nambari ya dharura ya eneo lako.
    Nchi nyingi zina nambari ya kitaifa ya msaada kwa watoto. Angalia skrini ya Msaada kwa ajili ya nchi yako.
    Kama nchi yako haijaorodheshwa, Child Helpline International ina orodha katika childhelplineinternational.org.
# Card 3: what happens after a report.
card-what-happens-next =
    Kujua kinachofuata kunaweza kufanya kuripoti kusiogopeshe sana.
    Jukwaa hukagua ripoti. Linaweza kuondoa maudhui au kufunga akaunti, na linaweza kukutumia taarifa fupi.
    Ripoti za CyberTipline hukaguliwa na NCMEC na kupelekwa kwa polisi wanaoweza kuchukua hatua.
    Polisi wanaweza kuwasiliana nawe kuuliza maswali. Wanaweza kuomba ushahidi uliohifadhi.
    Inaweza kuchukua muda, na huenda usisikie kila undani wa kinachotokea. Hilo halimaanishi kwamba ripoti yako ilipuuzwa.
    Kama picha zinashirikiwa, Take It Down (takeitdown.ncmec.org) inaweza kusaidia kuondoa picha za uchi za walio chini ya miaka 18 kwenye tovuti zinazoshiriki.
# Card 4: supporting the child after a report.
card-supporting-your-child =
    Baada ya ripoti, mtoto wako anahitaji kujisikia salama na kuaminiwa.
    Mwambie mara kwa mara kwamba si kosa lake. Mtu aliyemdhuru au aliyemtishia ndiye anayewajibika.
    Dumisha ratiba za kila siku ziwe za kawaida kadiri unavyoweza. Usimwadhibu wala usimnyang'anye vifaa vyake vyote.
    Mhusishe katika maamuzi pale inapowezekana, kama nani mwingine anahitaji kujua.
    Hisia zinaweza kuja na kwenda kwa wiki kadhaa. Kuwa macho na mabadiliko katika usingizi, hisia au kula, na utafute msaada wa daktari, mshauri wa shule au nambari ya msaada kama una wasiwasi.
# Card 5: support for the caregiver; someone to talk to.
card-support-for-you =
    Hili ni gumu kwa walezi pia. Unaweza kuhisi hasira, hatia, hofu au mshtuko. Hisia hizi ni za kawaida.
    Usingeweza kuona kila hatari. Watu wanaowalenga watoto huficha wanachofanya.
    Zungumza na mtu unayemwamini, kama rafiki, mwenzi wako, daktari au mshauri. Nambari nyingine za msaada kwa watoto pia huwasaidia watu wazima wenye wasiwasi.
    Kujitunza kunakusaidia kumtunza mtoto wako.
    Gusa Msaada upate huduma za msaada katika nchi yako.

# Question: put the steps in order.
q-report-steps = Mtu amekuwa akimtumia mtoto wako jumbe za vitisho. Panga hatua hizi kwa mpangilio unaosaidia.
    .hint = Mtoto wako anatangulia. Kisha jiulize: nini kingekuwa vigumu kufanya akaunti ikishazuiwa?
    .explanation = Mtulize mtoto wako kwanza. Hifadhi ushahidi kabla chochote hakijatoweka. Ripoti kwenye jukwaa ukiwa bado unaweza kuona akaunti, kisha uizuie. Ripoti vitisho kwa CyberTipline (US) au polisi pia, na endelea kumsaidia mtoto wako katika wiki zinazofuata.
# Step 1.
q-report-steps-reassure-child = Mshukuru mtoto wako kwa kukuambia, na useme si kosa lake
    .feedback = Mtoto wako anatangulia. Kujisikia salama kwako kunamsaidia kuendelea kuzungumza.
# Step 2.
q-report-steps-save-evidence = Hifadhi picha za skrini, majina ya watumiaji na viungo
    .feedback = Ushahidi unafuata, kabla chochote hakijatoweka.
# Step 3.
q-report-steps-report-to-platform = Ripoti akaunti kwenye jukwaa
    .feedback = Ripoti ukiwa bado unaweza kuona wasifu.
# Step 4.
q-report-steps-block-account = Zuia akaunti
    .feedback = Kuzuia baada ya kuripoti kunakomesha mawasiliano zaidi.
# Step 5.
q-report-steps-keep-supporting = Endelea kumsaidia mtoto wako katika wiki zinazofuata
    .feedback = Msaada ni muhimu muda mrefu baada ya ripoti kutolewa.

# Question: single choice about where to report in the US.
q-where-in-us = Unaishi Marekani (US). Mtu mzima mtandaoni alimwomba mtoto wako wa miaka 12 picha za kingono. Unapaswa kuripoti wapi, pamoja na kwa programu?
    .hint = Angalia tena kadi kuhusu kuripoti nje ya programu.
    .explanation = Nchini Marekani, ripoti kwa CyberTipline ya NCMEC kupitia report.cybertip.org au 1-800-843-5678. NCMEC hupeleka ripoti kwa polisi wanaoweza kuchukua hatua.
# Answer option (right).
q-where-in-us-cybertipline = CyberTipline ya NCMEC, kupitia report.cybertip.org
    .feedback = Ndiyo. CyberTipline ndiyo mahali pa kuripoti jambo hili nchini Marekani. Unaweza pia kuwasiliana na polisi wa eneo lako.
# Answer option (wrong).
q-where-in-us-social-media-post = Chapisho kwenye mitandao ya kijamii kuwaonya wazazi wengine
    .feedback = Sivyo hasa. Chapisho la umma linaweza kumwanika mtoto wako na linaweza kumtahadharisha mtu huyo. Badala yake, ripoti kwa faragha.
# Answer option (wrong).
q-where-in-us-only-the-school = Shule ya mtoto wako peke yake
    .feedback = Sivyo hasa. Shule inaweza kusaidia kumuunga mkono mtoto wako, lakini jambo hili linahitaji ripoti kwa CyberTipline au polisi.

# Question: a scenario. The situation is shown first, then the question.
q-no-local-line = Ungefanya nini?
    .situation = Mtu mtandaoni amekuwa akimshinikiza mtoto wako wa miaka 13 atume picha. Huishi Marekani, na huna uhakika umpigie nani mahali unapoishi.
    .hint = Kuna njia za kupata msaada katika nchi yoyote.
    .explanation = Angalia skrini ya Msaada na orodha ya Child Helpline International upate nambari ya eneo lako. Ripoti pia kwa jukwaa na polisi. Kutofanya chochote au kumtaja mtu huyo mtandaoni kunaweza kumwacha mtoto wako katika hatari zaidi.
# Action (best).
q-no-local-line-help-screen-and-directory = Kuangalia skrini ya Msaada kwa ajili ya nchi yako, au orodha ya Child Helpline International.
    .feedback = Chaguo bora. Nambari ya msaada ya eneo lako inaweza kukuongoza kuhusu la kufanya na mahali pa kuripoti.
# Action (also good).
q-no-local-line-platform-and-police = Kuhifadhi ushahidi, kuripoti kwenye programu, na kuwasiliana na polisi wa eneo lako.
    .feedback = Chaguo zuri. Majukwaa na polisi wanaweza kuchukua hatua, popote unapoishi.
# Action (not helpful).
q-no-local-line-nothing-to-do = Kutofanya chochote, kwa kuwa hakuna huduma ya kuripoti kama ile ya Marekani hapa.
    .feedback = Msaada bado upo. Polisi, majukwaa na nambari za msaada kwa watoto zipo katika nchi nyingi.
# Action (not helpful).
q-no-local-line-name-them-online = Kuchapisha jina la mtumiaji la mtu huyo mtandaoni ili kumuaibisha.
    .feedback = Hili linaweza kumwanika mtoto wako na kumtahadharisha mtu huyo kabla polisi hawajachukua hatua. Badala yake, ripoti kwa faragha.

# Question: true or false about hearing back. The right answer is "true".
q-may-not-hear-back = Baada ya kuripoti, huenda usisikie kila undani wa kinachotokea baadaye.
    .hint = Fikiria kadi ilisema nini kuhusu muda na taarifa.
    .explanation = Ndiyo. Ukaguzi na kazi ya polisi huchukua muda, na baadhi ya maelezo hubaki ya siri. Kutosikia chochote hakumaanishi hakuna kilichotokea.
# Feedback if the caregiver picks "true" (right).
q-may-not-hear-back-true =
    .feedback = Sawa kabisa. Ripoti yako bado ni muhimu, hata ukisikia machache. Baki na ushahidi wako endapo polisi wataomba.
# Feedback if the caregiver picks "false" (wrong).
q-may-not-hear-back-false =
    .feedback = Sivyo hasa. Huenda usisikie kila undani. Hilo halimaanishi kwamba ripoti ilipuuzwa.

# Question: multiple choice, "choose all that apply".
q-support-after-report = Ni zipi kati ya hizi zinamsaidia mtoto baada ya ripoti? Chagua kila jibu linalofaa.
    .hint = Fikiria kuhusu usalama, udhibiti na ratiba.
    .explanation = Ratiba za kawaida, kusikia kwamba si kosa lake, sauti katika maamuzi na kupewa ushauri nasaha vyote vinasaidia. Ukimya na marufuku vinaweza kumfanya mtoto ajihisi anaadhibiwa au yuko peke yake.
# Answer option (helps).
q-support-after-report-keep-routines = Kudumisha ratiba za kila siku ziwe za kawaida kadiri unavyoweza
    .feedback = Ndiyo. Ratiba zinamsaidia mtoto kujisikia salama tena.
# Answer option (helps).
q-support-after-report-repeat-not-fault = Kumkumbusha, mara kwa mara, kwamba si kosa lake
    .feedback = Ndiyo. Mara nyingi watoto hujilaumu. Kulisikia tena na tena kunasaidia.
# Answer option (helps).
q-support-after-report-involve-in-decisions = Kumhusisha katika maamuzi, kama nani mwingine anahitaji kujua
    .feedback = Ndiyo. Kunamrudishia sehemu ya udhibiti aliyonyang'anywa.
# Answer option (helps).
q-support-after-report-offer-counselling = Kumpa nafasi ya kuzungumza na mshauri, daktari au nambari ya msaada
    .feedback = Ndiyo. Msaada wa ziada unaweza kusaidia na hisia zinazodumu kwa wiki kadhaa.
# Answer option (does not help).
q-support-after-report-never-mention-again = Kutolitaja tena kamwe
    .feedback = Sivyo hasa. Ukimya unaweza kuhisi kama aibu. Mjulishe mtoto wako kwamba anaweza kulizungumzia wakati wowote.
# Answer option (does not help).
q-support-after-report-ban-all-devices = Kupiga marufuku vifaa vyote kwa miezi kadhaa
    .feedback = Sivyo hasa. Hili linaweza kuhisi kama adhabu kwa kusema, na linamtenga na marafiki zake.

# Question: sort tasks into who handles them.
q-who-does-what = Panga kila kazi kwa huduma ambayo kwa kawaida huishughulikia.
    .hint = Fikiria nani anaweza kuondoa maudhui, nani anaweza kuchunguza, na nini kinatumia hash.
    .explanation = Majukwaa huondoa akaunti na machapisho. CyberTipline (nchini Marekani) na polisi hushughulikia uhalifu kama vitisho kwa mtoto. Take It Down husaidia kuondoa picha za uchi za walio chini ya miaka 18 kwa kutumia hash.
# Group name.
q-who-does-what-platform = Programu au jukwaa
# Group name.
q-who-does-what-cybertipline-or-police = CyberTipline (US) au polisi
# Group name.
q-who-does-what-take-it-down = Take It Down
# Item to sort (platform).
q-who-does-what-remove-account = Kuondoa akaunti inayovunja sheria
    .feedback = Majukwaa yanaweza kufunga akaunti kwenye huduma zao.
# Item to sort (platform).
q-who-does-what-remove-posts = Kuondoa chapisho au maoni yenye madhara
    .feedback = Majukwaa huondoa maudhui yanayovunja sheria zao.
# Item to sort (CyberTipline or police).
q-who-does-what-investigate-crime = Kuchunguza uhalifu dhidi ya mtoto
    .feedback = Polisi huchunguza uhalifu. Nchini Marekani, CyberTipline huwapelekea ripoti.
# Item to sort (CyberTipline or police).
q-who-does-what-threats-to-a-child = Kumtafuta mtu anayetishia kushiriki picha ya mtoto
    .feedback = Vitisho kama hivi ni uhalifu. Polisi wanaweza kumfuatilia mtu huyo, kwa hivyo mripoti kwa CyberTipline au polisi.
# Item to sort (Take It Down).
q-who-does-what-hash-removal = Kutengeneza hash ya picha ili tovuti zipate nakala
    .feedback = Take It Down inatengeneza hash kwenye kifaa chako, kwa hivyo picha haitoki humo kamwe.
# Item to sort (Take It Down).
q-who-does-what-nude-image-under-18 = Kusaidia kuondoa picha za uchi za mtu aliye chini ya miaka 18
    .feedback = Hii ndiyo kazi ambayo Take It Down iliundwa kufanya.

# Question: single choice about the caregiver's own feelings.
q-caregiver-feelings = Baada ya ripoti, unahisi hasira na unaendelea kujiuliza ulikosaje kuliona. Nini kinasaidia zaidi?
    .hint = Nani anamtunza mtu anayemtunza mtoto wako?
    .explanation = Hisia kali ni za kawaida. Wanaodhulumu huficha wanachofanya, kwa hivyo hakuna mtu anayeona kila hatari. Kuzungumza na mtu kunakusaidia kubaki imara kwa ajili ya mtoto wako.
# Answer option (right).
q-caregiver-feelings-normal-get-support = Kujua kwamba hisia hizi ni za kawaida, na kuzungumza na mtu unayemwamini
    .feedback = Ndiyo. Msaada kwako unakusaidia kumsaidia mtoto wako.
# Answer option (wrong).
q-caregiver-feelings-hide-feelings = Kuficha hisia zako na kuendelea peke yako
    .feedback = Sivyo hasa. Kubeba mzigo huu peke yako ni vigumu. Kuomba msaada ni nguvu.
# Answer option (wrong).
q-caregiver-feelings-blame-yourself = Kuamua kwamba ni kushindwa kwako kama mzazi
    .feedback = Sivyo hasa. Watu wanaowalenga watoto huficha wanachofanya. Mtu aliyesababisha madhara ndiye anayewajibika.

# Question: true or false about reporting after a delay. The right answer is "true".
q-waited-weeks = Kama mtoto wako alisubiri wiki kadhaa kabla ya kukuambia, bado inafaa kuripoti.
    .hint = Je, ushahidi au msaada huisha baada ya wiki chache?
    .explanation = Ndiyo. Watoto wengi husubiri kabla ya kusema. Ripoti bado zinasaidia, na mtoto wako bado anastahili msaada. Si kosa lake kwamba alisubiri.
# Feedback if the caregiver picks "true" (right).
q-waited-weeks-true =
    .feedback = Sawa kabisa. Ripoti hata hivyo, na umshukuru mtoto wako kwa kukuambia alipoweza.
# Feedback if the caregiver picks "false" (wrong).
q-waited-weeks-false =
    .feedback = Sivyo hasa. Ripoti bado zinasaidia baada ya wiki au miezi kadhaa. Watoto wengi wanahitaji muda kabla ya kuhisi wanaweza kusema.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Jaribu kuuliza: "Unajua jinsi ya kumripoti mtu kwenye programu unazotumia? Unaweza kunionyesha?" Kisha sema: "Ukiwahi kuripoti kitu, au ukitaka kuripoti, unaweza kuniambia. Nitakusaidia, na hutalaumiwa."
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza kikundi: ni wasiwasi gani unaoweza kuizuia familia kuripoti? Pitieni kinachotokea baada ya ripoti kwa jukwaa na ripoti kwa polisi, na orodhesheni mahali watu katika nchi yenu wanaweza kupata msaada.
