# SafeSteps — MIT OR Apache-2.0

### Lesson: Getting help (ages 9–12).
### Readers are children on their own phone or in class. Some may be dealing with something now.
### Make telling feel safe. Telling has no time limit: "You can always tell someone, even later."

# Lesson name on the lesson card.
lesson-title = Como pedir ajuda
# One line under the lesson name.
lesson-summary = Descubra para quem você pode contar, o que acontece quando você conta e por que a culpa nunca é sua.

# Card 1: who to tell: trusted adults.
card-who-to-tell =
    Se alguma coisa na internet chatear você, preocupar você ou parecer errada, conte para alguém.
    Um adulto de confiança é alguém que escuta e ajuda. Pode ser sua mãe, seu pai, um responsável, um avô ou uma avó, um professor ou um técnico.
    Pense em duas ou três pessoas para quem você poderia contar.
    Se um adulto faz parte do problema, conte para outro.
# Card 2: helplines and the Help screen.
card-helplines =
    Você também pode falar com um canal de ajuda.
    No Reino Unido, dá para ligar de graça para a Childline no 0800 1111, de dia ou de noite. Também dá para conversar com eles pela internet.
    Outros países têm os seus próprios canais de ajuda.
    Toque em Ajuda neste app para encontrar um onde você mora.
# Card 3: how to tell.
card-how-to-tell =
    Não sabe o que dizer? Você pode começar com: "Aconteceu uma coisa na internet e eu preciso de ajuda."
    Você pode mostrar as mensagens ou os prints.
    Se for difícil falar, você pode escrever.
    Se o primeiro adulto não ajudar, conte para outro. Continue contando até alguém ajudar.
# Card 4: what happens after you tell.
card-what-happens-next =
    Quando você conta, o adulto deve escutar e ficar calmo.
    Ele vai ajudar você a decidir o que fazer depois. Ele pode ajudar você a guardar provas, bloquear e denunciar.
    Às vezes, ele precisa avisar pessoas cujo trabalho é proteger crianças.
    Ele não deve colocar a culpa em você. Ele está ali para ajudar.
# Card 5: never the child's fault; you can always tell, even later; Help.
card-never-your-fault =
    Se alguma coisa aconteceu na internet, a culpa não é sua.
    Isso vale mesmo se você quebrou uma regra, guardou um segredo ou mandou alguma coisa.
    A culpa é de quem fez a coisa errada, não sua.
    Você sempre pode contar para um adulto de confiança, mesmo depois.
    Toque em Ajuda a qualquer hora para achar alguém para conversar.

# Question: multiple choice, "choose all that apply".
q-trusted-adults = Quem destes poderia ser um adulto de confiança? Escolha todas as respostas que combinam.
    .hint = Um adulto de confiança é alguém que você conhece na vida real, que escuta e ajuda.
    .explanation = Sua mãe, seu pai ou um responsável, um professor, um avô ou uma avó, ou quem cuida da saúde na escola poderia ser um adulto de confiança. Alguém que pede para você guardar segredos, ou que você só conhece pela internet, não.
# Answer option (could be a trusted adult).
q-trusted-adults-parent-or-carer = Minha mãe, meu pai ou um responsável
    .feedback = Sim. Mãe, pai ou responsável podem ser ótimas pessoas para contar.
# Answer option (could be a trusted adult).
q-trusted-adults-teacher = Um professor ou uma professora
    .feedback = Sim. Professores também ajudam crianças com problemas na internet.
# Answer option (could be a trusted adult).
q-trusted-adults-grandparent = Meu avô ou minha avó
    .feedback = Sim. Um avô ou uma avó de confiança pode escutar e ajudar.
# Answer option (could be a trusted adult).
q-trusted-adults-school-nurse = A enfermeira ou o enfermeiro da escola
    .feedback = Sim. Quem cuida da saúde na escola está ali para ajudar as crianças a se sentirem bem e em segurança.
# Answer option (not a trusted adult).
q-trusted-adults-online-player = Um jogador que eu só conheço de um jogo
    .feedback = Não é bem assim. Você não tem como ter certeza de quem é essa pessoa. Escolha alguém que você conhece na vida real.
# Answer option (not a trusted adult).
q-trusted-adults-secret-keeper = Um adulto que pede para você guardar segredos da sua família
    .feedback = Não é bem assim. Pedir segredos assim é um sinal de alerta. Conte para outro adulto.

