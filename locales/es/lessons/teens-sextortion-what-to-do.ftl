# SafeSteps — MIT OR Apache-2.0

### Lesson: Sextortion, what to do (ages 13–17).
### Readers are teenagers, often alone and possibly in the middle of it. Be direct, calm and
### respectful; never preachy. Never describe images or acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Sextorsión: qué hacer
# One line under the lesson name.
lesson-summary = Si alguien amenaza con compartir una imagen tuya, esto es lo que ayuda, paso a paso.

# Card 1: what sextortion is, without detail.
card-what-it-is =
    La sextorsión es cuando alguien amenaza con compartir una imagen íntima o sexual tuya si no le pagas, le mandas más o haces lo que te dice.
    La imagen puede ser real, o falsa o editada.
    Muchas veces es alguien desconocido que finge tener tu edad, se gana tu confianza rápido y luego empieza a amenazarte.
    A veces es alguien que conoces, como tu ex o alguien de la escuela.
    Pasa en los mensajes directos (DM), en los juegos y en las redes sociales, y le puede pasar a cualquiera.
# Card 2: a crime, never the teen's fault; you can say no.
card-not-your-fault =
    La sextorsión es un delito, y no es tu culpa, aunque hayas compartido una imagen.
    Quien te amenaza es quien está rompiendo la ley.
    Puedes decir que no, aunque antes hayas mandado algo.
    Sentir miedo, vergüenza o pánico es normal. No tienes que pasar por esto sin apoyo: hay personas que te pueden ayudar.
# Card 3: what to do right now.
card-what-to-do =
    No pagues y no mandes más. Pagar casi nunca detiene las amenazas; normalmente piden más.
    Deja de responder.
    No borres tu cuenta ni el chat. Toma capturas de los mensajes y de su perfil (no de la imagen), y guarda los nombres de usuario y los enlaces.
    Luego reporta y bloquea la cuenta en la app.
    Si ya pagaste, todo va a estar bien. Deja de pagar y pide ayuda ahora.
# Card 4: who to tell and where to report.
card-get-help =
    Cuéntaselo a un adulto de confianza: tu mamá, tu papá, quien te cuida, alguien de tu familia, un profe o el orientador o la orientadora de la escuela. No te debe culpar; su tarea es ayudarte.
    Reporta la cuenta en la app para que pueda actuar.
    En Estados Unidos, repórtalo a la CyberTipline del NCMEC en report.cybertip.org o al 1-800-843-5678. El NCMEC comparte los reportes con la policía, que puede actuar.
    En otros países, toca Ayuda para saber dónde reportarlo, o acude a la policía.
    No le reenvíes la imagen a nadie, ni siquiera para mostrarle a alguien de tus amigos lo que está pasando.
# Card 5: Take It Down and the Help button.
card-take-it-down =
    Take It Down (takeitdown.ncmec.org) es un servicio gratuito del NCMEC. Puede ayudar a quitar imágenes íntimas o sexuales de menores de 18 de las apps y los sitios que participan.
    Crea en tu propio dispositivo una huella dactilar digital de la imagen, llamada hash. Solo se envía el hash, nunca la imagen.
    Si sientes que es demasiado, habla ahora con un adulto de confianza, o toca el botón de Ayuda para encontrar a personas de tu país que te pueden ayudar.

# Question: a scenario. The situation is shown first, then the question.
q-first-move = ¿Cuál es un buen primer paso?
    .situation = Has estado chateando con alguien que dijo que tenía 16 años. Después de que compartiste una foto, te escribe: "Págame ya o se la mando a todos tus seguidores. Tienes una hora".
    .hint = El límite de tiempo está ahí para que entres en pánico. ¿Qué te mantiene a salvo y te consigue ayuda?
    .explanation = Dejar de responder, guardar las pruebas y contárselo a un adulto de confianza es el mejor comienzo. Guardar, reportar y bloquear también ayuda. Pagar casi nunca detiene las amenazas, y borrar hace que pierdas las pruebas. Si ya hiciste alguna de las dos cosas, igual puedes recibir ayuda.
# Action (best).
q-first-move-stop-save-tell = Dejar de responder, guardar los mensajes y contárselo a un adulto de confianza.
    .feedback = La mejor opción. Conservas las pruebas, frenas la presión y tienes a alguien de tu lado.
# Action (also good).
q-first-move-screenshot-block-report = Tomar capturas de los mensajes y de su perfil, y luego reportar y bloquear la cuenta.
    .feedback = Buena opción. Guardar y reportar de verdad ayuda. Contárselo también a un adulto de confianza lo hace todavía más fuerte.
