# SafeSteps — MIT OR Apache-2.0

### Lesson: Personal info and passwords (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Keep sentences short. Teach skills, not fear.

# Lesson name on the lesson card.
lesson-title = Dados pessoais e senhas
# One line under the lesson name.
lesson-summary = Aprenda que informações guardar só para você, como criar uma senha forte e o que fazer se invadirem a sua conta.

# Card 1: what personal info is.
card-what-is-personal-info =
    Dados pessoais são tudo o que mostra quem você é ou onde encontrar você.
    São o seu nome completo, o endereço da sua casa e o número do seu celular.
    São o nome da sua escola e o lugar onde você está agora.
    Uma foto sua com o uniforme da escola também pode mostrar a sua escola.
    Guarde essas informações para pessoas que você conhece e em quem confia na vida real.
# Card 2: people in games and chat may ask for personal info.
card-games-and-chat =
    Jogos e apps de conversa são divertidos. Às vezes, alguém ali pergunta onde você mora ou em qual escola você estuda.
    Você não precisa responder. Tudo bem dizer não.
    Use um apelido, não o seu nome verdadeiro.
    Deixe a localização desligada.
    Ficou na dúvida? Pergunte antes a um adulto de confiança.
# Card 3: strong passwords and passphrases.
card-strong-passwords =
    Uma senha forte é longa e difícil de adivinhar.
    Experimente uma frase-senha. Escolha quatro palavras aleatórias, como "sapo lua bolo tambor".
    Depois invente a sua. Não use essa.
    Não use o seu nome, o nome do seu bicho de estimação nem o seu aniversário. Dá para adivinhar.
    Use uma senha diferente para cada app ou jogo.
    Um adulto de confiança pode ajudar você a não esquecer todas elas.
# Card 4: never share passwords, even with friends.
card-keep-it-yours =
    A sua senha é só sua e dos adultos que cuidam de você.
    Não conte para ninguém, nem para o seu melhor amigo ou a sua melhor amiga.
    Amigos podem brigar. E um amigo pode passar a senha adiante sem querer.
    Aí alguém pode entrar na sua conta e postar coisas como se fosse você.
    Se um amigo pedir, você pode dizer: "Foi mal, minhas senhas são só minhas."
# Card 5: if an account is taken over; not the child's fault; who to tell.
card-account-taken =
    Alguém entrou na sua conta? Talvez tenha mudado a sua senha ou postado como se fosse você.
    A culpa não é sua.
    Conte logo para um adulto de confiança. Ele pode ajudar você a trocar as senhas, denunciar no app e recuperar a sua conta.
    Você também pode tocar em Ajuda para achar alguém para conversar.

# Question: multiple choice, "choose all that apply".
q-which-is-personal = Quais destes são dados pessoais? Escolha todas as respostas que combinam.
    .hint = Pergunte: isso pode ajudar alguém a me encontrar ou a descobrir quem eu sou?
    .explanation = O seu nome completo, o seu endereço e a sua escola são dados pessoais. Uma foto com o uniforme também. O seu jogo e a sua comida favoritos podem ser contados.
# Answer option (personal info).
q-which-is-personal-full-name = Meu nome completo
    .feedback = O seu nome completo é um dado pessoal. Use um apelido nos jogos.
# Answer option (personal info).
q-which-is-personal-home-address = O endereço da minha casa
    .feedback = O seu endereço mostra onde você mora. Guarde só para você.
# Answer option (personal info).
q-which-is-personal-school-name = O nome da minha escola
    .feedback = A sua escola mostra onde você fica durante o dia. Guarde só para você.
# Answer option (personal info).
q-which-is-personal-uniform-photo = Uma foto minha com o uniforme da escola
    .feedback = Um uniforme pode mostrar em qual escola você estuda. Então também é um dado pessoal.
# Answer option (not personal info).
q-which-is-personal-favourite-game = Meu jogo favorito
    .feedback = Não é bem assim. Tudo bem contar qual é o seu jogo favorito. Ele não mostra onde você está.
# Answer option (not personal info).
q-which-is-personal-favourite-food = Minha comida favorita
    .feedback = Não é bem assim. Tudo bem contar qual é a sua comida favorita. Ela não mostra quem você é.

