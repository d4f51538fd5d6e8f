# SafeSteps — MIT OR Apache-2.0

### Lesson: Sextortion, what to do (ages 13–17).
### Readers are teenagers, often alone and possibly in the middle of it. Be direct, calm and
### respectful; never preachy. Never describe images or acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Sextorsion : que faire
# One line under the lesson name.
lesson-summary = Si quelqu'un menace de partager une image de toi, voici ce qui aide, étape par étape.

# Card 1: what sextortion is, without detail.
card-what-it-is =
    La sextorsion, c'est quand quelqu'un menace de partager un nude ou une image sexuelle de toi si tu ne paies pas, si tu n'en envoies pas d'autres ou si tu ne fais pas ce qu'il exige.
    L'image peut être vraie, ou fausse, ou retouchée.
    Souvent, c'est un inconnu qui se fait passer pour quelqu'un de ton âge, gagne vite ta confiance, puis passe aux menaces.
    Parfois, c'est quelqu'un que tu connais, comme un ex ou quelqu'un de ton école.
    Ça arrive en DM, dans les jeux et sur les réseaux sociaux, et ça peut arriver à n'importe qui.
# Card 2: a crime, never the teen's fault; you can say no.
card-not-your-fault =
    La sextorsion est un crime, et ce n'est pas ta faute, même si tu as partagé une image.
    C'est la personne qui te menace qui enfreint la loi.
    Tu peux dire non, même si tu as déjà envoyé quelque chose.
    Avoir peur, avoir honte ou paniquer, c'est normal. D'autres ont vécu ça aussi, et des gens peuvent t'aider.
# Card 3: what to do right now.
card-what-to-do =
    Ne paie pas et n'envoie rien d'autre. Payer arrête rarement les menaces ; en général, la personne en redemande encore plus.
    Arrête de répondre.
    Ne supprime ni ton compte ni la conversation. Fais des captures d'écran des messages et de son profil (pas de l'image), et garde les pseudos et les liens.
    Ensuite, signale et bloque le compte sur l'appli.
    Si tu as déjà payé, ça va quand même aller. Arrête de payer et demande de l'aide maintenant.
# Card 4: who to tell and where to report.
card-get-help =
    Parles-en à un adulte de confiance : un parent, la personne qui s'occupe de toi, quelqu'un de ta famille, un prof ou une personne de ton école chargée d'écouter les élèves. Cet adulte ne doit pas te faire de reproches ; son rôle, c'est de t'aider.
    Signale le compte sur l'appli pour qu'elle puisse agir.
    Aux États-Unis, signale-le à la CyberTipline du NCMEC sur report.cybertip.org ou au 1-800-843-5678. Le NCMEC transmet les signalements à la police, qui peut agir.
    Ailleurs, touche le bouton Aide pour savoir où signaler, ou va voir la police.
    Ne transfère l'image à personne, même pas pour montrer à quelqu'un de proche ce qui se passe.
# Card 5: Take It Down and the Help button.
card-take-it-down =
    Take It Down (takeitdown.ncmec.org) est un service gratuit du NCMEC. Il peut aider à retirer les nudes ou les images sexuelles de mineurs des applis et des sites qui participent.
    Il crée une empreinte numérique de l'image, appelée hash, sur ton propre appareil. Seul le hash est envoyé, jamais l'image.
    Si c'est trop lourd, parles-en maintenant à un adulte de confiance, ou touche le bouton Aide pour trouver des personnes qui peuvent t'aider dans ton pays.

# Question: a scenario. The situation is shown first, then the question.
q-first-move = Quelle est une bonne première chose à faire ?
    .situation = Tu discutais avec quelqu'un qui disait avoir 16 ans. Après que tu as partagé une photo, cette personne t'écrit : « Paie maintenant ou j'envoie ça à tous tes abonnés. Tu as une heure. »
    .hint = Le délai est là pour te faire paniquer. Qu'est-ce qui te protège et t'apporte de l'aide ?
    .explanation = Arrêter, garder les preuves et en parler à un adulte de confiance, c'est le meilleur début. Garder les preuves, signaler et bloquer, ça aide aussi. Payer arrête rarement les menaces, et tout supprimer fait perdre les preuves. Si tu as déjà fait l'un ou l'autre, tu peux quand même avoir de l'aide.
# Action (best).
q-first-move-stop-save-tell = Arrêter de répondre, garder les messages, et en parler à un adulte de confiance.
    .feedback = Le meilleur choix. Tu gardes les preuves, tu arrêtes la pression, et tu as quelqu'un de ton côté.
# Action (also good).
q-first-move-screenshot-block-report = Faire des captures des messages et du profil, puis signaler et bloquer le compte.
    .feedback = Bon choix. Garder les preuves et signaler, ça aide vraiment. En parler aussi à un adulte de confiance, c'est encore mieux.
