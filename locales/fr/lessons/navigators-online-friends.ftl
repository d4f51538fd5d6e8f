# SafeSteps — MIT OR Apache-2.0

### Lesson: Online friends and people you know (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Not only about strangers: watch what people do, whoever they are. Never describe abuse.

# Lesson name on the lesson card.
lesson-title = Amis en ligne
# One line under the lesson name.
lesson-summary = Avoir des amis en ligne, ça peut être sympa. Découvre ce qui les rend différents des gens que tu connais, et quoi faire si quelque chose ne va pas.

# Card 1: friends in real life and friends online; technology is positive.
card-online-and-real-life =
    Certains amis, tu les connais dans la vraie vie. Ils vont à ton école ou à ton club, ou ils font partie de ta famille.
    D'autres, tu les connais seulement en ligne, par un jeu, un chat ou une appli de vidéos.
    Les amis en ligne, ça peut être très sympa.
    Mais en ligne, tu ne peux pas voir qui écrit vraiment.
# Card 2: people online can pretend.
card-people-can-pretend =
    En ligne, quelqu'un peut dire qu'il a 11 ans alors que c'est un adulte.
    Une photo peut être fausse. Une voix peut être changée avec une appli.
    Alors un chat ne suffit pas pour savoir qui est vraiment quelqu'un.
    Garde tes infos perso privées. Discute dans des endroits que connaissent les adultes qui s'occupent de toi.
# Card 3: never meet up alone; tell a trusted adult.
card-never-meet-alone =
    Quelqu'un rencontré en ligne veut te voir en vrai ? N'y va pas sans adulte.
    Parles-en d'abord à un adulte de confiance.
    Si l'adulte est d'accord, il doit venir avec toi. Le rendez-vous doit être dans un lieu public où il y a du monde.
    Quelqu'un de bien le comprendra.
    Si quelqu'un dit « viens sans personne » ou « ne le dis à personne », c'est un signal d'alerte.
# Card 4: most people who harm children are known to them; warning signs matter more.
card-watch-what-they-do =
    La plupart des personnes qui font du mal aux enfants sont des gens que l'enfant connaît déjà.
    Alors la question n'est pas juste « inconnu ou pas ».
    Regarde ce que les gens font. Est-ce qu'ils demandent des secrets, des photos ou des discussions privées ? Est-ce qu'ils font des cadeaux sans raison ? Est-ce qu'ils insistent quand tu dis non ?
    Ces signes comptent, en ligne ou dans la vraie vie, quelle que soit la personne.
# Card 5: not the child's fault; who to tell; Help.
card-not-your-fault =
    Si quelqu'un en ligne t'a tendu un piège ou t'a fait te sentir mal, ce n'est pas ta faute.
    C'est la personne qui piège un enfant qui fait quelque chose de mal.
    Parles-en à un adulte de confiance, comme un parent, la personne qui s'occupe de toi ou un professeur. Cet adulte ne doit pas te faire de reproches.
    Tu peux aussi toucher le bouton Aide pour trouver quelqu'un à qui parler.

# Question: single choice about what you really know about an online friend.
q-what-you-know = Tu joues à un jeu avec Kai tous les jours. Kai dit : « Moi aussi, j'ai 11 ans. » Que sais-tu vraiment de Kai ?
    .hint = Est-ce que tu peux voir qui écrit ?
    .explanation = En ligne, tu sais seulement ce que quelqu'un te raconte. Les gens peuvent faire semblant d'être plus jeunes ou plus âgés. C'est pour ça que tes infos perso restent privées.
# Answer option (right).
q-what-you-know-only-what-they-say = Seulement ce que Kai me raconte.
    .feedback = Oui ! Tu ne peux pas voir qui écrit. Kai a peut-être 11 ans, ou peut-être pas.
# Answer option (wrong).
q-what-you-know-they-are-eleven = Kai a 11 ans, puisque Kai l'a dit.
    .feedback = Pas tout à fait. N'importe qui peut écrire « J'ai 11 ans ». Dans un jeu, tu ne peux pas le vérifier.
# Answer option (wrong).
q-what-you-know-voice-proves-it = Kai a une voix jeune dans le chat vocal, donc Kai est encore enfant.
    .feedback = Pas tout à fait. Une voix peut être changée avec une appli. Une voix ne prouve pas qui est quelqu'un.

# Question: a scenario. The situation is shown first, then the question.
q-ruby-meet-up = Que pourrait faire Ruby ?
    .situation = Ruby, 12 ans, joue à un jeu avec Sky depuis des mois. Sky lui écrit : « On se voit au parc samedi ? Viens sans personne. Ce sera notre secret. »
    .hint = Cherche les signaux d'alerte. Qui pourrait aider Ruby ?
    .explanation = « Viens sans personne » et « notre secret » sont des signaux d'alerte. Ruby ne doit pas y aller. Le mieux, c'est d'en parler à un adulte de confiance. Refuser, puis bloquer et signaler, ça aide aussi.
