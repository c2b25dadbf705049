### Простой режим: строки текста и нумерованные варианты, для экранных дикторов.

plain-help =
    Команды:
      a number         открыть это сообщество, тему или ответы на сообщение
      l                снова показать список этого раздела
      b                назад; на вопросе — отказаться от него (как cancel)
      r NUMBER         ответить на сообщение NUMBER (в теме)
      e NUMBER         изменить своё сообщение NUMBER; d NUMBER удаляет его
      n                создать тему (в сообществе)
      sort ORDER       порядок списков тем: activity (по активности), newest (сначала
                       новые) или replies (по числу ответов)
      post N           в теме: читать дальше с её сообщения N
      more             в длинной теме: следующие 10 сообщений (также Enter);
                       прочитанная ранее тема открывается с первого непрочитанного
                       сообщения, а top читает её с первого сообщения
      flag N REASON    пожаловаться на сообщение N: spam (спам), off-topic (не по
                       теме), inappropriate (неуместное) или other NOTE (другое, с
                       пояснением)
      watch            в теме: узнавать о каждом новом сообщении; unwatch — перестать
      join, leave      в сообществе: вступить в него или выйти; join NAME (краткое имя
                       или номер в списке на главной) — откуда угодно
      read all         в сообществе: отметить все темы прочитанными (в уведомлениях:
                       все уведомления)
      e                предстоящие мероприятия; на одном из них y — пойду,
                       i — интересно
      j                открытые вакансии и возможности
      close            на вашей вакансии: закрыть её до даты закрытия
      correct          на вашем мероприятии или вакансии: изменить с указанием причины
      library          ресурсы и практики библиотеки
      learning         мероприятия и ресурсы, развивающие компетенции из вашего
                       профиля
      strategies       пять стратегий рамочной программы; strategy N — страница одной
                       из них
      news             новости комитета
      translate        в записи библиотеки или новости: предложить перевод
      in КОД           там же: прочитать на другом из её языков (in en)
      language N КОД   указать язык сообщения N (en fr es ru zh ar); в открытой
                       записи, новости или событии: language КОД
      first КОДЫ       написанное на этих языках — первым в списках
                       (first fr es); first none отменяет
      committee        кто входит в редакционный комитет и как с ним связаться
      search WORDS     поиск по обсуждениям, доскам объявлений, библиотеке, новостям,
                       участникам
      notifications    то, что касается вас (или !); read all отмечает всё прочитанным
      latest, unread   последние темы сообществ, в которые вы вступили, или темы с
                       непрочитанными сообщениями
      react N WHAT     отреагировать на сообщение N: thanks (спасибо), +1 или
                       insightful (полезно); повторно — отменить
      bookmark N DAY   добавить сообщение N в закладки, с днём напоминания
                       (необязательно); bookmarks — список закладок, unbookmark N
                       убирает закладку
      history N        прежние версии сообщения N; reactions N — кто отреагировал
      quote N [A-B]    в теме: процитировать сообщение N (или его строки с A по B) в
                       следующем ответе; можно несколько, затем r
      messages         ваши личные переписки; номер открывает одну (последние 20
                       сообщений; older показывает более ранние), write — ответить в
                       ней; messages WORDS ищет по ним
      message NAMES    написать лично участникам или message committee — редакционному
                       комитету (переписку читают только её участники)
      report N REASON  в переписке: отправить сообщение N комитету
      block NAME       не получать сообщения, упоминания и ответы участника;
                       unblock NAME — разблокировать; blocked — список заблокированных
      people           справочник людей (участников); people WORDS сужает поиск
      submit           предложить сообщество, мероприятие, вакансию, ресурс или
                       практику
      s                ваши заявки (участники); регистрация (гости с ключом)
      resubmit NUMBER  вернуться к черновику или возвращённой заявке
      profile          кто вы здесь; plain on, off или auto включает, выключает
                       простой режим или делает его автоматическим
      edit profile     ваше имя, организация, регион, часовой пояс, строка о себе,
                       компетенции
      keys             ваши ключи; add key, remove key N; password задаёт пароль
      h                эти команды
      q                выйти из Stoa
    При написании сообщения вводите его построчно; строка, содержащая только точку (.), отправляет его, а строка, содержащая только слово cancel, удаляет его.
plain-help-committee =
    Команды редакционного комитета:
      queue            что ждёт рассмотрения; номер открывает материал, затем
                       a, c или x — решение по нему
      flags            сообщения с жалобами; hide N или dismiss N
      coverage         практики по стратегиям, регионам ВОЗ и уровням: пробелы
      withdraw         на мероприятии или вакансии: снять с доски; на новости: снять с
                       публикации
      correct          на новости: изменить с указанием причины
      level N          на практике: изменить её уровень
      write news       опубликовать новость
plain-welcome = Добро пожаловать в { $site }, { $name }.
plain-welcome-guest = Добро пожаловать в { $site }. Вы читаете как гость; введите s, чтобы зарегистрироваться и участвовать.
plain-intro = Это простой режим: введите номер или команду, затем Enter. h — список команд.
plain-ask-title = Введите заголовок новой темы, затем Enter.
plain-ask-delete = Удалить сообщение { $post }? Введите yes, чтобы удалить его.
plain-ask-submit = Введите номер того, что хотите предложить: 1 — сообщество, 2 — мероприятие, 3 — вакансия, 4 — ресурс, 5 — практика; или cancel.
plain-ask-answer = Введите ответ или cancel.
plain-ask-reason = Введите причину или cancel.
plain-ask-body = Пишите сообщение построчно. Строка, содержащая только точку (.), отправляет его; cancel отменяет.
plain-error = Ошибка: { $error }
plain-communities = { $n ->
        [one] { $n } сообщество:
        [few] { $n } сообщества:
       *[many] { $n } сообществ:
    }
plain-threads = { $n ->
        [one] { $n } тема
        [few] { $n } темы
       *[many] { $n } тем
    }
plain-with-unread = , { $n } с непрочитанными сообщениями
plain-joined = , вы участник
plain-home-hint = Введите номер сообщества, чтобы открыть его; e — мероприятия, j — вакансии, а также library или news.

plain-new = новых: { $n }
plain-locked = закрыта
plain-thread-line = { $title }, автор: { $name }, { $replies }, последнее сообщение: { $when }
plain-community-hint = Введите номер темы, чтобы прочитать её; n — создать тему, b — назад.
plain-thread-head = { $title }, в сообществе { $community }. { $posts }.
plain-posts-range = Сообщения с { $from } по { $to } из { $total }:
plain-replying-to = ответ на сообщение { $post }
plain-deleted = удалено
plain-reactions = Реакции: { $list }.
plain-thread-more-hint = Введите more (или просто нажмите Enter), чтобы прочитать сообщения с { $from } по { $to } из { $total }; r и номер сообщения — ответить на него; b — назад.
plain-thread-hint = Введите r и номер сообщения, чтобы ответить на него; b — назад.
plain-more-no-thread = more читает следующую страницу длинной темы: сначала откройте тему.
plain-end-of-thread = Это конец темы: l снова показывает её последнюю страницу, b — назад.
plain-goodbye = До свидания.
plain-committee-only = «{ $command }» — команда редакционного комитета: h — список ваших команд.
plain-open-event-first = Сначала откройте мероприятие: на него отвечают y и i.
plain-open-community-first = Сначала откройте сообщество: там n создаёт тему.
plain-no-title = Нет заголовка: тема не создана.
plain-sorted = Порядок тем: { $order }.
plain-sort-takes = sort принимает activity, newest или replies.
plain-post-needs-thread = Сначала откройте тему: post N читает с её сообщения N.
plain-post-takes = post принимает номер сообщения этой темы, как он напечатан рядом с ним (Сообщение 14, автор: ...).

