//! The SSH front door (russh): authentication, terminals, and exec commands.

mod command;
mod connections;
mod handler;
pub mod input;
#[cfg(test)]
mod input_properties;
mod input_queue;
mod lockout;
mod open;
mod output;
mod plain_session;
mod session;
mod sftp;
mod sftp_tree;
mod sftp_upload;
pub mod terminal;

use std::borrow::Cow;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::Context;
use russh::keys::{Algorithm, PrivateKey};
use russh::{Disconnect, MethodKind, MethodSet, Preferred};
use tokio::net::TcpListener;
use tokio::sync::broadcast;

pub use crate::config::Limits;
use connections::Connections;
use handler::Connection;
use stoa_core::forum::Forum;

pub const HOST_KEY_FILE: &str = "host_ed25519_key";

/// Loads the server's host key from the data directory, creating it on first start
/// so that members see the same fingerprint after every restart.
pub fn host_key(path: &Path) -> anyhow::Result<PrivateKey> {
    let read = |path: &Path| {
        PrivateKey::read_openssh_file(path)
            .with_context(|| format!("cannot read the host key {}", path.display()))
    };
    if path.exists() {
        return read(path);
    }
    let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519)
        .context("cannot generate a host key")?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    // Written aside, then linked into place, which fails if another server
    // starting at the same moment made one first: then both use that one.
    let aside = path.with_extension(format!("new-{}", std::process::id()));
    key.write_openssh_file(&aside, russh::keys::ssh_key::LineEnding::LF)
        .with_context(|| format!("cannot write the host key {}", aside.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&aside, std::fs::Permissions::from_mode(0o600))?;
    }
    let linked = std::fs::hard_link(&aside, path);
    let _ = std::fs::remove_file(&aside);
    match linked {
        Ok(()) => {
            tracing::info!(path = %path.display(), "created a new host key");
            Ok(key)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => read(path),
        Err(e) => Err(e).with_context(|| format!("cannot write the host key {}", path.display())),
    }
}

pub struct Settings {
    /// A terminal session with no key press for this long is closed.
    pub idle_timeout: Duration,
    pub limits: Limits,
}

/// The algorithms offered: russh's defaults, less what audits flag (MACs that are
/// not encrypt-then-MAC, 2048-bit and odd-sized Diffie-Hellman groups, SHA-1 RSA
/// signatures, and plain `zlib`, which compresses before authentication, so an
/// unauthenticated client could make us inflate whatever it sends). Strict key
/// exchange, the fix for Terrapin, stays on.
fn algorithms() -> Preferred {
    use russh::keys::{EcdsaCurve, HashAlg};
    use russh::{compression, kex, mac};
    Preferred {
        // `zlib@openssh.com` starts only once the client has logged in; OpenSSH's
        // `-C` asks for it first.
        compression: Cow::Borrowed(&[compression::NONE, compression::ZLIB_LEGACY]),
        kex: Cow::Borrowed(&[
            kex::MLKEM768X25519_SHA256,
            kex::CURVE25519,
            kex::CURVE25519_PRE_RFC_8731,
            kex::DH_GEX_SHA256,
            kex::DH_G18_SHA512,
            kex::DH_G16_SHA512,
            kex::EXTENSION_SUPPORT_AS_SERVER,
            kex::EXTENSION_OPENSSH_STRICT_KEX_AS_SERVER,
        ]),
        key: Cow::Owned(vec![
            Algorithm::Ed25519,
            Algorithm::Ecdsa {
                curve: EcdsaCurve::NistP256,
            },
            Algorithm::Ecdsa {
                curve: EcdsaCurve::NistP384,
            },
            Algorithm::Ecdsa {
                curve: EcdsaCurve::NistP521,
            },
            Algorithm::Rsa {
                hash: Some(HashAlg::Sha512),
            },
            Algorithm::Rsa {
                hash: Some(HashAlg::Sha256),
            },
        ]),
        mac: Cow::Borrowed(&[mac::HMAC_SHA512_ETM, mac::HMAC_SHA256_ETM]),
        ..Preferred::DEFAULT
    }
}

