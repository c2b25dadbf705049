### Les écrans en plein écran : titres, introductions, formulaires et leurs textes.

## Affichage (profil, v)
display-title = Affichage
display-intro = La façon dont Stoa s’affiche pour vous, sur chaque machine depuis laquelle vous vous connectez. ← → pour choisir ; Ctrl-S enregistre et applique aussitôt.
display-language = Langue
display-language-hint = automatique : la langue indiquée par la locale de votre terminal (LANG), sinon l’anglais
display-language-automatic = automatique ({ $name })
language-partial = { $name } (partiel : { $missing } en anglais)
display-colour = Couleur
display-colour-hint = automatique : en couleur, sauf si votre terminal n’en a pas ou envoie NO_COLOR
display-ascii = ASCII uniquement
display-ascii-hint = automatique : seulement pour les anciens terminaux et les locales qui ne sont pas en UTF-8
display-plain = Mode simple
display-plain-hint = lignes de texte et choix numérotés, pour les lecteurs d’écran ; à partir de votre prochaine connexion
display-bell = Sonnerie
display-bell-hint = un signal sonore du terminal à l’arrivée d’une notification ; automatique : activé
display-saved = Affichage enregistré : il s’applique partout où vous vous connectez.
setting-automatic = automatique
setting-always = toujours
setting-never = jamais

## Accueil
home-title = Accueil
home-title-guest = Bienvenue
home-guest-notice = Vous naviguez en tant qu’invité. Appuyez sur s pour vous inscrire : cela prend une minute, et la clé avec laquelle vous vous êtes connecté devient votre identifiant. Déjà membre ? Connectez-vous avec la clé que vous avez enregistrée, ou avec votre mot de passe :
home-welcome = Bienvenue, { $name }
home-committee-work = Comité éditorial : { $queue } à examiner, { $flags ->
        [one] { $flags } message signalé
       *[other] { $flags } messages signalés
    } · g puis m
home-latest-news = Dernières actualités (g n)
home-public-communities = Communautés publiques ({ $n }) : g puis c indique la vocation de chacune
home-communities-none-joined = Communautés ({ $n }) : J rejoint celle sélectionnée
home-your-communities = Vos communautés ({ $n }), puis les autres
home-community-new = { $n ->
        [one] { $n } nouveau
       *[other] { $n } nouveaux
    }
home-jobs-open = { $n ->
        [one] { $n } offre ouverte (g j)
       *[other] { $n } offres ouvertes (g j)
    }
home-next-event = Prochain événement { $when } :{" "}
home-demo = La mention [demo] signale du contenu de démonstration illustratif, avec des personnes fictives
home-demo-admin = La mention [demo] signale du contenu de démonstration illustratif ; admin : stoa admin remove-demo

## Inscription
signup-language-hint = ← → pour choisir ; l’Affichage du profil (v) le change ensuite
signup-username = Nom d’utilisateur
signup-display-name = Nom affiché
signup-display-name-hint = votre nom tel que les autres membres le verront
signup-organization = Organisation
signup-organization-hint = là où vous travaillez ; laissez vide si vous êtes indépendant
signup-region = Région de l’OMS
signup-region-hint = ← → pour choisir
signup-time-zone = Fuseau horaire
signup-time-zone-hint = p. ex. Africa/Nairobi, America/Lima, Asia/Manila, Europe/Lisbon
signup-policy = Politique éditoriale
signup-policy-accept = J’ai lu et j’accepte la politique éditoriale
signup-policy-hint = Enter pour la lire, Espace pour cocher

## Aide (?)
help-title = Aide : { $about }
help-keys-on = Touches : { $about }
help-everywhere = Partout

## Communautés (g c)
communities-title = Communautés
count-members = { $n ->
        [one] { $n } membre
       *[other] { $n } membres
    }
count-threads = { $n ->
        [one] { $n } fil
       *[other] { $n } fils
    }
count-posts = { $n ->
        [one] { $n } message
       *[other] { $n } messages
    }
count-replies = { $n ->
        [one] { $n } réponse
       *[other] { $n } réponses
    }

