# SafeSteps — MIT OR Apache-2.0

### Lesson: Report, block and remove (ages 13–17).
### Readers are teenagers, possibly dealing with something right now. Be direct, calm and
### practical; never preachy. Never describe images or acts. Keep "not your fault" plain.

# Lesson name on the lesson card.
lesson-title = Signaler, bloquer, faire retirer
# One line under the lesson name.
lesson-summary = Comment garder des preuves, signaler, bloquer et faire retirer un contenu, et ce qui se passe ensuite.

# Card 1: keep evidence first.
card-evidence-first =
    Quand quelqu'un te harcèle, te menace ou te met la pression, garde des preuves avant de bloquer.
    Bloquer peut masquer la conversation ou son profil. Ensuite, c'est plus difficile de signaler.
    Fais des captures d'écran des messages et du profil. Note le pseudo, le lien vers le profil, et les dates et heures.
    Ne fais pas de capture des images dénudées et ne les enregistre pas, même comme preuve. Tu peux signaler sans elles.
    Ne supprime pas encore la conversation ni ton compte. Tu pourrais en avoir besoin plus tard.
# Card 2: reporting and blocking on the app.
card-report-and-block =
    La plupart des applis ont un bouton Signaler. Cherche-le sur le message, le post ou le profil (souvent derrière « … »).
    Signaler, c'est dire à l'appli que quelqu'un a enfreint ses règles. La plupart des applis ne révèlent pas à la personne signalée qui l'a signalée.
    Après avoir signalé, bloque la personne pour qu'elle ne puisse plus te contacter là.
    Ensuite, vérifie qui peut t'écrire, t'identifier et te trouver.
    Si elle revient avec un nouveau compte, garde des preuves, signale et bloque à nouveau.
# Card 3: reporting beyond the app.
card-beyond-the-app =
    Certaines situations demandent plus qu'un signalement dans l'appli. Par exemple : des menaces, un adulte qui te demande des images ou des conversations sexuelles, la sextorsion, et les images dénudées de toute personne de moins de 18 ans.
    Aux États-Unis, signale-le à la CyberTipline du NCMEC sur report.cybertip.org ou appelle le 1-800-843-5678. Le NCMEC transmet les signalements à la police, qui peut agir.
    Partout, tu peux aller voir la police près de chez toi. Un adulte de confiance peut t'aider à le faire.
    Ouvre l'écran Aide pour savoir où signaler dans ton pays.
# Card 4: getting images removed.
card-removal =
    Si une image dénudée ou sexuelle de toi prise quand tu avais moins de 18 ans est en ligne, ou si tu penses qu'elle pourrait être partagée, il y a de l'aide.
    Take It Down (takeitdown.ncmec.org) est gratuit. Il utilise la copie qui est sur ton propre téléphone ou ordinateur. Il y crée un hash, une empreinte numérique de l'image. Seul le hash quitte ton appareil, jamais l'image. Les applis qui participent s'en servent pour trouver et retirer les copies.
    Ne télécharge jamais une copie pour t'en servir. Si tu n'as pas l'image, un signalement à la CyberTipline peut aider.
    Tu peux aussi utiliser le formulaire de retrait de l'appli. En dehors des États-Unis, touche le bouton Aide pour savoir qui peut t'aider là où tu vis.
# Card 5: what happens after a report; not your fault.
card-what-happens-next =
    Après ton signalement, l'appli l'examine. Elle peut retirer le post, avertir la personne ou bannir le compte. Certaines applis te tiennent au courant.
    Le NCMEC examine les signalements faits à la CyberTipline et peut les transmettre à la police.
    Ça peut prendre du temps, et tous les signalements n'aboutissent pas. Ça compte quand même. Les signalements aident à empêcher des gens de faire du mal à d'autres.
    Quoi qu'il se soit passé, ce n'est pas ta faute. Les adultes doivent te soutenir, pas te faire de reproches.
    Parles-en à un adulte de confiance, ou touche le bouton Aide.

# Question: single choice about saving proof before blocking.
q-why-save-first = Pourquoi est-ce malin de garder des preuves avant de bloquer quelqu'un ?
    .hint = Qu'est-ce que tu pourrais ne plus voir une fois la personne bloquée ?
    .explanation = Bloquer peut masquer la conversation ou le profil. Garder des preuves d'abord, ça veut dire que tu peux encore signaler, et que d'autres peuvent agir.
# Answer option (right).
q-why-save-first-chat-may-vanish = Bloquer peut masquer la conversation et son profil.
    .feedback = Exact. Garde d'abord des preuves, puis signale et bloque.
# Answer option (wrong).
q-why-save-first-to-post-it = Pour pouvoir les poster et dénoncer la personne publiquement.
    .feedback = Pas tout à fait. Les poster peut empirer les choses. Les preuves, c'est pour l'appli, le NCMEC, la police ou un adulte de confiance.
