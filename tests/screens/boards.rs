//! The events and jobs boards driven by keys, as members use them: browsing the
//! demo's boards, filters, answering an event, submitting an event through review,
//! and closing a job early. Snapshots at 80×24 live in `tests/screens/snapshots/`.

use insta::assert_snapshot;
use stoa::forum::Viewer;
use stoa_core::testkit;
use stoa_ui::tui::harness::Harness;

use crate::demo_world::{session, world};

#[test]
fn the_events_board_lists_by_date_in_the_readers_zone_and_filters() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    // Home names the next event and the open jobs, with the keys to reach them.
    let home = li.screen();
    assert!(
        home.contains(
            "Next event Fri 27 Nov: Community health workers and… (g e) · 4 jobs open (g j)"
        ),
        "{home}"
    );
    li.keys("ge");
    let board = li.screen();
    assert_snapshot!("events_board", board);
    // Soonest first: the webinar in five days leads, the symposium in forty ends.
    let webinar = board.find("Community health workers").unwrap();
    let course = board.find("Short course").unwrap();
    assert!(webinar < course, "{board}");

    li.keys("F");
    assert_snapshot!("events_filter_form", li.screen());
    li.keys("<right><right><right><right><c-s>");
    let webinars = li.screen();
    assert!(webinars.contains("1 event: webinar"), "{webinars}");
    assert!(!webinars.contains("Short course"), "{webinars}");
    li.keys("F<tab><tab><tab>2026-13<c-s>");
    assert!(li.screen().contains("write the month as 2027-01"));
    li.keys("<esc>");
    // The month is read in the reader's zone: nothing of the demo is in November.
    li.keys("F<left><tab><tab><tab>2026-11<c-s>");
    assert!(li.screen().contains("No events match this filter."));
}

#[test]
fn an_event_shows_both_time_zones_and_takes_answers() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    // The call for papers: its deadline in ten days is highlighted on the board.
    li.keys("ge");
    let board = li.screen();
    assert!(board.contains("deadline 02 Dec"), "{board}");
    li.keys("jjj<enter>");
    let geneva = li.screen();
    assert_snapshot!("event_detail", geneva);
    assert!(
        geneva.contains("Fri 01 Jan 2027 11:00 – Sun 03 Jan 2027 19:30 your time"),
        "{geneva}"
    );
    assert!(
        geneva.contains("Fri 01 Jan 2027 09:00 – Sun 03 Jan 2027 17:30 in Europe/Zurich"),
        "{geneva}"
    );
    li.keys("y");
    let going = li.screen();
    assert!(going.contains("You are going"), "{going}");
    assert!(
        going.contains("1 going · 0 interested · you: going"),
        "{going}"
    );
    li.keys("i");
    assert!(
        li.screen()
            .contains("0 going · 1 interested · you: interested")
    );
    li.keys("<esc><tab><tab>");
    let mine = li.screen();
    assert!(mine.contains("Events you answered"), "{mine}");
    assert!(mine.contains("Symposium on integrated"), "{mine}");
    li.keys("<enter>i<esc>");
    assert!(li.screen().contains("None yet: open an event"));

    let mut guest = Harness::new(w.forum.clone(), Viewer::Guest { key: None }, None, 80, 24);
    guest.keys("ge<enter>y");
    assert!(guest.screen().contains("Sign up to answer events"));
}

