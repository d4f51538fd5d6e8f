# SafeSteps — MIT OR Apache-2.0

### SafeSteps interface text (Brazilian Portuguese, translated from English).
### Message ids start with the screen or module they belong to. Keep { $variables } as they are.

## Brand

# The app's name. Do not translate unless the app is published under another name in your language.
app-name = { -brand-name }

## Fallbacks

# Shown in place of a piece of text that is missing in every language (should never happen).
text-missing = (Este texto ainda não está disponível.)

## Quiz

# Above each question. Variables: $current (the question's number), $total (how many questions).
quiz-progress = Pergunta { $current } de { $total }

# The answer button for "this statement is true" in a true-or-false question.
quiz-true = Verdadeiro
# The answer button for "this statement is false" in a true-or-false question.
quiz-false = Falso

## Who a profile or lesson is for

# Age band of young children, shown when choosing a profile and on lesson cards.
band-explorers = De 5 a 8 anos
# Age band of older children.
band-navigators = De 9 a 12 anos
# Age band of teenagers.
band-teens = De 13 a 17 anos
# Lessons and profiles for parents, carers and other caregivers.
band-caregivers = Pais e responsáveis
# Profiles for teachers and trainers who run sessions with a group.
band-trainers = Professores e educadores

## Lesson topics (shown as a label on each lesson card)

# Topic: keeping personal information private.
topic-privacy = Privacidade
# Topic: recognising when someone online is trying to win a child's trust to harm them.
topic-grooming = Sinais de alerta
# Topic: when someone threatens to share private pictures unless you pay or send more.
topic-sextortion = Ameaças e pressão
# Topic: the grown-ups a child can go to, their safety circle.
topic-trusted-adults = Adultos de confiança
# Topic: secrets that feel bad and are for telling.
topic-secrets = Segredos e sentimentos
# Topic: when something online feels wrong or upsetting, and what to do.
topic-feeling-unsafe = Quando algo parece errado
# Topic: being kind online, and unkind behaviour.
topic-kindness = Gentileza na internet
# Topic: passwords and accounts.
topic-passwords = Senhas
# Topic: privacy settings in apps and games.
topic-settings = Configurações
# Topic: people met online compared with people known in real life.
topic-online-friends = Amigos da internet
# Topic: photos and videos, and asking before sharing them.
topic-images = Imagens e consentimento
# Topic: blocking and reporting people and content.
topic-blocking-reporting = Bloquear e denunciar
# Topic: bullying online and standing up for others.
topic-cyberbullying = Bullying na internet
# Topic: where and how to get help.
topic-getting-help = Como pedir ajuda
# Topic: what you post and leave behind online (digital footprint).
topic-footprint = Pegada digital
# Topic: pressure and control in dating or close relationships.
topic-relationships = Relacionamentos e pressão
# Topic: live video streaming.
topic-livestreaming = Transmissões ao vivo
# Topic: helping a friend who is in trouble online.
topic-helping-friends = Ajudar um amigo
# Topic (caregivers): how children are approached and targeted online.
topic-targeting = Como as crianças são abordadas
# Topic (caregivers): signs that a child may be in trouble online.
topic-warning-signs = Sinais para observar
# Topic (caregivers): talking with children about online life.
topic-talking = Conversar juntos
# Topic (caregivers): settings and supervision that respect the child.
topic-supervision = Configurações e supervisão
# Topic (caregivers): reporting and finding support.
topic-reporting = Denúncia e apoio

## Language picker

# Shown beside a language whose translation was made with machine help and not yet checked by a native speaker.
locale-status-machine-assisted = Tradução feita com ajuda de máquina, ainda não revisada
# Shown beside a language where some text still appears in English.
locale-status-partial = Tradução parcial

## Saving progress

# Shown once after the progress file could not be read and a new one was started. The old file is kept.
store-recovered-notice = Não conseguimos ler o seu progresso salvo, então começamos do zero. Seu arquivo antigo foi guardado com segurança, e um adulto pode pedir ajuda para recuperá-lo.
# Shown when the saved progress comes from a newer version of the app.
store-newer-version = Seu progresso foi salvo por uma versão mais nova do { -brand-name }. Por favor, atualize o app. Nada foi alterado.
# Shown when progress can only be kept in memory (for example in a private browser window).
store-memory-only-notice = O progresso não vai ficar salvo neste aparelho. Mesmo assim, você pode fazer todas as lições.
# Shown when the lessons' text in the chosen language could not be fetched (the web app carries only English inside).
lesson-pack-failed-notice = Ainda não foi possível carregar as lições neste idioma, então por enquanto elas aparecem em inglês. Conecte-se à internet e abra o app de novo.

## The frame around every screen

