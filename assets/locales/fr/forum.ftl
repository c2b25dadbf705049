
## Round 7
forum-account-key-refused = cette clé ne peut pas être ajoutée à votre compte : choisissez-en une autre
forum-account-key-already-yours = cette clé est déjà sur votre compte
forum-account-too-many-keys = un compte contient au plus { $n } clés ; retirez-en une d’abord
forum-account-last-way-in = c’est votre seul moyen de connexion : ajoutez une autre clé ou définissez d’abord un mot de passe
forum-account-wrong-current-password = ce n’est pas votre mot de passe actuel
forum-account-passwords-differ = les deux mots de passe diffèrent
forum-alerts-every-event = chaque nouvel événement
forum-alerts-every-job = chaque nouvelle offre d’emploi ou opportunité
forum-alerts-new-events = nouveaux événements : { $parts }
forum-alerts-new-jobs = nouvelles offres d’emploi et opportunités : { $parts }
forum-alerts-doing-save = enregistrer des alertes
forum-alerts-doing-remove = supprimer des alertes
forum-alerts-already = vous avez déjà cette alerte ({ $alert })
forum-alerts-too-many = vous avez { $max } alertes : supprimez-en une d’abord (g puis !, puis a)
forum-audit-reason = indiquez un motif de { $min } à { $max } caractères, sur une ligne
forum-audit-doing-read-log = consulter le journal d’audit
forum-board-fields-date-time-needed = saisissez une date et une heure, p. ex. 2026-12-03 09:00
forum-board-fields-not-date-time = « { $typed } » n’est pas une date et une heure : écrivez-la sous la forme 2026-12-03 09:00
forum-board-fields-date-needed = saisissez une date, p. ex. 2026-12-03
forum-board-fields-not-date = « { $typed } » n’est pas une date : écrivez-la sous la forme 2026-12-03
forum-board-fields-link-needed = une adresse web commençant par https://, p. ex. https://example.org/join
forum-board-fields-enter = saisissez { $what }
forum-board-fields-at-least = au moins { $min } caractères
forum-board-fields-at-most = au plus { $max } caractères
forum-board-fields-description-needed = dites en une phrase ou deux de quoi il s’agit ({ $min } caractères ou plus)
forum-board-fields-too-long = au plus { $max } caractères (ici { $len })
forum-board-fields-too-many-tags = au plus { $max } mots-clés (ici { $count })
forum-board-fields-tag-too-long = un mot-clé contient au plus { $max } caractères (« { $tag } » est plus long)
forum-capabilities-only-admins = seuls les administrateurs peuvent { $doing }
forum-capabilities-only-committee = seul le comité éditorial peut { $doing }
forum-conversations-signature-committee = comité éditorial ({ $name })
forum-conversations-empty = écrivez d’abord quelque chose : les messages vides ne sont pas envoyés
forum-conversations-too-long = au plus { $max } caractères (ici { $len }) ; envoyez-le en deux fois
forum-conversations-sanctioned = { $sanction } ; vous pouvez toujours écrire au comité (message committee)
forum-conversations-held = tant que le comité n’a pas approuvé vos premiers messages, vous ne pouvez écrire qu’au comité (message committee)
forum-conversations-blocked-by = { $member } n’accepte pas vos messages
forum-conversations-doing-write = écrire des messages privés
forum-conversations-doing-read = lire des messages privés
forum-conversations-doing-report = signaler des messages
forum-conversations-doing-block = bloquer des membres
forum-conversations-doing-search = rechercher dans les messages privés
forum-conversations-to-self = vous en faites déjà partie : indiquez les autres
forum-conversations-no-member = aucun membre ne s’appelle { $name }
forum-conversations-to-nobody = indiquez à qui il s’adresse : des membres, ou committee
forum-conversations-too-many = { $n ->
        [one] au plus { $n } autre personne : les conversations sont faites pour les petits groupes
       *[other] au plus { $n } autres personnes : les conversations sont faites pour les petits groupes
    }
