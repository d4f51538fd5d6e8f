# SafeSteps — MIT OR Apache-2.0

### Lesson: Secrets that feel bad are for telling (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words and no detail: talk about feelings and telling.
### Follows the NSPCC PANTS idea at a general level ("your body belongs to you").

# Lesson name on the lesson card.
lesson-title = Les secrets qui font du mal
# One line under the lesson name.
lesson-summary = Les surprises, c'est amusant. Les secrets qui font du mal, on les raconte. Voyons pourquoi.

# Card 1: surprises are fun and shared soon.
card-surprises =
    Une surprise, c'est amusant.
    C'est comme un cadeau d'anniversaire.
    Tu la gardes pendant peu de temps.
    Puis tout le monde la découvre, et tout le monde sourit !
    .together = Demandez : « Quelle surprise as-tu déjà gardée ? » Une bonne réponse : quelque chose d'amusant que tout le monde découvre bientôt, comme un cadeau.
# Card 2: secrets that feel bad are for telling.
card-secrets-that-feel-bad =
    Certains secrets font du mal.
    Ils te rendent triste, ils te font peur ou ils t'inquiètent.
    Un secret qui fait du mal, on le raconte.
    Raconte-le à un adulte de confiance.
    .together = Demandez : « Qu'est-ce qu'on ressent avec un secret qui fait du mal ? » Bonnes réponses : de la tristesse, de la peur, de l'inquiétude. Expliquez que ces secrets-là, on les raconte.
# Card 3: "don't tell your grown-ups" is never a fun surprise, whoever says it (a friend, someone in a game, even a grown-up the child knows).
card-no-secrets-from-grown-ups =
    Quelqu'un te dit peut-être : « Ne le dis pas à tes parents. »
    Ça peut être un copain, une copine, ou quelqu'un dans un jeu.
    Ça peut même être un adulte que tu connais.
    Ce n'est pas une surprise amusante.
    C'est un secret à raconter.
    .together = Dites : « Si quelqu'un te dit de ne pas me le dire, c'est un secret à raconter. » Gardez une voix calme et chaleureuse.
# Card 4: body autonomy at a general level (NSPCC PANTS).
card-your-body =
    Ton corps est à toi.
    Tu peux dire non, même à quelqu'un que tu connais.
    Non, c'est non.
    Si tu te sens bizarre ou si tu as un doute, parles-en à un adulte.
    .together = Demandez : « À qui est ton corps ? » Une bonne réponse : « À moi. » Rappelez à votre enfant qu'on peut dire non, même à quelqu'un de la famille.
# Card 5: never the child's fault; someone to talk to.
card-tell-someone =
    Si quelqu'un te demande de garder un secret qui fait du mal, ce n'est pas ta faute.
    Tu peux le raconter, même si tu l'as gardé longtemps.
    Ton adulte de confiance ne va pas se fâcher contre toi.
    Tu peux aussi toucher le bouton Aide.
    .together = Dites à votre enfant : « Tu peux me raconter n'importe quel secret, même un vieux secret, et je ne me fâcherai pas. » Si votre enfant vous confie quelque chose d'inquiétant, dites-lui merci, restez calme et demandez de l'aide.

# Question: sort things into surprises and secrets to tell.
q-surprise-or-tell = Surprise amusante ou secret à raconter ? Mets chaque chose dans la bonne boîte.
    .hint = Est-ce que ça va bientôt faire sourire les gens ? Ou est-ce que ça fait du mal ?
    .explanation = Les surprises sont amusantes et tout le monde les découvre bientôt. Les secrets qui font du mal, on les raconte à un adulte.
# Group name.
q-surprise-or-tell-surprise = Surprise amusante
# Group name.
q-surprise-or-tell-tell-a-grown-up = À raconter à un adulte
# Item to sort (fun surprise).
q-surprise-or-tell-birthday-gift = Un cadeau pour l'anniversaire de papa
    .feedback = Un cadeau, c'est une surprise amusante. Papa va bientôt le découvrir, et il va sourire.
# Item to sort (fun surprise).
q-surprise-or-tell-party-for-gran = Une fête pour mamie
    .feedback = Une fête, c'est une surprise amusante. Mamie va bientôt la découvrir.
# Item to sort (tell a grown-up).
q-surprise-or-tell-game-chat-secret = Dans un jeu, quelqu'un dit : « Ne parle pas de nos discussions à ta maman. »
    .feedback = Personne ne doit te demander de cacher tes discussions à tes parents. Parles-en à un adulte de confiance.
# Item to sort (tell a grown-up).
q-surprise-or-tell-tummy-feels-funny = Un secret qui te fait tout drôle dans le ventre
    .feedback = Un secret qui fait du mal, on le raconte. Un adulte peut t'aider.
# Item to sort (tell a grown-up).
q-surprise-or-tell-picture-secret = Quelqu'un dit : « Cette photo, c'est notre secret. »
    .feedback = Une photo qu'on doit cacher, on en parle. Parles-en à un adulte de confiance.

# Question: a single choice about a game friend asking for a secret.
q-game-friend-secret = Quelqu'un avec qui tu joues en ligne te dit : « Ne dis pas à ton papa qu'on discute. » Que fais-tu ?
    .hint = Est-ce une surprise amusante ? Ou un secret qu'on cache à tes parents ?
    .explanation = Une surprise, c'est amusant, et les gens la découvrent bientôt. « Ne le dis pas à ton papa », ce n'est pas une surprise. C'est un secret à raconter.
