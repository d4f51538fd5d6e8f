# SafeSteps — MIT OR Apache-2.0

### Lesson: Consent and sharing images (ages 13–17).
### Readers are teenagers, often alone. Be direct, calm and respectful; never preachy.
### Never describe images or acts; say "nude or private image". Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Consentimiento y compartir imágenes
# One line under the lesson name.
lesson-summary = ¿De quién es la foto? Cuándo preguntar, cuándo parar y qué hacer si se comparte una imagen.

# Card 1: consent before sharing anyone's image.
card-ask-first =
    Las fotos y los videos son una parte importante de cómo hablamos en internet. Eso está bien.
    Pero una foto de alguien es en parte de esa persona. Antes de publicarla o mandarla, pregúntale.
    Consentimiento quiere decir un sí claro, dado con libertad. El silencio no es un sí. Un "como quieras" no es un sí.
    Las personas también pueden cambiar de opinión. Si alguien te pide que quites una foto, quítala.
    Tú querrías lo mismo.
# Card 2: never forward a nude or private image.
card-never-forward =
    Nunca reenvíes una imagen íntima o privada de alguien, aunque ya esté circulando.
    Cada vez que se comparte, le hace daño a la persona que sale ahí. La puede seguir por años.
    En muchos países, compartir una imagen íntima de alguien menor de 18 años es un delito. Puede ser así aunque tú también tengas menos de 18.
    No importa quién la mandó primero, ni si esa persona alguna vez se la mandó a alguien. Mandársela a una persona no es un sí para todo el mundo.
# Card 3: what to do if you receive one.
card-if-you-get-one =
    Si alguien te manda una imagen íntima o privada de otra persona:
    No la reenvíes ni se la enseñes a nadie.
    Repórtala en la app. Luego bórrala, y bórrala también de la carpeta de "Eliminados recientemente".
    No guardes una copia, ni siquiera como prueba. Puedes reportar sin quedarte con la imagen.
    Cuéntaselo a un adulto de confianza, para que te ayude a que no se siga compartiendo. No te debe culpar por haberla recibido.
    Si un adulto o alguien desconocido te manda una imagen íntima de quien sea, eso tampoco está bien. Repórtalo y cuéntaselo a alguien.
# Card 4: you can say no; not your fault.
card-you-can-say-no =
    Nadie tiene derecho a presionarte para que mandes una imagen. Ni la persona que te gusta, ni tu pareja, ni alguien de tus amigos, ni alguien desconocido.
    Puedes decir que no, aunque antes hayas compartido. Decir que sí una vez nunca quiere decir que sí otra vez.
    Si compartieron tu imagen sin tu consentimiento, no es tu culpa. Quien la compartió es quien actuó mal, aunque tú se la hayas mandado.
    Tú no causaste esto, y puedes recibir ayuda.
# Card 5: Take It Down, reporting, and who to talk to.
card-getting-it-removed =
    Reporta la publicación en la app. Las imágenes íntimas de menores de 18 van contra las reglas de las apps, y las apps las deben quitar.
    Take It Down (takeitdown.ncmec.org) es una herramienta gratuita del NCMEC. Ayuda a quitar imágenes íntimas de menores de 18 de las apps que participan.
    Crea un hash, que es como una huella dactilar digital de la imagen, en tu propio dispositivo. Solo se envía el hash, nunca la imagen.
    Habla con un adulto de confianza. O toca el botón de Ayuda para encontrar a personas de tu país que te pueden ayudar.

# Question: single choice about posting a funny photo of a friend.
q-funny-photo = Tienes una foto chistosa de alguien de tus amigos. ¿Qué deberías hacer antes de publicarla?
    .hint = ¿De quién es la cara que sale en la foto?
    .explanation = Pregunta primero. Una foto de alguien es en parte de esa persona. Si te dice que no, o luego cambia de opinión, respétalo.
# Answer option (right).
q-funny-photo-ask-them-first = Preguntarle si está bien publicarla.
    .feedback = Así es. Un rápido "¿La puedo subir?" muestra respeto, y casi siempre te van a decir que sí o cuál foto prefieren.
# Answer option (wrong).
q-funny-photo-post-then-delete = Publicarla, y borrarla si se molesta.
    .feedback = No del todo. Para entonces, ya la pueden haber visto o guardado. Preguntar primero es más fácil para las dos partes.
# Answer option (wrong).
q-funny-photo-tag-them = Etiquetar a esa persona para que sepa que ya está publicada.
    .feedback = No del todo. Etiquetar le avisa cuando ya está publicada. Consentimiento quiere decir preguntar antes.

