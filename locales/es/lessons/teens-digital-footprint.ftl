# SafeSteps — MIT OR Apache-2.0

### Lesson: Your digital footprint (ages 13–17).
### Readers are teenagers, often alone on their phone. Be direct and respectful; never preachy.
### Frame the internet as positive. Teach skills: think first, check settings, clean up.

# Lesson name on the lesson card.
lesson-title = Tu huella digital
# One line under the lesson name.
lesson-summary = Lo que publicas se puede quedar en internet. Así puedes tomar el control.

# Card 1: what a digital footprint is and what stays online.
card-what-stays =
    Tu huella digital es el rastro que dejas en internet.
    Son tus publicaciones, fotos, comentarios, likes y tu bio. También es lo que otras personas publican sobre ti.
    Mucho de eso se puede quedar en internet por años, aunque lo borres.
    Puede haber copias en los celulares de otras personas, en respaldos o en otros sitios.
    Esto no es una razón para dejar de publicar. Estar en internet es una parte importante de la vida, y puede ser increíble.
    Solo quiere decir que conviene pensar en lo que compartes y en quién lo puede ver.
# Card 2: screenshots and tags; not your fault if others share without asking.
card-screenshots-and-tags =
    Una publicación que "desaparece" se puede guardar igual. Cualquiera puede tomar una captura o grabar su pantalla.
    Tus amigos te pueden etiquetar en fotos que tú no elegiste, y esas fotos pueden aparecer en tu perfil.
    Casi todas las apps te dejan quitar una etiqueta, o revisar las etiquetas antes de que aparezcan.
    Si alguien comparte tu publicación o tu foto sin preguntarte, no es tu culpa. La responsabilidad es de quien la compartió.
    Le puedes pedir que la quite, reportarla y contárselo a un adulto de confianza.
# Card 3: location clues.
card-location =
    Algunas publicaciones muestran dónde estás sin que tú lo digas.
    El escudo de una escuela, el letrero de una calle, el número de una casa o una parada de autobús pueden delatar dónde estás.
    La ubicación en tiempo real en las apps de mapas y de chat muestra dónde estás ahora mismo.
    Revisa qué apps pueden ver tu ubicación. Apágala, o compártela solo con personas que conoces bien.
    Publica tus viajes cuando ya estés en casa, no mientras estás ahí.
# Card 4: think before posting.
card-think-first =
    Antes de publicar, tómate unos segundos.
    ¿Me parecería bien que mi familia, mis profes o alguien que me quiera contratar en el futuro vieran esto?
    ¿Es sobre otra persona? ¿Me dijo que sí?
    ¿Lo estoy publicando por enojo, o para desquitarme de alguien?
    Si tienes dudas, espera. Siempre puedes publicarlo después. Una publicación que ya salió es mucho más difícil de recuperar.
# Card 5: cleaning up old posts and checking privacy settings.
card-clean-up =
    De vez en cuando, hazle un chequeo a tu huella.
    Busca tu nombre y tus nombres de usuario para ver qué aparece.
    Revisa tus publicaciones viejas. Borra u oculta lo que ya no va contigo.
    Luego revisa tu configuración de privacidad. ¿Quién puede ver tus publicaciones? ¿Quién te puede etiquetar o mandar mensajes? ¿Quién te puede encontrar por tu número de teléfono?
    Pon tu cuenta en privado si quieres, y revisa tus listas de amigos y seguidores.
# Card 6: a positive footprint, and who to talk to.
card-positive-footprint =
    Tu huella también puede jugar a tu favor.
    Comparte cosas que te enorgullecen: arte, música, deporte, un proyecto, una causa que te importa.
    Los comentarios amables y defender a otras personas muestran quién eres.
    Si hay algo sobre ti en internet y quieres que desaparezca, no eres la única persona a la que le pasa.
    Habla con un adulto de confianza, o toca el botón de Ayuda para encontrar apoyo.

# Question: true or false about posts that disappear.
q-disappearing-post = Una publicación que desaparece después de 24 horas igual la puede guardar otra persona.
    .hint = Piensa en lo que cualquiera puede hacer con su propio celular mientras la publicación está arriba.
    .explanation = Verdadero. Cualquiera puede tomar una captura o grabar su pantalla. Que "desaparezca" solo quiere decir que la app la oculta, no que no exista ninguna copia.
# Feedback if the teen picks "true" (right).
q-disappearing-post-true =
    .feedback = Así es. Una captura se toma en un segundo. Publica pensando que se podría guardar.
# Feedback if the teen picks "false" (wrong).
q-disappearing-post-false =
    .feedback = No del todo. La app puede ocultar la publicación, pero una captura o una grabación de pantalla puede guardar una copia.

