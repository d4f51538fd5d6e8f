# SafeSteps — MIT OR Apache-2.0

### Lesson: Sextortion, what to do (ages 13–17).
### Readers are teenagers, often alone and possibly in the middle of it. Be direct, calm and
### respectful; never preachy. Never describe images or acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Sextortion: ano ang gagawin
# One line under the lesson name.
lesson-summary = Kung may nagbabantang i-share ang litrato mo, heto ang nakakatulong, hakbang-hakbang.

# Card 1: what sextortion is, without detail.
card-what-it-is =
    Sextortion ang tawag kapag may nagbabantang i-share ang nude o sekswal na litrato mo maliban kung magbabayad ka, magpapadala pa, o susundin mo ang gusto niya.
    Puwedeng totoo ang litrato, o peke, o na-edit.
    Kadalasan, estranghero ito na nagpapanggap na kaedad mo, mabilis na nakukuha ang tiwala mo, tapos biglang nagbabanta.
    Minsan, taong kilala mo ito, gaya ng ex mo o isang taga-school mo.
    Nangyayari ito sa DMs, sa mga laro, at sa social apps, at puwede itong mangyari kaninuman.
# Card 2: a crime, never the teen's fault; you can say no.
card-not-your-fault =
    Krimen ang sextortion, at hindi mo ito kasalanan, kahit nag-share ka ng litrato.
    Ang taong nagbabanta sa iyo ang lumalabag sa batas.
    Puwede kang tumanggi, kahit may naipadala ka na dati.
    Normal na matakot, mahiya, o mag-panic. Hindi ka nag-iisa, at may mga taong makakatulong.
# Card 3: what to do right now.
card-what-to-do =
    Huwag magbayad at huwag nang magpadala pa. Bihirang mapatigil ng pagbabayad ang mga banta; kadalasan, hihingi pa sila ng higit.
    Tumigil sa pagsagot.
    Huwag i-delete ang account mo o ang chat. Mag-screenshot ng mga mensahe at ng profile nila (hindi ang litrato), at itabi ang mga username at link.
    Tapos i-report at i-block ang account sa app.
    Kung nakapagbayad ka na, magiging okay pa rin. Tumigil sa pagbabayad at humingi ng tulong ngayon.
# Card 4: who to tell and where to report.
card-get-help =
    Sabihin sa nakatatandang pinagkakatiwalaan mo: magulang, tagapag-alaga, kamag-anak, guro, o guidance counselor sa paaralan. Hindi ka nila dapat sisihin; trabaho nilang tumulong.
    I-report ang account sa app para makakilos ito.
    Sa US, mag-report sa CyberTipline ng NCMEC sa report.cybertip.org o sa 1-800-843-5678. Ibinabahagi ng NCMEC ang mga report sa pulis na puwedeng kumilos.
    Sa ibang lugar, i-tap ang Tulong para malaman kung saan magre-report, o pumunta sa pulis.
    Huwag ipasa ang litrato kahit kanino, kahit para lang ipakita sa kaibigan ang nangyayari.
# Card 5: Take It Down and the Help button.
card-take-it-down =
    Ang Take It Down (takeitdown.ncmec.org) ay libreng serbisyo ng NCMEC. Makakatulong itong tanggalin ang nude o sekswal na litrato ng mga wala pang 18 sa mga app at site na kasali rito.
    Gumagawa ito ng digital na fingerprint ng litrato, na tinatawag na hash, sa sarili mong device. Ang hash lang ang ipinapadala, hindi kailanman ang litrato.
    Kung parang sobra na ito, kausapin na ngayon ang nakatatandang pinagkakatiwalaan mo, o i-tap ang button na Tulong para makahanap ng mga taong makakatulong sa bansa mo.

