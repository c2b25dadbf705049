//! Private conversations, role by role: who reads them (only those in them,
//! whatever their role), who may write, blocks, reports, read marks, search.

use super::conversations::{STARTED_PER_HOUR, signature};
use super::testing::{forum, member};
use super::*;
use crate::domain::{NoticeKind, SanctionKind, Target};
use crate::testkit::viewer;

struct People {
    forum: Forum,
    _dir: tempfile::TempDir,
    admin: Viewer,
    moderator: Viewer,
    amara: Viewer,
    li: Viewer,
    ben: Viewer,
    guest: Viewer,
}

fn people() -> People {
    let (forum, dir) = forum();
    let admin = viewer(member(&forum, "ada", 1, Role::Admin));
    let moderator = viewer(member(&forum, "moses", 2, Role::Moderator));
    let amara = viewer(member(&forum, "amara", 3, Role::Member));
    let li = viewer(member(&forum, "li", 4, Role::Member));
    let ben = viewer(member(&forum, "ben", 5, Role::Member));
    People {
        forum,
        _dir: dir,
        admin,
        moderator,
        amara,
        li,
        ben,
        guest: Viewer::Guest { key: None },
    }
}

fn to(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| n.to_string()).collect()
}

/// The account as stored now, for a viewer whose role or sanction changed.
fn fresh(p: &People, name: &str) -> Viewer {
    viewer(p.forum.account(name).unwrap().unwrap())
}

#[test]
fn only_those_in_a_conversation_read_it_whatever_their_role() {
    let p = people();
    let (c, first) = p
        .forum
        .start_conversation(&p.amara, &to(&["li"]), "Rosters", "Can we swap Tuesday?")
        .unwrap();
    assert_eq!(first.number, 1);
    assert_eq!(c.members, ["amara", "li"]);
    for reader in [&p.amara, &p.li] {
        let view = p.forum.conversation(reader, c.id, 50).unwrap();
        assert_eq!(view.messages.len(), 1);
        assert_eq!(view.messages[0].body, "Can we swap Tuesday?");
    }
    for outsider in [&p.ben, &p.moderator, &p.admin] {
        let err = p.forum.conversation(outsider, c.id, 50).unwrap_err();
        assert!(matches!(err, ForumError::NotFound(_)), "{err}");
        assert!(p.forum.write_message(outsider, c.id, "hello").is_err());
        assert!(p.forum.mark_conversation_read(outsider, c.id, 1).is_err());
        assert!(p.forum.report_message(outsider, c.id, 1, "spam").is_err());
        assert!(p.forum.conversations(outsider).unwrap().items.is_empty());
        assert!(
            p.forum
                .search_conversations(outsider, "Tuesday")
                .unwrap()
                .is_empty()
        );
    }
    assert!(p.forum.conversation(&p.guest, c.id, 50).is_err());
    assert!(p.forum.conversations(&p.guest).is_err());
    assert!(
        p.forum
            .start_conversation(&p.guest, &to(&["li"]), "", "hi")
            .is_err()
    );
}

#[test]
fn every_committee_member_reads_the_committees_conversations_and_signs_as_the_committee() {
    let p = people();
    let (c, _) = p
        .forum
        .start_conversation(
            &p.amara,
            &to(&["committee"]),
            "Appeal",
            "Why was my post hidden?",
        )
        .unwrap();
    assert!(c.committee);
    for committee in [&p.moderator, &p.admin] {
        assert_eq!(p.forum.conversations(committee).unwrap().items.len(), 1);
        assert_eq!(p.forum.unread_conversations(committee).unwrap(), 1);
    }
    for outsider in [&p.li, &p.ben] {
        assert!(p.forum.conversation(outsider, c.id, 50).is_err());
    }
    let answer = p
        .forum
        .write_message(&p.moderator, c.id, "It named a patient.")
        .unwrap();
    assert!(answer.for_committee);
    assert_eq!(signature(&answer), "editorial committee (moses)");
    // The member is told, and so is the other committee member.
    let told = p.forum.notifications(&p.amara).unwrap();
    assert_eq!(told[0].kind, NoticeKind::Message);
    assert_eq!(told[0].target, Target::Conversation { id: c.id });
    assert!(
        told[0]
            .text
            .starts_with("editorial committee (moses) wrote to you")
    );
    assert!(
        p.forum
            .notifications(&p.admin)
            .unwrap()
            .iter()
            .any(|n| n.kind == NoticeKind::Message)
    );
    // Demoted, a moderator no longer reads it.
    p.forum
        .store()
        .update_account::<ForumError>("moses", |a| {
            a.role = Role::Member;
            Ok(())
        })
        .unwrap();
    assert!(p.forum.conversation(&fresh(&p, "moses"), c.id, 50).is_err());
}

