//! One member's interactive session: bytes in, frames out.
//!
//! The task owns the App and its terminal; nothing else touches them, so there is no
//! lock shared between sessions. Input arrives on a bounded channel (a client that
//! types faster than we draw is slowed down, not buffered without limit); frames go
//! out through the channel, which waits while the client's SSH window is full, so a
//! client that stops reading stalls its own session and holds no growing buffer.

use std::time::Duration;

use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use tokio::sync::{broadcast, mpsc, watch};
use tokio::time::Instant;

use super::input::InputParser;
use super::input_queue::{self, InputReceiver, Received};
use super::output::Output;
use super::terminal::{ENTER, FrameBuffer, FrameTrim, LEAVE, clamp_size};
use stoa_core::forum::{Change, Forum, Viewer};
use stoa_ui::tui::{App, Effect, Msg};

/// Frames caused by others (posts arriving, not the member's own keys) are at
/// least this far apart: a burst of changes waits for the next frame and is
/// drawn once, so a 2G link is never sent more frames than it can carry.
const FRAME_GAP: Duration = Duration::from_millis(150);

/// A change reaches every open session at once. Each session takes it up after
/// its own share of this spread, so that a post arriving at a thousand sessions
/// is a steady trickle of redraws, not a burst that a member's key waits behind.
const SPREAD: Duration = Duration::from_millis(100);

