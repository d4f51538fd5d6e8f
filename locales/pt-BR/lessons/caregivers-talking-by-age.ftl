# SafeSteps — MIT OR Apache-2.0

### Lesson: Talking with your child, by age (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Give words a caregiver can use. Never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Conversar com a criança em cada idade
# One line under the lesson name.
lesson-summary = Sobre o que conversar em cada idade, como começar e como reagir quando a criança contar alguma coisa para você.

# Card 1: start early, keep it small and regular.
card-start-small =
    Você não precisa de uma conversa única, grande e assustadora. Várias conversas curtas funcionam melhor, começando cedo e continuando conforme a criança cresce.
    Mostre interesse pelo que ela gosta de fazer na internet. Peça para ela mostrar o jogo ou o app favorito.
    Os bons momentos são lado a lado: no carro, cozinhando ou numa caminhada.
    Mantenha um tom calmo e curioso. Se você reage com medo ou raiva, a criança aprende a parar de contar.
    Tudo bem dizer: "Eu não entendo muito desse app. Você me ensina?"
# Card 2: ages 5 to 8.
card-ages-5-to-8 =
    De 5 a 8 anos: mantenha regras simples. "Me pergunte antes de baixar, conversar ou mandar uma foto." "Se algo parecer errado, pare e me conte."
    Montem juntos um círculo de segurança: uma lista curta de adultos para quem a criança pode contar.
    Explique segredos e surpresas. Uma surpresa é alegre, e logo todo mundo fica sabendo, como um presente. Um segredo que traz preocupação ou tristeza é para contar.
    A regra PANTS, do NSPCC, ajuda (pants é "roupa de baixo" em inglês). P: as partes íntimas são particulares. A: lembre sempre que o seu corpo é seu. N: não é não. T: fale dos segredos que chateiam você. S: peça ajuda, alguém pode ajudar.
# Card 3: ages 9 to 12.
card-ages-9-to-12 =
    De 9 a 12 anos: as crianças começam a conversar, jogar e fazer amizades na internet por conta própria.
    Fale sobre sinais de alerta. Eles incluem presentes ou moedas de jogo, pedidos para manter conversas em segredo, a mudança para um app privado e pressão por fotos.
    Explique que isso pode vir de um desconhecido, de um amigo da internet ou de alguém que a criança conhece.
    Pratiquem as habilidades juntos. Mostre como bloquear e denunciar nos apps que ela usa, e como tirar um print.
    Combinem que ela sempre pode procurar você, mesmo se quebrou uma regra.
# Card 4: teens: respect, consent, sextortion, no blame.
card-teens =
    Adolescentes: fale sobre respeito e consentimento nas amizades e nos relacionamentos, na internet e fora dela. Ninguém deve pressionar o adolescente por fotos, e ele nunca deve pressionar os outros.
    Fale sobre sextorsão antes que aconteça. Alguém pode ameaçar espalhar uma imagem se o adolescente não pagar ou não mandar mais. Explique que é crime e que a culpa não é dele. Ele não deve pagar nem mandar mais, porque pagar quase nunca faz parar. Ele pode parar de responder, guardar as mensagens e procurar você. Prometa que vai ajudar sem culpar.
    Evite sermões. Pergunte o que ele pensa e escute as opiniões dele.
    Faça uma promessa clara: "Você nunca vai perder o meu apoio por me contar."
# Card 5: how to respond when they tell you; someone to talk to.
card-when-they-tell-you =
    Se a criança contar alguma coisa, mantenha a calma, mesmo que por dentro você esteja em choque. Escute sem interromper.
    Agradeça por ela ter contado. Diga que a culpa não é dela.
    Não corra para castigar ou tirar os aparelhos. Sempre que possível, decidam juntos os próximos passos.
    A sua reação decide se ela vai contar para você da próxima vez.
    Se precisar de orientação, converse com alguém de confiança, ou toque em Ajuda para encontrar apoio no seu país.

# Question: single choice about explaining secrets and surprises to a young child.
q-secrets-surprises = Qual é uma boa forma de explicar segredos e surpresas para uma criança de 6 anos?
    .hint = Crianças pequenas precisam de uma regra simples que ainda deixe elas curtirem os aniversários.
    .explanation = Uma surpresa é alegre e acaba logo. Um segredo que traz preocupação ou tristeza é para contar. Isso ajuda a criança a perceber quando alguém pede para ela esconder alguma coisa.
# Answer option (right).
q-secrets-surprises-surprise-ends-happy = "Uma surpresa é alegre e logo todo mundo fica sabendo. Um segredo que faz você se sentir mal é para contar."
    .feedback = Sim. É simples, mantém a graça das surpresas e diz o que fazer.
# Answer option (wrong).
q-secrets-surprises-never-keep-anything = "Nunca esconda nada de mim, nunca."
    .feedback = Não é bem assim. Isso é difícil de seguir para uma criança pequena, e estraga as surpresas alegres. Uma diferença clara funciona melhor.
