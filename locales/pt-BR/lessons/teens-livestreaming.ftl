# SafeSteps — MIT OR Apache-2.0

### Lesson: Livestreaming (ages 13–17).
### Readers are teenagers who stream or watch streams. Be direct and respectful; never preachy.
### Streaming is positive; teach settings and exits. Never describe acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Live com segurança
# One line under the lesson name.
lesson-summary = Fazer live pode ser incrível. Veja como perceber pressão no chat e manter o controle.

# Card 1: streaming is positive; what's different about live.
card-going-live =
    Fazer live é um jeito ótimo de mostrar games, música, arte ou só bater papo, e de construir uma comunidade.
    Mas uma live é diferente de um post. Não tem botão de editar, e você não consegue desfazer o que as pessoas viram.
    Qualquer pessoa assistindo pode gravar ou tirar print da sua live, mesmo que o app não salve.
    E muitas vezes você não sabe quem está assistindo, nem quantos anos a pessoa tem de verdade.
    Saber disso ajuda você a manter o controle da sua live.
# Card 2: red flags in the chat.
card-red-flags =
    A maioria de quem assiste só quer curtir junto. Fique de olho em comentários que:
    pedem para você fazer coisas na câmera, como desafios, trocar de roupa ou mostrar o seu quarto;
    oferecem presentes, moedas ou dinheiro se você fizer o que eles mandam;
    perguntam onde você mora, em qual escola estuda ou quantos anos você tem;
    pressionam você a ir para um chat privado ou outro app;
    elogiam muito e depois pedem mais.
    Presentes podem fazer você sentir que deve algo. Você não deve.
# Card 3: settings before you go live.
card-settings =
    Antes de entrar ao vivo, confira as suas configurações.
    Escolha quem pode assistir. Só amigos é o mais seguro.
    Ative filtros de comentários para bloquear certas palavras, ou desative os comentários.
    Peça para um amigo de confiança ser moderador e poder remover comentários e espectadores.
    Desligue a localização e confira o que aparece atrás de você: logo da escola, vista da rua, correspondência com o seu endereço.
    Se você ainda não tem a idade que o app exige para fazer live ou receber presentes, esses limites existem para proteger você.
# Card 4: ending a stream and reporting.
card-end-it =
    Você pode encerrar uma live a qualquer momento. Você não deve explicação a ninguém.
    Se um comentário deixar você desconfortável, encerre. Você pode entrar ao vivo de novo depois, se quiser.
    Depois, anote o nome de usuário do espectador e guarde os comentários que conseguir.
    Denuncie o espectador no app e bloqueie.
    Se ele aparecer em outros lugares, como nas suas DMs, denuncie e bloqueie lá também.
# Card 5: not your fault, and who to talk to.
card-not-your-fault =
    Se alguém pressionou, enganou ou gravou você numa live, a culpa não é sua.
    Quem pressiona você é quem está errado, mesmo que você tenha topado.
    Se uma gravação ou imagem sua for compartilhada, denuncie no app. O Take It Down (takeitdown.ncmec.org) pode ajudar a remover nudes de menores de 18 anos.
    Converse com um adulto de confiança. Ou toque no botão Ajuda para encontrar alguém no seu país.

# Question: a scenario about coins offered for a dare.
q-coins-for-a-dare = O que você pode fazer com a oferta?
    .situation = Você está ao vivo. Um espectador escreve: "500 moedas se você fizer um desafio pra mim. Vamos falar disso no privado."
    .hint = Tem dois sinais de alerta aqui. Qual escolha mantém você no controle?
    .explanation = Dizer não, encerrar a live se quiser e denunciar o espectador é a melhor atitude. Apagar o comentário e bloquear também é bom. Desafios em troca de moedas e chats privados são jeitos de pressionar você.
# Action (best).
q-coins-for-a-dare-say-no-end-report = Dizer não, encerrar a live se eu quiser e denunciar o espectador.
    .feedback = Melhor atitude. Você mantém o controle, e o app pode agir a partir da denúncia.
# Action (also good).
q-coins-for-a-dare-delete-and-block = Apagar o comentário, bloquear o espectador e continuar.
    .feedback = Boa atitude. Ele saiu da sua live. Denunciar também ajuda a proteger outras pessoas.
# Action (not helpful).
q-coins-for-a-dare-do-a-small-dare = Fazer um desafio pequeno. É só uma brincadeira.
    .feedback = Não é bem assim. Pedidos pequenos costumam levar a pedidos maiores. Você pode dizer não, mesmo depois de receber moedas.
