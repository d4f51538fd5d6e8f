# SafeSteps — MIT OR Apache-2.0

### Lesson: If your child is being sextorted (caregivers).
### Readers are parents, grandparents, older siblings and teachers, possibly in the middle of it.
### Be calm, clear and step by step. Never describe images or acts. It is never the child's fault.
### Help contacts come only from the content guide; keep numbers and web addresses exactly as written.

# Lesson name on the lesson card.
lesson-title = Si votre enfant est victime de sextorsion
# One line under the lesson name.
lesson-summary = Ce qu'est la sextorsion, et que faire étape par étape si cela arrive à votre enfant.

# Card 1: what sextortion is, without detail.
card-what-it-is =
    La sextorsion, c'est quand quelqu'un menace de partager une image dénudée ou sexuelle d'un ou d'une jeune pour exiger de l'argent, d'autres images, ou qu'on lui obéisse.
    L'image peut être vraie, ou fausse, ou retouchée.
    Souvent, la personne utilise un faux profil, se fait passer pour un ado, gagne vite la confiance, puis passe aux menaces, parfois en quelques heures. Parfois, c'est quelqu'un que l'enfant connaît.
    Elle met une forte pression avec des délais et la panique. La sextorsion est un crime, et elle peut toucher n'importe quel enfant.
# Card 2: the first reaction: calm, no blame.
card-your-first-reaction =
    Si votre enfant vous en parle, restez calme et dites-lui merci de vous l'avoir confié. C'est peut-être la chose la plus difficile que votre enfant ait jamais eu à dire.
    Dites-le clairement : « Ce n'est pas ta faute. Tu as bien fait de m'en parler. On va gérer ça ensemble. »
    Ce n'est pas la faute de votre enfant, même s'il ou elle a partagé une image. C'est la personne qui menace qui commet un crime.
    Votre enfant peut ressentir de la panique, de la honte ou de la peur. Pas de sermon, et ne confisquez pas son téléphone en punition. Vous avez besoin que votre enfant continue à vous parler.
# Card 3: what to do right now.
card-what-to-do-now =
    Ne payez pas, et n'envoyez rien d'autre. Payer arrête rarement les menaces ; en général, la personne en demande encore plus.
    Arrêtez de répondre. Vous n'avez pas besoin de répondre ni de négocier.
    Ne supprimez pas encore le compte ni la conversation. Gardez les preuves. Faites des captures d'écran des messages et du profil, et notez les pseudos, les liens de profil et tout détail de paiement.
    Ne faites pas de capture de l'image elle-même, ne l'enregistrez pas et ne la transférez pas.
    Ensuite, signalez le compte sur l'appli et bloquez-le.
    Si votre enfant a déjà payé ou envoyé autre chose, ça peut quand même aller. Arrêtez maintenant et demandez de l'aide.
# Card 4: where to report.
card-where-to-report =
    Signalez le compte à l'appli ou à la plateforme. Précisez qu'un enfant est menacé.
    Aux États-Unis, signalez-le à la CyberTipline du NCMEC sur report.cybertip.org ou au 1-800-843-5678. Le NCMEC transmet les signalements à la police, qui peut agir.
    Ailleurs, contactez la police près de chez vous, et consultez l'écran Aide pour votre pays.
    Take It Down (takeitdown.ncmec.org) est un service gratuit du NCMEC qui peut aider à retirer les images dénudées ou sexuelles de mineurs des sites qui participent. Il crée une empreinte numérique, appelée hash, sur votre propre appareil. Seul le hash est envoyé, jamais l'image.
    Si votre enfant est en danger en ce moment, appelez le numéro d'urgence de votre pays.
# Card 5: emotional support for child and caregiver.
card-support-after =
    La sextorsion peut frapper un jeune très durement. Restez proche, gardez les habitudes du quotidien, et continuez à rappeler que ce n'est pas sa faute.
    Faites attention aux signes de détresse profonde, comme des paroles de désespoir ou d'envie de se faire du mal. Demandez vite de l'aide si vous les voyez.
    Aux États-Unis, votre enfant ou vous pouvez joindre Crisis Text Line en envoyant THORN par SMS au 741741.
    Un médecin, une personne de l'école chargée d'écouter les élèves ou une ligne d'écoute peuvent aussi aider. Prenez soin de vous aussi ; c'est dur pour les parents et les proches. Parlez-en à quelqu'un de confiance.
    Touchez le bouton Aide pour trouver du soutien dans votre pays.

