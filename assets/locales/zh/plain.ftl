### 纯文本模式：文本行和编号选项，适用于屏幕阅读器。

plain-help =
    命令：
      a number         打开该社区、主题或帖子的回复
      l                再次列出当前位置的内容
      b                返回；在提问时，放弃回答（与 cancel 相同）
      r NUMBER         回复第 NUMBER 条帖子（在主题中）
      e NUMBER         编辑您的第 NUMBER 条帖子；d NUMBER 删除该帖子
      n                发起主题（在社区中）
      sort ORDER       主题列表排序：activity（活动）、newest（最新）或 replies（回复）
      post N           在主题中：从第 N 条帖子开始往下读
      more             在长主题中：显示接下来的 10 条帖子（Enter 也可）；读过的
                       主题会从第一条未读帖子打开，top 则从第一条帖子开始读
      flag N REASON    举报第 N 条帖子：spam（垃圾信息）、off-topic（离题）、
                       inappropriate（不当内容）或 other NOTE（其他，附说明）
      watch            在主题中：获知每条新帖子；unwatch 取消关注
      join, leave      在社区中：加入或退出；在任何地方都可用 join NAME 加入
                       （NAME 为简称，或首页列表上的编号）
      read all         在社区中：将所有主题标为已读（在通知中：将通知标为已读）
      e                即将举行的活动；在某个活动上，y 表示参加，i 表示感兴趣
      j                开放的职位和机会
      close            在您发布的职位上：在截止日期前关闭
      correct          在您发布的活动或职位上：修改并说明原因
      library          图书馆的资源和实践
      learning         能培养您个人资料中所列能力的活动和资源
      strategies       框架的五项策略；strategy N 阅读某项策略的页面
      news             委员会发布的新闻
      translate        在图书馆条目或新闻上：提议翻译
      in 代码          在其上：以其另一种语言阅读（in en）
      language N 代码  指明帖子 N 的语言（en fr es ru zh ar）；在打开的条目、
                       新闻或活动上：language 代码
      first 代码       用这些语言撰写的内容在列表中排在前面（first fr es）；
                       first none 取消
      committee        编辑委员会有哪些成员，以及如何联系编辑委员会
      search WORDS     搜索讨论、公告板、图书馆、新闻和成员
      notifications    与您相关的内容（或 !）；read all 将其全部标为已读
      latest, unread   您加入的社区中的最新主题，或含有您未读帖子的主题
      react N WHAT     回应第 N 条帖子：thanks、+1 或 insightful（再次输入即撤回）
      bookmark N DAY   收藏第 N 条帖子，可设提醒日期（可选）；bookmarks
                       列出收藏，unbookmark N 取消一条收藏
      history N        第 N 条帖子的早期版本；reactions N 查看谁做了回应
      quote N [A-B]    在主题中：在下一条回复中引用第 N 条帖子（或其第 A 至 B
                       行）；可引用多条，然后输入 r
      messages         您的私人对话；输入编号阅读一段对话（最新 20 条；older
                       显示更多），write 在其中回复；messages WORDS 搜索对话
      message NAMES    私下写信给成员，或用 message committee 写信给编辑委员会
                       （只有对话中的成员才能阅读该对话）
      report N REASON  在对话中：将第 N 条消息发送给委员会
      block NAME       阻止某成员的消息、提及和回复送达您；unblock NAME 取消
                       屏蔽；blocked 列出已屏蔽的成员
      people           人员名录（成员）；people WORDS 缩小范围
      submit           提议社区、活动、职位、资源或实践
      s                您的投稿（成员）；注册（持有密钥的访客）
      resubmit NUMBER  重新处理草稿或被退回的投稿
      profile          您在此处的身份信息；plain on、off 或 auto 设置纯文本模式
      edit profile     您的姓名、机构、地区、时区、一句话简介、能力
      keys             您的密钥；add key、remove key N；password 设置密码
      h                这些命令
      q                离开 Stoa
    撰写帖子时，请逐行输入；只含句点（.）的一行即发送，只含 cancel 一词的一行即丢弃。
plain-help-committee =
    编辑委员会的命令：
      queue            待处理事项；输入编号打开，然后用 a, c, x 作出决定
      flags            被举报的帖子；hide N 或 dismiss N
      coverage         按策略、WHO 区域和级别列出实践：找出空白
      withdraw         在活动或职位上：从公告板撤下；在新闻上：撤下新闻
      correct          在新闻上：修改并说明原因
      level N          在实践上：更改其级别
      write news       发布新闻
plain-welcome = 欢迎来到 { $site }，{ $name }。
plain-welcome-guest = 欢迎来到 { $site }。您正以访客身份阅读；输入 s 注册即可参与。
plain-intro = 这是纯文本模式：输入编号或命令，然后按 Enter。h 列出所有命令。
plain-ask-title = 输入新主题的标题，然后按 Enter。
plain-ask-delete = 删除帖子 { $post }？输入 yes 确认删除。
plain-ask-submit = 输入要提交内容的编号：1 社区，2 活动，3 职位，4 资源，5 实践；或输入 cancel。
plain-ask-answer = 输入您的回答，或输入 cancel。
plain-ask-reason = 输入理由，或输入 cancel。
plain-ask-body = 逐行撰写您的帖子。只含句点（.）的一行即发送；输入 cancel 则丢弃。
plain-error = 错误：{ $error }
plain-communities = 社区，共 { $n } 个：
plain-threads = { $n } 个主题
plain-with-unread = ，{ $n } 个含未读帖子
plain-joined = ，已加入
plain-home-hint = 输入社区编号即可打开；e 查看活动，j 查看职位，或输入 library、news。

