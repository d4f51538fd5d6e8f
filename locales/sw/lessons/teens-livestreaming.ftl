# SafeSteps — MIT OR Apache-2.0

### Lesson: Livestreaming (ages 13–17).
### Readers are teenagers who stream or watch streams. Be direct and respectful; never preachy.
### Streaming is positive; teach settings and exits. Never describe acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Kwenda live kwa usalama
# One line under the lesson name.
lesson-summary = Kustream kunaweza kuwa kuzuri sana. Hivi ndivyo unavyoweza kutambua shinikizo kwenye chati na kubaki na udhibiti.

# Card 1: streaming is positive; what's different about live.
card-going-live =
    Kustream live ni njia nzuri ya kushiriki michezo ya video, muziki, sanaa au hata mazungumzo tu, na kujenga jumuiya.
    Lakini live ni tofauti na chapisho. Hakuna kitufe cha kuhariri, na huwezi kurudisha kile watu walichoona.
    Mtu yeyote anayetazama anaweza kurekodi au kupiga picha ya skrini (screenshot) ya stream yako, hata kama programu haiihifadhi.
    Na mara nyingi huwezi kujua nani anatazama, au umri wake halisi.
    Kujua hili kunakusaidia kubaki na udhibiti wa stream yako.
# Card 2: red flags in the chat.
card-red-flags =
    Watazamaji wengi wanataka tu kujumuika. Kuwa macho na maoni ambayo:
    yanakuomba ufanye mambo kwenye kamera, kama changamoto (dares), au ubadilishe nguo au uonyeshe chumba chako;
    yanatoa zawadi, sarafu au pesa ukifanya wanachosema;
    yanauliza unapoishi, shule unayosoma, au umri wako;
    yanakushinikiza uhamie chati ya faragha au programu nyingine;
    yanakusifu sana, kisha yanaomba zaidi.
    Zawadi zinaweza kukufanya uhisi una deni kwao. Huna.
# Card 3: settings before you go live.
card-settings =
    Kabla ya kwenda live, angalia mipangilio yako.
    Chagua nani anaweza kutazama. Chaguo la "marafiki tu" ndilo salama zaidi.
    Washa vichujio vya maoni ili kuzuia maneno fulani, au zima maoni.
    Mwombe rafiki unayemwamini awe moderator anayeweza kuondoa maoni na watazamaji.
    Zima location, na uangalie kilicho nyuma yako: nembo za shule, mandhari ya barabara, barua zenye anwani yako.
    Kama uko chini ya umri ambao programu inaruhusu kustream au kupokea zawadi, mipaka hiyo ipo ili kukulinda.
# Card 4: ending a stream and reporting.
card-end-it =
    Unaweza kumaliza stream wakati wowote. Huna deni la kumweleza mtu yeyote sababu.
    Maoni yakikufanya ukose amani, maliza stream. Unaweza kwenda live tena baadaye ukitaka.
    Kisha andika jina la mtumiaji la mtazamaji huyo na uhifadhi maoni yoyote unayoweza.
    Mripoti mtazamaji huyo kwenye programu, na umzuie.
    Akijitokeza mahali pengine, kama kwenye DM zako, ripoti na umzuie huko pia.
# Card 5: not your fault, and who to talk to.
card-not-your-fault =
    Kama mtu alikushinikiza, alikudanganya au alikurekodi kwenye stream, si kosa lako.
    Mtu anayekushinikiza ndiye anayekosea, hata kama ulikubali kufanya alichotaka.
    Kama rekodi au picha yako inashirikiwa, iripoti kwenye programu. Take It Down (takeitdown.ncmec.org) inaweza kusaidia kuondoa picha za uchi za walio chini ya miaka 18.
    Zungumza na mtu mzima unayemwamini. Au gusa kitufe cha Msaada upate mtu katika nchi yako.

