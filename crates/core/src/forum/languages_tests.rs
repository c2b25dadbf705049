//! Content's language: chosen by its author or detected, corrected later by
//! the author or the committee (no one else), and a member's languages first
//! in lists. Translations of library entries and news: proposed, reviewed,
//! kept one per language, found by search.

use super::board_tests::{approve, errors as invalid};
use super::editorial_tests::{Committee, committee};
use super::translations::NewTranslation;
use super::*;
use crate::domain::{Language, Languages, Preferences, ReviewState, Target, Thread, Translated};
use crate::testkit::{resource_proposal, settle_search};

const FRENCH: &str = "Les agents de santé communautaires ont besoin d'une formation \
                      continue et d'une supervision régulière dans les villages.";
const ENGLISH: &str = "Community health workers need continued training and regular \
                       supervision in the villages where they work.";

fn thread(
    c: &Committee,
    who: &Viewer,
    title: &str,
    body: &str,
    chosen: Option<Language>,
) -> Thread {
    c.forum
        .start_thread(
            who,
            "care",
            NewThread {
                title: title.into(),
                body: body.into(),
                language: chosen,
            },
        )
        .unwrap()
}

#[test]
fn a_post_carries_the_language_detected_or_the_one_its_author_chose() {
    let c = committee();
    let t = thread(&c, &c.author, "Formation des agents", FRENCH, None);
    assert_eq!(
        t.language,
        Some(Language::Fr),
        "the thread takes its opening post's"
    );
    let opening = c.forum.post(&c.reader, t.id.opening_post()).unwrap();
    assert_eq!(opening.language, Some(Language::Fr));
    // Chosen wins over detected.
    let chosen = thread(&c, &c.author, "Training", ENGLISH, Some(Language::Es));
    assert_eq!(chosen.language, Some(Language::Es));
    // Too little to tell: none, rather than a guess.
    let reply = c.forum.reply(&c.reader, t.id.opening_post(), "+1").unwrap();
    assert_eq!(reply.language, None);
    let reply = c
        .forum
        .reply_in(&c.reader, t.id.opening_post(), ENGLISH, None)
        .unwrap();
    assert_eq!(reply.language, Some(Language::En));
}

#[test]
fn only_the_author_or_the_committee_corrects_a_posts_language() {
    let c = committee();
    let t = thread(&c, &c.author, "Training", ENGLISH, None);
    let target = Target::Post {
        thread: t.id,
        post: t.id.opening_post(),
    };
    // Another member may not; a guest may not.
    let refused = c.forum.set_language(&c.reader, &target, Language::Fr);
    assert!(
        matches!(refused, Err(ForumError::NotAllowed(_))),
        "{refused:?}"
    );
    let guest = Viewer::Guest { key: None };
    assert!(c.forum.set_language(&guest, &target, Language::Fr).is_err());
    assert_eq!(
        c.forum.thread(&c.reader, t.id).unwrap().language,
        Some(Language::En)
    );
    // The author may, and the thread follows its opening post.
    c.forum
        .set_language(&c.author, &target, Language::Fr)
        .unwrap();
    assert_eq!(
        c.forum.thread(&c.reader, t.id).unwrap().language,
        Some(Language::Fr)
    );
    // A moderator of the committee may too.
    c.forum
        .set_language(&c.moses, &target, Language::Es)
        .unwrap();
    let post = c.forum.post(&c.reader, t.id.opening_post()).unwrap();
    assert_eq!(post.language, Some(Language::Es));
    // What has no language is refused in words.
    let member = Target::Member {
        username: "amara".into(),
    };
    assert!(
        c.forum
            .set_language(&c.author, &member, Language::Fr)
            .is_err()
    );
}

#[test]
fn a_members_languages_come_first_in_thread_lists() {
    let c = committee();
    thread(&c, &c.author, "Formation des agents", FRENCH, None);
    thread(&c, &c.author, "Training", ENGLISH, None);
    let titles = |who: &Viewer| -> Vec<String> {
        c.forum
            .threads(who, "care")
            .unwrap()
            .into_iter()
            .map(|s| s.thread.title)
            .collect()
    };
    // Latest activity first, whatever the language.
    assert_eq!(titles(&c.reader), ["Training", "Formation des agents"]);
    let account = c.reader.account().unwrap().clone();
    let prefs = Preferences {
        first: Languages::of([Language::Fr]),
        ..account.preferences
    };
    let account = c.forum.set_preferences(&account, prefs).unwrap();
    let reader = crate::testkit::viewer(account);
    assert_eq!(
        c.forum.first_languages(&reader),
        Languages::of([Language::Fr])
    );
    assert_eq!(titles(&reader), ["Formation des agents", "Training"]);
    // Nobody else's order moves.
    assert_eq!(titles(&c.author), ["Training", "Formation des agents"]);
    assert_eq!(
        c.forum.first_languages(&Viewer::Guest { key: None }),
        Languages::default()
    );
}

