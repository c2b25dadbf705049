### Modo simple: líneas de texto y opciones numeradas, para lectores de pantalla.

plain-help =
    Comandos:
      a number         abrir esa comunidad, ese hilo o las respuestas de esa publicación
      l                volver a mostrar la lista de este lugar
      b                volver; ante una pregunta, salir de ella (como hace cancel)
      r NUMBER         responder a la publicación NUMBER (en un hilo)
      e NUMBER         editar su publicación NUMBER; d NUMBER la borra
      n                iniciar un hilo (en una comunidad)
      sort ORDER       ordenar las listas de hilos: activity (actividad), newest
                       (más nuevos) o replies (respuestas)
      post N           en un hilo: seguir leyendo desde su publicación N
      more             en un hilo largo: sus 10 publicaciones siguientes (Enter
                       también); un hilo ya leído se abre en su primera publicación
                       no leída, y top lo lee desde la primera publicación
      flag N REASON    denunciar la publicación N: spam, off-topic (fuera de tema),
                       inappropriate (inapropiada) u other NOTE (otro motivo)
      watch            en un hilo: recibir aviso de cada nueva publicación; unwatch
                       deja de seguirlo
      join, leave      en una comunidad: unirse a ella o dejarla; join NAME (un
                       nombre corto, o un número de la lista de inicio) desde
                       cualquier lugar
      read all         en una comunidad: marcar todos los hilos como leídos (en los
                       avisos: marcar los avisos)
      e                los próximos eventos; en uno: y = asistiré, i = me interesa
      j                los empleos y oportunidades abiertos
      close            en un empleo que usted publicó: cerrarlo antes de su fecha
                       de cierre
      correct          en un evento o un empleo que usted publicó: cambiarlo,
                       indicando el motivo
      library          los recursos y las prácticas de la biblioteca
      learning         eventos y recursos que desarrollan las competencias de su
                       perfil
      strategies       las cinco estrategias del marco; strategy N muestra la
                       página de una de ellas
      news             las noticias del comité
      translate        en una ficha o una noticia: proponer una traducción
      in CÓDIGO        en una de ellas: leerla en otro de sus idiomas (in en)
      language N CÓD   indicar el idioma de la publicación N (en fr es ru zh ar);
                       en una ficha, noticia o evento abiertos: language CÓDIGO
      first CÓDIGOS    lo escrito en esos idiomas primero en las listas
                       (first fr es); first none lo deshace
      committee        quién forma el comité editorial y cómo contactarlo
      search WORDS     buscar en debates, tablones, la biblioteca, noticias y
                       miembros
      notifications    lo que le concierne (o !); read all los marca como leídos
      latest, unread   los hilos más recientes de las comunidades a las que se ha
                       unido, o los que tienen publicaciones que no ha leído
      react N WHAT     reaccionar a la publicación N: thanks (gracias), +1 o
                       insightful (interesante) (de nuevo: se retira)
      bookmark N DAY   guardar la publicación N, con un día de recordatorio
                       (opcional); bookmarks las muestra, unbookmark N quita una
      history N        las versiones anteriores de la publicación N; reactions N
                       muestra quién reaccionó
      quote N [A-B]    en un hilo: citar la publicación N (o sus líneas A a B) en
                       su próxima respuesta; cite varias y luego r
      messages         sus conversaciones privadas; un número abre una (sus 20
                       más recientes; older muestra más), write responde en ella;
                       messages WORDS busca en ellas
      message NAMES    escribir en privado a miembros, o message committee al
                       comité editorial (solo sus integrantes leen la conversación)
      report N REASON  en una conversación: enviar el mensaje N al comité
      block NAME       impedir que le lleguen los mensajes, menciones y respuestas
                       de un miembro; unblock NAME lo revierte; blocked los muestra
      people           el directorio de personas (miembros); people WORDS lo acota
      submit           proponer una comunidad, un evento, un empleo, un recurso o
                       una práctica
      s                sus envíos (miembros); registrarse (invitados con una clave)
      resubmit NUMBER  retomar un borrador o un envío devuelto
      profile          quién es usted aquí; plain on, off o auto ajusta el modo
                       simple
      edit profile     su nombre, organización, región, zona horaria, una línea,
                       competencias
      keys             sus claves; add key, remove key N; password establece una
                       contraseña
      h                estos comandos
      q                salir de Stoa
    Al escribir una publicación, escríbala línea a línea; una línea con solo un punto (.) la envía, y una línea con solo la palabra cancel la descarta.
plain-help-committee =
    Comandos del comité editorial:
      queue            lo pendiente; un número lo abre, y luego a (aprobar),
                       c (cambios) o x (rechazar) deciden
      flags            publicaciones denunciadas; hide N o dismiss N
      coverage         prácticas por estrategia, región de la OMS y nivel: las
                       carencias
      withdraw         en un evento o un empleo: retirarlo del tablón; en una
                       noticia: retirarla
      correct          en una noticia: cambiarla, indicando el motivo
      level N          en una práctica: cambiar su nivel
      write news       publicar una noticia
plain-welcome = Le damos la bienvenida a { $site }, { $name }.
plain-welcome-guest = Le damos la bienvenida a { $site }. Está leyendo como invitado; escriba s para registrarse y participar.
plain-intro = Este es el modo simple: escriba un número o un comando y pulse Enter. h muestra los comandos.
plain-ask-title = Escriba el título del nuevo hilo y pulse Enter.
plain-ask-delete = ¿Borrar la publicación { $post }? Escriba yes para borrarla.
plain-ask-submit = Escriba el número de lo que desea enviar: 1 una comunidad, 2 un evento, 3 un empleo, 4 un recurso, 5 una práctica; o cancel.
plain-ask-answer = Escriba su respuesta, o cancel.
plain-ask-reason = Escriba el motivo, o cancel.
plain-ask-body = Escriba su publicación línea a línea. Una línea con solo un punto (.) la envía; cancel la descarta.
plain-error = Error: { $error }
plain-communities = { $n ->
        [one] { $n } comunidad:
       *[other] Comunidades, { $n } en total:
    }
plain-threads = { $n ->
        [one] { $n } hilo
       *[other] { $n } hilos
    }
plain-with-unread = , { $n } con publicaciones no leídas
plain-joined = , es miembro
plain-home-hint = Escriba el número de una comunidad para abrirla; e para los eventos, j para los empleos, library o news.

plain-new = { $n ->
        [one] { $n } nueva
       *[other] { $n } nuevas
    }
