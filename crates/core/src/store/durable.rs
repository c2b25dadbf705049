//! Group commit: when many writers ask for durability at once, one of them flushes
//! the engine for all, so fifty members posting together cost one fsync, not fifty.
//!
//! Each request takes a ticket. A writer whose ticket is not yet covered either
//! becomes the leader and flushes (covering every ticket issued before it started),
//! or waits for the leader in progress and then checks again.

use std::sync::{Arc, Condvar, Mutex, PoisonError};

use super::StoreError;
use super::engine::Engine;

#[derive(Clone)]
pub(super) struct Flusher {
    engine: Arc<dyn Engine>,
    shared: Arc<(Mutex<Tickets>, Condvar)>,
}

#[derive(Default)]
struct Tickets {
    issued: u64,
    flushed: u64,
    flushing: bool,
}

impl Flusher {
    pub(super) fn new(engine: Arc<dyn Engine>) -> Flusher {
        Flusher {
            engine,
            shared: Arc::default(),
        }
    }

    pub(super) fn flush(&self) -> Result<(), StoreError> {
        let (lock, done) = &*self.shared;
        let mut tickets = lock.lock().unwrap_or_else(PoisonError::into_inner);
        tickets.issued += 1;
        let mine = tickets.issued;
        loop {
            if tickets.flushed >= mine {
                return Ok(());
            }
            if tickets.flushing {
                tickets = done.wait(tickets).unwrap_or_else(PoisonError::into_inner);
                continue;
            }
            tickets.flushing = true;
            let covers = tickets.issued;
            drop(tickets);
            let result = self.engine.flush();
            tickets = lock.lock().unwrap_or_else(PoisonError::into_inner);
            tickets.flushing = false;
            if result.is_ok() {
                tickets.flushed = tickets.flushed.max(covers);
            }
            done.notify_all();
            result?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concurrent_writers_all_return_after_a_flush() {
        let dir = tempfile::tempdir().unwrap();
        let engine: Arc<dyn Engine> =
            Arc::new(crate::store::SledEngine::open(&dir.path().join("db"), &["t"]).unwrap());
        let flusher = Flusher::new(engine.clone());
        let threads: Vec<_> = (0..16)
            .map(|i| {
                let (engine, flusher) = (engine.clone(), flusher.clone());
                std::thread::spawn(move || {
                    engine.insert(0, format!("k{i}").as_bytes(), b"v").unwrap();
                    flusher.flush().unwrap();
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let tickets = flusher.shared.0.lock().unwrap();
        assert_eq!(tickets.issued, 16);
        assert_eq!(tickets.flushed, 16);
        assert!(!tickets.flushing);
    }
}
