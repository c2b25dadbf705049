//! Discussions over real SSH: two members' sessions watching each other post, and
//! the exec commands driven by the OpenSSH client.

use std::io::Write;
use std::process::Stdio;

use crate::common::{
    self, Server, Terminal, connect_with_key, exec, exec_with_stdin, private_key, sign_up,
};

#[tokio::test(flavor = "multi_thread")]
async fn a_thread_posted_in_one_session_appears_live_in_another() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[]);
    sign_up(server.addr, 1, "amara").await;
    sign_up(server.addr, 2, "li").await;

    let (_li_conn, mut li) = Terminal::member_home(server.addr, 2).await;
    li.send(b"\r").await;
    li.wait_text("No threads yet").await;

    let (_amara_conn, mut amara) = Terminal::member_home(server.addr, 1).await;
    amara.send(b"\rn").await;
    amara
        .wait_text("New thread in Coordinated care workforce")
        .await;
    amara
        .send(b"Live from Nairobi\tWe start the *mentoring* pilot today.\x13")
        .await;
    amara.wait_text("Thread started.").await;

    // li pressed nothing: the thread arrives by itself, marked unread.
    li.wait_text("Live from Nairobi").await;
    assert!(li.text().contains("● Live from Nairobi"), "{}", li.text());
    assert!(li.text().contains("1 unread"), "{}", li.text());

    li.send(b"\r").await;
    li.wait_text("We start the mentoring pilot today.").await;
    amara.send(b"r").await;
    amara.wait_text("Reply to").await;
    amara.send(b"First group meets at ten.\x13").await;
    amara.wait_text("Reply posted.").await;
    li.wait_text("First group meets at ten.").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn exec_posts_replies_and_reads_the_tree_over_openssh() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), &[]);
    sign_up(server.addr, 1, "amara").await;
    sign_up(server.addr, 2, "li").await;
    let ssh = |seed: u8, args: &[&str], stdin: &str| {
        let mut child = common::openssh(server.addr, &common::key_file(dir.path(), seed))
            .arg("127.0.0.1")
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the OpenSSH client (ssh) must be installed");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };

    let (status, id, err) = ssh(
        1,
        &["post", "care-workforce", "Handover", "notes"],
        "What goes in a good handover note?\nShare yours.\n",
    );
    assert_eq!(status, Some(0), "{err}");
    let thread: u64 = id.trim().parse().unwrap();
    let (_, reply, _) = ssh(
        2,
        &["reply", &thread.to_string()],
        "Medication changes first.",
    );
    let reply: u64 = reply.trim().parse().unwrap();
    let (status, answer, err) = ssh(1, &["reply", &reply.to_string(), "--json"], "Agreed.");
    assert_eq!(status, Some(0), "{err}");
    let answer: serde_json::Value = serde_json::from_str(&answer).unwrap();
    assert_eq!(answer["thread"], thread);

    let (status, tree, _) = ssh(2, &["read", &thread.to_string()], "");
    assert_eq!(status, Some(0));
    let lines: Vec<&str> = tree.lines().collect();
    assert_eq!(lines[0], "Handover notes");
    assert_eq!(
        lines[1],
        "Coordinated care workforce (care-workforce) · 3 posts"
    );
    let at = |prefix: &str| lines.iter().position(|l| l.starts_with(prefix)).unwrap();
    let root = at(&format!("#{thread}  Amara Okafor (amara)"));
    let first = at(&format!("  #{reply}  Amara Okafor (li)"));
    let second = at(&format!("    #{}  Amara Okafor (amara)", answer["id"]));
    assert!(root < first && first < second, "{tree}");
    assert_eq!(lines[root + 1], "  What goes in a good handover note?");
    assert_eq!(lines[second + 1], "      Agreed.");

    let (_, threads, _) = ssh(2, &["threads", "care-workforce"], "");
    assert!(threads.contains("  2 replies  "), "{threads}");
    assert!(threads.contains("Handover notes  (by amara)"), "{threads}");

    // A guest (a key with no account) reads, but may not post.
    let (status, _, err) = ssh(9, &["post", "care-workforce", "Hello"], "Hi");
    assert_eq!(status, Some(2));
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("guests cannot start threads"), "{err}");
    assert!(
        err.contains("to sign up, connect without a command"),
        "{err}"
    );
    let (status, _, _) = ssh(9, &["read", &thread.to_string()], "");
    assert_eq!(status, Some(0));
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_posts_reach_no_terminal_as_escape_sequences() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[]);
    sign_up(server.addr, 1, "amara").await;
    sign_up(server.addr, 2, "li").await;
    let (_li_conn, mut li) = Terminal::member_home(server.addr, 2).await;
    li.send(b"\r").await;
    li.wait_text("No threads yet").await;

    let amara = connect_with_key(server.addr, "amara", &private_key(1)).await;
    let hostile =
        "\x1b]0;pwned\x07\x1b[2J\x1b[99;99H\x1b[201~\u{9b}31m\u{202e}evil\u{200b} 東京 👩🏽‍⚕️";
    let out = exec_with_stdin(
        &amara,
        "post care-workforce Plain title",
        format!("Body {hostile}\nline two").as_bytes(),
    )
    .await;
    assert_eq!(out.status, Some(0), "{}", out.stderr);
    let id = out.stdout.trim().to_string();
    let refused = exec_with_stdin(
        &amara,
        &format!("post care-workforce Title {hostile}"),
        b"body",
    )
    .await;
    assert_eq!(refused.status, Some(2));
    assert!(
        refused.stderr.contains("control characters"),
        "{}",
        refused.stderr
    );
    assert!(!refused.stderr.contains('\x1b'));

    li.wait_text("Plain title").await;
    li.send(b"\r").await;
    li.wait_text("line two").await;
    let shown = li.text();
    assert!(
        shown.contains("Body ]0;pwned[2J[99;99H[201~31mevil"),
        "{shown}"
    );
    let raw = String::from_utf8_lossy(&li.raw);
    for sequence in ["\x1b]0;", "\x1b[99;99H", "\x1b[201~", "\u{202e}", "\u{9b}"] {
        assert!(!raw.contains(sequence), "{sequence:?} reached the terminal");
    }

    let out = exec(&amara, &format!("read {id}")).await;
    assert!(!out.stdout.contains('\x1b'), "{:?}", out.stdout);
    let out = exec(&amara, &format!("read {id} --json")).await;
    assert!(!out.stdout.contains('\x1b'), "{:?}", out.stdout);
}
