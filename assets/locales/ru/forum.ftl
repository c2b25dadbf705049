
## Round 7
forum-account-key-refused = этот ключ нельзя добавить к вашей учётной записи: выберите другой ключ
forum-account-key-already-yours = этот ключ уже есть в вашей учётной записи
forum-account-too-many-keys = в учётной записи может быть не более { $n } { $n ->
        [one] ключа
       *[other] ключей
    }; сначала удалите один
forum-account-last-way-in = это ваш единственный способ входа: сначала добавьте другой ключ или задайте пароль
forum-account-wrong-current-password = это не ваш текущий пароль
forum-account-passwords-differ = пароли не совпадают
forum-alerts-every-event = каждое новое мероприятие
forum-alerts-every-job = каждая новая вакансия или возможность
forum-alerts-new-events = новые мероприятия: { $parts }
forum-alerts-new-jobs = новые вакансии и возможности: { $parts }
forum-alerts-doing-save = сохранять оповещения
forum-alerts-doing-remove = удалять оповещения
forum-alerts-already = у вас уже есть такое оповещение ({ $alert })
forum-alerts-too-many = у вас уже { $max } { $max ->
        [one] оповещение
        [few] оповещения
       *[many] оповещений
    }: сначала удалите одно (g, затем !, затем a)
forum-audit-reason = укажите причину длиной от { $min } до { $max } символов, в одну строку
forum-audit-doing-read-log = читать журнал аудита
forum-board-fields-date-time-needed = введите дату и время, например 2026-12-03 09:00
forum-board-fields-not-date-time = '{ $typed }' — не дата и время: напишите в виде 2026-12-03 09:00
forum-board-fields-date-needed = введите дату, например 2026-12-03
forum-board-fields-not-date = '{ $typed }' — не дата: напишите в виде 2026-12-03
forum-board-fields-link-needed = веб-адрес, начинающийся с https://, например https://example.org/join
forum-board-fields-enter = введите { $what }
forum-board-fields-at-least = не менее { $min } { $min ->
        [one] символа
       *[other] символов
    }
forum-board-fields-at-most = не более { $max } { $max ->
        [one] символа
       *[other] символов
    }
forum-board-fields-description-needed = опишите в одном-двух предложениях, что это такое (не менее { $min } { $min ->
        [one] символа
       *[other] символов
    })
forum-board-fields-too-long = не более { $max } { $max ->
        [one] символа
       *[other] символов
    } (сейчас { $len })
forum-board-fields-too-many-tags = не более { $max } { $max ->
        [one] тега
       *[other] тегов
    } (сейчас { $count })
forum-board-fields-tag-too-long = тег может содержать не более { $max } { $max ->
        [one] символа
       *[other] символов
    } ('{ $tag }' длиннее)
forum-capabilities-only-admins = только администраторы могут { $doing }
forum-capabilities-only-committee = только редакционный комитет может { $doing }
forum-conversations-signature-committee = редакционный комитет ({ $name })
forum-conversations-empty = сначала напишите что-нибудь: пустые сообщения не отправляются
forum-conversations-too-long = не более { $max } { $max ->
        [one] символа
       *[other] символов
    } (сейчас { $len }); отправьте в двух сообщениях
forum-conversations-sanctioned = { $sanction }; вы по-прежнему можете писать комитету (message committee)
forum-conversations-held = пока комитет не одобрит ваши первые сообщения, вы можете писать только комитету (message committee)
forum-conversations-blocked-by = { $member } не принимает от вас сообщения
forum-conversations-doing-write = писать личные сообщения
forum-conversations-doing-read = читать личные сообщения
forum-conversations-doing-report = жаловаться на сообщения
forum-conversations-doing-block = блокировать участников
forum-conversations-doing-search = искать в личных сообщениях
forum-conversations-to-self = вы уже участвуете в беседе: назовите остальных
forum-conversations-no-member = участника с именем { $name } нет
forum-conversations-to-nobody = укажите, кому адресовано: участникам или committee
forum-conversations-too-many = { $n ->
        [one] не более { $n } собеседника: беседы — для небольших групп
       *[other] не более { $n } собеседников: беседы — для небольших групп
    }
