# SafeSteps — MIT OR Apache-2.0

### SafeSteps interface text (Latin American Spanish, translated from English).
### Message ids start with the screen or module they belong to. Keep { $variables } as they are.

## Brand

# The app's name. Do not translate unless the app is published under another name in your language.
app-name = { -brand-name }

## Fallbacks

# Shown in place of a piece of text that is missing in every language (should never happen).
text-missing = (Este texto todavía no está disponible.)

## Quiz

# Above each question. Variables: $current (the question's number), $total (how many questions).
quiz-progress = Pregunta { $current } de { $total }

# The answer button for "this statement is true" in a true-or-false question.
quiz-true = Verdadero
# The answer button for "this statement is false" in a true-or-false question.
quiz-false = Falso

## Who a profile or lesson is for

# Age band of young children, shown when choosing a profile and on lesson cards.
band-explorers = De 5 a 8 años
# Age band of older children.
band-navigators = De 9 a 12 años
# Age band of teenagers.
band-teens = De 13 a 17 años
# Lessons and profiles for parents, carers and other caregivers.
band-caregivers = Madres, padres y cuidadores
# Profiles for teachers and trainers who run sessions with a group.
band-trainers = Docentes y facilitadores

## Lesson topics (shown as a label on each lesson card)

# Topic: keeping personal information private.
topic-privacy = Privacidad
# Topic: recognising when someone online is trying to win a child's trust to harm them.
topic-grooming = Señales de alerta
# Topic: when someone threatens to share private pictures unless you pay or send more.
topic-sextortion = Amenazas y presión
# Topic: the grown-ups a child can go to, their safety circle.
topic-trusted-adults = Adultos de confianza
# Topic: secrets that feel bad and are for telling.
topic-secrets = Secretos y sentimientos
# Topic: when something online feels wrong or upsetting, and what to do.
topic-feeling-unsafe = Cuando algo te hace sentir mal
# Topic: being kind online, and unkind behaviour.
topic-kindness = Amabilidad en internet
# Topic: passwords and accounts.
topic-passwords = Contraseñas
# Topic: privacy settings in apps and games.
topic-settings = Configuración
# Topic: people met online compared with people known in real life.
topic-online-friends = Amigos en internet
# Topic: photos and videos, and asking before sharing them.
topic-images = Fotos y consentimiento
# Topic: blocking and reporting people and content.
topic-blocking-reporting = Bloquear y reportar
# Topic: bullying online and standing up for others.
topic-cyberbullying = Acoso en internet
# Topic: where and how to get help.
topic-getting-help = Pedir ayuda
# Topic: what you post and leave behind online (digital footprint).
topic-footprint = Huella digital
# Topic: pressure and control in dating or close relationships.
topic-relationships = Relaciones y presión
# Topic: live video streaming.
topic-livestreaming = Transmisiones en vivo
# Topic: helping a friend who is in trouble online.
topic-helping-friends = Ayudar a un amigo o amiga
# Topic (caregivers): how children are approached and targeted online.
topic-targeting = Cómo se acercan a niñas y niños
# Topic (caregivers): signs that a child may be in trouble online.
topic-warning-signs = Señales a tener en cuenta
# Topic (caregivers): talking with children about online life.
topic-talking = Hablar juntos
# Topic (caregivers): settings and supervision that respect the child.
topic-supervision = Configuración y supervisión
# Topic (caregivers): reporting and finding support.
topic-reporting = Reportar y buscar apoyo

## Language picker

# Shown beside a language whose translation was made with machine help and not yet checked by a native speaker.
locale-status-machine-assisted = Traducido con ayuda de una máquina, todavía sin revisar
# Shown beside a language where some text still appears in English.
locale-status-partial = Traducido en parte

## Saving progress

# Shown once after the progress file could not be read and a new one was started. The old file is kept.
store-recovered-notice = No pudimos leer tu progreso guardado, así que empezamos de nuevo. Tu archivo anterior quedó guardado, y un adulto puede pedir ayuda para recuperarlo.
# Shown when the saved progress comes from a newer version of the app.
store-newer-version = Tu progreso se guardó con una versión más nueva de { -brand-name }. Por favor, actualiza la app. No se cambió nada.
# Shown when progress can only be kept in memory (for example in a private browser window).
store-memory-only-notice = Tu progreso no se guardará en este dispositivo. Aun así, puedes hacer todas las lecciones.
# Shown when the lessons' text in the chosen language could not be fetched (the web app carries only English inside).
lesson-pack-failed-notice = Todavía no se pudieron cargar las lecciones en este idioma, así que por ahora se ven en inglés. Conéctate a internet y vuelve a abrir la app.

## The frame around every screen

