# SafeSteps — MIT OR Apache-2.0

### Lesson: Privacy settings (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Keep sentences short. Settings are a skill, not a reason to be scared.

# Lesson name on the lesson card.
lesson-title = Ang mga privacy setting mo
# One line under the lesson name.
lesson-summary = Piliin kung sino ang makakakita ng posts mo, sino ang puwedeng mag-message sa iyo, at sino ang nakakaalam kung nasaan ka.

# Card 1: what settings are and why to check them.
card-why-settings =
    Sa mga setting, ikaw ang pumipili kung sino ang makakakita ng posts mo at sino ang puwedeng kumausap sa iyo.
    Mayroon nito ang karamihan ng app at laro. Hanapin ang menu o ang maliit na icon na gear.
    Hindi laging pribado ang mga bagong app sa simula.
    Kaya tingnan ang mga setting tuwing may bago kang app o laro.
# Card 2: private accounts and friend requests.
card-private-account =
    Kapag private ang account mo, ang mga taong pinayagan mo lang ang makakakita ng posts mo.
    Panatilihing pribado ang account mo.
    Tanggapin lang ang mga friend request mula sa mga taong kilala mo sa totoong buhay.
    Okay lang na tanggihan ang isang request. Puwede ka ring mag-alis ng friend sa ibang araw.
# Card 3: choosing who can message you and talk to you.
card-who-can-message =
    Sa maraming laro at app, puwede mong piliin kung sino ang puwedeng mag-message o kumausap sa iyo sa voice chat.
    Piliin ang "mga kaibigan lang" o "walang sinuman."
    Sa gayon, hindi ka mapapadalhan ng mensahe ng mga taong hindi mo kilala.
    Sa mga video app, puwede mo ring piliin kung sino ang puwedeng mag-comment sa mga video mo.
# Card 4: turning off location sharing.
card-location =
    May mga app na kayang ipakita sa mapa kung nasaan ka. May mga app na naglalagay ng location mo sa mga litrato mo.
    I-off ang location sharing. O ibahagi lang ito sa pamilya mo.
    Tingnan ang mga setting ng mapa sa mga chat app mo, at ang mga setting ng camera sa phone mo.
# Card 5: check settings with a trusted adult; not the child's fault; Help.
card-check-together =
    Puwedeng magbago ang mga setting kapag nag-update ang app. Tingnan ang mga ito paminsan-minsan kasama ang nakatatandang pinagkakatiwalaan mo.
    Nakakatulong ang mga setting, pero hindi nila kayang pigilan ang lahat. Kahit ang taong kilala mo ay puwedeng gumawa ng mga bagay na parang mali.
    Kung may nagpasama ng loob mo, hindi mo ito kasalanan.
    Sabihin sa nakatatandang pinagkakatiwalaan mo. Puwede mo ring i-tap ang Tulong para makahanap ng makakausap.

# Question: single choice about what a private account is.
q-private-means = Ano ang ibig sabihin ng private account?
    .hint = Isipin kung sino ang pinapayagan mo.
    .explanation = Sa private account, ang mga taong tinanggap mo lang ang makakakita ng posts mo. Kaya mabuting tanggapin lang ang mga taong kilala mo.
# Answer option (right).
q-private-means-only-people-you-accept = Ang mga taong pinayagan ko lang ang makakakita ng posts ko.
    .feedback = Tama! Ikaw ang pumipili kung sino ang makakakita ng posts mo. Payagan lang ang mga taong kilala mo sa totoong buhay.
# Answer option (wrong).
q-private-means-no-one-at-all = Walang kahit sinong makakakita ng posts ko.
    .feedback = Hindi pa eksakto. Makikita pa rin ang mga ito ng mga taong tinanggap mo. Kaya pumili nang maingat.
# Answer option (wrong).
q-private-means-everyone-but-parents = Makikita ng lahat maliban sa mga magulang ko.
    .feedback = Hindi pa eksakto. Tungkol sa kung sino ang tinatanggap mo ang private account. Hindi ito para magtago ng mga bagay sa pamilya mo.

# Question: a scenario. The situation is shown first, then the question.
q-leo-friend-request = Ano ang puwedeng gawin ni Leo?
    .situation = Si Leo, 11, ay nakatanggap ng friend request sa isang video app. Hindi niya kilala ang tao. Sabi sa profile nito, 12 taong gulang siya at gusto niya ang mga larong gusto rin ni Leo.
    .hint = Kilala ba ni Leo ang taong ito sa totoong buhay? Kahit sino ay puwedeng magsulat ng kahit ano sa profile.
    .explanation = Puwedeng magsabi ng kahit ano ang profile. Hindi kilala ni Leo ang taong ito sa totoong buhay. Kapag nagtanong siya sa nakatatandang pinagkakatiwalaan niya, o tumanggi siya, mananatiling private ang account niya.
