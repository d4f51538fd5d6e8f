# SafeSteps — MIT OR Apache-2.0

### Lesson: Cyberbullying and standing up (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Some readers may be bullied, some may have joined in: never shame either.

# Lesson name on the lesson card.
lesson-title = Ciberacoso: defender a otros
# One line under the lesson name.
lesson-summary = Aprende qué es el ciberacoso, qué hacer si te pasa a ti y cómo ayudar cuando le pasa a alguien más.

# Card 1: what cyberbullying is.
card-what-it-is =
    El ciberacoso es cuando alguien usa juegos, chats o apps para lastimar a una persona una y otra vez.
    Pueden ser mensajes o comentarios feos.
    Puede ser dejar a alguien fuera de un chat grupal a propósito.
    Puede ser compartir una foto para burlarse de alguien.
    Puede ser una cuenta falsa que se hace pasar por esa persona.
# Card 2: how it feels; not the child's fault.
card-how-it-feels =
    El ciberacoso te puede hacer sentir tristeza, miedo, enojo o soledad.
    Puede sentirse como si te siguiera hasta tu casa en el celular.
    Esos sentimientos son reales, y son importantes.
    Si te está pasando a ti, no es tu culpa. Nadie merece que le hagan acoso.
# Card 3: what to do if you are bullied online.
card-what-to-do =
    Si alguien te acosa en internet, esto es lo que puedes hacer.
    No respondas. Una respuesta puede empeorar las cosas.
    Guarda los mensajes con capturas de pantalla.
    Bloquea a esa persona y repórtala en la app.
    Cuéntaselo a un adulto de confianza, como tu mamá, tu papá, quien te cuida o tu maestra o maestro.
# Card 4: being an upstander.
card-be-an-upstander =
    Defender a otros quiere decir ayudar cuando ves acoso.
    Mándale a esa persona un mensaje amable, como "¿Estás bien?".
    No des like, no compartas y no te rías de las publicaciones feas.
    Reporta la publicación y cuéntaselo a un adulto de confianza.
    No tienes que discutir con quien está siendo cruel. Ayudar sin hacer ruido también cuenta.
# Card 5: who to tell; adults should not blame; Help.
card-get-help =
    No tienes que enfrentar el acoso sin ayuda.
    Cuéntaselo a un adulto de confianza. Te debe escuchar y no culparte.
    Te puede ayudar a reportarlo, y a hablar con tu escuela si sirve.
    También puedes tocar Ayuda para encontrar a alguien con quien hablar.

# Question: multiple choice, "choose all that apply".
q-is-it-bullying = ¿Cuáles de estos son ciberacoso? Elige todas las respuestas que correspondan.
    .hint = ¿Alguien está tratando de lastimar o dejar fuera a una persona, una y otra vez?
    .explanation = Los comentarios feos, dejar fuera a alguien a propósito, las cuentas falsas y compartir fotos para burlarse de alguien son ciberacoso. Ganar un juego o preferir otro equipo no lo es.
# Answer option (cyberbullying).
q-is-it-bullying-mean-comments-daily = Alguien deja comentarios feos en los videos de otra niña o niño todos los días.
    .feedback = Esto es ciberacoso. Busca lastimar, y pasa una y otra vez.
# Answer option (cyberbullying).
q-is-it-bullying-left-out-on-purpose = Un grupo hace un chat nuevo solo para dejar fuera a una persona.
    .feedback = Esto es ciberacoso. Dejar fuera a alguien a propósito puede lastimar mucho.
# Answer option (cyberbullying).
q-is-it-bullying-fake-account = Alguien hace una cuenta falsa para hacerse pasar por alguien del salón.
    .feedback = Esto es ciberacoso. Hacerse pasar por alguien puede hacer que otras personas piensen mal de esa persona.
# Answer option (cyberbullying).
q-is-it-bullying-shares-photo-to-mock = Alguien comparte la foto de otra niña o niño para burlarse.
    .feedback = Esto es ciberacoso. Compartir una foto para burlarse de alguien le hace daño.