# Question: a scenario about coins offered for a dare.
q-coins-for-a-dare = Ungefanya nini kuhusu ofa hiyo?
    .situation = Uko live. Mtazamaji anaandika: "Sarafu 500 ukinifanyia changamoto (dare). Tulizungumzie kwenye chati ya faragha."
    .hint = Kuna ishara mbili za tahadhari hapa. Ni chaguo lipi linakuweka kwenye udhibiti?
    .explanation = Kukataa, kumaliza stream ukitaka, na kumripoti mtazamaji ni hatua bora. Kufuta maoni na kumzuia pia ni vizuri. Changamoto kwa malipo ya sarafu na chati za faragha ni njia za kukushinikiza.
# Action (best).
q-coins-for-a-dare-say-no-end-report = Kukataa, kumaliza stream nikitaka, na kumripoti mtazamaji.
    .feedback = Hatua bora. Unabaki na udhibiti, na programu inaweza kuchukua hatua kutokana na ripoti.
# Action (also good).
q-coins-for-a-dare-delete-and-block = Kufuta maoni, kumzuia mtazamaji na kuendelea.
    .feedback = Hatua nzuri. Ameondoka kwenye stream yako. Kumripoti pia kunasaidia kuwalinda wengine.
# Action (not helpful).
q-coins-for-a-dare-do-a-small-dare = Kufanya changamoto ndogo. Ni mzaha tu kidogo.
    .feedback = Sivyo hasa. Maombi madogo mara nyingi huleta makubwa zaidi. Unaweza kukataa, hata baada ya kupewa sarafu.
# Action (not helpful).
q-coins-for-a-dare-move-to-private = Kwenda kwenye chati ya faragha kujua changamoto ni ipi.
    .feedback = Sivyo hasa. Kwenye faragha, hakuna mtu mwingine anayeona anachosema. Ndiyo sababu anataka mhamie huko.

# Question: choose all that apply, about red-flag comments.
q-red-flag-comments = Ni maoni yapi kwenye chati ya stream yaliyo ishara za tahadhari (red flags)? Chagua kila jibu linalofaa.
    .hint = Je, maoni hayo yanaomba kitu kukuhusu, au yanajaribu kufanya makubaliano?
    .explanation = Kuuliza shule yako, kutoa zawadi ukitii, na kukuhamisha kwenye programu nyingine ni ishara za tahadhari. "Umecheza vizuri" na "Nini kinafuata?" ni mazungumzo ya kawaida.
# Answer option (red flag).
q-red-flag-comments-which-school = "Unasoma shule gani?"
    .feedback = Ndiyo. Shule yako inaweza kumsaidia mtu kukupata nje ya mtandao. Si lazima useme.
# Answer option (red flag).
q-red-flag-comments-gifts-if-you-obey = "Nitakutumia zawadi ukifanya ninachosema."
    .feedback = Ndiyo. Zawadi zenye masharti ni shinikizo. Huna deni kwa mtu yeyote kwa sababu ya zawadi.
# Answer option (red flag).
q-red-flag-comments-add-me-elsewhere = "Niongeze kwenye programu nyingine, sisi wawili tu."
    .feedback = Ndiyo. "Sisi wawili tu" inamaanisha hakuna mtu mwingine anayeweza kuona. Hiyo ni ishara ya tahadhari.
# Answer option (normal).
q-red-flag-comments-nice-play = "Umecheza vizuri!"
    .feedback = Sivyo hasa. Hayo ni maoni ya kawaida ya kirafiki.
# Answer option (normal).
q-red-flag-comments-what-game-next = "Utacheza mchezo gani baadaye?"
    .feedback = Sivyo hasa. Hayo ni mazungumzo ya kawaida kuhusu stream yako.

# Question: true or false about recording.
q-viewers-can-record = Watazamaji wanaweza kurekodi livestream yako, hata kama programu haiihifadhi.
    .hint = Mtu yeyote anaweza kufanya nini kwa simu au kompyuta yake mwenyewe akitazama?
    .explanation = Kweli. Mtu yeyote anaweza kupiga picha ya skrini au kurekodi skrini yake. Stream ukijua kwamba inaweza kuhifadhiwa.