forum-conversations-no-reason = объясните комитету, что с ним не так
forum-conversations-own-message = это ваше сообщение: чтобы взять свои слова обратно, напишите ещё раз
forum-conversations-committee-not-reported = на собственные беседы комитета ему не жалуются: лучше напишите ему там
forum-conversations-block-self = нельзя заблокировать самого себя
forum-conversations-no-query = введите слово для поиска
forum-corrections-doing-correct-events = исправлять мероприятия
forum-corrections-doing-correct-jobs = исправлять вакансии
forum-corrections-event-not-yours = исправлять мероприятие могут только его автор и редакционный комитет
forum-corrections-job-not-yours = исправлять вакансию могут только её автор и редакционный комитет
forum-corrections-event-corrected = Мероприятие «{ $title }» исправлено: { $reason }
forum-corrections-nothing-changed = в нём ничего не изменилось
forum-corrections-withdrawn = материал отозван: отозванные материалы не исправляются
forum-discussions-hidden-title = [скрыто редакционным комитетом]
forum-discussions-title-missing = дайте теме название
forum-discussions-title-too-short = { $min ->
        [one] не менее { $min } символа
       *[other] не менее { $min } символов
    }
forum-discussions-body-empty = сначала напишите что-нибудь: пустые сообщения не отправляются
forum-discussions-body-too-long = не более { $max } { $max ->
        [one] символа
       *[other] символов
    } (сейчас { $len }); разделите текст на несколько ответов
forum-discussions-guests-cannot = гости не могут { $doing }: сначала зарегистрируйтесь (это займёт минуту)
forum-discussions-doing-start-threads = создавать темы
forum-discussions-doing-reply = отвечать
forum-discussions-thread-locked = эта тема закрыта: новые ответы не принимаются
forum-editing-doing-edit-others-posts = редактировать сообщения других участников
forum-editing-doing-edit-posts = редактировать сообщения
forum-editing-doing-delete-posts = удалять сообщения
forum-editing-note-needed = объясните в одной строке, почему комитет изменяет это сообщение
forum-editing-only-your-own-to-edit = редактировать можно только свои сообщения
forum-editing-post-was-deleted = это сообщение удалено
forum-editing-only-your-own-to-delete = удалять можно только свои сообщения
forum-editing-already-deleted = это сообщение уже удалено
forum-editorial-decided-by = { $by } { $action } ({ $at })
forum-editorial-doing-propose-communities = предлагать сообщества
forum-editorial-doing-submit-items = отправлять материалы
forum-editorial-doing-read-submissions = читать заявки
forum-editorial-doing-read-review-queue = читать очередь на рассмотрение
forum-editorial-doing-decide-on-submissions = принимать решения по заявкам
forum-editorial-held-post-edited-from-submission = задержанное сообщение редактируется из его заявки
forum-editorial-no-longer-changed = эта заявка в статусе «{ $state }»: изменить её уже нельзя
forum-editorial-already-decided = по заявке { $id } уже принято решение: { $decided }
forum-editorial-changed-while-read = заявка { $id } изменилась, пока вы её читали ({ $decided }): откройте её снова
forum-editorial-not-your-own = нельзя принимать решение по собственной заявке
forum-editorial-approved-already = вы уже одобрили её: она ждёт другого члена комитета
forum-editorial-short-name-taken-now = сообщество с таким кратким именем уже существует: запросите изменения, чтобы автор выбрал другое
forum-error-not-found = { $what }: не найдено
forum-missing-post = сообщение { $id }
forum-missing-thread = тема { $id }
forum-missing-thread-is-reply = тема { $id } (сообщение { $id } — ответ в теме { $thread })
forum-missing-conversation = беседа { $id }
forum-missing-message = сообщение { $n } беседы { $id }
forum-missing-job = вакансия { $id }
forum-missing-submission = заявка { $id }
forum-missing-submission-or-post = заявка { $id } или сообщение, на которое она отвечает
forum-missing-event = мероприятие { $id }
forum-missing-alert = оповещение { $id }
forum-missing-news = новость { $id }
forum-missing-entry = запись библиотеки { $id }
forum-missing-account = учётная запись «{ $name }»
forum-missing-member = участник { $name }
forum-missing-community = сообщество «{ $name }»
forum-missing-key = этот ключ
forum-missing-your-account = ваша учётная запись
forum-missing-upload = загруженный файл «{ $name }»
forum-missing-file = файл «{ $name }» записи библиотеки { $id }
forum-error-held = ваше сообщение ждёт рассмотрения редакционным комитетом (заявка { $submission }); вы найдёте его в разделе g, затем s
forum-error-nothing-to-fix = исправлять нечего
forum-events-for-audience = для: { $audience }
forum-events-what-title = название мероприятия
forum-events-start-passed = это время начала уже прошло: на доске только предстоящие мероприятия
forum-events-end-before-start = окончание должно быть позже начала ({ $start })
forum-events-deadline-needed = для приёма докладов нужен срок подачи, например 2026-12-01
forum-events-deadline-after-start = срок подачи должен быть не позже начала
forum-events-place-needed = укажите ссылку для онлайн-участия или город (или и то и другое)
forum-events-organizer-needed = укажите организатора
forum-events-region-needed = выберите регион, для которого оно проводится (Глобально, если охватывает несколько)
forum-events-time-missing-in-zone = такого времени в этом часовом поясе не существует
forum-events-doing-submit = предлагать мероприятия
forum-events-doing-keep-list = вести список мероприятий
forum-events-doing-answer = отвечать на мероприятия
forum-events-over = это мероприятие завершилось
forum-events-withdrawn = это мероприятие отозвано редакционным комитетом
forum-files-size-bytes = { $n ->
        [one] { $n } байт
        [few] { $n } байта
       *[many] { $n } байт
    }
