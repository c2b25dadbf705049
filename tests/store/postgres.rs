//! The offline commands on a PostgreSQL store: `stoa admin`, `reindex`,
//! `check`, `export` and `import` take `--store` as they take `--data`, and
//! refuse to write under a running server.

use std::process::Output;

use crate::common::{Server, private_key, stoa};
use stoa_core::testkit::postgres::TempPostgres;

fn run(url: &str, data: &std::path::Path, args: &[&str]) -> Output {
    stoa()
        .args(["--store", url, "--data"])
        .arg(data)
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_offline_commands_work_on_a_postgresql_store() {
    let pg = TempPostgres::start().unwrap();
    let url = pg.database().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let key = dir.path().join("amara.pub");
    let line = private_key(1).public_key().to_openssh().unwrap();
    std::fs::write(&key, format!("{line} amara@laptop\n")).unwrap();

    let out = run(
        &url,
        &data,
        &["admin", "add-user", "amara", "--key", key.to_str().unwrap()],
    );
    assert_eq!(
        text(&out.stdout),
        "added amara (admin) with 1 key\n",
        "{}",
        text(&out.stderr)
    );
    let out = run(&url, &data, &["reindex"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("indexed"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&url, &data, &["check"]);
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );

    let dump = run(&url, &data, &["export"]);
    assert!(dump.status.success(), "{}", text(&dump.stderr));
    assert!(text(&dump.stdout).contains("\"amara\""));
    let file = dir.path().join("forum.jsonl");
    std::fs::write(&file, &dump.stdout).unwrap();

    // Into an empty database, byte for byte; not into one that holds a forum.
    let other = pg.database().unwrap();
    let out = run(&other, &data, &["import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(run(&other, &data, &["export"]).stdout, dump.stdout);
    let again = run(&other, &data, &["import", file.to_str().unwrap()]);
    assert!(!again.status.success());
    assert!(
        text(&again.stderr).contains("already holds a forum"),
        "{}",
        text(&again.stderr)
    );

    // A running server: writing commands are refused, the online export is not.
    let server = Server::start(&dir.path().join("front"), &["--store", &url]);
    let out = run(&url, &data, &["admin", "grant", "amara", "member"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("in use by a running Stoa server"),
        "{}",
        text(&out.stderr)
    );
    let out = run(&url, &data, &["reindex"]);
    assert!(
        text(&out.stderr).contains("in use by a running Stoa server"),
        "{}",
        text(&out.stderr)
    );
    let online = run(&url, &data, &["export"]);
    assert!(online.status.success(), "{}", text(&online.stderr));
    drop(server);

    // A password on the command line is refused: anyone listing processes reads it.
    let out = stoa()
        .args(["--store", "postgres://stoa:secret@127.0.0.1/stoa", "export"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("must not carry the password"),
        "{}",
        text(&out.stderr)
    );
}
