//! Private conversations over real SSH: a message sent with the OpenSSH client
//! reaches another member's open session live (header count and bell), is read
//! and answered on the full screen, and the read mark holds across reconnects.

use crate::common::{Server, Terminal, connect_with_key, key_file, private_key, sign_up};

fn run(server: &Server, key: &std::path::Path, args: &[&str], stdin: &[u8]) -> String {
    crate::common::run_openssh(server.addr, key, args, stdin)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_message_arrives_live_is_answered_and_stays_read_across_reconnects() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[]);
    sign_up(server.addr, 1, "amara").await;
    sign_up(server.addr, 2, "li").await;
    let keys = tempfile::tempdir().unwrap();
    let li_key = key_file(keys.path(), 2);

    let (_amara_conn, mut amara) = Terminal::member_home(server.addr, 1).await;
    amara.wait_text("amara · admin").await;
    let bells_before = amara.raw.iter().filter(|b| **b == 0x07).count();

    let sent = run(
        &server,
        &li_key,
        &["message", "amara", "--subject", "Night", "rosters"],
        b"Could we compare our rosters?\n",
    );
    assert_eq!(sent, "1 #1\n");

    amara.wait_text("1 msg (g d)").await;
    let bells = amara.raw.iter().filter(|b| **b == 0x07).count();
    assert_eq!(bells, bells_before + 1, "a bell for the message");
    amara.send(b"gd").await;
    amara.wait_text("li: Night rosters").await;
    amara.send(b"\r").await;
    amara.wait_text("Could we compare our rosters?").await;
    amara
        .wait_for("the count to go", |t| !t.text().contains("msg (g d)"))
        .await;
    amara.send(b"r").await;
    amara.wait_text("Message to li").await;
    amara.send(b"Yes, on Friday.").await;
    amara.send(b"\x13").await; // Ctrl-S
    amara.wait_text("Message sent.").await;

    // Unread for li until li reads it.
    let list = run(&server, &li_key, &["messages", "--unread"], b"");
    assert!(list.starts_with("1\t"), "{list}");
    assert!(list.contains("\tnew\t2\tamara\tNight rosters"), "{list}");
    let read = run(&server, &li_key, &["conversation", "1"], b"");
    assert!(read.contains("#2  amara  "), "{read}");
    assert!(read.contains("  Yes, on Friday.\n"), "{read}");

    // A new session: the conversation is still read; the list says so.
    let c = connect_with_key(server.addr, "amara", &private_key(1)).await;
    let mut again = Terminal::open(&c, 80, 24).await;
    again.wait_text("amara · admin").await;
    assert!(!again.text().contains("msg (g d)"), "{}", again.text());
    assert_eq!(run(&server, &li_key, &["messages", "--unread"], b""), "");
}
