//! Notifications, watched threads and saved alerts.
//!
//! - `notice_by_account`: username, 0, notification id → Notification (JSON).
//! - `unread_notices`: username, 0, notification id → (). Counting a member's
//!   unread notifications, on every screen's header, reads only this.
//! - `open_notices`: username, 0, thread id, kind → the unread notification id
//!   and how many more posts folded into it since (a busy thread a member
//!   watches is one notification, not one per post, and costs one small write
//!   per post instead of a new record).
//! - `watch_by_account`: username, 0, thread id → 1 (watching) or 0 (stopped on
//!   purpose: replying again does not start it again).
//! - `watchers_by_thread`: thread id, username → (). Who hears of a new post.
//! - `alert_by_account`: username, 0, alert id → the saved filter (JSON).
//! - `counters`: `next_notice_id`, `next_alert_id`. Apart from `meta`, which
//!   every post's transaction reads and writes, so that telling fifty watchers
//!   of a post does not contend with the next post.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::discussions::{id_from, thread_post_key};
use super::{Store, StoreError, from_json, join, to_json, transact};
use crate::domain::{ConversationId, NoticeKind, Notification, PostId, Target, ThreadId};

const NEXT_NOTICE_ID: &[u8] = b"next_notice_id";
const NEXT_ALERT_ID: &[u8] = b"next_alert_id";

/// A watched thread's notification counts at most this many newer posts.
const FOLDED_MAX: usize = 99;

/// Whether a member watches a thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Watching {
    /// Never said: they hear of it once they start or reply to it.
    Unset,
    Yes,
    /// They stopped watching it.
    No,
}

/// `open_notices`' key: who, the thread (or conversation), the kind.
fn open_key(username: &str, thread: u64, notice: &Notification) -> Vec<u8> {
    let mut second = thread.to_be_bytes().to_vec();
    second.extend_from_slice(notice.kind.as_str().as_bytes());
    join(username, &second)
}

/// The folded count in an `open_notices` value (the id, then the count).
fn more_of(raw: &[u8]) -> u32 {
    raw.get(8..12)
        .and_then(|b| b.try_into().ok())
        .map_or(0, u32::from_be_bytes)
}

fn watcher_key(thread: ThreadId, username: &str) -> Vec<u8> {
    let mut key = thread.to_be_bytes().to_vec();
    key.extend_from_slice(username.as_bytes());
    key
}

impl Store {
    /// Takes the next id from a counter in `counters`.
    fn next_from(&self, counter: &[u8]) -> Result<u64, StoreError> {
        let old = self.counters.fetch_and_update(counter, |old| {
            Some((old.map_or(1, id_from) + 1).to_be_bytes().to_vec())
        })?;
        Ok(old.as_deref().map_or(1, id_from))
    }

    /// Stores a notification for `username`, giving it its id; or, when an
    /// unread one it folds into exists, counts one more there. True when a new
    /// notification was made.
    pub fn add_notification(
        &self,
        username: &str,
        mut notice: Notification,
    ) -> Result<bool, StoreError> {
        let _writing = self.writing();
        let open = notice
            .folds()
            .map(|thread| open_key(username, thread, &notice));
        // A watched thread's open notification counts its new posts when read
        // (`with_folded`), so a post to fifty watchers writes nothing for them.
        if let Some(open) = &open
            && notice.kind == NoticeKind::Watched
        {
            if self.open_notices.contains_key(open)? {
                return Ok(false);
            }
        } else if let Some(open) = &open {
            let folded = self.open_notices.fetch_and_update(open, |old| {
                old.map(|raw| {
                    let mut raw = raw.to_vec();
                    let more = more_of(&raw).saturating_add(1);
                    raw.truncate(8);
                    raw.extend_from_slice(&more.to_be_bytes());
                    raw
                })
            })?;
            if folded.is_some() {
                return Ok(false);
            }
        }
        notice.id = self.next_from(NEXT_NOTICE_ID)?;
        let key = join(username, &notice.id.to_be_bytes());
        self.notice_by_account.insert(&key, to_json(&notice)?)?;
        if !notice.read {
            self.unread_notices.insert(&key, b"")?;
            if let Some(open) = open {
                let mut value = notice.id.to_be_bytes().to_vec();
                value.extend_from_slice(&0u32.to_be_bytes());
                self.open_notices.insert(open, value)?;
            }
        }
        Ok(true)
    }

