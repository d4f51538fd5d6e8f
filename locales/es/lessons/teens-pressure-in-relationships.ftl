# SafeSteps — MIT OR Apache-2.0

### Lesson: Pressure in relationships (ages 13–17).
### Readers are teenagers, some of them in a controlling relationship right now. Be direct, calm
### and respectful; never preachy. Never describe abuse or images. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Presión en las relaciones
# One line under the lesson name.
lesson-summary = Cómo se ve una relación sana en internet, cómo detectar el control y dónde buscar ayuda.

# Card 1: what a healthy relationship looks like online.
card-healthy =
    Salir con alguien, que alguien te guste y las amistades cercanas pueden ser de lo mejor de la adolescencia. Mucho de eso pasa en el celular.
    En una relación sana, las dos personas se sienten seguras y libres.
    Confían sin estar vigilándose.
    Cada quien tiene sus propias amistades, su propio tiempo y su propio celular.
    Puedes decir que no, y la otra persona lo acepta.
    No te da miedo cómo vaya a reaccionar.
# Card 2: signs of a controlling relationship online.
card-control-signs =
    Al principio, el control puede parecer cariño. Pon atención si alguien:
    revisa tu celular, o quiere ver tus chats;
    te exige tus contraseñas, o tu ubicación todo el tiempo;
    se enoja si no le contestas rápido;
    te dice a quién puedes seguir, con quién puedes hablar o a quién puedes ver;
    te presiona para que mandes imágenes, o te dice "Si me quisieras, lo harías".
    Las amenazas también son una señal de alerta muy fuerte. Por ejemplo, amenazar con compartir tus imágenes, o con hacerse daño si terminas con esa persona.
    Nada de esto es amor. Es control.
# Card 3: consent can be withdrawn.
card-consent-can-change =
    Puedes cambiar de opinión en cualquier momento.
    Si compartiste tu contraseña, la puedes cambiar.
    Si prendiste la ubicación compartida, la puedes apagar.
    Si antes mandaste imágenes, ahora puedes decir que no.
    Decir que sí una vez nunca quiere decir sí para siempre. Una pareja que te respeta lo acepta.
    Si te preocupa cómo vaya a reaccionar, primero habla con un adulto de confianza. Te puede ayudar a hacer un plan.
# Card 4: not your fault.
card-not-your-fault =
    Si tu pareja te controla, te presiona o te amenaza, no es tu culpa.
    No tiene que ver con lo que hiciste o dejaste de hacer. Quien elige controlar es quien actúa mal.
    Le puede pasar a cualquiera, de cualquier género, en cualquier tipo de relación.
    Es normal sentir confusión, culpa o que todavía te importa esa persona. Igual mereces sentirte a salvo.
    Amenazar con compartir las imágenes de alguien es un delito en muchos lugares.
# Card 5: where to get help.
card-getting-help =
    No tienes que resolver esto sin ayuda.
    Habla con un adulto de confianza: tu mamá, tu papá, quien te cuida, alguien de tu familia, un profe o el orientador o la orientadora de la escuela. Te debe escuchar, no culpar.
    Guarda los mensajes en los que te amenaza. Luego bloquea y reporta a esa persona en la app.
    Si sientes que estás en peligro ahora mismo, llama al número de emergencias de tu país.
    Toca el botón de Ayuda para encontrar una línea de ayuda en tu país. Muchas tienen chat, por si hablar se te hace difícil.

# Question: choose all that apply, about signs of control.
q-spot-control = ¿Cuáles de estas son señales de una relación controladora? Elige todas las respuestas que correspondan.
    .hint = ¿Te da libertad, o te la quita?
    .explanation = Revisar tu celular, exigirte contraseñas, rastrear tu ubicación y enojarse por tus amistades son formas de control. Preguntarte cómo te fue y darte espacio son señales de cariño.
# Answer option (sign of control).
q-spot-control-checks-your-phone = Revisa tu celular.
    .feedback = Sí. Tu celular y tus chats son tuyos. Revisarlos es control, no cariño.
# Answer option (sign of control).
q-spot-control-demands-password = Te exige tus contraseñas.
    .feedback = Sí. Exigirte las contraseñas es una forma de vigilarte. Puedes decir que no.
# Answer option (sign of control).
q-spot-control-tracks-location = Quiere tu ubicación en tiempo real todo el tiempo.
    .feedback = Sí. Necesitar saber siempre dónde estás es control.
# Answer option (sign of control).
q-spot-control-angry-about-friends = Se enoja cuando ves a tus amistades.
    .feedback = Sí. Alejarte de tus amistades es una señal común de control.
