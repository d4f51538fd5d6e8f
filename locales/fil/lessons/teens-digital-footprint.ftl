# SafeSteps — MIT OR Apache-2.0

### Lesson: Your digital footprint (ages 13–17).
### Readers are teenagers, often alone on their phone. Be direct and respectful; never preachy.
### Frame the internet as positive. Teach skills: think first, check settings, clean up.

# Lesson name on the lesson card.
lesson-title = Ang digital footprint mo
# One line under the lesson name.
lesson-summary = Puwedeng manatili online ang pino-post mo. Heto kung paano mo ito hahawakan.

# Card 1: what a digital footprint is and what stays online.
card-what-stays =
    Ang digital footprint mo ay ang bakas na iniiwan mo online.
    Ito ang posts, litrato, comments, likes, at bio mo. Kasama rin ang pino-post ng ibang tao tungkol sa iyo.
    Marami rito ang puwedeng manatili online nang ilang taon, kahit na-delete mo na.
    Puwedeng may kopya pa sa phone ng ibang tao, sa mga backup, o sa ibang site.
    Hindi ito dahilan para tumigil sa pag-post. Malaking bahagi ng buhay ang pagiging online, at puwede itong maging maganda.
    Ibig sabihin lang nito, makakatulong na pag-isipan kung ano ang sine-share mo, at kung sino ang makakakita nito.
# Card 2: screenshots and tags; not your fault if others share without asking.
card-screenshots-and-tags =
    Puwede pa ring ma-save ang post na "nawawala." Kahit sino ay puwedeng mag-screenshot o mag-screen record.
    Puwede kang i-tag ng mga kaibigan sa mga litratong hindi mo pinili, at puwedeng lumabas ang mga iyon sa profile mo.
    Sa karamihan ng app, puwede mong tanggalin ang tag, o i-review muna ang mga tag bago lumabas.
    Kung may nag-share ng post o litrato mo nang hindi nagtatanong, hindi mo iyon kasalanan. Pananagutan iyon ng taong nag-share.
    Puwede mo silang pakiusapang tanggalin ito, i-report ito, at sabihin sa nakatatandang pinagkakatiwalaan mo.
# Card 3: location clues.
card-location =
    May mga post na nagpapakita kung nasaan ka kahit hindi mo sinasabi.
    Puwedeng ibunyag ng logo ng paaralan, karatula ng kalye, numero ng bahay, o waiting shed ang lugar mo.
    Ipinapakita ng live location sa mga map at chat app kung nasaan ka ngayon mismo.
    Tingnan kung aling mga app ang nakakakita ng location mo. I-off ito, o i-share lang sa mga taong kilalang-kilala mo.
    I-post ang mga lakad mo pagkauwi mo na, hindi habang nandoon ka pa.
# Card 4: think before posting.
card-think-first =
    Bago ka mag-post, maglaan ng ilang segundo.
    Okay lang ba sa akin kung makita ito ng pamilya ko, ng isang guro, o ng magiging boss ko balang araw?
    Tungkol ba ito sa ibang tao? Pumayag ba sila?
    Nagpo-post ba ako dahil badtrip ako, o para gumanti sa isang tao?
    Kung hindi ka sigurado, maghintay. Puwede ka namang mag-post mamaya. Mas mahirap bawiin ang post na nailabas na.
# Card 5: cleaning up old posts and checking privacy settings.
card-clean-up =
    Paminsan-minsan, i-check-up ang footprint mo.
    I-search ang pangalan at mga username mo para makita kung ano ang lumalabas.
    Mag-scroll pabalik sa mga lumang post. I-delete o itago ang mga hindi na sumasalamin sa iyo.
    Tapos tingnan ang mga privacy setting mo. Sino ang nakakakita ng posts mo? Sino ang puwedeng mag-tag o mag-message sa iyo? Sino ang makakahanap sa iyo gamit ang phone number mo?
    Gawing private ang account mo kung gusto mo, at i-review ang listahan ng friends at followers mo.
