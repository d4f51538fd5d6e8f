# SafeSteps — MIT OR Apache-2.0

### Lesson: My private information (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words.

# Lesson name on the lesson card.
lesson-title = Minhas coisas particulares
# One line under the lesson name.
lesson-summary = Algumas coisas sobre você são só suas e dos adultos que cuidam de você. Vamos descobrir quais são.

# Card 1: what private information is.
card-private-things =
    Algumas coisas sobre você são só suas e dos adultos que cuidam de você.
    O lugar onde você mora é uma delas.
    O número do seu telefone é outra.
    A sua senha também.
    Essas coisas são particulares.
    .together = Pergunte: "Que coisas sobre você são particulares?" Boas respostas: onde você mora, o número do seu telefone, a sua senha.
# Card 2: games and chat on a tablet or phone.
card-games-and-chats =
    Jogos e chats podem ser divertidos!
    Às vezes, um jogo ou um chat pergunta onde você mora.
    Ou em qual escola você estuda.
    Você não precisa contar.
    .together = Pergunte: "O que você pode dizer se um jogo perguntar onde você mora?" Uma boa resposta: "Não preciso contar." Depois, a criança vem perguntar para você.
# Card 3: check with a grown-up before sharing.
card-ask-first =
    Não sabe se pode contar alguma coisa?
    Pare e pergunte primeiro a um adulto de confiança.
    Perguntar é sempre bom.
    .together = Diga à criança: "Você sempre pode me perguntar, mesmo quando eu parecer estar sem tempo." Pratiquem uma vez: a criança vem fazer uma pergunta a você.
# Card 4: who to tell; never the child's fault.
card-tell-someone =
    Alguma coisa na internet parece errada?
    A culpa não é sua.
    Conte para um adulto de confiança.
    Esse adulto não vai brigar com você.
    Toque no botão Ajuda para achar alguém para conversar.
    .together = Pergunte: "Alguma coisa na internet já pareceu errada?" Se a criança contar algo preocupante, mantenha a calma, agradeça e diga que a culpa não é dela.

# Question: a single choice about a home address.
q-address = Um jogo pergunta: "Onde você mora?" O que você faz?
    .hint = Pense em quem precisa saber onde você mora.
    .explanation = O lugar onde você mora é particular. Ele fica só entre você e os adultos que cuidam de você.
# Answer option (right).
q-address-keep-it = Não escrevo. Conto para um adulto.
    .feedback = Isso! O seu endereço é particular. Um adulto de confiança pode ajudar.
# Answer option (wrong).
q-address-type-it = Escrevo no jogo.
    .feedback = Não é bem assim. O lugar onde você mora é particular. Ele fica só entre você e os adultos que cuidam de você.
# Answer option (wrong).
q-address-say-it-loud = Falo no chat de voz.
    .feedback = Não é bem assim. Falar em voz alta também conta para os outros. O lugar onde você mora fica só entre você e os adultos que cuidam de você.

# Question: sort things into two groups.
q-share-or-keep = Coloque cada coisa na caixa certa.
    .hint = Isso pode ajudar alguém a achar você ou a entrar nos seus jogos?
    .explanation = Cores e bichos são legais de contar. O lugar onde você mora é particular. A sua senha e a sua escola também.
# Group name.
q-share-or-keep-okay-to-share = Posso contar
# Group name.
q-share-or-keep-keep-private = É particular
# Item to sort (okay to share).
q-share-or-keep-favourite-colour = Minha cor favorita
    .feedback = A sua cor favorita é legal de contar. Ela não mostra para ninguém onde você está.
# Item to sort (keep private).
q-share-or-keep-home-address = O endereço da minha casa
    .feedback = O lugar onde você mora é particular. Ele mostra às pessoas onde achar você.
# Item to sort (keep private).
q-share-or-keep-password = Minha senha
    .feedback = A sua senha é particular. Ela protege os seus jogos e as suas coisas.
# Item to sort (okay to share).
q-share-or-keep-favourite-animal = Meu bicho favorito
    .feedback = O seu bicho favorito é legal de contar. Ele não mostra para ninguém onde você está.
