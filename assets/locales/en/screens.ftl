### The full screen's screens: titles, introductions, forms and what they say.

## Display (profile, v)
display-title = Display
display-intro = How Stoa is drawn for you, on every machine you connect from. ← → chooses; Ctrl-S saves and applies it at once.
display-language = Language
display-language-hint = automatic: the language your terminal's locale (LANG) names, else English
display-language-automatic = automatic ({ $name })
language-partial = { $name } (partial: { $missing } in English)
display-colour = Colour
display-colour-hint = automatic: colour unless your terminal has none or sends NO_COLOR
display-ascii = ASCII only
display-ascii-hint = automatic: only for old terminals and locales that are not UTF-8
display-plain = Plain mode
display-plain-hint = lines of text and numbered choices, for screen readers; from your next connection
display-bell = Bell
display-bell-hint = a terminal bell when a notification arrives; automatic: on
display-saved = Display saved: it applies wherever you connect from.
setting-automatic = automatic
setting-always = always
setting-never = never

## Home
home-title = Home
home-title-guest = Welcome
home-guest-notice = You are browsing as a guest. Press s to sign up: it takes a minute, and the key you connected with becomes your login. Already a member? Connect with the key you registered, or with your password:
home-welcome = Welcome, { $name }
home-committee-work = Editorial committee: { $queue } to review, { $flags ->
        [one] { $flags } flagged post
       *[other] { $flags } flagged posts
    } · g then m
home-latest-news = Latest news (g n)
home-public-communities = Public communities ({ $n }): g then c says what each is for
home-communities-none-joined = Communities ({ $n }): J joins the selected one
home-your-communities = Your communities ({ $n }), then the others
home-community-new = { $n } new
home-jobs-open = { $n ->
        [one] { $n } job open (g j)
       *[other] { $n } jobs open (g j)
    }
home-next-event = Next event { $when }:{" "}
home-demo = [demo] marks illustrative demo content, with fictional people
home-demo-admin = [demo] marks illustrative demo content; admin: stoa admin remove-demo

## Sign-up
signup-language-hint = ← → to choose; the profile's Display (v) changes it later
signup-username = Username
signup-display-name = Display name
signup-display-name-hint = your name as other members will see it
signup-organization = Organization
signup-organization-hint = where you work; leave empty if independent
signup-region = WHO region
signup-region-hint = ← → to choose
signup-time-zone = Time zone
signup-time-zone-hint = e.g. Africa/Nairobi, America/Lima, Asia/Manila, Europe/Lisbon
signup-policy = Editorial policy
signup-policy-accept = I have read and accept the editorial policy
signup-policy-hint = Enter to read it, Space to tick

## Help (?)
help-title = Help: { $about }
help-keys-on = Keys on { $about }
help-everywhere = Everywhere

## Communities (g c)
communities-title = Communities
count-members = { $n ->
        [one] { $n } member
       *[other] { $n } members
    }
count-threads = { $n ->
        [one] { $n } thread
       *[other] { $n } threads
    }
count-posts = { $n ->
        [one] { $n } post
       *[other] { $n } posts
    }
count-replies = { $n ->
        [one] { $n } reply
       *[other] { $n } replies
    }

## A community's threads
threads-sign-up-to-start = Sign up to start threads: press g then u.
threads-nothing-unread = Nothing unread here.
threads-marked-read = { $n ->
        [one] { $n } thread marked read.
       *[other] { $n } threads marked read.
    }
threads-order = Threads: { $order } (O again for another order).
order-activity = latest activity first
order-newest = newest threads first
order-replies = most replies first
threads-sign-up-to-take-part = sign up to take part
threads-you-are-a-member = you are a member
threads-j-to-join = J to join
threads-unread = { $n } unread
threads-none-yet-start = No threads yet. Press n to start the first one.
threads-none-yet = No threads yet.
threads-could-not-read = Could not read the threads: { $error }
threads-column-thread = Thread
threads-column-started-by = Started by
threads-column-replies = Replies
threads-column-re = Re
threads-column-last-post = Last post

## A thread
thread-new-posts = { $n } new (u)
thread-started-by = started by { $name }
thread-pinned = pinned
thread-locked = locked: no new replies
thread-edited-by-committee = Edited by the editorial committee: { $note }
thread-folded = { $n ->
        [one] { $n } reply folded: Enter shows it
       *[other] { $n } replies folded: Enter shows them
    }

thread-watching = watching
post-hidden-by = hidden by { $by }: { $reason }
post-hidden-by-committee-because = hidden by the editorial committee: { $reason }
post-hidden-by-committee = hidden by the editorial committee
post-edited = edited
post-new = new

## A thread: what its keys say
thread-sign-up-to-watch = Sign up to watch threads: press g then u.
thread-now-watching = Watching: new posts here will notify you (g !).
thread-no-longer-watching = No longer watching: only replies to you and mentions notify you.
thread-nothing-to-fold = No replies to fold under this post.
thread-no-unread-left = No unread posts left in this thread.
thread-sign-up-to-reply = Sign up to reply: press g then u.
thread-is-locked = This thread is locked: it takes no new replies.
thread-reply-to-deleted = That post was deleted: reply to another post in the thread.
thread-nothing-to-quote = Nothing to quote now.
thread-sign-up-to-bookmark = Sign up to keep bookmarks: press g then u.
thread-bookmark-removed = Bookmark taken away.
thread-bookmarked = Bookmarked: g b lists your bookmarks, and e there sets a reminder day.
thread-edit-only-own = You can edit only your own posts.
thread-post-was-deleted = That post was deleted.
sign-up-to-take-part = Sign up to take part: press g then u.
thread-already-deleted = That post is already deleted.
thread-delete-only-own = You can delete only your own posts.
thread-delete-own-question = Delete your post? It will show as deleted, and replies to it stay in place.
thread-delete-as-committee-question = Delete this member's post as the editorial committee? It will show as deleted.
thread-sign-up-to-react = Sign up to react: press g then u.
member-pages-for-members = Members' pages are for members: sign up with g then u.

thread-sign-up-to-flag = Sign up to flag posts: press g then u.
thread-flag-own-post = This is your own post: edit or delete it instead.
thread-flag-not-shown = That post is no longer shown: nothing to flag.
thread-hide-deleted = That post was deleted: there is nothing to hide.

quote-heading = **{ $name }** (post { $post }):
thread-posts-to-quote = { $n ->
        [one] { $n } post to quote: r replies with it; in the reply, delete the lines you do not want.
       *[other] { $n } posts to quote: r replies with them; in the reply, delete the lines you do not want.
    }

post-by = Post { $post } by { $name }

