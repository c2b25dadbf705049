//! `--deployments`: the same load on three deployments, in one run.
//!
//! 1. sled, one front end (what `cargo run --release` starts);
//! 2. PostgreSQL, one front end;
//! 3. PostgreSQL, two front ends behind HAProxy in TCP mode (from the
//!    distribution's packages: `apt-get install haproxy`), on loopback.
//!
//! Each gets the members connected through its entry (the server, or HAProxy)
//! with a pty at 80×24 and a key every three seconds, then 50 writers posting
//! replies as fast as they are acknowledged, then 30 live-delay samples: a
//! reply posted on the first front end, timed to the first byte of the frame
//! it causes on a member's screen on the last (the same server with one front
//! end; the other one with two). PostgreSQL is a throwaway server of the
//! harness's own (`initdb` in a temporary directory). Prints one table.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use russh::ChannelMsg;
use stoa::domain::{LastPlace, PostId};
use stoa::forum::{Editorial, Forum};
use stoa::store::{Holding, Location, Store};
use stoa_core::testkit::{self, postgres::TempPostgres};

use super::common::{self, percentile};
use super::{Tally, login, member};

/// Writers posting at once, and for how long.
const WRITERS: u32 = 50;
const WRITING: Duration = Duration::from_secs(10);
/// Live-delay samples.
const SAMPLES: usize = 30;

struct Row {
    name: &'static str,
    held: u64,
    sessions: u32,
    p99_key_ms: f64,
    posts_per_second: f64,
    delay: (f64, f64),
}

/// The member who watches for the live delay: after every session and writer.
fn watcher_number(sessions: u32) -> u32 {
    sessions.max(WRITERS) + 1
}

/// Members, the replies' thread, and the watcher's place in it, written
/// before the servers open the database.
fn prepare(forum: &Forum, sessions: u32) -> PostId {
    stoa::demo::load(forum).expect("demo");
    let mut writer = None;
    let last = watcher_number(sessions);
    for n in 0..=last {
        let account = if n <= WRITERS {
            super::load_writer(forum, n)
        } else {
            super::load_member(forum, n)
        };
        if n == 0 {
            writer = Some(testkit::viewer(account));
        } else if n == last {
            forum
                .join(&testkit::viewer(account), "care-workforce")
                .expect("join");
        }
    }
    let writer = writer.expect("the writer");
    let thread = forum
        .start_thread(
            &writer,
            "care-workforce",
            stoa::forum::NewThread {
                language: None,
                title: "Load test: replies across front ends".into(),
                body: "Replies arrive here.".into(),
            },
        )
        .expect("thread");
    let watcher = testkit::viewer(
        forum
            .account(&format!("load{last}"))
            .expect("read")
            .expect("watcher"),
    );
    forum
        .remember_last_place(
            &watcher,
            &LastPlace::Thread {
                id: thread.id,
                post: thread.id.opening_post(),
            },
        )
        .expect("place");
    thread.id.opening_post()
}

/// `stoa serve` with `store` (none: sled in `data`), its address.
fn front_end(data: &Path, config: &Path, store: Option<&str>) -> (Child, SocketAddr) {
    let mut command = Command::new(common::stoa_binary());
    command
        .args(["--listen", "127.0.0.1:0", "--no-demo", "--data"])
        .arg(data)
        .arg("--config")
        .arg(config)
        .env("RUST_LOG", "warn,stoa=info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if let Some(url) = store {
        command.args(["--store", url]);
    }
    let mut child = command.spawn().expect("run cargo build --release first");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(addr) = line.split("listening on ").nth(1) {
                let _ = tx.send(addr.trim().to_string());
            }
            if line.contains("WARN") || line.contains("ERROR") || line.contains("refused a session")
            {
                eprintln!("server: {line}");
            }
        }
    });
    let addr = rx
        .recv_timeout(Duration::from_secs(120))
        .expect("the server did not start");
    (child, addr.parse().expect("address"))
}

