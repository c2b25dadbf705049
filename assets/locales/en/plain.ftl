### Plain mode: lines of text and numbered choices, for screen readers.

plain-help =
    Commands:
      a number         open that community, thread or post's replies
      l                list this place again
      b                back; at a question, leave it (as cancel does)
      r NUMBER         reply to post NUMBER (in a thread)
      e NUMBER         edit your post NUMBER; d NUMBER deletes it
      n                start a thread (in a community)
      sort ORDER       order thread lists: activity, newest or replies
      post N           in a thread: read on from its post N
      more             in a long thread: its next 10 posts (Enter does too); a
                       thread read before opens at its first post not read, and
                       top reads it from the first post
      flag N REASON    flag post N: spam, off-topic, inappropriate, or other NOTE
      watch            in a thread: hear of every new post; unwatch stops
      join, leave      in a community: join or leave it; join NAME (a short name,
                       or a number on the home list) from anywhere
      read all         in a community: mark every thread read (in notifications: them)
      e                the upcoming events; on one, y going and i interested
      j                the open jobs and opportunities
      close            on a job you posted: close it before its closing date
      correct          on an event or a job you posted: change it, saying why
      library          the library's resources and practices
      learning         events and resources that build the competencies in your profile
      strategies       the framework's five strategies; strategy N reads one's page
      news             the committee's news
      committee        who sits on the editorial committee, and how to reach it
      search WORDS     search discussions, boards, the library, news, members
      notifications    what concerns you (or !); read all marks them read
      latest, unread   the latest threads of the communities you joined, or
                       those with posts you have not read
      react N WHAT     react to post N: thanks, +1 or insightful (again: back)
      bookmark N DAY   keep post N, with a reminder day (optional); bookmarks
                       lists them, unbookmark N takes one away
      history N        the earlier versions of post N; reactions N who reacted
      quote N [A-B]    in a thread: quote post N (or its lines A to B) in your
                       next reply; quote several, then r
      messages         your private conversations; a number reads one (its
                       newest 20; older prints more), write answers in it;
                       messages WORDS searches them
      message NAMES    write privately to members, or message committee to the
                       editorial committee (only those in it read a conversation)
      report N REASON  in a conversation: send message N to the committee
      block NAME       stop a member's messages, mentions and replies reaching
                       you; unblock NAME; blocked lists them
      people           the people directory (members); people WORDS narrows it
      submit           propose a community, event, job, resource or practice
      s                your submissions (members); sign up (guests with a key)
      resubmit NUMBER  take up a draft or a returned submission again
      profile          who you are here; plain on, off or auto sets plain mode
      edit profile     your name, organization, region, time zone, a line, competencies
      keys             your keys; add key, remove key N; password sets one
      h                these commands
      q                leave Stoa
    While writing a post, type it line by line; a line holding only a full stop (.) sends it, and a line holding only the word cancel throws it away.
plain-help-committee =
    The editorial committee's commands:
      queue            what waits; a number opens it, then a, c, x decide on it
      flags            flagged posts; hide N or dismiss N
      coverage         practices by strategy, WHO region and level: the gaps
      withdraw         on an event or a job: off its board; on a news item: down
      correct          on a news item: change it, saying why
      level N          on a practice: change its level
      write news       publish a news item
plain-welcome = Welcome to { $site }, { $name }.
plain-welcome-guest = Welcome to { $site }. You are reading as a guest; type s to sign up and take part.
plain-intro = This is the plain mode: type a number or a command, then Enter. h lists the commands.
plain-ask-title = Type the new thread's title, then Enter.
plain-ask-delete = Delete post { $post }? Type yes to delete it.
plain-ask-submit = Type the number of what to submit: 1 a community, 2 an event, 3 a job, 4 a resource, 5 a practice; or cancel.
plain-ask-answer = Type your answer, or cancel.
plain-ask-reason = Type the reason, or cancel.
plain-ask-body = Write your post line by line. A line holding only a full stop (.) sends it; cancel throws it away.
plain-error = Error: { $error }
plain-communities = { $n ->
        [one] Communities, { $n } of them:
       *[other] Communities, { $n } of them:
    }
plain-threads = { $n ->
        [one] { $n } thread
       *[other] { $n } threads
    }
plain-with-unread = , { $n } with unread posts
plain-joined = , joined
plain-home-hint = Type a community's number to open it; e for the events, j for the jobs, library or news.

plain-new = { $n } new
plain-locked = locked
plain-thread-line = { $title }, by { $name }, { $replies }, last post { $when }
plain-community-hint = Type a thread's number to read it, n to start one, b to go back.
plain-thread-head = { $title }, in { $community }. { $posts }.
plain-posts-range = Posts { $from } to { $to } of { $total }:
plain-replying-to = replying to post { $post }
plain-deleted = deleted
plain-reactions = Reactions: { $list }.
plain-thread-more-hint = Type more (or just Enter) for posts { $from } to { $to } of { $total }, r and a post's number to reply to it, b to go back.
plain-thread-hint = Type r and a post's number to reply to it, b to go back.
plain-more-no-thread = more reads the next page of a long thread: open one first.
plain-end-of-thread = That was the end of the thread: l reads its last page again, b goes back.
plain-goodbye = Goodbye.
plain-committee-only = '{ $command }' is the editorial committee's: h lists your commands.
plain-open-event-first = Open an event first: y and i answer it.
plain-open-community-first = Open a community first: n starts a thread there.
plain-no-title = No title: nothing started.
plain-sorted = Threads are listed { $order }.
plain-sort-takes = sort takes activity, newest or replies.
plain-post-needs-thread = Open a thread first: post N reads from its post N.
plain-post-takes = post takes the number of a post of this thread, as printed with it (Post 14 by ...).