# Action (best).
q-ruby-meet-up-tell-trusted-adult = Ne pas y aller. En parler à un adulte de confiance.
    .feedback = Le meilleur choix ! Un adulte peut aider Ruby à rester en sécurité et à signaler Sky. Personne ne doit reprocher à Ruby d'en avoir parlé.
# Action (also good).
q-ruby-meet-up-say-no-block-report = Refuser. Garder la conversation, puis bloquer et signaler Sky.
    .feedback = Bon choix. Refuser et signaler, ça aide. En parler aussi à un adulte, c'est encore mieux.
# Action (not helpful).
q-ruby-meet-up-take-a-friend = Y aller, mais avec quelqu'un de l'école.
    .feedback = Pas tout à fait. Deux enfants sans adulte, ce n'est toujours pas sûr. Un adulte doit être au courant.
# Action (not helpful).
q-ruby-meet-up-go-but-be-careful = Y aller, mais garder son téléphone allumé.
    .feedback = Pas tout à fait. Un téléphone ne rend pas le rendez-vous sûr. « Viens sans personne » est un signal d'alerte. Ruby devrait en parler à un adulte.

# Question: true or false about meeting an online friend alone.
q-long-chat-meet-alone = Si tu discutes depuis longtemps avec quelqu'un rencontré en ligne, tu peux aller le voir sans adulte.
    .hint = Est-ce que discuter longtemps montre qui écrit vraiment ?
    .explanation = Même après longtemps, tu ne peux pas savoir avec certitude qui est quelqu'un en ligne. Ne va jamais à un rendez-vous sans adulte. Parles-en à un adulte de confiance.
# Feedback if the child picks "true" (wrong).
q-long-chat-meet-alone-true =
    .feedback = Pas tout à fait. Discuter longtemps ne montre pas qui est vraiment quelqu'un. Parles-en à un adulte, et ne va jamais à un rendez-vous sans adulte.
# Feedback if the child picks "false" (right).
q-long-chat-meet-alone-false =
    .feedback = Oui ! Jamais de rendez-vous sans adulte. Un adulte de confiance doit être au courant, et venir avec toi.

# Question: multiple choice, "choose all that apply".
q-signs-from-anyone = Lesquelles de ces choses sont des signaux d'alerte, quelle que soit la personne ? Choisis toutes les bonnes réponses.
    .hint = Pour chacune, demande-toi : est-ce que ça me dérangerait qu'un adulte de confiance voie ça ?
    .explanation = Demander des secrets ou des photos, vouloir te voir sans adulte et insister après ton « non » sont des signaux d'alerte. Dire bonjour et parler d'un jeu, c'est normal.
# Answer option (a warning sign).
q-signs-from-anyone-asks-for-secrets = La personne te demande de garder vos discussions secrètes.
    .feedback = Un signal d'alerte. Les personnes de confiance ne te demandent pas de cacher des choses aux adultes qui s'occupent de toi.
# Answer option (a warning sign).
q-signs-from-anyone-wants-to-meet-alone = La personne veut te voir en vrai, sans adulte.
    .feedback = Un signal d'alerte. Jamais de rendez-vous sans adulte. Parles-en à un adulte de confiance.
# Answer option (a warning sign).
q-signs-from-anyone-asks-for-photos = La personne te demande des photos de toi.
    .feedback = Un signal d'alerte. Tu peux dire non et en parler à un adulte.
# Answer option (a warning sign).
q-signs-from-anyone-pushes-after-no = La personne continue d'insister après ton « non ».
    .feedback = Un signal d'alerte. Quelqu'un qui t'aime bien accepte un « non ».
# Answer option (not a warning sign).
q-signs-from-anyone-says-hi-in-game = La personne dit bonjour dans un jeu.
    .feedback = Pas tout à fait. Dire bonjour, c'est normal et sympa.
# Answer option (not a warning sign).
q-signs-from-anyone-talks-about-game = La personne parle du jeu auquel tu joues.
    .feedback = Pas tout à fait. Parler d'un jeu, c'est normal.

# Question: true or false about who harms children.
q-only-strangers-harm = Les personnes qui font du mal aux enfants sont presque toujours des inconnus.
    .hint = Repense à la carte sur ce que font les gens.
    .explanation = La plupart des personnes qui font du mal aux enfants sont des gens qu'ils connaissent déjà. C'est pour ça que les signaux d'alerte comptent plus que « inconnu ou pas ».
# Feedback if the child picks "true" (wrong).
q-only-strangers-harm-true =
    .feedback = Pas tout à fait. La plupart sont des gens que l'enfant connaît. Regarde ce que les gens font, pas seulement qui ils sont.
