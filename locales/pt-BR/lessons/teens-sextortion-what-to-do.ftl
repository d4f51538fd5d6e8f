# SafeSteps — MIT OR Apache-2.0

### Lesson: Sextortion, what to do (ages 13–17).
### Readers are teenagers, often alone and possibly in the middle of it. Be direct, calm and
### respectful; never preachy. Never describe images or acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Sextorsão: o que fazer
# One line under the lesson name.
lesson-summary = Se alguém ameaça espalhar uma imagem sua, veja o que ajuda, passo a passo.

# Card 1: what sextortion is, without detail.
card-what-it-is =
    Sextorsão é quando alguém ameaça espalhar um nude ou uma imagem sexual sua se você não pagar, não mandar mais ou não fizer o que a pessoa quer.
    A imagem pode ser real, ou falsa, ou editada.
    Muitas vezes é um desconhecido que finge ter a sua idade, ganha a sua confiança rápido e depois passa a ameaçar.
    Às vezes é alguém que você conhece, como um ex ou alguém da escola.
    Acontece em DMs, jogos e redes sociais, e pode acontecer com qualquer pessoa.
# Card 2: a crime, never the teen's fault; you can say no.
card-not-your-fault =
    Sextorsão é crime, e a culpa não é sua, mesmo que você tenha compartilhado uma imagem.
    Quem está ameaçando você é quem está cometendo o crime.
    Você pode dizer não, mesmo se já mandou alguma coisa antes.
    Sentir medo, vergonha ou pânico é normal. Você não está só nessa, e tem gente que pode ajudar.
# Card 3: what to do right now.
card-what-to-do =
    Não pague e não mande mais nada. Pagar quase nunca faz as ameaças pararem; normalmente a pessoa pede mais.
    Pare de responder.
    Não apague a sua conta nem a conversa. Tire print das mensagens e do perfil da pessoa (não da imagem), e guarde os nomes de usuário e os links.
    Depois, denuncie e bloqueie a conta no app.
    Se você já pagou, ainda vai ficar tudo bem. Pare de pagar e peça ajuda agora.
# Card 4: who to tell and where to report.
card-get-help =
    Conte para um adulto de confiança: mãe, pai, responsável, alguém da família, um professor ou a orientação educacional da escola. Essa pessoa não deve colocar a culpa em você; o papel dela é ajudar.
    Denuncie a conta no app, para ele poder agir.
    Nos EUA, denuncie à CyberTipline do NCMEC em report.cybertip.org ou pelo 1-800-843-5678. O NCMEC repassa as denúncias para a polícia, que pode agir.
    Em outros lugares, toque em Ajuda para descobrir onde denunciar, ou procure a polícia.
    Não encaminhe a imagem para ninguém, nem para mostrar a um amigo o que está acontecendo.
# Card 5: Take It Down and the Help button.
card-take-it-down =
    O Take It Down (takeitdown.ncmec.org) é um serviço gratuito do NCMEC. Ele pode ajudar a remover nudes ou imagens sexuais de menores de 18 anos dos apps e sites que participam.
    Ele cria uma impressão digital da imagem, chamada hash, no seu próprio aparelho. Só o hash é enviado, nunca a imagem.
    Se estiver pesado demais, converse agora com um adulto de confiança, ou toque no botão Ajuda para encontrar pessoas no seu país que podem ajudar.

# Question: a scenario. The situation is shown first, then the question.
q-first-move = Qual é um bom primeiro passo?
    .situation = Você estava conversando com alguém que disse ter 16 anos. Depois que você mandou uma foto, a pessoa escreve: "Me paga agora ou eu mando isso para todos os seus seguidores. Você tem uma hora."
    .hint = O prazo existe para deixar você em pânico. O que mantém você em segurança e traz ajuda?
    .explanation = Parar, guardar as provas e contar para um adulto de confiança é o melhor começo. Guardar, denunciar e bloquear também ajuda. Pagar quase nunca faz as ameaças pararem, e apagar faz você perder as provas. Se você já fez uma dessas coisas, ainda pode receber ajuda.
# Action (best).
q-first-move-stop-save-tell = Parar de responder, guardar as mensagens e contar para um adulto de confiança.
    .feedback = Melhor atitude. Você guarda as provas, corta a pressão e tem alguém do seu lado.
# Action (also good).
q-first-move-screenshot-block-report = Tirar print das mensagens e do perfil, depois denunciar e bloquear a conta.
    .feedback = Boa atitude. Guardar e denunciar ajuda muito. Contar também para um adulto de confiança deixa tudo ainda mais forte.
