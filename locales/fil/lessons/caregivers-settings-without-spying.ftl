# SafeSteps — MIT OR Apache-2.0

### Lesson: Settings and supervision without spying (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Present settings as tools that work best with trust and talk, never as a replacement for them.

# Lesson name on the lesson card.
lesson-title = Mga setting at paggabay nang hindi naniniktik
# One line under the lesson name.
lesson-summary = Gumamit ng mga setting at parental control na angkop sa edad ng anak mo, magkasundo sa mga patakaran nang magkasama, at panatilihin ang tiwala niya.

# Card 1: age-appropriate settings and parental controls.
card-settings-that-help =
    Kapaki-pakinabang na kasangkapan ang mga setting at parental control. Pinakamabisa ang mga ito kapag alam ng anak mo ang tungkol sa mga ito at kung bakit mo ginagamit.
    Tingnan ang age rating ng mga laro at app bago magsimula ang anak mo.
    Gawing private ang mga account, para ang mga aprubadong kaibigan lang ang makakakita ng posts.
    Limitahan kung sino ang puwedeng mag-message, tumawag, o magpadala ng friend request. Magandang simula ang "friends only."
    I-on ang content filters at ang mga limitasyon sa in-app purchases.
    May bahaging pampamilya o parental ang karamihan ng console, phone, at app store. I-set up ito nang magkasama hangga't maaari.
# Card 2: location and privacy settings.
card-location-and-privacy =
    Kailangan ng espesyal na pag-iingat sa location sharing. Maraming app ang kayang ipakita kung nasaan ang anak mo, o maglagay ng lugar sa litrato o post.
    I-off ang location sa mga app na hindi nangangailangan nito. Kung nagsi-share ng location ang pamilya ninyo, para lang ito sa mga kapamilya, at pag-usapan ito nang bukas.
    Tingnan kung ano ang nasa profile ng anak mo. Ang paaralan niya, buong pangalan, kaarawan, at mga litratong naka-school uniform ay puwedeng magsabi sa iba kung saan siya mahahanap.
    Suriin nang magkasama ang mga privacy setting tuwing ilang buwan, dahil nagbabago ang mga app.
# Card 3: device rules agreed together.
card-agree-rules-together =
    Mas gumagana ang mga patakaran kapag tumulong ang mga bata sa paggawa nito. Maupo nang magkasama at magkasundo sa isang family device plan.
    Puwede ninyong pag-usapan kung saan icha-charge ang mga device sa gabi, aling mga app ang okay, at gaano katagal mag-online.
    Magkasundo kung ano ang gagawin kapag may nangyaring mali: "Lumapit ka sa akin, at hindi mawawala ang device mo dahil nagsabi ka."
    Isama rin ang mga patakaran para sa mga nakatatanda, gaya ng walang phone habang kumakain.
    Isulat ito at balikan habang lumalaki ang anak mo.
# Card 4: why secret monitoring can break trust.
card-why-not-secret =
    Puwedeng mukhang ligtas na pagpipilian ang mga app na palihim na nagbabasa ng mga mensahe o nagta-track sa bata. Pero puwedeng sirain ng palihim na pagmamanman ang tiwala.
    Kadalasang nalalaman ito ng mga bata. Kapag nalaman nila, baka lalo silang magtago, gumawa ng pangalawang account, o tumigil sa pagsasabi sa iyo kapag may nangyaring mali.
    Isa sa pinakamagandang proteksiyon ang pagsasabi sa iyo ng anak mo.
    Kung gumagamit ka ng monitoring o controls, maging bukas tungkol sa ginagawa nito at kung bakit. Ipaliwanag ito sa paraang angkop sa edad ng anak mo.
# Card 5: supervision that grows with age; someone to talk to.
card-grows-with-age =
    Dapat lumago ang paggabay kasabay ng anak mo.
    Edad 5 hanggang 8: mga device sa mga lugar na kasama ang pamilya, gaya ng sala, mga app na ikaw ang pumili, at malapit ka lang.
    Edad 9 hanggang 12: mas maraming pagpipilian, may friends-only na mga setting at regular na pangungumusta.
    Mga teen: mas maraming privacy, may napagkasunduang batayang panuntunan sa kaligtasan at bukas na pinto.
    Ang layunin ay isang kabataang may kasanayan at tiwala, na alam na puwede siyang lumapit sa iyo.
    Kung may nangyaring mali, hindi ito kasalanan ng anak mo. Kausapin ang anak mo, kausapin ang taong pinagkakatiwalaan mo kung kailangan mo ng suporta, at i-tap ang Tulong para makahanap ng suporta sa bansa mo.

