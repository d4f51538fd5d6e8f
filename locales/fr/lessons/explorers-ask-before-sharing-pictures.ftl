# SafeSteps — MIT OR Apache-2.0

### Lesson: Ask before sharing pictures (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. Never describe what a picture shows.

# Lesson name on the lesson card.
lesson-title = Les photos : je demande d'abord
# One line under the lesson name.
lesson-summary = Les photos, c'est amusant. Apprenons quand demander d'abord, et quand en parler à un adulte.

# Card 1: ask before taking or sharing a picture of someone.
card-ask-your-friend =
    C'est amusant de prendre des photos !
    Tu veux prendre un copain ou une copine en photo ?
    Demande d'abord : « Je peux te prendre en photo ? »
    Tu veux envoyer la photo à quelqu'un ? Demande encore.
    Si on te dit non, ce n'est pas grave.
    .together = Demandez : « Que dis-tu avant de prendre un copain ou une copine en photo ? » Une bonne réponse : « Je peux te prendre en photo ? » Félicitez votre enfant de penser à demander.
# Card 2: ask a grown-up before sending a picture of yourself.
card-pictures-of-you =
    Tu veux envoyer une photo de toi ?
    Demande d'abord à un adulte.
    Une photo peut être envoyée encore et encore.
    Ton adulte de confiance peut t'aider à choisir.
    .together = Demandez : « À qui demandes-tu avant d'envoyer une photo de toi ? » Une bonne réponse vous nomme, vous ou un autre adulte de confiance.
# Card 3: if someone asks for pictures, you can say no and tell.
card-if-someone-asks =
    Quelqu'un t'a demandé une photo ?
    Ça peut être quelqu'un dans un jeu.
    Ça peut être quelqu'un que tu connais.
    Tu peux dire non.
    Ensuite, parles-en à un adulte de confiance.
    .together = Demandez : « Que peux-tu faire si quelqu'un te demande une photo ? » Une bonne réponse : dire non et en parler à un adulte. Si votre enfant dit que c'est déjà arrivé, restez calme, dites-lui merci et demandez ce qui s'est passé.
# Card 4: never the child's fault; someone to talk to.
card-not-your-fault =
    Si quelqu'un te demande une photo, ce n'est pas ta faute.
    Si tu en as envoyé une, ce n'est toujours pas ta faute.
    Ton adulte de confiance ne va pas se fâcher contre toi.
    Parles-en, ou touche le bouton Aide.
    .together = Dites-le à voix haute : « Si quelqu'un te demande une photo, ce n'est pas ta faute, et je ne me fâcherai pas. » Si votre enfant vous confie quelque chose, dites-lui d'abord merci, et gardez les questions pour plus tard.

# Question: a single choice about taking a picture of a friend.
q-friend-picture = Tu veux prendre un copain ou une copine en photo. Que fais-tu d'abord ?
    .hint = Comment se sentirait cette personne si tu ne demandais pas ?
    .explanation = Demande toujours d'abord. C'est à l'autre de dire oui ou non.
# Answer option (right).
q-friend-picture-ask-first = Je demande : « Je peux te prendre en photo ? »
    .feedback = Oui ! Demander d'abord, c'est gentil. C'est à l'autre de choisir.
# Answer option (wrong).
q-friend-picture-take-it-fast = Je prends la photo vite, sans qu'on me voie.
    .feedback = Pas tout à fait. L'autre ne veut peut-être pas de photo. Demande d'abord.
# Answer option (wrong).
q-friend-picture-send-to-class = Je prends la photo et je l'envoie à toute la classe.
    .feedback = Pas tout à fait. Demande d'abord. Puis demande encore avant de l'envoyer.

# Question: true or false about a friend who says no. The right answer is "false".
q-friend-says-no = Ton copain ou ta copine dit non pour la photo. Tu peux la prendre quand même, juste une fois.
    .hint = Que veut dire « non » ?
    .explanation = Non, c'est non. Si on te dit non, ne prends pas la photo.
# Feedback if the child picks "true" (wrong).
q-friend-says-no-true =
    .feedback = Pas tout à fait. Non, c'est non, même juste une fois. C'est à l'autre de choisir.
# Feedback if the child picks "false" (right).
q-friend-says-no-false =
    .feedback = Oui ! Non, c'est non. C'est gentil de respecter ça.

# Question: a single choice about sending a picture of yourself.
q-send-my-picture = Tu veux envoyer une photo de toi à quelqu'un dans un jeu. Que fais-tu ?
    .hint = Qui peut t'aider à choisir ?
    .explanation = Demande à un adulte avant d'envoyer une photo de toi. Une photo peut être envoyée encore et encore.
