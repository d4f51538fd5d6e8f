# SafeSteps — MIT OR Apache-2.0

### Lesson: Warning signs (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Name actions and feelings; never describe abuse.

# Lesson name on the lesson card.
lesson-title = Pansinin ang mga babalang senyales
# One line under the lesson name.
lesson-summary = Alamin kung paano mapapansin na hindi tunay na kaibigan ang isang tao online. Tapos alamin ang gagawin.

# Card 1: technology is positive; risks can come from people you know too.
card-fun-and-friends =
    Magandang paraan ang mga laro, chat, at video app para magsaya at manatiling malapit sa mga kaibigan.
    Mababait ang karamihan ng tao online. Pero may ilang nagpapakita ng sobrang bait para lokohin ang isang bata.
    Puwedeng estranghero ito, kaibigan online, o kahit taong kilala mo.
    Kapag alam mo ang mga babalang senyales, mapapansin mo ito agad.
# Card 2: the main warning signs of grooming.
card-warning-signs =
    Heto ang ilang babalang senyales.
    May nagbibigay sa iyo ng regalo, game coins, o skins nang walang dahilan.
    Pinapaglihim ka nila ng mga chat ninyo.
    Gusto nilang lumipat kayo sa pribadong chat o sa ibang app.
    Nagsasabi sila ng mga bagay gaya ng "Ang mature mo na" o "Ako lang ang nakakaintindi sa iyo."
    Humihingi sila ng litrato, o nagtatanong kung ano ang itsura mo.
# Card 3: pressure and saying no.
card-pressure =
    Tinatanggap ng tunay na kaibigan ang "hindi."
    Kung may nagpaparamdam sa iyo na pinipilit ka, nakokonsensiya ka, o natatakot ka, may mali.
    Puwede kang tumigil sa pagsagot, i-report siya, at i-block siya. Puwede mo itong gawin kahit nagustuhan mo siya dati.
# Card 4: it is never the child's fault.
card-not-your-fault =
    Kung may taong online na nanloko o namilit sa iyo, hindi mo ito kasalanan.
    Ang taong nanloloko ng bata ang gumagawa ng mali.
    Puwede ka pa ring humingi ng tulong kahit kailan, kahit may itinago kang sikreto o may naipadala ka.
# Card 5: who to tell and where to find help.
card-tell-someone =
    Sabihin sa nakatatandang pinagkakatiwalaan mo, gaya ng magulang, tagapag-alaga, o guro.
    Hindi ka nila dapat sisihin. Trabaho nilang tulungan kang mag-report, mag-block, at maging ligtas.
    Itabi ang mga mensahe. Huwag itong i-delete; nakakatulong ang mga ito kapag nag-report ka.
    Puwede mo ring i-tap ang button na Tulong para makahanap ng makakausap.

# Question: single choice about a gift offered in a game.
q-free-coins = Sabi ng isang tao sa laro, "Bibigyan kita ng libreng coins kung ia-add mo ako sa ibang app." Ano ito?
    .hint = Balikan ang mga babalang senyales. May nangyayari ba rito na nasa listahang iyon?
    .explanation = Parehong babalang senyales ang regalong may kapalit at ang paglipat sa ibang app. Tumanggi at sabihin sa nakatatandang pinagkakatiwalaan mo.
# Answer option (right).
q-free-coins-warning-sign = Babalang senyales
    .feedback = Tama! Dalawang babalang senyales ang libreng regalo at ang paglipat sa ibang app. Matalinong hakbang ang pagsasabi sa nakatatandang pinagkakatiwalaan mo.
# Answer option (wrong).
q-free-coins-just-kind = Mabait lang talaga siya
    .feedback = Hindi pa eksakto. Hindi ka pinalilipat ng app ng mababait na tao para lang makakuha ng regalo. Babalang senyales ang regalong may kapalit.
# Answer option (wrong).
q-free-coins-fair-trade = Patas na palitan
    .feedback = Hindi pa eksakto. Hindi ito palitan. Babalang senyales ang regalong may kasamang "lumipat tayo sa ibang app."

# Question: multiple choice, "choose all that apply".
q-which-signs = Ginagawa ito ng isang taong nakilala mo sa laro. Alin ang mga babalang senyales? Piliin ang lahat ng tamang sagot.
    .hint = Sa bawat isa, itanong: okay lang ba kung makita ito ng nakatatandang pinagkakatiwalaan ko?
    .explanation = Babalang senyales ang mga sikreto, libreng regalo, paglipat sa pribadong app, at paghingi ng litrato. Normal ang "good game." Normal din ang paglalaro ng parehong laro.
