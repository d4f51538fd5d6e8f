# SafeSteps — MIT OR Apache-2.0

### SafeSteps interface text (French, translated from English).
### Message ids start with the screen or module they belong to. Keep { $variables } as they are.

## Brand

# The app's name. Do not translate unless the app is published under another name in your language.
app-name = { -brand-name }

## Fallbacks

# Shown in place of a piece of text that is missing in every language (should never happen).
text-missing = (Ce texte n'est pas encore disponible.)

## Quiz

# Above each question. Variables: $current (the question's number), $total (how many questions).
quiz-progress = Question { $current } sur { $total }

# The answer button for "this statement is true" in a true-or-false question.
quiz-true = Vrai
# The answer button for "this statement is false" in a true-or-false question.
quiz-false = Faux

## Who a profile or lesson is for

# Age band of young children, shown when choosing a profile and on lesson cards.
band-explorers = 5 à 8 ans
# Age band of older children.
band-navigators = 9 à 12 ans
# Age band of teenagers.
band-teens = 13 à 17 ans
# Lessons and profiles for parents, carers and other caregivers.
band-caregivers = Parents et familles
# Profiles for teachers and trainers who run sessions with a group.
band-trainers = Enseignants et animateurs

## Lesson topics (shown as a label on each lesson card)

# Topic: keeping personal information private.
topic-privacy = Vie privée
# Topic: recognising when someone online is trying to win a child's trust to harm them.
topic-grooming = Signaux d'alerte
# Topic: when someone threatens to share private pictures unless you pay or send more.
topic-sextortion = Menaces et pression
# Topic: the grown-ups a child can go to, their safety circle.
topic-trusted-adults = Adultes de confiance
# Topic: secrets that feel bad and are for telling.
topic-secrets = Secrets et émotions
# Topic: when something online feels wrong or upsetting, and what to do.
topic-feeling-unsafe = Quand quelque chose ne va pas
# Topic: being kind online, and unkind behaviour.
topic-kindness = Gentillesse en ligne
# Topic: passwords and accounts.
topic-passwords = Mots de passe
# Topic: privacy settings in apps and games.
topic-settings = Paramètres
# Topic: people met online compared with people known in real life.
topic-online-friends = Amis en ligne
# Topic: photos and videos, and asking before sharing them.
topic-images = Photos et consentement
# Topic: blocking and reporting people and content.
topic-blocking-reporting = Bloquer et signaler
# Topic: bullying online and standing up for others.
topic-cyberbullying = Harcèlement en ligne
# Topic: where and how to get help.
topic-getting-help = Demander de l'aide
# Topic: what you post and leave behind online (digital footprint).
topic-footprint = Empreinte numérique
# Topic: pressure and control in dating or close relationships.
topic-relationships = Relations et pression
# Topic: live video streaming.
topic-livestreaming = Vidéos en direct
# Topic: helping a friend who is in trouble online.
topic-helping-friends = Aider un ami ou une amie
# Topic (caregivers): how children are approached and targeted online.
topic-targeting = Comment les enfants sont approchés
# Topic (caregivers): signs that a child may be in trouble online.
topic-warning-signs = Signes à repérer
# Topic (caregivers): talking with children about online life.
topic-talking = Parler ensemble
# Topic (caregivers): settings and supervision that respect the child.
topic-supervision = Paramètres et encadrement
# Topic (caregivers): reporting and finding support.
topic-reporting = Signaler et trouver du soutien

## Language picker

# Shown beside a language whose translation was made with machine help and not yet checked by a native speaker.
locale-status-machine-assisted = Traduit avec l'aide d'une machine, pas encore vérifié
# Shown beside a language where some text still appears in English.
locale-status-partial = Traduit en partie

## Saving progress

# Shown once after the progress file could not be read and a new one was started. The old file is kept.
store-recovered-notice = Nous n'avons pas pu lire ta progression enregistrée, alors nous avons tout recommencé. Ton ancien fichier a été gardé en sécurité, et un adulte peut demander de l'aide pour le récupérer.
# Shown when the saved progress comes from a newer version of the app.
store-newer-version = Ta progression a été enregistrée par une version plus récente de { -brand-name }. Merci de mettre l'application à jour. Rien n'a été modifié.
# Shown when progress can only be kept in memory (for example in a private browser window).
store-memory-only-notice = Ta progression ne sera pas enregistrée sur cet appareil. Tu peux quand même faire toutes les leçons.
# Shown when the lessons' text in the chosen language could not be fetched (the web app carries only English inside).
lesson-pack-failed-notice = Les leçons n'ont pas encore pu être chargées dans cette langue : elles s'affichent en anglais pour l'instant. Connecte-toi à Internet et rouvre l'application.

## The frame around every screen

# A link for keyboard and screen-reader users that jumps past the top bar to the screen's content.
shell-skip-to-content = Aller au contenu
# Label of the navigation area in the top bar (read by screen readers).
shell-nav-label = Menu principal
# Top-bar link to the settings screen.
shell-settings = Paramètres
# Text of the help button that is always visible at the bottom of every screen. Keep it very short.
help-button = Aide
# Full label of the help button for screen readers.
help-button-label = Aide : que faire et à qui parler
# Button that opens the technical details of a problem (for an adult or a bug report).
notice-details = Détails
# Button that hides a notice.
notice-dismiss = Fermer

## Saving progress (problems)

# Shown when something could not be saved; the lesson can go on.
store-save-failed = Cela n'a pas pu être enregistré sur cet appareil. Tu peux continuer ; un adulte peut regarder les détails.
# Shown when saved progress could not be read.
store-read-failed = Ta progression enregistrée n'a pas pu être lue pour l'instant. Tu peux continuer ; un adulte peut regarder les détails.

## Welcome (first run): choose a language

# Title of the first screen.
welcome-title = Bienvenue dans { -brand-name }
# Under the title of the first screen.
welcome-intro = Des leçons courtes et des quiz pour rester en sécurité en ligne, pour les enfants, les ados et les adultes qui prennent soin d'eux.
# Heading above the list of languages.
welcome-choose-language = Choisis ta langue
# Reassurance about privacy on the first screen.
welcome-privacy = Tout reste sur cet appareil. Nous ne demandons jamais ton vrai nom, ta date de naissance ni l'endroit où tu habites.

## Create a profile

# Title of the screen where a profile is made.
profile-title = Crée ton profil
# Label of the nickname field.
profile-nickname-label = Pseudo
# Help under the nickname field.
profile-nickname-help = Le mieux, c'est un nom inventé. Pas ton vrai nom complet.
# Heading of the avatar choices.
profile-avatar-label = Choisis une image
# Heading of the choice of age band or role.
profile-audience-label = Pour qui est ce profil ?
# Choice: a child aged 5 to 8.
profile-audience-explorers = J'ai entre 5 et 8 ans
# Choice: a child aged 9 to 12.
profile-audience-navigators = J'ai entre 9 et 12 ans
# Choice: a teenager aged 13 to 17.
profile-audience-teens = J'ai entre 13 et 17 ans
# Choice: a parent, grandparent or other carer.
profile-audience-caregivers = Je suis parent ou je m'occupe d'un enfant
# Choice: a teacher or trainer running sessions with a group.
profile-audience-trainers = J'enseigne ou j'anime des séances en groupe
# Button that saves the new profile.
profile-save = Commencer
# Shown when no age band or role was chosen.
profile-error-no-audience = Choisis pour qui est ce profil, s'il te plaît.
# Shown when the nickname is empty.
profile-error-empty-nickname = Écris un pseudo, s'il te plaît.
# Shown when the nickname is too long.
profile-error-nickname-too-long = Ce pseudo est trop long. Utilise 24 lettres au maximum, s'il te plaît.
# Shown when the nickname has invisible characters.
profile-error-nickname-characters = Ce pseudo contient des caractères que nous ne pouvons pas afficher. Écris-le à nouveau, s'il te plaît.
# Shown for any other problem with the profile.
profile-error-other = Une partie du profil n'a pas pu être enregistrée. Réessaie, s'il te plaît.

## Avatars (read by screen readers)

# Avatar picture: a fox.
avatar-fox = Renard
# Avatar picture: an owl.
avatar-owl = Hibou
# Avatar picture: a cat.
avatar-cat = Chat
# Avatar picture: a turtle.
avatar-turtle = Tortue
# Avatar picture: a rabbit.
avatar-rabbit = Lapin
# Avatar picture: a bear.
avatar-bear = Ours
# Avatar picture: a robot.
avatar-robot = Robot
# Avatar picture: a star.
avatar-star = Étoile

## Home

# Greeting on the home screen. Variables: $name (the profile's nickname).
home-greeting = Bonjour, { $name } !
# Shown on the home screen when no profile exists yet.
home-no-profile = Commençons par créer ton profil.
# Button to start making a profile.
home-start = Commencer
# Heading of the links to lessons for other ages.
home-other-bands = Leçons pour d'autres âges
# A lesson that has not been opened yet.
lesson-status-not-started = Pas commencée
# A lesson that was opened but not finished.
lesson-status-in-progress = En cours
# A lesson that was finished.
lesson-status-done = Terminée
# A lesson finished with at least 80% right on the first try.
lesson-status-mastered = Maîtrisée
# How long a lesson takes. Variables: $minutes (a number).
lesson-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}

