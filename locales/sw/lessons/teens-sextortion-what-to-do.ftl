# SafeSteps — MIT OR Apache-2.0

### Lesson: Sextortion, what to do (ages 13–17).
### Readers are teenagers, often alone and possibly in the middle of it. Be direct, calm and
### respectful; never preachy. Never describe images or acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Sextortion: ufanye nini
# One line under the lesson name.
lesson-summary = Mtu akitishia kushiriki picha yako, haya ndiyo yanayosaidia, hatua kwa hatua.

# Card 1: what sextortion is, without detail.
card-what-it-is =
    Sextortion ni pale mtu anapotishia kushiriki picha yako ya uchi au ya kingono usipomlipa, usipotuma zaidi, au usipofanya anachosema.
    Picha hiyo inaweza kuwa ya kweli, au ya kughushi au iliyohaririwa.
    Mara nyingi ni mgeni anayejifanya kuwa wa umri wako, anajenga uaminifu haraka, kisha anageuka na kuanza vitisho.
    Wakati mwingine ni mtu unayemjua, kama mpenzi wako wa zamani au mtu wa shuleni.
    Hutokea kwenye DM, michezo na programu za mitandao ya kijamii, na inaweza kumtokea mtu yeyote.
# Card 2: a crime, never the teen's fault; you can say no.
card-not-your-fault =
    Sextortion ni uhalifu, na si kosa lako, hata kama ulishiriki picha.
    Mtu anayekutishia ndiye anayevunja sheria.
    Unaweza kukataa, hata kama uliwahi kutuma kitu awali.
    Kuhisi hofu, aibu au taharuki ni kawaida. Hauko peke yako, na kuna watu wanaoweza kusaidia.
# Card 3: what to do right now.
card-what-to-do =
    Usilipe na usitume zaidi. Kulipa mara chache sana hukomesha vitisho; kwa kawaida huomba zaidi.
    Acha kumjibu.
    Usifute akaunti yako wala chati. Piga picha za skrini (screenshot) za jumbe na wasifu wake (si picha yenyewe), na uhifadhi majina ya watumiaji na viungo (links).
    Kisha ripoti na uzuie akaunti hiyo kwenye programu.
    Kama tayari ulilipa, bado mambo yatakuwa sawa. Acha kulipa na upate msaada sasa.
# Card 4: who to tell and where to report.
card-get-help =
    Mwambie mtu mzima unayemwamini: mzazi, mlezi, ndugu, mwalimu au mshauri wa shule. Hapaswi kukulaumu; kazi yake ni kusaidia.
    Ripoti akaunti kwenye programu ili ichukue hatua.
    Nchini Marekani (US), ripoti kwa CyberTipline ya NCMEC kupitia report.cybertip.org au 1-800-843-5678. NCMEC hupeleka ripoti kwa polisi wanaoweza kuchukua hatua.
    Kwingineko, gusa Msaada upate mahali pa kuripoti, au nenda kwa polisi.
    Usimtumie mtu yeyote picha hiyo, hata kumwonyesha rafiki kinachoendelea.
# Card 5: Take It Down and the Help button.
card-take-it-down =
    Take It Down (takeitdown.ncmec.org) ni huduma ya bure ya NCMEC. Inaweza kusaidia kuondoa picha za uchi au za kingono za walio chini ya miaka 18 kwenye programu na tovuti zinazoshiriki.
    Inatengeneza alama ya kidole ya kidijitali ya picha hiyo, inayoitwa hash, kwenye kifaa chako mwenyewe. Ni hash tu inayotumwa, picha haitumwi kamwe.
    Kama unahisi ni mzigo mzito, zungumza na mtu mzima unayemwamini sasa, au gusa kitufe cha Msaada upate watu katika nchi yako wanaoweza kusaidia.

