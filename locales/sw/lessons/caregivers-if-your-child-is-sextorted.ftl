# SafeSteps — MIT OR Apache-2.0

### Lesson: If your child is being sextorted (caregivers).
### Readers are parents, grandparents, older siblings and teachers, possibly in the middle of it.
### Be calm, clear and step by step. Never describe images or acts. It is never the child's fault.
### Help contacts come only from the content guide; keep numbers and web addresses exactly as written.

# Lesson name on the lesson card.
lesson-title = Mtoto wako akitishiwa kwa picha (sextortion)
# One line under the lesson name.
lesson-summary = Sextortion ni nini, na ufanye nini hatua kwa hatua likimtokea mtoto wako.

# Card 1: what sextortion is, without detail.
card-what-it-is =
    Sextortion ni pale mtu anapotishia kushiriki picha ya uchi au ya kingono ya kijana asipolipa pesa, asipotuma picha zaidi, au asipofanya anachosema.
    Picha hiyo inaweza kuwa ya kweli, au ya kughushi au iliyohaririwa.
    Mara nyingi mtu huyo hutumia wasifu wa uongo, hujifanya kijana, hujenga imani haraka, kisha hugeuka kuwa vitisho, wakati mwingine ndani ya saa chache. Wakati mwingine ni mtu ambaye mtoto anamjua.
    Hushinikiza sana kwa muda wa mwisho na kutia taharuki. Sextortion ni uhalifu, na inaweza kumtokea mtoto yeyote.
# Card 2: the first reaction: calm, no blame.
card-your-first-reaction =
    Mtoto wako akikuambia, tulia na umshukuru kwa kukuambia. Huenda likawa jambo gumu zaidi ambalo amewahi kusema.
    Sema waziwazi: "Hili si kosa lako. Umefanya jambo sahihi kwa kuniambia. Tutalishughulikia pamoja."
    Si kosa la mtoto wako, hata kama alishiriki picha. Mtu anayetoa vitisho ndiye anayetenda uhalifu.
    Mtoto wako anaweza kuhisi taharuki, aibu au hofu. Usimhubirie, na usimnyang'anye simu kama adhabu. Unahitaji aendelee kuzungumza nawe.
# Card 3: what to do right now.
card-what-to-do-now =
    Usilipe, na usitume chochote zaidi. Kulipa mara chache sana hukomesha vitisho; kwa kawaida huomba zaidi.
    Acheni kujibu. Huhitaji kujibu wala kujadiliana.
    Usifute akaunti wala chati bado. Hifadhi ushahidi. Piga picha za skrini (screenshot) za jumbe na wasifu, na uandike majina ya watumiaji, viungo vya wasifu na maelezo yoyote ya malipo.
    Usipige picha ya skrini, usihifadhi wala usitume kwa wengine picha yenyewe.
    Kisha ripoti akaunti kwenye programu na uizuie.
    Kama mtoto wako tayari alilipa au alituma zaidi, bado mambo yanaweza kuwa sawa. Acheni sasa na mpate msaada.
# Card 4: where to report.
card-where-to-report =
    Ripoti akaunti kwa programu au jukwaa husika. Sema kwamba mtoto anatishiwa.
    Nchini Marekani (US), ripoti kwa CyberTipline ya NCMEC kupitia report.cybertip.org au 1-800-843-5678. NCMEC hupeleka ripoti kwa polisi wanaoweza kuchukua hatua.
    Kwingineko, wasiliana na polisi wa eneo lako, na uangalie skrini ya Msaada kwa ajili ya nchi yako.
    Take It Down (takeitdown.ncmec.org) ni huduma ya bure ya NCMEC inayoweza kusaidia kuondoa picha za uchi au za kingono za walio chini ya miaka 18 kwenye tovuti zinazoshiriki. Inatengeneza alama ya kidole ya kidijitali, inayoitwa hash, kwenye kifaa chako mwenyewe. Ni hash tu inayotumwa, picha haitumwi kamwe.
    Kama mtoto wako yuko hatarini sasa hivi, piga nambari ya dharura ya eneo lako.
# Card 5: emotional support for child and caregiver.
card-support-after =
    Sextortion inaweza kumuathiri kijana vibaya sana. Kaa karibu naye, dumisha ratiba za kawaida, na endelea kumkumbusha kwamba si kosa lake.
    Kuwa macho na dalili za dhiki kubwa, kama kuzungumza kuhusu kukata tamaa au kujidhuru. Tafuta msaada haraka ukiziona.
    Nchini Marekani, mtoto wako au wewe mnaweza kufikia Crisis Text Line kwa kutuma ujumbe THORN kwa 741741.
    Daktari, mshauri wa shule au nambari ya msaada pia wanaweza kusaidia. Jitunze wewe pia; hili ni gumu kwa walezi. Zungumza na mtu unayemwamini.
    Gusa Msaada upate huduma za msaada katika nchi yako.

