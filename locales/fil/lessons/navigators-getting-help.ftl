# SafeSteps — MIT OR Apache-2.0

### Lesson: Getting help (ages 9–12).
### Readers are children on their own phone or in class. Some may be dealing with something now.
### Make telling feel safe. Telling has no time limit: "You can always tell someone, even later."

# Lesson name on the lesson card.
lesson-title = Paghingi ng tulong
# One line under the lesson name.
lesson-summary = Alamin kung sino ang puwede mong sabihan, ano ang nangyayari kapag nagsabi ka, at bakit hinding-hindi mo ito kasalanan.

# Card 1: who to tell: trusted adults.
card-who-to-tell =
    Kung may nangyari online na nagpasama ng loob mo, nagpabalisa sa iyo, o parang mali, magsabi sa isang tao.
    Ang nakatatandang pinagkakatiwalaan ay taong nakikinig at tumutulong. Puwedeng magulang, tagapag-alaga, lolo o lola, guro, o coach.
    Mag-isip ng dalawa o tatlong taong puwede mong sabihan.
    Kung bahagi ng problema ang isang nakatatanda, magsabi sa iba.
# Card 2: helplines and the Help screen.
card-helplines =
    Puwede ka ring makipag-usap sa isang helpline.
    Sa UK, puwede kang tumawag nang libre sa Childline sa 0800 1111, araw man o gabi. Puwede ka ring makipag-chat sa kanila online.
    May sariling mga helpline ang ibang bansa.
    I-tap ang Tulong sa app na ito para makahanap ng helpline sa lugar mo.
# Card 3: how to tell.
card-how-to-tell =
    Hindi sigurado kung ano ang sasabihin? Puwede kang magsimula sa, "May nangyari online at kailangan ko ng tulong."
    Puwede mong ipakita ang mga mensahe o screenshot.
    Kung mahirap magsalita, puwede mo itong isulat.
    Kung hindi tumulong ang unang nakatatanda, magsabi sa iba. Patuloy na magsabi hanggang may tumulong.
# Card 4: what happens after you tell.
card-what-happens-next =
    Kapag nagsabi ka, dapat makinig at manatiling kalmado ang nakatatanda.
    Tutulungan ka nilang pag-isipan ang susunod na gagawin. Baka tulungan ka nilang mag-save ng patunay, mag-block, at mag-report.
    Minsan, kailangan nilang magsabi sa mga taong trabaho ang panatilihing ligtas ang mga bata.
    Hindi ka nila dapat sisihin. Nandiyan sila para tumulong.
# Card 5: never the child's fault; you can always tell, even later; Help.
card-never-your-fault =
    Kung may nangyari online, hindi mo ito kasalanan.
    Totoo ito kahit may nilabag kang patakaran, may itinago kang sikreto, o may naipadala ka.
    Ang taong gumawa ng mali ang may kasalanan, hindi ikaw.
    Puwede kang magsabi sa nakatatandang pinagkakatiwalaan mo kahit kailan, kahit matagal na.
    I-tap ang Tulong kahit kailan para makahanap ng makakausap.

# Question: multiple choice, "choose all that apply".
q-trusted-adults = Sino sa mga ito ang puwedeng maging nakatatandang pinagkakatiwalaan? Piliin ang lahat ng tamang sagot.
    .hint = Ang nakatatandang pinagkakatiwalaan ay taong kilala mo sa totoong buhay na nakikinig at tumutulong.
    .explanation = Puwedeng maging nakatatandang pinagkakatiwalaan ang magulang o tagapag-alaga, guro, lolo o lola, o school nurse. Hindi ang taong nagpapalihim sa iyo, o ang taong online mo lang kilala.
# Answer option (could be a trusted adult).
q-trusted-adults-parent-or-carer = Magulang o tagapag-alaga
    .feedback = Oo. Magandang sabihan ang magulang o tagapag-alaga.