## Lesson cards

# Screen-reader label of the progress dots. Variables: $current (card number), $total (how many cards).
lesson-card-position = Carte { $current } sur { $total }
# Button to go back one card.
lesson-back = Retour
# Button to go to the next card.
lesson-next = Suivant
# Button on the last card that starts the questions.
lesson-start-quiz = Commencer les questions
# Shown when a link points to a lesson that does not exist.
lesson-not-found = Nous n'avons pas trouvé cette leçon.

## Quiz

# Button that checks the answer.
quiz-check = Vérifier ma réponse
# Button that shows a hint.
quiz-show-hint = Voir un indice
# Label before the hint text.
quiz-hint-label = Indice :
# Shown before answering again after a first wrong try.
quiz-second-try = Essaie encore une fois.
# Help for a multiple-choice question.
quiz-choose-all = Choisis toutes les réponses qui conviennent.
# How to answer a single-choice question (shown until an answer is chosen).
quiz-how-single-choice = Touche la réponse que tu choisis.
# How to answer a multiple-choice question.
quiz-how-multiple-choice = Touche toutes les réponses qui conviennent.
# How to answer a true-or-false question.
quiz-how-true-false = Touche Vrai ou Faux.
# How to answer a "what would you do" question.
quiz-how-scenario = Touche ce que tu ferais.
# How to answer a sorting question.
quiz-how-sort-into-groups = Mets chaque élément dans un groupe.
# How to answer an ordering question.
quiz-how-order-steps = Mets toutes les étapes dans l'ordre.
# Instructions for sorting items into groups by tapping.
quiz-sort-how = Touche un élément, puis touche le groupe où il va.
# Screen-reader label of the list of items not yet sorted.
quiz-sort-tray = Éléments à trier
# Button in a group that places the chosen item there.
quiz-place-here = Mets-le ici
# Screen-reader hint on a placed item: tapping it takes it out again.
quiz-take-out = (touche pour le retirer)
# Instructions for putting steps in order by tapping.
quiz-order-how = Touche les étapes dans l'ordre où tu les ferais.
# Screen-reader label of the steps already put in order.
quiz-order-list = Ton ordre
# Screen-reader label of the steps not yet placed.
quiz-order-tray = Étapes à placer
# Heading of the feedback when the answer is right.
quiz-verdict-correct = Oui, c'est ça !
# Heading of the feedback when part of the answer is right.
quiz-verdict-partial = Une partie de ta réponse est juste.
# Heading of the feedback when the answer is not right. Kind, never shaming.
quiz-verdict-incorrect = Pas tout à fait. Voici pourquoi.
# Heading above the ranked list of actions in a "what would you do" question.
quiz-ranking-title = Du meilleur choix au moins bon :
# Marks the action the learner chose.
quiz-your-choice = (ton choix)
# Label before the right answer, shown after the last try.
quiz-solution-label = La réponse :
# Button to answer the same question again.
quiz-try-again = Réessayer
# Button to go to the next question.
quiz-next-question = Question suivante
# Button after the last question.
quiz-see-results = Voir mon résultat

