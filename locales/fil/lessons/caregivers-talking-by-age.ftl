# SafeSteps — MIT OR Apache-2.0

### Lesson: Talking with your child, by age (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Give words a caregiver can use. Never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Pakikipag-usap sa anak, ayon sa edad
# One line under the lesson name.
lesson-summary = Ano ang pag-uusapan sa bawat edad, paano magsisimula, at paano tutugon kapag may sinabi sa iyo ang anak mo.

# Card 1: start early, keep it small and regular.
card-start-small =
    Hindi mo kailangan ng isang malaki at nakakatakot na usapan. Mas gumagana ang maraming maliliit na kuwentuhan, simula pa noong bata siya at tuloy-tuloy habang lumalaki.
    Magpakita ng interes sa kinagigiliwan niya online. Hilingin sa kaniyang ipakita sa iyo ang paborito niyang laro o app.
    Magandang sandali ang magkatabi kayo: sa sasakyan, habang nagluluto, o habang naglalakad.
    Panatilihing kalmado at mausisa ang tono mo. Kapag tumugon ka nang may takot o galit, natututo ang mga bata na tumigil sa pagsasabi.
    Okay lang sabihing, "Hindi ko masyadong alam ang app na ito. Puwede mo ba akong turuan?"
# Card 2: ages 5 to 8.
card-ages-5-to-8 =
    Edad 5 hanggang 8: panatilihing simple ang mga patakaran. "Magtanong ka muna sa akin bago ka mag-download, makipag-chat, o mag-share ng litrato." "Kung may parang mali, huminto ka at sabihin sa akin."
    Gumawa kayo nang magkasama ng safety circle: maikling listahan ng mga nakatatandang puwede niyang sabihan.
    Ipaliwanag ang pagkakaiba ng sikreto at sorpresa. Masaya ang sorpresa, at malalaman din ito agad ng lahat, gaya ng regalo. Ang sikretong nagpapabalisa o nagpapalungkot sa iyo ay dapat sabihin.
    Nakakatulong ang PANTS rule ng NSPCC. Pribado ang maseselang bahagi ng katawan. Alalahanin lagi: sa iyo ang katawan mo. Ang hindi ay hindi. Pag-usapan ang mga sikretong nagpapabalisa sa iyo. Magsalita ka, may makakatulong sa iyo.
# Card 3: ages 9 to 12.
card-ages-9-to-12 =
    Edad 9 hanggang 12: nagsisimula nang makipag-chat, maglaro, at makipagkaibigan online nang mag-isa ang mga bata.
    Pag-usapan ang mga babalang senyales. Kasama rito ang mga regalo o game currency, mga pakiusap na ilihim ang mga chat, ang paglipat sa private app, at ang pamimilit na magpadala ng litrato.
    Ipaliwanag na puwedeng estranghero ito, kaibigan online, o taong kilala nila.
    Sanayin nang magkasama ang mga kasanayan. Ipakita sa kanila kung paano mag-block at mag-report sa mga app nila, at kung paano mag-save ng screenshot.
    Magkasundo na puwede siyang lumapit sa iyo kahit kailan, kahit may nilabag siyang patakaran.
# Card 4: teens: respect, consent, sextortion, no blame.
card-teens =
    Mga teen: pag-usapan ang respeto at consent sa pagkakaibigan at relasyon, online man o hindi. Walang dapat mamilit sa kanila na magpadala ng litrato, at hindi rin sila dapat mamilit ng iba.
    Pag-usapan ang sextortion bago pa ito mangyari. Baka may magbantang i-share ang isang litrato maliban kung magbabayad sila o magpapadala pa. Ipaliwanag na krimen ito at hindi nila kasalanan. Hindi sila dapat magbayad o magpadala pa, dahil bihirang mapatigil ito ng pagbabayad. Puwede silang tumigil sa pagsagot, itabi ang mga mensahe, at lumapit sa iyo. Mangakong tutulong ka nang walang paninisi.
    Iwasan ang sermon. Itanong kung ano ang iniisip nila, at pakinggan ang mga pananaw nila.
    Gumawa ng malinaw na pangako: "Hinding-hindi mawawala ang suporta ko dahil nagsabi ka sa akin."
# Card 5: how to respond when they tell you; someone to talk to.
card-when-they-tell-you =
    Kung may sinabi sa iyo ang anak mo, manatiling kalmado, kahit gulat na gulat ka sa loob. Makinig nang hindi sumisingit.
    Pasalamatan siya sa pagsasabi sa iyo. Sabihin sa kaniya na hindi niya ito kasalanan.
    Huwag magmadaling magparusa o kunin ang mga device. Hangga't maaari, pagpasyahan ninyo nang magkasama ang mga susunod na hakbang.
    Ang reaksyon mo ang magpapasya kung magsasabi ulit siya sa iyo sa susunod.
    Kung kailangan mo ng payo, kausapin ang taong pinagkakatiwalaan mo, o i-tap ang Tulong para makahanap ng suporta sa bansa mo.

