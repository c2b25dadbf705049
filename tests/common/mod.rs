//! Helpers for tests that run the real `stoa` binary and talk to it over SSH.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use russh::ChannelMsg;
use russh::client::{self, Handle};
use russh::keys::ssh_key::private::Ed25519Keypair;
use russh::keys::{PrivateKey, PrivateKeyWithHashAlg, PublicKeyOrCertificate};

pub const WAIT: Duration = Duration::from_secs(20);

pub fn stoa() -> Command {
    Command::new(env!("CARGO_BIN_EXE_stoa"))
}

/// A `stoa serve` child process on a free loopback port; killed when dropped.
pub struct Server {
    pub child: Child,
    pub addr: SocketAddr,
    pub log: Arc<Mutex<String>>,
}

impl Server {
    pub fn start(data: &Path, extra: &[&str]) -> Server {
        let mut child = stoa()
            .args(["--listen", "127.0.0.1:0", "--data"])
            .arg(data)
            .args(extra)
            .env("RUST_LOG", "info")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starting stoa");
        let stderr = child.stderr.take().unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let shared = log.clone();
        // Keep reading stderr so the server never blocks on a full pipe.
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(addr) = line.split("listening on ").nth(1) {
                    let _ = tx.send(addr.trim().to_string());
                }
                shared.lock().unwrap().push_str(&(line + "\n"));
            }
        });
        let addr = rx
            .recv_timeout(WAIT)
            .unwrap_or_else(|_| panic!("server did not start: {}", log.lock().unwrap()));
        Server {
            child,
            addr: addr.parse().unwrap(),
            log,
        }
    }

    /// Stops the server with SIGTERM, as a service manager would; its exit status.
    pub fn terminate(mut self) -> std::process::ExitStatus {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        self.child.wait().expect("the server's exit status")
    }

    /// Kills the server with SIGKILL, as a crash would.
    pub fn stop(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn private_key(seed: u8) -> PrivateKey {
    PrivateKey::from(Ed25519Keypair::from_seed(&[seed; 32]))
}

/// Records the server's host key fingerprint; accepts any.
pub struct Client {
    pub host_key: Arc<Mutex<Option<String>>>,
}

impl client::Handler for Client {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        key: &PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        if let PublicKeyOrCertificate::PublicKey { key, .. } = key {
            *self.host_key.lock().unwrap() = Some(key.fingerprint(Default::default()).to_string());
        }
        Ok(true)
    }
}

pub struct Connection {
    pub session: Handle<Client>,
    pub host_key: Option<String>,
}

pub async fn connect(addr: SocketAddr) -> Connection {
    let host_key = Arc::new(Mutex::new(None));
    let session = client::connect(
        Arc::new(client::Config::default()),
        addr,
        Client {
            host_key: host_key.clone(),
        },
    )
    .await
    .expect("connecting");
    let host_key = host_key.lock().unwrap().clone();
    Connection { session, host_key }
}

/// Connects and logs in with `key`, sending `user` as the SSH user name.
pub async fn connect_with_key(addr: SocketAddr, user: &str, key: &PrivateKey) -> Connection {
    let mut c = connect(addr).await;
    let auth = c
        .session
        .authenticate_publickey(
            user,
            PrivateKeyWithHashAlg::new(Arc::new(key.clone()), None),
        )
        .await
        .expect("key auth");
    assert!(auth.success(), "key login refused");
    c
}

pub struct Output {
    pub stdout: String,
    pub stderr: String,
    pub status: Option<u32>,
}

/// Runs a command without a pty, as `ssh host COMMAND` does.
pub async fn exec(c: &Connection, command: &str) -> Output {
    let mut channel = c.session.channel_open_session().await.unwrap();
    channel.exec(true, command).await.unwrap();
    collect(&mut channel).await
}

/// Everything a channel sends until it closes.
pub async fn collect(channel: &mut russh::Channel<client::Msg>) -> Output {
    // Bytes first, text at the end: a character may be split between two messages.
    let (mut stdout, mut stderr, mut status) = (Vec::new(), Vec::new(), None);
    while let Some(msg) = tokio::time::timeout(WAIT, channel.wait())
        .await
        .expect("timed out")
    {
        match msg {
            ChannelMsg::Data { data } => stdout.extend_from_slice(&data),
            ChannelMsg::ExtendedData { data, .. } => stderr.extend_from_slice(&data),
            ChannelMsg::ExitStatus { exit_status } => status = Some(exit_status),
            _ => {}
        }
    }
    Output {
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        status,
    }
}