## Results

# Title of the results screen.
results-title = Bravo, tu as terminé !
# The score. Variables: $score (questions right), $total (how many questions).
results-score = { $score ->
    [one] Tu as { $score } bonne réponse sur { $total }.
   *[other] Tu as { $score } bonnes réponses sur { $total }.
}
# Shown when at least 80% were right on the first try.
results-mastered = Tu maîtrises cette leçon.
# Shown otherwise. Encouraging.
results-not-mastered = Tu peux revenir à cette leçon quand tu veux pour t'entraîner.
# Heading of the questions to look at again.
results-review-title = Questions à revoir
# Heading of the "talk together" prompt for a child and their grown-up.
results-talk-together = On en parle ensemble
# Heading of the conversation starter in caregiver lessons.
results-talk-together-caregivers = Essayez ceci avec votre enfant
# Heading of the discussion prompt for teachers and trainers.
results-trainer-prompt = Pour votre groupe
# Heading: there is always someone to talk to.
results-someone-title = Quelqu'un à qui parler
# Body under that heading.
results-someone-body = Si quelque chose en ligne t'inquiète, parles-en à un adulte de confiance. L'écran Aide te donne d'autres idées.
# Button to the Help screen.
results-open-help = Ouvrir l'Aide
# Button back to the home screen.
results-home = Retour à mes leçons

## Help

# Title of the Help screen.
help-title = Aide
# First line of the Help screen.
help-never-your-fault = Si quelque chose en ligne t'a fait de la peine ou s'est mal passé, ce n'est jamais ta faute. Tu peux avoir de l'aide.
# Heading of the steps.
help-steps-title = Que faire
# Step 1.
help-step-stop = Arrête-toi. Tu n'as pas à continuer de regarder ni de discuter.
# Step 2.
help-step-dont-reply = Ne réponds pas aux messages qui te font de la peine ou qui te mettent la pression.
# Step 3.
help-step-save = Garde une trace de ce qui s'est passé : fais des captures d'écran des messages et des pseudos. Ne les fais pas circuler.
# Step 4.
help-step-block = Bloque la personne.
# Step 5.
help-step-report = Signale-le dans l'application ou dans le jeu.
# Step 6.
help-step-tell = Parles-en à un adulte de confiance. Cet adulte doit t'aider, pas te faire de reproches.
# Heading: people to talk to.
help-someone-title = Quelqu'un à qui parler
# Who a trusted adult can be.
help-trusted-adult = Un adulte de confiance peut être un parent ou la personne qui s'occupe de toi, un autre membre de ta famille, un professeur ou une personne de ton école chargée d'écouter les élèves.
# What to do in danger.
help-emergency = Si tu es en danger en ce moment, appelle le numéro d'urgence de ton pays.
# Heading of the helplines part.
help-helplines-title = Lignes d'écoute pour les enfants
# Body of the helplines part.
help-helplines-body = La plupart des pays ont une ligne d'écoute gratuite pour les enfants et les jeunes. Child Helpline International les présente pays par pays.
# Link text to Child Helpline International's directory.
help-helplines-link = Trouve une ligne d'écoute dans ton pays (childhelplineinternational.org)
# Where the helpline information comes from and when it was checked.
help-helplines-source = Source : Child Helpline International, vérifié le 22 novembre 2026.

