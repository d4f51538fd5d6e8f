# SafeSteps — MIT OR Apache-2.0

### Lesson: Privacy settings (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Keep sentences short. Settings are a skill, not a reason to be scared.

# Lesson name on the lesson card.
lesson-title = Tes paramètres de confidentialité
# One line under the lesson name.
lesson-summary = Choisis qui peut voir tes publications, qui peut t'écrire et qui sait où tu es.

# Card 1: what settings are and why to check them.
card-why-settings =
    Les paramètres te permettent de choisir qui voit tes publications et qui peut te parler.
    La plupart des applis et des jeux en ont. Cherche un menu ou une petite roue dentée.
    Au début, les nouvelles applis ne sont pas toujours privées.
    Alors vérifie les paramètres chaque fois que tu installes une nouvelle appli ou un nouveau jeu.
# Card 2: private accounts and friend requests.
card-private-account =
    Un compte privé, ça veut dire que seules les personnes que tu acceptes peuvent voir tes publications.
    Garde ton compte privé.
    Accepte les demandes d'ami seulement de personnes que tu connais dans la vraie vie.
    Tu as le droit de refuser une demande. Tu peux aussi retirer quelqu'un de ta liste plus tard.
# Card 3: choosing who can message you and talk to you.
card-who-can-message =
    Beaucoup de jeux et d'applis te laissent choisir qui peut t'écrire ou te parler dans le chat vocal.
    Choisis « Amis seulement » ou « Personne ».
    Comme ça, les gens que tu ne connais pas ne peuvent pas t'envoyer de messages.
    Sur les applis de vidéos, tu peux aussi choisir qui peut commenter tes vidéos.
# Card 4: turning off location sharing.
card-location =
    Certaines applis peuvent montrer où tu es sur une carte. D'autres ajoutent ta position à tes photos.
    Désactive le partage de position. Ou partage-la seulement avec ta famille.
    Vérifie les réglages de la carte dans tes applis de chat, et ceux de l'appareil photo sur ton téléphone.
# Card 5: check settings with a trusted adult; not the child's fault; Help.
card-check-together =
    Les paramètres peuvent changer quand une appli se met à jour. Vérifie-les de temps en temps avec un adulte de confiance.
    Les paramètres aident, mais ils ne peuvent pas tout empêcher. Même quelqu'un que tu connais peut faire des choses qui ne vont pas.
    Si quelqu'un te fait de la peine, ce n'est pas ta faute.
    Parles-en à un adulte de confiance. Tu peux aussi toucher le bouton Aide pour trouver quelqu'un à qui parler.

# Question: single choice about what a private account is.
q-private-means = Qu'est-ce qu'un compte privé ?
    .hint = Pense aux personnes que tu acceptes.
    .explanation = Avec un compte privé, seules les personnes que tu acceptes peuvent voir tes publications. C'est pour ça qu'il vaut mieux accepter seulement des gens que tu connais.
# Answer option (right).
q-private-means-only-people-you-accept = Seules les personnes que j'accepte peuvent voir mes publications.
    .feedback = Oui ! C'est toi qui choisis qui voit tes publications. Accepte seulement des personnes que tu connais dans la vraie vie.
# Answer option (wrong).
q-private-means-no-one-at-all = Personne du tout ne peut voir mes publications.
    .feedback = Pas tout à fait. Les personnes que tu acceptes peuvent quand même les voir. C'est pour ça qu'il faut bien choisir.
# Answer option (wrong).
q-private-means-everyone-but-parents = Tout le monde peut les voir, sauf mes parents.
    .feedback = Pas tout à fait. Un compte privé, c'est choisir qui tu acceptes. Ce n'est pas fait pour cacher des choses à ta famille.

# Question: a scenario. The situation is shown first, then the question.
q-leo-friend-request = Que pourrait faire Léo ?
    .situation = Léo, 11 ans, reçoit une demande d'ami sur une appli de vidéos. Il ne connaît pas la personne. Son profil dit qu'elle a 12 ans et qu'elle aime les mêmes jeux.
    .hint = Est-ce que Léo connaît cette personne dans la vraie vie ? N'importe qui peut écrire n'importe quoi sur un profil.
    .explanation = Un profil peut dire n'importe quoi. Léo ne connaît pas cette personne dans la vraie vie. Demander à un adulte de confiance, ou refuser, garde son compte privé.