plain-locked = cerrado
plain-thread-line = { $title }, de { $name }, { $replies }, última publicación { $when }
plain-community-hint = Escriba el número de un hilo para leerlo, n para iniciar uno, b para volver.
plain-thread-head = { $title }, en { $community }. { $posts }.
plain-posts-range = Publicaciones { $from } a { $to } de { $total }:
plain-replying-to = en respuesta a la publicación { $post }
plain-deleted = borrada
plain-reactions = Reacciones: { $list }.
plain-thread-more-hint = Escriba more (o solo Enter) para las publicaciones { $from } a { $to } de { $total }, r y el número de una publicación para responderla, b para volver.
plain-thread-hint = Escriba r y el número de una publicación para responderla, b para volver.
plain-more-no-thread = more lee la página siguiente de un hilo largo: abra primero uno.
plain-end-of-thread = Ese era el final del hilo: l vuelve a leer su última página, b vuelve atrás.
plain-goodbye = Hasta pronto.
plain-committee-only = '{ $command }' es un comando del comité editorial: h muestra sus comandos.
plain-open-event-first = Abra primero un evento: allí responde con y o i.
plain-open-community-first = Abra primero una comunidad: n inicia un hilo en ella.
plain-no-title = Sin título: no se ha iniciado nada.
plain-sorted = Orden de los hilos: { $order }.
plain-sort-takes = sort admite activity, newest o replies.
plain-post-needs-thread = Abra primero un hilo: post N lee desde su publicación N.
plain-post-takes = post admite el número de una publicación de este hilo, tal como aparece junto a ella (Publicación 14 de ...).

## Round 6: plain mode, commands, item fields
board-item-when = { $starts } a { $ends } ({ $zone })
board-item-where-and-when = Dónde y cuándo
board-item-classified = Clasificación
board-item-tags = etiquetas: { $tags }
board-item-withdrawn-by = retirado por { $by }: { $reason }
board-item-on-the-events-board = en el tablón de eventos (g e): { $going } asistirán, { $interested } interesados
board-item-event-over = terminado: en Pasados, en el tablón de eventos
board-item-job-closed-early = cerrado antes de tiempo: en el archivo del tablón de empleos
board-item-job-open = abierto en el tablón de empleos (g j)
board-item-job-closed = cerrado: en el archivo del tablón de empleos
board-item-practice-level = práctica: { $level }
board-item-in-the-library = en la biblioteca (g l) como { $kind }
board-item-on-the-news-screen = en la pantalla de noticias (g n) como { $kind } { $id }
governance-nobody-yet = nadie todavía: un administrador nombra a sus moderadores
governance-reach = Para dirigirse al comité, denuncie una publicación para que la examine, o proponga una comunidad, un evento, un empleo o una entrada de la biblioteca: el comité revisa cada propuesta y explica el motivo de su decisión.
governance-outside-the-forum = Fuera del foro: { $contact }.
news-byline-blog = entrada de blog de { $name }
news-byline-member = noticia de { $name }
practice-what-was-expected = Lo que se esperaba
practice-what-happened = Lo que ocurrió
practice-why = Por qué
practice-what-others-should-do-instead = Lo que otros deberían hacer en su lugar
practice-caveat = (advertencia de la fuente: { $caveat })
app-post-held = Las primeras publicaciones de los miembros nuevos se revisan: la suya está en la cola (g s).
app-fields-need-attention = { $n ->
        [one] Hay un campo que revisar: vea el mensaje que aparece debajo.
       *[other] Hay { $n } campos que revisar: vea los mensajes que aparecen debajo.
    }
