# SafeSteps — MIT OR Apache-2.0

### Lesson: My private information (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words.

# Lesson name on the lesson card.
lesson-title = Mis cosas privadas
# One line under the lesson name.
lesson-summary = Algunas cosas sobre ti son solo para ti y los adultos que te cuidan. Vamos a ver cuáles son.

# Card 1: what private information is.
card-private-things =
    Algunas cosas sobre ti son solo para ti y los adultos que te cuidan.
    Dónde vives es una.
    Tu número de teléfono es otra.
    Tu contraseña también.
    A estas cosas les decimos privadas.
    .together = Pregúntale: "¿Qué cosas sobre ti son privadas?". Buenas respuestas: dónde vive, su número de teléfono, su contraseña.
# Card 2: games and chat on a tablet or phone.
card-games-and-chats =
    ¡Los juegos y los chats pueden ser divertidos!
    A veces un juego o un chat te pregunta dónde vives.
    O a qué escuela vas.
    No tienes que decirlo.
    .together = Pregúntale: "¿Qué puedes decir si un juego te pregunta dónde vives?". Una buena respuesta: "No tengo que decirlo", y luego preguntarte a ti.
# Card 3: check with a grown-up before sharing.
card-ask-first =
    ¿No sabes si puedes compartir algo?
    Detente y primero pregúntale a un adulto de confianza.
    Preguntar siempre está bien.
    .together = Dile a tu hijo o hija: "Siempre me puedes preguntar, aunque me veas haciendo otra cosa". Practiquen una vez cómo te pregunta.
# Card 4: who to tell; never the child's fault.
card-tell-someone =
    ¿Algo en internet te hace sentir mal?
    No es tu culpa.
    Cuéntaselo a un adulto de confianza.
    No se va a enojar contigo.
    Toca el botón de Ayuda para encontrar a alguien con quien hablar.
    .together = Pregúntale: "¿Algo en internet te ha hecho sentir mal?". Si tu hijo o hija te cuenta algo preocupante, mantén la calma, dale las gracias y dile que no es su culpa.

# Question: a single choice about a home address.
q-address = Un juego te pregunta: "¿Dónde vives?". ¿Qué haces?
    .hint = Piensa quién necesita saber dónde vives.
    .explanation = Dónde vives es privado. Es solo para ti y los adultos que te cuidan.
# Answer option (right).
q-address-keep-it = No lo escribo. Le digo a un adulto.
    .feedback = ¡Sí! Tu dirección es privada. Un adulto de confianza te puede ayudar.
# Answer option (wrong).
q-address-type-it = Lo escribo en el juego.
    .feedback = No del todo. Dónde vives es privado. Es solo para ti y los adultos que te cuidan.
# Answer option (wrong).
q-address-say-it-loud = Lo digo en el chat de voz.
    .feedback = No del todo. Decirlo en voz alta también es compartirlo. Dónde vives es solo para ti y los adultos que te cuidan.

# Question: sort things into two groups.
q-share-or-keep = Pon cada cosa en la caja donde va.
    .hint = ¿Puede ayudar a alguien a encontrarte, o a entrar a tus juegos?
    .explanation = Los colores y los animales son divertidos de compartir. Dónde vives es privado. Tu contraseña y tu escuela también.
# Group name.
q-share-or-keep-okay-to-share = Puedo compartirlo
# Group name.
q-share-or-keep-keep-private = Es privado
# Item to sort (okay to share).
q-share-or-keep-favourite-colour = Mi color favorito
    .feedback = Tu color favorito es divertido de compartir. No le dice a nadie dónde estás.
# Item to sort (keep private).
q-share-or-keep-home-address = La dirección de mi casa
    .feedback = Dónde vives es privado. Le dice a la gente dónde encontrarte.
# Item to sort (keep private).
q-share-or-keep-password = Mi contraseña
    .feedback = Tu contraseña es privada. Cuida tus juegos y tus cosas.
# Item to sort (okay to share).
q-share-or-keep-favourite-animal = Mi animal favorito
    .feedback = Tu animal favorito es divertido de compartir. No le dice a nadie dónde estás.
# Item to sort (keep private).
q-share-or-keep-school-name = El nombre de mi escuela
    .feedback = El nombre de tu escuela es privado. Le dice a la gente dónde estás durante el día.

