# SafeSteps — MIT OR Apache-2.0

### Lesson: Warning signs to notice (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Signs are clues, not proof. Never describe abuse. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Sinais para observar
# One line under the lesson name.
lesson-summary = Quais mudanças na criança vale a pena observar, o que elas podem ou não significar e como reagir com calma.

# Card 1: changes around devices, gifts and new contacts.
card-device-changes =
    Muitas vezes as crianças não dizem com palavras que algo está errado. Mudanças no jeito de agir podem ser pistas.
    Observe se surge um segredo novo em torno dos aparelhos. A criança pode esconder a tela, trocar de app rápido quando você chega, ou ter contas novas que você não conhecia.
    Repare em presentes novos, dinheiro, vales-presente ou moedas de jogo que ela não sabe explicar.
    Repare num "amigo" novo mais velho, ou de quem ela fala muito mas que você nunca conhece.
# Card 2: changes in mood and sleep.
card-mood-and-sleep =
    Outras mudanças têm a ver com o humor e o dia a dia.
    A criança pode se afastar da família ou dos amigos, ou parar de fazer coisas de que gostava.
    Pode parecer chateada, agitada, com raiva ou calada depois de ficar online, ou quando chega uma mensagem.
    Pode ficar muito nervosa se você fala em tirar o aparelho.
    O sono pode mudar. Ela pode ficar online tarde da noite, ou parecer cansada o tempo todo.
    Pode ter preocupações repentinas com o corpo, ou falar que sente vergonha.
# Card 3: what signs do and don't mean.
card-what-signs-mean =
    Um sinal é uma pista, não uma prova. Muitas dessas mudanças têm outras causas, como estresse na escola, uma briga com amigos, bullying ou a puberdade.
    Querer mais privacidade ao crescer também é normal.
    O que importa mais é uma mudança repentina, ou vários sinais juntos.
    Se a sua intuição diz que tem algo errado, vale uma conversa calma. Você não precisa de provas para perguntar como a criança está.
# Card 4: how to respond calmly; not the child's fault.
card-respond-calmly =
    Escolha um momento tranquilo, como uma caminhada ou um trajeto de carro. Lado a lado costuma ser mais fácil do que frente a frente.
    Diga o que você percebeu, sem culpar: "Percebi que, depois de ficar online, você tem parecido meio pra baixo. Estou aqui se estiver acontecendo alguma coisa."
    Faça perguntas abertas e escute mais do que fala.
    Evite tomar o celular ou fazer ameaças. Isso pode ensinar a criança a esconder as coisas.
    Se ela contar algo, agradeça. A culpa não é da criança, e ela precisa ouvir isso de você.
# Card 5: next steps and someone to talk to.
card-if-something-is-wrong =
    Se a criança contar que alguém pressionou, enganou ou ameaçou ela, fique ao lado dela e mantenha a calma.
    Guarde as mensagens e os nomes de usuário antes de bloquear qualquer pessoa. Depois denuncie a conta no app.
    As nossas outras lições explicam a denúncia com mais detalhes.
    Você não precisa lidar com isso sem apoio. Converse com alguém de confiança, ou toque em Ajuda para encontrar apoio no seu país.

# Question: multiple choice, "choose all that apply".
q-which-signs = Quais destas mudanças podem ser sinais de alerta que vale a pena observar? Escolha todas as respostas que combinam.
    .hint = Procure segredos, coisas que não têm explicação e mudanças de humor.
    .explanation = Esconder a tela, presentes sem explicação, um novo amigo mais velho e sofrimento depois de ficar online merecem atenção. Um jogo novo ou conversar com colegas de turma é parte normal de crescer.
# Answer option (worth noticing).
q-which-signs-hides-screen = Esconde a tela ou troca de app quando você chega perto
    .feedback = Sim. Um segredo novo em torno dos aparelhos merece atenção, principalmente se for repentino.
# Answer option (worth noticing).
q-which-signs-unexplained-gifts = Tem vales-presente ou moedas de jogo que não sabe explicar
    .feedback = Sim. Presentes podem ser usados para criar confiança e uma sensação de dívida.
# Answer option (worth noticing).
q-which-signs-older-friend = Fala muito sobre um amigo novo e mais velho da internet
    .feedback = Sim. Um "amigo" mais velho que você nunca conheceu merece uma pergunta calma.
# Answer option (worth noticing).
q-which-signs-upset-after-online = Parece chateada ou com medo depois de ficar online
    .feedback = Sim. Sofrimento depois de ficar online é uma pista de que algo pode estar errado.
# Answer option (usually normal).
q-which-signs-new-favourite-game = Tem um jogo favorito novo
    .feedback = Não é bem assim. Interesses novos são normais. Pergunte com curiosidade, não com preocupação.
