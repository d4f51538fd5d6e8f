# SafeSteps — MIT OR Apache-2.0

### Lesson: Report, block and remove (ages 13–17).
### Readers are teenagers, possibly dealing with something right now. Be direct, calm and
### practical; never preachy. Never describe images or acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Reportar, bloquear y quitar
# One line under the lesson name.
lesson-summary = Cómo guardar pruebas, reportar, bloquear y hacer que quiten contenido, y qué pasa después.

# Card 1: keep evidence first.
card-evidence-first =
    Cuando alguien te acosa, te amenaza o te presiona, guarda pruebas antes de bloquear.
    Al bloquear, el chat o su perfil pueden dejar de verse. Entonces es más difícil reportar.
    Toma capturas de los mensajes y de su perfil. Anota su nombre de usuario, el enlace a su perfil, y las fechas y horas.
    No tomes capturas ni guardes imágenes íntimas, ni siquiera como prueba. Puedes reportar sin ellas.
    Todavía no borres el chat ni tu cuenta. Los podrías necesitar después.
# Card 2: reporting and blocking on the app.
card-report-and-block =
    Casi todas las apps tienen un botón de Reportar. Búscalo en el mensaje, la publicación o el perfil (muchas veces detrás de "…").
    Reportar le avisa a la app que alguien rompió sus reglas. Casi ninguna app le dice a la persona quién la reportó.
    Después de reportar, bloquéala para que no te pueda contactar ahí.
    Luego revisa quién te puede mandar mensajes, etiquetarte y encontrarte.
    Si vuelve con una cuenta nueva, guarda pruebas, reporta y bloquea otra vez.
# Card 3: reporting beyond the app.
card-beyond-the-app =
    Algunas cosas necesitan más que un reporte en la app. Por ejemplo: amenazas, un adulto que te pide imágenes o chats sexuales, la sextorsión y las imágenes íntimas de cualquier menor de 18.
    En Estados Unidos, repórtalo a la CyberTipline del NCMEC en report.cybertip.org o llama al 1-800-843-5678. El NCMEC comparte los reportes con la policía, que puede actuar.
    En cualquier lugar, puedes acudir a la policía local. Un adulto de confianza te puede ayudar a hacerlo.
    Toca la pantalla de Ayuda para saber dónde reportar en tu país.
# Card 4: getting images removed.
card-removal =
    Si hay en internet una imagen íntima o sexual tuya de cuando tenías menos de 18, o crees que la podrían compartir, hay ayuda.
    Take It Down (takeitdown.ncmec.org) es gratis. Usa la copia que está en tu propio celular o computadora. Ahí crea un hash de la imagen, que es como una huella dactilar digital. Solo el hash sale de tu dispositivo, nunca la imagen. Las apps que participan lo usan para encontrar y quitar copias.
    Nunca descargues una copia para usarla. Si no tienes la imagen, un reporte a la CyberTipline puede ayudar.
    También puedes usar el formulario de la propia app para pedir que la quiten. Fuera de Estados Unidos, toca Ayuda para encontrar quién te puede ayudar donde vives.
# Card 5: what happens after a report; not your fault.
card-what-happens-next =
    Después de que reportas, la app lo revisa. Puede quitar la publicación, darle una advertencia a la persona o suspender la cuenta. Algunas apps te mandan una actualización.
    El NCMEC revisa los reportes de la CyberTipline y se los puede pasar a la policía.
    Puede tardar, y no todos los reportes llevan a una acción. Igual importa. Los reportes ayudan a evitar que esas personas les hagan daño a otras.
    Pase lo que haya pasado, no es tu culpa. Los adultos te deben apoyar, no culpar.
    Habla con un adulto de confianza, o toca Ayuda.

# Question: single choice about saving proof before blocking.
q-why-save-first = ¿Por qué conviene guardar pruebas antes de bloquear a alguien?
    .hint = ¿Qué podrías dejar de ver una vez que bloqueas a esa persona?
    .explanation = Al bloquear, el chat o el perfil pueden dejar de verse. Si guardas pruebas primero, igual puedes reportar, y otras personas pueden actuar.
# Answer option (right).
q-why-save-first-chat-may-vanish = Al bloquear, el chat y su perfil pueden dejar de verse.
    .feedback = Así es. Primero guarda pruebas, y luego reporta y bloquea.
# Answer option (wrong).
q-why-save-first-to-post-it = Para poder publicarlo y exhibir a esa persona.
    .feedback = No del todo. Publicarlo puede empeorar las cosas. Las pruebas son para la app, el NCMEC, la policía o un adulto de confianza.
