//! The editorial workflow and the committee's tools, step by step.

use super::*;
use crate::domain::{
    AuditAction, CommunityProposal, FlagReason, ReviewState, Role, SanctionKind, Submission,
};
use crate::forum::testing::member;
use crate::testkit::viewer;

struct Committee {
    forum: Forum,
    _dir: tempfile::TempDir,
    author: Viewer,
    reader: Viewer,
    moses: Viewer,
    ada: Viewer,
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

fn committee() -> Committee {
    committee_with(Editorial::default())
}

fn proposal() -> CommunityProposal {
    CommunityProposal {
        slug: "nursing".into(),
        name: "Nursing leadership".into(),
        purpose: "Nurses leading change in primary care share what works.".into(),
        audience: "Nurses and nurse managers".into(),
    }
}

fn version(c: &Committee, id: u64) -> u32 {
    c.forum.store().submission(id).unwrap().unwrap().version
}

fn decide(c: &Committee, who: &Viewer, id: u64, verdict: Verdict, reason: &str) -> Submission {
    c.forum
        .decide(who, id, version(c, id), verdict, reason)
        .unwrap()
}

fn audit(c: &Committee, filter: AuditFilter) -> Vec<crate::domain::AuditEntry> {
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
        matches!(&err, ForumError::Invalid(e) if e.get("purpose").is_some()),
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
fn flag_then_hide_shows_each_reader_the_right_thing() {
    let c = committee();
    let thread = c
        .forum
        .start_thread(
            &c.author,
            "care",
            NewThread {
                title: "Buy cheap pills".into(),
                body: "Visit my shop.".into(),
            },
        )
        .unwrap();
    let err = c
        .forum
        .flag_post(&c.reader, thread.id, FlagReason::Other, "")
        .unwrap_err();
    assert!(err.to_string().contains("note"), "{err}");
    c.forum
        .flag_post(&c.reader, thread.id, FlagReason::Spam, "")
        .unwrap();
    c.forum
        .flag_post(&c.moses, thread.id, FlagReason::Spam, "shop link")
        .unwrap();
    // Flagging again replaces the earlier flag.
    c.forum
        .flag_post(&c.reader, thread.id, FlagReason::Spam, "a shop")
        .unwrap();
    assert!(
        c.forum
            .flag_post(&c.author, thread.id, FlagReason::Spam, "")
            .is_err()
    );
    let queue = c.forum.flags_queue(&c.ada).unwrap();
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0].reasons(), "spam ×2");

    c.forum.hide_post(&c.moses, thread.id, "Spam.").unwrap();
    assert!(c.forum.flags_queue(&c.ada).unwrap().is_empty());
    let seen = |who: &Viewer| {
        c.forum.read_thread(who, thread.id).unwrap().posts[0]
            .post
            .clone()
    };
    let by_reader = seen(&c.reader);
    assert_eq!(by_reader.body, "");
    assert_eq!(by_reader.hidden.as_ref().unwrap().reason, "");
    let by_author = seen(&c.author);
    assert_eq!(by_author.body, "");
    assert_eq!(by_author.hidden.as_ref().unwrap().reason, "Spam.");
    let by_committee = seen(&c.ada);
    assert_eq!(by_committee.body, "Visit my shop.");
    assert!(c.forum.post(&c.reader, thread.id).is_err());

    c.forum
        .restore_post(&c.ada, thread.id, "Reviewed again.")
        .unwrap();
    assert_eq!(seen(&c.reader).body, "Visit my shop.");
    let log = audit(
        &c,
        AuditFilter {
            target: Some(format!("post {}", thread.id)),
            ..AuditFilter::default()
        },
    );
    assert_eq!(log.len(), 2);
    assert_eq!(log[1].action, AuditAction::Hide);
    assert_eq!(log[1].before, "visible; 2 open flags: spam ×2");
    assert_eq!(log[1].after, "hidden");
    assert_eq!(log[0].action, AuditAction::Restore);
}

#[test]
fn flags_are_dismissed_or_resolved_by_acting_on_the_author() {
    let c = committee();
    let thread = c
        .forum
        .start_thread(
            &c.author,
            "care",
            NewThread {
                title: "A heated thread".into(),
                body: "Strong words.".into(),
            },
        )
        .unwrap();
    c.forum
        .flag_post(&c.reader, thread.id, FlagReason::Inappropriate, "rude")
        .unwrap();
    c.forum
        .dismiss_flags(&c.moses, thread.id, "Robust but within the rules.")
        .unwrap();
    assert!(c.forum.flags_queue(&c.moses).unwrap().is_empty());
    let err = c
        .forum
        .dismiss_flags(&c.ada, thread.id, "Twice.")
        .unwrap_err();
    assert!(err.to_string().contains("no open flags"), "{err}");

    c.forum
        .flag_post(
            &c.reader,
            thread.id,
            FlagReason::Inappropriate,
            "rude again",
        )
        .unwrap();
    c.forum
        .sanction_author(
            &c.moses,
            thread.id,
            SanctionKind::Muted,
            None,
            "Personal attacks.",
        )
        .unwrap();
    assert!(c.forum.flags_queue(&c.moses).unwrap().is_empty());
    let amara = c.forum.account("amara").unwrap().unwrap();
    assert_eq!(amara.sanction.unwrap().reason, "Personal attacks.");
    let actions: Vec<_> = audit(
        &c,
        AuditFilter {
            by: Some("moses".into()),
            ..AuditFilter::default()
        },
    )
    .into_iter()
    .map(|e| (e.action, e.after))
    .collect();
    assert_eq!(
        actions[0],
        (AuditAction::DismissFlags, "author muted".into())
    );
    assert_eq!(actions[1].0, AuditAction::Mute);
    assert_eq!(actions[2], (AuditAction::DismissFlags, "dismissed".into()));
}

