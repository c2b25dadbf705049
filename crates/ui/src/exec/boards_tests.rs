//! The boards' commands: formats, what they leave out, and the iCalendar feed read
//! back by an iCalendar parser the way a calendar program would.

use std::collections::HashMap;

use jiff::civil::DateTime;
use jiff::tz::TimeZone;

use proptest::prelude::*;

use super::{calendar, run};
use stoa_core::domain::{Classification, Event, EventId, EventKind, Role};
use stoa_core::forum::testing::{forum, member};
use stoa_core::forum::{Forum, Verdict, Viewer, sanitize};
use stoa_core::testkit::hostile_text;
use stoa_core::testkit::{event_proposal, job_proposal, viewer};

/// A forum with two approved events in different zones, one pending, and a job.
fn boards() -> (Forum, tempfile::TempDir, Viewer) {
    let (forum, dir) = forum();
    let ada = viewer(member(&forum, "ada", 1, Role::Admin));
    let amara = viewer(member(&forum, "amara", 2, Role::Member));
    let mut webinar = event_proposal("Data; people, and care");
    webinar.kind = EventKind::Webinar;
    webinar.starts = "2027-04-01 14:00".into();
    webinar.ends = "2027-04-01 15:30".into();
    webinar.time_zone = "America/Sao_Paulo".into();
    webinar.description = "One line.\nAnother line with \u{1b}[31mred\u{1b}[0m text.".into();
    let pending = event_proposal("Not yet approved");
    for (p, approve) in [
        (event_proposal("Primary care days"), true),
        (webinar, true),
        (pending, false),
    ] {
        let s = forum.propose_event(&amara, None, p, true).unwrap();
        if approve {
            forum
                .decide(&ada, s.id, s.version, Verdict::Approve, "Relevant.")
                .unwrap();
        }
    }
    let s = forum
        .propose_job(&amara, None, job_proposal("Community health lead"), true)
        .unwrap();
    forum
        .decide(&ada, s.id, s.version, Verdict::Approve, "Relevant.")
        .unwrap();
    (forum, dir, Viewer::Guest { key: None })
}

#[test]
fn events_and_jobs_print_one_tab_separated_line_each() {
    let (forum, _dir, guest) = boards();
    let out = run(&forum, &guest, "events", b"");
    assert_eq!(out.status, 0, "{}", out.stderr);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "the pending event is not listed: {lines:?}");
    assert_eq!(
        lines[0],
        "1\t2026-12-02T08:00:00Z\t2026-12-03T16:00:00Z\tconference\tGeneva, Switzerland and online\t0\t0\tPrimary care days"
    );
    assert!(
        lines[1]
            .ends_with("\twebinar\tGeneva, Switzerland and online\t0\t0\tData; people, and care")
    );

    let json: serde_json::Value =
        serde_json::from_str(&run(&forum, &guest, "events --json", b"").stdout).unwrap();
    assert_eq!(
        json[0]["starts_local"],
        "2026-12-02T09:00:00+01:00[Europe/Zurich]"
    );
    assert_eq!(json[0]["strategies"][0], "model-of-care");
    assert_eq!(json[0]["region"], "european");
    assert!(!json[1]["description"].as_str().unwrap().contains('\u{1b}'));

    let out = run(&forum, &guest, "jobs", b"");
    assert_eq!(
        out.stdout,
        "4\t2026-12-31\topen\tjob\tMinistry of Health\tNairobi, Kenya\tCommunity health lead\n"
    );
    let json: serde_json::Value =
        serde_json::from_str(&run(&forum, &guest, "jobs --json", b"").stdout).unwrap();
    assert_eq!(json[0]["competencies"][0], "people-centred-care");
    assert_eq!(run(&forum, &guest, "jobs extra", b"").status, 2);
}

/// The offset a calendar program would use for `local` in zone `tzid`: that of the
/// latest observance starting at or before it.
fn offset_from_vtimezone(
    zones: &HashMap<String, Vec<(DateTime, String)>>,
    tzid: &str,
    local: DateTime,
) -> String {
    let observances = &zones[tzid];
    observances
        .iter()
        .filter(|(start, _)| *start <= local)
        .max_by_key(|(start, _)| *start)
        .map(|(_, to)| to.clone())
        .unwrap_or_else(|| panic!("no observance of {tzid} covers {local}"))
}

