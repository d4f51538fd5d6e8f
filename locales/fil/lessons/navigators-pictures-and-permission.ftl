# SafeSteps — MIT OR Apache-2.0

### Lesson: Pictures and permission (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Name actions and feelings; never describe images or abuse.

# Lesson name on the lesson card.
lesson-title = Mga litrato at pahintulot
# One line under the lesson name.
lesson-summary = Matutong magtanong bago mag-post, mag-isip bago mag-share, at alamin ang gagawin kung may humingi sa iyo ng litrato.

# Card 1: ask before posting photos of other people.
card-ask-first =
    Masayang paraan ang mga litrato at video para ibahagi ang ginagawa mo.
    Pero bago mo i-post ang litrato ng kaibigan mo, magtanong muna sa kaniya.
    May mga taong ayaw na nasa online ang litrato nila, at okay lang iyon.
    Kung ayaw nila, huwag itong i-post.
    Ganito rin sa mga group photo at nakakatawang video.
# Card 2: think before sharing your own photos.
card-think-before-sharing =
    Bago mo i-post ang sarili mong litrato, huminto at mag-isip.
    Sino ang makakakita nito? Ipinapakita ba nito ang paaralan mo, ang kalye ninyo, o kung nasaan ka?
    Kapag nasa online na ang litrato, puwede itong kopyahin at i-share ng iba.
    Hindi mo laging mababawi ito.
    Hindi sigurado? Magtanong sa nakatatandang pinagkakatiwalaan mo.
# Card 3: never share someone else's private picture.
card-private-pictures =
    May mga litratong pribado, o para lang sa isang tao.
    Huwag kailanman i-share ang pribadong litrato ng iba. Huwag itong ipasa, i-post, o ipakita sa iba.
    Puwedeng makasakit nang husto sa kaniya ang pag-share nito.
    Kung may nagpadala sa iyo ng ganito, huwag itong i-save o ipasa. Sabihin sa nakatatandang pinagkakatiwalaan mo.
# Card 4: if someone asks for pictures: say no and tell.
card-if-someone-asks =
    Baka may humingi sa iyo ng litratong hindi ka sigurado kung okay ipadala.
    Puwedeng estranghero ito, kaibigan online, o taong kilala mo.
    Puwede kang tumanggi kahit kailan. Walang dapat humingi sa isang bata ng litrato niyang walang damit.
    Babalang senyales din ang pagpapalihim nito sa iyo.
    Tumanggi, tumigil sa pagsagot, at sabihin sa nakatatandang pinagkakatiwalaan mo.
# Card 5: not the child's fault; help is there; Help screen.
card-not-your-fault =
    Kung may namilit sa iyong magpadala ng litrato, o nag-share ng litrato mo, hindi mo ito kasalanan.
    Puwede ka pa ring humingi ng tulong, kahit may naipadala ka na dati.
    Sabihin sa nakatatandang pinagkakatiwalaan mo. Matutulungan ka nilang i-report ito at ipatanggal.
    Puwede mo ring i-tap ang Tulong para makahanap ng makakausap.

# Question: single choice about posting a photo of friends.
q-lunch-photo = Kinunan mo ng nakakatawang litrato ang mga kaibigan mo noong tanghalian. Gusto mo itong i-post. Ano ang una mong dapat gawin?
    .hint = Kaninong litrato ito? Sino ang dapat pumili?
    .explanation = Tanungin ang lahat ng nasa litrato bago mo ito i-post. Kung may isang ayaw, huwag itong i-post.
# Answer option (right).
q-lunch-photo-ask-everyone = Tanungin ang lahat ng nasa litrato kung okay lang.
    .feedback = Tama! May karapatang magsabi ang lahat ng nasa litrato. Kung may isang ayaw, huwag itong i-post.
# Answer option (wrong).
q-lunch-photo-post-and-tag = I-post ito at i-tag sila para makita nila.
    .feedback = Hindi pa eksakto. Hindi pareho ang pag-tag at ang pagtatanong. Magtanong muna.
# Answer option (wrong).
q-lunch-photo-post-then-delete = I-post ito, at tanggalin kung may magalit.
    .feedback = Hindi pa eksakto. Sa puntong iyon, baka nakita o na-save na ito ng iba. Magtanong muna.

# Question: true or false about posting after a friend says no.
q-friend-says-no = Kung ayaw ng kaibigan mo, okay lang na i-post pa rin ang litrato niya kung maganda ito.
    .hint = Kaninong desisyon ito kapag ang kaibigan mo ang nasa litrato?
    .explanation = Ang kaibigan mo ang pipili kung ano ang ilalagay online tungkol sa kaniya. Kung ayaw niya, huwag itong i-post.
# Feedback if the child picks "true" (wrong).
q-friend-says-no-true =
    .feedback = Hindi pa eksakto. Kahit magandang litrato, kailangan ng "oo." Kung ayaw ng kaibigan mo, huwag itong i-post.
