# SafeSteps — MIT OR Apache-2.0

### Lesson: Livestreaming (ages 13–17).
### Readers are teenagers who stream or watch streams. Be direct and respectful; never preachy.
### Streaming is positive; teach settings and exits. Never describe acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Mag-live nang ligtas
# One line under the lesson name.
lesson-summary = Puwedeng sobrang saya ng pag-stream. Heto kung paano mapapansin ang pamimilit sa chat at mananatili kang may kontrol.

# Card 1: streaming is positive; what's different about live.
card-going-live =
    Magandang paraan ang livestreaming para mag-share ng gaming, music, art, o kuwentuhan lang, at para makabuo ng community.
    Pero iba ang live sa post. Walang edit button, at hindi mo mababawi ang nakita na ng mga tao.
    Kahit sinong nanonood ay puwedeng mag-record o mag-screenshot ng stream mo, kahit hindi ito sine-save ng app.
    At kadalasan, hindi mo alam kung sino ang nanonood, o kung ilang taon na talaga sila.
    Kapag alam mo ito, mas mahahawakan mo ang stream mo.
# Card 2: red flags in the chat.
card-red-flags =
    Karamihan ng viewers ay gusto lang tumambay. Bantayan ang mga comment na:
    humihiling sa iyong gumawa ng mga bagay sa camera, gaya ng mga dare, o magpalit ng damit o ipakita ang kuwarto mo;
    nag-aalok ng gifts, coins, o pera kung susundin mo sila;
    nagtatanong kung saan ka nakatira, saan ka nag-aaral, o ilang taon ka na;
    nagpupumilit na lumipat kayo sa private chat o sa ibang app;
    sobrang nambobola, tapos humihingi pa ng higit.
    Puwedeng iparamdam ng gifts na may utang ka sa kanila. Pero wala kang utang.
# Card 3: settings before you go live.
card-settings =
    Bago ka mag-live, tingnan ang mga setting mo.
    Piliin kung sino ang puwedeng manood. Pinakaligtas ang friends lang.
    I-on ang comment filters para i-block ang ilang salita, o i-off ang comments.
    Pakiusapan ang kaibigang pinagkakatiwalaan mo na maging moderator na puwedeng magtanggal ng comments at viewers.
    I-off ang location, at tingnan ang nasa likod mo: logo ng paaralan, tanaw ng kalye, sulat na may address mo.
    Kung kulang pa ang edad mo sa itinakda ng app para sa streaming o gifts, nandiyan ang mga limitasyong iyon para protektahan ka.
# Card 4: ending a stream and reporting.
card-end-it =
    Puwede mong tapusin ang stream kahit kailan. Wala kang utang na paliwanag kaninuman.
    Kung may comment na nagpapailang sa iyo, tapusin ang stream. Puwede kang mag-live ulit mamaya kung gusto mo.
    Tapos isulat ang username ng viewer at i-save ang mga comment na kaya mong i-save.
    I-report ang viewer sa app, at i-block siya.
    Kung lumitaw siya sa ibang lugar, gaya ng DMs mo, i-report at i-block din siya roon.
# Card 5: not your fault, and who to talk to.
card-not-your-fault =
    Kung may namilit, nanloko, o nag-record sa iyo sa stream, hindi mo ito kasalanan.
    Ang taong namimilit sa iyo ang gumagawa ng mali, kahit sumunod ka sa kaniya.
    Kung na-share ang recording o litrato mo, i-report ito sa app. Makakatulong ang Take It Down (takeitdown.ncmec.org) na tanggalin ang nude na litrato ng mga wala pang 18.
    Kausapin ang nakatatandang pinagkakatiwalaan mo. O i-tap ang button na Tulong para makahanap ng makakausap sa bansa mo.