/// An interactive session: a pty, a shell, and a vt100 screen fed with what the
/// server sends.
pub struct Terminal {
    pub channel: russh::Channel<client::Msg>,
    pub screen: vt100::Parser,
    pub raw: Vec<u8>,
    pub exit_status: Option<u32>,
    pub closed: bool,
}

impl Terminal {
    /// Logs in with `seed`'s key and waits for the member's home screen.
    pub async fn member_home(addr: SocketAddr, seed: u8) -> (Connection, Terminal) {
        let c = connect_with_key(addr, "member", &private_key(seed)).await;
        let mut t = Terminal::open(&c, 80, 24).await;
        t.wait_text("Welcome").await;
        (c, t)
    }

    pub async fn open(c: &Connection, cols: u16, rows: u16) -> Terminal {
        let channel = c.session.channel_open_session().await.unwrap();
        channel
            .request_pty(true, "xterm-256color", cols.into(), rows.into(), 0, 0, &[])
            .await
            .unwrap();
        channel.request_shell(true).await.unwrap();
        Terminal::from_channel(channel, cols, rows)
    }

    /// A terminal on a channel whose pty and shell the caller requested.
    #[allow(dead_code)]
    pub fn from_channel(channel: russh::Channel<client::Msg>, cols: u16, rows: u16) -> Terminal {
        Terminal {
            channel,
            screen: vt100::Parser::new(nonzero(rows), nonzero(cols), 0),
            raw: Vec::new(),
            exit_status: None,
            closed: false,
        }
    }

    pub fn text(&self) -> String {
        self.screen.screen().contents()
    }

    pub async fn send(&self, bytes: &[u8]) {
        self.channel.data(bytes).await.unwrap();
    }

    /// Reads until `done(screen text)` holds; panics with the screen on timeout.
    pub async fn wait_for(&mut self, what: &str, done: impl Fn(&Terminal) -> bool) {
        let deadline = Instant::now() + WAIT;
        while !done(self) {
            let left = deadline.saturating_duration_since(Instant::now());
            match tokio::time::timeout(left, self.channel.wait()).await {
                Ok(Some(msg)) => self.take(msg),
                Ok(None) => {
                    self.closed = true;
                    if !done(self) {
                        panic!(
                            "channel closed waiting for {what}; screen:\n{}",
                            self.text()
                        );
                    }
                }
                Err(_) => panic!("timed out waiting for {what}; screen:\n{}", self.text()),
            }
        }
    }

    /// Reads whatever arrives until the server has been quiet for a moment.
    pub async fn drain(&mut self) {
        while let Ok(Some(msg)) =
            tokio::time::timeout(Duration::from_millis(50), self.channel.wait()).await
        {
            self.take(msg);
        }
    }

    pub async fn wait_text(&mut self, needle: &str) {
        let needle = needle.to_string();
        self.wait_for(&needle.clone(), move |t| t.text().contains(&needle))
            .await;
    }

    fn take(&mut self, msg: ChannelMsg) {
        match msg {
            ChannelMsg::Data { data } => {
                self.screen.process(&data);
                self.raw.extend_from_slice(&data);
            }
            ChannelMsg::ExitStatus { exit_status } => self.exit_status = Some(exit_status),
            ChannelMsg::Close => self.closed = true,
            _ => {}
        }
    }

    /// Tells the server a size without modelling it (for hostile claims such as
    /// 0×0 or 65535×65535 that no real screen has).
    pub async fn claim_size(&self, cols: u32, rows: u32) {
        self.channel.window_change(cols, rows, 0, 0).await.unwrap();
    }

    pub async fn resize(&mut self, cols: u16, rows: u16) {
        self.screen.set_size(nonzero(rows), nonzero(cols));
        self.channel
            .window_change(cols.into(), rows.into(), 0, 0)
            .await
            .unwrap();
    }

    /// The row of the screen at `row`, as text.
    pub fn row(&self, row: u16) -> String {
        let (_, cols) = self.screen.screen().size();
        self.screen
            .screen()
            .rows(0, cols.get())
            .nth(row.into())
            .unwrap_or_default()
    }
}

/// vt100 cannot model a 0×0 terminal; the server is told 0, the model keeps 1.
fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n.max(1)).unwrap()
}

