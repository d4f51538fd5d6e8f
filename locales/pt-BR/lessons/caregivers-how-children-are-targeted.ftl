# SafeSteps — MIT OR Apache-2.0

### Lesson: How children are targeted online (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Describe tactics, feelings and actions only; never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Como as crianças são abordadas na internet
# One line under the lesson name.
lesson-summary = Conheça os jeitos mais comuns de tentar ganhar a confiança de uma criança na internet, para perceber cedo e ajudar.

# Card 1: where contact happens; technology framed positively.
card-where-it-happens =
    Jogos, redes sociais e apps de conversa são uma parte grande de como as crianças brincam, aprendem e mantêm contato com os amigos. Na maior parte do tempo, isso faz bem a elas.
    Quem quer fazer mal a crianças vai aonde as crianças estão. Isso quer dizer jogos populares, chat de voz nos jogos, apps de vídeo e grupos de conversa.
    O contato muitas vezes começa num espaço público, como o saguão de um jogo ou uma seção de comentários.
    Entender como esses espaços funcionam ajuda você a perceber problemas cedo, sem proibir o que a criança gosta de fazer.
# Card 2: it is often someone the child knows, not only strangers.
card-who-it-can-be =
    Alertar só sobre desconhecidos não basta. A maioria das pessoas que fazem mal a crianças é conhecida da criança.
    Pode ser um adulto da vida dela, um adolescente mais velho ou uma criança da mesma idade.
    Também pode ser um amigo da internet com quem ela conversa há semanas. Essa pessoa pode fingir ser mais nova, ou ter os mesmos hobbies, para parecer amiga.
    Por isso, fale sobre comportamentos, não só sobre quem a pessoa é. Qualquer pessoa que pede segredos ou força limites é motivo de atenção.
# Card 3: how trust is built: flattery, attention and gifts.
card-building-trust =
    A confiança costuma ser construída aos poucos. Estas são algumas táticas comuns.
    Muitos elogios e muita atenção, como "Você é tão maduro" ou "Só eu te entendo."
    Presentes, dinheiro, vales-presente, ou moedas e skins dentro do jogo.
    Ficar do lado da criança numa briga com amigos ou com a família.
    Estar disponível tarde da noite, quando os outros estão dormindo.
    Presentes podem fazer a criança sentir que deve algo em troca. Elogios podem fazer ela se sentir especial e compreendida.
# Card 4: secrecy, moving to private chat, pressure and threats.
card-secrecy-and-pressure =
    Em seguida, a pessoa muitas vezes tenta isolar a criança de quem poderia ajudar.
    Ela pode pedir para a criança manter as conversas em segredo, ou dizer que os pais "não vão entender".
    Pode pedir para passar para um chat privado ou outro app, onde ninguém mais vê.
    Depois, o tom pode mudar. A pessoa pode pressionar por fotos ou chamadas de vídeo, fazer a criança se sentir culpada ou fazer ameaças.
    Ameaças e vergonha são usadas para manter a criança em silêncio. É por isso que muitas crianças não contam logo.
# Card 5: never the child's fault; someone to talk to.
card-never-their-fault =
    A culpa nunca é da criança. Essas táticas são planejadas para enganar, e funcionam com adultos também.
    Se a criança foi elogiada, aceitou presentes ou guardou um segredo, a culpa é de quem a abordou.
    Deixe claro que ela sempre pode procurar você, e que não vai perder o seu amor nem o seu apoio por contar.
    Se você está com essa preocupação agora, converse com alguém de confiança, ou toque em Ajuda para encontrar apoio no seu país.

# Question: single choice about in-game currency given with a request for secrecy.
q-free-currency = Um jogador que o seu filho ou a sua filha de 10 anos conheceu num jogo manda moedas do jogo e diz: "Não conta para os seus pais, senão eles vão fazer você devolver." O que isso provavelmente é?
    .hint = Olhe as duas partes da mensagem, não só o presente.
    .explanation = Um presente junto com um pedido de segredo é uma tática comum. Cria uma sensação de dívida e deixa os adultos de fora. Uma conversa calma com a criança é um bom próximo passo.
# Answer option (right).
q-free-currency-common-tactic = Uma tática comum para criar confiança e segredo
    .feedback = Sim. O presente cria uma sensação de dívida, e o segredo deixa você de fora. Os dois são sinais de alerta.
# Answer option (wrong).
q-free-currency-just-generous = Um jogador generoso sendo gentil
    .feedback = Não é bem assim. Jogadores gentis não precisam que um presente seja escondido dos pais. O segredo é o sinal de alerta.
# Answer option (wrong).
q-free-currency-normal-trade = Uma troca normal entre jogadores
    .feedback = Não é bem assim. Nada foi trocado. Um presente que vem com "não conta" é uma tática comum.

