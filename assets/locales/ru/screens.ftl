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

## Round 5: the other screens, and what notifications say
conversations-title = Личные сообщения
conversations-about = { $n ->
        [one] { $n } переписка
        [few] { $n } переписки
       *[many] { $n } переписок
    } · непрочитанных: { $unread }. Переписку читают только её участники.
conversations-find = Найти: { $words }_  (Enter — найти, Esc — закончить)
conversations-found = { $n ->
        [one] { $n } сообщение
        [few] { $n } сообщения
       *[many] { $n } сообщений
    } по запросу «{ $words }» (Esc — все переписки)
conversations-numbered = переписка { $id }
conversations-none = Переписок пока нет. Нажмите n, чтобы написать участникам или редакционному комитету (Кому: committee); на странице участника D — написать ему.
conversations-yourself = вы сами
conversations-messages = { $n ->
        [one] { $n } сообщение
        [few] { $n } сообщения
       *[many] { $n } сообщений
    }
conversations-a-report = жалоба
conversations-older = { $n ->
        [one] { $n } более ранняя переписка не показана: F находит слова в ней.
        [few] { $n } более ранние переписки не показаны: F находит слова в них.
       *[many] { $n } более ранних переписок не показано: F находит слова в них.
    }
conversations-new = новое
conversations-reported = Жалоба на сообщение #{ $number } (автор: { $author }, { $when }):
conversations-why = Причина:
conversations-title-about = Личные сообщения: { $about }
conversations-conversation = Переписка { $id }
conversations-report-own = Это ваше сообщение: пожаловаться можно только на чужие.
conversations-report-committee = Это ответ комитета: вместо жалобы напишите ему здесь.
conversations-message-from = Сообщение #{ $number }, автор: { $author }
conversations-block-own = Это ваше сообщение: чтобы заблокировать участника, выберите его сообщение.
conversations-committee-does-not-block = Комитет не блокирует участников, которые ему пишут: при необходимости заглушите их на вкладке участников.
conversations-committee-cannot-be-blocked = Редакционный комитет нельзя заблокировать: его ответы доходят до участников, которые ему пишут.
conversations-all-shown = Все сообщения уже показаны.
conversations-with = Собеседники: { $names }
conversations-earlier = более ранних: { $n } (o)
conversations-unblocked = { $name } снова может связаться с вами.
conversations-blocked = Вы заблокировали { $name }: сообщения, упоминания и ответы этого участника больше до вас не доходят (повторное B снимает блокировку).
reading-whats-new = Что нового
reading-latest = Последние
reading-unread = Непрочитанные
reading-nothing-unread = В ваших сообществах нет непрочитанного.
reading-nothing-yet = Пока ничего нет: вступите в сообщества (g c, затем J), чтобы следить за ними здесь.
reading-about-none-joined = Последние темы сообществ, в которые вы вступите.
reading-about-unread = Темы с непрочитанными сообщениями в сообществах, в которые вы вступили.
reading-about-since = { $n ->
        [one] { $n } тема с новыми сообщениями после вашего последнего визита ({ $when }).
        [few] { $n } темы с новыми сообщениями после вашего последнего визита ({ $when }).
       *[many] { $n } тем с новыми сообщениями после вашего последнего визита ({ $when }).
    }
reading-about-joined = Последние темы сообществ, в которые вы вступили.
reading-bookmarks = Закладки
reading-bookmarks-about = Сохранённые вами сообщения. В теме K добавляет выбранное сообщение в закладки.
reading-bookmarks-none = Закладок пока нет.
reading-remind = напомнить { $day }
reading-post = сообщение { $post }
reading-remind-on = Напомнить
reading-remind-hint = день, например 2026-12-01; пусто — без напоминания
reading-reminder-title = Напоминание о сообщении { $post }
reading-field-needs-attention = Одно поле требует внимания: см. пояснение под ним.
reading-reminded-on = Напоминание придёт { $day }.
reading-no-reminder = Напоминание не задано.
reading-reminder-intro = В этот день (по вашему часовому поясу) уведомление вернёт вас к сообщению.
history-title = История сообщения { $post }
history-never-edited = Сообщение { $post } (автор: { $name }) ни разу не изменялось.
history-earlier-versions = { $n ->
        [one] Сообщение { $post } (автор: { $name }): { $n } предыдущая версия, сначала новые.
        [few] Сообщение { $post } (автор: { $name }): { $n } предыдущие версии, сначала новые.
       *[many] Сообщение { $post } (автор: { $name }): { $n } предыдущих версий, сначала новые.
    }
history-now-edited = Сейчас (изменено { $when })
history-now-written = Сейчас (написано { $when })
history-version = Версия { $n } (заменена { $when })
history-some-let-go = Хранятся только первая версия и { $kept } последних.
react-none-yet = Реакций пока нет.
react-reaction = Реакция
react-hint = ← → — выбор; Ctrl-S — отправить реакцию или отменить свою
react-title = Реакция на сообщение { $post }
react-given = Реакция «{ $reaction }» отправлена: автор узнает о ней.
react-taken-back = Реакция «{ $reaction }» отменена.
react-intro = Реакция — способ поблагодарить без ответа, когда связь медленная.
react-thanks = спасибо
react-plus-one = +1
react-insightful = полезно
post-number-hint = от 1 до { $n }
post-number-post = Сообщение
post-number-title = Перейти к сообщению
post-number-out-of-range = число от 1 до { $n }
post-number-field-needs-attention = Одно поле требует внимания: см. пояснение под ним.
post-number-intro = Сообщения нумеруются в том порядке, в котором их показывает тема; 1 — первое.
item-corrected = Исправлено { $day } ({ $by }): { $reason }
item-withdrawn = Снято редакционным комитетом: { $reason }
people-title = Люди
people-title-person = Люди: { $name }
people-words = Слова
people-words-hint = в имени, организации, регионе или компетенциях
people-region = Регион
people-competency = Компетенция
people-any = все
people-about = { $n ->
        [one] { $n } участник
        [few] { $n } участника
       *[many] { $n } участников
    }, по организациям. F ищет по имени, региону или компетенции.
people-about-found = { $n ->
        [one] { $n } участник
        [few] { $n } участника
       *[many] { $n } участников
    }: { $parts } · F — изменить поиск
