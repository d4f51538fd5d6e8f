# SafeSteps — MIT OR Apache-2.0

### Lesson: Talking with your child, by age (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Give words a caregiver can use. Never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Hablar con tu hijo o hija, según su edad
# One line under the lesson name.
lesson-summary = De qué hablar en cada edad, cómo empezar y cómo responder cuando tu hijo o hija te cuenta algo.

# Card 1: start early, keep it small and regular.
card-start-small =
    No hace falta una sola charla grande y que dé miedo. Muchas conversaciones cortas funcionan mejor, empezando a temprana edad y siguiendo a medida que tu hijo o hija crece.
    Muestra interés por lo que disfruta en internet. Pídele que te enseñe su juego o su app favorita.
    Los buenos momentos son lado a lado: en el carro, cocinando o caminando.
    Mantén un tono tranquilo y curioso. Si reaccionas con miedo o enojo, niñas y niños aprenden a dejar de contar.
    Está bien decir: "No sé mucho de esta app. ¿Me enseñas?".
# Card 2: ages 5 to 8.
card-ages-5-to-8 =
    De 5 a 8 años: reglas sencillas. "Pregúntame antes de descargar, chatear o compartir una foto." "Si algo se siente mal, detente y cuéntamelo."
    Armen juntos un círculo de seguridad: una lista corta de adultos a quienes les puede contar.
    Expliquen la diferencia entre secretos y sorpresas. Una sorpresa es alegre y todos se enteran pronto, como un regalo. Un secreto que te preocupa o te pone triste es para contarlo.
    La regla PANTS de la NSPCC ayuda (sus siglas vienen del inglés): tus partes privadas son privadas; recuerda siempre que tu cuerpo es tuyo; no es no; habla de los secretos que te hacen sentir mal; alza la voz, alguien te puede ayudar.
# Card 3: ages 9 to 12.
card-ages-9-to-12 =
    De 9 a 12 años: niñas y niños empiezan a chatear, jugar y hacer amistades en internet por su cuenta.
    Hablen de las señales de alerta. Por ejemplo: regalos o monedas de juegos, pedir que los chats sean secretos, pasar a una app privada y la presión para conseguir fotos.
    Explícale que puede ser alguien desconocido, alguien que conoció en internet o alguien que ya conoce.
    Practiquen juntos. Enséñale a bloquear y reportar en sus apps, y a guardar una captura de pantalla.
    Pónganse de acuerdo en que siempre puede acudir a ti, aunque haya roto una regla.
# Card 4: teens: respect, consent, sextortion, no blame.
card-teens =
    Adolescentes: hablen del respeto y el consentimiento en las amistades y las relaciones, en internet y fuera de él. Nadie debe exigirles fotos, y nunca deben presionar a otras personas para conseguirlas.
    Hablen de la sextorsión antes de que pase. Alguien podría amenazar con compartir una imagen si no paga o no manda más. Explícale que es un delito y que no es su culpa. No debe pagar ni mandar más, porque pagar casi nunca lo detiene. Puede dejar de responder, guardar los mensajes y acudir a ti. Prométele que le vas a ayudar sin culpar.
    Evita los sermones. Pregúntale qué piensa y escucha su punto de vista.
    Haz una promesa clara: "Nunca vas a perder mi apoyo por contarme algo".
# Card 5: how to respond when they tell you; someone to talk to.
card-when-they-tell-you =
    Si tu hijo o hija te cuenta algo, mantén la calma, aunque por dentro sientas impacto. Escucha sin interrumpir.
    Dale las gracias por contártelo. Dile que no es su culpa.
    No te apresures a castigar ni a quitarle los dispositivos. En lo posible, decidan juntos los siguientes pasos.
    Tu reacción decide si te lo va a contar la próxima vez.
    Si necesitas orientación, habla con alguien de confianza, o toca Ayuda para encontrar apoyo en tu país.

