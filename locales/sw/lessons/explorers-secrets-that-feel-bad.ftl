# SafeSteps — MIT OR Apache-2.0

### Lesson: Secrets that feel bad are for telling (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words and no detail: talk about feelings and telling.
### Follows the NSPCC PANTS idea at a general level ("your body belongs to you").

# Lesson name on the lesson card.
lesson-title = Siri zinazokufanya ujisikie vibaya
# One line under the lesson name.
lesson-summary = Mshangao unafurahisha. Siri zinazokufanya ujisikie vibaya ni za kusema. Tujue kwa nini.

# Card 1: surprises are fun and shared soon.
card-surprises =
    Mshangao (surprise) unafurahisha.
    Ni kama zawadi ya siku ya kuzaliwa.
    Unauficha kwa muda mfupi tu.
    Kisha kila mtu anajua, na wote wanatabasamu!
    .together = Uliza: "Ni mshangao gani uliowahi kuutunza?" Jibu zuri ni jambo la kufurahisha ambalo kila mtu atalijua hivi karibuni, kama zawadi.
# Card 2: secrets that feel bad are for telling.
card-secrets-that-feel-bad =
    Siri nyingine zinakufanya ujisikie vibaya.
    Zinakufanya uhisi huzuni, hofu au wasiwasi.
    Siri mbaya ni ya kusema.
    Mwambie mtu mzima unayemwamini.
    .together = Uliza: "Siri mbaya inakufanya ujisikieje?" Majibu mazuri: huzuni, hofu, wasiwasi. Mwambie kwamba siri hizo ni za kusema.
# Card 3: "don't tell your grown-ups" is never a fun surprise, whoever says it (a friend, someone in a game, even a grown-up the child knows).
card-no-secrets-from-grown-ups =
    Mtu anaweza kusema, "Usiwaambie watu wazima wako."
    Anaweza kuwa rafiki, au mtu kwenye mchezo.
    Anaweza hata kuwa mtu mzima unayemjua.
    Huo si mshangao wa kufurahisha.
    Ni siri ya kusema.
    .together = Sema: "Mtu yeyote akikuambia usiniambie, hiyo ni siri ya kusema." Zungumza kwa sauti tulivu na ya upendo.
# Card 4: body autonomy at a general level (NSPCC PANTS).
card-your-body =
    Mwili wako ni wako.
    Unaweza kusema hapana, hata kwa mtu unayemjua.
    Hapana maana yake ni hapana.
    Ukijisikia ajabu au huna uhakika, mwambie mtu mzima.
    .together = Uliza: "Mwili wako ni wa nani?" Jibu zuri: "Ni wangu." Mkumbushe kwamba anaweza kusema hapana, hata kwa familia.
# Card 5: never the child's fault; someone to talk to.
card-tell-someone =
    Mtu akikuomba uweke siri mbaya, si kosa lako.
    Unaweza kusema, hata kama uliificha kwa muda.
    Mtu mzima wako hatakukasirikia.
    Unaweza pia kugusa kitufe cha Msaada.
    .together = Mwambie mtoto wako kwamba anaweza kukuambia siri yoyote, hata ya zamani, na hutamkasirikia. Akikueleza jambo linalotia wasiwasi, mshukuru, tulia na utafute msaada.

# Question: sort things into surprises and secrets to tell.
q-surprise-or-tell = Je, ni mshangao wa kufurahisha, au siri ya kusema? Weka kila moja kwenye kisanduku sahihi.
    .hint = Je, itawafanya watu watabasamu hivi karibuni? Au inakufanya ujisikie vibaya?
    .explanation = Mshangao unafurahisha na kila mtu anajua hivi karibuni. Siri zinazokufanya ujisikie vibaya ni za kumwambia mtu mzima.
# Group name.
q-surprise-or-tell-surprise = Mshangao wa kufurahisha
# Group name.
q-surprise-or-tell-tell-a-grown-up = Mwambie mtu mzima
# Item to sort (fun surprise).
q-surprise-or-tell-birthday-gift = Zawadi ya siku ya kuzaliwa ya Baba
    .feedback = Zawadi ni mshangao wa kufurahisha. Baba atajua hivi karibuni, na atatabasamu.
# Item to sort (fun surprise).
q-surprise-or-tell-party-for-gran = Sherehe ya Nyanya
    .feedback = Sherehe ni mshangao wa kufurahisha. Nyanya atajua hivi karibuni.
# Item to sort (tell a grown-up).
q-surprise-or-tell-game-chat-secret = Mtu kwenye mchezo anasema, "Usimwambie mama yako kuhusu chati zetu."
    .feedback = Hakuna mtu anayepaswa kukuomba ufiche chati kutoka kwa watu wazima wako. Mwambie mtu mzima unayemwamini.
# Item to sort (tell a grown-up).
q-surprise-or-tell-tummy-feels-funny = Siri inayokufanya ujisikie vibaya tumboni
    .feedback = Siri inayokufanya ujisikie vibaya ni ya kusema. Mtu mzima anaweza kusaidia.
# Item to sort (tell a grown-up).
q-surprise-or-tell-picture-secret = Mtu anasema, "Picha hii iwe siri yetu."
    .feedback = Picha unayoambiwa uifiche ni ya kusema. Mwambie mtu mzima unayemwamini.

# Question: a single choice about a game friend asking for a secret.
q-game-friend-secret = Rafiki kwenye mchezo anasema, "Usimwambie baba yako kwamba tunachati." Utafanya nini?
    .hint = Je, huu ni mshangao wa kufurahisha? Au ni siri unayowaficha watu wazima wako?
    .explanation = Mshangao unafurahisha, na watu wanajua hivi karibuni. "Usimwambie baba yako" si mshangao. Ni siri ya kusema.