# Question: a scenario. The situation is shown first, then the question.
q-late-night-message = Quelle est la meilleure première réaction ?
    .situation = Tard le soir, votre ado de 16 ans vous montre un message : « Envoie 500 dollars dans l'heure ou je poste ta photo à tous tes amis. » Votre ado tremble et pleure.
    .hint = Votre enfant a d'abord besoin de deux choses : se sentir en sécurité avec vous, et que la pression s'arrête.
    .explanation = Les mots qui apaisent passent en premier : ce n'est pas sa faute. Ensuite, arrêtez de répondre et gardez les preuves. Payer met rarement fin aux menaces, et supprimer le compte fait perdre les preuves nécessaires pour signaler.
# Action (best).
q-late-night-message-calm-not-your-fault = Rester calme, prendre votre ado dans vos bras, et dire : « Ce n'est pas ta faute. On va gérer ça ensemble. »
    .feedback = Le meilleur choix. Votre enfant a besoin de se sentir en sécurité avec vous avant tout. Ensuite, vous pouvez agir ensemble.
# Action (also good).
q-late-night-message-stop-and-save = L'aider à arrêter de répondre et à garder les messages et les pseudos.
    .feedback = Bon choix. Cela stoppe la pression et garde les preuves. Veillez aussi à dire que ce n'est pas sa faute.
# Action (not helpful).
q-late-night-message-pay-quickly = Payer vite pour que la photo ne soit pas postée.
    .feedback = C'est normal de vouloir que ça s'arrête, mais payer arrête rarement les menaces. En général, ils en demandent plus.
# Action (not helpful).
q-late-night-message-delete-account = Supprimer tout de suite le compte de votre enfant.
    .feedback = C'est normal de vouloir tout faire disparaître, mais supprimer fait perdre les preuves. Gardez-les d'abord, puis signalez.

# Question: put the steps in order.
q-action-steps = Remettez ces étapes dans un ordre utile.
    .hint = Ce que ressent votre enfant passe en premier. De quoi aurez-vous besoin avant de signaler ?
    .explanation = Rassurez d'abord votre enfant. Puis arrêtez de répondre et gardez les preuves avant de signaler et de bloquer. Ensuite, trouvez du soutien pour votre enfant et pour vous.
# Step 1.
q-action-steps-reassure = Rassurer votre enfant : ce n'est pas sa faute
    .feedback = Rassurer d'abord aide votre enfant à rester calme et à continuer à parler.
# Step 2.
q-action-steps-stop-replying = Arrêter de répondre à la personne qui menace
    .feedback = Arrêter de répondre coupe la pression.
# Step 3.
q-action-steps-save-evidence = Garder des captures des messages, les pseudos et les liens
    .feedback = Gardez les preuves avant que quoi que ce soit soit bloqué ou supprimé.
# Step 4.
q-action-steps-report = Signaler à la plateforme et à la CyberTipline ou à la police
    .feedback = Les signalements permettent à la plateforme et à la police d'agir.
# Step 5.
q-action-steps-get-support = Trouver un soutien émotionnel pour votre enfant et pour vous
    .feedback = Le soutien vous aide tous les deux à faire face après la crise.

# Question: multiple choice, "choose all that apply".
q-evidence = Lesquels de ces éléments faut-il garder comme preuves ? Choisissez toutes les bonnes réponses.
    .hint = Les preuves montrent qui c'est, ce qui a été dit et ce qui a été exigé.
    .explanation = Les pseudos, les captures des messages, les liens de profil et les détails de paiement aident les plateformes et la police. Ne copiez et ne transférez jamais l'image, et ne supprimez pas la conversation.
# Answer option (keep).
q-evidence-usernames = Ses pseudos sur chaque appli
    .feedback = Oui. Les pseudos aident les plateformes et la police à trouver le compte.