# Question: a scenario. The situation is shown first, then the question.
q-first-move = Ni hatua gani nzuri ya kwanza?
    .situation = Umekuwa ukichati na mtu aliyesema ana miaka 16. Baada ya kushiriki picha, anakutumia ujumbe: "Nilipe sasa au naituma hii kwa wafuasi wako wote. Una saa moja."
    .hint = Muda huo umewekwa ili kukutia taharuki. Nini kinakuweka salama na kukupatia msaada?
    .explanation = Kuacha kumjibu, kuhifadhi ushahidi na kumwambia mtu mzima unayemwamini ni mwanzo bora. Kuhifadhi, kuripoti na kumzuia pia kunasaidia. Kulipa mara chache sana hukomesha vitisho, na kufuta kunapoteza ushahidi. Kama tayari ulifanya mojawapo, bado unaweza kupata msaada.
# Action (best).
q-first-move-stop-save-tell = Kuacha kumjibu, kuhifadhi jumbe, na kumwambia mtu mzima ninayemwamini.
    .feedback = Hatua bora. Unabaki na ushahidi, unakomesha shinikizo, na unapata mtu wa kuwa upande wako.
# Action (also good).
q-first-move-screenshot-block-report = Kupiga picha za skrini za jumbe na wasifu wake, kisha kuripoti na kuzuia akaunti.
    .feedback = Hatua nzuri. Kuhifadhi na kuripoti kunasaidia sana. Kumwambia mtu mzima unayemwamini pia kunaongeza nguvu zaidi.
# Action (not helpful).
q-first-move-pay-once = Kulipa mara moja ili aondoke.
    .feedback = Sivyo hasa. Kulipa mara chache sana humfanya aache; kwa kawaida huomba zaidi. Kama tayari ulilipa, bado unaweza kupata msaada.
# Action (not helpful).
q-first-move-delete-everything = Kufuta akaunti yangu na chati mara moja.
    .feedback = Sivyo hasa. Inaeleweka kutaka yote yaondoke, lakini kufuta kunapoteza ushahidi. Baki na akaunti yako na chati kwa sasa, hifadhi picha za skrini, kisha ripoti na upate msaada.

# Question: put the steps in order.
q-steps = Mtu anakutishia. Panga hatua hizi za programu kwa mpangilio. (Mwambie mtu mzima unayemwamini wakati wowote.)
    .hint = Ni hatua ipi ingekuwa vigumu kufanya akaunti ikishazuiwa?
    .explanation = Acha kumjibu kwanza ili mambo yasizidi kuwa mabaya. Hifadhi ushahidi kabla chochote hakijatoweka. Ripoti ukiwa bado unaweza kuona akaunti, kisha zuia. Mwambie mtu mzima unayemwamini wakati wowote; mapema ndivyo bora.
# Step 1.
q-steps-stop-replying = Acha kumjibu
    .feedback = Kuacha kunakuja kwanza. Huna deni la kumjibu, na kumjibu kunampa zaidi cha kutumia.
# Step 2.
q-steps-save-evidence = Hifadhi picha za skrini, majina ya watumiaji na viungo
    .feedback = Hifadhi ushahidi mapema. Akaunti au jumbe zinaweza kutoweka baadaye.
# Step 3.
q-steps-report-account = Ripoti akaunti kwenye programu
    .feedback = Ripoti ukiwa bado unaweza kuona wasifu wake, ili programu ichukue hatua.
# Step 4.
q-steps-block-account = Zuia akaunti
    .feedback = Zuia mwisho, baada ya kuhifadhi na kuripoti. Hapo hawezi kukufikia huko.

# Question: choose all that apply.
q-evidence = Ni zipi kati ya hizi zilizo njia nzuri za kuhifadhi ushahidi? Chagua kila jibu linalofaa.
    .hint = Ushahidi unaonyesha yeye ni nani na alisema nini.
    .explanation = Picha za skrini, majina ya watumiaji na viungo vya wasifu vinasaidia programu, NCMEC au polisi kuchukua hatua. Kufuta chati kunapoteza ushahidi, na kutuma picha kwa wengine kunaisambaza.