# A link for keyboard and screen-reader users that jumps past the top bar to the screen's content.
shell-skip-to-content = Pular para o conteúdo
# Label of the navigation area in the top bar (read by screen readers).
shell-nav-label = Principal
# Top-bar link to the settings screen.
shell-settings = Configurações
# Text of the help button that is always visible at the bottom of every screen. Keep it very short.
help-button = Ajuda
# Full label of the help button for screen readers.
help-button-label = Ajuda: o que fazer e com quem conversar
# Button that opens the technical details of a problem (for an adult or a bug report).
notice-details = Detalhes
# Button that hides a notice.
notice-dismiss = Fechar

## Saving progress (problems)

# Shown when something could not be saved; the lesson can go on.
store-save-failed = Não foi possível salvar isso neste aparelho. Você pode continuar; um adulto pode ver os detalhes.
# Shown when saved progress could not be read.
store-read-failed = Não foi possível ler o seu progresso salvo agora. Você pode continuar; um adulto pode ver os detalhes.

## Welcome (first run): choose a language

# Title of the first screen.
welcome-title = Boas-vindas ao { -brand-name }
# Under the title of the first screen.
welcome-intro = Lições curtas e quizzes sobre segurança na internet, para crianças, adolescentes e os adultos que cuidam deles.
# Heading above the list of languages.
welcome-choose-language = Escolha o seu idioma
# Reassurance about privacy on the first screen.
welcome-privacy = Tudo fica neste aparelho. Nunca pedimos o seu nome verdadeiro, a sua data de nascimento nem onde você mora.

## Create a profile

# Title of the screen where a profile is made.
profile-title = Crie o seu perfil
# Label of the nickname field.
profile-nickname-label = Apelido
# Help under the nickname field.
profile-nickname-help = O melhor é um nome inventado. Não use o seu nome completo de verdade.
# Heading of the avatar choices.
profile-avatar-label = Escolha uma imagem
# Heading of the choice of age band or role.
profile-audience-label = Para quem é este perfil?
# Choice: a child aged 5 to 8.
profile-audience-explorers = Tenho de 5 a 8 anos
# Choice: a child aged 9 to 12.
profile-audience-navigators = Tenho de 9 a 12 anos
# Choice: a teenager aged 13 to 17.
profile-audience-teens = Tenho de 13 a 17 anos
# Choice: a parent, grandparent or other carer.
profile-audience-caregivers = Sou mãe, pai ou responsável
# Choice: a teacher or trainer running sessions with a group.
profile-audience-trainers = Sou professor(a) ou educador(a)
# Button that saves the new profile.
profile-save = Começar
# Shown when no age band or role was chosen.
profile-error-no-audience = Por favor, escolha para quem é este perfil.
# Shown when the nickname is empty.
profile-error-empty-nickname = Por favor, digite um apelido.
# Shown when the nickname is too long.
profile-error-nickname-too-long = Esse apelido é muito comprido. Por favor, use no máximo 24 letras.
# Shown when the nickname has invisible characters.
profile-error-nickname-characters = Esse apelido tem caracteres que não conseguimos mostrar. Por favor, digite de novo.
# Shown for any other problem with the profile.
profile-error-other = Não foi possível salvar alguma coisa no perfil. Por favor, tente de novo.

## Avatars (read by screen readers)

# Avatar picture: a fox.
avatar-fox = Raposa
# Avatar picture: an owl.
avatar-owl = Coruja
# Avatar picture: a cat.
avatar-cat = Gato
# Avatar picture: a turtle.
avatar-turtle = Tartaruga
# Avatar picture: a rabbit.
avatar-rabbit = Coelho
# Avatar picture: a bear.
avatar-bear = Urso
# Avatar picture: a robot.
avatar-robot = Robô
# Avatar picture: a star.
avatar-star = Estrela

## Home

# Greeting on the home screen. Variables: $name (the profile's nickname).
home-greeting = Oi, { $name }!
# Shown on the home screen when no profile exists yet.
home-no-profile = Primeiro, vamos criar o seu perfil.
# Button to start making a profile.
home-start = Começar
# Heading of the links to lessons for other ages.
home-other-bands = Lições para outras idades
# A lesson that has not been opened yet.
lesson-status-not-started = Não iniciada
# A lesson that was opened but not finished.
lesson-status-in-progress = Em andamento
# A lesson that was finished.
lesson-status-done = Concluída
# A lesson finished with at least 80% right on the first try.
lesson-status-mastered = Dominada
# How long a lesson takes. Variables: $minutes (a number).
lesson-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}

## Lesson cards

# Screen-reader label of the progress dots. Variables: $current (card number), $total (how many cards).
lesson-card-position = Cartão { $current } de { $total }
# Button to go back one card.
lesson-back = Voltar
# Button to go to the next card.
lesson-next = Próximo
# Button on the last card that starts the questions.
lesson-start-quiz = Começar as perguntas
# Shown when a link points to a lesson that does not exist.
lesson-not-found = Não encontramos essa lição.

