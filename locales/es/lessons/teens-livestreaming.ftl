# SafeSteps — MIT OR Apache-2.0

### Lesson: Livestreaming (ages 13–17).
### Readers are teenagers who stream or watch streams. Be direct and respectful; never preachy.
### Streaming is positive; teach settings and exits. Never describe acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Transmitir en vivo sin riesgos
# One line under the lesson name.
lesson-summary = Transmitir puede ser genial. Así puedes detectar la presión en el chat y mantener el control.

# Card 1: streaming is positive; what's different about live.
card-going-live =
    Transmitir en vivo es una gran forma de compartir tus partidas, tu música, tu arte o solo charlar, y de armar una comunidad.
    Pero un en vivo es distinto de una publicación. No hay botón para editar, y no puedes borrar lo que la gente ya vio.
    Cualquiera que esté viendo puede grabar o tomar capturas de tu transmisión, aunque la app no la guarde.
    Y muchas veces no puedes saber quién te está viendo, ni qué edad tiene de verdad.
    Saber esto te ayuda a tener el control de tu transmisión.
# Card 2: red flags in the chat.
card-red-flags =
    Casi todas las personas que te ven solo quieren pasar el rato. Pon atención a los comentarios que:
    te piden hacer cosas frente a la cámara, como retos, o cambiarte de ropa o mostrar tu cuarto;
    te ofrecen regalos, monedas o dinero si haces lo que dicen;
    te preguntan dónde vives, a qué escuela vas o cuántos años tienes;
    te presionan para pasar a un chat privado o a otra app;
    te halagan mucho y luego te piden más.
    Los regalos te pueden hacer sentir que le debes algo a esa persona. No le debes nada.
# Card 3: settings before you go live.
card-settings =
    Antes de transmitir en vivo, revisa tu configuración.
    Elige quién puede verte. Solo amigos es lo más seguro.
    Activa los filtros de comentarios para bloquear ciertas palabras, o desactiva los comentarios.
    Pídele a alguien de tus amigos de confianza que modere el chat: puede quitar comentarios y sacar a quien esté viendo.
    Apaga la ubicación y revisa qué hay detrás de ti: escudos de la escuela, la vista de la calle, cartas con tu dirección.
    Si no tienes la edad que pide la app para transmitir o recibir regalos, esos límites están para protegerte.
# Card 4: ending a stream and reporting.
card-end-it =
    Puedes terminar una transmisión en cualquier momento. No le debes una explicación a nadie.
    Si un comentario te incomoda, termina la transmisión. Si quieres, puedes volver a transmitir después.
    Luego anota el nombre de usuario de esa persona y guarda los comentarios que puedas.
    Repórtala en la app y bloquéala.
    Si aparece en otros lugares, como tus DM, repórtala y bloquéala ahí también.
# Card 5: not your fault, and who to talk to.
card-not-your-fault =
    Si alguien te presionó, te engañó o te grabó en una transmisión, no es tu culpa.
    Quien te presiona es quien actúa mal, aunque le hayas seguido la corriente.
    Si se comparte una grabación o una imagen tuya, repórtala en la app. Take It Down (takeitdown.ncmec.org) puede ayudar a quitar imágenes íntimas de menores de 18.
    Habla con un adulto de confianza. O toca el botón de Ayuda para encontrar a alguien en tu país.

# Question: a scenario about coins offered for a dare.
q-coins-for-a-dare = ¿Qué podrías hacer con esa oferta?
    .situation = Estás en vivo. Alguien que te está viendo escribe: "500 monedas si haces un reto para mí. Hablemos de eso en el chat privado".
    .hint = Aquí hay dos señales de alerta. ¿Qué opción te deja con el control?
    .explanation = Decir que no, terminar la transmisión si quieres y reportar a esa persona es la mejor opción. Borrar el comentario y bloquearla también está bien. Los retos a cambio de monedas y los chats privados son formas de presionarte.
# Action (best).
q-coins-for-a-dare-say-no-end-report = Decir que no, terminar la transmisión si quiero y reportar a esa persona.
    .feedback = La mejor opción. Mantienes el control, y la app puede actuar con el reporte.
# Action (also good).
q-coins-for-a-dare-delete-and-block = Borrar el comentario, bloquear a esa persona y seguir.
    .feedback = Buena opción. Ya no está en tu transmisión. Reportarla también ayuda a proteger a otras personas.
# Action (not helpful).
q-coins-for-a-dare-do-a-small-dare = Hacer un reto pequeño. Es solo un poco de diversión.
    .feedback = No del todo. Lo que empieza pequeño muchas veces lleva a pedir más. Puedes decir que no, aunque ya te hayan dado monedas.
