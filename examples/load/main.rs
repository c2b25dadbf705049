//! Many members at once: starts `stoa serve` (the release binary beside this
//! example) on a loopback port, signs up SESSIONS members, and connects them
//! all with a pty at 80×24. Each moves around every few seconds while one
//! member posts a reply a second; then everyone sits idle for a while. Prints
//! sessions held, failed connections, server memory and CPU, keypress-to-frame
//! latency, posts a second and bytes a session receives a minute. Bounded in
//! time; traffic only to loopback. Asserts nothing.
//!
//! With `--big-thread`, the members are parked in a long thread instead of on
//! home: one of 100 posts of 20,000 characters (2 MB, the most a member may
//! write in a hundred posts), where every session resumes, as a member's does
//! who left it there; their keys scroll its first post (issue 19: a session's
//! memory must not grow with the thread it shows).
//!
//! With `--deployments`, the same members are measured on three deployments
//! in one run: sled with one front end, PostgreSQL with one, and PostgreSQL
//! with two front ends behind HAProxy in TCP mode (see `deployments.rs`).
//!
//!     cargo build --release && cargo run --release --example load [-- SESSIONS SECONDS [--big-thread | --deployments]]

use std::io::{BufRead, BufReader, Write};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

#[path = "../common/mod.rs"]
mod common;
mod deployments;

use common::{Trusting, keypair, percentile, usage};
use russh::ChannelMsg;
use russh::client::{self, Handle};
use russh::keys::{PrivateKey, PrivateKeyWithHashAlg};
use stoa::domain::{LastPlace, ThreadId};
use stoa::forum::{PublicKey, SignUp, Viewer};
use stoa_core::testkit;
use tokio::sync::Mutex;

/// Posts in the long thread of `--big-thread`, and characters in each.
const BIG_POSTS: u32 = 100;
const BIG_POST: usize = 20_000;
/// Its title: a member's first frame shows it once they are back in it.
const BIG_TITLE: &str = "Load test: the long read";

/// What the members measured, shared by their tasks.
#[derive(Default)]
struct Tally {
    held: AtomicU64,
    failed: AtomicU64,
    bytes: AtomicU64,
    posts: AtomicU64,
    /// Keypress to the first byte of the frame it caused, in microseconds.
    latencies: Mutex<Vec<u64>>,
    /// Connect to the first frame of home, in microseconds.
    first_frames: Mutex<Vec<u64>>,
}

/// The server, as its own process, on a data directory prepared here.
fn start_server(data: &std::path::Path, sessions: u32) -> (Child, SocketAddr) {
    let config = data.join("load.toml");
    std::fs::write(
        &config,
        format!(
            "[limits]\nmax_connections = {}\nmax_connections_per_address = {}\n",
            sessions + 100,
            sessions + 50
        ),
    )
    .expect("config");
    let mut child = Command::new(common::stoa_binary())
        .args(["--listen", "127.0.0.1:0", "--data"])
        .arg(data.join("forum"))
        .arg("--config")
        .arg(&config)
        .env("RUST_LOG", "warn,stoa=info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run cargo build --release first");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    let (refreshed_tx, refreshed) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(addr) = line.split("listening on ").nth(1) {
                let _ = tx.send(addr.trim().to_string());
            }
            if line.contains("search index refreshed") {
                let _ = refreshed_tx.send(());
            }
        }
    });
    let addr = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("the server did not start");
    // The index is refreshed in the background at start; its memory is the
    // server's, not the sessions', so the empty figure is read after it.
    let _ = refreshed.recv_timeout(Duration::from_secs(60));
    (child, addr.parse().expect("address"))
}

/// Signs up member `n` (`load{n}`, logging in with `keypair(n)`).
fn load_member(forum: &stoa::forum::Forum, n: u32) -> stoa::domain::Account {
    let form = SignUp {
        username: format!("load{n}"),
        display_name: format!("Load member {n}"),
        organization: "Load test".into(),
        region: Some(stoa::domain::Region::Global),
        time_zone: "UTC".into(),
        accepted_policy: true,
        language: None,
    };
    forum
        .sign_up(&PublicKey::ed25519(keypair(n).public), form)
        .expect("member")
}

