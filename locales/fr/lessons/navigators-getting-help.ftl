# SafeSteps — MIT OR Apache-2.0

### Lesson: Getting help (ages 9–12).
### Readers are children on their own phone or in class. Some may be dealing with something now.
### Make telling feel safe. Telling has no time limit: "You can always tell someone, even later."

# Lesson name on the lesson card.
lesson-title = Demander de l'aide
# One line under the lesson name.
lesson-summary = Découvre à qui en parler, ce qui se passe quand tu en parles, et pourquoi ce n'est jamais ta faute.

# Card 1: who to tell: trusted adults.
card-who-to-tell =
    Si quelque chose en ligne te fait de la peine, t'inquiète ou ne va pas, parles-en à quelqu'un.
    Un adulte de confiance, c'est quelqu'un qui écoute et qui aide. Ça peut être un parent, la personne qui s'occupe de toi, un grand-parent, un professeur ou un coach.
    Pense à deux ou trois personnes à qui tu pourrais en parler.
    Si un adulte fait partie du problème, parles-en à un autre.
# Card 2: helplines and the Help screen.
card-helplines =
    Tu peux aussi parler à une ligne d'écoute.
    Au Royaume-Uni, tu peux appeler Childline gratuitement au 0800 1111, de jour comme de nuit. Tu peux aussi discuter avec eux en ligne.
    Les autres pays ont leurs propres lignes d'écoute.
    Touche le bouton Aide dans cette appli pour en trouver une là où tu vis.
# Card 3: how to tell.
card-how-to-tell =
    Tu ne sais pas quoi dire ? Tu peux commencer par : « Il s'est passé quelque chose en ligne et j'ai besoin d'aide. »
    Tu peux montrer les messages ou les captures d'écran.
    Si c'est difficile d'en parler, tu peux l'écrire.
    Si le premier adulte n'aide pas, parles-en à un autre. Continue d'en parler jusqu'à ce que quelqu'un t'aide.
# Card 4: what happens after you tell.
card-what-happens-next =
    Quand tu en parles, l'adulte doit t'écouter et rester calme.
    Cet adulte va t'aider à voir quoi faire ensuite. Il peut t'aider à garder des preuves, à bloquer et à signaler.
    Parfois, il doit prévenir des personnes dont le métier est de protéger les enfants.
    Il ne doit pas te faire de reproches. Il est là pour t'aider.
# Card 5: never the child's fault; you can always tell, even later; Help.
card-never-your-fault =
    S'il s'est passé quelque chose en ligne, ce n'est pas ta faute.
    C'est vrai même si tu as désobéi à une règle, gardé un secret ou envoyé quelque chose.
    C'est la personne qui a mal agi qui est responsable, pas toi.
    Tu peux toujours en parler à un adulte de confiance, même plus tard.
    Touche le bouton Aide à tout moment pour trouver quelqu'un à qui parler.

# Question: multiple choice, "choose all that apply".
q-trusted-adults = Qui, parmi ces personnes, pourrait être un adulte de confiance ? Choisis toutes les bonnes réponses.
    .hint = Un adulte de confiance, c'est quelqu'un que tu connais dans la vraie vie, qui écoute et qui aide.
    .explanation = Un parent ou la personne qui s'occupe de toi, un professeur, un grand-parent ou l'infirmière ou l'infirmier scolaire peut être un adulte de confiance. Quelqu'un qui te demande de garder des secrets, ou que tu connais seulement en ligne, non.
# Answer option (could be a trusted adult).
q-trusted-adults-parent-or-carer = Un parent ou la personne qui s'occupe de moi
    .feedback = Oui. Un parent ou la personne qui s'occupe de toi peut être une très bonne personne à qui en parler.
# Answer option (could be a trusted adult).
q-trusted-adults-teacher = Un professeur
    .feedback = Oui. Les professeurs aident aussi les enfants qui ont des problèmes en ligne.
# Answer option (could be a trusted adult).
q-trusted-adults-grandparent = Un grand-parent
    .feedback = Oui. Un grand-parent en qui tu as confiance peut t'écouter et t'aider.
# Answer option (could be a trusted adult).
q-trusted-adults-school-nurse = L'infirmière ou l'infirmier de l'école
    .feedback = Oui. À l'école, l'infirmière ou l'infirmier est là pour aider les enfants à se sentir en sécurité et bien.
# Answer option (not a trusted adult).
q-trusted-adults-online-player = Un joueur que je connais seulement par un jeu
    .feedback = Pas tout à fait. Tu ne peux pas savoir qui c'est vraiment. Choisis quelqu'un que tu connais dans la vraie vie.
# Answer option (not a trusted adult).
q-trusted-adults-secret-keeper = Un adulte qui te demande de cacher des secrets à ta famille
    .feedback = Pas tout à fait. Demander des secrets comme ça est un signal d'alerte. Parles-en à un autre adulte.

