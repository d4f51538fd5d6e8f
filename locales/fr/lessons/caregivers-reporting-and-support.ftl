# SafeSteps — MIT OR Apache-2.0

### Lesson: Reporting and getting support (caregivers).
### Readers are parents, grandparents, older siblings and teachers. Be practical and calm.
### Explain what happens after a report. Help contacts come only from the content guide; keep
### numbers and web addresses exactly as written. It is never the child's fault.

# Lesson name on the lesson card.
lesson-title = Signaler et trouver du soutien
# One line under the lesson name.
lesson-summary = Où et comment signaler, ce qui se passe ensuite, et comment soutenir votre enfant et vous-même après.

# Card 1: reporting on the app or platform.
card-report-to-the-app =
    La plupart des applis, des jeux et des sites ont un bouton de signalement sur les profils, les messages et les publications.
    Gardez d'abord les preuves. Faites des captures d'écran des messages et du profil, et notez les pseudos, les liens de profil, les dates et les heures. N'enregistrez et ne partagez jamais une image sexuelle d'un enfant, même comme preuve.
    Quand vous signalez, précisez clairement qu'un enfant est concerné. Beaucoup de plateformes traitent alors le signalement en urgence.
    Après le signalement, bloquez le compte pour qu'il ne puisse plus contacter votre enfant.
    Gardez pour l'instant le compte de votre enfant et la conversation, pour ne rien perdre.
# Card 2: reporting beyond the app.
card-report-beyond-the-app =
    Certaines situations demandent plus qu'un signalement à la plateforme. Par exemple : des menaces, des demandes d'images sexuelles, ou un adulte qui cherche à rencontrer un enfant.
    Aux États-Unis, signalez-le à la CyberTipline du NCMEC sur report.cybertip.org ou au 1-800-843-5678.
    Dans tous les pays, vous pouvez contacter la police près de chez vous. Si un enfant est en danger en ce moment, appelez le numéro d'urgence de votre pays.
    Beaucoup de pays ont une ligne d'écoute nationale pour les enfants. Consultez l'écran Aide pour votre pays.
    Si votre pays n'y figure pas, Child Helpline International propose un annuaire sur childhelplineinternational.org.
# Card 3: what happens after a report.
card-what-happens-next =
    Savoir ce qui se passe ensuite peut rendre le signalement moins intimidant.
    La plateforme examine le signalement. Elle peut retirer des contenus ou fermer le compte, et elle peut vous envoyer un court message de suivi.
    Les signalements faits à la CyberTipline sont examinés par le NCMEC et transmis à la police, qui peut agir.
    La police peut vous contacter pour poser des questions. Elle peut demander les preuves que vous avez gardées.
    Cela peut prendre du temps, et vous ne connaîtrez peut-être pas tous les détails de la suite. Cela ne veut pas dire que votre signalement a été ignoré.
    Si des images circulent, Take It Down (takeitdown.ncmec.org) peut aider à retirer les images dénudées de mineurs des sites qui participent.
# Card 4: supporting the child after a report.
card-supporting-your-child =
    Après un signalement, votre enfant a besoin de se sentir en sécurité et de savoir que sa parole est crue.
    Répétez-lui souvent que ce n'est pas sa faute. C'est la personne qui lui a fait du mal ou qui a proféré des menaces qui est responsable.
    Gardez les habitudes du quotidien aussi normales que possible. Ne punissez pas votre enfant et ne confisquez pas tous ses appareils.
    Associez votre enfant aux décisions quand c'est possible, par exemple sur les personnes qui doivent être mises au courant.
    Les émotions peuvent aller et venir pendant des semaines. Faites attention aux changements de sommeil, d'humeur ou d'appétit, et demandez de l'aide à un médecin, à une personne de l'école chargée d'écouter les élèves ou à une ligne d'écoute si vous vous inquiétez.
# Card 5: support for the caregiver; someone to talk to.
card-support-for-you =
    C'est dur pour les parents et les proches aussi. Vous pouvez ressentir de la colère, de la culpabilité, de la peur ou un choc. Ces émotions sont normales.
    Vous ne pouviez pas voir tous les risques. Les personnes qui ciblent les enfants cachent ce qu'elles font.
    Parlez-en à quelqu'un de confiance : un proche, votre partenaire, un médecin ou un psychologue. Certaines lignes d'écoute pour enfants soutiennent aussi les adultes inquiets.
    Prendre soin de vous vous aide à prendre soin de votre enfant.
    Touchez le bouton Aide pour trouver du soutien dans votre pays.

