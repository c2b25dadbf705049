//! Any terminal: the monochrome theme (for terminals without colour and members
//! who set `NO_COLOR`) draws every screen without a single coloured cell, with
//! the selection still plain to see in reverse video; ASCII mode (for terminals
//! and fonts without Unicode) draws every screen in printable ASCII. Over SSH,
//! the client's own `TERM`, `NO_COLOR` and locale choose them.

use crate::common;

use insta::assert_snapshot;
use stoa::domain::FlagReason;
use stoa::forum::{Forum, NewThread, Viewer};
use stoa::present::theme::{ClientTerminal, Theme};
use stoa_core::testkit::{self, key};
use stoa_ui::tui::harness::Harness;

/// Scripts that lead from the home screen to each screen checked.
const SCREENS: &[(&str, &str)] = &[
    ("home", ""),
    ("go-to menu", "g"),
    ("communities", "gc"),
    ("thread list", "gc<enter>"),
    ("thread", "gc<enter><enter>"),
    ("composer", "gc<enter><enter>r"),
    ("help", "?"),
    ("profile", "gy"),
    ("my submissions", "gs"),
    ("proposal form", "gcn"),
    ("review queue", "gm"),
    ("flags queue", "gm<tab>"),
    ("members tab", "gm<tab><tab>"),
    ("audit log", "gm<tab><tab><tab>"),
    ("hide form", "gm<tab>h"),
    ("editorial policy", "gi"),
    ("events board", "ge"),
    ("events filter", "geF"),
    ("event", "ge<enter>"),
    ("event form", "gen"),
    ("jobs board", "gj"),
    ("job", "gj<enter>"),
    ("job form", "gjn"),
    ("library", "gl"),
    ("library entry", "gl<enter>"),
    ("resource form", "gln"),
    ("practice form", "glp"),
    ("news", "gn"),
    ("news item", "gn<enter>"),
    ("news form", "gnn"),
    ("edit profile", "gye"),
    ("add key", "gya"),
    ("password", "gyp"),
    ("display", "gyv"),
    ("remove key question", "gyd"),
    (
        "leave draft question",
        "gc<enter><enter>rHalf a thought<esc>",
    ),
    ("submission", "gs<enter>"),
    ("board item under review", "gm<enter>"),
    ("search results", "/health<enter>"),
    ("search filter", "/health<enter>F"),
    ("people", "gp"),
    ("person", "gp<enter>"),
    ("people filter", "gpF"),
    ("notifications", "g!"),
    ("alerts", "g!<tab>"),
    ("strategy page", "gf"),
    ("coverage", "gf<s-tab>"),
];

struct World {
    forum: Forum,
    _dir: tempfile::TempDir,
    /// The admin, who sees every screen.
    amara: Viewer,
}

/// The demo forum, a thread by li with an accented name in it, flagged.
fn world() -> World {
    let dir = tempfile::tempdir().unwrap();
    let forum = testkit::forum(dir.path()).unwrap();
    stoa::demo::load(&forum).unwrap();
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let thread = forum
        .start_thread(
            &li,
            "care-workforce",
            NewThread {
                language: None,
                title: "Rosters".into(),
                body: "How do you plan them, Tomás? 東京 does it weekly.".into(),
            },
        )
        .unwrap();
    forum
        .flag_post(&amara, thread.id.opening_post(), FlagReason::Spam, "")
        .unwrap();
    // A draft of amara's own, and an event of li's waiting for the committee.
    let draft = stoa::domain::CommunityProposal {
        name: "Nursing leadership".into(),
        ..Default::default()
    };
    forum.propose_community(&amara, None, draft, false).unwrap();
    forum
        .propose_event(
            &li,
            None,
            testkit::event_proposal("Rostering workshop"),
            true,
        )
        .unwrap();
    // Indexed for search from scratch, as `stoa reindex` does, so that scores
    // (and the order of results) are the same on every run.
    forum.rebuild_search(true).unwrap();
    World {
        forum,
        _dir: dir,
        amara,
    }
}

fn session(w: &World, viewer: &Viewer, seed: u8) -> Harness {
    Harness::member(&w.forum, viewer, seed)
}

#[test]
fn every_screen_is_drawn_without_colour_and_shows_its_selection() {
    let w = world();
    for (name, script) in SCREENS {
        let mut h = session(&w, &w.amara, 1).with_theme(Theme::monochrome());
        h.keys(script);
        let coloured = h.coloured_cells();
        assert!(
            coloured.is_empty(),
            "{name}: {} coloured cells, first at {:?}\n{}",
            coloured.len(),
            coloured[0],
            h.screen()
        );
    }
    // A selection shows in reverse video, not by colour alone.
    let mut h = session(&w, &w.amara, 1).with_theme(Theme::monochrome());
    h.keys("gc<enter>");
    assert!(h.reversed_text().contains("Rosters"), "{}", h.screen());
    let guest = Viewer::Guest { key: Some(key(9)) };
    let mut h = session(&w, &guest, 9).with_theme(Theme::monochrome());
    assert!(h.coloured_cells().is_empty(), "{}", h.screen());
    h.keys("s");
    assert!(h.coloured_cells().is_empty(), "sign-up: {}", h.screen());
}

