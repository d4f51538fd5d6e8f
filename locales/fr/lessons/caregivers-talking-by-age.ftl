# SafeSteps — MIT OR Apache-2.0

### Lesson: Talking with your child, by age (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Give words a caregiver can use. Never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Parler avec votre enfant, à chaque âge
# One line under the lesson name.
lesson-summary = De quoi parler à chaque âge, comment commencer, et comment réagir quand votre enfant vous confie quelque chose.

# Card 1: start early, keep it small and regular.
card-start-small =
    Pas besoin d'une grande discussion qui fait peur. Beaucoup de petites discussions marchent mieux, en commençant tôt et en continuant à mesure que votre enfant grandit.
    Intéressez-vous à ce que votre enfant aime faire en ligne. Demandez-lui de vous montrer son jeu ou son appli préférés.
    Les bons moments sont ceux où l'on est côte à côte : en voiture, en cuisinant ou en se promenant.
    Gardez un ton calme et curieux. Si vous réagissez avec peur ou colère, les enfants apprennent à ne plus rien dire.
    Vous pouvez très bien dire : « Je ne connais pas bien cette appli. Tu peux m'apprendre ? »
# Card 2: ages 5 to 8.
card-ages-5-to-8 =
    De 5 à 8 ans : gardez des règles simples. « Demande-moi avant de télécharger, de discuter ou de partager une photo. » « Si quelque chose ne va pas, arrête-toi et viens me le dire. »
    Construisez ensemble un cercle de confiance : une courte liste d'adultes à qui votre enfant peut parler.
    Expliquez la différence entre secrets et surprises. Une surprise fait plaisir, et tout le monde la découvre bientôt, comme un cadeau. Un secret qui inquiète ou rend triste, on le raconte.
    La règle PANTS de la NSPCC aide (en anglais britannique, « pants » désigne les sous-vêtements). P : les parties intimes sont privées. A : souviens-toi toujours que ton corps t'appartient. N : non, c'est non. T : parle des secrets qui te font du mal. S : parle, quelqu'un peut t'aider.
# Card 3: ages 9 to 12.
card-ages-9-to-12 =
    De 9 à 12 ans : les enfants commencent à discuter, jouer et se faire des amis en ligne par eux-mêmes.
    Parlez des signaux d'alerte : cadeaux ou monnaie virtuelle de jeu, demandes de garder les échanges secrets, passage sur une appli privée, et pression pour obtenir des photos.
    Expliquez que cela peut venir d'un inconnu, d'un ami en ligne, ou de quelqu'un que votre enfant connaît.
    Entraînez-vous ensemble. Montrez comment bloquer et signaler dans ses applis, et comment faire une capture d'écran.
    Mettez-vous d'accord : votre enfant peut toujours venir vous voir, même après avoir enfreint une règle.
# Card 4: teens: respect, consent, sextortion, no blame.
card-teens =
    Ados : parlez de respect et de consentement dans les amitiés et les relations amoureuses, en ligne et hors ligne. Personne ne doit leur mettre la pression pour obtenir des photos, et eux non plus ne doivent jamais mettre la pression à quelqu'un.
    Parlez de la sextorsion avant qu'elle n'arrive. Quelqu'un peut menacer de partager une image si votre ado ne paie pas ou n'en envoie pas d'autres. Expliquez que c'est un crime et que ce n'est pas sa faute. Il ne faut ni payer ni envoyer autre chose, car payer arrête rarement les menaces. Votre ado peut arrêter de répondre, garder les messages et venir vous voir. Promettez de l'aider sans reproche.
    Évitez les sermons. Demandez son avis, et écoutez son point de vue.
    Faites une promesse claire : « Tu ne perdras jamais mon soutien parce que tu m'en as parlé. »
# Card 5: how to respond when they tell you; someone to talk to.
card-when-they-tell-you =
    Si votre enfant vous confie quelque chose, restez calme, même si vous êtes sous le choc intérieurement. Écoutez sans interrompre.
    Remerciez votre enfant de vous en avoir parlé. Dites-lui que ce n'est pas sa faute.
    Ne vous précipitez pas pour punir ou confisquer les appareils. Quand c'est possible, décidez ensemble de la suite.
    Votre réaction décide si votre enfant vous en parlera la prochaine fois.
    Si vous avez besoin de conseils, parlez-en à quelqu'un de confiance, ou touchez le bouton Aide pour trouver du soutien dans votre pays.

