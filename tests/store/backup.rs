//! Backups: `stoa export` and `stoa import` carry a whole forum into an empty data
//! directory, and an admin takes the same dump from a running server.

use std::io::Write;
use std::path::Path;
use std::process::{Output, Stdio};

use crate::common::{Server, connect_with_key, exec, private_key, stoa};
use stoa::domain::{DraftPlace, Role};
use stoa::forum::{Forum, LoginMethod, NewThread, Viewer};
use stoa_core::testkit;

fn run(data: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = stoa()
        .arg("--data")
        .arg(data)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A refusal can come before the whole dump is read (the demo's alone is
    // more than a pipe holds): the child's answer is what the tests check.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn member(forum: &Forum, name: &str) -> Viewer {
    let account = forum.account(name).unwrap().unwrap();
    Viewer::Member {
        account,
        via: LoginMethod::Key,
    }
}

/// A forum with something in every tree: accounts with keys and a password, a
/// community with members, threads, replies, an edit, a deletion, read marks, a
/// draft and a mention.
fn busy_forum(dir: &Path) {
    let forum = testkit::forum(dir).unwrap();
    stoa::demo::load(&forum).unwrap();
    let amara = testkit::sign_up(&forum, "amara", 1).unwrap();
    testkit::sign_up(&forum, "li", 2).unwrap();
    testkit::set_password(&forum, &amara, "correct horse battery").unwrap();
    let (amara, li) = (member(&forum, "amara"), member(&forum, "li"));
    forum.join(&li, "care-workforce").unwrap();
    let thread = forum
        .start_thread(
            &amara,
            "care-workforce",
            NewThread {
                language: None,
                title: "Handover notes".into(),
                body: "What goes in a good one? @li".into(),
            },
        )
        .unwrap();
    let reply = forum
        .reply(&li, thread.id.opening_post(), "Names, times, **risks**.")
        .unwrap();
    forum
        .edit_post(&li, reply.id, None, "Names, times, risks, and who to call.")
        .unwrap();
    let gone = forum.reply(&amara, reply.id, "Posted too soon").unwrap();
    forum.delete_post(&amara, gone.id).unwrap();
    forum.mark_read(&li, thread.id, gone.id).unwrap();
    forum
        .save_draft(
            &li,
            DraftPlace::Reply(thread.id.opening_post()),
            "",
            "Half a thought",
        )
        .unwrap();
    forum
        .grant_role(stoa::forum::Actor::Operator, "li", Role::Moderator)
        .unwrap();
}

#[test]
fn export_then_import_restores_the_whole_forum() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (dir.path().join("first"), dir.path().join("second"));
    busy_forum(&first);

    let dump = run(&first, &["export"], b"");
    assert!(dump.status.success(), "{}", text(&dump.stderr));
    let lines: Vec<&str> = std::str::from_utf8(&dump.stdout).unwrap().lines().collect();
    assert!(
        lines[0].starts_with(r#"{"stoa_export":1,"schema":"#),
        "{}",
        lines[0]
    );
    for tree in [
        "account_by_name",
        "account_by_key",
        "community_by_slug",
        "members_by_community",
        "thread_by_id",
        "post_by_id",
        "posts_by_thread",
        "mentions_by_account",
        "read_mark",
        "draft_by_place",
        "meta",
    ] {
        let needle = format!(r#"{{"tree":"{tree}","#);
        assert!(
            lines.iter().any(|l| l.starts_with(&needle)),
            "no {tree} in the dump"
        );
    }

    let restored = run(&second, &["import"], &dump.stdout);
    assert!(restored.status.success(), "{}", text(&restored.stderr));
    assert!(
        text(&restored.stderr).contains("imported"),
        "{}",
        text(&restored.stderr)
    );

    // The same bytes come out again: nothing was dropped or changed on the way.
    let again = run(&second, &["export"], b"");
    assert_eq!(text(&again.stdout), text(&dump.stdout));

    // And the forum reads the same through its rules.
    let (a, b) = (
        testkit::forum(&first).unwrap(),
        testkit::forum(&second).unwrap(),
    );
    let (a_li, b_li) = (member(&a, "li"), member(&b, "li"));
    assert_eq!(b.store().accounts().unwrap(), a.store().accounts().unwrap());
    assert_eq!(b_li.role(), Some(Role::Moderator));
    let thread = a.threads(&a_li, "care-workforce").unwrap()[0].thread.id;
    let (ta, tb) = (
        a.read_thread(&a_li, thread).unwrap(),
        b.read_thread(&b_li, thread).unwrap(),
    );
    assert_eq!(format!("{:?}", ta.posts), format!("{:?}", tb.posts));
    assert_eq!(
        b.draft(&b_li, &DraftPlace::Reply(thread.opening_post()))
            .unwrap()
            .unwrap()
            .body,
        "Half a thought"
    );
    assert!(
        b.login_by_password("amara", "correct horse battery")
            .unwrap()
            .is_some()
    );
    assert_eq!(
        format!("{:?}", b.community_overview(&b_li).unwrap()),
        format!("{:?}", a.community_overview(&a_li).unwrap())
    );
}

#[test]
fn import_refuses_a_data_directory_that_holds_a_forum() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (dir.path().join("first"), dir.path().join("second"));
    busy_forum(&first);
    busy_forum(&second);
    let dump = run(&first, &["export"], b"");
    let refused = run(&second, &["import"], &dump.stdout);
    assert!(!refused.status.success());
    assert!(
        text(&refused.stderr).contains("already holds a forum"),
        "{}",
        text(&refused.stderr)
    );
}

#[test]
fn a_dump_from_a_newer_stoa_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let newer = format!(
        "{{\"stoa_export\":1,\"schema\":{}}}\n",
        stoa::store::SCHEMA_VERSION + 1
    );
    let refused = run(&dir.path().join("data"), &["import"], newer.as_bytes());
    assert!(!refused.status.success());
    assert!(
        text(&refused.stderr).contains("newer version of Stoa"),
        "{}",
        text(&refused.stderr)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_admin_backs_up_the_running_forum_and_it_restores() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    busy_forum(&data);
    // amara (key 1) was the first sign-up: the admin.
    let server = Server::start(&data, &[]);

    // The offline export says how to back up a running forum instead.
    let busy = run(&data, &["export"], b"");
    assert!(!busy.status.success());
    assert!(
        text(&busy.stderr).contains("admin export"),
        "{}",
        text(&busy.stderr)
    );

    let li = connect_with_key(server.addr, "li", &private_key(2)).await;
    let refused = exec(&li, "admin export").await;
    assert_eq!(refused.status, Some(2));
    assert!(refused.stderr.contains("only admins"), "{}", refused.stderr);
    assert!(refused.stdout.is_empty());

    let amara = connect_with_key(server.addr, "amara", &private_key(1)).await;
    let dump = exec(&amara, "admin export").await;
    assert_eq!(dump.status, Some(0), "{}", dump.stderr);
    drop(server);

    let restored_dir = dir.path().join("restored");
    let restored = run(&restored_dir, &["import"], dump.stdout.as_bytes());
    assert!(restored.status.success(), "{}", text(&restored.stderr));
    let offline = run(&data, &["export"], b"");
    // The live dump equals the offline one but for what the logins touched
    // (last seen), so compare everything else.
    let without_seen = |dump: &str| -> Vec<String> {
        dump.lines()
            .filter(|l| !l.starts_with(r#"{"tree":"account_by_name""#))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(
        without_seen(&dump.stdout),
        without_seen(&text(&offline.stdout))
    );
    let server = Server::start(&restored_dir, &["--no-demo"]);
    let li = connect_with_key(server.addr, "li", &private_key(2)).await;
    assert_eq!(exec(&li, "whoami").await.stdout, "li moderator\n");
    let threads = exec(&li, "threads care-workforce").await;
    assert!(
        threads.stdout.contains("Handover notes"),
        "{}",
        threads.stdout
    );
}
