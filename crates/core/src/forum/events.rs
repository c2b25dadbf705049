//! The events board: members submit events through the editorial workflow; once
//! approved they are listed by date for everyone, and members say whether they
//! are going or interested.

use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan, Zoned};
use serde::{Deserialize, Serialize};

use super::FieldName;
use super::board_fields::{self as fields, LINE_MAX, TITLE_MAX};
use super::languages::written_in;
use super::library::ordered;
use super::{Change, FieldErrors, Forum, ForumError, Viewer, validate};
use crate::domain::{
    Audience, Classification, Competency, Event, EventId, EventKind, EventProposal, Item, Region,
    Rsvp, Strategy, Submission, SubmissionId, tags_from,
};

/// How many past events the past tab shows.
pub const PAST_SHOWN: usize = 200;
/// Deadlines this close are highlighted.
pub const DEADLINE_SOON_DAYS: i64 = 14;

/// Which events a board shows (and which new ones a saved alert tells of).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventFilter {
    pub kind: Option<EventKind>,
    pub region: Option<Region>,
    pub strategy: Option<Strategy>,
    /// `(year, month)`, in the reader's time zone.
    pub month: Option<(i16, i8)>,
    /// Not written when unset, so alerts saved before these existed keep
    /// their bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub competency: Option<Competency>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audience: Option<Audience>,
}

impl EventFilter {
    pub fn is_empty(&self) -> bool {
        *self == EventFilter::default()
    }

    /// The filter in words, one part each: `["Training", "African Region"]`.
    pub fn parts(&self) -> Vec<String> {
        let mut parts = Vec::new();
        if let Some(k) = self.kind {
            parts.push(crate::terms::event_kind(k));
        }
        if let Some(r) = self.region {
            parts.push(crate::terms::region(r));
        }
        if let Some(s) = self.strategy {
            parts.push(crate::terms::strategy_short(s));
        }
        if let Some((y, m)) = self.month {
            parts.push(format!("{y:04}-{m:02}"));
        }
        if let Some(c) = self.competency {
            parts.push(crate::terms::competency(c));
        }
        if let Some(a) = self.audience {
            let audience = crate::terms::audience(a);
            parts.push(crate::t!("forum-events-for-audience", audience = audience));
        }
        parts
    }

    pub(super) fn admits(&self, event: &Event, tz: &TimeZone) -> bool {
        let starts = event.starts.timestamp().to_zoned(tz.clone());
        self.kind.is_none_or(|k| k == event.kind)
            && self
                .region
                .is_none_or(|r| event.classification.region == Some(r))
            && self
                .strategy
                .is_none_or(|s| event.classification.strategies.contains(&s))
            && self
                .competency
                .is_none_or(|c| event.classification.competencies.contains(&c))
            && self
                .audience
                .is_none_or(|a| event.classification.audiences.contains(&a))
            && self
                .month
                .is_none_or(|(y, m)| starts.year() == y && starts.month() == m)
    }
}

/// An event with the answers to it.
#[derive(Clone, Debug, PartialEq)]
pub struct EventListing {
    pub event: Event,
    pub going: usize,
    pub interested: usize,
    /// The viewer's own answer.
    pub mine: Option<Rsvp>,
}

/// Checks a proposed event and returns it cleaned. A draft needs only a title.
pub(super) fn check(
    p: EventProposal,
    send: bool,
    now: jiff::Timestamp,
) -> Result<EventProposal, ForumError> {
    let mut errors = FieldErrors::default();
    fields::title(
        &mut errors,
        &p.title,
        &crate::t!("forum-events-what-title"),
        TITLE_MAX,
    );
    if send && let Err(e) = parse(&p) {
        errors.0.extend(e.0);
    }
    // With the other errors, not after they are fixed.
    if send
        && let Some(starts) = start_instant(&p)
        && starts <= now
    {
        errors.add(FieldName::Starts, crate::t!("forum-events-start-passed"));
    }
    for (field, value) in [
        (FieldName::City, &p.city),
        (FieldName::Country, &p.country),
        (FieldName::Organizer, &p.organizer),
    ] {
        fields::optional(&mut errors, field, value, LINE_MAX);
    }
    // A draft keeps a half-typed link: it is checked when sent.
    if send && let Err(e) = fields::link(&p.online) {
        errors.add(FieldName::Online, e);
    }
    fields::description(&mut errors, &p.description, send);
    fields::tags(&mut errors, &p.tags);
    dedupe(&mut errors);
    errors.into_result()?;
    Ok(EventProposal {
        title: fields::clean(&p.title),
        starts: fields::clean(&p.starts),
        ends: fields::clean(&p.ends),
        time_zone: fields::clean(&p.time_zone),
        online: fields::clean(&p.online),
        city: fields::clean(&p.city),
        country: fields::clean(&p.country),
        organizer: fields::clean(&p.organizer),
        deadline: fields::clean(&p.deadline),
        description: fields::clean_text(&p.description),
        tags: tags_from(&p.tags).join(", "),
        ..p
    })
}

