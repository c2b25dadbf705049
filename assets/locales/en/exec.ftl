### Exec: commands run with `ssh HOST COMMAND`. Their names and options stay
### as they are in every language (scripts type them); what they say is here.
### JSON (--json) is the same in every language.

exec-help-head = Stoa commands ({ $ssh } COMMAND; add --json for JSON):
exec-help-foot = Without a command, { $ssh } opens the forum.
exec-admin-help-head = Admin commands ({ $ssh } admin …):
exec-no-command = no command given (try: help)
exec-needs-subcommand = '{ $name }' needs a subcommand (try: { $name } help)
exec-unknown-command = unknown command '{ $command }' (try: help)
exec-unknown-subcommand = unknown { $name } command '{ $command }' (try: { $name } help)
exec-unknown-option = unknown option '{ $option }' (try: help)
exec-unknown-option-usage = unknown option '{ $option }' (usage: { $usage })
exec-no-argument = '{ $name }' takes no argument, but got '{ $extra }'
exec-one-argument = '{ $name }' takes one argument, but got '{ $extra }' too (usage: { $usage })
exec-too-many-arguments = '{ $name }' got one argument too many: '{ $extra }' (usage: { $usage })
exec-needs-argument = '{ $name }' needs { $missing } (usage: { $usage })

## What each command does, as `help` lists it.
exec-about-help = list these commands
exec-about-whoami = your account name and role, or 'guest'
exec-about-communities = the communities, with members, threads and your unread threads
exec-about-threads = a community's threads, pinned first, then latest activity
exec-about-read = a thread's posts as a reply tree
exec-about-post = start a thread; the body is read from standard input; --language CODE says what it is written in (else it is detected)
exec-about-reply = reply to a post; the body is read from standard input; --language as for post
exec-about-language = say what language a post is written in (en, fr, es, ru, zh, ar), correcting what was detected; with --event, --entry or --news, ID is one of those
exec-about-events = upcoming events, soonest first (times in UTC)
exec-about-events-ics = upcoming events as an iCalendar feed, for calendar programs
exec-about-jobs = open jobs, trainings and educational opportunities, closing soonest first
exec-about-library = the library's resources and practices, newest first
exec-about-get = a library entry's own text, its files listed; with FILE, that file's bytes (get 10 report.pdf > report.pdf)
exec-about-news = the editorial committee's news, newest first
exec-about-strategy = a strategy's page: SECTION ID KIND TITLE for what is classified under it (engaging-people, governance, model-of-care, coordinating-services, enabling-environment, multiple)
exec-about-coverage = the committee's view of the library: STRATEGY REGION LEVEL PRACTICES, a 0 a gap
exec-about-feed = an Atom feed of news and what is new in the library and on the boards
exec-about-search = search discussions, events, jobs, the library, news and members
exec-about-members = the people directory (members only), by organization
exec-about-notifications = your notifications, newest first; --mark-read marks those listed read
exec-about-messages = your private conversations, latest first: ID LAST-ACTIVITY new|read MESSAGES WITH SUBJECT
exec-about-conversation = a private conversation's messages (the latest 200; --all for every one), marked read
exec-about-message = write privately to members or 'committee', or in conversation #ID; the text is read from standard input
exec-about-report = report message NUMBER of a conversation to the editorial committee, with why
exec-about-block = stop a member's messages, mentions and replies reaching you; without USER, whom you block
exec-about-unblock = let a blocked member reach you again
exec-about-latest = the latest threads of the communities you joined: THREAD_ID LAST-ACTIVITY NEW COMMUNITY TITLE
exec-about-unread = those of them with posts you have not read
exec-about-join = join a community
exec-about-leave = leave a community
exec-about-watch = hear of every new post in a thread
exec-about-unwatch = stop watching a thread
exec-about-edit = edit your post; the new text is read from standard input (the old one is kept in its history)
exec-about-delete = delete your post (replies to it stay)
exec-about-flag = flag a post for the committee: spam, off-topic, inappropriate, or other and a note
exec-about-bookmark = keep a post, with --remind DAY (2026-12-01) for a reminder; --remove takes it away
exec-about-bookmarks = your bookmarks: POST_ID THREAD_ID REMIND TITLE (by AUTHOR)
exec-about-react = react to a post: thanks, +1 or insightful (again takes it back)
exec-about-profile = your account: name, organization, region, time zone, keys, competencies, display
exec-about-policy = the editorial policy every member accepts
exec-about-committee = who sits on the editorial committee (NAME, ROLE, REGION, DISPLAY NAME), and how to reach it
exec-about-submissions = what you sent to the editorial committee, with its state and latest note
exec-about-admin = the committee's commands: admin help lists them
exec-about-admin-help = these commands
exec-about-admin-export = the whole forum as JSON lines, for a backup while the server runs (admins)
exec-about-admin-mute = stop an account posting for FOR (12h, 7d, forever), with a reason it is shown
exec-about-admin-ban = stop an account logging in for FOR (12h, 7d, forever), with a reason it is shown
exec-about-admin-lift = end a mute or ban early
exec-about-admin-audit = the committee's actions, oldest first, from DATE (2026-11-01) on
exec-about-admin-queue = submissions waiting for review, oldest first
exec-about-admin-visibility = make a community readable by members only or by everyone (admins), with a reason

## `profile`
exec-profile-guest = guests have no profile: sign up first

