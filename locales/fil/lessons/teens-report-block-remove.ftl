# SafeSteps — MIT OR Apache-2.0

### Lesson: Report, block and remove (ages 13–17).
### Readers are teenagers, possibly dealing with something right now. Be direct, calm and
### practical; never preachy. Never describe images or acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = I-report, i-block, at ipatanggal
# One line under the lesson name.
lesson-summary = Paano mag-save ng patunay, mag-report, mag-block, at magpatanggal ng content, at ano ang nangyayari pagkatapos.

# Card 1: keep evidence first.
card-evidence-first =
    Kapag may nanliligalig, nagbabanta, o namimilit sa iyo, mag-save ng patunay bago ka mag-block.
    Puwedeng maitago ng pag-block ang chat o ang profile niya. Sa gayon, mas mahirap nang mag-report.
    Mag-screenshot ng mga mensahe at ng profile niya. Isulat ang username niya, ang link ng profile niya, at ang mga petsa at oras.
    Huwag mag-screenshot o mag-save ng nude na litrato, kahit bilang patunay. Puwede kang mag-report nang wala ang mga ito.
    Huwag munang i-delete ang chat o ang account mo. Baka kailanganin mo ang mga ito mamaya.
# Card 2: reporting and blocking on the app.
card-report-and-block =
    May Report button ang karamihan ng app. Hanapin ito sa mensahe, sa post, o sa profile (kadalasan nasa likod ng "…").
    Sinasabi ng pag-report sa app na may lumabag sa patakaran nito. Karamihan ng app ay hindi nagsasabi sa tao kung sino ang nag-report sa kaniya.
    Pagkatapos mong mag-report, i-block siya para hindi ka na niya makontak doon.
    Tapos tingnan kung sino ang puwedeng mag-message, mag-tag, at makahanap sa iyo.
    Kung bumalik siya gamit ang bagong account, mag-save ng patunay, mag-report, at mag-block ulit.
# Card 3: reporting beyond the app.
card-beyond-the-app =
    May mga bagay na kailangan ng higit pa sa report sa app. Kasama rito ang mga banta, ang nakatatandang humihingi sa iyo ng sekswal na litrato o chat, ang sextortion, at ang nude na litrato ng sinumang wala pang 18.
    Sa US, mag-report sa CyberTipline ng NCMEC sa report.cybertip.org o tumawag sa 1-800-843-5678. Ibinabahagi ng NCMEC ang mga report sa pulis na puwedeng kumilos.
    Kahit saan, puwede kang pumunta sa lokal na pulis. Matutulungan ka ng nakatatandang pinagkakatiwalaan mo na gawin ito.
    I-tap ang screen na Tulong para malaman kung saan magre-report sa bansa mo.
# Card 4: getting images removed.
card-removal =
    Kung nasa online ang nude o sekswal na litrato mo noong wala ka pang 18, o sa tingin mo ay baka ma-share ito, may tulong.
    Libre ang Take It Down (takeitdown.ncmec.org). Ginagamit nito ang kopya sa sarili mong phone o computer. Doon ito gumagawa ng hash, isang digital na fingerprint, ng litrato. Ang hash lang ang lumalabas sa device mo, hindi kailanman ang litrato. Ginagamit ito ng mga kasaling app para mahanap at matanggal ang mga kopya.
    Huwag kailanman mag-download ng kopya para gamitin ito. Kung wala sa iyo ang litrato, makakatulong ang report sa CyberTipline.
    Puwede mo ring gamitin ang sariling removal form ng app. Sa labas ng US, i-tap ang Tulong para malaman kung sino ang makakatulong sa lugar mo.
# Card 5: what happens after a report; not your fault.
card-what-happens-next =
    Pagkatapos mong mag-report, sinusuri ito ng app. Puwede nitong tanggalin ang post, bigyan ng babala ang tao, o i-ban ang account. May mga app na nagpapadala sa iyo ng update.
    Sinusuri ng NCMEC ang mga report sa CyberTipline at puwede nitong ipasa ang mga ito sa pulis.
    Puwedeng matagalan ito, at hindi lahat ng report ay humahantong sa aksiyon. Mahalaga pa rin ito. Nakakatulong ang mga report para mapigilan ang mga tao na manakit ng iba.
    Anuman ang nangyari, hindi mo ito kasalanan. Dapat kang suportahan ng mga nakatatanda, hindi sisihin.
    Kausapin ang nakatatandang pinagkakatiwalaan mo, o i-tap ang Tulong.