    /// A stored notification with the posts folded into it counted: for a
    /// watched thread, the posts after the one it leads to (up to
    /// [`FOLDED_MAX`]); for replies, the count kept as they came.
    fn with_folded(
        &self,
        username: &str,
        mut notice: Notification,
    ) -> Result<Notification, StoreError> {
        if notice.read {
            return Ok(notice);
        }
        match (&notice.target, notice.kind) {
            (Target::Post { thread, post }, NoticeKind::Watched) => {
                let from = thread_post_key(*thread, PostId(post.get().saturating_add(1)));
                let to = thread_post_key(*thread, PostId(u64::MAX));
                let mut more = 0;
                for entry in self
                    .posts_by_thread
                    .range_inclusive(&from, &to)
                    .take(FOLDED_MAX)
                {
                    entry?;
                    more += 1;
                }
                notice.more = more;
            }
            (_, NoticeKind::Reply | NoticeKind::Message | NoticeKind::Reaction) => {
                if let Some(thread) = notice.folds()
                    && let Some(raw) = self.open_notices.get(open_key(username, thread, &notice))?
                    && id_from(&raw[..8.min(raw.len())]) == notice.id
                {
                    notice.more = more_of(&raw);
                }
            }
            _ => {}
        }
        Ok(notice)
    }

    /// A member's notifications, newest first, at most `limit`.
    pub fn notifications(
        &self,
        username: &str,
        limit: usize,
    ) -> Result<Vec<Notification>, StoreError> {
        self.notice_by_account
            .scan_prefix(join(username, b""))
            .rev()
            .take(limit)
            .map(|entry| self.with_folded(username, from_json(&entry?.1)?))
            .collect()
    }

    pub fn notification(
        &self,
        username: &str,
        id: u64,
    ) -> Result<Option<Notification>, StoreError> {
        match self
            .notice_by_account
            .get(join(username, &id.to_be_bytes()))?
        {
            Some(raw) => Ok(Some(self.with_folded(username, from_json(&raw)?)?)),
            None => Ok(None),
        }
    }

    /// How many notifications `username` has not read, counted up to `cap`.
    pub fn unread_notifications(&self, username: &str, cap: usize) -> Result<usize, StoreError> {
        let mut count = 0;
        for entry in self
            .unread_notices
            .scan_prefix(join(username, b""))
            .take(cap)
        {
            entry?;
            count += 1;
        }
        Ok(count)
    }

    /// Marks notifications read (or unread again); returns how many changed.
    pub fn set_notifications_read(
        &self,
        username: &str,
        ids: &[u64],
        read: bool,
    ) -> Result<usize, StoreError> {
        let _writing = self.writing();
        let mut changed = 0;
        for id in ids {
            let key = join(username, &id.to_be_bytes());
            let Some(raw) = self.notice_by_account.get(&key)? else {
                continue;
            };
            let mut notice = self.with_folded(username, from_json(&raw)?)?;
            if notice.read == read {
                continue;
            }
            notice.read = read;
            // Read, it takes no more: the next post starts a new one.
            if let Some(thread) = notice.folds() {
                self.open_notices
                    .remove(open_key(username, thread, &notice))?;
            }
            self.notice_by_account.insert(&key, to_json(&notice)?)?;
            if read {
                self.unread_notices.remove(&key)?;
            } else {
                self.unread_notices.insert(&key, b"")?;
            }
            changed += 1;
        }
        Ok(changed)
    }

    /// The ids of a member's unread notifications, oldest first.
    pub fn unread_notification_ids(&self, username: &str) -> Result<Vec<u64>, StoreError> {
        let prefix = join(username, b"");
        self.unread_notices
            .scan_prefix(&prefix)
            .map(|entry| Ok(id_from(&entry?.0[prefix.len()..])))
            .collect()
    }

