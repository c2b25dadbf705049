//! Discussions as members see them: communities with their figures, thread lists,
//! reply trees, the composer and its drafts, and live updates between sessions.
//! Snapshots at 80×24 and 120×40 live in `tests/screens/snapshots/`.

use std::sync::Arc;

use insta::assert_snapshot;
use stoa::domain::Thread;
use stoa::forum::{Forum, NewThread, Viewer};
use stoa_core::testkit::{self, key};
use stoa_ui::tui::harness::Harness;

const CARE: &str = "care-workforce";

struct World {
    forum: Forum,
    _dir: tempfile::TempDir,
    amara: Viewer,
    li: Viewer,
}

/// The demo communities; amara (the first member, so admin) and li.
fn world() -> World {
    let dir = tempfile::tempdir().unwrap();
    let forum = testkit::forum(dir.path()).unwrap();
    stoa::demo::load_communities(&forum).unwrap();
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    World {
        forum,
        _dir: dir,
        amara,
        li,
    }
}

fn session(w: &World, who: &Viewer, seed: u8, width: u16, height: u16) -> Harness {
    Harness::new(
        w.forum.clone(),
        who.clone(),
        Some(key(seed).fingerprint()),
        width,
        height,
    )
}

fn start(w: &World, who: &Viewer, title: &str, body: &str) -> Thread {
    w.forum
        .start_thread(
            who,
            CARE,
            NewThread {
                language: None,
                title: title.into(),
                body: body.into(),
            },
        )
        .unwrap()
}

/// A thread three replies deep, with a deleted reply that has an answer.
fn tree(w: &World) -> Thread {
    let t = start(
        w,
        &w.amara,
        "Training community health workers in coordinated care",
        "We are starting a *six-month* programme for **120** workers.\n\nWhat worked for you?\n- mentoring\n- short modules",
    );
    let li1 = w
        .forum
        .reply(
            &w.li,
            t.id.opening_post(),
            "Peer mentoring, with `weekly` visits.",
        )
        .unwrap();
    let a2 = w
        .forum
        .reply(
            &w.amara,
            li1.id,
            "> weekly visits\n\nHow did you fund them?",
        )
        .unwrap();
    w.forum
        .reply(
            &w.li,
            a2.id,
            "From the district budget, see [the report](https://example.org/r).",
        )
        .unwrap();
    let gone = w
        .forum
        .reply(&w.li, t.id.opening_post(), "Posted by mistake")
        .unwrap();
    w.forum
        .reply(&w.amara, gone.id, "Answer to the deleted post stays.")
        .unwrap();
    w.forum.delete_post(&w.li, gone.id).unwrap();
    t
}

#[test]
fn communities_show_members_threads_and_unread() {
    let w = world();
    tree(&w);
    w.forum.join(&w.li, CARE).unwrap();
    w.forum.join(&w.amara, CARE).unwrap();
    let mut h = session(&w, &w.li, 2, 80, 24);
    h.keys("gc");
    let screen = h.screen();
    assert!(
        screen.contains("2 members · 1 thread · 1 unread"),
        "{screen}"
    );
    assert!(
        screen.contains("Coordinated care workforce  · joined"),
        "{screen}"
    );
    assert_snapshot!("communities_80x24", screen);
    h.resize(120, 40);
    assert_snapshot!("communities_120x40", h.screen());
}

#[test]
fn home_puts_your_communities_first_and_j_joins() {
    let w = world();
    let mut h = session(&w, &w.li, 2, 80, 24);
    h.keys("<down><down><down>J");
    let screen = h.screen();
    assert!(screen.contains("You joined Patient safety"), "{screen}");
    assert!(
        screen.contains("> • Patient safety"),
        "joined moves to the top: {screen}"
    );
    h.keys("J");
    assert!(h.screen().contains("You left Patient safety"));
}

