//! Private conversations in plain mode: listing, reading, writing (kept as a
//! draft on a dropped connection), the committee, reporting, blocking, search.

use stoa_core::testkit;

use crate::plain::{demo, fits, flat, session, typed};

#[test]
fn a_member_writes_reads_and_answers_privately_by_typing_lines() {
    let (forum, _dir) = demo(false);
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let mut a = session(&forum, amara.clone());
    let empty = typed(&mut a, "messages<enter>");
    assert!(
        flat(&empty).contains("Your private conversations, 0, 0 unread: None yet."),
        "{empty}"
    );
    let out = typed(&mut a, "message li<enter>");
    assert!(flat(&out).contains("Write to li line by line."), "{out}");
    let out = typed(
        &mut a,
        "Could we swap Tuesday?<enter>Thank you.<enter>.<enter>",
    );
    let out = flat(&out);
    assert!(out.contains("Message 1 sent in conversation 1."), "{out}");
    let again = flat(&typed(&mut a, "l<enter>"));
    assert!(
        again.contains("Conversation 1: Could we swap Tuesday? Thank you. With amara and li."),
        "{again}"
    );

    // li is greeted with it, reads it, answers.
    let mut l = testkit_plain(&forum, li.clone());
    let greeting = l.start();
    assert!(
        flat(&greeting).contains("You have 1 conversation with unread messages: type messages."),
        "{greeting}"
    );
    let list = typed(&mut l, "messages<enter>");
    assert!(
        flat(&list).contains("1. (unread) With amara: Could we swap Tuesday?"),
        "{list}"
    );
    let read = typed(&mut l, "1<enter>");
    fits(&read);
    let read_flat = flat(&read);
    assert!(
        read_flat.contains("Message 1 (new), from amara, just now:"),
        "{read}"
    );
    assert!(read_flat.contains("  Could we swap Tuesday?"), "{read}");
    assert!(!read.contains('\u{1b}'));
    let out = typed(&mut l, "write<enter>Yes.<enter>.<enter>");
    assert!(
        flat(&out).contains("Message 2 sent in conversation 1."),
        "{out}"
    );
    // Back from a conversation goes to the list.
    let back = typed(&mut l, "b<enter>");
    assert!(
        flat(&back).contains("Your private conversations, 1, 0 unread"),
        "{back}"
    );
    // Search finds words in one's own conversations.
    let found = typed(&mut l, "messages tuesday<enter>");
    assert!(
        flat(&found).contains("1. Conversation 1, message 1 from amara: Could we swap Tuesday?"),
        "{found}"
    );
    let opened = typed(&mut l, "1<enter>");
    assert!(flat(&opened).contains("Conversation 1:"), "{opened}");
}

#[test]
fn a_message_being_written_is_kept_when_the_connection_drops() {
    let (forum, _dir) = demo(false);
    testkit::sign_up(&forum, "amara", 1).unwrap();
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let mut l = session(&forum, li.clone());
    typed(
        &mut l,
        "message amara<enter>First line<enter>Second line<enter>",
    );
    l.keep_draft();
    let mut again = testkit_plain(&forum, li);
    let back = again.start();
    assert!(flat(&back).contains("| First line | Second line"), "{back}");
    let out = typed(&mut again, ".<enter>");
    assert!(flat(&out).contains("Message 1 sent"), "{out}");
}

