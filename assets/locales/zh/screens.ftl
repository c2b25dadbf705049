### 完整界面的各个屏幕：标题、简介、表单及其文字。

## Display (profile, v)
display-title = 显示
display-intro = Stoa 在您连接的每台设备上的显示方式。← → 选择；Ctrl-S 保存并立即应用。
display-language = 语言
display-language-hint = 自动：使用终端区域设置（LANG）指定的语言，否则为英语
display-language-automatic = 自动 ({ $name })
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

## 社区 (g c)
communities-title = 社区
count-members = { $n } 名成员
count-threads = { $n } 个主题
count-posts = { $n } 条帖子
count-replies = { $n } 条回复

## 社区的主题列表
threads-sign-up-to-start = 注册后即可发起主题：按 g 再按 u。
threads-nothing-unread = 这里没有未读内容。
threads-marked-read = 已将 { $n } 个主题标为已读。
threads-order = 主题排序：{ $order }（再按 O 换一种排序）。
order-activity = 最新活动在前
order-newest = 最新主题在前
order-replies = 回复最多在前
threads-sign-up-to-take-part = 注册即可参与
threads-you-are-a-member = 您是成员
threads-j-to-join = 按 J 加入
threads-unread = { $n } 条未读
threads-none-yet-start = 还没有主题。按 n 发起第一个主题。
threads-none-yet = 还没有主题。
threads-could-not-read = 无法读取主题：{ $error }
threads-column-thread = 主题
threads-column-started-by = 发起人
threads-column-replies = 回复
threads-column-re = 回
threads-column-last-post = 最新帖子

## 主题
thread-new-posts = { $n } 条新（u）
thread-started-by = 由 { $name } 发起
thread-pinned = 已置顶
thread-locked = 已锁定：不能再回复
thread-edited-by-committee = 已由编辑委员会编辑：{ $note }
thread-folded = 已折叠 { $n } 条回复：按 Enter 显示

thread-watching = 关注中
post-hidden-by = 已被 { $by } 隐藏：{ $reason }
post-hidden-by-committee-because = 已被编辑委员会隐藏：{ $reason }
post-hidden-by-committee = 已被编辑委员会隐藏
post-edited = 已编辑
post-new = 新

## 主题：按键提示
thread-sign-up-to-watch = 注册后即可关注主题：按 g 再按 u。
thread-now-watching = 已关注：此处有新帖子时会通知您（g !）。
thread-no-longer-watching = 已取消关注：只有对您的回复和提及您时才会通知您。
thread-nothing-to-fold = 此帖子下没有可折叠的回复。
thread-no-unread-left = 此主题中已没有未读帖子。
thread-sign-up-to-reply = 注册后即可回复：按 g 再按 u。
thread-is-locked = 此主题已锁定：不再接受新回复。
thread-reply-to-deleted = 该帖子已被删除：请回复此主题中的其他帖子。
thread-nothing-to-quote = 目前没有可引用的内容。
thread-sign-up-to-bookmark = 注册后即可使用收藏：按 g 再按 u。
thread-bookmark-removed = 已取消收藏。
thread-bookmarked = 已收藏：g b 列出您的收藏，在那里按 e 可设置提醒日期。
thread-edit-only-own = 您只能编辑自己的帖子。
thread-post-was-deleted = 该帖子已被删除。
sign-up-to-take-part = 注册后即可参与：按 g 再按 u。
thread-already-deleted = 该帖子已被删除。
thread-delete-only-own = 您只能删除自己的帖子。
thread-delete-own-question = 删除您的帖子？它将显示为已删除，对它的回复会保留。
thread-delete-as-committee-question = 以编辑委员会身份删除这位成员的帖子？它将显示为已删除。
thread-sign-up-to-react = 注册后即可回应：按 g 再按 u。
member-pages-for-members = 成员页面仅供成员查看：按 g 再按 u 注册。

