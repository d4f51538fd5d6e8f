# SafeSteps — MIT OR Apache-2.0

### Lesson: Pressure in relationships (ages 13–17).
### Readers are teenagers, some of them in a controlling relationship right now. Be direct, calm
### and respectful; never preachy. Never describe abuse or images. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Pressão nos relacionamentos
# One line under the lesson name.
lesson-summary = Como é um relacionamento saudável na internet, como perceber controle e onde buscar ajuda.

# Card 1: what a healthy relationship looks like online.
card-healthy =
    Namoro, ficar, crush e amizades próximas podem estar entre as melhores partes da adolescência. E muito disso acontece pelo celular.
    Num relacionamento saudável, as duas pessoas se sentem em segurança e com liberdade.
    Vocês confiam um no outro sem ficar vigiando.
    Cada um tem os seus amigos, o seu tempo e o seu celular.
    Você pode dizer não, e a outra pessoa aceita numa boa.
    Você não sente medo de como a pessoa vai reagir.
# Card 2: signs of a controlling relationship online.
card-control-signs =
    No começo, o controle pode parecer cuidado. Fique de olho se a pessoa:
    mexe no seu celular, ou quer ver as suas conversas;
    exige as suas senhas, ou a sua localização o tempo todo;
    fica com raiva se você não responde rápido;
    diz quem você pode seguir, com quem pode falar ou quem pode ver;
    pressiona você a mandar imagens, ou diz "Se você me amasse, faria isso."
    Ameaças também são um grande sinal de alerta. Isso inclui ameaçar espalhar as suas imagens, ou se machucar se você terminar.
    Nada disso é amor. É controle.
# Card 3: consent can be withdrawn.
card-consent-can-change =
    Você pode mudar de ideia a qualquer momento.
    Se você passou a sua senha, pode trocar.
    Se ligou o compartilhamento de localização, pode desligar.
    Se mandou imagens antes, pode dizer não agora.
    Dizer sim uma vez nunca quer dizer sim para sempre. Quem namora ou fica com você e respeita você aceita isso.
    Se você tem medo de como a pessoa vai reagir, converse antes com um adulto de confiança. Ele pode ajudar você a planejar.
# Card 4: not your fault.
card-not-your-fault =
    Se a pessoa com quem você está controla, pressiona ou ameaça você, a culpa não é sua.
    Não tem a ver com o que você fez ou deixou de fazer. Quem escolhe controlar é quem está errado.
    Isso pode acontecer com qualquer pessoa, de qualquer gênero, em qualquer tipo de relacionamento.
    Sentir confusão, culpa ou ainda gostar da pessoa é normal. Mesmo assim, você merece se sentir em segurança.
    Ameaçar espalhar as imagens de alguém é crime em muitos lugares.
# Card 5: where to get help.
card-getting-help =
    Você não precisa resolver isso sem apoio.
    Converse com um adulto de confiança: mãe, pai, responsável, alguém da família, um professor ou a orientação educacional da escola. Essa pessoa deve escutar, não colocar a culpa em você.
    Guarde as mensagens com ameaças. Depois bloqueie e denuncie a pessoa no app.
    Se você se sentir em perigo agora, ligue para o número de emergência da sua região.
    Toque no botão Ajuda para encontrar um canal de ajuda no seu país. Muitos têm chat, se falar parecer difícil.

# Question: choose all that apply, about signs of control.
q-spot-control = Quais destes são sinais de um relacionamento controlador? Escolha todas as respostas que combinam.
    .hint = Isso dá liberdade para você, ou tira?
    .explanation = Mexer no seu celular, exigir senhas, rastrear a sua localização e ficar com raiva por causa dos seus amigos são formas de controle. Perguntar como foi o seu dia e dar espaço são sinais de cuidado.
# Answer option (sign of control).
q-spot-control-checks-your-phone = A pessoa mexe no seu celular.
    .feedback = Sim. O seu celular e as suas conversas são seus. Vigiar isso é controle, não cuidado.
# Answer option (sign of control).
q-spot-control-demands-password = A pessoa exige as suas senhas.
    .feedback = Sim. Exigir senhas é um jeito de vigiar você. Você pode dizer não.
# Answer option (sign of control).
q-spot-control-tracks-location = A pessoa quer a sua localização em tempo real o tempo todo.
    .feedback = Sim. Precisar saber sempre onde você está é controle.
# Answer option (sign of control).
q-spot-control-angry-about-friends = A pessoa fica com raiva quando você vê os seus amigos.
    .feedback = Sim. Afastar você dos amigos é um sinal comum de controle.
