# SafeSteps — MIT OR Apache-2.0

### Lesson: Block and report (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Teach the skill step by step; make reporting feel safe.

# Lesson name on the lesson card.
lesson-title = Bloquear y reportar
# One line under the lesson name.
lesson-summary = Aprende cómo funcionan silenciar, bloquear y reportar, qué pasa después de reportar y quién te puede ayudar.

# Card 1: the three tools: mute, block, report.
card-three-tools =
    Casi todos los juegos y apps tienen tres herramientas.
    Silenciar quiere decir que dejas de ver o de escuchar a alguien.
    Bloquear quiere decir que esa persona ya no te puede mandar mensajes ni agregarte.
    Reportar le avisa a la app que alguien rompió las reglas.
    Para encontrarlas, toca el nombre del jugador, o los tres puntitos junto a un mensaje.
# Card 2: when to use the tools.
card-when-to-use =
    Puedes usar estas herramientas siempre que alguien te haga sentir mal, en peligro o bajo presión.
    Tal vez te manda mensajes feos o te pide fotos. Tal vez no deja de escribirte.
    No necesitas una gran razón. Es tu espacio.
    Puedes bloquear a alguien aunque antes te cayera bien.
# Card 3: save proof before blocking; never save or send private pictures.
card-save-proof =
    Antes de bloquear, guarda pruebas.
    Toma capturas de pantalla de los mensajes y del nombre de usuario de esa persona. No borres el chat.
    Las capturas ayudan a la app y a los adultos a ver lo que pasó.
    Si alguien te manda una foto privada, no la guardes, no le tomes captura ni la reenvíes. Cuéntaselo a un adulto de confianza.
# Card 4: what happens after a report.
card-after-a-report =
    ¿Qué pasa después de reportar? Personas que trabajan en la app lo revisan.
    Casi ninguna app le dice a la persona que fuiste tú quien la reportó.
    La app puede darle una advertencia, quitar publicaciones o cerrar su cuenta.
    Puede tardar un tiempo, y tal vez no te respondan. Está bien.
    Reportar igual ayuda a cuidarte a ti y a los demás.
# Card 5: tell a trusted adult; not the child's fault; Help.
card-tell-an-adult =
    No tienes que hacer esto sin ayuda. Cuéntaselo a un adulto de confianza.
    Te puede ayudar a guardar pruebas, reportar y revisar tu configuración. No te debe culpar.
    Si alguien te hizo sentir mal en internet, no es tu culpa.
    También puedes tocar Ayuda para encontrar a alguien con quien hablar.

# Question: single choice about which tool stops messages.
q-stop-messages = Alguien no deja de mandarte mensajes en un juego. ¿Qué herramienta hace que ya no te pueda escribir?
    .hint = ¿Qué herramienta hace que esa persona ya no te pueda contactar para nada?
    .explanation = Bloquear hace que alguien ya no te pueda mandar mensajes ni agregarte. Silenciar solo oculta a esa persona para ti. Primero guarda pruebas, y también reporta.
# Answer option (right).
q-stop-messages-block = Bloquear
    .feedback = ¡Sí! Bloquear hace que ya no te pueda mandar mensajes. Primero guarda pruebas, y también repórtalo.
# Answer option (wrong).
q-stop-messages-mute = Silenciar
    .feedback = No del todo. Silenciar oculta a esa persona para ti, pero todavía te puede mandar cosas. Bloquear detiene los mensajes.
# Answer option (wrong).
q-stop-messages-change-avatar = Cambiar mi avatar
    .feedback = No del todo. Cambiar cómo te ves no detiene a esa persona. La herramienta que sirve es bloquear.

# Question: sort what each tool does into three groups.
q-which-tool = ¿Qué hace cada herramienta? Pon cada cosa en el grupo donde va.
    .hint = Vuelve a pensar en la tarjeta de las tres herramientas. ¿Qué hace cada una?
    .explanation = Silenciar hace que dejes de ver o escuchar a alguien. Bloquear hace que no te pueda contactar. Reportar le pide a la app que revise y actúe.
# Group name.
q-which-tool-mute = Silenciar
# Group name.
q-which-tool-block = Bloquear
# Group name.
q-which-tool-report = Reportar
# Item to sort (mute).
q-which-tool-stop-hearing = Dejo de escuchar a esa persona en el chat de voz.
    .feedback = Eso es silenciar. Dejas de escucharla, pero sigue en el juego.
