//! The library and the news desk.
//!
//! - `entry_by_id`: id → Entry (JSON). The id is its submission's. The library is
//!   read whole: it holds hundreds of entries, not millions.
//! - `news_by_id`: id → News (JSON). Ids grow with time: newest last.
//! - `meta["next_news_id"]`.

use super::editorial::{audit_in, next_id};
use super::{Store, StoreError, UpdateError, from_json, to_json, transact};
use crate::domain::{AuditEntry, Entry, EntryId, News, NewsId};

pub(super) const NEXT_NEWS_ID: &[u8] = b"next_news_id";

impl Store {
    /// Stores a published entry as it is (demo content, tests).
    pub fn put_entry(&self, entry: &Entry) -> Result<(), StoreError> {
        let _writing = self.writing();
        self.entry_by_id
            .insert(entry.id.to_be_bytes(), to_json(entry)?)?;
        Ok(())
    }

    pub fn entry(&self, id: EntryId) -> Result<Option<Entry>, StoreError> {
        self.entry_by_id
            .get(id.to_be_bytes())?
            .map(|raw| from_json(&raw))
            .transpose()
    }

    /// Every entry, oldest first.
    pub fn entries(&self) -> Result<Vec<Entry>, StoreError> {
        self.entry_by_id
            .iter()
            .values()
            .map(|raw| from_json(&raw?))
            .collect()
    }

    /// Changes an entry as stored now, with the audit entry `change` returns (if
    /// any), in one transaction; `change` may refuse.
    pub fn update_entry<E>(
        &self,
        id: EntryId,
        change: impl Fn(&mut Entry) -> Result<Option<AuditEntry>, E>,
    ) -> Result<Entry, UpdateError<E>> {
        let _writing = self.writing();
        transact(
            [&self.entry_by_id, &self.meta, &self.audit_by_id],
            |[by_id, meta, audit]| {
                let Some(raw) = by_id.get(id.to_be_bytes())? else {
                    return Err(UpdateError::NotFound);
                };
                let mut entry: Entry = from_json(&raw)?;
                let record = change(&mut entry).map_err(UpdateError::Refused)?;
                by_id.insert(id.to_be_bytes(), to_json(&entry)?)?;
                audit_in(&meta, &audit, record)?;
                Ok(entry)
            },
        )
    }

    /// Publishes a news item (`make` gets its id) with its audit entry.
    pub fn insert_news(
        &self,
        make: impl Fn(NewsId) -> (News, Option<AuditEntry>),
    ) -> Result<News, StoreError> {
        let _writing = self.writing();
        transact(
            [&self.meta, &self.news_by_id, &self.audit_by_id],
            |[meta, by_id, audit]| {
                let id = NewsId(next_id(&meta, NEXT_NEWS_ID)?);
                let (news, record) = make(id);
                by_id.insert(id.to_be_bytes(), to_json(&news)?)?;
                audit_in(&meta, &audit, record)?;
                Ok(news)
            },
        )
    }

    /// Changes a news item as stored now, with the audit entry `change`
    /// returns, in one transaction; `change` may refuse.
    pub fn update_news<E>(
        &self,
        id: NewsId,
        change: impl Fn(&mut News) -> Result<Option<AuditEntry>, E>,
    ) -> Result<News, UpdateError<E>> {
        let _writing = self.writing();
        transact(
            [&self.news_by_id, &self.meta, &self.audit_by_id],
            |[by_id, meta, audit]| {
                let Some(raw) = by_id.get(id.to_be_bytes())? else {
                    return Err(UpdateError::NotFound);
                };
                let mut news: News = from_json(&raw)?;
                let entry = change(&mut news).map_err(UpdateError::Refused)?;
                by_id.insert(id.to_be_bytes(), to_json(&news)?)?;
                audit_in(&meta, &audit, entry)?;
                Ok(news)
            },
        )
    }

    /// The news `keep` admits, newest first, at most `limit`: read only as
    /// far as the limit needs.
    pub fn news(
        &self,
        limit: usize,
        keep: impl Fn(&News) -> bool,
    ) -> Result<Vec<News>, StoreError> {
        let mut list = Vec::new();
        for raw in self.news_by_id.iter().values().rev() {
            if list.len() >= limit {
                break;
            }
            let news: News = from_json(&raw?)?;
            if keep(&news) {
                list.push(news);
            }
        }
        Ok(list)
    }

    pub fn news_item(&self, id: NewsId) -> Result<Option<News>, StoreError> {
        self.news_by_id
            .get(id.to_be_bytes())?
            .map(|raw| from_json(&raw))
            .transpose()
    }
}
