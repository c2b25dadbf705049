//! The library and the news desk: what an entry must say, the workflow, how it
//! is classified, level changes in its history and the audit log, its discussion
//! thread, and news written by the committee.

use super::board_tests::{approve, errors as invalid};
use super::editorial_tests::{audit, committee};
use super::*;
use crate::domain::{
    Assessed, AuditAction, Item, PracticeLevel, PracticeProposal, Region, Shelf, Strategy,
};
use crate::forum::FieldName;
use crate::forum::testing::assessed;
use crate::testkit::{practice_proposal, resource_proposal};

#[test]
fn an_entry_is_checked_and_joins_the_library_only_once_approved() {
    let c = committee();
    let mut bad = resource_proposal("Scorecards", "nowhere");
    bad.year = "1850".into();
    bad.link = "example.org".into();
    bad.strategies.clear();
    let e = invalid(c.forum.propose_resource(&c.author, None, bad, true));
    for field in [
        FieldName::Year,
        FieldName::Link,
        FieldName::Strategies,
        FieldName::Community,
    ] {
        assert!(e.get(field).is_some(), "{field}: {e:?}");
    }
    let mut thin = practice_proposal("Household visits", "care");
    thin.what_was_done = "Visits.".into();
    thin.period.clear();
    let e = invalid(c.forum.propose_practice(&c.author, None, thin, true));
    assert!(
        e.get(FieldName::WhatWasDone).is_some() && e.get(FieldName::Period).is_some(),
        "{e:?}"
    );

    let s = c
        .forum
        .propose_resource(
            &c.author,
            None,
            resource_proposal("Scorecards", "care"),
            true,
        )
        .unwrap();
    assert!(
        c.forum
            .library(&LibraryFilter::default())
            .unwrap()
            .is_empty()
    );
    assert!(
        c.forum.entry(s.id.as_entry()).is_err(),
        "pending entries are invisible"
    );
    approve(&c, s.id);
    let entry = c.forum.entry(s.id.as_entry()).unwrap();
    assert_eq!(
        (entry.posted_by.as_str(), entry.kind()),
        ("amara", "toolkit".to_string())
    );
    assert!(matches!(entry.shelf, Shelf::Resource { year: 2024, .. }));
}

#[test]
fn an_entry_is_under_each_of_its_strategies_and_under_multiple_streams() {
    let c = committee();
    for p in [
        Item::Resource(resource_proposal("Scorecards", "care")),
        Item::Practice(practice_proposal("Household visits", "care")),
    ] {
        let s = match p {
            Item::Resource(r) => c.forum.propose_resource(&c.author, None, r, true),
            Item::Practice(p) => c.forum.propose_practice(&c.author, None, p, true),
            _ => unreachable!(),
        }
        .unwrap();
        approve(&c, s.id);
    }
    let titles = |f: LibraryFilter| -> Vec<String> {
        c.forum
            .library(&f)
            .unwrap()
            .into_iter()
            .map(|e| e.title)
            .collect()
    };
    let multiple = LibraryFilter {
        stream: Some(Stream::Multiple),
        ..Default::default()
    };
    assert_eq!(titles(multiple), ["Household visits"]);
    let governance = LibraryFilter {
        stream: Some(Stream::Strategy(Strategy::Governance)),
        ..Default::default()
    };
    assert_eq!(titles(governance), ["Scorecards"]);
    let model = LibraryFilter {
        stream: Some(Stream::Strategy(Strategy::ModelOfCare)),
        ..Default::default()
    };
    assert_eq!(
        titles(model),
        ["Household visits"],
        "an entry of several strategies is under each of them"
    );
    let engaging = LibraryFilter {
        stream: Some(Stream::Strategy(Strategy::EngagingPeople)),
        ..Default::default()
    };
    assert_eq!(titles(engaging), ["Household visits"]);
    let emerging = LibraryFilter {
        sort: Some(Sort::Practice(PracticeLevel::Emerging)),
        ..Default::default()
    };
    assert_eq!(titles(emerging), ["Household visits"]);
    let europe = LibraryFilter {
        region: Some(Region::European),
        ..Default::default()
    };
    assert!(titles(europe).is_empty());
    assert_eq!(titles(LibraryFilter::default()).len(), 2);
}

