# SafeSteps — MIT OR Apache-2.0

### Lesson: Personal info and passwords (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Keep sentences short. Teach skills, not fear.

# Lesson name on the lesson card.
lesson-title = Taarifa binafsi na nenosiri
# One line under the lesson name.
lesson-summary = Jifunze taarifa gani za kuweka faragha, jinsi ya kutengeneza nenosiri imara, na la kufanya mtu akichukua akaunti yako.

# Card 1: what personal info is.
card-what-is-personal-info =
    Taarifa binafsi ni kitu chochote kinachoonyesha wewe ni nani au mahali pa kukupata.
    Ni jina lako kamili, anwani ya nyumbani kwenu na nambari yako ya simu.
    Ni jina la shule yako, na mahali ulipo sasa hivi.
    Picha yako ukiwa umevaa sare ya shule inaweza pia kuonyesha shule yako.
    Taarifa hizi ni za watu unaowajua na kuwaamini katika maisha halisi.
# Card 2: people in games and chat may ask for personal info.
card-games-and-chat =
    Michezo na programu za chati zinafurahisha. Wakati mwingine watu humo huuliza unapoishi au shule unayosoma.
    Si lazima ujibu. Ni sawa kusema hapana.
    Tumia jina la utani, si jina lako halisi.
    Zima kipengele cha mahali ulipo (location).
    Huna uhakika? Muulize kwanza mtu mzima unayemwamini.
# Card 3: strong passwords and passphrases.
card-strong-passwords =
    Nenosiri imara ni refu na ni gumu kubahatisha.
    Jaribu kaulisiri (passphrase). Chagua maneno manne yasiyohusiana, kama "chura mwezi keki ngoma."
    Kisha tunga lako mwenyewe. Usitumie hili.
    Usitumie jina lako, jina la mnyama wako kipenzi wala siku yako ya kuzaliwa. Watu wanaweza kuyabahatisha.
    Tumia nenosiri jipya kwa kila programu au mchezo.
    Mtu mzima unayemwamini anaweza kukusaidia kuyakumbuka yote.
# Card 4: never share passwords, even with friends.
card-keep-it-yours =
    Nenosiri lako ni lako na la watu wazima wanaokutunza tu.
    Usimpe mtu, hata rafiki yako wa karibu zaidi.
    Marafiki wanaweza kukosana. Na rafiki anaweza kulipitisha kwa wengine bila kukusudia.
    Kisha mtu angeweza kuingia kama wewe na kuchapisha vitu.
    Rafiki akikuuliza, unaweza kusema, "Samahani, nenosiri zangu ni siri yangu."
# Card 5: if an account is taken over; not the child's fault; who to tell.
card-account-taken =
    Kuna mtu aliyeingia kwenye akaunti yako? Labda alibadilisha nenosiri lako au alichapisha kama wewe.
    Si kosa lako.
    Mwambie mtu mzima unayemwamini mara moja. Anaweza kukusaidia kubadilisha nenosiri zako, kuripoti kwa programu na kurejesha akaunti yako.
    Unaweza pia kugusa Msaada upate mtu wa kuzungumza naye.

# Question: multiple choice, "choose all that apply".
q-which-is-personal = Ni zipi kati ya hizi zilizo taarifa binafsi? Chagua kila jibu linalofaa.
    .hint = Jiulize: je, hii inaweza kumsaidia mtu kunipata, au kujua mimi ni nani?
    .explanation = Jina lako kamili, anwani yako na shule yako ni taarifa binafsi. Vivyo hivyo picha ukiwa umevaa sare. Ni sawa kushiriki mchezo na chakula unachopenda.
# Answer option (personal info).
q-which-is-personal-full-name = Jina langu kamili
    .feedback = Jina lako kamili ni taarifa binafsi. Tumia jina la utani kwenye michezo.
# Answer option (personal info).
q-which-is-personal-home-address = Anwani ya nyumbani kwetu
    .feedback = Anwani yako inaonyesha mahali unapoishi. Iweke faragha.
# Answer option (personal info).
q-which-is-personal-school-name = Jina la shule yangu
    .feedback = Shule yako inaonyesha mahali ulipo mchana. Iweke faragha.
# Answer option (personal info).
q-which-is-personal-uniform-photo = Picha yangu nikiwa nimevaa sare ya shule
    .feedback = Sare inaweza kuonyesha shule unayosoma. Kwa hivyo nayo ni taarifa binafsi.
# Answer option (not personal info).
q-which-is-personal-favourite-game = Mchezo ninaoupenda
    .feedback = Bado kidogo. Ni sawa kushiriki mchezo unaoupenda. Hauonyeshi mahali ulipo.
# Answer option (not personal info).
q-which-is-personal-favourite-food = Chakula ninachokipenda
    .feedback = Bado kidogo. Ni sawa kushiriki chakula unachokipenda. Hakionyeshi wewe ni nani.