## Quiz

# Button that checks the answer.
quiz-check = Conferir minha resposta
# Button that shows a hint.
quiz-show-hint = Mostrar uma dica
# Label before the hint text.
quiz-hint-label = Dica:
# Shown before answering again after a first wrong try.
quiz-second-try = Tente mais uma vez.
# Help for a multiple-choice question.
quiz-choose-all = Escolha todas as respostas que combinam.
# How to answer a single-choice question (shown until an answer is chosen).
quiz-how-single-choice = Toque na resposta que você escolher.
# How to answer a multiple-choice question.
quiz-how-multiple-choice = Toque em todas as respostas que combinam.
# How to answer a true-or-false question.
quiz-how-true-false = Toque em Verdadeiro ou Falso.
# How to answer a "what would you do" question.
quiz-how-scenario = Toque no que você faria.
# How to answer a sorting question.
quiz-how-sort-into-groups = Coloque cada item em um grupo.
# How to answer an ordering question.
quiz-how-order-steps = Coloque todos os passos em ordem.
# Instructions for sorting items into groups by tapping.
quiz-sort-how = Toque em um item e depois toque no grupo onde ele deve ficar.
# Screen-reader label of the list of items not yet sorted.
quiz-sort-tray = Itens para organizar
# Button in a group that places the chosen item there.
quiz-place-here = Colocar aqui
# Screen-reader hint on a placed item: tapping it takes it out again.
quiz-take-out = (toque para tirar)
# Instructions for putting steps in order by tapping.
quiz-order-how = Toque nos passos na ordem em que você faria cada um.
# Screen-reader label of the steps already put in order.
quiz-order-list = A sua ordem
# Screen-reader label of the steps not yet placed.
quiz-order-tray = Passos para colocar
# Heading of the feedback when the answer is right.
quiz-verdict-correct = Isso mesmo, está certo!
# Heading of the feedback when part of the answer is right.
quiz-verdict-partial = Uma parte está certa.
# Heading of the feedback when the answer is not right. Kind, never shaming.
quiz-verdict-incorrect = Não é bem isso. Veja por quê.
# Heading above the ranked list of actions in a "what would you do" question.
quiz-ranking-title = Da melhor escolha para a menos indicada:
# Marks the action the learner chose.
quiz-your-choice = (sua escolha)
# Label before the right answer, shown after the last try.
quiz-solution-label = A resposta:
# Button to answer the same question again.
quiz-try-again = Tentar de novo
# Button to go to the next question.
quiz-next-question = Próxima pergunta
# Button after the last question.
quiz-see-results = Ver como você foi

## Results

# Title of the results screen.
results-title = Parabéns por terminar!
# The score. Variables: $score (questions right), $total (how many questions).
results-score = Você acertou { $score } de { $total }.
# Shown when at least 80% were right on the first try.
results-mastered = Você dominou esta lição.
# Shown otherwise. Encouraging.
results-not-mastered = Você pode voltar a esta lição quando quiser para praticar.
# Heading of the questions to look at again.
results-review-title = Perguntas para ver de novo
# Heading of the "talk together" prompt for a child and their grown-up.
results-talk-together = Conversem juntos
# Heading of the conversation starter in caregiver lessons.
results-talk-together-caregivers = Experimente isto com seu filho ou sua filha
# Heading of the discussion prompt for teachers and trainers.
results-trainer-prompt = Para o seu grupo
# Heading: there is always someone to talk to.
results-someone-title = Alguém para conversar
# Body under that heading.
results-someone-body = Se alguma coisa na internet preocupar você, conte para um adulto em quem você confia. A tela de Ajuda tem mais ideias.
# Button to the Help screen.
results-open-help = Abrir a Ajuda
# Button back to the home screen.
results-home = Voltar para minhas lições

## Help

# Title of the Help screen.
help-title = Ajuda
# First line of the Help screen.
help-never-your-fault = Se alguma coisa na internet chateou você ou deu errado, a culpa nunca é sua. Você pode pedir ajuda.
# Heading of the steps.
help-steps-title = O que fazer
# Step 1.
help-step-stop = Pare. Você não precisa continuar olhando nem continuar conversando.
# Step 2.
help-step-dont-reply = Não responda a mensagens que chateiam ou pressionam você.
# Step 3.
help-step-save = Guarde o que aconteceu: tire print das mensagens e dos nomes de usuário. Não encaminhe nem espalhe essas mensagens.
# Step 4.
help-step-block = Bloqueie a pessoa.
# Step 5.
help-step-report = Denuncie no app ou no jogo.
# Step 6.
help-step-tell = Conte para um adulto em quem você confia. Essa pessoa deve ajudar você, e não colocar a culpa em você.
# Heading: people to talk to.
help-someone-title = Alguém para conversar
# Who a trusted adult can be.
help-trusted-adult = Um adulto de confiança pode ser sua mãe, seu pai ou responsável, outra pessoa da família, um professor ou o orientador da escola.
# What to do in danger.
help-emergency = Se você estiver em perigo agora, ligue para o número de emergência da sua região.
# Heading of the helplines part.
help-helplines-title = Canais de ajuda para crianças
# Body of the helplines part.
help-helplines-body = A maioria dos países tem um canal de ajuda gratuito para crianças e jovens. A Child Helpline International lista esses canais por país.
# Link text to Child Helpline International's directory.
help-helplines-link = Encontre um canal de ajuda no seu país (childhelplineinternational.org)
# Where the helpline information comes from and when it was checked.
help-helplines-source = Fonte: Child Helpline International, verificado em 22 de novembro de 2026.

