//! Going too fast: a member past a limit is told where they typed (the full
//! screen, plain mode, a script) and what they wrote is kept; a post edited
//! past the versions kept says which ones its history shows.

use insta::assert_snapshot;
use stoa::domain::Thread;
use stoa::forum::{Forum, NewThread, Viewer};
use stoa_core::testkit::{self, key};
use stoa_ui::tui::harness::Harness;

use crate::plain::{flat, session, typed};

const CARE: &str = "care-workforce";
const REFUSED: &str = "you have posted 60 replies in ten minutes; wait a little before the next";

/// The demo communities; amara (the first member, so admin), li, and
/// amara's thread in which li has just posted 60 replies.
fn busy() -> (Forum, tempfile::TempDir, Viewer, Thread) {
    let dir = tempfile::tempdir().unwrap();
    let forum = testkit::forum(dir.path()).unwrap();
    stoa::demo::load_communities(&forum).unwrap();
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let thread = forum
        .start_thread(
            &amara,
            CARE,
            NewThread {
                language: None,
                title: "Night rosters".into(),
                body: "How do you staff nights?".into(),
            },
        )
        .unwrap();
    for n in 0..60 {
        forum
            .reply(&li, thread.id.opening_post(), &format!("Idea {n}."))
            .unwrap();
    }
    (forum, dir, li, thread)
}

/// li's session on the full screen, `width` by `height`.
fn full_screen(forum: &Forum, li: &Viewer, width: u16, height: u16) -> Harness {
    Harness::new(
        forum.clone(),
        li.clone(),
        Some(key(2).fingerprint()),
        width,
        height,
    )
}

#[test]
fn a_reply_past_the_limit_is_refused_where_it_was_typed_and_kept() {
    let (forum, _dir, li, thread) = busy();

    // The full screen: the composer stays open with the text and says why.
    let mut h = full_screen(&forum, &li, 80, 24);
    h.keys("<enter><enter><home>rOne more thought.<c-s>");
    let screen = h.screen();
    assert_snapshot!("pace_reply_refused", screen);
    assert!(screen.contains(REFUSED), "{screen}");
    assert!(screen.contains("One more thought."), "{screen}");
    assert_eq!(forum.read_thread(&li, thread.id).unwrap().posts.len(), 61);

    // Plain mode: said after the text, which is still being written.
    let mut plain = session(&forum, li.clone());
    typed(&mut plain, "1<enter>1<enter>");
    typed(&mut plain, &format!("r {}<enter>", thread.id));
    let sent = flat(&typed(&mut plain, "Typed slowly.<enter>.<enter>"));
    assert!(sent.contains(&format!("Not posted: {REFUSED}")), "{sent}");
    assert!(sent.contains("Type more lines, then a full stop"), "{sent}");
    assert!(!sent.contains("Reply posted"), "{sent}");

    // A script: a failing status and the reason on stderr.
    let out = stoa::exec::run(
        &forum,
        &li,
        &format!("reply {}", thread.id),
        b"From a script.",
    );
    assert_ne!(out.status, 0);
    assert!(out.stderr.contains(REFUSED), "{}", out.stderr);
    assert_eq!(forum.read_thread(&li, thread.id).unwrap().posts.len(), 61);
}

#[test]
fn a_post_edited_past_the_versions_kept_says_which_are_shown() {
    let (forum, _dir, li, thread) = busy();
    let mine = forum.read_thread(&li, thread.id).unwrap().posts[1].post.id;
    for n in 2..=25 {
        forum
            .edit_post(&li, mine, None, &format!("Idea, take {n}."))
            .unwrap();
    }
    let mut h = full_screen(&forum, &li, 80, 24);
    h.keys("<enter><enter><home>jH");
    let history = h.screen();
    assert!(history.contains("24 versions before this one"), "{history}");
    assert!(
        history.contains("Only the first version and the latest 19 are kept."),
        "{history}"
    );
    assert!(
        history.contains("Version 24 (replaced just now)"),
        "{history}"
    );
    // End reaches the first version, Home comes back.
    h.keys("<end>");
    let oldest = h.screen();
    assert!(oldest.contains("Version 1 (replaced"), "{oldest}");
    h.keys("<home>");
    assert!(h.screen().contains("24 versions before this one"));
    // At 40 columns the sentences wrap rather than lose their ends.
    h.resize(40, 12);
    let narrow = h.screen();
    assert!(narrow.contains("24 versions"), "{narrow}");
    assert!(narrow.contains("19 are kept."), "{narrow}");

    let mut plain = session(&forum, li.clone());
    let shown = flat(&typed(&mut plain, &format!("history {mine}<enter>")));
    assert!(shown.contains("24 versions before this one"), "{shown}");
    assert!(
        shown.contains("Only the first version and the latest 19 are kept."),
        "{shown}"
    );
    assert!(shown.contains("Version 1 (replaced just now):"), "{shown}");
    assert!(shown.contains("Version 6 (replaced"), "{shown}");
    assert!(!shown.contains("Version 5 (replaced"), "{shown}");
}

#[test]
fn a_post_naming_too_many_members_is_refused_where_it_was_typed() {
    let (forum, _dir, li, _thread) = busy();
    let names: Vec<String> = (0..21).map(|n| format!("@nurse{n}")).collect();
    for n in 0..21u8 {
        testkit::sign_up(&forum, &format!("nurse{n}"), 10 + n).unwrap();
    }
    let text = names.join(" ");
    let refused =
        "a post may mention at most 20 members, each of whom is notified; this one mentions 21";
    let mut h = full_screen(&forum, &li, 100, 30);
    h.keys(&format!("<enter><enter><home>je<c-a>{text}<c-s>"));
    let screen = h.screen();
    assert!(screen.contains(refused), "{screen}");
    assert!(screen.contains("@nurse20"), "{screen}");
    assert_eq!(h.app.screen_title(), "Edit your post");
    // An edit saves, as its heading says; it does not post.
    assert!(screen.contains("Ctrl-S save "), "{screen}");
    // Plain mode, on a new thread.
    let mut plain = session(&forum, li.clone());
    typed(&mut plain, "1<enter>");
    typed(&mut plain, "n<enter>Everyone on nights<enter>");
    let said = flat(&typed(&mut plain, &format!("{text}<enter>.<enter>")));
    assert!(said.contains(refused), "{said}");
}

#[test]
fn at_the_sending_limit_a_proposal_is_still_kept_as_a_draft_and_on_a_dropped_connection() {
    let (forum, _dir, li, _thread) = busy();
    for n in 0..30 {
        forum
            .propose(
                &li,
                None,
                stoa::domain::Item::Event(testkit::event_proposal(&format!("Webinar {n}"))),
                true,
            )
            .unwrap();
    }
    let mut h = full_screen(&forum, &li, 80, 24);
    h.keys("gcnMidwifery in remote areas<tab>midwifery<tab>");
    h.keys("Where midwives share what works far from hospitals.<tab>Midwives<c-s>");
    let refused = h.screen();
    assert!(
        refused.contains("you have sent 30 items to the committee"),
        "{refused}"
    );
    h.keys("<c-d>");
    let kept = h.screen();
    assert!(kept.contains("kept"), "{kept}");
    // Written when the link drops: kept too.
    h.keys("gcnNight shifts in small clinics");
    h.disconnect();
    let drafts: Vec<String> = forum
        .my_submissions(&li)
        .unwrap()
        .iter()
        .filter(|s| s.state == stoa::domain::ReviewState::Draft)
        .map(|s| s.title().to_string())
        .collect();
    assert_eq!(
        drafts,
        ["Night shifts in small clinics", "Midwifery in remote areas"]
    );
}