#[test]
fn thread_list_pinned_first_then_latest_with_unread_marks() {
    let w = world();
    let pinned = start(
        &w,
        &w.amara,
        "Welcome: how this community works",
        "Read me.",
    );
    w.forum
        .store()
        .set_thread_flags(pinned.id, true, false)
        .unwrap();
    let old = start(&w, &w.amara, "Supervision checklists", "Share yours.");
    tree(&w);
    let locked = start(&w, &w.li, "Archived: 2025 survey", "Closed.");
    w.forum
        .store()
        .set_thread_flags(locked.id, false, true)
        .unwrap();
    w.forum
        .reply(&w.li, old.id.opening_post(), "Here is ours.")
        .unwrap();
    let mut h = session(&w, &w.li, 2, 80, 24);
    h.keys("<enter>");
    let screen = h.screen();
    let order: Vec<&str> = ["Welcome", "Supervision", "Archived", "Training"]
        .into_iter()
        .filter(|t| screen.contains(t))
        .collect();
    assert_eq!(order.len(), 4, "{screen}");
    let at = |s: &str| screen.find(s).unwrap();
    assert!(at("[pinned] Welcome") < at("Supervision"));
    assert!(at("Supervision") < at("[locked] Archived"));
    assert!(at("[locked] Archived") < at("Training"));
    assert!(
        screen.contains("● Training"),
        "amara's replies are unread for li: {screen}"
    );
    assert_snapshot!("thread_list_80x24", screen);
    h.resize(120, 40);
    assert_snapshot!("thread_list_120x40", h.screen());
    // u moves to the next thread with unread posts.
    h.keys("<home>u");
    assert!(h.screen().contains(">● Training"), "{}", h.screen());
    // A locked thread offers its members no reply key, its author included.
    h.keys("<home>jj<enter>");
    let inside = h.screen();
    assert!(inside.contains("Archived: 2025 survey"), "{inside}");
    assert!(inside.contains("e edit"), "{inside}");
    assert!(!inside.contains("r reply"), "{inside}");
    // Help lists every key offered here: no flag on one's own post.
    h.keys("?");
    let help = h.screen();
    assert!(help.contains("edit the selected post"), "{help}");
    assert!(!help.contains("flag the selected post"), "{help}");
}

#[test]
fn paging_through_hundreds_of_threads() {
    let w = world();
    for i in 0..300 {
        start(&w, &w.amara, &format!("Thread number {i:03}"), "body");
    }
    let mut h = session(&w, &w.li, 2, 80, 24);
    h.keys("<enter>");
    assert!(h.screen().contains(">● Thread number 299"));
    h.keys("<pgdn><pgdn>");
    let screen = h.screen();
    assert!(screen.contains(">● Thread number 2"), "{screen}");
    h.keys("<end>");
    assert!(h.screen().contains(">● Thread number 000"));
    h.keys("<enter>");
    assert_eq!(h.app.screen_title(), "Thread number 000");
}

#[test]
fn a_thread_reads_as_a_reply_tree_with_a_deleted_post() {
    let w = world();
    tree(&w);
    let mut h = session(&w, &w.li, 2, 80, 24);
    h.keys("<enter><enter>");
    let screen = h.screen();
    assert!(
        screen.contains("> amara display · Ministry of Health · just now"),
        "{screen}"
    );
    assert_snapshot!("thread_tree_80x24", screen);
    h.keys("<end>");
    let end = h.screen();
    assert!(end.contains("[deleted] · just now"), "{end}");
    assert!(end.contains("Answer to the deleted post stays."), "{end}");
    assert!(!end.contains("Posted by mistake"), "{end}");
    assert_snapshot!("thread_tree_end_80x24", end);
    h.resize(120, 40);
    h.keys("<home>");
    assert_snapshot!("thread_tree_120x40", h.screen());
}

/// Members reading the same thread hold one copy of its posts (issue 19), and
/// never a copy made for another reader: a post the committee hid is shown in
/// full to the committee only, and an edited post is read as it is now.
#[test]
fn readers_share_a_threads_posts_only_as_each_may_see_them() {
    let w = world();
    let t = tree(&w);
    let spam = w
        .forum
        .reply(&w.li, t.id.opening_post(), "Visit my shop.")
        .unwrap();
    w.forum.hide_post(&w.amara, spam.id, "Spam.").unwrap();
    let committee = w.forum.read_thread(&w.amara, t.id).unwrap();
    let member = w.forum.read_thread(&w.li, t.id).unwrap();
    assert_eq!(committee.posts.len(), member.posts.len());
    for (a, b) in committee.posts.iter().zip(&member.posts) {
        if a.post.id == spam.id {
            assert_eq!(a.post.body, "Visit my shop.");
            assert_eq!(b.post.body, "");
        } else {
            assert!(Arc::ptr_eq(&a.post, &b.post), "post {}", a.post.id);
        }
    }
    w.forum
        .edit_post(
            &w.amara,
            t.id.opening_post(),
            None,
            "We are starting a programme.",
        )
        .unwrap();
    let after = w.forum.read_thread(&w.li, t.id).unwrap();
    assert_eq!(after.posts[0].post.body, "We are starting a programme.");
    assert!(Arc::ptr_eq(&after.posts[1].post, &member.posts[1].post));
}

