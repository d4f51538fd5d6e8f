# SafeSteps — MIT OR Apache-2.0

### Lesson: Warning signs to notice (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Signs are clues, not proof. Never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Mga senyales na dapat pansinin
# One line under the lesson name.
lesson-summary = Aling mga pagbabago sa anak mo ang dapat pansinin, ano ang puwede at hindi puwedeng ibig sabihin ng mga ito, at paano tutugon nang mahinahon.

# Card 1: changes around devices, gifts and new contacts.
card-device-changes =
    Kadalasan, hindi sinasabi ng mga bata sa salita na may mali. Puwedeng maging palatandaan ang mga pagbabago sa kilos nila.
    Bantayan ang bagong paglilihim tungkol sa mga device. Baka itago niya ang screen, mabilis na lumipat ng app kapag pumasok ka, o may mga bagong account na hindi mo alam.
    Pansinin ang mga bagong regalo, pera, gift card, o in-game currency na hindi niya maipaliwanag.
    Pansinin ang bagong "kaibigan" na mas matanda, o madalas niyang banggitin pero hindi mo pa nakikilala.
# Card 2: changes in mood and sleep.
card-mood-and-sleep =
    Ang ibang pagbabago ay tungkol sa mood at pang-araw-araw na buhay.
    Baka lumayo ang anak mo sa pamilya o mga kaibigan, o tumigil sa mga dati niyang kinagigiliwan.
    Baka mukha siyang balisa, magugulatin, galit, o tahimik pagkatapos mag-online, o pagkatapos may dumating na mensahe.
    Baka sobra siyang mabahala kapag binanggit mong kukunin ang device.
    Baka magbago ang tulog niya. Baka online pa siya kahit gabing-gabi na, o mukhang laging pagod.
    Baka biglang may alalahanin siya tungkol sa katawan niya, o magsalita tungkol sa pakiramdam na nahihiya siya.
# Card 3: what signs do and don't mean.
card-what-signs-mean =
    Palatandaan ang senyales, hindi patunay. Marami sa mga pagbabagong ito ang may ibang dahilan, gaya ng stress sa paaralan, tampuhan sa mga kaibigan, bullying, o pagbibinata o pagdadalaga.
    Normal din ang kagustuhan ng mas maraming privacy habang lumalaki.
    Mas mahalaga ang biglang pagbabago, o ang ilang senyales na sabay-sabay.
    Kung sinasabi ng kutob mo na may mali, sulit ang isang mahinahong usapan. Hindi mo kailangan ng patunay para kumustahin ang anak mo.
# Card 4: how to respond calmly; not the child's fault.
card-respond-calmly =
    Pumili ng kalmadong sandali, gaya ng paglalakad o pagbiyahe sa sasakyan. Kadalasang mas madali ang magkatabi kaysa magkaharap.
    Sabihin ang napansin mo nang walang paninisi: "Mukhang balisa ka pagkatapos mong mag-online. Nandito lang ako kung may nangyayari."
    Magtanong ng mga bukas na tanong at mas makinig kaysa magsalita.
    Iwasang agawin ang phone o magbanta. Puwedeng matuto ang anak mo na magtago dahil dito.
    Kung may sinabi siya sa iyo, pasalamatan siya. Hindi ito kasalanan ng anak mo, at kailangan niyang marinig iyon mula sa iyo.
# Card 5: next steps and someone to talk to.
card-if-something-is-wrong =
    Kung sinabi sa iyo ng anak mo na may namilit, nanloko, o nagbanta sa kaniya, samahan siya at manatiling kalmado.
    I-save ang mga mensahe at username bago ka mag-block ng sinuman. Tapos i-report ang account sa app.
    Mas detalyadong tinatalakay ng iba naming aralin ang pag-report.
    Hindi mo kailangang harapin ito nang mag-isa. Kausapin ang taong pinagkakatiwalaan mo, o i-tap ang Tulong para makahanap ng suporta sa bansa mo.

# Question: multiple choice, "choose all that apply".
q-which-signs = Alin sa mga pagbabagong ito ang puwedeng babalang senyales na dapat pansinin? Piliin ang lahat ng tamang sagot.
    .hint = Hanapin ang paglilihim, mga bagay na hindi maipaliwanag, at mga pagbabago sa mood.
    .explanation = Dapat pansinin ang pagtatago ng screen, mga regalong hindi maipaliwanag, bagong mas matandang kaibigan, at pagkabalisa pagkatapos mag-online. Normal na bahagi ng paglaki ang bagong laro o ang pakikipag-chat sa mga kaklase.