# Question: single choice about explaining secrets and surprises to a young child.
q-secrets-surprises = Quelle est une bonne façon d'expliquer les secrets et les surprises à un enfant de 6 ans ?
    .hint = Les jeunes enfants ont besoin d'une règle simple qui leur laisse quand même profiter des anniversaires.
    .explanation = Une surprise est joyeuse et se termine vite. Un secret qui inquiète ou rend triste, on le raconte. Cela aide les enfants à repérer quand quelqu'un leur demande de cacher quelque chose.
# Answer option (right).
q-secrets-surprises-surprise-ends-happy = « Une surprise, c'est joyeux, et tout le monde la découvre bientôt. Un secret qui te fait du mal, on le raconte. »
    .feedback = Oui. C'est simple, ça garde le plaisir des surprises, et ça dit à l'enfant quoi faire.
# Answer option (wrong).
q-secrets-surprises-never-keep-anything = « Ne me cache jamais rien, jamais. »
    .feedback = Pas tout à fait. C'est difficile à suivre pour un jeune enfant, et ça gâche les surprises joyeuses. Une différence claire marche mieux.
# Answer option (wrong).
q-secrets-surprises-all-secrets-fine = « Les secrets, c'est bien si c'est un adulte qui te demande de les garder. »
    .feedback = Pas tout à fait. Les personnes qui veulent faire du mal aux enfants demandent souvent des secrets. Un secret qui fait du mal, on le raconte.

# Question: sort topics into age groups.
q-topic-by-age = Classez chaque sujet dans la tranche d'âge où il a en général le plus sa place.
    .hint = Pensez à ce qu'un enfant peut faire seul à chaque âge.
    .explanation = Les jeunes enfants ont besoin de règles simples, d'un cercle de confiance et de la règle PANTS. Les 9 à 12 ans ont besoin des signaux d'alerte et de savoir bloquer et signaler. Les ados ont besoin de discussions sur le consentement, le respect et la sextorsion. Les sujets peuvent se prolonger d'un âge à l'autre.
# Group name.
q-topic-by-age-ages-5-to-8 = De 5 à 8 ans
# Group name.
q-topic-by-age-ages-9-to-12 = De 9 à 12 ans
# Group name.
q-topic-by-age-teens = Ados
# Item to sort (ages 5 to 8).
q-topic-by-age-safety-circle = Faire la liste des adultes à qui en parler
    .feedback = Un cercle de confiance donne aux jeunes enfants des personnes claires vers qui aller.
# Item to sort (ages 5 to 8).
q-topic-by-age-pants-rule = La règle PANTS sur le corps
    .feedback = La règle PANTS est faite pour les jeunes enfants. Elle leur apprend que leur corps leur appartient.
# Item to sort (ages 9 to 12).
q-topic-by-age-spot-gifts-and-secrets = Repérer les cadeaux, les secrets et les passages en discussion privée
    .feedback = Les 9 à 12 ans commencent à discuter par eux-mêmes, alors les signaux d'alerte ont toute leur place ici.
# Item to sort (ages 9 to 12).
q-topic-by-age-practise-block-report = S'entraîner à bloquer et signaler dans ses applis
    .feedback = S'entraîner aide les 9 à 12 ans à agir vite quand il le faut.
# Item to sort (teens).
q-topic-by-age-consent-and-respect = Le consentement et le respect dans les relations
    .feedback = Les ados construisent leurs relations, alors le consentement et le respect comptent beaucoup maintenant.
# Item to sort (teens).
q-topic-by-age-sextortion-dont-pay = La sextorsion : ne pas payer, et venir me voir
    .feedback = Les ados sont les plus souvent ciblés, alors parlez-en avant que ça n'arrive.

