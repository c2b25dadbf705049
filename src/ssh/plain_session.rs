//! A plain-mode session (see `stoa_ui::plain`): typed lines in, lines of text out.
//! No alternate screen, no cursor movement: what is printed stays in the
//! terminal's scrollback, in order, for a screen reader to read.

use std::time::Duration;

use tokio::time::Instant;

use super::input::InputParser;
use super::input_queue::{self, InputReceiver, Received};
use super::output::Output;
use stoa_core::domain::Username;
use stoa_core::forum::{Change, Forum, Viewer};
use stoa_present::Input;
use stoa_ui::plain::Plain;

pub struct PlainSession {
    pub forum: Forum,
    pub viewer: Viewer,
    pub login_key: Option<String>,
    pub output: Output,
    pub cols: u16,
    pub idle_timeout: Duration,
    /// Becomes true when the server stops.
    pub stopping: tokio::sync::watch::Receiver<bool>,
    /// The client's terminal takes ASCII only (`TERM=dumb`, say): members'
    /// text is transliterated too (the member's own preference still rules).
    pub ascii: bool,
    /// The language the client's locale asks for (the member's choice rules).
    pub language: Option<stoa_core::domain::Language>,
    /// The latest size the client claimed.
    pub resized: tokio::sync::watch::Receiver<(u32, u32)>,
}

impl PlainSession {
    /// Runs until the member quits, the client goes, the idle timeout passes or
    /// the server stops.
    pub async fn run(self, input: InputReceiver) {
        let PlainSession {
            forum,
            viewer,
            login_key,
            output,
            cols,
            idle_timeout,
            mut stopping,
            ascii,
            language,
            mut resized,
        } = self;
        let mut input = input;
        // Changes to the member's own account reach this session at once, as in full
        // screen: a ban or a removed key ends it, a role or a mute changes what it
        // offers. Who the member is is asked of `plain` each time, since a guest who
        // signs up here becomes a member mid-session (issue 19: such a session used
        // to escape bans and never heard of its notifications).
        let mut changes = forum.subscribe();
        // A client that says 0 columns does not know (`ssh -tt` with no
        // terminal): lines for 80, not for the narrowest screen.
        let known = if cols == 0 { 80 } else { cols };
        let mut plain = Plain::new(forum.clone(), viewer, usize::from(known) - 1)
            .with_ascii(ascii)
            .with_language(language);
        let mut parser = InputParser::default();
        if output.data(plain.start().as_bytes()).await.is_err() {
            return;
        }
        let mut idle_until = Instant::now() + idle_timeout;
        loop {
            let bytes = tokio::select! {
                bytes = input.recv() => bytes,
                change = changes.recv() => {
                    match take_change(plain, change, login_key.as_deref(), &output).await {
                        Some(back) => plain = back,
                        None => return,
                    }
                    continue;
                }
                Ok(()) = resized.changed() => {
                    take_size(&mut plain, &mut resized);
                    continue;
                }
                () = super::open::stopped(&mut stopping) => {
                    let note = super::session::said_at(super::session::STOPPING, cols);
                    return end(&plain, &output, &format!("\r\n{note}"), 0).await;
                }
                () = tokio::time::sleep_until(idle_until) => {
                    return end(&plain, &output, IDLE, 0).await;
                }
            };
            let bytes = match bytes {
                Some(Received::Bytes(bytes)) => bytes,
                Some(Received::Gap) => {
                    // What follows may begin mid-key or mid-paste.
                    parser = InputParser::default();
                    let note = format!("\r\n{}\r\n", input_queue::LOST);
                    if output.data(note.as_bytes()).await.is_err() {
                        plain.keep_draft();
                        return;
                    }
                    continue;
                }
                None => {
                    // The client went away.
                    plain.keep_draft();
                    return;
                }
            };
            idle_until = Instant::now() + idle_timeout;
            // A resize sent just before this line counts for what it prints
            // (the select above may have taken the line first).
            if resized.has_changed().unwrap_or(false) {
                take_size(&mut plain, &mut resized);
            }
            let mut inputs = parser.feed(&bytes);
            // A lone ESC means nothing here: no need to wait for the rest of one.
            inputs.extend(parser.flush());
            match answer(plain, inputs, &output).await {
                Some(back) => plain = back,
                None => return,
            }
        }
    }
}

