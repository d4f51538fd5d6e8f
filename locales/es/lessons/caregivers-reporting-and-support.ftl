# SafeSteps — MIT OR Apache-2.0

### Lesson: Reporting and getting support (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Explain what happens after a report. Help contacts come only from the content guide; keep
### numbers and web addresses exactly as written. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Reportar y buscar apoyo
# One line under the lesson name.
lesson-summary = Dónde y cómo reportar, qué pasa después y cómo apoyar a tu hijo o hija, y a ti, en lo que sigue.

# Card 1: reporting on the app or platform.
card-report-to-the-app =
    Casi todas las apps, juegos y sitios tienen un botón para reportar en los perfiles, los mensajes y las publicaciones.
    Primero guarda las pruebas. Toma capturas de los mensajes y del perfil, y anota los nombres de usuario, los enlaces a los perfiles, las fechas y las horas. Nunca guardes ni compartas una imagen sexual de una persona menor de edad, ni siquiera como prueba.
    Cuando reportes, di con claridad que hay una persona menor de edad involucrada. Muchas plataformas lo tratan como urgente.
    Después de reportar, bloquea la cuenta para que no pueda contactar a tu hijo o hija.
    Por ahora, conserva la cuenta de tu hijo o hija y el chat, para que no se pierda nada.
# Card 2: reporting beyond the app.
card-report-beyond-the-app =
    Algunas cosas necesitan más que un reporte en la plataforma. Por ejemplo: amenazas, pedidos de imágenes sexuales o un adulto que intenta verse con una persona menor de edad.
    En Estados Unidos, repórtalo a la CyberTipline del NCMEC en report.cybertip.org o al 1-800-843-5678.
    En cualquier país, puedes comunicarte con la policía local. Si una persona menor de edad está en peligro en este momento, llama al número de emergencias de tu país.
    Muchos países tienen una línea nacional de ayuda para niñas, niños y adolescentes. Revisa la pantalla de Ayuda para tu país.
    Si tu país no aparece, Child Helpline International tiene un directorio en childhelplineinternational.org.
# Card 3: what happens after a report.
card-what-happens-next =
    Saber qué viene después puede hacer que reportar dé menos miedo.
    La plataforma revisa el reporte. Puede quitar contenido o cerrar la cuenta, y puede mandarte una breve actualización.
    El NCMEC revisa los reportes de la CyberTipline y los comparte con la policía, que puede actuar.
    Es posible que la policía se comunique contigo para hacerte preguntas. Puede pedirte las pruebas que guardaste.
    Puede tardar, y tal vez no te enteres de todos los detalles de lo que pasa. Eso no quiere decir que ignoraron tu reporte.
    Si se están compartiendo imágenes, Take It Down (takeitdown.ncmec.org) puede ayudar a quitar imágenes íntimas de menores de 18 de los sitios que participan.
# Card 4: supporting the child after a report.
card-supporting-your-child =
    Después de un reporte, tu hijo o hija necesita sentirse a salvo y que le crean.
    Dile seguido que no es su culpa. La persona que le hizo daño o le hizo amenazas es la responsable.
    Mantén las rutinas diarias lo más normales que puedas. No le impongas castigos ni le quites todos sus dispositivos.
    En lo posible, dale voz en las decisiones, como quién más necesita saberlo.
    Los sentimientos pueden ir y venir durante semanas. Pon atención a cambios en el sueño, el ánimo o la alimentación, y busca ayuda de un médico, del orientador o la orientadora de la escuela o de una línea de ayuda si te preocupa.
# Card 5: support for the caregiver; someone to talk to.
card-support-for-you =
    Esto también es difícil para quienes cuidan. Puedes sentir enojo, culpa, miedo o impacto. Estos sentimientos son normales.
    Era imposible que vieras todos los riesgos. Quienes buscan a niñas y niños para hacerles daño esconden lo que hacen.
    Habla con alguien de confianza, como una amistad, tu pareja, un médico o un o una terapeuta. Algunas líneas de ayuda para niñas y niños también apoyan a personas adultas preocupadas.
    Cuidarte a ti te ayuda a cuidar a tu hijo o hija.
    Toca Ayuda para encontrar apoyo en tu país.

