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

## Round 5: the other screens, and what notifications say
conversations-title = Messagerie
conversations-about = { $n ->
        [one] { $n } conversation
       *[other] { $n } conversations
    } · { $unread ->
        [one] { $unread } non lue
       *[other] { $unread } non lues
    }. Seuls les participants d’une conversation la lisent.
conversations-find = Chercher : { $words }_  (Enter cherche, Esc termine)
conversations-found = { $n ->
        [one] { $n } message
       *[other] { $n } messages
    } pour « { $words } » (Esc : toutes les conversations)
conversations-numbered = conversation { $id }
conversations-none = Aucune conversation pour l’instant. Appuyez sur n pour écrire à des membres, ou au comité éditorial (À : committee) ; sur la page d’un membre, D lui écrit.
conversations-yourself = vous-même
conversations-messages = { $n ->
        [one] { $n } message
       *[other] { $n } messages
    }
conversations-a-report = un signalement
conversations-older = { $n ->
        [one] { $n } conversation plus ancienne n’est pas listée : F y cherche des mots.
       *[other] { $n } conversations plus anciennes ne sont pas listées : F y cherche des mots.
    }
conversations-new = nouveau
conversations-reported = Signalé : message n° { $number } de { $author }, { $when } :
conversations-why = Motif :
conversations-title-about = Messagerie : { $about }
conversations-conversation = Conversation { $id }
conversations-report-own = Ce message est le vôtre : seuls les messages des autres peuvent être signalés.
conversations-report-committee = C’est la réponse du comité : écrivez-lui ici plutôt que de la signaler.
conversations-message-from = Message n° { $number } de { $author }
conversations-block-own = Ce message est le vôtre : sélectionnez celui de quelqu’un d’autre pour le bloquer.
conversations-committee-does-not-block = Le comité ne bloque pas les membres qui lui écrivent : si nécessaire, mettez-les en sourdine depuis l’onglet des membres.
conversations-committee-cannot-be-blocked = Le comité éditorial ne peut pas être bloqué : ses réponses parviennent aux membres qui lui écrivent.
conversations-all-shown = Tous les messages sont déjà affichés.
conversations-with = Avec { $names }
conversations-earlier = { $n ->
        [one] { $n } précédent (o)
       *[other] { $n } précédents (o)
    }
conversations-unblocked = { $name } peut de nouveau vous joindre.
conversations-blocked = { $name } bloqué : ses messages, mentions et réponses ne vous parviennent plus (B de nouveau pour débloquer).
reading-whats-new = Nouveautés
reading-latest = Récents
reading-unread = Non lus
reading-nothing-unread = Rien de non lu dans vos communautés.
reading-nothing-yet = Rien pour l’instant : rejoignez des communautés (g c, puis J) pour les suivre ici.
reading-about-none-joined = Les derniers fils des communautés que vous rejoignez.
reading-about-unread = Les fils contenant des messages que vous n’avez pas lus, dans les communautés que vous avez rejointes.
reading-about-since = { $n ->
        [one] { $n } fil avec du nouveau depuis votre dernière visite ({ $when }).
       *[other] { $n } fils avec du nouveau depuis votre dernière visite ({ $when }).
    }
reading-about-joined = Les derniers fils des communautés que vous avez rejointes.
reading-bookmarks = Signets
reading-bookmarks-about = Les messages que vous gardez. Dans un fil, K ajoute le message sélectionné aux signets.
reading-bookmarks-none = Aucun signet pour l’instant.
reading-remind = rappel le { $day }
reading-post = message { $post }
reading-remind-on = Rappel le
reading-remind-hint = un jour comme 2026-12-01 ; vide pour aucun rappel
reading-reminder-title = Rappel pour le message { $post }
reading-field-needs-attention = Un champ demande votre attention : voyez le message en dessous.
reading-reminded-on = Un rappel vous sera envoyé le { $day }.
reading-no-reminder = Aucun rappel pour ce message.
reading-reminder-intro = Ce jour-là (dans votre fuseau horaire), une notification vous ramène au message.
history-title = Historique du message { $post }
history-never-edited = Le message { $post } de { $name } n’a jamais été modifié.
history-earlier-versions = { $n ->
        [one] Message { $post } de { $name } : { $n } version antérieure à celle-ci, la plus récente d’abord.
       *[other] Message { $post } de { $name } : { $n } versions antérieures à celle-ci, les plus récentes d’abord.
    }
history-now-edited = Actuelle (modifiée { $when })
history-now-written = Actuelle (écrite { $when })
history-version = Version { $n } (remplacée { $when })
history-some-let-go = Seules la première version et les { $kept } dernières sont conservées.
react-none-yet = Aucune réaction pour l’instant.
react-reaction = Réaction
react-hint = ← → pour choisir ; Ctrl-S la donne, ou retire la vôtre
react-title = Réagir au message { $post }
react-given = { $reaction } donné : son auteur en est averti.
react-taken-back = { $reaction } retiré.
react-intro = Les réactions permettent de remercier sans répondre, même avec une connexion lente.
react-thanks = merci
react-plus-one = +1
react-insightful = éclairant
post-number-hint = 1 à { $n }
post-number-post = Message
post-number-title = Aller au message
post-number-out-of-range = un nombre de 1 à { $n }
post-number-field-needs-attention = Un champ demande votre attention : voyez le message en dessous.
post-number-intro = Les messages sont numérotés dans l’ordre où le fil les affiche ; 1 est le premier.
item-corrected = Corrigé le { $day } par { $by } : { $reason }
item-withdrawn = Retiré par le comité éditorial : { $reason }
people-title = Personnes
people-title-person = Personnes : { $name }
people-words = Mots
people-words-hint = dans le nom, l’organisation, la région ou les compétences
people-region = Région
people-competency = Compétence
people-any = indifférent
people-about = { $n ->
        [one] { $n } membre
       *[other] { $n } membres
    }, par organisation. F cherche par nom, région ou compétence.
people-about-found = { $n ->
        [one] { $n } membre
       *[other] { $n } membres
    } : { $parts } · F modifie la recherche
