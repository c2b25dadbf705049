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
      translate        on a library entry or news item: propose a translation
      in CODE          on one: read it in another of its languages (in fr)
      language N CODE  say what language post N is in (en fr es ru zh ar); on an
                       open entry, news item or event: language CODE
      first CODES      what is written in these languages first in lists
                       (first fr es); first none undoes it
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

## Your account in plain mode (edit profile, keys, add key, remove key, password)
plain-account-name = Your name as others see it
plain-account-organization = Your organization
plain-account-region = Your WHO region
plain-account-time-zone = Your time zone
plain-account-bio = A line about you
plain-account-competencies = The competencies you are building
plain-account-ask = { $question }:
plain-account-now = (Now: { $now }. Enter keeps it.)
plain-account-type-its-number = { $question }; type its number.
# "none" is what the member types: keep it as it is.
plain-account-competencies-ask = { $question }, for events and resources that build them (learning); their numbers, separated by commas, or none.
plain-account-paste-key = Paste the public key, as one line (ssh-ed25519 AAAA... you@laptop), or cancel:
plain-account-remove-key-ask = Remove the key { $fingerprint }? Type yes to remove it.
plain-account-current-password = Your current password (shown as stars):
plain-account-new-password = The new password (shown as stars):
plain-account-new-password-again = The new password again:
plain-account-competency-numbers = type numbers from 1 to { $n }, separated by commas, or none
plain-account-guests = Guests have no account: s signs you up.
plain-account-keys-head = Your SSH keys, { $n }:
plain-account-key-line = { $fingerprint } { $comment }, added { $added }
plain-account-keys-hint = add key adds one; remove key and a number removes one.
plain-account-remove-key-how = Type keys for their numbers, then remove key and a number.
plain-account-nothing-changed = Nothing changed.
plain-account-type-a-number = type a number from 1 to { $n }
plain-account-kept = Kept.
plain-account-password-set = Password set: you can log in with { $ssh } too.

## The editorial committee's desk (queue, flags, withdraw, level, committee)
plain-committee-tags = tags: { $tags }
plain-committee-queue-only = The review queue is the editorial committee's.
plain-committee-queue-empty = Nothing waits for review.
plain-committee-queue-head = The review queue, { $n } waiting, oldest first:
plain-committee-queue-line = { $kind } "{ $title }" by { $name }, sent { $ago }
plain-committee-queue-hint = Type an item's number to read it and decide, b to go back.
plain-committee-submission-head = Submission { $id }: { $kind } "{ $title }" by { $name }, { $state }.
plain-committee-read-files = Read the files with { $sftp } (in review/{ $folder }/).
plain-committee-decide-hint = Type a to approve, c to request changes, x to reject; each asks for the reason. b goes back.
plain-committee-why-approve = Why approve it? Type the reason the author will read, or cancel.
plain-committee-what-to-change = What should the author change? Type the reason the author will read, or cancel.
plain-committee-why-reject = Why reject it? Type the reason the author will read, or cancel.
plain-committee-flags-only = The flags are the editorial committee's.
plain-committee-flags-head = Flagged posts, { $n }:
plain-committee-flag-line = Post { $post } by { $name } in "{ $thread }": { $reasons }. It says: { $says }
plain-committee-flags-hint = Type hide and a post's number to hide it, dismiss and its number to keep it; each asks for the reason.
plain-committee-resolve-only = Hiding posts and dismissing flags are the editorial committee's.
plain-committee-not-a-post-number = '{ $number }' is not a post number.
plain-committee-why-hide = Why hide post { $post }? Type the reason, or cancel.
plain-committee-why-keep = Why keep post { $post }? Type the reason, or cancel.
plain-committee-steward-only = That is the editorial committee's.
plain-committee-level-takes = Type level and a number: { $levels }.
plain-committee-steward-what = Open an event, a job or a news item to withdraw it, a practice to change its level.
plain-committee-why-audit = Why? Type the reason, which goes in the audit log, or cancel.
plain-committee-criterion = { $level } asks, criterion { $n } of { $total }: { $criterion }. Does the practice meet it? yes or no (or cancel).
plain-committee-nothing-done = Nothing done.
plain-committee-yes-or-no = Type yes or no. { $again }
plain-committee-reason-audit = Type the reason, which goes in the audit log, or cancel.
plain-committee-submission-now = Submission { $id } is now { $state }.
plain-committee-post-hidden = Post { $post } hidden.
plain-committee-flags-dismissed = The flags on post { $post } are dismissed.
plain-committee-withdrawn-event = Withdrawn: it is off the events board.
plain-committee-withdrawn-news = Withdrawn: it is off the news, the feeds and search.
plain-committee-level-now = Now { $level }: the change is in its history.
plain-committee-not-done = Not done: { $error }.
plain-committee-members-head = The editorial committee:

