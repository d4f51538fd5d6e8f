# SafeSteps — MIT OR Apache-2.0

### Lesson: If your child is being sextorted (caregivers).
### Readers are parents, grandparents, older siblings and teachers, possibly in the middle of it.
### Be calm, clear and step by step. Never describe images or acts. It is never the child's fault.
### Help contacts come only from the content guide; keep numbers and web addresses exactly as written.

# Lesson name on the lesson card.
lesson-title = Kung sine-sextort ang anak mo
# One line under the lesson name.
lesson-summary = Ano ang sextortion, at ano ang gagawin, hakbang-hakbang, kung mangyari ito sa anak mo.

# Card 1: what sextortion is, without detail.
card-what-it-is =
    Sextortion ang tawag kapag may nagbabantang i-share ang nude o sekswal na litrato ng isang kabataan maliban kung magbabayad siya, magpapadala pa ng mga litrato, o susundin ang gusto ng nagbabanta.
    Puwedeng totoo ang litrato, o peke, o na-edit.
    Kadalasan, gumagamit ang tao ng pekeng profile, nagpapanggap na teen, mabilis na nakukuha ang tiwala ng bata, tapos nagbabanta, minsan sa loob lang ng ilang oras. Minsan, taong kilala ng bata ito.
    Matindi silang mamilit: nagbibigay sila ng deadline at pinapa-panic ang bata. Krimen ang sextortion, at puwede itong mangyari sa kahit sinong bata.
# Card 2: the first reaction: calm, no blame.
card-your-first-reaction =
    Kung sinabi sa iyo ng anak mo, manatiling kalmado at pasalamatan siya sa pagsasabi sa iyo. Baka ito ang pinakamahirap na bagay na nasabi niya kailanman.
    Sabihin ito nang malinaw: "Hindi mo ito kasalanan. Tama ang ginawa mo nang sabihin mo sa akin. Haharapin natin ito nang magkasama."
    Hindi ito kasalanan ng anak mo, kahit nag-share siya ng litrato. Ang taong nagbabanta ang gumagawa ng krimen.
    Baka mag-panic, mahiya, o matakot ang anak mo. Huwag siyang sermunan, at huwag kunin ang phone niya bilang parusa. Kailangan mong patuloy siyang makipag-usap sa iyo.
# Card 3: what to do right now.
card-what-to-do-now =
    Huwag magbayad, at huwag nang magpadala ng kahit ano pa. Bihirang mapatigil ng pagbabayad ang mga banta; kadalasan, hihingi pa sila ng higit.
    Tumigil sa pagsagot. Hindi mo kailangang sumagot o makipagtawaran.
    Huwag munang i-delete ang account o ang chat. Itabi ang ebidensya. Mag-screenshot ng mga mensahe at ng profile, at isulat ang mga username, link ng profile, at anumang detalye ng bayad.
    Huwag i-screenshot, i-save, o ipasa ang litrato mismo.
    Tapos i-report ang account sa app at i-block ito.
    Kung nakapagbayad na o nakapagpadala pa ang anak mo, puwede pa ring maging okay. Tumigil na ngayon at humingi ng tulong.
# Card 4: where to report.
card-where-to-report =
    I-report ang account sa app o platform. Sabihing may batang binabantaan.
    Sa US, mag-report sa CyberTipline ng NCMEC sa report.cybertip.org o sa 1-800-843-5678. Ibinabahagi ng NCMEC ang mga report sa pulis na puwedeng kumilos.
    Sa ibang lugar, makipag-ugnayan sa lokal na pulis, at tingnan ang screen na Tulong para sa bansa mo.
    Ang Take It Down (takeitdown.ncmec.org) ay libreng serbisyo ng NCMEC na makakatulong na tanggalin ang nude o sekswal na litrato ng mga wala pang 18 sa mga site na kasali rito. Gumagawa ito ng digital na fingerprint, na tinatawag na hash, sa sarili mong device. Ang hash lang ang ipinapadala, hindi kailanman ang litrato.
    Kung nasa panganib ang anak mo ngayon mismo, tumawag sa emergency number sa inyong lugar.
# Card 5: emotional support for child and caregiver.
card-support-after =
    Puwedeng tumama nang napakabigat sa isang kabataan ang sextortion. Manatiling malapit, panatilihin ang mga nakagawian, at patuloy na ipaalala sa kaniya na hindi niya ito kasalanan.
    Bantayan ang mga senyales ng matinding pagkabalisa, gaya ng pagsasalita tungkol sa kawalan ng pag-asa o pananakit sa sarili. Humingi agad ng tulong kung makita mo ang mga ito.
    Sa US, maaabot mo o ng anak mo ang Crisis Text Line sa pag-text ng THORN sa 741741.
    Makakatulong din ang doktor, guidance counselor sa paaralan, o helpline. Alagaan din ang sarili mo; mahirap ito para sa mga tagapag-alaga. Kausapin ang taong pinagkakatiwalaan mo.
    I-tap ang Tulong para makahanap ng suporta sa bansa mo.

