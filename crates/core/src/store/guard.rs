//! A damaged store is read, never written. Every call the store makes to its
//! engine passes through [`Guarded`]: once one of them meets damage (the
//! engine's own checks failed: [`StoreError::Damaged`]), every write after it is
//! refused with [`StoreError::WritesRefused`] for the rest of the run.
//!
//! Reads go on, so members still read what is sound. Writes stop because a
//! write on top of damage can spread it (an index entry for a record that is
//! gone, a counter read from a damaged page), and because what repairs a damaged
//! store is a restore of the last export, which replaces everything written
//! since: a post accepted now would be lost then, after its author was told it
//! was kept. Flushes are refused too (an engine may write to flush: sled numbers
//! each one), so a write that raced the damage is not acknowledged either.

use std::ops::Bound;
use std::sync::{Arc, OnceLock};

use super::StoreError;
use super::engine::{Change, Conflict, Engine, Entries, Outcome, TreeId, TxError, Txn};

/// The first damage a store met, shared by the store and its guard.
#[derive(Default)]
pub(super) struct Damage(OnceLock<String>);

impl Damage {
    /// What was found first, or `None` while the store is sound.
    pub(super) fn found(&self) -> Option<&str> {
        self.0.get().map(String::as_str)
    }

    /// Keeps the first damage and logs it, once: every later read of the same
    /// page fails the same way and would fill the log.
    pub(super) fn note(&self, what: String) {
        let logged = what.clone();
        if self.0.set(what).is_ok() {
            tracing::error!(
                damage = %logged,
                "the database is damaged: from now on this server writes nothing and refuses every change. \
                 Stop it, run `stoa check` to see what is damaged, and restore the last backup \
                 into a new data directory (`stoa import`)"
            );
        }
    }
}

/// An engine that stops writing once damage is found (see the module comment).
pub(super) struct Guarded {
    inner: Arc<dyn Engine>,
    names: &'static [&'static str],
    damage: Arc<Damage>,
}

impl Guarded {
    /// `names` are the trees' names by id, for the log.
    pub(super) fn new(
        inner: Arc<dyn Engine>,
        names: &'static [&'static str],
        damage: Arc<Damage>,
    ) -> Guarded {
        Guarded {
            inner,
            names,
            damage,
        }
    }

    fn name(&self, tree: TreeId) -> &'static str {
        self.names.get(tree).copied().unwrap_or("an unnamed tree")
    }

    /// Notes damage in `result`, and passes it on with the tree's name.
    fn noted<T>(&self, tree: TreeId, result: Result<T, StoreError>) -> Result<T, StoreError> {
        result.map_err(|e| self.note(tree, e))
    }

    fn note(&self, tree: TreeId, e: StoreError) -> StoreError {
        match e {
            StoreError::Damaged { detail } => {
                let detail = format!("{}: {detail}", self.name(tree));
                self.damage.note(detail.clone());
                StoreError::Damaged { detail }
            }
            other => other,
        }
    }

    fn writable(&self) -> Result<(), StoreError> {
        match self.damage.found() {
            Some(_) => Err(StoreError::WritesRefused),
            None => Ok(()),
        }
    }
}

impl Engine for Guarded {
    fn get(&self, tree: TreeId, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        self.noted(tree, self.inner.get(tree, key))
    }

    fn insert(&self, tree: TreeId, key: &[u8], value: &[u8]) -> Result<(), StoreError> {
        self.writable()?;
        self.noted(tree, self.inner.insert(tree, key, value))
    }

    fn remove(&self, tree: TreeId, key: &[u8]) -> Result<(), StoreError> {
        self.writable()?;
        self.noted(tree, self.inner.remove(tree, key))
    }

