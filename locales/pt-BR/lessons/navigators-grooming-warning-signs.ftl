# SafeSteps — MIT OR Apache-2.0

### Lesson: Warning signs (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Name actions and feelings; never describe abuse.

# Lesson name on the lesson card.
lesson-title = Perceba os sinais de alerta
# One line under the lesson name.
lesson-summary = Aprenda a perceber quando alguém na internet não é um amigo de verdade. Depois, aprenda o que fazer.

# Card 1: technology is positive; risks can come from people you know too.
card-fun-and-friends =
    Jogos, chats e apps de vídeo são um ótimo jeito de se divertir e ficar perto dos amigos.
    A maioria das pessoas na internet é legal. Mas algumas se fazem de superamigas para enganar uma criança.
    Pode ser um desconhecido, um amigo da internet ou até alguém que você conhece.
    Conhecer os sinais de alerta ajuda você a perceber isso cedo.
# Card 2: the main warning signs of grooming.
card-warning-signs =
    Aqui estão alguns sinais de alerta.
    Alguém dá presentes, moedas do jogo ou skins para você sem motivo.
    A pessoa pede para você manter as conversas em segredo.
    Ela quer passar para um chat privado ou para outro app.
    Ela diz coisas como "Você tem cabeça de gente grande" ou "Só eu te entendo."
    Ela pede fotos, ou pergunta como você é.
# Card 3: pressure and saying no.
card-pressure =
    Um amigo de verdade aceita um "não".
    Se alguém faz você sentir pressão, culpa ou medo, tem alguma coisa errada.
    Você pode parar de responder, denunciar e bloquear a pessoa. Você pode fazer isso mesmo se gostava dela antes.
# Card 4: it is never the child's fault.
card-not-your-fault =
    Se alguém na internet enganou ou pressionou você, a culpa não é sua.
    Quem engana uma criança é quem está fazendo coisa errada.
    Você ainda pode pedir ajuda a qualquer hora, mesmo se guardou um segredo ou mandou alguma coisa.
# Card 5: who to tell and where to find help.
card-tell-someone =
    Conte para um adulto de confiança, como sua mãe, seu pai, um responsável ou um professor.
    Ele não deve colocar a culpa em você. O papel dele é ajudar você a denunciar, bloquear e se sentir em segurança.
    Guarde as mensagens. Não apague; elas ajudam na hora de denunciar.
    Você também pode tocar no botão Ajuda para achar alguém para conversar.

# Question: single choice about a gift offered in a game.
q-free-coins = Alguém num jogo diz: "Eu te dou moedas de graça se você me adicionar em outro app." O que é isso?
    .hint = Volte aos sinais de alerta. Alguma coisa daquela lista está acontecendo aqui?
    .explanation = Um presente com uma condição e a troca para outro app são dois sinais de alerta. Diga não e conte para um adulto de confiança.
# Answer option (right).
q-free-coins-warning-sign = Um sinal de alerta
    .feedback = Isso! Presentes de graça e a troca para outro app são dois sinais de alerta. Contar para um adulto de confiança é uma atitude muito boa.
# Answer option (wrong).
q-free-coins-just-kind = Só gentileza
    .feedback = Não é bem assim. Pessoas gentis não precisam que você mude de app para dar um presente. Presentes com condição são um sinal de alerta.
# Answer option (wrong).
q-free-coins-fair-trade = Uma troca justa
    .feedback = Não é bem assim. Isso não é uma troca. Um presente que vem com "vamos para outro app" é um sinal de alerta.

# Question: multiple choice, "choose all that apply".
q-which-signs = Alguém que você conheceu num jogo faz estas coisas. Quais são sinais de alerta? Escolha todas as respostas que combinam.
    .hint = Para cada uma, pergunte: estaria tudo bem se um adulto de confiança visse isso?
    .explanation = Segredos, presentes de graça, a troca para um app privado e pedir fotos são sinais de alerta. Dizer "boa partida" é normal. Jogar o mesmo jogo também.
