# SafeSteps — MIT OR Apache-2.0

### Lesson: Helping a friend (ages 13–17).
### Readers are teenagers whose friend may have just told them something hard. Be direct, warm and
### practical; never preachy. Never describe abuse or images. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Ajudar um amigo
# One line under the lesson name.
lesson-summary = O que dizer e fazer quando alguém da sua amizade conta que aconteceu alguma coisa na internet.

# Card 1: a friend telling you means they trust you.
card-they-trust-you =
    Muitas vezes, os amigos contam uns para os outros antes de contar para um adulto.
    Se um amigo ou uma amiga conta que aconteceu uma coisa ruim na internet, é porque confia em você. Isso é importante.
    Talvez alguém esteja ameaçando ou pressionando essa pessoa, ou tenha compartilhado uma imagem dela.
    Você não precisa ter todas as respostas. Você não precisa resolver tudo sem apoio.
    O que mais ajuda é como você reage, e ajudar essa pessoa a chegar até alguém que possa agir.
# Card 2: listen, believe, don't blame.
card-listen-and-believe =
    Escute. Deixe a pessoa falar sem interromper.
    Acredite nela. Quase ninguém inventa uma coisa dessas.
    Mantenha a calma, mesmo que você sinta choque ou raiva. A sua calma ajuda a pessoa a se sentir em segurança.
    Não pergunte "Por que você mandou?" ou "Por que você não bloqueou?" Perguntas assim podem soar como culpa.
    Em vez disso, diga: "Valeu por me contar. A culpa não é sua. A gente vai dar um jeito."
# Card 3: don't share; keep it safe.
card-keep-it-safe =
    Mantenha a história em sigilo. Não poste sobre isso nem peça conselho no grupo.
    Nunca encaminhe nem salve uma imagem dessa pessoa, nem para ajudar. Se você recebeu uma, denuncie e apague.
    Não mande mensagem nem ameace quem fez mal a ela. Isso pode piorar as coisas, e é um trabalho para adultos, para o app ou para a polícia.
    Você pode ajudar a guardar provas, como prints das mensagens e nomes de usuário, mas não a imagem.
# Card 4: getting an adult involved.
card-get-an-adult =
    Ajude a pessoa a contar para um adulto de confiança. Ofereça ir junto, ou ficar do lado enquanto ela liga ou manda mensagem.
    Mostre a tela de Ajuda deste app para encontrar um canal de ajuda no país dela.
    Algumas coisas precisam de um adulto mesmo que a pessoa peça para você não contar. Isso inclui ameaças, um adulto pressionando, ou falar em se machucar. Também inclui qualquer perigo agora.
    Fale com sinceridade: "Eu me importo demais com você para guardar esse segredo. Vamos contar para alguém, e eu vou com você."
# Card 5: look after yourself too.
card-look-after-yourself =
    Apoiar alguém pode pesar. Você pode sentir preocupação, tristeza ou medo por essa pessoa.
    Isso é normal. Você está sendo um ótimo apoio, não a única ajuda que essa pessoa tem.
    Não é seu trabalho resolver isso, e não é culpa sua se as coisas estão difíceis.
    Converse também com um adulto de confiança sobre como você se sente. Ou toque no botão Ajuda para encontrar alguém para conversar.

# Question: single choice about the first thing to say.
q-first-words = Alguém da sua amizade conta que uma pessoa na internet está fazendo ameaças. O que é bom dizer primeiro?
    .hint = O que você ia querer ouvir primeiro se fosse com você?
    .explanation = Agradecer e dizer que a culpa não é dela ajuda a pessoa a se sentir em segurança para continuar falando. Perguntas sobre o que ela fez podem soar como culpa.
# Answer option (right).
q-first-words-thanks-not-your-fault = "Valeu por me contar. A culpa não é sua."
    .feedback = Isso. Mostra que você está do lado dela, e é verdade.
# Answer option (wrong).
q-first-words-why-did-you = "Por que você foi conversar com essa pessoa?"
    .feedback = Não é bem assim. Mesmo que seja só curiosidade, pode soar como culpa. Comece pelo apoio.
# Answer option (wrong).
q-first-words-just-block-them = "Por que você não bloqueou logo?"
    .feedback = Não é bem assim. Isso pode fazer a pessoa sentir que fez algo errado. Escute primeiro, depois ajude a planejar.

# Question: choose all that apply, about helpful responses.
q-helpful-responses = Quais destas atitudes ajudam alguém que conta para você que aconteceu alguma coisa? Escolha todas as respostas que combinam.
    .hint = Quais mantêm a história em sigilo e trazem apoio de verdade?
    .explanation = Escutar, acreditar e oferecer ir junto até um adulto ajudam. Perguntar no grupo espalha a história, e confrontar quem fez isso pode piorar.
