# SafeSteps — MIT OR Apache-2.0

### Lesson: Report, block and remove (ages 13–17).
### Readers are teenagers, possibly dealing with something right now. Be direct, calm and
### practical; never preachy. Never describe images or acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Denunciar, bloquear e remover
# One line under the lesson name.
lesson-summary = Como guardar provas, denunciar, bloquear e tirar conteúdo do ar, e o que acontece depois.

# Card 1: keep evidence first.
card-evidence-first =
    Quando alguém assedia, ameaça ou pressiona você, guarde provas antes de bloquear.
    Bloquear pode esconder a conversa ou o perfil da pessoa. Aí fica mais difícil denunciar.
    Tire print das mensagens e do perfil. Anote o nome de usuário, o link do perfil, e as datas e horários.
    Não tire print nem salve nudes, nem como prova. Dá para denunciar sem eles.
    Não apague a conversa nem a sua conta ainda. Você pode precisar delas depois.
# Card 2: reporting and blocking on the app.
card-report-and-block =
    A maioria dos apps tem um botão Denunciar. Procure na mensagem, no post ou no perfil (muitas vezes atrás do "…").
    Denunciar avisa o app que alguém quebrou as regras. A maioria dos apps não conta para a pessoa quem fez a denúncia.
    Depois de denunciar, bloqueie a pessoa para ela não conseguir falar com você por lá.
    Depois confira quem pode mandar mensagem, marcar e encontrar você.
    Se ela voltar com uma conta nova, guarde provas, denuncie e bloqueie de novo.
# Card 3: reporting beyond the app.
card-beyond-the-app =
    Algumas coisas precisam de mais do que uma denúncia no app. Isso inclui ameaças, um adulto pedindo imagens ou conversas sexuais, sextorsão e nudes de qualquer pessoa com menos de 18 anos.
    Nos EUA, denuncie à CyberTipline do NCMEC em report.cybertip.org ou ligue para 1-800-843-5678. O NCMEC repassa as denúncias para a polícia, que pode agir.
    Em qualquer lugar, você pode procurar a polícia local. Um adulto de confiança pode ajudar você a fazer isso.
    Toque na tela de Ajuda para descobrir onde denunciar no seu país.
# Card 4: getting images removed.
card-removal =
    Se um nude ou uma imagem sexual sua de quando você tinha menos de 18 anos está na internet, ou você acha que pode ser compartilhado, existe ajuda.
    O Take It Down (takeitdown.ncmec.org) é gratuito. Ele usa a cópia que está no seu próprio celular ou computador. Ele cria ali um hash, uma impressão digital da imagem. Só o hash sai do seu aparelho, nunca a imagem. Os apps que participam usam o hash para achar e remover cópias.
    Nunca baixe uma cópia para usar a ferramenta. Se você não tem a imagem, uma denúncia à CyberTipline pode ajudar.
    Você também pode usar o formulário de remoção do próprio app. Fora dos EUA, toque em Ajuda para descobrir quem pode ajudar onde você mora.
# Card 5: what happens after a report; not your fault.
card-what-happens-next =
    Depois que você denuncia, o app analisa. Ele pode remover o post, dar um aviso para a pessoa ou banir a conta. Alguns apps mandam uma atualização para você.
    O NCMEC analisa as denúncias da CyberTipline e pode repassar para a polícia.
    Pode demorar, e nem toda denúncia resulta em alguma ação. Mesmo assim, importa. Denúncias ajudam a impedir que pessoas machuquem outras.
    Não importa o que aconteceu: a culpa não é sua. Os adultos devem apoiar você, não colocar a culpa em você.
    Converse com um adulto de confiança, ou toque em Ajuda.

# Question: single choice about saving proof before blocking.
q-why-save-first = Por que é uma boa ideia guardar provas antes de bloquear alguém?
    .hint = O que você pode deixar de ver depois que a pessoa estiver bloqueada?
    .explanation = Bloquear pode esconder a conversa ou o perfil. Guardar provas antes quer dizer que você ainda consegue denunciar, e outras pessoas conseguem agir.
# Answer option (right).
q-why-save-first-chat-may-vanish = Bloquear pode esconder a conversa e o perfil da pessoa.
    .feedback = Isso. Guarde provas primeiro, depois denuncie e bloqueie.
# Answer option (wrong).
q-why-save-first-to-post-it = Para postar e expor a pessoa.
    .feedback = Não é bem assim. Postar pode piorar as coisas. As provas são para o app, o NCMEC, a polícia ou um adulto de confiança.
# Answer option (wrong).
q-why-save-first-apps-need-permission = Os apps não deixam bloquear sem provas.
    .feedback = Não é bem assim. Você pode bloquear a qualquer hora. Mas as provas deixam uma denúncia muito mais forte.

