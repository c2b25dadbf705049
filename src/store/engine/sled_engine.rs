//! The store on sled: one embedded database in the data directory, one sled tree
//! per store tree. sled's own transactions give the atomic multi-tree writes, and
//! its exclusive file lock tells a second process that a server holds the data.

use std::cell::RefCell;
use std::ops::Bound;
use std::path::Path;

use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionalTree};

use super::{Change, Conflict, Engine, Entries, Outcome, TreeId, TxError, Txn};
use crate::store::StoreError;

pub struct SledEngine {
    db: sled::Db,
    trees: Vec<sled::Tree>,
}

impl SledEngine {
    /// Opens (or creates) the database at `path` with the trees `names`, which
    /// become tree ids 0, 1, 2… in that order.
    ///
    /// Fails with [`StoreError::InUse`] when another process holds it.
    pub fn open(path: &Path, names: &[&str]) -> Result<SledEngine, StoreError> {
        let db = sled::Config::new()
            .path(path)
            .open()
            .map_err(|e| open_error(path, e))?;
        let trees = names
            .iter()
            .map(|name| db.open_tree(name))
            .collect::<Result<_, _>>()
            .map_err(storage)?;
        Ok(SledEngine { db, trees })
    }

    fn tree(&self, id: TreeId) -> Result<&sled::Tree, StoreError> {
        self.trees
            .get(id)
            .ok_or_else(|| StoreError::Corrupt(format!("no tree {id}")))
    }
}

impl Engine for SledEngine {
    fn get(&self, tree: TreeId, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self
            .tree(tree)?
            .get(key)
            .map_err(storage)?
            .map(|v| v.to_vec()))
    }

    fn insert(&self, tree: TreeId, key: &[u8], value: &[u8]) -> Result<(), StoreError> {
        self.tree(tree)?.insert(key, value).map_err(storage)?;
        Ok(())
    }

    fn remove(&self, tree: TreeId, key: &[u8]) -> Result<(), StoreError> {
        self.tree(tree)?.remove(key).map_err(storage)?;
        Ok(())
    }

    fn range(&self, tree: TreeId, from: Bound<&[u8]>, to: Bound<&[u8]>) -> Entries<'_> {
        match self.tree(tree) {
            Ok(tree) => Box::new(tree.range::<&[u8], _>((from, to)).map(|entry| {
                entry
                    .map(|(k, v)| (k.to_vec(), v.to_vec()))
                    .map_err(storage)
            })),
            Err(e) => Box::new(std::iter::once(Err(e))),
        }
    }

    fn transact(
        &self,
        trees: &[TreeId],
        body: &mut dyn FnMut(&dyn Txn) -> Result<Outcome, Conflict>,
    ) -> Result<(), StoreError> {
        let picked = trees
            .iter()
            .map(|&id| self.tree(id))
            .collect::<Result<Vec<_>, _>>()?;
        // sled wants a closure it can call again on a conflict (`Fn`); the body is
        // `FnMut`, and sled calls it on this thread, one run at a time.
        let body = RefCell::new(body);
        let result = picked.as_slice().transaction(|views| {
            let txn = SledTxn { views };
            match (body.borrow_mut())(&txn) {
                Ok(Outcome::Commit) => Ok(()),
                Ok(Outcome::Abort) => Err(ConflictableTransactionError::Abort(())),
                Err(Conflict) => Err(ConflictableTransactionError::Conflict),
            }
        });
        match result {
            Ok(()) | Err(sled::transaction::TransactionError::Abort(())) => Ok(()),
            Err(sled::transaction::TransactionError::Storage(e)) => Err(storage(e)),
        }
    }

    fn flush(&self) -> Result<(), StoreError> {
        self.db.flush().map_err(storage)?;
        Ok(())
    }

    fn update(
        &self,
        tree: TreeId,
        key: &[u8],
        change: &mut Change,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self
            .tree(tree)?
            .fetch_and_update(key, change)
            .map_err(storage)?
            .map(|v| v.to_vec()))
    }
}

struct SledTxn<'a> {
    views: &'a [TransactionalTree],
}

impl SledTxn<'_> {
    fn view(&self, at: usize) -> Result<&TransactionalTree, TxError> {
        self.views.get(at).ok_or_else(|| {
            TxError::Storage(StoreError::Corrupt(format!(
                "no tree at {at} in this transaction"
            )))
        })
    }
}

impl Txn for SledTxn<'_> {
    fn get(&self, at: usize, key: &[u8]) -> Result<Option<Vec<u8>>, TxError> {
        Ok(self
            .view(at)?
            .get(key)
            .map_err(tx_error)?
            .map(|v| v.to_vec()))
    }

    fn insert(&self, at: usize, key: &[u8], value: &[u8]) -> Result<(), TxError> {
        self.view(at)?.insert(key, value).map_err(tx_error)?;
        Ok(())
    }

    fn remove(&self, at: usize, key: &[u8]) -> Result<(), TxError> {
        self.view(at)?.remove(key).map_err(tx_error)?;
        Ok(())
    }
}

fn tx_error(e: sled::transaction::UnabortableTransactionError) -> TxError {
    match e {
        sled::transaction::UnabortableTransactionError::Conflict => TxError::Conflict,
        sled::transaction::UnabortableTransactionError::Storage(e) => TxError::Storage(storage(e)),
    }
}

fn storage(e: sled::Error) -> StoreError {
    StoreError::Engine(Box::new(e))
}

/// Turns sled's open error into one a person can act on. sled takes an exclusive
/// file lock, so a second process gets `WouldBlock` while a server runs.
fn open_error(path: &Path, e: sled::Error) -> StoreError {
    let dir = path.parent().unwrap_or(path).to_path_buf();
    match e {
        sled::Error::Io(io)
            if io.kind() == std::io::ErrorKind::WouldBlock || io.to_string().contains("lock") =>
        {
            StoreError::InUse(dir)
        }
        other => storage(other),
    }
}
