# SafeSteps — MIT OR Apache-2.0

### Lesson: How children are targeted online (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Describe tactics, feelings and actions only; never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Comment les enfants sont approchés en ligne
# One line under the lesson name.
lesson-summary = Découvrez les façons courantes dont certaines personnes cherchent à gagner la confiance d'un enfant en ligne, pour les repérer tôt et pouvoir aider.

# Card 1: where contact happens; technology framed positively.
card-where-it-happens =
    Les jeux, les réseaux sociaux et les messageries tiennent une grande place dans la façon dont les enfants jouent, apprennent et gardent le contact avec leurs amis. La plupart de ce temps leur fait du bien.
    Les personnes qui veulent faire du mal aux enfants vont là où se trouvent les enfants : les jeux populaires, le chat vocal des jeux, les applis de vidéos et les groupes de discussion.
    Le contact commence souvent dans un espace public, comme le salon d'attente d'un jeu ou une section de commentaires.
    Comprendre comment fonctionnent ces espaces vous aide à repérer les problèmes tôt, sans interdire ce que votre enfant aime.
# Card 2: it is often someone the child knows, not only strangers.
card-who-it-can-be =
    Mettre en garde contre les inconnus ne suffit pas. La plupart des personnes qui font du mal aux enfants sont connues de l'enfant.
    Il peut s'agir d'un adulte de son entourage, d'un adolescent plus âgé, ou d'un enfant du même âge.
    Il peut aussi s'agir d'un « ami » en ligne avec qui l'enfant discute depuis des semaines. Cette personne peut se faire passer pour plus jeune, ou prétendre avoir les mêmes passions, pour avoir l'air d'un ami.
    Parlez donc des comportements, pas seulement de qui est la personne. Toute personne qui demande des secrets ou repousse les limites doit vous alerter.
# Card 3: how trust is built: flattery, attention and gifts.
card-building-trust =
    La confiance se construit souvent lentement. Voici quelques techniques courantes.
    Beaucoup de compliments et d'attention, comme « Tu es tellement mature » ou « Il n'y a que moi qui te comprends ».
    Des cadeaux, de l'argent, des cartes cadeaux, ou de la monnaie virtuelle et des skins dans les jeux.
    Prendre le parti de votre enfant lors d'un conflit avec ses amis ou sa famille.
    Être présent tard le soir, quand les autres dorment.
    Les cadeaux peuvent donner à un enfant l'impression de devoir quelque chose en retour. Les compliments peuvent lui donner le sentiment d'être unique et compris.
# Card 4: secrecy, moving to private chat, pressure and threats.
card-secrecy-and-pressure =
    Ensuite, la personne cherche souvent à couper l'enfant de toute aide.
    Elle peut lui demander de garder leurs échanges secrets, ou dire que ses parents « ne comprendront pas ».
    Elle peut proposer de passer sur une discussion privée ou une autre appli, où personne d'autre ne peut voir.
    Puis le ton peut changer. Elle peut insister pour obtenir des photos ou des appels vidéo, culpabiliser l'enfant ou lui faire des menaces.
    Les menaces et la honte servent à faire taire un enfant. C'est pour cela que beaucoup d'enfants n'en parlent pas tout de suite.
# Card 5: never the child's fault; someone to talk to.
card-never-their-fault =
    Ce n'est jamais la faute de l'enfant. Ces techniques sont pensées pour tromper, et elles fonctionnent aussi sur les adultes.
    Si votre enfant a reçu des compliments, accepté des cadeaux ou gardé un secret, c'est la personne qui a ciblé votre enfant qui est responsable.
    Dites à votre enfant : « Tu peux toujours venir me voir. Si tu m'en parles, tu ne perdras ni mon amour ni mon soutien. »
    Si vous vous inquiétez en ce moment, parlez-en à quelqu'un de confiance, ou touchez le bouton Aide pour trouver du soutien dans votre pays.