# A link for keyboard and screen-reader users that jumps past the top bar to the screen's content.
shell-skip-to-content = Saltar al contenido
# Label of the navigation area in the top bar (read by screen readers).
shell-nav-label = Principal
# Top-bar link to the settings screen.
shell-settings = Configuración
# Text of the help button that is always visible at the bottom of every screen. Keep it very short.
help-button = Ayuda
# Full label of the help button for screen readers.
help-button-label = Ayuda: qué hacer y con quién hablar
# Button that opens the technical details of a problem (for an adult or a bug report).
notice-details = Detalles
# Button that hides a notice.
notice-dismiss = Cerrar

## Saving progress (problems)

# Shown when something could not be saved; the lesson can go on.
store-save-failed = No se pudo guardar en este dispositivo. Puedes seguir; un adulto puede revisar los detalles.
# Shown when saved progress could not be read.
store-read-failed = No se pudo leer tu progreso guardado en este momento. Puedes seguir; un adulto puede revisar los detalles.

## Welcome (first run): choose a language

# Title of the first screen.
welcome-title = Te damos la bienvenida a { -brand-name }
# Under the title of the first screen.
welcome-intro = Lecciones cortas y preguntas sobre cómo estar a salvo en internet, para niñas, niños, adolescentes y los adultos que los cuidan.
# Heading above the list of languages.
welcome-choose-language = Elige tu idioma
# Reassurance about privacy on the first screen.
welcome-privacy = Todo se queda en este dispositivo. Nunca te pedimos tu nombre real, tu cumpleaños ni dónde vives.

## Create a profile

# Title of the screen where a profile is made.
profile-title = Crea tu perfil
# Label of the nickname field.
profile-nickname-label = Apodo
# Help under the nickname field.
profile-nickname-help = Lo mejor es un nombre inventado. No uses tu nombre real completo.
# Heading of the avatar choices.
profile-avatar-label = Elige un dibujo
# Heading of the choice of age band or role.
profile-audience-label = ¿Para quién es este perfil?
# Choice: a child aged 5 to 8.
profile-audience-explorers = Tengo entre 5 y 8 años
# Choice: a child aged 9 to 12.
profile-audience-navigators = Tengo entre 9 y 12 años
# Choice: a teenager aged 13 to 17.
profile-audience-teens = Tengo entre 13 y 17 años
# Choice: a parent, grandparent or other carer.
profile-audience-caregivers = Soy madre, padre o cuidador
# Choice: a teacher or trainer running sessions with a group.
profile-audience-trainers = Soy docente o facilitador
# Button that saves the new profile.
profile-save = Empezar
# Shown when no age band or role was chosen.
profile-error-no-audience = Por favor, elige para quién es este perfil.
# Shown when the nickname is empty.
profile-error-empty-nickname = Por favor, escribe un apodo.
# Shown when the nickname is too long.
profile-error-nickname-too-long = Ese apodo es muy largo. Por favor, usa 24 letras o menos.
# Shown when the nickname has invisible characters.
profile-error-nickname-characters = Ese apodo tiene caracteres que no podemos mostrar. Por favor, escríbelo de nuevo.
# Shown for any other problem with the profile.
profile-error-other = Algo del perfil no se pudo guardar. Por favor, inténtalo de nuevo.

## Avatars (read by screen readers)

# Avatar picture: a fox.
avatar-fox = Zorro
# Avatar picture: an owl.
avatar-owl = Búho
# Avatar picture: a cat.
avatar-cat = Gato
# Avatar picture: a turtle.
avatar-turtle = Tortuga
# Avatar picture: a rabbit.
avatar-rabbit = Conejo
# Avatar picture: a bear.
avatar-bear = Oso
# Avatar picture: a robot.
avatar-robot = Robot
# Avatar picture: a star.
avatar-star = Estrella

## Home

# Greeting on the home screen. Variables: $name (the profile's nickname).
home-greeting = ¡Hola, { $name }!
# Shown on the home screen when no profile exists yet.
home-no-profile = Primero vamos a crear tu perfil.
# Button to start making a profile.
home-start = Empezar
# Heading of the links to lessons for other ages.
home-other-bands = Lecciones para otras edades
# A lesson that has not been opened yet.
lesson-status-not-started = Sin empezar
# A lesson that was opened but not finished.
lesson-status-in-progress = En curso
# A lesson that was finished.
lesson-status-done = Terminada
# A lesson finished with at least 80% right on the first try.
lesson-status-mastered = Dominada
# How long a lesson takes. Variables: $minutes (a number).
lesson-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}

## Lesson cards

# Screen-reader label of the progress dots. Variables: $current (card number), $total (how many cards).
lesson-card-position = Tarjeta { $current } de { $total }
# Button to go back one card.
lesson-back = Atrás
# Button to go to the next card.
lesson-next = Siguiente
# Button on the last card that starts the questions.
lesson-start-quiz = Empezar las preguntas
# Shown when a link points to a lesson that does not exist.
lesson-not-found = No pudimos encontrar esa lección.

## Quiz

