# SafeSteps — MIT OR Apache-2.0

### Lesson: Cyberbullying and standing up (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Some readers may be bullied, some may have joined in: never shame either.

# Lesson name on the lesson card.
lesson-title = Cyberharcèlement : réagir et aider
# One line under the lesson name.
lesson-summary = Découvre ce qu'est le cyberharcèlement, quoi faire s'il t'arrive, et comment aider quand il arrive à quelqu'un d'autre.

# Card 1: what cyberbullying is.
card-what-it-is =
    Le cyberharcèlement, c'est quand quelqu'un utilise des jeux, des chats ou des applis pour faire du mal à une personne, encore et encore.
    Ça peut être des messages ou des commentaires méchants.
    Ça peut être exclure exprès quelqu'un d'un groupe de discussion.
    Ça peut être partager une photo pour se moquer de quelqu'un.
    Ça peut être un faux compte qui se fait passer pour cette personne.
# Card 2: how it feels; not the child's fault.
card-how-it-feels =
    Le cyberharcèlement peut te rendre triste, te faire peur, te mettre en colère ou te donner l'impression que personne n'est là pour toi.
    Tu peux avoir l'impression qu'il te suit jusqu'à la maison, dans ton téléphone.
    Ces émotions sont réelles, et elles comptent.
    Si ça t'arrive, ce n'est pas ta faute. Personne ne mérite d'être harcelé.
# Card 3: what to do if you are bullied online.
card-what-to-do =
    Si quelqu'un te harcèle en ligne, voici ce que tu peux faire.
    Ne réponds pas. Une réponse peut empirer les choses.
    Garde les messages avec des captures d'écran.
    Bloque la personne, et signale-la dans l'appli.
    Parles-en à un adulte de confiance, comme un parent, la personne qui s'occupe de toi ou un professeur.
# Card 4: being an upstander.
card-be-an-upstander =
    Un témoin actif, c'est quelqu'un qui aide quand il voit du harcèlement.
    Envoie un message gentil à la personne visée, comme « Ça va ? ».
    Ne like pas, ne partage pas et ne ris pas des publications méchantes.
    Signale la publication, et parles-en à un adulte de confiance.
    Tu n'as pas à te disputer avec la personne qui est méchante. Aider discrètement, ça compte aussi.
# Card 5: who to tell; adults should not blame; Help.
card-get-help =
    Tu n'as pas à affronter le harcèlement sans aide.
    Parles-en à un adulte de confiance. Cet adulte doit t'écouter et ne pas te faire de reproches.
    Il peut t'aider à signaler, et en parler à ton école si ça peut aider.
    Tu peux aussi toucher le bouton Aide pour trouver quelqu'un à qui parler.

# Question: multiple choice, "choose all that apply".
q-is-it-bullying = Lesquelles de ces situations sont du cyberharcèlement ? Choisis toutes les bonnes réponses.
    .hint = Est-ce que quelqu'un essaie de faire du mal à une personne ou de l'exclure, encore et encore ?
    .explanation = Les commentaires méchants, exclure quelqu'un exprès, les faux comptes et partager des photos pour se moquer de quelqu'un, c'est du cyberharcèlement. Gagner une partie ou aimer une autre équipe, non.
# Answer option (cyberbullying).
q-is-it-bullying-mean-comments-daily = Quelqu'un laisse tous les jours des commentaires méchants sous les vidéos d'un enfant.
    .feedback = C'est du cyberharcèlement. C'est fait pour blesser, et ça continue.
# Answer option (cyberbullying).
q-is-it-bullying-left-out-on-purpose = Un groupe crée une nouvelle discussion juste pour exclure un enfant.
    .feedback = C'est du cyberharcèlement. Exclure quelqu'un exprès peut faire très mal.
# Answer option (cyberbullying).
q-is-it-bullying-fake-account = Quelqu'un crée un faux compte pour se faire passer pour un ou une élève de sa classe.
    .feedback = C'est du cyberharcèlement. Se faire passer pour quelqu'un peut donner une mauvaise image de cette personne.
# Answer option (cyberbullying).
q-is-it-bullying-shares-photo-to-mock = Quelqu'un partage la photo d'un enfant pour se moquer de lui.
    .feedback = C'est du cyberharcèlement. Partager une photo pour se moquer de quelqu'un lui fait du mal.
