
## Round 7
forum-account-key-refused = esta clave no se puede añadir a su cuenta: elija otra clave
forum-account-key-already-yours = esta clave ya está en su cuenta
forum-account-too-many-keys = una cuenta admite como máximo { $n } claves; quite una primero
forum-account-last-way-in = es su única forma de iniciar sesión: añada otra clave o defina antes una contraseña
forum-account-wrong-current-password = esa no es su contraseña actual
forum-account-passwords-differ = las dos contraseñas no coinciden
forum-alerts-every-event = cada evento nuevo
forum-alerts-every-job = cada empleo u oportunidad nuevos
forum-alerts-new-events = eventos nuevos: { $parts }
forum-alerts-new-jobs = empleos y oportunidades nuevos: { $parts }
forum-alerts-doing-save = guardar alertas
forum-alerts-doing-remove = quitar alertas
forum-alerts-already = ya tiene esta alerta ({ $alert })
forum-alerts-too-many = tiene { $max } alertas: quite una primero (g y luego !, después a)
forum-audit-reason = indique un motivo de { $min } a { $max } caracteres, en una sola línea
forum-audit-doing-read-log = leer el registro de auditoría
forum-board-fields-date-time-needed = escriba una fecha y una hora, p. ej. 2026-12-03 09:00
forum-board-fields-not-date-time = '{ $typed }' no es una fecha y hora: escríbala así: 2026-12-03 09:00
forum-board-fields-date-needed = escriba una fecha, p. ej. 2026-12-03
forum-board-fields-not-date = '{ $typed }' no es una fecha: escríbala así: 2026-12-03
forum-board-fields-link-needed = una dirección web que empiece por https://, p. ej. https://example.org/join
forum-board-fields-enter = escriba { $what }
forum-board-fields-at-least = al menos { $min } caracteres
forum-board-fields-at-most = como máximo { $max } caracteres
forum-board-fields-description-needed = diga en una o dos frases de qué se trata ({ $min } caracteres o más)
forum-board-fields-too-long = como máximo { $max } caracteres (este tiene { $len })
forum-board-fields-too-many-tags = como máximo { $max } etiquetas (hay { $count })
forum-board-fields-tag-too-long = una etiqueta admite como máximo { $max } caracteres ('{ $tag }' es más larga)
forum-capabilities-only-admins = solo los administradores pueden { $doing }
forum-capabilities-only-committee = solo el comité editorial puede { $doing }
forum-conversations-signature-committee = comité editorial ({ $name })
forum-conversations-empty = escriba algo primero: los mensajes vacíos no se envían
forum-conversations-too-long = como máximo { $max } caracteres (este tiene { $len }); envíelo en dos partes
forum-conversations-sanctioned = { $sanction }; aún puede escribir al comité (message committee)
forum-conversations-held = hasta que el comité apruebe sus primeras publicaciones, solo puede escribir al comité (message committee)
forum-conversations-blocked-by = { $member } no acepta mensajes suyos
forum-conversations-doing-write = escribir mensajes privados
forum-conversations-doing-read = leer mensajes privados
forum-conversations-doing-report = denunciar mensajes
forum-conversations-doing-block = bloquear a miembros
forum-conversations-doing-search = buscar en los mensajes privados
forum-conversations-to-self = usted ya participa: indique a los demás
forum-conversations-no-member = ningún miembro se llama { $name }
forum-conversations-to-nobody = indique para quién es: miembros o committee
forum-conversations-too-many = { $n ->
        [one] como máximo { $n } participante más: las conversaciones son para grupos pequeños
       *[other] como máximo { $n } participantes más: las conversaciones son para grupos pequeños
    }