## The composer: a new thread, a reply, an edit, a message
composer-new-thread-in = New thread in { $name }
composer-reply-to = Reply to { $name }
composer-reply = Reply
composer-new-thread-about-entry = New thread in { $name } about this library entry
composer-new-thread = New thread
composer-edit = Edit
composer-message-to = Message to { $names }
composer-message = Message
composer-new-conversation = New private conversation
composer-edit-as-committee = Edit { $name }'s post as the editorial committee
composer-edit-your-post = Edit your post
composer-to = To
composer-to-hint = members' names with spaces between; committee for the editorial committee
composer-subject = Subject
composer-subject-hint = what it is about, in a few words (may be left empty)
composer-title = Title
composer-title-hint = what the thread is about, in a few words; Tab goes to the post
composer-note = Note
composer-note-hint = why the committee changes it: shown with the post
composer-message-field = Message
composer-post-field = Post
composer-body-hint = *emphasis* **strong** `code` - lists > quotes [text](link) @name
composer-esc-goes-back = Esc goes back.
composer-draft-back-posts = Your draft from { $when } is back. Ctrl-S posts it; Esc lets you keep or discard it.
composer-draft-back-saves = Your draft from { $when } is back. Ctrl-S saves it; Esc lets you keep or discard it.
composer-draft-back-sends = Your draft from { $when } is back. Ctrl-S sends it; Esc lets you keep or discard it.
composer-ctrl-s-posts = Ctrl-S posts. Esc leaves: you can keep what you wrote as a draft.
composer-ctrl-s-saves = Ctrl-S saves. Esc leaves: you can keep what you wrote as a draft.
composer-ctrl-s-sends = Ctrl-S sends. Esc leaves: you can keep what you wrote as a draft.
composer-reply-posted = Reply posted.
composer-message-sent = Message sent.
composer-conversation-started = Message sent: only those in the conversation read it.
composer-post-edited = Post edited: the earlier version is kept in its history.
composer-thread-started = Thread started.

## Notifications (g !)
notifications-title = Notifications
notifications-marked-read = { $n ->
        [one] { $n } notification marked read.
       *[other] { $n } notifications marked read.
    }
notifications-about = Replies, mentions, watched threads, decisions and alerts, newest first.
alerts-about = New events or jobs that match these notify you. On a board: F, then a.
notifications-none = Nothing yet. You hear of replies to your posts, mentions of you (@name), new posts in threads you watch (w), and decisions on what you submit.
alerts-none = No alerts. On the events or jobs board, filter with F, then press a.
notice-kind-reply = reply
notice-kind-mention = mention
notice-kind-watched = watched
notice-kind-decision = decision
notice-kind-alert = alert
notice-kind-message = message
notice-kind-reaction = reaction
notice-kind-reminder = reminder

notifications-tab = Notifications ({ $n } unread)
alerts-tab = Alerts ({ $n })

composer-placeholder = Write here. Enter starts a new line; Ctrl-S sends.

composer-wrote = { $name } wrote:

search-language-hint = what is written in it (as the author named it, or as detected)

## Private conversations (g d)
conversations-title = Messages
conversations-about = { $n ->
        [one] { $n } conversation
       *[other] { $n } conversations
    } · { $unread } unread. Only those in a conversation read it.
conversations-find = Find: { $words }_  (Enter finds, Esc ends)
conversations-found = { $n ->
        [one] { $n } message
       *[other] { $n } messages
    } for "{ $words }" (Esc: all conversations)
conversations-numbered = conversation { $id }
conversations-none = No conversations yet. Press n to write to members, or to the editorial committee (To: committee); on a member's page, D writes to them.
conversations-yourself = yourself
conversations-messages = { $n ->
        [one] { $n } message
       *[other] { $n } messages
    }
conversations-a-report = a report
conversations-older = { $n ->
        [one] { $n } older one is not listed: F finds words in it.
       *[other] { $n } older ones are not listed: F finds words in them.
    }
conversations-new = new
conversations-reported = Reported: message #{ $number } from { $author }, { $when }:
conversations-why = Why:
conversations-title-about = Messages: { $about }
conversations-conversation = Conversation { $id }
conversations-report-own = That message is yours: only others' messages are reported.
conversations-report-committee = That is the committee's answer: write to it here rather than report it.
conversations-message-from = Message #{ $number } from { $author }
conversations-block-own = That message is yours: select someone else's to block them.
conversations-committee-does-not-block = The committee does not block the members who write to it: mute them from the members tab if you must.
conversations-committee-cannot-be-blocked = The editorial committee cannot be blocked: its answers reach the members who write to it.
conversations-all-shown = Every message is shown already.
conversations-with = With { $names }
conversations-earlier = { $n } earlier (o)
conversations-unblocked = { $name } can reach you again.
conversations-blocked = Blocked { $name }: their messages, mentions and replies no longer reach you (B again unblocks).

## What's new (g w) and bookmarks (g b)
reading-whats-new = What's new
reading-latest = Latest
reading-unread = Unread
reading-nothing-unread = Nothing unread in your communities.
reading-nothing-yet = Nothing yet: join communities (g c, then J) to follow them here.
reading-about-none-joined = The latest threads of the communities you join.
reading-about-unread = Threads with posts you have not read, in the communities you joined.
reading-about-since = { $n ->
        [one] { $n } thread with news since your last visit ({ $when }).
       *[other] { $n } threads with news since your last visit ({ $when }).
    }
reading-about-joined = The latest threads of the communities you joined.
reading-bookmarks = Bookmarks
reading-bookmarks-about = Posts you keep. In a thread, K bookmarks the selected post.
reading-bookmarks-none = No bookmarks yet.
reading-remind = remind { $day }
reading-post = post { $post }
reading-remind-on = Remind on
reading-remind-hint = a day like 2026-12-01; empty for no reminder
reading-reminder-title = Reminder for post { $post }
reading-field-needs-attention = One field needs attention: see the message under it.
reading-reminded-on = You will be reminded on { $day }.
reading-no-reminder = No reminder for it.
reading-reminder-intro = On that day (in your time zone), a notification brings you back to the post.

## A post's edit history (H in a thread)
history-title = History of post { $post }
history-never-edited = Post { $post } by { $name } was never edited.
history-earlier-versions = { $n ->
        [one] Post { $post } by { $name }: { $n } version before this one, newest first.
       *[other] Post { $post } by { $name }: { $n } versions before this one, newest first.
    }
history-now-edited = Now (edited { $when })
history-now-written = Now (written { $when })
history-version = Version { $n } (replaced { $when })
history-some-let-go = Only the first version and the latest { $kept } are kept.

## Reacting to a post (+ in a thread)
react-none-yet = No reactions yet.
react-reaction = Reaction
react-hint = ← → chooses; Ctrl-S gives it, or takes yours back
react-title = React to post { $post }
react-given = { $reaction } given: its author hears of it.
react-taken-back = { $reaction } taken back.
react-intro = Reactions say thanks without a reply on a slow link.
react-thanks = thanks
react-plus-one = +1
react-insightful = insightful

