# SafeSteps — MIT OR Apache-2.0

### Lesson: Your digital footprint (ages 13–17).
### Readers are teenagers, often alone on their phone. Be direct and respectful; never preachy.
### Frame the internet as positive. Teach skills: think first, check settings, clean up.

# Lesson name on the lesson card.
lesson-title = Nyayo zako za kidijitali
# One line under the lesson name.
lesson-summary = Unachochapisha kinaweza kubaki mtandaoni. Hivi ndivyo unavyoweza kukisimamia.

# Card 1: what a digital footprint is and what stays online.
card-what-stays =
    Nyayo zako za kidijitali (digital footprint) ni alama unazoacha mtandaoni.
    Ni machapisho yako, picha, maoni, likes na bio yako. Pia ni kile ambacho watu wengine huchapisha kukuhusu.
    Mengi yake yanaweza kubaki mtandaoni kwa miaka, hata baada ya kuyafuta.
    Nakala zinaweza kubaki kwenye simu za watu wengine, kwenye backup, au kwenye tovuti nyingine.
    Hii si sababu ya kuacha kuchapisha. Kuwa mtandaoni ni sehemu kubwa ya maisha, na kunaweza kuwa kuzuri sana.
    Inamaanisha tu kwamba inasaidia kufikiria unachoshiriki, na nani anayeweza kukiona.
# Card 2: screenshots and tags; not your fault if others share without asking.
card-screenshots-and-tags =
    Chapisho "linalopotea" bado linaweza kuhifadhiwa. Mtu yeyote anaweza kupiga picha ya skrini (screenshot) au kurekodi skrini yake.
    Marafiki wanaweza kukutag kwenye picha ambazo hukuchagua, nazo zinaweza kuonekana kwenye wasifu wako.
    Programu nyingi zinakuruhusu kuondoa tag, au kukagua tag kabla hazijaonekana.
    Mtu akishiriki chapisho au picha yako bila kukuuliza, si kosa lako. Jukumu ni la aliyeishiriki.
    Unaweza kumwomba aiondoe, kuiripoti, na kumwambia mtu mzima unayemwamini.
# Card 3: location clues.
card-location =
    Machapisho mengine yanaonyesha ulipo bila wewe kusema.
    Nembo ya shule, bango la jina la barabara, nambari ya nyumba au kituo cha basi au matatu kinaweza kufichua mahali ulipo.
    Live location kwenye programu za ramani na chati inaonyesha ulipo sasa hivi.
    Angalia ni programu zipi zinaweza kuona location yako. Izime, au shiriki na watu unaowajua vizuri tu.
    Chapisha kuhusu safari baada ya kufika nyumbani, si ukiwa bado huko.
# Card 4: think before posting.
card-think-first =
    Kabla ya kuchapisha, chukua sekunde chache.
    Je, ningekuwa sawa kama familia yangu, mwalimu au mwajiri wangu wa baadaye angeona hili?
    Je, linamhusu mtu mwingine? Je, alikubali?
    Je, ninachapisha kwa sababu nimekasirika, au ili kulipiza kisasi?
    Kama huna uhakika, subiri. Unaweza kuchapisha baadaye kila wakati. Chapisho likishatoka ni vigumu zaidi kulirudisha.
# Card 5: cleaning up old posts and checking privacy settings.
card-clean-up =
    Mara kwa mara, zikague nyayo zako.
    Tafuta jina lako na majina yako ya mtumiaji (usernames) uone kinachojitokeza.
    Rudi nyuma kwenye machapisho ya zamani. Futa au ficha yasiyokuwakilisha tena.
    Kisha angalia mipangilio yako ya faragha. Nani anaweza kuona machapisho yako? Nani anaweza kukutag au kukutumia ujumbe? Nani anaweza kukupata kwa nambari yako ya simu?
    Weka akaunti yako iwe private ukitaka, na upitie orodha za marafiki na wafuasi wako.
