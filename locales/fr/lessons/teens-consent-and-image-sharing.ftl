# SafeSteps — MIT OR Apache-2.0

### Lesson: Consent and sharing images (ages 13–17).
### Readers are teenagers, often alone. Be direct, calm and respectful; never preachy.
### Never describe images or acts; say "nude or private image". Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Consentement et partage d'images
# One line under the lesson name.
lesson-summary = À qui est cette photo ? Quand demander, quand arrêter, et quoi faire si une image circule.

# Card 1: consent before sharing anyone's image.
card-ask-first =
    Les photos et les vidéos font partie de notre façon de communiquer en ligne. C'est normal.
    Mais la photo de quelqu'un lui appartient en partie. Avant de la poster ou de l'envoyer, demande-lui.
    Le consentement, c'est un oui clair, donné librement. Le silence n'est pas un oui. « Bof, comme tu veux » n'est pas un oui.
    On a aussi le droit de changer d'avis. Si quelqu'un te demande de retirer une photo, retire-la.
    Tu voudrais la même chose de sa part.
# Card 2: never forward a nude or private image.
card-never-forward =
    Ne transfère jamais un nude ou une image intime de quelqu'un, même si elle circule déjà.
    Chaque partage fait du mal à la personne sur l'image. Ça peut la suivre pendant des années.
    Dans beaucoup de pays, partager l'image dénudée d'une personne de moins de 18 ans est puni par la loi. Ça peut être vrai même si tu as toi-même moins de 18 ans.
    Peu importe qui l'a envoyée en premier, ou si la personne l'a un jour envoyée à quelqu'un. L'envoyer à une personne, ce n'est pas dire oui à tout le monde.
# Card 3: what to do if you receive one.
card-if-you-get-one =
    Si quelqu'un t'envoie un nude ou une image intime d'une autre personne :
    Ne la transfère pas et ne la montre à personne.
    Signale-la dans l'appli. Puis supprime-la, et vide-la aussi du dossier « Supprimés récemment ».
    N'en garde pas de copie, même comme preuve. Tu peux signaler sans garder l'image.
    Parles-en à un adulte de confiance, pour qu'il aide à stopper la diffusion. Cet adulte ne doit pas te reprocher de l'avoir reçue.
    Si un adulte ou un inconnu t'envoie l'image dénudée de qui que ce soit, ce n'est pas normal non plus. Signale-le et parles-en à quelqu'un.
# Card 4: you can say no; not your fault.
card-you-can-say-no =
    Personne n'a le droit de te mettre la pression pour avoir une image. Ni ton crush, ni ton copain ou ta copine, ni quelqu'un de ta bande, ni un inconnu.
    Tu peux dire non, même si tu as déjà partagé avant. Dire oui une fois, ça ne veut jamais dire oui pour la suite.
    Si ton image a été partagée sans ton consentement, ce n'est pas ta faute. C'est la personne qui l'a partagée qui est en tort, même si c'est toi qui la lui avais envoyée.
    Tu n'as pas provoqué ça, et tu peux avoir de l'aide.
# Card 5: Take It Down, reporting, and who to talk to.
card-getting-it-removed =
    Signale le post sur l'appli. Les images dénudées de mineurs enfreignent les règles des applis, et elles doivent les retirer.
    Take It Down (takeitdown.ncmec.org) est un outil gratuit du NCMEC. Il aide à retirer les images dénudées de mineurs des applis qui participent.
    Il crée un hash, une empreinte numérique de l'image, sur ton propre appareil. Seul le hash est envoyé, jamais l'image.
    Parles-en à un adulte de confiance. Ou touche le bouton Aide pour trouver des personnes qui peuvent t'aider dans ton pays.

# Question: single choice about posting a funny photo of a friend.
q-funny-photo = Tu as une photo drôle de quelqu'un de ta bande. Que dois-tu faire avant de la poster ?
    .hint = C'est le visage de qui, sur la photo ?
    .explanation = Demande d'abord. La photo de quelqu'un lui appartient en partie. Si la personne dit non, ou change d'avis plus tard, respecte-le.
# Answer option (right).
q-funny-photo-ask-them-first = Lui demander si je peux la poster.
    .feedback = Exact. Un petit « Je peux poster ça ? » montre du respect, et la plupart des gens diront oui ou te diront laquelle ils préfèrent.
# Answer option (wrong).
q-funny-photo-post-then-delete = La poster, et la supprimer si la personne le prend mal.
    .feedback = Pas tout à fait. D'ici là, des gens l'auront peut-être vue ou enregistrée. Demander d'abord, c'est plus simple pour vous deux.
# Answer option (wrong).
q-funny-photo-tag-them = Identifier la personne pour qu'elle sache que c'est en ligne.
    .feedback = Pas tout à fait. Identifier quelqu'un le prévient une fois la photo postée. Le consentement, c'est demander avant.