## Going to a post by its place (# in a thread)
post-number-hint = 1 to { $n }
post-number-post = Post
post-number-title = Go to post
post-number-out-of-range = a number from 1 to { $n }
post-number-field-needs-attention = One field needs attention: see the message under it.
post-number-intro = Posts are counted in the order the thread shows them; 1 is the first.

## What an event's and a job's screens share
item-corrected = Corrected on { $day } by { $by }: { $reason }
item-withdrawn = Withdrawn by the editorial committee: { $reason }

## People (g p) and a member's page
people-title = People
people-title-person = People: { $name }
people-words = Words
people-words-hint = in the name, organization, region or competencies
people-region = Region
people-competency = Competency
people-any = any
people-about = { $n ->
        [one] { $n } member
       *[other] { $n } members
    }, by organization. F finds by name, region or competency.
people-about-found = { $n ->
        [one] { $n } member
       *[other] { $n } members
    }: { $parts } · F changes the search
people-nobody-matches = Nobody matches.
people-independent = independent
people-works-independently = Works independently
people-organization = Organization
people-region-and-zone = { $region } · time zone { $zone }
people-competencies = Competencies
people-member-since = Member since
people-no-communities = none joined yet
people-communities = Communities
people-you-block-them = You block them: nothing they write reaches you. B unblocks.
people-no-posts-yet = No posts yet.
people-recent-posts = Recent posts

## Your profile (g y)
profile-title = Your profile
profile-display-colour = colour
profile-display-ascii = ASCII
profile-display-plain = plain
profile-display-bell = bell
profile-display-set = { $name } { $setting }
profile-display-all-automatic = all automatic, from your terminal (v)
profile-display-all-set = { $settings } (v)
profile-display-some-set = { $settings }; the rest automatic (v)
profile-only-way-to-log-in = This is your only way to log in: add another key or set a password first.
profile-remove-key-question = Remove the key { $key }? It will no longer log in to your account.
profile-remove-session-key-question = Remove the key { $key }? It will no longer log in to your account. You are logged in with it now; this session stays open.
profile-no-comment = (no comment)
profile-key-added = added { $date }
profile-this-session = (this session)
profile-fingerprint = Fingerprint
profile-none = (none)
profile-region = Region
profile-competencies = Competencies
profile-no-competencies = (none: e to add the ones you work with)
profile-time-zone-now = { $zone } (your time now { $now })
profile-member-since = Member since
profile-password = Password
profile-password-set = set: { $command } works from any machine
profile-password-not-set = not set: you log in with your keys only
profile-no-bio = (empty: e to write a few lines about your work)
profile-bio = Bio
profile-ssh-keys = SSH keys ({ $n })

## Your account's forms: profile, keys, password
account-organization-hint = leave empty if you work independently
account-bio = Bio
account-bio-hint = a few lines about your work; Enter starts a new line
account-competencies = Competencies
account-competencies-hint = for the people directory and what builds them (for your learning); ← → moves, Space ticks
account-edit-profile-title = Edit profile
account-profile-saved = Profile saved.
account-edit-profile-intro = How other members see you. Ctrl-S saves, Esc leaves without saving.
account-public-key = Public key
account-public-key-hint = paste one line, e.g. the contents of ~/.ssh/id_ed25519.pub
account-add-key-title = Add an SSH key
account-key-added = Key added: you can now log in with it too.
account-add-key-intro = Add a key to log in from another machine. On that machine run: cat ~/.ssh/id_ed25519.pub (or create a key with ssh-keygen -t ed25519), then paste the line here. Only the public half: never paste a private key.
account-current-password = Current password
account-new-password = New password
account-new-password-hint = { $min ->
        [one] at least { $min } character; a few words are easy to remember
       *[other] at least { $min } characters; a few words are easy to remember
    }
account-password-again = Again
account-password-again-hint = type it once more
account-password-title = Password
account-password-set = Password set. From another machine: { $command }
account-password-intro-unset = Set a password to log in from a machine without your key:
account-password-intro-current = Change your password. You logged in with it, so give the current one first.
account-password-intro-key = Change your password. You logged in with your key, so the current password is not needed.

## Search (/)
search-title = Search
search-title-asked = Search: { $words }
search-box = Search
search-box-hint = Enter searches; ↓ goes to the results; F narrows them
search-type-words = Type a word or two to search for.
search-about = Discussions, events, jobs, the library, news and members. Prefixes work: immun finds immunisation.
search-narrowed-to = Narrowed to { $parts }.
search-results = { $n ->
        [one] { $n } result
       *[other] { $n } results
    } · F narrows
search-results-narrowed = { $n ->
        [one] { $n } result
       *[other] { $n } results
    } · { $parts } · F narrows
search-nothing-found = Nothing found. Try fewer or shorter words, or fewer filters.
search-filter-community = in { $name }
search-filter-since = since { $day }
search-filter-language = in { $name }
search-kind-discussion = Discussions
search-kind-event = Events
search-kind-job = Jobs and opportunities
search-kind-resource = Resources
search-kind-practice = Practices
search-kind-news = News
search-kind-member = Members

## The go-to menu (g)
menu-title = Go to
menu-events = Events
menu-jobs = Jobs and opportunities
menu-library = Library
menu-news = News
menu-strategies = Strategies
menu-people = People
menu-messages = Messages
menu-whats-new = What's new
menu-bookmarks = Bookmarks
menu-submissions = My submissions
menu-profile = Your profile
menu-sign-up = Sign up
menu-moderation = Moderation
menu-policy = Editorial policy

## Confirmations: yes/no questions, and leaving the composer
confirm-title = Confirm
confirm-post-deleted = Post deleted: replies to it keep their place.
confirm-key-removed = Key removed.
confirm-job-closed = Closed: it has moved to the archive.
confirm-could-not-keep-draft = Could not keep the draft: { $error }
confirm-leave-title = Leave
confirm-leave-composer-question = Leave the composer? Keep what you wrote as a draft, and it comes back the next time you write here.

## Events (g e)
events-title = Events
events-title-past = Events: past
events-title-mine = Events: mine
events-title-learning = Events: for your learning
events-tab-upcoming = Upcoming
events-tab-past = Past
events-tab-mine = My events
events-tab-learning = For your learning
events-kind-conference = conference
events-kind-call-for-papers = call for papers
events-kind-training = training
events-kind-webinar = webinar
events-kind-meeting = meeting
events-kind-other = other event
events-place-online = online
events-place-town-and-online = { $town } and online
events-filter-any = any
events-filter-kind = Kind
events-filter-region = Region
events-filter-strategy = Strategy
events-filter-month = Month
events-filter-month-hint = e.g. 2027-01; empty for any month
events-filter-competency = Competency
events-filter-competency-hint = ← → to choose: what it helps members learn
events-filter-audience = For
events-filter-audience-hint = ← → to choose: who it is for
events-filter-for-audience = for { $audience }
events-month-format = write the month as 2027-01
events-mine-about = Events you answered: going or interested.
events-learning-count = { $n ->
        [one] { $n } event building your profile's competencies, trainings first. F filters.
       *[other] { $n } events building your profile's competencies, trainings first. F filters.
    }
