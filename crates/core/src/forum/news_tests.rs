//! Members' news and blog posts: proposed through review, published under
//! their author's name once approved, and the author told of every decision
//! and of a later correction or withdrawal.

use super::board_tests::{approve, errors as invalid};
use super::editorial_tests::{Committee, committee};
use super::*;
use crate::domain::{
    Item, NewsKind, NewsProposal, Region, ReviewState, SanctionKind, SubmissionId, Target,
};
use crate::forum::FieldName;
use crate::forum::news::NewsEdit;
use crate::testkit::settle_search;

fn blog_post(title: &str) -> NewsProposal {
    NewsProposal {
        kind: NewsKind::Blog,
        title: title.into(),
        body: "What our clinic learned from a year of home visits.\nA second line.".into(),
        region: Some(Region::African),
    }
}

fn sent(c: &Committee, p: NewsProposal) -> SubmissionId {
    c.forum
        .propose(&c.author, None, Item::News(p), true)
        .unwrap()
        .id
}

fn last_notice(c: &Committee, who: &Viewer) -> crate::domain::Notification {
    c.forum.notifications(who).unwrap().remove(0)
}

#[test]
fn a_members_blog_post_is_published_under_their_name_only_once_approved() {
    let c = committee();
    let id = sent(&c, blog_post("A year of home visits"));
    assert!(c.forum.news(10).unwrap().is_empty(), "not before review");
    let s = approve(&c, id);
    assert_eq!(s.state, ReviewState::Approved);
    let news = c.forum.news(10).unwrap();
    assert_eq!(news.len(), 1);
    let n = &news[0];
    assert_eq!(Some(n.id), s.news);
    assert_eq!(
        (n.title.as_str(), n.by.as_str(), n.kind, n.submission),
        ("A year of home visits", "amara", NewsKind::Blog, Some(id))
    );
    assert_eq!(n.region, Some(Region::African));
    // Told, with the way to the item it became.
    let told = last_notice(&c, &c.author);
    assert_eq!(told.target, Target::News { id: n.id });
    assert!(
        told.text.contains("approved and published"),
        "{}",
        told.text
    );
    // Found by search, as any news.
    settle_search(&c.forum);
    let found = c
        .forum
        .search(&c.reader, "home visits", &search::SearchFilter::default())
        .unwrap();
    assert_eq!(found.found[0].target, Target::News { id: n.id });
    // News ids go on from the committee's: the next one is the next number.
    let next = c
        .forum
        .write_news(
            &c.moses,
            "Quorum of two",
            "From January two approvals.",
            None,
        )
        .unwrap();
    assert_eq!(next.id.get(), n.id.get() + 1);
    assert_eq!(next.submission, None);
}

#[test]
fn a_proposal_is_checked_and_a_draft_needs_only_a_headline() {
    let c = committee();
    let e = invalid(c.forum.propose_news(
        &c.author,
        None,
        NewsProposal {
            body: "Too short.".into(),
            ..Default::default()
        },
        true,
    ));
    assert!(e.get(FieldName::Title).is_some() && e.get(FieldName::Body).is_some());
    let e = invalid(
        c.forum
            .propose_news(&c.author, None, NewsProposal::default(), false),
    );
    assert!(e.get(FieldName::Title).is_some(), "{e:?}");
    let draft = c
        .forum
        .propose_news(
            &c.author,
            None,
            NewsProposal {
                title: "Half written".into(),
                ..Default::default()
            },
            false,
        )
        .unwrap();
    assert_eq!(draft.state, ReviewState::Draft);
    // Finished and sent from the draft.
    let s = c
        .forum
        .propose_news(&c.author, Some(draft.id), blog_post("Now finished"), true)
        .unwrap();
    assert_eq!((s.id, s.state), (draft.id, ReviewState::Pending));
}

/// Who may propose: members and the committee; not guests, not the muted.
#[test]
fn members_propose_news_and_guests_and_the_muted_do_not() {
    let c = committee();
    let guest = Viewer::Guest { key: None };
    assert!(
        c.forum
            .propose(&guest, None, Item::News(blog_post("From a guest")), true)
            .is_err()
    );
    for who in [&c.reader, &c.moses, &c.ada] {
        let s = c
            .forum
            .propose(who, None, Item::News(blog_post("From anyone")), true)
            .unwrap();
        assert_eq!(s.state, ReviewState::Pending);
    }
    c.forum
        .sanction(&c.ada, "li_wei", SanctionKind::Muted, None, "Spam.")
        .unwrap();
    let muted = crate::testkit::viewer(c.forum.store().account("li_wei").unwrap().unwrap());
    let refused = c
        .forum
        .propose(&muted, None, Item::News(blog_post("While muted")), true)
        .unwrap_err();
    assert!(refused.to_string().contains("muted"), "{refused}");
    // A member cannot publish at once: that is the committee's.
    assert!(
        c.forum
            .publish_news(&c.author, &blog_post("Straight out"))
            .is_err()
    );
}

#[test]
fn returned_and_rejected_proposals_publish_nothing_and_tell_the_author() {
    let c = committee();
    let id = sent(&c, blog_post("First try"));
    let version = c.forum.store().submission(id).unwrap().unwrap().version;
    c.forum
        .decide(
            &c.moses,
            id,
            version,
            Verdict::RequestChanges,
            "Name the clinic's district.",
        )
        .unwrap();
    assert!(
        last_notice(&c, &c.author)
            .text
            .contains("Name the clinic's district")
    );
    let s = c
        .forum
        .propose_news(&c.author, Some(id), blog_post("Second try"), true)
        .unwrap();
    c.forum
        .decide(&c.moses, id, s.version, Verdict::Reject, "Off topic.")
        .unwrap();
    assert!(c.forum.news(10).unwrap().is_empty());
    let told = last_notice(&c, &c.author);
    assert!(told.text.contains("rejected: Off topic."), "{}", told.text);
    assert_eq!(told.target, Target::Submission { id });
}

#[test]
fn the_author_is_told_when_the_committee_corrects_or_withdraws_their_post() {
    let c = committee();
    let s = approve(&c, sent(&c, blog_post("Home visits")));
    let id = s.news.unwrap();
    let edit = NewsEdit {
        title: "Home visits in two districts".into(),
        body: "What our clinic learned from a year of home visits in two districts.".into(),
        region: Some(Region::African),
    };
    c.forum
        .correct_news(&c.moses, id, edit, "It was two districts.")
        .unwrap();
    let told = last_notice(&c, &c.author);
    assert_eq!(told.target, Target::News { id });
    assert!(
        told.text.contains(
            "corrected your blog post \"Home visits in two districts\": It was two districts."
        ),
        "{}",
        told.text
    );
    // The author cannot correct it themselves: the committee edits the news.
    let mine = NewsEdit {
        title: "Mine".into(),
        body: "My own words again, twenty characters.".into(),
        region: None,
    };
    assert!(c.forum.correct_news(&c.author, id, mine, "Mine.").is_err());
    c.forum
        .withdraw_news(&c.ada, id, "Names a patient.")
        .unwrap();
    let told = last_notice(&c, &c.author);
    assert!(
        told.text.contains("withdrew your blog post"),
        "{}",
        told.text
    );
    assert!(c.forum.news(10).unwrap().is_empty());
}
