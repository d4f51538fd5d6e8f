# SafeSteps — MIT OR Apache-2.0

### Lesson: Secrets that feel bad are for telling (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words and no detail: talk about feelings and telling.
### Follows the NSPCC PANTS idea at a general level ("your body belongs to you").

# Lesson name on the lesson card.
lesson-title = Segredos que fazem mal
# One line under the lesson name.
lesson-summary = Surpresas são divertidas. Segredos que fazem mal são para contar. Vamos ver por quê.

# Card 1: surprises are fun and shared soon.
card-surprises =
    Uma surpresa é divertida.
    É como um presente de aniversário.
    Você guarda por pouco tempo.
    Depois todo mundo fica sabendo e sorri!
    .together = Pergunte: "Que surpresa você já guardou?" Uma boa resposta é algo divertido que logo todo mundo descobre, como um presente.
# Card 2: secrets that feel bad are for telling.
card-secrets-that-feel-bad =
    Alguns segredos fazem mal.
    Eles trazem tristeza, medo ou preocupação.
    Um segredo ruim é para contar.
    Conte para um adulto de confiança.
    .together = Pergunte: "Como a gente se sente com um segredo ruim?" Boas respostas: dá tristeza, medo, preocupação. Diga que esses segredos são para contar.
# Card 3: "don't tell your grown-ups" is never a fun surprise, whoever says it (a friend, someone in a game, even a grown-up the child knows).
card-no-secrets-from-grown-ups =
    Alguém pode dizer: "Não conta para os adultos da sua casa."
    Pode ser um amigo, ou uma pessoa de um jogo.
    Pode ser até um adulto que você conhece.
    Isso não é uma surpresa divertida.
    É um segredo para contar.
    .together = Diga: "Se alguém disser para você não me contar, esse é um segredo para contar." Use uma voz calma e carinhosa.
# Card 4: body autonomy at a general level (NSPCC PANTS).
card-your-body =
    O seu corpo é seu.
    Você pode dizer não, até para alguém que você conhece.
    Não é não.
    Se algo parecer esquisito ou você não tiver certeza, conte para um adulto.
    .together = Pergunte: "De quem é o seu corpo?" Uma boa resposta: "É meu." Lembre à criança que ela pode dizer não, até para alguém da família.
# Card 5: never the child's fault; someone to talk to.
card-tell-someone =
    Se alguém pede para você guardar um segredo ruim, a culpa não é sua.
    Você pode contar, mesmo que tenha guardado por um tempo.
    O adulto não vai brigar com você.
    Você também pode tocar no botão Ajuda.
    .together = Diga à criança que ela pode contar qualquer segredo para você, até um antigo, e que você não vai brigar. Se ela contar algo preocupante, agradeça, mantenha a calma e busque ajuda.

# Question: sort things into surprises and secrets to tell.
q-surprise-or-tell = É uma surpresa divertida ou um segredo para contar? Coloque cada um na caixa certa.
    .hint = Vai fazer as pessoas sorrirem logo? Ou faz mal?
    .explanation = Surpresas são divertidas e todo mundo fica sabendo logo. Segredos que fazem mal são para contar a um adulto.
# Group name.
q-surprise-or-tell-surprise = Surpresa divertida
# Group name.
q-surprise-or-tell-tell-a-grown-up = Contar para um adulto
# Item to sort (fun surprise).
q-surprise-or-tell-birthday-gift = Um presente para o aniversário do papai
    .feedback = Um presente é uma surpresa divertida. O papai vai saber logo e vai sorrir.
# Item to sort (fun surprise).
q-surprise-or-tell-party-for-gran = Uma festa para a vovó
    .feedback = Uma festa é uma surpresa divertida. A vovó vai saber logo.
# Item to sort (tell a grown-up).
q-surprise-or-tell-game-chat-secret = Alguém num jogo diz: "Não conta para a sua mãe das nossas conversas."
    .feedback = Ninguém deve pedir para você esconder conversas dos adultos que cuidam de você. Conte para um adulto de confiança.
# Item to sort (tell a grown-up).
q-surprise-or-tell-tummy-feels-funny = Um segredo que dá um aperto na barriga
    .feedback = Um segredo que faz mal é para contar. Um adulto pode ajudar.
# Item to sort (tell a grown-up).
q-surprise-or-tell-picture-secret = Alguém diz: "Essa foto é um segredo nosso."
    .feedback = Uma foto que você precisa esconder é para contar. Conte para um adulto de confiança.

# Question: a single choice about a game friend asking for a secret.
q-game-friend-secret = Um amigo de um jogo diz: "Não conta para o seu pai que a gente conversa." O que você faz?
    .hint = Isso é uma surpresa divertida? Ou um segredo escondido dos adultos da sua casa?
    .explanation = Uma surpresa é divertida, e logo as pessoas ficam sabendo. "Não conta para o seu pai" não é surpresa. É um segredo para contar.