# Answer option (helps).
q-helpful-responses-listen = Escutar sem interromper
    .feedback = Sim. Sentir que alguém escuta ajuda muito.
# Answer option (helps).
q-helpful-responses-believe-them = Acreditar no que a pessoa conta
    .feedback = Sim. Quando acreditam nela, fica mais fácil contar para um adulto depois.
# Answer option (helps).
q-helpful-responses-offer-to-go = Oferecer ir junto até um adulto de confiança
    .feedback = Sim. Ter alguém por perto deixa contar menos assustador.
# Answer option (does not help).
q-helpful-responses-ask-group-chat = Perguntar no grupo o que fazer
    .feedback = Não é bem assim. A história é da pessoa, e é particular. Pergunte para um adulto de confiança.
# Answer option (does not help).
q-helpful-responses-confront-them-online = Mandar mensagem para quem fez isso e dar uma bronca
    .feedback = Não é bem assim. Isso pode piorar as coisas. Deixe isso para os adultos, o app ou a polícia.

# Question: a scenario about a promise to keep a secret.
q-promise-not-to-tell = O que você pode fazer sobre a promessa?
    .situation = Alguém da sua amizade conta que um adulto que conheceu na internet está ameaçando espalhar fotos dela. A pessoa diz: "Promete que não vai contar para ninguém."
    .hint = Alguns segredos mantêm uma pessoa em perigo. Quem pode de fato fazer isso parar?
    .explanation = Falar com sinceridade e envolver um adulto de confiança é a melhor atitude. Ir junto para contar para alguém também é bom. Cumprir a promessa deixa a pessoa enfrentando um crime sem apoio, e entrar em contato com o adulto pode piorar.
# Action (best).
q-promise-not-to-tell-honest-and-get-adult = Dizer: "Eu me importo demais com você para guardar esse segredo", e ajudar a contar para um adulto, ou contar por conta própria.
    .feedback = Melhor atitude. Isso é crime, e precisa de um adulto. Falar com sinceridade mostra que você se importa.
# Action (also good).
q-promise-not-to-tell-go-with-them = Oferecer ir junto hoje até a orientação educacional da escola ou até a mãe, o pai ou responsável.
    .feedback = Boa atitude. Ter você por perto pode deixar contar muito mais fácil.
# Action (not helpful).
q-promise-not-to-tell-keep-the-promise = Cumprir a promessa. A escolha é da pessoa.
    .feedback = Não é bem assim. Parece lealdade, mas deixa a pessoa enfrentando uma ameaça sem apoio. Isso é algo para contar a um adulto.
# Action (not helpful).
q-promise-not-to-tell-message-the-person = Mandar mensagem para o adulto e dizer para ele se afastar.
    .feedback = Não é bem assim. Isso pode piorar as ameaças. Deixe os adultos, o app e a polícia cuidarem disso.

# Question: choose all that apply, about when an adult must be told.
q-must-get-adult = Quando você deve envolver um adulto, mesmo que a pessoa peça para você não fazer isso? Escolha todas as respostas que combinam.
    .hint = Essa pessoa, ou outra, corre risco de sofrer algum mal grave?
    .explanation = Ameaças, um adulto pressionando, falar em se machucar e perigo agora precisam de um adulto. Uma briga por causa de jogo é algo em que a sua amizade já pode ajudar.
# Answer option (needs an adult).
q-must-get-adult-being-threatened = Alguém está ameaçando a pessoa para conseguir imagens ou dinheiro.
    .feedback = Sim. Isso é crime, e um adulto pode ajudar a denunciar.
# Answer option (needs an adult).
q-must-get-adult-adult-pressuring = Um adulto está pressionando a pessoa na internet.
    .feedback = Sim. Um adulto pressionando um adolescente é sério. Conte para um adulto de confiança.
# Answer option (needs an adult).
q-must-get-adult-might-hurt-themselves = A pessoa fala em se machucar.
    .feedback = Sim. Conte para um adulto na hora. A segurança dela vem primeiro.
# Answer option (needs an adult).
q-must-get-adult-in-danger-now = A pessoa está em perigo agora.
    .feedback = Sim. Chame um adulto agora, ou ligue para o número de emergência da sua região.
# Answer option (does not need an adult).
q-must-get-adult-game-argument = A pessoa brigou com um amigo por causa de um jogo.
    .feedback = Não é bem assim. Nisso a sua amizade já pode ajudar. Escute e esteja por perto.

