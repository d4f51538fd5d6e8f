# SafeSteps — MIT OR Apache-2.0

### Lesson: Helping a friend (ages 13–17).
### Readers are teenagers whose friend may have just told them something hard. Be direct, warm and
### practical; never preachy. Never describe abuse or images. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Aider un ami ou une amie
# One line under the lesson name.
lesson-summary = Quoi dire et quoi faire quand quelqu'un de proche te raconte qu'il s'est passé quelque chose en ligne.

# Card 1: a friend telling you means they trust you.
card-they-trust-you =
    Entre amis, on se confie souvent avant d'en parler à un adulte.
    Si quelqu'un de proche te raconte qu'il lui est arrivé quelque chose de grave en ligne, c'est qu'il ou elle te fait confiance. Ce n'est pas rien.
    Peut-être que quelqu'un le ou la menace, lui met la pression, ou a partagé une image de lui ou d'elle.
    Tu n'as pas besoin d'avoir toutes les réponses. Tu n'as pas à tout régler sans aide.
    Ce qui aide le plus, c'est ta façon de réagir, et le fait de l'aider à aller vers quelqu'un qui peut agir.
# Card 2: listen, believe, don't blame.
card-listen-and-believe =
    Écoute. Laisse parler sans couper la parole.
    Crois ce qu'on te dit. Les gens inventent rarement ce genre de choses.
    Reste calme, même si tu es sous le choc ou en colère. Ton calme aide l'autre à se sentir en sécurité.
    Ne demande pas « Pourquoi tu l'as envoyée ? » ou « Pourquoi tu n'as pas bloqué cette personne ? ». Ce genre de questions peut sonner comme un reproche.
    Dis plutôt : « Merci de m'en avoir parlé. Ce n'est pas ta faute. On va trouver une solution. »
# Card 3: don't share; keep it safe.
card-keep-it-safe =
    Garde son histoire pour toi. Ne poste rien à ce sujet et ne demande pas conseil dans un groupe.
    Ne transfère et n'enregistre jamais une image de cette personne, même pour aider. Si tu en as reçu une, signale-la et supprime-la.
    N'écris pas à la personne qui lui a fait du mal et ne la menace pas. Ça peut empirer les choses, et c'est le rôle des adultes, de l'appli ou de la police.
    Tu peux l'aider à garder des preuves, comme des captures des messages et des pseudos, mais pas l'image.
# Card 4: getting an adult involved.
card-get-an-adult =
    Aide la personne à en parler à un adulte de confiance. Propose de l'accompagner, ou de rester à côté pendant qu'elle appelle ou envoie un message.
    Montre-lui l'écran Aide de cette appli pour trouver une ligne d'écoute dans son pays.
    Certaines choses demandent un adulte, même si on t'a demandé de ne rien dire. Par exemple : des menaces, un adulte qui lui met la pression, ou des paroles sur l'envie de se faire du mal. Et aussi tout danger immédiat.
    Sois honnête : « Je tiens trop à toi pour garder ce secret. Allons en parler à quelqu'un ensemble. »
# Card 5: look after yourself too.
card-look-after-yourself =
    Soutenir quelqu'un de proche peut être lourd. Tu peux t'inquiéter, être triste ou avoir peur pour cette personne.
    C'est normal. Tu es un vrai soutien, pas sa seule aide.
    Ce n'est pas à toi de tout régler, et ce n'est pas ta faute si les choses sont difficiles.
    Parle aussi de ce que tu ressens à un adulte de confiance. Ou touche le bouton Aide pour trouver quelqu'un à qui parler.

# Question: single choice about the first thing to say.
q-first-words = Quelqu'un de proche te dit qu'une personne en ligne le ou la menace. Quelle est une bonne première chose à dire ?
    .hint = Qu'aimerais-tu entendre en premier si c'était toi ?
    .explanation = Remercier et dire que ce n'est pas sa faute aide l'autre à se sentir en sécurité pour continuer à parler. Les questions sur ce que la personne a fait peuvent sonner comme un reproche.
# Answer option (right).
q-first-words-thanks-not-your-fault = « Merci de m'en avoir parlé. Ce n'est pas ta faute. »
    .feedback = Exact. Ça montre que tu es de son côté, et c'est vrai.
# Answer option (wrong).
q-first-words-why-did-you = « Mais pourquoi tu lui as parlé ? »
    .feedback = Pas tout à fait. Même si c'est juste de la curiosité, ça peut sonner comme un reproche. Commence par soutenir.
# Answer option (wrong).
q-first-words-just-block-them = « Pourquoi tu n'as pas juste bloqué cette personne ? »
    .feedback = Pas tout à fait. Ça peut donner l'impression d'avoir mal fait. Écoute d'abord, puis aide à faire un plan.