# Answer option (usually normal).
q-which-signs-chats-with-classmates = Conversa com colegas de turma depois da escola
    .feedback = Não é bem assim. Manter contato com os amigos é uma parte saudável de estar online.

# Question: true or false about a single sign. The right answer is "false".
q-one-sign-proves = Um único sinal de alerta prova que a criança está sofrendo algum mal.
    .hint = Pense em outros motivos para o humor ou os hábitos de uma criança mudarem.
    .explanation = Um sinal sozinho é uma pista, não uma prova. Muitos sinais têm outras causas. Uma mudança repentina ou vários sinais juntos são motivo para uma conversa calma.
# Feedback if the caregiver picks "true" (wrong).
q-one-sign-proves-true =
    .feedback = Não é bem assim. Um sinal pode ter muitas causas, como estresse na escola ou a puberdade. É motivo para conversar com calma, não para imaginar o pior.
# Feedback if the caregiver picks "false" (right).
q-one-sign-proves-false =
    .feedback = Isso. Um sinal é uma pista. Observe, mantenha a calma e abra espaço para a criança falar.

# Question: a scenario. The situation is shown first, then the question.
q-several-changes = Qual é um bom primeiro passo?
    .situation = Nas últimas duas semanas, o seu filho ou a sua filha de 12 anos começou a levar o celular para a cama, esconde a tela quando você passa e demonstra tensão quando chegam mensagens.
    .hint = Várias mudanças juntas merecem ser conversadas. Como puxar o assunto para que a criança se sinta segura para falar?
    .explanation = Uma conversa calma e a sós, dizendo o que você percebeu, sem culpar, é o melhor primeiro passo. Deixar claro que você está sempre disponível também ajuda. Ler o celular na frente dela ou proibir a internet pode fazer ela esconder ainda mais.
# Action (best).
q-several-changes-calm-check-in = Escolher um momento tranquilo, dizer o que percebeu e fazer uma pergunta aberta.
    .feedback = Melhor escolha. Dizer o que você viu, sem culpar, mostra que você se importa e facilita a conversa.
# Action (also good).
q-several-changes-open-door = Dizer que ela pode procurar você para falar de qualquer coisa, e que não vai ser castigada por contar.
    .feedback = Boa escolha. O medo de castigo muitas vezes impede as crianças de contar, então dizer isso em voz alta ajuda.
# Action (not helpful).
q-several-changes-read-phone-in-front = Pegar o celular e ler todas as mensagens na frente dela.
    .feedback = Isso pode parecer castigo e causar vergonha. A criança pode se fechar ou achar jeitos de esconder as coisas.
# Action (not helpful).
q-several-changes-ban-internet = Proibir a internet até ela explicar.
    .feedback = Proibições podem parecer castigo por algo que talvez não seja culpa dela. As crianças muitas vezes param de falar quando têm medo de perder o acesso.

# Question: sort things a caregiver might say into two groups.
q-what-to-say = A criança acabou de contar algo preocupante para você. Classifique o que você poderia dizer.
    .hint = Quais palavras mostram que você está do lado dela?
    .explanation = Agradecer, tranquilizar e mostrar parceria ajudam a criança a continuar falando. Culpa, perguntas com "por quê" e ameaças podem fazer ela se fechar, mesmo quando você está com medo.
# Group name.
q-what-to-say-helps-them-talk = Ajuda a continuar falando
# Group name.
q-what-to-say-shuts-them-down = Pode fazer a criança se fechar
# Item to sort (helps).
q-what-to-say-thanks-for-telling = "Que bom que você me contou."
    .feedback = Agradecer mostra que contar foi a coisa certa.
# Item to sort (helps).
q-what-to-say-not-angry = "Não estou com raiva de você. A culpa não é sua."
    .feedback = Muitas vezes, o que as crianças mais temem é a raiva. Deixar isso claro ajuda a criança a relaxar e contar mais.
# Item to sort (helps).
q-what-to-say-work-it-out-together = "A gente vai decidir junto o que fazer."
    .feedback = Fazer isso em conjunto devolve à criança um pouco de controle.
# Item to sort (shuts down).
q-what-to-say-why-not-sooner = "Por que você não me contou antes?"
    .feedback = Isso pode soar como culpa. Muitas crianças esperam porque sentem medo ou vergonha.
# Item to sort (shuts down).
q-what-to-say-what-were-you-thinking = "Onde você estava com a cabeça?"
    .feedback = Isso coloca a culpa na criança. Quem enganou a criança é o responsável.
# Item to sort (shuts down).
q-what-to-say-no-phone-ever = "Chega. Nunca mais celular."
    .feedback = O medo de perder o celular é um motivo comum para as crianças ficarem caladas. Isso pode impedir que ela conte da próxima vez.