people-nobody-matches = Personne ne correspond.
people-independent = indépendant
people-works-independently = Travaille en indépendant
people-organization = Organisation
people-region-and-zone = { $region } · fuseau horaire { $zone }
people-competencies = Compétences
people-member-since = Membre depuis
people-no-communities = aucune rejointe pour l’instant
people-communities = Communautés
people-you-block-them = Vous bloquez ce membre : rien de ce qu’il écrit ne vous parvient. B le débloque.
people-no-posts-yet = Aucun message pour l’instant.
people-recent-posts = Messages récents
profile-title = Votre profil
profile-display-colour = couleur
profile-display-ascii = ASCII
profile-display-plain = simple
profile-display-bell = sonnerie
profile-display-set = { $name } : { $setting }
profile-display-all-automatic = tout automatique, selon votre terminal (v)
profile-display-all-set = { $settings } (v)
profile-display-some-set = { $settings } ; le reste automatique (v)
profile-only-way-to-log-in = C’est votre seul moyen de connexion : ajoutez d’abord une autre clé ou définissez un mot de passe.
profile-remove-key-question = Supprimer la clé { $key } ? Elle ne permettra plus de vous connecter à votre compte.
profile-remove-session-key-question = Supprimer la clé { $key } ? Elle ne permettra plus de vous connecter à votre compte. Vous êtes connecté avec elle en ce moment ; cette session reste ouverte.
profile-no-comment = (sans commentaire)
profile-key-added = ajoutée le { $date }
profile-this-session = (cette session)
profile-fingerprint = Empreinte
profile-none = (aucune)
profile-region = Région
profile-competencies = Compétences
profile-no-competencies = (aucune : e pour ajouter celles avec lesquelles vous travaillez)
profile-time-zone-now = { $zone } (chez vous, il est { $now })
profile-member-since = Membre depuis
profile-password = Mot de passe
profile-password-set = défini : { $command } fonctionne depuis n’importe quelle machine
profile-password-not-set = non défini : vous vous connectez uniquement avec vos clés
profile-no-bio = (vide : e pour écrire quelques lignes sur votre travail)
profile-bio = Présentation
profile-ssh-keys = Clés SSH ({ $n })
account-organization-hint = laissez vide si vous travaillez en indépendant
account-bio = Présentation
account-bio-hint = quelques lignes sur votre travail ; Enter commence une nouvelle ligne
account-competencies = Compétences
account-competencies-hint = pour l’annuaire des personnes et ce qui les développe (pour votre apprentissage) ; ← → déplace, Espace coche
account-edit-profile-title = Modifier le profil
account-profile-saved = Profil enregistré.
account-edit-profile-intro = Ce que les autres membres voient de vous. Ctrl-S enregistre, Esc quitte sans enregistrer.
account-public-key = Clé publique
account-public-key-hint = collez une ligne, p. ex. le contenu de ~/.ssh/id_ed25519.pub
account-add-key-title = Ajouter une clé SSH
account-key-added = Clé ajoutée : vous pouvez désormais vous connecter avec elle aussi.
account-add-key-intro = Ajoutez une clé pour vous connecter depuis une autre machine. Sur cette machine, lancez : cat ~/.ssh/id_ed25519.pub (ou créez une clé avec ssh-keygen -t ed25519), puis collez la ligne ici. Seulement la partie publique : ne collez jamais une clé privée.
account-current-password = Mot de passe actuel
account-new-password = Nouveau mot de passe
account-new-password-hint = { $min ->
        [one] au moins { $min } caractère ; quelques mots sont faciles à retenir
       *[other] au moins { $min } caractères ; quelques mots sont faciles à retenir
    }
account-password-again = Confirmation
account-password-again-hint = saisissez-le une seconde fois
account-password-title = Mot de passe
account-password-set = Mot de passe défini. Depuis une autre machine : { $command }
account-password-intro-unset = Définissez un mot de passe pour vous connecter depuis une machine qui n’a pas votre clé :
account-password-intro-current = Changez votre mot de passe. Vous vous êtes connecté avec lui : indiquez d’abord le mot de passe actuel.
account-password-intro-key = Changez votre mot de passe. Vous vous êtes connecté avec votre clé : le mot de passe actuel n’est pas nécessaire.
search-title = Recherche
search-title-asked = Recherche : { $words }
search-box = Rechercher
search-box-hint = Enter lance la recherche ; ↓ va aux résultats ; F les affine
search-type-words = Tapez un ou deux mots à rechercher.
search-about = Discussions, événements, offres, bibliothèque, actualités et membres. Les débuts de mots fonctionnent : vaccin trouve vaccination.
search-narrowed-to = Limité à { $parts }.
search-results = { $n ->
        [one] { $n } résultat
       *[other] { $n } résultats
    } · F affine
search-results-narrowed = { $n ->
        [one] { $n } résultat
       *[other] { $n } résultats
    } · { $parts } · F affine
search-nothing-found = Aucun résultat. Essayez des mots moins nombreux ou plus courts, ou moins de filtres.
search-filter-community = dans { $name }
search-filter-since = depuis le { $day }
search-filter-language = en { $name }
search-kind-discussion = Discussions
search-kind-event = Événements
search-kind-job = Emplois et opportunités
search-kind-resource = Ressources
search-kind-practice = Pratiques
search-kind-news = Actualités
search-kind-member = Membres
menu-title = Aller à
menu-events = Événements
menu-jobs = Emplois et opportunités
menu-library = Bibliothèque
menu-news = Actualités
menu-strategies = Stratégies
menu-people = Personnes
menu-messages = Messagerie
menu-whats-new = Nouveautés
menu-bookmarks = Signets
menu-submissions = Mes propositions
menu-profile = Votre profil
menu-sign-up = S’inscrire
menu-moderation = Modération
menu-policy = Politique éditoriale
confirm-title = Confirmer
confirm-post-deleted = Message supprimé : les réponses qui lui ont été faites restent en place.
confirm-key-removed = Clé supprimée.
confirm-job-closed = Clôturée : l’offre est passée aux archives.
confirm-could-not-keep-draft = Impossible de garder le brouillon : { $error }
confirm-leave-title = Quitter
confirm-leave-composer-question = Quitter l’éditeur ? Gardez votre texte comme brouillon : il reviendra la prochaine fois que vous écrirez ici.
events-title = Événements
events-title-past = Événements : passés
events-title-mine = Événements : les miens
events-title-learning = Événements : pour apprendre
events-tab-upcoming = À venir
events-tab-past = Passés
events-tab-mine = Mes événements
events-tab-learning = Pour apprendre
events-kind-conference = conférence
events-kind-call-for-papers = appel à contributions
events-kind-training = formation
events-kind-webinar = webinaire
events-kind-meeting = réunion
events-kind-other = autre événement
events-place-online = en ligne
events-place-town-and-online = { $town } et en ligne
events-filter-any = indifférent
events-filter-kind = Type
events-filter-region = Région
events-filter-strategy = Stratégie
events-filter-month = Mois
events-filter-month-hint = p. ex. 2027-01 ; vide pour tous les mois
events-filter-competency = Compétence
events-filter-competency-hint = ← → pour choisir : ce qu’il aide les membres à apprendre
events-filter-audience = Public
events-filter-audience-hint = ← → pour choisir : à qui il s’adresse
events-filter-for-audience = pour : { $audience }
events-month-format = écrivez le mois sous la forme 2027-01
events-mine-about = Les événements auxquels vous avez répondu : j’y vais ou intéressé.
events-learning-count = { $n ->
        [one] { $n } événement qui développe les compétences de votre profil, les formations d’abord. F filtre.
       *[other] { $n } événements qui développent les compétences de votre profil, les formations d’abord. F filtre.
    }