#[test]
fn the_ics_feed_reads_back_with_the_same_instants_and_zones() {
    let (forum, _dir, guest) = boards();
    let out = run(&forum, &guest, "events.ics", b"");
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(out.stdout.ends_with("END:VCALENDAR\r\n"));
    assert!(out.stdout.split("\r\n").all(|l| l.len() <= 75));
    assert!(!out.stdout.contains('\u{1b}'));

    let mut parser = ical::IcalParser::new(out.stdout.as_bytes());
    let calendar = parser.next().expect("one calendar").expect("it parses");
    assert!(parser.next().is_none());
    let prop = |props: &[ical::property::Property], name: &str| {
        props
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    assert_eq!(prop(&calendar.properties, "VERSION"), "2.0");

    let mut zones: HashMap<String, Vec<(DateTime, String)>> = HashMap::new();
    for tz in &calendar.timezones {
        let id = prop(&tz.properties, "TZID");
        for o in &tz.transitions {
            let start =
                DateTime::strptime("%Y%m%dT%H%M%S", prop(&o.properties, "DTSTART")).unwrap();
            zones
                .entry(id.clone())
                .or_default()
                .push((start, prop(&o.properties, "TZOFFSETTO")));
        }
    }
    assert_eq!(calendar.events.len(), 2);
    let upcoming = forum.upcoming_events(&guest, &Default::default()).unwrap();
    for (vevent, listing) in calendar.events.iter().zip(&upcoming) {
        let event = &listing.event;
        assert_eq!(unescape(&prop(&vevent.properties, "SUMMARY")), event.title);
        assert_eq!(
            prop(&vevent.properties, "UID"),
            format!("event-{}@stoa", event.id)
        );
        for (name, expected) in [("DTSTART", &event.starts), ("DTEND", &event.ends)] {
            let p = vevent.properties.iter().find(|p| p.name == name).unwrap();
            let params = p.params.clone().unwrap_or_default();
            let tzid = &params.iter().find(|(k, _)| k == "TZID").unwrap().1[0];
            let local = DateTime::strptime("%Y%m%dT%H%M%S", p.value.clone().unwrap()).unwrap();
            // The zone by name gives the same instant…
            let zoned = local.to_zoned(TimeZone::get(tzid).unwrap()).unwrap();
            assert_eq!(
                zoned.timestamp(),
                expected.timestamp(),
                "{name} of {}",
                event.title
            );
            // …and so does the feed's own VTIMEZONE, for programs without the database.
            let offset = offset_from_vtimezone(&zones, tzid, local);
            let want = expected.offset().seconds();
            let sign = if want < 0 { '-' } else { '+' };
            let m = want.unsigned_abs() / 60;
            assert_eq!(
                offset,
                format!("{sign}{:02}{:02}", m / 60, m % 60),
                "{name} in {tzid}"
            );
        }
    }
}

#[test]
fn the_boards_commands_take_the_filters_the_screens_have() {
    let (forum, _dir, guest) = boards();
    let titles = |command: &str| -> Vec<String> {
        let out = run(&forum, &guest, command, b"");
        assert_eq!(out.status, 0, "{command}: {}", out.stderr);
        out.stdout
            .lines()
            .map(|l| l.rsplit('\t').next().unwrap().to_string())
            .collect()
    };
    assert_eq!(titles("events --kind webinar"), ["Data; people, and care"]);
    assert_eq!(
        titles("events --region european --month 2026-12"),
        ["Primary care days"]
    );
    assert!(titles("events --strategy governance").is_empty());
    assert_eq!(
        titles("jobs --region african --kind job"),
        ["Community health lead"]
    );
    assert!(titles("jobs --remote").is_empty());
    let ics = run(&forum, &guest, "events.ics --kind webinar", b"").stdout;
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);

    for (command, message) in [
        (
            "events --kind party",
            "unknown kind 'party' (one of: conference, call-for-papers, training, webinar, meeting, other)",
        ),
        (
            "events --month 2026-13",
            "write the month as 2027-01, not '2026-13'",
        ),
        ("events --region", "--region needs a value"),
        ("jobs --competency typing", "unknown competency 'typing'"),
        ("events.ics --colour red", "unknown option '--colour'"),
    ] {
        let out = run(&forum, &guest, command, b"");
        assert_eq!(out.status, 2, "{command}");
        assert!(out.stderr.contains(message), "{command}: {}", out.stderr);
    }
}

