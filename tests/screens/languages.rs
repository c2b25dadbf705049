//! The interface in each language: the client's `LANG` picks it before the
//! member chooses one (at sign-up or in Display), the member's choice wins
//! after, and the main screens fit 80×24 in every language (snapshots per
//! language; Chinese is double-width, Arabic right to left).

use insta::assert_snapshot;
use stoa::domain::Language;
use stoa::forum::{Forum, Viewer};
use stoa::plain::Plain;
use stoa::present::lang;
use stoa::present::theme::ClientTerminal;
use stoa_core::testkit::{self, key};
use stoa_ui::tui::harness::Harness;

/// A client whose locale is `locale` (`fr_FR.UTF-8`), as OpenSSH sends it.
fn client(locale: &str) -> ClientTerminal {
    let mut client = ClientTerminal {
        term: Some("xterm-256color".into()),
        locale: Some(locale.into()),
        ..Default::default()
    };
    client.set_env("LANG", locale);
    client
}

const LOCALES: [(Language, &str); 5] = [
    (Language::Fr, "fr_FR.UTF-8"),
    (Language::Es, "es_ES.UTF-8"),
    (Language::Ru, "ru_RU.UTF-8"),
    (Language::Zh, "zh_CN.UTF-8"),
    (Language::Ar, "ar_EG.UTF-8"),
];

/// The main screens, from home (the member is the admin: moderation too).
const SCREENS: [(&str, &str); 18] = [
    ("home", ""),
    ("go_to_menu", "g"),
    ("events", "ge"),
    ("jobs", "gj"),
    ("library", "gl"),
    ("news", "gn"),
    ("people", "gp"),
    ("messages", "gd"),
    ("notifications", "g!"),
    ("profile", "gy"),
    ("moderation", "gm"),
    ("whats_new", "gw"),
    ("communities", "gc"),
    ("thread_list", "gcj<enter>"),
    ("thread", "gcj<enter><enter>"),
    ("composer", "gcj<enter><enter>r"),
    ("help", "?"),
    ("display", "gyv"),
];

fn demo() -> (Forum, tempfile::TempDir, Viewer) {
    let dir = tempfile::tempdir().unwrap();
    let forum = testkit::forum(dir.path()).unwrap();
    stoa::demo::load(&forum).unwrap();
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    (forum, dir, amara)
}

/// What the footer (the screen's last line) offers: each key's words.
fn footer(screen: &str) -> String {
    screen.lines().last().unwrap_or_default().to_string()
}

#[test]
fn the_main_screens_speak_each_language_and_fit_80_by_24() {
    let (forum, _dir, amara) = demo();
    for (language, locale) in LOCALES {
        for (name, keys) in SCREENS {
            let mut h = Harness::member(&forum, &amara, 1).with_client(client(locale));
            h.keys(keys);
            let screen = h.screen();
            assert_snapshot!(format!("{name}_{}", language.code()), screen);
            let header = screen.lines().next().unwrap();
            // The header keeps who is here; the footer keeps help wherever
            // English has it, and nearly every key English shows.
            assert!(header.contains("amara"), "{language} {name}: {header}");
            let mut english = Harness::member(&forum, &amara, 1);
            english.keys(keys);
            let english = footer(&english.screen());
            let here = footer(&screen);
            for help in ["? ", "F1 "] {
                if english.contains(help) {
                    assert!(
                        here.contains(help),
                        "{language} {name}: {here} (English: {english})"
                    );
                }
            }
            let shown = |f: &str| {
                f.trim()
                    .split("  ")
                    .filter(|k| !k.trim().is_empty())
                    .count()
            };
            assert!(
                shown(&here) + 2 >= shown(&english),
                "{language} {name}: {here} (English: {english})"
            );
            // The header's title is the screen's own, not cut short (Arabic's
            // is put in visual order on the screen, so it is checked elsewhere).
            if language != Language::Ar {
                let title = h.app.screen_title();
                assert!(
                    header.contains(&title),
                    "{language} {name}: {title:?} in {header}"
                );
            }
        }
    }
}

#[test]
fn the_footer_words_come_from_the_catalogue() {
    let (forum, _dir, amara) = demo();
    let mut fr = Harness::member(&forum, &amara, 1).with_client(client("fr_FR.UTF-8"));
    fr.keys("gc<enter>");
    let help = lang::text_in(Language::Fr, "key-help", &[]);
    let new = lang::text_in(Language::Fr, "key-new-thread", &[]);
    let footer_fr = footer(&fr.screen());
    assert!(footer_fr.contains(&format!("? {help}")), "{footer_fr}");
    assert!(footer_fr.contains(&format!("n {new}")), "{footer_fr}");
    let mut en = Harness::member(&forum, &amara, 1);
    en.keys("gc<enter>");
    assert!(footer(&en.screen()).contains("? help"), "{}", en.screen());
}

