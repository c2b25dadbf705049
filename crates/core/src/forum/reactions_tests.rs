//! Reactions, bookmarks with reminders, and the Latest and Unread views, role by role.

use super::testing::{forum, member};
use super::*;
use crate::domain::{NoticeKind, Reaction, SanctionKind};
use crate::testkit::viewer;

struct Room {
    forum: Forum,
    _dir: tempfile::TempDir,
    admin: Viewer,
    amara: Viewer,
    li: Viewer,
    guest: Viewer,
    post: PostId,
}

fn room() -> Room {
    let (forum, dir) = forum();
    forum
        .store()
        .put_community(&crate::testkit::community("care"))
        .unwrap();
    let admin = viewer(member(&forum, "ada", 1, Role::Admin));
    let amara = viewer(member(&forum, "amara", 2, Role::Member));
    let li = viewer(member(&forum, "li", 3, Role::Member));
    let thread = forum
        .start_thread(
            &amara,
            "care",
            NewThread {
                language: None,
                title: "Night rosters".into(),
                body: "How do you staff nights?".into(),
            },
        )
        .unwrap();
    Room {
        forum,
        _dir: dir,
        admin,
        amara,
        li,
        guest: Viewer::Guest { key: None },
        post: thread.id.opening_post(),
    }
}

#[test]
fn members_react_to_others_posts_the_author_is_told_and_again_takes_it_back() {
    let r = room();
    assert!(r.forum.react(&r.li, r.post, Reaction::Thanks).unwrap());
    assert!(r.forum.react(&r.admin, r.post, Reaction::Thanks).unwrap());
    assert!(r.forum.react(&r.li, r.post, Reaction::Insightful).unwrap());
    let who = r.forum.reactions(&r.guest, r.post).unwrap();
    assert_eq!(who[0].0, Reaction::Thanks);
    assert_eq!(who[0].1, ["ada", "li"]);
    assert_eq!(who[1].0, Reaction::Insightful);
    let told = r.forum.notifications(&r.amara).unwrap();
    assert_eq!(told[0].kind, NoticeKind::Reaction);
    // Two thanks and an insightful fold into one notification.
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0].more, 2);
    assert!(!r.forum.react(&r.li, r.post, Reaction::Thanks).unwrap());
    assert_eq!(r.forum.reactions(&r.li, r.post).unwrap()[0].1, ["ada"]);
    let view = r.forum.read_thread(&r.li, r.post.as_thread()).unwrap();
    assert_eq!(view.reactions[&r.post][&Reaction::Thanks].len(), 1);
    // Not one's own post, not a guest, not a muted member.
    assert!(r.forum.react(&r.amara, r.post, Reaction::Thanks).is_err());
    assert!(r.forum.react(&r.guest, r.post, Reaction::Thanks).is_err());
    r.forum
        .sanction(&r.admin, "li", SanctionKind::Muted, None, "cooling off")
        .unwrap();
    let li = viewer(r.forum.account("li").unwrap().unwrap());
    assert!(r.forum.react(&li, r.post, Reaction::PlusOne).is_err());
    assert_eq!(Reaction::parse("+1"), Some(Reaction::PlusOne));
    assert_eq!(Reaction::parse("Thanks"), Some(Reaction::Thanks));
    assert_eq!(Reaction::parse("like"), None);
}

#[test]
fn a_reaction_from_a_blocked_member_tells_nothing() {
    let r = room();
    r.forum.block(&r.amara, "li").unwrap();
    r.forum.react(&r.li, r.post, Reaction::Thanks).unwrap();
    assert!(r.forum.notifications(&r.amara).unwrap().is_empty());
}

#[test]
fn bookmarks_keep_posts_and_their_reminders_arrive_once_when_due() {
    let r = room();
    let today = r.forum.now().to_zoned(jiff::tz::TimeZone::UTC).date();
    r.forum.bookmark(&r.li, r.post, Some(today)).unwrap();
    assert!(r.forum.bookmarked(&r.li, r.post).is_some());
    let listed = r.forum.bookmarks(&r.li).unwrap();
    assert_eq!(listed[0].thread_title, "Night rosters");
    assert_eq!(listed[0].author, "amara");
    assert_eq!(r.forum.send_due_reminders(&r.li).unwrap(), 1);
    assert_eq!(r.forum.send_due_reminders(&r.li).unwrap(), 0, "once");
    let told = r.forum.notifications(&r.li).unwrap();
    assert_eq!(told[0].kind, NoticeKind::Reminder);
    // A later day waits.
    let later = today.checked_add(jiff::ToSpan::days(3)).unwrap();
    r.forum.bookmark(&r.li, r.post, Some(later)).unwrap();
    assert_eq!(r.forum.send_due_reminders(&r.li).unwrap(), 0);
    assert!(r.forum.unbookmark(&r.li, r.post).unwrap());
    assert!(r.forum.bookmarks(&r.li).unwrap().is_empty());
    assert!(r.forum.bookmark(&r.guest, r.post, None).is_err());
    assert!(super::reactions::reminder_day("next week").is_err());
}

#[test]
fn latest_and_unread_span_the_communities_a_member_joined() {
    let r = room();
    assert!(r.forum.latest(&r.li, false).unwrap().joined_none);
    r.forum.join(&r.li, "care").unwrap();
    let latest = r.forum.latest(&r.li, false).unwrap();
    assert_eq!(latest.threads.len(), 1);
    assert_eq!(latest.threads[0].community, "Community care");
    assert_eq!(r.forum.latest(&r.li, true).unwrap().threads.len(), 1);
    r.forum
        .mark_read(&r.li, r.post.as_thread(), r.post)
        .unwrap();
    assert!(r.forum.latest(&r.li, true).unwrap().threads.is_empty());
    assert_eq!(r.forum.latest(&r.li, false).unwrap().threads.len(), 1);
    assert!(r.forum.latest(&r.guest, false).is_err());
}

#[test]
fn a_reminder_day_that_has_passed_is_refused() {
    let r = room();
    let today = r.forum.now().to_zoned(jiff::tz::TimeZone::UTC).date();
    let yesterday = today.checked_sub(jiff::ToSpan::days(1)).unwrap();
    let err = r
        .forum
        .bookmark(&r.li, r.post, Some(yesterday))
        .unwrap_err();
    match err {
        ForumError::Invalid(errors) => {
            assert!(
                errors
                    .get(FieldName::Remind)
                    .unwrap()
                    .contains("has passed")
            );
        }
        other => panic!("{other}"),
    }
    assert!(r.forum.bookmark(&r.li, r.post, Some(today)).is_ok());
}