# Action (not helpful).
q-first-move-pay-once = Pagar uma vez para a pessoa sumir.
    .feedback = Não é bem assim. Pagar quase nunca faz a pessoa parar; normalmente ela pede mais. Se você já pagou, ainda pode receber ajuda.
# Action (not helpful).
q-first-move-delete-everything = Apagar a minha conta e a conversa na hora.
    .feedback = Não é bem assim. É compreensível querer que tudo suma, mas apagar faz você perder as provas. Mantenha a conta e a conversa por enquanto, tire prints, depois denuncie e peça ajuda.

# Question: put the steps in order.
q-steps = Alguém está ameaçando você. Coloque estes passos no app em ordem. (Conte para um adulto de confiança a qualquer momento.)
    .hint = Qual passo seria difícil de fazer depois que a conta estiver bloqueada?
    .explanation = Pare de responder primeiro, para as coisas não piorarem. Guarde as provas antes que algo desapareça. Denuncie enquanto ainda consegue ver a conta, depois bloqueie. Conte para um adulto de confiança a qualquer momento; quanto antes, melhor.
# Step 1.
q-steps-stop-replying = Parar de responder
    .feedback = Parar vem primeiro. Você não deve resposta nenhuma, e responder dá mais material para a pessoa usar.
# Step 2.
q-steps-save-evidence = Guardar prints, nomes de usuário e links
    .feedback = Guarde as provas cedo. A conta ou as mensagens podem sumir depois.
# Step 3.
q-steps-report-account = Denunciar a conta no app
    .feedback = Denuncie enquanto ainda consegue ver o perfil, para o app poder agir.
# Step 4.
q-steps-block-account = Bloquear a conta
    .feedback = Bloqueie por último, depois de guardar e denunciar. Aí a pessoa não consegue mais falar com você por lá.

# Question: choose all that apply.
q-evidence = Quais destes são bons jeitos de guardar provas? Escolha todas as respostas que combinam.
    .hint = As provas mostram quem é a pessoa e o que ela disse.
    .explanation = Prints, nomes de usuário e links de perfil ajudam o app, o NCMEC ou a polícia a agir. Apagar a conversa faz perder provas, e encaminhar a imagem espalha essa imagem.
# Answer option (helps).
q-evidence-screenshots = Tirar print das mensagens
    .feedback = Os prints mostram exatamente o que a pessoa disse e quando.
# Answer option (helps).
q-evidence-username = Anotar o nome de usuário
    .feedback = Um nome de usuário ajuda o app e outras pessoas a encontrar a conta.
# Answer option (helps).
q-evidence-profile-link = Copiar o link do perfil
    .feedback = Um link de perfil leva direto à conta.
# Answer option (does not help).
q-evidence-delete-chat = Apagar a conversa
    .feedback = Não é bem assim. Apagar a conversa faz perder as provas. Mantenha a conversa e tire prints.
# Answer option (does not help).
q-evidence-forward-image = Encaminhar a imagem para um amigo
    .feedback = Não é bem assim. Encaminhar a imagem espalha essa imagem. Guarde as mensagens, não cópias da imagem.

# Question: single choice about what paying usually leads to.
q-what-paying-does = O que normalmente acontece se você paga?
    .hint = O que quem faz ameaças costuma fazer depois de conseguir o que pediu?
    .explanation = Pagar quase nunca faz as ameaças pararem. Normalmente a pessoa pede mais. Em vez disso, pare de responder, guarde as provas e peça ajuda.
# Answer option (right).
q-what-paying-does-asks-for-more = A pessoa pede mais, e as ameaças muitas vezes continuam.
    .feedback = Isso. Pagar quase nunca resolve. Pedir ajuda resolve mais.
# Answer option (wrong).
q-what-paying-does-deletes-it = A pessoa apaga a imagem e deixa você em paz.
    .feedback = Não é bem assim. Não tem como saber se ela vai apagar alguma coisa, e a maioria pede mais. Se você já pagou, ainda pode receber ajuda.
# Answer option (wrong).
q-what-paying-does-only-way = As ameaças param de vez, porque pagar é a única saída.
    .feedback = Não é bem assim. Denunciar, bloquear e contar para um adulto de confiança são jeitos melhores de fazer isso parar.

# Question: true or false about having paid already.
q-already-paid = Se você já pagou, ainda pode receber ajuda.
    .hint = Existe algum momento em que a ajuda deixa de existir para você?
    .explanation = Sim. Mesmo se você pagou ou mandou mais, a culpa não é sua e existe ajuda. Pare de pagar, guarde as mensagens e conte para alguém de confiança.
