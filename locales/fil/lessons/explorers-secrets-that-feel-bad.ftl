# SafeSteps — MIT OR Apache-2.0

### Lesson: Secrets that feel bad are for telling (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words and no detail: talk about feelings and telling.
### Follows the NSPCC PANTS idea at a general level ("your body belongs to you").

# Lesson name on the lesson card.
lesson-title = Mga sikretong masama sa pakiramdam
# One line under the lesson name.
lesson-summary = Masaya ang mga sorpresa. Ang mga sikretong masama sa pakiramdam ay dapat sabihin. Alamin natin kung bakit.

# Card 1: surprises are fun and shared soon.
card-surprises =
    Masaya ang sorpresa.
    Parang regalo ito sa kaarawan.
    Itinatago mo ito nang sandali lang.
    Tapos malalaman ng lahat, at ngingiti sila!
    .together = Itanong: "Anong sorpresa na ang naitago mo?" Magandang sagot ang isang masayang bagay na malalaman din agad ng lahat, gaya ng regalo.
# Card 2: secrets that feel bad are for telling.
card-secrets-that-feel-bad =
    May mga sikretong masama sa pakiramdam.
    Pinalulungkot, tinatakot, o pinag-aalala ka nila.
    Ang masamang sikreto ay dapat sabihin.
    Sabihin sa nakatatandang pinagkakatiwalaan mo.
    .together = Itanong: "Ano ang pakiramdam ng masamang sikreto?" Magagandang sagot: malungkot, takot, nag-aalala. Sabihin sa kaniya na ang mga sikretong iyon ay dapat sabihin.
# Card 3: "don't tell your grown-ups" is never a fun surprise, whoever says it (a friend, someone in a game, even a grown-up the child knows).
card-no-secrets-from-grown-ups =
    Baka may magsabi, "Huwag mong sabihin sa mga nakatatanda mo."
    Baka kaibigan ito, o isang tao sa laro.
    Baka isa pa ngang nakatatandang kilala mo.
    Hindi iyan masayang sorpresa.
    Sikreto iyan na dapat sabihin.
    .together = Sabihin: "Kung may magsabi sa iyo na huwag mo itong sabihin sa akin, sikreto iyon na dapat sabihin." Panatilihing kalmado at malambing ang boses mo.
# Card 4: body autonomy at a general level (NSPCC PANTS).
card-your-body =
    Sa iyo ang katawan mo.
    Puwede kang tumanggi, kahit sa taong kilala mo.
    Ang hindi ay hindi.
    Kung naiilang ka o hindi sigurado, sabihin sa isang nakatatanda.
    .together = Itanong: "Kanino ang katawan mo?" Magandang sagot: "Sa akin." Ipaalala sa kaniya na puwede siyang tumanggi, kahit sa kapamilya.
# Card 5: never the child's fault; someone to talk to.
card-tell-someone =
    Kung may nagpatago sa iyo ng masamang sikreto, hindi mo ito kasalanan.
    Puwede mong sabihin, kahit matagal mo na itong itinago.
    Hindi magagalit sa iyo ang nakatatanda mo.
    Puwede mo ring i-tap ang button na Tulong.
    .together = Sabihin sa anak mo na puwede niyang sabihin sa iyo ang anumang sikreto, kahit matagal na, at hindi ka magagalit. Kung may ikuwento siya na nakakabahala, pasalamatan siya, manatiling kalmado, at humingi ng tulong.

# Question: sort things into surprises and secrets to tell.
q-surprise-or-tell = Masayang sorpresa ba ito, o sikretong dapat sabihin? Ilagay ang bawat isa sa tamang kahon.
    .hint = Mapapangiti ba nito ang mga tao maya-maya? O masama ba ito sa pakiramdam?
    .explanation = Masaya ang mga sorpresa at malalaman din ito ng lahat agad. Ang mga sikretong masama sa pakiramdam ay dapat sabihin sa nakatatanda.
