# SafeSteps — MIT OR Apache-2.0

### Lesson: Your digital footprint (ages 13–17).
### Readers are teenagers, often alone on their phone. Be direct and respectful; never preachy.
### Frame the internet as positive. Teach skills: think first, check settings, clean up.

# Lesson name on the lesson card.
lesson-title = Ton empreinte numérique
# One line under the lesson name.
lesson-summary = Ce que tu postes peut rester en ligne. Voici comment garder la main dessus.

# Card 1: what a digital footprint is and what stays online.
card-what-stays =
    Ton empreinte numérique, c'est la trace que tu laisses en ligne.
    Ce sont tes posts, tes photos, tes commentaires, tes likes et ta bio. C'est aussi ce que les autres postent sur toi.
    Une grande partie peut rester en ligne pendant des années, même après que tu l'as supprimée.
    Des copies peuvent rester dans le téléphone d'autres personnes, dans des sauvegardes ou sur d'autres sites.
    Ce n'est pas une raison pour arrêter de poster. Être en ligne, c'est une grande partie de la vie, et ça peut être génial.
    Ça veut juste dire que ça vaut le coup de réfléchir à ce que tu partages, et à qui peut le voir.
# Card 2: screenshots and tags; not your fault if others share without asking.
card-screenshots-and-tags =
    Un post « éphémère » peut quand même être enregistré. N'importe qui peut faire une capture d'écran ou filmer son écran.
    Tes potes peuvent t'identifier sur des photos que tu n'as pas choisies, et elles peuvent apparaître sur ton profil.
    La plupart des applis te permettent de retirer une identification, ou de valider les identifications avant qu'elles s'affichent.
    Si quelqu'un partage ton post ou ta photo sans te demander, ce n'est pas ta faute. C'est la responsabilité de la personne qui l'a partagé.
    Tu peux lui demander de le retirer, le signaler, et en parler à un adulte de confiance.
# Card 3: location clues.
card-location =
    Certains posts montrent où tu es sans que tu le dises.
    Un logo d'école, une plaque de rue, un numéro de maison ou un arrêt de bus peuvent révéler où tu te trouves.
    La position en direct dans les applis de cartes et de messagerie montre où tu es en ce moment.
    Vérifie quelles applis ont accès à ta position. Désactive-la, ou partage-la seulement avec des gens que tu connais bien.
    Poste tes sorties et tes voyages une fois de retour chez toi, pas pendant que tu y es.
# Card 4: think before posting.
card-think-first =
    Avant de poster, prends quelques secondes.
    Est-ce que ça me dérangerait que ma famille, un prof ou un futur employeur voie ça ?
    Est-ce que ça concerne quelqu'un d'autre ? Est-ce que cette personne a dit oui ?
    Est-ce que je poste parce que je suis en colère, ou pour me venger de quelqu'un ?
    Si tu hésites, attends. Tu pourras toujours poster plus tard. Un post déjà en ligne est bien plus difficile à rattraper.
# Card 5: cleaning up old posts and checking privacy settings.
card-clean-up =
    De temps en temps, fais un bilan de ton empreinte.
    Cherche ton nom et tes pseudos pour voir ce qui apparaît.
    Fais défiler tes anciens posts. Supprime ou masque ce qui ne te ressemble plus.
    Ensuite, vérifie tes paramètres de confidentialité. Qui peut voir tes posts ? Qui peut t'identifier ou t'envoyer des messages ? Qui peut te trouver avec ton numéro de téléphone ?
    Passe ton compte en privé si tu veux, et fais le tri dans tes listes d'amis et d'abonnés.
# Card 6: a positive footprint, and who to talk to.
card-positive-footprint =
    Ton empreinte peut aussi jouer en ta faveur.
    Partage ce dont tu es fier ou fière : dessin, musique, sport, un projet, une cause qui te tient à cœur.
    Les commentaires bienveillants et le fait de défendre les autres montrent qui tu es.
    Si quelque chose sur toi est en ligne et que tu veux le faire disparaître, d'autres sont passés par là, et on peut t'aider.
    Parles-en à un adulte de confiance, ou touche le bouton Aide pour trouver du soutien.

# Question: true or false about posts that disappear.
q-disappearing-post = Un post qui disparaît au bout de 24 heures peut quand même être enregistré par quelqu'un d'autre.
    .hint = Pense à ce que n'importe qui peut faire avec son propre téléphone tant que le post est en ligne.
    .explanation = Vrai. N'importe qui peut faire une capture d'écran ou filmer son écran. « Éphémère » veut seulement dire que l'appli le cache, pas qu'aucune copie n'existe.
# Feedback if the teen picks "true" (right).
q-disappearing-post-true =
    .feedback = Exact. Une capture d'écran, ça prend une seconde. Poste comme si ça pouvait être enregistré.
