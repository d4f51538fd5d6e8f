# SafeSteps — MIT OR Apache-2.0

### Lesson: How children are targeted online (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Describe tactics, feelings and actions only; never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Paano tinatarget ang mga bata online
# One line under the lesson name.
lesson-summary = Alamin ang mga karaniwang paraan ng pagsubok na makuha ang tiwala ng bata online, para mapansin mo agad at makatulong ka.

# Card 1: where contact happens; technology framed positively.
card-where-it-happens =
    Malaking bahagi ng paglalaro, pag-aaral, at pakikipag-ugnayan ng mga bata sa kaibigan ang mga laro, social app, at chat. Mabuti para sa kanila ang karamihan ng oras na iyon.
    Pumupunta ang mga taong gustong manakit ng bata kung nasaan ang mga bata. Ibig sabihin, sa mga sikat na laro, voice chat sa laro, video app, at group chat.
    Kadalasang nagsisimula ang pakikipag-ugnayan sa pampublikong lugar, gaya ng game lobby o comment section.
    Kapag alam mo kung paano gumagana ang mga lugar na ito, mapapansin mo agad ang mga problema, nang hindi ipinagbabawal ang mga bagay na kinagigiliwan ng anak mo.
# Card 2: it is often someone the child knows, not only strangers.
card-who-it-can-be =
    Hindi sapat ang mga babala tungkol sa mga estranghero. Karamihan ng nananakit ng mga bata ay kilala ng bata.
    Puwedeng nakatatanda sa buhay niya, mas nakatatandang teen, o batang kaedad niya.
    Puwede rin itong kaibigan online na ilang linggo na niyang ka-chat. Puwedeng magpanggap na mas bata ang taong iyon, o ipakitang pareho sila ng hilig, para magmukhang kaibigan.
    Kaya pag-usapan ang pag-uugali, hindi lang kung sino ang isang tao. Dapat ikabahala ang sinumang humihingi ng sikreto o lumalampas sa hangganan.
# Card 3: how trust is built: flattery, attention and gifts.
card-building-trust =
    Kadalasang dahan-dahang binubuo ang tiwala. Heto ang ilang karaniwang taktika.
    Maraming papuri at atensiyon, gaya ng "Ang mature mo na" o "Ako lang ang nakakaintindi sa iyo."
    Mga regalo, pera, gift card, o in-game currency at skins.
    Pagkampi sa anak mo kapag may away siya sa mga kaibigan o pamilya.
    Pagiging available kapag gabing-gabi na, kapag tulog na ang iba.
    Puwedeng iparamdam ng mga regalo sa bata na may utang siyang dapat bayaran. Puwedeng iparamdam ng papuri na espesyal at naiintindihan siya.
# Card 4: secrecy, moving to private chat, pressure and threats.
card-secrecy-and-pressure =
    Sunod, kadalasang sinusubukan ng tao na ilayo ang bata sa tulong.
    Baka pakiusapan niya ang bata na ilihim ang mga chat, o sabihing "hindi maiintindihan" ng mga magulang.
    Baka hilingin niyang lumipat sa private chat o sa ibang app, kung saan walang ibang nakakakita.
    Tapos puwedeng magbago ang tono. Baka mamilit siyang humingi ng litrato o video call, konsensiyahin ang bata, o magbanta.
    Ginagamit ang mga banta at hiya para manahimik ang bata. Kaya maraming bata ang hindi agad nagsasabi.
# Card 5: never the child's fault; someone to talk to.
card-never-their-fault =
    Hinding-hindi ito kasalanan ng bata. Pinaplano ang mga taktikang ito para manloko, at gumagana rin ang mga ito sa mga nakatatanda.
    Kung nabola ang anak mo, tumanggap ng regalo, o naglihim, ang taong nag-target sa kaniya ang may kasalanan.
    Ipaalam sa anak mo na puwede siyang lumapit sa iyo kahit kailan, at hindi mawawala ang pagmamahal o suporta mo dahil nagsabi siya.
    Kung nag-aalala ka ngayon, kausapin ang taong pinagkakatiwalaan mo, o i-tap ang Tulong para makahanap ng suporta sa bansa mo.

