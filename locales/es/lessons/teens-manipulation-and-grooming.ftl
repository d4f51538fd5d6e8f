# SafeSteps — MIT OR Apache-2.0

### Lesson: Manipulation and grooming (ages 13–17).
### Readers are teenagers, often alone. Be direct and respectful; never preachy. Name tactics,
### feelings and actions; never describe abuse. Not only strangers. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Detectar la manipulación
# One line under the lesson name.
lesson-summary = Cómo algunas personas se ganan tu confianza para aprovecharse, cómo notarlo a tiempo y qué hacer.

# Card 1: what grooming is; who can do it.
card-what-it-is =
    Casi todas las personas que conoces en internet son solo eso: personas. Hacer amistades en internet puede ser increíble.
    Pero algunas personas se ganan la confianza de alguien a propósito, para aprovecharse. A esto se le llama grooming.
    Puede ser un adulto que finge ser más joven. Puede ser alguien de tu edad. Puede ser alguien que ya conoces, como un entrenador, un amigo de tu familia o alguien más grande de tu escuela.
    Casi siempre empieza sintiéndose bien. Por eso es difícil de notar.
# Card 2: common tactics.
card-tactics =
    La manipulación muchas veces sigue un patrón. Pon atención si alguien:
    Te da mucha atención y muchos halagos, muy rápido.
    Te manda regalos, crédito para juegos o dinero sin una razón clara.
    Te dice "Solo yo te entiendo" o "Tus amigos no te entienden".
    Te pide que sus chats sean secretos.
    Poco a poco te aleja de tus amistades y de tu familia.
    Te lleva a un chat privado o a otra app.
    Una sola de estas cosas puede no ser nada. Varias juntas son una señal de alerta.
# Card 3: how it turns into pressure.
card-pressure =
    Muchas veces empieza con atención y regalos. Luego vienen los secretos y el paso a un chat privado.
    Con el tiempo, lo que te pide es cada vez más. Un secretito. Una foto. Luego algo que no quieres hacer.
    Puede usar la culpa: "Después de todo lo que he hecho por ti".
    Puede hacerte sentir especial y luego tratarte con frialdad, para que te esfuerces por mantener contenta a esa persona.
    Algunas personas pasan a las amenazas, como contarle a la gente tus secretos o compartir imágenes.
    La presión y las amenazas nunca son parte de una amistad o una relación de verdad.
# Card 4: trust your gut.
card-trust-your-gut =
    Lo que sientes te da señales útiles. Sentir incomodidad, confusión o presión es una razón para hacer una pausa.
    No necesitas pruebas para actuar. Puedes ir más despacio, decir que no o dejar de responder.
    Pregúntate: ¿me parecería bien que un adulto de confianza viera este chat?
    Si la respuesta es no, vale la pena prestarle atención.
    Puedes guardar los mensajes, y luego bloquear y reportar a esa persona.
# Card 5: not your fault, and telling someone.
card-not-your-fault =
    Si alguien te manipuló, no es tu culpa.
    Es así aunque esa persona te cayera bien, le hayas guardado secretos, hayas aceptado regalos o hayas mandado algo.
    El grooming funciona porque esa persona es buena para engañar. La culpa es suya.
    Cuéntaselo a un adulto de confianza. Te debe escuchar y ayudar, no culpar.
    También puedes tocar el botón de Ayuda para encontrar a alguien con quien hablar en tu país.

# Question: single choice about an isolating message.
q-only-i-get-you = Alguien con quien chateas te dice: "Tus papás no te entienden. Solo yo". ¿Qué está pasando?
    .hint = ¿Qué podría pasar si dejaras de hablar con tu familia?
    .explanation = Es una forma de aislarte. Cuando sientes que solo una persona te entiende, es más difícil pedirle ayuda a alguien más.
# Answer option (right).
q-only-i-get-you-isolating = Está tratando de alejarme de las personas que me quieren.
    .feedback = Así es. Aislar a alguien hace que sea más fácil de controlar. Mantente cerca de las personas en quienes confías.
# Answer option (wrong).
q-only-i-get-you-real-support = Me está apoyando, así que le debería hacer caso.
    .feedback = No del todo. El apoyo de verdad no aleja a tu familia ni a tus amistades.
# Answer option (wrong).
q-only-i-get-you-harmless = No pasa nada. Solo está siendo amable.
    .feedback = No del todo. Se puede sentir bonito, pero "solo yo te entiendo" es una frase de manipulación muy común.