plain-new = { $n } 条新
plain-locked = 已锁定
plain-thread-line = { $title }，{ $name } 发起，{ $replies }，最新帖子：{ $when }
plain-community-hint = 输入主题编号即可阅读，n 发起主题，b 返回。
plain-thread-head = { $title }，位于 { $community }。{ $posts }。
plain-posts-range = 帖子 { $from } 至 { $to }，共 { $total } 条：
plain-replying-to = 回复帖子 { $post }
plain-deleted = 已删除
plain-reactions = 回应：{ $list }。
plain-thread-more-hint = 输入 more（或直接按 Enter）阅读帖子 { $from } 至 { $to }（共 { $total } 条），输入 r 加帖子编号回复该帖子，b 返回。
plain-thread-hint = 输入 r 加帖子编号回复该帖子，b 返回。
plain-more-no-thread = more 用于阅读长主题的下一页：请先打开一个主题。
plain-end-of-thread = 主题到此结束：l 重新阅读最后一页，b 返回。
plain-goodbye = 再见。
plain-committee-only = '{ $command }' 是编辑委员会的命令：h 列出您可用的命令。
plain-open-event-first = 请先打开一个活动：y 和 i 用于回应它。
plain-open-community-first = 请先打开一个社区：n 在其中发起主题。
plain-no-title = 没有标题：未发起主题。
plain-sorted = 主题排序：{ $order }。
plain-sort-takes = sort 后接 activity、newest 或 replies。
plain-post-needs-thread = 请先打开一个主题：post N 从其第 N 条帖子开始阅读。
plain-post-takes = post 后接本主题中某条帖子的编号，即帖子旁显示的编号（帖子 14，作者：……）。

