# SafeSteps — MIT OR Apache-2.0

### Lesson: Block and report (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Teach the skill step by step; make reporting feel safe.

# Lesson name on the lesson card.
lesson-title = Bloquear e denunciar
# One line under the lesson name.
lesson-summary = Aprenda como funcionam silenciar, bloquear e denunciar, o que acontece depois de uma denúncia e quem pode ajudar.

# Card 1: the three tools: mute, block, report.
card-three-tools =
    A maioria dos jogos e apps tem três ferramentas.
    Silenciar quer dizer que você para de ver ou de ouvir alguém.
    Bloquear quer dizer que a pessoa não consegue mandar mensagem nem adicionar você.
    Denunciar avisa o app que alguém quebrou as regras.
    Para achar essas opções, toque no nome do jogador ou nos três pontinhos ao lado de uma mensagem.
# Card 2: when to use the tools.
card-when-to-use =
    Você pode usar essas ferramentas sempre que alguém chatear você, pressionar você ou fizer você se sentir sem segurança.
    Talvez a pessoa mande mensagens maldosas ou peça fotos. Talvez não pare de mandar mensagens.
    Você não precisa de um motivo grande. O espaço é seu.
    Você pode bloquear alguém mesmo se gostava dessa pessoa antes.
# Card 3: save proof before blocking; never save or send private pictures.
card-save-proof =
    Antes de bloquear, guarde provas.
    Tire print das mensagens e do nome de usuário da pessoa. Não apague a conversa.
    Os prints ajudam o app e os adultos a ver o que aconteceu.
    Se alguém mandar uma foto íntima para você, não salve, não tire print e não encaminhe. Conte para um adulto de confiança.
# Card 4: what happens after a report.
card-after-a-report =
    O que acontece depois que você denuncia? Pessoas que trabalham no app analisam.
    A maioria dos apps não conta para a pessoa que foi você quem denunciou.
    O app pode dar um aviso, tirar posts do ar ou fechar a conta dela.
    Pode demorar, e talvez você não receba resposta. Tudo bem.
    Mesmo assim, denunciar ajuda a proteger você e outras pessoas.
# Card 5: tell a trusted adult; not the child's fault; Help.
card-tell-an-adult =
    Você não precisa fazer isso sem ajuda. Conte para um adulto de confiança.
    Ele pode ajudar você a guardar provas, denunciar e conferir as suas configurações. Ele não deve colocar a culpa em você.
    Se alguém chateou você na internet, a culpa não é sua.
    Você também pode tocar em Ajuda para achar alguém para conversar.

# Question: single choice about which tool stops messages.
q-stop-messages = Alguém não para de mandar mensagens para você num jogo. Qual ferramenta faz a pessoa parar de mandar mensagens?
    .hint = Qual ferramenta impede a pessoa de chegar até você?
    .explanation = Bloquear impede alguém de mandar mensagem ou adicionar você. Silenciar só esconde a pessoa de você. Guarde provas primeiro e denuncie também.
# Answer option (right).
q-stop-messages-block = Bloquear
    .feedback = Isso! Bloquear impede a pessoa de mandar mensagens. Guarde provas primeiro e denuncie também.
# Answer option (wrong).
q-stop-messages-mute = Silenciar
    .feedback = Não é bem assim. Silenciar esconde a pessoa de você, mas ela ainda pode mandar coisas. Bloquear faz as mensagens pararem.
# Answer option (wrong).
q-stop-messages-change-avatar = Trocar o meu avatar
    .feedback = Não é bem assim. Um visual novo não faz a pessoa parar. A ferramenta que faz isso é bloquear.

# Question: sort what each tool does into three groups.
q-which-tool = Qual ferramenta faz o quê? Coloque cada uma no grupo certo.
    .hint = Lembre do cartão sobre as três ferramentas. O que cada uma faz?
    .explanation = Silenciar faz você parar de ver ou ouvir alguém. Bloquear impede a pessoa de chegar até você. Denunciar pede ao app para analisar e agir.
# Group name.
q-which-tool-mute = Silenciar
# Group name.
q-which-tool-block = Bloquear
# Group name.
q-which-tool-report = Denunciar
# Item to sort (mute).
q-which-tool-stop-hearing = Eu paro de ouvir a pessoa no chat de voz.
    .feedback = Isso é silenciar. Você para de ouvir a pessoa, mas ela continua no jogo.