/// HAProxy in TCP mode before `servers`, least connections first.
fn haproxy(dir: &Path, servers: &[SocketAddr]) -> (Child, SocketAddr) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let mut config = format!(
        "global\n  maxconn 4000\n\
         defaults\n  mode tcp\n  timeout connect 5s\n  timeout client 1h\n  timeout server 1h\n\
         frontend ssh\n  bind 127.0.0.1:{port}\n  default_backend stoa\n\
         backend stoa\n  balance leastconn\n"
    );
    for (i, s) in servers.iter().enumerate() {
        config.push_str(&format!("  server front{i} {s} check\n"));
    }
    let path = dir.join("haproxy.cfg");
    std::fs::write(&path, config).expect("haproxy config");
    let child = Command::new("haproxy")
        .arg("-db")
        .arg("-f")
        .arg(&path)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("HAProxy is needed for the third deployment: apt-get install haproxy");
    let addr: SocketAddr = format!("127.0.0.1:{port}").parse().expect("address");
    let started = Instant::now();
    while std::net::TcpStream::connect(addr).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "HAProxy did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    (child, addr)
}

/// Replies posted by `WRITERS` members at once through `entry`, as fast as
/// each is acknowledged: durable posts a second.
async fn writers(entry: SocketAddr, post: PostId) -> f64 {
    let acknowledged = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let started = Instant::now();
    let until = started + WRITING;
    let mut tasks = Vec::new();
    for n in 1..=WRITERS {
        let acknowledged = acknowledged.clone();
        tasks.push(tokio::spawn(async move {
            let Some(session) = login(entry, n).await else {
                return;
            };
            while Instant::now() < until {
                let Ok(mut channel) = session.channel_open_session().await else {
                    return;
                };
                if channel.exec(true, format!("reply {post}")).await.is_err() {
                    return;
                }
                let _ = channel.data(&b"A durable reply."[..]).await;
                let _ = channel.eof().await;
                while let Some(msg) = channel.wait().await {
                    match msg {
                        ChannelMsg::ExitStatus { exit_status: 0 } => {
                            acknowledged.fetch_add(1, Ordering::Relaxed);
                            let _ = channel.close().await;
                        }
                        // Closed from this end too, or the server counts it
                        // open (16 a connection at most).
                        ChannelMsg::ExitStatus { .. } | ChannelMsg::Eof => {
                            let _ = channel.close().await;
                        }
                        _ => {}
                    }
                }
            }
        }));
    }
    for t in tasks {
        let _ = t.await;
    }
    acknowledged.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64()
}

/// A reply posted on `from`, timed to the first byte it brings to the
/// watcher's screen on `to`: median and p99, in milliseconds.
async fn live_delay(from: SocketAddr, to: SocketAddr, watcher: u32, post: PostId) -> (f64, f64) {
    let watching = login(to, watcher).await.expect("the watcher logs in");
    let mut screen = watching.channel_open_session().await.expect("channel");
    screen
        .request_pty(true, "xterm-256color", 80, 24, 0, 0, &[])
        .await
        .expect("pty");
    screen.request_shell(true).await.expect("shell");
    let quiet = |ms| Duration::from_millis(ms);
    // Until the screen has settled.
    while let Ok(Some(_)) = tokio::time::timeout(quiet(1000), screen.wait()).await {}
    let mut delays = Vec::new();
    for n in 0..SAMPLES {
        // A connection a sample (a connection's commands are limited), its
        // login not timed.
        let poster = login(from, 0).await.expect("the poster logs in");
        let mut channel = poster.channel_open_session().await.expect("channel");
        let sent = Instant::now();
        channel
            .exec(true, format!("reply {post}"))
            .await
            .expect("exec");
        let _ = channel.data(format!("Live sample {n}.").as_bytes()).await;
        let _ = channel.eof().await;
        let waiting = tokio::spawn(async move { while channel.wait().await.is_some() {} });
        loop {
            match tokio::time::timeout(Duration::from_secs(10), screen.wait()).await {
                Ok(Some(ChannelMsg::Data { .. })) => {
                    delays.push(sent.elapsed().as_micros() as u64);
                    break;
                }
                Ok(Some(_)) => {}
                _ => break,
            }
        }
        let _ = waiting.await;
        // Its frame drawn whole before the next.
        while let Ok(Some(_)) = tokio::time::timeout(quiet(300), screen.wait()).await {}
    }
    delays.sort_unstable();
    (percentile(&delays, 0.5), percentile(&delays, 0.99))
}

