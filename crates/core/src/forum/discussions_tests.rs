//! The discussion rules, for every role.

use super::*;
use crate::domain::{Community, DraftPlace, Role, Visibility};
use crate::forum::FieldName;
use crate::forum::LoginMethod;
use crate::forum::testing::{forum, member};

fn community(forum: &Forum, slug: &str, visibility: Visibility) {
    forum
        .store()
        .put_community(&Community {
            strategies: Vec::new(),
            slug: slug.into(),
            name: slug.into(),
            description: String::new(),
            visibility,
            created_at: forum.now(),
        })
        .unwrap();
}

fn viewer(account: Account) -> Viewer {
    Viewer::Member {
        account,
        via: LoginMethod::Key,
    }
}

fn guest() -> Viewer {
    Viewer::Guest { key: None }
}

/// A forum with a public community `open`, and one account per role.
struct World {
    forum: Forum,
    _dir: tempfile::TempDir,
    member: Viewer,
    other: Viewer,
    moderator: Viewer,
    admin: Viewer,
}

fn world() -> World {
    let (forum, dir) = forum();
    community(&forum, "open", Visibility::Public);
    let admin = viewer(member(&forum, "ada", 1, Role::Admin));
    let member_ = viewer(member(&forum, "amara", 2, Role::Member));
    let other = viewer(member(&forum, "li_wei", 3, Role::Member));
    let moderator = viewer(member(&forum, "moses", 4, Role::Moderator));
    World {
        forum,
        _dir: dir,
        member: member_,
        other,
        moderator,
        admin,
    }
}

fn start(w: &World, who: &Viewer, title: &str) -> Thread {
    w.forum
        .start_thread(
            who,
            "open",
            NewThread {
                language: None,
                title: title.into(),
                body: format!("{title}, the body"),
            },
        )
        .unwrap()
}

fn not_allowed<T: std::fmt::Debug>(result: Result<T, ForumError>) -> String {
    match result {
        Err(ForumError::NotAllowed(why)) => why,
        other => panic!("expected NotAllowed, got {other:?}"),
    }
}

#[test]
fn guests_read_but_cannot_post_reply_edit_delete_or_join() {
    let w = world();
    let thread = start(&w, &w.member, "Community health workers");
    let why = not_allowed(w.forum.start_thread(
        &guest(),
        "open",
        NewThread {
            language: None,
            title: "Hello".into(),
            body: "Hi".into(),
        },
    ));
    assert!(why.contains("sign up"), "{why}");
    not_allowed(w.forum.reply(&guest(), thread.id.opening_post(), "hi"));
    not_allowed(
        w.forum
            .edit_post(&guest(), thread.id.opening_post(), None, "hi"),
    );
    not_allowed(w.forum.delete_post(&guest(), thread.id.opening_post()));
    not_allowed(w.forum.join(&guest(), "open"));
    assert_eq!(
        w.forum
            .read_thread(&guest(), thread.id)
            .unwrap()
            .posts
            .len(),
        1
    );
}

#[test]
fn every_role_may_start_threads_and_reply() {
    let w = world();
    for who in [&w.member, &w.moderator, &w.admin] {
        let thread = start(&w, who, "A question for the network");
        let reply = w
            .forum
            .reply(who, thread.id.opening_post(), "An answer")
            .unwrap();
        assert_eq!(reply.parent, Some(thread.id.opening_post()));
        let view = w.forum.read_thread(who, thread.id).unwrap();
        assert_eq!(view.thread.posts, 2);
        assert_eq!(view.thread.last_post, reply.id);
    }
}

#[test]
fn members_only_communities_do_not_exist_for_guests() {
    let w = world();
    community(&w.forum, "closed", Visibility::Members);
    let thread = w
        .forum
        .start_thread(
            &w.member,
            "closed",
            NewThread {
                language: None,
                title: "Members only".into(),
                body: "Inside".into(),
            },
        )
        .unwrap();
    assert!(matches!(
        w.forum.read_thread(&guest(), thread.id),
        Err(ForumError::NotFound(_))
    ));
    assert!(matches!(
        w.forum.threads(&guest(), "closed"),
        Err(ForumError::NotFound(_))
    ));
    assert!(w.forum.read_thread(&w.other, thread.id).is_ok());
}

