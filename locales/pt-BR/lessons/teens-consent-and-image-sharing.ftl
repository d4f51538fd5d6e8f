# SafeSteps — MIT OR Apache-2.0

### Lesson: Consent and sharing images (ages 13–17).
### Readers are teenagers, often alone. Be direct, calm and respectful; never preachy.
### Never describe images or acts; say "nude or private image". Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Consentimento e compartilhamento de imagens
# One line under the lesson name.
lesson-summary = De quem é a foto? Quando pedir, quando parar e o que fazer se uma imagem for compartilhada.

# Card 1: consent before sharing anyone's image.
card-ask-first =
    Fotos e vídeos são uma parte grande de como a gente conversa na internet. Tudo certo.
    Mas a foto de alguém também é, em parte, dessa pessoa. Antes de postar ou mandar, pergunte.
    Consentimento é um sim claro, dado por vontade própria. Silêncio não é sim. "Tanto faz" não é sim.
    As pessoas também podem mudar de ideia. Se alguém pedir para você apagar uma foto, apague.
    Você ia querer o mesmo.
# Card 2: never forward a nude or private image.
card-never-forward =
    Nunca encaminhe um nude ou uma imagem íntima de alguém, mesmo que já esteja circulando.
    Cada compartilhamento machuca a pessoa da imagem. Isso pode acompanhar essa pessoa por anos.
    Em muitos países, compartilhar um nude de alguém com menos de 18 anos é crime. Isso pode valer mesmo se você também tiver menos de 18.
    Não importa quem mandou primeiro, nem se a pessoa um dia mandou para alguém. Mandar para uma pessoa não é um sim para todo mundo.
# Card 3: what to do if you receive one.
card-if-you-get-one =
    Se alguém mandar para você um nude ou uma imagem íntima de outra pessoa:
    Não encaminhe nem mostre para ninguém.
    Denuncie no app. Depois apague, e apague também da pasta de apagados recentemente (a lixeira).
    Não guarde uma cópia, nem como prova. Dá para denunciar sem ficar com a imagem.
    Conte para um adulto de confiança, para ele ajudar a impedir que a imagem se espalhe. Ele não deve colocar a culpa em você por ter recebido.
    Se um adulto ou um desconhecido mandar para você um nude de qualquer pessoa, isso também não está certo. Denuncie e conte para alguém.
# Card 4: you can say no; not your fault.
card-you-can-say-no =
    Ninguém tem o direito de pressionar você a mandar uma imagem. Nem o crush, nem quem você namora ou fica, nem amigo, nem desconhecido.
    Você pode dizer não, mesmo se já mandou antes. Dizer sim uma vez nunca quer dizer sim de novo.
    Se a sua imagem foi compartilhada sem o seu consentimento, a culpa não é sua. Quem compartilhou é quem está errado, mesmo que você tenha mandado para essa pessoa.
    Você não causou isso, e você pode receber ajuda.
# Card 5: Take It Down, reporting, and who to talk to.
card-getting-it-removed =
    Denuncie o post no app. Nudes de menores de 18 anos violam as regras dos apps, e os apps devem remover.
    O Take It Down (takeitdown.ncmec.org) é uma ferramenta gratuita do NCMEC. Ele ajuda a remover nudes de menores de 18 anos dos apps que participam.
    Ele cria um hash, uma impressão digital da imagem, no seu próprio aparelho. Só o hash é enviado, nunca a imagem.
    Converse com um adulto de confiança. Ou toque no botão Ajuda para encontrar pessoas no seu país que podem ajudar.

# Question: single choice about posting a funny photo of a friend.
q-funny-photo = Você tem uma foto engraçada de um amigo. O que você deve fazer antes de postar?
    .hint = De quem é o rosto na foto?
    .explanation = Pergunte antes. A foto de alguém também é, em parte, dessa pessoa. Se ela disser não, ou mudar de ideia depois, respeite.
# Answer option (right).
q-funny-photo-ask-them-first = Perguntar se pode postar.
    .feedback = Isso. Um rápido "Posso postar?" mostra respeito, e a maioria dos amigos vai dizer sim ou mostrar qual foto prefere.
# Answer option (wrong).
q-funny-photo-post-then-delete = Postar, e apagar se a pessoa não gostar.
    .feedback = Não é bem assim. Até lá, as pessoas podem ter visto ou salvado. Perguntar antes é mais fácil para vocês.
# Answer option (wrong).
q-funny-photo-tag-them = Marcar a pessoa para ela saber que está no ar.
    .feedback = Não é bem assim. Marcar avisa depois que já foi postado. Consentimento é perguntar antes.

