# SafeSteps — MIT OR Apache-2.0

### Lesson: Privacy settings (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Keep sentences short. Settings are a skill, not a reason to be scared.

# Lesson name on the lesson card.
lesson-title = Suas configurações de privacidade
# One line under the lesson name.
lesson-summary = Escolha quem pode ver os seus posts, quem pode mandar mensagem para você e quem sabe onde você está.

# Card 1: what settings are and why to check them.
card-why-settings =
    Nas configurações, você escolhe quem vê os seus posts e quem pode falar com você.
    Quase todos os apps e jogos têm configurações. Procure um menu ou um pequeno ícone de engrenagem.
    Apps novos nem sempre começam no modo privado.
    Por isso, confira as configurações sempre que baixar um app ou jogo novo.
# Card 2: private accounts and friend requests.
card-private-account =
    Numa conta privada, só as pessoas que você aceita podem ver os seus posts.
    Deixe a sua conta privada.
    Só aceite pedidos de amizade de pessoas que você conhece na vida real.
    Tudo bem recusar um pedido. Você também pode remover um amigo depois.
# Card 3: choosing who can message you and talk to you.
card-who-can-message =
    Muitos jogos e apps deixam você escolher quem pode mandar mensagem ou falar com você no chat de voz.
    Escolha "só amigos" ou "ninguém".
    Assim, pessoas que você não conhece não conseguem mandar mensagens para você.
    Nos apps de vídeo, você também pode escolher quem pode comentar nos seus vídeos.
# Card 4: turning off location sharing.
card-location =
    Alguns apps podem mostrar num mapa onde você está. Outros colocam a sua localização nas suas fotos.
    Desligue o compartilhamento de localização. Ou compartilhe só com a sua família.
    Confira as configurações de mapa nos seus apps de conversa e as configurações da câmera no seu celular.
# Card 5: check settings with a trusted adult; not the child's fault; Help.
card-check-together =
    As configurações podem mudar quando um app atualiza. De vez em quando, confira tudo com um adulto de confiança.
    As configurações ajudam, mas não impedem tudo. Até alguém que você conhece pode fazer coisas que parecem erradas.
    Se alguém chatear você, a culpa não é sua.
    Conte para um adulto de confiança. Você também pode tocar em Ajuda para achar alguém para conversar.

# Question: single choice about what a private account is.
q-private-means = O que quer dizer ter uma conta privada?
    .hint = Pense em quem você aceita.
    .explanation = Numa conta privada, só as pessoas que você aceita podem ver os seus posts. Por isso é bom aceitar só quem você conhece.
# Answer option (right).
q-private-means-only-people-you-accept = Só as pessoas que eu aceito podem ver os meus posts.
    .feedback = Isso! Você escolhe quem vê os seus posts. Aceite só pessoas que você conhece na vida real.
# Answer option (wrong).
q-private-means-no-one-at-all = Ninguém pode ver os meus posts.
    .feedback = Não é bem assim. As pessoas que você aceitou ainda podem ver. Por isso você escolhe com cuidado.
# Answer option (wrong).
q-private-means-everyone-but-parents = Todo mundo pode ver, menos os meus pais.
    .feedback = Não é bem assim. Uma conta privada tem a ver com quem você aceita. Não é para esconder coisas da sua família.

# Question: a scenario. The situation is shown first, then the question.
q-leo-friend-request = O que o Léo pode fazer?
    .situation = O Léo, de 11 anos, recebe um pedido de amizade num app de vídeos. Ele não conhece a pessoa. O perfil diz que ela tem 12 anos e curte os mesmos jogos.
    .hint = O Léo conhece essa pessoa na vida real? Qualquer um pode escrever qualquer coisa num perfil.
    .explanation = Um perfil pode dizer qualquer coisa. O Léo não conhece essa pessoa na vida real. Perguntar a um adulto de confiança, ou recusar, mantém a conta dele privada.
