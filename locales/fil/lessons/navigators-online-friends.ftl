# SafeSteps — MIT OR Apache-2.0

### Lesson: Online friends and people you know (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Not only about strangers: watch what people do, whoever they are. Never describe abuse.

# Lesson name on the lesson card.
lesson-title = Mga kaibigan online
# One line under the lesson name.
lesson-summary = Puwedeng masaya ang mga kaibigan online. Alamin kung paano sila naiiba sa mga taong kilala mo, at ano ang gagawin kung may parang mali.

# Card 1: friends in real life and friends online; technology is positive.
card-online-and-real-life =
    May mga kaibigan kang kilala mo sa totoong buhay. Kasama mo sila sa paaralan o sa club, o kapamilya mo sila.
    May ibang kaibigan na online mo lang kilala, mula sa laro, chat, o video app.
    Puwedeng sobrang saya ng mga kaibigan online.
    Pero online, hindi mo nakikita kung sino talaga ang nagta-type.
# Card 2: people online can pretend.
card-people-can-pretend =
    Puwedeng sabihin ng isang tao online na 11 siya kahit nakatatanda na pala siya.
    Puwedeng peke ang litrato. Puwedeng baguhin ang boses gamit ang app.
    Kaya hindi ka makakasiguro kung sino ang isang tao mula lang sa chat.
    Panatilihing pribado ang personal info mo. Makipag-chat lang sa mga lugar na alam ng mga nakatatandang nag-aalaga sa iyo.
# Card 3: never meet up alone; tell a trusted adult.
card-never-meet-alone =
    Gusto bang makipagkita ng kaibigan mo online? Huwag pumunta nang mag-isa.
    Sabihin muna sa nakatatandang pinagkakatiwalaan mo.
    Kung pumayag ang nakatatanda, dapat sumama siya sa iyo. Magkita sa mataong pampublikong lugar.
    Maiintindihan ito ng tunay na kaibigan.
    Kung may magsabi ng "pumunta kang mag-isa" o "huwag mong sabihin," babalang senyales iyan.
# Card 4: most people who harm children are known to them; warning signs matter more.
card-watch-what-they-do =
    Karamihan ng nananakit ng mga bata ay mga taong kilala na ng bata.
    Kaya hindi lang ito tungkol sa "estranghero ba o hindi."
    Tingnan ang ginagawa ng mga tao. Humihingi ba sila ng sikreto, litrato, o pribadong chat? Nagbibigay ba sila ng regalo nang walang dahilan? Pinipilit ka ba nila kapag tumanggi ka?
    Mahalaga ang mga senyales na iyan, online man o hindi, sino man siya.
# Card 5: not the child's fault; who to tell; Help.
card-not-your-fault =
    Kung may taong online na nanloko sa iyo o nagpasama ng loob mo, hindi mo ito kasalanan.
    Ang taong nanloloko ng bata ang gumagawa ng mali.
    Sabihin sa nakatatandang pinagkakatiwalaan mo, gaya ng magulang, tagapag-alaga, o guro. Hindi ka nila dapat sisihin.
    Puwede mo ring i-tap ang Tulong para makahanap ng makakausap.

# Question: single choice about what you really know about an online friend.
q-what-you-know = Araw-araw kang nakikipaglaro kay Kai. Sabi ni Kai, "11 din ako." Ano ang talagang alam mo tungkol kay Kai?
    .hint = Nakikita mo ba kung sino ang nagta-type?
    .explanation = Online, ang alam mo lang ay ang sinasabi sa iyo ng isang tao. Puwedeng magpanggap ang mga tao na mas bata o mas matanda sila. Kaya pribado ang personal info.
# Answer option (right).
q-what-you-know-only-what-they-say = Ang sinasabi lang ni Kai sa akin.
    .feedback = Tama! Hindi mo nakikita kung sino ang nagta-type. Baka 11 si Kai, baka hindi.
# Answer option (wrong).
q-what-you-know-they-are-eleven = 11 si Kai, dahil iyon ang sabi ni Kai.
    .feedback = Hindi pa eksakto. Kahit sino ay puwedeng mag-type ng "11 ako." Hindi mo ito masusuri sa laro.
# Answer option (wrong).
q-what-you-know-voice-proves-it = Mukhang bata ang boses ni Kai sa voice chat, kaya bata si Kai.
    .feedback = Hindi pa eksakto. Puwedeng baguhin ang boses gamit ang app. Hindi napapatunayan ng boses kung sino ang isang tao.

# Question: a scenario. The situation is shown first, then the question.
q-ruby-meet-up = Ano ang puwedeng gawin ni Ruby?
    .situation = Ilang buwan nang nakikipaglaro si Ruby, 12, kay Sky. Sabi ni Sky, "Magkita tayo sa park sa Sabado. Pumunta kang mag-isa. Sikreto na lang natin ito."
    .hint = Hanapin ang mga babalang senyales. Sino ang makakatulong kay Ruby?
    .explanation = Babalang senyales ang "pumunta kang mag-isa" at "sikreto natin." Hindi dapat pumunta si Ruby. Pinakamainam na sabihin sa nakatatandang pinagkakatiwalaan niya. Nakakatulong din ang pagtanggi, tapos ang pag-block at pag-report.
