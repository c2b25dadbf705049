//! The editorial workflow and the committee's tools, step by step.

use super::*;
use crate::domain::{AuditAction, CommunityProposal, ReviewState, Role, Submission, SubmissionId};
use crate::forum::FieldName;
use crate::forum::testing::member;
use crate::testkit::viewer;

pub(super) struct Committee {
    pub(super) forum: Forum,
    pub(super) _dir: tempfile::TempDir,
    pub(super) author: Viewer,
    pub(super) reader: Viewer,
    pub(super) moses: Viewer,
    pub(super) ada: Viewer,
}

fn committee_with(editorial: Editorial) -> Committee {
    let dir = tempfile::tempdir().unwrap();
    let forum = crate::testkit::forum_with(dir.path(), editorial).unwrap();
    forum
        .store()
        .put_community(&crate::testkit::community("care"))
        .unwrap();
    forum
        .store()
        .put_community(&crate::testkit::community("policy"))
        .unwrap();
    let ada = viewer(member(&forum, "ada", 1, Role::Admin));
    let author = viewer(member(&forum, "amara", 2, Role::Member));
    let reader = viewer(member(&forum, "li_wei", 3, Role::Member));
    let moses = viewer(member(&forum, "moses", 4, Role::Moderator));
    Committee {
        forum,
        _dir: dir,
        author,
        reader,
        moses,
        ada,
    }
}

pub(super) fn committee() -> Committee {
    committee_with(Editorial::default())
}

fn proposal() -> CommunityProposal {
    CommunityProposal {
        strategies: Vec::new(),
        slug: "nursing".into(),
        name: "Nursing leadership".into(),
        purpose: "Nurses leading change in primary care share what works.".into(),
        audience: "Nurses and nurse managers".into(),
        members_only: false,
    }
}

fn version(c: &Committee, id: SubmissionId) -> u32 {
    c.forum.store().submission(id).unwrap().unwrap().version
}

fn decide(
    c: &Committee,
    who: &Viewer,
    id: SubmissionId,
    verdict: Verdict,
    reason: &str,
) -> Submission {
    c.forum
        .decide(who, id, version(c, id), verdict, reason)
        .unwrap()
}

pub(super) fn audit(c: &Committee, filter: AuditFilter) -> Vec<crate::domain::AuditEntry> {
    c.forum.audit_log(&c.ada, &filter).unwrap()
}

#[test]
fn propose_request_changes_resubmit_approve_creates_the_community() {
    let c = committee();
    let mut first = proposal();
    first.purpose = "Nurses.".into();
    let err = c
        .forum
        .propose_community(&c.author, None, first.clone(), true)
        .unwrap_err();
    assert!(
        matches!(&err, ForumError::Invalid(e) if e.get(FieldName::Purpose).is_some()),
        "{err}"
    );
    // Kept as a draft, it is the author's alone: the queue does not show it.
    let draft = c
        .forum
        .propose_community(&c.author, None, first, false)
        .unwrap();
    assert_eq!(draft.state, ReviewState::Draft);
    assert!(c.forum.review_queue(&c.moses).unwrap().is_empty());
    assert!(c.forum.submission(&c.moses, draft.id).is_err());

    let sent = c
        .forum
        .propose_community(&c.author, Some(draft.id), proposal(), true)
        .unwrap();
    assert_eq!(sent.state, ReviewState::Pending);
    let queue = c.forum.review_queue(&c.moses).unwrap();
    assert_eq!(queue.iter().map(|s| s.id).collect::<Vec<_>>(), [sent.id]);

    let returned = decide(
        &c,
        &c.moses,
        sent.id,
        Verdict::RequestChanges,
        "Please say who it is for.",
    );
    assert_eq!(returned.state, ReviewState::ChangesRequested);
    let mine = c.forum.my_submissions(&c.author).unwrap();
    assert_eq!(mine[0].state, ReviewState::ChangesRequested);
    assert_eq!(
        mine[0].last_decision().unwrap().note,
        "Please say who it is for."
    );
    assert!(c.forum.review_queue(&c.moses).unwrap().is_empty());
    // Another member cannot touch it, or even see it.
    assert!(c.forum.submission(&c.reader, sent.id).is_err());
    assert!(
        c.forum
            .propose_community(&c.reader, Some(sent.id), proposal(), true)
            .is_err()
    );

    let mut better = proposal();
    better.audience = "Nurses and nurse managers in primary care".into();
    c.forum
        .propose_community(&c.author, Some(sent.id), better, true)
        .unwrap();
    let approved = decide(
        &c,
        &c.moses,
        sent.id,
        Verdict::Approve,
        "Relevant to the network.",
    );
    assert_eq!(approved.state, ReviewState::Approved);
    let community = c.forum.community(&c.reader, "nursing").unwrap();
    assert_eq!(community.name, "Nursing leadership");
    assert!(community.description.contains("in primary care"));
    assert!(
        c.forum
            .store()
            .is_community_member("nursing", "amara")
            .unwrap()
    );
    // The author cannot change what is published.
    assert!(
        c.forum
            .propose_community(&c.author, Some(sent.id), proposal(), true)
            .is_err()
    );

    let log = audit(&c, AuditFilter::default());
    let steps: Vec<_> = log
        .iter()
        .map(|e| (e.action, e.before.as_str(), e.after.as_str()))
        .collect();
    assert_eq!(
        steps,
        [
            (AuditAction::Approve, "pending review", "approved"),
            (
                AuditAction::RequestChanges,
                "pending review",
                "changes requested"
            ),
        ]
    );
    assert_eq!(log[0].by, "moses");
    assert_eq!(
        log[0].target,
        "submission 1 (community: Nursing leadership)"
    );
    assert_eq!(log[1].reason, "Please say who it is for.");
}

