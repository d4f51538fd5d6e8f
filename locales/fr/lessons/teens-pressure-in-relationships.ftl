# SafeSteps — MIT OR Apache-2.0

### Lesson: Pressure in relationships (ages 13–17).
### Readers are teenagers, some of them in a controlling relationship right now. Be direct, calm
### and respectful; never preachy. Never describe abuse or images. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Pression dans les relations
# One line under the lesson name.
lesson-summary = À quoi ressemble une relation saine en ligne, comment repérer le contrôle, et où trouver de l'aide.

# Card 1: what a healthy relationship looks like online.
card-healthy =
    Les histoires d'amour, les crushs et les amitiés fortes peuvent faire partie des meilleurs moments de l'adolescence. Une grande partie se passe sur le téléphone.
    Dans une relation saine, chacune des deux personnes se sent en sécurité et libre.
    Vous vous faites confiance sans vous surveiller.
    Chaque personne garde ses amis, son temps et son téléphone.
    Tu peux dire non, et l'autre l'accepte.
    Tu n'as pas peur de sa réaction.
# Card 2: signs of a controlling relationship online.
card-control-signs =
    Au début, le contrôle peut ressembler à de l'attention. Méfie-toi si quelqu'un :
    fouille ton téléphone, ou veut voir tes conversations ;
    exige tes mots de passe, ou ta position en permanence ;
    s'énerve si tu ne réponds pas vite ;
    te dit qui tu as le droit de suivre, à qui parler ou qui voir ;
    te pousse à envoyer des images, ou dit « Si tu m'aimais, tu le ferais ».
    Les menaces sont aussi un gros signal d'alerte. Par exemple, menacer de partager tes images, ou de se faire du mal si tu pars.
    Rien de tout ça n'est de l'amour. C'est du contrôle.
# Card 3: consent can be withdrawn.
card-consent-can-change =
    Tu peux changer d'avis à tout moment.
    Si tu as donné ton mot de passe, tu peux le changer.
    Si tu as activé le partage de position, tu peux le désactiver.
    Si tu as envoyé des images avant, tu peux dire non maintenant.
    Dire oui une fois, ça ne veut jamais dire oui pour toujours. Quelqu'un qui te respecte l'accepte.
    Si tu as peur de sa réaction, parles-en d'abord à un adulte de confiance. Il peut t'aider à préparer la suite.
# Card 4: not your fault.
card-not-your-fault =
    Si la personne avec qui tu sors te contrôle, te met la pression ou te menace, ce n'est pas ta faute.
    Ça n'a rien à voir avec ce que tu as fait ou pas fait. C'est la personne qui choisit de contrôler qui a tort.
    Ça peut arriver à n'importe qui, quel que soit son genre, dans n'importe quel type de relation.
    Ne plus savoir où tu en es, culpabiliser ou tenir encore à cette personne, c'est normal. Tu mérites quand même de te sentir en sécurité.
    Menacer de partager les images de quelqu'un est puni par la loi dans beaucoup de pays.
# Card 5: where to get help.
card-getting-help =
    Tu n'as pas à gérer ça sans soutien.
    Parles-en à un adulte de confiance : un parent, la personne qui s'occupe de toi, quelqu'un de ta famille, un prof ou une personne de ton école chargée d'écouter les élèves. Cet adulte doit t'écouter, pas te faire de reproches.
    Garde les messages de menace. Ensuite, bloque et signale la personne sur l'appli.
    Si tu te sens en danger en ce moment, appelle le numéro d'urgence de ton pays.
    Touche le bouton Aide pour trouver une ligne d'écoute dans ton pays. Beaucoup proposent un chat, si parler te semble trop difficile.

# Question: choose all that apply, about signs of control.
q-spot-control = Lesquels de ces comportements sont des signes d'une relation de contrôle ? Choisis toutes les bonnes réponses.
    .hint = Est-ce que ça te laisse libre, ou est-ce que ça t'enlève ta liberté ?
    .explanation = Fouiller ton téléphone, exiger tes mots de passe, suivre ta position et s'énerver à cause de tes amis, tout ça, c'est du contrôle. Te demander comment s'est passée ta journée et te laisser de l'espace, ce sont des signes d'attention.
# Answer option (sign of control).
q-spot-control-checks-your-phone = La personne fouille ton téléphone.
    .feedback = Oui. Ton téléphone et tes conversations t'appartiennent. Les fouiller, c'est du contrôle, pas de l'attention.
# Answer option (sign of control).
q-spot-control-demands-password = La personne exige tes mots de passe.
    .feedback = Oui. Exiger tes mots de passe, c'est une façon de te surveiller. Tu peux dire non.
# Answer option (sign of control).
q-spot-control-tracks-location = La personne veut ta position en direct tout le temps.
    .feedback = Oui. Avoir toujours besoin de savoir où tu es, c'est du contrôle.
# Answer option (sign of control).
q-spot-control-angry-about-friends = La personne s'énerve quand tu vois tes amis.
    .feedback = Oui. T'éloigner de tes amis est un signe de contrôle fréquent.
