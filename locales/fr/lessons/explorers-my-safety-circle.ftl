# SafeSteps — MIT OR Apache-2.0

### Lesson: My safety circle (ages 5–8).
### Readers are young children, usually with a caregiver reading along. Keep sentences very
### short and words simple. No scary words. A safety circle is the child's team of trusted grown-ups.

# Lesson name on the lesson card.
lesson-title = Mon cercle de confiance
# One line under the lesson name.
lesson-summary = Ton cercle de confiance, c'est ton équipe d'adultes qui t'aident. Cherchons qui en fait partie.

# Card 1: what a safety circle is.
card-what-is-a-circle =
    Un cercle de confiance, c'est ton équipe d'adultes.
    Ils t'aident quand tu es triste ou quand tu as peur.
    Ils t'écoutent.
    Ils t'aident à rester en sécurité.
    .together = Demandez : « Qui t'aide à te sentir en sécurité ? » Tout adulte en qui votre enfant a confiance est une bonne réponse.
# Card 2: who can be in it (home, school, family friends); more than one.
card-pick-your-team =
    Qui est dans ton cercle ?
    Ça peut être maman, papa ou la personne qui s'occupe de toi.
    Ça peut être une mamie ou une tante.
    Ça peut être ta maîtresse, ton maître, ou un ami de la famille.
    Tu peux en choisir plusieurs !
    .together = Aidez votre enfant à choisir au moins deux adultes, un à la maison et un en dehors, par exemple à l'école.
# Card 3: how to tell a grown-up.
card-how-to-tell =
    Comment en parler ?
    Va voir un adulte de ton cercle.
    Dis : « J'ai quelque chose à te dire. »
    L'adulte est occupé ? Redis-le.
    Ou va voir un autre adulte.
    .together = Entraînez-vous ensemble : votre enfant dit « J'ai quelque chose à te dire », et vous vous arrêtez pour écouter.
# Card 4: even people we know can do things that are not okay; tell someone else.
card-not-okay =
    Même une personne qu'on connaît peut faire des choses qui ne sont pas bien.
    Ce n'est pas ta faute.
    Tu peux le dire à un adulte de ton cercle.
    Continue d'en parler jusqu'à ce qu'on t'aide.
    .together = Dites calmement : « Même quelqu'un qu'on connaît peut faire quelque chose qui n'est pas bien. Tu peux toujours me le dire. » Si votre enfant vous confie quelque chose, dites-lui merci et restez calme.
# Card 5: someone to talk to, and the Help button.
card-help-is-here =
    Ton cercle est là pour toi.
    Tu peux leur parler à tout moment.
    Tu peux aussi toucher le bouton Aide.
    Il te montre qui peut t'aider.
    .together = Demandez : « Vers qui irais-tu en premier ? » Puis montrez à votre enfant le bouton Aide.

# Question: a single choice about who can be in a safety circle.
q-who-can-be-in = Qui peut être dans ton cercle de confiance ?
    .hint = Pense aux adultes que tu connais bien et qui t'aident.
    .explanation = Ton cercle, ce sont des adultes que tu connais bien et en qui tu as confiance. Ta maîtresse ou ton maître peut en faire partie.
# Answer option (right).
q-who-can-be-in-my-teacher = Ma maîtresse ou mon maître
    .feedback = Oui ! Un enseignant en qui tu as confiance peut être dans ton cercle.
# Answer option (wrong).
q-who-can-be-in-game-player = Quelqu'un que je connais seulement grâce à un jeu
    .feedback = Pas tout à fait. Jouer avec d'autres en ligne, c'est amusant. Mais ton cercle, ce sont des adultes que tu connais bien.
# Answer option (wrong).
q-who-can-be-in-person-in-a-video = Quelqu'un que je vois seulement dans des vidéos
    .feedback = Pas tout à fait. Tu ne connais pas vraiment les gens que tu vois seulement dans des vidéos. Ton cercle, ce sont des adultes que tu connais bien.

# Question: true or false about picking more than one grown-up.
q-more-than-one = Tu peux avoir plusieurs adultes dans ton cercle.
    .hint = Est-ce qu'une équipe, c'est une seule personne ?
    .explanation = Oui. Tu peux choisir beaucoup d'adultes. Comme ça, il y a toujours quelqu'un à qui parler.
# Feedback if the child picks "true" (right).
q-more-than-one-true =
    .feedback = Oui ! Plus d'adultes, c'est plus d'aide pour toi.
# Feedback if the child picks "false" (wrong).
q-more-than-one-false =
    .feedback = Pas tout à fait. Tu peux choisir beaucoup d'adultes. Comme ça, il y a toujours quelqu'un à qui parler.

# Question: sort people into two groups.
q-circle-or-not = Mets chaque personne dans la bonne boîte.
    .hint = Est-ce que tu la connais bien ? Est-ce qu'elle t'aide à rester en sécurité ?
    .explanation = Ton cercle, ce sont des adultes que tu connais bien et en qui tu as confiance. Les gens que tu connais seulement par un jeu ou une vidéo n'en font pas partie.