# Question: choose all that apply, about tactics.
q-spot-tactics = ¿Cuáles de estas son tácticas comunes de manipulación? Elige todas las respuestas que correspondan.
    .hint = Vuelve a pensar en el patrón. ¿Crea confianza rápida, secretos o distancia?
    .explanation = Los halagos muy rápidos, los regalos sin motivo, los secretos y cambiarte de app son tácticas comunes. Respetar tu no y que le guste la misma música que a ti es normal.
# Answer option (tactic).
q-spot-tactics-fast-flattery = Muchos halagos y mucha atención, muy rápido
    .feedback = Sí. La atención rápida crea confianza rápido, a veces a propósito.
# Answer option (tactic).
q-spot-tactics-gifts-for-nothing = Regalos o crédito para juegos sin una razón clara
    .feedback = Sí. Los regalos te pueden hacer sentir que le debes algo.
# Answer option (tactic).
q-spot-tactics-keep-it-secret = Pedirte que sus chats sean secretos
    .feedback = Sí. Los secretos evitan que otras personas noten lo que está pasando.
# Answer option (tactic).
q-spot-tactics-move-apps = Llevarte a una app privada
    .feedback = Sí. En privado, nadie más puede ver lo que dice.
# Answer option (normal).
q-spot-tactics-respects-no = Aceptar un no como respuesta
    .feedback = No del todo. Respetar tu no es una buena señal.
# Answer option (normal).
q-spot-tactics-same-music = Que le guste la misma música que a ti
    .feedback = No del todo. Compartir gustos es normal. Fíjate en lo que hace la gente con el tiempo.

# Question: true or false about who grooms. The right answer is "false".
q-only-older-strangers = El grooming solo lo hacen personas desconocidas y mayores.
    .hint = Piensa en las personas de las que habla el inicio de la lección.
    .explanation = Falso. Puede ser un adulto, alguien de tu edad o alguien que ya conoces. Fíjate en lo que hace la gente, no solo en quién es.
# Feedback if the teen picks "true" (wrong).
q-only-older-strangers-true =
    .feedback = No del todo. También puede ser alguien de tu edad, alguien que conoces de internet o alguien que conoces bien.
# Feedback if the teen picks "false" (right).
q-only-older-strangers-false =
    .feedback = Así es. Cualquiera puede manipular. Las señales de alerta importan más que quién sea.

# Question: put the common pattern in order.
q-how-it-builds = La manipulación muchas veces avanza por etapas. Ponlas en el orden en que suelen pasar.
    .hint = Casi siempre empieza sintiéndose bien. ¿A dónde llega al final?
    .explanation = Muchas veces empieza con confianza y atención. Luego vienen los secretos y un chat privado, después pedidos pequeños y al final presión o amenazas. Notar las primeras etapas te ayuda a actuar antes.
# Step 1.
q-how-it-builds-builds-trust = Mucha atención, halagos y regalos
    .feedback = Primero. Esto crea confianza y te hace sentir especial.
# Step 2.
q-how-it-builds-secrets-and-private = Te pide que sus chats sean secretos, muchas veces en una app privada
    .feedback = Después. Los secretos y los chats privados evitan que otras personas lo noten.
# Step 3.
q-how-it-builds-small-asks = Empieza a pedirte cosas pequeñas, como una foto
    .feedback = Luego. Los pedidos pequeños hacen que los grandes parezcan normales más adelante.
# Step 4.
q-how-it-builds-pressure-and-threats = Te presiona para que des más, con culpa o amenazas
    .feedback = Al final. Para entonces puede sentirse difícil decir que no. Igual puedes, y hay ayuda.

# Question: a scenario about someone the teen knows.
q-someone-you-know = ¿Qué podrías hacer con esos mensajes?
    .situation = Un entrenador asistente de tu club empieza a mandarte mensajes tarde en la noche. Te manda una tarjeta de regalo y te dice: "Que nuestros chats queden entre nosotros. Los demás se pondrían celosos".
    .hint = Es alguien que conoces. ¿Las señales de alerta igual cuentan?
    .explanation = Contárselo a un adulto de confianza es la mejor opción. Guardar los mensajes y dejar de responder también ayuda. Los secretos y los regalos de un adulto que está a cargo de ti son señales de alerta, aunque te caiga bien.
# Action (best).
q-someone-you-know-tell-trusted-adult = Contárselo a mi mamá, a mi papá o a otro adulto de confianza, y mostrarle los mensajes.
    .feedback = La mejor opción. Un adulto puede actuar, e hiciste lo correcto al contarlo.