# Question: a scenario. The situation is shown first, then the question.
q-late-night-message = Ni jibu gani bora la kwanza?
    .situation = Usiku sana, kijana wako wa miaka 16 anakuonyesha ujumbe: "Tuma $500 ndani ya saa moja au naichapisha picha yako kwa marafiki zako wote." Anatetemeka na kulia.
    .hint = Mtoto wako anahitaji mambo mawili kwanza: kujisikia salama kwako, na shinikizo likome.
    .explanation = Maneno ya utulivu yanatangulia: si kosa lake. Kisha acheni kujibu na mhifadhi ushahidi. Kulipa mara chache sana humaliza vitisho, na kufuta akaunti kunapoteza ushahidi unaohitaji ili kuripoti.
# Action (best).
q-late-night-message-calm-not-your-fault = Kutulia, kumkumbatia, na kusema: "Hili si kosa lako. Tutalishughulikia pamoja."
    .feedback = Chaguo bora. Mtoto wako anahitaji kujisikia salama kwako kabla ya kitu kingine chochote. Kisha mnaweza kuchukua hatua pamoja.
# Action (also good).
q-late-night-message-stop-and-save = Kumsaidia aache kujibu na ahifadhi jumbe na majina ya watumiaji.
    .feedback = Chaguo zuri. Hili linakomesha shinikizo na kutunza ushahidi. Hakikisha pia anasikia kwamba si kosa lake.
# Action (not helpful).
q-late-night-message-pay-quickly = Kulipa haraka ili picha isichapishwe.
    .feedback = Ni kawaida kutaka jambo hili liishe, lakini kulipa mara chache sana hukomesha vitisho. Kwa kawaida huomba zaidi.
# Action (not helpful).
q-late-night-message-delete-account = Kufuta akaunti ya mtoto wako mara moja.
    .feedback = Inaeleweka kutaka iondoke, lakini kufuta kunapoteza ushahidi. Hifadhi kwanza, kisha ripoti.

# Question: put the steps in order.
q-action-steps = Panga hatua hizi kwa mpangilio unaosaidia.
    .hint = Hisia za mtoto wako zinatangulia. Utahitaji kuwa na nini mkononi kabla ya kuripoti?
    .explanation = Mtulize mtoto wako kwanza. Kisha acheni kujibu na mhifadhi ushahidi kabla ya kuripoti na kuzuia. Kisha tafuta msaada kwa ajili ya mtoto wako na kwa ajili yako.
# Step 1.
q-action-steps-reassure = Mtulize mtoto wako: si kosa lake
    .feedback = Kumtuliza kwanza kunamsaidia mtoto wako kutulia na kuendelea kuzungumza.
# Step 2.
q-action-steps-stop-replying = Acheni kumjibu mtu anayetoa vitisho
    .feedback = Kuacha kujibu kunakata shinikizo.
# Step 3.
q-action-steps-save-evidence = Hifadhi picha za skrini za jumbe, majina ya watumiaji na viungo
    .feedback = Hifadhi ushahidi kabla ya chochote kuzuiwa au kufutwa.
# Step 4.
q-action-steps-report = Ripoti kwa jukwaa na kwa CyberTipline au polisi
    .feedback = Ripoti zinawezesha jukwaa na polisi kuchukua hatua.
# Step 5.
q-action-steps-get-support = Tafuta msaada wa kihisia kwa ajili ya mtoto wako na kwa ajili yako
    .feedback = Msaada unawasaidia nyote wawili kukabiliana baada ya tatizo.

# Question: multiple choice, "choose all that apply".
q-evidence = Ni zipi kati ya hizi unapaswa kuhifadhi kama ushahidi? Chagua kila jibu linalofaa.
    .hint = Ushahidi unaonyesha yeye ni nani, alisema nini na aliomba nini.
    .explanation = Majina ya watumiaji, picha za skrini za jumbe, viungo vya wasifu na maelezo ya malipo vinasaidia majukwaa na polisi. Usinakili wala usitume kwa wengine picha kamwe, na usifute chati.
# Answer option (keep).
q-evidence-usernames = Majina yake ya watumiaji kwenye kila programu
    .feedback = Ndiyo. Majina ya watumiaji yanasaidia majukwaa na polisi kupata akaunti.
