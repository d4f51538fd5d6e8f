# SafeSteps — MIT OR Apache-2.0

### Lesson: Kind and unkind online (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. Games and chats are fun; kindness makes them better.

# Lesson name on the lesson card.
lesson-title = Gentileza e grosseria
# One line under the lesson name.
lesson-summary = Palavras gentis deixam jogos e chats mais legais. Vamos aprender o que fazer se alguém não for gentil.

# Card 1: kind words in games and chats.
card-kind-words =
    Jogos e chats ficam mais legais quando a gente é gentil.
    Palavras gentis fazem as pessoas se sentirem bem.
    "Boa partida!" é gentil.
    "Boa tentativa!" também é.
    .together = Pergunte: "Que palavras gentis você pode dizer num jogo?" Boas respostas: "Boa partida!", "Boa tentativa!", "Mandou bem!"
# Card 2: unkind words and how others feel.
card-unkind-words =
    Palavras grosseiras podem machucar.
    Como xingar, ou dizer "Você não pode brincar."
    Uma criança de verdade lê as suas palavras na tela.
    Palavras grosseiras podem deixar essa criança triste.
    .together = Pergunte: "Como você se sentiria se alguém escrevesse isso para você?" Escute, e deem juntos um nome para o sentimento.
# Card 3: what to do if someone is unkind: stop, don't reply, tell; a grown-up helps block and report.
card-if-someone-is-unkind =
    Alguém está sendo grosseiro com você?
    Pare. Não responda.
    Conte para um adulto de confiança.
    Ele pode ajudar você a bloquear e denunciar essa pessoa.
    A culpa não é sua.
    .together = Pergunte: "O que você faz se alguém for grosseiro?" Uma boa resposta: parar, não responder, contar para um adulto. Se isso já aconteceu, mantenha a calma e agradeça à criança por ter contado.
# Card 4: being kind to others; someone to talk to.
card-you-can-be-kind =
    Você também pode ser gentil.
    Pense antes de digitar.
    Isso vai fazer a pessoa sorrir ou ficar triste?
    Precisa de ajuda? Fale com um adulto de confiança.
    Ou toque no botão Ajuda.
    .together = Pergunte: "O que você poderia escrever para fazer alguém sorrir?" Elogie qualquer ideia gentil.

# Question: sort words into kind and unkind.
q-kind-or-unkind = Essas palavras são gentis ou grosseiras? Coloque cada uma na caixa certa.
    .hint = Como você se sentiria se alguém dissesse isso para você?
    .explanation = Palavras gentis fazem as pessoas se sentirem bem. Palavras grosseiras podem deixar as pessoas tristes.
# Group name.
q-kind-or-unkind-kind = Gentil
# Group name.
q-kind-or-unkind-unkind = Grosseira
# Item to sort (kind).
q-kind-or-unkind-good-game = "Boa partida!"
    .feedback = Gentil! Faz o seu amigo se sentir bem, ganhando ou perdendo.
# Item to sort (kind).
q-kind-or-unkind-nice-try = "Boa tentativa!"
    .feedback = Gentil! Ajuda o seu amigo a continuar tentando.
# Item to sort (kind).
q-kind-or-unkind-want-to-play = "Quer brincar?"
    .feedback = Gentil! Faz a pessoa se sentir parte da brincadeira.
# Item to sort (unkind).
q-kind-or-unkind-bad-at-this = "Você é ruim nisso."
    .feedback = Grosseira. Palavras assim podem deixar alguém triste.
# Item to sort (unkind).
q-kind-or-unkind-cannot-play = "Você não pode brincar com a gente."
    .feedback = Grosseira. Pode fazer alguém se sentir de fora.

# Question: a single choice about being called names.
q-called-names = Alguém num jogo xinga você. O que você faz?
    .hint = Pense nos três passos do cartão.
    .explanation = Pare, não responda e conte para um adulto de confiança. A culpa não é sua.
# Answer option (right).
q-called-names-stop-and-tell = Paro, não respondo e conto para um adulto.
    .feedback = Isso! Um adulto de confiança pode ajudar você a bloquear e denunciar essa pessoa.
