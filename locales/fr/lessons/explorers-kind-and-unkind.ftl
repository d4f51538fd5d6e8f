# SafeSteps — MIT OR Apache-2.0

### Lesson: Kind and unkind online (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. Games and chats are fun; kindness makes them better.

# Lesson name on the lesson card.
lesson-title = Gentil ou méchant
# One line under the lesson name.
lesson-summary = Les mots gentils rendent les jeux et les chats plus amusants. Apprenons quoi faire si quelqu'un est méchant.

# Card 1: kind words in games and chats.
card-kind-words =
    Les jeux et les chats sont plus amusants quand on est gentil.
    Les mots gentils font du bien aux autres.
    « Bien joué ! », c'est gentil.
    « Bien essayé ! », c'est gentil aussi.
    .together = Demandez : « Quels mots gentils peux-tu dire dans un jeu ? » Bonnes réponses : « Bien joué ! », « Bien essayé ! », « Bravo ! »
# Card 2: unkind words and how others feel.
card-unkind-words =
    Les mots méchants peuvent faire mal.
    Comme les moqueries, ou « Tu ne joues pas avec nous. »
    Un vrai enfant lit tes mots sur l'écran.
    Les mots méchants peuvent le rendre triste.
    .together = Demandez : « Comment te sentirais-tu si quelqu'un t'écrivait ça ? » Écoutez, et mettez ensemble un mot sur l'émotion.
# Card 3: what to do if someone is unkind: stop, don't reply, tell; a grown-up helps block and report.
card-if-someone-is-unkind =
    Quelqu'un est méchant avec toi ?
    Arrête-toi. Ne réponds pas.
    Parles-en à un adulte de confiance.
    Cet adulte peut t'aider à bloquer et à signaler la personne.
    Ce n'est pas ta faute.
    .together = Demandez : « Que fais-tu si quelqu'un est méchant ? » Une bonne réponse : je m'arrête, je ne réponds pas, j'en parle à un adulte. Si c'est déjà arrivé, restez calme et remerciez votre enfant de vous en avoir parlé.
# Card 4: being kind to others; someone to talk to.
card-you-can-be-kind =
    Toi aussi, tu peux être sympa avec les autres.
    Réfléchis avant d'écrire.
    Est-ce que ça va faire sourire, ou rendre triste ?
    Besoin d'aide ? Parles-en à un adulte de confiance.
    Ou touche le bouton Aide.
    .together = Demandez : « Qu'est-ce que tu pourrais écrire pour faire sourire quelqu'un ? » Félicitez chaque idée gentille.

# Question: sort words into kind and unkind.
q-kind-or-unkind = Ces mots sont-ils gentils ou méchants ? Mets chacun dans la bonne boîte.
    .hint = Comment te sentirais-tu si quelqu'un te disait ça ?
    .explanation = Les mots gentils font du bien aux autres. Les mots méchants peuvent rendre les gens tristes.
# Group name.
q-kind-or-unkind-kind = Gentil
# Group name.
q-kind-or-unkind-unkind = Méchant
# Item to sort (kind).
q-kind-or-unkind-good-game = « Bien joué ! »
    .feedback = Gentil ! Ça fait du bien à l'autre, qu'on gagne ou qu'on perde.
# Item to sort (kind).
q-kind-or-unkind-nice-try = « Bien essayé ! »
    .feedback = Gentil ! Ça donne envie de continuer à essayer.
# Item to sort (kind).
q-kind-or-unkind-want-to-play = « Tu veux jouer ? »
    .feedback = Gentil ! Ça aide quelqu'un à se sentir invité dans le jeu.
# Item to sort (unkind).
q-kind-or-unkind-bad-at-this = « Tu joues trop mal ! »
    .feedback = Méchant. Des mots comme ça peuvent rendre quelqu'un triste.
# Item to sort (unkind).
q-kind-or-unkind-cannot-play = « Tu ne peux pas jouer avec nous. »
    .feedback = Méchant. Ça peut donner à quelqu'un l'impression d'être mis de côté.

# Question: a single choice about being called names.
q-called-names = Dans un jeu, quelqu'un se moque de toi et t'insulte. Que fais-tu ?
    .hint = Pense aux trois étapes de la carte.
    .explanation = Arrête-toi, ne réponds pas, et parles-en à un adulte de confiance. Ce n'est pas ta faute.
# Answer option (right).
q-called-names-stop-and-tell = Je m'arrête, je ne réponds pas, et j'en parle à un adulte.
    .feedback = Oui ! Un adulte de confiance peut t'aider à bloquer et à signaler la personne.