# Button that checks the answer.
quiz-check = Revisar mi respuesta
# Button that shows a hint.
quiz-show-hint = Ver una pista
# Label before the hint text.
quiz-hint-label = Pista:
# Shown before answering again after a first wrong try.
quiz-second-try = Inténtalo otra vez.
# Help for a multiple-choice question.
quiz-choose-all = Elige todas las respuestas que correspondan.
# How to answer a single-choice question (shown until an answer is chosen).
quiz-how-single-choice = Toca la respuesta que elijas.
# How to answer a multiple-choice question.
quiz-how-multiple-choice = Toca todas las respuestas que correspondan.
# How to answer a true-or-false question.
quiz-how-true-false = Toca Verdadero o Falso.
# How to answer a "what would you do" question.
quiz-how-scenario = Toca lo que tú harías.
# How to answer a sorting question.
quiz-how-sort-into-groups = Pon cada cosa en un grupo.
# How to answer an ordering question.
quiz-how-order-steps = Pon todos los pasos en orden.
# Instructions for sorting items into groups by tapping.
quiz-sort-how = Toca una cosa y luego toca el grupo donde va.
# Screen-reader label of the list of items not yet sorted.
quiz-sort-tray = Cosas para ordenar
# Button in a group that places the chosen item there.
quiz-place-here = Ponlo aquí
# Screen-reader hint on a placed item: tapping it takes it out again.
quiz-take-out = (toca para sacarlo)
# Instructions for putting steps in order by tapping.
quiz-order-how = Toca los pasos en el orden en que los harías.
# Screen-reader label of the steps already put in order.
quiz-order-list = Tu orden
# Screen-reader label of the steps not yet placed.
quiz-order-tray = Pasos para acomodar
# Heading of the feedback when the answer is right.
quiz-verdict-correct = ¡Sí, así es!
# Heading of the feedback when part of the answer is right.
quiz-verdict-partial = Una parte está bien.
# Heading of the feedback when the answer is not right. Kind, never shaming.
quiz-verdict-incorrect = No del todo. Te explicamos por qué.
# Heading above the ranked list of actions in a "what would you do" question.
quiz-ranking-title = De la mejor opción a la menos buena:
# Marks the action the learner chose.
quiz-your-choice = (tu elección)
# Label before the right answer, shown after the last try.
quiz-solution-label = La respuesta:
# Button to answer the same question again.
quiz-try-again = Intentar de nuevo
# Button to go to the next question.
quiz-next-question = Siguiente pregunta
# Button after the last question.
quiz-see-results = Ver cómo te fue

## Results

# Title of the results screen.
results-title = ¡Muy bien, terminaste!
# The score. Variables: $score (questions right), $total (how many questions).
results-score = Acertaste { $score } de { $total }.
# Shown when at least 80% were right on the first try.
results-mastered = Dominaste esta lección.
# Shown otherwise. Encouraging.
results-not-mastered = Puedes volver a esta lección cuando quieras para practicar.
# Heading of the questions to look at again.
results-review-title = Preguntas para repasar
# Heading of the "talk together" prompt for a child and their grown-up.
results-talk-together = Hablen juntos
# Heading of the conversation starter in caregiver lessons.
results-talk-together-caregivers = Prueba esto con tu hijo o hija
# Heading of the discussion prompt for teachers and trainers.
results-trainer-prompt = Para tu grupo
# Heading: there is always someone to talk to.
results-someone-title = Alguien con quien hablar
# Body under that heading.
results-someone-body = Si algo en internet te preocupa, cuéntaselo a un adulto de confianza. En la pantalla de Ayuda hay más ideas.
# Button to the Help screen.
results-open-help = Abrir Ayuda
# Button back to the home screen.
results-home = Volver a mis lecciones

## Help

# Title of the Help screen.
help-title = Ayuda
# First line of the Help screen.
help-never-your-fault = Si algo en internet te hizo sentir mal o salió mal, nunca es tu culpa. Puedes pedir ayuda.
# Heading of the steps.
help-steps-title = Qué hacer
# Step 1.
help-step-stop = Detente. No tienes que seguir mirando ni seguir chateando.
# Step 2.
help-step-dont-reply = No respondas los mensajes que te hacen sentir mal o que te presionan.
# Step 3.
help-step-save = Guarda lo que pasó: toma capturas de pantalla de los mensajes y de los nombres de usuario. No las reenvíes.
# Step 4.
help-step-block = Bloquea a esa persona.
# Step 5.
help-step-report = Repórtalo en la app o en el juego.
# Step 6.
help-step-tell = Cuéntaselo a un adulto de confianza. Esa persona debe ayudarte, no culparte.
# Heading: people to talk to.
help-someone-title = Alguien con quien hablar
# Who a trusted adult can be.
help-trusted-adult = Un adulto de confianza puede ser tu mamá, tu papá o quien te cuida, otro familiar, un maestro o una maestra, o el orientador de tu escuela.
# What to do in danger.
help-emergency = Si estás en peligro ahora mismo, llama al número de emergencias de tu país.
# Heading of the helplines part.
help-helplines-title = Líneas de ayuda para niñas y niños
# Body of the helplines part.
help-helplines-body = La mayoría de los países tiene una línea de ayuda gratuita para niñas, niños y jóvenes. Child Helpline International las muestra por país.
# Link text to Child Helpline International's directory.
help-helplines-link = Busca una línea de ayuda en tu país (childhelplineinternational.org)
# Where the helpline information comes from and when it was checked.
help-helplines-source = Fuente: Child Helpline International, consultado el 22 de noviembre de 2026.