# Answer option (could be a trusted adult).
q-trusted-adults-teacher = Guro
    .feedback = Oo. Tinutulungan din ng mga guro ang mga bata sa mga problema online.
# Answer option (could be a trusted adult).
q-trusted-adults-grandparent = Lolo o lola
    .feedback = Oo. Puwedeng makinig at tumulong ang lolo o lola na pinagkakatiwalaan mo.
# Answer option (could be a trusted adult).
q-trusted-adults-school-nurse = Ang school nurse
    .feedback = Oo. Nandiyan ang school nurse para tulungan ang mga bata na maging ligtas at maayos.
# Answer option (not a trusted adult).
q-trusted-adults-online-player = Isang player na sa laro mo lang kilala
    .feedback = Hindi pa eksakto. Hindi ka makakasiguro kung sino sila. Pumili ng taong kilala mo sa totoong buhay.
# Answer option (not a trusted adult).
q-trusted-adults-secret-keeper = Isang nakatatandang nagsasabing maglihim ka sa pamilya mo
    .feedback = Hindi pa eksakto. Babalang senyales ang paghingi ng ganoong sikreto. Magsabi sa ibang nakatatanda.

# Question: true or false about giving up if the first adult does not help.
q-first-adult-busy = Kung hindi tumulong ang unang nakatatandang sinabihan mo, dapat ka nang sumuko.
    .hint = Higit ba sa isa ang taong puwede mong sabihan?
    .explanation = Patuloy na magsabi hanggang may tumulong. Subukan ang ibang nakatatanda, isang helpline, o i-tap ang Tulong.
# Feedback if the child picks "true" (wrong).
q-first-adult-busy-true =
    .feedback = Hindi pa eksakto. Minsan, busy ang mga nakatatanda o hindi nila agad naiintindihan. Magsabi sa ibang nakatatanda hanggang may tumulong.
# Feedback if the child picks "false" (right).
q-first-adult-busy-false =
    .feedback = Tama! Patuloy na magsabi hanggang may tumulong. Mahalaga ka.

# Question: a scenario. The situation is shown first, then the question.
q-leah-video = Ano ang puwedeng gawin ni Leah?
    .situation = May napanood si Leah, 10, na video sa isang app na nagpasama ng loob niya. Hindi niya ito maalis sa isip. Nag-aalala siyang kukunin ng tatay niya ang tablet niya.
    .hint = Sino ang makakatulong para gumaan ang pakiramdam ni Leah? Dahilan ba ang pag-aalala niya para manahimik?
    .explanation = Puwedeng magsabi si Leah sa nakatatandang pinagkakatiwalaan niya, o gamitin ang screen na Tulong. Hindi niya kasalanan na nakita niya ito. Puwedeng lumala ang pakiramdam niya kung sasarilinin niya ito o maghahanap pa siya ng iba.
# Action (best).
q-leah-video-tell-trusted-adult = Sabihin sa tatay niya o sa ibang nakatatandang pinagkakatiwalaan niya ang nararamdaman niya.
    .feedback = Pinakamagandang pili! Puwede ring sabihin ni Leah na nag-aalala siya tungkol sa tablet niya. Matutulungan siya ng isang nakatatanda na gumaan ang pakiramdam at i-report ang video.
# Action (also good).
q-leah-video-use-help-screen = I-tap ang Tulong para makahanap ng helpline na makakausap.
    .feedback = Magandang pili. Makikinig ang helpline at tutulungan siyang pag-isipan kung sino ang susunod na sasabihan.
# Action (not helpful).
q-leah-video-keep-it-inside = Sarilinin ito at subukang kalimutan.
    .feedback = Hindi pa eksakto. Naiintindihan kung nag-aalala siya, pero kapag sinarili niya ito, baka lalo itong bumigat. Nakakatulong ang pagsasabi.
