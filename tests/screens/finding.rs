//! Search, the people directory and notifications, driven by keys at 80×24:
//! `/` from anywhere, results grouped by kind and opened in place; members found
//! by competency; a mention arriving live (header count, bell, the centre); an
//! alert saved on a board; watching a thread; marking a community read.
//! Snapshots live in `tests/screens/snapshots/`.

use insta::assert_snapshot;
use stoa::forum::NewThread;
use stoa_core::testkit::settle_search;

use crate::demo_world::{session, world};

#[test]
fn search_from_any_screen_groups_results_and_opens_them_in_place() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    // From the library: `/` is not one of its keys, so it searches.
    li.keys("gl/scorecard<enter>");
    let results = li.screen();
    // The keys are on the results now: only the chosen one is marked, and the
    // query field shows no cursor.
    assert!(!results.contains("> Search"), "{results}");
    assert_eq!(li.cursor(), None, "{results}");
    assert_snapshot!("search_results", results);
    assert!(results.contains("Resources (1)"), "{results}");
    assert!(
        results.contains("> [demo] Community scorecards"),
        "{results}"
    );
    li.keys("<enter>");
    assert!(
        li.screen().contains("Library: Community scorecards"),
        "{}",
        li.screen()
    );
    li.keys("<esc>");
    assert!(
        li.screen().contains("Search: scorecard"),
        "back to the results"
    );
    // Narrowed to events, the resource goes.
    li.keys("/<bs><bs><bs><bs><bs><bs><bs><bs><bs>health<enter>F<right><right><c-s>");
    let events = li.screen();
    assert!(events.contains("events · F narrows"), "{events}");
    assert!(events.contains("Events ("), "{events}");
    assert!(!events.contains("Discussions ("), "{events}");
    // Nothing found says so.
    li.keys("/<bs><bs><bs><bs><bs><bs>zzyzx<enter>");
    assert!(li.screen().contains("Nothing found."), "{}", li.screen());
}

#[test]
fn a_guest_searches_too_but_finds_no_members() {
    let w = world();
    let guest = stoa::forum::Viewer::Guest { key: None };
    let mut g = session(&w, &guest, 9);
    g.keys("/amina<enter>");
    let screen = g.screen();
    assert!(!screen.contains("Members ("), "{screen}");
    let mut li = session(&w, &w.li, 2);
    li.keys("/amina<enter>");
    assert!(li.screen().contains("Members (1)"), "{}", li.screen());
}

#[test]
fn the_people_directory_finds_members_by_competency_and_shows_their_page() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    li.keys("gp");
    assert_snapshot!("people_directory", li.screen());
    // F, then the third field (competency): continuous learning.
    li.keys("F<tab><tab><right><right><right><right><c-s>");
    let found = li.screen();
    assert!(found.contains("2 members: continuous learning"), "{found}");
    assert!(
        found.contains("Fatima Haddad") && found.contains("Priya Nair"),
        "{found}"
    );
    assert!(!found.contains("Amina Yusuf"), "{found}");
    li.keys("<enter>");
    let page = li.screen();
    assert_snapshot!("person_page", page);
    assert!(page.contains("Recent posts"), "{page}");
    li.keys("<enter>");
    assert!(
        li.screen().contains("Four competency areas"),
        "{}",
        li.screen()
    );
}

