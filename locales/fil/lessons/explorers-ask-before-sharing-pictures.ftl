# SafeSteps — MIT OR Apache-2.0

### Lesson: Ask before sharing pictures (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. Never describe what a picture shows.

# Lesson name on the lesson card.
lesson-title = Magtanong muna bago ang litrato
# One line under the lesson name.
lesson-summary = Masaya ang mga litrato. Alamin natin kung kailan dapat magtanong muna, at kailan dapat magsabi sa nakatatanda.

# Card 1: ask before taking or sharing a picture of someone.
card-ask-your-friend =
    Masayang kumuha ng litrato!
    Gusto mo ng litrato ng kaibigan mo?
    Magtanong muna: "Puwede ba kitang kunan ng litrato?"
    Gusto mo itong ipadala sa iba? Magtanong ulit.
    Kung ayaw niya, okay lang iyon.
    .together = Itanong: "Ano ang sinasabi mo bago mo kunan ng litrato ang kaibigan mo?" Magandang sagot: "Puwede ba kitang kunan ng litrato?" Purihin siya sa pagtatanong.
# Card 2: ask a grown-up before sending a picture of yourself.
card-pictures-of-you =
    Gusto mong magpadala ng litrato mo?
    Magtanong muna sa isang nakatatanda.
    Puwedeng maipasa-pasa ang litrato sa maraming tao.
    Matutulungan kang pumili ng nakatatanda mo.
    .together = Itanong: "Kanino ka nagtatanong bago ka magpadala ng litrato mo?" Magandang sagot ang pagbanggit sa iyo o sa ibang nakatatandang pinagkakatiwalaan niya.
# Card 3: if someone asks for pictures, you can say no and tell.
card-if-someone-asks =
    May humingi ba sa iyo ng litrato?
    Baka isang tao ito sa laro.
    Baka isang taong kilala mo.
    Puwede kang tumanggi.
    Tapos sabihin sa nakatatandang pinagkakatiwalaan mo.
    .together = Itanong: "Ano ang puwede mong gawin kung may humingi ng litrato?" Magandang sagot: tumanggi at sabihin sa isang nakatatanda. Kung sabihin ng anak mo na nangyari na ito, manatiling kalmado, pasalamatan siya, at itanong kung ano ang nangyari.
# Card 4: never the child's fault; someone to talk to.
card-not-your-fault =
    Kung may humingi sa iyo ng litrato, hindi mo ito kasalanan.
    Kung nakapagpadala ka na, hindi mo pa rin ito kasalanan.
    Hindi magagalit sa iyo ang nakatatanda mo.
    Sabihin sa kanila, o i-tap ang button na Tulong.
    .together = Sabihin ito nang malinaw: "Kung may humingi sa iyo ng litrato, hindi mo iyon kasalanan, at hindi ako magagalit." Kung may sabihin sa iyo ang anak mo, pasalamatan muna siya at mamaya na ang mga tanong.

# Question: a single choice about taking a picture of a friend.
q-friend-picture = Gusto mo ng litrato ng kaibigan mo. Ano ang una mong gagawin?
    .hint = Ano kaya ang mararamdaman ng kaibigan mo kung hindi ka nagtanong?
    .explanation = Laging magtanong muna. Ang kaibigan mo ang pipili kung oo o hindi.
# Answer option (right).
q-friend-picture-ask-first = Magtanong, "Puwede ba kitang kunan ng litrato?"
    .feedback = Tama! Mabait ang magtanong muna. Ang kaibigan mo ang pipili.
# Answer option (wrong).
q-friend-picture-take-it-fast = Kunan agad, para hindi niya makita.
    .feedback = Hindi pa eksakto. Baka ayaw ng kaibigan mo ng litrato. Magtanong muna sa kaniya.
# Answer option (wrong).
q-friend-picture-send-to-class = Kunan at ipadala sa buong klase.
    .feedback = Hindi pa eksakto. Magtanong muna sa kaibigan mo. Tapos magtanong ulit bago mo ito ipadala.

# Question: true or false about a friend who says no. The right answer is "false".
q-friend-says-no = Ayaw ng kaibigan mo na kunan siya ng litrato. Puwede mo pa rin siyang kunan, ngayon lang.
    .hint = Ano ang ibig sabihin ng "hindi"?
    .explanation = Ang hindi ay hindi. Kung ayaw ng kaibigan mo, huwag mo siyang kunan ng litrato.
# Feedback if the child picks "true" (wrong).
q-friend-says-no-true =
    .feedback = Hindi pa eksakto. Ang hindi ay hindi, kahit minsan lang. Ang kaibigan mo ang pipili.
# Feedback if the child picks "false" (right).
q-friend-says-no-false =
    .feedback = Tama! Ang hindi ay hindi. Mabait iyan sa kaibigan mo.

# Question: a single choice about sending a picture of yourself.
q-send-my-picture = Gusto mong magpadala ng litrato mo sa isang tao sa laro. Ano ang gagawin mo?
    .hint = Sino ang makakatulong sa iyong pumili?
    .explanation = Magtanong sa nakatatanda bago ka magpadala ng litrato mo. Puwedeng maipasa-pasa ang litrato sa maraming tao.
