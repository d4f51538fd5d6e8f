# SafeSteps — MIT OR Apache-2.0

### Lesson: Settings and supervision without spying (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Present settings as tools that work best with trust and talk, never as a replacement for them.

# Lesson name on the lesson card.
lesson-title = Paramètres et encadrement, sans espionner
# One line under the lesson name.
lesson-summary = Utilisez des paramètres et un contrôle parental adaptés à l'âge de votre enfant, fixez les règles ensemble, et gardez sa confiance.

# Card 1: age-appropriate settings and parental controls.
card-settings-that-help =
    Les paramètres et le contrôle parental sont des outils utiles. Ils fonctionnent mieux quand votre enfant les connaît et sait pourquoi vous les utilisez.
    Vérifiez la classification par âge des jeux et des applis avant que votre enfant commence.
    Passez les comptes en privé, pour que seuls les amis acceptés voient les publications.
    Limitez qui peut envoyer des messages, appeler ou envoyer des demandes d'ami. « Amis seulement » est un bon début.
    Activez les filtres de contenu et les limites d'achats intégrés.
    La plupart des consoles, téléphones et boutiques d'applis ont un espace famille ou contrôle parental. Configurez-le ensemble quand c'est possible.
# Card 2: location and privacy settings.
card-location-and-privacy =
    Le partage de position demande une attention particulière. Beaucoup d'applis peuvent montrer où se trouve votre enfant, ou ajouter un lieu à une photo ou une publication.
    Désactivez la position dans les applis qui n'en ont pas besoin. Si votre famille partage sa position, limitez-la aux membres de la famille, et parlez-en ouvertement.
    Vérifiez ce qu'il y a dans le profil de votre enfant. Son école, son nom complet, sa date de naissance et des photos en uniforme scolaire peuvent tous indiquer où trouver votre enfant.
    Passez en revue ensemble les paramètres de confidentialité à quelques mois d'intervalle, car les applis changent.
# Card 3: device rules agreed together.
card-agree-rules-together =
    Les règles marchent mieux quand les enfants aident à les fixer. Asseyez-vous ensemble et mettez-vous d'accord sur un plan familial pour les écrans.
    Vous pouvez y prévoir où les appareils se rechargent la nuit, quelles applis sont autorisées, et combien de temps passer en ligne.
    Mettez-vous d'accord sur quoi faire si quelque chose se passe mal : « Viens me voir, et tu ne perdras pas ton appareil parce que tu m'en as parlé. »
    Prévoyez aussi des règles pour les adultes, comme pas de téléphone à table.
    Écrivez-le, et relisez-le à mesure que votre enfant grandit.
# Card 4: why secret monitoring can break trust.
card-why-not-secret =
    Les applis qui lisent les messages ou suivent un enfant en secret peuvent sembler un choix rassurant. Mais la surveillance secrète peut briser la confiance.
    Les enfants finissent souvent par le découvrir. Alors, ils peuvent cacher davantage, créer des comptes secondaires, ou arrêter de vous parler quand les choses tournent mal.
    Le fait que votre enfant vous parle est l'une des meilleures protections qui soient.
    Si vous utilisez une surveillance ou des contrôles, dites clairement ce qu'ils font et pourquoi. Expliquez-les d'une façon adaptée à l'âge de votre enfant.
# Card 5: supervision that grows with age; someone to talk to.
card-grows-with-age =
    L'encadrement doit évoluer avec votre enfant.
    De 5 à 8 ans : les écrans dans les pièces communes, des applis que vous choisissez, et vous à proximité.
    De 9 à 12 ans : plus de choix, avec des paramètres « Amis seulement » et des points réguliers.
    Ados : plus d'intimité, avec des règles de sécurité de base convenues ensemble et une porte ouverte.
    L'objectif : un ou une jeune qui a des compétences et de la confiance, et qui sait pouvoir venir vous voir.
    Si quelque chose se passe mal, ce n'est pas la faute de votre enfant. Parlez avec votre enfant, parlez à quelqu'un de confiance si vous avez besoin de soutien, et touchez le bouton Aide pour trouver du soutien dans votre pays.