## Round 6: plain mode, commands, item fields
board-item-when = { $starts } – { $ends } ({ $zone })
board-item-where-and-when = Место и время
board-item-classified = Классификация
board-item-tags = теги: { $tags }
board-item-withdrawn-by = снято ({ $by }): { $reason }
board-item-on-the-events-board = на доске мероприятий (g e): пойдут: { $going }, интересно: { $interested }
board-item-event-over = прошло: в разделе «Прошедшие» на доске мероприятий
board-item-job-closed-early = закрыто досрочно: в архиве доски вакансий
board-item-job-open = открыто на доске вакансий (g j)
board-item-job-closed = закрыто: в архиве доски вакансий
board-item-practice-level = практика: { $level }
board-item-in-the-library = в библиотеке (g l), тип: { $kind }
board-item-on-the-news-screen = в новостях (g n): { $kind } { $id }
governance-nobody-yet = пока никого: модераторов назначает администратор
governance-reach = Чтобы обратиться к комитету, пожалуйтесь на сообщение, чтобы он его рассмотрел, или предложите сообщество, мероприятие, вакансию или запись в библиотеке: комитет рассматривает каждое предложение и объясняет своё решение.
governance-outside-the-forum = Вне форума: { $contact }.
news-byline-blog = запись в блоге, автор: { $name }
news-byline-member = новость, автор: { $name }
practice-what-was-expected = Чего ожидали
practice-what-happened = Что произошло
practice-why = Почему
practice-what-others-should-do-instead = Что стоит делать другим вместо этого
practice-caveat = (оговорка источника: { $caveat })
app-post-held = Первые сообщения новых участников проходят проверку: ваше — в очереди (g s).
app-fields-need-attention = { $n ->
        [one] { $n } поле требует внимания: см. пояснение под ним.
        [few] { $n } поля требуют внимания: см. пояснения под ними.
       *[many] { $n } полей требуют внимания: см. пояснения под ними.
    }
app-not-saved = Не сохранено: { $problems }.
app-also = { $under } Также: { $problems }.
chrome-too-small = Терминал слишком мал: { $size }, нужно { $need }
communities-could-not-read = Не удалось прочитать сообщества: { $error }
communities-none-yet = Сообществ пока нет.
communities-sign-up-to-join = Зарегистрируйтесь, чтобы вступать в сообщества: нажмите g, затем u.
busy-leaving = Выход…
busy-joining = Вступление…
communities-left = Вы вышли из сообщества { $name }.
communities-joined = Вы вступили в сообщество { $name }: теперь оно первое на вашем главном экране.
tabs-shown-of = { $label } ({ $n } из { $count }, Tab — следующая)
muted-until = Заглушение до { $when }: { $reason }
muted-until-lifted = Заглушение до снятия комитетом: { $reason }
signup-needs-key = Чтобы зарегистрироваться, подключитесь с SSH-ключом: он станет вашим способом входа.
form-leave-question = Выйти из формы? Всё, что вы в ней ввели, будет потеряно.
plain-account-name = Ваше имя, как его видят другие
plain-account-organization = Ваша организация
plain-account-region = Ваш регион ВОЗ
plain-account-time-zone = Ваш часовой пояс
plain-account-bio = Строка о вас
plain-account-competencies = Компетенции, которые вы развиваете
plain-account-ask = { $question }:
plain-account-now = (Сейчас: { $now }. Enter — оставить.)
plain-account-type-its-number = { $question }; введите номер.
plain-account-competencies-ask = { $question }, для мероприятий и ресурсов, которые их развивают (learning); их номера через запятую или none.
plain-account-paste-key = Вставьте открытый ключ одной строкой (ssh-ed25519 AAAA... you@laptop) или введите cancel:
plain-account-remove-key-ask = Удалить ключ { $fingerprint }? Введите yes, чтобы удалить его.
plain-account-current-password = Ваш текущий пароль (отображается звёздочками):
plain-account-new-password = Новый пароль (отображается звёздочками):
plain-account-new-password-again = Новый пароль ещё раз:
plain-account-competency-numbers = введите номера от 1 до { $n } через запятую или none
plain-account-guests = У гостей нет учётной записи: s — регистрация.
plain-account-keys-head = Ваши SSH-ключи ({ $n }):
plain-account-key-line = { $fingerprint } { $comment }, добавлен { $added }
plain-account-keys-hint = add key добавляет ключ; remove key и номер удаляют ключ.
plain-account-remove-key-how = Введите keys, чтобы увидеть номера ключей, затем remove key и номер.
plain-account-nothing-changed = Ничего не изменено.
plain-account-type-a-number = введите число от 1 до { $n }
plain-account-kept = Оставлено без изменений.
plain-account-password-set = Пароль задан: теперь можно входить и через { $ssh }.
plain-committee-tags = теги: { $tags }
plain-committee-queue-only = Очередь на рассмотрение — для редакционного комитета.
plain-committee-queue-empty = Ничто не ждёт рассмотрения.
plain-committee-queue-head = Очередь на рассмотрение, ожидают: { $n }, сначала самые давние:
plain-committee-queue-line = { $kind } «{ $title }», автор: { $name }, отправлено { $ago }
plain-committee-queue-hint = Введите номер материала, чтобы прочитать его и принять решение; b — назад.
plain-committee-submission-head = Заявка { $id }: { $kind } «{ $title }», автор: { $name }, { $state }.
plain-committee-read-files = Файлы можно прочитать через { $sftp } (в review/{ $folder }/).
plain-committee-decide-hint = Введите a — одобрить, c — запросить изменения, x — отклонить; каждое действие запрашивает причину. b — назад.
plain-committee-why-approve = Почему одобрить? Введите причину, которую прочитает автор, или cancel.
plain-committee-what-to-change = Что автору следует изменить? Введите причину, которую прочитает автор, или cancel.
plain-committee-why-reject = Почему отклонить? Введите причину, которую прочитает автор, или cancel.
plain-committee-flags-only = Жалобы рассматривает редакционный комитет.
plain-committee-flags-head = Сообщения с жалобами ({ $n }):
plain-committee-flag-line = Сообщение { $post }, автор: { $name }, в теме «{ $thread }»: { $reasons }. Текст: { $says }
plain-committee-flags-hint = Введите hide и номер сообщения, чтобы скрыть его, или dismiss и номер, чтобы оставить его; каждое действие запрашивает причину.
plain-committee-resolve-only = Скрывать сообщения и отклонять жалобы может только редакционный комитет.
plain-committee-not-a-post-number = «{ $number }» — не номер сообщения.
plain-committee-why-hide = Почему скрыть сообщение { $post }? Введите причину или cancel.
plain-committee-why-keep = Почему оставить сообщение { $post }? Введите причину или cancel.
plain-committee-steward-only = Это делает редакционный комитет.
plain-committee-level-takes = Введите level и номер: { $levels }.
plain-committee-steward-what = Откройте мероприятие, вакансию или новость, чтобы снять их, или практику, чтобы изменить её уровень.
plain-committee-why-audit = Почему? Введите причину (она попадёт в журнал аудита) или cancel.
plain-committee-criterion = Уровень «{ $level }», критерий { $n } из { $total }: { $criterion }. Соответствует ли ему практика? yes или no (или cancel).
plain-committee-nothing-done = Ничего не сделано.
plain-committee-yes-or-no = Введите yes или no. { $again }
plain-committee-reason-audit = Введите причину (она попадёт в журнал аудита) или cancel.
plain-committee-submission-now = Заявка { $id } теперь: { $state }.
plain-committee-post-hidden = Сообщение { $post } скрыто.
plain-committee-flags-dismissed = Жалобы на сообщение { $post } отклонены.
plain-committee-withdrawn-event = Снято: его больше нет на доске мероприятий.
plain-committee-withdrawn-news = Отозвано: материала больше нет в новостях, лентах и поиске.
plain-committee-level-now = Теперь уровень «{ $level }»: изменение записано в истории.
plain-committee-not-done = Не выполнено: { $error }.
plain-committee-members-head = Редакционный комитет:
plain-news-draft-region-number = Введите число от 1 до { $n } или нажмите Enter.
plain-news-draft-correcting = Исправление «{ $title }». Почему? Читатели увидят причину вместе с исправлением (или cancel).
plain-news-draft-headline-keep = Заголовок (Enter оставляет «{ $title }»):
plain-news-draft-region-keep = Регион: введите его номер или нажмите Enter, чтобы оставить прежний.
plain-news-draft-text-correcting = Текст, построчно; строка, содержащая только точку (.), сохраняет исправление (если не введено ни одной строки, текст остаётся прежним).
plain-news-draft-headline = Заголовок:
plain-news-draft-region = Регион: введите его номер или нажмите Enter, если новость для всех.
plain-news-draft-text = Текст, построчно; строка, содержащая только точку (.), публикует новость, cancel удаляет её.
plain-news-draft-committee-writes = Новости пишет редакционный комитет.
plain-news-draft-committee-corrects = Новости исправляет редакционный комитет.
plain-news-draft-open-first = Сначала откройте новость: correct изменяет её.
plain-news-draft-withdrawn = Она отозвана: отозванные материалы не исправляют.
plain-news-draft-not-found = Не найдено: { $error }.
plain-news-draft-thrown-away = Удалено.
plain-news-draft-published = Опубликовано: «{ $title }».
plain-news-draft-not-published = Не опубликовано: { $error }. Введите ещё строки, затем точку; или cancel.
plain-news-draft-corrected = Исправлено, с указанием вашей причины.
plain-news-draft-not-corrected = Не исправлено: { $error }.
plain-close-job-open-first = Сначала откройте вакансию: close закрывает размещённую вами вакансию.
plain-close-job-not-closed = Не закрыто: { $error }.
plain-more-than-999-unread = более 999 непрочитанных
plain-new-notification = Новое уведомление ({ $waiting }): введите !, чтобы прочитать его.
plain-new-message = Новое сообщение в переписке { $conversation }: введите messages, чтобы прочитать его.
plain-unread-notifications = { $n ->
        [one] У вас { $n } непрочитанное уведомление: введите !, чтобы прочитать его.
        [few] У вас { $n } непрочитанных уведомления: введите !, чтобы прочитать их.
       *[many] У вас { $n } непрочитанных уведомлений: введите !, чтобы прочитать их.
    }
