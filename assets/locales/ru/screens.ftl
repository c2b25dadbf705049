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
