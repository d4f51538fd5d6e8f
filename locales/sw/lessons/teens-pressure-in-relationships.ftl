# SafeSteps — MIT OR Apache-2.0

### Lesson: Pressure in relationships (ages 13–17).
### Readers are teenagers, some of them in a controlling relationship right now. Be direct, calm
### and respectful; never preachy. Never describe abuse or images. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Shinikizo katika mahusiano
# One line under the lesson name.
lesson-summary = Uhusiano mzuri unaonekanaje mtandaoni, jinsi ya kutambua udhibiti, na mahali pa kupata msaada.

# Card 1: what a healthy relationship looks like online.
card-healthy =
    Kuchumbiana, kuwa na crush na urafiki wa karibu vinaweza kuwa sehemu bora za ujana. Mengi yake hutokea kwenye simu.
    Katika uhusiano mzuri, nyote wawili mnajisikia salama na huru.
    Mnaaminiana bila kuchunguzana.
    Kila mmoja ana marafiki wake, muda wake na simu yake.
    Unaweza kukataa, na mwenzako anakubali.
    Huogopi atakavyoitikia.
# Card 2: signs of a controlling relationship online.
card-control-signs =
    Udhibiti unaweza kuonekana kama kujali mwanzoni. Kuwa macho na mtu ambaye:
    anapekua simu yako, au anataka kuona chati zako;
    anadai nenosiri zako, au location yako kila wakati;
    anakasirika usipojibu haraka;
    anakuambia nani unaweza kumfuata, kuzungumza naye au kumwona;
    anakushinikiza utume picha, au anasema "Kama ungenipenda, ungefanya hivyo."
    Vitisho pia ni ishara kubwa ya tahadhari. Hii ni pamoja na vitisho vya kushiriki picha zako, au vya kujidhuru ukimwacha.
    Hakuna kati ya haya ambalo ni upendo. Ni udhibiti.
# Card 3: consent can be withdrawn.
card-consent-can-change =
    Unaweza kubadilisha nia wakati wowote.
    Kama ulimpa nenosiri lako, unaweza kulibadilisha.
    Kama uliwasha kushiriki location, unaweza kuizima.
    Kama uliwahi kutuma picha, unaweza kukataa sasa.
    Kusema ndiyo mara moja hakumaanishi ndiyo milele. Mpenzi anayekuheshimu anakubali hilo.
    Kama una wasiwasi kuhusu atakavyoitikia, zungumza kwanza na mtu mzima unayemwamini. Anaweza kukusaidia kupanga.
# Card 4: not your fault.
card-not-your-fault =
    Mpenzi akikudhibiti, akikushinikiza au akikutishia, si kosa lako.
    Haihusu ulichofanya au usichofanya. Mtu anayechagua kudhibiti ndiye anayekosea.
    Inaweza kumtokea mtu yeyote, wa jinsia yoyote, katika aina yoyote ya uhusiano.
    Kuchanganyikiwa, kuhisi hatia au bado kumjali ni kawaida. Bado unastahili kujisikia salama.
    Kutishia kushiriki picha za mtu ni uhalifu katika maeneo mengi.
# Card 5: where to get help.
card-getting-help =
    Si lazima utatue hili peke yako.
    Zungumza na mtu mzima unayemwamini: mzazi, mlezi, ndugu, mwalimu au mshauri wa shule. Anapaswa kusikiliza, si kukulaumu.
    Hifadhi jumbe zinazokutishia. Kisha mzuie na umripoti mtu huyo kwenye programu.
    Kama unahisi uko hatarini sasa hivi, piga nambari ya dharura ya eneo lako.
    Gusa kitufe cha Msaada upate nambari ya msaada katika nchi yako. Nyingi zina huduma ya chati kama kuzungumza ni vigumu.