# Answer option (healthy).
q-spot-control-asks-about-your-day = A pessoa pergunta como foi o seu dia.
    .feedback = Não é bem assim. Isso é interesse normal. Só vira problema se virar vigilância.
# Answer option (healthy).
q-spot-control-gives-you-space = A pessoa fica de boa quando você está com os seus amigos.
    .feedback = Não é bem assim. Esse é um sinal saudável. Dar espaço um ao outro mostra confiança.

# Question: a scenario about a partner demanding a password.
q-password-test = O que você pode fazer sobre a senha?
    .situation = A pessoa que você namora diz: "Se você não tem nada a esconder, me passa a sua senha. Eu te dei a minha."
    .hint = Confiança é algo que se prova abrindo mão da privacidade?
    .explanation = Manter a sua senha só com você é a melhor atitude, e conversar com alguém de confiança também ajuda. Entregar a senha, ou passar uma antiga, mantém a pressão.
# Action (best).
q-password-test-keep-it-private = Dizer não. A minha senha é minha, e confiança não precisa dela.
    .feedback = Melhor atitude. Manter a sua senha só com você é normal e justo. Quem respeita você vai aceitar.
# Action (also good).
q-password-test-talk-to-someone = Conversar com um amigo ou um adulto de confiança sobre como isso faz eu me sentir.
    .feedback = Boa atitude. Alguém de fora pode ajudar você a ver o padrão e planejar o que fazer.
# Action (not helpful).
q-password-test-hand-it-over = Passar a senha para provar que não tenho nada a esconder.
    .feedback = Não é bem assim. Privacidade não é esconder. Ceder costuma levar a mais vigilância. Se você já passou a senha, pode trocar.
# Action (not helpful).
q-password-test-give-old-one = Passar uma senha antiga para a pessoa parar de pedir.
    .feedback = Não é bem assim. Isso pode acabar com a discussão por agora, mas a pressão continua. Um não claro e apoio funcionam melhor.

# Question: single choice about constant texting.
q-always-texting = A pessoa com quem você está manda mensagem o dia inteiro perguntando onde você está. Ela fica com raiva se você não responde em cinco minutos. O que é isso?
    .hint = Como isso faz você se sentir: com alguém cuidando de você, ou com alguém vigiando você?
    .explanation = Isso é um comportamento controlador. Gostar de alguém não quer dizer rastrear a pessoa ou ficar com raiva quando ela está ocupada.
# Answer option (right).
q-always-texting-controlling = Comportamento controlador
    .feedback = Isso. Precisar saber onde você está e ficar com raiva quando você tem outras coisas para fazer é controle.
# Answer option (wrong).
q-always-texting-proof-of-love = Prova de que a pessoa me ama de verdade
    .feedback = Não é bem assim. O amor deixa espaço para respirar. Vigiar e ficar com raiva é controle.
# Answer option (wrong).
q-always-texting-normal-for-everyone = Normal, porque todo casal faz isso
    .feedback = Não é bem assim. Muitos casais trocam muita mensagem, mas ficar com raiva quando você não responde não é normal nem aceitável.

# Question: true or false about turning off location sharing.
q-stop-sharing-location = Você pode desligar o compartilhamento de localização com quem você namora, mesmo que tenha concordado antes.
    .hint = O consentimento pode mudar com o tempo?
    .explanation = Verdadeiro. Você pode mudar de ideia sobre compartilhar a qualquer momento. Se tem medo de como a pessoa vai reagir, converse antes com um adulto de confiança.
# Feedback if the teen picks "true" (right).
q-stop-sharing-location-true =
    .feedback = Isso. Um sim antes não quer dizer sim para sempre. A sua localização é sua.
# Feedback if the teen picks "false" (wrong).
q-stop-sharing-location-false =
    .feedback = Não é bem assim. Você sempre pode voltar atrás num sim. Isso faz parte do consentimento.

# Question: put the account steps in order.
q-lock-account-steps = Alguém com quem você terminou ainda tem a sua senha. Coloque estes passos em ordem para tirar essa pessoa da sua conta. (Se você tem medo de como ela vai reagir, converse antes com um adulto de confiança.)
    .hint = Se você desconectar a pessoa antes de trocar a senha, o que ela poderia fazer?
    .explanation = Troque a senha primeiro, para a pessoa não conseguir entrar de novo. Depois saia de todos os outros aparelhos para derrubar a pessoa. Por último, ative a verificação em duas etapas, para que só a senha não baste da próxima vez.
# Step 1.
q-lock-account-steps-change-password = Trocar a sua senha
    .feedback = Primeiro. Enquanto a senha não muda, a pessoa pode simplesmente entrar de novo.
