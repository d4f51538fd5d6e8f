# SafeSteps — MIT OR Apache-2.0

### Lesson: Manipulation and grooming (ages 13–17).
### Readers are teenagers, often alone. Be direct and respectful; never preachy. Name tactics,
### feelings and actions; never describe abuse. Not only strangers. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Repérer la manipulation
# One line under the lesson name.
lesson-summary = Comment certaines personnes gagnent ta confiance pour en profiter, comment le repérer tôt, et quoi faire.

# Card 1: what grooming is; who can do it.
card-what-it-is =
    La plupart des gens que tu rencontres en ligne sont juste des gens. Se faire des amis en ligne, ça peut être génial.
    Mais certaines personnes gagnent ta confiance exprès, pour profiter de toi. On appelle ça le grooming, ou pédopiégeage.
    Ça peut être un adulte qui se fait passer pour plus jeune. Ça peut être quelqu'un de ton âge. Ça peut être quelqu'un que tu connais déjà, comme un coach, un ami de la famille ou un ado plus âgé de ton école.
    En général, au début, c'est agréable. C'est ce qui rend la chose difficile à repérer.
# Card 2: common tactics.
card-tactics =
    La manipulation suit souvent le même schéma. Méfie-toi de quelqu'un qui :
    Te donne beaucoup d'attention et de compliments, très vite.
    T'envoie des cadeaux, des crédits de jeu ou de l'argent sans raison claire.
    Dit « Il n'y a que moi qui te comprends » ou « Tes amis ne te comprennent pas ».
    Te demande de garder vos conversations secrètes.
    T'éloigne petit à petit de tes amis et de ta famille.
    Te fait passer sur une discussion privée ou une autre appli.
    Un seul de ces signes ne veut peut-être rien dire. Plusieurs ensemble, c'est un signal d'alerte.
# Card 3: how it turns into pressure.
card-pressure =
    Ça commence souvent par de l'attention et des cadeaux. Puis viennent les secrets et le passage en privé.
    Avec le temps, les demandes grandissent. Un petit secret. Une photo. Puis quelque chose que tu ne veux pas faire.
    La personne peut te faire culpabiliser : « Après tout ce que j'ai fait pour toi. »
    Elle peut te faire sentir unique, puis devenir froide, pour que tu fasses des efforts pour lui plaire.
    Certaines passent aux menaces, comme raconter tes secrets ou partager des images.
    La pression et les menaces ne font jamais partie d'une vraie amitié ou d'une vraie relation.
# Card 4: trust your gut.
card-trust-your-gut =
    Tes émotions sont des signaux utiles. Te sentir mal à l'aise, perdre tes repères ou sentir qu'on te pousse, c'est une raison de faire une pause.
    Tu n'as pas besoin de preuves pour agir. Tu peux ralentir, dire non ou arrêter de répondre.
    Demande-toi : est-ce que ça me dérangerait qu'un adulte de confiance voie cette conversation ?
    Si la réponse est oui, ça vaut la peine d'y faire attention.
    Tu peux garder les messages, puis bloquer et signaler la personne.
# Card 5: not your fault, and telling someone.
card-not-your-fault =
    Si quelqu'un s'est joué de toi, ce n'est pas ta faute.
    C'est vrai même si tu l'aimais bien, si tu as gardé ses secrets, accepté des cadeaux ou envoyé quelque chose.
    Le grooming marche parce que la personne sait très bien manipuler. La faute est entièrement de son côté.
    Parles-en à un adulte de confiance. Cet adulte doit t'écouter et t'aider, pas te faire de reproches.
    Tu peux aussi toucher le bouton Aide pour trouver quelqu'un à qui parler dans ton pays.

# Question: single choice about an isolating message.
q-only-i-get-you = Quelqu'un avec qui tu discutes te dit : « Tes parents ne te comprennent pas. Moi, si. » Que se passe-t-il ?
    .hint = Que pourrait-il se passer si tu arrêtais de parler à ta famille ?
    .explanation = C'est une façon de t'isoler. Quand tu as l'impression qu'une seule personne te comprend, c'est plus dur de demander de l'aide à quelqu'un d'autre.
# Answer option (right).
q-only-i-get-you-isolating = Cette personne essaie de m'éloigner des gens qui tiennent à moi.
    .feedback = Exact. Isoler quelqu'un le rend plus facile à contrôler. Reste proche des gens en qui tu as confiance.
# Answer option (wrong).
q-only-i-get-you-real-support = Cette personne me soutient, alors je devrais l'écouter.
    .feedback = Pas tout à fait. Un vrai soutien n'éloigne pas ta famille ou tes amis.
# Answer option (wrong).
q-only-i-get-you-harmless = C'est sans danger. Cette personne est juste gentille.
    .feedback = Pas tout à fait. Ça peut faire du bien à entendre, mais « il n'y a que moi qui te comprends » est une phrase de manipulation très courante.