# Group name.
q-surprise-or-tell-surprise = Masayang sorpresa
# Group name.
q-surprise-or-tell-tell-a-grown-up = Sabihin sa nakatatanda
# Item to sort (fun surprise).
q-surprise-or-tell-birthday-gift = Regalo para sa kaarawan ni Tatay
    .feedback = Masayang sorpresa ang regalo. Malalaman din ito ni Tatay agad, at ngingiti siya.
# Item to sort (fun surprise).
q-surprise-or-tell-party-for-gran = Party para kay Lola
    .feedback = Masayang sorpresa ang party. Malalaman din ito ni Lola agad.
# Item to sort (tell a grown-up).
q-surprise-or-tell-game-chat-secret = Sabi ng isang tao sa laro, "Huwag mong sabihin sa nanay mo ang mga chat natin."
    .feedback = Walang dapat magpatago sa iyo ng mga chat mula sa mga nakatatanda mo. Sabihin sa nakatatandang pinagkakatiwalaan mo.
# Item to sort (tell a grown-up).
q-surprise-or-tell-tummy-feels-funny = Isang sikretong nagpaparamdam ng kakaiba sa tiyan mo
    .feedback = Ang sikretong masama sa pakiramdam ay dapat sabihin. Makakatulong ang isang nakatatanda.
# Item to sort (tell a grown-up).
q-surprise-or-tell-picture-secret = May nagsabi, "Sikreto lang natin ang litratong ito."
    .feedback = Ang litratong kailangan mong itago ay dapat sabihin. Sabihin sa nakatatandang pinagkakatiwalaan mo.

# Question: a single choice about a game friend asking for a secret.
q-game-friend-secret = Sabi ng kaibigan sa laro, "Huwag mong sabihin sa tatay mo na nag-uusap tayo." Ano ang gagawin mo?
    .hint = Masayang sorpresa ba ito? O sikretong itinatago sa mga nakatatanda mo?
    .explanation = Masaya ang sorpresa, at malalaman din ito agad ng mga tao. Hindi sorpresa ang "Huwag mong sabihin sa tatay mo." Sikreto iyon na dapat sabihin.
# Answer option (right).
q-game-friend-secret-tell-a-grown-up = Sabihin sa nakatatandang pinagkakatiwalaan ko.
    .feedback = Tama! Sikreto ito na dapat sabihin. Matutulungan ka ng nakatatanda mo.
# Answer option (wrong).
q-game-friend-secret-keep-it = Itago ang sikreto.
    .feedback = Hindi pa eksakto. Hindi ito masayang sorpresa. Sikreto ito na itinatago sa mga nakatatanda mo, kaya sabihin sa isa sa kanila.
# Answer option (wrong).
q-game-friend-secret-keep-chatting = Patuloy na makipag-chat at huwag magsabi kaninuman.
    .feedback = Hindi pa eksakto. Ang sikretong itinatago sa mga nakatatanda mo ay dapat sabihin. Tutulungan ka nila.

# Question: true or false about keeping every secret. The right answer is "false".
q-keep-every-secret = Dapat mong itago ang lahat ng sikreto, pati ang mga masama sa pakiramdam.
    .hint = Ano ang ginagawa natin sa sikretong masama sa pakiramdam?
    .explanation = Ang mga sikretong masama sa pakiramdam ay dapat sabihin. Sabihin sa isang nakatatanda sa iyong safety circle.
# Feedback if the child picks "true" (wrong).
q-keep-every-secret-true =
    .feedback = Hindi pa eksakto. Hindi mo kailangang itago ang sikretong masama sa pakiramdam. Sabihin sa nakatatandang pinagkakatiwalaan mo.
# Feedback if the child picks "false" (right).
q-keep-every-secret-false =
    .feedback = Tama! Ang sikretong masama sa pakiramdam ay dapat sabihin.

# Question: a single choice about saying no to a hug (body autonomy).
q-hug-from-cousin = Gusto kang yakapin ng pinsan mo. Ayaw mo. Ano ang puwede mong gawin?
    .hint = Kanino ang katawan mo?
    .explanation = Sa iyo ang katawan mo. Puwede kang tumanggi, kahit sa taong kilala mo. Kung hindi siya tumigil, sabihin sa nakatatandang pinagkakatiwalaan mo.