## Round 6: plain mode, commands, item fields
board-item-when = { $starts } 至 { $ends }（{ $zone }）
board-item-where-and-when = 时间和地点
board-item-classified = 分类
board-item-tags = 标签：{ $tags }
board-item-withdrawn-by = 已被 { $by } 撤下：{ $reason }
board-item-on-the-events-board = 在活动公告板上（g e）：{ $going } 人参加，{ $interested } 人感兴趣
board-item-event-over = 已结束：见活动公告板的“往期”
board-item-job-closed-early = 已提前关闭：见职位公告板的归档
board-item-job-open = 在职位公告板上开放（g j）
board-item-job-closed = 已关闭：见职位公告板的归档
board-item-practice-level = 实践：{ $level }
board-item-in-the-library = 已收入图书馆（g l），类型：{ $kind }
board-item-on-the-news-screen = 在新闻屏幕上（g n），作为{ $kind } { $id }
governance-nobody-yet = 暂无成员：由管理员任命其版主
governance-reach = 如需联系委员会，可举报帖子请其查看，或提议社区、活动、职位或图书馆条目：委员会会逐一审核，并说明作出决定的理由。
governance-outside-the-forum = 论坛以外：{ $contact }。
news-byline-blog = { $name } 的博客文章
news-byline-member = 来自 { $name } 的新闻
practice-what-was-expected = 预期结果
practice-what-happened = 实际情况
practice-why = 原因
practice-what-others-should-do-instead = 他人应如何改进
practice-caveat = （来源的注意事项：{ $caveat }）
app-post-held = 新成员的前几条帖子需经审核：您的帖子已在队列中（g s）。
app-fields-need-attention = { $n } 个字段需要处理：请查看其下方的说明。
app-not-saved = 未保存：{ $problems }。
app-also = { $under } 另外：{ $problems }。
chrome-too-small = 终端太小：{ $size }，需要 { $need }
communities-could-not-read = 无法读取社区：{ $error }
communities-none-yet = 暂无社区。
communities-sign-up-to-join = 注册后即可加入社区：按 g 再按 u。
busy-leaving = 正在退出…
busy-joining = 正在加入…
communities-left = 您已退出 { $name }。
communities-joined = 您已加入 { $name }：它现在排在您首页的最前面。
tabs-shown-of = { $label }（第 { $n } 个，共 { $count } 个，Tab 切换下一个）
muted-until = 禁言至 { $when }：{ $reason }
muted-until-lifted = 禁言至委员会解除为止：{ $reason }
signup-needs-key = 请使用 SSH 密钥连接以注册：该密钥将成为您的登录方式。
form-leave-question = 离开此表单？您在其中输入的内容将会丢失。
plain-account-name = 其他人看到的您的姓名
plain-account-organization = 您的机构
plain-account-region = 您所在的世卫组织区域
plain-account-time-zone = 您的时区
plain-account-bio = 一句话介绍您自己
plain-account-competencies = 您正在培养的能力
plain-account-ask = { $question }：
plain-account-now = （当前：{ $now }。按 Enter 保留。）
plain-account-type-its-number = { $question }；请输入其编号。
plain-account-competencies-ask = { $question }，用于推荐培养这些能力的活动和资源（learning）；输入编号，用逗号分隔，或输入 none。
plain-account-paste-key = 将公钥粘贴为一行（ssh-ed25519 AAAA... you@laptop），或输入 cancel：
plain-account-remove-key-ask = 删除密钥 { $fingerprint }？输入 yes 确认删除。
plain-account-current-password = 您的当前密码（显示为星号）：
plain-account-new-password = 新密码（显示为星号）：
plain-account-new-password-again = 再次输入新密码：
plain-account-competency-numbers = 输入 1 到 { $n } 的编号，用逗号分隔，或输入 none
plain-account-guests = 访客没有账户：输入 s 即可注册。
plain-account-keys-head = 您的 SSH 密钥，共 { $n } 个：
plain-account-key-line = { $fingerprint } { $comment }，{ $added } 添加
plain-account-keys-hint = add key 添加密钥；remove key 加编号删除密钥。
plain-account-remove-key-how = 输入 keys 查看编号，然后输入 remove key 加编号。
plain-account-nothing-changed = 未做任何更改。
plain-account-type-a-number = 输入 1 到 { $n } 的编号
plain-account-kept = 已保留。
plain-account-password-set = 密码已设置：您也可以用 { $ssh } 登录。
plain-committee-tags = 标签：{ $tags }
plain-committee-queue-only = 审核队列属于编辑委员会。
plain-committee-queue-empty = 没有待审核的内容。
plain-committee-queue-head = 审核队列，{ $n } 项待处理，最早的在前：
plain-committee-queue-line = { $kind }“{ $title }”，{ $name } 提交，{ $ago } 发送
plain-committee-queue-hint = 输入条目编号即可阅读并作出决定，b 返回。
plain-committee-submission-head = 投稿 { $id }：{ $kind }“{ $title }”，{ $name } 提交，{ $state }。
plain-committee-read-files = 用 { $sftp } 阅读文件（位于 review/{ $folder }/）。
plain-committee-decide-hint = 输入 a 批准，c 要求修改，x 拒绝；每项都会询问理由。b 返回。
plain-committee-why-approve = 为什么批准？输入作者会看到的理由，或输入 cancel。
plain-committee-what-to-change = 作者应修改什么？输入作者会看到的理由，或输入 cancel。
plain-committee-why-reject = 为什么拒绝？输入作者会看到的理由，或输入 cancel。
plain-committee-flags-only = 举报由编辑委员会处理。
plain-committee-flags-head = 被举报的帖子，共 { $n } 条：
plain-committee-flag-line = 帖子 { $post }，{ $name } 发表于“{ $thread }”：{ $reasons }。内容：{ $says }
plain-committee-flags-hint = 输入 hide 加帖子编号即隐藏该帖子，输入 dismiss 加编号即保留该帖子；每项都会询问理由。
plain-committee-resolve-only = 隐藏帖子和驳回举报由编辑委员会处理。
plain-committee-not-a-post-number = '{ $number }' 不是帖子编号。
plain-committee-why-hide = 为什么隐藏帖子 { $post }？输入理由，或输入 cancel。
plain-committee-why-keep = 为什么保留帖子 { $post }？输入理由，或输入 cancel。
plain-committee-steward-only = 这由编辑委员会处理。
plain-committee-level-takes = 输入 level 加编号：{ $levels }。
plain-committee-steward-what = 打开活动、职位或新闻即可将其撤下，打开实践即可更改其级别。
plain-committee-why-audit = 为什么？输入理由（将记入审计日志），或输入 cancel。
plain-committee-criterion = “{ $level }”的标准，第 { $n } 条，共 { $total } 条：{ $criterion }。该实践是否符合？输入 yes 或 no（或 cancel）。
plain-committee-nothing-done = 未执行任何操作。
plain-committee-yes-or-no = 请输入 yes 或 no。{ $again }
plain-committee-reason-audit = 输入理由（将记入审计日志），或输入 cancel。
plain-committee-submission-now = 投稿 { $id } 现为：{ $state }。
plain-committee-post-hidden = 帖子 { $post } 已隐藏。
plain-committee-flags-dismissed = 帖子 { $post } 的举报已驳回。
plain-committee-withdrawn-event = 已撤下：它已不在活动公告板上。
plain-committee-withdrawn-news = 已撤下：它已从新闻、订阅源和搜索中移除。
plain-committee-level-now = 现为“{ $level }”：此更改已记入其历史。
plain-committee-not-done = 未完成：{ $error }。
plain-committee-members-head = 编辑委员会：
plain-news-draft-region-number = 输入 1 到 { $n } 的编号，或按 Enter。
plain-news-draft-correcting = 正在更正“{ $title }”。原因是什么？读者会随更正一起看到（或输入 cancel）。
plain-news-draft-headline-keep = 标题（按 Enter 保留“{ $title }”）：
plain-news-draft-region-keep = 所属区域：输入其编号，或按 Enter 保留。
plain-news-draft-text-correcting = 正文，逐行输入；只含句点（.）的一行即保存更正（如未输入任何行，正文保持不变）。
plain-news-draft-headline = 标题：
plain-news-draft-region = 所属区域：输入其编号，或按 Enter 作为面向所有人的新闻。
plain-news-draft-text = 正文，逐行输入；只含句点（.）的一行即发布，输入 cancel 则丢弃。
plain-news-draft-committee-writes = 新闻由编辑委员会撰写。
plain-news-draft-committee-corrects = 新闻由编辑委员会更正。
plain-news-draft-open-first = 请先打开一条新闻：correct 用于修改它。
plain-news-draft-withdrawn = 它已被撤下：已撤下的内容不能更正。
plain-news-draft-not-found = 未找到：{ $error }。
plain-news-draft-thrown-away = 已丢弃。
plain-news-draft-published = 已发布：“{ $title }”。
plain-news-draft-not-published = 未发布：{ $error }。请继续输入，然后输入句点；或输入 cancel。
plain-news-draft-corrected = 已更正，并附上您的理由。
plain-news-draft-not-corrected = 未更正：{ $error }。
plain-close-job-open-first = 请先打开一个职位：close 用于关闭您发布的职位。
plain-close-job-not-closed = 未关闭：{ $error }。
plain-more-than-999-unread = 超过 999 条未读
plain-new-notification = 有一条新通知（{ $waiting }）：输入 ! 阅读。
plain-new-message = 对话 { $conversation } 中有一条新消息：输入 messages 阅读。
plain-unread-notifications = 您有 { $n } 条未读通知：输入 ! 阅读。
plain-unread-notifications-many = 您有超过 999 条未读通知：输入 ! 阅读。
plain-prompt-title = 标题：
plain-prompt-reason = 理由：
plain-proposing-all-done = 问题已全部回答。输入 send 发送给编辑委员会，draft 保存为草稿，或输入 cancel。
plain-proposing-all-done-correction = 问题已全部回答。输入 send 立即保存更正，或输入 cancel。
plain-proposing-so-far = 目前已有 { $n } 项。输入下一项，或输入空行结束：
plain-proposing-now = （当前：{ $answer }。按 Enter 保留。）
plain-proposing-type-number = 输入 1 到 { $n } 的编号
plain-proposing-type-numbers = 输入 1 到 { $n } 的编号，用逗号分隔
plain-proposing-type-yes-or-no = 输入 yes 或 no
plain-proposing-sign-up-first = 请先注册（s）：之后即可投稿。
plain-proposing-what-to-submit = 您想提交什么？输入其编号，或输入 cancel。
plain-proposing-nothing-submitted = 未提交任何内容。
plain-proposing-choose-kind = 输入 1 到 6 的编号，或输入 cancel。
plain-proposing-how-to-stop = 在任何问题处输入 cancel 即可停止，输入 draft 则保存目前已填写的内容。
plain-proposing-not-a-number = '{ $number }' 不是投稿编号。
plain-proposing-no-longer-changed = 投稿 { $id } 状态为“{ $state }”：已无法再修改。
plain-proposing-held-post = 待审核的帖子需在全屏模式下编辑。
plain-proposing-committee-said = 委员会的意见：{ $note }
plain-proposing-answers-shown = 每个问题现在都会显示其答案；按 Enter 保留。
plain-proposing-open-event-or-job = 请打开您发布的活动或职位：correct 用于修改它。
plain-proposing-poster-only = 只有发布者和编辑委员会可以更正它。
plain-proposing-correction-reason = 修改了什么，原因是什么（用于审计日志，并告知已回应的人）？
plain-proposing-correcting = 每个问题现在都会显示其答案；按 Enter 保留。回答完最后一个问题后，输入 send 即立即保存更正。
plain-proposing-send-draft-or-cancel = 输入 send、draft 或 cancel。
plain-proposing-correction-no-draft = 更正没有草稿：输入 send 保存，或输入 cancel。
plain-proposing-not-event-or-job = 不是活动或职位
plain-proposing-corrected = 已更正：修改会立即显示。
plain-proposing-not-corrected = 未更正：{ $error }。输入 send 重试，或输入 cancel。
plain-proposing-sent = 投稿 { $id } 已发送：编辑委员会将进行审核（s 列出您的投稿）。
plain-proposing-draft-kept = 草稿 { $id } 已保存：resubmit { $id } 可继续处理。
plain-proposing-not-saved = 未保存：{ $error }。
plain-proposing-not-yet = 尚未完成：
plain-proposing-kind-community = 社区
plain-proposing-kind-event = 活动
plain-proposing-kind-job = 职位或机会
plain-proposing-kind-resource = 资源
plain-proposing-kind-practice = 实践
plain-proposing-kind-news = 新闻或博客文章
plain-proposing-strategies = 涉及五项策略中的哪几项（输入编号，用逗号分隔）？
plain-proposing-some-strategies = 它针对五项策略中的哪几项（输入编号，用逗号分隔；按 Enter 表示无）？
plain-proposing-competencies = 它有助于培养哪些能力（输入编号，用逗号分隔；按 Enter 表示无）？
plain-proposing-audiences = 它面向哪些对象（输入编号，用逗号分隔；按 Enter 表示无）？
plain-proposing-community = 由哪个社区讨论？
plain-proposing-title = 标题？
plain-proposing-country = 所在国家（按 Enter 表示无）？
plain-proposing-tags = 标签，用逗号分隔（按 Enter 表示无）？
plain-proposing-community-name = 社区名称？
plain-proposing-community-slug = 简称，用于地址：a-z、0-9 和 '-'？
plain-proposing-community-purpose = 用一两句话说明它的用途？