## Help: quick exit

# A button on Help and on lessons about abuse, for a child who is not alone: it replaces the app at once with a blank page. Keep it very short.
quick-exit = Sair rápido
# What the quick exit button does: its tooltip, and its description for screen readers.
quick-exit-label = Sair rápido: fechar este app agora e mostrar uma página em branco

## Help: what to do now (step lists; each line of a list is one step, keep one step per line)

# Heading above the situations.
help-now-title = O que fazer agora
# Under that heading.
help-now-intro = Toque no que está acontecendo. Vá um passo de cada vez.
# Situation title for ages 5–8: someone asks for pictures of their body, or says scary things.
help-now-pictures-explorers-title = Alguém pede fotos minhas ou me dá medo
# Steps for ages 5–8. One step per line.
help-now-pictures-explorers =
    Pare. Você pode dizer não.
    Não mande nenhuma foto.
    Saia do jogo ou do chat.
    Conte agora para um adulto do seu círculo de segurança.
    A culpa não é sua. Você fez a coisa certa ao contar.
# Situation title for ages 9–12: someone asks for pictures or threatens them.
help-now-pictures-navigators-title = Alguém está me pedindo fotos ou me ameaçando
# Steps for ages 9–12. One step per line.
help-now-pictures-navigators =
    A culpa não é sua, mesmo que você já tenha mandado alguma coisa.
    Pare de responder. Não mande nada e não pague.
    Guarde as mensagens. Tire print e anote o nome de usuário.
    Bloqueie e denuncie a conta no app.
    Conte hoje para um adulto em quem você confia. Essa pessoa deve ajudar você, e não colocar a culpa em você.
# Situation title for ages 13–17: sextortion (pictures asked for, threats to share them, demands for money or more).
help-now-pictures-teens-title = Alguém está me pedindo fotos ou me ameaçando
# Steps for ages 13–17 (sextortion). One step per line.
help-now-pictures-teens =
    Isso é crime e a culpa não é sua, mesmo que você tenha compartilhado algo ou já tenha pagado.
    Não pague e não mande mais nada. Pare de responder.
    Guarde as provas: prints, nomes de usuário, links. Não apague sua conta ainda.
    Denuncie a conta no app, e também à CyberTipline ou à polícia da sua cidade.
    O Take It Down (takeitdown.ncmec.org) pode ajudar a remover imagens; só um código da imagem sai do seu aparelho.
    Conte para alguém em quem você confia, ou ligue para um canal de ajuda abaixo. Não é tarde demais para pedir ajuda.
# Situation title for caregivers: their child is being asked for pictures or threatened (sextortion).
help-now-pictures-caregivers-title = Meu filho ou minha filha está recebendo pedidos de fotos ou ameaças
# Steps for caregivers. One step per line.
help-now-pictures-caregivers =
    Mantenha a calma. Agradeça ao seu filho ou à sua filha por contar, e diga que a culpa não é dele ou dela.
    Não pague e não responda à pessoa. Pagar raramente faz as ameaças pararem.
    Guarde as provas: prints, nomes de usuário, links. Não encaminhe nenhuma imagem.
    Denuncie a conta na plataforma, e também à CyberTipline ou à polícia da sua cidade.
    Use o Take It Down (takeitdown.ncmec.org) para ajudar a remover imagens do seu filho ou da sua filha.
    Fique por perto. Ligue para um canal de ajuda abaixo se você ou seu filho ou sua filha precisarem de apoio.
# Situation title for ages 5–8: someone online makes them feel funny or uncomfortable.
help-now-uncomfortable-explorers-title = Alguém na internet me dá uma sensação estranha ou me chateia
# Steps for ages 5–8. One step per line.
help-now-uncomfortable-explorers =
    Pare e feche o jogo ou o vídeo.
    Você não precisa responder.
    Vá até um adulto do seu círculo de segurança.
    Diga: "Preciso te contar uma coisa."
    Você não fez nada de errado. Contar é coisa de gente corajosa.
