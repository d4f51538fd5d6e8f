# SafeSteps — MIT OR Apache-2.0

### Lesson: When something online feels wrong: stop, leave, tell (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words, and never say what the child saw.

# Lesson name on the lesson card.
lesson-title = Unapohisi jambo si sawa
# One line under the lesson name.
lesson-summary = Kitu mtandaoni kikikufanya ujisikie vibaya, unaweza kuacha, kuondoka na kusema.

# Card 1: online is mostly fun; some things make us feel bad.
card-feelings =
    Mambo mengi mtandaoni yanafurahisha.
    Lakini mambo mengine yanaweza kukuhuzunisha.
    Au kukutisha, au kukuchanganya.
    Hisia hiyo inakuambia uache.
    .together = Uliza: "Mwili wako unajisikiaje kitu kisipokuwa sawa?" Majibu mazuri: maumivu ya tumbo, moyo kwenda mbio, kuchanganyikiwa.
# Card 2: stop and leave: close it or turn the screen over.
card-stop-and-leave =
    Acha.
    Kifunge, au geuza skrini iangalie chini.
    Unaweza kuweka tablet chini.
    Si lazima utazame.
    .together = Fanyeni mazoezi: jifanyeni kwamba kitu kwenye skrini si sawa, na mtoto wako ageuze skrini iangalie chini.
# Card 3: tell a grown-up; what to say.
card-tell-a-grown-up =
    Nenda umwambie mtu mzima unayemwamini.
    Unaweza kusema, "Nimeona kitu kilichonifanya nijisikie vibaya."
    Atakusaidia.
    Sema, hata kama chati imetoka kwa mtu unayemjua.
    .together = Uliza: "Ungeweza kuniambia nini?" Jibu zuri: "Nimeona kitu kilichonifanya nijisikie vibaya." Mshukuru kwa kufanya mazoezi.
# Card 4: never the child's fault; the grown-up will not be cross; Help button.
card-never-your-fault =
    Si kosa lako kamwe.
    Mtu mzima wako hatakukasirikia.
    Umefanya jambo sahihi kwa kusema.
    Unaweza pia kugusa kitufe cha Msaada.
    .together = Semeni pamoja: "Si kosa lako kamwe." Mtoto wako akikueleza kuhusu kitu alichoona, tulia na umshukuru.

# Question: a single choice about a video that feels scary.
q-scary-video = Video inakutisha. Utafanya nini kwanza?
    .hint = Hatua ya kwanza ni ipi unapohisi jambo si sawa?
    .explanation = Acha, kisha uondoke. Ifunge, au geuza skrini iangalie chini. Kisha mwambie mtu mzima.
# Answer option (right).
q-scary-video-stop-and-close = Acha, kisha uifunge au ugeuze skrini iangalie chini.
    .feedback = Ndiyo! Si lazima utazame. Sasa mwambie mtu mzima unayemwamini.
# Answer option (wrong).
q-scary-video-keep-watching = Endelea kutazama hadi mwisho.
    .feedback = Bado kidogo. Si lazima uendelee kutazama. Acha, ifunge, na umwambie mtu mzima.
# Answer option (wrong).
q-scary-video-watch-again = Itazame tena mara moja.
    .feedback = Bado kidogo. Si lazima uitazame. Ifunge, na umwambie mtu mzima.

# Question: sort actions into two groups.
q-helps-or-not = Kitu mtandaoni kinakufanya ujisikie vibaya. Weka kila moja kwenye kisanduku sahihi.
    .hint = Je, kinakusaidia kuacha, kuondoka au kusema?
    .explanation = Acha, ondoka, sema. Kifunge au geuza skrini iangalie chini. Kisha mwambie mtu mzima unayemwamini.
# Group name.
q-helps-or-not-helps = Hii inasaidia
# Group name.
q-helps-or-not-does-not-help = Hii haisaidii
# Item to sort (helps).
q-helps-or-not-close-it = Kukifunga
    .feedback = Hii inasaidia. Sasa si lazima ukione.
# Item to sort (helps).
q-helps-or-not-turn-screen-over = Kugeuza skrini iangalie chini
    .feedback = Hii inasaidia. Ni njia ya haraka ya kuacha.
# Item to sort (helps).
q-helps-or-not-tell-grown-up = Kumwambia mtu mzima
    .feedback = Hii inasaidia. Mtu mzima unayemwamini anaweza kukusaidia ujisikie vizuri zaidi.
# Item to sort (does not help).
q-helps-or-not-keep-watching = Kuendelea kutazama
    .feedback = Hii haisaidii. Si lazima utazame. Acha na ukifunge.