# Answer option (worth noticing).
q-which-signs-hides-screen = Itinatago ang screen o lumilipat ng app kapag lumapit ka
    .feedback = Oo. Dapat pansinin ang bagong paglilihim tungkol sa mga device, lalo na kung biglaan.
# Answer option (worth noticing).
q-which-signs-unexplained-gifts = May gift card o in-game currency na hindi niya maipaliwanag
    .feedback = Oo. Puwedeng gamitin ang mga regalo para bumuo ng tiwala at pakiramdam na may utang.
# Answer option (worth noticing).
q-which-signs-older-friend = Madalas magkuwento tungkol sa bago at mas matandang kaibigan online
    .feedback = Oo. Sulit ang isang mahinahong tanong tungkol sa mas matandang "kaibigan" na hindi mo pa nakikilala.
# Answer option (worth noticing).
q-which-signs-upset-after-online = Mukhang balisa o takot pagkatapos mag-online
    .feedback = Oo. Palatandaan ang pagkabalisa pagkatapos mag-online na baka may mali.
# Answer option (usually normal).
q-which-signs-new-favourite-game = May bagong paboritong laro
    .feedback = Hindi pa eksakto. Normal ang mga bagong hilig. Magtanong tungkol dito nang may interes, hindi nang may pag-aalala.
# Answer option (usually normal).
q-which-signs-chats-with-classmates = Nakikipag-chat sa mga kaklase pagkatapos ng klase
    .feedback = Hindi pa eksakto. Malusog na bahagi ng pagiging online ang pakikipag-ugnayan sa mga kaibigan.

# Question: true or false about a single sign. The right answer is "false".
q-one-sign-proves = Patunay ang isang babalang senyales na may nananakit sa anak mo.
    .hint = Isipin ang ibang dahilan kung bakit puwedeng magbago ang mood o mga gawi ng bata.
    .explanation = Palatandaan ang iisang senyales, hindi patunay. Maraming senyales ang may ibang dahilan. Dahilan para sa mahinahong usapan ang biglang pagbabago o ang ilang senyales na sabay-sabay.
# Feedback if the caregiver picks "true" (wrong).
q-one-sign-proves-true =
    .feedback = Hindi pa eksakto. Puwedeng maraming dahilan ang iisang senyales, gaya ng stress sa paaralan o pagbibinata o pagdadalaga. Dahilan ito para kumustahin siya nang mahinahon, hindi para isipin agad ang pinakamasama.
# Feedback if the caregiver picks "false" (right).
q-one-sign-proves-false =
    .feedback = Tama. Palatandaan ang senyales. Pansinin ito, manatiling kalmado, at bigyan ng puwang ang anak mo para magsalita.

# Question: a scenario. The situation is shown first, then the question.
q-several-changes = Ano ang magandang unang hakbang?
    .situation = Sa nakalipas na dalawang linggo, nagsimulang dalhin ng 12 taong gulang mong anak ang phone niya sa kama, itinatago ang screen kapag dumaraan ka, at mukhang tensiyonado kapag may dumarating na mensahe.
    .hint = Sulit banggitin ang ilang pagbabagong sabay-sabay. Paano mo ito babanggitin para maramdaman ng anak mo na ligtas siyang magsalita?
    .explanation = Pinakamagandang unang hakbang ang mahinahon at pribadong pangungumusta na binabanggit ang napansin mo, nang walang paninisi. Nakakatulong din ang ipaalam na bukas ang pinto mo. Puwede siyang lalong magtago kapag binasa mo ang phone sa harap niya o ipinagbawal ang internet.
# Action (best).
q-several-changes-calm-check-in = Pumili ng kalmadong sandali, sabihin ang napansin mo, at magtanong ng bukas na tanong.
    .feedback = Pinakamagandang pili. Kapag binanggit mo ang nakita mo nang walang paninisi, ipinapakita mong may malasakit ka at mas nagiging madali ang pag-uusap.
# Action (also good).
q-several-changes-open-door = Sabihin sa kaniya na puwede siyang lumapit sa iyo tungkol sa kahit ano, at hindi siya paparusahan dahil nagsabi siya.
    .feedback = Magandang pili. Kadalasang takot sa parusa ang pumipigil sa mga bata na magsabi, kaya nakakatulong na sabihin ito nang malinaw.
# Action (not helpful).
q-several-changes-read-phone-in-front = Kunin ang phone at basahin ang lahat ng mensahe niya habang nakatingin siya.
    .feedback = Puwede itong maramdamang parusa at pagpapahiya. Baka magsara ang loob ng anak mo o maghanap siya ng paraan para magtago.