# Question: choose all that apply, about tactics.
q-spot-tactics = Lesquels de ces comportements sont des techniques de manipulation courantes ? Choisis toutes les bonnes réponses.
    .hint = Repense au schéma. Est-ce que ça crée une confiance rapide, du secret ou de la distance ?
    .explanation = Les compliments très rapides, les cadeaux sans raison, les secrets et le changement d'appli sont des techniques courantes. Respecter ton non et aimer la même musique, c'est normal.
# Answer option (tactic).
q-spot-tactics-fast-flattery = Beaucoup de compliments et d'attention, très vite
    .feedback = Oui. L'attention rapide crée vite de la confiance, parfois exprès.
# Answer option (tactic).
q-spot-tactics-gifts-for-nothing = Des cadeaux ou des crédits de jeu sans raison claire
    .feedback = Oui. Les cadeaux peuvent te donner l'impression de devoir quelque chose.
# Answer option (tactic).
q-spot-tactics-keep-it-secret = Te demander de garder vos conversations secrètes
    .feedback = Oui. Les secrets empêchent les autres de remarquer ce qui se passe.
# Answer option (tactic).
q-spot-tactics-move-apps = Te faire passer sur une appli privée
    .feedback = Oui. En privé, personne d'autre ne peut voir ce que cette personne dit.
# Answer option (normal).
q-spot-tactics-respects-no = Accepter un non
    .feedback = Pas tout à fait. Respecter ton non, c'est bon signe.
# Answer option (normal).
q-spot-tactics-same-music = Aimer la même musique que toi
    .feedback = Pas tout à fait. Avoir des goûts en commun, c'est normal. Regarde ce que les gens font dans la durée.

# Question: true or false about who grooms. The right answer is "false".
q-only-older-strangers = Le grooming, c'est seulement le fait d'inconnus plus âgés.
    .hint = Pense aux personnes citées au début de la leçon.
    .explanation = Faux. Ça peut être un adulte, quelqu'un de ton âge, ou quelqu'un que tu connais déjà. Regarde ce que les gens font, pas seulement qui ils sont.
# Feedback if the teen picks "true" (wrong).
q-only-older-strangers-true =
    .feedback = Pas tout à fait. Ça peut aussi être quelqu'un de ton âge, quelqu'un rencontré en ligne ou quelqu'un que tu connais bien.
# Feedback if the teen picks "false" (right).
q-only-older-strangers-false =
    .feedback = Exact. N'importe qui peut manipuler. Les signaux d'alerte comptent plus que l'identité de la personne.

# Question: put the common pattern in order.
q-how-it-builds = La manipulation se construit souvent par étapes. Remets-les dans l'ordre habituel.
    .hint = En général, au début, c'est agréable. Où est-ce que ça mène ?
    .explanation = Ça commence souvent par la confiance et l'attention. Puis viennent les secrets et la discussion privée, puis de petites demandes, puis la pression ou les menaces. Repérer les premières étapes t'aide à agir plus tôt.
# Step 1.
q-how-it-builds-builds-trust = Beaucoup d'attention, de compliments et de cadeaux
    .feedback = D'abord. Ça crée de la confiance et te fait te sentir unique.
# Step 2.
q-how-it-builds-secrets-and-private = Demande de garder vos conversations secrètes, souvent sur une appli privée
    .feedback = Ensuite. Les secrets et les discussions privées empêchent les autres de remarquer quoi que ce soit.
# Step 3.
q-how-it-builds-small-asks = Commence à demander de petites choses, comme une photo
    .feedback = Puis. Les petites demandes font paraître les plus grosses normales plus tard.
# Step 4.
q-how-it-builds-pressure-and-threats = Pousse pour avoir plus, avec de la culpabilité ou des menaces
    .feedback = Enfin. À ce stade, dire non peut sembler difficile. Tu le peux quand même, et il y a de l'aide.

# Question: a scenario about someone the teen knows.
q-someone-you-know = Que pourrais-tu faire au sujet de ces messages ?
    .situation = Un entraîneur adjoint de ton club commence à t'écrire tard le soir. Il t'envoie une carte cadeau et te dit : « Gardons nos conversations entre nous. Les autres seraient jaloux. »
    .hint = C'est quelqu'un que tu connais. Est-ce que les signaux d'alerte comptent quand même ?
    .explanation = En parler à un adulte de confiance, c'est le meilleur choix. Garder les messages et arrêter de répondre, ça aide aussi. Les secrets et les cadeaux venant d'un adulte qui a de l'autorité sur toi sont des signaux d'alerte, même si tu l'apprécies.
# Action (best).
q-someone-you-know-tell-trusted-adult = En parler à un parent ou à un autre adulte de confiance, et lui montrer les messages.
    .feedback = Le meilleur choix. Un adulte peut agir, et tu as bien fait d'en parler.
# Action (also good).
q-someone-you-know-save-and-stop = Garder les messages et arrêter de répondre.
    .feedback = Bon choix. En parler aussi à un adulte permet que quelqu'un s'assure que ça s'arrête.
