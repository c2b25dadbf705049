### The forum's own sentences: why a rule refuses something, what a field
### needs, what the forum tells a member it did. Written by the core, in the
### language of the member who asked.

## The member's own account (keys, password)
forum-account-key-refused = this key cannot be added to your account: choose another key
forum-account-key-already-yours = this key is already on your account
forum-account-too-many-keys = an account holds at most { $n } keys; remove one first
forum-account-last-way-in = this is your only way to log in: add another key or set a password first
forum-account-wrong-current-password = that is not your current password
forum-account-passwords-differ = the two passwords differ

## Saved alerts (forum/alerts.rs)
forum-alerts-every-event = every new event
forum-alerts-every-job = every new job or opportunity
# $parts: the filter in words, "training, African Region".
forum-alerts-new-events = new events: { $parts }
forum-alerts-new-jobs = new jobs and opportunities: { $parts }
forum-alerts-doing-save = save alerts
forum-alerts-doing-remove = remove alerts
forum-alerts-already = you already have this alert ({ $alert })
forum-alerts-too-many = you have { $max } alerts: remove one first (g then !, then a)

## Audit: the committee's reasons and its log
forum-audit-reason = give a reason of { $min } to { $max } characters, on one line
# Said after "only admins can …" or "only the editorial committee can …".
forum-audit-doing-read-log = read the audit log

## Fields shared by the events and jobs boards (forum/board_fields.rs)
forum-board-fields-date-time-needed = enter a date and time, e.g. 2026-12-03 09:00
forum-board-fields-not-date-time = '{ $typed }' is not a date and time: write it as 2026-12-03 09:00
forum-board-fields-date-needed = enter a date, e.g. 2026-12-03
forum-board-fields-not-date = '{ $typed }' is not a date: write it as 2026-12-03
forum-board-fields-link-needed = a web address starting with https://, e.g. https://example.org/join
# $what: what the field holds, e.g. "the event's title", "a headline".
forum-board-fields-enter = enter { $what }
forum-board-fields-at-least = at least { $min } characters
forum-board-fields-at-most = at most { $max } characters
forum-board-fields-description-needed = say in a sentence or two what it is ({ $min } characters or more)
forum-board-fields-too-long = at most { $max } characters (this is { $len })
forum-board-fields-too-many-tags = at most { $max } tags (these are { $count })
forum-board-fields-tag-too-long = a tag holds at most { $max } characters ('{ $tag }' is longer)

## Who may do what
# $doing is what was refused, as the rule that refused it says it (e.g. "write news").
forum-capabilities-only-admins = only admins can { $doing }
forum-capabilities-only-committee = only the editorial committee can { $doing }

## Private conversations (conversations.rs)
# How a message written for the committee is signed.
forum-conversations-signature-committee = editorial committee ({ $name })
forum-conversations-empty = write something first: empty messages are not sent
forum-conversations-too-long = at most { $max } characters (this is { $len }); send it in two
# After why the account is muted or suspended; "message committee" is a command.
forum-conversations-sanctioned = { $sanction }; you can still write to the committee (message committee)
forum-conversations-held = until the committee has approved your first posts, you can write to the committee only (message committee)
forum-conversations-blocked-by = { $member } does not take messages from you
# What a guest cannot do: "guests cannot write private messages: sign up first".
forum-conversations-doing-write = write private messages
forum-conversations-doing-read = read private messages
forum-conversations-doing-report = report messages
forum-conversations-doing-block = block members
forum-conversations-doing-search = search private messages
forum-conversations-to-self = you are in it already: name the others
forum-conversations-no-member = no member is called { $name }
forum-conversations-to-nobody = name who it is for: members, or committee
forum-conversations-too-many = { $n ->
        [one] at most { $n } other: conversations are for small groups
       *[other] at most { $n } others: conversations are for small groups
    }