# Question: single choice about saving proof before blocking.
q-why-save-first = Bakit matalinong mag-save ng patunay bago mo i-block ang isang tao?
    .hint = Ano ang puwedeng mawala sa paningin mo kapag na-block mo na siya?
    .explanation = Puwedeng maitago ng pag-block ang chat o profile. Kapag nag-save ka muna ng patunay, puwede ka pa ring mag-report, at makakakilos ang iba.
# Answer option (right).
q-why-save-first-chat-may-vanish = Puwedeng maitago ng pag-block ang chat at ang profile niya.
    .feedback = Tama. Mag-save muna ng patunay, tapos mag-report at mag-block.
# Answer option (wrong).
q-why-save-first-to-post-it = Para mai-post mo ito at mapahiya siya.
    .feedback = Hindi pa eksakto. Puwedeng lumala ito kapag pinost mo. Para sa app, sa NCMEC, sa pulis, o sa nakatatandang pinagkakatiwalaan mo ang patunay.
# Answer option (wrong).
q-why-save-first-apps-need-permission = Hindi ka papayagan ng mga app na mag-block kung wala nito.
    .feedback = Hindi pa eksakto. Puwede kang mag-block kahit kailan. Pero mas pinalalakas ng patunay ang report.

# Question: choose all that apply, about good evidence.
q-good-evidence = Alin sa mga ito ang magandang i-save bilang patunay? Piliin ang lahat ng tamang sagot.
    .hint = Ipinapakita ng patunay kung sino sila at ano ang ginawa nila, nang hindi nagkakalat ng pinsala.
    .explanation = Magandang patunay ang mga username, screenshot ng mga mensahe, link ng profile, at mga petsa. Huwag kailanman mag-save ng nude na litrato, at huwag i-delete ang chat.
# Answer option (good proof).
q-good-evidence-username = Ang username niya
    .feedback = Oo. Nakakatulong ito para mahanap ng app at ng pulis ang account.
# Answer option (good proof).
q-good-evidence-message-screenshots = Mga screenshot ng mga mensahe
    .feedback = Oo. Ipinapakita ng mga ito kung ano mismo ang sinabi.
# Answer option (good proof).
q-good-evidence-profile-link = Link ng profile niya
    .feedback = Oo. Direktang itinuturo ng link ang account.
# Answer option (good proof).
q-good-evidence-dates-and-times = Mga petsa at oras ng mga mensahe
    .feedback = Oo. Nakakatulong ang oras para maipakita kung ano ang nangyari at kailan.
# Answer option (not good proof).
q-good-evidence-copy-of-nude = Kopya ng nude na litratong ipinadala o ini-share niya
    .feedback = Hindi pa eksakto. Huwag mag-save ng nude na litrato, kahit bilang patunay. Puwede kang mag-report nang wala ang mga ito.
# Answer option (not good proof).
q-good-evidence-delete-chat = Pag-delete ng chat para mawala na ito
    .feedback = Hindi pa eksakto. Nawawala ang patunay kapag nag-delete ka. Itabi muna ang chat.

# Question: put the app steps in order.
q-app-steps = May taong patuloy na nagpapadala sa iyo ng masasamang mensahe. Ayusin nang sunud-sunod ang mga hakbang na ito. (Magsabi sa nakatatandang pinagkakatiwalaan mo anumang oras.)
    .hint = Aling hakbang ang mahirap gawin kapag na-block mo na siya?
    .explanation = Mag-screenshot muna para may patunay ka. Mag-report habang nakikita mo pa siya. Tapos mag-block. Sa huli, baguhin kung sino ang puwedeng mag-message sa iyo para hindi siya madaling makabalik.
# Step 1.
q-app-steps-screenshot = I-screenshot ang mga mensahe at ang profile niya
    .feedback = Una. Puwedeng mawala ang patunay kapag nag-block ka.