people-nobody-matches = Никто не найден.
people-independent = независимый специалист
people-works-independently = Работает независимо
people-organization = Организация
people-region-and-zone = { $region } · часовой пояс { $zone }
people-competencies = Компетенции
people-member-since = Участник с
people-no-communities = пока ни в одном
people-communities = Сообщества
people-you-block-them = Вы заблокировали этого участника: его сообщения до вас не доходят. B — разблокировать.
people-no-posts-yet = Сообщений пока нет.
people-recent-posts = Последние сообщения
profile-title = Ваш профиль
profile-display-colour = цвет
profile-display-ascii = ASCII
profile-display-plain = простой режим
profile-display-bell = звонок
profile-display-set = { $name }: { $setting }
profile-display-all-automatic = всё автоматически, по вашему терминалу (v)
profile-display-all-set = { $settings } (v)
profile-display-some-set = { $settings }; остальное автоматически (v)
profile-only-way-to-log-in = Это ваш единственный способ входа: сначала добавьте другой ключ или задайте пароль.
profile-remove-key-question = Удалить ключ { $key }? С ним больше нельзя будет войти в вашу учётную запись.
profile-remove-session-key-question = Удалить ключ { $key }? С ним больше нельзя будет войти в вашу учётную запись. Сейчас вы вошли с этим ключом; текущий сеанс останется открытым.
profile-no-comment = (без комментария)
profile-key-added = добавлен { $date }
profile-this-session = (этот сеанс)
profile-fingerprint = Отпечаток
profile-none = (нет)
profile-region = Регион
profile-competencies = Компетенции
profile-no-competencies = (нет: e — добавить те, с которыми вы работаете)
profile-time-zone-now = { $zone } (у вас сейчас { $now })
profile-member-since = Участник с
profile-password = Пароль
profile-password-set = задан: { $command } работает с любого компьютера
profile-password-not-set = не задан: вы входите только по ключам
profile-no-bio = (пусто: e — написать несколько строк о своей работе)
profile-bio = О себе
profile-ssh-keys = SSH-ключи ({ $n })
account-organization-hint = оставьте пустым, если вы работаете независимо
account-bio = О себе
account-bio-hint = несколько строк о вашей работе; Enter начинает новую строку
account-competencies = Компетенции
account-competencies-hint = для справочника людей и подбора того, что их развивает (для вашего обучения); ← → — перемещение, Space — отметить
account-edit-profile-title = Изменить профиль
account-profile-saved = Профиль сохранён.
account-edit-profile-intro = Как вас видят другие участники. Ctrl-S — сохранить, Esc — выйти без сохранения.
account-public-key = Открытый ключ
account-public-key-hint = вставьте одну строку, например содержимое ~/.ssh/id_ed25519.pub
account-add-key-title = Добавить SSH-ключ
account-key-added = Ключ добавлен: теперь вы можете входить и с ним.
account-add-key-intro = Добавьте ключ, чтобы входить с другого компьютера. На том компьютере выполните: cat ~/.ssh/id_ed25519.pub (или создайте ключ командой ssh-keygen -t ed25519), затем вставьте строку сюда. Только открытую часть: никогда не вставляйте закрытый ключ.
account-current-password = Текущий пароль
account-new-password = Новый пароль
account-new-password-hint = { $min ->
        [one] не менее { $min } символа; несколько слов легко запомнить
        [few] не менее { $min } символов; несколько слов легко запомнить
       *[many] не менее { $min } символов; несколько слов легко запомнить
    }
account-password-again = Ещё раз
account-password-again-hint = введите его ещё раз
account-password-title = Пароль
account-password-set = Пароль задан. С другого компьютера: { $command }
account-password-intro-unset = Задайте пароль, чтобы входить с компьютера, на котором нет вашего ключа:
account-password-intro-current = Смена пароля. Вы вошли с паролем, поэтому сначала введите текущий.
account-password-intro-key = Смена пароля. Вы вошли по ключу, поэтому текущий пароль не нужен.
search-title = Поиск
search-title-asked = Поиск: { $words }
search-box = Поиск
search-box-hint = Enter — искать; ↓ — к результатам; F — уточнить
search-type-words = Введите одно-два слова для поиска.
search-about = Обсуждения, мероприятия, вакансии, библиотека, новости и участники. Работает поиск по началу слова: иммун находит «иммунизация».
search-narrowed-to = Уточнено: { $parts }.
search-results = { $n ->
        [one] { $n } результат
        [few] { $n } результата
       *[many] { $n } результатов
    } · F — уточнить
search-results-narrowed = { $n ->
        [one] { $n } результат
        [few] { $n } результата
       *[many] { $n } результатов
    } · { $parts } · F — уточнить
search-nothing-found = Ничего не найдено. Попробуйте меньше слов или более короткие слова либо меньше фильтров.
search-filter-community = в сообществе { $name }
search-filter-since = с { $day }
search-filter-language = язык: { $name }
search-kind-discussion = Обсуждения
search-kind-event = Мероприятия
search-kind-job = Вакансии и возможности
search-kind-resource = Ресурсы
search-kind-practice = Практики
search-kind-news = Новости
search-kind-member = Участники
menu-title = Перейти
menu-events = Мероприятия
menu-jobs = Вакансии и возможности
menu-library = Библиотека
menu-news = Новости
menu-strategies = Стратегии
menu-people = Люди
menu-messages = Личные сообщения
menu-whats-new = Что нового
menu-bookmarks = Закладки
menu-submissions = Мои заявки
menu-profile = Ваш профиль
menu-sign-up = Регистрация
menu-moderation = Модерация
menu-policy = Редакционная политика
confirm-title = Подтверждение
confirm-post-deleted = Сообщение удалено: ответы на него остаются на месте.
confirm-key-removed = Ключ удалён.
confirm-job-closed = Закрыто: перенесено в архив.
confirm-could-not-keep-draft = Не удалось сохранить черновик: { $error }
confirm-leave-title = Выход
confirm-leave-composer-question = Выйти из редактора? Сохраните написанное как черновик — оно вернётся, когда вы в следующий раз будете писать здесь.
events-title = Мероприятия
events-title-past = Мероприятия: прошедшие
events-title-mine = Мероприятия: мои
events-title-learning = Мероприятия: для вашего обучения
events-tab-upcoming = Предстоящие
events-tab-past = Прошедшие
events-tab-mine = Мои мероприятия
events-tab-learning = Для обучения
events-kind-conference = конференция
events-kind-call-for-papers = приём докладов
events-kind-training = обучение
events-kind-webinar = вебинар
events-kind-meeting = встреча
events-kind-other = другое мероприятие
events-place-online = онлайн
events-place-town-and-online = { $town } и онлайн
events-filter-any = все
events-filter-kind = Тип
events-filter-region = Регион
events-filter-strategy = Стратегия
events-filter-month = Месяц
events-filter-month-hint = например, 2027-01; пусто — любой месяц
events-filter-competency = Компетенция
events-filter-competency-hint = ← → — выбор: чему мероприятие помогает научиться участникам
events-filter-audience = Для кого
events-filter-audience-hint = ← → — выбор: для кого мероприятие
events-filter-for-audience = для кого: { $audience }
events-month-format = укажите месяц в виде 2027-01
events-mine-about = Мероприятия, на которые вы ответили: пойду или интересно.
events-learning-count = { $n ->
        [one] { $n } мероприятие, развивающее компетенции из вашего профиля; обучение первым. F — фильтр.
        [few] { $n } мероприятия, развивающие компетенции из вашего профиля; обучение первым. F — фильтр.
       *[many] { $n } мероприятий, развивающих компетенции из вашего профиля; обучение первым. F — фильтр.
    }