/// A load member who writes: on the committee, which the forum does not pace,
/// so that the figures measure the write path rather than the flood guard.
fn load_writer(forum: &stoa::forum::Forum, n: u32) -> stoa::domain::Account {
    load_member(forum, n);
    forum
        .grant_role(
            stoa::forum::Actor::Operator,
            &format!("load{n}"),
            stoa::domain::Role::Moderator,
        )
        .expect("writer")
}

async fn login(addr: SocketAddr, n: u32) -> Option<Handle<Trusting>> {
    let config = Arc::new(client::Config::default());
    let mut session = client::connect(config, addr, Trusting).await.ok()?;
    let key = PrivateKey::from(keypair(n));
    let auth = session
        .authenticate_publickey(
            format!("load{n}"),
            PrivateKeyWithHashAlg::new(Arc::new(key), None),
        )
        .await
        .ok()?;
    auth.success().then_some(session)
}

/// One member: home (or, given `landing`, the screen whose first frame shows
/// it), then a key every few seconds until `until`, then idle.
async fn member(
    addr: SocketAddr,
    n: u32,
    landing: Option<&'static str>,
    until: Instant,
    idle_until: Instant,
    tally: Arc<Tally>,
) {
    let started = Instant::now();
    let Some(session) = login(addr, n).await else {
        tally.failed.fetch_add(1, Ordering::Relaxed);
        return;
    };
    let Ok(mut channel) = session.channel_open_session().await else {
        tally.failed.fetch_add(1, Ordering::Relaxed);
        return;
    };
    if channel
        .request_pty(true, "xterm-256color", 80, 24, 0, 0, &[])
        .await
        .is_err()
        || channel.request_shell(true).await.is_err()
    {
        tally.failed.fetch_add(1, Ordering::Relaxed);
        return;
    }
    // The first frame of home, or of the screen the member came back to.
    let mut first = Vec::new();
    loop {
        match tokio::time::timeout(Duration::from_secs(30), channel.wait()).await {
            Ok(Some(ChannelMsg::Data { data })) => {
                tally.bytes.fetch_add(data.len() as u64, Ordering::Relaxed);
                if let Some(text) = landing {
                    first.extend_from_slice(&data);
                    if !first.windows(text.len()).any(|w| w == text.as_bytes()) {
                        continue;
                    }
                }
                tally
                    .first_frames
                    .lock()
                    .await
                    .push(started.elapsed().as_micros() as u64);
                break;
            }
            Ok(Some(_)) => {}
            _ => {
                tally.failed.fetch_add(1, Ordering::Relaxed);
                return;
            }
        }
    }
    tally.held.fetch_add(1, Ordering::Relaxed);
    let keys: [&[u8]; 4] = [b"j", b"j", b"k", b"k"];
    let mut turn = n as usize;
    // Members start their keys at different moments, as people do.
    let mut next_key = Instant::now() + Duration::from_millis(u64::from(n % 3000));
    let mut pressed: Option<Instant> = None;
    loop {
        let now = Instant::now();
        if now >= idle_until {
            break;
        }
        if now >= next_key && now < until && pressed.is_none() {
            let _ = channel.data(keys[turn % keys.len()]).await;
            turn += 1;
            pressed = Some(Instant::now());
            next_key = Instant::now() + Duration::from_secs(3);
        }
        let wait = next_key
            .min(idle_until)
            .saturating_duration_since(Instant::now());
        match tokio::time::timeout(wait.max(Duration::from_millis(1)), channel.wait()).await {
            Ok(Some(ChannelMsg::Data { data })) => {
                tally.bytes.fetch_add(data.len() as u64, Ordering::Relaxed);
                if let Some(at) = pressed.take() {
                    tally
                        .latencies
                        .lock()
                        .await
                        .push(at.elapsed().as_micros() as u64);
                }
            }
            Ok(Some(_)) | Err(_) => {}
            Ok(None) => return,
        }
    }
    let _ = channel.close().await;
}

