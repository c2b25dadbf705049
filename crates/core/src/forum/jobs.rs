//! The jobs board: jobs, trainings and educational opportunities, submitted
//! through the editorial workflow, open until their closing date (or until their
//! poster closes them early), then kept in the archive.

use jiff::tz::{Offset, TimeZone};
use jiff::{Timestamp, ToSpan};
use serde::{Deserialize, Serialize};

use super::FieldName;
use super::board_fields::{self as fields, LINE_MAX, TITLE_MAX};
use super::capabilities::Capability;
use super::{Change, FieldErrors, Forum, ForumError, Viewer};
use crate::domain::{
    Account, Competency, Item, Job, JobId, JobKind, JobProposal, Region, Submission, SubmissionId,
    tags_from,
};

/// How many closed items the archive shows.
pub const ARCHIVE_SHOWN: usize = 200;
/// Items closing this soon are marked "closing soon".
pub const CLOSING_SOON_DAYS: i64 = 7;

/// Which jobs a board shows (and which new ones a saved alert tells of).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct JobFilter {
    pub kind: Option<JobKind>,
    pub region: Option<Region>,
    /// Only items that can be done remotely.
    pub remote: bool,
    pub competency: Option<Competency>,
}

impl JobFilter {
    pub fn is_empty(&self) -> bool {
        *self == JobFilter::default()
    }

    /// The filter in words, one part each: `["Consultancy", "remote"]`.
    pub fn parts(&self) -> Vec<String> {
        let mut parts = Vec::new();
        if let Some(k) = self.kind {
            parts.push(crate::terms::job_kind(k));
        }
        if let Some(r) = self.region {
            parts.push(crate::terms::region(r));
        }
        if self.remote {
            parts.push(crate::t!("jobs-place-remote"));
        }
        if let Some(c) = self.competency {
            parts.push(crate::terms::competency(c));
        }
        parts
    }

    pub(super) fn admits(&self, job: &Job) -> bool {
        self.kind.is_none_or(|k| k == job.kind)
            && self.region.is_none_or(|r| job.region == Some(r))
            && (!self.remote || job.remote)
            && self
                .competency
                .is_none_or(|c| job.competencies.contains(&c))
    }
}

/// Checks a proposed job and returns it cleaned. A draft needs only a title.
pub(super) fn check(p: JobProposal, send: bool, now: Timestamp) -> Result<JobProposal, ForumError> {
    let mut errors = FieldErrors::default();
    fields::title(
        &mut errors,
        &p.title,
        &crate::t!("forum-jobs-what-title"),
        TITLE_MAX,
    );
    if send {
        // Every field's error at once: the closing date is checked even while
        // other fields are wrong, not revealed only once they are fixed.
        if let Err(e) = parse(&p) {
            errors.0.extend(e.0);
        }
        if let Ok(closes) = fields::date(&p.closes)
            && crate::domain::closing_instant(closes) <= now
        {
            errors.add(FieldName::Closes, crate::t!("forum-jobs-closing-passed"));
        }
    }
    for (field, value) in [
        (FieldName::Organization, &p.organization),
        (FieldName::Location, &p.location),
        (FieldName::Country, &p.country),
    ] {
        fields::optional(&mut errors, field, value, LINE_MAX);
    }
    fields::description(&mut errors, &p.description, send);
    if p.how_to_apply.trim().chars().count() > fields::DESCRIPTION_MAX {
        errors.add(
            FieldName::HowToApply,
            crate::t!("forum-board-fields-at-most", max = fields::DESCRIPTION_MAX),
        );
    }
    fields::tags(&mut errors, &p.tags);
    let mut seen = Vec::new();
    errors.0.retain(|(field, _)| {
        let first = !seen.contains(field);
        seen.push(*field);
        first
    });
    errors.into_result()?;
    Ok(JobProposal {
        title: fields::clean(&p.title),
        organization: fields::clean(&p.organization),
        location: fields::clean(&p.location),
        country: fields::clean(&p.country),
        closes: fields::clean(&p.closes),
        tags: tags_from(&p.tags).join(", "),
        description: fields::clean_text(&p.description),
        how_to_apply: fields::clean_text(&p.how_to_apply),
        ..p
    })
}

/// The job a complete proposal describes (id and poster filled in later), or what
/// is missing or wrong in it.
pub(super) fn parse(p: &JobProposal) -> Result<Job, FieldErrors> {
    let mut errors = FieldErrors::default();
    if p.organization.trim().is_empty() {
        errors.add(
            FieldName::Organization,
            crate::t!("forum-jobs-organization-needed"),
        );
    }
    if p.location.trim().is_empty() && !p.remote {
        errors.add(FieldName::Location, crate::t!("forum-jobs-place-needed"));
    }
    if p.region.is_none() {
        errors.add(FieldName::Region, crate::t!("forum-jobs-region-needed"));
    }
    let closes = fields::date(&p.closes)
        .map_err(|e| errors.add(FieldName::Closes, e))
        .ok();
    if p.how_to_apply.trim().is_empty() {
        errors.add(
            FieldName::HowToApply,
            crate::t!("forum-jobs-how-to-apply-needed"),
        );
    }
    let mut competencies = p.competencies.clone();
    competencies.sort();
    competencies.dedup();
    match closes {
        Some(closes) if errors.is_empty() => Ok(Job {
            corrections: Vec::new(),
            id: Default::default(),
            kind: p.kind,
            title: fields::clean(&p.title),
            organization: fields::clean(&p.organization),
            location: fields::clean(&p.location),
            country: fields::clean(&p.country),
            region: p.region,
            remote: p.remote,
            closes,
            competencies,
            strategies: super::library::ordered(&p.strategies),
            tags: tags_from(&p.tags),
            description: fields::clean_text(&p.description),
            how_to_apply: fields::clean_text(&p.how_to_apply),
            posted_by: String::new().into(),
            published_at: Timestamp::UNIX_EPOCH,
            closed_early: None,
            withdrawn: None,
        }),
        _ => Err(errors),
    }
}

