//! The SSH front door (russh): authentication, terminals, and exec commands.

mod handler;
pub mod input;
mod session;
pub mod terminal;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use russh::keys::{Algorithm, PrivateKey};
use russh::server::Server as _;
use russh::{MethodKind, MethodSet};
use tokio::net::TcpListener;

use crate::forum::Forum;
use handler::Connection;

pub const HOST_KEY_FILE: &str = "host_ed25519_key";

/// Loads the server's host key from the data directory, creating it on first start
/// so that members see the same fingerprint after every restart.
pub fn host_key(data_dir: &Path) -> anyhow::Result<PrivateKey> {
    let path = data_dir.join(HOST_KEY_FILE);
    if path.exists() {
        return PrivateKey::read_openssh_file(&path)
            .with_context(|| format!("cannot read the host key {}", path.display()));
    }
    let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519)
        .context("cannot generate a host key")?;
    std::fs::create_dir_all(data_dir)?;
    key.write_openssh_file(&path, russh::keys::ssh_key::LineEnding::LF)
        .with_context(|| format!("cannot write the host key {}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    }
    tracing::info!(path = %path.display(), "created a new host key");
    Ok(key)
}

pub struct Settings {
    pub idle_timeout: Duration,
}

struct Server {
    forum: Forum,
}

impl russh::server::Server for Server {
    type Handler = Connection;

    fn new_client(&mut self, peer: Option<std::net::SocketAddr>) -> Connection {
        Connection::new(self.forum.clone(), peer)
    }

    fn handle_session_error(&mut self, error: anyhow::Error) {
        tracing::debug!(%error, "session ended with an error");
    }
}

/// Serves SSH on `listener` until `shutdown` completes.
pub async fn serve(
    forum: Forum,
    listener: TcpListener,
    host_key: PrivateKey,
    settings: Settings,
    shutdown: impl std::future::Future<Output = ()>,
) -> anyhow::Result<()> {
    let config = russh::server::Config {
        methods: MethodSet::from(&[MethodKind::PublicKey, MethodKind::Password][..]),
        // Rejections are padded to this time. Password checks already take the same
        // time for every account (argon2 runs against a decoy), so this stays short:
        // a member whose registered key is their third pays it twice.
        auth_rejection_time: Duration::from_millis(200),
        auth_rejection_time_initial: Some(Duration::ZERO),
        inactivity_timeout: Some(settings.idle_timeout),
        keys: vec![host_key],
        nodelay: true,
        ..Default::default()
    };
    let mut server = Server { forum };
    let running = server.run_on_socket(Arc::new(config), &listener);
    let handle = running.handle();
    tokio::select! {
        result = running => result.context("the SSH server stopped"),
        () = shutdown => {
            handle.shutdown("the forum is restarting".into());
            Ok(())
        }
    }
}