events-all-count = { $n ->
        [one] { $n } événement au total, dans votre fuseau horaire. F filtre.
       *[other] Les { $n } événements, dans votre fuseau horaire. F filtre.
    }
events-filtered-count = { $n ->
        [one] { $n } événement : { $filter } · F modifie le filtre
       *[other] { $n } événements : { $filter } · F modifie le filtre
    }
events-sign-up-for-my-events = Inscrivez-vous pour tenir une liste d’événements.
events-mine-none = Aucun pour l’instant : ouvrez un événement et appuyez sur y (j’y vais) ou i (intéressé).
events-learning-no-competencies = Cochez dans votre profil (g y, e) les compétences que vous développez pour voir les événements qui y contribuent.
events-learning-none = Aucun événement à venir ne développe les compétences de votre profil.
events-none-match = Aucun événement ne correspond à ce filtre.
events-none-yet = Aucun événement pour l’instant. Appuyez sur n pour en soumettre un.
events-withdrawn-by-committee = retiré par le comité
events-going-interested = participants : { $going }, intéressés : { $interested }
events-deadline-mark = date limite { $date }
events-sign-up-to-save-alerts = Inscrivez-vous pour enregistrer des alertes : appuyez sur g puis u.
events-alert-saved = Alerte enregistrée : vous serez averti de { $alert }. Retrouvez-la sous g puis !.
events-sign-up-to-submit = Inscrivez-vous pour soumettre aux tableaux : appuyez sur g puis u.
events-withdraw-about = Événement « { $title } » de { $name }
events-event-title = Événement : { $title }
events-event-number = Événement { $id }
events-sign-up-to-answer = Inscrivez-vous pour répondre aux événements : appuyez sur g puis u.
events-answered = { $answer ->
        [going] Vous y allez : retrouvez-le sous Mes événements. Participants : { $going }, intéressés : { $interested }.
       *[interested] Vous êtes intéressé : retrouvez-le sous Mes événements. Participants : { $going }, intéressés : { $interested }.
    }
events-answer-taken-back = Réponse retirée.
events-not-found = Introuvable.
events-kind-organized-by = { $kind } · organisé par { $organizer }
events-field-when = Quand
events-when-yours = { $span } à votre heure ({ $zone })
events-when-organizers = { $span } heure de { $zone }, celle de l’organisateur
events-field-where = Où
events-field-online = En ligne
events-field-deadline = Date limite
events-deadline-closes = { $date } (clôture { $until })
events-deadline-passed = { $date } (passée)
events-field-strategy = Stratégie
events-field-region = Région
events-field-competency = Compétence
events-field-audience = Public
events-field-tags = Mots-clés
events-field-answers = Réponses
events-answers = participants : { $going } · intéressés : { $interested }
events-answers-yours = vous : { $answer ->
        [going] j’y vais
       *[interested] intéressé
    }
events-posted-by-on = Publié par { $name } le { $date }.
jobs-title = Emplois et opportunités
jobs-title-archive = Emplois : archives
jobs-tab-open = Ouvertes
jobs-tab-archive = Archives
jobs-kind-job = emploi
jobs-kind-training = formation
jobs-kind-education = possibilité d’études
jobs-place-remote = à distance
jobs-place-town-or-remote = { $town } ou à distance
jobs-filter-any = indifférent
jobs-filter-kind = Type
jobs-filter-region = Région
jobs-filter-remote = À distance
jobs-filter-remote-only = à distance uniquement (Espace coche)
jobs-filter-competency = Compétence
jobs-filter-part-remote = à distance
jobs-open-count = { $n ->
        [one] { $n } offre ouverte, celles qui se clôturent le plus tôt d’abord. F filtre.
       *[other] { $n } offres ouvertes, celles qui se clôturent le plus tôt d’abord. F filtre.
    }
jobs-closed-count = { $n ->
        [one] { $n } offre clôturée, conservée pour référence. F filtre.
       *[other] { $n } offres clôturées, conservées pour référence. F filtre.
    }
jobs-filtered-count = { $n ->
        [one] { $n } offre : { $filter } · F modifie le filtre
       *[other] { $n } offres : { $filter } · F modifie le filtre
    }
