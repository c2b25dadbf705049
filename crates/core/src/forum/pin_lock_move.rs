//! The committee's care of threads: locking, pinning and moving them, each with a
//! reason in the audit log.

use super::audit::{self, Record};
use super::capabilities::Capability;
use super::{Change, Forum, ForumError, Viewer};
use crate::domain::{AuditAction, Slug, Thread, ThreadId};
use crate::store::UpdateError;

/// What the committee does to a thread.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ThreadAction {
    Lock,
    Unlock,
    Pin,
    Unpin,
    /// To the community with this slug.
    Move(String),
}

impl ThreadAction {
    fn audit(&self) -> AuditAction {
        match self {
            ThreadAction::Lock => AuditAction::Lock,
            ThreadAction::Unlock => AuditAction::Unlock,
            ThreadAction::Pin => AuditAction::Pin,
            ThreadAction::Unpin => AuditAction::Unpin,
            ThreadAction::Move(_) => AuditAction::Move,
        }
    }
}

/// The part of a thread an action changes, as the audit log shows it.
fn state(action: &ThreadAction, thread: &Thread) -> String {
    match action {
        ThreadAction::Lock | ThreadAction::Unlock => {
            if thread.locked { "locked" } else { "open" }.into()
        }
        ThreadAction::Pin | ThreadAction::Unpin => if thread.pinned {
            "pinned"
        } else {
            "not pinned"
        }
        .into(),
        ThreadAction::Move(_) => thread.community.to_string(),
    }
}

impl Forum {
    pub fn steer_thread(
        &self,
        viewer: &Viewer,
        id: ThreadId,
        action: ThreadAction,
        reason: &str,
    ) -> Result<Thread, ForumError> {
        let actor = self.require(
            viewer,
            Capability::SteerThreads,
            &crate::t!("forum-pin-lock-move-doing-steer-threads"),
        )?;
        let reason = audit::reason(reason)?;
        if let ThreadAction::Move(to) = &action {
            self.community(viewer, to)?;
        }
        let now = self.now();
        let result = self.store().update_thread(id, |thread| {
            let before = state(&action, thread);
            let already = |id: &str| Err(ForumError::NotAllowed(crate::lang::text(id)));
            match &action {
                ThreadAction::Lock if thread.locked => {
                    return already("forum-pin-lock-move-already-locked");
                }
                ThreadAction::Unlock if !thread.locked => {
                    return already("forum-pin-lock-move-already-open");
                }
                ThreadAction::Pin if thread.pinned => {
                    return already("forum-pin-lock-move-already-pinned");
                }
                ThreadAction::Unpin if !thread.pinned => {
                    return already("forum-pin-lock-move-already-not-pinned");
                }
                ThreadAction::Move(to) if *to == thread.community => {
                    return Err(ForumError::NotAllowed(crate::t!(
                        "forum-pin-lock-move-already-in",
                        community = to.as_str()
                    )));
                }
                ThreadAction::Lock | ThreadAction::Unlock => thread.locked = !thread.locked,
                ThreadAction::Pin | ThreadAction::Unpin => thread.pinned = !thread.pinned,
                ThreadAction::Move(to) => thread.community = Slug::from(to),
            }
            let record = Record {
                by: &actor.username,
                action: action.audit(),
                target: format!("thread {id} ({})", thread.title),
                reason: &reason,
                before,
                after: state(&action, thread),
            };
            Ok(Some(record.entry(now)))
        });
        let (before, after) = match result {
            Ok(done) => done,
            Err(UpdateError::Refused(e)) => return Err(e),
            Err(UpdateError::Store(e)) => return Err(e.into()),
            Err(_) => {
                return Err(ForumError::NotFound(crate::t!(
                    "forum-missing-thread",
                    id = id.to_string()
                )));
            }
        };
        self.commit(Change::PostChanged {
            community: after.community.clone(),
            thread: id,
            post: id.opening_post(),
        })?;
        if before.community != after.community {
            self.announce(Change::PostChanged {
                community: before.community.clone(),
                thread: id,
                post: id.opening_post(),
            });
        }
        self.announce(Change::Editorial);
        Ok(after)
    }
}
