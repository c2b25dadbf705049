//! Damaged data on disk, as issue 19 found it: sled's log overwritten in places,
//! and the search index cut short or missing a file.
//!
//! The database is the forum's only copy of what members wrote, so damage to it
//! stops every command with one message that says what is damaged and what to
//! do, and `stoa check` reports it without changing it. The search index is
//! derived from the database, so damage to it is repaired by building it again.

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::{Server, connect_with_key, exec, private_key, stoa};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn run(data: &Path, args: &[&str]) -> Output {
    stoa().arg("--data").arg(data).args(args).output().unwrap()
}

/// A data directory with the demo forum in it, and its search index built,
/// written by a server that was then stopped as a service manager stops it.
fn demo_forum(dir: &Path) -> PathBuf {
    let data = dir.join("data");
    let server = Server::start(&data, &[]);
    let deadline = Instant::now() + Duration::from_secs(20);
    while !server
        .log
        .lock()
        .unwrap()
        .contains("search index refreshed")
    {
        assert!(Instant::now() < deadline, "{}", server.log.lock().unwrap());
        std::thread::sleep(Duration::from_millis(50));
    }
    server.terminate();
    data
}

/// Overwrites 4 bytes every 4 KiB across the first 32 KiB of sled's log, as the
/// issue did.
fn damage_the_database(data: &Path) {
    let log = data.join("db").join("db");
    let mut bytes = std::fs::read(&log).unwrap();
    for at in (0..32 * 1024).step_by(4096) {
        if at + 4 <= bytes.len() {
            bytes[at..at + 4].copy_from_slice(&[0xde, 0xad, 0xbe, 0xef]);
        }
    }
    std::fs::write(&log, bytes).unwrap();
}

/// Every file under `dir` with its bytes, to see that nothing changed.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut all = Vec::new();
    for item in std::fs::read_dir(dir).unwrap() {
        let path = item.unwrap().path();
        if path.is_dir() {
            all.extend(files(&path));
        } else {
            all.push((path.clone(), std::fs::read(&path).unwrap()));
        }
    }
    all.sort();
    all
}

/// What a refusal must be: one message, saying what is damaged and what to
/// do, without sled's `backtrace ()` and without saying the same thing twice.
fn assert_one_clear_refusal(out: &Output, data: &Path, damage: &str) {
    let said = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    let d = data.display();
    for needle in [
        &format!("the database in {d} is damaged (") as &str,
        "so nothing was written to it",
        &format!("stoa check --data {d}"),
        &format!("stoa import --data {d}-restored BACKUP.jsonl"),
        &format!("cp {d}/host_ed25519_key {d}-restored/"),
    ] {
        assert!(said.contains(needle), "wanted {needle:?} in:\n{said}");
    }
    assert!(!said.contains("backtrace"), "{said}");
    assert!(!said.contains("storage error"), "{said}");
    assert_eq!(said.matches(damage).count(), 1, "said once:\n{said}");
}

