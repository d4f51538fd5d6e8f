# SafeSteps — MIT OR Apache-2.0

### Lesson: Consent and sharing images (ages 13–17).
### Readers are teenagers, often alone. Be direct, calm and respectful; never preachy.
### Never describe images or acts; say "nude or private image". Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Consent at pag-share ng mga litrato
# One line under the lesson name.
lesson-summary = Kanino ang litrato? Kailan dapat magtanong, kailan dapat tumigil, at ano ang gagawin kung may kumalat na litrato.

# Card 1: consent before sharing anyone's image.
card-ask-first =
    Malaking bahagi ng pag-uusap natin online ang mga litrato at video. Okay lang iyon.
    Pero ang litrato ng isang tao ay bahagyang kaniya rin. Bago mo ito i-post o ipadala, tanungin siya.
    Ang consent ay malinaw na "oo" na kusang ibinigay. Hindi "oo" ang pananahimik. Hindi "oo" ang "bahala ka."
    Puwede ring magbago ang isip ng tao. Kung pinakiusapan ka ng kaibigan mong tanggalin ang isang litrato, tanggalin mo.
    Iyon din ang gugustuhin mo mula sa kanila.
# Card 2: never forward a nude or private image.
card-never-forward =
    Huwag kailanman ipasa ang nude o pribadong litrato ng iba, kahit kumakalat na ito.
    Bawat share ay nakakasakit sa taong nasa litrato. Puwede itong sumunod sa kaniya nang maraming taon.
    Sa maraming bansa, krimen ang pag-share ng nude na litrato ng taong wala pang 18. Puwedeng ganito rin kahit wala ka pang 18.
    Hindi mahalaga kung sino ang unang nagpadala, o kung minsan niya itong ipinadala sa isang tao. Ang pagpapadala sa isang tao ay hindi "oo" para sa lahat.
# Card 3: what to do if you receive one.
card-if-you-get-one =
    Kung may nagpadala sa iyo ng nude o pribadong litrato ng ibang tao:
    Huwag itong ipasa o ipakita kahit kanino.
    I-report ito sa app. Tapos i-delete ito, at burahin din sa folder na "recently deleted."
    Huwag mag-save ng kopya, kahit bilang patunay. Puwede kang mag-report nang hindi itinatago ang litrato.
    Sabihin sa nakatatandang pinagkakatiwalaan mo, para matulungan ka nilang pigilan ang pagkalat nito. Hindi ka nila dapat sisihin dahil natanggap mo ito.
    Kung isang nakatatanda o estranghero ang nagpadala sa iyo ng nude na litrato ng kahit sino, hindi rin iyon okay. I-report sila at magsabi sa isang tao.
# Card 4: you can say no; not your fault.
card-you-can-say-no =
    Walang sinumang may karapatang pilitin kang magpadala ng litrato. Hindi ang crush mo, hindi ang partner mo, hindi ang kaibigan mo, hindi ang estranghero.
    Puwede kang tumanggi, kahit nakapag-share ka na dati. Ang pagpayag nang isang beses ay hindi kailanman nangangahulugang papayag ka ulit.
    Kung na-share ang litrato mo nang walang consent mo, hindi mo ito kasalanan. Ang taong nag-share nito ang may mali, kahit ikaw ang nagpadala nito sa kaniya.
    Hindi ikaw ang dahilan nito, at puwede kang humingi ng tulong.
# Card 5: Take It Down, reporting, and who to talk to.
card-getting-it-removed =
    I-report ang post sa app. Labag sa patakaran ng mga app ang nude na litrato ng mga wala pang 18, at dapat itong tanggalin ng mga app.
    Ang Take It Down (takeitdown.ncmec.org) ay libreng tool ng NCMEC. Tumutulong itong tanggalin ang nude na litrato ng mga wala pang 18 sa mga app na kasali rito.
    Gumagawa ito ng hash, isang digital na fingerprint, ng litrato sa sarili mong device. Ang hash lang ang ipinapadala, hindi kailanman ang litrato.
    Kausapin ang nakatatandang pinagkakatiwalaan mo. O i-tap ang button na Tulong para makahanap ng mga taong makakatulong sa bansa mo.

