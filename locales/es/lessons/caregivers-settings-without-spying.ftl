# SafeSteps — MIT OR Apache-2.0

### Lesson: Settings and supervision without spying (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Present settings as tools that work best with trust and talk, never as a replacement for them.

# Lesson name on the lesson card.
lesson-title = Configuración y supervisión sin espiar
# One line under the lesson name.
lesson-summary = Usa configuraciones y controles parentales adecuados a la edad de tu hijo o hija, pónganse de acuerdo en las reglas y conserva su confianza.

# Card 1: age-appropriate settings and parental controls.
card-settings-that-help =
    La configuración y los controles parentales son herramientas útiles. Funcionan mejor cuando tu hijo o hija sabe que existen y por qué los usas.
    Revisa la clasificación por edad de los juegos y las apps antes de que empiece a usarlos.
    Pon las cuentas en privado, para que solo las amistades aprobadas puedan ver las publicaciones.
    Limita quién puede mandarle mensajes, llamarle o enviarle solicitudes de amistad. "Solo amigos" es un buen comienzo.
    Activa los filtros de contenido y los límites de compras dentro de las apps.
    Casi todas las consolas, los celulares y las tiendas de apps tienen una sección familiar o de control parental. En lo posible, configúrenla juntos.
# Card 2: location and privacy settings.
card-location-and-privacy =
    Compartir la ubicación requiere un cuidado especial. Muchas apps pueden mostrar dónde está tu hijo o hija, o agregar un lugar a una foto o publicación.
    Apaga la ubicación en las apps que no la necesitan. Si en tu familia comparten la ubicación, que sea solo entre familiares, y hablen de eso abiertamente.
    Revisa qué hay en su perfil. Su escuela, su nombre completo, su cumpleaños y las fotos con uniforme escolar pueden decirle a la gente dónde encontrar a tu hijo o hija.
    Revisen juntos la configuración de privacidad cada pocos meses, porque las apps cambian.
# Card 3: device rules agreed together.
card-agree-rules-together =
    Las reglas funcionan mejor cuando niñas y niños ayudan a hacerlas. Siéntense juntos y acuerden un plan familiar para los dispositivos.
    Pueden incluir dónde se cargan los dispositivos en la noche, qué apps están bien y cuánto tiempo pasar en internet.
    Acuerden qué hacer si algo sale mal: "Ven a contármelo, y no vas a perder tu dispositivo por eso".
    Incluyan también reglas para las personas adultas, como no usar el celular durante las comidas.
    Escríbanlo y revísenlo otra vez a medida que tu hijo o hija crece.
# Card 4: why secret monitoring can break trust.
card-why-not-secret =
    Las apps que leen mensajes o rastrean en secreto a una niña o un niño pueden parecer una opción segura. Pero la vigilancia en secreto puede romper la confianza.
    Muchas veces se dan cuenta. Cuando pasa, pueden esconder más cosas, abrir cuentas secundarias o dejar de contarte cuando algo sale mal.
    Que tu hijo o hija te cuente las cosas es una de las mejores protecciones que existen.
    Si usas supervisión o controles, habla abiertamente de qué hacen y por qué. Explícalos de una forma adecuada a su edad.
# Card 5: supervision that grows with age; someone to talk to.
card-grows-with-age =
    La supervisión debe crecer junto con tu hijo o hija.
    De 5 a 8 años: dispositivos en espacios compartidos, apps que eliges tú y tú cerca.
    De 9 a 12 años: más libertad para elegir, con configuración de "solo amigos" y conversaciones frecuentes.
    Adolescentes: más privacidad, con reglas básicas de seguridad acordadas y la puerta abierta.
    La meta es una persona joven con habilidades y confianza, que sabe que puede acudir a ti.
    Si algo sale mal, no es culpa de tu hijo o hija. Habla con tu hijo o hija, habla con alguien de confianza si necesitas apoyo, y toca Ayuda para encontrar apoyo en tu país.