# Question: a scenario about a private image in a group chat.
q-group-chat-image = ¿Qué podrías hacer con la imagen?
    .situation = En un chat grupal, alguien publica una imagen privada de una chica de tu grado. La gente empieza a mandar emojis de risa. Alguien dice: "Pásala al otro grupo".
    .hint = Piensa en la chica de la imagen. ¿Qué evitaría que se siga compartiendo?
    .explanation = No compartirla, reportarla y contárselo a un adulto de confianza es la mejor opción. Borrarla y salirte del chat también está bien. Reenviarla hace que el daño crezca. Reenviarla o guardarla puede ser un delito.
# Action (best).
q-group-chat-image-dont-share-report-tell = No compartirla. Reportarla en la app, borrarla y contárselo a un adulto de confianza.
    .feedback = La mejor opción. Ayudas a frenar que circule, y un adulto puede ayudar a que la quiten. Recibirla no fue tu culpa, e hiciste lo correcto al contarlo.
# Action (also good).
q-group-chat-image-delete-and-leave-chat = Borrarla y salirme del chat.
    .feedback = Buena opción. No eres parte de que circule. Reportarla y contárselo a un adulto también la ayudaría todavía más a ella.
# Action (not helpful).
q-group-chat-image-forward-to-warn = Reenviársela a ella para que sepa que está circulando.
    .feedback = No del todo. Mandarla, aunque sea a ella, igual la hace circular. Díselo con cuidado, con palabras, y cuéntaselo a un adulto.
# Action (not helpful).
q-group-chat-image-save-just-in-case = Guardar una copia, por si alguien necesita pruebas.
    .feedback = No del todo. Quedarte con una copia puede ser un delito, y no la necesitas para reportar. Repórtala y luego bórrala.

# Question: choose all that apply, about why not to forward.
q-why-not-forward = ¿Por qué nunca deberías reenviar una imagen íntima o privada de alguien? Elige todas las respuestas que correspondan.
    .hint = Piensa en la persona que sale ahí, en la ley y en lo que pasa después de que le das enviar.
    .explanation = Le hace daño a esa persona, puede ser un delito y, una vez enviada, se puede esparcir sin que nadie la controle. Quién la mandó primero o qué tanto ya circuló no cambia eso.
# Answer option (right reason).
q-why-not-forward-hurts-the-person = Le hace daño a la persona que sale en la imagen.
    .feedback = Sí. Cada vez que se comparte, le duele más.
# Answer option (right reason).
q-why-not-forward-can-be-a-crime = En muchos lugares, puede ser un delito.
    .feedback = Sí. Compartir una imagen íntima de alguien menor de 18 años es un delito en muchos países.
# Answer option (right reason).
q-why-not-forward-spreads-fast = Una vez que la mandas, no puedes controlar a dónde va.
    .feedback = Sí. Un solo reenvío se puede convertir en cientos de copias.
# Answer option (not a reason to share).
q-why-not-forward-fine-if-already-out = Está bien si ya la tiene mucha gente.
    .feedback = No del todo. Cada vez que se comparte, le sigue haciendo daño. Tú puedes ser quien lo frene.
# Answer option (not a reason to share).
q-why-not-forward-fine-if-they-sent-it = Está bien si esa persona se la mandó primero a alguien.
    .feedback = No del todo. Mandársela a una persona no es un sí para todo el mundo.

# Question: put the steps in order.
q-received-steps = Alguien te manda una imagen íntima de una persona de tu salón. Pon estos pasos en orden. (Puedes contárselo a un adulto de confianza en cualquier momento.)
    .hint = ¿Para qué paso el mensaje todavía tiene que estar ahí?
    .explanation = Primero frena que circule. Reporta mientras el mensaje sigue ahí, para que la app pueda actuar. Luego bórrala, y bórrala también de "Eliminados recientemente" para que no quede ninguna copia.
# Step 1.
q-received-steps-dont-forward = No reenviarla ni enseñársela a nadie
    .feedback = Primero, que se quede contigo. Eso protege a esa persona.
# Step 2.
q-received-steps-report-it = Reportar el mensaje o la cuenta en la app
    .feedback = Reporta mientras todavía la puedes ver, para que la app pueda actuar.
# Step 3.
q-received-steps-delete-it = Borrar la imagen
    .feedback = Luego bórrala. No necesitas quedarte con ella.
# Step 4.
q-received-steps-empty-deleted-folder = Borrarla también de la carpeta de "Eliminados recientemente"
    .feedback = Al final, bórrala también de ahí, para que no quede ninguna copia en tu celular.