# Question: put the steps in order.
q-report-steps = Alguien ha estado mandándole mensajes con amenazas a tu hijo o hija. Pon estos pasos en un orden que ayude.
    .hint = Tu hijo o hija va primero. Luego pregúntate: ¿qué sería difícil de hacer una vez que la cuenta esté bloqueada?
    .explanation = Primero tranquiliza a tu hijo o hija. Guarda las pruebas antes de que algo pueda desaparecer. Reporta en la plataforma mientras todavía puedes ver la cuenta, y luego bloquéala. Reporta también las amenazas a la CyberTipline (Estados Unidos) o a la policía, y sigue apoyando a tu hijo o hija en las semanas siguientes.
# Step 1.
q-report-steps-reassure-child = Darle las gracias a tu hijo o hija por contártelo, y decirle que no es su culpa
    .feedback = Tu hijo o hija va primero. Sentirse a salvo contigo le ayuda a seguir hablando.
# Step 2.
q-report-steps-save-evidence = Guardar capturas, nombres de usuario y enlaces
    .feedback = Después, las pruebas, antes de que algo pueda desaparecer.
# Step 3.
q-report-steps-report-to-platform = Reportar la cuenta en la plataforma
    .feedback = Reporta mientras todavía puedes ver el perfil.
# Step 4.
q-report-steps-block-account = Bloquear la cuenta
    .feedback = Bloquear después de reportar evita más contacto.
# Step 5.
q-report-steps-keep-supporting = Seguir apoyando a tu hijo o hija en las semanas siguientes
    .feedback = El apoyo importa mucho tiempo después de hacer el reporte.

# Question: single choice about where to report in the US.
q-where-in-us = Vives en Estados Unidos. Un adulto en internet le pidió imágenes sexuales a tu hijo o hija de 12 años. Además de reportarlo en la app, ¿dónde deberías reportarlo?
    .hint = Vuelve a ver la tarjeta sobre reportar más allá de la app.
    .explanation = En Estados Unidos, repórtalo a la CyberTipline del NCMEC en report.cybertip.org o al 1-800-843-5678. El NCMEC comparte los reportes con la policía, que puede actuar.
# Answer option (right).
q-where-in-us-cybertipline = La CyberTipline del NCMEC, en report.cybertip.org
    .feedback = Sí. La CyberTipline es el lugar para reportar esto en Estados Unidos. También puedes comunicarte con la policía local.
# Answer option (wrong).
q-where-in-us-social-media-post = Una publicación en redes sociales para advertir a otras familias
    .feedback = No del todo. Una publicación pública puede exponer a tu hijo o hija y alertar a esa persona. Mejor repórtalo en privado.
# Answer option (wrong).
q-where-in-us-only-the-school = Solo la escuela de tu hijo o hija
    .feedback = No del todo. La escuela puede ayudar a apoyar a tu hijo o hija, pero esto necesita un reporte a la CyberTipline o a la policía.

# Question: a scenario. The situation is shown first, then the question.
q-no-local-line = ¿Qué podrías hacer?
    .situation = Alguien en internet ha estado presionando a tu hijo o hija de 13 años para que mande fotos. No vives en Estados Unidos, y no sabes bien a quién llamar donde vives.
    .hint = Hay formas de encontrar ayuda en cualquier país.
    .explanation = Revisa la pantalla de Ayuda y el directorio de Child Helpline International para encontrar una línea local. Reporta también en la plataforma y a la policía. No hacer nada o exhibir a esa persona en internet puede poner en más riesgo a tu hijo o hija.
# Action (best).
q-no-local-line-help-screen-and-directory = Revisar la pantalla de Ayuda para tu país, o el directorio de Child Helpline International.
    .feedback = La mejor opción. Una línea de ayuda local te puede orientar sobre qué hacer y dónde reportar.
