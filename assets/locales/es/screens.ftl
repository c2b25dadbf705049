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

## Round 5: the other screens, and what notifications say
conversations-title = Mensajes
conversations-about = { $n ->
        [one] { $n } conversación
       *[other] { $n } conversaciones
    } · { $unread } sin leer. Solo quienes participan en una conversación la leen.
conversations-find = Buscar: { $words }_  (Enter busca, Esc termina)
conversations-found = { $n ->
        [one] { $n } mensaje
       *[other] { $n } mensajes
    } con «{ $words }» (Esc: todas las conversaciones)
conversations-numbered = conversación { $id }
conversations-none = Aún no hay conversaciones. Pulse n para escribir a miembros o al comité editorial (Para: committee); en la página de un miembro, D le escribe.
conversations-yourself = usted
conversations-messages = { $n ->
        [one] { $n } mensaje
       *[other] { $n } mensajes
    }
conversations-a-report = una denuncia
conversations-older = { $n ->
        [one] { $n } mensaje anterior no aparece en la lista: F busca palabras en él.
       *[other] { $n } mensajes anteriores no aparecen en la lista: F busca palabras en ellos.
    }
conversations-new = nuevo
conversations-reported = Denunciado: mensaje n.º { $number } de { $author }, { $when }:
conversations-why = Motivo:
conversations-title-about = Mensajes: { $about }
conversations-conversation = Conversación { $id }
conversations-report-own = Ese mensaje es suyo: solo se denuncian mensajes de otras personas.
conversations-report-committee = Es la respuesta del comité: escríbale aquí en lugar de denunciarla.
conversations-message-from = Mensaje n.º { $number } de { $author }
conversations-block-own = Ese mensaje es suyo: seleccione el de otra persona para bloquearla.
conversations-committee-does-not-block = El comité no bloquea a los miembros que le escriben: si es necesario, silencielos desde la pestaña de miembros.
conversations-committee-cannot-be-blocked = No se puede bloquear al comité editorial: sus respuestas llegan a los miembros que le escriben.
conversations-all-shown = Ya se muestran todos los mensajes.
conversations-with = Con { $names }
conversations-earlier = { $n } anteriores (o)
conversations-unblocked = { $name } puede volver a comunicarse con usted.
conversations-blocked = Ha bloqueado a { $name }: sus mensajes, menciones y respuestas ya no le llegan (B de nuevo desbloquea).
reading-whats-new = Novedades
reading-latest = Recientes
reading-unread = Sin leer
reading-nothing-unread = No hay nada sin leer en sus comunidades.
reading-nothing-yet = Aún no hay nada: únase a comunidades (g c y luego J) para seguirlas aquí.
reading-about-none-joined = Los hilos más recientes de las comunidades a las que se una.
reading-about-unread = Hilos con publicaciones que no ha leído, en las comunidades a las que se ha unido.
reading-about-since = { $n ->
        [one] { $n } hilo con novedades desde su última visita ({ $when }).
       *[other] { $n } hilos con novedades desde su última visita ({ $when }).
    }
reading-about-joined = Los hilos más recientes de las comunidades a las que se ha unido.
reading-bookmarks = Marcadores
reading-bookmarks-about = Las publicaciones que guarda. En un hilo, K marca la publicación seleccionada.
reading-bookmarks-none = Aún no hay marcadores.
reading-remind = recordar el { $day }
reading-post = publicación { $post }
reading-remind-on = Recordar el
reading-remind-hint = un día como 2026-12-01; vacío para no recibir recordatorio
reading-reminder-title = Recordatorio de la publicación { $post }
reading-field-needs-attention = Hay un campo que revisar: vea el mensaje que aparece debajo.
reading-reminded-on = Recibirá un recordatorio el { $day }.
reading-no-reminder = Sin recordatorio.
reading-reminder-intro = Ese día (en su zona horaria), una notificación le llevará de vuelta a la publicación.
history-title = Historial de la publicación { $post }
history-never-edited = La publicación { $post } de { $name } nunca se ha editado.
history-earlier-versions = { $n ->
        [one] Publicación { $post } de { $name }: { $n } versión anterior a esta, primero la más reciente.
       *[other] Publicación { $post } de { $name }: { $n } versiones anteriores a esta, primero la más reciente.
    }
history-now-edited = Ahora (editada { $when })
history-now-written = Ahora (escrita { $when })
history-version = Versión { $n } (sustituida { $when })
history-some-let-go = Solo se conservan la primera versión y las { $kept } últimas.
react-none-yet = Aún no hay reacciones.
react-reaction = Reacción
react-hint = ← → elige; Ctrl-S la da, o retira la suya
react-title = Reaccionar a la publicación { $post }
react-given = Reacción «{ $reaction }» enviada: su autor recibirá aviso.
react-taken-back = Reacción «{ $reaction }» retirada.
react-intro = Las reacciones permiten dar las gracias sin responder, cuando la conexión es lenta.
react-thanks = gracias
react-plus-one = +1
react-insightful = esclarecedora
post-number-hint = de 1 a { $n }
post-number-post = Publicación
post-number-title = Ir a la publicación
post-number-out-of-range = un número de 1 a { $n }
post-number-field-needs-attention = Hay un campo que revisar: vea el mensaje que aparece debajo.
post-number-intro = Las publicaciones se numeran en el orden en que las muestra el hilo; la 1 es la primera.
item-corrected = Corrección del { $day }, por { $by }: { $reason }
item-withdrawn = Retirado por el comité editorial: { $reason }
people-title = Personas
people-title-person = Personas: { $name }
people-words = Palabras
people-words-hint = en el nombre, la organización, la región o las competencias
people-region = Región
people-competency = Competencia
people-any = cualquiera
people-about = { $n ->
        [one] { $n } miembro
       *[other] { $n } miembros
    }, por organización. F busca por nombre, región o competencia.
people-about-found = { $n ->
        [one] { $n } miembro
       *[other] { $n } miembros
    }: { $parts } · F cambia la búsqueda