# Question: single choice about a young child's game account.
q-young-gamer = Magsisimula nang maglaro ng isang sikat na online game ang 8 taong gulang mong anak. Aling setting ang pinakamagandang simula?
    .hint = Sino ang dapat puwedeng makipag-usap sa isang maliit na bata sa laro?
    .explanation = Magandang simula para sa maliit na bata ang friends-only chat, kasama ang mga kaibigang inaprubahan ninyo nang magkasama. Sa open chat, kahit sino ay puwedeng makipag-ugnayan.
# Answer option (right).
q-young-gamer-friends-only = Chat sa mga aprubadong kaibigan lang, na in-set up nang magkasama
    .feedback = Oo. Nananatili ang saya ng paglalaro kasama ang mga kaibigan at nalilimitahan ang pakikipag-ugnayan ng iba.
# Answer option (wrong).
q-young-gamer-open-chat = Open chat sa kahit sinong player, para makahanap siya ng kaibigan
    .feedback = Hindi pa eksakto. Sa open chat, kahit sino ay puwedeng makipag-ugnayan sa anak mo. Mas ligtas na simula ang friends only sa edad na ito.
# Answer option (wrong).
q-young-gamer-no-settings = Hindi na kailangan ng setting, dahil pambata naman ang laro
    .feedback = Hindi pa eksakto. Puwede pa ring may open chat ang mga larong pambata. Tingnan pa rin ang mga setting.

# Question: multiple choice, "choose all that apply".
q-agreement = Alin sa mga ito ang dapat nasa family device plan? Piliin ang lahat ng tamang sagot.
    .hint = Napagkakasunduan nang magkasama ang magandang plano at ginagawa nitong ligtas ang pagsasalita.
    .explanation = Nakakatulong kung saan icha-charge ang mga device, ang pagtatanong bago mag-download ng bagong app, ang gagawin kapag may nangyaring mali, at ang mga patakaran para sa mga nakatatanda. Salungat sa kaligtasan ang pagpaparusa sa batang nagsabi, o ang paglilihim ng plano sa kaniya.
# Answer option (belongs).
q-agreement-where-devices-sleep = Kung saan icha-charge ang mga device sa gabi
    .feedback = Oo. Nakakatulong sa tulog at sa kaligtasan sa gabi ang pag-charge ng mga device sa labas ng kuwarto.
# Answer option (belongs).
q-agreement-ask-before-new-apps = Pagtatanong bago mag-download ng bagong app
    .feedback = Oo. Nagkakaroon kayo ng pagkakataong tingnan nang magkasama ang mga setting.
# Answer option (belongs).
q-agreement-what-to-do-if-wrong = Ang gagawin kapag may nangyaring mali online
    .feedback = Oo. Nakakatulong ang malinaw na plano para mabilis na kumilos ang anak mo at lumapit sa iyo.
# Answer option (belongs).
q-agreement-rules-for-adults-too = Mga patakaran din para sa mga nakatatanda
    .feedback = Oo. Patas ang pakiramdam ng mga patakarang para sa lahat at nagpapakita ito ng magagandang gawi.
# Answer option (does not belong).
q-agreement-punish-for-telling = Pagkawala ng device kapag nag-report siya ng problema
    .feedback = Hindi pa eksakto. Itinuturo nito sa mga bata na itago ang mga problema. Sa halip, gawing ligtas ang pagsasabi.
# Answer option (does not belong).
q-agreement-kept-secret-from-child = Mga patakarang hindi alam ng bata
    .feedback = Hindi pa eksakto. Gumagana lang ang plano kung tumulong ang anak mo sa paggawa nito at alam niya ang nilalaman nito.

# Question: true or false about controls replacing conversation. The right answer is "false".
q-controls-replace-talk = Kayang palitan ng parental controls ang pakikipag-usap sa anak mo tungkol sa kaligtasan online.
    .hint = Isipin kung ano ang hindi nakikita o napipigilan ng controls.
    .explanation = Nakakatulong ang controls, pero walang setting na nakakahuli ng lahat. Bumubuo ng kasanayan at tiwala ang pakikipag-usap, kaya lalapit sa iyo ang anak mo kapag may nakalusot.
# Feedback if the caregiver picks "true" (wrong).
q-controls-replace-talk-true =
    .feedback = Hindi pa eksakto. May nakakalusot sa controls, at nakakahanap ng paraan ang mga bata para malusutan ang mga ito. Ang pakikipag-usap ang naglalapit sa kanila sa iyo.
# Feedback if the caregiver picks "false" (right).
q-controls-replace-talk-false =
    .feedback = Tama. Pinakamabisa ang controls at ang pakikipag-usap kapag magkasama.

