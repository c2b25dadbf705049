//! Flags: a member reports a post; the committee resolves the post's flags by
//! hiding it, dismissing them, or acting on its author.
//!
//! | action                    | guest | member, muted | moderator, admin |
//! | ------------------------- | ----- | ------------- | ---------------- |
//! | flag a post               | no    | not their own | not their own    |
//! | read the flags queue      | no    | no            | yes              |
//! | hide, restore, dismiss    | no    | no            | yes              |

use jiff::Timestamp;

use super::FieldName;
use super::audit::{self, Record};
use super::capabilities::Capability;
use super::{Change, FieldErrors, Forum, ForumError, Viewer, sanitize, validate};
use crate::domain::{AuditAction, Flag, FlagReason, Hiding, Post, PostId, SanctionKind, Thread};
use crate::store::UpdateError;

const NOTE_MAX: usize = 500;

/// A flagged post with its open flags, as the committee's queue shows it.
#[derive(Clone, Debug)]
pub struct FlaggedPost {
    pub post: Post,
    pub thread: Thread,
    /// Oldest first.
    pub flags: Vec<Flag>,
}

impl FlaggedPost {
    /// "spam ×2, off-topic", in the reader's language.
    pub fn reasons(&self) -> String {
        summarise(&self.flags, |r| {
            crate::lang::text(&format!("moderation-flag-reason-{}", r.label()))
        })
    }
}