# Situation title for ages 9–12: someone online makes them uncomfortable.
help-now-uncomfortable-navigators-title = Alguém na internet me deixa desconfortável
# Steps for ages 9–12. One step per line.
help-now-uncomfortable-navigators =
    Confie no que você sente. Você pode parar de conversar quando quiser.
    Não vá para um chat privado e não conte onde você está.
    Guarde as mensagens em prints.
    Bloqueie e denuncie a pessoa.
    Conte para um adulto em quem você confia o que aconteceu.
# Situation title for ages 13–17: someone online makes them uncomfortable (pressure, flattery, secrets).
help-now-uncomfortable-teens-title = Alguém na internet me deixa desconfortável
# Steps for ages 13–17. One step per line.
help-now-uncomfortable-teens =
    Vale a pena dar ouvidos a esse desconforto. Você não deve resposta a ninguém.
    Fique de olho na pressão: presentes, segredos, pedir para mudar de app, pedir fotos.
    Guarde prints da conversa e do perfil.
    Bloqueie e denuncie a conta.
    Converse com alguém em quem você confia, ou ligue para um canal de ajuda abaixo.
# Situation title for caregivers: someone online is making their child uncomfortable.
help-now-uncomfortable-caregivers-title = Alguém na internet está deixando meu filho ou minha filha desconfortável
# Steps for caregivers. One step per line.
help-now-uncomfortable-caregivers =
    Primeiro escute e mantenha a calma. Sua reação decide se seu filho ou sua filha vai contar para você da próxima vez.
    Não tire o celular como castigo.
    Tirem juntos prints das mensagens e do perfil.
    Bloqueiem e denunciem a conta juntos.
    Se um adulto pediu segredo, fotos ou um encontro, denuncie à polícia.
# Situation title for ages 5–8: a friend told them something worrying.
help-now-friend-explorers-title = Meu amigo ou minha amiga me contou algo que me preocupa
# Steps for ages 5–8. One step per line.
help-now-friend-explorers =
    Que bom que você escutou. Isso é amizade de verdade.
    Alguns segredos são para contar.
    Conte para um adulto do seu círculo de segurança.
    Contar ajuda seu amigo ou sua amiga a receber ajuda.
# Situation title for ages 9–12: a friend told them something worrying.
help-now-friend-navigators-title = Um amigo ou uma amiga me contou algo preocupante
# Steps for ages 9–12. One step per line.
help-now-friend-navigators =
    Escute e diga que a culpa não é dele ou dela.
    Não compartilhe as fotos ou mensagens dessa pessoa com ninguém.
    Conte para um adulto em quem você confia, mesmo que seu amigo ou sua amiga tenha pedido para você guardar segredo.
    Continue do lado dessa pessoa.
# Situation title for ages 13–17: a friend told them something worrying.
help-now-friend-teens-title = Um amigo ou uma amiga me contou algo preocupante
# Steps for ages 13–17. One step per line.
help-now-friend-teens =
    Escute sem julgar. Diga que a culpa não é dele ou dela.
    Nunca encaminhe imagens ou mensagens dessa pessoa, nem para ajudar.
    Incentive a pessoa a contar para um adulto de confiança, e se ofereça para ir junto.
    Se a pessoa estiver em perigo, conte você para um adulto. Isso não é traição.
    Cuide de você também. Você pode ligar para um canal de ajuda abaixo.
# Situation title for caregivers: their child's friend told their child something worrying.
help-now-friend-caregivers-title = Meu filho ou minha filha me contou algo preocupante que aconteceu com um amigo ou uma amiga
# Steps for caregivers. One step per line.
help-now-friend-caregivers =
    Agradeça ao seu filho ou à sua filha por ter contado. Foi a coisa certa a fazer.
    Não peça nem olhe nenhuma imagem.
    Converse com calma com a família ou os responsáveis dessa criança, ou com a escola.
    Se alguma criança puder estar em risco, denuncie a um canal de ajuda ou à polícia.
# Situation title for ages 5–8: they saw something upsetting.
help-now-saw-explorers-title = Vi uma coisa que me chateou
# Steps for ages 5–8. One step per line.
help-now-saw-explorers =
    Feche ou vire a tela para baixo.
    Você não fez nada de errado.
    Conte para um adulto o que você viu.
    Façam juntos alguma coisa tranquila.
# Situation title for ages 9–12: they saw something upsetting.
help-now-saw-navigators-title = Vi algo que me abalou
# Steps for ages 9–12. One step per line.
help-now-saw-navigators =
    Feche. Você não precisa continuar olhando.
    Não compartilhe com ninguém.
    Denuncie no app.
    Converse com um adulto em quem você confia sobre como você se sente.