# Answer option (wrong).
q-secrets-surprises-all-secrets-fine = "Segredos não têm problema se um adulto pedir para você guardar."
    .feedback = Não é bem assim. Quem quer fazer mal a crianças muitas vezes pede segredo. Um segredo que faz mal é para contar.

# Question: sort topics into age groups.
q-topic-by-age = Classifique cada assunto na faixa de idade em que ele costuma se encaixar melhor.
    .hint = Pense no que uma criança consegue fazer por conta própria em cada idade.
    .explanation = Crianças pequenas precisam de regras simples, de um círculo de segurança e da regra PANTS. Crianças de 9 a 12 anos precisam conhecer os sinais de alerta e saber bloquear e denunciar. Adolescentes precisam de conversas sobre consentimento, respeito e sextorsão. Os assuntos podem continuar em outras idades.
# Group name.
q-topic-by-age-ages-5-to-8 = De 5 a 8 anos
# Group name.
q-topic-by-age-ages-9-to-12 = De 9 a 12 anos
# Group name.
q-topic-by-age-teens = Adolescentes
# Item to sort (ages 5 to 8).
q-topic-by-age-safety-circle = Fazer uma lista de adultos para quem a criança pode contar
    .feedback = Um círculo de segurança dá às crianças pequenas pessoas claras a quem recorrer.
# Item to sort (ages 5 to 8).
q-topic-by-age-pants-rule = A regra PANTS sobre o corpo
    .feedback = A regra PANTS foi feita para crianças pequenas. Ela ensina que o corpo delas pertence a elas.
# Item to sort (ages 9 to 12).
q-topic-by-age-spot-gifts-and-secrets = Perceber presentes, segredos e mudanças para chat privado
    .feedback = Crianças de 9 a 12 anos começam a conversar por conta própria, então os sinais de alerta se encaixam bem aqui.
# Item to sort (ages 9 to 12).
q-topic-by-age-practise-block-report = Praticar bloquear e denunciar nos apps que usam
    .feedback = Praticar ajuda crianças de 9 a 12 anos a agir rápido quando precisarem.
# Item to sort (teens).
q-topic-by-age-consent-and-respect = Consentimento e respeito nos relacionamentos
    .feedback = Os adolescentes estão formando relacionamentos, então consentimento e respeito importam muito agora.
# Item to sort (teens).
q-topic-by-age-sextortion-dont-pay = Sextorsão: não pague e venha falar comigo
    .feedback = Os adolescentes são o alvo mais frequente, então fale sobre isso antes que aconteça.

# Question: a scenario. The situation is shown first, then the question.
q-teen-mentions-threat = O que você pode fazer?
    .situation = O seu filho ou a sua filha de 15 anos comenta que alguém da escola está sendo ameaçado com uma foto íntima. Enquanto conta, observa a sua reação.
    .hint = Talvez o adolescente esteja testando como você reage. O que faria ele se sentir seguro para procurar você?
    .explanation = Escute com calma e deixe claro que você ajudaria sem culpar. Explicar o que ajuda também é bom. Culpar a pessoa da foto, ou proibir apps, ensina o adolescente a ficar calado. Você também pode perguntar se esse colega tem algum adulto ajudando.
# Action (best).
q-teen-mentions-threat-listen-and-open-door = Escutar com calma, perguntar como ele se sente e dizer que você ajudaria qualquer pessoa nessa situação, sem culpar.
    .feedback = Melhor escolha. O adolescente aprende que pode procurar você com segurança, aconteça o que acontecer.
# Action (also good).
q-teen-mentions-threat-explain-what-helps = Explicar que isso é crime, que a culpa não é da vítima e que pagar quase nunca ajuda.
    .feedback = Boa escolha. Informações claras ajudam. Seja breve e pergunte também o que ele pensa.
# Action (not helpful).
q-teen-mentions-threat-blame-the-classmate = Dizer que o colega não devia ter mandado uma foto.
    .feedback = Isso culpa a vítima. O adolescente pode decidir nunca contar para você se acontecer com ele.
# Action (not helpful).
q-teen-mentions-threat-ban-chat-apps = Proibir todos os apps de conversa para isso não acontecer com o seu filho ou a sua filha.
    .feedback = Proibições podem fazer os adolescentes esconderem o que usam. Também ensinam que contar para você faz perder coisas.

# Question: true or false about one big talk. The right answer is "false".
q-one-big-talk = Uma única conversa grande sobre segurança na internet costuma bastar.
    .hint = Pense em como os apps e a criança mudam com o tempo.
    .explanation = Várias conversas curtas funcionam melhor. Os apps mudam, a criança cresce, e cada conversa facilita a próxima.
# Feedback if the caregiver picks "true" (wrong).
q-one-big-talk-true =
    .feedback = Não é bem assim. Uma conversa só é fácil de esquecer. Conversas curtas e frequentes mantêm a porta aberta.
# Feedback if the caregiver picks "false" (right).
q-one-big-talk-false =
    .feedback = Isso. Conversas curtas e frequentes funcionam melhor do que uma conversa grande.