## Help: quick exit

# A button on Help and on lessons about abuse, for a child who is not alone: it replaces the app at once with a blank page. Keep it very short.
quick-exit = Sortie rapide
# What the quick exit button does: its tooltip, and its description for screen readers.
quick-exit-label = Sortie rapide : quitter l'application tout de suite et afficher une page vide

## Help: what to do now (step lists; each line of a list is one step, keep one step per line)

# Heading above the situations.
help-now-title = Que faire maintenant
# Under that heading.
help-now-intro = Touche ce qui se passe. Avance étape par étape.
# Situation title for ages 5–8: someone asks for pictures of their body, or says scary things.
help-now-pictures-explorers-title = Quelqu'un me demande des photos de moi, ou me fait peur
# Steps for ages 5–8. One step per line.
help-now-pictures-explorers =
    Arrête-toi. Tu as le droit de dire non.
    N'envoie aucune photo.
    Quitte le jeu ou la discussion.
    Parles-en tout de suite à un adulte de ton cercle de confiance.
    Ce n'est pas ta faute. Tu as bien fait d'en parler.
# Situation title for ages 9–12: someone asks for pictures or threatens them.
help-now-pictures-navigators-title = Quelqu'un me demande des photos ou me menace
# Steps for ages 9–12. One step per line.
help-now-pictures-navigators =
    Ce n'est pas ta faute, même si tu as déjà envoyé quelque chose.
    Arrête de répondre. N'envoie rien et ne paie pas.
    Garde les messages. Fais des captures d'écran et note le pseudo.
    Bloque et signale le compte dans l'application.
    Parles-en aujourd'hui à un adulte de confiance. Cet adulte doit t'aider, pas te faire de reproches.
# Situation title for ages 13–17: sextortion (pictures asked for, threats to share them, demands for money or more).
help-now-pictures-teens-title = Quelqu'un me demande des photos ou me menace
# Steps for ages 13–17 (sextortion). One step per line.
help-now-pictures-teens =
    C'est puni par la loi, et ce n'est pas ta faute, même si tu as partagé quelque chose ou déjà payé.
    Ne paie pas et n'envoie rien de plus. Arrête de répondre.
    Garde les preuves : captures d'écran, pseudos, liens. Ne supprime pas ton compte pour l'instant.
    Signale le compte à l'application, et à la CyberTipline ou à la police près de chez toi.
    Take It Down (takeitdown.ncmec.org) peut aider à retirer des images ; seul un code de l'image quitte ton appareil.
    Parles-en à quelqu'un en qui tu as confiance, ou appelle une ligne d'écoute ci-dessous. Il n'est pas trop tard pour avoir de l'aide.
# Situation title for caregivers: their child is being asked for pictures or threatened (sextortion).
help-now-pictures-caregivers-title = On demande des photos à mon enfant, ou on lui fait des menaces
# Steps for caregivers. One step per line.
help-now-pictures-caregivers =
    Restez calme. Remerciez votre enfant de vous en avoir parlé, et dites-lui que ce n'est pas sa faute.
    Ne payez pas et ne répondez pas à cette personne. Payer arrête rarement les menaces.
    Gardez les preuves : captures d'écran, pseudos, liens. Ne transférez aucune image.
    Signalez le compte à la plateforme, et à la CyberTipline ou à la police près de chez vous.
    Utilisez Take It Down (takeitdown.ncmec.org) pour aider à retirer les images de votre enfant.
    Restez à ses côtés. Appelez une ligne d'écoute ci-dessous si vous ou votre enfant avez besoin de soutien.
# Situation title for ages 5–8: someone online makes them feel funny or uncomfortable.
help-now-uncomfortable-explorers-title = Quelqu'un en ligne me donne une drôle d'impression ou me fait de la peine
# Steps for ages 5–8. One step per line.
help-now-uncomfortable-explorers =
    Arrête et ferme le jeu ou la vidéo.
    Tu n'as pas à répondre.
    Va voir un adulte de ton cercle de confiance.
    Dis : "J'ai besoin de te dire quelque chose."
    Tu n'as rien fait de mal. En parler, c'est courageux.
