//! What the store asks of a storage engine, so that another can replace sled.
//!
//! The forum's records live in named trees: ordered maps from byte keys to byte
//! values. Everything the store does is built from six operations on them: read a
//! key, write one, remove one, read a key range in either direction, change several
//! keys of several trees atomically, and wait until what was written is on disk.
//! That is the [`Engine`] trait. Keys and values are opaque bytes; the typed layer
//! (`Store`, one file per part of the forum) decides what they mean.
//!
//! Two engines implement it:
//! - [`SledEngine`]: the embedded database a single Stoa server runs on.
//! - [`MemoryEngine`]: ordered maps under one lock, with optimistic transactions
//!   (reads checked again at commit), as a shared engine's would be. It is the reference for
//!   what an engine must do: the conformance tests (`engine/tests.rs`) run against
//!   both, and a forum built on either gives the same export.
//!
//! A shared engine for several front ends implements the same six operations.
//! Ordered keyspaces with retried, serializable transactions fit them directly
//! (FoundationDB, TiKV; in PostgreSQL one table of tree, key and value with
//! SERIALIZABLE transactions retried on a serialization failure), which is why a
//! transaction body here may run more than once and must have no effect but its
//! writes through the transaction it is given.

mod memory;
mod postgresql;
mod sled_engine;
#[cfg(test)]
mod tests;

use std::cell::Cell;
use std::ops::Bound;
use std::sync::Arc;

pub use memory::MemoryEngine;
pub use postgresql::{ChangeLog, Followed, Holding, PostgresEngine, describe as describe_postgres};
pub use sled_engine::SledEngine;

use super::StoreError;

/// Key and value pairs in key order; reversible, for "the newest first".
pub type Entries<'a> = Box<dyn DoubleEndedIterator<Item = Result<Pair, StoreError>> + 'a>;

/// One stored key and its value.
pub type Pair = (Vec<u8>, Vec<u8>);

/// An engine's trees are numbered in the order their names were given when it was
/// opened (see `store::TREES`).
pub type TreeId = usize;

/// A storage engine. All methods may be called from many threads at once.
pub trait Engine: Send + Sync {
    fn get(&self, tree: TreeId, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError>;

    fn insert(&self, tree: TreeId, key: &[u8], value: &[u8]) -> Result<(), StoreError>;

    fn remove(&self, tree: TreeId, key: &[u8]) -> Result<(), StoreError>;

    /// The entries with keys between `from` and `to`, in key order.
    fn range(&self, tree: TreeId, from: Bound<&[u8]>, to: Bound<&[u8]>) -> Entries<'_>;

    /// Runs `body` as one atomic, isolated change to `trees` (the body addresses
    /// them by position). `body` may be run again when it met a concurrent
    /// transaction ([`Conflict`]); its writes are kept only when it says
    /// [`Outcome::Commit`].
    fn transact(
        &self,
        trees: &[TreeId],
        body: &mut dyn FnMut(&dyn Txn) -> Result<Outcome, Conflict>,
    ) -> Result<(), StoreError>;

    /// Blocks until every write that returned before the call is durable.
    fn flush(&self) -> Result<(), StoreError>;

    /// Reads every entry of `trees`, in that order and each in key order, as
    /// they all stood at one moment, while others go on writing (an online
    /// backup). `None` from an engine that cannot: the store then stops its
    /// own writers for the length of the read.
    fn read_at_one_moment(
        &self,
        trees: &[TreeId],
        visit: &mut Visit,
    ) -> Option<Result<(), StoreError>> {
        let _ = (trees, visit);
        None
    }

    /// Replaces a key's value with `change(old)` atomically (`None` removes it, or
    /// leaves it absent) and returns the old value. Engines with a cheaper atomic
    /// read-modify-write than a transaction override it.
    fn update(
        &self,
        tree: TreeId,
        key: &[u8],
        change: &mut Change,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        let mut before = None;
        let mut failed = None;
        self.transact(&[tree], &mut |tx| {
            let mut step = || -> Result<Option<Vec<u8>>, TxError> {
                let old = tx.get(0, key)?;
                match change(old.as_deref()) {
                    Some(new) => tx.insert(0, key, &new)?,
                    None => tx.remove(0, key)?,
                }
                Ok(old)
            };
            match step() {
                Ok(old) => {
                    before = old;
                    Ok(Outcome::Commit)
                }
                Err(TxError::Conflict) => Err(Conflict),
                Err(TxError::Storage(e)) => {
                    failed = Some(e);
                    Ok(Outcome::Abort)
                }
            }
        })?;
        match failed {
            Some(e) => Err(e),
            None => Ok(before),
        }
    }
}

/// What [`Engine::read_at_one_moment`] hands each entry to: its tree, key and
/// value.
pub type Visit<'a> = dyn FnMut(TreeId, &[u8], &[u8]) -> Result<(), StoreError> + 'a;

/// A new value made from the old (see [`Engine::update`]).
pub type Change<'a> = dyn FnMut(Option<&[u8]>) -> Option<Vec<u8>> + 'a;

/// What a transaction body decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Commit,
    Abort,
}

