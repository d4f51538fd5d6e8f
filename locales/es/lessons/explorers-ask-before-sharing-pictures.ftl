# SafeSteps — MIT OR Apache-2.0

### Lesson: Ask before sharing pictures (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. Never describe what a picture shows.

# Lesson name on the lesson card.
lesson-title = Pregunta antes de las fotos
# One line under the lesson name.
lesson-summary = Las fotos son divertidas. Vamos a aprender cuándo preguntar primero y cuándo contarle a un adulto.

# Card 1: ask before taking or sharing a picture of someone.
card-ask-your-friend =
    ¡Tomar fotos es divertido!
    ¿Quieres tomarle una foto a un amigo o amiga?
    Primero pregunta: "¿Te puedo tomar una foto?".
    ¿La quieres mandar a otras personas? Vuelve a preguntar.
    Si te dicen que no, está bien.
    .together = Pregúntale: "¿Qué dices antes de tomarle una foto a un amigo o amiga?". Una buena respuesta: "¿Te puedo tomar una foto?". Dile que hace muy bien en preguntar.
# Card 2: ask a grown-up before sending a picture of yourself.
card-pictures-of-you =
    ¿Quieres mandar una foto tuya?
    Primero pregúntale a un adulto.
    Una foto se puede reenviar una y otra vez.
    Un adulto te puede ayudar a decidir.
    .together = Pregúntale: "¿A quién le preguntas antes de mandar una foto tuya?". Una buena respuesta te nombra a ti o a otro adulto de confianza.
# Card 3: if someone asks for pictures, you can say no and tell.
card-if-someone-asks =
    ¿Alguien te pidió una foto?
    Puede ser alguien de un juego.
    Puede ser alguien que conoces.
    Puedes decir que no.
    Luego cuéntaselo a un adulto de confianza.
    .together = Pregúntale: "¿Qué puedes hacer si alguien te pide una foto?". Una buena respuesta: decir que no y contárselo a un adulto. Si tu hijo o hija te dice que ya le pasó, mantén la calma, dale las gracias y pregúntale qué pasó.
# Card 4: never the child's fault; someone to talk to.
card-not-your-fault =
    Si alguien te pide una foto, no es tu culpa.
    Si mandaste una, tampoco es tu culpa.
    Tu adulto de confianza no se va a enojar contigo.
    Cuéntaselo, o toca el botón de Ayuda.
    .together = Díselo en voz alta: "Si alguien te pide una foto, no es tu culpa, y no me voy a enojar". Si tu hijo o hija te cuenta algo, primero dale las gracias y deja las preguntas para después.

# Question: a single choice about taking a picture of a friend.
q-friend-picture = Quieres una foto de tu amigo o amiga. ¿Qué haces primero?
    .hint = ¿Cómo se sentiría tu amigo o amiga si no le preguntas?
    .explanation = Siempre pregunta primero. Tu amigo o amiga decide si dice que sí o que no.
# Answer option (right).
q-friend-picture-ask-first = Pregunto: "¿Te puedo tomar una foto?".
    .feedback = ¡Sí! Preguntar primero es amable. Así puede decidir.
# Answer option (wrong).
q-friend-picture-take-it-fast = La tomo rápido, para que no se dé cuenta.
    .feedback = No del todo. Puede que no quiera una foto. Pregúntale primero.
# Answer option (wrong).
q-friend-picture-send-to-class = La tomo y se la mando a todo el salón.
    .feedback = No del todo. Primero pregúntale. Luego vuelve a preguntar antes de mandarla.

# Question: true or false about a friend who says no. The right answer is "false".
q-friend-says-no = Tu amigo o amiga dice que no quiere foto. Igual la puedes tomar, solo esta vez.
    .hint = ¿Qué quiere decir "no"?
    .explanation = No es no. Si te dicen que no, no tomes la foto.
# Feedback if the child picks "true" (wrong).
q-friend-says-no-true =
    .feedback = No del todo. No es no, aunque sea solo una vez. Tu amigo o amiga decide.
# Feedback if the child picks "false" (right).
q-friend-says-no-false =
    .feedback = ¡Sí! No es no. Así cuidas a tu amigo o amiga.

# Question: a single choice about sending a picture of yourself.
q-send-my-picture = Quieres mandarle una foto tuya a alguien de un juego. ¿Qué haces?
    .hint = ¿Quién te puede ayudar a decidir?
    .explanation = Pregúntale a un adulto antes de mandar una foto tuya. Una foto se puede reenviar una y otra vez.