#[test]
fn threads_are_locked_pinned_and_moved_with_a_reason() {
    let c = committee();
    let thread = c
        .forum
        .start_thread(
            &c.author,
            "care",
            NewThread {
                title: "Funding reform".into(),
                body: "Where does the money go?".into(),
            },
        )
        .unwrap();
    let steer = |action| {
        c.forum
            .steer_thread(&c.moses, thread.id, action, "Belongs with policy.")
    };
    steer(ThreadAction::Move("policy".into())).unwrap();
    assert!(c.forum.threads(&c.reader, "care").unwrap().is_empty());
    let moved = c.forum.threads(&c.reader, "policy").unwrap();
    assert_eq!(moved[0].thread.id, thread.id);
    assert!(steer(ThreadAction::Move("nowhere".into())).is_err());
    steer(ThreadAction::Lock).unwrap();
    let err = c.forum.reply(&c.reader, thread.id, "Anyone?").unwrap_err();
    assert!(err.to_string().contains("locked"), "{err}");
    let err = steer(ThreadAction::Lock).unwrap_err();
    assert!(err.to_string().contains("locked already"), "{err}");
    steer(ThreadAction::Pin).unwrap();
    steer(ThreadAction::Unlock).unwrap();
    let err = c
        .forum
        .steer_thread(&c.moses, thread.id, ThreadAction::Unpin, "no")
        .unwrap_err();
    assert!(err.to_string().contains("reason"), "{err}");

    let log = audit(
        &c,
        AuditFilter {
            action: Some(AuditAction::Move),
            ..AuditFilter::default()
        },
    );
    assert_eq!(log.len(), 1);
    assert_eq!(
        (log[0].before.as_str(), log[0].after.as_str()),
        ("care", "policy")
    );
    assert_eq!(
        log[0].target,
        format!("thread {} (Funding reform)", thread.id)
    );
}

#[test]
fn a_committee_edit_carries_a_visible_note_and_is_audited() {
    let c = committee();
    let thread = c
        .forum
        .start_thread(
            &c.author,
            "care",
            NewThread {
                title: "Contacts".into(),
                body: "Call me on +1 555 0100.".into(),
            },
        )
        .unwrap();
    let err = c
        .forum
        .edit_post_as_committee(&c.moses, thread.id, None, "Call me.", "")
        .unwrap_err();
    assert!(
        matches!(&err, ForumError::Invalid(e) if e.get("note").is_some()),
        "{err}"
    );
    let post = c
        .forum
        .edit_post_as_committee(
            &c.moses,
            thread.id,
            None,
            "Call me (number removed).",
            "Removed a phone number.",
        )
        .unwrap();
    assert_eq!(
        post.committee_note.as_deref(),
        Some("Removed a phone number.")
    );
    assert_eq!(post.history[0].body, "Call me on +1 555 0100.");
    let log = audit(
        &c,
        AuditFilter {
            action: Some(AuditAction::Edit),
            ..AuditFilter::default()
        },
    );
    assert_eq!(log[0].before, "Call me on +1 555 0100.");
    assert_eq!(log[0].after, "Call me (number removed).");
    // Members still edit only their own posts.
    assert!(
        c.forum
            .edit_post(&c.reader, thread.id, None, "Mine now")
            .is_err()
    );
}

#[test]
fn the_audit_log_filters_by_moderator_target_action_and_date() {
    let c = committee();
    c.forum
        .sanction(
            &c.moses,
            "li_wei",
            SanctionKind::Muted,
            None,
            "Cooling off.",
        )
        .unwrap();
    c.forum
        .lift_sanction(&c.ada, "li_wei", "Talked it through.")
        .unwrap();
    c.forum
        .change_role(
            Actor::Account(c.ada.account().unwrap()),
            "amara",
            Role::Moderator,
            "Joins the committee.",
        )
        .unwrap();
    let all = audit(&c, AuditFilter::default());
    assert_eq!(
        all.iter().map(|e| e.action).collect::<Vec<_>>(),
        [AuditAction::Role, AuditAction::Lift, AuditAction::Mute]
    );
    assert_eq!(
        (all[0].before.as_str(), all[0].after.as_str()),
        ("member", "moderator")
    );
    let by_ada = audit(
        &c,
        AuditFilter {
            by: Some("ada".into()),
            ..AuditFilter::default()
        },
    );
    assert_eq!(by_ada.len(), 2);
    let on_li = audit(
        &c,
        AuditFilter {
            target: Some("LI_WEI".into()),
            ..AuditFilter::default()
        },
    );
    assert_eq!(on_li.len(), 2);
    let later = audit(
        &c,
        AuditFilter {
            since: c.forum.now().checked_add(jiff::Span::new().hours(1)).ok(),
            ..AuditFilter::default()
        },
    );
    assert!(later.is_empty());
}
