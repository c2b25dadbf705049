//! The events and jobs boards: what a submission must say, what the workflow
//! publishes, filters, answers, and expiry by a clock the test moves.

use crate::forum::FieldName;
use jiff::Timestamp;

use super::editorial_tests::{Committee, committee};
use super::*;
use crate::domain::{EventKind, JobKind, Region, ReviewState, Rsvp, Strategy, SubmissionId};
use crate::testkit::{event_proposal, forum_at, job_proposal};

pub(super) fn approve(c: &Committee, id: SubmissionId) -> crate::domain::Submission {
    let version = c.forum.store().submission(id).unwrap().unwrap().version;
    c.forum
        .decide(
            &c.ada,
            id,
            version,
            Verdict::Approve,
            "Relevant to the network.",
        )
        .unwrap()
}

fn publish_event(c: &Committee, p: crate::domain::EventProposal) -> EventId {
    let s = c.forum.propose_event(&c.author, None, p, true).unwrap();
    approve(c, s.id);
    s.id.as_event()
}

pub(super) fn errors(result: Result<impl std::fmt::Debug, ForumError>) -> FieldErrors {
    match result {
        Err(ForumError::Invalid(e)) => e,
        other => panic!("expected field errors, got {other:?}"),
    }
}

#[test]
fn an_event_is_checked_field_by_field_and_a_draft_needs_only_a_title() {
    let c = committee();
    let mut p = event_proposal("Primary care days");
    p.ends = "2026-12-01 17:00".into();
    p.time_zone = "Europe/Genevaa".into();
    p.online = "example.org".into();
    let e = errors(c.forum.propose_event(&c.author, None, p, true));
    assert!(
        e.get(FieldName::Ends).unwrap().contains("after the start"),
        "{e:?}"
    );
    assert!(
        e.get(FieldName::TimeZone)
            .unwrap()
            .contains("unknown time zone")
    );
    assert!(e.get(FieldName::Online).unwrap().contains("https://"));

    let mut cfp = event_proposal("Call for abstracts");
    cfp.kind = EventKind::CallForPapers;
    cfp.online.clear();
    cfp.city.clear();
    cfp.region = None;
    let e = errors(c.forum.propose_event(&c.author, None, cfp.clone(), true));
    assert!(e.get(FieldName::Deadline).unwrap().contains("deadline"));
    assert!(
        e.get(FieldName::Online)
            .unwrap()
            .contains("online link or a city")
    );
    assert!(e.get(FieldName::Region).is_some());

    cfp.deadline = "2026-12-05".into();
    cfp.online = "https://example.org".into();
    cfp.region = Some(Region::Global);
    let e = errors(c.forum.propose_event(&c.author, None, cfp, true));
    assert!(
        e.get(FieldName::Deadline)
            .unwrap()
            .contains("on or before the start")
    );

    let mut past = event_proposal("Last week");
    past.starts = "2026-11-01 09:00".into();
    past.ends = "2026-11-01 10:00".into();
    let e = errors(c.forum.propose_event(&c.author, None, past, true));
    assert!(e.get(FieldName::Starts).unwrap().contains("passed"));

    let draft = crate::domain::EventProposal {
        title: "Half written".into(),
        starts: "next week sometime".into(),
        ..Default::default()
    };
    let s = c
        .forum
        .propose_event(&c.author, None, draft, false)
        .unwrap();
    assert_eq!(s.state, ReviewState::Draft);
    let crate::domain::Item::Event(kept) = s.item else {
        panic!()
    };
    assert_eq!(kept.starts, "next week sometime", "what was typed is kept");
}

#[test]
fn an_event_is_on_the_board_only_once_approved() {
    let c = committee();
    let s = c
        .forum
        .propose_event(&c.author, None, event_proposal("Primary care days"), true)
        .unwrap();
    let board = |v: &Viewer| c.forum.upcoming_events(v, &EventFilter::default()).unwrap();
    assert!(board(&c.reader).is_empty(), "pending items are invisible");
    assert!(c.forum.event(&c.reader, s.id.as_event()).is_err());
    approve(&c, s.id);
    let listed = board(&Viewer::Guest { key: None });
    assert_eq!(listed.len(), 1);
    let event = &listed[0].event;
    assert_eq!(
        (event.id, event.posted_by.as_str()),
        (s.id.as_event(), "amara")
    );
    assert_eq!(
        event.starts.to_string(),
        "2026-12-02T09:00:00+01:00[Europe/Zurich]"
    );

    let rejected = c
        .forum
        .propose_event(&c.author, None, event_proposal("Sales pitch"), true)
        .unwrap();
    c.forum
        .decide(
            &c.ada,
            rejected.id,
            rejected.version,
            Verdict::Reject,
            "Promotional.",
        )
        .unwrap();
    assert_eq!(board(&c.reader).len(), 1);
}