# Answer option (right).
q-send-my-picture-ask-a-grown-up = Primero le pregunto a un adulto.
    .feedback = ¡Sí! Un adulto de confianza te puede ayudar a decidir.
# Answer option (wrong).
q-send-my-picture-send-it-now = La mando ya.
    .feedback = No del todo. Una foto se puede reenviar una y otra vez. Primero pregúntale a un adulto.
# Answer option (wrong).
q-send-my-picture-send-it-secretly = La mando y no les digo a los adultos que me cuidan.
    .feedback = No del todo. Los adultos que te cuidan te pueden ayudar. Primero pregúntales.

# Question: a single choice about someone asking the child for a picture.
q-someone-asks = Alguien en un chat te dice: "Mándame una foto tuya". ¿Qué haces?
    .hint = ¿Tienes que decir que sí? ¿Quién te puede ayudar?
    .explanation = Puedes decir que no. Luego cuéntaselo a un adulto de confianza. No es tu culpa que te la hayan pedido.
# Answer option (right).
q-someone-asks-say-no-and-tell = Digo que no y le cuento a un adulto.
    .feedback = ¡Sí! Puedes decir que no. Un adulto de confianza te va a ayudar.
# Answer option (wrong).
q-someone-asks-send-to-be-nice = Mando una, para ser amable.
    .feedback = No del todo. Puedes decir que no y seguir siendo amable. Cuéntaselo a un adulto de confianza.
# Answer option (wrong).
q-someone-asks-send-and-say-nothing = Mando una y lo guardo en secreto.
    .feedback = No del todo. Este es un secreto para contar. Di que no y cuéntaselo a un adulto.

# Question: sort actions into two groups.
q-good-idea-or-not = Pon cada una en la caja donde va.
    .hint = ¿Pregunta primero? ¿Pide ayuda a un adulto?
    .explanation = Pregunta antes de tomar o mandar una foto. Cuéntale a un adulto si alguien te pide fotos.
# Group name.
q-good-idea-or-not-good-idea = Buena idea
# Group name.
q-good-idea-or-not-stop-and-think = Detente y piensa
# Item to sort (good idea).
q-good-idea-or-not-ask-before-taking = Preguntarle a alguien antes de tomarle una foto
    .feedback = ¡Buena idea! Preguntar primero es amable.
# Item to sort (good idea).
q-good-idea-or-not-ask-grown-up-before-sending = Preguntarle a un adulto antes de mandar una foto mía
    .feedback = ¡Buena idea! Un adulto te puede ayudar a decidir.
# Item to sort (good idea).
q-good-idea-or-not-tell-about-asking = Contarle a un adulto si alguien me pide una foto
    .feedback = ¡Buena idea! Un adulto de confianza te va a ayudar.
# Item to sort (stop and think).
q-good-idea-or-not-share-without-asking = Mandar la foto de un amigo o amiga sin preguntar
    .feedback = Detente y piensa. Tu amigo o amiga decide. Primero pregunta.
# Item to sort (stop and think).
q-good-idea-or-not-send-to-game-friend = Mandarle una foto mía a alguien de un juego
    .feedback = Detente y piensa. Primero pregúntale a un adulto.

# Question: true or false about telling after a picture was sent. The right answer is "true".
q-already-sent = Mandaste una foto y ahora te sientes mal. Igual se lo puedes contar a un adulto.
    .hint = ¿Un adulto todavía te puede ayudar?
    .explanation = Siempre puedes contarlo. No es tu culpa. Un adulto de confianza te va a ayudar.
# Feedback if the child picks "true" (right).
q-already-sent-true =
    .feedback = ¡Sí! No es tu culpa. Tu adulto de confianza no se va a enojar contigo.
# Feedback if the child picks "false" (wrong).
q-already-sent-false =
    .feedback = No del todo. Siempre puedes contarlo. No es tu culpa, y un adulto te va a ayudar.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Practiquen juntos cómo preguntar: túrnense para decir "¿Te puedo tomar una foto?" y contestar que sí o que no. Dile a tu hijo o hija que, si alguien le pide una foto, puede decir que no y contártelo, y que no te vas a enojar.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = En casa, acuerden juntos una regla: las fotos de otras personas solo se mandan después de preguntarles, y las fotos de tu hijo o hija solo se mandan con tu ayuda.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta al grupo: ¿por qué preguntamos antes de tomar o compartir una foto de un amigo o amiga? ¿Qué podrías decir si alguien te pide una foto? ¿A quién se lo podrías contar?
