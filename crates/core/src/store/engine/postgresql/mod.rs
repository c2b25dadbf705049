//! PostgreSQL as the shared engine of several `stoa serve` front ends.
//!
//! Every tree is rows of one table, `stoa_kv (tree, key, value)`, keyed by
//! tree and key; `bytea` sorts byte by byte, as sled does, so scans come out
//! in the same order. `synchronous_commit` is on, so a write is acknowledged
//! only once it is on the server's disk, and [`Engine::flush`] has nothing
//! left to do.
//!
//! Transactions lock every key they touch until they end (two-phase locking,
//! which makes them serializable): a key read is locked with its row (`FOR
//! UPDATE`) after an advisory lock on the key's hash, which also holds it
//! while it is absent; a key written or removed takes the same advisory lock
//! first. Writes outside a
//! transaction take it too, so nothing slips between a transaction's "this
//! key is free" and its write. A transaction that meets another waits for it
//! rather than failing at COMMIT and running again: members replying to one
//! thread queue on its record instead of redoing their work. A deadlock ends
//! one of them, whose body runs again, as [`Engine::transact`] allows.
//!
//! Servers and offline commands share the database under an advisory lock
//! (see `lock.rs`): each server holds it shared, an offline command alone.

mod changes;
mod lock;
mod pages;
mod pool;

use std::ops::Bound;
use std::sync::Arc;
use std::time::Instant;

use postgres::Config;
use postgres::error::SqlState;

pub use changes::{ChangeLog, Followed};
pub use lock::{Holding, describe};
use pool::{Connection, Db, Lease, Pool, RECONNECT_FOR, is_connection_error};

use super::{Conflict, Engine, Entries, Outcome, TreeId, TxError, Txn, Visit};
use crate::store::StoreError;

/// Settings of every connection the engine opens.
const SETUP: &str = "SET default_transaction_isolation = 'read committed'; \
                     SET idle_in_transaction_session_timeout = '60s'; \
                     SET lock_timeout = '30s'; \
                     SET synchronous_commit = on; \
                     SET application_name = 'stoa'";

/// The table, made by the first server or command to open the database.
const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS stoa_kv (\
                          tree text NOT NULL, \
                          key bytea NOT NULL, \
                          value bytea NOT NULL, \
                          PRIMARY KEY (tree, key))";

/// How many times a statement or transaction is run again after meeting a
/// concurrent one before the engine gives up.
const RETRIES: usize = 1000;

pub struct PostgresEngine {
    /// Tree names by id: the table's `tree` column.
    names: Vec<String>,
    pool: Arc<Pool>,
    /// Transactions running at once: half the connections, so that while
    /// transactions wait on each other's locks, the statements around them
    /// (reads, and what a request does after its transaction) still find a
    /// connection instead of queueing behind the waiters.
    transactions: Slots,
    changes: ChangeLog,
    /// The database's name for messages.
    describe: String,
    /// The advisory lock, held for as long as the engine is open.
    _lock: lock::Lock,
}

impl PostgresEngine {
    /// Opens the database `config` names, with the trees `names`, holding the
    /// advisory lock as `holding` says: refused with [`StoreError::InUse`]
    /// (an offline command while a server runs) or [`StoreError::Busy`] (a
    /// server while an offline command runs).
    pub fn open(
        config: &Config,
        names: &[&str],
        holding: Holding,
        connections: usize,
    ) -> Result<PostgresEngine, StoreError> {
        let lock = lock::Lock::take(config, holding)?;
        let mut client = pool::connect(config, SETUP)?;
        // Two front ends starting together must not both create the table.
        let mut tx = client.transaction().map_err(store_error)?;
        tx.batch_execute(&format!(
            "SET LOCAL client_min_messages = warning; SELECT pg_advisory_xact_lock({}); {SCHEMA}; {}",
            lock::SCHEMA_KEY,
            changes::SCHEMA
        ))
        .map_err(store_error)?;
        tx.commit().map_err(store_error)?;
        let pool = Pool::new(config, connections.max(2), SETUP)?;
        Ok(PostgresEngine {
            transactions: Slots::new((connections.max(2) / 2).max(1)),
            names: names.iter().map(|n| n.to_string()).collect(),
            changes: ChangeLog::new(pool.clone(), config.clone()),
            describe: describe(config),
            pool,
            _lock: lock,
        })
    }

    /// The log the front ends on this database tell each other through.
    pub fn changes(&self) -> ChangeLog {
        self.changes.clone()
    }