/// The flags' reasons with how many gave each, each reason named by `name`.
fn summarise(flags: &[Flag], name: impl Fn(FlagReason) -> String) -> String {
    let mut counts: Vec<(FlagReason, usize)> = Vec::new();
    for flag in flags {
        match counts.iter_mut().find(|(r, _)| *r == flag.reason) {
            Some((_, n)) => *n += 1,
            None => counts.push((flag.reason, 1)),
        }
    }
    counts
        .iter()
        .map(|(r, n)| match n {
            1 => name(*r),
            n => format!("{} ×{n}", name(*r)),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// How resolving a post's flags reads in the audit log.
fn flags_before(flags: &[Flag]) -> String {
    match flags.len() {
        0 => "no open flags".into(),
        n => format!(
            "{n} open flag{}: {}",
            if n == 1 { "" } else { "s" },
            summarise(flags, |r| r.label().to_string())
        ),
    }
}

impl Forum {
    /// Flags a post for the committee. Flagging it again replaces the earlier flag.
    pub fn flag_post(
        &self,
        viewer: &Viewer,
        id: PostId,
        reason: FlagReason,
        note: &str,
    ) -> Result<Flag, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-flags-doing-flag-posts"))?;
        let post = self.post(viewer, id)?;
        if post.author == me.username {
            return Err(ForumError::NotAllowed(crate::t!("forum-flags-own-post")));
        }
        let note = note.trim();
        if reason == FlagReason::Other && note.chars().count() < 3 {
            return Err(FieldErrors::single(
                FieldName::Note,
                crate::t!("forum-flags-note-needed"),
            ));
        }
        validate::optional_line(note, NOTE_MAX)
            .map_err(|e| FieldErrors::single(FieldName::Note, e))?;
        let flag = Flag {
            post: id,
            by: me.username.clone(),
            reason,
            note: sanitize::inline(note).into_owned(),
            at: self.now(),
        };
        self.store().put_flag(&flag)?;
        self.commit(Change::Editorial)?;
        tracing::info!(by = %me.username, post = %id, reason = reason.label(), "post flagged");
        Ok(flag)
    }

    /// Flagged posts with their flags, the longest-waiting first.
    pub fn flags_queue(&self, viewer: &Viewer) -> Result<Vec<FlaggedPost>, ForumError> {
        self.require(
            viewer,
            Capability::HandleFlags,
            &crate::t!("forum-flags-doing-read-queue"),
        )?;
        let mut queue: Vec<FlaggedPost> = Vec::new();
        for flag in self.store().flags()? {
            if let Some(entry) = queue.last_mut().filter(|e| e.post.id == flag.post) {
                entry.flags.push(flag);
                continue;
            }
            let Some(post) = self.store().post(flag.post)? else {
                continue;
            };
            let Some(thread) = self.store().thread(post.thread)? else {
                continue;
            };
            queue.push(FlaggedPost {
                post,
                thread,
                flags: vec![flag],
            });
        }
        for entry in &mut queue {
            entry.flags.sort_by_key(|f| f.at);
        }
        queue.sort_by_key(|e| e.flags.first().map_or(Timestamp::MAX, |f| f.at));
        Ok(queue)
    }

    /// Hides a post from members (the committee still sees it) and resolves its
    /// flags.
    pub fn hide_post(&self, viewer: &Viewer, id: PostId, reason: &str) -> Result<Post, ForumError> {
        self.set_hidden(viewer, id, reason, true)
    }

    /// Shows a hidden post again.
    pub fn restore_post(
        &self,
        viewer: &Viewer,
        id: PostId,
        reason: &str,
    ) -> Result<Post, ForumError> {
        self.set_hidden(viewer, id, reason, false)
    }

    fn set_hidden(
        &self,
        viewer: &Viewer,
        id: PostId,
        reason: &str,
        hide: bool,
    ) -> Result<Post, ForumError> {
        let actor = self.require(
            viewer,
            Capability::HandleFlags,
            &crate::t!("forum-flags-doing-hide-or-restore"),
        )?;
        let reason = audit::reason(reason)?;
        let now = self.now();
        // Hiding resolves the post's flags: the audit entry says which there were.
        let flags = self.store().flags_on(id)?;
        let result = self.store().update_post_audited(id, None, |post, thread| {
            match (&post.hidden, hide) {
                (Some(_), true) => {
                    return Err(ForumError::NotAllowed(crate::t!(
                        "forum-flags-hidden-already"
                    )));
                }
                (None, false) => {
                    return Err(ForumError::NotAllowed(crate::t!("forum-flags-not-hidden")));
                }
                _ => {}
            }
            if post.parent.is_none() {
                thread.hidden = hide;
            }
            post.hidden = hide.then(|| Hiding {
                by: actor.username.to_string(),
                reason: reason.clone(),
                at: now,
            });
            let (action, before, after) = if hide {
                (
                    AuditAction::Hide,
                    format!("visible; {}", flags_before(&flags)),
                    "hidden".into(),
                )
            } else {
                (AuditAction::Restore, "hidden".into(), "visible".to_string())
            };
            let record = Record {
                by: &actor.username,
                action,
                target: format!("post {id} in thread {}", thread.id),
                reason: &reason,
                before,
                after,
            };
            Ok(Some(record.entry(now)))
        });
        let (thread, post) = match result {
            Ok(done) => done,
            Err(UpdateError::Refused(e)) => return Err(e),
            Err(UpdateError::Store(e)) => return Err(e.into()),
            Err(_) => {
                return Err(ForumError::NotFound(crate::t!(
                    "forum-missing-post",
                    id = id.to_string()
                )));
            }
        };
        if hide {
            self.store().clear_flags(id, |_| None)?;
        }
        self.commit(Change::PostChanged {
            community: thread.community.clone(),
            thread: thread.id,
            post: id,
        })?;
        self.announce(Change::Editorial);
        Ok(post)
    }

    /// Closes a post's flags without acting on the post.
    pub fn dismiss_flags(
        &self,
        viewer: &Viewer,
        id: PostId,
        reason: &str,
    ) -> Result<(), ForumError> {
        let actor = self.require(
            viewer,
            Capability::HandleFlags,
            &crate::t!("forum-flags-doing-dismiss"),
        )?;
        let reason = audit::reason(reason)?;
        self.resolve_flags(&actor.username, id, &reason, "dismissed")
    }

    /// Mutes or bans the author of a flagged post, and so resolves its flags.
    pub fn sanction_author(
        &self,
        viewer: &Viewer,
        id: PostId,
        kind: SanctionKind,
        until: Option<Timestamp>,
        reason: &str,
    ) -> Result<(), ForumError> {
        let actor = self.require(
            viewer,
            Capability::ReviewSubmissions,
            &crate::t!("forum-flags-doing-act-on-authors"),
        )?;
        let post = self.store().post(id)?.ok_or_else(|| {
            ForumError::NotFound(crate::t!("forum-missing-post", id = id.to_string()))
        })?;
        let account = self.sanction(viewer, &post.author, kind, until, reason)?;
        let done = match kind {
            SanctionKind::Muted => "author muted",
            SanctionKind::Banned => "author banned",
        };
        let reason = account.sanction.map(|s| s.reason).unwrap_or_default();
        self.resolve_flags(&actor.username, id, &reason, done)
    }

    fn resolve_flags(
        &self,
        by: &str,
        id: PostId,
        reason: &str,
        done: &str,
    ) -> Result<(), ForumError> {
        let now = self.now();
        let flags = self.store().clear_flags(id, |flags| {
            let record = Record {
                by,
                action: AuditAction::DismissFlags,
                target: format!("post {id}"),
                reason,
                before: flags_before(flags),
                after: done.to_string(),
            };
            Some(record.entry(now))
        })?;
        if flags.is_empty() {
            return Err(ForumError::NotAllowed(crate::t!("forum-flags-none-open")));
        }
        self.commit(Change::Editorial)
    }

    /// Whether `viewer` sees hidden posts as they were written.
    pub fn sees_hidden(&self, viewer: &Viewer) -> bool {
        self.may(viewer, Capability::HandleFlags)
    }
}