events-all-count = { $n ->
        [one] Всего { $n } мероприятие; время по вашему часовому поясу. F — фильтр.
        [few] Всего { $n } мероприятия; время по вашему часовому поясу. F — фильтр.
       *[many] Всего { $n } мероприятий; время по вашему часовому поясу. F — фильтр.
    }
events-filtered-count = { $n ->
        [one] { $n } мероприятие: { $filter } · F — изменить фильтр
        [few] { $n } мероприятия: { $filter } · F — изменить фильтр
       *[many] { $n } мероприятий: { $filter } · F — изменить фильтр
    }
events-sign-up-for-my-events = Зарегистрируйтесь, чтобы вести список мероприятий.
events-mine-none = Пока нет: откройте мероприятие и нажмите y (пойду) или i (интересно).
events-learning-no-competencies = Отметьте в профиле компетенции, которые вы развиваете (g y, e), чтобы видеть мероприятия, которые их развивают.
events-learning-none = Ни одно предстоящее мероприятие не развивает компетенции из вашего профиля.
events-none-match = Под этот фильтр не подходит ни одно мероприятие.
events-none-yet = Мероприятий пока нет. Нажмите n, чтобы предложить мероприятие.
events-withdrawn-by-committee = снято комитетом
events-going-interested = пойдут: { $going }, интересно: { $interested }
events-deadline-mark = срок { $date }
events-sign-up-to-save-alerts = Зарегистрируйтесь, чтобы сохранять оповещения: нажмите g, затем u.
events-alert-saved = Оповещение сохранено ({ $alert }): о новых совпадениях придут уведомления. Оно находится в разделе g, затем !.
events-sign-up-to-submit = Зарегистрируйтесь, чтобы предлагать материалы на доски: нажмите g, затем u.
events-withdraw-about = Мероприятие «{ $title }», автор: { $name }
events-event-title = Мероприятие: { $title }
events-event-number = Мероприятие { $id }
events-sign-up-to-answer = Зарегистрируйтесь, чтобы отвечать на мероприятия: нажмите g, затем u.
events-answered = { $answer ->
        [going] Вы пойдёте — оно в разделе «Мои мероприятия». Пойдут: { $going }, интересно: { $interested }.
       *[interested] Вам интересно — оно в разделе «Мои мероприятия». Пойдут: { $going }, интересно: { $interested }.
    }
events-answer-taken-back = Ответ отменён.
events-not-found = Не найдено.
events-kind-organized-by = { $kind } · организатор: { $organizer }
events-field-when = Когда
events-when-yours = { $span }, ваше время ({ $zone })
events-when-organizers = { $span } ({ $zone }), время организатора
events-field-where = Где
events-field-online = Онлайн
events-field-deadline = Срок
events-deadline-closes = { $date } (закрывается { $until })
events-deadline-passed = { $date } (истёк)
events-field-strategy = Стратегия
events-field-region = Регион
events-field-competency = Компетенция
events-field-audience = Для кого
events-field-tags = Теги
events-field-answers = Ответы
events-answers = пойдут: { $going } · интересно: { $interested }
events-answers-yours = вы: { $answer ->
        [going] пойду
       *[interested] интересно
    }
events-posted-by-on = Опубликовано { $date }, автор: { $name }.
jobs-title = Вакансии и возможности
jobs-title-archive = Вакансии: архив
jobs-tab-open = Открытые
jobs-tab-archive = Архив
jobs-kind-job = вакансия
jobs-kind-training = обучение
jobs-kind-education = образовательная возможность
jobs-place-remote = удалённо
jobs-place-town-or-remote = { $town } или удалённо
jobs-filter-any = все
jobs-filter-kind = Тип
jobs-filter-region = Регион
jobs-filter-remote = Удалённо
jobs-filter-remote-only = только удалённо (Space — отметить)
jobs-filter-competency = Компетенция
jobs-filter-part-remote = удалённо
jobs-open-count = { $n ->
        [one] { $n } открытая позиция, сначала те, что закрываются раньше. F — фильтр.
        [few] { $n } открытые позиции, сначала те, что закрываются раньше. F — фильтр.
       *[many] { $n } открытых позиций, сначала те, что закрываются раньше. F — фильтр.
    }
jobs-closed-count = { $n ->
        [one] { $n } закрытая позиция хранится для справки. F — фильтр.
        [few] { $n } закрытые позиции хранятся для справки. F — фильтр.
       *[many] { $n } закрытых позиций хранятся для справки. F — фильтр.
    }
jobs-filtered-count = { $n ->
        [one] { $n } позиция: { $filter } · F — изменить фильтр
        [few] { $n } позиции: { $filter } · F — изменить фильтр
       *[many] { $n } позиций: { $filter } · F — изменить фильтр
    }
