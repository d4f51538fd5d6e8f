# SafeSteps — MIT OR Apache-2.0

### Lesson: Online friends and people you know (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Not only about strangers: watch what people do, whoever they are. Never describe abuse.

# Lesson name on the lesson card.
lesson-title = Amigos da internet
# One line under the lesson name.
lesson-summary = Amigos da internet podem ser muito legais. Veja como eles são diferentes das pessoas que você conhece e o que fazer se algo parecer errado.

# Card 1: friends in real life and friends online; technology is positive.
card-online-and-real-life =
    Alguns amigos você conhece na vida real. Eles são da sua escola, do seu time ou da sua família.
    Outros amigos você só conhece pela internet, de um jogo, de um chat ou de um app de vídeos.
    Amigos da internet podem ser muito divertidos.
    Mas, na internet, você não vê quem está digitando de verdade.
# Card 2: people online can pretend.
card-people-can-pretend =
    Alguém na internet pode dizer que tem 11 anos e ser um adulto.
    Uma foto pode ser falsa. Uma voz pode ser mudada com um app.
    Então, só por um chat, você não tem como ter certeza de quem é a pessoa.
    Guarde os seus dados pessoais só para você. Converse em lugares que os adultos que cuidam de você conhecem.
# Card 3: never meet up alone; tell a trusted adult.
card-never-meet-alone =
    Um amigo da internet quer encontrar você? Não vá sem um adulto.
    Conte antes para um adulto de confiança.
    Se o adulto disser que pode, ele deve ir junto. O encontro deve ser num lugar público e movimentado.
    Um amigo de verdade não vai se importar.
    Se alguém diz "vem sem ninguém" ou "não conta para ninguém", isso é um sinal de alerta.
# Card 4: most people who harm children are known to them; warning signs matter more.
card-watch-what-they-do =
    A maioria das pessoas que fazem mal a crianças são pessoas que a criança já conhece.
    Então a questão não é só "desconhecido ou não".
    Preste atenção no que as pessoas fazem. Elas pedem segredos, fotos ou conversas privadas? Dão presentes sem motivo? Insistem quando você diz não?
    Esses sinais importam, na internet ou fora dela, seja quem for.
# Card 5: not the child's fault; who to tell; Help.
card-not-your-fault =
    Se alguém na internet enganou você ou fez você se sentir mal, a culpa não é sua.
    Quem engana uma criança é quem está fazendo coisa errada.
    Conte para um adulto de confiança, como sua mãe, seu pai, um responsável ou um professor. Ele não deve colocar a culpa em você.
    Você também pode tocar em Ajuda para achar alguém para conversar.

# Question: single choice about what you really know about an online friend.
q-what-you-know = Você joga com Kai todo dia. Kai diz: "Eu também tenho 11 anos." O que você sabe de verdade sobre Kai?
    .hint = Dá para ver quem está digitando?
    .explanation = Na internet, você só sabe o que a pessoa conta. As pessoas podem fingir que são mais novas ou mais velhas. Por isso os dados pessoais ficam só com você.
# Answer option (right).
q-what-you-know-only-what-they-say = Só o que Kai me conta.
    .feedback = Isso! Você não vê quem está digitando. Kai pode ter 11 anos, ou não.
# Answer option (wrong).
q-what-you-know-they-are-eleven = Kai tem 11 anos, porque disse isso.
    .feedback = Não é bem assim. Qualquer um pode digitar "Tenho 11 anos." Num jogo, você não tem como conferir.
# Answer option (wrong).
q-what-you-know-voice-proves-it = A voz de Kai no chat de voz parece de criança, então é uma criança.
    .feedback = Não é bem assim. Vozes podem ser mudadas com um app. Uma voz não prova quem a pessoa é.

# Question: a scenario. The situation is shown first, then the question.
q-ruby-meet-up = O que a Rubi pode fazer?
    .situation = A Rubi, de 12 anos, joga com Sky há meses. Sky diz: "Vamos nos encontrar no parque no sábado. Vem sem ninguém. Vai ser o nosso segredo."
    .hint = Procure os sinais de alerta. Quem pode ajudar a Rubi?
    .explanation = "Vem sem ninguém" e "nosso segredo" são sinais de alerta. A Rubi não deve ir. O melhor é contar para um adulto de confiança. Dizer não e depois bloquear e denunciar também ajuda.
