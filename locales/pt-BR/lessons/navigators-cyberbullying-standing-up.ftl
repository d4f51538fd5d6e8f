# SafeSteps — MIT OR Apache-2.0

### Lesson: Cyberbullying and standing up (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Some readers may be bullied, some may have joined in: never shame either.

# Lesson name on the lesson card.
lesson-title = Cyberbullying: tome uma atitude
# One line under the lesson name.
lesson-summary = Aprenda o que é cyberbullying, o que fazer se acontecer com você e como ajudar quando acontecer com outra pessoa.

# Card 1: what cyberbullying is.
card-what-it-is =
    Cyberbullying é quando alguém usa jogos, chats ou apps para machucar uma pessoa várias vezes.
    Podem ser mensagens ou comentários maldosos.
    Pode ser deixar alguém de fora de um grupo de propósito.
    Pode ser compartilhar uma foto para zoar a pessoa.
    Pode ser uma conta falsa que finge ser ela.
# Card 2: how it feels; not the child's fault.
card-how-it-feels =
    O cyberbullying pode trazer tristeza, medo, raiva ou solidão.
    Parece que ele vai junto com você para casa, no celular.
    Esses sentimentos são de verdade e importam.
    Se isso está acontecendo com você, a culpa não é sua. Ninguém merece sofrer bullying.
# Card 3: what to do if you are bullied online.
card-what-to-do =
    Se alguém faz bullying com você na internet, veja o que você pode fazer.
    Não responda. Uma resposta pode piorar.
    Guarde as mensagens tirando print.
    Bloqueie a pessoa e denuncie no app.
    Conte para um adulto de confiança, como sua mãe, seu pai, um responsável ou um professor.
# Card 4: being an upstander.
card-be-an-upstander =
    Uma pessoa defensora é alguém que ajuda quando vê bullying.
    Mande uma mensagem gentil para quem está sofrendo, como "Você está bem?"
    Não curta, não compartilhe e não ria de posts maldosos.
    Denuncie o post e conte para um adulto de confiança.
    Você não precisa discutir com quem está sendo maldoso. Ajudar de um jeito discreto também conta.
# Card 5: who to tell; adults should not blame; Help.
card-get-help =
    Você não precisa lidar com o bullying sem ajuda.
    Conte para um adulto de confiança. Ele deve escutar e não colocar a culpa em você.
    Ele pode ajudar você a denunciar e conversar com a sua escola, se isso ajudar.
    Você também pode tocar em Ajuda para achar alguém para conversar.

# Question: multiple choice, "choose all that apply".
q-is-it-bullying = Quais destes são cyberbullying? Escolha todas as respostas que combinam.
    .hint = Alguém está tentando machucar ou deixar uma pessoa de fora, várias vezes?
    .explanation = Comentários maldosos, deixar alguém de fora de propósito, contas falsas e compartilhar fotos para zoar alguém são cyberbullying. Ganhar um jogo ou torcer para outro time não é.
# Answer option (cyberbullying).
q-is-it-bullying-mean-comments-daily = Alguém deixa comentários maldosos nos vídeos de uma criança todo dia.
    .feedback = Isso é cyberbullying. A intenção é machucar, e continua acontecendo.
# Answer option (cyberbullying).
q-is-it-bullying-left-out-on-purpose = Um grupo cria um chat novo só para deixar uma criança de fora.
    .feedback = Isso é cyberbullying. Deixar alguém de fora de propósito pode machucar muito.
# Answer option (cyberbullying).
q-is-it-bullying-fake-account = Alguém cria uma conta falsa fingindo ser um colega de turma.
    .feedback = Isso é cyberbullying. Fingir ser outra pessoa pode fazer os outros pensarem mal dela.
# Answer option (cyberbullying).
q-is-it-bullying-shares-photo-to-mock = Alguém compartilha a foto de uma criança para tirar sarro dela.
    .feedback = Isso é cyberbullying. Compartilhar uma foto para zoar alguém machuca essa pessoa.
# Answer option (not cyberbullying).
q-is-it-bullying-wins-fair-and-square = Um amigo ganha de você num jogo e diz: "Boa partida."
    .feedback = Não é bem assim. Ganhar limpo e ser gentil não é bullying.