app-not-saved = No se ha guardado: { $problems }.
app-also = { $under } Además: { $problems }.
chrome-too-small = Terminal demasiado pequeño: { $size }, se necesita { $need }
communities-could-not-read = No se pudieron leer las comunidades: { $error }
communities-none-yet = Todavía no hay comunidades.
communities-sign-up-to-join = Regístrese para unirse a comunidades: pulse g y luego u.
busy-leaving = Saliendo…
busy-joining = Uniéndose…
communities-left = Ha dejado { $name }.
communities-joined = Se ha unido a { $name }: ahora aparece en primer lugar en su pantalla de inicio.
tabs-shown-of = { $label } ({ $n } de { $count }, Tab para la siguiente)
muted-until = Silenciado hasta { $when }: { $reason }
muted-until-lifted = Silenciado hasta que el comité lo levante: { $reason }
signup-needs-key = Conéctese con una clave SSH para registrarse: será su forma de iniciar sesión.
form-leave-question = ¿Salir de este formulario? Se perderá lo que haya escrito en él.
plain-account-name = Su nombre tal como lo ven los demás
plain-account-organization = Su organización
plain-account-region = Su región de la OMS
plain-account-time-zone = Su zona horaria
plain-account-bio = Una línea sobre usted
plain-account-competencies = Las competencias que está desarrollando
plain-account-ask = { $question }:
plain-account-now = (Ahora: { $now }. Enter lo mantiene.)
plain-account-type-its-number = { $question }; escriba su número.
plain-account-competencies-ask = { $question }, para los eventos y recursos que las desarrollan (learning); sus números, separados por comas, o none.
plain-account-paste-key = Pegue la clave pública en una sola línea (ssh-ed25519 AAAA... you@laptop), o cancel:
plain-account-remove-key-ask = ¿Quitar la clave { $fingerprint }? Escriba yes para quitarla.
plain-account-current-password = Su contraseña actual (se muestra con asteriscos):
plain-account-new-password = La nueva contraseña (se muestra con asteriscos):
plain-account-new-password-again = La nueva contraseña otra vez:
plain-account-competency-numbers = escriba números del 1 al { $n }, separados por comas, o none
plain-account-guests = Los invitados no tienen cuenta: escriba s para registrarse.
plain-account-keys-head = Sus claves SSH, { $n }:
plain-account-key-line = { $fingerprint } { $comment }, añadida { $added }
plain-account-keys-hint = add key añade una; remove key y un número quita una.
plain-account-remove-key-how = Escriba keys para ver sus números y luego remove key y un número.
plain-account-nothing-changed = No ha cambiado nada.
plain-account-type-a-number = escriba un número del 1 al { $n }
plain-account-kept = Se mantiene.
plain-account-password-set = Contraseña establecida: ahora también puede iniciar sesión con { $ssh }.
plain-committee-tags = etiquetas: { $tags }
plain-committee-queue-only = La cola de revisión es del comité editorial.
plain-committee-queue-empty = No hay nada pendiente de revisión.
plain-committee-queue-head = La cola de revisión, { $n } pendientes, los más antiguos primero:
plain-committee-queue-line = { $kind } «{ $title }» de { $name }, enviado { $ago }
plain-committee-queue-hint = Escriba el número de un elemento para leerlo y decidir, o b para volver.
plain-committee-submission-head = Envío { $id }: { $kind } «{ $title }» de { $name }, { $state }.
plain-committee-read-files = Lea los archivos con { $sftp } (en review/{ $folder }/).
plain-committee-decide-hint = Escriba a para aprobar, c para pedir cambios, x para rechazar; cada opción pide el motivo. b vuelve atrás.
plain-committee-why-approve = ¿Por qué aprobarlo? Escriba el motivo que leerá el autor, o cancel.
plain-committee-what-to-change = ¿Qué debe cambiar el autor? Escriba el motivo que leerá el autor, o cancel.
plain-committee-why-reject = ¿Por qué rechazarlo? Escriba el motivo que leerá el autor, o cancel.
plain-committee-flags-only = Las denuncias son del comité editorial.
plain-committee-flags-head = Publicaciones denunciadas, { $n }:
plain-committee-flag-line = Publicación { $post } de { $name } en «{ $thread }»: { $reasons }. Dice: { $says }
plain-committee-flags-hint = Escriba hide y el número de una publicación para ocultarla, o dismiss y su número para mantenerla; cada opción pide el motivo.
plain-committee-resolve-only = Ocultar publicaciones y descartar denuncias corresponde al comité editorial.
plain-committee-not-a-post-number = «{ $number }» no es un número de publicación.
plain-committee-why-hide = ¿Por qué ocultar la publicación { $post }? Escriba el motivo, o cancel.
plain-committee-why-keep = ¿Por qué mantener la publicación { $post }? Escriba el motivo, o cancel.
plain-committee-steward-only = Eso corresponde al comité editorial.
plain-committee-level-takes = Escriba level y un número: { $levels }.
plain-committee-steward-what = Abra un evento, un empleo o una noticia para retirarlo, o una práctica para cambiar su nivel.
plain-committee-why-audit = ¿Por qué? Escriba el motivo, que queda en el registro de auditoría, o cancel.
plain-committee-criterion = { $level } exige, criterio { $n } de { $total }: { $criterion }. ¿Lo cumple la práctica? yes o no (o cancel).
plain-committee-nothing-done = No se ha hecho nada.
plain-committee-yes-or-no = Escriba yes o no. { $again }
plain-committee-reason-audit = Escriba el motivo, que queda en el registro de auditoría, o cancel.
plain-committee-submission-now = El envío { $id } queda { $state }.
plain-committee-post-hidden = Publicación { $post } oculta.
plain-committee-flags-dismissed = Se han descartado las denuncias de la publicación { $post }.
plain-committee-withdrawn-event = Retirado: ya no está en el tablón de eventos.
plain-committee-withdrawn-news = Retirada: ya no está en las noticias, los canales ni la búsqueda.
plain-committee-level-now = Ahora { $level }: el cambio consta en su historial.
plain-committee-not-done = No se ha hecho: { $error }.
plain-committee-members-head = El comité editorial:
plain-news-draft-region-number = Escriba un número del 1 al { $n }, o Enter.
plain-news-draft-correcting = Corrección de «{ $title }». ¿Por qué? Los lectores lo ven junto con la corrección (o cancel).
plain-news-draft-headline-keep = El titular (Enter mantiene «{ $title }»):
plain-news-draft-region-keep = Su región: escriba su número, o Enter para mantenerla.
plain-news-draft-text-correcting = Su texto, línea a línea; un punto (.) solo en una línea guarda la corrección (si no escribe ninguna línea, el texto queda como estaba).
plain-news-draft-headline = El titular:
plain-news-draft-region = Su región: escriba su número, o Enter para una noticia dirigida a todos.
plain-news-draft-text = Su texto, línea a línea; una línea con solo un punto (.) la publica, cancel la descarta.
plain-news-draft-committee-writes = Las noticias las escribe el comité editorial.
plain-news-draft-committee-corrects = Las noticias las corrige el comité editorial.
plain-news-draft-open-first = Abra primero una noticia: correct la modifica.
plain-news-draft-withdrawn = Se retiró: una noticia retirada no se corrige.
plain-news-draft-not-found = No se encontró: { $error }.
plain-news-draft-thrown-away = Descartada.
plain-news-draft-published = Publicada: «{ $title }».
plain-news-draft-not-published = No se ha publicado: { $error }. Escriba más líneas y luego un punto; o cancel.
plain-news-draft-corrected = Corregida, con su motivo.
plain-news-draft-not-corrected = No se ha corregido: { $error }.
plain-close-job-open-first = Abra primero un empleo: close cierra uno que usted haya publicado.
plain-close-job-not-closed = No se ha cerrado: { $error }.
plain-more-than-999-unread = más de 999 sin leer
plain-new-notification = Una notificación nueva ({ $waiting }): escriba ! para leerla.
plain-new-message = Un mensaje nuevo en la conversación { $conversation }: escriba messages para leerlo.
plain-unread-notifications = { $n ->
        [one] Tiene { $n } notificación sin leer: escriba ! para leerla.
       *[other] Tiene { $n } notificaciones sin leer: escriba ! para leerlas.
    }
plain-unread-notifications-many = Tiene más de 999 notificaciones sin leer: escriba ! para leerlas.
plain-prompt-title = Título:
plain-prompt-reason = Motivo:
plain-proposing-all-done = Eso es todo. Escriba send para enviarlo al comité editorial, draft para guardarlo como borrador, o cancel.
plain-proposing-all-done-correction = Eso es todo. Escriba send para guardar la corrección de inmediato, o cancel.
plain-proposing-so-far = { $n } hasta ahora. El siguiente, o una línea vacía para terminar:
plain-proposing-now = (Ahora: { $answer }. Enter lo mantiene.)
plain-proposing-type-number = escriba un número del 1 al { $n }
plain-proposing-type-numbers = escriba números del 1 al { $n }, separados por comas
plain-proposing-type-yes-or-no = escriba yes o no
plain-proposing-sign-up-first = Regístrese primero (s): después podrá hacer envíos.
plain-proposing-what-to-submit = ¿Qué desea enviar? Escriba su número, o cancel.
plain-proposing-nothing-submitted = No se ha enviado nada.
plain-proposing-choose-kind = Escriba un número del 1 al 6, o cancel.
plain-proposing-how-to-stop = Escriba cancel en cualquier pregunta para detenerse, o draft para guardar lo que lleva hasta ahora.
plain-proposing-not-a-number = «{ $number }» no es un número de envío.
plain-proposing-no-longer-changed = El envío { $id } está { $state }: ya no se puede cambiar.
plain-proposing-held-post = Una publicación retenida se edita en el modo de pantalla completa.
plain-proposing-committee-said = El comité dijo: { $note }
plain-proposing-answers-shown = Cada pregunta muestra ahora su respuesta; Enter la mantiene.
plain-proposing-open-event-or-job = Abra un evento o un empleo que usted haya publicado: correct lo modifica.
plain-proposing-poster-only = Solo quien lo publicó y el comité editorial pueden corregirlo.
plain-proposing-correction-reason = ¿Qué cambió y por qué (para el registro de auditoría y para quienes respondieron)?
plain-proposing-correcting = Cada pregunta muestra ahora su respuesta; Enter la mantiene. Después de la última, send guarda la corrección de inmediato.
plain-proposing-send-draft-or-cancel = Escriba send, draft o cancel.
plain-proposing-correction-no-draft = Una corrección no tiene borrador: escriba send para guardarla, o cancel.
plain-proposing-not-event-or-job = no es un evento ni un empleo
plain-proposing-corrected = Corregido: el cambio se muestra al instante.
plain-proposing-not-corrected = No se ha corregido: { $error }. Escriba send para intentarlo de nuevo, o cancel.
plain-proposing-sent = Envío { $id } enviado: el comité editorial lo revisará (s muestra los suyos).
plain-proposing-draft-kept = Borrador { $id } guardado: resubmit { $id } lo retoma.
plain-proposing-not-saved = No se ha guardado: { $error }.
plain-proposing-not-yet = Todavía no:
plain-proposing-kind-community = una comunidad
plain-proposing-kind-event = un evento
plain-proposing-kind-job = un empleo o una oportunidad
plain-proposing-kind-resource = un recurso
plain-proposing-kind-practice = una práctica
plain-proposing-kind-news = una noticia o una entrada de blog
plain-proposing-strategies = ¿Cuáles de las cinco estrategias (sus números, separados por comas)?
plain-proposing-some-strategies = ¿En cuáles de las cinco estrategias trabaja (sus números, separados por comas; Enter para ninguna)?
plain-proposing-competencies = ¿Qué competencias ayuda a desarrollar (sus números, separados por comas; Enter para ninguna)?
plain-proposing-audiences = ¿A quién va dirigido (sus números, separados por comas; Enter para nadie en particular)?
plain-proposing-community = ¿Qué comunidad lo debate?
plain-proposing-title = ¿Su título?
plain-proposing-country = ¿Su país (Enter para ninguno)?
plain-proposing-tags = ¿Etiquetas, separadas por comas (Enter para ninguna)?
plain-proposing-community-name = ¿El nombre de la comunidad?
plain-proposing-community-slug = ¿Su nombre corto, para las direcciones: a-z, 0-9 y '-'?
plain-proposing-community-purpose = ¿Para qué sirve, en una o dos frases?