# Answer option (not cyberbullying).
q-is-it-bullying-wins-fair-and-square = Alguien de tus amigos te gana en un juego y dice: "Buen juego".
    .feedback = No del todo. Ganar limpiamente y ser amable no es acoso.
# Answer option (not cyberbullying).
q-is-it-bullying-likes-other-team = Alguien dice que le gusta un equipo distinto al tuyo.
    .feedback = No del todo. Que te gusten cosas distintas es normal. No es acoso.

# Question: true or false about replying to a bully.
q-reply-back = Si alguien te manda mensajes feos, lo mejor es responderle con otro mensaje feo.
    .hint = ¿Qué podría pasar si respondes?
    .explanation = Una respuesta puede empeorar las cosas. Guarda los mensajes, bloquea, reporta y cuéntaselo a un adulto de confianza.
# Feedback if the child picks "true" (wrong).
q-reply-back-true =
    .feedback = No del todo. Es normal sentir enojo. Pero una respuesta puede empeorar las cosas. Guarda, bloquea, reporta y cuéntalo.
# Feedback if the child picks "false" (right).
q-reply-back-false =
    .feedback = ¡Sí! No respondas. Guarda los mensajes, bloquea, reporta y cuéntaselo a un adulto de confianza.

# Question: a scenario. The situation is shown first, then the question.
q-no-ellie-chat = ¿Qué podría hacer Tom?
    .situation = Tom, de 11 años, está en un chat grupal del salón que se llama "Sin Ellie". La gente está publicando chistes crueles sobre Ellie.
    .hint = ¿Cómo podría Tom ayudar a Ellie sin hacerlo más grande?
    .explanation = Tom puede defender a Ellie. Puede preguntarle a Ellie cómo está y contárselo a un adulto de confianza. Reportar el chat y no unirse también ayuda. Reírse o compartir lo empeora.
# Action (best).
q-no-ellie-chat-support-and-tell = Mandarle a Ellie un mensaje amable y contárselo a un adulto de confianza.
    .feedback = ¡La mejor opción! Ellie sabe que a alguien le importa, y un adulto puede ayudar a pararlo.
# Action (also good).
q-no-ellie-chat-report-dont-join = No unirse. Reportar el chat y luego salirse.
    .feedback = Buena opción. No unirse y reportar ayuda. Contárselo también a un adulto es todavía mejor.
# Action (not helpful).
q-no-ellie-chat-send-laughing-face = Mandar un emoji de risa para no quedar fuera.
    .feedback = No del todo. Puede ser difícil ser diferente. Pero un emoji de risa les dice a quienes están siendo crueles que está bien.
# Action (not helpful).
q-no-ellie-chat-screenshot-to-friends = Mandarles capturas a otros amigos para que lo vean.
    .feedback = No del todo. Compartirlo lo hace circular más. Guarda capturas solo para mostrárselas a un adulto o para reportar.

# Question: single choice about what to do when being bullied.
q-priya-comments = Priya recibe comentarios feos en cada video que publica. ¿Qué puede hacer?
    .hint = Piensa en los pasos de la tarjeta "qué hacer".
    .explanation = Priya puede guardar los comentarios, bloquear y reportar a esa persona, y contárselo a un adulto de confianza. No es su culpa.
# Answer option (right).
q-priya-comments-save-block-report-tell = Tomar capturas, bloquear y reportar, y contárselo a un adulto de confianza.
    .feedback = ¡Sí! Esos pasos la ayudan a pararlo y a recibir apoyo. No es su culpa.
# Answer option (wrong).
q-priya-comments-post-mean-reply = Publicar una respuesta cruel para que sepan lo que se siente.
    .feedback = No del todo. Es normal sentir enojo. Pero una respuesta puede empeorar las cosas.
# Answer option (wrong).
q-priya-comments-quit-and-tell-no-one = Dejar de publicar y no decirle a nadie.
    .feedback = No del todo. Priya no tiene que enfrentar esto sin ayuda. Un adulto de confianza la puede ayudar.

# Question: single choice about what an upstander is.
q-upstander-means = ¿Qué quiere decir defender a otros en internet?
    .hint = Piensa en qué quiere decir "defender" a alguien.
    .explanation = Defender a otros es ayudar de forma segura: apoyar a la persona, no compartir, reportar y contárselo a un adulto.