forum-conversations-no-reason = dites ce qui ne va pas, pour le comité
forum-conversations-own-message = ce message est le vôtre : pour revenir sur ce que vous avez dit, écrivez de nouveau
forum-conversations-committee-not-reported = les conversations du comité ne lui sont pas signalées : écrivez-lui plutôt directement dans la conversation
forum-conversations-block-self = vous ne pouvez pas vous bloquer vous-même
forum-conversations-no-query = tapez un mot à rechercher
forum-corrections-doing-correct-events = corriger des événements
forum-corrections-doing-correct-jobs = corriger des offres d’emploi
forum-corrections-event-not-yours = seuls son auteur et le comité éditorial peuvent corriger un événement
forum-corrections-job-not-yours = seuls son auteur et le comité éditorial peuvent corriger une offre d’emploi
forum-corrections-event-corrected = L’événement « { $title } » a été corrigé : { $reason }
forum-corrections-nothing-changed = rien n’y a changé
forum-corrections-withdrawn = il a été retiré : un élément retiré n’est pas corrigé
forum-discussions-hidden-title = [masqué par le comité éditorial]
forum-discussions-title-missing = donnez un titre au fil
forum-discussions-title-too-short = { $min ->
        [one] au moins { $min } caractère
       *[other] au moins { $min } caractères
    }
forum-discussions-body-empty = écrivez d’abord quelque chose : les messages vides ne sont pas envoyés
forum-discussions-body-too-long = au plus { $max } caractères (ici { $len }) ; répartissez-le en plusieurs réponses
forum-discussions-guests-cannot = les invités ne peuvent pas { $doing } : inscrivez-vous d’abord (cela prend une minute)
forum-discussions-doing-start-threads = ouvrir des fils
forum-discussions-doing-reply = répondre
forum-discussions-thread-locked = ce fil est verrouillé : il n’accepte plus de réponses
forum-editing-doing-edit-others-posts = modifier les messages d’autres membres
forum-editing-doing-edit-posts = modifier des messages
forum-editing-doing-delete-posts = supprimer des messages
forum-editing-note-needed = dites en une ligne pourquoi le comité modifie ce message
forum-editing-only-your-own-to-edit = vous ne pouvez modifier que vos propres messages
forum-editing-post-was-deleted = ce message a été supprimé
forum-editing-only-your-own-to-delete = vous ne pouvez supprimer que vos propres messages
forum-editing-already-deleted = ce message est déjà supprimé
forum-editorial-decided-by = { $action } par { $by } le { $at }
forum-editorial-doing-propose-communities = proposer des communautés
forum-editorial-doing-submit-items = soumettre des éléments
forum-editorial-doing-read-submissions = consulter les propositions
forum-editorial-doing-read-review-queue = consulter la file d’examen
forum-editorial-doing-decide-on-submissions = statuer sur les propositions
forum-editorial-held-post-edited-from-submission = un message en attente se modifie depuis sa proposition
forum-editorial-no-longer-changed = cette proposition est { $state } : elle ne peut plus être modifiée
forum-editorial-already-decided = la proposition { $id } a déjà été traitée ({ $decided })
forum-editorial-changed-while-read = la proposition { $id } a changé pendant votre lecture ({ $decided }) : rouvrez-la
forum-editorial-not-your-own = vous ne pouvez pas statuer sur votre propre proposition
forum-editorial-approved-already = vous l’avez déjà approuvée : elle attend un autre membre du comité
forum-editorial-short-name-taken-now = une communauté porte désormais ce nom court : demandez des modifications pour que l’auteur en choisisse un autre
forum-error-not-found = { $what } introuvable
forum-missing-post = message { $id }
forum-missing-thread = fil { $id }
forum-missing-thread-is-reply = fil { $id } (le message { $id } est une réponse dans le fil { $thread })
forum-missing-conversation = conversation { $id }
forum-missing-message = message { $n } de la conversation { $id }
forum-missing-job = offre { $id }
forum-missing-submission = proposition { $id }
forum-missing-submission-or-post = proposition { $id }, ou le message auquel elle répond
forum-missing-event = événement { $id }
forum-missing-alert = alerte { $id }
forum-missing-news = actualité { $id }
forum-missing-entry = entrée { $id } de la bibliothèque
forum-missing-account = compte « { $name } »
forum-missing-member = membre { $name }
forum-missing-community = communauté « { $name } »
forum-missing-key = cette clé
forum-missing-your-account = votre compte
forum-missing-upload = fichier envoyé « { $name } »
forum-missing-file = fichier « { $name } » de l’entrée { $id } de la bibliothèque
forum-error-held = votre message attend l’examen du comité éditorial (proposition { $submission }) ; vous le trouverez sous g puis s
forum-error-nothing-to-fix = rien à corriger
forum-events-for-audience = pour { $audience }
forum-events-what-title = le titre de l’événement
forum-events-start-passed = ce début est passé : le tableau ne montre que des événements à venir
forum-events-end-before-start = la fin doit venir après le début ({ $start })
forum-events-deadline-needed = un appel à communications doit indiquer sa date limite de soumission, p. ex. 2026-12-01
forum-events-deadline-after-start = la date limite doit être au plus tard le jour du début
forum-events-place-needed = indiquez un lien en ligne ou une ville (ou les deux)
forum-events-organizer-needed = indiquez qui l’organise
forum-events-region-needed = choisissez la région concernée (Mondial s’il en couvre plusieurs)
forum-events-time-missing-in-zone = cette heure n’existe pas dans ce fuseau horaire
forum-events-doing-submit = proposer des événements
forum-events-doing-keep-list = tenir une liste d’événements
forum-events-doing-answer = répondre aux événements
forum-events-over = cet événement est terminé
forum-events-withdrawn = cet événement a été retiré par le comité éditorial
forum-files-size-bytes = { $n ->
        [one] { $n } octet
       *[other] { $n } octets
    }