# Question: single choice about posting a funny photo of a friend.
q-funny-photo = May nakakatawa kang litrato ng kaibigan mo. Ano ang dapat mong gawin bago mo ito i-post?
    .hint = Kaninong mukha ang nasa litrato?
    .explanation = Magtanong muna. Ang litrato ng isang tao ay bahagyang kaniya rin. Kung ayaw niya, o magbago ang isip niya mamaya, igalang ito.
# Answer option (right).
q-funny-photo-ask-them-first = Tanungin siya kung okay lang i-post.
    .feedback = Tama. Nagpapakita ng respeto ang mabilis na "Puwede ko bang i-post ito?", at karamihan ng kaibigan ay papayag o sasabihin kung alin ang gusto nila.
# Answer option (wrong).
q-funny-photo-post-then-delete = I-post ito, at i-delete kung magalit siya.
    .feedback = Hindi pa eksakto. Sa puntong iyon, baka nakita o na-save na ito ng iba. Mas madali para sa inyong dalawa ang magtanong muna.
# Answer option (wrong).
q-funny-photo-tag-them = I-tag siya para malaman niyang naka-post na ito.
    .feedback = Hindi pa eksakto. Nalalaman lang niya sa pag-tag pagkatapos itong ma-post. Ang consent ay pagtatanong bago pa.

# Question: a scenario about a private image in a group chat.
q-group-chat-image = Ano ang puwede mong gawin tungkol sa litrato?
    .situation = Sa isang group chat, may nag-post ng pribadong litrato ng isang babaeng ka-batch mo. Nagsimulang magpadala ng mga tumatawang emoji ang iba. May nagsabi, "Ipasa mo sa kabilang GC."
    .hint = Isipin ang babae sa litrato. Ano ang makakapigil sa pagkalat nito?
    .explanation = Pinakamagandang hakbang ang hindi pag-share, pag-report, at pagsasabi sa nakatatandang pinagkakatiwalaan mo. Maganda rin ang i-delete ito at umalis sa chat. Lalong kumakalat ang pinsala kapag ipinasa ito. Puwedeng krimen ang pagpasa o pag-save nito.
# Action (best).
q-group-chat-image-dont-share-report-tell = Huwag itong i-share. I-report ito sa app, i-delete, at sabihin sa nakatatandang pinagkakatiwalaan ko.
    .feedback = Pinakamagandang hakbang. Tumutulong kang pigilan ang pagkalat, at matutulungan ng isang nakatatanda na maipatanggal ito. Hindi mo kasalanan na natanggap mo ito, at tama ang ginawa mo nang magsabi ka.
# Action (also good).
q-group-chat-image-delete-and-leave-chat = I-delete ito at umalis sa chat.
    .feedback = Magandang hakbang. Hindi ka bahagi ng pagkalat. Mas makakatulong pa sa kaniya kung ire-report mo rin ito at sasabihin sa isang nakatatanda.
# Action (not helpful).
q-group-chat-image-forward-to-warn = Ipasa ito sa kaniya para malaman niyang kumakalat ito.
    .feedback = Hindi pa eksakto. Kahit sa kaniya mo ipasa, kumakalat pa rin ito. Sabihin mo sa kaniya nang mahinahon gamit ang salita, at magsabi sa isang nakatatanda.
# Action (not helpful).
q-group-chat-image-save-just-in-case = Mag-save ng kopya, baka sakaling may mangailangan ng patunay.
    .feedback = Hindi pa eksakto. Puwedeng krimen ang pagtatago ng kopya, at hindi mo ito kailangan para mag-report. I-report ito, tapos i-delete.

# Question: choose all that apply, about why not to forward.
q-why-not-forward = Bakit hindi mo dapat ipasa kailanman ang nude o pribadong litrato ng iba? Piliin ang lahat ng tamang sagot.
    .hint = Isipin ang taong nasa litrato, ang batas, at ang nangyayari pagkatapos mong pindutin ang send.
    .explanation = Nasasaktan nito ang tao, puwede itong krimen, at kapag naipadala na, puwede itong kumalat nang hindi na makontrol ninuman. Hindi iyon nababago kung sino ang unang nagpadala o kung gaano na ito kalawak kumalat.