# Question: single choice about explaining secrets and surprises to a young child.
q-secrets-surprises = ¿Cuál es una buena forma de explicarle los secretos y las sorpresas a una niña o un niño de 6 años?
    .hint = A esa edad necesitan una regla sencilla que igual les deje disfrutar los cumpleaños.
    .explanation = Una sorpresa es alegre y termina pronto. Un secreto que te preocupa o te pone triste es para contarlo. Esto ayuda a niñas y niños a notar cuándo alguien les pide esconder algo.
# Answer option (right).
q-secrets-surprises-surprise-ends-happy = "Una sorpresa es alegre y todos se enteran pronto. Un secreto que te hace sentir mal es para contarlo."
    .feedback = Sí. Es sencillo, conserva la diversión de las sorpresas y le dice qué hacer.
# Answer option (wrong).
q-secrets-surprises-never-keep-anything = "Nunca me ocultes nada, jamás."
    .feedback = No del todo. Es difícil de cumplir a esa edad, y arruina las sorpresas alegres. Una diferencia clara funciona mejor.
# Answer option (wrong).
q-secrets-surprises-all-secrets-fine = "Los secretos están bien si un adulto te pide guardarlos."
    .feedback = No del todo. Las personas que quieren hacer daño a niñas y niños muchas veces piden secretos. Un secreto que se siente mal es para contarlo.

# Question: sort topics into age groups.
q-topic-by-age = Pon cada tema en el grupo de edad donde suele funcionar mejor.
    .hint = Piensa en lo que una niña o un niño puede hacer por su cuenta en cada edad.
    .explanation = Las niñas y los niños pequeños necesitan reglas sencillas, un círculo de seguridad y la regla PANTS. De 9 a 12 años necesitan conocer las señales de alerta y saber bloquear y reportar. Con adolescentes hay que hablar de consentimiento, respeto y sextorsión. Los temas pueden seguir a lo largo de las edades.
# Group name.
q-topic-by-age-ages-5-to-8 = De 5 a 8 años
# Group name.
q-topic-by-age-ages-9-to-12 = De 9 a 12 años
# Group name.
q-topic-by-age-teens = Adolescentes
# Item to sort (ages 5 to 8).
q-topic-by-age-safety-circle = Hacer una lista de adultos a quienes les puede contar
    .feedback = Un círculo de seguridad les da a niñas y niños pequeños personas claras a quienes acudir.
# Item to sort (ages 5 to 8).
q-topic-by-age-pants-rule = La regla PANTS sobre su cuerpo
    .feedback = La regla PANTS está hecha para niñas y niños pequeños. Enseña que su cuerpo es suyo.
# Item to sort (ages 9 to 12).
q-topic-by-age-spot-gifts-and-secrets = Detectar regalos, secretos y pedidos de pasar a un chat privado
    .feedback = De 9 a 12 años empiezan a chatear por su cuenta, así que las señales de alerta encajan bien aquí.
# Item to sort (ages 9 to 12).
q-topic-by-age-practise-block-report = Practicar cómo bloquear y reportar en sus apps
    .feedback = Practicar ayuda a que de 9 a 12 años puedan actuar rápido cuando lo necesiten.
# Item to sort (teens).
q-topic-by-age-consent-and-respect = El consentimiento y el respeto en las relaciones
    .feedback = En la adolescencia se forman relaciones, así que el consentimiento y el respeto importan mucho ahora.
# Item to sort (teens).
q-topic-by-age-sextortion-dont-pay = La sextorsión: no pagar, y acudir a mí
    .feedback = Las y los adolescentes son quienes más sufren la sextorsión, así que hablen del tema antes de que pase.

# Question: a scenario. The situation is shown first, then the question.
q-teen-mentions-threat = ¿Qué podrías hacer?
    .situation = Tu hijo o hija de 15 años te cuenta que alguien de su escuela está recibiendo amenazas con una foto privada. Mientras te lo cuenta, observa tu cara.
    .hint = Tal vez quiere ver cómo reaccionas. ¿Qué le haría sentir con confianza para acudir a ti?
    .explanation = Escucha con calma y deja claro que ayudarías sin culpar. Explicar qué ayuda también está bien. Culpar a quien sale en la foto, o prohibir apps, le enseña a guardarse las cosas. También podrías preguntar si esa persona tiene a un adulto que le esté ayudando.