#[test]
fn muted_members_write_to_the_committee_only_and_banned_ones_not_at_all() {
    let p = people();
    p.forum
        .sanction(
            &p.moderator,
            "ben",
            SanctionKind::Muted,
            None,
            "cooling off",
        )
        .unwrap();
    let ben = fresh(&p, "ben");
    let err = p
        .forum
        .start_conversation(&ben, &to(&["li"]), "", "psst")
        .unwrap_err();
    assert!(err.to_string().contains("write to the committee"), "{err}");
    let (c, _) = p
        .forum
        .start_conversation(&ben, &to(&["committee"]), "", "May I ask why?")
        .unwrap();
    p.forum
        .write_message(&p.moderator, c.id, "Yes: see the audit.")
        .unwrap();
    p.forum.write_message(&ben, c.id, "Thank you.").unwrap();
    // Muted, he cannot bring li into a conversation with the committee either.
    assert!(
        p.forum
            .start_conversation(&ben, &to(&["committee", "li"]), "", "x")
            .is_err()
    );
    p.forum
        .sanction(&p.admin, "ben", SanctionKind::Banned, None, "spam")
        .unwrap();
    let ben = fresh(&p, "ben");
    assert!(p.forum.write_message(&ben, c.id, "again").is_err());
    assert!(p.forum.conversations(&ben).is_err());
}

#[test]
fn new_members_whose_posts_wait_for_review_write_to_the_committee_and_answer() {
    let dir = tempfile::tempdir().unwrap();
    let forum = crate::testkit::forum_with(
        dir.path(),
        Editorial {
            new_member_posts: 1,
            ..Editorial::default()
        },
    )
    .unwrap();
    let admin = viewer(member(&forum, "ada", 1, Role::Admin));
    let newcomer = viewer(member(&forum, "nia", 2, Role::Member));
    let err = forum
        .start_conversation(&newcomer, &to(&["ada"]), "", "hi")
        .unwrap_err();
    assert!(err.to_string().contains("committee only"), "{err}");
    forum
        .start_conversation(&newcomer, &to(&["committee"]), "", "How do I post?")
        .unwrap();
    let (c, _) = forum
        .start_conversation(&admin, &to(&["nia"]), "Welcome", "Welcome, Nia.")
        .unwrap();
    forum.write_message(&newcomer, c.id, "Thank you!").unwrap();
}

