
## Round 7
forum-account-key-refused = 此密钥无法添加到您的账户：请换一个密钥
forum-account-key-already-yours = 此密钥已在您的账户中
forum-account-too-many-keys = 一个账户最多可有 { $n } 个密钥；请先删除一个
forum-account-last-way-in = 这是您唯一的登录方式：请先添加另一个密钥或设置密码
forum-account-wrong-current-password = 这不是您当前的密码
forum-account-passwords-differ = 两次输入的密码不一致
forum-alerts-every-event = 每个新活动
forum-alerts-every-job = 每个新职位或机会
forum-alerts-new-events = 新活动：{ $parts }
forum-alerts-new-jobs = 新职位与机会：{ $parts }
forum-alerts-doing-save = 保存提醒
forum-alerts-doing-remove = 删除提醒
forum-alerts-already = 您已设置此提醒（{ $alert }）
forum-alerts-too-many = 您已有 { $max } 个提醒：请先删除一个（按 g 再按 !，然后按 a）
forum-audit-reason = 请用一行说明理由，长度为 { $min } 至 { $max } 个字符
forum-audit-doing-read-log = 查看审计日志
forum-board-fields-date-time-needed = 请输入日期和时间，例如 2026-12-03 09:00
forum-board-fields-not-date-time = '{ $typed }' 不是日期和时间：请写成 2026-12-03 09:00 的格式
forum-board-fields-date-needed = 请输入日期，例如 2026-12-03
forum-board-fields-not-date = '{ $typed }' 不是日期：请写成 2026-12-03 的格式
forum-board-fields-link-needed = 以 https:// 开头的网址，例如 https://example.org/join
forum-board-fields-enter = 请输入{ $what }
forum-board-fields-at-least = 至少 { $min } 个字符
forum-board-fields-at-most = 最多 { $max } 个字符
forum-board-fields-description-needed = 请用一两句话说明它是什么（至少 { $min } 个字符）
forum-board-fields-too-long = 最多 { $max } 个字符（当前为 { $len } 个）
forum-board-fields-too-many-tags = 最多 { $max } 个标签（当前为 { $count } 个）
forum-board-fields-tag-too-long = 每个标签最多 { $max } 个字符（'{ $tag }' 超出了）
forum-capabilities-only-admins = 只有管理员可以{ $doing }
forum-capabilities-only-committee = 只有编辑委员会可以{ $doing }
forum-conversations-signature-committee = 编辑委员会（{ $name }）
forum-conversations-empty = 请先写点内容：空消息不会发送
forum-conversations-too-long = 最多 { $max } 个字符（当前为 { $len } 个）；请分两条发送
forum-conversations-sanctioned = { $sanction }；您仍可以给委员会写信（message committee）
forum-conversations-held = 在委员会批准您最初的帖子之前，您只能给委员会写信（message committee）
forum-conversations-blocked-by = { $member } 不接收您的消息
forum-conversations-doing-write = 写私信
forum-conversations-doing-read = 阅读私信
forum-conversations-doing-report = 举报消息
forum-conversations-doing-block = 屏蔽成员
forum-conversations-doing-search = 搜索私信
forum-conversations-to-self = 您已在对话中：请填写其他人
forum-conversations-no-member = 没有名为 { $name } 的成员
forum-conversations-to-nobody = 请填写发给谁：成员，或 committee
forum-conversations-too-many = 最多 { $n } 位其他成员：对话只适用于小组
forum-conversations-no-reason = 请说明它有什么问题，供委员会参考
forum-conversations-own-message = 这是您自己的消息：如要收回所说的话，请再写一条
forum-conversations-committee-not-reported = 委员会自己的对话不能向委员会举报：请直接在对话中给委员会写信
forum-conversations-block-self = 您不能屏蔽自己
forum-conversations-no-query = 请输入要查找的词
forum-corrections-doing-correct-events = 更正活动
forum-corrections-doing-correct-jobs = 更正职位
forum-corrections-event-not-yours = 只有发布者和编辑委员会可以更正活动
forum-corrections-job-not-yours = 只有发布者和编辑委员会可以更正职位
forum-corrections-event-corrected = 活动“{ $title }”已更正：{ $reason }
forum-corrections-nothing-changed = 内容没有任何改动
forum-corrections-withdrawn = 它已被撤下：已撤下的条目不能更正
forum-discussions-hidden-title = 【已被编辑委员会隐藏】
forum-discussions-title-missing = 请为主题填写标题
forum-discussions-title-too-short = 至少 { $min } 个字符
forum-discussions-body-empty = 请先写点内容：空帖子不会发送
forum-discussions-body-too-long = 最多 { $max } 个字符（当前为 { $len } 个）；请拆分为几条回复
forum-discussions-guests-cannot = 访客无法{ $doing }：请先注册（只需一分钟）
forum-discussions-doing-start-threads = 发起主题
forum-discussions-doing-reply = 回复
forum-discussions-thread-locked = 此主题已锁定：不能再回复
forum-editing-doing-edit-others-posts = 编辑其他成员的帖子
forum-editing-doing-edit-posts = 编辑帖子
forum-editing-doing-delete-posts = 删除帖子
forum-editing-note-needed = 请用一行说明委员会为何修改此帖子
forum-editing-only-your-own-to-edit = 您只能编辑自己的帖子
forum-editing-post-was-deleted = 此帖子已被删除
forum-editing-only-your-own-to-delete = 您只能删除自己的帖子
forum-editing-already-deleted = 此帖子已经删除
forum-editorial-decided-by = { $action }：{ $by }，{ $at }
forum-editorial-doing-propose-communities = 提议社区
forum-editorial-doing-submit-items = 提交条目
forum-editorial-doing-read-submissions = 查看投稿
forum-editorial-doing-read-review-queue = 查看审核队列
forum-editorial-doing-decide-on-submissions = 对投稿作出决定
forum-editorial-held-post-edited-from-submission = 待审帖子须在其投稿中编辑
forum-editorial-no-longer-changed = 此投稿状态为“{ $state }”：不能再更改
forum-editorial-already-decided = 投稿 { $id } 已有决定（{ $decided }）
forum-editorial-changed-while-read = 您阅读期间投稿 { $id } 已有变化（{ $decided }）：请重新打开
forum-editorial-not-your-own = 您不能对自己的投稿作出决定
forum-editorial-approved-already = 您已批准：正等待委员会另一位成员审核
forum-editorial-short-name-taken-now = 现已存在使用该简称的社区：请要求修改，让作者另选一个
forum-error-not-found = 未找到{ $what }
forum-missing-post = 帖子 { $id }
forum-missing-thread = 主题 { $id }
forum-missing-thread-is-reply = 主题 { $id }（帖子 { $id } 是主题 { $thread } 中的回复）
forum-missing-conversation = 对话 { $id }
forum-missing-message = 对话 { $id } 中的消息 { $n }
forum-missing-job = 职位 { $id }
forum-missing-submission = 投稿 { $id }
forum-missing-submission-or-post = 投稿 { $id } 或其回复的帖子
forum-missing-event = 活动 { $id }
forum-missing-alert = 提醒 { $id }
forum-missing-news = 新闻 { $id }
forum-missing-entry = 图书馆条目 { $id }
forum-missing-account = 账户“{ $name }”
forum-missing-member = 成员 { $name }
forum-missing-community = 社区“{ $name }”
forum-missing-key = 该密钥
forum-missing-your-account = 您的账户
forum-missing-upload = 上传的文件“{ $name }”
forum-missing-file = 图书馆条目 { $id } 中的文件“{ $name }”
forum-error-held = 您的帖子正在等待编辑委员会审核（投稿 { $submission }）；可按 g 再按 s 查看
forum-error-nothing-to-fix = 没有需要修正的内容
forum-events-for-audience = 面向{ $audience }
forum-events-what-title = 活动标题
forum-events-start-passed = 此开始时间已过：活动栏只列出即将举行的活动
forum-events-end-before-start = 结束时间必须晚于开始时间（{ $start }）
forum-events-deadline-needed = 征稿须填写投稿截止日期，例如 2026-12-01
forum-events-deadline-after-start = 截止日期必须不晚于开始日期
forum-events-place-needed = 请填写线上链接或城市（或两者）
forum-events-organizer-needed = 请填写主办方
forum-events-region-needed = 请选择活动所属区域（如跨多个区域，请选“全球”）
forum-events-time-missing-in-zone = 该时间在此时区中不存在
forum-events-doing-submit = 提交活动
forum-events-doing-keep-list = 保存活动列表
forum-events-doing-answer = 回复活动
forum-events-over = 此活动已结束
forum-events-withdrawn = 此活动已被编辑委员会撤下
forum-files-size-bytes = { $n } 字节
forum-files-size-kb = { $n } KB
forum-files-size-mb = { $n } MB
forum-files-doing-keep-uploads = 保存上传文件
forum-files-doing-upload = 上传文件
forum-files-file-too-big = 单个文件最大为 { $size }
forum-files-space-full = 您的上传文件将占用 { $used }（共 { $space }）：请先删除一些
forum-files-uploads-full = 您已有 { $n } 个上传文件，已达上限：请先删除一些
forum-files-bad-name = '{ $name }' 不是可保存的文件名
forum-files-name-reserved = { $name } 是条目正文自身的名称：请为文件另取一个名字
forum-files-doing-review = 审核文件
forum-files-not-uploaded = { $name } 不在您的上传文件中：请先上传（用 sftp 放入 uploads/）
forum-files-attached-twice = { $name } 附加了两次
forum-files-too-many = 最多 { $n } 个文件
forum-flags-doing-flag-posts = 举报帖子
forum-flags-own-post = 这是您自己的帖子：请改为编辑或删除它
forum-flags-note-needed = 请说明问题所在（选择 'other' 时必须填写说明）
forum-flags-doing-read-queue = 查看举报队列
forum-flags-doing-hide-or-restore = 隐藏或恢复帖子
forum-flags-hidden-already = 该帖子已被隐藏
forum-flags-not-hidden = 该帖子未被隐藏
forum-flags-doing-dismiss = 驳回举报
forum-flags-doing-act-on-authors = 处理作者
forum-flags-none-open = 该帖子没有待处理的举报（可能已有人处理）