# Question: a scenario. The situation is shown first, then the question.
q-first-move = Ano ang magandang unang hakbang?
    .situation = May ka-chat ka na nagsabing 16 siya. Pagkatapos mong mag-share ng litrato, nag-message siya: "Magbayad ka ngayon o ipapadala ko ito sa lahat ng followers mo. May isang oras ka."
    .hint = Nandiyan ang deadline para mag-panic ka. Ano ang magpapanatili sa iyong ligtas at magbibigay sa iyo ng tulong?
    .explanation = Pinakamagandang simula ang tumigil, i-save ang ebidensya, at magsabi sa nakatatandang pinagkakatiwalaan mo. Nakakatulong din ang pag-save, pag-report, at pag-block. Bihirang mapatigil ng pagbabayad ang mga banta, at nawawala ang ebidensya kapag nag-delete ka. Kung nagawa mo na ang alinman dito, puwede ka pa ring humingi ng tulong.
# Action (best).
q-first-move-stop-save-tell = Tumigil sa pagsagot, i-save ang mga mensahe, at sabihin sa nakatatandang pinagkakatiwalaan ko.
    .feedback = Pinakamagandang hakbang. Naitatabi mo ang ebidensya, napapatigil mo ang pamimilit, at may kakampi ka na.
# Action (also good).
q-first-move-screenshot-block-report = I-screenshot ang mga mensahe at ang profile niya, tapos i-report at i-block ang account.
    .feedback = Magandang hakbang. Talagang nakakatulong ang pag-save at pag-report. Mas mainam pa kung magsasabi ka rin sa nakatatandang pinagkakatiwalaan mo.
# Action (not helpful).
q-first-move-pay-once = Magbayad nang isang beses para umalis na siya.
    .feedback = Hindi pa eksakto. Bihira silang tumigil kapag nagbayad ka; kadalasan, hihingi pa sila ng higit. Kung nakapagbayad ka na, puwede ka pa ring humingi ng tulong.
# Action (not helpful).
q-first-move-delete-everything = I-delete agad ang account ko at ang chat.
    .feedback = Hindi pa eksakto. Naiintindihan kung gusto mo itong mawala, pero nawawala ang ebidensya kapag nag-delete ka. Itabi muna ang account mo at ang chat, mag-save ng screenshots, tapos mag-report at humingi ng tulong.

# Question: put the steps in order.
q-steps = May nagbabanta sa iyo. Ayusin nang sunud-sunod ang mga hakbang na ito sa app. (Magsabi sa nakatatandang pinagkakatiwalaan mo anumang oras.)
    .hint = Aling hakbang ang mahirap gawin kapag naka-block na ang account?
    .explanation = Tumigil muna sa pagsagot para hindi lumala. Mag-save ng ebidensya bago may mawala. Mag-report habang nakikita mo pa ang account, tapos mag-block. Magsabi sa nakatatandang pinagkakatiwalaan mo anumang oras; mas maaga, mas mabuti.
# Step 1.
q-steps-stop-replying = Tumigil sa pagsagot
    .feedback = Una ang pagtigil. Wala kang utang na sagot sa kanila, at kapag sumagot ka, may dagdag silang magagamit.
# Step 2.
q-steps-save-evidence = Mag-save ng screenshots, mga username, at mga link
    .feedback = Mag-save ng patunay nang maaga. Puwedeng mawala ang account o ang mga mensahe mamaya.
# Step 3.
q-steps-report-account = I-report ang account sa app
    .feedback = Mag-report habang nakikita mo pa ang profile niya, para makakilos ang app dito.
# Step 4.
q-steps-block-account = I-block ang account
    .feedback = I-block sa huli, kapag nakapag-save at nakapag-report ka na. Sa gayon, hindi ka na niya makokontak doon.

# Question: choose all that apply.
q-evidence = Alin sa mga ito ang magagandang paraan ng pagtatabi ng ebidensya? Piliin ang lahat ng tamang sagot.
    .hint = Ipinapakita ng ebidensya kung sino sila at ano ang sinabi nila.
    .explanation = Nakakatulong ang screenshots, mga username, at mga link ng profile para makakilos ang app, ang NCMEC, o ang pulis. Nawawala ang ebidensya kapag na-delete ang chat, at kumakalat ang litrato kapag ipinasa ito.
# Answer option (helps).
q-evidence-screenshots = Pag-screenshot ng mga mensahe
    .feedback = Ipinapakita ng screenshots kung ano mismo ang sinabi nila at kailan.
