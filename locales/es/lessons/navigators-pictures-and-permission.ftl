# SafeSteps — MIT OR Apache-2.0

### Lesson: Pictures and permission (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Name actions and feelings; never describe images or abuse.

# Lesson name on the lesson card.
lesson-title = Fotos y permiso
# One line under the lesson name.
lesson-summary = Aprende a preguntar antes de publicar, a pensar antes de compartir y qué hacer si alguien te pide fotos.

# Card 1: ask before posting photos of other people.
card-ask-first =
    Las fotos y los videos son una forma divertida de compartir lo que haces.
    Pero antes de publicar una foto de un amigo o una amiga, pregúntale primero.
    Hay personas que no quieren su foto en internet, y eso está bien.
    Si te dice que no, no la publiques.
    Esto vale también para las fotos de grupo y los videos chistosos.
# Card 2: think before sharing your own photos.
card-think-before-sharing =
    Antes de publicar una foto tuya, detente y piensa.
    ¿Quién la podría ver? ¿Muestra tu escuela, tu calle o dónde estás?
    Cuando una foto está en internet, otras personas la pueden copiar y compartir.
    No siempre la puedes recuperar.
    ¿Tienes dudas? Pregúntale a un adulto de confianza.
# Card 3: never share someone else's private picture.
card-private-pictures =
    Algunas fotos son privadas, o son solo para una persona.
    Nunca compartas la foto privada de otra persona. No la reenvíes, no la publiques, no se la muestres a nadie.
    Compartirla le puede hacer mucho daño.
    Si alguien te manda una, no la guardes ni la pases. Cuéntaselo a un adulto de confianza.
# Card 4: if someone asks for pictures: say no and tell.
card-if-someone-asks =
    Alguien te podría pedir una foto que te hace dudar.
    Podría ser alguien desconocido, alguien que conoces de internet o alguien que conoces en persona.
    Siempre puedes decir que no. Nadie debe pedirle a una niña o a un niño fotos sin ropa.
    Pedirte que lo guardes en secreto también es una señal de alerta.
    Di que no, deja de responder y cuéntaselo a un adulto de confianza.
# Card 5: not the child's fault; help is there; Help screen.
card-not-your-fault =
    Si alguien te presionó para mandar una foto, o compartió una foto tuya, no es tu culpa.
    Igual puedes pedir ayuda, aunque antes hayas mandado algo.
    Cuéntaselo a un adulto de confianza. Te puede ayudar a reportarlo y a que la quiten.
    También puedes tocar Ayuda para encontrar a alguien con quien hablar.

# Question: single choice about posting a photo of friends.
q-lunch-photo = Tomaste una foto chistosa de tus amigos en el recreo. La quieres publicar. ¿Qué deberías hacer primero?
    .hint = ¿De quién es la foto? ¿Quién decide?
    .explanation = Pregúntales a todas las personas de la foto antes de publicarla. Si alguien dice que no, no la publiques.
# Answer option (right).
q-lunch-photo-ask-everyone = Preguntarles a todas las personas de la foto si está bien.
    .feedback = ¡Sí! Todas las personas de la foto tienen voz. Si una dice que no, no la subas.
# Answer option (wrong).
q-lunch-photo-post-and-tag = Publicarla y etiquetarlos para que la vean.
    .feedback = No del todo. Etiquetar no es lo mismo que preguntar. Pregunta primero.
# Answer option (wrong).
q-lunch-photo-post-then-delete = Publicarla, y quitarla si alguien se molesta.
    .feedback = No del todo. Para entonces, ya la pueden haber visto o guardado. Pregunta primero.

# Question: true or false about posting after a friend says no.
q-friend-says-no = Si un amigo o una amiga dice que no, igual puedes publicar su foto si salió bien.
    .hint = Cuando la foto muestra a alguien de tus amigos, ¿de quién es la decisión?
    .explanation = Cada quien decide qué se publica sobre su persona. Si te dice que no, no la publiques.
# Feedback if the child picks "true" (wrong).
q-friend-says-no-true =
    .feedback = No del todo. Hasta una foto muy buena necesita un sí. Si te dice que no, no la subas.
# Feedback if the child picks "false" (right).
q-friend-says-no-false =
    .feedback = ¡Sí! No es no, aunque la foto esté genial. Así demuestras respeto.

