# SafeSteps — MIT OR Apache-2.0

### Lesson: Warning signs to notice (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Signs are clues, not proof. Never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Señales a tener en cuenta
# One line under the lesson name.
lesson-summary = Qué cambios en tu hijo o hija vale la pena notar, qué pueden significar y qué no, y cómo responder con calma.

# Card 1: changes around devices, gifts and new contacts.
card-device-changes =
    Muchas veces, niñas y niños no dicen con palabras que algo anda mal. Los cambios en su forma de actuar pueden ser pistas.
    Pon atención si de pronto esconde más sus dispositivos. Puede tapar la pantalla, cambiar de app rápido cuando entras o tener cuentas nuevas que no conocías.
    Fíjate en regalos nuevos, dinero, tarjetas de regalo o monedas de juegos que no puede explicar.
    Fíjate en una nueva "amistad" que es mayor, o de la que habla mucho pero que nunca conoces.
# Card 2: changes in mood and sleep.
card-mood-and-sleep =
    Otros cambios tienen que ver con el ánimo y la vida diaria.
    Tu hijo o hija puede alejarse de la familia o de sus amistades, o dejar de hacer cosas que antes disfrutaba.
    Puede mostrar angustia, nerviosismo o enojo, o quedarse en silencio, después de estar en internet o cuando le llega un mensaje.
    Puede alterarse mucho si mencionas quitarle el dispositivo.
    Su sueño puede cambiar. Puede estar en internet hasta tarde, o tener cansancio todo el tiempo.
    Puede tener preocupaciones repentinas sobre su cuerpo, o hablar de sentir vergüenza.
# Card 3: what signs do and don't mean.
card-what-signs-mean =
    Una señal es una pista, no una prueba. Muchos de estos cambios tienen otras causas, como el estrés de la escuela, un pleito con sus amistades, el acoso escolar o la pubertad.
    Querer más privacidad a medida que crece también es normal.
    Lo que más importa es un cambio repentino, o varias señales juntas.
    Si tu intuición te dice que algo no está bien, vale la pena una conversación tranquila. No necesitas pruebas para preguntarle cómo está.
# Card 4: how to respond calmly; not the child's fault.
card-respond-calmly =
    Elige un momento tranquilo, como una caminata o un viaje en carro. Estar lado a lado muchas veces se siente más fácil que cara a cara.
    Di lo que notaste sin culpar: "Te he visto mal después de estar en internet. Aquí estoy si está pasando algo".
    Haz preguntas abiertas y escucha más de lo que hablas.
    Evita arrebatarle el celular o amenazar. Eso le puede enseñar a esconder las cosas.
    Si te cuenta algo, dale las gracias. No es culpa de tu hijo o hija, y necesita escucharlo de ti.
# Card 5: next steps and someone to talk to.
card-if-something-is-wrong =
    Si tu hijo o hija te cuenta que recibió presiones, engaños o amenazas de alguien, quédate a su lado y mantén la calma.
    Guarda los mensajes y los nombres de usuario antes de bloquear a nadie. Luego reporta la cuenta en la app.
    Nuestras otras lecciones explican con más detalle cómo reportar.
    No tienes que enfrentar esto sin apoyo. Habla con alguien de confianza, o toca Ayuda para encontrar apoyo en tu país.

# Question: multiple choice, "choose all that apply".
q-which-signs = ¿Cuáles de estos cambios podrían ser señales de alerta que vale la pena notar? Elige todas las respuestas que correspondan.
    .hint = Busca secretos, cosas que no se pueden explicar y cambios de ánimo.
    .explanation = Vale la pena notar que tape la pantalla, que tenga regalos que no puede explicar, una nueva amistad mayor o angustia después de estar en internet. Un juego nuevo o chatear con compañeros de clase es parte normal de crecer.
# Answer option (worth noticing).
q-which-signs-hides-screen = Tapa la pantalla o cambia de app cuando te acercas
    .feedback = Sí. Vale la pena notar si empieza a esconder sus dispositivos, sobre todo si es de repente.
# Answer option (worth noticing).
q-which-signs-unexplained-gifts = Tiene tarjetas de regalo o monedas de juegos que no puede explicar
    .feedback = Sí. Los regalos se pueden usar para ganarse su confianza y crear la sensación de deber algo.
# Answer option (worth noticing).
q-which-signs-older-friend = Habla mucho de una nueva amistad de internet que es mayor
    .feedback = Sí. Una "amistad" mayor que nunca has conocido merece una pregunta tranquila.
# Answer option (worth noticing).
q-which-signs-upset-after-online = Se ve con angustia o miedo después de estar en internet
    .feedback = Sí. La angustia después de estar en internet es una pista de que algo podría andar mal.
# Answer option (usually normal).
q-which-signs-new-favourite-game = Tiene un nuevo juego favorito
    .feedback = No del todo. Los intereses nuevos son normales. Pregúntale con curiosidad, no con preocupación.
# Answer option (usually normal).
q-which-signs-chats-with-classmates = Chatea con compañeros de clase después de la escuela
    .feedback = No del todo. Mantenerse en contacto con sus amistades es una parte sana de estar en internet.