# Question: single choice about the strongest password.
q-strongest-password = Qual senha é a mais forte?
    .hint = Qual delas seria a mais difícil de alguém adivinhar?
    .explanation = Quatro palavras aleatórias formam uma frase-senha forte. Ela é longa e difícil de adivinhar, mas fácil para você lembrar.
# Answer option (right).
q-strongest-password-four-random-words = lâmpada tigre chuva meia
    .feedback = Isso! Quatro palavras aleatórias são longas e difíceis de adivinhar. Isso forma uma frase-senha forte.
# Answer option (wrong).
q-strongest-password-name-and-birthday = O seu nome e a data do seu aniversário
    .feedback = Não é bem assim. Muita gente sabe o seu nome e o seu aniversário. São fáceis de adivinhar.
# Answer option (wrong).
q-strongest-password-password-123 = senha123
    .feedback = Não é bem assim. Essa é uma das senhas mais usadas. É muito fácil de adivinhar.
# Answer option (wrong).
q-strongest-password-pet-name = O nome do seu bicho de estimação
    .feedback = Não é bem assim. Amigos e quem vê os seus posts podem saber o nome do seu bicho. É fácil de adivinhar.

# Question: true or false about sharing a password with a best friend.
q-best-friend-password = Tudo bem contar a sua senha para o seu melhor amigo ou a sua melhor amiga.
    .hint = O que pode acontecer se vocês brigarem?
    .explanation = A sua senha é só sua e dos adultos que cuidam de você. Nem um melhor amigo precisa dela.
# Feedback if the child picks "true" (wrong).
q-best-friend-password-true =
    .feedback = Não é bem assim. Melhores amigos são demais. Mas amigos podem brigar, ou passar a senha adiante sem querer. Guarde só para você.
# Feedback if the child picks "false" (right).
q-best-friend-password-false =
    .feedback = Isso! A sua senha é só sua e dos adultos que cuidam de você. Um amigo de verdade vai entender.

# Question: a scenario. The situation is shown first, then the question.
q-player-asks-school = O que a Mia pode fazer?
    .situation = A Mia, de 10 anos, joga um jogo de construir. Um jogador que ela conheceu semana passada diz: "Em qual escola você estuda? Aposto que eu conheço!"
    .hint = O nome de uma escola é um dado pessoal? Quem pode ajudar?
    .explanation = A escola da Mia é um dado pessoal. Ela não precisa contar. O melhor é guardar isso para ela e contar para um adulto de confiança.
# Action (best).
q-player-asks-school-keep-private-tell-adult = Não contar. Falar sobre isso com um adulto de confiança.
    .feedback = Melhor escolha! A Mia guarda a escola só para ela. Um adulto de confiança pode ajudar se o jogador continuar perguntando.
# Action (also good).
q-player-asks-school-say-no-thanks = Dizer "Isso eu não conto" e continuar jogando.
    .feedback = Boa escolha. A Mia guarda as informações dela. Se o jogador perguntar de novo, ela pode contar para um adulto e bloquear a pessoa.
# Action (not helpful).
q-player-asks-school-tell-school = Contar. O jogador parece legal.
    .feedback = Não é bem assim. Parecer legal não mostra quem a pessoa é. A escola é um dado pessoal, então a Mia pode guardar isso para ela.
# Action (not helpful).
q-player-asks-school-send-uniform-selfie = Mandar uma selfie de uniforme para o jogador adivinhar.
    .feedback = Não é bem assim. Uma foto de uniforme também mostra a escola. O melhor é guardar isso para ela.

# Question: sort things into two groups.
q-share-or-keep = Coloque cada coisa no grupo certo.
    .hint = Isso pode ajudar alguém a encontrar você ou a entrar na sua conta?
    .explanation = A sua banda favorita e o seu apelido no jogo podem ser contados. O número do seu celular, a sua senha e o lugar onde você está agora são particulares.
# Group name.
q-share-or-keep-okay-to-share = Posso contar
# Group name.
q-share-or-keep-keep-private = É particular
# Item to sort (okay to share).
q-share-or-keep-favourite-band = Minha banda favorita
    .feedback = É legal contar qual é a sua banda favorita. Ela não mostra onde você está.