# Action (best).
q-ruby-meet-up-tell-trusted-adult = Huwag pumunta. Sabihin sa nakatatandang pinagkakatiwalaan niya.
    .feedback = Pinakamagandang pili! Matutulungan ng nakatatanda si Ruby na manatiling ligtas at i-report si Sky. Walang dapat sumisi kay Ruby dahil nagsabi siya.
# Action (also good).
q-ruby-meet-up-say-no-block-report = Tumanggi. I-save ang chat, tapos i-block at i-report si Sky.
    .feedback = Magandang pili. Nakakatulong ang pagtanggi at pag-report. Mas maganda pa kung sasabihin din niya sa isang nakatatanda.
# Action (not helpful).
q-ruby-meet-up-take-a-friend = Pumunta, pero magsama ng kaibigan mula sa paaralan.
    .feedback = Hindi pa eksakto. Hindi pa rin ligtas ang dalawang batang walang kasamang nakatatanda. Kailangang malaman ito ng isang nakatatanda.
# Action (not helpful).
q-ruby-meet-up-go-but-be-careful = Pumunta, pero panatilihing naka-on ang phone niya.
    .feedback = Hindi pa eksakto. Hindi ito nagiging ligtas dahil lang sa phone. Babalang senyales ang "pumunta kang mag-isa." Dapat sabihin ni Ruby sa isang nakatatanda.

# Question: true or false about meeting an online friend alone.
q-long-chat-meet-alone = Kung matagal mo nang ka-chat ang isang kaibigan online, okay lang na makipagkita sa kaniya nang mag-isa.
    .hint = Naipapakita ba ng matagal na pag-chat kung sino talaga ang nagta-type?
    .explanation = Kahit matagal na, hindi ka makakasiguro kung sino ang isang tao online. Huwag kailanman makipagkita nang mag-isa. Sabihin sa nakatatandang pinagkakatiwalaan mo.
# Feedback if the child picks "true" (wrong).
q-long-chat-meet-alone-true =
    .feedback = Hindi pa eksakto. Hindi naipapakita ng matagal na chat kung sino talaga ang isang tao. Sabihin sa isang nakatatanda, at huwag kailanman makipagkita nang mag-isa.
# Feedback if the child picks "false" (right).
q-long-chat-meet-alone-false =
    .feedback = Tama! Huwag kailanman makipagkita nang mag-isa. Dapat itong malaman ng nakatatandang pinagkakatiwalaan mo, at dapat siyang sumama sa iyo.

# Question: multiple choice, "choose all that apply".
q-signs-from-anyone = Alin sa mga ito ang babalang senyales, sino man ang gumawa? Piliin ang lahat ng tamang sagot.
    .hint = Sa bawat isa, itanong: okay lang ba kung makita ito ng nakatatandang pinagkakatiwalaan ko?
    .explanation = Babalang senyales ang paghingi ng sikreto o litrato, ang pagnanais na makipagkita nang kayong dalawa lang, at ang pamimilit pagkatapos mong tumanggi. Normal ang pagbati at ang pag-uusap tungkol sa laro.
# Answer option (a warning sign).
q-signs-from-anyone-asks-for-secrets = Pinapaglihim ka nila ng mga chat ninyo.
    .feedback = Babalang senyales. Hindi ka pinaglilihim ng mga ligtas na tao sa mga nakatatanda mo.
# Answer option (a warning sign).
q-signs-from-anyone-wants-to-meet-alone = Gusto nilang makipagkita sa iyo nang kayong dalawa lang.
    .feedback = Babalang senyales. Huwag kailanman makipagkita nang mag-isa. Sabihin sa nakatatandang pinagkakatiwalaan mo.
# Answer option (a warning sign).
q-signs-from-anyone-asks-for-photos = Humihingi sila ng mga litrato mo.
    .feedback = Babalang senyales. Puwede kang tumanggi at magsabi sa isang nakatatanda.
# Answer option (a warning sign).
q-signs-from-anyone-pushes-after-no = Patuloy silang namimilit kahit tumanggi ka na.
    .feedback = Babalang senyales. Tinatanggap ng tunay na kaibigan ang "hindi."
# Answer option (not a warning sign).
q-signs-from-anyone-says-hi-in-game = Bumabati sila ng "hi" sa laro.
    .feedback = Hindi pa eksakto. Normal at palakaibigan ang pagbati.
# Answer option (not a warning sign).
q-signs-from-anyone-talks-about-game = Pinag-uusapan nila ang larong nilalaro mo.
    .feedback = Hindi pa eksakto. Normal ang pag-uusap tungkol sa laro.

# Question: true or false about who harms children.
q-only-strangers-harm = Halos palaging estranghero ang mga nananakit ng mga bata.
    .hint = Balikan ang card tungkol sa pagtingin sa ginagawa ng mga tao.
    .explanation = Karamihan ng nananakit ng mga bata ay mga taong kilala na nila. Kaya mas mahalaga ang mga babalang senyales kaysa sa "estranghero ba o hindi."
