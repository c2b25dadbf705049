//! The monochrome theme, for terminals without colour and members who set
//! `NO_COLOR`: every screen drawn without a single coloured cell, with the
//! selection still plain to see in reverse video. Over SSH, the client's own
//! `TERM` and `NO_COLOR` choose it.

mod common;

use stoa::domain::{FlagReason, Role};
use stoa::forum::{Actor, NewThread};
use stoa::testkit::{self, key};
use stoa::tui::harness::Harness;
use stoa::tui::theme::Theme;

#[test]
fn every_screen_is_drawn_without_colour_and_shows_its_selection() {
    let dir = tempfile::tempdir().unwrap();
    let forum = testkit::forum(dir.path()).unwrap();
    stoa::demo::load(&forum).unwrap();
    let amara = testkit::sign_up(&forum, "amara", 1).unwrap();
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    forum
        .change_role(
            Actor::Account(&amara),
            "li",
            Role::Member,
            "Stays a member.",
        )
        .unwrap();
    let thread = forum
        .start_thread(
            &li,
            "care-workforce",
            NewThread {
                title: "Rosters".into(),
                body: "How do you plan them?".into(),
            },
        )
        .unwrap();
    let amara = testkit::viewer(amara);
    forum
        .flag_post(&amara, thread.id, FlagReason::Spam, "")
        .unwrap();
    let mono = |viewer, seed| {
        Harness::new(forum.clone(), viewer, Some(key(seed).fingerprint()), 80, 24)
            .with_theme(Theme::monochrome())
    };

    // Each script leads to a screen; each screen is checked.
    let screens: &[(&str, &str)] = &[
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
    ];
    for (name, script) in screens {
        let mut h = mono(amara.clone(), 1);
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
    let mut h = mono(amara.clone(), 1);
    h.keys("gc<enter>");
    assert!(h.reversed_text().contains("Rosters"), "{}", h.screen());
    let mut guest = mono(stoa::forum::Viewer::Guest { key: Some(key(9)) }, 9);
    assert!(guest.coloured_cells().is_empty(), "{}", guest.screen());
    guest.keys("s");
    assert!(
        guest.coloured_cells().is_empty(),
        "sign-up: {}",
        guest.screen()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_clients_no_color_and_term_choose_monochrome_over_ssh() {
    let dir = tempfile::tempdir().unwrap();
    let server = common::Server::start(dir.path(), &[]);
    common::sign_up(server.addr, 1, "amara").await;
    let coloured = |raw: &[u8]| {
        let text = String::from_utf8_lossy(raw);
        text.contains("38;5;") || text.contains("48;5;")
    };
    for (term, no_color, want_colour) in [
        ("xterm-256color", false, true),
        ("xterm-256color", true, false),
        ("vt100", false, false),
    ] {
        let c = common::connect_with_key(server.addr, "amara", &common::private_key(1)).await;
        let channel = c.session.channel_open_session().await.unwrap();
        if no_color {
            channel.set_env(true, "NO_COLOR", "1").await.unwrap();
        }
        channel
            .request_pty(true, term, 80, 24, 0, 0, &[])
            .await
            .unwrap();
        channel.request_shell(true).await.unwrap();
        let mut t = common::Terminal::from_channel(channel, 80, 24);
        t.wait_text("Welcome").await;
        assert_eq!(
            coloured(&t.raw),
            want_colour,
            "TERM={term} NO_COLOR={no_color}"
        );
    }
}