plain-unread-notifications-many = У вас более 999 непрочитанных уведомлений: введите !, чтобы прочитать их.
plain-prompt-title = Заголовок:
plain-prompt-reason = Причина:
plain-proposing-all-done = Это всё. Введите send, чтобы отправить в редакционный комитет, draft — чтобы сохранить как черновик, или cancel.
plain-proposing-all-done-correction = Это всё. Введите send, чтобы сразу сохранить исправление, или cancel.
plain-proposing-so-far = Уже введено: { $n }. Следующее или пустая строка, чтобы закончить:
plain-proposing-now = (Сейчас: { $answer }. Enter — оставить.)
plain-proposing-type-number = введите число от 1 до { $n }
plain-proposing-type-numbers = введите числа от 1 до { $n } через запятую
plain-proposing-type-yes-or-no = введите yes или no
plain-proposing-sign-up-first = Сначала зарегистрируйтесь (s): после этого вы сможете отправлять заявки.
plain-proposing-what-to-submit = Что вы хотите предложить? Введите номер или cancel.
plain-proposing-nothing-submitted = Ничего не отправлено.
plain-proposing-choose-kind = Введите число от 1 до 6 или cancel.
plain-proposing-how-to-stop = На любом вопросе введите cancel, чтобы прекратить, или draft, чтобы сохранить введённое как черновик.
plain-proposing-not-a-number = «{ $number }» — не номер заявки.
plain-proposing-no-longer-changed = Заявка { $id }: { $state }; её больше нельзя изменить.
plain-proposing-held-post = Задержанное сообщение редактируется в полноэкранном режиме.
plain-proposing-committee-said = Комитет ответил: { $note }
plain-proposing-answers-shown = Теперь каждый вопрос показывает свой ответ; Enter оставляет его.
plain-proposing-open-event-or-job = Откройте размещённое вами мероприятие или вакансию: correct изменяет их.
plain-proposing-poster-only = Исправлять это могут только разместивший и редакционный комитет.
plain-proposing-correction-reason = Что изменилось и почему (для журнала аудита и тех, кто ответил)?
plain-proposing-correcting = Теперь каждый вопрос показывает свой ответ; Enter оставляет его. После последнего вопроса send сразу сохраняет исправление.
plain-proposing-send-draft-or-cancel = Введите send, draft или cancel.
plain-proposing-correction-no-draft = У исправления нет черновика: введите send, чтобы сохранить его, или cancel.
plain-proposing-not-event-or-job = не мероприятие и не вакансия
plain-proposing-corrected = Исправлено: изменение видно сразу.
plain-proposing-not-corrected = Не исправлено: { $error }. Введите send, чтобы попробовать снова, или cancel.
plain-proposing-sent = Заявка { $id } отправлена: редакционный комитет её рассмотрит (s — список ваших заявок).
plain-proposing-draft-kept = Черновик { $id } сохранён: resubmit { $id } возвращает к нему.
plain-proposing-not-saved = Не сохранено: { $error }.
plain-proposing-not-yet = Ещё нет:
plain-proposing-kind-community = сообщество
plain-proposing-kind-event = мероприятие
plain-proposing-kind-job = вакансия или возможность
plain-proposing-kind-resource = ресурс
plain-proposing-kind-practice = практика
plain-proposing-kind-news = новость или запись в блоге
plain-proposing-strategies = Какие из пяти стратегий (их номера через запятую)?
plain-proposing-some-strategies = С какими из пяти стратегий это связано (их номера через запятую; Enter — ни с какими)?
plain-proposing-competencies = Какие компетенции это помогает развивать (их номера через запятую; Enter — никакие)?
plain-proposing-audiences = Для кого это (номера через запятую; Enter — не указывать)?
plain-proposing-community = В каком сообществе это обсуждается?
plain-proposing-title = Название?
plain-proposing-country = Страна (Enter — не указывать)?
plain-proposing-tags = Теги через запятую (Enter — без тегов)?
plain-proposing-community-name = Название сообщества?
plain-proposing-community-slug = Краткое имя для адресов: a-z, 0-9 и '-'?
plain-proposing-community-purpose = Для чего оно, в одном-двух предложениях?

