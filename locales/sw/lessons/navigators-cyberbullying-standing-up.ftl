# SafeSteps — MIT OR Apache-2.0

### Lesson: Cyberbullying and standing up (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Some readers may be bullied, some may have joined in: never shame either.

# Lesson name on the lesson card.
lesson-title = Uonevu mtandaoni na kumtetea mwenzako
# One line under the lesson name.
lesson-summary = Jifunze uonevu mtandaoni ni nini, la kufanya ukikutokea, na jinsi ya kusaidia unapomtokea mtu mwingine.

# Card 1: what cyberbullying is.
card-what-it-is =
    Uonevu mtandaoni (cyberbullying) ni pale mtu anapotumia michezo, chati au programu kumuumiza mtu tena na tena.
    Unaweza kuwa jumbe au maoni ya matusi.
    Unaweza kuwa kumwacha mtu nje ya chati ya kikundi makusudi.
    Unaweza kuwa kushiriki picha ili kumdhihaki.
    Unaweza kuwa akaunti ya uongo inayojifanya kuwa yeye.
# Card 2: how it feels; not the child's fault.
card-how-it-feels =
    Uonevu mtandaoni unaweza kukufanya uhisi huzuni, hofu, hasira au upweke.
    Unaweza kuhisi kama unakufuata hadi nyumbani kupitia simu yako.
    Hisia hizo ni za kweli, na ni muhimu.
    Kama unakutokea, si kosa lako. Hakuna mtu anayestahili kuonewa.
# Card 3: what to do if you are bullied online.
card-what-to-do =
    Mtu akikuonea mtandaoni, haya ndiyo unayoweza kufanya.
    Usimjibu. Jibu linaweza kufanya mambo yawe mabaya zaidi.
    Hifadhi jumbe kwa kupiga picha za skrini (screenshot).
    Mzuie mtu huyo, na umripoti kwenye programu.
    Mwambie mtu mzima unayemwamini, kama mzazi, mlezi au mwalimu.
# Card 4: being an upstander.
card-be-an-upstander =
    Mtetezi (upstander) ni mtu anayesaidia anapoona uonevu.
    Mtumie anayeonewa ujumbe mzuri, kama "Uko sawa?"
    Usipende (like), usishiriki wala usicheke machapisho ya matusi.
    Ripoti chapisho, na umwambie mtu mzima unayemwamini.
    Si lazima ubishane na anayeonea. Kusaidia kimyakimya bado ni muhimu.
# Card 5: who to tell; adults should not blame; Help.
card-get-help =
    Si lazima ushughulikie uonevu peke yako.
    Mwambie mtu mzima unayemwamini. Anapaswa kusikiliza na asikulaumu.
    Anaweza kukusaidia kuripoti, na kuzungumza na shule yako kama itasaidia.
    Unaweza pia kugusa Msaada upate mtu wa kuzungumza naye.

# Question: multiple choice, "choose all that apply".
q-is-it-bullying = Ni zipi kati ya hizi ni uonevu mtandaoni? Chagua kila jibu linalofaa.
    .hint = Je, kuna mtu anayejaribu kumuumiza au kumtenga mtu, tena na tena?
    .explanation = Maoni ya matusi, kumtenga mtu makusudi, akaunti za uongo na kushiriki picha ili kumdhihaki mtu ni uonevu mtandaoni. Kushinda mchezo au kupenda timu tofauti si uonevu.
# Answer option (cyberbullying).
q-is-it-bullying-mean-comments-daily = Mtu anaacha maoni ya matusi kwenye video za mtoto fulani kila siku.
    .feedback = Huu ni uonevu mtandaoni. Unakusudiwa kuumiza, na unaendelea kutokea.
# Answer option (cyberbullying).
q-is-it-bullying-left-out-on-purpose = Kikundi kinafungua chati mpya ili tu kumtenga mtoto mmoja.
    .feedback = Huu ni uonevu mtandaoni. Kumtenga mtu makusudi kunaweza kuumiza sana.
# Answer option (cyberbullying).
q-is-it-bullying-fake-account = Mtu anafungua akaunti ya uongo ili kujifanya kuwa mwanafunzi mwenzake.
    .feedback = Huu ni uonevu mtandaoni. Kujifanya kuwa mtu mwingine kunaweza kuwafanya wengine wamfikirie vibaya.
# Answer option (cyberbullying).
q-is-it-bullying-shares-photo-to-mock = Mtu anashiriki picha ya mtoto ili kumdhihaki.
    .feedback = Huu ni uonevu mtandaoni. Kushiriki picha ili kumdhihaki mtu kunamuumiza.
