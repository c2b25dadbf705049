//! The events board and the jobs board.
//!
//! - `event_by_id`: id → Event (JSON). The id is its submission's.
//! - `events_by_end`: end (seconds, order-preserving), id → (). Upcoming events are
//!   the ones that have not ended: a range from now, not a scan of every event.
//! - `rsvp_by_event`: event id, username → Rsvp (JSON).
//! - `rsvps_by_account`: username, 0, event id → Rsvp (JSON). "My events".
//! - `job_by_id`: id → Job (JSON).
//! - `jobs_by_closing`: closing date (`YYYY-MM-DD`), id → (). Open jobs are a
//!   range from today.

use super::discussions::id_from;
use super::editorial::audit_in;
use super::engine::{Pair, TxTree};
use super::{Store, StoreError, UpdateError, from_json, join, to_json, transact};
use crate::domain::{AuditEntry, Event, EventId, Job, JobId, Rsvp};
use jiff::Timestamp;
use jiff::civil::Date;

/// A time as a key that sorts in time order (negative seconds included).
fn time_key(at: Timestamp) -> [u8; 8] {
    ((at.as_second() as u64) ^ (1 << 63)).to_be_bytes()
}

pub(super) fn event_end_key(event: &Event) -> Vec<u8> {
    let mut key = time_key(event.ends.timestamp()).to_vec();
    key.extend_from_slice(&event.id.to_be_bytes());
    key
}

pub(super) fn job_closing_key(job: &Job) -> Vec<u8> {
    let mut key = date_key(job.closes);
    key.extend_from_slice(&job.id.to_be_bytes());
    key
}

fn date_key(date: Date) -> Vec<u8> {
    date.strftime("%Y-%m-%d").to_string().into_bytes()
}

fn rsvp_key(event: EventId, username: &str) -> Vec<u8> {
    let mut key = event.to_be_bytes().to_vec();
    key.extend_from_slice(username.as_bytes());
    key
}

/// Writes a published event and its index entry inside a transaction.
pub(super) fn put_event_in(
    by_id: &TxTree,
    by_end: &TxTree,
    event: &Event,
) -> Result<(), StoreError> {
    let key = event.id.to_be_bytes();
    if let Some(old) = by_id.get(key)? {
        let old: Event = from_json(&old)?;
        by_end.remove(event_end_key(&old))?;
    }
    by_id.insert(key, to_json(event)?)?;
    by_end.insert(event_end_key(event), b"")?;
    Ok(())
}

/// Writes a published job and its index entry inside a transaction.
pub(super) fn put_job_in(by_id: &TxTree, by_closing: &TxTree, job: &Job) -> Result<(), StoreError> {
    let key = job.id.to_be_bytes();
    if let Some(old) = by_id.get(key)? {
        let old: Job = from_json(&old)?;
        by_closing.remove(job_closing_key(&old))?;
    }
    by_id.insert(key, to_json(job)?)?;
    by_closing.insert(job_closing_key(job), b"")?;
    Ok(())
}

impl Store {
    /// Stores a published event as it is (demo content, tests).
    pub fn put_event(&self, event: &Event) -> Result<(), StoreError> {
        let _writing = self.writing();
        transact(
            [&self.event_by_id, &self.events_by_end],
            |[by_id, by_end]| put_event_in(&by_id, &by_end, event),
        )
    }

    pub fn event(&self, id: EventId) -> Result<Option<Event>, StoreError> {
        self.event_by_id
            .get(id.to_be_bytes())?
            .map(|raw| from_json(&raw))
            .transpose()
    }

    /// Events that end after `now`, soonest ending first.
    pub fn events_ending_after(&self, now: Timestamp) -> Result<Vec<Event>, StoreError> {
        self.events_in(self.events_by_end.range(Some(&time_key(now)), None))
    }

    /// Events that ended by `now`, the most recent first, at most `limit`.
    pub fn events_ended_by(&self, now: Timestamp, limit: usize) -> Result<Vec<Event>, StoreError> {
        self.events_in(
            self.events_by_end
                .range(None, Some(&time_key(now)))
                .rev()
                .take(limit),
        )
    }

    fn events_in(
        &self,
        keys: impl Iterator<Item = Result<Pair, StoreError>>,
    ) -> Result<Vec<Event>, StoreError> {
        let mut list = Vec::new();
        for entry in keys {
            let (key, _) = entry?;
            if let Some(event) = self.event(EventId(id_from(&key)))? {
                list.push(event);
            }
        }
        Ok(list)
    }

