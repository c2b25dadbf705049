//! How fast members may start threads, reply, edit and propose: each limit
//! refuses the act after it with the words members read, the committee is
//! not limited, and a window that has passed counts no more.

use super::*;
use crate::domain::{Item, Role};
use crate::forum::testing::{forum, member};
use crate::forum::{Editorial, Forum, ForumError, NewThread, Viewer};
use crate::testkit::{event_proposal, viewer};

fn community(forum: &Forum) {
    forum
        .store()
        .put_community(&crate::testkit::community("care"))
        .unwrap();
}

fn thread(forum: &Forum, who: &Viewer, n: usize) -> Result<crate::domain::Thread, ForumError> {
    forum.start_thread(
        who,
        "care",
        NewThread {
            language: None,
            title: format!("Handover visits, part {n}"),
            body: "How do your teams hand over between shifts?".into(),
        },
    )
}

/// How many of `act` go through before one is refused, and why it was.
fn until_refused(
    most: usize,
    mut act: impl FnMut(usize) -> Result<(), ForumError>,
) -> (usize, String) {
    for n in 0..most {
        if let Err(e) = act(n) {
            return (n, e.to_string());
        }
    }
    panic!("{most} went through without a refusal");
}

#[test]
fn a_member_starts_ten_threads_an_hour_and_the_committee_is_not_limited() {
    let (forum, _dir) = forum();
    community(&forum);
    let amara = viewer(member(&forum, "amara", 1, Role::Member));
    let moses = viewer(member(&forum, "moses", 2, Role::Moderator));
    let (n, why) = until_refused(20, |n| thread(&forum, &amara, n).map(drop));
    assert_eq!(n, 10);
    assert_eq!(
        why,
        "you have started 10 threads in the last hour; wait a little, or reply in one of them"
    );
    // Nothing was written by the refused one.
    assert_eq!(forum.threads(&amara, "care").unwrap().len(), 10);
    let mut last = None;
    for n in 0..15 {
        last = Some(thread(&forum, &moses, n).unwrap());
    }
    // Replying is paced apart from starting.
    let last = last.unwrap().id.opening_post();
    forum.reply(&amara, last, "Still here.").unwrap();
}

#[test]
fn a_member_posts_sixty_replies_and_makes_sixty_edits_in_ten_minutes() {
    let (forum, _dir) = forum();
    community(&forum);
    let amara = viewer(member(&forum, "amara", 1, Role::Member));
    let li = viewer(member(&forum, "li", 2, Role::Member));
    let opening = thread(&forum, &amara, 0).unwrap().id.opening_post();
    let (n, why) = until_refused(80, |n| {
        forum
            .reply(&li, opening, &format!("Reply number {n}."))
            .map(drop)
    });
    assert_eq!(n, 60);
    assert_eq!(
        why,
        "you have posted 60 replies in ten minutes; wait a little before the next"
    );
    // Another member is not slowed by li.
    forum.reply(&amara, opening, "My turn.").unwrap();
    let (n, why) = until_refused(80, |n| {
        forum
            .edit_post(&amara, opening, None, &format!("Edited, take {n}."))
            .map(drop)
    });
    assert_eq!(n, 60);
    assert_eq!(
        why,
        "you have made 60 edits in ten minutes; wait a little before the next"
    );
}

