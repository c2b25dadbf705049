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
    AuditAction, Correction, Event, EventId, EventProposal, Job, JobId, JobProposal, Target,
    Username,
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

/// A field's value before and after, as the audit log keeps it.
type Values = (String, String);

/// The fields that differ, with their values before and after, cut short.
fn changed(pairs: &[(&str, String, String)]) -> Vec<(String, Values)> {
    let cut = |v: &str| -> String {
        let mut s: String = v.chars().take(80).collect();
        if v.chars().count() > 80 {
            s.push('…');
        }
        s
    };
    pairs
        .iter()
        .filter(|(_, before, after)| before != after)
        .map(|(name, before, after)| (name.to_string(), (cut(before), cut(after))))
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
        let actor = self.writer(viewer, &crate::t!("forum-corrections-doing-correct-events"))?;
        let current = self.event(viewer, id)?.event;
        if !self.may_correct(viewer, &current.posted_by) {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-corrections-event-not-yours"
            )));
        }
        let checked = super::events::check(proposal, true, self.now())?;
        let new = super::events::parse(&checked).map_err(ForumError::Invalid)?;
        let reason = audit::reason(reason)?;
        let now: Timestamp = self.now();
        let result = self.store().update_event(id, |event| {
            refuse_withdrawn(event.withdrawn.is_some())?;
            let p = |e: &Event| super::corrections::event_proposal_of(e);
            let (was, now_is) = (p(event), p(&new));
            let fields = changed(&[
                ("kind", was.kind.label().into(), now_is.kind.label().into()),
                ("title", was.title, now_is.title),
                ("starts", was.starts, now_is.starts),
                ("ends", was.ends, now_is.ends),
                ("time zone", was.time_zone, now_is.time_zone),
                ("online link", was.online, now_is.online),
                ("city", was.city, now_is.city),
                ("country", was.country, now_is.country),
                ("organizer", was.organizer, now_is.organizer),
                ("deadline", was.deadline, now_is.deadline),
                ("description", was.description, now_is.description),
                ("tags", was.tags, now_is.tags),
                (
                    "classification",
                    format!("{:?}", event.classification),
                    format!("{:?}", new.classification),
                ),
            ]);
            let record = correction(
                &actor.username,
                format!("event {id} ({})", event.title),
                &reason,
                &fields,
                now,
            )?;
            let mut corrections = event.corrections.clone();
            corrections.push(Correction {
                by: actor.username.to_string(),
                reason: reason.clone(),
                at: now,
            });
            *event = Event {
                id: event.id,
                posted_by: event.posted_by.clone(),
                published_at: event.published_at,
                withdrawn: None,
                corrections,
                ..new.clone()
            };
            Ok(record)
        });
        let event = super::withdraw::updated(
            result,
            &crate::t!("forum-missing-event", id = id.to_string()),
        )?;
        // Those who said they are going or interested plan by it: tell them.
        let title = super::sanitize::inline(&event.title);
        let why = super::sanitize::inline(&reason);
        let args = [("title", &*title), ("reason", &*why)];
        let mut told = Vec::new();
        for (name, _) in self.store().rsvps_for(id)? {
            if name != actor.username.as_str() {
                let target = Target::Event { id };
                told.extend(self.tell_one_words(
                    &actor.username,
                    &name,
                    "forum-corrections-event-corrected",
                    &args,
                    target,
                )?);
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
        let actor = self.writer(viewer, &crate::t!("forum-corrections-doing-correct-jobs"))?;
        let current = self.job(id)?;
        if !self.may_correct(viewer, &current.posted_by) {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-corrections-job-not-yours"
            )));
        }
        let checked = super::jobs::check(proposal, true, self.now())?;
        let new = super::jobs::parse(&checked).map_err(ForumError::Invalid)?;
        let reason = audit::reason(reason)?;
        let now = self.now();
        let result = self.store().update_job(id, |job| {
            refuse_withdrawn(job.withdrawn.is_some())?;
            let (was, now_is) = (job_proposal_of(job), job_proposal_of(&new));
            let fields = changed(&[
                ("kind", was.kind.label().into(), now_is.kind.label().into()),
                ("title", was.title, now_is.title),
                ("organization", was.organization, now_is.organization),
                ("location", was.location, now_is.location),
                ("country", was.country, now_is.country),
                (
                    "region",
                    format!("{:?}", was.region),
                    format!("{:?}", now_is.region),
                ),
                ("remote", was.remote.to_string(), now_is.remote.to_string()),
                ("closing date", was.closes, now_is.closes),
                (
                    "strategies",
                    format!("{:?}", was.strategies),
                    format!("{:?}", now_is.strategies),
                ),
                (
                    "competencies",
                    format!("{:?}", was.competencies),
                    format!("{:?}", now_is.competencies),
                ),
                ("tags", was.tags, now_is.tags),
                ("description", was.description, now_is.description),
                ("how to apply", was.how_to_apply, now_is.how_to_apply),
            ]);
            let record = correction(
                &actor.username,
                format!("{} {id} ({})", job.kind.label(), job.title),
                &reason,
                &fields,
                now,
            )?;
            let mut corrections = job.corrections.clone();
            corrections.push(Correction {
                by: actor.username.to_string(),
                reason: reason.clone(),
                at: now,
            });
            *job = Job {
                id: job.id,
                posted_by: job.posted_by.clone(),
                published_at: job.published_at,
                closed_early: job.closed_early,
                withdrawn: None,
                corrections,
                ..new.clone()
            };
            Ok(record)
        });
        let job =
            super::withdraw::updated(result, &crate::t!("forum-missing-job", id = id.to_string()))?;
        self.commit(Change::Board)?;
        self.reindex(super::indexing::Reindex::Job(id));
        tracing::info!(by = %actor.username, job = %id, "job corrected");
        Ok(job)
    }
}

/// The audit entry of a correction to `target`, or a refusal when no field
/// changed.
/// The audit log keeps each changed field's value before and after, so the
/// committee sees what was approved and what it became.
fn correction(
    by: &str,
    target: String,
    reason: &str,
    fields: &[(String, Values)],
    now: Timestamp,
) -> Result<Option<crate::domain::AuditEntry>, ForumError> {
    if fields.is_empty() {
        return Err(ForumError::NotAllowed(crate::t!(
            "forum-corrections-nothing-changed"
        )));
    }
    let side = |pick: fn(&Values) -> &String| -> String {
        fields
            .iter()
            .map(|(name, values)| format!("{name}: {}", pick(values)))
            .collect::<Vec<_>>()
            .join("; ")
    };
    Ok(Some(
        Record {
            by,
            action: AuditAction::Correct,
            target,
            reason,
            before: side(|v| &v.0),
            after: side(|v| &v.1),
        }
        .entry(now),
    ))
}

fn refuse_withdrawn(withdrawn: bool) -> Result<(), ForumError> {
    if withdrawn {
        return Err(ForumError::NotAllowed(crate::t!(
            "forum-corrections-withdrawn"
        )));
    }
    Ok(())
}
