# SafeSteps — MIT OR Apache-2.0

### Lesson: Block and report (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Teach the skill step by step; make reporting feel safe.

# Lesson name on the lesson card.
lesson-title = Bloquer et signaler
# One line under the lesson name.
lesson-summary = Découvre comment marchent la sourdine, le blocage et le signalement, ce qui se passe après un signalement, et qui peut t'aider.

# Card 1: the three tools: mute, block, report.
card-three-tools =
    La plupart des jeux et des applis ont trois outils.
    Mettre en sourdine, c'est ne plus voir ou ne plus entendre quelqu'un.
    Bloquer, c'est empêcher la personne de t'écrire ou de t'ajouter.
    Signaler, c'est dire à l'appli que quelqu'un a enfreint les règles.
    Pour les trouver, touche le nom du joueur, ou les trois petits points à côté d'un message.
# Card 2: when to use the tools.
card-when-to-use =
    Tu peux utiliser ces outils chaque fois que quelqu'un te fait de la peine, te fait peur ou te met la pression.
    Peut-être que la personne envoie des messages méchants ou demande des photos. Peut-être qu'elle n'arrête pas de t'écrire.
    Pas besoin d'une grosse raison. C'est ton espace.
    Tu peux bloquer quelqu'un même si tu l'aimais bien avant.
# Card 3: save proof before blocking; never save or send private pictures.
card-save-proof =
    Avant de bloquer, garde des preuves.
    Fais des captures d'écran des messages et du pseudo de la personne. N'efface pas la conversation.
    Les captures d'écran aident l'appli et les adultes à voir ce qui s'est passé.
    Si quelqu'un t'envoie une photo intime, ne l'enregistre pas, n'en fais pas de capture et ne la fais pas circuler. Parles-en à un adulte de confiance.
# Card 4: what happens after a report.
card-after-a-report =
    Que se passe-t-il après un signalement ? Des personnes de l'appli le vérifient.
    La plupart des applis ne disent pas à la personne que c'est toi qui l'as signalée.
    L'appli peut l'avertir, retirer des publications ou fermer son compte.
    Ça peut prendre du temps, et tu n'auras peut-être pas de réponse. Ce n'est pas grave.
    Signaler aide quand même à te protéger, toi et les autres.
# Card 5: tell a trusted adult; not the child's fault; Help.
card-tell-an-adult =
    Tu n'as pas à faire ça sans aide. Parles-en à un adulte de confiance.
    Cet adulte peut t'aider à garder des preuves, à signaler et à vérifier tes paramètres. Il ne doit pas te faire de reproches.
    Si quelqu'un t'a fait de la peine en ligne, ce n'est pas ta faute.
    Tu peux aussi toucher le bouton Aide pour trouver quelqu'un à qui parler.

# Question: single choice about which tool stops messages.
q-stop-messages = Quelqu'un n'arrête pas de t'écrire dans un jeu. Quel outil l'empêche de t'écrire ?
    .hint = Quel outil l'empêche complètement de te joindre ?
    .explanation = Bloquer empêche quelqu'un de t'écrire ou de t'ajouter. La sourdine le cache seulement à tes yeux. Garde d'abord des preuves, et signale aussi.
# Answer option (right).
q-stop-messages-block = Bloquer
    .feedback = Oui ! Bloquer empêche la personne de t'écrire. Garde d'abord des preuves, et signale-la aussi.
# Answer option (wrong).
q-stop-messages-mute = Mettre en sourdine
    .feedback = Pas tout à fait. La sourdine te cache la personne, mais elle peut encore envoyer des choses. Bloquer arrête les messages.
# Answer option (wrong).
q-stop-messages-change-avatar = Changer mon avatar
    .feedback = Pas tout à fait. Un nouveau look ne l'arrête pas. C'est bloquer qui l'arrête.

# Question: sort what each tool does into three groups.
q-which-tool = Quel outil fait quoi ? Mets chaque chose dans le bon groupe.
    .hint = Repense à la carte sur les trois outils. Que fait chacun d'eux ?
    .explanation = La sourdine t'empêche de voir ou d'entendre quelqu'un. Bloquer empêche la personne de te joindre. Signaler demande à l'appli de vérifier et d'agir.
# Group name.
q-which-tool-mute = Mettre en sourdine
# Group name.
q-which-tool-block = Bloquer
# Group name.
q-which-tool-report = Signaler
# Item to sort (mute).
q-which-tool-stop-hearing = Je n'entends plus la personne dans le chat vocal.
    .feedback = C'est la sourdine. Tu ne l'entends plus, mais elle est toujours dans le jeu.