forum-files-size-kb = { $n } Ko
forum-files-size-mb = { $n } Mo
forum-files-doing-keep-uploads = conserver des fichiers envoyés
forum-files-doing-upload = envoyer des fichiers
forum-files-file-too-big = un fichier peut faire au plus { $size }
forum-files-space-full = vos fichiers occuperaient { $used } de vos { $space } : supprimez-en d’abord quelques-uns
forum-files-uploads-full = { $n ->
        [one] vous conservez { $n } fichier envoyé, le maximum permis : supprimez-le d’abord
       *[other] vous conservez { $n } fichiers envoyés, le maximum permis : supprimez-en d’abord quelques-uns
    }
forum-files-bad-name = « { $name } » n’est pas un nom de fichier acceptable
forum-files-name-reserved = { $name } est le nom réservé au texte propre d’une entrée : donnez un autre nom au fichier
forum-files-doing-review = examiner des fichiers
forum-files-not-uploaded = { $name } ne fait pas partie de vos fichiers envoyés : envoyez-le d’abord (sftp, dans uploads/)
forum-files-attached-twice = { $name } est joint deux fois
forum-files-too-many = { $n ->
        [one] au plus { $n } fichier
       *[other] au plus { $n } fichiers
    }
forum-flags-doing-flag-posts = signaler des messages
forum-flags-own-post = c’est votre propre message : modifiez-le ou supprimez-le plutôt
forum-flags-note-needed = dites ce qui ne va pas (pour « autre », une note est nécessaire)
forum-flags-doing-read-queue = consulter la file des signalements
forum-flags-doing-hide-or-restore = masquer ou rétablir des messages
forum-flags-hidden-already = ce message est déjà masqué
forum-flags-not-hidden = ce message n’est pas masqué
forum-flags-doing-dismiss = classer des signalements
forum-flags-doing-act-on-authors = prendre des mesures envers les auteurs
forum-flags-none-open = ce message n’a aucun signalement ouvert (quelqu’un les a peut-être traités)

