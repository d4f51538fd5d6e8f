# SafeSteps — MIT OR Apache-2.0

### Lesson: Online friends and people you know (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Not only about strangers: watch what people do, whoever they are. Never describe abuse.

# Lesson name on the lesson card.
lesson-title = Amigos en internet
# One line under the lesson name.
lesson-summary = Tener amigos en internet puede ser divertido. Aprende en qué se diferencian de las personas que conoces y qué hacer si algo se siente mal.

# Card 1: friends in real life and friends online; technology is positive.
card-online-and-real-life =
    A algunos amigos los conoces en la vida real. Van a tu escuela o a tu club, o son de tu familia.
    A otros solo los conoces en internet, por un juego, un chat o una app de videos.
    Los amigos de internet pueden ser muy divertidos.
    Pero en internet no puedes ver quién está escribiendo de verdad.
# Card 2: people online can pretend.
card-people-can-pretend =
    Alguien en internet puede decir que tiene 11 años cuando en realidad es una persona adulta.
    Una foto puede ser falsa. Una voz se puede cambiar con una app.
    Por eso, solo por un chat, no hay forma de saber con seguridad quién es alguien.
    Mantén en privado tus datos personales. Chatea en lugares que conocen los adultos que te cuidan.
# Card 3: never meet up alone; tell a trusted adult.
card-never-meet-alone =
    ¿Alguien que conoces de internet quiere verse contigo? No vayas sin un adulto.
    Primero cuéntaselo a un adulto de confianza.
    Si el adulto dice que está bien, debe ir contigo. Vean a esa persona en un lugar público con mucha gente.
    Un amigo de verdad no se va a molestar.
    Si alguien te dice "ven sin nadie" o "no le digas a nadie", es una señal de alerta.
# Card 4: most people who harm children are known to them; warning signs matter more.
card-watch-what-they-do =
    La mayoría de las personas que les hacen daño a niñas y niños son personas que esas niñas y esos niños ya conocen.
    Así que no se trata solo de si es alguien desconocido o no.
    Fíjate en lo que hace la gente. ¿Te pide secretos, fotos o chats privados? ¿Te da regalos sin motivo? ¿Te presiona cuando dices que no?
    Esas señales importan, en internet o fuera de él, sea quien sea.
# Card 5: not the child's fault; who to tell; Help.
card-not-your-fault =
    Si alguien en internet te engañó o te hizo sentir mal, no es tu culpa.
    Quien engaña a una niña o a un niño es quien hace algo malo.
    Cuéntaselo a un adulto de confianza, como tu mamá, tu papá, quien te cuida o tu maestra o maestro. No te deben culpar.
    También puedes tocar Ayuda para encontrar a alguien con quien hablar.

# Question: single choice about what you really know about an online friend.
q-what-you-know = Juegas con Kai todos los días. Kai dice: "Yo también tengo 11". ¿Qué sabes de verdad sobre Kai?
    .hint = ¿Puedes ver quién está escribiendo?
    .explanation = En internet, solo sabes lo que alguien te dice. Hay personas que fingen ser más jóvenes o mayores. Por eso tus datos personales se quedan en privado.
# Answer option (right).
q-what-you-know-only-what-they-say = Solo lo que Kai me dice.
    .feedback = ¡Sí! No puedes ver quién está escribiendo. Kai puede tener 11 años, o no.
# Answer option (wrong).
q-what-you-know-they-are-eleven = Kai tiene 11, porque eso dijo.
    .feedback = No del todo. Cualquiera puede escribir "Tengo 11". En un juego no lo puedes comprobar.
# Answer option (wrong).
q-what-you-know-voice-proves-it = En el chat de voz, Kai suena joven, así que es menor de edad.
    .feedback = No del todo. Las voces se pueden cambiar con una app. Una voz no demuestra quién es alguien.

# Question: a scenario. The situation is shown first, then the question.
q-ruby-meet-up = ¿Qué podría hacer Ruby?
    .situation = Ruby, de 12 años, lleva meses jugando con Sky. Sky le dice: "Veámonos en el parque el sábado. Ven sin nadie. Puede ser nuestro secreto".
    .hint = Busca las señales de alerta. ¿Quién podría ayudar a Ruby?
    .explanation = "Ven sin nadie" y "nuestro secreto" son señales de alerta. Ruby no debe ir. Lo mejor es contárselo a un adulto de confianza. Decir que no, y luego bloquear y reportar, también ayuda.
