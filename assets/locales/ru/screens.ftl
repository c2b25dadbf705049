### Экраны полноэкранного режима: заголовки, вступления, формы и их тексты.

## Вид (профиль, v)
display-title = Вид
display-intro = Как Stoa выглядит у вас на любом компьютере, с которого вы подключаетесь. ← → — выбор; Ctrl-S сохраняет и сразу применяет.
display-language = Язык
display-language-hint = автоматически: язык, указанный в локали терминала (LANG), иначе английский
display-language-automatic = автоматически
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
