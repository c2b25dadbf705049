### Mode simple : des lignes de texte et des choix numérotés, pour les lecteurs d’écran.

plain-help =
    Commandes :
      a number         ouvrir cette communauté, ce fil ou les réponses à ce
                       message
      l                afficher de nouveau la liste de cet endroit
      b                retour ; face à une question, l’abandonner (comme cancel)
      r NUMBER         répondre au message NUMBER (dans un fil)
      e NUMBER         modifier votre message NUMBER ; d NUMBER le supprime
      n                ouvrir un fil (dans une communauté)
      sort ORDER       trier les listes de fils : activity, newest ou replies
      post N           dans un fil : reprendre la lecture à son message N
      more             dans un long fil : ses 10 messages suivants (Enter
                       aussi) ; un fil déjà lu s’ouvre à son premier message non
                       lu, et top le relit depuis le premier message
      flag N REASON    signaler le message N : spam, off-topic, inappropriate ou
                       other NOTE
      watch            dans un fil : être averti de chaque nouveau message ;
                       unwatch arrête
      join, leave      dans une communauté : la rejoindre ou la quitter ;
                       join NAME (un nom court, ou un numéro de la liste
                       d’accueil) depuis n’importe où
      read all         dans une communauté : marquer tous les fils comme lus
                       (dans les notifications : les marquer comme lues)
      e                les événements à venir ; sur l’un d’eux, y pour y aller
                       et i pour indiquer votre intérêt
      j                les offres d’emploi et opportunités ouvertes
      close            sur une offre que vous avez publiée : la clôturer avant
                       sa date de clôture
      correct          sur un événement ou une offre que vous avez publiés : le
                       modifier en indiquant pourquoi
      library          les ressources et pratiques de la bibliothèque
      learning         événements et ressources qui développent les compétences
                       de votre profil
      strategies       les cinq stratégies du cadre ; strategy N affiche la page
                       de l’une d’elles
      news             les actualités du comité
      translate        sur une fiche ou une actualité : proposer une traduction
      in CODE          sur l’une d’elles : la lire dans une autre de ses langues (in en)
      language N CODE  indiquer la langue du message N (en fr es ru zh ar) ; sur
                       une fiche, une actualité ou un événement ouverts : language CODE
      first CODES      ce qui est écrit dans ces langues en tête des listes
                       (first fr es) ; first none l’annule
      committee        qui siège au comité éditorial, et comment le joindre
      search WORDS     rechercher dans les discussions, les tableaux, la
                       bibliothèque, les actualités, les membres
      notifications    ce qui vous concerne (ou !) ; read all les marque comme
                       lues
      latest, unread   les derniers fils des communautés que vous avez
                       rejointes, ou ceux contenant des messages que vous n’avez
                       pas lus
      react N WHAT     réagir au message N : thanks, +1 ou insightful (de
                       nouveau : annuler)
      bookmark N DAY   garder le message N, avec un jour de rappel
                       (facultatif) ; bookmarks les liste, unbookmark N en
                       retire un
      history N        les versions antérieures du message N ; reactions N : qui
                       a réagi
      quote N [A-B]    dans un fil : citer le message N (ou ses lignes A à B)
                       dans votre prochaine réponse ; citez-en plusieurs, puis r
      messages         vos conversations privées ; un numéro en ouvre une (ses
                       20 derniers messages ; older en affiche davantage), write
                       permet d’y écrire ; messages WORDS les recherche
      message NAMES    écrire en privé à des membres, ou message committee pour
                       écrire au comité éditorial (seuls les participants d’une
                       conversation la lisent)
      report N REASON  dans une conversation : transmettre le message N au
                       comité
      block NAME       ne plus recevoir les messages, mentions et réponses d’un
                       membre ; unblock NAME ; blocked les liste
      people           l’annuaire des personnes (membres) ; people WORDS affine
                       la recherche
      submit           proposer une communauté, un événement, une offre, une
                       ressource ou une pratique
      s                vos propositions (membres) ; inscription (invités avec
                       une clé)
      resubmit NUMBER  reprendre un brouillon ou une proposition renvoyée
      profile          qui vous êtes ici ; plain on, off ou auto règle le mode
                       simple
      edit profile     votre nom, organisation, région, fuseau horaire, une
                       ligne de présentation, vos compétences
      keys             vos clés ; add key, remove key N ; password définit un
                       mot de passe
      h                ces commandes
      q                quitter Stoa
    Pendant la rédaction d’un message, tapez-le ligne par ligne ; une ligne contenant seulement un point (.) l’envoie, et une ligne contenant seulement le mot cancel l’abandonne.
plain-help-committee =
    Commandes du comité éditorial :
      queue            ce qui est en attente ; un numéro l’ouvre, puis a, c, x
                       pour statuer
      flags            messages signalés ; hide N ou dismiss N
      coverage         pratiques par stratégie, région OMS et niveau : les
                       lacunes
      withdraw         sur un événement ou une offre : le retirer de son
                       tableau ; sur une actualité : la retirer
      correct          sur une actualité : la modifier en indiquant pourquoi
      level N          sur une pratique : changer son niveau
      write news       publier une actualité
plain-welcome = Bienvenue sur { $site }, { $name }.
plain-welcome-guest = Bienvenue sur { $site }. Vous lisez en tant qu’invité ; tapez s pour vous inscrire et participer.
plain-intro = Ceci est le mode simple : tapez un numéro ou une commande, puis Enter. h liste les commandes.
plain-ask-title = Tapez le titre du nouveau fil, puis Enter.
plain-ask-delete = Supprimer le message { $post } ? Tapez yes pour le supprimer.
plain-ask-submit = Tapez le numéro de ce que vous souhaitez soumettre : 1 une communauté, 2 un événement, 3 une offre d’emploi, 4 une ressource, 5 une pratique ; ou cancel.
plain-ask-answer = Tapez votre réponse, ou cancel.
plain-ask-reason = Tapez le motif, ou cancel.
plain-ask-body = Rédigez votre message ligne par ligne. Une ligne contenant seulement un point (.) l’envoie ; cancel l’abandonne.
plain-error = Erreur : { $error }
plain-communities = { $n ->
        [one] { $n } communauté :
       *[other] { $n } communautés :
    }
plain-threads = { $n ->
        [one] { $n } fil
       *[other] { $n } fils
    }
plain-with-unread = , { $n } avec des messages non lus
plain-joined = , rejointe
plain-home-hint = Tapez le numéro d’une communauté pour l’ouvrir ; e pour les événements, j pour les emplois, library ou news.

plain-new = { $n ->
        [one] { $n } nouveau
       *[other] { $n } nouveaux
    }
