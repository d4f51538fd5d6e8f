# SafeSteps — MIT OR Apache-2.0

### Lesson: Personal info and passwords (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Keep sentences short. Teach skills, not fear.

# Lesson name on the lesson card.
lesson-title = Datos personales y contraseñas
# One line under the lesson name.
lesson-summary = Aprende qué datos mantener en privado, cómo crear una contraseña segura y qué hacer si alguien se mete a tu cuenta.

# Card 1: what personal info is.
card-what-is-personal-info =
    Tus datos personales son todo lo que muestra quién eres o dónde encontrarte.
    Son tu nombre completo, la dirección de tu casa y tu número de teléfono.
    Son el nombre de tu escuela y el lugar donde estás ahora mismo.
    Una foto tuya con el uniforme de la escuela también puede mostrar tu escuela.
    Guárdalos para las personas que conoces y en quienes confías en la vida real.
# Card 2: people in games and chat may ask for personal info.
card-games-and-chat =
    Los juegos y las apps de chat son divertidos. A veces alguien ahí te pregunta dónde vives o a qué escuela vas.
    No tienes que contestar. Está bien decir que no.
    Usa un apodo, no tu nombre real.
    Mantén tu ubicación apagada.
    ¿Tienes dudas? Primero pregúntale a un adulto de confianza.
# Card 3: strong passwords and passphrases.
card-strong-passwords =
    Una contraseña segura es larga y difícil de adivinar.
    Prueba con una frase de contraseña. Elige cuatro palabras al azar, como "rana luna pastel tambor".
    Luego inventa la tuya. No uses esta.
    No uses tu nombre, el nombre de tu mascota ni tu cumpleaños. Otras personas los pueden adivinar.
    Usa una contraseña distinta para cada app o juego.
    Un adulto de confianza te puede ayudar a no olvidarlas.
# Card 4: never share passwords, even with friends.
card-keep-it-yours =
    Tu contraseña es solo para ti y los adultos que te cuidan.
    No se la des a nadie, ni a tu mejor amigo o amiga.
    Los amigos a veces se pelean. Y alguien podría pasarla a otra persona sin querer.
    Entonces alguien podría entrar como si fuera tú y publicar cosas.
    Si alguien de tus amigos te la pide, puedes decir: "Perdón, mis contraseñas son privadas".
# Card 5: if an account is taken over; not the child's fault; who to tell.
card-account-taken =
    ¿Alguien se metió a tu cuenta? Tal vez cambió tu contraseña o publicó cosas como si fuera tú.
    No es tu culpa.
    Cuéntaselo de inmediato a un adulto de confianza. Te puede ayudar a cambiar tus contraseñas, reportarlo en la app y recuperar tu cuenta.
    También puedes tocar Ayuda para encontrar a alguien con quien hablar.

# Question: multiple choice, "choose all that apply".
q-which-is-personal = ¿Cuáles de estos son datos personales? Elige todas las respuestas que correspondan.
    .hint = Pregúntate: ¿esto podría ayudar a alguien a encontrarme o a saber quién soy?
    .explanation = Tu nombre completo, tu dirección y tu escuela son datos personales. Una foto con tu uniforme también. Tu juego y tu comida favoritos se pueden compartir sin problema.
# Answer option (personal info).
q-which-is-personal-full-name = Mi nombre completo
    .feedback = Tu nombre completo es un dato personal. En los juegos usa un apodo.
# Answer option (personal info).
q-which-is-personal-home-address = La dirección de mi casa
    .feedback = Tu dirección muestra dónde vives. Mantenla en privado.
# Answer option (personal info).
q-which-is-personal-school-name = El nombre de mi escuela
    .feedback = Tu escuela muestra dónde estás durante el día. Mantenla en privado.
# Answer option (personal info).
q-which-is-personal-uniform-photo = Una foto mía con el uniforme de la escuela
    .feedback = Un uniforme puede mostrar a qué escuela vas. Así que también es un dato personal.
# Answer option (not personal info).
q-which-is-personal-favourite-game = Mi juego favorito
    .feedback = No del todo. Tu juego favorito se puede compartir sin problema. No muestra dónde estás.
# Answer option (not personal info).
q-which-is-personal-favourite-food = Mi comida favorita
    .feedback = No del todo. Tu comida favorita se puede compartir sin problema. No muestra quién eres.

