# SafeSteps — MIT OR Apache-2.0

### Lesson: Privacy settings (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Keep sentences short. Settings are a skill, not a reason to be scared.

# Lesson name on the lesson card.
lesson-title = Tu configuración de privacidad
# One line under the lesson name.
lesson-summary = Elige quién puede ver tus publicaciones, quién te puede mandar mensajes y quién sabe dónde estás.

# Card 1: what settings are and why to check them.
card-why-settings =
    En la configuración eliges quién ve tus publicaciones y quién puede hablar contigo.
    Casi todas las apps y los juegos la tienen. Busca un menú o un pequeño ícono de engranaje.
    Las apps nuevas no siempre empiezan en privado.
    Por eso, revisa la configuración cada vez que tengas una app o un juego nuevo.
# Card 2: private accounts and friend requests.
card-private-account =
    Una cuenta privada quiere decir que solo las personas que aceptas pueden ver tus publicaciones.
    Mantén tu cuenta en privado.
    Acepta solicitudes de amistad solo de personas que conoces en la vida real.
    Está bien rechazar una solicitud. También puedes quitar a alguien de tus amigos después.
# Card 3: choosing who can message you and talk to you.
card-who-can-message =
    Muchos juegos y apps te dejan elegir quién te puede mandar mensajes o hablarte en el chat de voz.
    Elige "solo amigos" o "nadie".
    Así, las personas que no conoces no te pueden mandar mensajes.
    En las apps de videos, también puedes elegir quién puede comentar tus videos.
# Card 4: turning off location sharing.
card-location =
    Algunas apps pueden mostrar en un mapa dónde estás. Algunas agregan tu ubicación a tus fotos.
    Apaga la opción de compartir ubicación. O compártela solo con tu familia.
    Revisa la configuración del mapa en tus apps de chat, y la configuración de la cámara en tu celular.
# Card 5: check settings with a trusted adult; not the child's fault; Help.
card-check-together =
    La configuración puede cambiar cuando una app se actualiza. Revísala de vez en cuando con un adulto de confianza.
    La configuración ayuda, pero no puede evitarlo todo. Hasta alguien que conoces puede hacer cosas que se sienten mal.
    Si alguien te hace sentir mal, no es tu culpa.
    Cuéntaselo a un adulto de confianza. También puedes tocar Ayuda para encontrar a alguien con quien hablar.

# Question: single choice about what a private account is.
q-private-means = ¿Qué quiere decir tener una cuenta privada?
    .hint = Piensa en a quién le dices que sí.
    .explanation = Con una cuenta privada, solo las personas que aceptas pueden ver tus publicaciones. Por eso es bueno aceptar solo a personas que conoces.
# Answer option (right).
q-private-means-only-people-you-accept = Solo las personas que acepto pueden ver mis publicaciones.
    .feedback = ¡Sí! Tú eliges quién ve tus publicaciones. Acepta solo a personas que conoces en la vida real.
# Answer option (wrong).
q-private-means-no-one-at-all = Nadie puede ver mis publicaciones.
    .feedback = No del todo. Las personas que aceptas sí las pueden ver. Por eso eliges con cuidado.
# Answer option (wrong).
q-private-means-everyone-but-parents = Todos las pueden ver, menos mi mamá y mi papá.
    .feedback = No del todo. Una cuenta privada tiene que ver con a quién aceptas. No es para esconderle cosas a tu familia.

# Question: a scenario. The situation is shown first, then the question.
q-leo-friend-request = ¿Qué podría hacer Leo?
    .situation = Leo, de 11 años, recibe una solicitud de amistad en una app de videos. No conoce a esa persona. Su perfil dice que tiene 12 años y que le gustan los mismos juegos.
    .hint = ¿Leo conoce a esta persona en la vida real? Cualquiera puede escribir lo que quiera en un perfil.
    .explanation = Un perfil puede decir cualquier cosa. Leo no conoce a esta persona en la vida real. Preguntarle a un adulto de confianza, o rechazar la solicitud, mantiene su cuenta en privado.