plain-locked = verrouillé
plain-thread-line = { $title }, par { $name }, { $replies }, dernier message { $when }
plain-community-hint = Tapez le numéro d’un fil pour le lire, n pour en lancer un, b pour revenir.
plain-thread-head = { $title }, dans { $community }. { $posts }.
plain-posts-range = Messages { $from } à { $to } sur { $total } :
plain-replying-to = en réponse au message { $post }
plain-deleted = supprimé
plain-reactions = Réactions : { $list }.
plain-thread-more-hint = Tapez more (ou simplement Enter) pour les messages { $from } à { $to } sur { $total }, r et le numéro d’un message pour y répondre, b pour revenir.
plain-thread-hint = Tapez r et le numéro d’un message pour y répondre, b pour revenir.
plain-more-no-thread = more affiche la page suivante d’un long fil : ouvrez d’abord un fil.
plain-end-of-thread = C’était la fin du fil : l réaffiche sa dernière page, b permet de revenir.
plain-goodbye = Au revoir.
plain-committee-only = '{ $command }' est une commande du comité éditorial : h liste vos commandes.
plain-open-event-first = Ouvrez d’abord un événement : y et i permettent d’y répondre.
plain-open-community-first = Ouvrez d’abord une communauté : n permet d’y lancer un fil.
plain-no-title = Pas de titre : rien n’a été lancé.
plain-sorted = Les fils sont triés : { $order }.
plain-sort-takes = sort accepte activity, newest ou replies.
plain-post-needs-thread = Ouvrez d’abord un fil : post N le lit à partir de son message N.
plain-post-takes = post attend le numéro d’un message de ce fil, tel qu’il est affiché avec lui (Message 14 de ...).

## Round 6: plain mode, commands, item fields
board-item-when = du { $starts } au { $ends } ({ $zone })
board-item-where-and-when = Lieu et date
board-item-classified = Classement
board-item-tags = mots-clés : { $tags }
board-item-withdrawn-by = retiré par { $by } : { $reason }
board-item-on-the-events-board = sur le tableau des événements (g e) : { $going } participants, { $interested } intéressés
board-item-event-over = terminé : sous Passés, sur le tableau des événements
board-item-job-closed-early = clôturée avant terme : dans les archives du tableau des offres
board-item-job-open = ouverte sur le tableau des offres (g j)
board-item-job-closed = clôturée : dans les archives du tableau des offres
board-item-practice-level = pratique : { $level }
board-item-in-the-library = dans la bibliothèque (g l), comme { $kind }
board-item-on-the-news-screen = sur l’écran des actualités (g n), comme { $kind } { $id }
governance-nobody-yet = personne pour l’instant : un administrateur nomme ses modérateurs
governance-reach = Pour joindre le comité, signalez-lui un message à examiner, ou proposez une communauté, un événement, une offre ou une entrée de bibliothèque : il examine chaque proposition et explique pourquoi il décide comme il le fait.
governance-outside-the-forum = En dehors du forum : { $contact }.
news-byline-blog = billet de blog de { $name }
news-byline-member = actualité de { $name }
practice-what-was-expected = Ce qui était attendu
practice-what-happened = Ce qui s’est passé
practice-why = Pourquoi
practice-what-others-should-do-instead = Ce que d’autres devraient faire à la place
practice-caveat = (la réserve de la source : { $caveat })
app-post-held = Les premiers messages des nouveaux membres sont examinés : le vôtre est dans la file d’attente (g s).
app-fields-need-attention = { $n ->
        [one] Un champ demande votre attention : voyez le message en dessous.
       *[other] { $n } champs demandent votre attention : voyez les messages en dessous.
    }
