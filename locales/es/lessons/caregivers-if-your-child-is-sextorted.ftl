# SafeSteps — MIT OR Apache-2.0

### Lesson: If your child is being sextorted (caregivers).
### Readers are parents, grandparents, older siblings and teachers, possibly in the middle of it.
### Be calm, clear and step by step. Never describe images or acts. It is never the child's fault.
### Help contacts come only from the content guide; keep numbers and web addresses exactly as written.

# Lesson name on the lesson card.
lesson-title = Si tu hijo o hija sufre sextorsión
# One line under the lesson name.
lesson-summary = Qué es la sextorsión, y qué hacer paso a paso si le pasa a tu hijo o hija.

# Card 1: what sextortion is, without detail.
card-what-it-is =
    La sextorsión es cuando alguien amenaza con compartir una imagen íntima o sexual de una persona joven si no le paga dinero, le manda más imágenes o hace lo que le dice.
    La imagen puede ser real, o falsa o editada.
    Muchas veces, quien lo hace usa un perfil falso, finge ser adolescente, se gana la confianza rápido y luego pasa a las amenazas, a veces en cuestión de horas. A veces es alguien que la niña, el niño o adolescente conoce.
    Presiona mucho con límites de tiempo y pánico. La sextorsión es un delito, y le puede pasar a cualquier niña, niño o adolescente.
# Card 2: the first reaction: calm, no blame.
card-your-first-reaction =
    Si tu hijo o hija te lo cuenta, mantén la calma y dale las gracias por contártelo. Puede que sea lo más difícil que te haya dicho en su vida.
    Díselo con claridad: "Esto no es tu culpa. Hiciste lo correcto al contármelo. Lo vamos a resolver en equipo".
    No es culpa de tu hijo o hija, aunque haya compartido una imagen. Quien hace las amenazas es quien está cometiendo un delito.
    Tu hijo o hija puede sentir pánico, vergüenza o miedo. No le des sermones, y no le quites el celular como castigo. Necesitas que siga hablando contigo.
# Card 3: what to do right now.
card-what-to-do-now =
    No paguen, y no manden nada más. Pagar casi nunca detiene las amenazas; normalmente piden más.
    Dejen de responder. No hace falta contestar ni negociar.
    Todavía no borren la cuenta ni el chat. Guarden las pruebas. Tomen capturas de los mensajes y del perfil, y anoten los nombres de usuario, los enlaces a los perfiles y cualquier dato de pago.
    No tomen capturas, no guarden ni reenvíen la imagen en sí.
    Luego reporten la cuenta en la app y bloquéenla.
    Si tu hijo o hija ya pagó o mandó más, todo puede salir bien. Paren ahora y pidan ayuda.
# Card 4: where to report.
card-where-to-report =
    Reporta la cuenta en la app o plataforma. Di que están amenazando a una persona menor de edad.
    En Estados Unidos, repórtalo a la CyberTipline del NCMEC en report.cybertip.org o al 1-800-843-5678. El NCMEC comparte los reportes con la policía, que puede actuar.
    En otros países, comunícate con la policía local y revisa la pantalla de Ayuda para tu país.
    Take It Down (takeitdown.ncmec.org) es un servicio gratuito del NCMEC que puede ayudar a quitar imágenes íntimas o sexuales de menores de 18 de los sitios que participan. Crea en tu propio dispositivo una huella dactilar digital, llamada hash. Solo se envía el hash, nunca la imagen.
    Si tu hijo o hija está en peligro en este momento, llama al número de emergencias de tu país.
# Card 5: emotional support for child and caregiver.
card-support-after =
    La sextorsión puede afectar muchísimo a una persona joven. Mantente cerca, conserva las rutinas y sigue recordándole que no es su culpa.
    Pon atención a señales de angustia profunda, como hablar de no tener esperanza o de hacerse daño. Si las ves, busca ayuda rápido.
    En Estados Unidos, tu hijo o hija, o tú, pueden contactar a Crisis Text Line enviando THORN al 741741.
    Un médico, el orientador o la orientadora de la escuela o una línea de ayuda también pueden ayudar. Cuídate también; esto es difícil para quienes cuidan. Habla con alguien de confianza.
    Toca Ayuda para encontrar apoyo en tu país.