forum-jobs-what-title = le titre
forum-jobs-closing-passed = cette date de clôture est passée
forum-jobs-organization-needed = indiquez l’organisation qui la propose
forum-jobs-place-needed = indiquez un lieu, ou cochez « à distance »
forum-jobs-region-needed = choisissez la région où elle se situe (Mondial si elle en couvre plusieurs)
forum-jobs-how-to-apply-needed = indiquez comment postuler : un lien, une adresse, les documents demandés
forum-jobs-doing-submit = proposer des offres d’emploi
forum-jobs-doing-close = clôturer des offres d’emploi
forum-jobs-only-poster-closes = seul son auteur ({ $poster }) peut la clôturer
forum-jobs-closed-already = elle est déjà clôturée
forum-library-text-short = { $what } ({ $min } caractères ou plus)
forum-library-text-long = au plus { $max } caractères (ici { $len })
forum-library-tick-strategy = cochez au moins une des cinq stratégies
forum-library-choose-region = choisissez la région concernée (Mondial si elle en couvre plusieurs)
forum-library-choose-community = choisissez la communauté où elle sera discutée
forum-library-no-such-community = cette communauté n’existe pas
forum-library-criterion-unassessed = indiquez si elle remplit chaque critère du niveau { $level } : « { $criterion } » n’est pas évalué
forum-library-not-a-criterion = « { $criterion } » n’est pas un critère du niveau { $level }
forum-library-say-setting = indiquez où elle a été menée et à quelle échelle, p. ex. 12 postes de santé ruraux
forum-library-say-expected = indiquez ce qui était attendu
forum-library-say-why = indiquez pourquoi cela ne s’est pas produit
forum-library-say-instead = indiquez ce que d’autres devraient faire à la place
forum-library-year = l’année de parution, p. ex. { $year }, ou n.d. si elle n’est pas indiquée
forum-library-doing-submit = proposer des documents à la bibliothèque
forum-library-the-title = le titre
forum-library-enter-authors = indiquez les auteurs ou l’organisation qui l’a rédigé
forum-library-enter-link = indiquez où le trouver (https://…), ou donnez ici son texte ou ses fichiers
forum-library-say-resource-summary = dites ce que c’est et à qui cela s’adresse
forum-library-enter-language = la langue dans laquelle il est rédigé, p. ex. français
forum-library-text-attach = au plus { $max } caractères : joignez un document plus long sous forme de fichier
forum-library-enter-country = indiquez le pays (ou les pays) où elle a eu lieu
forum-library-enter-period = quand elle a été menée, p. ex. 2016–2021 ou depuis 2019
forum-library-say-practice-summary = dites en quelques lignes de quoi il s’agit
forum-library-say-what-was-done = dites ce qui a été fait
forum-library-say-results = dites ce qui en est résulté, avec des chiffres quand il y en a
forum-library-say-lessons = dites ce que d’autres peuvent en apprendre
forum-library-doing-change-level = modifier le niveau d’une pratique
forum-library-only-practices-level = seules les pratiques ont un niveau
forum-library-level-already = son niveau est déjà { $level }
forum-library-level-changed = Votre pratique « { $title } » a désormais le niveau « { $level ->
        [emerging] { -level-emerging }
        [promising] { -level-promising }
        [leading] { -level-leading }
        [brilliant-failure] { -level-brilliant-failure }
        [not-assessed] { -level-not-assessed }
       *[other] { $level }
    } » : { $reason }
forum-new-member-review-doing-post = publier
forum-news-doing-write = rédiger des actualités
forum-news-doing-propose = proposer des actualités
forum-news-doing-correct = corriger des actualités
forum-news-doing-withdraw = retirer des actualités
forum-news-withdrawn-not-corrected = elle a été retirée : un élément retiré n’est pas corrigé
forum-news-nothing-changed = rien n’y a changé
forum-news-withdrawn-already = elle a déjà été retirée par { $name }
forum-news-told-corrected = { $kind ->
        [blog] Le comité a corrigé votre billet de blog « { $title } » : { $reason }
       *[news] Le comité a corrigé votre actualité « { $title } » : { $reason }
    }
forum-news-told-withdrew = { $kind ->
        [blog] Le comité a retiré votre billet de blog « { $title } » : { $reason }
       *[news] Le comité a retiré votre actualité « { $title } » : { $reason }
    }
forum-news-what-headline = un titre
forum-news-body-needed = rédigez l’actualité elle-même ({ $min } caractères ou plus)
forum-notifications-doing-receive = recevoir des notifications
forum-notifications-doing-watch-threads = suivre des fils
forum-notifications-approved = { $kind ->
        [community] Votre communauté « { $title } » a été approuvée et publiée
        [thread] Votre fil « { $title } » a été approuvé et publié
        [reply] Votre réponse « { $title } » a été approuvée et publiée
        [event] Votre événement « { $title } » a été approuvé et publié
        [job] Votre offre d’emploi « { $title } » a été approuvée et publiée
        [training] Votre formation « { $title } » a été approuvée et publiée
        [educational-opportunity] Votre possibilité de formation « { $title } » a été approuvée et publiée
        [resource] Votre ressource « { $title } » a été approuvée et publiée
        [practice] Votre pratique « { $title } » a été approuvée et publiée
        [news] Votre actualité « { $title } » a été approuvée et publiée
        [blog-post] Votre billet de blog « { $title } » a été approuvé et publié
       *[other] Votre proposition « { $title } » a été approuvée et publiée
    }
forum-notifications-changes-requested = Le comité demande des modifications à votre { $kind ->
        [community] communauté
        [thread] fil
        [reply] réponse
        [event] événement
        [job] offre d’emploi
        [training] formation
        [educational-opportunity] possibilité de formation
        [resource] ressource
        [practice] pratique
        [news] actualité
        [blog-post] billet de blog
       *[other] proposition
    } « { $title } » : { $reason }
forum-notifications-rejected = { $kind ->
        [community] Votre communauté « { $title } » a été refusée : { $reason }
        [thread] Votre fil « { $title } » a été refusé : { $reason }
        [reply] Votre réponse « { $title } » a été refusée : { $reason }
        [event] Votre événement « { $title } » a été refusé : { $reason }
        [job] Votre offre d’emploi « { $title } » a été refusée : { $reason }
        [training] Votre formation « { $title } » a été refusée : { $reason }
        [educational-opportunity] Votre possibilité de formation « { $title } » a été refusée : { $reason }
        [resource] Votre ressource « { $title } » a été refusée : { $reason }
        [practice] Votre pratique « { $title } » a été refusée : { $reason }
        [news] Votre actualité « { $title } » a été refusée : { $reason }
        [blog-post] Votre billet de blog « { $title } » a été refusé : { $reason }
       *[other] Votre proposition « { $title } » a été refusée : { $reason }
    }
forum-pace-starting = { $n ->
        [one] vous avez ouvert { $n } conversation au cours de la dernière heure ; patientez un peu, ou écrivez-y
       *[other] vous avez ouvert { $n } conversations au cours de la dernière heure ; patientez un peu, ou écrivez dans l’une d’elles
    }
forum-pace-writing = { $n ->
        [one] vous avez envoyé { $n } message en dix minutes ; patientez un peu avant le suivant
       *[other] vous avez envoyé { $n } messages en dix minutes ; patientez un peu avant le suivant
    }
forum-pace-reacting = { $n ->
        [one] vous avez donné { $n } réaction en dix minutes ; patientez un peu avant la suivante
       *[other] vous avez donné { $n } réactions en dix minutes ; patientez un peu avant la suivante
    }
forum-pace-threads = { $n ->
        [one] vous avez ouvert { $n } fil au cours de la dernière heure ; patientez un peu, ou répondez-y
       *[other] vous avez ouvert { $n } fils au cours de la dernière heure ; patientez un peu, ou répondez dans l’un d’eux
    }
forum-pace-replying = { $n ->
        [one] vous avez publié { $n } réponse en dix minutes ; patientez un peu avant la suivante
       *[other] vous avez publié { $n } réponses en dix minutes ; patientez un peu avant la suivante
    }
forum-pace-editing = { $n ->
        [one] vous avez fait { $n } modification en dix minutes ; patientez un peu avant la suivante
       *[other] vous avez fait { $n } modifications en dix minutes ; patientez un peu avant la suivante
    }
forum-pace-submitting = { $n ->
        [one] vous avez envoyé { $n } élément au comité au cours des dernières 24 heures ; patientez un peu avant le suivant
       *[other] vous avez envoyé { $n } éléments au comité au cours des dernières 24 heures ; patientez un peu avant le suivant
    }
forum-mentions-too-many = un message peut mentionner au plus { $max } membres, qui sont chacun notifiés ; celui-ci en mentionne { $n }
forum-password-at-least = { $n ->
        [one] au moins { $n } caractère
       *[other] au moins { $n } caractères
    }
forum-password-at-most = { $n ->
        [one] au plus { $n } caractère
       *[other] au plus { $n } caractères
    }
forum-password-hashing-failed = le hachage du mot de passe a échoué : { $error }
forum-people-doing-see-directory = consulter l’annuaire des membres
forum-people-doing-see-pages = consulter les pages des membres
forum-pin-lock-move-doing-steer-threads = verrouiller, épingler ou déplacer des fils
forum-pin-lock-move-already-locked = le fil est déjà verrouillé
forum-pin-lock-move-already-open = le fil est déjà ouvert
forum-pin-lock-move-already-pinned = le fil est déjà épinglé
forum-pin-lock-move-already-not-pinned = le fil n’est déjà plus épinglé
forum-pin-lock-move-already-in = le fil est déjà dans { $community }
forum-proposals-short-name-taken = « { $slug } » est déjà pris par une communauté existante
forum-proposals-purpose-needed = dites en une phrase ou deux à quoi sert la communauté (20 caractères ou plus)
forum-proposals-purpose-too-long = au plus { $max } caractères (ici { $len })
forum-proposals-audience-needed = dites à qui elle s’adresse, p. ex. le personnel infirmier des soins primaires
forum-proposals-short-name-needed = choisissez un nom court, p. ex. primary-care
forum-proposals-short-name-form = 2 à 32 caractères : a-z, 0-9 et « - »
forum-reactions-not-a-day = « { $typed } » n’est pas un jour : écrivez-le sous la forme 2026-12-01
forum-reactions-doing-react = réagir aux messages
forum-reactions-doing-bookmark = mettre des messages en signet
forum-reactions-own-post = ce message est le vôtre : les réactions sont pour les messages des autres
forum-reactions-day-passed = le { $day } est passé : choisissez aujourd’hui ou un jour ultérieur
forum-reactions-bookmarks-full = { $n ->
        [one] vous avez déjà { $n } signet : retirez-le d’abord (g b, puis d)
       *[other] vous avez déjà { $n } signets : retirez-en d’abord quelques-uns (g b, puis d)
    }
forum-reactions-gone = (n’existe plus)
forum-roles-only-admins-can = seuls les administrateurs peuvent { $doing }
forum-roles-doing-change-roles = modifier les rôles
forum-roles-doing-add-accounts = ajouter des comptes
forum-roles-only-admin = { $username } est le seul administrateur ; nommez d’abord quelqu’un d’autre administrateur
forum-roles-give-a-key = indiquez au moins une clé publique
forum-roles-username-taken = « { $username } » est déjà pris
forum-roles-key-taken = cette clé appartient déjà à un compte
forum-sanctions-your-account = votre compte est { $kind ->
        [muted] réduit au silence
       *[banned] banni
    } { $until } : { $reason }
forum-sanctions-until = jusqu’au { $end } { $zone }
forum-sanctions-until-lifted = jusqu’à ce que le comité lève la sanction
forum-sanctions-bad-length = « { $length } » n’est pas une durée : indiquez des heures ou des jours, comme 12h ou 7d, ou forever
forum-sanctions-doing-mute-or-ban = réduire au silence ou bannir des comptes
forum-sanctions-doing-lift = lever les mises au silence et les bannissements
forum-sanctions-doing-list-accounts = lister les comptes
forum-sanctions-end-in-future = la fin doit être dans le futur
forum-sanctions-not-sanctioned = { $username } n’est ni réduit au silence ni banni
forum-sanctions-mute-notice = Votre compte est réduit au silence { $until } : { $reason }. Vous pouvez lire ; pour écrire, il faudra attendre jusque-là.
forum-sanctions-login-key-removed = la clé SSH utilisée pour cette session a été retirée de votre compte ; reconnectez-vous avec une clé qui y figure encore
forum-sanctions-not-yourself = vous ne pouvez pas vous réduire au silence ni vous bannir vous-même
forum-sanctions-outranked = { $actor ->
        [admin] un administrateur
        [moderator] un modérateur
       *[member] un membre
    } ne peut pas réduire au silence ni bannir { $target ->
        [admin] un administrateur
        [moderator] un modérateur
       *[member] un membre
    }
forum-search-broken = la recherche ne peut pas répondre pour le moment ; les administrateurs ont été prévenus dans le journal (un redémarrage ou stoa reindex reconstruit l’index)
forum-search-no-index = la recherche n’est pas disponible : ce forum fonctionne sans index de recherche
forum-search-guests-cannot-search-members = les invités ne peuvent pas rechercher des membres : inscrivez-vous d’abord
forum-search-reply-title = Re : { $title }
forum-search-job-about = { $kind } · { $organization } · clôture le { $closes }
forum-search-news-about = Actualités · { $day }
forum-signup-choose-region = choisissez votre région OMS (← →)
forum-signup-accept-policy = lisez et acceptez la politique éditoriale pour vous inscrire
forum-signup-key-taken = cette clé appartient déjà à un compte : reconnectez-vous pour ouvrir une session
forum-strategies-doing-coverage = consulter la couverture de la bibliothèque
forum-validate-username-rule = 2 à 32 caractères : lettres minuscules, chiffres, - et _
forum-validate-choose-username = choisissez un nom d’utilisateur
forum-validate-username-reserved = « { $name } » est réservé ; choisissez-en un autre
forum-validate-enter-display-name = saisissez votre nom tel que les autres le verront
forum-validate-enter-community-name = saisissez le nom de votre communauté
forum-validate-enter-your = saisissez votre { $what }
forum-validate-control-characters = contient des caractères de contrôle ou invisibles qui ne peuvent pas être affichés ; tapez du texte simple
forum-validate-too-long = { $max ->
        [one] au plus { $max } caractère (ici { $len })
       *[other] au plus { $max } caractères (ici { $len })
    }
forum-validate-enter-time-zone = saisissez un fuseau horaire, p. ex. Africa/Nairobi ou UTC
forum-validate-unknown-time-zone = fuseau horaire inconnu ; essayez p. ex. Africa/Nairobi ou UTC
forum-withdraw-already = il a été retiré par { $by } le { $at }
forum-withdraw-doing-withdraw-events = retirer des événements
forum-withdraw-doing-withdraw-jobs = retirer des offres d’emploi
forum-withdraw-event-withdrawn = Le comité a retiré l’événement « { $title } » : { $reason }
forum-withdraw-job-withdrawn = Le comité a retiré votre { $kind ->
        [training] formation
        [education] possibilité de formation
       *[job] offre d’emploi
    } « { $title } » : { $reason }

# Content languages and translations
forum-languages-doing-set = indiquer la langue d’un texte
forum-languages-only-author = seuls son auteur ou le comité éditorial peuvent changer sa langue
forum-languages-not-written = seuls les messages, événements, fiches de la bibliothèque et actualités ont une langue
forum-translations-doing-propose = proposer des traductions
forum-translations-same-language = l’original est déjà en { $name } : choisissez une autre langue
forum-translations-what-title = le titre dans sa langue
forum-translations-text-needed = rédigez le texte traduit
forum-error-field = { $field } : { $message }
field-action = action
field-ascii = ASCII
field-audience = public
field-assessment = évaluation
field-setting = contexte
field-references = références
field-instead = ce qui se faisait avant
field-impact = impact
field-figures = chiffres
field-expected = résultats attendus
field-audiences = publics
field-authors = auteurs
field-bell = sonnerie
field-bio = présentation
field-body = texte
field-by = par
field-city = ville
field-closes = date de clôture
field-colour = couleur
field-community = communauté
field-competencies = compétences
field-competency = compétence
field-confirm = confirmation
field-contact = contact
field-country = pays
field-current = mot de passe actuel
field-deadline = date limite
field-description = description
field-display_name = nom affiché
field-ends = fin
field-files = fichiers
field-members_only = réservé aux membres
field-how_to_apply = comment postuler
field-key = clé
field-kind = type
field-language = langue
field-first_languages = langues en premier
field-length = durée
field-lessons = leçons
field-level = niveau
field-link = lien
field-location = lieu
field-month = mois
field-name = nom
field-new = nouveau mot de passe
field-note = note
field-online = en ligne
field-organization = organisation
field-organizer = organisateur
field-period = période
field-plain = mode texte
field-policy = charte éditoriale
field-purpose = objet
field-query = recherche
field-reason = raison
field-region = région
field-remote = à distance
field-results = résultats
field-role = rôle
field-since = depuis
field-slug = nom court
field-starts = début
field-strategies = stratégies
field-strategy = stratégie
field-summary = résumé
field-tags = mots-clés
field-target = cible
field-template = modèle
field-text = texte
field-time_zone = fuseau horaire
field-title = titre
field-until = jusqu’au
field-username = nom d’utilisateur
field-what_was_done = ce qui a été fait
field-why = pourquoi
field-subject = objet
field-to = destinataires
field-remind = rappel
field-year = année
forum-library-thread-title = Bibliothèque : { $title }
forum-library-thread-about = À propos de « { $title } » ({ $kind }, entrée { $id } de la bibliothèque).