# Question: choose all that apply, about good evidence.
q-good-evidence = Quais destes são bons para guardar como prova? Escolha todas as respostas que combinam.
    .hint = As provas mostram quem é a pessoa e o que ela fez, sem espalhar mais estrago.
    .explanation = Nomes de usuário, prints das mensagens, links de perfil e datas são boas provas. Nunca guarde nudes, e não apague a conversa.
# Answer option (good proof).
q-good-evidence-username = O nome de usuário da pessoa
    .feedback = Sim. Ajuda o app e a polícia a encontrar a conta.
# Answer option (good proof).
q-good-evidence-message-screenshots = Prints das mensagens
    .feedback = Sim. Eles mostram exatamente o que foi dito.
# Answer option (good proof).
q-good-evidence-profile-link = Um link para o perfil da pessoa
    .feedback = Sim. Um link leva direto à conta.
# Answer option (good proof).
q-good-evidence-dates-and-times = Datas e horários das mensagens
    .feedback = Sim. Os horários ajudam a mostrar o que aconteceu e quando.
# Answer option (not good proof).
q-good-evidence-copy-of-nude = Uma cópia de um nude que a pessoa mandou ou compartilhou
    .feedback = Não é bem assim. Não guarde nudes, nem como prova. Dá para denunciar sem eles.
# Answer option (not good proof).
q-good-evidence-delete-chat = Apagar a conversa para ela sumir
    .feedback = Não é bem assim. Apagar faz perder as provas. Mantenha a conversa por enquanto.

# Question: put the app steps in order.
q-app-steps = Alguém não para de mandar mensagens pesadas para você. Coloque estes passos em ordem. (Conte para um adulto de confiança a qualquer momento.)
    .hint = Qual passo fica difícil de fazer depois que a pessoa estiver bloqueada?
    .explanation = Tire print primeiro, para ter provas. Denuncie enquanto ainda consegue ver a pessoa. Depois bloqueie. Por último, mude quem pode mandar mensagem para você, para ela não voltar fácil.
# Step 1.
q-app-steps-screenshot = Tirar print das mensagens e do perfil
    .feedback = Primeiro. As provas podem sumir quando você bloqueia.
# Step 2.
q-app-steps-report = Denunciar a pessoa no app
    .feedback = Depois. Denuncie enquanto ainda consegue ver o perfil.
# Step 3.
q-app-steps-block = Bloquear a pessoa
    .feedback = Aí bloqueie, para ela não conseguir falar com você por lá.
# Step 4.
q-app-steps-tighten-messages = Mudar quem pode mandar mensagem para você
    .feedback = Por último. Isso dificulta que ela, ou uma conta nova, chegue até você.

# Question: true or false about reporter privacy.
q-reporter-kept-private = Na maioria dos apps, a pessoa denunciada não fica sabendo quem fez a denúncia.
    .hint = As pessoas denunciariam se o nome delas fosse revelado?
    .explanation = Verdadeiro. A maioria dos apps mantém as denúncias em sigilo, então você pode denunciar sem a pessoa saber que foi você.
# Feedback if the teen picks "true" (right).
q-reporter-kept-private-true =
    .feedback = Isso. A maioria dos apps mantém em sigilo o nome de quem denuncia. Você pode denunciar com segurança.
# Feedback if the teen picks "false" (wrong).
q-reporter-kept-private-false =
    .feedback = Não é bem assim. A maioria dos apps não conta para a pessoa quem fez a denúncia.

# Question: a scenario about an adult sending sexual messages.
q-adult-messages = O que você pode fazer sobre esse adulto?
    .situation = Um homem que você conheceu num jogo começou a mandar mensagens sexuais para você e a pedir fotos.
    .hint = Isso é sério. Quem pode agir além do app?
    .explanation = Guardar as provas, denunciar e contar para um adulto de confiança é a melhor atitude. Denunciar e bloquear também ajuda. Um adulto pedindo imagens sexuais a um adolescente pode ser denunciado à CyberTipline ou à polícia. A culpa não é sua.
# Action (best).
q-adult-messages-save-report-tell = Guardar as mensagens, denunciar ele no jogo e contar para um adulto de confiança.
    .feedback = Melhor atitude. Um adulto também pode ajudar você a denunciar à CyberTipline ou à polícia. Contar foi a coisa certa.
# Action (also good).
q-adult-messages-report-and-block = Tirar print da conversa, depois denunciar e bloquear ele.
    .feedback = Boa atitude. Contar também para um adulto permite que isso seja denunciado além do jogo.