#[test]
fn indentation_shows_who_answered_whom() {
    let w = world();
    tree(&w);
    let mut h = session(&w, &w.li, 2, 120, 40);
    h.keys("<enter><enter>");
    let screen = h.screen();
    let indent = |s: &str| {
        let line = screen.lines().find(|l| l.contains(s)).unwrap();
        line.len() - line.trim_start().len()
    };
    assert!(indent("Peer mentoring") > indent("What worked for you?"));
    assert!(indent("How did you fund them?") > indent("Peer mentoring"));
    assert!(indent("From the district budget") > indent("How did you fund them?"));
    assert!(screen.contains("See") || screen.contains("the report (https://example.org/r)"));
}

#[test]
fn u_jumps_to_unread_posts_and_opening_marks_the_thread_read() {
    let w = world();
    let t = start(&w, &w.amara, "Question", "Anyone?");
    let mut li = session(&w, &w.li, 2, 80, 24);
    li.keys("<enter><enter>");
    li.keys("<esc><esc>");
    w.forum
        .reply(&w.amara, t.id.opening_post(), "Follow-up one")
        .unwrap();
    w.forum
        .reply(&w.amara, t.id.opening_post(), "Follow-up two")
        .unwrap();
    let home = li.screen();
    assert!(home.contains("1 new"), "{home}");
    li.keys("<enter><enter>u");
    let screen = li.screen();
    assert!(
        screen.contains("> amara display · Ministry of Health · just now · new"),
        "{screen}"
    );
    assert!(screen.contains("Follow-up one"));
    li.keys("u");
    li.keys("u");
    assert!(
        li.screen().contains("No unread posts left"),
        "{}",
        li.screen()
    );
    li.keys("<esc><esc>");
    assert!(!li.screen().contains("1 new"), "reading cleared the count");
}

#[test]
fn deep_replies_fold_and_enter_unfolds_them() {
    let w = world();
    let t = start(&w, &w.amara, "Deep", "Level 0");
    let mut parent = t.id.opening_post();
    for depth in 1..=8 {
        let who = if depth % 2 == 0 { &w.amara } else { &w.li };
        parent = w
            .forum
            .reply(who, parent, &format!("Level {depth}"))
            .unwrap()
            .id;
    }
    // A reader who has not been in the thread: it opens at its top.
    let ben = testkit::viewer(testkit::sign_up(&w.forum, "ben", 5).unwrap());
    let mut h = session(&w, &ben, 5, 80, 40);
    h.keys("<enter><enter>");
    let screen = h.screen();
    assert!(screen.contains("Level 5"), "{screen}");
    assert!(!screen.contains("Level 6"), "{screen}");
    assert!(screen.contains("[+] 3 replies folded"), "{screen}");
    h.keys("<end><enter>");
    let screen = h.screen();
    assert!(screen.contains("Level 8"), "{screen}");
    h.keys("<home><enter>");
    let screen = h.screen();
    assert!(screen.contains("[+] 8 replies folded"), "{screen}");
    assert!(!screen.contains("Level 1"), "{screen}");
}

#[test]
fn starting_a_thread_from_the_composer() {
    let w = world();
    let mut h = session(&w, &w.li, 2, 80, 24);
    h.keys("<enter>n");
    assert_eq!(
        h.app.screen_title(),
        "New thread in Coordinated care workforce"
    );
    h.keys("ab<tab><c-s>");
    let screen = h.screen();
    assert!(screen.contains("at least 3 characters"), "{screen}");
    assert!(screen.contains("empty posts are not sent"), "{screen}");
    assert_snapshot!("composer_errors_80x24", screen);
    h.resize(120, 40);
    assert_snapshot!("composer_errors_120x40", h.screen());
    // The errors put the focus on the title, and what was typed is still there.
    h.keys("c handover notes<tab>Line one<enter>Line *two*<c-s>");
    assert_eq!(h.app.screen_title(), "abc handover notes");
    let screen = h.screen();
    assert!(screen.contains("Thread started."), "{screen}");
    assert!(screen.contains("Line two"), "{screen}");
}