# Question: a scenario. The situation is shown first, then the question.
q-teen-mentions-threat = Que pourriez-vous faire ?
    .situation = Votre ado de 15 ans mentionne que quelqu'un de son école est menacé avec une photo intime. Votre ado observe votre visage en vous le racontant.
    .hint = Votre ado teste peut-être votre réaction. Qu'est-ce qui lui donnerait confiance pour venir vous voir ?
    .explanation = Écoutez calmement et dites clairement que vous aideriez sans reproche. Expliquer ce qui aide, c'est bien aussi. Blâmer la personne sur la photo, ou interdire des applis, apprend à votre ado à se taire. Vous pourriez aussi demander si la personne concernée a un adulte qui l'aide.
# Action (best).
q-teen-mentions-threat-listen-and-open-door = Écouter calmement, demander ce que votre ado ressent, et dire que vous aideriez n'importe qui dans cette situation, sans reproche.
    .feedback = Le meilleur choix. Votre ado apprend qu'on peut venir vous voir sans crainte, quoi qu'il arrive.
# Action (also good).
q-teen-mentions-threat-explain-what-helps = Expliquer que c'est un crime, que ce n'est pas la faute de la victime, et que payer aide rarement.
    .feedback = Bon choix. Des faits clairs aident. Faites court, et demandez aussi ce que votre ado en pense.
# Action (not helpful).
q-teen-mentions-threat-blame-the-classmate = Dire que la personne concernée n'aurait pas dû envoyer de photo.
    .feedback = Cela rejette la faute sur la victime. Votre ado pourrait décider de ne jamais vous en parler si ça lui arrivait.
# Action (not helpful).
q-teen-mentions-threat-ban-chat-apps = Interdire toutes les applis de messagerie pour que ça n'arrive pas à votre ado.
    .feedback = Les interdictions peuvent pousser les ados à cacher ce qu'ils utilisent. Elles leur apprennent aussi que vous en parler fait perdre des choses.

# Question: true or false about one big talk. The right answer is "false".
q-one-big-talk = Une seule grande discussion sur la sécurité en ligne suffit en général.
    .hint = Pensez à la façon dont les applis et votre enfant changent avec le temps.
    .explanation = Beaucoup de petites discussions marchent mieux. Les applis changent, votre enfant grandit, et chaque discussion rend la suivante plus facile.
# Feedback if the caregiver picks "true" (wrong).
q-one-big-talk-true =
    .feedback = Pas tout à fait. Une seule discussion s'oublie vite. De petites discussions régulières gardent la porte ouverte.
# Feedback if the caregiver picks "false" (right).
q-one-big-talk-false =
    .feedback = Exact. Des discussions courtes et fréquentes marchent mieux qu'une seule grande discussion.

# Question: multiple choice, "choose all that apply".
q-good-starters = Lesquelles de ces phrases sont de bonnes façons de lancer la conversation ? Choisissez toutes les bonnes réponses.
    .hint = Les bonnes entrées en matière sont curieuses et calmes, pas soupçonneuses.
    .explanation = Demander à voir son jeu, demander si quelque chose a paru bizarre, et demander à qui votre enfant en parlerait, c'est calme et ouvert. Les questions soupçonneuses et les ordres peuvent fermer la discussion.
# Answer option (good starter).
q-good-starters-show-me-your-game = « C'est quoi ton jeu préféré en ce moment ? Tu me montres ? »
    .feedback = Oui. S'intéresser crée de la confiance et vous fait découvrir son univers.
# Answer option (good starter).
q-good-starters-ever-felt-weird = « Est-ce que quelque chose en ligne t'a déjà semblé bizarre ou mis mal à l'aise ? »
    .feedback = Oui. C'est ouvert et calme, et ça donne à votre enfant des mots pour en parler.
# Answer option (good starter).
q-good-starters-who-would-you-tell = « Si quelque chose se passait mal en ligne, à qui tu en parlerais ? »
    .feedback = Oui. Ça aide votre enfant à se préparer, et ça lui rappelle que votre porte est ouverte.
# Answer option (not a good starter).
q-good-starters-doing-anything-bad = « Est-ce que tu fais des choses pas bien en ligne ? »
    .feedback = Pas tout à fait. Ça sonne comme une accusation. La plupart des enfants répondront simplement non.
