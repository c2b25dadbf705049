//! `events`, `events.ics` and `jobs` without a terminal.
//!
//! Plain formats, one record per line, fields separated by tabs:
//!
//! ```text
//! events:  ID  STARTS  ENDS  KIND  PLACE  GOING  INTERESTED  TITLE
//! jobs:    ID  CLOSES  STATUS  KIND  ORGANIZATION  PLACE  TITLE
//! ```
//!
//! A TITLE the demo loaded begins with `[demo] `; in `--json`, `"demo": true`.
//! STARTS and ENDS are RFC 3339 in UTC; `--json` also gives them in the
//! organizer's zone. CLOSES is the last day to apply; STATUS is `open` or
//! `closing-soon`. Kinds are the slugs `conference`, `call-for-papers`,
//! `training`, `webinar`, `meeting`, `other`; `job`, `training`, `education`.

use serde_json::{Value, json};

use super::calendar;
use super::commands::{EventOptions, JobOptions};
use stoa_core::domain::{Competency, Event, EventKind, Job, JobKind, Region, Strategy};
use stoa_core::forum::jobs::closing_soon;
use stoa_core::forum::{EventFilter, Forum, ForumError, JobFilter, Viewer, sanitize};
use stoa_core::store::DemoMark;
use stoa_present::t;

fn line(text: &str) -> String {
    sanitize::inline(text).into_owned()
}

use stoa_present::when::utc;

fn event_json(l: &stoa_core::forum::EventListing, demo: bool) -> Value {
    let e: &Event = &l.event;
    let c = &e.classification;
    json!({
        "id": e.id,
        "demo": demo,
        "kind": e.kind.slug(),
        "title": line(&e.title),
        "starts": utc(e.starts.timestamp()),
        "ends": utc(e.ends.timestamp()),
        "starts_local": e.starts.to_string(),
        "ends_local": e.ends.to_string(),
        "time_zone": e.starts.time_zone().iana_name().unwrap_or("UTC"),
        "online": line(&e.online),
        "city": line(&e.city),
        "country": line(&e.country),
        "organizer": line(&e.organizer),
        "deadline": e.deadline.map(|d| d.to_string()),
        "description": sanitize::multiline(&e.description),
        "strategies": c.strategies.iter().map(|s| s.slug()).collect::<Vec<_>>(),
        "competencies": c.competencies.iter().map(|x| x.slug()).collect::<Vec<_>>(),
        "audiences": c.audiences.iter().map(|a| a.slug()).collect::<Vec<_>>(),
        "stream": c.stream(),
        "region": c.region.map(|r| r.slug()),
        "tags": c.tags.iter().map(|t| line(t)).collect::<Vec<_>>(),
        "going": l.going,
        "interested": l.interested,
        "posted_by": e.posted_by,
        "written_in": e.language,
    })
}

/// The one of `all` whose slug is `value`, or a message listing them.
pub(super) fn one_of<T: Copy>(
    what: &str,
    value: &str,
    all: &[T],
    slug: fn(T) -> &'static str,
) -> Result<T, String> {
    all.iter()
        .copied()
        .find(|x| slug(*x) == value)
        .ok_or_else(|| {
            let names: Vec<&str> = all.iter().map(|x| slug(*x)).collect();
            // `what` names the option (kind, region, strategy, competency or
            // audience): each has its own message, `exec-filter-unknown-…`.
            t!(
                &format!("exec-filter-unknown-{what}"),
                value = sanitize::inline(value).into_owned(),
                names = names.join(", ")
            )
        })
}

/// `--kind webinar --region african --strategy governance --month 2027-01`
pub fn event_filter(options: &EventOptions) -> Result<EventFilter, String> {
    let mut filter = EventFilter::default();
    if let Some(value) = &options.kind {
        filter.kind = Some(one_of("kind", value, &EventKind::ALL, EventKind::slug)?);
    }
    if let Some(value) = &options.region {
        filter.region = Some(one_of("region", value, &Region::ALL, Region::slug)?);
    }
    if let Some(value) = &options.strategy {
        filter.strategy = Some(one_of("strategy", value, &Strategy::ALL, Strategy::slug)?);
    }
    if let Some(value) = &options.month {
        let month = value
            .split_once('-')
            .and_then(|(y, m)| Some((y.parse::<i16>().ok()?, m.parse::<i8>().ok()?)))
            .filter(|(_, m)| (1..=12).contains(m))
            .ok_or_else(|| {
                t!(
                    "exec-filter-month",
                    value = sanitize::inline(value).into_owned()
                )
            })?;
        filter.month = Some(month);
    }
    (filter.competency, filter.audience) = super::library::learning(&options.learning)?;
    Ok(filter)
}