events-all-count = { $n ->
        [one] All { $n } event, in your time zone. F filters.
       *[other] All { $n } events, in your time zone. F filters.
    }
events-filtered-count = { $n ->
        [one] { $n } event: { $filter } · F changes the filter
       *[other] { $n } events: { $filter } · F changes the filter
    }
events-sign-up-for-my-events = Sign up to keep a list of events.
events-mine-none = None yet: open an event and press y (going) or i (interested).
events-learning-no-competencies = Tick the competencies you are building in your profile (g y, e) to see events that build them.
events-learning-none = No upcoming event builds the competencies in your profile.
events-none-match = No events match this filter.
events-none-yet = No events yet. Press n to submit one.
events-withdrawn-by-committee = withdrawn by the committee
events-going-interested = { $going } going, { $interested } interested
events-deadline-mark = deadline { $date }
events-sign-up-to-save-alerts = Sign up to save alerts: press g then u.
events-alert-saved = Alert saved: you will be notified of { $alert }. See it under g then !.
events-sign-up-to-submit = Sign up to submit to the boards: press g then u.

## An event (g e, then Enter)
events-withdraw-about = Event "{ $title }" by { $name }
events-event-title = Event: { $title }
events-event-number = Event { $id }
events-sign-up-to-answer = Sign up to answer events: press g then u.
events-answered = { $answer ->
        [going] You are going — find it under My events. { $going } going, { $interested } interested.
       *[interested] You are interested — find it under My events. { $going } going, { $interested } interested.
    }
events-answer-taken-back = Answer taken back.
events-not-found = Not found.
events-kind-organized-by = { $kind } · organized by { $organizer }
events-field-when = When
events-when-yours = { $span } your time ({ $zone })
events-when-organizers = { $span } in { $zone }, the organizer's time
events-field-where = Where
events-field-online = Online
events-field-deadline = Deadline
events-deadline-closes = { $date } (closes { $until })
events-deadline-passed = { $date } (passed)
events-field-strategy = Strategy
events-field-region = Region
events-field-competency = Competency
events-field-audience = For
events-field-tags = Tags
events-field-answers = Answers
events-answers = { $going } going · { $interested } interested
events-answers-yours = you: { $answer ->
        [going] going
       *[interested] interested
    }
events-posted-by-on = Posted by { $name } on { $date }.

## Jobs and opportunities (g j)
jobs-title = Jobs and opportunities
jobs-title-archive = Jobs: archive
jobs-tab-open = Open
jobs-tab-archive = Archive
jobs-kind-job = job
jobs-kind-training = training
jobs-kind-education = educational opportunity
jobs-place-remote = remote
jobs-place-town-or-remote = { $town } or remote
jobs-filter-any = any
jobs-filter-kind = Kind
jobs-filter-region = Region
jobs-filter-remote = Remote
jobs-filter-remote-only = remote only (Space ticks it)
jobs-filter-competency = Competency
jobs-filter-part-remote = remote
jobs-open-count = { $n ->
        [one] { $n } item open, closing soonest first. F filters.
       *[other] { $n } items open, closing soonest first. F filters.
    }
jobs-closed-count = { $n ->
        [one] { $n } item closed, kept for reference. F filters.
       *[other] { $n } items closed, kept for reference. F filters.
    }
jobs-filtered-count = { $n ->
        [one] { $n } item: { $filter } · F changes the filter
       *[other] { $n } items: { $filter } · F changes the filter
    }
jobs-none-match = Nothing matches this filter.
jobs-none-open = Nothing open. Press n to submit a job or opportunity; F filters.
jobs-none-closed = Nothing has closed yet; closed jobs are kept here for reference.
jobs-closed-early = closed early
jobs-closes-on = closes { $date }
jobs-closing-soon = closing soon

## A job or opportunity (g j, then Enter)
jobs-job-title = { $kind }: { $title }
jobs-job-number = Job { $id }
jobs-withdraw-about = "{ $title }" posted by { $name }
jobs-close-question = Close "{ $title }" now? It leaves the board for the archive and cannot be opened again.
jobs-not-found = Not found.
jobs-field-where = Where
jobs-field-region = Region
jobs-field-closing-date = Closing date
jobs-closed-early-on = closed early on { $date }
jobs-closes-withdrawn = { $date } (withdrawn)
jobs-closes-closed = { $date } (closed)
jobs-closes-soon = { $date } (closing soon: { $until })
jobs-field-competencies = Competencies
jobs-field-tags = Tags
jobs-how-to-apply = How to apply
jobs-posted-by-on = Posted by { $name } on { $date }.

## Sending an item to the editorial committee (events, jobs, library, news, proposals)
submit-draft-kept = Draft { $id } kept: find it under g then s (my submissions).
submit-changes-asked = The committee asked for changes: "{ $note }" Ctrl-S sends it again.

## Submitting or correcting an event or a job (n on its board)
board-form-region = Region
board-form-region-hint = ← → to choose; Global if it spans regions
board-form-strategies = Strategies
board-form-strategies-hint = ← → to move, Space to tick: the strategies it works on, for their pages
board-form-competencies = Competencies
board-form-competencies-hint = ← → to move, Space to tick: what it helps members learn
board-form-audiences = For
board-form-audiences-hint = ← → to move, Space to tick: who it is for
board-form-kind = Kind
board-form-event-title-hint = e.g. Primary health care days 2027
board-form-starts = Starts
board-form-starts-hint = date and time in the organizer's zone, e.g. 2027-03-02 09:00
board-form-ends = Ends
board-form-ends-hint = e.g. 2027-03-03 17:00
board-form-time-zone-hint = the organizer's, e.g. Europe/Zurich or Africa/Nairobi
board-form-online = Online link
board-form-online-hint = https://…; an online link or a city, or both
board-form-city = City
board-form-city-hint = where it takes place, if in person
board-form-country = Country
board-form-organizer = Organizer
board-form-deadline = Deadline
board-form-deadline-hint = for a call for papers: the last day to submit, e.g. 2027-01-15
board-form-event-strategies-hint = ← → to move, Space to tick; one or more of the five strategies
board-form-tags = Tags
board-form-event-tags-hint = comma-separated, e.g. nursing, primary care
board-form-description = Description
board-form-event-description-hint = what it is, for whom, and what it costs; Enter starts a new line
board-form-remote = Remote
board-form-remote-text = can be done remotely (Space ticks it)
board-form-job-title-hint = e.g. Community health programme lead
board-form-location = Location
board-form-location-hint = city or place; empty if remote
board-form-closes = Closing date
board-form-closes-hint = the last day to apply, e.g. 2027-01-31
board-form-job-tags-hint = comma-separated, e.g. nursing, data
board-form-job-description-hint = the role or programme, and who it suits; Enter starts a new line
board-form-how-to-apply = How to apply
board-form-intro = The editorial committee reviews it before it is listed. Ctrl-S sends it; Ctrl-D keeps a draft.
board-form-sent = Submission { $id } sent: it appears on the board once the editorial committee approves it (g s).
board-form-why = Why
board-form-why-hint = what changed and why: it goes in the audit log, and to those who answered
board-form-not-this-kind = not this kind of item
board-form-corrected = Corrected: "{ $title }" shows the change; the audit log has why.
board-form-correct-event = Correct the event
board-form-correct-job = Correct the job
board-form-submit-event = Submit an event
board-form-edit-event = Edit your event
board-form-submit-job = Submit a job or opportunity
board-form-edit-job = Edit your job or opportunity
board-form-correction-intro = A correction shows at once, without a second review; the audit log keeps what changed and why, and those who answered are told. Ctrl-S saves it.

