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
//! waiting, until the session takes its input again.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
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
    let lost = Arc::new(AtomicBool::new(false));
    (
        InputSender {
            tx,
            lost: lost.clone(),
            stuck: false,
        },
        InputReceiver { rx, lost },
    )
}

/// The connection's end. Dropping it ends the session's input.
pub struct InputSender {
    tx: mpsc::Sender<Vec<u8>>,
    lost: Arc<AtomicBool>,
    /// The session let [`GRACE`] pass without making room and has not taken its
    /// input since.
    stuck: bool,
}

impl InputSender {
    /// Hands `bytes` to the session, or drops them if it is stuck. Waits at most
    /// [`GRACE`], and not at all while the session is known to be stuck.
    pub async fn send(&mut self, bytes: &[u8]) {
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
        self.lost.store(true, Ordering::Release);
    }
}

/// The session's end.
pub struct InputReceiver {
    rx: mpsc::Receiver<Vec<u8>>,
    lost: Arc<AtomicBool>,
}

impl InputReceiver {
    /// The next bytes the client sent; `None` once the connection is gone.
    pub async fn recv(&mut self) -> Option<Vec<u8>> {
        self.rx.recv().await
    }

    /// Bytes already waiting, if any.
    pub fn try_recv(&mut self) -> Option<Vec<u8>> {
        self.rx.try_recv().ok()
    }

    /// Whether input was dropped since the last call: what follows may start in
    /// the middle of a key or a paste.
    pub fn take_lost(&self) -> bool {
        self.lost.swap(false, Ordering::AcqRel)
    }
}

/// What a session tells its member when their input was dropped.
pub const LOST: &str = "Some of what you typed or pasted was lost: it came while this session could not send you anything. Check what you were writing.";

#[cfg(test)]
mod tests {
    use super::*;

    /// The wedge of issue 19: a session that never takes its input (it waits for a
    /// client that never reads) must not hold up the connection. The first send
    /// past a full queue waits the grace once; every later one returns at once.
    #[tokio::test(start_paused = true)]
    async fn a_stuck_session_never_holds_the_connection_for_more_than_the_grace() {
        let (mut tx, rx) = channel();
        for _ in 0..QUEUE {
            tx.send(b"jk").await;
        }
        assert!(!rx.take_lost());
        let start = tokio::time::Instant::now();
        tx.send(b"jk").await;
        assert_eq!(start.elapsed(), GRACE);
        for _ in 0..10_000 {
            tx.send(b"jk").await;
        }
        assert_eq!(start.elapsed(), GRACE, "no more waiting once stuck");
        assert!(rx.take_lost());
        assert!(!rx.take_lost(), "told once");
    }

    /// A session that is only slow (drawing, taking a paste) loses nothing: the
    /// sender waits for it, as before.
    #[tokio::test(start_paused = true)]
    async fn a_slow_session_loses_nothing() {
        let (mut tx, mut rx) = channel();
        let reader = tokio::spawn(async move {
            let mut got = 0usize;
            while let Some(bytes) = rx.recv().await {
                got += bytes.len();
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            (got, rx.take_lost())
        });
        for _ in 0..1_000 {
            tx.send(b"0123456789").await;
        }
        drop(tx);
        let (got, lost) = reader.await.unwrap();
        assert_eq!(got, 10_000);
        assert!(!lost);
    }

    /// Once the session takes its input again, the next send is delivered.
    #[tokio::test(start_paused = true)]
    async fn a_session_that_recovers_gets_input_again() {
        let (mut tx, mut rx) = channel();
        for _ in 0..=QUEUE {
            tx.send(b"x").await;
        }
        while rx.try_recv().is_some() {}
        assert!(rx.take_lost());
        tx.send(b"after").await;
        assert_eq!(rx.try_recv().as_deref(), Some(&b"after"[..]));
    }
}
