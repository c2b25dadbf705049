//! The new-member rule (`[editorial] new_member_posts`, off by default): a
//! member's first N discussion posts wait in the review queue, unseen by others,
//! until the committee approves them. Approval publishes the post where it was
//! written; changes requested send it back to its author; rejection drops it.

use super::{FieldErrors, Forum, ForumError, Viewer, sanitize};
use crate::domain::{Account, DraftPlace, HeldPost, Item, ReviewState, Role, SubmissionId};

impl Forum {
    /// Whether `author`'s next post waits for review.
    pub(super) fn held_for_review(&self, author: &Account) -> Result<bool, ForumError> {
        let wanted = self.editorial().new_member_posts;
        if wanted == 0 || author.role >= Role::Moderator {
            return Ok(false);
        }
        let published = self
            .store()
            .submissions_of(&author.username)?
            .iter()
            .filter(|s| matches!(s.item, Item::Post(_)) && s.state == ReviewState::Approved)
            .count();
        Ok(published < wanted as usize)
    }

    /// Sends a checked post to the queue instead of the thread; the draft it was
    /// written in goes, as it would on posting. Returns [`ForumError::Held`], or
    /// why the post could not be kept.
    pub(super) fn hold(&self, author: &Account, post: HeldPost, draft: &DraftPlace) -> ForumError {
        let submission = match self.save_submission(author, None, Item::Post(post), true) {
            Ok(s) => s,
            Err(e) => return e,
        };
        if let Err(e) = self.store().remove_draft(&author.username, draft) {
            tracing::warn!(username = %author.username, error = %e, "draft of a held post not removed");
        }
        tracing::info!(username = %author.username, submission = %submission.id, "post held for review");
        ForumError::Held(submission.id)
    }

    /// The author's changed text for a post returned with changes requested,
    /// sent for review again.
    pub fn resubmit_post(
        &self,
        viewer: &Viewer,
        id: SubmissionId,
        title: &str,
        body: &str,
    ) -> Result<(), ForumError> {
        let author = self.writer(viewer, &crate::t!("forum-new-member-review-doing-post"))?;
        let Some(Item::Post(mut held)) = self.store().submission(id)?.map(|s| s.item) else {
            return Err(ForumError::NotFound(crate::t!(
                "forum-missing-submission",
                id = id.to_string()
            )));
        };
        let mut errors = FieldErrors::default();
        if held.parent.is_none() {
            super::discussions::check_title(title, &mut errors);
            held.title = sanitize::inline(title.trim()).into_owned();
        }
        super::discussions::check_body(body, &mut errors);
        errors.into_result()?;
        held.body = super::discussions::clean_body(body);
        held.mentions = super::mentions::find_for(self, &held.body, &author)?;
        self.save_submission(&author, Some(id), Item::Post(held), true)
            .map(drop)
    }
}