## The editorial policy
policy-committee = The editorial committee
policy-press-a-to-accept = Press a to accept and return to the form.

## The framework's strategies (g f)
strategies-title = Strategy: { $name }
strategies-title-multiple = Strategy: Multiple streams
strategies-title-coverage = Strategies: coverage
strategies-tab-people = people
strategies-tab-governance = governance
strategies-tab-care = care
strategies-tab-services = services
strategies-tab-enabling = enabling
strategies-tab-multiple = multiple
strategies-tab-coverage = coverage
strategies-about-engaging-people = Giving people, families and communities the means and the voice to take part in their own health and in their services.
strategies-about-governance = Making decisions about services open, shared with communities, and answerable to those they serve.
strategies-about-model-of-care = Moving care towards primary and community settings, prevention, and services planned around people rather than diseases.
strategies-about-coordinating-services = Joining up care across levels, providers and sectors so that people move through it without gaps.
strategies-about-enabling-environment = The workforce, financing, regulation, information and leadership that make the other four possible.
strategies-about-multiple = Work that takes on more than one strategy at once.
strategies-communities = Communities ({ $n })
strategies-library-resources = Library: resources ({ $n })
strategies-library-practices = Library: practices by level ({ $n })
strategies-upcoming-events = Upcoming events ({ $n })
strategies-open-jobs = Open jobs ({ $n })
strategies-none-yet = none yet
strategies-coverage-about = Practices by strategy and WHO region; · is a gap. A practice of several strategies counts under each.
strategies-all-levels = All levels
strategies-unplaced = { $n ->
        [one] { $n } practice names no region and is not counted.
       *[other] { $n } practices name no region and are not counted.
    }
strategies-could-not-read = Could not read this page: { $error }

## Proposing a community (n on My submissions)
proposal-intro = The editorial committee reviews every proposal. Ctrl-S sends it; Ctrl-D keeps it as a draft.
proposal-members-only = Members only
proposal-members-only-text = readable by members only, not guests (Space)
proposal-sent = Proposal { $id } sent: the editorial committee will review it. See g then s.
proposal-name = Name
proposal-name-hint = e.g. Nursing leadership; at most { $max } characters
proposal-short-name = Short name
proposal-short-name-hint = for addresses and commands: a-z, 0-9 and '-', e.g. nursing
proposal-purpose = Purpose
proposal-purpose-hint = what members will share and learn there; Enter starts a new line
proposal-audience = Who it is for
proposal-audience-hint = e.g. nurses and nurse managers; at most { $max } characters
proposal-edit = Edit your proposal
proposal-new = Propose a community

## A submission (g s, then Enter; or the review queue)
submission-no-longer-changed = This submission is { $state }: it can no longer be changed.
submission-title = Submission { $id }
submission-title-with-name = Submission { $id }: { $title }
submission-about = { $kind } "{ $title }" by { $name }
submission-not-found = Not found.
submission-pending-sent = Pending review · sent { $ago }
submission-approvals = { $n } of { $quorum ->
        [one] { $quorum } approval
       *[other] { $quorum } approvals
    }
submission-kind-by = { $kind } by { $name }
submission-files-how = { $sftp } (in review/{ $folder }/) while it waits for review
submission-read-files-with = Read the files with
submission-now = Now
submission-new-thread-in = a new thread in { $name }
submission-reply-to-post = a reply to post { $post } in "{ $thread }"
submission-where = Where
submission-published = Published
submission-as-post = as post { $post }
submission-history = History
submission-history-step = { $name } { $action }
submission-sent-by = sent by { $name }
submission-not-sent-yet = Not sent yet: a draft.
submission-decide = Decide: a approve · c request changes · x reject
submission-empty = (empty)
submission-kind-community = community
submission-kind-thread = thread
submission-kind-reply = reply
submission-kind-event = event
submission-kind-job = job
submission-kind-training = training
submission-kind-educational-opportunity = educational opportunity
submission-kind-resource = resource
submission-kind-practice = practice
submission-kind-news = news
submission-kind-blog-post = blog post
submission-state-draft = draft
submission-state-pending-review = pending review
submission-state-changes-requested = changes requested
submission-state-approved = approved
submission-state-rejected = rejected
submission-state-withdrawn = withdrawn
submission-action-submitted = submitted
submission-action-approved = approved
submission-action-asked-for-changes = asked for changes
submission-action-rejected = rejected

## A held post sent back for changes
held-title = Edit your post and send it again
held-sent-again = Sent again: the editorial committee will review it.
held-changes-asked = The committee asked for changes: "{ $note }" Ctrl-S sends it again.

## My submissions (g s)
submissions-title = My submissions
submissions-intro = What you sent to the editorial committee, newest first.
submissions-none = Nothing yet. Press n to propose a new community.
submissions-decision = { $name } { $action } { $ago }: { $note }
submissions-draft-started = draft, started { $ago }: Enter, then e to finish and send it
submissions-sent-waiting = sent { $ago }, waiting for the committee
submissions-sign-up-to-propose = Sign up to propose a community: press g then u.

## News (g n)
news-title = News
news-intro = From the editorial committee and members, newest first.
news-none-yet = No news yet.
news-item-title = News: { $title }
news-item-number = News { $id }
news-withdraw-about = News "{ $title }"
news-corrected-on = Corrected on { $day } by the editorial committee: { $reason }
news-kind-news = news
news-kind-blog = blog post
news-form-kind = Kind
news-form-kind-hint = news reports what happened; a blog post is your own account or view, signed by you
news-form-region = Region
news-form-region-hint = ← → to choose; leave it unchosen, or Global, for news for everyone
news-form-headline = Headline
news-form-text = Text
news-form-why = Why
news-form-why-hint = what was wrong: readers see it with the correction, and the audit log keeps it
news-form-proposal-intro = The editorial committee reviews it, then it is published under your name. Ctrl-S sends it; Ctrl-D keeps a draft.
news-form-proposal-sent = Submission { $id } sent: it is published once the editorial committee approves it (g s).
news-corrected = Corrected: "{ $title }" says so, with your reason.
news-published = Published: "{ $title }" is on the news screen and home.
news-form-title-correct = Correct a news item
news-form-title-write = Write a news item or blog post
news-form-title-edit-proposal = Edit your news proposal
news-form-title-propose = Propose news or a blog post
news-form-correct-intro = The correction shows at once; readers see that it was corrected, when and why. Ctrl-S saves it.
news-form-publish-intro = It goes out at once, to everyone, and home shows the latest three. Ctrl-S publishes.