# Question: choose all that apply, about helpful responses.
q-helpful-responses = Lesquelles de ces réactions aident quelqu'un de proche qui te raconte ce qui s'est passé ? Choisis toutes les bonnes réponses.
    .hint = Lesquelles gardent les choses privées et apportent un vrai soutien ?
    .explanation = Écouter, croire ce qu'on te dit et proposer d'accompagner la personne voir un adulte, tout ça aide. Demander dans un groupe répand son histoire, et s'en prendre à l'autre personne peut empirer les choses.
# Answer option (helps).
q-helpful-responses-listen = Écouter sans couper la parole
    .feedback = Oui. Se sentir écouté aide beaucoup.
# Answer option (helps).
q-helpful-responses-believe-them = Croire ce qu'on te raconte
    .feedback = Oui. Être cru rend plus facile d'en parler ensuite à un adulte.
# Answer option (helps).
q-helpful-responses-offer-to-go = Proposer d'accompagner la personne voir un adulte de confiance
    .feedback = Oui. Avoir quelqu'un de proche à côté rend le fait d'en parler moins effrayant.
# Answer option (does not help).
q-helpful-responses-ask-group-chat = Demander à ton groupe ce qu'il faut faire
    .feedback = Pas tout à fait. Son histoire est privée. Demande plutôt à un adulte de confiance.
# Answer option (does not help).
q-helpful-responses-confront-them-online = Écrire à la personne en cause pour la remettre à sa place
    .feedback = Pas tout à fait. Ça peut empirer les choses. Laisse ça aux adultes, à l'appli ou à la police.

# Question: a scenario about a promise to keep a secret.
q-promise-not-to-tell = Que pourrais-tu faire au sujet de cette promesse ?
    .situation = Quelqu'un de proche te raconte qu'un adulte rencontré en ligne menace de partager ses photos. Cette personne te dit : « Promets-moi de ne le dire à personne. »
    .hint = Certains secrets laissent quelqu'un de proche en danger. Qui peut vraiment arrêter ça ?
    .explanation = Être honnête et impliquer un adulte de confiance, c'est le meilleur choix. L'accompagner pour en parler à quelqu'un, c'est bien aussi. Tenir la promesse laisse cette personne seule face à un crime, et contacter l'adulte peut empirer les choses.
# Action (best).
q-promise-not-to-tell-honest-and-get-adult = Dire « Je tiens trop à toi pour garder ce secret », et l'aider à en parler à un adulte, ou en parler moi-même.
    .feedback = Le meilleur choix. C'est un crime, et il faut un adulte. Être honnête montre que tu tiens à cette personne.
# Action (also good).
q-promise-not-to-tell-go-with-them = Proposer de l'accompagner dès aujourd'hui voir un parent ou une personne de l'école chargée d'écouter les élèves.
    .feedback = Bon choix. Ta présence peut rendre le fait d'en parler beaucoup plus facile.
# Action (not helpful).
q-promise-not-to-tell-keep-the-promise = Tenir la promesse. C'est son choix.
    .feedback = Pas tout à fait. Ça paraît loyal, mais ça laisse cette personne seule face à une menace. C'est un secret à confier à un adulte.
# Action (not helpful).
q-promise-not-to-tell-message-the-person = Écrire à l'adulte pour lui dire de laisser tomber.
    .feedback = Pas tout à fait. Ça peut aggraver les menaces. Laisse les adultes de confiance, l'appli et la police s'en occuper.

# Question: choose all that apply, about when an adult must be told.
q-must-get-adult = Quand faut-il impliquer un adulte, même si on te demande de ne rien dire ? Choisis toutes les bonnes réponses.
    .hint = Est-ce que cette personne, ou quelqu'un d'autre, risque d'être en grave danger ?
    .explanation = Les menaces, un adulte qui met la pression, des paroles sur l'envie de se faire du mal et un danger immédiat demandent tous un adulte. Une dispute à propos d'un jeu, tu peux aider à la gérer entre amis.
# Answer option (needs an adult).
q-must-get-adult-being-threatened = Quelqu'un menace cette personne pour obtenir des images ou de l'argent.
    .feedback = Oui. C'est un crime, et un adulte peut aider à le signaler.
# Answer option (needs an adult).
q-must-get-adult-adult-pressuring = Un adulte lui met la pression en ligne.
    .feedback = Oui. Un adulte qui met la pression à un ado, c'est grave. Parles-en à un adulte de confiance.
# Answer option (needs an adult).
q-must-get-adult-might-hurt-themselves = La personne parle de se faire du mal.
    .feedback = Oui. Parles-en tout de suite à un adulte. Sa sécurité passe en premier.
# Answer option (needs an adult).
q-must-get-adult-in-danger-now = La personne est en danger en ce moment.
    .feedback = Oui. Va chercher un adulte maintenant, ou appelle le numéro d'urgence de ton pays.
# Answer option (does not need an adult).
q-must-get-adult-game-argument = La personne s'est disputée avec quelqu'un à propos d'un jeu.
    .feedback = Pas tout à fait. Ça, tu peux aider à le gérer entre amis. Écoute et sois là.