#[test]
fn a_practices_level_changes_with_a_reason_in_its_history_and_the_audit_log() {
    let c = committee();
    let s = c
        .forum
        .propose_practice(
            &c.author,
            None,
            practice_proposal("Household visits", "care"),
            true,
        )
        .unwrap();
    approve(&c, s.id);
    let leading = assessed(&c.forum, PracticeLevel::Leading, true);
    assert!(matches!(
        c.forum.change_level(
            &c.author,
            s.id.as_entry(),
            PracticeLevel::Leading,
            "I say so.",
            &leading
        ),
        Err(ForumError::NotAllowed(_))
    ));
    let emerging = assessed(&c.forum, PracticeLevel::Emerging, true);
    let same = c.forum.change_level(
        &c.moses,
        s.id.as_entry(),
        PracticeLevel::Emerging,
        "Again.",
        &emerging,
    );
    assert!(same.unwrap_err().to_string().contains("emerging already"));
    // Each of the level's criteria is assessed: none left out, none made up.
    let mut promising = assessed(&c.forum, PracticeLevel::Promising, true);
    promising[1].met = false;
    let missing = c.forum.change_level(
        &c.moses,
        s.id.as_entry(),
        PracticeLevel::Promising,
        "Replicated.",
        &promising[..1],
    );
    assert!(
        missing
            .unwrap_err()
            .to_string()
            .contains("\"the evaluation shows it works there\" is not assessed"),
    );
    let mut made_up = promising.clone();
    made_up.push(Assessed {
        criterion: "liked by everyone".into(),
        met: true,
    });
    let unknown = c.forum.change_level(
        &c.moses,
        s.id.as_entry(),
        PracticeLevel::Promising,
        "Replicated.",
        &made_up,
    );
    assert!(
        unknown
            .unwrap_err()
            .to_string()
            .contains("\"liked by everyone\" is not a criterion of promising")
    );
    c.forum
        .change_level(
            &c.moses,
            s.id.as_entry(),
            PracticeLevel::Promising,
            "Results replicated in a second county.",
            &promising,
        )
        .unwrap();
    let entry = c.forum.entry(s.id.as_entry()).unwrap();
    let Shelf::Practice { level, levels, .. } = &entry.shelf else {
        panic!()
    };
    assert_eq!(*level, PracticeLevel::Promising);
    let history: Vec<(PracticeLevel, &str)> =
        levels.iter().map(|l| (l.level, l.by.as_str())).collect();
    assert_eq!(
        history,
        [
            (PracticeLevel::Emerging, "ada"),
            (PracticeLevel::Promising, "moses")
        ]
    );
    let log = audit(
        &c,
        AuditFilter {
            action: Some(AuditAction::Level),
            ..Default::default()
        },
    );
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].before.as_str(), log[0].after.as_str()),
        (
            "emerging",
            "promising (criteria: evaluated in its setting: met; the evaluation shows it works there: not met)"
        )
    );
    assert_eq!(log[0].reason, "Results replicated in a second county.");
    assert_eq!(levels[1].assessment, promising);
}