# Action (best).
q-leo-friend-request-check-with-adult = Magtanong muna sa nakatatandang pinagkakatiwalaan niya bago gumawa ng anuman.
    .feedback = Pinakamagandang pili! Matutulungan ng nakatatanda si Leo na tingnan ang mga setting niya at magpasya. Puwedeng tanggihan ni Leo ang request.
# Action (also good).
q-leo-friend-request-decline-request = Tanggihan ang request.
    .feedback = Magandang pili. Hindi siya kilala ni Leo sa totoong buhay. Laging okay ang tumanggi.
# Action (not helpful).
q-leo-friend-request-accept-same-age = Tanggapin. Kaedad siya ni Leo at pareho sila ng gustong laro.
    .feedback = Hindi pa eksakto. Kahit sino ay puwedeng magsabing 12 siya sa profile. Hindi siya kilala ni Leo sa totoong buhay.
# Action (not helpful).
q-leo-friend-request-accept-and-see = Tanggapin muna. Puwede naman niya itong alisin sa ibang araw.
    .feedback = Hindi pa eksakto. Kapag natanggap na siya, makikita na niya ang posts ni Leo. Mas ligtas na tumanggi muna.

# Question: single choice about who can message you in a new game.
q-who-messages = Nagsimula ka ng bagong laro. Sino ang pinakamainam na payagang mag-message sa iyo?
    .hint = Isipin ang mga taong kilala mo sa totoong buhay.
    .explanation = Sa mga ito, "mga kaibigan lang" ang pinakaligtas. Sa gayon, hindi ka mapapadalhan ng mensahe ng mga taong hindi mo kilala. Okay din ang "walang sinuman."
# Answer option (right).
q-who-messages-friends-only = Mga kaibigan lang
    .feedback = Tama! Sa gayon, ang mga taong pinayagan mo lang ang puwedeng mag-message sa iyo.
# Answer option (wrong).
q-who-messages-everyone = Lahat
    .feedback = Hindi pa eksakto. Sa gayon, kahit sino ay puwedeng mag-message sa iyo, kahit ang mga taong hindi mo kilala.
# Answer option (wrong).
q-who-messages-anyone-with-good-name = Kahit sinong may magandang pangalan
    .feedback = Hindi pa eksakto. Kahit sino ay puwedeng pumili ng magandang pangalan. Hindi nito sinasabi kung sino talaga sila.

# Question: true or false about sharing location on a map.
q-map-sharing = Kayang ipakita ng isang chat app sa mga kaibigan mo kung nasaan ka sa mapa. Pinakaligtas na i-off ito, o ibahagi lang sa pamilya.
    .hint = Sino ang gusto mong makaalam kung nasaan ka?
    .explanation = Pribado kung nasaan ka. I-off ito, o ibahagi lang sa pamilya mo.
# Feedback if the child picks "true" (right).
q-map-sharing-true =
    .feedback = Tama! Pribado kung nasaan ka. Para lang ito sa pamilya mo.
# Feedback if the child picks "false" (wrong).
q-map-sharing-false =
    .feedback = Hindi pa eksakto. Kayang ipakita ng mapa kung saan ka nakatira at saan ka nag-aaral. I-off ito, o ibahagi lang sa pamilya.

# Question: sort settings into two groups.
q-safer-or-not = Ilagay ang bawat setting sa tamang grupo.
    .hint = Itanong: dahil ba rito, makikita o mahahanap ako ng mga taong hindi ko kilala?
    .explanation = Mas ligtas ang private account, naka-off na location, at comments mula sa mga kaibigan lang. Hindi gaanong ligtas ang public account, messages mula sa kahit sino, at location mo sa mapa.
# Group name.
q-safer-or-not-safer = Mas ligtas
# Group name.
q-safer-or-not-less-safe = Hindi gaanong ligtas
# Item to sort (safer).
q-safer-or-not-account-private = Private ang account ko
    .feedback = Mas ligtas. Ang mga taong tinanggap mo lang ang makakakita ng posts mo.
# Item to sort (safer).
q-safer-or-not-location-off = Naka-off ang location sharing
    .feedback = Mas ligtas. Hindi maipapakita ng app sa iba kung nasaan ka.
# Item to sort (safer).
q-safer-or-not-comments-friends-only = Mga kaibigan lang ang puwedeng mag-comment sa mga video ko
    .feedback = Mas ligtas. Hindi makakapag-iwan ng comments ang mga taong hindi mo kilala.
# Item to sort (less safe).
q-safer-or-not-account-public = Public ang account ko
    .feedback = Hindi gaanong ligtas. Kahit sino ay makakakita ng posts mo. Subukang gawin itong private.
# Item to sort (less safe).
q-safer-or-not-messages-from-anyone = Kahit sino ay puwedeng mag-message sa akin
    .feedback = Hindi gaanong ligtas. Mapapadalhan ka ng mensahe ng mga taong hindi mo kilala. Subukan ang "mga kaibigan lang."
