//! The committee's care of discussions: flags and hiding, thread tools,
//! committee edits, and the audit log's filters.

use super::editorial_tests::{audit, committee};
use super::*;
use crate::domain::{AuditAction, FlagReason, Role, SanctionKind};
use crate::forum::FieldName;

#[test]
fn flag_then_hide_shows_each_reader_the_right_thing() {
    let c = committee();
    let thread = c
        .forum
        .start_thread(
            &c.author,
            "care",
            NewThread {
                language: None,
                title: "Buy cheap pills".into(),
                body: "Visit my shop.".into(),
            },
        )
        .unwrap();
    let err = c
        .forum
        .flag_post(&c.reader, thread.id.opening_post(), FlagReason::Other, "")
        .unwrap_err();
    assert!(err.to_string().contains("note"), "{err}");
    c.forum
        .flag_post(&c.reader, thread.id.opening_post(), FlagReason::Spam, "")
        .unwrap();
    c.forum
        .flag_post(
            &c.moses,
            thread.id.opening_post(),
            FlagReason::Spam,
            "shop link",
        )
        .unwrap();
    // Flagging again replaces the earlier flag.
    c.forum
        .flag_post(
            &c.reader,
            thread.id.opening_post(),
            FlagReason::Spam,
            "a shop",
        )
        .unwrap();
    assert!(
        c.forum
            .flag_post(&c.author, thread.id.opening_post(), FlagReason::Spam, "")
            .is_err()
    );
    let queue = c.forum.flags_queue(&c.ada).unwrap();
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0].reasons(), "spam ×2");

    c.forum
        .hide_post(&c.moses, thread.id.opening_post(), "Spam.")
        .unwrap();
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
    assert_eq!(
        c.forum.threads(&c.reader, "care").unwrap()[0].thread.title,
        "[hidden by the editorial committee]"
    );
    assert_eq!(
        c.forum.threads(&c.moses, "care").unwrap()[0].thread.title,
        "Buy cheap pills"
    );
    let by_committee = seen(&c.ada);
    assert_eq!(by_committee.body, "Visit my shop.");
    assert!(c.forum.post(&c.reader, thread.id.opening_post()).is_err());

    c.forum
        .restore_post(&c.ada, thread.id.opening_post(), "Reviewed again.")
        .unwrap();
    assert_eq!(seen(&c.reader).body, "Visit my shop.");
    assert_eq!(
        c.forum.threads(&c.reader, "care").unwrap()[0].thread.title,
        "Buy cheap pills"
    );
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
                language: None,
                title: "A heated thread".into(),
                body: "Strong words.".into(),
            },
        )
        .unwrap();
    c.forum
        .flag_post(
            &c.reader,
            thread.id.opening_post(),
            FlagReason::Inappropriate,
            "rude",
        )
        .unwrap();
    c.forum
        .dismiss_flags(
            &c.moses,
            thread.id.opening_post(),
            "Robust but within the rules.",
        )
        .unwrap();
    assert!(c.forum.flags_queue(&c.moses).unwrap().is_empty());
    let err = c
        .forum
        .dismiss_flags(&c.ada, thread.id.opening_post(), "Twice.")
        .unwrap_err();
    assert!(err.to_string().contains("no open flags"), "{err}");

    c.forum
        .flag_post(
            &c.reader,
            thread.id.opening_post(),
            FlagReason::Inappropriate,
            "rude again",
        )
        .unwrap();
    c.forum
        .sanction_author(
            &c.moses,
            thread.id.opening_post(),
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
                language: None,
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
    let err = c
        .forum
        .reply(&c.reader, thread.id.opening_post(), "Anyone?")
        .unwrap_err();
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
                language: None,
                title: "Contacts".into(),
                body: "Call me on +1 555 0100.".into(),
            },
        )
        .unwrap();
    let err = c
        .forum
        .edit_post_as_committee(&c.moses, thread.id.opening_post(), None, "Call me.", "")
        .unwrap_err();
    assert!(
        matches!(&err, ForumError::Invalid(e) if e.get(FieldName::Note).is_some()),
        "{err}"
    );
    let post = c
        .forum
        .edit_post_as_committee(
            &c.moses,
            thread.id.opening_post(),
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
            .edit_post(&c.reader, thread.id.opening_post(), None, "Mine now")
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
    // Nothing left to lift: refused, and the audit log does not grow.
    let refused = c
        .forum
        .lift_sanction(&c.ada, "li_wei", "Again.")
        .unwrap_err();
    assert_eq!(refused.to_string(), "li_wei is neither muted nor banned");
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