# Answer option (keep).
q-evidence-message-screenshots = Des captures d'écran des messages de menace
    .feedback = Oui. Les captures montrent ce qui a été dit, et quand.
# Answer option (keep).
q-evidence-profile-links = Les liens vers ses profils
    .feedback = Oui. Un lien mène directement au compte.
# Answer option (keep).
q-evidence-payment-details = Les détails de paiement, si de l'argent a déjà été envoyé
    .feedback = Oui. Les détails de paiement peuvent aider la police à retrouver la personne.
# Answer option (do not keep).
q-evidence-copy-the-image = Une copie de l'image, pour la montrer à la police
    .feedback = Pas tout à fait. Ne copiez pas, n'enregistrez pas et ne transférez pas l'image. Dites à la police ou à la CyberTipline qu'elle existe, et suivez leurs conseils.
# Answer option (do not keep).
q-evidence-delete-the-chat = Rien. Supprimer la conversation pour que votre enfant ne la voie plus.
    .feedback = Pas tout à fait. Supprimer fait perdre les preuves. Vous pouvez mettre la conversation hors de vue sans la supprimer.

# Question: single choice about paying.
q-will-paying-help = La personne promet de supprimer la photo si votre enfant paie. Que se passe-t-il en général si vous payez ?
    .hint = Que font souvent les personnes qui menacent une fois qu'un paiement a marché ?
    .explanation = Payer arrête rarement les menaces. Souvent, ils en demandent plus. Arrêtez plutôt de répondre, gardez les preuves et signalez.
# Answer option (right).
q-will-paying-help-rarely-stops = Les menaces s'arrêtent rarement, et ils en demandent souvent plus.
    .feedback = Exact. Payer montre que la menace marche. Signaler est plus efficace.
# Answer option (wrong).
q-will-paying-help-ends-it = Ils suppriment la photo et laissent votre enfant tranquille.
    .feedback = Pas tout à fait. Impossible de savoir s'ils suppriment quoi que ce soit, et la plupart en demandent plus.
# Answer option (wrong).
q-will-paying-help-pay-half = Payer la moitié marche, parce que ça montre que vous prenez la chose au sérieux.
    .feedback = Pas tout à fait. Tout paiement montre que la menace marche. Arrêtez plutôt de répondre et signalez.

# Question: true or false about having paid or sent more already. The right answer is "true".
q-already-sent-more = Si votre enfant a déjà payé ou envoyé d'autres images, ça peut quand même aller, et il y a toujours de l'aide.
    .hint = Pensez à ce que la leçon disait d'un enfant qui a déjà payé.
    .explanation = Oui. Beaucoup de jeunes paient ou envoient d'autres images sous l'effet de la panique. Ce n'est toujours pas leur faute, et ils peuvent toujours avoir de l'aide, même maintenant. Arrêtez maintenant, gardez les preuves et signalez.
# Feedback if the caregiver picks "true" (right).
q-already-sent-more-true =
    .feedback = Exact. Dites à votre enfant que ça peut quand même aller. Arrêtez maintenant, gardez les preuves et signalez.
# Feedback if the caregiver picks "false" (wrong).
q-already-sent-more-false =
    .feedback = Pas tout à fait. La panique pousse à payer ou à envoyer plus. Votre enfant peut toujours avoir de l'aide, et ce n'est toujours pas sa faute.

# Question: single choice about how Take It Down protects privacy.
q-take-it-down = Comment Take It Down, du NCMEC, protège-t-il la vie privée de votre enfant ?
    .hint = Pensez à ce dont les sites ont besoin pour repérer la copie d'une image.
    .explanation = Take It Down crée un hash, une empreinte numérique, sur votre propre appareil. Seul le hash est envoyé. Les sites qui participent s'en servent pour trouver et retirer les copies.
# Answer option (right).
q-take-it-down-hash-only = Seule une empreinte numérique (un hash) quitte votre appareil, pas l'image.
    .feedback = Exact. L'image reste sur votre appareil. Le hash aide les sites à trouver les copies.