# Question: single choice about the strongest password.
q-strongest-password = ¿Cuál contraseña es la más segura?
    .hint = ¿Cuál sería la más difícil de adivinar para otra persona?
    .explanation = Cuatro palabras al azar forman una frase de contraseña segura. Es larga y difícil de adivinar, pero fácil de recordar para ti.
# Answer option (right).
q-strongest-password-four-random-words = lámpara tigre lluvia calcetín
    .feedback = ¡Sí! Cuatro palabras al azar son largas y difíciles de adivinar. Eso hace una frase de contraseña segura.
# Answer option (wrong).
q-strongest-password-name-and-birthday = Tu nombre y tu cumpleaños
    .feedback = No del todo. Mucha gente sabe tu nombre y tu cumpleaños. Son fáciles de adivinar.
# Answer option (wrong).
q-strongest-password-password-123 = contraseña123
    .feedback = No del todo. Es de las contraseñas más usadas. Es muy fácil de adivinar.
# Answer option (wrong).
q-strongest-password-pet-name = El nombre de tu mascota
    .feedback = No del todo. Tus amigos y quienes ven tus publicaciones pueden saber cómo se llama tu mascota. Es fácil de adivinar.

# Question: true or false about sharing a password with a best friend.
q-best-friend-password = Está bien darle tu contraseña a tu mejor amigo o amiga.
    .hint = ¿Qué podría pasar si se pelean?
    .explanation = Tu contraseña es solo para ti y los adultos que te cuidan. Ni tu mejor amigo o amiga la necesita.
# Feedback if the child picks "true" (wrong).
q-best-friend-password-true =
    .feedback = No del todo. Tener un mejor amigo o amiga es genial. Pero los amigos a veces se pelean, o pasan una contraseña a otra persona sin querer. Mantenla en privado.
# Feedback if the child picks "false" (right).
q-best-friend-password-false =
    .feedback = ¡Sí! Tu contraseña es solo para ti y los adultos que te cuidan. Una verdadera amistad lo va a entender.

# Question: a scenario. The situation is shown first, then the question.
q-player-asks-school = ¿Qué podría hacer Mia?
    .situation = Mia, de 10 años, juega un juego de construir. Alguien que conoció la semana pasada en el juego le dice: "¿A qué escuela vas? ¡Seguro la conozco!".
    .hint = ¿El nombre de una escuela es un dato personal? ¿Quién podría ayudar?
    .explanation = La escuela de Mia es un dato personal. No tiene que decirla. Lo mejor es mantenerla en privado y contárselo a un adulto de confianza.
# Action (best).
q-player-asks-school-keep-private-tell-adult = No decirla. Contárselo a un adulto de confianza.
    .feedback = ¡La mejor opción! Mia mantiene su escuela en privado. Un adulto de confianza la puede ayudar si esa persona sigue preguntando.
# Action (also good).
q-player-asks-school-say-no-thanks = Decir "Eso no lo comparto" y seguir jugando.
    .feedback = Buena opción. Mia mantiene sus datos en privado. Si esa persona vuelve a preguntar, puede contárselo a un adulto y bloquearla.
# Action (not helpful).
q-player-asks-school-tell-school = Decírsela. Parece buena persona.
    .feedback = No del todo. Que alguien parezca buena persona no muestra quién es. Su escuela es un dato personal, así que puede mantenerla en privado.
# Action (not helpful).
q-player-asks-school-send-uniform-selfie = Mandar una selfie con su uniforme para que adivine.
    .feedback = No del todo. Una foto con el uniforme también muestra su escuela. Lo mejor es mantenerla en privado.

# Question: sort things into two groups.
q-share-or-keep = Pon cada cosa en el grupo donde va.
    .hint = ¿Podría ayudar a alguien a encontrarte o a entrar a tu cuenta?
    .explanation = Tu banda favorita y tu apodo del juego se pueden compartir. Tu número de teléfono, tu contraseña y dónde estás ahora mismo son privados.
# Group name.
q-share-or-keep-okay-to-share = Se puede compartir
# Group name.
q-share-or-keep-keep-private = Es privado
# Item to sort (okay to share).
q-share-or-keep-favourite-band = Mi banda favorita
    .feedback = Tu banda favorita es divertida de compartir. No muestra dónde estás.