# Answer option (not cyberbullying).
q-is-it-bullying-likes-other-team = Alguém diz que torce para um time diferente do seu.
    .feedback = Não é bem assim. Gostar de coisas diferentes é normal. Não é bullying.

# Question: true or false about replying to a bully.
q-reply-back = Se alguém manda mensagens maldosas para você, o melhor é responder com outra mensagem maldosa.
    .hint = O que pode acontecer se você responder?
    .explanation = Uma resposta pode piorar. Guarde as mensagens, bloqueie, denuncie e conte para um adulto de confiança.
# Feedback if the child picks "true" (wrong).
q-reply-back-true =
    .feedback = Não é bem assim. É normal sentir raiva. Mas uma resposta pode piorar. Guarde, bloqueie, denuncie e conte.
# Feedback if the child picks "false" (right).
q-reply-back-false =
    .feedback = Isso! Não responda. Guarde as mensagens, bloqueie, denuncie e conte para um adulto de confiança.

# Question: a scenario. The situation is shown first, then the question.
q-no-ellie-chat = O que o Tom pode fazer?
    .situation = O Tom, de 11 anos, é adicionado a um grupo da turma chamado "Sem a Ellie". As pessoas estão postando piadas maldosas sobre a Ellie.
    .hint = Como o Tom pode ajudar a Ellie sem fazer a coisa crescer?
    .explanation = O Tom pode ser uma pessoa defensora. Ele pode perguntar como a Ellie está e contar para um adulto de confiança. Denunciar o grupo e não entrar na onda também ajuda. Rir ou compartilhar piora.
# Action (best).
q-no-ellie-chat-support-and-tell = Mandar uma mensagem gentil para a Ellie e contar para um adulto de confiança.
    .feedback = Melhor escolha! A Ellie sabe que alguém se importa, e um adulto pode ajudar a parar isso.
# Action (also good).
q-no-ellie-chat-report-dont-join = Não entrar na onda. Denunciar o grupo e depois sair.
    .feedback = Boa escolha. Não entrar na onda e denunciar ajuda. Contar também para um adulto é ainda melhor.
# Action (not helpful).
q-no-ellie-chat-send-laughing-face = Mandar um emoji rindo, para não ficar de fora.
    .feedback = Não é bem assim. Pode ser difícil ser diferente do grupo. Mas um emoji rindo mostra para quem está sendo maldoso que tudo bem.
# Action (not helpful).
q-no-ellie-chat-screenshot-to-friends = Mandar prints para outros amigos verem.
    .feedback = Não é bem assim. Compartilhar espalha ainda mais. Guarde prints só para mostrar a um adulto ou para denunciar.

# Question: single choice about what to do when being bullied.
q-priya-comments = A Priya recebe comentários maldosos em todo vídeo que ela posta. O que ela pode fazer?
    .hint = Pense nos passos do cartão "o que fazer".
    .explanation = A Priya pode guardar os comentários, bloquear e denunciar a pessoa, e contar para um adulto de confiança. A culpa não é dela.
# Answer option (right).
q-priya-comments-save-block-report-tell = Tirar prints, bloquear e denunciar, e contar para um adulto de confiança.
    .feedback = Isso! Esses passos ajudam a Priya a parar isso e a ter apoio. A culpa não é dela.
# Answer option (wrong).
q-priya-comments-post-mean-reply = Postar uma resposta maldosa para a pessoa saber como é.
    .feedback = Não é bem assim. É compreensível sentir raiva. Mas uma resposta pode piorar.
# Answer option (wrong).
q-priya-comments-quit-and-tell-no-one = Parar de postar e não contar para ninguém.
    .feedback = Não é bem assim. A Priya não precisa lidar com isso sem ajuda. Um adulto de confiança pode ajudar.

# Question: single choice about what an upstander is.
q-upstander-means = O que é uma pessoa defensora?
    .hint = Pense na palavra "defender".
    .explanation = Uma pessoa defensora ajuda de um jeito seguro. Ela apoia quem está sofrendo, não compartilha, denuncia e conta para um adulto.
