# SafeSteps — MIT OR Apache-2.0

### Lesson: When something online feels wrong: stop, leave, tell (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words, and never say what the child saw.

# Lesson name on the lesson card.
lesson-title = Quando algo parece errado
# One line under the lesson name.
lesson-summary = Se alguma coisa na internet faz você se sentir mal, você pode parar, sair e contar.

# Card 1: online is mostly fun; some things make us feel bad.
card-feelings =
    Quase tudo na internet é divertido.
    Mas algumas coisas podem trazer tristeza.
    Ou medo, ou uma sensação confusa.
    Esse sentimento avisa que é hora de parar.
    .together = Pergunte: "Como o seu corpo fica quando algo não está certo?" Boas respostas: dor de barriga, coração acelerado, uma sensação confusa.
# Card 2: stop and leave: close it or turn the screen over.
card-stop-and-leave =
    Pare.
    Feche, ou vire a tela para baixo.
    Você pode largar o tablet.
    Você não precisa olhar.
    .together = Pratiquem: finjam que alguma coisa na tela parece errada, e a criança vira a tela para baixo.
# Card 3: tell a grown-up; what to say.
card-tell-a-grown-up =
    Vá contar para um adulto de confiança.
    Você pode dizer: "Eu vi uma coisa que me fez sentir mal."
    Ele vai ajudar você.
    Conte, mesmo se a mensagem for de alguém que você conhece.
    .together = Pergunte: "O que você poderia me dizer?" Uma boa resposta: "Eu vi uma coisa que me fez sentir mal." Agradeça à criança por ter praticado.
# Card 4: never the child's fault; the grown-up will not be cross; Help button.
card-never-your-fault =
    A culpa nunca é sua.
    O adulto não vai brigar com você.
    Contar foi a coisa certa.
    Você também pode tocar no botão Ajuda.
    .together = Digam juntos: "A culpa nunca é sua." Se a criança contar algo que viu, mantenha a calma e agradeça.

# Question: a single choice about a video that feels scary.
q-scary-video = Um vídeo faz você sentir medo. O que você faz primeiro?
    .hint = Qual é o primeiro passo quando algo parece errado?
    .explanation = Pare e saia. Feche, ou vire a tela para baixo. Depois, conte para um adulto.
# Answer option (right).
q-scary-video-stop-and-close = Paro e fecho, ou viro a tela para baixo.
    .feedback = Isso! Você não precisa olhar. Agora conte para um adulto de confiança.
# Answer option (wrong).
q-scary-video-keep-watching = Continuo assistindo até o fim.
    .feedback = Não é bem assim. Você não precisa continuar olhando. Pare, feche e conte para um adulto.
# Answer option (wrong).
q-scary-video-watch-again = Assisto mais uma vez.
    .feedback = Não é bem assim. Você não precisa olhar. Feche e conte para um adulto.

# Question: sort actions into two groups.
q-helps-or-not = Alguma coisa na internet faz você se sentir mal. Coloque cada uma na caixa certa.
    .hint = Isso ajuda você a parar, sair ou contar?
    .explanation = Parar, sair, contar. Feche ou vire a tela para baixo. Depois, conte para um adulto de confiança.
# Group name.
q-helps-or-not-helps = Isso ajuda
# Group name.
q-helps-or-not-does-not-help = Isso não ajuda
# Item to sort (helps).
q-helps-or-not-close-it = Fechar
    .feedback = Isso ajuda. Agora você não precisa ver.
# Item to sort (helps).
q-helps-or-not-turn-screen-over = Virar a tela para baixo
    .feedback = Isso ajuda. É um jeito rápido de parar.
# Item to sort (helps).
q-helps-or-not-tell-grown-up = Contar para um adulto
    .feedback = Isso ajuda. Um adulto de confiança pode ajudar você a se sentir melhor.
# Item to sort (does not help).
q-helps-or-not-keep-watching = Continuar olhando
    .feedback = Isso não ajuda. Você não precisa olhar. Pare e feche.
