//! What members write carries its language: the composer shows what it
//! detects and lets the author choose; a post's language shows beside it when
//! it is not the reader's; library entries and news take translations that
//! members propose and the committee approves, and a reader sees the one in
//! their language, the others a key away; lists put a member's languages
//! first. In the full screen and in plain mode.

use insta::assert_snapshot;
use stoa::domain::{Language, Translated};
use stoa::forum::translations::NewTranslation;
use stoa::forum::{Forum, Verdict, Viewer};
use stoa::plain::Plain;
use stoa::present::theme::ClientTerminal;
use stoa_core::testkit;
use stoa_ui::tui::harness::Harness;

use crate::plain::{flat, typed};

const FRENCH: &str = "Les agents de santé communautaires ont besoin d'une formation \
                      continue et d'une supervision régulière dans les villages.";

fn french_client() -> ClientTerminal {
    let mut client = ClientTerminal {
        term: Some("xterm-256color".into()),
        locale: Some("fr_FR.UTF-8".into()),
        ..Default::default()
    };
    client.set_env("LANG", "fr_FR.UTF-8");
    client
}

/// The demo forum; amara (the admin) and li, a member.
fn demo() -> (Forum, tempfile::TempDir, Viewer, Viewer) {
    let dir = tempfile::tempdir().unwrap();
    let forum = testkit::forum(dir.path()).unwrap();
    stoa::demo::load(&forum).unwrap();
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    (forum, dir, amara, li)
}

/// The newest library entry: the one `gl` then Enter opens.
fn first_entry(forum: &Forum, viewer: &Viewer) -> stoa::domain::EntryId {
    let mut h = Harness::member(forum, viewer, 1);
    h.keys("gl");
    let listed = forum.library(&Default::default()).unwrap();
    let screen = h.screen();
    listed
        .into_iter()
        .find(|e| screen.contains(&e.title[..e.title.len().min(30)]))
        .map(|e| e.id)
        .unwrap()
}

/// li's French translation of `of`, approved by amara.
fn translated(forum: &Forum, amara: &Viewer, li: &Viewer, of: Translated) {
    let new = NewTranslation {
        of,
        language: Language::Fr,
        title: "Titre traduit en français".into(),
        text: "Un résumé traduit en français, pour les lecteurs francophones.".into(),
    };
    let s = forum.propose_translation(li, None, new, true).unwrap();
    forum
        .decide(
            amara,
            s.id,
            s.version,
            Verdict::Approve,
            "Bonne traduction.",
        )
        .unwrap();
}

#[test]
fn the_composer_shows_the_detected_language_and_keeps_the_one_chosen() {
    let (forum, _dir, amara, _li) = demo();
    let mut h = Harness::member(&forum, &amara, 1);
    h.keys("gcj<enter>n");
    h.keys("Formation continue<tab>");
    h.paste(FRENCH);
    let screen = h.screen();
    assert!(screen.contains("automatic: Français"), "{screen}");
    assert_snapshot!("composer_detects_french", screen);
    h.keys("<c-s>");
    let thread = forum
        .threads(&amara, "people-and-communities")
        .unwrap()
        .into_iter()
        .find(|t| t.thread.title == "Formation continue")
        .unwrap();
    assert_eq!(thread.thread.language, Some(Language::Fr));
    // Chosen: the author says it is Spanish, whatever the detector thinks.
    h.keys("<esc>n");
    h.keys("Otra<tab>");
    h.paste(FRENCH);
    h.keys("<tab><right><right><right>");
    let screen = h.screen();
    assert!(screen.contains("Español"), "{screen}");
    assert!(screen.contains("As you chose it"), "{screen}");
    h.keys("<c-s>");
    let chosen = forum
        .threads(&amara, "people-and-communities")
        .unwrap()
        .into_iter()
        .find(|t| t.thread.title == "Otra")
        .unwrap();
    assert_eq!(chosen.thread.language, Some(Language::Es));
}

#[test]
fn a_reader_sees_an_entry_in_their_language_and_goes_round_the_others() {
    let (forum, _dir, amara, li) = demo();
    let id = first_entry(&forum, &amara);
    let original = forum.entry(id).unwrap();
    translated(&forum, &amara, &li, Translated::Entry(id));
    // A French reader: the translation, who made it, and the languages.
    let mut h = Harness::member(&forum, &li, 2).with_client(french_client());
    h.keys("gl");
    let list = h.screen();
    assert!(
        list.contains("Titre traduit en français"),
        "the list too: {list}"
    );
    h.keys("<enter>");
    let screen = h.screen();
    assert!(screen.contains("Titre traduit en français"), "{screen}");
    assert!(
        screen.contains("Traduit de l’original (English) par li"),
        "{screen}"
    );
    assert!(screen.contains("English (original) · Français"), "{screen}");
    assert!(screen.contains("o langue"), "the key: {screen}");
    assert_snapshot!("entry_translated_fr", screen);
    // o: the original, then back.
    h.keys("o");
    let screen = h.screen();
    assert!(screen.contains(&original.title), "{screen}");
    assert!(!screen.contains("Titre traduit"), "{screen}");
    h.keys("o");
    assert!(h.screen().contains("Titre traduit en français"));
    // An English reader reads the original, and can go to the French.
    let mut h = Harness::member(&forum, &amara, 1);
    h.keys("gl<enter>");
    let screen = h.screen();
    assert!(screen.contains(&original.title), "{screen}");
    assert!(screen.contains("English (original) · Français"), "{screen}");
}

