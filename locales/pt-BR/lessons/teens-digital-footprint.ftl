# SafeSteps — MIT OR Apache-2.0

### Lesson: Your digital footprint (ages 13–17).
### Readers are teenagers, often alone on their phone. Be direct and respectful; never preachy.
### Frame the internet as positive. Teach skills: think first, check settings, clean up.

# Lesson name on the lesson card.
lesson-title = Sua pegada digital
# One line under the lesson name.
lesson-summary = O que você posta pode ficar na internet. Veja como assumir o controle disso.

# Card 1: what a digital footprint is and what stays online.
card-what-stays =
    A sua pegada digital é o rastro que você deixa na internet.
    São os seus posts, fotos, comentários, curtidas e bio. E também o que outras pessoas postam sobre você.
    Muita coisa pode ficar na internet por anos, mesmo depois que você apaga.
    Cópias podem continuar no celular de outras pessoas, em backups ou em outros sites.
    Isso não é motivo para parar de postar. Estar online é uma parte grande da vida, e pode ser ótimo.
    Só quer dizer que vale a pena pensar no que você compartilha e em quem pode ver.
# Card 2: screenshots and tags; not your fault if others share without asking.
card-screenshots-and-tags =
    Um post que "some" ainda pode ser salvo. Qualquer um pode tirar print ou gravar a tela.
    Amigos podem marcar você em fotos que você não escolheu, e elas podem aparecer no seu perfil.
    A maioria dos apps deixa você remover uma marcação, ou revisar marcações antes de aparecerem.
    Se alguém compartilha um post ou uma foto sua sem perguntar, a culpa não é sua. A responsabilidade é de quem compartilhou.
    Você pode pedir para a pessoa apagar, denunciar e contar para um adulto de confiança.
# Card 3: location clues.
card-location =
    Alguns posts mostram onde você está sem você dizer.
    Um logo da escola, uma placa de rua, o número de uma casa ou um ponto de ônibus podem entregar onde você está.
    A localização em tempo real em apps de mapa e de conversa mostra onde você está agora.
    Confira quais apps podem ver a sua localização. Desligue, ou compartilhe só com pessoas que você conhece bem.
    Poste sobre viagens e passeios depois de voltar para casa, não enquanto está lá.
# Card 4: think before posting.
card-think-first =
    Antes de postar, tire alguns segundos.
    Eu ficaria de boa se a minha família, um professor ou um futuro chefe visse isso?
    É sobre outra pessoa? Ela concordou?
    Estou postando de cabeça quente, ou para me vingar de alguém?
    Se não tiver certeza, espere. Você sempre pode postar depois. Um post que já saiu é muito mais difícil de desfazer.
# Card 5: cleaning up old posts and checking privacy settings.
card-clean-up =
    De vez em quando, faça um check-up da sua pegada.
    Pesquise o seu nome e os seus nomes de usuário para ver o que aparece.
    Role pelos posts antigos. Apague ou oculte o que não tem mais a ver com você.
    Depois, confira as suas configurações de privacidade. Quem pode ver os seus posts? Quem pode marcar você ou mandar mensagem? Quem pode encontrar você pelo número do celular?
    Deixe a conta privada se quiser, e revise as suas listas de amigos e de seguidores.
# Card 6: a positive footprint, and who to talk to.
card-positive-footprint =
    A sua pegada também pode trabalhar a seu favor.
    Compartilhe coisas de que você se orgulha: arte, música, esporte, um projeto, uma causa que importa para você.
    Comentários gentis e defender outras pessoas mostram quem você é.
    Se tem alguma coisa sobre você na internet e você quer que suma, você não é a única pessoa nessa situação.
    Converse com um adulto de confiança, ou toque no botão Ajuda para encontrar apoio.

# Question: true or false about posts that disappear.
q-disappearing-post = Um post que some depois de 24 horas ainda pode ser salvo por outra pessoa.
    .hint = Pense no que qualquer pessoa pode fazer com o próprio celular enquanto o post está no ar.
    .explanation = Verdadeiro. Qualquer um pode tirar print ou gravar a tela. "Temporário" só quer dizer que o app esconde o post, não que não existe nenhuma cópia.
# Feedback if the teen picks "true" (right).
q-disappearing-post-true =
    .feedback = Isso. Um print leva um segundo. Poste pensando que aquilo pode ser salvo.
# Feedback if the teen picks "false" (wrong).
q-disappearing-post-false =
    .feedback = Não é bem assim. O app pode esconder o post, mas um print ou uma gravação de tela pode guardar uma cópia.

