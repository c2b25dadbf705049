### Les écrans en plein écran : titres, introductions, formulaires et leurs textes.

## Affichage (profil, v)
display-title = Affichage
display-intro = La façon dont Stoa s’affiche pour vous, sur chaque machine depuis laquelle vous vous connectez. ← → pour choisir ; Ctrl-S enregistre et applique aussitôt.
display-language = Langue
display-language-hint = automatique : la langue indiquée par la locale de votre terminal (LANG), sinon l’anglais
display-language-automatic = automatique
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