#[test]
fn every_screen_is_drawn_in_ascii() {
    let w = world();
    for (name, script) in SCREENS {
        let mut h = session(&w, &w.amara, 1).with_ascii();
        h.keys(script);
        let screen = h.screen();
        assert!(screen.is_ascii(), "{name}:\n{screen}");
        assert_snapshot!(
            format!("ascii_screen_{}", name.replace([' ', '-'], "_")),
            screen
        );
    }
    let mut h = session(&w, &w.amara, 1).with_ascii();
    assert_snapshot!("ascii_home", h.screen());
    h.keys("gc<enter><enter>");
    let thread = h.screen();
    assert!(thread.contains("Tomas? ? ?  does it weekly."), "{thread}");
    assert_snapshot!("ascii_thread", thread);
    h.keys("gm<tab>");
    assert_snapshot!("ascii_flags_queue", h.screen());
    h.keys("h");
    assert_snapshot!("ascii_hide_form", h.screen());
    let guest = Viewer::Guest { key: Some(key(9)) };
    let mut h = session(&w, &guest, 9).with_ascii();
    h.keys("s");
    let sign_up = h.screen();
    assert!(sign_up.is_ascii(), "{sign_up}");
    assert_snapshot!("ascii_sign_up", sign_up);
}

/// A client: its TERM, the variables it sends, and whether it should get colour
/// and whether ASCII only.
type Case = (
    &'static str,
    &'static [(&'static str, &'static str)],
    bool,
    bool,
);

#[tokio::test(flavor = "multi_thread")]
async fn the_clients_term_no_color_and_locale_choose_over_ssh() {
    let dir = tempfile::tempdir().unwrap();
    let server = common::Server::start(dir.path(), &[]);
    common::sign_up(server.addr, 1, "amara").await;
    let coloured = |raw: &[u8]| {
        let text = String::from_utf8_lossy(raw);
        text.contains("38;5;") || text.contains("48;5;")
    };
    // TERM, variables sent, whether colour is used, whether it is ASCII only.
    let cases: &[Case] = &[
        ("xterm-256color", &[("LANG", "en_GB.UTF-8")], true, false),
        ("xterm-256color", &[("NO_COLOR", "1")], false, false),
        ("xterm-256color", &[("LANG", "C")], true, true),
        ("vt100", &[], false, true),
        // A vt100 emulation that says it has colour (ASCII still, for its fonts).
        ("vt100", &[("COLORTERM", "truecolor")], true, true),
    ];
    for (term, env, want_colour, want_ascii) in cases {
        let c = common::connect_with_key(server.addr, "amara", &common::private_key(1)).await;
        let channel = c.session.channel_open_session().await.unwrap();
        for (name, value) in *env {
            channel.set_env(true, *name, *value).await.unwrap();
        }
        channel
            .request_pty(true, term, 80, 24, 0, 0, &[])
            .await
            .unwrap();
        channel.request_shell(true).await.unwrap();
        let mut t = common::Terminal::from_channel(channel, 80, 24);
        t.wait_text("Welcome").await;
        let what = format!("TERM={term} {env:?}");
        assert_eq!(coloured(&t.raw), *want_colour, "{what}");
        assert_eq!(t.raw.is_ascii(), *want_ascii, "{what}");
    }
}

#[test]
fn a_members_display_preferences_override_the_terminal_and_follow_them() {
    let w = world();
    let modern = || ClientTerminal {
        term: Some("xterm-256color".into()),
        no_color: false,
        colorterm: false,
        locale: Some("en_GB.UTF-8".into()),
        language_env: Vec::new(),
    };
    let mut h = session(&w, &w.amara, 1).with_client(modern());
    assert!(!h.coloured_cells().is_empty());
    h.keys("gyv");
    assert_snapshot!("display_form", h.screen());
    // Colour: never; ASCII only: always. Applied at once, in this session.
    h.keys("<tab><tab><right><right><tab><right><c-s>");
    let saved = h.screen();
    assert!(saved.contains("Display saved"), "{saved}");
    assert!(
        saved.contains("colour never, ASCII always; the rest automatic"),
        "{saved}"
    );
    assert!(h.coloured_cells().is_empty(), "{saved}");
    assert!(saved.is_ascii(), "{saved}");
    // And on the next connection, whatever the terminal.
    let amara = testkit::viewer(w.forum.account("amara").unwrap().unwrap());
    let mut next = session(&w, &amara, 1).with_client(modern());
    assert!(next.coloured_cells().is_empty());
    assert!(next.screen().is_ascii());
}
