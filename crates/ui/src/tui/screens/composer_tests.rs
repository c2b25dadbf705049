//! The field being typed in is on screen at every size Stoa draws (issue 20: at
//! 40×12 the quoted post filled the screen and the reply's editor was off it).

use proptest::prelude::*;

use crate::tui::harness::Harness;
use stoa_core::domain::{DraftPlace, LastPlace};
use stoa_core::forum::testing::forum;
use stoa_core::forum::{Forum, NewThread, Viewer};
use stoa_core::testkit::{cast, community, sign_up, viewer};

/// A post far longer than any screen.
fn long_post() -> String {
    (0..40)
        .map(|n| format!("Line {n} of a long post about night rosters and who covers them."))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A forum with a long opening post, and the composers a member and the
/// committee open on it: a new thread, a reply quoting it, an edit of
/// someone else's post (a note is asked for).
fn composers() -> (Forum, tempfile::TempDir, Vec<(Viewer, DraftPlace)>) {
    let (forum, dir) = forum();
    forum.store().put_community(&community("care")).unwrap();
    // The cast first: its first member is the forum's admin.
    let people = cast(&forum).unwrap();
    let writer = viewer(sign_up(&forum, "writer", 9).unwrap());
    let thread = forum
        .start_thread(
            &writer,
            "care",
            NewThread {
                language: None,
                title: "Night rosters".into(),
                body: long_post(),
            },
        )
        .unwrap();
    let places = vec![
        (people.li.clone(), DraftPlace::NewThread("care".into())),
        (
            people.li.clone(),
            DraftPlace::Reply(thread.id.opening_post()),
        ),
        (
            people.moses.clone(),
            DraftPlace::Edit(thread.id.opening_post()),
        ),
    ];
    (forum, dir, places)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn the_field_being_typed_in_is_on_screen_at_every_size(
        width in crate::tui::MIN_WIDTH..=160u16,
        height in crate::tui::MIN_HEIGHT..=60u16,
        which in 0usize..3,
    ) {
        let (forum, _dir, places) = composers();
        let (who, place) = places[which].clone();
        forum.remember_last_place(&who, &LastPlace::Writing { place }).unwrap();
        let mut h = Harness::new(forum.clone(), who, None, width, height);
        h.keys("Typed");
        let screen = h.screen();
        let cursor = h.cursor();
        prop_assert!(cursor.is_some(), "no cursor at {width}×{height}:\n{screen}");
        let (x, y) = cursor.unwrap();
        prop_assert!(x < width && y < height);
        // Below the header, above the status line and footer.
        prop_assert!(y >= 1 && y + 2 < height, "cursor at row {y}:\n{screen}");
        // What was just typed is on the cursor's row, just before it.
        let row: String = screen.lines().nth(usize::from(y)).unwrap_or("").to_string();
        prop_assert!(row.contains("Typed"), "row {y} is {row:?}:\n{screen}");
    }
}

#[test]
fn a_reply_at_40_by_12_shows_the_editor_with_the_quote_cut_short() {
    let (forum, _dir, places) = composers();
    let (who, place) = places[1].clone();
    forum
        .remember_last_place(&who, &LastPlace::Writing { place })
        .unwrap();
    let mut h = Harness::new(forum.clone(), who, None, 40, 12);
    h.keys("Thanks");
    insta::assert_snapshot!(h.screen());
}