#[test]
fn arabic_rows_are_drawn_in_visual_order() {
    let (forum, _dir, amara) = demo();
    let mut h = Harness::member(&forum, &amara, 1).with_client(client("ar_EG.UTF-8"));
    let screen = h.screen();
    let title = lang::text_in(Language::Ar, "home-title", &[]);
    // On screen the title's letters run from right to left.
    let reversed: String = title.chars().rev().collect();
    assert!(screen.contains(&reversed), "{reversed} in\n{screen}");
    assert!(
        !screen.contains(&title) || title.chars().count() == 1,
        "{screen}"
    );
}

#[test]
fn the_members_choice_in_display_wins_over_the_locale_and_applies_at_once() {
    let (forum, _dir, amara) = demo();
    let mut h = Harness::member(&forum, &amara, 1).with_client(client("es_ES.UTF-8"));
    assert_eq!(
        h.app.screen_title(),
        lang::text_in(Language::Es, "home-title", &[])
    );
    // Display: Language, from automatic to English, then Français.
    h.keys("gyv<right><right><c-s>");
    let saved = h.screen();
    assert!(
        saved.contains(
            &lang::text_in(Language::Fr, "display-saved", &[])
                .chars()
                .take(20)
                .collect::<String>()
        ),
        "{saved}"
    );
    let account = forum.account("amara").unwrap().unwrap();
    assert_eq!(account.preferences.language, Some(Language::Fr));
    h.keys("<esc><esc><esc>");
    assert_eq!(
        h.app.screen_title(),
        lang::text_in(Language::Fr, "home-title", &[])
    );
    // The next connection, from a Spanish terminal, is in French too.
    let viewer = testkit::viewer(account);
    let mut next = Harness::member(&forum, &viewer, 1).with_client(client("es_ES.UTF-8"));
    assert_eq!(
        next.app.screen_title(),
        lang::text_in(Language::Fr, "home-title", &[])
    );
    assert!(
        next.screen()
            .contains(&lang::text_in(Language::Fr, "role-admin", &[]))
    );
}

#[test]
fn sign_up_offers_the_terminals_language_and_keeps_the_choice() {
    let dir = tempfile::tempdir().unwrap();
    let forum = testkit::forum(dir.path()).unwrap();
    let key = key(1);
    let fingerprint = key.fingerprint();
    let guest = Viewer::Guest { key: Some(key) };
    let mut h = Harness::new(forum.clone(), guest, Some(fingerprint), 80, 24)
        .with_client(client("ru_RU.UTF-8"));
    h.keys("s");
    let form = h.screen();
    let automatic = lang::text_in(
        Language::Ru,
        "display-language-automatic",
        &[("name", lang::Value::from("Русский"))],
    );
    assert!(form.contains(&format!("◀ {automatic} ▶")), "{form}");
    h.keys("amara<tab>Amara<tab><tab><right><tab><tab><space><tab><right><right><right><c-s>");
    let account = forum.account("amara").unwrap().expect("signed up");
    // Automatic, English, Français, then Español.
    assert_eq!(account.preferences.language, Some(Language::Es));
    // Left automatic, the choice stays with the locale.
    let key = testkit::key(2);
    let fingerprint = key.fingerprint();
    let mut h = Harness::new(
        forum.clone(),
        Viewer::Guest { key: Some(key) },
        Some(fingerprint),
        80,
        24,
    )
    .with_client(client("ru_RU.UTF-8"));
    h.keys("sbruno<tab>Bruno<tab><tab><right><tab><tab><space><c-s>");
    let bruno = forum.account("bruno").unwrap().expect("signed up");
    assert_eq!(bruno.preferences.language, None);
}

#[test]
fn plain_mode_speaks_the_clients_language() {
    let (forum, _dir, amara) = demo();
    for (language, _) in LOCALES {
        let mut plain = Plain::new(forum.clone(), amara.clone(), 79).with_language(Some(language));
        let start = plain.start();
        let intro = lang::text_in(language, "plain-intro", &[]);
        let flat = start.replace("\r\n", " ");
        let opening: String = intro.chars().take(12).collect();
        assert!(flat.contains(&opening), "{language}: {start}");
        let mut help = String::new();
        for key in stoa::present::keys::parse_keys("h<enter>") {
            help.push_str(&plain.input(&stoa::present::Input::Key(key)).text);
        }
        let expected = lang::text_in(language, "plain-help", &[]);
        let first = expected.lines().next().unwrap();
        assert!(help.contains(first), "{language}: {help}");
    }
    // No language from the client, none chosen: English.
    let mut plain = Plain::new(forum.clone(), amara, 79);
    assert!(plain.start().contains("This is the plain mode"));
}