# Answer option (a warning sign).
q-which-signs-keep-it-secret = A pessoa pede para você manter as conversas em segredo.
    .feedback = Pedir para você esconder conversas dos adultos que cuidam de você é um sinal de alerta.
# Answer option (a warning sign).
q-which-signs-gifts-for-nothing = A pessoa dá presentes para você sem motivo.
    .feedback = Presentes sem motivo podem ser um jeito de fazer você sentir que deve algo a ela. Isso é um sinal de alerta.
# Answer option (a warning sign).
q-which-signs-move-to-private-app = A pessoa quer passar para um app privado.
    .feedback = Num chat privado, ninguém mais vê o que ela diz. Isso é um sinal de alerta.
# Answer option (a warning sign).
q-which-signs-asks-for-photos = A pessoa pede fotos suas.
    .feedback = Pedir fotos é um sinal de alerta. Você pode dizer não e contar para um adulto.
# Answer option (not a warning sign).
q-which-signs-says-good-game = A pessoa diz "boa partida" no fim do jogo.
    .feedback = Não é bem assim. Dizer "boa partida" é normal e gentil.
# Answer option (not a warning sign).
q-which-signs-plays-same-game = A pessoa joga o mesmo jogo que você.
    .feedback = Não é bem assim. Isso é normal. Muita gente joga os mesmos jogos.

# Question: true or false about strangers.
q-only-strangers = Só desconhecidos tentam enganar crianças na internet.
    .hint = Alguém que você já conhece pode agir de um jeito que parece errado?
    .explanation = Pode ser qualquer pessoa: um desconhecido, um amigo da internet ou alguém que você conhece. Preste atenção no que as pessoas fazem, não só em quem elas são.
# Feedback if the child picks "true" (wrong).
q-only-strangers-true =
    .feedback = Não é bem assim. Também pode ser um amigo da internet ou alguém que você conhece. Fique de olho nos sinais de alerta com qualquer pessoa.
# Feedback if the child picks "false" (right).
q-only-strangers-false =
    .feedback = Isso! Pode ser qualquer pessoa, até alguém que você conhece. Perceber os sinais ajuda você a pedir ajuda cedo.

# Question: a scenario. The situation is shown first, then the question.
q-alex-private-app = O que Sam pode fazer?
    .situation = Sam, de 11 anos, conversa com Alex num jogo há semanas. Conversar com Alex é divertido. Hoje Alex diz: "Vamos conversar num app privado. Não conta para os seus pais. Eles não vão entender."
    .hint = Há dois sinais de alerta aqui. Quem pode ajudar Sam?
    .explanation = Um app privado e um segredo escondido dos pais são dois sinais de alerta. O melhor é contar para um adulto de confiança. Bloquear e denunciar também ajuda.
# Action (best).
q-alex-private-app-tell-trusted-adult = Contar para a mãe, o pai ou outro adulto de confiança.
    .feedback = Melhor escolha! Um adulto de confiança pode ajudar Sam a denunciar, bloquear e ficar em segurança. Ninguém deve culpar Sam por contar.
# Action (also good).
q-alex-private-app-stop-block-report = Parar de responder, depois denunciar e bloquear Alex.
    .feedback = Boa escolha. Guarde as mensagens primeiro, depois denuncie e bloqueie. Contar também para um adulto é ainda melhor.
# Action (not helpful).
q-alex-private-app-say-no-keep-chatting = Dizer não, mas continuar conversando no jogo.
    .feedback = Não é bem assim. Dizer não é bom, mas Alex pediu um segredo. Isso é um sinal de alerta. Conte para um adulto de confiança.
# Action (not helpful).
q-alex-private-app-go-to-private-app = Ir para o app privado, mas com cuidado.
    .feedback = Não é bem assim. Num app privado, ninguém mais vê o que Alex diz. Contar para um adulto é mais seguro.

