# SafeSteps — MIT OR Apache-2.0

### Lesson: Warning signs (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Name actions and feelings; never describe abuse.

# Lesson name on the lesson card.
lesson-title = Repère les signaux d'alerte
# One line under the lesson name.
lesson-summary = Apprends à repérer quand quelqu'un en ligne n'est pas un vrai ami. Puis découvre quoi faire.

# Card 1: technology is positive; risks can come from people you know too.
card-fun-and-friends =
    Les jeux, les chats et les applis de vidéos, c'est génial pour s'amuser et rester proche de ses amis.
    La plupart des gens en ligne sont sympas. Mais certaines personnes font semblant d'être super gentilles pour piéger un enfant.
    Ça peut être un inconnu, quelqu'un rencontré en ligne, ou même quelqu'un que tu connais.
    Connaître les signaux d'alerte t'aide à le repérer tôt.
# Card 2: the main warning signs of grooming.
card-warning-signs =
    Voici quelques signaux d'alerte.
    Quelqu'un te donne des cadeaux, des pièces ou des skins sans raison.
    La personne te demande de garder vos discussions secrètes.
    Elle veut passer à une discussion privée ou sur une autre appli.
    Elle dit des choses comme « Tu es tellement mature » ou « Il n'y a que moi qui te comprends ».
    Elle te demande des photos, ou à quoi tu ressembles.
# Card 3: pressure and saying no.
card-pressure =
    Quelqu'un qui t'aime vraiment bien accepte un « non ».
    Si quelqu'un te met la pression, te fait culpabiliser ou te fait peur, quelque chose ne va pas.
    Tu peux arrêter de répondre, signaler la personne et la bloquer. Tu peux le faire même si tu l'aimais bien avant.
# Card 4: it is never the child's fault.
card-not-your-fault =
    Si quelqu'un en ligne t'a tendu un piège ou t'a mis la pression, ce n'est pas ta faute.
    C'est la personne qui piège un enfant qui fait quelque chose de mal.
    Tu peux demander de l'aide à tout moment, même si tu as gardé un secret ou envoyé quelque chose.
# Card 5: who to tell and where to find help.
card-tell-someone =
    Parles-en à un adulte de confiance, comme un parent, la personne qui s'occupe de toi ou un professeur.
    Cet adulte ne doit pas te faire de reproches. Son rôle, c'est de t'aider à signaler, à bloquer et à te sentir en sécurité.
    Garde les messages. Ne les efface pas : ils sont utiles pour signaler.
    Tu peux aussi toucher le bouton Aide pour trouver quelqu'un à qui parler.

# Question: single choice about a gift offered in a game.
q-free-coins = Dans un jeu, quelqu'un te dit : « Je te donne des pièces gratuites si tu m'ajoutes sur une autre appli. » Qu'est-ce que c'est ?
    .hint = Repense aux signaux d'alerte. Est-ce que quelque chose de la liste se passe ici ?
    .explanation = Un cadeau avec une condition et un passage sur une autre appli sont deux signaux d'alerte. Dis non et parles-en à un adulte de confiance.
# Answer option (right).
q-free-coins-warning-sign = Un signal d'alerte
    .feedback = Oui ! Les cadeaux gratuits et le passage sur une autre appli sont deux signaux d'alerte. En parler à un adulte de confiance, c'est un bon réflexe.
# Answer option (wrong).
q-free-coins-just-kind = Juste de la gentillesse
    .feedback = Pas tout à fait. Les gens sympas n'ont pas besoin que tu changes d'appli pour te faire un cadeau. Un cadeau avec une condition est un signal d'alerte.
# Answer option (wrong).
q-free-coins-fair-trade = Un échange honnête
    .feedback = Pas tout à fait. Ce n'est pas un échange. Un cadeau qui vient avec « passe sur une autre appli » est un signal d'alerte.

# Question: multiple choice, "choose all that apply".
q-which-signs = Quelqu'un que tu as rencontré dans un jeu fait ces choses. Lesquelles sont des signaux d'alerte ? Choisis toutes les bonnes réponses.
    .hint = Pour chacune, demande-toi : est-ce que ça me paraîtrait normal si un adulte de confiance le voyait ?
    .explanation = Les secrets, les cadeaux gratuits, le passage sur une appli privée et les demandes de photos sont des signaux d'alerte. Dire « bien joué », c'est normal. Jouer au même jeu aussi.