app-not-saved = Non enregistré : { $problems }.
app-also = { $under } Également : { $problems }.
chrome-too-small = Terminal trop petit : { $size }, il faut { $need }
communities-could-not-read = Impossible de lire les communautés : { $error }
communities-none-yet = Aucune communauté pour l’instant.
communities-sign-up-to-join = Inscrivez-vous pour rejoindre des communautés : appuyez sur g puis u.
busy-leaving = Départ…
busy-joining = Adhésion…
communities-left = Vous avez quitté { $name }.
communities-joined = Vous avez rejoint { $name } : elle apparaît désormais en premier sur votre écran d’accueil.
tabs-shown-of = { $label } ({ $n } sur { $count }, Tab pour le suivant)
muted-until = Réduit au silence jusqu’au { $when } : { $reason }
muted-until-lifted = Réduit au silence jusqu’à ce que le comité lève la sanction : { $reason }
signup-needs-key = Connectez-vous avec une clé SSH pour vous inscrire : elle deviendra votre identifiant de connexion.
form-leave-question = Quitter ce formulaire ? Ce que vous y avez saisi sera perdu.
plain-account-name = Votre nom, tel que les autres le voient
plain-account-organization = Votre organisation
plain-account-region = Votre région OMS
plain-account-time-zone = Votre fuseau horaire
plain-account-bio = Une ligne de présentation
plain-account-competencies = Les compétences que vous développez
plain-account-ask = { $question } :
plain-account-now = (Actuellement : { $now }. Enter le conserve.)
plain-account-type-its-number = { $question } ; tapez son numéro.
plain-account-competencies-ask = { $question }, pour les événements et ressources qui les développent (learning) ; leurs numéros, séparés par des virgules, ou none.
plain-account-paste-key = Collez la clé publique, sur une seule ligne (ssh-ed25519 AAAA... you@laptop), ou cancel :
plain-account-remove-key-ask = Retirer la clé { $fingerprint } ? Tapez yes pour la retirer.
plain-account-current-password = Votre mot de passe actuel (affiché en étoiles) :
plain-account-new-password = Le nouveau mot de passe (affiché en étoiles) :
plain-account-new-password-again = Le nouveau mot de passe, une seconde fois :
plain-account-competency-numbers = tapez des numéros de 1 à { $n }, séparés par des virgules, ou none
plain-account-guests = Les invités n’ont pas de compte : s permet de vous inscrire.
plain-account-keys-head = Vos clés SSH, { $n } :
plain-account-key-line = { $fingerprint } { $comment }, ajoutée le { $added }
plain-account-keys-hint = add key en ajoute une ; remove key et un numéro en retire une.
plain-account-remove-key-how = Tapez keys pour voir leurs numéros, puis remove key et un numéro.
plain-account-nothing-changed = Rien n’a changé.
plain-account-type-a-number = tapez un numéro de 1 à { $n }
plain-account-kept = Conservé.
plain-account-password-set = Mot de passe défini : vous pouvez aussi vous connecter avec { $ssh }.
plain-committee-tags = mots-clés : { $tags }
plain-committee-queue-only = La file d’examen est celle du comité éditorial.
plain-committee-queue-empty = Rien n’attend d’examen.
plain-committee-queue-head = La file d’examen, { $n } en attente, les plus anciennes d’abord :
plain-committee-queue-line = { $kind } « { $title } » de { $name }, envoi { $ago }
plain-committee-queue-hint = Tapez le numéro d’un élément pour le lire et statuer, b pour revenir.
plain-committee-submission-head = Proposition { $id } : { $kind } « { $title } » de { $name }, { $state }.
plain-committee-read-files = Lisez les fichiers avec { $sftp } (dans review/{ $folder }/).
plain-committee-decide-hint = Tapez a pour approuver, c pour demander des modifications, x pour rejeter ; chacun demande le motif. b permet de revenir.
plain-committee-why-approve = Pourquoi l’approuver ? Tapez le motif que l’auteur lira, ou cancel.
plain-committee-what-to-change = Que doit modifier l’auteur ? Tapez le motif que l’auteur lira, ou cancel.
plain-committee-why-reject = Pourquoi la rejeter ? Tapez le motif que l’auteur lira, ou cancel.
plain-committee-flags-only = Les signalements sont l’affaire du comité éditorial.
plain-committee-flags-head = Messages signalés, { $n } :
plain-committee-flag-line = Message { $post } de { $name } dans « { $thread } » : { $reasons }. Il dit : { $says }
plain-committee-flags-hint = Tapez hide et le numéro d’un message pour le masquer, dismiss et son numéro pour le conserver ; chacun demande le motif.
plain-committee-resolve-only = Masquer des messages et rejeter des signalements relève du comité éditorial.
plain-committee-not-a-post-number = '{ $number }' n’est pas un numéro de message.
plain-committee-why-hide = Pourquoi masquer le message { $post } ? Tapez le motif, ou cancel.
plain-committee-why-keep = Pourquoi conserver le message { $post } ? Tapez le motif, ou cancel.
plain-committee-steward-only = Cela relève du comité éditorial.
plain-committee-level-takes = Tapez level et un numéro : { $levels }.
plain-committee-steward-what = Ouvrez un événement, une offre ou une actualité pour le retirer, une pratique pour changer son niveau.
plain-committee-why-audit = Pourquoi ? Tapez le motif, qui sera inscrit au journal d’audit, ou cancel.
plain-committee-criterion = { $level } exige, critère { $n } sur { $total } : { $criterion }. La pratique le remplit-elle ? yes ou no (ou cancel).
plain-committee-nothing-done = Rien n’a été fait.
plain-committee-yes-or-no = Tapez yes ou no. { $again }
plain-committee-reason-audit = Tapez le motif, qui sera inscrit au journal d’audit, ou cancel.
plain-committee-submission-now = La proposition { $id } est désormais { $state }.
plain-committee-post-hidden = Message { $post } masqué.
plain-committee-flags-dismissed = Les signalements du message { $post } sont rejetés.
plain-committee-withdrawn-event = Retiré : il ne figure plus sur le tableau des événements.
plain-committee-withdrawn-news = Retirée : elle ne figure plus dans les actualités, les flux ni la recherche.
plain-committee-level-now = Désormais { $level } : la modification figure dans son historique.
plain-committee-not-done = Non effectué : { $error }.
plain-committee-members-head = Le comité éditorial :
plain-news-draft-region-number = Tapez un numéro de 1 à { $n }, ou Enter.
plain-news-draft-correcting = Correction de « { $title } ». Pourquoi ? Les lecteurs verront ce motif avec la correction (ou cancel).
plain-news-draft-headline-keep = Le titre (Enter conserve « { $title } ») :
plain-news-draft-region-keep = Sa région : tapez son numéro, ou Enter pour la conserver.
plain-news-draft-text-correcting = Son texte, ligne par ligne ; un point (.) seul enregistre la correction (si aucune ligne n’est tapée, le texte reste inchangé).
plain-news-draft-headline = Le titre :
plain-news-draft-region = Sa région : tapez son numéro, ou Enter pour une actualité destinée à tous.
plain-news-draft-text = Son texte, ligne par ligne ; une ligne contenant seulement un point (.) la publie, cancel l’abandonne.
plain-news-draft-committee-writes = Les actualités sont rédigées par le comité éditorial.
plain-news-draft-committee-corrects = Les actualités sont corrigées par le comité éditorial.
plain-news-draft-open-first = Ouvrez d’abord une actualité : correct la modifie.
plain-news-draft-withdrawn = Elle a été retirée : une actualité retirée n’est pas corrigée.
plain-news-draft-not-found = Introuvable : { $error }.
plain-news-draft-thrown-away = Abandonnée.
plain-news-draft-published = Publiée : « { $title } ».
plain-news-draft-not-published = Non publiée : { $error }. Tapez d’autres lignes, puis un point ; ou cancel.
plain-news-draft-corrected = Corrigée, avec votre motif.
plain-news-draft-not-corrected = Non corrigée : { $error }.
plain-close-job-open-first = Ouvrez d’abord une offre : close clôture une offre que vous avez publiée.
plain-close-job-not-closed = Non clôturée : { $error }.
plain-more-than-999-unread = plus de 999 non lues
plain-new-notification = Une nouvelle notification ({ $waiting }) : tapez ! pour la lire.
plain-new-message = Un nouveau message dans la conversation { $conversation } : tapez messages pour le lire.
plain-unread-notifications = { $n ->
        [one] Vous avez { $n } notification non lue : tapez ! pour la lire.
       *[other] Vous avez { $n } notifications non lues : tapez ! pour les lire.
    }
plain-unread-notifications-many = Vous avez plus de 999 notifications non lues : tapez ! pour les lire.
plain-prompt-title = Titre :
plain-prompt-reason = Motif :
plain-proposing-all-done = C’est tout. Tapez send pour l’envoyer au comité éditorial, draft pour la garder comme brouillon, ou cancel.
plain-proposing-all-done-correction = C’est tout. Tapez send pour enregistrer aussitôt la correction, ou cancel.
plain-proposing-so-far = { $n } pour l’instant. Le suivant, ou une ligne vide pour terminer :
plain-proposing-now = (Actuellement : { $answer }. Enter le conserve.)
plain-proposing-type-number = tapez un numéro de 1 à { $n }
plain-proposing-type-numbers = tapez des numéros de 1 à { $n }, séparés par des virgules
plain-proposing-type-yes-or-no = tapez yes ou no
plain-proposing-sign-up-first = Inscrivez-vous d’abord (s) : vous pourrez ensuite soumettre.
plain-proposing-what-to-submit = Que souhaitez-vous soumettre ? Tapez son numéro, ou cancel.
plain-proposing-nothing-submitted = Rien n’a été soumis.
plain-proposing-choose-kind = Tapez un numéro de 1 à 6, ou cancel.
plain-proposing-how-to-stop = Tapez cancel à n’importe quelle question pour arrêter, draft pour garder ce que vous avez saisi jusqu’ici.
plain-proposing-not-a-number = '{ $number }' n’est pas un numéro de proposition.
plain-proposing-no-longer-changed = La proposition { $id } est { $state } : elle ne peut plus être modifiée.
plain-proposing-held-post = Un message en attente se modifie en mode plein écran.
plain-proposing-committee-said = Le comité a dit : { $note }
plain-proposing-answers-shown = Chaque question affiche maintenant sa réponse ; Enter la conserve.
plain-proposing-open-event-or-job = Ouvrez un événement ou une offre que vous avez publiés : correct le modifie.
plain-proposing-poster-only = Seuls la personne qui l’a publié et le comité éditorial peuvent le corriger.
plain-proposing-correction-reason = Qu’est-ce qui a changé, et pourquoi (pour le journal d’audit et ceux qui ont répondu) ?
plain-proposing-correcting = Chaque question affiche maintenant sa réponse ; Enter la conserve. Après la dernière, send enregistre aussitôt la correction.
plain-proposing-send-draft-or-cancel = Tapez send, draft ou cancel.
plain-proposing-correction-no-draft = Une correction n’a pas de brouillon : tapez send pour l’enregistrer, ou cancel.
plain-proposing-not-event-or-job = ni un événement ni une offre
plain-proposing-corrected = Corrigé : la modification s’affiche aussitôt.
plain-proposing-not-corrected = Non corrigé : { $error }. Tapez send pour réessayer, ou cancel.
plain-proposing-sent = Proposition { $id } envoyée : le comité éditorial va l’examiner (s liste les vôtres).
plain-proposing-draft-kept = Brouillon { $id } conservé : resubmit { $id } permet de le reprendre.
plain-proposing-not-saved = Non enregistré : { $error }.
plain-proposing-not-yet = Pas encore :
plain-proposing-kind-community = une communauté
plain-proposing-kind-event = un événement
plain-proposing-kind-job = une offre d’emploi ou une opportunité
plain-proposing-kind-resource = une ressource
plain-proposing-kind-practice = une pratique
plain-proposing-kind-news = une actualité ou un billet de blog
plain-proposing-strategies = Laquelle ou lesquelles des cinq stratégies (leurs numéros, séparés par des virgules) ?
plain-proposing-some-strategies = Les stratégies concernées, parmi les cinq (leurs numéros, séparés par des virgules ; Enter pour aucune) ?
plain-proposing-competencies = Les compétences ainsi développées (leurs numéros, séparés par des virgules ; Enter pour aucune) ?
plain-proposing-audiences = Les publics visés (leurs numéros, séparés par des virgules ; Enter pour aucun) ?
plain-proposing-community = Quelle communauté en discute ?
plain-proposing-title = Son titre ?
plain-proposing-country = Son pays (Enter pour aucun) ?
plain-proposing-tags = Mots-clés, séparés par des virgules (Enter pour aucun) ?
plain-proposing-community-name = Le nom de la communauté ?
plain-proposing-community-slug = Son nom court, pour les adresses : a-z, 0-9 et '-' ?
plain-proposing-community-purpose = À quoi sert-elle, en une ou deux phrases ?