# Feedback if the child picks "true" (wrong).
q-only-strangers-harm-true =
    .feedback = Hindi pa eksakto. Karamihan ay mga taong kilala ng bata. Tingnan ang ginagawa ng mga tao, hindi lang kung sino sila.
# Feedback if the child picks "false" (right).
q-only-strangers-harm-false =
    .feedback = Tama! Puwedeng kahit sino, kahit taong kilala mo. Kapag napansin mo ang mga senyales, makakahingi ka agad ng tulong.

# Question: sort people into two groups.
q-know-or-online = Ilagay ang bawat tao sa tamang grupo.
    .hint = Nakita mo na ba sila nang harapan, at alam ng pamilya mo kung sino sila?
    .explanation = Kilala mo sa totoong buhay ang kaklase, pinsan, at coach. Online mo lang kilala ang kakampi sa laro, ang follower, at ang kaibigan ng kaibigan na ka-chat mo lang.
# Group name.
q-know-or-online-real-life = Kilala ko sila sa totoong buhay
# Group name.
q-know-or-online-only-online = Online ko lang sila kilala
# Item to sort (real life).
q-know-or-online-classmate = Isang kaklase ko
    .feedback = Nakikita mo siya sa paaralan. Kilala mo siya sa totoong buhay.
# Item to sort (real life).
q-know-or-online-cousin = Ang pinsan ko
    .feedback = Kapamilya mo ang pinsan mo. Kilala mo siya sa totoong buhay.
# Item to sort (real life).
q-know-or-online-football-coach = Ang coach ko sa football
    .feedback = Nakikita mo ang coach mo sa training. Kilala mo siya sa totoong buhay.
# Item to sort (only online).
q-know-or-online-game-teammate = Isang kakampi sa online game
    .feedback = Sa laro mo lang siya kilala. Hindi mo nakikita kung sino ang nagta-type.
# Item to sort (only online).
q-know-or-online-video-app-follower = Isang follower sa video app ko
    .feedback = Sa app mo lang siya kilala. Baka hindi totoo ang profile niya.
# Item to sort (only online).
q-know-or-online-friend-of-a-friend = Isang kaibigan ng kaibigan na online ko lang ka-chat
    .feedback = Kahit kilala siya ng kaibigan mo, online mo lang siya kilala.

# Question: single choice about warning signs from someone the child knows.
q-cousin-gifts = Nagsimulang mag-message sa iyo nang gabing-gabi na ang isang pinsang mas matanda sa iyo. Pinapadalhan ka niya ng mga regalo sa laro at sinasabing, "Huwag mong sabihin sa nanay mo." Ano ito?
    .hint = Tingnan ang ginagawa niya, hindi lang kung sino siya.
    .explanation = Babalang senyales ang mga sikretong chat at mga regalong walang dahilan, kahit galing sa kapamilya. Sabihin sa ibang nakatatandang pinagkakatiwalaan mo.
# Answer option (right).
q-cousin-gifts-warning-sign = Babalang senyales, kahit kapamilya siya.
    .feedback = Tama! Babalang senyales ang mga sikreto at regalo, sino man siya. Sabihin sa ibang nakatatandang pinagkakatiwalaan mo.
# Answer option (wrong).
q-cousin-gifts-fine-because-family = Okay lang, kasi kapamilya siya.
    .feedback = Hindi pa eksakto. Puwede ring magpakita ng mga babalang senyales ang kapamilya. Isa na rito ang pagpapalihim sa iyo sa nanay mo.
# Answer option (wrong).
q-cousin-gifts-just-a-gift = Magandang regalo lang iyan.
    .feedback = Hindi pa eksakto. Babalang senyales ang regalong may kasamang "huwag mong sabihin."

# Question: true or false about telling after being tricked. The right answer is "true".
q-tricked-can-tell = Kung niloko ka ng kaibigan mo online, puwede mo pa ring sabihin sa isang nakatatanda. Hindi mo ito kasalanan.
    .hint = Sino ang gumagawa ng mali?
    .explanation = Gumagawa ng mali ang taong nanloloko ng bata. Hinding-hindi ito kasalanan ng bata, at puwede kang magsabi kahit kailan.
# Feedback if the child picks "true" (right).
q-tricked-can-tell-true =
    .feedback = Tama! Hinding-hindi mo ito kasalanan. Matutulungan ka ng nakatatandang pinagkakatiwalaan mo, at ng screen na Tulong.
# Feedback if the child picks "false" (wrong).
q-tricked-can-tell-false =
    .feedback = Hindi pa eksakto. Puwede kang magsabi kahit kailan. Ang taong nanloko sa iyo ang gumagawa ng mali.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Itanong: paano naiiba ang kaibigan online sa kaibigang kilala mo sa totoong buhay? Bakit mas mahalaga ang mga babalang senyales kaysa sa "estranghero ba o hindi"? Sino ang sasabihan mo kung yayain kang makipagkita ng kaibigan mo online?