fn entry(c: &Committee) -> crate::domain::EntryId {
    let s = c
        .forum
        .propose_resource(
            &c.author,
            None,
            resource_proposal("Community scorecards", "care"),
            true,
        )
        .unwrap();
    approve(c, s.id);
    s.id.as_entry()
}

fn french(of: Translated) -> NewTranslation {
    NewTranslation {
        of,
        language: Language::Fr,
        title: "Fiches d'évaluation communautaire".into(),
        text: "Comment organiser des fiches d'évaluation communautaire dans les centres \
               de santé."
            .into(),
    }
}

#[test]
fn an_entrys_language_comes_from_its_record_and_a_translation_joins_it_once_approved() {
    let c = committee();
    let id = entry(&c);
    let e = c.forum.entry(id).unwrap();
    // The resource's record says "English".
    assert_eq!(e.language, Some(Language::En));
    assert!(e.translations.is_empty());
    let s = c
        .forum
        .propose_translation(&c.reader, None, french(Translated::Entry(id)), true)
        .unwrap();
    assert_eq!(s.state, ReviewState::Pending);
    assert_eq!(s.item.kind(), "translation");
    assert!(
        c.forum.entry(id).unwrap().translations.is_empty(),
        "not before review"
    );
    // A committee member reviews it as any submission.
    assert!(
        c.forum
            .review_queue(&c.moses)
            .unwrap()
            .iter()
            .any(|q| q.id == s.id)
    );
    approve(&c, s.id);
    // The translator is told, with the way to the entry.
    let told = c.forum.notifications(&c.reader).unwrap().remove(0);
    assert_eq!(told.target, Target::Entry { id });
    let e = c.forum.entry(id).unwrap();
    assert_eq!(e.translations.len(), 1);
    let t = &e.translations[0];
    assert_eq!(
        (t.language, t.title.as_str(), t.by.as_str(), t.submission),
        (
            Language::Fr,
            "Fiches d'évaluation communautaire",
            "li_wei",
            s.id
        )
    );
    assert_eq!(e.languages(), Languages::of([Language::En, Language::Fr]));
    // A second approved translation into French replaces the first.
    let mut better = french(Translated::Entry(id));
    better.title = "Fiches communautaires d'évaluation".into();
    let again = c
        .forum
        .propose_translation(&c.author, None, better, true)
        .unwrap();
    approve(&c, again.id);
    let e = c.forum.entry(id).unwrap();
    assert_eq!(e.translations.len(), 1);
    assert_eq!(
        e.translations[0].title,
        "Fiches communautaires d'évaluation"
    );
    // Its words are found by search, leading to the entry.
    settle_search(&c.forum);
    let found = c
        .forum
        .search(
            &c.reader,
            "communautaires",
            &search::SearchFilter::default(),
        )
        .unwrap();
    assert_eq!(found.found[0].target, Target::Entry { id });
}

#[test]
fn a_translation_must_be_into_another_language_and_say_something() {
    let c = committee();
    let id = entry(&c);
    let mut same = french(Translated::Entry(id));
    same.language = Language::En;
    let fields = invalid(c.forum.propose_translation(&c.reader, None, same, true));
    assert!(fields.get(FieldName::Language).is_some(), "{fields:?}");
    let mut empty = french(Translated::Entry(id));
    empty.title = String::new();
    empty.text = "  ".into();
    let fields = invalid(c.forum.propose_translation(&c.reader, None, empty, true));
    assert!(fields.get(FieldName::Title).is_some(), "{fields:?}");
    assert!(fields.get(FieldName::Text).is_some(), "{fields:?}");
    // A guest may not translate; a missing entry is not found.
    let guest = Viewer::Guest { key: None };
    assert!(
        c.forum
            .propose_translation(&guest, None, french(Translated::Entry(id)), true)
            .is_err()
    );
    let missing = french(Translated::Entry(crate::domain::EntryId(999)));
    assert!(matches!(
        c.forum.propose_translation(&c.reader, None, missing, true),
        Err(ForumError::NotFound(_))
    ));
}

#[test]
fn news_is_translated_the_same_way_and_withdrawn_news_is_not() {
    let c = committee();
    let n = c
        .forum
        .write_news(&c.moses, "Nurses meet in Nairobi", ENGLISH, None)
        .unwrap();
    assert_eq!(n.language, Some(Language::En));
    let s = c
        .forum
        .propose_translation(&c.reader, None, french(Translated::News(n.id)), true)
        .unwrap();
    approve(&c, s.id);
    let n = c.forum.news_item(n.id).unwrap();
    assert_eq!(n.translations[0].language, Language::Fr);
    c.forum
        .withdraw_news(&c.moses, n.id, "Published twice by mistake.")
        .unwrap();
    let refused =
        c.forum
            .propose_translation(&c.reader, None, french(Translated::News(n.id)), true);
    assert!(
        matches!(refused, Err(ForumError::NotFound(_))),
        "{refused:?}"
    );
}