# Question: a scenario. The situation is shown first, then the question.
q-first-social-account = Ano ang magandang paraan?
    .situation = Gusto ng 13 taong gulang mong anak ang una niyang social media account. Pinapayagan ng app ang mga user na kaedad niya, at mayroon na nito ang karamihan ng mga kaibigan niya.
    .hint = Isipin ang mga setting, ang tiwala, at ang mangyayari kapag may nangyaring mali.
    .explanation = Bumubuo ng kasanayan at tiwala ang pag-set up ng account nang magkasama at ang bukas na pagkakasundo sa mga patakaran. Puwedeng sirain ng palihim na pagmamanman ang tiwala, at walang plano ang teen mo kung walang usapan.
# Action (best).
q-first-social-account-set-up-together = I-set up ito nang magkasama: private account, friends-only na messages, naka-off ang location, at napagkasunduang pangungumusta.
    .feedback = Pinakamagandang pili. Natututuhan ng teen mo ang mga setting, at pareho ninyong alam ang plano.
# Action (also good).
q-first-social-account-agree-and-explain = Magkasundo sa mga patakaran nang magkasama, at ipaliwanag ang anumang controls na gagamitin mo at kung bakit.
    .feedback = Magandang pili. Napapanatili ang tiwala kapag bukas ka tungkol sa controls, at mas malamang na lumapit siya sa iyo.
# Action (not helpful).
q-first-social-account-secret-monitoring-app = Pumayag, tapos palihim na mag-install ng app na nagbabasa ng mga mensahe niya.
    .feedback = Kapag nalaman ito ng teen mo, puwedeng masira ang tiwala. Baka lalo siyang magtago at tumigil magkuwento sa iyo.
# Action (not helpful).
q-first-social-account-alone-no-talk = Hayaan siyang mag-set up nang mag-isa, nang walang usapan tungkol sa mga setting.
    .feedback = Baka hindi pinakaligtas para sa teen mo ang mga default na setting. Baka hindi niya alam kung paano higpitan ang account, o kung ano ang gagawin kapag may nangyaring mali.

# Question: sort supervision approaches into age groups.
q-support-by-age = Ilagay ang bawat paraan sa pangkat ng edad kung saan ito kadalasang pinakabagay.
    .hint = Lumuluwag ang paggabay habang lumalago ang kasanayan at tiwala.
    .explanation = Kailangan ng maliliit na bata na gumamit ng device sa mga lugar na kasama ang pamilya, at ng mga app na nakatatanda ang pumili. Mas maraming pagpipilian ang mga batang 9 hanggang 12, may kasamang pangungumusta. Mas maraming privacy ang mga teen, may napagkasunduang batayan. Iba-iba ang bawat bata, kaya iangkop ito sa anak mo.
# Group name.
q-support-by-age-ages-5-to-8 = Edad 5 hanggang 8
# Group name.
q-support-by-age-ages-9-to-12 = Edad 9 hanggang 12
# Group name.
q-support-by-age-teens = Mga teen
# Item to sort (ages 5 to 8).
q-support-by-age-shared-rooms = Ginagamit ang mga device sa mga lugar na kasama ang pamilya, na may nakatatanda sa malapit
    .feedback = Pinakamabuti para sa maliliit na bata ang may nakatatanda sa malapit habang naglalaro sila.
# Item to sort (ages 5 to 8).
q-support-by-age-adult-picks-apps = Nakatatanda ang pumipili ng mga app at laro
    .feedback = Sa edad na ito, ikaw ang pumipili kung ano ang angkop.
# Item to sort (ages 9 to 12).
q-support-by-age-friends-only-check-ins = Friends-only na mga setting, na may regular na pangungumusta
    .feedback = Mas maraming kalayaan ang mga batang 9 hanggang 12, pero malapit ka pa rin.
# Item to sort (ages 9 to 12).
q-support-by-age-approve-apps-together = Napagkakasunduan nang magkasama ang mga bagong app bago i-download
    .feedback = Nahahasa ang paghuhusga nila kapag nagpapasya kayo nang magkasama.
# Item to sort (teens).
q-support-by-age-agreed-privacy = Mas maraming privacy, may napagkasunduang batayang panuntunan sa kaligtasan
    .feedback = Kailangan ng mga teen ng privacy para lumago, na may ilang malinaw na batayan.
# Item to sort (teens).
q-support-by-age-teen-reviews-settings = Ang teen mismo ang tumitingin sa mga privacy setting niya, na may tulong kung kailangan
    .feedback = Kayang hawakan ng mga teen ang sarili nilang mga setting, alam na nandiyan ka para tumulong.

