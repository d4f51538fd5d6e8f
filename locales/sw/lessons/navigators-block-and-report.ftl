# SafeSteps — MIT OR Apache-2.0

### Lesson: Block and report (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Teach the skill step by step; make reporting feel safe.

# Lesson name on the lesson card.
lesson-title = Zuia na ripoti
# One line under the lesson name.
lesson-summary = Jifunze jinsi kunyamazisha (mute), kuzuia (block) na kuripoti (report) kunavyofanya kazi, nini hutokea baada ya kuripoti, na nani anaweza kusaidia.

# Card 1: the three tools: mute, block, report.
card-three-tools =
    Michezo na programu nyingi zina zana tatu.
    Nyamazisha (mute) inamaanisha unaacha kumwona au kumsikia mtu.
    Zuia (block) inamaanisha hawezi kukutumia ujumbe wala kukuongeza.
    Ripoti (report) inaiambia programu kwamba mtu amevunja sheria.
    Ili kuzipata, gusa jina la mchezaji, au vitone vitatu kando ya ujumbe.
# Card 2: when to use the tools.
card-when-to-use =
    Unaweza kutumia zana hizi wakati wowote mtu anapokusumbua, kukufanya uhisi si salama au kukushinikiza.
    Labda anatuma jumbe za matusi au anaomba picha. Labda haachi kukutumia jumbe.
    Huhitaji sababu kubwa. Ni nafasi yako binafsi.
    Unaweza kumzuia mtu hata kama ulimpenda awali.
# Card 3: save proof before blocking; never save or send private pictures.
card-save-proof =
    Kabla ya kumzuia, hifadhi ushahidi.
    Piga picha za skrini (screenshot) za jumbe na jina la mtumiaji (username) la mtu huyo. Usifute chati.
    Picha za skrini zinasaidia programu na watu wazima kuona kilichotokea.
    Mtu akikutumia picha ya faragha, usiihifadhi, usiipige picha ya skrini wala usiitume kwa wengine. Mwambie mtu mzima unayemwamini.
# Card 4: what happens after a report.
card-after-a-report =
    Nini hutokea baada ya kuripoti? Watu wa programu hiyo wanaikagua ripoti.
    Programu nyingi hazimwambii mtu huyo kwamba ni wewe uliyemripoti.
    Programu inaweza kumwonya, kuondoa machapisho au kufunga akaunti yake.
    Inaweza kuchukua muda, na huenda usijibiwe. Hiyo ni sawa.
    Kuripoti bado kunasaidia kukuweka wewe na wengine salama.
# Card 5: tell a trusted adult; not the child's fault; Help.
card-tell-an-adult =
    Si lazima ufanye hili peke yako. Mwambie mtu mzima unayemwamini.
    Anaweza kukusaidia kuhifadhi ushahidi, kuripoti na kuangalia mipangilio yako. Hapaswi kukulaumu.
    Kama mtu alikusumbua mtandaoni, si kosa lako.
    Unaweza pia kugusa Msaada upate mtu wa kuzungumza naye.

# Question: single choice about which tool stops messages.
q-stop-messages = Mtu anaendelea kukutumia jumbe kwenye mchezo. Ni zana ipi inamzuia kukutumia jumbe?
    .hint = Ni zana ipi inamzuia asikufikie kabisa?
    .explanation = Kuzuia (block) kunamzuia mtu kukutumia ujumbe au kukuongeza. Kunyamazisha kunamficha tu asionekane kwako. Hifadhi ushahidi kwanza, na uripoti pia.
# Answer option (right).
q-stop-messages-block = Zuia (Block)
    .feedback = Ndiyo! Kuzuia kunamzuia kukutumia jumbe. Hifadhi ushahidi kwanza, na umripoti pia.
# Answer option (wrong).
q-stop-messages-mute = Nyamazisha (Mute)
    .feedback = Bado kidogo. Kunyamazisha kunamficha asionekane kwako, lakini bado anaweza kutuma vitu. Kuzuia kunakomesha jumbe.
# Answer option (wrong).
q-stop-messages-change-avatar = Kubadilisha avatar yangu
    .feedback = Bado kidogo. Mwonekano mpya haumzuii. Kuzuia ndiyo zana inayofanya hivyo.

# Question: sort what each tool does into three groups.
q-which-tool = Zana ipi inafanya nini? Weka kila moja kwenye kikundi sahihi.
    .hint = Kumbuka kadi kuhusu zana tatu. Kila moja inafanya nini?
    .explanation = Kunyamazisha kunakufanya uache kumwona au kumsikia mtu. Kuzuia kunamzuia asikufikie. Kuripoti kunaiomba programu ikague na ichukue hatua.
