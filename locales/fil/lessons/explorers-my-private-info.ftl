# SafeSteps — MIT OR Apache-2.0

### Lesson: My private information (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words.

# Lesson name on the lesson card.
lesson-title = Mga pribado kong bagay
# One line under the lesson name.
lesson-summary = May mga bagay tungkol sa iyo na para lang sa iyo at sa mga nakatatanda mo. Alamin natin kung alin.

# Card 1: what private information is.
card-private-things =
    May mga bagay tungkol sa iyo na para lang sa iyo at sa mga nakatatanda mo.
    Isa na rito kung saan ka nakatira.
    Isa rin ang numero ng telepono mo.
    Isa rin ang password mo.
    Pribado ang tawag natin sa mga ito.
    .together = Itanong: "Anong mga bagay tungkol sa iyo ang pribado?" Magagandang sagot: kung saan ka nakatira, ang numero ng telepono mo, ang password mo.
# Card 2: games and chat on a tablet or phone.
card-games-and-chats =
    Masaya ang mga laro at chat!
    Minsan, tinatanong ng laro o chat kung saan ka nakatira.
    O kung saang paaralan ka pumapasok.
    Hindi mo kailangang sabihin.
    .together = Itanong: "Ano ang puwede mong sabihin kung tanungin ka ng laro kung saan ka nakatira?" Magandang sagot: "Hindi ko kailangang sabihin," at pagkatapos ay magtatanong siya sa iyo.
# Card 3: check with a grown-up before sharing.
card-ask-first =
    Hindi sigurado kung puwede mong sabihin ang isang bagay?
    Huminto muna at magtanong sa nakatatandang pinagkakatiwalaan mo.
    Laging okay na magtanong.
    .together = Sabihin sa anak mo: "Puwede kang magtanong sa akin kahit kailan, kahit mukha akong busy." Sanayin ninyo nang isang beses ang pagtatanong niya sa iyo.
# Card 4: who to tell; never the child's fault.
card-tell-someone =
    May parang mali ba online?
    Hindi mo ito kasalanan.
    Sabihin sa nakatatandang pinagkakatiwalaan mo.
    Hindi magagalit sa iyo ang nakatatanda mo.
    I-tap ang button na Tulong para makahanap ng makakausap.
    .together = Itanong: "May nangyari na ba online na parang mali?" Kung may ikuwento ang anak mo na nakakabahala, manatiling kalmado, pasalamatan siya, at sabihin sa kaniya na hindi niya ito kasalanan.

# Question: a single choice about a home address.
q-address = Tanong ng isang laro, "Saan ka nakatira?" Ano ang gagawin mo?
    .hint = Isipin mo kung sino ang kailangang makaalam kung saan ka nakatira.
    .explanation = Pribado kung saan ka nakatira. Para lang ito sa iyo at sa mga nakatatanda mo.
# Answer option (right).
q-address-keep-it = Huwag itong i-type. Sabihin sa isang nakatatanda.
    .feedback = Tama! Pribado ang address mo. Matutulungan ka ng nakatatandang pinagkakatiwalaan mo.
# Answer option (wrong).
q-address-type-it = I-type ito sa laro.
    .feedback = Hindi pa eksakto. Pribado kung saan ka nakatira. Para lang ito sa iyo at sa mga nakatatanda mo.
# Answer option (wrong).
q-address-say-it-loud = Sabihin ito sa voice chat.
    .feedback = Hindi pa eksakto. Kapag sinabi mo ito sa voice chat, naibabahagi mo rin ito. Para lang sa iyo at sa mga nakatatanda mo kung saan ka nakatira.

# Question: sort things into two groups.
q-share-or-keep = Ilagay ang bawat isa sa tamang kahon.
    .hint = Makakatulong ba ito para mahanap ka ng iba, o para makapasok sila sa mga laro mo?
    .explanation = Masayang sabihin ang mga kulay at hayop na gusto mo. Pribado kung saan ka nakatira. Pribado rin ang password mo at ang paaralan mo.
# Group name.
q-share-or-keep-okay-to-share = Okay lang sabihin
# Group name.
q-share-or-keep-keep-private = Panatilihing pribado
# Item to sort (okay to share).
q-share-or-keep-favourite-colour = Ang paborito kong kulay
    .feedback = Masayang sabihin ang paborito mong kulay. Hindi nito sinasabi kung nasaan ka.
# Item to sort (keep private).
q-share-or-keep-home-address = Ang address ng bahay namin
    .feedback = Pribado kung saan ka nakatira. Sinasabi nito sa iba kung saan ka mahahanap.
# Item to sort (keep private).
q-share-or-keep-password = Ang password ko
    .feedback = Pribado ang password mo. Pinapanatili nitong ligtas ang mga laro at gamit mo.
# Item to sort (okay to share).
q-share-or-keep-favourite-animal = Ang paborito kong hayop
    .feedback = Masayang sabihin ang paborito mong hayop. Hindi nito sinasabi kung nasaan ka.
# Item to sort (keep private).
q-share-or-keep-school-name = Ang pangalan ng paaralan ko
    .feedback = Pribado ang pangalan ng paaralan mo. Sinasabi nito kung nasaan ka sa maghapon.