plain-proposing-community-audience = ¿A quién va dirigida?
plain-proposing-community-members-only = ¿Solo la pueden leer los miembros registrados, no los invitados? ¿yes o no?
plain-proposing-event-kind = ¿Qué tipo de evento?
plain-proposing-event-starts = ¿Cuándo empieza, según la hora del organizador? P. ej., 2027-03-02 09:00
plain-proposing-event-ends = ¿Cuándo termina? P. ej., 2027-03-03 17:00
plain-proposing-event-time-zone = ¿La zona horaria del organizador? P. ej., Africa/Nairobi
plain-proposing-event-online = ¿Su enlace en línea, https://... (Enter para ninguno)?
plain-proposing-event-city = ¿Su ciudad, si es presencial (Enter para ninguna)?
plain-proposing-event-organizer = ¿Quién lo organiza?
plain-proposing-event-deadline = Para una convocatoria de ponencias, ¿el último día para enviar? P. ej., 2027-01-15 (Enter para ninguno)
plain-proposing-event-region = ¿A qué región se dirige?
plain-proposing-event-description = ¿Qué es, para quién es y cuánto cuesta?
plain-proposing-job-kind = ¿De qué tipo?
plain-proposing-job-organization = ¿La organización que lo ofrece?
plain-proposing-job-location = ¿Su ciudad o lugar (Enter si es a distancia)?
plain-proposing-job-region = ¿En qué región está?
plain-proposing-job-remote = ¿Puede hacerse a distancia? ¿yes o no?
plain-proposing-job-closes = ¿El último día para postularse? P. ej., 2027-01-31
plain-proposing-job-competencies = ¿Qué competencias (sus números, separados por comas; Enter para ninguna)?
plain-proposing-job-description = ¿El puesto o programa, y a quién le conviene?
plain-proposing-job-how-to-apply = ¿Cómo postularse?
plain-proposing-resource-kind = ¿Qué tipo de recurso?
plain-proposing-resource-authors = ¿Sus autores, o la organización que lo redactó?
plain-proposing-resource-year = ¿El año en que se publicó?
plain-proposing-resource-link = ¿Dónde encontrarlo: https://... (Enter para ninguno si aporta su texto o sus archivos)?
plain-proposing-resource-language = ¿En qué idioma está?
plain-proposing-resource-summary = ¿Qué es, qué dice y a quién va dirigido?
plain-proposing-resource-text = ¿Su propio texto, para que los miembros lo lean aquí, en una sola línea (Enter para ninguno; la pantalla completa admite textos más largos)?
plain-proposing-resource-files = ¿Archivos de sus subidas que adjuntar, por nombre, separados por comas (Enter para ninguno; sftp pone archivos en uploads/)?
plain-proposing-resource-region = ¿A qué región se refiere?
plain-proposing-resource-country = ¿El país, si trata de uno (Enter para ninguno)?
plain-proposing-news-kind = ¿Es una noticia o una entrada de blog (su propio relato u opinión, firmado por usted)?
plain-proposing-news-title = ¿Su titular?
plain-proposing-news-region = ¿De qué región trata (Mundial para todos)?
plain-proposing-news-body = ¿Su texto, un párrafo por línea? Una línea vacía lo termina.
plain-proposing-practice-level = ¿Hasta dónde ha llegado?
plain-proposing-practice-country = ¿El país donde tuvo lugar?
plain-proposing-practice-setting = ¿Dónde se llevó a cabo y a qué escala? P. ej., 12 puestos de salud rurales
plain-proposing-practice-period = ¿Cuándo se llevó a cabo? P. ej., 2016-2021
plain-proposing-practice-summary = ¿Qué es, en unas pocas líneas?
plain-proposing-practice-what-was-done = ¿Qué se hizo?
plain-proposing-practice-results = ¿Qué resultó de ello (para un fracaso instructivo: qué ocurrió)?
plain-proposing-practice-impact = ¿Su impacto en las personas y los servicios, más allá de lo que se midió (Enter para ninguno)?
plain-proposing-practice-expected = Para un fracaso instructivo, ¿qué se esperaba (Enter si no lo es)?
plain-proposing-practice-why = Para un fracaso instructivo, ¿por qué no se logró (Enter si no lo es)?
plain-proposing-practice-instead = Para un fracaso instructivo, ¿qué deberían hacer otros en su lugar (Enter si no lo es)?
plain-proposing-practice-lessons = ¿Qué pueden aprender otros de ella (Enter para nada si es un fracaso instructivo)?
plain-proposing-practice-references = ¿Sus referencias, una por línea: cita | https://enlace (el enlace, si lo hay)? Una línea vacía las termina.
plain-proposing-practice-figures = ¿Sus cifras, una por línea, cada una terminada con el número de la referencia de la que procede, p. ej., la cobertura subió al 75 % [1], y luego | y la advertencia de la fuente, si la da? Una línea vacía las termina.
plain-proposing-practice-contact = ¿A quién preguntar al respecto (Enter para nadie)?
plain-proposing-practice-region = ¿Qué región?
plain-joined-none = Todavía no se ha unido a ninguna comunidad: abra una desde la lista de inicio y escriba join.
plain-latest-threads = { $n ->
        [one] Lo más reciente, { $n } hilo:
       *[other] Lo más reciente, { $n } hilos:
    }