# Question: put the support steps in order.
q-support-steps = Quelqu'un de proche te raconte qu'il s'est passé quelque chose en ligne. Remets ces étapes dans l'ordre.
    .hint = De quoi a-t-on besoin de ta part avant que tu dises quoi que ce soit ? Et avant de pouvoir faire un plan ?
    .explanation = Écoute d'abord, pour que la personne se sente entendue. Dis-lui que ce n'est pas sa faute. Ensuite, parlez de l'adulte à qui en parler, et accompagne-la pour le faire.
# Step 1.
q-support-steps-listen-first = Écouter sans juger
    .feedback = D'abord. Laisse la personne raconter à sa façon.
# Step 2.
q-support-steps-not-their-fault = Lui dire que ce n'est pas sa faute
    .feedback = Ensuite. Beaucoup de gens se le reprochent. L'entendre aide.
# Step 3.
q-support-steps-who-to-tell = Parler de l'adulte à qui en parler
    .feedback = Puis. Aide la personne à choisir quelqu'un en qui elle a confiance.
# Step 4.
q-support-steps-go-together = L'accompagner pour en parler à l'adulte
    .feedback = Enfin. Ta présence rend le fait d'en parler plus facile.

# Question: true or false about confronting the person. The right answer is "false".
q-confront-yourself = Pour aider quelqu'un de proche, tu dois écrire à la personne qui lui a fait du mal et l'obliger à arrêter.
    .hint = Qui a le pouvoir d'arrêter ça sans danger ?
    .explanation = Faux. S'en prendre à cette personne peut empirer les choses, pour la personne que tu aides comme pour toi. Les adultes, l'appli et la police peuvent agir.
# Feedback if the teen picks "true" (wrong).
q-confront-yourself-true =
    .feedback = Pas tout à fait. C'est normal d'en avoir envie, mais ça peut empirer les choses. Aide plutôt la personne à en parler à un adulte.
# Feedback if the teen picks "false" (right).
q-confront-yourself-false =
    .feedback = Exact. Ton rôle, c'est de soutenir. Les adultes, l'appli et la police s'occupent de la personne en cause.

# Question: true or false about the helper's own feelings.
q-your-feelings-count = Tu as le droit de parler à quelqu'un de ce que tu ressens après avoir aidé une personne proche.
    .hint = Aider les autres, est-ce que ça veut dire que tes émotions ne comptent pas ?
    .explanation = Vrai. Soutenir quelqu'un peut être lourd. En parler à un adulte de confiance ou toucher le bouton Aide peut t'aider toi aussi.
# Feedback if the teen picks "true" (right).
q-your-feelings-count-true =
    .feedback = Exact. Tes émotions comptent aussi. Toi aussi, tu peux avoir du soutien.
# Feedback if the teen picks "false" (wrong).
q-your-feelings-count-false =
    .feedback = Pas tout à fait. Toi aussi, tu mérites du soutien. En parler, c'est une démarche saine.

# Question: a scenario about a friend who blames themselves.
q-friend-blames-self = Que pourrais-tu dire ?
    .situation = Une image de quelqu'un de proche a été partagée sans son consentement. Cette personne te dit : « C'est ma faute. Je n'aurais pas dû l'envoyer. »
    .hint = Qui a choisi de partager l'image ?
    .explanation = Lui dire que ce n'est pas sa faute, c'est le meilleur choix. Écouter et proposer de l'aider à trouver du soutien, c'est bien aussi. Être d'accord ou changer de sujet peut renforcer son sentiment de solitude.
# Action (best).
q-friend-blames-self-say-not-their-fault = « Ce n'est pas ta faute. C'est la personne qui l'a partagée qui a mal agi. »
    .feedback = Le meilleur choix. C'est vrai, et l'entendre de la bouche de quelqu'un de proche compte.
# Action (also good).
q-friend-blames-self-listen-and-offer-help = Écouter, puis proposer de l'aider à en parler à un adulte ou à utiliser Take It Down.
    .feedback = Bon choix. Du soutien et un plan, ça aide. Dire aussi que ce n'est pas sa faute, c'est encore mieux.
# Action (not helpful).
q-friend-blames-self-agree-it-was-a-mistake = « Ouais, c'était une erreur, mais ça va aller. »
    .feedback = Pas tout à fait. Ça peut sonner comme un reproche. La faute revient à la personne qui l'a partagée.
# Action (not helpful).
q-friend-blames-self-change-the-subject = Changer de sujet pour lui changer les idées.
    .feedback = Pas tout à fait. Ça peut donner l'impression que tu ne veux pas l'entendre. Reste à ses côtés et écoute.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez : si quelqu'un de proche vous confiait quelque chose de difficile, que voudriez-vous dire en premier ? Parlez des moments où un secret doit être confié à un adulte, de comment être honnête à ce sujet, et de comment les personnes qui aident peuvent prendre soin d'elles. Rappelez au groupe que ce n'est jamais la faute de la victime.