# Action (best).
q-leo-friend-request-check-with-adult = Perguntar a um adulto de confiança antes de fazer qualquer coisa.
    .feedback = Melhor escolha! Um adulto pode ajudar o Léo a conferir as configurações e decidir. O Léo pode recusar o pedido.
# Action (also good).
q-leo-friend-request-decline-request = Recusar o pedido.
    .feedback = Boa escolha. O Léo não conhece essa pessoa na vida real. Recusar sempre pode.
# Action (not helpful).
q-leo-friend-request-accept-same-age = Aceitar. A pessoa tem a idade dele e curte os mesmos jogos.
    .feedback = Não é bem assim. Qualquer um pode dizer num perfil que tem 12 anos. O Léo não conhece essa pessoa na vida real.
# Action (not helpful).
q-leo-friend-request-accept-and-see = Aceitar por enquanto. Depois ele pode remover.
    .feedback = Não é bem assim. Depois de aceita, a pessoa pode ver os posts do Léo. É mais seguro recusar primeiro.

# Question: single choice about who can message you in a new game.
q-who-messages = Você começa um jogo novo. Quem é melhor deixar mandar mensagem para você?
    .hint = Pense nas pessoas que você conhece na vida real.
    .explanation = Dessas opções, "só amigos" é a mais segura. Assim, quem você não conhece não consegue mandar mensagem. "Ninguém" também serve.
# Answer option (right).
q-who-messages-friends-only = Só amigos
    .feedback = Isso! Assim, só as pessoas que você aceitou podem mandar mensagem para você.
# Answer option (wrong).
q-who-messages-everyone = Todo mundo
    .feedback = Não é bem assim. Assim, qualquer um pode mandar mensagem para você, até quem você não conhece.
# Answer option (wrong).
q-who-messages-anyone-with-good-name = Qualquer um com um nome legal
    .feedback = Não é bem assim. Qualquer um pode escolher um nome legal. Isso não mostra quem a pessoa é.

# Question: true or false about sharing location on a map.
q-map-sharing = Um app de conversa pode mostrar num mapa, para os seus amigos, onde você está. O mais seguro é desligar isso ou compartilhar só com a família.
    .hint = Quem você quer que saiba onde você está?
    .explanation = O lugar onde você está é particular. Desligue, ou compartilhe só com a sua família.
# Feedback if the child picks "true" (right).
q-map-sharing-true =
    .feedback = Isso! O lugar onde você está é particular. Deixe isso só para a sua família.
# Feedback if the child picks "false" (wrong).
q-map-sharing-false =
    .feedback = Não é bem assim. Um mapa pode mostrar onde você mora e onde estuda. Desligue, ou compartilhe só com a família.

# Question: sort settings into two groups.
q-safer-or-not = Coloque cada configuração no grupo certo.
    .hint = Pergunte: isso deixa pessoas que eu não conheço me verem ou me encontrarem?
    .explanation = Conta privada, localização desligada e comentários só de amigos são mais seguros. Conta pública, mensagens de qualquer um e a sua localização num mapa são menos seguros.
# Group name.
q-safer-or-not-safer = Mais seguro
# Group name.
q-safer-or-not-less-safe = Menos seguro
# Item to sort (safer).
q-safer-or-not-account-private = Minha conta é privada
    .feedback = Mais seguro. Só as pessoas que você aceita podem ver os seus posts.
# Item to sort (safer).
q-safer-or-not-location-off = O compartilhamento de localização está desligado
    .feedback = Mais seguro. O app não consegue mostrar para as pessoas onde você está.
# Item to sort (safer).
q-safer-or-not-comments-friends-only = Só amigos podem comentar nos meus vídeos
    .feedback = Mais seguro. Pessoas que você não conhece não conseguem deixar comentários.
# Item to sort (less safe).
q-safer-or-not-account-public = Minha conta é pública
    .feedback = Menos seguro. Qualquer um pode ver os seus posts. Experimente deixar a conta privada.