# Question: choose all that apply, about signs of control.
q-spot-control = Ni zipi kati ya hizi zilizo ishara za uhusiano wa kudhibiti? Chagua kila jibu linalofaa.
    .hint = Je, inakupa uhuru, au inauondoa?
    .explanation = Kupekua simu yako, kudai nenosiri, kufuatilia location yako na kukasirika kuhusu marafiki zako vyote ni udhibiti. Kukuuliza siku yako ilikuwaje na kukupa nafasi ni ishara za kujali.
# Answer option (sign of control).
q-spot-control-checks-your-phone = Anapekua simu yako.
    .feedback = Ndiyo. Simu yako na chati zako ni zako. Kuzipekua ni udhibiti, si kujali.
# Answer option (sign of control).
q-spot-control-demands-password = Anadai nenosiri zako.
    .feedback = Ndiyo. Kudai nenosiri ni njia ya kukuchunguza. Unaweza kukataa.
# Answer option (sign of control).
q-spot-control-tracks-location = Anataka live location yako kila wakati.
    .feedback = Ndiyo. Kuhitaji kujua ulipo kila wakati ni udhibiti.
# Answer option (sign of control).
q-spot-control-angry-about-friends = Anakasirika unapoonana na marafiki zako.
    .feedback = Ndiyo. Kukutenga na marafiki ni ishara ya kawaida ya udhibiti.
# Answer option (healthy).
q-spot-control-asks-about-your-day = Anakuuliza siku yako ilikuwaje.
    .feedback = Sivyo hasa. Hiyo ni hamu ya kawaida. Ni tatizo tu ikigeuka kuwa kukuchunguza.
# Answer option (healthy).
q-spot-control-gives-you-space = Hana shida unapokuwa na shughuli na marafiki.
    .feedback = Sivyo hasa. Hiyo ni ishara nzuri. Kupeana nafasi kunaonyesha kuaminiana.

# Question: a scenario about a partner demanding a password.
q-password-test = Ungefanya nini kuhusu nenosiri?
    .situation = Mpenzi wako anasema, "Kama huna cha kuficha, nipe nenosiri lako. Mimi nilikupa langu."
    .hint = Je, uaminifu ni kitu unachothibitisha kwa kuacha faragha yako?
    .explanation = Kuweka nenosiri lako faragha ni hatua bora, na kuzungumza na mtu unayemwamini pia kunasaidia. Kulitoa, au kutoa la zamani, kunaendeleza shinikizo.
# Action (best).
q-password-test-keep-it-private = Kukataa. Nenosiri langu ni langu, na kuaminiana hakulihitaji.
    .feedback = Hatua bora. Kuweka nenosiri lako faragha ni kawaida na ni haki. Mpenzi anayekuheshimu atakubali.
# Action (also good).
q-password-test-talk-to-someone = Kuzungumza na rafiki au mtu mzima ninayemwamini kuhusu jinsi ninavyohisi.
    .feedback = Hatua nzuri. Mtu aliye nje ya uhusiano anaweza kukusaidia kuona mtindo huu na kupanga la kufanya.
# Action (not helpful).
q-password-test-hand-it-over = Kulitoa ili kuthibitisha kwamba sina cha kuficha.
    .feedback = Sivyo hasa. Faragha si kuficha. Kukubali mara nyingi husababisha uchunguzi zaidi. Kama tayari ulimpa, unaweza kulibadilisha.
# Action (not helpful).
q-password-test-give-old-one = Kumpa nenosiri la zamani ili aache kuuliza.
    .feedback = Sivyo hasa. Huenda likamaliza mabishano kwa sasa, lakini shinikizo bado lipo. Hapana ya wazi na msaada vinafaa zaidi.

# Question: single choice about constant texting.
q-always-texting = Mpenzi wako anakutumia SMS siku nzima kuuliza uko wapi. Anakasirika usipojibu ndani ya dakika tano. Hii ni nini?
    .hint = Inakufanya ujisikieje: unajaliwa, au unachunguzwa?
    .explanation = Hii ni tabia ya kudhibiti. Kumjali mtu hakumaanishi kumfuatilia au kukasirika akiwa na shughuli.
