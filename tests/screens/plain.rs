//! Plain mode, for screen readers: a script types lines and reads what comes
//! back, as a screen reader's user would, in order, with no escape sequences.

use crate::common;

use stoa::forum::{Forum, NewThread, Viewer};
use stoa::plain::Plain;
use stoa::present::keys::{Input, parse_keys};
use stoa_core::testkit;

/// A forum with the whole demo, or only its communities.
pub(crate) fn demo(full: bool) -> (Forum, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let forum = testkit::forum(dir.path()).unwrap();
    if full {
        stoa::demo::load(&forum).unwrap();
    } else {
        stoa::demo::load_communities(&forum).unwrap();
    }
    (forum, dir)
}

/// A plain session for `viewer`, its welcome printed already.
pub(crate) fn session(forum: &Forum, viewer: Viewer) -> Plain {
    let mut plain = Plain::new(forum.clone(), viewer, 79);
    plain.start();
    plain
}

/// Types `script` and returns everything printed for it.
pub(crate) fn typed(plain: &mut Plain, script: &str) -> String {
    let mut out = String::new();
    for key in parse_keys(script) {
        let said = plain.input(&Input::Key(key));
        out.push_str(&said.text);
    }
    out
}

/// The output with its line breaks as spaces: lines wider than the session are
/// broken between words, so a sentence reads the same here whatever the width.
pub(crate) fn flat(text: &str) -> String {
    text.replace("\r\n", " ")
}

/// Every printed line fits the session's 79 columns, but for a single word
/// wider than that (a link).
pub(crate) fn fits(text: &str) {
    for line in text.split("\r\n") {
        assert!(
            line.chars().count() <= 79 || !line.trim().contains(' '),
            "wider than 79 columns: {line:?}"
        );
    }
}

#[test]
fn a_member_reads_and_replies_by_typing_lines() {
    let (forum, _dir) = demo(true);
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let thread = forum
        .start_thread(
            &li,
            "care-workforce",
            NewThread {
                language: None,
                title: "Rosters in rural clinics".into(),
                body: "How do you plan **night** shifts?".into(),
            },
        )
        .unwrap();
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let mut plain = Plain::new(forum.clone(), amara, 79);

    let start = plain.start();
    assert!(start.contains("This is the plain mode"), "{start}");
    assert!(
        flat(&start).contains("1. Coordinated care workforce: 1 thread, 1 with unread posts"),
        "{start}"
    );
    assert!(start.ends_with("> "), "{start}");
    fits(&start);
    assert!(!start.contains('\x1b'), "no escape sequences: {start:?}");

    // Typed characters are echoed; Enter runs the line.
    assert_eq!(typed(&mut plain, "1"), "1");
    let community = typed(&mut plain, "<enter>");
    assert!(
        flat(&community).contains(
            "1. Rosters in rural clinics, by li display, 0 replies, last post just now (1 new)"
        ),
        "{community}"
    );
    let read = typed(&mut plain, "1<enter>");
    assert!(
        read.contains(&format!("Post {} by li display, just now:", thread.id)),
        "{read}"
    );
    assert!(read.contains("How do you plan night shifts?"), "{read}");

    let help = typed(&mut plain, "h<enter>");
    assert!(
        help.contains("  r NUMBER         reply to post NUMBER (in a thread)\r\n"),
        "{help}"
    );
    fits(&help);
    let wrong = typed(&mut plain, "dance<enter>");
    assert!(wrong.contains("'dance' is not a command here"), "{wrong}");

    let writing = typed(&mut plain, &format!("r {}<enter>", thread.id));
    assert!(writing.contains("Replying to post"), "{writing}");
    // A mistake rubbed out with Backspace, then the text, then a full stop.
    typed(&mut plain, "Two nurses per nighx<bs>t.<enter>");
    typed(&mut plain, "It works.<enter>");
    let sent = typed(&mut plain, ".<enter>");
    assert!(sent.contains("Reply posted as post"), "{sent}");
    let view = forum.read_thread(&li, thread.id).unwrap();
    assert_eq!(view.posts[1].post.body, "Two nurses per night.\nIt works.");

    // Back to the list, a new thread, then quit.
    typed(&mut plain, "b<enter>");
    typed(
        &mut plain,
        "n<enter>Night shifts<enter>Who covers them?<enter>",
    );
    let started = typed(&mut plain, ".<enter>");
    assert!(started.contains("started"), "{started}");
    let bye = plain.input(&Input::Key(parse_keys("q")[0]));
    assert!(!bye.quit);
    let bye = typed(&mut plain, "<enter>");
    assert!(bye.contains("Goodbye."), "{bye}");
}

#[test]
fn guests_read_and_are_told_to_sign_up_to_write() {
    let (forum, _dir) = demo(true);
    let mut plain = Plain::new(forum, Viewer::Guest { key: None }, 79);
    assert!(plain.start().contains("reading as a guest"));
    let out = typed(&mut plain, "5<enter>1<enter>");
    assert!(out.contains("Post "), "{out}");
    // Told at `r`, before writing anything that could not be sent.
    let refused = typed(&mut plain, "r 1<enter>");
    assert!(
        refused.contains("Guests cannot write: sign up first"),
        "{refused}"
    );
}

/// `username` (the key of `seed`) connected over SSH with `TERM=dumb`, at the
/// plain mode's greeting.
async fn plain_over_ssh(
    addr: std::net::SocketAddr,
    username: &str,
    seed: u8,
) -> (common::Connection, common::Terminal) {
    let c = common::connect_with_key(addr, username, &common::private_key(seed)).await;
    let channel = c.session.channel_open_session().await.unwrap();
    channel
        .request_pty(true, "dumb", 80, 24, 0, 0, &[])
        .await
        .unwrap();
    channel.request_shell(true).await.unwrap();
    let mut t = common::Terminal::from_channel(channel, 80, 24);
    t.wait_text("This is the plain mode").await;
    (c, t)
}

#[tokio::test(flavor = "multi_thread")]
async fn term_dumb_gets_plain_mode_over_ssh() {
    let dir = tempfile::tempdir().unwrap();
    let server = common::Server::start(dir.path(), &[]);
    common::sign_up(server.addr, 1, "amara").await;
    // A member writes in a language with accents, and a typographer's ellipsis.
    let writer = common::connect_with_key(server.addr, "amara", &common::private_key(1)).await;
    let posted = common::exec_with_stdin(
        &writer,
        "post primary-health-care Réunion des équipes…",
        "Café à 9h, près de l'hôpital.".as_bytes(),
    )
    .await;
    assert_eq!(posted.status, Some(0), "{}", posted.stderr);
    let (_c, mut t) = plain_over_ssh(server.addr, "amara", 1).await;
    // Narrowed to 40 columns: what is printed next breaks at 40, between words.
    t.resize(40, 24).await;
    let before = t.raw.len();
    t.send(b"5\r").await;
    t.wait_text("Type a thread's number").await;
    let printed = String::from_utf8_lossy(&t.raw[before..]).into_owned();
    assert!(
        printed.split("\r\n").all(|l| l.chars().count() <= 40),
        "{printed}"
    );
    // TERM=dumb takes ASCII only: members' text is transliterated, not `?`.
    t.send(b"search equipes\r").await;
    t.wait_text("Reunion des equipes...").await;
    t.send(b"q\r").await;
    t.wait_for("exit", |t| t.exit_status.is_some()).await;
    assert_eq!(t.exit_status, Some(0));
    let raw = String::from_utf8_lossy(&t.raw);
    assert!(!raw.contains('\x1b'), "no escape sequences: {raw:?}");
    assert!(raw.contains("Goodbye."), "{raw}");
    assert!(t.raw.is_ascii(), "ASCII only: {raw}");
}

#[test]
fn the_boards_read_in_order_and_an_event_is_answered_by_typing() {
    let (forum, _dir) = demo(true);
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let mut plain = session(&forum, li.clone());

    let events = typed(&mut plain, "e<enter>");
    assert!(
        flat(&events).contains("Upcoming events, 5, in your time zone:"),
        "{events}"
    );
    fits(&events);
    assert!(
        flat(&events).contains(
            "1. Fri 27 Nov 2026 18:00, webinar: [demo] Community health workers and continuity of care, online"
        ),
        "{events}"
    );
    assert!(!flat(&events).contains('\x1b'), "{events:?}");
    let event = typed(&mut plain, "4<enter>");
    assert!(
        flat(&event).contains("From Fri 01 Jan 2027 11:00 to Sun 03 Jan 2027 19:30, your time."),
        "{event}"
    );
    assert!(
        flat(&event).contains("in Europe/Zurich, the organizer's time."),
        "{event}"
    );
    assert!(
        flat(&event).contains("Strategy: multiple streams."),
        "{event}"
    );
    let going = typed(&mut plain, "y<enter>");
    assert!(
        flat(&going).contains("You are going. 1 going, 0 interested."),
        "{going}"
    );
    let back = typed(&mut plain, "b<enter>");
    assert!(flat(&back).contains("[demo] Symposium on integrated, people-centred health services, Geneva, Switzerland and online, you are going"), "{back}");
    assert_eq!(forum.my_events(&li).unwrap().len(), 1);

    let jobs = typed(&mut plain, "j<enter>");
    assert!(
        flat(&jobs).contains("1. [demo] Fellowship in health systems leadership, training at Example Leadership Fellowship (fictional), remote; closes 2026-11-27, closing soon"),
        "{jobs}"
    );
    let job = typed(&mut plain, "1<enter>");
    assert!(
        flat(&job).contains("How to apply: Apply online at https://example.org/fellowship"),
        "{job}"
    );
    let nothing = typed(&mut plain, "y<enter>");
    assert!(nothing.contains("Open an event first"), "{nothing}");
}

