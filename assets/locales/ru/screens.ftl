### Экраны полноэкранного режима: заголовки, вступления, формы и их тексты.

## Вид (профиль, v)
display-title = Вид
display-intro = Как Stoa выглядит у вас на любом компьютере, с которого вы подключаетесь. ← → — выбор; Ctrl-S сохраняет и сразу применяет.
display-language = Язык
display-language-hint = автоматически: язык, указанный в локали терминала (LANG), иначе английский
display-language-automatic = автоматически ({ $name })
language-partial = { $name } (частично: { $missing } на английском)
display-colour = Цвет
display-colour-hint = автоматически: цвет, если терминал его поддерживает и не передаёт NO_COLOR
display-ascii = Только ASCII
display-ascii-hint = автоматически: только для старых терминалов и локалей не в UTF-8
display-plain = Простой режим
display-plain-hint = строки текста и нумерованные варианты, для экранных дикторов; со следующего подключения
display-bell = Звонок
display-bell-hint = звуковой сигнал терминала при новом уведомлении; автоматически: включён
display-saved = Вид сохранён: он действует, откуда бы вы ни подключались.
setting-automatic = автоматически
setting-always = всегда
setting-never = никогда

## Главная
home-title = Главная
home-title-guest = Добро пожаловать
home-guest-notice = Вы просматриваете форум как гость. Нажмите s, чтобы зарегистрироваться: это займёт минуту, а ключ, с которым вы подключились, станет вашим логином. Уже участник? Подключитесь с ключом, который вы зарегистрировали, или с паролем:
home-welcome = Добро пожаловать, { $name }
home-committee-work = Редакционный комитет: на рассмотрении — { $queue }, { $flags ->
        [one] { $flags } сообщение с жалобой
        [few] { $flags } сообщения с жалобами
       *[many] { $flags } сообщений с жалобами
    } · g, затем m
home-latest-news = Последние новости (g n)
home-public-communities = Открытые сообщества ({ $n }): g, затем c — описание каждого
home-communities-none-joined = Сообщества ({ $n }): J — вступить в выбранное
home-your-communities = Ваши сообщества ({ $n }), затем остальные
home-community-new = { $n } нов.
home-jobs-open = { $n ->
        [one] { $n } открытая вакансия (g j)
        [few] { $n } открытые вакансии (g j)
       *[many] { $n } открытых вакансий (g j)
    }
home-next-event = Следующее мероприятие { $when }:{" "}
home-demo = [demo] — иллюстративные демонстрационные материалы с вымышленными людьми
home-demo-admin = [demo] — иллюстративные демонстрационные материалы; администратор: stoa admin remove-demo

## Регистрация
signup-language-hint = ← → выбрать; позже его меняют в разделе «Вид» профиля (v)
signup-username = Имя пользователя
signup-display-name = Отображаемое имя
signup-display-name-hint = ваше имя, каким его увидят другие участники
signup-organization = Организация
signup-organization-hint = где вы работаете; оставьте пустым, если вы независимый специалист
signup-region = Регион ВОЗ
signup-region-hint = ← → выбрать
signup-time-zone = Часовой пояс
signup-time-zone-hint = например, Africa/Nairobi, America/Lima, Asia/Manila, Europe/Lisbon
signup-policy = Редакционная политика
signup-policy-accept = Я прочитал(а) и принимаю редакционную политику
signup-policy-hint = Enter — прочитать, Space — отметить

## Справка (?)
help-title = Справка: { $about }
help-keys-on = Клавиши: { $about }
help-everywhere = Везде

## Сообщества (g c)
communities-title = Сообщества
count-members = { $n ->
        [one] { $n } участник
        [few] { $n } участника
       *[many] { $n } участников
    }
count-threads = { $n ->
        [one] { $n } тема
        [few] { $n } темы
       *[many] { $n } тем
    }
count-posts = { $n ->
        [one] { $n } сообщение
        [few] { $n } сообщения
       *[many] { $n } сообщений
    }
count-replies = { $n ->
        [one] { $n } ответ
        [few] { $n } ответа
       *[many] { $n } ответов
    }

