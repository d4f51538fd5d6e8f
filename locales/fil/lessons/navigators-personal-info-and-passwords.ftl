# SafeSteps — MIT OR Apache-2.0

### Lesson: Personal info and passwords (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Keep sentences short. Teach skills, not fear.

# Lesson name on the lesson card.
lesson-title = Personal info at mga password
# One line under the lesson name.
lesson-summary = Alamin kung anong info ang dapat manatiling pribado, paano gumawa ng matibay na password, at ano ang gagawin kung may umagaw ng account mo.

# Card 1: what personal info is.
card-what-is-personal-info =
    Ang personal info ay anumang nagpapakita kung sino ka o kung saan ka mahahanap.
    Ito ang buo mong pangalan, ang address ng bahay ninyo, at ang numero ng telepono mo.
    Ito ang pangalan ng paaralan mo, at kung nasaan ka ngayon mismo.
    Puwede ring ipakita ng litrato mo na naka-school uniform kung saan ka nag-aaral.
    Ibahagi lang ang mga ito sa mga taong kilala at pinagkakatiwalaan mo sa totoong buhay.
# Card 2: people in games and chat may ask for personal info.
card-games-and-chat =
    Masaya ang mga laro at chat app. Minsan, may nagtatanong doon kung saan ka nakatira o saan ka nag-aaral.
    Hindi mo kailangang sumagot. Okay lang na tumanggi.
    Gumamit ng palayaw, hindi ng tunay mong pangalan.
    Panatilihing naka-off ang location mo.
    Hindi sigurado? Magtanong muna sa nakatatandang pinagkakatiwalaan mo.
# Card 3: strong passwords and passphrases.
card-strong-passwords =
    Ang matibay na password ay mahaba at mahirap hulaan.
    Subukan ang passphrase. Pumili ng apat na salitang walang kinalaman sa isa't isa, gaya ng "palaka buwan keyk tambol."
    Tapos gumawa ng sarili mo. Huwag gamitin ang halimbawang ito.
    Huwag gamitin ang pangalan mo, ang pangalan ng alaga mo, o ang kaarawan mo. Kayang hulaan iyon ng iba.
    Gumamit ng bagong password sa bawat app o laro.
    Matutulungan kang tandaan ang mga ito ng nakatatandang pinagkakatiwalaan mo.
# Card 4: never share passwords, even with friends.
card-keep-it-yours =
    Para lang sa iyo at sa mga nakatatandang nag-aalaga sa iyo ang password mo.
    Huwag itong ibahagi, kahit sa best friend mo.
    Puwedeng mag-away ang magkaibigan. At baka maipasa ito ng kaibigan mo nang hindi sinasadya.
    Tapos puwedeng may mag-log in bilang ikaw at mag-post ng kung ano-ano.
    Kung may kaibigang magtanong, puwede mong sabihin, "Sorry, pribado ang mga password ko."
# Card 5: if an account is taken over; not the child's fault; who to tell.
card-account-taken =
    May nakapasok ba sa account mo? Baka pinalitan nila ang password mo o nag-post sila bilang ikaw.
    Hindi mo ito kasalanan.
    Sabihin agad sa nakatatandang pinagkakatiwalaan mo. Matutulungan ka nilang palitan ang mga password mo, i-report ito sa app, at mabawi ang account mo.
    Puwede mo ring i-tap ang Tulong para makahanap ng makakausap.

# Question: multiple choice, "choose all that apply".
q-which-is-personal = Alin sa mga ito ang personal info? Piliin ang lahat ng tamang sagot.
    .hint = Itanong: makakatulong ba ito para mahanap ako ng iba, o malaman kung sino ako?
    .explanation = Personal info ang buo mong pangalan, address, at paaralan. Ganoon din ang litrato mo na naka-uniform. Okay lang ibahagi ang paborito mong laro at pagkain.
# Answer option (personal info).
q-which-is-personal-full-name = Ang buo kong pangalan
    .feedback = Personal info ang buo mong pangalan. Gumamit ng palayaw sa mga laro.
# Answer option (personal info).
q-which-is-personal-home-address = Ang address ng bahay namin
    .feedback = Ipinapakita ng address mo kung saan ka nakatira. Panatilihin itong pribado.
# Answer option (personal info).
q-which-is-personal-school-name = Ang pangalan ng paaralan ko
    .feedback = Ipinapakita ng paaralan mo kung nasaan ka sa maghapon. Panatilihin itong pribado.
# Answer option (personal info).
q-which-is-personal-uniform-photo = Litrato ko na naka-school uniform
    .feedback = Puwedeng ipakita ng uniform kung saang paaralan ka pumapasok. Kaya personal info din ito.
# Answer option (not personal info).
q-which-is-personal-favourite-game = Ang paborito kong laro
    .feedback = Hindi pa eksakto. Okay lang ibahagi ang paborito mong laro. Hindi nito ipinapakita kung nasaan ka.
# Answer option (not personal info).
q-which-is-personal-favourite-food = Ang paborito kong pagkain
    .feedback = Hindi pa eksakto. Okay lang ibahagi ang paborito mong pagkain. Hindi nito ipinapakita kung sino ka.