# Group name.
q-circle-or-not-in-my-circle = Peut être dans mon cercle
# Group name.
q-circle-or-not-not-in-my-circle = Pas pour mon cercle
# Item to sort (can be in my circle).
q-circle-or-not-mum-or-dad = Maman, papa ou la personne qui s'occupe de moi
    .feedback = Un adulte de la maison qui te protège peut être dans ton cercle.
# Item to sort (can be in my circle).
q-circle-or-not-teacher = Ma maîtresse ou mon maître
    .feedback = Un enseignant en qui tu as confiance peut être dans ton cercle. Il t'aide à l'école.
# Item to sort (can be in my circle).
q-circle-or-not-grandpa = Mon papi
    .feedback = Un papi en qui tu as confiance peut être dans ton cercle.
# Item to sort (not for my circle).
q-circle-or-not-met-in-a-game = Quelqu'un que je connais seulement grâce à un jeu
    .feedback = Tu ne connais pas bien cette personne. Ton cercle, ce sont des adultes que tu connais et en qui tu as confiance.
# Item to sort (not for my circle).
q-circle-or-not-online-video = Quelqu'un que je vois seulement dans des vidéos
    .feedback = Tu vois cette personne seulement dans des vidéos. Tu ne la connais pas bien.

# Question: a single choice about a grown-up who is busy.
q-busy-grown-up = Tu veux dire quelque chose à ton papa. Il est occupé et il n'entend pas. Que peux-tu faire ?
    .hint = Est-ce qu'il y a plusieurs façons de se faire entendre ?
    .explanation = Les adultes sont parfois occupés. Redis-le, ou va voir un autre adulte de ton cercle.
# Answer option (right).
q-busy-grown-up-tell-again = Je lui redis, ou je le dis à un autre adulte.
    .feedback = Oui ! Continue d'en parler jusqu'à ce qu'un adulte t'entende.
# Answer option (wrong).
q-busy-grown-up-give-up = J'abandonne et j'arrête d'essayer.
    .feedback = Pas tout à fait. Ce que tu as à dire est important. Essaie encore, ou va voir un autre adulte.
# Answer option (wrong).
q-busy-grown-up-tell-no-one = Je garde tout pour moi.
    .feedback = Pas tout à fait. Tu n'as pas à tout garder pour toi. Un adulte de ton cercle veut t'aider.

# Question: true or false about telling when someone we know does something not okay.
q-someone-we-know = Si une personne que tu connais fait quelque chose qui n'est pas bien, tu peux le dire à un adulte.
    .hint = Est-ce que tu peux le dire, même si tu connais cette personne ?
    .explanation = Oui. Même les gens qu'on connaît peuvent faire des choses qui ne sont pas bien. Ce n'est pas ta faute. Parles-en à un adulte de ton cercle.
# Feedback if the child picks "true" (right).
q-someone-we-know-true =
    .feedback = Oui ! Tu peux toujours le dire. Ce n'est pas ta faute.
# Feedback if the child picks "false" (wrong).
q-someone-we-know-false =
    .feedback = Pas tout à fait. Tu peux le dire, même si tu connais cette personne. Un adulte de ton cercle va t'aider.

# Question: a single choice about how to start telling.
q-how-to-start = Que peux-tu dire à un adulte de ton cercle ?
    .hint = Quelle phrase montre à l'adulte que tu as besoin de lui ?
    .explanation = Dire « J'ai quelque chose à te dire » aide un adulte à s'arrêter pour t'écouter.
# Answer option (right).
q-how-to-start-i-need-to-tell = « J'ai quelque chose à te dire. »
    .feedback = Oui ! Ces mots aident un adulte à s'arrêter pour t'écouter.
# Answer option (wrong).
q-how-to-start-say-nothing = Je ne dis rien du tout.
    .feedback = Pas tout à fait. Les adultes ne peuvent pas deviner. Dis-le avec tes mots. Ils veulent t'aider.
# Answer option (wrong).
q-how-to-start-wait-and-hope = J'attends et j'espère que ça va passer.
    .feedback = Pas tout à fait. Tu n'as pas besoin d'attendre. Parles-en à un adulte maintenant. Les adultes de ton cercle veulent t'aider.

# Prompt for the caregiver to talk with the child after the lesson.
talk-together = Dessinez un cercle ensemble. Demandez à votre enfant : « Qui t'aide à te sentir en sécurité ? » Dessinez ou écrivez ces adultes dans le cercle : à la maison, à l'école et dans la famille. Choisissez-en au moins deux, et entraînez-vous à dire : « J'ai quelque chose à te dire. »
# A next step to try at home after the lesson, shown to the grown-up in together mode.
at-home = À la maison, ajoutez les noms choisis par votre enfant à son cercle de confiance, sur l'écran Aide, et dites à ces adultes qu'ils ont été choisis.
# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez au groupe : qui pourrait faire partie d'un cercle de confiance, à la maison, à l'école et dans la famille ? Pourquoi est-ce bien d'avoir plusieurs adultes ? Que faire si le premier adulte n'écoute pas ?