# Answer option (wrong).
q-take-it-down-send-image = Vous envoyez l'image au NCMEC pour qu'il l'examine.
    .feedback = Pas tout à fait. Vous n'envoyez jamais l'image. Seul le hash quitte votre appareil.
# Answer option (wrong).
q-take-it-down-public-list = Le nom de votre enfant figure sur une liste publique.
    .feedback = Pas tout à fait. Take It Down n'a pas besoin du nom de votre enfant. Seul le hash est envoyé.

# Question: sort actions into "do" and "don't".
q-do-or-dont = Classez chaque action dans « À faire » ou « À ne pas faire ».
    .hint = Pour chacune, demandez-vous : est-ce que ça protège votre enfant et les preuves ?
    .explanation = Rassurez, gardez les preuves et signalez. Ne payez pas, ne partagez l'image avec personne, et ne punissez pas votre enfant d'en avoir parlé.
# Group name.
q-do-or-dont-do = À faire
# Group name.
q-do-or-dont-dont = À ne pas faire
# Item to sort (do).
q-do-or-dont-say-not-their-fault = Dire à votre enfant que ce n'est pas sa faute
    .feedback = Votre enfant a besoin de l'entendre, souvent.
# Item to sort (do).
q-do-or-dont-report-cybertipline = Signaler à la CyberTipline (États-Unis) ou à la police près de chez vous
    .feedback = Signaler permet à ceux qui ont le pouvoir d'agir d'intervenir.
# Item to sort (do).
q-do-or-dont-keep-messages = Garder les messages et les pseudos
    .feedback = Les preuves aident les plateformes et la police à agir.
# Item to sort (don't).
q-do-or-dont-pay-the-demand = Payer ce qu'ils exigent
    .feedback = Payer arrête rarement les menaces. En général, ils en demandent plus.
# Item to sort (don't).
q-do-or-dont-forward-to-family = Transférer l'image à un proche pour lui demander conseil
    .feedback = Ne transférez jamais l'image. Décrivez plutôt ce qui se passe.
# Item to sort (don't).
q-do-or-dont-take-phone-as-punishment = Confisquer son téléphone en punition
    .feedback = La punition peut donner à votre enfant le sentiment d'être responsable, et l'amener à ne plus vous parler.

# Question: single choice about emotional support in the US.
q-emotional-support = Vous vivez aux États-Unis et votre enfant est dans une grande détresse après une sextorsion. Quelle est une bonne façon de trouver du soutien, pour votre enfant ou pour vous ?
    .hint = Pensez aux possibilités de soutien de la dernière carte.
    .explanation = Aux États-Unis, Crisis Text Line offre du soutien : envoyez THORN par SMS au 741741. Un médecin, une personne de l'école chargée d'écouter les élèves ou une ligne d'écoute peuvent aussi aider. Ailleurs, touchez le bouton Aide pour trouver du soutien dans votre pays.
# Answer option (right).
q-emotional-support-text-thorn = Envoyer THORN par SMS au 741741 pour joindre Crisis Text Line
    .feedback = Oui. Des écoutants formés peuvent accompagner votre enfant, ou vous, dans les moments les plus durs.
# Answer option (wrong).
q-emotional-support-wait-it-out = Attendre de voir si les émotions passent d'elles-mêmes
    .feedback = Pas tout à fait. La sextorsion peut causer une détresse profonde. Cherchez du soutien tôt.
# Answer option (wrong).
q-emotional-support-post-warning = Publier quelque chose en ligne pour avertir les autres parents
    .feedback = Pas tout à fait. Publier peut exposer votre enfant. Cherchez plutôt un soutien confidentiel, et signalez.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Essayez de dire : « J'ai lu que des gens en ligne menacent parfois des ados avec des photos. Si ça t'arrivait un jour, à toi ou à quelqu'un que tu connais, ce ne serait pas ta faute. Je t'aiderais, je ne te punirais pas. Qu'est-ce qui te rendrait plus facile de m'en parler ? »
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez au groupe : qu'est-ce qui pourrait empêcher un jeune de parler de sextorsion à un adulte ? Comment les adultes peuvent-ils lever ces obstacles ? Passez les étapes en revue ensemble : rassurer, arrêter, garder les preuves, signaler, soutenir.
