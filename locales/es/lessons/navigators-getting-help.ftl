# SafeSteps — MIT OR Apache-2.0

### Lesson: Getting help (ages 9–12).
### Readers are children on their own phone or in class. Some may be dealing with something now.
### Make telling feel safe. Telling has no time limit: "You can always tell someone, even later."

# Lesson name on the lesson card.
lesson-title = Pedir ayuda
# One line under the lesson name.
lesson-summary = Descubre a quién le puedes contar, qué pasa cuando lo cuentas y por qué nunca es tu culpa.

# Card 1: who to tell: trusted adults.
card-who-to-tell =
    Si algo en internet te hace sentir mal, te preocupa o no se siente bien, cuéntaselo a alguien.
    Un adulto de confianza es alguien que te escucha y te ayuda. Puede ser tu mamá, tu papá, quien te cuida, tu abuela o abuelo, tu maestra o maestro, o tu entrenador o entrenadora.
    Piensa en dos o tres personas a quienes se lo podrías contar.
    Si un adulto es parte del problema, cuéntaselo a otro.
# Card 2: helplines and the Help screen.
card-helplines =
    También puedes hablar con una línea de ayuda.
    En el Reino Unido, puedes llamar gratis a Childline al 0800 1111, de día o de noche. También puedes chatear en línea con ellos.
    Otros países tienen sus propias líneas de ayuda.
    Toca Ayuda en esta app para encontrar una donde vives.
# Card 3: how to tell.
card-how-to-tell =
    ¿No sabes qué decir? Puedes empezar con: "Pasó algo en internet y necesito ayuda".
    Puedes mostrar los mensajes o las capturas de pantalla.
    Si te cuesta hablar, puedes escribirlo.
    Si el primer adulto no te ayuda, cuéntaselo a otro. Sigue contándolo hasta que alguien te ayude.
# Card 4: what happens after you tell.
card-what-happens-next =
    Cuando lo cuentas, el adulto debe escucharte y mantener la calma.
    Te va a ayudar a decidir qué hacer después. Te puede ayudar a guardar pruebas, bloquear y reportar.
    A veces tiene que avisar a personas cuyo trabajo es proteger a niñas y niños.
    No te debe culpar. Está para ayudarte.
# Card 5: never the child's fault; you can always tell, even later; Help.
card-never-your-fault =
    Si pasó algo en internet, no es tu culpa.
    Es así aunque hayas roto una regla, guardado un secreto o mandado algo.
    La culpa es de quien hizo algo malo, no tuya.
    Siempre se lo puedes contar a un adulto de confianza, aunque sea después.
    Toca Ayuda cuando quieras para encontrar a alguien con quien hablar.

# Question: multiple choice, "choose all that apply".
q-trusted-adults = ¿Quiénes de estas personas podrían ser un adulto de confianza? Elige todas las respuestas que correspondan.
    .hint = Un adulto de confianza es alguien que conoces en la vida real, que te escucha y te ayuda.
    .explanation = Tu mamá, tu papá o quien te cuida, tu maestra o maestro, tu abuela o abuelo, o la enfermera o el enfermero de la escuela podrían ser adultos de confianza. Alguien que te pide guardar secretos, o que solo conoces por internet, no.
# Answer option (could be a trusted adult).
q-trusted-adults-parent-or-carer = Mi mamá, mi papá o quien me cuida
    .feedback = Sí. Tu mamá, tu papá o quien te cuida pueden ser muy buenas personas para contarles.
# Answer option (could be a trusted adult).
q-trusted-adults-teacher = Mi maestra o mi maestro
    .feedback = Sí. Las maestras y los maestros también ayudan con problemas en internet.
# Answer option (could be a trusted adult).
q-trusted-adults-grandparent = Mi abuela o mi abuelo
    .feedback = Sí. Una abuela o un abuelo de confianza te puede escuchar y ayudar.
# Answer option (could be a trusted adult).
q-trusted-adults-school-nurse = La enfermera o el enfermero de la escuela
    .feedback = Sí. La enfermera o el enfermero de la escuela está para ayudar a que te sientas bien y a salvo.
# Answer option (not a trusted adult).
q-trusted-adults-online-player = Alguien que solo conozco de un juego
    .feedback = No del todo. No hay forma de saber con seguridad quién es. Elige a alguien que conoces en la vida real.