# Question: choose all that apply, about clues to where you are.
q-location-clues = Quais destes podem mostrar onde você mora ou estuda? Escolha todas as respostas que combinam.
    .hint = Alguém poderia usar isso para achar um lugar no mapa?
    .explanation = Logos, placas de rua e mapas em tempo real podem apontar para um lugar de verdade. Um céu ou uma música, não.
# Answer option (shows location).
q-location-clues-school-logo = O logo da escola na sua camiseta
    .feedback = Sim. Um logo pode mostrar em qual escola você estuda.
# Answer option (shows location).
q-location-clues-street-sign = Uma placa de rua atrás de você
    .feedback = Sim. O nome de uma rua pode indicar onde você mora ou costuma ficar.
# Answer option (shows location).
q-location-clues-live-map = Localização em tempo real ligada num app de mapa
    .feedback = Sim. A localização em tempo real mostra onde você está agora. Compartilhe só com pessoas que você conhece bem.
# Answer option (does not show location).
q-location-clues-sunset-sky = Uma foto de um pôr do sol
    .feedback = Não é bem assim. Só um céu não diz onde você está.
# Answer option (does not show location).
q-location-clues-favourite-song = A sua música favorita
    .feedback = Não é bem assim. Uma música não mostra um lugar. Pode compartilhar.

# Question: a scenario about being tagged in a photo you don't like.
q-tagged-photo = O que você pode fazer com a foto?
    .situation = Um amigo posta uma foto do grupo numa festa e marca você. Você não gostou de como saiu na foto e não quer que a sua família veja.
    .hint = Pense no que resolve e ainda mantém a amizade numa boa.
    .explanation = Pedir para o seu amigo apagar é o melhor começo. Tirar a marcação e ajustar as configurações de marcação também ajuda. Se vingar ou deixar um comentário com raiva costuma piorar.
# Action (best).
q-tagged-photo-ask-to-remove = Mandar mensagem para o meu amigo e pedir para apagar a foto ou tirar a marcação.
    .feedback = Melhor atitude. A maioria dos amigos apaga se você pedir. Se a pessoa não apagar, você pode denunciar.
# Action (also good).
q-tagged-photo-untag-and-settings = Tirar a marcação e configurar o app para revisar marcações antes de aparecerem.
    .feedback = Boa atitude. Isso tira a foto do seu perfil e evita que aconteça de novo.
# Action (not helpful).
q-tagged-photo-post-one-back = Postar uma foto feia da pessoa para ficar quite.
    .feedback = Não é bem assim. É normal ficar com raiva, mas isso piora a pegada de vocês. Pedir tem mais chance de funcionar.
# Action (not helpful).
q-tagged-photo-angry-comment = Deixar um comentário com raiva embaixo da foto.
    .feedback = Não é bem assim. Um comentário faz mais gente olhar para a foto. Uma mensagem privada funciona melhor.

# Question: single choice about a good question to ask before posting.
q-before-posting = Qual é uma boa pergunta para se fazer antes de postar?
    .hint = Pense em quem pode ver isso mais tarde, não só hoje.
    .explanation = Perguntar "Eu ficaria de boa se qualquer pessoa visse isso?" ajuda, porque posts podem ser salvos e compartilhados para além dos seus amigos.
# Answer option (right).
q-before-posting-okay-if-seen = Eu ficaria de boa se a minha família, um professor ou um futuro chefe visse isso?
    .feedback = Isso. Se a resposta for não, espere ou não poste.
# Answer option (wrong).
q-before-posting-enough-likes = Isso vai ter curtidas suficientes?
    .feedback = Não é bem assim. Curtidas são legais, mas não dizem se um post é seguro ou gentil.
# Answer option (wrong).
q-before-posting-friends-only-safe = Só meus amigos vão ver, então está tudo certo?
    .feedback = Não é bem assim. Amigos podem tirar print e compartilhar. Pense também em quem pode ver mais tarde.

# Question: put the clean-up steps in order.
q-clean-up-steps = Coloque os passos do check-up da sua pegada em ordem.
    .hint = Primeiro descubra o que está por aí. O que você faz por último, para que tudo continue resolvido?
    .explanation = Pesquise primeiro para ver o que os outros conseguem encontrar. Veja os posts antigos, depois apague ou oculte. Por último, ajuste as configurações para que o que você arrumou continue assim.
# Step 1.
q-clean-up-steps-search-your-name = Pesquisar o seu nome e os seus nomes de usuário
    .feedback = Comece por aqui. Isso mostra o que outras pessoas conseguem encontrar.