plain-proposing-community-audience = Для кого оно?
plain-proposing-community-members-only = Доступно для чтения только зарегистрированным участникам, не гостям? yes или no?
plain-proposing-event-kind = Какой тип мероприятия?
plain-proposing-event-starts = Когда оно начинается, по времени организатора, например 2027-03-02 09:00?
plain-proposing-event-ends = Когда оно заканчивается, например 2027-03-03 17:00?
plain-proposing-event-time-zone = Часовой пояс организатора, например Africa/Nairobi?
plain-proposing-event-online = Ссылка для онлайн-участия, https://... (Enter — нет)?
plain-proposing-event-city = Город, если очно (Enter — не указывать)?
plain-proposing-event-organizer = Кто организатор?
plain-proposing-event-deadline = Для приёма докладов: последний день подачи, например 2027-01-15 (Enter — не указывать)?
plain-proposing-event-region = Для какого региона оно?
plain-proposing-event-description = Что это, для кого и сколько стоит участие?
plain-proposing-job-kind = Какой тип?
plain-proposing-job-organization = Какая организация это предлагает?
plain-proposing-job-location = Город или место (Enter — если удалённо)?
plain-proposing-job-region = В каком регионе?
plain-proposing-job-remote = Можно ли работать удалённо? yes или no?
plain-proposing-job-closes = Последний день подачи заявок, например 2027-01-31?
plain-proposing-job-competencies = Какие компетенции (их номера через запятую; Enter — никакие)?
plain-proposing-job-description = Описание должности или программы и кому она подходит?
plain-proposing-job-how-to-apply = Как подать заявку?
plain-proposing-resource-kind = Какой тип ресурса?
plain-proposing-resource-authors = Авторы или организация, подготовившая ресурс?
plain-proposing-resource-year = Год выхода?
plain-proposing-resource-link = Где его найти: https://... (Enter — нет, если вы даёте его текст или файлы)?
plain-proposing-resource-language = На каком языке?
plain-proposing-resource-summary = Что это, о чём говорится, для кого?
plain-proposing-resource-text = Собственный текст ресурса, чтобы участники читали его здесь, одной строкой (Enter — нет; длинные тексты — в полноэкранном режиме)?
plain-proposing-resource-files = Файлы из ваших загрузок для прикрепления, по именам, через запятую (Enter — нет; sftp кладёт файлы в uploads/)?
plain-proposing-resource-region = Какого региона он касается?
plain-proposing-resource-country = Страна, если он посвящён одной стране (Enter — не указывать)?
plain-proposing-news-kind = Это новость или запись в блоге (ваш собственный рассказ или мнение, за вашей подписью)?
plain-proposing-news-title = Заголовок?
plain-proposing-news-region = О каком регионе (Глобально — для всех)?
plain-proposing-news-body = Текст, по абзацу в строке; пустая строка завершает его?
plain-proposing-practice-level = Насколько продвинулась практика?
plain-proposing-practice-country = Страна, где она применялась?
plain-proposing-practice-setting = Где она применялась и в каком масштабе, например 12 сельских медпунктов?
plain-proposing-practice-period = Когда она применялась, например 2016-2021?
plain-proposing-practice-summary = Что это, в нескольких строках?
plain-proposing-practice-what-was-done = Что было сделано?
plain-proposing-practice-results = Каков результат (для поучительной неудачи: что произошло)?
plain-proposing-practice-impact = Влияние на людей и услуги помимо измеренного (Enter — не указывать)?
plain-proposing-practice-expected = Для поучительной неудачи: чего ожидали (Enter — если это не она)?
plain-proposing-practice-why = Для поучительной неудачи: почему ожидаемое не произошло (Enter — если это не она)?
plain-proposing-practice-instead = Для поучительной неудачи: что стоит делать другим вместо этого (Enter — если это не она)?
plain-proposing-practice-lessons = Чему у неё могут научиться другие (Enter — нет, если это поучительная неудача)?
plain-proposing-practice-references = Источники, по одному в строке: библиографическая ссылка | https://link (ссылка, если есть); пустая строка завершает список?
plain-proposing-practice-figures = Цифры, по одной в строке, каждая заканчивается номером источника, из которого она взята, например охват вырос до 75% [1], затем | и оговорка источника, если она есть; пустая строка завершает список?
plain-proposing-practice-contact = К кому обращаться с вопросами (Enter — не указывать)?
plain-proposing-practice-region = Какой регион?
plain-joined-none = Вы ещё не вступили ни в одно сообщество: откройте сообщество из списка на главной и введите join.
plain-latest-threads = { $n ->
        [one] Последние, { $n } тема:
        [few] Последние, { $n } темы:
       *[many] Последние, { $n } тем:
    }
plain-unread-threads = { $n ->
        [one] Непрочитанные, { $n } тема:
        [few] Непрочитанные, { $n } темы:
       *[many] Непрочитанные, { $n } тем:
    }