# Question: a scenario. The situation is shown first, then the question.
q-group-chat-photo = ¿Qué podrías hacer?
    .situation = Alguien en el chat grupal de tu salón manda una foto privada de alguien del salón. Hay gente mandando emojis de risa.
    .hint = ¿Cómo se podría sentir esa persona? ¿Quién podría ayudar a pararlo?
    .explanation = No la reenvíes. Cuéntaselo a un adulto de confianza y repórtala en la app. Preguntarle a esa persona cómo está también ayuda. Compartirla o reírte le hace más daño.
# Action (best).
q-group-chat-photo-dont-share-tell-adult = No reenviarla. Contárselo a un adulto de confianza.
    .feedback = ¡La mejor opción! Un adulto puede ayudar a que quiten la foto. Nadie te debe culpar por contarlo.
# Action (also good).
q-group-chat-photo-report-and-check-in = Reportar la foto en la app, y preguntarle a esa persona si está bien.
    .feedback = Buena opción. Reportar ayuda, y tu amabilidad importa. Cuéntaselo también a un adulto.
# Action (not helpful).
q-group-chat-photo-send-it-on = Mandársela a alguien de tus amigos para preguntarle qué piensa.
    .feedback = No del todo. Reenviarla la comparte todavía más. No la pases. Cuéntaselo a un adulto de confianza.
# Action (not helpful).
q-group-chat-photo-laugh-along = Mandar un emoji de risa para no quedar fuera.
    .feedback = No del todo. Puede ser difícil no unirte. Pero reírte con los demás le puede hacer más daño a esa persona.

# Question: a scenario. The situation is shown first, then the question.
q-nico-asked = ¿Qué podría hacer Nico?
    .situation = Nico, de 11 años, lleva semanas chateando con un jugador llamado Max. Max le dice: "Mándame una foto tuya. Solo para mí. No le digas a nadie".
    .hint = Busca una señal de alerta. ¿Nico puede decir que no?
    .explanation = Pedir una foto y pedir un secreto son señales de alerta. Nico puede decir que no y contárselo a un adulto de confianza. Bloquear y reportar a Max también ayuda.
# Action (best).
q-nico-asked-say-no-tell-adult = Decir que no. Contárselo a un adulto de confianza.
    .feedback = ¡La mejor opción! Nico siempre puede decir que no. Un adulto lo puede ayudar a reportar a Max y a estar a salvo.
# Action (also good).
q-nico-asked-stop-block-report = Dejar de responder. Guardar el chat, y luego bloquear y reportar a Max.
    .feedback = Buena opción. Guardar el chat ayuda cuando reportas. Contárselo también a un adulto es todavía mejor.
# Action (not helpful).
q-nico-asked-send-face-only = Mandar una foto solo de su cara.
    .feedback = No del todo. Max le pidió a Nico que lo guardara en secreto. Esa es una señal de alerta. Nico puede decir que no.
# Action (not helpful).
q-nico-asked-send-to-keep-friend = Mandarla para que Max siga siendo su amigo.
    .feedback = No del todo. Un amigo de verdad acepta un no como respuesta. Nico puede decir que no y contárselo a un adulto.

# Question: multiple choice, "choose all that apply".
q-before-you-post = Antes de publicar una foto tuya, ¿qué conviene revisar? Elige todas las respuestas que correspondan.
    .hint = ¿Qué cosas podrían ayudar a alguien a encontrarte?
    .explanation = Revisa si se ve el escudo de tu escuela, tu calle o tu casa, si tiene tu ubicación y quién puede ver la publicación. Los likes y los filtros no cambian tu seguridad.
# Answer option (good to check).
q-before-you-post-school-logo = ¿Se ve el escudo de mi escuela?
    .feedback = Conviene revisarlo. Un escudo puede mostrar a qué escuela vas.
# Answer option (good to check).
q-before-you-post-street-or-house = ¿Se ve mi calle o mi casa?
    .feedback = Conviene revisarlo. El letrero de una calle o una casa puede mostrar dónde vives.
# Answer option (good to check).
q-before-you-post-who-can-see = ¿Quién puede ver esta publicación?
    .feedback = Conviene revisarlo. Déjala solo para personas que conoces en la vida real.