# Question: single choice about in-game currency given with a request for secrecy.
q-free-currency = Un joueur que votre enfant de 10 ans a rencontré dans un jeu lui envoie de la monnaie virtuelle et lui écrit : « Ne le dis pas à tes parents, ils vont te la faire rendre. » De quoi s'agit-il le plus probablement ?
    .hint = Regardez les deux parties du message, pas seulement le cadeau.
    .explanation = Un cadeau associé à une demande de secret est une technique courante. Il crée un sentiment de dette et tient les adultes à l'écart. Une discussion calme avec votre enfant est une bonne prochaine étape.
# Answer option (right).
q-free-currency-common-tactic = Une technique courante pour créer de la confiance et du secret
    .feedback = Oui. Le cadeau crée un sentiment de dette, et le secret vous tient à l'écart. Ce sont deux signaux d'alerte.
# Answer option (wrong).
q-free-currency-just-generous = Un joueur généreux qui fait preuve de gentillesse
    .feedback = Pas tout à fait. Un joueur bienveillant n'a pas besoin qu'un cadeau soit caché aux parents. C'est le secret qui doit alerter.
# Answer option (wrong).
q-free-currency-normal-trade = Un échange normal entre joueurs
    .feedback = Pas tout à fait. Rien n'a été échangé. Un cadeau accompagné de « ne le dis pas » est une technique courante.

# Question: true or false about strangers. The right answer is "false".
q-mostly-strangers = La plupart des personnes qui font du mal aux enfants sont des inconnus rencontrés en ligne.
    .hint = Pensez à qui a le plus de facilité pour gagner la confiance d'un enfant.
    .explanation = La plupart des personnes qui font du mal aux enfants sont des gens que ces enfants connaissent. Cela inclut des adultes de leur entourage, des adolescents plus âgés, des enfants du même âge et des « amis » en ligne qui gagnent leur confiance.
# Feedback if the caregiver picks "true" (wrong).
q-mostly-strangers-true =
    .feedback = Pas tout à fait. Les inconnus peuvent représenter un risque, mais la plupart des personnes qui font du mal aux enfants sont connues de l'enfant. Parlez des comportements, pas seulement des inconnus.
# Feedback if the caregiver picks "false" (right).
q-mostly-strangers-false =
    .feedback = Exact. La plupart sont connues de l'enfant, ou deviennent d'abord des « amis » en ligne. Faites attention aux comportements comme les secrets et la pression.

# Question: multiple choice, "choose all that apply".
q-which-tactics = Lesquels de ces comportements sont des techniques couramment utilisées pour cibler les enfants ? Choisissez toutes les bonnes réponses.
    .hint = Pour chacune, demandez-vous : est-ce que ça crée un lien, cache le contact ou met la pression à l'enfant ?
    .explanation = La flatterie, les cadeaux, le secret, le passage en discussion privée et les menaces sont des techniques courantes. Les mots sympathiques après une partie et le jeu en équipe font normalement partie du jeu en ligne.
# Answer option (a tactic).
q-which-tactics-flattery = Beaucoup de compliments, comme « Tu es tellement mature pour ton âge »
    .feedback = Oui. Des compliments appuyés peuvent donner à un enfant le sentiment d'être unique et compris par cette seule personne.
# Answer option (a tactic).
q-which-tactics-gifts = Des cadeaux, de l'argent ou de la monnaie virtuelle de jeu
    .feedback = Oui. Les cadeaux peuvent donner à un enfant l'impression de devoir quelque chose en retour.
# Answer option (a tactic).
q-which-tactics-keep-it-secret = Demander à l'enfant de garder les échanges secrets
    .feedback = Oui. Le secret tient les adultes de confiance à l'écart, si bien que personne ne peut aider.
# Answer option (a tactic).
q-which-tactics-move-to-private-chat = Demander de passer sur une discussion privée ou une autre appli
    .feedback = Oui. Un espace privé signifie que personne d'autre ne peut voir ce qui se dit.
# Answer option (a tactic).
q-which-tactics-threats = Des menaces ou de la culpabilisation quand l'enfant veut arrêter
    .feedback = Oui. Les menaces et la culpabilisation servent à faire taire l'enfant et à garder le contact.