#[test]
fn a_blocked_member_cannot_write_nor_mention_and_unblocking_lifts_it() {
    let p = people();
    p.forum.block(&p.amara, "ben").unwrap();
    assert!(p.forum.blocks(&p.amara, "ben"));
    let err = p
        .forum
        .start_conversation(&p.ben, &to(&["amara"]), "", "hey")
        .unwrap_err();
    assert_eq!(err.to_string(), "amara does not take messages from you");
    // Nor in a group with her.
    assert!(
        p.forum
            .start_conversation(&p.ben, &to(&["li", "amara"]), "", "hey")
            .is_err()
    );
    // She can still write to him, and he cannot answer.
    let (c, _) = p
        .forum
        .start_conversation(&p.amara, &to(&["li", "ben"]), "", "Agenda?")
        .unwrap();
    assert!(p.forum.write_message(&p.ben, c.id, "here").is_err());
    // A mention from him notifies her no more.
    p.forum
        .store()
        .put_community(&crate::testkit::community("care"))
        .unwrap();
    p.forum.join(&p.ben, "care").unwrap();
    p.forum
        .start_thread(
            &p.ben,
            "care",
            NewThread {
                language: None,
                title: "Night shifts".into(),
                body: "What do you think, @amara and @li?".into(),
            },
        )
        .unwrap();
    let mentions = |v: &Viewer| {
        p.forum
            .notifications(v)
            .unwrap()
            .iter()
            .filter(|n| n.kind == NoticeKind::Mention)
            .count()
    };
    assert_eq!(mentions(&p.amara), 0);
    assert_eq!(mentions(&p.li), 1);
    assert!(p.forum.unblock(&p.amara, "ben").unwrap());
    p.forum.write_message(&p.ben, c.id, "here").unwrap();
    assert!(p.forum.block(&p.amara, "amara").is_err());
    assert!(p.forum.block(&p.amara, "nobody").is_err());
    assert!(p.forum.block(&p.guest, "ben").is_err());
}

#[test]
fn a_reported_message_reaches_the_committee_alone_as_a_copy() {
    let p = people();
    let (c, _) = p
        .forum
        .start_conversation(&p.ben, &to(&["amara"]), "", "First, harmless.")
        .unwrap();
    p.forum
        .write_message(&p.ben, c.id, "Send me your password.")
        .unwrap();
    let err = p.forum.report_message(&p.amara, c.id, 2, " ").unwrap_err();
    assert!(matches!(err, ForumError::Invalid(_)), "{err}");
    assert!(p.forum.report_message(&p.ben, c.id, 2, "mine").is_err());
    let report = p
        .forum
        .report_message(&p.amara, c.id, 2, "phishing")
        .unwrap();
    assert!(report.committee && report.report);
    let view = p.forum.conversation(&p.moderator, report.id, 50).unwrap();
    let copy = view.messages[0].reported.as_ref().unwrap();
    assert_eq!(copy.body, "Send me your password.");
    assert_eq!(copy.author, "ben");
    assert_eq!(view.messages[0].body, "phishing");
    // The committee still cannot open the conversation it came from.
    assert!(p.forum.conversation(&p.moderator, c.id, 50).is_err());
    // The reported member knows nothing of it.
    assert!(p.forum.conversation(&p.ben, report.id, 50).is_err());
}

#[test]
fn read_marks_unread_counts_and_notifications_follow_what_was_read() {
    let p = people();
    let (c, _) = p
        .forum
        .start_conversation(&p.amara, &to(&["li"]), "", "one")
        .unwrap();
    p.forum.write_message(&p.amara, c.id, "two").unwrap();
    p.forum.write_message(&p.amara, c.id, "three").unwrap();
    assert_eq!(p.forum.unread_conversations(&p.li).unwrap(), 1);
    assert_eq!(p.forum.unread_conversations(&p.amara).unwrap(), 0);
    // Three messages fold into one notification.
    let told = p.forum.notifications(&p.li).unwrap();
    assert_eq!(told.len(), 1);
    assert_eq!(told[0].more, 2);
    let list = p.forum.conversations(&p.li).unwrap();
    assert!(list.items[0].unread);
    p.forum.mark_conversation_read(&p.li, c.id, 2).unwrap();
    assert_eq!(p.forum.unread_conversations(&p.li).unwrap(), 1);
    assert_eq!(p.forum.conversation(&p.li, c.id, 50).unwrap().read_mark, 2);
    p.forum.mark_conversation_read(&p.li, c.id, 3).unwrap();
    assert_eq!(p.forum.unread_conversations(&p.li).unwrap(), 0);
    assert_eq!(p.forum.unread_notifications(&p.li).unwrap(), 0);
    // Answering is having read it; the other side has one unread.
    p.forum.write_message(&p.li, c.id, "four").unwrap();
    assert_eq!(p.forum.unread_conversations(&p.amara).unwrap(), 1);
    assert_eq!(p.forum.unread_conversations(&p.li).unwrap(), 0);
}