## Help: quick exit

# A button on Help and on lessons about abuse, for a child who is not alone: it replaces the app at once with a blank page. Keep it very short.
quick-exit = Salir rápido
# What the quick exit button does: its tooltip, and its description for screen readers.
quick-exit-label = Salir rápido: cierra esta app ahora y muestra una página en blanco

## Help: what to do now (step lists; each line of a list is one step, keep one step per line)

# Heading above the situations.
help-now-title = Qué hacer ahora
# Under that heading.
help-now-intro = Toca lo que está pasando. Da un paso a la vez.
# Situation title for ages 5–8: someone asks for pictures of their body, or says scary things.
help-now-pictures-explorers-title = Alguien me pide fotos mías o me asusta
# Steps for ages 5–8. One step per line.
help-now-pictures-explorers =
    Detente. Puedes decir que no.
    No mandes ninguna foto.
    Sal del juego o del chat.
    Cuéntale ahora a un adulto de tu círculo de seguridad.
    No es tu culpa. Hiciste muy bien en contarlo.
# Situation title for ages 9–12: someone asks for pictures or threatens them.
help-now-pictures-navigators-title = Alguien me está pidiendo fotos o me está amenazando
# Steps for ages 9–12. One step per line.
help-now-pictures-navigators =
    No es tu culpa, aunque ya hayas mandado algo.
    Deja de responder. No mandes nada y no pagues.
    Guarda los mensajes. Toma capturas de pantalla y anota el nombre de usuario.
    Bloquea y reporta la cuenta en la app.
    Cuéntale hoy a un adulto de confianza. Esa persona debe ayudarte, no culparte.
# Situation title for ages 13–17: sextortion (pictures asked for, threats to share them, demands for money or more).
help-now-pictures-teens-title = Alguien me está pidiendo fotos o me está amenazando
# Steps for ages 13–17 (sextortion). One step per line.
help-now-pictures-teens =
    Esto es un delito y no es tu culpa, aunque hayas compartido algo o ya hayas pagado.
    No pagues y no mandes nada más. Deja de responder.
    Guarda las pruebas: capturas de pantalla, nombres de usuario, enlaces. No borres tu cuenta todavía.
    Reporta la cuenta en la app, y también a la CyberTipline o a la policía de tu localidad.
    Take It Down (takeitdown.ncmec.org) puede ayudar a quitar imágenes; de tu dispositivo solo sale un código de la imagen.
    Cuéntale a alguien de confianza o llama a una de las líneas de ayuda de abajo. No es demasiado tarde para pedir ayuda.
# Situation title for caregivers: their child is being asked for pictures or threatened (sextortion).
help-now-pictures-caregivers-title = Alguien le pide fotos a mi hijo o hija, o le hace amenazas
# Steps for caregivers. One step per line.
help-now-pictures-caregivers =
    Mantén la calma. Agradécele a tu hijo o hija que te lo haya contado, y dile que no es su culpa.
    No pagues y no le respondas a esa persona. Pagar casi nunca detiene las amenazas.
    Guarda las pruebas: capturas de pantalla, nombres de usuario, enlaces. No reenvíes ninguna imagen.
    Reporta la cuenta en la plataforma, y también a la CyberTipline o a la policía de tu localidad.
    Usa Take It Down (takeitdown.ncmec.org) para ayudar a quitar imágenes de tu hijo o hija.
    Quédate cerca. Llama a una de las líneas de ayuda de abajo si tú o tu hijo o hija necesitan apoyo.
# Situation title for ages 5–8: someone online makes them feel funny or uncomfortable.
help-now-uncomfortable-explorers-title = Alguien en internet me da una sensación rara o me hace sentir mal
# Steps for ages 5–8. One step per line.
help-now-uncomfortable-explorers =
    Detente y cierra el juego o el video.
    No tienes que contestar.
    Ve con un adulto de tu círculo de seguridad.
    Dile: "Tengo que contarte algo".
    No hiciste nada malo. Contarlo es de valientes.