async fn measure(
    name: &'static str,
    front_ends: usize,
    postgres: Option<&TempPostgres>,
    sessions: u32,
    seconds: u64,
) -> Row {
    let dir = tempfile::tempdir().expect("temporary directory");
    let url = postgres.map(|pg| pg.database().unwrap_or_else(|e| stop(&e)));
    // Off the async runtime: the blocking PostgreSQL client cannot run on it.
    let (forum_dir, prepared_url) = (dir.path().join("fe0"), url.clone());
    let post = tokio::task::spawn_blocking(move || {
        let forum = match &prepared_url {
            None => testkit::forum(&forum_dir).expect("forum"),
            Some(url) => {
                let location = Location::Postgres {
                    config: Box::new(url.parse().expect("url")),
                    connections: 4,
                };
                testkit::forum_on(
                    Store::open_at(&location, Holding::Alone).expect("store"),
                    Editorial::default(),
                )
                .expect("forum")
            }
        };
        prepare(&forum, sessions)
    })
    .await
    .expect("prepared");
    let config = dir.path().join("load.toml");
    std::fs::write(
        &config,
        format!(
            "[server]\nhost_key = \"{}\"\n[limits]\nmax_connections = {}\nmax_connections_per_address = {}\n",
            dir.path().join("host_ed25519_key").display(),
            sessions + 200,
            sessions + 200
        ),
    )
    .expect("config");
    let mut children = Vec::new();
    let mut addrs = Vec::new();
    for i in 0..front_ends {
        let (child, addr) = front_end(&dir.path().join(format!("fe{i}")), &config, url.as_deref());
        children.push(child);
        addrs.push(addr);
    }
    let entry = if front_ends > 1 {
        let (child, addr) = haproxy(dir.path(), &addrs);
        children.push(child);
        addr
    } else {
        addrs[0]
    };

    let tally = Arc::new(Tally::default());
    let until = Instant::now() + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for n in 1..=sessions {
        tasks.push(tokio::spawn(member(
            entry,
            n,
            None,
            until,
            until,
            tally.clone(),
        )));
        if n % 50 == 0 {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    for t in tasks {
        let _ = t.await;
    }
    let mut latencies = tally.latencies.lock().await.clone();
    latencies.sort_unstable();
    let posts_per_second = writers(entry, post).await;
    let watcher = watcher_number(sessions);
    let delay = live_delay(addrs[0], addrs[front_ends - 1], watcher, post).await;
    for mut child in children {
        let _ = child.kill();
        let _ = child.wait();
    }
    Row {
        name,
        held: tally.held.load(Ordering::Relaxed),
        sessions,
        p99_key_ms: percentile(&latencies, 0.99),
        posts_per_second,
        delay,
    }
}

/// Says why the harness cannot go on, and ends it.
fn stop(why: &dyn std::fmt::Display) -> ! {
    eprintln!("load --deployments: {why}");
    std::process::exit(2);
}

pub async fn run(sessions: u32, seconds: u64) {
    let postgres = TempPostgres::start().unwrap_or_else(|e| stop(&e));
    let rows = vec![
        measure("sled, one front end", 1, None, sessions, seconds).await,
        measure(
            "PostgreSQL, one front end",
            1,
            Some(&postgres),
            sessions,
            seconds,
        )
        .await,
        measure(
            "PostgreSQL, two front ends behind HAProxy",
            2,
            Some(&postgres),
            sessions,
            seconds,
        )
        .await,
    ];
    println!(
        "| deployment | sessions held | keypress to frame, p99 | durable posts/s, {WRITERS} writers | live delay (post on the first front end to frame on the last), median / p99 |"
    );
    println!("| --- | --- | --- | --- | --- |");
    for r in rows {
        println!(
            "| {} | {} of {} | {:.1} ms | {:.0} | {:.1} / {:.1} ms |",
            r.name, r.held, r.sessions, r.p99_key_ms, r.posts_per_second, r.delay.0, r.delay.1
        );
    }
}
