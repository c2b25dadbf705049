//! The forum's storage: typed trees behind one `Store`, on a storage [`Engine`].
//!
//! Trees are named for what they map, one tree per direction of a lookup (each
//! module's comment lists its trees), and `meta` holds the schema version and
//! counters. Values are JSON so an export is readable. The engine (sled on disk,
//! see `engine/`) only keeps ordered bytes; nothing outside `engine/` names sled,
//! so a shared engine can replace it.

mod accounts;
mod backup;
mod boards;
mod check;
mod communities;
mod conversations;
mod demo;
mod discussions;
mod durable;
mod editorial;
pub mod engine;
mod error;
mod files;
mod guard;
mod library;
mod memberships;
mod notices;
mod reactions;
mod reading;

use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard};

pub use accounts::{CreateError, UpdateError};
pub use backup::{DumpSummary, EXPORT_FORMAT};
pub use check::{Report, TreeReport, Unreadable};
pub use conversations::{COMMITTEE_PARTY, Delivery};
pub use demo::{DemoMark, DemoRemoval};
pub use discussions::NewPost;
use durable::Flusher;
pub use editorial::Publish;
pub use engine::{ChangeLog, Engine, Followed, Holding, MemoryEngine, PostgresEngine, SledEngine};
use engine::{Tree, transact};
pub use error::StoreError;
pub use files::{CHUNK, sha256_hex};
use guard::{Damage, Guarded};
pub use notices::Watching;
/// A PostgreSQL connection's settings, parsed from a `postgres://` URL.
pub use postgres::Config as PostgresConfig;
pub use reactions::ThreadReactions;

/// The schema this build writes. Bump it with a migration in `migrate`.
pub const SCHEMA_VERSION: u32 = 2;
const SCHEMA_KEY: &[u8] = b"schema_version";

/// Declares the store's trees once: their names in tree-id order ([`TREES`]), the
/// `Store` fields that hold them, and how a `Store` is put on an engine.
macro_rules! store_trees {
    ($($name:ident),* $(,)?) => {
        /// Every tree of the store, in the order an engine numbers them.
        pub const TREES: &[&str] = &[$(stringify!($name)),*];

        #[derive(Clone)]
        pub struct Store {
            $($name: Tree,)*
            /// The engine, behind the guard that stops writes once damage is found.
            engine: Arc<dyn Engine>,
            /// The engine itself, for a scan that reports damage rather than
            /// acting on it (see `check`).
            raw: Arc<dyn Engine>,
            damage: Arc<Damage>,
            flusher: Flusher,
            /// Every write holds this shared; an export holds it alone, so a backup
            /// taken while members post is one consistent moment (an engine's reads
            /// outside a transaction see no cross-tree snapshot).
            gate: Arc<RwLock<()>>,
            /// How front ends sharing the database tell each other what
            /// changed (PostgreSQL); none for a store of one server's own.
            changes: Option<ChangeLog>,
        }

        impl Store {
            fn on_engine(engine: Arc<dyn Engine>) -> Store {
                let damage = Arc::new(Damage::default());
                let raw = engine;
                let engine: Arc<dyn Engine> =
                    Arc::new(Guarded::new(raw.clone(), TREES, damage.clone()));
                let mut ids = 0..;
                let mut next = || ids.next().unwrap_or_default();
                Store {
                    $($name: Tree::new(engine.clone(), next()),)*
                    flusher: Flusher::new(engine.clone()),
                    engine,
                    raw,
                    damage,
                    gate: Arc::default(),
                    changes: None,
                }
            }
        }
    };
}

store_trees![
    account_by_name,
    account_by_key,
    community_by_slug,
    members_by_community,
    communities_by_member,
    thread_by_id,
    threads_by_community,
    post_by_id,
    posts_by_thread,
    mentions_by_account,
    posts_by_author,
    read_mark,
    spot_by_account,
    draft_by_place,
    submission_by_id,
    submissions_by_author,
    pending_submissions,
    flag_by_post,
    audit_by_id,
    event_by_id,
    events_by_end,
    rsvp_by_event,
    rsvps_by_account,
    job_by_id,
    jobs_by_closing,
    entry_by_id,
    news_by_id,
    notice_by_account,
    unread_notices,
    open_notices,
    watch_by_account,
    watchers_by_thread,
    alert_by_account,
    counters,
    meta,
    // Last, so that the trees before it keep the numbers they had.
    demo_marks,
    // Newer still, after it for the same reason.
    file_chunks,
    uploads_by_account,
    // Private conversations, after the rest for the same reason.
    conversation_by_id,
    messages_by_conversation,
    conversations_by_party,
    conversation_read,
    unread_conversations,
    blocks_by_member,
    // Reactions and bookmarks, newer still.
    reactions_by_thread,
    bookmarks_by_account,
];

