//! The store on sled: one embedded database in the data directory, one sled tree
//! per store tree. sled's own transactions give the atomic multi-tree writes, and
//! its exclusive file lock tells a second process that a server holds the data.

use std::cell::RefCell;
use std::io::{Seek, Write};
use std::ops::Bound;
use std::path::Path;
use std::sync::{Mutex, PoisonError};

use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionalTree};

use super::{Change, Conflict, Engine, Entries, Outcome, TreeId, TxError, Txn};
use crate::store::StoreError;

pub struct SledEngine {
    db: sled::Db,
    trees: Vec<sled::Tree>,
    flushes: Mutex<Flushes>,
}

/// How a log cut short by damage is told from a sound one.
///
/// sled's recovery reads its log up to the first message whose checksum fails
/// and takes the rest for a write that a crash cut short: damage there loses
/// everything after it without a word (damage to the first segment's header
/// gives an empty database, which a server would then fill with the demo).
/// But a flush that returned cannot have been cut short. So each flush first
/// writes its number into the database (sled's own default tree, which the
/// store never reads), and once it returned, into the file `flushed` beside the
/// log. A database whose number is below the file's has lost acknowledged
/// writes: it is damaged.
///
/// The file is not synced: after a crash it may hold an older number, never a
/// newer one than the database, since it is written after the flush.
struct Flushes {
    done: u64,
    file: std::fs::File,
}

const FLUSHES_KEY: &[u8] = b"stoa_flushes";
const FLUSHES_FILE: &str = "flushed";

fn number(bytes: &[u8]) -> Option<u64> {
    Some(u64::from_be_bytes(bytes.try_into().ok()?))
}

impl SledEngine {
    /// Opens (or creates) the database at `path` with the trees `names`, which
    /// become tree ids 0, 1, 2… in that order.
    ///
    /// Fails with [`StoreError::InUse`] when another process holds it.
    /// Fails with [`StoreError::Damaged`] when sled finds damage as it opens,
    /// or when it recovered less than had been flushed (see [`Flushes`]).
    pub fn open(path: &Path, names: &[&str]) -> Result<SledEngine, StoreError> {
        let noted_file = path.join(FLUSHES_FILE);
        // Read before sled opens: an empty database is made there when none is.
        let noted = std::fs::read(&noted_file).ok().and_then(|b| number(&b));
        remove_unfinished_snapshots(path)?;
        let db = sled::Config::new()
            .path(path)
            .open()
            .map_err(|e| open_error(path, e))?;
        let held = db
            .get(FLUSHES_KEY)
            .map_err(storage)?
            .and_then(|b| number(&b))
            .unwrap_or(0);
        if let Some(noted) = noted.filter(|&noted| noted > held) {
            return Err(StoreError::Damaged {
                detail: format!(
                    "db/db ends early: it holds the writes of {held} flushes, but {noted} had completed; sled stopped reading its log at damaged bytes and took the rest for a write cut short"
                ),
            });
        }
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .open(&noted_file)
            .map_err(|e| StoreError::Io(noted_file, e))?;
        let trees = names
            .iter()
            .map(|name| db.open_tree(name))
            .collect::<Result<_, _>>()
            .map_err(storage)?;
        Ok(SledEngine {
            db,
            trees,
            flushes: Mutex::new(Flushes { done: held, file }),
        })
    }

    /// Opens a copy of the database at `path`, made at `copy` (which must not
    /// exist), leaving the original as it was: sled's recovery overwrites the
    /// part of a log it cannot read, taking it for a write a crash cut short,
    /// so opening a damaged database would destroy what is left to examine.
    /// The original is locked while it is copied, as a server locks it, so none
    /// starts on it meanwhile; [`StoreError::InUse`] when one runs.
    pub fn open_copy(path: &Path, copy: &Path, names: &[&str]) -> Result<SledEngine, StoreError> {
        let log = path.join("db");
        let file = std::fs::File::open(&log).map_err(|e| StoreError::Io(log.clone(), e))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(StoreError::InUse(
                    path.parent().unwrap_or(path).to_path_buf(),
                ));
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(StoreError::Io(log, e)),
        }
        copy_dir(path, copy)?;
        drop(file);
        SledEngine::open(copy, names)
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

