# SafeSteps — MIT OR Apache-2.0

### Lesson: When something online feels wrong: stop, leave, tell (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words, and never say what the child saw.

# Lesson name on the lesson card.
lesson-title = Kapag may parang mali
# One line under the lesson name.
lesson-summary = Kung may nakita ka online na nagpapasama ng loob mo, puwede kang huminto, umalis, at magsabi.

# Card 1: online is mostly fun; some things make us feel bad.
card-feelings =
    Masaya ang karamihan ng nasa online.
    Pero may mga bagay na puwedeng magpalungkot sa iyo.
    O magpatakot, o magpalito sa iyo.
    Sinasabi sa iyo ng pakiramdam na iyon na huminto.
    .together = Itanong: "Ano ang nararamdaman ng katawan mo kapag may hindi tama?" Magagandang sagot: masakit ang tiyan, mabilis ang tibok ng puso, nalilito.
# Card 2: stop and leave: close it or turn the screen over.
card-stop-and-leave =
    Huminto.
    Isara ito, o itaob ang screen.
    Puwede mong ibaba ang tablet.
    Hindi mo kailangang tumingin.
    .together = Magsanay: magkunwaring may parang mali sa screen, at itataob ng anak mo ang screen.
# Card 3: tell a grown-up; what to say.
card-tell-a-grown-up =
    Lumapit at magsabi sa nakatatandang pinagkakatiwalaan mo.
    Puwede mong sabihin, "May nakita po ako na nagpasama ng loob ko."
    Tutulungan ka nila.
    Magsabi, kahit galing sa taong kilala mo ang chat.
    .together = Itanong: "Ano ang puwede mong sabihin sa akin?" Magandang sagot: "May nakita po ako na nagpasama ng loob ko." Pasalamatan siya sa pagsasanay.
# Card 4: never the child's fault; the grown-up will not be cross; Help button.
card-never-your-fault =
    Hinding-hindi mo ito kasalanan.
    Hindi magagalit sa iyo ang nakatatanda mo.
    Tama ang ginawa mo nang magsabi ka.
    Puwede mo ring i-tap ang button na Tulong.
    .together = Sabihin ninyo nang sabay: "Hinding-hindi mo ito kasalanan." Kung ikuwento sa iyo ng anak mo ang isang bagay na nakita niya, manatiling kalmado at pasalamatan siya.

# Question: a single choice about a video that feels scary.
q-scary-video = May video na nagpatakot sa iyo. Ano ang una mong gagawin?
    .hint = Ano ang unang hakbang kapag may parang mali?
    .explanation = Huminto at umalis. Isara ito, o itaob ang screen. Tapos sabihin sa nakatatanda.
# Answer option (right).
q-scary-video-stop-and-close = Huminto, at isara ito o itaob ang screen.
    .feedback = Tama! Hindi mo kailangang tumingin. Ngayon, sabihin sa nakatatandang pinagkakatiwalaan mo.
# Answer option (wrong).
q-scary-video-keep-watching = Patuloy na manood hanggang sa dulo.
    .feedback = Hindi pa eksakto. Hindi mo kailangang patuloy na tumingin. Huminto, isara ito, at sabihin sa nakatatanda.
# Answer option (wrong).
q-scary-video-watch-again = Panoorin ulit nang isang beses pa.
    .feedback = Hindi pa eksakto. Hindi mo kailangang tingnan ito. Isara ito, at sabihin sa nakatatanda.

# Question: sort actions into two groups.
q-helps-or-not = May nakita ka online na nagpapasama ng loob mo. Ilagay ang bawat isa sa tamang kahon.
    .hint = Natutulungan ka ba nitong huminto, umalis, o magsabi?
    .explanation = Huminto, umalis, magsabi. Isara ito o itaob ang screen. Tapos sabihin sa nakatatandang pinagkakatiwalaan mo.
# Group name.
q-helps-or-not-helps = Nakakatulong ito
# Group name.
q-helps-or-not-does-not-help = Hindi ito nakakatulong
# Item to sort (helps).
q-helps-or-not-close-it = Isara ito
    .feedback = Nakakatulong ito. Ngayon, hindi mo na kailangang makita ito.
# Item to sort (helps).
q-helps-or-not-turn-screen-over = Itaob ang screen
    .feedback = Nakakatulong ito. Mabilis na paraan ito para huminto.
# Item to sort (helps).
q-helps-or-not-tell-grown-up = Sabihin sa nakatatanda
    .feedback = Nakakatulong ito. Matutulungan kang gumaan ang pakiramdam ng nakatatandang pinagkakatiwalaan mo.
# Item to sort (does not help).
q-helps-or-not-keep-watching = Patuloy na tumingin
    .feedback = Hindi ito nakakatulong. Hindi mo kailangang tumingin. Huminto at isara ito.
