# SafeSteps — MIT OR Apache-2.0

### Lesson: Reporting and getting support (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Explain what happens after a report. Help contacts come only from the content guide; keep
### numbers and web addresses exactly as written. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Pag-report at paghingi ng suporta
# One line under the lesson name.
lesson-summary = Saan at paano mag-report, ano ang susunod na mangyayari, at paano susuportahan ang anak mo at ang sarili mo pagkatapos.

# Card 1: reporting on the app or platform.
card-report-to-the-app =
    May report button ang karamihan ng app, laro, at site sa mga profile, mensahe, at post.
    Mag-save muna ng ebidensya. Mag-screenshot ng mga mensahe at ng profile, at itala ang mga username, link ng profile, petsa, at oras. Huwag kailanman mag-save o mag-share ng sekswal na litrato ng bata, kahit bilang patunay.
    Kapag nag-report ka, sabihin nang malinaw na may batang sangkot. Itinuturing itong apurahan ng maraming platform.
    Pagkatapos mag-report, i-block ang account para hindi na nito makontak ang anak mo.
    Itabi muna ang account ng anak mo at ang chat, para walang mawala.
# Card 2: reporting beyond the app.
card-report-beyond-the-app =
    May mga bagay na kailangan ng higit pa sa report sa platform. Kasama rito ang mga banta, ang paghingi ng sekswal na litrato, o ang nakatatandang sumusubok makipagkita sa isang bata.
    Sa US, mag-report sa CyberTipline ng NCMEC sa report.cybertip.org o sa 1-800-843-5678.
    Sa kahit anong bansa, puwede kang makipag-ugnayan sa lokal na pulis. Kung nasa panganib ang isang bata ngayon mismo, tumawag sa emergency number sa inyong lugar.
    May pambansang child helpline ang maraming bansa. Tingnan ang screen na Tulong para sa bansa mo.
    Kung wala sa listahan ang bansa mo, may directory ang Child Helpline International sa childhelplineinternational.org.
# Card 3: what happens after a report.
card-what-happens-next =
    Kapag alam mo ang susunod na mangyayari, hindi gaanong nakakatakot ang pag-report.
    Sinusuri ng platform ang report. Puwede nitong tanggalin ang content o isara ang account, at puwede ka nitong padalhan ng maikling update.
    Sinusuri ng NCMEC ang mga report sa CyberTipline at ibinabahagi sa pulis na puwedeng kumilos.
    Baka makipag-ugnayan sa iyo ang pulis para magtanong. Baka hingin nila ang ebidensyang na-save mo.
    Puwedeng matagalan ito, at baka hindi mo marinig ang bawat detalye ng nangyayari. Hindi ibig sabihin niyon na binalewala ang report mo.
    Kung ikinakalat ang mga litrato, makakatulong ang Take It Down (takeitdown.ncmec.org) na tanggalin ang nude na litrato ng mga wala pang 18 sa mga site na kasali rito.
# Card 4: supporting the child after a report.
card-supporting-your-child =
    Pagkatapos ng report, kailangang maramdaman ng anak mo na ligtas siya at pinaniniwalaan.
    Madalas na sabihin sa kaniya na hindi niya ito kasalanan. Ang taong nanakit o nagbanta sa kaniya ang may pananagutan.
    Panatilihing normal hangga't maaari ang pang-araw-araw na gawain. Huwag siyang parusahan o kunin ang lahat ng device niya.
    Isali siya sa mga desisyon hangga't maaari, gaya ng kung sino pa ang kailangang makaalam.
    Puwedeng dumating at umalis ang mga damdamin sa loob ng ilang linggo. Bantayan ang mga pagbabago sa tulog, mood, o pagkain, at humingi ng tulong sa doktor, guidance counselor sa paaralan, o helpline kung nag-aalala ka.
# Card 5: support for the caregiver; someone to talk to.
card-support-for-you =
    Mahirap din ito para sa mga tagapag-alaga. Baka makaramdam ka ng galit, konsensiya, takot, o pagkabigla. Normal ang mga damdaming ito.
    Hindi mo kayang makita ang bawat panganib. Itinatago ng mga taong nagta-target ng mga bata ang ginagawa nila.
    Kausapin ang taong pinagkakatiwalaan mo, gaya ng kaibigan, partner, doktor, o counselor. May ilang child helpline na sumusuporta rin sa mga nag-aalalang nakatatanda.
    Kapag inaalagaan mo ang sarili mo, mas naaalagaan mo ang anak mo.
    I-tap ang Tulong para makahanap ng suporta sa bansa mo.

