### Las pantallas de la interfaz completa: títulos, introducciones, formularios y sus textos.

## Display (profile, v)
display-title = Pantalla
display-intro = Cómo se le muestra Stoa, en cualquier equipo desde el que se conecte. ← → elige; Ctrl-S guarda y lo aplica al instante.
display-language = Idioma
display-language-hint = automático: el idioma que indica la configuración regional de su terminal (LANG); si no, inglés
display-language-automatic = automático ({ $name })
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

## Comunidades (g c)
communities-title = Comunidades
count-members = { $n ->
        [one] { $n } miembro
       *[other] { $n } miembros
    }
count-threads = { $n ->
        [one] { $n } hilo
       *[other] { $n } hilos
    }
count-posts = { $n ->
        [one] { $n } publicación
       *[other] { $n } publicaciones
    }
count-replies = { $n ->
        [one] { $n } respuesta
       *[other] { $n } respuestas
    }

## Los hilos de una comunidad
threads-sign-up-to-start = Regístrese para iniciar hilos: pulse g y luego u.
threads-nothing-unread = No hay nada sin leer aquí.
threads-marked-read = { $n ->
        [one] { $n } hilo marcado como leído.
       *[other] { $n } hilos marcados como leídos.
    }
threads-order = Hilos: { $order } (O de nuevo para otro orden).
order-activity = primero la actividad más reciente
order-newest = primero los hilos más nuevos
order-replies = primero los que tienen más respuestas
threads-sign-up-to-take-part = regístrese para participar
threads-you-are-a-member = es miembro
threads-j-to-join = J para unirse
threads-unread = { $n } sin leer
threads-none-yet-start = Aún no hay hilos. Pulse n para iniciar el primero.
threads-none-yet = Aún no hay hilos.
threads-could-not-read = No se pudieron leer los hilos: { $error }
threads-column-thread = Hilo
threads-column-started-by = Iniciado por
threads-column-replies = Respuestas
threads-column-re = Resp.
threads-column-last-post = Última publ.

## Un hilo
thread-new-posts = { $n ->
        [one] { $n } nueva (u)
       *[other] { $n } nuevas (u)
    }
thread-started-by = iniciado por { $name }
thread-pinned = fijado
thread-locked = cerrado: no admite nuevas respuestas
thread-edited-by-committee = Editado por el comité editorial: { $note }
thread-folded = { $n ->
        [one] { $n } respuesta plegada: Enter la muestra
       *[other] { $n } respuestas plegadas: Enter las muestra
    }

thread-watching = siguiendo
post-hidden-by = ocultada por { $by }: { $reason }
post-hidden-by-committee-because = ocultada por el comité editorial: { $reason }
post-hidden-by-committee = ocultada por el comité editorial
post-edited = editada
post-new = nueva

## Un hilo: lo que dicen sus teclas
thread-sign-up-to-watch = Regístrese para seguir hilos: pulse g y luego u.
thread-now-watching = Siguiendo: recibirá aviso de las nuevas publicaciones de este hilo (g !).
thread-no-longer-watching = Ha dejado de seguirlo: solo recibirá aviso de las respuestas a usted y de las menciones.
thread-nothing-to-fold = No hay respuestas que plegar bajo esta publicación.
thread-no-unread-left = No quedan publicaciones sin leer en este hilo.
thread-sign-up-to-reply = Regístrese para responder: pulse g y luego u.
thread-is-locked = Este hilo está cerrado: no admite nuevas respuestas.
thread-reply-to-deleted = Esa publicación se borró: responda a otra publicación del hilo.
thread-nothing-to-quote = No hay nada que citar ahora.
thread-sign-up-to-bookmark = Regístrese para guardar marcadores: pulse g y luego u.
thread-bookmark-removed = Marcador quitado.
thread-bookmarked = Marcada: g b muestra sus marcadores, y allí e fija un día de recordatorio.
thread-edit-only-own = Solo puede editar sus propias publicaciones.
thread-post-was-deleted = Esa publicación se borró.
sign-up-to-take-part = Regístrese para participar: pulse g y luego u.
thread-already-deleted = Esa publicación ya está borrada.
thread-delete-only-own = Solo puede borrar sus propias publicaciones.
thread-delete-own-question = ¿Borrar su publicación? Se mostrará como borrada, y las respuestas a ella se mantienen.
thread-delete-as-committee-question = ¿Borrar la publicación de este miembro en nombre del comité editorial? Se mostrará como borrada.
thread-sign-up-to-react = Regístrese para reaccionar: pulse g y luego u.
member-pages-for-members = Las páginas de los miembros son para miembros: regístrese con g y luego u.