# Action (best).
q-ruby-meet-up-tell-trusted-adult = Não ir. Contar para um adulto de confiança.
    .feedback = Melhor escolha! Um adulto pode ajudar a Rubi a ficar em segurança e a denunciar Sky. Ninguém deve culpar a Rubi por contar.
# Action (also good).
q-ruby-meet-up-say-no-block-report = Dizer não. Guardar a conversa, depois bloquear e denunciar Sky.
    .feedback = Boa escolha. Dizer não e denunciar ajuda. Contar também para um adulto é ainda melhor.
# Action (not helpful).
q-ruby-meet-up-take-a-friend = Ir, mas levar uma amiga da escola.
    .feedback = Não é bem assim. Duas crianças sem um adulto ainda não estão em segurança. Um adulto precisa saber.
# Action (not helpful).
q-ruby-meet-up-go-but-be-careful = Ir, mas deixar o celular ligado.
    .feedback = Não é bem assim. Um celular não deixa o encontro seguro. "Vem sem ninguém" é um sinal de alerta. A Rubi deve contar para um adulto.

# Question: true or false about meeting an online friend alone.
q-long-chat-meet-alone = Se você conversa há muito tempo com um amigo da internet, tudo bem se encontrar com ele sem um adulto.
    .hint = Conversar por muito tempo mostra quem está digitando de verdade?
    .explanation = Mesmo depois de muito tempo, você não tem como ter certeza de quem é a pessoa na internet. Nunca vá a um encontro sem um adulto. Conte para um adulto de confiança.
# Feedback if the child picks "true" (wrong).
q-long-chat-meet-alone-true =
    .feedback = Não é bem assim. Uma conversa longa não mostra quem a pessoa é de verdade. Conte para um adulto e nunca vá a um encontro sem um adulto.
# Feedback if the child picks "false" (right).
q-long-chat-meet-alone-false =
    .feedback = Isso! Nunca vá a um encontro sem um adulto. Um adulto de confiança deve saber e ir junto.

# Question: multiple choice, "choose all that apply".
q-signs-from-anyone = Quais destes são sinais de alerta, seja quem for que faça? Escolha todas as respostas que combinam.
    .hint = Para cada um, pergunte: estaria tudo bem se um adulto de confiança visse isso?
    .explanation = Pedir segredos ou fotos, querer encontrar você sem ninguém junto e insistir depois do seu não são sinais de alerta. Dizer oi e falar sobre um jogo é normal.
# Answer option (a warning sign).
q-signs-from-anyone-asks-for-secrets = A pessoa pede para você manter as conversas em segredo.
    .feedback = Um sinal de alerta. Pessoas que fazem bem para você não pedem para você esconder coisas dos adultos que cuidam de você.
# Answer option (a warning sign).
q-signs-from-anyone-wants-to-meet-alone = A pessoa quer encontrar você sem ninguém junto.
    .feedback = Um sinal de alerta. Nunca vá a um encontro sem um adulto. Conte para um adulto de confiança.
# Answer option (a warning sign).
q-signs-from-anyone-asks-for-photos = A pessoa pede fotos suas.
    .feedback = Um sinal de alerta. Você pode dizer não e contar para um adulto.
# Answer option (a warning sign).
q-signs-from-anyone-pushes-after-no = A pessoa continua insistindo depois que você diz não.
    .feedback = Um sinal de alerta. Um amigo de verdade aceita um não.
# Answer option (not a warning sign).
q-signs-from-anyone-says-hi-in-game = A pessoa diz oi num jogo.
    .feedback = Não é bem assim. Dizer oi é normal e simpático.
# Answer option (not a warning sign).
q-signs-from-anyone-talks-about-game = A pessoa fala sobre o jogo que vocês estão jogando.
    .feedback = Não é bem assim. Falar sobre um jogo é normal.

# Question: true or false about who harms children.
q-only-strangers-harm = Quem faz mal a crianças é quase sempre um desconhecido.
    .hint = Lembre do cartão sobre prestar atenção no que as pessoas fazem.
    .explanation = A maioria das pessoas que fazem mal a crianças são pessoas que elas já conhecem. Por isso os sinais de alerta importam mais do que "desconhecido ou não".