plain-proposing-community-audience = À qui s’adresse-t-elle ?
plain-proposing-community-members-only = Lisible uniquement par les membres inscrits, pas par les invités ? yes ou no ?
plain-proposing-event-kind = Quel type d’événement ?
plain-proposing-event-starts = Quand commence-t-il, à l’heure de l’organisateur, p. ex. 2027-03-02 09:00 ?
plain-proposing-event-ends = Quand se termine-t-il, p. ex. 2027-03-03 17:00 ?
plain-proposing-event-time-zone = Le fuseau horaire de l’organisateur, p. ex. Africa/Nairobi ?
plain-proposing-event-online = Son lien en ligne, https://... (Enter pour aucun) ?
plain-proposing-event-city = Sa ville, s’il a lieu en présentiel (Enter pour aucune) ?
plain-proposing-event-organizer = Qui l’organise ?
plain-proposing-event-deadline = Pour un appel à contributions, le dernier jour pour soumettre, p. ex. 2027-01-15 (Enter pour aucun) ?
plain-proposing-event-region = À quelle région s’adresse-t-il ?
plain-proposing-event-description = De quoi s’agit-il, pour qui, et combien cela coûte-t-il ?
plain-proposing-job-kind = De quel type ?
plain-proposing-job-organization = L’organisation qui la propose ?
plain-proposing-job-location = Sa ville ou son lieu (Enter si à distance) ?
plain-proposing-job-region = Dans quelle région se situe-t-elle ?
plain-proposing-job-remote = Peut-elle s’exercer à distance ? yes ou no ?
plain-proposing-job-closes = Le dernier jour pour postuler, p. ex. 2027-01-31 ?
plain-proposing-job-competencies = Quelles compétences (leurs numéros, séparés par des virgules ; Enter pour aucune) ?
plain-proposing-job-description = Le poste ou le programme, et à qui il convient ?
plain-proposing-job-how-to-apply = Comment postuler ?
plain-proposing-resource-kind = Quel type de ressource ?
plain-proposing-resource-authors = Ses auteurs, ou l’organisation qui l’a rédigée ?
plain-proposing-resource-year = Son année de parution ?
plain-proposing-resource-link = Où la trouver : https://... (Enter pour aucun si vous fournissez son texte ou ses fichiers) ?
plain-proposing-resource-language = Sa langue ?
plain-proposing-resource-summary = De quoi s’agit-il, que dit-elle, à qui s’adresse-t-elle ?
plain-proposing-resource-text = Son propre texte, à lire ici par les membres, sur une seule ligne (Enter pour aucun ; le mode plein écran accepte des textes plus longs) ?
plain-proposing-resource-files = Des fichiers de vos envois à joindre, par nom, séparés par des virgules (Enter pour aucun ; sftp dépose les fichiers dans uploads/) ?
plain-proposing-resource-region = Quelle région concerne-t-elle ?
plain-proposing-resource-country = Le pays, si elle en concerne un (Enter pour aucun) ?
plain-proposing-news-kind = S’agit-il d’une actualité, ou d’un billet de blog (votre propre récit ou point de vue, signé de votre nom) ?
plain-proposing-news-title = Son titre ?
plain-proposing-news-region = Quelle région concerne-t-elle (Mondial : pour tous) ?
plain-proposing-news-body = Son texte, un paragraphe par ligne ; une ligne vide le termine ?
plain-proposing-practice-level = Où en est-elle ?
plain-proposing-practice-country = Le pays où elle a eu lieu ?
plain-proposing-practice-setting = Où a-t-elle été menée, et à quelle échelle, p. ex. 12 postes de santé ruraux ?
plain-proposing-practice-period = Quand a-t-elle été menée, p. ex. 2016-2021 ?
plain-proposing-practice-summary = De quoi s’agit-il, en quelques lignes ?
plain-proposing-practice-what-was-done = Qu’est-ce qui a été fait ?
plain-proposing-practice-results = Qu’en est-il résulté (pour un échec riche d’enseignements : ce qui s’est passé) ?
plain-proposing-practice-impact = Son impact sur les personnes et les services, au-delà de ce qui a été mesuré (Enter pour aucun) ?
plain-proposing-practice-expected = Pour un échec riche d’enseignements, ce qui était attendu (Enter si ce n’en est pas un) ?
plain-proposing-practice-why = Pour un échec riche d’enseignements, pourquoi ce qui était attendu ne s’est pas produit (Enter si ce n’en est pas un) ?
plain-proposing-practice-instead = Pour un échec riche d’enseignements, ce que d’autres devraient faire à la place (Enter si ce n’en est pas un) ?
plain-proposing-practice-lessons = Ce que d’autres peuvent en apprendre (Enter pour aucun s’il s’agit d’un échec riche d’enseignements) ?
plain-proposing-practice-references = Ses références, une par ligne : citation | https://lien (le lien s’il y en a un) ; une ligne vide les termine ?
plain-proposing-practice-figures = Ses chiffres, un par ligne, chacun terminé par le numéro de la référence dont il provient, p. ex. la couverture est passée à 75 % [1], puis | et la réserve de la source si elle en formule une ; une ligne vide les termine ?
plain-proposing-practice-contact = À qui s’adresser à son sujet (Enter pour personne) ?
plain-proposing-practice-region = Quelle région ?
plain-joined-none = Vous n’avez encore rejoint aucune communauté : ouvrez-en une depuis la liste d’accueil et tapez join.
plain-latest-threads = { $n ->
        [one] Récents, { $n } fil :
       *[other] Récents, { $n } fils :
    }
