//! The forum-wide reading views: "Latest", every thread of the communities a
//! member joined by latest activity, and "Unread", those with posts they have
//! not seen; with how many had news since their last visit.

use jiff::Timestamp;

use super::{Forum, ForumError, ThreadSummary, Viewer};

/// Threads the views list at most.
pub const LATEST_LISTED: usize = 200;

/// A thread in the forum-wide views, with its community's name.
#[derive(Clone, Debug)]
pub struct LatestThread {
    pub summary: ThreadSummary,
    pub community: String,
}

#[derive(Clone, Debug, Default)]
pub struct Latest {
    pub threads: Vec<LatestThread>,
    /// When the member's previous visit began (none for a first visit).
    pub since: Option<Timestamp>,
    /// Threads with a post since then.
    pub new_since: usize,
    /// The member joined no community: the views are empty for that reason.
    pub joined_none: bool,
    /// The communities it spans, by slug: what a screen showing it follows.
    pub joined: Vec<crate::domain::Slug>,
}

impl Forum {
    /// The threads of the communities the viewer joined, latest activity first
    /// (at most [`LATEST_LISTED`]); `unread_only` keeps those with posts they
    /// have not seen.
    pub fn latest(&self, viewer: &Viewer, unread_only: bool) -> Result<Latest, ForumError> {
        let me = self.poster(viewer, "follow the communities they joined")?;
        let joined = self.store().memberships(&me.username)?;
        // Read once for every community, not once each.
        let marks = self.store().read_marks(&me.username)?;
        let mut threads = Vec::new();
        for slug in &joined {
            let Ok(community) = self.community(viewer, slug) else {
                continue;
            };
            for summary in self.thread_summaries(viewer, slug, Some(&marks), false)? {
                if summary.thread.hidden && !self.sees_hidden(viewer) {
                    continue;
                }
                threads.push(LatestThread {
                    summary,
                    community: community.name.clone(),
                });
            }
        }
        threads.sort_by_key(|t| std::cmp::Reverse(t.summary.thread.last_post));
        let since = me.previous_seen;
        let new_since = match since {
            Some(at) => threads
                .iter()
                .filter(|t| t.summary.thread.last_activity > at)
                .count(),
            None => 0,
        };
        if unread_only {
            threads.retain(|t| t.summary.unread);
        }
        threads.truncate(LATEST_LISTED);
        // New posts counted for the threads kept only.
        for t in threads.iter_mut().filter(|t| t.summary.unread) {
            let mark = marks.get(&t.summary.thread.id).copied().unwrap_or_default();
            t.summary.new_posts = self.store().posts_after(
                t.summary.thread.id,
                mark,
                super::discussions::NEW_COUNTED,
            )?;
        }
        Ok(Latest {
            threads,
            since,
            new_since,
            joined_none: joined.is_empty(),
            joined,
        })
    }
}