# Item to sort (keep private).
q-share-or-keep-school-name = O nome da minha escola
    .feedback = O nome da sua escola é particular. Ele mostra às pessoas onde você fica durante o dia.

# Question: true or false about sharing a password with friends.
q-password-for-friends = Posso contar a minha senha para um amigo.
    .hint = Quem deve saber a sua senha?
    .explanation = A sua senha é só sua e dos adultos que cuidam de você. Nem os bons amigos precisam dela.
# Feedback if the child picks "true" (wrong).
q-password-for-friends-true =
    .feedback = Não é bem assim. Amigos são ótimos. Mas a sua senha é só sua e dos adultos que cuidam de você.
# Feedback if the child picks "false" (right).
q-password-for-friends-false =
    .feedback = Isso! A sua senha é só sua e dos adultos que cuidam de você.

# Question: a single choice about a game asking for the child's school.
q-game-asks-school = Um amigo novo de um jogo pergunta: "Em qual escola você estuda?" O que você faz?
    .hint = O nome da sua escola é particular?
    .explanation = O nome da sua escola é particular. Pergunte primeiro a um adulto de confiança.
# Answer option (right).
q-game-asks-school-ask-a-grown-up = Ainda não conto. Pergunto a um adulto.
    .feedback = Isso! Perguntar a um adulto é uma ótima ideia. Ele pode ajudar você a escolher o que fazer.
# Answer option (wrong).
q-game-asks-school-tell-them = Conto, porque é meu amigo.
    .feedback = Não é bem assim. Amigos de jogo podem ser legais, mas a sua escola é particular. Pergunte primeiro a um adulto.
# Answer option (wrong).
q-game-asks-school-make-it-a-secret = Conto e guardo isso em segredo.
    .feedback = Não é bem assim. Um segredo que parece esquisito é para contar. Pergunte primeiro a um adulto.

# Question: true or false about telling a grown-up after a mistake.
q-told-by-mistake = Errou alguma coisa na internet? Você ainda pode contar para um adulto.
    .hint = Um adulto ainda pode ajudar você?
    .explanation = Sim. Todo mundo erra. Você sempre pode pedir ajuda, mesmo depois. Um adulto quer ajudar.
# Feedback if the child picks "true" (right).
q-told-by-mistake-true =
    .feedback = Isso! Você sempre pode contar. Um adulto de confiança vai ajudar você.
# Feedback if the child picks "false" (wrong).
q-told-by-mistake-false =
    .feedback = Não é bem assim. Você sempre pode contar para um adulto, mesmo depois de um erro. Ele quer ajudar.

# Question: a single choice about a game friend offering a gift for the child's address.
q-gift-for-address = Um amigo de um jogo diz: "Me fala onde você mora. Vou mandar um presente!" O que você faz?
    .hint = O lugar onde você mora é particular, mesmo em troca de um presente?
    .explanation = O lugar onde você mora é particular, mesmo se alguém diz que vai mandar um presente. Diga não e conte para um adulto de confiança.
# Answer option (right).
q-gift-for-address-say-no-and-tell = Digo não e conto para um adulto.
    .feedback = Isso! O lugar onde você mora é particular. Um adulto de confiança pode ajudar.
# Answer option (wrong).
q-gift-for-address-tell-for-the-gift = Conto, para ganhar o presente.
    .feedback = Não é bem assim. Presente é legal, mas o lugar onde você mora é particular. Diga não e conte para um adulto.
# Answer option (wrong).
q-gift-for-address-tell-and-keep-secret = Conto e guardo isso em segredo.
    .feedback = Não é bem assim. O lugar onde você mora é particular. E um segredo assim é para contar a um adulto.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Pergunte à criança: "Que coisas sobre você são particulares?" Depois, façam juntos uma lista de adultos para quem ela pode contar se um jogo ou um chat pedir coisas particulares.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Em casa, digam juntos quais são as coisas privadas da família (o endereço, o telefone e as senhas) e combinem que elas ficam só na família. As senhas ficam com os adultos.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Peça ao grupo que diga coisas que são legais de contar e coisas que são particulares. Por que essa diferença importa? A quem as crianças poderiam perguntar antes de contar alguma coisa?