# Situation title for ages 13–17: they saw something upsetting.
help-now-saw-teens-title = Vi algo que me abalou
# Steps for ages 13–17. One step per line.
help-now-saw-teens =
    Feche. Você não precisa continuar olhando.
    Não compartilhe nem encaminhe, nem como aviso.
    Denuncie na plataforma. Se mostrar uma criança sendo machucada, denuncie à CyberTipline ou à polícia.
    Converse com alguém em quem você confia se isso não sair da sua cabeça.
# Situation title for caregivers: their child saw something upsetting.
help-now-saw-caregivers-title = Meu filho ou minha filha viu algo perturbador
# Steps for caregivers. One step per line.
help-now-saw-caregivers =
    Mantenha a calma e agradeça por ter contado. A culpa não é dele ou dela.
    Pergunte o que a criança viu e como está se sentindo, sem colocar a culpa nela.
    Denuncie na plataforma. Denuncie imagens de abuso infantil à polícia ou à CyberTipline; não compartilhe essas imagens.
    Volte a perguntar como está nos próximos dias.

## Help: contacts in your country

# Label of the country picker on Help and in Settings.
help-country-label = Seu país
# The country picker's first choice, when no country is chosen yet.
help-country-choose = Escolha seu país
# In the country picker: the user's country is not in the list.
help-country-other = Meu país não está na lista
# Heading above the chosen country's contacts. Variable: $country (the country's name).
help-contacts-title = Quem pode ajudar: { $country }
# Shown when no country is chosen, or the country has no checked line in the app.
help-contacts-none = Ainda não temos um canal de ajuda verificado para este país. Siga os passos desta tela e procure um canal na lista da Child Helpline International, abaixo.
# Tag on a contact: someone to talk to.
help-purpose-talk = Conversar com alguém
# Tag on a contact: a place to report abuse.
help-purpose-report = Denunciar abuso
# Tag on a contact: emergencies.
help-purpose-emergency = Emergência
# Tag on a contact: getting pictures removed from the internet.
help-purpose-remove-images = Remover fotos
# Button on a contact. Variable: $number (the phone number).
help-call = Ligar para { $number }
# Button on a contact. Variable: $number (a number that takes text messages).
help-text = Enviar SMS para { $number }
# Button on a contact that takes a keyword by text message. Variables: $keyword (the word to send), $number.
help-text-keyword = Enviar { $keyword } por SMS para { $number }
# Button on a contact that answers on WhatsApp. Variable: $number.
help-whatsapp = Falar pelo WhatsApp: { $number }
# Link to a contact's website or online form.
help-website = Abrir o site
# When a contact answers.
help-hours-always = Funciona 24 horas, todos os dias
# What a contact costs.
help-cost-free = Gratuito
# Under each contact: the source and the day it was checked. Variables: $source (a web address), $date (a date, year-month-day).
help-check-number = Confira se este número serve para você. Fonte: { $source }, verificado em { $date }.

## Help: my safety circle

# Heading of the safety circle on Help.
circle-title = Meu círculo de segurança
# Under the heading.
circle-intro = Escreva o primeiro nome de até cinco adultos em quem você confia. Eles ficam só neste aparelho.
# When the circle is empty.
circle-empty = Ninguém ainda. Adicione um adulto em quem você confia.
# Label of the name field.
circle-name-label = Primeiro nome ou apelido
# Button that adds the name.
circle-add = Adicionar ao meu círculo
# Button that removes a name, for screen readers. Variable: $name.
circle-remove = Remover { $name }
# When the circle already has five names.
circle-full = Seu círculo já tem cinco pessoas. Remova uma para adicionar outra.
# When the name is empty or too long.
circle-name-invalid = Escreva um nome de 1 a 30 letras.
# When there is no profile yet.
circle-no-profile = Crie um perfil primeiro; depois você pode guardar seu círculo de segurança aqui.
# Heading at the end of lessons about telling someone.
circle-results-title = Para quem você pode contar
# Before the names at the end of those lessons.
circle-results-body = Você pode contar para qualquer pessoa do seu círculo de segurança:
# At the end of those lessons, when the circle is empty.
circle-results-add = Adicione os adultos em quem você confia ao seu círculo de segurança na tela de Ajuda.

## Country names (in the country picker)

# A country's name.
country-bo = Bolívia
# A country's name.
country-br = Brasil
# A country's name.
country-ec = Equador
# A country's name.
country-fr = França
# A country's name.
country-gb = Reino Unido
# A country's name.
country-gt = Guatemala
# A country's name.
country-id = Indonésia
# A country's name.
country-in = Índia
# A country's name.
country-ke = Quênia
# A country's name.
country-mx = México
# A country's name.
country-ph = Filipinas
# A country's name.
country-us = Estados Unidos

## For grown-ups: the gate

