//! What a client types, on its way from the connection to its session task.
//!
//! The connection's task is russh's loop: it reads the socket, answers keepalives,
//! takes window adjustments and sees the client close. If it waits for a session,
//! none of that happens, and a session can be stuck for good: it waits for the
//! client's window to send a frame, and a client that never reads never opens it.
//! Such a connection was never reaped (issue 19). So the loop waits for room in
//! the queue only briefly: a session that is merely busy (drawing, a paste) makes
//! room well within [`GRACE`] and loses nothing; one that has not by then is
//! stuck, and what its client sends meanwhile is dropped at once, without
//! waiting, until the session takes its input again. The gap is marked in the
//! queue itself, where it happened, so the session resets its parser (a half
//! key, a paste whose end was lost) at that point and not before input queued
//! ahead of it.

use std::time::Duration;

use tokio::sync::mpsc;

/// Packets a session may have queued. A packet is at most 32 KiB (russh's
/// maximum), so a stuck session holds at most 2 MiB of its client's input.
const QUEUE: usize = 64;

/// How long the connection waits for a full queue to make room, once, before it
/// counts the session as stuck.
pub const GRACE: Duration = Duration::from_secs(1);

pub fn channel() -> (InputSender, InputReceiver) {
    let (tx, rx) = mpsc::channel(QUEUE);
    (
        InputSender {
            tx,
            stuck: false,
            gap: false,
        },
        InputReceiver { rx },
    )
}

/// What a session takes from its queue.
#[derive(Debug, PartialEq, Eq)]
pub enum Received {
    Bytes(Vec<u8>),
    /// Input was dropped here: what follows may begin mid-key or mid-paste.
    Gap,
}

/// The connection's end. Dropping it ends the session's input.
pub struct InputSender {
    /// An empty packet marks a gap: the client's own data is never empty.
    tx: mpsc::Sender<Vec<u8>>,
    /// The session let [`GRACE`] pass without making room and has not taken its
    /// input since.
    stuck: bool,
    /// Input was dropped and the gap is not marked in the queue yet.
    gap: bool,
}

impl InputSender {
    /// Whether the session still runs (it has not ended and dropped its end).
    pub fn is_live(&self) -> bool {
        !self.tx.is_closed()
    }

    /// Hands `bytes` to the session, or drops them if it is stuck. Waits at most
    /// [`GRACE`], and not at all while the session is known to be stuck.
    pub async fn send(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        if self.gap {
            match self.tx.try_send(Vec::new()) {
                Ok(()) => self.gap = false,
                // Still no room: this is dropped too, behind the same gap.
                Err(_) => return,
            }
        }
        let bytes = match self.tx.try_send(bytes.to_vec()) {
            Ok(()) => {
                self.stuck = false;
                return;
            }
            // The session has ended; its input goes nowhere.
            Err(mpsc::error::TrySendError::Closed(_)) => return,
            Err(mpsc::error::TrySendError::Full(bytes)) => bytes,
        };
        if !self.stuck {
            match tokio::time::timeout(GRACE, self.tx.send(bytes)).await {
                Ok(_) => return,
                Err(_) => {
                    self.stuck = true;
                    tracing::debug!("a session is not taking its input; dropping it");
                }
            }
        }
        self.gap = true;
    }
}

/// The session's end.
pub struct InputReceiver {
    rx: mpsc::Receiver<Vec<u8>>,
}

fn received(bytes: Vec<u8>) -> Received {
    if bytes.is_empty() {
        Received::Gap
    } else {
        Received::Bytes(bytes)
    }
}

impl InputReceiver {
    /// What the client sent next; `None` once the connection is gone.
    pub async fn recv(&mut self) -> Option<Received> {
        self.rx.recv().await.map(received)
    }

    /// What is already waiting, if anything.
    pub fn try_recv(&mut self) -> Option<Received> {
        self.rx.try_recv().ok().map(received)
    }
}

/// What a session tells its member when their input was dropped.
pub const LOST: &str = "Some of what you typed or pasted was lost: it came while this session could not send you anything. Check what you were writing.";

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(r: Option<Received>) -> Vec<u8> {
        match r {
            Some(Received::Bytes(b)) => b,
            other => panic!("expected bytes, got {other:?}"),
        }
    }

    /// The wedge of issue 19: a session that never takes its input (it waits for a
    /// client that never reads) must not hold up the connection. The first send
    /// past a full queue waits the grace once; every later one returns at once.
    #[tokio::test(start_paused = true)]
    async fn a_stuck_session_never_holds_the_connection_for_more_than_the_grace() {
        let (mut tx, _rx) = channel();
        for _ in 0..QUEUE {
            tx.send(b"jk").await;
        }
        let start = tokio::time::Instant::now();
        tx.send(b"jk").await;
        assert_eq!(start.elapsed(), GRACE);
        for _ in 0..10_000 {
            tx.send(b"jk").await;
        }
        assert_eq!(start.elapsed(), GRACE, "no more waiting once stuck");
    }

    /// A session that is only slow (drawing, taking a paste) loses nothing: the
    /// sender waits for it, as before.
    #[tokio::test(start_paused = true)]
    async fn a_slow_session_loses_nothing() {
        let (mut tx, mut rx) = channel();
        let reader = tokio::spawn(async move {
            let mut got = 0usize;
            while let Some(r) = rx.recv().await {
                got += bytes(Some(r)).len();
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            got
        });
        for _ in 0..1_000 {
            tx.send(b"0123456789").await;
        }
        drop(tx);
        assert_eq!(reader.await.unwrap(), 10_000);
    }

    /// The gap is where input was dropped: what was queued before it comes first,
    /// then the gap, then what came after, so the session resets its parser at
    /// the right point (a paste whose end was dropped must not swallow every
    /// later key).
    #[tokio::test(start_paused = true)]
    async fn a_session_that_recovers_finds_the_gap_where_input_was_dropped() {
        let (mut tx, mut rx) = channel();
        for _ in 0..QUEUE {
            tx.send(b"before").await;
        }
        tx.send(b"dropped").await;
        tx.send(b"dropped too").await;
        for _ in 0..QUEUE {
            assert_eq!(bytes(rx.try_recv()), b"before");
        }
        assert_eq!(rx.try_recv(), None);
        tx.send(b"after").await;
        assert_eq!(rx.try_recv(), Some(Received::Gap));
        assert_eq!(bytes(rx.try_recv()), b"after");
        assert_eq!(rx.try_recv(), None, "one gap, no more");
        tx.send(b"").await;
        assert_eq!(rx.try_recv(), None, "empty data is no gap");
    }
}