# Answer option (right).
q-upstander-means-helps-safely = Alguém que ajuda, de um jeito seguro, quem está sofrendo bullying.
    .feedback = Isso! Palavras gentis, denunciar e contar para um adulto são atitudes de uma pessoa defensora.
# Answer option (wrong).
q-upstander-means-just-watches = Alguém que vê o bullying mas fica de fora.
    .feedback = Não é bem assim. Essa é uma pessoa que só assiste. Uma pessoa defensora faz alguma coisa para ajudar.
# Answer option (wrong).
q-upstander-means-bullies-back = Alguém que posta coisas maldosas de volta para quem está sendo maldoso.
    .feedback = Não é bem assim. Ser maldoso de volta pode fazer a coisa crescer. Pessoas defensoras ajudam de um jeito seguro.

# Question: sort actions into two groups.
q-helps-or-not = Alguém posta um vídeo maldoso sobre uma criança da sua turma. Coloque cada atitude no grupo certo.
    .hint = Isso ajuda a criança ou espalha o post maldoso?
    .explanation = Uma mensagem gentil, uma denúncia e contar para um adulto ajudam. Curtir, compartilhar ou fazer piada espalha a dor.
# Group name.
q-helps-or-not-helps = Ajuda
# Group name.
q-helps-or-not-does-not-help = Não ajuda
# Item to sort (helps).
q-helps-or-not-kind-message = Mandar uma mensagem gentil para a criança.
    .feedback = Isso ajuda. Mostra que ela não está sozinha.
# Item to sort (helps).
q-helps-or-not-report-post = Denunciar o vídeo.
    .feedback = Isso ajuda. O app pode tirar o vídeo do ar.
# Item to sort (helps).
q-helps-or-not-tell-adult = Contar para um adulto de confiança.
    .feedback = Isso ajuda. Um adulto pode ajudar a parar isso.
# Item to sort (does not help).
q-helps-or-not-like-mean-post = Curtir o vídeo.
    .feedback = Isso não ajuda. Uma curtida mostra para quem faz bullying que as pessoas concordam.
# Item to sort (does not help).
q-helps-or-not-share-mean-post = Compartilhar o vídeo com amigos.
    .feedback = Isso não ajuda. Compartilhar faz mais gente ver.
# Item to sort (does not help).
q-helps-or-not-add-a-mean-joke = Fazer uma piada nos comentários.
    .feedback = Isso não ajuda. Uma piada aumenta a dor.

# Question: true or false about blame. The right answer is "true".
q-not-to-blame = Se você sofre bullying na internet, a culpa não é sua.
    .hint = Quem está escolhendo ser maldoso?
    .explanation = Quem faz bullying é quem está fazendo coisa errada. Ninguém merece sofrer bullying.
# Feedback if the child picks "true" (right).
q-not-to-blame-true =
    .feedback = Isso! A culpa nunca é sua. Conte para um adulto de confiança ou toque em Ajuda.
# Feedback if the child picks "false" (wrong).
q-not-to-blame-false =
    .feedback = Não é bem assim. Ninguém merece sofrer bullying. Quem está sendo maldoso é quem está fazendo coisa errada.

# Question: true or false about changing after joining in. The right answer is "true".
q-joined-in-before = Se você já riu de um post maldoso antes, ainda pode ser uma pessoa defensora agora.
    .hint = Você pode fazer uma escolha nova hoje?
    .explanation = Sim. Qualquer pessoa pode escolher ajudar. Você pode começar agora, com uma mensagem gentil ou contando para um adulto.
# Feedback if the child picks "true" (right).
q-joined-in-before-true =
    .feedback = Isso! Você pode fazer uma escolha nova a qualquer hora. Ajudar agora também conta.
# Feedback if the child picks "false" (wrong).
q-joined-in-before-false =
    .feedback = Não é bem assim. Todo mundo pode fazer uma escolha nova. Você pode ajudar agora, e isso conta.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte: o que torna difícil ser uma pessoa defensora na internet? Pensem em coisas pequenas e seguras que vocês poderiam fazer para ajudar. Para quem vocês contariam se vocês ou um amigo estivessem sofrendo bullying?
