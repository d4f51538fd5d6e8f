# SafeSteps — MIT OR Apache-2.0

### Lesson: Report, block and remove (ages 13–17).
### Readers are teenagers, possibly dealing with something right now. Be direct, calm and
### practical; never preachy. Never describe images or acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Ripoti, zuia na ondoa
# One line under the lesson name.
lesson-summary = Jinsi ya kuhifadhi ushahidi, kuripoti, kuzuia na kufanya maudhui yaondolewe, na nini hutokea baadaye.

# Card 1: keep evidence first.
card-evidence-first =
    Mtu anapokunyanyasa, kukutishia au kukushinikiza, hifadhi ushahidi kabla ya kumzuia.
    Kumzuia kunaweza kuficha chati au wasifu wake. Hapo ni vigumu zaidi kuripoti.
    Piga picha za skrini (screenshot) za jumbe na wasifu wake. Andika jina lake la mtumiaji, kiungo cha wasifu wake, na tarehe na saa.
    Usipige picha ya skrini wala usihifadhi picha za uchi, hata kama ushahidi. Unaweza kuripoti bila hizo.
    Usifute chati wala akaunti yako bado. Huenda ukazihitaji baadaye.
# Card 2: reporting and blocking on the app.
card-report-and-block =
    Programu nyingi zina kitufe cha Report (Ripoti). Kitafute kwenye ujumbe, chapisho au wasifu (mara nyingi nyuma ya "…").
    Kuripoti kunaiambia programu kwamba mtu amevunja sheria zake. Programu nyingi hazimwambii mtu huyo nani aliyemripoti.
    Baada ya kuripoti, mzuie ili asiweze kuwasiliana nawe huko.
    Kisha angalia nani anaweza kukutumia ujumbe, kukutag na kukupata.
    Akirudi na akaunti mpya, hifadhi ushahidi, ripoti na uzuie tena.
# Card 3: reporting beyond the app.
card-beyond-the-app =
    Mambo mengine yanahitaji zaidi ya ripoti kwa programu. Hii ni pamoja na vitisho, mtu mzima anayekuomba picha au chati za kingono, sextortion, na picha za uchi za mtu yeyote aliye chini ya miaka 18.
    Nchini Marekani (US), ripoti kwa CyberTipline ya NCMEC kupitia report.cybertip.org au piga 1-800-843-5678. NCMEC hupeleka ripoti kwa polisi wanaoweza kuchukua hatua.
    Popote ulipo, unaweza kwenda kwa polisi wa eneo lako. Mtu mzima unayemwamini anaweza kukusaidia kufanya hivyo.
    Gusa skrini ya Msaada upate mahali pa kuripoti katika nchi yako.
# Card 4: getting images removed.
card-removal =
    Kama picha yako ya uchi au ya kingono ya ulipokuwa chini ya miaka 18 iko mtandaoni, au unadhani inaweza kushirikiwa, msaada upo.
    Take It Down (takeitdown.ncmec.org) ni bure. Inatumia nakala iliyo kwenye simu au kompyuta yako mwenyewe. Inatengeneza hash, yaani alama ya kidole ya kidijitali, ya picha hiyo hapo hapo. Ni hash tu inayotoka kwenye kifaa chako, picha haitoki kamwe. Programu zinazoshiriki zinaitumia kupata na kuondoa nakala.
    Usipakue kamwe nakala ili kuitumia. Kama huna picha hiyo, ripoti kwa CyberTipline inaweza kusaidia.
    Unaweza pia kutumia fomu ya programu yenyewe ya kuomba maudhui yaondolewe. Nje ya Marekani, gusa Msaada upate anayeweza kusaidia mahali unapoishi.
# Card 5: what happens after a report; not your fault.
card-what-happens-next =
    Baada ya kuripoti, programu inaikagua ripoti. Inaweza kuondoa chapisho, kumwonya mtu huyo au kufungia akaunti yake. Programu nyingine hukutumia taarifa ya maendeleo.
    NCMEC hukagua ripoti za CyberTipline na inaweza kuzipeleka kwa polisi.
    Inaweza kuchukua muda, na si kila ripoti inaleta hatua. Bado ni muhimu. Ripoti zinasaidia kuwazuia watu wasiwadhuru wengine.
    Chochote kilichotokea, si kosa lako. Watu wazima wanapaswa kukuunga mkono, si kukulaumu.
    Zungumza na mtu mzima unayemwamini, au gusa Msaada.