/// One member posting a reply a second to a thread everyone's home counts.
async fn poster(addr: SocketAddr, thread: ThreadId, until: Instant, tally: Arc<Tally>) {
    let Some(session) = login(addr, 0).await else {
        return;
    };
    let mut at = Instant::now();
    while Instant::now() < until {
        if let Ok(mut channel) = session.channel_open_session().await
            && channel.exec(true, format!("reply {thread}")).await.is_ok()
        {
            let _ = channel
                .data(&b"Live from the load test: one more reply."[..])
                .await;
            let _ = channel.eof().await;
            while let Some(msg) = channel.wait().await {
                if let ChannelMsg::ExitStatus { exit_status: 0 } = msg {
                    tally.posts.fetch_add(1, Ordering::Relaxed);
                }
            }
        }
        at += Duration::from_secs(1);
        tokio::time::sleep_until(at.into()).await;
    }
}

/// A post of `BIG_POST` characters in paragraphs, as a long report pasted in
/// would be; `n` tells the posts apart.
fn long_post(n: u32) -> String {
    let sentence = "District teams met each week to review referrals, and the clinics \
        kept one register of the people living with long-term conditions. ";
    let mut body = format!("Part {n} of the long read. ");
    let mut sentences = 0;
    while body.len() < BIG_POST {
        body.push_str(sentence);
        sentences += 1;
        if sentences % 5 == 0 {
            body.push_str("\n\n");
        }
    }
    // ASCII throughout, so bytes are characters; the end is not blank, which
    // the forum would trim.
    body.truncate(BIG_POST - 1);
    body.push('.');
    body
}

/// Writes the long thread of `--big-thread` and leaves every member's session
/// in it, to come back to when they connect.
fn long_thread(forum: &stoa::forum::Forum, writer: &Viewer, members: &[Viewer]) -> ThreadId {
    let thread = forum
        .start_thread(
            writer,
            "care-workforce",
            stoa::forum::NewThread {
                language: None,
                title: BIG_TITLE.into(),
                body: long_post(0),
            },
        )
        .expect("long thread");
    for n in 1..BIG_POSTS {
        forum
            .reply(writer, thread.id.opening_post(), &long_post(n))
            .expect("long reply");
    }
    let spot = LastPlace::Thread {
        id: thread.id,
        post: thread.id.opening_post(),
    };
    for member in members {
        forum.remember_last_place(member, &spot).expect("spot");
    }
    thread.id
}

