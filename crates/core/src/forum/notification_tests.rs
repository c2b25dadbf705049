//! Who is told what: each source of notifications, the watch rules, reading and
//! alerts.

use super::alerts::Alert;
use super::board_tests::approve;
use super::editorial_tests::{Committee, committee};
use super::*;
use crate::domain::{EventKind, NoticeKind, Notification, Region, Target, Thread};
use crate::testkit::{event_proposal, job_proposal};

fn start(c: &Committee, who: &Viewer, title: &str, body: &str) -> Thread {
    c.forum
        .start_thread(
            who,
            "care",
            NewThread {
                language: None,
                title: title.into(),
                body: body.into(),
            },
        )
        .unwrap()
}

fn mine(c: &Committee, who: &Viewer) -> Vec<Notification> {
    c.forum.notifications(who).unwrap()
}

fn kinds(c: &Committee, who: &Viewer) -> Vec<NoticeKind> {
    mine(c, who).iter().map(|n| n.kind).collect()
}

#[test]
fn a_reply_tells_the_author_of_the_post_it_answers() {
    let c = committee();
    let thread = start(&c, &c.author, "Task sharing", "Who does what?");
    let reply = c
        .forum
        .reply(&c.reader, thread.id.opening_post(), "Nurses, mostly.")
        .unwrap();
    let told = mine(&c, &c.author);
    assert_eq!(told.len(), 1);
    assert_eq!(told[0].kind, NoticeKind::Reply);
    assert_eq!(told[0].from.as_deref(), Some("li_wei"));
    assert_eq!(
        told[0].text,
        "li_wei display replied to you in \"Task sharing\""
    );
    assert_eq!(
        told[0].target,
        Target::Post {
            thread: thread.id,
            post: reply.id
        }
    );
    assert_eq!(c.forum.unread_notifications(&c.author).unwrap(), 1);
    // Nobody is told of their own post.
    assert!(mine(&c, &c.reader).is_empty());
}

#[test]
fn a_mention_tells_the_member_named_once_even_when_also_answered() {
    let c = committee();
    let thread = start(&c, &c.author, "Scorecards", "Ideas welcome, @moses.");
    assert_eq!(kinds(&c, &c.moses), [NoticeKind::Mention]);
    // A reply to amara that also names her is one notification, the reply.
    c.forum
        .reply(
            &c.reader,
            thread.id.opening_post(),
            "@amara we used them in Kisumu.",
        )
        .unwrap();
    assert_eq!(kinds(&c, &c.author), [NoticeKind::Reply]);
}

#[test]
fn watchers_hear_of_new_posts_and_starting_or_replying_watches() {
    let c = committee();
    let thread = start(&c, &c.author, "Referrals", "How do you close the loop?");
    assert!(c.forum.watching(&c.author, thread.id).unwrap());
    assert!(!c.forum.watching(&c.moses, thread.id).unwrap());
    let first = c
        .forum
        .reply(&c.reader, thread.id.opening_post(), "SMS back.")
        .unwrap();
    assert!(c.forum.watching(&c.reader, thread.id).unwrap());
    // moses watches on purpose without writing.
    c.forum.watch(&c.moses, thread.id, true).unwrap();
    // ada answers li_wei: li_wei is answered, amara and moses watch.
    c.forum.reply(&c.ada, first.id, "Paper slips too.").unwrap();
    assert_eq!(kinds(&c, &c.reader), [NoticeKind::Reply]);
    assert_eq!(kinds(&c, &c.moses), [NoticeKind::Watched]);
    assert_eq!(
        kinds(&c, &c.author),
        [NoticeKind::Watched, NoticeKind::Reply]
    );
    assert_eq!(
        mine(&c, &c.moses)[0].text,
        "ada display posted in \"Referrals\""
    );
}

#[test]
fn unwatching_is_kept_even_after_replying_again() {
    let c = committee();
    let thread = start(&c, &c.author, "Budgets", "Line items for outreach?");
    c.forum.watch(&c.author, thread.id, false).unwrap();
    c.forum
        .reply(&c.author, thread.id.opening_post(), "Adding: fuel.")
        .unwrap();
    assert!(!c.forum.watching(&c.author, thread.id).unwrap());
    let reply = c
        .forum
        .reply(&c.reader, thread.id.opening_post(), "Per diems.")
        .unwrap();
    // Answered directly, so told; not as a watcher of the thread.
    assert_eq!(kinds(&c, &c.author), [NoticeKind::Reply]);
    c.forum.reply(&c.moses, reply.id, "And airtime.").unwrap();
    assert_eq!(kinds(&c, &c.author), [NoticeKind::Reply]);
}

#[test]
fn guests_cannot_watch_or_have_notifications() {
    let c = committee();
    let thread = start(&c, &c.author, "Open", "Anyone?");
    let guest = Viewer::Guest { key: None };
    assert!(c.forum.watch(&guest, thread.id, true).is_err());
    assert!(c.forum.notifications(&guest).is_err());
    assert_eq!(c.forum.unread_notifications(&guest).unwrap(), 0);
    assert!(!c.forum.watching(&guest, thread.id).unwrap());
}

