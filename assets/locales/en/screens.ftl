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