# Action (not helpful).
q-leah-video-look-for-more = Maghanap ng iba pang video para maintindihan ang nakita niya.
    .feedback = Hindi pa eksakto. Baka lalo siyang mabahala sa iba pang video. Mas mabuting kausapin ang nakatatandang pinagkakatiwalaan niya.

# Question: single choice about what an adult should do.
q-adult-should = Sinabi mo sa isang nakatatanda na may nangyari online na nagpasama ng loob mo. Ano ang dapat niyang gawin?
    .hint = Balikan ang card tungkol sa susunod na mangyayari.
    .explanation = Dapat makinig ang nakatatanda, manatiling kalmado, at tulungan ka sa mga susunod na hakbang. Hindi ka niya dapat sisihin.
# Answer option (right).
q-adult-should-listen-and-help = Makinig, manatiling kalmado, at tulungan akong pag-isipan ang gagawin.
    .feedback = Tama! Iyan ang ginagawa ng nakatatandang pinagkakatiwalaan. Kung hindi niya ito ginawa, magsabi sa iba.
# Answer option (wrong).
q-adult-should-blame-you = Sisihin ako sa nangyari.
    .feedback = Hindi pa eksakto. Hindi ka dapat sisihin ng mga nakatatanda. Kung may sumisi sa iyo, magsabi sa ibang nakatatandang pinagkakatiwalaan mo.
# Answer option (wrong).
q-adult-should-laugh-it-off = Tumawa at sabihing hindi iyon mahalaga.
    .feedback = Hindi pa eksakto. Mahalaga ang nagpapasama ng loob mo. Kung tinawanan lang ito ng isang nakatatanda, magsabi sa iba.

# Question: single choice about a helpline in the UK.
q-uk-helpline = Nakatira si Sam sa UK. Gusto ni Sam na makausap ang isang taong hindi kapamilya. Sino ang makakatulong?
    .hint = Alin ang libreng helpline para sa mga bata?
    .explanation = Ang Childline ay libreng helpline para sa mga bata sa UK. Ang numero ay 0800 1111. Puwede ring makipag-chat si Sam sa kanila online.
# Answer option (right).
q-uk-helpline-childline = Childline, sa 0800 1111
    .feedback = Tama! Libre ang Childline, araw man o gabi. Sa ibang bansa, i-tap ang Tulong para makahanap ng helpline.
# Answer option (wrong).
q-uk-helpline-open-chat-room = Mga tao sa isang bukas na chat room
    .feedback = Hindi pa eksakto. Hindi ka makakasiguro kung sino sila. May mga taong sinanay para tumulong sa mga bata ang helpline.
# Answer option (wrong).
q-uk-helpline-game-forum = Isang post sa forum ng laro
    .feedback = Hindi pa eksakto. Kahit sino ay puwedeng magbasa at sumagot sa forum. Pribado at ligtas ang helpline.

# Question: sort ways of telling into two groups.
q-ways-to-tell = Ilagay ang bawat isa sa tamang grupo.
    .hint = Naaabot ba nito ang taong talagang makakatulong sa iyo?
    .explanation = Makakakuha ka ng tulong sa pagsulat ng liham, pagpapakita ng screenshot, pagtawag sa helpline, at pag-tap sa Tulong. Hindi ka pa makakakuha ng tulong kung maghihintay ka o magpo-post sa pampublikong chat.
# Group name.
q-ways-to-tell-gets-help = Makakakuha ako ng tulong
# Group name.
q-ways-to-tell-no-help-yet = Hindi pa ako makakakuha ng tulong
# Item to sort (gets help).
q-ways-to-tell-write-a-note = Isulat ito sa liham para sa nakatatandang pinagkakatiwalaan ko
    .feedback = Makakakuha ka ng tulong dito. Puwedeng mas madali ang pagsulat kaysa sa pagsasalita.
# Item to sort (gets help).
q-ways-to-tell-show-screenshots = Ipakita sa isang nakatatanda ang mga screenshot
    .feedback = Makakakuha ka ng tulong dito. Ipinapakita ng mga screenshot ang nangyari.