# Question: single choice about pressure.
q-real-friend = Alguém diz: "Se você fosse meu amigo de verdade, me mandava uma foto." O que está acontecendo?
    .hint = Como essa mensagem faria você se sentir?
    .explanation = Isso é pressão. Um amigo de verdade aceita um não. Você pode dizer não, parar de responder e contar para um adulto.
# Answer option (right).
q-real-friend-pressure = A pessoa está me pressionando. Um amigo de verdade aceitaria um não.
    .feedback = Isso! Isso é pressão. Você pode dizer não, bloquear a pessoa e contar para um adulto de confiança.
# Answer option (wrong).
q-real-friend-friendship-test = É um teste justo da nossa amizade.
    .feedback = Não é bem assim. Amizade não é um teste em que você passa mandando fotos. Isso é pressão.
# Answer option (wrong).
q-real-friend-fair-ask = Tudo bem, porque a pessoa pediu com educação.
    .feedback = Não é bem assim. Um pedido educado também pode ser pressão. Você sempre pode dizer não.

# Question: true or false about who is to blame. The right answer is "true".
q-who-is-to-blame = Se alguém na internet engana uma criança, a culpa não é da criança.
    .hint = Quem está fazendo coisa errada?
    .explanation = Quem engana ou pressiona uma criança é quem está fazendo coisa errada. A culpa nunca é da criança.
# Feedback if the child picks "true" (right).
q-who-is-to-blame-true =
    .feedback = Isso. A culpa nunca é da criança. Você sempre pode contar para um adulto e pedir ajuda.
# Feedback if the child picks "false" (wrong).
q-who-is-to-blame-false =
    .feedback = Não é bem assim. A criança nunca tem culpa. Quem engana é quem está fazendo coisa errada, e sempre existe ajuda.

# Question: single choice about flattery from someone the child knows.
q-only-i-get-you = Um amigo da família começa a mandar muitas mensagens para você. Ele diz: "Você tem cabeça de gente grande. Só eu te entendo." O que é isso?
    .hint = Volte aos sinais de alerta. Faz diferença você conhecer essa pessoa?
    .explanation = Dizer "só eu te entendo" é um sinal de alerta, mesmo vindo de alguém que você conhece. Conte para outro adulto de confiança.
# Answer option (right).
q-only-i-get-you-warning-sign = Um sinal de alerta, mesmo eu conhecendo ele.
    .feedback = Isso! Sinais de alerta contam, seja quem for. Contar para outro adulto de confiança é uma atitude muito boa.
# Answer option (wrong).
q-only-i-get-you-nice-compliment = Só um elogio legal.
    .feedback = Não é bem assim. "Só eu te entendo" pode ser um jeito de afastar você da sua família. Isso é um sinal de alerta.
# Answer option (wrong).
q-only-i-get-you-normal-for-family-friend = Normal, porque ele é amigo da família.
    .feedback = Não é bem assim. Pessoas que você conhece também podem mostrar sinais de alerta. Preste atenção no que elas fazem, não só em quem elas são.

# Question: true or false about getting help after keeping a secret or sending something. The right answer is "true".
q-still-get-help = Se você guardou um segredo ou mandou alguma coisa, você ainda pode pedir ajuda.
    .hint = Quem está fazendo coisa errada quando alguém engana uma criança?
    .explanation = Sim. A culpa não é sua, mesmo se você guardou um segredo ou mandou alguma coisa. Você sempre pode contar para alguém, mesmo depois.
# Feedback if the child picks "true" (right).
q-still-get-help-true =
    .feedback = Isso! Você sempre pode contar para um adulto de confiança. Você também pode tocar em Ajuda.
# Feedback if the child picks "false" (wrong).
q-still-get-help-false =
    .feedback = Não é bem assim. Sempre existe ajuda para você. Quem enganou você é quem está fazendo coisa errada.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte: o que faz alguém ser um amigo de verdade na internet? Façam juntos a lista dos sinais de alerta e depois conversem sobre para quem cada um poderia contar na própria vida, e o que acontece depois que contam.