#[test]
fn conversations_list_most_recent_first_and_open_at_their_newest_messages() {
    let p = people();
    let (older, _) = p
        .forum
        .start_conversation(&p.amara, &to(&["li"]), "Older", "a")
        .unwrap();
    let (newer, _) = p
        .forum
        .start_conversation(&p.amara, &to(&["ben"]), "Newer", "b")
        .unwrap();
    let list = p.forum.conversations(&p.amara).unwrap();
    let ids: Vec<_> = list.items.iter().map(|s| s.conversation.id).collect();
    assert_eq!(ids, [newer.id, older.id]);
    assert_eq!(list.total, 2);
    for n in 0..5 {
        p.forum
            .write_message(&p.li, older.id, &format!("m{n}"))
            .unwrap();
    }
    let list = p.forum.conversations(&p.amara).unwrap();
    assert_eq!(list.items[0].conversation.id, older.id);
    assert_eq!(list.total, 2);
    let view = p.forum.conversation(&p.amara, older.id, 3).unwrap();
    let bodies: Vec<_> = view.messages.iter().map(|m| m.body.as_str()).collect();
    assert_eq!(bodies, ["m2", "m3", "m4"]);
    assert_eq!(view.earlier, 3);
}

#[test]
fn bad_recipients_and_bodies_are_named_where_they_were_typed() {
    let p = people();
    let field = |r: Result<_, ForumError>, name: FieldName| match r {
        Err(ForumError::Invalid(errors)) => errors.get(name).map(str::to_string),
        _ => None,
    };
    let nobody = field(
        p.forum
            .start_conversation(&p.amara, &to(&["zed"]), "", "hi"),
        FieldName::To,
    );
    assert_eq!(nobody.as_deref(), Some("no member is called zed"));
    assert!(
        field(
            p.forum.start_conversation(&p.amara, &[], "", "hi"),
            FieldName::To
        )
        .is_some()
    );
    assert!(
        field(
            p.forum
                .start_conversation(&p.amara, &to(&["amara"]), "", "hi"),
            FieldName::To
        )
        .is_some()
    );
    assert!(
        field(
            p.forum.start_conversation(&p.amara, &to(&["li"]), "", "  "),
            FieldName::Body
        )
        .is_some()
    );
    let many: Vec<String> = (0..9).map(|n| format!("m{n}")).collect();
    for (n, name) in many.iter().enumerate() {
        member(&p.forum, name, 20 + n as u8, Role::Member);
    }
    assert!(
        field(
            p.forum.start_conversation(&p.amara, &many, "", "hi"),
            FieldName::To
        )
        .is_some()
    );
    let subject = field(
        p.forum
            .start_conversation(&p.amara, &to(&["li"]), "x\u{1b}[2J", "hi"),
        FieldName::Subject,
    );
    assert!(subject.is_some_and(|m| m.contains("control characters")));
    // Escapes in a message never reach a terminal.
    let (_, m) = p
        .forum
        .start_conversation(&p.amara, &to(&["@LI"]), "x", "a\u{1b}]0;t\u{7}b")
        .unwrap();
    assert!(!m.body.contains('\u{1b}'));
}

#[test]
fn a_member_starts_a_limited_number_of_conversations_an_hour() {
    let p = people();
    for n in 0..STARTED_PER_HOUR {
        p.forum
            .start_conversation(&p.amara, &to(&["li"]), &format!("n{n}"), "hi")
            .unwrap();
    }
    let err = p
        .forum
        .start_conversation(&p.amara, &to(&["li"]), "", "hi")
        .unwrap_err();
    assert!(err.to_string().contains("in the last hour"), "{err}");
    // Writing in one goes on.
    let list = p.forum.conversations(&p.amara).unwrap();
    p.forum
        .write_message(&p.amara, list.items[0].conversation.id, "still here")
        .unwrap();
    // The committee is not limited.
    for _ in 0..=STARTED_PER_HOUR {
        p.forum
            .start_conversation(&p.moderator, &to(&["li"]), "", "notice")
            .unwrap();
    }
}

