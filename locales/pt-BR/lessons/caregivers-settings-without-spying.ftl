# SafeSteps — MIT OR Apache-2.0

### Lesson: Settings and supervision without spying (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Present settings as tools that work best with trust and talk, never as a replacement for them.

# Lesson name on the lesson card.
lesson-title = Configurações e supervisão sem espionar
# One line under the lesson name.
lesson-summary = Use configurações e controles parentais adequados à idade da criança, combinem as regras juntos e mantenha a confiança dela.

# Card 1: age-appropriate settings and parental controls.
card-settings-that-help =
    Configurações e controles parentais são ferramentas úteis. Funcionam melhor quando a criança sabe que eles existem e por que você os usa.
    Confira a classificação indicativa de jogos e apps antes de a criança começar.
    Deixe as contas privadas, para que só amigos aprovados vejam os posts.
    Limite quem pode mandar mensagem, ligar ou enviar pedidos de amizade. "Só amigos" é um bom começo.
    Ative filtros de conteúdo e limites para compras dentro dos apps.
    A maioria dos consoles, celulares e lojas de apps tem uma área para família ou controle parental. Sempre que possível, configurem juntos.
# Card 2: location and privacy settings.
card-location-and-privacy =
    O compartilhamento de localização pede um cuidado especial. Muitos apps podem mostrar onde a criança está, ou marcar um lugar numa foto ou num post.
    Desligue a localização nos apps que não precisam dela. Se a família compartilha a localização, deixe isso só entre os membros da família e fale abertamente sobre o assunto.
    Confira o que aparece no perfil da criança. A escola, o nome completo, a data de nascimento e fotos com o uniforme podem mostrar às pessoas onde encontrá-la.
    Revisem juntos as configurações de privacidade a cada poucos meses, porque os apps mudam.
# Card 3: device rules agreed together.
card-agree-rules-together =
    As regras funcionam melhor quando as crianças ajudam a criá-las. Sentem juntos e combinem um plano da família para os aparelhos.
    Vocês podem definir onde os aparelhos carregam à noite, quais apps podem ser usados e quanto tempo ficar online.
    Combinem o que fazer se algo der errado: "Venha falar comigo, e você não vai perder o aparelho por contar."
    Incluam regras para os adultos também, como nada de celular nas refeições.
    Coloquem no papel e revisem conforme a criança cresce.
# Card 4: why secret monitoring can break trust.
card-why-not-secret =
    Apps que leem mensagens ou rastreiam uma criança em segredo podem parecer uma escolha segura. Mas o monitoramento escondido pode quebrar a confiança.
    As crianças muitas vezes descobrem. Quando isso acontece, elas podem esconder mais, criar contas paralelas ou parar de contar para você quando algo dá errado.
    A criança contar para você é uma das melhores proteções que existem.
    Se você usa monitoramento ou controles, seja transparente sobre o que eles fazem e por quê. Explique de um jeito adequado à idade da criança.
# Card 5: supervision that grows with age; someone to talk to.
card-grows-with-age =
    A supervisão deve crescer junto com a criança.
    De 5 a 8 anos: aparelhos em cômodos de uso comum, apps escolhidos por você e você por perto.
    De 9 a 12 anos: mais escolha, com configurações "só amigos" e conversas regulares para saber como estão as coisas.
    Adolescentes: mais privacidade, com o básico de segurança combinado e a porta sempre aberta.
    O objetivo é um jovem com habilidades e confiança, que sabe que pode procurar você.
    Se algo der errado, a culpa não é da criança. Converse com ela, converse com alguém de confiança se precisar de apoio, e toque em Ajuda para encontrar apoio no seu país.

# Question: single choice about a young child's game account.
q-young-gamer = O seu filho ou a sua filha de 8 anos vai começar a jogar um jogo online popular. Qual configuração é o melhor ponto de partida?
    .hint = Quem deveria poder falar com uma criança pequena num jogo?
    .explanation = Chat só com amigos, aprovados por vocês juntos, é um bom começo para uma criança pequena. O chat aberto deixa qualquer pessoa entrar em contato.
# Answer option (right).
q-young-gamer-friends-only = Chat só com amigos aprovados, configurado juntos
    .feedback = Sim. Mantém a graça de jogar com os amigos e limita o contato de outras pessoas.
# Answer option (wrong).
q-young-gamer-open-chat = Chat aberto com qualquer jogador, para fazer amigos
    .feedback = Não é bem assim. O chat aberto deixa qualquer pessoa falar com a criança. "Só amigos" é um começo mais seguro nessa idade.
# Answer option (wrong).
q-young-gamer-no-settings = Nenhuma configuração, porque é um jogo infantil
    .feedback = Não é bem assim. Jogos infantis também podem ter chat aberto. Confira as configurações de qualquer forma.