/// `--kind job --region global --remote --competency communication`
pub fn job_filter(options: &JobOptions) -> Result<JobFilter, String> {
    let mut filter = JobFilter {
        remote: options.remote,
        ..JobFilter::default()
    };
    if let Some(value) = &options.kind {
        filter.kind = Some(one_of("kind", value, &JobKind::ALL, JobKind::slug)?);
    }
    if let Some(value) = &options.region {
        filter.region = Some(one_of("region", value, &Region::ALL, Region::slug)?);
    }
    if let Some(value) = &options.competency {
        let competency = one_of("competency", value, &Competency::ALL, Competency::slug)?;
        filter.competency = Some(competency);
    }
    Ok(filter)
}

/// The upcoming events, soonest first.
pub fn events(
    forum: &Forum,
    viewer: &Viewer,
    filter: &EventFilter,
    for_me: bool,
    json: bool,
) -> Result<String, ForumError> {
    let list = if for_me {
        forum.events_for_learning(viewer, filter)?
    } else {
        forum.upcoming_events(viewer, filter)?
    };
    if json {
        return Ok(format!(
            "{}\n",
            Value::Array(
                list.iter()
                    .map(|l| event_json(l, forum.is_demo(&DemoMark::Event(l.event.id))))
                    .collect()
            )
        ));
    }
    Ok(list
        .iter()
        .map(|l| {
            let e = &l.event;
            format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                e.id,
                utc(e.starts.timestamp()),
                utc(e.ends.timestamp()),
                e.kind.slug(),
                line(&e.place()),
                l.going,
                l.interested,
                super::labelled(forum.is_demo(&DemoMark::Event(e.id)), &line(&e.title))
            )
        })
        .collect())
}

/// The upcoming events as an iCalendar feed.
pub fn ics(
    forum: &Forum,
    viewer: &Viewer,
    filter: &EventFilter,
    for_me: bool,
) -> Result<String, ForumError> {
    let list = if for_me {
        forum.events_for_learning(viewer, filter)?
    } else {
        forum.upcoming_events(viewer, filter)?
    };
    let events: Vec<Event> = list.into_iter().map(|l| l.event).collect();
    Ok(calendar::feed_marking_demo(
        &forum.site().name,
        &forum.site().web,
        &events,
        &|e| forum.is_demo(&DemoMark::Event(e.id)),
    ))
}

fn job_json(j: &Job, soon: bool, demo: bool) -> Value {
    json!({
        "id": j.id,
        "demo": demo,
        "kind": j.kind.slug(),
        "title": line(&j.title),
        "organization": line(&j.organization),
        "location": line(&j.location),
        "country": line(&j.country),
        "region": j.region.map(|r| r.slug()),
        "remote": j.remote,
        "closes": j.closes.to_string(),
        "closing_soon": soon,
        "competencies": j.competencies.iter().map(|c| c.slug()).collect::<Vec<_>>(),
        "tags": j.tags.iter().map(|t| line(t)).collect::<Vec<_>>(),
        "description": sanitize::multiline(&j.description),
        "how_to_apply": sanitize::multiline(&j.how_to_apply),
        "posted_by": j.posted_by,
    })
}

/// The open jobs, closing soonest first.
pub fn jobs(forum: &Forum, filter: &JobFilter, json: bool) -> Result<String, ForumError> {
    let list = forum.open_jobs(filter)?;
    let now = forum.now();
    if json {
        return Ok(format!(
            "{}\n",
            Value::Array(
                list.iter()
                    .map(|j| job_json(j, closing_soon(j, now), forum.is_demo(&DemoMark::Job(j.id))))
                    .collect()
            )
        ));
    }
    Ok(list
        .iter()
        .map(|j| {
            format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                j.id,
                j.closes,
                if closing_soon(j, now) {
                    "closing-soon"
                } else {
                    "open"
                },
                j.kind.slug(),
                line(&j.organization),
                line(&j.place()),
                super::labelled(forum.is_demo(&DemoMark::Job(j.id)), &line(&j.title))
            )
        })
        .collect())
}
