# SafeSteps — MIT OR Apache-2.0

### Lesson: Secrets that feel bad are for telling (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words and no detail: talk about feelings and telling.
### Follows the NSPCC PANTS idea at a general level ("your body belongs to you").

# Lesson name on the lesson card.
lesson-title = Secretos que se sienten mal
# One line under the lesson name.
lesson-summary = Las sorpresas son divertidas. Los secretos que se sienten mal son para contarlos. Vamos a ver por qué.

# Card 1: surprises are fun and shared soon.
card-surprises =
    Una sorpresa es divertida.
    Es como un regalo de cumpleaños.
    La guardas por poco tiempo.
    ¡Luego todos se enteran y sonríen!
    .together = Pregúntale: "¿Qué sorpresa has guardado?". Una buena respuesta es algo divertido de lo que todos se enteran pronto, como un regalo.
# Card 2: secrets that feel bad are for telling.
card-secrets-that-feel-bad =
    Algunos secretos se sienten mal.
    Te dan tristeza, miedo o preocupación.
    Un secreto que se siente mal es para contarlo.
    Cuéntaselo a un adulto de confianza.
    .together = Pregúntale: "¿Qué sientes cuando guardas un secreto que se siente mal?". Buenas respuestas: tristeza, miedo, preocupación. Dile que esos secretos son para contarlos.
# Card 3: "don't tell your grown-ups" is never a fun surprise, whoever says it (a friend, someone in a game, even a grown-up the child knows).
card-no-secrets-from-grown-ups =
    Alguien te puede decir: "No les digas a los adultos que te cuidan".
    Puede ser un amigo o una amiga, o alguien de un juego.
    Hasta puede ser un adulto que conoces.
    Eso no es una sorpresa divertida.
    Es un secreto para contar.
    .together = Dile: "Si alguien te dice que no me cuentes algo, ese es un secreto para contar". Habla con una voz tranquila y cariñosa.
# Card 4: body autonomy at a general level (NSPCC PANTS).
card-your-body =
    Tu cuerpo es tuyo.
    Puedes decir que no, aunque sea a alguien que conoces.
    No es no.
    Si algo te parece raro o tienes dudas, cuéntaselo a un adulto.
    .together = Pregúntale: "¿De quién es tu cuerpo?". Una buena respuesta: "Mío". Recuérdale que puede decir que no, aunque sea a alguien de la familia.
# Card 5: never the child's fault; someone to talk to.
card-tell-someone =
    Si alguien te pide guardar un secreto que se siente mal, no es tu culpa.
    Puedes contarlo, aunque lo hayas guardado un tiempo.
    Tu adulto de confianza no se va a enojar contigo.
    También puedes tocar el botón de Ayuda.
    .together = Dile a tu hijo o hija que te puede contar cualquier secreto, aunque sea de hace tiempo, y que no te vas a enojar. Si te cuenta algo preocupante, dale las gracias, mantén la calma y busca ayuda.

# Question: sort things into surprises and secrets to tell.
q-surprise-or-tell = ¿Es una sorpresa divertida o un secreto para contar? Pon cada uno en la caja donde va.
    .hint = ¿Va a hacer sonreír a alguien pronto? ¿O se siente mal?
    .explanation = Las sorpresas son divertidas y todos se enteran pronto. Los secretos que se sienten mal son para contárselos a un adulto.
# Group name.
q-surprise-or-tell-surprise = Sorpresa divertida
# Group name.
q-surprise-or-tell-tell-a-grown-up = Contárselo a un adulto
# Item to sort (fun surprise).
q-surprise-or-tell-birthday-gift = Un regalo para el cumpleaños de papá
    .feedback = Un regalo es una sorpresa divertida. Papá se va a enterar pronto y va a sonreír.
# Item to sort (fun surprise).
q-surprise-or-tell-party-for-gran = Una fiesta para la abuelita
    .feedback = Una fiesta es una sorpresa divertida. La abuelita se va a enterar pronto.
# Item to sort (tell a grown-up).
q-surprise-or-tell-game-chat-secret = Alguien en un juego te dice: "No le cuentes a tu mamá de nuestros chats".
    .feedback = Nadie debe pedirte que escondas tus chats de los adultos que te cuidan. Cuéntaselo a un adulto de confianza.
# Item to sort (tell a grown-up).
q-surprise-or-tell-tummy-feels-funny = Un secreto que te hace sentir algo raro en la pancita
    .feedback = Un secreto que se siente mal es para contarlo. Un adulto te puede ayudar.
# Item to sort (tell a grown-up).
q-surprise-or-tell-picture-secret = Alguien te dice: "Esta foto es nuestro secreto".
    .feedback = Una foto que tienes que esconder es para contarla. Cuéntaselo a un adulto de confianza.

# Question: a single choice about a game friend asking for a secret.
q-game-friend-secret = Alguien que conoces de un juego te dice: "No le digas a tu papá que chateamos". ¿Qué haces?
    .hint = ¿Es una sorpresa divertida? ¿O un secreto que escondes de los adultos que te cuidan?
    .explanation = Una sorpresa es divertida, y todos se enteran pronto. "No le digas a tu papá" no es una sorpresa. Es un secreto para contar.