# Action (not helpful).
q-adult-messages-delete-and-forget = Apagar a conversa e tentar esquecer.
    .feedback = Não é bem assim. Isso faz perder as provas, e ele pode ir atrás de outras pessoas. Guarde tudo e conte para alguém.
# Action (not helpful).
q-adult-messages-threaten-back = Ameaçar expor ele se ele não parar.
    .feedback = Não é bem assim. Isso pode deixar ele com mais raiva e mantém você em contato com ele. Denuncie em vez disso.

# Question: true or false about Take It Down. The right answer is "false".
q-send-image-to-remove = Para usar o Take It Down, você precisa mandar a sua imagem para alguém.
    .hint = Pense no que é um hash.
    .explanation = Falso. O Take It Down cria um hash no seu próprio aparelho. Só o hash é enviado, nunca a imagem.
# Feedback if the teen picks "true" (wrong).
q-send-image-to-remove-true =
    .feedback = Não é bem assim. A imagem fica no seu aparelho. Só um hash, uma impressão digital da imagem, é enviado.
# Feedback if the teen picks "false" (right).
q-send-image-to-remove-false =
    .feedback = Isso. Só o hash sai do seu aparelho. O Take It Down nunca vê a imagem.

# Question: choose all that apply, about what can happen after a report.
q-after-a-report = O que pode acontecer depois que você denuncia? Escolha todas as respostas que combinam.
    .hint = Pense no que o app e o NCMEC podem fazer, e no que eles mantêm em sigilo.
    .explanation = Os apps podem remover posts e banir contas, e o NCMEC pode repassar denúncias para a polícia. Normalmente o seu nome não é mostrado para a pessoa, e ninguém deve colocar a culpa em você.
# Answer option (can happen).
q-after-a-report-content-removed = O app remove o post ou a mensagem.
    .feedback = Sim. Conteúdo que quebra as regras pode ser tirado do ar.
# Answer option (can happen).
q-after-a-report-account-banned = O app bane a conta.
    .feedback = Sim. Os apps podem suspender ou banir quem quebra as regras.
# Answer option (can happen).
q-after-a-report-passed-to-police = Uma denúncia à CyberTipline é repassada para a polícia.
    .feedback = Sim. O NCMEC repassa as denúncias para a polícia, que pode agir.
# Answer option (should not happen).
q-after-a-report-name-shared = A pessoa fica sabendo o seu nome.
    .feedback = Não é bem assim. A maioria dos apps mantém em sigilo o nome de quem denuncia.
# Answer option (should not happen).
q-after-a-report-you-get-blamed = Colocam a culpa em você pelo que aconteceu.
    .feedback = Não é bem assim. A culpa não é sua. Denunciar é a coisa certa a fazer.

# Question: a scenario about an image of the teen online.
q-image-on-a-site = O que você pode fazer com a imagem?
    .situation = Um amigo conta que um nude seu, de quando você tinha 15 anos, foi postado num site.
    .hint = Quais escolhas tiram a imagem do ar sem espalhar ainda mais?
    .explanation = Contar para um adulto de confiança e usar o Take It Down, se a imagem ainda estiver no seu celular, é a melhor atitude. Denunciar ao site também ajuda. Guardar cópias ou mandar mensagem para quem postou pode piorar. A culpa não é sua.
# Action (best).
q-image-on-a-site-take-it-down-and-tell = Contar para um adulto de confiança e usar o Take It Down, se a imagem ainda estiver no meu celular.
    .feedback = Melhor atitude. Um adulto pode ajudar você a denunciar. O Take It Down usa a cópia do seu celular para ajudar a remover as outras. Se você não tem a imagem, uma denúncia à CyberTipline pode ajudar.
# Action (also good).
q-image-on-a-site-report-to-site = Denunciar o post ao site e pedir a remoção.
    .feedback = Boa atitude. Os sites devem remover imagens de menores de 18 anos. Usar também o Take It Down ajuda a pegar cópias.
# Action (not helpful).
q-image-on-a-site-save-every-copy = Procurar todas as cópias e salvar cada uma.
    .feedback = Não é bem assim. Salvar cópias não é necessário e pode ser crime. Guarde o link, não a imagem.
# Action (not helpful).
q-image-on-a-site-message-the-poster = Mandar mensagem para quem postou e implorar para tirar do ar.
    .feedback = Não é bem assim. Isso pode dar mais poder para a pessoa. Deixe o site, o Take It Down e um adulto cuidarem disso.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte: o que impede as pessoas de denunciar? Percorram juntos o que acontece depois de uma denúncia num app e à CyberTipline. Conversem sobre por que guardar provas vem antes de bloquear, e lembre ao grupo que a culpa nunca é da vítima.