# Card 6: a positive footprint, and who to talk to.
card-positive-footprint =
    Puwede ring makatulong sa iyo ang footprint mo.
    I-share ang mga bagay na ipinagmamalaki mo: art, music, sports, isang project, isang adbokasiyang mahalaga sa iyo.
    Ipinapakita ng mababait na comment at ng pagtatanggol sa iba kung sino ka.
    Kung may bagay tungkol sa iyo online na gusto mong mawala, hindi ka nag-iisa.
    Kausapin ang nakatatandang pinagkakatiwalaan mo, o i-tap ang button na Tulong para makahanap ng suporta.

# Question: true or false about posts that disappear.
q-disappearing-post = Puwede pa ring ma-save ng iba ang post na nawawala pagkalipas ng 24 oras.
    .hint = Isipin kung ano ang kayang gawin ng kahit sino gamit ang sarili niyang phone habang nakalabas pa ang post.
    .explanation = Tama. Kahit sino ay puwedeng mag-screenshot o mag-screen record. Ang ibig sabihin lang ng "nawawala" ay itinatago ito ng app, hindi na walang kopya nito.
# Feedback if the teen picks "true" (right).
q-disappearing-post-true =
    .feedback = Tama. Isang segundo lang ang screenshot. Mag-post na parang puwede itong ma-save.
# Feedback if the teen picks "false" (wrong).
q-disappearing-post-false =
    .feedback = Hindi pa eksakto. Baka itago ng app ang post, pero puwedeng may kopya sa screenshot o screen recording.

# Question: choose all that apply, about clues to where you are.
q-location-clues = Alin sa mga ito ang puwedeng magpakita sa iba kung saan ka nakatira o nag-aaral? Piliin ang lahat ng tamang sagot.
    .hint = Magagamit ba ito ng isang tao para makahanap ng lugar sa mapa?
    .explanation = Puwedeng magturo sa totoong lugar ang mga logo, karatula ng kalye, at live map. Hindi ito kaya ng langit o ng kanta.
# Answer option (shows location).
q-location-clues-school-logo = Ang logo ng paaralan mo sa suot mong damit
    .feedback = Oo. Puwedeng sabihin ng logo sa iba kung saang paaralan ka pumapasok.
# Answer option (shows location).
q-location-clues-street-sign = Karatula ng kalye sa likod mo
    .feedback = Oo. Puwedeng ituro ng pangalan ng kalye kung saan ka nakatira o tumatambay.
# Answer option (shows location).
q-location-clues-live-map = Naka-on ang live location sa isang map app
    .feedback = Oo. Ipinapakita ng live location kung nasaan ka ngayon mismo. I-share lang ito sa mga taong kilalang-kilala mo.
# Answer option (does not show location).
q-location-clues-sunset-sky = Litrato ng langit sa paglubog ng araw
    .feedback = Hindi pa eksakto. Hindi sinasabi ng langit lang kung nasaan ka.
# Answer option (does not show location).
q-location-clues-favourite-song = Ang paborito mong kanta
    .feedback = Hindi pa eksakto. Hindi nagpapakita ng lugar ang kanta. Okay lang itong i-share.

# Question: a scenario about being tagged in a photo you don't like.
q-tagged-photo = Ano ang puwede mong gawin tungkol sa litrato?
    .situation = Nag-post ang isang kaibigan ng group photo mula sa isang party at ni-tag ka. Hindi mo gusto ang itsura mo, at ayaw mong makita ito ng pamilya mo.
    .hint = Isipin kung ano ang makakaayos dito at mapapanatiling okay ang pagkakaibigan ninyo.
    .explanation = Pinakamagandang simula ang pakiusapan ang kaibigan mo na tanggalin ito. Nakakatulong din ang pag-untag at pag-check ng tag settings mo. Kadalasang lumalala ito kapag gumanti ka o nag-iwan ng galit na comment.
# Action (best).
q-tagged-photo-ask-to-remove = I-message ang kaibigan ko at pakiusapan siyang tanggalin ito o i-untag ako.
    .feedback = Pinakamagandang hakbang. Tatanggalin ito ng karamihan ng kaibigan kung hihilingin mo. Kung ayaw nila, puwede mo itong i-report.