# Group name.
q-which-tool-mute = Nyamazisha
# Group name.
q-which-tool-block = Zuia
# Group name.
q-which-tool-report = Ripoti
# Item to sort (mute).
q-which-tool-stop-hearing = Ninaacha kumsikia kwenye chati ya sauti.
    .feedback = Huko ni kunyamazisha. Unaacha kumsikia, lakini bado yuko kwenye mchezo.
# Item to sort (mute).
q-which-tool-hide-chat = Ninaacha kuona chati zake, lakini tunabaki kwenye mchezo mmoja.
    .feedback = Huko ni kunyamazisha. Kunamficha asionekane kwako.
# Item to sort (block).
q-which-tool-no-more-messages = Hawezi kunitumia jumbe tena.
    .feedback = Huko ni kuzuia. Kunamzuia asikufikie.
# Item to sort (block).
q-which-tool-no-friend-requests = Hawezi kunitumia maombi ya urafiki.
    .feedback = Huko ni kuzuia. Hawezi kukuongeza.
# Item to sort (report).
q-which-tool-app-checks-rules = Programu inakagua kama amevunja sheria.
    .feedback = Huko ni kuripoti. Watu wa programu wanaangalia alichofanya.
# Item to sort (report).
q-which-tool-app-can-close-account = Programu inaweza kufunga akaunti yake.
    .feedback = Huko ni kuripoti. Programu inaweza kuchukua hatua kama amevunja sheria.

# Question: single choice about what to do before blocking.
q-before-blocking = Mtu anakutumia jumbe za matusi. Ufanye nini kabla ya kumzuia?
    .hint = Nini kitasaidia programu na mtu mzima kuona kilichotokea?
    .explanation = Kwanza piga picha za skrini za jumbe na jina lake la mtumiaji. Kisha mzuie, umripoti na umwambie mtu mzima unayemwamini.
# Answer option (right).
q-before-blocking-take-screenshots = Piga picha za skrini za jumbe na jina lake la mtumiaji.
    .feedback = Ndiyo! Picha za skrini ni ushahidi. Zinasaidia unaporipoti na unapomwambia mtu mzima.
# Answer option (wrong).
q-before-blocking-delete-chat = Futa chati ili usilazimike kuiona.
    .feedback = Bado kidogo. Inaeleweka kutaka iondoke. Lakini chati ni ushahidi, kwa hivyo ihifadhi kwanza.
# Answer option (wrong).
q-before-blocking-reply-angry = Mjibu kwa hasira.
    .feedback = Bado kidogo. Kumjibu kunaweza kufanya mambo yawe mabaya zaidi. Hifadhi ushahidi, kisha mzuie na umripoti.

# Question: a scenario. The situation is shown first, then the question.
q-aisha-game = Aisha angefanya nini?
    .situation = Aisha, miaka 10, anacheza mchezo wa mtandaoni. Mchezaji mmoja anaendelea kumtumia jumbe: "Kwa nini hujibu? Niongeze kwenye programu nyingine." Alikataa, lakini anaendelea tu.
    .hint = Aisha alikataa na mchezaji huyo hakuacha. Ni zana zipi zinaweza kusaidia? Nani anaweza kusaidia?
    .explanation = Aisha anaweza kuhifadhi ushahidi, kisha kumzuia na kumripoti, na kumwambia mtu mzima anayemwamini. Kumwambia mtu mzima kwanza pia ni vizuri. Kumjibu au kunyamaza kunamwacha peke yake.
# Action (best).
q-aisha-game-save-block-report-tell = Apige picha za skrini, amzuie na amripoti, kisha amwambie mtu mzima anayemwamini.
    .feedback = Chaguo bora! Aisha anatumia kila zana, na mtu mzima anaweza kumsaidia. Si kosa lake.
# Action (also good).
q-aisha-game-tell-adult-first = Amwambie mtu mzima anayemwamini mara moja, na aombe msaada.
    .feedback = Chaguo zuri. Mtu mzima anaweza kumsaidia kuhifadhi ushahidi, kuzuia na kuripoti.
# Action (not helpful).
q-aisha-game-reply-once-more = Amjibu mara moja zaidi na amwombe kwa upole aache.
    .feedback = Bado kidogo. Tayari alikataa. Kumjibu kunaweza kumfanya aendelee kuzungumza. Kumzuia kunakomesha hili.
# Action (not helpful).
q-aisha-game-keep-quiet = Anyamaze na atumaini ataacha.
    .feedback = Bado kidogo. Huenda asiache. Si lazima Aisha ashughulikie hili peke yake.

# Question: true or false about whether the reported person is told.
q-they-know-who = Unapomripoti mtu, programu nyingi zinamwambia ni nani aliyemripoti.
    .hint = Kumbuka kadi kuhusu kinachotokea baada ya kuripoti.
    .explanation = Programu nyingi hazimwambii mtu huyo kwamba ni wewe uliyemripoti. Hilo linasaidia kuripoti kuwe salama.
