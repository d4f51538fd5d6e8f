# SafeSteps — MIT OR Apache-2.0

### Lesson: Warning signs to notice (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Signs are clues, not proof. Never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Les signes à repérer
# One line under the lesson name.
lesson-summary = Quels changements chez votre enfant méritent votre attention, ce qu'ils peuvent vouloir dire ou non, et comment réagir avec calme.

# Card 1: changes around devices, gifts and new contacts.
card-device-changes =
    Souvent, les enfants ne disent pas avec des mots que quelque chose ne va pas. Des changements de comportement peuvent être des indices.
    Remarquez un nouveau goût du secret autour des écrans : votre enfant cache l'écran, change vite d'appli quand vous entrez, ou a de nouveaux comptes dont vous ignoriez l'existence.
    Remarquez de nouveaux cadeaux, de l'argent, des cartes cadeaux ou de la monnaie virtuelle de jeu que votre enfant ne sait pas expliquer.
    Remarquez un nouvel « ami » plus âgé, ou dont votre enfant parle beaucoup mais que vous ne rencontrez jamais.
# Card 2: changes in mood and sleep.
card-mood-and-sleep =
    D'autres changements touchent à l'humeur et à la vie de tous les jours.
    Votre enfant peut s'éloigner de la famille ou de ses amis, ou arrêter des activités appréciées jusque-là.
    Votre enfant peut sembler triste, sur les nerfs, en colère, ou se renfermer après avoir été en ligne, ou après avoir reçu un message.
    Votre enfant peut très mal réagir si vous parlez de retirer l'appareil.
    Le sommeil peut changer : être en ligne tard le soir, ou sembler manquer de sommeil en permanence.
    Votre enfant peut avoir soudain des inquiétudes à propos de son corps, ou parler d'un sentiment de honte.
# Card 3: what signs do and don't mean.
card-what-signs-mean =
    Un signe est un indice, pas une preuve. Beaucoup de ces changements ont d'autres causes : stress à l'école, dispute entre amis, harcèlement, ou puberté.
    Vouloir plus d'intimité en grandissant est normal aussi.
    Ce qui compte davantage, c'est un changement soudain, ou plusieurs signes en même temps.
    Si votre intuition vous dit que quelque chose ne va pas, une discussion calme vaut la peine. Vous n'avez pas besoin de preuve pour prendre des nouvelles de votre enfant.
# Card 4: how to respond calmly; not the child's fault.
card-respond-calmly =
    Choisissez un moment calme, comme une promenade ou un trajet en voiture. Côte à côte, c'est souvent plus facile que face à face.
    Dites ce que vous avez remarqué, sans reproche : « Tu n'as pas l'air bien après avoir été en ligne. Je suis là si quelque chose se passe. »
    Posez des questions ouvertes, et écoutez plus que vous ne parlez.
    Évitez d'arracher le téléphone ou de faire des menaces. Cela peut apprendre à votre enfant à cacher les choses.
    Si votre enfant vous confie quelque chose, dites-lui merci. Ce n'est pas sa faute, et votre enfant a besoin de l'entendre de votre bouche.
# Card 5: next steps and someone to talk to.
card-if-something-is-wrong =
    Si votre enfant vous dit que quelqu'un lui a mis la pression, lui a tendu un piège ou lui a fait des menaces, restez à ses côtés et gardez votre calme.
    Enregistrez les messages et les pseudos avant de bloquer qui que ce soit. Puis signalez le compte sur l'appli.
    Nos autres leçons expliquent le signalement plus en détail.
    Vous n'avez pas à gérer cela sans aide. Parlez-en à quelqu'un de confiance, ou touchez le bouton Aide pour trouver du soutien dans votre pays.

# Question: multiple choice, "choose all that apply".
q-which-signs = Lesquels de ces changements pourraient être des signes à remarquer ? Choisissez toutes les bonnes réponses.
    .hint = Cherchez le secret, ce qui ne s'explique pas, et les changements d'humeur.
    .explanation = Cacher l'écran, des cadeaux inexpliqués, un nouvel ami en ligne plus âgé et un mal-être après avoir été en ligne méritent votre attention. Un nouveau jeu ou des discussions avec des camarades de classe font normalement partie du fait de grandir.