forum-files-size-kb = { $n } КБ
forum-files-size-mb = { $n } МБ
forum-files-doing-keep-uploads = хранить загрузки
forum-files-doing-upload = загружать файлы
forum-files-file-too-big = размер файла — не более { $size }
forum-files-space-full = ваши загрузки заняли бы { $used } из ваших { $space }: сначала удалите часть
forum-files-uploads-full = { $n ->
        [one] у вас { $n } загрузка — это максимум: сначала удалите её
        [few] у вас { $n } загрузки — это максимум: сначала удалите часть
       *[many] у вас { $n } загрузок — это максимум: сначала удалите часть
    }
forum-files-bad-name = '{ $name }' не подходит как имя файла
forum-files-name-reserved = { $name } — так называется собственный текст записи: дайте файлу другое имя
forum-files-doing-review = проверять файлы
forum-files-not-uploaded = { $name } нет среди ваших загрузок: сначала загрузите его (sftp, в uploads/)
forum-files-attached-twice = { $name } прикреплён дважды
forum-files-too-many = { $n ->
        [one] не более { $n } файла
       *[other] не более { $n } файлов
    }
forum-flags-doing-flag-posts = жаловаться на сообщения
forum-flags-own-post = это ваше собственное сообщение: лучше отредактируйте или удалите его
forum-flags-note-needed = укажите, что не так (для варианта «другое» нужно пояснение)
forum-flags-doing-read-queue = читать очередь жалоб
forum-flags-doing-hide-or-restore = скрывать или восстанавливать сообщения
forum-flags-hidden-already = это сообщение уже скрыто
forum-flags-not-hidden = это сообщение не скрыто
forum-flags-doing-dismiss = отклонять жалобы
forum-flags-doing-act-on-authors = принимать меры к авторам
forum-flags-none-open = у этого сообщения нет открытых жалоб (возможно, их уже кто-то рассмотрел)

forum-jobs-what-title = название
forum-jobs-closing-passed = эта дата окончания приёма заявок уже прошла
forum-jobs-organization-needed = укажите организацию, которая её предлагает
forum-jobs-place-needed = укажите место или отметьте «удалённо»
forum-jobs-region-needed = выберите регион, где она находится (Глобально, если охватывает несколько)
forum-jobs-how-to-apply-needed = укажите, как подать заявку: ссылку, адрес, требуемые документы
forum-jobs-doing-submit = предлагать вакансии
forum-jobs-doing-close = закрывать вакансии
forum-jobs-only-poster-closes = закрыть её может только автор ({ $poster })
forum-jobs-closed-already = она уже закрыта
forum-library-text-short = { $what } (не менее { $min } { $min ->
        [one] символа
       *[other] символов
    })
forum-library-text-long = не более { $max } { $max ->
        [one] символа
       *[other] символов
    } (сейчас { $len })
