//! What each member has read, and what they were writing.
//!
//! - `read_mark`: username, 0, thread id → the newest post id they have seen there.
//! - `draft_by_place`: username, 0, place key → Draft (JSON).
//! - `spot_by_account`: username → LastPlace (JSON): where their last session ended (the tree keeps its first name: renaming it would orphan stored data).

use std::collections::HashMap;

use super::{Store, StoreError, from_json, join, to_json};
use crate::domain::{Draft, DraftPlace, LastPlace, PostId, ThreadId};

impl Store {
    /// The newest post `username` has seen in `thread` (0: none).
    pub fn read_mark(&self, username: &str, thread: ThreadId) -> Result<PostId, StoreError> {
        Ok(self
            .read_mark
            .get(join(username, &thread.to_be_bytes()))?
            .map_or(PostId(0), |raw| PostId(super::discussions::id_from(&raw))))
    }

    /// Every read mark of a member: thread id → newest post seen.
    pub fn read_marks(&self, username: &str) -> Result<HashMap<ThreadId, PostId>, StoreError> {
        let prefix = join(username, b"");
        self.read_mark
            .scan_prefix(&prefix)
            .map(|entry| {
                let (key, value) = entry?;
                Ok((
                    ThreadId(super::discussions::id_from(&key[prefix.len()..])),
                    PostId(super::discussions::id_from(&value)),
                ))
            })
            .collect()
    }

    /// How many posts of `thread` came after post `after`, counted up to `limit`.
    pub fn posts_after(
        &self,
        thread: ThreadId,
        after: PostId,
        limit: usize,
    ) -> Result<usize, StoreError> {
        let from =
            super::discussions::thread_post_key(thread, PostId(after.get().saturating_add(1)));
        let to = super::discussions::thread_post_key(thread, PostId(u64::MAX));
        let mut n = 0;
        for entry in self.posts_by_thread.range_inclusive(&from, &to).take(limit) {
            entry?;
            n += 1;
        }
        Ok(n)
    }

    /// Moves the mark forward to `post`; a mark never moves back.
    pub fn mark_read(
        &self,
        username: &str,
        thread: ThreadId,
        post: PostId,
    ) -> Result<(), StoreError> {
        let _writing = self.writing();
        self.read_mark
            .fetch_and_update(join(username, &thread.to_be_bytes()), |old| {
                let old = old.map_or(0, super::discussions::id_from);
                Some(old.max(post.get()).to_be_bytes().to_vec())
            })?;
        Ok(())
    }

    pub fn draft(&self, username: &str, place: &DraftPlace) -> Result<Option<Draft>, StoreError> {
        self.draft_by_place
            .get(join(username, place.key().as_bytes()))?
            .map(|raw| from_json(&raw))
            .transpose()
    }

    /// Every draft of a member, in no particular order.
    pub fn drafts_of(&self, username: &str) -> Result<Vec<Draft>, StoreError> {
        let prefix = join(username, b"");
        self.draft_by_place
            .scan_prefix(&prefix)
            .map(|entry| from_json(&entry?.1))
            .collect()
    }

    pub fn put_draft(&self, username: &str, draft: &Draft) -> Result<(), StoreError> {
        let _writing = self.writing();
        self.draft_by_place.insert(
            join(username, draft.place.key().as_bytes()),
            to_json(draft)?,
        )?;
        Ok(())
    }

    pub fn remove_draft(&self, username: &str, place: &DraftPlace) -> Result<(), StoreError> {
        let _writing = self.writing();
        self.draft_by_place
            .remove(join(username, place.key().as_bytes()))?;
        Ok(())
    }

    /// Where `username`'s last session ended (home when unknown).
    pub fn last_place(&self, username: &str) -> Result<LastPlace, StoreError> {
        match self.spot_by_account.get(username.as_bytes())? {
            Some(raw) => from_json(&raw),
            None => Ok(LastPlace::Home),
        }
    }

    /// Records where a session ended. Like a read mark it is no promise to
    /// anyone, so it is not flushed: the engine writes it out soon (sled within half a second).
    pub fn put_last_place(&self, username: &str, last_place: &LastPlace) -> Result<(), StoreError> {
        let _writing = self.writing();
        self.spot_by_account
            .insert(username.as_bytes(), to_json(last_place)?)?;
        Ok(())
    }
}