# Answer option (helps).
q-evidence-username = Pagsulat ng username niya
    .feedback = Nakakatulong ang username para mahanap ng app at ng iba ang account.
# Answer option (helps).
q-evidence-profile-link = Pagkopya ng link ng profile niya
    .feedback = Direktang itinuturo ng link ng profile ang account.
# Answer option (does not help).
q-evidence-delete-chat = Pag-delete ng chat
    .feedback = Hindi pa eksakto. Nawawala ang ebidensya kapag na-delete ang chat. Itabi ito at mag-save ng screenshots.
# Answer option (does not help).
q-evidence-forward-image = Pagpasa ng litrato sa isang kaibigan
    .feedback = Hindi pa eksakto. Kumakalat ang litrato kapag ipinasa ito. Itabi ang mga mensahe, hindi ang kopya ng litrato.

# Question: single choice about what paying usually leads to.
q-what-paying-does = Ano ang kadalasang nangyayari kapag nagbayad ka?
    .hint = Ano ang kadalasang ginagawa ng mga nagbabanta pagkatapos nilang makuha ang hiningi nila?
    .explanation = Bihirang mapatigil ng pagbabayad ang mga banta. Kadalasan, hihingi pa sila ng higit. Sa halip, tumigil sa pagsagot, mag-save ng ebidensya, at humingi ng tulong.
# Answer option (right).
q-what-paying-does-asks-for-more = Hihingi pa sila ng higit, at kadalasang nagpapatuloy ang mga banta.
    .feedback = Tama. Bihirang matapos ito sa pagbabayad. Mas may nagagawa ang paghingi ng tulong.
# Answer option (wrong).
q-what-paying-does-deletes-it = Ide-delete nila ang litrato at titigilan ka na.
    .feedback = Hindi pa eksakto. Walang paraan para malaman kung may ide-delete talaga sila, at karamihan ay hihingi pa ng higit. Kung nakapagbayad ka na, puwede ka pa ring humingi ng tulong.
# Answer option (wrong).
q-what-paying-does-only-way = Titigil na ang mga banta nang tuluyan, kasi pagbabayad lang ang tanging paraan.
    .feedback = Hindi pa eksakto. Mas magandang paraan para mapatigil ito ang pag-report, pag-block, at pagsasabi sa nakatatandang pinagkakatiwalaan mo.

# Question: true or false about having paid already.
q-already-paid = Kung nakapagbayad ka na, puwede ka pa ring humingi ng tulong.
    .hint = May punto ba na wala nang tulong para sa iyo?
    .explanation = Oo. Kahit nagbayad ka o nagpadala pa, hindi mo ito kasalanan at may tulong para sa iyo. Tumigil sa pagbabayad, i-save ang mga mensahe, at magsabi sa taong pinagkakatiwalaan mo.
# Feedback if the teen picks "true" (right).
q-already-paid-true =
    .feedback = Tama. Kung nakapagbayad ka na, magiging okay pa rin. Tumigil sa pagbabayad, i-save ang mga mensahe, at humingi ng tulong ngayon.
# Feedback if the teen picks "false" (wrong).
q-already-paid-false =
    .feedback = Hindi pa eksakto. Puwede kang humingi ng tulong anumang oras. Hindi nawawala ang karapatan mo sa tulong dahil lang nagbayad ka nang isang beses.

# Question: true or false about saying no after sharing before.
q-say-no-again = Puwede kang tumangging magpadala pa, kahit nag-share ka na ng litrato dati.
    .hint = Kapag pumayag ka nang isang beses, kailangan mo na bang laging pumayag?
    .explanation = Oo. Ang pag-share nang isang beses ay hindi kailanman nangangahulugang kailangan mong mag-share ulit. Puwede kang tumanggi kahit kailan.
# Feedback if the teen picks "true" (right).
q-say-no-again-true =
    .feedback = Tama. Puwede kang tumanggi kahit kailan, anuman ang nangyari dati.
# Feedback if the teen picks "false" (wrong).
q-say-no-again-false =
    .feedback = Hindi pa eksakto. Puwede kang tumanggi kahit kailan, kahit nag-share ka na dati. Ang pag-share nang isang beses ay hindi kailanman nangangahulugang kailangan mo itong ulitin.