# Answer option (right reason).
q-why-not-forward-hurts-the-person = Nasasaktan nito ang taong nasa litrato.
    .feedback = Oo. Bawat share ay dagdag na sakit sa kaniya.
# Answer option (right reason).
q-why-not-forward-can-be-a-crime = Sa maraming lugar, puwede itong krimen.
    .feedback = Oo. Krimen sa maraming bansa ang pag-share ng nude na litrato ng taong wala pang 18.
# Answer option (right reason).
q-why-not-forward-spreads-fast = Kapag naipadala mo na, hindi mo na makokontrol kung saan ito mapupunta.
    .feedback = Oo. Puwedeng maging daan-daang kopya ang isang forward.
# Answer option (not a reason to share).
q-why-not-forward-fine-if-already-out = Okay lang kung marami nang may hawak nito.
    .feedback = Hindi pa eksakto. Nakakasakit pa rin sa kaniya ang bawat bagong share. Puwedeng ikaw ang pumigil dito.
# Answer option (not a reason to share).
q-why-not-forward-fine-if-they-sent-it = Okay lang kung siya mismo ang unang nagpadala nito sa isang tao.
    .feedback = Hindi pa eksakto. Ang pagpapadala sa isang tao ay hindi "oo" para sa lahat.

# Question: put the steps in order.
q-received-steps = May nagpadala sa iyo ng nude na litrato ng isang kaklase. Ayusin nang sunud-sunod ang mga hakbang na ito. (Magsabi sa nakatatandang pinagkakatiwalaan mo anumang oras.)
    .hint = Aling hakbang ang nangangailangang nandoon pa ang mensahe?
    .explanation = Pigilan muna ang pagkalat. Mag-report habang nandoon pa ang mensahe, para makakilos ang app. Tapos i-delete ito, at burahin din sa "recently deleted" para walang kopyang maiwan.
# Step 1.
q-received-steps-dont-forward = Huwag itong ipasa o ipakita kahit kanino
    .feedback = Una, hanggang sa iyo na lang ito. Pinoprotektahan nito ang kaklase mo.
# Step 2.
q-received-steps-report-it = I-report ang mensahe o account sa app
    .feedback = Mag-report habang nakikita mo pa ito, para makakilos ang app.
# Step 3.
q-received-steps-delete-it = I-delete ang litrato
    .feedback = Tapos i-delete ito. Hindi mo kailangang itago ito.
# Step 4.
q-received-steps-empty-deleted-folder = Burahin ito sa folder na "recently deleted"
    .feedback = Sa huli, burahin din ito roon, para walang kopyang maiwan sa phone mo.

# Question: true or false about saying no after saying yes before.
q-said-yes-before = Kung nakapagpadala ka na ng litrato sa isang tao dati, puwede ka pa ring tumanggi sa susunod.
    .hint = Ang "oo" ba nang isang beses ay "oo" na habambuhay?
    .explanation = Tama. Para sa bawat pagkakataon ang consent. Puwede kang tumanggi ngayon, anuman ang ginawa mo dati.
# Feedback if the teen picks "true" (right).
q-said-yes-before-true =
    .feedback = Tama. Puwede kang tumanggi kahit kailan. Hindi ka nirerespeto ng taong patuloy na namimilit.
# Feedback if the teen picks "false" (wrong).
q-said-yes-before-false =
    .feedback = Hindi pa eksakto. Ang pag-share nang isang beses ay hindi kailanman nangangahulugang kailangan mo itong ulitin. Puwede kang tumanggi kahit kailan.

# Question: true or false about blame. The right answer is "false".
q-blame-for-sending = Kung may nag-share ng pribadong litrato mo nang walang consent, may bahagi kang kasalanan dahil ipinadala mo ito.
    .hint = Sino ang pumiling i-share ito sa iba?
    .explanation = Mali. Hindi mo ito kasalanan. Ang taong nag-share nito nang walang consent mo ang may mali. Puwede kang humingi ng tulong para maipatanggal ito.