# Action (not helpful).
q-coins-for-a-dare-move-to-private = Ir para o privado para saber qual é o desafio.
    .feedback = Não é bem assim. No privado, ninguém mais vê o que a pessoa diz. É por isso que ela quer mudar.

# Question: choose all that apply, about red-flag comments.
q-red-flag-comments = Quais comentários no chat de uma live são sinais de alerta? Escolha todas as respostas que combinam.
    .hint = O comentário pede algo sobre você, ou tenta fazer uma troca?
    .explanation = Perguntar a sua escola, oferecer presentes para você obedecer e levar você para outro app são sinais de alerta. "Jogada boa" e "Qual é o próximo?" são conversa normal.
# Answer option (red flag).
q-red-flag-comments-which-school = "Em qual escola você estuda?"
    .feedback = Sim. A sua escola pode ajudar alguém a encontrar você fora da internet. Você não precisa dizer.
# Answer option (red flag).
q-red-flag-comments-gifts-if-you-obey = "Te mando presentes se você fizer o que eu mandar."
    .feedback = Sim. Presentes com condição são pressão. Você não deve nada a ninguém por um presente.
# Answer option (red flag).
q-red-flag-comments-add-me-elsewhere = "Me adiciona em outro app, só a gente."
    .feedback = Sim. "Só a gente" quer dizer que ninguém mais vê. Isso é um sinal de alerta.
# Answer option (normal).
q-red-flag-comments-nice-play = "Jogada boa!"
    .feedback = Não é bem assim. Esse é um comentário normal e simpático.
# Answer option (normal).
q-red-flag-comments-what-game-next = "Qual jogo você vai jogar depois?"
    .feedback = Não é bem assim. Isso é conversa normal sobre a sua live.

# Question: true or false about recording.
q-viewers-can-record = Quem assiste pode gravar a sua live, mesmo que o app não salve.
    .hint = O que qualquer pessoa pode fazer com o próprio celular ou computador enquanto assiste?
    .explanation = Verdadeiro. Qualquer pessoa pode tirar print ou gravar a tela. Faça live pensando que aquilo pode ser salvo.
# Feedback if the teen picks "true" (right).
q-viewers-can-record-true =
    .feedback = Isso. Ao vivo não quer dizer que some. Quem assiste pode guardar uma cópia.
# Feedback if the teen picks "false" (wrong).
q-viewers-can-record-false =
    .feedback = Não é bem assim. Quem assiste pode gravar a própria tela, não importa o que o app faça.

# Question: choose all that apply, about settings.
q-helpful-settings = Quais configurações ajudam a deixar uma live mais segura? Escolha todas as respostas que combinam.
    .hint = Quais controlam quem vê você e o que as pessoas podem dizer?
    .explanation = Live só para amigos, filtros de palavras, um moderador de confiança e localização desligada ajudam. Mostrar a sua localização deixa desconhecidos saberem onde você está.
# Answer option (helps).
q-helpful-settings-friends-only = Só amigos podem assistir
    .feedback = Sim. Menos desconhecidos quer dizer menos risco.
# Answer option (helps).
q-helpful-settings-word-filter = Um filtro que bloqueia certas palavras nos comentários
    .feedback = Sim. Os filtros barram muitos comentários pesados antes de você ver.
# Answer option (helps).
q-helpful-settings-moderator = Um amigo de confiança como moderador
    .feedback = Sim. Um moderador pode remover comentários e espectadores enquanto você está ao vivo.
# Answer option (helps).
q-helpful-settings-location-off = Localização desligada
    .feedback = Sim. Quem assiste não precisa saber onde você está.
# Answer option (does not help).
q-helpful-settings-show-location = Localização aparecendo para fãs da sua cidade encontrarem você
    .feedback = Não é bem assim. Mostrar a sua localização conta para desconhecidos onde você está. Deixe desligada.

# Question: put the steps in order.
q-uncomfortable-steps = Os comentários de um espectador deixam você desconfortável durante a live. Coloque estes passos em ordem.
    .hint = O que corta a pressão na hora? Do que você precisa antes de bloquear?
    .explanation = Encerre a live primeiro para cortar a pressão. Guarde o nome de usuário e os comentários enquanto dá. Denuncie enquanto ainda consegue encontrar a pessoa, depois bloqueie.
# Step 1.
q-uncomfortable-steps-end-stream = Encerrar a live
    .feedback = Primeiro. Encerrar a live corta a pressão na hora.
