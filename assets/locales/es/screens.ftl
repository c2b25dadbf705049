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

## Home
home-title = Inicio
home-title-guest = Bienvenida
home-guest-notice = Está navegando como invitado. Pulse s para registrarse: solo lleva un minuto, y la clave con la que se ha conectado pasa a ser su acceso. ¿Ya es miembro? Conéctese con la clave que registró, o con su contraseña:
home-welcome = Le damos la bienvenida, { $name }
home-committee-work = Comité editorial: { $queue } por revisar, { $flags ->
        [one] { $flags } publicación denunciada
       *[other] { $flags } publicaciones denunciadas
    } · g y luego m
home-latest-news = Últimas noticias (g n)
home-public-communities = Comunidades públicas ({ $n }): g y luego c indica para qué es cada una
home-communities-none-joined = Comunidades ({ $n }): J para unirse a la seleccionada
home-your-communities = Sus comunidades ({ $n }) y, a continuación, las demás
home-community-new = { $n ->
        [one] { $n } novedad
       *[other] { $n } novedades
    }
home-jobs-open = { $n ->
        [one] { $n } oferta de empleo abierta (g j)
       *[other] { $n } ofertas de empleo abiertas (g j)
    }
home-next-event = Próximo evento { $when }:{" "}
home-demo = [demo] indica contenido de demostración ilustrativo, con personas ficticias
home-demo-admin = [demo] indica contenido de demostración ilustrativo; administración: stoa admin remove-demo

## Registro
signup-language-hint = ← → para elegir; la Pantalla del perfil (v) lo cambia después
signup-username = Nombre de usuario
signup-display-name = Nombre visible
signup-display-name-hint = su nombre tal como lo verán los demás miembros
signup-organization = Organización
signup-organization-hint = dónde trabaja; déjelo vacío si es independiente
signup-region = Región de la OMS
signup-region-hint = ← → para elegir
signup-time-zone = Zona horaria
signup-time-zone-hint = p. ej., Africa/Nairobi, America/Lima, Asia/Manila, Europe/Lisbon
signup-policy = Política editorial
signup-policy-accept = He leído y acepto la política editorial
signup-policy-hint = Enter para leerla, Space para marcar

## Ayuda (?)
help-title = Ayuda: { $about }
help-keys-on = Teclas en { $about }
help-everywhere = En todas partes