impl Store {
    /// Opens (or creates) the forum's database in `dir`, on sled.
    ///
    /// Fails with [`StoreError::InUse`] when another process (a running server) holds
    /// it, and with [`StoreError::NewerSchema`] when a newer Stoa wrote it.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Io(dir.to_path_buf(), e))?;
        let engine = SledEngine::open(&dir.join("db"), TREES)?;
        Store::with_engine(Arc::new(engine))
    }

    /// Opens (or creates) the forum's database where `location` says, holding
    /// it as `holding` says (PostgreSQL: a server shares it, an offline
    /// command has it alone; sled's directory is always had alone).
    pub fn open_at(location: &Location, holding: Holding) -> Result<Store, StoreError> {
        match location {
            Location::Sled(dir) => Store::open(dir),
            Location::Postgres { .. } => {
                let (engine, changes) = location.postgres(holding)?;
                let mut store = Store::with_engine(engine)?;
                store.changes = changes;
                Ok(store)
            }
        }
    }

    /// The log of changes the front ends sharing this database follow (see
    /// `engine/postgresql/changes.rs`); none for sled.
    pub fn changes(&self) -> Option<&ChangeLog> {
        self.changes.as_ref()
    }

    /// A forum kept only in memory (for tests): nothing survives it.
    pub fn in_memory() -> Result<Store, StoreError> {
        Store::with_engine(Arc::new(MemoryEngine::new(TREES.len())))
    }

    /// The store on any engine that has the trees of [`TREES`], in that order.
    pub fn with_engine(engine: Arc<dyn Engine>) -> Result<Store, StoreError> {
        let store = Store::on_engine(engine);
        store.check_schema()?;
        Ok(store)
    }

    /// The store's trees with their names, in [`TREES`] order.
    fn named_trees(&self) -> impl Iterator<Item = (&'static str, Tree)> + '_ {
        TREES
            .iter()
            .enumerate()
            .map(|(id, name)| (*name, Tree::new(self.engine.clone(), id)))
    }

    fn check_schema(&self) -> Result<(), StoreError> {
        match self.meta.get(SCHEMA_KEY)? {
            None => {
                self.meta.insert(SCHEMA_KEY, SCHEMA_VERSION.to_be_bytes())?;
                self.durable()
            }
            Some(raw) => {
                let found = u32::from_be_bytes(
                    raw.as_slice()
                        .try_into()
                        .map_err(|_| StoreError::Corrupt("schema version".into()))?,
                );
                if found > SCHEMA_VERSION {
                    return Err(StoreError::NewerSchema {
                        found,
                        supported: SCHEMA_VERSION,
                    });
                }
                self.migrate(found)
            }
        }
    }

    /// Brings a database written by an older Stoa up to `SCHEMA_VERSION`.
    /// - 1 → 2: `posts_by_author` is filled from the posts.
    fn migrate(&self, from: u32) -> Result<(), StoreError> {
        debug_assert!(from <= SCHEMA_VERSION);
        if from == SCHEMA_VERSION {
            return Ok(());
        }
        if from < 2 {
            self.index_post_authors()?;
        }
        self.meta.insert(SCHEMA_KEY, SCHEMA_VERSION.to_be_bytes())?;
        self.durable()
    }

    pub fn schema_version(&self) -> Result<u32, StoreError> {
        let raw = self
            .meta
            .get(SCHEMA_KEY)?
            .ok_or_else(|| StoreError::Corrupt("schema version missing".into()))?;
        Ok(u32::from_be_bytes(raw.as_slice().try_into().map_err(
            |_| StoreError::Corrupt("schema version".into()),
        )?))
    }

    /// What damage this store met in this run, if any: from then on it writes
    /// nothing (see `guard`).
    pub fn damage(&self) -> Option<&str> {
        self.damage.found()
    }

    /// True when nothing a person made is stored yet (no accounts, no communities).
    pub fn is_empty(&self) -> Result<bool, StoreError> {
        Ok(self.account_by_name.is_empty()? && self.community_by_slug.is_empty()?)
    }

    /// Held for the length of one write (see `gate`).
    fn writing(&self) -> RwLockReadGuard<'_, ()> {
        self.gate.read().unwrap_or_else(PoisonError::into_inner)
    }

    /// Blocks until every write made before the call is on disk. Writes from many
    /// threads that arrive together share one flush (group commit). Call it before
    /// telling anyone a write succeeded, and never on the async reactor.
    pub fn durable(&self) -> Result<(), StoreError> {
        self.flusher.flush()
    }
}