# Step 2.
q-uncomfortable-steps-save-username = Anotar o nome de usuário e guardar os comentários
    .feedback = Depois. Essas provas ajudam na hora de denunciar.
# Step 3.
q-uncomfortable-steps-report-viewer = Denunciar o espectador no app
    .feedback = Denuncie enquanto ainda consegue encontrar o perfil dele.
# Step 4.
q-uncomfortable-steps-block-viewer = Bloquear o espectador
    .feedback = Por último. Agora ele não consegue assistir nem mandar mensagem para você por lá.

# Question: true or false about ending a stream. The right answer is "false".
q-owe-an-explanation = Se você encerra uma live de repente, deve uma explicação para quem estava assistindo.
    .hint = De quem é a live?
    .explanation = Falso. A live é sua. Você pode encerrar a qualquer momento, por qualquer motivo, sem explicar.
# Feedback if the teen picks "true" (wrong).
q-owe-an-explanation-true =
    .feedback = Não é bem assim. Você nunca deve explicação a quem assiste. A sua segurança vem primeiro.
# Feedback if the teen picks "false" (right).
q-owe-an-explanation-false =
    .feedback = Isso. Você pode encerrar a qualquer momento. Os fãs de verdade vão estar lá na próxima.

# Question: single choice about a regular viewer.
q-regular-viewer = Alguém que sempre assiste às suas lives já mandou muitos presentes. Agora a pessoa diz: "Depois de tudo que eu te dei, vamos conversar no privado." O que é isso?
    .hint = Por que alguém falaria dos presentes antes de pedir alguma coisa?
    .explanation = Isso é um sinal de alerta. Presentes podem ser usados para fazer você sentir que deve algo a alguém. Ir para o privado esconde o que a pessoa diz.
# Answer option (right).
q-regular-viewer-warning-sign = Um sinal de alerta. A pessoa está usando presentes para me pressionar.
    .feedback = Isso. Você não deve nada a ninguém por um presente. Você pode dizer não, bloquear e denunciar.
# Answer option (wrong).
q-regular-viewer-loyal-fan = Um fã fiel que quer me conhecer melhor
    .feedback = Não é bem assim. Um fã de verdade não precisa levar você para o privado. Fique de olho na pressão.
# Answer option (wrong).
q-regular-viewer-fair-after-gifts = Justo, já que a pessoa me deu tanta coisa
    .feedback = Não é bem assim. Presentes não compram o seu tempo nem a sua privacidade. Você sempre pode dizer não.

# Question: a scenario about a recorded clip being shared.
q-clip-shared = O que você pode fazer com o vídeo?
    .situation = Um espectador gravou um trecho da sua live. Ele manda o vídeo para você e diz que vai postar se você não fizer o que ele quer.
    .hint = Isso é uma ameaça. Quem pode ajudar você a fazer isso parar?
    .explanation = Parar de responder, guardar as provas, contar para um adulto de confiança e denunciar é a melhor atitude. Denunciar o vídeo e a conta também ajuda. Fazer o que a pessoa pede quase nunca faz as ameaças pararem, e apagar a sua conta faz perder as provas. A culpa não é sua.
# Action (best).
q-clip-shared-tell-adult-and-report = Parar de responder, guardar as mensagens, contar para um adulto de confiança e denunciar a conta.
    .feedback = Melhor atitude. Você guarda as provas, tem apoio, e o app pode agir. A culpa não é sua.
# Action (also good).
q-clip-shared-report-the-clip = Denunciar a conta e o vídeo no app, depois bloquear.
    .feedback = Boa atitude. Guarde as mensagens primeiro. Contar também para um adulto deixa tudo mais forte.
# Action (not helpful).
q-clip-shared-do-what-they-ask = Fazer o que ele quer para ele não postar.
    .feedback = Não é bem assim. Ceder costuma levar a mais exigências. Se você já fez isso, ainda pode receber ajuda.
# Action (not helpful).
q-clip-shared-delete-account = Apagar a minha conta para tudo sumir.
    .feedback = Não é bem assim. É compreensível querer isso, mas apagar faz perder as provas. Mantenha a conta por enquanto e peça ajuda.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte: o que deixa o chat de uma live divertido, e o que faz parecer pressão? Conversem sobre as configurações que ajudam, sobre por que sempre está tudo bem encerrar uma live, e lembre ao grupo que a culpa nunca é de quem faz a live se alguém pressiona ou grava essa pessoa.
