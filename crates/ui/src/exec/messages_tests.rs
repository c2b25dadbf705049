//! `messages`, `message`, `conversation`, `report`, `block` and `unblock`.

use super::run;
use stoa_core::domain::Role;
use stoa_core::forum::Viewer;
use stoa_core::forum::testing::{forum, member};
use stoa_core::testkit::viewer;

struct Two {
    forum: stoa_core::forum::Forum,
    _dir: tempfile::TempDir,
    amara: Viewer,
    li: Viewer,
    moderator: Viewer,
}

fn two() -> Two {
    let (forum, dir) = forum();
    let moderator = viewer(member(&forum, "moses", 1, Role::Moderator));
    let amara = viewer(member(&forum, "amara", 2, Role::Member));
    let li = viewer(member(&forum, "li", 3, Role::Member));
    Two {
        forum,
        _dir: dir,
        amara,
        li,
        moderator,
    }
}

#[test]
fn a_message_is_written_from_stdin_goes_on_in_the_same_conversation_and_is_read() {
    let t = two();
    let first = run(
        &t.forum,
        &t.amara,
        "message li --subject Night rota",
        b"Can we swap?\n",
    );
    assert_eq!(
        (first.status, first.stdout.as_str()),
        (0, "1 #1\n"),
        "{}",
        first.stderr
    );
    // Without a subject, the same people: the same conversation.
    let second = run(&t.forum, &t.amara, "message @li", b"Tuesday?");
    assert_eq!(second.stdout, "1 #2\n");
    let by_number = run(&t.forum, &t.li, "message #1", b"Yes.");
    assert_eq!(by_number.stdout, "1 #3\n");
    let list = run(&t.forum, &t.amara, "messages", b"");
    let row: Vec<&str> = list.stdout.lines().next().unwrap().split('\t').collect();
    assert_eq!(row[0], "1");
    assert_eq!(row[2], "new");
    assert_eq!(row[3], "3");
    assert_eq!(row[4], "li");
    assert_eq!(row[5], "Night rota");
    let read = run(&t.forum, &t.amara, "conversation 1", b"");
    assert!(
        read.stdout
            .starts_with("Conversation 1: Night rota\nWith: amara, li\n"),
        "{}",
        read.stdout
    );
    assert!(read.stdout.contains("\n#3  li  "), "{}", read.stdout);
    assert!(read.stdout.contains("\n  Yes.\n"), "{}", read.stdout);
    // Reading marked it read.
    let list = run(&t.forum, &t.amara, "messages --unread", b"");
    assert_eq!(list.stdout, "");
    let json: serde_json::Value =
        serde_json::from_str(&run(&t.forum, &t.li, "conversation 1 --json", b"").stdout).unwrap();
    assert_eq!(json["members"], serde_json::json!(["amara", "li"]));
    assert_eq!(json["messages"][0]["body"], "Can we swap?");
    assert_eq!(json["messages"][2]["signed"], "li");
    let json: serde_json::Value =
        serde_json::from_str(&run(&t.forum, &t.amara, "messages --json", b"").stdout).unwrap();
    assert_eq!(json[0]["subject"], "Night rota");
    assert_eq!(json[0]["unread"], false);
}

#[test]
fn the_committee_answers_as_the_committee_and_outsiders_read_nothing() {
    let t = two();
    let out = run(
        &t.forum,
        &t.amara,
        "message committee",
        b"Why was my post hidden?",
    );
    assert_eq!(out.status, 0, "{}", out.stderr);
    let answer = run(&t.forum, &t.moderator, "message #1", b"It named a patient.");
    assert_eq!(answer.status, 0, "{}", answer.stderr);
    let read = run(&t.forum, &t.amara, "conversation 1", b"");
    assert!(
        read.stdout.contains("#2  editorial committee (moses)  "),
        "{}",
        read.stdout
    );
    let refused = run(&t.forum, &t.li, "conversation 1", b"");
    assert_eq!(refused.status, 2);
    assert_eq!(refused.stderr, "stoa: conversation 1 not found\n");
    assert_eq!(run(&t.forum, &t.li, "messages", b"").stdout, "");
    let guest = run(&t.forum, &Viewer::Guest { key: None }, "messages", b"");
    assert_eq!(guest.status, 2);
}