# Action (not helpful).
q-someone-you-know-keep-it-quiet = Ne rien dire pour qu'il n'ait pas d'ennuis.
    .feedback = Pas tout à fait. C'est à lui de bien se comporter, pas à toi de le protéger. Un secret comme celui-là, on en parle.
# Action (not helpful).
q-someone-you-know-accept-and-wait = Garder le cadeau et attendre de voir ce qui se passe.
    .feedback = Pas tout à fait. Des cadeaux avec des secrets, c'est un schéma. Impliquer un adulte tôt, c'est plus simple.

# Question: true or false about gut feelings.
q-gut-feeling = Si une conversation te paraît bizarre, tu as le droit d'arrêter de répondre, même si tu ne sais pas expliquer pourquoi.
    .hint = Est-ce que tu as besoin de preuves pour te protéger ?
    .explanation = Vrai. Tu n'as besoin ni de raison ni de preuve. Quand tu te sens mal à l'aise, ça vaut la peine de t'écouter.
# Feedback if the teen picks "true" (right).
q-gut-feeling-true =
    .feedback = Exact. Fais confiance à ton instinct. Tu peux arrêter, garder les preuves, bloquer et en parler à quelqu'un.
# Feedback if the teen picks "false" (wrong).
q-gut-feeling-false =
    .feedback = Pas tout à fait. Tu n'as jamais besoin de preuves pour arrêter de parler à quelqu'un. Ce que tu ressens compte.

# Question: a scenario about an online friend the same age.
q-online-friend-asks = Que pourrais-tu faire face à cette demande ?
    .situation = Tu joues en ligne avec quelqu'un de ton âge depuis des mois. Maintenant, cette personne veut passer sur une autre appli et échanger des photos. Quand tu hésites, elle écrit : « Je croyais que tu me faisais confiance. »
    .hint = Remarque la culpabilité. Est-ce que quelqu'un qui tient à toi insiste quand tu hésites ?
    .explanation = Dire non et en parler à quelqu'un de confiance, c'est le meilleur choix. Bloquer et signaler, c'est bien aussi. « Je croyais que tu me faisais confiance », c'est de la culpabilité utilisée pour mettre la pression.
# Action (best).
q-online-friend-asks-say-no-and-tell = Dire non, et en parler à un adulte de confiance.
    .feedback = Le meilleur choix. Un non suffit, et un adulte peut aider si la personne continue d'insister.
# Action (also good).
q-online-friend-asks-block-and-report = Garder la conversation, puis bloquer et signaler la personne.
    .feedback = Bon choix. Tu te protèges, toi et les autres. En parler aussi à un adulte, c'est encore mieux.
# Action (not helpful).
q-online-friend-asks-send-to-keep-friend = Envoyer une photo pour ne pas perdre cette amitié.
    .feedback = Pas tout à fait. Une amitié qui en vaut la peine accepte un non. Si tu en as déjà envoyé une, tu peux quand même avoir de l'aide.
# Action (not helpful).
q-online-friend-asks-move-but-dont-send = Passer sur l'autre appli, mais ne rien envoyer.
    .feedback = Pas tout à fait. Sur une appli privée, la pression augmente en général, et personne d'autre ne peut la voir.

# Question: single choice about having already gone along with it.
q-already-went-along = Quelqu'un a gardé un secret et envoyé une photo avant de voir les signaux d'alerte. Qu'est-ce qui est vrai ?
    .hint = Est-ce qu'il y a un moment où l'aide n'est plus là ?
    .explanation = Ce n'est toujours pas sa faute, et cette personne peut quand même avoir de l'aide. En parler à un adulte de confiance ou toucher le bouton Aide, c'est une bonne prochaine étape.
# Answer option (right).
q-already-went-along-still-get-help = Ce n'est toujours pas sa faute, et cette personne peut quand même avoir de l'aide.
    .feedback = Exact. La faute revient à la personne qui l'a manipulée. L'aide est là à tout moment.
# Answer option (wrong).
q-already-went-along-nothing-can-be-done = On ne peut plus rien faire maintenant.
    .feedback = Pas tout à fait. Les adultes, les applis et les lignes d'écoute peuvent encore aider, et les images peuvent souvent être retirées.
# Answer option (wrong).
q-already-went-along-handle-alone = Cette personne doit se débrouiller sans aide, parce qu'elle a suivi.
    .feedback = Pas tout à fait. Avoir suivi ne veut pas dire que c'est sa faute. Cette personne mérite du soutien.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez : pourquoi la manipulation commence-t-elle souvent de façon agréable ? Parlez de ce à quoi le schéma peut ressembler avec un inconnu, avec quelqu'un du même âge et avec quelqu'un qu'on connaît. Qu'est-ce qui rendrait plus facile d'en parler ? Rappelez au groupe que ce n'est jamais la faute de la personne manipulée.