# Question: choose all that apply, about clues to where you are.
q-location-clues = ¿Cuáles de estas cosas le podrían mostrar a la gente dónde vives o a qué escuela vas? Elige todas las respuestas que correspondan.
    .hint = ¿Alguien lo podría usar para encontrar un lugar en un mapa?
    .explanation = Los escudos, los letreros de calles y los mapas en tiempo real pueden señalar un lugar real. Un cielo o una canción, no.
# Answer option (shows location).
q-location-clues-school-logo = El escudo de tu escuela en tu ropa
    .feedback = Sí. Un escudo le puede decir a la gente a qué escuela vas.
# Answer option (shows location).
q-location-clues-street-sign = El letrero de una calle detrás de ti
    .feedback = Sí. El nombre de una calle puede señalar dónde vives o dónde te juntas con tus amigos.
# Answer option (shows location).
q-location-clues-live-map = La ubicación en tiempo real prendida en una app de mapas
    .feedback = Sí. La ubicación en tiempo real muestra dónde estás ahora mismo. Compártela solo con personas que conoces bien.
# Answer option (does not show location).
q-location-clues-sunset-sky = Una foto de un atardecer
    .feedback = No del todo. Un cielo, por sí solo, no dice dónde estás.
# Answer option (does not show location).
q-location-clues-favourite-song = Tu canción favorita
    .feedback = No del todo. Una canción no muestra un lugar. Se puede compartir sin problema.

# Question: a scenario about being tagged in a photo you don't like.
q-tagged-photo = ¿Qué podrías hacer con la foto?
    .situation = Alguien de tus amigos publica una foto de grupo de una fiesta y te etiqueta. No te gusta cómo sales, y no quieres que tu familia la vea.
    .hint = Piensa en qué lo resuelve y mantiene bien la amistad.
    .explanation = Pedirle que la quite es el mejor comienzo. Quitar la etiqueta y revisar tu configuración de etiquetas también ayuda. Vengarte o dejar un comentario enojado suele empeorar las cosas.
# Action (best).
q-tagged-photo-ask-to-remove = Escribirle y pedirle que la quite o que me quite la etiqueta.
    .feedback = La mejor opción. Casi todos tus amigos la van a quitar si se lo pides. Si no, la puedes reportar.
# Action (also good).
q-tagged-photo-untag-and-settings = Quitar la etiqueta, y luego configurar la app para revisar las etiquetas antes de que aparezcan.
    .feedback = Buena opción. Así no aparece en tu perfil, y evitas que pase la próxima vez.
# Action (not helpful).
q-tagged-photo-post-one-back = Publicar una foto fea de esa persona para quedar a mano.
    .feedback = No del todo. Es normal que te moleste, pero esto suma a la huella de las dos partes. Pedirlo tiene más probabilidades de funcionar.
# Action (not helpful).
q-tagged-photo-angry-comment = Dejar un comentario enojado debajo de la foto.
    .feedback = No del todo. Un comentario hace que más gente vea la foto. Un mensaje privado funciona mejor.

# Question: single choice about a good question to ask before posting.
q-before-posting = ¿Cuál es una buena pregunta para hacerte antes de publicar?
    .hint = Piensa en quién lo podría ver más adelante, no solo hoy.
    .explanation = Preguntarte "¿Me parecería bien que cualquiera viera esto?" ayuda, porque las publicaciones se pueden guardar y compartir más allá de tus amigos.
# Answer option (right).
q-before-posting-okay-if-seen = ¿Me parecería bien que mi familia, mis profes o alguien que me quiera contratar en el futuro vieran esto?
    .feedback = Así es. Si la respuesta es no, espera o no lo publiques.
# Answer option (wrong).
q-before-posting-enough-likes = ¿Va a tener suficientes likes?
    .feedback = No del todo. Los likes son divertidos, pero no te dicen si una publicación es segura o amable.
# Answer option (wrong).
q-before-posting-friends-only-safe = ¿Solo lo van a ver mis amigos, así que es seguro?
    .feedback = No del todo. Tus amigos pueden tomar capturas y compartirlas. Piensa también en quién lo podría ver más adelante.

# Question: put the clean-up steps in order.
q-clean-up-steps = Pon en orden estos pasos para hacerle un chequeo a tu huella.
    .hint = Primero averigua qué hay en internet. ¿Qué haces al final, para que lo que arreglaste se quede así?
    .explanation = Primero busca para ver qué pueden encontrar otras personas. Revisa tus publicaciones viejas, y luego borra u oculta. Al final, ajusta tu configuración para que lo que arreglaste se quede así.