# Answer option (not cyberbullying).
q-is-it-bullying-wins-fair-and-square = Rafiki anakushinda kwenye mchezo na kusema, "Umecheza vizuri."
    .feedback = Bado kidogo. Kushinda kwa haki na kuwa mwema si uonevu.
# Answer option (not cyberbullying).
q-is-it-bullying-likes-other-team = Mtu anasema anapenda timu tofauti na yako.
    .feedback = Bado kidogo. Kupenda vitu tofauti ni kawaida. Si uonevu.

# Question: true or false about replying to a bully.
q-reply-back = Mtu akikutumia jumbe za matusi, jambo bora ni kumjibu kwa matusi pia.
    .hint = Nini kinaweza kutokea ukimjibu?
    .explanation = Jibu linaweza kufanya mambo yawe mabaya zaidi. Hifadhi jumbe, zuia, ripoti na umwambie mtu mzima unayemwamini.
# Feedback if the child picks "true" (wrong).
q-reply-back-true =
    .feedback = Bado kidogo. Ni kawaida kuhisi hasira. Lakini jibu linaweza kufanya mambo yawe mabaya zaidi. Hifadhi, zuia, ripoti na useme.
# Feedback if the child picks "false" (right).
q-reply-back-false =
    .feedback = Ndiyo! Usimjibu. Hifadhi jumbe, zuia, ripoti na umwambie mtu mzima unayemwamini.

# Question: a scenario. The situation is shown first, then the question.
q-no-ellie-chat = Ochieng angefanya nini?
    .situation = Ochieng, miaka 11, ameongezwa kwenye chati ya kikundi cha darasa inayoitwa "Bila Njeri." Watu wanaandika vichekesho vya matusi kuhusu Njeri.
    .hint = Ochieng angewezaje kumsaidia Njeri bila kulikuza jambo hili?
    .explanation = Ochieng anaweza kuwa mtetezi. Anaweza kumjulia hali Njeri na kumwambia mtu mzima anayemwamini. Kuripoti chati na kutojiunga pia kunasaidia. Kucheka au kushiriki kunafanya mambo yawe mabaya zaidi.
# Action (best).
q-no-ellie-chat-support-and-tell = Amtumie Njeri ujumbe mzuri, na amwambie mtu mzima anayemwamini.
    .feedback = Chaguo bora! Njeri anajua kuna mtu anayemjali, na mtu mzima anaweza kusaidia kukomesha hili.
# Action (also good).
q-no-ellie-chat-report-dont-join = Asijiunge. Aripoti chati, kisha atoke humo.
    .feedback = Chaguo zuri. Kutojiunga na kuripoti kunasaidia. Kumwambia mtu mzima pia ni bora zaidi.
# Action (not helpful).
q-no-ellie-chat-send-laughing-face = Atume emoji ya kucheka ili aonekane mmoja wao.
    .feedback = Bado kidogo. Inaweza kuwa vigumu kuwa tofauti na wengine. Lakini emoji ya kucheka inawaambia wanaoonea kwamba ni sawa.
# Action (not helpful).
q-no-ellie-chat-screenshot-to-friends = Atume picha za skrini kwa marafiki wengine ili nao waone.
    .feedback = Bado kidogo. Kuishiriki kunaisambaza. Hifadhi picha za skrini ili tu umwonyeshe mtu mzima au uripoti.

# Question: single choice about what to do when being bullied.
q-priya-comments = Fatuma anapata maoni ya matusi kwenye kila video anayochapisha. Anaweza kufanya nini?
    .hint = Fikiria hatua kwenye kadi ya "la kufanya."
    .explanation = Fatuma anaweza kuhifadhi maoni, kumzuia na kumripoti mtu huyo, na kumwambia mtu mzima anayemwamini. Si kosa lake.
# Answer option (right).
q-priya-comments-save-block-report-tell = Apige picha za skrini, azuie na aripoti, na amwambie mtu mzima anayemwamini.
    .feedback = Ndiyo! Hatua hizo zinamsaidia kukomesha hili na kupata msaada. Si kosa lake.
# Answer option (wrong).
q-priya-comments-post-mean-reply = Aandike jibu la matusi ili wajue inavyouma.
    .feedback = Bado kidogo. Inaeleweka kuhisi hasira. Lakini jibu linaweza kufanya mambo yawe mabaya zaidi.
# Answer option (wrong).
q-priya-comments-quit-and-tell-no-one = Aache kuchapisha na asimwambie mtu yeyote.
    .feedback = Bado kidogo. Si lazima Fatuma ashughulikie hili peke yake. Mtu mzima anayemwamini anaweza kusaidia.

# Question: single choice about what an upstander is.
q-upstander-means = Mtetezi (upstander) ni nani?
    .hint = Fikiria maneno "kusimama kumtetea mtu."
    .explanation = Mtetezi anasaidia kwa njia salama. Anamuunga mkono anayeonewa, hashiriki machapisho, anaripoti na anamwambia mtu mzima.