# Answer option (wrong).
q-why-save-first-apps-need-permission = Les applis ne te laissent pas bloquer sans preuves.
    .feedback = Pas tout à fait. Tu peux bloquer quand tu veux. Mais des preuves rendent un signalement beaucoup plus solide.

# Question: choose all that apply, about good evidence.
q-good-evidence = Lesquels de ces éléments sont bons à garder comme preuves ? Choisis toutes les bonnes réponses.
    .hint = Une preuve montre qui c'est et ce que la personne a fait, sans répandre le mal.
    .explanation = Les pseudos, les captures des messages, les liens de profil et les dates sont de bonnes preuves. N'enregistre jamais d'images dénudées, et ne supprime pas la conversation.
# Answer option (good proof).
q-good-evidence-username = Son pseudo
    .feedback = Oui. Il aide l'appli et la police à trouver le compte.
# Answer option (good proof).
q-good-evidence-message-screenshots = Des captures d'écran des messages
    .feedback = Oui. Elles montrent exactement ce qui a été dit.
# Answer option (good proof).
q-good-evidence-profile-link = Un lien vers son profil
    .feedback = Oui. Un lien mène directement au compte.
# Answer option (good proof).
q-good-evidence-dates-and-times = Les dates et heures des messages
    .feedback = Oui. Les dates et heures aident à montrer ce qui s'est passé, et quand.
# Answer option (not good proof).
q-good-evidence-copy-of-nude = Une copie d'une image dénudée que la personne a envoyée ou partagée
    .feedback = Pas tout à fait. N'enregistre pas d'images dénudées, même comme preuve. Tu peux signaler sans elles.
# Answer option (not good proof).
q-good-evidence-delete-chat = Supprimer la conversation pour qu'elle disparaisse
    .feedback = Pas tout à fait. Supprimer fait perdre les preuves. Garde la conversation pour l'instant.

# Question: put the app steps in order.
q-app-steps = Quelqu'un n'arrête pas de t'envoyer des messages méchants. Remets ces étapes dans l'ordre. (Tu peux en parler à un adulte de confiance à tout moment.)
    .hint = Quelle étape est difficile à faire une fois la personne bloquée ?
    .explanation = Fais d'abord des captures pour avoir des preuves. Signale pendant que tu vois encore la personne. Puis bloque. Enfin, change qui peut t'écrire, pour qu'elle ne puisse pas revenir facilement.
# Step 1.
q-app-steps-screenshot = Faire des captures des messages et du profil
    .feedback = D'abord. Les preuves peuvent disparaître une fois que tu bloques.
# Step 2.
q-app-steps-report = Signaler la personne dans l'appli
    .feedback = Ensuite. Signale pendant que tu vois encore son profil.
# Step 3.
q-app-steps-block = Bloquer la personne
    .feedback = Puis bloque, pour qu'elle ne puisse plus te joindre là.
# Step 4.
q-app-steps-tighten-messages = Changer qui peut t'écrire
    .feedback = Enfin. Comme ça, c'est plus difficile pour elle, ou pour un nouveau compte, de te joindre.

# Question: true or false about reporter privacy.
q-reporter-kept-private = Sur la plupart des applis, la personne que tu signales ne sait pas qui l'a signalée.
    .hint = Est-ce que les gens signaleraient si leur nom était communiqué ?
    .explanation = Vrai. La plupart des applis gardent les signalements confidentiels, pour que tu puisses signaler sans que la personne sache que c'est toi.
# Feedback if the teen picks "true" (right).
q-reporter-kept-private-true =
    .feedback = Exact. La plupart des applis gardent confidentiel le nom de la personne qui signale. Tu peux signaler sans risque.
# Feedback if the teen picks "false" (wrong).
q-reporter-kept-private-false =
    .feedback = Pas tout à fait. La plupart des applis ne révèlent pas à la personne signalée qui l'a signalée.

# Question: a scenario about an adult sending sexual messages.
q-adult-messages = Que pourrais-tu faire au sujet de cet adulte ?
    .situation = Un homme que tu as rencontré dans un jeu a commencé à t'envoyer des messages sexuels et à te demander des photos.
    .hint = C'est grave. Qui peut agir au-delà de l'appli ?
    .explanation = Garder des preuves, signaler et en parler à un adulte de confiance, c'est le meilleur choix. Signaler et bloquer, ça aide aussi. Un adulte qui demande des images sexuelles à un ado peut être signalé à la CyberTipline ou à la police. Ce n'est pas ta faute.
# Action (best).
q-adult-messages-save-report-tell = Garder les messages, le signaler dans le jeu, et en parler à un adulte de confiance.
    .feedback = Le meilleur choix. Un adulte peut aussi t'aider à le signaler à la CyberTipline ou à la police. Tu as bien fait d'en parler.
# Action (also good).
q-adult-messages-report-and-block = Faire des captures de la conversation, puis le signaler et le bloquer.
    .feedback = Bon choix. En parler aussi à un adulte permet de signaler au-delà du jeu.