/// Serves SSH on `listener` until `shutdown` completes.
///
/// The accept loop is ours rather than russh's so that the connection limits can refuse a
/// connection before any cryptography is spent on it, and so that a connection
/// that has not logged in by the deadline is closed.
pub async fn serve(
    forum: Forum,
    listener: TcpListener,
    host_key: PrivateKey,
    settings: Settings,
    shutdown: impl std::future::Future<Output = ()>,
) -> anyhow::Result<()> {
    let keepalive = Duration::from_secs(settings.limits.keepalive_secs.max(1));
    let config = Arc::new(russh::server::Config {
        // Keyboard-interactive asks for the password with a few lines of help
        // above the prompt (see `Connection::auth_keyboard_interactive`).
        methods: MethodSet::from(
            &[
                MethodKind::PublicKey,
                MethodKind::KeyboardInteractive,
                MethodKind::Password,
            ][..],
        ),
        // Rejections are padded to this time from when the attempt arrived, so a
        // refusal takes as long as a real check (argon2 runs against a decoy for a
        // name with no account, and a locked-out attempt is not checked at all).
        auth_rejection_time: Duration::from_millis(200),
        auth_rejection_time_initial: Some(Duration::ZERO),
        // Keepalives find dead links: three unanswered close the connection. The
        // member-facing idle timeout is the session's own, since here a keepalive
        // answer counts as traffic. russh also bounds every write to the socket by
        // the inactivity timer, so it must be as short: a client that never reads
        // fills its TCP window, the write waits, no keepalive goes out, and with the
        // hour-long idle timeout here the connection was held for that hour.
        keepalive_interval: Some(keepalive),
        keepalive_max: 3,
        inactivity_timeout: Some(keepalive * 4),
        keys: vec![host_key],
        preferred: algorithms(),
        nodelay: true,
        ..Default::default()
    });
    let limits = Connections::new(settings.limits.clone());
    let lockout = Arc::new(lockout::Lockout::new(settings.limits.clone()));
    let deadline = Deadlines {
        handshake: Duration::from_secs(settings.limits.handshake_deadline_secs.max(1)),
        login: Duration::from_secs(settings.limits.login_deadline_secs.max(1)),
    };
    let (stop_tx, _) = broadcast::channel::<()>(1);
    let open = open::OpenSessions::default();
    // Connections, counted the same way, to wait for their goodbyes at a stop.
    let connections = open::OpenSessions::default();
    tokio::pin!(shutdown);
    loop {
        let (socket, peer) = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    // Out of file descriptors and the like: wait, do not spin.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        let admission = match limits.admit(peer.ip()) {
            Ok(admission) => admission,
            Err(refusal) => {
                if may_log_connection() {
                    tracing::warn!(peer = %peer, "connection refused: {refusal}");
                }
                continue;
            }
        };
        let _ = socket.set_nodelay(true);
        // A second handle on the socket, to close it under russh when a
        // connection we let go does not close its end (see `let_go`).
        let (socket, closer) = match with_closer(socket) {
            Ok(pair) => pair,
            Err(e) => {
                tracing::warn!(peer = %peer, error = %e, "cannot take a connection");
                continue;
            }
        };
        let progress = Arc::new(Progress::default());
        let evicted = admission.evicted.clone();
        let handler = Connection::new(
            forum.clone(),
            peer,
            lockout.clone(),
            admission,
            progress.clone(),
            handler::Timeouts {
                idle: settings.idle_timeout,
                stall: keepalive * 4,
            },
            open.clone(),
        );
        let config = config.clone();
        let stop = stop_tx.subscribe();
        let counted = connections.enter();
        tokio::spawn(async move {
            let connection = Admitted {
                peer,
                deadline,
                progress,
                evicted,
                closer,
            };
            run_connection(config, socket, handler, connection, stop).await;
            drop(counted);
        });
    }
    // Sessions first: each keeps its member's draft and place, gives the
    // member's terminal back as it was and says why, then closes its channel;
    // wait for them (a stuck one does not hold the stop for ever). Only then
    // are the connections closed: told first, a client prints the server's
    // "restarting" over the full screen it was still showing.
    open.stop();
    if open.count() > 0 && !open.closed(Duration::from_secs(5)).await {
        tracing::warn!(
            sessions = open.count(),
            "stopped with sessions still closing"
        );
    }
    // A client whose last channel closed leaves by itself, having written out
    // what its session said. Told to disconnect while that is still on its
    // way, OpenSSH prints "Received disconnect" and drops it: the terminal
    // stayed in the alternate screen (seen by hand, not in the tests' client).
    if connections.count() > 0 {
        connections.closed(CLIENTS_LEAVE).await;
    }
    let _ = stop_tx.send(());
    // Give the connections their moment to say goodbye (see `let_go`).
    if connections.count() > 0 {
        connections.closed(LINGER + Duration::from_secs(1)).await;
    }
    Ok(())
}

