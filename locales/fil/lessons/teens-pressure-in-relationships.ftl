# SafeSteps — MIT OR Apache-2.0

### Lesson: Pressure in relationships (ages 13–17).
### Readers are teenagers, some of them in a controlling relationship right now. Be direct, calm
### and respectful; never preachy. Never describe abuse or images. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Pamimilit sa relasyon
# One line under the lesson name.
lesson-summary = Ano ang itsura ng malusog na relasyon online, paano mapapansin ang pagkontrol, at saan hihingi ng tulong.

# Card 1: what a healthy relationship looks like online.
card-healthy =
    Ang pakikipag-date, mga crush, at malalapit na pagkakaibigan ay puwedeng ilan sa pinakamagagandang bahagi ng pagiging teen. Malaking bahagi nito ang nangyayari sa phone.
    Sa malusog na relasyon, pareho kayong ligtas at malaya.
    Nagtitiwala kayo sa isa't isa nang hindi nagmamanman.
    May sarili kayong mga kaibigan, sariling oras, at sariling phone.
    Puwede kang tumanggi, at okay lang iyon sa kaniya.
    Hindi ka natatakot sa magiging reaksyon niya.
# Card 2: signs of a controlling relationship online.
card-control-signs =
    Puwedeng mukhang pag-aalaga ang pagkontrol sa simula. Bantayan ang taong:
    kinakalkal ang phone mo, o gustong makita ang mga chat mo;
    hinihingi ang mga password mo, o ang location mo sa lahat ng oras;
    nagagalit kapag hindi ka agad sumagot;
    nagsasabi kung sino ang puwede mong i-follow, kausapin, o kitain;
    pinipilit kang magpadala ng litrato, o nagsasabing "Kung mahal mo ako, gagawin mo."
    Malaking babalang senyales din ang mga pagbabanta. Kasama rito ang banta na i-share ang mga litrato mo, o na sasaktan niya ang sarili niya kapag iniwan mo siya.
    Hindi pagmamahal ang alinman dito. Pagkontrol ito.
# Card 3: consent can be withdrawn.
card-consent-can-change =
    Puwede kang magbago ng isip kahit kailan.
    Kung naibigay mo ang password mo, puwede mo itong palitan.
    Kung nag-on ka ng location sharing, puwede mo itong i-off.
    Kung nagpadala ka ng litrato dati, puwede kang tumanggi ngayon.
    Ang "oo" nang isang beses ay hindi kailanman "oo" habambuhay. Tinatanggap iyan ng partner na nirerespeto ka.
    Kung nag-aalala ka sa magiging reaksyon niya, kausapin muna ang nakatatandang pinagkakatiwalaan mo. Matutulungan ka nilang magplano.
# Card 4: not your fault.
card-not-your-fault =
    Kung kinokontrol, pinipilit, o binabantaan ka ng partner mo, hindi mo ito kasalanan.
    Hindi ito tungkol sa ginawa o hindi mo ginawa. Ang taong pumipiling kumontrol ang gumagawa ng mali.
    Puwede itong mangyari kaninuman, anuman ang kasarian, sa anumang uri ng relasyon.
    Normal na malito, makonsensiya, o may pakialam ka pa rin sa kaniya. Karapat-dapat ka pa ring maging ligtas.
    Krimen sa maraming lugar ang pagbabantang i-share ang mga litrato ng isang tao.
# Card 5: where to get help.
card-getting-help =
    Hindi mo kailangang ayusin ito nang mag-isa.
    Kausapin ang nakatatandang pinagkakatiwalaan mo: magulang, tagapag-alaga, kamag-anak, guro, o guidance counselor sa paaralan. Dapat silang makinig, hindi ka sisihin.
    I-save ang mga mensaheng nagbabanta sa iyo. Tapos i-block at i-report ang tao sa app.
    Kung pakiramdam mo ay nasa panganib ka ngayon mismo, tumawag sa emergency number sa inyong lugar.
    I-tap ang button na Tulong para makahanap ng helpline sa bansa mo. Marami ang may chat kung mahirap magsalita.

