//! Crash safety: every post whose id a client was shown survives `kill -9`.
//!
//! Each round starts the real server, has several clients reply through the exec
//! interface at once, kills the server with SIGKILL at a random moment, restarts it
//! and reads every acknowledged post back through it. Some rounds also kill a
//! server while it is starting. `STOA_CRASH_ROUNDS` sets the number of rounds (20
//! by default; the longer run in docs/figures.md uses more) and `STOA_CRASH_SEED` replays a
//! failing run's timings.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::common::{self, Server, private_key};
use russh::ChannelMsg;
use stoa::forum::NewThread;
use stoa_core::testkit;

const WRITERS: u8 = 4;

/// A small deterministic generator, so a failing run can be replayed from its seed.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below.max(1)
    }
}

fn setting(name: &str) -> Option<u64> {
    std::env::var(name).ok()?.parse().ok()
}

/// Replies with `body`; the new id if the server acknowledged it, `None` if the
/// connection died first (the server was killed).
async fn try_reply(c: &common::Connection, parent: u64, body: &str) -> Option<u64> {
    let mut channel = c.session.channel_open_session().await.ok()?;
    channel.exec(true, format!("reply {parent}")).await.ok()?;
    channel.data(body.as_bytes()).await.ok()?;
    channel.eof().await.ok()?;
    let mut output = Vec::new();
    let mut status = None;
    while let Some(msg) = channel.wait().await {
        match msg {
            ChannelMsg::Data { data } | ChannelMsg::ExtendedData { data, .. } => {
                output.extend_from_slice(&data)
            }
            ChannelMsg::ExitStatus { exit_status } => status = Some(exit_status),
            _ => {}
        }
    }
    let stdout = String::from_utf8_lossy(&output);
    match status {
        Some(0) => stdout.trim().parse().ok(),
        // Any other status while the server is healthy is a real failure.
        Some(other) => panic!("reply refused with status {other}: {stdout}"),
        None => None,
    }
}

async fn try_connect(addr: SocketAddr, seed: u8) -> Option<common::Connection> {
    let host_key = Arc::new(Mutex::new(None));
    let session = russh::client::connect(
        Arc::new(russh::client::Config::default()),
        addr,
        common::Client { host_key },
    )
    .await
    .ok()?;
    let mut c = common::Connection {
        session,
        host_key: None,
    };
    let key = russh::keys::PrivateKeyWithHashAlg::new(Arc::new(private_key(seed)), None);
    c.session
        .authenticate_publickey("writer", key)
        .await
        .ok()?
        .success()
        .then_some(())?;
    c.host_key = None;
    Some(c)
}

/// Every post of the thread, as the restarted server reads it back: id → body.
async fn read_back(addr: SocketAddr, thread: stoa::domain::ThreadId) -> BTreeMap<u64, String> {
    let c = common::connect_with_key(addr, "writer", &private_key(1)).await;
    let out = common::exec(&c, &format!("read {thread} --json")).await;
    assert_eq!(out.status, Some(0), "{}", out.stderr);
    let view: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    view["posts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let body = p["body"].as_str().unwrap().to_string();
            (p["id"].as_u64().unwrap(), body)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_posts_survive_kill_9_at_any_moment() {
    let rounds = setting("STOA_CRASH_ROUNDS").unwrap_or(20);
    let seed = setting("STOA_CRASH_SEED").unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
            | 1
    });
    eprintln!("crash test: {rounds} rounds, STOA_CRASH_SEED={seed}");
    let mut dice = Dice(seed);

    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let thread = {
        let forum = testkit::forum(&data).unwrap();
        forum
            .store()
            .put_community(&testkit::community("care"))
            .unwrap();
        let writers: Vec<_> = (1..=WRITERS)
            .map(|i| testkit::sign_up(&forum, &format!("writer{i}"), i).unwrap())
            .collect();
        let first = writers[0].clone();
        forum
            .start_thread(
                &testkit::viewer(first),
                "care",
                NewThread {
                    language: None,
                    title: "Crash log".into(),
                    body: "Every acknowledged reply must be here.".into(),
                },
            )
            .unwrap()
            .id
    };

    let acknowledged: Arc<Mutex<BTreeMap<u64, String>>> = Arc::default();
    let mut total_killed_mid_write = 0;
    for round in 0..rounds {
        if round % 4 == 3 {
            // Killed while starting: opening the database, loading, binding.
            let mut child = common::stoa()
                .args(["--listen", "127.0.0.1:0", "--no-demo", "--data"])
                .arg(&data)
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap();
            tokio::time::sleep(Duration::from_millis(dice.roll(60))).await;
            let _ = child.kill();
            let _ = child.wait();
        }

        let server = Server::start(&data, &["--no-demo"]);
        let stored = read_back(server.addr, thread).await;
        for (id, body) in acknowledged.lock().unwrap().iter() {
            assert_eq!(
                stored.get(id),
                Some(body),
                "round {round}: acknowledged post {id} lost or changed (STOA_CRASH_SEED={seed})"
            );
        }

        let mut writers = Vec::new();
        for w in 1..=WRITERS {
            let (addr, acknowledged) = (server.addr, acknowledged.clone());
            let parents: Vec<u64> = stored.keys().copied().collect();
            let pick = dice.roll(u64::MAX);
            writers.push(tokio::spawn(async move {
                let Some(c) = try_connect(addr, w).await else {
                    return 0;
                };
                let mut n = 0u64;
                loop {
                    let parent = parents[((pick + n) % parents.len() as u64) as usize];
                    let body = format!("round {round}, writer {w}, reply {n}:\n«é» ✓ {pick}");
                    match try_reply(&c, parent, &body).await {
                        Some(id) => {
                            acknowledged.lock().unwrap().insert(id, body);
                            n += 1;
                        }
                        None => return n,
                    }
                }
            }));
        }
        tokio::time::sleep(Duration::from_millis(30 + dice.roll(400))).await;
        server.stop();
        for writer in writers {
            total_killed_mid_write += writer.await.unwrap();
        }
    }

    let server = Server::start(&data, &["--no-demo"]);
    let stored = read_back(server.addr, thread).await;
    let acknowledged = acknowledged.lock().unwrap();
    for (id, body) in acknowledged.iter() {
        assert_eq!(
            stored.get(id),
            Some(body),
            "post {id} (STOA_CRASH_SEED={seed})"
        );
    }
    eprintln!(
        "crash test: {} acknowledged replies over {rounds} kills, all present ({} stored; {total_killed_mid_write} counted by writers)",
        acknowledged.len(),
        stored.len()
    );
    assert!(
        acknowledged.len() as u64 >= rounds,
        "too few writes got through to test anything"
    );
}
