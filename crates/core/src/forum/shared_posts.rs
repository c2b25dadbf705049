//! One copy of a post for all the sessions showing it. A long thread read by a
//! hundred members was a hundred copies of its text (issue 19); thread views
//! take their posts through here, so sessions reading the same thread share one.
//!
//! Nothing here can be stale: a post just read from the store is given the
//! kept copy only when the two are equal, and otherwise becomes the kept copy,
//! so there is nothing to invalidate. Only weak references are kept: a post no
//! view holds any more is freed, and its entry is swept away as the map grows.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, Weak};

use crate::domain::{Post, PostId};

#[derive(Default)]
pub(super) struct SharedPosts {
    kept: Mutex<Kept>,
}

#[derive(Default)]
struct Kept {
    by_id: HashMap<PostId, Weak<Post>>,
    /// Entries left by the last sweep: the next comes when the map has doubled,
    /// so sweeping costs a constant per post shared.
    swept_to: usize,
}

/// A map this small is not swept: its dead entries (a few hundred bytes each,
/// the post's text already freed) cost less than walking it on every read.
const SWEEP_FLOOR: usize = 1024;

impl SharedPosts {
    /// `posts` as shared copies: each is the copy another view holds when the
    /// two are equal, and otherwise the copy later readers will share.
    pub(super) fn share(&self, posts: Vec<Post>) -> Vec<Arc<Post>> {
        // A poisoned lock still guards a sound map (each change is one insert or
        // one retain), and a reader must not fail because another session panicked.
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        let shared = posts.into_iter().map(|post| kept.share(post)).collect();
        kept.sweep();
        shared
    }

    #[cfg(test)]
    fn entries(&self) -> usize {
        self.kept.lock().map_or(0, |k| k.by_id.len())
    }
}

impl Kept {
    fn share(&mut self, post: Post) -> Arc<Post> {
        if let Some(held) = self.by_id.get(&post.id).and_then(Weak::upgrade)
            && *held == post
        {
            return held;
        }
        let shared = Arc::new(post);
        self.by_id.insert(shared.id, Arc::downgrade(&shared));
        shared
    }

    fn sweep(&mut self) {
        if self.by_id.len() < SWEEP_FLOOR.max(2 * self.swept_to) {
            return;
        }
        self.by_id.retain(|_, post| post.strong_count() > 0);
        self.swept_to = self.by_id.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ThreadId;

    fn post(id: u64, body: &str) -> Post {
        Post {
            language: None,
            id: PostId(id),
            thread: ThreadId(1),
            parent: None,
            author: "amara".into(),
            body: body.into(),
            created_at: jiff::Timestamp::UNIX_EPOCH,
            history: Vec::new(),
            deleted: None,
            mentions: Vec::new(),
            hidden: None,
            committee_note: None,
            versions_let_go: 0,
        }
    }

    #[test]
    fn equal_posts_are_one_copy_and_a_changed_one_is_not() {
        let kept = SharedPosts::default();
        let first = kept.share(vec![post(1, "Night shifts."), post(2, "Rosters.")]);
        let again = kept.share(vec![post(1, "Night shifts."), post(2, "Rosters, edited.")]);
        assert!(Arc::ptr_eq(&first[0], &again[0]));
        assert!(!Arc::ptr_eq(&first[1], &again[1]));
        assert_eq!(again[1].body, "Rosters, edited.");
        // The edited copy is the one shared from now on.
        let third = kept.share(vec![post(2, "Rosters, edited.")]);
        assert!(Arc::ptr_eq(&again[1], &third[0]));
    }

    #[test]
    fn a_post_nobody_holds_is_freed_and_its_entry_swept() {
        let kept = SharedPosts::default();
        let held = kept.share(vec![post(1, "Held.")]);
        for id in 2..=3000 {
            kept.share(vec![post(id, "Read once and dropped.")]);
        }
        assert!(kept.entries() < 2 * SWEEP_FLOOR + 1, "{}", kept.entries());
        let again = kept.share(vec![post(1, "Held.")]);
        assert!(Arc::ptr_eq(&held[0], &again[0]));
        // Nobody holds post 2 any more: reading it again makes a new copy.
        assert_eq!(Arc::strong_count(&kept.share(vec![post(2, "x")])[0]), 1);
    }
}