/// Where a forum's database is: a directory of sled's, or a PostgreSQL
/// database shared by several servers.
#[derive(Clone, Debug)]
pub enum Location {
    Sled(PathBuf),
    Postgres {
        config: Box<postgres::Config>,
        /// Connections each server (or command) opens.
        connections: usize,
    },
}

impl Location {
    /// The database's name for messages: the directory, or the PostgreSQL
    /// URL without its password.
    pub fn describe(&self) -> String {
        match self {
            Location::Sled(dir) => dir.display().to_string(),
            Location::Postgres { config, .. } => engine::describe_postgres(config),
        }
    }

    /// The engine, and for PostgreSQL its change log.
    fn postgres(
        &self,
        holding: Holding,
    ) -> Result<(Arc<dyn Engine>, Option<ChangeLog>), StoreError> {
        match self {
            Location::Postgres {
                config,
                connections,
            } => {
                let engine = PostgresEngine::open(config, TREES, holding, *connections)?;
                let changes = engine.changes();
                Ok((Arc::new(engine), Some(changes)))
            }
            Location::Sled(dir) => Ok((Arc::new(SledEngine::open(&dir.join("db"), TREES)?), None)),
        }
    }
}

/// A two-part key: `first`, a zero byte, then `second`. Usernames and slugs never
/// hold a zero byte, so a prefix scan on `first` and 0 finds exactly its entries.
fn join(first: &str, second: &[u8]) -> Vec<u8> {
    let mut key = Vec::with_capacity(first.len() + 1 + second.len());
    key.extend_from_slice(first.as_bytes());
    key.push(0);
    key.extend_from_slice(second);
    key
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<Vec<u8>, StoreError> {
    serde_json::to_vec(value).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn from_json<T: serde::de::DeserializeOwned>(raw: &[u8]) -> Result<T, StoreError> {
    serde_json::from_slice(raw).map_err(|e| StoreError::Corrupt(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_database_records_the_schema_version() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        assert!(store.is_empty().unwrap());
    }

    #[test]
    fn a_database_from_a_newer_stoa_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            store
                .meta
                .insert(SCHEMA_KEY, (SCHEMA_VERSION + 1).to_be_bytes())
                .unwrap();
            store.durable().unwrap();
        }
        // sled lets go of its file lock when its flusher thread ends, a moment
        // after the store is dropped; on a loaded machine the reopen can be first.
        let mut tries = 0;
        let err = loop {
            let err = Store::open(dir.path())
                .err()
                .expect("newer schema must be refused");
            tries += 1;
            if !matches!(err, StoreError::InUse(_)) || tries == 50 {
                break err;
            }
            std::thread::sleep(std::time::Duration::from_millis(40));
        };
        assert!(matches!(err, StoreError::NewerSchema { .. }), "{err:?}");
        assert!(err.to_string().contains("newer version of Stoa"), "{err}");
    }

    #[test]
    fn a_second_opener_is_told_the_database_is_in_use() {
        let dir = tempfile::tempdir().unwrap();
        let _first = Store::open(dir.path()).unwrap();
        let err = Store::open(dir.path())
            .err()
            .expect("second open must fail");
        assert!(matches!(err, StoreError::InUse(_)), "{err:?}");
        assert!(err.to_string().contains("in use"), "{err}");
    }
}