thread-sign-up-to-flag = 注册后即可举报帖子：按 g 再按 u。
thread-flag-own-post = 这是您自己的帖子：请改为编辑或删除它。
thread-flag-not-shown = 该帖子已不再显示：无需举报。
thread-hide-deleted = 该帖子已被删除：没有可隐藏的内容。

quote-heading = **{ $name }**（帖子 { $post }）：
thread-posts-to-quote = 已选 { $n } 条帖子待引用：按 r 回复时会引用它们；在回复中删除不需要的行即可。

post-by = 帖子 { $post }，作者：{ $name }

## 编辑器：新主题、回复、编辑、私信
composer-new-thread-in = 在 { $name } 中发起新主题
composer-reply-to = 回复 { $name }
composer-reply = 回复
composer-new-thread-about-entry = 在 { $name } 中就此图书馆条目发起新主题
composer-new-thread = 新主题
composer-edit = 编辑
composer-message-to = 发私信给 { $names }
composer-message = 私信
composer-new-conversation = 新的私人对话
composer-edit-as-committee = 以编辑委员会身份编辑 { $name } 的帖子
composer-edit-your-post = 编辑您的帖子
composer-to = 收件人
composer-to-hint = 成员名字，以空格分隔；输入 committee 表示编辑委员会
composer-subject = 主题
composer-subject-hint = 用几个词说明内容（可留空）
composer-title = 标题
composer-title-hint = 用几个词说明主题内容；Tab 转到帖子正文
composer-note = 说明
composer-note-hint = 委员会修改的原因：会随帖子显示
composer-message-field = 消息
composer-post-field = 帖子
composer-body-hint = *强调* **加粗** `代码` - 列表 > 引用 [文字](链接) @名字
composer-esc-goes-back = 按 Esc 返回。
composer-draft-back-posts = 您在 { $when } 的草稿已恢复。Ctrl-S 发布；Esc 可选择保留或丢弃。
composer-draft-back-saves = 您在 { $when } 的草稿已恢复。Ctrl-S 保存；Esc 可选择保留或丢弃。
composer-draft-back-sends = 您在 { $when } 的草稿已恢复。Ctrl-S 发送；Esc 可选择保留或丢弃。
composer-ctrl-s-posts = Ctrl-S 发布。Esc 离开：可将所写内容保存为草稿。
composer-ctrl-s-saves = Ctrl-S 保存。Esc 离开：可将所写内容保存为草稿。
composer-ctrl-s-sends = Ctrl-S 发送。Esc 离开：可将所写内容保存为草稿。
composer-reply-posted = 回复已发布。
composer-message-sent = 消息已发送。
composer-conversation-started = 消息已发送：只有对话中的成员才能阅读。
composer-post-edited = 帖子已编辑：早期版本保留在其历史记录中。
composer-thread-started = 主题已发起。

## 通知 (g !)
notifications-title = 通知
notifications-marked-read = 已将 { $n } 条通知标为已读。
notifications-about = 回复、提及、关注的主题、决定和提醒，最新的在前。
alerts-about = 有与这些条件匹配的新活动或职位时会通知您。在公告板上：按 F，再按 a。
notifications-none = 暂无通知。当有人回复您的帖子、提及您（@名字）、您关注（w）的主题有新帖子，或您提交的内容有了决定时，您会收到通知。
alerts-none = 没有提醒。在活动或职位公告板上，用 F 筛选，然后按 a。
notice-kind-reply = 回复
notice-kind-mention = 提及
notice-kind-watched = 关注
notice-kind-decision = 决定
notice-kind-alert = 提醒
notice-kind-message = 私信
notice-kind-reaction = 回应
notice-kind-reminder = 收藏提醒

notifications-tab = 通知（{ $n } 条未读）
alerts-tab = 提醒（{ $n }）
composer-placeholder = 在此输入。Enter 换行；Ctrl-S 发送。
composer-wrote = { $name } 写道：
search-language-hint = 以该语言撰写的内容（作者注明或自动识别）