people-nobody-matches = No hay coincidencias.
people-independent = independiente
people-works-independently = Trabaja de forma independiente
people-organization = Organización
people-region-and-zone = { $region } · zona horaria { $zone }
people-competencies = Competencias
people-member-since = Miembro desde
people-no-communities = aún no se ha unido a ninguna
people-communities = Comunidades
people-you-block-them = Ha bloqueado a este miembro: nada de lo que escribe le llega. B desbloquea.
people-no-posts-yet = Aún no hay publicaciones.
people-recent-posts = Publicaciones recientes
profile-title = Su perfil
profile-display-colour = color
profile-display-ascii = ASCII
profile-display-plain = simple
profile-display-bell = timbre
profile-display-set = { $name } { $setting }
profile-display-all-automatic = todo automático, según su terminal (v)
profile-display-all-set = { $settings } (v)
profile-display-some-set = { $settings }; el resto, automático (v)
profile-only-way-to-log-in = Es su única forma de conectarse: antes, añada otra clave o defina una contraseña.
profile-remove-key-question = ¿Quitar la clave { $key }? Ya no permitirá conectarse a su cuenta.
profile-remove-session-key-question = ¿Quitar la clave { $key }? Ya no permitirá conectarse a su cuenta. Está conectado con ella ahora; esta sesión sigue abierta.
profile-no-comment = (sin comentario)
profile-key-added = añadida el { $date }
profile-this-session = (esta sesión)
profile-fingerprint = Huella digital
profile-none = (ninguna)
profile-region = Región
profile-competencies = Competencias
profile-no-competencies = (ninguna: e para añadir aquellas con las que trabaja)
profile-time-zone-now = { $zone } (su hora actual: { $now })
profile-member-since = Miembro desde
profile-password = Contraseña
profile-password-set = definida: { $command } funciona desde cualquier equipo
profile-password-not-set = no definida: solo se conecta con sus claves
profile-no-bio = (vacía: e para escribir unas líneas sobre su trabajo)
profile-bio = Biografía
profile-ssh-keys = Claves SSH ({ $n })
account-organization-hint = déjelo vacío si trabaja de forma independiente
account-bio = Biografía
account-bio-hint = unas líneas sobre su trabajo; Enter empieza una línea nueva
account-competencies = Competencias
account-competencies-hint = para el directorio de personas y lo que las desarrolla (para su aprendizaje); ← → mueve, Space marca
account-edit-profile-title = Editar el perfil
account-profile-saved = Perfil guardado.
account-edit-profile-intro = Cómo le ven los demás miembros. Ctrl-S guarda; Esc sale sin guardar.
account-public-key = Clave pública
account-public-key-hint = pegue una línea, p. ej., el contenido de ~/.ssh/id_ed25519.pub
account-add-key-title = Añadir una clave SSH
account-key-added = Clave añadida: ahora también puede conectarse con ella.
account-add-key-intro = Añada una clave para conectarse desde otro equipo. En ese equipo, ejecute: cat ~/.ssh/id_ed25519.pub (o cree una clave con ssh-keygen -t ed25519) y pegue aquí la línea. Solo la parte pública: nunca pegue una clave privada.
account-current-password = Contraseña actual
account-new-password = Nueva contraseña
account-new-password-hint = { $min ->
        [one] al menos { $min } carácter; unas cuantas palabras son fáciles de recordar
       *[other] al menos { $min } caracteres; unas cuantas palabras son fáciles de recordar
    }
account-password-again = Repetir
account-password-again-hint = escríbala otra vez
account-password-title = Contraseña
account-password-set = Contraseña definida. Desde otro equipo: { $command }
account-password-intro-unset = Defina una contraseña para conectarse desde un equipo que no tenga su clave:
account-password-intro-current = Cambie su contraseña. Se ha conectado con ella, así que indique primero la actual.
account-password-intro-key = Cambie su contraseña. Se ha conectado con su clave, así que no hace falta la contraseña actual.
search-title = Búsqueda
search-title-asked = Búsqueda: { $words }
search-box = Buscar
search-box-hint = Enter busca; ↓ va a los resultados; F los acota
search-type-words = Escriba una o dos palabras para buscar.
search-about = Debates, eventos, empleos, la biblioteca, noticias y miembros. Funcionan los prefijos: inmun encuentra inmunización.
search-narrowed-to = Acotado a { $parts }.
search-results = { $n ->
        [one] { $n } resultado
       *[other] { $n } resultados
    } · F acota
search-results-narrowed = { $n ->
        [one] { $n } resultado
       *[other] { $n } resultados
    } · { $parts } · F acota
search-nothing-found = No se encontró nada. Pruebe con menos palabras o más cortas, o con menos filtros.
search-filter-community = en { $name }
search-filter-since = desde el { $day }
search-filter-language = en { $name }
search-kind-discussion = Debates
search-kind-event = Eventos
search-kind-job = Empleos y oportunidades
search-kind-resource = Recursos
search-kind-practice = Prácticas
search-kind-news = Noticias
search-kind-member = Miembros
menu-title = Ir a
menu-events = Eventos
menu-jobs = Empleos y oportunidades
menu-library = Biblioteca
menu-news = Noticias
menu-strategies = Estrategias
menu-people = Personas
menu-messages = Mensajes
menu-whats-new = Novedades
menu-bookmarks = Marcadores
menu-submissions = Mis envíos
menu-profile = Su perfil
menu-sign-up = Registrarse
menu-moderation = Moderación
menu-policy = Política editorial
confirm-title = Confirmar
confirm-post-deleted = Publicación borrada: las respuestas a ella conservan su lugar.
confirm-key-removed = Clave quitada.
confirm-job-closed = Cerrado: ha pasado al archivo.
confirm-could-not-keep-draft = No se pudo guardar el borrador: { $error }
confirm-leave-title = Salir
confirm-leave-composer-question = ¿Salir del editor? Guarde lo escrito como borrador y volverá a aparecer la próxima vez que escriba aquí.
events-title = Eventos
events-title-past = Eventos: pasados
events-title-mine = Eventos: los míos
events-title-learning = Eventos: para su aprendizaje
events-tab-upcoming = Próximos
events-tab-past = Pasados
events-tab-mine = Mis eventos
events-tab-learning = Para su aprendizaje
events-kind-conference = conferencia
events-kind-call-for-papers = convocatoria de ponencias
events-kind-training = formación
events-kind-webinar = seminario web
events-kind-meeting = reunión
events-kind-other = otro evento
events-place-online = en línea
events-place-town-and-online = { $town } y en línea
events-filter-any = cualquiera
events-filter-kind = Tipo
events-filter-region = Región
events-filter-strategy = Estrategia
events-filter-month = Mes
events-filter-month-hint = p. ej., 2027-01; vacío para cualquier mes
events-filter-competency = Competencia
events-filter-competency-hint = ← → para elegir: lo que ayuda a aprender a los miembros
events-filter-audience = Para
events-filter-audience-hint = ← → para elegir: a quién se dirige
events-filter-for-audience = para { $audience }
events-month-format = escriba el mes como 2027-01
events-mine-about = Eventos a los que ha respondido: asistirá o le interesan.
events-learning-count = { $n ->
        [one] { $n } evento que desarrolla las competencias de su perfil, primero las formaciones. F filtra.
       *[other] { $n } eventos que desarrollan las competencias de su perfil, primero las formaciones. F filtra.
    }