# Situation title for ages 9–12: someone online makes them uncomfortable.
help-now-uncomfortable-navigators-title = Alguien en internet me incomoda
# Steps for ages 9–12. One step per line.
help-now-uncomfortable-navigators =
    Confía en lo que sientes. Puedes dejar de chatear cuando quieras.
    No te pases a un chat privado y no digas dónde estás.
    Guarda los mensajes con capturas de pantalla.
    Bloquea y reporta a esa persona.
    Cuéntale a un adulto de confianza lo que pasó.
# Situation title for ages 13–17: someone online makes them uncomfortable (pressure, flattery, secrets).
help-now-uncomfortable-teens-title = Alguien en internet me incomoda
# Steps for ages 13–17. One step per line.
help-now-uncomfortable-teens =
    Vale la pena hacerle caso a esa incomodidad. No le debes una respuesta a nadie.
    Fíjate si hay presión: regalos, secretos, pedirte que se pasen a otra app, pedirte fotos.
    Guarda capturas de pantalla del chat y del perfil.
    Bloquea y reporta la cuenta.
    Habla con alguien de confianza o llama a una de las líneas de ayuda de abajo.
# Situation title for caregivers: someone online is making their child uncomfortable.
help-now-uncomfortable-caregivers-title = Alguien en internet está incomodando a mi hijo o hija
# Steps for caregivers. One step per line.
help-now-uncomfortable-caregivers =
    Primero escucha y mantén la calma. Tu reacción decide si tu hijo o hija te lo contará la próxima vez.
    No le quites el celular como castigo.
    Con tu hijo o hija, guarden capturas de pantalla de los mensajes y del perfil.
    Bloqueen y reporten la cuenta entre los dos.
    Si un adulto le pidió guardar secretos, mandar fotos o verse en persona, denúncialo a la policía.
# Situation title for ages 5–8: a friend told them something worrying.
help-now-friend-explorers-title = Mi amigo o amiga me contó algo que me preocupa
# Steps for ages 5–8. One step per line.
help-now-friend-explorers =
    Eres un buen amigo o una buena amiga por escuchar.
    Algunos secretos son para contarlos.
    Cuéntale a un adulto de tu círculo de seguridad.
    Contarlo ayuda a que tu amigo o amiga reciba ayuda.
# Situation title for ages 9–12: a friend told them something worrying.
help-now-friend-navigators-title = Un amigo o amiga me contó algo preocupante
# Steps for ages 9–12. One step per line.
help-now-friend-navigators =
    Escucha y dile a tu amigo o amiga que no es su culpa.
    No compartas sus fotos ni sus mensajes con nadie.
    Cuéntale a un adulto de confianza, aunque tu amigo o amiga te haya pedido guardar el secreto.
    Sigue siendo su amigo o amiga.
# Situation title for ages 13–17: a friend told them something worrying.
help-now-friend-teens-title = Un amigo o amiga me contó algo preocupante
# Steps for ages 13–17. One step per line.
help-now-friend-teens =
    Escucha sin juzgar. Dile que no es su culpa.
    Nunca reenvíes sus imágenes ni sus mensajes, ni siquiera para ayudar.
    Anima a tu amigo o amiga a contárselo a un adulto de confianza, y ofrécete a ir también.
    Si está en peligro, cuéntaselo tú a un adulto. Eso no es una traición.
    Cuídate tú también. Puedes llamar a una de las líneas de ayuda de abajo.
# Situation title for caregivers: their child's friend told their child something worrying.
help-now-friend-caregivers-title = Mi hijo o hija me contó algo preocupante que le pasó a un amigo o amiga
# Steps for caregivers. One step per line.
help-now-friend-caregivers =
    Agradécele que te lo haya contado. Hizo lo correcto.
    No pidas ni mires ninguna imagen.
    Habla con calma con la mamá, el papá o quien cuida a ese amigo o amiga, o con la escuela.
    Si una niña o un niño puede estar en riesgo, repórtalo a una línea de ayuda o a la policía.
# Situation title for ages 5–8: they saw something upsetting.
help-now-saw-explorers-title = Vi algo que me hizo sentir mal
# Steps for ages 5–8. One step per line.
help-now-saw-explorers =
    Ciérralo o pon la pantalla boca abajo.
    No hiciste nada malo.
    Cuéntale a un adulto lo que viste.
    Hagan juntos algo tranquilo.
# Situation title for ages 9–12: they saw something upsetting.
help-now-saw-navigators-title = Vi algo que me afectó
# Steps for ages 9–12. One step per line.
help-now-saw-navigators =
    Ciérralo. No tienes que seguir mirando.
    No lo compartas con nadie.
    Repórtalo en la app.
    Habla con un adulto de confianza sobre cómo te sientes.
# Situation title for ages 13–17: they saw something upsetting.
help-now-saw-teens-title = Vi algo que me afectó
# Steps for ages 13–17. One step per line.
help-now-saw-teens =
    Ciérralo. No tienes que seguir mirando.
    No lo compartas ni lo reenvíes, ni siquiera como advertencia.
    Repórtalo en la plataforma. Si muestra que le hacen daño a una niña o un niño, repórtalo a la CyberTipline o a la policía.
    Habla con alguien de confianza si no te lo puedes sacar de la cabeza.