## Writing or correcting a news item (write news, correct), and closing a job
plain-news-draft-region-number = Type a number from 1 to { $n }, or Enter.
plain-news-draft-correcting = Correcting "{ $title }". Why? Readers see it with the correction (or cancel).
plain-news-draft-headline-keep = The headline (Enter keeps "{ $title }"):
plain-news-draft-region-keep = Its region: type its number, or Enter to keep it.
plain-news-draft-text-correcting = Its text, line by line; a full stop (.) alone saves the correction (with no lines typed, the text stays as it was).
plain-news-draft-headline = The headline:
plain-news-draft-region = Its region: type its number, or Enter for news for everyone.
plain-news-draft-text = Its text, line by line; a line holding only a full stop (.) publishes it, cancel throws it away.
plain-news-draft-committee-writes = The news is written by the editorial committee.
plain-news-draft-committee-corrects = The news is corrected by the editorial committee.
plain-news-draft-open-first = Open a news item first: correct changes it.
plain-news-draft-withdrawn = It was withdrawn: a withdrawn item is not corrected.
plain-news-draft-not-found = Not found: { $error }.
plain-news-draft-thrown-away = Thrown away.
plain-news-draft-published = Published: "{ $title }".
plain-news-draft-not-published = Not published: { $error }. Type more lines, then a full stop; or cancel.
plain-news-draft-corrected = Corrected, with your reason.
plain-news-draft-not-corrected = Not corrected: { $error }.
plain-close-job-open-first = Open a job first: close closes one you posted.
plain-close-job-not-closed = Not closed: { $error }.

## Plain mode: said between lines, and the prompts
plain-more-than-999-unread = more than 999 unread
plain-new-notification = A new notification ({ $waiting }): type ! to read it.
plain-new-message = A new message in conversation { $conversation }: type messages to read it.
plain-unread-notifications = { $n ->
        [one] You have { $n } unread notification: type ! to read it.
       *[other] You have { $n } unread notifications: type ! to read them.
    }
plain-unread-notifications-many = You have more than 999 unread notifications: type ! to read them.
plain-prompt-title = Title:
plain-prompt-reason = Reason:



## Plain mode: proposing (submit, resubmit, correct)
plain-proposing-all-done = That is all. Type send to send it to the editorial committee, draft to keep it as a draft, or cancel.
plain-proposing-all-done-correction = That is all. Type send to save the correction at once, or cancel.
plain-proposing-so-far = { $n } so far. The next, or an empty line to end them:
plain-proposing-now = (Now: { $answer }. Enter keeps it.)
plain-proposing-type-number = type a number from 1 to { $n }
plain-proposing-type-numbers = type numbers from 1 to { $n }, separated by commas
plain-proposing-type-yes-or-no = type yes or no
plain-proposing-sign-up-first = Sign up first (s): then you can submit.
plain-proposing-what-to-submit = What would you like to submit? Type its number, or cancel.
plain-proposing-nothing-submitted = Nothing submitted.
plain-proposing-choose-kind = Type a number from 1 to 6, or cancel.
plain-proposing-how-to-stop = Type cancel at any question to stop, draft to keep what you have so far.
plain-proposing-not-a-number = '{ $number }' is not a submission number.
plain-proposing-no-longer-changed = Submission { $id } is { $state }: it can no longer be changed.
plain-proposing-held-post = A held post is edited in the full-screen mode.
plain-proposing-committee-said = The committee said: { $note }
plain-proposing-answers-shown = Each question shows its answer now; Enter keeps it.
plain-proposing-open-event-or-job = Open an event or a job you posted: correct changes it.
plain-proposing-poster-only = Only its poster and the editorial committee correct it.
plain-proposing-correction-reason = What changed, and why (for the audit log and those who answered)?
plain-proposing-correcting = Each question shows its answer now; Enter keeps it. After the last one, send saves the correction at once.
plain-proposing-send-draft-or-cancel = Type send, draft or cancel.
plain-proposing-correction-no-draft = A correction has no draft: type send to save it, or cancel.
plain-proposing-not-event-or-job = not an event or a job
plain-proposing-corrected = Corrected: the change shows at once.
plain-proposing-not-corrected = Not corrected: { $error }. Type send to try again, or cancel.
plain-proposing-sent = Submission { $id } sent: the editorial committee will review it (s lists yours).
plain-proposing-draft-kept = Draft { $id } kept: resubmit { $id } takes it up again.
plain-proposing-not-saved = Not saved: { $error }.
plain-proposing-not-yet = Not yet:

## Plain mode: the questions asked to propose something (submit, resubmit)
plain-proposing-kind-community = a community
plain-proposing-kind-event = an event
plain-proposing-kind-job = a job or opportunity
plain-proposing-kind-resource = a resource
plain-proposing-kind-practice = a practice
plain-proposing-kind-news = news or a blog post
plain-proposing-strategies = Which of the five strategies (their numbers, separated by commas)?
plain-proposing-some-strategies = Which of the five strategies it works on (their numbers, separated by commas; Enter for none)?
plain-proposing-competencies = Which competencies it helps build (their numbers, separated by commas; Enter for none)?
plain-proposing-audiences = Who it is for (their numbers, separated by commas; Enter for none)?
plain-proposing-community = Which community discusses it?
plain-proposing-title = Its title?
plain-proposing-country = Its country (Enter for none)?
plain-proposing-tags = Tags, separated by commas (Enter for none)?
plain-proposing-community-name = The community's name?
plain-proposing-community-slug = Its short name, for addresses: a-z, 0-9 and '-'?
plain-proposing-community-purpose = What it is for, in a sentence or two?
plain-proposing-community-audience = Who it is for?
plain-proposing-community-members-only = Readable by signed-up members only, not guests? yes or no?
plain-proposing-event-kind = What kind of event?
plain-proposing-event-starts = When it starts, on the organizer's clock, e.g. 2027-03-02 09:00?
plain-proposing-event-ends = When it ends, e.g. 2027-03-03 17:00?
plain-proposing-event-time-zone = The organizer's time zone, e.g. Africa/Nairobi?
plain-proposing-event-online = Its online link, https://... (Enter for none)?
plain-proposing-event-city = Its city, if in person (Enter for none)?
plain-proposing-event-organizer = Who organizes it?
plain-proposing-event-deadline = For a call for papers, the last day to submit, e.g. 2027-01-15 (Enter for none)?
plain-proposing-event-region = Which region is it for?
plain-proposing-event-description = What it is, for whom, and what it costs?
plain-proposing-job-kind = What kind?
plain-proposing-job-organization = The organization offering it?
plain-proposing-job-location = Its city or place (Enter if remote)?
plain-proposing-job-region = Which region is it in?
plain-proposing-job-remote = Can it be done remotely? yes or no?
plain-proposing-job-closes = The last day to apply, e.g. 2027-01-31?
plain-proposing-job-competencies = Which competencies (their numbers, separated by commas; Enter for none)?
plain-proposing-job-description = The role or programme, and who it suits?
plain-proposing-job-how-to-apply = How to apply?
plain-proposing-resource-kind = What kind of resource?
plain-proposing-resource-authors = Its authors, or the organization that wrote it?
plain-proposing-resource-year = The year it came out?
plain-proposing-resource-link = Where to find it: https://... (Enter for none if you give its text or files)?
plain-proposing-resource-language = The language it is in?
plain-proposing-resource-summary = What it is, what it says, who it is for?
plain-proposing-resource-text = Its own text for members to read here, on one line (Enter for none; the full screen takes longer texts)?
plain-proposing-resource-files = Files from your uploads to attach, by name, separated by commas (Enter for none; sftp puts files in uploads/)?
plain-proposing-resource-region = Which region does it concern?
plain-proposing-resource-country = The country, if it is about one (Enter for none)?
plain-proposing-news-kind = Is it news, or a blog post (your own account or view, signed by you)?
plain-proposing-news-title = Its headline?
plain-proposing-news-region = Which region is it about (Global for everyone)?
plain-proposing-news-body = Its text, one paragraph per line; an empty line ends it?
plain-proposing-practice-level = How far has it come?
plain-proposing-practice-country = The country where it happened?
plain-proposing-practice-setting = Where it ran and at what scale, e.g. 12 rural health posts?
plain-proposing-practice-period = When it ran, e.g. 2016-2021?
plain-proposing-practice-summary = What it is, in a few lines?
plain-proposing-practice-what-was-done = What was done?
plain-proposing-practice-results = What came of it (for a brilliant failure: what happened)?
plain-proposing-practice-impact = Its impact on people and services beyond what was measured (Enter for none)?
plain-proposing-practice-expected = For a brilliant failure, what was expected (Enter if it is not one)?
plain-proposing-practice-why = For a brilliant failure, why it did not come (Enter if it is not one)?
plain-proposing-practice-instead = For a brilliant failure, what others should do instead (Enter if it is not one)?
plain-proposing-practice-lessons = What others can learn from it (Enter for none if a brilliant failure)?
plain-proposing-practice-references = Its references, one per line: citation | https://link (the link if there is one); an empty line ends them?
plain-proposing-practice-figures = Its figures, one per line, each ending with the number of the reference it comes from, e.g. coverage rose to 75% [1], then | and the source's caveat if it gives one; an empty line ends them?
plain-proposing-practice-contact = Who to ask about it (Enter for none)?
plain-proposing-practice-region = Which region?