plain-unread-threads = { $n ->
        [one] Non lus, { $n } fil :
       *[other] Non lus, { $n } fils :
    }
plain-latest-line = { $title }, dans { $community } : { $replies }, dernier message { $when }
plain-latest-hint = Tapez un numéro pour lire ce fil, b pour revenir.
plain-bookmarks-head = Vos signets, { $n } :
plain-reminder-on = rappel le { $day }
plain-bookmark-line = Message { $post } dans { $title }, de { $name }
plain-bookmarks-hint = Tapez un numéro pour lire ce fil ; bookmark N DAY définit un rappel, unbookmark N retire un signet.
plain-bookmark-usage = Tapez le numéro du message : bookmark 12, ou bookmark 12 2026-12-01 pour un rappel.
plain-bookmark-taken-away = Signet du message { $post } retiré.
plain-was-not-bookmarked = Le message { $post } n’était pas en signet.
plain-not-bookmarked = Signet non ajouté : { $error }.
plain-bookmarked-with-reminder = Message { $post } ajouté aux signets ; rappel le { $day }.
plain-bookmarked = Message { $post } ajouté aux signets : bookmarks les liste.
plain-react-usage = Tapez react, le numéro du message et thanks, +1 ou insightful : react 12 thanks.
plain-reaction-given = { $reaction } donné au message { $post } : son auteur en est informé.
plain-reaction-taken-back = { $reaction } retiré du message { $post }.
plain-reaction-not-done = Non effectué : { $error }.
plain-history-usage = Tapez le numéro du message : history 12.
plain-never-edited = Le message { $post } n’a jamais été modifié.
plain-quote-usage = Tapez quote, le numéro d’un message, et lesquelles de ses lignes si ce n’est pas toutes : quote 12 2-3.
plain-quote-needs-thread = Ouvrez d’abord un fil : quote cite l’un de ses messages.
plain-quote-other-thread = Le message { $post } est dans un autre fil.
plain-quote-lines-range = { $n ->
        [one] Le message { $post } compte { $n } ligne : choisissez de 1 à { $n }.
       *[other] Le message { $post } compte { $n } lignes : choisissez de 1 à { $n }.
    }
plain-quoted = { $n ->
        [one] { $n } ligne du message { $post } citée pour votre prochaine réponse (r et le numéro d’un message).
       *[other] { $n } lignes du message { $post } citées pour votre prochaine réponse (r et le numéro d’un message).
    }
plain-reply-starts-with-quotes = Votre réponse commence par ce que vous avez cité :
plain-reactions-usage = Tapez le numéro du message : reactions 12.
plain-no-reactions = Aucune réaction au message { $post } pour l’instant.
plain-reaction-from = { $reaction } de { $names }
plain-post-reactions = Message { $post } : { $list }.
plain-signup-policy-again = Tapez yes pour accepter la politique éditoriale et créer votre compte, no pour arrêter, ou l pour la relire.
plain-signup-username = Choisissez un nom d’utilisateur : de 2 à 32 caractères parmi a-z, 0-9, _ et -. Les autres le voient sur vos messages.
plain-signup-name = Votre nom, tel que les autres le verront :
plain-signup-organization = Votre organisation (Enter pour laisser vide) :
plain-signup-region = Votre région OMS ; tapez son numéro :
plain-signup-time-zone = Votre fuseau horaire, p. ex. Africa/Nairobi (Enter pour UTC) :
plain-signup-policy-head = La politique éditoriale :
plain-signup-policy-ask = Tapez yes pour l’accepter et créer votre compte, ou no pour arrêter.
plain-signup-already = Vous êtes déjà inscrit.
plain-signup-needs-key = Connectez-vous avec une clé SSH pour vous inscrire : elle deviendra votre identifiant de connexion.
plain-signup-start = Inscription. Tapez cancel à n’importe quelle question pour arrêter.
plain-signup-not-signed-up = Inscription non effectuée.
plain-signup-taken = '{ $name }' est déjà pris ; choisissez-en un autre
plain-signup-needs-key-short = Connectez-vous avec une clé SSH pour vous inscrire.
plain-signup-welcome-admin = Bienvenue dans le réseau, { $name } ! Vous êtes le premier membre du forum : vous en êtes donc l’administrateur.
plain-signup-welcome = Bienvenue dans le réseau, { $name } !
plain-signup-start-again = Inscription non effectuée : { $problems }. Recommençons.
plain-signup-failed = Inscription non effectuée : { $error }.
plain-not-shown = Impossible d’afficher : { $error }.
plain-needs = '{ $command }' nécessite { $what } : h explique comment.
plain-needs-post-or-item = un numéro de message ou d’élément
plain-needs-level = le numéro du nouveau niveau
plain-needs-words = des mots à rechercher
plain-needs-strategy = le numéro d’une stratégie (strategies les liste)
plain-needs-on-off-auto = on, off ou auto
plain-needs-whom = les destinataires : des noms de membres, ou committee
plain-needs-post = un numéro de message
plain-needs-post-and-reaction = un numéro de message et thanks, +1 ou insightful
plain-needs-message-and-why = un numéro de message et un motif
plain-needs-member = le nom d’un membre
plain-needs-key = le numéro de la clé (keys les liste)
plain-not-a-command = '{ $command }' n’est pas une commande ici : h les liste.
plain-open-no-such-number = Il n’y a pas de numéro { $n } ici : l réaffiche la liste de cet endroit.
plain-new-since-visit = { $n ->
        [one] { $n } nouveau message depuis votre dernière visite : lecture à partir du premier d’entre eux (top lit depuis le début).
       *[other] { $n } nouveaux messages depuis votre dernière visite : lecture à partir du premier d’entre eux (top lit depuis le début).
    }
plain-reply-needs-thread = Ouvrez d’abord un fil : r répond à l’un de ses messages.
plain-not-a-post-number = '{ $number }' n’est pas un numéro de message.
plain-reply-other-thread = Le message { $post } est dans un autre fil : r répond à un message de celui-ci (son numéro est affiché avec chaque message).
plain-replying-to-post = Réponse au message { $post }.
plain-guests-cannot-write = Les invités ne peuvent pas écrire : inscrivez-vous d’abord (tapez s ; cela prend une minute).
plain-draft-back = { $n ->
        [one] Votre brouillon ({ $when }) est de retour, { $n } ligne :
       *[other] Votre brouillon ({ $when }) est de retour, { $n } lignes :
    }
plain-thrown-away = Abandonné.
plain-thread-started = Fil { $thread } lancé.
plain-reply-posted = Réponse publiée : message { $post }.
plain-post-edited = Message { $post } modifié : la version précédente est conservée dans son historique.
plain-first-posts-reviewed = Les premiers messages des nouveaux membres sont examinés : le vôtre est dans la file d’attente.
plain-not-posted = Non publié : { $error }. Tapez d’autres lignes, puis un point ; ou cancel.
plain-message-sent = Message { $number } envoyé dans la conversation { $conversation }. l réaffiche la conversation, b revient à vos messages.
plain-not-sent = Non envoyé : { $error }. Tapez d’autres lignes, puis un point ; ou cancel.
plain-events-heading = Événements à venir, { $n }, dans votre fuseau horaire :
plain-events-you-are = { $answer ->
        [going] vous y allez
       *[interested] cela vous intéresse
    }
