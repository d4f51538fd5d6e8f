# SafeSteps — MIT OR Apache-2.0

### Lesson: Personal info and passwords (ages 9–12).
### Readers are children on their own phone or in class. Situations come from games, chat and
### video apps. Keep sentences short. Teach skills, not fear.

# Lesson name on the lesson card.
lesson-title = Infos perso et mots de passe
# One line under the lesson name.
lesson-summary = Découvre quelles infos garder privées, comment créer un mot de passe solide, et quoi faire si on te prend ton compte.

# Card 1: what personal info is.
card-what-is-personal-info =
    Une info perso, c'est tout ce qui montre qui tu es ou où te trouver.
    C'est ton nom complet, ton adresse et ton numéro de téléphone.
    C'est le nom de ton école, et l'endroit où tu es en ce moment.
    Une photo de toi en uniforme scolaire peut aussi montrer ton école.
    Garde ces infos pour les gens que tu connais et en qui tu as confiance dans la vraie vie.
# Card 2: people in games and chat may ask for personal info.
card-games-and-chat =
    Les jeux et les applis de chat, c'est amusant. Parfois, des gens y demandent où tu habites ou dans quelle école tu vas.
    Tu n'as pas à répondre. Tu as le droit de dire non.
    Utilise un pseudo, pas ton vrai nom.
    Garde ta localisation désactivée.
    Tu as un doute ? Demande d'abord à un adulte de confiance.
# Card 3: strong passwords and passphrases.
card-strong-passwords =
    Un mot de passe solide est long et difficile à deviner.
    Essaie une phrase de passe : choisis quatre mots au hasard, comme « grenouille lune gâteau tambour ».
    Puis invente la tienne. N'utilise pas celle-ci.
    N'utilise pas ton nom, le nom de ton animal ou ta date de naissance. Les gens peuvent les deviner.
    Utilise un mot de passe différent pour chaque appli ou jeu.
    Un adulte de confiance peut t'aider à t'en souvenir.
# Card 4: never share passwords, even with friends.
card-keep-it-yours =
    Ton mot de passe est juste pour toi et les adultes qui s'occupent de toi.
    Ne le donne à personne, même pas à ton meilleur ami ou ta meilleure amie.
    Entre amis, on peut se fâcher. Et quelqu'un pourrait le répéter sans le faire exprès.
    Alors une autre personne pourrait se connecter à ta place et publier des choses.
    Si on te le demande, tu peux dire : « Pardon, mais mes mots de passe, je les garde pour moi. »
# Card 5: if an account is taken over; not the child's fault; who to tell.
card-account-taken =
    Quelqu'un est entré dans ton compte ? Cette personne a peut-être changé ton mot de passe ou publié à ta place.
    Ce n'est pas ta faute.
    Parles-en tout de suite à un adulte de confiance. Cet adulte peut t'aider à changer tes mots de passe, à le signaler à l'appli et à récupérer ton compte.
    Tu peux aussi toucher le bouton Aide pour trouver quelqu'un à qui parler.

# Question: multiple choice, "choose all that apply".
q-which-is-personal = Lesquelles de ces choses sont des infos perso ? Choisis toutes les bonnes réponses.
    .hint = Demande-toi : est-ce que ça pourrait aider quelqu'un à me trouver, ou à savoir qui je suis ?
    .explanation = Ton nom complet, ton adresse et ton école sont des infos perso. Une photo avec ton uniforme aussi. Ton jeu et ton plat préférés, tu peux les partager.
# Answer option (personal info).
q-which-is-personal-full-name = Mon nom complet
    .feedback = Ton nom complet est une info perso. Utilise un pseudo dans les jeux.
# Answer option (personal info).
q-which-is-personal-home-address = Mon adresse
    .feedback = Ton adresse montre où tu habites. Garde-la privée.
# Answer option (personal info).
q-which-is-personal-school-name = Le nom de mon école
    .feedback = Ton école montre où tu es pendant la journée. Garde-la privée.
# Answer option (personal info).
q-which-is-personal-uniform-photo = Une photo de moi avec l'uniforme de mon école
    .feedback = Un uniforme peut montrer dans quelle école tu vas. C'est donc aussi une info perso.
# Answer option (not personal info).
q-which-is-personal-favourite-game = Mon jeu préféré
    .feedback = Pas tout à fait. Ton jeu préféré, tu peux le partager. Il ne montre pas où tu es.
# Answer option (not personal info).
q-which-is-personal-favourite-food = Mon plat préféré
    .feedback = Pas tout à fait. Ton plat préféré, tu peux le partager. Il ne montre pas qui tu es.

