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

## Home
home-title = 首页
home-title-guest = 欢迎
home-guest-notice = 您正以访客身份浏览。按 s 注册：只需一分钟，您连接时使用的密钥即成为您的登录凭据。已是成员？请使用您注册的密钥连接，或使用您的密码：
home-welcome = 欢迎，{ $name }
home-committee-work = 编辑委员会：{ $queue } 项待审核，{ $flags } 条被举报的帖子 · 按 g 再按 m
home-latest-news = 最新新闻（g n）
home-public-communities = 公开社区（{ $n } 个）：按 g 再按 c 查看各社区的用途
home-communities-none-joined = 社区（{ $n } 个）：按 J 加入所选社区
home-your-communities = 您的社区（{ $n } 个），然后是其他社区
home-community-new = { $n } 条新
home-jobs-open = { $n } 个开放职位（g j）
home-next-event = 下一场活动 { $when }：{" "}
home-demo = 标有 [demo] 的为示例演示内容，其中人物均为虚构
home-demo-admin = 标有 [demo] 的为示例演示内容；管理员：stoa admin remove-demo

## 注册
signup-language-hint = ← → 选择；以后可在个人资料的显示设置 (v) 中更改
signup-username = 用户名
signup-display-name = 显示名称
signup-display-name-hint = 其他成员看到的您的名字
signup-organization = 机构
signup-organization-hint = 您的工作单位；如为独立人士，请留空
signup-region = 世卫组织区域
signup-region-hint = ← → 选择
signup-time-zone = 时区
signup-time-zone-hint = 例如 Africa/Nairobi、America/Lima、Asia/Manila、Europe/Lisbon
signup-policy = 编辑政策
signup-policy-accept = 我已阅读并接受编辑政策
signup-policy-hint = 按 Enter 阅读，按 Space 勾选

## 帮助 (?)
help-title = 帮助：{ $about }
help-keys-on = { $about }的按键
help-everywhere = 所有屏幕通用