    fn range(&self, tree: TreeId, from: Bound<&[u8]>, to: Bound<&[u8]>) -> Entries<'_> {
        Box::new(
            self.inner
                .range(tree, from, to)
                .map(move |entry| self.noted(tree, entry)),
        )
    }

    fn transact(
        &self,
        trees: &[TreeId],
        body: &mut dyn FnMut(&dyn Txn) -> Result<Outcome, Conflict>,
    ) -> Result<(), StoreError> {
        self.writable()?;
        let first = trees.first().copied().unwrap_or_default();
        let result = self.inner.transact(trees, &mut |tx| {
            body(&GuardedTxn {
                inner: tx,
                guard: self,
                trees,
            })
        });
        self.noted(first, result)
    }

    fn flush(&self) -> Result<(), StoreError> {
        self.writable()?;
        self.inner.flush()
    }

    fn read_at_one_moment(
        &self,
        trees: &[TreeId],
        visit: &mut super::engine::Visit,
    ) -> Option<Result<(), StoreError>> {
        self.inner.read_at_one_moment(trees, visit)
    }

    fn update(
        &self,
        tree: TreeId,
        key: &[u8],
        change: &mut Change,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        self.writable()?;
        self.noted(tree, self.inner.update(tree, key, change))
    }
}

/// A transaction's reads, watched for damage like the engine's.
struct GuardedTxn<'a> {
    inner: &'a dyn Txn,
    guard: &'a Guarded,
    trees: &'a [TreeId],
}

impl GuardedTxn<'_> {
    fn noted<T>(&self, at: usize, result: Result<T, TxError>) -> Result<T, TxError> {
        result.map_err(|e| match e {
            TxError::Storage(e) => {
                let tree = self.trees.get(at).copied().unwrap_or_default();
                TxError::Storage(self.guard.note(tree, e))
            }
            conflict => conflict,
        })
    }
}

