# SafeSteps — MIT OR Apache-2.0

### Lesson: Helping a friend (ages 13–17).
### Readers are teenagers whose friend may have just told them something hard. Be direct, warm and
### practical; never preachy. Never describe abuse or images. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Ayudar a un amigo o amiga
# One line under the lesson name.
lesson-summary = Qué decir y qué hacer cuando alguien de tus amigos te cuenta que le pasó algo en internet.

# Card 1: a friend telling you means they trust you.
card-they-trust-you =
    Muchas veces los amigos se cuentan las cosas entre sí antes de contárselas a un adulto.
    Si alguien de tus amigos te cuenta que le pasó algo malo en internet, quiere decir que confía en ti. Eso es muy importante.
    Tal vez recibe amenazas o presión de alguien, o alguien compartió una imagen suya.
    No necesitas tener todas las respuestas. No tienes que resolverlo sin ayuda.
    Lo que más ayuda es cómo reaccionas, y ayudarle a llegar a alguien que pueda actuar.
# Card 2: listen, believe, don't blame.
card-listen-and-believe =
    Escucha. Deja que hable sin interrumpir.
    Créele. Es muy raro que alguien se invente algo así.
    Mantén la calma, aunque sientas sorpresa o enojo. Tu calma le ayuda a sentirse a salvo.
    No le preguntes "¿Por qué la mandaste?" ni "¿Por qué no bloqueaste a esa persona?". Preguntas así pueden sonar a culpa.
    Mejor dile: "Gracias por contármelo. No es tu culpa. Vamos a ver cómo resolverlo".
# Card 3: don't share; keep it safe.
card-keep-it-safe =
    Guarda su historia en privado. No publiques nada sobre eso ni le pidas consejo a un chat grupal.
    Nunca reenvíes ni guardes una imagen suya, ni siquiera para ayudar. Si te llegó una, repórtala y bórrala.
    No le escribas ni amenaces a la persona que le hizo daño. Puede empeorar las cosas, y eso les toca a los adultos, a la app o a la policía.
    Puedes ayudarle a guardar pruebas, como capturas de los mensajes y de los nombres de usuario, pero no la imagen.
# Card 4: getting an adult involved.
card-get-an-adult =
    Ayúdale a contárselo a un adulto de confianza. Ofrécete a ir con esa persona, o a quedarte a su lado mientras llama o escribe.
    Muéstrale la pantalla de Ayuda de esta app para encontrar una línea de ayuda en su país.
    Algunas cosas necesitan a un adulto aunque te pida que no lo cuentes. Por ejemplo: amenazas, la presión de un adulto, o que hable de hacerse daño. También cualquier peligro en este momento.
    Habla con honestidad: "Me importas demasiado para guardar este secreto. Vamos a contárselo a alguien. Yo te acompaño".
# Card 5: look after yourself too.
card-look-after-yourself =
    Apoyar a alguien de tus amigos se puede sentir pesado. Puedes sentir preocupación, tristeza o miedo por esa persona.
    Es normal. Estás ayudando mucho, pero no eres su única ayuda.
    No te toca resolverlo, y no es tu culpa si las cosas están difíciles.
    Habla también con un adulto de confianza sobre cómo te sientes. O toca el botón de Ayuda para encontrar a alguien con quien hablar.

# Question: single choice about the first thing to say.
q-first-words = Alguien de tus amigos te cuenta que está recibiendo amenazas de alguien en internet. ¿Qué es bueno decir primero?
    .hint = Si te pasara a ti, ¿qué querrías escuchar primero?
    .explanation = Darle las gracias y decirle que no es su culpa le ayuda a sentirse a salvo para seguir hablando. Las preguntas sobre lo que hizo pueden sonar a culpa.
# Answer option (right).
q-first-words-thanks-not-your-fault = "Gracias por contármelo. No es tu culpa."
    .feedback = Así es. Muestra que estás de su lado, y es verdad.
# Answer option (wrong).
q-first-words-why-did-you = "¿Y por qué le hablaste en primer lugar?"
    .feedback = No del todo. Aunque solo sea curiosidad, puede sonar a culpa. Empieza con apoyo.
# Answer option (wrong).
q-first-words-just-block-them = "¿Por qué no solo bloqueaste a esa persona?"
    .feedback = No del todo. Le puede hacer sentir que hizo algo mal. Primero escucha, y luego ayúdale a hacer un plan.

# Question: choose all that apply, about helpful responses.
q-helpful-responses = ¿Cuáles de estas cosas ayudan cuando alguien de tus amigos te cuenta que le pasó algo? Elige todas las respuestas que correspondan.
    .hint = ¿Cuáles mantienen su historia en privado y le consiguen apoyo real?
    .explanation = Escuchar, creerle y ofrecerte a ir con esa persona a ver a un adulto ayudan. Preguntarle a un chat grupal hace circular su historia, y enfrentar a esa persona puede empeorar las cosas.
