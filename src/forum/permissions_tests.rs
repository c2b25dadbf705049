//! Every forum mutation, tried by every kind of account: guest, member, moderator,
//! admin, and a member who is muted or banned. One table says who may do what; a
//! change to any rule that is not also made here fails this test.

use jiff::ToSpan;

use super::*;
use crate::domain::{DraftPlace, Role, Sanction, SanctionKind};
use crate::forum::testing::{forum, key, member};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Who {
    Guest,
    Member,
    Moderator,
    Admin,
    Muted,
    Banned,
}

const EVERYONE: [Who; 6] = [
    Who::Guest,
    Who::Member,
    Who::Moderator,
    Who::Admin,
    Who::Muted,
    Who::Banned,
];

/// A forum with a community, a thread by someone else (with a reply), a locked
/// thread, the actor's own post, and the actor in the role under test.
struct Stage {
    forum: Forum,
    _dir: tempfile::TempDir,
    actor: Viewer,
    thread: u64,
    locked: u64,
    others_post: u64,
    own_post: u64,
}

fn stage(who: Who) -> Stage {
    let (forum, dir) = forum();
    forum
        .store()
        .put_community(&crate::testkit::community("care"))
        .unwrap();
    member(&forum, "chair", 1, Role::Admin);
    let someone = viewer(member(&forum, "someone", 2, Role::Member));
    let thread = forum
        .start_thread(&someone, "care", new_thread("A thread"))
        .unwrap()
        .id;
    let others_post = forum
        .reply(&someone, thread, "A reply by someone")
        .unwrap()
        .id;
    let locked = forum
        .start_thread(&someone, "care", new_thread("A locked thread"))
        .unwrap()
        .id;
    forum.store().set_thread_flags(locked, false, true).unwrap();
    let role = match who {
        Who::Moderator => Role::Moderator,
        Who::Admin => Role::Admin,
        _ => Role::Member,
    };
    let actor = member(&forum, "actor", 3, role);
    let own_post = forum
        .reply(&viewer(actor.clone()), thread, "My own reply")
        .unwrap()
        .id;
    let sanction = |kind| Sanction {
        kind,
        reason: "testing the rules".into(),
        until: Some(forum.now().checked_add(24.hours()).unwrap()),
        by: "chair".into(),
        at: forum.now(),
    };
    let actor = match who {
        Who::Guest => Viewer::Guest { key: Some(key(9)) },
        Who::Muted | Who::Banned => {
            let kind = if who == Who::Muted {
                SanctionKind::Muted
            } else {
                SanctionKind::Banned
            };
            let account = forum
                .store()
                .update_account::<ForumError>("actor", |a| {
                    a.sanction = Some(sanction(kind));
                    Ok(())
                })
                .unwrap();
            viewer(account)
        }
        _ => viewer(actor),
    };
    Stage {
        forum,
        _dir: dir,
        actor,
        thread,
        locked,
        others_post,
        own_post,
    }
}

fn viewer(account: Account) -> Viewer {
    Viewer::Member {
        account,
        via: LoginMethod::Key,
    }
}

fn new_thread(title: &str) -> NewThread {
    NewThread {
        title: title.into(),
        body: "Opening words.".into(),
    }
}

/// The account behind the actor, for use cases that take one.
fn account(s: &Stage) -> Result<Account, ForumError> {
    s.actor
        .account()
        .cloned()
        .ok_or_else(|| ForumError::NotAllowed("guests have no account".into()))
}

type Attempt = fn(&Stage) -> Result<(), ForumError>;