forum-conversations-no-reason = say what is wrong with it, for the committee
forum-conversations-own-message = that message is yours: to take back what you said, write again
forum-conversations-committee-not-reported = the committee's own conversations are not reported to it: write to it there instead
forum-conversations-block-self = you cannot block yourself
forum-conversations-no-query = type a word to look for

## Correcting an approved event or job (crates/core/src/forum/corrections.rs)
forum-corrections-doing-correct-events = correct events
forum-corrections-doing-correct-jobs = correct jobs
forum-corrections-event-not-yours = only its poster and the editorial committee correct an event
forum-corrections-job-not-yours = only its poster and the editorial committee correct a job
# A notice, read later by those who answered the event, in their language.
forum-corrections-event-corrected = The event "{ $title }" was corrected: { $reason }
forum-corrections-nothing-changed = nothing in it changed
forum-corrections-withdrawn = it was withdrawn: a withdrawn item is not corrected

## Threads and posts (discussions.rs)
forum-discussions-hidden-title = [hidden by the editorial committee]
forum-discussions-title-missing = give the thread a title
forum-discussions-title-too-short = { $min ->
        [one] at least { $min } character
       *[other] at least { $min } characters
    }
forum-discussions-body-empty = write something first: empty posts are not sent
forum-discussions-body-too-long = at most { $max } characters (this is { $len }); split it into replies
forum-discussions-guests-cannot = guests cannot { $doing }: sign up first (it takes a minute)
forum-discussions-doing-start-threads = start threads
forum-discussions-doing-reply = reply
forum-discussions-thread-locked = this thread is locked: no new replies

## Editing and deleting posts (editing.rs)
forum-editing-doing-edit-others-posts = edit other members' posts
forum-editing-doing-edit-posts = edit posts
forum-editing-doing-delete-posts = delete posts
forum-editing-note-needed = say in a line why the committee changes this post
forum-editing-only-your-own-to-edit = you can edit only your own posts
forum-editing-post-was-deleted = this post was deleted
forum-editing-only-your-own-to-delete = you can delete only your own posts
forum-editing-already-deleted = this post is already deleted

## The editorial workflow (crates/core/src/forum/editorial.rs)
# $action is a submission-action-… message, $at a time like 2026-11-22 09:00 UTC.
forum-editorial-decided-by = { $action } by { $by } at { $at }
forum-editorial-doing-propose-communities = propose communities
forum-editorial-doing-submit-items = submit items
forum-editorial-doing-read-submissions = read submissions
forum-editorial-doing-read-review-queue = read the review queue
forum-editorial-doing-decide-on-submissions = decide on submissions
forum-editorial-held-post-edited-from-submission = a held post is edited from its submission
# $state is a submission-state-… message ("changes requested").
forum-editorial-no-longer-changed = this submission is { $state }: it can no longer be changed
# $decided is forum-editorial-decided-by, or a state.
forum-editorial-already-decided = submission { $id } was already { $decided }
forum-editorial-changed-while-read = submission { $id } changed while you read it ({ $decided }): open it again
forum-editorial-not-your-own = you cannot decide on your own submission
forum-editorial-approved-already = you have approved it already: it waits for another member of the committee
forum-editorial-short-name-taken-now = a community with that short name exists now: request changes so the author picks another

## Errors (error.rs)
forum-error-not-found = { $what } not found
# What was not found, in forum-error-not-found
forum-missing-post = post { $id }
forum-missing-thread = thread { $id }
forum-missing-thread-is-reply = thread { $id } (post { $id } is a reply in thread { $thread })
forum-missing-conversation = conversation { $id }
forum-missing-message = message { $n } of conversation { $id }
forum-missing-job = job { $id }
forum-missing-submission = submission { $id }
forum-missing-submission-or-post = submission { $id }, or the post it answers
forum-missing-event = event { $id }
forum-missing-alert = alert { $id }
forum-missing-news = news item { $id }
forum-missing-entry = library entry { $id }
forum-missing-account = account '{ $name }'
forum-missing-member = member { $name }
forum-missing-community = community '{ $name }'
forum-missing-key = that key
forum-missing-your-account = your account
forum-missing-upload = upload '{ $name }'
forum-missing-file = file '{ $name }' in library entry { $id }
forum-error-held = your post waits for the editorial committee's review (submission { $submission }); you will find it under g then s
forum-error-nothing-to-fix = nothing to fix

