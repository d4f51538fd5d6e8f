# SafeSteps — MIT OR Apache-2.0

### Lesson: Helping a friend (ages 13–17).
### Readers are teenagers whose friend may have just told them something hard. Be direct, warm and
### practical; never preachy. Never describe abuse or images. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Pagtulong sa kaibigan
# One line under the lesson name.
lesson-summary = Ano ang sasabihin at gagawin kapag sinabi sa iyo ng kaibigan mo na may nangyari online.

# Card 1: a friend telling you means they trust you.
card-they-trust-you =
    Kadalasan, nagsasabihan muna ang magkakaibigan bago magsabi sa isang nakatatanda.
    Kung sinabi sa iyo ng kaibigan mo na may masamang nangyari online, ibig sabihin ay pinagkakatiwalaan ka niya. Malaking bagay iyon.
    Baka may nagbabanta sa kaniya, namimilit sa kaniya, o nag-share ng litrato niya.
    Hindi mo kailangang malaman ang lahat ng sagot. Hindi mo kailangang ayusin ito nang mag-isa.
    Ang pinakanakakatulong ay kung paano ka tumugon, at ang pagtulong sa kaniya na makalapit sa taong kayang kumilos.
# Card 2: listen, believe, don't blame.
card-listen-and-believe =
    Makinig. Hayaan siyang magsalita nang hindi sumisingit.
    Paniwalaan siya. Bihirang mag-imbento ng ganito ang mga tao.
    Manatiling kalmado, kahit nagulat o nagalit ka. Nakakatulong ang pagiging kalmado mo para maramdaman niyang ligtas siya.
    Huwag itanong ang "Bakit mo pinadala?" o "Bakit hindi mo siya ni-block?" Puwedeng tunog paninisi ang ganitong mga tanong.
    Sa halip, sabihin: "Salamat at sinabi mo sa akin. Hindi mo ito kasalanan. Aayusin natin ito."
# Card 3: don't share; keep it safe.
card-keep-it-safe =
    Panatilihing pribado ang kuwento niya. Huwag itong i-post o humingi ng payo sa isang group chat.
    Huwag kailanman ipasa o i-save ang litrato niya, kahit para tumulong. Kung nakatanggap ka nito, i-report ito at i-delete.
    Huwag i-message o bantaan ang taong nanakit sa kaniya. Puwedeng lumala ito, at trabaho ito ng mga nakatatanda, ng app, o ng pulis.
    Puwede mo siyang tulungang mag-save ng patunay, gaya ng screenshot ng mga mensahe at mga username, pero hindi ang litrato.
# Card 4: getting an adult involved.
card-get-an-adult =
    Tulungan siyang magsabi sa nakatatandang pinagkakatiwalaan niya. Mag-alok na sumama sa kaniya, o samahan siya habang tumatawag o nagme-message siya.
    Ipakita sa kaniya ang screen na Tulong sa app na ito para makahanap ng helpline sa bansa niya.
    May mga bagay na kailangan ng nakatatanda kahit pakiusapan ka ng kaibigan mong huwag magsabi. Kasama rito ang mga banta, ang nakatatandang namimilit sa kaniya, o ang pagsasalita tungkol sa pananakit sa sarili. Kasama rin ang anumang panganib ngayon mismo.
    Maging tapat: "Masyado kitang pinahahalagahan para ilihim ito. Sabihin natin sa isang tao nang magkasama."
# Card 5: look after yourself too.
card-look-after-yourself =
    Puwedeng mabigat sa pakiramdam ang pagsuporta sa kaibigan. Baka mag-alala ka, malungkot, o matakot para sa kaniya.
    Normal iyan. Mabuti kang kaibigan, pero hindi ikaw ang tanging tulong niya.
    Hindi mo trabahong ayusin ito, at hindi mo kasalanan kung mahirap ang sitwasyon.
    Kausapin din ang nakatatandang pinagkakatiwalaan mo tungkol sa nararamdaman mo. O i-tap ang button na Tulong para makahanap ng makakausap.