# Question: single choice about a young child's game account.
q-young-gamer = Tu hijo o hija de 8 años va a empezar a jugar un juego en línea popular. ¿Cuál configuración es el mejor punto de partida?
    .hint = ¿Quién debería poder hablar con una niña o un niño pequeño en un juego?
    .explanation = El chat solo con amistades que aprobaron juntos es un buen comienzo a esa edad. El chat abierto permite que cualquiera haga contacto.
# Answer option (right).
q-young-gamer-friends-only = Chat solo con amistades aprobadas, configurado juntos
    .feedback = Sí. Conserva la diversión de jugar con sus amistades y limita el contacto de otras personas.
# Answer option (wrong).
q-young-gamer-open-chat = Chat abierto con cualquier jugador, para que haga amistades
    .feedback = No del todo. El chat abierto permite que cualquiera contacte a tu hijo o hija. "Solo amigos" es un comienzo más seguro a esa edad.
# Answer option (wrong).
q-young-gamer-no-settings = No hace falta configurar nada, porque es un juego infantil
    .feedback = No del todo. Los juegos para niñas y niños también pueden tener chat abierto. Revisa la configuración de todas formas.

# Question: multiple choice, "choose all that apply".
q-agreement = ¿Cuáles de estas cosas van en un plan familiar para los dispositivos? Elige todas las respuestas que correspondan.
    .hint = Un buen plan se acuerda en familia y hace que sea seguro hablar.
    .explanation = Dónde se cargan los dispositivos, preguntar antes de instalar apps nuevas, qué hacer cuando algo sale mal y las reglas para las personas adultas ayudan. Castigar a una niña o un niño por contar algo, o esconderle el plan, va en contra de su seguridad.
# Answer option (belongs).
q-agreement-where-devices-sleep = Dónde se cargan los dispositivos en la noche
    .feedback = Sí. Cargar los dispositivos fuera de los cuartos ayuda al sueño y a la seguridad en la noche.
# Answer option (belongs).
q-agreement-ask-before-new-apps = Preguntar antes de descargar apps nuevas
    .feedback = Sí. Te da la oportunidad de revisar la configuración juntos.
# Answer option (belongs).
q-agreement-what-to-do-if-wrong = Qué hacer si algo sale mal en internet
    .feedback = Sí. Un plan claro ayuda a tu hijo o hija a actuar rápido y acudir a ti.
# Answer option (belongs).
q-agreement-rules-for-adults-too = Reglas también para las personas adultas
    .feedback = Sí. Las reglas compartidas se sienten justas y dan un buen ejemplo.
# Answer option (does not belong).
q-agreement-punish-for-telling = Perder el dispositivo si cuenta que tuvo un problema
    .feedback = No del todo. Esto les enseña a niñas y niños a esconder los problemas. Mejor haz que contarlo sea seguro.
# Answer option (does not belong).
q-agreement-kept-secret-from-child = Reglas que tu hijo o hija no conoce
    .feedback = No del todo. Un plan solo funciona si tu hijo o hija ayudó a hacerlo y sabe lo que dice.

# Question: true or false about controls replacing conversation. The right answer is "false".
q-controls-replace-talk = Los controles parentales pueden reemplazar las conversaciones con tu hijo o hija sobre la seguridad en internet.
    .hint = Piensa en lo que los controles no pueden ver ni detener.
    .explanation = Los controles ayudan, pero ninguna configuración lo detecta todo. Conversar desarrolla habilidades y confianza, para que tu hijo o hija acuda a ti cuando algo se escape.
# Feedback if the caregiver picks "true" (wrong).
q-controls-replace-talk-true =
    .feedback = No del todo. Los controles no lo ven todo, y niñas y niños pueden encontrar cómo saltárselos. Lo que hace que acudan a ti es la conversación.
# Feedback if the caregiver picks "false" (right).
q-controls-replace-talk-false =
    .feedback = Así es. Los controles y las conversaciones funcionan mejor juntos.