events-all-count = { $n ->
        [one] { $n } evento en total, en su zona horaria. F filtra.
       *[other] Los { $n } eventos, en su zona horaria. F filtra.
    }
events-filtered-count = { $n ->
        [one] { $n } evento: { $filter } · F cambia el filtro
       *[other] { $n } eventos: { $filter } · F cambia el filtro
    }
events-sign-up-for-my-events = Regístrese para tener una lista de eventos.
events-mine-none = Aún ninguno: abra un evento y pulse y (asistiré) o i (me interesa).
events-learning-no-competencies = Marque en su perfil las competencias que está desarrollando (g y, e) para ver los eventos que las desarrollan.
events-learning-none = Ningún próximo evento desarrolla las competencias de su perfil.
events-none-match = Ningún evento coincide con este filtro.
events-none-yet = Aún no hay eventos. Pulse n para proponer uno.
events-withdrawn-by-committee = retirado por el comité
events-going-interested = { $going ->
        [one] { $going } asistirá
       *[other] { $going } asistirán
    }, { $interested ->
        [one] { $interested } interesado
       *[other] { $interested } interesados
    }
events-deadline-mark = fecha límite { $date }
events-sign-up-to-save-alerts = Regístrese para guardar alertas: pulse g y luego u.
events-alert-saved = Alerta guardada: recibirá aviso de { $alert }. Véala en g y luego !.
events-sign-up-to-submit = Regístrese para proponer elementos a los tablones: pulse g y luego u.
events-withdraw-about = Evento «{ $title }» de { $name }
events-event-title = Evento: { $title }
events-event-number = Evento { $id }
events-sign-up-to-answer = Regístrese para responder a los eventos: pulse g y luego u.
events-answered = { $answer ->
        [going] Asistirá: lo encontrará en Mis eventos. { $going ->
            [one] { $going } asistirá
           *[other] { $going } asistirán
        }, { $interested ->
            [one] { $interested } interesado.
           *[other] { $interested } interesados.
        }
       *[interested] Le interesa: lo encontrará en Mis eventos. { $going ->
            [one] { $going } asistirá
           *[other] { $going } asistirán
        }, { $interested ->
            [one] { $interested } interesado.
           *[other] { $interested } interesados.
        }
    }
events-answer-taken-back = Respuesta retirada.
events-not-found = No encontrado.
events-kind-organized-by = { $kind } · organizado por { $organizer }
events-field-when = Cuándo
events-when-yours = { $span } en su hora ({ $zone })
events-when-organizers = { $span } en { $zone }, la hora del organizador
events-field-where = Dónde
events-field-online = En línea
events-field-deadline = Fecha límite
events-deadline-closes = { $date } (cierra { $until })
events-deadline-passed = { $date } (vencida)
events-field-strategy = Estrategia
events-field-region = Región
events-field-competency = Competencia
events-field-audience = Para
events-field-tags = Etiquetas
events-field-answers = Respuestas
events-answers = { $going ->
        [one] { $going } asistirá
       *[other] { $going } asistirán
    } · { $interested ->
        [one] { $interested } interesado
       *[other] { $interested } interesados
    }
events-answers-yours = usted: { $answer ->
        [going] asistirá
       *[interested] le interesa
    }
events-posted-by-on = Publicado por { $name } el { $date }.
jobs-title = Empleos y oportunidades
jobs-title-archive = Empleos: archivo
jobs-tab-open = Abiertos
jobs-tab-archive = Archivo
jobs-kind-job = empleo
jobs-kind-training = formación
jobs-kind-education = oportunidad educativa
jobs-place-remote = a distancia
jobs-place-town-or-remote = { $town } o a distancia
jobs-filter-any = cualquiera
jobs-filter-kind = Tipo
jobs-filter-region = Región
jobs-filter-remote = A distancia
jobs-filter-remote-only = solo a distancia (Space lo marca)
jobs-filter-competency = Competencia
jobs-filter-part-remote = a distancia
jobs-open-count = { $n ->
        [one] { $n } elemento abierto, primero los que cierran antes. F filtra.
       *[other] { $n } elementos abiertos, primero los que cierran antes. F filtra.
    }
jobs-closed-count = { $n ->
        [one] { $n } elemento cerrado, conservado como referencia. F filtra.
       *[other] { $n } elementos cerrados, conservados como referencia. F filtra.
    }
jobs-filtered-count = { $n ->
        [one] { $n } elemento: { $filter } · F cambia el filtro
       *[other] { $n } elementos: { $filter } · F cambia el filtro
    }