## A committee action's reason, and a member's flag or report
reason-own-words = (in my own words, below)
reason-template = Template
reason-template-hint = ← → picks one of the committee's reasons; edit it below
reason-note = Note
reason-note-hint = what is wrong, for the committee (needed for 'other')
reason-reason = Reason
reason-report-hint = what is wrong with it, for the committee
reason-reason-hint = shown to those it concerns and kept in the audit log
reason-one-field-needs-attention = One field needs attention: see the message under it.
reason-approve = Approve
reason-approve-intro = { $about }. It is published at once (or when the quorum is reached).
reason-request-changes = Request changes
reason-request-changes-intro = { $about }. It goes back to its author with your note.
reason-reject = Reject
reason-reject-intro = { $about }. The author sees your reason in My submissions.
reason-report-message = Report a message
reason-report-message-intro = { $about }. The editorial committee reads this message and your reason, nothing else of the conversation; its author is not told.
reason-flag = Flag a post
reason-flag-intro = { $about }. The editorial committee reviews flagged posts; the author is not told who flagged.
reason-hide = Hide a post
reason-hide-intro = { $about }. Members will see that the committee hid it; the author sees your reason.
reason-restore = Restore a post
reason-restore-intro = { $about }. It shows to everyone again.
reason-dismiss = Dismiss flags
reason-dismiss-intro = { $about }. The post stays as it is; the flags are closed.
reason-mute = Mute { $name }
reason-mute-intro = { $about }. Until it ends, { $name } cannot post or reply, and is shown your reason and the end date.
reason-ban = Ban { $name }
reason-ban-intro = { $about }. Until it ends, { $name } cannot log in, and is shown your reason and the end date.
reason-lift = Lift { $name }'s sanction
reason-lift-intro = { $about }. { $name } may post and log in again.
reason-role = Role of { $name }
reason-role-intro = { $about }. Moderators form the editorial committee; admins also manage roles and backups.
reason-lock = Lock the thread
reason-unlock = Unlock the thread
reason-pin = Pin the thread
reason-unpin = Unpin the thread
reason-move = Move the thread
reason-steer-intro = { $about }.
reason-withdraw-from-board = Withdraw from the board
reason-withdraw-event-intro = { $about }. It leaves the board; its poster (in My submissions) and members who answered it (in My events) see your reason.
reason-change-level = Change the level
reason-change-level-intro = { $about }. Choose the level, then say which of its stated criteria the practice meets: the level shows at once, with your assessment and reason in its history and the audit log.
reason-withdraw-news = Withdraw the news item
reason-withdraw-news-intro = { $about }. It leaves the news, the feeds and search; its page says it was withdrawn, and the audit log keeps your reason.
reason-withdraw-job-intro = { $about }. It leaves the board and its archive; its poster sees your reason in My submissions.
reason-no-criteria = this level states no criteria
reason-criteria-hint = the level's criteria: Space ticks each the practice meets; unticked ones are not met
reason-level-criteria-hint = { $level }'s criteria: Space ticks each the practice meets; unticked ones are not met
reason-level = Level
reason-level-hint = ← → to choose; its criteria follow
reason-criteria = Criteria
reason-why = Why
reason-why-spam = spam
reason-why-off-topic = off-topic
reason-why-inappropriate = inappropriate
reason-why-other = other
reason-for = For
# 12h, 7d and forever are what the field reads: keep them as they are.
reason-for-hint = hours or days, like 12h or 7d, or forever
reason-role-field = Role
reason-to = To
reason-to-hint = ← → to choose the community

## What a committee action, a flag or a report says once taken
reason-done-approved = Approved and published; { $name } sees it in My submissions.
reason-done-sent-back = Sent back to { $name } with your note.
reason-done-rejected = Rejected; { $name } sees your reason in My submissions.
reason-done-approval-recorded = Approval recorded: it needs { $n } more from the committee.
reason-choose-why = choose why you flag it
reason-done-flagged = Thank you: the editorial committee will look at it.
reason-done-hidden = Post hidden: members see that the committee hid it.
reason-done-restored = Post restored.
reason-done-dismissed = Flags dismissed.
reason-done-muted-flags-resolved = { $name } is muted; the flags are resolved.
reason-done-banned-flags-resolved = { $name } is banned; the flags are resolved.
reason-done-muted = { $name } is muted.
reason-done-banned = { $name } is banned.
reason-done-lifted = { $name } may post and log in again.
reason-choose-role = choose a role
reason-sign-in-first = sign in first
reason-done-role = { $role ->
        [admin] { $name } is now an admin.
        [moderator] { $name } is now a moderator.
       *[member] { $name } is now a member.
    }
reason-choose-where = choose where it goes
reason-done-locked = Thread locked: only the committee can reply.
reason-done-unlocked = Thread unlocked.
reason-done-pinned = Thread pinned to the top of its community.
reason-done-unpinned = Thread unpinned.
reason-done-moved = Thread moved to { $name }.
reason-done-reported = Reported: the committee answers in conversation { $id } (g d).
reason-done-withdrawn-event = Withdrawn: it is off the events board; those who answered see your reason.
reason-choose-level = choose a level
reason-done-level = Now { $level }: the change is in its history and the audit log.
reason-done-withdrawn-job = Withdrawn: it is off the jobs board.
reason-done-withdrawn-news = Withdrawn: it is off the news, the feeds and search; the audit log has why.

## Moderation (g m): the editorial committee's desk and its tabs
moderation-title-queue = Moderation: review queue
moderation-title-flags = Moderation: flags
moderation-title-members = Moderation: members
moderation-title-audit = Moderation: audit log
moderation-tab-queue = Queue ({ $n })
moderation-tab-flags = Flags ({ $n })
moderation-tab-members = Members
moderation-tab-audit = Audit log

## Moderation: the review queue
moderation-queue-empty = Nothing waits for review. Well done.
moderation-queue-column-kind = Kind
moderation-queue-column-title = Title
moderation-queue-column-author = Author
moderation-queue-column-waiting = Waiting
moderation-queue-overdue = { $hours ->
        [one] waiting longer than { $hours } hour
       *[other] waiting longer than { $hours } hours
    }