# Question: a scenario about a private image in a group chat.
q-group-chat-image = O que você pode fazer com a imagem?
    .situation = Num grupo, alguém posta uma imagem íntima de uma garota do seu ano. As pessoas começam a mandar emojis rindo. Alguém diz: "Manda no outro grupo."
    .hint = Pense na garota da imagem. O que impediria que isso se espalhasse?
    .explanation = Não compartilhar, denunciar e contar para um adulto de confiança é a melhor atitude. Apagar e sair do grupo também é bom. Encaminhar espalha o estrago. Encaminhar ou salvar pode ser crime.
# Action (best).
q-group-chat-image-dont-share-report-tell = Não compartilhar. Denunciar no app, apagar e contar para um adulto de confiança.
    .feedback = Melhor atitude. Você ajuda a parar a circulação, e um adulto pode ajudar a tirar a imagem do ar. Receber não foi culpa sua, e contar foi a coisa certa.
# Action (also good).
q-group-chat-image-delete-and-leave-chat = Apagar e sair do grupo.
    .feedback = Boa atitude. Você não faz parte da circulação. Denunciar e contar para um adulto também ajudaria ela ainda mais.
# Action (not helpful).
q-group-chat-image-forward-to-warn = Encaminhar para ela, para ela saber que está circulando.
    .feedback = Não é bem assim. Mandar adiante, mesmo para ela, continua espalhando. Conte para ela com cuidado, em palavras, e conte para um adulto.
# Action (not helpful).
q-group-chat-image-save-just-in-case = Salvar uma cópia, caso alguém precise de prova.
    .feedback = Não é bem assim. Guardar uma cópia pode ser crime, e você não precisa dela para denunciar. Denuncie e depois apague.

# Question: choose all that apply, about why not to forward.
q-why-not-forward = Por que você nunca deve encaminhar um nude ou uma imagem íntima de alguém? Escolha todas as respostas que combinam.
    .hint = Pense na pessoa da imagem, na lei e no que acontece depois que você aperta enviar.
    .explanation = Machuca a pessoa, pode ser crime e, depois de enviada, a imagem pode se espalhar sem controle. Quem mandou primeiro ou o quanto já se espalhou não muda isso.
# Answer option (right reason).
q-why-not-forward-hurts-the-person = Machuca a pessoa da imagem.
    .feedback = Sim. Cada compartilhamento aumenta o sofrimento dela.
# Answer option (right reason).
q-why-not-forward-can-be-a-crime = Em muitos lugares, pode ser crime.
    .feedback = Sim. Compartilhar um nude de alguém com menos de 18 anos é crime em muitos países.
# Answer option (right reason).
q-why-not-forward-spreads-fast = Depois que você envia, não controla mais para onde vai.
    .feedback = Sim. Um encaminhamento pode virar centenas de cópias.
# Answer option (not a reason to share).
q-why-not-forward-fine-if-already-out = Tudo bem se muita gente já tem.
    .feedback = Não é bem assim. Cada novo compartilhamento continua machucando. Você pode ser quem para com isso.
# Answer option (not a reason to share).
q-why-not-forward-fine-if-they-sent-it = Tudo bem se a pessoa mandou para alguém primeiro.
    .feedback = Não é bem assim. Mandar para uma pessoa não é um sim para todo mundo.

# Question: put the steps in order.
q-received-steps = Alguém manda para você um nude de um colega de turma. Coloque estes passos em ordem. (Conte para um adulto de confiança a qualquer momento.)
    .hint = Qual passo precisa que a mensagem ainda esteja lá?
    .explanation = Primeiro, pare a circulação. Denuncie enquanto a mensagem ainda está lá, para o app poder agir. Depois apague, e apague também da pasta de apagados recentemente, para não sobrar nenhuma cópia.
# Step 1.
q-received-steps-dont-forward = Não encaminhar nem mostrar para ninguém
    .feedback = Primeiro, a imagem para em você. Isso protege quem está nela.
# Step 2.
q-received-steps-report-it = Denunciar a mensagem ou a conta no app
    .feedback = Denuncie enquanto ainda dá para ver, para o app poder agir.
# Step 3.
q-received-steps-delete-it = Apagar a imagem
    .feedback = Depois apague. Você não precisa guardar.
# Step 4.
q-received-steps-empty-deleted-folder = Apagar também da pasta de apagados recentemente
    .feedback = Por último, apague de lá também, para não sobrar nenhuma cópia no seu celular.

