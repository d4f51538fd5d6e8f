# SafeSteps — MIT OR Apache-2.0

### Lesson: Block and report (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Teach the skill step by step; make reporting feel safe.

# Lesson name on the lesson card.
lesson-title = I-block at i-report
# One line under the lesson name.
lesson-summary = Alamin kung paano gumagana ang mute, block, at report, ano ang nangyayari pagkatapos mong mag-report, at sino ang makakatulong.

# Card 1: the three tools: mute, block, report.
card-three-tools =
    May tatlong tool ang karamihan ng laro at app.
    Kapag ni-mute mo ang isang tao, hindi mo na siya makikita o maririnig.
    Kapag ni-block mo siya, hindi ka na niya mame-message o maa-add.
    Kapag ni-report mo siya, sinasabi mo sa app na may nilabag siyang patakaran.
    Para mahanap ang mga ito, i-tap ang pangalan ng player, o ang tatlong tuldok sa tabi ng mensahe.
# Card 2: when to use the tools.
card-when-to-use =
    Puwede mong gamitin ang mga tool na ito tuwing may nagpapasama ng loob mo, nagpaparamdam na hindi ka ligtas, o namimilit sa iyo.
    Baka nagpapadala sila ng masasakit na mensahe o humihingi ng litrato. Baka ayaw nilang tumigil sa pag-message sa iyo.
    Hindi mo kailangan ng malaking dahilan. Ikaw ang magpapasya kung sino ang puwedeng kumausap sa iyo.
    Puwede mong i-block ang isang tao kahit nagustuhan mo siya dati.
# Card 3: save proof before blocking; never save or send private pictures.
card-save-proof =
    Bago ka mag-block, mag-save ng patunay.
    Mag-screenshot ng mga mensahe at ng username ng tao. Huwag i-delete ang chat.
    Nakakatulong ang mga screenshot para makita ng app at ng mga nakatatanda ang nangyari.
    Kung may nagpadala sa iyo ng pribadong litrato, huwag itong i-save, i-screenshot, o ipasa. Sabihin sa nakatatandang pinagkakatiwalaan mo.
# Card 4: what happens after a report.
card-after-a-report =
    Ano ang nangyayari pagkatapos mong mag-report? Sinusuri ito ng mga tao sa app.
    Karamihan ng app ay hindi nagsasabi sa tao na ikaw ang nag-report sa kaniya.
    Puwede siyang bigyan ng babala ng app, tanggalin ang posts niya, o isara ang account niya.
    Puwedeng matagalan ito, at baka wala kang matanggap na sagot. Okay lang iyon.
    Nakakatulong pa rin ang pag-report para manatiling ligtas ka at ang iba.
# Card 5: tell a trusted adult; not the child's fault; Help.
card-tell-an-adult =
    Hindi mo kailangang gawin ito nang mag-isa. Sabihin sa nakatatandang pinagkakatiwalaan mo.
    Matutulungan ka nilang mag-save ng patunay, mag-report, at tingnan ang mga setting mo. Hindi ka nila dapat sisihin.
    Kung may nagpasama ng loob mo online, hindi mo ito kasalanan.
    Puwede mo ring i-tap ang Tulong para makahanap ng makakausap.

# Question: single choice about which tool stops messages.
q-stop-messages = May taong patuloy na nagme-message sa iyo sa isang laro. Aling tool ang pipigil sa kaniyang mag-message sa iyo?
    .hint = Aling tool ang pipigil sa kaniya na makontak ka pa?
    .explanation = Pinipigilan ng block ang isang tao na mag-message o mag-add sa iyo. Itinatago lang siya ng mute mula sa iyo. Mag-save muna ng patunay, at mag-report din.
# Answer option (right).
q-stop-messages-block = I-block
    .feedback = Tama! Pinipigilan sila ng block na mag-message sa iyo. Mag-save muna ng patunay, at i-report din sila.
# Answer option (wrong).
q-stop-messages-mute = I-mute
    .feedback = Hindi pa eksakto. Itinatago sila ng mute mula sa iyo, pero baka makapagpadala pa rin sila. Ang block ang pumipigil sa mga mensahe.
# Answer option (wrong).
q-stop-messages-change-avatar = Palitan ang avatar ko
    .feedback = Hindi pa eksakto. Hindi sila napipigilan ng bagong itsura. Ang block ang tool na gumagawa niyan.

# Question: sort what each tool does into three groups.
q-which-tool = Aling tool ang gumagawa ng ano? Ilagay ang bawat isa sa tamang grupo.
    .hint = Balikan ang card tungkol sa tatlong tool. Ano ang ginagawa ng bawat isa?
    .explanation = Sa mute, hindi mo na makikita o maririnig ang isang tao. Sa block, hindi ka na nila makokontak. Sa report, hinihiling mo sa app na suriin ito at kumilos.
# Group name.
q-which-tool-mute = I-mute
# Group name.
q-which-tool-block = I-block
# Group name.
q-which-tool-report = I-report
# Item to sort (mute).
q-which-tool-stop-hearing = Hindi ko na sila naririnig sa voice chat.
    .feedback = Mute iyan. Hindi mo na sila naririnig, pero nasa laro pa rin sila.