# Question: true or false about giving up if the first adult does not help.
q-first-adult-busy = Si le premier adulte à qui tu en parles ne t'aide pas, tu dois abandonner.
    .hint = Est-ce qu'il y a plusieurs personnes à qui tu pourrais en parler ?
    .explanation = Continue d'en parler jusqu'à ce que quelqu'un t'aide. Essaie un autre adulte, une ligne d'écoute, ou touche le bouton Aide.
# Feedback if the child picks "true" (wrong).
q-first-adult-busy-true =
    .feedback = Pas tout à fait. Parfois, les adultes sont occupés ou ne comprennent pas tout de suite. Parles-en à un autre adulte, jusqu'à ce que quelqu'un t'aide.
# Feedback if the child picks "false" (right).
q-first-adult-busy-false =
    .feedback = Oui ! Continue d'en parler jusqu'à ce que quelqu'un t'aide. Tu comptes.

# Question: a scenario. The situation is shown first, then the question.
q-leah-video = Que pourrait faire Léa ?
    .situation = Léa, 10 ans, a vu sur une appli une vidéo qui l'a bouleversée. Elle n'arrête pas d'y penser. Elle a peur que son père lui confisque sa tablette.
    .hint = Qui pourrait aider Léa à se sentir mieux ? Est-ce que sa peur est une raison de ne rien dire ?
    .explanation = Léa peut en parler à un adulte de confiance, ou utiliser l'écran Aide. Ce n'est pas sa faute si elle a vu cette vidéo. Garder ça pour elle ou chercher d'autres vidéos peut la faire se sentir encore plus mal.
# Action (best).
q-leah-video-tell-trusted-adult = Dire à son père ou à un autre adulte de confiance ce qu'elle ressent.
    .feedback = Le meilleur choix ! Léa peut aussi dire qu'elle a peur pour sa tablette. Un adulte peut l'aider à se sentir mieux et signaler la vidéo.
# Action (also good).
q-leah-video-use-help-screen = Toucher le bouton Aide pour trouver une ligne d'écoute à qui parler.
    .feedback = Bon choix. Une ligne d'écoute peut l'écouter et l'aider à réfléchir à qui en parler ensuite.
# Action (not helpful).
q-leah-video-keep-it-inside = Garder ça pour elle et essayer d'oublier.
    .feedback = Pas tout à fait. C'est normal d'avoir peur, mais garder ça pour soi peut rendre les choses encore plus lourdes. En parler, ça aide.
# Action (not helpful).
q-leah-video-look-for-more = Chercher d'autres vidéos pour comprendre ce qu'elle a vu.
    .feedback = Pas tout à fait. D'autres vidéos peuvent la bouleverser encore plus. En parler à un adulte de confiance, c'est mieux.

# Question: single choice about what an adult should do.
q-adult-should = Tu dis à un adulte que quelque chose en ligne t'a fait de la peine. Que doit faire cet adulte ?
    .hint = Repense à la carte sur ce qui se passe ensuite.
    .explanation = L'adulte doit t'écouter, rester calme et t'aider pour la suite. Il ne doit pas te faire de reproches.
# Answer option (right).
q-adult-should-listen-and-help = M'écouter, rester calme et m'aider à voir quoi faire.
    .feedback = Oui ! C'est ce que fait un adulte de confiance. Si ce n'est pas le cas, parles-en à quelqu'un d'autre.
# Answer option (wrong).
q-adult-should-blame-you = Me reprocher ce qui s'est passé.
    .feedback = Pas tout à fait. Les adultes ne doivent pas te faire de reproches. Si l'un d'eux le fait, parles-en à un autre adulte de confiance.
# Answer option (wrong).
q-adult-should-laugh-it-off = En rire et dire que ce n'est pas grave.
    .feedback = Pas tout à fait. Ce qui te fait de la peine compte. Si un adulte en rit, parles-en à quelqu'un d'autre.

# Question: single choice about a helpline in the UK.
q-uk-helpline = Sam vit au Royaume-Uni. Sam veut parler à quelqu'un en dehors de la famille. Qui pourrait aider ?
    .hint = Laquelle est une ligne d'écoute gratuite pour les enfants ?
    .explanation = Childline est une ligne d'écoute gratuite pour les enfants au Royaume-Uni. Le numéro est le 0800 1111. Sam peut aussi discuter avec eux en ligne.
# Answer option (right).
q-uk-helpline-childline = Childline, au 0800 1111
    .feedback = Oui ! Childline est gratuit, de jour comme de nuit. Dans les autres pays, touche le bouton Aide pour trouver une ligne d'écoute.