# Question: true or false about sharing a password with friends.
q-password-for-friends = Okay lang na sabihin ko sa kaibigan ang password ko.
    .hint = Sino ang dapat makaalam ng password mo?
    .explanation = Para lang sa iyo at sa mga nakatatanda mo ang password mo. Kahit ang matalik mong kaibigan, hindi ito kailangan.
# Feedback if the child picks "true" (wrong).
q-password-for-friends-true =
    .feedback = Hindi pa eksakto. Masarap magkaroon ng kaibigan. Pero para lang sa iyo at sa mga nakatatanda mo ang password mo.
# Feedback if the child picks "false" (right).
q-password-for-friends-false =
    .feedback = Tama! Para lang sa iyo at sa mga nakatatanda mo ang password mo.

# Question: a single choice about a game asking for the child's school.
q-game-asks-school = Tanong ng bagong kaibigan sa laro, "Saang paaralan ka pumapasok?" Ano ang gagawin mo?
    .hint = Pribado ba ang pangalan ng paaralan mo?
    .explanation = Pribado ang pangalan ng paaralan mo. Magtanong muna sa nakatatandang pinagkakatiwalaan mo.
# Answer option (right).
q-game-asks-school-ask-a-grown-up = Huwag munang sabihin. Magtanong sa nakatatanda.
    .feedback = Tama! Magandang ideya ang magtanong sa nakatatanda. Matutulungan ka nilang pumili kung ano ang gagawin.
# Answer option (wrong).
q-game-asks-school-tell-them = Sabihin ko. Kaibigan ko naman siya.
    .feedback = Hindi pa eksakto. Puwedeng masayang kalaro ang mga kaibigan sa laro, pero pribado ang paaralan mo. Magtanong muna sa nakatatanda.
# Answer option (wrong).
q-game-asks-school-make-it-a-secret = Sabihin ko at gawin naming sikreto.
    .feedback = Hindi pa eksakto. Ang sikretong parang kakaiba ay dapat sabihin. Magtanong muna sa nakatatanda.

# Question: true or false about telling a grown-up after a mistake.
q-told-by-mistake = Nagkamali ka online? Puwede mo pa ring sabihin sa nakatatanda.
    .hint = Matutulungan ka pa rin ba ng nakatatanda?
    .explanation = Oo. Lahat tayo nagkakamali. Puwede kang humingi ng tulong kahit kailan, kahit matagal na. Gustong tumulong ng nakatatanda.
# Feedback if the child picks "true" (right).
q-told-by-mistake-true =
    .feedback = Tama! Puwede mong sabihin kahit kailan. Tutulungan ka ng nakatatandang pinagkakatiwalaan mo.
# Feedback if the child picks "false" (wrong).
q-told-by-mistake-false =
    .feedback = Hindi pa eksakto. Puwede mong sabihin sa nakatatanda kahit kailan, kahit nagkamali ka. Gusto ka nilang tulungan.

# Question: a single choice about a game friend offering a gift for the child's address.
q-gift-for-address = Sabi ng kaibigan sa laro, "Sabihin mo kung saan ka nakatira. Padadalhan kita ng regalo!" Ano ang gagawin mo?
    .hint = Pribado ba kung saan ka nakatira, kahit may regalo?
    .explanation = Pribado kung saan ka nakatira, kahit sabihin ng iba na padadalhan ka nila ng regalo. Tumanggi at sabihin sa nakatatandang pinagkakatiwalaan mo.
# Answer option (right).
q-gift-for-address-say-no-and-tell = Tumanggi, at sabihin sa nakatatanda.
    .feedback = Tama! Pribado kung saan ka nakatira. Matutulungan ka ng nakatatandang pinagkakatiwalaan mo.
# Answer option (wrong).
q-gift-for-address-tell-for-the-gift = Sabihin ko, para makuha ko ang regalo.
    .feedback = Hindi pa eksakto. Masaya ang regalo, pero pribado kung saan ka nakatira. Tumanggi, at sabihin sa nakatatanda.
# Answer option (wrong).
q-gift-for-address-tell-and-keep-secret = Sabihin ko, at ilihim ito.
    .feedback = Hindi pa eksakto. Pribado kung saan ka nakatira. At ang ganitong sikreto ay dapat sabihin sa nakatatanda.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Tanungin ang iyong anak: "Anong mga bagay tungkol sa iyo ang pribado?" Pagkatapos, gumawa kayo ng listahan ng mga nakatatandang puwede niyang sabihan kapag may laro o chat na humihingi ng mga pribadong bagay.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Sa bahay, pangalanan ninyo nang magkasama ang mga pribadong bagay ng pamilya (ang address, numero ng telepono, at mga password ninyo) at magkasundo na mananatili ang mga ito sa pamilya. Ang mga nakatatanda lang ang hahawak ng mga password.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ipabanggit sa grupo ang mga bagay na masayang sabihin at ang mga bagay na dapat manatiling pribado. Bakit mahalaga ang pagkakaiba? Sino ang puwede nilang tanungin bago magbahagi?