moderation-waiting-minutes = { $n }m
moderation-waiting-hours = { $n }h
moderation-waiting-days = { $n }d

## Moderation: flagged posts
moderation-flags-none = No flagged posts.
moderation-flag-about = Post { $post } by { $name } in "{ $thread }"
moderation-flag-head = Post { $post } by { $name } in "{ $thread }" · first flagged { $ago }
moderation-flag-hidden = [hidden]
moderation-flag-why = { $n ->
        [one] { $n } flag: { $reasons }
       *[other] { $n } flags: { $reasons }
    }
moderation-flag-reason-spam = spam
moderation-flag-reason-off-topic = off-topic
moderation-flag-reason-inappropriate = inappropriate
moderation-flag-reason-other = other

## Moderation: members
moderation-member-not-sanctioned = { $name } is neither muted nor banned.
moderation-muted-until = muted until { $when }
moderation-banned-until = banned until { $when }
moderation-muted-until-lifted = muted until the committee lifts it
moderation-banned-until-lifted = banned until the committee lifts it

## Moderation: the audit log
moderation-audit-any-action = any
moderation-audit-by = By
moderation-audit-by-hint = a committee member's username; empty for anyone
moderation-audit-target = Target
moderation-audit-target-hint = part of the target, e.g. post 42 or a username
moderation-audit-action = Action
moderation-audit-every-action = Every committee action, newest first. F filters.
moderation-audit-filter-by = by { $name }
moderation-audit-filter-target = target has "{ $target }"
moderation-audit-filter-action = action { $action }
moderation-audit-filtered = Filtered: { $filter } · { $n ->
        [one] { $n } entry
       *[other] { $n } entries
    } · F changes it
moderation-audit-at-by = { $when } by { $name }
moderation-audit-why = Why
moderation-audit-before = Before
moderation-audit-after = After
moderation-audit-esc-back = Esc goes back to the log.
moderation-audit-entry-gone = This entry is gone.
moderation-audit-none = Nothing recorded.
moderation-audit-why-line = why: { $reason }

## Library (g l)
library-tab-strategy = Strategy
library-tab-sort = Kind or level
library-tab-region = Region
library-tab-competency = Competency
library-tab-audience = Audience
library-tab-learning = For your learning
library-title-strategy = Library: by strategy
library-title-sort = Library: by kind or level
library-title-region = Library: by region
library-title-competency = Library: by competency
library-title-audience = Library: by audience
library-title-learning = Library: for your learning
library-entries-in-the-library = { $n ->
        [one] { $n } entry in the library. n proposes a resource, N a practice.
       *[other] { $n } entries in the library. n proposes a resource, N a practice.
    }
library-entries-for-your-learning = { $n ->
        [one] { $n } entry for your learning. n proposes a resource, N a practice.
       *[other] { $n } entries for your learning. n proposes a resource, N a practice.
    }
library-strategy-about-engaging-people = Giving people, families and communities the means and the voice to take part in their own health and in their services.
library-strategy-about-governance = Making decisions about services open, shared with communities, and answerable to those they serve.
library-strategy-about-model-of-care = Moving care towards primary and community settings, prevention, and services planned around people rather than diseases.
library-strategy-about-coordinating-services = Joining up care across levels, providers and sectors so that people move through it without gaps.
library-strategy-about-enabling-environment = The workforce, financing, regulation, information and leadership that make the other four possible.
library-multiple-streams-about = Entries that work on more than one strategy at once.
library-sort-resources = Resources: { $kind }
library-sort-practices = Practices: { $level }
library-for-audience = For { $audience }
library-your-competencies = Your competencies
library-tick-your-competencies = Tick the competencies you are building in your profile (g y, e) to see what builds them.
library-building = Building { $competency }
library-none-yet = none yet
library-row-practice = practice: { $level } · { $country }
library-sign-up-to-add = Sign up to add to the library: press g then u.
library-kind-who-document = WHO document
library-kind-publication = scientific publication
library-kind-implementation-report = implementation report
library-kind-toolkit = toolkit
library-kind-multimedia = multimedia
library-kind-other = other resource
library-undated = undated

## Library: an entry
library-entry-title = Library: { $title }
library-entry-number = Library entry { $id }
library-entry-not-found = Not found.
library-entry-sign-up-to-discuss = Nobody has discussed it yet. Sign up to start: press g then u.
library-entry-change-level-about = Practice "{ $title }", now { $level }
library-entry-practice = Practice
library-entry-link = Link
library-entry-setting = Setting
library-entry-level-history = Level history
library-entry-level-change = { $level } by { $by }: { $reason }
library-entry-criteria = criteria: { $criteria }
library-entry-criterion-met = { $criterion }: met
library-entry-criterion-not-met = { $criterion }: not met
library-entry-strategy = Strategy
library-entry-region = Region
library-entry-country = Country
library-entry-competencies = Competencies
library-entry-for = For
library-entry-tags = Tags
library-entry-contact = Contact
library-entry-text = Text
library-entry-files = Files
library-entry-fetch-files = Fetch them with { $sftp } (in library/{ $folder }/), or { $ssh } get { $id } FILE > FILE.
library-entry-discussed-in = Discussed in { $community }: { $key } opens the thread.
library-entry-not-discussed-yet = Not discussed yet: { $key } writes the first post of a thread in { $community }.
library-entry-proposed-by = Proposed by { $name }, in the library since { $day }.

## Library: proposing a resource or a practice
library-form-propose-a-resource = Propose a resource
library-form-edit-your-resource = Edit your resource
library-form-propose-a-practice = Propose a practice
library-form-edit-your-practice = Edit your practice
library-form-intro = The editorial committee reviews it before it joins the library. Ctrl-S sends it; Ctrl-D keeps a draft.
library-form-sent = Submission { $id } sent: it joins the library once the editorial committee approves it (g s).
library-form-level = Level
library-form-level-hint = { $level }: { $criteria } (← → for another)
library-form-files = Files
library-form-files-none-hint = none uploaded yet: put files in uploads/ with sftp, then come back
library-form-files-hint = your uploads: ← → to move, Space to attach (sftp puts more in uploads/)
library-form-strategies = Strategies
library-form-strategies-hint = ← → to move, Space to tick; more than one reads as multiple streams
library-form-discussed-in = Discussed in
library-form-discussed-in-hint = ← → to choose the community where members discuss it
library-form-country = Country
library-form-country-hint = if it is about one country
library-form-setting = Setting
library-form-setting-hint = where it ran and at what scale, e.g. 12 rural health posts
library-form-period = Period
library-form-period-hint = when it ran, e.g. 2016–2021
library-form-summary = Summary
library-form-summary-hint = what it is, what it says, who it is for
library-form-what-was-done = What was done
library-form-results = Results
library-form-results-hint = its outcomes; for a brilliant failure, what happened
library-form-impact = Impact
library-form-impact-hint = what changed for people and services beyond what was measured
library-form-expected = Expected
library-form-expected-hint = a brilliant failure: what was expected (else leave empty)
library-form-why-not = Why not
library-form-why-not-hint = a brilliant failure: why it did not come
library-form-do-instead = Do instead
library-form-do-instead-hint = a brilliant failure: what others should do instead
library-form-lessons = Lessons learned
library-form-lessons-hint = what others can learn from it (needed unless a brilliant failure)
library-form-references = References
library-form-references-hint = one per line: citation | https://link (the link if there is one)
library-form-figures = Figures
library-form-figures-hint = one per line, citing a reference: coverage rose to 75% [1] | the source's caveat
library-form-contact = Contact
library-form-contact-hint = who to ask about it, if they agree to be asked
library-form-tags = Tags
library-form-tags-hint = comma-separated
library-form-kind = Kind
library-form-authors = Authors
library-form-authors-hint = people or the organization that wrote it
library-form-year = Year
library-form-year-hint = the year it came out; n.d. if it gives none
library-form-link = Link
library-form-link-hint = https://… where to read or watch it; or its text or files below
library-form-text = Text
library-form-text-hint = its own text, for members to read here (optional)