# Answer option (wrong).
q-why-save-first-apps-need-permission = Las apps no te dejan bloquear sin pruebas.
    .feedback = No del todo. Puedes bloquear cuando quieras. Pero las pruebas hacen que un reporte tenga mucha más fuerza.

# Question: choose all that apply, about good evidence.
q-good-evidence = ¿Cuáles de estas cosas conviene guardar como prueba? Elige todas las respuestas que correspondan.
    .hint = Las pruebas muestran quién es esa persona y qué hizo, sin que el daño se siga esparciendo.
    .explanation = Los nombres de usuario, las capturas de los mensajes, los enlaces al perfil y las fechas son buenas pruebas. Nunca guardes imágenes íntimas, y no borres el chat.
# Answer option (good proof).
q-good-evidence-username = Su nombre de usuario
    .feedback = Sí. Ayuda a que la app y la policía encuentren la cuenta.
# Answer option (good proof).
q-good-evidence-message-screenshots = Capturas de los mensajes
    .feedback = Sí. Muestran exactamente lo que se dijo.
# Answer option (good proof).
q-good-evidence-profile-link = Un enlace a su perfil
    .feedback = Sí. Un enlace lleva directo a la cuenta.
# Answer option (good proof).
q-good-evidence-dates-and-times = Las fechas y horas de los mensajes
    .feedback = Sí. Las fechas ayudan a mostrar qué pasó y cuándo.
# Answer option (not good proof).
q-good-evidence-copy-of-nude = Una copia de una imagen íntima que mandó o compartió
    .feedback = No del todo. No guardes imágenes íntimas, ni siquiera como prueba. Puedes reportar sin ellas.
# Answer option (not good proof).
q-good-evidence-delete-chat = Borrar el chat para que ya no esté
    .feedback = No del todo. Al borrar pierdes las pruebas. Conserva el chat por ahora.

# Question: put the app steps in order.
q-app-steps = Alguien no deja de mandarte mensajes horribles. Pon estos pasos en orden. (Puedes contárselo a un adulto de confianza en cualquier momento.)
    .hint = ¿Qué paso es difícil de hacer una vez que esa persona está bloqueada?
    .explanation = Primero toma capturas para tener pruebas. Reporta mientras todavía puedes ver su perfil. Luego bloquea. Al final, cambia quién te puede mandar mensajes para que no pueda volver tan fácil.
# Step 1.
q-app-steps-screenshot = Tomar capturas de los mensajes y de su perfil
    .feedback = Primero. Las pruebas pueden desaparecer cuando bloqueas.
# Step 2.
q-app-steps-report = Reportar a esa persona en la app
    .feedback = Después. Reporta mientras todavía puedes ver su perfil.
# Step 3.
q-app-steps-block = Bloquear a esa persona
    .feedback = Luego bloquea, para que no te pueda contactar ahí.
# Step 4.
q-app-steps-tighten-messages = Cambiar quién te puede mandar mensajes
    .feedback = Al final. Así, a esa persona o a una cuenta nueva le cuesta más contactarte.

# Question: true or false about reporter privacy.
q-reporter-kept-private = En casi todas las apps, a la persona que reportas no le dicen quién la reportó.
    .hint = ¿La gente reportaría si se compartiera su nombre?
    .explanation = Verdadero. Casi todas las apps mantienen los reportes en privado, así que puedes reportar sin que esa persona sepa que fuiste tú.
# Feedback if the teen picks "true" (right).
q-reporter-kept-private-true =
    .feedback = Así es. Casi todas las apps mantienen en privado el nombre de quien reporta. Puedes reportar con tranquilidad.
# Feedback if the teen picks "false" (wrong).
q-reporter-kept-private-false =
    .feedback = No del todo. Casi ninguna app le dice a la persona quién la reportó.

# Question: a scenario about an adult sending sexual messages.
q-adult-messages = ¿Qué podrías hacer con ese adulto?
    .situation = Un hombre que conociste en un juego empezó a mandarte mensajes sexuales y a pedirte fotos.
    .hint = Esto es grave. ¿Quién puede actuar más allá de la app?
    .explanation = Guardar pruebas, reportar y contárselo a un adulto de confianza es la mejor opción. Reportar y bloquear también ayuda. Un adulto que le pide imágenes sexuales a una persona adolescente se puede reportar a la CyberTipline o a la policía. No es tu culpa.
# Action (best).
q-adult-messages-save-report-tell = Guardar los mensajes, reportarlo en el juego y contárselo a un adulto de confianza.
    .feedback = La mejor opción. Un adulto también te puede ayudar a reportarlo a la CyberTipline o a la policía. Hiciste lo correcto al contarlo.
# Action (also good).
q-adult-messages-report-and-block = Tomar capturas del chat, y luego reportarlo y bloquearlo.
    .feedback = Buena opción. Si también se lo cuentas a un adulto, se puede reportar más allá del juego.