# Answer option (not a tactic).
q-which-tactics-says-good-game = Dire « bien joué » après une partie
    .feedback = Pas tout à fait. À lui seul, c'est un échange normal et amical dans un jeu.
# Answer option (not a tactic).
q-which-tactics-same-team = Jouer dans la même équipe que votre enfant
    .feedback = Pas tout à fait. Jouer en équipe fait normalement partie du jeu en ligne. Faites plutôt attention aux secrets, aux cadeaux et à la pression.

# Question: put the common stages in order.
q-pattern = Le ciblage suit souvent un schéma. Remettez ces étapes dans leur ordre habituel.
    .hint = La confiance doit exister avant que quelqu'un puisse s'en servir.
    .explanation = D'abord le contact, puis la confiance, puis l'isolement de l'enfant, puis la pression. Chaque situation est différente, mais connaître le schéma vous aide à intervenir tôt.
# Step 1.
q-pattern-make-contact = Établir le contact dans un jeu, une appli ou un chat
    .feedback = Le contact commence en général dans un endroit où les enfants passent déjà du temps.
# Step 2.
q-pattern-build-trust = Gagner la confiance avec des compliments, de l'attention et des cadeaux
    .feedback = La confiance vient ensuite. Les compliments et les cadeaux donnent à l'enfant le sentiment d'être unique.
# Step 3.
q-pattern-cut-off = Demander le secret et passer sur une discussion privée
    .feedback = Puis la personne coupe l'enfant des adultes qui pourraient l'aider.
# Step 4.
q-pattern-pressure = Exiger davantage, par la culpabilisation ou les menaces
    .feedback = La pression arrive souvent en dernier, quand l'enfant ne voit plus comment s'en sortir.

# Question: a scenario. The situation is shown first, then the question.
q-child-tells-you = Quelle est une bonne façon de réagir ?
    .situation = Votre enfant de 11 ans vous raconte qu'un ami en ligne rencontré dans un jeu lui a proposé de discuter sur une autre appli en lui disant : « Ne le dis pas à ta mère. » Votre enfant semble craindre que vous vous fâchiez.
    .hint = Votre réaction maintenant influence le fait que votre enfant vous en parle ou non la prochaine fois.
    .explanation = Restez calme, remerciez votre enfant et regardez la conversation ensemble. Puis enregistrez, bloquez et signalez. Confisquer les appareils ou gronder peut apprendre à un enfant à cacher les choses.
# Action (best).
q-child-tells-you-calm-thank-look-together = Rester calme, remercier votre enfant d'en avoir parlé, et regarder la conversation ensemble.
    .feedback = Le meilleur choix. Votre enfant apprend que vous parler est sans risque. Vous pouvez ensuite prévoir ensemble la suite.
# Action (also good).
q-child-tells-you-help-save-block-report = L'aider à enregistrer les messages, puis bloquer et signaler le compte.
    .feedback = Bon choix. Enregistrer d'abord permet de garder les preuves. Veillez aussi à dire à votre enfant : « Tu as bien fait de m'en parler. »
# Action (not helpful).
q-child-tells-you-take-device-away = Lui confisquer son appareil pendant un mois pour que ça ne se reproduise pas.
    .feedback = Cela peut être vécu comme une punition pour avoir parlé. La prochaine fois, votre enfant risque de se taire.
# Action (not helpful).
q-child-tells-you-scold-for-chatting = Gronder votre enfant pour ses discussions avec des gens en ligne.
    .feedback = Votre enfant a bien fait de vous en parler. Gronder peut lui donner le sentiment d'avoir mal agi, alors que ce n'est pas sa faute.

# Question: sort behaviours into two groups.
q-sign-or-fine = Classez chaque comportement d'une personne que votre enfant a rencontrée en ligne.
    .hint = Ce comportement cache-t-il le contact ou crée-t-il une dette, ou s'agit-il d'un jeu normal ?
    .explanation = Les secrets, les cadeaux et le souhait d'être seul avec un enfant en vidéo sont des signaux d'alerte. Un compliment sur une construction dans un jeu et jouer avec des camarades de classe sont en général sans problème.