# Answer option (right).
q-always-texting-controlling = Tabia ya kudhibiti
    .feedback = Sawa kabisa. Kuhitaji kujua ulipo na kukasirika ukiwa na shughuli ni udhibiti.
# Answer option (wrong).
q-always-texting-proof-of-love = Ushahidi kwamba ananipenda kweli
    .feedback = Sivyo hasa. Upendo unakupa nafasi ya kupumua. Kuchunguza na hasira ni udhibiti.
# Answer option (wrong).
q-always-texting-normal-for-everyone = Ni kawaida, kwa sababu wapenzi wote hufanya hivi
    .feedback = Sivyo hasa. Wapenzi wengi hutumiana SMS nyingi, lakini hasira usipojibu si kawaida wala si sawa.

# Question: true or false about turning off location sharing.
q-stop-sharing-location = Unaweza kuzima kushiriki location na mpenzi, hata kama ulikubali awali.
    .hint = Je, ridhaa inaweza kubadilika kadiri muda unavyopita?
    .explanation = Kweli. Unaweza kubadilisha nia kuhusu kushiriki wakati wowote. Kama una wasiwasi kuhusu atakavyoitikia, zungumza kwanza na mtu mzima unayemwamini.
# Feedback if the teen picks "true" (right).
q-stop-sharing-location-true =
    .feedback = Sawa kabisa. Ndiyo ya awali haimaanishi ndiyo milele. Location yako ni yako.
# Feedback if the teen picks "false" (wrong).
q-stop-sharing-location-false =
    .feedback = Sivyo hasa. Unaweza kuirudisha ndiyo yako wakati wowote. Hiyo ni sehemu ya ridhaa.

# Question: put the account steps in order.
q-lock-account-steps = Mtu mliyeachana naye bado ana nenosiri lako. Panga hatua hizi kwa mpangilio ili kumfungia nje. (Kama una wasiwasi atakavyoitikia, zungumza kwanza na mtu mzima unayemwamini.)
    .hint = Ukimtoa kabla ya kubadilisha nenosiri, angeweza kufanya nini?
    .explanation = Badilisha nenosiri kwanza, ili asiweze kuingia tena. Kisha toka (sign out) kwenye vifaa vingine vyote ili kumtoa. Mwisho, washa uthibitishaji wa hatua mbili, ili nenosiri peke yake lisitoshe wakati ujao.
# Step 1.
q-lock-account-steps-change-password = Badilisha nenosiri lako
    .feedback = Kwanza. Hadi libadilike, angeweza kuingia tena tu.
# Step 2.
q-lock-account-steps-sign-out-everywhere = Toka kwenye vifaa vingine vyote
    .feedback = Pili. Hii inamtoa kwenye simu yoyote ambayo bado ameingia.
# Step 3.
q-lock-account-steps-turn-on-two-step = Washa uthibitishaji wa hatua mbili (2-step verification)
    .feedback = Mwisho. Sasa angehitaji pia msimbo kutoka kwenye simu yako, si nenosiri tu.

# Question: true or false about blame. The right answer is "false".
q-caused-it = Kama mpenzi anadhibiti, ni kwa sababu ya kitu ulichofanya.
    .hint = Nani anachagua jinsi mpenzi anavyotenda?
    .explanation = Si kweli. Si kosa lako. Udhibiti ni uamuzi wa mtu mwingine. Unastahili kujisikia salama, na msaada upo.
# Feedback if the teen picks "true" (wrong).
q-caused-it-true =
    .feedback = Sivyo hasa. Hakuna unachofanya kinachofanya udhibiti uwe sawa. Ni uamuzi wake, na si kosa lako.
# Feedback if the teen picks "false" (right).
q-caused-it-false =
    .feedback = Sawa kabisa. Mtu anayechagua kudhibiti ndiye anayekosea. Unaweza kupata msaada wakati wowote.