## Темы сообщества
threads-sign-up-to-start = Зарегистрируйтесь, чтобы создавать темы: нажмите g, затем u.
threads-nothing-unread = Здесь нет непрочитанного.
threads-marked-read = { $n ->
        [one] { $n } тема отмечена прочитанной.
        [few] { $n } темы отмечены прочитанными.
       *[many] { $n } тем отмечено прочитанными.
    }
threads-order = Темы: { $order } (ещё раз O — другой порядок).
order-activity = сначала с недавней активностью
order-newest = сначала новые темы
order-replies = сначала с наибольшим числом ответов
threads-sign-up-to-take-part = зарегистрируйтесь, чтобы участвовать
threads-you-are-a-member = вы участник
threads-j-to-join = J — вступить
threads-unread = непрочитанных: { $n }
threads-none-yet-start = Тем пока нет. Нажмите n, чтобы создать первую.
threads-none-yet = Тем пока нет.
threads-could-not-read = Не удалось прочитать темы: { $error }
threads-column-thread = Тема
threads-column-started-by = Автор
threads-column-replies = Ответы
threads-column-re = Отв.
threads-column-last-post = Посл. сообщ.

## Тема
thread-new-posts = новых: { $n } (u)
thread-started-by = автор: { $name }
thread-pinned = закреплена
thread-locked = закрыта: новые ответы не принимаются
thread-edited-by-committee = Изменено редакционным комитетом: { $note }
thread-folded = { $n ->
        [one] { $n } ответ свёрнут: Enter показывает его
        [few] { $n } ответа свёрнуты: Enter показывает их
       *[many] { $n } ответов свёрнуто: Enter показывает их
    }

thread-watching = вы следите
post-hidden-by = скрыто ({ $by }): { $reason }
post-hidden-by-committee-because = скрыто редакционным комитетом: { $reason }
post-hidden-by-committee = скрыто редакционным комитетом
post-edited = изменено
post-new = новое

## Тема: что сообщают её клавиши
thread-sign-up-to-watch = Зарегистрируйтесь, чтобы следить за темами: нажмите g, затем u.
thread-now-watching = Вы следите за темой: о новых сообщениях в ней придут уведомления (g !).
thread-no-longer-watching = Вы больше не следите за темой: уведомления будут приходить только об ответах вам и упоминаниях.
thread-nothing-to-fold = Под этим сообщением нет ответов, которые можно свернуть.
thread-no-unread-left = В этой теме не осталось непрочитанных сообщений.
thread-sign-up-to-reply = Зарегистрируйтесь, чтобы отвечать: нажмите g, затем u.
thread-is-locked = Эта тема закрыта: новые ответы не принимаются.
thread-reply-to-deleted = Это сообщение удалено: ответьте на другое сообщение в теме.
thread-nothing-to-quote = Сейчас нечего цитировать.
thread-sign-up-to-bookmark = Зарегистрируйтесь, чтобы сохранять закладки: нажмите g, затем u.
thread-bookmark-removed = Закладка убрана.
thread-bookmarked = Добавлено в закладки: g b — список закладок, там e задаёт день напоминания.
thread-edit-only-own = Изменять можно только свои сообщения.
thread-post-was-deleted = Это сообщение удалено.
sign-up-to-take-part = Зарегистрируйтесь, чтобы участвовать: нажмите g, затем u.
thread-already-deleted = Это сообщение уже удалено.
thread-delete-only-own = Удалять можно только свои сообщения.
thread-delete-own-question = Удалить ваше сообщение? Оно будет отмечено как удалённое, а ответы на него останутся на месте.
thread-delete-as-committee-question = Удалить сообщение этого участника от имени редакционного комитета? Оно будет отмечено как удалённое.
thread-sign-up-to-react = Зарегистрируйтесь, чтобы оставлять реакции: нажмите g, затем u.
member-pages-for-members = Страницы участников доступны только участникам: зарегистрируйтесь через g, затем u.

thread-sign-up-to-flag = Зарегистрируйтесь, чтобы жаловаться на сообщения: нажмите g, затем u.
thread-flag-own-post = Это ваше собственное сообщение: вместо жалобы измените или удалите его.
thread-flag-not-shown = Это сообщение больше не показывается: жаловаться не на что.
thread-hide-deleted = Это сообщение удалено: скрывать нечего.

