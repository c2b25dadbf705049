//! Search and notifications over real SSH: a mention reaches another member's
//! open session as a header count and a terminal bell, with no key pressed; the
//! OpenSSH client reads `notifications` and `search`; and the search index,
//! kept in the data directory, still answers after the server restarts.

use crate::common::{
    Server, Terminal, connect_with_key, exec_with_stdin, key_file, private_key, sign_up,
};

fn run(server: &Server, key: &std::path::Path, args: &[&str]) -> String {
    crate::common::run_openssh(server.addr, key, args, b"")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_mention_rings_live_and_search_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[]);
    sign_up(server.addr, 1, "amara").await;
    sign_up(server.addr, 2, "li").await;

    let (_amara_conn, mut amara) = Terminal::member_home(server.addr, 1).await;
    amara.wait_text("amara · admin").await;
    let bells_before = amara.raw.iter().filter(|b| **b == 0x07).count();

    let li = connect_with_key(server.addr, "li", &private_key(2)).await;
    let out = exec_with_stdin(
        &li,
        "post primary-health-care Night rosters for midwives",
        b"How do you staff nights, @amara?",
    )
    .await;
    assert_eq!(out.status, Some(0), "{}", out.stderr);

    amara.wait_text("1 new (g !)").await;
    let bells = amara.raw.iter().filter(|b| **b == 0x07).count();
    assert_eq!(bells, bells_before + 1, "one bell for one notification");

    let keys = tempfile::tempdir().unwrap();
    let amara_key = key_file(keys.path(), 1);
    let notices = run(
        &server,
        &amara_key,
        &["notifications", "--unread", "--json"],
    );
    let notices: serde_json::Value = serde_json::from_str(&notices).unwrap();
    assert_eq!(notices[0]["kind"], "mention");
    assert_eq!(
        notices[0]["text"],
        "Amara Okafor mentioned you in \"Night rosters for midwives\""
    );

    // Indexing follows the post by a moment (its own thread commits it).
    let mut found = String::new();
    for _ in 0..50 {
        found = run(&server, &amara_key, &["search", "roster"]);
        if !found.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(
        found
            .lines()
            .any(|l| l.starts_with("discussion\tthread/")
                && l.contains("Night rosters for midwives")),
        "{found}"
    );
    // Members are found by members, not by a guest's key.
    let guest_key = key_file(keys.path(), 9);
    assert!(!run(&server, &guest_key, &["search", "amara"]).contains("member\t"));
    assert!(
        run(
            &server,
            &amara_key,
            &["search", "amara", "--kind", "member"]
        )
        .starts_with("member\tmember/amara\t")
    );

    // The index lives in the data directory: after a restart it still answers.
    server.terminate();
    assert!(dir.path().join("search").is_dir());
    let server = Server::start(dir.path(), &[]);
    let found = run(
        &server,
        &amara_key,
        &["search", "rosters", "--kind", "discussion"],
    );
    assert_eq!(found.lines().count(), 1, "{found}");
}