# Situation title for caregivers: their child saw something upsetting.
help-now-saw-caregivers-title = Mi hijo o hija vio algo que le afectó
# Steps for caregivers. One step per line.
help-now-saw-caregivers =
    Mantén la calma y agradécele que te lo haya contado. No es su culpa.
    Pregúntale qué vio y cómo se siente, sin echarle la culpa.
    Repórtalo en la plataforma. Denuncia las imágenes de abuso infantil a la policía o a la CyberTipline; no las compartas.
    Vuelve a preguntarle cómo está en los próximos días.

## Help: contacts in your country

# Label of the country picker on Help and in Settings.
help-country-label = Tu país
# The country picker's first choice, when no country is chosen yet.
help-country-choose = Elige tu país
# In the country picker: the user's country is not in the list.
help-country-other = Mi país no está en la lista
# Heading above the chosen country's contacts. Variable: $country (the country's name).
help-contacts-title = Quién puede ayudarte en { $country }
# Shown when no country is chosen, or the country has no checked line in the app.
help-contacts-none = Todavía no tenemos una línea de ayuda verificada para este país. Sigue los pasos de esta pantalla y busca una línea en la lista de Child Helpline International, más abajo.
# Tag on a contact: someone to talk to.
help-purpose-talk = Hablar con alguien
# Tag on a contact: a place to report abuse.
help-purpose-report = Denunciar un abuso
# Tag on a contact: emergencies.
help-purpose-emergency = Emergencias
# Tag on a contact: getting pictures removed from the internet.
help-purpose-remove-images = Quitar fotos
# Button on a contact. Variable: $number (the phone number).
help-call = Llamar al { $number }
# Button on a contact. Variable: $number (a number that takes text messages).
help-text = Mandar un mensaje de texto al { $number }
# Button on a contact that takes a keyword by text message. Variables: $keyword (the word to send), $number.
help-text-keyword = Mandar { $keyword } por mensaje de texto al { $number }
# Button on a contact that answers on WhatsApp. Variable: $number.
help-whatsapp = Escribir por WhatsApp al { $number }
# Link to a contact's website or online form.
help-website = Abrir el sitio web
# When a contact answers.
help-hours-always = Atiende las 24 horas, todos los días
# What a contact costs.
help-cost-free = Gratis
# Under each contact: the source and the day it was checked. Variables: $source (a web address), $date (a date, year-month-day).
help-check-number = Verifica que este número sea el correcto para ti. Fuente: { $source }, consultado el { $date }.

## Help: my safety circle

# Heading of the safety circle on Help.
circle-title = Mi círculo de seguridad
# Under the heading.
circle-intro = Escribe el nombre (sin apellido) de hasta cinco adultos de confianza. Solo se guardan en este dispositivo.
# When the circle is empty.
circle-empty = Todavía no hay nadie. Agrega a un adulto de confianza.
# Label of the name field.
circle-name-label = Nombre o apodo
# Button that adds the name.
circle-add = Agregar a mi círculo
# Button that removes a name, for screen readers. Variable: $name.
circle-remove = Quitar a { $name }
# When the circle already has five names.
circle-full = Tu círculo ya tiene cinco personas. Quita a una para agregar a alguien más.
# When the name is empty or too long.
circle-name-invalid = Escribe un nombre de entre 1 y 30 letras.
# When there is no profile yet.
circle-no-profile = Primero crea un perfil; después podrás guardar aquí tu círculo de seguridad.
# Heading at the end of lessons about telling someone.
circle-results-title = A quién le puedes contar
# Before the names at the end of those lessons.
circle-results-body = Puedes contarle a cualquier persona de tu círculo de seguridad:
# At the end of those lessons, when the circle is empty.
circle-results-add = Agrega a los adultos de confianza a tu círculo de seguridad en la pantalla de Ayuda.

## Country names (in the country picker)

# A country's name.
country-bo = Bolivia
# A country's name.
country-br = Brasil
# A country's name.
country-ec = Ecuador
# A country's name.
country-fr = Francia
# A country's name.
country-gb = Reino Unido
# A country's name.
country-gt = Guatemala
# A country's name.
country-id = Indonesia
# A country's name.
country-in = India
# A country's name.
country-ke = Kenia
# A country's name.
country-mx = México
# A country's name.
country-ph = Filipinas
# A country's name.
country-us = Estados Unidos

## For grown-ups: the gate