# Question: choose all that apply, about signs of control.
q-spot-control = Alin sa mga ito ang senyales ng kumokontrol na relasyon? Piliin ang lahat ng tamang sagot.
    .hint = Binibigyan ka ba nito ng kalayaan, o inaalis ito?
    .explanation = Pagkontrol ang pagkalkal sa phone mo, paghingi ng mga password, pag-track ng location mo, at pagkagalit tungkol sa mga kaibigan mo. Senyales ng pag-aalaga ang pagtatanong tungkol sa araw mo at ang pagbibigay sa iyo ng espasyo.
# Answer option (sign of control).
q-spot-control-checks-your-phone = Kinakalkal niya ang phone mo.
    .feedback = Oo. Sa iyo ang phone at mga chat mo. Pagkontrol ang pagkalkal dito, hindi pag-aalaga.
# Answer option (sign of control).
q-spot-control-demands-password = Hinihingi niya ang mga password mo.
    .feedback = Oo. Paraan para bantayan ka ang paghingi ng mga password. Puwede kang tumanggi.
# Answer option (sign of control).
q-spot-control-tracks-location = Gusto niya ang live location mo sa lahat ng oras.
    .feedback = Oo. Pagkontrol ang laging kailangang malaman kung nasaan ka.
# Answer option (sign of control).
q-spot-control-angry-about-friends = Nagagalit siya kapag nakikipagkita ka sa mga kaibigan mo.
    .feedback = Oo. Karaniwang senyales ng pagkontrol ang paglayo sa iyo sa mga kaibigan mo.
# Answer option (healthy).
q-spot-control-asks-about-your-day = Tinatanong niya kung kumusta ang araw mo.
    .feedback = Hindi pa eksakto. Normal na interes iyan. Nagiging problema lang ito kapag nauwi sa pagmamanman.
# Answer option (healthy).
q-spot-control-gives-you-space = Okay lang sa kaniya kapag busy ka sa mga kaibigan mo.
    .feedback = Hindi pa eksakto. Malusog na senyales iyan. Ipinapakita ng pagbibigay ng espasyo sa isa't isa ang tiwala.

# Question: a scenario about a partner demanding a password.
q-password-test = Ano ang puwede mong gawin tungkol sa password?
    .situation = Sabi ng partner mo, "Kung wala kang itinatago, ibigay mo sa akin ang password mo. Ibinigay ko naman sa iyo ang akin."
    .hint = Ang tiwala ba ay pinatutunayan sa pagsuko ng privacy mo?
    .explanation = Pinakamagandang hakbang ang panatilihing pribado ang password mo, at nakakatulong din ang pakikipag-usap sa taong pinagkakatiwalaan mo. Nagpapatuloy ang pamimilit kapag ibinigay mo ito, o nagbigay ka ng luma.
# Action (best).
q-password-test-keep-it-private = Tumanggi. Akin ang password ko, at hindi ito kailangan ng tiwala.
    .feedback = Pinakamagandang hakbang. Normal at patas ang panatilihing pribado ang password mo. Tatanggapin ito ng partner na nirerespeto ka.
# Action (also good).
q-password-test-talk-to-someone = Kausapin ang isang kaibigan o nakatatandang pinagkakatiwalaan ko tungkol sa nararamdaman ko.
    .feedback = Magandang hakbang. Matutulungan ka ng taong nasa labas ng relasyon na makita ang pattern at magplano ng gagawin.
# Action (not helpful).
q-password-test-hand-it-over = Ibigay ito para patunayang wala akong itinatago.
    .feedback = Hindi pa eksakto. Hindi pagtatago ang privacy. Kadalasang humahantong sa mas maraming pagmamanman ang pagsuko. Kung naibigay mo na ito, puwede mo itong palitan.
# Action (not helpful).
q-password-test-give-old-one = Bigyan siya ng lumang password para tumigil siya sa pagtatanong.
    .feedback = Hindi pa eksakto. Baka matapos muna ang away, pero nandiyan pa rin ang pamimilit. Mas gumagana ang malinaw na "hindi" at ang suporta.

# Question: single choice about constant texting.
q-always-texting = Buong araw kang tine-text ng partner mo para itanong kung nasaan ka. Nagagalit siya kapag hindi ka sumagot sa loob ng limang minuto. Ano ito?
    .hint = Ano ang pakiramdam mo: inaalagaan, o binabantayan?
    .explanation = Pagkontrol ito. Ang pagkakaroon ng pakialam sa isang tao ay hindi nangangahulugang ita-track mo siya o magagalit ka kapag busy siya.