forum-conversations-no-reason = diga qué problema tiene, para el comité
forum-conversations-own-message = ese mensaje es suyo: para rectificar lo que dijo, escriba de nuevo
forum-conversations-committee-not-reported = las conversaciones del propio comité no se le denuncian: escríbale allí directamente
forum-conversations-block-self = no puede bloquearse a sí mismo
forum-conversations-no-query = escriba una palabra que buscar
forum-corrections-doing-correct-events = corregir eventos
forum-corrections-doing-correct-jobs = corregir empleos
forum-corrections-event-not-yours = solo quien lo publicó y el comité editorial corrigen un evento
forum-corrections-job-not-yours = solo quien lo publicó y el comité editorial corrigen un empleo
forum-corrections-event-corrected = Se corrigió el evento «{ $title }»: { $reason }
forum-corrections-nothing-changed = no cambió nada
forum-corrections-withdrawn = se retiró: un elemento retirado no se corrige
forum-discussions-hidden-title = { "[" }oculto por el comité editorial]
forum-discussions-title-missing = ponga un título al hilo
forum-discussions-title-too-short = { $min ->
        [one] al menos { $min } carácter
       *[other] al menos { $min } caracteres
    }
forum-discussions-body-empty = escriba algo primero: las publicaciones vacías no se envían
forum-discussions-body-too-long = como máximo { $max } caracteres (este tiene { $len }); divídalo en varias respuestas
forum-discussions-guests-cannot = los invitados no pueden { $doing }: regístrese primero (lleva un minuto)
forum-discussions-doing-start-threads = abrir hilos
forum-discussions-doing-reply = responder
forum-discussions-thread-locked = este hilo está cerrado: no admite respuestas nuevas
forum-editing-doing-edit-others-posts = editar publicaciones de otros miembros
forum-editing-doing-edit-posts = editar publicaciones
forum-editing-doing-delete-posts = eliminar publicaciones
forum-editing-note-needed = diga en una línea por qué el comité modifica esta publicación
forum-editing-only-your-own-to-edit = solo puede editar sus propias publicaciones
forum-editing-post-was-deleted = esta publicación se eliminó
forum-editing-only-your-own-to-delete = solo puede eliminar sus propias publicaciones
forum-editing-already-deleted = esta publicación ya está eliminada
forum-editorial-decided-by = { $action } por { $by }, { $at }
forum-editorial-doing-propose-communities = proponer comunidades
forum-editorial-doing-submit-items = enviar elementos
forum-editorial-doing-read-submissions = leer los envíos
forum-editorial-doing-read-review-queue = leer la cola de revisión
forum-editorial-doing-decide-on-submissions = decidir sobre los envíos
forum-editorial-held-post-edited-from-submission = una publicación retenida se edita desde su envío
forum-editorial-no-longer-changed = este envío está { $state }: ya no se puede modificar
forum-editorial-already-decided = el envío { $id } ya tiene decisión: { $decided }
forum-editorial-changed-while-read = el envío { $id } cambió mientras lo leía ({ $decided }): ábralo de nuevo
forum-editorial-not-your-own = no puede decidir sobre su propio envío
forum-editorial-approved-already = ya lo aprobó: espera a otro miembro del comité
forum-editorial-short-name-taken-now = ya existe una comunidad con ese nombre corto: pida cambios para que el autor elija otro
forum-error-not-found = no se encuentra: { $what }
forum-missing-post = publicación { $id }
forum-missing-thread = hilo { $id }
forum-missing-thread-is-reply = hilo { $id } (la publicación { $id } es una respuesta en el hilo { $thread })
forum-missing-conversation = conversación { $id }
forum-missing-message = mensaje { $n } de la conversación { $id }
forum-missing-job = empleo { $id }
forum-missing-submission = envío { $id }
forum-missing-submission-or-post = envío { $id }, o la publicación a la que responde
forum-missing-event = evento { $id }
forum-missing-alert = alerta { $id }
forum-missing-news = noticia { $id }
forum-missing-entry = entrada { $id } de la biblioteca
forum-missing-account = cuenta «{ $name }»
forum-missing-member = miembro { $name }
forum-missing-community = comunidad «{ $name }»
forum-missing-key = esa clave
forum-missing-your-account = su cuenta
forum-missing-upload = archivo subido «{ $name }»
forum-missing-file = archivo «{ $name }» de la entrada { $id } de la biblioteca
forum-error-held = su publicación espera la revisión del comité editorial (envío { $submission }); la encontrará en g y luego s
forum-error-nothing-to-fix = no hay nada que corregir
forum-events-for-audience = para { $audience }
forum-events-what-title = el título del evento
forum-events-start-passed = este inicio ya pasó: los eventos del tablón son próximos
forum-events-end-before-start = el final debe ser posterior al inicio ({ $start })
forum-events-deadline-needed = una convocatoria de ponencias necesita su fecha límite de envío, p. ej. 2026-12-01
forum-events-deadline-after-start = la fecha límite debe ser igual o anterior al inicio
forum-events-place-needed = indique un enlace en línea o una ciudad (o ambos)
forum-events-organizer-needed = indique quién lo organiza
forum-events-region-needed = elija la región a la que se dirige (Mundial si abarca varias)
forum-events-time-missing-in-zone = esa hora no existe en esta zona horaria
forum-events-doing-submit = enviar eventos
forum-events-doing-keep-list = llevar una lista de eventos
forum-events-doing-answer = responder a eventos
forum-events-over = este evento ya terminó
forum-events-withdrawn = el comité editorial retiró este evento
forum-files-size-bytes = { $n ->
        [one] { $n } byte
       *[other] { $n } bytes
    }