jobs-none-match = Nada coincide con este filtro.
jobs-none-open = No hay nada abierto. Pulse n para proponer un empleo o una oportunidad; F filtra.
jobs-none-closed = Aún no ha cerrado nada; los empleos cerrados se conservan aquí como referencia.
jobs-closed-early = cerrado antes de tiempo
jobs-closes-on = cierra el { $date }
jobs-closing-soon = cierra pronto
jobs-job-title = { $kind }: { $title }
jobs-job-number = Empleo { $id }
jobs-withdraw-about = «{ $title }», publicado por { $name }
jobs-close-question = ¿Cerrar «{ $title }» ahora? Sale del tablón hacia el archivo y no se puede volver a abrir.
jobs-not-found = No encontrado.
jobs-field-where = Dónde
jobs-field-region = Región
jobs-field-closing-date = Fecha de cierre
jobs-closed-early-on = cerrado antes de tiempo el { $date }
jobs-closes-withdrawn = { $date } (retirado)
jobs-closes-closed = { $date } (cerrado)
jobs-closes-soon = { $date } (cierra pronto: { $until })
jobs-field-competencies = Competencias
jobs-field-tags = Etiquetas
jobs-how-to-apply = Cómo postularse
jobs-posted-by-on = Publicado por { $name } el { $date }.
submit-draft-kept = Borrador { $id } guardado: lo encontrará en g y luego s (mis envíos).
submit-changes-asked = El comité pidió cambios: «{ $note }». Ctrl-S lo vuelve a enviar.
board-form-region = Región
board-form-region-hint = ← → para elegir; Mundial si abarca varias regiones
board-form-strategies = Estrategias
board-form-strategies-hint = ← → para moverse, Space para marcar: las estrategias en las que trabaja, para sus páginas
board-form-competencies = Competencias
board-form-competencies-hint = ← → para moverse, Space para marcar: lo que ayuda a aprender a los miembros
board-form-audiences = Para
board-form-audiences-hint = ← → para moverse, Space para marcar: a quién se dirige
board-form-kind = Tipo
board-form-event-title-hint = p. ej., Jornadas de atención primaria de salud 2027
board-form-starts = Empieza
board-form-starts-hint = fecha y hora en la zona del organizador, p. ej., 2027-03-02 09:00
board-form-ends = Termina
board-form-ends-hint = p. ej., 2027-03-03 17:00
board-form-time-zone-hint = la del organizador, p. ej., Europe/Zurich o Africa/Nairobi
board-form-online = Enlace en línea
board-form-online-hint = https://…; un enlace en línea o una ciudad, o ambos
board-form-city = Ciudad
board-form-city-hint = dónde tiene lugar, si es presencial
board-form-country = País
board-form-organizer = Organizador
board-form-deadline = Fecha límite
board-form-deadline-hint = para una convocatoria de ponencias: el último día para enviar, p. ej., 2027-01-15
board-form-event-strategies-hint = ← → para moverse, Space para marcar; una o varias de las cinco estrategias
board-form-tags = Etiquetas
board-form-event-tags-hint = separadas por comas, p. ej., enfermería, atención primaria
board-form-description = Descripción
board-form-event-description-hint = qué es, para quién y cuánto cuesta; Enter empieza una línea nueva
board-form-remote = A distancia
board-form-remote-text = puede hacerse a distancia (Space lo marca)
board-form-job-title-hint = p. ej., Responsable de programa de salud comunitaria
board-form-location = Lugar
board-form-location-hint = ciudad o lugar; vacío si es a distancia
board-form-closes = Fecha de cierre
board-form-closes-hint = el último día para postularse, p. ej., 2027-01-31
board-form-job-tags-hint = separadas por comas, p. ej., enfermería, datos
board-form-job-description-hint = el puesto o el programa, y a quién le conviene; Enter empieza una línea nueva
board-form-how-to-apply = Cómo postularse
board-form-intro = El comité editorial lo revisa antes de publicarlo. Ctrl-S lo envía; Ctrl-D guarda un borrador.
board-form-sent = Envío { $id } enviado: aparecerá en el tablón cuando el comité editorial lo apruebe (g s).
board-form-why = Motivo
board-form-why-hint = qué cambió y por qué: queda en el registro de auditoría y se comunica a quienes respondieron
board-form-not-this-kind = no es este tipo de elemento
board-form-corrected = Corregido: «{ $title }» muestra el cambio; el registro de auditoría indica el motivo.
board-form-correct-event = Corregir el evento
board-form-correct-job = Corregir el empleo
board-form-submit-event = Proponer un evento
board-form-edit-event = Editar su evento
board-form-submit-job = Proponer un empleo o una oportunidad
board-form-edit-job = Editar su empleo u oportunidad
board-form-correction-intro = Una corrección se muestra al instante, sin una segunda revisión; el registro de auditoría conserva qué cambió y por qué, y se avisa a quienes respondieron. Ctrl-S la guarda.
policy-committee = El comité editorial
policy-press-a-to-accept = Pulse a para aceptar y volver al formulario.
strategies-title = Estrategia: { $name }
strategies-title-multiple = Estrategia: varios ejes
strategies-title-coverage = Estrategias: cobertura
strategies-tab-people = personas
strategies-tab-governance = gobernanza
strategies-tab-care = atención
strategies-tab-services = servicios
strategies-tab-enabling = entorno
strategies-tab-multiple = varias
strategies-tab-coverage = cobertura
strategies-about-engaging-people = Dar a las personas, las familias y las comunidades los medios y la voz para participar en su propia salud y en sus servicios.
strategies-about-governance = Lograr que las decisiones sobre los servicios sean abiertas, se compartan con las comunidades y rindan cuentas ante quienes reciben esos servicios.
strategies-about-model-of-care = Orientar la atención hacia la atención primaria y comunitaria, la prevención y unos servicios planificados en torno a las personas y no a las enfermedades.
strategies-about-coordinating-services = Articular la atención entre niveles, proveedores y sectores para que las personas la recorran sin interrupciones.
strategies-about-enabling-environment = El personal, la financiación, la regulación, la información y el liderazgo que hacen posibles las otras cuatro.
strategies-about-multiple = Trabajo que aborda más de una estrategia a la vez.
strategies-communities = Comunidades ({ $n })
strategies-library-resources = Biblioteca: recursos ({ $n })
strategies-library-practices = Biblioteca: prácticas por nivel ({ $n })

strategies-upcoming-events = Próximos eventos ({ $n })
strategies-open-jobs = Empleos abiertos ({ $n })
strategies-none-yet = aún ninguno
strategies-coverage-about = Prácticas por estrategia y región de la OMS; · indica un vacío. Una práctica de varias estrategias cuenta en cada una.
strategies-all-levels = Todos los niveles
strategies-unplaced = { $n ->
        [one] { $n } práctica no indica ninguna región y no se cuenta.
       *[other] { $n } prácticas no indican ninguna región y no se cuentan.
    }
