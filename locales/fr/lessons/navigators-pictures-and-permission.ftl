# SafeSteps — MIT OR Apache-2.0

### Lesson: Pictures and permission (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Name actions and feelings; never describe images or abuse.

# Lesson name on the lesson card.
lesson-title = Photos et permission
# One line under the lesson name.
lesson-summary = Apprends à demander avant de publier, à réfléchir avant de partager, et quoi faire si quelqu'un te demande des photos.

# Card 1: ask before posting photos of other people.
card-ask-first =
    Les photos et les vidéos, c'est sympa pour montrer ce que tu fais.
    Mais avant de publier la photo de quelqu'un, demande-lui d'abord.
    Certaines personnes ne veulent pas que leur photo soit en ligne, et c'est leur droit.
    Si la réponse est non, ne la publie pas.
    C'est pareil pour les photos de groupe et les vidéos drôles.
# Card 2: think before sharing your own photos.
card-think-before-sharing =
    Avant de publier une photo de toi, arrête-toi et réfléchis.
    Qui pourrait la voir ? Est-ce qu'elle montre ton école, ta rue ou l'endroit où tu es ?
    Une fois qu'une photo est en ligne, les gens peuvent la copier et la partager.
    Tu ne peux pas toujours la récupérer.
    Tu as un doute ? Demande à un adulte de confiance.
# Card 3: never share someone else's private picture.
card-private-pictures =
    Certaines photos sont privées, ou faites pour une seule personne.
    Ne partage jamais la photo privée de quelqu'un d'autre. Ne la transfère pas, ne la publie pas, ne la montre pas autour de toi.
    La partager peut faire beaucoup de mal à cette personne.
    Si quelqu'un t'en envoie une, ne l'enregistre pas et ne la fais pas circuler. Parles-en à un adulte de confiance.
# Card 4: if someone asks for pictures: say no and tell.
card-if-someone-asks =
    Quelqu'un peut te demander une photo qui te met mal à l'aise.
    Ça peut être un inconnu, quelqu'un rencontré en ligne, ou quelqu'un que tu connais.
    Tu as toujours le droit de dire non. Personne ne doit demander à un enfant des photos sans vêtements.
    Te demander de garder ça secret est aussi un signal d'alerte.
    Dis non, arrête de répondre, et parles-en à un adulte de confiance.
# Card 5: not the child's fault; help is there; Help screen.
card-not-your-fault =
    Si quelqu'un t'a mis la pression pour envoyer une photo, ou a partagé une photo de toi, ce n'est pas ta faute.
    Tu peux quand même avoir de l'aide, même si tu as déjà envoyé quelque chose.
    Parles-en à un adulte de confiance. Cet adulte peut t'aider à la signaler et à la faire retirer.
    Tu peux aussi toucher le bouton Aide pour trouver quelqu'un à qui parler.

# Question: single choice about posting a photo of friends.
q-lunch-photo = Tu as pris une photo drôle de tes copains et copines à la cantine. Tu veux la publier. Que dois-tu faire d'abord ?
    .hint = C'est la photo de qui ? Qui a le droit de choisir ?
    .explanation = Demande à toutes les personnes sur la photo avant de la publier. Si quelqu'un dit non, ne la publie pas.
# Answer option (right).
q-lunch-photo-ask-everyone = Demander à chaque personne sur la photo si elle est d'accord.
    .feedback = Oui ! Chaque personne sur la photo a son mot à dire. Si une seule dit non, tu ne la publies pas.
# Answer option (wrong).
q-lunch-photo-post-and-tag = La publier et identifier tout le monde pour que chacun la voie.
    .feedback = Pas tout à fait. Identifier quelqu'un, ce n'est pas lui demander. Demande d'abord.
# Answer option (wrong).
q-lunch-photo-post-then-delete = La publier, et la retirer si quelqu'un le prend mal.
    .feedback = Pas tout à fait. D'ici là, des gens l'auront peut-être vue ou enregistrée. Demande d'abord.

# Question: true or false about posting after a friend says no.
q-friend-says-no = Si quelqu'un dit non, tu peux quand même publier sa photo si elle est belle.
    .hint = À qui revient le choix quand la photo montre quelqu'un d'autre ?
    .explanation = Chaque personne choisit ce qui est mis en ligne sur elle. Si la réponse est non, ne publie pas la photo.
# Feedback if the child picks "true" (wrong).
q-friend-says-no-true =
    .feedback = Pas tout à fait. Même une belle photo a besoin d'un oui. Si la réponse est non, tu ne la publies pas.
