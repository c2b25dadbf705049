//! The terminal sessions open now, so that stopping the server waits for each to
//! keep its member's draft and place before the process ends.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::Notify;

#[derive(Clone, Default)]
pub struct OpenSessions {
    inner: Arc<Inner>,
}

#[derive(Default)]
struct Inner {
    count: AtomicUsize,
    closed: Notify,
}

/// Held by a session while it runs.
pub struct Open {
    inner: Arc<Inner>,
}

impl Drop for Open {
    fn drop(&mut self) {
        if self.inner.count.fetch_sub(1, Ordering::AcqRel) == 1 {
            self.inner.closed.notify_waiters();
        }
    }
}

impl OpenSessions {
    pub fn enter(&self) -> Open {
        self.inner.count.fetch_add(1, Ordering::AcqRel);
        Open {
            inner: self.inner.clone(),
        }
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
}