#[test]
fn a_submitted_event_reaches_the_board_once_approved_and_bad_dates_are_explained() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    li.keys("gen");
    assert_snapshot!("event_form", li.screen());
    // Kind: webinar. Dates wrong way round, in a zone that does not exist.
    li.keys("<right><right><right><tab>Listening to patients<tab>");
    li.keys("2026-12-10 15:00<tab>2026-12-10 14:00<tab>");
    li.keys("<home><c-k>Africa/Nairobbi<c-s>");
    let refused = li.screen();
    assert_snapshot!("event_form_refused", refused);
    assert!(refused.contains("unknown time zone"), "{refused}");
    assert!(w.forum.my_submissions(&w.li).unwrap().is_empty());
    // The focus is on the first message; what was typed elsewhere stayed.
    li.keys("<home><c-k>2026-12-10 16:30<tab><home><c-k>Africa/Nairobi");
    li.keys("<tab>https://example.org/listening<tab><tab><tab>Patients' forum");
    // Region, a strategy, the first competency (communication) and the first
    // audience (people who use services), past the tags to the description.
    li.keys("<tab><tab><right><tab><space><tab><space><tab><space><tab><tab>");
    li.keys("An hour with patients' groups on what people-centred care means to them.");
    li.keys("<c-s>");
    let sent = li.screen();
    let mine = w.forum.my_submissions(&w.li).unwrap();
    let Some(stoa::domain::Item::Event(sent_event)) = mine.first().map(|s| &s.item) else {
        panic!("no event sent: {mine:?}");
    };
    assert_eq!(
        sent_event.competencies,
        [stoa::domain::Competency::Communication]
    );
    assert_eq!(
        sent_event.audiences,
        [stoa::domain::Audience::PeopleUsingServices]
    );
    assert!(
        sent.contains("it appears on the board once the editorial"),
        "{sent}"
    );
    // Too long for one row at 80 columns: the status takes two, and is read whole.
    assert!(sent.contains("approves it (g s)."), "{sent}");
    assert_snapshot!("event_sent", sent);
    assert!(!sent.contains("Listening to patients"), "pending: {sent}");

    let mut moses = session(&w, &w.moses, 3);
    moses.keys("gm<enter>");
    let review = moses.screen();
    assert!(
        review.contains("2026-12-10 15:00 to 2026-12-10 16:30 (Africa/Nairobi)"),
        "{review}"
    );
    moses.keys("a<c-s>");
    let board = li.screen();
    assert!(
        board.contains("Thu 10 Dec 2026 15:00  Listening to patients"),
        "{board}"
    );
}

#[test]
fn the_jobs_board_marks_closing_soon_and_a_poster_closes_early() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    li.keys("gj");
    let board = li.screen();
    assert_snapshot!("jobs_board", board);
    assert!(board.contains("closing soon"), "{board}");
    li.keys("<enter>");
    assert_snapshot!("job_detail", li.screen());
    assert!(
        !li.screen().contains("C close"),
        "only its poster closes it"
    );
    li.keys("<esc>F<tab><tab><space><c-s>");
    let remote = li.screen();
    assert!(remote.contains("2 items: remote"), "{remote}");

    // li posts a job; once approved, li closes it early and it goes to the archive.
    let s = w
        .forum
        .propose_job(&w.li, None, testkit::job_proposal("Data officer"), true)
        .unwrap();
    w.forum
        .decide(
            &w.moses,
            s.id,
            s.version,
            stoa::forum::Verdict::Approve,
            "Relevant.",
        )
        .unwrap();
    // The committee may withdraw li's job, but only li (or an admin) closes it:
    // a moderator is not offered the key.
    let mut moses = session(&w, &w.moses, 3);
    moses.keys("gj<home>jjj<enter>");
    let stewarding = moses.screen();
    assert!(stewarding.contains("Data officer"), "{stewarding}");
    assert!(stewarding.contains("W withdraw"), "{stewarding}");
    assert!(!stewarding.contains("C close"), "{stewarding}");
    li.keys("F<tab><tab><space><c-s>");
    let open = li.screen();
    assert!(open.contains("Data officer"), "{open}");
    li.keys("<home>jjj<enter>C");
    assert!(li.screen().contains("Close \"Data officer\" now?"));
    li.keys("y");
    let closed = li.screen();
    assert!(
        closed.contains("Closed: it has moved to the archive."),
        "{closed}"
    );
    assert!(closed.contains("closed early on"), "{closed}");
    li.keys("<esc>");
    assert!(!li.screen().contains("Data officer"));
    li.keys("<tab>");
    let archive = li.screen();
    assert!(archive.contains("closed early   Data officer"), "{archive}");
    // Its submission says where it is now.
    li.keys("gs<enter><pgdn><pgdn>");
    let submission = li.screen();
    assert!(
        submission.contains("closed early: in the archive of the jobs board"),
        "{submission}"
    );
}