forum-jobs-what-title = 标题
forum-jobs-closing-passed = 此截止日期已过
forum-jobs-organization-needed = 请填写提供该职位的机构
forum-jobs-place-needed = 请填写地点，或勾选远程
forum-jobs-region-needed = 请选择所在区域（如跨多个区域，请选“全球”）
forum-jobs-how-to-apply-needed = 请说明申请方式：链接、地址、所需材料
forum-jobs-doing-submit = 提交职位
forum-jobs-doing-close = 关闭职位
forum-jobs-only-poster-closes = 只有其发布者（{ $poster }）可以关闭它
forum-jobs-closed-already = 它已经关闭
forum-library-text-short = { $what }（至少 { $min } 个字符）
forum-library-text-long = 最多 { $max } 个字符（当前为 { $len } 个）
forum-library-tick-strategy = 请至少勾选五项战略中的一项
forum-library-choose-region = 请选择其涉及的区域（如跨多个区域，请选“全球”）
forum-library-choose-community = 请选择讨论它的社区
forum-library-no-such-community = 没有这个社区
forum-library-criterion-unassessed = 请说明是否符合{ $level }的每项标准：“{ $criterion }”尚未评估
forum-library-not-a-criterion = “{ $criterion }”不是{ $level }的标准
forum-library-say-setting = 请说明实施地点和规模，例如 12 个农村卫生站
forum-library-say-expected = 请说明预期结果
forum-library-say-why = 请说明为何未能实现
forum-library-say-instead = 请说明其他人应当改做什么
forum-library-year = 出版年份，例如 { $year }；如未注明，请填 n.d.
forum-library-doing-submit = 向图书馆投稿
forum-library-the-title = 标题
forum-library-enter-authors = 请填写作者或撰写机构
forum-library-enter-link = 请填写获取途径（https://…），或在此提供其文本或文件
forum-library-say-resource-summary = 请说明它是什么、面向谁
forum-library-enter-language = 撰写语言，例如 English
forum-library-text-attach = 最多 { $max } 个字符：较长的文档请作为文件附加
forum-library-enter-country = 请填写实施所在的国家（一个或多个）
forum-library-enter-period = 实施时间，例如 2016–2021 或 2019 年以来
forum-library-say-practice-summary = 请用几行说明它是什么
forum-library-say-what-was-done = 请说明做了什么
forum-library-say-results = 请说明取得了什么结果，如有数据请附上
forum-library-say-lessons = 请说明其他人可以从中学到什么
forum-library-doing-change-level = 更改实践的水平
forum-library-only-practices-level = 只有实践才有水平
forum-library-level-already = 它已经是{ $level }
forum-library-level-changed = 您的实践“{ $title }”现为“{ $level ->
        [emerging] { -level-emerging }
        [promising] { -level-promising }
        [leading] { -level-leading }
        [brilliant-failure] { -level-brilliant-failure }
        [not-assessed] { -level-not-assessed }
       *[other] { $level }
    }”：{ $reason }