plain-events-hint = Tapez le numéro d’un événement pour le lire, b pour revenir.
plain-event-head = { $title }. Événement : { $kind }, organisé par { $organizer }.
plain-event-when = Du { $from } au { $to }, à votre heure.
plain-event-when-organizer = Du { $from } au { $to } ({ $zone }), à l’heure de l’organisateur.
plain-event-where = Lieu : { $place }.
plain-event-online = En ligne : { $link }
plain-event-deadline = Date limite de soumission : { $date }.
plain-item-strategy = Stratégie : { $stream }.
plain-item-region = Région : { $region }.
plain-item-competencies = Compétences : { $list }.
plain-item-for = Public : { $list }.
plain-event-hint = Tapez y si vous y allez, i si cela vous intéresse (de nouveau pour annuler), b pour revenir.
plain-events-answered = { $answer ->
        [going] Vous y allez. Participants : { $going }, intéressés : { $interested }.
       *[interested] Cela vous intéresse. Participants : { $going }, intéressés : { $interested }.
    }
plain-jobs-heading = { $n ->
        [one] Offres d’emploi et opportunités ouvertes, { $n } élément :
       *[other] Offres d’emploi et opportunités ouvertes, { $n } éléments :
    }
plain-jobs-line = { $title }, { $kind } chez { $organization }, { $place } ; clôture le { $date }
plain-item-number-hint = Tapez le numéro d’un élément pour le lire, b pour revenir.
plain-job-head = { $title }. Offre ({ $kind }) chez { $organization }, { $place }.
plain-job-closes = Clôture le { $date }.
plain-job-closes-closed = Clôture le { $date } (clôturée).
plain-job-how-to-apply = Comment postuler : { $how }
plain-back-hint = Tapez b pour revenir.
plain-library-heading = { $n ->
        [one] La bibliothèque, { $n } entrée, les plus récentes d’abord :
       *[other] La bibliothèque, { $n } entrées, les plus récentes d’abord :
    }
plain-library-no-strategy = aucune stratégie indiquée
plain-library-hint = Tapez le numéro d’une entrée pour la lire, b pour revenir.
plain-entry-kind-practice = pratique ({ $level })
plain-entry-head = { $title }. Type : { $kind }.
plain-entry-by = Par { $authors }, { $year } ; langue : { $language }.
plain-entry-setting = Contexte : { $setting }.
plain-entry-level = Niveau « { $level } » depuis le { $day }, attribué par { $by } : { $reason }
plain-entry-text = Texte :
plain-entry-files = Fichiers : { $files }.
plain-entry-read-discussion-hint = Tapez d pour lire sa discussion, b pour revenir.
plain-entry-start-discussion-hint = Tapez d pour lancer sa discussion, b pour revenir.
plain-entry-sign-up-to-discuss = Personne n’en a encore discuté. Inscrivez-vous pour lancer la discussion : tapez s.
plain-entry-new-thread = Un nouveau fil dans { $community }, intitulé « { $title } ». Son premier message commence ainsi :
plain-news-heading = { $n ->
        [one] Actualités du comité éditorial et des membres, { $n } élément :
       *[other] Actualités du comité éditorial et des membres, { $n } éléments :
    }
plain-news-hint-member = Tapez le numéro d’un élément pour le lire, submit pour proposer une actualité ou un billet de blog, b pour revenir.
plain-news-withdrawn = { $title }. Retirée par le comité éditorial le { $day } : { $reason }
plain-news-committee-hint = correct la modifie, withdraw la retire.
plain-multiple-streams = Plusieurs axes
plain-search-heading = { $n ->
        [one] Recherche de « { $words } » : { $n } résultat.
       *[other] Recherche de « { $words } » : { $n } résultats.
    }
plain-search-hint = Tapez le numéro d’un résultat pour l’ouvrir, b pour revenir.
plain-learning-guest = Pour votre apprentissage : inscrivez-vous (s), puis cochez dans votre profil les compétences que vous développez.

plain-learning-no-competencies = Pour votre apprentissage : votre profil n’indique encore aucune compétence. Tapez edit profile pour cocher celles que vous développez.
plain-learning-heading = Pour votre apprentissage ({ $competencies }) : { $events } et { $entries }.
plain-count-upcoming-events = { $n ->
        [one] { $n } événement à venir
       *[other] { $n } événements à venir
    }
plain-count-library-entries = { $n ->
        [one] { $n } entrée de bibliothèque
       *[other] { $n } entrées de bibliothèque
    }
plain-learning-events = Événements, formations d’abord :
plain-learning-event = { $day }, { $kind } : { $title } ; développe { $competencies }
plain-learning-library = Bibliothèque :
plain-learning-entry = { $kind } : { $title } ; développe { $competencies }
plain-number-hint = Tapez un numéro pour l’ouvrir, b pour revenir.
plain-strategies-heading = Les stratégies du cadre :
plain-strategies-hint = Tapez strategy et un numéro pour lire sa page.
plain-strategies-hint-committee = Tapez strategy et un numéro pour lire sa page, coverage pour les pratiques par stratégie, région et niveau.
plain-strategy-usage = Tapez strategy et un numéro de 1 à { $n } : strategies les liste.
plain-communities-line = Communautés : { $names }.
plain-strategy-resources = Ressources de la bibliothèque
plain-strategy-practices = Pratiques, par niveau
plain-strategy-events = Événements à venir
plain-strategy-jobs = Offres ouvertes
plain-strategy-job = { $title } chez { $organization }
plain-coverage-heading = Pratiques par stratégie et région OMS (AFR, AMR, SEAR, EUR, EMR, WPR, Global) ; une lacune s’affiche comme « aucune ».
plain-coverage-count = { $level } : { $n }
plain-none = aucune
plain-notices-heading = Notifications (non lues : { $unread } sur { $n }), les plus récentes d’abord :
plain-notices-new = nouvelles :
plain-notices-hint = Tapez un numéro pour l’ouvrir (cela la marque comme lue), read all pour tout marquer comme lu, b pour revenir.
plain-people-heading = { $n ->
        [one] Personnes : { $n } membre, par organisation :
       *[other] Personnes : { $n } membres, par organisation :
    }
plain-people-hint = Tapez un numéro pour lire la page d’un membre, people WORDS pour affiner, b pour revenir.
plain-member-head = { $name } ({ $username }), { $organization }, { $region }, fuseau horaire { $zone }.
plain-member-recent = Messages récents, { $n } :
plain-member-post = Dans { $thread } : { $opening }
plain-member-hint = Tapez un numéro pour lire le fil de ce message, b pour revenir.
plain-watch-needs-thread = Ouvrez d’abord un fil : watch et unwatch s’y appliquent.
plain-watching = Suivi : vous serez averti des nouveaux messages de ce fil.
plain-not-watching = Vous ne suivez plus ce fil.
plain-read-all-needs-place = Ouvrez d’abord une communauté ou vos notifications (!) : read all marque comme lu ce qu’elles listent.
plain-messages-heading = Vos conversations privées, { $n } (non lues : { $unread }) :
plain-messages-unread = (non lue)
plain-messages-line = Avec { $names } : { $about } { $messages }, le dernier { $when }.
plain-messages-none = Aucune pour l’instant.
plain-messages-hint = Tapez un numéro pour en lire une ; message NAMES écrit à des membres (message committee au comité éditorial) ; messages WORDS les recherche.
plain-conversation-head = Conversation { $id } : { $about } Avec { $names }.
plain-conversation-earlier = { $n ->
        [one] { $n } message antérieur n’est pas affiché : older en affiche { $more } de plus.
       *[other] { $n } messages antérieurs ne sont pas affichés : older en affiche { $more } de plus.
    }
