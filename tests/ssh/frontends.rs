//! Several `stoa serve` front ends on one PostgreSQL database, driven by real
//! SSH clients: one identity, one membership, live changes across them, and
//! nothing acknowledged lost when a front end is killed or the database
//! restarts under load.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::common::{
    self, Server, Terminal, connect, connect_with_key, exec, exec_with_stdin, private_key, sign_up,
};
use stoa_core::testkit::postgres::TempPostgres;

/// A front end's flags: its own data directory (search index), the shared
/// database, and the settings file naming the shared host key.
struct Deployment {
    _pg: TempPostgres,
    dir: tempfile::TempDir,
    url: String,
    config: PathBuf,
}

impl Deployment {
    fn new() -> Deployment {
        let pg = TempPostgres::start().unwrap();
        let url = pg.database().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("stoa.toml");
        std::fs::write(
            &config,
            format!(
                "[server]\nhost_key = \"{}\"\n",
                dir.path().join("host_ed25519_key").display()
            ),
        )
        .unwrap();
        Deployment {
            _pg: pg,
            dir,
            url,
            config,
        }
    }

    fn front_end(&self, name: &str) -> Server {
        let config = self.config.display().to_string();
        Server::start(
            &self.dir.path().join(name),
            &["--store", &self.url, "--config", &config],
        )
    }

    fn restart_database(&self) {
        self._pg.restart().unwrap();
    }