# Question: put the steps in order.
q-report-steps = Quelqu'un envoie des messages menaçants à votre enfant. Remettez ces étapes dans un ordre utile.
    .hint = Votre enfant passe en premier. Ensuite, demandez-vous : qu'est-ce qui serait difficile à faire une fois le compte bloqué ?
    .explanation = Rassurez d'abord votre enfant. Gardez les preuves avant que quoi que ce soit puisse disparaître. Signalez sur la plateforme tant que vous voyez encore le compte, puis bloquez-le. Signalez aussi les menaces à la CyberTipline (États-Unis) ou à la police, et continuez à soutenir votre enfant dans les semaines qui suivent.
# Step 1.
q-report-steps-reassure-child = Remercier votre enfant de vous en avoir parlé, et dire que ce n'est pas sa faute
    .feedback = Votre enfant passe en premier. Se sentir en sécurité avec vous l'aide à continuer à parler.
# Step 2.
q-report-steps-save-evidence = Garder les captures d'écran, les pseudos et les liens
    .feedback = Les preuves ensuite, avant que quoi que ce soit puisse disparaître.
# Step 3.
q-report-steps-report-to-platform = Signaler le compte sur la plateforme
    .feedback = Signalez tant que vous voyez encore le profil.
# Step 4.
q-report-steps-block-account = Bloquer le compte
    .feedback = Bloquer après avoir signalé empêche tout nouveau contact.
# Step 5.
q-report-steps-keep-supporting = Continuer à soutenir votre enfant dans les semaines qui suivent
    .feedback = Le soutien compte longtemps après le signalement.

# Question: single choice about where to report in the US.
q-where-in-us = Vous vivez aux États-Unis. Un adulte en ligne a demandé des images sexuelles à votre enfant de 12 ans. Où devriez-vous le signaler, en plus de l'appli ?
    .hint = Repensez à la carte sur le signalement au-delà de l'appli.
    .explanation = Aux États-Unis, signalez-le à la CyberTipline du NCMEC sur report.cybertip.org ou au 1-800-843-5678. Le NCMEC transmet les signalements à la police, qui peut agir.
# Answer option (right).
q-where-in-us-cybertipline = La CyberTipline du NCMEC, sur report.cybertip.org
    .feedback = Oui. La CyberTipline est l'endroit où signaler cela aux États-Unis. Vous pouvez aussi contacter la police.
# Answer option (wrong).
q-where-in-us-social-media-post = Une publication sur les réseaux sociaux pour avertir les autres parents
    .feedback = Pas tout à fait. Une publication publique peut exposer votre enfant et alerter la personne. Signalez-le plutôt de façon confidentielle.
# Answer option (wrong).
q-where-in-us-only-the-school = Seulement l'école de votre enfant
    .feedback = Pas tout à fait. L'école peut aider à soutenir votre enfant, mais cela demande un signalement à la CyberTipline ou à la police.

# Question: a scenario. The situation is shown first, then the question.
q-no-local-line = Que pourriez-vous faire ?
    .situation = Quelqu'un en ligne met la pression à votre enfant de 13 ans pour obtenir des photos. Vous ne vivez pas aux États-Unis, et vous ne savez pas bien qui appeler là où vous vivez.
    .hint = Il existe des moyens de trouver de l'aide dans tous les pays.
    .explanation = Consultez l'écran Aide et l'annuaire de Child Helpline International pour trouver une ligne locale. Signalez aussi à la plateforme et à la police. Ne rien faire ou dénoncer la personne en ligne peut exposer davantage votre enfant.
# Action (best).
q-no-local-line-help-screen-and-directory = Consulter l'écran Aide pour votre pays, ou l'annuaire de Child Helpline International.
    .feedback = Le meilleur choix. Une ligne d'écoute locale peut vous guider sur quoi faire et où signaler.
# Action (also good).
q-no-local-line-platform-and-police = Garder les preuves, signaler sur l'appli, et contacter la police près de chez vous.
    .feedback = Bon choix. Les plateformes et la police peuvent agir, où que vous viviez.