#[test]
fn a_member_proposes_a_translation_that_the_committee_reviews() {
    let (forum, _dir, amara, li) = demo();
    let mut h = Harness::member(&forum, &li, 2).with_client(french_client());
    h.keys("gl<enter>T");
    let form = h.screen();
    assert!(form.contains("Proposer une traduction"), "{form}");
    assert!(
        form.contains("Français"),
        "the reader's language first: {form}"
    );
    assert_snapshot!("translation_form_fr", form);
    // Nothing typed: the form says what is missing where it is.
    h.keys("<c-s>");
    let refused = h.screen();
    assert!(
        refused.contains("saisissez le titre dans sa langue"),
        "{refused}"
    );
    // The title it asks for has the focus.
    h.keys("Un titre en français<tab>");
    h.paste("Le texte traduit de la fiche.");
    h.keys("<c-s>");
    let said = h.screen();
    assert!(said.contains("Traduction envoyée pour relecture"), "{said}");
    // In the committee's queue, read as any submission.
    let queue = forum.review_queue(&amara).unwrap();
    let s = queue
        .iter()
        .find(|s| s.item.kind() == "translation")
        .unwrap();
    let mut committee = Harness::member(&forum, &amara, 1);
    committee.keys("gm");
    let listed = committee.screen();
    assert!(listed.contains("Un titre en français"), "{listed}");
    forum
        .decide(&amara, s.id, s.version, Verdict::Approve, "Relue.")
        .unwrap();
    let stoa::domain::Item::Translation(p) = &s.item else {
        panic!("{:?}", s.item)
    };
    let Translated::Entry(id) = p.of else {
        panic!("{:?}", p.of)
    };
    assert_eq!(
        forum.entry(id).unwrap().translations[0].title,
        "Un titre en français"
    );
}

#[test]
fn plain_mode_translates_reads_in_another_language_and_corrects_a_language() {
    let (forum, _dir, amara, li) = demo();
    // The oldest entry: last in the list, until its language comes first.
    let id = forum
        .library(&Default::default())
        .unwrap()
        .last()
        .unwrap()
        .id;
    translated(&forum, &amara, &li, Translated::Entry(id));
    let mut plain = Plain::new(forum.clone(), li.clone(), 79).with_language(Some(Language::Fr));
    plain.start();
    let list = typed(&mut plain, "library<enter>");
    let n = list
        .lines()
        .find(|l| l.contains("Titre traduit en français"))
        .and_then(|l| l.split('.').next())
        .unwrap()
        .trim()
        .to_string();
    // Not first before `first fr` below puts it there.
    assert_ne!(n, "1", "{list}");
    let entry = flat(&typed(&mut plain, &format!("{n}<enter>")));
    assert!(entry.contains("Titre traduit en français"), "{entry}");
    assert!(
        entry.contains("Langues : English (original) · Français"),
        "{entry}"
    );
    let original = flat(&typed(&mut plain, "in en<enter>"));
    assert!(!original.contains("Titre traduit"), "{original}");
    let refused = flat(&typed(&mut plain, "in ru<enter>"));
    assert!(refused.contains("aucune traduction"), "{refused}");
    // translate: the questions, then send.
    let asked = flat(&typed(&mut plain, "translate<enter>"));
    assert!(asked.contains("Vers quelle langue"), "{asked}");
    typed(&mut plain, "3<enter>Un titre en espagnol<enter>");
    let sent = flat(&typed(
        &mut plain,
        "Un texto traducido al español.<enter><enter>send<enter>",
    ));
    assert!(sent.contains("envoy"), "{sent}");
    assert!(
        forum
            .review_queue(&amara)
            .unwrap()
            .iter()
            .any(|s| s.item.kind() == "translation" && s.title() == "Un titre en espagnol")
    );
    // language N CODE: the author corrects what was detected.
    let thread = french_thread(&forum, &li);
    let post = thread.id.opening_post();
    let said = flat(&typed(&mut plain, &format!("language {post} es<enter>")));
    assert!(said.contains("Español"), "{said}");
    assert_eq!(forum.post(&li, post).unwrap().language, Some(Language::Es));
    // first fr: what is in French comes first.
    let said = flat(&typed(&mut plain, "first fr<enter>"));
    assert!(said.contains("Français"), "{said}");
    assert_eq!(
        forum.first_languages(&plain_viewer(&forum, "li")).list(),
        vec![Language::Fr]
    );
    let profile = flat(&typed(&mut plain, "profile<enter>"));
    assert!(
        profile.contains("Ce qui est écrit en Français passe en tête"),
        "{profile}"
    );
    // The library says so under its heading, and puts the translated entry first.
    let list = flat(&typed(&mut plain, "library<enter>"));
    assert!(
        list.contains("(Ce qui est écrit en Français passe en tête"),
        "{list}"
    );
    assert!(
        list.contains("1. document de l’OMS: [demo] Titre traduit"),
        "{list}"
    );
}