# Question: put the steps in order.
q-report-steps = May nagpapadala ng mga mensaheng nagbabanta sa anak mo. Ayusin ang mga hakbang na ito sa nakakatulong na pagkakasunod-sunod.
    .hint = Nauuna ang anak mo. Tapos itanong: ano ang mahirap gawin kapag naka-block na ang account?
    .explanation = Panatagin muna ang loob ng anak mo. Mag-save ng ebidensya bago may mawala. Mag-report sa platform habang nakikita mo pa ang account, tapos i-block ito. I-report din ang mga banta sa CyberTipline (US) o sa pulis, at patuloy na suportahan ang anak mo sa mga sumunod na linggo.
# Step 1.
q-report-steps-reassure-child = Pasalamatan ang anak mo sa pagsasabi sa iyo, at sabihing hindi niya ito kasalanan
    .feedback = Nauuna ang anak mo. Kapag ligtas ang pakiramdam niya sa iyo, patuloy siyang nakikipag-usap.
# Step 2.
q-report-steps-save-evidence = I-save ang screenshots, mga username, at mga link
    .feedback = Sunod ang ebidensya, bago may mawala.
# Step 3.
q-report-steps-report-to-platform = I-report ang account sa platform
    .feedback = Mag-report habang nakikita mo pa ang profile.
# Step 4.
q-report-steps-block-account = I-block ang account
    .feedback = Napipigilan ang karagdagang pakikipag-ugnayan kapag nag-block pagkatapos mag-report.
# Step 5.
q-report-steps-keep-supporting = Patuloy na suportahan ang anak mo sa mga sumunod na linggo
    .feedback = Mahalaga ang suporta kahit matagal na matapos ang report.

# Question: single choice about where to report in the US.
q-where-in-us = Nakatira ka sa US. May nakatatanda online na humingi ng sekswal na litrato sa 12 taong gulang mong anak. Saan ka dapat mag-report, bukod sa app?
    .hint = Balikan ang card tungkol sa pag-report lampas sa app.
    .explanation = Sa US, mag-report sa CyberTipline ng NCMEC sa report.cybertip.org o sa 1-800-843-5678. Ibinabahagi ng NCMEC ang mga report sa pulis na puwedeng kumilos.
# Answer option (right).
q-where-in-us-cybertipline = Sa CyberTipline ng NCMEC, sa report.cybertip.org
    .feedback = Oo. Ang CyberTipline ang lugar sa US para i-report ito. Puwede ka ring makipag-ugnayan sa lokal na pulis.
# Answer option (wrong).
q-where-in-us-social-media-post = Isang post sa social media na nagbababala sa ibang magulang
    .feedback = Hindi pa eksakto. Puwedeng mailantad ng pampublikong post ang anak mo at mabalaan ang tao. Sa halip, i-report ito nang pribado.
# Answer option (wrong).
q-where-in-us-only-the-school = Sa paaralan lang ng anak mo
    .feedback = Hindi pa eksakto. Puwedeng makatulong ang paaralan sa pagsuporta sa anak mo, pero kailangan itong i-report sa CyberTipline o sa pulis.

# Question: a scenario. The situation is shown first, then the question.
q-no-local-line = Ano ang puwede mong gawin?
    .situation = May taong online na namimilit sa 13 taong gulang mong anak na magpadala ng mga litrato. Wala ka sa US, at hindi mo sigurado kung sino ang tatawagan sa lugar ninyo.
    .hint = May mga paraan para makahanap ng tulong sa kahit anong bansa.
    .explanation = Tingnan ang screen na Tulong at ang directory ng Child Helpline International para makahanap ng lokal na helpline. Mag-report din sa platform at sa pulis. Baka hindi gaanong maging ligtas ang anak mo kung wala kang gagawin o kung ilalantad mo ang tao online.
# Action (best).
q-no-local-line-help-screen-and-directory = Tingnan ang screen na Tulong para sa bansa mo, o ang directory ng Child Helpline International.
    .feedback = Pinakamagandang pili. Magagabayan ka ng lokal na helpline kung ano ang gagawin at saan magre-report.
# Action (also good).
q-no-local-line-platform-and-police = Mag-save ng ebidensya, mag-report sa app, at makipag-ugnayan sa lokal na pulis.
    .feedback = Magandang pili. Makakakilos ang mga platform at ang pulis, saan ka man nakatira.
# Action (not helpful).
q-no-local-line-nothing-to-do = Huwag gumawa ng kahit ano, dahil walang hotline dito na gaya ng sa US.
    .feedback = May tulong pa rin. May pulis, mga platform, at mga child helpline sa karamihan ng bansa.
