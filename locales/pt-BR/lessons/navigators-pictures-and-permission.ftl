# SafeSteps — MIT OR Apache-2.0

### Lesson: Pictures and permission (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Name actions and feelings; never describe images or abuse.

# Lesson name on the lesson card.
lesson-title = Fotos e permissão
# One line under the lesson name.
lesson-summary = Aprenda a pedir antes de postar, a pensar antes de compartilhar e o que fazer se alguém pedir fotos suas.

# Card 1: ask before posting photos of other people.
card-ask-first =
    Fotos e vídeos são um jeito divertido de mostrar o que você faz.
    Mas, antes de postar a foto de um amigo, pergunte para ele.
    Tem gente que não quer a própria foto na internet, e tudo bem.
    Se a resposta for não, não poste.
    Isso vale também para fotos de grupo e vídeos engraçados.
# Card 2: think before sharing your own photos.
card-think-before-sharing =
    Antes de postar uma foto sua, pare e pense.
    Quem pode ver? Ela mostra a sua escola, a sua rua ou onde você está?
    Depois que uma foto está na internet, as pessoas podem copiar e compartilhar.
    Nem sempre dá para ter a foto de volta.
    Ficou na dúvida? Pergunte a um adulto de confiança.
# Card 3: never share someone else's private picture.
card-private-pictures =
    Algumas fotos são íntimas, ou foram feitas para uma pessoa só.
    Nunca compartilhe a foto íntima de outra pessoa. Não encaminhe, não poste e não mostre por aí.
    Compartilhar pode machucar muito essa pessoa.
    Se alguém mandar uma foto assim para você, não salve nem passe adiante. Conte para um adulto de confiança.
# Card 4: if someone asks for pictures: say no and tell.
card-if-someone-asks =
    Alguém pode pedir uma foto sua que deixa você na dúvida.
    Pode ser um desconhecido, um amigo da internet ou alguém que você conhece.
    Você sempre pode dizer não. Ninguém deve pedir a uma criança fotos sem roupa.
    Pedir para você guardar segredo também é um sinal de alerta.
    Diga não, pare de responder e conte para um adulto de confiança.
# Card 5: not the child's fault; help is there; Help screen.
card-not-your-fault =
    Se alguém pressionou você a mandar uma foto, ou compartilhou uma foto sua, a culpa não é sua.
    Você ainda pode pedir ajuda, mesmo se já mandou alguma coisa antes.
    Conte para um adulto de confiança. Ele pode ajudar você a denunciar e a tirar a foto do ar.
    Você também pode tocar em Ajuda para achar alguém para conversar.

# Question: single choice about posting a photo of friends.
q-lunch-photo = Você tirou uma foto engraçada dos seus amigos no recreio. Você quer postar. O que deve fazer primeiro?
    .hint = De quem é a foto? Quem pode escolher?
    .explanation = Pergunte a todo mundo que está na foto antes de postar. Se alguém disser não, não poste.
# Answer option (right).
q-lunch-photo-ask-everyone = Perguntar a todo mundo da foto se está tudo bem.
    .feedback = Isso! Todo mundo na foto tem direito de opinar. Se uma pessoa disser não, deixe a foto fora da internet.
# Answer option (wrong).
q-lunch-photo-post-and-tag = Postar e marcar todo mundo, para eles verem.
    .feedback = Não é bem assim. Marcar não é o mesmo que perguntar. Pergunte antes.
# Answer option (wrong).
q-lunch-photo-post-then-delete = Postar e apagar se alguém ficar chateado.
    .feedback = Não é bem assim. Até lá, as pessoas podem ter visto ou salvado a foto. Pergunte antes.

# Question: true or false about posting after a friend says no.
q-friend-says-no = Se um amigo diz não, tudo bem postar a foto dele mesmo assim, se ela ficou bonita.
    .hint = De quem é a escolha quando a foto mostra o seu amigo?
    .explanation = O seu amigo escolhe o que vai para a internet sobre ele. Se a resposta for não, não poste.
# Feedback if the child picks "true" (wrong).
q-friend-says-no-true =
    .feedback = Não é bem assim. Até uma foto bonita precisa de um sim. Se o seu amigo disser não, deixe a foto fora da internet.