strategies-could-not-read = No se pudo leer esta página: { $error }
proposal-intro = El comité editorial revisa cada propuesta. Ctrl-S la envía; Ctrl-D la guarda como borrador.
proposal-members-only = Solo miembros
proposal-members-only-text = solo la leen los miembros, no los invitados (Espacio)
proposal-sent = Propuesta { $id } enviada: el comité editorial la revisará. Véala con g y luego s.
proposal-name = Nombre
proposal-name-hint = p. ej., Liderazgo en enfermería; como máximo { $max } caracteres
proposal-short-name = Nombre corto
proposal-short-name-hint = para direcciones y comandos: a-z, 0-9 y '-', p. ej., enfermeria
proposal-purpose = Propósito
proposal-purpose-hint = qué compartirán y aprenderán allí los miembros; Enter empieza una línea nueva
proposal-audience = A quién se dirige
proposal-audience-hint = p. ej., personal de enfermería y sus responsables; como máximo { $max } caracteres
proposal-edit = Editar su propuesta
proposal-new = Proponer una comunidad
submission-no-longer-changed = Este envío está { $state }: ya no se puede cambiar.
submission-title = Envío { $id }
submission-title-with-name = Envío { $id }: { $title }
submission-about = { $kind } "{ $title }" de { $name }
submission-not-found = No se encontró.
submission-pending-sent = Pendiente de revisión · enviado { $ago }
submission-approvals = { $n } de { $quorum ->
        [one] { $quorum } aprobación
       *[other] { $quorum } aprobaciones
    }
submission-kind-by = { $kind } de { $name }
submission-files-how = { $sftp } (en review/{ $folder }/) mientras espera la revisión
submission-read-files-with = Lea los archivos con
submission-now = Ahora
submission-new-thread-in = un nuevo hilo en { $name }
submission-reply-to-post = una respuesta a la publicación { $post } en "{ $thread }"
submission-where = Dónde
submission-published = Publicado
submission-as-post = como publicación { $post }
submission-history = Historial
submission-history-step = { $name } { $action }
submission-sent-by = enviado por { $name }
submission-not-sent-yet = Aún no se ha enviado: es un borrador.
submission-decide = Decidir: a aprobar · c pedir cambios · x rechazar
submission-empty = (vacío)
submission-kind-community = comunidad
submission-kind-thread = hilo
submission-kind-reply = respuesta
submission-kind-event = evento
submission-kind-job = empleo
submission-kind-training = formación
submission-kind-educational-opportunity = oportunidad educativa
submission-kind-resource = recurso
submission-kind-practice = práctica
submission-kind-news = noticia
submission-kind-blog-post = entrada de blog
submission-state-draft = en borrador
submission-state-pending-review = pendiente de revisión
submission-state-changes-requested = con cambios solicitados
submission-state-approved = aprobado
submission-state-rejected = rechazado
submission-state-withdrawn = retirado
submission-action-submitted = lo envió
submission-action-approved = lo aprobó
submission-action-asked-for-changes = pidió cambios
submission-action-rejected = lo rechazó
held-title = Edite su publicación y vuelva a enviarla
held-sent-again = Enviada de nuevo: el comité editorial la revisará.
held-changes-asked = El comité pidió cambios: "{ $note }" Ctrl-S la vuelve a enviar.
submissions-title = Mis envíos
submissions-intro = Lo que ha enviado al comité editorial, primero lo más reciente.
submissions-none = Aún nada. Pulse n para proponer una nueva comunidad.
submissions-decision = { $name } { $action } { $ago }: { $note }
submissions-draft-started = borrador, iniciado { $ago }: Enter y luego e para terminarlo y enviarlo
submissions-sent-waiting = enviado { $ago }, a la espera del comité
submissions-sign-up-to-propose = Regístrese para proponer una comunidad: pulse g y luego u.
news-title = Noticias
news-intro = Del comité editorial y de los miembros, primero las más recientes.
news-none-yet = Aún no hay noticias.
news-item-title = Noticia: { $title }
news-item-number = Noticia { $id }
news-withdraw-about = Noticia "{ $title }"
news-corrected-on = Corregida el { $day } por el comité editorial: { $reason }
news-kind-news = noticia
news-kind-blog = entrada de blog
news-form-kind = Tipo
news-form-kind-hint = una noticia informa de lo ocurrido; una entrada de blog es su propio relato u opinión, firmado por usted
news-form-region = Región
news-form-region-hint = ← → para elegir; sin elegir, o Mundial, para noticias para todos
news-form-headline = Titular
news-form-text = Texto
news-form-why = Motivo
news-form-why-hint = qué estaba mal: los lectores lo ven con la corrección y el registro de auditoría lo conserva
news-form-proposal-intro = El comité editorial la revisa y después se publica con su nombre. Ctrl-S la envía; Ctrl-D guarda un borrador.
news-form-proposal-sent = Envío { $id } enviado: se publica cuando el comité editorial lo apruebe (g s).
news-corrected = Corregida: "{ $title }" lo indica, con su motivo.
news-published = Publicada: "{ $title }" está en la pantalla de noticias y en el inicio.
news-form-title-correct = Corregir una noticia
news-form-title-write = Escribir una noticia o entrada de blog
news-form-title-edit-proposal = Editar su propuesta de noticia
news-form-title-propose = Proponer noticia o entrada de blog
news-form-correct-intro = La corrección se ve al instante; los lectores ven que se corrigió, cuándo y por qué. Ctrl-S la guarda.
news-form-publish-intro = Sale al instante, para todos, y el inicio muestra las tres últimas. Ctrl-S la publica.
reason-own-words = (con mis propias palabras, abajo)
reason-template = Plantilla
reason-template-hint = ← → elige uno de los motivos del comité; edítelo abajo
reason-note = Nota
reason-note-hint = qué está mal, para el comité (necesaria con 'otro')
reason-reason = Motivo
reason-report-hint = qué tiene de malo, para el comité
reason-reason-hint = se muestra a las personas afectadas y se conserva en el registro de auditoría
reason-one-field-needs-attention = Un campo requiere atención: vea el mensaje que aparece debajo.
reason-approve = Aprobar
reason-approve-intro = { $about }. Se publica al instante (o cuando se alcance el quórum).
reason-request-changes = Pedir cambios
reason-request-changes-intro = { $about }. Vuelve a su autor con su nota.
reason-reject = Rechazar
reason-reject-intro = { $about }. El autor ve su motivo en Mis envíos.
reason-report-message = Denunciar un mensaje
reason-report-message-intro = { $about }. El comité editorial lee este mensaje y su motivo, nada más de la conversación; no se avisa a su autor.
reason-flag = Denunciar una publicación
reason-flag-intro = { $about }. El comité editorial revisa las publicaciones denunciadas; no se dice al autor quién la denunció.
reason-hide = Ocultar una publicación
reason-hide-intro = { $about }. Los miembros verán que el comité la ocultó; el autor ve su motivo.
reason-restore = Restaurar una publicación
reason-restore-intro = { $about }. Vuelve a mostrarse a todos.
reason-dismiss = Descartar denuncias
reason-dismiss-intro = { $about }. La publicación queda como está; las denuncias se cierran.
reason-mute = Silenciar a { $name }
reason-mute-intro = { $about }. Hasta que termine, { $name } no puede publicar ni responder, y se le muestran su motivo y la fecha de fin.
reason-ban = Suspender a { $name }
reason-ban-intro = { $about }. Hasta que termine, { $name } no puede iniciar sesión, y se le muestran su motivo y la fecha de fin.
reason-lift = Levantar la sanción de { $name }
reason-lift-intro = { $about }. { $name } puede volver a publicar e iniciar sesión.
reason-role = Rol de { $name }
reason-role-intro = { $about }. Los moderadores forman el comité editorial; los administradores gestionan además los roles y las copias de seguridad.
reason-lock = Cerrar el hilo
reason-unlock = Reabrir el hilo
reason-pin = Fijar el hilo
reason-unpin = Desfijar el hilo
reason-move = Mover el hilo
reason-steer-intro = { $about }.
reason-withdraw-from-board = Retirar del tablón
reason-withdraw-event-intro = { $about }. Sale del tablón; quien lo publicó (en Mis envíos) y los miembros que respondieron (en Mis eventos) ven su motivo.
reason-change-level = Cambiar el nivel
reason-change-level-intro = { $about }. Elija el nivel y luego indique cuáles de sus criterios cumple la práctica: el nivel se muestra al instante, con su evaluación y su motivo en el historial y en el registro de auditoría.
reason-withdraw-news = Retirar la noticia
reason-withdraw-news-intro = { $about }. Sale de las noticias, los canales y la búsqueda; su página indica que se retiró y el registro de auditoría conserva su motivo.
reason-withdraw-job-intro = { $about }. Sale del tablón y de su archivo; quien lo publicó ve su motivo en Mis envíos.
reason-no-criteria = este nivel no indica criterios
reason-criteria-hint = los criterios del nivel: Space marca cada uno que cumple la práctica; los no marcados no se cumplen
reason-level-criteria-hint = criterios de { $level }: Space marca cada uno que cumple la práctica; los no marcados no se cumplen
reason-level = Nivel
reason-level-hint = ← → para elegir; a continuación, sus criterios
reason-criteria = Criterios
reason-why = Motivo
reason-why-spam = spam
reason-why-off-topic = fuera de tema
reason-why-inappropriate = inapropiado
reason-why-other = otro
reason-for = Duración
reason-for-hint = horas o días, como 12h o 7d, o forever
reason-role-field = Rol
reason-to = Destino
reason-to-hint = ← → para elegir la comunidad
reason-done-approved = Aprobado y publicado; { $name } lo ve en Mis envíos.
reason-done-sent-back = Devuelto a { $name } con su nota.
reason-done-rejected = Rechazado; { $name } ve su motivo en Mis envíos.
reason-done-approval-recorded = Aprobación registrada: necesita { $n } más del comité.
reason-choose-why = elija por qué la denuncia
reason-done-flagged = Gracias: el comité editorial la revisará.
reason-done-hidden = Publicación oculta: los miembros ven que el comité la ocultó.
reason-done-restored = Publicación restaurada.
reason-done-dismissed = Denuncias descartadas.
reason-done-muted-flags-resolved = { $name } está silenciado; las denuncias quedan resueltas.
reason-done-banned-flags-resolved = { $name } está suspendido; las denuncias quedan resueltas.
reason-done-muted = { $name } está silenciado.
reason-done-banned = { $name } está suspendido.
reason-done-lifted = { $name } puede volver a publicar e iniciar sesión.
reason-choose-role = elija un rol
reason-sign-in-first = inicie sesión primero
reason-done-role = { $role ->
        [admin] { $name } es ahora administrador.
        [moderator] { $name } es ahora moderador.
       *[member] { $name } es ahora miembro.
    }