/// A transaction met another: the engine runs its body again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conflict;

/// An operation inside a transaction failed.
#[derive(Debug)]
pub enum TxError {
    Conflict,
    Storage(StoreError),
}

/// The reads and writes of one transaction; `at` is a tree's position in the list
/// the transaction was opened with. Reads see the transaction's own writes.
pub trait Txn {
    fn get(&self, at: usize, key: &[u8]) -> Result<Option<Vec<u8>>, TxError>;
    fn insert(&self, at: usize, key: &[u8], value: &[u8]) -> Result<(), TxError>;
    fn remove(&self, at: usize, key: &[u8]) -> Result<(), TxError>;
}

/// One named tree of the store's engine, with the calls the store's files make.
#[derive(Clone)]
pub(crate) struct Tree {
    engine: Arc<dyn Engine>,
    id: TreeId,
}

impl Tree {
    pub fn new(engine: Arc<dyn Engine>, id: TreeId) -> Tree {
        Tree { engine, id }
    }

    pub fn get(&self, key: impl AsRef<[u8]>) -> Result<Option<Vec<u8>>, StoreError> {
        self.engine.get(self.id, key.as_ref())
    }

    pub fn contains_key(&self, key: impl AsRef<[u8]>) -> Result<bool, StoreError> {
        Ok(self.get(key)?.is_some())
    }

    pub fn insert(&self, key: impl AsRef<[u8]>, value: impl AsRef<[u8]>) -> Result<(), StoreError> {
        self.engine.insert(self.id, key.as_ref(), value.as_ref())
    }

    pub fn remove(&self, key: impl AsRef<[u8]>) -> Result<(), StoreError> {
        self.engine.remove(self.id, key.as_ref())
    }

    /// See [`Engine::update`].
    pub fn fetch_and_update(
        &self,
        key: impl AsRef<[u8]>,
        mut change: impl FnMut(Option<&[u8]>) -> Option<Vec<u8>>,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        self.engine.update(self.id, key.as_ref(), &mut change)
    }

    pub fn iter(&self) -> Scan<'_> {
        Scan(
            self.engine
                .range(self.id, Bound::Unbounded, Bound::Unbounded),
        )
    }

    /// Every entry whose key starts with `prefix`.
    pub fn scan_prefix(&self, prefix: impl AsRef<[u8]>) -> Scan<'_> {
        let prefix = prefix.as_ref();
        let end = prefix_end(prefix);
        let to = end.as_deref().map_or(Bound::Unbounded, Bound::Excluded);
        Scan(self.engine.range(self.id, Bound::Included(prefix), to))
    }

    /// The entries from `from` (included) to `to` (excluded), either may be open.
    pub fn range(&self, from: Option<&[u8]>, to: Option<&[u8]>) -> Scan<'_> {
        let from = from.map_or(Bound::Unbounded, Bound::Included);
        let to = to.map_or(Bound::Unbounded, Bound::Excluded);
        Scan(self.engine.range(self.id, from, to))
    }

    /// The entries from `from` to `to`, both included.
    pub fn range_inclusive(&self, from: &[u8], to: &[u8]) -> Scan<'_> {
        Scan(
            self.engine
                .range(self.id, Bound::Included(from), Bound::Included(to)),
        )
    }

    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.iter().next().transpose()?.is_none())
    }
}

