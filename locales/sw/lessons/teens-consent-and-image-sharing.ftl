# SafeSteps — MIT OR Apache-2.0

### Lesson: Consent and sharing images (ages 13–17).
### Readers are teenagers, often alone. Be direct, calm and respectful; never preachy.
### Never describe images or acts; say "nude or private image". Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Ridhaa na kushiriki picha
# One line under the lesson name.
lesson-summary = Ni picha ya nani? Wakati wa kuuliza, wakati wa kuacha, na la kufanya picha ikisambazwa.

# Card 1: consent before sharing anyone's image.
card-ask-first =
    Picha na video ni sehemu kubwa ya jinsi tunavyowasiliana mtandaoni. Hiyo ni sawa.
    Lakini picha ya mtu ni yake kwa sehemu. Kabla ya kuichapisha au kuituma, muulize.
    Ridhaa (consent) ni ndiyo ya wazi, inayotolewa kwa hiari. Kunyamaza si ndiyo. "Sawa tu, vyovyote" si ndiyo.
    Watu pia wanaweza kubadilisha nia. Rafiki akikuomba uondoe picha, iondoe.
    Wewe ungetaka hivyo hivyo kutoka kwake.
# Card 2: never forward a nude or private image.
card-never-forward =
    Usitume kamwe kwa wengine picha ya uchi au ya faragha ya mtu, hata kama tayari inasambaa.
    Kila mara inaposhirikiwa, inamuumiza aliye ndani yake. Inaweza kumfuata kwa miaka.
    Katika nchi nyingi, kushiriki picha ya uchi ya mtu aliye chini ya miaka 18 ni uhalifu. Hili linaweza kuwa kweli hata kama wewe pia uko chini ya miaka 18.
    Haijalishi nani aliituma kwanza, au kama aliwahi kumtumia mtu mmoja tu. Kuituma kwa mtu mmoja si ndiyo kwa kila mtu.
# Card 3: what to do if you receive one.
card-if-you-get-one =
    Mtu akikutumia picha ya uchi au ya faragha ya mtu mwingine:
    Usiitume kwa wengine wala usimwonyeshe mtu yeyote.
    Iripoti kwenye programu. Kisha ifute, na uiondoe pia kwenye folda ya "recently deleted" (zilizofutwa hivi karibuni).
    Usihifadhi nakala, hata kama ushahidi. Unaweza kuripoti bila kubaki na picha.
    Mwambie mtu mzima unayemwamini, ili akusaidie kuzuia isisambae. Hapaswi kukulaumu kwa kuipokea.
    Mtu mzima au mgeni akikutumia picha ya uchi ya mtu yeyote, hilo pia si sawa. Mripoti na umwambie mtu.
# Card 4: you can say no; not your fault.
card-you-can-say-no =
    Hakuna mtu mwenye haki ya kukushinikiza utume picha. Si crush wako, mpenzi wako, rafiki wala mgeni.
    Unaweza kukataa, hata kama uliwahi kushiriki awali. Kusema ndiyo mara moja hakumaanishi ndiyo tena.
    Kama picha yako ilishirikiwa bila ridhaa yako, si kosa lako. Aliyeishiriki ndiye aliyekosea, hata kama wewe ndiye uliyemtumia.
    Hukusababisha hili, na unaweza kupata msaada.
# Card 5: Take It Down, reporting, and who to talk to.
card-getting-it-removed =
    Ripoti chapisho kwenye programu. Picha za uchi za walio chini ya miaka 18 zinavunja sheria za programu, na programu zinapaswa kuziondoa.
    Take It Down (takeitdown.ncmec.org) ni zana ya bure ya NCMEC. Inasaidia kuondoa picha za uchi za walio chini ya miaka 18 kwenye programu zinazoshiriki.
    Inatengeneza hash, yaani alama ya kidole ya kidijitali, ya picha hiyo kwenye kifaa chako mwenyewe. Ni hash tu inayotumwa, picha haitumwi kamwe.
    Zungumza na mtu mzima unayemwamini. Au gusa kitufe cha Msaada upate watu katika nchi yako wanaoweza kusaidia.

