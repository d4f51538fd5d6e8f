# SafeSteps — MIT OR Apache-2.0

### Lesson: Kind and unkind online (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. Games and chats are fun; kindness makes them better.

# Lesson name on the lesson card.
lesson-title = Mabait at hindi mabait
# One line under the lesson name.
lesson-summary = Mas masaya ang mga laro at chat kapag mababait ang salita. Alamin natin ang gagawin kapag may hindi mabait.

# Card 1: kind words in games and chats.
card-kind-words =
    Mas masaya ang mga laro at chat kapag mabait tayo.
    Pinasasaya ng mababait na salita ang ibang tao.
    Mabait ang "Good game! Ang saya!"
    Mabait din ang "Galing ng subok mo!"
    .together = Itanong: "Anong mababait na salita ang puwede mong sabihin sa laro?" Magagandang sagot: "Good game! Ang saya!", "Galing ng subok mo!", "Ang husay mo!"
# Card 2: unkind words and how others feel.
card-unkind-words =
    Puwedeng makasakit ang mga salitang hindi mabait.
    Gaya ng panunukso, o "Hindi ka puwedeng sumali."
    Totoong bata ang nagbabasa ng mga salita mo sa screen.
    Puwede siyang malungkot dahil sa mga salitang hindi mabait.
    .together = Itanong: "Ano ang mararamdaman mo kung may sumulat niyan sa iyo?" Makinig, at pangalanan ninyo nang magkasama ang damdamin.
# Card 3: what to do if someone is unkind: stop, don't reply, tell; a grown-up helps block and report.
card-if-someone-is-unkind =
    May hindi ba mabait sa iyo?
    Huminto. Huwag sumagot.
    Sabihin sa nakatatandang pinagkakatiwalaan mo.
    Matutulungan ka nilang i-block at i-report siya.
    Hindi mo ito kasalanan.
    .together = Itanong: "Ano ang gagawin mo kung may hindi mabait?" Magandang sagot: huminto, huwag sumagot, sabihin sa isang nakatatanda. Kung nangyari na ito, manatiling kalmado at pasalamatan siya sa pagsasabi sa iyo.
# Card 4: being kind to others; someone to talk to.
card-you-can-be-kind =
    Puwede ka ring maging mabait.
    Mag-isip muna bago mag-type.
    Mapapangiti ba siya nito, o malulungkot?
    Kailangan mo ng tulong? Kausapin ang nakatatandang pinagkakatiwalaan mo.
    O i-tap ang button na Tulong.
    .together = Itanong: "Ano ang puwede mong i-type para mapangiti ang isang tao?" Purihin ang anumang mabait na ideya.

# Question: sort words into kind and unkind.
q-kind-or-unkind = Mabait ba o hindi mabait ang mga salitang ito? Ilagay ang bawat isa sa tamang kahon.
    .hint = Ano ang mararamdaman mo kung sinabi ito sa iyo?
    .explanation = Pinasasaya ng mababait na salita ang ibang tao. Puwedeng makapagpalungkot ang mga salitang hindi mabait.
# Group name.
q-kind-or-unkind-kind = Mabait
# Group name.
q-kind-or-unkind-unkind = Hindi mabait
# Item to sort (kind).
q-kind-or-unkind-good-game = "Good game! Ang saya!"
    .feedback = Mabait! Pinasasaya nito ang kaibigan mo, manalo man o matalo.
# Item to sort (kind).
q-kind-or-unkind-nice-try = "Galing ng subok mo!"
    .feedback = Mabait! Tinutulungan nito ang kaibigan mo na patuloy na sumubok.
# Item to sort (kind).
q-kind-or-unkind-want-to-play = "Gusto mo bang maglaro?"
    .feedback = Mabait! Pinaparamdam nito sa iba na kasali sila sa saya.
# Item to sort (unkind).
q-kind-or-unkind-bad-at-this = "Ang hina mo rito."
    .feedback = Hindi mabait. Puwedeng makapagpalungkot ang ganitong salita.
# Item to sort (unkind).
q-kind-or-unkind-cannot-play = "Hindi ka puwedeng maglaro kasama namin."
    .feedback = Hindi mabait. Puwede nitong iparamdam sa iba na hindi sila kasali.

# Question: a single choice about being called names.
q-called-names = May tumutukso sa iyo sa laro. Ano ang gagawin mo?
    .hint = Isipin ang tatlong hakbang sa card.
    .explanation = Huminto, huwag sumagot, at sabihin sa nakatatandang pinagkakatiwalaan mo. Hindi mo ito kasalanan.
# Answer option (right).
q-called-names-stop-and-tell = Huminto, huwag sumagot, at sabihin sa nakatatanda.
    .feedback = Tama! Matutulungan kang i-block at i-report siya ng nakatatandang pinagkakatiwalaan mo.
# Answer option (wrong).
q-called-names-call-names-back = Tuksuhin ko rin siya.
    .feedback = Hindi pa eksakto. Normal lang na mainis ka. Pero puwedeng lumala ito kapag gumanti ka ng hindi mabait na salita. Huminto at sabihin sa nakatatanda.
