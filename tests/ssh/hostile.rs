//! Oversized and malformed input over real SSH: a 10 MB paste, a 100,000-character
//! line, a storm of window changes, and a client that never reads. None may crash
//! the server or grow its memory without bound; each gets a clear message or is
//! cut off.

use std::time::Duration;

use crate::common::{self, Server, Terminal, exec, sign_up};

/// The server's resident memory, in KiB.
fn rss_kib(server: &Server) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{}/status", server.child.id())).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

/// Prints how much the server grew since `before` (KiB), and checks it stayed
/// far from what the abuse would cost if it were buffered.
fn grew_little(server: &Server, before: u64, after_what: &str) {
    let grew = rss_kib(server).saturating_sub(before);
    eprintln!("{after_what}: server memory grew by {grew} KiB");
    assert!(grew < 64 * 1024, "the server grew by {grew} KiB");
}

/// A server in `dir` where amara (key 1) has signed up.
async fn amaras_server(dir: &std::path::Path) -> Server {
    let server = Server::start(&dir.join("data"), &[]);
    sign_up(server.addr, 1, "amara").await;
    server
}

/// Still answering: a fresh connection runs a command.
async fn still_serving(server: &Server) {
    let c = common::connect_with_key(server.addr, "x", &common::private_key(1)).await;
    assert_eq!(exec(&c, "whoami").await.stdout, "amara admin\n");
}