# Answer option (right).
q-upstander-means-helps-safely = Ayudar de forma segura a la persona a la que están acosando.
    .feedback = ¡Sí! Las palabras amables, reportar y contárselo a un adulto son formas de defender a otros.
# Answer option (wrong).
q-upstander-means-just-watches = Ver el acoso, pero no meterse.
    .feedback = No del todo. Eso es quedarse mirando. Defender a otros es hacer algo para ayudar.
# Answer option (wrong).
q-upstander-means-bullies-back = Publicar cosas crueles contra quien está siendo cruel.
    .feedback = No del todo. Ser cruel de vuelta puede hacerlo más grande. Para defender a otros, se ayuda de forma segura.

# Question: sort actions into two groups.
q-helps-or-not = Alguien publica un video cruel sobre una persona de tu salón. Pon cada acción en el grupo donde va.
    .hint = ¿Ayuda a esa persona, o hace circular la publicación cruel?
    .explanation = Un mensaje amable, un reporte y contárselo a un adulto ayudan. Dar like, compartir o agregar un chiste hacen que el daño crezca.
# Group name.
q-helps-or-not-helps = Ayuda
# Group name.
q-helps-or-not-does-not-help = No ayuda
# Item to sort (helps).
q-helps-or-not-kind-message = Mandarle a esa persona un mensaje amable.
    .feedback = Esto ayuda. Le muestra que tiene apoyo.
# Item to sort (helps).
q-helps-or-not-report-post = Reportar el video.
    .feedback = Esto ayuda. La app lo puede quitar.
# Item to sort (helps).
q-helps-or-not-tell-adult = Contárselo a un adulto de confianza.
    .feedback = Esto ayuda. Un adulto puede ayudar a pararlo.
# Item to sort (does not help).
q-helps-or-not-like-mean-post = Darle like al video.
    .feedback = Esto no ayuda. Un like le dice a quien acosa que la gente está de acuerdo.
# Item to sort (does not help).
q-helps-or-not-share-mean-post = Compartir el video con tus amigos.
    .feedback = Esto no ayuda. Compartirlo hace que más gente lo vea.
# Item to sort (does not help).
q-helps-or-not-add-a-mean-joke = Agregar un chiste en los comentarios.
    .feedback = Esto no ayuda. Un chiste hace que el daño crezca.

# Question: true or false about blame. The right answer is "true".
q-not-to-blame = Si te acosan en internet, no es tu culpa.
    .hint = ¿Quién está eligiendo ser cruel?
    .explanation = Quien acosa es quien hace algo malo. Nadie merece que le hagan acoso.
# Feedback if the child picks "true" (right).
q-not-to-blame-true =
    .feedback = ¡Sí! Nunca es tu culpa. Cuéntaselo a un adulto de confianza, o toca Ayuda.
# Feedback if the child picks "false" (wrong).
q-not-to-blame-false =
    .feedback = No del todo. Nadie merece que le hagan acoso. Quien está siendo cruel es quien hace algo malo.

# Question: true or false about changing after joining in. The right answer is "true".
q-joined-in-before = Si antes te reíste de una publicación cruel, igual puedes defender a otros ahora.
    .hint = ¿Puedes tomar una decisión nueva hoy?
    .explanation = Sí. Cualquiera puede elegir ayudar. Puedes empezar ahora, con un mensaje amable o contándoselo a un adulto.
# Feedback if the child picks "true" (right).
q-joined-in-before-true =
    .feedback = ¡Sí! Puedes tomar una decisión nueva cuando quieras. Ayudar ahora también cuenta.
# Feedback if the child picks "false" (wrong).
q-joined-in-before-false =
    .feedback = No del todo. Todo el mundo puede tomar una decisión nueva. Puedes ayudar ahora, y eso cuenta.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta: ¿qué hace difícil defender a otros en internet? Piensen en cosas pequeñas y seguras que podrían hacer para ayudar. ¿A quién se lo podrían contar si ustedes o alguien de sus amigos sufrieran acoso?