jobs-none-match = Rien ne correspond à ce filtre.
jobs-none-open = Aucune offre ouverte. Appuyez sur n pour soumettre un emploi ou une opportunité ; F filtre.
jobs-none-closed = Aucune offre clôturée pour l’instant ; les offres clôturées sont conservées ici pour référence.
jobs-closed-early = clôturée avant terme
jobs-closes-on = clôture le { $date }
jobs-closing-soon = clôture bientôt
jobs-job-title = { $kind } : { $title }
jobs-job-number = Offre { $id }
jobs-withdraw-about = « { $title } » publiée par { $name }
jobs-close-question = Clôturer « { $title } » maintenant ? L’offre quitte le tableau pour les archives et ne pourra pas être rouverte.
jobs-not-found = Introuvable.
jobs-field-where = Où
jobs-field-region = Région
jobs-field-closing-date = Date de clôture
jobs-closed-early-on = clôturée avant terme le { $date }
jobs-closes-withdrawn = { $date } (retirée)
jobs-closes-closed = { $date } (clôturée)
jobs-closes-soon = { $date } (clôture bientôt : { $until })
jobs-field-competencies = Compétences
jobs-field-tags = Mots-clés
jobs-how-to-apply = Comment postuler
jobs-posted-by-on = Publiée par { $name } le { $date }.
submit-draft-kept = Brouillon { $id } gardé : retrouvez-le sous g puis s (mes propositions).
submit-changes-asked = Le comité a demandé des modifications : « { $note } » Ctrl-S la renvoie.
board-form-region = Région
board-form-region-hint = ← → pour choisir ; Mondial s’il concerne plusieurs régions
board-form-strategies = Stratégies
board-form-strategies-hint = ← → pour se déplacer, Espace pour cocher : les stratégies sur lesquelles il porte, pour leurs pages
board-form-competencies = Compétences
board-form-competencies-hint = ← → pour se déplacer, Espace pour cocher : ce qu’il aide les membres à apprendre
board-form-audiences = Public
board-form-audiences-hint = ← → pour se déplacer, Espace pour cocher : à qui il s’adresse
board-form-kind = Type
board-form-event-title-hint = p. ex. Journées des soins de santé primaires 2027
board-form-starts = Début
board-form-starts-hint = date et heure dans le fuseau de l’organisateur, p. ex. 2027-03-02 09:00
board-form-ends = Fin
board-form-ends-hint = p. ex. 2027-03-03 17:00
board-form-time-zone-hint = celui de l’organisateur, p. ex. Europe/Zurich ou Africa/Nairobi
board-form-online = Lien en ligne
board-form-online-hint = https://… ; un lien en ligne ou une ville, ou les deux
board-form-city = Ville
board-form-city-hint = le lieu où il se tient, s’il est en présentiel
board-form-country = Pays
board-form-organizer = Organisateur
board-form-deadline = Date limite
board-form-deadline-hint = pour un appel à contributions : le dernier jour pour soumettre, p. ex. 2027-01-15
board-form-event-strategies-hint = ← → pour se déplacer, Espace pour cocher ; une ou plusieurs des cinq stratégies
board-form-tags = Mots-clés
board-form-event-tags-hint = séparés par des virgules, p. ex. soins infirmiers, soins primaires
board-form-description = Description
board-form-event-description-hint = ce que c’est, pour qui, et combien cela coûte ; Enter commence une nouvelle ligne
board-form-remote = À distance
board-form-remote-text = peut se faire à distance (Espace coche)
board-form-job-title-hint = p. ex. Responsable de programme de santé communautaire
board-form-location = Lieu
board-form-location-hint = ville ou lieu ; vide si à distance
board-form-closes = Date de clôture
board-form-closes-hint = le dernier jour pour postuler, p. ex. 2027-01-31
board-form-job-tags-hint = séparés par des virgules, p. ex. soins infirmiers, données
board-form-job-description-hint = le poste ou le programme, et à qui il convient ; Enter commence une nouvelle ligne
board-form-how-to-apply = Comment postuler
board-form-intro = Le comité éditorial l’examine avant sa publication. Ctrl-S l’envoie ; Ctrl-D garde un brouillon.
board-form-sent = Proposition { $id } envoyée : elle apparaîtra sur le tableau une fois approuvée par le comité éditorial (g s).
board-form-why = Motif
board-form-why-hint = ce qui a changé et pourquoi : c’est inscrit au journal d’audit et transmis à ceux qui ont répondu
board-form-not-this-kind = pas ce type d’élément
board-form-corrected = Corrigé : « { $title } » affiche la modification ; le journal d’audit en indique le motif.
board-form-correct-event = Corriger l’événement
board-form-correct-job = Corriger l’offre
board-form-submit-event = Soumettre un événement
board-form-edit-event = Modifier votre événement
board-form-submit-job = Soumettre un emploi ou une opportunité
board-form-edit-job = Modifier votre emploi ou opportunité
board-form-correction-intro = Une correction s’affiche aussitôt, sans nouvel examen ; le journal d’audit conserve ce qui a changé et pourquoi, et ceux qui ont répondu en sont informés. Ctrl-S l’enregistre.
policy-committee = Le comité éditorial
policy-press-a-to-accept = Appuyez sur a pour accepter et revenir au formulaire.
strategies-title = Stratégie : { $name }
strategies-title-multiple = Stratégie : plusieurs axes
strategies-title-coverage = Stratégies : couverture
strategies-tab-people = personnes
strategies-tab-governance = gouvernance
strategies-tab-care = soins
strategies-tab-services = services
strategies-tab-enabling = environnement
strategies-tab-multiple = plusieurs
strategies-tab-coverage = couverture
strategies-about-engaging-people = Donner aux personnes, aux familles et aux communautés les moyens et la parole pour prendre part à leur propre santé et à leurs services.
strategies-about-governance = Rendre les décisions sur les services transparentes, partagées avec les communautés, et redevables envers ceux qu’elles servent.
strategies-about-model-of-care = Orienter les soins vers les soins primaires et communautaires, la prévention, et des services organisés autour des personnes plutôt que des maladies.
strategies-about-coordinating-services = Relier les soins entre niveaux, prestataires et secteurs pour que les personnes les traversent sans rupture.
strategies-about-enabling-environment = Les personnels, le financement, la réglementation, l’information et le leadership qui rendent possibles les quatre autres.
strategies-about-multiple = Des travaux qui portent sur plusieurs stratégies à la fois.
strategies-communities = Communautés ({ $n })
strategies-library-resources = Bibliothèque : ressources ({ $n })
strategies-library-practices = Bibliothèque : pratiques par niveau ({ $n })

strategies-upcoming-events = Événements à venir ({ $n })
strategies-open-jobs = Offres ouvertes ({ $n })
strategies-none-yet = aucun pour l’instant
strategies-coverage-about = Pratiques par stratégie et région de l’OMS ; · signale une lacune. Une pratique qui relève de plusieurs stratégies compte pour chacune.
strategies-all-levels = Tous les niveaux
strategies-unplaced = { $n ->
        [one] { $n } pratique n’indique aucune région et n’est pas comptée.
       *[other] { $n } pratiques n’indiquent aucune région et ne sont pas comptées.
    }
strategies-could-not-read = Impossible de lire cette page : { $error }
proposal-intro = Le comité éditorial examine chaque proposition. Ctrl-S l’envoie ; Ctrl-D la garde comme brouillon.
proposal-members-only = Réservée aux membres
proposal-members-only-text = lisible par les membres uniquement, pas par les invités (Espace)
proposal-sent = Proposition { $id } envoyée : le comité éditorial va l’examiner. Voir g puis s.
proposal-name = Nom
proposal-name-hint = p. ex. Leadership infirmier ; { $max } caractères au maximum
proposal-short-name = Nom court
proposal-short-name-hint = pour les adresses et les commandes : a-z, 0-9 et '-', p. ex. infirmiers
proposal-purpose = Vocation
proposal-purpose-hint = ce que les membres y partageront et y apprendront ; Enter commence une nouvelle ligne
proposal-audience = Pour qui
proposal-audience-hint = p. ex. infirmiers et cadres infirmiers ; { $max } caractères au maximum
proposal-edit = Modifier votre proposition
proposal-new = Proposer une communauté
submission-no-longer-changed = Cette proposition est { $state } : elle ne peut plus être modifiée.
submission-title = Proposition { $id }
submission-title-with-name = Proposition { $id } : { $title }
submission-about = { $kind } « { $title } » de { $name }
submission-not-found = Introuvable.
submission-pending-sent = En attente d’examen · envoyée { $ago }
submission-approvals = { $n } sur { $quorum ->
        [one] { $quorum } approbation
       *[other] { $quorum } approbations
    }