# Question: a scenario. The situation is shown first, then the question.
q-late-night-message = ¿Cuál es la mejor primera respuesta?
    .situation = Tarde en la noche, tu hijo o hija de 16 años te muestra un mensaje: "Manda $500 en una hora o publico tu foto para todos tus amigos". Está temblando y llorando.
    .hint = Primero tu hijo o hija necesita dos cosas: sentirse a salvo contigo, y que la presión pare.
    .explanation = Primero van las palabras tranquilas: no es su culpa. Luego dejen de responder y guarden las pruebas. Pagar casi nunca termina con las amenazas, y borrar la cuenta hace que pierdan las pruebas que necesitan para reportar.
# Action (best).
q-late-night-message-calm-not-your-fault = Mantener la calma, darle un abrazo y decirle: "Esto no es tu culpa. Lo vamos a resolver en equipo".
    .feedback = La mejor opción. Antes que nada, tu hijo o hija necesita sentirse a salvo contigo. Luego pueden actuar juntos.
# Action (also good).
q-late-night-message-stop-and-save = Ayudarle a dejar de responder y a guardar los mensajes y los nombres de usuario.
    .feedback = Buena opción. Esto frena la presión y conserva las pruebas. Asegúrate de que también escuche que no es su culpa.
# Action (not helpful).
q-late-night-message-pay-quickly = Pagar rápido para que no publiquen la foto.
    .feedback = Es natural querer que termine, pero pagar casi nunca detiene las amenazas. Normalmente piden más.
# Action (not helpful).
q-late-night-message-delete-account = Borrar de inmediato la cuenta de tu hijo o hija.
    .feedback = Es comprensible querer que desaparezca, pero borrar hace que se pierdan las pruebas. Primero guárdenlas, y luego reporten.

# Question: put the steps in order.
q-action-steps = Pon estos pasos en un orden que ayude.
    .hint = Lo que siente tu hijo o hija va primero. ¿Qué vas a necesitar tener a la mano antes de reportar?
    .explanation = Primero tranquiliza a tu hijo o hija. Luego dejen de responder y guarden las pruebas antes de reportar y bloquear. Después busquen apoyo para tu hijo o hija y para ti.
# Step 1.
q-action-steps-reassure = Tranquilizar a tu hijo o hija: no es su culpa
    .feedback = Tranquilizar primero ayuda a que tu hijo o hija mantenga la calma y siga hablando.
# Step 2.
q-action-steps-stop-replying = Dejar de responderle a quien amenaza
    .feedback = Dejar de responder corta la presión.
# Step 3.
q-action-steps-save-evidence = Guardar capturas de los mensajes, los nombres de usuario y los enlaces
    .feedback = Guarden las pruebas antes de bloquear o borrar algo.
# Step 4.
q-action-steps-report = Reportar en la plataforma y a la CyberTipline o a la policía
    .feedback = Los reportes permiten que la plataforma y la policía actúen.
# Step 5.
q-action-steps-get-support = Buscar apoyo emocional para tu hijo o hija y para ti
    .feedback = El apoyo les ayuda a salir adelante después de la crisis.

# Question: multiple choice, "choose all that apply".
q-evidence = ¿Cuáles de estas cosas conviene guardar como pruebas? Elige todas las respuestas que correspondan.
    .hint = Las pruebas muestran quién es esa persona, qué dijo y qué pidió.
    .explanation = Los nombres de usuario, las capturas de los mensajes, los enlaces a los perfiles y los datos de pago ayudan a las plataformas y a la policía. Nunca copien ni reenvíen la imagen, y no borren el chat.
# Answer option (keep).
q-evidence-usernames = Sus nombres de usuario en cada app
    .feedback = Sí. Los nombres de usuario ayudan a las plataformas y a la policía a encontrar la cuenta.