# Item to sort (does not help).
q-helps-or-not-keep-it-to-myself = Guardar só para mim
    .feedback = Isso não ajuda. Você não precisa guardar isso. Conte para um adulto.

# Question: true or false about keeping it to yourself. The right answer is "false".
q-keep-it-quiet = Se alguma coisa na internet parece errada, guarde só para você.
    .hint = Quem pode ajudar você quando você se sente mal?
    .explanation = Você não precisa guardar isso. Conte para um adulto de confiança. Ele vai ajudar.
# Feedback if the child picks "true" (wrong).
q-keep-it-quiet-true =
    .feedback = Não é bem assim. Você não precisa guardar isso. Conte para um adulto de confiança.
# Feedback if the child picks "false" (right).
q-keep-it-quiet-false =
    .feedback = Isso! Conte para um adulto de confiança. Ele vai ajudar.

# Question: a single choice about a message from someone the child knows.
q-mixed-up-message = Alguém que você conhece manda uma mensagem. Ela deixa uma sensação confusa em você. O que você faz?
    .hint = Faz diferença você conhecer a pessoa?
    .explanation = Até uma mensagem de alguém que você conhece pode parecer errada. Conte para um adulto de confiança.
# Answer option (right).
q-mixed-up-message-tell-someone = Conto para um adulto de confiança.
    .feedback = Isso! Um adulto de confiança vai ajudar você.
# Answer option (wrong).
q-mixed-up-message-reply-and-hide = Respondo e guardo segredo.
    .feedback = Não é bem assim. Uma mensagem que parece errada é para contar. Conte para um adulto de confiança.
# Answer option (wrong).
q-mixed-up-message-wait-it-out = Não faço nada e torço para passar.
    .feedback = Não é bem assim. Você não precisa esperar. Um adulto pode ajudar agora.

# Question: a single choice about what to say to a grown-up.
q-what-to-say = Você vai contar para um adulto. O que você pode dizer?
    .hint = Quais palavras mostram para o adulto o que está errado?
    .explanation = Diga que uma coisa que você viu fez você se sentir mal. O adulto vai ajudar.
# Answer option (right).
q-what-to-say-made-me-feel-bad = "Eu vi uma coisa que me fez sentir mal."
    .feedback = Isso! Essas palavras ajudam o adulto a saber como ajudar.
# Answer option (wrong).
q-what-to-say-nothing-happened = "Tá tudo bem. Não aconteceu nada."
    .feedback = Não é bem assim. Tudo bem dizer como você se sente. Um adulto pode ajudar.
# Answer option (wrong).
q-what-to-say-say-nothing = Não digo nada e vou embora.
    .feedback = Não é bem assim. Tudo bem contar. O adulto não vai brigar com você.

# Question: true or false about blame. The right answer is "true".
q-whose-fault = Se você vê alguma coisa na internet que parece errada, a culpa não é sua.
    .hint = Você fez algo errado só por ter visto?
    .explanation = A culpa nunca é sua. Contar para um adulto é a coisa certa a fazer.
# Feedback if the child picks "true" (right).
q-whose-fault-true =
    .feedback = Isso! A culpa nunca é sua. O adulto não vai brigar com você.
# Feedback if the child picks "false" (wrong).
q-whose-fault-false =
    .feedback = Não é bem assim. A culpa nunca é sua. Contar para um adulto é a coisa certa a fazer.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Pratiquem juntos "parar, sair, contar": finjam que alguma coisa no tablet parece errada, a criança vira a tela para baixo e vem contar para você. Diga à criança que você nunca vai brigar com ela por contar.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = Em casa, combinem onde o tablet é usado (num cômodo de uso comum) e pratiquem "parar, sair, contar" mais uma vez nesta semana.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Pergunte ao grupo: como o corpo da gente se sente quando algo não está certo? Quais são os três passos (parar, sair, contar)? Para quem vocês poderiam contar em casa e na escola?