# Card 6: a positive footprint, and who to talk to.
card-positive-footprint =
    Nyayo zako zinaweza pia kukufaidi.
    Shiriki vitu unavyojivunia: sanaa, muziki, michezo, mradi, au jambo unalolipigania.
    Maoni mazuri na kuwatetea wengine yanaonyesha wewe ni nani.
    Kama kuna kitu kukuhusu mtandaoni na unataka kiondolewe, hauko peke yako.
    Zungumza na mtu mzima unayemwamini, au gusa kitufe cha Msaada upate huduma za msaada.

# Question: true or false about posts that disappear.
q-disappearing-post = Chapisho linalopotea baada ya saa 24 bado linaweza kuhifadhiwa na mtu mwingine.
    .hint = Fikiria kile ambacho mtu yeyote anaweza kufanya kwa simu yake mwenyewe chapisho likiwa bado lipo.
    .explanation = Kweli. Mtu yeyote anaweza kupiga picha ya skrini au kurekodi skrini yake. "Kupotea" kunamaanisha tu kwamba programu inalificha, si kwamba hakuna nakala.
# Feedback if the teen picks "true" (right).
q-disappearing-post-true =
    .feedback = Sawa kabisa. Picha ya skrini inachukua sekunde moja. Chapisha ukijua kwamba linaweza kuhifadhiwa.
# Feedback if the teen picks "false" (wrong).
q-disappearing-post-false =
    .feedback = Sivyo hasa. Programu inaweza kulificha chapisho, lakini picha ya skrini au rekodi ya skrini inaweza kubaki na nakala.

# Question: choose all that apply, about clues to where you are.
q-location-clues = Ni zipi kati ya hizi zinaweza kuwaonyesha watu unapoishi au unaposoma? Chagua kila jibu linalofaa.
    .hint = Je, mtu angeweza kuitumia kupata mahali kwenye ramani?
    .explanation = Nembo, mabango ya barabara na ramani za moja kwa moja zote zinaweza kuelekeza mahali halisi. Anga au wimbo hauwezi.
# Answer option (shows location).
q-location-clues-school-logo = Nembo ya shule yako kwenye sweta au shati lako
    .feedback = Ndiyo. Nembo inaweza kuwaambia watu shule unayosoma.
# Answer option (shows location).
q-location-clues-street-sign = Bango la jina la barabara nyuma yako
    .feedback = Ndiyo. Jina la barabara linaweza kuonyesha unapoishi au unapobarizi.
# Answer option (shows location).
q-location-clues-live-map = Live location imewashwa kwenye programu ya ramani
    .feedback = Ndiyo. Live location inaonyesha ulipo sasa hivi. Ishiriki na watu unaowajua vizuri tu.
# Answer option (does not show location).
q-location-clues-sunset-sky = Picha ya anga wakati wa machweo
    .feedback = Sivyo hasa. Anga peke yake haisemi ulipo.
# Answer option (does not show location).
q-location-clues-favourite-song = Wimbo unaoupenda
    .feedback = Sivyo hasa. Wimbo hauonyeshi mahali. Ni sawa kuushiriki.

# Question: a scenario about being tagged in a photo you don't like.
q-tagged-photo = Ungefanya nini kuhusu picha hiyo?
    .situation = Rafiki yako anachapisha picha ya kikundi kutoka kwenye sherehe na kukutag. Hupendi jinsi unavyoonekana, na hutaki familia yako iione.
    .hint = Fikiria kinachotatua jambo hili na kuacha urafiki wenu ukiwa sawa.
    .explanation = Kumwomba rafiki yako aiondoe ni mwanzo bora. Kujiondoa kwenye tag na kuangalia mipangilio ya tag pia kunasaidia. Kulipiza kisasi au kuandika maoni ya hasira mara nyingi hufanya mambo yawe mabaya zaidi.
# Action (best).
q-tagged-photo-ask-to-remove = Kumtumia rafiki yangu ujumbe na kumwomba aiondoe au aniondoe kwenye tag.
    .feedback = Hatua bora. Marafiki wengi wataiondoa ukiwaomba. Asipokubali, unaweza kuiripoti.