# Answer option (wrong).
q-called-names-keep-it-in = Patuloy na maglaro at itago ito sa sarili ko.
    .feedback = Hindi pa eksakto. Hindi mo kailangang harapin ito nang mag-isa. Sabihin sa nakatatandang pinagkakatiwalaan mo.

# Question: true or false about saying unkind things back. The right answer is "false".
q-say-it-back = Kapag may hindi mabait, pinakamainam na gumanti ng hindi mabait na salita.
    .hint = Ano ang mga hakbang kapag may hindi mabait?
    .explanation = Huminto, huwag sumagot, at sabihin sa nakatatanda. Puwedeng lumala ito kapag gumanti ka ng hindi mabait na salita.
# Feedback if the child picks "true" (wrong).
q-say-it-back-true =
    .feedback = Hindi pa eksakto. Normal lang na mainis ka. Pero pinakamainam na huminto, huwag sumagot, at sabihin sa nakatatanda.
# Feedback if the child picks "false" (right).
q-say-it-back-false =
    .feedback = Tama! Huminto, huwag sumagot, at sabihin sa nakatatandang pinagkakatiwalaan mo.

# Question: a single choice about how someone else feels.
q-how-sam-feels = Sa isang laro, nag-type si Mia kay Sam, "Ang hina mo rito!" Ano kaya ang mararamdaman ni Sam?
    .hint = Ano ang mararamdaman mo kung sinabi iyon sa iyo?
    .explanation = Puwedeng makapagpalungkot ang mga salitang hindi mabait. Totoong bata si Sam na may totoong damdamin.
# Answer option (right).
q-how-sam-feels-sad = Malungkot o nasaktan
    .feedback = Oo. Puwedeng makasakit ang mga salitang hindi mabait. Baka malungkot si Sam.
# Answer option (wrong).
q-how-sam-feels-happy = Masaya
    .feedback = Hindi pa eksakto. Hindi nakapagpapasaya ang mga salitang hindi mabait. Baka malungkot si Sam.
# Answer option (wrong).
q-how-sam-feels-does-not-care = Walang pakialam si Sam.
    .feedback = Hindi pa eksakto. Puwede pa ring makasakit ang mga salita sa screen. Totoong bata si Sam na may totoong damdamin.

# Question: a single choice about what to say after a game.
q-after-a-game = Natalo ka sa laro. Ano ang mabait na puwedeng sabihin?
    .hint = Aling mga salita ang makapagpapangiti sa kalaro mo?
    .explanation = Mabait ang "Good game! Ang saya!", manalo man o matalo.
# Answer option (right).
q-after-a-game-good-game = "Good game! Ang saya!"
    .feedback = Tama! Mabait iyan, manalo man o matalo.
# Answer option (wrong).
q-after-a-game-you-are-bad = "Ang hina mo rito!"
    .feedback = Hindi pa eksakto. Puwedeng makapagpalungkot ang mga salitang iyan. Subukan ang "Good game! Ang saya!"
# Answer option (wrong).
q-after-a-game-not-playing-with-you = "Ayoko nang makipaglaro sa iyo."
    .feedback = Hindi pa eksakto. Puwedeng masama sa pakiramdam ang matalo. Pero mabait ang "Good game! Ang saya!"

# Question: true or false about blame when someone is unkind. The right answer is "true".
q-unkind-to-you = Kapag may hindi mabait sa iyo, hindi mo ito kasalanan.
    .hint = Sino ang pumili ng mga salitang hindi mabait?
    .explanation = Hinding-hindi mo kasalanan kapag may hindi mabait sa iyo. Sabihin sa nakatatandang pinagkakatiwalaan mo.
# Feedback if the child picks "true" (right).
q-unkind-to-you-true =
    .feedback = Tama! Hinding-hindi mo ito kasalanan. Matutulungan ka ng nakatatandang pinagkakatiwalaan mo.
# Feedback if the child picks "false" (wrong).
q-unkind-to-you-false =
    .feedback = Hindi pa eksakto. Hinding-hindi mo kasalanan kapag may hindi mabait sa iyo. Sabihin sa nakatatandang pinagkakatiwalaan mo.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Tanungin ang iyong anak: "Anong mababait na salita ang puwede mong gamitin sa laro?" Pagkatapos, itanong kung ano ang gagawin niya kung may hindi mabait sa kaniya online. Sanayin ninyo nang magkasama: huminto, huwag sumagot, sabihin sa nakatatanda.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Sa bahay, maglaro kayo nang magkasama at magsalitan sa pagsasabi ng isang mabait na bagay sa isa't isa habang naglalaro.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ipabahagi sa grupo ang mababait na salitang gusto nilang marinig sa laro. Ano ang nararamdaman ng tao sa mga salitang hindi mabait? Ano ang tatlong hakbang kapag may hindi mabait?