# Feedback if the teen picks "true" (right).
q-viewers-can-record-true =
    .feedback = Sawa kabisa. Live haimaanishi imepotea. Mtu yeyote anayetazama anaweza kubaki na nakala.
# Feedback if the teen picks "false" (wrong).
q-viewers-can-record-false =
    .feedback = Sivyo hasa. Watazamaji wanaweza kurekodi skrini zao, bila kujali programu inafanya nini.

# Question: choose all that apply, about settings.
q-helpful-settings = Ni mipangilio ipi inasaidia stream iwe salama zaidi? Chagua kila jibu linalofaa.
    .hint = Ni ipi inadhibiti nani anakuona na wanaweza kusema nini?
    .explanation = Stream za marafiki tu, vichujio vya maneno, moderator unayemwamini na location iliyozimwa vyote vinasaidia. Kuonyesha location yako kunawajulisha wageni ulipo.
# Answer option (helps).
q-helpful-settings-friends-only = Marafiki tu ndio wanaoweza kutazama
    .feedback = Ndiyo. Wageni wachache zaidi ni hatari ndogo zaidi.
# Answer option (helps).
q-helpful-settings-word-filter = Kichujio kinachozuia maneno fulani kwenye maoni
    .feedback = Ndiyo. Vichujio vinazuia maoni mengi mabaya kabla hujayaona.
# Answer option (helps).
q-helpful-settings-moderator = Rafiki unayemwamini kama moderator
    .feedback = Ndiyo. Moderator anaweza kuondoa maoni na watazamaji ukiwa unastream.
# Answer option (helps).
q-helpful-settings-location-off = Location imezimwa
    .feedback = Ndiyo. Watazamaji hawahitaji kujua ulipo.
# Answer option (does not help).
q-helpful-settings-show-location = Location inaonyeshwa ili mashabiki wa karibu wakupate
    .feedback = Sivyo hasa. Kuonyesha location yako kunawaambia wageni ulipo. Iweke imezimwa.

# Question: put the steps in order.
q-uncomfortable-steps = Maoni ya mtazamaji yanakufanya ukose amani ukiwa live. Panga hatua hizi kwa mpangilio.
    .hint = Nini kinakomesha shinikizo mara moja? Unahitaji nini kabla ya kumzuia?
    .explanation = Maliza stream kwanza ili kukomesha shinikizo. Hifadhi jina la mtumiaji na maoni ukiwa bado unaweza. Ripoti ukiwa bado unaweza kumpata, kisha zuia.
# Step 1.
q-uncomfortable-steps-end-stream = Maliza stream
    .feedback = Kwanza. Kumaliza stream kunakomesha shinikizo mara moja.
# Step 2.
q-uncomfortable-steps-save-username = Andika jina lake la mtumiaji na uhifadhi maoni
    .feedback = Kisha. Ushahidi huu unasaidia unaporipoti.
# Step 3.
q-uncomfortable-steps-report-viewer = Mripoti mtazamaji kwenye programu
    .feedback = Ripoti ukiwa bado unaweza kupata wasifu wake.
# Step 4.
q-uncomfortable-steps-block-viewer = Mzuie mtazamaji
    .feedback = Mwisho. Sasa hawezi kutazama wala kukutumia ujumbe huko.

# Question: true or false about ending a stream. The right answer is "false".
q-owe-an-explanation = Ukimaliza stream ghafla, una deni la kuwaeleza watazamaji wako sababu.
    .hint = Ni stream ya nani?
    .explanation = Si kweli. Ni stream yako. Unaweza kuimaliza wakati wowote, kwa sababu yoyote, bila kueleza.
# Feedback if the teen picks "true" (wrong).
q-owe-an-explanation-true =
    .feedback = Sivyo hasa. Huna deni la kuwaeleza watazamaji kamwe. Usalama wako unakuja kwanza.