# Item to sort (mute).
q-which-tool-hide-chat = Dejo de ver su chat, pero seguimos en el mismo juego.
    .feedback = Eso es silenciar. Oculta a esa persona para ti.
# Item to sort (block).
q-which-tool-no-more-messages = Ya no me puede mandar mensajes.
    .feedback = Eso es bloquear. Hace que ya no te pueda contactar.
# Item to sort (block).
q-which-tool-no-friend-requests = Ya no me puede mandar solicitudes de amistad.
    .feedback = Eso es bloquear. Ya no te puede agregar.
# Item to sort (report).
q-which-tool-app-checks-rules = La app revisa si rompió las reglas.
    .feedback = Eso es reportar. Personas de la app revisan lo que hizo.
# Item to sort (report).
q-which-tool-app-can-close-account = La app puede cerrar su cuenta.
    .feedback = Eso es reportar. La app puede actuar si rompió las reglas.

# Question: single choice about what to do before blocking.
q-before-blocking = Alguien te manda mensajes feos. ¿Qué deberías hacer antes de bloquear a esa persona?
    .hint = ¿Qué va a ayudar a la app y a un adulto a ver lo que pasó?
    .explanation = Primero toma capturas de pantalla de los mensajes y de su nombre de usuario. Luego bloquea, reporta y cuéntaselo a un adulto de confianza.
# Answer option (right).
q-before-blocking-take-screenshots = Tomar capturas de pantalla de los mensajes y de su nombre de usuario.
    .feedback = ¡Sí! Las capturas son pruebas. Ayudan cuando reportas y cuando se lo cuentas a un adulto.
# Answer option (wrong).
q-before-blocking-delete-chat = Borrar el chat para no tener que verlo.
    .feedback = No del todo. Es normal querer que desaparezca. Pero el chat es una prueba, así que primero guárdalo.
# Answer option (wrong).
q-before-blocking-reply-angry = Mandar una respuesta enojada.
    .feedback = No del todo. Responder puede empeorar las cosas. Guarda pruebas, y luego bloquea y reporta.

# Question: a scenario. The situation is shown first, then the question.
q-aisha-game = ¿Qué podría hacer Aisha?
    .situation = Aisha, de 10 años, juega un juego en línea. Un jugador no deja de escribirle: "¿Por qué no me contestas? Agrégame en otra app". Ella le dijo que no, pero él sigue.
    .hint = Aisha dijo que no y él no paró. ¿Qué herramientas pueden ayudar? ¿Quién puede ayudar?
    .explanation = Aisha puede guardar pruebas, luego bloquearlo y reportarlo, y contárselo a un adulto de confianza. Contárselo primero a un adulto también está bien. Si responde o se queda callada, enfrenta esto sin apoyo.
# Action (best).
q-aisha-game-save-block-report-tell = Tomar capturas, bloquearlo y reportarlo, y luego contárselo a un adulto de confianza.
    .feedback = ¡La mejor opción! Aisha usa todas las herramientas, y un adulto la puede ayudar. No es su culpa.
# Action (also good).
q-aisha-game-tell-adult-first = Contárselo de inmediato a un adulto de confianza y pedir ayuda.
    .feedback = Buena opción. Un adulto la puede ayudar a guardar pruebas, bloquear y reportar.
# Action (not helpful).
q-aisha-game-reply-once-more = Responderle una vez más y pedirle por favor que pare.
    .feedback = No del todo. Ella ya dijo que no. Responder puede hacer que él siga hablando. Bloquear lo detiene.
# Action (not helpful).
q-aisha-game-keep-quiet = Quedarse callada y esperar que pare.
    .feedback = No del todo. Puede que no pare. Aisha no tiene que enfrentar esto sin ayuda.

# Question: true or false about whether the reported person is told.
q-they-know-who = Cuando reportas a alguien, casi todas las apps le dicen a esa persona quién la reportó.
    .hint = Vuelve a pensar en la tarjeta sobre qué pasa después de reportar.
    .explanation = Casi ninguna app le dice a la persona que fuiste tú quien la reportó. Eso ayuda a que reportar sea seguro.