forum-new-member-review-doing-post = 发帖
forum-news-doing-write = 撰写新闻
forum-news-doing-propose = 提议新闻
forum-news-doing-correct = 更正新闻
forum-news-doing-withdraw = 撤下新闻
forum-news-withdrawn-not-corrected = 它已被撤下：已撤下的条目不能更正
forum-news-nothing-changed = 内容没有任何改动
forum-news-withdrawn-already = 它已被 { $name } 撤下
forum-news-told-corrected = { $kind ->
        [blog] 委员会更正了您的博客文章“{ $title }”：{ $reason }
       *[news] 委员会更正了您的新闻“{ $title }”：{ $reason }
    }
forum-news-told-withdrew = { $kind ->
        [blog] 委员会撤下了您的博客文章“{ $title }”：{ $reason }
       *[news] 委员会撤下了您的新闻“{ $title }”：{ $reason }
    }
forum-news-what-headline = 标题
forum-news-body-needed = 请撰写新闻正文（至少 { $min } 个字符）
forum-notifications-doing-receive = 接收通知
forum-notifications-doing-watch-threads = 关注主题
forum-notifications-approved = 您的{ $kind ->
        [community] 社区
        [thread] 主题
        [reply] 回复
        [event] 活动
        [job] 职位
        [training] 培训
        [educational-opportunity] 教育机会
        [resource] 资源
        [practice] 实践
        [news] 新闻
        [blog-post] 博客文章
       *[other] 投稿
    }“{ $title }”已获批准并发布