submission-kind-by = { $kind } de { $name }
submission-files-how = { $sftp } (dans review/{ $folder }/) tant qu’elle attend l’examen
submission-read-files-with = Lire les fichiers avec
submission-now = Maintenant
submission-new-thread-in = un nouveau fil dans { $name }
submission-reply-to-post = une réponse au message { $post } dans « { $thread } »
submission-where = Où
submission-published = Publiée
submission-as-post = en tant que message { $post }
submission-history = Historique
submission-history-step = { $name } { $action }
submission-sent-by = envoyée par { $name }
submission-not-sent-yet = Pas encore envoyée : un brouillon.
submission-decide = Décider : a approuver · c demander des modifications · x rejeter
submission-empty = (vide)
submission-kind-community = communauté
submission-kind-thread = fil
submission-kind-reply = réponse
submission-kind-event = événement
submission-kind-job = offre d’emploi
submission-kind-training = formation
submission-kind-educational-opportunity = possibilité d’études
submission-kind-resource = ressource
submission-kind-practice = pratique
submission-kind-news = actualité
submission-kind-blog-post = billet de blog
submission-state-draft = brouillon
submission-state-pending-review = en attente d’examen
submission-state-changes-requested = à modifier
submission-state-approved = approuvée
submission-state-rejected = rejetée
submission-state-withdrawn = retirée
submission-action-submitted = a soumis
submission-action-approved = a approuvé
submission-action-asked-for-changes = a demandé des modifications
submission-action-rejected = a rejeté
held-title = Modifiez votre message et renvoyez-le
held-sent-again = Renvoyé : le comité éditorial va l’examiner.
held-changes-asked = Le comité a demandé des modifications : « { $note } » Ctrl-S renvoie le message.
submissions-title = Mes propositions
submissions-intro = Ce que vous avez envoyé au comité éditorial, les plus récentes d’abord.
submissions-none = Rien pour l’instant. Appuyez sur n pour proposer une nouvelle communauté.
submissions-decision = { $name } { $action } { $ago } : { $note }
submissions-draft-started = brouillon, commencé { $ago } : Enter, puis e pour le terminer et l’envoyer
submissions-sent-waiting = envoyée { $ago }, en attente du comité
submissions-sign-up-to-propose = Inscrivez-vous pour proposer une communauté : appuyez sur g puis u.
news-title = Actualités
news-intro = Du comité éditorial et des membres, les plus récentes d’abord.
news-none-yet = Aucune actualité pour l’instant.
news-item-title = Actualité : { $title }
news-item-number = Actualité { $id }
news-withdraw-about = Actualité « { $title } »
news-corrected-on = Corrigée le { $day } par le comité éditorial : { $reason }
news-kind-news = actualité
news-kind-blog = billet de blog
news-form-kind = Type
news-form-kind-hint = une actualité rapporte ce qui s’est passé ; un billet de blog est votre propre récit ou point de vue, signé de votre nom
news-form-region = Région
news-form-region-hint = ← → pour choisir ; ne choisissez rien, ou Mondial, pour une actualité destinée à tous
news-form-headline = Titre
news-form-text = Texte
news-form-why = Pourquoi
news-form-why-hint = ce qui était erroné : les lecteurs le voient avec la correction, et le journal d’audit le conserve
news-form-proposal-intro = Le comité éditorial l’examine, puis elle est publiée sous votre nom. Ctrl-S l’envoie ; Ctrl-D garde un brouillon.
news-form-proposal-sent = Proposition { $id } envoyée : elle sera publiée dès que le comité éditorial l’aura approuvée (g s).
news-corrected = Corrigée : « { $title } » l’indique, avec votre motif.
news-published = Publiée : « { $title } » figure sur l’écran des actualités et sur l’accueil.
news-form-title-correct = Corriger une actualité
news-form-title-write = Rédiger une actualité ou un billet de blog
news-form-title-edit-proposal = Modifier votre proposition d’actualité
news-form-title-propose = Proposer une actualité ou un billet de blog
news-form-correct-intro = La correction s’affiche aussitôt ; les lecteurs voient qu’elle a été corrigée, quand et pourquoi. Ctrl-S l’enregistre.
news-form-publish-intro = Elle est diffusée aussitôt, à tous, et l’accueil affiche les trois dernières. Ctrl-S publie.
reason-own-words = (dans mes propres mots, ci-dessous)
reason-template = Modèle
reason-template-hint = ← → choisit l’un des motifs du comité ; modifiez-le ci-dessous
reason-note = Note
reason-note-hint = ce qui ne va pas, pour le comité (obligatoire pour « autre »)
reason-reason = Motif
reason-report-hint = ce qui ne va pas, pour le comité
reason-reason-hint = communiqué aux personnes concernées et conservé dans le journal d’audit
reason-one-field-needs-attention = Un champ demande votre attention : voyez le message en dessous.
reason-approve = Approuver
reason-approve-intro = { $about }. La proposition est publiée aussitôt (ou lorsque le quorum est atteint).
reason-request-changes = Demander des modifications
reason-request-changes-intro = { $about }. La proposition est renvoyée à son auteur avec votre note.
reason-reject = Rejeter
reason-reject-intro = { $about }. L’auteur voit votre motif dans Mes propositions.
reason-report-message = Signaler un message
reason-report-message-intro = { $about }. Le comité éditorial lit ce message et votre motif, rien d’autre de la conversation ; son auteur n’en est pas informé.
reason-flag = Signaler un message
reason-flag-intro = { $about }. Le comité éditorial examine les messages signalés ; l’auteur ne sait pas qui les a signalés.
reason-hide = Masquer un message
reason-hide-intro = { $about }. Les membres verront que le comité l’a masqué ; l’auteur voit votre motif.
reason-restore = Rétablir un message
reason-restore-intro = { $about }. Il s’affiche de nouveau pour tous.
reason-dismiss = Classer les signalements
reason-dismiss-intro = { $about }. Le message reste tel quel ; les signalements sont clos.
reason-mute = Réduire { $name } au silence
reason-mute-intro = { $about }. Jusqu’à la fin de la sanction, { $name } ne peut ni publier ni répondre, et voit votre motif et la date de fin.
reason-ban = Bannir { $name }
reason-ban-intro = { $about }. Jusqu’à la fin de la sanction, { $name } ne peut pas se connecter, et voit votre motif et la date de fin.
reason-lift = Lever la sanction de { $name }
reason-lift-intro = { $about }. { $name } peut de nouveau publier et se connecter.
reason-role = Rôle de { $name }
reason-role-intro = { $about }. Les modérateurs forment le comité éditorial ; les administrateurs gèrent aussi les rôles et les sauvegardes.
reason-lock = Verrouiller le fil
reason-unlock = Déverrouiller le fil
reason-pin = Épingler le fil
reason-unpin = Désépingler le fil
reason-move = Déplacer le fil
reason-steer-intro = { $about }.
reason-withdraw-from-board = Retirer du tableau
reason-withdraw-event-intro = { $about }. L’élément quitte le tableau ; la personne qui l’a publié (dans Mes propositions) et les membres qui y ont répondu (dans Mes événements) voient votre motif.
reason-change-level = Changer le niveau
reason-change-level-intro = { $about }. Choisissez le niveau, puis indiquez lesquels de ses critères la pratique remplit : le niveau s’affiche aussitôt, avec votre évaluation et votre motif dans son historique et le journal d’audit.
reason-withdraw-news = Retirer l’actualité
reason-withdraw-news-intro = { $about }. Elle quitte les actualités, les flux et la recherche ; sa page indique qu’elle a été retirée, et le journal d’audit conserve votre motif.
reason-withdraw-job-intro = { $about }. L’offre quitte le tableau et ses archives ; la personne qui l’a publiée voit votre motif dans Mes propositions.
reason-no-criteria = ce niveau n’indique aucun critère
reason-criteria-hint = les critères du niveau : Espace coche chacun de ceux que la pratique remplit ; ceux qui ne sont pas cochés ne sont pas remplis
reason-level-criteria-hint = les critères du niveau « { $level } » : Espace coche chacun de ceux que la pratique remplit ; ceux qui ne sont pas cochés ne sont pas remplis
reason-level = Niveau
reason-level-hint = ← → pour choisir ; ses critères suivent
reason-criteria = Critères
reason-why = Pourquoi
reason-why-spam = spam
reason-why-off-topic = hors sujet
reason-why-inappropriate = inapproprié
reason-why-other = autre
reason-for = Durée
reason-for-hint = en heures ou en jours, comme 12h ou 7d, ou forever
reason-role-field = Rôle
reason-to = Vers
reason-to-hint = ← → pour choisir la communauté
reason-done-approved = Approuvée et publiée ; { $name } la voit dans Mes propositions.
reason-done-sent-back = Renvoyée à { $name } avec votre note.
reason-done-rejected = Rejetée ; { $name } voit votre motif dans Mes propositions.
reason-done-approval-recorded = Approbation enregistrée : il en faut encore { $n } du comité.
reason-choose-why = choisissez pourquoi vous le signalez
reason-done-flagged = Merci : le comité éditorial va l’examiner.
reason-done-hidden = Message masqué : les membres voient que le comité l’a masqué.
reason-done-restored = Message rétabli.
reason-done-dismissed = Signalements classés.
reason-done-muted-flags-resolved = { $name } est réduit au silence ; les signalements sont traités.
reason-done-banned-flags-resolved = { $name } est banni ; les signalements sont traités.
reason-done-muted = { $name } est réduit au silence.
reason-done-banned = { $name } est banni.
reason-done-lifted = { $name } peut de nouveau publier et se connecter.
reason-choose-role = choisissez un rôle
reason-sign-in-first = connectez-vous d’abord
reason-done-role = { $role ->
        [admin] { $name } a désormais le rôle d’administrateur.
        [moderator] { $name } a désormais le rôle de modérateur.
       *[member] { $name } a désormais le rôle de membre.
    }