# Question: single choice about the strongest password.
q-strongest-password = Ni nenosiri lipi lililo imara zaidi?
    .hint = Ni lipi ambalo lingekuwa gumu zaidi kwa mtu kubahatisha?
    .explanation = Maneno manne yasiyohusiana yanatengeneza kaulisiri imara. Ni ndefu na ngumu kubahatisha, lakini ni rahisi kwako kukumbuka.
# Answer option (right).
q-strongest-password-four-random-words = taa simba mvua soksi
    .feedback = Ndiyo! Maneno manne yasiyohusiana ni marefu na magumu kubahatisha. Hiyo ni kaulisiri imara.
# Answer option (wrong).
q-strongest-password-name-and-birthday = Jina lako na siku yako ya kuzaliwa
    .feedback = Bado kidogo. Watu wengi wanajua jina lako na siku yako ya kuzaliwa. Ni rahisi kubahatisha.
# Answer option (wrong).
q-strongest-password-password-123 = password123
    .feedback = Bado kidogo. Hili ni mojawapo ya nenosiri zinazotumiwa zaidi duniani. Ni rahisi sana kubahatisha.
# Answer option (wrong).
q-strongest-password-pet-name = Jina la mnyama wako kipenzi
    .feedback = Bado kidogo. Marafiki na watu wanaoona machapisho yako wanaweza kujua jina la mnyama wako. Ni rahisi kubahatisha.

# Question: true or false about sharing a password with a best friend.
q-best-friend-password = Ni sawa kumpa rafiki yako wa karibu zaidi nenosiri lako.
    .hint = Nini kinaweza kutokea wewe na rafiki yako mkikosana?
    .explanation = Nenosiri lako ni lako na la watu wazima wanaokutunza tu. Hata rafiki wa karibu zaidi halihitaji.
# Feedback if the child picks "true" (wrong).
q-best-friend-password-true =
    .feedback = Bado kidogo. Marafiki wa karibu ni wazuri sana. Lakini marafiki wanaweza kukosana, au kupitisha nenosiri bila kukusudia. Liweke faragha.
# Feedback if the child picks "false" (right).
q-best-friend-password-false =
    .feedback = Ndiyo! Nenosiri lako ni lako na la watu wazima wanaokutunza tu. Rafiki wa kweli ataelewa.

# Question: a scenario. The situation is shown first, then the question.
q-player-asks-school = Amina angefanya nini?
    .situation = Amina, miaka 10, anacheza mchezo wa kujenga. Mchezaji aliyekutana naye wiki iliyopita anasema, "Unasoma shule gani? Nadhani naijua!"
    .hint = Je, jina la shule ni taarifa binafsi? Nani angeweza kusaidia?
    .explanation = Shule ya Amina ni taarifa binafsi. Si lazima aseme. Kuiweka faragha na kumwambia mtu mzima anayemwamini ndilo jambo bora.
# Action (best).
q-player-asks-school-keep-private-tell-adult = Asiseme. Amwambie mtu mzima anayemwamini kuhusu jambo hilo.
    .feedback = Chaguo bora! Amina anaiweka shule yake faragha. Mtu mzima anayemwamini anaweza kusaidia mchezaji huyo akiendelea kuuliza.
# Action (also good).
q-player-asks-school-say-no-thanks = Aseme, "Sishiriki hilo," na aendelee kucheza.
    .feedback = Chaguo zuri. Amina anaweka taarifa zake faragha. Mchezaji akiuliza tena, anaweza kumwambia mtu mzima na kumzuia (block).
# Action (not helpful).
q-player-asks-school-tell-school = Amwambie. Anaonekana mtu mwema.
    .feedback = Bado kidogo. Kuonekana mwema hakuonyeshi mtu ni nani hasa. Shule yake ni taarifa binafsi, kwa hivyo anaweza kuiweka faragha.
# Action (not helpful).
q-player-asks-school-send-uniform-selfie = Atume selfie akiwa amevaa sare ili mchezaji abahatishe.
    .feedback = Bado kidogo. Picha ya sare pia inaonyesha shule yake. Ni bora kuiweka faragha.

# Question: sort things into two groups.
q-share-or-keep = Weka kila kitu kwenye kikundi sahihi.
    .hint = Je, kinaweza kumsaidia mtu kukupata au kuingia kwenye akaunti yako?
    .explanation = Ni sawa kushiriki bendi unayoipenda na jina lako la utani la mchezoni. Nambari yako ya simu, nenosiri lako na mahali ulipo sasa hivi ni faragha.
# Group name.
q-share-or-keep-okay-to-share = Ni sawa kushiriki
# Group name.
q-share-or-keep-keep-private = Ni faragha
# Item to sort (okay to share).
q-share-or-keep-favourite-band = Bendi ninayoipenda
    .feedback = Inafurahisha kushiriki bendi unayoipenda. Haionyeshi mahali ulipo.
