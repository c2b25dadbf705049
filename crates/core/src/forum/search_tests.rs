//! Search: what each viewer finds, ranking, stemming and prefixes, filters, and
//! the index following edits, hiding, deletion and withdrawal.

use super::board_tests::approve;
use super::editorial_tests::{Committee, committee};
use super::search::SearchFilter;
use super::*;
use crate::domain::{Region, SanctionKind, Target, Thread, Visibility};
use crate::search::Kind;
use crate::testkit::{event_proposal, settle_search};

fn start(c: &Committee, slug: &str, title: &str, body: &str) -> Thread {
    c.forum
        .start_thread(
            &c.author,
            slug,
            NewThread {
                language: None,
                title: title.into(),
                body: body.into(),
            },
        )
        .unwrap()
}

/// The titles found for `text`, best first.
fn titles(c: &Committee, who: &Viewer, text: &str, filter: &SearchFilter) -> Vec<String> {
    settle_search(&c.forum);
    c.forum
        .search(who, text, filter)
        .unwrap()
        .found
        .into_iter()
        .map(|f| f.title)
        .collect()
}

fn any() -> SearchFilter {
    SearchFilter::default()
}

fn guest() -> Viewer {
    Viewer::Guest { key: None }
}

#[test]
fn a_title_match_ranks_above_a_body_match() {
    let c = committee();
    start(
        &c,
        "care",
        "Supervision at night",
        "Vaccination rounds at dawn.",
    );
    start(
        &c,
        "care",
        "Vaccination outreach",
        "Plans for the district.",
    );
    assert_eq!(
        titles(&c, &c.reader, "vaccination", &any()),
        ["Vaccination outreach", "Supervision at night"]
    );
}

#[test]
fn english_stems_and_word_prefixes_both_match() {
    let c = committee();
    start(
        &c,
        "care",
        "Immunisation schedules",
        "Catch-up campaigns for children.",
    );
    start(&c, "care", "Referral pathways", "How referrals come back.");
    // Prefix: the start of a word.
    assert_eq!(
        titles(&c, &c.reader, "immun", &any()),
        ["Immunisation schedules"]
    );
    // Stem: another form of the word.
    assert_eq!(
        titles(&c, &c.reader, "campaign", &any()),
        ["Immunisation schedules"]
    );
    assert_eq!(
        titles(&c, &c.reader, "referrals", &any()),
        ["Referral pathways"]
    );
    // Every word must match.
    assert!(titles(&c, &c.reader, "immunisation referral", &any()).is_empty());
    assert!(titles(&c, &c.reader, "", &any()).is_empty());
}

#[test]
fn guests_find_neither_members_only_posts_nor_members() {
    let c = committee();
    let mut closed = crate::testkit::community("inner");
    closed.visibility = Visibility::Members;
    c.forum.store().put_community(&closed).unwrap();
    start(&c, "inner", "Staffing budget", "Confidential figures.");
    start(&c, "care", "Staffing rosters", "Shared openly.");
    assert_eq!(
        titles(&c, &guest(), "staffing", &any()),
        ["Staffing rosters"]
    );
    assert_eq!(titles(&c, &c.reader, "staffing", &any()).len(), 2);
    // Members are found by members only.
    let amara = SearchFilter {
        kind: Some(Kind::Member),
        ..any()
    };
    assert_eq!(
        titles(&c, &c.reader, "amara", &amara),
        ["amara display (amara)"]
    );
    assert!(c.forum.search(&guest(), "amara", &amara).is_err());
    // A guest finds amara's public posts (an author's name is searchable), not her.
    settle_search(&c.forum);
    let found = c.forum.search(&guest(), "amara", &any()).unwrap();
    assert!(!found.found.is_empty());
    assert!(found.found.iter().all(|f| f.kind == Kind::Post));
}

