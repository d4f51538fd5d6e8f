# SafeSteps — MIT OR Apache-2.0

### Lesson: How children are targeted online (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Describe tactics, feelings and actions only; never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Cómo se acercan a niñas y niños en internet
# One line under the lesson name.
lesson-summary = Conoce las formas más comunes en que algunas personas intentan ganarse la confianza de una niña o un niño en internet, para que puedas notarlas a tiempo y ayudar.

# Card 1: where contact happens; technology framed positively.
card-where-it-happens =
    Los juegos, las redes sociales y los chats son una parte importante de cómo niñas y niños juegan, aprenden y se mantienen en contacto con sus amistades. La mayor parte de ese tiempo les hace bien.
    Las personas que quieren hacerles daño van a donde están las niñas y los niños. Eso incluye los juegos populares, el chat de voz de los juegos, las apps de videos y los chats grupales.
    El contacto muchas veces empieza en un espacio público, como el lobby de un juego o una sección de comentarios.
    Saber cómo funcionan estos espacios te ayuda a notar los problemas a tiempo, sin prohibir lo que tu hijo o hija disfruta.
# Card 2: it is often someone the child knows, not only strangers.
card-who-it-can-be =
    Advertir sobre personas desconocidas no es suficiente. La mayoría de quienes hacen daño a niñas y niños son personas que la niña o el niño ya conoce.
    Puede ser un adulto de su entorno, un adolescente mayor o alguien de su misma edad.
    También puede ser alguien que conoció en internet y con quien lleva semanas chateando. Esa persona puede fingir ser más joven, o compartir sus mismos pasatiempos, para parecer una amistad.
    Por eso, habla de comportamientos, no solo de quién es alguien. Cualquier persona que pida secretos o que pase los límites es motivo de preocupación.
# Card 3: how trust is built: flattery, attention and gifts.
card-building-trust =
    La confianza muchas veces se construye poco a poco. Estas son algunas tácticas comunes.
    Muchos halagos y mucha atención, como "Tienes una mente muy madura" o "Solo yo te entiendo".
    Regalos, dinero, tarjetas de regalo, o monedas y skins de juegos.
    Ponerse del lado de tu hijo o hija en una pelea con sus amistades o con la familia.
    Estar disponible tarde en la noche, cuando los demás duermen.
    Los regalos pueden hacer que una niña o un niño sienta que debe algo a cambio. Los halagos le pueden hacer sentir especial, y que por fin alguien le entiende.
# Card 4: secrecy, moving to private chat, pressure and threats.
card-secrecy-and-pressure =
    Después, esa persona muchas veces intenta alejar a la niña o al niño de quienes le pueden ayudar.
    Le puede pedir que mantenga los chats en secreto, o decirle que sus papás "no lo van a entender".
    Le puede pedir pasar a un chat privado o a otra app, donde nadie más pueda ver.
    Luego el tono puede cambiar. Puede presionar para conseguir fotos o videollamadas, hacerle sentir culpa o amenazar.
    Las amenazas y la vergüenza se usan para que la niña o el niño no diga nada. Por eso muchas niñas y niños no lo cuentan de inmediato.
# Card 5: never the child's fault; someone to talk to.
card-never-their-fault =
    Nunca es culpa de la niña o del niño. Estas tácticas están planeadas para engañar, y también funcionan con personas adultas.
    Si a tu hijo o hija le halagaron, aceptó regalos o guardó un secreto, la culpa es de quien se le acercó para hacerle daño.
    Hazle saber que siempre puede acudir a ti, y que no va a perder tu cariño ni tu apoyo por contártelo.
    Si te preocupa algo ahora, habla con alguien de confianza, o toca Ayuda para encontrar apoyo en tu país.

# Question: single choice about in-game currency given with a request for secrecy.
q-free-currency = Un jugador que tu hijo o hija de 10 años conoció en un juego le manda monedas del juego y le dice: "No les digas a tus papás, te van a obligar a devolverlas". ¿Qué es lo más probable que sea esto?
    .hint = Fíjate en las dos partes del mensaje, no solo en el regalo.
    .explanation = Un regalo junto con un pedido de guardar el secreto es una táctica común. Crea la sensación de deber algo y deja fuera a los adultos. Una conversación tranquila con tu hijo o hija es un buen siguiente paso.
# Answer option (right).
q-free-currency-common-tactic = Una táctica común para crear confianza y secreto
    .feedback = Sí. El regalo crea la sensación de deber algo, y el secreto te deja fuera a ti. Las dos cosas son señales de alerta.
# Answer option (wrong).
q-free-currency-just-generous = Un jugador generoso que está siendo amable
    .feedback = No del todo. Quien es amable de verdad no necesita que un regalo se le oculte a los papás. El secreto es la señal de alerta.
# Answer option (wrong).
q-free-currency-normal-trade = Un intercambio normal entre jugadores
    .feedback = No del todo. No hubo ningún intercambio. Un regalo que viene con un "no les digas" es una táctica común.