#[test]
fn the_board_filters_by_kind_region_strategy_and_month_in_the_readers_zone() {
    let c = committee();
    publish_event(&c, event_proposal("Geneva conference"));
    let mut webinar = event_proposal("Night webinar");
    webinar.kind = EventKind::Webinar;
    // 23:30 on 30 November in UTC is already December in Nairobi (UTC+3).
    webinar.starts = "2026-11-30 23:30".into();
    webinar.ends = "2026-12-01 00:30".into();
    webinar.time_zone = "UTC".into();
    webinar.region = Some(Region::African);
    webinar.strategies = vec![Strategy::Governance, Strategy::EngagingPeople];
    publish_event(&c, webinar);
    let titles = |v: &Viewer, f: EventFilter| -> Vec<String> {
        c.forum
            .upcoming_events(v, &f)
            .unwrap()
            .into_iter()
            .map(|l| l.event.title)
            .collect()
    };
    let all = titles(&c.reader, EventFilter::default());
    assert_eq!(all, ["Night webinar", "Geneva conference"], "soonest first");
    let kind = EventFilter {
        kind: Some(EventKind::Webinar),
        ..Default::default()
    };
    assert_eq!(titles(&c.reader, kind), ["Night webinar"]);
    let region = EventFilter {
        region: Some(Region::European),
        ..Default::default()
    };
    assert_eq!(titles(&c.reader, region), ["Geneva conference"]);
    let strategy = EventFilter {
        strategy: Some(Strategy::Governance),
        ..Default::default()
    };
    assert_eq!(titles(&c.reader, strategy), ["Night webinar"]);
    let december = EventFilter {
        month: Some((2026, 12)),
        ..Default::default()
    };
    assert_eq!(
        titles(&c.reader, december.clone()).len(),
        2,
        "Nairobi reads both in December"
    );
    assert_eq!(
        titles(&Viewer::Guest { key: None }, december),
        ["Geneva conference"],
        "UTC does not"
    );
}

#[test]
fn members_answer_events_and_find_them_under_my_events() {
    let c = committee();
    let id = publish_event(&c, event_proposal("Primary care days"));
    c.forum.rsvp(&c.reader, id, Some(Rsvp::Going)).unwrap();
    c.forum.rsvp(&c.moses, id, Some(Rsvp::Interested)).unwrap();
    let seen = c.forum.rsvp(&c.ada, id, Some(Rsvp::Going)).unwrap();
    assert_eq!(
        (seen.going, seen.interested, seen.mine),
        (2, 1, Some(Rsvp::Going))
    );
    c.forum.rsvp(&c.ada, id, Some(Rsvp::Interested)).unwrap();
    let seen = c.forum.event(&c.reader, id).unwrap();
    assert_eq!(
        (seen.going, seen.interested, seen.mine),
        (1, 2, Some(Rsvp::Going))
    );
    assert_eq!(c.forum.my_events(&c.reader).unwrap().len(), 1);
    c.forum.rsvp(&c.reader, id, None).unwrap();
    assert!(c.forum.my_events(&c.reader).unwrap().is_empty());
    assert!(matches!(
        c.forum
            .rsvp(&Viewer::Guest { key: None }, id, Some(Rsvp::Going)),
        Err(ForumError::NotAllowed(_))
    ));

    // Once it is over it moves to the past tab and takes no more answers.
    let later: Timestamp = "2026-12-04T00:00:00Z".parse().unwrap();
    let after = forum_at(c.forum.store(), later).unwrap();
    assert!(
        after
            .upcoming_events(&c.reader, &EventFilter::default())
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        after
            .past_events(&c.reader, &EventFilter::default())
            .unwrap()
            .len(),
        1
    );
    assert!(after.rsvp(&c.reader, id, Some(Rsvp::Going)).is_err());
}