# Action (not helpful).
q-coins-for-a-dare-move-to-private = Ir al chat privado para saber cuál es el reto.
    .feedback = No del todo. En privado, nadie más ve lo que dice. Por eso quiere que te cambies.

# Question: choose all that apply, about red-flag comments.
q-red-flag-comments = ¿Cuáles comentarios en el chat de una transmisión son señales de alerta? Elige todas las respuestas que correspondan.
    .hint = ¿El comentario pide algo sobre ti, o trata de hacer un trato?
    .explanation = Preguntar por tu escuela, ofrecer regalos a cambio de obedecer y llevarte a otra app son señales de alerta. "Buena jugada" y "¿Qué sigue?" son parte normal del chat.
# Answer option (red flag).
q-red-flag-comments-which-school = "¿A qué escuela vas?"
    .feedback = Sí. Tu escuela puede ayudar a alguien a encontrarte fuera de internet. No tienes que decirlo.
# Answer option (red flag).
q-red-flag-comments-gifts-if-you-obey = "Te mando regalos si haces lo que te digo."
    .feedback = Sí. Los regalos con condiciones son presión. No le debes nada a nadie por un regalo.
# Answer option (red flag).
q-red-flag-comments-add-me-elsewhere = "Agrégame en otra app, solo tú y yo."
    .feedback = Sí. "Solo tú y yo" quiere decir que nadie más puede ver. Esa es una señal de alerta.
# Answer option (normal).
q-red-flag-comments-nice-play = "¡Buena jugada!"
    .feedback = No del todo. Ese es un comentario normal y amistoso.
# Answer option (normal).
q-red-flag-comments-what-game-next = "¿Qué juego vas a jugar después?"
    .feedback = No del todo. Eso es una conversación normal sobre tu transmisión.

# Question: true or false about recording.
q-viewers-can-record = Quienes te ven pueden grabar tu transmisión en vivo, aunque la app no la guarde.
    .hint = ¿Qué puede hacer cualquiera con su propio celular o computadora mientras ve?
    .explanation = Verdadero. Cualquiera puede tomar capturas o grabar su pantalla. Transmite pensando que se podría guardar.
# Feedback if the teen picks "true" (right).
q-viewers-can-record-true =
    .feedback = Así es. En vivo no quiere decir que desaparece. Cualquiera que esté viendo puede quedarse con una copia.
# Feedback if the teen picks "false" (wrong).
q-viewers-can-record-false =
    .feedback = No del todo. Quienes te ven pueden grabar su pantalla, haga lo que haga la app.

# Question: choose all that apply, about settings.
q-helpful-settings = ¿Qué opciones de configuración ayudan a que una transmisión sea más segura? Elige todas las respuestas que correspondan.
    .hint = ¿Cuáles controlan quién te ve y qué puede decir?
    .explanation = Las transmisiones solo para amigos, los filtros de palabras, alguien de confianza que modere y la ubicación apagada ayudan. Mostrar tu ubicación les dice a personas desconocidas dónde estás.
# Answer option (helps).
q-helpful-settings-friends-only = Solo mis amigos pueden ver
    .feedback = Sí. Menos personas desconocidas quiere decir menos riesgo.
# Answer option (helps).
q-helpful-settings-word-filter = Un filtro que bloquea ciertas palabras en los comentarios
    .feedback = Sí. Los filtros frenan muchos comentarios feos antes de que los veas.
# Answer option (helps).
q-helpful-settings-moderator = Alguien de mis amigos de confianza moderando
    .feedback = Sí. Quien modera puede quitar comentarios y sacar a personas mientras transmites.
# Answer option (helps).
q-helpful-settings-location-off = La ubicación apagada
    .feedback = Sí. Quienes te ven no necesitan saber dónde estás.
# Answer option (does not help).
q-helpful-settings-show-location = La ubicación visible para que te encuentren fans de tu zona
    .feedback = No del todo. Mostrar tu ubicación les dice a personas desconocidas dónde estás. Mantenla apagada.

# Question: put the steps in order.
q-uncomfortable-steps = Mientras estás en vivo, los comentarios de alguien te incomodan. Pon estos pasos en orden.
    .hint = ¿Qué frena la presión de inmediato? ¿Qué necesitas antes de bloquear?
    .explanation = Primero termina la transmisión para frenar la presión. Guarda el nombre de usuario y los comentarios mientras puedes. Reporta mientras todavía puedes encontrar a esa persona, y luego bloquéala.
