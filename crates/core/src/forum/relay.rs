//! Front ends sharing one database (PostgreSQL): what a member changes on one
//! is shown live and found by search on every other.
//!
//! Each front end tells its own sessions of a change on its bus and indexes it
//! for search; on a shared store it also appends both to the database's change
//! log, and follows the log for the others' (`store::ChangeLog`): their changes
//! go on its bus, and what they indexed it indexes too, reading the record from
//! the shared store. A front end that was cut off reads on from where it stood,
//! and its sessions read their screens again.

use serde::{Deserialize, Serialize};

use super::indexing::Reindex;
use super::{Change, Forum, ForumError};
use crate::store::Followed;

/// One entry of the log, as front ends write it.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Relayed {
    Change(Change),
    Reindex(Reindex),
}

impl Forum {
    /// Follows the other front ends on a shared store, from now on; false on
    /// a store of this server's own (nothing to follow).
    pub fn follow_other_front_ends(&self) -> Result<bool, ForumError> {
        let Some(log) = self.inner.store.changes() else {
            return Ok(false);
        };
        let forum = self.clone();
        log.follow(move |followed| forum.followed(followed))?;
        self.inner
            .relaying
            .store(true, std::sync::atomic::Ordering::Release);
        tracing::info!("following the other front ends on this database");
        Ok(true)
    }

    fn followed(&self, followed: Followed) {
        match followed {
            Followed::Entry(payload) => match serde_json::from_str::<Relayed>(&payload) {
                Ok(Relayed::Change(change)) => {
                    let _ = self.inner.bus.send(change);
                }
                Ok(Relayed::Reindex(what)) => {
                    if let Some(indexer) = self.inner.search.get()
                        && let Err(e) = self.reindex_with(indexer, &what)
                    {
                        tracing::warn!(error = %e, what = ?what, "not indexed for search");
                    }
                }
                Err(e) => tracing::warn!(error = %e, "an entry of the change log does not read"),
            },
            Followed::FellBehind => {
                tracing::warn!("fell behind the other front ends: indexing everything again");
                if self.inner.search.get().is_some()
                    && let Err(e) = self.rebuild_search(false)
                {
                    tracing::warn!(error = %e, "the search index was not refreshed");
                }
                let _ = self.inner.bus.send(Change::Many);
            }
            Followed::Reconnected => {
                tracing::info!("the database is back: nothing was lost; screens read again");
                let _ = self.inner.bus.send(Change::Many);
            }
        }
    }

    /// Tells the other front ends, when there are any. A failure is logged:
    /// the change itself is saved, and theirs is the next to read it.
    pub(super) fn relay_change(&self, change: &Change) {
        self.relay(|| Relayed::Change(change.clone()));
    }

    pub(super) fn relay_reindex(&self, what: &Reindex) {
        self.relay(|| Relayed::Reindex(what.clone()));
    }

    fn relay(&self, what: impl FnOnce() -> Relayed) {
        if !self
            .inner
            .relaying
            .load(std::sync::atomic::Ordering::Acquire)
        {
            return;
        }
        let Some(log) = self.inner.store.changes() else {
            return;
        };
        let payload = match serde_json::to_string(&what()) {
            Ok(payload) => payload,
            Err(e) => {
                tracing::warn!(error = %e, "a change could not be written for the other front ends");
                return;
            }
        };
        if let Err(e) = log.publish(payload) {
            tracing::warn!(error = %e, "the other front ends were not told of a change");
        }
    }
}
