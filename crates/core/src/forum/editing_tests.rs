//! A post's versions: the original and the latest are kept, what the committee
//! took out stays on record, and a thread's readers hold one version per post.

use crate::domain::{Post, REVISIONS_KEPT, Revision, Role};
use crate::forum::testing::{forum, member};
use crate::forum::{Forum, NewThread, Viewer};
use crate::testkit::viewer;

fn started(forum: &Forum, who: &Viewer) -> crate::domain::Thread {
    forum
        .store()
        .put_community(&crate::testkit::community("care"))
        .unwrap();
    forum
        .start_thread(
            who,
            "care",
            NewThread {
                language: None,
                title: "Night rosters".into(),
                body: "Version 1".into(),
            },
        )
        .unwrap()
}

fn numbers(post: &Post) -> Vec<usize> {
    post.history
        .iter()
        .enumerate()
        .map(|(i, r)| r.number(i))
        .collect()
}

#[test]
fn a_post_keeps_its_first_version_and_the_latest_ones() {
    let (forum, _dir) = forum();
    let amara = viewer(member(&forum, "amara", 1, Role::Member));
    let id = started(&forum, &amara).id.opening_post();
    for n in 2..=26 {
        forum
            .edit_post(&amara, id, None, &format!("Version {n}"))
            .unwrap();
    }
    let post = forum.post(&amara, id).unwrap();
    assert_eq!(post.body, "Version 26");
    assert_eq!(post.edits(), 25);
    assert_eq!(post.history.len(), REVISIONS_KEPT);
    assert_eq!(post.versions_let_go, 5);
    assert_eq!(post.earlier_versions(), 25);
    let mut kept = vec![1];
    kept.extend(7..=25);
    assert_eq!(numbers(&post), kept);
    // Each number names the body it was.
    for (i, revision) in post.history.iter().enumerate() {
        assert_eq!(revision.body, format!("Version {}", revision.number(i)));
    }
}

#[test]
fn what_the_committee_took_out_outlives_the_authors_later_edits() {
    let (forum, _dir) = forum();
    let amara = viewer(member(&forum, "amara", 1, Role::Member));
    let moses = viewer(member(&forum, "moses", 2, Role::Moderator));
    let id = started(&forum, &amara).id.opening_post();
    forum
        .edit_post(&amara, id, None, "Call me on 0700 000 000")
        .unwrap();
    forum
        .edit_post_as_committee(
            &moses,
            id,
            None,
            "Call me (number removed)",
            "A phone number.",
        )
        .unwrap();
    for n in 0..30 {
        forum
            .edit_post(&amara, id, None, &format!("Call me, take {n}"))
            .unwrap();
    }
    let post = forum.post(&moses, id).unwrap();
    assert_eq!(post.edits(), 32);
    // The original, the committee's, and the author's latest 19.
    assert_eq!(post.history.len(), REVISIONS_KEPT + 1);
    assert_eq!(post.versions_let_go, 11);
    assert_eq!(post.history[0].body, "Version 1");
    let record: Vec<&Revision> = post.history.iter().filter(|r| r.by_committee).collect();
    assert_eq!(record.len(), 1);
    assert_eq!(record[0].body, "Call me on 0700 000 000");
    assert_eq!(record[0].number, 2);
    let mut kept = vec![1, 2];
    kept.extend(14..=32);
    assert_eq!(numbers(&post), kept);
    // Another member does not read what the committee took out; the numbers
    // stay those of the versions.
    let li = viewer(member(&forum, "li", 3, Role::Member));
    let seen = forum.post(&li, id).unwrap();
    let mut kept = vec![1];
    kept.extend(14..=32);
    assert_eq!(numbers(&seen), kept);
    assert_eq!(seen.earlier_versions(), 31);
}

#[test]
fn a_threads_readers_hold_one_earlier_version_per_post() {
    let (forum, _dir) = forum();
    let amara = viewer(member(&forum, "amara", 1, Role::Member));
    let li = viewer(member(&forum, "li", 2, Role::Member));
    let thread = started(&forum, &amara);
    for n in 2..=6 {
        forum
            .edit_post(
                &amara,
                thread.id.opening_post(),
                None,
                &format!("Version {n}"),
            )
            .unwrap();
    }
    let view = forum.read_thread(&li, thread.id).unwrap();
    let post = &view.posts[0].post;
    assert_eq!(post.history.len(), 1);
    assert_eq!(post.history[0].body, "Version 5");
    assert!(post.edited_at().is_some());
    // The history screen still reads them all.
    assert_eq!(
        forum
            .post(&li, thread.id.opening_post())
            .unwrap()
            .history
            .len(),
        5
    );
}

#[test]
fn versions_stored_before_they_were_numbered_keep_their_places() {
    let stored = r#"{"body":"first","replaced_at":"2026-01-01T00:00:00Z"}"#;
    let old: Revision = serde_json::from_str(stored).unwrap();
    assert_eq!(old.number, 0);
    let (forum, _dir) = forum();
    let amara = viewer(member(&forum, "amara", 1, Role::Member));
    let mut post = forum
        .post(&amara, started(&forum, &amara).id.opening_post())
        .unwrap();
    post.history = vec![old.clone(), old.clone(), old.clone()];
    assert_eq!(post.edits(), 3);
    post.replace_body("newest".into(), forum.now(), false);
    assert_eq!(numbers(&post), [1, 2, 3, 4]);
    assert!(post.history.iter().all(|r| r.number != 0));
    assert_eq!(post.history[3].body, "Version 1");
    // A post stored with more versions than are kept now shrinks at its
    // next edit.
    post.history = vec![old; 30];
    post.replace_body("newer".into(), forum.now(), false);
    assert_eq!(post.history.len(), REVISIONS_KEPT);
    assert_eq!(post.versions_let_go, 11);
    let mut kept = vec![1];
    kept.extend(13..=31);
    assert_eq!(numbers(&post), kept);
}
