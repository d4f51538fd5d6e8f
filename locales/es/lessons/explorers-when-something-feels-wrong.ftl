# SafeSteps — MIT OR Apache-2.0

### Lesson: When something online feels wrong: stop, leave, tell (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words, and never say what the child saw.

# Lesson name on the lesson card.
lesson-title = Cuando algo se siente mal
# One line under the lesson name.
lesson-summary = Si algo en internet te hace sentir mal, puedes detenerte, salirte y contarlo.

# Card 1: online is mostly fun; some things make us feel bad.
card-feelings =
    Casi todo en internet es divertido.
    Pero algunas cosas te pueden dar tristeza.
    O miedo, o confusión.
    Ese sentimiento te avisa que te detengas.
    .together = Pregúntale: "¿Cómo se siente tu cuerpo cuando algo no está bien?". Buenas respuestas: dolor de pancita, el corazón que late muy rápido, sentir confusión.
# Card 2: stop and leave: close it or turn the screen over.
card-stop-and-leave =
    Detente.
    Ciérralo, o voltea la pantalla.
    Puedes dejar la tableta.
    No tienes que mirar.
    .together = Practiquen: imaginen que algo en la pantalla se siente mal, y tu hijo o hija voltea la pantalla.
# Card 3: tell a grown-up; what to say.
card-tell-a-grown-up =
    Ve y cuéntaselo a un adulto de confianza.
    Puedes decir: "Vi algo que me hizo sentir mal".
    Te va a ayudar.
    Cuéntalo, aunque el chat sea de alguien que conoces.
    .together = Pregúntale: "¿Qué me podrías decir?". Una buena respuesta: "Vi algo que me hizo sentir mal". Dale las gracias por practicar.
# Card 4: never the child's fault; the grown-up will not be cross; Help button.
card-never-your-fault =
    Nunca es tu culpa.
    Tu adulto de confianza no se va a enojar contigo.
    Hiciste lo correcto al contarlo.
    También puedes tocar el botón de Ayuda.
    .together = Díganlo juntos: "Nunca es tu culpa". Si tu hijo o hija te cuenta algo que vio, mantén la calma y dale las gracias.

# Question: a single choice about a video that feels scary.
q-scary-video = Un video te da miedo. ¿Qué haces primero?
    .hint = ¿Cuál es el primer paso cuando algo se siente mal?
    .explanation = Detente y sal. Ciérralo, o voltea la pantalla. Luego cuéntaselo a un adulto.
# Answer option (right).
q-scary-video-stop-and-close = Me detengo, y lo cierro o volteo la pantalla.
    .feedback = ¡Sí! No tienes que mirar. Ahora cuéntaselo a un adulto de confianza.
# Answer option (wrong).
q-scary-video-keep-watching = Sigo viéndolo hasta el final.
    .feedback = No del todo. No tienes que seguir mirando. Detente, ciérralo y cuéntaselo a un adulto.
# Answer option (wrong).
q-scary-video-watch-again = Lo veo una vez más.
    .feedback = No del todo. No tienes que verlo. Ciérralo y cuéntaselo a un adulto.

# Question: sort actions into two groups.
q-helps-or-not = Algo en internet te hace sentir mal. Pon cada cosa en la caja donde va.
    .hint = ¿Te ayuda a detenerte, salirte o contarlo?
    .explanation = Detente, sal y cuéntalo. Ciérralo o voltea la pantalla. Luego cuéntaselo a un adulto de confianza.
# Group name.
q-helps-or-not-helps = Esto ayuda
# Group name.
q-helps-or-not-does-not-help = Esto no ayuda
# Item to sort (helps).
q-helps-or-not-close-it = Cerrarlo
    .feedback = Esto ayuda. Así ya no tienes que verlo.
# Item to sort (helps).
q-helps-or-not-turn-screen-over = Voltear la pantalla
    .feedback = Esto ayuda. Es una forma rápida de detenerte.
# Item to sort (helps).
q-helps-or-not-tell-grown-up = Contárselo a un adulto
    .feedback = Esto ayuda. Un adulto de confianza te puede ayudar a sentirte mejor.
