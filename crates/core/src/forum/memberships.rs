//! Joining and leaving communities, and the overview of each: members, threads and
//! what the reader has not read yet.

use super::{Change, Forum, ForumError, Viewer};
use crate::domain::Community;

/// A community with its figures, as the communities and home screens list it.
#[derive(Clone, Debug)]
pub struct CommunitySummary {
    pub community: Community,
    pub members: usize,
    pub threads: usize,
    /// Threads with posts the reader has not seen (always 0 for guests).
    pub unread: usize,
    /// The reader belongs to it.
    pub joined: bool,
}

impl Forum {
    /// Every community `viewer` may see, with its figures: the reader's own
    /// communities first, then the others, each group by name.
    pub fn community_overview(&self, viewer: &Viewer) -> Result<Vec<CommunitySummary>, ForumError> {
        let (marks, mine) = match viewer.account() {
            Some(a) => (
                self.store().read_marks(&a.username)?,
                self.store().memberships(&a.username)?,
            ),
            None => Default::default(),
        };
        let mut list = Vec::new();
        for community in self.communities(viewer)? {
            let activity = self.store().thread_activity(&community.slug)?;
            let unread = if viewer.account().is_some() {
                activity
                    .iter()
                    .filter(|(thread, last)| marks.get(thread).copied().unwrap_or_default() < *last)
                    .count()
            } else {
                0
            };
            list.push(CommunitySummary {
                members: self.store().member_count(&community.slug)?,
                threads: activity.len(),
                unread,
                joined: mine.contains(&community.slug),
                community,
            });
        }
        // Stable: within each group the name order of `communities` stays.
        list.sort_by_key(|c| !c.joined);
        Ok(list)
    }

    /// One community's figures, for the screen that shows its threads.
    pub fn community_summary(
        &self,
        viewer: &Viewer,
        slug: &str,
    ) -> Result<CommunitySummary, ForumError> {
        let community = self.community(viewer, slug)?;
        let activity = self.store().thread_activity(slug)?;
        let (unread, joined) = match viewer.account() {
            Some(a) => {
                let marks = self.store().read_marks(&a.username)?;
                let unread = activity
                    .iter()
                    .filter(|(thread, last)| marks.get(thread).copied().unwrap_or_default() < *last)
                    .count();
                (unread, self.store().is_community_member(slug, &a.username)?)
            }
            None => (0, false),
        };
        Ok(CommunitySummary {
            members: self.store().member_count(slug)?,
            threads: activity.len(),
            unread,
            joined,
            community,
        })
    }

    /// Joins a community. Joining one already joined changes nothing.
    pub fn join(&self, viewer: &Viewer, slug: &str) -> Result<(), ForumError> {
        let member = self.poster(viewer, "join communities")?;
        let community = self.community(viewer, slug)?;
        self.store()
            .join_community(&community.slug, &member.username, self.now())?;
        self.commit(Change::Membership {
            community: community.slug.clone(),
            username: member.username.clone(),
        })
    }

    pub fn leave(&self, viewer: &Viewer, slug: &str) -> Result<(), ForumError> {
        let member = self.poster(viewer, "leave communities")?;
        let community = self.community(viewer, slug)?;
        self.store()
            .leave_community(&community.slug, &member.username)?;
        self.commit(Change::Membership {
            community: community.slug.clone(),
            username: member.username.clone(),
        })
    }
}
