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