reason-choose-where = elija adónde va
reason-done-locked = Hilo cerrado: solo el comité puede responder.
reason-done-unlocked = Hilo reabierto.
reason-done-pinned = Hilo fijado al principio de su comunidad.
reason-done-unpinned = Hilo desfijado.
reason-done-moved = Hilo movido a { $name }.
reason-done-reported = Denunciado: el comité responde en la conversación { $id } (g d).
reason-done-withdrawn-event = Retirado: ya no está en el tablón de eventos; quienes respondieron ven su motivo.
reason-choose-level = elija un nivel
reason-done-level = Ahora { $level }: el cambio consta en su historial y en el registro de auditoría.
reason-done-withdrawn-job = Retirado: ya no está en el tablón de empleos.
reason-done-withdrawn-news = Retirada: ya no está en las noticias, los canales ni la búsqueda; el registro de auditoría indica el motivo.
moderation-title-queue = Moderación: cola de revisión
moderation-title-flags = Moderación: denuncias
moderation-title-members = Moderación: miembros
moderation-title-audit = Moderación: registro de auditoría
moderation-tab-queue = Cola ({ $n })
moderation-tab-flags = Denuncias ({ $n })
moderation-tab-members = Miembros
moderation-tab-audit = Auditoría
moderation-queue-empty = No hay nada pendiente de revisión. Buen trabajo.
moderation-queue-column-kind = Tipo
moderation-queue-column-title = Título
moderation-queue-column-author = Autor
moderation-queue-column-waiting = Espera
moderation-queue-overdue = { $hours ->
        [one] esperando más de { $hours } hora
       *[other] esperando más de { $hours } horas
    }
moderation-waiting-minutes = { $n }m
moderation-waiting-hours = { $n }h
moderation-waiting-days = { $n }d
moderation-flags-none = No hay publicaciones denunciadas.
moderation-flag-about = Publicación { $post } de { $name } en "{ $thread }"
moderation-flag-head = Publicación { $post } de { $name } en "{ $thread }" · primera denuncia { $ago }
moderation-flag-hidden = [oculta]
moderation-flag-why = { $n ->
        [one] { $n } denuncia: { $reasons }
       *[other] { $n } denuncias: { $reasons }
    }