# Answer option (keep).
q-evidence-message-screenshots = Capturas de los mensajes con amenazas
    .feedback = Sí. Las capturas muestran qué se dijo y cuándo.
# Answer option (keep).
q-evidence-profile-links = Enlaces a sus perfiles
    .feedback = Sí. Un enlace lleva directo a la cuenta.
# Answer option (keep).
q-evidence-payment-details = Los datos de pago, si ya se mandó dinero
    .feedback = Sí. Los datos de pago pueden ayudar a la policía a rastrear a esa persona.
# Answer option (do not keep).
q-evidence-copy-the-image = Una copia de la imagen, para mostrársela a la policía
    .feedback = No del todo. No copien, guarden ni reenvíen la imagen. Díganle a la policía o a la CyberTipline que existe, y ahí les van a orientar.
# Answer option (do not keep).
q-evidence-delete-the-chat = Nada. Borrar el chat para que tu hijo o hija no lo vea.
    .feedback = No del todo. Al borrar se pierden las pruebas. Pueden dejar el chat fuera de la vista sin borrarlo.

# Question: single choice about paying.
q-will-paying-help = Quien amenaza dice que va a borrar la foto si tu hijo o hija paga. ¿Qué suele pasar si pagan?
    .hint = ¿Qué suelen hacer quienes amenazan cuando ven que un pago funciona?
    .explanation = Pagar casi nunca detiene las amenazas. Muchas veces piden más. Mejor dejen de responder, guarden las pruebas y reporten.
# Answer option (right).
q-will-paying-help-rarely-stops = Las amenazas casi nunca paran, y muchas veces piden más.
    .feedback = Así es. Pagar le demuestra que la amenaza funciona. Reportar sirve más.
# Answer option (wrong).
q-will-paying-help-ends-it = Borra la foto y deja en paz a tu hijo o hija.
    .feedback = No del todo. No hay forma de saber si borra algo, y casi siempre piden más.
# Answer option (wrong).
q-will-paying-help-pay-half = Pagar la mitad funciona, porque demuestra que van en serio.
    .feedback = No del todo. Cualquier pago demuestra que la amenaza funciona. Mejor dejen de responder y reporten.

# Question: true or false about having paid or sent more already. The right answer is "true".
q-already-sent-more = Si tu hijo o hija ya pagó o mandó más imágenes, todo puede salir bien, y la ayuda sigue ahí.
    .hint = Piensa en lo que dijo la lección sobre quien ya pagó.
    .explanation = Sí. Muchas personas jóvenes pagan o mandan más por el pánico. Igual no es su culpa, y siempre pueden recibir ayuda, incluso ahora. Paren ya, guarden las pruebas y reporten.
# Feedback if the caregiver picks "true" (right).
q-already-sent-more-true =
    .feedback = Así es. Dile a tu hijo o hija que todo puede salir bien. Paren ya, guarden las pruebas y reporten.
# Feedback if the caregiver picks "false" (wrong).
q-already-sent-more-false =
    .feedback = No del todo. El pánico hace que la gente pague o mande más. Tu hijo o hija todavía puede recibir ayuda, e igual no es su culpa.

# Question: single choice about how Take It Down protects privacy.
q-take-it-down = ¿Cómo protege Take It Down, del NCMEC, la privacidad de tu hijo o hija?
    .hint = Piensa en lo que necesitan los sitios para detectar una copia de una imagen.
    .explanation = Take It Down crea un hash, que es como una huella dactilar digital, en tu propio dispositivo. Solo se envía el hash. Los sitios que participan lo usan para encontrar y quitar copias.
# Answer option (right).
q-take-it-down-hash-only = Solo sale de tu dispositivo una huella dactilar digital (un hash), no la imagen.
    .feedback = Así es. La imagen se queda en tu dispositivo. El hash ayuda a los sitios a encontrar copias.
