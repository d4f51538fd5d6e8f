# SafeSteps — MIT OR Apache-2.0

### Lesson: Online friends and people you know (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Not only about strangers: watch what people do, whoever they are. Never describe abuse.

# Lesson name on the lesson card.
lesson-title = Marafiki wa mtandaoni
# One line under the lesson name.
lesson-summary = Marafiki wa mtandaoni wanaweza kufurahisha. Jifunze jinsi wanavyotofautiana na watu unaowajua, na la kufanya ukihisi jambo si sawa.

# Card 1: friends in real life and friends online; technology is positive.
card-online-and-real-life =
    Marafiki wengine unawajua katika maisha halisi. Wanasoma shuleni kwenu au wako kwenye klabu yako, au ni familia.
    Marafiki wengine unawajua mtandaoni tu, kutoka kwenye mchezo, chati au programu ya video.
    Marafiki wa mtandaoni wanaweza kufurahisha sana.
    Lakini mtandaoni, huwezi kuona ni nani hasa anayeandika.
# Card 2: people online can pretend.
card-people-can-pretend =
    Mtu mtandaoni anaweza kusema ana miaka 11 kumbe ni mtu mzima.
    Picha inaweza kuwa ya uongo. Sauti inaweza kubadilishwa kwa programu.
    Kwa hivyo huwezi kuwa na uhakika mtu ni nani kutokana na chati.
    Weka taarifa zako binafsi faragha. Chati zako ziwe mahali ambapo watu wazima wanaokutunza wanapajua.
# Card 3: never meet up alone; tell a trusted adult.
card-never-meet-alone =
    Rafiki wa mtandaoni anataka mkutane? Usiende peke yako.
    Kwanza mwambie mtu mzima unayemwamini.
    Mtu mzima akisema ni sawa, anapaswa kwenda nawe. Mkutane mahali pa wazi penye watu wengi.
    Rafiki wa kweli hatajali.
    Mtu akisema "njoo peke yako" au "usimwambie mtu," hiyo ni ishara ya tahadhari.
# Card 4: most people who harm children are known to them; warning signs matter more.
card-watch-what-they-do =
    Watu wengi wanaowadhuru watoto ni watu ambao mtoto tayari anawajua.
    Kwa hivyo si suala la "ni mgeni au siye" tu.
    Angalia watu wanachofanya. Je, wanaomba siri, picha au chati za faragha? Wanatoa zawadi bila sababu? Wanakushinikiza unaposema hapana?
    Ishara hizo ni muhimu, mtandaoni au nje ya mtandao, awe ni nani.
# Card 5: not the child's fault; who to tell; Help.
card-not-your-fault =
    Kama mtu mtandaoni alikudanganya au alikufanya ujisikie vibaya, si kosa lako.
    Mtu anayemdanganya mtoto ndiye anayekosea.
    Mwambie mtu mzima unayemwamini, kama mzazi, mlezi au mwalimu. Hapaswi kukulaumu.
    Unaweza pia kugusa Msaada upate mtu wa kuzungumza naye.

# Question: single choice about what you really know about an online friend.
q-what-you-know = Unacheza mchezo na Kai kila siku. Kai anasema, "Mimi pia nina miaka 11." Unajua nini hasa kuhusu Kai?
    .hint = Je, unaweza kuona ni nani anayeandika?
    .explanation = Mtandaoni, unajua tu kile mtu anachokuambia. Watu wanaweza kujifanya wadogo au wakubwa zaidi. Ndiyo sababu taarifa binafsi hubaki faragha.
# Answer option (right).
q-what-you-know-only-what-they-say = Kile tu ambacho Kai ananiambia.
    .feedback = Ndiyo! Huwezi kuona ni nani anayeandika. Huenda Kai ana miaka 11, au huenda sivyo.
# Answer option (wrong).
q-what-you-know-they-are-eleven = Kai ana miaka 11, kwa sababu Kai alisema hivyo.
    .feedback = Bado kidogo. Mtu yeyote anaweza kuandika "Nina miaka 11." Huwezi kuthibitisha hilo kwenye mchezo.
# Answer option (wrong).
q-what-you-know-voice-proves-it = Kai anasikika mdogo kwenye chati ya sauti, kwa hivyo Kai ni mtoto.
    .feedback = Bado kidogo. Sauti zinaweza kubadilishwa kwa programu. Sauti haithibitishi mtu ni nani.

# Question: a scenario. The situation is shown first, then the question.
q-ruby-meet-up = Wambui angefanya nini?
    .situation = Wambui, miaka 12, amecheza mchezo na Sky kwa miezi kadhaa. Sky anasema, "Tukutane bustanini Jumamosi. Njoo peke yako. Iwe siri yetu."
    .hint = Tafuta ishara za tahadhari. Nani angeweza kumsaidia Wambui?
    .explanation = "Njoo peke yako" na "siri yetu" ni ishara za tahadhari. Wambui asiende. Kumwambia mtu mzima anayemwamini ndilo bora. Kukataa, kisha kumzuia na kumripoti, pia kunasaidia.