# Item to sort (does not help).
q-helps-or-not-keep-watching = Seguir mirando
    .feedback = Esto no ayuda. No tienes que mirar. Detente y ciérralo.
# Item to sort (does not help).
q-helps-or-not-keep-it-to-myself = Guardármelo
    .feedback = Esto no ayuda. No tienes que guardártelo. Cuéntaselo a un adulto.

# Question: true or false about keeping it to yourself. The right answer is "false".
q-keep-it-quiet = Si algo en internet se siente mal, guárdatelo.
    .hint = ¿Quién te puede ayudar cuando te sientes mal?
    .explanation = No tienes que guardártelo. Cuéntaselo a un adulto de confianza. Te va a ayudar.
# Feedback if the child picks "true" (wrong).
q-keep-it-quiet-true =
    .feedback = No del todo. No tienes que guardártelo. Cuéntaselo a un adulto de confianza.
# Feedback if the child picks "false" (right).
q-keep-it-quiet-false =
    .feedback = ¡Sí! Cuéntaselo a un adulto de confianza. Te va a ayudar.

# Question: a single choice about a message from someone the child knows.
q-mixed-up-message = Alguien que conoces te manda un mensaje. Te confunde. ¿Qué haces?
    .hint = ¿Importa si conoces a esa persona?
    .explanation = Hasta un mensaje de alguien que conoces puede sentirse mal. Cuéntaselo a un adulto de confianza.
# Answer option (right).
q-mixed-up-message-tell-someone = Se lo cuento a un adulto de confianza.
    .feedback = ¡Sí! Un adulto de confianza te va a ayudar.
# Answer option (wrong).
q-mixed-up-message-reply-and-hide = Respondo y lo guardo en secreto.
    .feedback = No del todo. Un mensaje que se siente mal es para contarlo. Cuéntaselo a un adulto de confianza.
# Answer option (wrong).
q-mixed-up-message-wait-it-out = No hago nada y espero que se pase.
    .feedback = No del todo. No tienes que esperar. Un adulto te puede ayudar ahora.

# Question: a single choice about what to say to a grown-up.
q-what-to-say = Vas a contárselo a un adulto. ¿Qué puedes decir?
    .hint = ¿Qué palabras le dicen al adulto qué pasa?
    .explanation = Di que viste algo que te hizo sentir mal. El adulto te va a ayudar.
# Answer option (right).
q-what-to-say-made-me-feel-bad = "Vi algo que me hizo sentir mal."
    .feedback = ¡Sí! Esas palabras ayudan a que un adulto sepa cómo ayudarte.
# Answer option (wrong).
q-what-to-say-nothing-happened = "Todo bien. No pasó nada."
    .feedback = No del todo. Está bien decir cómo te sientes. Un adulto te puede ayudar.
# Answer option (wrong).
q-what-to-say-say-nothing = No digo nada y me voy.
    .feedback = No del todo. Está bien contarlo. Tu adulto de confianza no se va a enojar contigo.

# Question: true or false about blame. The right answer is "true".
q-whose-fault = Si ves algo en internet que se siente mal, no es tu culpa.
    .hint = ¿Hiciste algo malo por verlo?
    .explanation = Nunca es tu culpa. Contárselo a un adulto es lo correcto.
# Feedback if the child picks "true" (right).
q-whose-fault-true =
    .feedback = ¡Sí! Nunca es tu culpa. Tu adulto de confianza no se va a enojar contigo.
# Feedback if the child picks "false" (wrong).
q-whose-fault-false =
    .feedback = No del todo. Nunca es tu culpa. Contárselo a un adulto es lo correcto.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Practiquen juntos "detente, sal, cuéntalo": pídele a tu hijo o hija que imagine que algo en la tableta se siente mal, que voltee la pantalla y que luego venga a contártelo. Dile que nunca te vas a enojar porque te cuente algo.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = En casa, acuerden dónde se usa la tableta (en un lugar compartido, como la sala) y practiquen otra vez esta semana "detente, sal, cuéntalo".
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta al grupo: ¿cómo se siente tu cuerpo cuando algo no está bien? ¿Cuáles son los tres pasos (detente, sal, cuéntalo)? ¿A quién se lo podrías contar en la casa y en la escuela?