/// Numbers sessions, to spread them evenly over [`SPREAD`].
static SESSIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// This session's share of [`SPREAD`].
fn spread() -> Duration {
    share(SESSIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
}

/// Session `n`'s share of [`SPREAD`]: consecutive sessions land far apart.
fn share(n: u64) -> Duration {
    let step = (n % 100) * 37 % 100;
    SPREAD.mul_f64(step as f64 / 100.0)
}

/// How long a lone ESC waits for the rest of a sequence before it counts as Esc.
const ESC_WAIT: Duration = Duration::from_millis(30);

/// How a session ended, when the server ends it rather than the client.
enum Ending {
    /// The member quit.
    Quit,
    /// No key press for the idle timeout.
    Idle,
    /// The account was banned, or the key this session logged in with removed,
    /// while here; why.
    Refused(String),
    /// The server is stopping.
    Stopping,
    /// Drawing or handling a key failed: a bug, logged; the session cannot go on.
    Failed,
}

/// Said on a clean line of the member's own terminal as a stop ends the session.
pub const STOPPING: &str = "Stoa is restarting, so this session has ended. Anything you were writing is kept as a draft; connect again in a minute to carry on where you were.";
/// Said when a session ends on a bug.
pub const FAILED: &str = "Stoa hit an error and closed this session (the error is in the server's log). Anything you were writing is kept as a draft; connect again to carry on.";

pub struct Session {
    pub forum: Forum,
    pub viewer: Viewer,
    pub login_key: Option<String>,
    pub output: Output,
    pub size: (u32, u32),
    /// No key press for this long closes the session (the draft is kept).
    pub idle_timeout: Duration,
    /// The latest size the client claimed (see the handler's `size`).
    pub resized: watch::Receiver<(u32, u32)>,
    /// What the client's terminal said about itself: colour, ASCII.
    pub client: stoa_present::theme::ClientTerminal,
    /// Becomes true when the server stops.
    pub stopping: watch::Receiver<bool>,
}

type SshTerminal = Terminal<CrosstermBackend<FrameBuffer>>;

impl Session {
    /// Runs until the client goes or the session ends; `input` carries the bytes
    /// the client types.
    pub async fn run(self, input: InputReceiver) {
        let Session {
            forum,
            viewer,
            login_key,
            output,
            size,
            idle_timeout,
            resized,
            client,
            stopping,
        } = self;
        let (cols, rows) = clamp_size(size.0, size.1);
        let plain = viewer
            .account()
            .map(|a| a.preferences.plain)
            .unwrap_or_default()
            .or(client.plain());
        if plain {
            let plain = super::plain_session::PlainSession {
                forum,
                viewer,
                login_key,
                output,
                cols,
                idle_timeout,
                stopping,
                ascii: client.ascii(),
                language: client.language(),
                resized,
            };
            plain.run(input).await;
            return;
        }
        let frames = FrameBuffer::default();
        let Ok(terminal) = Terminal::with_options(
            CrosstermBackend::new(frames.clone()),
            TerminalOptions {
                viewport: Viewport::Fixed(Rect::new(0, 0, cols, rows)),
            },
        ) else {
            return;
        };
        let app = App::for_client(forum.clone(), viewer, login_key.clone(), client);
        let (done_tx, done_rx) = mpsc::channel::<Msg>(4);
        let screen = FullScreen {
            bus: Some(forum.subscribe()),
            forum,
            login_key,
            output,
            idle_timeout,
            terminal,
            frames,
            trim: FrameTrim::default(),
            app,
            parser: InputParser::default(),
            done_tx,
            done_rx,
            esc_deadline: None,
            spread: spread(),
            waiting: Vec::new(),
            idle_until: Instant::now() + idle_timeout,
            last_frame: Instant::now(),
            redraw_at: None,
        };
        screen.run(input, resized, stopping).await;
    }
}

/// The full screen's loop and what it keeps between turns: the App and its
/// terminal, the input parser, and the changes waiting for the next frame.
struct FullScreen {
    forum: Forum,
    login_key: Option<String>,
    output: Output,
    idle_timeout: Duration,
    terminal: SshTerminal,
    frames: FrameBuffer,
    trim: FrameTrim,
    app: App,
    parser: InputParser,
    bus: Option<broadcast::Receiver<Change>>,
    /// Finished jobs come back here.
    done_tx: mpsc::Sender<Msg>,
    done_rx: mpsc::Receiver<Msg>,
    esc_deadline: Option<Instant>,
    /// This session's share of SPREAD.
    spread: Duration,
    /// Others' changes, taken up at the next frame (see FRAME_GAP and SPREAD).
    waiting: Vec<Change>,
    idle_until: Instant,
    last_frame: Instant,
    /// Set while changes from others wait for their frame (see FRAME_GAP).
    redraw_at: Option<Instant>,
}

/// What one turn of the loop took in.
#[derive(Default)]
struct Turn {
    msgs: Vec<Msg>,
    /// The member's own doing (a key, a finished job) is drawn at once.
    urgent: bool,
    /// Input was dropped while the session could not keep up.
    lost: bool,
}

impl FullScreen {
    async fn run(
        mut self,
        mut input: InputReceiver,
        mut resized: watch::Receiver<(u32, u32)>,
        mut stopping: watch::Receiver<bool>,
    ) {
        if self.output.data(ENTER).await.is_err() {
            return;
        }
        let mut ending = None;
        let mut open = match self.draw() {
            Some(frame) => send(&self.output, frame).await,
            None => {
                ending = Some(Ending::Failed);
                true
            }
        };
        while open && ending.is_none() {
            let turn = match self.wait(&mut input, &mut resized, &mut stopping).await {
                Ok(turn) => turn,
                // `None`: the client went.
                Err(end) => {
                    ending = end;
                    break;
                }
            };
            let (turn, draw_now) = self.gather(turn);
            ending = self.take(turn);
            if ending.is_none() && draw_now {
                let Some(frame) = self.draw() else {
                    ending = Some(Ending::Failed);
                    break;
                };
                open = send(&self.output, frame).await;
                self.last_frame = Instant::now();
                self.redraw_at = None;
            }
        }
        // Whatever the member was writing is kept, however the session ended.
        self.app.disconnected();
        let width = self.terminal.size().map_or(80, |s| s.width);
        leave(&self.output, ending, self.idle_timeout, width).await;
    }

    /// Waits for the next thing to act on: keys, a finished job, others'
    /// changes, a resize, a deadline. `Err` ends the session (`None`: the
    /// client went).
    async fn wait(
        &mut self,
        input: &mut InputReceiver,
        resized: &mut watch::Receiver<(u32, u32)>,
        stopping: &mut watch::Receiver<bool>,
    ) -> Result<Turn, Option<Ending>> {
        let mut turn = Turn::default();
        tokio::select! {
            bytes = input.recv() => match bytes {
                None => return Err(None),
                Some(first) => {
                    turn.urgent = true;
                    self.idle_until = Instant::now() + self.idle_timeout;
                    turn.lost = take_input(first, input, &mut self.parser, &mut turn.msgs);
                }
            },
            Some(msg) = self.done_rx.recv() => {
                turn.urgent = true;
                turn.msgs.push(msg);
            }
            () = wait_until(self.redraw_at) => {}
            change = recv_change(&mut self.bus) => match change {
                Ok(change) => self.waiting.push(change),
                // Changes were missed: read everything again at the next frame.
                Err(broadcast::error::RecvError::Lagged(_)) => self.waiting.push(Change::Many),
                Err(broadcast::error::RecvError::Closed) => self.bus = None,
            },
            Ok(()) = resized.changed() => {
                turn.urgent = true;
                let (cols, rows) = *resized.borrow_and_update();
                let (cols, rows) = clamp_size(cols, rows);
                let _ = self.terminal.resize(Rect::new(0, 0, cols, rows));
            }
            () = wait_until(self.esc_deadline) => {
                turn.urgent = true;
                turn.msgs.extend(self.parser.flush().into_iter().map(Msg::Input));
            }
            () = tokio::time::sleep_until(self.idle_until) => return Err(Some(Ending::Idle)),
            () = super::open::stopped(stopping) => return Err(Some(Ending::Stopping)),
        }
        self.esc_deadline = self.parser.has_pending().then(|| Instant::now() + ESC_WAIT);
        Ok(turn)
    }

    /// Joins whatever else has already arrived to this turn, and says whether
    /// to draw now: for the member's own doing at once, for others' changes
    /// once their frame is due.
    fn gather(&mut self, mut turn: Turn) -> (Turn, bool) {
        // A burst of posts (a busy live event) is drawn once, not once per
        // post, so a slow link carries one frame where it would have queued many.
        if let Some(changes) = self.bus.as_mut() {
            while let Ok(change) = changes.try_recv() {
                self.waiting.push(change);
            }
        }
        while let Ok(msg) = self.done_rx.try_recv() {
            turn.urgent = true;
            turn.msgs.push(msg);
        }
        let now = Instant::now();
        let due = self.redraw_at.is_some_and(|at| now >= at);
        if turn.urgent || due {
            // The screen is brought up to date before the member's key acts on it.
            let changes = self.waiting.drain(..).map(Msg::Changed);
            turn.msgs.splice(0..0, changes);
        } else if !self.waiting.is_empty() && self.redraw_at.is_none() {
            self.redraw_at = Some((self.last_frame + FRAME_GAP).max(now + self.spread));
        }
        let draw_now = turn.urgent || due;
        (turn, draw_now)
    }

    /// Hands the turn to the App; how the session ends, if it does.
    fn take(&mut self, turn: Turn) -> Option<Ending> {
        let ending = update(&mut self.app, turn.msgs, &self.forum, &self.done_tx);
        if turn.lost {
            self.app.tell(input_queue::LOST);
        }
        // A ban placed while the member is here (the App has just taken in the
        // changed account) ends the session now, as it would their next login.
        let refused = self
            .app
            .viewer()
            .account()
            .and_then(|a| self.forum.session_refusal(a, self.login_key.as_deref()));
        match refused {
            Some(reason) => Some(Ending::Refused(reason)),
            None => ending,
        }
    }

    fn draw(&mut self) -> Option<Vec<u8>> {
        render(
            &mut self.terminal,
            &self.frames,
            &mut self.trim,
            &mut self.app,
        )
    }
}

/// Takes `first` and whatever else is already queued, so a burst of input (a
/// paste, a held key) costs one frame; true when input was lost on the way.
fn take_input(
    first: Received,
    input: &mut InputReceiver,
    parser: &mut InputParser,
    msgs: &mut Vec<Msg>,
) -> bool {
    let mut lost = false;
    let mut next = Some(first);
    while let Some(received) = next {
        match received {
            Received::Bytes(bytes) => {
                msgs.extend(parser.feed(&bytes).into_iter().map(Msg::Input));
            }
            Received::Gap => {
                // What follows may begin mid-key or mid-paste.
                *parser = InputParser::default();
                lost = true;
            }
        }
        next = input.try_recv();
    }
    lost
}

/// Hands `msgs` to the App, running the jobs it gives back off the reactor;
/// how the session ends, if one of them ends it.
fn update(
    app: &mut App,
    msgs: Vec<Msg>,
    forum: &Forum,
    done_tx: &mpsc::Sender<Msg>,
) -> Option<Ending> {
    for msg in msgs {
        // A bug in one screen ends this session, with the member's terminal
        // given back and told why, not the server's task.
        let Ok(effect) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| app.update(msg)))
        else {
            return Some(Ending::Failed);
        };
        match effect {
            Effect::None => {}
            Effect::Quit => return Some(Ending::Quit),
            Effect::Run(job) => {
                let forum = forum.clone();
                let done_tx = done_tx.clone();
                let work = tokio::task::spawn_blocking(move || job.run(&forum));
                tokio::spawn(async move {
                    let msg = work.await.unwrap_or(Msg::Failed);
                    let _ = done_tx.send(msg).await;
                });
            }
        }
    }
    None
}