# Question: single choice about saving proof before blocking.
q-why-save-first = Kwa nini ni busara kuhifadhi ushahidi kabla ya kumzuia mtu?
    .hint = Ni nini unaweza kushindwa kukiona tena akishazuiwa?
    .explanation = Kuzuia kunaweza kuficha chati au wasifu. Kuhifadhi ushahidi kwanza kunamaanisha bado unaweza kuripoti, na wengine wanaweza kuchukua hatua.
# Answer option (right).
q-why-save-first-chat-may-vanish = Kuzuia kunaweza kuficha chati na wasifu wake.
    .feedback = Sawa kabisa. Hifadhi ushahidi kwanza, kisha ripoti na uzuie.
# Answer option (wrong).
q-why-save-first-to-post-it = Ili uweze kuuchapisha na kumwanika hadharani.
    .feedback = Sivyo hasa. Kuuchapisha kunaweza kufanya mambo yawe mabaya zaidi. Ushahidi ni kwa ajili ya programu, NCMEC, polisi au mtu mzima unayemwamini.
# Answer option (wrong).
q-why-save-first-apps-need-permission = Programu hazitakuruhusu kuzuia bila ushahidi.
    .feedback = Sivyo hasa. Unaweza kuzuia wakati wowote. Lakini ushahidi unaifanya ripoti kuwa na nguvu zaidi.

# Question: choose all that apply, about good evidence.
q-good-evidence = Ni zipi kati ya hizi ambazo ni vizuri kuhifadhi kama ushahidi? Chagua kila jibu linalofaa.
    .hint = Ushahidi unaonyesha yeye ni nani na alifanya nini, bila kusambaza madhara.
    .explanation = Majina ya watumiaji, picha za skrini za jumbe, viungo vya wasifu na tarehe vyote ni ushahidi mzuri. Usihifadhi kamwe picha za uchi, na usifute chati.
# Answer option (good proof).
q-good-evidence-username = Jina lake la mtumiaji
    .feedback = Ndiyo. Linasaidia programu na polisi kupata akaunti.
# Answer option (good proof).
q-good-evidence-message-screenshots = Picha za skrini za jumbe
    .feedback = Ndiyo. Zinaonyesha hasa kilichosemwa.
# Answer option (good proof).
q-good-evidence-profile-link = Kiungo cha wasifu wake
    .feedback = Ndiyo. Kiungo kinaelekeza moja kwa moja kwenye akaunti.
# Answer option (good proof).
q-good-evidence-dates-and-times = Tarehe na saa za jumbe
    .feedback = Ndiyo. Muda unasaidia kuonyesha kilichotokea na lini.
# Answer option (not good proof).
q-good-evidence-copy-of-nude = Nakala ya picha ya uchi aliyotuma au kushiriki
    .feedback = Sivyo hasa. Usihifadhi picha za uchi, hata kama ushahidi. Unaweza kuripoti bila hizo.
# Answer option (not good proof).
q-good-evidence-delete-chat = Kufuta chati ili iondoke
    .feedback = Sivyo hasa. Kufuta kunapoteza ushahidi. Baki na chati kwa sasa.

# Question: put the app steps in order.
q-app-steps = Mtu anaendelea kukutumia jumbe za kuudhi. Panga hatua hizi kwa mpangilio. (Mwambie mtu mzima unayemwamini wakati wowote.)
    .hint = Ni hatua ipi iliyo vigumu kufanya akishazuiwa?
    .explanation = Piga picha za skrini kwanza ili uwe na ushahidi. Ripoti ukiwa bado unaweza kumwona. Kisha zuia. Mwisho, badilisha nani anaweza kukutumia ujumbe ili asiweze kurudi kwa urahisi.
# Step 1.
q-app-steps-screenshot = Piga picha za skrini za jumbe na wasifu wake
    .feedback = Kwanza. Ushahidi unaweza kutoweka ukishamzuia.
