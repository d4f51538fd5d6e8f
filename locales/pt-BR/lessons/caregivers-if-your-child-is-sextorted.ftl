# SafeSteps — MIT OR Apache-2.0

### Lesson: If your child is being sextorted (caregivers).
### Readers are parents, grandparents, older siblings and teachers, possibly in the middle of it.
### Be calm, clear and step by step. Never describe images or acts. It is never the child's fault.
### Help contacts come only from the content guide; keep numbers and web addresses exactly as written.

# Lesson name on the lesson card.
lesson-title = Se o seu filho ou a sua filha sofrer sextorsão
# One line under the lesson name.
lesson-summary = O que é sextorsão e o que fazer, passo a passo, se isso acontecer com o seu filho ou a sua filha.

# Card 1: what sextortion is, without detail.
card-what-it-is =
    Sextorsão é quando alguém ameaça espalhar um nude ou uma imagem sexual de um jovem se ele não pagar, não mandar mais imagens ou não fizer o que a pessoa quer.
    A imagem pode ser real, ou falsa, ou editada.
    Muitas vezes a pessoa usa um perfil falso, finge ser adolescente, ganha confiança rápido e depois passa às ameaças, às vezes em poucas horas. Às vezes é alguém que a criança conhece.
    Ela pressiona muito, com prazos e pânico. Sextorsão é crime, e pode acontecer com qualquer criança ou adolescente.
# Card 2: the first reaction: calm, no blame.
card-your-first-reaction =
    Se o seu filho ou a sua filha contar, mantenha a calma e agradeça por ter contado. Pode ser a coisa mais difícil que ele ou ela já disse.
    Diga com clareza: "A culpa não é sua. Você fez a coisa certa ao me contar. A gente vai resolver isso junto."
    A culpa não é do seu filho ou da sua filha, mesmo que tenha compartilhado uma imagem. Quem faz as ameaças é quem está cometendo um crime.
    O jovem pode sentir pânico, vergonha ou medo. Não dê sermão e não tire o celular como castigo. Você precisa que ele continue conversando com você.
# Card 3: what to do right now.
card-what-to-do-now =
    Não pague e não mande mais nada. Pagar quase nunca faz as ameaças pararem; normalmente a pessoa pede mais.
    Pare de responder. Você não precisa responder nem negociar.
    Ainda não apague a conta nem a conversa. Guarde as provas. Tire print das mensagens e do perfil, e anote os nomes de usuário, os links de perfil e qualquer dado de pagamento.
    Não tire print, não salve e não encaminhe a imagem em si.
    Depois denuncie a conta no app e bloqueie.
    Se o jovem já pagou ou mandou mais, ainda pode ficar tudo bem. Parem agora e busquem ajuda.
# Card 4: where to report.
card-where-to-report =
    Denuncie a conta ao app ou à plataforma. Diga que há uma criança ou um adolescente sob ameaça.
    Nos EUA, denuncie à CyberTipline do NCMEC em report.cybertip.org ou pelo 1-800-843-5678. O NCMEC repassa as denúncias para a polícia, que pode agir.
    Em outros lugares, procure a polícia local e confira a tela de Ajuda para o seu país.
    O Take It Down (takeitdown.ncmec.org) é um serviço gratuito do NCMEC que pode ajudar a remover nudes ou imagens sexuais de menores de 18 anos dos sites que participam. Ele cria uma impressão digital da imagem, chamada hash, no seu próprio aparelho. Só o hash é enviado, nunca a imagem.
    Se o jovem estiver em perigo agora, ligue para o número de emergência da sua região.
# Card 5: emotional support for child and caregiver.
card-support-after =
    A sextorsão pode afetar muito um jovem. Fique por perto, mantenha a rotina e continue lembrando que a culpa não é dele.
    Observe sinais de sofrimento profundo, como falas de desesperança ou de se machucar. Se perceber algo assim, busque ajuda rápido.
    Nos EUA, o jovem ou você pode falar com a Crisis Text Line mandando THORN por mensagem de texto para 741741.
    Um médico, a orientação educacional da escola ou um canal de ajuda também podem ajudar. Cuide de você também; isso é difícil para quem cuida. Converse com alguém de confiança.
    Toque em Ajuda para encontrar apoio no seu país.