# Item to sort (mute).
q-which-tool-hide-chat = Eu paro de ver as mensagens dela, mas a gente continua no mesmo jogo.
    .feedback = Isso é silenciar. A pessoa fica escondida para você.
# Item to sort (block).
q-which-tool-no-more-messages = A pessoa não consegue mais me mandar mensagens.
    .feedback = Isso é bloquear. Impede a pessoa de chegar até você.
# Item to sort (block).
q-which-tool-no-friend-requests = A pessoa não consegue me mandar pedidos de amizade.
    .feedback = Isso é bloquear. A pessoa não consegue adicionar você.
# Item to sort (report).
q-which-tool-app-checks-rules = O app analisa se a pessoa quebrou as regras.
    .feedback = Isso é denunciar. Pessoas que trabalham no app olham o que ela fez.
# Item to sort (report).
q-which-tool-app-can-close-account = O app pode fechar a conta da pessoa.
    .feedback = Isso é denunciar. O app pode agir se a pessoa quebrou as regras.

# Question: single choice about what to do before blocking.
q-before-blocking = Alguém manda mensagens maldosas para você. O que você deve fazer antes de bloquear?
    .hint = O que vai ajudar o app e um adulto a ver o que aconteceu?
    .explanation = Primeiro, tire print das mensagens e do nome de usuário. Depois bloqueie, denuncie e conte para um adulto de confiança.
# Answer option (right).
q-before-blocking-take-screenshots = Tirar print das mensagens e do nome de usuário.
    .feedback = Isso! Prints são provas. Eles ajudam na hora de denunciar e de contar para um adulto.
# Answer option (wrong).
q-before-blocking-delete-chat = Apagar a conversa para não ter que ver.
    .feedback = Não é bem assim. É compreensível querer que aquilo suma. Mas a conversa é uma prova, então guarde primeiro.
# Answer option (wrong).
q-before-blocking-reply-angry = Mandar uma resposta com raiva.
    .feedback = Não é bem assim. Responder pode piorar. Guarde provas, depois bloqueie e denuncie.

# Question: a scenario. The situation is shown first, then the question.
q-aisha-game = O que a Aisha pode fazer?
    .situation = A Aisha, de 10 anos, joga um jogo online. Um jogador não para de mandar mensagens: "Por que você não responde? Me adiciona em outro app." Ela disse não, mas ele continua.
    .hint = A Aisha disse não e ele não parou. Quais ferramentas podem ajudar? Quem pode ajudar?
    .explanation = A Aisha pode guardar provas, depois bloquear e denunciar o jogador, e contar para um adulto de confiança. Contar primeiro para um adulto também é bom. Responder ou ficar quieta deixa a Aisha sem ajuda.
# Action (best).
q-aisha-game-save-block-report-tell = Tirar prints, bloquear e denunciar o jogador, depois contar para um adulto de confiança.
    .feedback = Melhor escolha! A Aisha usa todas as ferramentas, e um adulto pode ajudar. A culpa não é dela.
# Action (also good).
q-aisha-game-tell-adult-first = Contar logo para um adulto de confiança e pedir ajuda.
    .feedback = Boa escolha. Um adulto pode ajudar a guardar provas, bloquear e denunciar.
# Action (not helpful).
q-aisha-game-reply-once-more = Responder mais uma vez e pedir com educação para ele parar.
    .feedback = Não é bem assim. Ela já disse não. Responder pode fazer ele continuar falando. Bloquear faz isso parar.
# Action (not helpful).
q-aisha-game-keep-quiet = Ficar quieta e torcer para ele parar.
    .feedback = Não é bem assim. Ele pode não parar. A Aisha não precisa lidar com isso sem ajuda.

# Question: true or false about whether the reported person is told.
q-they-know-who = Quando você denuncia alguém, a maioria dos apps conta para a pessoa quem fez a denúncia.
    .hint = Lembre do cartão sobre o que acontece depois de uma denúncia.
    .explanation = A maioria dos apps não conta para a pessoa que foi você quem denunciou. Isso ajuda a denúncia a ser mais segura.