# Action (also good).
q-tagged-photo-untag-and-settings = Kuondoa tag, kisha kuweka programu ikague tag kabla hazijaonekana.
    .feedback = Hatua nzuri. Hii inaiondoa kwenye wasifu wako, na inazuia isitokee tena.
# Action (not helpful).
q-tagged-photo-post-one-back = Kuchapisha picha mbaya yake ili kulipiza kisasi.
    .feedback = Sivyo hasa. Ni kawaida kukasirika, lakini hii inaongeza kwenye nyayo zenu nyote wawili. Kumwomba kuna uwezekano mkubwa zaidi wa kufanikiwa.
# Action (not helpful).
q-tagged-photo-angry-comment = Kuandika maoni ya hasira chini ya picha.
    .feedback = Sivyo hasa. Maoni yanawafanya watu wengi zaidi waangalie picha. Ujumbe wa faragha (DM) unafaa zaidi.

# Question: single choice about a good question to ask before posting.
q-before-posting = Ni swali lipi zuri la kujiuliza kabla ya kuchapisha?
    .hint = Fikiria nani anaweza kuliona baadaye, si leo tu.
    .explanation = Kujiuliza "Je, ningekuwa sawa kama mtu yeyote angeona hili?" kunasaidia, kwa sababu machapisho yanaweza kuhifadhiwa na kushirikiwa zaidi ya marafiki zako.
# Answer option (right).
q-before-posting-okay-if-seen = Je, ningekuwa sawa kama familia yangu, mwalimu au mwajiri wangu wa baadaye angeona hili?
    .feedback = Sawa kabisa. Kama jibu ni hapana, subiri au usilichapishe.
# Answer option (wrong).
q-before-posting-enough-likes = Je, litapata likes za kutosha?
    .feedback = Sivyo hasa. Likes zinafurahisha, lakini hazikuambii kama chapisho ni salama au lina wema.
# Answer option (wrong).
q-before-posting-friends-only-safe = Je, linaenda kwa marafiki zangu tu, kwa hivyo ni salama?
    .feedback = Sivyo hasa. Marafiki wanaweza kupiga picha za skrini na kushiriki. Fikiria pia nani anaweza kuliona baadaye.

# Question: put the clean-up steps in order.
q-clean-up-steps = Panga hatua hizi za kukagua nyayo zako kwa mpangilio.
    .hint = Kwanza jua kilichopo mtandaoni. Unafanya nini mwisho, ili marekebisho yabaki?
    .explanation = Tafuta kwanza uone kile ambacho wengine wanaweza kupata. Pitia machapisho ya zamani, kisha futa au ficha. Mwisho, imarisha mipangilio yako ili ulichorekebisha kibaki hivyo.
# Step 1.
q-clean-up-steps-search-your-name = Tafuta jina lako na majina yako ya mtumiaji
    .feedback = Anza hapa. Inakuonyesha kile ambacho watu wengine wanaweza kupata.
# Step 2.
q-clean-up-steps-scroll-old-posts = Rudi nyuma kwenye machapisho ya zamani
    .feedback = Kisha, angalia ulichochapisha zamani.
# Step 3.
q-clean-up-steps-delete-or-hide = Futa au ficha machapisho yasiyokuwakilisha tena
    .feedback = Kisha ondoa usichotaka kiwe mtandaoni.
# Step 4.
q-clean-up-steps-tighten-settings = Angalia nani anaweza kukuona, kukutag na kukutumia ujumbe
    .feedback = Mwisho, rekebisha mipangilio yako ili machapisho mapya yaende unapotaka tu.

# Question: true or false about private accounts.
q-private-means-safe = Ukiwa na akaunti ya faragha (private), hakuna chochote unachochapisha kinachoweza kushirikiwa kamwe.
    .hint = Nani bado anaweza kuona chapisho la faragha, na anaweza kulifanyia nini?
    .explanation = Si kweli. Akaunti ya faragha inasaidia sana, lakini wafuasi wako bado wanaweza kupiga picha za skrini na kushiriki. Fikiria kwanza, hata ukiwa private.
# Feedback if the teen picks "true" (wrong).
q-private-means-safe-true =
    .feedback = Sivyo hasa. Private inasaidia, lakini watu wanaokufuata bado wanaweza kuhifadhi na kushiriki.