/// What a member is told when plain mode closes a session left without a key.
const IDLE: &str = "\r\nStoa closed this session after a long time without a key press; what you were writing is kept as a draft.\r\n";

/// Ends the session: what the member was writing is kept, `note` said, and
/// the client given `status`.
async fn end(plain: &Plain, output: &Output, note: &str, status: u32) {
    plain.keep_draft();
    let _ = output.data(note.as_bytes()).await;
    output.finish(status).await;
}

/// Takes up a change made anywhere in the forum, if it is about this member: a
/// notification is said at once, a change to their account taken in (a ban or a
/// removed key ends the session). `None` when the session is over.
async fn take_change(
    mut plain: Plain,
    change: Result<Change, tokio::sync::broadcast::error::RecvError>,
    login_key: Option<&str>,
    output: &Output,
) -> Option<Plain> {
    let me = plain.viewer().account().map(|a| a.username.clone());
    let about_me = |who: &Username| Some(who) == me.as_ref();
    // A message in one of their conversations (the committee's, for its
    // members, checked off the reactor below).
    let message = match &change {
        Ok(Change::Conversation {
            id,
            members,
            committee,
        }) if me.is_some() && (*committee || members.iter().any(about_me)) => Some(*id),
        _ => None,
    };
    if let Some(id) = message {
        let (back, note) = tokio::task::spawn_blocking(move || {
            let note = plain.message_arrived(id);
            (plain, note)
        })
        .await
        .ok()?;
        plain = back;
        if !note.is_empty() && output.data(note.as_bytes()).await.is_err() {
            plain.keep_draft();
            return None;
        }
        return Some(plain);
    }
    let (told, mine) = match &change {
        Ok(Change::Notified(who)) => (about_me(who), false),
        Ok(Change::Account(who)) => (false, about_me(who)),
        // Changes were missed: anything may have happened.
        Ok(Change::Many) | Err(_) => (false, me.is_some()),
        Ok(_) => (false, false),
    };
    if !told && !mine {
        return Some(plain);
    }
    // Read off the reactor, like a typed line.
    let key = login_key.map(str::to_string);
    let (back, note, ended) = tokio::task::spawn_blocking(move || {
        if told {
            let note = plain.notified();
            return (plain, note, None);
        }
        plain.account_changed();
        let ended = plain
            .viewer()
            .account()
            .and_then(|a| plain.forum().session_refusal(a, key.as_deref()));
        (plain, String::new(), ended)
    })
    .await
    .ok()?;
    plain = back;
    if let Some(reason) = ended {
        end(&plain, output, &format!("\r\nStoa: {reason}\r\n"), 2).await;
        return None;
    }
    if !note.is_empty() && output.data(note.as_bytes()).await.is_err() {
        plain.keep_draft();
        return None;
    }
    Some(plain)
}

/// Answers what the member typed, off the async reactor (a line may post,
/// which waits for the disk). `None` when the session is over.
async fn answer(plain: Plain, inputs: Vec<Input>, output: &Output) -> Option<Plain> {
    let worked = tokio::task::spawn_blocking(move || {
        let mut plain = plain;
        let mut text = String::new();
        let mut quit = false;
        for input in &inputs {
            let said = plain.input(input);
            text.push_str(&said.text);
            if said.quit {
                quit = true;
                break;
            }
        }
        (plain, text, quit)
    })
    .await;
    let Ok((plain, text, quit)) = worked else {
        // A bug (the panic is logged) or the runtime stopping: the session
        // cannot go on, and the member is told so.
        let note = format!("\r\n{}\r\n", super::session::FAILED);
        let _ = output.data(note.as_bytes()).await;
        output.finish(1).await;
        return None;
    };
    if !text.is_empty() && output.data(text.as_bytes()).await.is_err() {
        plain.keep_draft();
        return None;
    }
    if quit {
        plain.keep_draft();
        output.finish(0).await;
        return None;
    }
    Some(plain)
}

/// Lines printed from now on break at the client's latest width.
fn take_size(plain: &mut Plain, resized: &mut tokio::sync::watch::Receiver<(u32, u32)>) {
    let (cols, _) = *resized.borrow_and_update();
    let (cols, _) = super::terminal::clamp_size(cols, 0);
    if cols > 0 {
        plain.resize(usize::from(cols) - 1);
    }
}