# Action (not helpful).
q-first-move-pay-once = Payer une fois pour que la personne parte.
    .feedback = Pas tout à fait. Payer arrête rarement la personne ; en général, elle en demande plus. Si tu as déjà payé, tu peux quand même avoir de l'aide.
# Action (not helpful).
q-first-move-delete-everything = Supprimer mon compte et la conversation tout de suite.
    .feedback = Pas tout à fait. C'est normal de vouloir tout faire disparaître, mais supprimer fait perdre les preuves. Garde ton compte et la conversation pour l'instant, fais des captures, puis signale et demande de l'aide.

# Question: put the steps in order.
q-steps = Quelqu'un te menace. Remets dans l'ordre ces étapes à faire dans l'appli. (Tu peux en parler à un adulte de confiance à tout moment.)
    .hint = Quelle étape serait difficile à faire une fois le compte bloqué ?
    .explanation = D'abord, arrête de répondre pour que ça n'empire pas. Garde les preuves avant que quelque chose disparaisse. Signale pendant que tu vois encore le compte, puis bloque. Parles-en à un adulte de confiance à tout moment ; le plus tôt est le mieux.
# Step 1.
q-steps-stop-replying = Arrêter de répondre
    .feedback = On commence par arrêter. Tu ne leur dois aucune réponse, et répondre leur donne plus de prise.
# Step 2.
q-steps-save-evidence = Garder des captures d'écran, les pseudos et les liens
    .feedback = Garde les preuves tôt. Le compte ou les messages pourraient disparaître plus tard.
# Step 3.
q-steps-report-account = Signaler le compte sur l'appli
    .feedback = Signale pendant que tu vois encore le profil, pour que l'appli puisse agir.
# Step 4.
q-steps-block-account = Bloquer le compte
    .feedback = Bloque en dernier, une fois que tu as gardé les preuves et signalé. Ensuite, ils ne peuvent plus te joindre là.

# Question: choose all that apply.
q-evidence = Lesquelles de ces actions sont de bonnes façons de garder des preuves ? Choisis toutes les bonnes réponses.
    .hint = Les preuves montrent qui c'est et ce qui a été dit.
    .explanation = Les captures d'écran, les pseudos et les liens vers le profil aident l'appli, le NCMEC ou la police à agir. Supprimer la conversation fait perdre les preuves, et transférer l'image la diffuse.
# Answer option (helps).
q-evidence-screenshots = Faire des captures d'écran des messages
    .feedback = Les captures montrent exactement ce qui a été dit, et quand.
# Answer option (helps).
q-evidence-username = Noter le pseudo
    .feedback = Un pseudo aide l'appli et les autres à trouver le compte.
# Answer option (helps).
q-evidence-profile-link = Copier le lien du profil
    .feedback = Un lien de profil mène directement au compte.
# Answer option (does not help).
q-evidence-delete-chat = Supprimer la conversation
    .feedback = Pas tout à fait. Supprimer la conversation fait perdre les preuves. Garde-la et fais des captures.
# Answer option (does not help).
q-evidence-forward-image = Transférer l'image à quelqu'un de proche
    .feedback = Pas tout à fait. Transférer l'image la diffuse. Garde les messages, pas des copies de l'image.

# Question: single choice about what paying usually leads to.
q-what-paying-does = Que se passe-t-il en général si tu paies ?
    .hint = Que font souvent les gens qui menacent, une fois qu'ils ont obtenu ce qu'ils demandaient ?
    .explanation = Payer arrête rarement les menaces. En général, ils en demandent plus. Arrête plutôt de répondre, garde les preuves et demande de l'aide.
# Answer option (right).
q-what-paying-does-asks-for-more = Ils en demandent plus, et les menaces continuent souvent.
    .feedback = Exact. Payer met rarement fin à tout ça. Demander de l'aide est plus efficace.
# Answer option (wrong).
q-what-paying-does-deletes-it = Ils suppriment l'image et te laissent tranquille.
    .feedback = Pas tout à fait. Impossible de savoir s'ils vont supprimer quoi que ce soit, et la plupart en demandent plus. Si tu as déjà payé, tu peux quand même avoir de l'aide.
# Answer option (wrong).
q-what-paying-does-only-way = Les menaces s'arrêtent pour de bon, car payer est la seule solution.
    .feedback = Pas tout à fait. Signaler, bloquer et en parler à un adulte de confiance sont de meilleures façons de faire arrêter ça.

# Question: true or false about having paid already.
q-already-paid = Si tu as déjà payé, tu peux quand même avoir de l'aide.
    .hint = Est-ce qu'il y a un moment où l'aide n'est plus là pour toi ?
    .explanation = Oui. Même si tu as payé ou envoyé d'autres images, ce n'est pas ta faute, et il y a de l'aide. Arrête de payer, garde les messages et parles-en à quelqu'un de confiance.
