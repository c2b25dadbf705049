//! The same scripted session served two ways, in one run: by `stoa serve` (one
//! process, every member a task in it), and by OpenSSH's sshd running
//! `stoa local` as a forced command (the classic BBS set-up: a process, or
//! three, per member). SESSIONS members connect with a pty at 80×24, wait for
//! home, press `j` and `k`, and stay connected while memory is read. Prints,
//! for each, memory per session and connect-to-first-frame time, and the
//! ratios. Both servers listen on loopback ports with throwaway settings;
//! sshd runs from a throwaway configuration and stops at the end.
//!
//! sled lets one process open a database, so every classic session gets its
//! own copy of the same small forum, made before the clock starts.
//!
//!     apt-get install openssh-server   # the sshd binary; no service is started
//!     cargo build --release && cargo run --release --example side_by_side [-- SESSIONS]

mod common;

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{Trusting, keypair, percentile, pss, tree, usage};
use russh::ChannelMsg;
use russh::client::{self, Handle, Msg};
use russh::keys::{PrivateKey, PrivateKeyWithHashAlg};
use stoa::forum::{PublicKey, SignUp};
use stoa_core::testkit;

const SSHD: &str = "/usr/sbin/sshd";

/// What one way of serving measured.
struct Figures {
    held: usize,
    /// Memory the sessions added, in KiB: resident, and proportional.
    rss: u64,
    pss: u64,
    first_frames: Vec<u64>,
    keys: Vec<u64>,
}

/// A session as a member's client sees it: connected, home on screen.
struct Open {
    _session: Handle<Trusting>,
    channel: russh::Channel<Msg>,
}

/// Reads until `needle` has arrived; false on timeout or close.
async fn wait_for(channel: &mut russh::Channel<Msg>, needle: &[u8]) -> bool {
    let mut seen: Vec<u8> = Vec::new();
    loop {
        match tokio::time::timeout(Duration::from_secs(60), channel.wait()).await {
            Ok(Some(ChannelMsg::Data { data })) => {
                seen.extend_from_slice(&data);
                if seen.windows(needle.len()).any(|w| w == needle) {
                    return true;
                }
            }
            Ok(Some(_)) => {}
            _ => return false,
        }
    }
}

/// Connects as `user` and waits for home; the time it took, in microseconds.
async fn connect(addr: SocketAddr, user: &str, session_env: Option<u32>) -> Option<(Open, u64)> {
    let started = Instant::now();
    let config = Arc::new(client::Config::default());
    let mut session = client::connect(config, addr, Trusting).await.ok()?;
    let key = PrivateKey::from(keypair(1));
    let auth = session
        .authenticate_publickey(user, PrivateKeyWithHashAlg::new(Arc::new(key), None))
        .await
        .ok()?;
    if !auth.success() {
        return None;
    }
    let mut channel = session.channel_open_session().await.ok()?;
    if let Some(n) = session_env {
        channel
            .set_env(false, "STOA_SESSION", n.to_string())
            .await
            .ok()?;
    }
    channel
        .request_pty(true, "xterm-256color", 80, 24, 0, 0, &[])
        .await
        .ok()?;
    channel.request_shell(true).await.ok()?;
    // Home lists the communities: the first whole frame has arrived.
    if !wait_for(&mut channel, b"Communities").await {
        return None;
    }
    let took = started.elapsed().as_micros() as u64;
    Some((
        Open {
            _session: session,
            channel,
        },
        took,
    ))
}

/// Everyone connects (a few at a time, as members arrive), presses two keys,
/// and stays while `memory` is read.
async fn run(
    addr: SocketAddr,
    sessions: u32,
    user: &str,
    classic: bool,
    memory: impl Fn() -> (u64, u64),
) -> Figures {
    let (rss_before, pss_before) = memory();
    let mut open = Vec::new();
    let mut first_frames = Vec::new();
    for batch in (1..=sessions).collect::<Vec<_>>().chunks(10) {
        let tasks: Vec<_> = batch
            .iter()
            .map(|&n| {
                let user = user.to_string();
                tokio::spawn(async move { connect(addr, &user, classic.then_some(n)).await })
            })
            .collect();
        for t in tasks {
            if let Ok(Some((o, took))) = t.await {
                open.push(o);
                first_frames.push(took);
            }
        }
    }
    let mut keys = Vec::new();
    for o in &mut open {
        for key in [b"j", b"k"] {
            let pressed = Instant::now();
            if o.channel.data(&key[..]).await.is_ok()
                && let Ok(Some(ChannelMsg::Data { .. })) =
                    tokio::time::timeout(Duration::from_secs(10), o.channel.wait()).await
            {
                keys.push(pressed.elapsed().as_micros() as u64);
            }
        }
    }
    // Let whatever each session allocates lazily settle.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (rss_after, pss_after) = memory();
    let held = open.len();
    for o in open {
        let _ = o.channel.close().await;
    }
    first_frames.sort_unstable();
    keys.sort_unstable();
    Figures {
        held,
        rss: rss_after.saturating_sub(rss_before),
        pss: pss_after.saturating_sub(pss_before),
        first_frames,
        keys,
    }
}