# Answer option (helps).
q-helpful-responses-listen = Escuchar sin interrumpir
    .feedback = Sí. Que alguien le escuche ayuda mucho.
# Answer option (helps).
q-helpful-responses-believe-them = Creer lo que te cuenta
    .feedback = Sí. Cuando le creen, es más fácil contárselo después a un adulto.
# Answer option (helps).
q-helpful-responses-offer-to-go = Ofrecerte a ir con esa persona a ver a un adulto de confianza
    .feedback = Sí. Tener a alguien de sus amigos al lado hace que contarlo dé menos miedo.
# Answer option (does not help).
q-helpful-responses-ask-group-chat = Preguntarle a tu chat grupal qué hacer
    .feedback = No del todo. Su historia es privada. Mejor pregúntale a un adulto de confianza.
# Answer option (does not help).
q-helpful-responses-confront-them-online = Escribirle a esa persona y ponerla en su lugar
    .feedback = No del todo. Puede empeorar las cosas. Deja eso a los adultos, a la app o a la policía.

# Question: a scenario about a promise to keep a secret.
q-promise-not-to-tell = ¿Qué podrías hacer con esa promesa?
    .situation = Alguien de tus amigos te cuenta que un adulto que conoció en internet amenaza con compartir sus fotos. Te dice: "Prométeme que no le vas a decir a nadie".
    .hint = Algunos secretos mantienen en peligro a alguien de tus amigos. ¿Quién puede parar esto de verdad?
    .explanation = Hablar con honestidad y hacer que un adulto de confianza se involucre es la mejor opción. Ir con esa persona a contárselo a alguien también está bien. Cumplir la promesa deja a tu amigo o amiga sin apoyo frente a un delito, y contactar al adulto que amenaza puede empeorar las cosas.
# Action (best).
q-promise-not-to-tell-honest-and-get-adult = Decirle "Me importas demasiado para guardar este secreto", y ayudarle a contárselo a un adulto, o contárselo yo.
    .feedback = La mejor opción. Esto es un delito, y necesita a un adulto. Hablar con honestidad muestra que te importa.
# Action (also good).
q-promise-not-to-tell-go-with-them = Ofrecerme a ir hoy con esa persona a ver al orientador o a la orientadora de la escuela, o a su mamá o su papá.
    .feedback = Buena opción. Que estés ahí puede hacer que contarlo sea mucho más fácil.
# Action (not helpful).
q-promise-not-to-tell-keep-the-promise = Cumplir la promesa. Es su decisión.
    .feedback = No del todo. Se siente como lealtad, pero deja a esa persona sin apoyo frente a una amenaza. Esto es para contárselo a un adulto.
# Action (not helpful).
q-promise-not-to-tell-message-the-person = Escribirle a ese adulto y decirle que se aleje.
    .feedback = No del todo. Puede empeorar las amenazas. Deja que los adultos, la app y la policía se encarguen.

# Question: choose all that apply, about when an adult must be told.
q-must-get-adult = ¿Cuándo deberías hacer que un adulto se involucre, aunque tu amigo o amiga te pida que no? Elige todas las respuestas que correspondan.
    .hint = ¿Tu amigo o amiga, u otra persona, corre el riesgo de sufrir un daño grave?
    .explanation = Las amenazas, la presión de un adulto, que hable de hacerse daño y un peligro en este momento necesitan a un adulto. Una pelea por un juego es algo en lo que puedes ayudar como amigo o amiga.
# Answer option (needs an adult).
q-must-get-adult-being-threatened = Recibe amenazas de alguien que quiere imágenes o dinero.
    .feedback = Sí. Esto es un delito, y un adulto puede ayudar a reportarlo.
# Answer option (needs an adult).
q-must-get-adult-adult-pressuring = Está recibiendo presión de un adulto en internet.
    .feedback = Sí. Que un adulto presione a una persona adolescente es grave. Cuéntaselo a un adulto de confianza.
# Answer option (needs an adult).
q-must-get-adult-might-hurt-themselves = Habla de hacerse daño.
    .feedback = Sí. Cuéntaselo de inmediato a un adulto. Su seguridad va primero.
# Answer option (needs an adult).
q-must-get-adult-in-danger-now = Está en peligro en este momento.
    .feedback = Sí. Busca a un adulto ya, o llama al número de emergencias de tu país.
# Answer option (does not need an adult).
q-must-get-adult-game-argument = Se peleó con alguien de sus amigos por un juego.
    .feedback = No del todo. En eso puedes ayudar como amigo o amiga. Escucha y acompaña.