# Answer option (worth noticing).
q-which-signs-hides-screen = Cache l'écran ou change d'appli quand vous approchez
    .feedback = Oui. Un nouveau goût du secret autour des écrans mérite votre attention, surtout s'il est soudain.
# Answer option (worth noticing).
q-which-signs-unexplained-gifts = A des cartes cadeaux ou de la monnaie virtuelle de jeu sans pouvoir l'expliquer
    .feedback = Oui. Les cadeaux peuvent servir à créer de la confiance et un sentiment de dette.
# Answer option (worth noticing).
q-which-signs-older-friend = Parle beaucoup d'un nouvel ami en ligne plus âgé
    .feedback = Oui. Un « ami » plus âgé que vous n'avez jamais rencontré mérite une question posée calmement.
# Answer option (worth noticing).
q-which-signs-upset-after-online = Semble triste ou avoir peur après avoir été en ligne
    .feedback = Oui. Un mal-être après avoir été en ligne est un indice que quelque chose ne va peut-être pas.
# Answer option (usually normal).
q-which-signs-new-favourite-game = A un nouveau jeu préféré
    .feedback = Pas tout à fait. Les nouveaux centres d'intérêt sont normaux. Posez des questions par curiosité, pas par inquiétude.
# Answer option (usually normal).
q-which-signs-chats-with-classmates = Discute avec des camarades de classe après l'école
    .feedback = Pas tout à fait. Garder le contact avec ses amis est une partie saine de la vie en ligne.

# Question: true or false about a single sign. The right answer is "false".
q-one-sign-proves = Un seul signal d'alerte prouve que votre enfant subit des violences.
    .hint = Pensez aux autres raisons pour lesquelles l'humeur ou les habitudes d'un enfant peuvent changer.
    .explanation = Un seul signe est un indice, pas une preuve. Beaucoup de signes ont d'autres causes. Un changement soudain ou plusieurs signes en même temps justifient une discussion calme.
# Feedback if the caregiver picks "true" (wrong).
q-one-sign-proves-true =
    .feedback = Pas tout à fait. Un signe peut avoir beaucoup de causes, comme le stress scolaire ou la puberté. C'est une raison de prendre des nouvelles calmement, pas d'imaginer le pire.
# Feedback if the caregiver picks "false" (right).
q-one-sign-proves-false =
    .feedback = Exact. Un signe est un indice. Remarquez-le, restez calme, et laissez à votre enfant la place de parler.

# Question: a scenario. The situation is shown first, then the question.
q-several-changes = Quelle est une bonne première étape ?
    .situation = Depuis deux semaines, votre enfant de 12 ans a pris l'habitude d'emporter son téléphone au lit, cache l'écran quand vous passez, et semble tendu quand des messages arrivent.
    .hint = Plusieurs changements en même temps méritent d'être abordés. Comment les aborder pour que votre enfant se sente en sécurité pour parler ?
    .explanation = Un échange calme et en privé, qui nomme ce que vous avez remarqué sans reproche, est la meilleure première étape. Dire que votre porte est ouverte aide aussi. Lire le téléphone devant votre enfant ou interdire Internet peut l'amener à cacher davantage.
# Action (best).
q-several-changes-calm-check-in = Choisir un moment calme, dire ce que j'ai remarqué, et poser une question ouverte.
    .feedback = Le meilleur choix. Nommer ce que vous avez vu, sans reproche, montre que vous vous souciez de votre enfant et facilite la discussion.
# Action (also good).
q-several-changes-open-door = Dire à mon enfant : « Tu peux me parler de tout. Parler ne te vaudra jamais de punition. »
    .feedback = Bon choix. La peur d'une punition empêche souvent les enfants de parler, alors le dire à voix haute aide.
# Action (not helpful).
q-several-changes-read-phone-in-front = Prendre le téléphone et lire tous ses messages sous ses yeux.
    .feedback = Cela peut être vécu comme une punition et une humiliation. Votre enfant risque de se fermer ou de trouver des moyens de cacher les choses.
