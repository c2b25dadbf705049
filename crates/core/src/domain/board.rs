//! The events board and the jobs board: what members submit (a proposal, kept as
//! typed so nothing is lost while it is wrong), and what an approval publishes.

use jiff::civil::Date;
use jiff::tz::{Offset, TimeZone};
use jiff::{Timestamp, Zoned};
use serde::{Deserialize, Serialize};

use super::{Classification, EventId, Hiding, JobId, Region, Strategy, Username};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    #[default]
    Conference,
    CallForPapers,
    Training,
    Webinar,
    Meeting,
    /// Anything else (a campaign day, an exhibition, a site visit).
    Other,
}

impl EventKind {
    pub const ALL: [EventKind; 6] = [
        EventKind::Conference,
        EventKind::CallForPapers,
        EventKind::Training,
        EventKind::Webinar,
        EventKind::Meeting,
        EventKind::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            EventKind::Conference => "conference",
            EventKind::CallForPapers => "call for papers",
            EventKind::Training => "training",
            EventKind::Webinar => "webinar",
            EventKind::Meeting => "meeting",
            EventKind::Other => "other event",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            EventKind::CallForPapers => "call-for-papers",
            EventKind::Other => "other",
            other => other.label(),
        }
    }
}

/// A member's answer to an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rsvp {
    Going,
    Interested,
}

impl Rsvp {
    pub fn label(self) -> &'static str {
        match self {
            Rsvp::Going => "going",
            Rsvp::Interested => "interested",
        }
    }
}

/// An event as its author typed it. Dates and times are text until it is sent, so
/// a draft keeps whatever was typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventProposal {
    /// Named `type` when stored: a submission's item is tagged by `kind`.
    #[serde(rename = "type")]
    pub kind: EventKind,
    pub title: String,
    /// `2026-12-03 09:00`, in `time_zone`.
    pub starts: String,
    pub ends: String,
    /// The organizer's time zone, e.g. `Africa/Nairobi`.
    pub time_zone: String,
    pub online: String,
    pub city: String,
    pub country: String,
    pub organizer: String,
    /// For a call for papers: `2026-12-01`, the last day (in `time_zone`).
    pub deadline: String,
    pub description: String,
    pub strategies: Vec<Strategy>,
    pub region: Option<Region>,
    /// Comma-separated, as typed.
    pub tags: String,
    /// What it helps members learn (a training especially), and who it is for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competencies: Vec<Competency>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audiences: Vec<super::Audience>,
}

/// A published event. Its id is the id of the submission that proposed it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: EventId,
    pub kind: EventKind,
    pub title: String,
    /// In the organizer's time zone.
    pub starts: Zoned,
    pub ends: Zoned,
    pub online: String,
    pub city: String,
    pub country: String,
    pub organizer: String,
    pub deadline: Option<Date>,
    pub description: String,
    pub classification: Classification,
    pub posted_by: Username,
    pub published_at: Timestamp,
    /// Taken off the board by the editorial committee, and why.
    #[serde(default)]
    pub withdrawn: Option<Hiding>,
    /// Each correction its poster or the committee made once it was
    /// approved, oldest first: readers see when and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<super::Correction>,
    /// The language it is written in: chosen by its author, else detected
    /// when it was written; none when neither could tell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<super::Language>,
}

impl Event {
    /// When submissions close: the end of the deadline's day in the organizer's zone.
    pub fn deadline_at(&self) -> Option<Timestamp> {
        let day = self.deadline?;
        let next = day.tomorrow().ok()?;
        next.to_zoned(self.starts.time_zone().clone())
            .ok()
            .map(|z| z.timestamp())
    }

    /// "Nairobi, Kenya", "online", or "Nairobi, Kenya and online".
    pub fn place(&self) -> String {
        let town = [self.city.as_str(), self.country.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        match (town.is_empty(), self.online.is_empty()) {
            (true, _) => "online".into(),
            (false, true) => town,
            (false, false) => format!("{town} and online"),
        }
    }

    /// Upcoming until it ends.
    pub fn upcoming(&self, now: Timestamp) -> bool {
        self.ends.timestamp() > now
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum JobKind {
    #[default]
    Job,
    Training,
    Education,
}

impl JobKind {
    pub const ALL: [JobKind; 3] = [JobKind::Job, JobKind::Training, JobKind::Education];

    pub fn label(self) -> &'static str {
        match self {
            JobKind::Job => "job",
            JobKind::Training => "training",
            JobKind::Education => "educational opportunity",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            JobKind::Education => "education",
            other => other.label(),
        }
    }
}

/// The competency areas of coordinated, people-centred care.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Competency {
    Communication,
    Relationships,
    PeopleCentredCare,
    ContinuousLearning,
}

impl Competency {
    pub const ALL: [Competency; 4] = [
        Competency::Communication,
        Competency::Relationships,
        Competency::PeopleCentredCare,
        Competency::ContinuousLearning,
    ];