## Events board (forum/events.rs)
forum-events-for-audience = for { $audience }
forum-events-what-title = the event's title
forum-events-start-passed = this start has passed: events on the board are upcoming
forum-events-end-before-start = the end must come after the start ({ $start })
forum-events-deadline-needed = a call for papers needs its submission deadline, e.g. 2026-12-01
forum-events-deadline-after-start = the deadline must be on or before the start
forum-events-place-needed = give an online link or a city (or both)
forum-events-organizer-needed = enter who organizes it
forum-events-region-needed = choose the region it is for (Global if it spans them)
forum-events-time-missing-in-zone = that time does not exist in this time zone
forum-events-doing-submit = submit events
forum-events-doing-keep-list = keep a list of events
forum-events-doing-answer = answer events
forum-events-over = this event is over
forum-events-withdrawn = this event was withdrawn by the editorial committee

## Files: uploads and the files library entries carry
forum-files-size-bytes = { $n ->
        [one] { $n } byte
       *[other] { $n } bytes
    }
forum-files-size-kb = { $n } KB
# $n is written as digits already: "5" or "1.3".
forum-files-size-mb = { $n } MB
# What a guest or a muted member is told they cannot do ("guests cannot …").
forum-files-doing-keep-uploads = keep uploads
forum-files-doing-upload = upload files
forum-files-file-too-big = a file may be at most { $size }
forum-files-space-full = your uploads would take { $used } of your { $space }: remove some first
forum-files-uploads-full = { $n ->
        [one] you keep { $n } upload, the most there may be: remove it first
       *[other] you keep { $n } uploads, the most there may be: remove some first
    }
forum-files-bad-name = '{ $name }' is not a file name to keep
forum-files-name-reserved = { $name } is what an entry's own text is called: give the file another name
# Who may ("only the editorial committee can …").
forum-files-doing-review = review files
forum-files-not-uploaded = { $name } is not one of your uploads: upload it first (sftp, into uploads/)
forum-files-attached-twice = { $name } is attached twice
forum-files-too-many = { $n ->
        [one] at most { $n } file
       *[other] at most { $n } files
    }

## Flags (flags.rs)
forum-flags-doing-flag-posts = flag posts
forum-flags-own-post = this is your own post: edit or delete it instead
forum-flags-note-needed = say what is wrong (for 'other', a note is needed)
forum-flags-doing-read-queue = read the flags queue
forum-flags-doing-hide-or-restore = hide or restore posts
forum-flags-hidden-already = that post is hidden already
forum-flags-not-hidden = that post is not hidden
forum-flags-doing-dismiss = dismiss flags
forum-flags-doing-act-on-authors = act on authors
forum-flags-none-open = that post has no open flags (someone may have resolved them)

## Jobs board (forum/jobs.rs)
forum-jobs-what-title = the title
forum-jobs-closing-passed = this closing date has passed
forum-jobs-organization-needed = enter the organization offering it
forum-jobs-place-needed = give a place, or tick remote
forum-jobs-region-needed = choose the region it is in (Global if it spans them)
forum-jobs-how-to-apply-needed = say how to apply: a link, an address, the documents asked for
forum-jobs-doing-submit = submit jobs
forum-jobs-doing-close = close jobs
forum-jobs-only-poster-closes = only its poster ({ $poster }) can close it
forum-jobs-closed-already = it is closed already

