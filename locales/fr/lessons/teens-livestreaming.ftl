# SafeSteps — MIT OR Apache-2.0

### Lesson: Livestreaming (ages 13–17).
### Readers are teenagers who stream or watch streams. Be direct and respectful; never preachy.
### Streaming is positive; teach settings and exits. Never describe acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Faire un live sans risque
# One line under the lesson name.
lesson-summary = Les lives, ça peut être génial. Voici comment repérer la pression dans le chat et garder le contrôle.

# Card 1: streaming is positive; what's different about live.
card-going-live =
    Faire un live, c'est génial pour partager du gaming, de la musique, de l'art ou juste discuter, et pour créer une communauté.
    Mais un live, ce n'est pas comme un post. Il n'y a pas de bouton pour modifier, et tu ne peux pas reprendre ce que les gens ont vu.
    N'importe quel spectateur peut enregistrer ton live ou faire des captures, même si l'appli ne le sauvegarde pas.
    Et souvent, tu ne peux pas savoir qui regarde, ni quel âge les gens ont vraiment.
    Savoir ça t'aide à garder le contrôle de ton live.
# Card 2: red flags in the chat.
card-red-flags =
    La plupart des spectateurs veulent juste passer un bon moment. Méfie-toi des commentaires qui :
    te demandent de faire des choses devant la caméra, comme des défis, te changer ou montrer ta chambre ;
    proposent des cadeaux, des pièces ou de l'argent si tu fais ce qu'ils disent ;
    demandent où tu habites, dans quel établissement tu vas, ou quel âge tu as ;
    te poussent à passer en message privé ou sur une autre appli ;
    te couvrent de compliments, puis en demandent plus.
    Les cadeaux peuvent te donner l'impression de devoir quelque chose. Tu ne dois rien.
# Card 3: settings before you go live.
card-settings =
    Avant de lancer un live, vérifie tes paramètres.
    Choisis qui peut regarder. « Amis seulement », c'est le plus sûr.
    Active les filtres de commentaires pour bloquer certains mots, ou désactive les commentaires.
    Demande à quelqu'un de confiance d'être modo, pour pouvoir supprimer des commentaires et retirer des spectateurs.
    Désactive ta position, et vérifie ce qu'il y a derrière toi : logo d'école, vue sur la rue, courrier avec ton adresse.
    Si tu n'as pas l'âge fixé par l'appli pour les lives ou les cadeaux, ces limites sont là pour te protéger.
# Card 4: ending a stream and reporting.
card-end-it =
    Tu peux arrêter un live à tout moment. Tu ne dois d'explication à personne.
    Si un commentaire te met mal à l'aise, arrête le live. Tu pourras en relancer un plus tard si tu veux.
    Ensuite, note le pseudo du spectateur et garde tous les commentaires que tu peux.
    Signale ce spectateur dans l'appli, et bloque-le.
    S'il réapparaît ailleurs, par exemple dans tes DM, signale-le et bloque-le là aussi.
# Card 5: not your fault, and who to talk to.
card-not-your-fault =
    Si quelqu'un t'a mis la pression, s'est joué de toi ou a enregistré ton live, ce n'est pas ta faute.
    C'est la personne qui te pousse qui fait quelque chose de mal, même si tu as fini par accepter.
    Si un enregistrement ou une image de toi est partagé, signale-le sur l'appli. Take It Down (takeitdown.ncmec.org) peut aider à retirer les images dénudées de mineurs.
    Parles-en à un adulte de confiance. Ou touche le bouton Aide pour trouver quelqu'un dans ton pays.

# Question: a scenario about coins offered for a dare.
q-coins-for-a-dare = Que pourrais-tu faire face à cette offre ?
    .situation = Tu es en live. Un spectateur écrit : « 500 pièces si tu fais un défi pour moi. On en parle en privé ? »
    .hint = Il y a deux signaux d'alerte ici. Quel choix te laisse garder le contrôle ?
    .explanation = Dire non, arrêter le live si tu veux, et signaler le spectateur, c'est le meilleur choix. Supprimer le commentaire et le bloquer, c'est bien aussi. Les défis contre des pièces et les messages privés sont des façons de te mettre la pression.
# Action (best).
q-coins-for-a-dare-say-no-end-report = Dire non, arrêter le live si j'en ai envie, et signaler le spectateur.
    .feedback = Le meilleur choix. Tu gardes le contrôle, et l'appli peut agir grâce au signalement.
# Action (also good).
q-coins-for-a-dare-delete-and-block = Supprimer le commentaire, bloquer le spectateur et continuer.
    .feedback = Bon choix. Il a disparu de ton live. Le signaler en plus aide à protéger les autres.
# Action (not helpful).
q-coins-for-a-dare-do-a-small-dare = Faire un petit défi. C'est juste pour rire.
    .feedback = Pas tout à fait. Les petites demandes mènent souvent à de plus grosses. Tu peux dire non, même après avoir reçu des pièces.