# Answer option (healthy).
q-spot-control-asks-about-your-day = La personne te demande comment s'est passée ta journée.
    .feedback = Pas tout à fait. C'est de l'intérêt normal. Ça devient un problème seulement si ça tourne à la surveillance.
# Answer option (healthy).
q-spot-control-gives-you-space = La personne est d'accord quand tu passes du temps avec tes amis.
    .feedback = Pas tout à fait. C'est un signe de relation saine. Se laisser de l'espace montre de la confiance.

# Question: a scenario about a partner demanding a password.
q-password-test = Que pourrais-tu faire au sujet du mot de passe ?
    .situation = La personne avec qui tu sors te dit : « Si tu n'as rien à cacher, donne-moi ton mot de passe. Moi, je t'ai donné le mien. »
    .hint = La confiance, est-ce que ça se prouve en renonçant à sa vie privée ?
    .explanation = Garder ton mot de passe pour toi, c'est le meilleur choix, et en parler à quelqu'un de confiance aide aussi. Le donner, ou en donner un ancien, fait durer la pression.
# Action (best).
q-password-test-keep-it-private = Dire non. Mon mot de passe est à moi, et la confiance n'en a pas besoin.
    .feedback = Le meilleur choix. Garder ton mot de passe pour toi, c'est normal et juste. Quelqu'un qui te respecte l'acceptera.
# Action (also good).
q-password-test-talk-to-someone = En parler à quelqu'un de proche ou à un adulte de confiance, pour dire ce que je ressens.
    .feedback = Bon choix. Quelqu'un de l'extérieur peut t'aider à voir ce qui se répète et à préparer la suite.
# Action (not helpful).
q-password-test-hand-it-over = Le donner pour prouver que je n'ai rien à cacher.
    .feedback = Pas tout à fait. Avoir une vie privée, ce n'est pas cacher quelque chose. Céder mène souvent à encore plus de surveillance. Si tu l'as déjà donné, tu peux le changer.
# Action (not helpful).
q-password-test-give-old-one = Donner un ancien mot de passe pour que la personne arrête de demander.
    .feedback = Pas tout à fait. Ça peut calmer la dispute pour l'instant, mais la pression reste là. Un non clair et du soutien marchent mieux.

# Question: single choice about constant texting.
q-always-texting = La personne avec qui tu sors t'écrit toute la journée pour savoir où tu es. Elle s'énerve si tu ne réponds pas dans les cinq minutes. Qu'est-ce que c'est ?
    .hint = Qu'est-ce que tu ressens : de l'attention, ou de la surveillance ?
    .explanation = C'est un comportement de contrôle. Tenir à quelqu'un, ça ne veut pas dire le surveiller ou s'énerver quand cette personne a autre chose à faire.
# Answer option (right).
q-always-texting-controlling = Un comportement de contrôle
    .feedback = Exact. Avoir besoin de savoir où tu es et s'énerver quand tu as autre chose à faire, c'est du contrôle.
# Answer option (wrong).
q-always-texting-proof-of-love = La preuve que la personne m'aime vraiment
    .feedback = Pas tout à fait. L'amour te laisse respirer. La surveillance et la colère, c'est du contrôle.
# Answer option (wrong).
q-always-texting-normal-for-everyone = C'est normal, tous les couples font ça
    .feedback = Pas tout à fait. Beaucoup de couples s'écrivent souvent, mais s'énerver quand tu ne réponds pas, ce n'est ni normal ni acceptable.

# Question: true or false about turning off location sharing.
q-stop-sharing-location = Tu peux arrêter de partager ta position avec la personne avec qui tu sors, même si tu avais dit oui avant.
    .hint = Le consentement peut-il changer avec le temps ?
    .explanation = Vrai. Tu peux changer d'avis sur le partage à tout moment. Si tu as peur de sa réaction, parles-en d'abord à un adulte de confiance.
# Feedback if the teen picks "true" (right).
q-stop-sharing-location-true =
    .feedback = Exact. Un oui avant, ce n'est pas un oui pour toujours. Ta position t'appartient.
# Feedback if the teen picks "false" (wrong).
q-stop-sharing-location-false =
    .feedback = Pas tout à fait. Tu peux toujours revenir sur un oui. Ça fait partie du consentement.

