# SafeSteps — MIT OR Apache-2.0

### Lesson: My private information (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words.

# Lesson name on the lesson card.
lesson-title = Mambo yangu ya faragha
# One line under the lesson name.
lesson-summary = Mambo fulani kukuhusu ni yako na ya watu wazima wako tu. Tujue ni yapi.

# Card 1: what private information is.
card-private-things =
    Mambo fulani kukuhusu ni yako na ya watu wazima wako tu.
    Mahali unapoishi ni mojawapo.
    Nambari yako ya simu ni mojawapo.
    Nenosiri (password) lako pia ni mojawapo.
    Tunayaita mambo haya ya faragha.
    .together = Uliza: "Ni mambo gani kukuhusu ambayo ni faragha?" Majibu mazuri: mahali unapoishi, nambari yako ya simu, nenosiri lako.
# Card 2: games and chat on a tablet or phone.
card-games-and-chats =
    Michezo na chati zinaweza kufurahisha!
    Wakati mwingine mchezo au chati inauliza unapoishi.
    Au shule unayosoma.
    Si lazima useme.
    .together = Uliza: "Unaweza kusema nini mchezo ukiuliza unapoishi?" Jibu zuri: "Si lazima niseme," kisha akuulize wewe.
# Card 3: check with a grown-up before sharing.
card-ask-first =
    Huna uhakika kama unaweza kushiriki kitu?
    Subiri kwanza, umuulize mtu mzima unayemwamini.
    Ni sawa kuuliza kila wakati.
    .together = Mwambie mtoto wako: "Unaweza kuniuliza wakati wowote, hata ninapoonekana nina shughuli nyingi." Fanyeni mazoezi ya yeye kukuuliza mara moja.
# Card 4: who to tell; never the child's fault.
card-tell-someone =
    Unahisi kitu fulani mtandaoni si sawa?
    Si kosa lako.
    Mwambie mtu mzima unayemwamini.
    Mtu mzima wako hatakukasirikia.
    Gusa kitufe cha Msaada upate mtu wa kuzungumza naye.
    .together = Uliza: "Kuna kitu chochote mtandaoni ambacho hakikuwa sawa kwako?" Mtoto wako akikueleza jambo linalotia wasiwasi, tulia, mshukuru, na umwambie si kosa lake.

# Question: a single choice about a home address.
q-address = Mchezo unauliza, "Unaishi wapi?" Utafanya nini?
    .hint = Fikiria ni nani anayehitaji kujua unapoishi.
    .explanation = Mahali unapoishi ni faragha. Hilo ni jambo lako na la watu wazima wako tu.
# Answer option (right).
q-address-keep-it = Usiiandike. Mwambie mtu mzima.
    .feedback = Ndiyo! Anwani yako ni faragha. Mtu mzima unayemwamini anaweza kukusaidia.
# Answer option (wrong).
q-address-type-it = Iandike kwenye mchezo.
    .feedback = Bado kidogo. Mahali unapoishi ni faragha. Hilo ni jambo lako na la watu wazima wako tu.
# Answer option (wrong).
q-address-say-it-loud = Itaje kwenye chati ya sauti.
    .feedback = Bado kidogo. Ukiisema kwa sauti, pia unaishiriki. Mahali unapoishi ni jambo lako na la watu wazima wako tu.

# Question: sort things into two groups.
q-share-or-keep = Weka kila kitu kwenye kisanduku sahihi.
    .hint = Je, kinaweza kumsaidia mtu kukupata, au kuingia kwenye michezo yako?
    .explanation = Inafurahisha kushiriki rangi na wanyama. Mahali unapoishi ni faragha. Nenosiri lako na shule yako pia.
# Group name.
q-share-or-keep-okay-to-share = Ni sawa kushiriki
# Group name.
q-share-or-keep-keep-private = Ni faragha
# Item to sort (okay to share).
q-share-or-keep-favourite-colour = Rangi ninayoipenda
    .feedback = Inafurahisha kushiriki rangi unayoipenda. Haimwambii mtu yeyote ulipo.
# Item to sort (keep private).
q-share-or-keep-home-address = Anwani ya nyumbani kwangu
    .feedback = Mahali unapoishi ni faragha. Anwani yako inawaonyesha watu mahali pa kukupata.
# Item to sort (keep private).
q-share-or-keep-password = Nenosiri langu
    .feedback = Nenosiri lako ni faragha. Linaweka michezo na vitu vyako salama.
# Item to sort (okay to share).
q-share-or-keep-favourite-animal = Mnyama ninayempenda
    .feedback = Inafurahisha kushiriki mnyama unayempenda. Haimwambii mtu yeyote ulipo.