# Step 2.
q-app-steps-report = Mripoti kwenye programu
    .feedback = Kisha. Ripoti ukiwa bado unaweza kuona wasifu wake.
# Step 3.
q-app-steps-block = Mzuie
    .feedback = Kisha zuia, ili asiweze kukufikia huko.
# Step 4.
q-app-steps-tighten-messages = Badilisha nani anaweza kukutumia ujumbe
    .feedback = Mwisho. Hii inafanya iwe vigumu zaidi kwake, au kwa akaunti mpya, kukufikia.

# Question: true or false about reporter privacy.
q-reporter-kept-private = Kwenye programu nyingi, mtu unayemripoti haambiwi nani aliyemripoti.
    .hint = Je, watu wangeripoti kama majina yao yangeshirikiwa?
    .explanation = Kweli. Programu nyingi huweka ripoti faragha, kwa hivyo unaweza kuripoti bila yeye kujua ni wewe.
# Feedback if the teen picks "true" (right).
q-reporter-kept-private-true =
    .feedback = Sawa kabisa. Programu nyingi huweka jina la aliyeripoti faragha. Unaweza kuripoti kwa usalama.
# Feedback if the teen picks "false" (wrong).
q-reporter-kept-private-false =
    .feedback = Sivyo hasa. Programu nyingi hazimwambii mtu huyo nani aliyemripoti.

# Question: a scenario about an adult sending sexual messages.
q-adult-messages = Ungefanya nini kuhusu mtu mzima huyo?
    .situation = Mwanaume uliyekutana naye kwenye mchezo ameanza kukutumia jumbe za kingono na kukuomba picha.
    .hint = Hili ni jambo zito. Nani anaweza kuchukua hatua nje ya programu?
    .explanation = Kuhifadhi ushahidi, kuripoti na kumwambia mtu mzima unayemwamini ni hatua bora. Kuripoti na kumzuia pia kunasaidia. Mtu mzima anayemwomba kijana picha za kingono anaweza kuripotiwa kwa CyberTipline au polisi. Si kosa lako.
# Action (best).
q-adult-messages-save-report-tell = Kuhifadhi jumbe, kumripoti kwenye mchezo, na kumwambia mtu mzima ninayemwamini.
    .feedback = Hatua bora. Mtu mzima anaweza kukusaidia kuripoti kwa CyberTipline au polisi pia. Ulifanya jambo sahihi kwa kusema.
# Action (also good).
q-adult-messages-report-and-block = Kupiga picha ya skrini ya chati, kisha kumripoti na kumzuia.
    .feedback = Hatua nzuri. Kumwambia mtu mzima pia kunamaanisha jambo hili linaweza kuripotiwa nje ya mchezo.
# Action (not helpful).
q-adult-messages-delete-and-forget = Kufuta chati na kujaribu kulisahau.
    .feedback = Sivyo hasa. Hilo linapoteza ushahidi, na huenda akawalenga wengine. Hifadhi na umwambie mtu.
# Action (not helpful).
q-adult-messages-threaten-back = Kumtishia kwamba utamwanika asipoacha.
    .feedback = Sivyo hasa. Hilo linaweza kumkasirisha zaidi, na linakuweka ukiwasiliana naye. Badala yake mripoti.

# Question: true or false about Take It Down. The right answer is "false".
q-send-image-to-remove = Ili kutumia Take It Down, lazima umtumie mtu picha yako.
    .hint = Fikiria hash ni nini.
    .explanation = Si kweli. Take It Down inatengeneza hash kwenye kifaa chako mwenyewe. Ni hash tu inayotumwa, picha haitumwi kamwe.
# Feedback if the teen picks "true" (wrong).
q-send-image-to-remove-true =
    .feedback = Sivyo hasa. Picha inabaki kwenye kifaa chako. Ni hash tu, alama ya kidole ya kidijitali, inayotumwa.
# Feedback if the teen picks "false" (right).
q-send-image-to-remove-false =
    .feedback = Sawa kabisa. Ni hash tu inayotoka kwenye kifaa chako. Take It Down haioni picha kamwe.