# Answer option (a warning sign).
q-which-signs-keep-it-secret = Pinapaglihim ka nila ng mga chat ninyo.
    .feedback = Babalang senyales ang pagpapalihim sa iyo ng mga chat mula sa mga nakatatanda mo.
# Answer option (a warning sign).
q-which-signs-gifts-for-nothing = Binibigyan ka nila ng regalo nang walang dahilan.
    .feedback = Puwedeng paraan ang mga regalong walang dahilan para maramdaman mong may utang na loob ka sa kanila. Babalang senyales iyan.
# Answer option (a warning sign).
q-which-signs-move-to-private-app = Gusto nilang lumipat kayo sa pribadong app.
    .feedback = Kapag lumipat sa pribadong chat, walang ibang makakakita ng sinasabi nila. Babalang senyales iyan.
# Answer option (a warning sign).
q-which-signs-asks-for-photos = Humihingi sila ng mga litrato mo.
    .feedback = Babalang senyales ang paghingi ng litrato. Puwede kang tumanggi at magsabi sa isang nakatatanda.
# Answer option (not a warning sign).
q-which-signs-says-good-game = Nagsasabi sila ng "good game" pagkatapos ng laban.
    .feedback = Hindi pa eksakto. Normal at mabait ang pagsasabi ng "good game."
# Answer option (not a warning sign).
q-which-signs-plays-same-game = Pareho kayo ng nilalarong laro.
    .feedback = Hindi pa eksakto. Normal ito. Maraming tao ang naglalaro ng parehong mga laro.

# Question: true or false about strangers.
q-only-strangers = Mga estranghero lang ang puwedeng sumubok na manloko ng mga bata online.
    .hint = Puwede bang kumilos nang parang mali ang taong kilala mo na?
    .explanation = Puwedeng kahit sino: estranghero, kaibigan online, o taong kilala mo. Tingnan ang ginagawa ng mga tao, hindi lang kung sino sila.
# Feedback if the child picks "true" (wrong).
q-only-strangers-true =
    .feedback = Hindi pa eksakto. Puwede ring kaibigan online o taong kilala mo. Bantayan ang mga babalang senyales, kahit kanino.
# Feedback if the child picks "false" (right).
q-only-strangers-false =
    .feedback = Tama! Puwedeng kahit sino, kahit taong kilala mo. Kapag napansin mo ang mga senyales, makakahingi ka agad ng tulong.

# Question: a scenario. The situation is shown first, then the question.
q-alex-private-app = Ano ang puwedeng gawin ni Sam?
    .situation = Ilang linggo nang ka-chat ni Sam, 11, si Alex sa isang laro. Masayang kasama si Alex. Ngayon, sabi ni Alex, "Mag-usap tayo sa isang pribadong app. Huwag mong sabihin sa mga magulang mo. Hindi nila maiintindihan."
    .hint = May dalawang babalang senyales dito. Sino ang makakatulong kay Sam?
    .explanation = Dalawang babalang senyales ang pribadong app at ang paglilihim sa mga magulang. Pinakamainam na magsabi sa nakatatandang pinagkakatiwalaan mo. Nakakatulong din ang pag-block at pag-report.
# Action (best).
q-alex-private-app-tell-trusted-adult = Sabihin sa magulang o sa ibang nakatatandang pinagkakatiwalaan ni Sam.
    .feedback = Pinakamagandang pili! Matutulungan si Sam ng nakatatandang pinagkakatiwalaan niya na mag-report, mag-block, at manatiling ligtas. Walang dapat sumisi kay Sam dahil nagsabi siya.
# Action (also good).
q-alex-private-app-stop-block-report = Tumigil sa pagsagot, tapos i-report at i-block si Alex.
    .feedback = Magandang pili. I-save muna ang mga mensahe, tapos i-report at i-block. Mas maganda pa kung magsasabi rin sa isang nakatatanda.
# Action (not helpful).
q-alex-private-app-say-no-keep-chatting = Tumanggi, pero patuloy na makipag-chat sa laro.
    .feedback = Hindi pa eksakto. Mabuti ang pagtanggi, pero humingi si Alex ng paglilihim. Babalang senyales iyan. Sabihin sa nakatatandang pinagkakatiwalaan mo.
# Action (not helpful).
q-alex-private-app-go-to-private-app = Lumipat sa pribadong app, pero mag-ingat.
    .feedback = Hindi pa eksakto. Sa pribadong app, walang ibang makakakita ng sinasabi ni Alex. Mas ligtas ang magsabi sa isang nakatatanda.

# Question: single choice about pressure.
q-real-friend = Sabi ng isang tao, "Kung totoong kaibigan mo ako, padadalhan mo ako ng litrato." Ano ang nangyayari?
    .hint = Ano ang mararamdaman mo sa mensaheng ito?
    .explanation = Pamimilit ito. Tinatanggap ng tunay na kaibigan ang "hindi." Puwede kang tumanggi, tumigil sa pagsagot, at magsabi sa isang nakatatanda.
