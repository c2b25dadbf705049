//! `events.ics`: the upcoming approved events as an iCalendar feed (RFC 5545), so
//! a member can subscribe from a calendar program. Times keep the organizer's
//! time zone, each described by a VTIMEZONE built from the time zone database.

use std::collections::BTreeMap;

use jiff::tz::{Offset, TimeZone};
use jiff::{Timestamp, Zoned};

use stoa_core::domain::Event;
use stoa_core::forum::{DEMO_TITLE_PREFIX, sanitize};

/// The feed for `events`, named after the site, marking none as the demo's.
#[cfg(test)]
pub fn feed(site: &str, events: &[Event]) -> String {
    feed_marking_demo(site, "", events, &|_| false)
}

/// The feed for `events`, with the ones `demo` says the demo loaded titled
/// "[Demo] …" and in a `Demo` category, so a calendar shows them as such.
/// With `web` (the forum's web pages), each event's description ends with the
/// address of its page.
pub fn feed_marking_demo(
    site: &str,
    web: &str,
    events: &[Event],
    demo: &dyn Fn(&Event) -> bool,
) -> String {
    let mut out = Lines::default();
    out.put("BEGIN:VCALENDAR");
    out.put("VERSION:2.0");
    out.put("PRODID:-//Stoa//Events board//EN");
    out.put("CALSCALE:GREGORIAN");
    out.put("METHOD:PUBLISH");
    out.put(&format!("X-WR-CALNAME:{}", text(&format!("{site} events"))));
    // Each zone once, covering every event that uses it.
    let mut zones: BTreeMap<String, (TimeZone, Timestamp, Timestamp)> = BTreeMap::new();
    for e in events {
        let zone = e.starts.time_zone();
        let Some(name) = zone.iana_name().filter(|n| *n != "UTC") else {
            continue;
        };
        let (from, to) = (e.starts.timestamp(), e.ends.timestamp());
        let span = zones
            .entry(name.to_string())
            .or_insert((zone.clone(), from, to));
        span.1 = span.1.min(from);
        span.2 = span.2.max(to);
    }
    for (name, (zone, from, to)) in &zones {
        vtimezone(&mut out, name, zone, *from, *to);
    }
    for e in events {
        vevent(&mut out, site, web, e, demo(e));
    }
    out.put("END:VCALENDAR");
    out.text
}