# Question: single choice about in-game currency given with a request for secrecy.
q-free-currency = Pinadalhan ng in-game currency ang 10 taong gulang mong anak ng isang player na nakilala niya sa laro, at sinabing, "Huwag mong sabihin sa mga magulang mo, ipapasauli nila iyan sa iyo." Ano ang malamang na ibig sabihin nito?
    .hint = Tingnan ang dalawang bahagi ng mensahe, hindi lang ang regalo.
    .explanation = Karaniwang taktika ang regalong may kasamang pakiusap na ilihim ito. Bumubuo ito ng pakiramdam na may utang ang bata, at inilalayo nito ang mga nakatatanda. Magandang susunod na hakbang ang mahinahong pakikipag-usap sa anak mo.
# Answer option (right).
q-free-currency-common-tactic = Karaniwang taktika para bumuo ng tiwala at paglilihim
    .feedback = Oo. Bumubuo ang regalo ng pakiramdam na may utang, at inilalayo ka ng sikreto. Parehong babalang senyales ang mga ito.
# Answer option (wrong).
q-free-currency-just-generous = Isang mapagbigay na player na mabait lang
    .feedback = Hindi pa eksakto. Hindi kailangan ng mababait na player na ilihim sa mga magulang ang regalo. Ang sikreto ang babalang senyales.
# Answer option (wrong).
q-free-currency-normal-trade = Normal na palitan ng mga player
    .feedback = Hindi pa eksakto. Walang ipinagpalit. Karaniwang taktika ang regalong may kasamang "huwag mong sabihin."

# Question: true or false about strangers. The right answer is "false".
q-mostly-strangers = Karamihan ng nananakit ng mga bata ay mga estrangherong nakikilala nila online.
    .hint = Isipin kung sino ang may pinakamadaling pagkakataong makuha ang tiwala ng bata.
    .explanation = Karamihan ng nananakit ng mga bata ay kilala nila. Kasama rito ang mga nakatatanda sa buhay nila, mas nakatatandang teen, mga kaedad, at mga kaibigan online na bumubuo ng tiwala.
# Feedback if the caregiver picks "true" (wrong).
q-mostly-strangers-true =
    .feedback = Hindi pa eksakto. Puwedeng panganib ang mga estranghero, pero karamihan ng nananakit ng mga bata ay kilala ng bata. Pag-usapan ang pag-uugali, hindi lang ang mga estranghero.
# Feedback if the caregiver picks "false" (right).
q-mostly-strangers-false =
    .feedback = Tama. Karamihan ay kilala ng bata, o nagiging "kaibigan" muna online. Bantayan ang pag-uugaling gaya ng paglilihim at pamimilit.

# Question: multiple choice, "choose all that apply".
q-which-tactics = Alin sa mga ito ang karaniwang taktika para i-target ang mga bata? Piliin ang lahat ng tamang sagot.
    .hint = Itanong sa bawat isa: bumubuo ba ito ng ugnayan, itinatago ba nito ang pakikipag-ugnayan, o pinipilit ba nito ang bata?
    .explanation = Karaniwang taktika ang pambobola, mga regalo, paglilihim, paglipat sa private chat, at mga banta. Normal na bahagi ng paglalaro ang palakaibigang salita pagkatapos ng laban at ang paglalaro sa iisang team.
# Answer option (a tactic).
q-which-tactics-flattery = Maraming papuri, gaya ng "Ang mature mo para sa edad mo"
    .feedback = Oo. Puwedeng iparamdam ng labis na papuri sa bata na espesyal siya at naiintindihan siya ng iisang taong ito.
# Answer option (a tactic).
q-which-tactics-gifts = Mga regalo, pera, o in-game currency
    .feedback = Oo. Puwedeng iparamdam ng mga regalo sa bata na may utang siyang dapat bayaran.
# Answer option (a tactic).
q-which-tactics-keep-it-secret = Pagpapalihim sa bata ng mga chat
    .feedback = Oo. Inilalayo ng paglilihim ang mga nakatatandang pinagkakatiwalaan, kaya walang makakatulong.
# Answer option (a tactic).
q-which-tactics-move-to-private-chat = Paghiling na lumipat sa private chat o sa ibang app
    .feedback = Oo. Sa pribadong lugar, walang ibang nakakakita ng sinasabi.
# Answer option (a tactic).
q-which-tactics-threats = Pagbabanta o pangongonsensiya kapag gusto nang tumigil ng bata
    .feedback = Oo. Ginagamit ang mga banta at konsensiya para manahimik ang bata at manatili sa pakikipag-ugnayan.
# Answer option (not a tactic).
q-which-tactics-says-good-game = Pagsasabi ng "good game" pagkatapos ng laban
    .feedback = Hindi pa eksakto. Kung ito lang, normal at palakaibigang chat ito sa laro.