# Answer option (right).
q-always-texting-controlling = Pagkontrol
    .feedback = Tama. Pagkontrol ang pangangailangang malaman kung nasaan ka at ang pagkagalit kapag busy ka.
# Answer option (wrong).
q-always-texting-proof-of-love = Patunay na mahal na mahal niya ako
    .feedback = Hindi pa eksakto. Binibigyan ka ng pagmamahal ng puwang para huminga. Pagkontrol ang pagmamanman at galit.
# Answer option (wrong).
q-always-texting-normal-for-everyone = Normal, kasi ginagawa ito ng lahat ng magkarelasyon
    .feedback = Hindi pa eksakto. Maraming magkarelasyon ang madalas mag-text, pero hindi normal o okay ang pagkagalit kapag hindi ka sumagot.

# Question: true or false about turning off location sharing.
q-stop-sharing-location = Puwede mong i-off ang location sharing sa partner mo, kahit pumayag ka rito dati.
    .hint = Puwede bang magbago ang consent sa paglipas ng panahon?
    .explanation = Tama. Puwede kang magbago ng isip tungkol sa pag-share kahit kailan. Kung nag-aalala ka sa magiging reaksyon niya, kausapin muna ang nakatatandang pinagkakatiwalaan mo.
# Feedback if the teen picks "true" (right).
q-stop-sharing-location-true =
    .feedback = Tama. Ang "oo" dati ay hindi "oo" habambuhay. Sa iyo ang location mo.
# Feedback if the teen picks "false" (wrong).
q-stop-sharing-location-false =
    .feedback = Hindi pa eksakto. Puwede mong bawiin ang "oo" kahit kailan. Bahagi iyan ng consent.

# Question: put the account steps in order.
q-lock-account-steps = Hawak pa rin ng ex mo ang password mo. Ayusin nang sunud-sunod ang mga hakbang na ito para hindi na siya makapasok. (Kung nag-aalala ka sa magiging reaksyon niya, kausapin muna ang nakatatandang pinagkakatiwalaan mo.)
    .hint = Kung ila-log out mo siya bago palitan ang password, ano ang puwede niyang gawin?
    .explanation = Palitan muna ang password, para hindi na siya makapag-log in ulit. Tapos mag-sign out sa lahat ng ibang device para matanggal siya. Sa huli, i-on ang two-step login, para hindi na sapat ang password lang sa susunod.
# Step 1.
q-lock-account-steps-change-password = Palitan ang password mo
    .feedback = Una. Hangga't hindi ito napapalitan, puwede lang siyang mag-log in ulit.
# Step 2.
q-lock-account-steps-sign-out-everywhere = Mag-sign out sa lahat ng ibang device
    .feedback = Pangalawa. Natatanggal siya nito sa anumang phone kung saan naka-log in pa siya.
# Step 3.
q-lock-account-steps-turn-on-two-step = I-on ang two-step login
    .feedback = Huli. Ngayon, kakailanganin din niya ng code mula sa phone mo, hindi lang ang password.

# Question: true or false about blame. The right answer is "false".
q-caused-it = Kung kumokontrol ang partner mo, dahil iyon sa may ginawa ka.
    .hint = Sino ang pumipili kung paano kikilos ang partner?
    .explanation = Mali. Hindi mo ito kasalanan. Pinipili ng kabilang tao na kumontrol. Karapat-dapat kang maging ligtas, at may tulong para sa iyo.
# Feedback if the teen picks "true" (wrong).
q-caused-it-true =
    .feedback = Hindi pa eksakto. Walang anumang gawin mo ang makapagpapaging-okay sa pagkontrol. Pinili niya iyon, at hindi mo ito kasalanan.
# Feedback if the teen picks "false" (right).
q-caused-it-false =
    .feedback = Tama. Ang taong pumipiling kumontrol ang may mali. Puwede kang humingi ng tulong kahit kailan.

