# SafeSteps — MIT OR Apache-2.0

### Lesson: Reporting and getting support (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Explain what happens after a report. Help contacts come only from the content guide; keep
### numbers and web addresses exactly as written. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Denunciar e buscar apoio
# One line under the lesson name.
lesson-summary = Onde e como denunciar, o que acontece depois e como apoiar a criança e cuidar de você depois disso.

# Card 1: reporting on the app or platform.
card-report-to-the-app =
    A maioria dos apps, jogos e sites tem um botão de denúncia nos perfis, nas mensagens e nos posts.
    Guarde as provas primeiro. Tire print das mensagens e do perfil, e anote nomes de usuário, links de perfil, datas e horários. Nunca salve nem compartilhe uma imagem sexual de uma criança, nem como prova.
    Ao denunciar, diga com clareza que há uma criança envolvida. Muitas plataformas tratam isso como urgente.
    Depois de denunciar, bloqueie a conta para ela não conseguir falar com a criança.
    Mantenha por enquanto a conta da criança e a conversa, para não perder nada.
# Card 2: reporting beyond the app.
card-report-beyond-the-app =
    Algumas coisas precisam de mais do que uma denúncia na plataforma. Isso inclui ameaças, pedidos de imagens sexuais ou um adulto tentando se encontrar com uma criança.
    Nos EUA, denuncie à CyberTipline do NCMEC em report.cybertip.org ou pelo 1-800-843-5678.
    Em qualquer país, você pode procurar a polícia local. Se uma criança estiver em perigo agora, ligue para o número de emergência da sua região.
    Muitos países têm um canal de ajuda nacional para crianças. Confira a tela de Ajuda para o seu país.
    Se o seu país não estiver na lista, a Child Helpline International tem um diretório em childhelplineinternational.org.
# Card 3: what happens after a report.
card-what-happens-next =
    Saber o que vem depois pode deixar a denúncia menos assustadora.
    A plataforma analisa a denúncia. Ela pode remover o conteúdo ou fechar a conta, e pode mandar uma atualização curta para você.
    As denúncias à CyberTipline são analisadas pelo NCMEC e repassadas para a polícia, que pode agir.
    A polícia pode entrar em contato para fazer perguntas. Ela pode pedir as provas que você guardou.
    Pode demorar, e talvez você não fique sabendo de todos os detalhes do que acontece. Isso não quer dizer que a sua denúncia foi ignorada.
    Se houver imagens sendo compartilhadas, o Take It Down (takeitdown.ncmec.org) pode ajudar a remover nudes de menores de 18 anos dos sites que participam.
# Card 4: supporting the child after a report.
card-supporting-your-child =
    Depois de uma denúncia, a criança precisa se sentir em segurança e sentir que acreditam nela.
    Diga muitas vezes que a culpa não é dela. A pessoa que fez mal ou ameaçou é a responsável.
    Mantenha a rotina do dia a dia o mais normal possível. Não castigue nem tire todos os aparelhos.
    Sempre que der, envolva a criança nas decisões, como quem mais precisa saber.
    Os sentimentos podem ir e voltar por semanas. Observe mudanças no sono, no humor ou na alimentação, e busque ajuda de um médico, da orientação educacional da escola ou de um canal de ajuda se você estiver com essa preocupação.
# Card 5: support for the caregiver; someone to talk to.
card-support-for-you =
    Isso também é difícil para quem cuida. Você pode sentir raiva, culpa, medo ou choque. Esses sentimentos são normais.
    Você não tinha como ver todos os riscos. Quem tem crianças como alvo esconde o que faz.
    Converse com alguém de confiança, como um amigo, a pessoa com quem você divide a vida, um médico ou um psicólogo. Alguns canais de ajuda para crianças também apoiam adultos preocupados.
    Cuidar de você ajuda você a cuidar da criança.
    Toque em Ajuda para encontrar apoio no seu país.

# Question: put the steps in order.
q-report-steps = Alguém está mandando mensagens com ameaças para a criança. Coloque estes passos numa ordem que ajude.
    .hint = A criança vem primeiro. Depois pergunte: o que seria difícil de fazer depois que a conta estiver bloqueada?
    .explanation = Primeiro, tranquilize a criança. Guarde as provas antes que algo possa sumir. Denuncie na plataforma enquanto ainda consegue ver a conta, depois bloqueie. Denuncie as ameaças também à CyberTipline (EUA) ou à polícia, e continue apoiando a criança nas semanas seguintes.
# Step 1.
q-report-steps-reassure-child = Agradecer à criança por ter contado e dizer que a culpa não é dela
    .feedback = A criança vem primeiro. Sentir segurança com você ajuda ela a continuar falando.
# Step 2.
q-report-steps-save-evidence = Guardar prints, nomes de usuário e links
    .feedback = Depois as provas, antes que algo possa sumir.
# Step 3.
q-report-steps-report-to-platform = Denunciar a conta na plataforma
    .feedback = Denuncie enquanto ainda consegue ver o perfil.
# Step 4.
q-report-steps-block-account = Bloquear a conta
    .feedback = Bloquear depois de denunciar impede novos contatos.