## Plain mode: latest, unread, bookmarks, reactions, history and quotes
plain-joined-none = You joined no community yet: open one from the home list and type join.
plain-latest-threads = { $n ->
        [one] Latest, { $n } thread:
       *[other] Latest, { $n } threads:
    }
plain-unread-threads = { $n ->
        [one] Unread, { $n } thread:
       *[other] Unread, { $n } threads:
    }
plain-latest-line = { $title }, in { $community }: { $replies }, last post { $when }
plain-latest-hint = Type a number to read that thread, b to go back.
plain-bookmarks-head = Your bookmarks, { $n }:
plain-reminder-on = reminder on { $day }
plain-bookmark-line = Post { $post } in { $title }, by { $name }
plain-bookmarks-hint = Type a number to read that thread; bookmark N DAY sets a reminder, unbookmark N takes one away.
plain-bookmark-usage = Type the post's number: bookmark 12, or bookmark 12 2026-12-01 for a reminder.
plain-bookmark-taken-away = Bookmark on post { $post } taken away.
plain-was-not-bookmarked = Post { $post } was not bookmarked.
plain-not-bookmarked = Not bookmarked: { $error }.
plain-bookmarked-with-reminder = Post { $post } bookmarked; a reminder on { $day }.
plain-bookmarked = Post { $post } bookmarked: bookmarks lists them.
plain-react-usage = Type react, the post's number and thanks, +1 or insightful: react 12 thanks.
plain-reaction-given = { $reaction } given to post { $post }: its author hears of it.
plain-reaction-taken-back = { $reaction } taken back from post { $post }.
plain-reaction-not-done = Not done: { $error }.
plain-history-usage = Type the post's number: history 12.
plain-never-edited = Post { $post } was never edited.
plain-quote-usage = Type quote, a post's number, and which of its lines if not all: quote 12 2-3.
plain-quote-needs-thread = Open a thread first: quote takes one of its posts.
plain-quote-other-thread = Post { $post } is in another thread.
plain-quote-lines-range = { $n ->
        [one] Post { $post } has { $n } line: choose from 1 to { $n }.
       *[other] Post { $post } has { $n } lines: choose from 1 to { $n }.
    }