# Answer option (healthy).
q-spot-control-asks-about-your-day = Te pregunta cómo te fue en el día.
    .feedback = No del todo. Eso es interés normal. Solo es un problema si se convierte en vigilarte.
# Answer option (healthy).
q-spot-control-gives-you-space = Le parece bien cuando pasas tiempo con tus amistades.
    .feedback = No del todo. Esa es una señal sana. Darse espacio muestra confianza.

# Question: a scenario about a partner demanding a password.
q-password-test = ¿Qué podrías hacer con lo de la contraseña?
    .situation = Tu pareja te dice: "Si no tienes nada que esconder, dame tu contraseña. Yo te di la mía".
    .hint = ¿La confianza es algo que se demuestra renunciando a tu privacidad?
    .explanation = Mantener tu contraseña en privado es la mejor opción, y hablar con alguien de confianza también ayuda. Dársela, o darle una vieja, hace que la presión siga.
# Action (best).
q-password-test-keep-it-private = Decir que no. Mi contraseña es mía, y la confianza no la necesita.
    .feedback = La mejor opción. Mantener tu contraseña en privado es normal y justo. Una pareja que te respeta lo va a aceptar.
# Action (also good).
q-password-test-talk-to-someone = Hablar con alguien de mis amigos o con un adulto de confianza sobre cómo me siento.
    .feedback = Buena opción. Alguien de fuera te puede ayudar a ver el patrón y a planear qué hacer.
# Action (not helpful).
q-password-test-hand-it-over = Dársela para demostrar que no tengo nada que esconder.
    .feedback = No del todo. La privacidad no es esconder. Ceder suele llevar a que te revise más. Si ya se la diste, la puedes cambiar.
# Action (not helpful).
q-password-test-give-old-one = Darle una contraseña vieja para que deje de pedirla.
    .feedback = No del todo. Puede que termine la discusión por ahora, pero la presión sigue ahí. Un no claro y buscar apoyo funcionan mejor.

# Question: single choice about constant texting.
q-always-texting = Tu pareja te escribe todo el día para preguntarte dónde estás. Se enoja si no le contestas en cinco minutos. ¿Qué es esto?
    .hint = ¿Cómo te hace sentir: que te cuidan, o que te vigilan?
    .explanation = Esto es un comportamiento controlador. Que alguien te importe no quiere decir rastrearte ni enojarse cuando tienes otras cosas que hacer.
# Answer option (right).
q-always-texting-controlling = Un comportamiento controlador
    .feedback = Así es. Necesitar saber dónde estás y enojarse cuando tienes otras cosas que hacer es control.
# Answer option (wrong).
q-always-texting-proof-of-love = Una prueba de que de verdad me quiere
    .feedback = No del todo. El amor te deja espacio para respirar. Vigilarte y enojarse son control.
# Answer option (wrong).
q-always-texting-normal-for-everyone = Algo normal, porque todas las parejas lo hacen
    .feedback = No del todo. Muchas parejas se escriben mucho, pero enojarse cuando no contestas no es normal ni está bien.

# Question: true or false about turning off location sharing.
q-stop-sharing-location = Puedes dejar de compartir tu ubicación con tu pareja, aunque antes hayas aceptado hacerlo.
    .hint = ¿El consentimiento puede cambiar con el tiempo?
    .explanation = Verdadero. Puedes cambiar de opinión sobre lo que compartes en cualquier momento. Si te preocupa cómo vaya a reaccionar, primero habla con un adulto de confianza.
# Feedback if the teen picks "true" (right).
q-stop-sharing-location-true =
    .feedback = Así es. Un sí antes no quiere decir sí para siempre. Tu ubicación es tuya.
# Feedback if the teen picks "false" (wrong).
q-stop-sharing-location-false =
    .feedback = No del todo. Siempre puedes retirar un sí. Eso es parte del consentimiento.

# Question: put the account steps in order.
q-lock-account-steps = Alguien con quien terminaste todavía tiene tu contraseña. Pon estos pasos en orden para sacar a esa persona de tu cuenta. (Si te preocupa cómo vaya a reaccionar, primero habla con un adulto de confianza.)
    .hint = Si cierras su sesión antes de cambiar la contraseña, ¿qué podría hacer?
    .explanation = Primero cambia la contraseña, para que no pueda volver a entrar. Luego cierra la sesión en todos los demás dispositivos para sacar a esa persona. Al final, activa la verificación en dos pasos, para que la próxima vez no baste con la contraseña.
# Step 1.
q-lock-account-steps-change-password = Cambiar tu contraseña
    .feedback = Primero. Mientras no cambie, podría volver a entrar sin problema.