#[test]
fn locked_threads_take_replies_only_from_the_committee() {
    let w = world();
    let thread = start(&w, &w.member, "Closed topic");
    w.forum
        .store()
        .set_thread_flags(thread.id, false, true)
        .unwrap();
    let why = not_allowed(
        w.forum
            .reply(&w.member, thread.id.opening_post(), "one more"),
    );
    assert!(why.contains("locked"), "{why}");
    not_allowed(
        w.forum
            .reply(&w.other, thread.id.opening_post(), "one more"),
    );
    w.forum
        .reply(&w.moderator, thread.id.opening_post(), "closing note")
        .unwrap();
    w.forum
        .reply(&w.admin, thread.id.opening_post(), "and another")
        .unwrap();
}

#[test]
fn only_the_author_edits_and_the_history_is_kept() {
    let w = world();
    let thread = start(&w, &w.member, "Draft title");
    for who in [&w.other, &w.moderator, &w.admin] {
        let why = not_allowed(
            w.forum
                .edit_post(who, thread.id.opening_post(), None, "vandalised"),
        );
        assert!(why.contains("your own"), "{why}");
    }
    let edited = w
        .forum
        .edit_post(
            &w.member,
            thread.id.opening_post(),
            Some("Better title"),
            "Better body",
        )
        .unwrap();
    assert_eq!(edited.body, "Better body");
    assert_eq!(edited.history.len(), 1);
    assert_eq!(edited.history[0].body, "Draft title, the body");
    assert!(edited.edited_at().is_some());
    let view = w.forum.read_thread(&w.other, thread.id).unwrap();
    assert_eq!(view.thread.title, "Better title");
}

#[test]
fn authors_delete_their_own_posts_and_the_committee_any() {
    let w = world();
    let thread = start(&w, &w.member, "Deletions");
    let mine = w
        .forum
        .reply(&w.other, thread.id.opening_post(), "mine")
        .unwrap();
    let answer = w.forum.reply(&w.member, mine.id, "answer to mine").unwrap();
    let why = not_allowed(w.forum.delete_post(&w.member, mine.id));
    assert!(why.contains("your own"), "{why}");
    w.forum.delete_post(&w.other, mine.id).unwrap();
    not_allowed(w.forum.delete_post(&w.other, mine.id));
    w.forum.delete_post(&w.moderator, answer.id).unwrap();
    let extra = w
        .forum
        .reply(&w.other, thread.id.opening_post(), "extra")
        .unwrap();
    w.forum.delete_post(&w.admin, extra.id).unwrap();

    let view = w.forum.read_thread(&w.member, thread.id).unwrap();
    let ids: Vec<_> = view.posts.iter().map(|p| (p.post.id, p.depth)).collect();
    assert_eq!(
        ids,
        [
            (thread.id.opening_post(), 0),
            (mine.id, 1),
            (answer.id, 2),
            (extra.id, 1)
        ],
        "deleted posts keep their place"
    );
    assert!(view.posts[1].post.deleted.is_some());
    assert!(
        view.posts[1].post.body.is_empty(),
        "no reader sees a deleted body"
    );
    not_allowed(w.forum.edit_post(&w.other, mine.id, None, "back"));
}