#[test]
fn the_second_of_two_simultaneous_decisions_is_told_who_decided() {
    let c = committee();
    let id = c
        .forum
        .propose_community(&c.author, None, proposal(), true)
        .unwrap()
        .id;
    let seen = version(&c, id);
    c.forum
        .decide(&c.moses, id, seen, Verdict::Reject, "Outside the scope.")
        .unwrap();
    let err = c
        .forum
        .decide(&c.ada, id, seen, Verdict::Approve, "Looks good.")
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("submission {id} was already rejected by moses at 2026-11-22 09:00 UTC")
    );
    assert!(c.forum.store().community("nursing").unwrap().is_none());
}

#[test]
fn a_quorum_needs_approvals_from_different_committee_members() {
    let c = committee_with(Editorial {
        quorum: 2,
        ..Editorial::default()
    });
    let id = c
        .forum
        .propose_community(&c.author, None, proposal(), true)
        .unwrap()
        .id;
    let once = decide(&c, &c.moses, id, Verdict::Approve, "Relevant.");
    assert_eq!(once.state, ReviewState::Pending);
    assert!(c.forum.store().community("nursing").unwrap().is_none());
    let err = c
        .forum
        .decide(&c.moses, id, version(&c, id), Verdict::Approve, "Again.")
        .unwrap_err();
    assert!(err.to_string().contains("approved it already"), "{err}");
    // A decision on a copy read before the first approval is refused.
    let err = c
        .forum
        .decide(&c.ada, id, 0, Verdict::Approve, "Relevant.")
        .unwrap_err();
    assert!(
        err.to_string().contains("changed while you read it"),
        "{err}"
    );
    let twice = decide(&c, &c.ada, id, Verdict::Approve, "Agreed.");
    assert_eq!(twice.state, ReviewState::Approved);
    assert!(c.forum.store().community("nursing").unwrap().is_some());
    let log = audit(&c, AuditFilter::default());
    assert_eq!(log[1].after, "pending review (1 of 2 approvals)");
}

#[test]
fn the_committee_cannot_review_its_own_submissions_and_names_must_be_free() {
    let c = committee();
    let own = c
        .forum
        .propose_community(&c.moses, None, proposal(), true)
        .unwrap();
    let err = c
        .forum
        .decide(&c.moses, own.id, own.version, Verdict::Approve, "Mine.")
        .unwrap_err();
    assert!(err.to_string().contains("your own"), "{err}");
    let mut taken = proposal();
    taken.slug = "care".into();
    let err = c
        .forum
        .propose_community(&c.author, None, taken, true)
        .unwrap_err();
    assert!(err.to_string().contains("taken"), "{err}");
    // Two proposals of one name: the second approval is refused with a way out.
    let second = c
        .forum
        .propose_community(&c.author, None, proposal(), true)
        .unwrap();
    decide(&c, &c.ada, own.id, Verdict::Approve, "Relevant.");
    let err = c
        .forum
        .decide(&c.ada, second.id, second.version, Verdict::Approve, "Also.")
        .unwrap_err();
    assert!(err.to_string().contains("request changes"), "{err}");
    assert_eq!(
        c.forum
            .store()
            .submission(second.id)
            .unwrap()
            .unwrap()
            .state,
        ReviewState::Pending
    );
}