# Answer option (not cyberbullying).
q-is-it-bullying-wins-fair-and-square = Quelqu'un que tu connais te bat à un jeu et dit « Bien joué ».
    .feedback = Pas tout à fait. Gagner à la loyale et être sympa, ce n'est pas du harcèlement.
# Answer option (not cyberbullying).
q-is-it-bullying-likes-other-team = Quelqu'un dit qu'il préfère une autre équipe que la tienne.
    .feedback = Pas tout à fait. Aimer des choses différentes, c'est normal. Ce n'est pas du harcèlement.

# Question: true or false about replying to a bully.
q-reply-back = Si quelqu'un t'envoie des messages méchants, le mieux est de répondre méchamment.
    .hint = Que pourrait-il se passer si tu réponds ?
    .explanation = Une réponse peut empirer les choses. Garde les messages, bloque, signale et parles-en à un adulte de confiance.
# Feedback if the child picks "true" (wrong).
q-reply-back-true =
    .feedback = Pas tout à fait. C'est normal d'être en colère. Mais une réponse peut empirer les choses. Garde, bloque, signale et parles-en.
# Feedback if the child picks "false" (right).
q-reply-back-false =
    .feedback = Oui ! Ne réponds pas. Garde les messages, bloque, signale et parles-en à un adulte de confiance.

# Question: a scenario. The situation is shown first, then the question.
q-no-ellie-chat = Que pourrait faire Tom ?
    .situation = Tom, 11 ans, est ajouté à un groupe de discussion de la classe qui s'appelle « Sans Ellie ». Des élèves y publient des blagues méchantes sur Ellie.
    .hint = Comment Tom pourrait-il aider Ellie sans aggraver les choses ?
    .explanation = Tom peut être un témoin actif. Il peut demander à Ellie si ça va et en parler à un adulte de confiance. Signaler la discussion et ne pas participer, ça aide aussi. Rire ou partager empire les choses.
# Action (best).
q-no-ellie-chat-support-and-tell = Envoyer un message gentil à Ellie, et en parler à un adulte de confiance.
    .feedback = Le meilleur choix ! Ellie sait que quelqu'un se soucie d'elle, et un adulte peut aider à arrêter ça.
# Action (also good).
q-no-ellie-chat-report-dont-join = Ne pas participer. Signaler la discussion, puis la quitter.
    .feedback = Bon choix. Ne pas participer et signaler, ça aide. En parler aussi à un adulte, c'est encore mieux.
# Action (not helpful).
q-no-ellie-chat-send-laughing-face = Envoyer un émoji qui rigole pour faire comme les autres.
    .feedback = Pas tout à fait. Ça peut être difficile de se démarquer. Mais un émoji qui rigole fait croire aux personnes méchantes que c'est acceptable.
# Action (not helpful).
q-no-ellie-chat-screenshot-to-friends = Envoyer des captures d'écran à d'autres personnes pour qu'elles voient.
    .feedback = Pas tout à fait. Les partager, c'est répandre le harcèlement. Garde des captures seulement pour les montrer à un adulte ou pour signaler.

# Question: single choice about what to do when being bullied.
q-priya-comments = Priya reçoit des commentaires méchants sous chaque vidéo qu'elle publie. Que peut-elle faire ?
    .hint = Pense aux étapes de la carte « voici ce que tu peux faire ».
    .explanation = Priya peut garder les commentaires, bloquer et signaler la personne, et en parler à un adulte de confiance. Ce n'est pas sa faute.
# Answer option (right).
q-priya-comments-save-block-report-tell = Faire des captures d'écran, bloquer et signaler, et en parler à un adulte de confiance.
    .feedback = Oui ! Ces étapes l'aident à arrêter ça et à être soutenue. Ce n'est pas sa faute.
# Answer option (wrong).
q-priya-comments-post-mean-reply = Répondre méchamment pour qu'ils sachent ce que ça fait.
    .feedback = Pas tout à fait. C'est normal d'être en colère. Mais une réponse peut empirer les choses.
# Answer option (wrong).
q-priya-comments-quit-and-tell-no-one = Arrêter de publier et n'en parler à personne.
    .feedback = Pas tout à fait. Priya n'a pas à gérer ça sans aide. Un adulte de confiance peut l'aider.

# Question: single choice about what an upstander is.
q-upstander-means = Qu'est-ce qu'un témoin actif ?
    .hint = Pense au mot « actif ».
    .explanation = Un témoin actif aide sans se mettre en danger. Il soutient la personne visée, ne partage pas, signale et en parle à un adulte.