# Action (also good).
q-tagged-photo-untag-and-settings = Tanggalin ang tag, tapos i-set ang app na i-review muna ang mga tag bago lumabas.
    .feedback = Magandang hakbang. Hindi ito lalabas sa profile mo, at hindi na ito mauulit sa susunod.
# Action (not helpful).
q-tagged-photo-post-one-back = Mag-post ng pangit na litrato niya para makaganti.
    .feedback = Hindi pa eksakto. Normal lang na mainis, pero madadagdagan nito ang footprint ninyong dalawa. Mas malamang gumana ang pakiusap.
# Action (not helpful).
q-tagged-photo-angry-comment = Mag-iwan ng galit na comment sa ilalim ng litrato.
    .feedback = Hindi pa eksakto. Mas maraming tao ang titingin sa litrato dahil sa comment. Mas gumagana ang private message.

# Question: single choice about a good question to ask before posting.
q-before-posting = Alin ang magandang tanong sa sarili bago ka mag-post?
    .hint = Isipin kung sino ang puwedeng makakita nito sa hinaharap, hindi lang ngayon.
    .explanation = Nakakatulong ang tanong na "Okay lang ba sa akin kung makita ito ng kahit sino?", dahil puwedeng ma-save at ma-share ang posts lampas sa mga kaibigan mo.
# Answer option (right).
q-before-posting-okay-if-seen = Okay lang ba sa akin kung makita ito ng pamilya ko, ng isang guro, o ng magiging boss ko balang araw?
    .feedback = Tama. Kung hindi ang sagot, maghintay o huwag itong i-post.
# Answer option (wrong).
q-before-posting-enough-likes = Makakakuha ba ito ng sapat na likes?
    .feedback = Hindi pa eksakto. Masaya ang likes, pero hindi nila sinasabi kung ligtas o mabait ang isang post.
# Answer option (wrong).
q-before-posting-friends-only-safe = Sa mga kaibigan ko lang ba ito mapupunta, kaya ligtas ito?
    .feedback = Hindi pa eksakto. Puwedeng mag-screenshot at mag-share ang mga kaibigan. Isipin din kung sino ang puwedeng makakita nito sa hinaharap.

# Question: put the clean-up steps in order.
q-clean-up-steps = Ayusin nang sunud-sunod ang mga hakbang na ito sa pag-check-up ng footprint mo.
    .hint = Alamin muna kung ano ang nasa labas. Ano ang huli mong gagawin, para manatiling ayos ito?
    .explanation = Mag-search muna para makita kung ano ang nahahanap ng iba. Tingnan ang mga lumang post, tapos i-delete o itago. Sa huli, higpitan ang mga setting mo para manatiling ayos ang inayos mo.
# Step 1.
q-clean-up-steps-search-your-name = I-search ang pangalan at mga username mo
    .feedback = Dito magsimula. Ipinapakita nito kung ano ang nahahanap ng ibang tao.
# Step 2.
q-clean-up-steps-scroll-old-posts = Mag-scroll pabalik sa mga lumang post
    .feedback = Susunod, tingnan ang mga pinost mo noon.
# Step 3.
q-clean-up-steps-delete-or-hide = I-delete o itago ang mga post na hindi na sumasalamin sa iyo
    .feedback = Tapos tanggalin ang ayaw mo nang nasa labas.
# Step 4.
q-clean-up-steps-tighten-settings = Tingnan kung sino ang puwedeng makakita, mag-tag, at mag-message sa iyo
    .feedback = Sa huli, ayusin ang mga setting mo para mapunta lang ang mga bagong post kung saan mo gusto.

# Question: true or false about private accounts.
q-private-means-safe = Kapag private ang account mo, hindi kailanman maishe-share ang kahit anong pino-post mo.
    .hint = Sino pa rin ang nakakakita ng private post, at ano ang kaya nilang gawin dito?
    .explanation = Mali. Malaking tulong ang private account, pero puwede pa ring mag-screenshot at mag-share ang followers. Mag-isip muna, kahit naka-private.
# Feedback if the teen picks "true" (wrong).
q-private-means-safe-true =
    .feedback = Hindi pa eksakto. Nakakatulong ang private, pero puwede pa ring mag-save at mag-share ang mga nagfo-follow sa iyo.
