# SafeSteps — MIT OR Apache-2.0

### Lesson: Pictures and permission (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Name actions and feelings; never describe images or abuse.

# Lesson name on the lesson card.
lesson-title = Picha na ruhusa
# One line under the lesson name.
lesson-summary = Jifunze kuuliza kabla ya kuchapisha, kufikiria kabla ya kushiriki, na la kufanya mtu akikuomba picha.

# Card 1: ask before posting photos of other people.
card-ask-first =
    Picha na video ni njia ya kufurahisha ya kuonyesha unachofanya.
    Lakini kabla ya kuchapisha picha ya rafiki, muulize kwanza.
    Watu wengine hawataki picha zao mtandaoni, na hiyo ni sawa.
    Akisema hapana, usiichapishe.
    Hili linahusu pia picha za kikundi na video za kuchekesha.
# Card 2: think before sharing your own photos.
card-think-before-sharing =
    Kabla ya kuchapisha picha yako, subiri kwanza ufikirie.
    Nani anaweza kuiona? Je, inaonyesha shule yako, barabara yenu au mahali ulipo?
    Picha ikishakuwa mtandaoni, watu wanaweza kuinakili na kuishiriki.
    Si kila mara unaweza kuirudisha.
    Huna uhakika? Muulize mtu mzima unayemwamini.
# Card 3: never share someone else's private picture.
card-private-pictures =
    Picha nyingine ni za faragha, au zilikusudiwa mtu mmoja tu.
    Usishiriki kamwe picha ya faragha ya mtu mwingine. Usiitume kwa wengine, usiichapishe wala usiwaonyeshe watu.
    Kuishiriki kunaweza kumuumiza sana.
    Mtu akikutumia picha kama hiyo, usiihifadhi wala usiipitishe. Mwambie mtu mzima unayemwamini.
# Card 4: if someone asks for pictures: say no and tell.
card-if-someone-asks =
    Mtu anaweza kukuomba picha inayokufanya uwe na shaka.
    Anaweza kuwa mgeni, rafiki wa mtandaoni, au mtu unayemjua.
    Unaweza kukataa kila wakati. Hakuna mtu anayepaswa kumwomba mtoto picha akiwa bila nguo.
    Kukuomba uifanye siri pia ni ishara ya tahadhari.
    Kataa, acha kumjibu, na umwambie mtu mzima unayemwamini.
# Card 5: not the child's fault; help is there; Help screen.
card-not-your-fault =
    Kama mtu alikushinikiza utume picha, au alishiriki picha yako, si kosa lako.
    Bado unaweza kupata msaada, hata kama ulituma kitu awali.
    Mwambie mtu mzima unayemwamini. Anaweza kukusaidia kuiripoti na kuifanya iondolewe.
    Unaweza pia kugusa Msaada upate mtu wa kuzungumza naye.

# Question: single choice about posting a photo of friends.
q-lunch-photo = Ulipiga picha ya kuchekesha ya marafiki zako wakati wa chakula cha mchana. Unataka kuichapisha. Ufanye nini kwanza?
    .hint = Ni picha ya nani? Nani anapata kuamua?
    .explanation = Muulize kila mtu aliye kwenye picha kabla ya kuichapisha. Mtu yeyote akisema hapana, usiichapishe.
# Answer option (right).
q-lunch-photo-ask-everyone = Uliza kila mtu aliye kwenye picha kama ni sawa.
    .feedback = Ndiyo! Kila mtu aliye kwenye picha ana sauti. Mtu mmoja akisema hapana, usiiweke mtandaoni.
# Answer option (wrong).
q-lunch-photo-post-and-tag = Ichapishe na uwatag ili waione.
    .feedback = Bado kidogo. Kuwatag si sawa na kuwauliza. Uliza kwanza.
# Answer option (wrong).
q-lunch-photo-post-then-delete = Ichapishe, na uiondoe mtu akikasirika.
    .feedback = Bado kidogo. Kufikia wakati huo, huenda watu wameiona au wameihifadhi. Uliza kwanza.

# Question: true or false about posting after a friend says no.
q-friend-says-no = Rafiki akisema hapana, ni sawa kuchapisha picha yake hata hivyo kama inaonekana vizuri.
    .hint = Ni uamuzi wa nani picha inapomwonyesha rafiki yako?
    .explanation = Rafiki yako ndiye anayeamua kinachowekwa mtandaoni kumhusu. Akisema hapana, usiichapishe.
# Feedback if the child picks "true" (wrong).
q-friend-says-no-true =
    .feedback = Bado kidogo. Hata picha nzuri inahitaji ndiyo. Rafiki yako akisema hapana, usiiweke mtandaoni.
# Feedback if the child picks "false" (right).
q-friend-says-no-false =
    .feedback = Ndiyo! Hapana maana yake ni hapana, hata kwa picha nzuri sana. Hivyo ndivyo unavyoonyesha heshima.