    /// Labels in a line, "communication, relationships"; empty for none.
    pub fn labels(all: &[Competency]) -> String {
        let names: Vec<&str> = all.iter().map(|c| c.label()).collect();
        names.join(", ")
    }

    pub fn label(self) -> &'static str {
        match self {
            Competency::Communication => "communication",
            Competency::Relationships => "relationships",
            Competency::PeopleCentredCare => "people-centred care",
            Competency::ContinuousLearning => "continuous learning",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Competency::PeopleCentredCare => "people-centred-care",
            Competency::ContinuousLearning => "continuous-learning",
            other => other.label(),
        }
    }
}

/// A job, training or educational opportunity as its poster typed it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct JobProposal {
    /// Named `type` when stored: a submission's item is tagged by `kind`.
    #[serde(rename = "type")]
    pub kind: JobKind,
    pub title: String,
    pub organization: String,
    /// City or place; may be empty when remote.
    pub location: String,
    pub country: String,
    pub region: Option<Region>,
    pub remote: bool,
    /// `2026-12-31`: the last day to apply.
    pub closes: String,
    /// The strategies it serves, for their pages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strategies: Vec<Strategy>,
    pub competencies: Vec<Competency>,
    pub tags: String,
    pub description: String,
    pub how_to_apply: String,
}

/// A published job. Its id is the id of the submission that proposed it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Job {
    pub id: JobId,
    pub kind: JobKind,
    pub title: String,
    pub organization: String,
    pub location: String,
    pub country: String,
    pub region: Option<Region>,
    pub remote: bool,
    pub closes: Date,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strategies: Vec<Strategy>,
    pub competencies: Vec<Competency>,
    pub tags: Vec<String>,
    pub description: String,
    pub how_to_apply: String,
    pub posted_by: Username,
    pub published_at: Timestamp,
    /// When its poster closed it before its closing date.
    pub closed_early: Option<Timestamp>,
    /// Taken off the board by the editorial committee, and why.
    #[serde(default)]
    pub withdrawn: Option<Hiding>,
    /// Each correction its poster or the committee made once it was
    /// approved, oldest first: readers see when and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<super::Correction>,
}

impl Job {
    /// The closing date holds until it has ended everywhere on Earth (UTC−12), so
    /// nobody finds an offer gone while it is still that day where they are.
    pub fn closes_at(&self) -> Timestamp {
        closing_instant(self.closes)
    }

    pub fn open(&self, now: Timestamp) -> bool {
        self.closed_early.is_none() && self.withdrawn.is_none() && now < self.closes_at()
    }

    /// "Geneva, Switzerland", "remote", or "Geneva, Switzerland or remote".
    pub fn place(&self) -> String {
        let town = [self.location.as_str(), self.country.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        match (town.is_empty(), self.remote) {
            (true, _) => "remote".into(),
            (false, false) => town,
            (false, true) => format!("{town} or remote"),
        }
    }
}

/// When a job closing on `closes` stops taking applications: the end of that
/// day where it ends last on Earth (UTC−12), so it is open everywhere all day.
pub fn closing_instant(closes: jiff::civil::Date) -> Timestamp {
    let last_zone = TimeZone::fixed(Offset::constant(-12));
    closes
        .tomorrow()
        .ok()
        .and_then(|d| d.to_zoned(last_zone).ok())
        .map_or(Timestamp::MAX, |z| z.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(closes: Date) -> Job {
        Job {
            corrections: Vec::new(),
            strategies: Vec::new(),
            id: JobId(1),
            kind: JobKind::Job,
            title: "t".into(),
            organization: "o".into(),
            location: String::new(),
            country: String::new(),
            region: None,
            remote: true,
            closes,
            competencies: vec![],
            tags: vec![],
            description: String::new(),
            how_to_apply: String::new(),
            posted_by: "ada".into(),
            published_at: Timestamp::UNIX_EPOCH,
            closed_early: None,
            withdrawn: None,
        }
    }

    #[test]
    fn a_job_stays_open_until_its_closing_day_ends_everywhere() {
        let j = job(jiff::civil::date(2026, 12, 1));
        let at = |s: &str| s.parse::<Timestamp>().unwrap();
        assert!(j.open(at("2026-12-02T11:59:59Z")));
        assert!(!j.open(at("2026-12-02T12:00:00Z")));
        let mut closed = j.clone();
        closed.closed_early = Some(at("2026-11-01T00:00:00Z"));
        assert!(!closed.open(at("2026-11-02T00:00:00Z")));
    }
}