/// li's thread in French, its language detected.
fn french_thread(forum: &Forum, li: &Viewer) -> stoa::domain::Thread {
    forum
        .start_thread(
            li,
            "people-and-communities",
            stoa::forum::NewThread {
                title: "Formation".into(),
                body: FRENCH.into(),
                language: None,
            },
        )
        .unwrap()
}

fn plain_viewer(forum: &Forum, username: &str) -> Viewer {
    testkit::viewer(forum.account(username).unwrap().unwrap())
}

#[test]
fn a_post_in_another_language_says_so_beside_its_author() {
    let (forum, _dir, amara, li) = demo();
    let thread = french_thread(&forum, &li);
    let _ = thread;
    let mut h = Harness::member(&forum, &amara, 1);
    h.resize(120, 30);
    h.keys("gcj<enter>");
    let listed = h.screen();
    assert!(listed.contains("Formation"), "{listed}");
    h.keys("<enter>");
    let screen = h.screen();
    assert!(screen.contains("· Français"), "{screen}");
}

#[test]
fn an_event_says_its_language_and_the_committee_sees_what_was_detected() {
    let (forum, _dir, amara, li) = demo();
    let mut plain = Plain::new(forum.clone(), amara.clone(), 79);
    plain.start();
    typed(&mut plain, "e<enter>");
    let event = flat(&typed(&mut plain, "1<enter>"));
    assert!(event.contains("Written in English."), "{event}");
    // The committee corrects it where it is open; the event says so after.
    let said = flat(&typed(&mut plain, "language es<enter>"));
    assert!(said.contains("Its language is now Español."), "{said}");
    let event = flat(&typed(&mut plain, "l<enter>"));
    assert!(event.contains("Written in Español."), "{event}");
    // A member who did not post it may not.
    let mut member = Plain::new(forum.clone(), li.clone(), 79);
    member.start();
    typed(&mut member, "e<enter>1<enter>");
    let refused = flat(&typed(&mut member, "language fr<enter>"));
    assert!(
        refused.contains("only its author or the editorial committee"),
        "{refused}"
    );
    // A news proposal in French: the queue's reader sees it detected.
    let proposal = stoa::domain::NewsProposal {
        title: "Rencontre des infirmières".into(),
        body: FRENCH.into(),
        ..Default::default()
    };
    let s = forum
        .propose(&li, None, stoa::domain::Item::News(proposal), true)
        .unwrap();
    let shown = stoa::present::board_item::fields(&s);
    assert!(
        shown
            .iter()
            .any(|(label, value)| label == "Written in" && value == "Français (detected)"),
        "{shown:?}"
    );
}

#[test]
fn the_committee_corrects_an_entrys_language_and_a_reader_cannot() {
    let (forum, _dir, amara, li) = demo();
    let id = first_entry(&forum, &amara);
    assert_eq!(forum.entry(id).unwrap().language, Some(Language::En));
    // A member who did not post it is offered no key, and L does nothing.
    let mut h = Harness::member(&forum, &li, 2);
    h.keys("gl<enter>");
    assert!(!h.screen().contains("L its language"), "{}", h.screen());
    h.keys("L");
    assert!(!h.screen().contains("What language is"), "{}", h.screen());
    // The committee: the form, the language as it is, Ctrl-S saves.
    let mut h = Harness::member(&forum, &amara, 1);
    h.keys("gl<enter>");
    assert!(h.screen().contains("L its language"), "{}", h.screen());
    h.keys("L");
    let form = h.screen();
    assert!(form.contains("Now: English"), "{form}");
    assert_snapshot!("language_form", form);
    h.keys("<right><c-s>");
    assert!(
        h.screen().contains("Saved: written in Français."),
        "{}",
        h.screen()
    );
    assert_eq!(forum.entry(id).unwrap().language, Some(Language::Fr));
}

#[test]
fn a_translated_news_item_reads_in_the_readers_language() {
    let (forum, _dir, amara, li) = demo();
    let id = forum.news(10).unwrap()[0].id;
    let original = forum.news_item(id).unwrap().title;
    translated(&forum, &amara, &li, Translated::News(id));
    let mut h = Harness::member(&forum, &li, 2).with_client(french_client());
    h.keys("gn");
    assert!(
        h.screen().contains("Titre traduit en français"),
        "{}",
        h.screen()
    );
    h.keys("<enter>");
    let item = h.screen();
    assert!(item.contains("Un résumé traduit en français"), "{item}");
    assert!(item.contains("English (original) · Français"), "{item}");
    h.keys("o");
    assert!(h.screen().contains(&original), "{}", h.screen());
}