# Step 2.
q-app-steps-report = I-report siya sa app
    .feedback = Susunod. Mag-report habang nakikita mo pa ang profile niya.
# Step 3.
q-app-steps-block = I-block siya
    .feedback = Tapos mag-block, para hindi ka na niya makontak doon.
# Step 4.
q-app-steps-tighten-messages = Baguhin kung sino ang puwedeng mag-message sa iyo
    .feedback = Huli. Mas mahihirapan siya, o ang bagong account, na makontak ka.

# Question: true or false about reporter privacy.
q-reporter-kept-private = Sa karamihan ng app, hindi sinasabi sa taong ni-report mo kung sino ang nag-report sa kaniya.
    .hint = Magre-report ba ang mga tao kung ibabahagi ang pangalan nila?
    .explanation = Tama. Pinananatiling pribado ng karamihan ng app ang mga report, kaya puwede kang mag-report nang hindi niya nalalamang ikaw iyon.
# Feedback if the teen picks "true" (right).
q-reporter-kept-private-true =
    .feedback = Tama. Pinananatiling pribado ng karamihan ng app ang pangalan ng nag-report. Ligtas kang makakapag-report.
# Feedback if the teen picks "false" (wrong).
q-reporter-kept-private-false =
    .feedback = Hindi pa eksakto. Karamihan ng app ay hindi nagsasabi sa tao kung sino ang nag-report sa kaniya.

# Question: a scenario about an adult sending sexual messages.
q-adult-messages = Ano ang puwede mong gawin tungkol sa nakatatandang iyon?
    .situation = Nagsimulang magpadala sa iyo ng mga sekswal na mensahe at humingi ng litrato ang isang lalaking nakilala mo sa isang game.
    .hint = Seryoso ito. Sino ang makakakilos lampas sa app?
    .explanation = Pinakamagandang hakbang ang mag-save ng patunay, mag-report, at magsabi sa nakatatandang pinagkakatiwalaan mo. Nakakatulong din ang pag-report at pag-block. Puwedeng i-report sa CyberTipline o sa pulis ang nakatatandang humihingi ng sekswal na litrato sa isang teen. Hindi mo ito kasalanan.
# Action (best).
q-adult-messages-save-report-tell = I-save ang mga mensahe, i-report siya sa game, at sabihin sa nakatatandang pinagkakatiwalaan ko.
    .feedback = Pinakamagandang hakbang. Matutulungan ka rin ng isang nakatatanda na mag-report sa CyberTipline o sa pulis. Tama ang ginawa mo nang magsabi ka.
# Action (also good).
q-adult-messages-report-and-block = I-screenshot ang chat, tapos i-report at i-block siya.
    .feedback = Magandang hakbang. Kapag nagsabi ka rin sa isang nakatatanda, puwede itong i-report lampas sa game.
# Action (not helpful).
q-adult-messages-delete-and-forget = I-delete ang chat at subukang kalimutan ito.
    .feedback = Hindi pa eksakto. Mawawala ang patunay, at baka iba naman ang targetin niya. I-save ito at magsabi sa isang tao.
# Action (not helpful).
q-adult-messages-threaten-back = Bantaan siyang ibubunyag mo siya kung hindi siya titigil.
    .feedback = Hindi pa eksakto. Baka lalo siyang magalit, at nananatili kayong magkausap. Sa halip, i-report siya.

# Question: true or false about Take It Down. The right answer is "false".
q-send-image-to-remove = Para magamit ang Take It Down, kailangan mong ipadala ang litrato mo sa isang tao.
    .hint = Isipin kung ano ang hash.
    .explanation = Mali. Gumagawa ang Take It Down ng hash sa sarili mong device. Ang hash lang ang ipinapadala, hindi kailanman ang litrato.
# Feedback if the teen picks "true" (wrong).
q-send-image-to-remove-true =
    .feedback = Hindi pa eksakto. Nananatili sa device mo ang litrato. Isang hash lang, isang digital na fingerprint, ang ipinapadala.
# Feedback if the teen picks "false" (right).
q-send-image-to-remove-false =
    .feedback = Tama. Ang hash lang ang lumalabas sa device mo. Hindi kailanman nakikita ng Take It Down ang litrato.