# Action (not helpful).
q-several-changes-ban-internet = Interdire Internet jusqu'à avoir des explications.
    .feedback = Les interdictions peuvent être vécues comme une punition pour quelque chose qui n'est peut-être pas de sa faute. Les enfants arrêtent souvent de parler quand ils ont peur de perdre l'accès.

# Question: sort things a caregiver might say into two groups.
q-what-to-say = Votre enfant vient de vous confier quelque chose d'inquiétant. Classez ce que vous pourriez dire.
    .hint = Quels mots montrent que vous êtes de son côté ?
    .explanation = Les remerciements, les paroles rassurantes et l'esprit d'équipe aident un enfant à continuer à parler. Les reproches, les questions en « pourquoi » et les menaces peuvent le faire se fermer, même quand vous avez peur.
# Group name.
q-what-to-say-helps-them-talk = Aide à continuer à parler
# Group name.
q-what-to-say-shuts-them-down = Peut fermer la discussion
# Item to sort (helps).
q-what-to-say-thanks-for-telling = « Merci de m'en avoir parlé. »
    .feedback = Remercier montre que parler était la bonne chose à faire.
# Item to sort (helps).
q-what-to-say-not-angry = « Je ne t'en veux pas. Ce n'est pas ta faute. »
    .feedback = Les enfants craignent souvent la colère plus que tout. Une parole claire et rassurante les aide à se détendre et à en dire plus.
# Item to sort (helps).
q-what-to-say-work-it-out-together = « On va trouver ensemble quoi faire. »
    .feedback = Agir ensemble redonne à votre enfant un peu de contrôle.
# Item to sort (shuts down).
q-what-to-say-why-not-sooner = « Pourquoi tu ne me l'as pas dit plus tôt ? »
    .feedback = Cela peut sonner comme un reproche. Beaucoup d'enfants attendent parce qu'ils ont peur ou honte.
# Item to sort (shuts down).
q-what-to-say-what-were-you-thinking = « Mais qu'est-ce qui t'a pris ? »
    .feedback = Cela fait porter la faute à votre enfant. C'est la personne qui a trompé votre enfant qui est responsable.
# Item to sort (shuts down).
q-what-to-say-no-phone-ever = « C'est fini. Plus jamais de téléphone. »
    .feedback = La peur de perdre son téléphone est une raison fréquente pour laquelle les enfants se taisent. Cela peut empêcher votre enfant de parler la prochaine fois.

# Question: put the steps in order.
q-when-they-tell = Votre enfant vous dit que quelqu'un en ligne lui met la pression. Remettez ces étapes dans un ordre utile.
    .hint = Votre enfant passe en premier. Que pourriez-vous perdre si vous bloquiez le compte trop tôt ?
    .explanation = Écoutez d'abord calmement, puis remerciez et rassurez. Enregistrez les preuves avant de signaler et de bloquer, pour ne rien perdre. Ensuite, trouvez du soutien pour votre enfant et pour vous.
# Step 1.
q-when-they-tell-listen-calmly = Écouter calmement, sans interrompre
    .feedback = Écouter d'abord montre à votre enfant qu'avec vous, il n'y a pas de danger.
# Step 2.
q-when-they-tell-thank-and-reassure = Remercier et dire que ce n'est pas sa faute
    .feedback = Rassurer tôt aide à apaiser la peur et la honte.
# Step 3.
q-when-they-tell-save-evidence = Enregistrer les messages, les pseudos et les liens de profil
    .feedback = Enregistrez les preuves avant que quoi que ce soit soit bloqué ou supprimé.
# Step 4.
q-when-they-tell-report-and-block = Signaler le compte sur l'appli, puis le bloquer
    .feedback = Signalez tant que vous voyez encore le compte, puis bloquez-le.
# Step 5.
q-when-they-tell-get-support = Trouver du soutien pour votre enfant et pour vous
    .feedback = Le soutien vous aide tous les deux à faire face. Touchez le bouton Aide pour trouver des services dans votre pays.

