//! Reading like a forum member, on the full screen: What's new (latest and
//! unread across joined communities), reactions with who gave them, bookmarks
//! with a reminder day, a post's history, its author's page, and quoting
//! several posts into one reply.

use insta::assert_snapshot;
use stoa::forum::{NewThread, Viewer};
use stoa_core::domain::NoticeKind;
use stoa_core::testkit;

use crate::demo_world::{World, session, world};

const PLACE: &str = "primary-health-care";

fn amara(w: &World) -> Viewer {
    testkit::viewer(w.forum.account("amara").unwrap().unwrap())
}

/// A thread li can follow: amara's question (edited once) and moses's answer.
fn question(w: &World) -> stoa_core::domain::Thread {
    let amara = amara(w);
    w.forum.join(&w.li, PLACE).unwrap();
    let t = w
        .forum
        .start_thread(
            &amara,
            PLACE,
            NewThread {
                language: None,
                title: "Supervision checklists".into(),
                body: "Which checklist do you use?".into(),
            },
        )
        .unwrap();
    w.forum
        .edit_post(
            &amara,
            t.id.opening_post(),
            None,
            "Which supervision checklist do you use?",
        )
        .unwrap();
    w.forum
        .reply(&w.moses, t.id.opening_post(), "The district one, monthly.")
        .unwrap();
    t
}

#[test]
fn whats_new_lists_latest_and_unread_across_joined_communities() {
    let w = world();
    question(&w);
    let mut li = session(&w, &w.li, 2);
    li.keys("gw");
    let latest = li.screen();
    assert_snapshot!("whats_new_latest", latest);
    assert!(latest.contains("● Supervision checklists"), "{latest}");
    li.keys("<tab>");
    let unread = li.screen();
    assert!(unread.contains("Supervision checklists"), "{unread}");
    li.keys("<enter>");
    assert!(
        li.screen()
            .contains("Which supervision checklist do you use?")
    );
    li.keys("<esc>");
    let after = li.screen();
    assert!(
        !after.contains("Supervision checklists"),
        "read, it leaves Unread: {after}"
    );
    assert!(
        after.contains("Continuity of care"),
        "the demo's are still unread: {after}"
    );
}

#[test]
fn reactions_bookmarks_history_author_and_quotes_from_a_thread() {
    let w = world();
    let t = question(&w);
    let mut li = session(&w, &w.li, 2);
    li.resize(100, 30);
    li.keys("gw<enter><home>+");
    let form = li.screen();
    assert!(form.contains("React to post"), "{form}");
    assert!(form.contains("No reactions yet."), "{form}");
    li.keys("<c-s>");
    let thread = li.screen();
    assert!(
        thread.contains("thanks given: its author hears of it."),
        "{thread}"
    );
    assert!(thread.contains("[thanks 1]"), "{thread}");
    let told = w.forum.notifications(&amara(&w)).unwrap();
    assert_eq!(told[0].kind, NoticeKind::Reaction);
    assert!(
        told[0]
            .text
            .contains("thanked you for your post in \"Supervision checklists\"")
    );
    // Who reacted is listed; giving it again takes it back.
    li.keys("+");
    assert!(li.screen().contains("thanks 1: li"), "{}", li.screen());
    li.keys("<c-s>");
    assert!(!li.screen().contains("[thanks 1]"), "{}", li.screen());

    // History of the edited post.
    li.keys("H");
    let history = li.screen();
    assert_snapshot!("post_history", history);
    assert!(history.contains("1 version before this one"), "{history}");
    assert!(history.contains("Which checklist do you use?"), "{history}");
    li.keys("<esc>");

    // The author's page.
    li.keys("A");
    assert!(li.screen().contains("People: amara"), "{}", li.screen());
    li.keys("<esc>");

    // A bookmark, and a reminder day for it.
    li.keys("K");
    assert!(
        li.screen().contains("Bookmarked: g b lists"),
        "{}",
        li.screen()
    );
    li.keys("gb");
    let bookmarks = li.screen();
    assert!(
        bookmarks.contains("> Supervision checklists (post"),
        "{bookmarks}"
    );
    li.keys("e");
    li.paste("2026-12-01");
    li.keys("<c-s>");
    assert!(
        li.screen().contains("You will be reminded on 2026-12-01."),
        "{}",
        li.screen()
    );
    assert!(li.screen().contains("remind 2026-12-01"), "{}", li.screen());
    li.keys("e<c-u>");
    li.paste("soon");
    li.keys("<c-s>");
    assert!(li.screen().contains("is not a day"), "{}", li.screen());
    li.keys("<esc>y");

    // Two posts quoted into one reply.
    li.keys("<esc>");
    li.keys("gw<enter><home>Q<down>Q");
    assert!(li.screen().contains("2 posts to quote"), "{}", li.screen());
    li.keys("r");
    let composer = li.screen();
    assert!(composer.contains("> **amara"), "{composer}");
    assert!(
        composer.contains("> The district one, monthly."),
        "{composer}"
    );
    li.keys("Thank you both.<c-s>");
    let view = w.forum.read_thread(&w.li, t.id).unwrap();
    let reply = &view.posts.last().unwrap().post.body;
    assert!(
        reply.contains("> Which supervision checklist do you use?"),
        "{reply}"
    );
    assert!(reply.ends_with("Thank you both."), "{reply}");
}