# Feedback if the teen picks "true" (right).
q-already-paid-true =
    .feedback = Isso. Se você já pagou, ainda vai ficar tudo bem. Pare de pagar, guarde as mensagens e peça ajuda agora.
# Feedback if the teen picks "false" (wrong).
q-already-paid-false =
    .feedback = Não é bem assim. Você pode pedir ajuda a qualquer momento. Ter pago uma vez não tira o seu direito de receber ajuda.

# Question: true or false about saying no after sharing before.
q-say-no-again = Você pode se recusar a mandar mais, mesmo se já compartilhou uma imagem antes.
    .hint = Dizer sim uma vez quer dizer que você tem que dizer sim sempre?
    .explanation = Sim. Ter compartilhado uma vez nunca quer dizer que você tem que compartilhar de novo. Você pode dizer não a qualquer momento.
# Feedback if the teen picks "true" (right).
q-say-no-again-true =
    .feedback = Isso. Você sempre pode dizer não, não importa o que aconteceu antes.
# Feedback if the teen picks "false" (wrong).
q-say-no-again-false =
    .feedback = Não é bem assim. Você sempre pode dizer não, mesmo se já compartilhou antes. Ter compartilhado uma vez nunca quer dizer que você tem que fazer de novo.

# Question: single choice about how Take It Down protects privacy.
q-take-it-down-privacy = O Take It Down é uma ferramenta gratuita do NCMEC que ajuda a remover nudes de menores de 18 anos. Como ele protege a sua privacidade?
    .hint = Pense no que os apps realmente precisam para achar uma cópia.
    .explanation = O Take It Down cria um hash, uma impressão digital da imagem, no seu próprio aparelho. Só o hash é enviado, nunca a imagem.
# Answer option (right).
q-take-it-down-privacy-hash-only = Só uma impressão digital da imagem (um hash) sai do seu aparelho, não a imagem.
    .feedback = Isso. A imagem fica no seu aparelho. Os apps que participam usam o hash para achar cópias.
# Answer option (wrong).
q-take-it-down-privacy-upload-image = Você manda a imagem para a equipe do NCMEC olhar.
    .feedback = Não é bem assim. Você nunca manda a imagem. Só um hash, uma impressão digital, sai do seu aparelho.
# Answer option (wrong).
q-take-it-down-privacy-name-published = O seu nome é compartilhado com os apps.
    .feedback = Não é bem assim. O Take It Down não precisa do seu nome. Só o hash é enviado.

# Question: a scenario about helping a friend.
q-friend-panicking = O que você pode fazer?
    .situation = Uma pessoa amiga conta que alguém está ameaçando postar uma foto dela. Ela está em pânico e diz: "Não conta para ninguém."
    .hint = Essa pessoa precisa de apoio, e de um adulto que possa agir.
    .explanation = Escute, lembre que a culpa não é dela e ajude a envolver um adulto de confiança. Ajudar a guardar as provas e denunciar também é bom. Guardar segredo ou pagar deixa essa pessoa sem apoio.
# Action (best).
q-friend-panicking-listen-and-get-adult = Escutar, dizer que a culpa não é dela e ajudar a contar para um adulto de confiança.
    .feedback = Melhor escolha. Você fica do lado dessa pessoa e consegue ajuda de verdade para ela. Um segredo que mantém alguém em perigo é para contar a um adulto.
# Action (also good).
q-friend-panicking-help-save-and-report = Ajudar a guardar as mensagens e denunciar a conta.
    .feedback = Boa escolha. Guardar e denunciar ajuda. Um adulto de confiança pode ajudar ainda mais.
# Action (not helpful).
q-friend-panicking-keep-the-secret = Guardar segredo, como foi pedido.
    .feedback = Não é bem assim. Parece lealdade, mas deixa essa pessoa enfrentando um crime sem apoio. Ajude a contar para um adulto de confiança.
# Action (not helpful).
q-friend-panicking-tell-them-to-pay = Dizer para pagar e acabar logo com isso.
    .feedback = Não é bem assim. Pagar quase nunca resolve; normalmente pedem mais. Ajude a parar de responder e a buscar ajuda.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte: por que quem ameaça adolescentes usa prazos e pânico? O que deixaria mais fácil contar para um adulto? Conversem sobre o que acontece depois de uma denúncia, e lembre ao grupo que a culpa nunca é da vítima.