# Feedback if the teen picks "false" (wrong).
q-disappearing-post-false =
    .feedback = Pas tout à fait. L'appli cache peut-être le post, mais une capture ou un enregistrement d'écran peut en garder une copie.

# Question: choose all that apply, about clues to where you are.
q-location-clues = Lesquels de ces éléments pourraient montrer où tu habites ou dans quel établissement tu vas ? Choisis toutes les bonnes réponses.
    .hint = Est-ce que quelqu'un pourrait s'en servir pour trouver un lieu sur une carte ?
    .explanation = Les logos, les plaques de rue et les cartes en direct peuvent tous mener à un vrai lieu. Un ciel ou une chanson, non.
# Answer option (shows location).
q-location-clues-school-logo = Le logo de ton établissement sur ton haut
    .feedback = Oui. Un logo peut dire aux gens dans quel établissement tu vas.
# Answer option (shows location).
q-location-clues-street-sign = Une plaque de rue derrière toi
    .feedback = Oui. Un nom de rue peut indiquer où tu habites ou où tu traînes.
# Answer option (shows location).
q-location-clues-live-map = La position en direct activée dans une appli de cartes
    .feedback = Oui. La position en direct montre où tu es en ce moment. Partage-la seulement avec des gens que tu connais bien.
# Answer option (does not show location).
q-location-clues-sunset-sky = Une photo d'un coucher de soleil
    .feedback = Pas tout à fait. Un ciel tout seul ne dit pas où tu es.
# Answer option (does not show location).
q-location-clues-favourite-song = Ta chanson préférée
    .feedback = Pas tout à fait. Une chanson ne montre pas un lieu. Tu peux la partager.

# Question: a scenario about being tagged in a photo you don't like.
q-tagged-photo = Que pourrais-tu faire pour cette photo ?
    .situation = Quelqu'un de ta bande poste une photo de groupe prise à une soirée et t'identifie. Tu ne t'aimes pas sur la photo, et tu ne veux pas que ta famille la voie.
    .hint = Pense à ce qui règle le problème sans abîmer votre amitié.
    .explanation = Demander à cette personne de la retirer, c'est le meilleur début. Retirer l'identification et vérifier tes réglages d'identification, ça aide aussi. Te venger ou poster un commentaire énervé risque d'empirer les choses.
# Action (best).
q-tagged-photo-ask-to-remove = Envoyer un message pour demander de retirer la photo ou l'identification.
    .feedback = Le meilleur choix. La plupart des gens retirent la photo si tu leur demandes. Sinon, tu peux la signaler.
# Action (also good).
q-tagged-photo-untag-and-settings = Retirer l'identification, puis régler l'appli pour valider les identifications avant qu'elles s'affichent.
    .feedback = Bon choix. Ça la garde hors de ton profil, et ça évite que ça se reproduise.
# Action (not helpful).
q-tagged-photo-post-one-back = Poster une photo moche de cette personne pour se venger.
    .feedback = Pas tout à fait. C'est normal que ça t'agace, mais ça pèse sur vos deux empreintes. Demander a plus de chances de marcher.
# Action (not helpful).
q-tagged-photo-angry-comment = Laisser un commentaire énervé sous la photo.
    .feedback = Pas tout à fait. Un commentaire attire encore plus de regards sur la photo. Un message privé marche mieux.

# Question: single choice about a good question to ask before posting.
q-before-posting = Quelle est une bonne question à se poser avant de poster ?
    .hint = Pense à qui pourrait le voir plus tard, pas seulement aujourd'hui.
    .explanation = Se demander « Est-ce que ça me dérangerait que n'importe qui voie ça ? » aide, parce que les posts peuvent être enregistrés et partagés au-delà de tes amis.
# Answer option (right).
q-before-posting-okay-if-seen = Est-ce que ça me dérangerait que ma famille, un prof ou un futur employeur voie ça ?
    .feedback = Exact. Si la réponse est oui, attends ou ne le poste pas.
# Answer option (wrong).
q-before-posting-enough-likes = Est-ce que ça va avoir assez de likes ?
    .feedback = Pas tout à fait. Les likes, c'est sympa, mais ils ne te disent pas si un post est sans risque ou bienveillant.
# Answer option (wrong).
q-before-posting-friends-only-safe = Est-ce que c'est seulement pour mes amis, donc sans risque ?
    .feedback = Pas tout à fait. Tes amis peuvent faire une capture et la partager. Pense aussi à qui pourrait le voir plus tard.

# Question: put the clean-up steps in order.
q-clean-up-steps = Remets dans l'ordre ces étapes pour faire le bilan de ton empreinte.
    .hint = D'abord, découvre ce qui existe. Que fais-tu en dernier, pour que ça reste réglé ?
    .explanation = Commence par chercher, pour voir ce que les autres peuvent trouver. Parcours tes anciens posts, puis supprime ou masque. Enfin, renforce tes paramètres pour que ce que tu as réglé le reste.