#[test]
fn a_reminder_arrives_when_its_day_has_come() {
    let w = world();
    let t = question(&w);
    let today = w.forum.now().to_zoned(jiff::tz::TimeZone::UTC).date();
    w.forum
        .bookmark(&w.li, t.id.opening_post(), Some(today))
        .unwrap();
    let mut li = session(&w, &w.li, 2);
    let home = li.screen();
    assert!(home.contains("new (g !)"), "{home}");
    li.keys("g!");
    assert!(
        li.screen()
            .contains("Reminder: the post you bookmarked in \"Supervision checklists\""),
        "{}",
        li.screen()
    );
}

#[test]
fn threads_change_order_and_a_post_is_reached_by_its_place() {
    let w = world();
    let t = question(&w);
    for n in 2..=12 {
        w.forum
            .reply(&w.li, t.id.opening_post(), &format!("Answer number {n}."))
            .unwrap();
    }
    let mut li = session(&w, &w.li, 2);
    li.keys("gc<enter>");
    let before = |screen: &str, a: &str, b: &str| {
        screen.find(a).unwrap_or(usize::MAX) < screen.find(b).unwrap_or(0)
    };
    let activity = li.screen();
    assert!(
        before(&activity, "Supervision checklists", "Continuity of care"),
        "{activity}"
    );
    li.keys("O");
    let newest = li.screen();
    assert!(newest.contains("newest threads first"), "{newest}");
    li.keys("O");
    let replies = li.screen();
    assert!(replies.contains("most replies first"), "{replies}");
    assert!(
        before(&replies, "[pinned]", "Supervision checklists"),
        "pinned first: {replies}"
    );
    assert!(
        before(&replies, "Supervision checklists", "Continuity of care"),
        "{replies}"
    );
    // In the thread, # goes to a post by its place.
    li.keys("<down><enter><home>#");
    assert!(li.screen().contains("Go to post"), "{}", li.screen());
    li.paste("40");
    li.keys("<c-s>");
    assert!(
        li.screen().contains("a number from 1 to 13"),
        "{}",
        li.screen()
    );
    li.keys("<c-u>");
    li.paste("13");
    li.keys("<c-s>");
    let screen = li.screen();
    assert!(screen.contains("Answer number 12."), "{screen}");
    let selected = screen
        .lines()
        .skip_while(|l| !l.contains("> li display"))
        .nth(1)
        .unwrap_or_default()
        .to_string();
    assert!(selected.contains("Answer number 12."), "{screen}");
}