## Les fils d’une communauté
threads-sign-up-to-start = Inscrivez-vous pour lancer des fils : appuyez sur g puis u.
threads-nothing-unread = Rien de non lu ici.
threads-marked-read = { $n ->
        [one] { $n } fil marqué comme lu.
       *[other] { $n } fils marqués comme lus.
    }
threads-order = Fils : { $order } (O de nouveau pour un autre ordre).
order-activity = activité la plus récente d’abord
order-newest = fils les plus récents d’abord
order-replies = le plus de réponses d’abord
threads-sign-up-to-take-part = inscrivez-vous pour participer
threads-you-are-a-member = vous êtes membre
threads-j-to-join = J pour rejoindre
threads-unread = { $n ->
        [one] { $n } non lu
       *[other] { $n } non lus
    }
threads-none-yet-start = Aucun fil pour l’instant. Appuyez sur n pour lancer le premier.
threads-none-yet = Aucun fil pour l’instant.
threads-could-not-read = Impossible de lire les fils : { $error }
threads-column-thread = Fil
threads-column-started-by = Lancé par
threads-column-replies = Réponses
threads-column-re = Rép.
threads-column-last-post = Dernier message

## Un fil
thread-new-posts = { $n ->
        [one] { $n } nouveau (u)
       *[other] { $n } nouveaux (u)
    }
thread-started-by = lancé par { $name }
thread-pinned = épinglé
thread-locked = verrouillé : plus de nouvelles réponses
thread-edited-by-committee = Modifié par le comité éditorial : { $note }
thread-folded = { $n ->
        [one] { $n } réponse repliée : Enter l’affiche
       *[other] { $n } réponses repliées : Enter les affiche
    }

thread-watching = suivi
post-hidden-by = masqué par { $by } : { $reason }
post-hidden-by-committee-because = masqué par le comité éditorial : { $reason }
post-hidden-by-committee = masqué par le comité éditorial
post-edited = modifié
post-new = nouveau

## Un fil : ce que disent ses touches
thread-sign-up-to-watch = Inscrivez-vous pour suivre des fils : appuyez sur g puis u.
thread-now-watching = Fil suivi : les nouveaux messages ici vous seront notifiés (g !).
thread-no-longer-watching = Fil non suivi : seules les réponses qui vous sont adressées et les mentions vous sont notifiées.
thread-nothing-to-fold = Aucune réponse à replier sous ce message.
thread-no-unread-left = Plus aucun message non lu dans ce fil.
thread-sign-up-to-reply = Inscrivez-vous pour répondre : appuyez sur g puis u.
thread-is-locked = Ce fil est verrouillé : il n’accepte plus de nouvelles réponses.
thread-reply-to-deleted = Ce message a été supprimé : répondez à un autre message du fil.
thread-nothing-to-quote = Rien à citer pour l’instant.
thread-sign-up-to-bookmark = Inscrivez-vous pour garder des signets : appuyez sur g puis u.
thread-bookmark-removed = Signet retiré.
thread-bookmarked = Ajouté aux signets : g b liste vos signets, et e y fixe un jour de rappel.
thread-edit-only-own = Vous ne pouvez modifier que vos propres messages.
thread-post-was-deleted = Ce message a été supprimé.
sign-up-to-take-part = Inscrivez-vous pour participer : appuyez sur g puis u.
thread-already-deleted = Ce message est déjà supprimé.
thread-delete-only-own = Vous ne pouvez supprimer que vos propres messages.
thread-delete-own-question = Supprimer votre message ? Il apparaîtra comme supprimé, et les réponses qui lui ont été faites resteront en place.
thread-delete-as-committee-question = Supprimer le message de ce membre au nom du comité éditorial ? Il apparaîtra comme supprimé.
thread-sign-up-to-react = Inscrivez-vous pour réagir : appuyez sur g puis u.
member-pages-for-members = Les pages des membres sont réservées aux membres : inscrivez-vous avec g puis u.

thread-sign-up-to-flag = Inscrivez-vous pour signaler des messages : appuyez sur g puis u.
thread-flag-own-post = C’est votre propre message : modifiez-le ou supprimez-le plutôt.
thread-flag-not-shown = Ce message n’est plus affiché : rien à signaler.
thread-hide-deleted = Ce message a été supprimé : il n’y a rien à masquer.

