# SafeSteps — MIT OR Apache-2.0

### Lesson: Privacy settings (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Keep sentences short. Settings are a skill, not a reason to be scared.

# Lesson name on the lesson card.
lesson-title = Mipangilio yako ya faragha
# One line under the lesson name.
lesson-summary = Chagua nani anaona machapisho yako, nani anaweza kukutumia ujumbe, na nani anajua ulipo.

# Card 1: what settings are and why to check them.
card-why-settings =
    Mipangilio inakuwezesha kuchagua nani anaona machapisho yako na nani anaweza kuzungumza nawe.
    Programu na michezo mingi ina mipangilio. Tafuta menyu au alama ndogo ya gia.
    Programu mpya si za faragha kila mara zinapoanza.
    Kwa hivyo angalia mipangilio kila unapopata programu au mchezo mpya.
# Card 2: private accounts and friend requests.
card-private-account =
    Akaunti ya faragha (private) inamaanisha ni watu unaowakubali tu wanaoweza kuona machapisho yako.
    Weka akaunti yako iwe ya faragha.
    Kubali maombi ya urafiki kutoka kwa watu unaowajua katika maisha halisi tu.
    Ni sawa kukataa ombi. Unaweza pia kumwondoa rafiki baadaye.
# Card 3: choosing who can message you and talk to you.
card-who-can-message =
    Michezo na programu nyingi zinakuwezesha kuchagua nani anaweza kukutumia ujumbe au kuzungumza nawe kwenye chati ya sauti.
    Chagua "marafiki tu" au "hakuna mtu."
    Hapo watu usiowajua hawawezi kukutumia ujumbe.
    Kwenye programu za video, unaweza pia kuchagua nani anaweza kutoa maoni kwenye video zako.
# Card 4: turning off location sharing.
card-location =
    Programu nyingine zinaweza kuonyesha ulipo kwenye ramani. Nyingine huongeza mahali ulipo kwenye picha zako.
    Zima kushiriki mahali ulipo (location). Au shiriki na familia yako tu.
    Angalia mipangilio ya ramani kwenye programu zako za chati, na mipangilio ya kamera kwenye simu yako.
# Card 5: check settings with a trusted adult; not the child's fault; Help.
card-check-together =
    Mipangilio inaweza kubadilika programu inaposasishwa (update). Iangalie mara kwa mara pamoja na mtu mzima unayemwamini.
    Mipangilio inasaidia, lakini haiwezi kuzuia kila kitu. Hata mtu unayemjua anaweza kufanya mambo yanayokufanya uhisi si sawa.
    Mtu akikusumbua, si kosa lako.
    Mwambie mtu mzima unayemwamini. Unaweza pia kugusa Msaada upate mtu wa kuzungumza naye.

# Question: single choice about what a private account is.
q-private-means = Akaunti ya faragha inamaanisha nini?
    .hint = Fikiria ni nani unayemkubali.
    .explanation = Ukiwa na akaunti ya faragha, ni watu unaowakubali tu wanaoweza kuona machapisho yako. Ndiyo sababu ni vizuri kuwakubali watu unaowajua tu.
# Answer option (right).
q-private-means-only-people-you-accept = Ni watu ninaowakubali tu wanaoweza kuona machapisho yangu.
    .feedback = Ndiyo! Wewe unachagua nani anaona machapisho yako. Wakubali tu watu unaowajua katika maisha halisi.
# Answer option (wrong).
q-private-means-no-one-at-all = Hakuna mtu kabisa anayeweza kuona machapisho yangu.
    .feedback = Bado kidogo. Watu unaowakubali bado wanaweza kuyaona. Ndiyo sababu unachagua kwa uangalifu.
# Answer option (wrong).
q-private-means-everyone-but-parents = Kila mtu anaweza kuyaona isipokuwa wazazi wangu.
    .feedback = Bado kidogo. Akaunti ya faragha inahusu ni nani unayemkubali. Si ya kuficha mambo kutoka kwa familia yako.

# Question: a scenario. The situation is shown first, then the question.
q-leo-friend-request = Otieno angefanya nini?
    .situation = Otieno, miaka 11, anapokea ombi la urafiki kwenye programu ya video. Hamjui mtu huyo. Wasifu wake unasema ana miaka 12 na anapenda michezo ileile.
    .hint = Je, Otieno anamjua mtu huyu katika maisha halisi? Mtu yeyote anaweza kuandika chochote kwenye wasifu.
    .explanation = Wasifu unaweza kusema chochote. Otieno hamjui mtu huyu katika maisha halisi. Kumuuliza mtu mzima anayemwamini, au kukataa, kunaweka akaunti yake faragha.