# Question: single choice about how Take It Down protects privacy.
q-take-it-down-privacy = Ang Take It Down ay libreng tool ng NCMEC na tumutulong magtanggal ng nude na litrato ng mga wala pang 18. Paano nito pinoprotektahan ang privacy mo?
    .hint = Isipin kung ano talaga ang kailangan ng mga app para makita ang isang kopya.
    .explanation = Gumagawa ang Take It Down ng hash, isang digital na fingerprint, sa sarili mong device. Ang hash lang ang ipinapadala, hindi kailanman ang litrato mismo.
# Answer option (right).
q-take-it-down-privacy-hash-only = Isang digital na fingerprint (hash) lang ang lumalabas sa device mo, hindi ang litrato.
    .feedback = Tama. Nananatili sa device mo ang litrato. Ginagamit ng mga kasaling app ang hash para mahanap ang mga kopya.
# Answer option (wrong).
q-take-it-down-privacy-upload-image = Ipapadala mo ang litrato sa staff ng NCMEC para tingnan nila.
    .feedback = Hindi pa eksakto. Hindi mo kailanman ipinapadala ang litrato. Isang hash lang, isang digital na fingerprint, ang lumalabas sa device mo.
# Answer option (wrong).
q-take-it-down-privacy-name-published = Ibinabahagi ang pangalan mo sa mga app.
    .feedback = Hindi pa eksakto. Hindi kailangan ng Take It Down ang pangalan mo. Ang hash lang ang ipinapadala.

# Question: a scenario about helping a friend.
q-friend-panicking = Ano ang puwede mong gawin?
    .situation = Sinabi sa iyo ng kaibigan mo na may nagbabantang i-post ang isang litrato niya. Nagpa-panic siya at sinasabing, "Huwag mong sabihin kahit kanino."
    .hint = Kailangan ng kaibigan mo ng suporta, at ng isang nakatatandang kayang kumilos.
    .explanation = Makinig, ipaalala sa kaniya na hindi niya ito kasalanan, at tulungan siyang humingi ng tulong sa nakatatandang pinagkakatiwalaan. Maganda rin ang tulungan siyang mag-save ng ebidensya at mag-report. Kapag inilihim ito o nagbayad, mag-isa niyang haharapin ito.
# Action (best).
q-friend-panicking-listen-and-get-adult = Makinig, sabihing hindi niya ito kasalanan, at tulungan siyang magsabi sa nakatatandang pinagkakatiwalaan.
    .feedback = Pinakamagandang pili. Kakampi ka niya, at nabibigyan mo siya ng totoong tulong. Ang sikretong naglalagay sa kaibigan sa panganib ay dapat sabihin sa isang nakatatanda.
# Action (also good).
q-friend-panicking-help-save-and-report = Tulungan siyang i-save ang mga mensahe at i-report ang account.
    .feedback = Magandang pili. Nakakatulong ang pag-save at pag-report. Mas matutulungan pa siya ng nakatatandang pinagkakatiwalaan niya.
# Action (not helpful).
q-friend-panicking-keep-the-secret = Ilihim ito, gaya ng hiniling niya.
    .feedback = Hindi pa eksakto. Parang pagiging tapat ito, pero naiiwan mong mag-isa ang kaibigan mo sa harap ng isang krimen. Tulungan siyang magsabi sa nakatatandang pinagkakatiwalaan.
# Action (not helpful).
q-friend-panicking-tell-them-to-pay = Sabihan siyang magbayad para matapos na.
    .feedback = Hindi pa eksakto. Bihirang matapos ito sa pagbabayad; kadalasan, hihingi pa sila ng higit. Tulungan ang kaibigan mo na tumigil sa pagsagot at humingi ng tulong.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Itanong: bakit gumagamit ng deadline at pinapa-panic ng mga nagbabanta ang mga teen? Ano ang makakapagpadali sa pagsasabi sa isang nakatatanda? Pag-usapan ang nangyayari pagkatapos mag-report ng isang tao, at ipaalala sa grupo na hinding-hindi kasalanan ng biktima.