reason-choose-where = choisissez la destination
reason-done-locked = Fil verrouillé : seul le comité peut y répondre.
reason-done-unlocked = Fil déverrouillé.
reason-done-pinned = Fil épinglé en haut de sa communauté.
reason-done-unpinned = Fil désépinglé.
reason-done-moved = Fil déplacé vers { $name }.
reason-done-reported = Signalé : le comité répond dans la conversation { $id } (g d).
reason-done-withdrawn-event = Retiré : il ne figure plus sur le tableau des événements ; ceux qui y ont répondu voient votre motif.
reason-choose-level = choisissez un niveau
reason-done-level = Nouveau niveau : { $level }. La modification figure dans son historique et le journal d’audit.
reason-done-withdrawn-job = Retirée : elle ne figure plus sur le tableau des offres.
reason-done-withdrawn-news = Retirée : elle ne figure plus dans les actualités, les flux ni la recherche ; le journal d’audit en indique la raison.
moderation-title-queue = Modération : file d’examen
moderation-title-flags = Modération : signalements
moderation-title-members = Modération : membres
moderation-title-audit = Modération : journal d’audit
moderation-tab-queue = File ({ $n })
moderation-tab-flags = Signalements ({ $n })
moderation-tab-members = Membres
moderation-tab-audit = Journal
moderation-queue-empty = Rien n’attend d’examen. Bravo.
moderation-queue-column-kind = Type
moderation-queue-column-title = Titre
moderation-queue-column-author = Auteur
moderation-queue-column-waiting = Attente
moderation-queue-overdue = { $hours ->
        [one] en attente depuis plus de { $hours } heure
       *[other] en attente depuis plus de { $hours } heures
    }
moderation-waiting-minutes = { $n } min
moderation-waiting-hours = { $n } h
moderation-waiting-days = { $n } j
moderation-flags-none = Aucun message signalé.
moderation-flag-about = Message { $post } de { $name } dans « { $thread } »
moderation-flag-head = Message { $post } de { $name } dans « { $thread } » · premier signalement { $ago }
moderation-flag-hidden = [masqué]
moderation-flag-why = { $n ->
        [one] { $n } signalement : { $reasons }
       *[other] { $n } signalements : { $reasons }
    }