# Situation title for ages 9–12: someone online makes them uncomfortable.
help-now-uncomfortable-navigators-title = Quelqu'un en ligne me met mal à l'aise
# Steps for ages 9–12. One step per line.
help-now-uncomfortable-navigators =
    Écoute ce que tu ressens. Tu peux arrêter de discuter à tout moment.
    Ne passe pas dans une discussion privée, et ne dis pas où tu es.
    Garde les messages en captures d'écran.
    Bloque et signale la personne.
    Raconte à un adulte de confiance ce qui s'est passé.
# Situation title for ages 13–17: someone online makes them uncomfortable (pressure, flattery, secrets).
help-now-uncomfortable-teens-title = Quelqu'un en ligne me met mal à l'aise
# Steps for ages 13–17. One step per line.
help-now-uncomfortable-teens =
    Ton malaise mérite d'être écouté. Tu ne dois de réponse à personne.
    Repère la pression : cadeaux, secrets, proposition de passer sur une autre appli, demandes de photos.
    Garde des captures d'écran de la discussion et du profil.
    Bloque et signale le compte.
    Parle à quelqu'un en qui tu as confiance, ou appelle une ligne d'écoute ci-dessous.
# Situation title for caregivers: someone online is making their child uncomfortable.
help-now-uncomfortable-caregivers-title = Quelqu'un en ligne met mon enfant mal à l'aise
# Steps for caregivers. One step per line.
help-now-uncomfortable-caregivers =
    Écoutez d'abord et restez calme. Votre réaction décide si votre enfant vous en parlera la prochaine fois.
    Ne confisquez pas son téléphone en guise de punition.
    Faites ensemble des captures d'écran des messages et du profil.
    Bloquez et signalez le compte ensemble.
    Si un adulte lui a demandé de garder un secret, d'envoyer des photos ou de le rencontrer, signalez-le à la police.
# Situation title for ages 5–8: a friend told them something worrying.
help-now-friend-explorers-title = Un ami ou une amie m'a dit quelque chose qui m'inquiète
# Steps for ages 5–8. One step per line.
help-now-friend-explorers =
    Tu as bien fait d'écouter. C'est ce que font les bons amis.
    Certains secrets, il faut les dire.
    Parles-en à un adulte de ton cercle de confiance.
    En parler aide ton ami ou ton amie à recevoir de l'aide.
# Situation title for ages 9–12: a friend told them something worrying.
help-now-friend-navigators-title = Un ami ou une amie m'a dit quelque chose d'inquiétant
# Steps for ages 9–12. One step per line.
help-now-friend-navigators =
    Écoute, et dis-lui que ce n'est pas sa faute.
    Ne partage ni ses photos ni ses messages avec personne.
    Parles-en à un adulte de confiance, même si ton ami ou ton amie t'a demandé de garder le secret.
    Reste à ses côtés.
# Situation title for ages 13–17: a friend told them something worrying.
help-now-friend-teens-title = Un ami ou une amie m'a dit quelque chose d'inquiétant
# Steps for ages 13–17. One step per line.
help-now-friend-teens =
    Écoute sans juger. Dis-lui que ce n'est pas sa faute.
    Ne transfère jamais ses images ni ses messages, même pour aider.
    Encourage cette personne à en parler à un adulte de confiance, et propose de l'accompagner.
    Si elle est en danger, préviens toi-même un adulte. Ce n'est pas une trahison.
    Prends soin de toi aussi. Tu peux appeler une ligne d'écoute ci-dessous.
# Situation title for caregivers: their child's friend told their child something worrying.
help-now-friend-caregivers-title = Mon enfant m'a raconté une chose inquiétante arrivée à un ami ou une amie
# Steps for caregivers. One step per line.
help-now-friend-caregivers =
    Remerciez votre enfant de vous en avoir parlé. C'était la bonne chose à faire.
    Ne demandez aucune image et n'en regardez aucune.
    Parlez calmement avec les parents ou la famille de cet enfant, ou avec l'école.
    Si un enfant est peut-être en danger, signalez-le à une ligne d'écoute ou à la police.
# Situation title for ages 5–8: they saw something upsetting.
help-now-saw-explorers-title = J'ai vu quelque chose qui m'a fait de la peine
# Steps for ages 5–8. One step per line.
help-now-saw-explorers =
    Ferme-le ou retourne l'écran.
    Tu n'as rien fait de mal.
    Dis à un adulte ce que tu as vu.
    Fais quelque chose de calme avec cet adulte.
# Situation title for ages 9–12: they saw something upsetting.
help-now-saw-navigators-title = J'ai vu quelque chose de perturbant
# Steps for ages 9–12. One step per line.
help-now-saw-navigators =
    Ferme-le. Tu n'as pas à continuer de regarder.
    Ne le partage avec personne.
    Signale-le dans l'application.
    Parle à un adulte de confiance de ce que tu ressens.
