# SafeSteps — MIT OR Apache-2.0

### Lesson: Ask before sharing pictures (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. Never describe what a picture shows.

# Lesson name on the lesson card.
lesson-title = Antes da foto, pergunte
# One line under the lesson name.
lesson-summary = Fotos são divertidas. Vamos aprender quando perguntar antes e quando contar para um adulto.

# Card 1: ask before taking or sharing a picture of someone.
card-ask-your-friend =
    Tirar fotos é divertido!
    Quer tirar uma foto de um amigo?
    Pergunte antes: "Posso tirar uma foto sua?"
    Quer mandar a foto para alguém? Pergunte de novo.
    Se a resposta for não, tudo bem.
    .together = Pergunte: "O que você diz antes de tirar uma foto de um amigo?" Uma boa resposta: "Posso tirar uma foto sua?" Elogie a criança por perguntar.
# Card 2: ask a grown-up before sending a picture of yourself.
card-pictures-of-you =
    Quer mandar uma foto sua?
    Pergunte antes a um adulto.
    Uma foto pode ser passada de um para outro, sem parar.
    O adulto pode ajudar você a escolher.
    .together = Pergunte: "Para quem você pergunta antes de mandar uma foto sua?" Uma boa resposta é você ou outro adulto de confiança.
# Card 3: if someone asks for pictures, you can say no and tell.
card-if-someone-asks =
    Alguém pediu uma foto sua?
    Pode ser uma pessoa de um jogo.
    Pode ser alguém que você conhece.
    Você pode dizer não.
    Depois, conte para um adulto de confiança.
    .together = Pergunte: "O que você pode fazer se alguém pedir uma foto sua?" Uma boa resposta: dizer não e contar para um adulto. Se a criança disser que isso já aconteceu, mantenha a calma, agradeça e pergunte o que aconteceu.
# Card 4: never the child's fault; someone to talk to.
card-not-your-fault =
    Se alguém pede uma foto sua, a culpa não é sua.
    Se você mandou uma foto, a culpa também não é sua.
    O adulto não vai brigar com você.
    Conte para ele, ou toque no botão Ajuda.
    .together = Diga em voz alta: "Se alguém pedir uma foto sua, a culpa não é sua, e eu não vou brigar com você." Se a criança contar alguma coisa, agradeça primeiro e deixe as perguntas para depois.

# Question: a single choice about taking a picture of a friend.
q-friend-picture = Você quer tirar uma foto de um amigo. O que você faz primeiro?
    .hint = O que o seu amigo ia achar se você não perguntasse?
    .explanation = Sempre pergunte antes. O seu amigo pode dizer sim ou não.
# Answer option (right).
q-friend-picture-ask-first = Pergunto: "Posso tirar uma foto sua?"
    .feedback = Isso! Perguntar antes é gentil. O seu amigo pode escolher.
# Answer option (wrong).
q-friend-picture-take-it-fast = Tiro bem rápido, escondido.
    .feedback = Não é bem assim. Talvez o seu amigo não queira foto. Pergunte antes.
# Answer option (wrong).
q-friend-picture-send-to-class = Tiro e mando para a turma toda.
    .feedback = Não é bem assim. Pergunte antes ao seu amigo. E pergunte de novo antes de mandar.

# Question: true or false about a friend who says no. The right answer is "false".
q-friend-says-no = O seu amigo diz não para a foto. Você pode tirar mesmo assim, só dessa vez.
    .hint = O que quer dizer "não"?
    .explanation = Não é não. Se um amigo diz não, não tire a foto.
# Feedback if the child picks "true" (wrong).
q-friend-says-no-true =
    .feedback = Não é bem assim. Não é não, mesmo que seja só uma vez. O seu amigo pode escolher.
# Feedback if the child picks "false" (right).
q-friend-says-no-false =
    .feedback = Isso! Não é não. Assim você é gentil com o seu amigo.

# Question: a single choice about sending a picture of yourself.
q-send-my-picture = Você quer mandar uma foto sua para alguém de um jogo. O que você faz?
    .hint = Quem pode ajudar você a escolher?
    .explanation = Pergunte a um adulto antes de mandar uma foto sua. Uma foto pode ser passada de um para outro, sem parar.