# Feedback if the child picks "false" (right).
q-friend-says-no-false =
    .feedback = Tama! Ang hindi ay hindi, kahit sa napakagandang litrato. Ganiyan ka nagpapakita ng respeto.

# Question: a scenario. The situation is shown first, then the question.
q-group-chat-photo = Ano ang puwede mong gawin?
    .situation = May nagpadala sa group chat ng klase ninyo ng pribadong litrato ng isang kaklase. Nagpapadala ng mga tumatawang emoji ang iba.
    .hint = Ano kaya ang nararamdaman ng kaklase ninyo? Sino ang makakatulong na pigilan ito?
    .explanation = Huwag itong ipasa. Sabihin sa nakatatandang pinagkakatiwalaan mo, at i-report ito sa app. Nakakatulong din ang pangungumusta sa kaklase mo. Lalo siyang nasasaktan kapag ipinapasa ito o kapag nakikitawa ka.
# Action (best).
q-group-chat-photo-dont-share-tell-adult = Huwag itong ipasa. Sabihin sa nakatatandang pinagkakatiwalaan mo.
    .feedback = Pinakamagandang pili! Matutulungan ng nakatatanda na maipatanggal ang litrato. Walang dapat sumisi sa iyo dahil nagsabi ka.
# Action (also good).
q-group-chat-photo-report-and-check-in = I-report ang litrato sa app, at kumustahin ang kaklase mo.
    .feedback = Magandang pili. Nakakatulong ang pag-report, at mahalaga ang kabaitan mo. Sabihin din sa isang nakatatanda.
# Action (not helpful).
q-group-chat-photo-send-it-on = Ipadala ito sa isang kaibigan para itanong kung ano ang tingin niya.
    .feedback = Hindi pa eksakto. Kapag ipinasa mo ito, lalo itong kumakalat. Huwag itong ipasa. Sabihin sa nakatatandang pinagkakatiwalaan mo.
# Action (not helpful).
q-group-chat-photo-laugh-along = Magpadala ng tumatawang emoji para makisabay.
    .feedback = Hindi pa eksakto. Puwedeng mahirap ang hindi makisali. Pero lalong masasaktan ang kaklase mo kapag nakitawa ka.

# Question: a scenario. The situation is shown first, then the question.
q-nico-asked = Ano ang puwedeng gawin ni Nico?
    .situation = Ilang linggo nang ka-chat ni Nico, 11, ang isang player na si Max. Sabi ni Max, "Padalhan mo ako ng litrato mo. Para sa akin lang. Huwag mong sabihin kahit kanino."
    .hint = Maghanap ng babalang senyales. Puwede bang tumanggi si Nico?
    .explanation = Babalang senyales ang paghingi ng litrato at ang pagpapalihim. Puwedeng tumanggi si Nico at magsabi sa nakatatandang pinagkakatiwalaan niya. Nakakatulong din ang pag-block at pag-report kay Max.
# Action (best).
q-nico-asked-say-no-tell-adult = Tumanggi. Sabihin sa nakatatandang pinagkakatiwalaan niya.
    .feedback = Pinakamagandang pili! Puwedeng tumanggi si Nico kahit kailan. Matutulungan siya ng isang nakatatanda na i-report si Max at manatiling ligtas.
# Action (also good).
q-nico-asked-stop-block-report = Tumigil sa pagsagot. I-save ang chat, tapos i-block at i-report si Max.
    .feedback = Magandang pili. Nakakatulong ang pag-save ng chat kapag nag-report ka. Mas maganda pa kung magsasabi rin sa isang nakatatanda.
# Action (not helpful).
q-nico-asked-send-face-only = Magpadala ng litrato ng mukha lang niya.
    .feedback = Hindi pa eksakto. Hiniling ni Max na ilihim ito ni Nico. Babalang senyales iyan. Puwedeng tumanggi si Nico.
# Action (not helpful).
q-nico-asked-send-to-keep-friend = Ipadala ito para manatili silang magkaibigan ni Max.
    .feedback = Hindi pa eksakto. Tinatanggap ng tunay na kaibigan ang "hindi." Puwedeng tumanggi si Nico at magsabi sa isang nakatatanda.

# Question: multiple choice, "choose all that apply".
q-before-you-post = Bago mo i-post ang sarili mong litrato, ano ang magandang tingnan? Piliin ang lahat ng tamang sagot.
    .hint = Aling mga bagay ang makakatulong para mahanap ka ng iba?
    .explanation = Tingnan kung may logo ng paaralan, ang kalye o bahay ninyo, location tag, at kung sino ang makakakita ng post. Hindi binabago ng likes at filters ang kaligtasan mo.
# Answer option (good to check).
q-before-you-post-school-logo = Nakikita ba ng iba ang logo ng paaralan ko?
    .feedback = Magandang tingnan. Puwedeng ipakita ng logo kung saan ka nag-aaral.
# Answer option (good to check).
q-before-you-post-street-or-house = Nakikita ba ng iba ang kalye o bahay namin?
    .feedback = Magandang tingnan. Puwedeng ipakita ng karatula ng kalye o ng bahay kung saan ka nakatira.