# Question: single choice about the strongest password.
q-strongest-password = Quel mot de passe est le plus solide ?
    .hint = Lequel serait le plus difficile à deviner pour quelqu'un ?
    .explanation = Quatre mots au hasard font une phrase de passe solide. Elle est longue et difficile à deviner, mais facile à retenir pour toi.
# Answer option (right).
q-strongest-password-four-random-words = lampe tigre pluie chaussette
    .feedback = Oui ! Quatre mots au hasard, c'est long et difficile à deviner. Ça fait une phrase de passe solide.
# Answer option (wrong).
q-strongest-password-name-and-birthday = Ton nom et ta date de naissance
    .feedback = Pas tout à fait. Beaucoup de gens connaissent ton nom et ta date de naissance. C'est facile à deviner.
# Answer option (wrong).
q-strongest-password-password-123 = motdepasse123
    .feedback = Pas tout à fait. C'est l'un des mots de passe les plus utilisés. Il est très facile à deviner.
# Answer option (wrong).
q-strongest-password-pet-name = Le nom de ton animal
    .feedback = Pas tout à fait. Tes proches et les gens qui voient tes publications connaissent peut-être le nom de ton animal. C'est facile à deviner.

# Question: true or false about sharing a password with a best friend.
q-best-friend-password = Tu peux donner ton mot de passe à ton meilleur ami ou ta meilleure amie.
    .hint = Que pourrait-il se passer si vous vous fâchez ?
    .explanation = Ton mot de passe est juste pour toi et les adultes qui s'occupent de toi. Même ta meilleure amie ou ton meilleur ami n'en a pas besoin.
# Feedback if the child picks "true" (wrong).
q-best-friend-password-true =
    .feedback = Pas tout à fait. L'amitié, c'est super. Mais on peut se fâcher, ou répéter un mot de passe sans le faire exprès. Garde-le privé.
# Feedback if the child picks "false" (right).
q-best-friend-password-false =
    .feedback = Oui ! Ton mot de passe est juste pour toi et les adultes qui s'occupent de toi. Quelqu'un qui t'aime bien va le comprendre.

# Question: a scenario. The situation is shown first, then the question.
q-player-asks-school = Que pourrait faire Mia ?
    .situation = Mia, 10 ans, joue à un jeu de construction. Un joueur rencontré la semaine dernière lui écrit : « Tu vas dans quelle école ? Je parie que je la connais ! »
    .hint = Est-ce que le nom d'une école est une info perso ? Qui pourrait aider ?
    .explanation = L'école de Mia est une info perso. Elle n'a pas à répondre. Le mieux, c'est de la garder privée et d'en parler à un adulte de confiance.
# Action (best).
q-player-asks-school-keep-private-tell-adult = Ne rien dire, et en parler à un adulte de confiance.
    .feedback = Le meilleur choix ! Mia garde son école privée. Un adulte de confiance peut l'aider si le joueur continue de demander.
# Action (also good).
q-player-asks-school-say-no-thanks = Répondre « Ça, je ne le partage pas » et continuer à jouer.
    .feedback = Bon choix. Mia garde ses infos privées. Si le joueur redemande, elle peut en parler à un adulte et le bloquer.
# Action (not helpful).
q-player-asks-school-tell-school = Lui dire. Il a l'air sympa.
    .feedback = Pas tout à fait. Avoir l'air sympa ne montre pas qui est vraiment quelqu'un. Son école est une info perso, alors elle peut la garder privée.
# Action (not helpful).
q-player-asks-school-send-uniform-selfie = Envoyer un selfie en uniforme pour qu'il devine.
    .feedback = Pas tout à fait. Une photo en uniforme montre aussi son école. Le mieux, c'est de la garder privée.

# Question: sort things into two groups.
q-share-or-keep = Mets chaque chose dans le bon groupe.
    .hint = Est-ce que ça pourrait aider quelqu'un à te trouver ou à entrer dans ton compte ?
    .explanation = Ton groupe de musique préféré et ton pseudo de jeu, tu peux les partager. Ton numéro de téléphone, ton mot de passe et l'endroit où tu es en ce moment sont privés.
# Group name.
q-share-or-keep-okay-to-share = Je peux partager
# Group name.
q-share-or-keep-keep-private = Je garde privé
# Item to sort (okay to share).
q-share-or-keep-favourite-band = Mon groupe de musique préféré
    .feedback = Ton groupe préféré, c'est sympa à partager. Il ne montre pas où tu es.