# Answer option (keep).
q-evidence-message-screenshots = Picha za skrini za jumbe za vitisho
    .feedback = Ndiyo. Picha za skrini zinaonyesha kilichosemwa na lini.
# Answer option (keep).
q-evidence-profile-links = Viungo vya wasifu wake
    .feedback = Ndiyo. Kiungo kinaelekeza moja kwa moja kwenye akaunti.
# Answer option (keep).
q-evidence-payment-details = Maelezo ya malipo, kama pesa tayari zilitumwa
    .feedback = Ndiyo. Maelezo ya malipo yanaweza kusaidia polisi kumfuatilia mtu huyo.
# Answer option (do not keep).
q-evidence-copy-the-image = Nakala ya picha, ili kuwaonyesha polisi
    .feedback = Sivyo hasa. Usinakili, usihifadhi wala usitume picha kwa wengine. Waambie polisi au CyberTipline kwamba ipo, nao watakushauri.
# Answer option (do not keep).
q-evidence-delete-the-chat = Hakuna. Futa chati ili mtoto wako asiione.
    .feedback = Sivyo hasa. Kufuta kunapoteza ushahidi. Unaweza kuiweka chati mahali asipoiona bila kuifuta.

# Question: single choice about paying.
q-will-paying-help = Mtu huyo anasema atafuta picha mtoto wako akilipa. Kwa kawaida nini hutokea ukilipa?
    .hint = Watu wanaotoa vitisho huwa wanafanya nini malipo yakifanikiwa?
    .explanation = Kulipa mara chache sana hukomesha vitisho. Mara nyingi huomba zaidi. Badala yake, acheni kujibu, hifadhi ushahidi na uripoti.
# Answer option (right).
q-will-paying-help-rarely-stops = Vitisho mara chache sana hukoma, na mara nyingi huomba zaidi.
    .feedback = Sawa kabisa. Kulipa kunaonyesha kwamba kitisho kinafanya kazi. Kuripoti kunafanya zaidi.
# Answer option (wrong).
q-will-paying-help-ends-it = Anafuta picha na kumwacha mtoto wako kwa amani.
    .feedback = Sivyo hasa. Hakuna njia ya kujua kama anafuta chochote, na wengi huomba zaidi.
# Answer option (wrong).
q-will-paying-help-pay-half = Kulipa nusu kunafanya kazi, kwa sababu kunaonyesha uko makini.
    .feedback = Sivyo hasa. Malipo yoyote yanaonyesha kwamba kitisho kinafanya kazi. Badala yake, acheni kujibu na uripoti.

# Question: true or false about having paid or sent more already. The right answer is "true".
q-already-sent-more = Kama mtoto wako tayari alilipa au alituma picha zaidi, bado mambo yanaweza kuwa sawa, na msaada bado upo.
    .hint = Fikiria somo lilisema nini kuhusu mtoto ambaye tayari alilipa.
    .explanation = Ndiyo. Vijana wengi hulipa au hutuma zaidi kwa sababu ya taharuki. Bado si kosa lao, na wanaweza kupata msaada wakati wowote, hata sasa. Acheni sasa, hifadhi ushahidi na uripoti.
# Feedback if the caregiver picks "true" (right).
q-already-sent-more-true =
    .feedback = Sawa kabisa. Mwambie mtoto wako kwamba bado mambo yanaweza kuwa sawa. Acheni sasa, hifadhi ushahidi na uripoti.
# Feedback if the caregiver picks "false" (wrong).
q-already-sent-more-false =
    .feedback = Sivyo hasa. Taharuki huwafanya watu walipe au watume zaidi. Mtoto wako bado anaweza kupata msaada, na bado si kosa lake.

# Question: single choice about how Take It Down protects privacy.
q-take-it-down = Take It Down ya NCMEC inalindaje faragha ya mtoto wako?
    .hint = Fikiria tovuti zinahitaji nini ili kutambua nakala ya picha.
    .explanation = Take It Down inatengeneza hash, yaani alama ya kidole ya kidijitali, kwenye kifaa chako mwenyewe. Ni hash tu inayotumwa. Tovuti zinazoshiriki zinaitumia kupata na kuondoa nakala.
# Answer option (right).
q-take-it-down-hash-only = Ni alama ya kidole ya kidijitali (hash) tu inayotoka kwenye kifaa chako, si picha.
    .feedback = Sawa kabisa. Picha inabaki kwenye kifaa chako. Hash inasaidia tovuti kupata nakala.