# Question: a scenario about coins offered for a dare.
q-coins-for-a-dare = Ano ang puwede mong gawin tungkol sa alok?
    .situation = Naka-live ka. Nag-comment ang isang viewer: "500 coins kung gagawin mo ang dare ko. Pag-usapan natin sa private chat."
    .hint = May dalawang red flag dito. Aling pili ang magpapanatili sa iyong may kontrol?
    .explanation = Pinakamagandang hakbang ang tumanggi, tapusin ang stream kung gusto mo, at i-report ang viewer. Maganda rin ang i-delete ang comment at i-block siya. Paraan ng pamimilit ang mga dare kapalit ng coins at ang private chat.
# Action (best).
q-coins-for-a-dare-say-no-end-report = Tumanggi, tapusin ang stream kung gusto ko, at i-report ang viewer.
    .feedback = Pinakamagandang hakbang. Nasa iyo pa rin ang kontrol, at makakakilos ang app sa report.
# Action (also good).
q-coins-for-a-dare-delete-and-block = I-delete ang comment, i-block ang viewer, at ituloy ang stream.
    .feedback = Magandang hakbang. Wala na siya sa stream mo. Kapag ni-report mo rin siya, napoprotektahan mo ang iba.
# Action (not helpful).
q-coins-for-a-dare-do-a-small-dare = Gumawa ng maliit na dare. Katuwaan lang naman.
    .feedback = Hindi pa eksakto. Kadalasang humahantong sa mas malalaki ang maliliit na hiling. Puwede kang tumanggi, kahit nakatanggap ka na ng coins.
# Action (not helpful).
q-coins-for-a-dare-move-to-private = Pumunta sa private chat para malaman kung ano ang dare.
    .feedback = Hindi pa eksakto. Sa private, walang ibang nakakakita ng sinasabi niya. Kaya gusto niyang lumipat kayo.

# Question: choose all that apply, about red-flag comments.
q-red-flag-comments = Aling mga comment sa stream chat ang red flag? Piliin ang lahat ng tamang sagot.
    .hint = Humihingi ba ang comment ng tungkol sa iyo, o sinusubukang makipagkasundo?
    .explanation = Red flag ang pagtatanong kung saan ka nag-aaral, ang pag-aalok ng gifts kapalit ng pagsunod, at ang paglipat sa iyo sa ibang app. Normal na chat ang "Galing ng play!" at "Ano'ng susunod?"
# Answer option (red flag).
q-red-flag-comments-which-school = "Saan ka nag-aaral?"
    .feedback = Oo. Puwedeng makatulong ang paaralan mo para mahanap ka ng isang tao offline. Hindi mo kailangang sabihin.
# Answer option (red flag).
q-red-flag-comments-gifts-if-you-obey = "Papadalhan kita ng gifts kung susundin mo ako."
    .feedback = Oo. Pamimilit ang gifts na may kondisyon. Wala kang utang kaninuman dahil sa isang gift.
# Answer option (red flag).
q-red-flag-comments-add-me-elsewhere = "I-add mo ako sa ibang app, tayong dalawa lang."
    .feedback = Oo. Ang ibig sabihin ng "tayong dalawa lang" ay walang ibang makakakita. Red flag iyan.
# Answer option (normal).
q-red-flag-comments-nice-play = "Galing ng play!"
    .feedback = Hindi pa eksakto. Normal at palakaibigang comment iyan.
# Answer option (normal).
q-red-flag-comments-what-game-next = "Anong game ang susunod mong lalaruin?"
    .feedback = Hindi pa eksakto. Normal na chat iyan tungkol sa stream mo.

# Question: true or false about recording.
q-viewers-can-record = Puwedeng i-record ng viewers ang livestream mo, kahit hindi ito sine-save ng app.
    .hint = Ano ang kayang gawin ng kahit sino gamit ang sarili niyang phone o computer habang nanonood?
    .explanation = Tama. Kahit sino ay puwedeng mag-screenshot o mag-screen record. Mag-stream na parang puwede itong ma-save.
# Feedback if the teen picks "true" (right).
q-viewers-can-record-true =
    .feedback = Tama. Hindi ibig sabihin ng live na mawawala na ito. Kahit sinong nanonood ay puwedeng magtabi ng kopya.