# Action (best).
q-teen-mentions-threat-listen-and-open-door = Escuchar con calma, preguntarle cómo se siente y decirle que ayudarías sin culpar a cualquiera en esa situación.
    .feedback = La mejor opción. Tu hijo o hija aprende que puede acudir a ti, pase lo que pase.
# Action (also good).
q-teen-mentions-threat-explain-what-helps = Explicarle que es un delito y que no es culpa de la víctima, y que pagar casi nunca sirve.
    .feedback = Buena opción. Los datos claros ayudan. Sé breve y pregúntale también qué piensa.
# Action (not helpful).
q-teen-mentions-threat-blame-the-classmate = Decir que esa persona no debió mandar una foto.
    .feedback = Esto culpa a la víctima. Tu hijo o hija podría decidir no contarte nunca si le pasa a él o a ella.
# Action (not helpful).
q-teen-mentions-threat-ban-chat-apps = Prohibir todas las apps de chat para que no le pase a tu hijo o hija.
    .feedback = Las prohibiciones pueden hacer que las y los adolescentes escondan lo que usan. También les enseñan que contarte algo trae como consecuencia perder cosas.

# Question: true or false about one big talk. The right answer is "false".
q-one-big-talk = Una sola charla grande sobre seguridad en internet suele ser suficiente.
    .hint = Piensa en cómo cambian con el tiempo las apps y tu hijo o hija.
    .explanation = Muchas conversaciones cortas funcionan mejor. Las apps cambian, tu hijo o hija crece, y cada conversación hace más fácil la siguiente.
# Feedback if the caregiver picks "true" (wrong).
q-one-big-talk-true =
    .feedback = No del todo. Una sola charla se olvida fácil. Las conversaciones cortas y frecuentes mantienen la puerta abierta.
# Feedback if the caregiver picks "false" (right).
q-one-big-talk-false =
    .feedback = Así es. Las conversaciones cortas y frecuentes funcionan mejor que una sola charla grande.

# Question: multiple choice, "choose all that apply".
q-good-starters = ¿Cuáles de estas son buenas formas de empezar una conversación? Elige todas las respuestas que correspondan.
    .hint = Las buenas formas de empezar son curiosas y tranquilas, no desconfiadas.
    .explanation = Pedirle que te enseñe su juego, preguntarle si algo le pareció raro y preguntarle a quién se lo contaría son preguntas tranquilas y abiertas. Las preguntas desconfiadas y las exigencias pueden hacer que se cierre.
# Answer option (good starter).
q-good-starters-show-me-your-game = "¿Cuál es tu juego favorito ahora? ¿Me lo enseñas?"
    .feedback = Sí. Mostrar interés crea confianza y te enseña sobre su mundo.
# Answer option (good starter).
q-good-starters-ever-felt-weird = "¿Alguna vez algo en internet te pareció raro o te incomodó?"
    .feedback = Sí. Es una pregunta abierta y tranquila, y le da palabras para expresarse.
# Answer option (good starter).
q-good-starters-who-would-you-tell = "Si algo saliera mal en internet, ¿a quién se lo contarías?"
    .feedback = Sí. Le ayuda a hacer un plan, y le recuerda que puede acudir a ti.
# Answer option (not a good starter).
q-good-starters-doing-anything-bad = "¿Estás haciendo algo malo en internet?"
    .feedback = No del todo. Suena a acusación. La mayoría de niñas y niños simplemente van a decir que no.
# Answer option (not a good starter).
q-good-starters-hand-over-phone = "Dame tu celular. Lo voy a revisar."
    .feedback = No del todo. Una exigencia sin conversación se puede sentir como castigo y romper la confianza.