# Answer option (helps).
q-evidence-screenshots = Kupiga picha za skrini za jumbe
    .feedback = Picha za skrini zinaonyesha hasa alichosema na lini.
# Answer option (helps).
q-evidence-username = Kuandika jina lake la mtumiaji
    .feedback = Jina la mtumiaji linasaidia programu na wengine kupata akaunti.
# Answer option (helps).
q-evidence-profile-link = Kunakili kiungo (link) cha wasifu wake
    .feedback = Kiungo cha wasifu kinaelekeza moja kwa moja kwenye akaunti.
# Answer option (does not help).
q-evidence-delete-chat = Kufuta chati
    .feedback = Sivyo hasa. Kufuta chati kunapoteza ushahidi. Baki nayo na uhifadhi picha za skrini.
# Answer option (does not help).
q-evidence-forward-image = Kumtumia rafiki picha hiyo
    .feedback = Sivyo hasa. Kutuma picha kwa wengine kunaisambaza. Hifadhi jumbe, si nakala za picha.

# Question: single choice about what paying usually leads to.
q-what-paying-does = Kwa kawaida nini hutokea ukilipa?
    .hint = Watu wanaotoa vitisho huwa wanafanya nini baada ya kupata walichoomba?
    .explanation = Kulipa mara chache sana hukomesha vitisho. Kwa kawaida huomba zaidi. Badala yake, acha kumjibu, hifadhi ushahidi na upate msaada.
# Answer option (right).
q-what-paying-does-asks-for-more = Anaomba zaidi, na vitisho mara nyingi vinaendelea.
    .feedback = Sawa kabisa. Kulipa mara chache sana humaliza jambo hili. Kupata msaada kunafanya zaidi.
# Answer option (wrong).
q-what-paying-does-deletes-it = Anafuta picha na kukuacha kwa amani.
    .feedback = Sivyo hasa. Hakuna njia ya kujua kama atafuta chochote, na wengi huomba zaidi. Kama tayari ulilipa, bado unaweza kupata msaada.
# Answer option (wrong).
q-what-paying-does-only-way = Vitisho vinakoma kabisa, kwa sababu kulipa ndiyo njia pekee ya kutoka.
    .feedback = Sivyo hasa. Kuripoti, kuzuia na kumwambia mtu mzima unayemwamini ni njia bora zaidi za kulikomesha.

# Question: true or false about having paid already.
q-already-paid = Kama tayari ulilipa, bado unaweza kupata msaada.
    .hint = Je, kuna wakati ambapo msaada haupo tena kwa ajili yako?
    .explanation = Ndiyo. Hata kama ulilipa au ulituma zaidi, si kosa lako na msaada upo. Acha kulipa, hifadhi jumbe na umwambie mtu unayemwamini.
# Feedback if the teen picks "true" (right).
q-already-paid-true =
    .feedback = Sawa kabisa. Kama tayari ulilipa, bado mambo yatakuwa sawa. Acha kulipa, hifadhi jumbe, na upate msaada sasa.
# Feedback if the teen picks "false" (wrong).
q-already-paid-false =
    .feedback = Sivyo hasa. Unaweza kupata msaada wakati wowote. Kulipa mara moja hakukuondolei haki yako ya kusaidiwa.

# Question: true or false about saying no after sharing before.
q-say-no-again = Unaweza kukataa kutuma zaidi, hata kama uliwahi kushiriki picha awali.
    .hint = Je, kusema ndiyo mara moja kunamaanisha lazima useme ndiyo kila mara?
    .explanation = Ndiyo. Kushiriki mara moja hakumaanishi kamwe lazima ushiriki tena. Unaweza kukataa wakati wowote.
# Feedback if the teen picks "true" (right).
q-say-no-again-true =
    .feedback = Sawa kabisa. Unaweza kukataa kila wakati, bila kujali kilichotokea awali.