plain-unread-threads = { $n ->
        [one] Sin leer, { $n } hilo:
       *[other] Sin leer, { $n } hilos:
    }
plain-latest-line = { $title }, en { $community }: { $replies }, última publicación { $when }
plain-latest-hint = Escriba un número para leer ese hilo, o b para volver.
plain-bookmarks-head = Sus marcadores, { $n }:
plain-reminder-on = recordatorio el { $day }
plain-bookmark-line = Publicación { $post } en { $title }, de { $name }
plain-bookmarks-hint = Escriba un número para leer ese hilo; bookmark N DAY fija un recordatorio, unbookmark N quita un marcador.
plain-bookmark-usage = Escriba el número de la publicación: bookmark 12, o bookmark 12 2026-12-01 para un recordatorio.
plain-bookmark-taken-away = Marcador de la publicación { $post } quitado.
plain-was-not-bookmarked = La publicación { $post } no estaba guardada en marcadores.
plain-not-bookmarked = No se ha guardado: { $error }.
plain-bookmarked-with-reminder = Publicación { $post } guardada en marcadores; recordatorio el { $day }.
plain-bookmarked = Publicación { $post } guardada en marcadores: bookmarks los muestra.
plain-react-usage = Escriba react, el número de la publicación y thanks, +1 o insightful: react 12 thanks.
plain-reaction-given = Reacción «{ $reaction }» dada a la publicación { $post }: su autor recibe aviso.
plain-reaction-taken-back = Reacción «{ $reaction }» retirada de la publicación { $post }.
plain-reaction-not-done = No se ha hecho: { $error }.
plain-history-usage = Escriba el número de la publicación: history 12.
plain-never-edited = La publicación { $post } nunca se ha editado.
plain-quote-usage = Escriba quote, el número de una publicación y cuáles de sus líneas, si no son todas: quote 12 2-3.
plain-quote-needs-thread = Abra primero un hilo: quote cita una de sus publicaciones.
plain-quote-other-thread = La publicación { $post } está en otro hilo.
plain-quote-lines-range = { $n ->
        [one] La publicación { $post } tiene { $n } línea: elija del 1 al { $n }.
       *[other] La publicación { $post } tiene { $n } líneas: elija del 1 al { $n }.
    }
plain-quoted = { $n ->
        [one] Se ha citado { $n } línea de la publicación { $post } para su próxima respuesta (r y el número de una publicación).
       *[other] Se han citado { $n } líneas de la publicación { $post } para su próxima respuesta (r y el número de una publicación).
    }
plain-reply-starts-with-quotes = Su respuesta empieza con lo que citó:
plain-reactions-usage = Escriba el número de la publicación: reactions 12.
plain-no-reactions = La publicación { $post } aún no tiene reacciones.
plain-reaction-from = «{ $reaction }» de { $names }
plain-post-reactions = Publicación { $post }: { $list }.
plain-signup-policy-again = Escriba yes para aceptar la política editorial y crear su cuenta, no para detenerse, o l para volver a leerla.
plain-signup-username = Elija un nombre de usuario: de 2 a 32 caracteres entre a-z, 0-9, _ y -. Los demás lo ven en sus publicaciones.
plain-signup-name = Su nombre tal como lo verán los demás:
plain-signup-organization = Su organización (Enter para dejarla vacía):
plain-signup-region = Su región de la OMS; escriba su número:
plain-signup-time-zone = Su zona horaria, p. ej., Africa/Nairobi (Enter para UTC):
plain-signup-policy-head = La política editorial:
plain-signup-policy-ask = Escriba yes para aceptarla y crear su cuenta, o no para detenerse.
plain-signup-already = Ya tiene una cuenta.
plain-signup-needs-key = Conéctese con una clave SSH para registrarse: será su forma de iniciar sesión.
plain-signup-start = Registro. Escriba cancel en cualquier pregunta para detenerse.
plain-signup-not-signed-up = No se completó el registro.
plain-signup-taken = «{ $name }» ya está en uso; elija otro
plain-signup-needs-key-short = Conéctese con una clave SSH para registrarse.
plain-signup-welcome-admin = ¡Le damos la bienvenida a la red, { $name }! Es el primer miembro del foro, así que usted es quien lo administra.
plain-signup-welcome = ¡Le damos la bienvenida a la red, { $name }!
plain-signup-start-again = No se completó el registro: { $problems }. Empecemos de nuevo.
plain-signup-failed = No se completó el registro: { $error }.
plain-not-shown = No se puede mostrar: { $error }.
plain-needs = «{ $command }» necesita { $what }: h muestra cómo.
plain-needs-post-or-item = un número de publicación o de elemento
plain-needs-level = el número del nuevo nivel
plain-needs-words = palabras que buscar
plain-needs-strategy = el número de una estrategia (strategies las muestra)
plain-needs-on-off-auto = on, off o auto
plain-needs-whom = a quién escribir: nombres de miembros, o committee
plain-needs-post = un número de publicación
plain-needs-post-and-reaction = un número de publicación y thanks, +1 o insightful
plain-needs-message-and-why = un número de mensaje y el motivo
plain-needs-member = el nombre de un miembro
plain-needs-key = el número de la clave (keys las muestra)
plain-not-a-command = «{ $command }» no es un comando aquí: h los muestra.
plain-open-no-such-number = Aquí no hay ningún número { $n }: l vuelve a mostrar la lista de este lugar.
plain-new-since-visit = { $n ->
        [one] { $n } publicación nueva desde su última visita: se lee desde la primera de ellas (top lee desde el principio).
       *[other] { $n } publicaciones nuevas desde su última visita: se lee desde la primera de ellas (top lee desde el principio).
    }
plain-reply-needs-thread = Abra primero un hilo: r responde a una de sus publicaciones.
plain-not-a-post-number = «{ $number }» no es un número de publicación.
plain-reply-other-thread = La publicación { $post } está en otro hilo: r responde a una publicación de este (sus números aparecen con cada publicación).
plain-replying-to-post = Respuesta a la publicación { $post }.
plain-guests-cannot-write = Los invitados no pueden escribir: regístrese primero (escriba s; lleva un minuto).
plain-draft-back = { $n ->
        [one] Ha recuperado su borrador ({ $when }), { $n } línea:
       *[other] Ha recuperado su borrador ({ $when }), { $n } líneas:
    }
plain-thrown-away = Descartado.
plain-thread-started = Hilo { $thread } iniciado.
plain-reply-posted = Respuesta publicada como publicación { $post }.
plain-post-edited = Publicación { $post } editada: la versión anterior se conserva en su historial.
plain-first-posts-reviewed = Las primeras publicaciones de los miembros nuevos se revisan: la suya está en la cola.
plain-not-posted = No se ha publicado: { $error }. Escriba más líneas y luego un punto; o cancel.
plain-message-sent = Mensaje { $number } enviado en la conversación { $conversation }. l vuelve a leer la conversación, b vuelve a sus mensajes.
plain-not-sent = No se ha enviado: { $error }. Escriba más líneas y luego un punto; o cancel.
plain-events-heading = Próximos eventos, { $n }, en su zona horaria:
plain-events-you-are = { $answer ->
        [going] usted asistirá
       *[interested] le interesa
    }