# Question: single choice about posting a funny photo of a friend.
q-funny-photo = Una picha ya kuchekesha ya rafiki. Ufanye nini kabla ya kuichapisha?
    .hint = Ni uso wa nani ulio kwenye picha?
    .explanation = Uliza kwanza. Picha ya mtu ni yake kwa sehemu. Akikataa, au akibadilisha nia baadaye, heshimu uamuzi wake.
# Answer option (right).
q-funny-photo-ask-them-first = Kumuuliza kama ni sawa kuichapisha.
    .feedback = Sawa kabisa. "Naweza kuichapisha hii?" ya haraka inaonyesha heshima, na marafiki wengi watakubali au watakuambia wanayoipenda.
# Answer option (wrong).
q-funny-photo-post-then-delete = Kuichapisha, na kuifuta akikasirika.
    .feedback = Sivyo hasa. Kufikia wakati huo huenda watu wameiona au wameihifadhi. Kuuliza kwanza ni rahisi kwenu nyote wawili.
# Answer option (wrong).
q-funny-photo-tag-them = Kumtag ili ajue iko mtandaoni.
    .feedback = Sivyo hasa. Kumtag kunamjulisha baada ya kuichapisha. Ridhaa inamaanisha kuuliza kabla.

# Question: a scenario about a private image in a group chat.
q-group-chat-image = Ungefanya nini kuhusu picha hiyo?
    .situation = Kwenye chati ya kikundi, mtu anatuma picha ya faragha ya msichana wa darasa lenu. Watu wanaanza kutuma emoji za kucheka. Mtu mmoja anasema, "Itume kwenye kikundi kingine."
    .hint = Fikiria msichana aliye kwenye picha. Nini kingezuia isisambae?
    .explanation = Kutoishiriki, kuiripoti na kumwambia mtu mzima unayemwamini ni hatua bora. Kuifuta na kutoka kwenye kikundi pia ni vizuri. Kuituma kwa wengine kunasambaza madhara. Kuituma au kuihifadhi kunaweza kuwa uhalifu.
# Action (best).
q-group-chat-image-dont-share-report-tell = Kutoishiriki. Kuiripoti kwenye programu, kuifuta, na kumwambia mtu mzima ninayemwamini.
    .feedback = Hatua bora. Unasaidia kuzuia isisambae, na mtu mzima anaweza kusaidia iondolewe. Kuipokea hakukuwa kosa lako, na ulifanya jambo sahihi kwa kusema.
# Action (also good).
q-group-chat-image-delete-and-leave-chat = Kuifuta na kutoka kwenye kikundi.
    .feedback = Hatua nzuri. Wewe si sehemu ya usambazaji. Kuiripoti na kumwambia mtu mzima pia kungemsaidia zaidi.
# Action (not helpful).
q-group-chat-image-forward-to-warn = Kumtumia yeye ili ajue inasambaa.
    .feedback = Sivyo hasa. Kuituma, hata kwake, bado kunaisambaza. Mwambie kwa upole kwa maneno, na umwambie mtu mzima.
# Action (not helpful).
q-group-chat-image-save-just-in-case = Kuhifadhi nakala, endapo mtu atahitaji ushahidi.
    .feedback = Sivyo hasa. Kubaki na nakala kunaweza kuwa uhalifu, na huihitaji ili kuripoti. Iripoti, kisha uifute.

# Question: choose all that apply, about why not to forward.
q-why-not-forward = Kwa nini hupaswi kamwe kutuma kwa wengine picha ya uchi au ya faragha ya mtu? Chagua kila jibu linalofaa.
    .hint = Fikiria mtu aliye ndani yake, sheria, na kinachotokea baada ya kubonyeza kitufe cha kutuma.
    .explanation = Inamuumiza mtu huyo, inaweza kuwa uhalifu, na ikishatumwa inaweza kusambaa bila mtu yeyote kuweza kuidhibiti. Nani aliituma kwanza au imesambaa kiasi gani hakubadilishi hilo.