# Answer option (right).
q-upstander-means-helps-safely = Quelqu'un qui aide la personne harcelée, sans se mettre en danger.
    .feedback = Oui ! Les mots gentils, le signalement et en parler à un adulte, ce sont tous des gestes de témoin actif.
# Answer option (wrong).
q-upstander-means-just-watches = Quelqu'un qui voit du harcèlement mais ne s'en mêle pas.
    .feedback = Pas tout à fait. Ça, c'est un témoin passif. Un témoin actif fait quelque chose pour aider.
# Answer option (wrong).
q-upstander-means-bullies-back = Quelqu'un qui répond méchamment à la personne qui est méchante.
    .feedback = Pas tout à fait. Répondre méchamment peut aggraver les choses. Les témoins actifs aident sans se mettre en danger.

# Question: sort actions into two groups.
q-helps-or-not = Quelqu'un publie une vidéo méchante sur un enfant de ta classe. Mets chaque action dans le bon groupe.
    .hint = Est-ce que ça aide l'enfant, ou est-ce que ça répand la vidéo méchante ?
    .explanation = Un message gentil, un signalement et en parler à un adulte, ça aide. Liker, partager ou ajouter une blague répand le mal.
# Group name.
q-helps-or-not-helps = Ça aide
# Group name.
q-helps-or-not-does-not-help = Ça n'aide pas
# Item to sort (helps).
q-helps-or-not-kind-message = Envoyer un message gentil à l'enfant.
    .feedback = Ça aide. Ça montre à l'enfant que quelqu'un est de son côté.
# Item to sort (helps).
q-helps-or-not-report-post = Signaler la vidéo.
    .feedback = Ça aide. L'appli peut la retirer.
# Item to sort (helps).
q-helps-or-not-tell-adult = En parler à un adulte de confiance.
    .feedback = Ça aide. Un adulte peut aider à arrêter ça.
# Item to sort (does not help).
q-helps-or-not-like-mean-post = Liker la vidéo.
    .feedback = Ça n'aide pas. Un like dit à la personne qui harcèle que les gens sont d'accord.
# Item to sort (does not help).
q-helps-or-not-share-mean-post = Partager la vidéo avec d'autres.
    .feedback = Ça n'aide pas. Partager la fait voir à plus de monde.
# Item to sort (does not help).
q-helps-or-not-add-a-mean-joke = Ajouter une blague dans les commentaires.
    .feedback = Ça n'aide pas. Une blague ajoute encore du mal.

# Question: true or false about blame. The right answer is "true".
q-not-to-blame = Si tu es victime de harcèlement en ligne, ce n'est pas ta faute.
    .hint = Qui choisit d'être méchant ?
    .explanation = C'est la personne qui harcèle qui fait quelque chose de mal. Personne ne mérite d'être harcelé.
# Feedback if the child picks "true" (right).
q-not-to-blame-true =
    .feedback = Oui ! Ce n'est jamais ta faute. Parles-en à un adulte de confiance, ou touche le bouton Aide.
# Feedback if the child picks "false" (wrong).
q-not-to-blame-false =
    .feedback = Pas tout à fait. Personne ne mérite d'être harcelé. C'est la personne méchante qui fait quelque chose de mal.

# Question: true or false about changing after joining in. The right answer is "true".
q-joined-in-before = Si tu as ri d'une publication méchante avant, tu peux quand même être un témoin actif maintenant.
    .hint = Est-ce que tu peux faire un nouveau choix aujourd'hui ?
    .explanation = Oui. Tout le monde peut choisir d'aider. Tu peux commencer maintenant, avec un message gentil ou en parlant à un adulte.
# Feedback if the child picks "true" (right).
q-joined-in-before-true =
    .feedback = Oui ! Tu peux faire un nouveau choix à tout moment. Aider maintenant, ça compte.
# Feedback if the child picks "false" (wrong).
q-joined-in-before-false =
    .feedback = Pas tout à fait. Tout le monde peut faire un nouveau choix. Tu peux aider maintenant, et ça compte.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez : qu'est-ce qui rend difficile le fait d'être un témoin actif en ligne ? Pensez à de petites choses simples et sans danger pour aider. À qui pourriez-vous en parler si vous, ou quelqu'un que vous connaissez, étiez victime de harcèlement ?