# Question: single choice about a young child's game account.
q-young-gamer = Votre enfant de 8 ans commence un jeu en ligne populaire. Quel réglage est le meilleur point de départ ?
    .hint = Qui devrait pouvoir parler à un jeune enfant dans un jeu ?
    .explanation = Un chat réservé aux amis, avec des amis que vous avez acceptés ensemble, est un bon début pour un jeune enfant. Un chat ouvert permet à n'importe qui d'entrer en contact.
# Answer option (right).
q-young-gamer-friends-only = Chat avec des amis acceptés seulement, configuré ensemble
    .feedback = Oui. Cela garde le plaisir de jouer avec des amis et limite les contacts avec les autres.
# Answer option (wrong).
q-young-gamer-open-chat = Chat ouvert avec tous les joueurs, pour se faire des amis
    .feedback = Pas tout à fait. Un chat ouvert permet à n'importe qui de contacter votre enfant. « Amis seulement » est un début plus sûr à cet âge.
# Answer option (wrong).
q-young-gamer-no-settings = Aucun réglage nécessaire, puisque c'est un jeu pour enfants
    .feedback = Pas tout à fait. Les jeux pour enfants peuvent quand même avoir un chat ouvert. Vérifiez les réglages dans tous les cas.

# Question: multiple choice, "choose all that apply".
q-agreement = Lesquels de ces points ont leur place dans un plan familial pour les écrans ? Choisissez toutes les bonnes réponses.
    .hint = Un bon plan est décidé ensemble, et permet de parler sans crainte.
    .explanation = L'endroit où les appareils se rechargent, demander avant une nouvelle appli, quoi faire si quelque chose se passe mal, et des règles pour les adultes, tout cela aide. Punir un enfant qui parle, ou lui cacher le plan, va contre sa sécurité.
# Answer option (belongs).
q-agreement-where-devices-sleep = L'endroit où les appareils se rechargent la nuit
    .feedback = Oui. Recharger les appareils hors des chambres aide le sommeil et la sécurité tard le soir.
# Answer option (belongs).
q-agreement-ask-before-new-apps = Demander avant de télécharger une nouvelle appli
    .feedback = Oui. Cela vous donne l'occasion de vérifier les réglages ensemble.
# Answer option (belongs).
q-agreement-what-to-do-if-wrong = Quoi faire si quelque chose se passe mal en ligne
    .feedback = Oui. Un plan clair aide votre enfant à agir vite et à venir vous voir.
# Answer option (belongs).
q-agreement-rules-for-adults-too = Des règles pour les adultes aussi
    .feedback = Oui. Des règles communes paraissent justes et montrent de bonnes habitudes.
# Answer option (does not belong).
q-agreement-punish-for-telling = Perdre son appareil si on signale un problème
    .feedback = Pas tout à fait. Cela apprend aux enfants à cacher les problèmes. Faites plutôt en sorte que parler soit sans risque.
# Answer option (does not belong).
q-agreement-kept-secret-from-child = Des règles que l'enfant ne connaît pas
    .feedback = Pas tout à fait. Un plan ne marche que si votre enfant a aidé à le construire et sait ce qu'il contient.

# Question: true or false about controls replacing conversation. The right answer is "false".
q-controls-replace-talk = Le contrôle parental peut remplacer les discussions avec votre enfant sur la sécurité en ligne.
    .hint = Pensez à ce que les contrôles ne peuvent ni voir ni empêcher.
    .explanation = Les contrôles aident, mais aucun réglage ne repère tout. Parler développe les compétences et la confiance, pour que votre enfant vienne vous voir quand quelque chose passe entre les mailles.
# Feedback if the caregiver picks "true" (wrong).
q-controls-replace-talk-true =
    .feedback = Pas tout à fait. Les contrôles laissent passer des choses, et les enfants peuvent trouver des moyens de les contourner. C'est le dialogue qui les amène à venir vous voir.
# Feedback if the caregiver picks "false" (right).
q-controls-replace-talk-false =
    .feedback = Exact. Les contrôles et le dialogue marchent mieux ensemble.