#[test]
fn reports_blocks_and_the_committee_in_plain_mode() {
    let (forum, _dir) = demo(false);
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    forum
        .start_conversation(&amara, &["li".to_string()], "", "Send me your password")
        .unwrap();
    let mut l = session(&forum, li);
    typed(&mut l, "messages<enter>1<enter>");
    let no_reason = typed(&mut l, "report 1<enter>");
    assert!(flat(&no_reason).contains("Not reported: "), "{no_reason}");
    let out = typed(&mut l, "report 1 asks for my password<enter>");
    assert!(
        flat(&out).contains("Reported: the committee reads that message and your reason"),
        "{out}"
    );
    let out = typed(&mut l, "block amara<enter>");
    assert!(flat(&out).contains("Blocked amara"), "{out}");
    assert_eq!(
        forum
            .start_conversation(&amara, &["li".to_string()], "", "again")
            .unwrap_err()
            .to_string(),
        "li does not take messages from you"
    );
    let out = typed(&mut l, "blocked<enter>");
    assert!(flat(&out).contains("You block: amara."), "{out}");
    let out = typed(&mut l, "unblock amara<enter>");
    assert!(flat(&out).contains("Unblocked amara"), "{out}");
    // The committee (amara, the first member, is admin) reads the report.
    let mut a = session(&forum, amara);
    let list = typed(&mut a, "messages<enter>");
    assert!(
        flat(&list).contains("Report: a message from amara"),
        "{list}"
    );
    let report = typed(&mut a, "1<enter>");
    assert!(
        flat(&report).contains("> Send me your password"),
        "{report}"
    );
    let help = typed(&mut a, "h<enter>");
    assert!(flat(&help).contains("message NAMES"), "{help}");
    let nobody = typed(&mut a, "message<enter>");
    assert!(
        flat(&nobody).contains("'message' needs whom to write to"),
        "{nobody}"
    );
    // A name that is no member is said before a word is typed.
    let unknown = typed(&mut a, "message zed<enter>");
    assert!(
        flat(&unknown).contains("No member is called zed"),
        "{unknown}"
    );
    // `#2` is conversation 2 (the report, amara's as the committee), and one
    // not theirs is not found.
    let numbered = typed(&mut a, "message #2<enter>");
    assert!(
        flat(&numbered).contains("Write your message line by line"),
        "{numbered}"
    );
    typed(&mut a, "cancel<enter>");
    let missing = typed(&mut a, "message #99<enter>");
    assert!(
        flat(&missing).contains("conversation 99 not found"),
        "{missing}"
    );
}

/// A plain session whose greeting is still to be printed.
fn testkit_plain(forum: &stoa::forum::Forum, viewer: stoa::forum::Viewer) -> stoa::plain::Plain {
    stoa::plain::Plain::new(forum.clone(), viewer, 79)
}

#[test]
fn a_blocked_member_is_told_before_typing() {
    let (forum, _dir) = demo(false);
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    forum
        .start_conversation(&li, &["amara".to_string()], "", "Hello")
        .unwrap();
    forum.block(&amara, "li").unwrap();
    let mut plain = session(&forum, li.clone());
    let said = flat(&typed(&mut plain, "message amara<enter>"));
    assert!(
        said.contains("Not now: amara does not take messages from you."),
        "{said}"
    );
    typed(&mut plain, "messages<enter>1<enter>");
    let write = flat(&typed(&mut plain, "write<enter>"));
    assert!(
        write.contains("Not now: amara does not take messages from you."),
        "{write}"
    );
}

#[test]
fn a_long_conversation_prints_its_newest_messages_and_older_ones_on_asking() {
    let (forum, _dir) = demo(false);
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let (c, _) = forum
        .start_conversation(&amara, &["li".to_string()], "Long", "Message text 1")
        .unwrap();
    for n in 2..=25 {
        forum
            .write_message(&amara, c.id, &format!("Message text {n}"))
            .unwrap();
    }
    let mut plain = session(&forum, li);
    typed(&mut plain, "messages<enter>");
    let page = flat(&typed(&mut plain, "1<enter>"));
    assert!(
        page.contains("5 earlier messages are not printed: older prints 5 more."),
        "{page}"
    );
    assert!(
        page.contains("Message text 6 ") && !page.contains("Message text 5 "),
        "{page}"
    );
    let all = flat(&typed(&mut plain, "older<enter>"));
    assert!(all.contains("Message text 1 "), "{all}");
    let sent = flat(&typed(&mut plain, "write<enter>Thanks.<enter>.<enter>"));
    assert!(
        sent.contains("Message 26 sent in conversation 1. l reads the conversation again"),
        "{sent}"
    );
    assert!(
        !sent.contains("Message text 25"),
        "not printed again: {sent}"
    );
}

#[test]
fn a_message_arriving_is_said_in_plain_mode_once_and_never_ones_own() {
    let (forum, _dir) = demo(false);
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let a = session(&forum, amara.clone());
    let (c, _) = forum
        .start_conversation(&li, &["amara".to_string()], "", "Hello")
        .unwrap();
    let said = a.message_arrived(c.id);
    assert!(
        said.contains("A new message in conversation 1: type messages to read it."),
        "{said}"
    );
    assert!(said.contains('\x07'), "with the bell");
    // Said once: not again as a notification.
    assert_eq!(a.notified(), "");
    // Their own message is not news to them.
    forum.write_message(&amara, c.id, "Hi").unwrap();
    assert_eq!(a.message_arrived(c.id), "");
    // Someone not in it hears nothing.
    let ben = testkit::viewer(testkit::sign_up(&forum, "ben", 3).unwrap());
    let b = session(&forum, ben);
    assert_eq!(b.message_arrived(c.id), "");
}