# Action (best).
q-leo-friend-request-check-with-adult = Preguntarle a un adulto de confianza antes de hacer nada.
    .feedback = ¡La mejor opción! Un adulto puede ayudar a Leo a revisar su configuración y decidir. Leo puede rechazar la solicitud.
# Action (also good).
q-leo-friend-request-decline-request = Rechazar la solicitud.
    .feedback = Buena opción. Leo no conoce a esa persona en la vida real. Decir que no siempre está bien.
# Action (not helpful).
q-leo-friend-request-accept-same-age = Aceptarla. Tiene su edad y le gustan los mismos juegos.
    .feedback = No del todo. Cualquiera puede poner en su perfil que tiene 12 años. Leo no conoce a esa persona en la vida real.
# Action (not helpful).
q-leo-friend-request-accept-and-see = Aceptarla por ahora. Después la puede quitar.
    .feedback = No del todo. Una vez que la acepta, esa persona puede ver las publicaciones de Leo. Es más seguro decir que no desde el principio.

# Question: single choice about who can message you in a new game.
q-who-messages = Empiezas un juego nuevo. ¿A quién es mejor dejar que te mande mensajes?
    .hint = Piensa en las personas que conoces en la vida real.
    .explanation = De estas opciones, "solo amigos" es la más segura. Así las personas que no conoces no te pueden mandar mensajes. "Nadie" también está bien.
# Answer option (right).
q-who-messages-friends-only = Solo amigos
    .feedback = ¡Sí! Así solo te pueden mandar mensajes las personas que aceptaste.
# Answer option (wrong).
q-who-messages-everyone = Todos
    .feedback = No del todo. Así cualquiera te puede mandar mensajes, hasta personas que no conoces.
# Answer option (wrong).
q-who-messages-anyone-with-good-name = Cualquiera con un nombre bonito
    .feedback = No del todo. Cualquiera puede elegir un nombre bonito. Eso no te dice quién es.

# Question: true or false about sharing location on a map.
q-map-sharing = Una app de chat puede mostrarles a tus amigos en un mapa dónde estás. Lo más seguro es apagarlo, o compartirlo solo con tu familia.
    .hint = ¿Quién quieres que sepa dónde estás?
    .explanation = Dónde estás es privado. Apágalo, o compártelo solo con tu familia.
# Feedback if the child picks "true" (right).
q-map-sharing-true =
    .feedback = ¡Sí! Dónde estás es privado. Guárdalo para tu familia.
# Feedback if the child picks "false" (wrong).
q-map-sharing-false =
    .feedback = No del todo. Un mapa puede mostrar dónde vives y a qué escuela vas. Apágalo, o compártelo solo con tu familia.

# Question: sort settings into two groups.
q-safer-or-not = Pon cada opción de configuración en el grupo donde va.
    .hint = Pregúntate: ¿esto deja que personas que no conozco me vean o me encuentren?
    .explanation = Una cuenta privada, la ubicación apagada y los comentarios solo de amigos son más seguros. Una cuenta pública, los mensajes de cualquiera y tu ubicación en un mapa son menos seguros.
# Group name.
q-safer-or-not-safer = Más seguro
# Group name.
q-safer-or-not-less-safe = Menos seguro
# Item to sort (safer).
q-safer-or-not-account-private = Mi cuenta es privada
    .feedback = Más seguro. Solo las personas que aceptas pueden ver tus publicaciones.
# Item to sort (safer).
q-safer-or-not-location-off = Compartir ubicación está apagado
    .feedback = Más seguro. La app no puede mostrarle a nadie dónde estás.
# Item to sort (safer).
q-safer-or-not-comments-friends-only = Solo mis amigos pueden comentar mis videos
    .feedback = Más seguro. Las personas que no conoces no pueden dejar comentarios.
# Item to sort (less safe).
q-safer-or-not-account-public = Mi cuenta es pública
    .feedback = Menos seguro. Cualquiera puede ver tus publicaciones. Prueba ponerla en privado.
# Item to sort (less safe).
q-safer-or-not-messages-from-anyone = Cualquiera me puede mandar mensajes
    .feedback = Menos seguro. Personas que no conoces te pueden mandar mensajes. Prueba con "solo amigos".