jobs-none-match = Под этот фильтр ничего не подходит.
jobs-none-open = Открытых позиций нет. Нажмите n, чтобы предложить вакансию или возможность; F — фильтр.
jobs-none-closed = Закрытых пока нет; закрытые вакансии хранятся здесь для справки.
jobs-closed-early = закрыто досрочно
jobs-closes-on = закрывается { $date }
jobs-closing-soon = скоро закрывается
jobs-job-title = { $kind }: { $title }
jobs-job-number = Вакансия { $id }
jobs-withdraw-about = «{ $title }», автор: { $name }
jobs-close-question = Закрыть «{ $title }» сейчас? Позиция уйдёт с доски в архив, и открыть её снова будет нельзя.
jobs-not-found = Не найдено.
jobs-field-where = Где
jobs-field-region = Регион
jobs-field-closing-date = Дата закрытия
jobs-closed-early-on = закрыто досрочно { $date }
jobs-closes-withdrawn = { $date } (снято)
jobs-closes-closed = { $date } (закрыто)
jobs-closes-soon = { $date } (скоро закрывается: { $until })
jobs-field-competencies = Компетенции
jobs-field-tags = Теги
jobs-how-to-apply = Как откликнуться
jobs-posted-by-on = Опубликовано { $date }, автор: { $name }.
submit-draft-kept = Черновик { $id } сохранён: он в разделе g, затем s (мои заявки).
submit-changes-asked = Комитет попросил доработать: «{ $note }» Ctrl-S — отправить снова.
board-form-region = Регион
board-form-region-hint = ← → — выбор; «Глобально», если охватывает несколько регионов
board-form-strategies = Стратегии
board-form-strategies-hint = ← → — перемещение, Space — отметить: стратегии, к которым это относится (для их страниц)
board-form-competencies = Компетенции
board-form-competencies-hint = ← → — перемещение, Space — отметить: чему это помогает научиться участникам
board-form-audiences = Для кого
board-form-audiences-hint = ← → — перемещение, Space — отметить: для кого это
board-form-kind = Тип
board-form-event-title-hint = например, Дни первичной медико-санитарной помощи 2027
board-form-starts = Начало
board-form-starts-hint = дата и время по часовому поясу организатора, например 2027-03-02 09:00
board-form-ends = Окончание
board-form-ends-hint = например, 2027-03-03 17:00
board-form-time-zone-hint = часовой пояс организатора, например Europe/Zurich или Africa/Nairobi
board-form-online = Онлайн-ссылка
board-form-online-hint = https://…; онлайн-ссылка, город или и то и другое
board-form-city = Город
board-form-city-hint = где проходит, если очно
board-form-country = Страна
board-form-organizer = Организатор
board-form-deadline = Срок
board-form-deadline-hint = для приёма докладов: последний день подачи, например 2027-01-15
board-form-event-strategies-hint = ← → — перемещение, Space — отметить; одна или несколько из пяти стратегий
board-form-tags = Теги
board-form-event-tags-hint = через запятую, например сестринское дело, первичная помощь
board-form-description = Описание
board-form-event-description-hint = что это, для кого и сколько стоит; Enter начинает новую строку
board-form-remote = Удалённо
board-form-remote-text = можно работать удалённо (Space — отметить)
board-form-job-title-hint = например, Руководитель программы охраны здоровья на уровне сообществ
board-form-location = Место
board-form-location-hint = город или населённый пункт; пусто, если удалённо
board-form-closes = Дата закрытия
board-form-closes-hint = последний день для отклика, например 2027-01-31
board-form-job-tags-hint = через запятую, например сестринское дело, данные
board-form-job-description-hint = должность или программа и кому она подходит; Enter начинает новую строку
board-form-how-to-apply = Как откликнуться
board-form-intro = Редакционный комитет рассматривает материал до публикации. Ctrl-S — отправить; Ctrl-D — сохранить черновик.
board-form-sent = Заявка { $id } отправлена: она появится на доске, когда редакционный комитет её одобрит (g s).
board-form-why = Причина
board-form-why-hint = что изменилось и почему: это попадёт в журнал аудита и к тем, кто ответил
board-form-not-this-kind = материал другого типа
board-form-corrected = Исправлено: «{ $title }» показывается с изменением; причина — в журнале аудита.
board-form-correct-event = Исправить мероприятие
board-form-correct-job = Исправить вакансию
board-form-submit-event = Предложить мероприятие
board-form-edit-event = Изменить ваше мероприятие
board-form-submit-job = Предложить вакансию или возможность
board-form-edit-job = Изменить вашу вакансию или возможность
board-form-correction-intro = Исправление показывается сразу, без повторного рассмотрения; журнал аудита хранит, что изменилось и почему, а ответившие получат уведомление. Ctrl-S — сохранить.
policy-committee = Редакционный комитет
policy-press-a-to-accept = Нажмите a, чтобы принять и вернуться к форме.
strategies-title = Стратегия: { $name }
strategies-title-multiple = Стратегия: несколько направлений
strategies-title-coverage = Стратегии: охват
strategies-tab-people = люди
strategies-tab-governance = руководство
strategies-tab-care = помощь
strategies-tab-services = услуги
strategies-tab-enabling = условия
strategies-tab-multiple = несколько
strategies-tab-coverage = охват
strategies-about-engaging-people = Дать людям, семьям и сообществам средства и голос, чтобы участвовать в заботе о своём здоровье и в работе служб, которые им помогают.
strategies-about-governance = Сделать решения об услугах открытыми, принимаемыми вместе с сообществами и подотчётными тем, кому эти услуги служат.
strategies-about-model-of-care = Перенести помощь в первичное звено и на уровень сообществ, к профилактике и к услугам, выстроенным вокруг людей, а не болезней.
strategies-about-coordinating-services = Связать помощь на разных уровнях, у разных поставщиков и в разных секторах, чтобы люди проходили через неё без разрывов.
strategies-about-enabling-environment = Кадры, финансирование, регулирование, информация и руководство, которые делают возможными остальные четыре стратегии.
strategies-about-multiple = Работа, которая затрагивает сразу несколько стратегий.
strategies-communities = Сообщества ({ $n })
strategies-library-resources = Библиотека: ресурсы ({ $n })
strategies-library-practices = Библиотека: практики по уровням ({ $n })

strategies-upcoming-events = Предстоящие мероприятия ({ $n })
strategies-open-jobs = Открытые вакансии ({ $n })
strategies-none-yet = пока нет
strategies-coverage-about = Практики по стратегиям и регионам ВОЗ; · — пробел. Практика, относящаяся к нескольким стратегиям, учитывается в каждой.
strategies-all-levels = Все уровни
strategies-unplaced = { $n ->
        [one] { $n } практика не указывает регион и не учитывается.
        [few] { $n } практики не указывают регион и не учитываются.
       *[many] { $n } практик не указывают регион и не учитываются.
    }
strategies-could-not-read = Не удалось прочитать эту страницу: { $error }
proposal-intro = Редакционный комитет рассматривает каждое предложение. Ctrl-S — отправить; Ctrl-D — сохранить как черновик.
proposal-members-only = Только для участников
proposal-members-only-text = доступно только участникам, не гостям (Пробел)
proposal-sent = Предложение { $id } отправлено: редакционный комитет его рассмотрит. См. g, затем s.
proposal-name = Название
proposal-name-hint = например, Сестринское лидерство; не более { $max } символов
proposal-short-name = Краткое имя
proposal-short-name-hint = для адресов и команд: a-z, 0-9 и '-', например nursing
proposal-purpose = Цель
proposal-purpose-hint = чем участники будут там делиться и чему учиться; Enter — новая строка
proposal-audience = Для кого
proposal-audience-hint = например, медсёстры и руководители сестринских служб; не более { $max } символов
proposal-edit = Изменить ваше предложение
proposal-new = Предложить сообщество
submission-no-longer-changed = Эта заявка в статусе «{ $state }»: изменить её уже нельзя.
submission-title = Заявка { $id }
submission-title-with-name = Заявка { $id }: { $title }
submission-about = { $kind } «{ $title }», автор: { $name }
submission-not-found = Не найдено.
submission-pending-sent = Ожидает рассмотрения · отправлена { $ago }
submission-approvals = { $n } из { $quorum ->
        [one] { $quorum } одобрения
        [few] { $quorum } одобрений
       *[many] { $quorum } одобрений
    }