# Item to sort (less safe).
q-safer-or-not-messages-from-anyone = Qualquer um pode me mandar mensagem
    .feedback = Menos seguro. Pessoas que você não conhece podem mandar mensagens para você. Experimente "só amigos".
# Item to sort (less safe).
q-safer-or-not-location-on-map = Minha localização aparece num mapa para todo mundo ver
    .feedback = Menos seguro. As pessoas poderiam ver onde você está. Desligue isso.

# Question: multiple choice, "choose all that apply".
q-new-game-check = Você baixou um jogo novo. Quais configurações é bom conferir? Escolha todas as respostas que combinam.
    .hint = Pergunte: essa configuração muda quem consegue falar comigo ou me encontrar?
    .explanation = Confira quem pode mandar mensagem para você, quem pode ver o seu perfil, a sua localização e o chat de voz. Tela e som ficam a seu critério.
# Answer option (good to check).
q-new-game-check-message-settings = Quem pode me mandar mensagem
    .feedback = É bom conferir. Escolha "só amigos" ou "ninguém".
# Answer option (good to check).
q-new-game-check-profile-settings = Quem pode ver o meu perfil
    .feedback = É bom conferir. Deixe o seu perfil privado.
# Answer option (good to check).
q-new-game-check-location-settings = Quem pode ver a minha localização
    .feedback = É bom conferir. Desligue o compartilhamento de localização.
# Answer option (good to check).
q-new-game-check-voice-chat-settings = Quem pode falar comigo no chat de voz
    .feedback = É bom conferir. Escolha só amigos, ou desligue.
# Answer option (not a safety setting).
q-new-game-check-screen-brightness = O brilho da minha tela
    .feedback = Não é bem assim. O brilho é escolha sua. Ele não muda quem consegue falar com você.
# Answer option (not a safety setting).
q-new-game-check-music-volume = O volume da música
    .feedback = Não é bem assim. A música é escolha sua. Ela não muda quem consegue falar com você.

# Question: true or false about checking settings more than once.
q-set-once = Depois de ajustar as configurações, você nunca mais precisa conferir.
    .hint = O que pode acontecer quando um app atualiza?
    .explanation = As atualizações podem mudar as configurações. De vez em quando, confira com um adulto de confiança.
# Feedback if the child picks "true" (wrong).
q-set-once-true =
    .feedback = Não é bem assim. Uma atualização pode mudar as suas configurações. Confira de vez em quando.
# Feedback if the child picks "false" (right).
q-set-once-false =
    .feedback = Isso! As configurações podem mudar. Conferir com um adulto de vez em quando é uma boa ideia.

# Question: single choice about someone getting past a block.
q-new-account-again = Você bloqueou alguém num jogo. Agora a pessoa manda mensagem de uma conta nova. O que você faz?
    .hint = Quem pode ajudar você quando bloquear não basta?
    .explanation = Conte para um adulto de confiança. Guarde as mensagens, depois bloqueie e denuncie a conta nova. Se a pessoa voltou, a culpa não é sua.
# Answer option (right).
q-new-account-again-tell-block-report = Conto para um adulto de confiança. Depois bloqueio e denuncio a conta nova.
    .feedback = Isso! Um adulto pode ajudar você a guardar as mensagens, denunciar e conferir as suas configurações. A culpa não é sua.
# Answer option (wrong).
q-new-account-again-reply-to-stop-them = Respondo e peço para a pessoa parar.
    .feedback = Não é bem assim. Responder pode fazer a pessoa continuar conversando. Conte para um adulto, depois bloqueie e denuncie.
# Answer option (wrong).
q-new-account-again-tell-no-one = Apago o jogo e não conto para ninguém.
    .feedback = Não é bem assim. Você não precisa lidar com isso sem ajuda. Guarde as mensagens e conte para um adulto de confiança.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte: que apps e jogos vocês usam, e onde ficam as configurações deles? Escolham um e conversem sobre quem pode ver os posts, quem pode mandar mensagem e quem pode ver a localização. Quem poderia ajudar a conferir?