# Action (best).
q-leo-friend-request-check-with-adult = Demander à un adulte de confiance avant de faire quoi que ce soit.
    .feedback = Le meilleur choix ! Un adulte peut aider Léo à vérifier ses paramètres et à décider. Léo peut refuser la demande.
# Action (also good).
q-leo-friend-request-decline-request = Refuser la demande.
    .feedback = Bon choix. Léo ne connaît pas cette personne dans la vraie vie. On a toujours le droit de refuser.
# Action (not helpful).
q-leo-friend-request-accept-same-age = Accepter. Elle a son âge et aime les mêmes jeux.
    .feedback = Pas tout à fait. N'importe qui peut écrire « 12 ans » sur un profil. Léo ne connaît pas cette personne dans la vraie vie.
# Action (not helpful).
q-leo-friend-request-accept-and-see = Accepter pour l'instant. Il pourra la retirer plus tard.
    .feedback = Pas tout à fait. Une fois acceptée, cette personne peut voir les publications de Léo. C'est plus sûr de refuser d'abord.

# Question: single choice about who can message you in a new game.
q-who-messages = Tu commences un nouveau jeu. Qui vaut-il mieux autoriser à t'écrire ?
    .hint = Pense aux gens que tu connais dans la vraie vie.
    .explanation = Parmi ces choix, « Amis seulement » est le plus sûr. Comme ça, les gens que tu ne connais pas ne peuvent pas t'écrire. « Personne », c'est bien aussi.
# Answer option (right).
q-who-messages-friends-only = Amis seulement
    .feedback = Oui ! Comme ça, seules les personnes que tu as acceptées peuvent t'écrire.
# Answer option (wrong).
q-who-messages-everyone = Tout le monde
    .feedback = Pas tout à fait. Dans ce cas, n'importe qui peut t'écrire, même des gens que tu ne connais pas.
# Answer option (wrong).
q-who-messages-anyone-with-good-name = N'importe qui avec un joli pseudo
    .feedback = Pas tout à fait. N'importe qui peut choisir un joli pseudo. Ça ne te dit pas qui c'est.

# Question: true or false about sharing location on a map.
q-map-sharing = Une appli de chat peut montrer à tes amis où tu es sur une carte. Le plus sûr, c'est de désactiver ça, ou de partager seulement avec ta famille.
    .hint = À qui as-tu envie de montrer où tu es ?
    .explanation = L'endroit où tu es est privé. Désactive le partage, ou partage seulement avec ta famille.
# Feedback if the child picks "true" (right).
q-map-sharing-true =
    .feedback = Oui ! L'endroit où tu es est privé. Garde-le pour ta famille.
# Feedback if the child picks "false" (wrong).
q-map-sharing-false =
    .feedback = Pas tout à fait. Une carte peut montrer où tu habites et où tu vas à l'école. Désactive le partage, ou partage seulement avec ta famille.

# Question: sort settings into two groups.
q-safer-or-not = Mets chaque paramètre dans le bon groupe.
    .hint = Demande-toi : est-ce que ça permet à des gens que je ne connais pas de me voir ou de me trouver ?
    .explanation = Un compte privé, la position désactivée et les commentaires réservés aux amis, c'est plus sûr. Un compte public, les messages de n'importe qui et ta position sur une carte, c'est moins sûr.
# Group name.
q-safer-or-not-safer = Plus sûr
# Group name.
q-safer-or-not-less-safe = Moins sûr
# Item to sort (safer).
q-safer-or-not-account-private = Mon compte est privé
    .feedback = Plus sûr. Seules les personnes que tu acceptes peuvent voir tes publications.
# Item to sort (safer).
q-safer-or-not-location-off = Le partage de position est désactivé
    .feedback = Plus sûr. L'appli ne peut pas montrer aux gens où tu es.
# Item to sort (safer).
q-safer-or-not-comments-friends-only = Seuls mes amis peuvent commenter mes vidéos
    .feedback = Plus sûr. Les gens que tu ne connais pas ne peuvent pas laisser de commentaires.
# Item to sort (less safe).
q-safer-or-not-account-public = Mon compte est public
    .feedback = Moins sûr. N'importe qui peut voir tes publications. Essaie de le passer en privé.
