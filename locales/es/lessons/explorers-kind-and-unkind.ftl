# SafeSteps — MIT OR Apache-2.0

### Lesson: Kind and unkind online (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. Games and chats are fun; kindness makes them better.

# Lesson name on the lesson card.
lesson-title = Amable y no amable
# One line under the lesson name.
lesson-summary = Las palabras amables hacen divertidos los juegos y los chats. Vamos a aprender qué hacer si alguien no es amable.

# Card 1: kind words in games and chats.
card-kind-words =
    Los juegos y los chats son más divertidos cuando somos amables.
    Las palabras amables hacen sentir bien a los demás.
    "¡Buen juego!" es amable.
    "¡Buen intento!" también es amable.
    .together = Pregúntale: "¿Qué palabras amables puedes decir en un juego?". Buenas respuestas: "¡Buen juego!", "¡Buen intento!", "¡Muy bien!".
# Card 2: unkind words and how others feel.
card-unkind-words =
    Las palabras feas pueden lastimar.
    Como poner apodos feos, o decir "Tú no puedes jugar".
    Del otro lado de la pantalla hay un niño o una niña de verdad.
    Las palabras feas le pueden hacer sentir triste.
    .together = Pregúntale: "¿Cómo te sentirías si alguien te escribiera eso?". Escucha, y ayúdale a ponerle nombre a lo que siente.
# Card 3: what to do if someone is unkind: stop, don't reply, tell; a grown-up helps block and report.
card-if-someone-is-unkind =
    ¿Alguien no es amable contigo?
    Detente. No respondas.
    Cuéntaselo a un adulto de confianza.
    Te puede ayudar a bloquear y reportar a esa persona.
    No es tu culpa.
    .together = Pregúntale: "¿Qué haces si alguien no es amable contigo?". Una buena respuesta: detenerse, no responder y contárselo a un adulto. Si ya le pasó, mantén la calma y dale las gracias por contártelo.
# Card 4: being kind to others; someone to talk to.
card-you-can-be-kind =
    Tú también puedes ser amable.
    Piensa antes de escribir.
    ¿Le va a sacar una sonrisa, o le va a hacer sentir triste?
    ¿Necesitas ayuda? Habla con un adulto de confianza.
    O toca el botón de Ayuda.
    .together = Pregúntale: "¿Qué podrías escribir para sacarle una sonrisa a alguien?". Celebra cualquier idea amable.

# Question: sort words into kind and unkind.
q-kind-or-unkind = ¿Estas palabras son amables o no? Pon cada una en la caja donde va.
    .hint = ¿Cómo te sentirías si alguien te lo dijera?
    .explanation = Las palabras amables hacen sentir bien a los demás. Las palabras feas pueden poner triste a alguien.
# Group name.
q-kind-or-unkind-kind = Amable
# Group name.
q-kind-or-unkind-unkind = No amable
# Item to sort (kind).
q-kind-or-unkind-good-game = "¡Buen juego!"
    .feedback = ¡Amable! Hace sentir bien a quien juega contigo, gane o pierda.
# Item to sort (kind).
q-kind-or-unkind-nice-try = "¡Buen intento!"
    .feedback = ¡Amable! Ayuda a que siga intentando.
# Item to sort (kind).
q-kind-or-unkind-want-to-play = "¿Quieres jugar?"
    .feedback = ¡Amable! Ayuda a que alguien se sienta parte de la diversión.
# Item to sort (unkind).
q-kind-or-unkind-bad-at-this = "Juegas muy mal."
    .feedback = No es amable. Palabras así pueden poner triste a alguien.
# Item to sort (unkind).
q-kind-or-unkind-cannot-play = "No puedes jugar con nosotros."
    .feedback = No es amable. Puede hacer que alguien se sienta fuera del grupo.

# Question: a single choice about being called names.
q-called-names = Alguien en un juego te dice cosas feas. ¿Qué haces?
    .hint = Piensa en los tres pasos de la tarjeta.
    .explanation = Detente, no respondas y cuéntaselo a un adulto de confianza. No es tu culpa.
# Answer option (right).
q-called-names-stop-and-tell = Me detengo, no respondo y le cuento a un adulto.
    .feedback = ¡Sí! Un adulto de confianza te puede ayudar a bloquear y reportar a esa persona.