#[test]
fn an_entrys_discussion_is_started_once_in_the_community_it_names() {
    let c = committee();
    let s = c
        .forum
        .propose_resource(
            &c.author,
            None,
            resource_proposal("Scorecards", "policy"),
            true,
        )
        .unwrap();
    approve(&c, s.id);
    let guest = Viewer::Guest { key: None };
    let (community, start) = c.forum.entry_thread_start(s.id.as_entry()).unwrap();
    assert_eq!(community, "policy");
    assert_eq!(start.title, "Library: Scorecards");
    assert!(start.body.contains("library entry"), "{}", start.body);
    // The member starts writing from it, so it is in their language.
    let (_, french) = crate::lang::scope(crate::domain::Language::Fr, || {
        c.forum.entry_thread_start(s.id.as_entry()).unwrap()
    });
    assert_eq!(french.title, "Bibliothèque : Scorecards");
    assert!(
        french.body.starts_with("À propos de « Scorecards »"),
        "{}",
        french.body
    );
    assert_eq!(
        c.forum.entry_thread(&c.reader, s.id.as_entry()).unwrap(),
        None
    );
    let mine = |body: &str| NewThread {
        language: None,
        title: start.title.clone(),
        body: format!("{}{body}", start.body),
    };
    assert!(
        c.forum
            .discuss_entry(&guest, s.id.as_entry(), mine("hi"))
            .is_err(),
        "guests cannot start it"
    );
    let thread = c
        .forum
        .discuss_entry(&c.reader, s.id.as_entry(), mine("Has anyone used these?"))
        .unwrap();
    let view = c.forum.read_thread(&c.reader, thread).unwrap();
    assert_eq!(view.community.slug, "policy");
    assert_eq!(view.thread.title, "Library: Scorecards");
    assert!(view.posts[0].post.body.ends_with("Has anyone used these?"));
    assert_eq!(
        c.forum.entry_thread(&c.moses, s.id.as_entry()).unwrap(),
        Some(thread)
    );
    // Started meanwhile by someone else: the second first post is a reply there.
    assert_eq!(
        c.forum
            .discuss_entry(&c.moses, s.id.as_entry(), mine("We did, in 2019."))
            .unwrap(),
        thread,
        "the same thread"
    );
    let view = c.forum.read_thread(&c.reader, thread).unwrap();
    assert!(
        view.posts
            .iter()
            .any(|p| p.post.body.ends_with("We did, in 2019."))
    );
    assert_eq!(
        c.forum.entry(s.id.as_entry()).unwrap().discussion,
        Some(thread)
    );
}

#[test]
fn the_committee_writes_the_news_and_everyone_reads_it_newest_first() {
    let c = committee();
    let refused = c.forum.write_news(
        &c.author,
        "Hello",
        "A member tries to write the news.",
        None,
    );
    assert!(matches!(refused, Err(ForumError::NotAllowed(_))));
    let e = invalid(c.forum.write_news(&c.moses, "", "short", None));
    assert!(e.get(FieldName::Title).is_some() && e.get(FieldName::Body).is_some());
    c.forum
        .write_news(
            &c.moses,
            "First",
            "The first news item of the network.",
            Some(Region::Global),
        )
        .unwrap();
    let e = invalid(c.forum.write_news(
        &c.ada,
        "Second \u{1b}[2J",
        "A headline with an escape.",
        None,
    ));
    assert!(
        e.get(FieldName::Title)
            .unwrap()
            .contains("control characters")
    );
    c.forum
        .write_news(
            &c.ada,
            "Second",
            "The second news item \u{1b}[2J, with care.",
            None,
        )
        .unwrap();
    let news = c.forum.news(10).unwrap();
    let titles: Vec<&str> = news.iter().map(|n| n.title.as_str()).collect();
    assert_eq!(titles, ["Second", "First"]);
    assert!(!news[0].body.contains('\u{1b}'), "{:?}", news[0].body);
    assert_eq!(c.forum.news(1).unwrap().len(), 1);
    let log = audit(
        &c,
        AuditFilter {
            action: Some(AuditAction::News),
            ..Default::default()
        },
    );
    assert_eq!(log.len(), 2);
}