#[test]
fn a_dropped_connection_keeps_the_draft_and_comes_back_to_the_board() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    li.keys("gjn<tab>Data officer<tab>Ministry of Health");
    li.disconnect();
    let kept = w.forum.my_submissions(&w.li).unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        (kept[0].state, kept[0].title()),
        (stoa::domain::ReviewState::Draft, "Data officer")
    );

    let li = testkit::viewer(w.forum.account("li").unwrap().unwrap());
    let mut again = session(&w, &li, 2);
    let board = again.screen();
    assert!(
        board.contains("Open │ Archive"),
        "back on the jobs board: {board}"
    );
    again.keys("gs<enter>e");
    let form = again.screen();
    assert!(form.contains("Edit your job or opportunity"), "{form}");
    assert!(form.contains("Ministry of Health"), "{form}");
}

#[test]
fn the_committee_withdraws_an_event_and_those_who_answered_see_why() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    li.keys("ge<enter>y<esc>");
    let mut moses = session(&w, &w.moses, 3);
    moses.keys("ge<enter>");
    assert!(moses.screen().contains("W withdraw"), "{}", moses.screen());
    moses.keys("W");
    let form = moses.screen();
    assert_snapshot!("withdraw_form", form);
    assert!(form.contains("The organizer cancelled it."), "{form}");
    moses.keys("<c-s>");
    let done = moses.screen();
    assert!(
        done.contains("Withdrawn: it is off the events board"),
        "{done}"
    );
    moses.keys("<esc>");
    assert!(!moses.screen().contains("Community health workers"));

    // li's open board dropped it; My events keeps it, with the reason inside.
    let board = li.screen();
    assert!(!board.contains("Community health workers"), "{board}");
    li.keys("<tab><tab>");
    let mine = li.screen();
    assert!(mine.contains("withdrawn by the committee"), "{mine}");
    li.keys("<enter>");
    let detail = li.screen();
    assert!(
        detail.contains("Withdrawn by the editorial committee: The organizer cancelled it."),
        "{detail}"
    );
    assert!(!detail.contains("y going"), "no more answers: {detail}");
}

#[test]
fn home_and_end_go_to_the_first_and_last_item_of_a_board() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    let opened = |li: &mut Harness, keys: &str| {
        li.keys(keys);
        let screen = li.screen();
        li.keys("<esc>");
        screen.lines().next().unwrap_or_default().to_string()
    };
    li.keys("gj");
    let first = opened(&mut li, "<enter>");
    let last = opened(&mut li, "<end><enter>");
    assert_ne!(first, last);
    assert_eq!(opened(&mut li, "<home><enter>"), first);
}

#[test]
fn an_empty_archive_says_so_once() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    li.keys("gj<tab>");
    let archive = li.screen();
    assert!(archive.contains("Nothing has closed yet"), "{archive}");
    assert!(!archive.contains("0 items"), "{archive}");
}

/// Its poster corrects an approved event from its page (`e`): the form comes
/// filled, asks why, and the change shows at once, audited; another member
/// is not offered the key.
#[test]
fn a_poster_corrects_an_approved_event_from_its_page() {
    let w = world();
    let p = stoa::domain::EventProposal {
        starts: "2027-03-02 09:00".into(),
        ends: "2027-03-02 17:00".into(),
        ..testkit::event_proposal("Rostering workshop")
    };
    let s = w.forum.propose_event(&w.li, None, p, true).unwrap();
    w.forum
        .decide(
            &w.moses,
            s.id,
            s.version,
            stoa::forum::Verdict::Approve,
            "Relevant.",
        )
        .unwrap();
    let mut li = session(&w, &w.li, 2);
    li.keys("ge<end><enter>");
    let page = li.screen();
    assert!(page.contains("Rostering workshop"), "{page}");
    assert!(page.contains("e correct"), "{page}");
    li.keys("e");
    let form = li.screen();
    assert_snapshot!("event_correction_form", form);
    assert!(form.contains("Correct the event"), "{form}");
    // Why first; then, down to the city, Lausanne instead of Geneva.
    li.keys("The venue moved.<tab><tab><tab><tab><tab><tab><tab><c-u>Lausanne<c-s>");
    let done = li.screen();
    assert!(done.contains("Corrected:"), "{done}");
    // Its page says it was corrected, when, by whom and why.
    assert!(done.contains("by li: The venue moved."), "{done}");
    let event = w.forum.event(&w.li, s.id.as_event()).unwrap().event;
    assert_eq!(event.city, "Lausanne");

    let mut moses = session(&w, &w.moses, 3);
    moses.keys("ge<end><enter>");
    assert!(moses.screen().contains("Lausanne"), "{}", moses.screen());
}