# Answer option (not a tactic).
q-which-tactics-same-team = Paglalaro sa iisang team kasama ang anak mo
    .feedback = Hindi pa eksakto. Normal na bahagi ng gaming ang paglalaro bilang team. Sa halip, bantayan ang mga sikreto, regalo, at pamimilit.

# Question: put the common stages in order.
q-pattern = Kadalasang may pattern ang pag-target. Ayusin ang mga yugtong ito ayon sa karaniwang pagkakasunod-sunod.
    .hint = Kailangang mauna ang tiwala bago ito magamit ng isang tao.
    .explanation = Nauuna ang pakikipag-ugnayan, tapos ang tiwala, tapos ang paglalayo sa bata sa tulong, tapos ang pamimilit. Nag-iiba-iba ang mga totoong kaso, pero kapag alam mo ang pattern, maaga kang makakakilos.
# Step 1.
q-pattern-make-contact = Makipag-ugnayan sa isang laro, app, o chat
    .feedback = Kadalasang nagsisimula ang pakikipag-ugnayan sa lugar kung saan naglalagi na ang mga bata.
# Step 2.
q-pattern-build-trust = Bumuo ng tiwala gamit ang papuri, atensiyon, at mga regalo
    .feedback = Sunod ang tiwala. Pinaparamdam ng papuri at mga regalo sa bata na espesyal siya.
# Step 3.
q-pattern-cut-off = Humiling ng paglilihim at lumipat sa private chat
    .feedback = Tapos inilalayo ng tao ang bata sa mga nakatatandang makakatulong.
# Step 4.
q-pattern-pressure = Mamilit na humingi pa, gamit ang konsensiya o pagbabanta
    .feedback = Kadalasang huling dumarating ang pamimilit, kapag pakiramdam ng bata ay naipit na siya.

# Question: a scenario. The situation is shown first, then the question.
q-child-tells-you = Ano ang magandang paraan ng pagtugon?
    .situation = Sinabi sa iyo ng 11 taong gulang mong anak na hiniling ng isang kaibigan online mula sa laro na mag-chat sila sa ibang app at sinabing, "Huwag mong sabihin sa nanay mo." Mukhang nag-aalala ang anak mo na magagalit ka.
    .hint = Ang reaksyon mo ngayon ang huhubog kung magsasabi ulit sa iyo ang anak mo sa susunod.
    .explanation = Manatiling kalmado, pasalamatan ang anak mo, at tingnan ninyo nang magkasama ang chat. Tapos mag-save, mag-block, at mag-report. Kapag kinuha mo ang mga device o pinagalitan siya, puwedeng matuto ang bata na magtago.
# Action (best).
q-child-tells-you-calm-thank-look-together = Manatiling kalmado, pasalamatan siya sa pagsasabi, at tingnan nang magkasama ang chat.
    .feedback = Pinakamagandang pili. Natututuhan ng anak mo na ligtas ang magsabi sa iyo. Pagkatapos, puwede ninyong planuhin nang magkasama ang mga susunod na hakbang.
# Action (also good).
q-child-tells-you-help-save-block-report = Tulungan siyang i-save ang mga mensahe, tapos i-block at i-report ang account.
    .feedback = Magandang pili. Naitatabi ang ebidensya kapag nag-save muna. Siguraduhing marinig din ng anak mo na tama ang ginawa niya.
# Action (not helpful).
q-child-tells-you-take-device-away = Kunin ang device niya nang isang buwan para hindi na ito maulit.
    .feedback = Puwede itong maramdamang parusa sa pagsasabi. Sa susunod, baka manahimik na lang ang anak mo.
# Action (not helpful).
q-child-tells-you-scold-for-chatting = Pagalitan siya dahil nakikipag-chat siya sa mga tao online.
    .feedback = Tama ang ginawa ng anak mo nang magsabi siya sa iyo. Puwedeng iparamdam ng pagpapagalit na siya ang may kasalanan, at hindi niya ito kasalanan.

# Question: sort behaviours into two groups.
q-sign-or-fine = Pagpangkatin ang bawat pag-uugali ng isang taong nakilala ng anak mo online.
    .hint = Itinatago ba ng pag-uugali ang pakikipag-ugnayan o bumubuo ba ito ng utang, o normal na laro lang ito?
    .explanation = Babalang senyales ang mga sikreto, mga regalo, at ang kagustuhang makasama ang bata nang mag-isa sa video. Kadalasang okay lang ang papuri sa ginawa sa laro at ang paglalaro kasama ang mga kaklase.