#[test]
fn a_draft_keeps_a_half_typed_link_and_sending_checks_it() {
    let c = committee();
    let mut p = resource_proposal("Handover checklists", "care");
    p.link = "ftp://x".into();
    let draft = c
        .forum
        .propose_resource(&c.author, None, p.clone(), false)
        .expect("a draft keeps what was typed");
    let e = invalid(c.forum.propose_resource(&c.author, Some(draft.id), p, true));
    assert!(e.get(FieldName::Link).is_some(), "{e:?}");
}

/// A practice's evidence: where it ran is needed; references are citations with
/// web links; every figure cites one of them and may carry the source's caveat;
/// all of it is published with the entry.
#[test]
fn a_practices_figures_cite_its_references_and_are_published_with_it() {
    let c = committee();
    let message = |p: PracticeProposal, field: FieldName| {
        let errors = invalid(c.forum.propose_practice(&c.author, None, p, true));
        errors
            .0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.clone())
            .unwrap_or_else(|| panic!("no message for {field:?}: {errors:?}"))
    };
    let base = PracticeProposal {
        setting: "40 villages, 60,000 people".into(),
        ..practice_proposal("Household visits", "care")
    };
    let no_setting = PracticeProposal {
        setting: String::new(),
        ..base.clone()
    };
    assert!(message(no_setting, FieldName::Setting).contains("where it ran"));
    let uncited = PracticeProposal {
        figures: "Coverage rose to 75%".into(),
        ..base.clone()
    };
    assert!(message(uncited, FieldName::Figures).contains("e.g. [1]"));
    let beyond = PracticeProposal {
        references: "County report, 2023".into(),
        figures: "Coverage rose to 75% [2]".into(),
        ..base.clone()
    };
    assert_eq!(
        message(beyond, FieldName::Figures),
        "figure 1 cites [2], but there are 1 references"
    );
    let bad_link = PracticeProposal {
        references: "County report | ftp://example.org".into(),
        ..base.clone()
    };
    assert!(message(bad_link, FieldName::References).contains("https://"));

    let p = PracticeProposal {
        impact: "Families kept one record across workers.".into(),
        references: "County health report, 2023 | https://example.org/report\nA second source".into(),
        figures: "Coverage rose from 40% to 75% [1] | reported by the county, not audited\nVisits doubled [2]".into(),
        ..base
    };
    let s = c.forum.propose_practice(&c.author, None, p, true).unwrap();
    approve(&c, s.id);
    let entry = c.forum.entry(s.id.as_entry()).unwrap();
    let Shelf::Practice { evidence, .. } = &entry.shelf else {
        panic!()
    };
    assert_eq!(evidence.setting, "40 villages, 60,000 people");
    assert_eq!(evidence.references.len(), 2);
    assert_eq!(evidence.references[0].link, "https://example.org/report");
    assert_eq!(evidence.figures[0].reference, 1);
    assert_eq!(
        evidence.figures[0].caveat,
        "reported by the county, not audited"
    );
    assert_eq!(evidence.figures[1].figure, "Visits doubled");
}

/// A brilliant failure says what was expected, why it did not come and what
/// others should do instead; it needs no lessons besides.
#[test]
fn a_brilliant_failure_has_its_own_shape() {
    let c = committee();
    let p = PracticeProposal {
        level: PracticeLevel::BrilliantFailure,
        setting: "Two district hospitals".into(),
        lessons: String::new(),
        ..practice_proposal("Discharge hubs", "care")
    };
    let errors = invalid(c.forum.propose_practice(&c.author, None, p.clone(), true));
    let fields: Vec<FieldName> = errors.0.iter().map(|(f, _)| *f).collect();
    assert_eq!(
        fields,
        [FieldName::Expected, FieldName::Why, FieldName::Instead]
    );
    let p = PracticeProposal {
        expected: "Fewer readmissions within a month.".into(),
        why: "Community teams were never told of discharges.".into(),
        instead: "Agree the handover with community teams first.".into(),
        ..p
    };
    let s = c.forum.propose_practice(&c.author, None, p, true).unwrap();
    approve(&c, s.id);
    let entry = c.forum.entry(s.id.as_entry()).unwrap();
    let Shelf::Practice { evidence, .. } = &entry.shelf else {
        panic!()
    };
    assert_eq!(
        evidence.instead,
        "Agree the handover with community teams first."
    );
}