# Feedback if the child picks "true" (wrong).
q-they-know-who-true =
    .feedback = Bado kidogo. Programu nyingi hazimwonyeshi mtu unayemripoti jina lako. Hilo linakusaidia kujisikia salama.
# Feedback if the child picks "false" (right).
q-they-know-who-false =
    .feedback = Ndiyo! Programu nyingi hazimwambii ni nani aliyemripoti. Kuripoti kunasaidia kukuweka wewe na wengine salama.

# Question: multiple choice, "choose all that apply".
q-after-you-report = Nini kinaweza kutokea baada ya kumripoti mtu? Chagua kila jibu linalofaa.
    .hint = Programu inaweza kufanya nini kama mtu amevunja sheria?
    .explanation = Programu inakagua ripoti. Inaweza kumwonya mtu huyo, kuondoa machapisho au kufunga akaunti. Haichapishi jina lako.
# Answer option (can happen).
q-after-you-report-app-checks = Watu wa programu wanakagua ripoti.
    .feedback = Hili linaweza kutokea. Watu wa programu wanaangalia kilichotumwa.
# Answer option (can happen).
q-after-you-report-warns-them = Programu inamwonya mtu huyo.
    .feedback = Hili linaweza kutokea. Onyo linamwambia aache.
# Answer option (can happen).
q-after-you-report-removes-posts = Programu inaondoa machapisho.
    .feedback = Hili linaweza kutokea. Machapisho yanayovunja sheria yanaweza kuondolewa.
# Answer option (can happen).
q-after-you-report-closes-account = Programu inafunga akaunti yake.
    .feedback = Hili linaweza kutokea kama amevunja sheria.
# Answer option (does not happen).
q-after-you-report-posts-your-name = Programu inachapisha jina lako kila mtu alione.
    .feedback = Bado kidogo. Programu hazichapishi jina lako. Nyingi huliweka faragha.
# Answer option (does not happen).
q-after-you-report-nothing-ever = Hakuna kitu kabisa. Ripoti hazifanyi chochote.
    .feedback = Bado kidogo. Huenda usijibiwe, lakini ripoti zinasaidia programu kuwaweka watu salama.

# Question: true or false about blocking someone you liked before.
q-block-a-friend = Unaweza kumzuia mtu hata kama mlikuwa marafiki awali.
    .hint = Je, ni wewe unayeamua nani anaweza kukufikia katika nafasi yako?
    .explanation = Ndiyo. Unaweza kumzuia mtu yeyote anayekusumbua, kukufanya uhisi si salama au kukushinikiza, hata rafiki.
# Feedback if the child picks "true" (right).
q-block-a-friend-true =
    .feedback = Ndiyo! Ni nafasi yako binafsi. Unaweza kumzuia mtu yeyote anayekufanya ujisikie vibaya.
# Feedback if the child picks "false" (wrong).
q-block-a-friend-false =
    .feedback = Bado kidogo. Kumpenda mtu awali haimaanishi lazima uendelee kuzungumza naye. Unaweza kumzuia.

# Question: single choice about an unwanted private picture.
q-unwanted-picture = Mchezaji anakutumia picha ya faragha ambayo hukuiomba. Utafanya nini?
    .hint = Je, hiki ni kitu cha kuhifadhi, kupitisha kwa wengine, au kumwambia mtu mzima?
    .explanation = Usiihifadhi, usiipige picha ya skrini wala usiitume kwa wengine, hata kama ushahidi. Mwambie mtu mzima unayemwamini. Anaweza kukusaidia kuiripoti. Si kosa lako.
# Answer option (right).
q-unwanted-picture-dont-save-tell-adult = Usiihifadhi wala usiitume kwa wengine. Mwambie mtu mzima unayemwamini.
    .feedback = Ndiyo! Mtu mzima anaweza kukusaidia kuiripoti. Si kosa lako kwamba aliituma.
# Answer option (wrong).
q-unwanted-picture-send-as-proof = Mtumie rafiki kama ushahidi.
    .feedback = Bado kidogo. Kuituma kwa wengine kunaisambaza zaidi. Mwambie mtu mzima, naye anaweza kukusaidia kuiripoti.
# Answer option (wrong).
q-unwanted-picture-keep-it-secret = Ifanye siri ili mtu yeyote asisikitike.
    .feedback = Bado kidogo. Siri kama hii ni ya kusema. Mtu mzima unayemwamini atataka kukusaidia.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza: vitufe vya kunyamazisha, kuzuia na kuripoti viko wapi kwenye michezo na programu mnazotumia? Kwa nini mtu anaweza kusita kuripoti, na nini kingefanya iwe rahisi? Nani angeweza kukusaidia kuhifadhi ushahidi?