# Feedback if the child picks "true" (wrong).
q-only-strangers-harm-true =
    .feedback = Não é bem assim. A maioria são pessoas que a criança conhece. Preste atenção no que as pessoas fazem, não só em quem elas são.
# Feedback if the child picks "false" (right).
q-only-strangers-harm-false =
    .feedback = Isso! Pode ser qualquer pessoa, até alguém que você conhece. Perceber os sinais ajuda você a pedir ajuda cedo.

# Question: sort people into two groups.
q-know-or-online = Coloque cada pessoa no grupo certo.
    .hint = Você já encontrou essa pessoa ao vivo, com a sua família sabendo quem ela é?
    .explanation = Um colega de turma, um primo e o técnico do time são pessoas que você conhece na vida real. Um colega de time num jogo online, um seguidor e um amigo de um amigo com quem você só conversa pela internet são pessoas que você só conhece pela internet.
# Group name.
q-know-or-online-real-life = Conheço na vida real
# Group name.
q-know-or-online-only-online = Só conheço pela internet
# Item to sort (real life).
q-know-or-online-classmate = Alguém da minha turma
    .feedback = Você vê essa pessoa na escola. Você conhece essa pessoa na vida real.
# Item to sort (real life).
q-know-or-online-cousin = Meu primo ou minha prima
    .feedback = Primos são da família. Você conhece essa pessoa na vida real.
# Item to sort (real life).
q-know-or-online-football-coach = O técnico do meu time de futebol
    .feedback = Você vê o seu técnico nos treinos. Você conhece essa pessoa na vida real.
# Item to sort (only online).
q-know-or-online-game-teammate = Um colega de time num jogo online
    .feedback = Você só conhece essa pessoa do jogo. Você não vê quem está digitando.
# Item to sort (only online).
q-know-or-online-video-app-follower = Um seguidor no meu app de vídeos
    .feedback = Você só conhece essa pessoa do app. O perfil dela pode não ser verdadeiro.
# Item to sort (only online).
q-know-or-online-friend-of-a-friend = Um amigo de um amigo com quem eu só converso pela internet
    .feedback = Mesmo que um amigo seu conheça essa pessoa, você só conhece essa pessoa pela internet.

# Question: single choice about warning signs from someone the child knows.
q-cousin-gifts = Um primo mais velho começa a mandar mensagens para você tarde da noite. Ele manda presentes no jogo e diz: "Não conta para a sua mãe." O que é isso?
    .hint = Preste atenção no que ele faz, não só em quem ele é.
    .explanation = Conversas secretas e presentes sem motivo são sinais de alerta, mesmo vindo da família. Conte para outro adulto de confiança.
# Answer option (right).
q-cousin-gifts-warning-sign = Um sinal de alerta, mesmo ele sendo da família.
    .feedback = Isso! Segredos e presentes são sinais de alerta, seja quem for. Conte para outro adulto de confiança.
# Answer option (wrong).
q-cousin-gifts-fine-because-family = Tudo bem, porque ele é da família.
    .feedback = Não é bem assim. Pessoas da família também podem mostrar sinais de alerta. Pedir para você esconder algo da sua mãe é um deles.
# Answer option (wrong).
q-cousin-gifts-just-a-gift = É só um presente legal.
    .feedback = Não é bem assim. Um presente que vem com "não conta" é um sinal de alerta.

# Question: true or false about telling after being tricked. The right answer is "true".
q-tricked-can-tell = Se um amigo da internet engana você, você ainda pode contar para um adulto. A culpa não é sua.
    .hint = Quem está fazendo coisa errada?
    .explanation = Quem engana uma criança está fazendo coisa errada. A culpa nunca é da criança, e você sempre pode contar.
# Feedback if the child picks "true" (right).
q-tricked-can-tell-true =
    .feedback = Isso! A culpa nunca é sua. Um adulto de confiança pode ajudar, e a tela de Ajuda também.
# Feedback if the child picks "false" (wrong).
q-tricked-can-tell-false =
    .feedback = Não é bem assim. Você sempre pode contar. Quem enganou você é quem está fazendo coisa errada.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte: como um amigo da internet é diferente de um amigo que você conhece na vida real? Por que os sinais de alerta importam mais do que "desconhecido ou não"? Para quem vocês contariam se um amigo da internet pedisse para se encontrar?