#[test]
fn hidden_deleted_and_edited_posts_follow_in_the_index() {
    let c = committee();
    let thread = start(&c, "care", "Clinic hours", "Open at seven.");
    let reply = c
        .forum
        .reply(&c.reader, thread.id.opening_post(), "Spam spam pharmacy")
        .unwrap();
    assert_eq!(titles(&c, &c.author, "pharmacy", &any()).len(), 1);
    c.forum.hide_post(&c.moses, reply.id, "Spam.").unwrap();
    assert!(titles(&c, &c.author, "pharmacy", &any()).is_empty());
    assert!(
        titles(&c, &c.moses, "pharmacy", &any()).is_empty(),
        "hidden posts are out of search for everyone"
    );
    c.forum
        .edit_post(
            &c.author,
            thread.id.opening_post(),
            Some("Clinic hours"),
            "Open at eight now.",
        )
        .unwrap();
    assert!(titles(&c, &c.reader, "seven", &any()).is_empty());
    assert_eq!(titles(&c, &c.reader, "eight", &any()), ["Clinic hours"]);
    c.forum
        .delete_post(&c.author, thread.id.opening_post())
        .unwrap();
    assert!(titles(&c, &c.reader, "eight", &any()).is_empty());
}

#[test]
fn pending_and_withdrawn_items_are_not_found() {
    let c = committee();
    let s = c
        .forum
        .propose_event(&c.author, None, event_proposal("Primary care days"), true)
        .unwrap();
    assert!(titles(&c, &c.reader, "primary care days", &any()).is_empty());
    approve(&c, s.id);
    let found = {
        settle_search(&c.forum);
        c.forum.search(&c.reader, "primary care", &any()).unwrap()
    };
    assert_eq!(
        found.found[0].target,
        Target::Event {
            id: s.id.as_event()
        }
    );
    c.forum
        .withdraw_event(&c.moses, s.id.as_event(), "Cancelled.")
        .unwrap();
    assert!(titles(&c, &c.reader, "primary care days", &any()).is_empty());
}

#[test]
fn filters_narrow_by_kind_community_region_and_date() {
    let c = committee();
    start(&c, "care", "Geneva meeting notes", "Notes.");
    start(&c, "policy", "Geneva policy brief", "Brief.");
    let s = c
        .forum
        .propose_event(&c.author, None, event_proposal("Geneva days"), true)
        .unwrap();
    approve(&c, s.id);
    let events = SearchFilter {
        kind: Some(Kind::Event),
        ..any()
    };
    assert_eq!(titles(&c, &c.reader, "geneva", &events), ["Geneva days"]);
    let policy = SearchFilter {
        community: Some("policy".into()),
        ..any()
    };
    assert_eq!(
        titles(&c, &c.reader, "geneva", &policy),
        ["Geneva policy brief"]
    );
    let europe = SearchFilter {
        region: Some(Region::European),
        ..any()
    };
    assert_eq!(titles(&c, &c.reader, "geneva", &europe), ["Geneva days"]);
    let later = SearchFilter {
        since: Some(c.forum.now() + jiff::SignedDuration::from_hours(24)),
        ..any()
    };
    // The event starts ten days on; the posts were written now.
    assert_eq!(titles(&c, &c.reader, "geneva", &later), ["Geneva days"]);
    let everything = {
        settle_search(&c.forum);
        c.forum.search(&c.reader, "geneva", &any()).unwrap()
    };
    let groups: Vec<Kind> = everything.grouped().into_iter().map(|(k, _)| k).collect();
    // One group per kind, the one holding the best result first.
    assert_eq!(groups.len(), 2);
    assert!(groups.contains(&Kind::Post) && groups.contains(&Kind::Event));
    assert_eq!(groups[0], everything.found[0].kind);
}

#[test]
fn banned_members_and_profile_changes_follow_in_the_index() {
    let c = committee();
    let filter = SearchFilter {
        kind: Some(Kind::Member),
        ..any()
    };
    let account = c.forum.account("li_wei").unwrap().unwrap();
    let mut edit = ProfileEdit::of(&account);
    edit.organization = "Kisumu County Health".into();
    c.forum.edit_profile(&account, edit).unwrap();
    assert_eq!(
        titles(&c, &c.author, "kisumu", &filter),
        ["li_wei display (li_wei)"]
    );
    c.forum
        .sanction(&c.moses, "li_wei", SanctionKind::Banned, None, "Spam.")
        .unwrap();
    assert!(titles(&c, &c.author, "kisumu", &filter).is_empty());
}