plain-proposing-community-audience = 它面向哪些人？
plain-proposing-community-members-only = 是否仅限已注册成员阅读，访客不可阅读？yes 或 no？
plain-proposing-event-kind = 活动类型？
plain-proposing-event-starts = 开始时间，按主办方的时间，例如 2027-03-02 09:00？
plain-proposing-event-ends = 结束时间，例如 2027-03-03 17:00？
plain-proposing-event-time-zone = 主办方的时区，例如 Africa/Nairobi？
plain-proposing-event-online = 线上链接，https://...（按 Enter 表示无）？
plain-proposing-event-city = 如为线下活动，所在城市（按 Enter 表示无）？
plain-proposing-event-organizer = 主办方是谁？
plain-proposing-event-deadline = 如为征稿，投稿截止日期，例如 2027-01-15（按 Enter 表示无）？
plain-proposing-event-region = 面向哪个区域？
plain-proposing-event-description = 活动内容、面向对象和费用？
plain-proposing-job-kind = 什么类型？
plain-proposing-job-organization = 提供该机会的机构？
plain-proposing-job-location = 所在城市或地点（如为远程，按 Enter）？
plain-proposing-job-region = 位于哪个区域？
plain-proposing-job-remote = 能否远程工作？yes 或 no？
plain-proposing-job-closes = 申请截止日期，例如 2027-01-31？
plain-proposing-job-competencies = 涉及哪些能力（输入编号，用逗号分隔；按 Enter 表示无）？
plain-proposing-job-description = 职位或项目内容，以及适合哪些人？
plain-proposing-job-how-to-apply = 如何申请？
plain-proposing-resource-kind = 资源类型？
plain-proposing-resource-authors = 作者，或编写它的机构？
plain-proposing-resource-year = 发布年份？
plain-proposing-resource-link = 获取地址：https://...（如提供了正文或文件，可按 Enter 表示无）？
plain-proposing-resource-language = 使用的语言？
plain-proposing-resource-summary = 它是什么、讲了什么、面向哪些人？
plain-proposing-resource-text = 供成员在此阅读的正文，写在一行内（按 Enter 表示无；较长的正文请使用全屏模式）？
plain-proposing-resource-files = 要附加的已上传文件，按名称列出，用逗号分隔（按 Enter 表示无；sftp 会将文件放入 uploads/）？
plain-proposing-resource-region = 涉及哪个区域？
plain-proposing-resource-country = 如涉及某个国家，是哪个国家（按 Enter 表示无）？
plain-proposing-news-kind = 是新闻，还是博客文章（您本人的经历或观点，以您的名义署名）？
plain-proposing-news-title = 标题？
plain-proposing-news-region = 涉及哪个区域（面向所有人请选“全球”）？
plain-proposing-news-body = 正文，每行一段；输入空行结束？
plain-proposing-practice-level = 它进展到了什么程度？
plain-proposing-practice-country = 在哪个国家开展？
plain-proposing-practice-setting = 在哪里开展、规模多大，例如 12 个农村卫生站？
plain-proposing-practice-period = 开展时间，例如 2016-2021？
plain-proposing-practice-summary = 用几行说明它是什么？
plain-proposing-practice-what-was-done = 做了哪些工作？
plain-proposing-practice-results = 取得了什么结果（如为有价值的失败：发生了什么）？
plain-proposing-practice-impact = 除已测量的结果外，它对人群和服务的影响（按 Enter 表示无）？
plain-proposing-practice-expected = 如为有价值的失败，原本预期的结果是什么（如不是，按 Enter）？
plain-proposing-practice-why = 如为有价值的失败，预期结果为何未能实现（如不是，按 Enter）？
plain-proposing-practice-instead = 如为有价值的失败，他人应如何改进（如不是，按 Enter）？
plain-proposing-practice-lessons = 他人可以从中学到什么（如为有价值的失败，可按 Enter 表示无）？
plain-proposing-practice-references = 参考文献，每行一条：引文 | https://链接（如有链接）；输入空行结束？
plain-proposing-practice-figures = 相关数据，每行一条，每条以其所依据参考文献的编号结尾，例如 覆盖率升至 75% [1]；如来源附有注意事项，再加 | 和该注意事项；输入空行结束？
plain-proposing-practice-contact = 可向谁咨询（按 Enter 表示无）？
plain-proposing-practice-region = 哪个区域？
plain-joined-none = 您尚未加入任何社区：从首页列表中打开一个社区，然后输入 join。
plain-latest-threads = 最新，{ $n } 个主题：
plain-unread-threads = 未读，{ $n } 个主题：
plain-latest-line = { $title }，位于 { $community }：{ $replies }，最新帖子：{ $when }
plain-latest-hint = 输入编号即可阅读该主题，b 返回。
plain-bookmarks-head = 您的收藏，共 { $n } 条：
plain-reminder-on = { $day } 提醒
plain-bookmark-line = 帖子 { $post }，位于 { $title }，作者 { $name }
plain-bookmarks-hint = 输入编号即可阅读该主题；bookmark N DAY 设置提醒，unbookmark N 取消一条收藏。
plain-bookmark-usage = 请输入帖子编号：bookmark 12；或 bookmark 12 2026-12-01 以设置提醒。
plain-bookmark-taken-away = 已取消收藏帖子 { $post }。
plain-was-not-bookmarked = 帖子 { $post } 未被收藏。
plain-not-bookmarked = 未收藏：{ $error }。
plain-bookmarked-with-reminder = 已收藏帖子 { $post }；将于 { $day } 提醒。
plain-bookmarked = 已收藏帖子 { $post }：bookmarks 列出所有收藏。
plain-react-usage = 输入 react、帖子编号以及 thanks、+1 或 insightful：react 12 thanks。
plain-reaction-given = 已对帖子 { $post } 给出“{ $reaction }”：作者会收到通知。
plain-reaction-taken-back = 已撤回对帖子 { $post } 的“{ $reaction }”。
plain-reaction-not-done = 未完成：{ $error }。
plain-history-usage = 请输入帖子编号：history 12。
plain-never-edited = 帖子 { $post } 从未编辑过。
plain-quote-usage = 输入 quote、帖子编号，如不引用全部内容，再加上行号：quote 12 2-3。
plain-quote-needs-thread = 请先打开一个主题：quote 引用其中的帖子。
plain-quote-other-thread = 帖子 { $post } 位于另一个主题中。
plain-quote-lines-range = 帖子 { $post } 共有 { $n } 行：请在 1 到 { $n } 之间选择。
plain-quoted = 已引用帖子 { $post } 的 { $n } 行，用于您的下一条回复（r 加帖子编号）。
plain-reply-starts-with-quotes = 您的回复以您引用的内容开头：
plain-reactions-usage = 请输入帖子编号：reactions 12。
plain-no-reactions = 帖子 { $post } 暂无回应。
plain-reaction-from = { $names } 给出了“{ $reaction }”
plain-post-reactions = 帖子 { $post }：{ $list }。
plain-signup-policy-again = 输入 yes 接受编辑政策并创建账户，no 停止，或 l 再读一遍。
plain-signup-username = 选择用户名：2 到 32 个字符，可用 a-z、0-9、_ 和 -。其他人会在您的帖子上看到它。
plain-signup-name = 其他人将看到的您的姓名：
plain-signup-organization = 您的机构（按 Enter 留空）：
plain-signup-region = 您所在的世卫组织区域；请输入其编号：
plain-signup-time-zone = 您的时区，例如 Africa/Nairobi（按 Enter 使用 UTC）：
plain-signup-policy-head = 编辑政策：
plain-signup-policy-ask = 输入 yes 接受并创建账户，或输入 no 停止。
plain-signup-already = 您已经注册。
plain-signup-needs-key = 请使用 SSH 密钥连接以注册：该密钥将成为您的登录方式。
plain-signup-start = 正在注册。在任何问题处输入 cancel 即可停止。
plain-signup-not-signed-up = 未注册。
plain-signup-taken = '{ $name }' 已被占用；请另选一个
plain-signup-needs-key-short = 请使用 SSH 密钥连接以注册。
plain-signup-welcome-admin = 欢迎加入本网络，{ $name }！您是论坛的第一位成员，因此您是管理员。
plain-signup-welcome = 欢迎加入本网络，{ $name }！
plain-signup-start-again = 未注册：{ $problems }。让我们重新开始。
plain-signup-failed = 未注册：{ $error }。
plain-not-shown = 无法显示：{ $error }。
plain-needs = '{ $command }' 需要{ $what }：h 显示用法。
plain-needs-post-or-item = 帖子或条目编号
plain-needs-level = 新级别的编号
plain-needs-words = 要查找的词语
plain-needs-strategy = 策略编号（strategies 列出所有策略）
plain-needs-on-off-auto = on、off 或 auto
plain-needs-whom = 收件人：成员名称，或 committee
plain-needs-post = 帖子编号
plain-needs-post-and-reaction = 帖子编号以及 thanks、+1 或 insightful
plain-needs-message-and-why = 消息编号和原因
plain-needs-member = 成员名称
plain-needs-key = 密钥编号（keys 列出所有密钥）
plain-not-a-command = '{ $command }' 在此处不是命令：h 列出可用命令。
plain-open-no-such-number = 此处没有编号 { $n }：l 重新列出此处的内容。
plain-new-since-visit = 自您上次访问以来有 { $n } 条新帖子：从其中第一条开始阅读（top 从头开始阅读）。
plain-reply-needs-thread = 请先打开一个主题：r 用于回复其中的帖子。
plain-not-a-post-number = '{ $number }' 不是帖子编号。
plain-reply-other-thread = 帖子 { $post } 位于另一个主题中：r 用于回复本主题中的帖子（每条帖子旁都显示其编号）。
plain-replying-to-post = 正在回复帖子 { $post }。
plain-guests-cannot-write = 访客不能发帖：请先注册（输入 s；只需一分钟）。
plain-draft-back = 已恢复您 { $when } 的草稿，共 { $n } 行：
plain-thrown-away = 已丢弃。
plain-thread-started = 主题 { $thread } 已发起。
plain-reply-posted = 回复已发布，为帖子 { $post }。
plain-post-edited = 帖子 { $post } 已编辑：早期版本保存在其历史中。
plain-first-posts-reviewed = 新成员的前几条帖子需经审核：您的帖子已在队列中。
plain-not-posted = 未发布：{ $error }。请继续输入，然后输入句点；或输入 cancel。
plain-message-sent = 消息 { $number } 已在对话 { $conversation } 中发送。l 重新阅读该对话，b 返回您的私信。
plain-not-sent = 未发送：{ $error }。请继续输入，然后输入句点；或输入 cancel。
plain-events-heading = 即将举行的活动，共 { $n } 个，按您的时区显示：
plain-events-you-are = 您{ $answer ->
        [going] 将参加
       *[interested] 感兴趣
    }