# Question: multiple choice, "choose all that apply".
q-agreement = Quais destes itens fazem parte de um plano da família para os aparelhos? Escolha todas as respostas que combinam.
    .hint = Um bom plano é combinado em conjunto e torna seguro falar sobre problemas.
    .explanation = Onde os aparelhos carregam, pedir antes de baixar apps novos, o que fazer quando algo dá errado e regras para os adultos ajudam. Castigar a criança por contar, ou esconder o plano dela, vai contra a segurança.
# Answer option (belongs).
q-agreement-where-devices-sleep = Onde os aparelhos carregam à noite
    .feedback = Sim. Carregar os aparelhos fora dos quartos ajuda o sono e a segurança à noite.
# Answer option (belongs).
q-agreement-ask-before-new-apps = Pedir antes de baixar apps novos
    .feedback = Sim. Isso dá a chance de conferir as configurações juntos.
# Answer option (belongs).
q-agreement-what-to-do-if-wrong = O que fazer se algo der errado na internet
    .feedback = Sim. Um plano claro ajuda a criança a agir rápido e a procurar você.
# Answer option (belongs).
q-agreement-rules-for-adults-too = Regras também para os adultos
    .feedback = Sim. Regras compartilhadas parecem justas e mostram bons hábitos.
# Answer option (does not belong).
q-agreement-punish-for-telling = Perder o aparelho se contar um problema
    .feedback = Não é bem assim. Isso ensina as crianças a esconder problemas. Em vez disso, faça com que contar seja seguro.
# Answer option (does not belong).
q-agreement-kept-secret-from-child = Regras que a criança não conhece
    .feedback = Não é bem assim. Um plano só funciona se a criança ajudou a fazê-lo e sabe o que ele diz.

# Question: true or false about controls replacing conversation. The right answer is "false".
q-controls-replace-talk = Os controles parentais podem substituir a conversa com a criança sobre segurança na internet.
    .hint = Pense no que os controles não conseguem ver ou impedir.
    .explanation = Os controles ajudam, mas nenhuma configuração pega tudo. A conversa desenvolve habilidades e confiança, para que a criança procure você quando algo escapar.
# Feedback if the caregiver picks "true" (wrong).
q-controls-replace-talk-true =
    .feedback = Não é bem assim. Os controles deixam passar coisas, e as crianças podem achar jeitos de contorná-los. É a conversa que faz a criança procurar você.
# Feedback if the caregiver picks "false" (right).
q-controls-replace-talk-false =
    .feedback = Isso. Controles e conversa funcionam melhor juntos.

# Question: a scenario. The situation is shown first, then the question.
q-first-social-account = Qual é uma boa abordagem?
    .situation = O seu filho ou a sua filha de 13 anos quer a primeira conta numa rede social. O app permite usuários dessa idade, e a maioria dos amigos já tem uma.
    .hint = Pense nas configurações, na confiança e no que acontece se algo der errado.
    .explanation = Criar a conta juntos e combinar as regras abertamente desenvolve habilidades e confiança. O monitoramento escondido pode quebrar a confiança, e a falta de conversa deixa o adolescente sem um plano.
# Action (best).
q-first-social-account-set-up-together = Configurar juntos: conta privada, mensagens só de amigos, localização desligada e conversas combinadas para ver como está indo.
    .feedback = Melhor escolha. O adolescente aprende as configurações, e vocês conhecem o plano.
# Action (also good).
q-first-social-account-agree-and-explain = Combinar as regras juntos e explicar quais controles você vai usar e por quê.
    .feedback = Boa escolha. Ser transparente sobre os controles mantém a confiança e aumenta a chance de o adolescente procurar você.
# Action (not helpful).
q-first-social-account-secret-monitoring-app = Dizer que sim e, sem falar nada, instalar um app que lê as mensagens.
    .feedback = Se o adolescente descobrir, a confiança pode se quebrar. Ele pode esconder mais e parar de contar as coisas para você.
# Action (not helpful).
q-first-social-account-alone-no-talk = Deixar o adolescente configurar tudo sem ajuda, sem conversar sobre as configurações.
    .feedback = As configurações padrão podem não ser as mais seguras para o adolescente. Ele pode não saber como deixar a conta fechada, nem o que fazer se algo der errado.

# Question: sort supervision approaches into age groups.
q-support-by-age = Classifique cada abordagem na faixa de idade em que ela costuma se encaixar melhor.
    .hint = A supervisão vai afrouxando conforme as habilidades e a confiança crescem.
    .explanation = Crianças pequenas precisam de cômodos de uso comum e apps escolhidos por um adulto. Crianças de 9 a 12 anos ganham mais escolha, com conversas regulares. Adolescentes ganham mais privacidade, com o básico combinado. Cada criança é diferente, então ajuste para a sua.
# Group name.
q-support-by-age-ages-5-to-8 = De 5 a 8 anos
# Group name.
q-support-by-age-ages-9-to-12 = De 9 a 12 anos
# Group name.
q-support-by-age-teens = Adolescentes
# Item to sort (ages 5 to 8).
q-support-by-age-shared-rooms = Aparelhos usados em cômodos de uso comum, com um adulto por perto
    .feedback = Crianças pequenas se saem melhor com um adulto por perto enquanto brincam.