    /// The ids of `username`'s unread notifications about posts of `thread` up
    /// to `upto`: read as they are stored, without counting what folded in,
    /// since reading a thread (a screen's refresh) asks this on every new post.
    pub fn unread_notices_in(
        &self,
        username: &str,
        thread: ThreadId,
        upto: PostId,
    ) -> Result<Vec<u64>, StoreError> {
        let mut found = Vec::new();
        for id in self.unread_notification_ids(username)? {
            let Some(raw) = self
                .notice_by_account
                .get(join(username, &id.to_be_bytes()))?
            else {
                continue;
            };
            let notice: Notification = from_json(&raw)?;
            if matches!(notice.target, Target::Post { thread: t, post } if t == thread && post <= upto)
            {
                found.push(id);
            }
        }
        Ok(found)
    }

    /// The ids of `username`'s unread notifications about conversation `id`.
    pub fn unread_notices_of_conversation(
        &self,
        username: &str,
        id: ConversationId,
    ) -> Result<Vec<u64>, StoreError> {
        let mut found = Vec::new();
        for notice_id in self.unread_notification_ids(username)? {
            let Some(raw) = self
                .notice_by_account
                .get(join(username, &notice_id.to_be_bytes()))?
            else {
                continue;
            };
            let notice: Notification = from_json(&raw)?;
            if notice.target == (Target::Conversation { id }) {
                found.push(notice_id);
            }
        }
        Ok(found)
    }

    pub fn watching(&self, username: &str, thread: ThreadId) -> Result<Watching, StoreError> {
        Ok(
            match self
                .watch_by_account
                .get(join(username, &thread.to_be_bytes()))?
                .as_deref()
            {
                None => Watching::Unset,
                Some([1]) => Watching::Yes,
                Some(_) => Watching::No,
            },
        )
    }

    pub fn set_watching(
        &self,
        username: &str,
        thread: ThreadId,
        on: bool,
    ) -> Result<(), StoreError> {
        let _writing = self.writing();
        self.watch_by_account
            .insert(join(username, &thread.to_be_bytes()), [u8::from(on)])?;
        let key = watcher_key(thread, username);
        if on {
            self.watchers_by_thread.insert(key, b"")?;
        } else {
            self.watchers_by_thread.remove(key)?;
        }
        Ok(())
    }

    /// Everyone watching `thread`.
    pub fn watchers(&self, thread: ThreadId) -> Result<Vec<String>, StoreError> {
        self.watchers_by_thread
            .scan_prefix(thread.to_be_bytes())
            .map(|entry| Ok(String::from_utf8_lossy(&entry?.0[8..]).into_owned()))
            .collect()
    }

    /// Saves an alert (a board filter) for `username`; returns its id.
    pub fn add_alert<T: Serialize>(&self, username: &str, alert: &T) -> Result<u64, StoreError> {
        let _writing = self.writing();
        let id = self.next_from(NEXT_ALERT_ID)?;
        self.alert_by_account
            .insert(join(username, &id.to_be_bytes()), to_json(alert)?)?;
        Ok(id)
    }

    pub fn remove_alert(&self, username: &str, id: u64) -> Result<bool, StoreError> {
        let _writing = self.writing();
        let key = join(username, &id.to_be_bytes());
        transact([&self.alert_by_account], |[alerts]| {
            let found = alerts.get(&key)?.is_some();
            alerts.remove(&key)?;
            Ok(found)
        })
    }

    /// A member's alerts, oldest first, with their ids.
    pub fn alerts<T: DeserializeOwned>(&self, username: &str) -> Result<Vec<(u64, T)>, StoreError> {
        let prefix = join(username, b"");
        self.alert_by_account
            .scan_prefix(&prefix)
            .map(|entry| {
                let (key, value) = entry?;
                Ok((id_from(&key[prefix.len()..]), from_json(&value)?))
            })
            .collect()
    }

    /// Every member's alerts: (username, alert id, alert).
    pub fn all_alerts<T: DeserializeOwned>(&self) -> Result<Vec<(String, u64, T)>, StoreError> {
        self.alert_by_account
            .iter()
            .map(|entry| {
                let (key, value) = entry?;
                let split = key.iter().position(|b| *b == 0).unwrap_or(key.len());
                let name = String::from_utf8_lossy(&key[..split]).into_owned();
                Ok((name, id_from(&key[split..]), from_json(&value)?))
            })
            .collect()
    }
}