forum-files-size-kb = { $n } KB
forum-files-size-mb = { $n } MB
forum-files-doing-keep-uploads = conservar archivos subidos
forum-files-doing-upload = subir archivos
forum-files-file-too-big = un archivo puede tener como máximo { $size }
forum-files-space-full = sus archivos ocuparían { $used } de sus { $space }: quite algunos primero
forum-files-uploads-full = { $n ->
        [one] tiene { $n } archivo subido, el máximo permitido: quítelo primero
       *[other] tiene { $n } archivos subidos, el máximo permitido: quite algunos primero
    }
forum-files-bad-name = '{ $name }' no es un nombre de archivo válido
forum-files-name-reserved = { $name } es el nombre del texto propio de una entrada: dé otro nombre al archivo
forum-files-doing-review = revisar archivos
forum-files-not-uploaded = { $name } no está entre sus archivos subidos: súbalo primero (sftp, en uploads/)
forum-files-attached-twice = { $name } está adjunto dos veces
forum-files-too-many = { $n ->
        [one] como máximo { $n } archivo
       *[other] como máximo { $n } archivos
    }
forum-flags-doing-flag-posts = denunciar publicaciones
forum-flags-own-post = esta publicación es suya: edítela o elimínela
forum-flags-note-needed = diga qué problema hay (con 'other', otro motivo, se necesita una nota)
forum-flags-doing-read-queue = leer la cola de denuncias
forum-flags-doing-hide-or-restore = ocultar o restaurar publicaciones
forum-flags-hidden-already = esa publicación ya está oculta
forum-flags-not-hidden = esa publicación no está oculta
forum-flags-doing-dismiss = descartar denuncias
forum-flags-doing-act-on-authors = actuar sobre los autores
forum-flags-none-open = esa publicación no tiene denuncias abiertas (puede que alguien las haya resuelto)