# Question: put the support steps in order.
q-support-steps = Alguien de tus amigos te cuenta que le pasó algo en internet. Pon estos pasos en orden.
    .hint = ¿Qué necesita de ti antes de que digas algo? ¿Y antes de poder hacer un plan?
    .explanation = Primero escucha, para que sienta que le escuchas. Dile que no es su culpa. Luego hablen de a quién contárselo, y ve con esa persona a hacerlo.
# Step 1.
q-support-steps-listen-first = Escuchar sin juzgar
    .feedback = Primero. Deja que lo cuente a su manera.
# Step 2.
q-support-steps-not-their-fault = Decirle que no es su culpa
    .feedback = Después. Mucha gente se culpa. Escuchar esto ayuda.
# Step 3.
q-support-steps-who-to-tell = Hablar de a qué adulto contárselo
    .feedback = Luego. Ayúdale a elegir a alguien de su confianza.
# Step 4.
q-support-steps-go-together = Ir con esa persona a contárselo al adulto
    .feedback = Al final. Estar ahí hace que contarlo sea más fácil.

# Question: true or false about confronting the person. The right answer is "false".
q-confront-yourself = Para ayudar a alguien de tus amigos, deberías escribirle a la persona que le hizo daño y hacer que pare.
    .hint = ¿Quién tiene el poder de pararlo de forma segura?
    .explanation = Falso. Enfrentar a esa persona puede empeorar las cosas para tu amigo o amiga, y para ti. Los adultos, la app y la policía pueden actuar.
# Feedback if the teen picks "true" (wrong).
q-confront-yourself-true =
    .feedback = No del todo. Es normal querer hacerlo, pero puede empeorar las cosas. Mejor ayuda a tu amigo o amiga a contárselo a un adulto.
# Feedback if the teen picks "false" (right).
q-confront-yourself-false =
    .feedback = Así es. Tu papel es apoyar a tu amigo o amiga. Los adultos, la app y la policía se encargan de esa persona.

# Question: true or false about the helper's own feelings.
q-your-feelings-count = Está bien hablar con alguien sobre cómo te sientes después de ayudar a un amigo o amiga.
    .hint = ¿Ayudar a otras personas quiere decir que lo que tú sientes no importa?
    .explanation = Verdadero. Apoyar a alguien de tus amigos puede ser pesado. Hablar con un adulto de confianza o tocar Ayuda también te puede ayudar a ti.
# Feedback if the teen picks "true" (right).
q-your-feelings-count-true =
    .feedback = Así es. Lo que sientes también importa. Tú también puedes recibir apoyo.
# Feedback if the teen picks "false" (wrong).
q-your-feelings-count-false =
    .feedback = No del todo. Tú también mereces apoyo. Hablarlo es un paso sano.

# Question: a scenario about a friend who blames themselves.
q-friend-blames-self = ¿Qué le podrías decir?
    .situation = Compartieron una imagen de alguien de tus amigos sin su consentimiento. Te dice: "Es mi culpa. No la debí haber mandado".
    .hint = ¿Quién eligió compartir la imagen?
    .explanation = Decirle que no es su culpa es la mejor opción. Escuchar y ofrecerte a ayudarle a conseguir apoyo también está bien. Darle la razón o cambiar de tema le puede hacer sentir que no tiene apoyo.
# Action (best).
q-friend-blames-self-say-not-their-fault = "No es tu culpa. Quien la compartió es quien hizo algo malo."
    .feedback = La mejor opción. Es verdad, y escucharlo de alguien de sus amigos importa.
# Action (also good).
q-friend-blames-self-listen-and-offer-help = Escuchar, y luego ofrecerme a ayudarle a contárselo a un adulto o a usar Take It Down.
    .feedback = Buena opción. Apoyo más un plan ayuda. Decirle también que no es su culpa lo hace más fuerte.
# Action (not helpful).
q-friend-blames-self-agree-it-was-a-mistake = "Sí, fue un error, pero todo va a estar bien."
    .feedback = No del todo. Puede sonar a culpa. La culpa es de quien la compartió.
# Action (not helpful).
q-friend-blames-self-change-the-subject = Cambiar de tema para que deje de pensar en eso.
    .feedback = No del todo. Le puede parecer que no quieres escuchar. Quédate a su lado y escucha.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta: si alguien de tus amigos te contara algo difícil, ¿qué querrías decir primero? Hablen de cuándo un secreto tiene que llegar a un adulto, de cómo ser honestos al respecto y de cómo quienes ayudan pueden cuidarse. Recuérdale al grupo que nunca es culpa de la víctima.