    /// Records `username`'s answer to an event, or clears it (`None`).
    pub fn set_rsvp(
        &self,
        event: EventId,
        username: &str,
        answer: Option<Rsvp>,
    ) -> Result<(), StoreError> {
        let _writing = self.writing();
        transact(
            [&self.rsvp_by_event, &self.rsvps_by_account],
            |[by_event, by_account]| {
                let (k1, k2) = (
                    rsvp_key(event, username),
                    join(username, &event.to_be_bytes()),
                );
                match answer {
                    Some(answer) => {
                        let value = to_json(&answer)?;
                        by_event.insert(k1, &value)?;
                        by_account.insert(k2, value)?;
                    }
                    None => {
                        by_event.remove(k1)?;
                        by_account.remove(k2)?;
                    }
                }
                Ok::<_, StoreError>(())
            },
        )
    }

    /// Every answer to an event: (username, answer).
    pub fn rsvps_for(&self, event: EventId) -> Result<Vec<(String, Rsvp)>, StoreError> {
        let mut list = Vec::new();
        for entry in self.rsvp_by_event.scan_prefix(event.to_be_bytes()) {
            let (key, value) = entry?;
            let name = String::from_utf8_lossy(&key[8..]).into_owned();
            list.push((name, from_json(&value)?));
        }
        Ok(list)
    }

    /// A member's answers: (event id, answer).
    pub fn rsvps_of(&self, username: &str) -> Result<Vec<(EventId, Rsvp)>, StoreError> {
        let mut list = Vec::new();
        for entry in self.rsvps_by_account.scan_prefix(join(username, b"")) {
            let (key, value) = entry?;
            list.push((EventId(id_from(&key)), from_json(&value)?));
        }
        Ok(list)
    }

    /// Stores a published job as it is (demo content, tests).
    pub fn put_job(&self, job: &Job) -> Result<(), StoreError> {
        let _writing = self.writing();
        transact(
            [&self.job_by_id, &self.jobs_by_closing],
            |[by_id, by_closing]| put_job_in(&by_id, &by_closing, job),
        )
    }

    pub fn job(&self, id: JobId) -> Result<Option<Job>, StoreError> {
        self.job_by_id
            .get(id.to_be_bytes())?
            .map(|raw| from_json(&raw))
            .transpose()
    }

    /// Jobs whose closing date is `from` or later, soonest closing first.
    pub fn jobs_closing_from(&self, from: Date) -> Result<Vec<Job>, StoreError> {
        self.jobs_in(self.jobs_by_closing.range(Some(&date_key(from)), None))
    }

    /// Jobs whose closing date is before `before`, the latest first, at most `limit`.
    pub fn jobs_closed_before(&self, before: Date, limit: usize) -> Result<Vec<Job>, StoreError> {
        self.jobs_in(
            self.jobs_by_closing
                .range(None, Some(&date_key(before)))
                .rev()
                .take(limit),
        )
    }

    fn jobs_in(
        &self,
        keys: impl Iterator<Item = Result<Pair, StoreError>>,
    ) -> Result<Vec<Job>, StoreError> {
        let mut list = Vec::new();
        for entry in keys {
            let (key, _) = entry?;
            if let Some(job) = self.job(JobId(id_from(&key)))? {
                list.push(job);
            }
        }
        Ok(list)
    }

    /// Changes an event as stored now, with the audit entry `change` returns, in
    /// one transaction; `change` may refuse.
    pub fn update_event<E>(
        &self,
        id: EventId,
        change: impl Fn(&mut Event) -> Result<Option<AuditEntry>, E>,
    ) -> Result<Event, UpdateError<E>> {
        let _writing = self.writing();
        let trees = [
            &self.event_by_id,
            &self.events_by_end,
            &self.meta,
            &self.audit_by_id,
        ];
        transact(trees, |[by_id, by_end, meta, audit]| {
            let Some(raw) = by_id.get(id.to_be_bytes())? else {
                return Err(UpdateError::NotFound);
            };
            let mut event: Event = from_json(&raw)?;
            let entry = change(&mut event).map_err(UpdateError::Refused)?;
            put_event_in(&by_id, &by_end, &event)?;
            audit_in(&meta, &audit, entry)?;
            Ok(event)
        })
    }

    /// Changes a job as stored now, with the audit entry `change` returns (if
    /// any), in one transaction; `change` may refuse.
    pub fn update_job<E>(
        &self,
        id: JobId,
        change: impl Fn(&mut Job) -> Result<Option<AuditEntry>, E>,
    ) -> Result<Job, UpdateError<E>> {
        let _writing = self.writing();
        let trees = [
            &self.job_by_id,
            &self.jobs_by_closing,
            &self.meta,
            &self.audit_by_id,
        ];
        transact(trees, |[by_id, by_closing, meta, audit]| {
            let Some(raw) = by_id.get(id.to_be_bytes())? else {
                return Err(UpdateError::NotFound);
            };
            let mut job: Job = from_json(&raw)?;
            let entry = change(&mut job).map_err(UpdateError::Refused)?;
            put_job_in(&by_id, &by_closing, &job)?;
            audit_in(&meta, &audit, entry)?;
            Ok(job)
        })
    }
}