# Action (not helpful).
q-first-move-pay-once = Pagar una vez para que se vaya.
    .feedback = No del todo. Pagar casi nunca hace que paren; normalmente piden más. Si ya pagaste, igual puedes recibir ayuda.
# Action (not helpful).
q-first-move-delete-everything = Borrar mi cuenta y el chat de inmediato.
    .feedback = No del todo. Es normal querer que todo desaparezca, pero al borrar pierdes las pruebas. Conserva tu cuenta y el chat por ahora, guarda capturas, y luego reporta y pide ayuda.

# Question: put the steps in order.
q-steps = Alguien te está amenazando. Pon en orden estos pasos en la app. (Puedes contárselo a un adulto de confianza en cualquier momento.)
    .hint = ¿Qué paso sería difícil de hacer una vez que la cuenta está bloqueada?
    .explanation = Primero deja de responder para que las cosas no empeoren. Guarda las pruebas antes de que algo desaparezca. Reporta mientras todavía puedes ver la cuenta, y luego bloquéala. Cuéntaselo a un adulto de confianza en cualquier momento; mientras antes, mejor.
# Step 1.
q-steps-stop-replying = Dejar de responder
    .feedback = Lo primero es parar. No le debes una respuesta, y responder le da más cosas para usar en tu contra.
# Step 2.
q-steps-save-evidence = Guardar capturas, nombres de usuario y enlaces
    .feedback = Guarda pruebas desde el principio. La cuenta o los mensajes podrían desaparecer después.
# Step 3.
q-steps-report-account = Reportar la cuenta en la app
    .feedback = Reporta mientras todavía puedes ver su perfil, para que la app pueda actuar.
# Step 4.
q-steps-block-account = Bloquear la cuenta
    .feedback = Bloquea al final, cuando ya guardaste y reportaste. Así ya no te puede contactar ahí.

# Question: choose all that apply.
q-evidence = ¿Cuáles de estas son buenas formas de guardar pruebas? Elige todas las respuestas que correspondan.
    .hint = Las pruebas muestran quién es esa persona y qué dijo.
    .explanation = Las capturas, los nombres de usuario y los enlaces al perfil ayudan a que la app, el NCMEC o la policía actúen. Borrar el chat hace que pierdas las pruebas, y reenviar la imagen la hace circular.
# Answer option (helps).
q-evidence-screenshots = Tomar capturas de los mensajes
    .feedback = Las capturas muestran exactamente qué dijo y cuándo.
# Answer option (helps).
q-evidence-username = Anotar su nombre de usuario
    .feedback = Un nombre de usuario ayuda a la app y a otras personas a encontrar la cuenta.
# Answer option (helps).
q-evidence-profile-link = Copiar el enlace a su perfil
    .feedback = Un enlace al perfil lleva directo a la cuenta.
# Answer option (does not help).
q-evidence-delete-chat = Borrar el chat
    .feedback = No del todo. Al borrar el chat pierdes las pruebas. Consérvalo y guarda capturas.
# Answer option (does not help).
q-evidence-forward-image = Reenviarle la imagen a alguien de tus amigos
    .feedback = No del todo. Reenviar la imagen la hace circular. Guarda los mensajes, no copias de la imagen.

# Question: single choice about what paying usually leads to.
q-what-paying-does = ¿Qué suele pasar si pagas?
    .hint = ¿Qué suelen hacer quienes amenazan después de conseguir lo que pidieron?
    .explanation = Pagar casi nunca detiene las amenazas. Normalmente piden más. Mejor deja de responder, guarda las pruebas y pide ayuda.
# Answer option (right).
q-what-paying-does-asks-for-more = Pide más, y muchas veces las amenazas siguen.
    .feedback = Así es. Pagar casi nunca lo termina. Pedir ayuda sirve más.
# Answer option (wrong).
q-what-paying-does-deletes-it = Borra la imagen y te deja en paz.
    .feedback = No del todo. No hay forma de saber si va a borrar algo, y casi siempre piden más. Si ya pagaste, igual puedes recibir ayuda.
# Answer option (wrong).
q-what-paying-does-only-way = Las amenazas paran para siempre, porque pagar es la única salida.
    .feedback = No del todo. Reportar, bloquear y contárselo a un adulto de confianza son mejores formas de que pare.

# Question: true or false about having paid already.
q-already-paid = Si ya pagaste, igual puedes recibir ayuda.
    .hint = ¿Hay algún momento en que la ayuda ya no esté ahí para ti?
    .explanation = Sí. Aunque hayas pagado o mandado más, no es tu culpa y hay ayuda. Deja de pagar, guarda los mensajes y cuéntaselo a alguien de confianza.