#[test]
fn the_library_and_the_news_read_in_order() {
    let (forum, _dir) = demo(true);
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let mut plain = session(&forum, li);

    let library = typed(&mut plain, "library<enter>");
    assert!(
        library.contains("The library, 13 entries, newest first:"),
        "{library}"
    );
    // The demo's entries say so.
    assert!(
        flat(&library).contains(
            "1. practice: not yet assessed: [demo] Nuka System of Care; multiple streams"
        ),
        "{library}"
    );
    fits(&library);
    let number = library
        .lines()
        .find(|l| l.contains("Community Health Extension Programme"))
        .and_then(|l| l.split('.').next())
        .unwrap()
        .to_string();
    let practice = typed(&mut plain, &format!("{number}<enter>"));
    assert!(
        practice
            .contains("[demo] Community Health Extension Programme. A practice: not yet assessed."),
        "{practice}"
    );
    assert!(
        flat(&practice).contains("Strategy: multiple streams."),
        "{practice}"
    );
    // Its figures are the source's, with the source named and its caveat.
    assert!(
        flat(&practice).contains("Source: World Innovation Summit for Health (WISH)"),
        "{practice}"
    );
    assert!(
        flat(&practice).contains("may not represent official WHO statistics"),
        "{practice}"
    );
    let news = typed(&mut plain, "news<enter>");
    assert!(
        news.contains("1. 21 Nov 2026, [demo] Welcome to the demo forum"),
        "{news}"
    );
    let item = typed(&mut plain, "1<enter>");
    assert!(flat(&item).contains("stoa admin remove-demo"), "{item}");
    assert!(!item.contains('\x1b'), "{item:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_ban_ends_an_open_plain_session_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let server = common::Server::start(dir.path(), &[]);
    common::sign_up(server.addr, 1, "amara").await;
    common::sign_up(server.addr, 2, "li").await;
    let (_c, mut t) = plain_over_ssh(server.addr, "li", 2).await;

    let admin = common::connect_with_key(server.addr, "amara", &common::private_key(1)).await;
    let out = common::exec(&admin, "admin ban li 7d Posting advertising links").await;
    assert_eq!(out.status, Some(0), "{}", out.stderr);
    t.wait_for("exit", |t| t.exit_status.is_some()).await;
    assert_eq!(t.exit_status, Some(2));
    let raw = String::from_utf8_lossy(&t.raw);
    assert!(raw.contains("Posting advertising links"), "{raw}");
    assert!(raw.contains("banned"), "{raw}");
}

/// Issue 19: a guest who signed up in plain mode kept the guest's view of the
/// session, so a ban did not end it and notifications never arrived. Every
/// session follows its own account at once, however it began.
#[tokio::test(flavor = "multi_thread")]
async fn a_guest_who_signs_up_in_plain_mode_follows_their_new_account_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let server = common::Server::start(dir.path(), &[]);
    common::sign_up(server.addr, 1, "amara").await;
    let (_c, mut t) = plain_over_ssh(server.addr, "guest", 3).await;
    t.send(b"s\r").await;
    t.wait_text("Choose a username").await;
    for line in ["ngozi", "Ngozi Okafor", "District clinic", "1", ""] {
        t.send(format!("{line}\r").as_bytes()).await;
    }
    t.wait_text("Type yes to accept it").await;
    t.send(b"yes\r").await;
    t.wait_text("Welcome to the network, Ngozi Okafor!").await;

    let amara = common::connect_with_key(server.addr, "amara", &common::private_key(1)).await;
    let out = common::exec_with_stdin(
        &amara,
        "post primary-health-care Welcome",
        b"Glad you are here, @ngozi.",
    )
    .await;
    assert_eq!(out.status, Some(0), "{}", out.stderr);
    t.wait_text("A new notification (1 unread)").await;

    let out = common::exec(&amara, "admin ban ngozi 7d Posting advertising links").await;
    assert_eq!(out.status, Some(0), "{}", out.stderr);
    t.wait_for("exit", |t| t.exit_status.is_some()).await;
    assert_eq!(t.exit_status, Some(2));
    let raw = String::from_utf8_lossy(&t.raw);
    assert!(raw.contains("Posting advertising links"), "{raw}");
}