# Answer option (right).
q-send-my-picture-ask-a-grown-up = Je demande d'abord à un adulte.
    .feedback = Oui ! Un adulte de confiance peut t'aider à choisir.
# Answer option (wrong).
q-send-my-picture-send-it-now = Je l'envoie tout de suite.
    .feedback = Pas tout à fait. Une photo peut être envoyée encore et encore. Demande d'abord à un adulte.
# Answer option (wrong).
q-send-my-picture-send-it-secretly = Je l'envoie sans le dire à mes parents.
    .feedback = Pas tout à fait. Tes parents peuvent t'aider. Demande-leur d'abord.

# Question: a single choice about someone asking the child for a picture.
q-someone-asks = Dans un chat, quelqu'un écrit : « Envoie-moi une photo de toi. » Que fais-tu ?
    .hint = Est-ce que tu dois dire oui ? Qui peut t'aider ?
    .explanation = Tu peux dire non. Ensuite, parles-en à un adulte de confiance. Ce n'est pas ta faute si on t'a demandé ça.
# Answer option (right).
q-someone-asks-say-no-and-tell = Je dis non, et j'en parle à un adulte.
    .feedback = Oui ! Tu peux dire non. Un adulte de confiance va t'aider.
# Answer option (wrong).
q-someone-asks-send-to-be-nice = J'en envoie une, pour faire plaisir.
    .feedback = Pas tout à fait. Tu peux dire non et rester aimable quand même. Parles-en à un adulte de confiance.
# Answer option (wrong).
q-someone-asks-send-and-say-nothing = J'en envoie une, et je garde le secret.
    .feedback = Pas tout à fait. C'est un secret à raconter. Dis non, et parles-en à un adulte.

# Question: sort actions into two groups.
q-good-idea-or-not = Mets chaque chose dans la bonne boîte.
    .hint = Est-ce qu'on demande d'abord ? Est-ce qu'on demande de l'aide à un adulte ?
    .explanation = Demande avant de prendre ou d'envoyer une photo. Parles-en à un adulte si quelqu'un te demande des photos.
# Group name.
q-good-idea-or-not-good-idea = Bonne idée
# Group name.
q-good-idea-or-not-stop-and-think = Je m'arrête et je réfléchis
# Item to sort (good idea).
q-good-idea-or-not-ask-before-taking = Demander à un copain ou une copine avant de prendre la photo
    .feedback = Bonne idée ! Demander d'abord, c'est gentil.
# Item to sort (good idea).
q-good-idea-or-not-ask-grown-up-before-sending = Demander à un adulte avant d'envoyer une photo de moi
    .feedback = Bonne idée ! Un adulte peut t'aider à choisir.
# Item to sort (good idea).
q-good-idea-or-not-tell-about-asking = Le dire à un adulte si quelqu'un me demande une photo
    .feedback = Bonne idée ! Un adulte de confiance va t'aider.
# Item to sort (stop and think).
q-good-idea-or-not-share-without-asking = Envoyer la photo de quelqu'un sans lui demander
    .feedback = Arrête-toi et réfléchis. C'est à l'autre de choisir. Demande d'abord.
# Item to sort (stop and think).
q-good-idea-or-not-send-to-game-friend = Envoyer une photo de moi à quelqu'un dans un jeu
    .feedback = Arrête-toi et réfléchis. Demande d'abord à un adulte.

# Question: true or false about telling after a picture was sent. The right answer is "true".
q-already-sent = Tu as envoyé une photo, et maintenant tu te sens mal. Tu peux quand même en parler à un adulte.
    .hint = Est-ce qu'un adulte peut encore t'aider ?
    .explanation = Tu peux toujours en parler. Ce n'est pas ta faute. Un adulte de confiance va t'aider.
# Feedback if the child picks "true" (right).
q-already-sent-true =
    .feedback = Oui ! Ce n'est pas ta faute. Ton adulte de confiance ne va pas se fâcher contre toi.
# Feedback if the child picks "false" (wrong).
q-already-sent-false =
    .feedback = Pas tout à fait. Tu peux toujours en parler. Ce n'est pas ta faute, et un adulte va t'aider.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Entraînez-vous ensemble à demander : dites à tour de rôle « Je peux te prendre en photo ? » et répondez oui ou non. Dites à votre enfant : « Si quelqu'un te demande une photo, tu peux dire non et venir me le dire. Je ne me fâcherai pas. »
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = À la maison, mettez-vous d'accord sur une règle : on n'envoie la photo de quelqu'un qu'après lui avoir demandé, et une photo de votre enfant seulement avec vous.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez au groupe : pourquoi demande-t-on avant de prendre ou d'envoyer la photo d'un copain ou d'une copine ? Que pourrait-on dire si quelqu'un nous demande une photo ? À qui pourrait-on en parler ?