# Step 5.
q-report-steps-keep-supporting = Continuar apoiando a criança nas semanas seguintes
    .feedback = O apoio continua importando muito depois da denúncia.

# Question: single choice about where to report in the US.
q-where-in-us = Você mora nos EUA. Um adulto na internet pediu imagens sexuais ao seu filho ou à sua filha de 12 anos. Onde você deve denunciar, além do app?
    .hint = Volte ao cartão sobre denunciar além do app.
    .explanation = Nos EUA, denuncie à CyberTipline do NCMEC em report.cybertip.org ou pelo 1-800-843-5678. O NCMEC repassa as denúncias para a polícia, que pode agir.
# Answer option (right).
q-where-in-us-cybertipline = Na CyberTipline do NCMEC, em report.cybertip.org
    .feedback = Sim. A CyberTipline é o lugar para denunciar isso nos EUA. Você também pode procurar a polícia local.
# Answer option (wrong).
q-where-in-us-social-media-post = Num post nas redes sociais alertando outros pais
    .feedback = Não é bem assim. Um post público pode expor a criança e alertar a pessoa. Em vez disso, denuncie de forma privada.
# Answer option (wrong).
q-where-in-us-only-the-school = Só na escola da criança
    .feedback = Não é bem assim. A escola pode ajudar a apoiar a criança, mas isso precisa de uma denúncia à CyberTipline ou à polícia.

# Question: a scenario. The situation is shown first, then the question.
q-no-local-line = O que você pode fazer?
    .situation = Alguém na internet está pressionando o seu filho ou a sua filha de 13 anos para mandar fotos. Você não mora nos EUA e não sabe bem para quem ligar onde mora.
    .hint = Existem jeitos de encontrar ajuda em qualquer país.
    .explanation = Confira a tela de Ajuda e o diretório da Child Helpline International para encontrar um canal local. Denuncie também à plataforma e à polícia. Não fazer nada ou expor a pessoa na internet pode deixar a criança menos segura.
# Action (best).
q-no-local-line-help-screen-and-directory = Conferir a tela de Ajuda para o seu país, ou o diretório da Child Helpline International.
    .feedback = Melhor escolha. Um canal de ajuda local pode orientar você sobre o que fazer e onde denunciar.
# Action (also good).
q-no-local-line-platform-and-police = Guardar as provas, denunciar no app e procurar a polícia local.
    .feedback = Boa escolha. As plataformas e a polícia podem agir, onde quer que você more.
# Action (not helpful).
q-no-local-line-nothing-to-do = Não fazer nada, já que aqui não existe uma linha como a dos EUA.
    .feedback = Ainda existe ajuda. Polícia, plataformas e canais de ajuda para crianças existem na maioria dos países.
# Action (not helpful).
q-no-local-line-name-them-online = Postar o nome de usuário da pessoa na internet para expor quem fez isso.
    .feedback = Isso pode expor a criança e alertar a pessoa antes que a polícia possa agir. Em vez disso, denuncie de forma privada.

# Question: true or false about hearing back. The right answer is "true".
q-may-not-hear-back = Depois de denunciar, talvez você não fique sabendo de todos os detalhes do que acontece.
    .hint = Pense no que o cartão disse sobre o tempo e as atualizações.
    .explanation = Sim. As análises e o trabalho da polícia levam tempo, e alguns detalhes ficam em sigilo. Não ter retorno não quer dizer que nada aconteceu.
# Feedback if the caregiver picks "true" (right).
q-may-not-hear-back-true =
    .feedback = Isso. A sua denúncia continua importando, mesmo que você saiba pouco. Guarde as provas caso a polícia peça.
# Feedback if the caregiver picks "false" (wrong).
q-may-not-hear-back-false =
    .feedback = Não é bem assim. Talvez você não fique sabendo de todos os detalhes. Isso não quer dizer que a denúncia foi ignorada.

# Question: multiple choice, "choose all that apply".
q-support-after-report = Quais destes ajudam a criança depois de uma denúncia? Escolha todas as respostas que combinam.
    .hint = Pense em segurança, controle e rotina.
    .explanation = Rotina, ouvir que a culpa não é dela, ter voz nas decisões e a oferta de acompanhamento psicológico ajudam. Silêncio e proibições podem fazer a criança se sentir castigada ou sem apoio.
# Answer option (helps).
q-support-after-report-keep-routines = Manter a rotina do dia a dia o mais normal possível
    .feedback = Sim. A rotina ajuda a criança a se sentir em segurança de novo.
# Answer option (helps).
q-support-after-report-repeat-not-fault = Lembrar muitas vezes que a culpa não é dela
    .feedback = Sim. As crianças muitas vezes se culpam. Ouvir isso muitas vezes ajuda.
# Answer option (helps).
q-support-after-report-involve-in-decisions = Envolver a criança nas decisões, como quem mais precisa saber
    .feedback = Sim. Isso devolve um pouco do controle que tiraram dela.