# Question: single choice about a gift card from an older online friend.
q-gift-card = Vous trouvez une carte cadeau dans la chambre de votre enfant de 10 ans. Votre enfant explique qu'un ami de 19 ans rencontré dans un jeu la lui a envoyée. Qu'est-ce que cela appelle le plus probablement ?
    .hint = Est-ce un indice ou une preuve ? Qu'est-ce qui vous aiderait à en savoir plus ?
    .explanation = Un cadeau inexpliqué venant d'un ami en ligne plus âgé mérite une discussion calme. Ce n'est pas une preuve de violence, mais il ne faut pas l'ignorer non plus.
# Answer option (right).
q-gift-card-worth-a-chat = Une discussion calme sur cet ami et sur la façon dont ils se sont rencontrés
    .feedback = Oui. Posez des questions avec curiosité, sans reproche. Renseignez-vous avant de décider quoi faire.
# Answer option (wrong).
q-gift-card-nothing-to-see = Rien. Les cadeaux entre joueurs, c'est normal.
    .feedback = Pas tout à fait. Les cadeaux d'une personne plus âgée que votre enfant a rencontrée en ligne méritent qu'on pose des questions.
# Answer option (wrong).
q-gift-card-proof-of-abuse = La preuve que votre enfant subit des violences
    .feedback = Pas tout à fait. C'est un indice, pas une preuve. Une discussion calme vous en apprendra plus.

# Question: true or false about privacy. The right answer is "true".
q-privacy-is-normal = Vouloir plus d'intimité en grandissant, c'est normal.
    .hint = Pensez à ce que vous ressentiez à propos de votre intimité au début de l'adolescence.
    .explanation = Oui. Plus d'intimité fait normalement partie du fait de grandir. C'est un goût soudain du secret, associé à d'autres changements, qui mérite votre attention.
# Feedback if the caregiver picks "true" (right).
q-privacy-is-normal-true =
    .feedback = Exact. Le besoin d'intimité, à lui seul, est sain. Faites attention aux changements soudains ou à plusieurs signes en même temps.
# Feedback if the caregiver picks "false" (wrong).
q-privacy-is-normal-false =
    .feedback = Pas tout à fait. Vouloir de l'intimité fait normalement partie du fait de grandir. Cela devient préoccupant quand c'est soudain ou accompagné d'autres changements.

# Question: single choice about why staying calm matters.
q-why-stay-calm = Pourquoi est-il si important de rester calme quand votre enfant vous confie quelque chose ?
    .hint = Pensez au long terme, pas seulement à ce moment-là.
    .explanation = Votre réaction détermine si votre enfant vous en parlera la prochaine fois. Rester calme ne veut pas dire ne rien faire ; cela veut dire agir sans reproche.
# Answer option (right).
q-why-stay-calm-tell-again = Votre réaction influence le fait que votre enfant vous en parle ou non la prochaine fois.
    .feedback = Oui. Une réaction calme et reconnaissante apprend à votre enfant qu'il est sans risque de vous parler.
# Answer option (wrong).
q-why-stay-calm-not-serious = Parce que la plupart des problèmes en ligne ne sont pas graves.
    .feedback = Pas tout à fait. Certains problèmes sont graves. Le calme vous aide à bien y faire face.
# Answer option (wrong).
q-why-stay-calm-avoid-action = Pour ne pas avoir à agir.
    .feedback = Pas tout à fait. Le calme concerne votre façon de réagir. Vous pouvez quand même enregistrer, signaler et demander de l'aide.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Essayez de dire : « Ces derniers temps, tu as l'air un peu triste après avoir été en ligne. Je ne t'en veux pas. Il y a quelque chose qui te préoccupe ? » Puis attendez, écoutez, et remerciez votre enfant pour tout ce qu'il ou elle voudra bien partager.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez au groupe : quels signes peuvent avoir une cause ordinaire, et lesquels, ensemble, vous inquiéteraient ? Entraînez-vous deux par deux à une première phrase calme, et discutez de la raison pour laquelle les reproches poussent les enfants à ne plus parler.