# Item to sort (okay to share).
q-share-or-keep-game-nickname = Meu apelido no jogo
    .feedback = Tudo bem contar um apelido. É por isso que ele é melhor do que o seu nome verdadeiro.
# Item to sort (keep private).
q-share-or-keep-phone-number = O número do meu celular
    .feedback = Com o número do seu celular, as pessoas podem ligar ou mandar mensagem para você. Guarde só para você.
# Item to sort (keep private).
q-share-or-keep-my-password = Minha senha
    .feedback = A sua senha protege a sua conta. Ela é só sua e dos adultos que cuidam de você.
# Item to sort (keep private).
q-share-or-keep-where-i-am-now = Onde eu estou agora
    .feedback = O lugar onde você está agora é particular. Isso pode ajudar alguém a encontrar você.

# Question: single choice about a selfie in school uniform.
q-uniform-selfie = O João quer postar num app de vídeos uma selfie com o uniforme da escola. No que ele deve pensar?
    .hint = Olhe a roupa que ele está usando. O que ela pode contar para as pessoas?
    .explanation = Um uniforme pode mostrar em qual escola você estuda. O João pode tirar a foto com outra roupa, ou perguntar antes a um adulto de confiança.
# Answer option (right).
q-uniform-selfie-shows-school = O uniforme pode mostrar para as pessoas em qual escola ele estuda.
    .feedback = Isso! Um logo ou as cores podem mostrar a escola. Ele pode postar uma foto com outra roupa.
# Answer option (wrong).
q-uniform-selfie-no-risk = Em nada. Uma foto é só uma foto.
    .feedback = Não é bem assim. Fotos podem mostrar coisas como a sua escola, a sua rua ou a sua casa.
# Answer option (wrong).
q-uniform-selfie-only-bad-if-ugly = Só se ele ficar esquisito na foto.
    .feedback = Não é bem assim. Como ele fica na foto é escolha dele. O que importa pensar é o que a foto mostra.

# Question: single choice about an account being taken over.
q-coins-gone = A Zoe entra no jogo dela. As moedas sumiram e a senha foi trocada. O que ela deve fazer primeiro?
    .hint = Quem pode ajudar a Zoe a recuperar a conta?
    .explanation = A Zoe deve contar logo para um adulto de confiança. Ele pode ajudar a trocar as senhas e denunciar no jogo. A culpa não é dela.
# Answer option (right).
q-coins-gone-tell-adult-now = Contar logo para um adulto de confiança.
    .feedback = Isso! Um adulto pode ajudar a Zoe a denunciar e recuperar a conta. A culpa não é dela.
# Answer option (wrong).
q-coins-gone-keep-quiet = Ficar quieta e torcer para parar.
    .feedback = Não é bem assim. Se ela ficar quieta, a pessoa continua usando a conta dela. Contar para um adulto ajuda.
# Answer option (wrong).
q-coins-gone-new-account-secretly = Criar uma conta nova e não contar para ninguém.
    .feedback = Não é bem assim. A pessoa ainda pode usar a conta antiga. Um adulto pode ajudar a recuperar a conta e denunciar.

# Question: true or false about telling after an account is taken over.
q-telling-helps = Se alguém invadir a sua conta, contar para um adulto pode ajudar você a recuperá-la.
    .hint = Volte ao cartão sobre a conta invadida.
    .explanation = Sim. Um adulto de confiança pode ajudar você a trocar as senhas e denunciar no app. Você também pode tocar em Ajuda.
# Feedback if the child picks "true" (right).
q-telling-helps-true =
    .feedback = Isso! Contar para um adulto é o melhor primeiro passo. A culpa não é sua, e ele pode ajudar.
# Feedback if the child picks "false" (wrong).
q-telling-helps-false =
    .feedback = Não é bem assim. Um adulto de confiança pode ajudar você a denunciar e recuperar a sua conta. Você não precisa resolver isso sem ajuda.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte: que dados pessoais uma foto ou uma conversa pode entregar sem a gente perceber? Inventem juntos uma frase-senha engraçada de quatro palavras (não usem de verdade). Depois conversem sobre para quem contariam se alguém invadisse uma conta.