#[test]
fn the_reply_tree_is_depth_first_with_replies_oldest_first() {
    let w = world();
    let root = start(&w, &w.member, "Tree").id;
    let a = w
        .forum
        .reply(&w.other, root.opening_post(), "a")
        .unwrap()
        .id;
    let b = w
        .forum
        .reply(&w.admin, root.opening_post(), "b")
        .unwrap()
        .id;
    let a1 = w.forum.reply(&w.member, a, "a1").unwrap().id;
    let a1x = w.forum.reply(&w.other, a1, "a1x").unwrap().id;
    let a2 = w.forum.reply(&w.moderator, a, "a2").unwrap().id;
    let view = w.forum.read_thread(&w.member, root).unwrap();
    let order: Vec<_> = view
        .posts
        .iter()
        .map(|p| (p.post.id, p.depth, p.descendants))
        .collect();
    assert_eq!(
        order,
        [
            (root.opening_post(), 0, 5),
            (a, 1, 3),
            (a1, 2, 1),
            (a1x, 3, 0),
            (a2, 2, 0),
            (b, 1, 0)
        ]
    );
    assert_eq!(view.author_name("li_wei"), "li_wei display");
}

#[test]
fn a_very_deep_thread_does_not_overflow_the_stack() {
    let mut posts = Vec::new();
    let now = "2026-11-22T09:00:00Z".parse().unwrap();
    for id in 1..=20_000u64 {
        posts.push(Post {
            language: None,
            id: PostId(id),
            thread: ThreadId(1),
            parent: (id > 1).then(|| PostId(id - 1)),
            author: "amara".into(),
            body: String::new(),
            created_at: now,
            history: Vec::new(),
            deleted: None,
            mentions: Vec::new(),
            hidden: None,
            committee_note: None,
            versions_let_go: 0,
        });
    }
    let tree = reply_tree(posts);
    assert_eq!(tree.len(), 20_000);
    assert_eq!(tree[0].descendants, 19_999);
    assert_eq!(tree[19_999].depth, 19_999);
}

#[test]
fn unread_counts_follow_what_each_member_has_seen() {
    let w = world();
    let first = start(&w, &w.member, "First");
    start(&w, &w.member, "Second");
    let overview = |who: &Viewer| {
        let list = w.forum.community_overview(who).unwrap();
        let open = list.iter().find(|c| c.community.slug == "open").unwrap();
        (open.threads, open.unread)
    };
    assert_eq!(overview(&w.member), (2, 0), "your own posts are read");
    assert_eq!(overview(&w.other), (2, 2));
    w.forum
        .mark_read(&w.other, first.id, first.last_post)
        .unwrap();
    assert_eq!(overview(&w.other), (2, 1));
    w.forum
        .reply(&w.admin, first.id.opening_post(), "news")
        .unwrap();
    assert_eq!(
        overview(&w.other),
        (2, 2),
        "a new reply makes it unread again"
    );
    assert_eq!(overview(&w.member), (2, 1));
    let list = w.forum.threads(&w.member, "open").unwrap();
    assert_eq!(list[0].thread.id, first.id, "most recent activity first");
    assert!(list[0].unread && !list[1].unread);
    let view = w.forum.read_thread(&w.member, first.id).unwrap();
    assert_eq!(view.seen_before, first.id.opening_post());
    // A mark never moves back.
    w.forum.mark_read(&w.member, first.id, PostId(1)).unwrap();
    assert_eq!(
        w.forum.store().read_mark("amara", first.id).unwrap(),
        first.id.opening_post()
    );
    assert_eq!(overview(&guest()), (2, 0), "guests have no unread counts");
}

#[test]
fn pinned_threads_come_first() {
    let w = world();
    let old = start(&w, &w.member, "Read me first");
    start(&w, &w.member, "Newer");
    w.forum
        .store()
        .set_thread_flags(old.id, true, false)
        .unwrap();
    let list = w.forum.threads(&w.member, "open").unwrap();
    assert_eq!(list[0].thread.id, old.id);
}