moderation-flag-reason-spam = spam
moderation-flag-reason-off-topic = hors sujet
moderation-flag-reason-inappropriate = inapproprié
moderation-flag-reason-other = autre
moderation-member-not-sanctioned = { $name } n’est ni réduit au silence ni banni.
moderation-muted-until = réduit au silence jusqu’au { $when }
moderation-banned-until = banni jusqu’au { $when }
moderation-muted-until-lifted = réduit au silence jusqu’à ce que le comité lève la sanction
moderation-banned-until-lifted = banni jusqu’à ce que le comité lève la sanction
moderation-audit-any-action = toutes
moderation-audit-by = Par
moderation-audit-by-hint = le nom d’utilisateur d’un membre du comité ; vide pour tous
moderation-audit-target = Cible
moderation-audit-target-hint = une partie de la cible, p. ex. post 42 ou un nom d’utilisateur
moderation-audit-action = Action
moderation-audit-every-action = Toutes les actions du comité, les plus récentes d’abord. F filtre.
moderation-audit-filter-by = par { $name }
moderation-audit-filter-target = la cible contient « { $target } »
moderation-audit-filter-action = action { $action }
moderation-audit-filtered = Filtré : { $filter } · { $n ->
        [one] { $n } entrée
       *[other] { $n } entrées
    } · F le modifie
moderation-audit-at-by = { $when } par { $name }
moderation-audit-why = Pourquoi
moderation-audit-before = Avant
moderation-audit-after = Après
moderation-audit-esc-back = Esc revient au journal.
moderation-audit-entry-gone = Cette entrée n’existe plus.
moderation-audit-none = Rien d’enregistré.
moderation-audit-why-line = pourquoi : { $reason }
library-tab-strategy = Stratégie
library-tab-sort = Type ou niveau
library-tab-region = Région
library-tab-competency = Compétence
library-tab-audience = Public
library-tab-learning = Pour vous former
library-title-strategy = Bibliothèque : par stratégie
library-title-sort = Bibliothèque : par type ou niveau
library-title-region = Bibliothèque : par région
library-title-competency = Bibliothèque : par compétence
library-title-audience = Bibliothèque : par public
library-title-learning = Bibliothèque : pour vous former
library-entries-in-the-library = { $n ->
        [one] { $n } entrée dans la bibliothèque. n propose une ressource, N une pratique.
       *[other] { $n } entrées dans la bibliothèque. n propose une ressource, N une pratique.
    }
library-entries-for-your-learning = { $n ->
        [one] { $n } entrée pour vous former. n propose une ressource, N une pratique.
       *[other] { $n } entrées pour vous former. n propose une ressource, N une pratique.
    }
library-strategy-about-engaging-people = Donner aux personnes, aux familles et aux communautés les moyens et la parole pour prendre part à leur propre santé et à leurs services.
library-strategy-about-governance = Rendre les décisions sur les services transparentes, partagées avec les communautés et responsables devant ceux qu’elles servent.
library-strategy-about-model-of-care = Orienter les soins vers les soins primaires et de proximité, la prévention et des services organisés autour des personnes plutôt que des maladies.
library-strategy-about-coordinating-services = Relier les soins entre les niveaux, les prestataires et les secteurs pour que les personnes les parcourent sans rupture.
library-strategy-about-enabling-environment = Les personnels, le financement, la réglementation, l’information et le leadership qui rendent possibles les quatre autres.
library-multiple-streams-about = Les entrées qui portent sur plusieurs stratégies à la fois.
library-sort-resources = Ressources : { $kind }
library-sort-practices = Pratiques : { $level }
library-for-audience = Public : { $audience }
library-your-competencies = Vos compétences
library-tick-your-competencies = Cochez dans votre profil (g y, e) les compétences que vous développez pour voir ce qui les renforce.
library-building = Pour développer : { $competency }
library-none-yet = aucune pour l’instant
library-row-practice = pratique : { $level } · { $country }
library-sign-up-to-add = Inscrivez-vous pour enrichir la bibliothèque : appuyez sur g puis u.
library-kind-who-document = document de l’OMS
library-kind-publication = publication scientifique
library-kind-implementation-report = rapport de mise en œuvre
library-kind-toolkit = boîte à outils
library-kind-multimedia = multimédia
library-kind-other = autre ressource
library-undated = non daté
library-entry-title = Bibliothèque : { $title }
library-entry-number = Entrée { $id } de la bibliothèque
library-entry-not-found = Introuvable.
library-entry-sign-up-to-discuss = Personne n’en a encore discuté. Inscrivez-vous pour lancer la discussion : appuyez sur g puis u.
library-entry-change-level-about = Pratique « { $title } », niveau actuel : { $level }
library-entry-practice = Pratique
library-entry-link = Lien
library-entry-setting = Contexte
library-entry-level-history = Historique du niveau
library-entry-level-change = { $level } par { $by } : { $reason }
library-entry-criteria = critères : { $criteria }
library-entry-criterion-met = { $criterion } : rempli
library-entry-criterion-not-met = { $criterion } : non rempli
library-entry-strategy = Stratégie
library-entry-region = Région
library-entry-country = Pays
library-entry-competencies = Compétences
library-entry-for = Public
library-entry-tags = Mots-clés
library-entry-contact = Contact
library-entry-text = Texte
library-entry-files = Fichiers
library-entry-fetch-files = Récupérez-les avec { $sftp } (dans library/{ $folder }/), ou { $ssh } get { $id } FILE > FILE.
library-entry-discussed-in = Discutée dans { $community } : { $key } ouvre le fil.
library-entry-not-discussed-yet = Pas encore discutée : { $key } rédige le premier message d’un fil dans { $community }.
library-entry-proposed-by = Proposée par { $name }, dans la bibliothèque depuis le { $day }.
library-form-propose-a-resource = Proposer une ressource
library-form-edit-your-resource = Modifier votre ressource
library-form-propose-a-practice = Proposer une pratique
library-form-edit-your-practice = Modifier votre pratique
library-form-intro = Le comité éditorial l’examine avant son entrée dans la bibliothèque. Ctrl-S l’envoie ; Ctrl-D garde un brouillon.
library-form-sent = Proposition { $id } envoyée : elle entre dans la bibliothèque dès que le comité éditorial l’approuve (g s).
library-form-level = Niveau
library-form-level-hint = { $level } : { $criteria } (← → pour un autre)
library-form-files = Fichiers
library-form-files-none-hint = aucun envoyé pour l’instant : déposez des fichiers dans uploads/ avec sftp, puis revenez
library-form-files-hint = vos envois : ← → pour vous déplacer, Espace pour joindre (sftp en dépose d’autres dans uploads/)
library-form-strategies = Stratégies
library-form-strategies-hint = ← → pour vous déplacer, Espace pour cocher ; au-delà d’une, l’entrée compte comme « plusieurs axes »
library-form-discussed-in = Discutée dans
library-form-discussed-in-hint = ← → pour choisir la communauté où les membres en discutent
library-form-country = Pays
library-form-country-hint = si elle porte sur un seul pays
library-form-setting = Contexte
library-form-setting-hint = où elle a été menée et à quelle échelle, p. ex. 12 postes de santé ruraux
library-form-period = Période
library-form-period-hint = quand elle a été menée, p. ex. 2016–2021
library-form-summary = Résumé
library-form-summary-hint = ce que c’est, ce que cela dit, à qui cela s’adresse
library-form-what-was-done = Ce qui a été fait
library-form-results = Résultats
library-form-results-hint = ses résultats ; pour un échec riche d’enseignements, ce qui s’est passé
library-form-impact = Impact
library-form-impact-hint = ce qui a changé pour les personnes et les services, au-delà de ce qui a été mesuré
library-form-expected = Résultats attendus
library-form-expected-hint = échec riche d’enseignements : ce qui était attendu (sinon, laissez vide)
library-form-why-not = Pourquoi l’échec
library-form-why-not-hint = échec riche d’enseignements : pourquoi cela ne s’est pas produit
library-form-do-instead = À faire plutôt
library-form-do-instead-hint = échec riche d’enseignements : ce que d’autres devraient faire à la place
library-form-lessons = Enseignements
library-form-lessons-hint = ce que d’autres peuvent en apprendre (obligatoire, sauf pour un échec riche d’enseignements)
library-form-references = Références
library-form-references-hint = une par ligne : référence | https://lien (le lien s’il y en a un)
library-form-figures = Chiffres
library-form-figures-hint = un par ligne, citant une référence : la couverture est passée à 75 % [1] | la réserve de la source
library-form-contact = Contact
library-form-contact-hint = qui contacter à ce sujet, si cette personne l’accepte
library-form-tags = Mots-clés
library-form-tags-hint = séparés par des virgules
library-form-kind = Type
library-form-authors = Auteurs
library-form-authors-hint = les personnes ou l’organisation qui l’ont rédigée
library-form-year = Année
library-form-year-hint = l’année de parution ; n.d. si elle n’en indique aucune
library-form-link = Lien
library-form-link-hint = https://… où la lire ou la regarder ; ou son texte ou ses fichiers ci-dessous
library-form-text = Texte
library-form-text-hint = son propre texte, que les membres peuvent lire ici (facultatif)
notice-reply = { $name } vous a répondu dans « { $title } »
notice-mention = { $name } vous a mentionné dans « { $title } »
notice-started = { $name } a lancé « { $title } »
notice-posted = { $name } a publié dans « { $title } »
notice-message = { $name } vous a écrit
notice-message-about = { $name } vous a écrit : « { $subject } »
notice-thanks = { $name } vous a remercié pour votre message dans « { $title } »
notice-plus-one = { $name } a donné +1 à votre message dans « { $title } »
notice-insightful = { $name } a trouvé éclairant votre message dans « { $title } »
notice-reminder = Rappel : le message que vous avez mis en signet dans « { $title } »
notice-alert = « { $title } » correspond à votre alerte ({ $alert })
notice-and-more = { $n ->
        [one] (et { $n } autre)
       *[other] (et { $n } autres)
    }
