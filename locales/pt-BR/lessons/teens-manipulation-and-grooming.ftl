# SafeSteps — MIT OR Apache-2.0

### Lesson: Manipulation and grooming (ages 13–17).
### Readers are teenagers, often alone. Be direct and respectful; never preachy. Name tactics,
### feelings and actions; never describe abuse. Not only strangers. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Como perceber manipulação
# One line under the lesson name.
lesson-summary = Como algumas pessoas ganham confiança para se aproveitar, como perceber isso cedo e o que fazer.

# Card 1: what grooming is; who can do it.
card-what-it-is =
    A maioria das pessoas que você conhece na internet são só pessoas. Fazer amizades online pode ser ótimo.
    Mas algumas pessoas ganham a confiança de alguém de propósito, para se aproveitar. Isso se chama aliciamento (em inglês, grooming).
    Pode ser um adulto fingindo ser mais novo. Pode ser alguém da sua idade. Pode ser alguém que você já conhece, como um técnico, um amigo da família ou alguém mais velho da escola.
    Normalmente começa parecendo uma coisa boa. É isso que torna difícil perceber.
# Card 2: common tactics.
card-tactics =
    A manipulação costuma seguir um padrão. Fique de olho em alguém que:
    Dá muita atenção e muitos elogios, muito rápido.
    Manda presentes, créditos em jogos ou dinheiro sem um motivo claro.
    Diz "Só eu te entendo" ou "Os seus amigos não te entendem."
    Pede para você manter as conversas em segredo.
    Aos poucos, afasta você dos amigos e da família.
    Leva você para um chat privado ou outro app.
    Um desses sinais sozinho pode não ser nada. Vários juntos são um sinal de alerta.
# Card 3: how it turns into pressure.
card-pressure =
    Muitas vezes começa com atenção e presentes. Depois vêm os segredos e a mudança para um chat privado.
    Com o tempo, os pedidos ficam maiores. Um segredinho. Uma foto. Depois, algo que você não quer fazer.
    A pessoa pode usar culpa: "Depois de tudo que eu fiz por você."
    Ela pode fazer você se sentir especial, depois ficar fria, para você se esforçar para agradar.
    Algumas passam para ameaças, como contar os seus segredos ou espalhar imagens.
    Pressão e ameaças nunca fazem parte de uma amizade ou de um relacionamento de verdade.
# Card 4: trust your gut.
card-trust-your-gut =
    Os seus sentimentos são sinais úteis. Sentir desconforto, confusão ou pressão é motivo para dar uma pausa.
    Você não precisa de provas para agir. Você pode ir mais devagar, dizer não ou parar de responder.
    Faça esta pergunta: eu ficaria de boa se um adulto de confiança visse esta conversa?
    Se a resposta for não, vale prestar atenção nisso.
    Você pode guardar as mensagens, depois bloquear e denunciar a pessoa.
# Card 5: not your fault, and telling someone.
card-not-your-fault =
    Se alguém manipulou você, a culpa não é sua.
    Isso vale mesmo se você gostava da pessoa, guardou os segredos dela, aceitou presentes ou mandou alguma coisa.
    O aliciamento funciona porque a pessoa é boa em enganar os outros. A culpa é dela.
    Conte para um adulto de confiança. Ele deve escutar e ajudar, não colocar a culpa em você.
    Você também pode tocar no botão Ajuda para encontrar alguém para conversar no seu país.

# Question: single choice about an isolating message.
q-only-i-get-you = Alguém com quem você conversa diz: "Os seus pais não te entendem. Só eu." O que está acontecendo?
    .hint = O que poderia acontecer se você parasse de falar com a sua família?
    .explanation = Isso é um jeito de isolar você. Quando você sente que só uma pessoa te entende, fica mais difícil pedir ajuda a qualquer outra.
# Answer option (right).
q-only-i-get-you-isolating = A pessoa está tentando me afastar de quem se importa comigo.
    .feedback = Isso. Isolar alguém deixa essa pessoa mais fácil de controlar. Fique perto das pessoas em quem você confia.
# Answer option (wrong).
q-only-i-get-you-real-support = A pessoa está me apoiando, então eu devo ouvir o que ela diz.
    .feedback = Não é bem assim. Apoio de verdade não afasta a sua família nem os seus amigos.
# Answer option (wrong).
q-only-i-get-you-harmless = Não tem problema. A pessoa só está sendo legal.
    .feedback = Não é bem assim. Pode parecer legal, mas "só eu te entendo" é uma frase de manipulação comum.