# Item to sort (less safe).
q-safer-or-not-messages-from-anyone = N'importe qui peut m'écrire
    .feedback = Moins sûr. Des gens que tu ne connais pas peuvent t'envoyer des messages. Essaie « Amis seulement ».
# Item to sort (less safe).
q-safer-or-not-location-on-map = Ma position est sur une carte, visible par tout le monde
    .feedback = Moins sûr. Des gens pourraient voir où tu es. Désactive-la.

# Question: multiple choice, "choose all that apply".
q-new-game-check = Tu as un nouveau jeu. Quels paramètres est-ce bien de vérifier ? Choisis toutes les bonnes réponses.
    .hint = Demande-toi : est-ce que ce paramètre change qui peut me contacter ou me trouver ?
    .explanation = Vérifie qui peut t'écrire, qui peut voir ton profil, ta position et le chat vocal. L'écran et le son, c'est comme tu préfères.
# Answer option (good to check).
q-new-game-check-message-settings = Qui peut m'écrire
    .feedback = Bien de vérifier. Choisis « Amis seulement » ou « Personne ».
# Answer option (good to check).
q-new-game-check-profile-settings = Qui peut voir mon profil
    .feedback = Bien de vérifier. Garde ton profil privé.
# Answer option (good to check).
q-new-game-check-location-settings = Qui peut voir ma position
    .feedback = Bien de vérifier. Désactive le partage de position.
# Answer option (good to check).
q-new-game-check-voice-chat-settings = Qui peut me parler dans le chat vocal
    .feedback = Bien de vérifier. Choisis « Amis seulement », ou désactive-le.
# Answer option (not a safety setting).
q-new-game-check-screen-brightness = La luminosité de mon écran
    .feedback = Pas tout à fait. La luminosité, c'est comme tu préfères. Ça ne change pas qui peut te contacter.
# Answer option (not a safety setting).
q-new-game-check-music-volume = Le volume de la musique
    .feedback = Pas tout à fait. La musique, c'est comme tu préfères. Ça ne change pas qui peut te contacter.

# Question: true or false about checking settings more than once.
q-set-once = Une fois tes paramètres réglés, tu n'as plus jamais besoin de les vérifier.
    .hint = Que peut-il se passer quand une appli se met à jour ?
    .explanation = Les mises à jour peuvent changer les paramètres. Vérifie-les de temps en temps avec un adulte de confiance.
# Feedback if the child picks "true" (wrong).
q-set-once-true =
    .feedback = Pas tout à fait. Une mise à jour peut changer tes paramètres. Vérifie-les de temps en temps.
# Feedback if the child picks "false" (right).
q-set-once-false =
    .feedback = Oui ! Les paramètres peuvent changer. Les vérifier de temps en temps avec un adulte, c'est malin.

# Question: single choice about someone getting past a block.
q-new-account-again = Tu as bloqué quelqu'un dans un jeu. Maintenant, cette personne t'écrit avec un nouveau compte. Que fais-tu ?
    .hint = Qui peut t'aider quand bloquer ne suffit pas ?
    .explanation = Parles-en à un adulte de confiance. Garde les messages, puis bloque et signale le nouveau compte. Ce n'est pas ta faute si cette personne est revenue.
# Answer option (right).
q-new-account-again-tell-block-report = J'en parle à un adulte de confiance. Puis je bloque et je signale le nouveau compte.
    .feedback = Oui ! Un adulte peut t'aider à garder les messages, à signaler et à vérifier tes paramètres. Ce n'est pas ta faute.
# Answer option (wrong).
q-new-account-again-reply-to-stop-them = Je réponds pour lui demander d'arrêter.
    .feedback = Pas tout à fait. Répondre peut pousser la personne à continuer de te parler. Parles-en à un adulte, puis bloque et signale.
# Answer option (wrong).
q-new-account-again-tell-no-one = Je supprime le jeu et je n'en parle à personne.
    .feedback = Pas tout à fait. Tu n'as pas à gérer ça sans aide. Garde les messages, et parles-en à un adulte de confiance.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez : quelles applis et quels jeux utilisez-vous, et où se trouvent leurs paramètres ? Choisissez-en un et regardez ensemble qui peut voir les publications, qui peut écrire et qui peut voir la position. Qui pourrait vous aider à vérifier ?