# Action (not helpful).
q-adult-messages-delete-and-forget = Borrar el chat y tratar de olvidarlo.
    .feedback = No del todo. Así pierdes las pruebas, y él podría buscar a otras personas. Guárdalo y cuéntaselo a alguien.
# Action (not helpful).
q-adult-messages-threaten-back = Amenazarlo con exhibirlo si no para.
    .feedback = No del todo. Puede enojarlo más, y te mantiene en contacto con él. Mejor repórtalo.

# Question: true or false about Take It Down. The right answer is "false".
q-send-image-to-remove = Para usar Take It Down, tienes que mandarle tu imagen a alguien.
    .hint = Piensa en qué es un hash.
    .explanation = Falso. Take It Down crea un hash en tu propio dispositivo. Solo se envía el hash, nunca la imagen.
# Feedback if the teen picks "true" (wrong).
q-send-image-to-remove-true =
    .feedback = No del todo. La imagen se queda en tu dispositivo. Solo se envía un hash, que es como una huella dactilar digital.
# Feedback if the teen picks "false" (right).
q-send-image-to-remove-false =
    .feedback = Así es. Solo el hash sale de tu dispositivo. Take It Down nunca ve la imagen.

# Question: choose all that apply, about what can happen after a report.
q-after-a-report = ¿Qué puede pasar después de que reportas? Elige todas las respuestas que correspondan.
    .hint = Piensa en lo que pueden hacer la app y el NCMEC, y en lo que mantienen en privado.
    .explanation = Las apps pueden quitar publicaciones y suspender cuentas, y el NCMEC les puede pasar los reportes a la policía. Normalmente tu nombre no se comparte con esa persona, y no te deben culpar.
# Answer option (can happen).
q-after-a-report-content-removed = La app quita la publicación o el mensaje.
    .feedback = Sí. El contenido que rompe las reglas se puede quitar.
# Answer option (can happen).
q-after-a-report-account-banned = La app suspende la cuenta.
    .feedback = Sí. Las apps pueden suspender o expulsar a quienes rompen las reglas.
# Answer option (can happen).
q-after-a-report-passed-to-police = Un reporte a la CyberTipline se le pasa a la policía.
    .feedback = Sí. El NCMEC comparte los reportes con la policía, que puede actuar.
# Answer option (should not happen).
q-after-a-report-name-shared = A esa persona le dicen tu nombre.
    .feedback = No del todo. Casi todas las apps mantienen en privado el nombre de quien reporta.
# Answer option (should not happen).
q-after-a-report-you-get-blamed = Te culpan por lo que pasó.
    .feedback = No del todo. No es tu culpa. Reportar es lo correcto.

# Question: a scenario about an image of the teen online.
q-image-on-a-site = ¿Qué podrías hacer con la imagen?
    .situation = Alguien de tus amigos te cuenta que publicaron en un sitio una imagen íntima tuya de cuando tenías 15 años.
    .hint = ¿Qué opciones hacen que la quiten sin que se siga esparciendo?
    .explanation = Contárselo a un adulto de confianza, y usar Take It Down si todavía tienes la imagen en tu celular, es la mejor opción. Reportarla en el sitio también ayuda. Guardar copias o escribirle a quien la publicó puede empeorar las cosas. No es tu culpa.
# Action (best).
q-image-on-a-site-take-it-down-and-tell = Contárselo a un adulto de confianza, y usar Take It Down si todavía tengo la imagen en mi celular.
    .feedback = La mejor opción. Un adulto te puede ayudar a reportarlo. Take It Down usa la copia de tu celular para ayudar a quitar las demás. Si no la tienes, un reporte a la CyberTipline puede ayudar.
# Action (also good).
q-image-on-a-site-report-to-site = Reportar la publicación en el sitio y pedir que la quiten.
    .feedback = Buena opción. Los sitios deben quitar las imágenes de menores de 18. Usar también Take It Down ayuda a detectar copias.
# Action (not helpful).
q-image-on-a-site-save-every-copy = Buscar todas las copias y guardarlas.
    .feedback = No del todo. Guardar copias no hace falta y puede ser un delito. Guarda el enlace, no la imagen.
# Action (not helpful).
q-image-on-a-site-message-the-poster = Escribirle a quien la publicó y rogarle que la quite.
    .feedback = No del todo. Le puede dar más poder. Deja que el sitio, Take It Down y un adulto se encarguen.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta: ¿qué hace que la gente no reporte? Repasen qué pasa después de un reporte en una app y a la CyberTipline. Hablen de por qué guardar pruebas va antes de bloquear, y recuérdale al grupo que nunca es culpa de la víctima.