# Feedback if the child picks "false" (right).
q-friend-says-no-false =
    .feedback = Isso! Não é não, mesmo para uma foto ótima. É assim que você mostra respeito.

# Question: a scenario. The situation is shown first, then the question.
q-group-chat-photo = O que você pode fazer?
    .situation = Alguém no grupo da sua turma manda uma foto íntima de um colega. As pessoas estão mandando emojis rindo.
    .hint = Como o colega pode estar se sentindo? Quem pode ajudar a parar isso?
    .explanation = Não encaminhe. Conte para um adulto de confiança e denuncie no app. Perguntar como o colega está também ajuda. Compartilhar ou rir junto machuca ainda mais.
# Action (best).
q-group-chat-photo-dont-share-tell-adult = Não encaminhar. Contar para um adulto de confiança.
    .feedback = Melhor escolha! Um adulto pode ajudar a tirar a foto do ar. Ninguém deve culpar você por contar.
# Action (also good).
q-group-chat-photo-report-and-check-in = Denunciar a foto no app e perguntar ao colega se está tudo bem.
    .feedback = Boa escolha. Denunciar ajuda, e a sua gentileza faz diferença. Conte também para um adulto.
# Action (not helpful).
q-group-chat-photo-send-it-on = Mandar para um amigo e perguntar o que ele acha.
    .feedback = Não é bem assim. Encaminhar espalha a foto ainda mais. Não passe adiante. Conte para um adulto de confiança.
# Action (not helpful).
q-group-chat-photo-laugh-along = Mandar um emoji rindo, para não ficar de fora.
    .feedback = Não é bem assim. Pode ser difícil não entrar na onda. Mas rir junto pode machucar ainda mais o seu colega.

# Question: a scenario. The situation is shown first, then the question.
q-nico-asked = O que o Nico pode fazer?
    .situation = O Nico, de 11 anos, conversa há semanas com um jogador chamado Max. O Max diz: "Me manda uma foto sua. Só para mim. Não conta para ninguém."
    .hint = Procure um sinal de alerta. O Nico pode dizer não?
    .explanation = Pedir uma foto e pedir segredo são sinais de alerta. O Nico pode dizer não e contar para um adulto de confiança. Bloquear e denunciar o Max também ajuda.
# Action (best).
q-nico-asked-say-no-tell-adult = Dizer não. Contar para um adulto de confiança.
    .feedback = Melhor escolha! O Nico sempre pode dizer não. Um adulto pode ajudar a denunciar o Max e a manter o Nico em segurança.
# Action (also good).
q-nico-asked-stop-block-report = Parar de responder. Guardar a conversa, depois bloquear e denunciar o Max.
    .feedback = Boa escolha. Guardar a conversa ajuda na hora de denunciar. Contar também para um adulto é ainda melhor.
# Action (not helpful).
q-nico-asked-send-face-only = Mandar uma foto só do rosto.
    .feedback = Não é bem assim. O Max pediu para o Nico guardar segredo. Isso é um sinal de alerta. O Nico pode dizer não.
# Action (not helpful).
q-nico-asked-send-to-keep-friend = Mandar, para o Max continuar sendo amigo dele.
    .feedback = Não é bem assim. Um amigo de verdade aceita um não. O Nico pode dizer não e contar para um adulto.

# Question: multiple choice, "choose all that apply".
q-before-you-post = Antes de postar uma foto sua, o que é bom conferir? Escolha todas as respostas que combinam.
    .hint = Que coisas podem ajudar alguém a encontrar você?
    .explanation = Confira se aparece o logo da escola, a sua rua ou a sua casa, se tem localização marcada e quem pode ver o post. Curtidas e filtros não mudam a sua segurança.
# Answer option (good to check).
q-before-you-post-school-logo = Dá para ver o logo da minha escola?
    .feedback = É bom conferir. Um logo pode mostrar onde você estuda.
# Answer option (good to check).
q-before-you-post-street-or-house = Dá para ver a minha rua ou a minha casa?
    .feedback = É bom conferir. Uma placa de rua ou uma casa pode mostrar onde você mora.