# Feedback if the teen picks "true" (right).
q-already-paid-true =
    .feedback = Exact. Si tu as déjà payé, ça va quand même aller. Arrête de payer, garde les messages, et demande de l'aide maintenant.
# Feedback if the teen picks "false" (wrong).
q-already-paid-false =
    .feedback = Pas tout à fait. Tu peux avoir de l'aide à tout moment. Avoir payé une fois ne t'enlève pas ton droit à de l'aide.

# Question: true or false about saying no after sharing before.
q-say-no-again = Tu peux refuser d'en envoyer plus, même si tu as déjà partagé une image avant.
    .hint = Dire oui une fois, est-ce que ça veut dire qu'il faut toujours dire oui ?
    .explanation = Oui. Avoir partagé une fois ne t'oblige jamais à recommencer. Tu peux dire non à tout moment.
# Feedback if the teen picks "true" (right).
q-say-no-again-true =
    .feedback = Exact. Tu peux toujours dire non, quoi qu'il se soit passé avant.
# Feedback if the teen picks "false" (wrong).
q-say-no-again-false =
    .feedback = Pas tout à fait. Tu peux toujours dire non, même si tu as déjà partagé avant. Avoir partagé une fois ne t'oblige jamais à recommencer.

# Question: single choice about how Take It Down protects privacy.
q-take-it-down-privacy = Take It Down est un outil gratuit du NCMEC qui aide à retirer les nudes de mineurs. Comment protège-t-il ta vie privée ?
    .hint = Pense à ce dont les applis ont vraiment besoin pour repérer une copie.
    .explanation = Take It Down crée un hash, une empreinte numérique, sur ton propre appareil. Seul le hash est envoyé, jamais l'image elle-même.
# Answer option (right).
q-take-it-down-privacy-hash-only = Seule une empreinte numérique (un hash) quitte ton appareil, pas l'image.
    .feedback = Exact. L'image reste sur ton appareil. Les applis qui participent utilisent le hash pour trouver les copies.
# Answer option (wrong).
q-take-it-down-privacy-upload-image = Tu envoies l'image à l'équipe du NCMEC pour qu'elle la regarde.
    .feedback = Pas tout à fait. Tu n'envoies jamais l'image. Seul un hash, une empreinte numérique, quitte ton appareil.
# Answer option (wrong).
q-take-it-down-privacy-name-published = Ton nom est transmis aux applis.
    .feedback = Pas tout à fait. Take It Down n'a pas besoin de ton nom. Seul le hash est envoyé.

# Question: a scenario about helping a friend.
q-friend-panicking = Que pourrais-tu faire ?
    .situation = Quelqu'un de proche te confie qu'une personne menace de poster une photo de lui ou d'elle. En pleine panique, il ou elle te dit : « Ne le dis à personne. »
    .hint = Cette personne a besoin de soutien, et d'un adulte qui peut agir.
    .explanation = Écoute, rappelle-lui que ce n'est pas sa faute, et aide-la à impliquer un adulte de confiance. L'aider à garder les preuves et à signaler, c'est bien aussi. Garder le secret ou payer la laisse affronter ça sans soutien.
# Action (best).
q-friend-panicking-listen-and-get-adult = Écouter, lui dire que ce n'est pas sa faute, et l'aider à en parler à un adulte de confiance.
    .feedback = Le meilleur choix. Tu restes de son côté et tu l'aides à avoir une vraie aide. Un secret qui laisse quelqu'un de proche en danger, c'est un secret à confier à un adulte.
# Action (also good).
q-friend-panicking-help-save-and-report = L'aider à garder les messages et à signaler le compte.
    .feedback = Bon choix. Garder les preuves et signaler, ça aide. Un adulte de confiance peut aider encore plus.
# Action (not helpful).
q-friend-panicking-keep-the-secret = Garder le secret, comme demandé.
    .feedback = Pas tout à fait. Ça peut sembler loyal, mais ça laisse cette personne seule face à un crime. Aide-la à en parler à un adulte de confiance.
# Action (not helpful).
q-friend-panicking-tell-them-to-pay = Lui dire de payer pour que ça s'arrête.
    .feedback = Pas tout à fait. Payer met rarement fin à tout ça ; en général, ils en demandent plus. Aide cette personne à arrêter de répondre et à demander de l'aide.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez : pourquoi les personnes qui menacent des ados utilisent-elles des délais et la panique ? Qu'est-ce qui rendrait plus facile d'en parler à un adulte ? Parlez de ce qui se passe après un signalement, et rappelez au groupe que ce n'est jamais la faute de la victime.