#[test]
fn the_editor_takes_long_pastes_and_undoes() {
    let w = world();
    let mut h = session(&w, &w.li, 2, 80, 24);
    h.keys("<enter>nPasted<tab>");
    let long = "word ".repeat(2_000);
    let pasted = format!("{long}\n\x1b[2Jsecond paragraph");
    h.paste(&pasted);
    h.keys("<c-z>");
    assert!(
        !h.screen().contains("second paragraph"),
        "undo takes a paste back whole"
    );
    h.paste(&pasted);
    h.keys("x<c-z>");
    h.keys("<c-s>");
    let screen = h.screen();
    assert!(screen.contains("Thread started."), "{screen}");
    let thread = w.forum.threads(&w.li, CARE).unwrap().remove(0).thread;
    let view = w.forum.read_thread(&w.li, thread.id).unwrap();
    let body = &view.posts[0].post.body;
    assert!(body.starts_with("word word"), "{body:?}");
    assert!(body.ends_with("[2Jsecond paragraph"), "{body:?}");
    assert!(!body.ends_with('x'), "undo took the typing back");
}

#[test]
fn replying_quotes_the_post_and_selects_the_new_reply() {
    let w = world();
    tree(&w);
    let mut h = session(&w, &w.li, 2, 80, 24);
    h.keys("<enter><enter><home>jjr");
    let screen = h.screen();
    assert!(screen.contains("amara display wrote:"), "{screen}");
    assert!(screen.contains("│ │ weekly visits"), "{screen}");
    assert_snapshot!("reply_composer_80x24", screen);
    h.keys("Mostly the district, some from partners.<c-s>");
    let screen = h.screen();
    assert!(screen.contains("Reply posted."), "{screen}");
    assert!(
        screen.contains("> li display · Ministry of Health · just now"),
        "the new reply is selected: {screen}"
    );
    assert!(screen.contains("Mostly the district"), "{screen}");
}

#[test]
fn editing_keeps_history_and_marks_the_post_edited() {
    let w = world();
    tree(&w);
    let mut h = session(&w, &w.li, 2, 80, 24);
    h.keys("<enter><enter><home>e");
    assert!(h.screen().contains("You can edit only your own posts."));
    h.keys("je");
    assert_eq!(h.app.screen_title(), "Edit your post");
    assert!(h.screen().contains("Peer mentoring, with `weekly` visits."));
    h.keys("<end> And a WhatsApp group.<c-s>");
    let screen = h.screen();
    assert!(screen.contains("Post edited"), "{screen}");
    assert!(screen.contains("just now · edited"), "{screen}");
    assert!(screen.contains("And a WhatsApp group."), "{screen}");
}

#[test]
fn deleting_asks_first_and_leaves_the_replies() {
    let w = world();
    tree(&w);
    let mut h = session(&w, &w.li, 2, 80, 24);
    h.keys("<enter><enter><home>jd");
    assert!(h.screen().contains("Delete your post?"));
    h.keys("n");
    assert!(h.screen().contains("Peer mentoring"));
    h.keys("dy");
    let screen = h.screen();
    assert!(screen.contains("Post deleted"), "{screen}");
    assert!(screen.contains("> [deleted] · just now"), "{screen}");
    assert!(screen.contains("How did you fund them?"), "{screen}");
}

#[test]
fn guests_read_but_are_told_to_sign_up_to_take_part() {
    let w = world();
    tree(&w);
    let guest = Viewer::Guest { key: Some(key(9)) };
    let mut h = session(&w, &guest, 9, 80, 24);
    h.keys("<enter>n");
    assert!(
        h.screen().contains("Sign up to start threads"),
        "{}",
        h.screen()
    );
    h.keys("<enter>r");
    assert!(h.screen().contains("Sign up to reply"), "{}", h.screen());
    assert!(h.screen().contains("Peer mentoring"));
}