# Answer option (right).
q-game-friend-secret-tell-a-grown-up = Conto para um adulto de confiança.
    .feedback = Isso! Esse é um segredo para contar. O adulto pode ajudar.
# Answer option (wrong).
q-game-friend-secret-keep-it = Guardo o segredo.
    .feedback = Não é bem assim. Isso não é uma surpresa divertida. É um segredo escondido dos adultos da sua casa, então conte para um deles.
# Answer option (wrong).
q-game-friend-secret-keep-chatting = Continuo conversando e não falo nada.
    .feedback = Não é bem assim. Um segredo escondido dos adultos da sua casa é para contar. Eles vão ajudar você.

# Question: true or false about keeping every secret. The right answer is "false".
q-keep-every-secret = Você tem que guardar todos os segredos, até os que fazem mal.
    .hint = O que a gente faz com um segredo que faz mal?
    .explanation = Segredos que fazem mal são para contar. Conte para um adulto do seu círculo.
# Feedback if the child picks "true" (wrong).
q-keep-every-secret-true =
    .feedback = Não é bem assim. Você não precisa guardar um segredo que faz mal. Conte para um adulto de confiança.
# Feedback if the child picks "false" (right).
q-keep-every-secret-false =
    .feedback = Isso! Um segredo que faz mal é para contar.

# Question: a single choice about saying no to a hug (body autonomy).
q-hug-from-cousin = Um primo quer um abraço. Você não quer. O que você pode fazer?
    .hint = De quem é o seu corpo?
    .explanation = O seu corpo é seu. Você pode dizer não, até para alguém que você conhece. Se a pessoa não parar, conte para um adulto de confiança.
# Answer option (right).
q-hug-from-cousin-no-thank-you = Digo: "Não, valeu. Pode ser um tchauzinho?"
    .feedback = Isso! O seu corpo é seu. Você pode dizer não de um jeito gentil.
# Answer option (wrong).
q-hug-from-cousin-must-hug = Dou o abraço, mesmo sem querer.
    .feedback = Não é bem assim. O seu corpo é seu. Você pode dizer não, até para alguém que você conhece.
# Answer option (wrong).
q-hug-from-cousin-say-nothing = Não falo nada. Não posso dizer não.
    .feedback = Não é bem assim. Você sempre pode dizer não. Não é não. Um adulto pode ajudar você a dizer isso.

# Question: a single choice about a grown-up the child knows asking for a secret that feels odd (not a surprise).
q-grown-up-secret = Um adulto que você conhece diz: "Isso é segredo nosso. Não conta para a sua mãe." Parece esquisito. O que você faz?
    .hint = Isso é uma surpresa divertida ou um segredo que parece esquisito?
    .explanation = Um segredo que parece esquisito é para contar, mesmo que um adulto que você conhece tenha pedido para guardar. Conte para um adulto do seu círculo.
# Answer option (right).
q-grown-up-secret-tell-circle = Conto para a mamãe ou para um adulto do meu círculo.
    .feedback = Isso! Você fez a coisa certa. Um adulto do seu círculo vai ajudar.
# Answer option (wrong).
q-grown-up-secret-keep-it-they-are-nice = Guardo. Essa pessoa é legal comigo.
    .feedback = Não é bem assim. Nem os adultos legais devem pedir um segredo assim. Conte para um adulto de confiança.
# Answer option (wrong).
q-grown-up-secret-do-what-they-say = Faço o que a pessoa mandar.
    .feedback = Não é bem assim. Você não precisa guardar esse segredo. Conte para um adulto do seu círculo.

# Question: true or false about blame. The right answer is "true".
q-not-to-blame = Se alguém pede para você guardar um segredo ruim, a culpa não é sua.
    .hint = Quem fez a coisa errada: você ou quem pediu?
    .explanation = A culpa nunca é sua. Quem pediu fez a coisa errada. Conte para um adulto. Ele vai ajudar.
# Feedback if the child picks "true" (right).
q-not-to-blame-true =
    .feedback = Isso! A culpa nunca é sua. O adulto não vai brigar com você.
# Feedback if the child picks "false" (wrong).
q-not-to-blame-false =
    .feedback = Não é bem assim. A culpa nunca é sua. Contar é a coisa certa a fazer.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Pergunte à criança: "Qual é a diferença entre uma surpresa e um segredo?" Diga que ela sempre pode contar para você um segredo que faz mal, mesmo que alguém tenha dito para não contar, e que você não vai brigar com ela.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Em casa, usem as palavras "surpresa" e "segredo" no dia a dia, e repitam muitas vezes que segredos ruins são sempre para contar.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Peça ao grupo exemplos de surpresas divertidas e de segredos que fazem mal. Como saber a diferença? Para quem dá para contar um segredo que faz mal?