# Question: put the steps in order.
q-when-they-tell = A criança conta que alguém na internet está pressionando ela. Coloque estes passos numa ordem que ajude.
    .hint = A criança vem primeiro. O que você poderia perder se bloqueasse a conta cedo demais?
    .explanation = Primeiro escute com calma, depois agradeça e tranquilize. Guarde as provas antes de denunciar e bloquear, para nada se perder. Depois busque apoio para a criança e para você.
# Step 1.
q-when-they-tell-listen-calmly = Escutar com calma, sem interromper
    .feedback = Escutar primeiro mostra à criança que ela está em segurança com você.
# Step 2.
q-when-they-tell-thank-and-reassure = Agradecer e dizer que a culpa não é dela
    .feedback = Tranquilizar logo no começo ajuda a aliviar o medo e a vergonha.
# Step 3.
q-when-they-tell-save-evidence = Guardar mensagens, nomes de usuário e links de perfil
    .feedback = Guarde as provas antes que algo seja bloqueado ou apagado.
# Step 4.
q-when-they-tell-report-and-block = Denunciar a conta no app, depois bloquear
    .feedback = Denuncie enquanto ainda consegue ver a conta, depois bloqueie.
# Step 5.
q-when-they-tell-get-support = Buscar apoio para a criança e para você
    .feedback = O apoio ajuda vocês a enfrentar a situação. Toque em Ajuda para encontrar serviços no seu país.

# Question: single choice about a gift card from an older online friend.
q-gift-card = Você encontra um vale-presente no quarto do seu filho ou da sua filha de 10 anos. A criança diz que foi um amigo de 19 anos de um jogo que mandou. O que isso mais provavelmente pede?
    .hint = Isso é uma pista ou uma prova? O que ajudaria você a saber mais?
    .explanation = Um presente sem explicação de um amigo mais velho da internet merece uma conversa calma. Não é prova de que algo ruim aconteceu, mas também não deve ser ignorado.
# Answer option (right).
q-gift-card-worth-a-chat = Uma conversa calma sobre esse amigo e como eles se conheceram
    .feedback = Sim. Pergunte com curiosidade, não com culpa. Descubra mais antes de decidir o que fazer.
# Answer option (wrong).
q-gift-card-nothing-to-see = Nada. Presentes entre gamers são normais.
    .feedback = Não é bem assim. Presentes de uma pessoa mais velha que a criança conheceu na internet merecem uma pergunta.
# Answer option (wrong).
q-gift-card-proof-of-abuse = Uma prova de que a criança está sofrendo abuso
    .feedback = Não é bem assim. É uma pista, não uma prova. Uma conversa calma vai dizer mais.

# Question: true or false about privacy. The right answer is "true".
q-privacy-is-normal = Querer mais privacidade ao crescer é normal.
    .hint = Lembre de como você se sentia sobre privacidade no começo da adolescência.
    .explanation = Sim. Mais privacidade é parte normal de crescer. O que merece atenção é um segredo repentino junto com outras mudanças.
# Feedback if the caregiver picks "true" (right).
q-privacy-is-normal-true =
    .feedback = Isso. A privacidade, sozinha, é saudável. Observe mudanças repentinas ou vários sinais juntos.
# Feedback if the caregiver picks "false" (wrong).
q-privacy-is-normal-false =
    .feedback = Não é bem assim. Querer privacidade é parte normal de crescer. Vira motivo de preocupação quando é repentino ou vem junto com outras mudanças.

# Question: single choice about why staying calm matters.
q-why-stay-calm = Por que é tão importante manter a calma quando a criança conta alguma coisa?
    .hint = Pense no longo prazo, não só neste momento.
    .explanation = A sua reação decide se a criança vai contar para você da próxima vez. Manter a calma não quer dizer não fazer nada; quer dizer agir sem culpar.
# Answer option (right).
q-why-stay-calm-tell-again = A sua reação influencia se ela vai contar para você da próxima vez.
    .feedback = Sim. Uma reação calma e agradecida ensina à criança que contar para você é seguro.
# Answer option (wrong).
q-why-stay-calm-not-serious = Porque a maioria dos problemas na internet não é grave.
    .feedback = Não é bem assim. Alguns problemas são graves. A calma ajuda você a lidar bem com eles.
# Answer option (wrong).
q-why-stay-calm-avoid-action = Para você não precisar fazer nada.
    .feedback = Não é bem assim. A calma tem a ver com o jeito de reagir. Você ainda pode guardar provas, denunciar e buscar ajuda.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Experimente dizer: "Ultimamente você parece meio pra baixo depois de ficar online. Não estou com raiva de você. Tem alguma coisa te preocupando?" Depois espere, escute e agradeça pelo que a criança contar.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte ao grupo: quais sinais podem ter uma causa do dia a dia, e quais, juntos, acenderiam um alerta? Pratiquem em duplas uma frase calma para começar a conversa, e conversem sobre por que a culpa faz as crianças pararem de contar.