/// Each mutation, and who may do it.
fn mutations() -> Vec<(&'static str, Attempt, &'static [Who])> {
    use Who::*;
    vec![
        (
            "start a thread",
            |s| {
                s.forum
                    .start_thread(&s.actor, "care", new_thread("Mine"))
                    .map(drop)
            },
            &[Member, Moderator, Admin],
        ),
        (
            "reply",
            |s| s.forum.reply(&s.actor, s.thread, "Agreed.").map(drop),
            &[Member, Moderator, Admin],
        ),
        (
            "reply in a locked thread",
            |s| s.forum.reply(&s.actor, s.locked, "Still here.").map(drop),
            &[Moderator, Admin],
        ),
        (
            "edit own post",
            |s| {
                s.forum
                    .edit_post(&s.actor, s.own_post, None, "Better words.")
                    .map(drop)
            },
            &[Member, Moderator, Admin],
        ),
        (
            "edit another's post",
            |s| {
                s.forum
                    .edit_post(&s.actor, s.others_post, None, "Hijacked.")
                    .map(drop)
            },
            &[],
        ),
        (
            "delete own post",
            |s| s.forum.delete_post(&s.actor, s.own_post).map(drop),
            &[Member, Moderator, Admin, Muted],
        ),
        (
            "delete another's post",
            |s| s.forum.delete_post(&s.actor, s.others_post).map(drop),
            &[Moderator, Admin],
        ),
        (
            "join a community",
            |s| s.forum.join(&s.actor, "care"),
            &[Member, Moderator, Admin, Muted],
        ),
        (
            "leave a community",
            |s| s.forum.leave(&s.actor, "care"),
            &[Member, Moderator, Admin, Muted],
        ),
        (
            "edit own profile",
            |s| {
                let a = account(s)?;
                s.forum.edit_profile(&a, ProfileEdit::of(&a)).map(drop)
            },
            &[Member, Moderator, Admin, Muted],
        ),
        (
            "add a key",
            |s| {
                let a = account(s)?;
                s.forum.add_key(&a, &key(42).openssh()).map(drop)
            },
            &[Member, Moderator, Admin, Muted],
        ),
        (
            "remove a key",
            |s| {
                let a = account(s)?;
                let a = s.forum.add_key(&a, &key(43).openssh())?;
                s.forum.remove_key(&a, &key(43).fingerprint()).map(drop)
            },
            &[Member, Moderator, Admin, Muted],
        ),
        (
            "set a password",
            |s| {
                let a = account(s)?;
                let new = "a long enough password".to_string();
                s.forum
                    .change_password(
                        &a,
                        LoginMethod::Key,
                        PasswordChange {
                            current: String::new(),
                            new: new.clone(),
                            confirm: new,
                        },
                    )
                    .map(drop)
            },
            &[Member, Moderator, Admin, Muted],
        ),
        (
            "change a role",
            |s| {
                let a = account(s)?;
                s.forum
                    .grant_role(Actor::Account(&a), "someone", Role::Moderator)
                    .map(drop)
            },
            &[Admin],
        ),
        (
            "add an account",
            |s| {
                let a = account(s)?;
                s.forum
                    .add_account(
                        Actor::Account(&a),
                        NewAccount {
                            username: "newcomer".into(),
                            keys: vec![key(50)],
                            role: None,
                        },
                    )
                    .map(drop)
            },
            &[Admin],
        ),
        (
            "take a backup",
            |s| s.forum.export(&s.actor, &mut Vec::new()).map(drop),
            &[Admin],
        ),
        (
            "mute a member",
            |s| {
                s.forum
                    .sanction(
                        &s.actor,
                        "someone",
                        SanctionKind::Muted,
                        None,
                        "off-topic again",
                    )
                    .map(drop)
            },
            &[Moderator, Admin],
        ),
        (
            "ban a member",
            |s| {
                let until = s.forum.now().checked_add(48.hours()).ok();
                s.forum
                    .sanction(
                        &s.actor,
                        "someone",
                        SanctionKind::Banned,
                        until,
                        "spam links",
                    )
                    .map(drop)
            },
            &[Moderator, Admin],
        ),
        (
            "lift a sanction",
            |s| s.forum.lift_sanction(&s.actor, "someone").map(drop),
            &[Moderator, Admin],
        ),
        (
            "mute the admin",
            |s| {
                s.forum
                    .sanction(&s.actor, "chair", SanctionKind::Muted, None, "a coup")
                    .map(drop)
            },
            &[],
        ),
    ]
}