# Feedback if the teen picks "false" (wrong).
q-say-no-again-false =
    .feedback = Sivyo hasa. Unaweza kukataa kila wakati, hata kama uliwahi kushiriki awali. Kushiriki mara moja hakumaanishi kamwe lazima ufanye tena.

# Question: single choice about how Take It Down protects privacy.
q-take-it-down-privacy = Take It Down ni zana ya bure ya NCMEC inayosaidia kuondoa picha za uchi za walio chini ya miaka 18. Inalindaje faragha yako?
    .hint = Fikiria programu zinahitaji nini hasa ili kutambua nakala.
    .explanation = Take It Down inatengeneza hash, yaani alama ya kidole ya kidijitali, kwenye kifaa chako mwenyewe. Ni hash tu inayotumwa, picha yenyewe haitumwi kamwe.
# Answer option (right).
q-take-it-down-privacy-hash-only = Ni alama ya kidole ya kidijitali (hash) tu inayotoka kwenye kifaa chako, si picha.
    .feedback = Sawa kabisa. Picha inabaki kwenye kifaa chako. Programu zinazoshiriki zinatumia hash kupata nakala.
# Answer option (wrong).
q-take-it-down-privacy-upload-image = Unatuma picha kwa wafanyakazi wa NCMEC waiangalie.
    .feedback = Sivyo hasa. Hutumi picha kamwe. Ni hash tu, alama ya kidole ya kidijitali, inayotoka kwenye kifaa chako.
# Answer option (wrong).
q-take-it-down-privacy-name-published = Jina lako linashirikiwa na programu.
    .feedback = Sivyo hasa. Take It Down haihitaji jina lako. Ni hash tu inayotumwa.

# Question: a scenario about helping a friend.
q-friend-panicking = Ungefanya nini?
    .situation = Rafiki yako anakuambia kwamba mtu anatishia kuchapisha picha yake. Ana taharuki na anasema, "Usimwambie mtu yeyote."
    .hint = Rafiki yako anahitaji msaada wako, na mtu mzima anayeweza kuchukua hatua.
    .explanation = Msikilize, mkumbushe kwamba si kosa lake, na umsaidie kumhusisha mtu mzima anayemwamini. Kumsaidia kuhifadhi ushahidi na kuripoti pia ni vizuri. Kuifanya siri au kulipa kunamwacha peke yake na tatizo hili.
# Action (best).
q-friend-panicking-listen-and-get-adult = Kumsikiliza, kumwambia si kosa lake, na kumsaidia kumwambia mtu mzima anayemwamini.
    .feedback = Chaguo bora. Unabaki upande wake na unampatia msaada wa kweli. Siri inayomweka rafiki hatarini ni ya kumwambia mtu mzima.
# Action (also good).
q-friend-panicking-help-save-and-report = Kumsaidia kuhifadhi jumbe na kuripoti akaunti.
    .feedback = Chaguo zuri. Kuhifadhi na kuripoti kunasaidia. Mtu mzima anayemwamini anaweza kusaidia zaidi.
# Action (not helpful).
q-friend-panicking-keep-the-secret = Kuifanya siri, kama alivyoomba.
    .feedback = Sivyo hasa. Inahisi kama uaminifu, lakini inamwacha rafiki yako peke yake na uhalifu. Msaidie kumwambia mtu mzima anayemwamini.
# Action (not helpful).
q-friend-panicking-tell-them-to-pay = Kumwambia alipe ili jambo liishe.
    .feedback = Sivyo hasa. Kulipa mara chache sana humaliza jambo hili; kwa kawaida huomba zaidi. Msaidie rafiki yako aache kujibu na apate msaada.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza: kwa nini watu wanaowatishia vijana hutumia muda wa mwisho na taharuki? Nini kingefanya iwe rahisi kumwambia mtu mzima? Zungumzeni kuhusu kinachotokea baada ya mtu kuripoti, na kumbusha kikundi kwamba si kosa la mwathiriwa kamwe.