# Item to sort (less safe).
q-safer-or-not-location-on-map = Nasa mapa ang location ko para makita ng lahat
    .feedback = Hindi gaanong ligtas. Makikita ng iba kung nasaan ka. I-off ito.

# Question: multiple choice, "choose all that apply".
q-new-game-check = May bago kang laro. Aling mga setting ang magandang tingnan? Piliin ang lahat ng tamang sagot.
    .hint = Itanong: binabago ba ng setting na ito kung sino ang makakakontak o makakahanap sa akin?
    .explanation = Tingnan kung sino ang puwedeng mag-message sa iyo, sino ang makakakita ng profile mo, ang location mo, at ang voice chat. Ikaw ang bahala sa screen at tunog.
# Answer option (good to check).
q-new-game-check-message-settings = Kung sino ang puwedeng mag-message sa akin
    .feedback = Magandang tingnan. Piliin ang "mga kaibigan lang" o "walang sinuman."
# Answer option (good to check).
q-new-game-check-profile-settings = Kung sino ang makakakita ng profile ko
    .feedback = Magandang tingnan. Panatilihing pribado ang profile mo.
# Answer option (good to check).
q-new-game-check-location-settings = Kung sino ang makakakita ng location ko
    .feedback = Magandang tingnan. I-off ang location sharing.
# Answer option (good to check).
q-new-game-check-voice-chat-settings = Kung sino ang puwedeng kumausap sa akin sa voice chat
    .feedback = Magandang tingnan. Piliin ang mga kaibigan lang, o i-off ito.
# Answer option (not a safety setting).
q-new-game-check-screen-brightness = Kung gaano kaliwanag ang screen ko
    .feedback = Hindi pa eksakto. Ikaw ang bahala sa liwanag. Hindi nito binabago kung sino ang makakakontak sa iyo.
# Answer option (not a safety setting).
q-new-game-check-music-volume = Kung gaano kalakas ang music
    .feedback = Hindi pa eksakto. Ikaw ang bahala sa music. Hindi nito binabago kung sino ang makakakontak sa iyo.

# Question: true or false about checking settings more than once.
q-set-once = Kapag naayos mo na ang mga setting mo, hindi mo na kailangang tingnan ulit ang mga ito.
    .hint = Ano ang puwedeng mangyari kapag nag-update ang app?
    .explanation = Puwedeng baguhin ng mga update ang mga setting. Tingnan ang mga ito paminsan-minsan kasama ang nakatatandang pinagkakatiwalaan mo.
# Feedback if the child picks "true" (wrong).
q-set-once-true =
    .feedback = Hindi pa eksakto. Puwedeng baguhin ng update ang mga setting mo. Tingnan ang mga ito paminsan-minsan.
# Feedback if the child picks "false" (right).
q-set-once-false =
    .feedback = Tama! Puwedeng magbago ang mga setting. Matalinong tingnan ang mga ito paminsan-minsan kasama ang isang nakatatanda.

# Question: single choice about someone getting past a block.
q-new-account-again = May na-block ka sa isang laro. Ngayon, nagme-message siya sa iyo mula sa bagong account. Ano ang gagawin mo?
    .hint = Sino ang makakatulong sa iyo kapag hindi sapat ang pag-block?
    .explanation = Sabihin sa nakatatandang pinagkakatiwalaan mo. I-save ang mga mensahe, tapos i-block at i-report ang bagong account. Hindi mo kasalanan na bumalik siya.
# Answer option (right).
q-new-account-again-tell-block-report = Sabihin sa nakatatandang pinagkakatiwalaan ko. Tapos i-block at i-report ang bagong account.
    .feedback = Tama! Matutulungan ka ng nakatatanda na i-save ang mga mensahe, mag-report, at tingnan ang mga setting mo. Hindi mo ito kasalanan.
# Answer option (wrong).
q-new-account-again-reply-to-stop-them = Sumagot at pakiusapan siyang tumigil.
    .feedback = Hindi pa eksakto. Kapag sumagot ka, baka patuloy siyang makipag-usap. Sabihin sa nakatatanda, tapos i-block at i-report.
# Answer option (wrong).
q-new-account-again-tell-no-one = I-delete ang laro at huwag sabihin kaninuman.
    .feedback = Hindi pa eksakto. Hindi mo kailangang harapin ito nang mag-isa. Itabi ang mga mensahe, at sabihin sa nakatatandang pinagkakatiwalaan mo.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Itanong: anong mga app at laro ang ginagamit ninyo, at nasaan ang mga setting nila? Pumili ng isa at pag-usapan kung sino ang makakakita ng posts, sino ang puwedeng mag-message, at sino ang makakakita ng location. Sino ang puwedeng tumulong sa inyong tingnan ang mga ito?