# Answer option (right).
q-send-my-picture-ask-a-grown-up = Pergunto antes a um adulto.
    .feedback = Isso! Um adulto de confiança pode ajudar você a escolher.
# Answer option (wrong).
q-send-my-picture-send-it-now = Mando agora.
    .feedback = Não é bem assim. Uma foto pode ser passada de um para outro, sem parar. Pergunte antes a um adulto.
# Answer option (wrong).
q-send-my-picture-send-it-secretly = Mando e não conto para os adultos da minha casa.
    .feedback = Não é bem assim. Os adultos que cuidam de você podem ajudar. Pergunte para eles antes.

# Question: a single choice about someone asking the child for a picture.
q-someone-asks = Alguém num chat diz: "Me manda uma foto sua." O que você faz?
    .hint = Você tem que dizer sim? Quem pode ajudar?
    .explanation = Você pode dizer não. Depois, conte para um adulto de confiança. Se essa pessoa pediu, a culpa não é sua.
# Answer option (right).
q-someone-asks-say-no-and-tell = Digo não e conto para um adulto.
    .feedback = Isso! Você pode dizer não. Um adulto de confiança vai ajudar.
# Answer option (wrong).
q-someone-asks-send-to-be-nice = Mando uma, para ser legal.
    .feedback = Não é bem assim. Você pode dizer não e continuar sendo gentil. Conte para um adulto de confiança.
# Answer option (wrong).
q-someone-asks-send-and-say-nothing = Mando uma e guardo segredo.
    .feedback = Não é bem assim. Esse é um segredo para contar. Diga não e conte para um adulto.

# Question: sort actions into two groups.
q-good-idea-or-not = Coloque cada um na caixa certa.
    .hint = Tem uma pergunta antes? Tem ajuda de um adulto?
    .explanation = Pergunte antes de tirar ou mandar uma foto. Conte para um adulto se alguém pedir fotos suas.
# Group name.
q-good-idea-or-not-good-idea = Boa ideia
# Group name.
q-good-idea-or-not-stop-and-think = Pare e pense
# Item to sort (good idea).
q-good-idea-or-not-ask-before-taking = Perguntar a um amigo antes de tirar uma foto
    .feedback = Boa ideia! Perguntar antes é gentil.
# Item to sort (good idea).
q-good-idea-or-not-ask-grown-up-before-sending = Perguntar a um adulto antes de mandar uma foto minha
    .feedback = Boa ideia! Um adulto pode ajudar você a escolher.
# Item to sort (good idea).
q-good-idea-or-not-tell-about-asking = Contar para um adulto se alguém pedir uma foto
    .feedback = Boa ideia! Um adulto de confiança vai ajudar.
# Item to sort (stop and think).
q-good-idea-or-not-share-without-asking = Mandar a foto de um amigo sem perguntar
    .feedback = Pare e pense. O seu amigo pode escolher. Pergunte antes.
# Item to sort (stop and think).
q-good-idea-or-not-send-to-game-friend = Mandar uma foto minha para alguém de um jogo
    .feedback = Pare e pense. Pergunte antes a um adulto.

# Question: true or false about telling after a picture was sent. The right answer is "true".
q-already-sent = Você mandou uma foto e agora está se sentindo mal. Você ainda pode contar para um adulto.
    .hint = Um adulto ainda pode ajudar você?
    .explanation = Você sempre pode contar. A culpa não é sua. Um adulto de confiança vai ajudar você.
# Feedback if the child picks "true" (right).
q-already-sent-true =
    .feedback = Isso! A culpa não é sua. O adulto não vai brigar com você.
# Feedback if the child picks "false" (wrong).
q-already-sent-false =
    .feedback = Não é bem assim. Você sempre pode contar. A culpa não é sua, e um adulto vai ajudar.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Pratiquem juntos como pedir: cada um na sua vez diz "Posso tirar uma foto sua?" e o outro responde sim ou não. Diga à criança que, se alguém pedir uma foto dela, ela pode dizer não e contar para você, e que você não vai brigar.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Em casa, combinem juntos uma regra: fotos de outras pessoas só são mandadas depois de perguntar a elas, e fotos da criança só são mandadas junto com você.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte ao grupo: por que a gente pergunta antes de tirar ou mandar a foto de um amigo? O que dá para dizer se alguém pedir uma foto sua? Para quem você poderia contar?
