//! A poster corrects what the committee approved: an event's time or place, a
//! job's closing date, a typo. The correction shows at once — waiting for a
//! second review would leave a wrong time on the board — and is audited: the
//! log keeps what changed and why, the committee can still withdraw the item,
//! and those who answered an event are told.
//!
//! | action                      | guest | member | its poster | moderator, admin |
//! | --------------------------- | ----- | ------ | ---------- | ---------------- |
//! | correct an event or a job   | no    | no     | yes        | yes              |

use jiff::Timestamp;

use super::audit::{self, Record};
use super::capabilities::Capability;
use super::{Change, Forum, ForumError, Viewer};
use crate::domain::{
    AuditAction, Event, EventId, EventProposal, Job, JobId, JobProposal, Target, Username,
};

/// An approved event as its form shows it, to correct.
pub fn event_proposal_of(e: &Event) -> EventProposal {
    let zone = e
        .starts
        .time_zone()
        .iana_name()
        .unwrap_or("UTC")
        .to_string();
    let c = &e.classification;
    EventProposal {
        kind: e.kind,
        title: e.title.clone(),
        starts: e.starts.strftime("%Y-%m-%d %H:%M").to_string(),
        ends: e.ends.strftime("%Y-%m-%d %H:%M").to_string(),
        time_zone: zone,
        online: e.online.clone(),
        city: e.city.clone(),
        country: e.country.clone(),
        organizer: e.organizer.clone(),
        deadline: e.deadline.map(|d| d.to_string()).unwrap_or_default(),
        description: e.description.clone(),
        strategies: c.strategies.clone(),
        region: c.region,
        tags: c.tags.join(", "),
        competencies: c.competencies.clone(),
        audiences: c.audiences.clone(),
    }
}

/// An approved job as its form shows it, to correct.
pub fn job_proposal_of(j: &Job) -> JobProposal {
    JobProposal {
        kind: j.kind,
        title: j.title.clone(),
        organization: j.organization.clone(),
        location: j.location.clone(),
        country: j.country.clone(),
        region: j.region,
        remote: j.remote,
        closes: j.closes.to_string(),
        strategies: j.strategies.clone(),
        competencies: j.competencies.clone(),
        tags: j.tags.join(", "),
        description: j.description.clone(),
        how_to_apply: j.how_to_apply.clone(),
    }
}

/// The names of the fields that differ, for the audit log.
fn changed(pairs: &[(&str, bool)]) -> Vec<String> {
    pairs
        .iter()
        .filter(|(_, same)| !same)
        .map(|(name, _)| name.to_string())
        .collect()
}

impl Forum {
    /// Whether `viewer` may correct an approved item posted by `poster`.
    pub fn may_correct(&self, viewer: &Viewer, poster: &Username) -> bool {
        viewer
            .account()
            .is_some_and(|a| &a.username == poster || self.may(viewer, Capability::WithdrawItems))
    }

    /// Corrects an approved event; refused once withdrawn or when nothing changed.
    pub fn correct_event(
        &self,
        viewer: &Viewer,
        id: EventId,
        proposal: EventProposal,
        reason: &str,
    ) -> Result<Event, ForumError> {
        let actor = self.writer(viewer, "correct events")?;
        let current = self.event(viewer, id)?.event;
        if !self.may_correct(viewer, &current.posted_by) {
            return Err(ForumError::NotAllowed(
                "only its poster and the editorial committee correct an event".into(),
            ));
        }
        let checked = super::events::check(proposal, true, self.now())?;
        let new = super::events::parse(&checked).map_err(ForumError::Invalid)?;
        let reason = audit::reason(reason)?;
        let now: Timestamp = self.now();
        let result = self.store().update_event(id, |event| {
            refuse_withdrawn(event.withdrawn.is_some())?;
            let fields = changed(&[
                ("kind", event.kind == new.kind),
                ("title", event.title == new.title),
                ("starts", event.starts == new.starts),
                ("ends", event.ends == new.ends),
                ("online link", event.online == new.online),
                ("city", event.city == new.city),
                ("country", event.country == new.country),
                ("organizer", event.organizer == new.organizer),
                ("deadline", event.deadline == new.deadline),
                ("description", event.description == new.description),
                ("classification", event.classification == new.classification),
            ]);
            let record = correction(
                &actor.username,
                format!("event {id} ({})", event.title),
                &reason,
                &fields,
                now,
            )?;
            *event = Event {
                id: event.id,
                posted_by: event.posted_by.clone(),
                published_at: event.published_at,
                withdrawn: None,
                ..new.clone()
            };
            Ok(record)
        });
        let event = super::withdraw::updated(result, &format!("event {id}"))?;
        // Those who said they are going or interested plan by it: tell them.
        let text = format!(
            "The event \"{}\" was corrected: {}",
            super::sanitize::inline(&event.title),
            super::sanitize::inline(&reason)
        );
        let mut told = Vec::new();
        for (name, _) in self.store().rsvps_for(id)? {
            if name != actor.username.as_str() {
                let target = Target::Event { id };
                told.extend(self.tell_one(&actor.username, &name, text.clone(), target)?);
            }
        }
        self.commit(Change::Board)?;
        self.reindex(super::indexing::Reindex::Event(id));
        self.announce_told(told);
        tracing::info!(by = %actor.username, event = %id, "event corrected");
        Ok(event)
    }