#[test]
fn a_deadline_within_two_weeks_is_soon() {
    let c = committee();
    let mut cfp = event_proposal("Call for abstracts");
    cfp.kind = EventKind::CallForPapers;
    cfp.deadline = "2026-11-30".into();
    let id = publish_event(&c, cfp);
    let event = c.forum.event(&c.reader, id).unwrap().event;
    assert!(events::deadline_soon(&event, c.forum.now()));
    let early: Timestamp = "2026-11-01T00:00:00Z".parse().unwrap();
    assert!(!events::deadline_soon(&event, early));
    let after: Timestamp = "2026-12-01T00:00:00Z".parse().unwrap();
    assert!(
        !events::deadline_soon(&event, after),
        "a passed deadline is not soon"
    );
}

#[test]
fn a_job_is_checked_and_published_through_review() {
    let c = committee();
    let mut p = job_proposal("Community health lead");
    p.closes = "31 December".into();
    p.location.clear();
    p.how_to_apply.clear();
    let e = errors(c.forum.propose_job(&c.author, None, p, true));
    assert!(e.get(FieldName::Closes).unwrap().contains("2026-12-03"));
    assert!(e.get(FieldName::Location).unwrap().contains("remote"));
    assert!(e.get(FieldName::HowToApply).is_some());
    let mut gone = job_proposal("Too late");
    gone.closes = "2026-11-01".into();
    let e = errors(c.forum.propose_job(&c.author, None, gone, true));
    assert!(e.get(FieldName::Closes).unwrap().contains("passed"));
    // Said with the other fields' errors, not once they are fixed; and the
    // summary a script reads names every field.
    let mut many = job_proposal("");
    many.closes = "2026-11-01".into();
    many.how_to_apply.clear();
    let e = errors(c.forum.propose_job(&c.author, None, many, true));
    assert!(
        e.get(FieldName::Closes).unwrap().contains("passed"),
        "{e:?}"
    );
    assert!(e.get(FieldName::HowToApply).is_some(), "{e:?}");
    assert!(e.get(FieldName::Title).is_some(), "{e:?}");
    let said = ForumError::Invalid(e).to_string();
    for field in ["title:", "closes:", "how_to_apply:"] {
        assert!(said.contains(field), "{said}");
    }
    assert!(!said.contains("more)"), "{said}");
    // Titles everywhere ask what a thread's does: three characters or more.
    let e = errors(
        c.forum
            .propose_event(&c.author, None, event_proposal("Hi"), true),
    );
    assert!(
        e.get(FieldName::Title).unwrap().contains("at least 3"),
        "{e:?}"
    );
    let mut past = event_proposal("Last year's meeting");
    past.starts = "2026-01-05 09:00".into();
    past.ends = "2026-01-05 17:00".into();
    past.description.clear();
    let e = errors(c.forum.propose_event(&c.author, None, past, true));
    assert!(
        e.get(FieldName::Starts).unwrap().contains("passed"),
        "{e:?}"
    );
    assert!(e.get(FieldName::Description).is_some(), "{e:?}");

    let s = c
        .forum
        .propose_job(&c.author, None, job_proposal("Community health lead"), true)
        .unwrap();
    assert!(c.forum.open_jobs(&JobFilter::default()).unwrap().is_empty());
    approve(&c, s.id);
    let open = c.forum.open_jobs(&JobFilter::default()).unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].id, s.id.as_job());
}

#[test]
fn jobs_leave_the_board_after_their_closing_date_and_stay_in_the_archive() {
    let c = committee();
    for (title, closes) in [("Soon", "2026-11-25"), ("Later", "2026-12-31")] {
        let mut p = job_proposal(title);
        p.closes = closes.into();
        let s = c.forum.propose_job(&c.author, None, p, true).unwrap();
        approve(&c, s.id);
    }
    let titles = |jobs: Vec<crate::domain::Job>| -> Vec<String> {
        jobs.into_iter().map(|j| j.title).collect()
    };
    let f = JobFilter::default();
    assert_eq!(titles(c.forum.open_jobs(&f).unwrap()), ["Soon", "Later"]);
    let soon = &c.forum.open_jobs(&f).unwrap()[0];
    assert!(jobs::closing_soon(soon, c.forum.now()));

    // Still 25 November somewhere on Earth at 11:00 UTC on the 26th.
    let last_hour = forum_at(c.forum.store(), "2026-11-26T11:00:00Z".parse().unwrap()).unwrap();
    assert_eq!(titles(last_hour.open_jobs(&f).unwrap()), ["Soon", "Later"]);
    let after = forum_at(c.forum.store(), "2026-11-26T12:00:00Z".parse().unwrap()).unwrap();
    assert_eq!(titles(after.open_jobs(&f).unwrap()), ["Later"]);
    assert_eq!(titles(after.archived_jobs(&f).unwrap()), ["Soon"]);
}