notice-and-more-many = (et plus de 99 autres)

## Inscription, filtres
signup-title = Inscription
signup-intro = Rejoignez le réseau. Les champs marqués * sont obligatoires.
signup-your-key = Votre identifiant sera la clé avec laquelle vous vous êtes connecté : { $key }
signup-no-key = Vous vous êtes connecté sans clé SSH : vous ne pouvez pas vous inscrire depuis cette session.
signup-welcome = Bienvenue dans le réseau, { $name } !
signup-welcome-first = Bienvenue, { $name } ! Vous êtes le premier membre du forum, vous en êtes donc l’administrateur.
form-choose-with-arrows = (choisir avec ← →)
communities-count = { $n ->
        [one] { $n } communauté
       *[other] { $n } communautés
    }
search-filter-community-field = Communauté
search-filter-community-hint = pour les discussions et la bibliothèque
search-filter-since-field = Depuis
search-filter-since-hint = p. ex. 2026-01-01 ; vide pour toute date
search-filter-since-error = écrivez le jour ainsi : 2026-01-31
communities-public-count = { $n ->
        [one] { $n } communauté publique : inscrivez-vous pour voir les autres
       *[other] { $n } communautés publiques : inscrivez-vous pour voir les autres
    }

# Content languages and translations
translation-of = Traduction de
translation-text = Texte
translation-of-entry = fiche { $id } de la bibliothèque : { $title }
translation-of-news = actualité { $id } : { $title }
translation-kept-with = conservée avec { $original }, pour les lecteurs en { $language }
translation-language-unknown = une langue encore inconnue
translation-form-intro = Traduction de { $original } (écrit en { $language }). Le comité la relit ; une fois approuvée, les lecteurs de cette langue la verront.
translation-form-language-hint = La langue vers laquelle vous traduisez (←/→).
translation-form-sent = Traduction envoyée pour relecture (soumission { $id }).
translation-form-title = Proposer une traduction
translation-form-title-edit = Modifier votre traduction
composer-language = Langue
composer-language-automatic = automatique
composer-language-chosen = Celle que vous avez choisie (←/→ pour changer).
composer-language-detected = Détectée : { $name }. Sinon, choisissez avec ←/→.
composer-language-not-yet = Pas encore détectée : écrivez un peu plus, ou choisissez avec ←/→.
display-first = En tête
display-first-hint = Ce qui est écrit dans les langues cochées (ou traduit) passe en tête des fils, de la bibliothèque, des événements et des actualités. Espace pour cocher.
translation-original-named = { $name } (original)
translation-original = original
translation-shown-from = Traduit de l’original ({ $from }) par { $by }, approuvé par le comité.
translation-shown = Traduit par { $by }, approuvé par le comité.
translation-languages = Langues
translation-written-in = Écrit en
translation-now-shown = Affiché maintenant en { $name }.
translation-sign-up-to-translate = Inscrivez-vous pour proposer une traduction.
translation-languages-line = À lire en : { $languages } ({ $key } pour passer de l’une à l’autre).
post-written-in = en { $name }
composer-language-automatic-is = automatique : { $name }
form-none-ticked = rien de coché
form-ticked = { $n ->
    [one] { $n } cochée
   *[other] { $n } cochées
}
submission-kind-translation = traduction
translation-original-text = L’original ({ $language }), tel qu’il est aujourd’hui
board-item-language-detected = { $name } (détectée)
language-form-title = Sa langue
language-form-intro = En quelle langue { $about } est-il écrit ? Actuellement : { $now }. Ctrl-S enregistre.
language-form-hint = ←/→ pour choisir ; les listes le placent en tête pour les lecteurs de cette langue.
language-form-saved = Enregistré : écrit en { $name }.
profile-display-first = { $names } en tête des listes