# Item to sort (keep private).
q-share-or-keep-school-name = Jina la shule yangu
    .feedback = Jina la shule yako ni faragha. Linawaonyesha watu mahali ulipo mchana.

# Question: true or false about sharing a password with friends.
q-password-for-friends = Ni sawa kumwambia rafiki nenosiri langu.
    .hint = Ni nani anayepaswa kujua nenosiri lako?
    .explanation = Nenosiri lako ni lako na la watu wazima wako tu. Hata marafiki wazuri hawalihitaji.
# Feedback if the child picks "true" (wrong).
q-password-for-friends-true =
    .feedback = Bado kidogo. Marafiki ni wazuri sana. Lakini nenosiri lako ni lako na la watu wazima wako tu.
# Feedback if the child picks "false" (right).
q-password-for-friends-false =
    .feedback = Ndiyo! Nenosiri lako ni lako na la watu wazima wako tu.

# Question: a single choice about a game asking for the child's school.
q-game-asks-school = Rafiki mpya kwenye mchezo anauliza, "Unasoma shule gani?" Utafanya nini?
    .hint = Je, jina la shule yako ni faragha?
    .explanation = Jina la shule yako ni faragha. Kwanza muulize mtu mzima unayemwamini.
# Answer option (right).
q-game-asks-school-ask-a-grown-up = Usiseme bado. Muulize mtu mzima.
    .feedback = Ndiyo! Kumuuliza mtu mzima ni wazo zuri sana. Anaweza kukusaidia kuchagua la kufanya.
# Answer option (wrong).
q-game-asks-school-tell-them = Mwambie. Ni rafiki yako.
    .feedback = Bado kidogo. Marafiki wa mchezoni wanaweza kufurahisha, lakini shule yako ni faragha. Kwanza muulize mtu mzima.
# Answer option (wrong).
q-game-asks-school-make-it-a-secret = Mwambie, na uifanye siri.
    .feedback = Bado kidogo. Siri inayokufanya ujisikie ajabu ni ya kusema. Kwanza muulize mtu mzima.

# Question: true or false about telling a grown-up after a mistake.
q-told-by-mistake = Umekosea mtandaoni? Bado unaweza kumwambia mtu mzima.
    .hint = Je, mtu mzima bado anaweza kukusaidia?
    .explanation = Ndiyo. Kila mtu hukosea. Unaweza kuomba msaada wakati wowote, hata baadaye. Mtu mzima anataka kukusaidia.
# Feedback if the child picks "true" (right).
q-told-by-mistake-true =
    .feedback = Ndiyo! Unaweza kusema wakati wowote. Mtu mzima unayemwamini atakusaidia.
# Feedback if the child picks "false" (wrong).
q-told-by-mistake-false =
    .feedback = Bado kidogo. Unaweza kumwambia mtu mzima wakati wowote, hata baada ya kukosea. Anataka kukusaidia.

# Question: a single choice about a game friend offering a gift for the child's address.
q-gift-for-address = Rafiki kwenye mchezo anasema, "Niambie unapoishi. Nitakutumia zawadi!" Utafanya nini?
    .hint = Je, mahali unapoishi ni faragha, hata kwa zawadi?
    .explanation = Mahali unapoishi ni faragha, hata kama mtu anasema atakutumia zawadi. Sema hapana, na umwambie mtu mzima unayemwamini.
# Answer option (right).
q-gift-for-address-say-no-and-tell = Sema hapana, na umwambie mtu mzima.
    .feedback = Ndiyo! Mahali unapoishi ni faragha. Mtu mzima unayemwamini anaweza kukusaidia.
# Answer option (wrong).
q-gift-for-address-tell-for-the-gift = Mwambie, ili upate zawadi.
    .feedback = Bado kidogo. Zawadi inafurahisha, lakini mahali unapoishi ni faragha. Sema hapana, na umwambie mtu mzima.
# Answer option (wrong).
q-gift-for-address-tell-and-keep-secret = Mwambie, na uifanye siri.
    .feedback = Bado kidogo. Mahali unapoishi ni faragha. Na siri kama hii ni ya kumwambia mtu mzima.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Muulize mtoto wako: "Ni mambo gani kukuhusu ambayo ni faragha?" Kisha andikeni pamoja orodha ya watu wazima anaoweza kuwaambia kama mchezo au chati inauliza mambo ya faragha.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Nyumbani, tajeni pamoja mambo ya faragha ya familia (anwani yenu, nambari ya simu na nenosiri) na mkubaliane kwamba yanabaki ndani ya familia. Nenosiri zibaki kwa watu wazima.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Waombe washiriki wa kikundi wataje mambo ambayo ni vizuri kushiriki na mambo ya kuweka faragha. Kwa nini tofauti hii ni muhimu? Wanaweza kumuuliza nani kabla ya kushiriki?