# Action (not helpful).
q-adult-messages-delete-and-forget = Supprimer la conversation et essayer d'oublier.
    .feedback = Pas tout à fait. Ça fait perdre les preuves, et il pourrait s'en prendre à d'autres. Garde-les et parles-en à quelqu'un.
# Action (not helpful).
q-adult-messages-threaten-back = Menacer de le dénoncer s'il n'arrête pas.
    .feedback = Pas tout à fait. Ça peut le mettre encore plus en colère, et ça te garde en contact avec lui. Signale-le plutôt.

# Question: true or false about Take It Down. The right answer is "false".
q-send-image-to-remove = Pour utiliser Take It Down, tu dois envoyer ton image à quelqu'un.
    .hint = Pense à ce qu'est un hash.
    .explanation = Faux. Take It Down crée un hash sur ton propre appareil. Seul le hash est envoyé, jamais l'image.
# Feedback if the teen picks "true" (wrong).
q-send-image-to-remove-true =
    .feedback = Pas tout à fait. L'image reste sur ton appareil. Seul un hash, une empreinte numérique, est envoyé.
# Feedback if the teen picks "false" (right).
q-send-image-to-remove-false =
    .feedback = Exact. Seul le hash quitte ton appareil. Take It Down ne voit jamais l'image.

# Question: choose all that apply, about what can happen after a report.
q-after-a-report = Que peut-il se passer après un signalement ? Choisis toutes les bonnes réponses.
    .hint = Pense à ce que l'appli et le NCMEC peuvent faire, et à ce qu'ils gardent confidentiel.
    .explanation = Les applis peuvent retirer des posts et bannir des comptes, et le NCMEC peut transmettre les signalements à la police. En général, ton nom n'est pas communiqué à la personne, et on ne doit pas te faire de reproches.
# Answer option (can happen).
q-after-a-report-content-removed = L'appli retire le post ou le message.
    .feedback = Oui. Les contenus qui enfreignent les règles peuvent être retirés.
# Answer option (can happen).
q-after-a-report-account-banned = L'appli bannit le compte.
    .feedback = Oui. Les applis peuvent suspendre ou bannir les gens qui enfreignent les règles.
# Answer option (can happen).
q-after-a-report-passed-to-police = Un signalement à la CyberTipline est transmis à la police.
    .feedback = Oui. Le NCMEC transmet les signalements à la police, qui peut agir.
# Answer option (should not happen).
q-after-a-report-name-shared = La personne apprend ton nom.
    .feedback = Pas tout à fait. La plupart des applis gardent confidentiel le nom de la personne qui signale.
# Answer option (should not happen).
q-after-a-report-you-get-blamed = On te reproche ce qui s'est passé.
    .feedback = Pas tout à fait. Ce n'est pas ta faute. Signaler, c'est ce qu'il faut faire.

# Question: a scenario about an image of the teen online.
q-image-on-a-site = Que pourrais-tu faire au sujet de cette image ?
    .situation = Quelqu'un de ton entourage te dit qu'une image dénudée de toi, prise quand tu avais 15 ans, a été postée sur un site.
    .hint = Quels choix permettent de la faire retirer sans la répandre davantage ?
    .explanation = En parler à un adulte de confiance, et utiliser Take It Down si l'image est encore sur ton téléphone, c'est le meilleur choix. La signaler au site, ça aide aussi. Garder des copies ou écrire à la personne qui l'a postée peut empirer les choses. Ce n'est pas ta faute.
# Action (best).
q-image-on-a-site-take-it-down-and-tell = En parler à un adulte de confiance, et utiliser Take It Down si l'image est encore sur mon téléphone.
    .feedback = Le meilleur choix. Un adulte peut t'aider à la signaler. Take It Down utilise la copie sur ton téléphone pour aider à retirer les autres. Si tu ne l'as pas, un signalement à la CyberTipline peut aider.
# Action (also good).
q-image-on-a-site-report-to-site = Signaler le post au site et demander qu'il soit retiré.
    .feedback = Bon choix. Les sites sont censés retirer les images de mineurs. Utiliser aussi Take It Down aide à repérer les copies.
# Action (not helpful).
q-image-on-a-site-save-every-copy = Chercher toutes les copies et les enregistrer.
    .feedback = Pas tout à fait. Enregistrer des copies n'est pas nécessaire et peut être puni par la loi. Garde le lien, pas l'image.
# Action (not helpful).
q-image-on-a-site-message-the-poster = Écrire à la personne qui l'a postée et la supplier de la retirer.
    .feedback = Pas tout à fait. Ça peut lui donner plus de pouvoir. Laisse le site, Take It Down et un adulte s'en occuper.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez : qu'est-ce qui empêche les gens de signaler ? Passez en revue ce qui se passe après un signalement dans une appli et à la CyberTipline. Expliquez pourquoi garder des preuves passe avant bloquer, et rappelez au groupe que ce n'est jamais la faute de la victime.