    /// Numbers the flush (see [`Flushes`]).
    fn flush(&self) -> Result<(), StoreError> {
        let mut flushes = self.flushes.lock().unwrap_or_else(PoisonError::into_inner);
        let next = flushes.done + 1;
        self.db
            .insert(FLUSHES_KEY, &next.to_be_bytes())
            .map_err(storage)?;
        self.db.flush().map_err(storage)?;
        flushes.done = next;
        // What is written is durable whether or not the file is: a failure here
        // only weakens the next start's check.
        let noted = flushes
            .file
            .rewind()
            .and_then(|()| flushes.file.write_all(&next.to_be_bytes()))
            // A file left longer by anything else must not hide the number.
            .and_then(|()| flushes.file.set_len(8));
        if let Err(e) = noted {
            tracing::warn!(error = %e, "could not note the flush beside the database");
        }
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

/// sled's own checks failing (a checksum, a log that disagrees with its
/// snapshot) is damage, said without sled's empty backtrace; anything else is
/// passed on as it is.
fn storage(e: sled::Error) -> StoreError {
    match e {
        sled::Error::Corruption { at, .. } => StoreError::Damaged {
            detail: match at {
                Some(sled::DiskPtr::Inline(offset)) => {
                    format!("damaged bytes at offset {offset} of db/db")
                }
                Some(sled::DiskPtr::Blob(_, blob)) => format!("a damaged blob, db/blobs/{blob}"),
                None => "a log (db/db) that does not match its snapshot (db/snap.*)".into(),
            },
        },
        other => StoreError::Engine(Box::new(other)),
    }
}

/// Removes the snapshots sled had not finished writing when its process died.
///
/// sled 0.34 writes a snapshot to `snap.<lsn>.generating`, then renames it;
/// but when it opens, it reads the newest file named `snap.*`, the unfinished
/// one included, and refuses to open when that one is empty or cut short. A
/// `kill -9` at that moment left a sound database that would not open (seen in
/// the crash test). The unfinished file holds nothing the log and the previous
/// snapshot do not, so it goes. Only while no process holds the database: a
/// running server may be writing it at this moment.
fn remove_unfinished_snapshots(path: &Path) -> Result<(), StoreError> {
    let log = path.join("db");
    let Ok(file) = std::fs::File::open(&log) else {
        return Ok(()); // No database yet, or one sled will report on.
    };
    if file.try_lock().is_err() {
        return Ok(()); // Held: sled's own open says by whom.
    }
    let Ok(items) = std::fs::read_dir(path) else {
        return Ok(());
    };
    for item in items.flatten() {
        let name = item.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("snap.") && name.ends_with(".generating") {
            let unfinished = item.path();
            std::fs::remove_file(&unfinished).map_err(|e| StoreError::Io(unfinished.clone(), e))?;
            tracing::info!(file = %unfinished.display(), "removed a snapshot sled had not finished writing");
        }
    }
    Ok(())
}

/// Copies the files of `from` into `to`, folders included.
fn copy_dir(from: &Path, to: &Path) -> Result<(), StoreError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |e| StoreError::Io(path, e)
    };
    std::fs::create_dir(to).map_err(io(to))?;
    for item in std::fs::read_dir(from).map_err(io(from))? {
        let item = item.map_err(io(from))?;
        let (source, target) = (item.path(), to.join(item.file_name()));
        if item.file_type().map_err(io(&source))?.is_dir() {
            copy_dir(&source, &target)?;
        } else {
            std::fs::copy(&source, &target).map_err(io(&target))?;
        }
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn put(engine: &SledEngine, key: &[u8]) {
        engine.insert(0, key, b"v").unwrap();
        engine.flush().unwrap();
    }

    /// sled's threads may hold the log a moment after its last handle drops;
    /// a database reopened in the same process meanwhile looks held by a
    /// server (a new process, as after a crash, never sees this).
    fn wait_until_released(path: &Path) {
        let log = std::fs::File::open(path.join("db")).unwrap();
        for _ in 0..500 {
            if log.try_lock().is_ok() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        panic!("sled still holds {}", path.display());
    }

    #[test]
    fn a_snapshot_cut_short_by_a_crash_does_not_stop_the_database_opening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        put(&SledEngine::open(&path, &["t"]).unwrap(), b"kept");
        wait_until_released(&path);
        // What a kill -9 leaves when it lands while sled writes a snapshot.
        let unfinished = path.join("snap.FFFFFFFFFFFFFFFF.generating");
        std::fs::write(&unfinished, b"").unwrap();

        let engine = SledEngine::open(&path, &["t"]).unwrap();
        assert!(engine.get(0, b"kept").unwrap().is_some());
        assert!(!unfinished.exists());
    }

    #[test]
    fn a_log_that_lost_flushed_writes_is_damaged() {
        let dir = tempfile::tempdir().unwrap();
        let (path, older) = (dir.path().join("db"), dir.path().join("older"));
        put(&SledEngine::open(&path, &["t"]).unwrap(), b"first");
        // The log as it was after one flush: what sled recovers when damage
        // stops it reading there.
        copy_dir(&path, &older).unwrap();
        let engine = SledEngine::open(&path, &["t"]).unwrap();
        put(&engine, b"second");
        drop(engine);
        std::fs::copy(path.join(FLUSHES_FILE), older.join(FLUSHES_FILE)).unwrap();

        let err = SledEngine::open(&older, &["t"]).err().expect("refused");
        let StoreError::Damaged { detail } = &err else {
            panic!("{err:?}")
        };
        assert!(detail.starts_with("db/db ends early"), "{detail}");
        // Whole, it opens, and counts on.
        let engine = SledEngine::open(&path, &["t"]).unwrap();
        assert!(engine.get(0, b"second").unwrap().is_some());
        put(&engine, b"third");
    }

    #[test]
    fn a_database_without_the_note_opens_and_starts_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        put(&SledEngine::open(&path, &["t"]).unwrap(), b"first");
        // As one written before the note existed.
        std::fs::remove_file(path.join(FLUSHES_FILE)).unwrap();
        let engine = SledEngine::open(&path, &["t"]).unwrap();
        put(&engine, b"second");
        assert_eq!(
            number(&std::fs::read(path.join(FLUSHES_FILE)).unwrap()),
            Some(2)
        );
    }
}
