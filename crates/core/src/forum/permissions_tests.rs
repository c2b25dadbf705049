//! Every forum mutation, tried by every kind of account: guest, member, moderator,
//! admin, and a member who is muted or banned. One table says who may do what; a
//! change to any rule that is not also made here fails this test.

use jiff::ToSpan;

use super::*;
use crate::domain::{
    DraftPlace, EntryId, FlagReason, JobId, Role, Sanction, SanctionKind, SubmissionId, Visibility,
};
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
    thread: ThreadId,
    locked: ThreadId,
    others_post: PostId,
    own_post: PostId,
    /// A community proposal by someone else, waiting for review.
    submission: SubmissionId,
    /// A published event, and jobs posted by someone else and by the actor.
    event: EventId,
    others_job: JobId,
    own_job: JobId,
}

/// Puts a published event and two jobs (by `someone` and by `actor`) on the boards.
fn boards(forum: &Forum) -> (EventId, JobId, JobId) {
    let mut event = super::events::parse(&crate::testkit::event_proposal("An event")).unwrap();
    (event.id, event.posted_by) = (EventId(1000), "someone".into());
    forum.store().put_event(&event).unwrap();
    let mut job = super::jobs::parse(&crate::testkit::job_proposal("A job")).unwrap();
    (job.id, job.posted_by) = (JobId(1001), "someone".into());
    forum.store().put_job(&job).unwrap();
    (job.id, job.posted_by) = (JobId(1002), "actor".into());
    forum.store().put_job(&job).unwrap();
    let mut practice = super::library::practice_entry(
        &crate::testkit::practice_proposal("A practice", "care"),
        "chair",
        forum.now(),
    );
    (practice.id, practice.posted_by) = (PRACTICE, "someone".into());
    forum.store().put_entry(&practice).unwrap();
    (EventId(1000), JobId(1001), JobId(1002))
}

const PRACTICE: EntryId = EntryId(1003);

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
        .reply(&someone, thread.opening_post(), "A reply by someone")
        .unwrap()
        .id;
    let locked = forum
        .start_thread(&someone, "care", new_thread("A locked thread"))
        .unwrap()
        .id;
    forum.store().set_thread_flags(locked, false, true).unwrap();
    forum
        .store()
        .put_community(&crate::testkit::community("other"))
        .unwrap();
    let submission = forum
        .propose_community(&someone, None, proposal("nursing"), true)
        .unwrap()
        .id;
    let chair = viewer(forum.account("chair").unwrap().unwrap());
    forum
        .flag_post(&chair, others_post, crate::domain::FlagReason::Spam, "")
        .unwrap();
    let (event, others_job, own_job) = boards(&forum);
    let role = match who {
        Who::Moderator => Role::Moderator,
        Who::Admin => Role::Admin,
        _ => Role::Member,
    };
    let actor = member(&forum, "actor", 3, role);
    let own_post = forum
        .reply(
            &viewer(actor.clone()),
            thread.opening_post(),
            "My own reply",
        )
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
        submission,
        event,
        others_job,
        own_job,
    }
}

pub(super) fn proposal(slug: &str) -> crate::domain::CommunityProposal {
    crate::domain::CommunityProposal {
        strategies: Vec::new(),
        slug: slug.into(),
        name: format!("Community of {slug}"),
        purpose: "Sharing what works in people-centred care.".into(),
        audience: "Nurses and midwives".into(),
        members_only: false,
    }
}

/// Decides the stage's submission as the actor, on its current version.
fn decide(s: &Stage, verdict: Verdict) -> Result<(), ForumError> {
    let version = s.forum.store().submission(s.submission)?.unwrap().version;
    s.forum
        .decide(
            &s.actor,
            s.submission,
            version,
            verdict,
            "Reviewed by the committee.",
        )
        .map(drop)
}

fn steer(s: &Stage, action: ThreadAction) -> Result<(), ForumError> {
    s.forum
        .steer_thread(&s.actor, s.thread, action, "Keeping the thread useful.")
        .map(drop)
}

fn viewer(account: Account) -> Viewer {
    Viewer::Member {
        account,
        via: LoginMethod::Key,
    }
}