# Question: true or false about strangers. The right answer is "false".
q-mostly-strangers = La mayoría de quienes hacen daño a niñas y niños son personas desconocidas que conocen en internet.
    .hint = Piensa en quién tiene más facilidad para ganarse la confianza de una niña o un niño.
    .explanation = La mayoría de quienes hacen daño a niñas y niños son personas que la niña o el niño ya conoce. Esto incluye adultos de su entorno, adolescentes mayores, niñas y niños de su edad, y amistades de internet que se ganan su confianza.
# Feedback if the caregiver picks "true" (wrong).
q-mostly-strangers-true =
    .feedback = No del todo. Las personas desconocidas pueden ser un riesgo, pero la mayoría de quienes hacen daño a niñas y niños son personas que la niña o el niño ya conoce. Habla de comportamientos, no solo de desconocidos.
# Feedback if the caregiver picks "false" (right).
q-mostly-strangers-false =
    .feedback = Así es. La mayoría son personas que la niña o el niño ya conoce, o que primero se vuelven "amistades" en internet. Pon atención a comportamientos como los secretos y la presión.

# Question: multiple choice, "choose all that apply".
q-which-tactics = ¿Cuáles de estas son tácticas comunes para acercarse a niñas y niños con malas intenciones? Elige todas las respuestas que correspondan.
    .hint = Pregúntate en cada caso: ¿crea un vínculo, oculta el contacto o presiona a la niña o al niño?
    .explanation = Los halagos, los regalos, el secreto, pasar a un chat privado y las amenazas son tácticas comunes. Las palabras amables después de una partida y jugar en equipo son partes normales de los juegos.
# Answer option (a tactic).
q-which-tactics-flattery = Muchos halagos, como "Tienes una mente muy madura para tu edad"
    .feedback = Sí. Los halagos exagerados pueden hacer que una niña o un niño sienta que esa persona es la única que le entiende.
# Answer option (a tactic).
q-which-tactics-gifts = Regalos, dinero o monedas de juegos
    .feedback = Sí. Los regalos pueden hacer que una niña o un niño sienta que debe algo a cambio.
# Answer option (a tactic).
q-which-tactics-keep-it-secret = Pedirle a la niña o al niño que mantenga los chats en secreto
    .feedback = Sí. El secreto deja fuera a los adultos de confianza, así que nadie puede ayudar.
# Answer option (a tactic).
q-which-tactics-move-to-private-chat = Pedir pasar a un chat privado o a otra app
    .feedback = Sí. Un espacio privado quiere decir que nadie más puede ver lo que se dice.
# Answer option (a tactic).
q-which-tactics-threats = Amenazas o culpa cuando la niña o el niño quiere dejar de hablar
    .feedback = Sí. Las amenazas y la culpa se usan para que no diga nada y siga en contacto.
# Answer option (not a tactic).
q-which-tactics-says-good-game = Decir "buen juego" después de una partida
    .feedback = No del todo. Por sí solo, es una conversación normal y amistosa en un juego.
# Answer option (not a tactic).
q-which-tactics-same-team = Jugar en el mismo equipo que tu hijo o hija
    .feedback = No del todo. Jugar en equipo es parte normal de los juegos. Pon atención a los secretos, los regalos y la presión.

# Question: put the common stages in order.
q-pattern = Acercarse a una niña o un niño con malas intenciones muchas veces sigue un patrón. Pon estas etapas en su orden habitual.
    .hint = La confianza tiene que existir antes de que alguien la pueda usar.
    .explanation = Primero viene el contacto, luego la confianza, luego alejar a la niña o al niño de quienes le pueden ayudar, y luego la presión. Cada caso es distinto, pero conocer el patrón te ayuda a intervenir a tiempo.
# Step 1.
q-pattern-make-contact = Hacer contacto en un juego, una app o un chat
    .feedback = El contacto suele empezar en un lugar donde niñas y niños ya pasan tiempo.
# Step 2.
q-pattern-build-trust = Ganarse la confianza con halagos, atención y regalos
    .feedback = Después viene la confianza. Los halagos y los regalos hacen que la niña o el niño se sienta especial.
# Step 3.
q-pattern-cut-off = Pedir secreto y pasar a un chat privado
    .feedback = Luego esa persona aleja a la niña o al niño de los adultos que podrían ayudar.
# Step 4.
q-pattern-pressure = Presionar para conseguir más, con culpa o amenazas
    .feedback = La presión muchas veces llega al final, cuando la niña o el niño ya siente que no tiene salida.

# Question: a scenario. The situation is shown first, then the question.
q-child-tells-you = ¿Cuál es una buena forma de responder?
    .situation = Tu hijo o hija de 11 años te cuenta que alguien que conoció en un juego le pidió chatear en otra app y le dijo: "No le digas a tu mamá". Parece que le preocupa que te vayas a enojar.
    .hint = Tu reacción de ahora influye en si te lo va a contar la próxima vez.
    .explanation = Mantén la calma, dale las gracias y revisen juntos el chat. Luego guarden, bloqueen y reporten. Quitarle los dispositivos o regañar puede enseñarle a esconder las cosas.
# Action (best).
q-child-tells-you-calm-thank-look-together = Mantener la calma, darle las gracias por contártelo y revisar juntos el chat.
    .feedback = La mejor opción. Tu hijo o hija aprende que contarte las cosas es seguro. Luego pueden planear juntos los siguientes pasos.
