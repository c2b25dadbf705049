//! The terminal sessions open now, so that stopping the server tells each to
//! end (restoring its member's terminal and saying why) and waits for each to
//! keep its member's draft and place before the process ends.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::{Notify, watch};

#[derive(Clone, Default)]
pub struct OpenSessions {
    inner: Arc<Inner>,
}

struct Inner {
    count: AtomicUsize,
    closed: Notify,
    /// Set once, when the server stops.
    stopping: watch::Sender<bool>,
}

impl Default for Inner {
    fn default() -> Inner {
        Inner {
            count: AtomicUsize::new(0),
            closed: Notify::new(),
            stopping: watch::Sender::new(false),
        }
    }
}

/// Held by a session while it runs.
pub struct Open {
    inner: Arc<Inner>,
}

impl Open {
    /// Becomes true when the server stops: the session then ends by itself,
    /// before its connection is closed under it.
    pub fn stopping(&self) -> watch::Receiver<bool> {
        self.inner.stopping.subscribe()
    }
}

impl Drop for Open {
    fn drop(&mut self) {
        if self.inner.count.fetch_sub(1, Ordering::AcqRel) == 1 {
            self.inner.closed.notify_waiters();
        }
    }
}

/// Returns once the server stops (never, if it cannot tell).
pub async fn stopped(stopping: &mut watch::Receiver<bool>) {
    if stopping.wait_for(|stop| *stop).await.is_err() {
        std::future::pending::<()>().await;
    }
}

impl OpenSessions {
    pub fn enter(&self) -> Open {
        self.inner.count.fetch_add(1, Ordering::AcqRel);
        Open {
            inner: self.inner.clone(),
        }
    }

    /// Tells every session, open now or opened from now on, to end.
    pub fn stop(&self) {
        self.inner.stopping.send_replace(true);
    }

    pub fn count(&self) -> usize {
        self.inner.count.load(Ordering::Acquire)
    }

    /// Waits until no session is open, or `limit` has passed; true when none is.
    pub async fn closed(&self, limit: Duration) -> bool {
        let wait = async {
            loop {
                let notified = self.inner.closed.notified();
                if self.count() == 0 {
                    return;
                }
                notified.await;
            }
        };
        tokio::time::timeout(limit, wait).await.is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn waits_for_the_last_session_and_no_longer_than_its_limit() {
        let open = OpenSessions::default();
        assert!(open.closed(Duration::from_millis(10)).await);
        let one = open.enter();
        assert!(
            !open.closed(Duration::from_millis(20)).await,
            "one is still open"
        );
        let waiting = tokio::spawn({
            let open = open.clone();
            async move { open.closed(Duration::from_secs(5)).await }
        });
        tokio::time::sleep(Duration::from_millis(20)).await;
        drop(one);
        assert!(waiting.await.unwrap());
    }

    #[tokio::test]
    async fn a_stop_reaches_sessions_open_before_and_after_it() {
        let open = OpenSessions::default();
        let before = open.enter();
        let mut told = before.stopping();
        assert!(!*told.borrow());
        open.stop();
        told.wait_for(|stop| *stop).await.unwrap();
        assert!(*open.enter().stopping().borrow());
    }
}