# Question: true or false about strangers. The right answer is "false".
q-mostly-strangers = A maioria das pessoas que fazem mal a crianças são desconhecidos que elas encontram na internet.
    .hint = Pense em quem tem mais facilidade para ganhar a confiança de uma criança.
    .explanation = A maioria das pessoas que fazem mal a crianças é conhecida delas. Isso inclui adultos da vida delas, adolescentes mais velhos, colegas e amigos da internet que ganham a confiança delas.
# Feedback if the caregiver picks "true" (wrong).
q-mostly-strangers-true =
    .feedback = Não é bem assim. Desconhecidos podem ser um risco, mas a maioria das pessoas que fazem mal a crianças é conhecida da criança. Fale sobre comportamentos, não só sobre desconhecidos.
# Feedback if the caregiver picks "false" (right).
q-mostly-strangers-false =
    .feedback = Isso. A maioria é conhecida da criança, ou vira "amiga" na internet primeiro. Preste atenção a comportamentos como segredos e pressão.

# Question: multiple choice, "choose all that apply".
q-which-tactics = Quais destas são táticas comuns usadas para abordar crianças? Escolha todas as respostas que combinam.
    .hint = Pergunte sobre cada uma: isso cria um vínculo, esconde o contato ou pressiona a criança?
    .explanation = Elogios exagerados, presentes, segredo, mudança para um chat privado e ameaças são táticas comuns. Palavras simpáticas depois de uma partida e jogar no mesmo time são partes normais dos jogos.
# Answer option (a tactic).
q-which-tactics-flattery = Muitos elogios, como "Você é tão maduro para a sua idade"
    .feedback = Sim. Elogios exagerados podem fazer a criança se sentir especial e compreendida só por essa pessoa.
# Answer option (a tactic).
q-which-tactics-gifts = Presentes, dinheiro ou moedas do jogo
    .feedback = Sim. Presentes podem fazer a criança sentir que deve algo em troca.
# Answer option (a tactic).
q-which-tactics-keep-it-secret = Pedir para a criança manter as conversas em segredo
    .feedback = Sim. O segredo deixa os adultos de confiança de fora, e assim ninguém pode ajudar.
# Answer option (a tactic).
q-which-tactics-move-to-private-chat = Pedir para passar para um chat privado ou outro app
    .feedback = Sim. Num espaço privado, ninguém mais vê o que é dito.
# Answer option (a tactic).
q-which-tactics-threats = Ameaças ou culpa quando a criança quer parar
    .feedback = Sim. Ameaças e culpa são usadas para manter a criança em silêncio e em contato.
# Answer option (not a tactic).
q-which-tactics-says-good-game = Dizer "boa partida" depois de um jogo
    .feedback = Não é bem assim. Sozinho, isso é conversa normal e simpática de jogo.
# Answer option (not a tactic).
q-which-tactics-same-team = Jogar no mesmo time que a criança
    .feedback = Não é bem assim. Jogar em equipe é parte normal dos jogos. Preste atenção, em vez disso, a segredos, presentes e pressão.

# Question: put the common stages in order.
q-pattern = A abordagem costuma seguir um padrão. Coloque estas etapas na ordem mais comum.
    .hint = A confiança precisa vir antes de alguém poder usá-la.
    .explanation = Primeiro vem o contato, depois a confiança, depois o isolamento da criança de quem poderia ajudar, e depois a pressão. Os casos reais variam, mas conhecer o padrão ajuda você a agir cedo.
# Step 1.
q-pattern-make-contact = Fazer contato num jogo, app ou chat
    .feedback = O contato costuma começar num lugar onde as crianças já passam tempo.
# Step 2.
q-pattern-build-trust = Criar confiança com elogios, atenção e presentes
    .feedback = Depois vem a confiança. Elogios e presentes fazem a criança se sentir especial.
# Step 3.
q-pattern-cut-off = Pedir segredo e passar para um chat privado
    .feedback = Então a pessoa isola a criança dos adultos que poderiam ajudar.
# Step 4.
q-pattern-pressure = Pressionar por mais, usando culpa ou ameaças
    .feedback = A pressão costuma vir por último, quando a criança já se sente presa.

# Question: a scenario. The situation is shown first, then the question.
q-child-tells-you = Qual é uma boa forma de reagir?
    .situation = O seu filho ou a sua filha de 11 anos conta que um amigo da internet, de um jogo, pediu para conversar em outro app e disse: "Não conta para a sua mãe." A criança parece ter medo de levar bronca.
    .hint = A sua reação agora influencia se a criança vai contar para você da próxima vez.
    .explanation = Mantenha a calma, agradeça à criança e olhem a conversa juntos. Depois guardem, bloqueiem e denunciem. Tirar os aparelhos ou dar bronca pode ensinar a criança a esconder as coisas.