# Answer option (wrong).
q-called-names-call-names-back = Le digo cosas feas también.
    .feedback = No del todo. Es normal sentir enojo. Pero responder con palabras feas puede empeorar las cosas. Detente y cuéntaselo a un adulto.
# Answer option (wrong).
q-called-names-keep-it-in = Sigo jugando y no le digo a nadie.
    .feedback = No del todo. No tienes que resolverlo sin ayuda. Cuéntaselo a un adulto de confianza.

# Question: true or false about saying unkind things back. The right answer is "false".
q-say-it-back = Si alguien no es amable, lo mejor es responderle con cosas feas.
    .hint = ¿Cuáles son los pasos cuando alguien no es amable?
    .explanation = Detente, no respondas y cuéntaselo a un adulto. Responder con palabras feas puede empeorar las cosas.
# Feedback if the child picks "true" (wrong).
q-say-it-back-true =
    .feedback = No del todo. Es normal sentir enojo. Pero lo mejor es detenerte, no responder y contárselo a un adulto.
# Feedback if the child picks "false" (right).
q-say-it-back-false =
    .feedback = ¡Sí! Detente, no respondas y cuéntaselo a un adulto de confianza.

# Question: a single choice about how someone else feels.
q-how-sam-feels = En un juego, Mia le escribe a Sam: "¡Juegas muy mal!". ¿Cómo se puede sentir Sam?
    .hint = ¿Cómo te sentirías si alguien te dijera eso?
    .explanation = Las palabras feas pueden poner triste a alguien. Sam es una persona de verdad, con sentimientos de verdad.
# Answer option (right).
q-how-sam-feels-sad = Triste o mal
    .feedback = Sí. Las palabras feas pueden lastimar. Sam puede sentir tristeza.
# Answer option (wrong).
q-how-sam-feels-happy = Feliz
    .feedback = No del todo. Las palabras feas no hacen feliz a nadie. Sam puede sentir tristeza.
# Answer option (wrong).
q-how-sam-feels-does-not-care = A Sam no le importa.
    .feedback = No del todo. Las palabras en una pantalla también pueden lastimar. Sam es una persona de verdad, con sentimientos de verdad.

# Question: a single choice about what to say after a game.
q-after-a-game = Pierdes un juego. ¿Qué es algo amable que puedes decir?
    .hint = ¿Qué palabras le sacarían una sonrisa a quien jugó contigo?
    .explanation = "¡Buen juego!" es amable, ganes o pierdas.
# Answer option (right).
q-after-a-game-good-game = "¡Buen juego!"
    .feedback = ¡Sí! Eso es amable, ganes o pierdas.
# Answer option (wrong).
q-after-a-game-you-are-bad = "¡Juegas muy mal!"
    .feedback = No del todo. Esas palabras pueden poner triste a alguien. Prueba con "¡Buen juego!".
# Answer option (wrong).
q-after-a-game-not-playing-with-you = "Ya no voy a jugar contigo."
    .feedback = No del todo. Perder puede hacerte sentir mal. Pero "¡Buen juego!" es amable.

# Question: true or false about blame when someone is unkind. The right answer is "true".
q-unkind-to-you = Si alguien no es amable contigo, no es tu culpa.
    .hint = ¿Quién eligió las palabras feas?
    .explanation = Nunca es tu culpa cuando alguien no es amable contigo. Cuéntaselo a un adulto de confianza.
# Feedback if the child picks "true" (right).
q-unkind-to-you-true =
    .feedback = ¡Sí! Nunca es tu culpa. Un adulto de confianza te puede ayudar.
# Feedback if the child picks "false" (wrong).
q-unkind-to-you-false =
    .feedback = No del todo. Nunca es tu culpa cuando alguien no es amable. Cuéntaselo a un adulto de confianza.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Pregúntale a tu hijo o hija: "¿Qué palabras amables puedes usar en un juego?". Luego pregúntale qué haría si alguien no fuera amable en internet. Practiquen juntos: detenerse, no responder y contárselo a un adulto.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = En casa, jueguen juntos a algo y, mientras juegan, túrnense para decirse algo amable.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pide al grupo que comparta palabras amables que les gusta escuchar en un juego. ¿Cómo hacen sentir a las personas las palabras feas? ¿Cuáles son los tres pasos si alguien no es amable?