# Heading of the question that keeps young children out of the family pages.
gate-title = Para personas adultas
# The question. Variables: $left and $right (two numbers to multiply).
gate-question = Para continuar, hay que escribir la respuesta: ¿cuánto es { $left } × { $right }?
# Label of the answer field.
gate-answer-label = Respuesta
# Button under the answer.
gate-continue = Continuar
# After a wrong answer.
gate-wrong = Esa respuesta no es correcta. Aquí hay una pregunta nueva.
# Heading of the gate's setting.
gate-level = Pregunta para personas adultas
# A gate setting: the usual question.
gate-level-standard = Normal
# A gate setting: bigger numbers, for an older child who knows the times tables.
gate-level-harder = Más difícil

## For grown-ups: the family view

# Title of the family view.
family-title = Familia
# Under the title.
family-intro = Lo que hizo cada niña o niño en este dispositivo, y de qué conversar después. Aquí se ven los temas, nunca sus respuestas, para que puedan responder con sinceridad.
# When there are no children's profiles.
family-no-children = Todavía no hay perfiles de niñas o niños en este dispositivo.
# A child's progress. Variables: $done, $total, $mastered (numbers of lessons).
family-progress = Lecciones terminadas: { $done } de { $total }. Dominadas: { $mastered }.
# Heading of the lessons a child has finished.
family-done-title = Terminadas
# Heading of the topics to talk about.
family-talk-about = Para conversar después
# When a child has missed nothing lately.
family-talk-nothing = No hay nada pendiente por ahora. Pregúntale qué fue lo que más le gustó.
# Link to the conversation starters.
family-starters-link = Ideas para conversar, por edad
# Link to managing profiles.
family-manage-link = Administrar perfiles
# Link from Settings and Home to the family view.
family-open = Vista familiar (para personas adultas)

## For grown-ups: managing profiles

# Title of the profile management screen.
manage-title = Administrar perfiles
# Button: reset a child's progress.
manage-reset = Reiniciar el progreso
# Button: delete a profile.
manage-delete = Eliminar perfil
# Confirmation before deleting. Variable: $name (the profile's nickname).
manage-confirm-delete = ¿Eliminar a { $name }? El perfil deja de aparecer en las listas de este dispositivo. Se puede restaurar, con todo su progreso, durante 30 días.
# Confirmation before a reset. Variable: $name.
manage-confirm-reset = ¿Reiniciar el progreso de { $name }? Sus lecciones vuelven a empezar. Se puede deshacer durante 30 días.
# Button: save a backup file before deleting or resetting.
manage-backup-first = Guardar antes una copia de seguridad
# After the backup was saved. Variable: $file (the file's name or place).
manage-backup-saved = Copia de seguridad guardada: { $file }
# When the backup could not be saved.
manage-backup-failed = No se pudo guardar la copia de seguridad. No se eliminó nada.
# Button that confirms a deletion or a reset.
manage-confirm = Confirmar
# Button that cancels.
manage-cancel = Cancelar
# Button that undoes the last reset.
manage-undo-reset = Deshacer el reinicio
# Heading of the recently deleted profiles.
manage-deleted-title = Eliminados recientemente
# Button that brings a deleted profile back. Variable: $name.
manage-restore = Restaurar a { $name }
# Under a deleted profile. Variable: $date (a date, year-month-day).
manage-restorable-until = Se puede restaurar hasta el { $date }.
# When nothing was deleted lately.
manage-none-deleted = No se eliminó nada en los últimos 30 días.

## For grown-ups: conversation starters

# Title of the conversation starters page.
starters-title = Ideas para conversar, por edad
# Under the title.
starters-intro = Preguntas y actividades de las lecciones, por tema, para empezar una conversación en casa o en grupo.
# Label of a prompt from a lesson for a young child with a grown-up.
starters-with-child = Con una niña o un niño de 5 a 8 años
# Label of a prompt from a caregivers' lesson.
starters-for-caregivers = Para ti y tu hijo o hija
# Label of a discussion prompt for a group. Variable: $band (who the lesson is for).
starters-with-group = Con un grupo ({ $band })

## Learning together (lessons for ages 5–8)

# Toggle on the first card of a lesson for 5–8-year-olds.
together-toggle = Lo hacemos juntos
# Label of the grown-up's prompt beside each card.
together-label = Para la persona adulta
# Heading of the next step at home on the results screen.
together-at-home = Próximo paso en casa

## Classroom mode (for trainers with one screen and a whole group)