moderation-flag-reason-spam = spam
moderation-flag-reason-off-topic = fuera de tema
moderation-flag-reason-inappropriate = inapropiado
moderation-flag-reason-other = otro
moderation-member-not-sanctioned = { $name } no está silenciado ni suspendido.
moderation-muted-until = silenciado hasta { $when }
moderation-banned-until = suspendido hasta { $when }
moderation-muted-until-lifted = silenciado hasta que el comité lo levante
moderation-banned-until-lifted = suspendido hasta que el comité lo levante
moderation-audit-any-action = cualquiera
moderation-audit-by = Por
moderation-audit-by-hint = nombre de usuario de un integrante del comité; vacío para cualquiera
moderation-audit-target = Objeto
moderation-audit-target-hint = parte del objeto, p. ej., post 42 o un nombre de usuario
moderation-audit-action = Acción
moderation-audit-every-action = Todas las acciones del comité, primero las más recientes. F filtra.
moderation-audit-filter-by = por { $name }
moderation-audit-filter-target = el objeto contiene "{ $target }"
moderation-audit-filter-action = acción { $action }
moderation-audit-filtered = Filtrado: { $filter } · { $n ->
        [one] { $n } entrada
       *[other] { $n } entradas
    } · F lo cambia
moderation-audit-at-by = { $when } por { $name }
moderation-audit-why = Motivo
moderation-audit-before = Antes
moderation-audit-after = Después
moderation-audit-esc-back = Esc vuelve al registro.
moderation-audit-entry-gone = Esta entrada ya no existe.
moderation-audit-none = No hay nada registrado.
moderation-audit-why-line = motivo: { $reason }
library-tab-strategy = Estrategia
library-tab-sort = Tipo o nivel
library-tab-region = Región
library-tab-competency = Competencia
library-tab-audience = Público
library-tab-learning = Su aprendizaje
library-title-strategy = Biblioteca: por estrategia
library-title-sort = Biblioteca: por tipo o nivel
library-title-region = Biblioteca: por región
library-title-competency = Biblioteca: por competencia
library-title-audience = Biblioteca: por público
library-title-learning = Biblioteca: para su aprendizaje
library-entries-in-the-library = { $n ->
        [one] { $n } elemento en la biblioteca. n propone un recurso, N una práctica.
       *[other] { $n } elementos en la biblioteca. n propone un recurso, N una práctica.
    }
library-entries-for-your-learning = { $n ->
        [one] { $n } elemento para su aprendizaje. n propone un recurso, N una práctica.
       *[other] { $n } elementos para su aprendizaje. n propone un recurso, N una práctica.
    }
library-strategy-about-engaging-people = Dar a las personas, las familias y las comunidades los medios y la voz para participar en su propia salud y en sus servicios.
library-strategy-about-governance = Lograr que las decisiones sobre los servicios sean abiertas, compartidas con las comunidades y rindan cuentas ante quienes las reciben.
library-strategy-about-model-of-care = Orientar la atención hacia los entornos primarios y comunitarios, la prevención y unos servicios planificados en torno a las personas y no a las enfermedades.
library-strategy-about-coordinating-services = Articular la atención entre niveles, proveedores y sectores para que las personas la recorran sin vacíos.
library-strategy-about-enabling-environment = El personal, la financiación, la regulación, la información y el liderazgo que hacen posibles las otras cuatro.
library-multiple-streams-about = Elementos que trabajan en más de una estrategia a la vez.
library-sort-resources = Recursos: { $kind }
library-sort-practices = Prácticas: { $level }
library-for-audience = Para { $audience }
library-your-competencies = Sus competencias
library-tick-your-competencies = Marque en su perfil las competencias que está desarrollando (g y, e) para ver qué las desarrolla.
library-building = Para desarrollar { $competency }
library-none-yet = aún ninguno
library-row-practice = práctica: { $level } · { $country }
library-sign-up-to-add = Regístrese para contribuir a la biblioteca: pulse g y luego u.
library-kind-who-document = documento de la OMS
library-kind-publication = publicación científica
library-kind-implementation-report = informe de implementación
library-kind-toolkit = caja de herramientas
library-kind-multimedia = multimedia
library-kind-other = otro recurso
library-undated = sin fecha
library-entry-title = Biblioteca: { $title }
library-entry-number = Elemento de la biblioteca { $id }
library-entry-not-found = No se encontró.
library-entry-sign-up-to-discuss = Nadie lo ha debatido todavía. Regístrese para empezar: pulse g y luego u.
library-entry-change-level-about = Práctica "{ $title }", ahora { $level }
library-entry-practice = Práctica
library-entry-link = Enlace
library-entry-setting = Contexto
library-entry-level-history = Historial de niveles
library-entry-level-change = { $level } por { $by }: { $reason }
library-entry-criteria = criterios: { $criteria }
library-entry-criterion-met = { $criterion }: se cumple
library-entry-criterion-not-met = { $criterion }: no se cumple
library-entry-strategy = Estrategia
library-entry-region = Región
library-entry-country = País
library-entry-competencies = Competencias
library-entry-for = Para
library-entry-tags = Etiquetas
library-entry-contact = Contacto
library-entry-text = Texto
library-entry-files = Archivos
library-entry-fetch-files = Descárguelos con { $sftp } (en library/{ $folder }/), o con { $ssh } get { $id } FILE > FILE.
library-entry-discussed-in = Se debate en { $community }: { $key } abre el hilo.
library-entry-not-discussed-yet = Aún no se ha debatido: { $key } escribe la primera publicación de un hilo en { $community }.
library-entry-proposed-by = Propuesto por { $name }; en la biblioteca desde el { $day }.
library-form-propose-a-resource = Proponer un recurso
library-form-edit-your-resource = Editar su recurso
library-form-propose-a-practice = Proponer una práctica
library-form-edit-your-practice = Editar su práctica
library-form-intro = El comité editorial lo revisa antes de que entre en la biblioteca. Ctrl-S lo envía; Ctrl-D guarda un borrador.
library-form-sent = Envío { $id } enviado: entra en la biblioteca cuando el comité editorial lo apruebe (g s).
library-form-level = Nivel
library-form-level-hint = { $level }: { $criteria } (← → para otro)
library-form-files = Archivos
library-form-files-none-hint = aún no ha subido ninguno: ponga archivos en uploads/ con sftp y vuelva
library-form-files-hint = sus archivos subidos: ← → para moverse, Space para adjuntar (sftp pone más en uploads/)
library-form-strategies = Estrategias
library-form-strategies-hint = ← → para moverse, Space para marcar; más de una cuenta como varios ejes
library-form-discussed-in = Se debate en
library-form-discussed-in-hint = ← → para elegir la comunidad donde lo debaten los miembros
library-form-country = País
library-form-country-hint = si trata de un solo país
library-form-setting = Contexto
library-form-setting-hint = dónde se llevó a cabo y a qué escala, p. ej., 12 puestos de salud rurales
library-form-period = Periodo
library-form-period-hint = cuándo se llevó a cabo, p. ej., 2016–2021
library-form-summary = Resumen
library-form-summary-hint = qué es, qué dice, a quién se dirige
library-form-what-was-done = Qué se hizo
library-form-results = Resultados
library-form-results-hint = sus resultados; en un fracaso instructivo, qué ocurrió
library-form-impact = Impacto
library-form-impact-hint = qué cambió para las personas y los servicios más allá de lo medido
library-form-expected = Lo esperado
library-form-expected-hint = un fracaso instructivo: qué se esperaba (si no, déjelo vacío)
library-form-why-not = Por qué no
library-form-why-not-hint = un fracaso instructivo: por qué no se logró
library-form-do-instead = Qué hacer
library-form-do-instead-hint = un fracaso instructivo: qué deberían hacer otros en su lugar
library-form-lessons = Lecciones aprendidas
library-form-lessons-hint = qué pueden aprender otros de ella (obligatorio salvo en un fracaso instructivo)
library-form-references = Referencias
library-form-references-hint = una por línea: cita | https://enlace (el enlace, si lo hay)
library-form-figures = Cifras
library-form-figures-hint = una por línea, citando una referencia: la cobertura subió al 75 % [1] | la salvedad de la fuente
library-form-contact = Contacto
library-form-contact-hint = a quién preguntar al respecto, si acepta que se le pregunte
library-form-tags = Etiquetas
library-form-tags-hint = separadas por comas
library-form-kind = Tipo
library-form-authors = Autores
library-form-authors-hint = las personas o la organización que lo escribieron
library-form-year = Año
library-form-year-hint = el año en que se publicó; n.d. si no lo indica
library-form-link = Enlace
library-form-link-hint = https://… donde leerlo o verlo; o bien su texto o sus archivos, abajo
library-form-text = Texto
library-form-text-hint = su propio texto, para que los miembros lo lean aquí (opcional)
notice-reply = { $name } le respondió en "{ $title }"
notice-mention = { $name } le mencionó en "{ $title }"
notice-started = { $name } inició "{ $title }"
notice-posted = { $name } publicó en "{ $title }"
notice-message = { $name } le escribió
notice-message-about = { $name } le escribió: "{ $subject }"
notice-thanks = { $name } le agradeció su publicación en "{ $title }"
notice-plus-one = { $name } dio +1 a su publicación en "{ $title }"
notice-insightful = A { $name } le pareció esclarecedora su publicación en "{ $title }"
notice-reminder = Recordatorio: la publicación que marcó en "{ $title }"
notice-alert = "{ $title }" coincide con su alerta ({ $alert })
notice-and-more = { $n ->
        [one] (y { $n } más)
       *[other] (y { $n } más)
    }