# Question: put the account steps in order.
q-lock-account-steps = Ton ex a encore ton mot de passe. Remets ces étapes dans l'ordre pour lui bloquer l'accès. (Si tu as peur de sa réaction, parles-en d'abord à un adulte de confiance.)
    .hint = Si tu déconnectes les autres appareils avant de changer le mot de passe, que pourrait faire ton ex ?
    .explanation = Change d'abord le mot de passe, pour que ton ex ne puisse pas se reconnecter. Puis déconnecte-toi de tous les autres appareils pour éjecter ton ex. Enfin, active la validation en deux étapes, pour qu'un mot de passe seul ne suffise plus la prochaine fois.
# Step 1.
q-lock-account-steps-change-password = Changer ton mot de passe
    .feedback = D'abord. Tant qu'il n'a pas changé, ton ex pourrait simplement se reconnecter.
# Step 2.
q-lock-account-steps-sign-out-everywhere = Te déconnecter de tous les autres appareils
    .feedback = Ensuite. Ça éjecte ton ex de tous les téléphones où le compte est encore connecté.
# Step 3.
q-lock-account-steps-turn-on-two-step = Activer la validation en deux étapes
    .feedback = Enfin. Maintenant, il faudrait aussi un code envoyé sur ton téléphone, pas seulement le mot de passe.

# Question: true or false about blame. The right answer is "false".
q-caused-it = Si la personne avec qui tu sors te contrôle, c'est à cause de quelque chose que tu as fait.
    .hint = Qui choisit comment cette personne se comporte ?
    .explanation = Faux. Ce n'est pas ta faute. Le contrôle est un choix que fait l'autre personne. Tu mérites de te sentir en sécurité, et il y a de l'aide.
# Feedback if the teen picks "true" (wrong).
q-caused-it-true =
    .feedback = Pas tout à fait. Rien de ce que tu fais ne rend le contrôle acceptable. C'est son choix, et ce n'est pas ta faute.
# Feedback if the teen picks "false" (right).
q-caused-it-false =
    .feedback = Exact. C'est la personne qui choisit de contrôler qui a tort. Tu peux avoir de l'aide à tout moment.

# Question: a scenario about a threat after a breakup.
q-breakup-threat = Que pourrais-tu faire face à cette menace ?
    .situation = Tu veux rompre. La personne avec qui tu sors t'écrit : « Si tu me quittes, toute l'école verra les photos que tu m'as envoyées. »
    .hint = C'est une menace. Qu'est-ce qui te protège et t'apporte du soutien ?
    .explanation = Garder les messages et en parler à un adulte de confiance, c'est le meilleur début. Signaler et bloquer, ça aide aussi. Rester ou envoyer plus lui donne encore plus de pouvoir. Ce n'est pas ta faute, et ce genre de menace peut être puni par la loi.
# Action (best).
q-breakup-threat-save-and-tell-adult = Garder les messages et en parler à un adulte de confiance.
    .feedback = Le meilleur choix. Les messages sont des preuves, et un adulte peut t'aider à signaler et à rester en sécurité.
# Action (also good).
q-breakup-threat-report-and-block = Faire une capture de la menace, puis signaler et bloquer la personne.
    .feedback = Bon choix. Garde d'abord les preuves, puis signale et bloque. En parler aussi à un adulte, c'est encore mieux. Take It Down peut aussi aider, même avant que quoi que ce soit soit partagé.
# Action (not helpful).
q-breakup-threat-stay-to-keep-calm = Rester avec la personne pour qu'elle ne le fasse pas.
    .feedback = Pas tout à fait. Rester à cause d'une menace lui donne le contrôle. Tu mérites du soutien, pas de la peur.
# Action (not helpful).
q-breakup-threat-send-more = Lui envoyer ce qu'elle veut pour qu'elle se calme.
    .feedback = Pas tout à fait. Céder mène en général à d'autres exigences. Si tu l'as déjà fait, ce n'est toujours pas ta faute, et tu peux avoir de l'aide.

# Question: choose all that apply, about who can help.
q-who-can-help = À qui pourrais-tu parler si une relation te semble contrôlante ? Choisis toutes les bonnes réponses.
    .hint = Pense aux gens qui sont de ton côté.
    .explanation = Un adulte de confiance, une personne de l'école chargée d'écouter les élèves, une ligne d'écoute et quelqu'un de proche en qui tu as confiance peuvent tous aider. Tout garder pour toi rend les choses plus difficiles. Touche le bouton Aide pour trouver une ligne d'écoute.
# Answer option (can help).
q-who-can-help-trusted-adult = Un parent, la personne qui s'occupe de moi ou un autre adulte de confiance
    .feedback = Oui. Cet adulte peut t'écouter et t'aider à préparer la suite.
# Answer option (can help).
q-who-can-help-school-counsellor = Un prof, ou une personne de l'école chargée d'écouter les élèves
    .feedback = Oui. Ces personnes connaissent ces situations et peuvent t'aider à trouver du soutien.
# Answer option (can help).
q-who-can-help-helpline = Une ligne d'écoute trouvée sur l'écran Aide
    .feedback = Oui. Les lignes d'écoute écoutent sans juger, et beaucoup proposent un chat.
# Answer option (can help).
q-who-can-help-trusted-friend = Quelqu'un de proche en qui j'ai confiance
    .feedback = Oui. Une personne proche peut te soutenir, et t'aider aussi à en parler à un adulte.
# Answer option (not a good choice).
q-who-can-help-no-one = Personne. C'est privé, entre nous.
    .feedback = Pas tout à fait. Le contrôle marche le mieux quand tu te retrouves sans personne à qui parler. En parler à quelqu'un, c'est un vrai pas en avant.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez : où est la limite entre prendre soin de quelqu'un et le contrôler en ligne ? Faites ensemble une liste d'exemples. Parlez de comment revenir sur un oui sans se mettre en danger, des personnes à qui en parler, et rappelez au groupe que ce n'est jamais la faute de la personne contrôlée.
