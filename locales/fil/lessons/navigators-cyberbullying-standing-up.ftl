# SafeSteps — MIT OR Apache-2.0

### Lesson: Cyberbullying and standing up (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Some readers may be bullied, some may have joined in: never shame either.

# Lesson name on the lesson card.
lesson-title = Cyberbullying at pagtindig para sa iba
# One line under the lesson name.
lesson-summary = Alamin kung ano ang cyberbullying, ano ang gagawin kung mangyari ito sa iyo, at paano tutulong kapag nangyayari ito sa iba.

# Card 1: what cyberbullying is.
card-what-it-is =
    Cyberbullying ang tawag kapag may gumagamit ng laro, chat, o app para saktan ang isang tao nang paulit-ulit.
    Puwede itong masasakit na mensahe o comment.
    Puwede itong sadyang hindi pagsali sa isang tao sa group chat.
    Puwede itong pag-share ng litrato para pagtawanan siya.
    Puwede itong pekeng account na nagpapanggap na siya.
# Card 2: how it feels; not the child's fault.
card-how-it-feels =
    Puwede kang malungkot, matakot, magalit, o makaramdam ng pag-iisa dahil sa cyberbullying.
    Puwedeng maramdaman mong sinusundan ka nito hanggang sa bahay, sa phone mo.
    Totoo ang mga damdaming iyan, at mahalaga ang mga ito.
    Kung nangyayari ito sa iyo, hindi mo ito kasalanan. Walang sinumang karapat-dapat ma-bully.
# Card 3: what to do if you are bullied online.
card-what-to-do =
    Kung may nambu-bully sa iyo online, heto ang puwede mong gawin.
    Huwag sumagot. Puwedeng lumala ito kapag sumagot ka.
    I-save ang mga mensahe gamit ang screenshot.
    I-block ang tao, at i-report siya sa app.
    Sabihin sa nakatatandang pinagkakatiwalaan mo, gaya ng magulang, tagapag-alaga, o guro.
# Card 4: being an upstander.
card-be-an-upstander =
    Ang upstander ay taong tumitindig at tumutulong kapag may nakikita siyang bullying.
    Padalhan ng mabait na mensahe ang tao, gaya ng "Okay ka lang ba?"
    Huwag i-like, i-share, o tawanan ang masasakit na post.
    I-report ang post, at sabihin sa nakatatandang pinagkakatiwalaan mo.
    Hindi mo kailangang makipagtalo sa nambu-bully. Mahalaga pa rin ang tahimik na pagtulong.
# Card 5: who to tell; adults should not blame; Help.
card-get-help =
    Hindi mo kailangang harapin ang bullying nang mag-isa.
    Sabihin sa nakatatandang pinagkakatiwalaan mo. Dapat silang makinig at hindi ka sisihin.
    Matutulungan ka nilang i-report ito, at kausapin ang paaralan mo kung makakatulong.
    Puwede mo ring i-tap ang Tulong para makahanap ng makakausap.

# Question: multiple choice, "choose all that apply".
q-is-it-bullying = Alin sa mga ito ang cyberbullying? Piliin ang lahat ng tamang sagot.
    .hint = May sinusubukan bang manakit o mang-etsapuwera ng isang tao, nang paulit-ulit?
    .explanation = Cyberbullying ang masasakit na comment, ang sadyang hindi pagsali sa isang tao, ang mga pekeng account, at ang pag-share ng litrato para pagtawanan ang isang tao. Hindi bullying ang manalo sa laro o ang pagkagusto sa ibang team.
# Answer option (cyberbullying).
q-is-it-bullying-mean-comments-daily = May nag-iiwan ng masasakit na comment sa mga video ng isang bata araw-araw.
    .feedback = Cyberbullying ito. Sinasadya itong makasakit, at paulit-ulit itong nangyayari.
# Answer option (cyberbullying).
q-is-it-bullying-left-out-on-purpose = Gumawa ang isang grupo ng bagong chat para lang hindi maisali ang isang bata.
    .feedback = Cyberbullying ito. Puwedeng makasakit nang husto ang sadyang hindi pagsali sa isang tao.
# Answer option (cyberbullying).
q-is-it-bullying-fake-account = May gumawa ng pekeng account para magpanggap na isang kaklase.
    .feedback = Cyberbullying ito. Kapag may nagpapanggap na ibang tao, puwedeng pumangit ang tingin ng iba sa taong iyon.
# Answer option (cyberbullying).
q-is-it-bullying-shares-photo-to-mock = May nag-share ng litrato ng isang bata para pagtawanan siya.
    .feedback = Cyberbullying ito. Nasasaktan ang isang tao kapag ini-share ang litrato niya para pagtawanan siya.
# Answer option (not cyberbullying).
q-is-it-bullying-wins-fair-and-square = Tinalo ka ng kaibigan mo sa laro at sinabing, "Good game."
    .feedback = Hindi pa eksakto. Hindi bullying ang patas na pagkapanalo at pagiging mabait.