plain-conversation-message = Message { $number }, de { $author }, { $when } :
plain-conversation-message-new = Message { $number } (nouveau), de { $author }, { $when } :
plain-conversation-reported = Signalé : message { $number } de { $author }, { $when }, qui disait :
plain-conversation-reason-given = Le motif indiqué :
plain-conversation-hint = Tapez write pour répondre ; report N REASON transmet le message N au comité ; block NAME empêche quelqu’un de vous joindre ; b revient à vos messages.
plain-messages-found = { $n ->
        [one] { $n } message dans vos conversations pour « { $words } » :
       *[other] { $n } messages dans vos conversations pour « { $words } » :
    }
plain-messages-found-line = Conversation { $id }, message { $number } de { $author } : { $first }
plain-messages-found-hint = Tapez un numéro pour lire cette conversation, b pour revenir.
plain-not-searched = Recherche non effectuée : { $error }.
plain-messages-guests = Les invités ne peuvent pas écrire de messages : inscrivez-vous d’abord (tapez s).
plain-message-needs-whom = 'message' nécessite les destinataires : des noms de membres, ou committee.
plain-not-now = Pas maintenant : { $error }.
plain-message-write = Rédigez votre message ligne par ligne. Une ligne contenant seulement un point (.) l’envoie ; cancel l’abandonne.
plain-message-no-member = Aucun membre ne s’appelle { $name } : people les liste.
plain-not-started = Non lancée : { $error }.
plain-message-write-to = Écrivez à { $names } ligne par ligne. Une ligne contenant seulement un point (.) envoie le message ; cancel l’abandonne.
plain-write-needs-conversation = Ouvrez d’abord une conversation (messages, puis son numéro) : write permet d’y répondre.
plain-report-needs-conversation = Ouvrez d’abord une conversation : report N REASON transmet son message N au comité.
plain-report-usage = report nécessite un numéro de message, puis le motif : report 2 demande mon mot de passe
plain-reported = Signalé : le comité lit ce message et votre motif, rien d’autre. Sa réponse arrivera dans la conversation { $id } (messages).
plain-not-reported = Non signalé : { $error }.
plain-block-nobody = Vous ne bloquez personne.
plain-block-list = Vous bloquez : { $names }. unblock NAME permet à l’un d’eux de vous joindre à nouveau.
plain-blocked = { $name } bloqué : ses messages, mentions et réponses ne vous parviennent plus.
plain-not-blocked = Non bloqué : { $error }.
plain-unblocked = { $name } débloqué : cette personne peut de nouveau vous joindre.
plain-not-blocking = Vous n’aviez pas bloqué { $name }.
plain-older-needs-conversation = Ouvrez d’abord une conversation : older affiche ses messages antérieurs.
plain-unread-conversations = { $n ->
        [one] Vous avez { $n } conversation avec des messages non lus : tapez messages.
       *[other] Vous avez { $n } conversations avec des messages non lus : tapez messages.
    }
plain-flag-usage = Tapez flag, le numéro du message et un motif : spam, off-topic, inappropriate, ou other et une note (flag 12 other répète une publicité).
plain-membership-needs-community = Ouvrez d’abord une communauté, ou tapez { $verb } et son nom court ou son numéro dans la liste d’accueil.
plain-no-number-here = Il n’y a pas de numéro { $n } ici.
plain-already-member = Vous êtes déjà membre de { $name }.
plain-not-member = Vous n’êtes pas membre de { $name }.
plain-joined-community = Vous avez rejoint { $name }.
plain-left-community = Vous avez quitté { $name }.
plain-not-done = Non effectué : { $error }.
plain-not-a-reason = '{ $reason }' n’est pas un motif.
plain-flagged = Message { $post } signalé ({ $reason }) : le comité éditorial va l’examiner.
plain-not-flagged = Non signalé : { $error }.
plain-committee-waiting = { $n ->
        [one] { $n } proposition attend un examen (tapez queue)
       *[other] { $n } propositions attendent un examen (tapez queue)
    }
plain-committee-flagged = { $n ->
        [one] { $n } message signalé attend une décision (tapez flags)
       *[other] { $n } messages signalés attendent une décision (tapez flags)
    }
plain-committee-line = Pour le comité éditorial : { $parts }.
plain-edit-needs-thread = Ouvrez d’abord un fil : e y modifie l’un de vos messages.
plain-editing = Modification du message { $post }. Son texte actuel :
plain-editing-hint = Tapez le nouveau texte ligne par ligne ; une ligne contenant seulement un point (.) l’enregistre à la place de l’ancien, cancel conserve l’ancien.
plain-edit-not-yours = Le message { $post } n’est pas le vôtre : vous ne pouvez pas le modifier.
plain-delete-needs-thread = Ouvrez d’abord un fil : d y supprime l’un de vos messages.
plain-delete-question = Supprimer le message { $post } ? Les réponses restent à leur place. Tapez yes pour le supprimer, n’importe quoi d’autre pour le conserver.
plain-kept = Conservé.
plain-post-deleted = Message { $post } supprimé.
plain-not-deleted = Non supprimé : { $error }.
plain-submissions-none = Vous n’avez encore rien envoyé au comité éditorial.
plain-submissions-heading = { $n ->
        [one] Votre proposition ({ $n }) :
       *[other] Vos propositions, { $n } au total, les plus récentes d’abord :
    }