# Item to sort (less safe).
q-safer-or-not-location-on-map = Mi ubicación está en un mapa que todos pueden ver
    .feedback = Menos seguro. Cualquiera podría ver dónde estás. Apágalo.

# Question: multiple choice, "choose all that apply".
q-new-game-check = Tienes un juego nuevo. ¿Qué opciones de configuración conviene revisar? Elige todas las respuestas que correspondan.
    .hint = Pregúntate: ¿esta opción cambia quién puede contactarme o encontrarme?
    .explanation = Revisa quién te puede mandar mensajes, quién puede ver tu perfil, tu ubicación y el chat de voz. La pantalla y el sonido los decides tú.
# Answer option (good to check).
q-new-game-check-message-settings = Quién me puede mandar mensajes
    .feedback = Conviene revisarlo. Elige "solo amigos" o "nadie".
# Answer option (good to check).
q-new-game-check-profile-settings = Quién puede ver mi perfil
    .feedback = Conviene revisarlo. Mantén tu perfil en privado.
# Answer option (good to check).
q-new-game-check-location-settings = Quién puede ver mi ubicación
    .feedback = Conviene revisarlo. Apaga la opción de compartir ubicación.
# Answer option (good to check).
q-new-game-check-voice-chat-settings = Quién me puede hablar en el chat de voz
    .feedback = Conviene revisarlo. Elige solo amigos, o apágalo.
# Answer option (not a safety setting).
q-new-game-check-screen-brightness = Qué tan brillante está mi pantalla
    .feedback = No del todo. El brillo lo decides tú. No cambia quién puede contactarte.
# Answer option (not a safety setting).
q-new-game-check-music-volume = Qué tan fuerte está la música
    .feedback = No del todo. La música la decides tú. No cambia quién puede contactarte.

# Question: true or false about checking settings more than once.
q-set-once = Una vez que eliges tu configuración, ya nunca tienes que volver a revisarla.
    .hint = ¿Qué puede pasar cuando una app se actualiza?
    .explanation = Las actualizaciones pueden cambiar la configuración. Revísala de vez en cuando con un adulto de confianza.
# Feedback if the child picks "true" (wrong).
q-set-once-true =
    .feedback = No del todo. Una actualización puede cambiar tu configuración. Revísala de vez en cuando.
# Feedback if the child picks "false" (right).
q-set-once-false =
    .feedback = ¡Sí! La configuración puede cambiar. Revisarla de vez en cuando con un adulto es muy buena idea.

# Question: single choice about someone getting past a block.
q-new-account-again = Bloqueaste a alguien en un juego. Ahora te escribe desde una cuenta nueva. ¿Qué haces?
    .hint = ¿Quién te puede ayudar cuando bloquear no es suficiente?
    .explanation = Cuéntaselo a un adulto de confianza. Guarda los mensajes, y luego bloquea y reporta la cuenta nueva. No es tu culpa que esa persona haya vuelto.
# Answer option (right).
q-new-account-again-tell-block-report = Se lo cuento a un adulto de confianza. Luego bloqueo y reporto la cuenta nueva.
    .feedback = ¡Sí! Un adulto te puede ayudar a guardar los mensajes, reportar y revisar tu configuración. No es tu culpa.
# Answer option (wrong).
q-new-account-again-reply-to-stop-them = Le respondo y le pido que pare.
    .feedback = No del todo. Responder puede hacer que siga hablándote. Cuéntaselo a un adulto, y luego bloquea y reporta.
# Answer option (wrong).
q-new-account-again-tell-no-one = Borro el juego y no le digo a nadie.
    .feedback = No del todo. No tienes que resolver esto sin ayuda. Guarda los mensajes y cuéntaselo a un adulto de confianza.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta: ¿qué apps y juegos usan, y dónde está su configuración? Elijan uno y hablen de quién puede ver las publicaciones, quién puede mandar mensajes y quién puede ver la ubicación. ¿Quién les podría ayudar a revisarla?