fn new_thread(title: &str) -> NewThread {
    NewThread {
        language: None,
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
            "submit an event",
            |s| {
                s.forum
                    .propose_event(&s.actor, None, crate::testkit::event_proposal("Mine"), true)
                    .map(drop)
            },
            &[Member, Moderator, Admin],
        ),
        (
            "keep an event as a draft",
            |s| {
                s.forum
                    .propose_event(
                        &s.actor,
                        None,
                        crate::testkit::event_proposal("Mine"),
                        false,
                    )
                    .map(drop)
            },
            &[Member, Moderator, Admin],
        ),
        (
            "submit a job",
            |s| {
                s.forum
                    .propose_job(&s.actor, None, crate::testkit::job_proposal("Mine"), true)
                    .map(drop)
            },
            &[Member, Moderator, Admin],
        ),
        (
            "answer an event",
            |s| {
                s.forum
                    .rsvp(&s.actor, s.event, Some(crate::domain::Rsvp::Going))
                    .map(drop)
            },
            &[Member, Moderator, Admin, Muted],
        ),
        (
            "watch a thread",
            |s| s.forum.watch(&s.actor, s.thread, true),
            &[Member, Moderator, Admin, Muted],
        ),
        (
            "mark notifications read",
            |s| s.forum.mark_all_notifications_read(&s.actor).map(drop),
            &[Member, Moderator, Admin, Muted],
        ),
        (
            "save an alert",
            |s| {
                let alert = super::alerts::Alert::Jobs(JobFilter::default());
                s.forum.save_alert(&s.actor, &alert).map(drop)
            },
            &[Member, Moderator, Admin, Muted],
        ),
        (
            "close own job early",
            |s| s.forum.close_job(&s.actor, s.own_job).map(drop),
            &[Member, Moderator, Admin, Muted],
        ),
        (
            "propose a resource",
            |s| {
                let p = crate::testkit::resource_proposal("Mine", "care");
                s.forum.propose_resource(&s.actor, None, p, true).map(drop)
            },
            &[Member, Moderator, Admin],
        ),
        (
            "propose a practice",
            |s| {
                let p = crate::testkit::practice_proposal("Mine", "care");
                s.forum.propose_practice(&s.actor, None, p, true).map(drop)
            },
            &[Member, Moderator, Admin],
        ),
        (
            "change a practice's level",
            |s| {
                let level = crate::domain::PracticeLevel::Leading;
                let all = super::testing::assessed(&s.forum, level, true);
                s.forum
                    .change_level(&s.actor, PRACTICE, level, "Replicated elsewhere.", &all)
                    .map(drop)
            },
            &[Moderator, Admin],
        ),
        (
            "start an entry's discussion",
            |s| {
                let first = crate::forum::NewThread {
                    language: None,
                    title: "About it".into(),
                    body: "What we saw.".into(),
                };
                s.forum.discuss_entry(&s.actor, PRACTICE, first).map(drop)
            },
            &[Member, Moderator, Admin],
        ),
        (
            "write news",
            |s| {
                s.forum
                    .write_news(&s.actor, "News", "Something the network should know.", None)
                    .map(drop)
            },
            &[Moderator, Admin],
        ),
        (
            "withdraw an event",
            |s| {
                s.forum
                    .withdraw_event(&s.actor, s.event, "The organizer cancelled it.")
                    .map(drop)
            },
            &[Moderator, Admin],
        ),
        (
            "withdraw a job",
            |s| {
                s.forum
                    .withdraw_job(&s.actor, s.others_job, "Spam.")
                    .map(drop)
            },
            &[Moderator, Admin],
        ),
        (
            "close another's job early",
            |s| s.forum.close_job(&s.actor, s.others_job).map(drop),
            &[Admin],
        ),
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
            |s| {
                s.forum
                    .reply(&s.actor, s.thread.opening_post(), "Agreed.")
                    .map(drop)
            },
            &[Member, Moderator, Admin],
        ),
        (
            "reply in a locked thread",
            |s| {
                s.forum
                    .reply(&s.actor, s.locked.opening_post(), "Still here.")
                    .map(drop)
            },
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
            "choose how the forum is drawn",
            |s| {
                let a = account(s)?;
                let preferences = crate::domain::Preferences {
                    first: Default::default(),
                    colour: crate::domain::Setting::Never,
                    ascii: crate::domain::Setting::Always,
                    plain: crate::domain::Setting::Automatic,
                    bell: crate::domain::Setting::Never,
                    language: Some(crate::domain::Language::Fr),
                };
                s.forum.set_preferences(&a, preferences).map(drop)
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
            |s| {
                // Something to lift, put straight in the store.
                let now = s.forum.now();
                s.forum
                    .store()
                    .update_account::<ForumError>("someone", |a| {
                        a.sanction = Some(Sanction {
                            kind: SanctionKind::Muted,
                            reason: "spam".into(),
                            until: None,
                            by: "ada".into(),
                            at: now,
                        });
                        Ok(())
                    })
                    .unwrap();
                s.forum
                    .lift_sanction(&s.actor, "someone", "served its time")
                    .map(drop)
            },
            &[Moderator, Admin],
        ),
        (
            "flag a post",
            |s| {
                s.forum
                    .flag_post(&s.actor, s.others_post, FlagReason::OffTopic, "")
                    .map(drop)
            },
            &[Member, Moderator, Admin, Muted],
        ),
        (
            "propose a community",
            |s| {
                s.forum
                    .propose_community(&s.actor, None, proposal("midwives"), true)
                    .map(drop)
            },
            &[Member, Moderator, Admin],
        ),
        (
            "read the review queue",
            |s| s.forum.review_queue(&s.actor).map(drop),
            &[Moderator, Admin],
        ),
        (
            "approve a submission",
            |s| decide(s, Verdict::Approve),
            &[Moderator, Admin],
        ),
        (
            "request changes",
            |s| decide(s, Verdict::RequestChanges),
            &[Moderator, Admin],
        ),
        (
            "reject a submission",
            |s| decide(s, Verdict::Reject),
            &[Moderator, Admin],
        ),
        (
            "read the flags queue",
            |s| s.forum.flags_queue(&s.actor).map(drop),
            &[Moderator, Admin],
        ),
        (
            "hide a post",
            |s| {
                s.forum
                    .hide_post(&s.actor, s.others_post, "Spam.")
                    .map(drop)
            },
            &[Moderator, Admin],
        ),
        (
            "restore a post",
            |s| {
                let chair = viewer(s.forum.account("chair")?.unwrap());
                s.forum.hide_post(&chair, s.others_post, "Spam.")?;
                s.forum
                    .restore_post(&s.actor, s.others_post, "Not spam after all.")
                    .map(drop)
            },
            &[Moderator, Admin],
        ),
        (
            "dismiss flags",
            |s| {
                s.forum
                    .dismiss_flags(&s.actor, s.others_post, "Within the rules.")
                    .map(drop)
            },
            &[Moderator, Admin],
        ),
        (
            "mute a flagged post's author",
            |s| {
                s.forum
                    .sanction_author(
                        &s.actor,
                        s.others_post,
                        SanctionKind::Muted,
                        None,
                        "Repeated spam.",
                    )
                    .map(drop)
            },
            &[Moderator, Admin],
        ),
        (
            "lock a thread",
            |s| steer(s, ThreadAction::Lock),
            &[Moderator, Admin],
        ),
        (
            "pin a thread",
            |s| steer(s, ThreadAction::Pin),
            &[Moderator, Admin],
        ),
        (
            "move a thread",
            |s| steer(s, ThreadAction::Move("other".into())),
            &[Moderator, Admin],
        ),
        (
            "edit someone's post with a note",
            |s| {
                s.forum
                    .edit_post_as_committee(
                        &s.actor,
                        s.others_post,
                        None,
                        "A reply, link removed.",
                        "Removed a broken link.",
                    )
                    .map(drop)
            },
            &[Moderator, Admin],
        ),
        (
            "read the audit log",
            |s| {
                s.forum
                    .audit_log(&s.actor, &AuditFilter::default())
                    .map(drop)
            },
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
    let err = s
        .forum
        .reply(&s.actor, s.thread.opening_post(), "Hello?")
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "your account is muted until Mon 23 Nov 2026 12:00 EAT: testing the rules"
    );
    let s = stage(Who::Banned);
    let account = s.actor.account().unwrap();
    assert_eq!(
        s.forum.login_refusal(account).unwrap(),
        "your account is banned until Mon 23 Nov 2026 12:00 EAT: testing the rules"
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
    assert!(
        s.forum
            .reply(&actor, s.thread.opening_post(), "Back again.")
            .is_ok()
    );
    // Guests and members have no drafts or read marks to refuse: nothing is stored.
    let guest = Viewer::Guest { key: None };
    s.forum.mark_read(&guest, s.thread, PostId(99)).unwrap();
    s.forum
        .save_draft(&guest, DraftPlace::Reply(s.thread.opening_post()), "", "x")
        .unwrap();
    assert!(
        s.forum
            .draft(&guest, &DraftPlace::Reply(s.thread.opening_post()))
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
    let err = s
        .forum
        .sanction(&s.actor, "chair", SanctionKind::Muted, None, "disagreement")
        .unwrap_err();
    assert_eq!(err.to_string(), "a moderator cannot mute or ban an admin");
    let chair = viewer(s.forum.account("chair").unwrap().unwrap());
    // What the members tab asks before offering the keys, the same rule.
    let peer = s.forum.account("peer").unwrap().unwrap();
    let chair_account = s.forum.account("chair").unwrap().unwrap();
    assert!(!s.forum.may_sanction(&s.actor, &peer));
    assert!(!s.forum.may_sanction(&s.actor, &chair_account));
    assert!(s.forum.may_sanction(&chair, &peer));
    assert!(!s.forum.may_sanction(&chair, &chair_account));
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

/// The committee is public: anyone reads who sits on it; a banned member of
/// it and members who are not on it are not listed.
#[test]
fn everyone_reads_who_sits_on_the_editorial_committee() {
    let (forum, _dir) = super::testing::forum();
    let ada = super::testing::member(&forum, "ada", 1, Role::Admin);
    super::testing::member(&forum, "moses", 2, Role::Moderator);
    super::testing::member(&forum, "li", 3, Role::Member);
    super::testing::member(&forum, "ben", 4, Role::Moderator);
    forum
        .sanction(
            &crate::testkit::viewer(ada),
            "ben",
            SanctionKind::Banned,
            None,
            "Left the network.",
        )
        .unwrap();
    let names: Vec<String> = forum
        .editorial_committee()
        .unwrap()
        .into_iter()
        .map(|a| a.username.into_string())
        .collect();
    assert_eq!(names, ["ada", "moses"]);
}

/// Only admins choose who may read a community; a community proposed as
/// members-only is published so; guests then neither list nor open it.
#[test]
fn admins_set_who_reads_a_community_and_proposals_may_ask_for_members_only() {
    let (forum, _dir) = super::testing::forum();
    forum
        .store()
        .put_community(&crate::testkit::community("care"))
        .unwrap();
    let ada = crate::testkit::viewer(super::testing::member(&forum, "ada", 1, Role::Admin));
    let moses = crate::testkit::viewer(super::testing::member(&forum, "moses", 2, Role::Moderator));
    let li = crate::testkit::viewer(super::testing::member(&forum, "li", 3, Role::Member));
    let guest = Viewer::Guest { key: None };
    for who in [&moses, &li, &guest] {
        assert!(
            forum
                .set_visibility(who, "care", Visibility::Members, "Clinical cases only.")
                .is_err()
        );
    }
    assert!(
        forum
            .set_visibility(&ada, "care", Visibility::Members, "")
            .is_err(),
        "a reason is asked"
    );
    forum
        .set_visibility(&ada, "care", Visibility::Members, "Clinical cases only.")
        .unwrap();
    assert!(forum.communities(&guest).unwrap().is_empty());
    assert!(forum.community(&guest, "care").is_err());
    assert_eq!(forum.communities(&li).unwrap().len(), 1);
    let log = forum
        .audit_log(
            &ada,
            &AuditFilter {
                action: Some(crate::domain::AuditAction::Visibility),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        (log[0].before.as_str(), log[0].after.as_str()),
        ("everyone", "members only")
    );

    let p = crate::domain::CommunityProposal {
        members_only: true,
        ..proposal("midwives")
    };
    let s = forum.propose_community(&li, None, p, true).unwrap();
    forum
        .decide(&moses, s.id, s.version, Verdict::Approve, "Welcome.")
        .unwrap();
    let made = forum.store().community("midwives").unwrap().unwrap();
    assert_eq!(made.visibility, Visibility::Members);
}