# Feedback if the child picks "false" (right).
q-friend-says-no-false =
    .feedback = Oui ! Non, c'est non, même pour une super photo. C'est comme ça qu'on montre du respect.

# Question: a scenario. The situation is shown first, then the question.
q-group-chat-photo = Que pourrais-tu faire ?
    .situation = Dans le groupe de discussion de ta classe, quelqu'un envoie une photo privée d'un ou d'une élève. Les autres envoient des émojis qui rigolent.
    .hint = Comment la personne sur la photo pourrait-elle se sentir ? Qui pourrait aider à arrêter ça ?
    .explanation = Ne la fais pas circuler. Parles-en à un adulte de confiance, et signale-la dans l'appli. Demander à la personne sur la photo si ça va, ça aide aussi. La partager ou rire avec les autres lui fait encore plus de mal.
# Action (best).
q-group-chat-photo-dont-share-tell-adult = Ne pas la faire circuler. En parler à un adulte de confiance.
    .feedback = Le meilleur choix ! Un adulte peut aider à faire retirer la photo. Personne ne doit te reprocher d'en avoir parlé.
# Action (also good).
q-group-chat-photo-report-and-check-in = Signaler la photo dans l'appli, et demander à la personne sur la photo si ça va.
    .feedback = Bon choix. Signaler, ça aide, et ta gentillesse compte. Parles-en aussi à un adulte.
# Action (not helpful).
q-group-chat-photo-send-it-on = L'envoyer à quelqu'un pour avoir son avis.
    .feedback = Pas tout à fait. La transférer la partage encore plus. Ne la fais pas circuler. Parles-en à un adulte de confiance.
# Action (not helpful).
q-group-chat-photo-laugh-along = Envoyer un émoji qui rigole pour faire comme les autres.
    .feedback = Pas tout à fait. Ça peut être difficile de ne pas suivre le groupe. Mais rire avec les autres peut faire encore plus de mal à la personne sur la photo.

# Question: a scenario. The situation is shown first, then the question.
q-nico-asked = Que pourrait faire Nico ?
    .situation = Nico, 11 ans, discute depuis des semaines avec un joueur qui s'appelle Max. Max lui écrit : « Envoie-moi une photo de toi. Juste pour moi. Ne le dis à personne. »
    .hint = Cherche un signal d'alerte. Est-ce que Nico peut dire non ?
    .explanation = Demander une photo et demander un secret sont des signaux d'alerte. Nico peut dire non et en parler à un adulte de confiance. Bloquer et signaler Max, ça aide aussi.
# Action (best).
q-nico-asked-say-no-tell-adult = Dire non. En parler à un adulte de confiance.
    .feedback = Le meilleur choix ! Nico a toujours le droit de dire non. Un adulte peut l'aider à signaler Max et à rester en sécurité.
# Action (also good).
q-nico-asked-stop-block-report = Arrêter de répondre. Garder la conversation, puis bloquer et signaler Max.
    .feedback = Bon choix. Garder la conversation aide quand on signale. En parler aussi à un adulte, c'est encore mieux.
# Action (not helpful).
q-nico-asked-send-face-only = Envoyer une photo de son visage seulement.
    .feedback = Pas tout à fait. Max a demandé à Nico de garder le secret. C'est un signal d'alerte. Nico peut dire non.
# Action (not helpful).
q-nico-asked-send-to-keep-friend = L'envoyer pour que Max reste son ami.
    .feedback = Pas tout à fait. Un vrai ami accepte un « non ». Nico peut dire non et en parler à un adulte.

# Question: multiple choice, "choose all that apply".
q-before-you-post = Avant de publier une photo de toi, qu'est-ce qui est bien à vérifier ? Choisis toutes les bonnes réponses.
    .hint = Quelles choses pourraient aider quelqu'un à te trouver ?
    .explanation = Vérifie s'il y a un logo d'école, ta rue ou ta maison, une position ajoutée, et qui peut voir la publication. Les likes et les filtres ne changent rien à ta sécurité.
# Answer option (good to check).
q-before-you-post-school-logo = Est-ce qu'on voit le logo de mon école ?
    .feedback = Bien de vérifier. Un logo peut montrer dans quelle école tu vas.
# Answer option (good to check).
q-before-you-post-street-or-house = Est-ce qu'on voit ma rue ou ma maison ?
    .feedback = Bien de vérifier. Une plaque de rue ou une maison peut montrer où tu habites.
# Answer option (good to check).
q-before-you-post-who-can-see = Qui peut voir cette publication ?
    .feedback = Bien de vérifier. Garde-la pour les gens que tu connais dans la vraie vie.
