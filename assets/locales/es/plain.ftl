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