# Question: a scenario about a threat after a breakup.
q-breakup-threat = Ungefanya nini kuhusu kitisho hicho?
    .situation = Unataka kuachana naye. Mpenzi wako anakutumia ujumbe: "Ukiniacha, kila mtu shuleni ataona picha ulizonitumia."
    .hint = Hiki ni kitisho. Nini kinakuweka salama na kukupatia msaada?
    .explanation = Kuhifadhi jumbe na kumwambia mtu mzima unayemwamini ni mwanzo bora. Kuripoti na kumzuia pia kunasaidia. Kubaki naye au kutuma zaidi kunampa nguvu zaidi. Hili si kosa lako, na vitisho kama hivi vinaweza kuwa uhalifu.
# Action (best).
q-breakup-threat-save-and-tell-adult = Kuhifadhi jumbe na kumwambia mtu mzima ninayemwamini.
    .feedback = Hatua bora. Jumbe ni ushahidi, na mtu mzima anaweza kukusaidia kuripoti na kubaki salama.
# Action (also good).
q-breakup-threat-report-and-block = Kupiga picha ya skrini (screenshot) ya kitisho, kisha kumripoti na kumzuia.
    .feedback = Hatua nzuri. Hifadhi kwanza, kisha ripoti na uzuie. Kumwambia mtu mzima pia kunaongeza nguvu. Take It Down inaweza kusaidia pia, hata kabla chochote hakijashirikiwa.
# Action (not helpful).
q-breakup-threat-stay-to-keep-calm = Kubaki naye ili asifanye hivyo.
    .feedback = Sivyo hasa. Kubaki kwa sababu ya kitisho kunampa udhibiti. Unastahili msaada, si hofu.
# Action (not helpful).
q-breakup-threat-send-more = Kumtumia anachotaka ili atulie.
    .feedback = Sivyo hasa. Kukubali mara nyingi husababisha madai zaidi. Kama tayari ulifanya hivyo, bado si kosa lako, na unaweza kupata msaada.

# Question: choose all that apply, about who can help.
q-who-can-help = Ungeweza kuzungumza na nani kama unahisi uhusiano wako ni wa kudhibiti? Chagua kila jibu linalofaa.
    .hint = Fikiria watu walio upande wako.
    .explanation = Mtu mzima unayemwamini, mshauri wa shule, nambari ya msaada na rafiki unayemwamini wote wanaweza kusaidia. Kukaa nalo peke yako kunafanya iwe vigumu zaidi. Gusa Msaada upate nambari ya msaada.
# Answer option (can help).
q-who-can-help-trusted-adult = Mzazi, mlezi au mtu mzima mwingine ninayemwamini
    .feedback = Ndiyo. Anaweza kusikiliza na kukusaidia kupanga la kufanya.
# Answer option (can help).
q-who-can-help-school-counsellor = Mshauri wa shule au mwalimu
    .feedback = Ndiyo. Wanalifahamu jambo hili na wanaweza kukusaidia kupata msaada.
# Answer option (can help).
q-who-can-help-helpline = Nambari ya msaada kutoka skrini ya Msaada
    .feedback = Ndiyo. Watu wa nambari za msaada husikiliza bila kuhukumu, na nyingi zina huduma ya chati.
# Answer option (can help).
q-who-can-help-trusted-friend = Rafiki ninayemwamini
    .feedback = Ndiyo. Rafiki anaweza kukuunga mkono, na kukusaidia kuzungumza na mtu mzima pia.
# Answer option (not a good choice).
q-who-can-help-no-one = Hakuna mtu. Ni jambo la faragha kati yetu.
    .feedback = Sivyo hasa. Udhibiti hufanya kazi vizuri zaidi unapojisikia peke yako. Kuzungumza na mtu ni hatua yenye nguvu.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza: mpaka kati ya kujali na kudhibiti mtandaoni uko wapi? Orodhesheni mifano pamoja. Zungumzeni kuhusu jinsi mtu anavyoweza kuirudisha ndiyo yake kwa usalama, nani angeweza kumwambia, na kumbusha kikundi kwamba si kosa la mtu anayedhibitiwa kamwe.