# Group name.
q-sign-or-fine-warning-sign = Signal d'alerte
# Group name.
q-sign-or-fine-usually-fine = En général sans problème
# Item to sort (warning sign).
q-sign-or-fine-asks-for-secrecy = Demande à votre enfant de garder leurs échanges secrets
    .feedback = Le secret vous tient à l'écart. C'est un signal d'alerte.
# Item to sort (warning sign).
q-sign-or-fine-sends-gift-cards = Envoie des cartes cadeaux sans raison claire
    .feedback = Des cadeaux sans raison peuvent créer un sentiment de dette. C'est un signal d'alerte.
# Item to sort (warning sign).
q-sign-or-fine-asks-to-video-alone = Veut un appel vidéo quand aucun adulte n'est là
    .feedback = Vouloir se retrouver seul avec votre enfant devant une caméra est un signal d'alerte.
# Item to sort (usually fine).
q-sign-or-fine-praises-a-build = Dit « trop bien, ta construction » à propos du monde de jeu de votre enfant
    .feedback = Un commentaire sympathique sur un jeu est, à lui seul, en général sans problème.
# Item to sort (usually fine).
q-sign-or-fine-plays-with-classmates = Joue en groupe avec des camarades de classe de votre enfant
    .feedback = Jouer en groupe avec des amis que votre enfant connaît est en général sans problème.

# Question: true or false about peers. The right answer is "true".
q-peers-too = Un enfant du même âge peut aussi mettre la pression à un autre enfant en ligne.
    .hint = Repensez à qui cela peut être.
    .explanation = Oui. La pression peut venir d'autres jeunes, comme des camarades de classe ou des amis, et pas seulement d'adultes. Les mêmes signaux d'alerte s'appliquent.
# Feedback if the caregiver picks "true" (right).
q-peers-too-true =
    .feedback = Exact. D'autres jeunes peuvent insister pour obtenir des photos, des secrets ou davantage. Parlez des comportements, quel que soit l'âge de l'autre personne.
# Feedback if the caregiver picks "false" (wrong).
q-peers-too-false =
    .feedback = Pas tout à fait. Des enfants peuvent aussi mettre la pression à d'autres enfants. Faites attention au comportement, pas seulement à l'âge.

# Question: single choice about who is responsible.
q-who-is-responsible = Un enfant a accepté des cadeaux et gardé des échanges secrets pendant des semaines avant d'en parler. Qui est responsable de ce qui s'est passé ?
    .hint = Qui a planifié ces techniques ?
    .explanation = C'est la personne qui a ciblé l'enfant qui est responsable. Ces techniques sont conçues pour fonctionner. Ce n'est pas la faute de l'enfant, et ce n'est pas le signe d'un manque de soin de la part des parents.
# Answer option (right).
q-who-is-responsible-the-offender = La personne qui a ciblé l'enfant
    .feedback = Oui. Elle a tout planifié. Votre enfant a besoin d'entendre que ce n'est pas sa faute.
# Answer option (wrong).
q-who-is-responsible-the-child = L'enfant, qui a gardé le secret
    .feedback = Pas tout à fait. Garder le secret faisait partie du piège. L'enfant n'est jamais responsable.
# Answer option (wrong).
q-who-is-responsible-the-parent = Le parent, parce qu'il n'a pas vérifié les échanges
    .feedback = Pas tout à fait. Ces techniques sont cachées exprès. C'est la personne qui a ciblé l'enfant qui est responsable.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Essayez de demander : « Si quelqu'un en ligne t'offrait un cadeau et te demandait de garder le secret, que ferais-tu ? » Écoutez d'abord. Puis mettez-vous d'accord ensemble : « Tu peux toujours m'en parler, et tu ne perdras pas tes jeux parce que tu m'en as parlé. »
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez au groupe : pourquoi les mises en garde contre les inconnus passent-elles à côté de la plupart des risques ? Listez les techniques de la leçon, puis discutez de ce qui aide un enfant à en parler tôt à un adulte.