plain-quoted = { $n ->
        [one] Quoted { $n } line of post { $post } for your next reply (r and a post's number).
       *[other] Quoted { $n } lines of post { $post } for your next reply (r and a post's number).
    }
plain-reply-starts-with-quotes = Your reply starts with what you quoted:
plain-reactions-usage = Type the post's number: reactions 12.
plain-no-reactions = No reactions to post { $post } yet.
plain-reaction-from = { $reaction } from { $names }
plain-post-reactions = Post { $post }: { $list }.

## Signing up in plain mode (s, for a guest who connected with a key)
plain-signup-policy-again = Type yes to accept the editorial policy and create your account, no to stop, or l to read it again.
plain-signup-username = Choose a username: 2 to 32 of a-z, 0-9, _ and -. Others see it on your posts.
plain-signup-name = Your name as others will see it:
plain-signup-organization = Your organization (Enter to leave it empty):
plain-signup-region = Your WHO region; type its number:
# Africa/Nairobi and UTC are time zone names: keep them as they are.
plain-signup-time-zone = Your time zone, e.g. Africa/Nairobi (Enter for UTC):
plain-signup-policy-head = The editorial policy:
plain-signup-policy-ask = Type yes to accept it and create your account, or no to stop.
plain-signup-already = You are signed up already.
plain-signup-needs-key = Connect with an SSH key to sign up: it becomes your login.
plain-signup-start = Signing up. Type cancel at any question to stop.
plain-signup-not-signed-up = Not signed up.
plain-signup-taken = '{ $name }' is taken; choose another
plain-signup-needs-key-short = Connect with an SSH key to sign up.
plain-signup-welcome-admin = Welcome to the network, { $name }! You are the forum's first member, so you are its admin.
plain-signup-welcome = Welcome to the network, { $name }!
plain-signup-start-again = Not signed up: { $problems }. Let us start again.
plain-signup-failed = Not signed up: { $error }.

## Plain mode: what typed commands say (views)
plain-not-shown = Not shown: { $error }.
plain-needs = '{ $command }' needs { $what }: h shows how.
plain-needs-post-or-item = a post or item number
plain-needs-level = the new level's number
plain-needs-words = words to look for
plain-needs-strategy = a strategy's number (strategies lists them)
plain-needs-on-off-auto = on, off or auto
plain-needs-whom = whom to write to: member names, or committee
plain-needs-post = a post number
plain-needs-post-and-reaction = a post number and thanks, +1 or insightful
plain-needs-message-and-why = a message number and why
plain-needs-member = a member's name
plain-needs-key = the key's number (keys lists them)
plain-not-a-command = '{ $command }' is not a command here: h lists them.
plain-open-no-such-number = There is no number { $n } here: l lists this place again.
plain-new-since-visit = { $n ->
        [one] { $n } new post since your last visit: reading from the first of them (top reads from the start).
       *[other] { $n } new posts since your last visit: reading from the first of them (top reads from the start).
    }
plain-reply-needs-thread = Open a thread first: r replies to one of its posts.
plain-not-a-post-number = '{ $number }' is not a post number.
plain-reply-other-thread = Post { $post } is in another thread: r replies to a post of this one (its numbers are shown with each post).
plain-replying-to-post = Replying to post { $post }.

## Plain mode: writing a post line by line
plain-guests-cannot-write = Guests cannot write: sign up first (type s; it takes a minute).
plain-draft-back = { $n ->
        [one] Your draft from { $when } is back, { $n } line:
       *[other] Your draft from { $when } is back, { $n } lines:
    }
plain-thrown-away = Thrown away.
plain-thread-started = Thread { $thread } started.
plain-reply-posted = Reply posted as post { $post }.
plain-post-edited = Post { $post } edited: the earlier version is kept in its history.
plain-first-posts-reviewed = New members' first posts are reviewed: yours is in the queue.
plain-not-posted = Not posted: { $error }. Type more lines, then a full stop; or cancel.
plain-message-sent = Message { $number } sent in conversation { $conversation }. l reads the conversation again, b goes back to your messages.
plain-not-sent = Not sent: { $error }. Type more lines, then a full stop; or cancel.

## Plain mode: the events and jobs boards, the library and the news
plain-events-heading = Upcoming events, { $n }, in your time zone:
plain-events-you-are = you are { $answer ->
        [going] going
       *[interested] interested
    }
plain-events-hint = Type an event's number to read it, b to go back.
plain-event-head = { $title }. A { $kind } organized by { $organizer }.
plain-event-when = From { $from } to { $to }, your time.
plain-event-when-organizer = From { $from } to { $to } in { $zone }, the organizer's time.
plain-event-where = Where: { $place }.
plain-event-online = Online: { $link }
plain-event-deadline = Submission deadline: { $date }.
plain-item-strategy = Strategy: { $stream }.
plain-item-region = Region: { $region }.
plain-item-competencies = Competencies: { $list }.
plain-item-for = For: { $list }.
plain-event-hint = Type y if you are going, i if you are interested (again to take it back), b to go back.
plain-events-answered = { $answer ->
        [going] You are going. { $going } going, { $interested } interested.
       *[interested] You are interested. { $going } going, { $interested } interested.
    }
plain-jobs-heading = { $n ->
        [one] Open jobs and opportunities, { $n } item:
       *[other] Open jobs and opportunities, { $n } items:
    }
plain-jobs-line = { $title }, { $kind } at { $organization }, { $place }; closes { $date }
plain-item-number-hint = Type an item's number to read it, b to go back.
plain-job-head = { $title }. A { $kind } at { $organization }, { $place }.
plain-job-closes = Closes { $date }.
plain-job-closes-closed = Closes { $date } (closed).
plain-job-how-to-apply = How to apply: { $how }
plain-back-hint = Type b to go back.
plain-library-heading = { $n ->
        [one] The library, { $n } entry, newest first:
       *[other] The library, { $n } entries, newest first:
    }
plain-library-no-strategy = no strategy given
plain-library-hint = Type an entry's number to read it, b to go back.
plain-entry-kind-practice = practice: { $level }
plain-entry-head = { $title }. A { $kind }.
plain-entry-by = By { $authors }, { $year }, in { $language }.
plain-entry-setting = Setting: { $setting }.
plain-entry-level = Level { $level } from { $day }, set by { $by }: { $reason }
plain-entry-text = Text:
plain-entry-files = Files: { $files }.
plain-entry-read-discussion-hint = Type d to read its discussion, b to go back.
plain-entry-start-discussion-hint = Type d to start its discussion, b to go back.
plain-entry-sign-up-to-discuss = Nobody has discussed it yet. Sign up to start: type s.
plain-entry-new-thread = A new thread in { $community }, titled "{ $title }". Its first post begins:
plain-news-heading = { $n ->
        [one] News from the editorial committee and members, { $n } item:
       *[other] News from the editorial committee and members, { $n } items:
    }
plain-news-hint-member = Type an item's number to read it, submit to propose news or a blog post, b to go back.
plain-news-withdrawn = { $title }. Withdrawn by the editorial committee on { $day }: { $reason }
plain-news-committee-hint = correct changes it, withdraw takes it down.

## Plain mode: search, learning, the strategies, notifications and people
plain-multiple-streams = Multiple streams
plain-search-heading = { $n ->
        [one] Search for { $words }: { $n } result.
       *[other] Search for { $words }: { $n } results.
    }
plain-search-hint = Type a result's number to open it, b to go back.
plain-learning-guest = For your learning: sign up (s), then tick the competencies you are building in your profile.
plain-learning-no-competencies = For your learning: your profile lists no competencies yet. Type edit profile to tick the ones you are building.
plain-learning-heading = For your learning ({ $competencies }): { $events } and { $entries }.
plain-count-upcoming-events = { $n ->
        [one] { $n } upcoming event
       *[other] { $n } upcoming events
    }
plain-count-library-entries = { $n ->
        [one] { $n } library entry
       *[other] { $n } library entries
    }
plain-learning-events = Events, trainings first:
plain-learning-event = { $day }, { $kind }: { $title }; builds { $competencies }
plain-learning-library = Library:
plain-learning-entry = { $kind }: { $title }; builds { $competencies }
plain-number-hint = Type a number to open it, b to go back.
plain-strategies-heading = The framework's strategies:
plain-strategies-hint = Type strategy and a number to read its page.
plain-strategies-hint-committee = Type strategy and a number to read its page, coverage for the practices by strategy, region and level.
plain-strategy-usage = Type strategy and a number from 1 to { $n }: strategies lists them.
plain-communities-line = Communities: { $names }.
plain-strategy-resources = Library resources
plain-strategy-practices = Practices, by level
plain-strategy-events = Upcoming events
plain-strategy-jobs = Open jobs
plain-strategy-job = { $title } at { $organization }
plain-coverage-heading = Practices by strategy and WHO region (AFR, AMR, SEAR, EUR, EMR, WPR, Global); a gap reads as none.
plain-coverage-count = { $n } { $level }
plain-none = none
plain-notices-heading = Notifications, { $unread } unread of { $n }, newest first:
plain-notices-new = new:
plain-notices-hint = Type a number to open it (that marks it read), read all to mark all read, b to go back.
plain-people-heading = { $n ->
        [one] People: { $n } member, by organization:
       *[other] People: { $n } members, by organization:
    }
plain-people-hint = Type a number to read a member's page, people WORDS to narrow, b to go back.
plain-member-head = { $name } ({ $username }), { $organization }, { $region }, time zone { $zone }.
plain-member-recent = Recent posts, { $n }:
plain-member-post = In { $thread }: { $opening }
plain-member-hint = Type a number to read that post's thread, b to go back.
plain-watch-needs-thread = Open a thread first: watch and unwatch work on it.
plain-watching = Watching: new posts in this thread will notify you.
plain-not-watching = No longer watching this thread.
plain-read-all-needs-place = Open a community or your notifications (!) first: read all marks what they list read.

## Plain mode: private conversations
plain-messages-heading = Your private conversations, { $n }, { $unread } unread:
plain-messages-unread = (unread)
plain-messages-line = With { $names }: { $about } { $messages }, last { $when }.
plain-messages-none = None yet.
plain-messages-hint = Type a number to read one; message NAMES writes to members (message committee to the editorial committee); messages WORDS searches them.
plain-conversation-head = Conversation { $id }: { $about } With { $names }.
plain-conversation-earlier = { $n ->
        [one] { $n } earlier message is not printed: older prints { $more } more.
       *[other] { $n } earlier messages are not printed: older prints { $more } more.
    }
plain-conversation-message = Message { $number }, from { $author }, { $when }:
plain-conversation-message-new = Message { $number } (new), from { $author }, { $when }:
plain-conversation-reported = Reported: message { $number } from { $author }, { $when }, which said:
plain-conversation-reason-given = The reason given:
plain-conversation-hint = Type write to answer; report N REASON sends message N to the committee; block NAME stops someone reaching you; b goes back to your messages.
plain-messages-found = { $n ->
        [one] { $n } message in your conversations for "{ $words }":
       *[other] { $n } messages in your conversations for "{ $words }":
    }
plain-messages-found-line = Conversation { $id }, message { $number } from { $author }: { $first }
plain-messages-found-hint = Type a number to read that conversation, b to go back.
plain-not-searched = Not searched: { $error }.
plain-messages-guests = Guests cannot write messages: sign up first (type s).
plain-message-needs-whom = 'message' needs whom to write to: member names, or committee.
plain-not-now = Not now: { $error }.
plain-message-write = Write your message line by line. A line holding only a full stop (.) sends it; cancel throws it away.
plain-message-no-member = No member is called { $name }: people lists them.
plain-not-started = Not started: { $error }.
plain-message-write-to = Write to { $names } line by line. A line holding only a full stop (.) sends it; cancel throws it away.
plain-write-needs-conversation = Open a conversation first (messages, then its number): write answers in it.
plain-report-needs-conversation = Open a conversation first: report N REASON sends its message N to the committee.
plain-report-usage = report needs a message number, then why: report 2 asks for my password
plain-reported = Reported: the committee reads that message and your reason, nothing else. Its answer comes in conversation { $id } (messages).
plain-not-reported = Not reported: { $error }.
plain-block-nobody = You block nobody.
plain-block-list = You block: { $names }. unblock NAME lets one reach you again.
plain-blocked = Blocked { $name }: their messages, mentions and replies no longer reach you.
plain-not-blocked = Not blocked: { $error }.
plain-unblocked = Unblocked { $name }: they can reach you again.
plain-not-blocking = You had not blocked { $name }.
plain-older-needs-conversation = Open a conversation first: older prints its earlier messages.
plain-unread-conversations = { $n ->
        [one] You have { $n } conversation with unread messages: type messages.
       *[other] You have { $n } conversations with unread messages: type messages.
    }

## Plain mode: joining and leaving communities, flagging posts
plain-flag-usage = Type flag, the post's number and a reason: spam, off-topic, inappropriate, or other and a note (flag 12 other it repeats an advert).
plain-membership-needs-community = Open a community first, or type { $verb } and its short name or its number on the home list.
plain-no-number-here = There is no number { $n } here.
plain-already-member = You are already a member of { $name }.
plain-not-member = You are not a member of { $name }.
plain-joined-community = You joined { $name }.
plain-left-community = You left { $name }.
plain-not-done = Not done: { $error }.
plain-not-a-reason = '{ $reason }' is not a reason.
plain-flagged = Post { $post } flagged as { $reason }: the editorial committee will look at it.
plain-not-flagged = Not flagged: { $error }.
plain-committee-waiting = { $n ->
        [one] { $n } submission waits for review (type queue)
       *[other] { $n } submissions wait for review (type queue)
    }
plain-committee-flagged = { $n ->
        [one] { $n } flagged post waits for a decision (type flags)
       *[other] { $n } flagged posts wait for a decision (type flags)
    }
plain-committee-line = For the editorial committee: { $parts }.

## Plain mode: your posts, your submissions and your profile
plain-edit-needs-thread = Open a thread first: e edits one of your posts in it.
plain-editing = Editing post { $post }. Its text now:
plain-editing-hint = Type the new text line by line; a line holding only a full stop (.) saves it in place of the old, cancel keeps the old.
plain-edit-not-yours = Post { $post } is not yours to edit.
plain-delete-needs-thread = Open a thread first: d deletes one of your posts in it.
plain-delete-question = Delete post { $post }? Replies to it keep their place. Type yes to delete it, anything else to keep it.
plain-kept = Kept.
plain-post-deleted = Post { $post } deleted.
plain-not-deleted = Not deleted: { $error }.
plain-submissions-none = You have sent nothing to the editorial committee yet.
plain-submissions-heading = { $n ->
        [one] Your submissions, { $n } of them, newest first:
       *[other] Your submissions, { $n } of them, newest first:
    }
plain-submission-line = { $id }, { $kind } "{ $title }": { $state }
plain-submission-decision = { $name } { $action }: { $note }
plain-submissions-hint = resubmit and a number takes up a draft or a returned one again.
plain-profile-guest = Guests have no profile: s signs you up.
plain-profile-about = About: { $bio }
plain-profile-head = { $name } ({ $username }), { $role }.
plain-profile-organization = Organization: { $organization }
plain-profile-region = Region: { $region }
plain-profile-competencies = Competencies: { $competencies }
plain-profile-time-zone = Time zone: { $zone }
plain-profile-keys = SSH keys: { $n }
plain-profile-plain = Plain mode: { $setting }.
plain-profile-display = Display: colour { $colour }, ASCII only { $ascii }, bell { $bell }.
plain-profile-hint = plain on, plain off or plain auto sets the plain mode for your next connections; the rest of the profile is edited in the full-screen mode (g then y).
plain-set-plain-usage = Type plain on, plain off or plain auto.
plain-settings-guest = Guests have no settings: s signs you up.
plain-saved-never = Saved: your next connection opens the full-screen forum.
plain-saved-always = Saved: every connection opens in plain mode.
plain-saved-automatic = Saved: plain mode when your terminal cannot draw screens (TERM=dumb).
plain-not-saved = Not saved: { $error }.

# Content languages and translations
plain-written-in = Written in { $name }, as detected. If it is not: language { $post } { $code } (or another code: en fr es ru zh ar).
plain-language-unknown = Its language could not be told from so little text; say it with: language { $post } CODE (en fr es ru zh ar).
plain-translate-open-first = Open a library entry or a news item first.
plain-proposing-translation-language = Into which language?
plain-proposing-translation-title = The title, translated?
plain-proposing-translation-text = The text, translated (a paragraph per line; an empty line ends it)?
plain-language-code-takes = Give a language by its code: en, fr, es, ru, zh or ar.
plain-not-in-language = It is not in { $name }: no translation into it yet. T on the full screen, or translate here, proposes one.
plain-languages-line = Languages: { $languages }. in CODE reads it in another (in en).
plain-language-takes = language takes a post number and a code (language 12 fr), or on an open entry, news item or event, a code (language fr).
plain-language-set = Its language is now { $name }.
plain-first-none = Lists keep their own order again.
plain-first-set = What is written in { $names } now comes first in lists.
plain-item-written-in = Written in { $name }.
plain-first-note = (What is written in { $names } comes first; first none undoes it.)
