# SafeSteps — MIT OR Apache-2.0

### Lesson: My safety circle (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. A safety circle is the child's team of trusted grown-ups.

# Lesson name on the lesson card.
lesson-title = Meu círculo de segurança
# One line under the lesson name.
lesson-summary = O seu círculo de segurança é o seu time de adultos que ajudam você. Vamos montar o seu.

# Card 1: what a safety circle is.
card-what-is-a-circle =
    Um círculo de segurança é o seu time de adultos.
    Eles ajudam quando você está triste ou com medo.
    Eles escutam você.
    Eles ajudam a proteger você.
    .together = Pergunte: "Quem faz você se sentir em segurança?" Qualquer adulto em quem a criança confia é uma boa resposta.
# Card 2: who can be in it (home, school, family friends); more than one.
card-pick-your-team =
    Quem está no seu círculo?
    Pode ser a mãe, o pai ou quem cuida de você.
    Pode ser a vovó ou uma tia.
    Pode ser a professora, o professor ou um amigo da família.
    Você pode escolher mais de um!
    .together = Ajude a criança a escolher pelo menos dois adultos: um de casa e um de fora de casa, como um professor.
# Card 3: how to tell a grown-up.
card-how-to-tell =
    Como contar?
    Vá até um adulto do seu círculo.
    Diga: "Preciso te contar uma coisa."
    O adulto está ocupado? Diga de novo.
    Ou vá até o próximo adulto.
    .together = Pratiquem juntos: a criança diz "Preciso te contar uma coisa", e você para e escuta.
# Card 4: even people we know can do things that are not okay; tell someone else.
card-not-okay =
    Até uma pessoa que a gente conhece pode fazer coisas que não estão certas.
    A culpa não é sua.
    Você pode contar para um adulto do seu círculo.
    Continue contando até alguém ajudar.
    .together = Diga com calma: "Até alguém que a gente conhece pode fazer uma coisa que não está certa. Você sempre pode me contar." Se a criança contar alguma coisa, agradeça e mantenha a calma.
# Card 5: someone to talk to, and the Help button.
card-help-is-here =
    O seu círculo está aqui para você.
    Você pode falar com eles a qualquer hora.
    Você também pode tocar no botão Ajuda.
    Ele mostra quem pode ajudar.
    .together = Pergunte: "Para quem você iria primeiro?" Depois mostre à criança o botão Ajuda.

# Question: a single choice about who can be in a safety circle.
q-who-can-be-in = Quem pode estar no seu círculo de segurança?
    .hint = Pense em adultos que você conhece bem e que ajudam você.
    .explanation = O seu círculo é feito de adultos que você conhece bem e em quem confia. Um professor pode ser um deles.
# Answer option (right).
q-who-can-be-in-my-teacher = Minha professora ou meu professor
    .feedback = Isso! Um professor em quem você confia pode estar no seu círculo.
# Answer option (wrong).
q-who-can-be-in-game-player = Alguém que eu só conheço de um jogo
    .feedback = Não é bem assim. Amigos de jogo podem ser legais. Mas o seu círculo é de adultos que você conhece bem.
# Answer option (wrong).
q-who-can-be-in-person-in-a-video = Alguém que eu só vejo em vídeos
    .feedback = Não é bem assim. Você não conhece de verdade quem só aparece em vídeos. O seu círculo é de adultos que você conhece bem.

# Question: true or false about picking more than one grown-up.
q-more-than-one = Você pode ter mais de um adulto no seu círculo.
    .hint = Um time tem uma pessoa só?
    .explanation = Sim. Você pode escolher vários adultos. Assim, sempre tem alguém para quem contar.
# Feedback if the child picks "true" (right).
q-more-than-one-true =
    .feedback = Isso! Mais adultos quer dizer mais ajuda para você.
# Feedback if the child picks "false" (wrong).
q-more-than-one-false =
    .feedback = Não é bem assim. Você pode escolher vários adultos. Assim, sempre tem alguém para quem contar.

# Question: sort people into two groups.
q-circle-or-not = Coloque cada um na caixa certa.
    .hint = Você conhece bem essa pessoa? Ela ajuda a proteger você?
    .explanation = O seu círculo é de adultos que você conhece bem e em quem confia. Quem você só conhece de um jogo ou de um vídeo não entra nele.
