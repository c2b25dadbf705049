//! What a member has read, and the drafts they left. Neither is a promise made to
//! anyone, so neither waits for a flush: the engine writes them out soon (sled within
//! half a second),
//! and a dropped connection saves the draft as the session ends.

use super::{Change, Forum, ForumError, Viewer, sanitize};
use crate::domain::{Draft, DraftPlace, LastPlace, PostId, ThreadId};

/// How many drafts a member keeps, one per place written in: past it, a draft
/// in a new place lets go of the oldest.
pub const DRAFTS_KEPT: usize = 100;

impl Forum {
    /// Records that the viewer has seen `thread` up to post `upto`. Guests have no
    /// marks. Cheap enough to call from a screen.
    pub fn mark_read(
        &self,
        viewer: &Viewer,
        thread: ThreadId,
        upto: PostId,
    ) -> Result<(), ForumError> {
        let Some(account) = viewer.account() else {
            return Ok(());
        };
        if self.store().read_mark(&account.username, thread)? >= upto {
            return Ok(());
        }
        self.store().mark_read(&account.username, thread, upto)?;
        self.read_notices_of_thread(&account.username, thread, upto)?;
        self.announce(Change::Read(account.username.clone()));
        Ok(())
    }

    /// Marks every thread of community `slug` read up to its latest post;
    /// returns how many threads had unread posts.
    pub fn mark_community_read(&self, viewer: &Viewer, slug: &str) -> Result<usize, ForumError> {
        let Some(account) = viewer.account() else {
            return Ok(0);
        };
        let community = self.community(viewer, slug)?;
        let marks = self.store().read_marks(&account.username)?;
        let mut marked = 0;
        for (thread, last) in self.store().thread_activity(&community.slug)? {
            if marks.get(&thread).copied().unwrap_or_default() < last {
                self.store().mark_read(&account.username, thread, last)?;
                self.read_notices_of_thread(&account.username, thread, last)?;
                marked += 1;
            }
        }
        if marked > 0 {
            self.announce(Change::Read(account.username.clone()));
        }
        Ok(marked)
    }

    /// The viewer's draft for `place`, if they left one.
    pub fn draft(&self, viewer: &Viewer, place: &DraftPlace) -> Result<Option<Draft>, ForumError> {
        match viewer.account() {
            Some(a) => Ok(self.store().draft(&a.username, place)?),
            None => Ok(None),
        }
    }

    /// Keeps what the viewer is writing; an empty draft removes the stored one.
    pub fn save_draft(
        &self,
        viewer: &Viewer,
        place: DraftPlace,
        title: &str,
        body: &str,
    ) -> Result<(), ForumError> {
        let Some(account) = viewer.account() else {
            return Ok(());
        };
        if title.trim().is_empty() && body.trim().is_empty() {
            return Ok(self.store().remove_draft(&account.username, &place)?);
        }
        if self.store().draft(&account.username, &place)?.is_none() {
            self.make_room_for_a_draft(&account.username)?;
        }
        let draft = Draft {
            place,
            // Capped so a runaway paste cannot fill the disk through drafts.
            title: sanitize::inline(title).chars().take(1_000).collect(),
            body: sanitize::multiline(body)
                .chars()
                .take(super::discussions::BODY_MAX * 2)
                .collect(),
            saved_at: self.now(),
        };
        Ok(self.store().put_draft(&account.username, &draft)?)
    }

    /// Lets go of a member's oldest drafts when they keep [`DRAFTS_KEPT`]
    /// already: each place written in keeps one, and a member who opens the
    /// composer on every post must not fill the disk.
    fn make_room_for_a_draft(&self, username: &str) -> Result<(), ForumError> {
        let mut drafts = self.store().drafts_of(username)?;
        if drafts.len() < DRAFTS_KEPT {
            return Ok(());
        }
        drafts.sort_by_key(|d| d.saved_at);
        for old in &drafts[..=drafts.len() - DRAFTS_KEPT] {
            self.store().remove_draft(username, &old.place)?;
            tracing::info!(username, place = %old.place.key(), "oldest draft let go");
        }
        Ok(())
    }

    pub fn discard_draft(&self, viewer: &Viewer, place: &DraftPlace) -> Result<(), ForumError> {
        match viewer.account() {
            Some(a) => Ok(self.store().remove_draft(&a.username, place)?),
            None => Ok(()),
        }
    }

    /// Remembers where the viewer's session ended; guests have none.
    pub fn remember_last_place(
        &self,
        viewer: &Viewer,
        last_place: &LastPlace,
    ) -> Result<(), ForumError> {
        if let Some(account) = viewer.account() {
            self.store().put_last_place(&account.username, last_place)?;
        }
        Ok(())
    }

    /// Where the viewer's last session ended.
    pub fn last_place(&self, viewer: &Viewer) -> Result<LastPlace, ForumError> {
        match viewer.account() {
            Some(a) => Ok(self.store().last_place(&a.username)?),
            None => Ok(LastPlace::Home),
        }
    }
}

#[cfg(test)]
#[path = "reading_tests.rs"]
mod tests;