    /// Everything in the database now, as `stoa export` writes it (beside
    /// running front ends: one REPEATABLE READ read).
    fn export(&self) -> String {
        let out = common::stoa()
            .args(["--store", &self.url, "export"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn two_front_ends_share_one_identity_the_members_and_live_changes() {
    let d = Deployment::new();
    let a = d.front_end("a");
    let b = d.front_end("b");
    assert_eq!(
        connect(a.addr).await.host_key,
        connect(b.addr).await.host_key,
        "one fingerprint whichever front end answers"
    );
    // Signed up on A (amara, the first, is the admin), known on B.
    sign_up(a.addr, 1, "amara").await;
    sign_up(a.addr, 2, "li").await;
    let li_on_b = connect_with_key(b.addr, "li", &private_key(2)).await;
    assert_eq!(exec(&li_on_b, "whoami").await.stdout, "li member\n");

    // li reads a community's threads on B; amara posts there on A.
    let mut reading = Terminal::open(&li_on_b, 80, 24).await;
    reading.wait_text("Welcome").await;
    reading.send(b"gc\r").await;
    reading.wait_text("Coordinated care workforce").await;
    let amara = connect_with_key(a.addr, "amara", &private_key(1)).await;
    let posted = exec_with_stdin(
        &amara,
        "post care-workforce Handovers across front ends",
        b"Posted on A, read on B.",
    )
    .await;
    assert_eq!(posted.status, Some(0), "{}", posted.stderr);
    reading.wait_text("Handovers across front ends").await;

    // A ban given on A ends li's session on B.
    let banned = exec(&amara, "admin ban li 7d Posting spam links").await;
    assert_eq!(banned.status, Some(0), "{}", banned.stderr);
    reading
        .wait_for("the session on B to end", |t| t.exit_status.is_some())
        .await;
    assert!(
        String::from_utf8_lossy(&reading.raw)
            .replace("\r\n", " ")
            .contains("Posting spam links"),
        "{}",
        reading.text()
    );

    // An offline command is refused while they run.
    let out = common::stoa()
        .args(["--store", &d.url, "admin", "grant", "li", "moderator"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("in use by a running Stoa server"), "{said}");
}

/// Posts written through `addr` by `writers` connections at once until
/// `until`; the titles the server acknowledged (status 0) are pushed to `acked`.
async fn write_posts(
    addr: SocketAddr,
    writers: u8,
    label: String,
    until: Instant,
    acked: Arc<Mutex<Vec<String>>>,
) {
    let mut tasks = Vec::new();
    for w in 0..writers {
        let (label, acked) = (label.clone(), acked.clone());
        tasks.push(tokio::spawn(async move {
            let Ok(Ok(c)) = tokio::time::timeout(
                Duration::from_secs(5),
                tokio::spawn(async move { connect_with_key(addr, "amara", &private_key(1)).await }),
            )
            .await
            else {
                return;
            };
            let mut n = 0;
            while Instant::now() < until {
                n += 1;
                let title = format!("{label} writer {w} post {n}");
                let command = format!("post care-workforce {title}");
                let out = tokio::time::timeout(
                    Duration::from_secs(40),
                    exec_with_stdin(&c, &command, b"Counted."),
                )
                .await;
                match out {
                    Ok(out) if out.status == Some(0) => acked.lock().unwrap().push(title),
                    // Refused or cut off: not acknowledged, so not counted.
                    _ => break,
                }
            }
        }));
    }
    for task in tasks {
        let _ = task.await;
    }
}

fn missing(dump: &str, acked: &[String]) -> Vec<String> {
    acked
        .iter()
        .filter(|title| !dump.contains(&format!("\"{title}\"")))
        .cloned()
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_front_end_killed_under_writers_loses_no_acknowledged_post() {
    let d = Deployment::new();
    let b = d.front_end("b");
    sign_up(b.addr, 1, "amara").await;
    let acked = Arc::new(Mutex::new(Vec::new()));
    for round in 0..20 {
        let a = d.front_end("a");
        let until = Instant::now() + Duration::from_millis(600);
        let on_a = tokio::spawn(write_posts(
            a.addr,
            4,
            format!("round {round} on A"),
            Instant::now() + Duration::from_secs(30),
            acked.clone(),
        ));
        let on_b = tokio::spawn(write_posts(
            b.addr,
            1,
            format!("round {round} on B"),
            until,
            acked.clone(),
        ));
        tokio::time::sleep(Duration::from_millis(400)).await;
        a.stop(); // SIGKILL, with writes in flight
        let _ = on_a.await;
        let _ = on_b.await;
    }
    let acked = acked.lock().unwrap().clone();
    assert!(
        acked.len() > 40,
        "writers were acknowledged: {}",
        acked.len()
    );
    let lost = missing(&d.export(), &acked);
    assert!(
        lost.is_empty(),
        "{} acknowledged posts lost: {lost:?}",
        lost.len()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn restarting_postgresql_under_load_loses_nothing_and_the_front_ends_recover() {
    let d = Deployment::new();
    let a = d.front_end("a");
    let b = d.front_end("b");
    sign_up(a.addr, 1, "amara").await;
    let acked = Arc::new(Mutex::new(Vec::new()));
    let until = Instant::now() + Duration::from_secs(4);
    let on_a = tokio::spawn(write_posts(a.addr, 3, "on A".into(), until, acked.clone()));
    let on_b = tokio::spawn(write_posts(b.addr, 3, "on B".into(), until, acked.clone()));
    tokio::time::sleep(Duration::from_millis(1500)).await;
    // pg_ctl restart -m fast: every connection breaks while writers write.
    d.restart_database();
    let before = acked.lock().unwrap().len();
    let _ = on_a.await;
    let _ = on_b.await;
    let acked = acked.lock().unwrap().clone();
    assert!(before > 0, "writes were acknowledged before the restart");
    assert!(
        acked.len() > before,
        "writers went on through the restart: {before} before, {} in all",
        acked.len()
    );
    let lost = missing(&d.export(), &acked);
    assert!(
        lost.is_empty(),
        "{} acknowledged posts lost: {lost:?}",
        lost.len()
    );

    // Both front ends work again by themselves, live across each other.
    let amara_b = connect_with_key(b.addr, "amara", &private_key(1)).await;
    let mut reading = Terminal::open(&amara_b, 80, 24).await;
    reading.wait_text("Welcome").await;
    reading.send(b"gc\r").await;
    reading.wait_text("Coordinated care workforce").await;
    let amara_a = connect_with_key(a.addr, "amara", &private_key(1)).await;
    let posted = exec_with_stdin(&amara_a, "post care-workforce After the restart", b"Fine.").await;
    assert_eq!(posted.status, Some(0), "{}", posted.stderr);
    reading.wait_text("After the restart").await;
}