# Answer option (right).
q-hug-from-cousin-no-thank-you = Sabihin, "Ayoko, salamat. Kaway na lang tayo?"
    .feedback = Tama! Sa iyo ang katawan mo. Puwede kang tumanggi nang mabait.
# Answer option (wrong).
q-hug-from-cousin-must-hug = Yumakap, kahit ayaw ko.
    .feedback = Hindi pa eksakto. Sa iyo ang katawan mo. Puwede kang tumanggi, kahit sa taong kilala mo.
# Answer option (wrong).
q-hug-from-cousin-say-nothing = Hindi na lang ako magsasalita. Hindi ako puwedeng tumanggi.
    .feedback = Hindi pa eksakto. Puwede kang tumanggi kahit kailan. Ang hindi ay hindi. Matutulungan ka ng nakatatanda na sabihin ito.

# Question: a single choice about a grown-up the child knows asking for a secret that feels odd (not a surprise).
q-grown-up-secret = Sabi ng isang nakatatandang kilala mo, "Sikreto natin ito. Huwag mong sabihin sa nanay mo." Parang kakaiba ito. Ano ang gagawin mo?
    .hint = Masayang sorpresa ba ito, o sikretong parang kakaiba?
    .explanation = Ang sikretong parang kakaiba ay dapat sabihin, kahit sinabi ng isang nakatatandang kilala mo na itago ito. Sabihin sa isang nakatatanda sa iyong safety circle.
# Answer option (right).
q-grown-up-secret-tell-circle = Sabihin kay Nanay, o sa isang nakatatanda sa safety circle ko.
    .feedback = Tama! Tama ang ginawa mo. Tutulungan ka ng nakatatanda sa iyong safety circle.
# Answer option (wrong).
q-grown-up-secret-keep-it-they-are-nice = Itago ito. Mabait naman siya sa akin.
    .feedback = Hindi pa eksakto. Kahit ang mababait na nakatatanda ay hindi dapat humingi ng ganitong sikreto. Sabihin sa nakatatandang pinagkakatiwalaan mo.
# Answer option (wrong).
q-grown-up-secret-do-what-they-say = Sundin ang sinabi niya.
    .feedback = Hindi pa eksakto. Hindi mo kailangang itago ito. Sabihin sa isang nakatatanda sa iyong safety circle.

# Question: true or false about blame. The right answer is "true".
q-not-to-blame = Kung may nagpatago sa iyo ng masamang sikreto, hindi mo ito kasalanan.
    .hint = Sino ang gumawa ng mali, ikaw o ang nagpatago?
    .explanation = Hinding-hindi mo ito kasalanan. Ang nagpatago sa iyo ang gumawa ng mali. Sabihin sa isang nakatatanda. Tutulungan ka nila.
# Feedback if the child picks "true" (right).
q-not-to-blame-true =
    .feedback = Tama! Hinding-hindi mo ito kasalanan. Hindi magagalit sa iyo ang nakatatanda mo.
# Feedback if the child picks "false" (wrong).
q-not-to-blame-false =
    .feedback = Hindi pa eksakto. Hinding-hindi mo ito kasalanan. Tama ang magsabi.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Tanungin ang iyong anak: "Ano ang pagkakaiba ng sorpresa at sikreto?" Sabihin sa kaniya na puwede niyang sabihin sa iyo kahit kailan ang sikretong masama sa pakiramdam, kahit may nagsabing huwag, at hindi ka magagalit.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Sa bahay, gamitin ang mga salitang "sorpresa" at "sikreto" sa araw-araw, at madalas na sabihin na ang masasamang sikreto ay laging dapat sabihin.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ipabanggit sa grupo ang mga masayang sorpresa at ang mga sikretong masama sa pakiramdam. Paano ninyo sila mapag-iiba? Sino ang puwedeng sabihan tungkol sa sikretong masama sa pakiramdam?