/// One message per field: the first found.
fn dedupe(errors: &mut FieldErrors) {
    let mut seen = Vec::new();
    errors.0.retain(|(field, _)| {
        let first = !seen.contains(field);
        seen.push(*field);
        first
    });
}

/// The event a complete proposal describes (id and author filled in later), or
/// what is missing or wrong in it.
/// When a proposed event starts, if its start and time zone read.
fn start_instant(p: &EventProposal) -> Option<jiff::Timestamp> {
    let zone = TimeZone::get(p.time_zone.trim()).ok()?;
    let starts = fields::date_time(&p.starts).ok()?;
    starts.to_zoned(zone).ok().map(|z| z.timestamp())
}

pub(super) fn parse(p: &EventProposal) -> Result<Event, FieldErrors> {
    let mut errors = FieldErrors::default();
    let zone = match validate::time_zone(&p.time_zone) {
        Ok(()) => TimeZone::get(p.time_zone.trim()).ok(),
        Err(e) => {
            errors.add(FieldName::TimeZone, e);
            None
        }
    };
    let starts = fields::date_time(&p.starts)
        .map_err(|e| errors.add(FieldName::Starts, e))
        .ok();
    let ends = fields::date_time(&p.ends)
        .map_err(|e| errors.add(FieldName::Ends, e))
        .ok();
    if let (Some(s), Some(e)) = (starts, ends)
        && e <= s
    {
        errors.add(
            FieldName::Ends,
            crate::t!(
                "forum-events-end-before-start",
                start = s.strftime("%Y-%m-%d %H:%M").to_string()
            ),
        );
    }
    let deadline = match p.deadline.trim() {
        "" if p.kind == EventKind::CallForPapers => {
            errors.add(
                FieldName::Deadline,
                crate::t!("forum-events-deadline-needed"),
            );
            None
        }
        "" => None,
        text => match fields::date(text) {
            Ok(d) if starts.is_some_and(|s| d > s.date()) => {
                errors.add(
                    FieldName::Deadline,
                    crate::t!("forum-events-deadline-after-start"),
                );
                None
            }
            Ok(d) => Some(d),
            Err(e) => {
                errors.add(FieldName::Deadline, e);
                None
            }
        },
    };
    if p.online.trim().is_empty() && p.city.trim().is_empty() {
        errors.add(FieldName::Online, crate::t!("forum-events-place-needed"));
    }
    if p.organizer.trim().is_empty() {
        errors.add(
            FieldName::Organizer,
            crate::t!("forum-events-organizer-needed"),
        );
    }
    if p.region.is_none() {
        errors.add(FieldName::Region, crate::t!("forum-events-region-needed"));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let zoned =
        |at: Option<jiff::civil::DateTime>| -> Option<Zoned> { at?.to_zoned(zone.clone()?).ok() };
    let (Some(starts), Some(ends)) = (zoned(starts), zoned(ends)) else {
        errors.add(
            FieldName::Starts,
            crate::t!("forum-events-time-missing-in-zone"),
        );
        return Err(errors);
    };
    let strategies = ordered(&p.strategies);
    Ok(Event {
        language: written_in(None, &p.title, &p.description),
        corrections: Vec::new(),
        id: Default::default(),
        kind: p.kind,
        title: fields::clean(&p.title),
        starts,
        ends,
        online: fields::clean(&p.online),
        city: fields::clean(&p.city),
        country: fields::clean(&p.country),
        organizer: fields::clean(&p.organizer),
        deadline,
        description: fields::clean_text(&p.description),
        classification: Classification {
            strategies,
            region: p.region,
            country: fields::clean(&p.country),
            tags: tags_from(&p.tags),
            competencies: ordered(&p.competencies),
            audiences: ordered(&p.audiences),
        },
        posted_by: String::new().into(),
        published_at: Timestamp::UNIX_EPOCH,
        withdrawn: None,
    })
}

/// The event a complete proposal describes, for tools that fill the board
/// without the workflow (fixtures, the benchmark); its id and poster are unset.
pub fn publishable(p: &EventProposal) -> Result<Event, ForumError> {
    parse(p).map_err(ForumError::Invalid)
}

/// True when `event` has a submission deadline still to come within the next
/// [`DEADLINE_SOON_DAYS`] days.
pub fn deadline_soon(event: &Event, now: Timestamp) -> bool {
    event.deadline_at().is_some_and(|d| {
        d > now
            && now
                .checked_add((DEADLINE_SOON_DAYS * 24).hours())
                .is_ok_and(|soon| d <= soon)
    })
}

impl Forum {
    /// Stores a proposed event: as a draft, or sent for review. `id` names the
    /// author's earlier draft or returned submission to replace.
    pub fn propose_event(
        &self,
        viewer: &Viewer,
        id: Option<SubmissionId>,
        proposal: EventProposal,
        send: bool,
    ) -> Result<Submission, ForumError> {
        let author = self.writer(viewer, &crate::t!("forum-events-doing-submit"))?;
        let mut proposal = check(proposal, send, self.now())?;
        proposal.tags = tags_from(&proposal.tags).join(", ");
        self.save_submission(&author, id, Item::Event(proposal), send)
    }

    /// Upcoming events (not yet ended), soonest first.
    pub fn upcoming_events(
        &self,
        viewer: &Viewer,
        filter: &EventFilter,
    ) -> Result<Vec<EventListing>, ForumError> {
        let now = self.now();
        let mut events = self.store().events_ending_after(now)?;
        events.retain(|e| e.withdrawn.is_none());
        events.sort_by_key(|e| (e.starts.timestamp(), e.id));
        self.first_languages(viewer)
            .first(&mut events, |e| e.language.into());
        self.listings(viewer, events, filter)
    }

    /// Upcoming events that build a competency in the viewer's profile:
    /// trainings first, then soonest first. Empty for a guest or a profile
    /// with no competencies ticked.
    pub fn events_for_learning(
        &self,
        viewer: &Viewer,
        filter: &EventFilter,
    ) -> Result<Vec<EventListing>, ForumError> {
        let mine = viewer
            .account()
            .map(|a| a.competencies.clone())
            .unwrap_or_default();
        let mut events = self.upcoming_events(viewer, filter)?;
        events.retain(|l| l.event.classification.builds_any(&mine));
        // Stable: within trainings and within the rest, soonest first.
        events.sort_by_key(|l| l.event.kind != EventKind::Training);
        Ok(events)
    }

    /// The next event to start (or under way), for home: no answers counted.
    pub fn next_event(&self) -> Result<Option<Event>, ForumError> {
        let events = self.store().events_ending_after(self.now())?;
        Ok(events
            .into_iter()
            .filter(|e| e.withdrawn.is_none())
            .min_by_key(|e| (e.starts.timestamp(), e.id)))
    }

    /// Events that have ended, the latest first.
    pub fn past_events(
        &self,
        viewer: &Viewer,
        filter: &EventFilter,
    ) -> Result<Vec<EventListing>, ForumError> {
        let mut events = self.store().events_ended_by(self.now(), PAST_SHOWN)?;
        events.retain(|e| e.withdrawn.is_none());
        self.listings(viewer, events, filter)
    }

    /// The events the viewer answered, upcoming first by date, then past ones.
    pub fn my_events(&self, viewer: &Viewer) -> Result<Vec<EventListing>, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-events-doing-keep-list"))?;
        let now = self.now();
        let mut events = Vec::new();
        for (id, _) in self.store().rsvps_of(&me.username)? {
            if let Some(e) = self.store().event(id)? {
                events.push(e);
            }
        }
        events.sort_by_key(|e| (!e.upcoming(now), e.starts.timestamp()));
        self.listings(viewer, events, &EventFilter::default())
    }

    fn listings(
        &self,
        viewer: &Viewer,
        events: Vec<Event>,
        filter: &EventFilter,
    ) -> Result<Vec<EventListing>, ForumError> {
        let tz = viewer_zone(viewer);
        events
            .into_iter()
            .filter(|e| filter.admits(e, &tz))
            .map(|e| self.listing(viewer, e))
            .collect()
    }

    fn listing(&self, viewer: &Viewer, event: Event) -> Result<EventListing, ForumError> {
        let me = viewer.account().map(|a| a.username.as_str());
        let mut listing = EventListing {
            going: 0,
            interested: 0,
            mine: None,
            event,
        };
        for (who, answer) in self.store().rsvps_for(listing.event.id)? {
            match answer {
                Rsvp::Going => listing.going += 1,
                Rsvp::Interested => listing.interested += 1,
            }
            if Some(who.as_str()) == me {
                listing.mine = Some(answer);
            }
        }
        Ok(listing)
    }

    /// One published event.
    pub fn event(&self, viewer: &Viewer, id: EventId) -> Result<EventListing, ForumError> {
        let event = self.store().event(id)?.ok_or_else(|| {
            ForumError::NotFound(crate::t!("forum-missing-event", id = id.to_string()))
        })?;
        self.listing(viewer, event)
    }

    /// Says the viewer is going to an event, or interested, or neither (`None`).
    pub fn rsvp(
        &self,
        viewer: &Viewer,
        id: EventId,
        answer: Option<Rsvp>,
    ) -> Result<EventListing, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-events-doing-answer"))?;
        let event = self.store().event(id)?.ok_or_else(|| {
            ForumError::NotFound(crate::t!("forum-missing-event", id = id.to_string()))
        })?;
        if answer.is_some() && !event.upcoming(self.now()) {
            return Err(ForumError::NotAllowed(crate::t!("forum-events-over")));
        }
        if answer.is_some() && event.withdrawn.is_some() {
            return Err(ForumError::NotAllowed(crate::t!("forum-events-withdrawn")));
        }
        self.store().set_rsvp(id, &me.username, answer)?;
        self.commit(Change::Answered(id))?;
        self.event(viewer, id)
    }
}

/// The viewer's time zone (UTC for guests and unknown zones).
pub fn viewer_zone(viewer: &Viewer) -> TimeZone {
    viewer
        .account()
        .and_then(|a| TimeZone::get(&a.time_zone).ok())
        .unwrap_or(TimeZone::UTC)
}