# Question: choose all that apply, about what can happen after a report.
q-after-a-report = Ano ang puwedeng mangyari pagkatapos mong mag-report? Piliin ang lahat ng tamang sagot.
    .hint = Isipin kung ano ang kayang gawin ng app at ng NCMEC, at kung ano ang pinananatili nilang pribado.
    .explanation = Puwedeng magtanggal ng posts at mag-ban ng account ang mga app, at puwedeng ipasa ng NCMEC ang mga report sa pulis. Kadalasang hindi ibinabahagi sa tao ang pangalan mo, at hindi ka dapat sisihin.
# Answer option (can happen).
q-after-a-report-content-removed = Tinatanggal ng app ang post o mensahe.
    .feedback = Oo. Puwedeng tanggalin ang content na lumalabag sa patakaran.
# Answer option (can happen).
q-after-a-report-account-banned = Bina-ban ng app ang account.
    .feedback = Oo. Puwedeng i-suspend o i-ban ng mga app ang mga lumalabag sa patakaran.
# Answer option (can happen).
q-after-a-report-passed-to-police = Ipinapasa sa pulis ang report sa CyberTipline.
    .feedback = Oo. Ibinabahagi ng NCMEC ang mga report sa pulis na puwedeng kumilos.
# Answer option (should not happen).
q-after-a-report-name-shared = Sinasabi sa tao ang pangalan mo.
    .feedback = Hindi pa eksakto. Pinananatiling pribado ng karamihan ng app ang pangalan ng nag-report.
# Answer option (should not happen).
q-after-a-report-you-get-blamed = Ikaw ang sinisisi sa nangyari.
    .feedback = Hindi pa eksakto. Hindi mo ito kasalanan. Tama ang mag-report.

# Question: a scenario about an image of the teen online.
q-image-on-a-site = Ano ang puwede mong gawin tungkol sa litrato?
    .situation = Sinabi sa iyo ng isang kaibigan na may nude na litrato mo, noong 15 ka pa, na nai-post sa isang site.
    .hint = Aling mga pili ang makakapagpatanggal dito nang hindi ito lalong kumakalat?
    .explanation = Pinakamagandang hakbang ang magsabi sa nakatatandang pinagkakatiwalaan mo, at gamitin ang Take It Down kung nasa phone mo pa ang litrato. Nakakatulong din ang pag-report nito sa site. Puwedeng lumala ito kapag nag-save ka ng mga kopya o nag-message sa nag-post. Hindi mo ito kasalanan.
# Action (best).
q-image-on-a-site-take-it-down-and-tell = Sabihin sa nakatatandang pinagkakatiwalaan ko, at gamitin ang Take It Down kung nasa phone ko pa ang litrato.
    .feedback = Pinakamagandang hakbang. Matutulungan ka ng isang nakatatanda na i-report ito. Ginagamit ng Take It Down ang kopya sa phone mo para makatulong na matanggal ang ibang kopya. Kung wala ito sa iyo, makakatulong ang report sa CyberTipline.
# Action (also good).
q-image-on-a-site-report-to-site = I-report ang post sa site at hilinging tanggalin ito.
    .feedback = Magandang hakbang. Dapat tanggalin ng mga site ang mga litrato ng mga wala pang 18. Kapag ginamit mo rin ang Take It Down, mas mahahanap ang mga kopya.
# Action (not helpful).
q-image-on-a-site-save-every-copy = Hanapin ang bawat kopya at i-save lahat.
    .feedback = Hindi pa eksakto. Hindi kailangan ang pag-save ng mga kopya at puwede itong krimen. I-save ang link, hindi ang litrato.
# Action (not helpful).
q-image-on-a-site-message-the-poster = I-message ang nag-post at makiusap na tanggalin ito.
    .feedback = Hindi pa eksakto. Baka lalo siyang magkaroon ng kapangyarihan. Hayaan ang site, ang Take It Down, at ang isang nakatatanda na humawak dito.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Itanong: ano ang pumipigil sa mga tao na mag-report? Isa-isahin ang nangyayari pagkatapos ng report sa app at sa CyberTipline. Pag-usapan kung bakit nauuna ang pag-save ng patunay bago ang pag-block, at ipaalala sa grupo na hinding-hindi kasalanan ng biktima.