impl Txn for GuardedTxn<'_> {
    fn get(&self, at: usize, key: &[u8]) -> Result<Option<Vec<u8>>, TxError> {
        self.noted(at, self.inner.get(at, key))
    }

    fn insert(&self, at: usize, key: &[u8], value: &[u8]) -> Result<(), TxError> {
        self.noted(at, self.inner.insert(at, key, value))
    }

    fn remove(&self, at: usize, key: &[u8]) -> Result<(), TxError> {
        self.noted(at, self.inner.remove(at, key))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicBool, Ordering};

    use super::*;
    use crate::domain::PostId;
    use crate::forum::NewThread;
    use crate::store::engine::{Conflict, Outcome, TxError, Txn};
    use crate::store::{MemoryEngine, Store, TREES};

    /// The memory engine, whose reads of `post_by_id` fail as damaged ones do
    /// while `failing` is set.
    struct Flaky {
        inner: MemoryEngine,
        failing: AtomicBool,
    }

    impl Flaky {
        fn fails(&self, tree: TreeId) -> Result<(), StoreError> {
            if self.failing.load(Ordering::SeqCst) && TREES[tree] == "post_by_id" {
                return Err(StoreError::Damaged {
                    detail: "damaged bytes at offset 1234 of db/db".into(),
                });
            }
            Ok(())
        }
    }

    impl Engine for Flaky {
        fn get(&self, tree: TreeId, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
            self.fails(tree)?;
            self.inner.get(tree, key)
        }
        fn insert(&self, tree: TreeId, key: &[u8], value: &[u8]) -> Result<(), StoreError> {
            self.inner.insert(tree, key, value)
        }
        fn remove(&self, tree: TreeId, key: &[u8]) -> Result<(), StoreError> {
            self.inner.remove(tree, key)
        }
        fn range(&self, tree: TreeId, from: Bound<&[u8]>, to: Bound<&[u8]>) -> Entries<'_> {
            match self.fails(tree) {
                Err(e) => Box::new(std::iter::once(Err(e))),
                Ok(()) => self.inner.range(tree, from, to),
            }
        }
        fn transact(
            &self,
            trees: &[TreeId],
            body: &mut dyn FnMut(&dyn Txn) -> Result<Outcome, Conflict>,
        ) -> Result<(), StoreError> {
            self.inner.transact(trees, &mut |tx| {
                body(&FlakyTxn {
                    inner: tx,
                    engine: self,
                    trees,
                })
            })
        }
        fn flush(&self) -> Result<(), StoreError> {
            self.inner.flush()
        }
    }

    /// A transaction on [`Flaky`], whose reads fail as its engine's do.
    struct FlakyTxn<'a> {
        inner: &'a dyn Txn,
        engine: &'a Flaky,
        trees: &'a [TreeId],
    }

    impl Txn for FlakyTxn<'_> {
        fn get(&self, at: usize, key: &[u8]) -> Result<Option<Vec<u8>>, TxError> {
            self.engine
                .fails(self.trees[at])
                .map_err(TxError::Storage)?;
            self.inner.get(at, key)
        }
        fn insert(&self, at: usize, key: &[u8], value: &[u8]) -> Result<(), TxError> {
            self.inner.insert(at, key, value)
        }
        fn remove(&self, at: usize, key: &[u8]) -> Result<(), TxError> {
            self.inner.remove(at, key)
        }
    }

    fn flaky_forum() -> (crate::forum::Forum, Arc<Flaky>) {
        let engine = Arc::new(Flaky {
            inner: MemoryEngine::new(TREES.len()),
            failing: AtomicBool::new(false),
        });
        let store = Store::with_engine(engine.clone()).unwrap();
        let forum = crate::testkit::forum_on(store, Default::default()).unwrap();
        (forum, engine)
    }

    #[test]
    fn after_a_damaged_read_the_store_writes_nothing_but_still_reads() {
        let (forum, engine) = flaky_forum();
        let store = forum.store();
        store
            .put_community(&crate::testkit::community("care"))
            .unwrap();
        let amara = crate::testkit::sign_up(&forum, "amara", 1).unwrap();
        let amara = crate::testkit::viewer(amara);
        let thread = forum
            .start_thread(
                &amara,
                "care",
                NewThread {
                    language: None,
                    title: "Handover visits".into(),
                    body: "How long do they take?".into(),
                },
            )
            .unwrap();
        assert_eq!(store.damage(), None);

        engine.failing.store(true, Ordering::SeqCst);
        let err = store.post(thread.id.opening_post()).unwrap_err();
        assert!(matches!(err, StoreError::Damaged { .. }), "{err:?}");
        let damage = store.damage().expect("the damage is kept");
        assert!(damage.starts_with("post_by_id: damaged bytes"), "{damage}");
        // The damaged page stays damaged; the rest of the store is read.
        engine.failing.store(false, Ordering::SeqCst);
        assert!(store.post(thread.id.opening_post()).unwrap().is_some());
        assert!(store.community("care").unwrap().is_some());

        // Every kind of write is refused: a plain insert, a transaction, an
        // update in place.
        let refused = |e: StoreError| assert!(matches!(e, StoreError::WritesRefused), "{e:?}");
        refused(
            store
                .put_community(&crate::testkit::community("news"))
                .unwrap_err(),
        );
        refused(
            store
                .join_community("care", "amara", forum.now())
                .unwrap_err(),
        );
        refused(store.mark_read("amara", thread.id, PostId(99)).unwrap_err());
        refused(store.durable().unwrap_err());
        assert!(store.community("news").unwrap().is_none());

        // The forum says so in one sentence, and writes nothing.
        let err = forum
            .reply(
                &amara,
                thread.id.opening_post(),
                "About two days per worker.",
            )
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "the forum's database is damaged; nothing can be written until an administrator restores it"
        );
        assert_eq!(store.thread_posts(thread.id).unwrap().len(), 1);
        // Reading still works.
        assert!(forum.post(&amara, thread.id.opening_post()).is_ok());
    }

    #[test]
    fn damage_found_inside_a_transaction_stops_writes_too() {
        let (forum, engine) = flaky_forum();
        let store = forum.store();
        engine.failing.store(true, Ordering::SeqCst);
        // Read only inside a transaction, as a reply reads its parent.
        let read = crate::store::transact([&store.post_by_id], |[posts]| {
            posts.get(1u64.to_be_bytes())?;
            Ok::<_, StoreError>(())
        });
        let Err(StoreError::Damaged { detail }) = read else {
            panic!("{read:?}")
        };
        assert!(detail.starts_with("post_by_id: "), "{detail}");
        assert!(store.damage().is_some(), "the damage is kept");
        engine.failing.store(false, Ordering::SeqCst);
        let err = store
            .put_community(&crate::testkit::community("care"))
            .unwrap_err();
        assert!(matches!(err, StoreError::WritesRefused), "{err:?}");
    }
}