/// The committee corrects a published news item (readers see when and why)
/// or withdraws it (off the news and search); both are audited; members and
/// guests may do neither.
#[test]
fn the_committee_corrects_and_withdraws_news_with_reasons_in_the_audit_log() {
    use crate::forum::news::NewsEdit;
    let c = committee();
    let news = c
        .forum
        .write_news(
            &c.moses,
            "Quorum of two",
            "From January every submission needs two approvals.",
            None,
        )
        .unwrap();
    let edit = NewsEdit {
        title: "Quorum of two from February".into(),
        body: "From February every submission needs two approvals.".into(),
        region: Some(Region::Global),
    };
    for who in [&c.author, &Viewer::Guest { key: None }] {
        assert!(
            c.forum
                .correct_news(who, news.id, edit.clone(), "Wrong month.")
                .is_err()
        );
        assert!(c.forum.withdraw_news(who, news.id, "Wrong.").is_err());
    }
    let corrected = c
        .forum
        .correct_news(&c.moses, news.id, edit.clone(), "The month was wrong.")
        .unwrap();
    assert_eq!(corrected.title, "Quorum of two from February");
    assert_eq!(corrected.corrections[0].reason, "The month was wrong.");
    let same = c.forum.correct_news(&c.moses, news.id, edit, "Again.");
    assert!(
        same.unwrap_err()
            .to_string()
            .contains("nothing in it changed")
    );
    let log = audit(
        &c,
        AuditFilter {
            action: Some(AuditAction::Correct),
            ..Default::default()
        },
    );
    assert_eq!(
        (log[0].before.as_str(), log[0].after.as_str()),
        ("Quorum of two", "Quorum of two from February")
    );
    c.forum
        .withdraw_news(&c.ada, news.id, "Announced too early.")
        .unwrap();
    assert!(c.forum.news(10).unwrap().iter().all(|n| n.id != news.id));
    assert!(c.forum.news_item(news.id).unwrap().withdrawn.is_some());
    let again = c.forum.withdraw_news(&c.ada, news.id, "Twice.");
    assert!(again.unwrap_err().to_string().contains("withdrawn"));
    let log = audit(
        &c,
        AuditFilter {
            action: Some(AuditAction::Withdraw),
            ..Default::default()
        },
    );
    assert_eq!(log[0].reason, "Announced too early.");
}

/// Approving a practice sets its level: the approving member of the committee
/// assesses the level's criteria, and the assessment opens the level history.
#[test]
fn approving_a_practice_assesses_its_levels_criteria() {
    let c = committee();
    let s = c
        .forum
        .propose_practice(
            &c.author,
            None,
            practice_proposal("Household visits", "care"),
            true,
        )
        .unwrap();
    let mut emerging = assessed(&c.forum, PracticeLevel::Emerging, true);
    emerging[1].met = false;
    let wrong = assessed(&c.forum, PracticeLevel::Leading, true);
    let refused = c.forum.decide_assessed(
        &c.ada,
        s.id,
        s.version,
        crate::forum::Verdict::Approve,
        "Relevant.",
        &wrong,
    );
    assert!(refused.unwrap_err().to_string().contains("is not assessed"));
    c.forum
        .decide_assessed(
            &c.ada,
            s.id,
            s.version,
            crate::forum::Verdict::Approve,
            "Relevant.",
            &emerging,
        )
        .unwrap();
    let entry = c.forum.entry(s.id.as_entry()).unwrap();
    let Shelf::Practice { levels, .. } = &entry.shelf else {
        panic!()
    };
    assert_eq!(levels[0].level, PracticeLevel::Emerging);
    assert_eq!(levels[0].assessment, emerging);
}