submission-kind-by = { $kind }, автор: { $name }
submission-files-how = { $sftp } (в review/{ $folder }/), пока заявка ожидает рассмотрения
submission-read-files-with = Прочитать файлы можно через
submission-now = Сейчас
submission-new-thread-in = новая тема в сообществе { $name }
submission-reply-to-post = ответ на сообщение { $post } в теме «{ $thread }»
submission-where = Где
submission-published = Опубликовано
submission-as-post = как сообщение { $post }
submission-history = История
submission-history-step = { $name } { $action }
submission-sent-by = отправитель: { $name }
submission-not-sent-yet = Ещё не отправлена: черновик.
submission-decide = Решение: a — одобрить · c — запросить изменения · x — отклонить
submission-empty = (пусто)
submission-kind-community = сообщество
submission-kind-thread = тема
submission-kind-reply = ответ
submission-kind-event = мероприятие
submission-kind-job = вакансия
submission-kind-training = обучение
submission-kind-educational-opportunity = образовательная возможность
submission-kind-resource = ресурс
submission-kind-practice = практика
submission-kind-news = новость
submission-kind-blog-post = запись в блоге
submission-state-draft = черновик
submission-state-pending-review = на рассмотрении
submission-state-changes-requested = запрошены изменения
submission-state-approved = одобрена
submission-state-rejected = отклонена
submission-state-withdrawn = отозвана
submission-action-submitted = отправил(а)
submission-action-approved = одобрил(а)
submission-action-asked-for-changes = запросил(а) изменения
submission-action-rejected = отклонил(а)
held-title = Измените сообщение и отправьте его снова
held-sent-again = Отправлено снова: редакционный комитет его рассмотрит.
held-changes-asked = Комитет запросил изменения: «{ $note }» Ctrl-S отправляет снова.
submissions-title = Мои заявки
submissions-intro = То, что вы отправили в редакционный комитет, новые сначала.
submissions-none = Пока ничего нет. Нажмите n, чтобы предложить новое сообщество.
submissions-decision = { $name } { $action } { $ago }: { $note }
submissions-draft-started = черновик, начат { $ago }: Enter, затем e — завершить и отправить
submissions-sent-waiting = отправлена { $ago }, ожидает решения комитета
submissions-sign-up-to-propose = Зарегистрируйтесь, чтобы предложить сообщество: нажмите g, затем u.
news-title = Новости
news-intro = От редакционного комитета и участников, новые сначала.
news-none-yet = Новостей пока нет.
news-item-title = Новость: { $title }
news-item-number = Новость { $id }
news-withdraw-about = Новость «{ $title }»
news-corrected-on = Исправлено редакционным комитетом { $day }: { $reason }
news-kind-news = новость
news-kind-blog = запись в блоге
news-form-kind = Вид
news-form-kind-hint = новость сообщает о том, что произошло; запись в блоге — ваш собственный рассказ или взгляд, за вашей подписью
news-form-region = Регион
news-form-region-hint = ← → — выбор; для новостей для всех не выбирайте ничего или выберите «Глобально»
news-form-headline = Заголовок
news-form-text = Текст
news-form-why = Причина
news-form-why-hint = что было неверно: читатели увидят это вместе с исправлением, а журнал аудита сохранит
news-form-proposal-intro = Редакционный комитет рассмотрит материал, затем он будет опубликован под вашим именем. Ctrl-S — отправить; Ctrl-D — сохранить черновик.
news-form-proposal-sent = Заявка { $id } отправлена: материал будет опубликован, когда редакционный комитет его одобрит (g s).
news-corrected = Исправлено: у «{ $title }» указано, что материал исправлен, и ваша причина.
news-published = Опубликовано: «{ $title }» — на экране новостей и на главной.
news-form-title-correct = Исправить новость
news-form-title-write = Написать новость или запись в блоге
news-form-title-edit-proposal = Изменить предложенную новость
news-form-title-propose = Предложить новость или запись в блоге
news-form-correct-intro = Исправление видно сразу; читатели видят, что материал исправлен, когда и почему. Ctrl-S сохраняет.
news-form-publish-intro = Публикуется сразу и для всех; на главной видны три последних материала. Ctrl-S публикует.
reason-own-words = (своими словами, ниже)
reason-template = Шаблон
reason-template-hint = ← → — выбрать одну из причин комитета; ниже её можно изменить
reason-note = Комментарий
reason-note-hint = что не так, для комитета (обязательно для «другое»)
reason-reason = Причина
reason-report-hint = что с ним не так, для комитета
reason-reason-hint = её видят те, кого это касается; она сохраняется в журнале аудита
reason-one-field-needs-attention = Одно поле требует внимания: см. сообщение под ним.
reason-approve = Одобрить
reason-approve-intro = { $about }. Публикуется сразу (или по достижении кворума).
reason-request-changes = Запросить изменения
reason-request-changes-intro = { $about }. Возвращается автору с вашим комментарием.
reason-reject = Отклонить
reason-reject-intro = { $about }. Автор увидит вашу причину в разделе «Мои заявки».
reason-report-message = Пожаловаться на сообщение в переписке
reason-report-message-intro = { $about }. Редакционный комитет прочитает это сообщение и вашу причину — и ничего больше из переписки; автору об этом не сообщают.
reason-flag = Пожаловаться на сообщение
reason-flag-intro = { $about }. Редакционный комитет рассматривает сообщения с жалобами; автору не сообщают, кто пожаловался.
reason-hide = Скрыть сообщение
reason-hide-intro = { $about }. Участники увидят, что его скрыл комитет; автор увидит вашу причину.
reason-restore = Восстановить сообщение
reason-restore-intro = { $about }. Оно снова будет видно всем.
reason-dismiss = Отклонить жалобы
reason-dismiss-intro = { $about }. Сообщение остаётся как есть; жалобы закрываются.
reason-mute = Заглушить { $name }
reason-mute-intro = { $about }. До окончания срока { $name } не может публиковать сообщения и отвечать и видит вашу причину и дату окончания.
reason-ban = Заблокировать { $name }
reason-ban-intro = { $about }. До окончания срока { $name } не может войти и видит вашу причину и дату окончания.
reason-lift = Снять ограничение с { $name }
reason-lift-intro = { $about }. { $name } снова сможет публиковать сообщения и входить.
reason-role = Роль участника { $name }
reason-role-intro = { $about }. Модераторы составляют редакционный комитет; администраторы также управляют ролями и резервными копиями.
reason-lock = Закрыть тему
reason-unlock = Открыть тему
reason-pin = Закрепить тему
reason-unpin = Открепить тему
reason-move = Перенести тему
reason-steer-intro = { $about }.
reason-withdraw-from-board = Снять с доски
reason-withdraw-event-intro = { $about }. Мероприятие снимается с доски; его автор (в разделе «Мои заявки») и участники, ответившие на него (в разделе «Мои мероприятия»), увидят вашу причину.
reason-change-level = Изменить уровень
reason-change-level-intro = { $about }. Выберите уровень, затем отметьте, каким из его критериев отвечает практика: уровень виден сразу, а ваша оценка и причина — в истории практики и в журнале аудита.
reason-withdraw-news = Отозвать новость
reason-withdraw-news-intro = { $about }. Она исчезает из новостей, лент и поиска; на её странице указано, что она отозвана, а журнал аудита сохраняет вашу причину.
reason-withdraw-job-intro = { $about }. Объявление снимается с доски и из её архива; его автор увидит вашу причину в разделе «Мои заявки».
reason-no-criteria = у этого уровня нет критериев
reason-criteria-hint = критерии уровня: Space отмечает каждый, которому отвечает практика; неотмеченные не выполнены
reason-level-criteria-hint = критерии уровня «{ $level }»: Space отмечает каждый, которому отвечает практика; неотмеченные не выполнены
reason-level = Уровень
reason-level-hint = ← → — выбор; ниже — его критерии
reason-criteria = Критерии
reason-why = Причина
reason-why-spam = спам
reason-why-off-topic = не по теме
reason-why-inappropriate = неуместно
reason-why-other = другое
reason-for = Срок
reason-for-hint = часы или дни, например 12h или 7d, либо forever
reason-role-field = Роль
reason-to = Куда
reason-to-hint = ← → — выбрать сообщество
reason-done-approved = Одобрено и опубликовано; { $name } увидит это в разделе «Мои заявки».
reason-done-sent-back = Возвращено автору ({ $name }) с вашим комментарием.
reason-done-rejected = Отклонено; { $name } увидит вашу причину в разделе «Мои заявки».
reason-done-approval-recorded = Одобрение учтено: нужно ещё одобрений от комитета: { $n }.
reason-choose-why = выберите причину жалобы
reason-done-flagged = Спасибо: редакционный комитет это рассмотрит.
reason-done-hidden = Сообщение скрыто: участники видят, что его скрыл комитет.
reason-done-restored = Сообщение восстановлено.
reason-done-dismissed = Жалобы отклонены.
reason-done-muted-flags-resolved = Учётная запись { $name } заглушена; жалобы закрыты.
reason-done-banned-flags-resolved = Учётная запись { $name } заблокирована; жалобы закрыты.
reason-done-muted = Учётная запись { $name } заглушена.
reason-done-banned = Учётная запись { $name } заблокирована.
reason-done-lifted = { $name } снова может публиковать сообщения и входить.
reason-choose-role = выберите роль
reason-sign-in-first = сначала войдите
reason-done-role = { $role ->
        [admin] { $name } теперь администратор.
        [moderator] { $name } теперь модератор.
       *[member] { $name } теперь участник.
    }
