//! One SSH connection: who it is, and its channels. Kept thin: it authenticates,
//! then hands bytes to a session task or a command to `exec`.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use russh::server::{Auth, Msg, Session as SshSession};
use russh::{Channel, ChannelId, MethodKind, Pty};
use tokio::io::{AsyncWriteExt, DuplexStream};
use tokio::sync::watch;

use super::Progress;
use super::command::{self, MAX_STDIN, Pending};
use super::connections::Admission;
use super::input_queue::{self, InputSender};
use super::lockout::Lockout;
use super::output::Output;
use super::session::Session;
use stoa_core::forum::{Forum, LoginMethod, PublicKey, Viewer};
use stoa_present::theme::ClientTerminal;
use stoa_ui::exec;

mod passwords;

use passwords::login_help;

pub struct Connection {
    forum: Forum,
    peer: SocketAddr,
    lockout: Arc<Lockout>,
    /// This connection's place at the door; a login makes it a member's place.
    admission: Admission,
    /// How far the connection got, for the accept loop's deadlines.
    progress: Arc<Progress>,
    timeouts: Timeouts,
    /// The terminal sessions open on the server, which a stop waits for.
    open: super::open::OpenSessions,
    login: Option<Login>,
    channels: HashMap<ChannelId, ChannelState>,
    /// Passwords refused on this connection, to say so above the next prompt.
    wrong_passwords: u32,
}

/// Session channels one connection may hold open at once. OpenSSH's connection
/// sharing opens one per command, so several are normal; but the per-address cap
/// counts a connection once whatever it opens, and a probe opened 300 terminals
/// on one guest connection (3 GB).
pub const MAX_CHANNELS: usize = 16;

/// Terminal sessions one connection may run at once: each costs up to 8 MiB at
/// 500×200.
pub const MAX_TERMINALS: usize = 4;

/// What a client may try after a refused login.
const LOGIN_METHODS: &[MethodKind] = &[
    MethodKind::PublicKey,
    MethodKind::KeyboardInteractive,
    MethodKind::Password,
];

/// How long a connection waits on its member and on their client.
#[derive(Clone, Copy)]
pub struct Timeouts {
    /// A terminal session with no key press for this long is closed.
    pub idle: Duration,
    /// A client that takes nothing of what it is sent for this long is let go.
    pub stall: Duration,
}

#[derive(Clone)]
struct Login {
    viewer: Viewer,
    /// Fingerprint of the key that logged in, if one did.
    key: Option<String>,
}

impl Login {
    /// Why this account may not use the forum, if it is banned. A banned account
    /// is let through authentication so that it can be told why and until when
    /// (SSH has no way to carry a reason with a refusal); then it is closed.
    fn ban(&self, forum: &Forum) -> Option<String> {
        forum.login_refusal(self.viewer.account()?)
    }
}

struct ChannelState {
    /// Where output goes. Writing through the channel (not `Handle::data`) waits
    /// for the client's SSH window, so a client that stops reading holds up its own
    /// session instead of growing a buffer in the server.
    output: Option<Output>,
    /// Terminal size the client asked for with its pty.
    pty: Option<(u32, u32)>,
    /// What the client's terminal says it is: `TERM` from the pty request, and
    /// the variables it sent. Decides colour and ASCII; the server's own
    /// environment never does.
    client: ClientTerminal,
    /// The running interactive session's input.
    session: Option<InputSender>,
    /// The session's terminal size. A watch, not the input queue: a client may send
    /// a thousand window changes a second, and only the last one matters, so they
    /// replace each other instead of queueing (and never wait).
    size: Option<watch::Sender<(u32, u32)>>,
    /// A command waiting for the end of its standard input (`post`, `reply`).
    pending: Option<Pending>,
    /// The SFTP subsystem's input: what the client sends goes into this pipe,
    /// which the SFTP task reads. Dropped (the channel closed, the connection
    /// gone), the task reads its end and stops, and its uploads with it.
    sftp: Option<DuplexStream>,
    /// Dead once the command or session that took the output has finished.
    alive: std::sync::Weak<()>,
}

impl ChannelState {
    /// Its command or session has finished and let go of its output: the
    /// channel no longer counts against the limit, whether or not the client
    /// has said it closed (OpenSSH's multiplexing and russh's client leave
    /// finished exec channels open until the connection ends).
    fn finished(&self) -> bool {
        self.output.is_none()
            && self.alive.strong_count() == 0
            && self.pending.is_none()
            && self.sftp.is_none()
    }
}