# Item to sort (okay to share).
q-share-or-keep-game-nickname = Jina langu la utani la mchezoni
    .feedback = Ni sawa kushiriki jina la utani. Ndiyo sababu ni bora kuliko jina lako halisi.
# Item to sort (keep private).
q-share-or-keep-phone-number = Nambari yangu ya simu
    .feedback = Nambari yako ya simu inawawezesha watu kukupigia au kukutumia SMS. Iweke faragha.
# Item to sort (keep private).
q-share-or-keep-my-password = Nenosiri langu
    .feedback = Nenosiri lako linaweka akaunti yako salama. Ni lako na la watu wazima wako tu.
# Item to sort (keep private).
q-share-or-keep-where-i-am-now = Mahali nilipo sasa hivi
    .feedback = Mahali ulipo sasa hivi ni faragha. Pangeweza kumsaidia mtu kukupata.

# Question: single choice about a selfie in school uniform.
q-uniform-selfie = Brian anataka kuchapisha selfie akiwa amevaa sare ya shule kwenye programu ya video. Anapaswa kufikiria nini?
    .hint = Angalia amevaa nini. Kinaweza kuwaambia watu nini?
    .explanation = Sare inaweza kuonyesha shule unayosoma. Brian angeweza kupiga picha akiwa amevaa nguo nyingine, au kumuuliza kwanza mtu mzima anayemwamini.
# Answer option (right).
q-uniform-selfie-shows-school = Sare inaweza kuwaonyesha watu shule anayosoma.
    .feedback = Ndiyo! Nembo au rangi zinaweza kuonyesha shule yake. Angeweza kuchapisha picha akiwa amevaa nguo nyingine.
# Answer option (wrong).
q-uniform-selfie-no-risk = Hakuna kitu. Picha ni picha tu.
    .feedback = Bado kidogo. Picha zinaweza kuonyesha vitu kama shule yako, barabara yenu au nyumba yenu.
# Answer option (wrong).
q-uniform-selfie-only-bad-if-ugly = Ni tatizo tu kama ataonekana wa kuchekesha.
    .feedback = Bado kidogo. Jinsi anavyoonekana ni uamuzi wake. Jambo la kufikiria ni kile picha inachoonyesha.

# Question: single choice about an account being taken over.
q-coins-gone = Zawadi anaingia kwenye mchezo wake. Sarafu zake zimetoweka na nenosiri lake limebadilishwa. Afanye nini kwanza?
    .hint = Nani anaweza kumsaidia Zawadi kurejesha akaunti yake?
    .explanation = Zawadi amwambie mtu mzima anayemwamini mara moja. Anaweza kumsaidia kubadilisha nenosiri na kuripoti kwa mchezo. Si kosa lake.
# Answer option (right).
q-coins-gone-tell-adult-now = Amwambie mtu mzima anayemwamini mara moja.
    .feedback = Ndiyo! Mtu mzima anaweza kumsaidia Zawadi kuripoti na kurejesha akaunti yake. Si kosa lake.
# Answer option (wrong).
q-coins-gone-keep-quiet = Anyamaze na atumaini itakoma.
    .feedback = Bado kidogo. Kunyamaza kunamwacha mtu huyo aendelee kutumia akaunti yake. Kumwambia mtu mzima kunasaidia.
# Answer option (wrong).
q-coins-gone-new-account-secretly = Afungue akaunti mpya na asimwambie mtu yeyote.
    .feedback = Bado kidogo. Mtu huyo bado anaweza kutumia akaunti yake ya zamani. Mtu mzima anaweza kumsaidia kuirejesha na kuripoti.

# Question: true or false about telling after an account is taken over.
q-telling-helps = Mtu akichukua akaunti yako, kumwambia mtu mzima kunaweza kukusaidia kuirejesha.
    .hint = Angalia tena kadi kuhusu akaunti iliyochukuliwa.
    .explanation = Ndiyo. Mtu mzima unayemwamini anaweza kukusaidia kubadilisha nenosiri na kuripoti kwa programu. Unaweza pia kugusa Msaada.
# Feedback if the child picks "true" (right).
q-telling-helps-true =
    .feedback = Ndiyo! Kumwambia mtu mzima ndiyo hatua bora ya kwanza. Si kosa lako, na anaweza kusaidia.
# Feedback if the child picks "false" (wrong).
q-telling-helps-false =
    .feedback = Bado kidogo. Mtu mzima unayemwamini anaweza kukusaidia kuripoti na kurejesha akaunti yako. Si lazima ulirekebishe peke yako.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza: ni taarifa gani binafsi ambazo picha au chati inaweza kutoa bila sisi kugundua? Tungeni pamoja kaulisiri ya kuchekesha ya maneno manne (msiitumie kwa kweli). Kisha zungumzeni kuhusu nani wangemwambia kama akaunti ingechukuliwa.