/// Starts a server on `data`, which must refuse to start; what it said.
fn refused_start(data: &Path) -> Output {
    let mut server = stoa()
        .args(["--listen", "127.0.0.1:0", "--no-demo", "--data"])
        .arg(data)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while server.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(20) {
            let _ = server.kill();
            panic!("the server started on a damaged database");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    server.wait_with_output().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_database_is_reported_by_check_refused_by_every_command_and_restored() {
    let dir = tempfile::tempdir().unwrap();
    let data = demo_forum(dir.path());
    // The nightly backup; opening the database also gives sled a snapshot of
    // its log, so damage to what it covers is found when a page is read (as in
    // the issue, where the server started, failed reads and took new posts).
    let backup = run(&data, &["export"]);
    assert!(backup.status.success(), "{}", text(&backup.stderr));
    let dump = dir.path().join("backup.jsonl");
    std::fs::write(&dump, &backup.stdout).unwrap();
    let out = run(&data, &["check"]);
    let report = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{report}{}", text(&out.stderr));
    assert!(report.contains("post_by_id"), "{report}");
    assert!(report.trim_end().ends_with(": sound"), "{report}");

    damage_the_database(&data);
    let before = files(&data.join("db"));

    // The check names what is damaged, says what to do, and changes nothing
    // (sled's recovery would overwrite the part of its log it cannot read).
    let out = run(&data, &["check"]);
    let report = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{report}{}", text(&out.stderr));
    assert!(report.contains("DAMAGED"), "{report}");
    assert!(report.contains("damaged bytes at offset"), "{report}");
    assert!(
        report.contains(&format!(
            "stoa import --data {}-restored BACKUP.jsonl",
            data.display()
        )),
        "{report}"
    );
    assert!(!report.contains("backtrace"), "{report}");
    assert!(
        files(&data.join("db")) == before,
        "the check changed the database"
    );
    assert!(
        !std::fs::read_dir(&data).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with(".check")),
        "the check's copy is removed"
    );

    // The server does not start on it, nor do the commands that write or read
    // it whole; each says so once, with what to do.
    assert_one_clear_refusal(&refused_start(&data), &data, "damaged bytes at offset");
    let grant = run(&data, &["admin", "grant", "amina_yusuf", "member"]);
    assert_one_clear_refusal(&grant, &data, "damaged bytes at offset");
    let out = run(&data, &["export"]);
    assert_one_clear_refusal(&out, &data, "damaged bytes at offset");

    // What it says to do works.
    let restored = dir.path().join("data-restored");
    let out = run(&restored, &["import", dump.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    std::fs::copy(
        data.join("host_ed25519_key"),
        restored.join("host_ed25519_key"),
    )
    .unwrap();
    let server = Server::start(&restored, &[]);
    let c = connect_with_key(server.addr, "anyone", &private_key(9)).await;
    let read = exec(&c, "threads primary-health-care").await;
    assert!(
        read.stdout.contains("Continuity of care"),
        "{}{}",
        read.stdout,
        read.stderr
    );
}

#[test]
fn a_log_cut_short_by_damage_is_found_though_sled_opens_it() {
    // No snapshot yet: sled recovers by reading its log, and stops at the
    // damaged first segment, taking all of it for a write a crash cut short.
    // It opened an empty database, and a server loaded the demo into it.
    let dir = tempfile::tempdir().unwrap();
    let data = demo_forum(dir.path());
    damage_the_database(&data);
    let out = run(&data, &["check"]);
    let report = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(report.contains("db/db ends early"), "{report}");
    assert_one_clear_refusal(&refused_start(&data), &data, "db/db ends early");
}

#[test]
fn check_says_when_it_cannot_check() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&dir.path().join("nothing"), &["check"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("no Stoa database here"),
        "{}",
        text(&out.stderr)
    );

    let data = dir.path().join("data");
    let server = Server::start(&data, &["--no-demo"]);
    let out = run(&data, &["check"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("in use by a running Stoa server"),
        "{}",
        text(&out.stderr)
    );
    server.terminate();
    assert_eq!(run(&data, &["check"]).status.code(), Some(0));
}

/// The two ways the issue damaged the search index.
#[derive(Clone, Copy, Debug)]
enum IndexDamage {
    TruncatedMeta,
    DeletedSegmentFile,
}

fn damage_the_index(data: &Path, how: IndexDamage) {
    let search = data.join("search");
    match how {
        IndexDamage::TruncatedMeta => {
            let meta = search.join("meta.json");
            let len = std::fs::metadata(&meta).unwrap().len();
            std::fs::OpenOptions::new()
                .write(true)
                .open(&meta)
                .unwrap()
                .set_len(len / 2)
                .unwrap();
        }
        IndexDamage::DeletedSegmentFile => {
            let segment_file = std::fs::read_dir(&search)
                .unwrap()
                .map(|e| e.unwrap().path())
                .find(|p| p.extension().is_some_and(|x| x == "idx"))
                .expect("a segment's postings file");
            std::fs::remove_file(segment_file).unwrap();
        }
    }
}

#[test]
fn reindex_rebuilds_a_damaged_search_index_by_itself() {
    for how in [IndexDamage::TruncatedMeta, IndexDamage::DeletedSegmentFile] {
        let dir = tempfile::tempdir().unwrap();
        let data = demo_forum(dir.path());
        damage_the_index(&data, how);
        let out = run(&data, &["reindex"]);
        let said = text(&out.stderr);
        assert!(out.status.success(), "{how:?}: {said}");
        assert!(
            said.contains("the search index could not be opened: it was moved aside"),
            "{how:?}: {said}"
        );
        assert!(data.join("search.damaged").is_dir(), "{how:?}");
        assert!(said.contains("indexed "), "{how:?}: {said}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_starts_on_a_damaged_search_index_and_finds_posts_again() {
    for how in [IndexDamage::TruncatedMeta, IndexDamage::DeletedSegmentFile] {
        let dir = tempfile::tempdir().unwrap();
        let data = demo_forum(dir.path());
        damage_the_index(&data, how);
        let server = Server::start(&data, &[]);
        let c = connect_with_key(server.addr, "anyone", &private_key(9)).await;
        // The index is filled again in the background, right after the start.
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let found = exec(&c, "search household summary").await;
            if found
                .stdout
                .contains("Continuity of care when community health workers rotate")
            {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "{how:?}: not found: {}{}\n{}",
                found.stdout,
                found.stderr,
                server.log.lock().unwrap()
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        let log = server.log.lock().unwrap().clone();
        assert!(
            log.contains("the search index could not be opened: it was moved aside"),
            "{how:?}: {log}"
        );
    }
}