# Answer option (good to check).
q-before-you-post-who-can-see = Quem pode ver este post?
    .feedback = É bom conferir. Deixe só para pessoas que você conhece na vida real.
# Answer option (good to check).
q-before-you-post-location-tag = A minha localização está marcada?
    .feedback = É bom conferir. Uma localização marcada mostra onde você está. Desligue.
# Answer option (not about safety).
q-before-you-post-how-many-likes = Vai ganhar muitas curtidas?
    .feedback = Não é bem assim. Curtidas são legais, mas não protegem você.
# Answer option (not about safety).
q-before-you-post-coolest-filter = Qual filtro fica mais legal?
    .feedback = Não é bem assim. O filtro é escolha sua. Ele não muda quem pode ver a foto.

# Question: true or false about photos being copied.
q-copied-and-shared = Depois que uma foto está na internet, as pessoas podem copiar e compartilhar.
    .hint = Pense nos prints.
    .explanation = Sim. As pessoas podem tirar print ou salvar fotos. Por isso é bom pensar antes de postar.
# Feedback if the child picks "true" (right).
q-copied-and-shared-true =
    .feedback = Isso! Um print leva um segundo. Então pense antes de postar.
# Feedback if the child picks "false" (wrong).
q-copied-and-shared-false =
    .feedback = Não é bem assim. Mesmo se você apagar uma foto, alguém pode ter salvado antes.

# Question: sort photos into three groups.
q-post-ask-or-never = Coloque cada foto no grupo certo.
    .hint = Quem está na foto? Ela era para ser particular?
    .explanation = O seu próprio desenho ou um pôr do sol podem ser postados. Fotos de amigos precisam de um sim antes. Fotos íntimas de outras pessoas nunca são suas para compartilhar.
# Group name.
q-post-ask-or-never-okay-to-post = Posso postar
# Group name.
q-post-ask-or-never-ask-first = Pergunto antes
# Group name.
q-post-ask-or-never-never-share = Nunca compartilho
# Item to sort (okay to post).
q-post-ask-or-never-my-drawing = Uma foto do meu desenho
    .feedback = O seu desenho é seu para compartilhar. Só confira se o seu nome não aparece nele.
# Item to sort (okay to post).
q-post-ask-or-never-sunset = Uma foto de um pôr do sol
    .feedback = Tudo bem postar um pôr do sol. Só confira se a localização está desligada.
# Item to sort (ask first).
q-post-ask-or-never-friend-at-party = Meu amigo numa festa
    .feedback = Pergunte antes. O seu amigo escolhe se a foto vai para a internet.
# Item to sort (ask first).
q-post-ask-or-never-team-photo = Meu time depois de um jogo
    .feedback = Pergunte antes. Todo mundo na foto tem direito de opinar.
# Item to sort (never share).
q-post-ask-or-never-photo-sent-just-to-me = Uma foto que alguém mandou só para mim
    .feedback = Nunca compartilhe. Ela foi feita só para você.
# Item to sort (never share).
q-post-ask-or-never-classmate-private-photo = Uma foto íntima de um colega
    .feedback = Nunca compartilhe. Isso pode machucar muito essa pessoa. Conte para um adulto de confiança.

# Question: true or false about getting help after sending a photo. The right answer is "true".
q-sent-before = Se você já mandou uma foto, ainda pode dizer não para outras e pedir ajuda.
    .hint = Dizer sim uma vez quer dizer que você tem que dizer sim sempre?
    .explanation = Você pode dizer não a qualquer momento. A culpa não é sua, e um adulto de confiança pode ajudar. Você também pode tocar em Ajuda.
# Feedback if the child picks "true" (right).
q-sent-before-true =
    .feedback = Isso! Você sempre pode dizer não. Você sempre pode contar para alguém, mesmo depois.
# Feedback if the child picks "false" (wrong).
q-sent-before-false =
    .feedback = Não é bem assim. Você pode dizer não a qualquer momento. A culpa não é sua, e sempre existe ajuda.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte: como você se sentiria se alguém postasse uma foto sua sem perguntar? O que dá para dizer a um amigo que quer compartilhar a foto íntima de alguém? Quem poderia ajudar se alguém pedir fotos suas?