# Question: single choice about the first thing to say.
q-first-words = Sinabi sa iyo ng kaibigan mo na may nagbabanta sa kaniya online. Ano ang magandang unang sabihin?
    .hint = Ano ang gusto mong unang marinig kung ikaw ang nasa lugar niya?
    .explanation = Kapag nagpasalamat ka at sinabing hindi niya ito kasalanan, mararamdaman niyang ligtas siyang magpatuloy sa pagkukuwento. Puwedeng tunog paninisi ang mga tanong tungkol sa ginawa niya.
# Answer option (right).
q-first-words-thanks-not-your-fault = "Salamat at sinabi mo sa akin. Hindi mo ito kasalanan."
    .feedback = Tama. Ipinapakita nitong kakampi ka niya, at totoo ito.
# Answer option (wrong).
q-first-words-why-did-you = "Bakit ka ba nakipag-usap sa kaniya?"
    .feedback = Hindi pa eksakto. Kahit nagtatanong ka lang, puwede itong tunog paninisi. Magsimula sa suporta.
# Answer option (wrong).
q-first-words-just-block-them = "Bakit hindi mo na lang siya ni-block?"
    .feedback = Hindi pa eksakto. Baka maramdaman niyang may ginawa siyang mali. Makinig muna, tapos tulungan siyang magplano.

# Question: choose all that apply, about helpful responses.
q-helpful-responses = Alin sa mga ito ang nakakatulong sa kaibigang nagsabi sa iyo na may nangyari? Piliin ang lahat ng tamang sagot.
    .hint = Alin ang nagpapanatiling pribado nito at nagbibigay sa kaniya ng totoong suporta?
    .explanation = Nakakatulong ang pakikinig, ang paniniwala sa kaniya, at ang pag-alok na samahan siya sa isang nakatatanda. Kumakalat ang kuwento niya kapag nagtanong ka sa group chat, at puwedeng lumala ito kapag kinompronta mo ang tao.
# Answer option (helps).
q-helpful-responses-listen = Makinig nang hindi sumisingit
    .feedback = Oo. Malaking tulong ang mapakinggan.
# Answer option (helps).
q-helpful-responses-believe-them = Paniwalaan ang sinasabi niya
    .feedback = Oo. Kapag pinaniwalaan siya, mas madali na sa kaniyang magsabi sa isang nakatatanda.
# Answer option (helps).
q-helpful-responses-offer-to-go = Mag-alok na samahan siya sa isang nakatatandang pinagkakatiwalaan
    .feedback = Oo. Hindi gaanong nakakatakot ang magsabi kapag may kasamang kaibigan.
# Answer option (does not help).
q-helpful-responses-ask-group-chat = Magtanong sa group chat ninyo kung ano ang gagawin
    .feedback = Hindi pa eksakto. Pribado ang kuwento niya. Sa halip, magtanong sa isang nakatatandang pinagkakatiwalaan.
# Answer option (does not help).
q-helpful-responses-confront-them-online = I-message ang tao at pagsabihan siya
    .feedback = Hindi pa eksakto. Puwedeng lumala ito. Hayaan iyon sa mga nakatatanda, sa app, o sa pulis.

# Question: a scenario about a promise to keep a secret.
q-promise-not-to-tell = Ano ang puwede mong gawin tungkol sa pangako?
    .situation = Sinabi sa iyo ng kaibigan mo na may nakatatandang nakilala niya online na nagbabantang i-share ang mga litrato niya. Sabi niya, "Mangako kang wala kang pagsasabihan."
    .hint = May mga sikretong naglalagay sa kaibigan sa panganib. Sino talaga ang kayang pumigil dito?
    .explanation = Pinakamagandang hakbang ang maging tapat at isali ang isang nakatatandang pinagkakatiwalaan. Maganda rin ang samahan siyang magsabi sa isang tao. Kapag tinupad mo ang pangako, mag-isa niyang haharapin ang isang krimen, at puwedeng lumala ito kapag kinontak mo ang tao.
# Action (best).
q-promise-not-to-tell-honest-and-get-adult = Sabihin, "Masyado kitang pinahahalagahan para ilihim ito," at tulungan siyang magsabi sa isang nakatatanda, o ako mismo ang magsabi.
    .feedback = Pinakamagandang hakbang. Krimen ito, at kailangan ito ng isang nakatatanda. Ipinapakita ng katapatan mo na may malasakit ka.