# Question: true or false about saying no after saying yes before.
q-said-yes-before = Si antes le mandaste una foto a alguien, igual puedes decir que no la próxima vez.
    .hint = ¿Un sí una vez quiere decir sí para siempre?
    .explanation = Verdadero. El consentimiento es para cada vez. Puedes decir que no ahora, sin importar lo que hiciste antes.
# Feedback if the teen picks "true" (right).
q-said-yes-before-true =
    .feedback = Así es. Puedes decir que no en cualquier momento. Alguien que sigue insistiendo no te está respetando.
# Feedback if the teen picks "false" (wrong).
q-said-yes-before-false =
    .feedback = No del todo. Haber compartido una vez nunca quiere decir que tengas que hacerlo otra vez. Siempre puedes decir que no.

# Question: true or false about blame. The right answer is "false".
q-blame-for-sending = Si alguien comparte tu imagen privada sin tu consentimiento, tú tienes parte de la culpa por haberla mandado.
    .hint = ¿Quién eligió compartirla con otras personas?
    .explanation = Falso. No es tu culpa. Quien la compartió sin tu consentimiento es quien actuó mal. Puedes recibir ayuda para que la quiten.
# Feedback if the teen picks "true" (wrong).
q-blame-for-sending-true =
    .feedback = No del todo. No es tu culpa, aunque tú se la hayas mandado. Esa persona eligió compartirla. Puedes reportarla y recibir ayuda.
# Feedback if the teen picks "false" (right).
q-blame-for-sending-false =
    .feedback = Así es. La culpa es de quien la compartió. Repórtala, cuéntaselo a alguien de confianza y prueba Take It Down.

# Question: single choice about how Take It Down works.
q-take-it-down-how = ¿Cómo mantiene Take It Down tu imagen en privado?
    .hint = Piensa en lo que necesitan las apps para detectar una copia sin verla.
    .explanation = Take It Down crea un hash, que es como una huella dactilar digital, en tu propio dispositivo. Solo se envía el hash. Las apps que participan lo usan para encontrar y quitar copias.
# Answer option (right).
q-take-it-down-how-hash-leaves = Solo sale de tu dispositivo una huella dactilar digital (un hash).
    .feedback = Así es. La imagen se queda contigo. El hash es suficiente para encontrar copias.
# Answer option (wrong).
q-take-it-down-how-image-uploaded = Subes la imagen para que el personal la revise.
    .feedback = No del todo. Nunca mandas la imagen. Solo el hash sale de tu dispositivo.
# Answer option (wrong).
q-take-it-down-how-police-told = Tu nombre se envía a la policía.
    .feedback = No del todo. Take It Down no necesita tu nombre. Solo se envía el hash.

# Question: a scenario about pressure to send an image.
q-pressure-to-send = ¿Qué podrías hacer?
    .situation = Llevas unas semanas hablando con alguien que te gusta. Te escribe: "Todo el mundo lo hace. Yo te mandaría una. Si te importara, me mandarías una foto".
    .hint = ¿Que te importe alguien quiere decir hacer lo que te presiona a hacer?
    .explanation = Decir que no con claridad es la mejor opción. Salirte del chat y contárselo a alguien de confianza también está bien. "Si te importara" es presión, y alguien a quien le importas acepta un no.
# Action (best).
q-pressure-to-send-say-no-clearly = Decir que no: "No voy a mandar eso". No le debo una imagen a nadie.
    .feedback = La mejor opción. Un no claro es suficiente. No tienes que dar una razón.
# Action (also good).
q-pressure-to-send-leave-and-tell = Dejar de responder y hablarlo con alguien de confianza.
    .feedback = Buena opción. No tienes que enfrentar la presión sin apoyo. Si sigue, puedes bloquear y reportar.
# Action (not helpful).
q-pressure-to-send-send-to-keep-them = Mandar una para que no pierda el interés.
    .feedback = No del todo. Alguien que vale la pena no te presiona. Puedes decir que no, y si ya mandaste una, igual puedes recibir ayuda.
# Action (not helpful).
q-pressure-to-send-send-without-face = Mandar una en la que no se vea mi cara.
    .feedback = No del todo. Las imágenes igual se pueden compartir y relacionar contigo. Y nunca tienes que mandar ninguna.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta: ¿cómo se ve el consentimiento cuando compartes la foto de alguien de tus amigos? ¿Por qué las imágenes privadas se esparcen tan rápido, y qué podría hacer una sola persona en un chat grupal para frenarlo? Recuérdale al grupo que nunca es culpa de la persona que sale en la imagen.