# Action (best).
q-leo-friend-request-check-with-adult = Amuulize mtu mzima anayemwamini kabla ya kufanya chochote.
    .feedback = Chaguo bora! Mtu mzima anaweza kumsaidia Otieno kuangalia mipangilio yake na kuamua. Otieno anaweza kukataa ombi hilo.
# Action (also good).
q-leo-friend-request-decline-request = Akatae ombi hilo.
    .feedback = Chaguo zuri. Otieno hamjui katika maisha halisi. Kukataa ni sawa kila wakati.
# Action (not helpful).
q-leo-friend-request-accept-same-age = Akubali. Wana umri mmoja na wanapenda michezo ileile.
    .feedback = Bado kidogo. Mtu yeyote anaweza kuandika kwenye wasifu kwamba ana miaka 12. Otieno hamjui katika maisha halisi.
# Action (not helpful).
q-leo-friend-request-accept-and-see = Akubali kwa sasa. Anaweza kumwondoa baadaye.
    .feedback = Bado kidogo. Akishakubaliwa, anaweza kuona machapisho ya Otieno. Ni salama zaidi kukataa kwanza.

# Question: single choice about who can message you in a new game.
q-who-messages = Unaanza mchezo mpya. Ni bora kumruhusu nani akutumie ujumbe?
    .hint = Fikiria watu unaowajua katika maisha halisi.
    .explanation = Kati ya haya, "marafiki tu" ndilo salama zaidi. Hapo watu usiowajua hawawezi kukutumia ujumbe. "Hakuna mtu" pia ni sawa.
# Answer option (right).
q-who-messages-friends-only = Marafiki tu
    .feedback = Ndiyo! Hapo ni watu uliowakubali tu wanaoweza kukutumia ujumbe.
# Answer option (wrong).
q-who-messages-everyone = Kila mtu
    .feedback = Bado kidogo. Hapo mtu yeyote anaweza kukutumia ujumbe, hata watu usiowajua.
# Answer option (wrong).
q-who-messages-anyone-with-good-name = Mtu yeyote mwenye jina zuri
    .feedback = Bado kidogo. Mtu yeyote anaweza kuchagua jina zuri. Halikuambii yeye ni nani.

# Question: true or false about sharing location on a map.
q-map-sharing = Programu ya chati inaweza kuwaonyesha marafiki zako ulipo kwenye ramani. Ni salama zaidi kuzima kipengele hiki, au kushiriki na familia tu.
    .hint = Unataka nani ajue ulipo?
    .explanation = Mahali ulipo ni faragha. Zima kipengele hiki, au shiriki na familia yako tu.
# Feedback if the child picks "true" (right).
q-map-sharing-true =
    .feedback = Ndiyo! Mahali ulipo ni faragha. Pawe pa familia yako tu.
# Feedback if the child picks "false" (wrong).
q-map-sharing-false =
    .feedback = Bado kidogo. Ramani inaweza kuonyesha unapoishi na shule unayosoma. Zima kipengele hiki, au shiriki na familia tu.

# Question: sort settings into two groups.
q-safer-or-not = Weka kila mpangilio kwenye kikundi sahihi.
    .hint = Jiulize: je, huu unawaruhusu watu nisiowajua kuniona au kunipata?
    .explanation = Akaunti ya faragha, location iliyozimwa na maoni kutoka kwa marafiki tu ni salama zaidi. Akaunti ya umma, ujumbe kutoka kwa mtu yeyote na mahali ulipo kwenye ramani si salama sana.
# Group name.
q-safer-or-not-safer = Salama zaidi
# Group name.
q-safer-or-not-less-safe = Si salama sana
# Item to sort (safer).
q-safer-or-not-account-private = Akaunti yangu ni ya faragha
    .feedback = Salama zaidi. Ni watu unaowakubali tu wanaoweza kuona machapisho yako.
# Item to sort (safer).
q-safer-or-not-location-off = Kushiriki mahali nilipo kumezimwa
    .feedback = Salama zaidi. Programu haiwezi kuwaonyesha watu ulipo.
# Item to sort (safer).
q-safer-or-not-comments-friends-only = Ni marafiki tu wanaoweza kutoa maoni kwenye video zangu
    .feedback = Salama zaidi. Watu usiowajua hawawezi kuacha maoni.
# Item to sort (less safe).
q-safer-or-not-account-public = Akaunti yangu ni ya umma (public)
    .feedback = Si salama sana. Mtu yeyote anaweza kuona machapisho yako. Jaribu kuifanya iwe ya faragha.
# Item to sort (less safe).
q-safer-or-not-messages-from-anyone = Mtu yeyote anaweza kunitumia ujumbe
    .feedback = Si salama sana. Watu usiowajua wanaweza kukutumia ujumbe. Jaribu "marafiki tu."