/// The first key after every key that starts with `prefix`, or none when no key
/// is (a prefix of only 0xff bytes, or the empty prefix).
pub(crate) fn prefix_end(prefix: &[u8]) -> Option<Vec<u8>> {
    let mut end = prefix.to_vec();
    while let Some(last) = end.pop() {
        if last < u8::MAX {
            end.push(last + 1);
            return Some(end);
        }
    }
    None
}

/// A range of a tree, read lazily.
pub(crate) struct Scan<'a>(Entries<'a>);

impl<'a> Scan<'a> {
    pub fn keys(self) -> impl DoubleEndedIterator<Item = Result<Vec<u8>, StoreError>> + 'a {
        self.0.map(|entry| entry.map(|(key, _)| key))
    }

    pub fn values(self) -> impl DoubleEndedIterator<Item = Result<Vec<u8>, StoreError>> + 'a {
        self.0.map(|entry| entry.map(|(_, value)| value))
    }
}

impl Iterator for Scan<'_> {
    type Item = Result<Pair, StoreError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next()
    }
}

impl DoubleEndedIterator for Scan<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.0.next_back()
    }
}

/// One tree inside a transaction (see [`transact`]).
#[derive(Clone, Copy)]
pub(crate) struct TxTree<'a> {
    tx: &'a dyn Txn,
    at: usize,
    conflict: &'a Cell<bool>,
}

impl TxTree<'_> {
    pub fn get(&self, key: impl AsRef<[u8]>) -> Result<Option<Vec<u8>>, StoreError> {
        self.tx
            .get(self.at, key.as_ref())
            .map_err(|e| self.failed(e))
    }

    pub fn insert(&self, key: impl AsRef<[u8]>, value: impl AsRef<[u8]>) -> Result<(), StoreError> {
        self.tx
            .insert(self.at, key.as_ref(), value.as_ref())
            .map_err(|e| self.failed(e))
    }

    pub fn remove(&self, key: impl AsRef<[u8]>) -> Result<(), StoreError> {
        self.tx
            .remove(self.at, key.as_ref())
            .map_err(|e| self.failed(e))
    }

    /// A conflict is noted so that [`transact`] retries whatever the body made of
    /// the error it was handed.
    fn failed(&self, e: TxError) -> StoreError {
        match e {
            TxError::Conflict => {
                self.conflict.set(true);
                StoreError::Conflict
            }
            TxError::Storage(e) => e,
        }
    }
}

/// Runs `body` over `trees` in one transaction of their engine. The body's error
/// aborts it (nothing it wrote is kept) and is returned; `Ok` commits. The body
/// may run more than once, so its only effect must be what it writes to `trees`.
pub(crate) fn transact<const N: usize, T, E: From<StoreError>>(
    trees: [&Tree; N],
    body: impl Fn([TxTree<'_>; N]) -> Result<T, E>,
) -> Result<T, E> {
    let Some(first) = trees.first() else {
        return Err(StoreError::Corrupt("a transaction over no trees".into()).into());
    };
    let ids = trees.map(|tree| tree.id);
    let mut outcome = None;
    first.engine.transact(&ids, &mut |tx| {
        let conflict = Cell::new(false);
        let result = body(std::array::from_fn(|at| TxTree {
            tx,
            at,
            conflict: &conflict,
        }));
        if conflict.get() {
            return Err(Conflict);
        }
        let decided = if result.is_ok() {
            Outcome::Commit
        } else {
            Outcome::Abort
        };
        outcome = Some(result);
        Ok(decided)
    })?;
    outcome.unwrap_or_else(|| Err(StoreError::Corrupt("a transaction did not run".into()).into()))
}
