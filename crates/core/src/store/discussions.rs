//! Threads and posts.
//!
//! - `thread_by_id`: thread id → Thread (JSON). A thread's id is its first post's.
//! - `threads_by_community`: slug, 0, thread id → the thread's last post id. Counting
//!   threads, and unread threads against a member's read marks, reads only this.
//! - `post_by_id`: post id → Post (JSON).
//! - `posts_by_thread`: thread id, post id → (). A thread's posts in id order.
//! - `mentions_by_account`: username, 0, post id → (). Who was named where.
//! - `posts_by_author`: username, 0, post id → (). A member's recent posts, for
//!   their page in the people directory (schema 2; `migrate` fills it).
//! - `meta["next_post_id"]`: the next id to hand out; ids only grow, so "newer than
//!   my read mark" is a comparison.
//!
//! Ids are big-endian in keys so that the engine's byte order is numeric order.

use super::engine::{Tree, TxTree};
use super::{Store, StoreError, UpdateError, from_json, join, to_json, transact};
use jiff::Timestamp;

use crate::domain::{AuditEntry, HeldPost, Post, PostId, Thread, ThreadId};

const NEXT_POST_ID: &[u8] = b"next_post_id";

/// Who is posting, and the draft their post replaces.
pub struct NewPost {
    pub author: String,
    /// The draft to remove once the post is stored, if the member wrote one.
    pub draft_key: Option<String>,
}

fn id_key(id: impl Into<u64>) -> [u8; 8] {
    id.into().to_be_bytes()
}

/// Reads a big-endian id (from a key's tail or a value).
pub(super) fn id_from(raw: &[u8]) -> u64 {
    let mut bytes = [0u8; 8];
    let n = raw.len().min(8);
    bytes[8 - n..].copy_from_slice(&raw[raw.len() - n..]);
    u64::from_be_bytes(bytes)
}

pub(super) fn thread_post_key(thread: ThreadId, post: PostId) -> [u8; 16] {
    let mut key = [0u8; 16];
    key[..8].copy_from_slice(&thread.to_be_bytes());
    key[8..].copy_from_slice(&post.to_be_bytes());
    key
}

/// The trees a new post touches, in the order of `Store::post_trees`.
pub(super) type PostTrees<'a> = [TxTree<'a>; 9];

fn take_id(meta: &TxTree) -> Result<PostId, StoreError> {
    let id = meta.get(NEXT_POST_ID)?.map_or(1, |raw| id_from(&raw));
    meta.insert(NEXT_POST_ID, id_key(id + 1))?;
    Ok(PostId(id))
}

/// Writes a post and what it changes: the thread record and its activity index,
/// the thread's post list, the author's read mark, mentions, and the draft it used.
fn write_post(
    trees: &PostTrees,
    new: &NewPost,
    thread: &Thread,
    post: &Post,
) -> Result<(), StoreError> {
    let [
        _,
        threads,
        by_community,
        posts,
        by_thread,
        marks,
        mentions,
        drafts,
        by_author,
    ] = trees;
    let (thread_id, id) = (id_key(thread.id), id_key(post.id));
    threads.insert(thread_id, to_json(thread)?)?;
    by_community.insert(join(&thread.community, &thread_id), id)?;
    posts.insert(id, to_json(post)?)?;
    by_thread.insert(thread_post_key(thread.id, post.id), b"")?;
    marks.insert(join(&new.author, &thread_id), id)?;
    for name in &post.mentions {
        mentions.insert(join(name, &id), b"")?;
    }
    by_author.insert(join(&post.author, &id), b"")?;
    if let Some(draft) = &new.draft_key {
        drafts.remove(join(&new.author, draft.as_bytes()))?;
    }
    Ok(())
}

/// Writes an approved held post into its thread (or as a new thread), inside the
/// caller's transaction over the post trees. Returns the post's id.
pub(super) fn publish_held<E>(
    trees: &PostTrees,
    held: &HeldPost,
    author: &str,
    at: Timestamp,
) -> Result<PostId, UpdateError<E>> {
    let new = NewPost {
        author: author.to_string(),
        draft_key: None,
    };
    let id = take_id(&trees[0])?;
    let post = Post {
        language: held.language,
        id,
        thread: id.as_thread(),
        parent: held.parent,
        author: author.into(),
        body: held.body.clone(),
        created_at: at,
        history: Vec::new(),
        deleted: None,
        mentions: held.mentions.clone(),
        hidden: None,
        committee_note: None,
        versions_let_go: 0,
    };
    let (thread, post) = match held.parent {
        None => {
            let thread = Thread {
                language: held.language,
                id: id.as_thread(),
                community: held.community.clone(),
                title: held.title.clone(),
                author: author.into(),
                created_at: at,
                last_activity: at,
                last_post: id,
                posts: 1,
                pinned: false,
                locked: false,
                hidden: false,
            };
            (thread, post)
        }
        Some(parent) => {
            let gone = || UpdateError::NotFound;
            let raw = trees[3].get(id_key(parent))?.ok_or_else(gone)?;
            let parent: Post = from_json(&raw)?;
            let raw = trees[1].get(id_key(parent.thread))?.ok_or_else(gone)?;
            let mut thread: Thread = from_json(&raw)?;
            thread.last_activity = at;
            thread.last_post = id;
            thread.posts += 1;
            let post = Post {
                thread: thread.id,
                ..post
            };
            (thread, post)
        }
    };
    write_post(trees, &new, &thread, &post)?;
    Ok(id)
}