# Question: a scenario. The situation is shown first, then the question.
q-group-chat-photo = Ungefanya nini?
    .situation = Mtu kwenye chati ya kikundi cha darasa lenu anatuma picha ya faragha ya mwanafunzi mwenzenu. Watu wanatuma emoji za kucheka.
    .hint = Mwanafunzi huyo anaweza kujisikiaje? Nani angeweza kusaidia kukomesha hili?
    .explanation = Usiitume kwa wengine. Mwambie mtu mzima unayemwamini, na uiripoti kwenye programu. Kumjulia hali mwanafunzi mwenzako pia kunasaidia. Kuishiriki au kucheka pamoja nao kunamuumiza zaidi.
# Action (best).
q-group-chat-photo-dont-share-tell-adult = Usiitume kwa wengine. Mwambie mtu mzima unayemwamini.
    .feedback = Chaguo bora! Mtu mzima anaweza kusaidia picha iondolewe. Hakuna anayepaswa kukulaumu kwa kusema.
# Action (also good).
q-group-chat-photo-report-and-check-in = Ripoti picha hiyo kwenye programu, na umuulize mwanafunzi mwenzako kama yuko sawa.
    .feedback = Chaguo zuri. Kuripoti kunasaidia, na wema wako ni muhimu. Mwambie mtu mzima pia.
# Action (not helpful).
q-group-chat-photo-send-it-on = Mtumie rafiki uulize anafikiri nini.
    .feedback = Bado kidogo. Kuituma kwa wengine kunaisambaza zaidi. Usiipitishe. Mwambie mtu mzima unayemwamini.
# Action (not helpful).
q-group-chat-photo-laugh-along = Tuma emoji ya kucheka ili uonekane mmoja wao.
    .feedback = Bado kidogo. Inaweza kuwa vigumu kutojiunga. Lakini kucheka pamoja nao kunaweza kumuumiza mwanafunzi mwenzako zaidi.

# Question: a scenario. The situation is shown first, then the question.
q-nico-asked = Kamau angefanya nini?
    .situation = Kamau, miaka 11, amechati na mchezaji anayeitwa Max kwa wiki kadhaa. Max anasema, "Nitumie picha yako. Iwe yangu tu. Usimwambie mtu yeyote."
    .hint = Tafuta ishara ya tahadhari. Je, Kamau anaweza kukataa?
    .explanation = Kuomba picha na kuomba siri ni ishara za tahadhari. Kamau anaweza kukataa na kumwambia mtu mzima anayemwamini. Kumzuia na kumripoti Max pia kunasaidia.
# Action (best).
q-nico-asked-say-no-tell-adult = Akatae. Amwambie mtu mzima anayemwamini.
    .feedback = Chaguo bora! Kamau anaweza kukataa kila wakati. Mtu mzima anaweza kumsaidia kumripoti Max na kubaki salama.
# Action (also good).
q-nico-asked-stop-block-report = Aache kumjibu. Ahifadhi chati, kisha amzuie na amripoti Max.
    .feedback = Chaguo zuri. Kuhifadhi chati kunasaidia unaporipoti. Kumwambia mtu mzima pia ni bora zaidi.
# Action (not helpful).
q-nico-asked-send-face-only = Atume picha ya uso wake tu.
    .feedback = Bado kidogo. Max alimwomba Kamau aifanye siri. Hiyo ni ishara ya tahadhari. Kamau anaweza kukataa.
# Action (not helpful).
q-nico-asked-send-to-keep-friend = Aitume ili Max aendelee kuwa rafiki yake.
    .feedback = Bado kidogo. Rafiki wa kweli anakubali jibu la hapana. Kamau anaweza kukataa na kumwambia mtu mzima.

# Question: multiple choice, "choose all that apply".
q-before-you-post = Kabla ya kuchapisha picha yako, ni vizuri kuangalia nini? Chagua kila jibu linalofaa.
    .hint = Ni vitu gani vinaweza kumsaidia mtu kukupata?
    .explanation = Angalia nembo ya shule, barabara au nyumba yenu, alama ya mahali (location tag) na nani anaweza kuona chapisho. Likes na vichujio (filters) havibadilishi usalama wako.
# Answer option (good to check).
q-before-you-post-school-logo = Je, watu wanaweza kuona nembo ya shule yangu?
    .feedback = Ni vizuri kuangalia. Nembo inaweza kuonyesha unaposoma.
# Answer option (good to check).
q-before-you-post-street-or-house = Je, watu wanaweza kuona barabara yetu au nyumba yetu?
    .feedback = Ni vizuri kuangalia. Bango la jina la barabara au nyumba inaweza kuonyesha unapoishi.
