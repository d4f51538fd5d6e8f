# SafeSteps — MIT OR Apache-2.0

### Lesson: My private information (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words.

# Lesson name on the lesson card.
lesson-title = Mes choses privées
# One line under the lesson name.
lesson-summary = Certaines choses sur toi sont juste pour toi et les adultes qui s'occupent de toi. Voyons lesquelles.

# Card 1: what private information is.
card-private-things =
    Certaines choses sur toi sont juste pour toi et ta famille.
    L'endroit où tu habites, par exemple.
    Ton numéro de téléphone aussi.
    Et ton mot de passe.
    On dit que ces choses sont privées.
    .together = Demandez : « Quelles choses sur toi sont privées ? » Bonnes réponses : l'endroit où tu habites, ton numéro de téléphone, ton mot de passe.
# Card 2: games and chat on a tablet or phone.
card-games-and-chats =
    Les jeux et les chats, c'est amusant !
    Parfois, un jeu ou un chat te demande où tu habites.
    Ou à quelle école tu vas.
    Tu n'as pas à le dire.
    .together = Demandez : « Que peux-tu dire si un jeu te demande où tu habites ? » Une bonne réponse : « Je n'ai pas à le dire », puis venir vous demander.
# Card 3: check with a grown-up before sharing.
card-ask-first =
    Tu ne sais pas si tu peux partager quelque chose ?
    Arrête-toi et demande d'abord à un adulte de confiance.
    Tu as toujours le droit de demander.
    .together = Dites à votre enfant : « Tu peux toujours me demander, même quand j'ai l'air d'avoir beaucoup à faire. » Entraînez-vous une fois : votre enfant vient vous demander.
# Card 4: who to tell; never the child's fault.
card-tell-someone =
    Quelque chose en ligne ne va pas ?
    Ce n'est pas ta faute.
    Parles-en à un adulte de confiance.
    Cet adulte ne va pas se fâcher contre toi.
    Touche le bouton Aide pour trouver quelqu'un à qui parler.
    .together = Demandez : « Est-ce qu'il t'est déjà arrivé quelque chose en ligne qui n'allait pas ? » Si votre enfant vous confie quelque chose d'inquiétant, restez calme, remerciez votre enfant, et dites-lui que ce n'est pas sa faute.

# Question: a single choice about a home address.
q-address = Un jeu te demande : « Où est-ce que tu habites ? » Que fais-tu ?
    .hint = Qui a besoin de savoir où tu habites ?
    .explanation = L'endroit où tu habites, c'est privé. Garde-le pour toi et ta famille.
# Answer option (right).
q-address-keep-it = Je ne l'écris pas. J'en parle à un adulte.
    .feedback = Oui ! Ton adresse est privée. Un adulte de confiance peut t'aider.
# Answer option (wrong).
q-address-type-it = Je l'écris dans le jeu.
    .feedback = Pas tout à fait. L'endroit où tu habites, c'est privé. Garde-le pour toi et ta famille.
# Answer option (wrong).
q-address-say-it-loud = Je le dis dans le chat vocal.
    .feedback = Pas tout à fait. Le dire à voix haute, c'est aussi le partager. Garde ton adresse pour toi et ta famille.

# Question: sort things into two groups.
q-share-or-keep = Mets chaque chose dans la bonne boîte.
    .hint = Est-ce que ça pourrait aider quelqu'un à te trouver, ou à entrer dans tes jeux ?
    .explanation = Les couleurs et les animaux, c'est amusant à partager. L'endroit où tu habites est privé. Ton mot de passe et ton école aussi.
# Group name.
q-share-or-keep-okay-to-share = Je peux le dire
# Group name.
q-share-or-keep-keep-private = Je le garde privé
# Item to sort (okay to share).
q-share-or-keep-favourite-colour = Ma couleur préférée
    .feedback = Ta couleur préférée, c'est amusant à partager. Elle ne dit à personne où tu es.
# Item to sort (keep private).
q-share-or-keep-home-address = Mon adresse
    .feedback = L'endroit où tu habites est privé. Il dit aux gens où te trouver.
# Item to sort (keep private).
q-share-or-keep-password = Mon mot de passe
    .feedback = Ton mot de passe est privé. Il protège tes jeux et tes affaires.
# Item to sort (okay to share).
q-share-or-keep-favourite-animal = Mon animal préféré
    .feedback = Ton animal préféré, c'est amusant à partager. Il ne dit à personne où tu es.