# Action (best).
q-ruby-meet-up-tell-trusted-adult = Asiende. Amwambie mtu mzima anayemwamini.
    .feedback = Chaguo bora! Mtu mzima anaweza kumsaidia Wambui kubaki salama na kumripoti Sky. Hakuna anayepaswa kumlaumu Wambui kwa kusema.
# Action (also good).
q-ruby-meet-up-say-no-block-report = Akatae. Ahifadhi chati, kisha amzuie na amripoti Sky.
    .feedback = Chaguo zuri. Kukataa na kuripoti kunasaidia. Kumwambia mtu mzima pia ni bora zaidi.
# Action (not helpful).
q-ruby-meet-up-take-a-friend = Aende, lakini aende na rafiki wa shuleni.
    .feedback = Bado kidogo. Watoto wawili peke yao bado si salama. Mtu mzima anahitaji kujua.
# Action (not helpful).
q-ruby-meet-up-go-but-be-careful = Aende, lakini simu yake iwe imewashwa.
    .feedback = Bado kidogo. Simu haifanyi jambo hili kuwa salama. "Njoo peke yako" ni ishara ya tahadhari. Wambui amwambie mtu mzima.

# Question: true or false about meeting an online friend alone.
q-long-chat-meet-alone = Kama umechati na rafiki wa mtandaoni kwa muda mrefu, ni sawa kukutana naye peke yako.
    .hint = Je, kuchati kwa muda mrefu kunaonyesha ni nani hasa anayeandika?
    .explanation = Hata baada ya muda mrefu, huwezi kuwa na uhakika mtu ni nani mtandaoni. Usikutane naye peke yako kamwe. Mwambie mtu mzima unayemwamini.
# Feedback if the child picks "true" (wrong).
q-long-chat-meet-alone-true =
    .feedback = Bado kidogo. Chati ndefu haionyeshi mtu ni nani hasa. Mwambie mtu mzima, na usikutane naye peke yako kamwe.
# Feedback if the child picks "false" (right).
q-long-chat-meet-alone-false =
    .feedback = Ndiyo! Usikutane naye peke yako kamwe. Mtu mzima unayemwamini anapaswa kujua, na kwenda nawe.

# Question: multiple choice, "choose all that apply".
q-signs-from-anyone = Ni zipi kati ya hizi zilizo ishara za tahadhari, awe ni nani anayezifanya? Chagua kila jibu linalofaa.
    .hint = Kwa kila moja, jiulize: je, ningekuwa sawa kama mtu mzima ninayemwamini angeona hili?
    .explanation = Kuomba siri au picha, kutaka kukutana nawe peke yako na kushinikiza baada ya kusema hapana ni ishara za tahadhari. Kusalimia na kuzungumza kuhusu mchezo ni kawaida.
# Answer option (a warning sign).
q-signs-from-anyone-asks-for-secrets = Anakuomba ufanye chati zenu kuwa siri.
    .feedback = Ishara ya tahadhari. Watu salama hawakuombi uwafiche watu wazima wako mambo.
# Answer option (a warning sign).
q-signs-from-anyone-wants-to-meet-alone = Anataka kukutana nawe peke yako.
    .feedback = Ishara ya tahadhari. Usikutane naye peke yako kamwe. Mwambie mtu mzima unayemwamini.
# Answer option (a warning sign).
q-signs-from-anyone-asks-for-photos = Anakuomba picha zako.
    .feedback = Ishara ya tahadhari. Unaweza kukataa na kumwambia mtu mzima.
# Answer option (a warning sign).
q-signs-from-anyone-pushes-after-no = Anaendelea kukushinikiza baada ya kusema hapana.
    .feedback = Ishara ya tahadhari. Rafiki wa kweli anakubali jibu la hapana.
# Answer option (not a warning sign).
q-signs-from-anyone-says-hi-in-game = Anakusalimia kwenye mchezo.
    .feedback = Bado kidogo. Kusalimia ni kawaida na ni urafiki.
# Answer option (not a warning sign).
q-signs-from-anyone-talks-about-game = Anazungumza kuhusu mchezo mnaocheza.
    .feedback = Bado kidogo. Kuzungumza kuhusu mchezo ni kawaida.

# Question: true or false about who harms children.
q-only-strangers-harm = Watu wanaowadhuru watoto karibu kila mara ni wageni.
    .hint = Kumbuka kadi kuhusu kuangalia watu wanachofanya.
    .explanation = Watu wengi wanaowadhuru watoto ni watu ambao watoto tayari wanawajua. Ndiyo sababu ishara za tahadhari ni muhimu zaidi kuliko "ni mgeni au siye."