async fn composer(server: &Server) -> (common::Connection, Terminal) {
    let (c, mut t) = Terminal::member_home(server.addr, 1).await;
    t.send(b"\rn").await;
    t.wait_text("New thread in").await;
    t.send(b"Big\t").await;
    (c, t)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_10_mb_paste_is_cut_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let server = amaras_server(dir.path()).await;
    let before = rss_kib(&server);
    let (_c, mut t) = composer(&server).await;
    // Written from another task while this one reads, as a real client does: a
    // client that stops reading is the last test's case.
    let mut writer = t.channel.make_writer();
    let paste = tokio::spawn(async move {
        use tokio::io::AsyncWriteExt;
        writer.write_all(b"\x1b[200~").await.unwrap();
        let line = "Ten megabytes of minutes from every district meeting. ".repeat(20);
        let mut sent = 0;
        while sent < 10 * 1024 * 1024 {
            writer.write_all(line.as_bytes()).await.unwrap();
            sent += line.len();
        }
        writer.write_all(b"\x1b[201~").await.unwrap();
    });
    t.wait_text("the paste was cut to its first 65536").await;
    paste.await.unwrap();
    t.send(b"\x13").await;
    t.wait_text("at most 20,000 characters").await;
    still_serving(&server).await;
    grew_little(&server, before, "10 MB paste");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_100000_character_line_typed_in_stops_at_the_line_limit() {
    let dir = tempfile::tempdir().unwrap();
    let server = amaras_server(dir.path()).await;
    let (_c, mut t) = composer(&server).await;
    t.send("x".repeat(100_000).as_bytes()).await;
    t.wait_text("a line holds at most 4000 characters").await;
    still_serving(&server).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_storm_of_window_changes_and_absurd_sizes_is_survived() {
    let dir = tempfile::tempdir().unwrap();
    let server = amaras_server(dir.path()).await;
    let (_c, mut t) = Terminal::member_home(server.addr, 1).await;
    let sizes = [
        (0, 0),
        (65535, 65535),
        (1, 1),
        (200, 50),
        (u32::MAX, 3),
        (80, 24),
    ];
    for i in 0..1000 {
        let (cols, rows) = sizes[i % sizes.len()];
        t.claim_size(cols, rows).await;
        if i % 50 == 49 {
            // A real client reads as it goes; the frames for absurd sizes are
            // drawn at the clamped size and are not modelled here.
            t.drain().await;
        }
    }
    t.resize(100, 30).await;
    t.wait_for("a redraw at 100×30", |t| t.row(29).contains("g go to"))
        .await;
    still_serving(&server).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_client_that_never_reads_holds_up_only_itself() {
    let dir = tempfile::tempdir().unwrap();
    let server = amaras_server(dir.path()).await;
    let before = rss_kib(&server);

    // Opens a session and keeps pressing keys that redraw the screen, but never
    // reads a byte of what comes back.
    let c = common::connect_with_key(server.addr, "x", &common::private_key(1)).await;
    let channel = c.session.channel_open_session().await.unwrap();
    channel
        .request_pty(false, "xterm", 200, 50, 0, 0, &[])
        .await
        .unwrap();
    channel.request_shell(false).await.unwrap();
    let writer = channel.make_writer();
    let flood = tokio::spawn(async move {
        use tokio::io::AsyncWriteExt;
        let mut writer = writer;
        for _ in 0..20_000 {
            // Resizes between two sizes would redraw everything; keys do too.
            if writer.write_all(b"gcgh?\x1bjk").await.is_err() {
                break;
            }
        }
    });
    tokio::time::sleep(Duration::from_secs(3)).await;

    // Everyone else is served meanwhile.
    still_serving(&server).await;
    let (_other, mut t) = Terminal::member_home(server.addr, 1).await;
    t.send(b"gc").await;
    t.wait_text("Communities").await;
    grew_little(&server, before, "client that never reads");
    flood.abort();
    drop(channel);
}

/// The client that found issue 19's wedge: paramiko opens its window only as the
/// application reads, so a client that sends keys and resizes without reading
/// leaves its session waiting for a window that never opens. The server must
/// still see such clients leave and free their places: three of them fill
/// their address's three places, and once they have closed their sockets a
/// fourth connection from that address must be let in within seconds (before
/// the fix their connections stayed open until the server stopped).
#[test]
fn clients_that_never_read_and_then_leave_are_let_go() {
    let python = "/usr/bin/python3";
    let has_paramiko = std::process::Command::new(python)
        .args(["-c", "import paramiko"])
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        has_paramiko,
        "this test needs {python} with paramiko (Debian: python3-paramiko; .ci/run installs it)"
    );
    let dir = tempfile::tempdir().unwrap();
    let server = server_with_limits(
        dir.path(),
        "max_connections_per_address = 3\nkeepalive_secs = 2",
    );
    let key = common::key_file(dir.path(), 7);
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/clients/wedge.py");
    let port = server.addr.port().to_string();
    let mut wedges: Vec<_> = (0..3)
        .map(|_| {
            std::process::Command::new(python)
                .args([script, &port, key.to_str().unwrap(), "30"])
                .spawn()
                .unwrap()
        })
        .collect();
    // A wedged server stops reading, and then the client's own sends block: it
    // is stopped (its socket closed) if it has not finished by itself.
    let until = std::time::Instant::now() + Duration::from_secs(60);
    while std::time::Instant::now() < until
        && wedges.iter_mut().any(|w| w.try_wait().unwrap().is_none())
    {
        std::thread::sleep(Duration::from_millis(100));
    }
    for wedge in &mut wedges {
        let _ = wedge.kill();
        let _ = wedge.wait();
    }
    let left = std::time::Instant::now();
    loop {
        if greets(&server) {
            break;
        }
        assert!(
            left.elapsed() < Duration::from_secs(60),
            "the server still holds the connections of clients that left"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    eprintln!(
        "clients that never read were let go {:.1} s after they left",
        left.elapsed().as_secs_f64()
    );
}

/// A client that never reads but stays, answering keepalives (paramiko's
/// transport thread does), would hold its place for ever: nothing it is sent
/// moves, yet it looks alive. Past four keepalive periods without room for a
/// frame, the server lets it go.
#[test]
fn a_client_that_never_reads_but_stays_is_let_go() {
    let python = "/usr/bin/python3";
    let dir = tempfile::tempdir().unwrap();
    let server = server_with_limits(
        dir.path(),
        "max_connections_per_address = 1\nkeepalive_secs = 2",
    );
    let key = common::key_file(dir.path(), 7);
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/clients/wedge.py");
    let port = server.addr.port().to_string();
    let started = std::time::Instant::now();
    let mut wedge = std::process::Command::new(python)
        .args([script, &port, key.to_str().unwrap(), "30", "300"])
        .spawn()
        .expect("this test needs /usr/bin/python3 with paramiko (.ci/run installs it)");
    // Wait until the wedge holds the address's one place.
    wait_for_log(&server, "guest login");
    loop {
        if greets(&server) {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(90),
            "a client that never reads still holds its place"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    eprintln!(
        "a client that never reads but stays was let go {:.1} s after it connected",
        started.elapsed().as_secs_f64()
    );
    assert!(
        wedge.try_wait().unwrap().is_none(),
        "the client left by itself"
    );
    let _ = wedge.kill();
    let _ = wedge.wait();
    wait_for_log(&server, "the client read nothing of what it was sent");
}

fn wait_for_log(server: &Server, needle: &str) {
    let deadline = std::time::Instant::now() + common::WAIT;
    while !server.log.lock().unwrap().contains(needle) {
        assert!(
            std::time::Instant::now() < deadline,
            "log never said {needle:?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A server in `dir` with `limits` under `[limits]`.
fn server_with_limits(dir: &std::path::Path, limits: &str) -> Server {
    let config = dir.join("stoa.toml");
    std::fs::write(&config, format!("[limits]\n{limits}\n")).unwrap();
    Server::start(&dir.join("data"), &["--config", config.to_str().unwrap()])
}

/// Whether a new connection gets the server's SSH greeting (its address has a
/// place free).
fn greets(server: &Server) -> bool {
    let mut stream = std::net::TcpStream::connect(server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(2)))
        .unwrap();
    let mut greeting = [0u8; 8];
    std::io::Read::read(&mut stream, &mut greeting).is_ok_and(|n| n > 0)
}