#[test]
fn joining_and_leaving_puts_your_communities_first() {
    let w = world();
    community(&w.forum, "zzz", Visibility::Public);
    w.forum.join(&w.member, "zzz").unwrap();
    w.forum.join(&w.member, "zzz").unwrap();
    let list = w.forum.community_overview(&w.member).unwrap();
    assert_eq!(list[0].community.slug, "zzz");
    assert!(list[0].joined);
    assert_eq!(list[0].members, 1);
    w.forum.leave(&w.member, "zzz").unwrap();
    let list = w.forum.community_overview(&w.member).unwrap();
    assert_eq!(list[0].community.slug, "open");
    assert_eq!(list.iter().map(|c| c.members).sum::<usize>(), 0);
    assert!(matches!(
        w.forum.join(&w.member, "nowhere"),
        Err(ForumError::NotFound(_))
    ));
}

#[test]
fn drafts_are_kept_until_posted_or_discarded() {
    let w = world();
    let place = DraftPlace::NewThread("open".into());
    w.forum
        .save_draft(&w.member, place.clone(), "Half a title", "Half a thought")
        .unwrap();
    let draft = w.forum.draft(&w.member, &place).unwrap().unwrap();
    assert_eq!(
        (draft.title.as_str(), draft.body.as_str()),
        ("Half a title", "Half a thought")
    );
    assert!(
        w.forum.draft(&w.other, &place).unwrap().is_none(),
        "drafts are private"
    );
    start(&w, &w.member, "Posted at last");
    assert!(
        w.forum.draft(&w.member, &place).unwrap().is_none(),
        "posting uses the draft up"
    );

    let reply_place = DraftPlace::Reply(PostId(1));
    w.forum
        .save_draft(&w.member, reply_place.clone(), "", "a reply")
        .unwrap();
    w.forum
        .save_draft(&w.member, reply_place.clone(), "", "  ")
        .unwrap();
    assert!(
        w.forum.draft(&w.member, &reply_place).unwrap().is_none(),
        "an empty draft is no draft"
    );
    w.forum
        .save_draft(&w.member, reply_place.clone(), "", "again")
        .unwrap();
    w.forum.discard_draft(&w.member, &reply_place).unwrap();
    assert!(w.forum.draft(&w.member, &reply_place).unwrap().is_none());
    w.forum
        .save_draft(&guest(), reply_place.clone(), "", "x")
        .unwrap();
}

#[test]
fn limits_are_explained_field_by_field() {
    let w = world();
    let result = w.forum.start_thread(
        &w.member,
        "open",
        NewThread {
            language: None,
            title: "ab".into(),
            body: "   ".into(),
        },
    );
    let Err(ForumError::Invalid(errors)) = result else {
        panic!("expected field errors, got {result:?}");
    };
    assert_eq!(errors.get(FieldName::Title), Some("at least 3 characters"));
    assert!(errors.get(FieldName::Body).unwrap().contains("empty posts"));
    // Marks alone take no place on screen: they are not a title.
    let marks = w.forum.start_thread(
        &w.member,
        "open",
        NewThread {
            language: None,
            title: "\u{301}\u{301}\u{301}\u{301}".into(),
            body: "Something.".into(),
        },
    );
    let Err(ForumError::Invalid(errors)) = marks else {
        panic!("a title of marks alone must be refused, got {marks:?}");
    };
    assert!(errors.get(FieldName::Title).is_some(), "{errors:?}");
    let thread = start(&w, &w.member, "Limits");
    let long = "x".repeat(BODY_MAX + 1);
    let Err(ForumError::Invalid(errors)) =
        w.forum.reply(&w.member, thread.id.opening_post(), &long)
    else {
        panic!("an overlong reply must be refused");
    };
    assert!(
        errors
            .get(FieldName::Body)
            .unwrap()
            .contains("at most 20,000"),
        "{errors:?}"
    );
    assert!(matches!(
        w.forum.reply(&w.member, PostId(9_999), "hello"),
        Err(ForumError::NotFound(_))
    ));
}