# Question: single choice about the PANTS rule.
q-pants-p = En la regla PANTS de la NSPCC para niñas y niños pequeños, ¿qué quiere decir la "P"?
    .hint = Piensa en por qué la regla lleva el nombre de la ropa interior (en inglés británico, "pants" son los calzones).
    .explanation = La P es de "Privates are private": las partes privadas son privadas. La regla enseña a niñas y niños pequeños que su cuerpo es suyo, sin palabras que den miedo.
# Answer option (right).
q-pants-p-privates-are-private = "Privates are private": las partes privadas son privadas
    .feedback = Sí. Enseña que las partes que cubre la ropa interior son privadas.
# Answer option (wrong).
q-pants-p-passwords-protected = "Passwords are protected": las contraseñas están protegidas
    .feedback = No del todo. Las contraseñas importan, pero PANTS trata sobre el cuerpo de la niña o del niño. La P es de "Privates are private": las partes privadas son privadas.
# Answer option (wrong).
q-pants-p-parents-permission = "Parents' permission first": primero, el permiso de los papás
    .feedback = No del todo. La P es de "Privates are private": las partes privadas son privadas. Ayuda a niñas y niños a saber que su cuerpo es suyo.

# Question: put the steps in order.
q-respond-steps = Tu hijo o hija te cuenta que pasó algo preocupante en internet. Pon estos pasos en orden.
    .hint = Cómo te muestras en el primer momento va antes de cualquier cosa que hagas.
    .explanation = Mantén la calma, escucha, dale las gracias, dile que no es su culpa y luego hagan un plan juntos. Este orden ayuda a que tu hijo o hija se sienta a salvo y siga hablando.
# Step 1.
q-respond-steps-stay-calm = Respirar hondo y mantener la calma
    .feedback = Una cara tranquila, desde el principio, le dice a tu hijo o hija que contigo está a salvo.
# Step 2.
q-respond-steps-listen = Escuchar sin interrumpir
    .feedback = Deja que lo cuente a su manera. Las preguntas pueden venir después.
# Step 3.
q-respond-steps-thank-them = Darle las gracias por contártelo
    .feedback = Agradecerle le muestra que contarlo fue la decisión correcta.
# Step 4.
q-respond-steps-not-their-fault = Decirle que no es su culpa
    .feedback = Muchas veces, niñas y niños sienten vergüenza. Escuchar esto de ti ayuda mucho.
# Step 5.
q-respond-steps-plan-together = Planear juntos los siguientes pasos
    .feedback = Planear juntos le devuelve a tu hijo o hija algo de control.

# Question: true or false about promising not to take the phone away. The right answer is "true".
q-no-phone-promise = Prometerle que contarte algo no va a significar perder su celular puede hacer más probable que te lo cuente.
    .hint = ¿Qué preocupaciones podrían impedir que una niña o un niño se lo cuente a un adulto?
    .explanation = Sí. Muchas niñas y niños no dicen nada porque temen perder su celular o sus juegos. Quitarles ese miedo hace que contarlo sea más fácil.
# Feedback if the caregiver picks "true" (right).
q-no-phone-promise-true =
    .feedback = Así es. Quitarle el miedo a perder su celular hace que contarte las cosas se sienta más seguro.
# Feedback if the caregiver picks "false" (wrong).
q-no-phone-promise-false =
    .feedback = No del todo. El miedo a perder los dispositivos es una razón común por la que niñas y niños no dicen nada. Una promesa clara ayuda.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Prueba preguntar: "Si algún día algo en internet te preocupara, ¿cómo te gustaría que yo reaccionara?". Escucha la respuesta. Luego promete: "Voy a mantener la calma, te voy a dar las gracias y lo vamos a resolver juntos".
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pide al grupo que comparta una frase que podría usar con una niña o un niño pequeño, con alguien de 10 años y con adolescentes. ¿Qué hace que una niña o un niño se sienta con confianza para contar algo, y qué hace que deje de hacerlo?