## The library: proposing resources and practices, and their levels
forum-library-text-short = { $what } ({ $min } characters or more)
forum-library-text-long = at most { $max } characters (this is { $len })
forum-library-tick-strategy = tick at least one of the five strategies
forum-library-choose-region = choose the region it concerns (Global if it spans them)
forum-library-choose-community = choose the community where it will be discussed
forum-library-no-such-community = no such community
forum-library-criterion-unassessed = say whether it meets each criterion of { $level }: "{ $criterion }" is not assessed
forum-library-not-a-criterion = "{ $criterion }" is not a criterion of { $level }
forum-library-say-setting = say where it ran and at what scale, e.g. 12 rural health posts
forum-library-say-expected = say what was expected
forum-library-say-why = say why it did not come
forum-library-say-instead = say what others should do instead
forum-library-year = the year it came out, e.g. { $year }, or n.d. if it gives none
# What a guest or a muted member is told they cannot do ("guests cannot …").
forum-library-doing-submit = submit to the library
# What a title field needs ("enter …").
forum-library-the-title = the title
forum-library-enter-authors = enter the authors or the organization that wrote it
forum-library-enter-link = enter where to find it (https://…), or give its text or files here
forum-library-say-resource-summary = say what it is and who it is for
forum-library-enter-language = the language it is written in, e.g. English
forum-library-text-attach = at most { $max } characters: attach a longer document as a file
forum-library-enter-country = enter the country (or countries) where it happened
forum-library-enter-period = when it ran, e.g. 2016–2021 or since 2019
forum-library-say-practice-summary = say in a few lines what it is
forum-library-say-what-was-done = say what was done
forum-library-say-results = say what came of it, with figures where there are some
forum-library-say-lessons = say what others can learn from it
# Who may ("only the editorial committee can …").
forum-library-doing-change-level = change a practice's level
forum-library-only-practices-level = only practices have a level
forum-library-level-already = it is { $level } already
# A notification to a practice's author; $level is the level's slug.
forum-library-level-changed = Your practice "{ $title }" is now { $level ->
        [emerging] { -level-emerging }
        [promising] { -level-promising }
        [leading] { -level-leading }
        [brilliant-failure] { -level-brilliant-failure }
        [not-assessed] { -level-not-assessed }
       *[other] { $level }
    }: { $reason }





## New members' posts (new_member_review.rs)
# What a guest cannot do: "guests cannot post: sign up first".
forum-new-member-review-doing-post = post

## News desk (forum/news.rs)
forum-news-doing-write = write news
forum-news-doing-propose = propose news
forum-news-doing-correct = correct news
forum-news-doing-withdraw = withdraw news
forum-news-withdrawn-not-corrected = it was withdrawn: a withdrawn item is not corrected
forum-news-nothing-changed = nothing in it changed
forum-news-withdrawn-already = it was withdrawn by { $name } already
# Told to a member whose news or blog post the committee changed; $kind is news or blog.
forum-news-told-corrected = { $kind ->
        [blog] The committee corrected your blog post "{ $title }": { $reason }
       *[news] The committee corrected your news "{ $title }": { $reason }
    }
forum-news-told-withdrew = { $kind ->
        [blog] The committee withdrew your blog post "{ $title }": { $reason }
       *[news] The committee withdrew your news "{ $title }": { $reason }
    }
forum-news-what-headline = a headline
forum-news-body-needed = write the news itself ({ $min } characters or more)

## Notifications (crates/core/src/forum/notifications.rs)
forum-notifications-doing-receive = receive notifications
forum-notifications-doing-watch-threads = watch threads
# Decisions on a submission, read later by its author in their language.
# $kind is a key: community, thread, reply, event, job, training,
# educational-opportunity, resource, practice, news, blog-post.
forum-notifications-approved = Your { $kind ->
        [community] community
        [thread] thread
        [reply] reply
        [event] event
        [job] job
        [training] training
        [educational-opportunity] educational opportunity
        [resource] resource
        [practice] practice
        [news] news
        [blog-post] blog post
        [translation] translation
       *[other] submission
    } "{ $title }" was approved and published
forum-notifications-changes-requested = The committee asks for changes to your { $kind ->
        [community] community
        [thread] thread
        [reply] reply
        [event] event
        [job] job
        [training] training
        [educational-opportunity] educational opportunity
        [resource] resource
        [practice] practice
        [news] news
        [blog-post] blog post
        [translation] translation
       *[other] submission
    } "{ $title }": { $reason }
forum-notifications-rejected = Your { $kind ->
        [community] community
        [thread] thread
        [reply] reply
        [event] event
        [job] job
        [training] training
        [educational-opportunity] educational opportunity
        [resource] resource
        [practice] practice
        [news] news
        [blog-post] blog post
        [translation] translation
       *[other] submission
    } "{ $title }" was rejected: { $reason }

## Pace (pace.rs): when a member goes too fast
forum-pace-starting = { $n ->
        [one] you have started { $n } conversation in the last hour; wait a little, or write in it
       *[other] you have started { $n } conversations in the last hour; wait a little, or write in one of them
    }
forum-pace-writing = { $n ->
        [one] you have sent { $n } message in ten minutes; wait a little before the next
       *[other] you have sent { $n } messages in ten minutes; wait a little before the next
    }
forum-pace-reacting = { $n ->
        [one] you have given { $n } reaction in ten minutes; wait a little before the next
       *[other] you have given { $n } reactions in ten minutes; wait a little before the next
    }
forum-pace-threads = { $n ->
        [one] you have started { $n } thread in the last hour; wait a little, or reply in it
       *[other] you have started { $n } threads in the last hour; wait a little, or reply in one of them
    }
forum-pace-replying = { $n ->
        [one] you have posted { $n } reply in ten minutes; wait a little before the next
       *[other] you have posted { $n } replies in ten minutes; wait a little before the next
    }
forum-pace-editing = { $n ->
        [one] you have made { $n } edit in ten minutes; wait a little before the next
       *[other] you have made { $n } edits in ten minutes; wait a little before the next
    }
forum-pace-submitting = { $n ->
        [one] you have sent { $n } item to the committee in the last day; wait a little before the next
       *[other] you have sent { $n } items to the committee in the last day; wait a little before the next
    }
forum-mentions-too-many = a post may mention at most { $max } members, each of whom is notified; this one mentions { $n }

## A new password
forum-password-at-least = { $n ->
        [one] at least { $n } character
       *[other] at least { $n } characters
    }
forum-password-at-most = { $n ->
        [one] at most { $n } character
       *[other] at most { $n } characters
    }
# $error is the hashing library's own message, in English.
forum-password-hashing-failed = password hashing failed: { $error }

## People: the directory of members
# Said after "guests cannot …" (and the like).
forum-people-doing-see-directory = see the people directory
forum-people-doing-see-pages = see members' pages

## Locking, pinning and moving threads (pin_lock_move.rs)
forum-pin-lock-move-doing-steer-threads = lock, pin or move threads
forum-pin-lock-move-already-locked = the thread is locked already
forum-pin-lock-move-already-open = the thread is open already
forum-pin-lock-move-already-pinned = the thread is pinned already
forum-pin-lock-move-already-not-pinned = the thread is not pinned already
forum-pin-lock-move-already-in = the thread is in { $community } already

## Community proposals (crates/core/src/forum/proposals.rs)
forum-proposals-short-name-taken = '{ $slug }' is taken by an existing community
forum-proposals-purpose-needed = say in a sentence or two what the community is for (20 characters or more)
forum-proposals-purpose-too-long = at most { $max } characters (this is { $len })
forum-proposals-audience-needed = say who it is for, e.g. nurses in primary care
forum-proposals-short-name-needed = choose a short name, e.g. primary-care
forum-proposals-short-name-form = 2 to 32 characters: a-z, 0-9 and '-'

## Reactions and bookmarks (reactions.rs)
forum-reactions-not-a-day = '{ $typed }' is not a day: write it as 2026-12-01
# What a guest cannot do: "guests cannot react to posts: sign up first".
forum-reactions-doing-react = react to posts
forum-reactions-doing-bookmark = bookmark posts
forum-reactions-own-post = that post is yours: reactions are for others' posts
forum-reactions-day-passed = { $day } has passed: choose today or a later day
forum-reactions-bookmarks-full = { $n ->
        [one] you keep { $n } bookmark already: take it away first (g b, then d)
       *[other] you keep { $n } bookmarks already: take some away first (g b, then d)
    }
# In place of a thread's title, for a bookmarked post that was deleted or hidden.
forum-reactions-gone = (no longer there)

## Roles: the committee's tools, roles and accounts made on a member's behalf
# $doing is what was asked, e.g. forum-roles-doing-change-roles.
forum-roles-only-admins-can = only admins can { $doing }
forum-roles-doing-change-roles = change roles
forum-roles-doing-add-accounts = add accounts
forum-roles-only-admin = { $username } is the only admin; make someone else admin first
forum-roles-give-a-key = give at least one public key
forum-roles-username-taken = '{ $username }' is taken
forum-roles-key-taken = that key already belongs to an account

## Sanctions: mutes and bans, as the account stopped and the committee read them
# $kind is muted or banned; $until is forum-sanctions-until or forum-sanctions-until-lifted.
forum-sanctions-your-account = your account is { $kind ->
        [muted] muted
       *[banned] banned
    } { $until }: { $reason }
# $end is a day and time ("Tue 01 Dec 2026 12:00"), $zone its time zone's abbreviation ("EAT").
forum-sanctions-until = until { $end } { $zone }
forum-sanctions-until-lifted = until the committee lifts it
# "12h", "7d" and "forever" are what the moderator types: keep them as they are.
forum-sanctions-bad-length = '{ $length }' is not a length: use hours or days, like 12h or 7d, or forever
# Said after "only admins can …" or "only the editorial committee can …".
forum-sanctions-doing-mute-or-ban = mute or ban accounts
forum-sanctions-doing-lift = lift mutes and bans
forum-sanctions-doing-list-accounts = list accounts
forum-sanctions-end-in-future = the end must be in the future
forum-sanctions-not-sanctioned = { $username } is neither muted nor banned
forum-sanctions-mute-notice = Your account is muted { $until }: { $reason }. You can read; writing waits until then.
forum-sanctions-login-key-removed = the SSH key this session logged in with was removed from your account; connect again with a key it still has
forum-sanctions-not-yourself = you cannot mute or ban yourself
# $actor and $target are roles: member, moderator or admin.
forum-sanctions-outranked = { $actor ->
        [admin] an admin
        [moderator] a moderator
       *[member] a member
    } cannot mute or ban { $target ->
        [admin] an admin
        [moderator] a moderator
       *[member] a member
    }

## Search: what the forum says of a search and its results
forum-search-broken = search cannot answer just now; the administrators have been told in the log (a restart or stoa reindex rebuilds the index)
forum-search-no-index = search is not available: this forum runs without a search index
forum-search-guests-cannot-search-members = guests cannot search members: sign up first
# A reply found by a search, under its thread's title.
forum-search-reply-title = Re: { $title }
# $closes is the last day to apply, written 2026-12-01.
forum-search-job-about = { $kind } · { $organization } · closes { $closes }
forum-search-news-about = News · { $day }

## Signing up
# ← → are the arrow keys that change the region.
forum-signup-choose-region = choose your WHO region (← →)
forum-signup-accept-policy = read and accept the editorial policy to join
forum-signup-key-taken = this key already belongs to an account: reconnect to log in

## Strategies' pages and the library's coverage
# Who may ("only the editorial committee can …").
forum-strategies-doing-coverage = see the library's coverage

## What members type into profile fields
# - and _ are the hyphen and underscore themselves.
forum-validate-username-rule = 2–32 characters: lowercase letters, digits, - and _
forum-validate-choose-username = choose a username
forum-validate-username-reserved = '{ $name }' is reserved; choose another
forum-validate-enter-display-name = enter your name as others will see it
forum-validate-enter-community-name = enter your community's name
# $what names a field in English (a fallback: the forum's fields have their own sentences above).
forum-validate-enter-your = enter your { $what }
forum-validate-control-characters = contains control characters or invisible ones that cannot be shown; type plain text
forum-validate-too-long = { $max ->
        [one] at most { $max } character (this is { $len })
       *[other] at most { $max } characters (this is { $len })
    }
# Africa/Nairobi and UTC are time zone names: keep them as they are.
forum-validate-enter-time-zone = enter a time zone, e.g. Africa/Nairobi or UTC
forum-validate-unknown-time-zone = unknown time zone; try e.g. Africa/Nairobi or UTC

## Taking an event or job off its board (crates/core/src/forum/withdraw.rs)
# $at is a time like 2026-11-22 09:00 UTC.
forum-withdraw-already = it was withdrawn by { $by } at { $at }
forum-withdraw-doing-withdraw-events = withdraw events
forum-withdraw-doing-withdraw-jobs = withdraw jobs
# Notices: read later by the poster (or those who answered), in their language.
forum-withdraw-event-withdrawn = The committee withdrew the event "{ $title }": { $reason }
forum-withdraw-job-withdrawn = The committee withdrew your { $kind ->
        [training] training
        [education] educational opportunity
       *[job] job
    } "{ $title }": { $reason }

# Content languages and translations
forum-languages-doing-set = say what language something is written in
forum-languages-only-author = only its author or the editorial committee can change its language
forum-languages-not-written = only posts, events, library entries and news have a language
forum-translations-doing-propose = propose translations
forum-translations-same-language = the original is already in { $name }: choose another language
forum-translations-what-title = the title in its language
forum-translations-text-needed = write the translated text

## What a form field is called where its message is printed (plain mode, exec):
## "title: at least 3 characters". English keeps the names scripts know.
forum-error-field = { $field }: { $message }
field-action = action
field-ascii = ascii
field-audience = audience
field-assessment = assessment
field-setting = setting
field-references = references
field-instead = instead
field-impact = impact
field-figures = figures
field-expected = expected
field-audiences = audiences
field-authors = authors
field-bell = bell
field-bio = bio
field-body = body
field-by = by
field-city = city
field-closes = closes
field-colour = colour
field-community = community
field-competencies = competencies
field-competency = competency
field-confirm = confirm
field-contact = contact
field-country = country
field-current = current
field-deadline = deadline
field-description = description
field-display_name = display_name
field-ends = ends
field-files = files
field-members_only = members_only
field-how_to_apply = how_to_apply
field-key = key
field-kind = kind
field-language = language
field-first_languages = first_languages
field-length = length
field-lessons = lessons
field-level = level
field-link = link
field-location = location
field-month = month
field-name = name
field-new = new
field-note = note
field-online = online
field-organization = organization
field-organizer = organizer
field-period = period
field-plain = plain
field-policy = policy
field-purpose = purpose
field-query = query
field-reason = reason
field-region = region
field-remote = remote
field-results = results
field-role = role
field-since = since
field-slug = slug
field-starts = starts
field-strategies = strategies
field-strategy = strategy
field-summary = summary
field-tags = tags
field-target = target
field-template = template
field-text = text
field-time_zone = time_zone
field-title = title
field-until = until
field-username = username
field-what_was_done = what_was_done
field-why = why
field-subject = subject
field-to = to
field-remind = remind
field-year = year

## The first post about a library entry, as the member starts writing it (library.rs)
forum-library-thread-title = Library: { $title }
forum-library-thread-about = About the library's { $kind } "{ $title }" (library entry { $id }).