# Question: single choice about explaining secrets and surprises to a young child.
q-secrets-surprises = Alin ang magandang paraan ng pagpapaliwanag ng sikreto at sorpresa sa isang 6 na taong gulang?
    .hint = Kailangan ng maliliit na bata ng simpleng patakaran na hindi pa rin nag-aalis ng saya ng kaarawan.
    .explanation = Masaya ang sorpresa at agad itong natatapos. Ang sikretong nagpapabalisa o nagpapalungkot sa iyo ay dapat sabihin. Nakakatulong ito para mapansin ng mga bata kapag may nagpapatago sa kanila ng isang bagay.
# Answer option (right).
q-secrets-surprises-surprise-ends-happy = "Masaya ang sorpresa at malalaman din ito agad ng lahat. Ang sikretong masama sa pakiramdam ay dapat sabihin."
    .feedback = Oo. Simple ito, napapanatili nito ang saya ng sorpresa, at sinasabi nito sa kanila ang gagawin.
# Answer option (wrong).
q-secrets-surprises-never-keep-anything = "Huwag kang maglilihim ng kahit ano sa akin, kahit kailan."
    .feedback = Hindi pa eksakto. Mahirap itong sundin ng maliit na bata, at sinisira nito ang masasayang sorpresa. Mas gumagana ang malinaw na pagkakaiba.
# Answer option (wrong).
q-secrets-surprises-all-secrets-fine = "Okay lang ang sikreto kung nakatatanda ang nagpapatago nito sa iyo."
    .feedback = Hindi pa eksakto. Kadalasang humihingi ng sikreto ang mga taong gustong manakit ng bata. Ang sikretong masama sa pakiramdam ay dapat sabihin.

# Question: sort topics into age groups.
q-topic-by-age = Ilagay ang bawat paksa sa pangkat ng edad kung saan ito kadalasang pinakabagay.
    .hint = Isipin kung ano ang kayang gawin ng bata nang mag-isa sa bawat edad.
    .explanation = Kailangan ng maliliit na bata ng simpleng mga patakaran, safety circle, at PANTS. Kailangan ng mga batang 9 hanggang 12 ng mga babalang senyales at ng kasanayan sa pag-block at pag-report. Kailangan ng mga teen ng usapan tungkol sa consent, respeto, at sextortion. Puwedeng magpatuloy ang mga paksa sa iba't ibang edad.
# Group name.
q-topic-by-age-ages-5-to-8 = Edad 5 hanggang 8
# Group name.
q-topic-by-age-ages-9-to-12 = Edad 9 hanggang 12
# Group name.
q-topic-by-age-teens = Mga teen
# Item to sort (ages 5 to 8).
q-topic-by-age-safety-circle = Paggawa ng listahan ng mga nakatatandang puwede niyang sabihan
    .feedback = Nagbibigay ang safety circle sa maliliit na bata ng malinaw na mga taong malalapitan.
# Item to sort (ages 5 to 8).
q-topic-by-age-pants-rule = Ang PANTS rule tungkol sa katawan nila
    .feedback = Ginawa ang PANTS para sa maliliit na bata. Itinuturo nito na sa kanila ang katawan nila.
# Item to sort (ages 9 to 12).
q-topic-by-age-spot-gifts-and-secrets = Pagpansin sa mga regalo, sikreto, at paglipat sa private chat
    .feedback = Nagsisimula nang makipag-chat nang mag-isa ang mga batang 9 hanggang 12, kaya bagay rito ang mga babalang senyales.
# Item to sort (ages 9 to 12).
q-topic-by-age-practise-block-report = Pagsasanay mag-block at mag-report sa mga app nila
    .feedback = Nakakatulong ang pagsasanay para mabilis na makakilos ang mga batang 9 hanggang 12 kapag kailangan.
# Item to sort (teens).
q-topic-by-age-consent-and-respect = Consent at respeto sa mga relasyon
    .feedback = Bumubuo na ng mga relasyon ang mga teen, kaya napakahalaga na ngayon ng consent at respeto.
# Item to sort (teens).
q-topic-by-age-sextortion-dont-pay = Sextortion: huwag magbayad, at lumapit sa akin
    .feedback = Mga teen ang pinakamadalas i-target, kaya pag-usapan ito bago pa mangyari.

