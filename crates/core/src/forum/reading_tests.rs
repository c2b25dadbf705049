//! Drafts: one per place, kept across sessions, and no more than
//! `DRAFTS_KEPT` a member, the oldest let go first.

use super::DRAFTS_KEPT;
use crate::domain::{Draft, DraftPlace, PostId, Role};
use crate::forum::testing::{forum, member};
use crate::testkit::viewer;
use jiff::SignedDuration;

#[test]
fn a_draft_in_a_new_place_past_the_limit_lets_go_of_the_oldest() {
    let (forum, _dir) = forum();
    let amara = viewer(member(&forum, "amara", 1, Role::Member));
    let li = viewer(member(&forum, "li", 2, Role::Member));
    let now = forum.now();
    // Drafts left over weeks: the first is the oldest.
    for n in 0..DRAFTS_KEPT {
        let draft = Draft {
            place: DraftPlace::Reply(PostId(n as u64 + 1)),
            title: String::new(),
            body: format!("Draft {n}"),
            saved_at: now - SignedDuration::from_hours((DRAFTS_KEPT - n) as i64),
        };
        forum.store().put_draft("amara", &draft).unwrap();
    }
    forum
        .save_draft(&li, DraftPlace::Reply(PostId(1)), "", "li's own")
        .unwrap();
    // Writing again where a draft is replaces it: nothing goes.
    forum
        .save_draft(
            &amara,
            DraftPlace::Reply(PostId(50)),
            "",
            "Draft 49, longer",
        )
        .unwrap();
    assert_eq!(forum.store().drafts_of("amara").unwrap().len(), DRAFTS_KEPT);
    // A new place: the oldest goes, the rest stay.
    let new = DraftPlace::Reply(PostId(1_000));
    forum
        .save_draft(&amara, new.clone(), "", "A new one")
        .unwrap();
    let kept = forum.store().drafts_of("amara").unwrap();
    assert_eq!(kept.len(), DRAFTS_KEPT);
    assert!(
        forum
            .draft(&amara, &DraftPlace::Reply(PostId(1)))
            .unwrap()
            .is_none()
    );
    assert_eq!(
        forum
            .draft(&amara, &DraftPlace::Reply(PostId(2)))
            .unwrap()
            .unwrap()
            .body,
        "Draft 1"
    );
    assert_eq!(
        forum.draft(&amara, &new).unwrap().unwrap().body,
        "A new one"
    );
    // Another member's drafts are theirs.
    assert_eq!(
        forum
            .draft(&li, &DraftPlace::Reply(PostId(1)))
            .unwrap()
            .unwrap()
            .body,
        "li's own"
    );
}