    /// Writes wait for nobody but are refused while an offline command has
    /// the database (see `Lock::held`).
    fn writable(&self) -> Result<(), StoreError> {
        if self._lock.held() {
            Ok(())
        } else {
            Err(StoreError::Busy(self.describe.clone()))
        }
    }

    fn name(&self, tree: TreeId) -> Result<String, StoreError> {
        self.names
            .get(tree)
            .cloned()
            .ok_or_else(|| StoreError::Corrupt(format!("no tree {tree}")))
    }
}

impl PostgresEngine {
    fn snapshot(&self, trees: &[TreeId], visit: &mut Visit) -> Result<(), StoreError> {
        let lease = self.pool.lease();
        lease.run(|connection| {
            statement(connection, |db| {
                db.batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            })
        })?;
        let read = (|| {
            for &tree in trees {
                let name = self.name(tree)?;
                let mut after: Option<Vec<u8>> = None;
                loop {
                    let (name, from) = (name.clone(), after.clone());
                    let rows: Vec<(Vec<u8>, Vec<u8>)> = lease.run(move |connection| {
                        let client = connection.client()?;
                        let rows = match &from {
                            None => client.query(
                                "SELECT key, value FROM stoa_kv WHERE tree = $1 ORDER BY key LIMIT 512",
                                &[&name],
                            ),
                            Some(key) => client.query(
                                "SELECT key, value FROM stoa_kv WHERE tree = $1 AND key > $2 ORDER BY key LIMIT 512",
                                &[&name, key],
                            ),
                        }
                        .map_err(store_error)?;
                        Ok(rows.into_iter().map(|r| (r.get(0), r.get(1))).collect())
                    })?;
                    for (key, value) in &rows {
                        visit(tree, key, value)?;
                    }
                    match rows.last() {
                        Some((key, _)) if rows.len() == 512 => after = Some(key.clone()),
                        _ => break,
                    }
                }
            }
            Ok(())
        })();
        rollback(&lease);
        read
    }
}

/// A counting semaphore (see `transactions`).
struct Slots {
    free: std::sync::Mutex<usize>,
    returned: std::sync::Condvar,
}

struct Slot<'a>(&'a Slots);

impl Slots {
    fn new(count: usize) -> Slots {
        Slots {
            free: std::sync::Mutex::new(count),
            returned: std::sync::Condvar::new(),
        }
    }

    fn take(&self) -> Slot<'_> {
        let mut free = self
            .free
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        while *free == 0 {
            free = self
                .returned
                .wait(free)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
        *free -= 1;
        Slot(self)
    }
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        let mut free = self
            .0
            .free
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *free += 1;
        self.0.returned.notify_one();
    }
}

/// A storage error from a PostgreSQL one.
fn store_error(e: postgres::Error) -> StoreError {
    StoreError::Engine(Box::new(e))
}

fn is_conflict(e: &postgres::Error) -> bool {
    e.code().is_some_and(|c| {
        *c == SqlState::T_R_SERIALIZATION_FAILURE || *c == SqlState::T_R_DEADLOCK_DETECTED
    })
}

/// Runs one statement on `connection`, again after a concurrent transaction
/// or a broken connection (a statement here is a single read, upsert or
/// delete: running it twice does what running it once does).
fn statement<T>(
    connection: &mut Connection,
    mut run: impl FnMut(&mut Db) -> Result<T, postgres::Error>,
) -> Result<T, StoreError> {
    let started = Instant::now();
    let mut conflicts = 0;
    loop {
        match run(&mut connection.db()?) {
            Ok(value) => return Ok(value),
            Err(e) if is_conflict(&e) && conflicts < RETRIES => conflicts += 1,
            Err(e) if is_connection_error(&e) && started.elapsed() < RECONNECT_FOR => {
                connection.drop_client();
            }
            Err(e) => return Err(store_error(e)),
        }
    }
}

impl Engine for PostgresEngine {
    fn get(&self, tree: TreeId, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        let (name, key) = (self.name(tree)?, key.to_vec());
        self.pool.run(move |connection| {
            let row = statement(connection, |db| {
                db.query_opt(
                    "SELECT value FROM stoa_kv WHERE tree = $1 AND key = $2",
                    &[&name, &key],
                )
            })?;
            Ok(row.map(|r| r.get(0)))
        })
    }

    fn insert(&self, tree: TreeId, key: &[u8], value: &[u8]) -> Result<(), StoreError> {
        self.writable()?;
        let (name, key, value) = (self.name(tree)?, key.to_vec(), value.to_vec());
        let (high, low) = key_lock(&name, &key);
        self.pool.run(move |connection| {
            statement(connection, |db| {
                db.execute(UPSERT, &[&name, &key, &value, &high, &low])
            })
            .map(drop)
        })
    }