#[test]
fn reports_and_blocks_work_from_the_command_line() {
    let t = two();
    run(&t.forum, &t.li, "message amara", b"Send me your password");
    let report = run(&t.forum, &t.amara, "report 1 1 phishing, plainly", b"");
    assert_eq!(report.status, 0, "{}", report.stderr);
    assert!(
        report.stdout.contains("conversation 2"),
        "{}",
        report.stdout
    );
    let seen = run(&t.forum, &t.moderator, "conversation 2", b"");
    assert!(
        seen.stdout.contains("  > Send me your password\n"),
        "{}",
        seen.stdout
    );
    assert!(
        seen.stdout.contains("  phishing, plainly\n"),
        "{}",
        seen.stdout
    );
    let block = run(&t.forum, &t.amara, "block li", b"");
    assert_eq!(block.status, 0, "{}", block.stderr);
    let listed = run(&t.forum, &t.amara, "block", b"");
    assert!(listed.stdout.starts_with("li\t"), "{}", listed.stdout);
    let refused = run(&t.forum, &t.li, "message amara", b"again");
    assert_eq!(refused.status, 2);
    assert_eq!(
        refused.stderr,
        "stoa: amara does not take messages from you\n"
    );
    assert_eq!(
        run(&t.forum, &t.amara, "unblock li", b"").stdout,
        "Unblocked li.\n"
    );
    assert_eq!(run(&t.forum, &t.li, "message amara", b"sorry").status, 0);
}

#[test]
fn bad_lines_are_told_in_one_line() {
    let t = two();
    let empty = run(&t.forum, &t.amara, "message li", b"  ");
    assert_eq!(empty.status, 2);
    assert!(
        empty.stderr.contains("empty messages are not sent"),
        "{}",
        empty.stderr
    );
    let nobody = run(&t.forum, &t.amara, "message zed", b"hi");
    assert!(
        nobody.stderr.contains("no member is called zed"),
        "{}",
        nobody.stderr
    );
    let no_one = run(&t.forum, &t.amara, "message", b"hi");
    assert_eq!(no_one.status, 2);
    assert!(no_one.stderr.contains("needs USER"), "{}", no_one.stderr);
    let hostile = run(
        &t.forum,
        &t.amara,
        "message li",
        "x\u{1b}]0;pwn\u{7}y".as_bytes(),
    );
    assert_eq!(hostile.status, 0);
    let read = run(&t.forum, &t.li, "conversation 1", b"");
    assert!(!read.stdout.contains('\u{1b}'));
    assert!(super::reads_stdin("message li"));
    assert!(!super::reads_stdin("messages"));
}

#[test]
fn messages_search_finds_words_in_ones_own_conversations_and_a_bare_number_is_a_name() {
    let t = two();
    run(
        &t.forum,
        &t.amara,
        "message li",
        b"The vaccination schedule\nsecond line",
    );
    let found = run(&t.forum, &t.li, "messages --search Vaccination", b"");
    assert_eq!(found.stdout, "1\t#1\tamara\tThe vaccination schedule\n");
    let json: serde_json::Value = serde_json::from_str(
        &run(&t.forum, &t.li, "messages --search vaccination --json", b"").stdout,
    )
    .unwrap();
    assert_eq!(json[0]["conversation"], 1);
    assert_eq!(
        run(&t.forum, &t.moderator, "messages --search vaccination", b"").stdout,
        ""
    );
    // `message 1` writes to a member called 1 (there is none), not conversation 1.
    let bare = run(&t.forum, &t.li, "message 1", b"hello");
    assert_eq!(bare.status, 2);
    assert!(
        bare.stderr.contains("no member is called 1"),
        "{}",
        bare.stderr
    );
}