# Action (not helpful).
q-coins-for-a-dare-move-to-private = Passer en privé pour savoir quel est le défi.
    .feedback = Pas tout à fait. En privé, personne d'autre ne voit ce qu'il dit. C'est pour ça qu'il veut changer d'endroit.

# Question: choose all that apply, about red-flag comments.
q-red-flag-comments = Quels commentaires dans le chat d'un live sont des signaux d'alerte ? Choisis toutes les bonnes réponses.
    .hint = Est-ce que le commentaire demande quelque chose sur toi, ou essaie de passer un marché ?
    .explanation = Demander ton établissement, offrir des cadeaux contre de l'obéissance et te faire passer sur une autre appli sont des signaux d'alerte. « Bien joué » et « Tu joues à quoi après ? », c'est du chat normal.
# Answer option (red flag).
q-red-flag-comments-which-school = « Tu vas dans quel lycée ou quel collège ? »
    .feedback = Oui. Ton établissement peut aider quelqu'un à te trouver dans la vraie vie. Tu n'as pas à répondre.
# Answer option (red flag).
q-red-flag-comments-gifts-if-you-obey = « Je t'envoie des cadeaux si tu fais ce que je dis. »
    .feedback = Oui. Les cadeaux sous condition, c'est de la pression. Un cadeau ne t'oblige à rien.
# Answer option (red flag).
q-red-flag-comments-add-me-elsewhere = « Ajoute-moi sur une autre appli, juste nous deux. »
    .feedback = Oui. « Juste nous deux », ça veut dire que personne d'autre ne peut voir. C'est un signal d'alerte.
# Answer option (normal).
q-red-flag-comments-nice-play = « Bien joué ! »
    .feedback = Pas tout à fait. C'est un commentaire normal et sympa.
# Answer option (normal).
q-red-flag-comments-what-game-next = « Tu joues à quoi après ? »
    .feedback = Pas tout à fait. C'est du chat normal sur ton live.

# Question: true or false about recording.
q-viewers-can-record = Les spectateurs peuvent enregistrer ton live, même si l'appli ne le sauvegarde pas.
    .hint = Que peut faire n'importe qui avec son propre téléphone ou ordinateur pendant qu'il regarde ?
    .explanation = Vrai. N'importe qui peut faire une capture ou enregistrer son écran. Fais ton live comme s'il pouvait être enregistré.
# Feedback if the teen picks "true" (right).
q-viewers-can-record-true =
    .feedback = Exact. En direct ne veut pas dire effacé. N'importe quel spectateur peut en garder une copie.
# Feedback if the teen picks "false" (wrong).
q-viewers-can-record-false =
    .feedback = Pas tout à fait. Les spectateurs peuvent enregistrer leur écran, quoi que fasse l'appli.

# Question: choose all that apply, about settings.
q-helpful-settings = Quels paramètres aident à rendre un live plus sûr ? Choisis toutes les bonnes réponses.
    .hint = Lesquels contrôlent qui te voit et ce que les gens peuvent dire ?
    .explanation = Les lives réservés aux amis, les filtres de mots, un modo de confiance et la position désactivée aident tous. Afficher ta position montre à des inconnus où tu es.
# Answer option (helps).
q-helpful-settings-friends-only = Seuls mes amis peuvent regarder
    .feedback = Oui. Moins d'inconnus, c'est moins de risques.
# Answer option (helps).
q-helpful-settings-word-filter = Un filtre qui bloque certains mots dans les commentaires
    .feedback = Oui. Les filtres arrêtent beaucoup de commentaires méchants avant que tu les voies.
# Answer option (helps).
q-helpful-settings-moderator = Quelqu'un de confiance comme modo
    .feedback = Oui. Un modo peut supprimer des commentaires et retirer des spectateurs pendant ton live.
# Answer option (helps).
q-helpful-settings-location-off = La position désactivée
    .feedback = Oui. Les spectateurs n'ont pas besoin de savoir où tu es.
# Answer option (does not help).
q-helpful-settings-show-location = La position affichée pour que les fans du coin puissent te trouver
    .feedback = Pas tout à fait. Afficher ta position dit à des inconnus où tu es. Garde-la désactivée.

# Question: put the steps in order.
q-uncomfortable-steps = Pendant ton live, les commentaires d'un spectateur te mettent mal à l'aise. Remets ces étapes dans l'ordre.
    .hint = Qu'est-ce qui arrête la pression tout de suite ? De quoi as-tu besoin avant de bloquer ?
    .explanation = Arrête d'abord le live pour stopper la pression. Garde le pseudo et les commentaires tant que tu peux. Signale tant que tu peux encore trouver le compte, puis bloque.
