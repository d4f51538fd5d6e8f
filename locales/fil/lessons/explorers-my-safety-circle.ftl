# SafeSteps — MIT OR Apache-2.0

### Lesson: My safety circle (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. A safety circle is the child's team of trusted grown-ups.

# Lesson name on the lesson card.
lesson-title = Ang aking safety circle
# One line under the lesson name.
lesson-summary = Ang safety circle mo ay ang team mo ng mga nakatatandang tumutulong sa iyo. Hanapin natin ang sa iyo.

# Card 1: what a safety circle is.
card-what-is-a-circle =
    Ang safety circle ay ang team mo ng mga nakatatanda.
    Tinutulungan ka nila kapag malungkot ka o natatakot.
    Nakikinig sila sa iyo.
    Tinutulungan ka nilang manatiling ligtas.
    .together = Itanong: "Sino ang nagpaparamdam sa iyo na ligtas ka?" Magandang sagot ang sinumang nakatatandang pinagkakatiwalaan ng anak mo.
# Card 2: who can be in it (home, school, family friends); more than one.
card-pick-your-team =
    Sino ang nasa iyong safety circle?
    Puwedeng si nanay, si tatay, o ang tagapag-alaga mo.
    Puwedeng si lola o si tita.
    Puwedeng ang guro mo, o isang kaibigan ng pamilya mo.
    Puwede kang pumili ng higit sa isa!
    .together = Tulungan ang anak mo na pumili ng kahit dalawang nakatatanda, isa sa bahay at isa sa labas ng bahay, gaya ng guro.
# Card 3: how to tell a grown-up.
card-how-to-tell =
    Paano magsabi?
    Lumapit sa isang nakatatanda sa iyong safety circle.
    Sabihin, "May gusto po akong sabihin sa inyo."
    Busy ba ang nakatatanda? Sabihin mo ulit.
    O lumapit sa susunod na nakatatanda.
    .together = Sanayin nang magkasama: sasabihin ng anak mo ang "May gusto po akong sabihin sa inyo," at titigil ka at makikinig.
# Card 4: even people we know can do things that are not okay; tell someone else.
card-not-okay =
    Kahit ang taong kilala natin ay puwedeng gumawa ng mga bagay na hindi okay.
    Hindi mo iyon kasalanan.
    Puwede mong sabihin sa isang nakatatanda sa iyong safety circle.
    Patuloy na magsabi hanggang matulungan ka.
    .together = Sabihin nang mahinahon: "Kahit ang taong kilala natin ay puwedeng gumawa ng hindi okay. Puwede mong sabihin sa akin kahit kailan." Kung may ikuwento ang anak mo, pasalamatan siya at manatiling kalmado.
# Card 5: someone to talk to, and the Help button.
card-help-is-here =
    Nandiyan ang safety circle mo para sa iyo.
    Puwede mo silang kausapin kahit kailan.
    Puwede mo ring i-tap ang button na Tulong.
    Ipinapakita nito kung sino ang puwedeng tumulong.
    .together = Itanong: "Kanino ka unang lalapit?" Tapos ipakita sa anak mo ang button na Tulong.

# Question: a single choice about who can be in a safety circle.
q-who-can-be-in = Sino ang puwedeng nasa safety circle mo?
    .hint = Isipin ang mga nakatatandang kilalang-kilala mo na tumutulong sa iyo.
    .explanation = Ang safety circle mo ay mga nakatatandang kilalang-kilala mo at pinagkakatiwalaan mo. Puwedeng isa rito ang guro mo.
# Answer option (right).
q-who-can-be-in-my-teacher = Ang guro ko
    .feedback = Tama! Puwedeng nasa iyong safety circle ang gurong pinagkakatiwalaan mo.
# Answer option (wrong).
q-who-can-be-in-game-player = Isang taong sa laro ko lang kilala
    .feedback = Hindi pa eksakto. Puwedeng masaya ang mga kaibigan sa laro. Pero ang safety circle mo ay mga nakatatandang kilalang-kilala mo.
# Answer option (wrong).
q-who-can-be-in-person-in-a-video = Isang taong sa mga video ko lang nakikita
    .feedback = Hindi pa eksakto. Hindi mo talaga kilala ang mga taong sa video mo lang nakikita. Ang safety circle mo ay mga nakatatandang kilalang-kilala mo.

# Question: true or false about picking more than one grown-up.
q-more-than-one = Puwedeng higit sa isang nakatatanda ang nasa iyong safety circle.
    .hint = Isang tao lang ba ang isang team?
    .explanation = Oo. Puwede kang pumili ng maraming nakatatanda. Sa gayon, laging may masasabihan ka.
# Feedback if the child picks "true" (right).
q-more-than-one-true =
    .feedback = Tama! Mas maraming nakatatanda, mas maraming tutulong sa iyo.
# Feedback if the child picks "false" (wrong).
q-more-than-one-false =
    .feedback = Hindi pa eksakto. Puwede kang pumili ng maraming nakatatanda. Sa gayon, laging may masasabihan ka.

# Question: sort people into two groups.
q-circle-or-not = Ilagay ang bawat isa sa tamang kahon.
    .hint = Kilalang-kilala mo ba sila? Tinutulungan ka ba nilang manatiling ligtas?
    .explanation = Ang safety circle mo ay mga nakatatandang kilalang-kilala mo at pinagkakatiwalaan mo. Wala rito ang mga taong sa laro o video mo lang kilala.