# Action (not helpful).
q-several-changes-ban-internet = Ipagbawal ang internet hangga't hindi siya nagpapaliwanag.
    .feedback = Puwedeng maramdamang parusa ang pagbabawal para sa bagay na baka hindi niya kasalanan. Kadalasang tumitigil magsalita ang mga bata kapag natatakot silang mawalan ng access.

# Question: sort things a caregiver might say into two groups.
q-what-to-say = Kasasabi lang sa iyo ng anak mo ng isang nakakabahalang bagay. Pagpangkatin ang mga puwede mong sabihin.
    .hint = Aling mga salita ang nagpapakitang kakampi ka niya?
    .explanation = Nakakatulong ang pasasalamat, pagpapanatag ng loob, at pagtutulungan para patuloy na magsalita ang bata. Puwede siyang matahimik dahil sa paninisi, mga tanong na "bakit," at mga banta, kahit natatakot ka.
# Group name.
q-what-to-say-helps-them-talk = Nakakatulong para patuloy siyang magsalita
# Group name.
q-what-to-say-shuts-them-down = Puwedeng magpatahimik sa kaniya
# Item to sort (helps).
q-what-to-say-thanks-for-telling = "Salamat at sinabi mo sa akin."
    .feedback = Ipinapakita ng pasasalamat na tama ang pagsasabi.
# Item to sort (helps).
q-what-to-say-not-angry = "Hindi ako galit sa iyo. Hindi mo ito kasalanan."
    .feedback = Kadalasan, galit ang pinakakinatatakutan ng mga bata. Nakakatulong ang malinaw na pagpapanatag ng loob para kumalma sila at magkuwento pa.
# Item to sort (helps).
q-what-to-say-work-it-out-together = "Pag-iisipan natin nang magkasama kung ano ang gagawin."
    .feedback = Kapag ginawa ninyo ito nang magkasama, naibabalik sa anak mo ang kaunting kontrol.
# Item to sort (shuts down).
q-what-to-say-why-not-sooner = "Bakit hindi mo sinabi agad?"
    .feedback = Puwede itong tunog paninisi. Maraming bata ang naghihintay dahil natatakot o nahihiya sila.
# Item to sort (shuts down).
q-what-to-say-what-were-you-thinking = "Ano ba ang iniisip mo?"
    .feedback = Isinisisi nito ang nangyari sa anak mo. Ang taong nanloko sa kaniya ang may pananagutan.
# Item to sort (shuts down).
q-what-to-say-no-phone-ever = "Tama na. Wala ka nang phone kahit kailan."
    .feedback = Karaniwang dahilan ng pananahimik ng mga bata ang takot na mawalan ng phone. Puwede itong pumigil sa kaniya na magsabi sa susunod.

# Question: put the steps in order.
q-when-they-tell = Sinabi sa iyo ng anak mo na may taong online na namimilit sa kaniya. Ayusin ang mga hakbang na ito sa nakakatulong na pagkakasunod-sunod.
    .hint = Nauuna ang anak mo. Ano ang puwedeng mawala kung masyadong maaga mong na-block ang account?
    .explanation = Makinig muna nang mahinahon, tapos magpasalamat at magpanatag ng loob. Mag-save ng ebidensya bago mag-report at mag-block, para walang mawala. Tapos humingi ng suporta para sa anak mo at para sa sarili mo.
# Step 1.
q-when-they-tell-listen-calmly = Makinig nang mahinahon, nang hindi sumisingit
    .feedback = Kapag nakinig ka muna, ipinapakita mo sa anak mo na ligtas siya sa iyo.
# Step 2.
q-when-they-tell-thank-and-reassure = Pasalamatan siya at sabihing hindi niya ito kasalanan
    .feedback = Nakakatulong ang maagang pagpapanatag ng loob para mabawasan ang takot at hiya.
# Step 3.
q-when-they-tell-save-evidence = I-save ang mga mensahe, username, at link ng profile
    .feedback = Mag-save ng patunay bago may ma-block o ma-delete.
# Step 4.
q-when-they-tell-report-and-block = I-report ang account sa app, tapos i-block ito
    .feedback = Mag-report habang nakikita mo pa ang account, tapos i-block ito.
# Step 5.
q-when-they-tell-get-support = Humingi ng suporta para sa anak mo at para sa sarili mo
    .feedback = Nakakatulong ang suporta para makayanan ninyong dalawa ito. I-tap ang Tulong para makahanap ng mga serbisyo sa bansa mo.