# Question: choose all that apply, about tactics.
q-spot-tactics = Quais destas são táticas de manipulação comuns? Escolha todas as respostas que combinam.
    .hint = Lembre do padrão. Isso cria confiança rápida, segredo ou distância?
    .explanation = Elogios rápidos demais, presentes do nada, segredos e mudar de app são táticas comuns. Respeitar o seu não e gostar das mesmas músicas é normal.
# Answer option (tactic).
q-spot-tactics-fast-flattery = Muitos elogios e muita atenção, muito rápido
    .feedback = Sim. Atenção rápida cria confiança depressa, às vezes de propósito.
# Answer option (tactic).
q-spot-tactics-gifts-for-nothing = Presentes ou créditos em jogos sem motivo claro
    .feedback = Sim. Presentes podem fazer você sentir que deve alguma coisa à pessoa.
# Answer option (tactic).
q-spot-tactics-keep-it-secret = Pedir para você manter as conversas em segredo
    .feedback = Sim. Os segredos impedem que outras pessoas percebam o que está acontecendo.
# Answer option (tactic).
q-spot-tactics-move-apps = Levar você para um app privado
    .feedback = Sim. No privado, ninguém mais vê o que a pessoa diz.
# Answer option (normal).
q-spot-tactics-respects-no = Aceitar um não como resposta
    .feedback = Não é bem assim. Respeitar o seu não é um bom sinal.
# Answer option (normal).
q-spot-tactics-same-music = Gostar das mesmas músicas que você
    .feedback = Não é bem assim. Ter interesses em comum é normal. Preste atenção no que as pessoas fazem ao longo do tempo.

# Question: true or false about who grooms. The right answer is "false".
q-only-older-strangers = O aliciamento só é feito por desconhecidos mais velhos.
    .hint = Pense nas pessoas citadas no começo da lição.
    .explanation = Falso. Pode ser um adulto, alguém da sua idade ou alguém que você já conhece. Preste atenção no que as pessoas fazem, não só em quem elas são.
# Feedback if the teen picks "true" (wrong).
q-only-older-strangers-true =
    .feedback = Não é bem assim. Também pode ser alguém da sua idade, um amigo da internet ou alguém que você conhece bem.
# Feedback if the teen picks "false" (right).
q-only-older-strangers-false =
    .feedback = Isso. Qualquer pessoa pode manipular. Os sinais de alerta importam mais do que quem a pessoa é.

# Question: put the common pattern in order.
q-how-it-builds = A manipulação costuma crescer em etapas. Coloque estas etapas na ordem mais comum.
    .hint = Normalmente começa parecendo uma coisa boa. Onde isso vai parar?
    .explanation = Muitas vezes começa com confiança e atenção. Depois vêm os segredos e um chat privado, depois pedidos pequenos, depois pressão ou ameaças. Perceber as primeiras etapas ajuda você a agir mais cedo.
# Step 1.
q-how-it-builds-builds-trust = Muita atenção, elogios e presentes
    .feedback = Primeiro. Isso cria confiança e faz você se sentir especial.
# Step 2.
q-how-it-builds-secrets-and-private = Pede para você manter as conversas em segredo, muitas vezes num app privado
    .feedback = Depois. Segredos e chats privados impedem que outras pessoas percebam.
# Step 3.
q-how-it-builds-small-asks = Começa a pedir coisas pequenas, como uma foto
    .feedback = Em seguida. Pedidos pequenos fazem os maiores parecerem normais mais tarde.
# Step 4.
q-how-it-builds-pressure-and-threats = Pressiona por mais, usando culpa ou ameaças
    .feedback = Por último. Nessa hora pode parecer difícil dizer não. Você ainda pode, e existe ajuda.

# Question: a scenario about someone the teen knows.
q-someone-you-know = O que você pode fazer com as mensagens?
    .situation = Um auxiliar técnico do seu clube começa a mandar mensagens para você tarde da noite. Ele manda um vale-presente e diz: "Vamos deixar as nossas conversas só entre a gente. Os outros iam ficar com ciúmes."
    .hint = Ele é alguém que você conhece. Os sinais de alerta continuam valendo?
    .explanation = Contar para um adulto de confiança é a melhor atitude. Guardar as mensagens e parar de responder também ajuda. Segredos e presentes de um adulto responsável por você são sinais de alerta, mesmo que você goste dele.
# Action (best).
q-someone-you-know-tell-trusted-adult = Contar para a minha mãe, o meu pai ou outro adulto de confiança, e mostrar as mensagens.
    .feedback = Melhor atitude. Um adulto pode agir, e contar foi a coisa certa.