plain-events-hint = Escriba el número de un evento para leerlo, o b para volver.
plain-event-head = { $title }. Tipo: { $kind }; organiza: { $organizer }.
plain-event-when = Del { $from } al { $to }, en su hora.
plain-event-when-organizer = Del { $from } al { $to } en { $zone }, la hora del organizador.
plain-event-where = Dónde: { $place }.
plain-event-online = En línea: { $link }
plain-event-deadline = Plazo de envío: { $date }.
plain-item-strategy = Estrategia: { $stream }.
plain-item-region = Región: { $region }.
plain-item-competencies = Competencias: { $list }.
plain-item-for = Para: { $list }.
plain-event-hint = Escriba y si asistirá, i si le interesa (de nuevo para retirarlo), o b para volver.
plain-events-answered = { $answer ->
        [going] Asistirá. { $going } asistirán, { $interested } interesados.
       *[interested] Le interesa. { $going } asistirán, { $interested } interesados.
    }
plain-jobs-heading = { $n ->
        [one] Empleos y oportunidades abiertos, { $n } elemento:
       *[other] Empleos y oportunidades abiertos, { $n } elementos:
    }
plain-jobs-line = { $title }, { $kind } en { $organization }, { $place }; cierra el { $date }
plain-item-number-hint = Escriba el número de un elemento para leerlo, o b para volver.
plain-job-head = { $title }. Tipo: { $kind }, en { $organization }, { $place }.
plain-job-closes = Cierra el { $date }.
plain-job-closes-closed = Cierra el { $date } (cerrado).
plain-job-how-to-apply = Cómo postularse: { $how }
plain-back-hint = Escriba b para volver.
plain-library-heading = { $n ->
        [one] La biblioteca, { $n } entrada, las más nuevas primero:
       *[other] La biblioteca, { $n } entradas, las más nuevas primero:
    }
plain-library-no-strategy = sin estrategia indicada
plain-library-hint = Escriba el número de una entrada para leerla, o b para volver.
plain-entry-kind-practice = práctica: { $level }
plain-entry-head = { $title }. Tipo: { $kind }.
plain-entry-by = De { $authors }, { $year }, en { $language }.
plain-entry-setting = Contexto: { $setting }.
plain-entry-level = Nivel { $level } desde el { $day }, fijado por { $by }: { $reason }
plain-entry-text = Texto:
plain-entry-files = Archivos: { $files }.
plain-entry-read-discussion-hint = Escriba d para leer su debate, o b para volver.
plain-entry-start-discussion-hint = Escriba d para iniciar su debate, o b para volver.
plain-entry-sign-up-to-discuss = Nadie lo ha debatido todavía. Regístrese para empezar: escriba s.
plain-entry-new-thread = Un hilo nuevo en { $community }, titulado «{ $title }». Su primera publicación empieza así:
plain-news-heading = { $n ->
        [one] Noticias del comité editorial y de los miembros, { $n } elemento:
       *[other] Noticias del comité editorial y de los miembros, { $n } elementos:
    }
plain-news-hint-member = Escriba el número de un elemento para leerlo, submit para proponer una noticia o una entrada de blog, o b para volver.
plain-news-withdrawn = { $title }. Retirada por el comité editorial el { $day }: { $reason }
plain-news-committee-hint = correct la modifica, withdraw la retira.
plain-multiple-streams = Varios ejes
plain-search-heading = { $n ->
        [one] Búsqueda de { $words }: { $n } resultado.
       *[other] Búsqueda de { $words }: { $n } resultados.
    }
plain-search-hint = Escriba el número de un resultado para abrirlo, o b para volver.
plain-learning-guest = Para su aprendizaje: regístrese (s) y luego marque en su perfil las competencias que está desarrollando.

plain-learning-no-competencies = Para su aprendizaje: su perfil aún no indica ninguna competencia. Escriba edit profile para marcar las que está desarrollando.
plain-learning-heading = Para su aprendizaje ({ $competencies }): { $events } y { $entries }.
plain-count-upcoming-events = { $n ->
        [one] { $n } próximo evento
       *[other] { $n } próximos eventos
    }
plain-count-library-entries = { $n ->
        [one] { $n } entrada de la biblioteca
       *[other] { $n } entradas de la biblioteca
    }
plain-learning-events = Eventos, primero las formaciones:
plain-learning-event = { $day }, { $kind }: { $title }; desarrolla { $competencies }
plain-learning-library = Biblioteca:
plain-learning-entry = { $kind }: { $title }; desarrolla { $competencies }
plain-number-hint = Escriba un número para abrirlo, o b para volver.
plain-strategies-heading = Las estrategias del marco:
plain-strategies-hint = Escriba strategy y un número para leer su página.
plain-strategies-hint-committee = Escriba strategy y un número para leer su página, o coverage para ver las prácticas por estrategia, región y nivel.
plain-strategy-usage = Escriba strategy y un número del 1 al { $n }: strategies las muestra.
plain-communities-line = Comunidades: { $names }.
plain-strategy-resources = Recursos de la biblioteca
plain-strategy-practices = Prácticas, por nivel
plain-strategy-events = Próximos eventos
plain-strategy-jobs = Empleos abiertos
plain-strategy-job = { $title } en { $organization }
plain-coverage-heading = Prácticas por estrategia y región de la OMS (AFR, AMR, SEAR, EUR, EMR, WPR, Mundial); un vacío se lee como ninguna.
plain-coverage-count = { $n } { $level }
plain-none = ninguna
plain-notices-heading = Notificaciones, { $unread } sin leer de { $n }, las más recientes primero:
plain-notices-new = nueva:
plain-notices-hint = Escriba un número para abrirla (así queda marcada como leída), read all para marcar todas como leídas, o b para volver.
plain-people-heading = { $n ->
        [one] Personas: { $n } miembro, por organización:
       *[other] Personas: { $n } miembros, por organización:
    }
plain-people-hint = Escriba un número para leer la página de un miembro, people WORDS para acotar la lista, o b para volver.
plain-member-head = { $name } ({ $username }), { $organization }, { $region }, zona horaria { $zone }.
plain-member-recent = Publicaciones recientes, { $n }:
plain-member-post = En { $thread }: { $opening }
plain-member-hint = Escriba un número para leer el hilo de esa publicación, o b para volver.
plain-watch-needs-thread = Abra primero un hilo: watch y unwatch se aplican a él.
plain-watching = Siguiendo: recibirá aviso de las nuevas publicaciones de este hilo.
plain-not-watching = Ya no sigue este hilo.
plain-read-all-needs-place = Abra primero una comunidad o sus notificaciones (!): read all marca como leído lo que muestran.
plain-messages-heading = Sus conversaciones privadas, { $n }, { $unread } sin leer:
plain-messages-unread = (sin leer)
plain-messages-line = Con { $names }: { $about } { $messages }, el último { $when }.
plain-messages-none = Todavía ninguna.
plain-messages-hint = Escriba un número para leer una; message NAMES escribe a miembros (message committee, al comité editorial); messages WORDS busca en ellas.
plain-conversation-head = Conversación { $id }: { $about } Con { $names }.
plain-conversation-earlier = { $n ->
        [one] { $n } mensaje anterior no se muestra: older muestra { $more } más.
       *[other] { $n } mensajes anteriores no se muestran: older muestra { $more } más.
    }
