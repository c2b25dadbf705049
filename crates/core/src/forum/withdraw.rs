//! The committee takes an approved event or job off its board (cancelled, changed
//! since review, spam), with a reason that its poster and those who answered it
//! are shown, and an entry in the audit log written with it.

use super::audit::{self, Record};
use super::capabilities::Capability;
use super::{Change, Forum, ForumError, Viewer};
use crate::domain::{AuditAction, AuditEntry, EventId, Hiding, JobId, Target};
use crate::store::UpdateError;

/// A board update's outcome in the forum's words.
pub(super) fn updated<T>(
    result: Result<T, UpdateError<ForumError>>,
    what: &str,
) -> Result<T, ForumError> {
    match result {
        Ok(value) => Ok(value),
        Err(UpdateError::Refused(e)) => Err(e),
        Err(UpdateError::NotFound | UpdateError::KeyTaken) => {
            Err(ForumError::NotFound(what.into()))
        }
        Err(UpdateError::Store(e)) => Err(e.into()),
    }
}

/// Marks an item withdrawn (refused when it is already) and returns the audit
/// entry for it.
fn withdrawal(
    by: &str,
    reason: &str,
    now: jiff::Timestamp,
    withdrawn: &mut Option<Hiding>,
    target: String,
    board: &str,
) -> Result<Option<AuditEntry>, ForumError> {
    if let Some(hiding) = withdrawn {
        return Err(ForumError::NotAllowed(crate::t!(
            "forum-withdraw-already",
            by = hiding.by.as_str(),
            at = hiding.at.strftime("%Y-%m-%d %H:%M UTC").to_string()
        )));
    }
    *withdrawn = Some(Hiding {
        by: by.into(),
        reason: reason.into(),
        at: now,
    });
    Ok(Some(
        Record {
            by,
            action: AuditAction::Withdraw,
            target,
            reason,
            before: format!("on the {board} board"),
            after: "withdrawn".into(),
        }
        .entry(now),
    ))
}

impl Forum {
    pub fn withdraw_event(
        &self,
        viewer: &Viewer,
        id: EventId,
        reason: &str,
    ) -> Result<(), ForumError> {
        let actor = self.require(
            viewer,
            Capability::WithdrawItems,
            &crate::t!("forum-withdraw-doing-withdraw-events"),
        )?;
        let reason = audit::reason(reason)?;
        let now = self.now();
        let result = self.store().update_event(id, |event| {
            let target = format!("event {id} ({})", event.title);
            withdrawal(
                &actor.username,
                &reason,
                now,
                &mut event.withdrawn,
                target,
                "events",
            )
        });
        let event = updated(
            result,
            &crate::t!("forum-missing-event", id = id.to_string()),
        )?;
        let title = super::sanitize::inline(&event.title);
        let why = super::sanitize::inline(&reason);
        let args = [("title", &*title), ("reason", &*why)];
        let mut told = Vec::new();
        let answered = self
            .store()
            .rsvps_for(id)?
            .into_iter()
            .map(|(name, _)| name);
        for to in std::iter::once(event.posted_by.to_string()).chain(answered) {
            if !told.contains(&to) {
                let target = Target::Event { id };
                told.extend(self.tell_one_words(
                    &actor.username,
                    &to,
                    "forum-withdraw-event-withdrawn",
                    &args,
                    target,
                )?);
            }
        }
        self.commit(Change::Board)?;
        self.reindex(super::indexing::Reindex::Event(id));
        self.announce_told(told);
        tracing::info!(by = %actor.username, event = %id, "event withdrawn");
        Ok(())
    }

    pub fn withdraw_job(&self, viewer: &Viewer, id: JobId, reason: &str) -> Result<(), ForumError> {
        let actor = self.require(
            viewer,
            Capability::WithdrawItems,
            &crate::t!("forum-withdraw-doing-withdraw-jobs"),
        )?;
        let reason = audit::reason(reason)?;
        let now = self.now();
        let result = self.store().update_job(id, |job| {
            let target = format!("{} {id} ({})", job.kind.label(), job.title);
            withdrawal(
                &actor.username,
                &reason,
                now,
                &mut job.withdrawn,
                target,
                "jobs",
            )
        });
        let job = updated(result, &crate::t!("forum-missing-job", id = id.to_string()))?;
        let title = super::sanitize::inline(&job.title);
        let why = super::sanitize::inline(&reason);
        let told = self.tell_one_words(
            &actor.username,
            &job.posted_by,
            "forum-withdraw-job-withdrawn",
            &[
                ("kind", job.kind.slug()),
                ("title", &*title),
                ("reason", &*why),
            ],
            Target::Job { id },
        )?;
        self.commit(Change::Board)?;
        self.reindex(super::indexing::Reindex::Job(id));
        self.announce_told(told);
        tracing::info!(by = %actor.username, job = %id, "job withdrawn");
        Ok(())
    }
}