#[test]
fn a_mention_arrives_live_with_a_count_a_bell_and_a_place_in_the_centre() {
    let w = world();
    let mut moses = session(&w, &w.moses, 3);
    assert!(!moses.screen().contains("new (g !)"));
    w.forum
        .start_thread(
            &w.li,
            "primary-health-care",
            NewThread {
                language: None,
                title: "Supervision checklists".into(),
                body: "What do you think, @moses?".into(),
            },
        )
        .unwrap();
    let home = moses.screen();
    assert!(home.contains("1 new (g !) · moses · moderator"), "{home}");
    assert!(moses.bell(), "a bell with the notification");
    assert!(!moses.bell(), "one bell per notification");
    moses.keys("g!");
    let centre = moses.screen();
    assert_snapshot!("notification_centre", centre);
    assert!(centre.contains("li display mentioned you in \"Supervision checklists\""));
    moses.keys("<enter>");
    let thread = moses.screen();
    assert!(thread.contains("What do you think, @moses?"), "{thread}");
    assert!(!thread.contains("new (g !)"), "read on opening: {thread}");
    moses.keys("<esc>");
    assert!(moses.screen().contains("Notifications (0 unread)"));
    moses.keys("m");
    assert!(moses.screen().contains("Notifications (1 unread)"));
    assert!(!moses.bell(), "marking unread is not news");
    moses.keys("M");
    assert!(moses.screen().contains("1 notification marked read."));

    // The bell can be turned off: the count still shows, silently.
    moses.keys("gyv<tab><tab><tab><tab><tab><right><right>");
    assert!(moses.screen().contains("Bell"), "{}", moses.screen());
    moses.keys("<c-s>");
    w.forum
        .start_thread(
            &w.li,
            "primary-health-care",
            NewThread {
                language: None,
                title: "Second thoughts".into(),
                body: "And @moses again.".into(),
            },
        )
        .unwrap();
    assert!(moses.screen().contains("1 new (g !)"));
    assert!(!moses.bell());
}

#[test]
fn an_alert_saved_on_a_board_notifies_of_new_matches() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    // Jobs board, filtered to remote items, saved as an alert.
    li.keys("gjF<tab><tab><space><c-s>a");
    let saved = li.screen();
    assert!(
        saved.contains("Alert saved: you will be notified of new jobs"),
        "{saved}"
    );
    li.keys("g!<tab>");
    let alerts = li.screen();
    assert_snapshot!("alerts_tab", alerts);
    assert!(
        alerts.contains("> New jobs and opportunities: remote"),
        "{alerts}"
    );
    li.keys("d");
    assert!(li.screen().contains("Alert removed"), "{}", li.screen());
    assert!(li.screen().contains("No alerts."), "{}", li.screen());
}

#[test]
fn watching_a_thread_and_marking_a_community_read() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    li.keys("gc");
    while !li.screen().contains("> Primary health care") {
        li.keys("j");
    }
    li.keys("<enter><enter>w");
    let thread = li.screen();
    assert!(thread.contains("· watching"), "{thread}");
    assert!(
        thread.contains("Watching: new posts here will notify you"),
        "{thread}"
    );
    li.keys("w");
    assert!(!li.screen().contains("· watching"));
    li.keys("<esc>M");
    let list = li.screen();
    assert!(list.contains("marked read."), "{list}");
    li.keys("M");
    assert!(li.screen().contains("Nothing unread here."));
    settle_search(&w.forum);
}

#[test]
fn the_new_screens_draw_at_any_size() {
    let w = world();
    for script in [
        "/health<enter>",
        "/health<enter>F",
        "gp",
        "gp<enter>",
        "gpF",
        "g!",
        "g!<tab>",
    ] {
        let mut li = session(&w, &w.li, 2);
        li.keys(script);
        for (cols, rows) in [
            (0, 0),
            (1, 1),
            (20, 6),
            (30, 8),
            (41, 12),
            (81, 25),
            (250, 80),
        ] {
            li.resize(cols, rows);
            let screen = li.screen();
            assert_eq!(
                screen.lines().count(),
                usize::from(rows),
                "{script} at {cols}×{rows}"
            );
        }
    }
}

#[test]
fn a_session_that_fell_behind_the_changes_reads_everything_again() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    li.keys("gn");
    assert!(!li.screen().contains("Written while nobody was told"));
    // Written under the rules' feet, so no change is announced…
    w.forum
        .store()
        .insert_news(|id| {
            (
                stoa::domain::News {
                    language: None,
                    translations: Vec::new(),
                    kind: Default::default(),
                    submission: None,
                    corrections: Vec::new(),
                    withdrawn: None,
                    id,
                    title: "Written while nobody was told".into(),
                    body: "A session that lagged must still see this.".into(),
                    region: None,
                    by: "moses".into(),
                    published_at: w.forum.now(),
                },
                None,
            )
        })
        .unwrap();
    assert!(!li.screen().contains("Written while nobody was told"));
    // …until the session learns it missed some: then every screen reads again.
    li.send(stoa::tui::Msg::Changed(stoa::forum::Change::Many));
    assert!(
        li.screen().contains("Written while nobody was told"),
        "{}",
        li.screen()
    );
}