# Answer option (not cyberbullying).
q-is-it-bullying-likes-other-team = May nagsabing iba ang team na gusto niya kaysa sa iyo.
    .feedback = Hindi pa eksakto. Normal ang magkaiba ng gusto. Hindi ito bullying.

# Question: true or false about replying to a bully.
q-reply-back = Kung may nagpapadala sa iyo ng masasakit na mensahe, pinakamainam na gumanti ng masakit na sagot.
    .hint = Ano ang puwedeng mangyari kung sasagot ka?
    .explanation = Puwedeng lumala ito kapag sumagot ka. I-save ang mga mensahe, i-block, i-report, at sabihin sa nakatatandang pinagkakatiwalaan mo.
# Feedback if the child picks "true" (wrong).
q-reply-back-true =
    .feedback = Hindi pa eksakto. Normal lang na magalit. Pero puwedeng lumala ito kapag sumagot ka. I-save, i-block, i-report, at magsabi.
# Feedback if the child picks "false" (right).
q-reply-back-false =
    .feedback = Tama! Huwag sumagot. I-save ang mga mensahe, i-block, i-report, at sabihin sa nakatatandang pinagkakatiwalaan mo.

# Question: a scenario. The situation is shown first, then the question.
q-no-ellie-chat = Ano ang puwedeng gawin ni Tom?
    .situation = Naisali si Tom, 11, sa isang group chat ng klase na ang pangalan ay "Bawal si Ellie." Nagpo-post ang mga tao ng masasakit na biro tungkol kay Ellie.
    .hint = Paano matutulungan ni Tom si Ellie nang hindi pinalalaki ang gulo?
    .explanation = Puwedeng maging upstander si Tom. Puwede niyang kumustahin si Ellie at magsabi sa nakatatandang pinagkakatiwalaan niya. Nakakatulong din ang pag-report sa chat at ang hindi pakikisali. Lumalala ito kapag nakikitawa o nagsi-share.
# Action (best).
q-no-ellie-chat-support-and-tell = Padalhan si Ellie ng mabait na mensahe, at sabihin sa nakatatandang pinagkakatiwalaan niya.
    .feedback = Pinakamagandang pili! Malalaman ni Ellie na may nagmamalasakit sa kaniya, at matutulungan ng isang nakatatanda na mapatigil ito.
# Action (also good).
q-no-ellie-chat-report-dont-join = Huwag makisali. I-report ang chat, tapos umalis dito.
    .feedback = Magandang pili. Nakakatulong ang hindi pakikisali at ang pag-report. Mas maganda pa kung magsasabi rin sa isang nakatatanda.
# Action (not helpful).
q-no-ellie-chat-send-laughing-face = Magpadala ng tumatawang emoji para makisabay.
    .feedback = Hindi pa eksakto. Puwedeng mahirap ang maging iba sa grupo. Pero sinasabi ng tumatawang emoji sa mga nambu-bully na okay lang ang ginagawa nila.
# Action (not helpful).
q-no-ellie-chat-screenshot-to-friends = Magpadala ng mga screenshot sa ibang kaibigan para makita nila.
    .feedback = Hindi pa eksakto. Kapag ini-share ito, lalo itong kumakalat. Mag-save lang ng screenshot para ipakita sa isang nakatatanda o para mag-report.

# Question: single choice about what to do when being bullied.
q-priya-comments = Nakakatanggap si Priya ng masasakit na comment sa bawat video na pino-post niya. Ano ang puwede niyang gawin?
    .hint = Isipin ang mga hakbang sa card na "ano ang gagawin."
    .explanation = Puwedeng i-save ni Priya ang mga comment, i-block at i-report ang tao, at sabihin sa nakatatandang pinagkakatiwalaan niya. Hindi niya ito kasalanan.
# Answer option (right).
q-priya-comments-save-block-report-tell = Mag-screenshot, i-block at i-report, at sabihin sa nakatatandang pinagkakatiwalaan niya.
    .feedback = Tama! Nakakatulong ang mga hakbang na iyan para mapatigil ito at makakuha siya ng suporta. Hindi niya ito kasalanan.
# Answer option (wrong).
q-priya-comments-post-mean-reply = Mag-post ng masakit na sagot para maramdaman din nila.
    .feedback = Hindi pa eksakto. Naiintindihan kung magalit siya. Pero puwedeng lumala ito kapag sumagot siya.
# Answer option (wrong).
q-priya-comments-quit-and-tell-no-one = Tumigil sa pag-post at huwag sabihin kaninuman.
    .feedback = Hindi pa eksakto. Hindi kailangang harapin ito ni Priya nang mag-isa. Matutulungan siya ng nakatatandang pinagkakatiwalaan niya.

# Question: single choice about what an upstander is.
q-upstander-means = Ano ang upstander?
    .hint = Isipin ang salitang "stand up," o tumindig para sa iba.
    .explanation = Tumutulong ang upstander sa ligtas na paraan. Sinusuportahan niya ang tao, hindi siya nagsi-share, nagre-report siya, at nagsasabi sa isang nakatatanda.