# Situation title for ages 13–17: they saw something upsetting.
help-now-saw-teens-title = J'ai vu quelque chose de perturbant
# Steps for ages 13–17. One step per line.
help-now-saw-teens =
    Ferme-le. Tu n'as pas à continuer de regarder.
    Ne le partage pas et ne le transfère pas, même pour prévenir les autres.
    Signale-le sur la plateforme. Si on y voit un enfant à qui l'on fait du mal, signale-le à la CyberTipline ou à la police.
    Parle à quelqu'un en qui tu as confiance si tu continues d'y penser.
# Situation title for caregivers: their child saw something upsetting.
help-now-saw-caregivers-title = Mon enfant a vu quelque chose de perturbant
# Steps for caregivers. One step per line.
help-now-saw-caregivers =
    Restez calme et remerciez votre enfant de vous en avoir parlé. Ce n'est pas sa faute.
    Demandez-lui, sans reproche, ce qu'il ou elle a vu et ressenti.
    Signalez-le sur la plateforme. Signalez les images d'abus sur des enfants à la police ou à la CyberTipline ; ne les partagez pas.
    Revenez vers votre enfant dans les jours qui suivent.

## Help: contacts in your country

# Label of the country picker on Help and in Settings.
help-country-label = Ton pays
# The country picker's first choice, when no country is chosen yet.
help-country-choose = Choisis ton pays
# In the country picker: the user's country is not in the list.
help-country-other = Mon pays n'est pas dans la liste
# Heading above the chosen country's contacts. Variable: $country (the country's name).
help-contacts-title = Qui peut aider : { $country }
# Shown when no country is chosen, or the country has no checked line in the app.
help-contacts-none = Nous n'avons pas encore de ligne d'écoute vérifiée pour ce pays. Suis les étapes de cet écran, et trouve une ligne dans la liste de Child Helpline International ci-dessous.
# Tag on a contact: someone to talk to.
help-purpose-talk = Parler à quelqu'un
# Tag on a contact: a place to report abuse.
help-purpose-report = Signaler des violences
# Tag on a contact: emergencies.
help-purpose-emergency = Urgence
# Tag on a contact: getting pictures removed from the internet.
help-purpose-remove-images = Retirer des photos
# Button on a contact. Variable: $number (the phone number).
help-call = Appeler le { $number }
# Button on a contact. Variable: $number (a number that takes text messages).
help-text = Envoyer un SMS au { $number }
# Button on a contact that takes a keyword by text message. Variables: $keyword (the word to send), $number.
help-text-keyword = Envoyer { $keyword } par SMS au { $number }
# Button on a contact that answers on WhatsApp. Variable: $number.
help-whatsapp = Écrire sur WhatsApp au { $number }
# Link to a contact's website or online form.
help-website = Ouvrir le site
# When a contact answers.
help-hours-always = Ouvert 24 h sur 24, tous les jours
# What a contact costs.
help-cost-free = Gratuit
# Under each contact: the source and the day it was checked. Variables: $source (a web address), $date (a date, year-month-day).
help-check-number = Vérifie que ce numéro est le bon pour toi. Source : { $source }, vérifié le { $date }.

## Help: my safety circle

# Heading of the safety circle on Help.
circle-title = Mon cercle de confiance
# Under the heading.
circle-intro = Écris les prénoms de cinq adultes de confiance au maximum. Ils restent seulement sur cet appareil.
# When the circle is empty.
circle-empty = Personne pour l'instant. Ajoute un adulte de confiance.
# Label of the name field.
circle-name-label = Prénom ou surnom
# Button that adds the name.
circle-add = Ajouter à mon cercle
# Button that removes a name, for screen readers. Variable: $name.
circle-remove = Retirer { $name }
# When the circle already has five names.
circle-full = Ton cercle compte cinq personnes. Retires-en une pour ajouter quelqu'un d'autre.
# When the name is empty or too long.
circle-name-invalid = Écris un nom de 1 à 30 lettres.
# When there is no profile yet.
circle-no-profile = Crée d'abord un profil ; ensuite, tu pourras garder ton cercle de confiance ici.
# Heading at the end of lessons about telling someone.
circle-results-title = À qui tu peux en parler
# Before the names at the end of those lessons.
circle-results-body = Tu peux en parler à n'importe qui dans ton cercle de confiance :
# At the end of those lessons, when the circle is empty.
circle-results-add = Ajoute les adultes en qui tu as confiance à ton cercle de confiance, sur l'écran Aide.

## Country names (in the country picker)

# A country's name.
country-bo = Bolivie
# A country's name.
country-br = Brésil
# A country's name.
country-ec = Équateur
# A country's name.
country-fr = France
# A country's name.
country-gb = Royaume-Uni
# A country's name.
country-gt = Guatemala
# A country's name.
country-id = Indonésie
# A country's name.
country-in = Inde
# A country's name.
country-ke = Kenya
# A country's name.
country-mx = Mexique
# A country's name.
country-ph = Philippines
# A country's name.
country-us = États-Unis

## For grown-ups: the gate