reason-choose-where = выберите, куда перенести
reason-done-locked = Тема закрыта: отвечать может только комитет.
reason-done-unlocked = Тема открыта.
reason-done-pinned = Тема закреплена вверху своего сообщества.
reason-done-unpinned = Тема откреплена.
reason-done-moved = Тема перенесена в сообщество { $name }.
reason-done-reported = Жалоба отправлена: комитет ответит в переписке { $id } (g d).
reason-done-withdrawn-event = Снято: мероприятия больше нет на доске; ответившие на него увидят вашу причину.
reason-choose-level = выберите уровень
reason-done-level = Теперь уровень «{ $level }»: изменение записано в истории практики и в журнале аудита.
reason-done-withdrawn-job = Снято: объявления больше нет на доске вакансий.
reason-done-withdrawn-news = Отозвано: материала больше нет в новостях, лентах и поиске; причина — в журнале аудита.
moderation-title-queue = Модерация: очередь на рассмотрение
moderation-title-flags = Модерация: жалобы
moderation-title-members = Модерация: участники
moderation-title-audit = Модерация: журнал аудита
moderation-tab-queue = Очередь ({ $n })
moderation-tab-flags = Жалобы ({ $n })
moderation-tab-members = Участники
moderation-tab-audit = Журнал
moderation-queue-empty = Рассмотрения ничего не ждёт. Отличная работа.
moderation-queue-column-kind = Вид
moderation-queue-column-title = Название
moderation-queue-column-author = Автор
moderation-queue-column-waiting = Ждёт
moderation-queue-overdue = { $hours ->
        [one] ждёт дольше { $hours } часа
        [few] ждёт дольше { $hours } часов
       *[many] ждёт дольше { $hours } часов
    }
moderation-waiting-minutes = { $n } мин
moderation-waiting-hours = { $n } ч
moderation-waiting-days = { $n } дн.
moderation-flags-none = Нет сообщений с жалобами.
moderation-flag-about = Сообщение { $post } от { $name } в теме «{ $thread }»
moderation-flag-head = Сообщение { $post } от { $name } в теме «{ $thread }» · первая жалоба { $ago }
moderation-flag-hidden = [скрыто]
moderation-flag-why = { $n ->
        [one] { $n } жалоба: { $reasons }
        [few] { $n } жалобы: { $reasons }
       *[many] { $n } жалоб: { $reasons }
    }