# Feedback if the child picks "true" (wrong).
q-they-know-who-true =
    .feedback = Não é bem assim. A maioria dos apps não mostra o seu nome para a pessoa denunciada. Isso ajuda você a se sentir em segurança.
# Feedback if the child picks "false" (right).
q-they-know-who-false =
    .feedback = Isso! A maioria dos apps não conta quem fez a denúncia. Denunciar ajuda a proteger você e outras pessoas.

# Question: multiple choice, "choose all that apply".
q-after-you-report = O que pode acontecer depois que você denuncia alguém? Escolha todas as respostas que combinam.
    .hint = O que o app pode fazer se alguém quebrou as regras?
    .explanation = O app analisa a denúncia. Ele pode dar um aviso para a pessoa, tirar posts do ar ou fechar a conta. Ele não publica o seu nome.
# Answer option (can happen).
q-after-you-report-app-checks = Pessoas que trabalham no app analisam a denúncia.
    .feedback = Isso pode acontecer. Pessoas que trabalham no app olham o que foi mandado.
# Answer option (can happen).
q-after-you-report-warns-them = O app dá um aviso para a pessoa.
    .feedback = Isso pode acontecer. O aviso diz para ela parar.
# Answer option (can happen).
q-after-you-report-removes-posts = O app tira posts do ar.
    .feedback = Isso pode acontecer. Posts que quebram as regras podem ser tirados do ar.
# Answer option (can happen).
q-after-you-report-closes-account = O app fecha a conta da pessoa.
    .feedback = Isso pode acontecer se ela quebrou as regras.
# Answer option (does not happen).
q-after-you-report-posts-your-name = O app publica o seu nome para todo mundo ver.
    .feedback = Não é bem assim. Os apps não publicam o seu nome. A maioria guarda isso em sigilo.
# Answer option (does not happen).
q-after-you-report-nothing-ever = Nada, nunca. Denúncias não servem para nada.
    .feedback = Não é bem assim. Talvez você não receba resposta, mas as denúncias ajudam os apps a proteger as pessoas.

# Question: true or false about blocking someone you liked before.
q-block-a-friend = Você pode bloquear alguém mesmo se essa pessoa já foi sua amiga antes.
    .hint = O espaço é seu para escolher quem pode chegar até você?
    .explanation = Sim. Você pode bloquear qualquer pessoa que chateie você, pressione você ou faça você se sentir sem segurança, até um amigo.
# Feedback if the child picks "true" (right).
q-block-a-friend-true =
    .feedback = Isso! O espaço é seu. Você pode bloquear qualquer pessoa que faça você se sentir mal.
# Feedback if the child picks "false" (wrong).
q-block-a-friend-false =
    .feedback = Não é bem assim. Gostar de alguém antes não quer dizer que você precisa continuar conversando. Você pode bloquear.

# Question: single choice about an unwanted private picture.
q-unwanted-picture = Um jogador manda para você uma foto íntima que você não pediu. O que você faz?
    .hint = Isso é algo para guardar, passar adiante ou contar para um adulto?
    .explanation = Não salve, não tire print e não encaminhe, nem como prova. Conte para um adulto de confiança. Ele pode ajudar você a denunciar. A culpa não é sua.
# Answer option (right).
q-unwanted-picture-dont-save-tell-adult = Não salvo nem encaminho. Conto para um adulto de confiança.
    .feedback = Isso! Um adulto pode ajudar você a denunciar. Se a pessoa mandou isso, a culpa não é sua.
# Answer option (wrong).
q-unwanted-picture-send-as-proof = Mando para um amigo como prova.
    .feedback = Não é bem assim. Encaminhar espalha ainda mais. Conte para um adulto, e ele pode ajudar você a denunciar.
# Answer option (wrong).
q-unwanted-picture-keep-it-secret = Guardo segredo para ninguém ficar chateado.
    .feedback = Não é bem assim. Um segredo assim é para contar. Um adulto de confiança vai querer ajudar.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte: onde ficam os botões de silenciar, bloquear e denunciar nos jogos e apps que vocês usam? Por que alguém poderia não querer denunciar, e o que deixaria isso mais fácil? Quem poderia ajudar vocês a guardar provas?