# Question: put the steps in order.
q-new-app-steps = Gusto ng anak mo ng bagong app. Ayusin ang mga hakbang na ito sa pag-set up sa makatwirang pagkakasunod-sunod.
    .hint = Ano ang kailangan mong malaman bago magkaroon ng account, at ano ang puwede lang mangyari kapag mayroon na nito?
    .explanation = Tingnan muna ang age rating. Tapos gawin nang magkasama ang account at higpitan ang mga setting nito. Sanayin ang pag-block at pag-report kapag naka-set up na ito. Tingnan ulit ang mga setting tuwing ilang buwan, dahil nagbabago ang mga app.
# Step 1.
q-new-app-steps-check-age-rating = Tingnan ang age rating at kung ano ang ginagawa ng app
    .feedback = Pagpasyahan muna kung angkop ang app sa edad ng anak mo.
# Step 2.
q-new-app-steps-create-together = Gawin nang magkasama ang account, gamit ang tunay na edad ng anak mo
    .feedback = Kapag tunay na edad ang ginamit, mao-on ng app ang mga safety feature nito para sa mga batang user.
# Step 3.
q-new-app-steps-lock-down-settings = Gawing private ang account, limitahan kung sino ang puwedeng mag-message, at i-off ang location
    .feedback = Kapag may account na, limitahan kung sino ang makakakita, makakakontak, at makakahanap sa anak mo.
# Step 4.
q-new-app-steps-practise-block-report = Sanayin nang magkasama kung paano mag-block at mag-report
    .feedback = Dahil sa pagsasanay, alam ng anak mo ang gagawin kapag may nangyaring mali.
# Step 5.
q-new-app-steps-check-again-later = Tingnan ulit nang magkasama ang mga setting pagkalipas ng ilang buwan
    .feedback = Binabago ng mga app ang mga setting nila, kaya tingnan ulit paminsan-minsan.

# Question: single choice about why secret monitoring can backfire.
q-secret-backfire = Bakit puwedeng bumaligtad ang epekto ng palihim na pagmamanman?
    .hint = Isipin ang nangyayari kapag nalaman ito ng bata.
    .explanation = Kadalasang nalalaman ito ng mga bata. Pagkatapos, baka lalo silang magtago at tumigil sa pagsasabi sa iyo. Napapanatili ng bukas na paggabay ang tiwala, na isa sa pinakamagandang proteksiyon.
# Answer option (right).
q-secret-backfire-hide-and-stop-telling = Kapag nalaman niya, baka lalo siyang magtago at tumigil magkuwento sa iyo.
    .feedback = Oo. Kapag nawala ang tiwala, puwedeng mawala rin ang pagkakataong makatulong.
# Answer option (wrong).
q-secret-backfire-always-safer = Hindi ito bumabaligtad. Palaging pinakaligtas ang palihim na pagmamanman.
    .feedback = Hindi pa eksakto. Puwede nitong sirain ang tiwala at itulak ang mga bata na magtago. Kadalasang mas ligtas ang bukas na paggabay.
# Answer option (wrong).
q-secret-backfire-children-never-notice = Hindi puwede, dahil hindi ito kailanman napapansin ng mga bata.
    .feedback = Hindi pa eksakto. Kadalasang nalalaman ito ng mga bata, at baka gumawa sila ng mga nakatagong account.

# Question: true or false about location sharing. The right answer is "true".
q-location-limited = Para sa karamihan ng bata, pinakamainam na naka-off ang location sharing sa mga app o para lang sa pamilya.
    .hint = Sino ang kailangang makaalam kung nasaan ang anak mo?
    .explanation = Oo. Kayang ipakita ng mga app sa iba ang location ng anak mo. Panatilihin itong naka-off, o limitahan sa pamilya, at pag-usapan ito nang bukas.
# Feedback if the caregiver picks "true" (right).
q-location-limited-true =
    .feedback = Tama. Ang mga taong pinagkakatiwalaan lang ng pamilya ninyo ang kailangang makaalam kung nasaan ang anak mo.
# Feedback if the caregiver picks "false" (wrong).
q-location-limited-false =
    .feedback = Hindi pa eksakto. Kayang ipakita ng location sa mga app kung saan nakatira o nag-aaral ang anak mo. Panatilihin itong naka-off o para lang sa pamilya.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Subukang sabihin: "Puwede mo bang ipakita sa akin ang mga setting sa paborito mong app? Tingnan natin kung sino ang puwedeng mag-message sa iyo at sino ang nakakakita kung nasaan ka." Tapos magkasundo kayo sa isang family device rule, para sa mga nakatatanda at bata.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Tanungin ang grupo: nasaan ang hangganan ng pagpapanatiling ligtas sa bata at ng paniniktik sa kaniya? Paano dapat magbago ang paggabay mula edad 6 hanggang edad 16, at paano magiging bukas ang mga nakatatanda tungkol sa mga controls na ginagamit nila?