# Action (best).
q-ruby-meet-up-tell-trusted-adult = No ir. Contárselo a un adulto de confianza.
    .feedback = ¡La mejor opción! Un adulto puede ayudar a Ruby a estar a salvo y a reportar a Sky. Nadie debe culpar a Ruby por contarlo.
# Action (also good).
q-ruby-meet-up-say-no-block-report = Decir que no. Guardar el chat, y luego bloquear y reportar a Sky.
    .feedback = Buena opción. Decir que no y reportar ayuda. Contárselo también a un adulto es todavía mejor.
# Action (not helpful).
q-ruby-meet-up-take-a-friend = Ir, pero con alguien de la escuela.
    .feedback = No del todo. Dos niñas o niños sin un adulto tampoco están a salvo. Un adulto tiene que saberlo.
# Action (not helpful).
q-ruby-meet-up-go-but-be-careful = Ir, pero con el celular prendido.
    .feedback = No del todo. Un celular no lo hace seguro. "Ven sin nadie" es una señal de alerta. Ruby debe contárselo a un adulto.

# Question: true or false about meeting an online friend alone.
q-long-chat-meet-alone = Si llevas mucho tiempo chateando con alguien de internet, está bien verse sin un adulto.
    .hint = ¿Chatear mucho tiempo muestra quién está escribiendo de verdad?
    .explanation = Aunque pase mucho tiempo, en internet no hay forma de saber con seguridad quién es alguien. Nunca vayas sin un adulto. Cuéntaselo a un adulto de confianza.
# Feedback if the child picks "true" (wrong).
q-long-chat-meet-alone-true =
    .feedback = No del todo. Chatear mucho tiempo no muestra quién es alguien de verdad. Cuéntaselo a un adulto, y nunca vayas sin un adulto.
# Feedback if the child picks "false" (right).
q-long-chat-meet-alone-false =
    .feedback = ¡Sí! Nunca vayas sin un adulto. Un adulto de confianza debe saberlo e ir contigo.

# Question: multiple choice, "choose all that apply".
q-signs-from-anyone = ¿Cuáles de estas son señales de alerta, sin importar quién lo haga? Elige todas las respuestas que correspondan.
    .hint = Para cada una, pregúntate: ¿me sentiría bien si un adulto de confianza viera esto?
    .explanation = Pedir secretos o fotos, querer verte sin nadie más y presionarte después de que dices que no son señales de alerta. Saludar y hablar de un juego es normal.
# Answer option (a warning sign).
q-signs-from-anyone-asks-for-secrets = Te pide que tus chats sean secretos.
    .feedback = Una señal de alerta. Las personas seguras no te piden que les escondas cosas a los adultos que te cuidan.
# Answer option (a warning sign).
q-signs-from-anyone-wants-to-meet-alone = Quiere verte sin nadie más.
    .feedback = Una señal de alerta. Nunca vayas sin un adulto. Cuéntaselo a un adulto de confianza.
# Answer option (a warning sign).
q-signs-from-anyone-asks-for-photos = Te pide fotos tuyas.
    .feedback = Una señal de alerta. Puedes decir que no y contárselo a un adulto.
# Answer option (a warning sign).
q-signs-from-anyone-pushes-after-no = Te sigue presionando después de que dices que no.
    .feedback = Una señal de alerta. Un amigo de verdad acepta un no como respuesta.
# Answer option (not a warning sign).
q-signs-from-anyone-says-hi-in-game = Te saluda en un juego.
    .feedback = No del todo. Saludar es normal y amistoso.
# Answer option (not a warning sign).
q-signs-from-anyone-talks-about-game = Habla del juego que están jugando.
    .feedback = No del todo. Hablar de un juego es normal.

# Question: true or false about who harms children.
q-only-strangers-harm = Las personas que les hacen daño a niñas y niños casi siempre son desconocidas.
    .hint = Vuelve a pensar en la tarjeta sobre fijarse en lo que hace la gente.
    .explanation = La mayoría de las personas que les hacen daño a niñas y niños son personas que esas niñas y esos niños ya conocen. Por eso las señales de alerta importan más que si es alguien desconocido o no.