# Question: a scenario. The situation is shown first, then the question.
q-first-social-account = ¿Cuál es un buen enfoque?
    .situation = Tu hijo o hija de 13 años quiere su primera cuenta en redes sociales. La app permite usuarios de su edad, y casi todas sus amistades ya tienen una.
    .hint = Piensa en la configuración, la confianza y lo que pasa si algo sale mal.
    .explanation = Abrir la cuenta juntos y acordar las reglas abiertamente desarrolla habilidades y confianza. La vigilancia en secreto puede romper la confianza, y no hablar del tema deja a tu hijo o hija sin un plan.
# Action (best).
q-first-social-account-set-up-together = Configurarla juntos: cuenta privada, mensajes solo de amistades, ubicación apagada y conversaciones acordadas para revisar cómo va.
    .feedback = La mejor opción. Tu hijo o hija aprende a usar la configuración, y tienen claro el plan.
# Action (also good).
q-first-social-account-agree-and-explain = Acordar las reglas juntos, y explicarle qué controles vas a usar y por qué.
    .feedback = Buena opción. Hablar abiertamente de los controles conserva la confianza y hace más probable que acuda a ti.
# Action (not helpful).
q-first-social-account-secret-monitoring-app = Decirle que sí, y luego instalar a escondidas una app que lee sus mensajes.
    .feedback = Si tu hijo o hija se entera, la confianza se puede romper. Puede esconder más cosas y dejar de contarte lo que pasa.
# Action (not helpful).
q-first-social-account-alone-no-talk = Dejar que la configure sin ayuda, sin hablar de la configuración.
    .feedback = La configuración predeterminada puede no ser la más segura para tu hijo o hija. Tal vez no sepa cómo proteger bien la cuenta, ni qué hacer si algo sale mal.

# Question: sort supervision approaches into age groups.
q-support-by-age = Pon cada forma de supervisión en el grupo de edad donde suele funcionar mejor.
    .hint = La supervisión se va aflojando a medida que crecen las habilidades y la confianza.
    .explanation = Las niñas y los niños pequeños necesitan espacios compartidos y apps elegidas por un adulto. De 9 a 12 años tienen más libertad para elegir, con conversaciones frecuentes. Las y los adolescentes tienen más privacidad, con reglas básicas acordadas. Cada niña o niño es distinto, así que ajústalo al tuyo.
# Group name.
q-support-by-age-ages-5-to-8 = De 5 a 8 años
# Group name.
q-support-by-age-ages-9-to-12 = De 9 a 12 años
# Group name.
q-support-by-age-teens = Adolescentes
# Item to sort (ages 5 to 8).
q-support-by-age-shared-rooms = Dispositivos en espacios compartidos, con un adulto cerca
    .feedback = A esa edad, a niñas y niños les va mejor con un adulto cerca mientras juegan.
# Item to sort (ages 5 to 8).
q-support-by-age-adult-picks-apps = Un adulto elige las apps y los juegos
    .feedback = A esta edad, tú eliges lo que es adecuado.
# Item to sort (ages 9 to 12).
q-support-by-age-friends-only-check-ins = Configuración de "solo amigos" con conversaciones frecuentes
    .feedback = De 9 a 12 años tienen más libertad, contigo todavía cerca.
# Item to sort (ages 9 to 12).
q-support-by-age-approve-apps-together = Apps nuevas acordadas juntos antes de descargarlas
    .feedback = Decidir juntos desarrolla su criterio.
# Item to sort (teens).
q-support-by-age-agreed-privacy = Más privacidad, con reglas básicas de seguridad acordadas
    .feedback = En la adolescencia se necesita privacidad para crecer, con unas pocas reglas básicas claras.
# Item to sort (teens).
q-support-by-age-teen-reviews-settings = Tu hijo o hija adolescente revisa su propia configuración de privacidad, con ayuda si la necesita
    .feedback = En la adolescencia pueden hacerse cargo de su configuración, sabiendo que estás ahí para ayudar.