# Step 2.
q-lock-account-steps-sign-out-everywhere = Cerrar sesión en todos los demás dispositivos
    .feedback = Segundo. Así se cierra tu cuenta en cualquier celular donde todavía tenga la sesión abierta.
# Step 3.
q-lock-account-steps-turn-on-two-step = Activar la verificación en dos pasos
    .feedback = Al final. Ahora necesitaría también un código de tu celular, no solo la contraseña.

# Question: true or false about blame. The right answer is "false".
q-caused-it = Si tu pareja es controladora, es por algo que hiciste.
    .hint = ¿Quién elige cómo actúa tu pareja?
    .explanation = Falso. No es tu culpa. El control es una decisión de la otra persona. Mereces sentirte a salvo, y hay ayuda.
# Feedback if the teen picks "true" (wrong).
q-caused-it-true =
    .feedback = No del todo. Nada de lo que hagas hace que el control esté bien. Es su decisión, y no es tu culpa.
# Feedback if the teen picks "false" (right).
q-caused-it-false =
    .feedback = Así es. Quien elige controlar es quien actúa mal. Puedes pedir ayuda cuando quieras.

# Question: a scenario about a threat after a breakup.
q-breakup-threat = ¿Qué podrías hacer con la amenaza?
    .situation = Quieres terminar. Tu pareja te escribe: "Si me dejas, toda la escuela va a ver las fotos que me mandaste".
    .hint = Esto es una amenaza. ¿Qué te mantiene a salvo y te da apoyo?
    .explanation = Guardar los mensajes y contárselo a un adulto de confianza es el mejor comienzo. Reportar y bloquear también ayuda. Quedarte o mandar más le da más poder. Esto no es tu culpa, y una amenaza así puede ser un delito.
# Action (best).
q-breakup-threat-save-and-tell-adult = Guardar los mensajes y contárselo a un adulto de confianza.
    .feedback = La mejor opción. Los mensajes son pruebas, y un adulto te puede ayudar a reportarlo y a estar a salvo.
# Action (also good).
q-breakup-threat-report-and-block = Tomar captura de la amenaza, y luego reportar y bloquear a esa persona.
    .feedback = Buena opción. Primero guarda, y luego reporta y bloquea. Contárselo también a un adulto te da más fuerza. Take It Down también puede ayudar, incluso antes de que se comparta algo.
# Action (not helpful).
q-breakup-threat-stay-to-keep-calm = Seguir en la relación para que no lo haga.
    .feedback = No del todo. Quedarte por una amenaza le da el control. Mereces apoyo, no miedo.
# Action (not helpful).
q-breakup-threat-send-more = Mandarle lo que quiere para que se calme.
    .feedback = No del todo. Ceder casi siempre lleva a más exigencias. Si ya lo hiciste, igual no es tu culpa, y puedes recibir ayuda.

# Question: choose all that apply, about who can help.
q-who-can-help = ¿Con quién podrías hablar si una relación se siente controladora? Elige todas las respuestas que correspondan.
    .hint = Piensa en las personas que están de tu lado.
    .explanation = Un adulto de confianza, el orientador o la orientadora de la escuela, una línea de ayuda y alguien de tus amigos de confianza te pueden ayudar. Guardártelo lo hace más difícil. Toca Ayuda para encontrar una línea de ayuda.
# Answer option (can help).
q-who-can-help-trusted-adult = Mi mamá, mi papá, quien me cuida u otro adulto de confianza
    .feedback = Sí. Te pueden escuchar y ayudarte a planear qué hacer.
# Answer option (can help).
q-who-can-help-school-counsellor = El orientador o la orientadora de la escuela, o un profe
    .feedback = Sí. Saben de estos temas y te pueden ayudar a conseguir apoyo.
# Answer option (can help).
q-who-can-help-helpline = Una línea de ayuda de la pantalla de Ayuda
    .feedback = Sí. Las líneas de ayuda escuchan sin juzgar, y muchas tienen chat.
# Answer option (can help).
q-who-can-help-trusted-friend = Alguien de mis amigos en quien confío
    .feedback = Sí. Te puede apoyar, y también ayudarte a hablar con un adulto.
# Answer option (not a good choice).
q-who-can-help-no-one = Nadie. Es algo privado entre mi pareja y yo.
    .feedback = No del todo. El control funciona mejor cuando sientes que no tienes a nadie. Hablar con alguien es un paso valiente.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta: ¿dónde está la línea entre cuidar y controlar en internet? Hagan juntos una lista de ejemplos. Hablen de cómo alguien podría retirar un sí de forma segura, a quién se lo podría contar, y recuérdale al grupo que nunca es culpa de la persona a la que controlan.