# Item to sort (less safe).
q-safer-or-not-location-on-map = Mahali nilipo panaonekana kwenye ramani kwa kila mtu
    .feedback = Si salama sana. Watu wangeweza kuona ulipo. Zima kipengele hiki.

# Question: multiple choice, "choose all that apply".
q-new-game-check = Unapata mchezo mpya. Ni mipangilio ipi ambayo ni vizuri kuiangalia? Chagua kila jibu linalofaa.
    .hint = Jiulize: je, mpangilio huu unabadilisha nani anaweza kunifikia au kunipata?
    .explanation = Angalia nani anaweza kukutumia ujumbe, nani anaweza kuona wasifu wako, mahali ulipo na chati ya sauti. Skrini na sauti ya muziki ni uamuzi wako.
# Answer option (good to check).
q-new-game-check-message-settings = Nani anaweza kunitumia ujumbe
    .feedback = Ni vizuri kuangalia. Chagua "marafiki tu" au "hakuna mtu."
# Answer option (good to check).
q-new-game-check-profile-settings = Nani anaweza kuona wasifu wangu
    .feedback = Ni vizuri kuangalia. Weka wasifu wako uwe wa faragha.
# Answer option (good to check).
q-new-game-check-location-settings = Nani anaweza kuona mahali nilipo
    .feedback = Ni vizuri kuangalia. Zima kushiriki mahali ulipo.
# Answer option (good to check).
q-new-game-check-voice-chat-settings = Nani anaweza kuzungumza nami kwenye chati ya sauti
    .feedback = Ni vizuri kuangalia. Chagua marafiki tu, au kizime.
# Answer option (not a safety setting).
q-new-game-check-screen-brightness = Mwangaza wa skrini yangu
    .feedback = Bado kidogo. Mwangaza ni uamuzi wako. Haubadilishi nani anaweza kukufikia.
# Answer option (not a safety setting).
q-new-game-check-music-volume = Sauti ya muziki ni kubwa kiasi gani
    .feedback = Bado kidogo. Muziki ni uamuzi wako. Haubadilishi nani anaweza kukufikia.

# Question: true or false about checking settings more than once.
q-set-once = Ukishaweka mipangilio yako, huhitaji kuiangalia tena kamwe.
    .hint = Nini kinaweza kutokea programu inaposasishwa?
    .explanation = Masasisho (updates) yanaweza kubadilisha mipangilio. Iangalie mara kwa mara pamoja na mtu mzima unayemwamini.
# Feedback if the child picks "true" (wrong).
q-set-once-true =
    .feedback = Bado kidogo. Sasisho linaweza kubadilisha mipangilio yako. Iangalie mara kwa mara.
# Feedback if the child picks "false" (right).
q-set-once-false =
    .feedback = Ndiyo! Mipangilio inaweza kubadilika. Kuiangalia mara kwa mara pamoja na mtu mzima ni busara.

# Question: single choice about someone getting past a block.
q-new-account-again = Ulimzuia (block) mtu kwenye mchezo. Sasa anakutumia ujumbe kutoka akaunti mpya. Utafanya nini?
    .hint = Nani anaweza kukusaidia wakati kumzuia hakutoshi?
    .explanation = Mwambie mtu mzima unayemwamini. Hifadhi jumbe, kisha uzuie na uripoti akaunti hiyo mpya. Si kosa lako kwamba amerudi.
# Answer option (right).
q-new-account-again-tell-block-report = Mwambie mtu mzima unayemwamini. Kisha zuia na uripoti akaunti hiyo mpya.
    .feedback = Ndiyo! Mtu mzima anaweza kukusaidia kuhifadhi jumbe, kuripoti na kuangalia mipangilio yako. Si kosa lako.
# Answer option (wrong).
q-new-account-again-reply-to-stop-them = Mjibu na umwombe aache.
    .feedback = Bado kidogo. Kumjibu kunaweza kumfanya aendelee kuzungumza. Mwambie mtu mzima, kisha zuia na uripoti.
# Answer option (wrong).
q-new-account-again-tell-no-one = Futa mchezo na usimwambie mtu yeyote.
    .feedback = Bado kidogo. Si lazima ushughulikie hili peke yako. Hifadhi jumbe, na umwambie mtu mzima unayemwamini.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza: mnatumia programu na michezo gani, na mipangilio yake iko wapi? Chagueni mmoja na mzungumzie nani anaweza kuona machapisho, nani anaweza kutuma ujumbe na nani anaweza kuona mahali ulipo. Nani angeweza kukusaidia kuiangalia?