# Feedback if the child picks "true" (wrong).
q-only-strangers-harm-true =
    .feedback = No del todo. La mayoría son personas que la niña o el niño conoce. Fíjate en lo que hace la gente, no solo en quién es.
# Feedback if the child picks "false" (right).
q-only-strangers-harm-false =
    .feedback = ¡Sí! Puede ser cualquier persona, hasta alguien que conoces. Notar las señales te ayuda a pedir ayuda a tiempo.

# Question: sort people into two groups.
q-know-or-online = Pon a cada persona en el grupo donde va.
    .hint = ¿La conociste cara a cara, y tu familia sabe quién es?
    .explanation = Alguien de tu salón, tu primo o prima y tu entrenador o entrenadora son personas que conoces en la vida real. Alguien de tu equipo en un juego en línea, alguien que te sigue en una app y un amigo de un amigo con quien solo chateas son personas que conoces solo por internet.
# Group name.
q-know-or-online-real-life = La conozco en la vida real
# Group name.
q-know-or-online-only-online = Solo la conozco por internet
# Item to sort (real life).
q-know-or-online-classmate = Alguien de mi salón
    .feedback = Ves a esa persona en la escuela. La conoces en la vida real.
# Item to sort (real life).
q-know-or-online-cousin = Mi primo o mi prima
    .feedback = Es de tu familia. Conoces a esa persona en la vida real.
# Item to sort (real life).
q-know-or-online-football-coach = Mi entrenador o entrenadora de fútbol
    .feedback = Ves a esa persona en los entrenamientos. La conoces en la vida real.
# Item to sort (only online).
q-know-or-online-game-teammate = Alguien de mi equipo en un juego en línea
    .feedback = Solo conoces a esa persona por el juego. No puedes ver quién está escribiendo.
# Item to sort (only online).
q-know-or-online-video-app-follower = Alguien que me sigue en mi app de videos
    .feedback = Solo conoces a esa persona por la app. Puede que su perfil no sea verdad.
# Item to sort (only online).
q-know-or-online-friend-of-a-friend = Un amigo de un amigo con quien solo chateo por internet
    .feedback = Aunque alguien de tus amigos lo conozca, tú solo lo conoces por internet.

# Question: single choice about warning signs from someone the child knows.
q-cousin-gifts = Un primo mayor empieza a mandarte mensajes tarde en la noche. Te manda regalos para tu juego y te dice: "No le digas a tu mamá". ¿Qué es esto?
    .hint = Fíjate en lo que hace, no solo en quién es.
    .explanation = Los chats secretos y los regalos sin motivo son señales de alerta, aunque vengan de la familia. Cuéntaselo a otro adulto de confianza.
# Answer option (right).
q-cousin-gifts-warning-sign = Una señal de alerta, aunque sea de la familia.
    .feedback = ¡Sí! Los secretos y los regalos son señales de alerta, venga de quien venga. Cuéntaselo a otro adulto de confianza.
# Answer option (wrong).
q-cousin-gifts-fine-because-family = Está bien, porque es de la familia.
    .feedback = No del todo. La familia también puede mostrar señales de alerta. Pedirte que le guardes un secreto a tu mamá es una de ellas.
# Answer option (wrong).
q-cousin-gifts-just-a-gift = Es solo un regalo bonito.
    .feedback = No del todo. Un regalo que viene con un "no le digas" es una señal de alerta.

# Question: true or false about telling after being tricked. The right answer is "true".
q-tricked-can-tell = Si alguien de internet te engaña, igual se lo puedes contar a un adulto. No es tu culpa.
    .hint = ¿Quién está haciendo algo malo?
    .explanation = Quien engaña a una niña o a un niño está haciendo algo malo. Nunca es culpa de la niña o del niño, y siempre lo puedes contar.
# Feedback if the child picks "true" (right).
q-tricked-can-tell-true =
    .feedback = ¡Sí! Nunca es tu culpa. Un adulto de confianza te puede ayudar, y la pantalla de Ayuda también.
# Feedback if the child picks "false" (wrong).
q-tricked-can-tell-false =
    .feedback = No del todo. Siempre lo puedes contar. Quien te engañó es quien hizo algo malo.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta: ¿en qué se diferencia alguien que conoces de internet de un amigo que conoces en la vida real? ¿Por qué las señales de alerta importan más que si alguien es desconocido o no? ¿A quién se lo contarían si alguien de internet les pidiera verse?