#[test]
fn profile_and_policy_print_what_a_member_can_read_about_their_account() {
    let (forum, _dir) = forum();
    let amara = viewer(member(&forum, "amara", 1, Role::Admin));
    let out = run(&forum, &amara, "profile", b"");
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(out.stdout.starts_with("username: amara\nname: amara display\norganization: Ministry of Health\nregion: african\ntime zone: Africa/Nairobi\nrole: admin\npassword: none\nkey: SHA256:"), "{}", out.stdout);
    assert!(
        out.stdout.ends_with(
            "competencies: none\ndisplay: colour automatic, ascii automatic, plain automatic, bell automatic\n"
        ),
        "{}",
        out.stdout
    );
    let json: serde_json::Value =
        serde_json::from_str(&run(&forum, &amara, "profile --json", b"").stdout).unwrap();
    assert_eq!(json["display"]["plain"], "automatic");
    assert_eq!(json["display"]["bell"], "automatic");
    assert_eq!(json["competencies"], serde_json::json!([]));
    let guest = Viewer::Guest { key: None };
    assert_eq!(run(&forum, &guest, "profile", b"").status, 2);
    let policy = run(&forum, &guest, "policy", b"");
    assert!(policy.stdout.contains("editorial"), "{}", policy.stdout);
}

/// The user fields of an event, each as typed.
#[derive(Clone, Debug)]
pub(super) struct EventFields {
    pub title: String,
    pub online: String,
    pub city: String,
    pub country: String,
    pub organizer: String,
    pub description: String,
    pub tags: Vec<String>,
}

prop_compose! {
    pub(super) fn hostile_event_fields()(
        t in prop::collection::vec(hostile_text(), 6),
        tags in prop::collection::vec(hostile_text(), 0..3),
    ) -> EventFields {
        EventFields {
            title: t[0].clone(),
            online: t[1].clone(),
            city: t[2].clone(),
            country: t[3].clone(),
            organizer: t[4].clone(),
            description: t[5].clone(),
            tags,
        }
    }
}

/// A published event holding `fields`, as no form would let them through.
pub(super) fn event_with(id: EventId, f: EventFields, zone: &str, deadline: bool) -> Event {
    let starts = jiff::civil::date(2027, 4, 1)
        .at(14, 0, 0, 0)
        .in_tz(zone)
        .unwrap();
    Event {
        language: None,
        corrections: Vec::new(),
        id,
        kind: EventKind::CallForPapers,
        title: f.title,
        ends: starts
            .checked_add(jiff::SignedDuration::from_hours(2))
            .unwrap(),
        starts,
        online: f.online,
        city: f.city,
        country: f.country,
        organizer: f.organizer,
        deadline: deadline.then(|| jiff::civil::date(2027, 3, 1)),
        description: f.description,
        classification: Classification {
            tags: f.tags,
            ..Classification::default()
        },
        posted_by: "amara".into(),
        published_at: jiff::Timestamp::from_second(1_790_000_000).unwrap(),
        withdrawn: None,
    }
}

/// A TEXT value as a calendar program reads it (RFC 5545, 3.3.11), split at the
/// commas that separate the values of a list.
fn unescape_list(value: &str) -> Vec<String> {
    let mut values = vec![String::new()];
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        let current = values.last_mut().unwrap();
        match c {
            '\\' => match chars.next() {
                Some('n' | 'N') => current.push('\n'),
                Some(c @ ('\\' | ';' | ',')) => current.push(c),
                other => panic!("not an iCalendar escape: \\{other:?} in {value:?}"),
            },
            ',' => values.push(String::new()),
            ';' => panic!("an unescaped ';' in {value:?}"),
            c => current.push(c),
        }
    }
    values
}