notice-and-more-many = (y más de 99)

## Registro, filtros
signup-title = Registro
signup-intro = Únase a la red. Los campos marcados con * son obligatorios.
signup-your-key = Su acceso será la clave con la que se conectó: { $key }
signup-no-key = Se conectó sin clave SSH, así que no puede registrarse desde esta sesión.
signup-welcome = Le damos la bienvenida a la red, { $name }.
signup-welcome-first = Le damos la bienvenida, { $name }. Es el primer miembro del foro, así que es su administrador.
form-choose-with-arrows = (elija con ← →)
communities-count = { $n ->
        [one] { $n } comunidad
       *[other] { $n } comunidades
    }
search-filter-community-field = Comunidad
search-filter-community-hint = para los debates y la biblioteca
search-filter-since-field = Desde
search-filter-since-hint = p. ej. 2026-01-01; vacío para cualquier fecha
search-filter-since-error = escriba el día así: 2026-01-31
communities-public-count = { $n ->
        [one] { $n } comunidad pública: regístrese para ver las demás
       *[other] { $n } comunidades públicas: regístrese para ver las demás
    }

# Content languages and translations
translation-of = Traducción de
translation-text = Texto
translation-of-entry = ficha { $id } de la biblioteca: { $title }
translation-of-news = noticia { $id }: { $title }
translation-kept-with = guardada con { $original }, para quienes leen en { $language }
translation-language-unknown = un idioma aún desconocido
translation-form-intro = Traducción de { $original } (escrito en { $language }). El comité la revisa; una vez aprobada, la verán quienes leen en ese idioma.
translation-form-language-hint = El idioma al que traduce (←/→).
translation-form-sent = Traducción enviada a revisión (propuesta { $id }).
translation-form-title = Proponer una traducción
translation-form-title-edit = Editar su traducción
composer-language = Idioma
composer-language-automatic = automático
composer-language-chosen = El que usted eligió (←/→ para cambiarlo).
composer-language-detected = Detectado: { $name }. Si no lo es, elija con ←/→.
composer-language-not-yet = Aún no detectado: escriba un poco más o elija con ←/→.
display-first = Primero
display-first-hint = Lo escrito en los idiomas marcados (o traducido a ellos) aparece primero en hilos, biblioteca, eventos y noticias. Espacio marca.
translation-original-named = { $name } (original)
translation-original = original
translation-shown-from = Traducido del original ({ $from }) por { $by }, aprobado por el comité.
translation-shown = Traducido por { $by }, aprobado por el comité.
translation-languages = Idiomas
translation-written-in = Escrito en
translation-now-shown = Ahora se muestra en { $name }.
translation-sign-up-to-translate = Regístrese para proponer una traducción.
translation-languages-line = Se lee en: { $languages } ({ $key } para pasar de uno a otro).
post-written-in = en { $name }
composer-language-automatic-is = automático: { $name }
form-none-ticked = nada marcado
form-ticked = { $n ->
    [one] { $n } marcado
   *[other] { $n } marcados
}
submission-kind-translation = traducción
translation-original-text = El original ({ $language }), tal como está ahora
board-item-language-detected = { $name } (detectado)
language-form-title = Su idioma
language-form-intro = ¿En qué idioma está escrito { $about }? Ahora: { $now }. Ctrl-S guarda.
language-form-hint = ←/→ para elegir; las listas lo ponen primero para quienes leen ese idioma.
language-form-saved = Guardado: escrito en { $name }.
profile-display-first = { $names } primero en las listas