# Question: single choice about the strongest password.
q-strongest-password = Aling password ang pinakamatibay?
    .hint = Alin ang pinakamahirap hulaan ng iba?
    .explanation = Matibay na passphrase ang apat na salitang walang kinalaman sa isa't isa. Mahaba ito at mahirap hulaan, pero madali mong matandaan.
# Answer option (right).
q-strongest-password-four-random-words = ilaw tigre ulan medyas
    .feedback = Tama! Mahaba at mahirap hulaan ang apat na salitang walang kinalaman sa isa't isa. Kaya matibay itong passphrase.
# Answer option (wrong).
q-strongest-password-name-and-birthday = Ang pangalan at kaarawan mo
    .feedback = Hindi pa eksakto. Maraming nakakaalam ng pangalan at kaarawan mo. Madali itong hulaan.
# Answer option (wrong).
q-strongest-password-password-123 = password123
    .feedback = Hindi pa eksakto. Isa ito sa pinakamadalas gamiting password. Napakadali nitong hulaan.
# Answer option (wrong).
q-strongest-password-pet-name = Ang pangalan ng alaga mo
    .feedback = Hindi pa eksakto. Baka alam ng mga kaibigan mo at ng mga nakakakita ng posts mo ang pangalan ng alaga mo. Madali itong hulaan.

# Question: true or false about sharing a password with a best friend.
q-best-friend-password = Okay lang ibahagi ang password mo sa best friend mo.
    .hint = Ano ang puwedeng mangyari kung mag-away kayo ng kaibigan mo?
    .explanation = Para lang sa iyo at sa mga nakatatandang nag-aalaga sa iyo ang password mo. Kahit ang best friend mo, hindi ito kailangan.
# Feedback if the child picks "true" (wrong).
q-best-friend-password-true =
    .feedback = Hindi pa eksakto. Masarap magkaroon ng best friend. Pero puwedeng mag-away ang magkaibigan, o maipasa ang password nang hindi sinasadya. Panatilihin itong pribado.
# Feedback if the child picks "false" (right).
q-best-friend-password-false =
    .feedback = Tama! Para lang sa iyo at sa mga nakatatandang nag-aalaga sa iyo ang password mo. Maiintindihan iyan ng tunay na kaibigan.

# Question: a scenario. The situation is shown first, then the question.
q-player-asks-school = Ano ang puwedeng gawin ni Mia?
    .situation = Si Mia, 10, ay naglalaro ng building game. Sabi ng isang player na nakilala niya noong isang linggo, "Saang school ka nag-aaral? Pustahan, alam ko iyan!"
    .hint = Personal info ba ang pangalan ng paaralan? Sino ang makakatulong?
    .explanation = Personal info ang paaralan ni Mia. Hindi niya kailangang sabihin. Pinakamainam na panatilihin itong pribado at sabihin sa nakatatandang pinagkakatiwalaan niya.
# Action (best).
q-player-asks-school-keep-private-tell-adult = Huwag sabihin. Ikuwento ito sa nakatatandang pinagkakatiwalaan niya.
    .feedback = Pinakamagandang pili! Pribado pa rin ang paaralan ni Mia. Matutulungan siya ng nakatatandang pinagkakatiwalaan niya kung patuloy na magtanong ang player.
# Action (also good).
q-player-asks-school-say-no-thanks = Sabihin, "Hindi ko iyan sinasabi sa iba," at ituloy ang paglalaro.
    .feedback = Magandang pili. Pribado pa rin ang info ni Mia. Kung magtanong ulit ang player, puwede niyang sabihin sa isang nakatatanda at i-block siya.
# Action (not helpful).
q-player-asks-school-tell-school = Sabihin. Mukha naman siyang mabait.
    .feedback = Hindi pa eksakto. Kahit mukhang mabait ang isang tao, hindi pa rin natin alam kung sino talaga siya. Personal info ang paaralan niya, kaya puwede niya itong panatilihing pribado.
# Action (not helpful).
q-player-asks-school-send-uniform-selfie = Magpadala ng selfie na naka-uniform para mahulaan nila.
    .feedback = Hindi pa eksakto. Ipinapakita rin ng litratong naka-uniform ang paaralan niya. Pinakamainam na panatilihin itong pribado.

# Question: sort things into two groups.
q-share-or-keep = Ilagay ang bawat isa sa tamang grupo.
    .hint = Makakatulong ba ito para mahanap ka ng iba o makapasok sila sa account mo?
    .explanation = Okay lang ibahagi ang paborito mong banda at ang palayaw mo sa laro. Pribado ang numero ng telepono mo, ang password mo, at kung nasaan ka ngayon mismo.
# Group name.
q-share-or-keep-okay-to-share = Okay lang ibahagi
# Group name.
q-share-or-keep-keep-private = Panatilihing pribado
# Item to sort (okay to share).
q-share-or-keep-favourite-band = Ang paborito kong banda
    .feedback = Masayang ibahagi ang paborito mong banda. Hindi nito ipinapakita kung nasaan ka.