#[test]
fn only_the_poster_or_an_admin_closes_a_job_early() {
    let c = committee();
    let s = c
        .forum
        .propose_job(&c.author, None, job_proposal("Community health lead"), true)
        .unwrap();
    approve(&c, s.id);
    assert!(matches!(
        c.forum.close_job(&c.reader, s.id.as_job()),
        Err(ForumError::NotAllowed(_))
    ));
    assert!(matches!(
        c.forum.close_job(&c.moses, s.id.as_job()),
        Err(ForumError::NotAllowed(_))
    ));
    let closed = c.forum.close_job(&c.author, s.id.as_job()).unwrap();
    assert!(closed.closed_early.is_some());
    let f = JobFilter::default();
    assert!(c.forum.open_jobs(&f).unwrap().is_empty());
    assert_eq!(c.forum.archived_jobs(&f).unwrap().len(), 1);
    assert!(
        c.forum.close_job(&c.author, s.id.as_job()).is_err(),
        "closed already"
    );
}

#[test]
fn the_jobs_board_filters_by_kind_region_remote_and_competency() {
    let c = committee();
    let mut training = job_proposal("Remote training");
    training.kind = JobKind::Training;
    training.remote = true;
    training.region = Some(Region::Global);
    training.competencies = vec![crate::domain::Competency::Communication];
    for p in [job_proposal("Nairobi post"), training] {
        let s = c.forum.propose_job(&c.author, None, p, true).unwrap();
        approve(&c, s.id);
    }
    let titles = |f: JobFilter| -> Vec<String> {
        c.forum
            .open_jobs(&f)
            .unwrap()
            .into_iter()
            .map(|j| j.title)
            .collect()
    };
    assert_eq!(
        titles(JobFilter {
            remote: true,
            ..Default::default()
        }),
        ["Remote training"]
    );
    assert_eq!(
        titles(JobFilter {
            kind: Some(JobKind::Job),
            ..Default::default()
        }),
        ["Nairobi post"]
    );
    assert_eq!(
        titles(JobFilter {
            region: Some(Region::African),
            ..Default::default()
        }),
        ["Nairobi post"]
    );
    assert_eq!(
        titles(JobFilter {
            competency: Some(crate::domain::Competency::Communication),
            ..Default::default()
        }),
        ["Remote training"]
    );
}

#[test]
fn the_committee_withdraws_an_approved_event_or_job_with_a_reason_in_the_audit_log() {
    let c = committee();
    let event = publish_event(&c, event_proposal("Primary care days"));
    c.forum.rsvp(&c.reader, event, Some(Rsvp::Going)).unwrap();
    let job = c
        .forum
        .propose_job(&c.author, None, job_proposal("Community health lead"), true)
        .unwrap()
        .id;
    approve(&c, job);
    assert!(matches!(
        c.forum
            .withdraw_event(&c.author, event, "Mine to take down."),
        Err(ForumError::NotAllowed(_))
    ));
    let e = errors(c.forum.withdraw_event(&c.moses, event, ""));
    assert!(e.get(FieldName::Reason).is_some());
    c.forum
        .withdraw_event(&c.moses, event, "The organizer cancelled it.")
        .unwrap();
    c.forum
        .withdraw_job(&c.moses, job.as_job(), "Spam.")
        .unwrap();

    let f = EventFilter::default();
    assert!(c.forum.upcoming_events(&c.reader, &f).unwrap().is_empty());
    assert!(c.forum.open_jobs(&JobFilter::default()).unwrap().is_empty());
    assert!(
        c.forum
            .archived_jobs(&JobFilter::default())
            .unwrap()
            .is_empty()
    );
    // Who said they were going still finds it, with the reason.
    let mine = c.forum.my_events(&c.reader).unwrap();
    let hiding = mine[0].event.withdrawn.as_ref().unwrap();
    assert_eq!(
        (hiding.by.as_str(), hiding.reason.as_str()),
        ("moses", "The organizer cancelled it.")
    );
    assert!(
        c.forum
            .rsvp(&c.reader, event, Some(Rsvp::Interested))
            .is_err()
    );
    let again = c.forum.withdraw_event(&c.ada, event, "Twice.").unwrap_err();
    assert!(again.to_string().contains("withdrawn by moses"), "{again}");
    assert!(c.forum.close_job(&c.author, job.as_job()).is_err());

    let log = super::editorial_tests::audit(
        &c,
        AuditFilter {
            action: Some(crate::domain::AuditAction::Withdraw),
            ..Default::default()
        },
    );
    let targets: Vec<&str> = log.iter().map(|e| e.target.as_str()).collect();
    assert_eq!(
        targets,
        [
            format!("job {job} (Community health lead)"),
            format!("event {event} (Primary care days)")
        ]
    );
    assert_eq!(log[1].reason, "The organizer cancelled it.");
    assert_eq!(
        (log[1].before.as_str(), log[1].after.as_str()),
        ("on the events board", "withdrawn")
    );
}