# Answer option (a warning sign).
q-which-signs-keep-it-secret = La personne te demande de garder vos discussions secrètes.
    .feedback = Te demander de cacher vos discussions aux adultes qui s'occupent de toi est un signal d'alerte.
# Answer option (a warning sign).
q-which-signs-gifts-for-nothing = La personne te fait des cadeaux sans raison.
    .feedback = Les cadeaux sans raison peuvent servir à te faire croire que tu lui dois quelque chose. C'est un signal d'alerte.
# Answer option (a warning sign).
q-which-signs-move-to-private-app = La personne veut passer sur une appli privée.
    .feedback = Sur une discussion privée, personne d'autre ne peut voir ce qu'elle dit. C'est un signal d'alerte.
# Answer option (a warning sign).
q-which-signs-asks-for-photos = La personne te demande des photos de toi.
    .feedback = Demander des photos est un signal d'alerte. Tu peux dire non et en parler à un adulte.
# Answer option (not a warning sign).
q-which-signs-says-good-game = La personne dit « bien joué » après une partie.
    .feedback = Pas tout à fait. Dire « bien joué », c'est normal et sympa.
# Answer option (not a warning sign).
q-which-signs-plays-same-game = La personne joue au même jeu que toi.
    .feedback = Pas tout à fait. Ça, c'est normal. Beaucoup de gens jouent aux mêmes jeux.

# Question: true or false about strangers.
q-only-strangers = Seuls les inconnus peuvent essayer de piéger les enfants en ligne.
    .hint = Est-ce que quelqu'un que tu connais déjà peut agir d'une façon qui ne va pas ?
    .explanation = Ça peut être n'importe qui : un inconnu, quelqu'un rencontré en ligne, ou quelqu'un que tu connais. Regarde ce que les gens font, pas seulement qui ils sont.
# Feedback if the child picks "true" (wrong).
q-only-strangers-true =
    .feedback = Pas tout à fait. Ça peut aussi être quelqu'un rencontré en ligne ou quelqu'un que tu connais. Fais attention aux signaux d'alerte avec tout le monde.
# Feedback if the child picks "false" (right).
q-only-strangers-false =
    .feedback = Oui ! Ça peut être n'importe qui, même quelqu'un que tu connais. Repérer les signaux t'aide à avoir de l'aide plus tôt.

# Question: a scenario. The situation is shown first, then the question.
q-alex-private-app = Que pourrait faire Sam ?
    .situation = Sam, 11 ans, discute avec Alex dans un jeu depuis des semaines. Alex est drôle. Aujourd'hui, Alex écrit : « Viens, on parle sur une appli privée. Ne le dis pas à tes parents. Ils ne comprendraient pas. »
    .hint = Il y a deux signaux d'alerte ici. Qui pourrait aider Sam ?
    .explanation = Une appli privée et un secret à cacher aux parents sont deux signaux d'alerte. Le mieux, c'est d'en parler à un adulte de confiance. Bloquer et signaler, ça aide aussi.
# Action (best).
q-alex-private-app-tell-trusted-adult = En parler à un parent ou à un autre adulte de confiance.
    .feedback = Le meilleur choix ! Un adulte de confiance peut aider Sam à signaler, à bloquer et à rester en sécurité. Personne ne doit reprocher à Sam d'en avoir parlé.
# Action (also good).
q-alex-private-app-stop-block-report = Arrêter de répondre, puis signaler et bloquer Alex.
    .feedback = Bon choix. Garde d'abord les messages, puis signale et bloque. En parler aussi à un adulte, c'est encore mieux.
# Action (not helpful).
q-alex-private-app-say-no-keep-chatting = Dire non, mais continuer de discuter dans le jeu.
    .feedback = Pas tout à fait. Dire non, c'est bien, mais Alex a demandé un secret. C'est un signal d'alerte. Parles-en à un adulte de confiance.
# Action (not helpful).
q-alex-private-app-go-to-private-app = Aller sur l'appli privée, mais faire attention.
    .feedback = Pas tout à fait. Sur une appli privée, personne d'autre ne peut voir ce qu'Alex écrit. En parler à un adulte, c'est plus sûr.