# Answer option (wrong).
q-called-names-call-names-back = Je l'insulte à mon tour.
    .feedback = Pas tout à fait. C'est normal d'être en colère. Mais répondre avec des mots méchants peut rendre les choses pires. Arrête-toi et parles-en à un adulte.
# Answer option (wrong).
q-called-names-keep-it-in = Je continue de jouer et je garde ça pour moi.
    .feedback = Pas tout à fait. Tu n'as pas à gérer ça sans aide. Parles-en à un adulte de confiance.

# Question: true or false about saying unkind things back. The right answer is "false".
q-say-it-back = Si quelqu'un est méchant, le mieux est de répondre avec des mots méchants.
    .hint = Quelles sont les étapes quand quelqu'un est méchant ?
    .explanation = Arrête-toi, ne réponds pas, et parles-en à un adulte. Répondre avec des mots méchants peut rendre les choses pires.
# Feedback if the child picks "true" (wrong).
q-say-it-back-true =
    .feedback = Pas tout à fait. C'est normal d'être en colère. Mais le mieux, c'est de s'arrêter, de ne pas répondre et d'en parler à un adulte.
# Feedback if the child picks "false" (right).
q-say-it-back-false =
    .feedback = Oui ! Arrête-toi, ne réponds pas, et parles-en à un adulte de confiance.

# Question: a single choice about how someone else feels.
q-how-sam-feels = Dans un jeu, Mia écrit à Sam : « Tu joues trop mal ! » Que peut ressentir Sam ?
    .hint = Comment te sentirais-tu si quelqu'un te disait ça ?
    .explanation = Les mots méchants peuvent rendre triste. Sam est un vrai enfant, avec de vrais sentiments.
# Answer option (right).
q-how-sam-feels-sad = Triste, avec de la peine
    .feedback = Oui. Les mots méchants peuvent faire mal. Sam peut se sentir triste.
# Answer option (wrong).
q-how-sam-feels-happy = De bonne humeur
    .feedback = Pas tout à fait. Les mots méchants ne mettent pas les gens de bonne humeur. Sam peut se sentir triste.
# Answer option (wrong).
q-how-sam-feels-does-not-care = Sam s'en fiche.
    .feedback = Pas tout à fait. Les mots sur un écran peuvent quand même faire mal. Sam est un vrai enfant, avec de vrais sentiments.

# Question: a single choice about what to say after a game.
q-after-a-game = Tu perds une partie. Que peux-tu dire de gentil ?
    .hint = Quels mots feraient sourire l'autre joueur ?
    .explanation = « Bien joué ! », c'est gentil, qu'on gagne ou qu'on perde.
# Answer option (right).
q-after-a-game-good-game = « Bien joué ! »
    .feedback = Oui ! C'est gentil, qu'on gagne ou qu'on perde.
# Answer option (wrong).
q-after-a-game-you-are-bad = « Tu joues trop mal ! »
    .feedback = Pas tout à fait. Ces mots peuvent rendre quelqu'un triste. Essaie « Bien joué ! »
# Answer option (wrong).
q-after-a-game-not-playing-with-you = « Je ne jouerai plus avec toi. »
    .feedback = Pas tout à fait. Perdre, ça peut être dur. Mais « Bien joué ! », c'est gentil.

# Question: true or false about blame when someone is unkind. The right answer is "true".
q-unkind-to-you = Si quelqu'un est méchant avec toi, ce n'est pas ta faute.
    .hint = Qui a choisi les mots méchants ?
    .explanation = Ce n'est jamais ta faute quand quelqu'un est méchant avec toi. Parles-en à un adulte de confiance.
# Feedback if the child picks "true" (right).
q-unkind-to-you-true =
    .feedback = Oui ! Ce n'est jamais ta faute. Un adulte de confiance peut t'aider.
# Feedback if the child picks "false" (wrong).
q-unkind-to-you-false =
    .feedback = Pas tout à fait. Ce n'est jamais ta faute quand quelqu'un est méchant. Parles-en à un adulte de confiance.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Demandez à votre enfant : « Quels mots gentils peux-tu dire dans un jeu ? » Puis demandez-lui : « Que ferais-tu si quelqu'un était méchant avec toi en ligne ? » Entraînez-vous ensemble : je m'arrête, je ne réponds pas, j'en parle à un adulte.
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = À la maison, jouez à un jeu ensemble et, pendant la partie, dites-vous à tour de rôle une chose gentille.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez au groupe de partager des mots gentils qu'on aime entendre dans un jeu. Comment se sent-on quand on reçoit des mots méchants ? Quelles sont les trois étapes si quelqu'un est méchant ?