# Heading of the question that keeps young children out of the family pages.
gate-title = Para os adultos
# The question. Variables: $left and $right (two numbers to multiply).
gate-question = Para continuar, digite a resposta: quanto é { $left } × { $right }?
# Label of the answer field.
gate-answer-label = Resposta
# Button under the answer.
gate-continue = Continuar
# After a wrong answer.
gate-wrong = Essa não é a resposta certa. Aqui vai uma nova pergunta.
# Heading of the gate's setting.
gate-level = Pergunta para os adultos
# A gate setting: the usual question.
gate-level-standard = Padrão
# A gate setting: bigger numbers, for an older child who knows the times tables.
gate-level-harder = Mais difícil

## For grown-ups: the family view

# Title of the family view.
family-title = Família
# Under the title.
family-intro = O que cada criança fez neste aparelho e sobre o que conversar em seguida. Você vê os temas, nunca as respostas, para que as crianças possam responder com sinceridade.
# When there are no children's profiles.
family-no-children = Ainda não há perfis de crianças neste aparelho.
# A child's progress. Variables: $done, $total, $mastered (numbers of lessons).
family-progress = Lições concluídas: { $done } de { $total }. Dominadas: { $mastered }.
# Heading of the lessons a child has finished.
family-done-title = Concluídas
# Heading of the topics to talk about.
family-talk-about = Para conversar em seguida
# When a child has missed nothing lately.
family-talk-nothing = Nada para rever por enquanto. Pergunte do que a criança mais gostou.
# Link to the conversation starters.
family-starters-link = Ideias para começar uma conversa, por idade
# Link to managing profiles.
family-manage-link = Gerenciar perfis
# Link from Settings and Home to the family view.
family-open = Área da família (para os adultos)

## For grown-ups: managing profiles

# Title of the profile management screen.
manage-title = Gerenciar perfis
# Button: reset a child's progress.
manage-reset = Reiniciar o progresso
# Button: delete a profile.
manage-delete = Excluir perfil
# Confirmation before deleting. Variable: $name (the profile's nickname).
manage-confirm-delete = Excluir { $name }? O perfil sai das listas deste aparelho. Você pode restaurá-lo, com todo o progresso, por 30 dias.
# Confirmation before a reset. Variable: $name.
manage-confirm-reset = Reiniciar o progresso de { $name }? As lições começam de novo. Você pode desfazer isso por 30 dias.
# Button: save a backup file before deleting or resetting.
manage-backup-first = Salvar um backup antes
# After the backup was saved. Variable: $file (the file's name or place).
manage-backup-saved = Backup salvo: { $file }
# When the backup could not be saved.
manage-backup-failed = Não foi possível salvar o backup. Nada foi excluído.
# Button that confirms a deletion or a reset.
manage-confirm = Confirmar
# Button that cancels.
manage-cancel = Cancelar
# Button that undoes the last reset.
manage-undo-reset = Desfazer o reinício
# Heading of the recently deleted profiles.
manage-deleted-title = Excluídos recentemente
# Button that brings a deleted profile back. Variable: $name.
manage-restore = Restaurar { $name }
# Under a deleted profile. Variable: $date (a date, year-month-day).
manage-restorable-until = Pode ser restaurado até { $date }.
# When nothing was deleted lately.
manage-none-deleted = Nada foi excluído nos últimos 30 dias.

## For grown-ups: conversation starters

# Title of the conversation starters page.
starters-title = Ideias para começar uma conversa, por idade
# Under the title.
starters-intro = Perguntas e atividades das lições, por tema, para começar uma conversa em casa ou em grupo.
# Label of a prompt from a lesson for a young child with a grown-up.
starters-with-child = Com uma criança de 5 a 8 anos
# Label of a prompt from a caregivers' lesson.
starters-for-caregivers = Para você e seu filho ou sua filha
# Label of a discussion prompt for a group. Variable: $band (who the lesson is for).
starters-with-group = Com um grupo ({ $band })

## Learning together (lessons for ages 5–8)

# Toggle on the first card of a lesson for 5–8-year-olds.
together-toggle = Estamos fazendo isso juntos
# Label of the grown-up's prompt beside each card.
together-label = Para o adulto
# Heading of the next step at home on the results screen.
together-at-home = Próximo passo em casa

## Classroom mode (for trainers with one screen and a whole group)