moderation-flag-reason-spam = спам
moderation-flag-reason-off-topic = не по теме
moderation-flag-reason-inappropriate = неуместно
moderation-flag-reason-other = другое
moderation-member-not-sanctioned = Учётная запись { $name } не заглушена и не заблокирована.
moderation-muted-until = заглушение до { $when }
moderation-banned-until = блокировка до { $when }
moderation-muted-until-lifted = заглушение до снятия комитетом
moderation-banned-until-lifted = блокировка до снятия комитетом
moderation-audit-any-action = любое
moderation-audit-by = Кто
moderation-audit-by-hint = имя пользователя члена комитета; пусто — любой
moderation-audit-target = Объект
moderation-audit-target-hint = часть объекта, например post 42 или имя пользователя
moderation-audit-action = Действие
moderation-audit-every-action = Все действия комитета, новые сначала. F — фильтр.
moderation-audit-filter-by = кто: { $name }
moderation-audit-filter-target = объект содержит «{ $target }»
moderation-audit-filter-action = действие: { $action }
moderation-audit-filtered = Фильтр: { $filter } · { $n ->
        [one] { $n } запись
        [few] { $n } записи
       *[many] { $n } записей
    } · F — изменить
moderation-audit-at-by = { $when }, { $name }
moderation-audit-why = Причина
moderation-audit-before = До
moderation-audit-after = После
moderation-audit-esc-back = Esc — назад к журналу.
moderation-audit-entry-gone = Этой записи больше нет.
moderation-audit-none = Ничего не записано.
moderation-audit-why-line = причина: { $reason }
library-tab-strategy = Стратегия
library-tab-sort = Вид или уровень
library-tab-region = Регион
library-tab-competency = Компетенция
library-tab-audience = Аудитория
library-tab-learning = Ваше обучение
library-title-strategy = Библиотека: по стратегиям
library-title-sort = Библиотека: по виду или уровню
library-title-region = Библиотека: по регионам
library-title-competency = Библиотека: по компетенциям
library-title-audience = Библиотека: по аудиториям
library-title-learning = Библиотека: для вашего обучения
library-entries-in-the-library = { $n ->
        [one] { $n } запись в библиотеке. n — предложить ресурс, N — практику.
        [few] { $n } записи в библиотеке. n — предложить ресурс, N — практику.
       *[many] { $n } записей в библиотеке. n — предложить ресурс, N — практику.
    }
library-entries-for-your-learning = { $n ->
        [one] { $n } запись для вашего обучения. n — предложить ресурс, N — практику.
        [few] { $n } записи для вашего обучения. n — предложить ресурс, N — практику.
       *[many] { $n } записей для вашего обучения. n — предложить ресурс, N — практику.
    }
library-strategy-about-engaging-people = Дать людям, семьям и сообществам средства и право голоса, чтобы участвовать в заботе о своём здоровье и в работе служб.
library-strategy-about-governance = Открытое принятие решений об услугах — совместно с сообществами и с подотчетностью тем, кому эти услуги предназначены.
library-strategy-about-model-of-care = Смещение помощи к первичному звену и местному уровню, к профилактике и к услугам, выстроенным вокруг людей, а не болезней.
library-strategy-about-coordinating-services = Объединение помощи между уровнями, поставщиками и секторами, чтобы люди проходили через неё без разрывов.
library-strategy-about-enabling-environment = Кадры, финансирование, регулирование, информация и руководство, которые делают возможными остальные четыре стратегии.
library-multiple-streams-about = Записи, относящиеся сразу к нескольким стратегиям.
library-sort-resources = Ресурсы: { $kind }
library-sort-practices = Практики: { $level }
library-for-audience = Аудитория: { $audience }
library-your-competencies = Ваши компетенции
library-tick-your-competencies = Отметьте в профиле компетенции, которые вы развиваете (g y, e), чтобы увидеть, что помогает их развивать.
library-building = Развитие: { $competency }
library-none-yet = пока нет
library-row-practice = практика: { $level } · { $country }
library-sign-up-to-add = Зарегистрируйтесь, чтобы пополнять библиотеку: нажмите g, затем u.
library-kind-who-document = документ ВОЗ
library-kind-publication = научная публикация
library-kind-implementation-report = отчёт о внедрении
library-kind-toolkit = набор инструментов
library-kind-multimedia = мультимедиа
library-kind-other = другой ресурс
library-undated = без даты
library-entry-title = Библиотека: { $title }
library-entry-number = Запись библиотеки { $id }
library-entry-not-found = Не найдено.
library-entry-sign-up-to-discuss = Это ещё никто не обсуждал. Зарегистрируйтесь, чтобы начать: нажмите g, затем u.
library-entry-change-level-about = Практика «{ $title }», сейчас: { $level }
library-entry-practice = Практика
library-entry-link = Ссылка
library-entry-setting = Условия
library-entry-level-history = История уровня
library-entry-level-change = { $level }, { $by }: { $reason }
library-entry-criteria = критерии: { $criteria }
library-entry-criterion-met = { $criterion }: выполнен
library-entry-criterion-not-met = { $criterion }: не выполнен
library-entry-strategy = Стратегия
library-entry-region = Регион
library-entry-country = Страна
library-entry-competencies = Компетенции
library-entry-for = Для кого
library-entry-tags = Теги
library-entry-contact = Контакт
library-entry-text = Текст
library-entry-files = Файлы
library-entry-fetch-files = Скачайте их через { $sftp } (в library/{ $folder }/) или командой { $ssh } get { $id } FILE > FILE.
library-entry-discussed-in = Обсуждается в сообществе { $community }: { $key } открывает тему.
library-entry-not-discussed-yet = Ещё не обсуждалось: { $key } — написать первое сообщение темы в сообществе { $community }.
library-entry-proposed-by = Предложено: { $name }; в библиотеке с { $day }.
library-form-propose-a-resource = Предложить ресурс
library-form-edit-your-resource = Изменить ваш ресурс
library-form-propose-a-practice = Предложить практику
library-form-edit-your-practice = Изменить вашу практику
library-form-intro = Редакционный комитет рассмотрит запись, прежде чем она попадёт в библиотеку. Ctrl-S — отправить; Ctrl-D — сохранить черновик.
library-form-sent = Заявка { $id } отправлена: запись появится в библиотеке, когда редакционный комитет её одобрит (g s).
library-form-level = Уровень
library-form-level-hint = { $level }: { $criteria } (← → — другой)
library-form-files = Файлы
library-form-files-none-hint = пока ничего не загружено: положите файлы в uploads/ через sftp и вернитесь
library-form-files-hint = ваши загрузки: ← → — перемещение, Space — прикрепить (через sftp в uploads/ можно добавить ещё)
library-form-strategies = Стратегии
library-form-strategies-hint = ← → — перемещение, Space — отметить; несколько отмеченных означают «несколько направлений»
library-form-discussed-in = Обсуждение в
library-form-discussed-in-hint = ← → — выбрать сообщество, где участники её обсуждают
library-form-country = Страна
library-form-country-hint = если речь об одной стране
library-form-setting = Условия
library-form-setting-hint = где и в каком масштабе это проводилось, например 12 сельских медпунктов
library-form-period = Период
library-form-period-hint = когда это проводилось, например 2016–2021
library-form-summary = Краткое описание
library-form-summary-hint = что это, о чём в нём говорится, для кого он
library-form-what-was-done = Что было сделано
library-form-results = Результаты
library-form-results-hint = итоги; для поучительной неудачи — что произошло
library-form-impact = Влияние
library-form-impact-hint = что изменилось для людей и служб сверх измеренного
library-form-expected = Ожидалось
library-form-expected-hint = поучительная неудача: что ожидалось (иначе оставьте пустым)
library-form-why-not = Почему нет
library-form-why-not-hint = поучительная неудача: почему этого не произошло
library-form-do-instead = Что делать вместо
library-form-do-instead-hint = поучительная неудача: что другим стоит делать вместо этого
library-form-lessons = Извлечённые уроки
library-form-lessons-hint = чему другие могут на этом научиться (обязательно, если это не поучительная неудача)
library-form-references = Источники
library-form-references-hint = по одному на строку: библиографическое описание | https://адрес (если он есть)
library-form-figures = Цифры
library-form-figures-hint = по одной на строку, со ссылкой на источник: охват вырос до 75% [1] | оговорка источника
library-form-contact = Контакт
library-form-contact-hint = к кому обращаться с вопросами, если человек на это согласен
library-form-tags = Теги
library-form-tags-hint = через запятую
library-form-kind = Вид
library-form-authors = Авторы
library-form-authors-hint = люди или организация, подготовившие ресурс
library-form-year = Год
library-form-year-hint = год выхода; n.d., если он не указан
library-form-link = Ссылка
library-form-link-hint = https://… — где его прочитать или посмотреть; либо его текст или файлы ниже
library-form-text = Текст
library-form-text-hint = собственный текст ресурса, чтобы участники читали его здесь (необязательно)
notice-reply = { $name } ответил(а) вам в теме «{ $title }»
notice-mention = { $name } упомянул(а) вас в теме «{ $title }»
notice-started = { $name } создал(а) тему «{ $title }»
notice-posted = { $name } написал(а) в теме «{ $title }»
notice-message = { $name } написал(а) вам
notice-message-about = { $name } написал(а) вам: «{ $subject }»
notice-thanks = { $name } поблагодарил(а) вас за сообщение в теме «{ $title }»
notice-plus-one = { $name } поставил(а) +1 вашему сообщению в теме «{ $title }»
notice-insightful = { $name } отметил(а) ваше сообщение в теме «{ $title }» как содержательное
notice-reminder = Напоминание: сообщение из ваших закладок в теме «{ $title }»
notice-alert = «{ $title }» подходит под ваше оповещение ({ $alert })
notice-and-more = { $n ->
        [one] (и ещё { $n })
        [few] (и ещё { $n })
       *[many] (и ещё { $n })
    }