plain-latest-line = { $title }, в сообществе { $community }: { $replies }, последнее сообщение: { $when }
plain-latest-hint = Введите номер, чтобы прочитать тему; b — назад.
plain-bookmarks-head = Ваши закладки ({ $n }):
plain-reminder-on = напоминание { $day }
plain-bookmark-line = Сообщение { $post } в теме «{ $title }», автор: { $name }
plain-bookmarks-hint = Введите номер, чтобы прочитать тему; bookmark N DAY задаёт напоминание, unbookmark N убирает закладку.
plain-bookmark-usage = Введите номер сообщения: bookmark 12 или bookmark 12 2026-12-01 — с напоминанием.
plain-bookmark-taken-away = Закладка на сообщении { $post } убрана.
plain-was-not-bookmarked = Сообщения { $post } не было в закладках.
plain-not-bookmarked = Закладка не добавлена: { $error }.
plain-bookmarked-with-reminder = Сообщение { $post } добавлено в закладки; напоминание { $day }.
plain-bookmarked = Сообщение { $post } добавлено в закладки: bookmarks показывает их список.
plain-react-usage = Введите react, номер сообщения и thanks, +1 или insightful: react 12 thanks.
plain-reaction-given = Реакция «{ $reaction }» на сообщение { $post } добавлена: его автор узнает об этом.
plain-reaction-taken-back = Реакция «{ $reaction }» на сообщение { $post } отменена.
plain-reaction-not-done = Не выполнено: { $error }.
plain-history-usage = Введите номер сообщения: history 12.
plain-never-edited = Сообщение { $post } ни разу не изменялось.
plain-quote-usage = Введите quote, номер сообщения и, если не целиком, какие строки: quote 12 2-3.
plain-quote-needs-thread = Сначала откройте тему: quote цитирует одно из её сообщений.
plain-quote-other-thread = Сообщение { $post } — в другой теме.
plain-quote-lines-range = { $n ->
        [one] В сообщении { $post } { $n } строка: выберите от 1 до { $n }.
        [few] В сообщении { $post } { $n } строки: выберите от 1 до { $n }.
       *[many] В сообщении { $post } { $n } строк: выберите от 1 до { $n }.
    }
plain-quoted = { $n ->
        [one] Процитирована { $n } строка сообщения { $post } для вашего следующего ответа (r и номер сообщения).
        [few] Процитированы { $n } строки сообщения { $post } для вашего следующего ответа (r и номер сообщения).
       *[many] Процитировано { $n } строк сообщения { $post } для вашего следующего ответа (r и номер сообщения).
    }
plain-reply-starts-with-quotes = Ваш ответ начинается с процитированного:
plain-reactions-usage = Введите номер сообщения: reactions 12.
plain-no-reactions = На сообщение { $post } пока нет реакций.
plain-reaction-from = { $reaction }: { $names }
plain-post-reactions = Сообщение { $post }: { $list }.
plain-signup-policy-again = Введите yes, чтобы принять редакционную политику и создать учётную запись, no — чтобы прекратить, или l — чтобы прочитать её снова.
plain-signup-username = Выберите имя пользователя: от 2 до 32 символов из a-z, 0-9, _ и -. Другие видят его в ваших сообщениях.
plain-signup-name = Ваше имя, каким его увидят другие:
plain-signup-organization = Ваша организация (Enter — оставить пустым):
plain-signup-region = Ваш регион ВОЗ; введите его номер:
plain-signup-time-zone = Ваш часовой пояс, например Africa/Nairobi (Enter — UTC):
plain-signup-policy-head = Редакционная политика:
plain-signup-policy-ask = Введите yes, чтобы принять её и создать учётную запись, или no, чтобы прекратить.
plain-signup-already = Вы уже зарегистрированы.
plain-signup-needs-key = Чтобы зарегистрироваться, подключитесь с SSH-ключом: он станет вашим способом входа.
plain-signup-start = Регистрация. На любом вопросе введите cancel, чтобы прекратить.
plain-signup-not-signed-up = Регистрация не выполнена.
plain-signup-taken = Имя «{ $name }» занято; выберите другое
plain-signup-needs-key-short = Чтобы зарегистрироваться, подключитесь с SSH-ключом.
plain-signup-welcome-admin = Добро пожаловать в сеть, { $name }! Вы первый участник форума, поэтому вы его администратор.
plain-signup-welcome = Добро пожаловать в сеть, { $name }!
plain-signup-start-again = Регистрация не выполнена: { $problems }. Начнём заново.
plain-signup-failed = Регистрация не выполнена: { $error }.
plain-not-shown = Не удалось показать: { $error }.
plain-needs = Для «{ $command }» нужно указать { $what }: h — подробнее.
plain-needs-post-or-item = номер сообщения или материала
plain-needs-level = номер нового уровня
plain-needs-words = слова для поиска
plain-needs-strategy = номер стратегии (их список — strategies)
plain-needs-on-off-auto = on, off или auto
plain-needs-whom = кому писать: имена участников или committee
plain-needs-post = номер сообщения
plain-needs-post-and-reaction = номер сообщения и thanks, +1 или insightful
plain-needs-message-and-why = номер сообщения и причину
plain-needs-member = имя участника
plain-needs-key = номер ключа (их список — keys)
plain-not-a-command = «{ $command }» здесь не команда: h — список команд.
plain-open-no-such-number = Здесь нет номера { $n }: l снова показывает список.
plain-new-since-visit = { $n ->
        [one] { $n } новое сообщение с вашего последнего визита: чтение с первого из них (top — с начала).
        [few] { $n } новых сообщения с вашего последнего визита: чтение с первого из них (top — с начала).
       *[many] { $n } новых сообщений с вашего последнего визита: чтение с первого из них (top — с начала).
    }
plain-reply-needs-thread = Сначала откройте тему: r отвечает на одно из её сообщений.
plain-not-a-post-number = «{ $number }» — не номер сообщения.
plain-reply-other-thread = Сообщение { $post } — в другой теме: r отвечает на сообщение этой темы (номера указаны у каждого сообщения).
plain-replying-to-post = Ответ на сообщение { $post }.
plain-guests-cannot-write = Гости не могут писать: сначала зарегистрируйтесь (введите s; это займёт минуту).
plain-draft-back = { $n ->
        [one] Ваш черновик от { $when } восстановлен, { $n } строка:
        [few] Ваш черновик от { $when } восстановлен, { $n } строки:
       *[many] Ваш черновик от { $when } восстановлен, { $n } строк:
    }
plain-thrown-away = Удалено.
plain-thread-started = Тема { $thread } создана.
plain-reply-posted = Ответ опубликован как сообщение { $post }.
plain-post-edited = Сообщение { $post } изменено: прежняя версия сохранена в его истории.
plain-first-posts-reviewed = Первые сообщения новых участников проходят проверку: ваше — в очереди.
plain-not-posted = Не опубликовано: { $error }. Введите ещё строки, затем точку; или cancel.
plain-message-sent = Сообщение { $number } отправлено в переписку { $conversation }. l — снова прочитать переписку, b — назад к вашим сообщениям.
plain-not-sent = Не отправлено: { $error }. Введите ещё строки, затем точку; или cancel.
plain-events-heading = Предстоящие мероприятия ({ $n }), по вашему часовому поясу:
plain-events-you-are = { $answer ->
        [going] вы пойдёте
       *[interested] вам интересно
    }
plain-events-hint = Введите номер мероприятия, чтобы прочитать о нём; b — назад.
plain-event-head = { $title }. Тип: { $kind }, организатор: { $organizer }.
plain-event-when = С { $from } по { $to }, по вашему времени.
plain-event-when-organizer = С { $from } по { $to }, часовой пояс { $zone } (время организатора).
plain-event-where = Место: { $place }.
plain-event-online = Онлайн: { $link }
plain-event-deadline = Срок подачи: { $date }.
plain-item-strategy = Стратегия: { $stream }.
plain-item-region = Регион: { $region }.
plain-item-competencies = Компетенции: { $list }.
plain-item-for = Для кого: { $list }.
plain-event-hint = Введите y, если пойдёте, i, если вам интересно (повторно — отменить), b — назад.
plain-events-answered = { $answer ->
        [going] Вы пойдёте. Пойдут: { $going }, интересно: { $interested }.
       *[interested] Вам интересно. Пойдут: { $going }, интересно: { $interested }.
    }