# Title of the classroom screen.
classroom-title = Sala de aula
# Under the title.
classroom-intro = Conduza lições com um grupo inteiro a partir de uma só tela, em equipes. Tudo funciona sem internet.
# Link from Home and Settings to the classroom screen.
classroom-open = Modo sala de aula (para professores e educadores)
# Heading of the ready-made plans.
classroom-ready-made = Planos prontos
# Name of a ready-made plan. Variables: $band (who it is for, such as "Ages 9–12"), $part (a number).
classroom-ready-name = { $band }, parte { $part }
# Length of a plan or a lesson. Variable: $minutes.
classroom-minutes = { $minutes } min
# Button that starts a plan with the group.
classroom-run = Usar com um grupo
# Link to the printable trainer sheet of a plan.
classroom-print-sheet = Ficha de apoio
# Link to the printable one-page handout of a lesson.
classroom-print-handout = Folha para os participantes
# Heading of the trainer's own plans.
classroom-my-plans = Meus planos
# When the trainer has no plans yet.
classroom-no-plans = Nenhum plano salvo ainda.
# Heading of the plan builder.
classroom-new-plan = Montar um plano
# Label of the plan's name field.
classroom-plan-name = Nome do plano
# The plan's total time. Variable: $minutes.
classroom-plan-total = Total: { $minutes } minutos, com tempo para conversar depois de cada lição
# Button that saves the plan.
classroom-save-plan = Salvar o plano
# Button that deletes a saved plan. Variable: $name.
classroom-delete-plan = Excluir { $name }
# When the plan has no name.
classroom-plan-needs-name = Dê um nome ao plano.
# When the plan has no lessons.
classroom-plan-needs-lessons = Escolha pelo menos uma lição.
# Heading of past sessions.
classroom-sessions = Sessões realizadas
# When there are none.
classroom-no-sessions = Nenhuma sessão ainda.
# A past session. Variables: $date, $plan (its name).
classroom-session = { $date }: { $plan }
# Button that saves a session's results as a CSV file for a report.
classroom-export-csv = Exportar CSV
# When the CSV file could not be saved.
classroom-export-failed = Não foi possível salvar o arquivo CSV.
# Heading of the team set-up.
classroom-teams-title = Equipes
# Label of the number of teams.
classroom-team-count = Número de equipes
# Label of a team's name field. Variable: $number.
classroom-team-name = Nome da equipe { $number }
# A team's name until the trainer changes it. Variable: $number.
classroom-team-default = Equipe { $number }
# Button that starts the session.
classroom-start = Começar
# When the team names cannot be used.
classroom-teams-problem = Dê a cada equipe um nome diferente, com 1 a 24 caracteres.

## Presenter (the projected screen)

# How to drive the presenter from the keyboard or a clicker.
presenter-keys = Teclas: → ou barra de espaço para avançar, ← para voltar, R para mostrar a resposta, N para as notas, 1 a 6 quando uma equipe acertar.
# Button: next card or question.
presenter-next = Próximo
# Button: back.
presenter-back = Voltar
# Button: show the answer to the group.
presenter-reveal = Mostrar a resposta
# Heading of the answer, once shown.
presenter-answer = Resposta
# Heading of the trainer's notes (feedback and discussion prompt).
presenter-notes = Notas de apoio
# Button that hides or shows the notes while projecting.
presenter-notes-toggle = Notas
# Heading of the team buttons under a question.
presenter-who-got-it = Quais equipes acertaram?
# Heading of the scoreboard.
presenter-scoreboard = Pontos até agora
# A team's points. Variables: $team (its name), $points (a number).
presenter-points = { $team }: { $points }
# Where the presenter is. Variables: $current and $total (numbers).
presenter-progress = { $current } de { $total }
# Heading of the end screen.
presenter-end = Muito bem, pessoal!
# Under it: encouraging, never ranking.
presenter-end-body = Todas as equipes aprenderam alguma coisa hoje. Veja o que cada equipe acertou em cada lição.
# Heading of the group discussion prompt in the notes.
presenter-discussion = Vamos conversar

## Printables

# Button that opens the browser's print dialog.
print-button = Imprimir ou salvar como PDF
# Heading of a lesson handout's questions.
print-questions = Perguntas para pensar
# Heading of a trainer sheet. Variable: $plan (the plan's name).
print-plan-title = Ficha de apoio: { $plan }
# Heading of the answers on a trainer sheet.
print-answers = Respostas

## Settings

# Title of the settings screen.
settings-title = Configurações
# Heading of the language choice.
settings-language = Idioma
# Heading of the profile list.
settings-profiles = Perfis neste aparelho
# Button to make another profile.
settings-add-profile = Adicionar um perfil
# Heading of the text size choice.
settings-text-size = Tamanho do texto
# Text size: the normal size.
settings-text-size-standard = Padrão
# Text size: one step bigger.
settings-text-size-large = Grande
# Text size: two steps bigger.
settings-text-size-larger = Maior
# Text size: the biggest.
settings-text-size-largest = Máximo
# Heading of the motion setting.
settings-motion = Movimento
# Checkbox label: fewer animations.
settings-reduced-motion = Reduzir movimentos e animações

## Not found

# Title when a page does not exist.
not-found-title = Não encontramos essa página
# Body when a page does not exist.
not-found-body = O link pode ser antigo. Vamos voltar para o início.
# Button back to the start.
not-found-home = Ir para o início

# Used in other messages; do not use on its own.
-brand-name = SafeSteps
