//! Group commit: when many writers ask for durability at once, one of them flushes
//! sled for all, so fifty members posting together cost one fsync, not fifty.
//!
//! Each request takes a ticket. A writer whose ticket is not yet covered either
//! becomes the leader and flushes (covering every ticket issued before it started),
//! or waits for the leader in progress and then checks again.

use std::sync::{Arc, Condvar, Mutex, PoisonError};

use super::StoreError;

#[derive(Clone)]
pub(super) struct Flusher {
    db: sled::Db,
    shared: Arc<(Mutex<Tickets>, Condvar)>,
}

#[derive(Default)]
struct Tickets {
    issued: u64,
    flushed: u64,
    flushing: bool,
}

impl Flusher {
    pub(super) fn new(db: sled::Db) -> Flusher {
        Flusher {
            db,
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
            let result = self.db.flush();
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
        let db = sled::open(dir.path()).unwrap();
        let flusher = Flusher::new(db.clone());
        let threads: Vec<_> = (0..16)
            .map(|i| {
                let (db, flusher) = (db.clone(), flusher.clone());
                std::thread::spawn(move || {
                    db.insert(format!("k{i}"), "v").unwrap();
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