quote-heading = **{ $name }** (сообщение { $post }):
thread-posts-to-quote = { $n ->
        [one] { $n } сообщение для цитирования: r — ответить с ним; в ответе удалите ненужные строки.
        [few] { $n } сообщения для цитирования: r — ответить с ними; в ответе удалите ненужные строки.
       *[many] { $n } сообщений для цитирования: r — ответить с ними; в ответе удалите ненужные строки.
    }

post-by = Сообщение { $post }, автор: { $name }

## Редактор: новая тема, ответ, изменение, личное сообщение
composer-new-thread-in = Новая тема в сообществе { $name }
composer-reply-to = Ответ участнику { $name }
composer-reply = Ответ
composer-new-thread-about-entry = Новая тема в сообществе { $name } об этом материале библиотеки
composer-new-thread = Новая тема
composer-edit = Изменение
composer-message-to = Личное сообщение: { $names }
composer-message = Личное сообщение
composer-new-conversation = Новая личная переписка
composer-edit-as-committee = Изменение сообщения участника { $name } от имени редакционного комитета
composer-edit-your-post = Изменение вашего сообщения
composer-to = Кому
composer-to-hint = имена участников через пробел; committee — редакционный комитет
composer-subject = Тема письма
composer-subject-hint = о чём речь, в нескольких словах (можно оставить пустым)
composer-title = Заголовок
composer-title-hint = о чём тема, в нескольких словах; Tab — перейти к сообщению
composer-note = Примечание
composer-note-hint = почему комитет вносит изменение: показывается вместе с сообщением
composer-message-field = Сообщение
composer-post-field = Сообщение
composer-body-hint = *курсив* **жирный** `код` - списки > цитаты [текст](ссылка) @имя
composer-esc-goes-back = Esc — назад.
composer-draft-back-posts = Ваш черновик от { $when } восстановлен. Ctrl-S публикует его; Esc позволяет сохранить или удалить его.
composer-draft-back-saves = Ваш черновик от { $when } восстановлен. Ctrl-S сохраняет его; Esc позволяет сохранить или удалить его.
composer-draft-back-sends = Ваш черновик от { $when } восстановлен. Ctrl-S отправляет его; Esc позволяет сохранить или удалить его.
composer-ctrl-s-posts = Ctrl-S — опубликовать. Esc — выйти: написанное можно сохранить как черновик.
composer-ctrl-s-saves = Ctrl-S — сохранить. Esc — выйти: написанное можно сохранить как черновик.
composer-ctrl-s-sends = Ctrl-S — отправить. Esc — выйти: написанное можно сохранить как черновик.
composer-reply-posted = Ответ опубликован.
composer-message-sent = Сообщение отправлено.
composer-conversation-started = Сообщение отправлено: его читают только участники переписки.
composer-post-edited = Сообщение изменено: прежняя версия сохранена в его истории.
composer-thread-started = Тема создана.

## Уведомления (g !)
notifications-title = Уведомления
notifications-marked-read = { $n ->
        [one] { $n } уведомление отмечено прочитанным.
        [few] { $n } уведомления отмечены прочитанными.
       *[many] { $n } уведомлений отмечено прочитанными.
    }
notifications-about = Ответы, упоминания, отслеживаемые темы, решения и оповещения; сначала новые.
alerts-about = О новых мероприятиях и вакансиях, подходящих под эти фильтры, придут уведомления. На доске: F, затем a.
notifications-none = Пока ничего нет. Вы будете узнавать об ответах на ваши сообщения, упоминаниях вас (@имя), новых сообщениях в темах, за которыми следите (w), и решениях по вашим заявкам.
alerts-none = Оповещений нет. На доске мероприятий или вакансий задайте фильтр через F, затем нажмите a.
notice-kind-reply = ответ
notice-kind-mention = упоминание
notice-kind-watched = отслеживаемое
notice-kind-decision = решение
notice-kind-alert = оповещение
notice-kind-message = личное
notice-kind-reaction = реакция
notice-kind-reminder = напоминание

notifications-tab = Уведомления (непрочитанных: { $n })
alerts-tab = Оповещения ({ $n })
composer-placeholder = Пишите здесь. Enter начинает новую строку; Ctrl-S отправляет.
composer-wrote = { $name } пишет:
search-language-hint = написанное на нём (как указал автор или как определено)