#[test]
fn search_finds_words_in_ones_own_conversations_only() {
    let p = people();
    p.forum
        .start_conversation(
            &p.amara,
            &to(&["li"]),
            "Rosters",
            "The Vaccination schedule",
        )
        .unwrap();
    p.forum
        .start_conversation(&p.ben, &to(&["moses"]), "", "vaccination stock")
        .unwrap();
    let found = p.forum.search_conversations(&p.li, "vaccination").unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].1.body, "The Vaccination schedule");
    assert_eq!(
        p.forum
            .search_conversations(&p.li, "rosters schedule")
            .unwrap()
            .len(),
        1
    );
    assert!(
        p.forum
            .search_conversations(&p.admin, "vaccination")
            .unwrap()
            .is_empty()
    );
    assert!(p.forum.search_conversations(&p.li, " ").is_err());
}

#[test]
fn a_message_is_announced_to_its_readers_once_durable() {
    let p = people();
    let mut bus = p.forum.subscribe();
    let (c, _) = p
        .forum
        .start_conversation(&p.amara, &to(&["li", "committee"]), "", "hi")
        .unwrap();
    let mut saw = false;
    while let Ok(change) = bus.try_recv() {
        if let Change::Conversation {
            id,
            members,
            committee,
        } = change
        {
            assert_eq!(id, c.id);
            assert_eq!(members, ["amara", "li"]);
            assert!(committee);
            saw = true;
        }
    }
    assert!(saw);
}

#[test]
fn the_latest_conversation_with_the_same_people_is_found_to_go_on_in() {
    let p = people();
    let (pair, _) = p
        .forum
        .start_conversation(&p.amara, &to(&["li"]), "", "a")
        .unwrap();
    let (group, _) = p
        .forum
        .start_conversation(&p.amara, &to(&["li", "ben"]), "", "b")
        .unwrap();
    let (committee, _) = p
        .forum
        .start_conversation(&p.amara, &to(&["committee"]), "", "c")
        .unwrap();
    let with = |v: &Viewer, names: &[&str]| p.forum.conversation_with(v, &to(names)).unwrap();
    assert_eq!(with(&p.amara, &["li"]), Some(pair.id));
    assert_eq!(with(&p.li, &["amara"]), Some(pair.id));
    assert_eq!(with(&p.amara, &["ben", "@li"]), Some(group.id));
    assert_eq!(with(&p.amara, &["committee"]), Some(committee.id));
    assert_eq!(with(&p.amara, &["ben"]), None);
    // The committee's members do not find a member's conversation with it as theirs.
    assert_eq!(with(&p.moderator, &["amara", "committee"]), None);
}

#[test]
fn a_group_with_the_committee_keeps_mutes_and_blocks_but_the_committee_always_answers() {
    let p = people();
    let (group, _) = p
        .forum
        .start_conversation(&p.li, &to(&["amara", "ben", "committee"]), "", "Agenda")
        .unwrap();
    p.forum.block(&p.amara, "ben").unwrap();
    let err = p
        .forum
        .write_message(&p.ben, group.id, "hi all")
        .unwrap_err();
    assert_eq!(err.to_string(), "amara does not take messages from you");
    p.forum.unblock(&p.amara, "ben").unwrap();
    p.forum
        .sanction(
            &p.moderator,
            "ben",
            SanctionKind::Muted,
            None,
            "cooling off",
        )
        .unwrap();
    let ben = fresh(&p, "ben");
    assert!(p.forum.write_message(&ben, group.id, "hi all").is_err());
    // A member who blocks a moderator still hears the committee's answer.
    let (appeal, _) = p
        .forum
        .start_conversation(&p.amara, &to(&["committee"]), "", "Appeal")
        .unwrap();
    p.forum.block(&p.amara, "moses").unwrap();
    let answer = p
        .forum
        .write_message(&p.moderator, appeal.id, "Answered.")
        .unwrap();
    assert!(answer.for_committee);
}