# Question: true or false about a single sign. The right answer is "false".
q-one-sign-proves = Una sola señal de alerta prueba que a tu hijo o hija le están haciendo daño.
    .hint = Piensa en otras razones por las que pueden cambiar el ánimo o los hábitos de una niña o un niño.
    .explanation = Una sola señal es una pista, no una prueba. Muchas señales tienen otras causas. Un cambio repentino o varias señales juntas son motivo para una conversación tranquila.
# Feedback if the caregiver picks "true" (wrong).
q-one-sign-proves-true =
    .feedback = No del todo. Una señal puede tener muchas causas, como el estrés de la escuela o la pubertad. Es motivo para preguntarle con calma, no para pensar lo peor.
# Feedback if the caregiver picks "false" (right).
q-one-sign-proves-false =
    .feedback = Así es. Una señal es una pista. Nótala, mantén la calma y dale espacio a tu hijo o hija para hablar.

# Question: a scenario. The situation is shown first, then the question.
q-several-changes = ¿Cuál es un buen primer paso?
    .situation = En las últimas dos semanas, tu hijo o hija de 12 años empezó a llevarse el celular a la cama, tapa la pantalla cuando pasas cerca y se le nota la tensión cuando le llegan mensajes.
    .hint = Vale la pena hablar de varios cambios juntos. ¿Cómo puedes sacar el tema para que se sienta con confianza para hablar?
    .explanation = El mejor primer paso es una conversación tranquila y en privado en la que digas lo que notaste, sin culpar. Hacerle saber que tu puerta está abierta también ayuda. Leer su celular frente a tu hijo o hija o prohibirle internet puede hacer que esconda todavía más.
# Action (best).
q-several-changes-calm-check-in = Elegir un momento tranquilo, decir lo que notaste y hacer una pregunta abierta.
    .feedback = La mejor opción. Decir lo que viste, sin culpar, muestra que te importa y hace más fácil hablar.
# Action (also good).
q-several-changes-open-door = Decirle que puede acudir a ti con cualquier cosa, y que no va a recibir ningún castigo por contarlo.
    .feedback = Buena opción. El miedo al castigo muchas veces impide que niñas y niños lo cuenten, así que decirlo en voz alta ayuda.
# Action (not helpful).
q-several-changes-read-phone-in-front = Quitarle el celular y leer todos sus mensajes frente a tu hijo o hija.
    .feedback = Esto se puede sentir como castigo y vergüenza. Tu hijo o hija podría cerrarse o buscar formas de esconder las cosas.
# Action (not helpful).
q-several-changes-ban-internet = Prohibirle internet hasta que dé una explicación.
    .feedback = Las prohibiciones se pueden sentir como un castigo por algo que tal vez no es su culpa. Niñas y niños muchas veces dejan de hablar cuando temen perder el acceso.

# Question: sort things a caregiver might say into two groups.
q-what-to-say = Tu hijo o hija te acaba de contar algo preocupante. Clasifica lo que podrías decir.
    .hint = ¿Qué palabras muestran que estás de su lado?
    .explanation = Dar las gracias, tranquilizar y trabajar en equipo ayudan a que siga hablando. La culpa, las preguntas de "por qué" y las amenazas pueden hacer que se cierre, aunque tengas miedo.
# Group name.
q-what-to-say-helps-them-talk = Le ayuda a seguir hablando
# Group name.
q-what-to-say-shuts-them-down = Puede hacer que se cierre
# Item to sort (helps).
q-what-to-say-thanks-for-telling = "Gracias por contármelo."
    .feedback = Darle las gracias muestra que contarlo fue lo correcto.
# Item to sort (helps).
q-what-to-say-not-angry = "No me enojé contigo. Esto no es tu culpa."
    .feedback = Muchas veces, lo que más temen niñas y niños es el enojo. Darle tranquilidad con claridad le ayuda a relajarse y a contar más.
# Item to sort (helps).
q-what-to-say-work-it-out-together = "Vamos a ver juntos qué hacer."
    .feedback = Hacerlo en equipo le devuelve a tu hijo o hija algo de control.
# Item to sort (shuts down).
q-what-to-say-why-not-sooner = "¿Por qué no me lo dijiste antes?"
    .feedback = Esto puede sonar a reproche. Muchas niñas y niños esperan porque sienten miedo o vergüenza.
# Item to sort (shuts down).
q-what-to-say-what-were-you-thinking = "¿En qué estabas pensando?"
    .feedback = Esto le echa la culpa a tu hijo o hija. La persona que engañó a tu hijo o hija es la responsable.
# Item to sort (shuts down).
q-what-to-say-no-phone-ever = "Se acabó. Nunca más vas a tener celular."
    .feedback = El miedo a perder el celular es una razón común por la que niñas y niños no dicen nada. Esto puede impedir que te lo cuente la próxima vez.