# Question: a scenario about a private image in a group chat.
q-group-chat-image = Que pourrais-tu faire au sujet de cette image ?
    .situation = Dans un groupe, quelqu'un poste une image intime d'une fille de ton niveau. Des gens commencent à envoyer des émojis morts de rire. Quelqu'un écrit : « Envoie-la dans l'autre groupe. »
    .hint = Pense à la fille sur l'image. Qu'est-ce qui arrêterait la diffusion ?
    .explanation = Ne pas la partager, la signaler et en parler à un adulte de confiance, c'est le meilleur choix. La supprimer et quitter le groupe, c'est bien aussi. La transférer répand le mal. La transférer ou l'enregistrer peut être puni par la loi.
# Action (best).
q-group-chat-image-dont-share-report-tell = Ne pas la partager. La signaler dans l'appli, la supprimer, et en parler à un adulte de confiance.
    .feedback = Le meilleur choix. Tu aides à stopper la diffusion, et un adulte peut aider à la faire retirer. L'avoir reçue n'était pas ta faute, et tu as bien fait d'en parler.
# Action (also good).
q-group-chat-image-delete-and-leave-chat = La supprimer et quitter le groupe.
    .feedback = Bon choix. Tu ne participes pas à la diffusion. La signaler et en parler aussi à un adulte l'aiderait encore plus.
# Action (not helpful).
q-group-chat-image-forward-to-warn = La lui transférer pour qu'elle sache que ça circule.
    .feedback = Pas tout à fait. L'envoyer, même à elle, la diffuse encore. Préviens-la gentiment avec des mots, et parles-en à un adulte.
# Action (not helpful).
q-group-chat-image-save-just-in-case = En garder une copie, au cas où quelqu'un aurait besoin d'une preuve.
    .feedback = Pas tout à fait. Garder une copie peut être puni par la loi, et tu n'en as pas besoin pour signaler. Signale-la, puis supprime-la.

# Question: choose all that apply, about why not to forward.
q-why-not-forward = Pourquoi ne faut-il jamais transférer le nude ou l'image intime de quelqu'un ? Choisis toutes les bonnes réponses.
    .hint = Pense à la personne sur l'image, à la loi, et à ce qui se passe une fois que tu appuies sur « Envoyer ».
    .explanation = Ça fait du mal à la personne, ça peut être puni par la loi, et une fois envoyée, l'image peut se répandre sans que personne ne puisse la contrôler. Qui l'a envoyée en premier ou à quel point elle a circulé n'y change rien.
# Answer option (right reason).
q-why-not-forward-hurts-the-person = Ça fait du mal à la personne sur l'image.
    .feedback = Oui. Chaque partage ajoute à sa souffrance.
# Answer option (right reason).
q-why-not-forward-can-be-a-crime = Dans beaucoup d'endroits, ça peut être puni par la loi.
    .feedback = Oui. Partager l'image dénudée d'une personne de moins de 18 ans est puni par la loi dans beaucoup de pays.
# Answer option (right reason).
q-why-not-forward-spreads-fast = Une fois envoyée, tu ne peux plus contrôler où elle va.
    .feedback = Oui. Un seul transfert peut devenir des centaines de copies.
# Answer option (not a reason to share).
q-why-not-forward-fine-if-already-out = Ce n'est pas grave si plein de gens l'ont déjà.
    .feedback = Pas tout à fait. Chaque nouveau partage lui fait encore du mal. Tu peux être la personne qui arrête ça.
# Answer option (not a reason to share).
q-why-not-forward-fine-if-they-sent-it = Ce n'est pas grave si la personne l'a envoyée à quelqu'un en premier.
    .feedback = Pas tout à fait. L'envoyer à une personne, ce n'est pas dire oui à tout le monde.

# Question: put the steps in order.
q-received-steps = Quelqu'un t'envoie l'image dénudée d'une personne de ta classe. Remets ces étapes dans l'ordre. (Tu peux en parler à un adulte de confiance à tout moment.)
    .hint = Quelle étape a besoin que le message soit encore là ?
    .explanation = D'abord, stoppe la diffusion. Signale pendant que le message est encore là, pour que l'appli puisse agir. Puis supprime l'image, et vide-la des « Supprimés récemment » pour qu'aucune copie ne reste.
# Step 1.
q-received-steps-dont-forward = Ne pas la transférer ni la montrer à personne
    .feedback = D'abord, que ça s'arrête avec toi. Ça protège la personne de ta classe.
# Step 2.
q-received-steps-report-it = Signaler le message ou le compte dans l'appli
    .feedback = Signale pendant que tu peux encore le voir, pour que l'appli puisse agir.
# Step 3.
q-received-steps-delete-it = Supprimer l'image
    .feedback = Ensuite, supprime-la. Tu n'as pas besoin de la garder.
# Step 4.
q-received-steps-empty-deleted-folder = La vider du dossier « Supprimés récemment »
    .feedback = Enfin, vide-la de là aussi, pour qu'aucune copie ne reste sur ton téléphone.