# Question: true or false about saying no after saying yes before.
q-said-yes-before = Se você já mandou uma foto para alguém antes, ainda pode dizer não da próxima vez.
    .hint = Um sim uma vez quer dizer sim para sempre?
    .explanation = Verdadeiro. Consentimento vale para cada vez. Você pode dizer não agora, não importa o que fez antes.
# Feedback if the teen picks "true" (right).
q-said-yes-before-true =
    .feedback = Isso. Você pode dizer não a qualquer momento. Quem continua insistindo não está respeitando você.
# Feedback if the teen picks "false" (wrong).
q-said-yes-before-false =
    .feedback = Não é bem assim. Ter mandado uma vez nunca obriga você a mandar de novo. Você sempre pode dizer não.

# Question: true or false about blame. The right answer is "false".
q-blame-for-sending = Se alguém compartilha a sua imagem íntima sem consentimento, você tem parte da culpa por ter mandado.
    .hint = Quem escolheu mostrar para outras pessoas?
    .explanation = Falso. A culpa não é sua. Quem compartilhou sem o seu consentimento é quem está errado. Você pode ter ajuda para tirar a imagem do ar.
# Feedback if the teen picks "true" (wrong).
q-blame-for-sending-true =
    .feedback = Não é bem assim. A culpa não é sua, mesmo que você tenha mandado para essa pessoa. Ela escolheu compartilhar. Você pode denunciar e pedir ajuda.
# Feedback if the teen picks "false" (right).
q-blame-for-sending-false =
    .feedback = Isso. A culpa é de quem compartilhou. Denuncie, conte para alguém de confiança e experimente o Take It Down.

# Question: single choice about how Take It Down works.
q-take-it-down-how = Como o Take It Down mantém a sua imagem privada?
    .hint = Pense no que os apps precisam para achar uma cópia sem ver a imagem.
    .explanation = O Take It Down cria um hash, uma impressão digital da imagem, no seu próprio aparelho. Só o hash é enviado. Os apps que participam usam o hash para achar e remover cópias.
# Answer option (right).
q-take-it-down-how-hash-leaves = Só uma impressão digital da imagem (um hash) sai do seu aparelho.
    .feedback = Isso. A imagem fica com você. O hash basta para achar cópias.
# Answer option (wrong).
q-take-it-down-how-image-uploaded = Você envia a imagem para uma equipe conferir.
    .feedback = Não é bem assim. Você nunca envia a imagem. Só o hash sai do seu aparelho.
# Answer option (wrong).
q-take-it-down-how-police-told = O seu nome é enviado para a polícia.
    .feedback = Não é bem assim. O Take It Down não precisa do seu nome. Só o hash é enviado.

# Question: a scenario about pressure to send an image.
q-pressure-to-send = O que você pode fazer?
    .situation = Faz algumas semanas que você conversa com alguém de quem você está a fim. A pessoa manda: "Todo mundo faz isso. Eu te mandaria uma. Se você gostasse de mim, me mandava uma foto."
    .hint = Gostar de alguém quer dizer fazer o que a pessoa pressiona você a fazer?
    .explanation = Dizer não com clareza é a melhor atitude. Parar de responder e contar para alguém de confiança também é bom. "Se você gostasse de mim" é pressão, e quem gosta de você aceita um não.
# Action (best).
q-pressure-to-send-say-no-clearly = Dizer não. "Não vou mandar isso." Eu não devo imagem nenhuma a ninguém.
    .feedback = Melhor atitude. Um não claro basta. Você não precisa dar motivo.
# Action (also good).
q-pressure-to-send-leave-and-tell = Parar de responder e conversar sobre isso com alguém de confiança.
    .feedback = Boa atitude. Você não precisa lidar com pressão sem apoio. Se continuar, você pode bloquear e denunciar.
# Action (not helpful).
q-pressure-to-send-send-to-keep-them = Mandar uma, para a pessoa não perder o interesse.
    .feedback = Não é bem assim. Quem vale a pena não pressiona você. Você pode dizer não e, se já mandou, ainda pode receber ajuda.
# Action (not helpful).
q-pressure-to-send-send-without-face = Mandar uma que não mostra o meu rosto.
    .feedback = Não é bem assim. Imagens ainda podem ser compartilhadas e ligadas a você. E você nunca tem que mandar nenhuma.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte: como é o consentimento na hora de compartilhar a foto de um amigo? Por que imagens íntimas se espalham tão rápido, e o que uma pessoa num grupo poderia fazer para parar isso? Lembre ao grupo que a culpa nunca é da pessoa que aparece na imagem.