#[test]
fn a_run_of_replies_folds_into_one_unread_notification() {
    let c = committee();
    let thread = start(&c, &c.author, "Data use", "Dashboards?");
    let first = c
        .forum
        .reply(&c.reader, thread.id.opening_post(), "Monthly ones.")
        .unwrap();
    c.forum
        .reply(&c.moses, thread.id.opening_post(), "Weekly.")
        .unwrap();
    c.forum
        .reply(&c.ada, thread.id.opening_post(), "Daily, in outbreaks.")
        .unwrap();
    let told = mine(&c, &c.author);
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0].more, 2);
    assert_eq!(
        told[0].summary(),
        "li_wei display replied to you in \"Data use\" (and 2 more)"
    );
    // It leads to the first of them, where reading starts.
    assert_eq!(
        told[0].target,
        Target::Post {
            thread: thread.id,
            post: first.id
        }
    );
    assert_eq!(c.forum.unread_notifications(&c.author).unwrap(), 1);
    // Once read, the next reply is news again.
    c.forum.mark_all_notifications_read(&c.author).unwrap();
    assert_eq!(mine(&c, &c.author)[0].more, 2, "the count stays with it");
    c.forum
        .reply(&c.reader, thread.id.opening_post(), "And yearly.")
        .unwrap();
    assert_eq!(mine(&c, &c.author).len(), 2);
    assert_eq!(c.forum.unread_notifications(&c.author).unwrap(), 1);
}

#[test]
fn reading_the_thread_or_marking_reads_notifications() {
    let c = committee();
    let thread = start(&c, &c.author, "Data use", "Dashboards?");
    let reply = c
        .forum
        .reply(&c.reader, thread.id.opening_post(), "Monthly ones.")
        .unwrap();
    c.forum
        .reply(&c.moses, reply.id, "Weekly, @amara.")
        .unwrap();
    // A reply to her, and a mention of her in a reply to someone else.
    assert_eq!(c.forum.unread_notifications(&c.author).unwrap(), 2);
    // Reading up to the first reply reads the notification that leads there.
    c.forum.mark_read(&c.author, thread.id, reply.id).unwrap();
    assert_eq!(c.forum.unread_notifications(&c.author).unwrap(), 1);
    let unread = mine(&c, &c.author).into_iter().find(|n| !n.read).unwrap();
    assert_eq!(unread.kind, NoticeKind::Mention);
    c.forum
        .mark_notifications(&c.author, &[unread.id], true)
        .unwrap();
    assert_eq!(c.forum.unread_notifications(&c.author).unwrap(), 0);
    c.forum
        .mark_notifications(&c.author, &[unread.id], false)
        .unwrap();
    assert_eq!(c.forum.mark_all_notifications_read(&c.author).unwrap(), 1);
    assert_eq!(c.forum.unread_notifications(&c.author).unwrap(), 0);
    // Someone else's ids change nothing of theirs.
    assert_eq!(
        c.forum
            .mark_notifications(&c.reader, &[unread.id], false)
            .unwrap(),
        0
    );
}

#[test]
fn marking_a_community_read_reads_all_its_threads() {
    let c = committee();
    for title in ["One", "Two", "Three"] {
        start(&c, &c.author, title, "Text.");
    }
    assert_eq!(c.forum.mark_community_read(&c.reader, "care").unwrap(), 3);
    let threads = c.forum.threads(&c.reader, "care").unwrap();
    assert_eq!(threads.len(), 3);
    assert!(threads.iter().all(|t| !t.unread));
    assert_eq!(c.forum.mark_community_read(&c.reader, "care").unwrap(), 0);
}

#[test]
fn decisions_tell_the_author_with_the_reason() {
    let c = committee();
    let s = c
        .forum
        .propose_event(&c.author, None, event_proposal("Care days"), true)
        .unwrap();
    let version = c.forum.store().submission(s.id).unwrap().unwrap().version;
    c.forum
        .decide(
            &c.moses,
            s.id,
            version,
            Verdict::RequestChanges,
            "Add the programme link.",
        )
        .unwrap();
    let told = mine(&c, &c.author);
    assert_eq!(told[0].kind, NoticeKind::Decision);
    assert_eq!(
        told[0].text,
        "The committee asks for changes to your event \"Care days\": Add the programme link."
    );
    assert_eq!(told[0].target, Target::Submission { id: s.id });
    c.forum
        .propose_event(&c.author, Some(s.id), event_proposal("Care days"), true)
        .unwrap();
    approve(&c, s.id);
    let told = mine(&c, &c.author);
    assert_eq!(
        told[0].text,
        "Your event \"Care days\" was approved and published"
    );
    assert_eq!(
        told[0].target,
        Target::Event {
            id: s.id.as_event()
        }
    );
}