/// Its poster (or the committee) corrects an approved event at once, the audit
/// log saying what changed and why, and those who answered are told; another
/// member or a guest may not; a withdrawn one is not corrected.
#[test]
fn a_poster_corrects_an_approved_event_and_the_correction_is_audited() {
    use crate::forum::corrections::{event_proposal_of, job_proposal_of};
    let c = committee();
    let s = c
        .forum
        .propose_event(&c.author, None, event_proposal("Primary care days"), true)
        .unwrap();
    approve(&c, s.id);
    let id = s.id.as_event();
    c.forum.rsvp(&c.reader, id, Some(Rsvp::Going)).unwrap();
    let event = c.forum.event(&c.author, id).unwrap().event;
    let mut p = event_proposal_of(&event);
    p.city = "Lausanne".into();
    for who in [&c.reader, &Viewer::Guest { key: None }] {
        assert!(c.forum.correct_event(who, id, p.clone(), "Moved.").is_err());
    }
    let unchanged = c
        .forum
        .correct_event(&c.author, id, event_proposal_of(&event), "No change.");
    assert!(
        unchanged
            .unwrap_err()
            .to_string()
            .contains("nothing in it changed")
    );
    let corrected = c
        .forum
        .correct_event(&c.author, id, p.clone(), "The venue moved to Lausanne.")
        .unwrap();
    assert_eq!(corrected.city, "Lausanne");
    assert_eq!(corrected.posted_by, event.posted_by);
    assert_eq!(corrected.published_at, event.published_at);
    let log = super::editorial_tests::audit(
        &c,
        crate::forum::AuditFilter {
            action: Some(crate::domain::AuditAction::Correct),
            ..Default::default()
        },
    );
    assert_eq!(
        (log[0].before.as_str(), log[0].after.as_str()),
        ("city: Geneva", "city: Lausanne")
    );
    let shown = c.forum.event(&c.reader, id).unwrap().event;
    assert_eq!(shown.corrections[0].reason, "The venue moved to Lausanne.");
    assert_eq!(log[0].reason, "The venue moved to Lausanne.");
    let told = c.forum.notifications(&c.reader).unwrap();
    assert!(
        told[0].text.contains("was corrected: The venue moved"),
        "{told:?}"
    );
    // The committee corrects too; once withdrawn, nobody does.
    p.city = "Geneva".into();
    c.forum
        .correct_event(&c.moses, id, p.clone(), "Back to Geneva.")
        .unwrap();
    c.forum.withdraw_event(&c.moses, id, "Cancelled.").unwrap();
    p.city = "Bern".into();
    let late = c.forum.correct_event(&c.author, id, p, "Bern.");
    assert!(late.unwrap_err().to_string().contains("withdrawn"));

    // A job the same way.
    let s = c
        .forum
        .propose_job(&c.author, None, job_proposal("Data officer"), true)
        .unwrap();
    approve(&c, s.id);
    let job = c.forum.job(s.id.as_job()).unwrap();
    let mut p = job_proposal_of(&job);
    p.how_to_apply = "Apply at https://example.org/apply before the closing date.".into();
    assert!(
        c.forum
            .correct_job(&c.reader, job.id, p.clone(), "Link.")
            .is_err()
    );
    let corrected = c
        .forum
        .correct_job(&c.author, job.id, p, "The link changed.")
        .unwrap();
    assert!(corrected.how_to_apply.contains("example.org/apply"));
}