# Action (also good).
q-child-tells-you-help-save-block-report = Ayudarle a guardar los mensajes, y luego bloquear y reportar la cuenta.
    .feedback = Buena opción. Guardar primero conserva las pruebas. Asegúrate de que también escuche que hizo lo correcto.
# Action (not helpful).
q-child-tells-you-take-device-away = Quitarle el dispositivo por un mes para que no vuelva a pasar.
    .feedback = Esto se puede sentir como un castigo por contarlo. La próxima vez, tu hijo o hija podría no decir nada.
# Action (not helpful).
q-child-tells-you-scold-for-chatting = Regañar a tu hijo o hija por chatear con gente en internet.
    .feedback = Tu hijo o hija hizo lo correcto al contártelo. Los regaños le pueden hacer sentir culpable, y no es su culpa.

# Question: sort behaviours into two groups.
q-sign-or-fine = Clasifica cada comportamiento de alguien que tu hijo o hija conoció en internet.
    .hint = ¿El comportamiento oculta el contacto o crea una deuda, o es parte normal del juego?
    .explanation = Los secretos, los regalos y querer estar a solas con una niña o un niño en video son señales de alerta. Elogiar una construcción en un juego y jugar con compañeros de clase suelen estar bien.
# Group name.
q-sign-or-fine-warning-sign = Señal de alerta
# Group name.
q-sign-or-fine-usually-fine = Suele estar bien
# Item to sort (warning sign).
q-sign-or-fine-asks-for-secrecy = Le pide a tu hijo o hija que mantenga los chats en secreto
    .feedback = El secreto te deja fuera. Es una señal de alerta.
# Item to sort (warning sign).
q-sign-or-fine-sends-gift-cards = Le manda tarjetas de regalo sin una razón clara
    .feedback = Los regalos sin motivo pueden crear la sensación de deber algo. Es una señal de alerta.
# Item to sort (warning sign).
q-sign-or-fine-asks-to-video-alone = Quiere hacer una videollamada cuando no hay adultos cerca
    .feedback = Querer a tu hijo o hija a solas frente a la cámara es una señal de alerta.
# Item to sort (usually fine).
q-sign-or-fine-praises-a-build = Dice "qué buena construcción" sobre el mundo que tu hijo o hija hizo en un juego
    .feedback = Un comentario amistoso sobre un juego, por sí solo, suele estar bien.
# Item to sort (usually fine).
q-sign-or-fine-plays-with-classmates = Juega en grupo con compañeros de clase de tu hijo o hija
    .feedback = Jugar en grupo con amistades que tu hijo o hija conoce suele estar bien.

# Question: true or false about peers. The right answer is "true".
q-peers-too = Una niña o un niño también puede presionar en internet a alguien de su misma edad.
    .hint = Vuelve a ver quién puede ser.
    .explanation = Sí. La presión puede venir de niñas y niños de su edad, como compañeros de clase o amistades, además de los adultos. Aplican las mismas señales de alerta.
# Feedback if the caregiver picks "true" (right).
q-peers-too-true =
    .feedback = Así es. Alguien de su edad puede presionar para conseguir fotos, secretos o más. Habla de comportamientos, sin importar la edad de la otra persona.
# Feedback if the caregiver picks "false" (wrong).
q-peers-too-false =
    .feedback = No del todo. Las niñas y los niños también pueden presionar a otros. Pon atención al comportamiento, no solo a la edad.

# Question: single choice about who is responsible.
q-who-is-responsible = Una niña aceptó regalos y mantuvo chats en secreto durante semanas antes de contarlo. ¿Quién es responsable de lo que pasó?
    .hint = ¿Quién planeó las tácticas?
    .explanation = La persona que la buscó para hacerle daño es la responsable. Estas tácticas están hechas para funcionar. No es culpa de la niña, y no es señal de que sus papás la hayan cuidado mal.
# Answer option (right).
q-who-is-responsible-the-offender = La persona que la buscó para hacerle daño
    .feedback = Sí. Esa persona lo planeó. Tu hijo o hija necesita escuchar que no es su culpa.
# Answer option (wrong).
q-who-is-responsible-the-child = La niña, porque guardó el secreto
    .feedback = No del todo. Guardar el secreto era parte del engaño. La niña o el niño nunca tiene la culpa.
# Answer option (wrong).
q-who-is-responsible-the-parent = Su mamá o su papá, porque no revisó los chats
    .feedback = No del todo. Estas tácticas se ocultan a propósito. La culpa es de la persona que la buscó para hacerle daño.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Prueba preguntar: "Si alguien en internet te diera un regalo y te pidiera guardarlo en secreto, ¿qué harías?". Primero escucha. Luego pónganse de acuerdo: "Siempre me lo puedes contar, y no vas a perder tus juegos por contármelo".
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta al grupo: ¿por qué las advertencias sobre personas desconocidas dejan fuera la mayoría de los riesgos? Hagan una lista de las tácticas de la lección, y luego hablen de qué hace más fácil que una niña o un niño se lo cuente pronto a un adulto.