plain-jobs-heading = Открытые вакансии и возможности ({ $n }):
plain-jobs-line = { $title }, { $kind }, { $organization }, { $place }; закрывается { $date }
plain-item-number-hint = Введите номер, чтобы прочитать материал; b — назад.
plain-job-head = { $title }. Тип: { $kind }; организация: { $organization }; место: { $place }.
plain-job-closes = Закрывается { $date }.
plain-job-closes-closed = Закрывается { $date } (закрыто).
plain-job-how-to-apply = Как подать заявку: { $how }
plain-back-hint = Введите b, чтобы вернуться.
plain-library-heading = { $n ->
        [one] Библиотека, { $n } запись, сначала новые:
        [few] Библиотека, { $n } записи, сначала новые:
       *[many] Библиотека, { $n } записей, сначала новые:
    }
plain-library-no-strategy = стратегия не указана
plain-library-hint = Введите номер записи, чтобы прочитать её; b — назад.
plain-entry-kind-practice = практика: { $level }
plain-entry-head = { $title }. Тип: { $kind }.
plain-entry-by = Авторы: { $authors }, { $year }, язык: { $language }.
plain-entry-setting = Условия: { $setting }.
plain-entry-level = Уровень «{ $level }» с { $day }, установлен ({ $by }): { $reason }
plain-entry-text = Текст:
plain-entry-files = Файлы: { $files }.
plain-entry-read-discussion-hint = Введите d, чтобы прочитать обсуждение; b — назад.
plain-entry-start-discussion-hint = Введите d, чтобы начать обсуждение; b — назад.
plain-entry-sign-up-to-discuss = Это ещё никто не обсуждал. Зарегистрируйтесь, чтобы начать: введите s.
plain-entry-new-thread = Новая тема в сообществе { $community } под заголовком «{ $title }». Её первое сообщение начинается так:
plain-news-heading = Новости редакционного комитета и участников ({ $n }):
plain-news-hint-member = Введите номер, чтобы прочитать материал; submit — предложить новость или запись в блоге; b — назад.
plain-news-withdrawn = { $title }. Отозвано редакционным комитетом { $day }: { $reason }
plain-news-committee-hint = correct изменяет материал, withdraw снимает его с публикации.
plain-multiple-streams = Несколько направлений
plain-search-heading = { $n ->
        [one] Поиск «{ $words }»: { $n } результат.
        [few] Поиск «{ $words }»: { $n } результата.
       *[many] Поиск «{ $words }»: { $n } результатов.
    }
plain-search-hint = Введите номер результата, чтобы открыть его; b — назад.
plain-learning-guest = Для вашего обучения: зарегистрируйтесь (s), затем отметьте в профиле компетенции, которые вы развиваете.

plain-learning-no-competencies = Для вашего обучения: в вашем профиле пока не указаны компетенции. Введите edit profile, чтобы отметить те, которые вы развиваете.
plain-learning-heading = Для вашего обучения ({ $competencies }): { $events } и { $entries }.
plain-count-upcoming-events = { $n ->
        [one] { $n } предстоящее мероприятие
        [few] { $n } предстоящих мероприятия
       *[many] { $n } предстоящих мероприятий
    }
plain-count-library-entries = { $n ->
        [one] { $n } запись библиотеки
        [few] { $n } записи библиотеки
       *[many] { $n } записей библиотеки
    }
plain-learning-events = Мероприятия, сначала обучение:
plain-learning-event = { $day }, { $kind }: { $title }; развивает: { $competencies }
plain-learning-library = Библиотека:
plain-learning-entry = { $kind }: { $title }; развивает: { $competencies }
plain-number-hint = Введите номер, чтобы открыть; b — назад.
plain-strategies-heading = Стратегии рамочной программы:
plain-strategies-hint = Введите strategy и номер, чтобы прочитать страницу стратегии.
plain-strategies-hint-committee = Введите strategy и номер, чтобы прочитать страницу стратегии, или coverage — практики по стратегиям, регионам и уровням.
plain-strategy-usage = Введите strategy и число от 1 до { $n }: strategies показывает их список.
plain-communities-line = Сообщества: { $names }.
plain-strategy-resources = Ресурсы библиотеки
plain-strategy-practices = Практики по уровням
plain-strategy-events = Предстоящие мероприятия
plain-strategy-jobs = Открытые вакансии
plain-strategy-job = { $title }, { $organization }
plain-coverage-heading = Практики по стратегиям и регионам ВОЗ (AFR, AMR, SEAR, EUR, EMR, WPR, Global); пробел обозначен словом «нет».
plain-coverage-count = { $level }: { $n }
plain-none = нет
plain-notices-heading = Уведомления, непрочитанных: { $unread } из { $n }, сначала новые:
plain-notices-new = новое:
plain-notices-hint = Введите номер, чтобы открыть уведомление (оно станет прочитанным); read all — отметить все прочитанными; b — назад.
plain-people-heading = { $n ->
        [one] Люди: { $n } участник, по организациям:
        [few] Люди: { $n } участника, по организациям:
       *[many] Люди: { $n } участников, по организациям:
    }
plain-people-hint = Введите номер, чтобы открыть страницу участника; people WORDS сужает поиск; b — назад.
plain-member-head = { $name } ({ $username }), { $organization }, { $region }, часовой пояс { $zone }.
plain-member-recent = Последние сообщения ({ $n }):
plain-member-post = В теме «{ $thread }»: { $opening }
plain-member-hint = Введите номер, чтобы прочитать тему этого сообщения; b — назад.
plain-watch-needs-thread = Сначала откройте тему: watch и unwatch действуют на неё.
plain-watching = Отслеживание включено: вы будете получать уведомления о новых сообщениях в этой теме.
plain-not-watching = Вы больше не отслеживаете эту тему.
plain-read-all-needs-place = Сначала откройте сообщество или уведомления (!): read all отмечает прочитанным то, что там перечислено.
plain-messages-heading = Ваши личные переписки ({ $n }, непрочитанных: { $unread }):
plain-messages-unread = (не прочитано)
plain-messages-line = С { $names }: { $about } { $messages }, последнее: { $when }.
plain-messages-none = Пока нет.
plain-messages-hint = Введите номер, чтобы прочитать переписку; message NAMES — написать участникам (message committee — редакционному комитету); messages WORDS ищет по перепискам.
plain-conversation-head = Переписка { $id }: { $about } Собеседники: { $names }.
plain-conversation-earlier = { $n ->
        [one] { $n } более раннее сообщение не выведено: older выводит ещё { $more }.
        [few] { $n } более ранних сообщения не выведены: older выводит ещё { $more }.
       *[many] { $n } более ранних сообщений не выведено: older выводит ещё { $more }.
    }