impl Connection {
    pub fn new(
        forum: Forum,
        peer: SocketAddr,
        lockout: Arc<Lockout>,
        admission: Admission,
        progress: Arc<Progress>,
        timeouts: Timeouts,
        open: super::open::OpenSessions,
    ) -> Connection {
        Connection {
            forum,
            peer,
            lockout,
            admission,
            progress,
            timeouts,
            open,
            login: None,
            channels: HashMap::new(),
            wrong_passwords: 0,
        }
    }

    fn accept(&mut self, login: Login) -> Auth {
        if login.viewer.account().is_some() {
            self.admission.member();
            self.progress.member.store(true, Ordering::Release);
        }
        self.login = Some(login);
        self.progress.logged_in.store(true, Ordering::Release);
        Auth::Accept
    }

    fn viewer(&self) -> Viewer {
        self.login
            .as_ref()
            .map(|l| l.viewer.clone())
            .unwrap_or(Viewer::Guest { key: None })
    }
}

impl russh::server::Handler for Connection {
    type Error = anyhow::Error;

    /// A known key logs in to its account whatever user name the client sends; an
    /// unknown key is a guest, unless the user name is an account: then the client
    /// goes on to its other keys and to the password, so a member with several keys
    /// (or none here) reaches their account with `ssh NAME@host`.
    async fn auth_publickey(
        &mut self,
        user: &str,
        verified: russh::server::VerifiedPublicKey<'_>,
    ) -> Result<Auth, Self::Error> {
        let Ok(key) = PublicKey::accept(verified.public_key.clone()) else {
            return Ok(Connection::reject_to(LOGIN_METHODS));
        };
        let forum = self.forum.clone();
        let user = user.to_string();
        let lookup_key = key.clone();
        // Whether the user name is an account matters only for an unknown key.
        let found = tokio::task::spawn_blocking(move || {
            let account = forum.login_by_key(&lookup_key)?;
            let named_account = account.is_none() && forum.is_account(&user);
            Ok::<_, stoa_core::forum::ForumError>((account, named_account))
        })
        .await??;
        match found {
            (Some(account), _) => {
                tracing::info!(peer = %self.peer, username = %account.username, "key login");
                Ok(self.accept(Login {
                    key: Some(key.fingerprint()),
                    viewer: Viewer::Member {
                        account,
                        via: LoginMethod::Key,
                    },
                }))
            }
            // Not counted as a failure: a key cannot be guessed, and a member whose
            // agent offers several keys tries each in turn.
            (None, true) => Ok(Connection::reject_to(LOGIN_METHODS)),
            (None, false) => {
                tracing::info!(peer = %self.peer, fingerprint = %key.fingerprint(), "guest login");
                Ok(self.accept(Login {
                    key: Some(key.fingerprint()),
                    viewer: Viewer::Guest { key: Some(key) },
                }))
            }
        }
    }

    async fn auth_password(&mut self, user: &str, password: &str) -> Result<Auth, Self::Error> {
        self.check_password(user, password, LOGIN_METHODS).await
    }