# Answer option (good to check).
q-before-you-post-location-tag = ¿Tiene etiquetada mi ubicación?
    .feedback = Conviene revisarlo. Una etiqueta de ubicación muestra dónde estás. Quítala.
# Answer option (not about safety).
q-before-you-post-how-many-likes = ¿Va a tener muchos likes?
    .feedback = No del todo. Los likes son divertidos, pero no te cuidan.
# Answer option (not about safety).
q-before-you-post-coolest-filter = ¿Qué filtro se ve mejor?
    .feedback = No del todo. El filtro lo decides tú. No cambia quién puede ver la foto.

# Question: true or false about photos being copied.
q-copied-and-shared = Cuando una foto está en internet, otras personas la pueden copiar y compartir.
    .hint = Piensa en las capturas de pantalla.
    .explanation = Sí. Otras personas pueden tomar capturas de pantalla o guardar fotos. Por eso es bueno pensar antes de publicar.
# Feedback if the child picks "true" (right).
q-copied-and-shared-true =
    .feedback = ¡Sí! Una captura de pantalla se toma en un segundo. Así que piensa antes de publicar.
# Feedback if the child picks "false" (wrong).
q-copied-and-shared-false =
    .feedback = No del todo. Aunque borres una foto, alguien la puede haber guardado antes.

# Question: sort photos into three groups.
q-post-ask-or-never = Pon cada foto en el grupo donde va.
    .hint = ¿Quién sale en la foto? ¿Era para ser privada?
    .explanation = Tu propio dibujo o un atardecer se pueden publicar. Las fotos de tus amigos primero necesitan un sí. Las fotos privadas de otras personas nunca te toca compartirlas.
# Group name.
q-post-ask-or-never-okay-to-post = Se puede publicar
# Group name.
q-post-ask-or-never-ask-first = Primero pregunta
# Group name.
q-post-ask-or-never-never-share = Nunca compartir
# Item to sort (okay to post).
q-post-ask-or-never-my-drawing = Una foto de mi dibujo
    .feedback = Tu propio dibujo es tuyo para compartir. Solo revisa que no tenga tu nombre.
# Item to sort (okay to post).
q-post-ask-or-never-sunset = Una foto de un atardecer
    .feedback = Un atardecer se puede publicar. Solo revisa que la ubicación esté apagada.
# Item to sort (ask first).
q-post-ask-or-never-friend-at-party = Mi amigo o amiga en una fiesta
    .feedback = Primero pregunta. Tu amigo o amiga decide si se publica.
# Item to sort (ask first).
q-post-ask-or-never-team-photo = Mi equipo después de un partido
    .feedback = Primero pregunta. Todas las personas de la foto tienen voz.
# Item to sort (never share).
q-post-ask-or-never-photo-sent-just-to-me = Una foto que alguien me mandó solo a mí
    .feedback = Nunca la compartas. Era solo para ti.
# Item to sort (never share).
q-post-ask-or-never-classmate-private-photo = Una foto privada de alguien de mi salón
    .feedback = Nunca la compartas. Le puede hacer mucho daño. Cuéntaselo a un adulto de confianza.

# Question: true or false about getting help after sending a photo. The right answer is "true".
q-sent-before = Si ya mandaste una foto, igual puedes decir que no a mandar más y pedir ayuda.
    .hint = ¿Decir que sí una vez quiere decir que siempre tienes que decir que sí?
    .explanation = Puedes decir que no en cualquier momento. No es tu culpa, y un adulto de confianza te puede ayudar. También puedes tocar Ayuda.
# Feedback if the child picks "true" (right).
q-sent-before-true =
    .feedback = ¡Sí! Siempre puedes decir que no. Siempre se lo puedes contar a alguien, aunque sea después.
# Feedback if the child picks "false" (wrong).
q-sent-before-false =
    .feedback = No del todo. Puedes decir que no en cualquier momento. No es tu culpa, y siempre hay ayuda.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta: ¿cómo te sentirías si alguien publicara una foto tuya sin preguntarte? ¿Qué le podrías decir a alguien de tus amigos que quiere compartir la foto privada de otra persona? ¿Quién podría ayudar si alguien te pide fotos?