# Step 2.
q-lock-account-steps-sign-out-everywhere = Sair da conta em todos os outros aparelhos
    .feedback = Segundo. Isso derruba a pessoa de qualquer celular em que ela ainda esteja conectada.
# Step 3.
q-lock-account-steps-turn-on-two-step = Ativar a verificação em duas etapas
    .feedback = Por último. Agora ela precisaria também de um código do seu celular, não só da senha.

# Question: true or false about blame. The right answer is "false".
q-caused-it = Se a pessoa com quem você está é controladora, é por causa de algo que você fez.
    .hint = Quem escolhe como a pessoa age?
    .explanation = Falso. A culpa não é sua. Controlar é uma escolha da outra pessoa. Você merece se sentir em segurança, e existe ajuda.
# Feedback if the teen picks "true" (wrong).
q-caused-it-true =
    .feedback = Não é bem assim. Nada do que você faz torna o controle aceitável. A escolha é da outra pessoa, e a culpa não é sua.
# Feedback if the teen picks "false" (right).
q-caused-it-false =
    .feedback = Isso. Quem escolhe controlar é quem está errado. Você pode pedir ajuda a qualquer hora.

# Question: a scenario about a threat after a breakup.
q-breakup-threat = O que você pode fazer sobre a ameaça?
    .situation = Você quer terminar. A pessoa manda: "Se você me deixar, a escola inteira vai ver as fotos que você me mandou."
    .hint = Isso é uma ameaça. O que mantém você em segurança e traz apoio?
    .explanation = Guardar as mensagens e contar para um adulto de confiança é o melhor começo. Denunciar e bloquear também ajuda. Continuar junto ou mandar mais dá ainda mais poder para a pessoa. A culpa não é sua, e ameaças assim podem ser crime.
# Action (best).
q-breakup-threat-save-and-tell-adult = Guardar as mensagens e contar para um adulto de confiança.
    .feedback = Melhor atitude. As mensagens são provas, e um adulto pode ajudar você a denunciar e ficar em segurança.
# Action (also good).
q-breakup-threat-report-and-block = Tirar print da ameaça, depois denunciar e bloquear a pessoa.
    .feedback = Boa atitude. Guarde primeiro, depois denuncie e bloqueie. Contar também para um adulto deixa tudo mais forte. O Take It Down também pode ajudar, mesmo antes de qualquer coisa ser compartilhada.
# Action (not helpful).
q-breakup-threat-stay-to-keep-calm = Continuar com a pessoa para ela não fazer isso.
    .feedback = Não é bem assim. Ficar por causa de uma ameaça dá o controle para ela. Você merece apoio, não medo.
# Action (not helpful).
q-breakup-threat-send-more = Mandar o que a pessoa quer para ela se acalmar.
    .feedback = Não é bem assim. Ceder costuma levar a mais exigências. Se você já fez isso, mesmo assim a culpa não é sua, e você pode receber ajuda.

# Question: choose all that apply, about who can help.
q-who-can-help = Com quem você poderia conversar se um relacionamento parecer controlador? Escolha todas as respostas que combinam.
    .hint = Pense em pessoas que estão do seu lado.
    .explanation = Um adulto de confiança, a orientação educacional da escola, um canal de ajuda e um amigo de confiança podem ajudar. Guardar tudo para você deixa mais difícil. Toque em Ajuda para encontrar um canal de ajuda.
# Answer option (can help).
q-who-can-help-trusted-adult = Minha mãe, meu pai, um responsável ou outro adulto de confiança
    .feedback = Sim. Essas pessoas podem escutar e ajudar você a planejar o que fazer.
# Answer option (can help).
q-who-can-help-school-counsellor = A orientação educacional da escola ou um professor
    .feedback = Sim. Essas pessoas entendem do assunto e podem ajudar você a conseguir apoio.
# Answer option (can help).
q-who-can-help-helpline = Um canal de ajuda da tela de Ajuda
    .feedback = Sim. Os canais de ajuda escutam sem julgar, e muitos têm chat.
# Answer option (can help).
q-who-can-help-trusted-friend = Um amigo de confiança
    .feedback = Sim. Um amigo pode apoiar você e ajudar você a conversar com um adulto também.
# Answer option (not a good choice).
q-who-can-help-no-one = Ninguém. É assunto só nosso.
    .feedback = Não é bem assim. O controle funciona melhor quando você se sente sem ninguém. Conversar com alguém é um passo forte.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte: onde fica a linha entre cuidar e controlar na internet? Listem exemplos juntos. Conversem sobre como alguém poderia voltar atrás num sim com segurança, para quem poderia contar, e lembre ao grupo que a culpa nunca é de quem está sendo controlado.
