# SafeSteps — MIT OR Apache-2.0

### Lesson: My safety circle (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. A safety circle is the child's team of trusted grown-ups.

# Lesson name on the lesson card.
lesson-title = Mi círculo de seguridad
# One line under the lesson name.
lesson-summary = Tu círculo de seguridad es tu equipo de adultos que te ayudan. Vamos a encontrar el tuyo.

# Card 1: what a safety circle is.
card-what-is-a-circle =
    Tu círculo de seguridad es tu equipo de adultos.
    Te ayudan cuando sientes tristeza o miedo.
    Te escuchan.
    Te ayudan a estar a salvo.
    .together = Pregúntale: "¿Quién te ayuda a sentirte a salvo?". Cualquier adulto en quien tu hijo o hija confíe es una buena respuesta.
# Card 2: who can be in it (home, school, family friends); more than one.
card-pick-your-team =
    ¿Quién está en tu círculo?
    Puede ser tu mamá, tu papá o quien te cuida.
    Puede ser tu abuela o tu tía.
    Puede ser tu maestra o tu maestro, o un amigo de tu familia.
    ¡Puedes elegir a más de una persona!
    .together = Ayuda a tu hijo o hija a elegir al menos a dos adultos: uno de la casa y otro de fuera de la casa, como su maestra o su maestro.
# Card 3: how to tell a grown-up.
card-how-to-tell =
    ¿Cómo se lo cuentas?
    Ve con un adulto de tu círculo.
    Dile: "Te tengo que contar algo".
    ¿Está ocupado? Díselo otra vez.
    O ve con el siguiente adulto.
    .together = Practiquen juntos: tu hijo o hija dice "Te tengo que contar algo", y tú dejas lo que estás haciendo y escuchas.
# Card 4: even people we know can do things that are not okay; tell someone else.
card-not-okay =
    Hasta alguien que conocemos puede hacer cosas que no están bien.
    Eso no es tu culpa.
    Se lo puedes contar a un adulto de tu círculo.
    Sigue contándolo hasta que te ayuden.
    .together = Dile con calma: "Hasta alguien que conocemos puede hacer algo que no está bien. Siempre me lo puedes contar". Si tu hijo o hija te cuenta algo, dale las gracias y mantén la calma.
# Card 5: someone to talk to, and the Help button.
card-help-is-here =
    Tu círculo está para ti.
    Puedes hablar con ellos cuando quieras.
    También puedes tocar el botón de Ayuda.
    Ahí ves quién te puede ayudar.
    .together = Pregúntale: "¿Con quién irías primero?". Luego muéstrale a tu hijo o hija el botón de Ayuda.

# Question: a single choice about who can be in a safety circle.
q-who-can-be-in = ¿Quién puede estar en tu círculo de seguridad?
    .hint = Piensa en adultos que conoces bien y que te ayudan.
    .explanation = En tu círculo hay adultos que conoces bien y en quienes confías. Tu maestra o tu maestro puede estar ahí.
# Answer option (right).
q-who-can-be-in-my-teacher = Mi maestra o mi maestro
    .feedback = ¡Sí! Una maestra o un maestro de confianza puede estar en tu círculo.
# Answer option (wrong).
q-who-can-be-in-game-player = Alguien que solo conozco de un juego
    .feedback = No del todo. Los amigos de los juegos pueden ser divertidos. Pero en tu círculo hay adultos que conoces bien.
# Answer option (wrong).
q-who-can-be-in-person-in-a-video = Alguien que solo veo en videos
    .feedback = No del todo. No conoces de verdad a alguien que solo ves en videos. En tu círculo hay adultos que conoces bien.

# Question: true or false about picking more than one grown-up.
q-more-than-one = Puedes tener a más de un adulto en tu círculo.
    .hint = ¿Un equipo es de una sola persona?
    .explanation = Sí. Puedes elegir a muchos adultos. Así siempre hay alguien a quien contarle.
# Feedback if the child picks "true" (right).
q-more-than-one-true =
    .feedback = ¡Sí! Más adultos quiere decir más ayuda para ti.
# Feedback if the child picks "false" (wrong).
q-more-than-one-false =
    .feedback = No del todo. Puedes elegir a muchos adultos. Así siempre hay alguien a quien contarle.

# Question: sort people into two groups.
q-circle-or-not = Pon a cada persona en la caja donde va.
    .hint = ¿Conoces bien a esa persona? ¿Te ayuda a estar a salvo?
    .explanation = En tu círculo hay adultos que conoces bien y en quienes confías. Las personas que solo conoces de un juego o de un video no están ahí.