# Answer option (right reason).
q-why-not-forward-hurts-the-person = Inamuumiza mtu aliye kwenye picha.
    .feedback = Ndiyo. Kila inaposhirikiwa inaongeza maumivu yake.
# Answer option (right reason).
q-why-not-forward-can-be-a-crime = Katika maeneo mengi, inaweza kuwa uhalifu.
    .feedback = Ndiyo. Kushiriki picha ya uchi ya mtu aliye chini ya miaka 18 ni uhalifu katika nchi nyingi.
# Answer option (right reason).
q-why-not-forward-spreads-fast = Ukishaituma, huwezi kudhibiti inakoenda.
    .feedback = Ndiyo. Kuituma mara moja kunaweza kugeuka kuwa mamia ya nakala.
# Answer option (not a reason to share).
q-why-not-forward-fine-if-already-out = Ni sawa kama watu wengi tayari wanayo.
    .feedback = Sivyo hasa. Kila inaposhirikiwa tena bado inamuumiza. Unaweza kuwa wewe unayeikomesha.
# Answer option (not a reason to share).
q-why-not-forward-fine-if-they-sent-it = Ni sawa kama yeye mwenyewe aliituma kwa mtu kwanza.
    .feedback = Sivyo hasa. Kuituma kwa mtu mmoja si ndiyo kwa kila mtu.

# Question: put the steps in order.
q-received-steps = Mtu anakutumia picha ya uchi ya mwanafunzi mwenzako. Panga hatua hizi kwa mpangilio. (Mwambie mtu mzima unayemwamini wakati wowote.)
    .hint = Ni hatua ipi inahitaji ujumbe bado uwepo?
    .explanation = Kwanza zuia isisambae. Ripoti ujumbe ukiwa bado upo, ili programu ichukue hatua. Kisha ifute, na uiondoe kwenye "recently deleted" ili nakala isibaki.
# Step 1.
q-received-steps-dont-forward = Usiitume kwa wengine wala usimwonyeshe mtu yeyote
    .feedback = Kwanza, ikomee kwako. Hilo linamlinda mwanafunzi mwenzako.
# Step 2.
q-received-steps-report-it = Ripoti ujumbe au akaunti kwenye programu
    .feedback = Ripoti ukiwa bado unaweza kuuona, ili programu ichukue hatua.
# Step 3.
q-received-steps-delete-it = Futa picha
    .feedback = Kisha ifute. Huhitaji kubaki nayo.
# Step 4.
q-received-steps-empty-deleted-folder = Iondoe kwenye folda yako ya "recently deleted"
    .feedback = Mwisho, iondoe huko pia, ili nakala isibaki kwenye simu yako.

# Question: true or false about saying no after saying yes before.
q-said-yes-before = Kama uliwahi kumtumia mtu picha, bado unaweza kukataa wakati ujao.
    .hint = Je, ndiyo ya mara moja ni ndiyo milele?
    .explanation = Kweli. Ridhaa ni ya kila mara. Unaweza kukataa sasa, bila kujali ulichofanya awali.
# Feedback if the teen picks "true" (right).
q-said-yes-before-true =
    .feedback = Sawa kabisa. Unaweza kukataa wakati wowote. Mtu anayeendelea kukushinikiza hakuheshimu.
# Feedback if the teen picks "false" (wrong).
q-said-yes-before-false =
    .feedback = Sivyo hasa. Kushiriki mara moja hakumaanishi lazima ufanye tena. Unaweza kukataa kila wakati.

# Question: true or false about blame. The right answer is "false".
q-blame-for-sending = Mtu akishiriki picha yako ya faragha bila ridhaa yako, una sehemu ya lawama kwa sababu uliituma.
    .hint = Nani alichagua kuishiriki na wengine?
    .explanation = Si kweli. Si kosa lako. Mtu aliyeishiriki bila ridhaa yako ndiye aliyekosea. Unaweza kupata msaada ili iondolewe.