# Feedback if the child picks "true" (wrong).
q-they-know-who-true =
    .feedback = No del todo. La mayoría de las apps no le muestra tu nombre a la persona que reportas. Eso te ayuda a sentirte a salvo.
# Feedback if the child picks "false" (right).
q-they-know-who-false =
    .feedback = ¡Sí! Casi ninguna app le dice a esa persona quién la reportó. Reportar ayuda a cuidarte a ti y a los demás.

# Question: multiple choice, "choose all that apply".
q-after-you-report = ¿Qué puede pasar después de que reportas a alguien? Elige todas las respuestas que correspondan.
    .hint = ¿Qué puede hacer la app si alguien rompió las reglas?
    .explanation = La app revisa el reporte. Puede darle una advertencia a la persona, quitar publicaciones o cerrar la cuenta. No publica tu nombre.
# Answer option (can happen).
q-after-you-report-app-checks = Personas de la app revisan el reporte.
    .feedback = Esto puede pasar. Personas de la app revisan lo que se mandó.
# Answer option (can happen).
q-after-you-report-warns-them = La app le da una advertencia a la persona.
    .feedback = Esto puede pasar. Una advertencia le dice que pare.
# Answer option (can happen).
q-after-you-report-removes-posts = La app quita publicaciones.
    .feedback = Esto puede pasar. Las publicaciones que rompen las reglas se pueden quitar.
# Answer option (can happen).
q-after-you-report-closes-account = La app cierra su cuenta.
    .feedback = Esto puede pasar si rompió las reglas.
# Answer option (does not happen).
q-after-you-report-posts-your-name = La app publica tu nombre para que todos lo vean.
    .feedback = No del todo. Las apps no publican tu nombre. Casi todas lo mantienen en privado.
# Answer option (does not happen).
q-after-you-report-nothing-ever = Nada, nunca. Los reportes no sirven para nada.
    .feedback = No del todo. Tal vez no te respondan, pero los reportes ayudan a las apps a cuidar a las personas.

# Question: true or false about blocking someone you liked before.
q-block-a-friend = Puedes bloquear a alguien aunque antes fueran amigos.
    .hint = ¿Es tu espacio para elegir quién te puede contactar?
    .explanation = Sí. Puedes bloquear a cualquiera que te haga sentir mal, en peligro o bajo presión, aunque sea alguien de tus amigos.
# Feedback if the child picks "true" (right).
q-block-a-friend-true =
    .feedback = ¡Sí! Es tu espacio. Puedes bloquear a cualquiera que te haga sentir mal.
# Feedback if the child picks "false" (wrong).
q-block-a-friend-false =
    .feedback = No del todo. Que antes te cayera bien no quiere decir que tengas que seguir hablando. Puedes bloquear a esa persona.

# Question: single choice about an unwanted private picture.
q-unwanted-picture = Un jugador te manda una foto privada que no pediste. ¿Qué haces?
    .hint = ¿Esto es algo para guardar, para pasar, o para contárselo a un adulto?
    .explanation = No la guardes, no le tomes captura ni la reenvíes, ni siquiera como prueba. Cuéntaselo a un adulto de confianza. Te puede ayudar a reportarla. No es tu culpa.
# Answer option (right).
q-unwanted-picture-dont-save-tell-adult = No la guardo ni la reenvío. Se lo cuento a un adulto de confianza.
    .feedback = ¡Sí! Un adulto te puede ayudar a reportarla. No es tu culpa que te la haya mandado.
# Answer option (wrong).
q-unwanted-picture-send-as-proof = Se la mando a alguien de mis amigos como prueba.
    .feedback = No del todo. Reenviarla la comparte más. Cuéntaselo a un adulto, y te puede ayudar a reportarla.
# Answer option (wrong).
q-unwanted-picture-keep-it-secret = La guardo en secreto para que nadie se moleste.
    .feedback = No del todo. Un secreto así es para contarlo. Un adulto de confianza va a querer ayudarte.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta: ¿dónde están los botones de silenciar, bloquear y reportar en los juegos y apps que usan? ¿Por qué alguien podría no querer reportar, y qué lo haría más fácil? ¿Quién les podría ayudar a guardar pruebas?