#[test]
fn a_rebuild_finds_what_was_written_straight_to_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let (forum, cast) = crate::testkit::demo_with_cast(dir.path()).unwrap();
    let found = forum.search(&cast.li, "health", &any()).unwrap();
    let kinds: Vec<Kind> = found.grouped().into_iter().map(|(k, _)| k).collect();
    assert!(kinds.contains(&Kind::Post), "{kinds:?}");
    assert!(
        kinds.contains(&Kind::Resource) || kinds.contains(&Kind::Practice),
        "{kinds:?}"
    );
    assert!(forum.rebuild_search(true).unwrap() > 0);
    // The same results (the order of near-equal scores may move: the index's
    // length statistics count replaced documents until they are merged away).
    let targets = |f: &super::search::Findings| {
        let mut t: Vec<String> = f.found.iter().map(|x| format!("{:?}", x.target)).collect();
        t.sort();
        t
    };
    let again = forum.search(&cast.li, "health", &any()).unwrap();
    assert_eq!(targets(&again), targets(&found));
}

/// Each text is stemmed in its own language: a French or Spanish word finds its
/// other forms, and a search can keep to one language.
#[test]
fn french_and_spanish_texts_are_found_by_their_inflected_forms() {
    let c = committee();
    start(
        &c,
        "care",
        "Les agents de santé communautaires",
        "Les agentes et les agents sont formées dans les communautés rurales, \
         où les vaccinations des enfants restent difficiles à organiser.",
    );
    start(
        &c,
        "care",
        "Las trabajadoras comunitarias de salud",
        "En las comunidades rurales formamos a las trabajadoras, que organizan \
         las vacunaciones de los niños con los centros de salud.",
    );
    start(
        &c,
        "care",
        "Night rosters",
        "How we plan the rosters of the community health workers.",
    );
    let french = "Les agents de santé communautaires";
    let spanish = "Las trabajadoras comunitarias de salud";
    // Another form of a verb: no prefix of the written word, only its French
    // or Spanish stem finds it ("formées", "organizan").
    // (The Spanish "formamos" shares the stem: both are found.)
    let former = titles(&c, &c.reader, "former", &any());
    assert!(former.contains(&french.to_string()), "{former:?}");
    assert!(!former.contains(&"Night rosters".to_string()), "{former:?}");
    assert_eq!(titles(&c, &c.reader, "organizar", &any()), [spanish]);
    // Singular for plural, feminine for masculine, with or without accents.
    assert_eq!(titles(&c, &c.reader, "communauté", &any()), [french]);
    assert_eq!(
        titles(&c, &c.reader, "vaccination enfant", &any()),
        [french]
    );
    assert_eq!(titles(&c, &c.reader, "comunidad", &any()), [spanish]);
    assert_eq!(titles(&c, &c.reader, "vacunacion", &any()), [spanish]);
    assert_eq!(titles(&c, &c.reader, "trabajadora", &any()), [spanish]);
    // English still stems as before.
    assert_eq!(titles(&c, &c.reader, "roster", &any()), ["Night rosters"]);
    // Keeping to one language.
    let in_french = SearchFilter {
        language: Some(crate::domain::Language::Fr),
        ..any()
    };
    let rural = titles(&c, &c.reader, "rural", &any());
    assert_eq!(rural.len(), 2, "{rural:?}");
    assert_eq!(titles(&c, &c.reader, "rural", &in_french), [french]);
    assert_eq!(in_french.parts(), ["in Français"]);
}

#[test]
fn chinese_is_found_inside_a_sentence_without_spaces() {
    let c = committee();
    start(
        &c,
        "care",
        "社区卫生工作者的培训",
        "我们在农村地区培训社区卫生工作者，并与卫生中心一起组织儿童疫苗接种工作。",
    );
    assert_eq!(
        titles(&c, &c.reader, "卫生工作者", &any()),
        ["社区卫生工作者的培训"]
    );
    assert_eq!(
        titles(&c, &c.reader, "疫苗", &any()),
        ["社区卫生工作者的培训"]
    );
    let in_chinese = SearchFilter {
        language: Some(crate::domain::Language::Zh),
        ..any()
    };
    assert_eq!(
        titles(&c, &c.reader, "疫苗", &in_chinese),
        ["社区卫生工作者的培训"]
    );
    assert!(titles(&c, &c.reader, "医院", &any()).is_empty());
}