# Answer option (wrong).
q-uk-helpline-open-chat-room = Des gens dans un salon de discussion ouvert à tous
    .feedback = Pas tout à fait. Tu ne peux pas savoir qui ils sont. Une ligne d'écoute a des personnes formées pour aider les enfants.
# Answer option (wrong).
q-uk-helpline-game-forum = Un message sur un forum de jeu
    .feedback = Pas tout à fait. N'importe qui peut lire un forum et y répondre. Une ligne d'écoute est privée et sûre.

# Question: sort ways of telling into two groups.
q-ways-to-tell = Mets chaque chose dans le bon groupe.
    .hint = Est-ce que ça arrive jusqu'à quelqu'un qui peut vraiment t'aider ?
    .explanation = Écrire un mot, montrer des captures d'écran, appeler une ligne d'écoute et toucher le bouton Aide, tout ça t'apporte de l'aide. Attendre ou publier dans un chat public, non.
# Group name.
q-ways-to-tell-gets-help = Ça m'apporte de l'aide
# Group name.
q-ways-to-tell-no-help-yet = Ça ne m'apporte pas encore d'aide
# Item to sort (gets help).
q-ways-to-tell-write-a-note = Écrire un mot à un adulte de confiance
    .feedback = Ça t'apporte de l'aide. Écrire peut être plus facile que parler.
# Item to sort (gets help).
q-ways-to-tell-show-screenshots = Montrer les captures d'écran à un adulte
    .feedback = Ça t'apporte de l'aide. Les captures d'écran montrent ce qui s'est passé.
# Item to sort (gets help).
q-ways-to-tell-call-a-helpline = Appeler une ligne d'écoute ou lui écrire par chat
    .feedback = Ça t'apporte de l'aide. Les lignes d'écoute sont là pour écouter.
# Item to sort (gets help).
q-ways-to-tell-tap-help = Toucher le bouton Aide dans cette appli
    .feedback = Ça t'apporte de l'aide. L'écran Aide montre à qui tu peux parler.
# Item to sort (does not get help yet).
q-ways-to-tell-wait-and-hope = Attendre en espérant que ça passe
    .feedback = Ça ne t'apporte pas encore d'aide. En parler à quelqu'un, c'est mieux.
# Item to sort (does not get help yet).
q-ways-to-tell-post-in-public-chat = En parler dans un chat public
    .feedback = Ça ne t'apporte pas encore d'aide. N'importe qui peut le lire. Parles-en à un adulte de confiance.

# Question: single choice about telling after breaking a rule.
q-ben-broke-rule = Ben a joué à un jeu auquel il n'avait pas le droit de jouer. Quelqu'un dans ce jeu lui a fait de la peine. Est-ce qu'il peut quand même en parler à un adulte ?
    .hint = Qui a mal agi : Ben, ou la personne qui lui a fait de la peine ?
    .explanation = Oui. Avoir désobéi à une règle ne rend pas Ben responsable. C'est la personne qui lui a fait de la peine qui a mal agi. Ben peut quand même en parler et avoir de l'aide.
# Answer option (right).
q-ben-broke-rule-yes-still-tell = Oui. Ce n'est pas sa faute, et il peut quand même avoir de l'aide.
    .feedback = Oui ! Ben peut toujours en parler. Un adulte doit l'aider, pas lui faire de reproches.
# Answer option (wrong).
q-ben-broke-rule-no-he-broke-rule = Non, parce qu'il a désobéi à une règle.
    .feedback = Pas tout à fait. Avoir désobéi à une règle ne rend pas Ben responsable. Il peut quand même en parler.
# Answer option (wrong).
q-ben-broke-rule-only-if-small = Seulement si le problème est tout petit.
    .feedback = Pas tout à fait. Grand ou petit problème, Ben peut en parler. Les adultes veulent aider.

# Question: true or false about telling later. The right answer is "true".
q-weeks-ago = Si quelque chose t'a fait de la peine il y a des semaines, tu peux quand même en parler maintenant.
    .hint = Est-ce que l'aide a une date limite ?
    .explanation = Oui. Tu peux toujours en parler à quelqu'un, même plus tard. Un adulte de confiance, une ligne d'écoute ou l'écran Aide peuvent t'aider.
# Feedback if the child picks "true" (right).
q-weeks-ago-true =
    .feedback = Oui ! Tu peux toujours en parler à quelqu'un, même plus tard. Ce n'est pas ta faute.
# Feedback if the child picks "false" (wrong).
q-weeks-ago-false =
    .feedback = Pas tout à fait. Tu peux toujours en parler à quelqu'un, même plus tard. L'aide est toujours là pour toi.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez à chaque personne de penser à deux ou trois adultes à qui elle pourrait en parler. Qu'est-ce qui pourrait rendre plus facile le fait d'en parler ? Discutez de ce que fait un bon adulte quand un enfant se confie à lui, et montrez où se trouve l'écran Aide.