#[test]
fn committee_is_no_username_and_a_demoted_moderator_has_no_stuck_count() {
    let p = people();
    let err = p
        .forum
        .sign_up(
            &crate::testkit::key(40),
            crate::testkit::sign_up_form("committee"),
        )
        .unwrap_err();
    assert!(matches!(err, ForumError::Invalid(_)), "{err}");
    p.forum
        .start_conversation(&p.amara, &to(&["committee"]), "", "Appeal")
        .unwrap();
    assert_eq!(p.forum.unread_conversations(&p.moderator).unwrap(), 1);
    p.forum
        .store()
        .update_account::<ForumError>("moses", |a| {
            a.role = Role::Member;
            Ok(())
        })
        .unwrap();
    assert_eq!(
        p.forum.unread_conversations(&fresh(&p, "moses")).unwrap(),
        0
    );
}

#[test]
fn a_flood_of_messages_is_slowed() {
    let p = people();
    let (c, _) = p
        .forum
        .start_conversation(&p.amara, &to(&["li"]), "", "1")
        .unwrap();
    let mut refused = None;
    for n in 0..80 {
        if let Err(e) = p.forum.write_message(&p.amara, c.id, &format!("m{n}")) {
            refused = Some((n, e.to_string()));
            break;
        }
    }
    let (n, why) = refused.expect("slowed down");
    assert_eq!(n, 60);
    assert!(why.contains("60 messages in ten minutes"), "{why}");
    // Reports count among the conversations started.
    for n in 0..STARTED_PER_HOUR {
        let _ = p.forum.report_message(&p.li, c.id, (n + 2) as u32, "spam");
    }
    let err = p
        .forum
        .start_conversation(&p.li, &to(&["ben"]), "", "hi")
        .unwrap_err();
    assert!(err.to_string().contains("in the last hour"), "{err}");
}

#[test]
fn what_the_committee_took_out_of_a_post_is_not_in_its_history_for_others() {
    let p = people();
    p.forum
        .store()
        .put_community(&crate::testkit::community("care"))
        .unwrap();
    let t = p
        .forum
        .start_thread(
            &p.amara,
            "care",
            NewThread {
                language: None,
                title: "Night rosters".into(),
                body: "Call me on 0700 000 000".into(),
            },
        )
        .unwrap();
    let id = t.id.opening_post();
    p.forum
        .edit_post_as_committee(
            &p.moderator,
            id,
            None,
            "Call me (number removed)",
            "A phone number.",
        )
        .unwrap();
    p.forum
        .edit_post(&p.amara, id, None, "Call me, please (number removed)")
        .unwrap();
    let seen = |v: &Viewer| -> Vec<String> {
        p.forum
            .post(v, id)
            .unwrap()
            .history
            .iter()
            .map(|r| r.body.clone())
            .collect()
    };
    assert_eq!(seen(&p.li), ["Call me (number removed)"]);
    assert_eq!(seen(&p.amara).len(), 2);
    assert_eq!(seen(&p.moderator).len(), 2);
    let view = p.forum.read_thread(&p.li, t.id).unwrap();
    assert_eq!(view.posts[0].post.history.len(), 1);
}

#[test]
fn the_committees_answers_and_reports_are_not_reported_to_it() {
    let p = people();
    let (c, _) = p
        .forum
        .start_conversation(&p.amara, &to(&["committee"]), "", "Why?")
        .unwrap();
    p.forum
        .write_message(&p.moderator, c.id, "Because.")
        .unwrap();
    let err = p
        .forum
        .report_message(&p.amara, c.id, 2, "rude")
        .unwrap_err();
    assert!(err.to_string().contains("not reported to it"), "{err}");
}