forum-notifications-changes-requested = 委员会要求修改您的{ $kind ->
        [community] 社区
        [thread] 主题
        [reply] 回复
        [event] 活动
        [job] 职位
        [training] 培训
        [educational-opportunity] 教育机会
        [resource] 资源
        [practice] 实践
        [news] 新闻
        [blog-post] 博客文章
       *[other] 投稿
    }“{ $title }”：{ $reason }
forum-notifications-rejected = 您的{ $kind ->
        [community] 社区
        [thread] 主题
        [reply] 回复
        [event] 活动
        [job] 职位
        [training] 培训
        [educational-opportunity] 教育机会
        [resource] 资源
        [practice] 实践
        [news] 新闻
        [blog-post] 博客文章
       *[other] 投稿
    }“{ $title }”未获通过：{ $reason }
forum-pace-starting = 您在过去一小时内已发起 { $n } 个对话；请稍等片刻，或在已有对话中继续
forum-pace-writing = 您在十分钟内已发送 { $n } 条消息；请稍等片刻再发下一条
forum-pace-reacting = 您在十分钟内已给出 { $n } 个回应；请稍等片刻再给下一个
forum-pace-threads = 您在过去一小时内已发起 { $n } 个主题；请稍等片刻，或在已有主题中回复
forum-pace-replying = 您在十分钟内已发表 { $n } 条回复；请稍等片刻再发下一条
forum-pace-editing = 您在十分钟内已编辑 { $n } 次；请稍等片刻再编辑
forum-pace-submitting = 您在过去24小时内已向编辑委员会提交 { $n } 个条目；请稍等片刻再提交下一个
forum-mentions-too-many = 一个帖子最多可提及 { $max } 位成员，每位都会收到通知；这个帖子提及了 { $n } 位
forum-password-at-least = 至少 { $n } 个字符
forum-password-at-most = 最多 { $n } 个字符
forum-password-hashing-failed = 密码哈希失败：{ $error }
forum-people-doing-see-directory = 查看成员名录
forum-people-doing-see-pages = 查看成员主页
forum-pin-lock-move-doing-steer-threads = 锁定、置顶或移动主题
forum-pin-lock-move-already-locked = 该主题已经锁定
forum-pin-lock-move-already-open = 该主题已经开放
forum-pin-lock-move-already-pinned = 该主题已经置顶
forum-pin-lock-move-already-not-pinned = 该主题已经不是置顶
forum-pin-lock-move-already-in = 该主题已在 { $community } 中
forum-proposals-short-name-taken = '{ $slug }' 已被现有社区使用
forum-proposals-purpose-needed = 请用一两句话说明该社区的用途（至少 20 个字符）
forum-proposals-purpose-too-long = 最多 { $max } 个字符（当前为 { $len } 个）
forum-proposals-audience-needed = 请说明面向谁，例如基层医疗的护士
forum-proposals-short-name-needed = 请选择一个简称，例如 primary-care
forum-proposals-short-name-form = 2 至 32 个字符：a-z、0-9 和 '-'
forum-reactions-not-a-day = '{ $typed }' 不是日期：请写成 2026-12-01 的格式
forum-reactions-doing-react = 回应帖子
forum-reactions-doing-bookmark = 收藏帖子
forum-reactions-own-post = 这是您自己的帖子：回应是给他人帖子的
forum-reactions-day-passed = { $day } 已过：请选择今天或之后的日期
forum-reactions-bookmarks-full = 您已有 { $n } 条收藏：请先删除一些（按 g b，然后按 d）
forum-reactions-gone = （已不存在）
forum-roles-only-admins-can = 只有管理员可以{ $doing }
forum-roles-doing-change-roles = 更改角色
forum-roles-doing-add-accounts = 添加账户
forum-roles-only-admin = { $username } 是唯一的管理员；请先让其他人成为管理员
forum-roles-give-a-key = 请至少提供一个公钥
forum-roles-username-taken = '{ $username }' 已被使用
forum-roles-key-taken = 该密钥已属于某个账户
forum-sanctions-your-account = 您的账户已被{ $kind ->
        [muted] 禁言
       *[banned] 封禁
    }，{ $until }：{ $reason }