# Step 1.
q-clean-up-steps-search-your-name = Chercher ton nom et tes pseudos
    .feedback = Commence par là. Ça te montre ce que les autres peuvent trouver.
# Step 2.
q-clean-up-steps-scroll-old-posts = Faire défiler tes anciens posts
    .feedback = Ensuite, regarde ce que tu as posté par le passé.
# Step 3.
q-clean-up-steps-delete-or-hide = Supprimer ou masquer les posts qui ne te ressemblent plus
    .feedback = Puis retire ce que tu ne veux plus voir en ligne.
# Step 4.
q-clean-up-steps-tighten-settings = Vérifier qui peut te voir, t'identifier et t'écrire
    .feedback = Enfin, règle tes paramètres pour que tes nouveaux posts aillent seulement là où tu veux.

# Question: true or false about private accounts.
q-private-means-safe = Avec un compte privé, rien de ce que tu postes ne peut jamais être partagé.
    .hint = Qui peut quand même voir un post privé, et que peut-on en faire ?
    .explanation = Faux. Un compte privé aide beaucoup, mais tes abonnés peuvent quand même faire une capture et la partager. Réfléchis avant, même en privé.
# Feedback if the teen picks "true" (wrong).
q-private-means-safe-true =
    .feedback = Pas tout à fait. Le privé aide, mais les gens qui te suivent peuvent quand même enregistrer et partager.
# Feedback if the teen picks "false" (right).
q-private-means-safe-false =
    .feedback = Exact. Le mode privé est un bon réglage, mais ce n'est pas un cadenas. Tes abonnés peuvent quand même enregistrer tes posts.

# Question: choose all that apply, about a positive footprint.
q-build-positive = Lesquels de ces gestes t'aident à construire une empreinte dont tu peux être fier ou fière ? Choisis toutes les bonnes réponses.
    .hint = Lesquels pourrais-tu laisser trouver par n'importe qui, sans problème ?
    .explanation = Partager ce que tu crées, faire preuve de bienveillance et soutenir une cause montrent qui tu es vraiment. Participer à un acharnement collectif ou révéler un secret fait du mal aux autres et te colle à la peau.
# Answer option (helps).
q-build-positive-share-your-work = Poster ton dessin, ta musique ou un projet
    .feedback = Oui. Ça montre tes talents et ce qui compte pour toi.
# Answer option (helps).
q-build-positive-kind-comments = Laisser des commentaires bienveillants et utiles
    .feedback = Oui. La bienveillance fait aussi partie de ton empreinte.
# Answer option (helps).
q-build-positive-support-a-cause = Partager une cause ou une association que tu soutiens
    .feedback = Oui. Ça montre ce qui compte pour toi.
# Answer option (does not help).
q-build-positive-join-a-pile-on = Te joindre à un groupe qui se moque de quelqu'un
    .feedback = Pas tout à fait. Un acharnement collectif fait du mal à une vraie personne, et ça reste dans ton empreinte.
# Answer option (does not help).
q-build-positive-post-a-secret = Poster le secret de quelqu'un de proche pour rigoler
    .feedback = Pas tout à fait. Ça trahit sa confiance, et c'est son histoire à raconter, pas la tienne.

# Question: a scenario about an old post.
q-old-joke = Que pourrais-tu faire pour ce vieux post ?
    .situation = Tu as 16 ans. En faisant défiler ton profil, tu retrouves une blague méchante sur quelqu'un de ta classe, postée quand tu avais 12 ans.
    .hint = Pense au post, et à la personne qu'il visait.
    .explanation = Le supprimer et t'excuser, c'est le meilleur choix. Juste le supprimer, c'est bien aussi. Le laisser ou te cacher derrière un nouveau compte ne règle rien. Tout le monde évolue ; faire le ménage le montre.
# Action (best).
q-old-joke-delete-and-apologise = Le supprimer, et m'excuser auprès de la personne si ça me semble juste.
    .feedback = Le meilleur choix. Tu le retires et tu l'assumes. Ça demande du courage.
# Action (also good).
q-old-joke-delete-it = Supprimer le post.
    .feedback = Bon choix. Il a disparu de ton profil. T'excuser peut aussi aider.
# Action (not helpful).
q-old-joke-leave-it = Le laisser. C'était il y a des années, personne ne va regarder.
    .feedback = Pas tout à fait. Les vieux posts finissent par être retrouvés. Tu peux encore le retirer maintenant.
# Action (not helpful).
q-old-joke-new-account = Créer un nouveau compte et laisser l'ancien tel quel.
    .feedback = Pas tout à fait. L'ancien compte est toujours en ligne. Fais le ménage ou supprime-le.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez : qu'est-ce que quelqu'un apprendrait sur vous aujourd'hui en regardant votre profil public ? Parlez de la différence entre les posts qui restent et ceux qui vous servent, et de qui pourrait vous aider si quelque chose sur vous est en ligne et que vous voulez le faire disparaître.