#[test]
fn exec_speaks_the_clients_language_and_json_stays_the_same() {
    let (forum, _dir, amara) = demo();
    let fr = stoa::exec::run_for(&forum, &amara, Some(Language::Fr), "help", b"");
    let en = stoa::exec::run(&forum, &amara, "help", b"");
    assert_ne!(fr.stdout, en.stdout);
    assert!(
        fr.stdout.contains("whoami"),
        "commands keep their names: {}",
        fr.stdout
    );
    let bad = stoa::exec::run_for(&forum, &amara, Some(Language::Fr), "frobnicate", b"");
    assert_eq!(bad.status, 2);
    assert!(
        bad.stderr.contains("frobnicate") && !bad.stderr.contains("unknown command"),
        "{}",
        bad.stderr
    );
    // Programs read JSON: the same in every language, the forum's own lines
    // (a search result's `about`) included.
    for command in [
        "communities --json",
        "search health --json",
        "notifications --json",
    ] {
        let json_fr = stoa::exec::run_for(&forum, &amara, Some(Language::Fr), command, b"");
        let json_en = stoa::exec::run(&forum, &amara, command, b"");
        assert_eq!(json_fr.stdout, json_en.stdout, "{command}");
        assert_eq!(json_fr.status, 0, "{command}: {}", json_fr.stderr);
    }
}

#[test]
fn what_was_not_found_is_named_in_the_members_language() {
    let (forum, _dir, amara) = demo();
    let said = |language, command: &str| {
        let out = stoa::exec::run_for(&forum, &amara, Some(language), command, b"");
        assert_eq!(out.status, 2, "{command}");
        out.stderr
    };
    assert!(said(Language::En, "read 999").contains("thread 999 not found"));
    for (language, words) in [
        (Language::Fr, "fil 999 introuvable"),
        (Language::Es, "no se encuentra: hilo 999"),
        (Language::Ru, "тема 999: не найдено"),
        (Language::Zh, "未找到主题 999"),
        (Language::Ar, "لم يُعثر على الموضوع 999"),
    ] {
        let stderr = said(language, "read 999");
        assert!(stderr.contains(words), "{language}: {stderr}");
        assert!(!stderr.contains("thread"), "{language}: {stderr}");
    }
    let entry = said(Language::Fr, "language --entry 999 fr");
    assert!(
        entry.contains("entrée 999 de la bibliothèque introuvable"),
        "{entry}"
    );
    // A refused field is named in the language too; English keeps the names
    // scripts know.
    let post = |language| {
        let out = stoa::exec::run_for(
            &forum,
            &amara,
            Some(language),
            "post care-workforce Hi",
            b"A body long enough.",
        );
        assert_eq!(out.status, 2);
        out.stderr
    };
    assert!(
        post(Language::En).contains("title: "),
        "{}",
        post(Language::En)
    );
    for (language, field) in [
        (Language::Fr, "titre : "),
        (Language::Es, "título: "),
        (Language::Ru, "заголовок: "),
        (Language::Zh, "标题："),
        (Language::Ar, "العنوان: "),
    ] {
        let stderr = post(language);
        assert!(stderr.contains(field), "{language}: {stderr}");
        assert!(!stderr.contains("title"), "{language}: {stderr}");
    }
    // Plain mode too.
    let mut plain = Plain::new(forum.clone(), amara.clone(), 79).with_language(Some(Language::Es));
    plain.start();
    let mut out = String::new();
    for key in stoa::present::keys::parse_keys("history 999<enter>") {
        out.push_str(&plain.input(&stoa::present::Input::Key(key)).text);
    }
    assert!(out.contains("publicación 999"), "{out}");
}

#[test]
fn plain_mode_writes_the_colon_as_the_language_does() {
    let (forum, _dir, amara) = demo();
    forum.join(&amara, "care-workforce").unwrap();
    let thread = forum
        .start_thread(
            &amara,
            "care-workforce",
            stoa::forum::NewThread {
                language: None,
                title: "Rotas de nuit".into(),
                body: "Première version.".into(),
            },
        )
        .unwrap();
    let id = thread.id.opening_post();
    forum
        .edit_post(&amara, id, None, "Deuxième version.")
        .unwrap();
    let history = |language| {
        let mut plain = Plain::new(forum.clone(), amara.clone(), 79).with_language(Some(language));
        plain.start();
        let mut out = String::new();
        for key in stoa::present::keys::parse_keys(&format!("history {id}<enter>")) {
            out.push_str(&plain.input(&stoa::present::Input::Key(key)).text);
        }
        out
    };
    let fr = history(Language::Fr);
    assert!(fr.contains(") :\r\n  Première version."), "{fr}");
    let zh = history(Language::Zh);
    assert!(zh.contains("）：\r\n  Première version."), "{zh}");
    let en = history(Language::En);
    assert!(en.contains("):\r\n  Première version."), "{en}");
}