# Feedback if the teen picks "false" (right).
q-private-means-safe-false =
    .feedback = Sawa kabisa. Private ni mpangilio mzuri, lakini si kufuli. Wafuasi wako bado wanaweza kuhifadhi machapisho.

# Question: choose all that apply, about a positive footprint.
q-build-positive = Ni zipi kati ya hizi zinasaidia kujenga nyayo unazoweza kujivunia? Chagua kila jibu linalofaa.
    .hint = Ni zipi ambazo ungefurahi mtu yeyote azipate?
    .explanation = Kushiriki kazi yako, kuwa mwema na kuunga mkono jambo unaloliamini kunaonyesha wewe halisi. Kujiunga na kundi linalomshambulia mtu au kutoa siri kunawaumiza wengine na kunabaki nawe.
# Answer option (helps).
q-build-positive-share-your-work = Kuchapisha sanaa yako, muziki au mradi
    .feedback = Ndiyo. Inaonyesha ujuzi wako na kile unachokijali.
# Answer option (helps).
q-build-positive-kind-comments = Kuacha maoni mazuri yenye kusaidia
    .feedback = Ndiyo. Wema pia ni sehemu ya nyayo zako.
# Answer option (helps).
q-build-positive-support-a-cause = Kushiriki jambo au shirika la hisani unaloliunga mkono
    .feedback = Ndiyo. Inaonyesha kile kilicho muhimu kwako.
# Answer option (does not help).
q-build-positive-join-a-pile-on = Kujiunga wakati kikundi kinamdhihaki mtu
    .feedback = Sivyo hasa. Kundi linalomshambulia mtu linaumiza mtu halisi, na linabaki kwenye nyayo zako.
# Answer option (does not help).
q-build-positive-post-a-secret = Kuchapisha siri ya rafiki ili kuchekesha watu
    .feedback = Sivyo hasa. Inavunja imani yake, na ni hadithi yake kuishiriki, si yako.

# Question: a scenario about an old post.
q-old-joke = Ungefanya nini kuhusu chapisho hilo la zamani?
    .situation = Una miaka 16. Ukirudi nyuma kwenye machapisho yako, unapata utani wa kuudhi kuhusu mwanafunzi mwenzako uliouchapisha ukiwa na miaka 12.
    .hint = Fikiria kuhusu chapisho, na mtu aliyehusika nalo.
    .explanation = Kulifuta na kuomba msamaha ni hatua bora. Kulifuta tu pia ni vizuri. Kuliacha lilivyo au kujificha nyuma ya akaunti mpya hakulitatui. Watu hukua; kusafisha kunaonyesha hilo.
# Action (best).
q-old-joke-delete-and-apologise = Kulifuta, na kumwomba msamaha mwanafunzi huyo kama unaona inafaa.
    .feedback = Hatua bora. Unaliondoa na unakubali kosa lako. Hilo linahitaji ujasiri.
# Action (also good).
q-old-joke-delete-it = Kufuta chapisho.
    .feedback = Hatua nzuri. Limeondoka kwenye wasifu wako. Kuomba msamaha kunaweza kusaidia pia.
# Action (not helpful).
q-old-joke-leave-it = Kuliacha. Ilikuwa miaka iliyopita, kwa hivyo hakuna atakayeangalia.
    .feedback = Sivyo hasa. Machapisho ya zamani hupatikana. Bado unaweza kuliondoa sasa.
# Action (not helpful).
q-old-joke-new-account = Kufungua akaunti mpya na kuiacha ile ya zamani ilivyo.
    .feedback = Sivyo hasa. Akaunti ya zamani bado ipo. Isafishe au uifute.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Uliza: mtu angejifunza nini kukuhusu kutoka kwenye wasifu wako wa umma leo? Zungumzeni kuhusu tofauti kati ya machapisho yanayodumu na machapisho yanayokusaidia, na nani mngeweza kumwomba msaada kama kuna kitu kukuhusu mtandaoni ambacho mnataka kiondolewe.