plain-conversation-message = Mensaje { $number }, de { $author }, { $when }:
plain-conversation-message-new = Mensaje { $number } (nuevo), de { $author }, { $when }:
plain-conversation-reported = Denunciado: mensaje { $number } de { $author }, { $when }, que decía:
plain-conversation-reason-given = El motivo indicado:
plain-conversation-hint = Escriba write para responder; report N REASON envía el mensaje N al comité; block NAME impide que alguien le escriba; b vuelve a sus mensajes.
plain-messages-found = { $n ->
        [one] { $n } mensaje en sus conversaciones para «{ $words }»:
       *[other] { $n } mensajes en sus conversaciones para «{ $words }»:
    }
plain-messages-found-line = Conversación { $id }, mensaje { $number } de { $author }: { $first }
plain-messages-found-hint = Escriba un número para leer esa conversación, o b para volver.
plain-not-searched = No se ha buscado: { $error }.
plain-messages-guests = Los invitados no pueden escribir mensajes: regístrese primero (escriba s).
plain-message-needs-whom = 'message' necesita a quién escribir: nombres de miembros, o committee.
plain-not-now = Ahora no: { $error }.
plain-message-write = Escriba su mensaje línea a línea. Una línea con solo un punto (.) lo envía; cancel lo descarta.
plain-message-no-member = Ningún miembro se llama { $name }: people los muestra.
plain-not-started = No se ha iniciado: { $error }.
plain-message-write-to = Escriba a { $names } línea a línea. Una línea con solo un punto (.) lo envía; cancel lo descarta.
plain-write-needs-conversation = Abra primero una conversación (messages y luego su número): write responde en ella.
plain-report-needs-conversation = Abra primero una conversación: report N REASON envía su mensaje N al comité.
plain-report-usage = report necesita un número de mensaje y luego el motivo: report 2 me pide la contraseña
plain-reported = Denunciado: el comité lee ese mensaje y su motivo, nada más. Su respuesta llegará en la conversación { $id } (messages).
plain-not-reported = No se ha denunciado: { $error }.
plain-block-nobody = No bloquea a nadie.
plain-block-list = Bloquea a: { $names }. unblock NAME permite que alguien vuelva a escribirle.
plain-blocked = { $name } bloqueado: ya no le llegan sus mensajes, menciones ni respuestas.
plain-not-blocked = No se ha bloqueado: { $error }.
plain-unblocked = { $name } desbloqueado: puede volver a escribirle.
plain-not-blocking = No había bloqueado a { $name }.
plain-older-needs-conversation = Abra primero una conversación: older muestra sus mensajes anteriores.
plain-unread-conversations = { $n ->
        [one] Tiene { $n } conversación con mensajes sin leer: escriba messages.
       *[other] Tiene { $n } conversaciones con mensajes sin leer: escriba messages.
    }
plain-flag-usage = Escriba flag, el número de la publicación y un motivo: spam, off-topic (fuera de tema), inappropriate (inapropiada), u other y una nota (flag 12 other repite un anuncio).
plain-membership-needs-community = Abra primero una comunidad, o escriba { $verb } y su nombre corto o su número en la lista de inicio.
plain-no-number-here = Aquí no hay ningún número { $n }.
plain-already-member = Ya es miembro de { $name }.
plain-not-member = No es miembro de { $name }.
plain-joined-community = Se ha unido a { $name }.
plain-left-community = Ha dejado { $name }.
plain-not-done = No se ha hecho: { $error }.
plain-not-a-reason = «{ $reason }» no es un motivo.
plain-flagged = Publicación { $post } denunciada como { $reason }: el comité editorial la examinará.
plain-not-flagged = No se ha denunciado: { $error }.
plain-committee-waiting = { $n ->
        [one] { $n } envío pendiente de revisión (escriba queue)
       *[other] { $n } envíos pendientes de revisión (escriba queue)
    }
plain-committee-flagged = { $n ->
        [one] { $n } publicación denunciada pendiente de decisión (escriba flags)
       *[other] { $n } publicaciones denunciadas pendientes de decisión (escriba flags)
    }
plain-committee-line = Para el comité editorial: { $parts }.
plain-edit-needs-thread = Abra primero un hilo: e edita una de sus publicaciones en él.
plain-editing = Edición de la publicación { $post }. Su texto actual:
plain-editing-hint = Escriba el nuevo texto línea a línea; una línea con solo un punto (.) lo guarda en lugar del anterior, cancel conserva el anterior.
plain-edit-not-yours = La publicación { $post } no es suya: no puede editarla.
plain-delete-needs-thread = Abra primero un hilo: d borra una de sus publicaciones en él.
plain-delete-question = ¿Borrar la publicación { $post }? Las respuestas que tiene conservan su lugar. Escriba yes para borrarla, cualquier otra cosa para conservarla.
plain-kept = Se conserva.
plain-post-deleted = Publicación { $post } borrada.
plain-not-deleted = No se ha borrado: { $error }.
plain-submissions-none = Todavía no ha enviado nada al comité editorial.
plain-submissions-heading = { $n ->
        [one] Sus envíos, { $n } en total, los más nuevos primero:
       *[other] Sus envíos, { $n } en total, los más nuevos primero:
    }