# Question: a scenario. The situation is shown first, then the question.
q-teen-mentions-threat = Ano ang puwede mong gawin?
    .situation = Nabanggit ng 15 taong gulang mong anak na may isang taga-school na binabantaan gamit ang isang pribadong litrato. Pinagmamasdan niya ang mukha mo habang nagkukuwento siya.
    .hint = Baka sinusubukan ng teen mo kung paano ka magre-react. Ano ang magpaparamdam sa kaniya na ligtas siyang lumapit sa iyo?
    .explanation = Makinig nang mahinahon at linawin na tutulong ka nang walang paninisi. Maganda rin ang ipaliwanag kung ano ang nakakatulong. Kapag sinisi mo ang taong nasa litrato, o ipinagbawal mo ang mga app, natututo ang teen mo na manahimik. Puwede mo ring itanong kung may nakatatandang tumutulong sa kaklase niya.
# Action (best).
q-teen-mentions-threat-listen-and-open-door = Makinig nang mahinahon, itanong ang nararamdaman niya, at sabihing tutulungan mo ang sinumang nasa ganoong sitwasyon nang walang paninisi.
    .feedback = Pinakamagandang pili. Natututuhan ng teen mo na ligtas ang lumapit sa iyo, anuman ang mangyari.
# Action (also good).
q-teen-mentions-threat-explain-what-helps = Ipaliwanag na krimen ito at hindi kasalanan ng biktima, at bihirang makatulong ang pagbabayad.
    .feedback = Magandang pili. Nakakatulong ang malinaw na impormasyon. Gawin itong maikli at itanong din kung ano ang iniisip niya.
# Action (not helpful).
q-teen-mentions-threat-blame-the-classmate = Sabihing hindi dapat nagpadala ng litrato ang kaklase.
    .feedback = Sinisisi nito ang biktima. Baka magpasya ang teen mo na hinding-hindi na magsasabi sa iyo kung mangyari ito sa kaniya.
# Action (not helpful).
q-teen-mentions-threat-ban-chat-apps = Ipagbawal ang lahat ng chat app para hindi ito mangyari sa teen mo.
    .feedback = Dahil sa pagbabawal, puwedeng itago ng mga teen ang paggamit nila ng app. Itinuturo din nito na may nawawala kapag nagsabi sa iyo.

# Question: true or false about one big talk. The right answer is "false".
q-one-big-talk = Kadalasang sapat na ang isang malaking usapan tungkol sa kaligtasan online.
    .hint = Isipin kung paano nagbabago ang mga app at ang anak mo sa paglipas ng panahon.
    .explanation = Mas gumagana ang maraming maliliit na kuwentuhan. Nagbabago ang mga app, lumalaki ang anak mo, at pinadadali ng bawat usapan ang susunod.
# Feedback if the caregiver picks "true" (wrong).
q-one-big-talk-true =
    .feedback = Hindi pa eksakto. Madaling makalimutan ang iisang usapan. Pinananatiling bukas ng maliliit at regular na kuwentuhan ang pinto.
# Feedback if the caregiver picks "false" (right).
q-one-big-talk-false =
    .feedback = Tama. Mas gumagana ang maiikli at madalas na kuwentuhan kaysa sa isang malaking usapan.

# Question: multiple choice, "choose all that apply".
q-good-starters = Alin sa mga ito ang magandang paraan ng pagsisimula ng usapan? Piliin ang lahat ng tamang sagot.
    .hint = Mausisa at kalmado ang magagandang pambungad, hindi mapaghinala.
    .explanation = Kalmado at bukas ang paghiling na makita ang laro niya, ang pagtatanong kung may naramdaman siyang kakaiba, at ang pagtatanong kung sino ang sasabihan niya. Puwedeng mapatahimik ang bata ng mga mapaghinalang tanong at utos.
# Answer option (good starter).
q-good-starters-show-me-your-game = "Ano ang paborito mong laro ngayon? Puwede mo bang ipakita sa akin?"
    .feedback = Oo. Bumubuo ng tiwala ang pagpapakita ng interes at may natututuhan ka tungkol sa mundo niya.
# Answer option (good starter).
q-good-starters-ever-felt-weird = "May nangyari na ba online na nagparamdam sa iyo ng kakaiba o hindi komportable?"
    .feedback = Oo. Bukas at kalmado ito, at binibigyan siya nito ng mga salitang magagamit.
# Answer option (good starter).
q-good-starters-who-would-you-tell = "Kung may nangyaring mali online, sino ang sasabihan mo?"
    .feedback = Oo. Tinutulungan siya nitong magplano, at ipinapaalala nitong puwede siyang lumapit sa iyo.
# Answer option (not a good starter).
q-good-starters-doing-anything-bad = "May ginagawa ka bang masama online?"
    .feedback = Hindi pa eksakto. Parang pagbibintang ito. Karamihan ng bata ay sasagot lang ng hindi.