# Action (not helpful).
q-no-local-line-name-them-online = I-post online ang username ng tao para ipahiya siya.
    .feedback = Puwede nitong mailantad ang anak mo at mabalaan ang tao bago pa makakilos ang pulis. Sa halip, mag-report nang pribado.

# Question: true or false about hearing back. The right answer is "true".
q-may-not-hear-back = Pagkatapos mong mag-report, baka hindi mo marinig ang bawat detalye ng susunod na mangyayari.
    .hint = Isipin ang sinabi ng card tungkol sa oras at mga update.
    .explanation = Oo. Matagal ang pagsusuri at ang trabaho ng pulis, at may mga detalyeng nananatiling pribado. Kapag wala kang narinig, hindi ibig sabihin na walang nangyari.
# Feedback if the caregiver picks "true" (right).
q-may-not-hear-back-true =
    .feedback = Tama. Mahalaga pa rin ang report mo, kahit kaunti lang ang naririnig mo. Itabi ang ebidensya mo kung sakaling hingin ito ng pulis.
# Feedback if the caregiver picks "false" (wrong).
q-may-not-hear-back-false =
    .feedback = Hindi pa eksakto. Baka hindi mo marinig ang bawat detalye. Hindi ibig sabihin niyon na binalewala ang report.

# Question: multiple choice, "choose all that apply".
q-support-after-report = Alin sa mga ito ang nakakatulong sa bata pagkatapos ng report? Piliin ang lahat ng tamang sagot.
    .hint = Isipin ang kaligtasan, kontrol, at nakagawian.
    .explanation = Nakakatulong ang mga nakagawian, ang marinig na hindi niya ito kasalanan, ang pagkakaroon ng boses sa mga desisyon, at ang alok na counseling. Puwedeng iparamdam ng pananahimik at pagbabawal sa bata na pinaparusahan siya o nag-iisa siya.
# Answer option (helps).
q-support-after-report-keep-routines = Panatilihing normal hangga't maaari ang pang-araw-araw na gawain
    .feedback = Oo. Nakakatulong ang mga nakagawian para maramdaman ulit ng bata na ligtas siya.
# Answer option (helps).
q-support-after-report-repeat-not-fault = Madalas na ipaalala sa kaniya na hindi niya ito kasalanan
    .feedback = Oo. Kadalasang sinisisi ng mga bata ang sarili nila. Nakakatulong na marinig ito nang paulit-ulit.
# Answer option (helps).
q-support-after-report-involve-in-decisions = Isali siya sa mga desisyon, gaya ng kung sino pa ang kailangang makaalam
    .feedback = Oo. Naibabalik nito ang ilan sa kontrol na inagaw sa kaniya.
# Answer option (helps).
q-support-after-report-offer-counselling = Mag-alok ng counselor, doktor, o helpline na makakausap
    .feedback = Oo. Makakatulong ang dagdag na suporta sa mga damdaming tumatagal nang ilang linggo.
# Answer option (does not help).
q-support-after-report-never-mention-again = Huwag na itong banggitin kahit kailan
    .feedback = Hindi pa eksakto. Puwedeng maramdamang kahihiyan ang pananahimik. Ipaalam sa anak mo na puwede niya itong pag-usapan kahit kailan.
# Answer option (does not help).
q-support-after-report-ban-all-devices = Ipagbawal ang lahat ng device nang ilang buwan
    .feedback = Hindi pa eksakto. Puwede itong maramdamang parusa dahil nagsabi siya, at inilalayo siya nito sa mga kaibigan.

# Question: sort tasks into who handles them.
q-who-does-what = Ilagay ang bawat gawain sa serbisyong kadalasang humahawak nito.
    .hint = Isipin kung sino ang kayang magtanggal ng content, sino ang kayang mag-imbestiga, at ano ang gumagamit ng hash.
    .explanation = Nagtatanggal ng mga account at post ang mga platform. Ang CyberTipline (sa US) at ang pulis ang humahawak sa mga krimen gaya ng pagbabanta sa isang bata. Tumutulong ang Take It Down na tanggalin ang nude na litrato ng mga wala pang 18 gamit ang hash.
# Group name.
q-who-does-what-platform = Ang app o platform
# Group name.
q-who-does-what-cybertipline-or-police = CyberTipline (US) o pulis
# Group name.
q-who-does-what-take-it-down = Take It Down
# Item to sort (platform).
q-who-does-what-remove-account = Magtanggal ng account na lumalabag sa patakaran
    .feedback = Kayang isara ng mga platform ang mga account sa sarili nilang serbisyo.