    fn remove(&self, tree: TreeId, key: &[u8]) -> Result<(), StoreError> {
        self.writable()?;
        let (name, key) = (self.name(tree)?, key.to_vec());
        let (high, low) = key_lock(&name, &key);
        self.pool.run(move |connection| {
            statement(connection, |db| {
                let mut tx = db.client().transaction()?;
                tx.execute(LOCK, &[&high, &low])?;
                tx.execute(DELETE, &[&name, &key])?;
                tx.commit()
            })
        })
    }

    fn range(&self, tree: TreeId, from: Bound<&[u8]>, to: Bound<&[u8]>) -> Entries<'_> {
        let name = match self.name(tree) {
            Ok(name) => name,
            Err(e) => return Box::new(std::iter::once(Err(e))),
        };
        Box::new(pages::Pages::new(
            self.pool.clone(),
            name,
            from.map(<[u8]>::to_vec),
            to.map(<[u8]>::to_vec),
        ))
    }

    fn transact(
        &self,
        trees: &[TreeId],
        body: &mut dyn FnMut(&dyn Txn) -> Result<Outcome, Conflict>,
    ) -> Result<(), StoreError> {
        self.writable()?;
        let names = trees
            .iter()
            .map(|t| self.name(*t))
            .collect::<Result<Vec<_>, _>>()?;
        let _slot = self.transactions.take();
        let lease = self.pool.lease();
        let started = Instant::now();
        for _ in 0..RETRIES {
            let session = lease.run(|connection| {
                statement(connection, |db| {
                    db.batch_execute("BEGIN ISOLATION LEVEL READ COMMITTED")
                })?;
                connection.generation()
            })?;
            let txn = PgTxn {
                lease: &lease,
                names: &names,
                session,
                lost: std::cell::Cell::new(false),
            };
            let outcome = body(&txn);
            let lost = txn.lost.get();
            match outcome {
                Err(Conflict) if lost && started.elapsed() > RECONNECT_FOR => {
                    return Err(StoreError::Corrupt(
                        "the database connection was lost and could not be opened again".into(),
                    ));
                }
                Err(Conflict) => rollback(&lease),
                Ok(Outcome::Abort) => {
                    rollback(&lease);
                    return Ok(());
                }
                Ok(Outcome::Commit) => {
                    let committed = lease.run(move |connection| {
                        // A connection opened since BEGIN never saw the
                        // transaction: its COMMIT would say yes to nothing.
                        if connection.generation()? != session {
                            return Ok(None);
                        }
                        Ok(Some(connection.client()?.batch_execute("COMMIT")))
                    })?;
                    let Some(committed) = committed else {
                        continue;
                    };
                    match committed {
                        Ok(()) => return Ok(()),
                        Err(e) if is_conflict(&e) => rollback(&lease),
                        Err(e) if is_connection_error(&e) => {
                            lease.run(|connection| {
                                connection.drop_client();
                                Ok(())
                            })?;
                            // The server may or may not have committed it:
                            // saying it failed is the honest answer.
                            return Err(StoreError::Ambiguous);
                        }
                        Err(e) => {
                            rollback(&lease);
                            return Err(store_error(e));
                        }
                    }
                }
            }
        }
        Err(StoreError::Conflict)
    }

    /// Nothing to do: a statement returns once its commit is on disk
    /// (`synchronous_commit = on`).
    fn flush(&self) -> Result<(), StoreError> {
        Ok(())
    }

    /// One REPEATABLE READ transaction, read a page at a time: writers go on,
    /// and the backup is the database as it stood when it began.
    fn read_at_one_moment(
        &self,
        trees: &[TreeId],
        visit: &mut Visit,
    ) -> Option<Result<(), StoreError>> {
        Some(self.snapshot(trees, visit))
    }
}

/// A write, under the key's lock (see the module comment).
const UPSERT: &str = "WITH locked AS (SELECT pg_advisory_xact_lock($4, $5)) \
                      INSERT INTO stoa_kv (tree, key, value) SELECT $1, $2, $3 FROM locked \
                      ON CONFLICT (tree, key) DO UPDATE SET value = EXCLUDED.value";

/// The key's lock, taken before a read or a removal in its own statement: a
/// statement reads as of when it began, so what it reads must come after
/// the lock, not with it.
const LOCK: &str = "SELECT pg_advisory_xact_lock($1, $2)";

const DELETE: &str = "DELETE FROM stoa_kv WHERE tree = $1 AND key = $2";

/// A read in a transaction: the row stays locked until it ends.
const GET_LOCKED: &str = "SELECT value FROM stoa_kv WHERE tree = $1 AND key = $2 FOR UPDATE";