# Feedback if the teen picks "false" (right).
q-private-means-safe-false =
    .feedback = Tama. Magandang setting ang private, pero hindi ito kandado. Puwede pa ring mag-save ng posts ang followers mo.

# Question: choose all that apply, about a positive footprint.
q-build-positive = Alin sa mga ito ang nakakatulong para makabuo ng footprint na maipagmamalaki mo? Piliin ang lahat ng tamang sagot.
    .hint = Alin ang ikatutuwa mong makita ng kahit sino?
    .explanation = Ipinapakita ng pag-share ng gawa mo, pagiging mabait, at pagsuporta sa isang adbokasiya ang totoong ikaw. Ang pakikisali sa sama-samang pang-aasar o ang pag-share ng sikreto ay nakakasakit ng iba at dumidikit sa iyo.
# Answer option (helps).
q-build-positive-share-your-work = Pag-post ng art, music, o project mo
    .feedback = Oo. Ipinapakita nito ang mga galing mo at ang mahalaga sa iyo.
# Answer option (helps).
q-build-positive-kind-comments = Pag-iwan ng mababait at nakakatulong na comment
    .feedback = Oo. Bahagi rin ng footprint mo ang kabaitan.
# Answer option (helps).
q-build-positive-support-a-cause = Pag-share ng adbokasiya o charity na sinusuportahan mo
    .feedback = Oo. Ipinapakita nito kung ano ang mahalaga sa iyo.
# Answer option (does not help).
q-build-positive-join-a-pile-on = Pakikisali kapag pinagtutulungang tuksuhin ng isang grupo ang isang tao
    .feedback = Hindi pa eksakto. Nakakasakit ng totoong tao ang sama-samang pang-aasar, at nananatili ito sa footprint mo.
# Answer option (does not help).
q-build-positive-post-a-secret = Pag-post ng sikreto ng kaibigan para may mapagtawanan
    .feedback = Hindi pa eksakto. Sinisira nito ang tiwala niya, at kuwento niya iyon na siya ang dapat mag-share, hindi ikaw.

# Question: a scenario about an old post.
q-old-joke = Ano ang puwede mong gawin tungkol sa lumang post?
    .situation = 16 ka na. Habang nag-i-scroll pabalik, nakita mo ang masakit na birong pinost mo tungkol sa isang kaklase noong 12 ka pa.
    .hint = Isipin ang post, at ang taong tinutukoy nito.
    .explanation = Pinakamagandang hakbang ang i-delete ito at mag-sorry. Maganda rin ang i-delete lang ito. Hindi ito naaayos kung iiwan mo lang o magtatago ka sa likod ng bagong account. Nagbabago ang mga tao; ipinapakita iyon ng paglilinis.
# Action (best).
q-old-joke-delete-and-apologise = I-delete ito, at mag-sorry sa kaklase kung sa tingin mo ay tama.
    .feedback = Pinakamagandang hakbang. Tinanggal mo ito at inako mo ito. Kailangan ng lakas ng loob diyan.
# Action (also good).
q-old-joke-delete-it = I-delete ang post.
    .feedback = Magandang hakbang. Wala na ito sa profile mo. Makakatulong din ang pag-sorry.
# Action (not helpful).
q-old-joke-leave-it = Hayaan na lang. Ilang taon na iyon, kaya walang titingin.
    .feedback = Hindi pa eksakto. Nahahanap talaga ang mga lumang post. Puwede mo pa rin itong tanggalin ngayon.
# Action (not helpful).
q-old-joke-new-account = Gumawa ng bagong account at hayaan ang luma.
    .feedback = Hindi pa eksakto. Nandiyan pa rin ang lumang account. Linisin ito o i-delete.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Itanong: ano ang malalaman ng isang tao tungkol sa iyo mula sa public profile mo ngayon? Pag-usapan ang pagkakaiba ng mga post na nananatili at ng mga post na nakakatulong sa iyo, at kung sino ang puwede mong hingan ng tulong kung may bagay tungkol sa iyo online na gusto mong mawala.