/// How long a new connection has for each step before it is closed.
#[derive(Clone, Copy)]
struct Deadlines {
    /// To send its SSH identification: a client sends it at once, so a silent
    /// connection holds its place for seconds, not the whole login deadline.
    handshake: Duration,
    /// To log in.
    login: Duration,
}

/// How far a connection got; the handler sets these, the accept loop reads them.
#[derive(Default)]
pub(crate) struct Progress {
    /// Someone logged in, as a member or a guest.
    logged_in: AtomicBool,
    /// A member's account logged in: the connection can no longer be displaced.
    member: AtomicBool,
    /// A session channel was opened (a terminal or a command).
    opened: AtomicBool,
    /// A channel's output gave up on a client that does not read: close it.
    close: tokio::sync::Notify,
}

/// What the accept loop knows of a connection it let in.
struct Admitted {
    peer: std::net::SocketAddr,
    deadline: Deadlines,
    progress: Arc<Progress>,
    /// The socket, to close it from here.
    closer: std::net::TcpStream,
    /// Told when a newcomer takes this connection's place before a member logs in.
    evicted: Arc<tokio::sync::Notify>,
}

/// One connection from greeting to close: closed if it does not say it speaks
/// SSH by the handshake deadline, if it has not logged in by the login deadline
/// or gives its place up before then, and told when the server stops.
async fn run_connection(
    config: Arc<russh::server::Config>,
    socket: tokio::net::TcpStream,
    handler: Connection,
    connection: Admitted,
    mut stop: broadcast::Receiver<()>,
) {
    let Admitted {
        peer,
        deadline,
        progress,
        evicted,
        closer,
    } = connection;
    let login_by = tokio::time::Instant::now() + deadline.login;
    let started = tokio::select! {
        started = tokio::time::timeout(
            deadline.handshake.min(deadline.login),
            russh::server::run_stream(config, socket, handler),
        ) => started,
        () = evicted.notified() => {
            tracing::debug!(%peer, "closed: gave its place to a newcomer before its greeting");
            return;
        }
    };
    let session = match started {
        Ok(Ok(session)) => session,
        Ok(Err(e)) => {
            tracing::debug!(%peer, error = %e, "connection setup failed");
            return;
        }
        Err(_) => {
            if may_log_connection() {
                tracing::info!(%peer, "closed: no SSH greeting before the handshake deadline");
            }
            return;
        }
    };
    let handle = session.handle();
    tokio::pin!(session);
    let mut deadline_checked = false;
    let reason = loop {
        tokio::select! {
            result = &mut session => {
                if let Err(e) = result {
                    tracing::debug!(%peer, error = %e, "connection ended with an error");
                }
                return;
            }
            () = tokio::time::sleep_until(login_by), if !deadline_checked => {
                deadline_checked = true;
                if !progress.logged_in.load(Ordering::Acquire) {
                    if may_log_connection() {
                        tracing::info!(%peer, "closed: not logged in before the login deadline");
                    }
                    break "login took too long";
                }
                // Logged in but asked for nothing: a place held for its own sake.
                if !progress.opened.load(Ordering::Acquire) {
                    if may_log_connection() {
                        tracing::info!(%peer, "closed: no session opened before the login deadline");
                    }
                    break "no session was opened";
                }
            }
            () = progress.close.notified() => {
                break "your client stopped reading what Stoa sent";
            }
            () = evicted.notified() => {
                // A member who logged in just as the place was given away keeps it:
                // the limits allow the one extra place that costs.
                if progress.member.load(Ordering::Acquire) {
                    continue;
                }
                if may_log_connection() {
                    tracing::info!(%peer, "closed: gave its place to a newcomer");
                }
                break "the server is busy; please connect again";
            }
            _ = stop.recv() => break "the forum is restarting",
        }
    };
    let_go(handle, session, closer, reason).await;
}

