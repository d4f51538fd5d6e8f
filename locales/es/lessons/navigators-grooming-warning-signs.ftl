# SafeSteps — MIT OR Apache-2.0

### Lesson: Warning signs (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Name actions and feelings; never describe abuse.

# Lesson name on the lesson card.
lesson-title = Detecta las señales de alerta
# One line under the lesson name.
lesson-summary = Aprende a notar cuándo alguien en internet no es un amigo de verdad. Luego aprende qué hacer.

# Card 1: technology is positive; risks can come from people you know too.
card-fun-and-friends =
    Los juegos, los chats y las apps de videos son una gran forma de divertirte y estar en contacto con tus amigos.
    Casi todas las personas en internet son amables. Pero algunas se muestran demasiado amistosas para engañar a una niña o a un niño.
    Puede ser alguien desconocido, alguien que conoces de internet o hasta alguien que conoces en persona.
    Conocer las señales de alerta te ayuda a notarlo a tiempo.
# Card 2: the main warning signs of grooming.
card-warning-signs =
    Estas son algunas señales de alerta.
    Alguien te da regalos, monedas del juego o skins sin motivo.
    Te pide que tus chats sean secretos.
    Quiere pasar a un chat privado o a otra app.
    Te dice cosas como "Tienes una mente muy madura para tu edad" o "Solo yo te entiendo".
    Te pide fotos, o te pregunta cómo te ves.
# Card 3: pressure and saying no.
card-pressure =
    Un amigo de verdad acepta un "no" como respuesta.
    Si alguien te hace sentir presión, culpa o miedo, algo no está bien.
    Puedes dejar de responder, reportar a esa persona y bloquearla. Puedes hacerlo aunque antes te cayera bien.
# Card 4: it is never the child's fault.
card-not-your-fault =
    Si alguien en internet te engañó o te presionó, no es tu culpa.
    Quien engaña a una niña o a un niño es quien hace algo malo.
    Puedes pedir ayuda en cualquier momento, aunque hayas guardado un secreto o hayas mandado algo.
# Card 5: who to tell and where to find help.
card-tell-someone =
    Cuéntaselo a un adulto de confianza, como tu mamá, tu papá, quien te cuida o tu maestra o maestro.
    No te debe culpar. Su tarea es ayudarte a reportar, bloquear y sentirte a salvo.
    Guarda los mensajes. No los borres; sirven cuando reportas.
    También puedes tocar el botón de Ayuda para encontrar a alguien con quien hablar.

# Question: single choice about a gift offered in a game.
q-free-coins = Alguien en un juego te dice: "Te regalo monedas si me agregas en otra app". ¿Qué es esto?
    .hint = Vuelve a mirar las señales de alerta. ¿Está pasando aquí algo de esa lista?
    .explanation = Un regalo con trampa y pasar a otra app son señales de alerta. Di que no y cuéntaselo a un adulto de confianza.
# Answer option (right).
q-free-coins-warning-sign = Una señal de alerta
    .feedback = ¡Sí! Los regalos gratis y pasar a otra app son dos señales de alerta. Contárselo a un adulto de confianza es una gran decisión.
# Answer option (wrong).
q-free-coins-just-kind = Solo está siendo amable
    .feedback = No del todo. Las personas amables no te piden cambiarte de app para darte un regalo. Los regalos con trampa son una señal de alerta.
# Answer option (wrong).
q-free-coins-fair-trade = Un intercambio justo
    .feedback = No del todo. Esto no es un intercambio. Un regalo que viene con un "pásate a otra app" es una señal de alerta.

# Question: multiple choice, "choose all that apply".
q-which-signs = Alguien que conociste en un juego hace estas cosas. ¿Cuáles son señales de alerta? Elige todas las respuestas que correspondan.
    .hint = Para cada una, pregúntate: ¿me sentiría bien si un adulto de confianza lo viera?
    .explanation = Los secretos, los regalos gratis, pasar a una app privada y pedir fotos son señales de alerta. Decir "buen juego" es normal. Jugar el mismo juego también.