# Action (also good).
q-promise-not-to-tell-go-with-them = Mag-alok na samahan siya sa guidance counselor o magulang ngayong araw.
    .feedback = Magandang hakbang. Mas madali ang magsabi kapag kasama ka.
# Action (not helpful).
q-promise-not-to-tell-keep-the-promise = Tuparin ang pangako. Desisyon niya iyon.
    .feedback = Hindi pa eksakto. Parang pagiging tapat ito, pero naiiwan siyang mag-isa sa harap ng banta. Ito ay dapat sabihin sa isang nakatatanda.
# Action (not helpful).
q-promise-not-to-tell-message-the-person = I-message ang nakatatandang iyon at sabihang tumigil na siya.
    .feedback = Hindi pa eksakto. Puwedeng lumala ang mga banta. Hayaan ang mga nakatatanda, ang app, at ang pulis na humawak dito.

# Question: choose all that apply, about when an adult must be told.
q-must-get-adult = Kailan ka dapat magsali ng nakatatanda, kahit pakiusapan ka ng kaibigan mong huwag? Piliin ang lahat ng tamang sagot.
    .hint = Nanganganib ba ang kaibigan mo, o ang iba, na masaktan nang malubha?
    .explanation = Kailangan ng nakatatanda sa mga banta, sa nakatatandang namimilit sa kaniya, sa pagsasalita tungkol sa pananakit sa sarili, at sa panganib ngayon mismo. Ang away tungkol sa laro ay matutulungan mo bilang kaibigan.
# Answer option (needs an adult).
q-must-get-adult-being-threatened = May nagbabanta sa kaniya para sa litrato o pera.
    .feedback = Oo. Krimen ito, at matutulungan siya ng isang nakatatanda na i-report ito.
# Answer option (needs an adult).
q-must-get-adult-adult-pressuring = May nakatatandang namimilit sa kaniya online.
    .feedback = Oo. Seryoso kapag may nakatatandang namimilit sa isang teen. Magsabi sa nakatatandang pinagkakatiwalaan.
# Answer option (needs an adult).
q-must-get-adult-might-hurt-themselves = Nagsasalita siya tungkol sa pananakit sa sarili.
    .feedback = Oo. Magsabi agad sa isang nakatatanda. Una ang kaligtasan niya.
# Answer option (needs an adult).
q-must-get-adult-in-danger-now = Nasa panganib siya ngayon mismo.
    .feedback = Oo. Tawagin agad ang isang nakatatanda, o tumawag sa emergency number sa inyong lugar.
# Answer option (does not need an adult).
q-must-get-adult-game-argument = Nakipagtalo siya sa isang kaibigan dahil sa laro.
    .feedback = Hindi pa eksakto. Matutulungan mo iyan bilang kaibigan. Makinig at samahan siya.

# Question: put the support steps in order.
q-support-steps = Sinabi sa iyo ng kaibigan mo na may nangyari online. Ayusin nang sunud-sunod ang mga hakbang na ito.
    .hint = Ano ang kailangan niya sa iyo bago ka magsalita? At bago siya makagawa ng plano?
    .explanation = Makinig muna para maramdaman niyang pinakikinggan siya. Sabihin sa kaniya na hindi niya ito kasalanan. Tapos pag-usapan kung kanino magsasabi, at samahan siyang gawin ito.
# Step 1.
q-support-steps-listen-first = Makinig nang hindi nanghuhusga
    .feedback = Una. Hayaan siyang magkuwento sa sarili niyang paraan.
# Step 2.
q-support-steps-not-their-fault = Sabihin sa kaniya na hindi niya ito kasalanan
    .feedback = Susunod. Maraming tao ang sumisisi sa sarili nila. Nakakatulong na marinig ito.
# Step 3.
q-support-steps-who-to-tell = Pag-usapan kung aling nakatatanda ang sasabihan
    .feedback = Tapos. Tulungan siyang pumili ng taong pinagkakatiwalaan niya.
# Step 4.
q-support-steps-go-together = Samahan siyang magsabi sa nakatatanda
    .feedback = Huli. Mas madali ang magsabi kapag nandoon ka.