#[test]
fn a_member_sends_thirty_items_a_day_and_a_held_post_is_paced_as_a_reply() {
    let (forum, _dir) = forum();
    let amara = viewer(member(&forum, "amara", 1, Role::Member));
    let moses = viewer(member(&forum, "moses", 2, Role::Moderator));
    // A draft (not counted), then sending it (counted); a second draft.
    let draft = forum
        .propose(
            &amara,
            None,
            Item::Event(event_proposal("Draft first")),
            false,
        )
        .unwrap();
    forum
        .propose(
            &amara,
            Some(draft.id),
            Item::Event(event_proposal("Draft first")),
            true,
        )
        .unwrap();
    let kept = forum
        .propose(&amara, None, Item::Event(event_proposal("Kept")), false)
        .unwrap();
    let (n, why) = until_refused(40, |n| {
        forum
            .propose(
                &amara,
                None,
                Item::Event(event_proposal(&format!("Webinar {n}"))),
                true,
            )
            .map(drop)
    });
    assert_eq!(n, 29);
    assert_eq!(
        why,
        "you have sent 30 items to the committee in the last day; wait a little before the next"
    );
    // Drafts are never refused (a dropped connection saves one): saving one
    // again, or a new one. Sending is.
    let again = Item::Event(event_proposal("Kept, with more"));
    forum
        .propose(&amara, Some(kept.id), again.clone(), false)
        .unwrap();
    forum
        .propose(
            &amara,
            None,
            Item::Event(event_proposal("Written as the link dropped")),
            false,
        )
        .unwrap();
    let refused = forum
        .propose(&amara, Some(kept.id), again, true)
        .unwrap_err();
    assert!(refused.to_string().contains("30 items"), "{refused}");
    for n in 0..40 {
        forum
            .propose(
                &moses,
                None,
                Item::Event(event_proposal(&format!("Committee's {n}"))),
                true,
            )
            .unwrap();
    }

    // A new member whose posts wait for review: held posts count as replies.
    let (held, _dir) = {
        let dir = tempfile::tempdir().unwrap();
        let forum = crate::testkit::forum_with(
            dir.path(),
            Editorial {
                new_member_posts: 100,
                ..Editorial::default()
            },
        )
        .unwrap();
        (forum, dir)
    };
    community(&held);
    let ada = viewer(member(&held, "ada", 4, Role::Moderator));
    let chen = viewer(member(&held, "chen", 3, Role::Member));
    let opening = thread(&held, &ada, 0).unwrap().id.opening_post();
    let mut waiting = 0;
    let (n, why) = until_refused(80, |n| {
        match held.reply(&chen, opening, &format!("Hello, number {n}.")) {
            Err(ForumError::Held(_)) => {
                waiting += 1;
                Ok(())
            }
            other => other.map(drop),
        }
    });
    assert_eq!((n, waiting), (60, 60), "{why}");
    assert!(why.contains("60 replies in ten minutes"), "{why}");
}

#[test]
fn the_window_moves_on() {
    let pace = Pace::default();
    let start: jiff::Timestamp = crate::testkit::NOW.parse().unwrap();
    for _ in 0..10 {
        assert!(pace.allow("amara", Paced::Threads, start));
    }
    assert!(!pace.allow("amara", Paced::Threads, start));
    // Another kind of act, and another member, have their own count.
    assert!(pace.allow("amara", Paced::Replying, start));
    assert!(pace.allow("li", Paced::Threads, start));
    let later = start + jiff::SignedDuration::from_mins(59);
    assert!(!pace.allow("amara", Paced::Threads, later));
    let hour = start + jiff::SignedDuration::from_hours(1);
    assert!(pace.allow("amara", Paced::Threads, hour));
    // A day for proposals.
    for _ in 0..30 {
        assert!(pace.allow("amara", Paced::Submitting, start));
    }
    assert!(!pace.allow(
        "amara",
        Paced::Submitting,
        start + jiff::SignedDuration::from_hours(23)
    ));
    assert!(pace.allow(
        "amara",
        Paced::Submitting,
        start + jiff::SignedDuration::from_hours(24)
    ));
    // Off, for load harnesses.
    let off = Pace::off();
    for _ in 0..1_000 {
        assert!(off.allow("amara", Paced::Threads, start));
    }
}

#[test]
fn forgetting_the_quiet_keeps_each_count_for_its_own_window() {
    let pace = Pace::default();
    let start: jiff::Timestamp = crate::testkit::NOW.parse().unwrap();
    for _ in 0..30 {
        assert!(pace.allow("amara", Paced::Submitting, start));
    }
    // An hour later, more than 10,000 members reply: the quiet are forgotten,
    // but amara's proposals of the day still count.
    let later = start + jiff::SignedDuration::from_hours(1);
    for n in 0..10_001 {
        assert!(pace.allow(&format!("member{n}"), Paced::Replying, later));
    }
    assert!(pace.allow("li", Paced::Replying, later));
    assert!(!pace.allow("amara", Paced::Submitting, later));
}

