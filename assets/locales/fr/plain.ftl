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