# Heading of the question that keeps young children out of the family pages.
gate-title = Pour les adultes
# The question. Variables: $left and $right (two numbers to multiply).
gate-question = Pour continuer, saisissez la réponse : combien font { $left } × { $right } ?
# Label of the answer field.
gate-answer-label = Réponse
# Button under the answer.
gate-continue = Continuer
# After a wrong answer.
gate-wrong = Ce n'est pas la bonne réponse. Voici une nouvelle question.
# Heading of the gate's setting.
gate-level = Question pour les adultes
# A gate setting: the usual question.
gate-level-standard = Normale
# A gate setting: bigger numbers, for an older child who knows the times tables.
gate-level-harder = Plus difficile

## For grown-ups: the family view

# Title of the family view.
family-title = Famille
# Under the title.
family-intro = Ce que chaque enfant a fait sur cet appareil, et de quoi parler ensuite. Vous voyez les thèmes, jamais leurs réponses, pour que les enfants puissent répondre sincèrement.
# When there are no children's profiles.
family-no-children = Il n'y a encore aucun profil d'enfant sur cet appareil.
# A child's progress. Variables: $done, $total, $mastered (numbers of lessons).
family-progress = Leçons terminées : { $done } sur { $total }. Maîtrisées : { $mastered }.
# Heading of the lessons a child has finished.
family-done-title = Terminées
# Heading of the topics to talk about.
family-talk-about = À aborder ensuite
# When a child has missed nothing lately.
family-talk-nothing = Rien à revoir ces derniers temps. Demandez-lui ce qui lui a le plus plu.
# Link to the conversation starters.
family-starters-link = Pistes de discussion par âge
# Link to managing profiles.
family-manage-link = Gérer les profils
# Link from Settings and Home to the family view.
family-open = Espace famille (pour les adultes)

## For grown-ups: managing profiles

# Title of the profile management screen.
manage-title = Gérer les profils
# Button: reset a child's progress.
manage-reset = Réinitialiser la progression
# Button: delete a profile.
manage-delete = Supprimer le profil
# Confirmation before deleting. Variable: $name (the profile's nickname).
manage-confirm-delete = Supprimer { $name } ? Le profil disparaît des listes de cet appareil. Vous pouvez le restaurer, avec toute sa progression, pendant 30 jours.
# Confirmation before a reset. Variable: $name.
manage-confirm-reset = Réinitialiser la progression de { $name } ? Ses leçons reprennent depuis le début. Vous pouvez annuler cette action pendant 30 jours.
# Button: save a backup file before deleting or resetting.
manage-backup-first = Enregistrer d'abord une sauvegarde
# After the backup was saved. Variable: $file (the file's name or place).
manage-backup-saved = Sauvegarde enregistrée : { $file }
# When the backup could not be saved.
manage-backup-failed = La sauvegarde n'a pas pu être enregistrée. Rien n'a été supprimé.
# Button that confirms a deletion or a reset.
manage-confirm = Confirmer
# Button that cancels.
manage-cancel = Annuler
# Button that undoes the last reset.
manage-undo-reset = Annuler la réinitialisation
# Heading of the recently deleted profiles.
manage-deleted-title = Supprimés récemment
# Button that brings a deleted profile back. Variable: $name.
manage-restore = Restaurer { $name }
# Under a deleted profile. Variable: $date (a date, year-month-day).
manage-restorable-until = Peut être restauré jusqu'au { $date }.
# When nothing was deleted lately.
manage-none-deleted = Rien n'a été supprimé ces 30 derniers jours.

## For grown-ups: conversation starters

# Title of the conversation starters page.
starters-title = Pistes de discussion par âge
# Under the title.
starters-intro = Des questions et des activités tirées des leçons, classées par thème, pour lancer la discussion à la maison ou en groupe.
# Label of a prompt from a lesson for a young child with a grown-up.
starters-with-child = Avec un enfant de 5 à 8 ans
# Label of a prompt from a caregivers' lesson.
starters-for-caregivers = Pour vous et votre enfant
# Label of a discussion prompt for a group. Variable: $band (who the lesson is for).
starters-with-group = Avec un groupe ({ $band })

## Learning together (lessons for ages 5–8)

# Toggle on the first card of a lesson for 5–8-year-olds.
together-toggle = On le fait ensemble
# Label of the grown-up's prompt beside each card.
together-label = Pour l'adulte
# Heading of the next step at home on the results screen.
together-at-home = Prochaine étape à la maison

## Classroom mode (for trainers with one screen and a whole group)