# Answer option (right).
q-game-friend-secret-tell-a-grown-up = J'en parle à un adulte de confiance.
    .feedback = Oui ! C'est un secret à raconter. Ton adulte de confiance peut t'aider.
# Answer option (wrong).
q-game-friend-secret-keep-it = Je garde le secret.
    .feedback = Pas tout à fait. Ce n'est pas une surprise amusante. C'est un secret qu'on cache à tes parents, alors parles-en à un adulte.
# Answer option (wrong).
q-game-friend-secret-keep-chatting = Je continue de discuter et je ne dis rien.
    .feedback = Pas tout à fait. Un secret qu'on cache à tes parents, on le raconte. Ils vont t'aider.

# Question: true or false about keeping every secret. The right answer is "false".
q-keep-every-secret = Il faut garder tous les secrets, même ceux qui font du mal.
    .hint = Que fait-on avec un secret qui fait du mal ?
    .explanation = Les secrets qui font du mal, on les raconte. Parles-en à un adulte de ton cercle.
# Feedback if the child picks "true" (wrong).
q-keep-every-secret-true =
    .feedback = Pas tout à fait. Tu n'as pas à garder un secret qui fait du mal. Parles-en à un adulte de confiance.
# Feedback if the child picks "false" (right).
q-keep-every-secret-false =
    .feedback = Oui ! Un secret qui fait du mal, on le raconte.

# Question: a single choice about saying no to a hug (body autonomy).
q-hug-from-cousin = Ton cousin ou ta cousine veut un câlin. Toi, tu n'en veux pas. Que peux-tu faire ?
    .hint = À qui est ton corps ?
    .explanation = Ton corps est à toi. Tu peux dire non, même à quelqu'un que tu connais. Si la personne n'arrête pas, parles-en à un adulte de confiance.
# Answer option (right).
q-hug-from-cousin-no-thank-you = Je dis : « Non merci. On se fait coucou ? »
    .feedback = Oui ! Ton corps est à toi. Tu peux dire non gentiment.
# Answer option (wrong).
q-hug-from-cousin-must-hug = Je fais le câlin, même si je n'en ai pas envie.
    .feedback = Pas tout à fait. Ton corps est à toi. Tu peux dire non, même à quelqu'un que tu connais.
# Answer option (wrong).
q-hug-from-cousin-say-nothing = Je ne dis rien. Je ne peux pas dire non.
    .feedback = Pas tout à fait. Tu peux toujours dire non. Non, c'est non. Un adulte peut t'aider à le dire.

# Question: a single choice about a grown-up the child knows asking for a secret that feels odd (not a surprise).
q-grown-up-secret = Un adulte que tu connais te dit : « C'est notre secret. Ne le dis pas à ta maman. » Ça te paraît bizarre. Que fais-tu ?
    .hint = Est-ce une surprise amusante, ou un secret qui te paraît bizarre ?
    .explanation = Un secret qui te paraît bizarre, on le raconte, même si un adulte que tu connais a dit de le garder. Parles-en à un adulte de ton cercle.
# Answer option (right).
q-grown-up-secret-tell-circle = J'en parle à maman, ou à un adulte de mon cercle.
    .feedback = Oui ! Tu as bien fait. Un adulte de ton cercle va t'aider.
# Answer option (wrong).
q-grown-up-secret-keep-it-they-are-nice = Je garde le secret. Cet adulte est gentil avec moi.
    .feedback = Pas tout à fait. Même un adulte gentil ne doit pas demander un secret comme celui-là. Parles-en à un adulte de confiance.
# Answer option (wrong).
q-grown-up-secret-do-what-they-say = Je fais ce qu'on me dit.
    .feedback = Pas tout à fait. Tu n'as pas à garder ce secret. Parles-en à un adulte de ton cercle.

# Question: true or false about blame. The right answer is "true".
q-not-to-blame = Si quelqu'un te demande de garder un secret qui fait du mal, ce n'est pas ta faute.
    .hint = Qui a mal agi : toi, ou la personne qui a demandé ?
    .explanation = Ce n'est jamais ta faute. C'est la personne qui t'a demandé ça qui a mal agi. Parles-en à un adulte. Il va t'aider.
# Feedback if the child picks "true" (right).
q-not-to-blame-true =
    .feedback = Oui ! Ce n'est jamais ta faute. Ton adulte de confiance ne va pas se fâcher contre toi.
# Feedback if the child picks "false" (wrong).
q-not-to-blame-false =
    .feedback = Pas tout à fait. Ce n'est jamais ta faute. En parler, c'est ce qu'il faut faire.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Demandez à votre enfant : « Quelle est la différence entre une surprise et un secret ? » Puis dites-lui : « Tu peux toujours me parler d'un secret qui fait du mal, même si quelqu'un t'a dit de ne rien dire. Je ne me fâcherai pas. »
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = À la maison, utilisez les mots « surprise » et « secret » au quotidien, et répétez souvent que les secrets qui font du mal, on les raconte toujours.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez au groupe de citer des surprises amusantes et des secrets qui font du mal. Comment les reconnaître ? À qui pourrait-on parler d'un secret qui fait du mal ?