# Feedback if the teen picks "false" (wrong).
q-viewers-can-record-false =
    .feedback = Hindi pa eksakto. Puwedeng i-record ng viewers ang screen nila, anuman ang gawin ng app.

# Question: choose all that apply, about settings.
q-helpful-settings = Aling mga setting ang nakakatulong para maging mas ligtas ang stream? Piliin ang lahat ng tamang sagot.
    .hint = Alin ang kumokontrol kung sino ang nakakakita sa iyo at ano ang puwede nilang sabihin?
    .explanation = Nakakatulong ang friends-only na stream, word filters, pinagkakatiwalaang moderator, at naka-off na location. Kapag ipinakita mo ang location mo, malalaman ng mga estranghero kung nasaan ka.
# Answer option (helps).
q-helpful-settings-friends-only = Friends lang ang puwedeng manood
    .feedback = Oo. Mas kaunting estranghero, mas kaunting panganib.
# Answer option (helps).
q-helpful-settings-word-filter = Filter na nagba-block ng ilang salita sa comments
    .feedback = Oo. Napipigilan ng filters ang maraming bastos na comment bago mo pa makita.
# Answer option (helps).
q-helpful-settings-moderator = Kaibigang pinagkakatiwalaan mo bilang moderator
    .feedback = Oo. Puwedeng magtanggal ng comments at viewers ang moderator habang nag-i-stream ka.
# Answer option (helps).
q-helpful-settings-location-off = Naka-off ang location
    .feedback = Oo. Hindi kailangang malaman ng viewers kung nasaan ka.
# Answer option (does not help).
q-helpful-settings-show-location = Nakikita ang location para mahanap ka ng mga fan sa lugar mo
    .feedback = Hindi pa eksakto. Kapag ipinakita mo ang location mo, nalalaman ng mga estranghero kung nasaan ka. Panatilihin itong naka-off.

# Question: put the steps in order.
q-uncomfortable-steps = Naiilang ka sa mga comment ng isang viewer habang naka-live ka. Ayusin nang sunud-sunod ang mga hakbang na ito.
    .hint = Ano ang agad na pipigil sa pamimilit? Ano ang kailangan mo bago ka mag-block?
    .explanation = Tapusin muna ang stream para mapigil ang pamimilit. I-save ang username at mga comment habang kaya mo pa. Mag-report habang nahahanap mo pa siya, tapos mag-block.
# Step 1.
q-uncomfortable-steps-end-stream = Tapusin ang stream
    .feedback = Una. Agad na napipigil ang pamimilit kapag tinapos mo ang stream.
# Step 2.
q-uncomfortable-steps-save-username = Isulat ang username niya at i-save ang mga comment
    .feedback = Susunod. Nakakatulong ang patunay na ito kapag nag-report ka.
# Step 3.
q-uncomfortable-steps-report-viewer = I-report ang viewer sa app
    .feedback = Mag-report habang nahahanap mo pa ang profile niya.
# Step 4.
q-uncomfortable-steps-block-viewer = I-block ang viewer
    .feedback = Huli. Ngayon, hindi ka na niya mapapanood o mame-message doon.

# Question: true or false about ending a stream. The right answer is "false".
q-owe-an-explanation = Kung bigla mong tinapos ang stream, may utang kang paliwanag sa viewers mo.
    .hint = Kaninong stream ito?
    .explanation = Mali. Stream mo ito. Puwede mo itong tapusin kahit kailan, sa anumang dahilan, nang hindi nagpapaliwanag.
# Feedback if the teen picks "true" (wrong).
q-owe-an-explanation-true =
    .feedback = Hindi pa eksakto. Wala kang utang na paliwanag sa viewers, kahit kailan. Una ang kaligtasan mo.
# Feedback if the teen picks "false" (right).
q-owe-an-explanation-false =
    .feedback = Tama. Puwede mo itong tapusin kahit kailan. Nandiyan pa rin ang mga totoong fan sa susunod.