# Step 2.
q-clean-up-steps-scroll-old-posts = Rolar pelos posts antigos
    .feedback = Depois, veja o que você postou no passado.
# Step 3.
q-clean-up-steps-delete-or-hide = Apagar ou ocultar posts que não têm mais a ver com você
    .feedback = Aí, tire do ar o que você não quer por aí.
# Step 4.
q-clean-up-steps-tighten-settings = Conferir quem pode ver, marcar e mandar mensagem para você
    .feedback = Por último, ajuste as configurações para os posts novos irem só para onde você quer.

# Question: true or false about private accounts.
q-private-means-safe = Com uma conta privada, nada do que você posta pode ser compartilhado.
    .hint = Quem ainda pode ver um post privado, e o que essa pessoa pode fazer com ele?
    .explanation = Falso. Uma conta privada ajuda muito, mas os seguidores ainda podem tirar print e compartilhar. Pense antes, mesmo no privado.
# Feedback if the teen picks "true" (wrong).
q-private-means-safe-true =
    .feedback = Não é bem assim. O privado ajuda, mas quem segue você ainda pode salvar e compartilhar.
# Feedback if the teen picks "false" (right).
q-private-means-safe-false =
    .feedback = Isso. Privado é uma boa configuração, mas não é um cadeado. Os seus seguidores ainda podem salvar posts.

# Question: choose all that apply, about a positive footprint.
q-build-positive = Quais destes ajudam a construir uma pegada de que você pode se orgulhar? Escolha todas as respostas que combinam.
    .hint = Quais você gostaria que qualquer pessoa encontrasse?
    .explanation = Compartilhar o seu trabalho, ser gentil e apoiar uma causa mostram quem você é de verdade. Entrar num ataque em grupo ou espalhar um segredo machuca outras pessoas e gruda em você.
# Answer option (helps).
q-build-positive-share-your-work = Postar a sua arte, a sua música ou um projeto
    .feedback = Sim. Isso mostra os seus talentos e o que importa para você.
# Answer option (helps).
q-build-positive-kind-comments = Deixar comentários gentis e úteis
    .feedback = Sim. A gentileza também faz parte da sua pegada.
# Answer option (helps).
q-build-positive-support-a-cause = Divulgar uma causa ou uma ONG que você apoia
    .feedback = Sim. Isso mostra o que importa para você.
# Answer option (does not help).
q-build-positive-join-a-pile-on = Entrar junto quando um grupo tira sarro de alguém
    .feedback = Não é bem assim. Um ataque em grupo machuca uma pessoa de verdade, e fica na sua pegada.
# Answer option (does not help).
q-build-positive-post-a-secret = Postar o segredo de um amigo para dar risada
    .feedback = Não é bem assim. Isso quebra a confiança, e a história é dele para contar, não sua.

# Question: a scenario about an old post.
q-old-joke = O que você pode fazer com o post antigo?
    .situation = Você tem 16 anos. Rolando o seu perfil, você encontra uma piada maldosa sobre um colega de turma que você postou aos 12.
    .hint = Pense no post e na pessoa de quem ele fala.
    .explanation = Apagar e pedir desculpas é a melhor atitude. Só apagar também é bom. Deixar no ar ou se esconder atrás de uma conta nova não resolve. As pessoas amadurecem; arrumar o que ficou para trás mostra isso.
# Action (best).
q-old-joke-delete-and-apologise = Apagar e pedir desculpas ao colega, se fizer sentido.
    .feedback = Melhor atitude. Você tira o post do ar e assume o que fez. Isso exige coragem.
# Action (also good).
q-old-joke-delete-it = Apagar o post.
    .feedback = Boa atitude. Ele saiu do seu perfil. Pedir desculpas também pode ajudar.
# Action (not helpful).
q-old-joke-leave-it = Deixar. Faz anos, ninguém vai olhar.
    .feedback = Não é bem assim. Posts antigos são encontrados, sim. Você ainda pode apagar agora.
# Action (not helpful).
q-old-joke-new-account = Criar uma conta nova e deixar a antiga do jeito que está.
    .feedback = Não é bem assim. A conta antiga continua por aí. Arrume ou apague essa conta.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte: o que alguém descobriria sobre você hoje pelo seu perfil público? Conversem sobre a diferença entre posts que ficam e posts que ajudam você, e sobre para quem dá para pedir ajuda se tiver algo sobre você na internet que você quer que suma.
