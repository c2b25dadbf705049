//! Reactions to posts and members' bookmarks.
//!
//! - `reactions_by_thread`: thread, post, reaction code, username → when (JSON):
//!   one scan reads a whole thread's reactions.
//! - `bookmarks_by_account`: username, 0, post → Bookmark (JSON).

use std::collections::BTreeMap;

use jiff::Timestamp;

use super::discussions::{id_from, thread_post_key};
use super::{Store, StoreError, from_json, join, to_json};
use crate::domain::{Bookmark, PostId, Reaction, ThreadId, Username};

fn reaction_key(thread: ThreadId, post: PostId, reaction: Reaction, username: &str) -> Vec<u8> {
    let mut key = thread_post_key(thread, post).to_vec();
    key.push(reaction.code());
    key.extend_from_slice(username.as_bytes());
    key
}

/// Who reacted how to each post of a thread: post → reaction → usernames.
pub type ThreadReactions = BTreeMap<PostId, BTreeMap<Reaction, Vec<Username>>>;

impl Store {
    /// Adds `username`'s reaction, or takes it back; true when it was added.
    pub fn toggle_reaction(
        &self,
        thread: ThreadId,
        post: PostId,
        reaction: Reaction,
        username: &str,
        at: Timestamp,
    ) -> Result<bool, StoreError> {
        let _writing = self.writing();
        let key = reaction_key(thread, post, reaction, username);
        if self.reactions_by_thread.contains_key(&key)? {
            self.reactions_by_thread.remove(&key)?;
            Ok(false)
        } else {
            self.reactions_by_thread.insert(&key, to_json(&at)?)?;
            Ok(true)
        }
    }

    /// Every reaction in a thread.
    pub fn thread_reactions(&self, thread: ThreadId) -> Result<ThreadReactions, StoreError> {
        let mut all = ThreadReactions::new();
        for entry in self.reactions_by_thread.scan_prefix(thread.to_be_bytes()) {
            let (key, _) = entry?;
            if key.len() < 17 {
                continue;
            }
            let post = PostId(id_from(&key[8..16]));
            let Some(reaction) = Reaction::from_code(key[16]) else {
                continue;
            };
            let name = String::from_utf8_lossy(&key[17..]).into_owned();
            all.entry(post)
                .or_default()
                .entry(reaction)
                .or_default()
                .push(Username::from(name));
        }
        Ok(all)
    }

    pub fn bookmark(&self, username: &str, post: PostId) -> Result<Option<Bookmark>, StoreError> {
        self.bookmarks_by_account
            .get(join(username, &post.to_be_bytes()))?
            .map(|raw| from_json(&raw))
            .transpose()
    }

    pub fn put_bookmark(&self, username: &str, bookmark: &Bookmark) -> Result<(), StoreError> {
        let _writing = self.writing();
        self.bookmarks_by_account.insert(
            join(username, &bookmark.post.to_be_bytes()),
            to_json(bookmark)?,
        )
    }

    pub fn remove_bookmark(&self, username: &str, post: PostId) -> Result<(), StoreError> {
        let _writing = self.writing();
        self.bookmarks_by_account
            .remove(join(username, &post.to_be_bytes()))
    }

    /// A member's bookmarks, newest post first, at most `limit`.
    pub fn bookmarks(&self, username: &str, limit: usize) -> Result<Vec<Bookmark>, StoreError> {
        self.bookmarks_by_account
            .scan_prefix(join(username, b""))
            .rev()
            .take(limit)
            .map(|entry| from_json(&entry?.1))
            .collect()
    }
}