# Step 1.
q-uncomfortable-steps-end-stream = Terminar la transmisión
    .feedback = Primero. Terminar la transmisión frena la presión de inmediato.
# Step 2.
q-uncomfortable-steps-save-username = Anotar su nombre de usuario y guardar los comentarios
    .feedback = Después. Estas pruebas ayudan cuando reportas.
# Step 3.
q-uncomfortable-steps-report-viewer = Reportar a esa persona en la app
    .feedback = Reporta mientras todavía puedes encontrar su perfil.
# Step 4.
q-uncomfortable-steps-block-viewer = Bloquear a esa persona
    .feedback = Al final. Ahora ya no te puede ver ni mandar mensajes ahí.

# Question: true or false about ending a stream. The right answer is "false".
q-owe-an-explanation = Si terminas una transmisión de repente, les debes una explicación a quienes te ven.
    .hint = ¿De quién es la transmisión?
    .explanation = Falso. Es tu transmisión. La puedes terminar cuando quieras, por la razón que sea, sin dar explicaciones.
# Feedback if the teen picks "true" (wrong).
q-owe-an-explanation-true =
    .feedback = No del todo. Nunca les debes una explicación a quienes te ven. Tu seguridad va primero.
# Feedback if the teen picks "false" (right).
q-owe-an-explanation-false =
    .feedback = Así es. La puedes terminar cuando quieras. Tus verdaderos fans van a seguir ahí la próxima vez.

# Question: single choice about a regular viewer.
q-regular-viewer = Alguien que siempre ve tus transmisiones te ha mandado muchos regalos. Ahora te dice: "Después de todo lo que te he dado, hablemos en privado". ¿Qué es esto?
    .hint = ¿Por qué alguien sacaría a relucir sus regalos antes de pedirte algo?
    .explanation = Es una señal de alerta. Los regalos se pueden usar para hacerte sentir que le debes algo a alguien. Pasar a un chat privado esconde lo que dice.
# Answer option (right).
q-regular-viewer-warning-sign = Una señal de alerta. Está usando los regalos para presionarme.
    .feedback = Así es. No le debes nada a nadie por un regalo. Puedes decir que no, bloquear y reportar.
# Answer option (wrong).
q-regular-viewer-loyal-fan = Un fan fiel que me quiere conocer
    .feedback = No del todo. Un fan de verdad no necesita llevarte a un chat privado. Pon atención a la presión.
# Answer option (wrong).
q-regular-viewer-fair-after-gifts = Es justo, porque me ha dado mucho
    .feedback = No del todo. Los regalos no compran tu tiempo ni tu privacidad. Siempre puedes decir que no.

# Question: a scenario about a recorded clip being shared.
q-clip-shared = ¿Qué podrías hacer con el clip?
    .situation = Alguien que te veía grabó parte de tu transmisión. Te lo manda y te dice que lo va a publicar si no haces lo que quiere.
    .hint = Esto es una amenaza. ¿Quién te puede ayudar a pararla?
    .explanation = Dejar de responder, guardar pruebas, contárselo a un adulto de confianza y reportar es la mejor opción. Reportar el clip y la cuenta también ayuda. Hacer lo que pide casi nunca detiene las amenazas, y borrar tu cuenta hace que pierdas las pruebas. No es tu culpa.
# Action (best).
q-clip-shared-tell-adult-and-report = Dejar de responder, guardar los mensajes, contárselo a un adulto de confianza y reportar la cuenta.
    .feedback = La mejor opción. Conservas las pruebas, tienes apoyo y la app puede actuar. Esto no es tu culpa.
# Action (also good).
q-clip-shared-report-the-clip = Reportar la cuenta y el clip en la app, y luego bloquear a esa persona.
    .feedback = Buena opción. Primero guarda los mensajes. Contárselo también a un adulto lo hace más fuerte.
# Action (not helpful).
q-clip-shared-do-what-they-ask = Hacer lo que quiere para que no lo publique.
    .feedback = No del todo. Ceder casi siempre lleva a más exigencias. Si ya lo hiciste, igual puedes recibir ayuda.
# Action (not helpful).
q-clip-shared-delete-account = Borrar mi cuenta para que todo desaparezca.
    .feedback = No del todo. Es normal querer eso, pero al borrarla pierdes las pruebas. Consérvala por ahora y pide ayuda.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta: ¿qué hace que el chat de una transmisión se sienta divertido, y qué hace que se sienta como presión? Hablen de la configuración que ayuda y de por qué terminar una transmisión siempre está bien, y recuérdale al grupo que, si alguien presiona o graba a quien transmite, nunca es culpa de quien transmite.
