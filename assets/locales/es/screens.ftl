### Las pantallas de la interfaz completa: títulos, introducciones, formularios y sus textos.

## Display (profile, v)
display-title = Pantalla
display-intro = Cómo se le muestra Stoa, en cualquier equipo desde el que se conecte. ← → elige; Ctrl-S guarda y lo aplica al instante.
display-language = Idioma
display-language-hint = automático: el idioma que indica la configuración regional de su terminal (LANG); si no, inglés
display-language-automatic = automático
language-partial = { $name } (parcial: { $missing } en inglés)
display-colour = Color
display-colour-hint = automático: color, salvo que su terminal no lo admita o envíe NO_COLOR
display-ascii = Solo ASCII
display-ascii-hint = automático: solo para terminales antiguos y configuraciones regionales que no son UTF-8
display-plain = Modo simple
display-plain-hint = líneas de texto y opciones numeradas, para lectores de pantalla; a partir de su próxima conexión
display-bell = Timbre
display-bell-hint = un timbre del terminal cuando llega una notificación; automático: activado
display-saved = Pantalla guardada: se aplica desde donde se conecte.
setting-automatic = automático
setting-always = siempre
setting-never = nunca
