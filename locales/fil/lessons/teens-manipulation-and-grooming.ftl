# SafeSteps — MIT OR Apache-2.0

### Lesson: Manipulation and grooming (ages 13–17).
### Readers are teenagers, often alone. Be direct and respectful; never preachy. Name tactics,
### feelings and actions; never describe abuse. Not only strangers. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Pagpansin sa manipulasyon
# One line under the lesson name.
lesson-summary = Paano nagpapatibay ng tiwala ang ilang tao para manamantala, paano ito mapapansin agad, at ano ang gagawin.

# Card 1: what grooming is; who can do it.
card-what-it-is =
    Karamihan ng taong nakikilala mo online ay ordinaryong tao lang. Puwedeng maganda ang magkaroon ng mga kaibigan online.
    Pero may ilang taong sadyang nagpapatibay ng tiwala para samantalahin ang isang tao. Grooming ang tawag dito.
    Puwedeng nakatatanda ito na nagpapanggap na mas bata. Puwedeng kaedad mo. Puwedeng taong kilala mo na, gaya ng coach, kaibigan ng pamilya, o mas nakatatandang teen sa paaralan.
    Kadalasan, maganda ang pakiramdam nito sa simula. Iyan ang dahilan kung bakit mahirap itong mapansin.
# Card 2: common tactics.
card-tactics =
    Kadalasang may pattern ang manipulasyon. Bantayan ang taong:
    Nagbibigay sa iyo ng maraming atensiyon at papuri, nang mabilis.
    Nagpapadala ng gifts, game credit, o pera nang walang malinaw na dahilan.
    Nagsasabing "Ako lang ang nakakaintindi sa iyo" o "Hindi ka naiintindihan ng mga kaibigan mo."
    Pinapaglihim ka ng mga chat ninyo.
    Dahan-dahan kang inilalayo sa mga kaibigan at pamilya mo.
    Inililipat ka sa private chat o sa ibang app.
    Baka walang ibig sabihin ang isa lang sa mga ito. Babalang senyales kapag marami ang sabay-sabay.
# Card 3: how it turns into pressure.
card-pressure =
    Kadalasang nagsisimula ito sa atensiyon at gifts. Tapos dumarating ang mga sikreto at ang paglipat sa private chat.
    Sa paglipas ng panahon, lumalaki ang mga hinihingi. Isang maliit na sikreto. Isang litrato. Tapos isang bagay na ayaw mong gawin.
    Baka gamitin nila ang konsensiya: "Pagkatapos ng lahat ng ginawa ko para sa iyo."
    Baka iparamdam nila na espesyal ka, tapos bigla silang lalamig, para magsikap kang pasayahin sila.
    May ilang biglang nagbabanta, gaya ng ipagsasabi ang mga sikreto mo o ishe-share ang mga litrato.
    Hindi kailanman bahagi ng totoong pagkakaibigan o relasyon ang pamimilit at pagbabanta.
# Card 4: trust your gut.
card-trust-your-gut =
    Kapaki-pakinabang na senyales ang nararamdaman mo. Dahilan para huminto muna ang pagkailang, pagkalito, o pakiramdam na pinipilit ka.
    Hindi mo kailangan ng patunay para kumilos. Puwede kang magdahan-dahan, tumanggi, o tumigil sa pagsagot.
    Tanungin ang sarili: okay lang ba sa akin kung makita ng nakatatandang pinagkakatiwalaan ko ang chat na ito?
    Kung hindi ang sagot, dapat itong pansinin.
    Puwede mong i-save ang mga mensahe, tapos i-block at i-report ang tao.
# Card 5: not your fault, and telling someone.
card-not-your-fault =
    Kung may nagmanipula sa iyo, hindi mo ito kasalanan.
    Totoo iyan kahit nagustuhan mo siya, itinago mo ang mga sikreto niya, tumanggap ka ng gifts, o may naipadala ka.
    Gumagana ang grooming dahil magaling manloko ang taong iyon. Nasa kaniya ang sisi.
    Sabihin sa nakatatandang pinagkakatiwalaan mo. Dapat silang makinig at tumulong, hindi ka sisihin.
    Puwede mo ring i-tap ang button na Tulong para makahanap ng makakausap sa bansa mo.