thread-sign-up-to-flag = Regístrese para denunciar publicaciones: pulse g y luego u.
thread-flag-own-post = Esta publicación es suya: edítela o bórrela.
thread-flag-not-shown = Esa publicación ya no se muestra: no hay nada que denunciar.
thread-hide-deleted = Esa publicación se borró: no hay nada que ocultar.

quote-heading = **{ $name }** (publicación { $post }):
thread-posts-to-quote = { $n ->
        [one] { $n } publicación para citar: r responde con ella; en la respuesta, borre las líneas que no desee.
       *[other] { $n } publicaciones para citar: r responde con ellas; en la respuesta, borre las líneas que no desee.
    }

post-by = Publicación { $post } de { $name }

## El editor: un nuevo hilo, una respuesta, una edición, un mensaje
composer-new-thread-in = Nuevo hilo en { $name }
composer-reply-to = Respuesta a { $name }
composer-reply = Respuesta
composer-new-thread-about-entry = Nuevo hilo en { $name } sobre este elemento de la biblioteca
composer-new-thread = Nuevo hilo
composer-edit = Editar
composer-message-to = Mensaje para { $names }
composer-message = Mensaje
composer-new-conversation = Nueva conversación privada
composer-edit-as-committee = Editar la publicación de { $name } en nombre del comité editorial
composer-edit-your-post = Editar su publicación
composer-to = Para
composer-to-hint = nombres de miembros separados por espacios; committee para el comité editorial
composer-subject = Asunto
composer-subject-hint = de qué trata, en pocas palabras (puede dejarse vacío)
composer-title = Título
composer-title-hint = de qué trata el hilo, en pocas palabras; Tab pasa a la publicación
composer-note = Nota
composer-note-hint = por qué la cambia el comité: se muestra con la publicación
composer-message-field = Mensaje
composer-post-field = Publicación
composer-body-hint = *énfasis* **negrita** `código` - listas > citas [texto](enlace) @nombre
composer-esc-goes-back = Esc para volver.
composer-draft-back-posts = Ha recuperado su borrador de { $when }. Ctrl-S lo publica; Esc le permite guardarlo o descartarlo.
composer-draft-back-saves = Ha recuperado su borrador de { $when }. Ctrl-S lo guarda; Esc le permite guardarlo o descartarlo.
composer-draft-back-sends = Ha recuperado su borrador de { $when }. Ctrl-S lo envía; Esc le permite guardarlo o descartarlo.
composer-ctrl-s-posts = Ctrl-S publica. Esc sale: puede guardar lo escrito como borrador.
composer-ctrl-s-saves = Ctrl-S guarda. Esc sale: puede guardar lo escrito como borrador.
composer-ctrl-s-sends = Ctrl-S envía. Esc sale: puede guardar lo escrito como borrador.
composer-reply-posted = Respuesta publicada.
composer-message-sent = Mensaje enviado.
composer-conversation-started = Mensaje enviado: solo lo leen quienes participan en la conversación.
composer-post-edited = Publicación editada: la versión anterior se conserva en su historial.
composer-thread-started = Hilo iniciado.

## Notificaciones (g !)
notifications-title = Notificaciones
notifications-marked-read = { $n ->
        [one] { $n } notificación marcada como leída.
       *[other] { $n } notificaciones marcadas como leídas.
    }
notifications-about = Respuestas, menciones, hilos seguidos, decisiones y alertas, primero las más recientes.
alerts-about = Recibirá aviso de los nuevos eventos o empleos que coincidan con estas alertas. En un tablón: F y luego a.
notifications-none = Aún no hay nada. Recibirá aviso de las respuestas a sus publicaciones, de las menciones (@nombre), de las nuevas publicaciones en los hilos que sigue (w) y de las decisiones sobre sus envíos.
alerts-none = No hay alertas. En el tablón de eventos o de empleos, filtre con F y luego pulse a.
notice-kind-reply = respuesta
notice-kind-mention = mención
notice-kind-watched = seguido
notice-kind-decision = decisión
notice-kind-alert = alerta
notice-kind-message = mensaje
notice-kind-reaction = reacción
notice-kind-reminder = recordatorio

notifications-tab = Notificaciones ({ $n } sin leer)
alerts-tab = Alertas ({ $n })
composer-placeholder = Escriba aquí. Enter empieza una línea nueva; Ctrl-S envía.
composer-wrote = { $name } escribió:
search-language-hint = lo que está escrito en él (según su autor, o detectado)