# Answer option (not a trusted adult).
q-trusted-adults-secret-keeper = Un adulto que te pide que le guardes secretos a tu familia
    .feedback = No del todo. Pedir secretos así es una señal de alerta. Cuéntaselo a otro adulto.

# Question: true or false about giving up if the first adult does not help.
q-first-adult-busy = Si el primer adulto al que se lo cuentas no te ayuda, deberías rendirte.
    .hint = ¿Hay más de una persona a quien se lo podrías contar?
    .explanation = Sigue contándolo hasta que alguien te ayude. Prueba con otro adulto, con una línea de ayuda o toca Ayuda.
# Feedback if the child picks "true" (wrong).
q-first-adult-busy-true =
    .feedback = No del todo. A veces los adultos están ocupados o al principio no entienden. Cuéntaselo a otro adulto hasta que alguien te ayude.
# Feedback if the child picks "false" (right).
q-first-adult-busy-false =
    .feedback = ¡Sí! Sigue contándolo hasta que alguien te ayude. Tú importas.

# Question: a scenario. The situation is shown first, then the question.
q-leah-video = ¿Qué podría hacer Leah?
    .situation = Leah, de 10 años, vio un video en una app que la hizo sentir mal. No puede dejar de pensar en eso. Le preocupa que su papá le quite la tableta.
    .hint = ¿Quién podría ayudar a Leah a sentirse mejor? ¿Su preocupación es una razón para quedarse callada?
    .explanation = Leah se lo puede contar a un adulto de confianza, o usar la pantalla de Ayuda. No es su culpa haberlo visto. Guardárselo o buscar más la puede hacer sentir peor.
# Action (best).
q-leah-video-tell-trusted-adult = Contarle a su papá, o a otro adulto de confianza, cómo se siente.
    .feedback = ¡La mejor opción! Leah también puede decir que le preocupa su tableta. Un adulto la puede ayudar a sentirse mejor y a reportar el video.
# Action (also good).
q-leah-video-use-help-screen = Tocar Ayuda para encontrar una línea de ayuda con quien hablar.
    .feedback = Buena opción. En una línea de ayuda la pueden escuchar y ayudar a pensar a quién contárselo después.
# Action (not helpful).
q-leah-video-keep-it-inside = Guardárselo y tratar de olvidarlo.
    .feedback = No del todo. Es normal preocuparse, pero guardárselo puede hacer que se sienta más grande. Contarlo ayuda.
# Action (not helpful).
q-leah-video-look-for-more = Buscar más videos para entender lo que vio.
    .feedback = No del todo. Más videos la pueden hacer sentir peor. Es mejor hablar con un adulto de confianza.

# Question: single choice about what an adult should do.
q-adult-should = Le cuentas a un adulto que algo en internet te hizo sentir mal. ¿Qué debería hacer?
    .hint = Vuelve a pensar en la tarjeta sobre qué pasa después.
    .explanation = El adulto debe escucharte, mantener la calma y ayudarte con los siguientes pasos. No te debe culpar.
# Answer option (right).
q-adult-should-listen-and-help = Escucharme, mantener la calma y ayudarme a decidir qué hacer.
    .feedback = ¡Sí! Eso es lo que hace un adulto de confianza. Si no lo hace, cuéntaselo a otra persona.
# Answer option (wrong).
q-adult-should-blame-you = Culparme por lo que pasó.
    .feedback = No del todo. Los adultos no te deben culpar. Si alguno lo hace, cuéntaselo a otro adulto de confianza.
# Answer option (wrong).
q-adult-should-laugh-it-off = Reírse y decir que no importa.
    .feedback = No del todo. Lo que te hace sentir mal importa. Si un adulto se ríe de eso, cuéntaselo a otra persona.

# Question: single choice about a helpline in the UK.
q-uk-helpline = Sam vive en el Reino Unido. Quiere hablar con alguien fuera de su familia. ¿Quién podría ayudar?
    .hint = ¿Cuál es una línea de ayuda gratuita para niñas, niños y jóvenes?
    .explanation = Childline es una línea de ayuda gratuita para niñas, niños y jóvenes en el Reino Unido. El número es 0800 1111. Sam también puede chatear en línea con ellos.
# Answer option (right).
q-uk-helpline-childline = Childline, al 0800 1111
    .feedback = ¡Sí! Childline es gratis, de día o de noche. En otros países, toca Ayuda para encontrar una línea de ayuda.