# Question: a scenario. The situation is shown first, then the question.
q-late-night-message = Qual é a melhor primeira reação?
    .situation = Tarde da noite, o seu filho ou a sua filha de 16 anos mostra uma mensagem: "Manda 500 dólares em uma hora ou eu posto a sua foto para todos os seus amigos." O jovem está tremendo e chorando.
    .hint = Primeiro, o jovem precisa de duas coisas: se sentir em segurança com você e que a pressão pare.
    .explanation = Palavras calmas vêm primeiro: a culpa não é dele. Depois, parem de responder e guardem as provas. Pagar quase nunca acaba com as ameaças, e apagar a conta faz perder as provas de que você precisa para denunciar.
# Action (best).
q-late-night-message-calm-not-your-fault = Manter a calma, abraçar e dizer: "A culpa não é sua. A gente vai resolver isso junto."
    .feedback = Melhor escolha. Antes de tudo, o jovem precisa se sentir em segurança com você. Depois vocês podem agir juntos.
# Action (also good).
q-late-night-message-stop-and-save = Ajudar a parar de responder e a guardar as mensagens e os nomes de usuário.
    .feedback = Boa escolha. Isso corta a pressão e preserva as provas. Garanta também que o jovem ouça que a culpa não é dele.
# Action (not helpful).
q-late-night-message-pay-quickly = Pagar rápido para a foto não ser postada.
    .feedback = É natural querer que isso acabe, mas pagar quase nunca faz as ameaças pararem. Normalmente pedem mais.
# Action (not helpful).
q-late-night-message-delete-account = Apagar a conta do jovem na hora.
    .feedback = É compreensível querer que tudo suma, mas apagar faz perder as provas. Guarde primeiro, depois denuncie.

# Question: put the steps in order.
q-action-steps = Coloque estes passos numa ordem que ajude.
    .hint = Os sentimentos do jovem vêm primeiro. O que você vai precisar ter em mãos antes de denunciar?
    .explanation = Primeiro, tranquilize o jovem. Depois parem de responder e guardem as provas antes de denunciar e bloquear. Em seguida, busquem apoio para o jovem e para você.
# Step 1.
q-action-steps-reassure = Tranquilizar o jovem: a culpa não é dele
    .feedback = Tranquilizar primeiro ajuda o jovem a se acalmar e a continuar falando.
# Step 2.
q-action-steps-stop-replying = Parar de responder a quem faz as ameaças
    .feedback = Parar de responder corta a pressão.
# Step 3.
q-action-steps-save-evidence = Guardar prints das mensagens, nomes de usuário e links
    .feedback = Guarde as provas antes que algo seja bloqueado ou apagado.
# Step 4.
q-action-steps-report = Denunciar à plataforma e à CyberTipline ou à polícia
    .feedback = As denúncias permitem que a plataforma e a polícia ajam.
# Step 5.
q-action-steps-get-support = Buscar apoio emocional para o jovem e para você
    .feedback = O apoio ajuda vocês a atravessar o que vem depois da crise.

# Question: multiple choice, "choose all that apply".
q-evidence = Quais destes você deve guardar como prova? Escolha todas as respostas que combinam.
    .hint = As provas mostram quem é a pessoa, o que ela disse e o que pediu.
    .explanation = Nomes de usuário, prints das mensagens, links de perfil e dados de pagamento ajudam as plataformas e a polícia. Nunca copie nem encaminhe a imagem, e não apague a conversa.
# Answer option (keep).
q-evidence-usernames = Os nomes de usuário da pessoa em todos os apps
    .feedback = Sim. Os nomes de usuário ajudam as plataformas e a polícia a encontrar a conta.