# Question: true or false about saying no after saying yes before.
q-said-yes-before = Si tu as déjà envoyé une photo à quelqu'un, tu peux quand même dire non la prochaine fois.
    .hint = Un oui une fois, est-ce un oui pour toujours ?
    .explanation = Vrai. Le consentement, c'est à chaque fois. Tu peux dire non maintenant, quoi que tu aies fait avant.
# Feedback if the teen picks "true" (right).
q-said-yes-before-true =
    .feedback = Exact. Tu peux dire non à tout moment. Quelqu'un qui continue d'insister ne te respecte pas.
# Feedback if the teen picks "false" (wrong).
q-said-yes-before-false =
    .feedback = Pas tout à fait. Avoir partagé une fois ne t'oblige jamais à recommencer. Tu peux toujours dire non.

# Question: true or false about blame. The right answer is "false".
q-blame-for-sending = Si quelqu'un partage ton image intime sans ton consentement, tu es en partie responsable parce que tu l'as envoyée.
    .hint = Qui a choisi de la partager avec d'autres ?
    .explanation = Faux. Ce n'est pas ta faute. C'est la personne qui l'a partagée sans ton consentement qui est en tort. Tu peux avoir de l'aide pour la faire retirer.
# Feedback if the teen picks "true" (wrong).
q-blame-for-sending-true =
    .feedback = Pas tout à fait. Ce n'est pas ta faute, même si c'est toi qui la lui avais envoyée. C'est cette personne qui a choisi de la partager. Tu peux la signaler et avoir de l'aide.
# Feedback if the teen picks "false" (right).
q-blame-for-sending-false =
    .feedback = Exact. La faute revient à la personne qui l'a partagée. Signale-la, parles-en à quelqu'un de confiance, et essaie Take It Down.

# Question: single choice about how Take It Down works.
q-take-it-down-how = Comment Take It Down garde-t-il ton image privée ?
    .hint = Pense à ce dont les applis ont besoin pour repérer une copie sans la voir.
    .explanation = Take It Down crée un hash, une empreinte numérique, sur ton propre appareil. Seul le hash est envoyé. Les applis qui participent s'en servent pour trouver et retirer les copies.
# Answer option (right).
q-take-it-down-how-hash-leaves = Seule une empreinte numérique (un hash) quitte ton appareil.
    .feedback = Exact. L'image reste chez toi. Le hash suffit pour trouver les copies.
# Answer option (wrong).
q-take-it-down-how-image-uploaded = Tu envoies l'image pour que l'équipe la vérifie.
    .feedback = Pas tout à fait. Tu n'envoies jamais l'image. Seul le hash quitte ton appareil.
# Answer option (wrong).
q-take-it-down-how-police-told = Ton nom est envoyé à la police.
    .feedback = Pas tout à fait. Take It Down n'a pas besoin de ton nom. Seul le hash est envoyé.

# Question: a scenario about pressure to send an image.
q-pressure-to-send = Que pourrais-tu faire ?
    .situation = Depuis quelques semaines, tu parles avec quelqu'un qui te plaît. Cette personne t'écrit : « Tout le monde le fait. Moi, je t'en enverrais une. Si tu tenais à moi, tu m'enverrais une photo. »
    .hint = Tenir à quelqu'un, est-ce que ça veut dire céder quand on te met la pression ?
    .explanation = Dire non clairement, c'est le meilleur choix. Arrêter la conversation et en parler à quelqu'un de confiance, c'est bien aussi. « Si tu tenais à moi », c'est de la pression, et quelqu'un qui tient à toi accepte un non.
# Action (best).
q-pressure-to-send-say-no-clearly = Dire non : « Je n'envoie pas ça. » Je ne dois d'image à personne.
    .feedback = Le meilleur choix. Un non clair suffit. Tu n'as pas besoin de te justifier.
# Action (also good).
q-pressure-to-send-leave-and-tell = Arrêter de répondre et en parler à quelqu'un de confiance.
    .feedback = Bon choix. Tu n'as pas à gérer la pression sans soutien. Si ça continue, tu peux bloquer et signaler.
# Action (not helpful).
q-pressure-to-send-send-to-keep-them = En envoyer une pour que la personne ne se désintéresse pas de moi.
    .feedback = Pas tout à fait. Quelqu'un qui en vaut la peine ne te mettrait pas la pression. Tu peux dire non, et si tu en as déjà envoyé une, tu peux quand même avoir de l'aide.
# Action (not helpful).
q-pressure-to-send-send-without-face = En envoyer une où on ne voit pas mon visage.
    .feedback = Pas tout à fait. Les images peuvent quand même être partagées et reliées à toi. Et tu n'as jamais à en envoyer une.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez : à quoi ressemble le consentement quand on partage la photo de quelqu'un de sa bande ? Pourquoi les images intimes se répandent-elles si vite, et que pourrait faire une seule personne dans un groupe pour arrêter ça ? Rappelez au groupe que ce n'est jamais la faute de la personne sur l'image.