# Item to sort (keep private).
q-share-or-keep-school-name = Le nom de mon école
    .feedback = Le nom de ton école est privé. Il dit aux gens où tu es pendant la journée.

# Question: true or false about sharing a password with friends.
q-password-for-friends = Je peux donner mon mot de passe à un copain ou une copine.
    .hint = Qui doit connaître ton mot de passe ?
    .explanation = Ton mot de passe est juste pour toi et ta famille. Même tes meilleurs copains et copines n'en ont pas besoin.
# Feedback if the child picks "true" (wrong).
q-password-for-friends-true =
    .feedback = Pas tout à fait. Les copains et les copines, c'est super. Mais ton mot de passe est juste pour toi et ta famille.
# Feedback if the child picks "false" (right).
q-password-for-friends-false =
    .feedback = Oui ! Ton mot de passe est juste pour toi et ta famille.

# Question: a single choice about a game asking for the child's school.
q-game-asks-school = Dans un jeu, un nouveau copain ou une nouvelle copine te demande : « Tu vas à quelle école ? » Que fais-tu ?
    .hint = Est-ce que le nom de ton école est privé ?
    .explanation = Le nom de ton école est privé. Demande d'abord à un adulte de confiance.
# Answer option (right).
q-game-asks-school-ask-a-grown-up = Je ne dis rien pour l'instant. Je demande à un adulte.
    .feedback = Oui ! Demander à un adulte, c'est une super idée. Il peut t'aider à choisir quoi faire.
# Answer option (wrong).
q-game-asks-school-tell-them = Je le dis. On est copains.
    .feedback = Pas tout à fait. Les copains de jeu, c'est chouette, mais ton école est privée. Demande d'abord à un adulte.
# Answer option (wrong).
q-game-asks-school-make-it-a-secret = Je le dis, et on garde le secret.
    .feedback = Pas tout à fait. Un secret bizarre, c'est un secret à raconter. Demande d'abord à un adulte.

# Question: true or false about telling a grown-up after a mistake.
q-told-by-mistake = Tu as fait une erreur en ligne ? Tu peux quand même le dire à un adulte.
    .hint = Est-ce qu'un adulte peut encore t'aider ?
    .explanation = Oui. Tout le monde fait des erreurs. Tu peux toujours demander de l'aide, même plus tard. Un adulte veut t'aider.
# Feedback if the child picks "true" (right).
q-told-by-mistake-true =
    .feedback = Oui ! Tu peux toujours en parler. Un adulte de confiance va t'aider.
# Feedback if the child picks "false" (wrong).
q-told-by-mistake-false =
    .feedback = Pas tout à fait. Tu peux toujours le dire à un adulte, même après une erreur. Il veut t'aider.

# Question: a single choice about a game friend offering a gift for the child's address.
q-gift-for-address = Dans un jeu, un copain ou une copine te dit : « Dis-moi où tu habites. Je vais t'envoyer un cadeau ! » Que fais-tu ?
    .hint = Est-ce que l'endroit où tu habites est privé, même pour un cadeau ?
    .explanation = L'endroit où tu habites est privé, même si quelqu'un promet un cadeau. Dis non et parles-en à un adulte de confiance.
# Answer option (right).
q-gift-for-address-say-no-and-tell = Je dis non, et j'en parle à un adulte.
    .feedback = Oui ! L'endroit où tu habites est privé. Un adulte de confiance peut t'aider.
# Answer option (wrong).
q-gift-for-address-tell-for-the-gift = Je le dis, pour avoir le cadeau.
    .feedback = Pas tout à fait. Un cadeau, c'est chouette, mais l'endroit où tu habites est privé. Dis non, et parles-en à un adulte.
# Answer option (wrong).
q-gift-for-address-tell-and-keep-secret = Je le dis, et je garde le secret.
    .feedback = Pas tout à fait. L'endroit où tu habites est privé. Et un secret comme celui-là, il faut le raconter à un adulte.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Demandez à votre enfant : « Quelles choses sur toi sont privées ? » Puis faites ensemble la liste des adultes à qui votre enfant peut en parler si un jeu ou un chat demande des choses privées.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = À la maison, nommez ensemble les choses privées de la famille (votre adresse, votre numéro de téléphone et vos mots de passe) et mettez-vous d'accord pour qu'elles restent dans la famille. Les mots de passe, ce sont les adultes qui les gardent.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez au groupe de citer des choses amusantes à partager et des choses à garder privées. Pourquoi cette différence est-elle importante ? À qui les enfants peuvent-ils demander avant de partager ?