/// A small forum (the demo and one member, `load1`) in `dir`.
fn template(dir: &Path) {
    let forum = testkit::forum(dir).expect("forum");
    stoa::demo::load(&forum).expect("demo");
    let form = SignUp {
        username: "load1".into(),
        display_name: "Load member".into(),
        organization: "Load test".into(),
        region: Some(stoa::domain::Region::Global),
        time_zone: "UTC".into(),
        accepted_policy: true,
        language: None,
    };
    forum
        .sign_up(&PublicKey::ed25519(keypair(1).public), form)
        .expect("member");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("directory");
    for entry in std::fs::read_dir(from).expect("template").flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

/// Waits for a line of `child`'s stderr holding `marker`; returns what follows it.
fn wait_line(child: &mut Child, marker: &'static str) -> String {
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(rest) = line.split(marker).nth(1) {
                let _ = tx.send(rest.trim().to_string());
            }
        }
    });
    rx.recv_timeout(Duration::from_secs(30))
        .unwrap_or_else(|_| panic!("no '{marker}' from the server"))
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// sshd on a loopback port, letting `keypair(1)` in as this user and running
/// `stoa local` on the session's own copy of the forum.
fn start_sshd(dir: &Path, copies: &Path) -> (Child, SocketAddr) {
    let host_key = dir.join("ssh_host_ed25519_key");
    let made = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-f"])
        .arg(&host_key)
        .status()
        .expect("ssh-keygen");
    assert!(made.success(), "ssh-keygen failed");
    let public = russh::keys::PublicKey::from(keypair(1).public)
        .to_openssh()
        .expect("public key");
    std::fs::write(dir.join("authorized_keys"), format!("{public}\n")).expect("keys");
    // sshd's privilege separation needs its empty directory.
    let _ = std::fs::create_dir_all("/run/sshd");
    let port = free_port();
    let config = dir.join("sshd_config");
    std::fs::write(
        &config,
        format!(
            "Port {port}\nListenAddress 127.0.0.1\nHostKey {}\nPidFile {}\nAuthorizedKeysFile {}\n\
             PermitRootLogin yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n\
             UsePAM no\nStrictModes no\nUseDNS no\nPrintMotd no\nPrintLastLog no\n\
             MaxStartups 2000\nMaxSessions 10\nAcceptEnv STOA_SESSION\nLogLevel INFO\n\
             ForceCommand exec {} --data {}/$STOA_SESSION local --user load1\n",
            host_key.display(),
            dir.join("sshd.pid").display(),
            dir.join("authorized_keys").display(),
            common::stoa_binary().display(),
            copies.display(),
        ),
    )
    .expect("sshd config");
    let mut child = Command::new(SSHD)
        .args(["-D", "-e", "-f"])
        .arg(&config)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sshd");
    wait_line(&mut child, "Server listening on");
    (child, SocketAddr::from(([127, 0, 0, 1], port)))
}

fn report(name: &str, f: &Figures) {
    let n = f.held.max(1) as f64;
    println!(
        "{name:<34} {:>5} held  {:>8.0} KiB RSS  {:>8.0} KiB PSS a session  first frame median {:>6.1} ms, p99 {:>6.1} ms  key median {:>5.1} ms",
        f.held,
        f.rss as f64 / n,
        f.pss as f64 / n,
        percentile(&f.first_frames, 0.5),
        percentile(&f.first_frames, 0.99),
        percentile(&f.keys, 0.5),
    );
}

#[tokio::main]
async fn main() {
    let sessions: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50);
    if !Path::new(SSHD).exists() {
        eprintln!("{SSHD} is missing: apt-get install openssh-server (no service needs to run)");
        std::process::exit(2);
    }
    let dir = tempfile::tempdir().expect("temporary directory");
    let forum_dir = dir.path().join("template");
    template(&forum_dir);
    let user = std::env::var("USER").unwrap_or_else(|_| "root".into());

    // One process for everyone.
    let serve_data = dir.path().join("serve");
    copy_dir(&forum_dir, &serve_data);
    let config = dir.path().join("load.toml");
    std::fs::write(
        &config,
        format!(
            "[limits]\nmax_connections = {}\nmax_connections_per_address = {}\n",
            sessions + 100,
            sessions + 50
        ),
    )
    .expect("config");
    let mut serve = Command::new(common::stoa_binary())
        .args(["--listen", "127.0.0.1:0", "--no-demo", "--data"])
        .arg(&serve_data)
        .arg("--config")
        .arg(&config)
        .env("RUST_LOG", "warn,stoa=info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run cargo build --release first");
    let addr: SocketAddr = wait_line(&mut serve, "listening on ")
        .parse()
        .expect("address");
    // Let the start-up index refresh finish before measuring.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let pid = serve.id();
    let served = run(addr, sessions, "load1", false, || (usage(pid).0, pss(pid))).await;
    let _ = serve.kill();
    let _ = serve.wait();

    // A process tree per member.
    let copies = dir.path().join("copies");
    for n in 1..=sessions {
        copy_dir(&forum_dir, &copies.join(n.to_string()));
    }
    let (mut sshd, sshd_addr) = start_sshd(dir.path(), &copies);
    let root = sshd.id();
    let classic = run(sshd_addr, sessions, &user, true, || {
        tree(root)
            .into_iter()
            .fold((0, 0), |(r, p), pid| (r + usage(pid).0, p + pss(pid)))
    })
    .await;
    let _ = sshd.kill();
    let _ = sshd.wait();

    println!("{sessions} sessions, each: connect, home at 80×24, j, k, stay.");
    report("stoa serve (one process)", &served);
    report("sshd + stoa local (per member)", &classic);
    let ratio = |a: f64, b: f64| if b > 0.0 { a / b } else { 0.0 };
    let per = |f: &Figures, v: u64| v as f64 / f.held.max(1) as f64;
    println!(
        "classic ÷ serve: memory {:.1}× (PSS), first frame {:.1}× (median)",
        ratio(per(&classic, classic.pss), per(&served, served.pss)),
        ratio(
            percentile(&classic.first_frames, 0.5),
            percentile(&served.first_frames, 0.5)
        ),
    );
}