# Answer option (right).
q-send-my-picture-ask-a-grown-up = Magtanong muna sa nakatatanda.
    .feedback = Tama! Matutulungan kang pumili ng nakatatandang pinagkakatiwalaan mo.
# Answer option (wrong).
q-send-my-picture-send-it-now = Ipadala na ngayon.
    .feedback = Hindi pa eksakto. Puwedeng maipasa-pasa ang litrato sa maraming tao. Magtanong muna sa nakatatanda.
# Answer option (wrong).
q-send-my-picture-send-it-secretly = Ipadala, at huwag sabihin sa mga nakatatanda ko.
    .feedback = Hindi pa eksakto. Matutulungan ka ng mga nakatatanda mo. Magtanong muna sa kanila.

# Question: a single choice about someone asking the child for a picture.
q-someone-asks = Sabi ng isang tao sa chat, "Padalhan mo ako ng litrato mo." Ano ang gagawin mo?
    .hint = Kailangan mo bang pumayag? Sino ang makakatulong?
    .explanation = Puwede kang tumanggi. Tapos sabihin sa nakatatandang pinagkakatiwalaan mo. Hindi mo kasalanan na humingi siya.
# Answer option (right).
q-someone-asks-say-no-and-tell = Tumanggi, at sabihin sa nakatatanda.
    .feedback = Tama! Puwede kang tumanggi. Tutulungan ka ng nakatatandang pinagkakatiwalaan mo.
# Answer option (wrong).
q-someone-asks-send-to-be-nice = Magpadala ng isa, para maging mabait.
    .feedback = Hindi pa eksakto. Puwede kang tumanggi at maging mabait pa rin. Sabihin sa nakatatandang pinagkakatiwalaan mo.
# Answer option (wrong).
q-someone-asks-send-and-say-nothing = Magpadala, at ilihim ito.
    .feedback = Hindi pa eksakto. Sikreto ito na dapat sabihin. Tumanggi, at sabihin sa nakatatanda.

# Question: sort actions into two groups.
q-good-idea-or-not = Ilagay ang bawat isa sa tamang kahon.
    .hint = Nagtatanong ba muna? Humihingi ba ng tulong sa nakatatanda?
    .explanation = Magtanong muna bago kumuha o magpadala ng litrato. Sabihin sa nakatatanda kung may humingi sa iyo ng litrato.
# Group name.
q-good-idea-or-not-good-idea = Magandang ideya
# Group name.
q-good-idea-or-not-stop-and-think = Huminto at mag-isip
# Item to sort (good idea).
q-good-idea-or-not-ask-before-taking = Magtanong sa kaibigan bago ko siya kunan ng litrato
    .feedback = Magandang ideya! Mabait ang magtanong muna.
# Item to sort (good idea).
q-good-idea-or-not-ask-grown-up-before-sending = Magtanong sa nakatatanda bago ako magpadala ng litrato ko
    .feedback = Magandang ideya! Matutulungan kang pumili ng nakatatanda.
# Item to sort (good idea).
q-good-idea-or-not-tell-about-asking = Sabihin sa nakatatanda kung may humingi ng litrato
    .feedback = Magandang ideya! Tutulungan ka ng nakatatandang pinagkakatiwalaan mo.
# Item to sort (stop and think).
q-good-idea-or-not-share-without-asking = Ipadala ang litrato ng kaibigan nang hindi nagtatanong
    .feedback = Huminto at mag-isip. Ang kaibigan mo ang pipili. Magtanong muna.
# Item to sort (stop and think).
q-good-idea-or-not-send-to-game-friend = Magpadala ng litrato ko sa isang tao sa laro
    .feedback = Huminto at mag-isip. Magtanong muna sa nakatatanda.

# Question: true or false about telling after a picture was sent. The right answer is "true".
q-already-sent = Nagpadala ka ng litrato, at ngayon ay masama ang pakiramdam mo. Puwede mo pa ring sabihin sa nakatatanda.
    .hint = Matutulungan ka pa rin ba ng nakatatanda?
    .explanation = Puwede mong sabihin kahit kailan. Hindi mo ito kasalanan. Tutulungan ka ng nakatatandang pinagkakatiwalaan mo.
# Feedback if the child picks "true" (right).
q-already-sent-true =
    .feedback = Tama! Hindi mo ito kasalanan. Hindi magagalit sa iyo ang nakatatanda mo.
# Feedback if the child picks "false" (wrong).
q-already-sent-false =
    .feedback = Hindi pa eksakto. Puwede mong sabihin kahit kailan. Hindi mo ito kasalanan, at tutulungan ka ng nakatatanda.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Sanayin ninyo ang pagtatanong nang magkasama: magsalitan sa pagsasabi ng "Puwede ba kitang kunan ng litrato?" at sa pagsagot ng oo o hindi. Sabihin sa iyong anak na kung may humingi sa kaniya ng litrato, puwede siyang tumanggi at sabihin sa iyo, at hindi ka magagalit.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Sa bahay, magkasundo kayo sa isang patakaran: ipinapadala lang ang litrato ng ibang tao pagkatapos silang tanungin, at ang litrato ng anak mo kapag kasama ka lang.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanungin ang grupo: bakit tayo nagtatanong muna bago kumuha o magbahagi ng litrato ng kaibigan? Ano ang puwedeng sabihin kung may humingi sa iyo ng litrato? Sino ang puwede mong sabihan?
