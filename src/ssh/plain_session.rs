//! A plain-mode session (see `crate::plain`): typed lines in, lines of text out.
//! No alternate screen, no cursor movement: what is printed stays in the
//! terminal's scrollback, in order, for a screen reader to read.

use std::time::Duration;

use russh::ChannelWriteHalf;
use russh::server::Msg as SshMsg;
use tokio::time::Instant;

use super::input::InputParser;
use super::input_queue::{self, InputReceiver};
use crate::forum::{Change, Forum, Viewer};
use crate::plain::Plain;

/// Runs until the member quits, the client goes, or the idle timeout passes.
pub async fn run(
    forum: Forum,
    viewer: Viewer,
    output: ChannelWriteHalf<SshMsg>,
    mut input: InputReceiver,
    cols: u16,
    idle_timeout: Duration,
) {
    // A ban placed while the member is here ends the session, as in full screen.
    let mut changes = forum.subscribe();
    let me = viewer.account().map(|a| a.username.clone());
    let mut plain = Plain::new(forum.clone(), viewer, usize::from(cols).saturating_sub(1));
    let mut parser = InputParser::default();
    if output.data(plain.start().as_bytes()).await.is_err() {
        return;
    }
    let mut idle_until = Instant::now() + idle_timeout;
    loop {
        let bytes = tokio::select! {
            bytes = input.recv() => bytes,
            change = changes.recv() => {
                let told = matches!(&change, Ok(Change::Notified(who)) if Some(who) == me.as_ref());
                if told {
                    // Read off the reactor, like a typed line.
                    let Ok((back, note)) = tokio::task::spawn_blocking(move || {
                        let note = plain.notified();
                        (plain, note)
                    })
                    .await
                    else {
                        return;
                    };
                    plain = back;
                    if !note.is_empty() && output.data(note.as_bytes()).await.is_err() {
                        plain.keep_draft();
                        return;
                    }
                    continue;
                }
                let mine = matches!(&change, Ok(Change::Account(who)) if Some(who) == me.as_ref());
                if mine && let Some(reason) = banned(&forum, me.clone()).await {
                    plain.keep_draft();
                    let _ = output.data(format!("\r\nStoa: {reason}\r\n").as_bytes()).await;
                    let _ = output.exit_status(2).await;
                    let _ = output.eof().await;
                    let _ = output.close().await;
                    return;
                }
                continue;
            }
            () = tokio::time::sleep_until(idle_until) => {
                plain.keep_draft();
                let note = "\r\nStoa closed this session after a long time without a key press; what you were writing is kept as a draft.\r\n";
                let _ = output.data(note.as_bytes()).await;
                let _ = output.exit_status(0).await;
                let _ = output.eof().await;
                let _ = output.close().await;
                return;
            }
        };
        let Some(bytes) = bytes else {
            // The client went away.
            plain.keep_draft();
            return;
        };
        idle_until = Instant::now() + idle_timeout;
        if input.take_lost() {
            // What follows may begin mid-key or mid-paste.
            parser = InputParser::default();
            let note = format!("\r\n{}\r\n", input_queue::LOST);
            if output.data(note.as_bytes()).await.is_err() {
                plain.keep_draft();
                return;
            }
        }
        let mut inputs = parser.feed(&bytes);
        // A lone ESC means nothing here: no need to wait for the rest of one.
        inputs.extend(parser.flush());
        // A line may post, which waits for the disk: off the async reactor.
        let worked = tokio::task::spawn_blocking(move || {
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
        let Ok((back, text, quit)) = worked else {
            // The work panicked or the runtime is stopping; the session cannot go on.
            return;
        };
        plain = back;
        if !text.is_empty() && output.data(text.as_bytes()).await.is_err() {
            plain.keep_draft();
            return;
        }
        if quit {
            plain.keep_draft();
            let _ = output.exit_status(0).await;
            let _ = output.eof().await;
            let _ = output.close().await;
            return;
        }
    }
}

/// Why `username` may no longer be here, read off the reactor: a ban's words.
async fn banned(forum: &Forum, username: Option<String>) -> Option<String> {
    let forum = forum.clone();
    let username = username?;
    tokio::task::spawn_blocking(move || {
        let account = forum.account(&username).ok()??;
        forum.login_refusal(&account)
    })
    .await
    .ok()?
}