# Step 1.
q-clean-up-steps-search-your-name = Buscar tu nombre y tus nombres de usuario
    .feedback = Empieza aquí. Te muestra lo que otras personas pueden encontrar.
# Step 2.
q-clean-up-steps-scroll-old-posts = Revisar tus publicaciones viejas
    .feedback = Después, mira lo que publicaste en el pasado.
# Step 3.
q-clean-up-steps-delete-or-hide = Borrar u ocultar las publicaciones que ya no van contigo
    .feedback = Luego quita lo que no quieres que esté en internet.
# Step 4.
q-clean-up-steps-tighten-settings = Revisar quién te puede ver, etiquetar y mandar mensajes
    .feedback = Al final, ajusta tu configuración para que tus nuevas publicaciones lleguen solo a donde tú quieres.

# Question: true or false about private accounts.
q-private-means-safe = Con una cuenta privada, nada de lo que publicas se puede compartir nunca.
    .hint = ¿Quién puede ver todavía una publicación privada, y qué puede hacer con ella?
    .explanation = Falso. Una cuenta privada ayuda mucho, pero tus seguidores igual pueden tomar capturas y compartirlas. Piensa antes de publicar, aunque tu cuenta sea privada.
# Feedback if the teen picks "true" (wrong).
q-private-means-safe-true =
    .feedback = No del todo. La cuenta privada ayuda, pero las personas que te siguen igual pueden guardar y compartir.
# Feedback if the teen picks "false" (right).
q-private-means-safe-false =
    .feedback = Así es. La cuenta privada es una buena opción, pero no es un candado. Tus seguidores igual pueden guardar tus publicaciones.

# Question: choose all that apply, about a positive footprint.
q-build-positive = ¿Cuáles de estas cosas te ayudan a construir una huella que te enorgullezca? Elige todas las respuestas que correspondan.
    .hint = ¿Cuáles te gustaría que cualquiera encontrara?
    .explanation = Compartir tu trabajo, ser amable y apoyar una causa muestran quién eres de verdad. Unirte cuando todos atacan a alguien o contar un secreto lastima a otras personas y se te queda pegado.
# Answer option (helps).
q-build-positive-share-your-work = Publicar tu arte, tu música o un proyecto
    .feedback = Sí. Muestra tus habilidades y lo que te importa.
# Answer option (helps).
q-build-positive-kind-comments = Dejar comentarios amables y útiles
    .feedback = Sí. La amabilidad también es parte de tu huella.
# Answer option (helps).
q-build-positive-support-a-cause = Compartir una causa u organización que apoyas
    .feedback = Sí. Muestra lo que te importa.
# Answer option (does not help).
q-build-positive-join-a-pile-on = Unirte cuando un grupo se burla de alguien
    .feedback = No del todo. Cuando todos atacan a alguien, lastiman a una persona real, y eso se queda en tu huella.
# Answer option (does not help).
q-build-positive-post-a-secret = Publicar el secreto de alguien de tus amigos para dar risa
    .feedback = No del todo. Rompe su confianza, y es su historia para contarla, no la tuya.

# Question: a scenario about an old post.
q-old-joke = ¿Qué podrías hacer con esa publicación vieja?
    .situation = Tienes 16 años. Revisando tus publicaciones viejas, encuentras un chiste cruel sobre alguien de tu salón que publicaste cuando tenías 12.
    .hint = Piensa en la publicación, y en la persona de la que hablaba.
    .explanation = Borrarla y pedir perdón es la mejor opción. Solo borrarla también está bien. Dejarla o esconderte detrás de una cuenta nueva no lo arregla. Las personas crecen; limpiar tu huella lo demuestra.
# Action (best).
q-old-joke-delete-and-apologise = Borrarla, y pedirle perdón a esa persona si me parece bien hacerlo.
    .feedback = La mejor opción. La quitas y te haces responsable. Eso requiere valor.
# Action (also good).
q-old-joke-delete-it = Borrar la publicación.
    .feedback = Buena opción. Ya no está en tu perfil. Pedir perdón también puede ayudar.
# Action (not helpful).
q-old-joke-leave-it = Dejarla. Fue hace años, nadie la va a ver.
    .feedback = No del todo. Las publicaciones viejas sí se encuentran. Todavía la puedes quitar.
# Action (not helpful).
q-old-joke-new-account = Abrir una cuenta nueva y dejar la vieja como está.
    .feedback = No del todo. La cuenta vieja sigue ahí. Límpiala o bórrala.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta: ¿qué sabría alguien sobre ti hoy con solo ver tu perfil público? Hablen de la diferencia entre las publicaciones que se quedan y las publicaciones que te ayudan, y de a quién le podrían pedir ayuda si hay algo sobre ustedes en internet que quieren que desaparezca.