/// Gives the member's terminal back (the alternate screen left, the cursor
/// shown) and says why the session ended, on a clean line.
async fn leave(output: &Output, ending: Option<Ending>, idle_timeout: Duration, width: u16) {
    let (note, status) = match ending {
        // The client went away: there is nobody to tell.
        None => return,
        Some(Ending::Quit) => (String::new(), 0),
        Some(Ending::Idle) => (
            format!(
                "Stoa closed this session after {} without a key press; anything you were writing is kept as a draft.",
                how_long(idle_timeout)
            ),
            0,
        ),
        Some(Ending::Refused(reason)) => (format!("Stoa: {reason}"), 2),
        Some(Ending::Stopping) => (STOPPING.to_string(), 0),
        Some(Ending::Failed) => (FAILED.to_string(), 1),
    };
    // Broken between words at the terminal's width, not wherever it ends.
    let note = said_at(&note, width);
    let _ = output.data(LEAVE).await;
    if !note.is_empty() {
        let _ = output.data(note.as_bytes()).await;
    }
    output.finish(status).await;
}

/// `text` as lines of the terminal `width` wide, broken between words, each
/// ended as a terminal wants it; nothing for no text.
pub fn said_at(text: &str, width: u16) -> String {
    if text.is_empty() {
        return String::new();
    }
    let width = usize::from(width.saturating_sub(1)).max(20);
    stoa_present::text::wrap(text, width)
        .into_iter()
        .map(|line| line + "\r\n")
        .collect()
}