/// Lines about single connections (refused, closed at a deadline, displaced)
/// logged in any one second; past it they are counted and said in one line the
/// next second. A flood would otherwise fill the disk with them (a probe wrote
/// 109 MB of log in 25 minutes).
const CONNECTION_LINES_A_SECOND: u32 = 20;

/// Whether a line about one connection may be logged now.
fn may_log_connection() -> bool {
    static SECOND: std::sync::Mutex<(u64, u32, u64)> = std::sync::Mutex::new((0, 0, 0));
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut second = SECOND
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let (at, count, held_back) = &mut *second;
    if *at != now {
        if *held_back > 0 {
            tracing::warn!(
                lines = *held_back,
                "more connections were refused or closed than are logged one by one"
            );
        }
        *at = now;
        *count = 0;
        *held_back = 0;
    }
    if *count < CONNECTION_LINES_A_SECOND {
        *count += 1;
        true
    } else {
        *held_back += 1;
        false
    }
}

/// How long a client has to close its end once told to go.
const LINGER: Duration = Duration::from_secs(2);

/// How long a stop waits for clients to leave by themselves once their
/// sessions have ended, before it tells the rest to go.
const CLIENTS_LEAVE: Duration = Duration::from_secs(1);

/// Tells the client why it is let go, then makes sure the connection ends: russh
/// would otherwise wait for the client to close its end, up to four keepalive
/// periods, and a flood of clients that never do held their sockets (and
/// their places) that long, thousands of them, until the server ran out of
/// files.
async fn let_go<H: russh::server::Handler>(
    handle: russh::server::Handle,
    mut session: std::pin::Pin<&mut russh::server::RunningSession<H>>,
    closer: std::net::TcpStream,
    reason: &str,
) {
    let told = async {
        let _ = handle
            .disconnect(Disconnect::ByApplication, reason.into(), String::new())
            .await;
        let _ = (&mut session).await;
    };
    if tokio::time::timeout(LINGER, told).await.is_ok() {
        return;
    }
    // Both directions: russh's pending read sees the end, its writes fail.
    let _ = closer.shutdown(std::net::Shutdown::Both);
    let _ = tokio::time::timeout(LINGER, session).await;
}

/// The socket for russh, and a second handle on it for [`let_go`].
fn with_closer(
    socket: tokio::net::TcpStream,
) -> std::io::Result<(tokio::net::TcpStream, std::net::TcpStream)> {
    let socket = socket.into_std()?;
    let closer = socket.try_clone()?;
    Ok((tokio::net::TcpStream::from_std(socket)?, closer))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A flood's lines are held back past the limit, not written one by one.
    #[test]
    fn lines_about_single_connections_are_limited_each_second() {
        let allowed = (0..100).filter(|_| may_log_connection()).count() as u32;
        // The calls may straddle one change of second: at most two seconds' worth.
        assert!(allowed >= CONNECTION_LINES_A_SECOND, "{allowed}");
        assert!(allowed <= 2 * CONNECTION_LINES_A_SECOND, "{allowed}");
    }
}