# Group name.
q-circle-or-not-in-my-circle = Pode estar no meu círculo
# Group name.
q-circle-or-not-not-in-my-circle = Não é do meu círculo
# Item to sort (can be in my circle).
q-circle-or-not-mum-or-dad = Minha mãe, meu pai ou quem cuida de mim
    .feedback = Um adulto da sua casa que protege você pode estar no seu círculo.
# Item to sort (can be in my circle).
q-circle-or-not-teacher = Minha professora ou meu professor
    .feedback = Um professor em quem você confia pode estar no seu círculo. Ele ajuda você na escola.
# Item to sort (can be in my circle).
q-circle-or-not-grandpa = Meu avô
    .feedback = Um avô em quem você confia pode estar no seu círculo.
# Item to sort (not for my circle).
q-circle-or-not-met-in-a-game = Alguém que eu só conheço de um jogo
    .feedback = Você não conhece bem essa pessoa. O seu círculo é de adultos que você conhece e em quem confia.
# Item to sort (not for my circle).
q-circle-or-not-online-video = Alguém que eu só vejo em vídeos
    .feedback = Você só vê essa pessoa em vídeos. Você não conhece bem quem ela é.

# Question: a single choice about a grown-up who is busy.
q-busy-grown-up = Você tenta contar uma coisa para o seu pai. Ele está ocupado e não escuta. O que você pode fazer?
    .hint = Existe mais de um jeito de fazer alguém escutar você?
    .explanation = Os adultos ficam ocupados. Diga de novo, ou vá até o próximo adulto do seu círculo.
# Answer option (right).
q-busy-grown-up-tell-again = Conto de novo, ou conto para o próximo adulto.
    .feedback = Isso! Continue contando até um adulto escutar você.
# Answer option (wrong).
q-busy-grown-up-give-up = Desisto e paro de tentar.
    .feedback = Não é bem assim. O que você tem para dizer é importante. Tente de novo, ou vá até o próximo adulto.
# Answer option (wrong).
q-busy-grown-up-tell-no-one = Guardo tudo só para mim.
    .feedback = Não é bem assim. Você não precisa guardar isso. Um adulto do seu círculo quer ajudar.

# Question: true or false about telling when someone we know does something not okay.
q-someone-we-know = Se uma pessoa que você conhece faz algo que não está certo, você pode contar para um adulto.
    .hint = Você ainda pode contar, mesmo conhecendo a pessoa?
    .explanation = Sim. Até pessoas que a gente conhece podem fazer coisas que não estão certas. A culpa não é sua. Conte para um adulto do seu círculo.
# Feedback if the child picks "true" (right).
q-someone-we-know-true =
    .feedback = Isso! Você sempre pode contar. A culpa não é sua.
# Feedback if the child picks "false" (wrong).
q-someone-we-know-false =
    .feedback = Não é bem assim. Você pode contar, mesmo conhecendo a pessoa. Um adulto do seu círculo vai ajudar.

# Question: a single choice about how to start telling.
q-how-to-start = O que você pode dizer para um adulto do seu círculo?
    .hint = Qual delas mostra para o adulto que você precisa dele?
    .explanation = Dizer "Preciso te contar uma coisa" ajuda o adulto a parar e escutar.
# Answer option (right).
q-how-to-start-i-need-to-tell = "Preciso te contar uma coisa."
    .feedback = Isso! Essas palavras ajudam o adulto a parar e escutar você.
# Answer option (wrong).
q-how-to-start-say-nothing = Não digo nada.
    .feedback = Não é bem assim. Os adultos não conseguem adivinhar. Use as suas palavras. Eles querem ajudar.
# Answer option (wrong).
q-how-to-start-wait-and-hope = Espero e torço para passar.
    .feedback = Não é bem assim. Você não precisa esperar. Conte para um adulto agora. Eles querem ajudar.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Desenhem um círculo juntos. Pergunte à criança: "Quem faz você se sentir em segurança?" Desenhem ou escrevam esses adultos no círculo: de casa, da escola e da família. Escolham pelo menos dois e pratiquem a frase "Preciso te contar uma coisa."
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Em casa, adicionem ao círculo de segurança da criança, na tela de Ajuda, os nomes que ela escolheu, e contem para esses adultos que eles foram escolhidos.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte ao grupo: quem poderia estar num círculo de segurança em casa, na escola e na família? Por que é bom ter mais de uma pessoa? O que dá para fazer se o primeiro adulto não escutar?