# Feedback if the teen picks "false" (right).
q-owe-an-explanation-false =
    .feedback = Sawa kabisa. Unaweza kuimaliza wakati wowote. Mashabiki wa kweli watakuwepo wakati ujao.

# Question: single choice about a regular viewer.
q-regular-viewer = Mtazamaji wa kila mara amekutumia zawadi nyingi. Sasa anasema, "Baada ya yote niliyokupa, tuchati faraghani." Hii ni nini?
    .hint = Kwa nini mtu angetaja zawadi zake kabla ya kuomba kitu?
    .explanation = Hii ni ishara ya tahadhari. Zawadi zinaweza kutumiwa kukufanya uhisi una deni kwa mtu. Kuhamia chati ya faragha kunaficha anachosema.
# Answer option (right).
q-regular-viewer-warning-sign = Ishara ya tahadhari. Anatumia zawadi kunishinikiza.
    .feedback = Sawa kabisa. Huna deni kwa mtu yeyote kwa sababu ya zawadi. Unaweza kukataa, kumzuia na kumripoti.
# Answer option (wrong).
q-regular-viewer-loyal-fan = Shabiki mwaminifu anayetaka kunifahamu
    .feedback = Sivyo hasa. Shabiki wa kweli hahitaji kukuhamishia faraghani. Kuwa macho na shinikizo.
# Answer option (wrong).
q-regular-viewer-fair-after-gifts = Ni haki, kwa kuwa amenipa vingi hivyo
    .feedback = Sivyo hasa. Zawadi hazinunui muda wako wala faragha yako. Unaweza kukataa kila wakati.

# Question: a scenario about a recorded clip being shared.
q-clip-shared = Ungefanya nini kuhusu kipande hicho cha video?
    .situation = Mtazamaji alirekodi sehemu ya stream yako. Anakutumia na kusema ataichapisha usipofanya anachotaka.
    .hint = Hiki ni kitisho. Nani anaweza kukusaidia kukikomesha?
    .explanation = Kuacha kumjibu, kuhifadhi ushahidi, kumwambia mtu mzima unayemwamini na kuripoti ni hatua bora. Kuripoti kipande hicho na akaunti pia kunasaidia. Kufanya anachoomba mara chache sana hukomesha vitisho, na kufuta akaunti yako kunapoteza ushahidi. Si kosa lako.
# Action (best).
q-clip-shared-tell-adult-and-report = Kuacha kumjibu, kuhifadhi jumbe, kumwambia mtu mzima ninayemwamini, na kuripoti akaunti.
    .feedback = Hatua bora. Unabaki na ushahidi, hauko peke yako, na programu inaweza kuchukua hatua. Hili si kosa lako.
# Action (also good).
q-clip-shared-report-the-clip = Kuripoti akaunti na kipande cha video kwenye programu, kisha kumzuia.
    .feedback = Hatua nzuri. Hifadhi jumbe kwanza. Kumwambia mtu mzima pia kunaongeza nguvu.
# Action (not helpful).
q-clip-shared-do-what-they-ask = Kufanya anachotaka ili asikichapishe.
    .feedback = Sivyo hasa. Kukubali mara nyingi husababisha madai zaidi. Kama tayari ulifanya hivyo, bado unaweza kupata msaada.
# Action (not helpful).
q-clip-shared-delete-account = Kufuta akaunti yangu ili yote yaishe.
    .feedback = Sivyo hasa. Inaeleweka kutaka hivyo, lakini kufuta kunapoteza ushahidi. Baki nayo kwa sasa na upate msaada.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza: nini kinafanya chati ya stream ifurahishe, na nini kinaifanya ihisi kama shinikizo? Zungumzeni kuhusu mipangilio inayosaidia, kwa nini kumaliza stream ni sawa kila wakati, na kumbusha kikundi kwamba si kosa la anayestream kamwe mtu akimshinikiza au akimrekodi.