/// The job a complete proposal describes, for tools that fill the board without
/// the workflow (fixtures, the benchmark); its id and poster are unset.
pub fn publishable(p: &JobProposal) -> Result<Job, ForumError> {
    parse(p).map_err(ForumError::Invalid)
}

/// Open but closing within [`CLOSING_SOON_DAYS`].
pub fn closing_soon(job: &Job, now: Timestamp) -> bool {
    job.open(now)
        && now
            .checked_add((CLOSING_SOON_DAYS * 24).hours())
            .is_ok_and(|soon| job.closes_at() <= soon)
}

/// Today's date where it is earliest on Earth (UTC−12): every job closing today or
/// later may still be open.
fn earliest_today(now: Timestamp) -> jiff::civil::Date {
    now.to_zoned(TimeZone::fixed(Offset::constant(-12))).date()
}

impl Forum {
    /// Stores a proposed job: as a draft, or sent for review.
    pub fn propose_job(
        &self,
        viewer: &Viewer,
        id: Option<SubmissionId>,
        proposal: JobProposal,
        send: bool,
    ) -> Result<Submission, ForumError> {
        let author = self.writer(viewer, &crate::t!("forum-jobs-doing-submit"))?;
        let proposal = check(proposal, send, self.now())?;
        self.save_submission(&author, id, Item::Job(proposal), send)
    }

    /// Open items, closing soonest first.
    pub fn open_jobs(&self, filter: &JobFilter) -> Result<Vec<Job>, ForumError> {
        let now = self.now();
        Ok(self
            .store()
            .jobs_closing_from(earliest_today(now))?
            .into_iter()
            .filter(|j| j.open(now) && filter.admits(j))
            .collect())
    }

    /// Closed items: past their closing date or closed early, latest closing first.
    pub fn archived_jobs(&self, filter: &JobFilter) -> Result<Vec<Job>, ForumError> {
        let now = self.now();
        let today = earliest_today(now);
        // Those still before their date but closed early, then those past it.
        let mut jobs = self.store().jobs_closing_from(today)?;
        jobs.retain(|j| j.closed_early.is_some());
        jobs.reverse();
        jobs.extend(self.store().jobs_closed_before(today, ARCHIVE_SHOWN)?);
        let mut seen = std::collections::HashSet::new();
        jobs.retain(|j| {
            !j.open(now) && j.withdrawn.is_none() && filter.admits(j) && seen.insert(j.id)
        });
        jobs.truncate(ARCHIVE_SHOWN);
        Ok(jobs)
    }

    pub fn job(&self, id: JobId) -> Result<Job, ForumError> {
        self.store().job(id)?.ok_or_else(|| {
            ForumError::NotFound(crate::t!("forum-missing-job", id = id.to_string()))
        })
    }

    /// Whether `viewer` may close `job` now: its poster, or an admin, while it
    /// is open. The job screen asks this before offering the key.
    pub fn may_close_job(&self, viewer: &Viewer, job: &Job) -> bool {
        job.withdrawn.is_none()
            && job.open(self.now())
            && viewer.account().is_some_and(|me| may_close(me, job))
    }

    /// Closes a job before its closing date: its poster may (and an admin, for a
    /// poster who has left).
    pub fn close_job(&self, viewer: &Viewer, id: JobId) -> Result<Job, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-jobs-doing-close"))?;
        let now = self.now();
        let result = self.store().update_job(id, |job| {
            if job.withdrawn.is_some() {
                return Err(ForumError::NotFound(crate::t!(
                    "forum-missing-job",
                    id = id.to_string()
                )));
            }
            if !may_close(&me, job) {
                return Err(ForumError::NotAllowed(crate::t!(
                    "forum-jobs-only-poster-closes",
                    poster = job.posted_by.as_str()
                )));
            }
            if !job.open(now) {
                return Err(ForumError::NotAllowed(crate::t!(
                    "forum-jobs-closed-already"
                )));
            }
            job.closed_early = Some(now);
            Ok(None)
        });
        let job =
            super::withdraw::updated(result, &crate::t!("forum-missing-job", id = id.to_string()))?;
        self.commit(Change::Board)?;
        tracing::info!(by = %me.username, job = %id, "job closed early");
        Ok(job)
    }
}

/// The poster closes their own job; an admin closes any.
fn may_close(me: &Account, job: &Job) -> bool {
    job.posted_by == me.username || Capability::CloseAnyJob.held_by(me)
}