# Answer option (wrong).
q-take-it-down-send-image = Unatuma picha kwa NCMEC ili waikague.
    .feedback = Sivyo hasa. Hutumi picha kamwe. Ni hash tu inayotoka kwenye kifaa chako.
# Answer option (wrong).
q-take-it-down-public-list = Jina la mtoto wako linawekwa kwenye orodha ya umma.
    .feedback = Sivyo hasa. Take It Down haihitaji jina la mtoto wako. Ni hash tu inayotumwa.

# Question: sort actions into "do" and "don't".
q-do-or-dont = Panga kila kitendo kama "Fanya" au "Usifanye".
    .hint = Uliza kuhusu kila kimoja: je, kinamlinda mtoto wako na ushahidi?
    .explanation = Mtulize, hifadhi ushahidi na uripoti. Usilipe, usimtumie mtu yeyote picha, na usimwadhibu mtoto wako kwa kukuambia.
# Group name.
q-do-or-dont-do = Fanya
# Group name.
q-do-or-dont-dont = Usifanye
# Item to sort (do).
q-do-or-dont-say-not-their-fault = Mwambie mtoto wako kwamba si kosa lake
    .feedback = Mtoto wako anahitaji kusikia hili, mara nyingi.
# Item to sort (do).
q-do-or-dont-report-cybertipline = Ripoti kwa CyberTipline (US) au polisi wa eneo lako
    .feedback = Kuripoti kunawawezesha watu wenye mamlaka ya kuchukua hatua kuingilia kati.
# Item to sort (do).
q-do-or-dont-keep-messages = Hifadhi jumbe na majina ya watumiaji
    .feedback = Ushahidi unasaidia majukwaa na polisi kuchukua hatua.
# Item to sort (don't).
q-do-or-dont-pay-the-demand = Lipa anachodai
    .feedback = Kulipa mara chache sana hukomesha vitisho. Kwa kawaida huomba zaidi.
# Item to sort (don't).
q-do-or-dont-forward-to-family = Mtumie ndugu picha hiyo ili kuomba ushauri
    .feedback = Usitume picha kwa mtu yeyote kamwe. Badala yake, eleza kinachoendelea.
# Item to sort (don't).
q-do-or-dont-take-phone-as-punishment = Mnyang'anye simu yake kama adhabu
    .feedback = Adhabu inaweza kumfanya mtoto wako ajihisi ana lawama na aache kuzungumza nawe.

# Question: single choice about emotional support in the US.
q-emotional-support = Mtoto wako aliye Marekani amesumbuka sana baada ya kutishiwa (sextortion). Ni njia gani nzuri ya kupata msaada kwa ajili yake, au kwa ajili yako?
    .hint = Fikiria njia za msaada kwenye kadi ya mwisho.
    .explanation = Nchini Marekani, Crisis Text Line inatoa msaada: tuma ujumbe THORN kwa 741741. Daktari, mshauri wa shule au nambari ya msaada pia wanaweza kusaidia. Kwingineko, gusa Msaada upate huduma za msaada katika nchi yako.
# Answer option (right).
q-emotional-support-text-thorn = Tuma ujumbe THORN kwa 741741 kufikia Crisis Text Line
    .feedback = Ndiyo. Washauri waliofunzwa wanaweza kumsaidia mtoto wako, au wewe, kupitia nyakati ngumu zaidi.
# Answer option (wrong).
q-emotional-support-wait-it-out = Kusubiri uone kama hisia hizo zitapita zenyewe
    .feedback = Sivyo hasa. Sextortion inaweza kusababisha dhiki kubwa. Tafuta msaada mapema.
# Answer option (wrong).
q-emotional-support-post-warning = Kuchapisha kuhusu jambo hili mtandaoni ili kuwaonya wazazi wengine
    .feedback = Sivyo hasa. Kuchapisha kunaweza kumwanika mtoto wako. Badala yake, pata msaada wa faragha, na uripoti.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Jaribu kusema: "Nilisoma kwamba watu mtandaoni wakati mwingine huwatishia vijana kwa picha. Kama hilo lingewahi kukutokea wewe au rafiki yako, si kosa lako. Ningekusaidia, si kukuadhibu. Nini kingefanya iwe rahisi kuniambia?"
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza kikundi: nini kinaweza kumzuia kijana kumwambia mtu mzima kuhusu sextortion? Watu wazima wanawezaje kuondoa vizuizi hivyo? Pitieni hatua pamoja: tuliza, acha, hifadhi, ripoti, saidia.
