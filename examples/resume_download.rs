//! A library file over a slow link, cut off and resumed: starts `stoa serve`
//! (the binary beside this example) on a forum holding a published resource
//! with a SIZE-byte file, puts a relay in front of it paced to RATE bits/s with
//! DELAY ms each way (a 2G link: 40 kbit/s, 300 ms), fetches the file with
//! OpenSSH's `sftp` through it, cuts the link after CUT seconds, then fetches
//! again with `reget`. Prints what crossed the link each time and whether the
//! file came whole: a resumed download must carry only what was missing.
//! Traffic only to loopback. Asserts nothing.
//!
//!     cargo build --release && cargo run --release --example resume_download [-- SIZE RATE DELAY CUT]
//!
//! The figure is a 5 MB file at 40 kbit/s with 300 ms each way (about
//! eighteen minutes whole): `-- 5000000 40000 300 120`. The defaults take about
//! two minutes: 500 KB at 40 kbit/s, cut after 40 s.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use stoa::domain::{ResourceProposal, Role};
use stoa::forum::Verdict;
use stoa_core::testkit;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[path = "common/mod.rs"]
mod common;

/// Bytes that differ all along, after a PDF's first line.
fn document(len: usize) -> Vec<u8> {
    let mut bytes = b"%PDF-1.7\n".to_vec();
    let mut x: u32 = 7;
    while bytes.len() < len {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        bytes.push((x >> 16) as u8);
    }
    bytes
}

/// A forum with the file published as entry ENTRY's; made before the server
/// opens it. Returns the entry's id.
fn prepare(data: &std::path::Path, file: &[u8]) -> u64 {
    let forum = testkit::forum(data).expect("forum");
    forum
        .store()
        .put_community(&testkit::community("care"))
        .expect("community");
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).expect("amara"));
    let moses = testkit::viewer(stoa_core::forum::testing::member(
        &forum,
        "moses",
        3,
        Role::Moderator,
    ));
    let attached = forum.upload(&amara, "report.pdf", file).expect("upload");
    let p = ResourceProposal {
        files: vec![attached],
        ..testkit::resource_proposal("Report", "care")
    };
    let s = forum
        .propose_resource(&amara, None, p, true)
        .expect("proposal");
    forum
        .decide(&moses, s.id, s.version, Verdict::Approve, "Relevant.")
        .expect("approval");
    s.id.get()
}

/// Copies one way as a slow link would: each piece takes its time on the wire
/// (`rate` bits/s, one after another) and arrives `delay` after it left, while
/// the next is already on its way. Counts the bytes delivered.
async fn paced(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    rate: u64,
    delay: Duration,
    count: Arc<AtomicU64>,
) {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<(Instant, Vec<u8>)>(1024);
    tokio::spawn(async move {
        while let Some((at, bytes)) = rx.recv().await {
            tokio::time::sleep_until(at.into()).await;
            if to.write_all(&bytes).await.is_err() {
                break;
            }
            count.fetch_add(bytes.len() as u64, Ordering::Relaxed);
        }
    });
    let mut buffer = [0u8; 512];
    let mut free_at = Instant::now();
    while let Ok(n) = from.read(&mut buffer).await {
        if n == 0 {
            break;
        }
        free_at =
            free_at.max(Instant::now()) + Duration::from_secs_f64(n as f64 * 8.0 / rate as f64);
        if tx
            .send((free_at + delay, buffer[..n].to_vec()))
            .await
            .is_err()
        {
            break;
        }
    }
}

/// A relay on a free port in front of `server`; what it carried to the client.
async fn relay(server: SocketAddr, rate: u64, delay: Duration) -> (SocketAddr, Arc<AtomicU64>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("relay");
    let addr = listener.local_addr().expect("relay address");
    let down = Arc::new(AtomicU64::new(0));
    let counted = down.clone();
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let Ok(upstream) = TcpStream::connect(server).await else {
                continue;
            };
            let (client_read, client_write) = client.into_split();
            let (server_read, server_write) = upstream.into_split();
            let up = Arc::new(AtomicU64::new(0));
            tokio::spawn(paced(client_read, server_write, rate, delay, up));
            tokio::spawn(paced(
                server_read,
                client_write,
                rate,
                delay,
                counted.clone(),
            ));
        }
    });
    (addr, down)
}