# Feedback if the child picks "false" (right).
q-only-strangers-harm-false =
    .feedback = Oui ! Ça peut être n'importe qui, même quelqu'un que tu connais. Repérer les signaux t'aide à avoir de l'aide plus tôt.

# Question: sort people into two groups.
q-know-or-online = Mets chaque personne dans le bon groupe.
    .hint = Est-ce que tu l'as rencontrée en vrai, et ta famille sait-elle qui c'est ?
    .explanation = Quelqu'un de ta classe, ton cousin ou ta cousine et ton coach, tu les connais dans la vraie vie. Quelqu'un de ton équipe dans un jeu, quelqu'un qui te suit sur une appli et une connaissance d'un ami avec qui tu discutes seulement en ligne, tu les connais seulement en ligne.
# Group name.
q-know-or-online-real-life = Je connais cette personne dans la vraie vie
# Group name.
q-know-or-online-only-online = Je connais cette personne seulement en ligne
# Item to sort (real life).
q-know-or-online-classmate = Quelqu'un de ma classe
    .feedback = Tu vois cette personne à l'école. Tu la connais dans la vraie vie.
# Item to sort (real life).
q-know-or-online-cousin = Mon cousin ou ma cousine
    .feedback = Ton cousin ou ta cousine fait partie de ta famille. Tu connais cette personne dans la vraie vie.
# Item to sort (real life).
q-know-or-online-football-coach = Mon coach de foot
    .feedback = Tu vois ton coach à l'entraînement. Tu le connais dans la vraie vie.
# Item to sort (only online).
q-know-or-online-game-teammate = Quelqu'un de mon équipe dans un jeu en ligne
    .feedback = Tu connais cette personne seulement par le jeu. Tu ne peux pas voir qui écrit.
# Item to sort (only online).
q-know-or-online-video-app-follower = Quelqu'un qui me suit sur mon appli de vidéos
    .feedback = Tu connais cette personne seulement par l'appli. Son profil n'est peut-être pas vrai.
# Item to sort (only online).
q-know-or-online-friend-of-a-friend = Une connaissance d'un ami, avec qui je discute seulement en ligne
    .feedback = Même si quelqu'un que tu connais la connaît, toi, tu connais cette personne seulement en ligne.

# Question: single choice about warning signs from someone the child knows.
q-cousin-gifts = Un cousin plus âgé commence à t'écrire tard le soir. Il t'envoie des cadeaux dans un jeu et te dit : « Ne le dis pas à ta mère. » Qu'est-ce que c'est ?
    .hint = Regarde ce qu'il fait, pas seulement qui il est.
    .explanation = Les discussions secrètes et les cadeaux sans raison sont des signaux d'alerte, même dans la famille. Parles-en à un autre adulte de confiance.
# Answer option (right).
q-cousin-gifts-warning-sign = Un signal d'alerte, même s'il fait partie de la famille.
    .feedback = Oui ! Les secrets et les cadeaux sont des signaux d'alerte, quelle que soit la personne. Parles-en à un autre adulte de confiance.
# Answer option (wrong).
q-cousin-gifts-fine-because-family = Ce n'est pas grave, puisqu'il fait partie de la famille.
    .feedback = Pas tout à fait. Quelqu'un de la famille peut aussi montrer des signaux d'alerte. Te demander de cacher un secret à ta mère en est un.
# Answer option (wrong).
q-cousin-gifts-just-a-gift = C'est juste un joli cadeau.
    .feedback = Pas tout à fait. Un cadeau qui vient avec « ne le dis pas » est un signal d'alerte.

# Question: true or false about telling after being tricked. The right answer is "true".
q-tricked-can-tell = Si quelqu'un rencontré en ligne te tend un piège, tu peux quand même en parler à un adulte. Ce n'est pas ta faute.
    .hint = Qui fait quelque chose de mal ?
    .explanation = La personne qui piège un enfant fait quelque chose de mal. Ce n'est jamais la faute de l'enfant, et tu peux toujours en parler.
# Feedback if the child picks "true" (right).
q-tricked-can-tell-true =
    .feedback = Oui ! Ce n'est jamais ta faute. Un adulte de confiance peut t'aider, et l'écran Aide aussi.
# Feedback if the child picks "false" (wrong).
q-tricked-can-tell-false =
    .feedback = Pas tout à fait. Tu peux toujours en parler. C'est la personne qui t'a tendu un piège qui fait quelque chose de mal.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez : en quoi un ami en ligne est-il différent d'un ami qu'on connaît dans la vraie vie ? Pourquoi les signaux d'alerte comptent-ils plus que « inconnu ou pas » ? À qui en parleriez-vous si quelqu'un rencontré en ligne voulait vous voir ?