# Action (also good).
q-no-local-line-platform-and-police = Guardar las pruebas, reportar en la app y comunicarte con la policía local.
    .feedback = Buena opción. Las plataformas y la policía pueden actuar, vivas donde vivas.
# Action (not helpful).
q-no-local-line-nothing-to-do = No hacer nada, porque aquí no hay una línea como la de Estados Unidos.
    .feedback = Igual hay ayuda. En la mayoría de los países existen la policía, las plataformas y las líneas de ayuda para niñas, niños y adolescentes.
# Action (not helpful).
q-no-local-line-name-them-online = Publicar en internet el nombre de usuario de esa persona para exhibirla.
    .feedback = Esto puede exponer a tu hijo o hija y alertar a esa persona antes de que la policía pueda actuar. Mejor repórtalo en privado.

# Question: true or false about hearing back. The right answer is "true".
q-may-not-hear-back = Después de reportar, tal vez no te enteres de todos los detalles de lo que pasa.
    .hint = Piensa en lo que decía la tarjeta sobre el tiempo y las actualizaciones.
    .explanation = Sí. Las revisiones y el trabajo de la policía toman tiempo, y algunos detalles son confidenciales. Que no te respondan no quiere decir que no pasó nada.
# Feedback if the caregiver picks "true" (right).
q-may-not-hear-back-true =
    .feedback = Así es. Tu reporte igual importa, aunque sepas poco. Conserva las pruebas por si la policía te las pide.
# Feedback if the caregiver picks "false" (wrong).
q-may-not-hear-back-false =
    .feedback = No del todo. Tal vez no te enteres de todos los detalles. Eso no quiere decir que ignoraron el reporte.

# Question: multiple choice, "choose all that apply".
q-support-after-report = ¿Cuáles de estas cosas ayudan a una niña o un niño después de un reporte? Elige todas las respuestas que correspondan.
    .hint = Piensa en la seguridad, el control y la rutina.
    .explanation = Las rutinas, escuchar que no es su culpa, tener voz en las decisiones y que le ofrezcan apoyo profesional ayudan. El silencio y las prohibiciones le pueden hacer sentir castigo o soledad.
# Answer option (helps).
q-support-after-report-keep-routines = Mantener las rutinas diarias lo más normales que se pueda
    .feedback = Sí. Las rutinas ayudan a que vuelva a sentirse a salvo.
# Answer option (helps).
q-support-after-report-repeat-not-fault = Recordarle seguido que no es su culpa
    .feedback = Sí. Muchas veces, niñas y niños se culpan. Escucharlo una y otra vez ayuda.
# Answer option (helps).
q-support-after-report-involve-in-decisions = Darle voz en las decisiones, como quién más necesita saberlo
    .feedback = Sí. Le devuelve parte del control que le quitaron.
# Answer option (helps).
q-support-after-report-offer-counselling = Ofrecerle hablar con un o una terapeuta, un médico o una línea de ayuda
    .feedback = Sí. Un apoyo extra puede ayudar con sentimientos que duran semanas.
# Answer option (does not help).
q-support-after-report-never-mention-again = No volver a mencionarlo nunca
    .feedback = No del todo. El silencio se puede sentir como vergüenza. Hazle saber que puede hablar de eso cuando quiera.
# Answer option (does not help).
q-support-after-report-ban-all-devices = Prohibirle todos los dispositivos durante meses
    .feedback = No del todo. Se puede sentir como un castigo por contarlo, y le quita el contacto con sus amistades.

# Question: sort tasks into who handles them.
q-who-does-what = Pon cada tarea con el servicio que normalmente se encarga de ella.
    .hint = Piensa en quién puede quitar contenido, quién puede investigar y qué usa un hash.
    .explanation = Las plataformas quitan cuentas y publicaciones. La CyberTipline (en Estados Unidos) y la policía se encargan de delitos como las amenazas a una persona menor de edad. Take It Down ayuda a quitar imágenes íntimas de menores de 18 usando un hash.