#[test]
fn what_is_refused_or_changes_nothing_is_not_counted() {
    let (forum, _dir) = forum();
    community(&forum);
    let amara = viewer(member(&forum, "amara", 1, Role::Member));
    let li = viewer(member(&forum, "li", 2, Role::Member));
    let moses = viewer(member(&forum, "moses", 3, Role::Moderator));
    let locked = thread(&forum, &amara, 0).unwrap();
    let open = thread(&forum, &amara, 1).unwrap();
    forum
        .steer_thread(
            &moses,
            locked.id,
            crate::forum::ThreadAction::Lock,
            "Closed.",
        )
        .unwrap();
    let mine = forum
        .reply(&li, open.id.opening_post(), "My first thought.")
        .unwrap();
    for n in 0..70 {
        // A locked thread, someone else's post, an edit that changes nothing.
        let reply = forum.reply(&li, locked.id.opening_post(), &format!("Late {n}."));
        assert!(matches!(reply, Err(ForumError::NotAllowed(_))), "{reply:?}");
        let edit = forum.edit_post(&li, open.id.opening_post(), None, "Mine now.");
        assert!(matches!(edit, Err(ForumError::NotAllowed(_))), "{edit:?}");
        forum
            .edit_post(&li, mine.id, None, "My first thought.")
            .unwrap();
    }
    forum
        .reply(&li, open.id.opening_post(), "Still counted as my second.")
        .unwrap();
    forum
        .edit_post(&li, mine.id, None, "My first thought, edited.")
        .unwrap();
    // Sending again what waits for the committee is refused, and not counted.
    let sent = forum
        .propose(&li, None, Item::Event(event_proposal("Webinar")), true)
        .unwrap();
    for _ in 0..40 {
        let again = forum.propose(
            &li,
            Some(sent.id),
            Item::Event(event_proposal("Webinar")),
            true,
        );
        assert!(matches!(again, Err(ForumError::NotAllowed(_))), "{again:?}");
    }
    forum
        .propose(&li, None, Item::Event(event_proposal("Another")), true)
        .unwrap();
}

#[test]
fn a_member_keeps_fifty_drafts_of_submissions_and_a_new_one_lets_go_of_the_oldest() {
    use crate::forum::SUBMISSION_DRAFTS_KEPT;
    let (forum, _dir) = forum();
    let amara = viewer(member(&forum, "amara", 1, Role::Member));
    let sent = forum
        .propose(&amara, None, Item::Event(event_proposal("Sent")), true)
        .unwrap();
    let mut drafts = Vec::new();
    for n in 0..SUBMISSION_DRAFTS_KEPT + 5 {
        let draft = forum
            .propose(
                &amara,
                None,
                Item::Event(event_proposal(&format!("Draft {n}"))),
                false,
            )
            .unwrap();
        drafts.push(draft.id);
    }
    let mine = forum.my_submissions(&amara).unwrap();
    let kept: Vec<_> = mine
        .iter()
        .filter(|s| s.state == crate::domain::ReviewState::Draft)
        .map(|s| s.id)
        .collect();
    assert_eq!(kept.len(), SUBMISSION_DRAFTS_KEPT);
    // The five oldest drafts went; what was sent stays, for the record.
    for id in &drafts[..5] {
        assert!(forum.store().submission(*id).unwrap().is_none());
    }
    assert!(kept.contains(&drafts[5]));
    assert!(forum.store().submission(sent.id).unwrap().is_some());
    assert_eq!(mine.len(), SUBMISSION_DRAFTS_KEPT + 1);
    // A sent item is never removed as a draft.
    assert!(!forum.store().remove_draft_submission(sent.id).unwrap());
}