/// Signs up through the TUI, typing as a person would.
pub async fn sign_up(addr: SocketAddr, seed: u8, username: &str) {
    let c = connect_with_key(addr, "anyone", &private_key(seed)).await;
    let mut t = Terminal::open(&c, 80, 24).await;
    t.wait_text("Public communities").await;
    t.send(b"s").await;
    t.wait_text("Join the network").await;
    let typed = format!(
        "{username}\tAmara Okafor\tKenya Ministry of Health\t\x1b[C\t\x7f\x7f\x7fAfrica/Nairobi\t\r"
    );
    t.send(typed.as_bytes()).await;
    t.wait_text("1. Who we are").await;
    t.send(b"a").await;
    t.wait_text("[x] I have read").await;
    t.send(b"\x13").await; // Ctrl-S
    t.wait_text(&format!("{username} ·")).await;
    t.send(b"q").await;
    t.wait_for("exit", |t| t.exit_status.is_some()).await;
}

/// Runs a command that reads standard input: sends `stdin`, then end of input.
pub async fn exec_with_stdin(c: &Connection, command: &str, stdin: &[u8]) -> Output {
    let mut channel = c.session.channel_open_session().await.unwrap();
    channel.exec(true, command).await.unwrap();
    channel.data(stdin).await.unwrap();
    channel.eof().await.unwrap();
    collect(&mut channel).await
}

/// What OpenSSH's tools (`ssh`, `sftp`, `scp`) are told for a test server:
/// trust its key, use only the given key, never ask.
pub const OPENSSH_OPTIONS: [&str; 10] = [
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
];

/// The OpenSSH client, set up to log in to `addr` with `key_file` and nothing else.
pub fn openssh(addr: SocketAddr, key_file: &Path) -> Command {
    let mut cmd = Command::new("ssh");
    cmd.args(["-p", &addr.port().to_string(), "-i"])
        .arg(key_file)
        .args(OPENSSH_OPTIONS);
    cmd
}

/// Runs a command with the OpenSSH client and `key`, `stdin` on its standard
/// input; its standard output, once it succeeded.
#[allow(dead_code)]
pub fn run_openssh(addr: SocketAddr, key: &Path, args: &[&str], stdin: &[u8]) -> String {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = openssh(addr, key)
        .arg("127.0.0.1")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Writes `seed`'s private key where the OpenSSH client will take it.
pub fn key_file(dir: &Path, seed: u8) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(format!("id_ed25519_{seed}"));
    private_key(seed)
        .write_openssh_file(&path, russh::keys::ssh_key::LineEnding::LF)
        .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    path
}

/// A command refused with status 2 and a line on stderr that says `why`.
pub fn assert_refused(out: &Output, why: &str) {
    assert_eq!(
        out.status,
        Some(2),
        "stdout: {}\nstderr: {}",
        out.stdout,
        out.stderr
    );
    assert!(out.stderr.contains(why), "{}", out.stderr);
    assert!(out.stdout.is_empty(), "{}", out.stdout);
}

/// A tmux pane running `command` in a real terminal of `cols`×`rows`; the
/// session is killed when dropped.
pub struct Pane {
    session: String,
}

impl Pane {
    pub fn start(name: &str, cols: u16, rows: u16, command: &str) -> Pane {
        let pane = Pane {
            session: format!("stoa-{name}-{}", std::process::id()),
        };
        let (cols, rows) = (cols.to_string(), rows.to_string());
        let started = pane.tmux(&[
            "new-session",
            "-d",
            "-s",
            &pane.session,
            "-x",
            &cols,
            "-y",
            &rows,
            command,
        ]);
        assert!(
            started.status.success(),
            "{}",
            String::from_utf8_lossy(&started.stderr)
        );
        pane
    }

    fn tmux(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .args(args)
            .output()
            .expect("tmux must be installed")
    }

    /// What the pane shows now.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(
            &self
                .tmux(&["capture-pane", "-p", "-t", &self.session])
                .stdout,
        )
        .into_owned()
    }

    /// Waits (up to 20 s) until the pane shows `needle`.
    pub fn wait(&self, needle: &str) {
        let until = Instant::now() + WAIT;
        while Instant::now() < until {
            if self.text().contains(needle) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("waited for {needle:?}; pane:\n{}", self.text());
    }

    pub fn send_keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.session];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    /// Whether the terminal is in its alternate screen.
    pub fn alternate_screen(&self) -> bool {
        let out = self.tmux(&["display", "-p", "-t", &self.session, "#{alternate_on}"]);
        String::from_utf8_lossy(&out.stdout).trim() == "1"
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        self.tmux(&["kill-session", "-t", &self.session]);
    }
}