# Question: choose all that apply, about what can happen after a report.
q-after-a-report = Nini kinaweza kutokea baada ya kuripoti? Chagua kila jibu linalofaa.
    .hint = Fikiria programu na NCMEC zinaweza kufanya nini, na zinaweka nini faragha.
    .explanation = Programu zinaweza kuondoa machapisho na kufungia akaunti, na NCMEC inaweza kupeleka ripoti kwa polisi. Kwa kawaida jina lako halishirikiwi na mtu huyo, na hupaswi kulaumiwa.
# Answer option (can happen).
q-after-a-report-content-removed = Programu inaondoa chapisho au ujumbe.
    .feedback = Ndiyo. Maudhui yanayovunja sheria yanaweza kuondolewa.
# Answer option (can happen).
q-after-a-report-account-banned = Programu inafungia akaunti.
    .feedback = Ndiyo. Programu zinaweza kusimamisha au kufungia watu wanaovunja sheria.
# Answer option (can happen).
q-after-a-report-passed-to-police = Ripoti ya CyberTipline inapelekwa kwa polisi.
    .feedback = Ndiyo. NCMEC hupeleka ripoti kwa polisi wanaoweza kuchukua hatua.
# Answer option (should not happen).
q-after-a-report-name-shared = Mtu huyo anaambiwa jina lako.
    .feedback = Sivyo hasa. Programu nyingi huweka jina la aliyeripoti faragha.
# Answer option (should not happen).
q-after-a-report-you-get-blamed = Unalaumiwa kwa kilichotokea.
    .feedback = Sivyo hasa. Si kosa lako. Kuripoti ni jambo sahihi kufanya.

# Question: a scenario about an image of the teen online.
q-image-on-a-site = Ungefanya nini kuhusu picha hiyo?
    .situation = Rafiki anakuambia kwamba picha yako ya uchi, ya ulipokuwa na miaka 15, imechapishwa kwenye tovuti fulani.
    .hint = Ni machaguo yapi yanaifanya iondolewe bila kuisambaza zaidi?
    .explanation = Kumwambia mtu mzima unayemwamini, na kutumia Take It Down kama picha bado iko kwenye simu yako, ni hatua bora. Kuiripoti kwa tovuti hiyo pia kunasaidia. Kuhifadhi nakala au kumtumia ujumbe aliyeichapisha kunaweza kufanya mambo yawe mabaya zaidi. Si kosa lako.
# Action (best).
q-image-on-a-site-take-it-down-and-tell = Kumwambia mtu mzima ninayemwamini, na kutumia Take It Down kama picha bado iko kwenye simu yangu.
    .feedback = Hatua bora. Mtu mzima anaweza kukusaidia kuiripoti. Take It Down inatumia nakala iliyo kwenye simu yako kusaidia kuondoa nyingine. Kama huna, ripoti kwa CyberTipline inaweza kusaidia.
# Action (also good).
q-image-on-a-site-report-to-site = Kuripoti chapisho kwa tovuti na kuomba liondolewe.
    .feedback = Hatua nzuri. Tovuti zinapaswa kuondoa picha za walio chini ya miaka 18. Kutumia Take It Down pia kunasaidia kunasa nakala.
# Action (not helpful).
q-image-on-a-site-save-every-copy = Kutafuta kila nakala na kuzihifadhi zote.
    .feedback = Sivyo hasa. Kuhifadhi nakala si lazima na kunaweza kuwa uhalifu. Hifadhi kiungo, si picha.
# Action (not helpful).
q-image-on-a-site-message-the-poster = Kumtumia ujumbe aliyeichapisha na kumsihi aiondoe.
    .feedback = Sivyo hasa. Hilo linaweza kumpa nguvu zaidi. Acha tovuti, Take It Down na mtu mzima walishughulikie.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza: ni nini kinachowazuia watu kuripoti? Pitieni kinachotokea baada ya ripoti kwenye programu na kwa CyberTipline. Zungumzeni kwa nini kuhifadhi ushahidi kunatangulia kuzuia, na kumbusha kikundi kwamba si kosa la mwathiriwa kamwe.