# Title of the classroom screen.
classroom-title = Aula
# Under the title.
classroom-intro = Presenta lecciones a todo un grupo desde una sola pantalla, en equipos. Todo funciona sin internet.
# Link from Home and Settings to the classroom screen.
classroom-open = Modo aula (para docentes y facilitadores)
# Heading of the ready-made plans.
classroom-ready-made = Planes listos para usar
# Name of a ready-made plan. Variables: $band (who it is for, such as "Ages 9–12"), $part (a number).
classroom-ready-name = { $band }, parte { $part }
# Length of a plan or a lesson. Variable: $minutes.
classroom-minutes = { $minutes } min
# Button that starts a plan with the group.
classroom-run = Usar con un grupo
# Link to the printable trainer sheet of a plan.
classroom-print-sheet = Hoja de facilitación
# Link to the printable one-page handout of a lesson.
classroom-print-handout = Hoja para participantes
# Heading of the trainer's own plans.
classroom-my-plans = Mis planes
# When the trainer has no plans yet.
classroom-no-plans = Todavía no hay planes guardados.
# Heading of the plan builder.
classroom-new-plan = Crear un plan
# Label of the plan's name field.
classroom-plan-name = Nombre del plan
# The plan's total time. Variable: $minutes.
classroom-plan-total = Total: { $minutes } minutos, con tiempo para conversar después de cada lección
# Button that saves the plan.
classroom-save-plan = Guardar el plan
# Button that deletes a saved plan. Variable: $name.
classroom-delete-plan = Eliminar { $name }
# When the plan has no name.
classroom-plan-needs-name = Ponle un nombre al plan.
# When the plan has no lessons.
classroom-plan-needs-lessons = Elige al menos una lección.
# Heading of past sessions.
classroom-sessions = Sesiones realizadas
# When there are none.
classroom-no-sessions = Todavía no hay sesiones.
# A past session. Variables: $date, $plan (its name).
classroom-session = { $date }: { $plan }
# Button that saves a session's results as a CSV file for a report.
classroom-export-csv = Exportar CSV
# When the CSV file could not be saved.
classroom-export-failed = No se pudo guardar el archivo CSV.
# Heading of the team set-up.
classroom-teams-title = Equipos
# Label of the number of teams.
classroom-team-count = Cantidad de equipos
# Label of a team's name field. Variable: $number.
classroom-team-name = Nombre del equipo { $number }
# A team's name until the trainer changes it. Variable: $number.
classroom-team-default = Equipo { $number }
# Button that starts the session.
classroom-start = Empezar
# When the team names cannot be used.
classroom-teams-problem = Dale a cada equipo un nombre distinto, de 1 a 24 caracteres.

## Presenter (the projected screen)

# How to drive the presenter from the keyboard or a clicker.
presenter-keys = Teclas: → o barra espaciadora para avanzar, ← para volver, R para mostrar la respuesta, N para las notas, del 1 al 6 cuando un equipo acierta.
# Button: next card or question.
presenter-next = Siguiente
# Button: back.
presenter-back = Atrás
# Button: show the answer to the group.
presenter-reveal = Mostrar la respuesta
# Heading of the answer, once shown.
presenter-answer = Respuesta
# Heading of the trainer's notes (feedback and discussion prompt).
presenter-notes = Notas de facilitación
# Button that hides or shows the notes while projecting.
presenter-notes-toggle = Notas
# Heading of the team buttons under a question.
presenter-who-got-it = ¿Qué equipos acertaron?
# Heading of the scoreboard.
presenter-scoreboard = Puntos hasta ahora
# A team's points. Variables: $team (its name), $points (a number).
presenter-points = { $team }: { $points }
# Where the presenter is. Variables: $current and $total (numbers).
presenter-progress = { $current } de { $total }
# Heading of the end screen.
presenter-end = ¡Buen trabajo, todo el grupo!
# Under it: encouraging, never ranking.
presenter-end-body = Todos los equipos aprendieron algo hoy. Aquí está lo que cada equipo respondió bien en cada lección.
# Heading of the group discussion prompt in the notes.
presenter-discussion = Para conversar

## Printables

# Button that opens the browser's print dialog.
print-button = Imprimir o guardar como PDF
# Heading of a lesson handout's questions.
print-questions = Preguntas para pensar
# Heading of a trainer sheet. Variable: $plan (the plan's name).
print-plan-title = Hoja de facilitación: { $plan }
# Heading of the answers on a trainer sheet.
print-answers = Respuestas

## Settings

# Title of the settings screen.
settings-title = Configuración
# Heading of the language choice.
settings-language = Idioma
# Heading of the profile list.
settings-profiles = Perfiles en este dispositivo
# Button to make another profile.
settings-add-profile = Agregar un perfil
# Heading of the text size choice.
settings-text-size = Tamaño del texto
# Text size: the normal size.
settings-text-size-standard = Normal
# Text size: one step bigger.
settings-text-size-large = Grande
# Text size: two steps bigger.
settings-text-size-larger = Más grande
# Text size: the biggest.
settings-text-size-largest = El más grande
# Heading of the motion setting.
settings-motion = Movimiento
# Checkbox label: fewer animations.
settings-reduced-motion = Reducir movimientos y animaciones

## Not found

# Title when a page does not exist.
not-found-title = No encontramos esa página
# Body when a page does not exist.
not-found-body = Puede que el enlace sea viejo. Volvamos al inicio.
# Button back to the start.
not-found-home = Ir al inicio

# Used in other messages; do not use on its own.
-brand-name = SafeSteps