# Question: single choice about an isolating message.
q-only-i-get-you = Sabi ng isang taong ka-chat mo, "Hindi ka naiintindihan ng mga magulang mo. Ako lang." Ano ang nangyayari?
    .hint = Ano ang puwedeng mangyari kung tumigil kang makipag-usap sa pamilya mo?
    .explanation = Paraan ito para ihiwalay ka. Kapag pakiramdam mo ay iisang tao lang ang nakakaintindi sa iyo, mas mahirap humingi ng tulong sa iba.
# Answer option (right).
q-only-i-get-you-isolating = Sinusubukan niya akong ilayo sa mga taong nagmamalasakit sa akin.
    .feedback = Tama. Mas madaling kontrolin ang taong nakahiwalay sa iba. Manatiling malapit sa mga taong pinagkakatiwalaan mo.
# Answer option (wrong).
q-only-i-get-you-real-support = Sinusuportahan niya ako, kaya dapat ko siyang pakinggan.
    .feedback = Hindi pa eksakto. Hindi inilalayo ng totoong suporta ang pamilya o mga kaibigan mo.
# Answer option (wrong).
q-only-i-get-you-harmless = Walang masama rito. Mabait lang talaga siya.
    .feedback = Hindi pa eksakto. Puwedeng maganda ito sa pakiramdam, pero karaniwang linya ng manipulasyon ang "ako lang ang nakakaintindi sa iyo."

# Question: choose all that apply, about tactics.
q-spot-tactics = Alin sa mga ito ang karaniwang taktika ng manipulasyon? Piliin ang lahat ng tamang sagot.
    .hint = Balikan ang pattern. Mabilis ba nitong binubuo ang tiwala, o nagdadala ba ito ng paglilihim o paglayo?
    .explanation = Karaniwang taktika ang mabilis na pambobola, gifts na walang dahilan, mga sikreto, at paglipat ng app. Normal ang paggalang sa "hindi" mo at ang pagkagusto sa parehong music.
# Answer option (tactic).
q-spot-tactics-fast-flattery = Maraming papuri at atensiyon, nang napakabilis
    .feedback = Oo. Mabilis na nabubuo ang tiwala sa mabilis na atensiyon, minsan ay sinasadya.
# Answer option (tactic).
q-spot-tactics-gifts-for-nothing = Gifts o game credit nang walang malinaw na dahilan
    .feedback = Oo. Puwedeng iparamdam ng gifts na may utang ka sa kanila.
# Answer option (tactic).
q-spot-tactics-keep-it-secret = Pagpapalihim sa iyo ng mga chat ninyo
    .feedback = Oo. Dahil sa mga sikreto, hindi napapansin ng ibang tao ang nangyayari.
# Answer option (tactic).
q-spot-tactics-move-apps = Paglipat sa iyo sa isang private app
    .feedback = Oo. Sa private, walang ibang nakakakita ng sinasabi nila.
# Answer option (normal).
q-spot-tactics-respects-no = Pagtanggap sa "hindi"
    .feedback = Hindi pa eksakto. Magandang senyales ang paggalang sa "hindi" mo.
# Answer option (normal).
q-spot-tactics-same-music = Pagkagusto sa parehong music na gusto mo
    .feedback = Hindi pa eksakto. Normal ang magkapareho ng hilig. Tingnan ang ginagawa ng tao sa paglipas ng panahon.

# Question: true or false about who grooms. The right answer is "false".
q-only-older-strangers = Mas nakatatandang estranghero lang ang gumagawa ng grooming.
    .hint = Isipin ang mga taong nakalista sa simula ng aralin.
    .explanation = Mali. Puwedeng nakatatanda, kaedad mo, o taong kilala mo na. Tingnan ang ginagawa ng mga tao, hindi lang kung sino sila.
# Feedback if the teen picks "true" (wrong).
q-only-older-strangers-true =
    .feedback = Hindi pa eksakto. Puwede ring kaedad, kaibigan online, o taong kilalang-kilala mo.
# Feedback if the teen picks "false" (right).
q-only-older-strangers-false =
    .feedback = Tama. Kahit sino ay puwedeng magmanipula. Mas mahalaga ang mga babalang senyales kaysa kung sino sila.