# Question: single choice about a gift card from an older online friend.
q-gift-card = May nakita kang gift card sa kuwarto ng 10 taong gulang mong anak. Sabi niya, ipinadala ito ng isang 19 taong gulang na kaibigan mula sa laro. Ano ang malamang na kailangan dito?
    .hint = Palatandaan ba ito o patunay? Ano ang makakatulong para mas marami kang malaman?
    .explanation = Sulit ang mahinahong usapan tungkol sa hindi maipaliwanag na regalo mula sa mas matandang kaibigan online. Hindi ito patunay na may pananakit, pero hindi rin ito dapat balewalain.
# Answer option (right).
q-gift-card-worth-a-chat = Isang mahinahong usapan tungkol sa kaibigang ito at kung paano sila nagkakilala
    .feedback = Oo. Magtanong nang may interes, hindi nang may paninisi. Alamin pa ang higit bago ka magpasya kung ano ang gagawin.
# Answer option (wrong).
q-gift-card-nothing-to-see = Wala. Normal ang pagbibigayan ng regalo ng mga gamer.
    .feedback = Hindi pa eksakto. Sulit itanong ang mga regalo mula sa mas matandang taong nakilala ng anak mo online.
# Answer option (wrong).
q-gift-card-proof-of-abuse = Patunay na inaabuso ang anak mo
    .feedback = Hindi pa eksakto. Palatandaan ito, hindi patunay. Mas marami kang malalaman sa isang mahinahong usapan.

# Question: true or false about privacy. The right answer is "true".
q-privacy-is-normal = Normal ang kagustuhan ng mas maraming privacy habang lumalaki ang mga bata.
    .hint = Isipin ang naramdaman mo tungkol sa privacy noong bagong teenager ka pa lang.
    .explanation = Oo. Normal na bahagi ng paglaki ang mas maraming privacy. Ang biglang paglilihim na may kasamang ibang pagbabago ang dapat pansinin.
# Feedback if the caregiver picks "true" (right).
q-privacy-is-normal-true =
    .feedback = Tama. Malusog ang privacy kung ito lang. Bantayan ang mga biglang pagbabago o ang ilang senyales na sabay-sabay.
# Feedback if the caregiver picks "false" (wrong).
q-privacy-is-normal-false =
    .feedback = Hindi pa eksakto. Normal na bahagi ng paglaki ang kagustuhan ng privacy. Nagiging dapat ikabahala ito kapag biglaan o may kasamang ibang pagbabago.

# Question: single choice about why staying calm matters.
q-why-stay-calm = Bakit napakahalaga ang manatiling kalmado kapag may sinabi sa iyo ang anak mo?
    .hint = Isipin ang pangmatagalan, hindi lang ang sandaling ito.
    .explanation = Ang reaksyon mo ang magpapasya kung magsasabi ulit sa iyo ang anak mo sa susunod. Hindi ibig sabihin ng pagiging kalmado na wala kang gagawin; ibig sabihin nito ay kikilos ka nang walang paninisi.
# Answer option (right).
q-why-stay-calm-tell-again = Ang reaksyon mo ang huhubog kung magsasabi ulit siya sa iyo sa susunod.
    .feedback = Oo. Natututuhan ng anak mo na ligtas ang magsabi sa iyo kapag kalmado at nagpapasalamat ang tugon mo.
# Answer option (wrong).
q-why-stay-calm-not-serious = Dahil hindi seryoso ang karamihan ng problema online.
    .feedback = Hindi pa eksakto. May mga problemang seryoso. Nakakatulong ang pagiging kalmado para maayos mong maharap ang mga ito.
# Answer option (wrong).
q-why-stay-calm-avoid-action = Para hindi mo na kailangang gumawa ng anumang hakbang.
    .feedback = Hindi pa eksakto. Tungkol sa paraan ng pagtugon mo ang pagiging kalmado. Puwede ka pa ring mag-save, mag-report, at humingi ng tulong.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Subukang sabihin: "Napapansin ko na parang malungkot ka nitong mga nakaraan pagkatapos mong mag-online. Hindi ako galit sa iyo. May iniisip ka ba?" Tapos maghintay, makinig, at pasalamatan siya sa anumang ikukuwento niya.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanungin ang grupo: aling mga senyales ang puwedeng may pang-araw-araw na dahilan, at alin ang nakakabahala kapag sabay-sabay? Magsanay nang dalawahan ng isang mahinahong pambungad na linya, at pag-usapan kung bakit tumitigil magsabi ang mga bata kapag sinisisi sila.
