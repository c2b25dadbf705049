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
