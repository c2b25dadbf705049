//! The boards at size: 2,000 events (half of them past) with 20,000 answers and
//! 2,000 jobs (half closed), then times what a member's screens and a calendar
//! subscriber ask for: the upcoming events with their counts, the past tab, the
//! open jobs, the archive, the iCalendar and Atom feeds, and drawing the events
//! board.
//! Prints figures; asserts nothing about speed.
//!
//!     cargo run --release --example boards_bench [-- EVENTS]

mod common;

use std::time::Instant;

use jiff::ToSpan;
use stoa::domain::{EventId, JobId, Rsvp};
use stoa::forum::Viewer;
use stoa_core::testkit;
use stoa_ui::tui::harness::Harness;

const ROUNDS: u32 = 20;

fn main() {
    let events: i64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2_000);
    let dir = tempfile::tempdir().expect("temporary directory");
    let forum = testkit::forum(dir.path()).expect("forum");
    let members: Vec<Viewer> = (0..10u8)
        .map(|i| {
            testkit::viewer(testkit::sign_up(&forum, &format!("member{i}"), i + 1).expect("member"))
        })
        .collect();
    let now = forum.now();
    let started = Instant::now();
    for i in 0..events {
        // Half before now, half after, a day apart either side.
        let mut p = testkit::event_proposal(&format!("Event {i}: primary care days"));
        let day = now
            .checked_add(((i - events / 2) * 24).hours())
            .unwrap_or(now)
            .to_zoned(jiff::tz::TimeZone::UTC)
            .date();
        p.starts = format!("{day} 09:00");
        p.ends = format!("{day} 17:00");
        p.time_zone = [
            "Europe/Zurich",
            "Africa/Nairobi",
            "America/Bogota",
            "Asia/Kolkata",
        ][(i % 4) as usize]
            .into();
        let mut event = stoa::forum::events::publishable(&p).expect("event");
        event.id = EventId(1_000_000 + i as u64);
        forum.store().put_event(&event).expect("event stored");
        for (m, member) in members.iter().enumerate() {
            let username = &member.account().expect("member").username;
            let answer = if m % 3 == 0 {
                Rsvp::Interested
            } else {
                Rsvp::Going
            };
            forum
                .store()
                .set_rsvp(event.id, username, Some(answer))
                .expect("answer");
        }
        let mut j = testkit::job_proposal(&format!("Job {i}: community health lead"));
        let closes = now
            .checked_add(((i - events / 2) * 24).hours())
            .unwrap_or(now)
            .to_zoned(jiff::tz::TimeZone::UTC)
            .date();
        j.closes = closes.to_string();
        let mut job = stoa::forum::jobs::publishable(&j).expect("job");
        job.id = JobId(2_000_000 + i as u64);
        forum.store().put_job(&job).expect("job stored");
    }
    forum.store().durable().expect("flush");
    println!(
        "Loaded {events} events ({} answers) and {events} jobs in {:.1} s",
        events * members.len() as i64,
        started.elapsed().as_secs_f64()
    );

    let reader = &members[0];
    let default = Default::default();
    time("upcoming events, with answers", || {
        forum
            .upcoming_events(reader, &default)
            .expect("events")
            .len()
    });
    time("past events (newest 200)", || {
        forum.past_events(reader, &default).expect("events").len()
    });
    time("my events", || forum.my_events(reader).expect("mine").len());
    time("open jobs", || {
        forum.open_jobs(&Default::default()).expect("jobs").len()
    });
    time("jobs archive (newest 200)", || {
        forum
            .archived_jobs(&Default::default())
            .expect("jobs")
            .len()
    });
    let mut ics_bytes = 0;
    time("events.ics", || {
        let out = stoa::exec::run(&forum, reader, "events.ics", b"");
        ics_bytes = out.stdout.len();
        1
    });
    println!("  events.ics is {} KiB", ics_bytes / 1024);
    let mut feed_bytes = 0;
    time("feed (Atom, newest 50)", || {
        let out = stoa::exec::run(&forum, reader, "feed", b"");
        feed_bytes = out.stdout.len();
        1
    });
    println!("  the feed is {} KiB", feed_bytes / 1024);
    let mut session = Harness::member(&forum, reader, 1);
    time("open and draw the events board at 80x24", || {
        session.keys("ge");
        session.screen().len()
    });
}

fn time(what: &str, work: impl FnMut() -> usize) {
    common::time(what, ROUNDS, work)
}