# Group name.
q-circle-or-not-in-my-circle = Puede estar en mi círculo
# Group name.
q-circle-or-not-not-in-my-circle = No es para mi círculo
# Item to sort (can be in my circle).
q-circle-or-not-mum-or-dad = Mi mamá, mi papá o quien me cuida
    .feedback = Un adulto de tu casa que te cuida puede estar en tu círculo.
# Item to sort (can be in my circle).
q-circle-or-not-teacher = Mi maestra o mi maestro
    .feedback = Una maestra o un maestro de confianza puede estar en tu círculo. Te ayuda en la escuela.
# Item to sort (can be in my circle).
q-circle-or-not-grandpa = Mi abuelo
    .feedback = Un abuelo de confianza puede estar en tu círculo.
# Item to sort (not for my circle).
q-circle-or-not-met-in-a-game = Alguien que solo conozco de un juego
    .feedback = No conoces bien a esa persona. En tu círculo hay adultos que conoces y en quienes confías.
# Item to sort (not for my circle).
q-circle-or-not-online-video = Alguien que solo veo en videos
    .feedback = Solo ves a esa persona en videos. No la conoces bien.

# Question: a single choice about a grown-up who is busy.
q-busy-grown-up = Quieres contarle algo a tu papá. Está ocupado y no te escucha. ¿Qué puedes hacer?
    .hint = ¿Hay más de una forma de que te escuchen?
    .explanation = Los adultos a veces están ocupados. Dilo otra vez, o ve con el siguiente adulto de tu círculo.
# Answer option (right).
q-busy-grown-up-tell-again = Se lo digo otra vez, o se lo cuento al siguiente adulto.
    .feedback = ¡Sí! Sigue contándolo hasta que un adulto te escuche.
# Answer option (wrong).
q-busy-grown-up-give-up = Me rindo y ya no lo intento.
    .feedback = No del todo. Lo que tienes que decir es importante. Inténtalo otra vez, o ve con el siguiente adulto.
# Answer option (wrong).
q-busy-grown-up-tell-no-one = Me lo guardo todo.
    .feedback = No del todo. No tienes que guardártelo. Un adulto de tu círculo quiere ayudarte.

# Question: true or false about telling when someone we know does something not okay.
q-someone-we-know = Si alguien que conoces hace algo que no está bien, se lo puedes contar a un adulto.
    .hint = ¿Puedes contarlo, aunque conozcas a esa persona?
    .explanation = Sí. Hasta las personas que conocemos pueden hacer cosas que no están bien. No es tu culpa. Cuéntaselo a un adulto de tu círculo.
# Feedback if the child picks "true" (right).
q-someone-we-know-true =
    .feedback = ¡Sí! Siempre puedes contarlo. No es tu culpa.
# Feedback if the child picks "false" (wrong).
q-someone-we-know-false =
    .feedback = No del todo. Puedes contarlo, aunque conozcas a esa persona. Un adulto de tu círculo te va a ayudar.

# Question: a single choice about how to start telling.
q-how-to-start = ¿Qué le puedes decir a un adulto de tu círculo?
    .hint = ¿Con cuál sabe el adulto que lo necesitas?
    .explanation = Decir "Te tengo que contar algo" ayuda a que un adulto se detenga y te escuche.
# Answer option (right).
q-how-to-start-i-need-to-tell = "Te tengo que contar algo."
    .feedback = ¡Sí! Esas palabras ayudan a que un adulto se detenga y te escuche.
# Answer option (wrong).
q-how-to-start-say-nothing = No digo nada.
    .feedback = No del todo. Los adultos no pueden adivinar. Dilo con palabras. Quieren ayudarte.
# Answer option (wrong).
q-how-to-start-wait-and-hope = Espero a ver si se pasa solo.
    .feedback = No del todo. No tienes que esperar. Cuéntaselo ahora a un adulto. Quiere ayudarte.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Dibujen juntos un círculo. Pregúntale a tu hijo o hija: "¿Quién te ayuda a sentirte a salvo?". Dibujen o escriban en el círculo a esos adultos: de la casa, de la escuela y de la familia. Elijan al menos a dos, y practiquen las palabras "Te tengo que contar algo".
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = En casa, agreguen los nombres que eligió tu hijo o hija a su círculo de seguridad en la pantalla de Ayuda, y cuéntales a esos adultos que los eligió.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta al grupo: ¿quién podría estar en un círculo de seguridad en la casa, en la escuela y en la familia? ¿Por qué es bueno tener a más de una persona? ¿Qué podrías hacer si el primer adulto no te escucha?