# Action (not helpful).
q-no-local-line-nothing-to-do = Ne rien faire, puisqu'il n'y a pas ici de service comme aux États-Unis.
    .feedback = Il y a quand même de l'aide. La police, les plateformes et les lignes d'écoute pour enfants existent dans la plupart des pays.
# Action (not helpful).
q-no-local-line-name-them-online = Publier le pseudo de la personne en ligne pour l'humilier.
    .feedback = Cela peut exposer votre enfant et alerter la personne avant que la police puisse agir. Signalez plutôt de façon confidentielle.

# Question: true or false about hearing back. The right answer is "true".
q-may-not-hear-back = Après un signalement, vous ne connaîtrez peut-être pas tous les détails de la suite.
    .hint = Pensez à ce que la carte disait sur les délais et les nouvelles.
    .explanation = Oui. Les examens et le travail de la police prennent du temps, et certains détails restent confidentiels. Ne pas avoir de nouvelles ne veut pas dire qu'il ne s'est rien passé.
# Feedback if the caregiver picks "true" (right).
q-may-not-hear-back-true =
    .feedback = Exact. Votre signalement compte quand même, même si vous avez peu de nouvelles. Gardez vos preuves au cas où la police les demanderait.
# Feedback if the caregiver picks "false" (wrong).
q-may-not-hear-back-false =
    .feedback = Pas tout à fait. Vous ne connaîtrez peut-être pas tous les détails. Cela ne veut pas dire que le signalement a été ignoré.

# Question: multiple choice, "choose all that apply".
q-support-after-report = Lesquelles de ces actions aident un enfant après un signalement ? Choisissez toutes les bonnes réponses.
    .hint = Pensez à la sécurité, au sentiment de contrôle et aux habitudes.
    .explanation = Les habitudes du quotidien, entendre que ce n'est pas sa faute, avoir son mot à dire dans les décisions et se voir proposer un accompagnement, tout cela aide. Le silence et les interdictions peuvent donner à un enfant le sentiment d'une punition ou d'un abandon.
# Answer option (helps).
q-support-after-report-keep-routines = Garder les habitudes du quotidien aussi normales que possible
    .feedback = Oui. Les habitudes aident un enfant à se sentir de nouveau en sécurité.
# Answer option (helps).
q-support-after-report-repeat-not-fault = Lui rappeler souvent que ce n'est pas sa faute
    .feedback = Oui. Les enfants se reprochent souvent ce qui s'est passé. L'entendre encore et encore aide.
# Answer option (helps).
q-support-after-report-involve-in-decisions = L'associer aux décisions, par exemple sur qui doit être mis au courant
    .feedback = Oui. Cela lui rend une partie du contrôle qu'on lui a pris.
# Answer option (helps).
q-support-after-report-offer-counselling = Lui proposer de parler à un psychologue, un médecin ou une ligne d'écoute
    .feedback = Oui. Un soutien supplémentaire peut aider avec des émotions qui durent des semaines.
# Answer option (does not help).
q-support-after-report-never-mention-again = Ne plus jamais en parler
    .feedback = Pas tout à fait. Le silence peut ressembler à de la honte. Faites savoir à votre enfant qu'on peut en parler à tout moment.
# Answer option (does not help).
q-support-after-report-ban-all-devices = Interdire tous les appareils pendant des mois
    .feedback = Pas tout à fait. Cela peut être vécu comme une punition pour avoir parlé, et cela coupe votre enfant de ses amis.

# Question: sort tasks into who handles them.
q-who-does-what = Classez chaque tâche selon le service qui s'en occupe en général.
    .hint = Pensez à qui peut retirer des contenus, qui peut enquêter, et ce qui utilise un hash.
    .explanation = Les plateformes suppriment des comptes et des publications. La CyberTipline (aux États-Unis) et la police s'occupent des crimes comme les menaces contre un enfant. Take It Down aide à retirer les images dénudées de mineurs grâce à un hash.