# Feedback if the teen picks "true" (wrong).
q-blame-for-sending-true =
    .feedback = Sivyo hasa. Si kosa lako, hata kama wewe ndiye uliyemtumia. Yeye alichagua kuishiriki. Unaweza kuiripoti na kupata msaada.
# Feedback if the teen picks "false" (right).
q-blame-for-sending-false =
    .feedback = Sawa kabisa. Lawama ni ya mtu aliyeishiriki. Iripoti, mwambie mtu unayemwamini, na ujaribu Take It Down.

# Question: single choice about how Take It Down works.
q-take-it-down-how = Take It Down inaiwekaje picha yako faragha?
    .hint = Fikiria programu zinahitaji nini ili kutambua nakala bila kuiona.
    .explanation = Take It Down inatengeneza hash, yaani alama ya kidole ya kidijitali, kwenye kifaa chako mwenyewe. Ni hash tu inayotumwa. Programu zinazoshiriki zinaitumia kupata na kuondoa nakala.
# Answer option (right).
q-take-it-down-how-hash-leaves = Ni alama ya kidole ya kidijitali (hash) tu inayotoka kwenye kifaa chako.
    .feedback = Sawa kabisa. Picha inabaki kwako. Hash inatosha kupata nakala.
# Answer option (wrong).
q-take-it-down-how-image-uploaded = Unapakia picha ili wafanyakazi waikague.
    .feedback = Sivyo hasa. Hutumi picha kamwe. Ni hash tu inayotoka kwenye kifaa chako.
# Answer option (wrong).
q-take-it-down-how-police-told = Jina lako linatumwa kwa polisi.
    .feedback = Sivyo hasa. Take It Down haihitaji jina lako. Ni hash tu inayotumwa.

# Question: a scenario about pressure to send an image.
q-pressure-to-send = Ungefanya nini?
    .situation = Umekuwa ukizungumza na mtu unayempenda kwa wiki chache. Anakutumia ujumbe: "Kila mtu hufanya hivyo. Mimi ningekutumia. Kama kweli unanijali, ungenitumia picha."
    .hint = Je, kumjali mtu kunamaanisha kufanya anachokushinikiza?
    .explanation = Kukataa waziwazi ni hatua bora. Kutoka kwenye chati na kumwambia mtu unayemwamini pia ni vizuri. "Kama kweli unanijali" ni shinikizo, na mtu anayekujali anakubali jibu la hapana.
# Action (best).
q-pressure-to-send-say-no-clearly = Kukataa. "Sitatuma hiyo." Sina deni la picha kwa mtu yeyote.
    .feedback = Hatua bora. Hapana ya wazi inatosha. Huhitaji kutoa sababu.
# Action (also good).
q-pressure-to-send-leave-and-tell = Kuacha kumjibu na kuzungumza na mtu ninayemwamini kuhusu jambo hili.
    .feedback = Hatua nzuri. Si lazima ushughulikie shinikizo peke yako. Likiendelea, unaweza kumzuia na kumripoti.
# Action (not helpful).
q-pressure-to-send-send-to-keep-them = Kutuma moja ili asipoteze hamu nami.
    .feedback = Sivyo hasa. Mtu anayekufaa hatakushinikiza. Unaweza kukataa, na kama tayari ulituma, bado unaweza kupata msaada.
# Action (not helpful).
q-pressure-to-send-send-without-face = Kutuma moja isiyoonyesha uso wangu.
    .feedback = Sivyo hasa. Picha bado zinaweza kushirikiwa na kuhusishwa nawe. Na si lazima kamwe utume picha yoyote.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza: ridhaa inaonekanaje unaposhiriki picha ya rafiki? Kwa nini picha za faragha husambaa haraka hivyo, na mtu mmoja kwenye chati ya kikundi angeweza kufanya nini ili kuzikomesha? Kumbusha kikundi kwamba si kosa la mtu aliye kwenye picha kamwe.