forum-jobs-what-title = el título
forum-jobs-closing-passed = esta fecha de cierre ya pasó
forum-jobs-organization-needed = indique la organización que lo ofrece
forum-jobs-place-needed = indique un lugar o marque «a distancia»
forum-jobs-region-needed = elija la región en la que se encuentra (Mundial si abarca varias)
forum-jobs-how-to-apply-needed = indique cómo postular: un enlace, una dirección, los documentos solicitados
forum-jobs-doing-submit = enviar empleos
forum-jobs-doing-close = cerrar empleos
forum-jobs-only-poster-closes = solo quien lo publicó ({ $poster }) puede cerrarlo
forum-jobs-closed-already = ya está cerrado
forum-library-text-short = { $what } ({ $min } caracteres o más)
forum-library-text-long = como máximo { $max } caracteres (este tiene { $len })
forum-library-tick-strategy = marque al menos una de las cinco estrategias
forum-library-choose-region = elija la región a la que se refiere (Mundial si abarca varias)
forum-library-choose-community = elija la comunidad en la que se debatirá
forum-library-no-such-community = no existe esa comunidad
forum-library-criterion-unassessed = indique si cumple cada criterio de { $level }: «{ $criterion }» no está evaluado
forum-library-not-a-criterion = «{ $criterion }» no es un criterio de { $level }
forum-library-say-setting = indique dónde se llevó a cabo y a qué escala, p. ej. 12 puestos de salud rurales
forum-library-say-expected = indique qué se esperaba
forum-library-say-why = indique por qué no se logró
forum-library-say-instead = indique qué deberían hacer otros en su lugar
forum-library-year = el año de publicación, p. ej. { $year }, o n.d. si no indica ninguno
forum-library-doing-submit = enviar a la biblioteca
forum-library-the-title = el título
forum-library-enter-authors = indique los autores o la organización que lo redactó
forum-library-enter-link = indique dónde encontrarlo (https://…), o aporte aquí su texto o sus archivos
forum-library-say-resource-summary = indique qué es y a quién se dirige
forum-library-enter-language = el idioma en que está escrito, p. ej. español
forum-library-text-attach = como máximo { $max } caracteres: adjunte un documento más largo como archivo
forum-library-enter-country = indique el país (o los países) donde tuvo lugar
forum-library-enter-period = cuándo se llevó a cabo, p. ej. 2016–2021 o desde 2019
forum-library-say-practice-summary = indique en pocas líneas qué es
forum-library-say-what-was-done = indique qué se hizo
forum-library-say-results = indique qué resultados dio, con cifras si las hay
forum-library-say-lessons = indique qué pueden aprender otros de ella
forum-library-doing-change-level = cambiar el nivel de una práctica
forum-library-only-practices-level = solo las prácticas tienen nivel
forum-library-level-already = ya es { $level }
forum-library-level-changed = Su práctica «{ $title }» es ahora { $level ->
        [emerging] { -level-emerging }
        [promising] { -level-promising }
        [leading] { -level-leading }
        [brilliant-failure] { -level-brilliant-failure }
        [not-assessed] { -level-not-assessed }
       *[other] { $level }
    }: { $reason }
forum-new-member-review-doing-post = publicar
forum-news-doing-write = escribir noticias
forum-news-doing-propose = proponer noticias
forum-news-doing-correct = corregir noticias
forum-news-doing-withdraw = retirar noticias
forum-news-withdrawn-not-corrected = se retiró: un elemento retirado no se corrige
forum-news-nothing-changed = no cambió nada
forum-news-withdrawn-already = { $name } ya lo retiró
forum-news-told-corrected = { $kind ->
        [blog] El comité corrigió su entrada de blog «{ $title }»: { $reason }
       *[news] El comité corrigió su noticia «{ $title }»: { $reason }
    }
forum-news-told-withdrew = { $kind ->
        [blog] El comité retiró su entrada de blog «{ $title }»: { $reason }
       *[news] El comité retiró su noticia «{ $title }»: { $reason }
    }
forum-news-what-headline = un titular
forum-news-body-needed = escriba la noticia en sí ({ $min } caracteres o más)
forum-notifications-doing-receive = recibir notificaciones
forum-notifications-doing-watch-threads = seguir hilos
forum-notifications-approved = Se aprobó y publicó su { $kind ->
        [community] comunidad
        [thread] hilo
        [reply] respuesta
        [event] evento
        [job] empleo
        [training] formación
        [educational-opportunity] oportunidad educativa
        [resource] recurso
        [practice] práctica
        [news] noticia
        [blog-post] entrada de blog
       *[other] envío
    } «{ $title }»
forum-notifications-changes-requested = El comité pide cambios en su { $kind ->
        [community] comunidad
        [thread] hilo
        [reply] respuesta
        [event] evento
        [job] empleo
        [training] formación
        [educational-opportunity] oportunidad educativa
        [resource] recurso
        [practice] práctica
        [news] noticia
        [blog-post] entrada de blog
       *[other] envío
    } «{ $title }»: { $reason }
forum-notifications-rejected = Se rechazó su { $kind ->
        [community] comunidad
        [thread] hilo
        [reply] respuesta
        [event] evento
        [job] empleo
        [training] formación
        [educational-opportunity] oportunidad educativa
        [resource] recurso
        [practice] práctica
        [news] noticia
        [blog-post] entrada de blog
       *[other] envío
    } «{ $title }»: { $reason }
forum-pace-starting = { $n ->
        [one] ha iniciado { $n } conversación en la última hora; espere un poco o escriba en ella
       *[other] ha iniciado { $n } conversaciones en la última hora; espere un poco o escriba en una de ellas
    }
forum-pace-writing = { $n ->
        [one] ha enviado { $n } mensaje en diez minutos; espere un poco antes del siguiente
       *[other] ha enviado { $n } mensajes en diez minutos; espere un poco antes del siguiente
    }
forum-pace-reacting = { $n ->
        [one] ha dado { $n } reacción en diez minutos; espere un poco antes de la siguiente
       *[other] ha dado { $n } reacciones en diez minutos; espere un poco antes de la siguiente
    }
forum-pace-threads = { $n ->
        [one] ha abierto { $n } hilo en la última hora; espere un poco o responda en él
       *[other] ha abierto { $n } hilos en la última hora; espere un poco o responda en uno de ellos
    }
forum-pace-replying = { $n ->
        [one] ha publicado { $n } respuesta en diez minutos; espere un poco antes de la siguiente
       *[other] ha publicado { $n } respuestas en diez minutos; espere un poco antes de la siguiente
    }
forum-pace-editing = { $n ->
        [one] ha hecho { $n } edición en diez minutos; espere un poco antes de la siguiente
       *[other] ha hecho { $n } ediciones en diez minutos; espere un poco antes de la siguiente
    }
forum-pace-submitting = { $n ->
        [one] ha enviado { $n } elemento al comité en las últimas 24 horas; espere un poco antes del siguiente
       *[other] ha enviado { $n } elementos al comité en las últimas 24 horas; espere un poco antes del siguiente
    }
forum-mentions-too-many = una publicación puede mencionar como máximo a { $max } miembros, y cada uno recibe un aviso; esta menciona a { $n }
forum-password-at-least = { $n ->
        [one] al menos { $n } carácter
       *[other] al menos { $n } caracteres
    }
forum-password-at-most = { $n ->
        [one] como máximo { $n } carácter
       *[other] como máximo { $n } caracteres
    }
forum-password-hashing-failed = falló el cifrado de la contraseña: { $error }
forum-people-doing-see-directory = ver el directorio de personas
forum-people-doing-see-pages = ver las páginas de los miembros
forum-pin-lock-move-doing-steer-threads = cerrar, fijar o mover hilos
forum-pin-lock-move-already-locked = el hilo ya está cerrado
forum-pin-lock-move-already-open = el hilo ya está abierto
forum-pin-lock-move-already-pinned = el hilo ya está fijado
forum-pin-lock-move-already-not-pinned = el hilo ya está sin fijar
forum-pin-lock-move-already-in = el hilo ya está en { $community }
forum-proposals-short-name-taken = '{ $slug }' ya lo usa una comunidad existente
forum-proposals-purpose-needed = diga en una o dos frases para qué es la comunidad (20 caracteres o más)
forum-proposals-purpose-too-long = como máximo { $max } caracteres (este tiene { $len })
forum-proposals-audience-needed = indique a quién se dirige, p. ej. personal de enfermería de atención primaria
forum-proposals-short-name-needed = elija un nombre corto, p. ej. atencion-primaria
forum-proposals-short-name-form = de 2 a 32 caracteres: a-z, 0-9 y '-'
forum-reactions-not-a-day = '{ $typed }' no es un día: escríbalo así: 2026-12-01
forum-reactions-doing-react = reaccionar a publicaciones
forum-reactions-doing-bookmark = guardar publicaciones en marcadores
forum-reactions-own-post = esa publicación es suya: las reacciones son para publicaciones de otros
forum-reactions-day-passed = { $day } ya pasó: elija hoy o un día posterior
forum-reactions-bookmarks-full = { $n ->
        [one] ya tiene { $n } marcador: quítelo primero (g b, luego d)
       *[other] ya tiene { $n } marcadores: quite algunos primero (g b, luego d)
    }
forum-reactions-gone = (ya no está disponible)
forum-roles-only-admins-can = solo los administradores pueden { $doing }
forum-roles-doing-change-roles = cambiar roles
forum-roles-doing-add-accounts = añadir cuentas
forum-roles-only-admin = { $username } es el único administrador; nombre antes a otra persona administradora
forum-roles-give-a-key = indique al menos una clave pública
forum-roles-username-taken = '{ $username }' ya está en uso
forum-roles-key-taken = esa clave ya pertenece a una cuenta
forum-sanctions-your-account = su cuenta está { $kind ->
        [muted] silenciada
       *[banned] suspendida
    } { $until }: { $reason }
forum-sanctions-until = hasta el { $end } { $zone }
forum-sanctions-until-lifted = hasta que el comité lo levante
forum-sanctions-bad-length = '{ $length }' no es una duración: use horas o días, como 12h o 7d, o forever
forum-sanctions-doing-mute-or-ban = silenciar o suspender cuentas
forum-sanctions-doing-lift = levantar silencios y suspensiones
forum-sanctions-doing-list-accounts = listar cuentas
forum-sanctions-end-in-future = el final debe ser en el futuro
forum-sanctions-not-sanctioned = { $username } no está silenciado ni suspendido
forum-sanctions-mute-notice = Su cuenta está silenciada { $until }: { $reason }. Puede leer; para escribir tendrá que esperar hasta entonces.
forum-sanctions-login-key-removed = la clave SSH con la que inició esta sesión se quitó de su cuenta; vuelva a conectarse con una clave que siga en ella
forum-sanctions-not-yourself = no puede silenciarse ni suspenderse a sí mismo
forum-sanctions-outranked = { $actor ->
        [admin] un administrador
        [moderator] un moderador
       *[member] un miembro
    } no puede silenciar ni suspender a { $target ->
        [admin] un administrador
        [moderator] un moderador
       *[member] un miembro
    }
forum-search-broken = la búsqueda no puede responder ahora; se ha avisado a los administradores en el registro (un reinicio o stoa reindex reconstruye el índice)
forum-search-no-index = la búsqueda no está disponible: este foro funciona sin índice de búsqueda
forum-search-guests-cannot-search-members = los invitados no pueden buscar miembros: regístrese primero
forum-search-reply-title = Re: { $title }
forum-search-job-about = { $kind } · { $organization } · cierra: { $closes }
forum-search-news-about = Noticias · { $day }
forum-signup-choose-region = elija su región de la OMS (← →)
forum-signup-accept-policy = lea y acepte la política editorial para unirse
forum-signup-key-taken = esta clave ya pertenece a una cuenta: vuelva a conectarse para iniciar sesión
forum-strategies-doing-coverage = ver la cobertura de la biblioteca
forum-validate-username-rule = 2–32 caracteres: letras minúsculas, cifras, - y _
forum-validate-choose-username = elija un nombre de usuario
forum-validate-username-reserved = '{ $name }' está reservado; elija otro
forum-validate-enter-display-name = escriba su nombre tal como lo verán los demás
forum-validate-enter-community-name = escriba el nombre de su comunidad
forum-validate-enter-your = escriba su { $what }
forum-validate-control-characters = contiene caracteres de control o invisibles que no se pueden mostrar; escriba texto sin formato
forum-validate-too-long = { $max ->
        [one] como máximo { $max } carácter (este tiene { $len })
       *[other] como máximo { $max } caracteres (este tiene { $len })
    }
forum-validate-enter-time-zone = escriba una zona horaria, p. ej. Africa/Nairobi o UTC
forum-validate-unknown-time-zone = zona horaria desconocida; pruebe p. ej. Africa/Nairobi o UTC
forum-withdraw-already = lo retiró { $by } el { $at }
forum-withdraw-doing-withdraw-events = retirar eventos
forum-withdraw-doing-withdraw-jobs = retirar empleos
forum-withdraw-event-withdrawn = El comité retiró el evento «{ $title }»: { $reason }
forum-withdraw-job-withdrawn = El comité retiró su { $kind ->
        [training] formación
        [education] oportunidad educativa
       *[job] empleo
    } «{ $title }»: { $reason }

# Content languages and translations
forum-languages-doing-set = indicar el idioma de un texto
forum-languages-only-author = solo su autor o el comité editorial pueden cambiar su idioma
forum-languages-not-written = solo las publicaciones, los eventos, las fichas de la biblioteca y las noticias tienen idioma
forum-translations-doing-propose = proponer traducciones
forum-translations-same-language = el original ya está en { $name }: elija otro idioma
forum-translations-what-title = el título en su idioma
forum-translations-text-needed = escriba el texto traducido
forum-error-field = { $field }: { $message }
field-action = acción
field-ascii = ASCII
field-audience = público
field-assessment = evaluación
field-setting = contexto
field-references = referencias
field-instead = lo que se hacía antes
field-impact = impacto
field-figures = cifras
field-expected = resultados esperados
field-audiences = públicos
field-authors = autores
field-bell = aviso sonoro
field-bio = presentación
field-body = texto
field-by = por
field-city = ciudad
field-closes = fecha de cierre
field-colour = color
field-community = comunidad
field-competencies = competencias
field-competency = competencia
field-confirm = confirmación
field-contact = contacto
field-country = país
field-current = contraseña actual
field-deadline = fecha límite
field-description = descripción
field-display_name = nombre visible
field-ends = fin
field-files = archivos
field-members_only = solo para miembros
field-how_to_apply = cómo postularse
field-key = clave
field-kind = tipo
field-language = idioma
field-first_languages = idiomas primero
field-length = duración
field-lessons = lecciones
field-level = nivel
field-link = enlace
field-location = lugar
field-month = mes
field-name = nombre
field-new = nueva contraseña
field-note = nota
field-online = en línea
field-organization = organización
field-organizer = organizador
field-period = periodo
field-plain = modo texto
field-policy = política editorial
field-purpose = propósito
field-query = búsqueda
field-reason = motivo
field-region = región
field-remote = a distancia
field-results = resultados
field-role = rol
field-since = desde
field-slug = nombre corto
field-starts = inicio
field-strategies = estrategias
field-strategy = estrategia
field-summary = resumen
field-tags = etiquetas
field-target = destino
field-template = plantilla
field-text = texto
field-time_zone = zona horaria
field-title = título
field-until = hasta
field-username = nombre de usuario
field-what_was_done = lo que se hizo
field-why = por qué
field-subject = asunto
field-to = destinatarios
field-remind = recordatorio
field-year = año
forum-library-thread-title = Biblioteca: { $title }
forum-library-thread-about = Sobre «{ $title }» ({ $kind }, entrada { $id } de la biblioteca).