#[test]
fn every_mutation_is_allowed_exactly_to_the_roles_that_may_do_it() {
    let mut wrong = Vec::new();
    for (what, attempt, allowed) in mutations() {
        for who in EVERYONE {
            let s = stage(who);
            let outcome = attempt(&s);
            let expected = allowed.contains(&who);
            match (&outcome, expected) {
                (Ok(()), true) | (Err(ForumError::NotAllowed(_)), false) => {}
                _ => wrong.push(format!("{who:?} {what}: {outcome:?}")),
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_muted_or_banned_member_is_told_why_and_until_when() {
    let s = stage(Who::Muted);
    let err = s.forum.reply(&s.actor, s.thread, "Hello?").unwrap_err();
    assert_eq!(
        err.to_string(),
        "your account is muted until 2026-11-23 09:00 UTC: testing the rules"
    );
    let s = stage(Who::Banned);
    let account = s.actor.account().unwrap();
    assert_eq!(
        s.forum.login_refusal(account).unwrap(),
        "your account is banned until 2026-11-23 09:00 UTC: testing the rules"
    );
    let err = s.forum.join(&s.actor, "care").unwrap_err();
    assert!(err.to_string().contains("banned"), "{err}");
}

#[test]
fn a_sanction_ends_by_itself_and_needs_a_reason_and_a_future_end() {
    let s = stage(Who::Member);
    let chair = viewer(s.forum.account("chair").unwrap().unwrap());
    let past = s.forum.now().checked_sub(1.hours()).ok();
    let err = s
        .forum
        .sanction(&chair, "actor", SanctionKind::Muted, past, "too late")
        .unwrap_err();
    assert!(err.to_string().contains("future"), "{err}");
    let err = s
        .forum
        .sanction(&chair, "actor", SanctionKind::Muted, None, "no")
        .unwrap_err();
    assert!(err.to_string().contains("reason"), "{err}");
    // A mute that ended long ago no longer stops anyone.
    s.forum
        .store()
        .update_account::<ForumError>("actor", |a| {
            a.sanction = Some(Sanction {
                kind: SanctionKind::Muted,
                reason: "last year".into(),
                until: s.forum.now().checked_sub(1.hours()).ok(),
                by: "chair".into(),
                at: s.forum.now(),
            });
            Ok(())
        })
        .unwrap();
    let actor = viewer(s.forum.account("actor").unwrap().unwrap());
    assert!(s.forum.reply(&actor, s.thread, "Back again.").is_ok());
    // Guests and members have no drafts or read marks to refuse: nothing is stored.
    let guest = Viewer::Guest { key: None };
    s.forum.mark_read(&guest, s.thread, 99).unwrap();
    s.forum
        .save_draft(&guest, DraftPlace::Reply(s.thread), "", "x")
        .unwrap();
    assert!(
        s.forum
            .draft(&guest, &DraftPlace::Reply(s.thread))
            .unwrap()
            .is_none()
    );
}

#[test]
fn a_moderator_cannot_sanction_another_moderator_but_an_admin_can() {
    let s = stage(Who::Moderator);
    member(&s.forum, "peer", 7, Role::Moderator);
    let err = s
        .forum
        .sanction(&s.actor, "peer", SanctionKind::Muted, None, "disagreement")
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "a moderator cannot mute or ban a moderator"
    );
    let chair = viewer(s.forum.account("chair").unwrap().unwrap());
    assert!(
        s.forum
            .sanction(&chair, "peer", SanctionKind::Muted, None, "cooling off")
            .is_ok()
    );
    let err = s
        .forum
        .sanction(&chair, "chair", SanctionKind::Banned, None, "self")
        .unwrap_err();
    assert!(err.to_string().contains("yourself"), "{err}");
}