# Item to sort (mute).
q-which-tool-hide-chat = Je ne vois plus ses messages, mais on reste dans le même jeu.
    .feedback = C'est la sourdine. Elle te cache la personne.
# Item to sort (block).
q-which-tool-no-more-messages = La personne ne peut plus m'écrire.
    .feedback = C'est bloquer. Ça l'empêche de te joindre.
# Item to sort (block).
q-which-tool-no-friend-requests = La personne ne peut plus m'envoyer de demandes d'ami.
    .feedback = C'est bloquer. Elle ne peut pas t'ajouter.
# Item to sort (report).
q-which-tool-app-checks-rules = L'appli vérifie si la personne a enfreint les règles.
    .feedback = C'est signaler. Des personnes de l'appli regardent ce qu'elle a fait.
# Item to sort (report).
q-which-tool-app-can-close-account = L'appli peut fermer son compte.
    .feedback = C'est signaler. L'appli peut agir si la personne a enfreint les règles.

# Question: single choice about what to do before blocking.
q-before-blocking = Quelqu'un t'envoie des messages méchants. Que dois-tu faire avant de le bloquer ?
    .hint = Qu'est-ce qui aidera l'appli et un adulte à voir ce qui s'est passé ?
    .explanation = Fais d'abord des captures d'écran des messages et du pseudo. Ensuite, bloque, signale et parles-en à un adulte de confiance.
# Answer option (right).
q-before-blocking-take-screenshots = Faire des captures d'écran des messages et de son pseudo.
    .feedback = Oui ! Les captures d'écran sont des preuves. Elles aident quand tu signales et quand tu en parles à un adulte.
# Answer option (wrong).
q-before-blocking-delete-chat = Effacer la conversation pour ne plus la voir.
    .feedback = Pas tout à fait. C'est normal de vouloir la faire disparaître. Mais la conversation est une preuve, alors garde-la d'abord.
# Answer option (wrong).
q-before-blocking-reply-angry = Répondre avec colère.
    .feedback = Pas tout à fait. Répondre peut empirer les choses. Garde des preuves, puis bloque et signale.

# Question: a scenario. The situation is shown first, then the question.
q-aisha-game = Que pourrait faire Aïcha ?
    .situation = Aïcha, 10 ans, joue à un jeu en ligne. Un joueur n'arrête pas de lui écrire : « Pourquoi tu ne réponds pas ? Ajoute-moi sur une autre appli. » Elle a dit non, mais il continue.
    .hint = Aïcha a dit non et il n'a pas arrêté. Quels outils peuvent aider ? Qui peut aider ?
    .explanation = Aïcha peut garder des preuves, puis le bloquer et le signaler, et en parler à un adulte de confiance. En parler d'abord à un adulte, c'est bien aussi. Répondre ou ne rien dire la laisse gérer ça sans aide.
# Action (best).
q-aisha-game-save-block-report-tell = Faire des captures d'écran, le bloquer et le signaler, puis en parler à un adulte de confiance.
    .feedback = Le meilleur choix ! Aïcha utilise tous les outils, et un adulte peut l'aider. Ce n'est pas sa faute.
# Action (also good).
q-aisha-game-tell-adult-first = En parler tout de suite à un adulte de confiance, et demander de l'aide.
    .feedback = Bon choix. Un adulte peut l'aider à garder des preuves, à bloquer et à signaler.
# Action (not helpful).
q-aisha-game-reply-once-more = Répondre encore une fois et lui demander gentiment d'arrêter.
    .feedback = Pas tout à fait. Elle a déjà dit non. Répondre peut le pousser à continuer. Bloquer l'arrête.
# Action (not helpful).
q-aisha-game-keep-quiet = Ne rien dire et espérer qu'il arrête.
    .feedback = Pas tout à fait. Il n'arrêtera peut-être pas. Aïcha n'a pas à gérer ça sans aide.

# Question: true or false about whether the reported person is told.
q-they-know-who = Quand tu signales quelqu'un, la plupart des applis lui disent qui l'a signalé.
    .hint = Repense à la carte sur ce qui se passe après un signalement.
    .explanation = La plupart des applis ne disent pas à la personne que c'est toi qui l'as signalée. Comme ça, signaler reste sûr.