# Question: single choice about a regular viewer.
q-regular-viewer = Maraming gifts na ang naipadala sa iyo ng isang regular na viewer. Ngayon, sabi niya, "Sa dami ng naibigay ko sa iyo, mag-chat tayo nang private." Ano ito?
    .hint = Bakit kaya binabanggit ng isang tao ang mga gift niya bago humingi ng kapalit?
    .explanation = Babalang senyales ito. Puwedeng gamitin ang gifts para iparamdam sa iyo na may utang ka sa isang tao. Naitatago ang sinasabi niya kapag lumipat sa private chat.
# Answer option (right).
q-regular-viewer-warning-sign = Babalang senyales. Ginagamit niya ang gifts para pilitin ako.
    .feedback = Tama. Wala kang utang kaninuman dahil sa isang gift. Puwede kang tumanggi, mag-block, at mag-report.
# Answer option (wrong).
q-regular-viewer-loyal-fan = Isang loyal na fan na gusto akong makilala
    .feedback = Hindi pa eksakto. Hindi kailangan ng totoong fan na ilipat ka sa private. Bantayan ang pamimilit.
# Answer option (wrong).
q-regular-viewer-fair-after-gifts = Patas lang, kasi ang dami na niyang naibigay sa akin
    .feedback = Hindi pa eksakto. Hindi nabibili ng gifts ang oras mo o ang privacy mo. Puwede kang tumanggi kahit kailan.

# Question: a scenario about a recorded clip being shared.
q-clip-shared = Ano ang puwede mong gawin tungkol sa clip?
    .situation = Ni-record ng isang viewer ang bahagi ng stream mo. Ipinadala niya ito sa iyo at sinabing ipo-post niya ito maliban kung susundin mo ang gusto niya.
    .hint = Banta ito. Sino ang makakatulong sa iyong pigilan ito?
    .explanation = Pinakamagandang hakbang ang tumigil sa pagsagot, mag-save ng patunay, magsabi sa nakatatandang pinagkakatiwalaan mo, at mag-report. Nakakatulong din ang pag-report sa clip at sa account. Bihirang mapatigil ang mga banta kapag sinunod mo ang hinihingi, at nawawala ang ebidensya kapag na-delete ang account mo. Hindi mo ito kasalanan.
# Action (best).
q-clip-shared-tell-adult-and-report = Tumigil sa pagsagot, i-save ang mga mensahe, sabihin sa nakatatandang pinagkakatiwalaan ko, at i-report ang account.
    .feedback = Pinakamagandang hakbang. May patunay ka, hindi ka nag-iisa, at makakakilos ang app. Hindi mo ito kasalanan.
# Action (also good).
q-clip-shared-report-the-clip = I-report ang account at ang clip sa app, tapos i-block siya.
    .feedback = Magandang hakbang. I-save muna ang mga mensahe. Mas mainam pa kung magsasabi ka rin sa isang nakatatanda.
# Action (not helpful).
q-clip-shared-do-what-they-ask = Sundin ang gusto niya para hindi niya ito i-post.
    .feedback = Hindi pa eksakto. Kadalasang humahantong sa mas maraming hinihingi ang pagsuko. Kung nagawa mo na ito, puwede ka pa ring humingi ng tulong.
# Action (not helpful).
q-clip-shared-delete-account = I-delete ang account ko para mawala na ang lahat.
    .feedback = Hindi pa eksakto. Naiintindihan kung gusto mo iyon, pero nawawala ang patunay kapag nag-delete ka. Itabi muna ito at humingi ng tulong.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Itanong: ano ang nagpapasaya sa isang stream chat, at ano ang nagpaparamdam dito na parang pamimilit? Pag-usapan ang mga setting na nakakatulong, kung bakit laging okay ang tapusin ang stream, at ipaalala sa grupo na hinding-hindi kasalanan ng streamer kung may namilit o nag-record sa kaniya.