# Answer option (right).
q-upstander-means-helps-safely = Taong tumutulong sa binu-bully sa ligtas na paraan.
    .feedback = Tama! Gawain ng upstander ang mababait na salita, ang pag-report, at ang pagsasabi sa isang nakatatanda.
# Answer option (wrong).
q-upstander-means-just-watches = Taong nakakakita ng bullying pero hindi nakikialam.
    .feedback = Hindi pa eksakto. Bystander iyan, o taong nanonood lang. May ginagawa ang upstander para tumulong.
# Answer option (wrong).
q-upstander-means-bullies-back = Taong nagpo-post din ng masasakit na bagay laban sa nambu-bully.
    .feedback = Hindi pa eksakto. Puwedeng lumaki ang gulo kapag gumanti ka ng masama. Tumutulong ang mga upstander sa ligtas na paraan.

# Question: sort actions into two groups.
q-helps-or-not = May nag-post ng masakit na video tungkol sa isang bata sa klase mo. Ilagay ang bawat gawain sa tamang grupo.
    .hint = Natutulungan ba nito ang bata, o lalo nitong pinakakalat ang masakit na post?
    .explanation = Nakakatulong ang mabait na mensahe, ang pag-report, at ang pagsasabi sa isang nakatatanda. Lalong kumakalat ang sakit kapag nag-like, nag-share, o nagdagdag ng biro.
# Group name.
q-helps-or-not-helps = Nakakatulong
# Group name.
q-helps-or-not-does-not-help = Hindi nakakatulong
# Item to sort (helps).
q-helps-or-not-kind-message = Padalhan ang bata ng mabait na mensahe.
    .feedback = Nakakatulong ito. Ipinapakita nito sa kaniya na hindi siya nag-iisa.
# Item to sort (helps).
q-helps-or-not-report-post = I-report ang video.
    .feedback = Nakakatulong ito. Puwede itong tanggalin ng app.
# Item to sort (helps).
q-helps-or-not-tell-adult = Sabihin sa nakatatandang pinagkakatiwalaan mo.
    .feedback = Nakakatulong ito. Matutulungan ng isang nakatatanda na mapatigil ito.
# Item to sort (does not help).
q-helps-or-not-like-mean-post = I-like ang video.
    .feedback = Hindi ito nakakatulong. Sinasabi ng like sa nambu-bully na sang-ayon ang mga tao.
# Item to sort (does not help).
q-helps-or-not-share-mean-post = I-share ang video sa mga kaibigan.
    .feedback = Hindi ito nakakatulong. Kapag ini-share, mas maraming tao ang nakakakita nito.
# Item to sort (does not help).
q-helps-or-not-add-a-mean-joke = Magdagdag ng biro sa comments.
    .feedback = Hindi ito nakakatulong. Dinaragdagan ng biro ang sakit.

# Question: true or false about blame. The right answer is "true".
q-not-to-blame = Kung binu-bully ka online, hindi mo ito kasalanan.
    .hint = Sino ang pumipiling manakit?
    .explanation = Ang nambu-bully ang gumagawa ng mali. Walang sinumang karapat-dapat ma-bully.
# Feedback if the child picks "true" (right).
q-not-to-blame-true =
    .feedback = Tama! Hinding-hindi mo ito kasalanan. Sabihin sa nakatatandang pinagkakatiwalaan mo, o i-tap ang Tulong.
# Feedback if the child picks "false" (wrong).
q-not-to-blame-false =
    .feedback = Hindi pa eksakto. Walang sinumang karapat-dapat ma-bully. Ang taong nananakit ang gumagawa ng mali.

# Question: true or false about changing after joining in. The right answer is "true".
q-joined-in-before = Kung nakitawa ka sa isang masakit na post dati, puwede ka pa ring maging upstander ngayon.
    .hint = Puwede ka bang gumawa ng bagong desisyon ngayong araw?
    .explanation = Oo. Kahit sino ay puwedeng pumiling tumulong. Puwede kang magsimula ngayon, sa isang mabait na mensahe o sa pagsasabi sa isang nakatatanda.
# Feedback if the child picks "true" (right).
q-joined-in-before-true =
    .feedback = Tama! Puwede kang gumawa ng bagong desisyon kahit kailan. Mahalaga pa rin ang pagtulong ngayon.
# Feedback if the child picks "false" (wrong).
q-joined-in-before-false =
    .feedback = Hindi pa eksakto. Lahat ay puwedeng gumawa ng bagong desisyon. Puwede kang tumulong ngayon, at mahalaga iyon.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Itanong: ano ang nagpapahirap sa pagiging upstander online? Mag-isip ng maliliit at ligtas na bagay na puwede ninyong gawin para tumulong. Sino ang puwede ninyong sabihan kung kayo o ang isang kaibigan ay binu-bully?