impl Store {
    pub fn thread(&self, id: ThreadId) -> Result<Option<Thread>, StoreError> {
        self.thread_by_id
            .get(id_key(id))?
            .map(|raw| from_json(&raw))
            .transpose()
    }

    pub fn post(&self, id: PostId) -> Result<Option<Post>, StoreError> {
        self.post_by_id
            .get(id_key(id))?
            .map(|raw| from_json(&raw))
            .transpose()
    }

    /// Every post of a thread, oldest first.
    pub fn thread_posts(&self, thread: ThreadId) -> Result<Vec<Post>, StoreError> {
        let mut posts = Vec::new();
        for entry in self.posts_by_thread.scan_prefix(id_key(thread)) {
            let (key, _) = entry?;
            let id = id_from(&key[8..]);
            if let Some(raw) = self.post_by_id.get(id_key(id))? {
                posts.push(from_json(&raw)?);
            }
        }
        Ok(posts)
    }

    /// Every thread of a community, in id order.
    pub fn community_threads(&self, slug: &str) -> Result<Vec<Thread>, StoreError> {
        let mut threads = Vec::new();
        for entry in self.threads_by_community.scan_prefix(join(slug, b"")) {
            let (key, _) = entry?;
            let id = id_from(&key[key.len() - 8..]);
            if let Some(raw) = self.thread_by_id.get(id_key(id))? {
                threads.push(from_json(&raw)?);
            }
        }
        Ok(threads)
    }

    /// (thread id, last post id) for every thread of a community: enough to count
    /// threads and unread threads without reading the threads themselves.
    pub fn thread_activity(&self, slug: &str) -> Result<Vec<(ThreadId, PostId)>, StoreError> {
        self.threads_by_community
            .scan_prefix(join(slug, b""))
            .map(|entry| {
                let (key, value) = entry?;
                Ok((
                    ThreadId(id_from(&key[key.len() - 8..])),
                    PostId(id_from(&value)),
                ))
            })
            .collect()
    }

    /// The trees a new post touches, in the order `write_post` takes them.
    pub(super) fn post_trees(&self) -> [&Tree; 9] {
        [
            &self.meta,
            &self.thread_by_id,
            &self.threads_by_community,
            &self.post_by_id,
            &self.posts_by_thread,
            &self.read_mark,
            &self.mentions_by_account,
            &self.draft_by_place,
            &self.posts_by_author,
        ]
    }

    /// Stores a new thread and its opening post in one transaction. `make` gets the
    /// new id; the author's read mark moves past their own post and their draft goes.
    pub fn insert_thread(
        &self,
        new: &NewPost,
        make: impl Fn(ThreadId) -> (Thread, Post),
    ) -> Result<(Thread, Post), StoreError> {
        let _writing = self.writing();
        transact(self.post_trees(), |trees| {
            let id = take_id(&trees[0])?;
            let (thread, post) = make(id.as_thread());
            write_post(&trees, new, &thread, &post)?;
            Ok((thread, post))
        })
    }

    /// Stores a reply in one transaction with the thread's new activity. `make` sees
    /// the thread as it is now and may refuse (a locked thread, a deleted parent).
    pub fn insert_reply<E>(
        &self,
        thread_id: ThreadId,
        new: &NewPost,
        make: impl Fn(PostId, &Thread) -> Result<Post, E>,
    ) -> Result<(Thread, Post), UpdateError<E>> {
        let _writing = self.writing();
        transact(self.post_trees(), |trees| {
            let Some(raw) = trees[1].get(id_key(thread_id))? else {
                return Err(UpdateError::NotFound);
            };
            let mut thread: Thread = from_json(&raw)?;
            let id = take_id(&trees[0])?;
            let post = make(id, &thread).map_err(UpdateError::Refused)?;
            thread.last_activity = post.created_at;
            thread.last_post = id;
            thread.posts += 1;
            write_post(&trees, new, &thread, &post)?;
            Ok((thread, post))
        })
    }

    /// Changes a post (an edit, a deletion) and, with it, its thread (the title,
    /// when the opening post is edited) in one transaction; `change` may refuse.
    /// Mentions an edit adds are recorded, and the member's draft of it goes.
    pub fn update_post<E>(
        &self,
        id: PostId,
        draft: Option<(&str, &str)>,
        change: impl Fn(&mut Post, &mut Thread) -> Result<(), E>,
    ) -> Result<(Thread, Post), UpdateError<E>> {
        self.update_post_audited(id, draft, |post, thread| {
            change(post, thread).map(|()| None)
        })
    }