# Answer option (right).
q-real-friend-pressure = Pinipilit niya ako. Tatanggapin ng tunay na kaibigan ang "hindi."
    .feedback = Tama! Pamimilit iyan. Puwede kang tumanggi, i-block siya, at sabihin sa nakatatandang pinagkakatiwalaan mo.
# Answer option (wrong).
q-real-friend-friendship-test = Patas na pagsubok ito ng pagkakaibigan namin.
    .feedback = Hindi pa eksakto. Hindi pagsusulit ang pagkakaibigan na maipapasa mo sa pagpapadala ng litrato. Pamimilit ito.
# Answer option (wrong).
q-real-friend-fair-ask = Okay lang, kasi magalang naman siyang humingi.
    .feedback = Hindi pa eksakto. Puwede pa ring pamimilit ang magalang na paghingi. Puwede kang tumanggi kahit kailan.

# Question: true or false about who is to blame. The right answer is "true".
q-who-is-to-blame = Kung may taong online na nanloko ng bata, hindi iyon kasalanan ng bata.
    .hint = Sino ang gumagawa ng mali?
    .explanation = Ang taong nanloloko o namimilit sa bata ang gumagawa ng mali. Hinding-hindi ito kasalanan ng bata.
# Feedback if the child picks "true" (right).
q-who-is-to-blame-true =
    .feedback = Tama. Hinding-hindi ito kasalanan ng bata. Puwede kang magsabi sa isang nakatatanda at humingi ng tulong kahit kailan.
# Feedback if the child picks "false" (wrong).
q-who-is-to-blame-false =
    .feedback = Hindi pa eksakto. Hinding-hindi dapat sisihin ang bata. Ang taong nanloloko sa kaniya ang gumagawa ng mali, at laging may tulong na naghihintay.

# Question: single choice about flattery from someone the child knows.
q-only-i-get-you = Madalas nang mag-message sa iyo ang isang kaibigan ng pamilya. Sabi niya, "Ang mature mo na. Ako lang ang nakakaintindi sa iyo." Ano ito?
    .hint = Balikan ang mga babalang senyales. Mahalaga ba na kilala mo siya?
    .explanation = Babalang senyales ang "ako lang ang nakakaintindi sa iyo," kahit galing sa taong kilala mo. Sabihin sa ibang nakatatandang pinagkakatiwalaan mo.
# Answer option (right).
q-only-i-get-you-warning-sign = Babalang senyales, kahit kilala ko siya.
    .feedback = Tama! Mahalaga ang mga babalang senyales, sino man siya. Matalinong hakbang ang pagsasabi sa ibang nakatatandang pinagkakatiwalaan mo.
# Answer option (wrong).
q-only-i-get-you-nice-compliment = Magandang papuri lang.
    .feedback = Hindi pa eksakto. Puwedeng paraan ang "ako lang ang nakakaintindi sa iyo" para ilayo ka sa pamilya mo. Babalang senyales iyan.
# Answer option (wrong).
q-only-i-get-you-normal-for-family-friend = Normal, kasi kaibigan siya ng pamilya.
    .feedback = Hindi pa eksakto. Puwede ring magpakita ng mga babalang senyales ang mga taong kilala mo. Tingnan ang ginagawa nila, hindi lang kung sino sila.

# Question: true or false about getting help after keeping a secret or sending something. The right answer is "true".
q-still-get-help = Kung may itinago kang sikreto o may naipadala ka, puwede ka pa ring humingi ng tulong.
    .hint = Sino ang gumagawa ng mali kapag may nanloko ng bata?
    .explanation = Oo. Hindi mo ito kasalanan, kahit may itinago kang sikreto o may naipadala ka. Puwede kang magsabi kahit kailan, kahit matagal na.
# Feedback if the child picks "true" (right).
q-still-get-help-true =
    .feedback = Tama! Puwede kang magsabi sa nakatatandang pinagkakatiwalaan mo kahit kailan. Puwede mo ring i-tap ang Tulong.
# Feedback if the child picks "false" (wrong).
q-still-get-help-false =
    .feedback = Hindi pa eksakto. Laging may tulong para sa iyo. Ang taong nanloko sa iyo ang gumagawa ng mali.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Itanong: ano ang nagpapakita na tunay na kaibigan ang isang tao online? Ilista nang magkakasama ang mga babalang senyales, tapos pag-usapan kung sino ang puwede nilang sabihan sa sarili nilang buhay, at ano ang nangyayari pagkatapos nilang magsabi.