quote-heading = **{ $name }** (message { $post }) :
thread-posts-to-quote = { $n ->
        [one] { $n } message à citer : r ouvre une réponse qui le cite ; dans la réponse, supprimez les lignes que vous ne voulez pas garder.
       *[other] { $n } messages à citer : r ouvre une réponse qui les cite ; dans la réponse, supprimez les lignes que vous ne voulez pas garder.
    }

post-by = Message { $post } de { $name }

## L’éditeur : un nouveau fil, une réponse, une modification, un message privé
composer-new-thread-in = Nouveau fil dans { $name }
composer-reply-to = Réponse à { $name }
composer-reply = Réponse
composer-new-thread-about-entry = Nouveau fil dans { $name } sur cette entrée de la bibliothèque
composer-new-thread = Nouveau fil
composer-edit = Modification
composer-message-to = Message à { $names }
composer-message = Message
composer-new-conversation = Nouvelle conversation privée
composer-edit-as-committee = Modifier le message de { $name } au nom du comité éditorial
composer-edit-your-post = Modifier votre message
composer-to = À
composer-to-hint = noms des membres séparés par des espaces ; committee pour le comité éditorial
composer-subject = Objet
composer-subject-hint = de quoi il s’agit, en quelques mots (peut rester vide)
composer-title = Titre
composer-title-hint = le sujet du fil, en quelques mots ; Tab passe au message
composer-note = Note
composer-note-hint = pourquoi le comité le modifie : affichée avec le message
composer-message-field = Message
composer-post-field = Message
composer-body-hint = *italique* **gras** `code` - listes > citations [texte](lien) @nom
composer-esc-goes-back = Esc pour revenir.
composer-draft-back-posts = Votre brouillon ({ $when }) est de retour. Ctrl-S le publie ; Esc vous permet de le garder ou de l’abandonner.
composer-draft-back-saves = Votre brouillon ({ $when }) est de retour. Ctrl-S l’enregistre ; Esc vous permet de le garder ou de l’abandonner.
composer-draft-back-sends = Votre brouillon ({ $when }) est de retour. Ctrl-S l’envoie ; Esc vous permet de le garder ou de l’abandonner.
composer-ctrl-s-posts = Ctrl-S publie. Esc quitte : vous pouvez garder votre texte comme brouillon.
composer-ctrl-s-saves = Ctrl-S enregistre. Esc quitte : vous pouvez garder votre texte comme brouillon.
composer-ctrl-s-sends = Ctrl-S envoie. Esc quitte : vous pouvez garder votre texte comme brouillon.
composer-reply-posted = Réponse publiée.
composer-message-sent = Message envoyé.
composer-conversation-started = Message envoyé : seuls les participants de la conversation le lisent.
composer-post-edited = Message modifié : la version précédente est conservée dans son historique.
composer-thread-started = Fil lancé.

## Notifications (g !)
notifications-title = Notifications
notifications-marked-read = { $n ->
        [one] { $n } notification marquée comme lue.
       *[other] { $n } notifications marquées comme lues.
    }
notifications-about = Réponses, mentions, fils suivis, décisions et alertes, les plus récents d’abord.
alerts-about = Les nouveaux événements ou offres qui correspondent à ces alertes vous sont notifiés. Sur un tableau : F, puis a.
notifications-none = Rien pour l’instant. Vous êtes averti des réponses à vos messages, des mentions de votre nom (@nom), des nouveaux messages dans les fils que vous suivez (w) et des décisions sur vos propositions.
alerts-none = Aucune alerte. Sur le tableau des événements ou des offres, filtrez avec F, puis appuyez sur a.
notice-kind-reply = réponse
notice-kind-mention = mention
notice-kind-watched = suivi
notice-kind-decision = décision
notice-kind-alert = alerte
notice-kind-message = message
notice-kind-reaction = réaction
notice-kind-reminder = rappel

notifications-tab = { $n ->
        [one] Notifications ({ $n } non lue)
       *[other] Notifications ({ $n } non lues)
    }
alerts-tab = Alertes ({ $n })
composer-placeholder = Écrivez ici. Entrée commence une nouvelle ligne ; Ctrl-S envoie.
composer-wrote = { $name } a écrit :
search-language-hint = ce qui y est écrit (selon son auteur, ou tel que détecté)