fn vevent(out: &mut Lines, site: &str, web: &str, e: &Event, demo: bool) {
    out.put("BEGIN:VEVENT");
    let host: String = site
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    out.put(&format!("UID:event-{}@{host}", e.id));
    out.put(&format!("DTSTAMP:{}", utc(e.published_at)));
    // A corrected event: calendar programs take the higher sequence as the
    // newer version of the same event.
    if let Some(last) = e.corrections.last() {
        out.put(&format!("LAST-MODIFIED:{}", utc(last.at)));
        out.put(&format!("SEQUENCE:{}", e.corrections.len()));
    }
    out.put(&format!("DTSTART{}", local(&e.starts)));
    out.put(&format!("DTEND{}", local(&e.ends)));
    let title = if demo {
        format!("{DEMO_TITLE_PREFIX}{}", e.title)
    } else {
        e.title.clone()
    };
    out.put(&format!("SUMMARY:{}", text(&title)));
    let mut about = if demo {
        "Demo content: an illustrative event, not a real one. ".to_string()
    } else {
        String::new()
    };
    about.push_str(&format!(
        "A {} organized by {}.",
        e.kind.label(),
        e.organizer
    ));
    if let Some(deadline) = e.deadline {
        about.push_str(&format!(" Submission deadline: {deadline}."));
    }
    about.push_str("\n\n");
    about.push_str(&e.description);
    if !web.is_empty() {
        about.push_str(&format!("\n\nOn the web: {web}/events/{}", e.id));
    }
    out.put(&format!("DESCRIPTION:{}", text(&about)));
    let town = [e.city.as_str(), e.country.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    match (town.is_empty(), e.online.is_empty()) {
        (false, _) => out.put(&format!("LOCATION:{}", text(&town))),
        (true, false) => out.put(&format!("LOCATION:{}", text(&e.online))),
        (true, true) => {}
    }
    if !e.online.is_empty() {
        out.put(&format!("URL:{}", blanks(&sanitize::inline(&e.online))));
    }
    let mut categories = vec![e.kind.label().to_string()];
    if demo {
        categories.push("Demo".into());
    }
    categories.extend(e.classification.tags.iter().cloned());
    let categories: Vec<String> = categories.iter().map(|c| text(c)).collect();
    out.put(&format!("CATEGORIES:{}", categories.join(",")));
    out.put("END:VEVENT");
}

/// The zone's rules from just before `from` to `to`: every transition as its own
/// observance, which any calendar program reads without recurrence rules.
fn vtimezone(out: &mut Lines, name: &str, zone: &TimeZone, from: Timestamp, to: Timestamp) {
    out.put("BEGIN:VTIMEZONE");
    out.put(&format!("TZID:{name}"));
    let mut transitions: Vec<(Timestamp, Offset, String, bool)> = Vec::new();
    if let Some(t) = zone.preceding(from).next() {
        transitions.push((
            t.timestamp(),
            t.offset(),
            t.abbreviation().into(),
            t.dst().is_dst(),
        ));
    }
    for t in zone.following(from) {
        if t.timestamp() > to {
            break;
        }
        transitions.push((
            t.timestamp(),
            t.offset(),
            t.abbreviation().into(),
            t.dst().is_dst(),
        ));
    }
    if transitions.is_empty() {
        // A zone that never changes: one standard observance.
        let info = zone.to_offset_info(from);
        observance(
            out,
            "STANDARD",
            "19700101T000000",
            info.offset(),
            info.offset(),
            info.abbreviation(),
        );
    }
    for (at, after, abbreviation, dst) in &transitions {
        let before = zone.to_offset(
            at.checked_sub(jiff::SignedDuration::from_secs(1))
                .unwrap_or(*at),
        );
        // DTSTART is the wall-clock time of the change, read before it.
        let start = at
            .to_zoned(TimeZone::fixed(before))
            .strftime("%Y%m%dT%H%M%S")
            .to_string();
        let kind = if *dst { "DAYLIGHT" } else { "STANDARD" };
        observance(out, kind, &start, before, *after, abbreviation);
    }
    out.put("END:VTIMEZONE");
}

fn observance(out: &mut Lines, kind: &str, start: &str, from: Offset, to: Offset, name: &str) {
    out.put(&format!("BEGIN:{kind}"));
    out.put(&format!("DTSTART:{start}"));
    out.put(&format!("TZOFFSETFROM:{}", offset(from)));
    out.put(&format!("TZOFFSETTO:{}", offset(to)));
    if !name.is_empty() {
        out.put(&format!("TZNAME:{}", text(name)));
    }
    out.put(&format!("END:{kind}"));
}

/// `+0100`, `-0330`.
fn offset(o: Offset) -> String {
    let seconds = o.seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
}

fn utc(at: Timestamp) -> String {
    at.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// `;TZID=Europe/Zurich:20261202T090000`, or `:20261202T090000Z` in UTC.
fn local(at: &Zoned) -> String {
    match at.time_zone().iana_name() {
        Some(name) if name != "UTC" => {
            format!(";TZID={name}:{}", at.strftime("%Y%m%dT%H%M%S"))
        }
        _ => format!(":{}", utc(at.timestamp())),
    }
}

/// A TEXT value: sanitised, blanks tidied (see [`blanks`]), with the characters
/// iCalendar reserves escaped.
fn text(value: &str) -> String {
    let clean = blanks(&sanitize::multiline(value));
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Whitespace runs (other than newlines) longer than this are cut to it.
const BLANK_RUN: usize = 8;

/// `value` without whitespace at either end and without runs of more than
/// [`BLANK_RUN`] blanks. Several calendar programs trim each physical line they
/// unfold, so whitespace that ends a line is lost: at the end of a value that is
/// harmless once trimmed here, and inside one [`Lines::put`] carries it onto the
/// next line, which a run this short always fits.
fn blanks(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut run = 0;
    for c in value.trim().chars() {
        if c.is_whitespace() && c != '\n' {
            run += 1;
            if run > BLANK_RUN {
                continue;
            }
        } else {
            run = 0;
        }
        out.push(c);
    }
    out
}

/// Content lines, ended by CRLF and folded at 75 octets (never inside a character,
/// and never right after whitespace, which a program trimming lines would lose).
#[derive(Default)]
struct Lines {
    text: String,
}

impl Lines {
    fn put(&mut self, line: &str) {
        const MAX: usize = 75;
        // The physical line being filled, without the space that starts a folded one.
        let mut physical = String::new();
        let mut used = 0;
        for c in line.chars() {
            if used + c.len_utf8() > MAX {
                let keep = physical.trim_end().len();
                let carried = physical.len() - keep;
                let carry = keep > 0 && 1 + carried + c.len_utf8() <= MAX;
                let next = if carry {
                    physical.split_off(keep)
                } else {
                    String::new()
                };
                self.text.push_str(&physical);
                self.text.push_str("\r\n ");
                used = 1 + next.len();
                physical = next;
            }
            physical.push(c);
            used += c.len_utf8();
        }
        self.text.push_str(&physical);
        self.text.push_str("\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let mut lines = Lines::default();
        lines.put(&format!("SUMMARY:{}", "é".repeat(60)));
        for line in lines.text.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        let unfolded = lines.text.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "é".repeat(60)));
    }

    #[test]
    fn no_folded_line_ends_in_whitespace_which_a_trimming_reader_would_lose() {
        // Each shift of the words puts a different character at the fold.
        for shift in 0..8 {
            let title = format!("{}{}", "x".repeat(shift), "word \u{3000}".repeat(30));
            let mut lines = Lines::default();
            lines.put(&format!("SUMMARY:{}", text(&title)));
            for line in lines.text.split("\r\n") {
                assert!(line.len() <= 75, "{line}");
                assert!(!line.ends_with(char::is_whitespace), "{line:?}");
            }
            let unfolded = lines.text.replace("\r\n ", "");
            assert_eq!(unfolded, format!("SUMMARY:{}\r\n", title.trim_end()));
        }
    }

    #[test]
    fn blanks_are_trimmed_and_long_runs_cut_so_folding_can_keep_them() {
        assert_eq!(text("  a \t b  "), "a      b");
        let spaced = format!("a{}b", " ".repeat(200));
        assert_eq!(text(&spaced), format!("a{}b", " ".repeat(BLANK_RUN)));
        let mut lines = Lines::default();
        lines.put(&format!("DESCRIPTION:{}{}", "x".repeat(60), text(&spaced)));
        for line in lines.text.split("\r\n") {
            assert!(!line.ends_with(' '), "{line:?}");
        }
    }

    #[test]
    fn text_escapes_what_icalendar_reserves_and_drops_escape_sequences() {
        assert_eq!(text("a;b,c\\d\ne\x1b[2J"), "a\\;b\\,c\\\\d\\ne[2J");
        assert_eq!(offset(Offset::constant(-3)), "-0300");
        assert_eq!(offset(Offset::from_seconds(19_800).unwrap()), "+0530");
    }
}