# Question: a scenario. The situation is shown first, then the question.
q-first-social-account = Quelle est une bonne approche ?
    .situation = Votre enfant de 13 ans veut son premier compte sur un réseau social. L'appli accepte les utilisateurs de son âge, et la plupart de ses amis en ont déjà un.
    .hint = Pensez aux réglages, à la confiance, et à ce qui se passe si quelque chose tourne mal.
    .explanation = Créer le compte ensemble et fixer les règles ouvertement développe les compétences et la confiance. La surveillance secrète peut briser la confiance, et l'absence de discussion laisse votre ado sans plan.
# Action (best).
q-first-social-account-set-up-together = Le configurer ensemble : compte privé, messages réservés aux amis, position désactivée et points réguliers convenus.
    .feedback = Le meilleur choix. Votre ado apprend les réglages, et vous connaissez tous les deux le plan.
# Action (also good).
q-first-social-account-agree-and-explain = Fixer les règles ensemble, et expliquer les contrôles que vous utiliserez et pourquoi.
    .feedback = Bon choix. La transparence sur les contrôles préserve la confiance et rend plus probable que votre ado vienne vous voir.
# Action (not helpful).
q-first-social-account-secret-monitoring-app = Dire oui, puis installer discrètement une appli qui lit ses messages.
    .feedback = Si votre ado le découvre, la confiance peut se briser. Votre ado risque de cacher davantage et d'arrêter de vous parler.
# Action (not helpful).
q-first-social-account-alone-no-talk = Laisser votre ado le configurer sans aide, sans parler des réglages.
    .feedback = Les réglages par défaut ne sont pas forcément les plus sûrs pour votre ado. Votre ado ne saura peut-être pas comment verrouiller le compte, ni quoi faire si quelque chose tourne mal.

# Question: sort supervision approaches into age groups.
q-support-by-age = Classez chaque approche dans la tranche d'âge où elle a en général le plus sa place.
    .hint = L'encadrement se relâche à mesure que les compétences et la confiance grandissent.
    .explanation = Les jeunes enfants ont besoin de pièces communes et d'applis choisies par un adulte. Les 9 à 12 ans ont plus de choix, avec des points réguliers. Les ados ont plus d'intimité, avec des bases convenues ensemble. Chaque enfant est différent : adaptez au vôtre.
# Group name.
q-support-by-age-ages-5-to-8 = De 5 à 8 ans
# Group name.
q-support-by-age-ages-9-to-12 = De 9 à 12 ans
# Group name.
q-support-by-age-teens = Ados
# Item to sort (ages 5 to 8).
q-support-by-age-shared-rooms = Écrans utilisés dans les pièces communes, avec un adulte à proximité
    .feedback = Les jeunes enfants s'en sortent mieux avec un adulte à proximité pendant qu'ils jouent.
# Item to sort (ages 5 to 8).
q-support-by-age-adult-picks-apps = Un adulte choisit les applis et les jeux
    .feedback = À cet âge, c'est vous qui choisissez ce qui convient.
# Item to sort (ages 9 to 12).
q-support-by-age-friends-only-check-ins = Réglages « Amis seulement » avec des points réguliers
    .feedback = Les 9 à 12 ans ont plus de liberté, et vous restez proche.
# Item to sort (ages 9 to 12).
q-support-by-age-approve-apps-together = Nouvelles applis décidées ensemble avant le téléchargement
    .feedback = Décider ensemble développe leur jugement.
# Item to sort (teens).
q-support-by-age-agreed-privacy = Plus d'intimité, avec des règles de sécurité de base convenues ensemble
    .feedback = Les ados ont besoin d'intimité pour grandir, avec quelques bases claires.
# Item to sort (teens).
q-support-by-age-teen-reviews-settings = L'ado vérifie ses propres paramètres de confidentialité, avec de l'aide si besoin
    .feedback = Les ados peuvent gérer leurs réglages, en sachant que vous êtes là pour aider.