# Feedback if the child picks "true" (wrong).
q-they-know-who-true =
    .feedback = Pas tout à fait. La plupart des applis ne donnent pas ton nom à la personne que tu signales. Comme ça, tu peux signaler en sécurité.
# Feedback if the child picks "false" (right).
q-they-know-who-false =
    .feedback = Oui ! La plupart des applis ne disent pas qui a fait le signalement. Signaler aide à te protéger, toi et les autres.

# Question: multiple choice, "choose all that apply".
q-after-you-report = Que peut-il se passer après un signalement ? Choisis toutes les bonnes réponses.
    .hint = Que peut faire l'appli si quelqu'un a enfreint les règles ?
    .explanation = L'appli vérifie le signalement. Elle peut avertir la personne, retirer des publications ou fermer le compte. Elle ne publie pas ton nom.
# Answer option (can happen).
q-after-you-report-app-checks = Des personnes de l'appli vérifient le signalement.
    .feedback = Ça peut arriver. Des personnes de l'appli regardent ce qui a été envoyé.
# Answer option (can happen).
q-after-you-report-warns-them = L'appli avertit la personne.
    .feedback = Ça peut arriver. Un avertissement lui dit d'arrêter.
# Answer option (can happen).
q-after-you-report-removes-posts = L'appli retire des publications.
    .feedback = Ça peut arriver. Les publications qui enfreignent les règles peuvent être retirées.
# Answer option (can happen).
q-after-you-report-closes-account = L'appli ferme son compte.
    .feedback = Ça peut arriver si la personne a enfreint les règles.
# Answer option (does not happen).
q-after-you-report-posts-your-name = L'appli publie ton nom pour que tout le monde le voie.
    .feedback = Pas tout à fait. Les applis ne publient pas ton nom. La plupart le gardent privé.
# Answer option (does not happen).
q-after-you-report-nothing-ever = Rien, jamais. Les signalements ne servent à rien.
    .feedback = Pas tout à fait. Tu n'auras peut-être pas de réponse, mais les signalements aident les applis à protéger les gens.

# Question: true or false about blocking someone you liked before.
q-block-a-friend = Tu peux bloquer quelqu'un même si vous vous entendiez bien avant.
    .hint = Est-ce à toi de choisir qui peut te joindre dans ton espace ?
    .explanation = Oui. Tu peux bloquer toute personne qui te fait de la peine, te fait peur ou te met la pression, même quelqu'un de proche.
# Feedback if the child picks "true" (right).
q-block-a-friend-true =
    .feedback = Oui ! C'est ton espace. Tu peux bloquer toute personne qui te fait te sentir mal.
# Feedback if the child picks "false" (wrong).
q-block-a-friend-false =
    .feedback = Pas tout à fait. Avoir apprécié quelqu'un avant, ça ne veut pas dire que tu dois continuer à lui parler. Tu peux bloquer cette personne.

# Question: single choice about an unwanted private picture.
q-unwanted-picture = Un joueur t'envoie une photo intime que tu n'as pas demandée. Que fais-tu ?
    .hint = Est-ce quelque chose à garder, à faire circuler, ou à raconter à un adulte ?
    .explanation = Ne l'enregistre pas, n'en fais pas de capture et ne la fais pas circuler, même comme preuve. Parles-en à un adulte de confiance. Cet adulte peut t'aider à la signaler. Ce n'est pas ta faute.
# Answer option (right).
q-unwanted-picture-dont-save-tell-adult = Je ne l'enregistre pas et je ne la fais pas circuler. J'en parle à un adulte de confiance.
    .feedback = Oui ! Un adulte peut t'aider à la signaler. Ce n'est pas ta faute si on te l'a envoyée.
# Answer option (wrong).
q-unwanted-picture-send-as-proof = Je l'envoie à un ami ou une amie comme preuve.
    .feedback = Pas tout à fait. La transférer la partage encore plus. Parles-en à un adulte, qui pourra t'aider à la signaler.
# Answer option (wrong).
q-unwanted-picture-keep-it-secret = Je garde le secret pour que personne ne soit contrarié.
    .feedback = Pas tout à fait. Un secret comme celui-là, on en parle. Un adulte de confiance voudra t'aider.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez : où se trouvent les boutons pour mettre en sourdine, bloquer et signaler dans les jeux et les applis que vous utilisez ? Pourquoi quelqu'un pourrait-il hésiter à signaler, et qu'est-ce qui pourrait rendre ça plus facile ? Qui pourrait vous aider à garder des preuves ?