# Answer option (keep).
q-evidence-message-screenshots = Prints das mensagens com ameaças
    .feedback = Sim. Os prints mostram o que foi dito e quando.
# Answer option (keep).
q-evidence-profile-links = Links para os perfis da pessoa
    .feedback = Sim. Um link leva direto à conta.
# Answer option (keep).
q-evidence-payment-details = Dados de pagamento, se já foi enviado dinheiro
    .feedback = Sim. Os dados de pagamento podem ajudar a polícia a rastrear a pessoa.
# Answer option (do not keep).
q-evidence-copy-the-image = Uma cópia da imagem, para mostrar à polícia
    .feedback = Não é bem assim. Não copie, não salve e não encaminhe a imagem. Diga à polícia ou à CyberTipline que ela existe, e eles vão orientar você.
# Answer option (do not keep).
q-evidence-delete-the-chat = Nada. Apagar a conversa para o jovem não ver.
    .feedback = Não é bem assim. Apagar faz perder as provas. Dá para deixar a conversa fora de vista sem apagar.

# Question: single choice about paying.
q-will-paying-help = A pessoa diz que vai apagar a foto se o jovem pagar. O que normalmente acontece se vocês pagam?
    .hint = O que quem faz ameaças costuma fazer quando um pagamento funciona?
    .explanation = Pagar quase nunca faz as ameaças pararem. Muitas vezes a pessoa pede mais. Em vez disso, parem de responder, guardem as provas e denunciem.
# Answer option (right).
q-will-paying-help-rarely-stops = As ameaças quase nunca param, e muitas vezes a pessoa pede mais.
    .feedback = Isso. Pagar mostra que a ameaça funciona. Denunciar resolve mais.
# Answer option (wrong).
q-will-paying-help-ends-it = A pessoa apaga a foto e deixa o jovem em paz.
    .feedback = Não é bem assim. Não tem como saber se ela apaga alguma coisa, e a maioria pede mais.
# Answer option (wrong).
q-will-paying-help-pay-half = Pagar metade funciona, porque mostra que vocês estão levando a sério.
    .feedback = Não é bem assim. Qualquer pagamento mostra que a ameaça funciona. Em vez disso, parem de responder e denunciem.

# Question: true or false about having paid or sent more already. The right answer is "true".
q-already-sent-more = Se o jovem já pagou ou mandou mais imagens, ainda pode ficar tudo bem, e ainda existe ajuda.
    .hint = Pense no que a lição disse sobre quem já pagou.
    .explanation = Sim. Muitos jovens pagam ou mandam mais por causa do pânico. Mesmo assim a culpa não é deles, e eles sempre podem receber ajuda, até agora. Parem agora, guardem as provas e denunciem.
# Feedback if the caregiver picks "true" (right).
q-already-sent-more-true =
    .feedback = Isso. Diga ao jovem que ainda pode ficar tudo bem. Parem agora, guardem as provas e denunciem.
# Feedback if the caregiver picks "false" (wrong).
q-already-sent-more-false =
    .feedback = Não é bem assim. O pânico leva as pessoas a pagar ou mandar mais. Mesmo assim, o jovem pode receber ajuda, e a culpa não é dele.

# Question: single choice about how Take It Down protects privacy.
q-take-it-down = Como o Take It Down, do NCMEC, protege a privacidade do jovem?
    .hint = Pense no que os sites precisam para achar uma cópia de uma imagem.
    .explanation = O Take It Down cria um hash, uma impressão digital da imagem, no seu próprio aparelho. Só o hash é enviado. Os sites que participam usam o hash para achar e remover cópias.
# Answer option (right).
q-take-it-down-hash-only = Só uma impressão digital da imagem (um hash) sai do seu aparelho, não a imagem.
    .feedback = Isso. A imagem fica no seu aparelho. O hash ajuda os sites a achar cópias.
