# SafeSteps — MIT OR Apache-2.0

### Lesson: When something online feels wrong: stop, leave, tell (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words, and never say what the child saw.

# Lesson name on the lesson card.
lesson-title = Quand quelque chose ne va pas
# One line under the lesson name.
lesson-summary = Si quelque chose en ligne te fait te sentir mal, tu peux t'arrêter, partir et en parler.

# Card 1: online is mostly fun; some things make us feel bad.
card-feelings =
    En ligne, la plupart des choses sont amusantes.
    Mais certaines choses peuvent te rendre triste.
    Ou te faire peur, ou te mettre la tête à l'envers.
    Ce que tu ressens te dit de t'arrêter.
    .together = Demandez : « Qu'est-ce que tu sens dans ton corps quand quelque chose ne va pas ? » Bonnes réponses : mal au ventre, le cœur qui bat vite, la tête à l'envers.
# Card 2: stop and leave: close it or turn the screen over.
card-stop-and-leave =
    Arrête-toi.
    Ferme-le, ou retourne l'écran.
    Tu peux poser la tablette.
    Tu n'as pas à regarder.
    .together = Entraînez-vous : faites semblant que quelque chose à l'écran ne va pas, et votre enfant retourne l'écran.
# Card 3: tell a grown-up; what to say.
card-tell-a-grown-up =
    Va le dire à un adulte de confiance.
    Tu peux dire : « J'ai vu quelque chose, et je ne me sens pas bien. »
    Cet adulte va t'aider.
    Parles-en, même si le message vient de quelqu'un que tu connais.
    .together = Demandez : « Qu'est-ce que tu pourrais me dire ? » Une bonne réponse : « J'ai vu quelque chose, et je ne me sens pas bien. » Remerciez votre enfant pour cet entraînement.
# Card 4: never the child's fault; the grown-up will not be cross; Help button.
card-never-your-fault =
    Ce n'est jamais ta faute.
    Ton adulte de confiance ne va pas se fâcher contre toi.
    Tu as bien fait d'en parler.
    Tu peux aussi toucher le bouton Aide.
    .together = Dites-le ensemble : « Ce n'est jamais ta faute. » Si votre enfant vous parle de quelque chose vu en ligne, restez calme et dites-lui merci.

# Question: a single choice about a video that feels scary.
q-scary-video = Une vidéo te fait peur. Que fais-tu d'abord ?
    .hint = Quelle est la première étape quand quelque chose ne va pas ?
    .explanation = Arrête-toi et pars. Ferme la vidéo, ou retourne l'écran. Ensuite, parles-en à un adulte.
# Answer option (right).
q-scary-video-stop-and-close = Je m'arrête, et je ferme la vidéo ou je retourne l'écran.
    .feedback = Oui ! Tu n'as pas à regarder. Maintenant, parles-en à un adulte de confiance.
# Answer option (wrong).
q-scary-video-keep-watching = Je continue de regarder jusqu'à la fin.
    .feedback = Pas tout à fait. Tu n'as pas à continuer de regarder. Arrête-toi, ferme la vidéo, et parles-en à un adulte.
# Answer option (wrong).
q-scary-video-watch-again = Je la regarde encore une fois.
    .feedback = Pas tout à fait. Tu n'as pas à la regarder. Ferme-la, et parles-en à un adulte.

# Question: sort actions into two groups.
q-helps-or-not = Quelque chose en ligne te fait te sentir mal. Mets chaque chose dans la bonne boîte.
    .hint = Est-ce que ça t'aide à t'arrêter, à partir ou à en parler ?
    .explanation = Je m'arrête, je pars, j'en parle. Ferme-le ou retourne l'écran. Ensuite, parles-en à un adulte de confiance.
# Group name.
q-helps-or-not-helps = Ça aide
# Group name.
q-helps-or-not-does-not-help = Ça n'aide pas
# Item to sort (helps).
q-helps-or-not-close-it = Fermer
    .feedback = Ça aide. Comme ça, tu n'as plus à le voir.
# Item to sort (helps).
q-helps-or-not-turn-screen-over = Retourner l'écran
    .feedback = Ça aide. C'est une façon rapide de s'arrêter.
# Item to sort (helps).
q-helps-or-not-tell-grown-up = En parler à un adulte
    .feedback = Ça aide. Un adulte de confiance peut t'aider à te sentir mieux.
# Item to sort (does not help).
q-helps-or-not-keep-watching = Continuer de regarder
    .feedback = Ça n'aide pas. Tu n'as pas à regarder. Arrête-toi et ferme-le.
