//! The offline tools: `stoa admin …` on a data directory, and `stoa local`.

use std::process::Output;

use crate::common::{self, Server, connect_with_key, exec, private_key, stoa};

fn admin(data: &std::path::Path, args: &[&str]) -> Output {
    stoa()
        .arg("--data")
        .arg(data)
        .arg("admin")
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn write_pubkey(dir: &std::path::Path, seed: u8) -> std::path::PathBuf {
    let path = dir.join(format!("key{seed}.pub"));
    let line = private_key(seed).public_key().to_openssh().unwrap();
    std::fs::write(&path, format!("{line} member@laptop\n")).unwrap();
    path
}

#[tokio::test(flavor = "multi_thread")]
async fn admins_provision_accounts_and_grant_roles_offline() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let amara_key = write_pubkey(dir.path(), 1);
    let bruno_key = write_pubkey(dir.path(), 2);

    let out = admin(
        &data,
        &["add-user", "amara", "--key", amara_key.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "added amara (admin) with 1 key\n",
        "the first account is admin"
    );

    let out = admin(
        &data,
        &["add-user", "bruno", "--key", bruno_key.to_str().unwrap()],
    );
    assert_eq!(text(&out.stdout), "added bruno (member) with 1 key\n");

    let out = admin(&data, &["grant", "bruno", "moderator"]);
    assert_eq!(text(&out.stdout), "bruno is now moderator\n");

    // Mistakes are explained.
    let out = admin(&data, &["grant", "bruno", "king"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("unknown role 'king'"),
        "{}",
        text(&out.stderr)
    );
    let out = admin(&data, &["grant", "nobody", "admin"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("account 'nobody' not found"),
        "{}",
        text(&out.stderr)
    );
    let out = admin(
        &data,
        &["add-user", "chen", "--key", bruno_key.to_str().unwrap()],
    );
    assert!(
        text(&out.stderr).contains("already belongs to an account"),
        "{}",
        text(&out.stderr)
    );
    let out = admin(&data, &["grant", "amara", "member"]);
    assert!(
        text(&out.stderr).contains("only admin"),
        "{}",
        text(&out.stderr)
    );

    // While a server holds the database, the tools say so and change nothing.
    let server = Server::start(&data, &[]);
    let out = admin(&data, &["grant", "bruno", "admin"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("in use by a running Stoa server"),
        "{}",
        text(&out.stderr)
    );

    // The pre-provisioned key logs in to its account.
    let c = connect_with_key(server.addr, "anything", &private_key(2)).await;
    assert_eq!(exec(&c, "whoami").await.stdout, "bruno moderator\n");
}

/// `stoa local` runs the same forum in this terminal (here a tmux pane) and leaves
/// the terminal clean.
#[test]
fn local_mode_in_a_real_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let key = write_pubkey(dir.path(), 1);
    assert!(
        admin(
            &data,
            &["add-user", "amara", "--key", key.to_str().unwrap()]
        )
        .status
        .success()
    );

    let command = format!(
        "{} local --user amara --data {}; echo LOCAL-EXIT-$?; sleep 30",
        env!("CARGO_BIN_EXE_stoa"),
        data.display()
    );
    let pane = common::Pane::start("local", 80, 24, &command);
    pane.wait("amara · admin");
    pane.send_keys(&["g", "y"]);
    pane.wait("Your profile");
    pane.send_keys(&["q", "q"]);
    pane.wait("LOCAL-EXIT-0");
    let screen = pane.text();
    assert!(
        !screen.contains("Your profile"),
        "the alternate screen was left:\n{screen}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn reindex_rebuilds_the_search_index_of_a_stopped_forum_only() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let server = Server::start(&data, &[]);
    // While the server holds the database, reindex says so and changes nothing.
    let out = stoa()
        .arg("--data")
        .arg(&data)
        .arg("reindex")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("in use by a running Stoa server; stop it first"),
        "{}",
        text(&out.stderr)
    );
    server.terminate();
    // Lost, or never built: reindex makes it again from the database.
    std::fs::remove_dir_all(data.join("search")).unwrap();
    let out = stoa()
        .arg("--data")
        .arg(&data)
        .arg("reindex")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stderr);
    assert!(said.starts_with("indexed "), "{said}");
    let searchable: u64 = said
        .split('(')
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(searchable > 20, "the demo is in the index: {said}");
    let server = Server::start(&data, &[]);
    let c = connect_with_key(server.addr, "anyone", &private_key(9)).await;
    let found = exec(&c, "search extension").await;
    assert!(
        found
            .stdout
            .contains("[demo] Community Health Extension Programme"),
        "{}",
        found.stdout
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn remove_demo_takes_the_demo_away_offline_says_what_went_and_is_searched_no_more() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let server = Server::start(&data, &[]);
    let c = connect_with_key(server.addr, "anyone", &private_key(9)).await;
    let library = exec(&c, "library --json").await;
    assert!(
        library.stdout.contains("\"demo\":true"),
        "{}",
        library.stdout
    );
    // While the server holds the database, it says so and changes nothing.
    let out = admin(&data, &["remove-demo"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("in use"),
        "{}",
        text(&out.stderr)
    );
    server.terminate();

    let out = admin(&data, &["remove-demo"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(
        said.starts_with("removed the demo content: 4 accounts, 6 communities,"),
        "{said}"
    );
    let again = admin(&data, &["remove-demo"]);
    assert_eq!(text(&again.stdout), "there is no demo content to remove\n");

    let server = Server::start(&data, &[]);
    let c = connect_with_key(server.addr, "anyone", &private_key(9)).await;
    assert_eq!(exec(&c, "library").await.stdout, "");
    assert_eq!(exec(&c, "communities").await.stdout, "");
    let found = exec(&c, "search extension").await;
    assert!(found.stdout.is_empty(), "{}", found.stdout);
    let feed = exec(&c, "feed").await;
    assert!(!feed.stdout.contains("[Demo]"), "{}", feed.stdout);
}
