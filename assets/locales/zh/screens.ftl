### 完整界面的各个屏幕：标题、简介、表单及其文字。

## Display (profile, v)
display-title = 显示
display-intro = Stoa 在您连接的每台设备上的显示方式。← → 选择；Ctrl-S 保存并立即应用。
display-language = 语言
display-language-hint = 自动：使用终端区域设置（LANG）指定的语言，否则为英语
display-language-automatic = 自动
language-partial = { $name }（部分翻译：{ $missing } 条为英文）
display-colour = 颜色
display-colour-hint = 自动：使用颜色，除非您的终端不支持颜色或发送了 NO_COLOR
display-ascii = 仅 ASCII
display-ascii-hint = 自动：仅用于旧式终端和非 UTF-8 的区域设置
display-plain = 纯文本模式
display-plain-hint = 文本行和编号选项，适用于屏幕阅读器；从下次连接起生效
display-bell = 提示音
display-bell-hint = 收到通知时终端响铃；自动：开启
display-saved = 显示设置已保存：无论您从何处连接都会生效。
setting-automatic = 自动
setting-always = 始终
setting-never = 从不