# Question: a scenario. The situation is shown first, then the question.
q-late-night-message = Ano ang pinakamagandang unang tugon?
    .situation = Gabing-gabi na, ipinakita sa iyo ng 16 taong gulang mong anak ang isang mensahe: "Magpadala ka ng $500 sa loob ng isang oras o ipo-post ko ang litrato mo sa lahat ng kaibigan mo." Nanginginig at umiiyak siya.
    .hint = Dalawang bagay muna ang kailangan ng anak mo: maramdamang ligtas siya sa iyo, at tumigil ang pamimilit.
    .explanation = Nauuna ang mahinahong salita: hindi niya ito kasalanan. Tapos tumigil sa pagsagot at mag-save ng ebidensya. Bihirang matapos ang mga banta sa pagbabayad, at nawawala ang ebidensyang kailangan mo para mag-report kapag na-delete ang account.
# Action (best).
q-late-night-message-calm-not-your-fault = Manatiling kalmado, yakapin siya, at sabihing: "Hindi mo ito kasalanan. Haharapin natin ito nang magkasama."
    .feedback = Pinakamagandang pili. Kailangan munang maramdaman ng anak mo na ligtas siya sa iyo bago ang lahat. Pagkatapos, puwede kayong kumilos nang magkasama.
# Action (also good).
q-late-night-message-stop-and-save = Tulungan siyang tumigil sa pagsagot at i-save ang mga mensahe at username.
    .feedback = Magandang pili. Napapatigil nito ang pamimilit at naitatabi ang ebidensya. Siguraduhing marinig din niya na hindi niya ito kasalanan.
# Action (not helpful).
q-late-night-message-pay-quickly = Magbayad agad para hindi ma-post ang litrato.
    .feedback = Natural na gusto mong matapos ito, pero bihirang mapatigil ng pagbabayad ang mga banta. Kadalasan, hihingi pa sila ng higit.
# Action (not helpful).
q-late-night-message-delete-account = I-delete agad ang account ng anak mo.
    .feedback = Naiintindihan kung gusto mo itong mawala, pero nawawala ang ebidensya kapag nag-delete ka. I-save muna ito, tapos mag-report.

# Question: put the steps in order.
q-action-steps = Ayusin ang mga hakbang na ito sa nakakatulong na pagkakasunod-sunod.
    .hint = Nauuna ang nararamdaman ng anak mo. Ano ang kailangang hawak mo na bago ka mag-report?
    .explanation = Panatagin muna ang loob ng anak mo. Tapos tumigil sa pagsagot at mag-save ng ebidensya bago mag-report at mag-block. Tapos humingi ng suporta para sa anak mo at sa sarili mo.
# Step 1.
q-action-steps-reassure = Panatagin ang loob ng anak mo: hindi niya ito kasalanan
    .feedback = Kapag nauna ang pagpapanatag ng loob, nananatiling kalmado ang anak mo at patuloy siyang nakikipag-usap.
# Step 2.
q-action-steps-stop-replying = Tumigil sa pagsagot sa taong nagbabanta
    .feedback = Napuputol ang pamimilit kapag tumigil ka sa pagsagot.
# Step 3.
q-action-steps-save-evidence = I-save ang screenshots ng mga mensahe, mga username, at mga link
    .feedback = Mag-save ng patunay bago may ma-block o ma-delete.
# Step 4.
q-action-steps-report = Mag-report sa platform at sa CyberTipline o sa pulis
    .feedback = Dahil sa mga report, makakakilos ang platform at ang pulis.
# Step 5.
q-action-steps-get-support = Humingi ng suportang emosyonal para sa anak mo at sa sarili mo
    .feedback = Nakakatulong ang suporta para makayanan ninyong dalawa ang panahon pagkatapos ng krisis.

# Question: multiple choice, "choose all that apply".
q-evidence = Alin sa mga ito ang dapat mong itabi bilang ebidensya? Piliin ang lahat ng tamang sagot.
    .hint = Ipinapakita ng ebidensya kung sino sila, ano ang sinabi nila, at ano ang hiningi nila.
    .explanation = Nakakatulong sa mga platform at sa pulis ang mga username, screenshot ng mga mensahe, link ng profile, at detalye ng bayad. Huwag kailanman kopyahin o ipasa ang litrato, at huwag i-delete ang chat.
# Answer option (keep).
q-evidence-usernames = Ang mga username nila sa bawat app
    .feedback = Oo. Nakakatulong ang mga username para mahanap ng mga platform at ng pulis ang account.