# Answer option (wrong).
q-uk-helpline-open-chat-room = Gente en una sala de chat abierta
    .feedback = No del todo. No hay forma de saber con seguridad quién es esa gente. En una línea de ayuda hay personas preparadas para ayudar a niñas, niños y jóvenes.
# Answer option (wrong).
q-uk-helpline-game-forum = Una publicación en un foro de juegos
    .feedback = No del todo. Cualquiera puede leer un foro y responder. Una línea de ayuda es privada y segura.

# Question: sort ways of telling into two groups.
q-ways-to-tell = Pon cada una en el grupo donde va.
    .hint = ¿Llega a alguien que de verdad te puede ayudar?
    .explanation = Escribir una nota, mostrar capturas, llamar a una línea de ayuda y tocar Ayuda te consiguen ayuda. Esperar o publicar en un chat público, no.
# Group name.
q-ways-to-tell-gets-help = Me consigue ayuda
# Group name.
q-ways-to-tell-no-help-yet = Todavía no me consigue ayuda
# Item to sort (gets help).
q-ways-to-tell-write-a-note = Escribirle una nota a un adulto de confianza
    .feedback = Esto te consigue ayuda. Escribir puede ser más fácil que hablar.
# Item to sort (gets help).
q-ways-to-tell-show-screenshots = Mostrarle las capturas a un adulto
    .feedback = Esto te consigue ayuda. Las capturas muestran lo que pasó.
# Item to sort (gets help).
q-ways-to-tell-call-a-helpline = Llamar o chatear con una línea de ayuda
    .feedback = Esto te consigue ayuda. Las líneas de ayuda están para escucharte.
# Item to sort (gets help).
q-ways-to-tell-tap-help = Tocar Ayuda en esta app
    .feedback = Esto te consigue ayuda. La pantalla de Ayuda muestra con quién puedes hablar.
# Item to sort (does not get help yet).
q-ways-to-tell-wait-and-hope = Esperar a ver si se pasa
    .feedback = Esto todavía no te consigue ayuda. Es mejor contárselo a alguien.
# Item to sort (does not get help yet).
q-ways-to-tell-post-in-public-chat = Publicarlo en un chat público
    .feedback = Esto todavía no te consigue ayuda. Cualquiera lo puede leer. Cuéntaselo a un adulto de confianza.

# Question: single choice about telling after breaking a rule.
q-ben-broke-rule = Ben jugó un juego que no tenía permiso de jugar. Ahí alguien lo hizo sentir mal. ¿Igual se lo puede contar a un adulto?
    .hint = ¿Quién hizo algo malo: Ben, o quien lo hizo sentir mal?
    .explanation = Sí. Romper una regla no hace que sea su culpa. Quien lo hizo sentir mal hizo algo malo. Ben igual lo puede contar y recibir ayuda.
# Answer option (right).
q-ben-broke-rule-yes-still-tell = Sí. No es su culpa, e igual puede recibir ayuda.
    .feedback = ¡Sí! Ben siempre lo puede contar. Un adulto lo debe ayudar, no culpar.
# Answer option (wrong).
q-ben-broke-rule-no-he-broke-rule = No, porque rompió una regla.
    .feedback = No del todo. Romper una regla no hace que sea su culpa. Igual lo puede contar.
# Answer option (wrong).
q-ben-broke-rule-only-if-small = Solo si el problema es muy pequeño.
    .feedback = No del todo. Grande o pequeño, Ben lo puede contar. Los adultos quieren ayudar.

# Question: true or false about telling later. The right answer is "true".
q-weeks-ago = Si algo te hizo sentir mal hace semanas, igual se lo puedes contar a alguien ahora.
    .hint = ¿La ayuda se acaba alguna vez?
    .explanation = Sí. Siempre se lo puedes contar a alguien, aunque sea después. Un adulto de confianza, una línea de ayuda o la pantalla de Ayuda te pueden ayudar.
# Feedback if the child picks "true" (right).
q-weeks-ago-true =
    .feedback = ¡Sí! Siempre se lo puedes contar a alguien, aunque sea después. No es tu culpa.
# Feedback if the child picks "false" (wrong).
q-weeks-ago-false =
    .feedback = No del todo. Siempre se lo puedes contar a alguien, aunque sea después. La ayuda sigue ahí para ti.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pide a cada persona que piense en dos o tres adultos a quienes se lo podría contar. ¿Qué podría hacer más fácil contarlo? Hablen de lo que hace un buen adulto cuando una niña o un niño le cuenta algo, y muestren dónde está la pantalla de Ayuda.