# Feedback if the child picks "true" (wrong).
q-only-strangers-harm-true =
    .feedback = Bado kidogo. Wengi ni watu ambao mtoto anawajua. Angalia watu wanachofanya, si tu wao ni nani.
# Feedback if the child picks "false" (right).
q-only-strangers-harm-false =
    .feedback = Ndiyo! Anaweza kuwa mtu yeyote, hata mtu unayemjua. Kutambua ishara kunakusaidia kupata msaada mapema.

# Question: sort people into two groups.
q-know-or-online = Weka kila mtu kwenye kikundi sahihi.
    .hint = Je, umekutana naye ana kwa ana, na familia yako inajua yeye ni nani?
    .explanation = Mwanafunzi mwenzako darasani, binamu na kocha ni watu unaowajua katika maisha halisi. Mchezaji mwenzako wa mchezo wa mtandaoni, mfuasi na rafiki wa rafiki unayechati naye tu ni watu unaowajua mtandaoni tu.
# Group name.
q-know-or-online-real-life = Ninamjua katika maisha halisi
# Group name.
q-know-or-online-only-online = Ninamjua mtandaoni tu
# Item to sort (real life).
q-know-or-online-classmate = Mtoto wa darasa langu
    .feedback = Unamwona shuleni. Unamjua katika maisha halisi.
# Item to sort (real life).
q-know-or-online-cousin = Binamu yangu
    .feedback = Binamu yako ni familia. Unamjua katika maisha halisi.
# Item to sort (real life).
q-know-or-online-football-coach = Kocha wangu wa kandanda
    .feedback = Unamwona kocha wako mazoezini. Unamjua katika maisha halisi.
# Item to sort (only online).
q-know-or-online-game-teammate = Mchezaji mwenzangu kwenye mchezo wa mtandaoni
    .feedback = Unamjua kutoka kwenye mchezo tu. Huwezi kuona ni nani anayeandika.
# Item to sort (only online).
q-know-or-online-video-app-follower = Mfuasi (follower) kwenye programu yangu ya video
    .feedback = Unamjua kutoka kwenye programu tu. Huenda wasifu wake si wa kweli.
# Item to sort (only online).
q-know-or-online-friend-of-a-friend = Rafiki wa rafiki ninayechati naye mtandaoni tu
    .feedback = Hata kama rafiki yako anamjua, wewe unamjua mtandaoni tu.

# Question: single choice about warning signs from someone the child knows.
q-cousin-gifts = Binamu yako mkubwa anaanza kukutumia jumbe usiku sana. Anakutumia zawadi za mchezo na kusema, "Usimwambie mama yako." Hii ni nini?
    .hint = Angalia anachofanya, si tu yeye ni nani.
    .explanation = Chati za siri na zawadi bila sababu ni ishara za tahadhari, hata kutoka kwa familia. Mwambie mtu mzima mwingine unayemwamini.
# Answer option (right).
q-cousin-gifts-warning-sign = Ishara ya tahadhari, ingawa ni wa familia.
    .feedback = Ndiyo! Siri na zawadi ni ishara za tahadhari, awe ni nani. Mwambie mtu mzima mwingine unayemwamini.
# Answer option (wrong).
q-cousin-gifts-fine-because-family = Ni sawa, kwa sababu ni wa familia.
    .feedback = Bado kidogo. Watu wa familia pia wanaweza kuonyesha ishara za tahadhari. Kukuomba umfiche mama yako siri ni mojawapo.
# Answer option (wrong).
q-cousin-gifts-just-a-gift = Ni zawadi nzuri tu.
    .feedback = Bado kidogo. Zawadi inayokuja na "usimwambie mtu" ni ishara ya tahadhari.

# Question: true or false about telling after being tricked. The right answer is "true".
q-tricked-can-tell = Rafiki wa mtandaoni akikudanganya, bado unaweza kumwambia mtu mzima. Si kosa lako.
    .hint = Nani ndiye anayekosea?
    .explanation = Mtu anayemdanganya mtoto ndiye anayekosea. Si kosa la mtoto kamwe, na unaweza kusema wakati wowote.
# Feedback if the child picks "true" (right).
q-tricked-can-tell-true =
    .feedback = Ndiyo! Si kosa lako kamwe. Mtu mzima unayemwamini anaweza kusaidia, na skrini ya Msaada pia.
# Feedback if the child picks "false" (wrong).
q-tricked-can-tell-false =
    .feedback = Bado kidogo. Unaweza kusema wakati wowote. Mtu aliyekudanganya ndiye anayekosea.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza: rafiki wa mtandaoni anatofautianaje na rafiki unayemjua katika maisha halisi? Kwa nini ishara za tahadhari ni muhimu zaidi kuliko "ni mgeni au siye"? Ungemwambia nani kama rafiki wa mtandaoni angeomba mkutane?