# Answer option (keep).
q-evidence-message-screenshots = Screenshots ng mga mensaheng nagbabanta
    .feedback = Oo. Ipinapakita ng screenshots kung ano ang sinabi at kailan.
# Answer option (keep).
q-evidence-profile-links = Mga link ng profile nila
    .feedback = Oo. Direktang itinuturo ng link ang account.
# Answer option (keep).
q-evidence-payment-details = Mga detalye ng bayad, kung may naipadala nang pera
    .feedback = Oo. Makakatulong ang mga detalye ng bayad para matunton ng pulis ang tao.
# Answer option (do not keep).
q-evidence-copy-the-image = Kopya ng litrato, para ipakita sa pulis
    .feedback = Hindi pa eksakto. Huwag kopyahin, i-save, o ipasa ang litrato. Sabihin sa pulis o sa CyberTipline na may ganitong litrato, at papayuhan ka nila.
# Answer option (do not keep).
q-evidence-delete-the-chat = Wala. I-delete ang chat para hindi na ito makita ng anak mo.
    .feedback = Hindi pa eksakto. Nawawala ang ebidensya kapag nag-delete ka. Puwede mong ilayo sa paningin ang chat nang hindi ito dine-delete.

# Question: single choice about paying.
q-will-paying-help = Sabi ng tao, ide-delete niya ang litrato kung magbabayad ang anak mo. Ano ang kadalasang nangyayari kapag nagbayad ka?
    .hint = Ano ang kadalasang ginagawa ng mga nagbabanta kapag gumana ang isang bayad?
    .explanation = Bihirang mapatigil ng pagbabayad ang mga banta. Kadalasan, hihingi pa sila ng higit. Sa halip, tumigil sa pagsagot, mag-save ng ebidensya, at mag-report.
# Answer option (right).
q-will-paying-help-rarely-stops = Bihirang tumigil ang mga banta, at kadalasang hihingi pa sila ng higit.
    .feedback = Tama. Ipinapakita ng pagbabayad na gumagana ang banta. Mas may nagagawa ang pag-report.
# Answer option (wrong).
q-will-paying-help-ends-it = Ide-delete nila ang litrato at titigilan na ang anak mo.
    .feedback = Hindi pa eksakto. Walang paraan para malaman kung may ide-delete talaga sila, at karamihan ay hihingi pa ng higit.
# Answer option (wrong).
q-will-paying-help-pay-half = Gagana ang pagbabayad ng kalahati, dahil ipinapakita nitong seryoso ka.
    .feedback = Hindi pa eksakto. Ipinapakita ng anumang bayad na gumagana ang banta. Sa halip, tumigil sa pagsagot at mag-report.

# Question: true or false about having paid or sent more already. The right answer is "true".
q-already-sent-more = Kung nakapagbayad na o nakapagpadala pa ng litrato ang anak mo, puwede pa ring maging okay, at may tulong pa rin.
    .hint = Isipin ang sinabi ng aralin tungkol sa batang nakapagbayad na.
    .explanation = Oo. Maraming kabataan ang nagbabayad o nagpapadala pa dahil sa panic. Hindi pa rin nila ito kasalanan, at puwede pa rin silang humingi ng tulong, kahit ngayon. Tumigil na ngayon, mag-save ng ebidensya, at mag-report.
# Feedback if the caregiver picks "true" (right).
q-already-sent-more-true =
    .feedback = Tama. Sabihin sa anak mo na puwede pa ring maging okay. Tumigil na ngayon, i-save ang ebidensya, at mag-report.
# Feedback if the caregiver picks "false" (wrong).
q-already-sent-more-false =
    .feedback = Hindi pa eksakto. Dahil sa panic, nagbabayad o nagpapadala pa ang mga tao. Puwede pa ring humingi ng tulong ang anak mo, at hindi pa rin niya ito kasalanan.

# Question: single choice about how Take It Down protects privacy.
q-take-it-down = Paano pinoprotektahan ng Take It Down ng NCMEC ang privacy ng anak mo?
    .hint = Isipin kung ano ang kailangan ng mga site para makita ang kopya ng isang litrato.
    .explanation = Gumagawa ang Take It Down ng hash, isang digital na fingerprint, sa sarili mong device. Ang hash lang ang ipinapadala. Ginagamit ito ng mga kasaling site para mahanap at matanggal ang mga kopya.
# Answer option (right).
q-take-it-down-hash-only = Isang digital na fingerprint (hash) lang ang lumalabas sa device mo, hindi ang litrato.
    .feedback = Tama. Nananatili sa device mo ang litrato. Tinutulungan ng hash ang mga site na mahanap ang mga kopya.