# Question: a scenario about a threat after a breakup.
q-breakup-threat = Ano ang puwede mong gawin tungkol sa banta?
    .situation = Gusto mo nang makipaghiwalay. Nag-message ang partner mo: "Kapag iniwan mo ako, makikita ng buong school ang mga pic na ipinadala mo sa akin."
    .hint = Banta ito. Ano ang magpapanatili sa iyong ligtas at magbibigay sa iyo ng suporta?
    .explanation = Pinakamagandang simula ang i-save ang mga mensahe at magsabi sa nakatatandang pinagkakatiwalaan mo. Nakakatulong din ang pag-report at pag-block. Lalo siyang nagkakaroon ng kapangyarihan kapag nanatili ka o nagpadala ka pa. Hindi mo ito kasalanan, at puwedeng krimen ang ganitong banta.
# Action (best).
q-breakup-threat-save-and-tell-adult = I-save ang mga mensahe at sabihin sa nakatatandang pinagkakatiwalaan ko.
    .feedback = Pinakamagandang hakbang. Patunay ang mga mensahe, at matutulungan ka ng isang nakatatanda na i-report ito at manatiling ligtas.
# Action (also good).
q-breakup-threat-report-and-block = I-screenshot ang banta, tapos i-report at i-block siya.
    .feedback = Magandang hakbang. Mag-save muna, tapos i-report at i-block. Mas mainam kung magsasabi ka rin sa isang nakatatanda. Makakatulong din ang Take It Down, kahit wala pang na-share.
# Action (not helpful).
q-breakup-threat-stay-to-keep-calm = Manatili sa kaniya para hindi niya ito gawin.
    .feedback = Hindi pa eksakto. Kapag nanatili ka dahil sa banta, siya ang nagkakaroon ng kontrol. Karapat-dapat ka sa suporta, hindi sa takot.
# Action (not helpful).
q-breakup-threat-send-more = Ibigay ang gusto niya para kumalma siya.
    .feedback = Hindi pa eksakto. Kadalasang humahantong sa mas maraming hinihingi ang pagsuko. Kung nagawa mo na ito, hindi mo pa rin ito kasalanan, at puwede kang humingi ng tulong.

# Question: choose all that apply, about who can help.
q-who-can-help = Sino ang puwede mong kausapin kung parang kumokontrol ang isang relasyon? Piliin ang lahat ng tamang sagot.
    .hint = Isipin ang mga taong kakampi mo.
    .explanation = Makakatulong ang nakatatandang pinagkakatiwalaan mo, guidance counselor sa paaralan, isang helpline, at kaibigang pinagkakatiwalaan mo. Mas mahirap kapag sinarili mo ito. I-tap ang Tulong para makahanap ng helpline.
# Answer option (can help).
q-who-can-help-trusted-adult = Magulang, tagapag-alaga, o ibang nakatatandang pinagkakatiwalaan ko
    .feedback = Oo. Makikinig sila at tutulungan kang magplano ng gagawin.
# Answer option (can help).
q-who-can-help-school-counsellor = Guidance counselor o guro sa paaralan
    .feedback = Oo. Alam nila ang tungkol dito at matutulungan ka nilang makakuha ng suporta.
# Answer option (can help).
q-who-can-help-helpline = Isang helpline mula sa screen na Tulong
    .feedback = Oo. Nakikinig ang mga helpline nang hindi nanghuhusga, at marami ang may chat.
# Answer option (can help).
q-who-can-help-trusted-friend = Isang kaibigang pinagkakatiwalaan ko
    .feedback = Oo. Masusuportahan ka ng kaibigan, at matutulungan ka rin niyang makausap ang isang nakatatanda.
# Answer option (not a good choice).
q-who-can-help-no-one = Wala. Pribado ito sa pagitan namin.
    .feedback = Hindi pa eksakto. Pinakamabisa ang pagkontrol kapag pakiramdam mo ay nag-iisa ka. Matapang na hakbang ang pakikipag-usap sa isang tao.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Itanong: nasaan ang hangganan ng pag-aalaga at pagkontrol online? Maglista ng mga halimbawa nang magkakasama. Pag-usapan kung paano ligtas na mababawi ng isang tao ang "oo," sino ang puwede niyang sabihan, at ipaalala sa grupo na hinding-hindi kasalanan ng taong kinokontrol.