# Question: put the steps in order.
q-new-app-steps = Votre enfant veut une nouvelle appli. Remettez ces étapes d'installation dans un ordre logique.
    .hint = Que devez-vous savoir avant que le compte existe, et que ne peut-on faire qu'une fois qu'il existe ?
    .explanation = Vérifiez d'abord la classification par âge. Puis créez le compte ensemble et verrouillez ses réglages. Entraînez-vous à bloquer et signaler une fois le compte configuré. Revérifiez les réglages à quelques mois d'intervalle, car les applis changent.
# Step 1.
q-new-app-steps-check-age-rating = Vérifier la classification par âge et ce que fait l'appli
    .feedback = Décidez d'abord si l'appli convient à l'âge de votre enfant.
# Step 2.
q-new-app-steps-create-together = Créer le compte ensemble, avec le vrai âge de votre enfant
    .feedback = Avec le vrai âge, l'appli peut activer les protections prévues pour les jeunes utilisateurs.
# Step 3.
q-new-app-steps-lock-down-settings = Passer le compte en privé, limiter qui peut écrire, et désactiver la position
    .feedback = Une fois le compte créé, limitez qui peut voir, contacter et trouver votre enfant.
# Step 4.
q-new-app-steps-practise-block-report = S'entraîner ensemble à bloquer et à signaler
    .feedback = Avec de l'entraînement, votre enfant sait quoi faire si quelque chose tourne mal.
# Step 5.
q-new-app-steps-check-again-later = Revérifier les réglages ensemble dans quelques mois
    .feedback = Les applis changent leurs réglages, alors regardez de nouveau de temps en temps.

# Question: single choice about why secret monitoring can backfire.
q-secret-backfire = Pourquoi la surveillance secrète peut-elle se retourner contre vous ?
    .hint = Pensez à ce qui se passe quand un enfant le découvre.
    .explanation = Les enfants finissent souvent par le découvrir. Ils peuvent alors cacher davantage et arrêter de vous parler. Un encadrement transparent préserve la confiance, qui est l'une des meilleures protections.
# Answer option (right).
q-secret-backfire-hide-and-stop-telling = Si votre enfant le découvre, sa réaction peut être de cacher davantage et d'arrêter de vous confier des choses.
    .feedback = Oui. Perdre la confiance peut faire perdre l'occasion d'aider.
# Answer option (wrong).
q-secret-backfire-always-safer = Elle ne se retourne pas contre vous. La surveillance secrète est toujours le choix le plus sûr.
    .feedback = Pas tout à fait. Elle peut briser la confiance et pousser les enfants à cacher des choses. Un encadrement transparent est en général plus sûr.
# Answer option (wrong).
q-secret-backfire-children-never-notice = C'est impossible, car les enfants ne s'en aperçoivent jamais.
    .feedback = Pas tout à fait. Les enfants finissent souvent par le découvrir, et ils peuvent alors créer des comptes cachés.

# Question: true or false about location sharing. The right answer is "true".
q-location-limited = Pour la plupart des enfants, mieux vaut désactiver le partage de position dans les applis ou le limiter à la famille.
    .hint = Qui a besoin de savoir où se trouve votre enfant ?
    .explanation = Oui. Les applis peuvent montrer la position de votre enfant à d'autres. Désactivez-la, ou limitez-la à la famille, et parlez-en ouvertement.
# Feedback if the caregiver picks "true" (right).
q-location-limited-true =
    .feedback = Exact. Seules les personnes en qui votre famille a confiance ont besoin de savoir où se trouve votre enfant.
# Feedback if the caregiver picks "false" (wrong).
q-location-limited-false =
    .feedback = Pas tout à fait. La position dans les applis peut montrer où votre enfant habite ou va à l'école. Désactivez-la ou limitez-la à la famille.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Essayez de dire : « Tu me montres les réglages de ton appli préférée ? Regardons qui peut t'écrire et qui peut voir où tu es. » Puis mettez-vous d'accord ensemble sur une règle familiale pour les écrans, valable pour les adultes comme pour les enfants.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez au groupe : où est la limite entre protéger un enfant et l'espionner ? Comment l'encadrement doit-il évoluer entre 6 et 16 ans, et comment les adultes peuvent-ils être transparents sur les contrôles qu'ils utilisent ?