# Question: single choice about pressure.
q-real-friend = Quelqu'un te dit : « Si tu tenais vraiment à moi, tu m'enverrais une photo. » Que se passe-t-il ?
    .hint = Comment te sentirais-tu avec ce message ?
    .explanation = C'est de la pression. Quelqu'un qui t'aime vraiment bien accepte un « non ». Tu peux dire non, arrêter de répondre et en parler à un adulte.
# Answer option (right).
q-real-friend-pressure = On me met la pression. Une vraie amitié accepte un « non ».
    .feedback = Oui ! C'est de la pression. Tu peux dire non, bloquer la personne et en parler à un adulte de confiance.
# Answer option (wrong).
q-real-friend-friendship-test = C'est un test normal pour notre amitié.
    .feedback = Pas tout à fait. L'amitié n'est pas un test qu'on réussit en envoyant des photos. C'est de la pression.
# Answer option (wrong).
q-real-friend-fair-ask = Ce n'est pas grave, puisque la demande est polie.
    .feedback = Pas tout à fait. Une demande polie peut quand même être de la pression. Tu as toujours le droit de dire non.

# Question: true or false about who is to blame. The right answer is "true".
q-who-is-to-blame = Si quelqu'un en ligne piège un enfant, ce n'est pas la faute de l'enfant.
    .hint = Qui fait quelque chose de mal ?
    .explanation = C'est la personne qui piège un enfant ou lui met la pression qui fait quelque chose de mal. Ce n'est jamais la faute de l'enfant.
# Feedback if the child picks "true" (right).
q-who-is-to-blame-true =
    .feedback = Oui. Ce n'est jamais la faute de l'enfant. Tu peux toujours en parler à un adulte et avoir de l'aide.
# Feedback if the child picks "false" (wrong).
q-who-is-to-blame-false =
    .feedback = Pas tout à fait. L'enfant n'est jamais responsable. C'est la personne qui le piège qui fait quelque chose de mal, et il y a toujours de l'aide.

# Question: single choice about flattery from someone the child knows.
q-only-i-get-you = Un ami de la famille commence à t'écrire souvent. Il te dit : « Tu es tellement mature. Il n'y a que moi qui te comprends. » Qu'est-ce que c'est ?
    .hint = Repense aux signaux d'alerte. Est-ce que ça change quelque chose que tu le connaisses ?
    .explanation = Dire « il n'y a que moi qui te comprends » est un signal d'alerte, même de la part de quelqu'un que tu connais. Parles-en à un autre adulte de confiance.
# Answer option (right).
q-only-i-get-you-warning-sign = Un signal d'alerte, même si je le connais.
    .feedback = Oui ! Les signaux d'alerte comptent, quelle que soit la personne. En parler à un autre adulte de confiance, c'est un bon réflexe.
# Answer option (wrong).
q-only-i-get-you-nice-compliment = Juste un compliment gentil.
    .feedback = Pas tout à fait. « Il n'y a que moi qui te comprends » peut servir à t'éloigner de ta famille. C'est un signal d'alerte.
# Answer option (wrong).
q-only-i-get-you-normal-for-family-friend = C'est normal, c'est un ami de la famille.
    .feedback = Pas tout à fait. Les gens que tu connais peuvent aussi montrer des signaux d'alerte. Regarde ce qu'ils font, pas seulement qui ils sont.

# Question: true or false about getting help after keeping a secret or sending something. The right answer is "true".
q-still-get-help = Si tu as gardé un secret ou envoyé quelque chose, tu peux quand même avoir de l'aide.
    .hint = Qui fait quelque chose de mal quand quelqu'un piège un enfant ?
    .explanation = Oui. Ce n'est pas ta faute, même si tu as gardé un secret ou envoyé quelque chose. Tu peux toujours en parler à quelqu'un, même plus tard.
# Feedback if the child picks "true" (right).
q-still-get-help-true =
    .feedback = Oui ! Tu peux toujours en parler à un adulte de confiance. Tu peux aussi toucher le bouton Aide.
# Feedback if the child picks "false" (wrong).
q-still-get-help-false =
    .feedback = Pas tout à fait. Il y a toujours de l'aide pour toi. C'est la personne qui t'a tendu un piège qui fait quelque chose de mal.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez : qu'est-ce qui fait de quelqu'un un vrai ami en ligne ? Faites ensemble la liste des signaux d'alerte, puis discutez : à qui les enfants pourraient-ils en parler dans leur vie, et que se passe-t-il après ?