#[test]
fn a_new_thread_appears_live_in_another_session() {
    let w = world();
    let mut li = session(&w, &w.li, 2, 80, 24);
    li.keys("<enter>");
    assert!(li.screen().contains("No threads yet"));
    let mut amara = session(&w, &w.amara, 1, 80, 24);
    amara.keys("<enter>nLive from the field<tab>Posted while li watches.<c-s>");
    let screen = li.screen();
    assert!(screen.contains("● Live from the field"), "{screen}");
    assert!(screen.contains("1 unread"), "{screen}");
    li.keys("<enter>");
    amara.keys("rA reply li sees arrive.<c-s>");
    let screen = li.screen();
    assert!(screen.contains("A reply li sees arrive."), "{screen}");
}

#[test]
fn a_draft_survives_a_dropped_connection() {
    let w = world();
    let mut h = session(&w, &w.li, 2, 80, 24);
    h.keys("<enter>nHalf a thought<tab>I was writing this when the");
    h.disconnect();
    let mut again = session(&w, &w.li, 2, 80, 24);
    again.keys("<enter>n");
    let screen = again.screen();
    assert!(
        screen.contains("Your draft from just now is back"),
        "{screen}"
    );
    assert!(screen.contains("Half a thought"), "{screen}");
    assert!(screen.contains("I was writing this when the"), "{screen}");
    again.keys(" link dropped.<c-s>");
    assert!(again.screen().contains("Thread started."));
    assert!(
        w.forum
            .draft(&w.li, &stoa::domain::DraftPlace::NewThread(CARE.into()))
            .unwrap()
            .is_none(),
        "posting used the draft up"
    );
}

#[test]
fn esc_asks_before_discarding_a_draft() {
    let w = world();
    let mut h = session(&w, &w.li, 2, 80, 24);
    h.keys("<enter>n<esc>");
    assert_eq!(
        h.app.screen_title(),
        "Coordinated care workforce",
        "empty: straight out"
    );
    h.keys("nSomething<esc>");
    let screen = h.screen();
    assert!(screen.contains("Leave the composer?"), "{screen}");
    // The terminal's cursor is on the question's keys, not in the field below.
    let (_, row) = h.cursor().expect("a cursor");
    let on = screen.lines().nth(usize::from(row)).unwrap_or_default();
    assert!(
        on.contains("Ctrl-D keep draft"),
        "row {row}: {on:?}\n{screen}"
    );
    assert_snapshot!("leave_composer_80x24", screen);
    h.keys("<esc>");
    assert_eq!(
        h.app.screen_title(),
        "New thread in Coordinated care workforce"
    );
    h.keys("<esc><c-d>");
    assert_eq!(h.app.screen_title(), "Coordinated care workforce");
    h.keys("n");
    assert!(h.screen().contains("Something"), "kept");
    h.keys(" more<esc>x");
    h.keys("n");
    assert!(!h.screen().contains("Something"), "discarded");
    // A restored draft, untouched: Esc still asks, as the line above it says,
    // so it can be thrown away without typing into it first.
    h.keys("Kept for later<esc><c-d>n");
    assert!(h.screen().contains("Kept for later"));
    h.keys("<esc>");
    assert!(h.screen().contains("Leave the composer?"), "{}", h.screen());
    h.keys("x");
    h.keys("n");
    assert!(!h.screen().contains("Kept for later"), "{}", h.screen());
}

#[test]
fn hostile_text_in_threads_never_reaches_the_terminal() {
    let w = world();
    let t = start(&w, &w.amara, "Placeholder", "x");
    // Straight into the store, as if an older version or a bug had let it through:
    // the screens must be safe on their own.
    let hostile = "\x1b]0;pwned\x07\x1b[2J\x1b[10;10H\x1b[201~\u{9b}31m\u{202e}evil\u{200b}東京👩🏽‍⚕️";
    w.forum
        .store()
        .update_post::<()>(t.id.opening_post(), None, |post, thread| {
            thread.title = format!("Title {hostile}");
            post.body = format!("Body {hostile}\nline two");
            Ok(())
        })
        .unwrap();
    for (width, height) in [(80, 24), (120, 40), (41, 10)] {
        let mut h = session(&w, &w.li, 2, width, height);
        h.keys("<enter>");
        let list = h.screen();
        h.keys("<enter>");
        let thread = h.screen();
        for screen in [list, thread] {
            assert!(
                !screen.chars().any(|c| c.is_control() && c != '\n'),
                "{screen:?}"
            );
            assert!(!screen.contains('\u{202e}'));
        }
    }
    let mut h = session(&w, &w.li, 2, 80, 24);
    h.keys("<enter><enter>");
    let screen = h.screen();
    assert!(
        screen.contains("Body ]0;pwned[2J[10;10H[201~31mevil"),
        "{screen}"
    );
}