# Question: true or false about sharing a password with friends.
q-password-for-friends = Está bien decirle mi contraseña a un amigo o amiga.
    .hint = ¿Quién debe saber tu contraseña?
    .explanation = Tu contraseña es solo para ti y los adultos que te cuidan. Ni tus mejores amigos la necesitan.
# Feedback if the child picks "true" (wrong).
q-password-for-friends-true =
    .feedback = No del todo. Tener amigos es genial. Pero tu contraseña es solo para ti y los adultos que te cuidan.
# Feedback if the child picks "false" (right).
q-password-for-friends-false =
    .feedback = ¡Sí! Tu contraseña es solo para ti y los adultos que te cuidan.

# Question: a single choice about a game asking for the child's school.
q-game-asks-school = Alguien nuevo en un juego te pregunta: "¿A qué escuela vas?". ¿Qué haces?
    .hint = ¿El nombre de tu escuela es privado?
    .explanation = El nombre de tu escuela es privado. Primero pregúntale a un adulto de confianza.
# Answer option (right).
q-game-asks-school-ask-a-grown-up = Todavía no lo digo. Le pregunto a un adulto.
    .feedback = ¡Sí! Preguntarle a un adulto es muy buena idea. Te puede ayudar a decidir qué hacer.
# Answer option (wrong).
q-game-asks-school-tell-them = Se lo digo. Somos amigos.
    .feedback = No del todo. Los amigos de los juegos pueden ser divertidos, pero tu escuela es privada. Primero pregúntale a un adulto.
# Answer option (wrong).
q-game-asks-school-make-it-a-secret = Se lo digo y lo guardo en secreto.
    .feedback = No del todo. Un secreto que se siente raro es para contarlo. Primero pregúntale a un adulto.

# Question: true or false about telling a grown-up after a mistake.
q-told-by-mistake = ¿Te equivocaste en internet? Igual se lo puedes contar a un adulto.
    .hint = ¿Un adulto todavía te puede ayudar?
    .explanation = Sí. Todo el mundo se equivoca. Siempre puedes pedir ayuda, aunque sea después. Un adulto quiere ayudarte.
# Feedback if the child picks "true" (right).
q-told-by-mistake-true =
    .feedback = ¡Sí! Siempre puedes contarlo. Un adulto de confianza te va a ayudar.
# Feedback if the child picks "false" (wrong).
q-told-by-mistake-false =
    .feedback = No del todo. Siempre se lo puedes contar a un adulto, aunque te hayas equivocado. Quiere ayudarte.

# Question: a single choice about a game friend offering a gift for the child's address.
q-gift-for-address = Alguien que conoces de un juego te dice: "Dime dónde vives. ¡Te voy a mandar un regalo!". ¿Qué haces?
    .hint = ¿Dónde vives es privado, aunque sea por un regalo?
    .explanation = Dónde vives es privado, aunque alguien diga que te va a mandar un regalo. Di que no y cuéntaselo a un adulto de confianza.
# Answer option (right).
q-gift-for-address-say-no-and-tell = Digo que no y le cuento a un adulto.
    .feedback = ¡Sí! Dónde vives es privado. Un adulto de confianza te puede ayudar.
# Answer option (wrong).
q-gift-for-address-tell-for-the-gift = Se lo digo para que me manden el regalo.
    .feedback = No del todo. Un regalo es divertido, pero dónde vives es privado. Di que no y cuéntaselo a un adulto.
# Answer option (wrong).
q-gift-for-address-tell-and-keep-secret = Se lo digo y lo guardo en secreto.
    .feedback = No del todo. Dónde vives es privado. Y un secreto así es para contárselo a un adulto.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Pregúntale a tu hijo o hija: "¿Qué cosas sobre ti son privadas?". Luego hagan juntos una lista de adultos a quienes les puede contar si un juego o un chat le pide cosas privadas.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = En casa, nombren juntos las cosas privadas de la familia (su dirección, sus números de teléfono y sus contraseñas) y pónganse de acuerdo en que se quedan en la familia. Las contraseñas las guardan los adultos.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pide al grupo que nombre cosas que son divertidas de compartir y cosas que son privadas. ¿Por qué importa la diferencia? ¿A quién le podrían preguntar antes de compartir?