## What a submission says, field by field, and where it is now (a submission's screen, the review queue, plain mode)
board-item-when = { $starts } to { $ends } ({ $zone })
board-item-where-and-when = Where and when
board-item-classified = Classified
board-item-tags = tags: { $tags }
board-item-withdrawn-by = withdrawn by { $by }: { $reason }
board-item-on-the-events-board = on the events board (g e): { $going } going, { $interested } interested
board-item-event-over = over: under Past on the events board
board-item-job-closed-early = closed early: in the archive of the jobs board
board-item-job-open = open on the jobs board (g j)
board-item-job-closed = closed: in the archive of the jobs board
board-item-practice-level = practice: { $level }
board-item-in-the-library = in the library (g l) as { $kind }
board-item-on-the-news-screen = on the news screen (g n) as { $kind } { $id }

## The editorial committee, as the policy screen, plain mode and exec show it
governance-nobody-yet = nobody yet: an admin names its moderators
governance-reach = To reach the committee, flag a post for it to look at, or propose a community, an event, a job or a library entry: it reviews each and says why it decides as it does.
governance-outside-the-forum = Outside the forum: { $contact }.

## How a news item is signed (news screen, plain mode)
news-byline-blog = blog post by { $name }
news-byline-member = news from { $name }

## A practice's account: the headings of its sections (a library entry, a submission, plain mode, exec)
practice-what-was-expected = What was expected
practice-what-happened = What happened
practice-why = Why
practice-what-others-should-do-instead = What others should do instead
practice-caveat = (the source's caveat: { $caveat })

## The status line: a post held for review, a form the forum refused
app-post-held = New members' first posts are reviewed: yours is in the queue (g s).
app-fields-need-attention = { $n ->
        [one] One field needs attention: see the message under it.
       *[other] { $n } fields need attention: see the messages under them.
    }
app-not-saved = Not saved: { $problems }.
app-also = { $under } Also: { $problems }.

## A terminal too small to draw the forum in
chrome-too-small = Terminal too small: { $size }, need { $need }

## The communities' list (home, g c), and joining one
communities-could-not-read = Could not read the communities: { $error }
communities-none-yet = No communities yet.
communities-sign-up-to-join = Sign up to join communities: press g then u.
busy-leaving = Leaving…
busy-joining = Joining…
communities-left = You left { $name }.
communities-joined = You joined { $name }: it now comes first on your home screen.

## A screen's tabs on a narrow screen: the one shown, and where it is
tabs-shown-of = { $label } ({ $n } of { $count }, Tab for the next)

## What every screen may say: a muted member's refusal, a guest without a key, leaving a form
muted-until = Muted until { $when }: { $reason }
muted-until-lifted = Muted until the committee lifts it: { $reason }
signup-needs-key = Connect with an SSH key to sign up: it becomes your login.
form-leave-question = Leave this form? What you typed in it will be lost.

signup-title = Sign up
signup-intro = Join the network. Fields marked * are required.
signup-your-key = Your login will be the key you connected with: { $key }
signup-no-key = You connected without an SSH key, so you cannot sign up from this session.
signup-welcome = Welcome to the network, { $name }!
signup-welcome-first = Welcome, { $name }! You are the forum's first member, so you are its admin.

form-choose-with-arrows = (choose with ← →)

communities-count = { $n ->
        [one] { $n } community
       *[other] { $n } communities
    }

search-filter-community-field = Community
search-filter-community-hint = for discussions and the library
search-filter-since-field = Since
search-filter-since-hint = e.g. 2026-01-01; empty for any date
search-filter-since-error = write the day as 2026-01-31

communities-public-count = { $n ->
        [one] { $n } public community: sign up to see the rest
       *[other] { $n } public communities: sign up to see the rest
    }

# Content languages and translations
translation-of = Translation of
translation-text = Text
translation-of-entry = library entry { $id }: { $title }
translation-of-news = news item { $id }: { $title }
translation-kept-with = kept with { $original }, for readers in { $language }
translation-language-unknown = a language not yet known
translation-form-intro = Translating { $original } (written in { $language }). The committee reviews it; once approved, readers in your translation’s language see it.
translation-form-language-hint = The language you translate into (←/→).
translation-form-sent = Translation sent for review as submission { $id }.
translation-form-title = Propose a translation
translation-form-title-edit = Edit your translation
composer-language = Language
composer-language-automatic = automatic
composer-language-chosen = As you chose it (←/→ to change).
composer-language-detected = Detected: { $name }. If it is not, choose with ←/→.
composer-language-not-yet = Not detected yet: write a little more, or choose with ←/→.
display-first = First
display-first-hint = What is written in the languages ticked (or translated into them) comes first in threads, the library, events and news. Space ticks.
translation-original-named = { $name } (original)
translation-original = original
translation-shown-from = Translated from { $from } by { $by }, approved by the committee.
translation-shown = Translated by { $by }, approved by the committee.
translation-languages = Languages
translation-written-in = Written in
translation-now-shown = Now shown in { $name }.
translation-sign-up-to-translate = Sign up to propose a translation.
translation-languages-line = Read it in: { $languages } ({ $key } goes round them).
post-written-in = in { $name }
composer-language-automatic-is = automatic: { $name }
form-none-ticked = none ticked
form-ticked = { $n } ticked
submission-kind-translation = translation
translation-original-text = The original ({ $language }), as it is now
board-item-language-detected = { $name } (detected)
language-form-title = Its language
language-form-intro = What language is { $about } written in? Now: { $now }. Ctrl-S saves.
language-form-hint = ←/→ chooses; lists put it first for readers of that language.
language-form-saved = Saved: written in { $name }.
profile-display-first = { $names } first in lists