forum-sanctions-until = 至 { $end } { $zone }
forum-sanctions-until-lifted = 直至委员会解除
forum-sanctions-bad-length = '{ $length }' 不是时长：请用小时或天数，如 12h 或 7d，或 forever
forum-sanctions-doing-mute-or-ban = 禁言或封禁账户
forum-sanctions-doing-lift = 解除禁言和封禁
forum-sanctions-doing-list-accounts = 列出账户
forum-sanctions-end-in-future = 结束时间必须在将来
forum-sanctions-not-sanctioned = { $username } 既未被禁言也未被封禁
forum-sanctions-mute-notice = 您的账户已被禁言，{ $until }：{ $reason }。您仍可阅读；在此之前无法发言。
forum-sanctions-login-key-removed = 本次会话登录所用的 SSH 密钥已从您的账户中删除；请用账户中仍有的密钥重新连接
forum-sanctions-not-yourself = 您不能对自己禁言或封禁
forum-sanctions-outranked = { $actor ->
        [admin] 管理员
        [moderator] 版主
       *[member] 成员
    }不能禁言或封禁{ $target ->
        [admin] 管理员
        [moderator] 版主
       *[member] 成员
    }
forum-search-broken = 搜索暂时无法使用；已在日志中通知管理员（重启或运行 stoa reindex 可重建索引）
forum-search-no-index = 搜索不可用：本论坛未启用搜索索引
forum-search-guests-cannot-search-members = 访客无法搜索成员：请先注册
forum-search-reply-title = 回复：{ $title }
forum-search-job-about = { $kind } · { $organization } · 截止 { $closes }
forum-search-news-about = 新闻 · { $day }
forum-signup-choose-region = 请选择您所在的世卫组织区域（← →）
forum-signup-accept-policy = 请阅读并接受编辑政策以加入
forum-signup-key-taken = 该密钥已属于某个账户：请重新连接以登录
forum-strategies-doing-coverage = 查看图书馆的覆盖情况
forum-validate-username-rule = 2–32 个字符：小写字母、数字、- 和 _
forum-validate-choose-username = 请选择用户名
forum-validate-username-reserved = '{ $name }' 为保留名称；请另选一个
forum-validate-enter-display-name = 请输入他人将看到的您的名字
forum-validate-enter-community-name = 请输入您的社区名称
forum-validate-enter-your = 请输入您的{ $what }
forum-validate-control-characters = 包含无法显示的控制字符或不可见字符；请输入纯文本
forum-validate-too-long = 最多 { $max } 个字符（当前为 { $len } 个）
forum-validate-enter-time-zone = 请输入时区，例如 Africa/Nairobi 或 UTC
forum-validate-unknown-time-zone = 未知时区；请尝试例如 Africa/Nairobi 或 UTC
forum-withdraw-already = 它已由 { $by } 于 { $at } 撤下
forum-withdraw-doing-withdraw-events = 撤下活动
forum-withdraw-doing-withdraw-jobs = 撤下职位
forum-withdraw-event-withdrawn = 委员会撤下了活动“{ $title }”：{ $reason }
forum-withdraw-job-withdrawn = 委员会撤下了您的{ $kind ->
        [training] 培训
        [education] 教育机会
       *[job] 职位
    }“{ $title }”：{ $reason }