# Item to sort (mute).
q-which-tool-hide-chat = Hindi ko na nakikita ang chat nila, pero nasa iisang laro pa rin kami.
    .feedback = Mute iyan. Itinatago sila nito mula sa iyo.
# Item to sort (block).
q-which-tool-no-more-messages = Hindi na nila ako mame-message.
    .feedback = Block iyan. Pinipigilan nito silang makontak ka.
# Item to sort (block).
q-which-tool-no-friend-requests = Hindi na nila ako mapapadalhan ng friend request.
    .feedback = Block iyan. Hindi ka na nila maa-add.
# Item to sort (report).
q-which-tool-app-checks-rules = Sinusuri ng app kung may nilabag silang patakaran.
    .feedback = Report iyan. Tinitingnan ng mga tao sa app ang ginawa nila.
# Item to sort (report).
q-which-tool-app-can-close-account = Puwedeng isara ng app ang account nila.
    .feedback = Report iyan. Puwedeng kumilos ang app kung may nilabag silang patakaran.

# Question: single choice about what to do before blocking.
q-before-blocking = May nagpapadala sa iyo ng masasakit na mensahe. Ano ang dapat mong gawin bago mo siya i-block?
    .hint = Ano ang makakatulong para makita ng app at ng nakatatanda ang nangyari?
    .explanation = Mag-screenshot muna ng mga mensahe at ng username niya. Tapos i-block, i-report, at sabihin sa nakatatandang pinagkakatiwalaan mo.
# Answer option (right).
q-before-blocking-take-screenshots = Mag-screenshot ng mga mensahe at ng username niya.
    .feedback = Tama! Patunay ang mga screenshot. Nakakatulong ang mga ito kapag nag-report ka at nagsabi sa nakatatanda.
# Answer option (wrong).
q-before-blocking-delete-chat = I-delete ang chat para hindi mo na ito makita.
    .feedback = Hindi pa eksakto. Naiintindihan namin na gusto mo itong mawala. Pero patunay ang chat, kaya i-save muna ito.
# Answer option (wrong).
q-before-blocking-reply-angry = Magpadala ng galit na sagot.
    .feedback = Hindi pa eksakto. Puwedeng lumala ito kapag sumagot ka. Mag-save ng patunay, tapos i-block at i-report.

# Question: a scenario. The situation is shown first, then the question.
q-aisha-game = Ano ang puwedeng gawin ni Aisha?
    .situation = Naglalaro si Aisha, 10, ng online game. May player na patuloy na nagme-message sa kaniya: "Bakit ayaw mong sumagot? I-add mo ako sa ibang app." Tumanggi na siya, pero tuloy pa rin ito.
    .hint = Tumanggi na si Aisha at hindi pa rin siya tumigil. Aling mga tool ang makakatulong? Sino ang makakatulong?
    .explanation = Puwedeng mag-save ng patunay si Aisha, tapos i-block at i-report siya, at sabihin sa nakatatandang pinagkakatiwalaan niya. Mabuti rin ang magsabi muna sa isang nakatatanda. Kapag sumagot siya o nanahimik, mag-isa niyang haharapin ito.
# Action (best).
q-aisha-game-save-block-report-tell = Mag-screenshot, i-block at i-report siya, tapos sabihin sa nakatatandang pinagkakatiwalaan niya.
    .feedback = Pinakamagandang pili! Ginagamit ni Aisha ang lahat ng tool, at matutulungan siya ng isang nakatatanda. Hindi niya ito kasalanan.
# Action (also good).
q-aisha-game-tell-adult-first = Sabihin agad sa nakatatandang pinagkakatiwalaan niya, at humingi ng tulong.
    .feedback = Magandang pili. Matutulungan siya ng nakatatanda na mag-save ng patunay, mag-block, at mag-report.
# Action (not helpful).
q-aisha-game-reply-once-more = Sumagot nang isang beses pa at pakiusapan siyang tumigil.
    .feedback = Hindi pa eksakto. Tumanggi na siya. Kapag sumagot siya, baka patuloy itong makipag-usap. Ang pag-block ang pipigil dito.
# Action (not helpful).
q-aisha-game-keep-quiet = Manahimik at umasang titigil ito.
    .feedback = Hindi pa eksakto. Baka hindi ito tumigil. Hindi kailangang harapin ito ni Aisha nang mag-isa.

# Question: true or false about whether the reported person is told.
q-they-know-who = Kapag nag-report ka ng isang tao, sinasabi ng karamihan ng app sa kaniya kung sino ang nag-report.
    .hint = Balikan ang card tungkol sa nangyayari pagkatapos ng report.
    .explanation = Karamihan ng app ay hindi nagsasabi sa tao na ikaw ang nag-report sa kaniya. Dahil dito, mas ligtas ang pakiramdam ng pag-report.