plain-events-hint = 输入活动编号即可阅读，b 返回。
plain-event-head = { $title }。{ $organizer } 主办的{ $kind }。
plain-event-when = 从 { $from } 到 { $to }，按您的时间。
plain-event-when-organizer = 从 { $from } 到 { $to }，{ $zone }，按主办方的时间。
plain-event-where = 地点：{ $place }。
plain-event-online = 线上：{ $link }
plain-event-deadline = 投稿截止日期：{ $date }。
plain-item-strategy = 策略：{ $stream }。
plain-item-region = 区域：{ $region }。
plain-item-competencies = 能力：{ $list }。
plain-item-for = 对象：{ $list }。
plain-event-hint = 输入 y 表示参加，i 表示感兴趣（再次输入即撤回），b 返回。
plain-events-answered = { $answer ->
        [going] 您将参加。{ $going } 人参加，{ $interested } 人感兴趣。
       *[interested] 您感兴趣。{ $going } 人参加，{ $interested } 人感兴趣。
    }
plain-jobs-heading = 开放的职位和机会，共 { $n } 项：
plain-jobs-line = { $title }，{ $organization } 的{ $kind }，{ $place }；{ $date } 截止
plain-item-number-hint = 输入条目编号即可阅读，b 返回。
plain-job-head = { $title }。{ $organization } 的{ $kind }，{ $place }。
plain-job-closes = { $date } 截止。
plain-job-closes-closed = { $date } 截止（已关闭）。
plain-job-how-to-apply = 申请方式：{ $how }
plain-back-hint = 输入 b 返回。
plain-library-heading = 图书馆，共 { $n } 个条目，最新的在前：
plain-library-no-strategy = 未指定策略
plain-library-hint = 输入条目编号即可阅读，b 返回。
plain-entry-kind-practice = 实践：{ $level }
plain-entry-head = { $title }。类型：{ $kind }。
plain-entry-by = 作者：{ $authors }，{ $year }，语言：{ $language }。
plain-entry-setting = 开展环境：{ $setting }。
plain-entry-level = 级别：{ $level }，自 { $day } 起，由 { $by } 设定：{ $reason }
plain-entry-text = 正文：
plain-entry-files = 文件：{ $files }。
plain-entry-read-discussion-hint = 输入 d 阅读相关讨论，b 返回。
plain-entry-start-discussion-hint = 输入 d 发起相关讨论，b 返回。
plain-entry-sign-up-to-discuss = 还没有人讨论过它。注册后即可发起讨论：输入 s。
plain-entry-new-thread = { $community } 中的新主题，标题为“{ $title }”。其第一条帖子开头为：
plain-news-heading = 来自编辑委员会和成员的新闻，共 { $n } 条：
plain-news-hint-member = 输入条目编号即可阅读，submit 提议新闻或博客文章，b 返回。
plain-news-withdrawn = { $title }。已于 { $day } 被编辑委员会撤下：{ $reason }
plain-news-committee-hint = correct 用于修改，withdraw 用于撤下。
plain-multiple-streams = 多个方向
plain-search-heading = 搜索 { $words }：{ $n } 条结果。
plain-search-hint = 输入结果编号即可打开，b 返回。
plain-learning-guest = 助您学习：请先注册（s），然后在个人资料中勾选您正在培养的能力。