# Question: put the steps in order.
q-when-they-tell = Tu hijo o hija te cuenta que ha estado recibiendo presión de alguien en internet. Pon estos pasos en un orden que ayude.
    .hint = Tu hijo o hija va primero. ¿Qué podrías perder si bloqueas la cuenta demasiado pronto?
    .explanation = Primero escucha con calma, y luego agradece y tranquiliza. Guarda las pruebas antes de reportar y bloquear, para que no se pierda nada. Luego busca apoyo para tu hijo o hija y para ti.
# Step 1.
q-when-they-tell-listen-calmly = Escuchar con calma, sin interrumpir
    .feedback = Escuchar primero le muestra a tu hijo o hija que contigo está a salvo.
# Step 2.
q-when-they-tell-thank-and-reassure = Darle las gracias y decirle que no es su culpa
    .feedback = Dar tranquilidad desde el principio ayuda a aliviar el miedo y la vergüenza.
# Step 3.
q-when-they-tell-save-evidence = Guardar los mensajes, los nombres de usuario y los enlaces a los perfiles
    .feedback = Guarda las pruebas antes de bloquear o borrar algo.
# Step 4.
q-when-they-tell-report-and-block = Reportar la cuenta en la app, y luego bloquearla
    .feedback = Reporta mientras todavía puedes ver la cuenta, y luego bloquéala.
# Step 5.
q-when-they-tell-get-support = Buscar apoyo para tu hijo o hija y para ti
    .feedback = El apoyo les ayuda a salir adelante. Toca Ayuda para encontrar servicios en tu país.

# Question: single choice about a gift card from an older online friend.
q-gift-card = Encuentras una tarjeta de regalo en el cuarto de tu hijo o hija de 10 años. Te dice que se la mandó una amistad de 19 años que conoció en un juego. ¿Qué es lo que más probablemente hace falta?
    .hint = ¿Es una pista o una prueba? ¿Qué te ayudaría a saber más?
    .explanation = Un regalo sin explicación de una amistad de internet que es mayor merece una conversación tranquila. No es una prueba de daño, pero tampoco hay que ignorarlo.
# Answer option (right).
q-gift-card-worth-a-chat = Una conversación tranquila sobre esa amistad y cómo se conocieron
    .feedback = Sí. Pregunta con curiosidad, no con reproches. Averigua más antes de decidir qué hacer.
# Answer option (wrong).
q-gift-card-nothing-to-see = Nada. Los regalos entre jugadores son normales.
    .feedback = No del todo. Vale la pena preguntar por los regalos de una persona mayor que tu hijo o hija conoció en internet.
# Answer option (wrong).
q-gift-card-proof-of-abuse = Una prueba de que están abusando de tu hijo o hija
    .feedback = No del todo. Es una pista, no una prueba. Una conversación tranquila te va a decir más.

# Question: true or false about privacy. The right answer is "true".
q-privacy-is-normal = Querer más privacidad a medida que crecen es normal en niñas y niños.
    .hint = Piensa en cómo veías tú la privacidad al empezar la adolescencia.
    .explanation = Sí. Más privacidad es parte normal de crecer. Lo que vale la pena notar es el secreto repentino junto con otros cambios.
# Feedback if the caregiver picks "true" (right).
q-privacy-is-normal-true =
    .feedback = Así es. La privacidad, por sí sola, es sana. Pon atención a los cambios repentinos o a varias señales juntas.
# Feedback if the caregiver picks "false" (wrong).
q-privacy-is-normal-false =
    .feedback = No del todo. Querer privacidad es parte normal de crecer. Se vuelve motivo de preocupación cuando es repentino o viene con otros cambios.

# Question: single choice about why staying calm matters.
q-why-stay-calm = ¿Por qué importa tanto mantener la calma cuando tu hijo o hija te cuenta algo?
    .hint = Piensa a largo plazo, no solo en este momento.
    .explanation = Tu reacción decide si te lo va a contar la próxima vez. Mantener la calma no quiere decir no hacer nada; quiere decir actuar sin culpar.
# Answer option (right).
q-why-stay-calm-tell-again = Tu reacción influye en si te lo va a contar la próxima vez.
    .feedback = Sí. Una respuesta tranquila y agradecida le enseña a tu hijo o hija que contarte las cosas es seguro.
# Answer option (wrong).
q-why-stay-calm-not-serious = Porque la mayoría de los problemas en internet no son graves.
    .feedback = No del todo. Algunos problemas son graves. La calma te ayuda a enfrentarlos bien.
# Answer option (wrong).
q-why-stay-calm-avoid-action = Para no tener que hacer nada.
    .feedback = No del todo. La calma tiene que ver con cómo respondes. Igual puedes guardar pruebas, reportar y pedir ayuda.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Prueba decir: "Últimamente te he notado con poco ánimo después de estar en internet. No me enojé contigo. ¿Hay algo que te preocupe?". Luego espera, escucha y dale las gracias por lo que te cuente.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta al grupo: ¿qué señales podrían tener una causa cotidiana, y cuáles juntas te preocuparían? Practiquen en parejas una frase tranquila para empezar la conversación, y hablen de por qué la culpa hace que niñas y niños dejen de contar las cosas.