# Answer option (good to check).
q-before-you-post-who-can-see = Sino ang makakakita ng post na ito?
    .feedback = Magandang tingnan. Ipakita lang ito sa mga taong kilala mo sa totoong buhay.
# Answer option (good to check).
q-before-you-post-location-tag = Naka-tag ba ang location ko?
    .feedback = Magandang tingnan. Ipinapakita ng location tag kung nasaan ka. I-off ito.
# Answer option (not about safety).
q-before-you-post-how-many-likes = Makakakuha ba ito ng maraming likes?
    .feedback = Hindi pa eksakto. Masaya ang likes, pero hindi ka nila pinapanatiling ligtas.
# Answer option (not about safety).
q-before-you-post-coolest-filter = Aling filter ang pinakaastig?
    .feedback = Hindi pa eksakto. Ikaw ang bahala sa filter. Hindi nito binabago kung sino ang makakakita ng litrato.

# Question: true or false about photos being copied.
q-copied-and-shared = Kapag nasa online na ang litrato, puwede itong kopyahin at i-share ng iba.
    .hint = Isipin ang mga screenshot.
    .explanation = Oo. Puwedeng mag-screenshot o mag-save ng litrato ang iba. Kaya mabuting mag-isip bago mag-post.
# Feedback if the child picks "true" (right).
q-copied-and-shared-true =
    .feedback = Tama! Isang segundo lang ang screenshot. Kaya mag-isip bago mag-post.
# Feedback if the child picks "false" (wrong).
q-copied-and-shared-false =
    .feedback = Hindi pa eksakto. Kahit i-delete mo ang litrato, baka may nakapag-save na nito.

# Question: sort photos into three groups.
q-post-ask-or-never = Ilagay ang bawat litrato sa tamang grupo.
    .hint = Sino ang nasa litrato? Pribado ba dapat ito?
    .explanation = Okay lang i-post ang sarili mong drawing o ang paglubog ng araw. Kailangan muna ng "oo" para sa mga litrato ng kaibigan. Ang mga pribadong litrato ng ibang tao ay hinding-hindi mo puwedeng i-share.
# Group name.
q-post-ask-or-never-okay-to-post = Okay lang i-post
# Group name.
q-post-ask-or-never-ask-first = Magtanong muna
# Group name.
q-post-ask-or-never-never-share = Huwag kailanman i-share
# Item to sort (okay to post).
q-post-ask-or-never-my-drawing = Litrato ng drawing ko
    .feedback = Sa iyo ang drawing mo, kaya puwede mo itong i-share. Tingnan lang na wala rito ang pangalan mo.
# Item to sort (okay to post).
q-post-ask-or-never-sunset = Litrato ng paglubog ng araw
    .feedback = Okay lang i-post ang paglubog ng araw. Tingnan lang na naka-off ang location.
# Item to sort (ask first).
q-post-ask-or-never-friend-at-party = Ang kaibigan ko sa isang party
    .feedback = Magtanong muna. Ang kaibigan mo ang pipili kung ilalagay ito online.
# Item to sort (ask first).
q-post-ask-or-never-team-photo = Ang team ko pagkatapos ng laban
    .feedback = Magtanong muna. May karapatang magsabi ang lahat ng nasa litrato.
# Item to sort (never share).
q-post-ask-or-never-photo-sent-just-to-me = Litratong ipinadala sa akin lang
    .feedback = Huwag kailanman i-share. Para lang ito sa iyo.
# Item to sort (never share).
q-post-ask-or-never-classmate-private-photo = Pribadong litrato ng isang kaklase
    .feedback = Huwag kailanman i-share. Puwede itong makasakit nang husto sa kaniya. Sabihin sa nakatatandang pinagkakatiwalaan mo.

# Question: true or false about getting help after sending a photo. The right answer is "true".
q-sent-before = Kung nakapagpadala ka na ng litrato, puwede ka pa ring tumanggi sa mga susunod at humingi ng tulong.
    .hint = Kapag pumayag ka nang isang beses, kailangan mo na bang laging pumayag?
    .explanation = Puwede kang tumanggi kahit kailan. Hindi mo ito kasalanan, at matutulungan ka ng nakatatandang pinagkakatiwalaan mo. Puwede mo ring i-tap ang Tulong.
# Feedback if the child picks "true" (right).
q-sent-before-true =
    .feedback = Tama! Puwede kang tumanggi kahit kailan. Puwede kang magsabi sa isang tao kahit kailan, kahit matagal na.
# Feedback if the child picks "false" (wrong).
q-sent-before-false =
    .feedback = Hindi pa eksakto. Puwede kang tumanggi kahit kailan. Hindi mo ito kasalanan, at laging may tulong.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Itanong: ano ang mararamdaman mo kung may nag-post ng litrato mo nang hindi nagtatanong? Ano ang puwede mong sabihin sa kaibigang gustong mag-share ng pribadong litrato ng iba? Sino ang makakatulong kung may humingi sa iyo ng litrato?