/// A session ends when the key it logged in with is removed from the account
/// elsewhere, as it would be refused at its next login.
#[tokio::test(flavor = "multi_thread")]
async fn removing_the_key_a_session_logged_in_with_ends_that_session() {
    let dir = tempfile::tempdir().unwrap();
    let server = common::Server::start(dir.path(), &[]);
    common::sign_up(server.addr, 2, "li").await;
    let (_c, mut plain) = plain_over_ssh(server.addr, "li", 2).await;
    plain.send(b"add key\r").await;
    let second = common::private_key(4).public_key().to_openssh().unwrap();
    plain.send(format!("{second}\r").as_bytes()).await;
    plain.wait_text("Key added").await;

    let (_other, mut screen) = common::Terminal::member_home(server.addr, 4).await;
    plain.send(b"keys\r").await;
    plain.wait_text("Your SSH keys, 2:").await;
    plain.send(b"remove key 2\r").await;
    plain.send(b"yes\r").await;
    plain.wait_text("Key removed.").await;
    screen.wait_for("exit", |t| t.exit_status.is_some()).await;
    assert_eq!(screen.exit_status, Some(2));
    let raw = String::from_utf8_lossy(&screen.raw);
    assert!(raw.contains("was removed from your account"), "{raw}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_notification_reaches_an_open_plain_session_without_losing_the_typed_line() {
    let dir = tempfile::tempdir().unwrap();
    let server = common::Server::start(dir.path(), &[]);
    common::sign_up(server.addr, 1, "amara").await;
    common::sign_up(server.addr, 2, "li").await;
    let (_c, mut t) = plain_over_ssh(server.addr, "amara", 1).await;
    // Half a command typed when the mention arrives.
    t.send(b"sea").await;
    t.wait_text("> sea").await;

    let li = common::connect_with_key(server.addr, "li", &common::private_key(2)).await;
    let out = common::exec_with_stdin(
        &li,
        "post primary-health-care Night rosters",
        b"How do you staff nights, @amara?",
    )
    .await;
    assert_eq!(out.status, Some(0), "{}", out.stderr);
    t.wait_text("A new notification (1 unread): type ! to read it.")
        .await;
    t.wait_for("the prompt again", |t| {
        String::from_utf8_lossy(&t.raw).ends_with("\r\n> sea")
    })
    .await;
    let raw = String::from_utf8_lossy(&t.raw).into_owned();
    assert_eq!(raw.matches('\x07').count(), 1, "one bell: {raw:?}");
    assert!(!raw.contains('\x1b'), "no escape sequences: {raw:?}");

    // The line goes on where it was.
    t.send(b"rch rosters\r").await;
    t.wait_text("Search for rosters").await;
    t.send(b"!\r").await;
    t.wait_text("Amara Okafor mentioned you in \"Night rosters\"")
        .await;
}

#[test]
fn a_guest_signs_up_one_question_at_a_time() {
    let (forum, _dir) = demo(false);
    let guest = Viewer::Guest {
        key: Some(testkit::key(7)),
    };
    let mut plain = Plain::new(forum.clone(), guest, 79);
    let start = plain.start();
    assert!(start.contains("type s to sign up"), "{start}");

    let asked = typed(&mut plain, "s<enter>");
    assert!(asked.contains("Choose a username"), "{asked}");
    assert!(asked.ends_with("? "), "{asked:?}");
    let refused = typed(&mut plain, "Not Valid<enter>");
    assert!(refused.contains("lowercase"), "{refused}");
    assert!(
        refused.contains("Choose a username"),
        "asked again: {refused}"
    );
    let name = typed(&mut plain, "li<enter>");
    assert!(name.contains("Your name as others will see it"), "{name}");
    typed(&mut plain, "Li Wei<enter>Ministry of Health<enter>");
    let region = typed(&mut plain, "9<enter>");
    assert!(region.contains("type a number from 1 to 7"), "{region}");
    typed(&mut plain, "1<enter>");
    let zone = typed(&mut plain, "Mars/Base<enter>");
    assert!(zone.contains("unknown time zone"), "{zone}");
    let policy = typed(&mut plain, "<enter>");
    assert!(policy.contains("The editorial policy:"), "{policy}");
    // A typo hears one line, not the sixty of the policy again; l reads it again.
    let not_yet = typed(&mut plain, "ys<enter>");
    assert_eq!(
        flat(&not_yet),
        "ys Type yes to accept the editorial policy and create your account, no to stop, or l to read it again. ? ",
    );
    let again = typed(&mut plain, "l<enter>");
    assert!(again.contains("The editorial policy:"), "{again}");
    // y is yes.
    let welcome = typed(&mut plain, "y<enter>");
    assert!(
        flat(&welcome).contains("Welcome to the network, Li Wei! You are the forum's first member, so you are its admin."),
        "{welcome}"
    );
    assert!(!welcome.contains('\x1b'), "{welcome:?}");
    let li = forum.account("li").unwrap().unwrap();
    assert_eq!(
        (li.time_zone.as_str(), li.region),
        ("UTC", stoa::domain::Region::African)
    );

    let keyless = Viewer::Guest { key: None };
    let mut plain = Plain::new(forum, keyless, 79);
    plain.start();
    assert!(typed(&mut plain, "s<enter>").contains("Connect with an SSH key to sign up"));
}

#[test]
fn a_member_edits_and_deletes_their_posts_and_reads_their_submissions() {
    let (forum, _dir) = demo(false);
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let thread = forum
        .start_thread(
            &li,
            "care-workforce",
            NewThread {
                language: None,
                title: "Rosters".into(),
                body: "First words.".into(),
            },
        )
        .unwrap();
    let reply = forum
        .reply(&li, thread.id.opening_post(), "A second thought.")
        .unwrap();
    let mut plain = session(&forum, li.clone());
    typed(&mut plain, "1<enter>1<enter>");

    let editing = typed(&mut plain, &format!("e {}<enter>", thread.id));
    assert!(editing.contains("Its text now:"), "{editing}");
    assert!(editing.contains("First words."), "{editing}");
    let saved = typed(&mut plain, "Better words, on reflection.<enter>.<enter>");
    assert!(
        saved.contains("edited: the earlier version is kept"),
        "{saved}"
    );
    assert!(saved.contains("Better words, on reflection."), "{saved}");
    assert_eq!(
        forum.post(&li, thread.id.opening_post()).unwrap().body,
        "Better words, on reflection."
    );

    let asked = typed(&mut plain, &format!("d {}<enter>", reply.id));
    assert!(asked.contains("Type yes to delete it"), "{asked}");
    assert!(typed(&mut plain, "no<enter>").contains("Kept."));
    typed(&mut plain, &format!("d {}<enter>", reply.id));
    let deleted = typed(&mut plain, "yes<enter>");
    assert!(
        deleted.contains(&format!("Post {} deleted.", reply.id)),
        "{deleted}"
    );
    let stored = forum.store().post(reply.id).unwrap().unwrap();
    assert!(stored.deleted.is_some());

    assert!(typed(&mut plain, "s<enter>").contains("sent nothing to the editorial committee yet"));
    forum
        .propose_community(
            &li,
            None,
            stoa::domain::CommunityProposal {
                strategies: Vec::new(),
                slug: "nursing".into(),
                name: "Nursing leadership".into(),
                purpose: "Nurses leading change in primary care.".into(),
                audience: "Nurses".into(),
                members_only: false,
            },
            true,
        )
        .unwrap();
    let mine = typed(&mut plain, "s<enter>");
    assert!(
        mine.contains("community \"Nursing leadership\": pending review"),
        "{mine}"
    );
}

#[test]
fn the_committee_decides_and_hides_by_typing() {
    let (forum, _dir) = demo(false);
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let proposal = forum
        .propose_community(
            &li,
            None,
            stoa::domain::CommunityProposal {
                strategies: Vec::new(),
                slug: "nursing".into(),
                name: "Nursing leadership".into(),
                purpose: "Nurses leading change in primary care.".into(),
                audience: "Nurses".into(),
                members_only: false,
            },
            true,
        )
        .unwrap();
    let thread = forum
        .start_thread(
            &li,
            "care-workforce",
            NewThread {
                language: None,
                title: "Cheap watches".into(),
                body: "Buy cheap watches here.".into(),
            },
        )
        .unwrap();
    forum
        .flag_post(
            &amara,
            thread.id.opening_post(),
            stoa::domain::FlagReason::Spam,
            "",
        )
        .unwrap();

    let mut member = Plain::new(forum.clone(), li, 79);
    member.start();
    assert!(typed(&mut member, "queue<enter>").contains("the editorial committee's"));

    let mut plain = session(&forum, amara);
    let queue = typed(&mut plain, "queue<enter>");
    assert!(
        queue.contains("1. community \"Nursing leadership\" by li, sent just now"),
        "{queue}"
    );
    assert!(!queue.contains("UTC"), "in the reader's own time: {queue}");
    let item = typed(&mut plain, "1<enter>");
    assert!(
        item.contains(
            "Name: Nursing leadership\r\nShort name: nursing\r\nPurpose: Nurses leading change in primary care.\r\nWho it is for: Nurses"
        ),
        "{item}"
    );
    // When, in the reader's time zone (Nairobi, three hours ahead of UTC).
    assert!(item.contains("22 Nov 2026 12:00 li submitted"), "{item}");
    let asked = typed(&mut plain, "c<enter>");
    assert!(asked.contains("What should the author change?"), "{asked}");
    assert!(asked.ends_with("Reason: "), "{asked:?}");
    let done = typed(&mut plain, "Say which nurses, please.<enter>");
    assert!(
        done.contains(&format!(
            "Submission {} is now changes requested.",
            proposal.id
        )),
        "{done}"
    );
    assert!(done.contains("Nothing waits for review."), "{done}");

    let flags = typed(&mut plain, "flags<enter>");
    assert!(
        flags.contains(&format!(
            "Post {} by li in \"Cheap watches\": spam",
            thread.id
        )),
        "{flags}"
    );
    typed(&mut plain, &format!("hide {}<enter>", thread.id));
    let hidden = typed(&mut plain, "Spam.<enter>");
    assert!(
        hidden.contains(&format!("Post {} hidden.", thread.id)),
        "{hidden}"
    );
    assert!(hidden.contains("No flagged posts."), "{hidden}");
    assert!(
        forum
            .store()
            .post(thread.id.opening_post())
            .unwrap()
            .unwrap()
            .hidden
            .is_some()
    );

    // An event reads in its form's order, not alphabetically.
    let li = testkit::viewer(forum.account("li").unwrap().unwrap());
    let event = testkit::event_proposal("Listening to patients");
    forum.propose_event(&li, None, event, true).unwrap();
    typed(&mut plain, "queue<enter>");
    let item = typed(&mut plain, "1<enter>");
    let at = |label: &str| {
        item.find(&format!("\r\n{label}: "))
            .unwrap_or_else(|| panic!("no {label}: {item}"))
    };
    let order = ["Kind", "Title", "When", "Where", "Organizer", "Description"].map(at);
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{item}");
}

#[test]
fn a_member_submits_an_event_question_by_question_and_fixes_what_is_refused() {
    let (forum, _dir) = demo(false);
    testkit::sign_up(&forum, "amara", 1).unwrap();
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let mut plain = session(&forum, li.clone());

    let kinds = typed(&mut plain, "submit<enter>");
    assert!(kinds.contains("2. an event"), "{kinds}");
    let first = typed(&mut plain, "2<enter>");
    assert!(first.contains("What kind of event?"), "{first}");
    assert!(first.contains("4. webinar"), "{first}");
    typed(&mut plain, "4<enter>Listening to patients<enter>");
    typed(&mut plain, "2026-12-10 15:00<enter>2026-12-10 14:00<enter>");
    let zone = typed(&mut plain, "<enter>");
    assert!(
        zone.contains("online link"),
        "the zone kept its answer: {zone}"
    );
    typed(
        &mut plain,
        "https://example.org/listening<enter><enter><enter>",
    );
    typed(&mut plain, "Patients' forum<enter><enter>");
    let region = typed(&mut plain, "9<enter>");
    assert!(region.contains("type a number from 1 to 7"), "{region}");
    // Strategies 1 and 3, competency 3 (people-centred care), no audience, no tags.
    typed(&mut plain, "7<enter>1, 3<enter>3<enter><enter><enter>");
    let end = typed(
        &mut plain,
        "An hour with patients' groups on people-centred care.<enter>",
    );
    assert!(end.contains("Type send to send it"), "{end}");
    let refused = typed(&mut plain, "send<enter>");
    assert!(
        refused.contains("- ends: the end must come after the start"),
        "{refused}"
    );
    assert!(
        refused.contains("(Now: 2026-12-10 14:00. Enter keeps it.)"),
        "{refused}"
    );
    typed(&mut plain, "2026-12-10 16:30<enter>");
    let sent = typed(&mut plain, "send<enter>");
    assert!(
        sent.contains("sent: the editorial committee will review it"),
        "{sent}"
    );
    let mine = forum.my_submissions(&li).unwrap();
    let stoa::domain::Item::Event(event) = &mine[0].item else {
        panic!("{:?}", mine[0].item)
    };
    assert_eq!(
        (
            event.ends.as_str(),
            event.time_zone.as_str(),
            event.strategies.len()
        ),
        ("2026-12-10 16:30", "Africa/Nairobi", 2)
    );
    assert_eq!(mine[0].state, stoa::domain::ReviewState::Pending);
    // The committee reads its strategies as a list, with commas.
    let amara = testkit::viewer(forum.account("amara").unwrap().unwrap());
    let mut desk = session(&forum, amara);
    typed(&mut desk, "queue<enter>");
    let review = typed(&mut desk, "1<enter>");
    assert!(
        review.contains("\r\nStrategies: multiple streams: engaging people, model of care\r\n"),
        "{review}"
    );

    // A resource kept as a draft, then taken up again with its answers shown.
    typed(
        &mut plain,
        "submit<enter>4<enter>2<enter>Handover checklists<enter>",
    );
    let kept = typed(&mut plain, "draft<enter>");
    assert!(kept.contains("kept: resubmit"), "{kept}");
    let draft = forum.my_submissions(&li).unwrap()[0].id;
    let again = typed(&mut plain, &format!("resubmit {draft}<enter>"));
    assert!(again.contains("(Now: 2. Enter keeps it.)"), "{again}");
    let title = typed(&mut plain, "<enter>");
    assert!(
        title.contains("(Now: Handover checklists. Enter keeps it.)"),
        "{title}"
    );
    assert!(typed(&mut plain, "cancel<enter>").contains("Nothing submitted."));

    // A dropped connection keeps a half-answered proposal as a draft.
    typed(&mut plain, "submit<enter>1<enter>Nursing leadership<enter>");
    plain.keep_draft();
    let latest = &forum.my_submissions(&li).unwrap()[0];
    assert_eq!(
        (latest.title(), latest.state),
        ("Nursing leadership", stoa::domain::ReviewState::Draft)
    );
}

#[test]
fn a_member_reads_their_profile_sets_plain_mode_and_discusses_an_entry() {
    let (forum, _dir) = demo(true);
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let mut plain = session(&forum, li);
    let profile = typed(&mut plain, "profile<enter>");
    assert!(profile.contains("li display (li), admin."), "{profile}");
    assert!(profile.contains("Plain mode: automatic"), "{profile}");
    assert!(profile.contains("Competencies: none"), "{profile}");
    assert!(
        profile.contains("Display: colour automatic, ASCII only automatic, bell automatic."),
        "{profile}"
    );
    let saved = typed(&mut plain, "plain on<enter>");
    assert!(
        saved.contains("every connection opens in plain mode"),
        "{saved}"
    );
    let stored = forum.account("li").unwrap().unwrap();
    assert_eq!(stored.preferences.plain, stoa::domain::Setting::Always);
    assert!(typed(&mut plain, "profile<enter>").contains("Plain mode: always"));

    let library = typed(&mut plain, "library<enter>");
    let number = library
        .lines()
        .find(|l| l.contains("Community scorecards"))
        .and_then(|l| l.split('.').next())
        .unwrap()
        .to_string();
    let entry = typed(&mut plain, &format!("{number}<enter>"));
    assert!(entry.contains("Type d to start its discussion"), "{entry}");
    // The first time, the first post is written here: nothing is posted on `d`.
    let writing = typed(&mut plain, "d<enter>");
    assert!(writing.contains("A new thread in"), "{writing}");
    assert!(writing.contains("Its first post begins"), "{writing}");
    let thread = typed(&mut plain, "We ran these in two districts.<enter>.<enter>");
    assert!(thread.contains("Library: Community scorecards"), "{thread}");
    assert!(
        thread.contains("We ran these in two districts."),
        "{thread}"
    );
    assert!(
        thread.contains("Type r and a post's number to reply"),
        "{thread}"
    );
}

#[test]
fn the_committee_withdraws_levels_and_writes_news_and_a_poster_closes_a_job() {
    let (forum, _dir) = demo(true);
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let mut plain = session(&forum, amara.clone());

    typed(&mut plain, "e<enter>1<enter>");
    let why = typed(&mut plain, "withdraw<enter>");
    assert!(why.contains("Why? Type the reason"), "{why}");
    let done = typed(&mut plain, "The organizer cancelled it.<enter>");
    assert!(
        done.contains("Withdrawn: it is off the events board."),
        "{done}"
    );
    assert_eq!(
        forum
            .upcoming_events(&amara, &Default::default())
            .unwrap()
            .len(),
        4
    );

    let library = typed(&mut plain, "library<enter>");
    let number = library
        .lines()
        .find(|l| l.contains("Community Health Extension Programme"))
        .and_then(|l| l.split('.').next())
        .unwrap()
        .to_string();
    typed(&mut plain, &format!("{number}<enter>"));
    assert!(typed(&mut plain, "level 9<enter>").contains("3 leading"));
    // Each of the level's criteria is asked before the reason.
    let first = flat(&typed(&mut plain, "level 3<enter>"));
    assert!(
        first.contains(
            "Leading asks, criterion 1 of 3: evaluated in its setting. Does the practice meet it?"
        ),
        "{first}"
    );
    let again = flat(&typed(&mut plain, "maybe<enter>"));
    assert!(
        again.contains("Type yes or no. Leading asks, criterion 1 of 3"),
        "{again}"
    );
    typed(&mut plain, "yes<enter>yes<enter>");
    let why = flat(&typed(&mut plain, "no<enter>"));
    assert!(why.contains("Why? Type the reason"), "{why}");
    let levelled = typed(&mut plain, "Results held for two years.<enter>");
    assert!(levelled.contains("Now leading"), "{levelled}");
    let shown = flat(&typed(&mut plain, "l<enter>"));
    assert!(
        shown.contains("(criteria: evaluated in its setting: met; repeated in other settings: met; the results hold there too: not met)"),
        "{shown}"
    );

    typed(
        &mut plain,
        "write news<enter>Quorum of two from January<enter><enter>",
    );
    typed(
        &mut plain,
        "From January every submission needs two approvals.<enter>",
    );
    let published = typed(&mut plain, ".<enter>");
    assert!(
        published.contains("Published: \"Quorum of two from January\""),
        "{published}"
    );
    assert_eq!(
        forum.news(1).unwrap()[0].title,
        "Quorum of two from January"
    );
    // Corrected, saying why: a new headline, the region kept (Enter), new text.
    let shown = flat(&typed(&mut plain, "1<enter>"));
    assert!(
        shown.contains("correct changes it, withdraw takes it down"),
        "{shown}"
    );
    let why = flat(&typed(&mut plain, "correct<enter>"));
    assert!(why.contains("Why? Readers see it"), "{why}");
    typed(
        &mut plain,
        "The month was wrong.<enter>Quorum of two from February<enter><enter>",
    );
    typed(
        &mut plain,
        "From February every submission needs two approvals.<enter>",
    );
    let corrected = flat(&typed(&mut plain, ".<enter>"));
    assert!(
        corrected.contains("Corrected on") && corrected.contains("The month was wrong."),
        "{corrected}"
    );
    assert_eq!(
        forum.news(1).unwrap()[0].title,
        "Quorum of two from February"
    );
    let asked = flat(&typed(&mut plain, "withdraw<enter>"));
    assert!(asked.contains("Why?"), "{asked}");
    let withdrawn = flat(&typed(&mut plain, "Announced too early.<enter>"));
    assert!(
        withdrawn.contains("Withdrawn by the editorial committee on"),
        "{withdrawn}"
    );
    assert!(
        forum
            .news(10)
            .unwrap()
            .iter()
            .all(|n| !n.title.starts_with("Quorum"))
    );

    // A job amara posted, closed from plain mode.
    let s = forum
        .propose_job(&amara, None, testkit::job_proposal("Data officer"), true)
        .unwrap();
    let ada = testkit::viewer(testkit::sign_up(&forum, "ada", 3).unwrap());
    let ada = testkit::viewer(
        forum
            .change_role(
                stoa::forum::Actor::Operator,
                &ada.account().unwrap().username,
                stoa::domain::Role::Moderator,
                "Reviews jobs.",
            )
            .unwrap(),
    );
    forum
        .decide(
            &ada,
            s.id,
            s.version,
            stoa::forum::Verdict::Approve,
            "Relevant.",
        )
        .unwrap();
    let jobs = typed(&mut plain, "j<enter>");
    let number = jobs
        .lines()
        .find(|l| l.contains("Data officer"))
        .and_then(|l| l.split('.').next())
        .unwrap()
        .to_string();
    typed(&mut plain, &format!("{number}<enter>"));
    let closed = typed(&mut plain, "close<enter>");
    assert!(
        closed.contains("Closed: it has moved to the archive."),
        "{closed}"
    );
    assert!(forum.job(s.id.as_job()).unwrap().closed_early.is_some());
}

#[test]
fn a_member_edits_their_profile_keys_and_password_in_plain_mode() {
    let (forum, _dir) = demo(false);
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let mut plain = session(&forum, li);

    let first = typed(&mut plain, "edit profile<enter>");
    assert!(
        first.contains("(Now: li display. Enter keeps it.)"),
        "{first}"
    );
    // `b` at a question leaves it, as help says, and changes nothing.
    let left = typed(&mut plain, "b<enter><enter><enter><enter><enter>");
    assert!(!left.contains("Profile saved"), "{left}");
    assert_eq!(
        forum.account("li").unwrap().unwrap().display_name,
        "li display"
    );
    typed(&mut plain, "edit profile<enter>");
    typed(&mut plain, "<enter>UNICEF<enter>2<enter>");
    let zone = typed(&mut plain, "Mars/Base<enter>");
    assert!(zone.contains("unknown time zone"), "{zone}");
    typed(&mut plain, "Europe/Paris<enter>");
    let competencies = typed(&mut plain, "Nurse and trainer.<enter>");
    assert!(
        competencies.contains("The competencies you are building"),
        "{competencies}"
    );
    let wrong = typed(&mut plain, "9<enter>");
    assert!(wrong.contains("type numbers from 1 to 4"), "{wrong}");
    let saved = typed(&mut plain, "1, 4<enter>");
    assert!(saved.contains("Profile saved."), "{saved}");
    assert_eq!(
        forum.account("li").unwrap().unwrap().competencies,
        [
            stoa::domain::Competency::Communication,
            stoa::domain::Competency::ContinuousLearning
        ]
    );

    // Its own full stop is not given a second one when it is shown again.
    typed(&mut plain, "edit profile<enter>");
    let bio = typed(&mut plain, "<enter><enter><enter><enter>");
    assert!(
        bio.contains("(Now: Nurse and trainer. Enter keeps it.)"),
        "{bio}"
    );
    let kept = typed(&mut plain, "<enter>");
    assert!(kept.contains("(Now: 1, 4. Enter keeps it.)"), "{kept}");
    typed(&mut plain, "<enter>");
    let account = forum.account("li").unwrap().unwrap();
    assert_eq!(
        (
            account.display_name.as_str(),
            account.organization.as_str(),
            account.time_zone.as_str()
        ),
        ("li display", "UNICEF", "Europe/Paris")
    );
    assert_eq!(account.region, stoa::domain::Region::Americas);

    assert!(typed(&mut plain, "keys<enter>").contains("Your SSH keys, 1:"));
    typed(&mut plain, "add key<enter>");
    let added = typed(
        &mut plain,
        &format!("{}<enter>", testkit::key(42).openssh()),
    );
    assert!(added.contains("Key added"), "{added}");
    typed(&mut plain, "remove key 2<enter>");
    assert!(typed(&mut plain, "yes<enter>").contains("Key removed."));
    assert_eq!(forum.account("li").unwrap().unwrap().keys.len(), 1);

    // What a password prompt echoes is stars, never the password.
    typed(&mut plain, "password<enter>");
    let echoed = typed(&mut plain, "correct horse battery<enter>");
    assert!(!echoed.contains("correct horse"), "{echoed:?}");
    assert!(echoed.starts_with("*****"), "{echoed:?}");
    let set = typed(&mut plain, "correct horse battery<enter>");
    assert!(set.contains("Password set"), "{set}");
    assert!(forum.account("li").unwrap().unwrap().has_password());
}

#[test]
fn plain_mode_searches_finds_people_and_reads_notifications() {
    let (forum, _dir) = demo(true);
    forum.rebuild_search(false).unwrap();
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    forum
        .start_thread(
            &li,
            "care-workforce",
            NewThread {
                language: None,
                title: "Night rosters".into(),
                body: "What do you think, @amara?".into(),
            },
        )
        .unwrap();
    testkit::settle_search(&forum);
    // The greeting says what the full screen's header would ("1 new (g !)").
    let mut plain = Plain::new(forum.clone(), amara.clone(), 79);
    let start = plain.start();
    assert!(
        start.contains("You have 1 unread notification: type ! to read it."),
        "{start}"
    );

    let found = typed(&mut plain, "search scorecards<enter>");
    assert!(found.contains("Search for scorecards:"), "{found}");
    assert!(
        found.contains("Resources:\r\n1. Community scorecards"),
        "{found}"
    );
    let opened = typed(&mut plain, "1<enter>");
    assert!(opened.contains("Community scorecards"), "{opened}");

    let notices = typed(&mut plain, "notifications<enter>");
    assert!(
        notices.contains("Notifications, 1 unread of 1, newest first:\r\n1. new: li display mentioned you in \"Night rosters\""),
        "{notices}"
    );
    let thread = typed(&mut plain, "1<enter>");
    assert!(thread.contains("What do you think, @amara?"), "{thread}");
    assert!(typed(&mut plain, "watch<enter>").contains("Watching: new posts"));
    assert!(typed(&mut plain, "!<enter>").contains("0 unread of 1"));
    let again = Plain::new(forum.clone(), amara.clone(), 79).start();
    assert!(!again.contains("unread notification"), "{again}");

    // A live notification: a line, the bell, then the prompt and what was typed.
    let thread = forum.threads(&li, "care-workforce").unwrap()[0].thread.id;
    forum
        .reply(&li, thread.opening_post(), "And you, @amara?")
        .unwrap();
    let mut live = Plain::new(forum.clone(), amara.clone(), 79);
    live.start();
    typed(&mut live, "peo");
    let note = live.notified();
    assert!(
        note.ends_with("(1 unread): type ! to read it.\x07\r\n> peo"),
        "{note:?}"
    );
    let quiet = stoa::domain::Preferences {
        bell: stoa::domain::Setting::Never,
        ..Default::default()
    };
    forum
        .set_preferences(amara.account().unwrap(), quiet)
        .unwrap();
    assert!(!live.notified().contains('\x07'), "the bell is off");

    let people = typed(&mut plain, "people learning<enter>");
    assert!(
        people.contains("People: 2 members, by organization:"),
        "{people}"
    );
    let page = typed(&mut plain, "1<enter>");
    assert!(page.contains("Priya Nair (priya_nair)"), "{page}");
    assert!(page.contains("A fictional demo member"), "{page}");
    assert!(page.contains("Recent posts, 3:"), "{page}");
    assert!(!format!("{found}{notices}{people}{page}").contains('\x1b'));
}

/// Plain mode's own text is ASCII whatever the terminal: no `│`, `•`, `·` or
/// `…` for a screen reader to read as "box drawing". In ASCII mode (`TERM=dumb`,
/// a C locale, or the member's preference) members' text is transliterated,
/// not blanked: é reads as e, … as ... .
#[test]
fn plain_mode_speaks_ascii_and_transliterates_members_text_in_ascii_mode() {
    let (forum, _dir) = demo(true);
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let thread = forum
        .start_thread(
            &li,
            "care-workforce",
            NewThread {
                language: None,
                title: "Santé publique · São Paulo".into(),
                body: "> Déjà vu…\n\n- première\n- 東京".into(),
            },
        )
        .unwrap();
    forum
        .flag_post(
            &amara,
            thread.id.opening_post(),
            stoa::domain::FlagReason::Spam,
            "",
        )
        .unwrap();
    let walk = |plain: &mut Plain| {
        let mut out = plain.start();
        for line in [
            "1", "1", "b", "b", "library", "1", "b", "news", "1", "e", "1", "j", "1", "flags",
            "people", "1", "h",
        ] {
            out.push_str(&typed(plain, &format!("{line}<enter>")));
        }
        out
    };

    // A UTF-8 terminal: members' words as they wrote them, the app's own in ASCII.
    let mut plain = Plain::new(forum.clone(), amara.clone(), 79);
    let read = walk(&mut plain);
    assert!(read.contains("Santé publique · São Paulo"), "{read}");
    assert!(read.contains("\r\n> Déjà vu…\r\n"), "the quote bar: {read}");
    assert!(
        read.contains("\r\n- première\r\n- 東京\r\n"),
        "the bullets: {read}"
    );
    let members_words = "Santé publique · São Paulo Déjà vu… première 東京";
    // A post's language is named in itself ("in Français").
    let language_names: String = stoa::domain::Language::ALL
        .iter()
        .map(|l| l.native_name())
        .collect();
    for c in read.chars().filter(|c| !c.is_ascii()) {
        assert!(
            members_words.contains(c) || language_names.contains(c) || demo_text_has(c),
            "{c:?} is not a member's: {read}"
        );
    }

    // ASCII mode, from the terminal: every byte ASCII, names still names.
    let mut plain = Plain::new(forum.clone(), amara.clone(), 79).with_ascii(true);
    let read = walk(&mut plain);
    assert!(read.is_ascii(), "{read}");
    assert!(read.contains("Sante publique - Sao Paulo"), "{read}");
    assert!(read.contains("\r\n> Deja vu...\r\n"), "{read}");
    assert!(read.contains("\r\n- premiere\r\n- Dong Jing\r\n"), "{read}");
    // What is typed is echoed in ASCII too.
    assert_eq!(typed(&mut plain, "é"), "e");

    // ASCII mode from the member's own preference, on any terminal.
    let account = forum.account("li").unwrap().unwrap();
    let mut preferences = account.preferences;
    preferences.ascii = stoa::domain::Setting::Always;
    let li = testkit::viewer(forum.set_preferences(&account, preferences).unwrap());
    let mut plain = Plain::new(forum.clone(), li, 79);
    let read = walk(&mut plain);
    assert!(read.is_ascii(), "{read}");
    assert!(read.contains("Sante publique - Sao Paulo"), "{read}");
}

/// Whether `c` is in the demo's own content (its members' names and texts).
fn demo_text_has(c: char) -> bool {
    ["boards", "discussions", "library"].iter().any(|f| {
        std::fs::read_to_string(format!("assets/demo/{f}.toml")).is_ok_and(|t| t.contains(c))
    })
}

/// Taking part by typing: joining and leaving communities, flagging a post; a
/// long thread read a page at a time; the committee told at the greeting what
/// waits for them.
#[test]
fn members_join_leave_and_flag_read_long_threads_by_pages_and_the_committee_hears_what_waits() {
    let (forum, _dir) = demo(false);
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let thread = forum
        .start_thread(
            &amara,
            "care-workforce",
            NewThread {
                language: None,
                title: "Night rosters".into(),
                body: "Post number 1".into(),
            },
        )
        .unwrap();
    for n in 2..=25 {
        forum
            .reply(
                &amara,
                thread.id.opening_post(),
                &format!("Post number {n}"),
            )
            .unwrap();
    }
    let mut plain = session(&forum, li.clone());
    let joined = |forum: &Forum, who: &Viewer| {
        forum
            .community_overview(who)
            .unwrap()
            .into_iter()
            .find(|c| c.community.slug == "care-workforce")
            .unwrap()
            .joined
    };

    // Joining from the community, leaving by its short name, joining by number.
    assert!(typed(&mut plain, "join<enter>").contains("Open a community first"));
    let home = typed(&mut plain, "l<enter>");
    let number = flat(&home)
        .split(". Coordinated care workforce")
        .next()
        .and_then(|s| s.rsplit(' ').next())
        .unwrap()
        .to_string();
    typed(&mut plain, &format!("{number}<enter>"));
    let said = typed(&mut plain, "join<enter>");
    assert!(
        said.contains("You joined Coordinated care workforce."),
        "{said}"
    );
    assert!(joined(&forum, &li));
    let said = typed(&mut plain, "leave care-workforce<enter>");
    assert!(
        said.contains("You left Coordinated care workforce."),
        "{said}"
    );
    assert!(!joined(&forum, &li));
    typed(&mut plain, "b<enter>");
    let said = typed(&mut plain, &format!("join {number}<enter>"));
    assert!(said.contains("You joined"), "{said}");
    assert!(joined(&forum, &li));
    let said = typed(&mut plain, "join no-such-place<enter>");
    assert!(said.contains("Not done:"), "{said}");

    // A long thread, ten posts at a time; read only once all of it was shown.
    typed(&mut plain, &format!("{number}<enter>"));
    let first = typed(&mut plain, "1<enter>");
    assert!(
        flat(&first).contains("25 posts. Posts 1 to 10 of 25:"),
        "{first}"
    );
    assert!(first.contains("Post number 10\r\n"), "{first}");
    assert!(!first.contains("Post number 11\r\n"), "{first}");
    assert!(
        flat(&first).contains("Type more (or just Enter) for posts 11 to 20 of 25"),
        "{first}"
    );
    let unread = |forum: &Forum| forum.threads(&li, "care-workforce").unwrap()[0].unread;
    assert!(unread(&forum), "not read yet: 15 posts were not shown");
    let second = typed(&mut plain, "<enter>");
    assert!(flat(&second).contains("Posts 11 to 20 of 25:"), "{second}");
    assert!(second.contains("Post number 20\r\n") && !second.contains("Post number 21\r\n"));
    let last = typed(&mut plain, "more<enter>");
    assert!(flat(&last).contains("Posts 21 to 25 of 25:"), "{last}");
    assert!(last.contains("Type r and a post's number"), "{last}");
    assert!(!unread(&forum), "all of it was shown");
    let end = typed(&mut plain, "more<enter>");
    assert!(end.contains("That was the end of the thread"), "{end}");
    // Leaving the thread and coming back starts at its beginning again.
    typed(&mut plain, "b<enter>");
    assert!(flat(&typed(&mut plain, "1<enter>")).contains("Posts 1 to 10 of 25:"));

    // Flagging: a reason from the list, a note for "other".
    let said = typed(&mut plain, &format!("flag {} spam<enter>", thread.id));
    assert!(
        said.contains(&format!("Post {} flagged as spam", thread.id)),
        "{said}"
    );
    let said = typed(&mut plain, &format!("flag {} rude<enter>", thread.id));
    assert!(said.contains("'rude' is not a reason"), "{said}");
    let said = typed(&mut plain, &format!("flag {} other<enter>", thread.id));
    assert!(said.contains("Not flagged: "), "{said}");
    assert!(typed(&mut plain, "flag<enter>").contains("Type flag, the post's number"));
    assert_eq!(forum.flags_queue(&amara).unwrap().len(), 1);

    // The committee hears at the greeting what waits for them; members do not.
    forum
        .propose_community(
            &li,
            None,
            stoa::domain::CommunityProposal {
                strategies: Vec::new(),
                slug: "nursing".into(),
                name: "Nursing leadership".into(),
                purpose: "Nurses leading change in primary care.".into(),
                audience: "Nurses".into(),
                members_only: false,
            },
            true,
        )
        .unwrap();
    let greeting = Plain::new(forum.clone(), amara, 79).start();
    assert!(
        flat(&greeting).contains("For the editorial committee: 1 submission waits for review (type queue) and 1 flagged post waits for a decision (type flags)."),
        "{greeting}"
    );
    let greeting = Plain::new(forum.clone(), li, 79).start();
    assert!(
        !greeting.contains("For the editorial committee"),
        "{greeting}"
    );

    // Guests may read but not join or flag.
    let guest = Viewer::Guest { key: None };
    let mut plain = session(&forum, guest);
    let said = typed(&mut plain, "join care-workforce<enter>");
    assert!(said.contains("Not done:"), "{said}");
}

/// What is typed survives a dropped link: the next plain session opens on the
/// post being written, with its lines; guests and muted members are told
/// before they write, not after.
#[test]
fn a_post_being_written_comes_back_in_the_next_session_and_guests_are_told_first() {
    let (forum, _dir) = demo(false);
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let thread = forum
        .start_thread(
            &amara,
            "care-workforce",
            stoa::forum::NewThread {
                language: None,
                title: "Night rosters".into(),
                body: "Who covers nights?".into(),
            },
        )
        .unwrap();
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let mut plain = session(&forum, li.clone());
    typed(&mut plain, "1<enter>1<enter>");
    let writing = typed(&mut plain, &format!("r {}<enter>", thread.id));
    assert!(writing.contains("Replying to post"), "{writing}");
    typed(&mut plain, "We swap on Tuesdays.<enter>");
    // The connection drops.
    plain.keep_draft();
    drop(plain);

    let mut plain = Plain::new(forum.clone(), li.clone(), 79);
    let back = plain.start();
    assert!(flat(&back).contains("Your draft from"), "{back}");
    assert!(back.contains("| We swap on Tuesdays."), "{back}");
    let sent = typed(&mut plain, "And Thursdays.<enter>.<enter>");
    assert!(sent.contains("Reply posted"), "{sent}");
    let view = forum.read_thread(&li, thread.id).unwrap();
    assert!(
        view.posts
            .iter()
            .any(|p| p.post.body == "We swap on Tuesdays.\nAnd Thursdays."),
        "{:?}",
        view.posts.iter().map(|p| &p.post.body).collect::<Vec<_>>()
    );

    // A guest is told at `r`, before typing a post that could not be sent.
    let guest = Viewer::Guest { key: None };
    let mut plain = session(&forum, guest);
    typed(&mut plain, "1<enter>1<enter>");
    let refused = typed(&mut plain, &format!("r {}<enter>", thread.id));
    assert!(refused.contains("Guests cannot write"), "{refused}");
}

/// After `join N` on the home list the list is shown again (one's own
/// communities come first, so the numbers moved); leaving one never joined
/// says so.
#[test]
fn joining_from_home_shows_the_renumbered_list_and_leave_needs_membership() {
    let (forum, _dir) = demo(false);
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let mut plain = session(&forum, li);
    let joined = typed(&mut plain, "join 5<enter>");
    assert!(joined.contains("You joined"), "{joined}");
    assert!(
        flat(&joined).contains("Communities, 6 of them:"),
        "{joined}"
    );
    let again = typed(&mut plain, "join 1<enter>");
    assert!(again.contains("You are already a member"), "{again}");
    let never = typed(&mut plain, "leave 6<enter>");
    assert!(never.contains("You are not a member"), "{never}");
}

/// What a member may not do is said where they are, before they type a body,
/// and leaves them there: the committee's commands, a reply in a locked thread
/// or to another thread's post, `read all` away from what it marks.
#[test]
fn plain_mode_says_what_a_member_may_not_do_before_they_write() {
    let (forum, _dir) = demo(false);
    let ada = testkit::viewer(testkit::sign_up(&forum, "ada", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    forum.join(&li, "care-workforce").unwrap();
    let other = forum
        .start_thread(
            &li,
            "care-workforce",
            NewThread {
                language: None,
                title: "Day rosters".into(),
                body: "Another thread.".into(),
            },
        )
        .unwrap();
    let locked = forum
        .start_thread(
            &li,
            "care-workforce",
            NewThread {
                language: None,
                title: "Night rosters".into(),
                body: "Who covers nights?".into(),
            },
        )
        .unwrap();
    forum
        .steer_thread(&ada, locked.id, stoa::forum::ThreadAction::Lock, "Settled.")
        .unwrap();
    let mut plain = session(&forum, li);

    let help = typed(&mut plain, "h<enter>");
    assert!(
        !help.contains("queue") && !help.contains("write news"),
        "{help}"
    );
    let queue = typed(&mut plain, "queue<enter>");
    assert!(
        queue.contains("'queue' is the editorial committee's"),
        "{queue}"
    );
    let bare = typed(&mut plain, "r<enter>");
    assert!(bare.contains("'r' needs a post or item number"), "{bare}");
    let read_all = typed(&mut plain, "read all<enter>");
    assert!(
        flat(&read_all).contains("Open a community or your notifications (!) first"),
        "{read_all}"
    );
    // Home is still where li is: its first community opens with 1.
    let community = typed(&mut plain, "1<enter>");
    assert!(community.contains("Night rosters"), "{community}");
    typed(&mut plain, "1<enter>");
    let refused = typed(&mut plain, &format!("r {}<enter>", locked.id));
    assert!(
        refused.contains("This thread is locked: it takes no new replies."),
        "{refused}"
    );
    let elsewhere = typed(&mut plain, &format!("r {}<enter>", other.id));
    assert!(
        flat(&elsewhere).contains(&format!("Post {} is in another thread", other.id)),
        "{elsewhere}"
    );

    // The committee's help lists its commands too.
    let mut committee = session(&forum, ada);
    let help = typed(&mut committee, "h<enter>");
    assert!(
        help.contains("queue") && help.contains("write news"),
        "{help}"
    );
}

#[test]
fn a_resource_reads_with_its_text_and_says_how_to_fetch_its_files() {
    let (forum, _dir) = demo(true);
    let mut plain = session(&forum, Viewer::Guest { key: None });
    let list = typed(&mut plain, "library<enter>");
    let number = list
        .lines()
        .find(|l| l.contains("Framework on integrated"))
        .and_then(|l| l.trim_start().split('.').next())
        .unwrap_or_else(|| panic!("{list}"))
        .to_string();
    let entry = flat(&typed(&mut plain, &format!("{number}<enter>")));
    assert!(entry.contains("Text: The network's platform"), "{entry}");
    assert!(
        entry.contains("Files: integratedcare4people-platform.txt (8 KB). Fetch them with sftp -P 2222 forum.example.org (in library/10-framework-on-integrated-people-centred/), or ssh -p 2222 forum.example.org get 10 FILE > FILE."),
        "{entry}"
    );
}

/// `learning`: upcoming events (trainings first) and library entries that build
/// the competencies in the member's profile, numbered to open; a member with
/// none ticked and a guest are told how to get there.
#[test]
fn learning_lists_what_builds_the_members_competencies() {
    let (forum, _dir) = demo(true);
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let mut plain = session(&forum, li);
    let none = flat(&typed(&mut plain, "learning<enter>"));
    assert!(
        none.contains("your profile lists no competencies yet"),
        "{none}"
    );
    typed(
        &mut plain,
        "edit profile<enter><enter><enter><enter><enter><enter>",
    );
    typed(&mut plain, "1, 4<enter>");
    let learning = flat(&typed(&mut plain, "learning<enter>"));
    assert!(
        learning.contains("For your learning (communication, continuous learning)"),
        "{learning}"
    );
    assert!(
        learning.contains("Events, trainings first: 1. ")
            && learning.contains(
                ", training: [demo] Short course: people-centred care for nurse managers"
            ),
        "{learning}"
    );
    assert!(learning.contains("Community scorecards"), "{learning}");
    assert!(!learning.contains("Nuka"), "{learning}");
    let opened = flat(&typed(&mut plain, "1<enter>"));
    assert!(opened.contains("Short course"), "{opened}");
    assert!(
        opened.contains("Competencies: communication, people-centred care, continuous learning."),
        "{opened}"
    );
    let guest = Viewer::Guest { key: None };
    let mut plain = session(&forum, guest);
    let told = flat(&typed(&mut plain, "learning<enter>"));
    assert!(told.contains("sign up (s)"), "{told}");
}

#[test]
fn a_resource_proposed_in_plain_mode_attaches_uploads_by_name() {
    let (forum, _dir) = demo(true);
    let tester = testkit::viewer(testkit::sign_up(&forum, "tester", 7).unwrap());
    forum
        .upload(&tester, "checklist.pdf", b"%PDF-1.7 checklist")
        .unwrap();
    let mut plain = session(&forum, tester.clone());
    typed(
        &mut plain,
        "submit<enter>4<enter>2<enter>Handover checklists<enter>Ward nurses<enter>2025<enter>",
    );
    // No link: its file is where to read it.
    typed(&mut plain, "<enter>English<enter>");
    typed(
        &mut plain,
        "A one-page checklist for handing patients over between teams.<enter><enter>",
    );
    let files = flat(&typed(&mut plain, "nope.pdf<enter>"));
    assert!(files.contains("Which region"), "{files}");
    typed(
        &mut plain,
        "1<enter><enter>2<enter><enter><enter><enter>1<enter>",
    );
    let refused = flat(&typed(&mut plain, "send<enter>"));
    assert!(
        refused.contains("nope.pdf is not one of your uploads"),
        "{refused}"
    );
    typed(&mut plain, "checklist.pdf<enter>");
    let sent = flat(&typed(&mut plain, "send<enter>"));
    assert!(sent.contains("sent"), "{sent}");
    let mine = &forum.my_submissions(&tester).unwrap()[0];
    let stoa::domain::Item::Resource(r) = &mine.item else {
        panic!("{mine:?}")
    };
    assert_eq!(r.files.len(), 1);
    assert_eq!(r.files[0].name, "checklist.pdf");
    // The committee is told where to read the files while it reviews.
    let chair = testkit::viewer(stoa_core::forum::testing::member(
        &forum,
        "chair",
        8,
        stoa::domain::Role::Moderator,
    ));
    let mut desk = session(&forum, chair);
    typed(&mut desk, "queue<enter>");
    let review = flat(&typed(&mut desk, "1<enter>"));
    assert!(
        review.contains("Files: checklist.pdf (18 bytes)"),
        "{review}"
    );
    assert!(
        review.contains("Read the files with sftp -P 2222 forum.example.org (in review/"),
        "{review}"
    );
}

#[test]
fn anyone_reads_who_sits_on_the_committee() {
    let (forum, _dir) = demo(true);
    let mut plain = session(&forum, Viewer::Guest { key: None });
    let out = flat(&typed(&mut plain, "committee<enter>"));
    assert!(out.contains("nobody yet"), "{out}");
    stoa_core::forum::testing::member(&forum, "chair", 8, stoa::domain::Role::Moderator);
    let out = flat(&typed(&mut plain, "committee<enter>"));
    assert!(
        out.contains("(chair), ") && out.contains(", moderator"),
        "{out}"
    );
    assert!(out.contains("To reach the committee, flag a post"), "{out}");
}

#[test]
fn a_community_can_be_proposed_for_members_only() {
    let (forum, _dir) = demo(false);
    let tester = testkit::viewer(testkit::sign_up(&forum, "tester", 7).unwrap());
    let mut plain = session(&forum, tester.clone());
    typed(
        &mut plain,
        "submit<enter>1<enter>Midwives' circle<enter>midwives<enter>Midwives share what works in home births.<enter>Midwives<enter>",
    );
    let strategies = flat(&typed(&mut plain, "yes<enter>"));
    assert!(
        strategies.contains("Which of the five strategies it works on"),
        "{strategies}"
    );
    let asked = flat(&typed(&mut plain, "1<enter>"));
    assert!(asked.contains("That is all"), "{asked}");
    typed(&mut plain, "send<enter>");
    let mine = &forum.my_submissions(&tester).unwrap()[0];
    let stoa::domain::Item::Community(p) = &mine.item else {
        panic!("{mine:?}")
    };
    assert!(p.members_only, "{p:?}");
    assert_eq!(p.strategies, [stoa::domain::Strategy::EngagingPeople]);
}

#[test]
fn proposing_a_practice_lists_each_levels_criteria() {
    let (forum, _dir) = demo(false);
    let tester = testkit::viewer(testkit::sign_up(&forum, "tester", 7).unwrap());
    let mut plain = session(&forum, tester);
    let asked = flat(&typed(&mut plain, "submit<enter>5<enter>"));
    assert!(asked.contains("How far has it come?"), "{asked}");
    assert!(
        asked.contains("promising: evaluated in its setting; the evaluation shows it works there"),
        "{asked}"
    );
}

/// A brilliant failure proposed in plain mode: its own questions, references
/// and figures typed line by line (an empty line ends them), a figure citing
/// a reference that does not exist asked again; once approved, it reads with
/// its shape, figures and references.
#[test]
fn a_brilliant_failure_is_proposed_with_its_evidence_line_by_line() {
    let (forum, _dir) = demo(false);
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let tester = testkit::viewer(testkit::sign_up(&forum, "tester", 7).unwrap());
    let mut plain = session(&forum, tester.clone());
    typed(
        &mut plain,
        "submit<enter>5<enter>4<enter>Discharge hubs<enter>",
    );
    typed(
        &mut plain,
        "Kenya<enter>Two district hospitals<enter>2019-2021<enter>",
    );
    typed(
        &mut plain,
        "Hubs to follow patients home after discharge.<enter>",
    );
    typed(
        &mut plain,
        "Nurses called every patient within two days of discharge.<enter>",
    );
    typed(
        &mut plain,
        "Readmissions did not fall at all.<enter><enter>",
    );
    typed(&mut plain, "Fewer readmissions within a month.<enter>");
    typed(
        &mut plain,
        "Community teams were never told of discharges.<enter>",
    );
    typed(
        &mut plain,
        "Agree the handover with community teams first.<enter><enter>",
    );
    let second = flat(&typed(
        &mut plain,
        "District report, 2021 | https://example.org/report<enter>",
    ));
    assert!(
        second.contains("1 so far. The next, or an empty line"),
        "{second}"
    );
    let figures = flat(&typed(&mut plain, "<enter>"));
    assert!(figures.contains("Its figures, one per line"), "{figures}");
    typed(
        &mut plain,
        "Readmissions stayed at 18% [2] | one year only<enter><enter>",
    );
    // Contact, region, strategies, competencies, audiences, tags, community.
    typed(
        &mut plain,
        "<enter>1<enter>3<enter><enter><enter><enter>1<enter>",
    );
    let refused = flat(&typed(&mut plain, "send<enter>"));
    assert!(
        refused.contains("figure 1 cites [2], but there are 1 references"),
        "{refused}"
    );
    typed(
        &mut plain,
        "Readmissions stayed at 18% [1] | one year only<enter><enter>",
    );
    let sent = flat(&typed(&mut plain, "send<enter>"));
    assert!(sent.contains("sent"), "{sent}");
    let mine = forum.my_submissions(&tester).unwrap();
    let s = &mine[0];
    forum
        .decide(
            &amara,
            s.id,
            s.version,
            stoa::forum::Verdict::Approve,
            "Worth learning from.",
        )
        .unwrap();
    let entry = forum.entry(s.id.as_entry()).unwrap();
    let mut plain = session(&forum, tester);
    typed(&mut plain, "library<enter>");
    let shown = flat(&typed(&mut plain, "1<enter>"));
    assert!(shown.contains(&entry.title), "{shown}");
    for part in [
        "Setting: Two district hospitals.",
        "What was expected: Fewer readmissions within a month.",
        "What happened: Readmissions did not fall at all.",
        "Why: Community teams were never told of discharges.",
        "What others should do instead: Agree the handover",
        "Figures: - Readmissions stayed at 18% [1] (the source's caveat: one year only)",
        "References: 1. District report, 2021, https://example.org/report",
    ] {
        assert!(shown.contains(part), "{part} in {shown}");
    }
}

/// The framework's strategies in plain mode: the list, a strategy's page with
/// numbers that open its items, and the committee's coverage (members are
/// told it is the committee's).
#[test]
fn strategies_read_as_pages_and_the_committee_reads_the_coverage() {
    let (forum, _dir) = demo(true);
    // The first account is the admin: li is the second, a member.
    testkit::sign_up(&forum, "amara", 1).unwrap();
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let mut plain = session(&forum, li);
    let list = flat(&typed(&mut plain, "strategies<enter>"));
    assert!(
        list.contains("2. Strengthening governance and accountability"),
        "{list}"
    );
    assert!(!list.contains("coverage"), "{list}");
    let page = flat(&typed(&mut plain, "strategy 2<enter>"));
    assert!(
        page.contains("Communities: Governance and accountability."),
        "{page}"
    );
    assert!(
        page.contains(
            "Library resources, 4: 1. WHO document: [demo] Health systems for health security"
        ),
        "{page}"
    );
    assert!(
        page.contains("Open jobs, 2: 10. [demo] Fellowship in health systems leadership"),
        "{page}"
    );
    let opened = flat(&typed(&mut plain, "2<enter>"));
    assert!(opened.contains("Community scorecards"), "{opened}");
    // b goes back to the strategy's page it was opened from.
    let back = flat(&typed(&mut plain, "b<enter>"));
    assert!(back.contains("Library resources, 4:"), "{back}");
    let wrong = flat(&typed(&mut plain, "strategy 9<enter>"));
    assert!(wrong.contains("a number from 1 to 6"), "{wrong}");
    let refused = flat(&typed(&mut plain, "coverage<enter>"));
    assert!(refused.contains("Not shown"), "{refused}");

    let moses =
        stoa_core::forum::testing::member(&forum, "moses", 3, stoa::domain::Role::Moderator);
    let mut plain = session(&forum, testkit::viewer(moses));
    let coverage = flat(&typed(&mut plain, "coverage<enter>"));
    assert!(
        coverage.contains("Strengthening governance and accountability: Africa: none;"),
        "{coverage}"
    );
    assert!(coverage.contains("not yet assessed"), "{coverage}");
}

/// A poster corrects their approved job in plain mode: why first, then the
/// questions with their answers now (Enter keeps them); send saves at once.
#[test]
fn a_poster_corrects_an_approved_job_in_plain_mode() {
    let (forum, _dir) = demo(false);
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let s = forum
        .propose_job(&li, None, testkit::job_proposal("Data officer"), true)
        .unwrap();
    forum
        .decide(
            &amara,
            s.id,
            s.version,
            stoa::forum::Verdict::Approve,
            "Relevant.",
        )
        .unwrap();
    let mut plain = session(&forum, li);
    typed(&mut plain, "j<enter>1<enter>");
    let why = flat(&typed(&mut plain, "correct<enter>"));
    assert!(why.contains("What changed, and why"), "{why}");
    let next = flat(&typed(&mut plain, "The office moved to Kisumu.<enter>"));
    assert!(next.contains("(Now: 1. Enter keeps it.)"), "{next}");
    // Kind, title, organization kept; the location changed; the rest kept.
    typed(&mut plain, "<enter><enter><enter>Kisumu<enter>");
    for _ in 0..9 {
        typed(&mut plain, "<enter>");
    }
    let draft = flat(&typed(&mut plain, "draft<enter>"));
    assert!(draft.contains("A correction has no draft"), "{draft}");
    let done = flat(&typed(&mut plain, "send<enter>"));
    assert!(
        done.contains("Corrected: the change shows at once."),
        "{done}"
    );
    assert_eq!(forum.job(s.id.as_job()).unwrap().location, "Kisumu");
    assert!(
        forum
            .my_submissions(&testkit::viewer(forum.account("li").unwrap().unwrap()))
            .unwrap()
            .len()
            == 1
    );
}

/// Approving a practice from the queue in plain mode asks each criterion of
/// its level first; the answers open its level history.
#[test]
fn approving_a_practice_in_plain_mode_asks_each_criterion() {
    let (forum, _dir) = demo(false);
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let s = forum
        .propose_practice(
            &li,
            None,
            testkit::practice_proposal("Household visits", "primary-health-care"),
            true,
        )
        .unwrap();
    let mut plain = session(&forum, amara);
    typed(&mut plain, "queue<enter>1<enter>");
    let first = flat(&typed(&mut plain, "a<enter>"));
    assert!(
        first.contains("Emerging asks, criterion 1 of 2: tried in at least one setting."),
        "{first}"
    );
    typed(&mut plain, "yes<enter>");
    let why = flat(&typed(&mut plain, "no<enter>"));
    assert!(why.contains("Why? Type the reason"), "{why}");
    let done = flat(&typed(&mut plain, "Relevant to the network.<enter>"));
    assert!(done.contains("is now approved"), "{done}");
    let entry = forum.entry(s.id.as_entry()).unwrap();
    let stoa::domain::Shelf::Practice { levels, .. } = &entry.shelf else {
        panic!()
    };
    assert_eq!(
        stoa::domain::assessment_words(&levels[0].assessment),
        "tried in at least one setting: met; early results recorded, not yet evaluated: not met"
    );
}

#[test]
fn a_member_proposes_a_blog_post_and_reads_it_signed_once_approved() {
    let (forum, _dir) = demo(false);
    let tester = testkit::viewer(testkit::sign_up(&forum, "tester", 7).unwrap());
    let mut plain = session(&forum, tester.clone());
    let kinds = flat(&typed(&mut plain, "submit<enter>"));
    assert!(kinds.contains("6. news or a blog post"), "{kinds}");
    let asked = flat(&typed(&mut plain, "6<enter>"));
    assert!(asked.contains("Is it news, or a blog post"), "{asked}");
    typed(&mut plain, "2<enter>A year of home visits<enter>1<enter>");
    typed(
        &mut plain,
        "What our clinic learned from a year of home visits.<enter>What we would do again.<enter>",
    );
    let asked = flat(&typed(&mut plain, "<enter>"));
    assert!(asked.contains("That is all"), "{asked}");
    let sent = flat(&typed(&mut plain, "send<enter>"));
    assert!(
        sent.contains("sent: the editorial committee will review it"),
        "{sent}"
    );
    let mine = &forum.my_submissions(&tester).unwrap()[0];
    let stoa::domain::Item::News(p) = &mine.item else {
        panic!("{mine:?}")
    };
    assert_eq!(p.kind, stoa::domain::NewsKind::Blog);
    assert_eq!(p.region, Some(stoa::domain::Region::African));
    // Each line typed is a paragraph.
    assert_eq!(
        p.body,
        "What our clinic learned from a year of home visits.\n\nWhat we would do again."
    );

    let chair = testkit::viewer(stoa_core::forum::testing::member(
        &forum,
        "chair",
        8,
        stoa::domain::Role::Moderator,
    ));
    forum
        .decide(
            &chair,
            mine.id,
            mine.version,
            stoa::forum::Verdict::Approve,
            "Welcome.",
        )
        .unwrap();
    let news = flat(&typed(&mut plain, "news<enter>"));
    assert!(
        news.contains("A year of home visits (blog post by tester)"),
        "{news}"
    );
    let item = flat(&typed(&mut plain, "1<enter>"));
    assert!(item.contains(", blog post by tester."), "{item}");
    assert!(item.contains("What we would do again."), "{item}");

    // A draft taken up again shows each answer, paragraphs a line each.
    typed(
        &mut plain,
        "b<enter>submit<enter>6<enter>1<enter>Clinic hours<enter>7<enter>",
    );
    typed(
        &mut plain,
        "Open at eight.<enter>Closed on Sundays.<enter><enter>draft<enter>",
    );
    let draft = forum.my_submissions(&tester).unwrap()[0].id;
    let again = flat(&typed(
        &mut plain,
        &format!("resubmit {draft}<enter><enter><enter><enter>"),
    ));
    assert!(
        again.contains("(Now: Open at eight. Closed on Sundays. Enter keeps it.)"),
        "{again}"
    );
    typed(&mut plain, "<enter>send<enter>");
    let sent = &forum.my_submissions(&tester).unwrap()[0];
    let stoa::domain::Item::News(p) = &sent.item else {
        panic!("{sent:?}")
    };
    assert_eq!(
        p.body, "Open at eight.\n\nClosed on Sundays.",
        "kept as it was"
    );

    // The connection drops while the text is being typed: its lines are kept.
    typed(
        &mut plain,
        "submit<enter>6<enter>1<enter>Cut short<enter>7<enter>",
    );
    typed(&mut plain, "The first paragraph.<enter>");
    plain.keep_draft();
    let kept = &forum.my_submissions(&tester).unwrap()[0];
    let stoa::domain::Item::News(p) = &kept.item else {
        panic!("{kept:?}")
    };
    assert_eq!(
        (kept.title(), p.body.as_str()),
        ("Cut short", "The first paragraph.")
    );
}