#[test]
fn a_member_muted_while_reading_is_told_why_before_writing() {
    let w = world();
    let t = start(&w, &w.amara, "Rotas", "Who covers nights?");
    let mut h = session(&w, &w.li, 2, 80, 24);
    h.keys("gc<enter>");
    w.forum
        .sanction(
            &w.amara,
            "li",
            stoa::domain::SanctionKind::Muted,
            None,
            "three off-topic threads this week",
        )
        .unwrap();
    h.pump();
    h.keys("n");
    let screen = h.screen();
    assert!(
        screen.contains("Muted until the committee lifts it: three off-topic threads this week"),
        "{screen}"
    );
    assert!(!screen.contains("New thread in"), "{screen}");
    assert_snapshot!("muted_member_presses_n_80x24", screen);
    // Inside the thread, r is refused the same way.
    h.keys("<enter>r");
    let screen = h.screen();
    assert!(screen.contains(&t.title), "{screen}");
    assert!(
        screen.contains("Muted until the committee lifts it"),
        "{screen}"
    );
}

#[test]
fn the_next_session_opens_where_the_last_one_ended() {
    let w = world();
    let t = tree(&w);
    let mut h = session(&w, &w.li, 2, 80, 24);
    // In the thread, on its third post.
    h.keys("gc<enter><enter><home><down><down>");
    let before = h.screen();
    assert!(before.contains("1 new (g !)"), "{before}");
    h.disconnect();
    let li = testkit::viewer(w.forum.account("li").unwrap().unwrap());
    let mut again = session(&w, &li, 2, 80, 24);
    assert_eq!(again.app.screen_title(), t.title);
    // The same place, the same post selected; what was drawn then is read now.
    let after = again.screen();
    // The same post selected.
    let selected = "> amara display · Ministry of Health · just now\n       │ weekly visits";
    assert!(before.contains(selected), "{before}");
    assert!(after.contains(selected), "{after}");
    // What was drawn then is read now.
    assert!(!after.contains("new (u)"), "{after}");
    // Esc goes back the way a member would have come: the thread list, home.
    again.keys("<esc>");
    assert!(again.screen().contains("Started by"));
    again.keys("<esc>");
    assert!(again.screen().contains("Welcome"));

    // Writing a reply when the connection dropped: the composer, the draft in it.
    again.keys("gc<enter><enter>rHalf a thought");
    again.disconnect();
    let mut third = session(&w, &li, 2, 80, 24);
    let screen = third.screen();
    assert!(screen.contains("Reply to"), "{screen}");
    assert!(screen.contains("Half a thought"), "{screen}");
    // A thread deleted in between: home instead.
    third.keys("<esc>x");
    third.disconnect();
    w.forum
        .store()
        .put_last_place(
            "li",
            &stoa::domain::LastPlace::Thread {
                id: stoa::domain::ThreadId(999),
                post: stoa::domain::PostId(999),
            },
        )
        .unwrap();
    let mut fourth = session(&w, &li, 2, 80, 24);
    assert!(fourth.screen().contains("Welcome"));
}

/// A member is offered `e edit` and `d delete` only on a post they may change:
/// their own. On someone else's the keys are not in the footer, and pressing
/// them says why rather than opening anything.
#[test]
fn edit_and_delete_are_offered_only_on_ones_own_posts() {
    let w = world();
    let thread = start(&w, &w.amara, "Rosters", "Who covers nights?");
    w.forum
        .reply(&w.li, thread.id.opening_post(), "I do, on Tuesdays.")
        .unwrap();
    let mut li = session(&w, &w.li, 2, 80, 24);
    li.keys("gc<enter><enter>");
    // The opening post, amara's, is selected.
    let theirs = li.screen();
    let footer = theirs.lines().last().unwrap_or_default().to_string();
    assert!(
        !footer.contains("e edit") && !footer.contains("d delete"),
        "{theirs}"
    );
    assert!(
        footer.contains("r reply") && footer.contains("? help"),
        "{theirs}"
    );
    li.keys("e");
    assert!(!li.screen().contains("Edit your post"), "{}", li.screen());
    // Down to li's own reply: now they are offered.
    li.keys("j");
    let mine = li.screen();
    let footer = mine.lines().last().unwrap_or_default().to_string();
    assert!(
        footer.contains("e edit") && footer.contains("d delete"),
        "{mine}"
    );
}