#[test]
fn titles_and_bodies_are_stored_clean_and_mentions_recorded() {
    let w = world();
    let thread = w
        .forum
        .start_thread(
            &w.member,
            "open",
            NewThread {
                language: None,
                title: "Hi there".into(),
                body: "Ping @li_wei\x1b]0;pwned\x07 and @moses\r\n\x1b[2J".into(),
            },
        )
        .unwrap();
    let view = w.forum.read_thread(&w.member, thread.id).unwrap();
    assert_eq!(view.thread.title, "Hi there");
    let body = &view.posts[0].post.body;
    assert!(
        !body.chars().any(|c| c.is_control() && c != '\n'),
        "{body:?}"
    );
    assert_eq!(view.posts[0].post.mentions, ["li_wei", "moses"]);
    assert_eq!(
        w.forum.store().mentions_of("li_wei").unwrap(),
        [thread.id.opening_post()]
    );
    let refused = w.forum.start_thread(
        &w.member,
        "open",
        NewThread {
            language: None,
            title: "Hi\u{202E} \x1b]0;pwned\x07there".into(),
            body: "x".into(),
        },
    );
    let Err(ForumError::Invalid(errors)) = refused else {
        panic!("a title with controls must be refused, got {refused:?}");
    };
    assert!(
        errors
            .get(FieldName::Title)
            .unwrap()
            .contains("control characters")
    );
}

#[test]
fn reading_a_reply_id_as_a_thread_says_where_it_is() {
    let w = world();
    let thread = start(&w, &w.member, "Where");
    let reply = w
        .forum
        .reply(&w.other, thread.id.opening_post(), "here")
        .unwrap();
    let err = w
        .forum
        .read_thread(&w.member, reply.id.as_thread())
        .unwrap_err();
    assert!(
        err.to_string()
            .contains(&format!("is a reply in thread {}", thread.id)),
        "{err}"
    );
}

#[test]
fn a_post_names_at_most_twenty_members_but_the_committees_may_name_more() {
    let w = world();
    let names: Vec<String> = (0..25).map(|n| format!("nurse{n}")).collect();
    for (n, name) in names.iter().enumerate() {
        member(&w.forum, name, 10 + n as u8, Role::Member);
    }
    let naming = |k: usize| {
        names[..k]
            .iter()
            .map(|n| format!("@{n}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let thread = start(&w, &w.member, "Night rosters");
    let refused = w
        .forum
        .reply(&w.other, thread.id.opening_post(), &naming(21));
    let Err(ForumError::Invalid(errors)) = refused else {
        panic!("21 names must be refused, got {refused:?}");
    };
    assert_eq!(
        errors.get(FieldName::Body).unwrap(),
        "a post may mention at most 20 members, each of whom is notified; this one mentions 21"
    );
    // Twenty are fine, and each is told.
    let post = w
        .forum
        .reply(&w.other, thread.id.opening_post(), &naming(20))
        .unwrap();
    assert_eq!(post.mentions.len(), 20);
    let nurse0 = viewer(w.forum.account("nurse0").unwrap().unwrap());
    assert_eq!(w.forum.notifications(&nurse0).unwrap().len(), 1);
    // An edit that names more is refused too.
    let edit = w.forum.edit_post(&w.other, post.id, None, &naming(25));
    assert!(matches!(edit, Err(ForumError::Invalid(_))), "{edit:?}");
    // An edit naming twenty others: the post names those, not forty.
    let others = names[5..]
        .iter()
        .map(|n| format!("@{n}"))
        .collect::<Vec<_>>();
    let edited = w
        .forum
        .edit_post(&w.other, post.id, None, &others.join(" "))
        .unwrap();
    assert_eq!(edited.mentions.len(), 20);
    assert!(w.forum.store().mentions_of("nurse0").unwrap().is_empty());
    assert_eq!(w.forum.store().mentions_of("nurse24").unwrap(), [post.id]);
    // The committee may write to many at once.
    w.forum
        .reply(&w.moderator, thread.id.opening_post(), &naming(25))
        .unwrap();
    w.forum
        .reply(&w.admin, thread.id.opening_post(), &naming(25))
        .unwrap();
}