# Question: true or false about giving up if the first adult does not help.
q-first-adult-busy = Se o primeiro adulto para quem você contar não ajudar, você deve desistir.
    .hint = Existe mais de uma pessoa para quem você poderia contar?
    .explanation = Continue contando até alguém ajudar. Tente outro adulto, um canal de ajuda, ou toque em Ajuda.
# Feedback if the child picks "true" (wrong).
q-first-adult-busy-true =
    .feedback = Não é bem assim. Às vezes os adultos estão ocupados ou não entendem de primeira. Conte para outro adulto até alguém ajudar.
# Feedback if the child picks "false" (right).
q-first-adult-busy-false =
    .feedback = Isso! Continue contando até alguém ajudar. Você é importante.

# Question: a scenario. The situation is shown first, then the question.
q-leah-video = O que a Lia pode fazer?
    .situation = A Lia, de 10 anos, viu num app um vídeo que deixou ela chateada. Ela não consegue parar de pensar nisso. Ela tem medo de que o pai tire o tablet dela.
    .hint = Quem pode ajudar a Lia a se sentir melhor? A preocupação dela é motivo para ficar quieta?
    .explanation = A Lia pode contar para um adulto de confiança ou usar a tela de Ajuda. Não é culpa dela ter visto o vídeo. Guardar isso para ela ou procurar mais pode fazer ela se sentir pior.
# Action (best).
q-leah-video-tell-trusted-adult = Contar para o pai ou para outro adulto de confiança como ela está se sentindo.
    .feedback = Melhor escolha! A Lia também pode dizer que está com medo de perder o tablet. Um adulto pode ajudar ela a se sentir melhor e denunciar o vídeo.
# Action (also good).
q-leah-video-use-help-screen = Tocar em Ajuda para achar um canal de ajuda e conversar.
    .feedback = Boa escolha. Um canal de ajuda pode escutar a Lia e ajudar a pensar para quem contar depois.
# Action (not helpful).
q-leah-video-keep-it-inside = Guardar para ela e tentar esquecer.
    .feedback = Não é bem assim. É compreensível ficar preocupada, mas guardar tudo pode fazer parecer maior. Contar ajuda.
# Action (not helpful).
q-leah-video-look-for-more = Procurar mais vídeos para entender o que ela viu.
    .feedback = Não é bem assim. Mais vídeos podem chatear a Lia ainda mais. Conversar com um adulto de confiança é melhor.

# Question: single choice about what an adult should do.
q-adult-should = Você conta para um adulto que uma coisa na internet chateou você. O que ele deve fazer?
    .hint = Lembre do cartão sobre o que acontece depois.
    .explanation = O adulto deve escutar, ficar calmo e ajudar você com os próximos passos. Ele não deve colocar a culpa em você.
# Answer option (right).
q-adult-should-listen-and-help = Escutar, ficar calmo e me ajudar a decidir o que fazer.
    .feedback = Isso! É isso que um adulto de confiança faz. Se ele não fizer, conte para outra pessoa.
# Answer option (wrong).
q-adult-should-blame-you = Colocar a culpa em mim pelo que aconteceu.
    .feedback = Não é bem assim. Os adultos não devem colocar a culpa em você. Se um fizer isso, conte para outro adulto de confiança.
# Answer option (wrong).
q-adult-should-laugh-it-off = Rir e dizer que não é nada.
    .feedback = Não é bem assim. O que chateia você é importante. Se um adulto rir e não der importância, conte para outra pessoa.

# Question: single choice about a helpline in the UK.
q-uk-helpline = Sam mora no Reino Unido e quer conversar com alguém de fora da família. Quem pode ajudar?
    .hint = Qual deles é um canal de ajuda gratuito para crianças?
    .explanation = A Childline é um canal de ajuda gratuito para crianças no Reino Unido. O número é 0800 1111. Também dá para conversar com eles pela internet.
# Answer option (right).
q-uk-helpline-childline = A Childline, no 0800 1111
    .feedback = Isso! A Childline é gratuita, de dia ou de noite. Em outros países, toque em Ajuda para encontrar um canal de ajuda.
# Answer option (wrong).
q-uk-helpline-open-chat-room = Pessoas numa sala de bate-papo aberta
    .feedback = Não é bem assim. Você não tem como ter certeza de quem são essas pessoas. Um canal de ajuda tem gente preparada para ajudar crianças.
