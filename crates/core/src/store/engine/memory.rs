//! The store in memory: one ordered map per tree, all under one lock. Nothing is
//! written to disk, so it is for tests, and as the plainest statement
//! of what an engine must do.
//!
//! Transactions are optimistic, as a shared engine's would be: the body runs
//! without the lock, reading through it and keeping its writes aside; at commit,
//! under the lock, every key it read must still hold what it saw, or the body runs
//! again. (The body may read the store outside the transaction too: nothing is
//! held while it runs.)

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;
use std::sync::{PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

use super::{Conflict, Engine, Entries, Outcome, TreeId, TxError, Txn};
use crate::store::StoreError;

type Map = BTreeMap<Vec<u8>, Vec<u8>>;

/// (tree id, key) → a value, or `None` for none.
type Slots = HashMap<(TreeId, Vec<u8>), Option<Vec<u8>>>;

pub struct MemoryEngine {
    trees: RwLock<Vec<Map>>,
}

impl MemoryEngine {
    /// An empty engine with `count` trees.
    pub fn new(count: usize) -> MemoryEngine {
        MemoryEngine {
            trees: RwLock::new(vec![Map::new(); count]),
        }
    }

    fn read(&self) -> RwLockReadGuard<'_, Vec<Map>> {
        self.trees.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn write(&self) -> RwLockWriteGuard<'_, Vec<Map>> {
        self.trees.write().unwrap_or_else(PoisonError::into_inner)
    }
}

fn no_tree(id: TreeId) -> StoreError {
    StoreError::Corrupt(format!("no tree {id}"))
}

impl Engine for MemoryEngine {
    fn get(&self, tree: TreeId, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        let trees = self.read();
        let map = trees.get(tree).ok_or_else(|| no_tree(tree))?;
        Ok(map.get(key).cloned())
    }

    fn insert(&self, tree: TreeId, key: &[u8], value: &[u8]) -> Result<(), StoreError> {
        let mut trees = self.write();
        let map = trees.get_mut(tree).ok_or_else(|| no_tree(tree))?;
        map.insert(key.to_vec(), value.to_vec());
        Ok(())
    }

    fn remove(&self, tree: TreeId, key: &[u8]) -> Result<(), StoreError> {
        let mut trees = self.write();
        let map = trees.get_mut(tree).ok_or_else(|| no_tree(tree))?;
        map.remove(key);
        Ok(())
    }

    /// A copy of the range as it is now: the lock is not held while the caller
    /// reads it.
    fn range(&self, tree: TreeId, from: Bound<&[u8]>, to: Bound<&[u8]>) -> Entries<'_> {
        let trees = self.read();
        let Some(map) = trees.get(tree) else {
            return Box::new(std::iter::once(Err(no_tree(tree))));
        };
        if bounds_cross(from, to) {
            return Box::new(std::iter::empty());
        }
        let entries: Vec<_> = map
            .range::<[u8], _>((from, to))
            .map(|(k, v)| Ok((k.clone(), v.clone())))
            .collect();
        Box::new(entries.into_iter())
    }

    fn transact(
        &self,
        trees: &[TreeId],
        body: &mut dyn FnMut(&dyn Txn) -> Result<Outcome, Conflict>,
    ) -> Result<(), StoreError> {
        let count = self.read().len();
        if let Some(&id) = trees.iter().find(|&&id| id >= count) {
            return Err(no_tree(id));
        }
        loop {
            let txn = MemoryTxn {
                engine: self,
                trees,
                seen: RefCell::default(),
                writes: RefCell::default(),
            };
            match body(&txn) {
                Err(Conflict) => continue,
                // A refusal stands only if what it was based on still holds.
                Ok(Outcome::Abort) if txn.saw_changes(&self.read()) => continue,
                Ok(Outcome::Abort) => return Ok(()),
                Ok(Outcome::Commit) => {
                    let mut all = self.write();
                    if txn.saw_changes(&all) {
                        continue;
                    }
                    for ((id, key), value) in txn.writes.into_inner() {
                        let map = &mut all[id];
                        match value {
                            Some(value) => map.insert(key, value),
                            None => map.remove(&key),
                        };
                    }
                    return Ok(());
                }
            }
        }
    }

    fn flush(&self) -> Result<(), StoreError> {
        Ok(())
    }
}

/// `BTreeMap::range` panics on a range that ends before it starts; such a range
/// holds nothing.
fn bounds_cross(from: Bound<&[u8]>, to: Bound<&[u8]>) -> bool {
    match (from, to) {
        (Bound::Included(a), Bound::Included(b)) => a > b,
        (Bound::Included(a) | Bound::Excluded(a), Bound::Excluded(b))
        | (Bound::Excluded(a), Bound::Included(b)) => a >= b,
        _ => false,
    }
}

struct MemoryTxn<'a> {
    engine: &'a MemoryEngine,
    trees: &'a [TreeId],
    /// (tree id, key) → the value first read there; checked again at commit.
    seen: RefCell<Slots>,
    /// (tree id, key) → the new value, or `None` for removed.
    writes: RefCell<Slots>,
}

impl MemoryTxn<'_> {
    /// Whether a key the body read holds something else now.
    fn saw_changes(&self, all: &[Map]) -> bool {
        self.seen
            .borrow()
            .iter()
            .any(|((id, key), seen)| all[*id].get(key) != seen.as_ref())
    }

    fn id(&self, at: usize) -> Result<TreeId, TxError> {
        self.trees.get(at).copied().ok_or_else(|| {
            TxError::Storage(StoreError::Corrupt(format!(
                "no tree at {at} in this transaction"
            )))
        })
    }
}

impl Txn for MemoryTxn<'_> {
    fn get(&self, at: usize, key: &[u8]) -> Result<Option<Vec<u8>>, TxError> {
        let id = self.id(at)?;
        let slot = (id, key.to_vec());
        if let Some(written) = self.writes.borrow().get(&slot) {
            return Ok(written.clone());
        }
        if let Some(seen) = self.seen.borrow().get(&slot) {
            return Ok(seen.clone());
        }
        let now = self.engine.get(id, key).map_err(TxError::Storage)?;
        self.seen.borrow_mut().insert(slot, now.clone());
        Ok(now)
    }

    fn insert(&self, at: usize, key: &[u8], value: &[u8]) -> Result<(), TxError> {
        let id = self.id(at)?;
        self.writes
            .borrow_mut()
            .insert((id, key.to_vec()), Some(value.to_vec()));
        Ok(())
    }

    fn remove(&self, at: usize, key: &[u8]) -> Result<(), TxError> {
        let id = self.id(at)?;
        self.writes.borrow_mut().insert((id, key.to_vec()), None);
        Ok(())
    }
}