# Answer option (good to check).
q-before-you-post-location-tag = Est-ce que ma position est ajoutée ?
    .feedback = Bien de vérifier. Une position ajoutée montre où tu es. Désactive-la.
# Answer option (not about safety).
q-before-you-post-how-many-likes = Est-ce qu'elle va avoir plein de likes ?
    .feedback = Pas tout à fait. Les likes, c'est sympa, mais ils ne te protègent pas.
# Answer option (not about safety).
q-before-you-post-coolest-filter = Quel filtre est le plus stylé ?
    .feedback = Pas tout à fait. Le filtre, c'est toi qui choisis. Il ne change pas qui peut voir la photo.

# Question: true or false about photos being copied.
q-copied-and-shared = Une fois qu'une photo est en ligne, les gens peuvent la copier et la partager.
    .hint = Pense aux captures d'écran.
    .explanation = Oui. Les gens peuvent faire des captures d'écran ou enregistrer des photos. C'est pour ça qu'il vaut mieux réfléchir avant de publier.
# Feedback if the child picks "true" (right).
q-copied-and-shared-true =
    .feedback = Oui ! Une capture d'écran, ça prend une seconde. Alors réfléchis avant de publier.
# Feedback if the child picks "false" (wrong).
q-copied-and-shared-false =
    .feedback = Pas tout à fait. Même si tu supprimes une photo, quelqu'un l'a peut-être déjà enregistrée.

# Question: sort photos into three groups.
q-post-ask-or-never = Mets chaque photo dans le bon groupe.
    .hint = Qui est sur la photo ? Est-ce qu'elle devait rester privée ?
    .explanation = Ton propre dessin ou un coucher de soleil, tu peux les publier. Les photos d'autres personnes ont d'abord besoin d'un oui. Les photos privées des autres, tu ne dois jamais les partager.
# Group name.
q-post-ask-or-never-okay-to-post = Je peux publier
# Group name.
q-post-ask-or-never-ask-first = Je demande d'abord
# Group name.
q-post-ask-or-never-never-share = Je ne partage jamais
# Item to sort (okay to post).
q-post-ask-or-never-my-drawing = Une photo de mon dessin
    .feedback = Ton propre dessin, tu peux le partager. Vérifie juste que ton nom n'est pas dessus.
# Item to sort (okay to post).
q-post-ask-or-never-sunset = Une photo d'un coucher de soleil
    .feedback = Un coucher de soleil, tu peux le publier. Vérifie juste que la position est désactivée.
# Item to sort (ask first).
q-post-ask-or-never-friend-at-party = Un copain ou une copine à une fête
    .feedback = Demande d'abord. C'est à cette personne de choisir si la photo va en ligne.
# Item to sort (ask first).
q-post-ask-or-never-team-photo = Mon équipe après un match
    .feedback = Demande d'abord. Chaque personne sur la photo a son mot à dire.
# Item to sort (never share).
q-post-ask-or-never-photo-sent-just-to-me = Une photo que quelqu'un m'a envoyée juste à moi
    .feedback = Ne la partage jamais. Elle était faite seulement pour toi.
# Item to sort (never share).
q-post-ask-or-never-classmate-private-photo = Une photo privée de quelqu'un de ma classe
    .feedback = Ne la partage jamais. Ça peut faire beaucoup de mal à cette personne. Parles-en à un adulte de confiance.

# Question: true or false about getting help after sending a photo. The right answer is "true".
q-sent-before = Si tu as déjà envoyé une photo, tu peux quand même refuser d'en envoyer d'autres et avoir de l'aide.
    .hint = Dire oui une fois, est-ce que ça veut dire qu'il faut toujours dire oui ?
    .explanation = Tu peux dire non à tout moment. Ce n'est pas ta faute, et un adulte de confiance peut t'aider. Tu peux aussi toucher le bouton Aide.
# Feedback if the child picks "true" (right).
q-sent-before-true =
    .feedback = Oui ! Tu as toujours le droit de dire non. Tu peux toujours en parler à quelqu'un, même plus tard.
# Feedback if the child picks "false" (wrong).
q-sent-before-false =
    .feedback = Pas tout à fait. Tu peux dire non à tout moment. Ce n'est pas ta faute, et il y a toujours de l'aide.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez : comment vous sentiriez-vous si quelqu'un publiait une photo de vous sans demander ? Que pourriez-vous dire à quelqu'un qui veut partager la photo privée d'une autre personne ? Qui pourrait aider si quelqu'un vous demande des photos ?