# Answer option (a warning sign).
q-which-signs-keep-it-secret = Te pide que sus chats sean secretos.
    .feedback = Pedirte que les escondas tus chats a los adultos que te cuidan es una señal de alerta.
# Answer option (a warning sign).
q-which-signs-gifts-for-nothing = Te da regalos sin motivo.
    .feedback = Los regalos sin motivo pueden ser una forma de hacerte sentir que le debes algo. Eso es una señal de alerta.
# Answer option (a warning sign).
q-which-signs-move-to-private-app = Quiere pasar a una app privada.
    .feedback = Pasar a un chat privado quiere decir que nadie más puede ver lo que te dice. Eso es una señal de alerta.
# Answer option (a warning sign).
q-which-signs-asks-for-photos = Te pide fotos tuyas.
    .feedback = Pedir fotos es una señal de alerta. Puedes decir que no y contárselo a un adulto.
# Answer option (not a warning sign).
q-which-signs-says-good-game = Te dice "buen juego" después de una partida.
    .feedback = No del todo. Decir "buen juego" es normal y amable.
# Answer option (not a warning sign).
q-which-signs-plays-same-game = Juega el mismo juego que tú.
    .feedback = No del todo. Esto es normal. Mucha gente juega los mismos juegos.

# Question: true or false about strangers.
q-only-strangers = Solo las personas desconocidas pueden intentar engañar a niñas y niños en internet.
    .hint = ¿Alguien que ya conoces puede actuar de una forma que se siente mal?
    .explanation = Puede ser cualquiera: alguien desconocido, alguien que conoces de internet o alguien que conoces en persona. Fíjate en lo que hace la gente, no solo en quién es.
# Feedback if the child picks "true" (wrong).
q-only-strangers-true =
    .feedback = No del todo. También puede ser alguien de internet o alguien que conoces. Fíjate en las señales de alerta con cualquier persona.
# Feedback if the child picks "false" (right).
q-only-strangers-false =
    .feedback = ¡Sí! Puede ser cualquier persona, hasta alguien que conoces. Notar las señales te ayuda a pedir ayuda a tiempo.

# Question: a scenario. The situation is shown first, then the question.
q-alex-private-app = ¿Qué podría hacer Sam?
    .situation = Sam, de 11 años, lleva semanas chateando con Alex en un juego. Con Alex se divierte mucho. Hoy Alex le dice: "Hablemos en una app privada. No les digas a tus papás. No lo van a entender".
    .hint = Aquí hay dos señales de alerta. ¿Quién podría ayudar a Sam?
    .explanation = Una app privada y un secreto para los papás son dos señales de alerta. Lo mejor es contárselo a un adulto de confianza. Bloquear y reportar también ayuda.
# Action (best).
q-alex-private-app-tell-trusted-adult = Contárselo a su mamá, a su papá o a otro adulto de confianza.
    .feedback = ¡La mejor opción! Un adulto de confianza puede ayudar a Sam a reportar, bloquear y estar a salvo. Nadie debe culpar a Sam por contarlo.
# Action (also good).
q-alex-private-app-stop-block-report = Dejar de responder, y luego reportar y bloquear a Alex.
    .feedback = Buena opción. Primero guarda los mensajes, y luego reporta y bloquea. Contárselo también a un adulto es todavía mejor.
# Action (not helpful).
q-alex-private-app-say-no-keep-chatting = Decir que no, pero seguir chateando en el juego.
    .feedback = No del todo. Decir que no está bien, pero Alex pidió un secreto. Esa es una señal de alerta. Cuéntaselo a un adulto de confianza.
# Action (not helpful).
q-alex-private-app-go-to-private-app = Ir a la app privada, pero con cuidado.
    .feedback = No del todo. En una app privada, nadie más puede ver lo que dice Alex. Contárselo a un adulto es más seguro.

