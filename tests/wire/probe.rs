//! Measures what a terminal session costs on the wire: a real SSH client over a
//! TCP stream that counts every byte the server sends (encryption, MACs and SSH
//! framing included), with zlib compression asked for or refused. Shared by the
//! `wire_bytes` example, which prints the figures, and `tests/ssh/wire.rs`, which
//! holds them to their budgets.

use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use russh::client::{self, Handle};
use russh::keys::{PrivateKey, PrivateKeyWithHashAlg, PublicKeyOrCertificate};
use russh::{ChannelMsg, Preferred, compression};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;

/// How long the server must stay quiet before an action counts as drawn; long
/// enough that a slow, shared machine does not split a frame across actions.
const SETTLE: Duration = Duration::from_millis(500);
/// The longest an action may take before the probe gives up.
const GIVE_UP: Duration = Duration::from_secs(10);

/// A TCP stream that counts the bytes read from it.
struct Counting {
    inner: TcpStream,
    read: Arc<AtomicU64>,
}

impl AsyncRead for Counting {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let poll = Pin::new(&mut self.inner).poll_read(cx, buf);
        let n = buf.filled().len() - before;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        poll
    }
}

impl AsyncWrite for Counting {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

struct Trusting;

impl client::Handler for Trusting {
    type Error = russh::Error;

    async fn check_server_key(
        &mut self,
        _key: &PublicKeyOrCertificate,
    ) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

/// What one action cost.
#[derive(Clone, Copy, Debug, Default)]
pub struct Cost {
    /// Bytes on the wire: what a 2G link carries.
    pub wire: u64,
    /// Bytes of terminal output inside the channel.
    pub terminal: u64,
    /// Channel messages: roughly, frames drawn.
    pub messages: u64,
}

/// One interactive session, 80×24, with its counters.
pub struct Probe {
    _session: Handle<Trusting>,
    channel: russh::Channel<client::Msg>,
    read: Arc<AtomicU64>,
    /// What the terminal shows, as a terminal would draw it.
    pub screen: vt100::Parser,
}

impl Probe {
    /// Logs in with `key` and opens an 80×24 terminal; `compress` asks for zlib.
    pub async fn connect(addr: SocketAddr, key: &PrivateKey, compress: bool) -> Probe {
        Probe::connect_in(addr, key, compress, None).await
    }

    /// [`Probe::connect`] from a client whose `LANG` is `locale` (sent as
    /// OpenSSH sends it, after the pty).
    pub async fn connect_in(
        addr: SocketAddr,
        key: &PrivateKey,
        compress: bool,
        locale: Option<&str>,
    ) -> Probe {
        let read = Arc::new(AtomicU64::new(0));
        let stream = Counting {
            inner: TcpStream::connect(addr).await.expect("connecting"),
            read: read.clone(),
        };
        let compression: &'static [compression::Name] = if compress {
            &[
                compression::ZLIB_LEGACY,
                compression::ZLIB,
                compression::NONE,
            ]
        } else {
            &[compression::NONE]
        };
        let config = client::Config {
            preferred: Preferred {
                compression: std::borrow::Cow::Borrowed(compression),
                ..Preferred::default()
            },
            ..client::Config::default()
        };
        let mut session = client::connect_stream(Arc::new(config), stream, Trusting)
            .await
            .expect("ssh handshake");
        let auth = session
            .authenticate_publickey(
                "probe",
                PrivateKeyWithHashAlg::new(Arc::new(key.clone()), None),
            )
            .await
            .expect("key login");
        assert!(auth.success(), "the probe's key was refused");
        let channel = session.channel_open_session().await.expect("a channel");
        channel
            .request_pty(true, "xterm-256color", 80, 24, 0, 0, &[])
            .await
            .expect("a pty");
        if let Some(locale) = locale {
            channel
                .set_env(true, "LANG", locale)
                .await
                .expect("the locale");
        }
        Probe {
            _session: session,
            channel,
            read,
            screen: vt100::Parser::new(nonzero(24), nonzero(80), 0),
        }
    }

    /// Starts the terminal session: what its first screen costs.
    pub async fn first_paint(&mut self) -> Cost {
        let start = self.read.load(Ordering::Relaxed);
        self.channel.request_shell(true).await.expect("a shell");
        let mut cost = self.act(b"").await;
        cost.wire = self.read.load(Ordering::Relaxed) - start;
        cost
    }

    /// Sends `keys` (nothing, to measure what is already coming), then counts
    /// what arrives until the server has been quiet for a moment.
    pub async fn act(&mut self, keys: &[u8]) -> Cost {
        let start = self.read.load(Ordering::Relaxed);
        if !keys.is_empty() {
            self.channel.data(keys).await.expect("sending keys");
        }
        let mut cost = Cost::default();
        let deadline = tokio::time::Instant::now() + GIVE_UP;
        loop {
            match tokio::time::timeout(SETTLE, self.channel.wait()).await {
                Ok(Some(ChannelMsg::Data { data })) => {
                    cost.terminal += data.len() as u64;
                    if std::env::var_os("WIRE_RAW").is_some() {
                        eprintln!("raw: {:?}", String::from_utf8_lossy(&data));
                    }
                    cost.messages += 1;
                    self.screen.process(&data);
                }
                Ok(Some(_)) => {}
                Ok(None) | Err(_) => break,
            }
            if tokio::time::Instant::now() > deadline {
                break;
            }
        }
        cost.wire = self.read.load(Ordering::Relaxed) - start;
        cost
    }

    pub fn text(&self) -> String {
        self.screen.screen().contents()
    }
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).unwrap_or(std::num::NonZeroU16::MIN)
}