# Answer option (helps).
q-support-after-report-offer-counselling = Oferecer um psicólogo, um médico ou um canal de ajuda para conversar
    .feedback = Sim. Um apoio a mais pode ajudar com sentimentos que duram semanas.
# Answer option (does not help).
q-support-after-report-never-mention-again = Nunca mais falar no assunto
    .feedback = Não é bem assim. O silêncio pode parecer vergonha. Deixe claro que a criança pode falar sobre isso quando quiser.
# Answer option (does not help).
q-support-after-report-ban-all-devices = Proibir todos os aparelhos por meses
    .feedback = Não é bem assim. Isso pode parecer castigo por ter contado, e afasta a criança dos amigos.

# Question: sort tasks into who handles them.
q-who-does-what = Classifique cada tarefa de acordo com o serviço que costuma cuidar dela.
    .hint = Pense em quem pode remover conteúdo, quem pode investigar e o que usa um hash.
    .explanation = As plataformas removem contas e posts. A CyberTipline (nos EUA) e a polícia cuidam de crimes como ameaças a uma criança. O Take It Down ajuda a remover nudes de menores de 18 anos usando um hash.
# Group name.
q-who-does-what-platform = O app ou a plataforma
# Group name.
q-who-does-what-cybertipline-or-police = CyberTipline (EUA) ou polícia
# Group name.
q-who-does-what-take-it-down = O Take It Down
# Item to sort (platform).
q-who-does-what-remove-account = Remover uma conta que quebra as regras
    .feedback = As plataformas podem fechar contas no próprio serviço.
# Item to sort (platform).
q-who-does-what-remove-posts = Tirar do ar um post ou comentário prejudicial
    .feedback = As plataformas removem conteúdo que quebra as regras delas.
# Item to sort (CyberTipline or police).
q-who-does-what-investigate-crime = Investigar um crime contra uma criança
    .feedback = A polícia investiga crimes. Nos EUA, a CyberTipline repassa as denúncias para ela.
# Item to sort (CyberTipline or police).
q-who-does-what-threats-to-a-child = Encontrar a pessoa que ameaça espalhar a imagem de uma criança
    .feedback = Ameaças assim são crime. A polícia pode rastrear a pessoa, então denuncie à CyberTipline ou à polícia.
# Item to sort (Take It Down).
q-who-does-what-hash-removal = Criar um hash de uma imagem para os sites acharem cópias
    .feedback = O Take It Down cria um hash no seu aparelho, então a imagem nunca sai dele.
# Item to sort (Take It Down).
q-who-does-what-nude-image-under-18 = Ajudar a remover nudes de alguém com menos de 18 anos
    .feedback = Foi para isso que o Take It Down foi criado.

# Question: single choice about the caregiver's own feelings.
q-caregiver-feelings = Depois de uma denúncia, você sente raiva e não para de se perguntar como não percebeu antes. O que mais ajuda?
    .hint = Quem cuida de quem cuida da criança?
    .explanation = Sentimentos fortes são normais. Quem comete abuso esconde o que faz, então ninguém vê todos os riscos. Conversar com alguém ajuda você a se manter firme para a criança.
# Answer option (right).
q-caregiver-feelings-normal-get-support = Saber que esses sentimentos são normais e conversar com alguém de confiança
    .feedback = Sim. O apoio para você ajuda você a apoiar a criança.
# Answer option (wrong).
q-caregiver-feelings-hide-feelings = Esconder os sentimentos e seguir em frente sem ajuda
    .feedback = Não é bem assim. Carregar isso sem apoio é difícil. Pedir ajuda é um sinal de força.
# Answer option (wrong).
q-caregiver-feelings-blame-yourself = Concluir que foi uma falha sua como mãe, pai ou responsável
    .feedback = Não é bem assim. Quem tem crianças como alvo esconde o que faz. A pessoa que causou o mal é a responsável.

# Question: true or false about reporting after a delay. The right answer is "true".
q-waited-weeks = Se a criança esperou semanas para contar, ainda vale a pena denunciar.
    .hint = As provas ou a ajuda acabam depois de algumas semanas?
    .explanation = Sim. Muitas crianças esperam antes de contar. As denúncias ainda ajudam, e a criança ainda merece apoio. Não é culpa dela ter esperado.
# Feedback if the caregiver picks "true" (right).
q-waited-weeks-true =
    .feedback = Isso. Denuncie mesmo assim, e agradeça à criança por ter contado quando conseguiu.
# Feedback if the caregiver picks "false" (wrong).
q-waited-weeks-false =
    .feedback = Não é bem assim. As denúncias ainda ajudam depois de semanas ou meses. Muitas crianças precisam de tempo até se sentirem capazes de contar.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Experimente perguntar: "Você sabe denunciar alguém nos apps que usa? Você me mostra?" Depois diga: "Se um dia você denunciar alguma coisa, ou quiser denunciar, pode me contar. Eu vou ajudar, e ninguém vai colocar a culpa em você."
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte ao grupo: que preocupações poderiam impedir uma família de denunciar? Percorram juntos o que acontece depois de uma denúncia na plataforma e de uma denúncia à polícia, e listem onde as pessoas do seu próprio país podem encontrar apoio.