# Answer option (right).
q-upstander-means-helps-safely = Mtu anayemsaidia anayeonewa kwa njia salama.
    .feedback = Ndiyo! Maneno mazuri, kuripoti na kumwambia mtu mzima yote ni hatua za mtetezi.
# Answer option (wrong).
q-upstander-means-just-watches = Mtu anayeona uonevu lakini anakaa kando.
    .feedback = Bado kidogo. Huyo ni mtazamaji tu. Mtetezi anafanya kitu ili kusaidia.
# Answer option (wrong).
q-upstander-means-bullies-back = Mtu anayemjibu anayeonea kwa matusi pia.
    .feedback = Bado kidogo. Kumjibu kwa matusi kunaweza kulikuza jambo hili. Watetezi husaidia kwa njia salama.

# Question: sort actions into two groups.
q-helps-or-not = Mtu anachapisha video ya kudhihaki kuhusu mtoto wa darasa lenu. Weka kila kitendo kwenye kikundi sahihi.
    .hint = Je, kinamsaidia mtoto huyo, au kinasambaza chapisho hilo baya?
    .explanation = Ujumbe mzuri, ripoti na kumwambia mtu mzima kunasaidia. Kupenda (like), kushiriki au kuongeza utani kunasambaza maumivu.
# Group name.
q-helps-or-not-helps = Kunasaidia
# Group name.
q-helps-or-not-does-not-help = Hakusaidii
# Item to sort (helps).
q-helps-or-not-kind-message = Kumtumia mtoto huyo ujumbe mzuri.
    .feedback = Hili linasaidia. Linamwonyesha kwamba hayuko peke yake.
# Item to sort (helps).
q-helps-or-not-report-post = Kuripoti video hiyo.
    .feedback = Hili linasaidia. Programu inaweza kuiondoa.
# Item to sort (helps).
q-helps-or-not-tell-adult = Kumwambia mtu mzima unayemwamini.
    .feedback = Hili linasaidia. Mtu mzima anaweza kusaidia kukomesha hili.
# Item to sort (does not help).
q-helps-or-not-like-mean-post = Kuipenda (like) video hiyo.
    .feedback = Hili halisaidii. Like inamwonyesha mwonevu kwamba watu wanakubaliana naye.
# Item to sort (does not help).
q-helps-or-not-share-mean-post = Kuishiriki video hiyo na marafiki.
    .feedback = Hili halisaidii. Kushiriki kunawafanya watu wengi zaidi waione.
# Item to sort (does not help).
q-helps-or-not-add-a-mean-joke = Kuongeza utani kwenye maoni.
    .feedback = Hili halisaidii. Utani unaongeza maumivu.

# Question: true or false about blame. The right answer is "true".
q-not-to-blame = Ukionewa mtandaoni, si kosa lako.
    .hint = Nani anayechagua kuwatendea wengine ubaya?
    .explanation = Mtu anayeonea ndiye anayekosea. Hakuna mtu anayestahili kuonewa.
# Feedback if the child picks "true" (right).
q-not-to-blame-true =
    .feedback = Ndiyo! Si kosa lako kamwe. Mwambie mtu mzima unayemwamini, au gusa Msaada.
# Feedback if the child picks "false" (wrong).
q-not-to-blame-false =
    .feedback = Bado kidogo. Hakuna mtu anayestahili kuonewa. Mtu anayeonea ndiye anayekosea.

# Question: true or false about changing after joining in. The right answer is "true".
q-joined-in-before = Kama uliwahi kucheka chapisho la matusi, bado unaweza kuwa mtetezi sasa.
    .hint = Je, unaweza kufanya uamuzi mpya leo?
    .explanation = Ndiyo. Mtu yeyote anaweza kuchagua kusaidia. Unaweza kuanza sasa, kwa ujumbe mzuri au kwa kumwambia mtu mzima.
# Feedback if the child picks "true" (right).
q-joined-in-before-true =
    .feedback = Ndiyo! Unaweza kufanya uamuzi mpya wakati wowote. Kusaidia sasa bado ni muhimu.
# Feedback if the child picks "false" (wrong).
q-joined-in-before-false =
    .feedback = Bado kidogo. Kila mtu anaweza kufanya uamuzi mpya. Unaweza kusaidia sasa, na hilo ni muhimu.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza: ni nini kinachofanya iwe vigumu kuwa mtetezi mtandaoni? Fikirieni mambo madogo na salama mnayoweza kufanya ili kusaidia. Ungemwambia nani kama wewe au rafiki yako mngekuwa mnaonewa?