/// "1 second", "90 seconds", "60 minutes".
fn how_long(d: Duration) -> String {
    match d.as_secs() {
        1 => "1 second".into(),
        secs @ 0..120 => format!("{secs} seconds"),
        secs => format!("{} minutes", secs / 60),
    }
}

/// Draws a frame; `None` if drawing failed (a bug: the panic is logged). Synchronous, so that no borrow of
/// the App is held across an await.
fn render(
    terminal: &mut SshTerminal,
    frames: &FrameBuffer,
    trim: &mut FrameTrim,
    app: &mut App,
) -> Option<Vec<u8>> {
    let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        terminal.draw(|frame| app.render(frame)).is_ok()
    }));
    if !matches!(drawn, Ok(true)) {
        // The half-drawn frame must not reach the member.
        let _ = frames.take();
        return None;
    }
    let mut bytes = trim.worth_sending(frames.take());
    if app.take_bell() {
        bytes.push(0x07);
    }
    Some(bytes)
}

/// Sends a frame; false when the client is gone. Waits while the client's window
/// is full.
async fn send(output: &Output, frame: Vec<u8>) -> bool {
    frame.is_empty() || output.data(&frame[..]).await.is_ok()
}

async fn recv_change(
    bus: &mut Option<broadcast::Receiver<Change>>,
) -> Result<Change, broadcast::error::RecvError> {
    match bus {
        Some(bus) => bus.recv().await,
        None => std::future::pending().await,
    }
}

async fn wait_until(deadline: Option<Instant>) {
    match deadline {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A hundred sessions opened one after another take a hundred different
    /// shares of the spread: a change is taken up by about ten of them each
    /// ten milliseconds, never by all at once.
    #[test]
    fn consecutive_sessions_are_spread_evenly() {
        let mut shares: Vec<Duration> = (1000..1100).map(share).collect();
        assert!(shares.iter().all(|s| *s < SPREAD));
        shares.sort();
        shares.dedup();
        assert_eq!(shares.len(), 100);
    }
}