# Item to sort (does not help).
q-helps-or-not-keep-it-to-myself = Itago ito sa sarili ko
    .feedback = Hindi ito nakakatulong. Hindi mo kailangang itago ito sa sarili mo. Sabihin sa nakatatanda.

# Question: true or false about keeping it to yourself. The right answer is "false".
q-keep-it-quiet = Kung may parang mali online, itago mo na lang ito sa sarili mo.
    .hint = Sino ang makakatulong sa iyo kapag masama ang pakiramdam mo?
    .explanation = Hindi mo kailangang itago ito sa sarili mo. Sabihin sa nakatatandang pinagkakatiwalaan mo. Tutulungan ka nila.
# Feedback if the child picks "true" (wrong).
q-keep-it-quiet-true =
    .feedback = Hindi pa eksakto. Hindi mo kailangang itago ito sa sarili mo. Sabihin sa nakatatandang pinagkakatiwalaan mo.
# Feedback if the child picks "false" (right).
q-keep-it-quiet-false =
    .feedback = Tama! Sabihin sa nakatatandang pinagkakatiwalaan mo. Tutulungan ka nila.

# Question: a single choice about a message from someone the child knows.
q-mixed-up-message = Pinadalhan ka ng chat ng isang taong kilala mo. Nalilito ka dahil dito. Ano ang gagawin mo?
    .hint = Mahalaga ba kung kilala mo siya?
    .explanation = Kahit ang chat mula sa taong kilala mo ay puwedeng parang mali. Sabihin sa nakatatandang pinagkakatiwalaan mo.
# Answer option (right).
q-mixed-up-message-tell-someone = Sabihin sa nakatatandang pinagkakatiwalaan ko.
    .feedback = Tama! Tutulungan ka ng nakatatandang pinagkakatiwalaan mo.
# Answer option (wrong).
q-mixed-up-message-reply-and-hide = Sumagot, at ilihim ito.
    .feedback = Hindi pa eksakto. Ang chat na parang mali ay dapat sabihin. Sabihin sa nakatatandang pinagkakatiwalaan mo.
# Answer option (wrong).
q-mixed-up-message-wait-it-out = Huwag gumawa ng kahit ano, at umasang mawawala ito.
    .feedback = Hindi pa eksakto. Hindi mo kailangang maghintay. Makakatulong na ngayon ang isang nakatatanda.

# Question: a single choice about what to say to a grown-up.
q-what-to-say = Lalapit ka para magsabi sa nakatatanda. Ano ang puwede mong sabihin?
    .hint = Aling mga salita ang magsasabi sa nakatatanda kung ano ang mali?
    .explanation = Sabihin na may nakita ka na nagpasama ng loob mo. Tutulungan ka ng nakatatanda.
# Answer option (right).
q-what-to-say-made-me-feel-bad = "May nakita po ako na nagpasama ng loob ko."
    .feedback = Tama! Dahil sa mga salitang iyan, malalaman ng nakatatanda kung paano tutulong.
# Answer option (wrong).
q-what-to-say-nothing-happened = "Okay lang po. Walang nangyari."
    .feedback = Hindi pa eksakto. Okay lang na sabihin ang nararamdaman mo. Makakatulong ang isang nakatatanda.
# Answer option (wrong).
q-what-to-say-say-nothing = Huwag magsabi ng kahit ano, at umalis.
    .feedback = Hindi pa eksakto. Okay lang na magsabi. Hindi magagalit sa iyo ang nakatatanda mo.

# Question: true or false about blame. The right answer is "true".
q-whose-fault = Kung may nakita ka online na parang mali, hindi mo ito kasalanan.
    .hint = May ginawa ka bang mali dahil nakita mo ito?
    .explanation = Hinding-hindi mo ito kasalanan. Tama ang magsabi sa nakatatanda.
# Feedback if the child picks "true" (right).
q-whose-fault-true =
    .feedback = Tama! Hinding-hindi mo ito kasalanan. Hindi magagalit sa iyo ang nakatatanda mo.
# Feedback if the child picks "false" (wrong).
q-whose-fault-false =
    .feedback = Hindi pa eksakto. Hinding-hindi mo ito kasalanan. Tama ang magsabi sa nakatatanda.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Sanayin ninyo nang magkasama ang "huminto, umalis, magsabi": magkunwaring may parang mali sa tablet, itaob ang screen, tapos lumapit at magsabi sa iyo. Sabihin sa iyong anak na hinding-hindi ka magagalit sa kaniya dahil nagsabi siya sa iyo.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Sa bahay, magkasundo kung saan gagamitin ang tablet (sa lugar na kasama ang pamilya, gaya ng sala), at sanayin ulit ang "huminto, umalis, magsabi" ngayong linggo.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanungin ang grupo: ano ang nararamdaman ng katawan mo kapag may hindi tama? Ano ang tatlong hakbang (huminto, umalis, magsabi)? Sino ang puwede mong sabihan sa bahay at sa paaralan?
