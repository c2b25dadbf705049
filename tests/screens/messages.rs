//! Private conversations on the full screen, driven by keys: the list (`g d`),
//! writing a new conversation, a conversation arriving live in another session
//! with the header's count, answering, reporting and blocking, drafts kept on a
//! dropped connection, and the screens at 40×12, 80×24 and 200×50, in ASCII and
//! monochrome.

use insta::assert_snapshot;
use stoa::forum::Viewer;
use stoa_core::testkit;

use crate::demo_world::{World, session, world};

fn amara(w: &World) -> Viewer {
    testkit::viewer(w.forum.account("amara").unwrap().unwrap())
}

#[test]
fn a_conversation_between_two_sessions_arrives_live_and_is_answered() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    let mut moses = session(&w, &w.moses, 3);
    li.keys("gd");
    let empty = li.screen();
    assert_snapshot!("messages_empty", empty);
    assert!(empty.contains("No conversations yet."), "{empty}");
    li.keys("n");
    li.paste("moses");
    li.keys("<tab>");
    li.paste("Supervision visits");
    li.keys("<tab>");
    li.paste("Could we compare checklists before Friday?");
    let composing = li.screen();
    assert_snapshot!("messages_new_conversation", composing);
    li.keys("<c-s>");
    let sent = li.screen();
    assert_snapshot!("messages_conversation", sent);
    assert!(
        sent.contains("Message sent: only those in the conversation read it."),
        "{sent}"
    );
    assert!(sent.contains("With li and moses"), "{sent}");

    // Live on the other side: the header counts it, a bell rings.
    let home = moses.screen();
    assert!(home.contains("1 msg (g d)"), "{home}");
    assert!(moses.bell());
    moses.keys("gd");
    let list = moses.screen();
    assert_snapshot!("messages_list", list);
    assert!(list.contains(">● li: Supervision visits"), "{list}");
    moses.keys("<enter>");
    assert!(!moses.screen().contains("msg (g d)"), "read on opening");
    moses.keys("r");
    assert!(
        moses.screen().contains("Message to li"),
        "{}",
        moses.screen()
    );
    moses.paste("Yes: Thursday at ten.");
    moses.keys("<c-s>");
    let sent = moses.screen();
    assert!(sent.contains("Message sent."), "{sent}");
    let own = sent
        .lines()
        .find(|l| l.contains("#2 moses"))
        .unwrap_or_default();
    assert!(
        !own.contains("new"),
        "one's own message is not new to one: {own}"
    );
    // li sees the answer without a key.
    let answered = li.screen();
    assert!(answered.contains("#2 moses"), "{answered}");
    assert!(answered.contains("Yes: Thursday at ten."), "{answered}");
    // F finds words in one's own conversations.
    moses.keys("<esc>F");
    moses.paste("thursday");
    assert!(
        moses.screen().contains("Find: thursday_"),
        "{}",
        moses.screen()
    );
    moses.keys("<enter>");
    let found = moses.screen();
    assert!(found.contains("1 message for \"thursday\""), "{found}");
    assert!(found.contains("Yes: Thursday at ten."), "{found}");
    moses.keys("<enter>");
    assert!(
        moses.screen().contains("With li and moses"),
        "{}",
        moses.screen()
    );
    moses.keys("<esc><esc>");
    assert!(
        moses.screen().contains("li: Supervision visits"),
        "{}",
        moses.screen()
    );
}

#[test]
fn the_committee_is_written_to_as_a_group_and_signs_its_answers() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    li.keys("gdn");
    li.paste("committee");
    li.keys("<tab><tab>");
    li.paste("Why was my post hidden?");
    li.keys("<c-s>");
    assert!(
        li.screen().contains("With li and the committee"),
        "{}",
        li.screen()
    );
    // Both committee members have it; a moderator answers for the committee.
    let mut amara = session(&w, &amara(&w), 1);
    assert!(amara.screen().contains("1 msg (g d)"), "{}", amara.screen());
    let mut moses = session(&w, &w.moses, 3);
    moses.keys("gd<enter>r");
    moses.paste("It named a patient; edit it and we restore it.");
    moses.keys("<c-s>");
    let thread = li.screen();
    assert!(thread.contains("editorial committee (moses)"), "{thread}");
}

#[test]
fn a_message_is_reported_and_its_author_blocked_from_the_conversation() {
    let w = world();
    let amara = amara(&w);
    let (c, _) = w
        .forum
        .start_conversation(&amara, &["li".to_string()], "", "Send me your password.")
        .unwrap();
    let mut li = session(&w, &w.li, 2);
    li.keys("gd<enter>f");
    let form = li.screen();
    assert!(form.contains("Report a message"), "{form}");
    assert!(form.contains("nothing else of the conversation"), "{form}");
    li.paste("asks for a password");
    li.keys("<c-s>");
    assert!(
        li.screen()
            .contains("Reported: the committee answers in conversation"),
        "{}",
        li.screen()
    );
    let mut moses = session(&w, &w.moses, 3);
    moses.keys("gd<enter>");
    let report = moses.screen();
    assert_snapshot!("messages_report", report);
    assert!(
        report.contains("Reported: message #1 from amara"),
        "{report}"
    );
    assert!(report.contains("│ Send me your password."), "{report}");
    // Blocking from the conversation: amara can no longer write to li.
    li.keys("<esc><esc>");
    li.keys("gd");
    let list = li.screen();
    assert!(list.contains("amara"), "{list}");
    li.keys("<down><enter>B");
    assert!(li.screen().contains("Blocked amara"), "{}", li.screen());
    let refused = w.forum.write_message(&amara, c.id, "hello?").unwrap_err();
    assert_eq!(refused.to_string(), "li does not take messages from you");
    // amara's session is told before she types.
    let mut her = session(&w, &amara, 1);
    // The report to the committee comes first in her list (she sits on it).
    her.keys("gd<down><enter>r");
    assert!(
        her.screen().contains("li does not take messages from you"),
        "{}",
        her.screen()
    );
    her.keys("<esc><esc><esc>");
    li.keys("B");
    assert!(
        li.screen().contains("amara can reach you again."),
        "{}",
        li.screen()
    );
}