# Answer option (right).
q-game-friend-secret-tell-a-grown-up = Mwambie mtu mzima unayemwamini.
    .feedback = Ndiyo! Hii ni siri ya kusema. Mtu mzima wako anaweza kusaidia.
# Answer option (wrong).
q-game-friend-secret-keep-it = Itunze siri.
    .feedback = Bado kidogo. Huu si mshangao wa kufurahisha. Ni siri unayowaficha watu wazima wako, kwa hivyo mwambie mmoja wao.
# Answer option (wrong).
q-game-friend-secret-keep-chatting = Endelea kuchati na usiseme chochote.
    .feedback = Bado kidogo. Siri unayowaficha watu wazima wako ni ya kusema. Watakusaidia.

# Question: true or false about keeping every secret. The right answer is "false".
q-keep-every-secret = Lazima utunze kila siri, hata zile zinazokufanya ujisikie vibaya.
    .hint = Tunafanya nini na siri inayotufanya tujisikie vibaya?
    .explanation = Siri zinazokufanya ujisikie vibaya ni za kusema. Mwambie mtu mzima wa mduara wako.
# Feedback if the child picks "true" (wrong).
q-keep-every-secret-true =
    .feedback = Bado kidogo. Si lazima utunze siri inayokufanya ujisikie vibaya. Mwambie mtu mzima unayemwamini.
# Feedback if the child picks "false" (right).
q-keep-every-secret-false =
    .feedback = Ndiyo! Siri inayokufanya ujisikie vibaya ni ya kusema.

# Question: a single choice about saying no to a hug (body autonomy).
q-hug-from-cousin = Binamu yako anataka kukukumbatia. Wewe hutaki. Unaweza kufanya nini?
    .hint = Mwili wako ni wa nani?
    .explanation = Mwili wako ni wako. Unaweza kusema hapana, hata kwa mtu unayemjua. Asipoacha, mwambie mtu mzima unayemwamini.
# Answer option (right).
q-hug-from-cousin-no-thank-you = Sema, "Hapana, asante. Tupungiane mkono?"
    .feedback = Ndiyo! Mwili wako ni wako. Unaweza kusema hapana kwa upole.
# Answer option (wrong).
q-hug-from-cousin-must-hug = Mkumbatie, hata kama sitaki.
    .feedback = Bado kidogo. Mwili wako ni wako. Unaweza kusema hapana, hata kwa mtu unayemjua.
# Answer option (wrong).
q-hug-from-cousin-say-nothing = Usiseme chochote. Siwezi kusema hapana.
    .feedback = Bado kidogo. Unaweza kusema hapana kila wakati. Hapana maana yake ni hapana. Mtu mzima anaweza kukusaidia kusema.

# Question: a single choice about a grown-up the child knows asking for a secret that feels odd (not a surprise).
q-grown-up-secret = Mtu mzima unayemjua anasema, "Hii ni siri yetu. Usimwambie mama yako." Unajisikia ajabu. Utafanya nini?
    .hint = Je, huu ni mshangao wa kufurahisha, au siri inayokufanya ujisikie ajabu?
    .explanation = Siri inayokufanya ujisikie ajabu ni ya kusema, hata kama mtu mzima unayemjua alisema uitunze. Mwambie mtu mzima wa mduara wako.
# Answer option (right).
q-grown-up-secret-tell-circle = Mwambie Mama, au mtu mzima wa mduara wangu.
    .feedback = Ndiyo! Umefanya jambo sahihi. Mtu mzima wa mduara wako atakusaidia.
# Answer option (wrong).
q-grown-up-secret-keep-it-they-are-nice = Itunze. Ananifanyia wema.
    .feedback = Bado kidogo. Hata watu wazima wazuri hawapaswi kukuomba siri kama hii. Mwambie mtu mzima unayemwamini.
# Answer option (wrong).
q-grown-up-secret-do-what-they-say = Fanya anachosema.
    .feedback = Bado kidogo. Si lazima uitunze. Mwambie mtu mzima wa mduara wako.

# Question: true or false about blame. The right answer is "true".
q-not-to-blame = Mtu akikuomba utunze siri mbaya, si kosa lako.
    .hint = Nani alifanya jambo baya, wewe au yule aliyekuomba?
    .explanation = Si kosa lako kamwe. Yule aliyekuomba ndiye aliyefanya jambo baya. Mwambie mtu mzima. Atakusaidia.
# Feedback if the child picks "true" (right).
q-not-to-blame-true =
    .feedback = Ndiyo! Si kosa lako kamwe. Mtu mzima wako hatakukasirikia.
# Feedback if the child picks "false" (wrong).
q-not-to-blame-false =
    .feedback = Bado kidogo. Si kosa lako kamwe. Kusema ndilo jambo sahihi.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Muulize mtoto wako: "Kuna tofauti gani kati ya mshangao na siri?" Mwambie kwamba anaweza kukuambia wakati wowote kuhusu siri inayomfanya ajisikie vibaya, hata kama mtu alisema asiseme, na kwamba hutamkasirikia.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Nyumbani, tumieni maneno "mshangao" na "siri" katika maisha ya kila siku, na mseme mara kwa mara kwamba siri mbaya daima ni za kusema.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Waombe washiriki wa kikundi wataje mishangao ya kufurahisha na siri zinazowafanya wajisikie vibaya. Unaweza kuzitofautisha vipi? Unaweza kumwambia nani kuhusu siri inayokufanya ujisikie vibaya?