# Answer option (wrong).
q-uk-helpline-game-forum = Um post num fórum de jogos
    .feedback = Não é bem assim. Qualquer um pode ler e responder num fórum. Um canal de ajuda é privado e seguro.

# Question: sort ways of telling into two groups.
q-ways-to-tell = Coloque cada um no grupo certo.
    .hint = Isso chega até alguém que pode ajudar você de verdade?
    .explanation = Escrever um bilhete, mostrar os prints, ligar para um canal de ajuda e tocar em Ajuda trazem ajuda. Esperar ou postar num chat público, não.
# Group name.
q-ways-to-tell-gets-help = Me traz ajuda
# Group name.
q-ways-to-tell-no-help-yet = Ainda não me traz ajuda
# Item to sort (gets help).
q-ways-to-tell-write-a-note = Escrever um bilhete para um adulto de confiança
    .feedback = Isso traz ajuda. Escrever pode ser mais fácil do que falar.
# Item to sort (gets help).
q-ways-to-tell-show-screenshots = Mostrar os prints para um adulto
    .feedback = Isso traz ajuda. Os prints mostram o que aconteceu.
# Item to sort (gets help).
q-ways-to-tell-call-a-helpline = Ligar ou conversar por chat com um canal de ajuda
    .feedback = Isso traz ajuda. Os canais de ajuda existem para escutar.
# Item to sort (gets help).
q-ways-to-tell-tap-help = Tocar em Ajuda neste app
    .feedback = Isso traz ajuda. A tela de Ajuda mostra com quem você pode conversar.
# Item to sort (does not get help yet).
q-ways-to-tell-wait-and-hope = Esperar e torcer para passar
    .feedback = Isso ainda não traz ajuda. Contar para alguém é melhor.
# Item to sort (does not get help yet).
q-ways-to-tell-post-in-public-chat = Postar sobre isso num chat público
    .feedback = Isso ainda não traz ajuda. Qualquer um pode ler. Conte para um adulto de confiança.

# Question: single choice about telling after breaking a rule.
q-ben-broke-rule = O Ben jogou um jogo que não tinha permissão para jogar. Alguém lá chateou ele. Ele ainda pode contar para um adulto?
    .hint = Quem fez a coisa errada: o Ben ou a pessoa que chateou ele?
    .explanation = Sim. Quebrar uma regra não faz a culpa ser dele. Quem chateou o Ben fez a coisa errada. O Ben ainda pode contar e receber ajuda.
# Answer option (right).
q-ben-broke-rule-yes-still-tell = Sim. A culpa não é dele, e ele ainda pode receber ajuda.
    .feedback = Isso! O Ben sempre pode contar. Um adulto deve ajudar o Ben, não colocar a culpa nele.
# Answer option (wrong).
q-ben-broke-rule-no-he-broke-rule = Não, porque ele quebrou uma regra.
    .feedback = Não é bem assim. Quebrar uma regra não faz a culpa ser dele. Ele ainda pode contar.
# Answer option (wrong).
q-ben-broke-rule-only-if-small = Só se o problema for bem pequeno.
    .feedback = Não é bem assim. Grande ou pequeno, o Ben pode contar. Os adultos querem ajudar.

# Question: true or false about telling later. The right answer is "true".
q-weeks-ago = Se uma coisa chateou você semanas atrás, você ainda pode contar para alguém agora.
    .hint = A ajuda tem prazo de validade?
    .explanation = Sim. Você sempre pode contar para alguém, mesmo depois. Um adulto de confiança, um canal de ajuda ou a tela de Ajuda podem ajudar.
# Feedback if the child picks "true" (right).
q-weeks-ago-true =
    .feedback = Isso! Você sempre pode contar para alguém, mesmo depois. A culpa não é sua.
# Feedback if the child picks "false" (wrong).
q-weeks-ago-false =
    .feedback = Não é bem assim. Você sempre pode contar para alguém, mesmo depois. A ajuda continua aqui para você.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Peça a cada pessoa que pense em dois ou três adultos para quem poderia contar. O que poderia deixar mais fácil contar? Conversem sobre o que um bom adulto faz quando uma criança conta algo, e mostrem onde fica a tela de Ajuda.