# Item to sort (ages 5 to 8).
q-support-by-age-adult-picks-apps = Um adulto escolhe os apps e os jogos
    .feedback = Nessa idade, você escolhe o que é adequado.
# Item to sort (ages 9 to 12).
q-support-by-age-friends-only-check-ins = Configurações "só amigos" com conversas regulares
    .feedback = Crianças de 9 a 12 anos ganham mais liberdade, com você ainda por perto.
# Item to sort (ages 9 to 12).
q-support-by-age-approve-apps-together = Apps novos combinados juntos antes de baixar
    .feedback = Decidir juntos desenvolve o discernimento da criança.
# Item to sort (teens).
q-support-by-age-agreed-privacy = Mais privacidade, com o básico de segurança combinado
    .feedback = Os adolescentes precisam de privacidade para crescer, com algumas regras básicas claras.
# Item to sort (teens).
q-support-by-age-teen-reviews-settings = O próprio adolescente confere as configurações de privacidade, com ajuda se precisar
    .feedback = Os adolescentes podem cuidar das próprias configurações, sabendo que você está ali para ajudar.

# Question: put the steps in order.
q-new-app-steps = A criança quer um app novo. Coloque estes passos de configuração numa ordem que faça sentido.
    .hint = O que você precisa saber antes de a conta existir, e o que só pode acontecer depois?
    .explanation = Confira primeiro a classificação indicativa. Depois criem a conta juntos e fechem as configurações. Pratiquem bloquear e denunciar depois que estiver tudo configurado. Confiram as configurações de novo a cada poucos meses, porque os apps mudam.
# Step 1.
q-new-app-steps-check-age-rating = Conferir a classificação indicativa e o que o app faz
    .feedback = Primeiro, decida se o app é adequado à idade da criança.
# Step 2.
q-new-app-steps-create-together = Criar a conta juntos, usando a idade real da criança
    .feedback = Com a idade real, o app pode ativar os recursos de segurança que tem para usuários mais novos.
# Step 3.
q-new-app-steps-lock-down-settings = Deixar a conta privada, limitar quem pode mandar mensagem e desligar a localização
    .feedback = Depois que a conta existe, limite quem pode ver, contatar e encontrar a criança.
# Step 4.
q-new-app-steps-practise-block-report = Praticar juntos como bloquear e denunciar
    .feedback = Com a prática, a criança sabe o que fazer se algo der errado.
# Step 5.
q-new-app-steps-check-again-later = Conferir as configurações juntos de novo daqui a alguns meses
    .feedback = Os apps mudam as configurações, então olhe de novo de tempos em tempos.

# Question: single choice about why secret monitoring can backfire.
q-secret-backfire = Por que o monitoramento escondido pode sair pela culatra?
    .hint = Pense no que acontece quando a criança descobre.
    .explanation = As crianças muitas vezes descobrem. Aí podem esconder mais e parar de contar para você. A supervisão transparente mantém a confiança, que é uma das melhores proteções.
# Answer option (right).
q-secret-backfire-hide-and-stop-telling = Se a criança descobrir, pode esconder mais e parar de contar as coisas para você.
    .feedback = Sim. Perder a confiança pode significar perder a chance de ajudar.
# Answer option (wrong).
q-secret-backfire-always-safer = Não sai. O monitoramento escondido é sempre a escolha mais segura.
    .feedback = Não é bem assim. Ele pode quebrar a confiança e levar as crianças a esconder coisas. A supervisão transparente costuma ser mais segura.
# Answer option (wrong).
q-secret-backfire-children-never-notice = Não tem como, porque as crianças nunca percebem.
    .feedback = Não é bem assim. As crianças muitas vezes descobrem, e aí podem criar contas escondidas.

# Question: true or false about location sharing. The right answer is "true".
q-location-limited = Para a maioria das crianças, o melhor é deixar o compartilhamento de localização nos apps desligado ou só para a família.
    .hint = Quem precisa saber onde a criança está?
    .explanation = Sim. Os apps podem mostrar a localização da criança para outras pessoas. Deixe desligado, ou limite à família, e fale abertamente sobre isso.
# Feedback if the caregiver picks "true" (right).
q-location-limited-true =
    .feedback = Isso. Só as pessoas em quem a família confia precisam saber onde a criança está.
# Feedback if the caregiver picks "false" (wrong).
q-location-limited-false =
    .feedback = Não é bem assim. A localização nos apps pode mostrar onde a criança mora ou estuda. Deixe desligada ou só para a família.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Experimente dizer: "Você me mostra as configurações do seu app favorito? Vamos ver quem pode te mandar mensagem e quem pode ver onde você está." Depois combinem juntos uma regra da família para os aparelhos, que valha para adultos e crianças.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte ao grupo: onde fica a linha entre proteger uma criança e espionar? Como a supervisão deveria mudar dos 6 aos 16 anos, e como os adultos podem ser transparentes sobre os controles que usam?