fn unescape(value: &str) -> String {
    let values = unescape_list(value);
    assert_eq!(values.len(), 1, "an unescaped ',' in {value:?}");
    values.concat()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever was typed into any field, a calendar program reads the feed and
    /// gets back the sanitised text of every field.
    #[test]
    fn the_ics_feed_reads_back_as_sanitised_whatever_the_fields_hold(
        fields in hostile_event_fields(),
        site in hostile_text(),
        zone in prop::sample::select(vec!["Europe/Zurich", "America/Sao_Paulo", "UTC"]),
        deadline in any::<bool>(),
    ) {
        let event = event_with(EventId(7), fields.clone(), zone, deadline);
        let ics = calendar::feed(&site, std::slice::from_ref(&event));
        prop_assert!(ics.split("\r\n").all(|l| l.len() <= 75));
        let mut parser = ical::IcalParser::new(ics.as_bytes());
        let calendar = parser.next().expect("one calendar").expect("it parses");
        let prop = |props: &[ical::property::Property], name: &str| {
            props.iter().find(|p| p.name == name).map(|p| p.value.clone().unwrap_or_default())
        };
        // The sanitised text, without blanks at its ends, runs of blanks cut to 8.
        let clean = |text: &str| {
            let mut out = String::new();
            let mut run = 0;
            for c in sanitize::multiline(text).trim().chars() {
                run = if c.is_whitespace() && c != '\n' { run + 1 } else { 0 };
                if run <= 8 {
                    out.push(c);
                }
            }
            out
        };
        // That as a whole value: this parser drops the colons that start one (RFC
        // 5545 allows them), so a title starting with one is read without it.
        let value = |text: &str| clean(text).trim_start_matches(':').to_string();
        prop_assert_eq!(
            unescape(&prop(&calendar.properties, "X-WR-CALNAME").unwrap()),
            value(&format!("{site} events"))
        );
        prop_assert_eq!(calendar.events.len(), 1);
        let vevent = &calendar.events[0].properties;
        prop_assert_eq!(unescape(&prop(vevent, "SUMMARY").unwrap()), value(&fields.title));
        let deadline = if deadline { " Submission deadline: 2027-03-01." } else { "" };
        let about = format!(
            "A call for papers organized by {}.{deadline}\n\n{}",
            fields.organizer, fields.description
        );
        prop_assert_eq!(unescape(&prop(vevent, "DESCRIPTION").unwrap()), value(&about));
        let town = [fields.city.as_str(), fields.country.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        let location = match (town.is_empty(), fields.online.is_empty()) {
            (false, _) => Some(value(&town)),
            (true, false) => Some(value(&fields.online)),
            (true, true) => None,
        };
        prop_assert_eq!(prop(vevent, "LOCATION").map(|l| unescape(&l)), location);
        let url = (!fields.online.is_empty()).then(|| value(&sanitize::inline(&fields.online)));
        prop_assert_eq!(prop(vevent, "URL"), url);
        let mut categories = vec!["call for papers".to_string()];
        categories.extend(fields.tags.iter().map(|t| clean(t)));
        prop_assert_eq!(unescape_list(&prop(vevent, "CATEGORIES").unwrap()), categories);
    }
}

/// An event the committee took off its board reads as withdrawn in its
/// author's submissions, not as approved.
#[test]
fn a_withdrawn_event_reads_as_withdrawn_in_its_authors_submissions() {
    let (forum, _dir) = forum();
    let ada = viewer(member(&forum, "ada", 1, Role::Admin));
    let amara = viewer(member(&forum, "amara", 2, Role::Member));
    let s = forum
        .propose_event(&amara, None, event_proposal("Primary care days"), true)
        .unwrap();
    forum
        .decide(&ada, s.id, s.version, Verdict::Approve, "Relevant.")
        .unwrap();
    let listed = run(&forum, &amara, "submissions", b"").stdout;
    assert!(listed.contains("\tapproved\t"), "{listed}");
    forum
        .withdraw_event(&ada, s.id.as_event(), "The organizer cancelled it.")
        .unwrap();
    let listed = run(&forum, &amara, "submissions", b"").stdout;
    assert!(listed.contains("\twithdrawn\t"), "{listed}");
}