# Step 1.
q-uncomfortable-steps-end-stream = Arrêter le live
    .feedback = D'abord. Arrêter le live stoppe la pression tout de suite.
# Step 2.
q-uncomfortable-steps-save-username = Noter son pseudo et garder les commentaires
    .feedback = Ensuite. Ces preuves aident quand tu signales.
# Step 3.
q-uncomfortable-steps-report-viewer = Signaler le spectateur dans l'appli
    .feedback = Signale tant que tu peux encore trouver son profil.
# Step 4.
q-uncomfortable-steps-block-viewer = Bloquer le spectateur
    .feedback = Enfin. Maintenant, il ne peut plus te regarder ni t'écrire là-bas.

# Question: true or false about ending a stream. The right answer is "false".
q-owe-an-explanation = Si tu arrêtes un live d'un coup, tu dois une explication à tes spectateurs.
    .hint = C'est le live de qui ?
    .explanation = Faux. C'est ton live. Tu peux l'arrêter à tout moment, pour n'importe quelle raison, sans te justifier.
# Feedback if the teen picks "true" (wrong).
q-owe-an-explanation-true =
    .feedback = Pas tout à fait. Tu ne dois jamais d'explication à tes spectateurs. Ta sécurité passe en premier.
# Feedback if the teen picks "false" (right).
q-owe-an-explanation-false =
    .feedback = Exact. Tu peux arrêter à tout moment. Tes vrais fans seront encore là la prochaine fois.

# Question: single choice about a regular viewer.
q-regular-viewer = Un spectateur régulier t'a envoyé plein de cadeaux. Maintenant, il écrit : « Après tout ce que je t'ai donné, on pourrait discuter en privé. » Qu'est-ce que c'est ?
    .hint = Pourquoi quelqu'un rappellerait-il ses cadeaux avant de demander quelque chose ?
    .explanation = C'est un signal d'alerte. Les cadeaux peuvent servir à te faire croire que tu dois quelque chose. Passer en privé cache ce qu'il dit.
# Answer option (right).
q-regular-viewer-warning-sign = Un signal d'alerte. Il se sert des cadeaux pour me mettre la pression.
    .feedback = Exact. Un cadeau ne t'oblige à rien. Tu peux dire non, bloquer et signaler.
# Answer option (wrong).
q-regular-viewer-loyal-fan = Un fan fidèle qui veut apprendre à me connaître
    .feedback = Pas tout à fait. Un vrai fan n'a pas besoin de te faire passer en privé. Fais attention à la pression.
# Answer option (wrong).
q-regular-viewer-fair-after-gifts = C'est normal, vu tout ce qu'il m'a donné
    .feedback = Pas tout à fait. Les cadeaux n'achètent ni ton temps ni ta vie privée. Tu peux toujours dire non.

# Question: a scenario about a recorded clip being shared.
q-clip-shared = Que pourrais-tu faire au sujet de cet extrait ?
    .situation = Un spectateur a enregistré une partie de ton live. Il te l'envoie et dit qu'il va la poster si tu ne fais pas ce qu'il veut.
    .hint = C'est une menace. Qui peut t'aider à l'arrêter ?
    .explanation = Arrêter de répondre, garder les preuves, en parler à un adulte de confiance et signaler, c'est le meilleur choix. Signaler l'extrait et le compte, ça aide aussi. Faire ce qu'il demande arrête rarement les menaces, et supprimer ton compte fait perdre des preuves. Ce n'est pas ta faute.
# Action (best).
q-clip-shared-tell-adult-and-report = Arrêter de répondre, garder les messages, en parler à un adulte de confiance, et signaler le compte.
    .feedback = Le meilleur choix. Tu gardes des preuves, tu as du soutien, et l'appli peut agir. Ce n'est pas ta faute.
# Action (also good).
q-clip-shared-report-the-clip = Signaler le compte et l'extrait dans l'appli, puis le bloquer.
    .feedback = Bon choix. Garde d'abord les messages. En parler aussi à un adulte, c'est encore mieux.
# Action (not helpful).
q-clip-shared-do-what-they-ask = Faire ce qu'il veut pour qu'il ne le poste pas.
    .feedback = Pas tout à fait. Céder mène en général à d'autres exigences. Si tu l'as déjà fait, tu peux quand même avoir de l'aide.
# Action (not helpful).
q-clip-shared-delete-account = Supprimer mon compte pour que tout disparaisse.
    .feedback = Pas tout à fait. C'est normal d'en avoir envie, mais supprimer fait perdre des preuves. Garde-le pour l'instant et demande de l'aide.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez : qu'est-ce qui rend le chat d'un live amusant, et qu'est-ce qui le fait ressembler à de la pression ? Parlez des paramètres qui aident, expliquez pourquoi arrêter un live est toujours acceptable, et rappelez au groupe que ce n'est jamais la faute de la personne en live si quelqu'un lui met la pression ou l'enregistre.