plain-conversation-message = Сообщение { $number }, от: { $author }, { $when }:
plain-conversation-message-new = Сообщение { $number } (новое), от: { $author }, { $when }:
plain-conversation-reported = Жалоба: сообщение { $number } от: { $author }, { $when }, с текстом:
plain-conversation-reason-given = Указанная причина:
plain-conversation-hint = Введите write, чтобы ответить; report N REASON отправляет сообщение N комитету; block NAME не даёт участнику связываться с вами; b — назад к вашим сообщениям.
plain-messages-found = { $n ->
        [one] { $n } сообщение в ваших переписках по запросу «{ $words }»:
        [few] { $n } сообщения в ваших переписках по запросу «{ $words }»:
       *[many] { $n } сообщений в ваших переписках по запросу «{ $words }»:
    }
plain-messages-found-line = Переписка { $id }, сообщение { $number } от: { $author }: { $first }
plain-messages-found-hint = Введите номер, чтобы прочитать эту переписку; b — назад.
plain-not-searched = Поиск не выполнен: { $error }.
plain-messages-guests = Гости не могут писать сообщения: сначала зарегистрируйтесь (введите s).
plain-message-needs-whom = Для 'message' нужно указать, кому писать: имена участников или committee.
plain-not-now = Сейчас нельзя: { $error }.
plain-message-write = Пишите сообщение построчно. Строка, содержащая только точку (.), отправляет его; cancel удаляет его.
plain-message-no-member = Участника с именем { $name } нет: people показывает список участников.
plain-not-started = Не начато: { $error }.
plain-message-write-to = Пишите сообщение для { $names } построчно. Строка, содержащая только точку (.), отправляет его; cancel удаляет его.
plain-write-needs-conversation = Сначала откройте переписку (messages, затем её номер): write отвечает в ней.
plain-report-needs-conversation = Сначала откройте переписку: report N REASON отправляет её сообщение N комитету.
plain-report-usage = для report нужен номер сообщения, затем причина: report 2 просит мой пароль
plain-reported = Жалоба отправлена: комитет прочитает это сообщение и вашу причину, и ничего больше. Его ответ придёт в переписку { $id } (messages).
plain-not-reported = Жалоба не отправлена: { $error }.
plain-block-nobody = Вы никого не блокируете.
plain-block-list = Вы блокируете: { $names }. unblock NAME снова позволяет участнику связываться с вами.
plain-blocked = { $name } заблокирован(а): сообщения, упоминания и ответы этого участника больше до вас не доходят.
plain-not-blocked = Не заблокировано: { $error }.
plain-unblocked = { $name } разблокирован(а): этот участник снова может связаться с вами.
plain-not-blocking = Вы не блокировали { $name }.
plain-older-needs-conversation = Сначала откройте переписку: older выводит её более ранние сообщения.
plain-unread-conversations = { $n ->
        [one] У вас { $n } переписка с непрочитанными сообщениями: введите messages.
        [few] У вас { $n } переписки с непрочитанными сообщениями: введите messages.
       *[many] У вас { $n } переписок с непрочитанными сообщениями: введите messages.
    }
plain-flag-usage = Введите flag, номер сообщения и причину: spam (спам), off-topic (не по теме), inappropriate (неуместное) или other и пояснение (flag 12 other повторяет рекламу).
plain-membership-needs-community = Сначала откройте сообщество или введите { $verb } и его краткое имя или номер в списке на главной.
plain-no-number-here = Здесь нет номера { $n }.
plain-already-member = Вы уже участник сообщества { $name }.
plain-not-member = Вы не участник сообщества { $name }.
plain-joined-community = Вы вступили в сообщество { $name }.
plain-left-community = Вы вышли из сообщества { $name }.
plain-not-done = Не выполнено: { $error }.
plain-not-a-reason = «{ $reason }» — не причина.
plain-flagged = Жалоба на сообщение { $post } ({ $reason }) отправлена: редакционный комитет её рассмотрит.
plain-not-flagged = Жалоба не отправлена: { $error }.
plain-committee-waiting = { $n ->
        [one] { $n } заявка ждёт рассмотрения (введите queue)
        [few] { $n } заявки ждут рассмотрения (введите queue)
       *[many] { $n } заявок ждут рассмотрения (введите queue)
    }
plain-committee-flagged = { $n ->
        [one] { $n } сообщение с жалобой ждёт решения (введите flags)
        [few] { $n } сообщения с жалобами ждут решения (введите flags)
       *[many] { $n } сообщений с жалобами ждут решения (введите flags)
    }
plain-committee-line = Для редакционного комитета: { $parts }.
plain-edit-needs-thread = Сначала откройте тему: e изменяет одно из ваших сообщений в ней.
plain-editing = Изменение сообщения { $post }. Его текущий текст:
plain-editing-hint = Введите новый текст построчно; строка, содержащая только точку (.), сохраняет его вместо старого, cancel оставляет старый.
plain-edit-not-yours = Сообщение { $post } не ваше: вы не можете его изменить.
plain-delete-needs-thread = Сначала откройте тему: d удаляет одно из ваших сообщений в ней.
plain-delete-question = Удалить сообщение { $post }? Ответы на него останутся на месте. Введите yes, чтобы удалить, или что угодно другое, чтобы оставить.
plain-kept = Оставлено.
plain-post-deleted = Сообщение { $post } удалено.
plain-not-deleted = Не удалено: { $error }.
plain-submissions-none = Вы пока ничего не отправляли в редакционный комитет.
plain-submissions-heading = { $n ->
        [one] Ваши заявки, { $n }, сначала новые:
        [few] Ваши заявки, { $n }, сначала новые:
       *[many] Ваши заявки, { $n }, сначала новые:
    }