notice-and-more-many = (и ещё 99+)

## Регистрация, фильтры
signup-title = Регистрация
signup-intro = Присоединяйтесь к сети. Поля, отмеченные *, обязательны.
signup-your-key = Вы будете входить с ключом, с которым подключились: { $key }
signup-no-key = Вы подключились без SSH-ключа, поэтому из этой сессии зарегистрироваться нельзя.
signup-welcome = Добро пожаловать в сеть, { $name }!
signup-welcome-first = Добро пожаловать, { $name }! Вы первый участник форума, поэтому вы его администратор.
form-choose-with-arrows = (выбор: ← →)
communities-count = { $n ->
        [one] { $n } сообщество
        [few] { $n } сообщества
       *[many] { $n } сообществ
    }
search-filter-community-field = Сообщество
search-filter-community-hint = для обсуждений и библиотеки
search-filter-since-field = С даты
search-filter-since-hint = напр. 2026-01-01; пусто — любая дата
search-filter-since-error = запишите день так: 2026-01-31
communities-public-count = { $n ->
        [one] { $n } открытое сообщество: зарегистрируйтесь, чтобы увидеть остальные
        [few] { $n } открытых сообщества: зарегистрируйтесь, чтобы увидеть остальные
       *[many] { $n } открытых сообществ: зарегистрируйтесь, чтобы увидеть остальные
    }

# Content languages and translations
translation-of = Перевод
translation-text = Текст
translation-of-entry = запись библиотеки { $id }: { $title }
translation-of-news = новость { $id }: { $title }
translation-kept-with = хранится вместе с: { $original }, для читателей на языке «{ $language }»
translation-language-unknown = язык пока не известен
translation-form-intro = Перевод: { $original } (оригинал — { $language }). Комитет проверит его; после одобрения читатели на этом языке увидят перевод.
translation-form-language-hint = Язык, на который вы переводите (←/→).
translation-form-sent = Перевод отправлен на проверку (заявка { $id }).
translation-form-title = Предложить перевод
translation-form-title-edit = Изменить перевод
composer-language = Язык
composer-language-automatic = автоматически
composer-language-chosen = Выбран вами (←/→ — изменить).
composer-language-detected = Определён: { $name }. Если нет, выберите ←/→.
composer-language-not-yet = Пока не определён: напишите ещё немного или выберите ←/→.
display-first = Сначала
display-first-hint = Написанное на отмеченных языках (или переведённое на них) идёт первым в темах, библиотеке, событиях и новостях. Пробел — отметить.
translation-original-named = { $name } (оригинал)
translation-original = оригинал
translation-shown-from = Перевод с оригинала ({ $from }), автор перевода — { $by }, одобрен комитетом.
translation-shown = Перевод: { $by }, одобрен комитетом.
translation-languages = Языки
translation-written-in = Язык
translation-now-shown = Теперь показано на языке «{ $name }».
translation-sign-up-to-translate = Зарегистрируйтесь, чтобы предложить перевод.
translation-languages-line = Языки: { $languages } ({ $key } — переключить).
post-written-in = на языке «{ $name }»
composer-language-automatic-is = автоматически: { $name }
form-none-ticked = ничего не отмечено
form-ticked = отмечено: { $n }
submission-kind-translation = перевод
translation-original-text = Оригинал ({ $language }) в нынешнем виде
board-item-language-detected = { $name } (определён автоматически)
language-form-title = Язык
language-form-intro = На каком языке написано: { $about }? Сейчас: { $now }. Ctrl-S сохраняет.
language-form-hint = ←/→ — выбрать; списки ставят его первым для читателей этого языка.
language-form-saved = Сохранено: язык — { $name }.
profile-display-first = { $names } — первыми в списках