# Answer option (wrong).
q-called-names-call-names-back = Xingo de volta.
    .feedback = Não é bem assim. É normal ficar com raiva. Mas responder com palavras grosseiras pode piorar. Pare e conte para um adulto.
# Answer option (wrong).
q-called-names-keep-it-in = Continuo jogando e guardo isso só para mim.
    .feedback = Não é bem assim. Você não precisa resolver isso sem ajuda. Conte para um adulto de confiança.

# Question: true or false about saying unkind things back. The right answer is "false".
q-say-it-back = Se alguém é grosseiro, o melhor é responder com coisas grosseiras também.
    .hint = Quais são os passos quando alguém é grosseiro?
    .explanation = Pare, não responda e conte para um adulto. Responder com palavras grosseiras pode piorar.
# Feedback if the child picks "true" (wrong).
q-say-it-back-true =
    .feedback = Não é bem assim. É normal ficar com raiva. Mas o melhor é parar, não responder e contar para um adulto.
# Feedback if the child picks "false" (right).
q-say-it-back-false =
    .feedback = Isso! Pare, não responda e conte para um adulto de confiança.

# Question: a single choice about how someone else feels.
q-how-sam-feels = Num jogo, a Mia escreve para o Léo: "Você é ruim nisso!" Como o Léo pode se sentir?
    .hint = Como você se sentiria se alguém dissesse isso para você?
    .explanation = Palavras grosseiras podem deixar as pessoas tristes. O Léo é uma criança de verdade, com sentimentos de verdade.
# Answer option (right).
q-how-sam-feels-sad = Triste ou magoado
    .feedback = Isso. Palavras grosseiras podem machucar. O Léo pode ficar triste.
# Answer option (wrong).
q-how-sam-feels-happy = Feliz
    .feedback = Não é bem assim. Palavras grosseiras não deixam ninguém feliz. O Léo pode ficar triste.
# Answer option (wrong).
q-how-sam-feels-does-not-care = O Léo não liga.
    .feedback = Não é bem assim. Palavras numa tela também podem machucar. O Léo é uma criança de verdade, com sentimentos de verdade.

# Question: a single choice about what to say after a game.
q-after-a-game = Você perde uma partida. O que é gentil dizer?
    .hint = Quais palavras fariam o outro jogador sorrir?
    .explanation = "Boa partida!" é gentil, ganhando ou perdendo.
# Answer option (right).
q-after-a-game-good-game = "Boa partida!"
    .feedback = Isso! É gentil, ganhando ou perdendo.
# Answer option (wrong).
q-after-a-game-you-are-bad = "Você é ruim nisso!"
    .feedback = Não é bem assim. Essas palavras podem deixar alguém triste. Tente "Boa partida!"
# Answer option (wrong).
q-after-a-game-not-playing-with-you = "Não vou mais jogar com você."
    .feedback = Não é bem assim. Perder pode ser chato. Mas "Boa partida!" é gentil.

# Question: true or false about blame when someone is unkind. The right answer is "true".
q-unkind-to-you = Se alguém é grosseiro com você, a culpa não é sua.
    .hint = Quem escolheu as palavras grosseiras?
    .explanation = A culpa nunca é sua quando alguém é grosseiro com você. Conte para um adulto de confiança.
# Feedback if the child picks "true" (right).
q-unkind-to-you-true =
    .feedback = Isso! A culpa nunca é sua. Um adulto de confiança pode ajudar.
# Feedback if the child picks "false" (wrong).
q-unkind-to-you-false =
    .feedback = Não é bem assim. A culpa nunca é sua quando alguém é grosseiro. Conte para um adulto de confiança.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Pergunte à criança: "Que palavras gentis você pode usar num jogo?" Depois pergunte o que ela faria se alguém fosse grosseiro com ela na internet. Pratiquem juntos: parar, não responder, contar para um adulto.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Em casa, joguem um jogo juntos e, durante a partida, cada um na sua vez diz uma coisa gentil para o outro.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Peça ao grupo que conte palavras gentis que gosta de ouvir num jogo. Como as palavras grosseiras fazem as pessoas se sentirem? Quais são os três passos quando alguém é grosseiro?