/// The advisory lock of one key: a hash of tree and key (FNV-1a, 64 bits),
/// as the two halves `pg_advisory_xact_lock(int, int)` takes. The two-part
/// form is a space apart from the one-part locks of `lock.rs`; two keys that
/// hash alike only wait for each other.
fn key_lock(tree: &str, key: &[u8]) -> (i32, i32) {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in tree.bytes().chain([0]).chain(key.iter().copied()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    ((hash >> 32) as u32 as i32, hash as u32 as i32)
}

/// Ends a transaction that is not to be kept; a broken connection has ended it
/// already, and is opened again on its next use.
fn rollback(lease: &Lease) {
    let _ = lease.run(|connection| {
        if let Ok(client) = connection.client()
            && client.batch_execute("ROLLBACK").is_err()
        {
            connection.drop_client();
        }
        Ok(())
    });
}

/// One transaction's statements, on its lease's connection.
struct PgTxn<'a> {
    lease: &'a Lease,
    names: &'a [String],
    /// The connection it began on (see `Connection::generation`).
    session: u64,
    /// The connection broke under it: the body is run again on a new one,
    /// and nothing more of this run reaches the database.
    lost: std::cell::Cell<bool>,
}

impl PgTxn<'_> {
    fn name(&self, at: usize) -> Result<String, TxError> {
        self.names
            .get(at)
            .cloned()
            .ok_or_else(|| TxError::Storage(StoreError::Corrupt(format!("no tree at {at}"))))
    }

    /// Runs one statement of the transaction; a conflict or a broken
    /// connection runs the whole body again.
    fn run<T: Send + 'static>(
        &self,
        statement: impl FnOnce(&mut Db) -> Result<T, postgres::Error> + Send + 'static,
    ) -> Result<T, TxError> {
        if self.lost.get() {
            return Err(TxError::Conflict);
        }
        let session = self.session;
        let result = self
            .lease
            .run(move |connection| {
                // A new connection is outside the transaction: its statements
                // would each commit alone.
                match connection.generation() {
                    Ok(now) if now == session => {}
                    Ok(_) => return Ok(Err(Failure::Lost)),
                    Err(e) => return Ok(Err(Failure::Store(e))),
                }
                let mut db = match connection.db() {
                    Ok(db) => db,
                    Err(e) => return Ok(Err(Failure::Store(e))),
                };
                Ok(match statement(&mut db) {
                    Ok(value) => Ok(value),
                    Err(e) if is_conflict(&e) => Err(Failure::Conflict),
                    Err(e) if is_connection_error(&e) => {
                        connection.drop_client();
                        Err(Failure::Lost)
                    }
                    Err(e) => Err(Failure::Store(store_error(e))),
                })
            })
            .map_err(TxError::Storage)?;
        result.map_err(|failure| match failure {
            Failure::Conflict => TxError::Conflict,
            Failure::Lost => {
                self.lost.set(true);
                TxError::Conflict
            }
            Failure::Store(e) => TxError::Storage(e),
        })
    }
}

enum Failure {
    Conflict,
    Lost,
    Store(StoreError),
}

impl Txn for PgTxn<'_> {
    /// Locks the key, present or not, until the transaction ends: its
    /// advisory lock first (as every write takes it first, so that two
    /// transactions never take the two locks in opposite orders), then the
    /// row, read after it.
    fn get(&self, at: usize, key: &[u8]) -> Result<Option<Vec<u8>>, TxError> {
        let (name, key) = (self.name(at)?, key.to_vec());
        let (high, low) = key_lock(&name, &key);
        self.run(move |db| {
            db.execute(LOCK, &[&high, &low])?;
            Ok(db.query_opt(GET_LOCKED, &[&name, &key])?.map(|r| r.get(0)))
        })
    }

    fn insert(&self, at: usize, key: &[u8], value: &[u8]) -> Result<(), TxError> {
        let (name, key, value) = (self.name(at)?, key.to_vec(), value.to_vec());
        let (high, low) = key_lock(&name, &key);
        self.run(move |db| {
            db.execute(UPSERT, &[&name, &key, &value, &high, &low])
                .map(drop)
        })
    }

    fn remove(&self, at: usize, key: &[u8]) -> Result<(), TxError> {
        let (name, key) = (self.name(at)?, key.to_vec());
        let (high, low) = key_lock(&name, &key);
        self.run(move |db| {
            db.execute(LOCK, &[&high, &low])?;
            db.execute(DELETE, &[&name, &key]).map(drop)
        })
    }
}