# Answer option (right).
q-game-friend-secret-tell-a-grown-up = Se lo cuento a un adulto de confianza.
    .feedback = ¡Sí! Este es un secreto para contar. Un adulto que te cuida te puede ayudar.
# Answer option (wrong).
q-game-friend-secret-keep-it = Guardo el secreto.
    .feedback = No del todo. Esto no es una sorpresa divertida. Es un secreto que escondes de los adultos que te cuidan, así que cuéntaselo a uno de ellos.
# Answer option (wrong).
q-game-friend-secret-keep-chatting = Sigo chateando y no digo nada.
    .feedback = No del todo. Un secreto que escondes de los adultos que te cuidan es para contarlo. Te van a ayudar.

# Question: true or false about keeping every secret. The right answer is "false".
q-keep-every-secret = Tienes que guardar todos los secretos, hasta los que se sienten mal.
    .hint = ¿Qué hacemos con un secreto que se siente mal?
    .explanation = Los secretos que se sienten mal son para contarlos. Cuéntaselos a un adulto de tu círculo.
# Feedback if the child picks "true" (wrong).
q-keep-every-secret-true =
    .feedback = No del todo. No tienes que guardar un secreto que se siente mal. Cuéntaselo a un adulto de confianza.
# Feedback if the child picks "false" (right).
q-keep-every-secret-false =
    .feedback = ¡Sí! Un secreto que se siente mal es para contarlo.

# Question: a single choice about saying no to a hug (body autonomy).
q-hug-from-cousin = Tu primo quiere darte un abrazo. Tú no quieres. ¿Qué puedes hacer?
    .hint = ¿De quién es tu cuerpo?
    .explanation = Tu cuerpo es tuyo. Puedes decir que no, aunque sea a alguien que conoces. Si no para, cuéntaselo a un adulto de confianza.
# Answer option (right).
q-hug-from-cousin-no-thank-you = Digo: "No, gracias. ¿Mejor nos saludamos con la mano?".
    .feedback = ¡Sí! Tu cuerpo es tuyo. Puedes decir que no de forma amable.
# Answer option (wrong).
q-hug-from-cousin-must-hug = Lo abrazo, aunque no quiera.
    .feedback = No del todo. Tu cuerpo es tuyo. Puedes decir que no, aunque sea a alguien que conoces.
# Answer option (wrong).
q-hug-from-cousin-say-nothing = No digo nada. No puedo decir que no.
    .feedback = No del todo. Siempre puedes decir que no. No es no. Un adulto te puede ayudar a decirlo.

# Question: a single choice about a grown-up the child knows asking for a secret that feels odd (not a surprise).
q-grown-up-secret = Un adulto que conoces te dice: "Este es nuestro secreto. No le digas a tu mamá". Se siente raro. ¿Qué haces?
    .hint = ¿Es una sorpresa divertida o un secreto que se siente raro?
    .explanation = Un secreto que se siente raro es para contarlo, aunque un adulto que conoces te haya dicho que lo guardes. Cuéntaselo a un adulto de tu círculo.
# Answer option (right).
q-grown-up-secret-tell-circle = Se lo cuento a mamá, o a un adulto de mi círculo.
    .feedback = ¡Sí! Hiciste lo correcto. Un adulto de tu círculo te va a ayudar.
# Answer option (wrong).
q-grown-up-secret-keep-it-they-are-nice = Lo guardo. Esa persona es buena conmigo.
    .feedback = No del todo. Ni siquiera los adultos buenos deben pedirte un secreto así. Cuéntaselo a un adulto de confianza.
# Answer option (wrong).
q-grown-up-secret-do-what-they-say = Hago lo que me dice.
    .feedback = No del todo. No tienes que guardarlo. Cuéntaselo a un adulto de tu círculo.

# Question: true or false about blame. The right answer is "true".
q-not-to-blame = Si alguien te pide guardar un secreto que se siente mal, no es tu culpa.
    .hint = ¿Quién hizo algo que no está bien: tú, o quien te lo pidió?
    .explanation = Nunca es tu culpa. Quien te lo pidió hizo algo que no está bien. Cuéntaselo a un adulto. Te va a ayudar.
# Feedback if the child picks "true" (right).
q-not-to-blame-true =
    .feedback = ¡Sí! Nunca es tu culpa. Tu adulto de confianza no se va a enojar contigo.
# Feedback if the child picks "false" (wrong).
q-not-to-blame-false =
    .feedback = No del todo. Nunca es tu culpa. Contarlo es lo correcto.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Pregúntale a tu hijo o hija: "¿Cuál es la diferencia entre una sorpresa y un secreto?". Dile que siempre te puede contar un secreto que se siente mal, aunque alguien le haya dicho que no lo cuente, y que no te vas a enojar.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = En casa, usen las palabras "sorpresa" y "secreto" en el día a día, y repite seguido que los secretos que se sienten mal siempre son para contarlos.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pide al grupo que nombre sorpresas divertidas y secretos que se sienten mal. ¿Cómo se distinguen? ¿A quién le podrían contar un secreto que se siente mal?