# Question: put the common pattern in order.
q-how-it-builds = Kadalasang unti-unting lumalala ang manipulasyon. Ayusin ang mga ito ayon sa karaniwang pagkakasunod-sunod.
    .hint = Kadalasan, maganda ang pakiramdam nito sa simula. Saan ito humahantong?
    .explanation = Kadalasang nagsisimula ito sa tiwala at atensiyon. Tapos dumarating ang mga sikreto at private chat, tapos maliliit na hiling, tapos pamimilit o pagbabanta. Kapag napansin mo ang mga unang yugto, mas maaga kang makakakilos.
# Step 1.
q-how-it-builds-builds-trust = Maraming atensiyon, papuri, at gifts
    .feedback = Una. Nabubuo rito ang tiwala at ipinaparamdam sa iyo na espesyal ka.
# Step 2.
q-how-it-builds-secrets-and-private = Pinapaglihim ka ng mga chat, kadalasan sa isang private app
    .feedback = Susunod. Dahil sa mga sikreto at private chat, hindi ito napapansin ng iba.
# Step 3.
q-how-it-builds-small-asks = Nagsisimulang humingi ng maliliit na bagay, gaya ng litrato
    .feedback = Tapos. Dahil sa maliliit na hiling, parang normal na ang mas malalaki sa susunod.
# Step 4.
q-how-it-builds-pressure-and-threats = Namimilit na humingi pa, gamit ang konsensiya o pagbabanta
    .feedback = Huli. Sa puntong ito, puwedeng mahirap nang tumanggi. Kaya mo pa rin, at may tulong para sa iyo.

# Question: a scenario about someone the teen knows.
q-someone-you-know = Ano ang puwede mong gawin tungkol sa mga mensahe?
    .situation = Nagsimulang mag-message sa iyo nang gabing-gabi na ang isang assistant coach sa club ninyo. Pinadalhan ka niya ng gift card at sinabing, "Sa atin na lang ang mga chat natin. Maiinggit ang iba."
    .hint = Kilala mo siya. Mahalaga pa rin ba ang mga babalang senyales?
    .explanation = Pinakamagandang hakbang ang magsabi sa nakatatandang pinagkakatiwalaan mo. Nakakatulong din ang pag-save ng mga mensahe at pagtigil sa pagsagot. Babalang senyales ang mga sikreto at gifts mula sa isang nakatatandang may pananagutan sa iyo, kahit gusto mo siya.
# Action (best).
q-someone-you-know-tell-trusted-adult = Sabihin sa magulang o sa ibang nakatatandang pinagkakatiwalaan ko, at ipakita sa kanila ang mga mensahe.
    .feedback = Pinakamagandang hakbang. Makakakilos ang isang nakatatanda, at tama ang ginawa mo nang magsabi ka.
# Action (also good).
q-someone-you-know-save-and-stop = I-save ang mga mensahe at tumigil sa pagsagot.
    .feedback = Magandang hakbang. Kapag nagsabi ka rin sa isang nakatatanda, may taong makakasigurong titigil ito.
# Action (not helpful).
q-someone-you-know-keep-it-quiet = Manahimik para hindi siya magkaproblema.
    .feedback = Hindi pa eksakto. Trabaho niyang kumilos nang tama, hindi trabaho mong protektahan siya. Ang ganitong sikreto ay dapat sabihin.
# Action (not helpful).
q-someone-you-know-accept-and-wait = Tanggapin ang gift at hintayin kung ano ang mangyayari.
    .feedback = Hindi pa eksakto. Pattern ang gifts na may kasamang sikreto. Mas madali kung maagang makikialam ang isang nakatatanda.

# Question: true or false about gut feelings.
q-gut-feeling = Kung parang may mali sa isang chat, okay lang na tumigil sa pagsagot, kahit hindi mo maipaliwanag kung bakit.
    .hint = Kailangan mo ba ng patunay bago mo protektahan ang sarili mo?
    .explanation = Tama. Hindi mo kailangan ng dahilan o patunay. Dapat pakinggan ang pakiramdam na naiilang ka.