# Question: put the support steps in order.
q-support-steps = Alguém da sua amizade conta que aconteceu uma coisa na internet. Coloque estes passos em ordem.
    .hint = Do que a pessoa precisa de você antes de você dizer qualquer coisa? E antes de ela conseguir fazer um plano?
    .explanation = Escute primeiro, para a pessoa se sentir ouvida. Diga que a culpa não é dela. Depois conversem sobre para quem contar, e vá junto.
# Step 1.
q-support-steps-listen-first = Escutar sem julgar
    .feedback = Primeiro. Deixe a pessoa contar do jeito dela.
# Step 2.
q-support-steps-not-their-fault = Dizer que a culpa não é dela
    .feedback = Depois. Muita gente se culpa. Ouvir isso ajuda.
# Step 3.
q-support-steps-who-to-tell = Conversar sobre para qual adulto contar
    .feedback = Em seguida. Ajude a escolher alguém de confiança.
# Step 4.
q-support-steps-go-together = Ir junto contar para o adulto
    .feedback = Por último. Ter companhia deixa contar mais fácil.

# Question: true or false about confronting the person. The right answer is "false".
q-confront-yourself = Para ajudar alguém da sua amizade, você deve mandar mensagem para quem fez mal e fazer essa pessoa parar.
    .hint = Quem tem poder para fazer isso parar com segurança?
    .explanation = Falso. Confrontar pode piorar as coisas para quem você quer ajudar e para você. Os adultos, o app e a polícia podem agir.
# Feedback if the teen picks "true" (wrong).
q-confront-yourself-true =
    .feedback = Não é bem assim. É compreensível querer fazer isso, mas pode piorar as coisas. Em vez disso, ajude a pessoa a contar para um adulto.
# Feedback if the teen picks "false" (right).
q-confront-yourself-false =
    .feedback = Isso. O seu papel é dar apoio. Os adultos, o app e a polícia lidam com quem fez mal.

# Question: true or false about the helper's own feelings.
q-your-feelings-count = Tudo bem conversar com alguém sobre como você se sente depois de ajudar um amigo.
    .hint = Ajudar os outros quer dizer que os seus sentimentos não importam?
    .explanation = Verdadeiro. Apoiar alguém pode pesar. Conversar com um adulto de confiança ou tocar em Ajuda também pode ajudar você.
# Feedback if the teen picks "true" (right).
q-your-feelings-count-true =
    .feedback = Isso. Os seus sentimentos também importam. Você também pode receber apoio.
# Feedback if the teen picks "false" (wrong).
q-your-feelings-count-false =
    .feedback = Não é bem assim. Você também merece apoio. Conversar sobre isso é um passo saudável.

# Question: a scenario about a friend who blames themselves.
q-friend-blames-self = O que você pode dizer?
    .situation = Uma imagem de alguém da sua amizade foi compartilhada sem consentimento. A pessoa diz: "A culpa é minha. Eu não devia ter mandado."
    .hint = Quem escolheu compartilhar a imagem?
    .explanation = Dizer que a culpa não é dela é a melhor atitude. Escutar e oferecer ajuda para buscar apoio também é bom. Concordar ou mudar de assunto pode fazer a pessoa se sentir sem ninguém.
# Action (best).
q-friend-blames-self-say-not-their-fault = "A culpa não é sua. Quem compartilhou é que fez errado."
    .feedback = Melhor atitude. É verdade, e ouvir isso de alguém próximo faz diferença.
# Action (also good).
q-friend-blames-self-listen-and-offer-help = Escutar, depois oferecer ajuda para contar para um adulto ou usar o Take It Down.
    .feedback = Boa atitude. Apoio mais um plano ajuda. Dizer também que a culpa não é dela deixa tudo mais forte.
# Action (not helpful).
q-friend-blames-self-agree-it-was-a-mistake = "É, foi um erro, mas vai ficar tudo bem."
    .feedback = Não é bem assim. Isso pode soar como culpa. A culpa é de quem compartilhou.
# Action (not helpful).
q-friend-blames-self-change-the-subject = Mudar de assunto para a pessoa pensar em outra coisa.
    .feedback = Não é bem assim. Pode parecer que você não quer ouvir. Fique junto e escute.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte: se alguém da sua amizade contasse uma coisa difícil, o que você ia querer dizer primeiro? Conversem sobre quando um segredo precisa ir para um adulto, como falar disso com sinceridade, e como quem ajuda pode cuidar de si. Lembre ao grupo que a culpa nunca é da vítima.