# Item to sort (okay to share).
q-share-or-keep-game-nickname = Ang palayaw ko sa laro
    .feedback = Okay lang ibahagi ang palayaw. Kaya nga mas mabuti ito kaysa sa tunay mong pangalan.
# Item to sort (keep private).
q-share-or-keep-phone-number = Ang numero ng telepono ko
    .feedback = Gamit ang numero ng telepono mo, puwede kang tawagan o i-text ng iba. Panatilihin itong pribado.
# Item to sort (keep private).
q-share-or-keep-my-password = Ang password ko
    .feedback = Pinapanatiling ligtas ng password mo ang account mo. Para lang ito sa iyo at sa mga nakatatanda mo.
# Item to sort (keep private).
q-share-or-keep-where-i-am-now = Kung nasaan ako ngayon mismo
    .feedback = Pribado kung nasaan ka ngayon mismo. Puwede itong gamitin ng iba para mahanap ka.

# Question: single choice about a selfie in school uniform.
q-uniform-selfie = Gustong mag-post ni Jay ng selfie na naka-school uniform sa isang video app. Ano ang dapat niyang isipin?
    .hint = Tingnan ang suot niya. Ano ang puwede nitong sabihin sa iba?
    .explanation = Puwedeng ipakita ng uniform kung saang paaralan ka pumapasok. Puwedeng magpalitrato si Jay na iba ang suot, o magtanong muna sa nakatatandang pinagkakatiwalaan niya.
# Answer option (right).
q-uniform-selfie-shows-school = Puwedeng ipakita ng uniform sa iba kung saang paaralan siya pumapasok.
    .feedback = Tama! Puwedeng ipakita ng logo o mga kulay ang paaralan niya. Puwede siyang mag-post ng litratong iba ang suot.
# Answer option (wrong).
q-uniform-selfie-no-risk = Wala. Litrato lang naman iyan.
    .feedback = Hindi pa eksakto. Puwedeng ipakita ng mga litrato ang mga bagay gaya ng paaralan mo, kalye ninyo, o bahay ninyo.
# Answer option (wrong).
q-uniform-selfie-only-bad-if-ugly = Kung mukha lang siyang katawa-tawa rito.
    .feedback = Hindi pa eksakto. Siya ang bahala sa itsura niya. Ang dapat isipin ay kung ano ang ipinapakita ng litrato.

# Question: single choice about an account being taken over.
q-coins-gone = Nag-log in si Zoe sa laro niya. Wala na ang coins niya at napalitan na ang password niya. Ano ang una niyang dapat gawin?
    .hint = Sino ang makakatulong kay Zoe na mabawi ang account niya?
    .explanation = Dapat sabihin agad ni Zoe sa nakatatandang pinagkakatiwalaan niya. Matutulungan nila siyang palitan ang mga password at i-report ito sa laro. Hindi niya ito kasalanan.
# Answer option (right).
q-coins-gone-tell-adult-now = Sabihin agad sa nakatatandang pinagkakatiwalaan niya.
    .feedback = Tama! Matutulungan ng nakatatanda si Zoe na i-report ito at mabawi ang account niya. Hindi niya ito kasalanan.
# Answer option (wrong).
q-coins-gone-keep-quiet = Manahimik at umasang titigil ito.
    .feedback = Hindi pa eksakto. Kapag nanahimik siya, patuloy na magagamit ng taong iyon ang account niya. Nakakatulong ang pagsasabi sa nakatatanda.
# Answer option (wrong).
q-coins-gone-new-account-secretly = Gumawa ng bagong account at huwag sabihin kaninuman.
    .feedback = Hindi pa eksakto. Magagamit pa rin ng taong iyon ang luma niyang account. Matutulungan siya ng nakatatanda na mabawi at i-report ito.

# Question: true or false about telling after an account is taken over.
q-telling-helps = Kung may umagaw ng account mo, makakatulong ang pagsasabi sa nakatatanda para mabawi mo ito.
    .hint = Balikan ang card tungkol sa account na inagaw.
    .explanation = Oo. Matutulungan ka ng nakatatandang pinagkakatiwalaan mo na palitan ang mga password at i-report ito sa app. Puwede mo ring i-tap ang Tulong.
# Feedback if the child picks "true" (right).
q-telling-helps-true =
    .feedback = Tama! Ang pagsasabi sa nakatatanda ang pinakamagandang unang hakbang. Hindi mo ito kasalanan, at matutulungan ka nila.
# Feedback if the child picks "false" (wrong).
q-telling-helps-false =
    .feedback = Hindi pa eksakto. Matutulungan ka ng nakatatandang pinagkakatiwalaan mo na i-report ito at mabawi ang account mo. Hindi mo kailangang ayusin ito nang mag-isa.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Itanong: anong personal info ang puwedeng maibunyag ng isang litrato o chat nang hindi natin napapansin? Gumawa kayo nang magkakasama ng nakakatawang passphrase na may apat na salita (huwag itong gamitin nang totohanan). Tapos pag-usapan kung sino ang sasabihan nila kung may umagaw ng account.