## Exec: join, leave, watch, delete, flag, bookmark, react, latest
exec-joined-community = Joined { $community }.
exec-left-community = Left { $community }.
exec-watching-thread = Watching thread { $thread }: every new post in it notifies you.
exec-not-watching-thread = No longer watching thread { $thread }.
exec-post-deleted = Post { $post } deleted; replies to it stay.
exec-flag-give-reason = give a reason: spam, off-topic, inappropriate, or other and a note
exec-post-flagged = Post { $post } flagged as { $reason }: the editorial committee will look at it.
exec-bookmark-taken-away = Bookmark on post { $post } taken away.
exec-post-not-bookmarked = Post { $post } was not bookmarked.
exec-post-bookmarked-remind = Post { $post } bookmarked; you will be reminded on { $day }.
exec-post-bookmarked = Post { $post } bookmarked.
exec-not-a-reaction = '{ $typed }' is not a reaction: thanks, +1 or insightful
exec-reaction-given = { $reaction } given to post { $post } ({ $n } in all).
exec-reaction-taken-back = { $reaction } taken back from post { $post } ({ $n } left).
exec-latest-none-joined = You joined no community yet: join COMMUNITY (communities lists them).
exec-latest-news-since = { $n ->
        [one] { $n } thread with news since your last visit ({ $since })
       *[other] { $n } threads with news since your last visit ({ $since })
    }

## `admin …`: what the committee's commands answer. Community names and
## usernames are as typed.
exec-admin-dump-not-text = the dump is not text
exec-admin-lifted-reason = lifted early by the committee
exec-admin-lifted = { $name } may post and log in again
exec-admin-members-only = { $community } is readable by members only
exec-admin-public = { $community } is readable by everyone
# $state: "muted until 2026-12-01 09:00 UTC: spam" (exec-admin-sanction).
exec-admin-now = { $name } is now { $state }
# $until: "muted until 2026-12-01 09:00 UTC" or "banned until the committee lifts it".
exec-admin-sanction = { $until }: { $reason }
exec-admin-not-a-date = '{ $text }' is not a date: use YYYY-MM-DD, like 2026-11-01

## Filter options (--kind, --region, --strategy, --competency, --audience,
## --language, --month, --since) given a value they do not take. The option
## names and the values listed after "one of" stay as they are typed.
exec-filter-unknown-kind = unknown kind '{ $value }' (one of: { $names })
exec-filter-unknown-region = unknown region '{ $value }' (one of: { $names })
exec-filter-unknown-strategy = unknown strategy '{ $value }' (one of: { $names })
exec-filter-unknown-competency = unknown competency '{ $value }' (one of: { $names })
exec-filter-unknown-audience = unknown audience '{ $value }' (one of: { $names })
exec-filter-month = write the month as 2027-01, not '{ $value }'

## Exec: read
exec-edited-by-committee = edited by the editorial committee: { $note }

## `get ID`: what is missing (the forum says "not found" after it).
exec-entry-text = text of library entry { $id }
exec-entry-text-or-files = text or files of library entry { $id } (it is read where it links to)

## Exec: private conversations
exec-older-conversations = { $n ->
        [one] ({ $n } older conversation is not listed; messages --search WORDS finds it)
       *[other] ({ $n } older conversations are not listed; messages --search WORDS finds them)
    }
exec-conversation-head = Conversation { $id }: { $about }
exec-conversation-with = With: { $names }
exec-earlier-messages = { $n ->
        [one] ({ $n } earlier message: conversation { $id } --all)
       *[other] ({ $n } earlier messages: conversation { $id } --all)
    }
exec-reported-message = Reported: message #{ $number } of conversation { $conversation }, from { $author } at { $at }:
exec-report-why = Why:
exec-reported = Reported to the editorial committee: conversation { $conversation } holds it and their answer.
exec-blocked = Blocked { $name }: no messages, mentions or replies from them reach you.
exec-unblocked = Unblocked { $name }.
exec-had-not-blocked = You had not blocked { $name }.

## Exec: refusals and what a format cannot do
exec-guest-sign-up = { $why }; to sign up, connect without a command ({ $ssh }) and press s
exec-for-me-sign-up-first = --for-me lists what builds the competencies in your profile: sign up first
exec-for-me-no-competencies = --for-me lists what builds the competencies in your profile, and yours lists none: tick them in your profile (the full screen's g y then e, or plain mode's edit profile)
exec-with-usage = { $why } (usage: { $usage })
exec-fixed-get-file = 'get ENTRY_ID FILE' sends the file as it is
exec-fixed-events-ics = 'events.ics' is an iCalendar feed
exec-fixed-feed = 'feed' is an Atom feed
exec-fixed-policy = 'policy' is the policy's text
exec-fixed-admin-export = 'admin export' is the forum's own JSON lines
exec-json-does-not-apply = { $what }: --json does not apply
exec-not-an-order = '{ $typed }' is not an order: activity, newest or replies

## `search` filters.
exec-filter-unknown-language = unknown language '{ $value }' (one of: { $names })
exec-filter-since = --since takes a day, e.g. 2026-01-31

## `strategy SLUG`
exec-strategy-unknown = unknown strategy '{ $value }': one of { $names }
exec-language-set = Post { $post } is written in { $name }.
exec-language-set-event = Event { $id } is written in { $name }.
exec-language-set-entry = Library entry { $id } is written in { $name }.
exec-language-set-news = News item { $id } is written in { $name }.