#[test]
fn a_new_members_first_posts_wait_for_review_then_publish_where_written() {
    let c = committee_with(Editorial {
        new_member_posts: 2,
        ..Editorial::default()
    });
    let opening = c
        .forum
        .start_thread(
            &c.moses,
            "care",
            NewThread {
                language: None,
                title: "Welcome thread".into(),
                body: "Say hello.".into(),
            },
        )
        .unwrap();
    // The committee is never held; a member is, and nobody else sees the post.
    let err = c
        .forum
        .reply(
            &c.author,
            opening.id.opening_post(),
            "Hello from Kisumu, @li_wei!",
        )
        .unwrap_err();
    let ForumError::Held(reply_id) = err else {
        panic!("{err}")
    };
    assert_eq!(
        c.forum
            .read_thread(&c.reader, opening.id)
            .unwrap()
            .posts
            .len(),
        1
    );
    let err = c
        .forum
        .start_thread(
            &c.author,
            "care",
            NewThread {
                language: None,
                title: "My first thread".into(),
                body: "A question.".into(),
            },
        )
        .unwrap_err();
    let ForumError::Held(thread_id) = err else {
        panic!("{err}")
    };
    assert_eq!(c.forum.threads(&c.reader, "care").unwrap().len(), 1);
    let queue = c.forum.review_queue(&c.moses).unwrap();
    let kinds: Vec<_> = queue.iter().map(|s| (s.item.kind(), s.title())).collect();
    assert_eq!(
        kinds,
        [("reply", "Welcome thread"), ("thread", "My first thread")]
    );

    // Sent back, changed, approved: it appears where it was written.
    decide(
        &c,
        &c.moses,
        thread_id,
        Verdict::RequestChanges,
        "Say more.",
    );
    c.forum
        .resubmit_post(
            &c.author,
            thread_id,
            "My first thread",
            "A question about rosters.",
        )
        .unwrap();
    let published = decide(&c, &c.moses, thread_id, Verdict::Approve, "Welcome.");
    let id = published.published.unwrap();
    let view = c.forum.read_thread(&c.reader, id.as_thread()).unwrap();
    assert_eq!(view.posts[0].post.body, "A question about rosters.");
    decide(&c, &c.ada, reply_id, Verdict::Approve, "Welcome.");
    let view = c.forum.read_thread(&c.reader, opening.id).unwrap();
    assert_eq!(view.posts.len(), 2);
    assert_eq!(view.thread.posts, 2);
    assert_eq!(view.posts[1].post.mentions, ["li_wei"]);

    // Two approved: the rule is done with this member.
    let direct = c
        .forum
        .reply(&c.author, opening.id.opening_post(), "Thanks!")
        .unwrap();
    assert!(direct.id > PostId(0));
}

#[test]
fn a_rejected_held_post_is_never_published() {
    let c = committee_with(Editorial {
        new_member_posts: 1,
        ..Editorial::default()
    });
    let err = c
        .forum
        .start_thread(
            &c.author,
            "care",
            NewThread {
                language: None,
                title: "Buy now".into(),
                body: "Cheap pills.".into(),
            },
        )
        .unwrap_err();
    let ForumError::Held(id) = err else {
        panic!("{err}")
    };
    decide(&c, &c.moses, id, Verdict::Reject, "Spam.");
    assert!(c.forum.threads(&c.moses, "care").unwrap().is_empty());
    // Still held: the rule counts approved posts only.
    assert!(matches!(
        c.forum.start_thread(
            &c.author,
            "care",
            NewThread {
                language: None,
                title: "A real question".into(),
                body: "About rosters.".into(),
            },
        ),
        Err(ForumError::Held(_))
    ));
}