# Group name.
q-sign-or-fine-warning-sign = Babalang senyales
# Group name.
q-sign-or-fine-usually-fine = Kadalasang okay lang
# Item to sort (warning sign).
q-sign-or-fine-asks-for-secrecy = Pinapaglihim ang anak mo ng mga chat
    .feedback = Inilalayo ka ng paglilihim. Babalang senyales iyan.
# Item to sort (warning sign).
q-sign-or-fine-sends-gift-cards = Nagpapadala ng gift card nang walang malinaw na dahilan
    .feedback = Puwedeng bumuo ng pakiramdam na may utang ang mga regalong walang dahilan. Babalang senyales iyan.
# Item to sort (warning sign).
q-sign-or-fine-asks-to-video-alone = Gusto ng video call kapag walang nakatatanda sa paligid
    .feedback = Babalang senyales ang kagustuhang makasama ang anak mo nang mag-isa sa camera.
# Item to sort (usually fine).
q-sign-or-fine-praises-a-build = Nagsasabi ng "astig ng build" tungkol sa mundong ginawa ng anak mo sa laro
    .feedback = Kung ito lang, kadalasang okay lang ang palakaibigang comment sa laro.
# Item to sort (usually fine).
q-sign-or-fine-plays-with-classmates = Naglalaro sa grupo kasama ang mga kaklase ng anak mo
    .feedback = Kadalasang okay lang ang paglalaro sa grupo kasama ang mga kaibigang kilala ng anak mo.

# Question: true or false about peers. The right answer is "true".
q-peers-too = Puwede ring pilitin ng isang batang kaedad ang ibang bata online.
    .hint = Balikan kung sino-sino ang puwedeng gumawa nito.
    .explanation = Oo. Puwedeng manggaling ang pamimilit sa mga kaedad, gaya ng kaklase o kaibigan, pati na sa mga nakatatanda. Pareho ang mga babalang senyales.
# Feedback if the caregiver picks "true" (right).
q-peers-too-true =
    .feedback = Tama. Puwedeng mamilit ang mga kaedad na humingi ng litrato, sikreto, o higit pa. Pag-usapan ang pag-uugali, anuman ang edad ng ibang tao.
# Feedback if the caregiver picks "false" (wrong).
q-peers-too-false =
    .feedback = Hindi pa eksakto. Puwede ring mamilit ang mga bata sa ibang bata. Bantayan ang pag-uugali, hindi lang ang edad.

# Question: single choice about who is responsible.
q-who-is-responsible = Ilang linggong tumanggap ng mga regalo at naglihim ng mga chat ang isang bata bago siya nagsabi. Sino ang may pananagutan sa nangyari?
    .hint = Sino ang nagplano ng mga taktika?
    .explanation = Ang taong nag-target sa bata ang may pananagutan. Ginawa ang mga taktikang ito para gumana. Hindi ito kasalanan ng bata, at hindi ito tanda ng pagiging masamang magulang.
# Answer option (right).
q-who-is-responsible-the-offender = Ang taong nag-target sa bata
    .feedback = Oo. Pinlano niya ito. Kailangang marinig ng anak mo na hindi niya ito kasalanan.
# Answer option (wrong).
q-who-is-responsible-the-child = Ang bata, dahil naglihim siya
    .feedback = Hindi pa eksakto. Bahagi ng panloloko ang paglilihim. Hinding-hindi dapat sisihin ang bata.
# Answer option (wrong).
q-who-is-responsible-the-parent = Ang magulang, dahil hindi niya tiningnan ang mga chat
    .feedback = Hindi pa eksakto. Sadyang itinatago ang mga taktikang ito. Ang taong nag-target sa bata ang may kasalanan.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Subukang itanong: "Kung may taong online na nagbigay sa iyo ng regalo at pinalihim ito sa iyo, ano ang gagawin mo?" Makinig muna. Tapos magkasundo kayo: "Puwede mong sabihin sa akin kahit kailan, at hindi mawawala ang mga laro mo dahil nagsabi ka."
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanungin ang grupo: bakit hindi nasasaklaw ng mga babala tungkol sa estranghero ang karamihan ng panganib? Ilista ang mga taktika mula sa aralin, tapos pag-usapan kung ano ang nakakapagpadali sa bata na magsabi agad sa isang nakatatanda.