# Answer option (wrong).
q-take-it-down-send-image = Le mandas la imagen al NCMEC para que la revise.
    .feedback = No del todo. Nunca se manda la imagen. Solo el hash sale de tu dispositivo.
# Answer option (wrong).
q-take-it-down-public-list = El nombre de tu hijo o hija aparece en una lista pública.
    .feedback = No del todo. Take It Down no necesita el nombre de tu hijo o hija. Solo se envía el hash.

# Question: sort actions into "do" and "don't".
q-do-or-dont = Pon cada acción en "Sí hacer" o "No hacer".
    .hint = Pregúntate en cada caso: ¿protege a tu hijo o hija y a las pruebas?
    .explanation = Tranquiliza, guarda las pruebas y reporta. No pagues, no compartas la imagen con nadie y no castigues a tu hijo o hija por contártelo.
# Group name.
q-do-or-dont-do = Sí hacer
# Group name.
q-do-or-dont-dont = No hacer
# Item to sort (do).
q-do-or-dont-say-not-their-fault = Decirle a tu hijo o hija que no es su culpa
    .feedback = Tu hijo o hija necesita escucharlo, y muchas veces.
# Item to sort (do).
q-do-or-dont-report-cybertipline = Reportar a la CyberTipline (Estados Unidos) o a la policía local
    .feedback = Reportar permite que intervengan quienes tienen el poder de actuar.
# Item to sort (do).
q-do-or-dont-keep-messages = Guardar los mensajes y los nombres de usuario
    .feedback = Las pruebas ayudan a que las plataformas y la policía actúen.
# Item to sort (don't).
q-do-or-dont-pay-the-demand = Pagar lo que piden
    .feedback = Pagar casi nunca detiene las amenazas. Normalmente piden más.
# Item to sort (don't).
q-do-or-dont-forward-to-family = Reenviarle la imagen a un familiar para pedirle consejo
    .feedback = Nunca reenvíes la imagen. Mejor describe lo que está pasando.
# Item to sort (don't).
q-do-or-dont-take-phone-as-punishment = Quitarle el celular como castigo
    .feedback = El castigo puede hacer que tu hijo o hija sienta que tiene la culpa y deje de hablar contigo.

# Question: single choice about emotional support in the US.
q-emotional-support = Tu hijo o hija vive en Estados Unidos y está muy mal después de sufrir sextorsión. ¿Cuál es una buena forma de conseguir apoyo para tu hijo o hija, o para ti?
    .hint = Piensa en las opciones de apoyo de la última tarjeta.
    .explanation = En Estados Unidos, Crisis Text Line ofrece apoyo: envía THORN al 741741. Un médico, el orientador o la orientadora de la escuela o una línea de ayuda también pueden ayudar. En otros países, toca Ayuda para encontrar apoyo en tu país.
# Answer option (right).
q-emotional-support-text-thorn = Enviar THORN al 741741 para contactar a Crisis Text Line
    .feedback = Sí. Personas capacitadas pueden acompañar a tu hijo o hija, o a ti, en los momentos más difíciles.
# Answer option (wrong).
q-emotional-support-wait-it-out = Esperar a ver si los sentimientos se pasan solos
    .feedback = No del todo. La sextorsión puede causar una angustia profunda. Busca apoyo pronto.
# Answer option (wrong).
q-emotional-support-post-warning = Publicarlo en internet para advertir a otras familias
    .feedback = No del todo. Publicarlo puede exponer a tu hijo o hija. Busca apoyo en privado, y reporta.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Prueba decir: "Leí que a veces hay gente en internet que amenaza a adolescentes con fotos. Si alguna vez te pasara a ti o a alguien de tus amigos, no sería tu culpa. Yo te ayudaría, no te castigaría. ¿Qué te haría más fácil contármelo?".
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta al grupo: ¿qué podría impedir que una persona joven le cuente a un adulto que sufre sextorsión? ¿Cómo pueden las personas adultas quitar esos obstáculos? Repasen juntos los pasos: tranquilizar, parar, guardar, reportar, apoyar.