# Answer option (good to check).
q-before-you-post-who-can-see = Nani anaweza kuona chapisho hili?
    .feedback = Ni vizuri kuangalia. Liwe kwa watu unaowajua katika maisha halisi tu.
# Answer option (good to check).
q-before-you-post-location-tag = Je, mahali nilipo pamewekwa alama (tag)?
    .feedback = Ni vizuri kuangalia. Alama ya mahali inaonyesha ulipo. Izime.
# Answer option (not about safety).
q-before-you-post-how-many-likes = Je, itapata likes nyingi?
    .feedback = Bado kidogo. Likes zinafurahisha, lakini hazikuweki salama.
# Answer option (not about safety).
q-before-you-post-coolest-filter = Ni kichujio (filter) kipi kinapendeza zaidi?
    .feedback = Bado kidogo. Kichujio ni uamuzi wako. Hakibadilishi nani anaweza kuona picha.

# Question: true or false about photos being copied.
q-copied-and-shared = Picha ikishakuwa mtandaoni, watu wanaweza kuinakili na kuishiriki.
    .hint = Fikiria kuhusu picha za skrini (screenshot).
    .explanation = Ndiyo. Watu wanaweza kupiga picha ya skrini au kuhifadhi picha. Ndiyo sababu ni vizuri kufikiria kabla ya kuchapisha.
# Feedback if the child picks "true" (right).
q-copied-and-shared-true =
    .feedback = Ndiyo! Picha ya skrini inachukua sekunde moja tu. Kwa hivyo fikiria kabla ya kuchapisha.
# Feedback if the child picks "false" (wrong).
q-copied-and-shared-false =
    .feedback = Bado kidogo. Hata ukifuta picha, huenda mtu aliihifadhi kwanza.

# Question: sort photos into three groups.
q-post-ask-or-never = Weka kila picha kwenye kikundi sahihi.
    .hint = Nani yuko kwenye picha? Je, ilikusudiwa kuwa ya faragha?
    .explanation = Ni sawa kuchapisha mchoro wako mwenyewe au picha ya machweo ya jua. Picha za marafiki zinahitaji ndiyo kwanza. Picha za faragha za watu wengine si zako kushiriki kamwe.
# Group name.
q-post-ask-or-never-okay-to-post = Ni sawa kuchapisha
# Group name.
q-post-ask-or-never-ask-first = Uliza kwanza
# Group name.
q-post-ask-or-never-never-share = Usishiriki kamwe
# Item to sort (okay to post).
q-post-ask-or-never-my-drawing = Picha ya mchoro wangu
    .feedback = Mchoro wako ni wako kushiriki. Angalia tu kwamba jina lako halimo.
# Item to sort (okay to post).
q-post-ask-or-never-sunset = Picha ya machweo ya jua
    .feedback = Ni sawa kuchapisha machweo ya jua. Angalia tu kwamba location imezimwa.
# Item to sort (ask first).
q-post-ask-or-never-friend-at-party = Rafiki yangu kwenye sherehe
    .feedback = Uliza kwanza. Rafiki yako ndiye anayeamua kama itawekwa mtandaoni.
# Item to sort (ask first).
q-post-ask-or-never-team-photo = Timu yangu baada ya mechi
    .feedback = Uliza kwanza. Kila mtu aliye kwenye picha ana sauti.
# Item to sort (never share).
q-post-ask-or-never-photo-sent-just-to-me = Picha ambayo mtu alinitumia mimi tu
    .feedback = Usiishiriki kamwe. Ilikusudiwa wewe tu.
# Item to sort (never share).
q-post-ask-or-never-classmate-private-photo = Picha ya faragha ya mwanafunzi mwenzangu
    .feedback = Usiishiriki kamwe. Inaweza kumuumiza sana. Mwambie mtu mzima unayemwamini.

# Question: true or false about getting help after sending a photo. The right answer is "true".
q-sent-before = Kama tayari ulituma picha, bado unaweza kukataa kutuma zaidi na kupata msaada.
    .hint = Je, kusema ndiyo mara moja kunamaanisha lazima useme ndiyo kila mara?
    .explanation = Unaweza kukataa wakati wowote. Si kosa lako, na mtu mzima unayemwamini anaweza kusaidia. Unaweza pia kugusa Msaada.
# Feedback if the child picks "true" (right).
q-sent-before-true =
    .feedback = Ndiyo! Unaweza kukataa kila wakati. Unaweza kumwambia mtu wakati wowote, hata baadaye.
# Feedback if the child picks "false" (wrong).
q-sent-before-false =
    .feedback = Bado kidogo. Unaweza kukataa wakati wowote. Si kosa lako, na msaada upo kila wakati.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza: ungejisikiaje kama mtu angechapisha picha yako bila kukuuliza? Ungemwambia nini rafiki anayetaka kushiriki picha ya faragha ya mtu? Nani angeweza kusaidia mtu akikuomba picha?