# Group name.
q-circle-or-not-in-my-circle = Puwede sa safety circle ko
# Group name.
q-circle-or-not-not-in-my-circle = Hindi para sa safety circle ko
# Item to sort (can be in my circle).
q-circle-or-not-mum-or-dad = Si nanay, si tatay, o ang tagapag-alaga ko
    .feedback = Puwedeng nasa iyong safety circle ang nakatatanda sa bahay na nag-aalaga sa iyo para ligtas ka.
# Item to sort (can be in my circle).
q-circle-or-not-teacher = Ang guro ko
    .feedback = Puwedeng nasa iyong safety circle ang gurong pinagkakatiwalaan mo. Tinutulungan ka niya sa paaralan.
# Item to sort (can be in my circle).
q-circle-or-not-grandpa = Ang lolo ko
    .feedback = Puwedeng nasa iyong safety circle ang lolong pinagkakatiwalaan mo.
# Item to sort (not for my circle).
q-circle-or-not-met-in-a-game = Isang taong sa laro ko lang kilala
    .feedback = Hindi mo siya kilalang-kilala. Ang safety circle mo ay mga nakatatandang kilala at pinagkakatiwalaan mo.
# Item to sort (not for my circle).
q-circle-or-not-online-video = Isang taong sa mga video ko lang nakikita
    .feedback = Sa mga video mo lang siya nakikita. Hindi mo siya kilalang-kilala.

# Question: a single choice about a grown-up who is busy.
q-busy-grown-up = May gusto kang sabihin kay tatay. Busy siya at hindi ka niya narinig. Ano ang puwede mong gawin?
    .hint = Iisa lang ba ang paraan para marinig ka?
    .explanation = Nagiging busy ang mga nakatatanda. Sabihin mo ulit, o lumapit sa susunod na nakatatanda sa iyong safety circle.
# Answer option (right).
q-busy-grown-up-tell-again = Sabihin ulit sa kaniya, o sabihin sa susunod na nakatatanda.
    .feedback = Tama! Patuloy na magsabi hanggang marinig ka ng isang nakatatanda.
# Answer option (wrong).
q-busy-grown-up-give-up = Sumuko at huwag nang subukan.
    .feedback = Hindi pa eksakto. Mahalaga ang sasabihin mo. Subukan ulit, o lumapit sa susunod na nakatatanda.
# Answer option (wrong).
q-busy-grown-up-tell-no-one = Itago ko na lang ang lahat sa sarili ko.
    .feedback = Hindi pa eksakto. Hindi mo kailangang itago ito sa sarili mo. Gustong tumulong ng nakatatanda sa iyong safety circle.

# Question: true or false about telling when someone we know does something not okay.
q-someone-we-know = Kapag may kilala kang gumawa ng hindi okay, puwede mong sabihin sa nakatatanda.
    .hint = Puwede mo pa rin bang sabihin, kahit kilala mo siya?
    .explanation = Oo. Kahit ang mga kilala natin ay puwedeng gumawa ng hindi okay. Hindi mo ito kasalanan. Sabihin sa isang nakatatanda sa iyong safety circle.
# Feedback if the child picks "true" (right).
q-someone-we-know-true =
    .feedback = Tama! Puwede mong sabihin kahit kailan. Hindi mo ito kasalanan.
# Feedback if the child picks "false" (wrong).
q-someone-we-know-false =
    .feedback = Hindi pa eksakto. Puwede mong sabihin, kahit kilala mo siya. Tutulungan ka ng nakatatanda sa iyong safety circle.

# Question: a single choice about how to start telling.
q-how-to-start = Ano ang puwede mong sabihin sa isang nakatatanda sa iyong safety circle?
    .hint = Alin ang magpapaalam sa nakatatanda na kailangan mo siya?
    .explanation = Kapag sinabi mong "May gusto po akong sabihin sa inyo," mas madaling huminto at makinig ang nakatatanda.
# Answer option (right).
q-how-to-start-i-need-to-tell = "May gusto po akong sabihin sa inyo."
    .feedback = Tama! Tinutulungan ng mga salitang iyan ang nakatatanda na huminto at makinig sa iyo.
# Answer option (wrong).
q-how-to-start-say-nothing = Huwag magsabi ng kahit ano.
    .feedback = Hindi pa eksakto. Hindi kayang hulaan ng mga nakatatanda. Sabihin mo sa kanila. Gusto ka nilang tulungan.
# Answer option (wrong).
q-how-to-start-wait-and-hope = Maghintay at umasang mawawala ito.
    .feedback = Hindi pa eksakto. Hindi mo kailangang maghintay. Sabihin na ngayon sa isang nakatatanda. Gusto ka nilang tulungan.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Gumuhit kayo ng bilog nang magkasama. Tanungin ang iyong anak: "Sino ang nagpaparamdam sa iyo na ligtas ka?" Iguhit o isulat ang mga nakatatandang iyon sa loob ng bilog: sa bahay, sa paaralan, at sa pamilya. Pumili ng kahit dalawa, at sanayin ang mga salitang "May gusto po akong sabihin sa inyo."
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Sa bahay, idagdag ang mga pangalang pinili ng anak mo sa safety circle niya sa screen na Tulong, at sabihin sa mga nakatatandang iyon na sila ang napili.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanungin ang grupo: sino ang puwedeng nasa safety circle sa bahay, sa paaralan, at sa pamilya? Bakit mabuting higit sa isa? Ano ang puwedeng gawin kung hindi makinig ang unang nakatatanda?
