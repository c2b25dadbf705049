//! The forum's storage: typed sled trees behind one `Store`.
//!
//! Trees are named for what they map, one tree per direction of a lookup (each
//! module's comment lists its trees), and `meta` holds the schema version and
//! counters. Values are JSON so an export is readable. Nothing outside
//! this module names sled, so another engine can replace it.

mod accounts;
mod backup;
mod boards;
mod communities;
mod discussions;
mod durable;
mod editorial;
mod error;
mod library;
mod memberships;
mod notices;
mod reading;

use std::path::Path;
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard};

use sled::Tree;

pub use accounts::{CreateError, UpdateError};
pub use backup::{DumpSummary, EXPORT_FORMAT};
pub use discussions::NewPost;
use durable::Flusher;
pub use editorial::Publish;
pub use error::StoreError;
pub use notices::Watching;

/// The schema this build writes. Bump it with a migration in `migrate`.
pub const SCHEMA_VERSION: u32 = 2;
const SCHEMA_KEY: &[u8] = b"schema_version";

#[derive(Clone)]
pub struct Store {
    account_by_name: Tree,
    account_by_key: Tree,
    community_by_slug: Tree,
    members_by_community: Tree,
    communities_by_member: Tree,
    thread_by_id: Tree,
    threads_by_community: Tree,
    post_by_id: Tree,
    posts_by_thread: Tree,
    mentions_by_account: Tree,
    posts_by_author: Tree,
    read_mark: Tree,
    spot_by_account: Tree,
    draft_by_place: Tree,
    submission_by_id: Tree,
    submissions_by_author: Tree,
    pending_submissions: Tree,
    flag_by_post: Tree,
    audit_by_id: Tree,
    event_by_id: Tree,
    events_by_end: Tree,
    rsvp_by_event: Tree,
    rsvps_by_account: Tree,
    job_by_id: Tree,
    jobs_by_closing: Tree,
    entry_by_id: Tree,
    news_by_id: Tree,
    notice_by_account: Tree,
    unread_notices: Tree,
    open_notices: Tree,
    watch_by_account: Tree,
    watchers_by_thread: Tree,
    alert_by_account: Tree,
    counters: Tree,
    meta: Tree,
    db: sled::Db,
    flusher: Flusher,
    /// Every write holds this shared; an export holds it alone, so a backup taken
    /// while members post is one consistent moment (sled has no cross-tree snapshot).
    gate: Arc<RwLock<()>>,
}

impl Store {
    /// Opens (or creates) the database in `dir`.
    ///
    /// Fails with [`StoreError::InUse`] when another process (a running server) holds
    /// it, and with [`StoreError::NewerSchema`] when a newer Stoa wrote it.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Io(dir.to_path_buf(), e))?;
        let path = dir.join("db");
        let db = sled::Config::new()
            .path(&path)
            .open()
            .map_err(|e| error::open_error(dir, e))?;
        let store = Store {
            account_by_name: db.open_tree("account_by_name")?,
            account_by_key: db.open_tree("account_by_key")?,
            community_by_slug: db.open_tree("community_by_slug")?,
            members_by_community: db.open_tree("members_by_community")?,
            communities_by_member: db.open_tree("communities_by_member")?,
            thread_by_id: db.open_tree("thread_by_id")?,
            threads_by_community: db.open_tree("threads_by_community")?,
            post_by_id: db.open_tree("post_by_id")?,
            posts_by_thread: db.open_tree("posts_by_thread")?,
            mentions_by_account: db.open_tree("mentions_by_account")?,
            posts_by_author: db.open_tree("posts_by_author")?,
            read_mark: db.open_tree("read_mark")?,
            spot_by_account: db.open_tree("spot_by_account")?,
            draft_by_place: db.open_tree("draft_by_place")?,
            submission_by_id: db.open_tree("submission_by_id")?,
            submissions_by_author: db.open_tree("submissions_by_author")?,
            pending_submissions: db.open_tree("pending_submissions")?,
            flag_by_post: db.open_tree("flag_by_post")?,
            audit_by_id: db.open_tree("audit_by_id")?,
            event_by_id: db.open_tree("event_by_id")?,
            events_by_end: db.open_tree("events_by_end")?,
            rsvp_by_event: db.open_tree("rsvp_by_event")?,
            rsvps_by_account: db.open_tree("rsvps_by_account")?,
            job_by_id: db.open_tree("job_by_id")?,
            jobs_by_closing: db.open_tree("jobs_by_closing")?,
            entry_by_id: db.open_tree("entry_by_id")?,
            news_by_id: db.open_tree("news_by_id")?,
            notice_by_account: db.open_tree("notice_by_account")?,
            unread_notices: db.open_tree("unread_notices")?,
            open_notices: db.open_tree("open_notices")?,
            watch_by_account: db.open_tree("watch_by_account")?,
            watchers_by_thread: db.open_tree("watchers_by_thread")?,
            alert_by_account: db.open_tree("alert_by_account")?,
            counters: db.open_tree("counters")?,
            meta: db.open_tree("meta")?,
            flusher: Flusher::new(db.clone()),
            db,
            gate: Arc::default(),
        };
        store.check_schema()?;
        Ok(store)
    }

    fn check_schema(&self) -> Result<(), StoreError> {
        match self.meta.get(SCHEMA_KEY)? {
            None => {
                self.meta
                    .insert(SCHEMA_KEY, &SCHEMA_VERSION.to_be_bytes())?;
                self.durable()
            }
            Some(raw) => {
                let found = u32::from_be_bytes(
                    raw.as_ref()
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
        self.meta
            .insert(SCHEMA_KEY, &SCHEMA_VERSION.to_be_bytes())?;
        self.durable()
    }

    pub fn schema_version(&self) -> Result<u32, StoreError> {
        let raw = self
            .meta
            .get(SCHEMA_KEY)?
            .ok_or_else(|| StoreError::Corrupt("schema version missing".into()))?;
        Ok(u32::from_be_bytes(raw.as_ref().try_into().map_err(
            |_| StoreError::Corrupt("schema version".into()),
        )?))
    }

    /// True when nothing a person made is stored yet (no accounts, no communities).
    pub fn is_empty(&self) -> bool {
        self.account_by_name.is_empty() && self.community_by_slug.is_empty()
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

/// A two-part key: `first`, a zero byte, then `second`. Usernames and slugs never
/// hold a zero byte, so a prefix scan on `first` and 0 finds exactly its entries.
fn join(first: &str, second: &[u8]) -> Vec<u8> {
    let mut key = Vec::with_capacity(first.len() + 1 + second.len());
    key.extend_from_slice(first.as_bytes());
    key.push(0);
    key.extend_from_slice(second);
    key
}

/// The outcome of a transaction that refuses nothing: only storage can fail.
fn unrefused<T>(
    result: Result<T, sled::transaction::TransactionError<UpdateError<std::convert::Infallible>>>,
) -> Result<T, StoreError> {
    accounts::flatten(result).map_err(|e| match e {
        UpdateError::Store(e) => e,
        other => StoreError::Corrupt(other.to_string()),
    })
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
        assert!(store.is_empty());
    }

    #[test]
    fn a_database_from_a_newer_stoa_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            store
                .meta
                .insert(SCHEMA_KEY, &(SCHEMA_VERSION + 1).to_be_bytes())
                .unwrap();
            store.durable().unwrap();
        }
        let err = Store::open(dir.path())
            .err()
            .expect("newer schema must be refused");
        assert!(matches!(err, StoreError::NewerSchema { .. }));
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