# Feedback if the teen picks "true" (right).
q-already-paid-true =
    .feedback = Así es. Si ya pagaste, todo va a estar bien. Deja de pagar, guarda los mensajes y pide ayuda ahora.
# Feedback if the teen picks "false" (wrong).
q-already-paid-false =
    .feedback = No del todo. Puedes pedir ayuda en cualquier momento. Haber pagado una vez no te quita el derecho a recibir ayuda.

# Question: true or false about saying no after sharing before.
q-say-no-again = Puedes decir que no a mandar más, aunque antes hayas compartido una imagen.
    .hint = ¿Decir que sí una vez quiere decir que siempre tienes que decir que sí?
    .explanation = Sí. Haber compartido una vez nunca quiere decir que tengas que volver a hacerlo. Puedes decir que no en cualquier momento.
# Feedback if the teen picks "true" (right).
q-say-no-again-true =
    .feedback = Así es. Siempre puedes decir que no, pase lo que haya pasado antes.
# Feedback if the teen picks "false" (wrong).
q-say-no-again-false =
    .feedback = No del todo. Siempre puedes decir que no, aunque antes hayas compartido. Haberlo hecho una vez nunca quiere decir que tengas que repetirlo.

# Question: single choice about how Take It Down protects privacy.
q-take-it-down-privacy = Take It Down es una herramienta gratuita del NCMEC que ayuda a quitar imágenes íntimas de menores de 18. ¿Cómo protege tu privacidad?
    .hint = Piensa en lo que de verdad necesitan las apps para detectar una copia.
    .explanation = Take It Down crea un hash, que es como una huella dactilar digital, en tu propio dispositivo. Solo se envía el hash, nunca la imagen.
# Answer option (right).
q-take-it-down-privacy-hash-only = Solo sale de tu dispositivo una huella dactilar digital (un hash), no la imagen.
    .feedback = Así es. La imagen se queda en tu dispositivo. Las apps que participan usan el hash para encontrar copias.
# Answer option (wrong).
q-take-it-down-privacy-upload-image = Le mandas la imagen al personal del NCMEC para que la revise.
    .feedback = No del todo. Nunca mandas la imagen. Solo sale de tu dispositivo un hash, que es como una huella dactilar digital.
# Answer option (wrong).
q-take-it-down-privacy-name-published = Tu nombre se comparte con las apps.
    .feedback = No del todo. Take It Down no necesita tu nombre. Solo se envía el hash.

# Question: a scenario about helping a friend.
q-friend-panicking = ¿Qué podrías hacer?
    .situation = Alguien de tus amigos te cuenta que otra persona amenaza con publicar una foto suya. Tiene pánico y te dice: "No le digas a nadie".
    .hint = Tu amigo o amiga necesita apoyo, y un adulto que pueda actuar.
    .explanation = Escucha, recuérdale que no es su culpa y ayúdale a que un adulto de confianza se involucre. Ayudarle a guardar pruebas y reportar también está bien. Guardar el secreto o pagar deja a tu amigo o amiga con todo el peso encima.
# Action (best).
q-friend-panicking-listen-and-get-adult = Escuchar, decirle que no es su culpa y ayudarle a contárselo a un adulto de confianza.
    .feedback = La mejor opción. Te quedas de su lado y le consigues ayuda real. Un secreto que mantiene en peligro a alguien de tus amigos es para contárselo a un adulto.
# Action (also good).
q-friend-panicking-help-save-and-report = Ayudarle a guardar los mensajes y reportar la cuenta.
    .feedback = Buena opción. Guardar y reportar ayuda. Un adulto de su confianza puede ayudar todavía más.
# Action (not helpful).
q-friend-panicking-keep-the-secret = Guardar el secreto, como me pidió.
    .feedback = No del todo. Se siente como lealtad, pero deja a tu amigo o amiga sin apoyo frente a un delito. Ayúdale a contárselo a un adulto de confianza.
# Action (not helpful).
q-friend-panicking-tell-them-to-pay = Decirle que pague para que se acabe.
    .feedback = No del todo. Pagar casi nunca lo termina; normalmente piden más. Ayuda a tu amigo o amiga a dejar de responder y a pedir ayuda.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta: ¿por qué quienes amenazan a adolescentes usan límites de tiempo y pánico? ¿Qué haría más fácil contárselo a un adulto? Hablen de lo que pasa después de que alguien reporta, y recuérdale al grupo que nunca es culpa de la víctima.