plain-submission-line = { $id }, { $kind } «{ $title }»: { $state }
plain-submission-decision = { $name } { $action }: { $note }
plain-submissions-hint = resubmit и номер возвращают к черновику или возвращённой заявке.
plain-profile-guest = У гостей нет профиля: s — регистрация.
plain-profile-about = О себе: { $bio }
plain-profile-head = { $name } ({ $username }), { $role }.
plain-profile-organization = Организация: { $organization }
plain-profile-region = Регион: { $region }
plain-profile-competencies = Компетенции: { $competencies }
plain-profile-time-zone = Часовой пояс: { $zone }
plain-profile-keys = SSH-ключи: { $n }
plain-profile-plain = Простой режим: { $setting }.
plain-profile-display = Отображение: цвет — { $colour }, только ASCII — { $ascii }, звуковой сигнал — { $bell }.
plain-profile-hint = plain on, plain off или plain auto задаёт простой режим для следующих подключений; остальной профиль изменяется в полноэкранном режиме (g, затем y).
plain-set-plain-usage = Введите plain on, plain off или plain auto.
plain-settings-guest = У гостей нет настроек: s — регистрация.
plain-saved-never = Сохранено: при следующем подключении откроется полноэкранный форум.
plain-saved-always = Сохранено: каждое подключение открывается в простом режиме.
plain-saved-automatic = Сохранено: простой режим, когда терминал не может рисовать экраны (TERM=dumb).
plain-not-saved = Не сохранено: { $error }.
exec-profile-guest = у гостей нет профиля: сначала зарегистрируйтесь
exec-joined-community = Вы вступили в сообщество { $community }.
exec-left-community = Вы вышли из сообщества { $community }.
exec-watching-thread = Тема { $thread } отслеживается: вы получите уведомление о каждом новом сообщении в ней.
exec-not-watching-thread = Тема { $thread } больше не отслеживается.
exec-post-deleted = Сообщение { $post } удалено; ответы на него остаются.
exec-flag-give-reason = укажите причину: spam, off-topic, inappropriate или other и пояснение
exec-post-flagged = Жалоба на сообщение { $post } ({ $reason }) отправлена: редакционный комитет её рассмотрит.
exec-bookmark-taken-away = Закладка на сообщении { $post } убрана.
exec-post-not-bookmarked = Сообщения { $post } не было в закладках.
exec-post-bookmarked-remind = Сообщение { $post } добавлено в закладки; напоминание придёт { $day }.
exec-post-bookmarked = Сообщение { $post } добавлено в закладки.
exec-not-a-reaction = '{ $typed }' — не реакция: thanks, +1 или insightful
exec-reaction-given = Реакция «{ $reaction }» на сообщение { $post } добавлена (всего: { $n }).
exec-reaction-taken-back = Реакция «{ $reaction }» на сообщение { $post } отменена (осталось: { $n }).
exec-latest-none-joined = Вы ещё не вступили ни в одно сообщество: join COMMUNITY (communities показывает список).
exec-latest-news-since = { $n ->
        [one] { $n } тема с новыми сообщениями после вашего последнего визита ({ $since })
        [few] { $n } темы с новыми сообщениями после вашего последнего визита ({ $since })
       *[many] { $n } тем с новыми сообщениями после вашего последнего визита ({ $since })
    }
exec-admin-dump-not-text = дамп не является текстом
exec-admin-lifted-reason = снято комитетом досрочно
exec-admin-lifted = { $name } снова может публиковать и входить
exec-admin-members-only = { $community } доступно для чтения только участникам
exec-admin-public = { $community } доступно для чтения всем
exec-admin-now = { $name }: теперь { $state }
exec-admin-sanction = { $until }: { $reason }
exec-admin-not-a-date = '{ $text }' — не дата: используйте YYYY-MM-DD, например 2026-11-01
exec-filter-unknown-kind = неизвестный тип '{ $value }' (допустимые: { $names })
exec-filter-unknown-region = неизвестный регион '{ $value }' (допустимые: { $names })
exec-filter-unknown-strategy = неизвестная стратегия '{ $value }' (допустимые: { $names })
exec-filter-unknown-competency = неизвестная компетенция '{ $value }' (допустимые: { $names })
exec-filter-unknown-audience = неизвестная аудитория '{ $value }' (допустимые: { $names })
exec-filter-month = укажите месяц в виде 2027-01, а не '{ $value }'
exec-edited-by-committee = изменено редакционным комитетом: { $note }
exec-entry-text = текст записи библиотеки { $id }
exec-entry-text-or-files = текст или файлы записи библиотеки { $id } (она доступна по своей ссылке)
exec-older-conversations = { $n ->
        [one] ({ $n } более ранняя переписка не показана; messages --search WORDS находит её)
        [few] ({ $n } более ранние переписки не показаны; messages --search WORDS находит их)
       *[many] ({ $n } более ранних переписок не показано; messages --search WORDS находит их)
    }
exec-conversation-head = Переписка { $id }: { $about }
exec-conversation-with = Собеседники: { $names }
exec-earlier-messages = { $n ->
        [one] ({ $n } более раннее сообщение: conversation { $id } --all)
        [few] ({ $n } более ранних сообщения: conversation { $id } --all)
       *[many] ({ $n } более ранних сообщений: conversation { $id } --all)
    }
exec-reported-message = Жалоба: сообщение #{ $number } переписки { $conversation }, от: { $author }, { $at }:
exec-report-why = Причина:
exec-reported = Жалоба отправлена в редакционный комитет: она и ответ комитета — в переписке { $conversation }.
exec-blocked = { $name } заблокирован(а): сообщения, упоминания и ответы этого участника до вас не доходят.
exec-unblocked = { $name } разблокирован(а).
exec-had-not-blocked = Вы не блокировали { $name }.
exec-guest-sign-up = { $why }; чтобы зарегистрироваться, подключитесь без команды ({ $ssh }) и нажмите s
exec-for-me-sign-up-first = --for-me показывает то, что развивает компетенции из вашего профиля: сначала зарегистрируйтесь
exec-for-me-no-competencies = --for-me показывает то, что развивает компетенции из вашего профиля, а в вашем они не указаны: отметьте их в профиле (в полноэкранном режиме g y, затем e; в простом режиме edit profile)
exec-with-usage = { $why } (использование: { $usage })
exec-fixed-get-file = 'get ENTRY_ID FILE' отправляет файл как есть
exec-fixed-events-ics = 'events.ics' — лента iCalendar
exec-fixed-feed = 'feed' — лента Atom
exec-fixed-policy = 'policy' — текст политики
exec-fixed-admin-export = 'admin export' — собственные строки JSON форума
exec-json-does-not-apply = { $what }: --json здесь неприменим
exec-not-an-order = '{ $typed }' — не порядок: activity, newest или replies
exec-filter-unknown-language = неизвестный язык '{ $value }' (допустимые: { $names })
exec-filter-since = --since принимает день, например 2026-01-31
exec-strategy-unknown = неизвестная стратегия '{ $value }': допустимые — { $names }


# Content languages and translations
plain-written-in = Язык определён как «{ $name }». Если это не так: language { $post } { $code } (или другой код: en fr es ru zh ar).
plain-language-unknown = По такому короткому тексту язык не определить; укажите его: language { $post } КОД (en fr es ru zh ar).
plain-translate-open-first = Сначала откройте запись библиотеки или новость.
plain-proposing-translation-language = На какой язык?
plain-proposing-translation-title = Заголовок в переводе?
plain-proposing-translation-text = Текст в переводе (абзац на строку; пустая строка — конец)?
plain-language-code-takes = Укажите язык кодом: en, fr, es, ru, zh или ar.
plain-not-in-language = На языке «{ $name }» его нет: перевода пока нет. translate — предложить перевод.
plain-languages-line = Языки: { $languages }. in КОД — читать на другом (in en).
plain-language-takes = language принимает номер сообщения и код (language 12 fr) или, на открытой записи, новости или событии, только код (language fr).
plain-language-set = Язык теперь: { $name }.
plain-first-none = Списки снова в обычном порядке.
plain-first-set = Написанное на языках { $names } теперь идёт первым в списках.
plain-item-written-in = Язык: { $name }.
plain-first-note = (Написанное на языках { $names } идёт первым; first none отменяет.)