# Feedback if the teen picks "true" (wrong).
q-blame-for-sending-true =
    .feedback = Hindi pa eksakto. Hindi mo ito kasalanan, kahit ikaw ang nagpadala nito sa kaniya. Siya ang pumiling i-share ito. Puwede mo itong i-report at humingi ng tulong.
# Feedback if the teen picks "false" (right).
q-blame-for-sending-false =
    .feedback = Tama. Nasa taong nag-share ang sisi. I-report ito, magsabi sa taong pinagkakatiwalaan mo, at subukan ang Take It Down.

# Question: single choice about how Take It Down works.
q-take-it-down-how = Paano pinananatiling pribado ng Take It Down ang litrato mo?
    .hint = Isipin kung ano ang kailangan ng mga app para makita ang kopya nang hindi ito tinitingnan.
    .explanation = Gumagawa ang Take It Down ng hash, isang digital na fingerprint, sa sarili mong device. Ang hash lang ang ipinapadala. Ginagamit ito ng mga kasaling app para mahanap at matanggal ang mga kopya.
# Answer option (right).
q-take-it-down-how-hash-leaves = Isang digital na fingerprint (hash) lang ang lumalabas sa device mo.
    .feedback = Tama. Nananatili sa iyo ang litrato. Sapat na ang hash para mahanap ang mga kopya.
# Answer option (wrong).
q-take-it-down-how-image-uploaded = Ia-upload mo ang litrato para masuri ito ng staff.
    .feedback = Hindi pa eksakto. Hindi mo kailanman ipinapadala ang litrato. Ang hash lang ang lumalabas sa device mo.
# Answer option (wrong).
q-take-it-down-how-police-told = Ipinapadala ang pangalan mo sa pulis.
    .feedback = Hindi pa eksakto. Hindi kailangan ng Take It Down ang pangalan mo. Ang hash lang ang ipinapadala.

# Question: a scenario about pressure to send an image.
q-pressure-to-send = Ano ang puwede mong gawin?
    .situation = Ilang linggo mo nang kausap ang isang taong gusto mo. Nag-message siya: "Lahat naman ginagawa 'yan. Papadalhan din kita. Kung may pakialam ka, papadalhan mo ako ng pic."
    .hint = Kapag may pakialam ka sa isang tao, ibig sabihin ba nito ay gagawin mo ang ipinipilit niya?
    .explanation = Pinakamagandang hakbang ang tumanggi nang malinaw. Maganda rin ang umalis sa chat at magsabi sa taong pinagkakatiwalaan mo. Pamimilit ang "kung may pakialam ka," at tinatanggap ng taong may pakialam ang "hindi."
# Action (best).
q-pressure-to-send-say-no-clearly = Tumanggi. "Hindi ako magpapadala niyan." Wala akong utang na litrato kaninuman.
    .feedback = Pinakamagandang hakbang. Sapat na ang malinaw na "hindi." Hindi mo kailangang magbigay ng dahilan.
# Action (also good).
q-pressure-to-send-leave-and-tell = Tumigil sa pagsagot at kausapin ang taong pinagkakatiwalaan ko tungkol dito.
    .feedback = Magandang hakbang. Hindi mo kailangang harapin ang pamimilit nang mag-isa. Kung magpatuloy ito, puwede mo siyang i-block at i-report.
# Action (not helpful).
q-pressure-to-send-send-to-keep-them = Magpadala ng isa para hindi siya mawalan ng gana.
    .feedback = Hindi pa eksakto. Hindi ka pipilitin ng taong karapat-dapat manatili sa buhay mo. Puwede kang tumanggi, at kung nakapagpadala ka na, puwede ka pa ring humingi ng tulong.
# Action (not helpful).
q-pressure-to-send-send-without-face = Magpadala ng litratong hindi kita ang mukha ko.
    .feedback = Hindi pa eksakto. Puwede pa ring ma-share ang mga litrato at maiugnay sa iyo. At hindi mo kailanman kailangang magpadala.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Itanong: ano ang itsura ng consent kapag magsi-share ng litrato ng kaibigan? Bakit napakabilis kumalat ng mga pribadong litrato, at ano ang magagawa ng isang tao sa group chat para pigilan ito? Ipaalala sa grupo na hinding-hindi kasalanan ng taong nasa litrato.