/// After the terminal shrinks, the selected post is still on screen, marked:
/// `r` answers the post the member sees.
#[test]
fn the_selected_post_stays_on_screen_when_the_terminal_shrinks() {
    let w = world();
    let long = "A paragraph about rosters that takes a few lines on a narrow screen. ".repeat(4);
    let thread = start(&w, &w.amara, "Rosters", &long);
    for n in 0..6 {
        w.forum
            .reply(
                &w.amara,
                thread.id.opening_post(),
                &format!("Reply {n}: {long}"),
            )
            .unwrap();
    }
    let mut li = session(&w, &w.li, 2, 80, 24);
    li.keys("gc<enter><enter>jjjjj");
    assert!(li.screen().contains("> "), "{}", li.screen());
    li.resize(40, 12);
    let narrow = li.screen();
    assert!(
        narrow.lines().any(|l| l.trim_start().starts_with("> ")),
        "the selected post's header is on screen:\n{narrow}"
    );
}

/// A post's header shows a long organisation whole on a wide screen, and cut
/// to fit at 80 columns.
#[test]
fn a_long_organisation_shows_whole_where_there_is_room() {
    let w = world();
    let org = "Example Institute of Local Governance and Community Health (fictional)";
    w.forum
        .store()
        .update_account::<()>("amara", |a| {
            a.organization = org.into();
            Ok(())
        })
        .unwrap();
    start(&w, &w.amara, "Rosters", "Who covers nights?");
    let mut wide = session(&w, &w.li, 2, 200, 30);
    wide.keys("gc<enter><enter>");
    assert!(wide.screen().contains(org), "{}", wide.screen());
    let mut narrow = session(&w, &w.li, 2, 80, 24);
    narrow.keys("gc<enter><enter>");
    assert!(!narrow.screen().contains(org), "{}", narrow.screen());
    assert!(
        narrow.screen().contains("Example Institute"),
        "{}",
        narrow.screen()
    );
}

/// Read position per post: a member who read half a long thread comes back to
/// the first post they did not see, and the counts say how many are left.
#[test]
fn a_half_read_thread_opens_at_the_first_post_not_seen() {
    let w = world();
    let t = start(&w, &w.amara, "Long thread", "Opening post.");
    for n in 1..=20 {
        w.forum
            .reply(&w.amara, t.id.opening_post(), &format!("Reply number {n}."))
            .unwrap();
    }
    let mut li = session(&w, &w.li, 2, 80, 24);
    li.keys("<enter><enter>");
    let first = li.screen();
    assert!(first.contains("Reply number 1."), "{first}");
    assert!(!first.contains("Reply number 9."), "{first}");
    li.disconnect();
    // The thread list counts what is left.
    let threads = w.forum.threads(&w.li, CARE).unwrap();
    let left = threads[0].new_posts;
    assert!((12..=18).contains(&left), "{left} new posts left");
    let mut again = session(&w, &w.li, 2, 80, 24);
    again.keys("<esc><esc>gc<enter><enter>");
    let back = again.screen();
    // The first post not seen is selected, at the top, to read on from.
    let selected = back.lines().nth(2).unwrap_or_default().to_string();
    assert!(
        back.lines()
            .nth(1)
            .unwrap_or_default()
            .contains("> amara display"),
        "{back}"
    );
    let shown_last = (1..=20)
        .filter(|n| first.contains(&format!("Reply number {n}.")))
        .max()
        .unwrap();
    assert!(
        selected.contains(&format!("Reply number {}.", shown_last + 1)),
        "the first post not seen is selected: {back}"
    );
    again.keys("<home>");
    assert!(
        again
            .screen()
            .contains(&format!("21 posts, {left} new (u)")),
        "{}",
        again.screen()
    );
    // Read to the end a screen at a time, nothing is left.
    for _ in 0..10 {
        again.keys("<pgdn>");
        again.screen();
    }
    again.keys("<esc>");
    assert_eq!(w.forum.threads(&w.li, CARE).unwrap()[0].new_posts, 0);
}