# Question: single choice about pressure.
q-real-friend = Alguien te dice: "Si de verdad fuéramos amigos, me mandarías una foto". ¿Qué está pasando?
    .hint = ¿Cómo te haría sentir este mensaje?
    .explanation = Esto es presión. Un amigo de verdad acepta un no como respuesta. Puedes decir que no, dejar de responder y contárselo a un adulto.
# Answer option (right).
q-real-friend-pressure = Me está presionando. Un amigo de verdad aceptaría un no.
    .feedback = ¡Sí! Eso es presión. Puedes decir que no, bloquear a esa persona y contárselo a un adulto de confianza.
# Answer option (wrong).
q-real-friend-friendship-test = Es una prueba justa de nuestra amistad.
    .feedback = No del todo. La amistad no es una prueba que se pasa mandando fotos. Esto es presión.
# Answer option (wrong).
q-real-friend-fair-ask = Está bien, porque lo pidió por favor.
    .feedback = No del todo. Pedir algo por favor también puede ser presión. Siempre puedes decir que no.

# Question: true or false about who is to blame. The right answer is "true".
q-who-is-to-blame = Si alguien en internet engaña a una niña o a un niño, no es culpa de la niña o del niño.
    .hint = ¿Quién está haciendo algo malo?
    .explanation = Quien engaña o presiona a una niña o a un niño es quien hace algo malo. Nunca es culpa de la niña o del niño.
# Feedback if the child picks "true" (right).
q-who-is-to-blame-true =
    .feedback = Sí. Nunca es culpa de la niña o del niño. Siempre puedes contárselo a un adulto y recibir ayuda.
# Feedback if the child picks "false" (wrong).
q-who-is-to-blame-false =
    .feedback = No del todo. La niña o el niño nunca tiene la culpa. La persona que engaña está haciendo algo malo, y siempre hay ayuda.

# Question: single choice about flattery from someone the child knows.
q-only-i-get-you = Un amigo de tu familia empieza a mandarte muchos mensajes. Te dice: "Tienes una mente muy madura para tu edad. Solo yo te entiendo". ¿Qué es esto?
    .hint = Vuelve a mirar las señales de alerta. ¿Importa que lo conozcas?
    .explanation = Decir "solo yo te entiendo" es una señal de alerta, aunque venga de alguien que conoces. Cuéntaselo a otro adulto de confianza.
# Answer option (right).
q-only-i-get-you-warning-sign = Una señal de alerta, aunque lo conozca.
    .feedback = ¡Sí! Las señales de alerta cuentan, venga de quien venga. Contárselo a otro adulto de confianza es una gran decisión.
# Answer option (wrong).
q-only-i-get-you-nice-compliment = Solo algo bonito que me dice.
    .feedback = No del todo. "Solo yo te entiendo" puede ser una forma de alejarte de tu familia. Eso es una señal de alerta.
# Answer option (wrong).
q-only-i-get-you-normal-for-family-friend = Es normal, porque es amigo de la familia.
    .feedback = No del todo. Las personas que conoces también pueden mostrar señales de alerta. Fíjate en lo que hacen, no solo en quiénes son.

# Question: true or false about getting help after keeping a secret or sending something. The right answer is "true".
q-still-get-help = Si guardaste un secreto o mandaste algo, igual puedes pedir ayuda.
    .hint = Cuando alguien engaña a una niña o a un niño, ¿quién está haciendo algo malo?
    .explanation = Sí. No es tu culpa, aunque hayas guardado un secreto o mandado algo. Siempre se lo puedes contar a alguien, aunque sea después.
# Feedback if the child picks "true" (right).
q-still-get-help-true =
    .feedback = ¡Sí! Siempre se lo puedes contar a un adulto de confianza. También puedes tocar Ayuda.
# Feedback if the child picks "false" (wrong).
q-still-get-help-false =
    .feedback = No del todo. Siempre hay ayuda para ti. Quien te engañó es quien hizo algo malo.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta: ¿qué hace que alguien sea un amigo de verdad en internet? Hagan juntos una lista de las señales de alerta, y luego hablen de a quién se lo podrían contar en su propia vida y qué pasa después de contarlo.