    /// The password asked for with help above the prompt, for whoever reaches
    /// it: a member whose key is not registered, or a newcomer whose local user
    /// name (what `ssh host` sends) happens to be a member's. The help is the
    /// same whatever the name, so it tells nobody whether an account exists or
    /// has a password. An empty answer is not a guess: it is not counted, and
    /// the client is not asked again by the plain password method.
    async fn auth_keyboard_interactive<'a>(
        &'a mut self,
        user: &str,
        _submethods: &str,
        response: Option<russh::server::Response<'a>>,
    ) -> Result<Auth, Self::Error> {
        let Some(mut response) = response else {
            let help = login_help(user, self.forum.site());
            let instructions = if self.wrong_passwords > 0 {
                format!("That password is not right.\n{help}")
            } else {
                help
            };
            return Ok(Auth::Partial {
                name: "Stoa".into(),
                instructions: instructions.into(),
                prompts: std::borrow::Cow::Borrowed(&[(
                    std::borrow::Cow::Borrowed("Password (Enter if you have none): "),
                    false,
                )]),
            });
        };
        let answer = response
            .next()
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
        if answer.is_empty() {
            // The member read the help and stops: offered nothing more to
            // type, OpenSSH ends at once instead of asking twice again.
            return Ok(Connection::reject_to(&[MethodKind::PublicKey]));
        }
        let after = &[MethodKind::PublicKey, MethodKind::KeyboardInteractive][..];
        self.check_password(user, &answer, after).await
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: russh::server::ChannelOpenHandle,
        _session: &mut SshSession,
    ) -> Result<(), Self::Error> {
        self.channels.retain(|_, state| !state.finished());
        if self.channels.len() >= MAX_CHANNELS {
            tracing::info!(peer = %self.peer, "refused a session channel: {MAX_CHANNELS} are open");
            reply
                .reject(russh::ChannelOpenFailure::ResourceShortage)
                .await;
            return Ok(());
        }
        // Input arrives through the handler's callbacks, so the channel's read half is
        // dropped rather than left to fill; its write half carries our output.
        let id = channel.id();
        self.progress.opened.store(true, Ordering::Release);
        let (_input, output) = channel.split();
        let output = Output::new(output, self.progress.clone(), self.timeouts.stall);
        self.channels.insert(
            id,
            ChannelState {
                alive: output.liveness(),
                output: Some(output),
                pty: None,
                client: ClientTerminal::default(),
                session: None,
                size: None,
                pending: None,
                sftp: None,
            },
        );
        reply.accept().await;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    async fn pty_request(
        &mut self,
        channel: ChannelId,
        term: &str,
        cols: u32,
        rows: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(Pty, u32)],
        session: &mut SshSession,
    ) -> Result<(), Self::Error> {
        if let Some(state) = self.channels.get_mut(&channel) {
            state.pty = Some((cols, rows));
            // Only the name is kept, and only a short one: it picks a theme.
            state.client.term = Some(term.chars().take(64).collect());
        }
        session.channel_success(channel)?;
        Ok(())
    }

    /// Variables the client sends (OpenSSH's `SendEnv`). `NO_COLOR`,
    /// `COLORTERM` and the locale (its character set and its language) are
    /// read; the rest are accepted and ignored.
    async fn env_request(
        &mut self,
        channel: ChannelId,
        variable_name: &str,
        variable_value: &str,
        session: &mut SshSession,
    ) -> Result<(), Self::Error> {
        if let Some(state) = self.channels.get_mut(&channel) {
            let client = &mut state.client;
            client.set_env(variable_name, variable_value);
            let value = || Some(variable_value.chars().take(64).collect::<String>());
            match variable_name {
                "NO_COLOR" => client.no_color = true,
                "COLORTERM" if !variable_value.is_empty() => client.colorterm = true,
                // The most specific wins, whatever order they come in.
                "LC_ALL" => client.locale = value(),
                "LC_CTYPE" | "LANG" if client.locale.is_none() => client.locale = value(),
                _ => {}
            }
        }
        session.channel_success(channel)?;
        Ok(())
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut SshSession,
    ) -> Result<(), Self::Error> {
        let terminals = self
            .channels
            .values()
            .filter(|c| c.session.as_ref().is_some_and(InputSender::is_live))
            .count();
        session.channel_success(channel)?;
        let Some(state) = self.channels.get_mut(&channel) else {
            return Ok(());
        };
        let Some(output) = state.output.take() else {
            return Ok(());
        };
        let ban = self.login.as_ref().and_then(|l| l.ban(&self.forum));
        if ban.is_some() {
            tracing::info!(peer = %self.peer, "banned account refused");
        }
        let refusal = ban.or_else(|| {
            (terminals >= MAX_TERMINALS).then(|| {
                format!("this connection already runs {MAX_TERMINALS} terminal sessions; close one first")
            })
        });
        if let Some(refusal) = refusal {
            // On the terminal itself: a pty shows stdout, whatever the client does
            // with stderr.
            tokio::spawn(command::finish(
                output,
                format!("Stoa: {refusal}\n"),
                String::new(),
                2,
                state.pty.is_some(),
            ));
            return Ok(());
        }
        let Some(size) = state.pty else {
            // No terminal: nothing to draw on. Say how to get one, and exit like a
            // command that was used wrongly.
            let text = format!(
                "Stoa is a full-screen forum and needs a terminal: connect with ssh -t, or run a command such as: {} help\n",
                self.forum.site().ssh(None)
            );
            tokio::spawn(command::finish(
                output,
                String::new(),
                text.to_string(),
                2,
                false,
            ));
            return Ok(());
        };
        let (tx, rx) = input_queue::channel();
        state.session = Some(tx);
        let (size_tx, size_rx) = watch::channel(size);
        state.size = Some(size_tx);
        let login = self.login.clone();
        let open = self.open.enter();
        let interactive = Session {
            forum: self.forum.clone(),
            viewer: login
                .as_ref()
                .map(|l| l.viewer.clone())
                .unwrap_or(Viewer::Guest { key: None }),
            login_key: login.and_then(|l| l.key),
            output,
            size,
            idle_timeout: self.timeouts.idle,
            resized: size_rx,
            client: state.client.clone(),
            stopping: open.stopping(),
        };
        tokio::spawn(async move {
            interactive.run(rx).await;
            drop(open);
        });
        Ok(())
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        session: &mut SshSession,
    ) -> Result<(), Self::Error> {
        session.channel_success(channel)?;
        let command = String::from_utf8_lossy(data).into_owned();
        let Some(state) = self.channels.get_mut(&channel) else {
            return Ok(());
        };
        let has_pty = state.pty.is_some();
        let language = state.client.language();
        let Some(output) = state.output.take() else {
            return Ok(());
        };
        if let Some(ban) = self.login.as_ref().and_then(|l| l.ban(&self.forum)) {
            tokio::spawn(command::finish(
                output,
                String::new(),
                format!("stoa: {ban}\n"),
                2,
                has_pty,
            ));
            return Ok(());
        }
        tracing::debug!(peer = %self.peer, command = %stoa_core::forum::sanitize::inline(&command), "exec");
        if exec::reads_stdin(&command) {
            // Runs when the client ends its input (see `channel_eof`).
            state.pending = Some(Pending {
                command,
                stdin: Vec::new(),
                output,
                has_pty,
            });
            return Ok(());
        }
        command::run(
            self.forum.clone(),
            self.viewer(),
            language,
            command,
            Vec::new(),
            output,
            has_pty,
        );
        Ok(())
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        name: &str,
        session: &mut SshSession,
    ) -> Result<(), Self::Error> {
        let banned = self.login.as_ref().and_then(|l| l.ban(&self.forum));
        let viewer = self.viewer();
        // One SFTP session a connection: its uploads are what the limits count.
        let open_sftp = self.channels.values().any(|s| s.sftp.is_some());
        let Some(state) = self.channels.get_mut(&channel) else {
            return Ok(());
        };
        if name != "sftp" || banned.is_some() || state.session.is_some() || open_sftp {
            session.channel_failure(channel)?;
            return Ok(());
        }
        let Some(output) = state.output.take() else {
            session.channel_failure(channel)?;
            return Ok(());
        };
        session.channel_success(channel)?;
        tracing::debug!(peer = %self.peer, "sftp");
        state.sftp = Some(super::sftp::start(self.forum.clone(), viewer, output).await);
        Ok(())
    }

    async fn channel_eof(
        &mut self,
        channel: ChannelId,
        _session: &mut SshSession,
    ) -> Result<(), Self::Error> {
        if let Some(mut pipe) = self.channels.get_mut(&channel).and_then(|s| s.sftp.take()) {
            let _ = pipe.shutdown().await;
        }
        let language = self
            .channels
            .get(&channel)
            .and_then(|s| s.client.language());
        if let Some(pending) = self
            .channels
            .get_mut(&channel)
            .and_then(|s| s.pending.take())
        {
            command::run(
                self.forum.clone(),
                self.viewer(),
                language,
                pending.command,
                pending.stdin,
                pending.output,
                pending.has_pty,
            );
        }
        Ok(())
    }

    async fn data(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        _session: &mut SshSession,
    ) -> Result<(), Self::Error> {
        let Some(state) = self.channels.get_mut(&channel) else {
            return Ok(());
        };
        if let Some(tx) = &mut state.session {
            // Never waits long: this is the connection's own loop (see input_queue).
            tx.send(data).await;
        } else if let Some(pipe) = &mut state.sftp {
            // Waits while the SFTP task is behind (its pipe is full); a client
            // that sends without reading the answers is let go after the stall.
            let sent = tokio::time::timeout(self.timeouts.stall, pipe.write_all(data)).await;
            if !matches!(sent, Ok(Ok(()))) {
                if let Some(mut pipe) = state.sftp.take() {
                    let _ = pipe.shutdown().await;
                }
                self.progress.close.notify_one();
            }
        } else if let Some(pending) = &mut state.pending {
            if pending.stdin.len() + data.len() > MAX_STDIN {
                if let Some(pending) = state.pending.take() {
                    let message = format!(
                        "stoa: standard input is over {} KiB; a post is at most {} characters\n",
                        MAX_STDIN / 1024,
                        stoa_core::forum::BODY_MAX
                    );
                    tokio::spawn(command::finish(
                        pending.output,
                        String::new(),
                        message,
                        2,
                        pending.has_pty,
                    ));
                }
            } else {
                pending.stdin.extend_from_slice(data);
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    async fn window_change_request(
        &mut self,
        channel: ChannelId,
        cols: u32,
        rows: u32,
        _pix_width: u32,
        _pix_height: u32,
        _session: &mut SshSession,
    ) -> Result<(), Self::Error> {
        if let Some(state) = self.channels.get_mut(&channel) {
            state.pty = Some((cols, rows));
            if let Some(size) = &state.size {
                size.send_replace((cols, rows));
            }
        }
        Ok(())
    }

    async fn channel_close(
        &mut self,
        channel: ChannelId,
        _session: &mut SshSession,
    ) -> Result<(), Self::Error> {
        // Dropping the sender ends the session task.
        self.channels.remove(&channel);
        Ok(())
    }
}