plain-learning-no-competencies = 助您学习：您的个人资料中尚未列出任何能力。输入 edit profile 勾选您正在培养的能力。
plain-learning-heading = 助您学习（{ $competencies }）：{ $events }，{ $entries }。
plain-count-upcoming-events = { $n } 个即将举行的活动
plain-count-library-entries = { $n } 个图书馆条目
plain-learning-events = 活动，培训在前：
plain-learning-event = { $day }，{ $kind }：{ $title }；培养{ $competencies }
plain-learning-library = 图书馆：
plain-learning-entry = { $kind }：{ $title }；培养{ $competencies }
plain-number-hint = 输入编号即可打开，b 返回。
plain-strategies-heading = 框架的各项策略：
plain-strategies-hint = 输入 strategy 加编号即可阅读其页面。
plain-strategies-hint-committee = 输入 strategy 加编号即可阅读其页面，coverage 按策略、区域和级别列出实践。
plain-strategy-usage = 输入 strategy 加 1 到 { $n } 的编号：strategies 列出所有策略。
plain-communities-line = 社区：{ $names }。
plain-strategy-resources = 图书馆资源
plain-strategy-practices = 实践，按级别
plain-strategy-events = 即将举行的活动
plain-strategy-jobs = 开放的职位
plain-strategy-job = { $organization } 的 { $title }
plain-coverage-heading = 按策略和世卫组织区域列出的实践（AFR、AMR、SEAR、EUR、EMR、WPR、全球）；空缺显示为“无”。
plain-coverage-count = { $level } { $n } 项
plain-none = 无
plain-notices-heading = 通知，共 { $n } 条，{ $unread } 条未读，最新的在前：
plain-notices-new = 新：
plain-notices-hint = 输入编号即可打开（并标为已读），read all 全部标为已读，b 返回。
plain-people-heading = 成员：{ $n } 人，按机构排列：
plain-people-hint = 输入编号即可阅读成员页面，people WORDS 缩小范围，b 返回。
plain-member-head = { $name }（{ $username }），{ $organization }，{ $region }，时区 { $zone }。
plain-member-recent = 最近的帖子，共 { $n } 条：
plain-member-post = 在 { $thread } 中：{ $opening }
plain-member-hint = 输入编号即可阅读该帖子所在的主题，b 返回。
plain-watch-needs-thread = 请先打开一个主题：watch 和 unwatch 作用于该主题。
plain-watching = 已关注：此主题中的新帖子会通知您。
plain-not-watching = 已不再关注此主题。
plain-read-all-needs-place = 请先打开一个社区或您的通知（!）：read all 将其中列出的内容标为已读。
plain-messages-heading = 您的私人对话，共 { $n } 个，{ $unread } 个未读：
plain-messages-unread = （未读）
plain-messages-line = 与 { $names }：{ $about } { $messages }，最近一条：{ $when }。
plain-messages-none = 暂无。
plain-messages-hint = 输入编号即可阅读对话；message NAMES 给成员写信（message committee 给编辑委员会写信）；messages WORDS 搜索对话。
plain-conversation-head = 对话 { $id }：{ $about } 参与者：{ $names }。
plain-conversation-earlier = 有 { $n } 条较早的消息未显示：older 再显示 { $more } 条。
plain-conversation-message = 消息 { $number }，来自 { $author }，{ $when }：
plain-conversation-message-new = 消息 { $number }（新），来自 { $author }，{ $when }：
plain-conversation-reported = 被举报：消息 { $number }，来自 { $author }，{ $when }，内容为：
plain-conversation-reason-given = 给出的理由：
plain-conversation-hint = 输入 write 回复；report N REASON 将第 N 条消息发送给委员会；block NAME 阻止某人联系您；b 返回您的私信。
plain-messages-found = 您的对话中有 { $n } 条消息包含“{ $words }”：
plain-messages-found-line = 对话 { $id }，消息 { $number }，来自 { $author }：{ $first }
plain-messages-found-hint = 输入编号即可阅读该对话，b 返回。
plain-not-searched = 未搜索：{ $error }。
plain-messages-guests = 访客不能写信：请先注册（输入 s）。
plain-message-needs-whom = 'message' 需要收件人：成员名称，或 committee。
plain-not-now = 现在不行：{ $error }。
plain-message-write = 逐行撰写您的消息。只含句点（.）的一行即发送；输入 cancel 则丢弃。
plain-message-no-member = 没有名为 { $name } 的成员：people 列出所有成员。
plain-not-started = 未发起：{ $error }。
plain-message-write-to = 逐行撰写给 { $names } 的消息。只含句点（.）的一行即发送；输入 cancel 则丢弃。
plain-write-needs-conversation = 请先打开一个对话（messages，然后输入其编号）：write 在其中回复。
plain-report-needs-conversation = 请先打开一个对话：report N REASON 将其中第 N 条消息发送给委员会。
plain-report-usage = report 需要消息编号，然后是原因：report 2 向我索要密码
plain-reported = 已举报：委员会只会阅读该消息和您的理由，不会阅读其他内容。委员会的答复会出现在对话 { $id } 中（messages）。
plain-not-reported = 未举报：{ $error }。
plain-block-nobody = 您没有屏蔽任何人。
plain-block-list = 您已屏蔽：{ $names }。unblock NAME 允许其再次联系您。
plain-blocked = 已屏蔽 { $name }：对方的消息、提及和回复不会再送达您。
plain-not-blocked = 未屏蔽：{ $error }。
plain-unblocked = 已取消屏蔽 { $name }：对方又可以联系您了。
plain-not-blocking = 您并未屏蔽 { $name }。
plain-older-needs-conversation = 请先打开一个对话：older 显示其中较早的消息。
plain-unread-conversations = 您有 { $n } 个对话含未读消息：输入 messages。
plain-flag-usage = 输入 flag、帖子编号和原因：spam、off-topic、inappropriate，或 other 加说明（flag 12 other 重复发布广告）。
plain-membership-needs-community = 请先打开一个社区，或输入 { $verb } 加社区简称或其在首页列表上的编号。
plain-no-number-here = 此处没有编号 { $n }。
plain-already-member = 您已是 { $name } 的成员。
plain-not-member = 您不是 { $name } 的成员。
plain-joined-community = 您已加入 { $name }。
plain-left-community = 您已退出 { $name }。
plain-not-done = 未完成：{ $error }。
plain-not-a-reason = '{ $reason }' 不是有效的原因。
plain-flagged = 已将帖子 { $post } 举报为 { $reason }：编辑委员会将会查看。
plain-not-flagged = 未举报：{ $error }。
plain-committee-waiting = { $n } 项投稿待审核（输入 queue）
plain-committee-flagged = { $n } 条被举报的帖子待处理（输入 flags）
plain-committee-line = 编辑委员会：{ $parts }。
plain-edit-needs-thread = 请先打开一个主题：e 用于编辑您在其中的帖子。
plain-editing = 正在编辑帖子 { $post }。当前内容：
plain-editing-hint = 逐行输入新内容；只含句点（.）的一行即保存并替换旧内容，输入 cancel 则保留旧内容。
plain-edit-not-yours = 帖子 { $post } 不是您的，无法编辑。
plain-delete-needs-thread = 请先打开一个主题：d 用于删除您在其中的帖子。
plain-delete-question = 删除帖子 { $post }？对它的回复会保留在原处。输入 yes 删除，输入其他任何内容则保留。
plain-kept = 已保留。
plain-post-deleted = 帖子 { $post } 已删除。
plain-not-deleted = 未删除：{ $error }。
plain-submissions-none = 您尚未向编辑委员会发送任何内容。
plain-submissions-heading = 您的投稿，共 { $n } 项，最新的在前：
plain-submission-line = { $id }，{ $kind }“{ $title }”：{ $state }
plain-submission-decision = { $name } { $action }：{ $note }
plain-submissions-hint = resubmit 加编号可重新处理草稿或被退回的投稿。
plain-profile-guest = 访客没有个人资料：输入 s 即可注册。
plain-profile-about = 简介：{ $bio }
plain-profile-head = { $name }（{ $username }），{ $role }。
plain-profile-organization = 机构：{ $organization }
plain-profile-region = 区域：{ $region }
plain-profile-competencies = 能力：{ $competencies }
plain-profile-time-zone = 时区：{ $zone }
plain-profile-keys = SSH 密钥：{ $n }
plain-profile-plain = 纯文本模式：{ $setting }。
plain-profile-display = 显示：颜色 { $colour }，仅 ASCII { $ascii }，提示音 { $bell }。
plain-profile-hint = plain on、plain off 或 plain auto 为您以后的连接设置纯文本模式；个人资料的其余部分请在全屏模式下编辑（g 再按 y）。
plain-set-plain-usage = 输入 plain on、plain off 或 plain auto。
plain-settings-guest = 访客没有设置：输入 s 即可注册。
plain-saved-never = 已保存：您下次连接时将打开全屏论坛。
plain-saved-always = 已保存：每次连接都将以纯文本模式打开。
plain-saved-automatic = 已保存：当您的终端无法绘制屏幕（TERM=dumb）时使用纯文本模式。
plain-not-saved = 未保存：{ $error }。
exec-profile-guest = 访客没有个人资料：请先注册
exec-joined-community = 已加入 { $community }。
exec-left-community = 已退出 { $community }。
exec-watching-thread = 已关注主题 { $thread }：其中的每条新帖子都会通知您。
exec-not-watching-thread = 已不再关注主题 { $thread }。
exec-post-deleted = 帖子 { $post } 已删除；对它的回复会保留。
exec-flag-give-reason = 请给出原因：spam、off-topic、inappropriate，或 other 加说明
exec-post-flagged = 已将帖子 { $post } 举报为 { $reason }：编辑委员会将会查看。
exec-bookmark-taken-away = 已取消收藏帖子 { $post }。
exec-post-not-bookmarked = 帖子 { $post } 未被收藏。
exec-post-bookmarked-remind = 已收藏帖子 { $post }；将于 { $day } 提醒您。
exec-post-bookmarked = 已收藏帖子 { $post }。
exec-not-a-reaction = '{ $typed }' 不是有效的回应：thanks、+1 或 insightful
exec-reaction-given = 已对帖子 { $post } 给出“{ $reaction }”（共 { $n } 个）。
exec-reaction-taken-back = 已撤回对帖子 { $post } 的“{ $reaction }”（剩余 { $n } 个）。
exec-latest-none-joined = 您尚未加入任何社区：join COMMUNITY（communities 列出所有社区）。
exec-latest-news-since = 自您上次访问（{ $since }）以来，有 { $n } 个主题有新动态
exec-admin-dump-not-text = 转储内容不是文本
exec-admin-lifted-reason = 已被委员会提前解除
exec-admin-lifted = { $name } 可以再次发帖和登录
exec-admin-members-only = { $community } 仅限成员阅读
exec-admin-public = { $community } 所有人均可阅读
exec-admin-now = { $name } 现为 { $state }
exec-admin-sanction = { $until }：{ $reason }
exec-admin-not-a-date = '{ $text }' 不是日期：请使用 YYYY-MM-DD，例如 2026-11-01
exec-filter-unknown-kind = 未知类型 '{ $value }'（可选：{ $names }）
exec-filter-unknown-region = 未知区域 '{ $value }'（可选：{ $names }）
exec-filter-unknown-strategy = 未知策略 '{ $value }'（可选：{ $names }）
exec-filter-unknown-competency = 未知能力 '{ $value }'（可选：{ $names }）
exec-filter-unknown-audience = 未知对象 '{ $value }'（可选：{ $names }）
exec-filter-month = 月份应写作 2027-01，而不是 '{ $value }'
exec-edited-by-committee = 已被编辑委员会编辑：{ $note }
exec-entry-text = 图书馆条目 { $id } 的正文
exec-entry-text-or-files = 图书馆条目 { $id } 的正文或文件（需在其链接指向的位置阅读）
exec-older-conversations = （另有 { $n } 个较早的对话未列出；messages --search WORDS 可找到）
exec-conversation-head = 对话 { $id }：{ $about }
exec-conversation-with = 参与者：{ $names }
exec-earlier-messages = （还有 { $n } 条较早的消息：conversation { $id } --all）
exec-reported-message = 已举报：对话 { $conversation } 中的消息 #{ $number }，来自 { $author }，{ $at }：
exec-report-why = 原因：
exec-reported = 已向编辑委员会举报：对话 { $conversation } 中保存有举报内容及委员会的答复。
exec-blocked = 已屏蔽 { $name }：对方的消息、提及和回复都不会送达您。
exec-unblocked = 已取消屏蔽 { $name }。
exec-had-not-blocked = 您并未屏蔽 { $name }。
exec-guest-sign-up = { $why }；如需注册，请不带命令连接（{ $ssh }），然后按 s
exec-for-me-sign-up-first = --for-me 列出能培养您个人资料中所列能力的内容：请先注册
exec-for-me-no-competencies = --for-me 列出能培养您个人资料中所列能力的内容，而您的个人资料中未列出任何能力：请在个人资料中勾选（全屏模式下按 g y 再按 e，或在纯文本模式下输入 edit profile）
exec-with-usage = { $why }（用法：{ $usage }）
exec-fixed-get-file = 'get ENTRY_ID FILE' 按原样发送文件
exec-fixed-events-ics = 'events.ics' 是 iCalendar 订阅源
exec-fixed-feed = 'feed' 是 Atom 订阅源
exec-fixed-policy = 'policy' 是政策的正文
exec-fixed-admin-export = 'admin export' 是论坛自有的 JSON lines 格式
exec-json-does-not-apply = { $what }：--json 不适用
exec-not-an-order = '{ $typed }' 不是有效的排序方式：activity、newest 或 replies
exec-filter-unknown-language = 未知语言 '{ $value }'（可选：{ $names }）
exec-filter-since = --since 后接日期，例如 2026-01-31
exec-strategy-unknown = 未知策略 '{ $value }'：可选 { $names }


# Content languages and translations
plain-written-in = 检测到的语言为{ $name }。如不正确：language { $post } { $code }（或其他代码：en fr es ru zh ar）。
plain-language-unknown = 文字太少，无法判断语言；请指明：language { $post } 代码（en fr es ru zh ar）。
plain-translate-open-first = 请先打开图书馆条目或新闻。
plain-proposing-translation-language = 译成哪种语言？
plain-proposing-translation-title = 译后的标题？
plain-proposing-translation-text = 译文正文（每行一段；空行结束）？
plain-language-code-takes = 请用代码指明语言：en、fr、es、ru、zh 或 ar。
plain-not-in-language = 尚无{ $name }译文。输入 translate 可提议翻译。
plain-languages-line = 语言：{ $languages }。输入 in 代码 切换（如 in en）。
plain-language-takes = language 后接帖子编号和代码（language 12 fr）；在打开的条目、新闻或活动上只需代码（language fr）。
plain-language-set = 其语言现为{ $name }。
plain-first-none = 列表恢复默认顺序。
plain-first-set = 用{ $names }撰写的内容现在在列表中排在前面。
plain-item-written-in = 语言：{ $name }。
plain-first-note = （用{ $names }撰写的内容排在前面；first none 取消。）