    /// Corrects an approved job; refused once withdrawn or when nothing changed.
    pub fn correct_job(
        &self,
        viewer: &Viewer,
        id: JobId,
        proposal: JobProposal,
        reason: &str,
    ) -> Result<Job, ForumError> {
        let actor = self.writer(viewer, "correct jobs")?;
        let current = self.job(id)?;
        if !self.may_correct(viewer, &current.posted_by) {
            return Err(ForumError::NotAllowed(
                "only its poster and the editorial committee correct a job".into(),
            ));
        }
        let checked = super::jobs::check(proposal, true, self.now())?;
        let new = super::jobs::parse(&checked).map_err(ForumError::Invalid)?;
        let reason = audit::reason(reason)?;
        let now = self.now();
        let result = self.store().update_job(id, |job| {
            refuse_withdrawn(job.withdrawn.is_some())?;
            let fields = changed(&[
                ("kind", job.kind == new.kind),
                ("title", job.title == new.title),
                ("organization", job.organization == new.organization),
                ("location", job.location == new.location),
                ("country", job.country == new.country),
                ("region", job.region == new.region),
                ("remote", job.remote == new.remote),
                ("closing date", job.closes == new.closes),
                ("strategies", job.strategies == new.strategies),
                ("competencies", job.competencies == new.competencies),
                ("tags", job.tags == new.tags),
                ("description", job.description == new.description),
                ("how to apply", job.how_to_apply == new.how_to_apply),
            ]);
            let record = correction(
                &actor.username,
                format!("{} {id} ({})", job.kind.label(), job.title),
                &reason,
                &fields,
                now,
            )?;
            *job = Job {
                id: job.id,
                posted_by: job.posted_by.clone(),
                published_at: job.published_at,
                closed_early: job.closed_early,
                withdrawn: None,
                ..new.clone()
            };
            Ok(record)
        });
        let job = super::withdraw::updated(result, &format!("job {id}"))?;
        self.commit(Change::Board)?;
        self.reindex(super::indexing::Reindex::Job(id));
        tracing::info!(by = %actor.username, job = %id, "job corrected");
        Ok(job)
    }
}

/// The audit entry of a correction to `target`, or a refusal when no field
/// changed.
fn correction(
    by: &str,
    target: String,
    reason: &str,
    fields: &[String],
    now: Timestamp,
) -> Result<Option<crate::domain::AuditEntry>, ForumError> {
    if fields.is_empty() {
        return Err(ForumError::NotAllowed("nothing in it changed".into()));
    }
    Ok(Some(
        Record {
            by,
            action: AuditAction::Correct,
            target,
            reason,
            before: "as approved".into(),
            after: format!("corrected: {}", fields.join(", ")),
        }
        .entry(now),
    ))
}

fn refuse_withdrawn(withdrawn: bool) -> Result<(), ForumError> {
    if withdrawn {
        return Err(ForumError::NotAllowed(
            "it was withdrawn: a withdrawn item is not corrected".into(),
        ));
    }
    Ok(())
}