# Item to sort (does not help).
q-helps-or-not-keep-it-to-myself = Kukaa nalo moyoni peke yangu
    .feedback = Hii haisaidii. Si lazima ukae nalo moyoni. Mwambie mtu mzima.

# Question: true or false about keeping it to yourself. The right answer is "false".
q-keep-it-quiet = Ukihisi kitu mtandaoni si sawa, kaa nalo moyoni peke yako.
    .hint = Nani anaweza kukusaidia unapojisikia vibaya?
    .explanation = Si lazima ukae nalo moyoni. Mwambie mtu mzima unayemwamini. Atakusaidia.
# Feedback if the child picks "true" (wrong).
q-keep-it-quiet-true =
    .feedback = Bado kidogo. Si lazima ukae nalo moyoni. Mwambie mtu mzima unayemwamini.
# Feedback if the child picks "false" (right).
q-keep-it-quiet-false =
    .feedback = Ndiyo! Mwambie mtu mzima unayemwamini. Atakusaidia.

# Question: a single choice about a message from someone the child knows.
q-mixed-up-message = Mtu unayemjua anakutumia ujumbe kwenye chati. Unakufanya uchanganyikiwe. Utafanya nini?
    .hint = Je, ni muhimu kama unamjua?
    .explanation = Hata ujumbe kutoka kwa mtu unayemjua unaweza kuwa si sawa. Mwambie mtu mzima unayemwamini.
# Answer option (right).
q-mixed-up-message-tell-someone = Mwambie mtu mzima unayemwamini.
    .feedback = Ndiyo! Mtu mzima unayemwamini atakusaidia.
# Answer option (wrong).
q-mixed-up-message-reply-and-hide = Mjibu, na uifanye siri.
    .feedback = Bado kidogo. Ujumbe usio sawa ni wa kusema. Mwambie mtu mzima unayemwamini.
# Answer option (wrong).
q-mixed-up-message-wait-it-out = Usifanye chochote, na utumaini utaisha wenyewe.
    .feedback = Bado kidogo. Si lazima usubiri. Mtu mzima anaweza kusaidia sasa hivi.

# Question: a single choice about what to say to a grown-up.
q-what-to-say = Unaenda kumwambia mtu mzima. Unaweza kusema nini?
    .hint = Ni maneno gani yanamwambia mtu mzima kuna shida gani?
    .explanation = Sema kwamba kitu ulichoona kilikufanya ujisikie vibaya. Mtu mzima atakusaidia.
# Answer option (right).
q-what-to-say-made-me-feel-bad = "Nimeona kitu kilichonifanya nijisikie vibaya."
    .feedback = Ndiyo! Maneno hayo yanamsaidia mtu mzima ajue jinsi ya kusaidia.
# Answer option (wrong).
q-what-to-say-nothing-happened = "Ni sawa tu. Hakuna kilichotokea."
    .feedback = Bado kidogo. Ni sawa kusema jinsi unavyojisikia. Mtu mzima anaweza kusaidia.
# Answer option (wrong).
q-what-to-say-say-nothing = Usiseme chochote, na uondoke.
    .feedback = Bado kidogo. Ni sawa kusema. Mtu mzima wako hatakukasirikia.

# Question: true or false about blame. The right answer is "true".
q-whose-fault = Ukiona kitu mtandaoni kisicho sawa, si kosa lako.
    .hint = Je, ulifanya kosa kwa kukiona?
    .explanation = Si kosa lako kamwe. Kumwambia mtu mzima ndilo jambo sahihi la kufanya.
# Feedback if the child picks "true" (right).
q-whose-fault-true =
    .feedback = Ndiyo! Si kosa lako kamwe. Mtu mzima wako hatakukasirikia.
# Feedback if the child picks "false" (wrong).
q-whose-fault-false =
    .feedback = Bado kidogo. Si kosa lako kamwe. Kumwambia mtu mzima ndilo jambo sahihi la kufanya.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Fanyeni mazoezi ya "acha, ondoka, sema" pamoja: jifanyeni kwamba kitu kwenye tablet si sawa, geuzeni skrini iangalie chini, kisha aje akuambie. Mwambie mtoto wako kwamba hutamkasirikia kamwe kwa kukuambia.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Nyumbani, kubalianeni mahali tablet inapotumiwa (chumba cha pamoja), na mfanye mazoezi ya "acha, ondoka, sema" mara moja zaidi wiki hii.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza kikundi: mwili wako unajisikiaje kitu kisipokuwa sawa? Hatua tatu ni zipi (acha, ondoka, sema)? Unaweza kumwambia nani nyumbani na shuleni?