# Title of the classroom screen.
classroom-title = Classe
# Under the title.
classroom-intro = Animez des leçons pour tout un groupe sur un seul écran, en équipes. Tout fonctionne sans Internet.
# Link from Home and Settings to the classroom screen.
classroom-open = Mode classe (pour enseignants et animateurs)
# Heading of the ready-made plans.
classroom-ready-made = Programmes prêts à l'emploi
# Name of a ready-made plan. Variables: $band (who it is for, such as "Ages 9–12"), $part (a number).
classroom-ready-name = { $band }, partie { $part }
# Length of a plan or a lesson. Variable: $minutes.
classroom-minutes = { $minutes } min
# Button that starts a plan with the group.
classroom-run = Lancer avec un groupe
# Link to the printable trainer sheet of a plan.
classroom-print-sheet = Fiche d'animation
# Link to the printable one-page handout of a lesson.
classroom-print-handout = Fiche à distribuer
# Heading of the trainer's own plans.
classroom-my-plans = Mes programmes
# When the trainer has no plans yet.
classroom-no-plans = Aucun programme enregistré pour l'instant.
# Heading of the plan builder.
classroom-new-plan = Créer un programme
# Label of the plan's name field.
classroom-plan-name = Nom du programme
# The plan's total time. Variable: $minutes.
classroom-plan-total = Total : { $minutes } minutes, avec un temps d'échange après chaque leçon
# Button that saves the plan.
classroom-save-plan = Enregistrer le programme
# Button that deletes a saved plan. Variable: $name.
classroom-delete-plan = Supprimer { $name }
# When the plan has no name.
classroom-plan-needs-name = Donnez un nom au programme.
# When the plan has no lessons.
classroom-plan-needs-lessons = Choisissez au moins une leçon.
# Heading of past sessions.
classroom-sessions = Séances réalisées
# When there are none.
classroom-no-sessions = Aucune séance pour l'instant.
# A past session. Variables: $date, $plan (its name).
classroom-session = { $date } : { $plan }
# Button that saves a session's results as a CSV file for a report.
classroom-export-csv = Exporter en CSV
# When the CSV file could not be saved.
classroom-export-failed = Le fichier CSV n'a pas pu être enregistré.
# Heading of the team set-up.
classroom-teams-title = Équipes
# Label of the number of teams.
classroom-team-count = Nombre d'équipes
# Label of a team's name field. Variable: $number.
classroom-team-name = Nom de l'équipe { $number }
# A team's name until the trainer changes it. Variable: $number.
classroom-team-default = Équipe { $number }
# Button that starts the session.
classroom-start = Commencer
# When the team names cannot be used.
classroom-teams-problem = Donnez à chaque équipe un nom différent, de 1 à 24 caractères.

## Presenter (the projected screen)

# How to drive the presenter from the keyboard or a clicker.
presenter-keys = Touches : → ou Espace pour avancer, ← pour revenir, R pour montrer la réponse, N pour les notes, 1 à 6 quand une équipe a la bonne réponse.
# Button: next card or question.
presenter-next = Suivant
# Button: back.
presenter-back = Retour
# Button: show the answer to the group.
presenter-reveal = Montrer la réponse
# Heading of the answer, once shown.
presenter-answer = Réponse
# Heading of the trainer's notes (feedback and discussion prompt).
presenter-notes = Notes d'animation
# Button that hides or shows the notes while projecting.
presenter-notes-toggle = Notes
# Heading of the team buttons under a question.
presenter-who-got-it = Quelles équipes ont trouvé la bonne réponse ?
# Heading of the scoreboard.
presenter-scoreboard = Points jusqu'ici
# A team's points. Variables: $team (its name), $points (a number).
presenter-points = { $team } : { $points }
# Where the presenter is. Variables: $current and $total (numbers).
presenter-progress = { $current } sur { $total }
# Heading of the end screen.
presenter-end = Bravo à toutes et à tous !
# Under it: encouraging, never ranking.
presenter-end-body = Chaque équipe a appris quelque chose aujourd'hui. Voici ce que chaque équipe a réussi dans chaque leçon.
# Heading of the group discussion prompt in the notes.
presenter-discussion = On en parle

## Printables

# Button that opens the browser's print dialog.
print-button = Imprimer ou enregistrer en PDF
# Heading of a lesson handout's questions.
print-questions = Questions pour réfléchir
# Heading of a trainer sheet. Variable: $plan (the plan's name).
print-plan-title = Fiche d'animation : { $plan }
# Heading of the answers on a trainer sheet.
print-answers = Réponses

## Settings

# Title of the settings screen.
settings-title = Paramètres
# Heading of the language choice.
settings-language = Langue
# Heading of the profile list.
settings-profiles = Profils sur cet appareil
# Button to make another profile.
settings-add-profile = Ajouter un profil
# Heading of the text size choice.
settings-text-size = Taille du texte
# Text size: the normal size.
settings-text-size-standard = Normale
# Text size: one step bigger.
settings-text-size-large = Grande
# Text size: two steps bigger.
settings-text-size-larger = Plus grande
# Text size: the biggest.
settings-text-size-largest = La plus grande
# Heading of the motion setting.
settings-motion = Mouvements
# Checkbox label: fewer animations.
settings-reduced-motion = Réduire les mouvements et les animations

## Not found

# Title when a page does not exist.
not-found-title = Nous ne trouvons pas cette page
# Body when a page does not exist.
not-found-body = Le lien est peut-être ancien. Revenons à l'accueil.
# Button back to the start.
not-found-home = Aller à l'accueil

# Used in other messages; do not use on its own.
-brand-name = SafeSteps