# Item to sort (does not help).
q-helps-or-not-keep-it-to-myself = Garder ça pour moi
    .feedback = Ça n'aide pas. Tu n'as pas à tout garder pour toi. Parles-en à un adulte.

# Question: true or false about keeping it to yourself. The right answer is "false".
q-keep-it-quiet = Si quelque chose en ligne ne va pas, garde-le pour toi.
    .hint = Qui peut t'aider quand tu te sens mal ?
    .explanation = Tu n'as pas à tout garder pour toi. Parles-en à un adulte de confiance. Cet adulte va t'aider.
# Feedback if the child picks "true" (wrong).
q-keep-it-quiet-true =
    .feedback = Pas tout à fait. Tu n'as pas à tout garder pour toi. Parles-en à un adulte de confiance.
# Feedback if the child picks "false" (right).
q-keep-it-quiet-false =
    .feedback = Oui ! Parles-en à un adulte de confiance. Cet adulte va t'aider.

# Question: a single choice about a message from someone the child knows.
q-mixed-up-message = Quelqu'un que tu connais t'envoie un message. Ça te met la tête à l'envers. Que fais-tu ?
    .hint = Est-ce que ça change quelque chose si tu connais la personne ?
    .explanation = Même un message de quelqu'un que tu connais peut te faire sentir que quelque chose ne va pas. Parles-en à un adulte de confiance.
# Answer option (right).
q-mixed-up-message-tell-someone = J'en parle à un adulte de confiance.
    .feedback = Oui ! Un adulte de confiance va t'aider.
# Answer option (wrong).
q-mixed-up-message-reply-and-hide = Je réponds, et je garde le secret.
    .feedback = Pas tout à fait. Un message qui ne va pas, on en parle. Parles-en à un adulte de confiance.
# Answer option (wrong).
q-mixed-up-message-wait-it-out = Je ne fais rien, et j'espère que ça va passer.
    .feedback = Pas tout à fait. Tu n'as pas besoin d'attendre. Un adulte peut t'aider tout de suite.

# Question: a single choice about what to say to a grown-up.
q-what-to-say = Tu vas voir un adulte pour lui parler. Que peux-tu dire ?
    .hint = Quels mots expliquent à l'adulte ce qui ne va pas ?
    .explanation = Dis que tu as vu quelque chose qui t'a fait te sentir mal. L'adulte va t'aider.
# Answer option (right).
q-what-to-say-made-me-feel-bad = « J'ai vu quelque chose, et je ne me sens pas bien. »
    .feedback = Oui ! Ces mots aident un adulte à savoir comment t'aider.
# Answer option (wrong).
q-what-to-say-nothing-happened = « Ça va. Il ne s'est rien passé. »
    .feedback = Pas tout à fait. Tu as le droit de dire ce que tu ressens. Un adulte peut t'aider.
# Answer option (wrong).
q-what-to-say-say-nothing = Je ne dis rien, et je m'en vais.
    .feedback = Pas tout à fait. Tu as le droit d'en parler. Ton adulte de confiance ne va pas se fâcher contre toi.

# Question: true or false about blame. The right answer is "true".
q-whose-fault = Si tu vois en ligne quelque chose qui ne va pas, ce n'est pas ta faute.
    .hint = Est-ce que tu as fait quelque chose de mal en le voyant ?
    .explanation = Ce n'est jamais ta faute. En parler à un adulte, c'est ce qu'il faut faire.
# Feedback if the child picks "true" (right).
q-whose-fault-true =
    .feedback = Oui ! Ce n'est jamais ta faute. Ton adulte de confiance ne va pas se fâcher contre toi.
# Feedback if the child picks "false" (wrong).
q-whose-fault-false =
    .feedback = Pas tout à fait. Ce n'est jamais ta faute. En parler à un adulte, c'est ce qu'il faut faire.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Entraînez-vous ensemble à « je m'arrête, je pars, j'en parle » : votre enfant fait semblant que quelque chose sur la tablette ne va pas, retourne l'écran, puis vient vous le dire. Dites-lui : « Je ne me fâcherai jamais si tu viens m'en parler. »
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = À la maison, décidez ensemble où la tablette s'utilise (dans une pièce commune), et entraînez-vous encore une fois cette semaine à « je m'arrête, je pars, j'en parle ».
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez au groupe : qu'est-ce qu'on sent dans son corps quand quelque chose ne va pas ? Quelles sont les trois étapes (je m'arrête, je pars, j'en parle) ? À qui pourrait-on en parler, à la maison et à l'école ?