# Answer option (not a good starter).
q-good-starters-hand-over-phone = "Akin na ang phone mo. Titingnan ko."
    .feedback = Hindi pa eksakto. Puwedeng maramdamang parusa ang utos na walang kasamang usapan at puwede nitong sirain ang tiwala.

# Question: single choice about the PANTS rule.
q-pants-p = Sa PANTS rule ng NSPCC para sa maliliit na bata, ano ang ibig sabihin ng "P"?
    .hint = Isipin kung bakit ipinangalan ang patakaran sa underwear ("pants" sa British English).
    .explanation = Ang P ay para sa "Pribado ang maseselang bahagi ng katawan." Itinuturo ng patakaran sa maliliit na bata na sa kanila ang katawan nila, nang walang nakakatakot na salita.
# Answer option (right).
q-pants-p-privates-are-private = Pribado ang maseselang bahagi ng katawan
    .feedback = Oo. Itinuturo nitong pribado ang mga bahaging natatakpan ng underwear.
# Answer option (wrong).
q-pants-p-passwords-protected = Protektado ang mga password
    .feedback = Hindi pa eksakto. Mahalaga ang mga password, pero tungkol sa katawan ng bata ang PANTS. Ang P ay "Pribado ang maseselang bahagi ng katawan."
# Answer option (wrong).
q-pants-p-parents-permission = Pahintulot muna ng magulang
    .feedback = Hindi pa eksakto. Ang P ay "Pribado ang maseselang bahagi ng katawan." Tinutulungan nito ang mga bata na malaman na sa kanila ang katawan nila.

# Question: put the steps in order.
q-respond-steps = Sinabi sa iyo ng anak mo na may nakakabahalang nangyari online. Ayusin nang sunud-sunod ang mga hakbang na ito.
    .hint = Nauuna ang nararamdaman mo sa unang sandali bago ang anumang gagawin mo.
    .explanation = Manatiling kalmado, makinig, magpasalamat, sabihing hindi niya ito kasalanan, tapos magplano nang magkasama. Sa ganitong pagkakasunod-sunod, nararamdaman ng anak mo na ligtas siya at patuloy siyang nagsasalita.
# Step 1.
q-respond-steps-stay-calm = Huminga nang malalim at manatiling kalmado
    .feedback = Sinasabi ng kalmadong mukha sa anak mo na ligtas siya sa iyo.
# Step 2.
q-respond-steps-listen = Makinig nang hindi sumisingit
    .feedback = Hayaan siyang magkuwento sa sarili niyang paraan. Puwedeng mamaya na ang mga tanong.
# Step 3.
q-respond-steps-thank-them = Pasalamatan siya sa pagsasabi sa iyo
    .feedback = Ipinapakita ng pasasalamat na tamang desisyon ang pagsasabi.
# Step 4.
q-respond-steps-not-their-fault = Sabihin sa kaniya na hindi niya ito kasalanan
    .feedback = Kadalasang nahihiya ang mga bata. Malaking tulong na marinig ito mula sa iyo.
# Step 5.
q-respond-steps-plan-together = Planuhin nang magkasama ang mga susunod na hakbang
    .feedback = Kapag nagplano kayo nang magkasama, naibabalik sa anak mo ang kaunting kontrol.

# Question: true or false about promising not to take the phone away. The right answer is "true".
q-no-phone-promise = Kapag nangako kang hindi mawawala ang phone niya dahil nagsabi siya sa iyo, mas malamang na magsabi sa iyo ang bata.
    .hint = Anong mga alalahanin ang puwedeng pumigil sa bata na magsabi sa isang nakatatanda?
    .explanation = Oo. Maraming bata ang nananahimik dahil natatakot silang mawalan ng phone o mga laro. Mas nagiging madali ang pagsasabi kapag naalis ang takot na iyon.
# Feedback if the caregiver picks "true" (right).
q-no-phone-promise-true =
    .feedback = Tama. Kapag naalis ang takot na mawalan ng phone, mas ligtas sa pakiramdam ang pagsasabi sa iyo.
# Feedback if the caregiver picks "false" (wrong).
q-no-phone-promise-false =
    .feedback = Hindi pa eksakto. Karaniwang dahilan ng pananahimik ng mga bata ang takot na mawalan ng device. Nakakatulong ang malinaw na pangako.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Subukang itanong: "Kung may mangyari online na nagpabalisa sa iyo, paano mo gustong mag-react ako?" Pakinggan ang sagot. Tapos mangako: "Mananatili akong kalmado, magpapasalamat ako, at aayusin natin ito nang magkasama."
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Hilingin sa grupo na magbahagi ng isang pariralang puwede nilang gamitin sa isang maliit na bata, sa isang 10 taong gulang, at sa isang teen. Ano ang nagpaparamdam sa bata na ligtas siyang magsabi, at ano ang nagpapatigil sa kaniya?