plain-submission-line = { $id }, { $kind } «{ $title }»: { $state }
plain-submission-decision = { $name } { $action }: { $note }
plain-submissions-hint = resubmit y un número retoma un borrador o un envío devuelto.
plain-profile-guest = Los invitados no tienen perfil: escriba s para registrarse.
plain-profile-about = Sobre usted: { $bio }
plain-profile-head = { $name } ({ $username }), { $role }.
plain-profile-organization = Organización: { $organization }
plain-profile-region = Región: { $region }
plain-profile-competencies = Competencias: { $competencies }
plain-profile-time-zone = Zona horaria: { $zone }
plain-profile-keys = Claves SSH: { $n }
plain-profile-plain = Modo simple: { $setting }.
plain-profile-display = Pantalla: color { $colour }, solo ASCII { $ascii }, campana { $bell }.
plain-profile-hint = plain on, plain off o plain auto fija el modo simple para sus próximas conexiones; el resto del perfil se edita en el modo de pantalla completa (g, luego y).
plain-set-plain-usage = Escriba plain on, plain off o plain auto.
plain-settings-guest = Los invitados no tienen ajustes: escriba s para registrarse.
plain-saved-never = Guardado: su próxima conexión abrirá el foro en pantalla completa.
plain-saved-always = Guardado: todas las conexiones se abren en modo simple.
plain-saved-automatic = Guardado: modo simple cuando su terminal no pueda dibujar pantallas (TERM=dumb).
plain-not-saved = No se ha guardado: { $error }.
exec-profile-guest = los invitados no tienen perfil: regístrese primero
exec-joined-community = Se ha unido a { $community }.
exec-left-community = Ha dejado { $community }.
exec-watching-thread = Siguiendo el hilo { $thread }: recibirá aviso de cada nueva publicación en él.
exec-not-watching-thread = Ya no sigue el hilo { $thread }.
exec-post-deleted = Publicación { $post } borrada; sus respuestas se mantienen.
exec-flag-give-reason = indique un motivo: spam, off-topic, inappropriate, u other y una nota
exec-post-flagged = Publicación { $post } denunciada como { $reason }: el comité editorial la examinará.
exec-bookmark-taken-away = Marcador de la publicación { $post } quitado.
exec-post-not-bookmarked = La publicación { $post } no estaba guardada en marcadores.
exec-post-bookmarked-remind = Publicación { $post } guardada en marcadores; recibirá un recordatorio el { $day }.
exec-post-bookmarked = Publicación { $post } guardada en marcadores.
exec-not-a-reaction = '{ $typed }' no es una reacción: thanks, +1 o insightful
exec-reaction-given = Reacción { $reaction } dada a la publicación { $post } ({ $n } en total).
exec-reaction-taken-back = Reacción { $reaction } retirada de la publicación { $post } (quedan { $n }).
exec-latest-none-joined = Todavía no se ha unido a ninguna comunidad: join COMMUNITY (communities las muestra).
exec-latest-news-since = { $n ->
        [one] { $n } hilo con novedades desde su última visita ({ $since })
       *[other] { $n } hilos con novedades desde su última visita ({ $since })
    }
exec-admin-dump-not-text = el volcado no es texto
exec-admin-lifted-reason = levantado antes de tiempo por el comité
exec-admin-lifted = { $name } puede volver a publicar e iniciar sesión
exec-admin-members-only = { $community } solo la pueden leer los miembros
exec-admin-public = { $community } la puede leer todo el mundo
exec-admin-now = { $name }: ahora { $state }
exec-admin-sanction = { $until }: { $reason }
exec-admin-not-a-date = '{ $text }' no es una fecha: use YYYY-MM-DD, como 2026-11-01
exec-filter-unknown-kind = tipo desconocido '{ $value }' (uno de: { $names })
exec-filter-unknown-region = región desconocida '{ $value }' (una de: { $names })
exec-filter-unknown-strategy = estrategia desconocida '{ $value }' (una de: { $names })
exec-filter-unknown-competency = competencia desconocida '{ $value }' (una de: { $names })
exec-filter-unknown-audience = público desconocido '{ $value }' (uno de: { $names })
exec-filter-month = escriba el mes como 2027-01, no '{ $value }'
exec-edited-by-committee = editado por el comité editorial: { $note }
exec-entry-text = texto de la entrada { $id } de la biblioteca
exec-entry-text-or-files = texto o archivos de la entrada { $id } de la biblioteca (se lee en el enlace que indica)
exec-older-conversations = { $n ->
        [one] ({ $n } conversación más antigua no aparece; messages --search WORDS la encuentra)
       *[other] ({ $n } conversaciones más antiguas no aparecen; messages --search WORDS las encuentra)
    }
exec-conversation-head = Conversación { $id }: { $about }
exec-conversation-with = Con: { $names }
exec-earlier-messages = { $n ->
        [one] ({ $n } mensaje anterior: conversation { $id } --all)
       *[other] ({ $n } mensajes anteriores: conversation { $id } --all)
    }
exec-reported-message = Denunciado: mensaje #{ $number } de la conversación { $conversation }, de { $author }, el { $at }:
exec-report-why = Motivo:
exec-reported = Denunciado al comité editorial: la conversación { $conversation } contiene el mensaje y su respuesta.
exec-blocked = { $name } bloqueado: ya no le llegan sus mensajes, menciones ni respuestas.
exec-unblocked = { $name } desbloqueado.
exec-had-not-blocked = No había bloqueado a { $name }.
exec-guest-sign-up = { $why }; para registrarse, conéctese sin comando ({ $ssh }) y pulse s
exec-for-me-sign-up-first = --for-me muestra lo que desarrolla las competencias de su perfil: regístrese primero
exec-for-me-no-competencies = --for-me muestra lo que desarrolla las competencias de su perfil, y el suyo no indica ninguna: márquelas en su perfil (en la pantalla completa: g, luego y y luego e; en el modo simple: edit profile)
exec-with-usage = { $why } (uso: { $usage })
exec-fixed-get-file = 'get ENTRY_ID FILE' envía el archivo tal cual
exec-fixed-events-ics = 'events.ics' es un canal iCalendar
exec-fixed-feed = 'feed' es un canal Atom
exec-fixed-policy = 'policy' es el texto de la política editorial
exec-fixed-admin-export = 'admin export' son las líneas JSON propias del foro
exec-json-does-not-apply = { $what }: --json no se aplica
exec-not-an-order = '{ $typed }' no es un orden: activity, newest o replies
exec-filter-unknown-language = idioma desconocido '{ $value }' (uno de: { $names })
exec-filter-since = --since admite un día, p. ej., 2026-01-31
exec-strategy-unknown = estrategia desconocida '{ $value }': una de { $names }


# Content languages and translations
plain-written-in = Escrito en { $name }, según la detección. Si no: language { $post } { $code } (u otro código: en fr es ru zh ar).
plain-language-unknown = No se pudo detectar su idioma con tan poco texto; indíquelo: language { $post } CÓDIGO (en fr es ru zh ar).
plain-translate-open-first = Abra primero una ficha de la biblioteca o una noticia.
plain-proposing-translation-language = ¿A qué idioma?
plain-proposing-translation-title = ¿El título, traducido?
plain-proposing-translation-text = ¿El texto, traducido (un párrafo por línea; una línea vacía termina)?
plain-language-code-takes = Indique un idioma por su código: en, fr, es, ru, zh o ar.
plain-not-in-language = No está en { $name }: aún no hay traducción. translate propone una.
plain-languages-line = Idiomas: { $languages }. in CÓDIGO para leer en otro (in en).
plain-language-takes = language recibe un número de publicación y un código (language 12 fr), o en una ficha, noticia o evento abiertos, un código (language fr).
plain-language-set = Su idioma es ahora: { $name }.
plain-first-none = Las listas vuelven a su orden habitual.
plain-first-set = Lo escrito en { $names } aparece ahora primero en las listas.
plain-item-written-in = Escrito en { $name }.
plain-first-note = (Lo escrito en { $names } va primero; first none lo deshace.)