# Answer option (not a good starter).
q-good-starters-hand-over-phone = « Donne-moi ton téléphone. Je vérifie. »
    .feedback = Pas tout à fait. Un ordre sans discussion peut être vécu comme une punition et briser la confiance.

# Question: single choice about the PANTS rule.
q-pants-p = Dans la règle PANTS de la NSPCC pour les jeunes enfants, que veut dire le « P » ?
    .hint = Pensez au fait que « pants » désigne un sous-vêtement en anglais.
    .explanation = P veut dire « Privates are private » : les parties intimes sont privées. Cette règle apprend aux jeunes enfants que leur corps leur appartient, sans mots qui font peur.
# Answer option (right).
q-pants-p-privates-are-private = « Privates are private » : les parties intimes sont privées
    .feedback = Oui. Elle apprend que les parties couvertes par les sous-vêtements sont privées.
# Answer option (wrong).
q-pants-p-passwords-protected = « Passwords are protected » : les mots de passe sont protégés
    .feedback = Pas tout à fait. Les mots de passe comptent, mais la règle PANTS parle du corps de l'enfant. P veut dire « Privates are private ».
# Answer option (wrong).
q-pants-p-parents-permission = « Parents' permission first » : d'abord la permission des parents
    .feedback = Pas tout à fait. P veut dire « Privates are private ». Cette règle aide les enfants à savoir que leur corps leur appartient.

# Question: put the steps in order.
q-respond-steps = Votre enfant vous raconte qu'il s'est passé quelque chose d'inquiétant en ligne. Remettez ces étapes dans l'ordre.
    .hint = Ce que vous ressentez au premier instant passe avant tout ce que vous faites.
    .explanation = Restez calme, écoutez, remerciez, dites que ce n'est pas sa faute, puis prévoyez la suite ensemble. Cet ordre aide votre enfant à se sentir en sécurité et à continuer à parler.
# Step 1.
q-respond-steps-stay-calm = Respirer et rester calme
    .feedback = Un visage calme dit d'abord à votre enfant qu'avec vous, il n'y a pas de danger.
# Step 2.
q-respond-steps-listen = Écouter sans interrompre
    .feedback = Laissez votre enfant raconter à sa façon. Les questions peuvent attendre.
# Step 3.
q-respond-steps-thank-them = Remercier votre enfant d'en avoir parlé
    .feedback = Remercier montre que parler était le bon choix.
# Step 4.
q-respond-steps-not-their-fault = Dire que ce n'est pas sa faute
    .feedback = Les enfants ont souvent honte. L'entendre de votre bouche aide vraiment.
# Step 5.
q-respond-steps-plan-together = Prévoir ensemble la suite
    .feedback = Prévoir ensemble redonne à votre enfant un peu de contrôle.

# Question: true or false about promising not to take the phone away. The right answer is "true".
q-no-phone-promise = Promettre qu'en parler ne fera pas perdre son téléphone peut rendre un enfant plus enclin à vous en parler.
    .hint = Quelles peurs pourraient empêcher un enfant d'en parler à un adulte ?
    .explanation = Oui. Beaucoup d'enfants se taisent parce qu'ils ont peur de perdre leur téléphone ou leurs jeux. Enlever cette peur rend plus facile d'en parler.
# Feedback if the caregiver picks "true" (right).
q-no-phone-promise-true =
    .feedback = Exact. Enlever la peur de perdre son téléphone rend le fait de vous en parler plus rassurant.
# Feedback if the caregiver picks "false" (wrong).
q-no-phone-promise-false =
    .feedback = Pas tout à fait. La peur de perdre ses appareils est une raison fréquente du silence des enfants. Une promesse claire aide.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Essayez de demander : « Si un jour quelque chose en ligne t'inquiétait, comment aimerais-tu que je réagisse ? » Écoutez la réponse. Puis promettez : « Je resterai calme, je te remercierai, et on trouvera une solution ensemble. »
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez à chaque personne du groupe de proposer une phrase qu'elle pourrait dire à un jeune enfant, à un enfant de 10 ans et à un ado. Qu'est-ce qui donne à un enfant le sentiment de pouvoir parler sans danger, et qu'est-ce qui l'en empêche ?