# Answer option (wrong).
q-take-it-down-send-image = Você manda a imagem para o NCMEC analisar.
    .feedback = Não é bem assim. Você nunca manda a imagem. Só o hash sai do seu aparelho.
# Answer option (wrong).
q-take-it-down-public-list = O nome do jovem vai para uma lista pública.
    .feedback = Não é bem assim. O Take It Down não precisa do nome do jovem. Só o hash é enviado.

# Question: sort actions into "do" and "don't".
q-do-or-dont = Classifique cada atitude em "Fazer" ou "Não fazer".
    .hint = Pergunte sobre cada uma: isso protege o jovem e as provas?
    .explanation = Tranquilize, guarde as provas e denuncie. Não pague, não mostre a imagem para ninguém e não castigue o jovem por ter contado.
# Group name.
q-do-or-dont-do = Fazer
# Group name.
q-do-or-dont-dont = Não fazer
# Item to sort (do).
q-do-or-dont-say-not-their-fault = Dizer ao jovem que a culpa não é dele
    .feedback = O jovem precisa ouvir isso, muitas vezes.
# Item to sort (do).
q-do-or-dont-report-cybertipline = Denunciar à CyberTipline (EUA) ou à polícia local
    .feedback = Denunciar permite que quem tem poder para agir entre em ação.
# Item to sort (do).
q-do-or-dont-keep-messages = Guardar as mensagens e os nomes de usuário
    .feedback = As provas ajudam as plataformas e a polícia a agir.
# Item to sort (don't).
q-do-or-dont-pay-the-demand = Pagar o que a pessoa pede
    .feedback = Pagar quase nunca faz as ameaças pararem. Normalmente pedem mais.
# Item to sort (don't).
q-do-or-dont-forward-to-family = Encaminhar a imagem para um parente pedindo conselho
    .feedback = Nunca encaminhe a imagem. Em vez disso, conte o que está acontecendo.
# Item to sort (don't).
q-do-or-dont-take-phone-as-punishment = Tirar o celular como castigo
    .feedback = O castigo pode fazer o jovem se sentir culpado e parar de conversar com você.

# Question: single choice about emotional support in the US.
q-emotional-support = Vocês moram nos EUA, e o seu filho ou a sua filha está muito mal depois de sofrer sextorsão. Qual é uma boa forma de buscar apoio para o jovem, ou para você?
    .hint = Pense nas opções de apoio do último cartão.
    .explanation = Nos EUA, a Crisis Text Line oferece apoio: mande THORN por mensagem de texto para 741741. Um médico, a orientação educacional da escola ou um canal de ajuda também podem ajudar. Em outros lugares, toque em Ajuda para encontrar apoio no seu país.
# Answer option (right).
q-emotional-support-text-thorn = Mandar THORN por mensagem de texto para 741741 e falar com a Crisis Text Line
    .feedback = Sim. Profissionais treinados podem ajudar o jovem, ou você, nos momentos mais difíceis.
# Answer option (wrong).
q-emotional-support-wait-it-out = Esperar para ver se os sentimentos passam sozinhos
    .feedback = Não é bem assim. A sextorsão pode causar um sofrimento profundo. Busque apoio cedo.
# Answer option (wrong).
q-emotional-support-post-warning = Postar sobre isso na internet para alertar outros pais
    .feedback = Não é bem assim. Postar pode expor o jovem. Busque apoio de forma privada e denuncie.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Experimente dizer: "Eu li que às vezes pessoas na internet ameaçam adolescentes com fotos. Se isso um dia acontecer com você ou com alguém da sua amizade, a culpa não é sua. Eu vou ajudar, não castigar. O que deixaria mais fácil você me contar?"
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte ao grupo: o que poderia impedir um jovem de contar para um adulto sobre sextorsão? Como os adultos podem tirar essas barreiras? Percorram juntos os passos: tranquilizar, parar, guardar, denunciar, apoiar.