/// A key for a guest (the library is read by everyone), where `sftp` takes it.
fn write_key(path: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    let key = russh::keys::PrivateKey::from(common::keypair(9));
    key.write_openssh_file(path, russh::keys::ssh_key::LineEnding::LF)
        .expect("key file");
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).expect("key mode");
}

fn sftp(port: u16, key: &std::path::Path, batch: &str) -> std::process::Child {
    let mut child = Command::new("sftp")
        .args(["-P", &port.to_string(), "-i"])
        .arg(key)
        .args([
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "IdentitiesOnly=yes",
            "-o",
            "BatchMode=yes",
            "-o",
            "LogLevel=ERROR",
            "-b",
            "-",
            "127.0.0.1",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the OpenSSH sftp client");
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        let _ = stdin.write_all(batch.as_bytes());
    }
    child
}

#[tokio::main]
async fn main() {
    let args: Vec<u64> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let size = *args.first().unwrap_or(&500_000) as usize;
    let rate = *args.get(1).unwrap_or(&40_000);
    let delay = Duration::from_millis(*args.get(2).unwrap_or(&300));
    let cut = Duration::from_secs(*args.get(3).unwrap_or(&40));

    let dir = tempfile::tempdir().expect("temporary directory");
    let file = document(size);
    let entry = prepare(&dir.path().join("forum"), &file);
    let key = dir.path().join("key");
    write_key(&key);
    let mut server = Command::new(common::stoa_binary())
        .args(["--listen", "127.0.0.1:0", "--no-demo", "--data"])
        .arg(dir.path().join("forum"))
        .env("RUST_LOG", "warn,stoa=info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run cargo build --release first");
    let stderr = server.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(addr) = line.split("listening on ").nth(1) {
                let _ = tx.send(addr.trim().to_string());
            }
        }
    });
    let addr: SocketAddr = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("the server did not start")
        .parse()
        .expect("address");
    let local = dir.path().join("report.pdf");
    let remote = format!("library/{entry}/report.pdf");

    let (first_link, first_down) = relay(addr, rate, delay).await;
    let started = Instant::now();
    let mut first = sftp(
        first_link.port(),
        &key,
        &format!("get {remote} {}\n", local.display()),
    );
    tokio::time::sleep(cut).await;
    let _ = first.kill();
    let _ = first.wait();
    let had = std::fs::metadata(&local).map(|m| m.len()).unwrap_or(0);
    let crossed_first = first_down.load(Ordering::Relaxed);

    let (second_link, second_down) = relay(addr, rate, delay).await;
    let resumed_at = Instant::now();
    let mut second = sftp(
        second_link.port(),
        &key,
        &format!("reget {remote} {}\n", local.display()),
    );
    let status = tokio::task::spawn_blocking(move || second.wait()).await;
    let crossed_second = second_down.load(Ordering::Relaxed);
    let whole = std::fs::read(&local)
        .map(|got| got == file)
        .unwrap_or(false);
    let _ = server.kill();
    let _ = server.wait();

    println!(
        "file                          {size} bytes, link {rate} bit/s, {} ms each way",
        delay.as_millis()
    );
    println!(
        "first try, cut after {:>4.0} s  {had} bytes kept, {crossed_first} bytes crossed the link",
        cut.as_secs_f64()
    );
    println!(
        "resumed                       {crossed_second} bytes crossed the link in {:.0} s (missing: {} bytes; overhead {} bytes)",
        resumed_at.elapsed().as_secs_f64(),
        size as u64 - had,
        crossed_second.saturating_sub(size as u64 - had)
    );
    println!(
        "whole                         {} ({:?}), {:.0} s in all",
        if whole { "yes, byte for byte" } else { "NO" },
        status.ok().and_then(|s| s.ok()).and_then(|s| s.code()),
        started.elapsed().as_secs_f64()
    );
}