# Feedback if the child picks "true" (wrong).
q-they-know-who-true =
    .feedback = Hindi pa eksakto. Hindi ipinapaalam ng karamihan ng app ang pangalan mo sa taong ni-report mo. Nakakatulong iyon para maging panatag ka.
# Feedback if the child picks "false" (right).
q-they-know-who-false =
    .feedback = Tama! Hindi sinasabi ng karamihan ng app kung sino ang nag-report. Nakakatulong ang pag-report para manatiling ligtas ka at ang iba.

# Question: multiple choice, "choose all that apply".
q-after-you-report = Ano ang puwedeng mangyari pagkatapos mong i-report ang isang tao? Piliin ang lahat ng tamang sagot.
    .hint = Ano ang puwedeng gawin ng app kung may lumabag sa patakaran?
    .explanation = Sinusuri ng app ang report. Puwede nitong bigyan ng babala ang tao, tanggalin ang posts, o isara ang account. Hindi nito ipo-post ang pangalan mo.
# Answer option (can happen).
q-after-you-report-app-checks = Sinusuri ng mga tao sa app ang report.
    .feedback = Puwede itong mangyari. Tinitingnan ng mga tao sa app ang ipinadala.
# Answer option (can happen).
q-after-you-report-warns-them = Binibigyan ng babala ng app ang tao.
    .feedback = Puwede itong mangyari. Sinasabihan siya ng babala na tumigil.
# Answer option (can happen).
q-after-you-report-removes-posts = Tinatanggal ng app ang mga post.
    .feedback = Puwede itong mangyari. Puwedeng tanggalin ang mga post na lumalabag sa patakaran.
# Answer option (can happen).
q-after-you-report-closes-account = Isinasara ng app ang account niya.
    .feedback = Puwede itong mangyari kung may nilabag siyang patakaran.
# Answer option (does not happen).
q-after-you-report-posts-your-name = Ipo-post ng app ang pangalan mo para makita ng lahat.
    .feedback = Hindi pa eksakto. Hindi ipo-post ng mga app ang pangalan mo. Pinananatili itong pribado ng karamihan.
# Answer option (does not happen).
q-after-you-report-nothing-ever = Wala, kahit kailan. Walang nagagawa ang mga report.
    .feedback = Hindi pa eksakto. Baka wala kang matanggap na sagot, pero nakakatulong ang mga report para mapanatiling ligtas ng mga app ang mga tao.

# Question: true or false about blocking someone you liked before.
q-block-a-friend = Puwede mong i-block ang isang tao kahit naging magkaibigan kayo dati.
    .hint = Ikaw ba ang magpapasya kung sino ang puwedeng kumausap sa iyo?
    .explanation = Oo. Puwede mong i-block ang sinumang nagpapasama ng loob mo, nagpaparamdam na hindi ka ligtas, o namimilit sa iyo, kahit kaibigan pa.
# Feedback if the child picks "true" (right).
q-block-a-friend-true =
    .feedback = Tama! Ikaw ang magpapasya. Puwede mong i-block ang sinumang nagpapasama ng loob mo.
# Feedback if the child picks "false" (wrong).
q-block-a-friend-false =
    .feedback = Hindi pa eksakto. Kahit nagustuhan mo ang isang tao dati, hindi mo kailangang patuloy na makipag-usap sa kaniya. Puwede mo siyang i-block.

# Question: single choice about an unwanted private picture.
q-unwanted-picture = Pinadalhan ka ng isang player ng pribadong litrato na hindi mo hiningi. Ano ang gagawin mo?
    .hint = Ito ba ay dapat itago, ipasa, o sabihin sa isang nakatatanda?
    .explanation = Huwag itong i-save, i-screenshot, o ipasa, kahit bilang patunay. Sabihin sa nakatatandang pinagkakatiwalaan mo. Matutulungan ka nilang i-report ito. Hindi mo ito kasalanan.
# Answer option (right).
q-unwanted-picture-dont-save-tell-adult = Huwag itong i-save o ipasa. Sabihin sa nakatatandang pinagkakatiwalaan ko.
    .feedback = Tama! Matutulungan ka ng nakatatanda na i-report ito. Hindi mo kasalanan na ipinadala nila ito.
# Answer option (wrong).
q-unwanted-picture-send-as-proof = Ipadala ito sa isang kaibigan bilang patunay.
    .feedback = Hindi pa eksakto. Kapag ipinasa mo ito, lalo itong kumakalat. Sabihin sa isang nakatatanda, at matutulungan ka nilang i-report ito.
# Answer option (wrong).
q-unwanted-picture-keep-it-secret = Ilihim ito para walang magalit.
    .feedback = Hindi pa eksakto. Ang ganitong sikreto ay dapat sabihin. Gugustuhin kang tulungan ng nakatatandang pinagkakatiwalaan mo.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Itanong: nasaan ang mga button na mute, block, at report sa mga laro at app na ginagamit ninyo? Bakit kaya ayaw mag-report ng ilan, at ano ang makakapagpadali nito? Sino ang makakatulong sa iyong mag-save ng patunay?