# Question: multiple choice, "choose all that apply".
q-good-starters = Quais destas são boas formas de começar uma conversa? Escolha todas as respostas que combinam.
    .hint = Bons começos são curiosos e calmos, não desconfiados.
    .explanation = Pedir para ver o jogo, perguntar se algo pareceu estranho e perguntar para quem ela contaria são formas calmas e abertas. Perguntas desconfiadas e ordens podem fazer a criança se fechar.
# Answer option (good starter).
q-good-starters-show-me-your-game = "Qual é o seu jogo favorito agora? Você me mostra?"
    .feedback = Sim. Mostrar interesse cria confiança e ensina você sobre o mundo dela.
# Answer option (good starter).
q-good-starters-ever-felt-weird = "Alguma coisa na internet já te deu uma sensação estranha ou de desconforto?"
    .feedback = Sim. É uma pergunta aberta e calma, e dá à criança palavras para usar.
# Answer option (good starter).
q-good-starters-who-would-you-tell = "Se alguma coisa desse errado na internet, para quem você contaria?"
    .feedback = Sim. Ajuda a criança a se planejar e lembra que ela pode procurar você.
# Answer option (not a good starter).
q-good-starters-doing-anything-bad = "Você está fazendo alguma coisa errada na internet?"
    .feedback = Não é bem assim. Isso soa como acusação. A maioria das crianças simplesmente vai dizer que não.
# Answer option (not a good starter).
q-good-starters-hand-over-phone = "Me dá o seu celular. Vou olhar."
    .feedback = Não é bem assim. Uma ordem sem conversa pode parecer castigo e quebrar a confiança.

# Question: single choice about the PANTS rule.
q-pants-p = Na regra PANTS do NSPCC para crianças pequenas, o que quer dizer o "P"?
    .hint = Pense no motivo de a regra ter o nome de uma roupa de baixo (pants, em inglês).
    .explanation = P é de "Partes íntimas são particulares". A regra ensina às crianças pequenas que o corpo delas pertence a elas, sem palavras assustadoras.
# Answer option (right).
q-pants-p-privates-are-private = Partes íntimas são particulares
    .feedback = Sim. Ensina que as partes cobertas pela roupa de baixo são particulares.
# Answer option (wrong).
q-pants-p-passwords-protected = Proteja as suas senhas
    .feedback = Não é bem assim. As senhas importam, mas a regra PANTS é sobre o corpo da criança. O P é "Partes íntimas são particulares".
# Answer option (wrong).
q-pants-p-parents-permission = Permissão dos pais primeiro
    .feedback = Não é bem assim. O P é "Partes íntimas são particulares". Ajuda a criança a saber que o corpo dela pertence a ela.

# Question: put the steps in order.
q-respond-steps = A criança conta que aconteceu algo preocupante na internet. Coloque estes passos em ordem.
    .hint = Como você se sente no primeiro momento vem antes de qualquer coisa que você faça.
    .explanation = Mantenha a calma, escute, agradeça, diga que a culpa não é dela e depois planejem juntos. Essa ordem ajuda a criança a se sentir em segurança e a continuar falando.
# Step 1.
q-respond-steps-stay-calm = Respirar fundo e manter a calma
    .feedback = Um rosto calmo, primeiro, mostra à criança que ela está em segurança com você.
# Step 2.
q-respond-steps-listen = Escutar sem interromper
    .feedback = Deixe a criança contar do jeito dela. As perguntas podem vir depois.
# Step 3.
q-respond-steps-thank-them = Agradecer por ter contado
    .feedback = Agradecer mostra que contar foi a escolha certa.
# Step 4.
q-respond-steps-not-their-fault = Dizer que a culpa não é dela
    .feedback = As crianças muitas vezes sentem vergonha. Ouvir isso de você ajuda de verdade.
# Step 5.
q-respond-steps-plan-together = Planejar juntos os próximos passos
    .feedback = Planejar em conjunto devolve à criança um pouco de controle.

# Question: true or false about promising not to take the phone away. The right answer is "true".
q-no-phone-promise = Prometer que contar para você não vai fazer a criança perder o celular pode deixar mais provável que ela conte.
    .hint = Que preocupações podem impedir uma criança de contar para um adulto?
    .explanation = Sim. Muitas crianças ficam caladas porque têm medo de perder o celular ou os jogos. Tirar esse medo facilita contar.
# Feedback if the caregiver picks "true" (right).
q-no-phone-promise-true =
    .feedback = Isso. Tirar o medo de perder o celular faz contar para você parecer mais seguro.
# Feedback if the caregiver picks "false" (wrong).
q-no-phone-promise-false =
    .feedback = Não é bem assim. O medo de perder os aparelhos é um motivo comum para as crianças ficarem caladas. Uma promessa clara ajuda.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Experimente perguntar: "Se algum dia alguma coisa na internet te preocupasse, como você ia querer que eu reagisse?" Escute a resposta. Depois prometa: "Vou manter a calma, vou te agradecer e a gente vai resolver junto."
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Peça ao grupo que compartilhe uma frase que poderia usar com uma criança pequena, com uma de 10 anos e com um adolescente. O que faz uma criança se sentir segura para contar, e o que faz ela parar?