# Item to sort (gets help).
q-ways-to-tell-call-a-helpline = Tumawag o makipag-chat sa isang helpline
    .feedback = Makakakuha ka ng tulong dito. Nandiyan ang mga helpline para makinig.
# Item to sort (gets help).
q-ways-to-tell-tap-help = I-tap ang Tulong sa app na ito
    .feedback = Makakakuha ka ng tulong dito. Ipinapakita ng screen na Tulong kung sino ang puwede mong kausapin.
# Item to sort (does not get help yet).
q-ways-to-tell-wait-and-hope = Maghintay at umasang mawawala ito
    .feedback = Hindi ka pa makakakuha ng tulong dito. Mas mabuting magsabi sa isang tao.
# Item to sort (does not get help yet).
q-ways-to-tell-post-in-public-chat = Mag-post tungkol dito sa isang pampublikong chat
    .feedback = Hindi ka pa makakakuha ng tulong dito. Kahit sino ay makakabasa nito. Sabihin sa nakatatandang pinagkakatiwalaan mo.

# Question: single choice about telling after breaking a rule.
q-ben-broke-rule = Naglaro si Ben ng larong hindi siya pinapayagang laruin. May tao roon na nagpasama ng loob niya. Puwede pa rin ba siyang magsabi sa isang nakatatanda?
    .hint = Sino ang gumawa ng mali: si Ben, o ang taong nagpasama ng loob niya?
    .explanation = Oo. Hindi ito nagiging kasalanan niya dahil lang may nilabag siyang patakaran. Ang taong nagpasama ng loob niya ang gumawa ng mali. Puwede pa ring magsabi si Ben at humingi ng tulong.
# Answer option (right).
q-ben-broke-rule-yes-still-tell = Oo. Hindi niya ito kasalanan, at puwede pa rin siyang humingi ng tulong.
    .feedback = Tama! Puwedeng magsabi si Ben kahit kailan. Dapat siyang tulungan ng isang nakatatanda, hindi sisihin.
# Answer option (wrong).
q-ben-broke-rule-no-he-broke-rule = Hindi, kasi may nilabag siyang patakaran.
    .feedback = Hindi pa eksakto. Hindi ito nagiging kasalanan niya dahil lang may nilabag siyang patakaran. Puwede pa rin siyang magsabi.
# Answer option (wrong).
q-ben-broke-rule-only-if-small = Puwede lang kung napakaliit ng problema.
    .feedback = Hindi pa eksakto. Malaki man o maliit, puwedeng magsabi si Ben. Gustong tumulong ng mga nakatatanda.

# Question: true or false about telling later. The right answer is "true".
q-weeks-ago = Kung may nagpasama ng loob mo ilang linggo na ang nakaraan, puwede mo pa rin itong sabihin ngayon.
    .hint = Nauubos ba ang tulong?
    .explanation = Oo. Puwede kang magsabi kahit kailan, kahit matagal na. Matutulungan ka ng nakatatandang pinagkakatiwalaan mo, ng isang helpline, o ng screen na Tulong.
# Feedback if the child picks "true" (right).
q-weeks-ago-true =
    .feedback = Tama! Puwede kang magsabi kahit kailan, kahit matagal na. Hindi mo ito kasalanan.
# Feedback if the child picks "false" (wrong).
q-weeks-ago-false =
    .feedback = Hindi pa eksakto. Puwede kang magsabi kahit kailan, kahit matagal na. Nandiyan pa rin ang tulong para sa iyo.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Ipaisip sa bawat isa ang dalawa o tatlong nakatatandang puwede nilang sabihan. Ano ang makakapagpadali sa pagsasabi? Pag-usapan kung ano ang ginagawa ng mabuting nakatatanda kapag may batang nagsabi sa kaniya, at ipakita kung nasaan ang screen na Tulong.