# Question: true or false about confronting the person. The right answer is "false".
q-confront-yourself = Para matulungan ang kaibigan mo, dapat mong i-message ang taong nanakit sa kaniya at patigilin siya.
    .hint = Sino ang may kapangyarihang pigilan ito nang ligtas?
    .explanation = Mali. Puwedeng lumala ang sitwasyon para sa kaibigan mo at para sa iyo kapag kinompronta mo siya. Makakakilos ang mga nakatatanda, ang app, at ang pulis.
# Feedback if the teen picks "true" (wrong).
q-confront-yourself-true =
    .feedback = Hindi pa eksakto. Naiintindihan kung gusto mong gawin iyon, pero puwedeng lumala ito. Sa halip, tulungan ang kaibigan mo na magsabi sa isang nakatatanda.
# Feedback if the teen picks "false" (right).
q-confront-yourself-false =
    .feedback = Tama. Trabaho mong suportahan ang kaibigan mo. Ang mga nakatatanda, ang app, at ang pulis ang haharap sa taong iyon.

# Question: true or false about the helper's own feelings.
q-your-feelings-count = Okay lang na makipag-usap sa isang tao tungkol sa nararamdaman mo pagkatapos mong tulungan ang kaibigan mo.
    .hint = Kapag tumutulong ka sa iba, ibig sabihin ba ay hindi na mahalaga ang sarili mong damdamin?
    .explanation = Tama. Puwedeng mabigat ang pagsuporta sa kaibigan. Makakatulong din sa iyo ang pakikipag-usap sa nakatatandang pinagkakatiwalaan mo o ang pag-tap sa Tulong.
# Feedback if the teen picks "true" (right).
q-your-feelings-count-true =
    .feedback = Tama. Mahalaga rin ang nararamdaman mo. Puwede ka ring makakuha ng suporta.
# Feedback if the teen picks "false" (wrong).
q-your-feelings-count-false =
    .feedback = Hindi pa eksakto. Karapat-dapat ka rin sa suporta. Malusog na hakbang ang pag-usapan ito.

# Question: a scenario about a friend who blames themselves.
q-friend-blames-self = Ano ang puwede mong sabihin sa kaibigan mo?
    .situation = Na-share ang litrato ng kaibigan mo nang walang consent niya. Sabi niya, "Kasalanan ko ito. Hindi ko dapat ipinadala iyon."
    .hint = Sino ang pumiling i-share ang litrato?
    .explanation = Pinakamagandang hakbang ang sabihin sa kaniya na hindi niya ito kasalanan. Maganda rin ang makinig at mag-alok na tulungan siyang makakuha ng suporta. Baka maramdaman niyang nag-iisa siya kapag sumang-ayon ka o iniba mo ang usapan.
# Action (best).
q-friend-blames-self-say-not-their-fault = "Hindi mo ito kasalanan. Ang taong nag-share nito ang gumawa ng mali."
    .feedback = Pinakamagandang hakbang. Totoo ito, at mahalaga na marinig ito mula sa isang kaibigan.
# Action (also good).
q-friend-blames-self-listen-and-offer-help = Makinig, tapos mag-alok na tulungan siyang magsabi sa isang nakatatanda o gamitin ang Take It Down.
    .feedback = Magandang hakbang. Nakakatulong ang suporta na may kasamang plano. Mas mainam pa kung sasabihin mo ring hindi niya ito kasalanan.
# Action (not helpful).
q-friend-blames-self-agree-it-was-a-mistake = "Oo, pagkakamali iyon, pero magiging okay din."
    .feedback = Hindi pa eksakto. Puwede itong tunog paninisi. Nasa taong nag-share nito ang sisi.
# Action (not helpful).
q-friend-blames-self-change-the-subject = Ibahin ang usapan para malibang siya.
    .feedback = Hindi pa eksakto. Baka maramdaman niyang ayaw mo itong marinig. Samahan siya at makinig.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Itanong: kung may sinabi sa iyong mabigat na bagay ang isang kaibigan, ano ang gusto mong unang sabihin? Pag-usapan kung kailan dapat dalhin sa isang nakatatanda ang isang sikreto, paano maging tapat tungkol doon, at paano maaalagaan ng mga tumutulong ang sarili nila. Ipaalala sa grupo na hinding-hindi kasalanan ng biktima.