plain-submission-line = { $id }, { $kind } « { $title } » : { $state }
plain-submission-decision = { $name } { $action } : { $note }
plain-submissions-hint = resubmit et un numéro permettent de reprendre un brouillon ou une proposition renvoyée.
plain-profile-guest = Les invités n’ont pas de profil : s permet de vous inscrire.
plain-profile-about = Présentation : { $bio }
plain-profile-head = { $name } ({ $username }), { $role }.
plain-profile-organization = Organisation : { $organization }
plain-profile-region = Région : { $region }
plain-profile-competencies = Compétences : { $competencies }
plain-profile-time-zone = Fuseau horaire : { $zone }
plain-profile-keys = Clés SSH : { $n }
plain-profile-plain = Mode simple : { $setting }.
plain-profile-display = Affichage : couleur { $colour }, ASCII uniquement { $ascii }, sonnerie { $bell }.
plain-profile-hint = plain on, plain off ou plain auto règle le mode simple pour vos prochaines connexions ; le reste du profil se modifie en mode plein écran (g puis y).
plain-set-plain-usage = Tapez plain on, plain off ou plain auto.
plain-settings-guest = Les invités n’ont pas de réglages : s permet de vous inscrire.
plain-saved-never = Enregistré : votre prochaine connexion ouvrira le forum en plein écran.
plain-saved-always = Enregistré : chaque connexion s’ouvrira en mode simple.
plain-saved-automatic = Enregistré : mode simple lorsque votre terminal ne peut pas dessiner d’écrans (TERM=dumb).
plain-not-saved = Non enregistré : { $error }.
exec-profile-guest = les invités n’ont pas de profil : inscrivez-vous d’abord
exec-joined-community = Vous avez rejoint { $community }.
exec-left-community = Vous avez quitté { $community }.
exec-watching-thread = Suivi du fil { $thread } : chaque nouveau message vous sera notifié.
exec-not-watching-thread = Vous ne suivez plus le fil { $thread }.
exec-post-deleted = Message { $post } supprimé ; ses réponses restent.
exec-flag-give-reason = indiquez un motif : spam, off-topic, inappropriate, ou other avec une note
exec-post-flagged = Message { $post } signalé ({ $reason }) : le comité éditorial va l’examiner.
exec-bookmark-taken-away = Signet du message { $post } retiré.
exec-post-not-bookmarked = Le message { $post } n’était pas en signet.
exec-post-bookmarked-remind = Message { $post } ajouté aux signets ; un rappel vous sera envoyé le { $day }.
exec-post-bookmarked = Message { $post } ajouté aux signets.
exec-not-a-reaction = '{ $typed }' n’est pas une réaction : thanks, +1 ou insightful
exec-reaction-given = { $reaction } donné au message { $post } ({ $n } au total).
exec-reaction-taken-back = { $reaction } retiré du message { $post } ({ $n } restant(s)).
exec-latest-none-joined = Vous n’avez encore rejoint aucune communauté : join COMMUNITY (communities les liste).
exec-latest-news-since = { $n ->
        [one] { $n } fil avec du nouveau depuis votre dernière visite ({ $since })
       *[other] { $n } fils avec du nouveau depuis votre dernière visite ({ $since })
    }
exec-admin-dump-not-text = le dump n’est pas du texte
exec-admin-lifted-reason = levée avant terme par le comité
exec-admin-lifted = { $name } peut de nouveau publier et se connecter
exec-admin-members-only = { $community } n’est lisible que par les membres
exec-admin-public = { $community } est lisible par tous
exec-admin-now = { $name } est désormais { $state }
exec-admin-sanction = { $until } : { $reason }
exec-admin-not-a-date = '{ $text }' n’est pas une date : utilisez YYYY-MM-DD, par exemple 2026-11-01
exec-filter-unknown-kind = type inconnu '{ $value }' (valeurs possibles : { $names })
exec-filter-unknown-region = région inconnue '{ $value }' (valeurs possibles : { $names })
exec-filter-unknown-strategy = stratégie inconnue '{ $value }' (valeurs possibles : { $names })
exec-filter-unknown-competency = compétence inconnue '{ $value }' (valeurs possibles : { $names })
exec-filter-unknown-audience = public inconnu '{ $value }' (valeurs possibles : { $names })
exec-filter-month = écrivez le mois sous la forme 2027-01, et non '{ $value }'
exec-edited-by-committee = modifié par le comité éditorial : { $note }
exec-entry-text = texte de l’entrée de bibliothèque { $id }
exec-entry-text-or-files = texte ou fichiers de l’entrée de bibliothèque { $id } (elle se lit là où pointe son lien)
exec-older-conversations = { $n ->
        [one] ({ $n } conversation plus ancienne n’est pas listée ; messages --search WORDS la retrouve)
       *[other] ({ $n } conversations plus anciennes ne sont pas listées ; messages --search WORDS les retrouve)
    }
exec-conversation-head = Conversation { $id } : { $about }
exec-conversation-with = Avec : { $names }
exec-earlier-messages = { $n ->
        [one] ({ $n } message antérieur : conversation { $id } --all)
       *[other] ({ $n } messages antérieurs : conversation { $id } --all)
    }
exec-reported-message = Signalé : message n° { $number } de la conversation { $conversation }, de { $author }, { $at } :
exec-report-why = Motif :
exec-reported = Signalé au comité éditorial : la conversation { $conversation } contient le signalement et sa réponse.
exec-blocked = { $name } bloqué : aucun message, mention ni réponse de sa part ne vous parvient.
exec-unblocked = { $name } débloqué.
exec-had-not-blocked = Vous n’aviez pas bloqué { $name }.
exec-guest-sign-up = { $why } ; pour vous inscrire, connectez-vous sans commande ({ $ssh }) et appuyez sur s
exec-for-me-sign-up-first = --for-me liste ce qui développe les compétences de votre profil : inscrivez-vous d’abord
exec-for-me-no-competencies = --for-me liste ce qui développe les compétences de votre profil, et le vôtre n’en indique aucune : cochez-les dans votre profil (g y puis e en plein écran, ou edit profile en mode simple)
exec-with-usage = { $why } (usage : { $usage })
exec-fixed-get-file = 'get ENTRY_ID FILE' envoie le fichier tel quel
exec-fixed-events-ics = 'events.ics' est un flux iCalendar
exec-fixed-feed = 'feed' est un flux Atom
exec-fixed-policy = 'policy' est le texte de la politique éditoriale
exec-fixed-admin-export = 'admin export' produit les lignes JSON propres au forum
exec-json-does-not-apply = { $what } : --json ne s’applique pas
exec-not-an-order = '{ $typed }' n’est pas un ordre de tri : activity, newest ou replies
exec-filter-unknown-language = langue inconnue '{ $value }' (valeurs possibles : { $names })
exec-filter-since = --since attend un jour, p. ex. 2026-01-31
exec-strategy-unknown = stratégie inconnue '{ $value }' : valeurs possibles { $names }


# Content languages and translations
plain-written-in = Écrit en { $name }, d’après la détection. Sinon : language { $post } { $code } (ou un autre code : en fr es ru zh ar).
plain-language-unknown = Sa langue n’a pas pu être détectée sur si peu de texte ; indiquez-la : language { $post } CODE (en fr es ru zh ar).
plain-translate-open-first = Ouvrez d’abord une fiche de la bibliothèque ou une actualité.
plain-proposing-translation-language = Vers quelle langue ?
plain-proposing-translation-title = Le titre, traduit ?
plain-proposing-translation-text = Le texte, traduit (un paragraphe par ligne ; une ligne vide termine) ?
plain-language-code-takes = Indiquez une langue par son code : en, fr, es, ru, zh ou ar.
plain-not-in-language = Pas de version en { $name } : aucune traduction pour l’instant. translate en propose une.
plain-languages-line = Langues : { $languages }. in CODE pour lire dans une autre (in en).
plain-language-takes = language prend un numéro de message et un code (language 12 fr), ou sur une fiche, une actualité ou un événement ouverts, un code (language fr).
plain-language-set = Sa langue est maintenant : { $name }.
plain-first-none = Les listes reprennent leur ordre habituel.
plain-first-set = Ce qui est écrit en { $names } passe désormais en tête des listes.
plain-item-written-in = Écrit en { $name }.
plain-first-note = (Ce qui est écrit en { $names } passe en tête ; first none l’annule.)