# Action (also good).
q-someone-you-know-save-and-stop = Guardar as mensagens e parar de responder.
    .feedback = Boa atitude. Contar também para um adulto garante que alguém vai fazer isso parar.
# Action (not helpful).
q-someone-you-know-keep-it-quiet = Ficar em silêncio para ele não se encrencar.
    .feedback = Não é bem assim. Agir direito é responsabilidade dele; proteger ele não é papel seu. Um segredo assim é para contar.
# Action (not helpful).
q-someone-you-know-accept-and-wait = Ficar com o presente e esperar para ver o que acontece.
    .feedback = Não é bem assim. Presentes mais segredos formam um padrão. Envolver um adulto cedo é mais fácil.

# Question: true or false about gut feelings.
q-gut-feeling = Se uma conversa parece estranha, tudo bem parar de responder, mesmo que você não saiba explicar por quê.
    .hint = Você precisa de provas antes de se proteger?
    .explanation = Verdadeiro. Você não precisa de motivo nem de provas. Vale a pena ouvir quando algo deixa você desconfortável.
# Feedback if the teen picks "true" (right).
q-gut-feeling-true =
    .feedback = Isso. Confie no seu instinto. Você pode parar, guardar, bloquear e contar para alguém.
# Feedback if the teen picks "false" (wrong).
q-gut-feeling-false =
    .feedback = Não é bem assim. Você nunca precisa de provas para parar de falar com alguém. O que você sente conta.

# Question: a scenario about an online friend the same age.
q-online-friend-asks = O que você pode fazer com o pedido?
    .situation = Faz meses que você joga com alguém da sua idade. Agora a pessoa quer ir para outro app e trocar fotos. Quando você hesita, ela escreve: "Achei que você confiava em mim."
    .hint = Repare na culpa. Um amigo de verdade pressiona quando você hesita?
    .explanation = Dizer não e contar para alguém de confiança é a melhor atitude. Bloquear e denunciar também é bom. "Achei que você confiava em mim" é culpa usada como pressão.
# Action (best).
q-online-friend-asks-say-no-and-tell = Dizer não e conversar sobre isso com um adulto de confiança.
    .feedback = Melhor atitude. Um não basta, e um adulto pode ajudar se a pessoa continuar pressionando.
# Action (also good).
q-online-friend-asks-block-and-report = Guardar a conversa, depois bloquear e denunciar a pessoa.
    .feedback = Boa atitude. Você se protege e protege outras pessoas. Contar também para um adulto é ainda melhor.
# Action (not helpful).
q-online-friend-asks-send-to-keep-friend = Mandar uma foto para não perder a amizade.
    .feedback = Não é bem assim. Uma amizade que vale a pena aceita um não. Se você já mandou, ainda pode receber ajuda.
# Action (not helpful).
q-online-friend-asks-move-but-dont-send = Ir para o outro app, mas não mandar nada.
    .feedback = Não é bem assim. Num app privado a pressão costuma crescer, e ninguém mais consegue ver.

# Question: single choice about having already gone along with it.
q-already-went-along = Uma pessoa guardou um segredo e mandou uma foto antes de perceber os sinais de alerta. O que é verdade?
    .hint = Existe algum momento em que a ajuda deixa de existir?
    .explanation = Mesmo assim, a culpa não é dela, e ela ainda pode receber ajuda. Contar para um adulto de confiança ou tocar em Ajuda é um bom próximo passo.
# Answer option (right).
q-already-went-along-still-get-help = Mesmo assim, a culpa não é dela, e ela ainda pode receber ajuda.
    .feedback = Isso. A culpa é de quem manipulou. Existe ajuda em qualquer momento.
# Answer option (wrong).
q-already-went-along-nothing-can-be-done = Agora não dá para fazer mais nada.
    .feedback = Não é bem assim. Adultos, apps e canais de ajuda ainda podem ajudar, e muitas vezes dá para remover imagens.
# Answer option (wrong).
q-already-went-along-handle-alone = Ela tem que resolver isso sem ajuda, porque topou.
    .feedback = Não é bem assim. Ter topado não faz a culpa ser dela. Ela merece apoio.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte: por que a manipulação muitas vezes começa parecendo uma coisa boa? Conversem sobre como o padrão pode aparecer com um desconhecido, com alguém da mesma idade e com alguém que você conhece. O que deixaria mais fácil contar para alguém? Lembre ao grupo que a culpa nunca é de quem está sendo manipulado.