# Item to sort (okay to share).
q-share-or-keep-game-nickname = Mi apodo del juego
    .feedback = Un apodo se puede compartir. Por eso es mejor que tu nombre real.
# Item to sort (keep private).
q-share-or-keep-phone-number = Mi número de teléfono
    .feedback = Con tu número, la gente te puede llamar o mandar mensajes. Mantenlo en privado.
# Item to sort (keep private).
q-share-or-keep-my-password = Mi contraseña
    .feedback = Tu contraseña protege tu cuenta. Es solo para ti y los adultos que te cuidan.
# Item to sort (keep private).
q-share-or-keep-where-i-am-now = Dónde estoy ahora mismo
    .feedback = Dónde estás ahora mismo es privado. Podría ayudar a alguien a encontrarte.

# Question: single choice about a selfie in school uniform.
q-uniform-selfie = Jay quiere publicar una selfie con el uniforme de su escuela en una app de videos. ¿En qué debería pensar?
    .hint = Mira lo que lleva puesto. ¿Qué le podría decir a la gente?
    .explanation = Un uniforme puede mostrar a qué escuela vas. Jay podría tomarse la foto con otra ropa, o primero preguntarle a un adulto de confianza.
# Answer option (right).
q-uniform-selfie-shows-school = El uniforme puede mostrarle a la gente a qué escuela va.
    .feedback = ¡Sí! Un escudo o unos colores pueden mostrar su escuela. Podría publicar una foto con otra ropa.
# Answer option (wrong).
q-uniform-selfie-no-risk = En nada. Una foto es solo una foto.
    .feedback = No del todo. Las fotos pueden mostrar cosas como tu escuela, tu calle o tu casa.
# Answer option (wrong).
q-uniform-selfie-only-bad-if-ugly = Solo importa si sale chistoso en la foto.
    .feedback = No del todo. Cómo se ve es decisión de Jay. Lo que hay que pensar es qué muestra la foto.

# Question: single choice about an account being taken over.
q-coins-gone = Zoe entra a su juego. Sus monedas desaparecieron y su contraseña cambió. ¿Qué debería hacer primero?
    .hint = ¿Quién puede ayudar a Zoe a recuperar su cuenta?
    .explanation = Zoe debería contárselo de inmediato a un adulto de confianza. La puede ayudar a cambiar sus contraseñas y reportarlo en el juego. No es su culpa.
# Answer option (right).
q-coins-gone-tell-adult-now = Contárselo de inmediato a un adulto de confianza.
    .feedback = ¡Sí! Un adulto puede ayudar a Zoe a reportarlo y recuperar su cuenta. No es su culpa.
# Answer option (wrong).
q-coins-gone-keep-quiet = Quedarse callada y esperar que pare.
    .feedback = No del todo. Si no dice nada, esa persona puede seguir usando su cuenta. Contárselo a un adulto ayuda.
# Answer option (wrong).
q-coins-gone-new-account-secretly = Hacer una cuenta nueva y no decirle a nadie.
    .feedback = No del todo. Esa persona todavía puede usar su cuenta anterior. Un adulto la puede ayudar a recuperarla y a reportarlo.

# Question: true or false about telling after an account is taken over.
q-telling-helps = Si alguien se mete a tu cuenta, contárselo a un adulto te puede ayudar a recuperarla.
    .hint = Vuelve a mirar la tarjeta sobre cuando alguien se mete a tu cuenta.
    .explanation = Sí. Un adulto de confianza te puede ayudar a cambiar tus contraseñas y reportarlo en la app. También puedes tocar Ayuda.
# Feedback if the child picks "true" (right).
q-telling-helps-true =
    .feedback = ¡Sí! Contárselo a un adulto es el mejor primer paso. No es tu culpa, y te puede ayudar.
# Feedback if the child picks "false" (wrong).
q-telling-helps-false =
    .feedback = No del todo. Un adulto de confianza te puede ayudar a reportarlo y recuperar tu cuenta. No tienes que arreglarlo sin ayuda.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta: ¿qué datos personales podría revelar una foto o un chat sin que nos demos cuenta? Inventen juntos una frase de contraseña chistosa de cuatro palabras (que no usen de verdad). Luego hablen de a quién se lo contarían si alguien se metiera a su cuenta.