# Item to sort (platform).
q-who-does-what-remove-posts = Magtanggal ng nakakapinsalang post o comment
    .feedback = Tinatanggal ng mga platform ang content na lumalabag sa patakaran nila.
# Item to sort (CyberTipline or police).
q-who-does-what-investigate-crime = Mag-imbestiga ng krimen laban sa isang bata
    .feedback = Ang pulis ang nag-iimbestiga ng mga krimen. Sa US, ipinapasa sa kanila ng CyberTipline ang mga report.
# Item to sort (CyberTipline or police).
q-who-does-what-threats-to-a-child = Tuntunin ang taong nagbabantang i-share ang litrato ng isang bata
    .feedback = Krimen ang ganitong mga banta. Kayang tuntunin ng pulis ang tao, kaya i-report ito sa CyberTipline o sa pulis.
# Item to sort (Take It Down).
q-who-does-what-hash-removal = Gumawa ng hash ng litrato para mahanap ng mga site ang mga kopya
    .feedback = Gumagawa ang Take It Down ng hash sa device mo, kaya hindi kailanman lumalabas dito ang litrato.
# Item to sort (Take It Down).
q-who-does-what-nude-image-under-18 = Tumulong na tanggalin ang nude na litrato ng taong wala pang 18
    .feedback = Ito mismo ang dahilan kung bakit ginawa ang Take It Down.

# Question: single choice about the caregiver's own feelings.
q-caregiver-feelings = Pagkatapos ng report, galit ka at paulit-ulit mong tinatanong sa sarili kung paano mo ito hindi napansin. Ano ang pinakanakakatulong?
    .hint = Sino ang nag-aalaga sa taong nag-aalaga sa anak mo?
    .explanation = Normal ang matitinding damdamin. Itinatago ng mga nang-aabuso ang ginagawa nila, kaya walang nakakakita ng bawat panganib. Nakakatulong ang pakikipag-usap sa isang tao para manatili kang matatag para sa anak mo.
# Answer option (right).
q-caregiver-feelings-normal-get-support = Pagtanggap na normal ang mga damdaming ito, at pakikipag-usap sa taong pinagkakatiwalaan mo
    .feedback = Oo. Kapag may suporta ka, mas masusuportahan mo ang anak mo.
# Answer option (wrong).
q-caregiver-feelings-hide-feelings = Itago ang mga damdamin mo at harapin ito nang mag-isa
    .feedback = Hindi pa eksakto. Mabigat na pasanin ito nang mag-isa. Tanda ng lakas ang paghingi ng tulong.
# Answer option (wrong).
q-caregiver-feelings-blame-yourself = Ituring na pagkukulang mo ito bilang magulang
    .feedback = Hindi pa eksakto. Itinatago ng mga taong nagta-target ng mga bata ang ginagawa nila. Ang taong nanakit ang may pananagutan.

# Question: true or false about reporting after a delay. The right answer is "true".
q-waited-weeks = Kung naghintay nang ilang linggo ang anak mo bago nagsabi sa iyo, sulit pa ring mag-report.
    .hint = Nauubos ba ang ebidensya o ang tulong pagkalipas ng ilang linggo?
    .explanation = Oo. Maraming bata ang naghihintay bago magsabi. Nakakatulong pa rin ang mga report, at karapat-dapat pa rin sa suporta ang anak mo. Hindi niya kasalanan na naghintay siya.
# Feedback if the caregiver picks "true" (right).
q-waited-weeks-true =
    .feedback = Tama. Mag-report pa rin, at pasalamatan ang anak mo sa pagsasabi sa iyo noong kaya na niya.
# Feedback if the caregiver picks "false" (wrong).
q-waited-weeks-false =
    .feedback = Hindi pa eksakto. Nakakatulong pa rin ang mga report pagkalipas ng ilang linggo o buwan. Maraming bata ang nangangailangan ng panahon bago nila makayanang magsabi.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Subukang itanong: "Alam mo ba kung paano mag-report ng tao sa mga app na ginagamit mo? Puwede mo bang ipakita sa akin?" Tapos sabihin: "Kung may i-report ka man, o gusto mong i-report, puwede mong sabihin sa akin. Tutulong ako, at hindi ka sisisihin."
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanungin ang grupo: anong mga alalahanin ang puwedeng pumigil sa isang pamilya na mag-report? Isa-isahin ang nangyayari pagkatapos ng report sa platform at ng report sa pulis, at ilista kung saan makakakuha ng suporta ang mga tao sa sarili ninyong bansa.