# Action (best).
q-child-tells-you-calm-thank-look-together = Manter a calma, agradecer por ter contado e olhar a conversa juntos.
    .feedback = Melhor escolha. A criança aprende que contar para você é seguro. Depois vocês podem planejar juntos os próximos passos.
# Action (also good).
q-child-tells-you-help-save-block-report = Ajudar a guardar as mensagens, depois bloquear e denunciar a conta.
    .feedback = Boa escolha. Guardar primeiro preserva as provas. Garanta também que a criança ouça que fez a coisa certa.
# Action (not helpful).
q-child-tells-you-take-device-away = Tirar o aparelho por um mês para isso não acontecer de novo.
    .feedback = Isso pode parecer um castigo por ter contado. Da próxima vez, a criança pode preferir ficar calada.
# Action (not helpful).
q-child-tells-you-scold-for-chatting = Dar uma bronca por conversar com pessoas na internet.
    .feedback = A criança fez a coisa certa ao contar para você. A bronca pode fazer ela se sentir culpada, e a culpa não é dela.

# Question: sort behaviours into two groups.
q-sign-or-fine = Classifique cada comportamento de alguém que a criança conheceu na internet.
    .hint = O comportamento esconde o contato ou cria uma dívida, ou é brincadeira normal?
    .explanation = Segredos, presentes e querer ficar a sós com a criança em vídeo são sinais de alerta. Elogiar uma construção no jogo e jogar com colegas de turma costumam ser normais.
# Group name.
q-sign-or-fine-warning-sign = Sinal de alerta
# Group name.
q-sign-or-fine-usually-fine = Costuma ser normal
# Item to sort (warning sign).
q-sign-or-fine-asks-for-secrecy = Pede para a criança manter as conversas em segredo
    .feedback = O segredo deixa você de fora. Isso é um sinal de alerta.
# Item to sort (warning sign).
q-sign-or-fine-sends-gift-cards = Manda vales-presente sem motivo claro
    .feedback = Presentes sem motivo podem criar uma sensação de dívida. Isso é um sinal de alerta.
# Item to sort (warning sign).
q-sign-or-fine-asks-to-video-alone = Quer fazer chamada de vídeo quando não tem nenhum adulto por perto
    .feedback = Querer a criança a sós na câmera é um sinal de alerta.
# Item to sort (usually fine).
q-sign-or-fine-praises-a-build = Diz "que construção legal" sobre o mundo que a criança criou no jogo
    .feedback = Um comentário simpático sobre um jogo, sozinho, costuma ser normal.
# Item to sort (usually fine).
q-sign-or-fine-plays-with-classmates = Joga em grupo com os colegas de turma da criança
    .feedback = Jogar em grupo com amigos que a criança conhece costuma ser normal.

# Question: true or false about peers. The right answer is "true".
q-peers-too = Uma criança da mesma idade também pode pressionar outra criança na internet.
    .hint = Volte ao trecho sobre quem pode ser.
    .explanation = Sim. A pressão pode vir de colegas, como amigos ou gente da turma, e não só de adultos. Os mesmos sinais de alerta valem.
# Feedback if the caregiver picks "true" (right).
q-peers-too-true =
    .feedback = Isso. Colegas podem pressionar por fotos, segredos ou mais. Fale sobre comportamentos, qualquer que seja a idade da outra pessoa.
# Feedback if the caregiver picks "false" (wrong).
q-peers-too-false =
    .feedback = Não é bem assim. Crianças também podem pressionar outras crianças. Observe o comportamento, não só a idade.

# Question: single choice about who is responsible.
q-who-is-responsible = Uma criança aceitou presentes e manteve conversas em segredo por semanas antes de contar. Quem é responsável pelo que aconteceu?
    .hint = Quem planejou as táticas?
    .explanation = Quem abordou a criança é o responsável. Essas táticas são feitas para funcionar. A culpa não é da criança, e isso não é sinal de que os pais falharam.
# Answer option (right).
q-who-is-responsible-the-offender = A pessoa que abordou a criança
    .feedback = Sim. Ela planejou tudo. A criança precisa ouvir que a culpa não é dela.
# Answer option (wrong).
q-who-is-responsible-the-child = A criança, porque guardou o segredo
    .feedback = Não é bem assim. Guardar o segredo fazia parte da armadilha. A criança nunca tem culpa.
# Answer option (wrong).
q-who-is-responsible-the-parent = Os pais, porque não olharam as conversas
    .feedback = Não é bem assim. Essas táticas são escondidas de propósito. A culpa é de quem abordou a criança.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Experimente perguntar: "Se alguém na internet te desse um presente e pedisse segredo, o que você faria?" Escute primeiro. Depois combinem juntos: "Você sempre pode me contar, e não vai perder os seus jogos por contar."
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte ao grupo: por que alertas sobre desconhecidos deixam passar a maior parte dos riscos? Listem as táticas da lição e depois conversem sobre o que facilita para uma criança contar cedo para um adulto.