# Item to sort (okay to share).
q-share-or-keep-game-nickname = Mon pseudo dans les jeux
    .feedback = Un pseudo, tu peux le partager. C'est pour ça que c'est mieux que ton vrai nom.
# Item to sort (keep private).
q-share-or-keep-phone-number = Mon numéro de téléphone
    .feedback = Avec ton numéro, les gens peuvent t'appeler ou t'écrire. Garde-le privé.
# Item to sort (keep private).
q-share-or-keep-my-password = Mon mot de passe
    .feedback = Ton mot de passe protège ton compte. Il est juste pour toi et les adultes qui s'occupent de toi.
# Item to sort (keep private).
q-share-or-keep-where-i-am-now = L'endroit où je suis en ce moment
    .feedback = L'endroit où tu es en ce moment est privé. Il pourrait aider quelqu'un à te trouver.

# Question: single choice about a selfie in school uniform.
q-uniform-selfie = Jay veut publier un selfie avec l'uniforme de son école sur une appli de vidéos. À quoi devrait-il penser ?
    .hint = Regarde ce qu'il porte. Qu'est-ce que ça pourrait dire aux gens ?
    .explanation = Un uniforme peut montrer dans quelle école tu vas. Jay pourrait prendre la photo avec d'autres vêtements, ou demander d'abord à un adulte de confiance.
# Answer option (right).
q-uniform-selfie-shows-school = L'uniforme peut montrer aux gens dans quelle école il va.
    .feedback = Oui ! Un logo ou des couleurs peuvent montrer son école. Il pourrait publier une photo avec d'autres vêtements.
# Answer option (wrong).
q-uniform-selfie-no-risk = À rien. Une photo, c'est juste une photo.
    .feedback = Pas tout à fait. Les photos peuvent montrer des choses comme ton école, ta rue ou ta maison.
# Answer option (wrong).
q-uniform-selfie-only-bad-if-ugly = Seulement s'il a l'air bizarre dessus.
    .feedback = Pas tout à fait. Son look, c'est son choix. Ce qui compte, c'est ce que la photo montre.

# Question: single choice about an account being taken over.
q-coins-gone = Zoé se connecte à son jeu. Ses pièces ont disparu et son mot de passe a changé. Que devrait-elle faire d'abord ?
    .hint = Qui peut aider Zoé à récupérer son compte ?
    .explanation = Zoé devrait en parler tout de suite à un adulte de confiance. Cet adulte peut l'aider à changer ses mots de passe et à le signaler au jeu. Ce n'est pas sa faute.
# Answer option (right).
q-coins-gone-tell-adult-now = En parler tout de suite à un adulte de confiance.
    .feedback = Oui ! Un adulte peut aider Zoé à le signaler et à récupérer son compte. Ce n'est pas sa faute.
# Answer option (wrong).
q-coins-gone-keep-quiet = Ne rien dire et espérer que ça s'arrête.
    .feedback = Pas tout à fait. Si elle ne dit rien, la personne peut continuer d'utiliser son compte. En parler à un adulte, ça aide.
# Answer option (wrong).
q-coins-gone-new-account-secretly = Créer un nouveau compte et n'en parler à personne.
    .feedback = Pas tout à fait. La personne peut encore utiliser son ancien compte. Un adulte peut l'aider à le récupérer et à le signaler.

# Question: true or false about telling after an account is taken over.
q-telling-helps = Si quelqu'un prend ton compte, en parler à un adulte peut t'aider à le récupérer.
    .hint = Repense à la carte sur le compte piraté.
    .explanation = Oui. Un adulte de confiance peut t'aider à changer tes mots de passe et à le signaler à l'appli. Tu peux aussi toucher le bouton Aide.
# Feedback if the child picks "true" (right).
q-telling-helps-true =
    .feedback = Oui ! En parler à un adulte, c'est la meilleure première étape. Ce n'est pas ta faute, et cet adulte peut t'aider.
# Feedback if the child picks "false" (wrong).
q-telling-helps-false =
    .feedback = Pas tout à fait. Un adulte de confiance peut t'aider à le signaler et à récupérer ton compte. Tu n'as pas à tout régler sans aide.

# Discussion prompt for a trainer running this lesson with a group.
trainer-prompt = Demandez : quelles infos perso une photo ou un chat pourraient-ils révéler sans qu'on s'en rende compte ? Inventez ensemble une phrase de passe rigolote de quatre mots (à ne pas utiliser pour de vrai). Puis discutez : à qui les enfants en parleraient-ils si on leur prenait un compte ?