# Question: put the steps in order.
q-new-app-steps = Tu hijo o hija quiere una app nueva. Pon estos pasos de configuración en un orden lógico.
    .hint = ¿Qué necesitas saber antes de que exista la cuenta, y qué solo se puede hacer cuando ya existe?
    .explanation = Primero revisa la clasificación por edad. Luego abran la cuenta juntos y ajusten su configuración. Practiquen cómo bloquear y reportar cuando ya esté lista. Revisen la configuración otra vez cada pocos meses, porque las apps cambian.
# Step 1.
q-new-app-steps-check-age-rating = Revisar la clasificación por edad y lo que hace la app
    .feedback = Primero decide si la app es adecuada para la edad de tu hijo o hija.
# Step 2.
q-new-app-steps-create-together = Abrir la cuenta juntos, con la edad real de tu hijo o hija
    .feedback = Con la edad real, la app puede activar las funciones de seguridad que tiene para usuarios jóvenes.
# Step 3.
q-new-app-steps-lock-down-settings = Poner la cuenta en privado, limitar quién puede mandar mensajes y apagar la ubicación
    .feedback = Cuando la cuenta ya existe, limita quién puede ver, contactar y encontrar a tu hijo o hija.
# Step 4.
q-new-app-steps-practise-block-report = Practicar juntos cómo bloquear y reportar
    .feedback = Practicar hace que tu hijo o hija sepa qué hacer si algo sale mal.
# Step 5.
q-new-app-steps-check-again-later = Revisar juntos la configuración otra vez en unos meses
    .feedback = Las apps cambian su configuración, así que vuelvan a revisarla de vez en cuando.

# Question: single choice about why secret monitoring can backfire.
q-secret-backfire = ¿Por qué la vigilancia en secreto puede ser contraproducente?
    .hint = Piensa en lo que pasa cuando una niña o un niño se da cuenta.
    .explanation = Muchas veces se dan cuenta. Entonces pueden esconder más cosas y dejar de contarte. La supervisión abierta conserva la confianza, que es una de las mejores protecciones.
# Answer option (right).
q-secret-backfire-hide-and-stop-telling = Si se da cuenta, puede esconder más cosas y dejar de contarte lo que pasa.
    .feedback = Sí. Perder la confianza puede significar perder la oportunidad de ayudar.
# Answer option (wrong).
q-secret-backfire-always-safer = No es contraproducente. La vigilancia en secreto siempre es la opción más segura.
    .feedback = No del todo. Puede romper la confianza y llevar a niñas y niños a esconder cosas. La supervisión abierta suele ser más segura.
# Answer option (wrong).
q-secret-backfire-children-never-notice = No puede salir mal, porque niñas y niños nunca se dan cuenta.
    .feedback = No del todo. Muchas veces se dan cuenta, y entonces pueden abrir cuentas ocultas.

# Question: true or false about location sharing. The right answer is "true".
q-location-limited = Para la mayoría de niñas y niños, lo mejor es apagar la ubicación en las apps o compartirla solo con la familia.
    .hint = ¿Quién necesita saber dónde está tu hijo o hija?
    .explanation = Sí. Las apps pueden mostrarles a otras personas la ubicación de tu hijo o hija. Mantenla apagada, o limítala a la familia, y hablen de eso abiertamente.
# Feedback if the caregiver picks "true" (right).
q-location-limited-true =
    .feedback = Así es. Solo las personas en quienes tu familia confía necesitan saber dónde está tu hijo o hija.
# Feedback if the caregiver picks "false" (wrong).
q-location-limited-false =
    .feedback = No del todo. La ubicación en las apps puede mostrar dónde vive o a qué escuela va tu hijo o hija. Mantenla apagada o solo para la familia.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Prueba decir: "¿Me enseñas la configuración de tu app favorita? Vamos a revisar quién te puede mandar mensajes y quién puede ver dónde estás". Luego acuerden juntos una regla familiar para los dispositivos, que valga igual para las personas adultas y para niñas y niños.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pregunta al grupo: ¿dónde está la línea entre cuidar a una niña o un niño y espiar lo que hace? ¿Cómo debería cambiar la supervisión de los 6 a los 16 años, y cómo pueden las personas adultas hablar abiertamente de los controles que usan?