# Action (also good).
q-someone-you-know-save-and-stop = Guardar los mensajes y dejar de responder.
    .feedback = Buena opción. Si también se lo cuentas a un adulto, alguien se puede asegurar de que pare.
# Action (not helpful).
q-someone-you-know-keep-it-quiet = No decir nada para que él no se meta en problemas.
    .feedback = No del todo. Le toca a él actuar bien, no a ti protegerlo. Un secreto así es para contarlo.
# Action (not helpful).
q-someone-you-know-accept-and-wait = Quedarme con el regalo y esperar a ver qué pasa.
    .feedback = No del todo. Regalos y secretos juntos forman un patrón. Es más fácil si un adulto se involucra desde el principio.

# Question: true or false about gut feelings.
q-gut-feeling = Si un chat se siente raro, está bien dejar de responder, aunque no puedas explicar por qué.
    .hint = ¿Necesitas pruebas antes de protegerte?
    .explanation = Verdadero. No necesitas una razón ni pruebas. Vale la pena hacerle caso a la incomodidad.
# Feedback if the teen picks "true" (right).
q-gut-feeling-true =
    .feedback = Así es. Confía en tu instinto. Puedes parar, guardar, bloquear y contárselo a alguien.
# Feedback if the teen picks "false" (wrong).
q-gut-feeling-false =
    .feedback = No del todo. Nunca necesitas pruebas para dejar de hablar con alguien. Lo que sientes cuenta.

# Question: a scenario about an online friend the same age.
q-online-friend-asks = ¿Qué podrías hacer con lo que te pide?
    .situation = Llevas meses jugando en línea con alguien de tu edad. Ahora quiere pasar a otra app e intercambiar fotos. Cuando dudas, te escribe: "Pensé que confiabas en mí".
    .hint = Fíjate en la culpa. ¿Una amistad de verdad te presiona cuando dudas?
    .explanation = Decir que no y contárselo a alguien de confianza es la mejor opción. Bloquear y reportar también está bien. "Pensé que confiabas en mí" es culpa usada como presión.
# Action (best).
q-online-friend-asks-say-no-and-tell = Decir que no, y hablarlo con un adulto de confianza.
    .feedback = La mejor opción. Un no es suficiente, y un adulto te puede ayudar si sigue presionando.
# Action (also good).
q-online-friend-asks-block-and-report = Guardar el chat, y luego bloquear y reportar a esa persona.
    .feedback = Buena opción. Te proteges a ti y a otras personas. Contárselo también a un adulto es todavía mejor.
# Action (not helpful).
q-online-friend-asks-send-to-keep-friend = Mandar una foto para no perder la amistad.
    .feedback = No del todo. Una amistad que vale la pena acepta un no. Si ya mandaste una, igual puedes recibir ayuda.
# Action (not helpful).
q-online-friend-asks-move-but-dont-send = Pasar a la otra app, pero no mandar nada.
    .feedback = No del todo. En una app privada la presión suele crecer, y nadie más la puede ver.

# Question: single choice about having already gone along with it.
q-already-went-along = Alguien guardó un secreto y mandó una foto antes de notar las señales de alerta. ¿Qué es cierto?
    .hint = ¿Hay algún momento en que la ayuda deje de estar ahí?
    .explanation = Igual no es su culpa, e igual puede recibir ayuda. Contárselo a un adulto de confianza o tocar Ayuda es un buen siguiente paso.
# Answer option (right).
q-already-went-along-still-get-help = Igual no es su culpa, e igual puede recibir ayuda.
    .feedback = Así es. La culpa es de quien manipuló. Hay ayuda en cualquier momento.
# Answer option (wrong).
q-already-went-along-nothing-can-be-done = Ya no se puede hacer nada.
    .feedback = No del todo. Los adultos, las apps y las líneas de ayuda todavía pueden ayudar, y muchas veces las imágenes se pueden quitar.
# Answer option (wrong).
q-already-went-along-handle-alone = Tiene que resolverlo sin ayuda, porque le siguió la corriente.
    .feedback = No del todo. Haberle seguido la corriente no hace que sea su culpa. Merece apoyo.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta: ¿por qué la manipulación muchas veces empieza sintiéndose bien? Hablen de cómo se puede ver el patrón con alguien desconocido, con alguien de su edad y con alguien que conocen. ¿Qué haría más fácil contárselo a alguien? Recuérdale al grupo que nunca es culpa de la persona a la que manipulan.