# Group name.
q-who-does-what-platform = L'appli ou la plateforme
# Group name.
q-who-does-what-cybertipline-or-police = La CyberTipline (États-Unis) ou la police
# Group name.
q-who-does-what-take-it-down = Take It Down
# Item to sort (platform).
q-who-does-what-remove-account = Supprimer un compte qui enfreint les règles
    .feedback = Les plateformes peuvent fermer des comptes sur leur propre service.
# Item to sort (platform).
q-who-does-what-remove-posts = Retirer une publication ou un commentaire nuisible
    .feedback = Les plateformes retirent les contenus qui enfreignent leurs règles.
# Item to sort (CyberTipline or police).
q-who-does-what-investigate-crime = Enquêter sur un crime commis contre un enfant
    .feedback = La police enquête sur les crimes. Aux États-Unis, la CyberTipline lui transmet les signalements.
# Item to sort (CyberTipline or police).
q-who-does-what-threats-to-a-child = Retrouver la personne qui menace de partager l'image d'un enfant
    .feedback = Ce genre de menace est un crime. La police peut retrouver la personne, alors signalez-la à la CyberTipline ou à la police.
# Item to sort (Take It Down).
q-who-does-what-hash-removal = Créer le hash d'une image pour que les sites trouvent les copies
    .feedback = Take It Down crée un hash sur votre appareil, si bien que l'image ne le quitte jamais.
# Item to sort (Take It Down).
q-who-does-what-nude-image-under-18 = Aider à retirer les images dénudées d'une personne de moins de 18 ans
    .feedback = C'est précisément pour cela que Take It Down a été créé.

# Question: single choice about the caregiver's own feelings.
q-caregiver-feelings = Après un signalement, vous ressentez de la colère et vous ne cessez de vous demander comment vous avez pu passer à côté. Qu'est-ce qui aide le plus ?
    .hint = Qui prend soin de la personne qui prend soin de votre enfant ?
    .explanation = Les émotions fortes sont normales. Les agresseurs cachent ce qu'ils font, donc personne ne voit tous les risques. En parler à quelqu'un vous aide à rester solide pour votre enfant.
# Answer option (right).
q-caregiver-feelings-normal-get-support = Savoir que ces émotions sont normales, et en parler à quelqu'un de confiance
    .feedback = Oui. Recevoir du soutien vous aide à soutenir votre enfant.
# Answer option (wrong).
q-caregiver-feelings-hide-feelings = Cacher vos émotions et vous débrouiller sans aide
    .feedback = Pas tout à fait. Porter cela sans soutien est lourd. Demander de l'aide est une force.
# Answer option (wrong).
q-caregiver-feelings-blame-yourself = Conclure que c'est votre échec en tant que parent
    .feedback = Pas tout à fait. Les personnes qui ciblent les enfants cachent ce qu'elles font. C'est la personne qui a fait du mal qui est responsable.

# Question: true or false about reporting after a delay. The right answer is "true".
q-waited-weeks = Si votre enfant a attendu des semaines avant de vous en parler, cela vaut quand même la peine de signaler.
    .hint = Est-ce que les preuves ou l'aide disparaissent après quelques semaines ?
    .explanation = Oui. Beaucoup d'enfants attendent avant d'en parler. Les signalements aident quand même, et votre enfant mérite toujours du soutien. Ce n'est pas sa faute s'il a fallu du temps.
# Feedback if the caregiver picks "true" (right).
q-waited-weeks-true =
    .feedback = Exact. Signalez quand même, et remerciez votre enfant de vous en avoir parlé quand cela a été possible.
# Feedback if the caregiver picks "false" (wrong).
q-waited-weeks-false =
    .feedback = Pas tout à fait. Les signalements aident encore après des semaines ou des mois. Beaucoup d'enfants ont besoin de temps avant de se sentir capables d'en parler.

# Conversation starter the caregiver can use with their child after the lesson.
talk-together = Essayez de demander : « Tu sais comment signaler quelqu'un dans les applis que tu utilises ? Tu peux me montrer ? » Puis dites : « Si un jour tu signales quelque chose, ou si tu en as envie, tu peux m'en parler. Je t'aiderai, et on ne te fera pas de reproches. »
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez au groupe : quelles inquiétudes pourraient empêcher une famille de signaler ? Passez en revue ce qui se passe après un signalement à une plateforme et à la police, et listez où les gens de votre pays peuvent trouver du soutien.