# Answer option (wrong).
q-take-it-down-send-image = Ipapadala mo ang litrato sa NCMEC para suriin.
    .feedback = Hindi pa eksakto. Hindi mo kailanman ipinapadala ang litrato. Ang hash lang ang lumalabas sa device mo.
# Answer option (wrong).
q-take-it-down-public-list = Mapapasama ang pangalan ng anak mo sa isang pampublikong listahan.
    .feedback = Hindi pa eksakto. Hindi kailangan ng Take It Down ang pangalan ng anak mo. Ang hash lang ang ipinapadala.

# Question: sort actions into "do" and "don't".
q-do-or-dont = Ilagay ang bawat gawain sa "Gawin" o "Huwag gawin".
    .hint = Itanong sa bawat isa: pinoprotektahan ba nito ang anak mo at ang ebidensya?
    .explanation = Magpanatag ng loob, itabi ang ebidensya, at mag-report. Huwag magbayad, huwag i-share ang litrato kaninuman, at huwag parusahan ang anak mo dahil nagsabi siya.
# Group name.
q-do-or-dont-do = Gawin
# Group name.
q-do-or-dont-dont = Huwag gawin
# Item to sort (do).
q-do-or-dont-say-not-their-fault = Sabihin sa anak mo na hindi niya ito kasalanan
    .feedback = Kailangang marinig ito ng anak mo, nang madalas.
# Item to sort (do).
q-do-or-dont-report-cybertipline = Mag-report sa CyberTipline (US) o sa lokal na pulis
    .feedback = Dahil sa pag-report, makakakilos ang mga taong may kapangyarihang tumugon.
# Item to sort (do).
q-do-or-dont-keep-messages = Itabi ang mga mensahe at username
    .feedback = Nakakatulong ang ebidensya para makakilos ang mga platform at ang pulis.
# Item to sort (don't).
q-do-or-dont-pay-the-demand = Bayaran ang hinihingi nila
    .feedback = Bihirang mapatigil ng pagbabayad ang mga banta. Kadalasan, hihingi pa sila ng higit.
# Item to sort (don't).
q-do-or-dont-forward-to-family = Ipasa ang litrato sa isang kamag-anak para humingi ng payo
    .feedback = Huwag kailanman ipasa ang litrato. Sa halip, ilarawan ang nangyayari.
# Item to sort (don't).
q-do-or-dont-take-phone-as-punishment = Kunin ang phone niya bilang parusa
    .feedback = Puwedeng iparamdam ng parusa sa anak mo na siya ang may kasalanan at patigilin siyang makipag-usap sa iyo.

# Question: single choice about emotional support in the US.
q-emotional-support = Nasa US kayo at labis na nababalisa ang anak mo matapos siyang ma-sextort. Ano ang magandang paraan para makakuha ng suporta para sa kaniya, o para sa iyo?
    .hint = Isipin ang mga mapagkukunan ng suporta sa huling card.
    .explanation = Sa US, nagbibigay ng suporta ang Crisis Text Line: i-text ang THORN sa 741741. Makakatulong din ang doktor, guidance counselor sa paaralan, o helpline. Sa ibang lugar, i-tap ang Tulong para makahanap ng suporta sa bansa mo.
# Answer option (right).
q-emotional-support-text-thorn = I-text ang THORN sa 741741 para maabot ang Crisis Text Line
    .feedback = Oo. Matutulungan ng mga sinanay na counselor ang anak mo, o ikaw, sa pinakamahihirap na sandali.
# Answer option (wrong).
q-emotional-support-wait-it-out = Maghintay kung kusang lilipas ang mga damdamin
    .feedback = Hindi pa eksakto. Puwedeng magdulot ng matinding pagkabalisa ang sextortion. Humingi agad ng suporta.
# Answer option (wrong).
q-emotional-support-post-warning = Mag-post tungkol dito online para balaan ang ibang magulang
    .feedback = Hindi pa eksakto. Puwedeng mailantad ang anak mo kapag nag-post ka. Humingi ng pribadong suporta, at mag-report sa halip.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Subukang sabihin: "Nabasa ko na minsan, binabantaan ng mga tao online ang mga teen gamit ang mga litrato. Kung mangyari man iyon sa iyo o sa isang kaibigan, hindi mo iyon kasalanan. Tutulong ako, hindi magpaparusa. Ano ang makakapagpadali sa iyo na sabihin sa akin?"
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanungin ang grupo: ano ang puwedeng pumigil sa isang kabataan na magsabi sa isang nakatatanda tungkol sa sextortion? Paano maaalis ng mga nakatatanda ang mga hadlang na iyon? Isa-isahin nang magkakasama ang mga hakbang: magpanatag ng loob, tumigil, mag-save, mag-report, sumuporta.
