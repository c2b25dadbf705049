//! Changing posts after they are written: a member edits or deletes their own;
//! the committee deletes any, and edits a member's post with a note that is shown
//! with it. Committee changes to others' posts go into the audit log.

use super::FieldName;
use super::audit::Record;
use super::capabilities::Capability;
use super::discussions::{check_body, check_title, clean_body, written};
use super::{Change, FieldErrors, Forum, ForumError, Viewer, mentions, sanitize};
use crate::domain::{Account, AuditAction, Deletion, DraftPlace, Post, PostId};

impl Forum {
    /// Whether `viewer` may edit and delete `post` (its author, or the
    /// committee), as the rules below decide: screens ask this before they
    /// offer the keys. A mute is not counted here: the attempt says so.
    pub fn may_change_post(viewer: &Viewer, post: &Post) -> bool {
        post.deleted.is_none()
            && viewer.account().is_some_and(|a| {
                a.username == post.author || Capability::ChangeOthersPosts.held_by(a)
            })
    }

    /// Edits the actor's own post; the old body goes into its history. Editing the
    /// opening post may change the thread's title too (`title` is ignored for replies).
    pub fn edit_post(
        &self,
        viewer: &Viewer,
        id: PostId,
        title: Option<&str>,
        body: &str,
    ) -> Result<Post, ForumError> {
        self.edit(viewer, id, title, body, None)
    }

    /// The committee edits someone else's post; `note` says why, is shown with
    /// the post, and goes into the audit log.
    pub fn edit_post_as_committee(
        &self,
        viewer: &Viewer,
        id: PostId,
        title: Option<&str>,
        body: &str,
        note: &str,
    ) -> Result<Post, ForumError> {
        self.require(
            viewer,
            Capability::ChangeOthersPosts,
            &crate::t!("forum-editing-doing-edit-others-posts"),
        )?;
        let post = self.edit(viewer, id, title, body, Some(note))?;
        self.announce(Change::Editorial);
        Ok(post)
    }

    fn edit(
        &self,
        viewer: &Viewer,
        id: PostId,
        title: Option<&str>,
        body: &str,
        note: Option<&str>,
    ) -> Result<Post, ForumError> {
        let actor = self.writer(viewer, &crate::t!("forum-editing-doing-edit-posts"))?;
        let mut errors = FieldErrors::default();
        check_body(body, &mut errors);
        if let Some(title) = title {
            check_title(title, &mut errors);
        }
        let note = match note.map(super::audit::reason) {
            Some(Err(_)) => {
                errors.add(FieldName::Note, crate::t!("forum-editing-note-needed"));
                None
            }
            Some(Ok(note)) => Some(note),
            None => None,
        };
        errors.into_result()?;
        let body = clean_body(body);
        let mentioned = mentions::find_for(self, &body, &actor)?;
        let title = title.map(|t| sanitize::inline(t.trim()).into_owned());
        self.paced_edit(&actor, id, &body, title.as_deref(), note.is_some())?;
        let now = self.now();
        let draft = DraftPlace::Edit(id).key();
        let result = self.store().update_post_audited(
            id,
            Some((&actor.username, &draft)),
            |post, thread| {
                if post.author != actor.username && note.is_none() {
                    return Err(ForumError::NotAllowed(crate::t!(
                        "forum-editing-only-your-own-to-edit"
                    )));
                }
                if note.is_some() {
                    post.committee_note.clone_from(&note);
                }
                if post.deleted.is_some() {
                    return Err(ForumError::NotAllowed(crate::t!(
                        "forum-editing-post-was-deleted"
                    )));
                }
                let before = post.body.clone();
                if post.body != body {
                    post.replace_body(body.clone(), now, note.is_some());
                }
                // The names the text now mentions: at most MENTIONS_MAX, however
                // many edits named others before.
                post.mentions.clone_from(&mentioned);
                if let Some(title) = &title
                    && post.parent.is_none()
                {
                    thread.title = title.clone();
                }
                // The committee's edits are audited; a member's own are not.
                let entry = note.as_ref().map(|note| {
                    Record {
                        by: &actor.username,
                        action: AuditAction::Edit,
                        target: format!("post {id} in thread {}", thread.id),
                        reason: note,
                        before: before.clone(),
                        after: post.body.clone(),
                    }
                    .entry(now)
                });
                Ok(entry)
            },
        );
        let (thread, post) = written(result, || {
            crate::t!("forum-missing-post", id = id.to_string())
        })?;
        self.commit(Change::PostChanged {
            community: thread.community.clone(),
            thread: thread.id,
            post: id,
        })?;
        Ok(post)
    }

    /// Counts an edit against its author's pace, once what would refuse it is
    /// ruled out (the write checks again): an edit refused, or one that
    /// changes nothing, is not counted.
    fn paced_edit(
        &self,
        actor: &Account,
        id: PostId,
        body: &str,
        title: Option<&str>,
        by_committee: bool,
    ) -> Result<(), ForumError> {
        let missing = || ForumError::NotFound(crate::t!("forum-missing-post", id = id.to_string()));
        let post = self.store().post(id)?.ok_or_else(missing)?;
        if post.author != actor.username && !by_committee {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-editing-only-your-own-to-edit"
            )));
        }
        if post.deleted.is_some() {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-editing-post-was-deleted"
            )));
        }
        let retitled = match title {
            Some(title) if post.parent.is_none() => self
                .store()
                .thread(post.thread)?
                .is_some_and(|thread| thread.title != title),
            _ => false,
        };
        if post.body != body || retitled {
            self.paced(actor, super::pace::Paced::Editing)?;
        }
        Ok(())
    }

    /// Deletes a post: the author's own, or any post for the committee. It stays in
    /// the tree as "deleted" so the replies under it keep their place.
    pub fn delete_post(&self, viewer: &Viewer, id: PostId) -> Result<Post, ForumError> {
        let actor = self.poster(viewer, &crate::t!("forum-editing-doing-delete-posts"))?;
        let now = self.now();
        let result = self.store().update_post_audited(id, None, |post, thread| {
            if post.author != actor.username && !Capability::ChangeOthersPosts.held_by(&actor) {
                return Err(ForumError::NotAllowed(crate::t!(
                    "forum-editing-only-your-own-to-delete"
                )));
            }
            if post.deleted.is_some() {
                return Err(ForumError::NotAllowed(crate::t!(
                    "forum-editing-already-deleted"
                )));
            }
            post.deleted = Some(Deletion {
                by: actor.username.to_string(),
                at: now,
            });
            // The committee deleting someone's post is audited.
            let entry = (post.author != actor.username).then(|| {
                Record {
                    by: &actor.username,
                    action: AuditAction::Delete,
                    target: format!("post {id} in thread {}", thread.id),
                    reason: "deleted by the editorial committee",
                    before: post.body.clone(),
                    after: "deleted".into(),
                }
                .entry(now)
            });
            Ok(entry)
        });
        let (thread, post) = written(result, || {
            crate::t!("forum-missing-post", id = id.to_string())
        })?;
        self.commit(Change::PostChanged {
            community: thread.community.clone(),
            thread: thread.id,
            post: id,
        })?;
        tracing::info!(username = %actor.username, post = %id, "post deleted");
        Ok(post)
    }
}

#[cfg(test)]
#[path = "editing_tests.rs"]
mod tests;