#[tokio::main]
async fn main() {
    let (flags, mut args): (Vec<String>, Vec<String>) =
        std::env::args().skip(1).partition(|a| a.starts_with("--"));
    let big_thread = flags.iter().any(|f| f == "--big-thread");
    let compare = flags.iter().any(|f| f == "--deployments");
    if let Some(unknown) = flags
        .iter()
        .find(|f| *f != "--big-thread" && *f != "--deployments")
    {
        eprintln!("unknown option {unknown}: they are --big-thread and --deployments");
        std::process::exit(2);
    }
    args.reverse();
    let sessions: u32 = args.pop().and_then(|a| a.parse().ok()).unwrap_or(200);
    let seconds: u64 = args.pop().and_then(|a| a.parse().ok()).unwrap_or(30);
    if compare {
        deployments::run(sessions, seconds).await;
        return;
    }
    let dir = tempfile::tempdir().expect("temporary directory");

    // Members and a thread, written before the server opens the database.
    let thread = {
        let forum = testkit::forum(&dir.path().join("forum")).expect("forum");
        stoa::demo::load(&forum).expect("demo");
        let started = Instant::now();
        let mut first = None;
        let mut members = Vec::new();
        for n in 0..=sessions {
            let account = if n == 0 {
                load_writer(&forum, n)
            } else {
                load_member(&forum, n)
            };
            if n == 0 {
                first = Some(testkit::viewer(account));
            } else if big_thread {
                members.push(testkit::viewer(account));
            }
        }
        let writer = first.expect("the poster");
        forum.join(&writer, "care-workforce").expect("join");
        let thread = forum
            .start_thread(
                &writer,
                "care-workforce",
                stoa::forum::NewThread {
                    language: None,
                    title: "Load test: live replies".into(),
                    body: "Replies arrive here once a second.".into(),
                },
            )
            .expect("thread");
        println!(
            "{} members signed up in {:.1} s",
            sessions + 1,
            started.elapsed().as_secs_f64()
        );
        if big_thread {
            let started = Instant::now();
            long_thread(&forum, &writer, &members);
            println!(
                "members parked in a thread of {BIG_POSTS} posts of {BIG_POST} characters \
                 (written in {:.1} s)",
                started.elapsed().as_secs_f64()
            );
        }
        thread.id
    };
    let landing = big_thread.then_some(BIG_TITLE);

    let (mut server, addr) = start_server(dir.path(), sessions);
    let pid = server.id();
    let (rss_empty, _) = usage(pid);
    let tally = Arc::new(Tally::default());
    let connect_started = Instant::now();
    let until = connect_started + Duration::from_secs(seconds);
    let idle_until = until + Duration::from_secs(10);
    let mut tasks = Vec::new();
    for n in 1..=sessions {
        tasks.push(tokio::spawn(member(
            addr,
            n,
            landing,
            until,
            idle_until,
            tally.clone(),
        )));
        // Logins arrive over a second or two, not in one instant.
        if n % 50 == 0 {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    // Everyone in: the poster starts, and the busy phase is measured.
    while tally.held.load(Ordering::Relaxed) + tally.failed.load(Ordering::Relaxed)
        < u64::from(sessions)
        && Instant::now() < until
    {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let connected_in = connect_started.elapsed();
    let (rss_held, cpu_start) = usage(pid);
    let busy_started = Instant::now();
    let bytes_start = tally.bytes.load(Ordering::Relaxed);
    let post_task = tokio::spawn(poster(addr, thread, until, tally.clone()));
    tokio::time::sleep_until(until.into()).await;
    let busy = busy_started.elapsed();
    let (rss_busy, cpu_busy_end) = usage(pid);
    let bytes_busy = tally.bytes.load(Ordering::Relaxed) - bytes_start;
    // Idle: nobody presses anything; the server should do nothing.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (_, cpu_idle_start) = usage(pid);
    let idle_started = Instant::now();
    tokio::time::sleep_until((idle_until - Duration::from_millis(500)).into()).await;
    let (_, cpu_idle_end) = usage(pid);
    let idle = idle_started.elapsed();
    for t in tasks {
        let _ = t.await;
    }
    let _ = post_task.await;
    let _ = server.kill();
    let _ = server.wait();

    let ticks = 100.0; // clock ticks a second on Linux
    let held = tally.held.load(Ordering::Relaxed);
    let mut latencies = tally.latencies.lock().await.clone();
    latencies.sort_unstable();
    let mut first_frames = tally.first_frames.lock().await.clone();
    first_frames.sort_unstable();
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "sessions held                {held} of {sessions} (all in after {:.1} s)",
        connected_in.as_secs_f64()
    );
    let _ = writeln!(
        out,
        "failed connections           {}",
        tally.failed.load(Ordering::Relaxed)
    );
    let _ = writeln!(
        out,
        "server RSS                   {:.1} MiB empty, {:.1} MiB with the sessions, {:.1} MiB busy",
        rss_empty as f64 / 1024.0,
        rss_held as f64 / 1024.0,
        rss_busy as f64 / 1024.0
    );
    let per = (rss_held.saturating_sub(rss_empty)) as f64 / held.max(1) as f64;
    let _ = writeln!(out, "RSS per session              {per:.0} KiB");
    let _ = writeln!(
        out,
        "server CPU, busy             {:.0} % of one core over {:.0} s",
        (cpu_busy_end - cpu_start) as f64 / ticks / busy.as_secs_f64() * 100.0,
        busy.as_secs_f64()
    );
    let _ = writeln!(
        out,
        "server CPU, idle             {:.1} % of one core over {:.0} s",
        (cpu_idle_end - cpu_idle_start) as f64 / ticks / idle.as_secs_f64() * 100.0,
        idle.as_secs_f64()
    );
    let _ = writeln!(
        out,
        "connect to first frame       median {:.0} ms, p99 {:.0} ms",
        percentile(&first_frames, 0.5),
        percentile(&first_frames, 0.99)
    );
    let _ = writeln!(
        out,
        "keypress to frame            median {:.1} ms, p99 {:.1} ms ({} keys)",
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        latencies.len()
    );
    let _ = writeln!(
        out,
        "posts a second               {:.2}",
        tally.posts.load(Ordering::Relaxed) as f64 / busy.as_secs_f64()
    );
    let per_minute = bytes_busy as f64 / held.max(1) as f64 / busy.as_secs_f64() * 60.0;
    let _ = writeln!(
        out,
        "bytes a session a minute     {per_minute:.0} (terminal bytes, while busy)"
    );
}