#[test]
fn a_members_page_writes_to_them_and_a_draft_survives_a_dropped_connection() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    li.keys("gp");
    li.keys("/");
    li.keys("<esc>");
    li.keys("<esc>");
    // Straight to moses's page, as a notification or search would open it.
    let mut li = session(&w, &w.li, 2);
    li.keys("/moses<enter>");
    let found = li.screen();
    assert!(found.contains("Members ("), "{found}");
    // The first member found is selected after the other groups: go to it.
    li.keys("<bottom><enter>");
    let page = li.screen();
    assert!(page.contains("D message"), "{page}");
    li.keys("D");
    let composer = li.screen();
    assert!(composer.contains("New private conversation"), "{composer}");
    assert!(composer.contains("moses"), "{composer}");
    li.paste("A half-written thought");
    li.disconnect();
    // The next session opens where this one ended, with the draft.
    let mut again = session(&w, &w.li, 2);
    let back = again.screen();
    assert!(back.contains("is back"), "{back}");
    assert!(back.contains("A half-written thought"), "{back}");
}

#[test]
fn the_messages_screens_draw_at_any_size_in_ascii_and_monochrome() {
    let w = world();
    let amara = amara(&w);
    let (c, _) = w
        .forum
        .start_conversation(
            &amara,
            &["li".to_string(), "moses".to_string()],
            "Supervision — naïve questions",
            &"A long first message that wraps over several lines. ".repeat(20),
        )
        .unwrap();
    for n in 0..30 {
        w.forum
            .write_message(&w.li, c.id, &format!("Reply number {n}."))
            .unwrap();
    }
    let mut li = session(&w, &w.li, 2);
    li.resize(200, 50).keys("gd");
    assert_snapshot!("messages_list_200x50", li.screen());
    li.keys("<enter>");
    assert_snapshot!("messages_conversation_200x50", li.screen());
    for (width, height) in [(40, 12), (1, 1), (0, 0), (80, 24)] {
        li.resize(width, height);
        li.screen();
        li.keys("<up><pgdn><pgup>o");
        li.screen();
    }
    let mut ascii = session(&w, &w.li, 2).with_ascii();
    ascii.keys("gd<enter>");
    let screen = ascii.screen();
    assert!(screen.is_ascii(), "{screen}");
    let mut mono = session(&w, &w.li, 2).with_theme(stoa_present::theme::Theme::monochrome());
    mono.keys("gd");
    assert!(mono.coloured_cells().is_empty());
    assert!(
        mono.reversed_text().contains("amara and moses"),
        "{}",
        mono.reversed_text()
    );
}

#[test]
fn a_message_longer_than_the_screen_scrolls_and_earlier_ones_fill_it() {
    let w = world();
    let amara = amara(&w);
    let long: String = (1..=60)
        .map(|n| format!("Line {n} of the long message.\n\n"))
        .collect();
    let (c, _) = w
        .forum
        .start_conversation(&amara, &["li".to_string()], "Long", "A short first one.")
        .unwrap();
    w.forum.write_message(&amara, c.id, &long).unwrap();
    w.forum
        .write_message(&amara, c.id, "A short last one.")
        .unwrap();
    let mut li = session(&w, &w.li, 2);
    li.keys("gd<enter>");
    // Opened at the first message not read: the short first one, with the
    // long one after it.
    let opened = li.screen();
    assert!(opened.contains("> #1 amara"), "{opened}");
    assert!(opened.contains("Line 1 of the long message."), "{opened}");
    li.keys("<down>");
    let top = li.screen();
    assert!(top.contains("> #2 amara"), "{top}");
    assert!(!top.contains("Line 30 of"), "{top}");
    li.keys("<pgdn><pgdn>");
    let scrolled = li.screen();
    assert!(
        (15..=40).any(|n| scrolled.contains(&format!("Line {n} of"))),
        "a screen a page: {scrolled}"
    );
    assert!(
        !scrolled.contains("> #2 amara"),
        "scrolled past its heading: {scrolled}"
    );
    // The last one selected: the screen is full of what came before it.
    li.keys("<down>");
    let last = li.screen();
    assert!(last.contains("> #3 amara"), "{last}");
    assert!(last.contains("Line 60 of the long message."), "{last}");
    // Home and End go to the first and the last message.
    li.keys("<home>");
    assert!(li.screen().contains("> #1 amara"), "{}", li.screen());
    li.keys("<end>");
    assert!(li.screen().contains("> #3 amara"), "{}", li.screen());
}