#[test]
fn alerts_tell_of_matching_new_events_and_jobs_only() {
    let c = committee();
    let trainings_in_africa = Alert::Events(EventFilter {
        kind: Some(EventKind::Training),
        region: Some(Region::African),
        ..EventFilter::default()
    });
    c.forum.save_alert(&c.reader, &trainings_in_africa).unwrap();
    assert!(c.forum.save_alert(&c.reader, &trainings_in_africa).is_err());
    c.forum
        .save_alert(&c.moses, &Alert::Jobs(JobFilter::default()))
        .unwrap();
    assert_eq!(
        trainings_in_africa.describe(),
        "new events: training, African Region"
    );

    // A conference in Europe matches nothing of li_wei's.
    let s = c
        .forum
        .propose_event(&c.author, None, event_proposal("Care days"), true)
        .unwrap();
    approve(&c, s.id);
    assert!(mine(&c, &c.reader).is_empty());

    let mut training = event_proposal("Supervision skills");
    training.kind = EventKind::Training;
    training.region = Some(Region::African);
    let s = c
        .forum
        .propose_event(&c.author, None, training, true)
        .unwrap();
    approve(&c, s.id);
    let told = mine(&c, &c.reader);
    assert_eq!(told.len(), 1);
    assert_eq!(told[0].kind, NoticeKind::Alert);
    assert_eq!(
        told[0].target,
        Target::Event {
            id: s.id.as_event()
        }
    );
    assert!(
        told[0].text.contains("Supervision skills"),
        "{}",
        told[0].text
    );

    let job = c
        .forum
        .propose_job(&c.author, None, job_proposal("County lead"), true)
        .unwrap();
    approve(&c, job.id);
    assert_eq!(kinds(&c, &c.moses), [NoticeKind::Alert]);
    assert_eq!(mine(&c, &c.reader).len(), 1);

    let (id, _) = c.forum.alerts(&c.reader).unwrap()[0].clone();
    c.forum.remove_alert(&c.reader, id).unwrap();
    assert!(c.forum.alerts(&c.reader).unwrap().is_empty());
    assert!(c.forum.remove_alert(&c.moses, id).is_err());
}

#[test]
fn withdrawing_an_event_tells_its_poster_and_those_who_answered() {
    let c = committee();
    let s = c
        .forum
        .propose_event(&c.author, None, event_proposal("Care days"), true)
        .unwrap();
    approve(&c, s.id);
    c.forum
        .rsvp(&c.reader, s.id.as_event(), Some(crate::domain::Rsvp::Going))
        .unwrap();
    c.forum
        .withdraw_event(&c.moses, s.id.as_event(), "Postponed to spring.")
        .unwrap();
    for who in [&c.author, &c.reader] {
        let told = mine(&c, who);
        assert!(
            told[0].text.contains("withdrew") && told[0].text.contains("Postponed to spring."),
            "{told:?}"
        );
    }
}

#[test]
fn notifications_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let forum = crate::testkit::forum(dir.path()).unwrap();
        let cast = crate::testkit::cast(&forum).unwrap();
        forum
            .store()
            .put_community(&crate::testkit::community("care"))
            .unwrap();
        let thread = forum
            .start_thread(
                &cast.li,
                "care",
                NewThread {
                    language: None,
                    title: "Kept".into(),
                    body: "Hello @amara".into(),
                },
            )
            .unwrap();
        assert!(forum.watching(&cast.li, thread.id).unwrap());
    }
    let forum = crate::testkit::forum(dir.path()).unwrap();
    let amara = crate::testkit::viewer(forum.account("amara").unwrap().unwrap());
    assert_eq!(forum.unread_notifications(&amara).unwrap(), 1);
}

#[test]
fn a_busy_watched_thread_is_one_notification_counting_its_new_posts() {
    let c = committee();
    let thread = start(&c, &c.author, "Outbreak log", "Day one.");
    c.forum.watch(&c.moses, thread.id, true).unwrap();
    let first = c
        .forum
        .reply(&c.author, thread.id.opening_post(), "Day two.")
        .unwrap();
    c.forum
        .reply(&c.reader, thread.id.opening_post(), "Day three.")
        .unwrap();
    c.forum
        .reply(&c.author, thread.id.opening_post(), "Day four.")
        .unwrap();
    let told = mine(&c, &c.moses);
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0].kind, NoticeKind::Watched);
    assert_eq!(
        told[0].target,
        Target::Post {
            thread: thread.id,
            post: first.id
        }
    );
    assert_eq!(
        told[0].summary(),
        "amara display posted in \"Outbreak log\" (and 2 more)"
    );
    // Read, the count stays as it was; the next post starts a new one.
    c.forum.mark_all_notifications_read(&c.moses).unwrap();
    c.forum
        .reply(&c.reader, thread.id.opening_post(), "Day five.")
        .unwrap();
    let told = mine(&c, &c.moses);
    assert_eq!(told.len(), 2);
    assert_eq!(
        told[0].summary(),
        "li_wei display posted in \"Outbreak log\""
    );
    assert_eq!(
        told[1].summary(),
        "amara display posted in \"Outbreak log\" (and 2 more)"
    );
}
