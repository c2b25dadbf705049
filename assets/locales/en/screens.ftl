### The full screen's screens: titles, introductions, forms and what they say.

## Display (profile, v)
display-title = Display
display-intro = How Stoa is drawn for you, on every machine you connect from. ← → chooses; Ctrl-S saves and applies it at once.
display-language = Language
display-language-hint = automatic: the language your terminal's locale (LANG) names, else English
display-language-automatic = automatic
language-partial = { $name } (partial: { $missing } in English)
display-colour = Colour
display-colour-hint = automatic: colour unless your terminal has none or sends NO_COLOR
display-ascii = ASCII only
display-ascii-hint = automatic: only for old terminals and locales that are not UTF-8
display-plain = Plain mode
display-plain-hint = lines of text and numbered choices, for screen readers; from your next connection
display-bell = Bell
display-bell-hint = a terminal bell when a notification arrives; automatic: on
display-saved = Display saved: it applies wherever you connect from.
setting-automatic = automatic
setting-always = always
setting-never = never