# Group name.
q-who-does-what-platform = La app o plataforma
# Group name.
q-who-does-what-cybertipline-or-police = CyberTipline (Estados Unidos) o policía
# Group name.
q-who-does-what-take-it-down = Take It Down
# Item to sort (platform).
q-who-does-what-remove-account = Quitar una cuenta que rompe las reglas
    .feedback = Las plataformas pueden cerrar cuentas en su propio servicio.
# Item to sort (platform).
q-who-does-what-remove-posts = Quitar una publicación o un comentario dañino
    .feedback = Las plataformas quitan el contenido que rompe sus reglas.
# Item to sort (CyberTipline or police).
q-who-does-what-investigate-crime = Investigar un delito contra una persona menor de edad
    .feedback = La policía investiga los delitos. En Estados Unidos, la CyberTipline le pasa los reportes.
# Item to sort (CyberTipline or police).
q-who-does-what-threats-to-a-child = Encontrar a quien amenaza con compartir la imagen de una persona menor de edad
    .feedback = Las amenazas así son un delito. La policía puede rastrear a esa persona, así que repórtalo a la CyberTipline o a la policía.
# Item to sort (Take It Down).
q-who-does-what-hash-removal = Crear un hash de una imagen para que los sitios encuentren copias
    .feedback = Take It Down crea el hash en tu dispositivo, así que la imagen nunca sale de ahí.
# Item to sort (Take It Down).
q-who-does-what-nude-image-under-18 = Ayudar a quitar imágenes íntimas de alguien menor de 18
    .feedback = Para esto se creó Take It Down.

# Question: single choice about the caregiver's own feelings.
q-caregiver-feelings = Después de un reporte, sientes enojo y te sigues preguntando cómo no lo viste. ¿Qué es lo que más ayuda?
    .hint = ¿Quién cuida a quien cuida a tu hijo o hija?
    .explanation = Los sentimientos fuertes son normales. Quienes abusan esconden lo que hacen, así que nadie ve todos los riesgos. Hablar con alguien te ayuda a mantenerte firme para tu hijo o hija.
# Answer option (right).
q-caregiver-feelings-normal-get-support = Saber que estos sentimientos son normales, y hablar con alguien de confianza
    .feedback = Sí. Recibir apoyo te ayuda a apoyar a tu hijo o hija.
# Answer option (wrong).
q-caregiver-feelings-hide-feelings = Esconder lo que sientes y seguir adelante sin apoyo
    .feedback = No del todo. Cargar con todo sin apoyo es difícil. Pedir ayuda es una fortaleza.
# Answer option (wrong).
q-caregiver-feelings-blame-yourself = Concluir que fallaste como madre o padre
    .feedback = No del todo. Quienes buscan a niñas y niños para hacerles daño esconden lo que hacen. La persona que causó el daño es la responsable.

# Question: true or false about reporting after a delay. The right answer is "true".
q-waited-weeks = Si tu hijo o hija esperó semanas antes de contártelo, igual vale la pena reportarlo.
    .hint = ¿Las pruebas o la ayuda se acaban después de unas semanas?
    .explanation = Sí. Muchas niñas y niños esperan antes de contarlo. Los reportes igual ayudan, y tu hijo o hija igual merece apoyo. No es su culpa haber esperado.
# Feedback if the caregiver picks "true" (right).
q-waited-weeks-true =
    .feedback = Así es. Repórtalo de todas formas, y agradécele a tu hijo o hija por contártelo cuando pudo.
# Feedback if the caregiver picks "false" (wrong).
q-waited-weeks-false =
    .feedback = No del todo. Los reportes igual ayudan después de semanas o meses. Muchas niñas y niños necesitan tiempo antes de sentirse con fuerzas para contarlo.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Prueba preguntar: "¿Sabes cómo reportar a alguien en las apps que usas? ¿Me enseñas?". Luego dile: "Si alguna vez reportas algo, o quieres hacerlo, me lo puedes contar. Te voy a ayudar, y nadie te va a culpar".
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta al grupo: ¿qué preocupaciones podrían impedir que una familia reporte? Repasen qué pasa después de un reporte en una plataforma y de una denuncia a la policía, y hagan una lista de dónde puede encontrar apoyo la gente en su propio país.