# Feedback if the teen picks "true" (right).
q-gut-feeling-true =
    .feedback = Tama. Magtiwala sa kutob mo. Puwede kang tumigil, mag-save, mag-block, at magsabi sa isang tao.
# Feedback if the teen picks "false" (wrong).
q-gut-feeling-false =
    .feedback = Hindi pa eksakto. Hindi mo kailanman kailangan ng patunay para tumigil sa pakikipag-usap sa isang tao. Mahalaga ang nararamdaman mo.

# Question: a scenario about an online friend the same age.
q-online-friend-asks = Ano ang puwede mong gawin tungkol sa hiling?
    .situation = Ilang buwan mo nang kalaro sa games ang isang kaedad mo. Ngayon, gusto niyang lumipat kayo sa ibang app at magpalitan ng mga litrato. Nang mag-alangan ka, nag-type siya, "Akala ko may tiwala ka sa akin."
    .hint = Pansinin ang pangongonsensiya. Namimilit ba ang tunay na kaibigan kapag nag-aalangan ka?
    .explanation = Pinakamagandang hakbang ang tumanggi at magsabi sa taong pinagkakatiwalaan mo. Maganda rin ang mag-block at mag-report. Pangongonsensiyang ginagamit na pamimilit ang "Akala ko may tiwala ka sa akin."
# Action (best).
q-online-friend-asks-say-no-and-tell = Tumanggi, at kausapin ang nakatatandang pinagkakatiwalaan ko tungkol dito.
    .feedback = Pinakamagandang hakbang. Sapat na ang "hindi," at makakatulong ang isang nakatatanda kung patuloy siyang mamimilit.
# Action (also good).
q-online-friend-asks-block-and-report = I-save ang chat, tapos i-block at i-report siya.
    .feedback = Magandang hakbang. Napoprotektahan mo ang sarili mo at ang iba. Mas maganda pa kung magsasabi ka rin sa isang nakatatanda.
# Action (not helpful).
q-online-friend-asks-send-to-keep-friend = Magpadala ng litrato para hindi mawala ang pagkakaibigan.
    .feedback = Hindi pa eksakto. Tinatanggap ng kaibigang karapat-dapat panatilihin ang "hindi." Kung nakapagpadala ka na, puwede ka pa ring humingi ng tulong.
# Action (not helpful).
q-online-friend-asks-move-but-dont-send = Lumipat sa ibang app, pero huwag magpadala ng kahit ano.
    .feedback = Hindi pa eksakto. Sa private app, kadalasang lumalaki ang pamimilit, at walang ibang nakakakita nito.

# Question: single choice about having already gone along with it.
q-already-went-along = May taong nakapaglihim na at nakapagpadala ng litrato bago niya napansin ang mga babalang senyales. Ano ang totoo?
    .hint = May punto ba na nawawala na ang tulong?
    .explanation = Hindi pa rin niya ito kasalanan, at puwede pa rin siyang humingi ng tulong. Magandang susunod na hakbang ang magsabi sa nakatatandang pinagkakatiwalaan o i-tap ang Tulong.
# Answer option (right).
q-already-went-along-still-get-help = Hindi pa rin niya ito kasalanan, at puwede pa rin siyang humingi ng tulong.
    .feedback = Tama. Nasa taong nagmanipula sa kaniya ang sisi. May tulong anumang oras.
# Answer option (wrong).
q-already-went-along-nothing-can-be-done = Wala nang magagawa ngayon.
    .feedback = Hindi pa eksakto. Makakatulong pa rin ang mga nakatatanda, mga app, at mga helpline, at kadalasang natatanggal pa ang mga litrato.
# Answer option (wrong).
q-already-went-along-handle-alone = Kailangan niyang harapin ito nang mag-isa dahil sumunod siya.
    .feedback = Hindi pa eksakto. Hindi ito nagiging kasalanan niya dahil lang sumunod siya. Karapat-dapat siya sa suporta.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Itanong: bakit kadalasang maganda ang pakiramdam ng manipulasyon sa simula? Pag-usapan kung ano ang itsura ng pattern sa isang estranghero, sa isang kaedad, at sa isang taong kilala mo. Ano ang makakapagpadali sa pagsasabi sa isang tao? Ipaalala sa grupo na hinding-hindi kasalanan ng taong minamanipula.