# Content languages and translations
forum-languages-doing-set = 标明内容的语言
forum-languages-only-author = 只有作者或编辑委员会可以更改其语言
forum-languages-not-written = 只有帖子、活动、图书馆条目和新闻有语言
forum-translations-doing-propose = 提议翻译
forum-translations-same-language = 原文已是{ $name }：请选择其他语言
forum-translations-what-title = 译文的标题
forum-translations-text-needed = 请填写译文
forum-error-field = { $field }：{ $message }
field-action = 操作
field-ascii = ASCII
field-audience = 受众
field-assessment = 评估
field-setting = 背景
field-references = 参考资料
field-instead = 此前的做法
field-impact = 影响
field-figures = 数据
field-expected = 预期结果
field-audiences = 受众
field-authors = 作者
field-bell = 提示音
field-bio = 个人简介
field-body = 正文
field-by = 由
field-city = 城市
field-closes = 截止日期
field-colour = 颜色
field-community = 社区
field-competencies = 能力
field-competency = 能力
field-confirm = 确认
field-contact = 联系方式
field-country = 国家
field-current = 当前密码
field-deadline = 截止时间
field-description = 描述
field-display_name = 显示名称
field-ends = 结束
field-files = 文件
field-members_only = 仅限成员
field-how_to_apply = 申请方式
field-key = 密钥
field-kind = 类型
field-language = 语言
field-first_languages = 优先语言
field-length = 时长
field-lessons = 经验教训
field-level = 级别
field-link = 链接
field-location = 地点
field-month = 月份
field-name = 名称
field-new = 新密码
field-note = 备注
field-online = 线上
field-organization = 组织
field-organizer = 主办方
field-period = 时期
field-plain = 纯文本模式
field-policy = 编辑政策
field-purpose = 宗旨
field-query = 搜索词
field-reason = 理由
field-region = 区域
field-remote = 远程
field-results = 结果
field-role = 角色
field-since = 起始日期
field-slug = 短名称
field-starts = 开始
field-strategies = 战略
field-strategy = 战略
field-summary = 摘要
field-tags = 标签
field-target = 目标
field-template = 模板
field-text = 文本
field-time_zone = 时区
field-title = 标题
field-until = 截至
field-username = 用户名
field-what_was_done = 所做的工作
field-why = 原因
field-subject = 主题
field-to = 收件人
field-remind = 提醒
field-year = 年份
forum-library-thread-title = 图书馆：{ $title }
forum-library-thread-about = 关于图书馆中的“{ $title }”（{ $kind }，图书馆条目 { $id }）。