forum-library-tick-strategy = отметьте хотя бы одну из пяти стратегий
forum-library-choose-region = выберите регион, к которому это относится (Глобально, если охватывает несколько)
forum-library-choose-community = выберите сообщество, в котором это будет обсуждаться
forum-library-no-such-community = такого сообщества нет
forum-library-criterion-unassessed = укажите, выполняется ли каждый критерий уровня «{ $level }»: критерий «{ $criterion }» не оценён
forum-library-not-a-criterion = «{ $criterion }» не является критерием уровня «{ $level }»
forum-library-say-setting = укажите, где это применялось и в каком масштабе, например 12 сельских медпунктов
forum-library-say-expected = укажите, чего ожидали
forum-library-say-why = объясните, почему этого не произошло
forum-library-say-instead = укажите, что другим стоит делать вместо этого
forum-library-year = год выхода, например { $year }, или n.d., если он не указан
forum-library-doing-submit = предлагать материалы в библиотеку
forum-library-the-title = название
forum-library-enter-authors = укажите авторов или организацию, подготовившую материал
forum-library-enter-link = укажите, где его найти (https://…), или добавьте здесь его текст или файлы
forum-library-say-resource-summary = опишите, что это и для кого
forum-library-enter-language = язык, на котором он написан, например русский
forum-library-text-attach = не более { $max } { $max ->
        [one] символа
       *[other] символов
    }: более длинный документ прикрепите файлом
forum-library-enter-country = укажите страну (или страны), где это происходило
forum-library-enter-period = когда это проводилось, например 2016–2021 или с 2019
forum-library-say-practice-summary = опишите в нескольких строках, что это такое
forum-library-say-what-was-done = опишите, что было сделано
forum-library-say-results = опишите, к чему это привело, с цифрами, если они есть
forum-library-say-lessons = опишите, чему другие могут на этом научиться
forum-library-doing-change-level = менять уровень практики
forum-library-only-practices-level = уровень есть только у практик
forum-library-level-already = уровень уже «{ $level }»
forum-library-level-changed = Ваша практика «{ $title }» теперь имеет уровень «{ $level ->
        [emerging] { -level-emerging }
        [promising] { -level-promising }
        [leading] { -level-leading }
        [brilliant-failure] { -level-brilliant-failure }
        [not-assessed] { -level-not-assessed }
       *[other] { $level }
    }»: { $reason }
forum-new-member-review-doing-post = публиковать сообщения
forum-news-doing-write = писать новости
forum-news-doing-propose = предлагать новости
forum-news-doing-correct = исправлять новости
forum-news-doing-withdraw = отзывать новости
forum-news-withdrawn-not-corrected = материал отозван: отозванные материалы не исправляются
forum-news-nothing-changed = в нём ничего не изменилось
forum-news-withdrawn-already = материал уже отозван участником { $name }
forum-news-told-corrected = { $kind ->
        [blog] Комитет исправил вашу запись в блоге «{ $title }»: { $reason }
       *[news] Комитет исправил вашу новость «{ $title }»: { $reason }
    }
forum-news-told-withdrew = { $kind ->
        [blog] Комитет отозвал вашу запись в блоге «{ $title }»: { $reason }
       *[news] Комитет отозвал вашу новость «{ $title }»: { $reason }
    }
forum-news-what-headline = заголовок
forum-news-body-needed = напишите сам текст новости (не менее { $min } { $min ->
        [one] символа
       *[other] символов
    })
forum-notifications-doing-receive = получать уведомления
forum-notifications-doing-watch-threads = следить за темами
forum-notifications-approved = { $kind ->
        [community] Ваше сообщество «{ $title }» одобрено и опубликовано
        [thread] Ваша тема «{ $title }» одобрена и опубликована
        [reply] Ваш ответ «{ $title }» одобрен и опубликован
        [event] Ваше мероприятие «{ $title }» одобрено и опубликовано
        [job] Ваша вакансия «{ $title }» одобрена и опубликована
        [training] Ваше обучение «{ $title }» одобрено и опубликовано
        [educational-opportunity] Ваша образовательная возможность «{ $title }» одобрена и опубликована
        [resource] Ваш ресурс «{ $title }» одобрен и опубликован
        [practice] Ваша практика «{ $title }» одобрена и опубликована
        [news] Ваша новость «{ $title }» одобрена и опубликована
        [blog-post] Ваша запись в блоге «{ $title }» одобрена и опубликована
       *[other] Ваша заявка «{ $title }» одобрена и опубликована
    }
forum-notifications-changes-requested = Комитет просит внести изменения в { $kind ->
        [community] ваше сообщество
        [thread] вашу тему
        [reply] ваш ответ
        [event] ваше мероприятие
        [job] вашу вакансию
        [training] ваше обучение
        [educational-opportunity] вашу образовательную возможность
        [resource] ваш ресурс
        [practice] вашу практику
        [news] вашу новость
        [blog-post] вашу запись в блоге
       *[other] вашу заявку
    } «{ $title }»: { $reason }
forum-notifications-rejected = { $kind ->
        [community] Ваше сообщество «{ $title }» отклонено
        [thread] Ваша тема «{ $title }» отклонена
        [reply] Ваш ответ «{ $title }» отклонён
        [event] Ваше мероприятие «{ $title }» отклонено
        [job] Ваша вакансия «{ $title }» отклонена
        [training] Ваше обучение «{ $title }» отклонено
        [educational-opportunity] Ваша образовательная возможность «{ $title }» отклонена
        [resource] Ваш ресурс «{ $title }» отклонён
        [practice] Ваша практика «{ $title }» отклонена
        [news] Ваша новость «{ $title }» отклонена
        [blog-post] Ваша запись в блоге «{ $title }» отклонена
       *[other] Ваша заявка «{ $title }» отклонена
    }: { $reason }
forum-pace-starting = { $n ->
        [one] за последний час вы начали { $n } беседу; подождите немного или напишите в ней
        [few] за последний час вы начали { $n } беседы; подождите немного или напишите в одной из них
       *[many] за последний час вы начали { $n } бесед; подождите немного или напишите в одной из них
    }
forum-pace-writing = { $n ->
        [one] за десять минут вы отправили { $n } сообщение; подождите немного перед следующим
        [few] за десять минут вы отправили { $n } сообщения; подождите немного перед следующим
       *[many] за десять минут вы отправили { $n } сообщений; подождите немного перед следующим
    }
forum-pace-reacting = { $n ->
        [one] за десять минут вы поставили { $n } реакцию; подождите немного перед следующей
        [few] за десять минут вы поставили { $n } реакции; подождите немного перед следующей
       *[many] за десять минут вы поставили { $n } реакций; подождите немного перед следующей
    }
forum-pace-threads = { $n ->
        [one] за последний час вы создали { $n } тему; подождите немного или ответьте в ней
        [few] за последний час вы создали { $n } темы; подождите немного или ответьте в одной из них
       *[many] за последний час вы создали { $n } тем; подождите немного или ответьте в одной из них
    }
forum-pace-replying = { $n ->
        [one] за десять минут вы опубликовали { $n } ответ; подождите немного перед следующим
        [few] за десять минут вы опубликовали { $n } ответа; подождите немного перед следующим
       *[many] за десять минут вы опубликовали { $n } ответов; подождите немного перед следующим
    }
forum-pace-editing = { $n ->
        [one] за десять минут вы внесли { $n } правку; подождите немного перед следующей
        [few] за десять минут вы внесли { $n } правки; подождите немного перед следующей
       *[many] за десять минут вы внесли { $n } правок; подождите немного перед следующей
    }
forum-pace-submitting = { $n ->
        [one] за последние сутки вы отправили комитету { $n } материал; подождите немного перед следующим
        [few] за последние сутки вы отправили комитету { $n } материала; подождите немного перед следующим
       *[many] за последние сутки вы отправили комитету { $n } материалов; подождите немного перед следующим
    }
forum-mentions-too-many = в сообщении можно упомянуть не более { $max } участников, каждый получает уведомление; здесь упомянуто { $n }
forum-password-at-least = { $n ->
        [one] не менее { $n } символа
       *[other] не менее { $n } символов
    }
forum-password-at-most = { $n ->
        [one] не более { $n } символа
       *[other] не более { $n } символов
    }
forum-password-hashing-failed = не удалось вычислить хеш пароля: { $error }
forum-people-doing-see-directory = просматривать справочник людей
forum-people-doing-see-pages = просматривать страницы участников
forum-pin-lock-move-doing-steer-threads = закрывать, закреплять или перемещать темы
forum-pin-lock-move-already-locked = тема уже закрыта
forum-pin-lock-move-already-open = тема уже открыта
forum-pin-lock-move-already-pinned = тема уже закреплена
forum-pin-lock-move-already-not-pinned = тема и так не закреплена
forum-pin-lock-move-already-in = тема уже находится в сообществе { $community }
forum-proposals-short-name-taken = '{ $slug }' уже занято существующим сообществом
forum-proposals-purpose-needed = опишите в одном-двух предложениях, для чего это сообщество (не менее 20 символов)
forum-proposals-purpose-too-long = не более { $max } { $max ->
        [one] символа
       *[other] символов
    } (сейчас { $len })
forum-proposals-audience-needed = укажите, для кого оно, например медсёстры первичной помощи
forum-proposals-short-name-needed = выберите краткое имя, например primary-care
forum-proposals-short-name-form = от 2 до 32 символов: a-z, 0-9 и '-'
forum-reactions-not-a-day = '{ $typed }' — не день: напишите в виде 2026-12-01
forum-reactions-doing-react = реагировать на сообщения
forum-reactions-doing-bookmark = добавлять сообщения в закладки
forum-reactions-own-post = это ваше сообщение: реакции — для сообщений других участников
forum-reactions-day-passed = { $day } уже прошёл: выберите сегодняшний или более поздний день
forum-reactions-bookmarks-full = { $n ->
        [one] у вас уже { $n } закладка: сначала уберите её (g b, затем d)
        [few] у вас уже { $n } закладки: сначала уберите часть (g b, затем d)
       *[many] у вас уже { $n } закладок: сначала уберите часть (g b, затем d)
    }
forum-reactions-gone = (больше недоступно)
forum-roles-only-admins-can = только администраторы могут { $doing }
forum-roles-doing-change-roles = менять роли
forum-roles-doing-add-accounts = добавлять учётные записи
forum-roles-only-admin = { $username } — единственный администратор; сначала назначьте администратором кого-то ещё
forum-roles-give-a-key = укажите хотя бы один открытый ключ
forum-roles-username-taken = '{ $username }' уже занято
forum-roles-key-taken = этот ключ уже принадлежит другой учётной записи
forum-sanctions-your-account = ваша учётная запись { $kind ->
        [muted] заглушена
       *[banned] заблокирована
    } { $until }: { $reason }
forum-sanctions-until = до { $end } { $zone }
forum-sanctions-until-lifted = пока комитет не снимет ограничение
forum-sanctions-bad-length = '{ $length }' — не срок: укажите часы или дни, например 12h или 7d, либо forever
forum-sanctions-doing-mute-or-ban = заглушать или блокировать учётные записи
forum-sanctions-doing-lift = снимать заглушения и блокировки
forum-sanctions-doing-list-accounts = просматривать список учётных записей
forum-sanctions-end-in-future = окончание должно быть в будущем
forum-sanctions-not-sanctioned = учётная запись { $username } не заглушена и не заблокирована
forum-sanctions-mute-notice = Ваша учётная запись заглушена { $until }: { $reason }. Читать можно, а писать — только после этого срока.
forum-sanctions-login-key-removed = SSH-ключ, с которым выполнен вход в этом сеансе, удалён из вашей учётной записи; подключитесь снова с ключом, который в ней остался
forum-sanctions-not-yourself = нельзя заглушить или заблокировать самого себя
forum-sanctions-outranked = { $actor ->
        [admin] администратор
        [moderator] модератор
       *[member] участник
    } не может заглушить или заблокировать { $target ->
        [admin] администратора
        [moderator] модератора
       *[member] участника
    }
forum-search-broken = поиск сейчас не отвечает; администраторы уведомлены через журнал (перезапуск или stoa reindex перестроит индекс)
forum-search-no-index = поиск недоступен: этот форум работает без поискового индекса
forum-search-guests-cannot-search-members = гости не могут искать участников: сначала зарегистрируйтесь
forum-search-reply-title = Re: { $title }
forum-search-job-about = { $kind } · { $organization } · приём до { $closes }
forum-search-news-about = Новости · { $day }
forum-signup-choose-region = выберите свой регион ВОЗ (← →)
forum-signup-accept-policy = чтобы присоединиться, прочитайте и примите редакционную политику
forum-signup-key-taken = этот ключ уже принадлежит учётной записи: подключитесь заново, чтобы войти
forum-strategies-doing-coverage = просматривать охват библиотеки
forum-validate-username-rule = 2–32 символа: строчные латинские буквы, цифры, - и _
forum-validate-choose-username = выберите имя пользователя
forum-validate-username-reserved = '{ $name }' зарезервировано; выберите другое
forum-validate-enter-display-name = введите имя, которое будут видеть другие
forum-validate-enter-community-name = введите название сообщества
forum-validate-enter-your = введите: { $what }
forum-validate-control-characters = содержит управляющие или невидимые символы, которые нельзя отобразить; введите обычный текст
forum-validate-too-long = { $max ->
        [one] не более { $max } символа (сейчас { $len })
       *[other] не более { $max } символов (сейчас { $len })
    }
forum-validate-enter-time-zone = введите часовой пояс, например Africa/Nairobi или UTC
forum-validate-unknown-time-zone = неизвестный часовой пояс; попробуйте, например, Africa/Nairobi или UTC
forum-withdraw-already = уже отозвано: { $by }, { $at }
forum-withdraw-doing-withdraw-events = отзывать мероприятия
forum-withdraw-doing-withdraw-jobs = отзывать вакансии
forum-withdraw-event-withdrawn = Комитет отозвал мероприятие «{ $title }»: { $reason }
forum-withdraw-job-withdrawn = Комитет отозвал { $kind ->
        [training] ваше обучение
        [education] вашу образовательную возможность
       *[job] вашу вакансию
    } «{ $title }»: { $reason }

# Content languages and translations
forum-languages-doing-set = указывать язык текста
forum-languages-only-author = изменить язык может только автор или редакционный комитет
forum-languages-not-written = язык есть только у сообщений, событий, записей библиотеки и новостей
forum-translations-doing-propose = предлагать переводы
forum-translations-same-language = оригинал уже на языке «{ $name }»: выберите другой язык
forum-translations-what-title = заголовок на языке перевода
forum-translations-text-needed = напишите переведённый текст
forum-error-field = { $field }: { $message }
field-action = действие
field-ascii = ASCII
field-audience = аудитория
field-assessment = оценка
field-setting = условия
field-references = источники
field-instead = что делалось раньше
field-impact = влияние
field-figures = цифры
field-expected = ожидаемые результаты
field-audiences = аудитории
field-authors = авторы
field-bell = звуковой сигнал
field-bio = о себе
field-body = текст
field-by = кем
field-city = город
field-closes = дата закрытия
field-colour = цвет
field-community = сообщество
field-competencies = компетенции
field-competency = компетенция
field-confirm = подтверждение
field-contact = контакт
field-country = страна
field-current = текущий пароль
field-deadline = крайний срок
field-description = описание
field-display_name = отображаемое имя
field-ends = окончание
field-files = файлы
field-members_only = только для участников
field-how_to_apply = как подать заявку
field-key = ключ
field-kind = тип
field-language = язык
field-first_languages = языки в начале
field-length = срок
field-lessons = уроки
field-level = уровень
field-link = ссылка
field-location = место
field-month = месяц
field-name = название
field-new = новый пароль
field-note = примечание
field-online = онлайн
field-organization = организация
field-organizer = организатор
field-period = период
field-plain = текстовый режим
field-policy = редакционная политика
field-purpose = назначение
field-query = запрос
field-reason = причина
field-region = регион
field-remote = удалённо
field-results = результаты
field-role = роль
field-since = с
field-slug = короткое имя
field-starts = начало
field-strategies = стратегии
field-strategy = стратегия
field-summary = краткое описание
field-tags = метки
field-target = цель
field-template = шаблон
field-text = текст
field-time_zone = часовой пояс
field-title = заголовок
field-until = до
field-username = имя пользователя
field-what_was_done = что было сделано
field-why = почему
field-subject = тема
field-to = кому
field-remind = напоминание
field-year = год
forum-library-thread-title = Библиотека: { $title }
forum-library-thread-about = О материале «{ $title }» ({ $kind }, запись библиотеки { $id }).