    /// [`Store::update_post`] for the committee: `change` also returns the audit
    /// entry, written in the same transaction.
    pub fn update_post_audited<E>(
        &self,
        id: PostId,
        draft: Option<(&str, &str)>,
        change: impl Fn(&mut Post, &mut Thread) -> Result<Option<AuditEntry>, E>,
    ) -> Result<(Thread, Post), UpdateError<E>> {
        let _writing = self.writing();
        let trees = [
            &self.post_by_id,
            &self.thread_by_id,
            &self.mentions_by_account,
            &self.draft_by_place,
            &self.meta,
            &self.audit_by_id,
        ];
        transact(trees, |[posts, threads, mentions, drafts, meta, audit]| {
            let Some(raw) = posts.get(id_key(id))? else {
                return Err(UpdateError::NotFound);
            };
            let mut post: Post = from_json(&raw)?;
            let mentioned_before = post.mentions.clone();
            let Some(raw) = threads.get(id_key(post.thread))? else {
                return Err(UpdateError::NotFound);
            };
            let before: Thread = from_json(&raw)?;
            let mut thread = before.clone();
            let entry = change(&mut post, &mut thread).map_err(UpdateError::Refused)?;
            posts.insert(id_key(id), to_json(&post)?)?;
            if thread != before {
                threads.insert(id_key(thread.id), to_json(&thread)?)?;
            }
            // Names an edit took out no longer list the post among their mentions.
            for name in mentioned_before
                .iter()
                .filter(|n| !post.mentions.contains(n))
            {
                mentions.remove(join(name, &id_key(id)))?;
            }
            for name in &post.mentions {
                mentions.insert(join(name, &id_key(id)), b"")?;
            }
            if let Some((author, draft)) = draft {
                drafts.remove(join(author, draft.as_bytes()))?;
            }
            super::editorial::audit_in(&meta, &audit, entry)?;
            Ok((thread, post))
        })
    }

    /// Sets a thread's pinned and locked flags (the committee's tools, and demo
    /// content).
    pub fn set_thread_flags(
        &self,
        id: ThreadId,
        pinned: bool,
        locked: bool,
    ) -> Result<(), StoreError> {
        let _writing = self.writing();
        if let Some(mut thread) = self.thread(id)? {
            thread.pinned = pinned;
            thread.locked = locked;
            self.thread_by_id.insert(id_key(id), to_json(&thread)?)?;
        }
        Ok(())
    }

    /// Changes a thread's flags or community in one transaction with its audit
    /// entry (moving it moves its entry in the community index too); `change` may
    /// refuse, or returns what the audit log records.
    pub fn update_thread<E>(
        &self,
        id: ThreadId,
        change: impl Fn(&mut Thread) -> Result<Option<AuditEntry>, E>,
    ) -> Result<(Thread, Thread), UpdateError<E>> {
        let _writing = self.writing();
        let trees = [
            &self.thread_by_id,
            &self.threads_by_community,
            &self.meta,
            &self.audit_by_id,
        ];
        transact(trees, |[threads, by_community, meta, audit]| {
            let Some(raw) = threads.get(id_key(id))? else {
                return Err(UpdateError::NotFound);
            };
            let before: Thread = from_json(&raw)?;
            let mut after = before.clone();
            let entry = change(&mut after).map_err(UpdateError::Refused)?;
            threads.insert(id_key(id), to_json(&after)?)?;
            if after.community != before.community {
                by_community.remove(join(&before.community, &id_key(id)))?;
                by_community
                    .insert(join(&after.community, &id_key(id)), id_key(after.last_post))?;
            }
            super::editorial::audit_in(&meta, &audit, entry)?;
            Ok((before, after))
        })
    }

    /// Post ids that name `username`, oldest first.
    /// The ids of `username`'s posts, newest first, at most `limit`.
    pub fn posts_of(&self, username: &str, limit: usize) -> Result<Vec<PostId>, StoreError> {
        let prefix = join(username, b"");
        self.posts_by_author
            .scan_prefix(&prefix)
            .rev()
            .take(limit)
            .map(|entry| Ok(PostId(id_from(&entry?.0[prefix.len()..]))))
            .collect()
    }

    /// Calls `each` with every post, in id order, without holding them all.
    pub fn for_each_post(&self, mut each: impl FnMut(Post)) -> Result<(), StoreError> {
        for entry in self.post_by_id.iter() {
            each(from_json(&entry?.1)?);
        }
        Ok(())
    }

    /// Fills `posts_by_author` from the posts (a database from before schema 2).
    pub(super) fn index_post_authors(&self) -> Result<(), StoreError> {
        for entry in self.post_by_id.iter() {
            let (key, raw) = entry?;
            let post: Post = from_json(&raw)?;
            self.posts_by_author.insert(join(&post.author, &key), b"")?;
        }
        Ok(())
    }

    pub fn mentions_of(&self, username: &str) -> Result<Vec<PostId>, StoreError> {
        self.mentions_by_account
            .scan_prefix(join(username, b""))
            .keys()
            .map(|key| Ok(PostId(id_from(&key?))))
            .collect()
    }
}
