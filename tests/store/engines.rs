//! The store keeps to its engine trait: the same forum history, run on sled, on
//! the in-memory engine and on PostgreSQL, leaves the same records, byte for
//! byte, and reads back the same. This is what a shared engine that replaces sled is held to.

use std::collections::BTreeSet;

use stoa::domain::{FlagReason, LastPlace, Rsvp, ThreadId};
use stoa::forum::alerts::Alert;
use stoa::forum::{Editorial, EventFilter, Forum, NewThread, Verdict};
use stoa::store::{Holding, Location, Store, TREES};
use stoa_core::testkit::postgres::TempPostgres;
use stoa_core::testkit::{self, Cast};

/// Something in every tree: the demo, the cast, a thread with a mention, a reply,
/// an edit, a deletion, read marks, a draft, a last place, memberships, an approved and
/// a pending submission, an answer to an event, an open and a dismissed flag, a
/// hidden post, notifications read and unread, a watch, an alert and a new role.
fn history(forum: &Forum, cast: &Cast) -> ThreadId {
    let Cast { amara, li, moses } = cast;
    // An upload: its bytes in the file chunks, its name in li's uploads.
    forum
        .upload(li, "rota.csv", b"day,nurse\nmon,ada\n")
        .unwrap();
    forum.join(li, "care-workforce").unwrap();
    forum.join(moses, "care-workforce").unwrap();
    let thread = forum
        .start_thread(
            amara,
            "care-workforce",
            NewThread {
                language: None,
                title: "Handover notes".into(),
                body: "What goes in a good one? @li".into(),
            },
        )
        .unwrap();
    let reply = forum
        .reply(li, thread.id.opening_post(), "Names, times, risks.")
        .unwrap();
    forum
        .edit_post(li, reply.id, None, "Names, times, risks, who to call.")
        .unwrap();
    let gone = forum.reply(amara, reply.id, "Posted too soon").unwrap();
    forum.delete_post(amara, gone.id).unwrap();
    forum
        .reply(moses, thread.id.opening_post(), "Ours fit on a card.")
        .unwrap();
    forum.mark_read(li, thread.id, reply.id).unwrap();
    forum
        .remember_last_place(
            li,
            &LastPlace::Thread {
                id: thread.id,
                post: reply.id,
            },
        )
        .unwrap();
    forum.watch(moses, thread.id, false).unwrap();
    // Reactions, a bookmark, a private conversation (one unread), a block.
    forum
        .react(amara, reply.id, stoa::domain::Reaction::Thanks)
        .unwrap();
    forum.bookmark(li, thread.id.opening_post(), None).unwrap();
    let (conversation, _) = forum
        .start_conversation(li, &["amara".to_string()], "Handover", "A word in private?")
        .unwrap();
    forum
        .write_message(amara, conversation.id, "Of course.")
        .unwrap();
    forum.block(moses, "li").unwrap();

    let alert = Alert::Events(EventFilter::default());
    forum.save_alert(li, &alert).unwrap();
    let event = forum
        .propose_event(
            amara,
            None,
            testkit::event_proposal("Rostering clinic"),
            true,
        )
        .unwrap();
    let version = forum.submission(moses, event.id).unwrap().version;
    forum
        .decide(moses, event.id, version, Verdict::Approve, "Useful.")
        .unwrap();
    forum
        .rsvp(li, event.id.as_event(), Some(Rsvp::Going))
        .unwrap();
    forum
        .propose_job(li, None, testkit::job_proposal("District nurse"), true)
        .unwrap();

    forum
        .flag_post(li, reply.id, FlagReason::Spam, "")
        .unwrap_err();
    let spam = forum
        .reply(li, thread.id.opening_post(), "Buy now")
        .unwrap();
    forum
        .flag_post(amara, spam.id, FlagReason::Spam, "")
        .unwrap();
    forum.hide_post(moses, spam.id, "Advertising.").unwrap();
    forum
        .flag_post(li, thread.id.opening_post(), FlagReason::Other, "Too long")
        .unwrap();
    let first = forum.notifications(li).unwrap();
    forum.mark_notifications(li, &[first[0].id], true).unwrap();
    forum
        .change_role(
            stoa::forum::Actor::Operator,
            "li",
            stoa::domain::Role::Moderator,
            "Joins the committee.",
        )
        .unwrap();
    // Last: replying to the thread would take the draft (it becomes the post).
    forum
        .save_draft(
            li,
            stoa::domain::DraftPlace::Reply(thread.id.opening_post()),
            "",
            "Half a thought",
        )
        .unwrap();
    thread.id
}

fn export(store: &Store) -> String {
    let mut out = Vec::new();
    store.export(&mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn trees_in(dump: &str) -> BTreeSet<String> {
    dump.lines()
        .skip(1)
        .map(|line| {
            let entry: serde_json::Value = serde_json::from_str(line).unwrap();
            entry["tree"].as_str().unwrap().to_string()
        })
        .collect()
}

/// A new database on a throwaway PostgreSQL server (kept alive by the first).
fn postgres() -> (TempPostgres, Location) {
    let server = TempPostgres::start().unwrap();
    let location = Location::Postgres {
        config: Box::new(server.database().unwrap().parse().unwrap()),
        connections: 4,
    };
    (server, location)
}

#[test]
fn the_same_history_on_sled_in_memory_and_on_postgresql_leaves_the_same_forum() {
    let dir = tempfile::tempdir().unwrap();
    let on_disk =
        testkit::forum_on(Store::open(dir.path()).unwrap(), Editorial::default()).unwrap();
    let in_memory = testkit::forum_on(Store::in_memory().unwrap(), Editorial::default()).unwrap();
    let (_server, location) = postgres();
    let shared = testkit::forum_on(
        Store::open_at(&location, Holding::Shared).unwrap(),
        Editorial::default(),
    )
    .unwrap();

    let mut dumps = Vec::new();
    let mut pages = Vec::new();
    for forum in [on_disk, in_memory, shared] {
        let (forum, cast) = testkit::with_demo_and_cast(forum).unwrap();
        let thread = history(&forum, &cast);
        dumps.push(export(forum.store()));
        let view = forum.read_thread(&cast.li, thread).unwrap();
        let authors: std::collections::BTreeMap<_, _> = view.authors.iter().collect();
        pages.push(format!(
            "{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}",
            (&view.thread, view.seen_before),
            view.posts,
            authors,
            forum.notifications(&cast.li).unwrap(),
            forum.community_overview(&cast.li).unwrap(),
            forum.threads(&cast.li, "care-workforce").unwrap(),
            forum.review_queue(&cast.moses).unwrap(),
        ));
    }

    let all: BTreeSet<String> = TREES.iter().map(|t| t.to_string()).collect();
    assert_eq!(trees_in(&dumps[0]), all, "the history touches every tree");
    for (engine, n) in [("in memory", 1), ("on PostgreSQL", 2)] {
        assert_eq!(pages[0], pages[n], "the forum {engine} reads as on sled");
        if dumps[0] != dumps[n] {
            let differ = dumps[0].lines().zip(dumps[n].lines()).find(|(a, b)| a != b);
            panic!("the export {engine} differs; first at {differ:?}");
        }
    }
}

/// The way from one machine to several and back: a sled export imports into
/// PostgreSQL, and PostgreSQL's into a new sled directory, byte for byte.
#[test]
fn a_sled_dump_imports_into_postgresql_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let (forum, cast) = testkit::demo_with_cast(dir.path()).unwrap();
    history(&forum, &cast);
    let dump = export(forum.store());

    let (_server, location) = postgres();
    let shared = Store::open_at(&location, Holding::Alone).unwrap();
    shared.import(dump.as_bytes()).unwrap();
    assert_eq!(export(&shared), dump);
    // A second import into it is refused: it holds a forum now.
    assert!(shared.import(dump.as_bytes()).is_err());

    let again = tempfile::tempdir().unwrap();
    let sled = Store::open(again.path()).unwrap();
    sled.import(export(&shared).as_bytes()).unwrap();
    assert_eq!(export(&sled), dump);
}

#[test]
fn a_sled_dump_imports_into_memory_and_back() {
    let dir = tempfile::tempdir().unwrap();
    let (forum, cast) = testkit::demo_with_cast(dir.path()).unwrap();
    history(&forum, &cast);
    let dump = export(forum.store());

    let memory = Store::in_memory().unwrap();
    memory.import(dump.as_bytes()).unwrap();
    assert_eq!(export(&memory), dump);

    let again = tempfile::tempdir().unwrap();
    let sled = Store::open(again.path()).unwrap();
    sled.import(export(&memory).as_bytes()).unwrap();
    assert_eq!(export(&sled), dump);
}

/// A forum as the history above left it, exported before ids and names become
/// types of their own (made on 2026-11-26 by `history` and `export` here): the
/// records every later change to the types must still read. It imports, exports
/// again byte for byte, and reads as a forum.
#[test]
fn an_export_made_before_the_typed_ids_imports_unchanged() {
    let dump = include_str!("../fixtures/export-before-typed-ids.jsonl");
    let store = Store::in_memory().unwrap();
    store.import(dump.as_bytes()).unwrap();
    assert_eq!(export(&store), dump);
    // Every tree but those added since (files), which it has nothing in.
    let newer = [
        "file_chunks",
        "uploads_by_account",
        "conversation_by_id",
        "messages_by_conversation",
        "conversations_by_party",
        "conversation_read",
        "unread_conversations",
        "blocks_by_member",
        "reactions_by_thread",
        "bookmarks_by_account",
    ];
    assert_eq!(
        trees_in(dump),
        TREES
            .iter()
            .filter(|t| !newer.contains(t))
            .map(|t| t.to_string())
            .collect()
    );
    let forum = testkit::forum_on(store, Editorial::default()).unwrap();
    let li = testkit::viewer(forum.account("li").unwrap().unwrap());
    let threads = forum.threads(&li, "care-workforce").unwrap();
    assert!(!threads.is_empty());
    let view = forum.read_thread(&li, threads[0].thread.id).unwrap();
    assert!(!view.posts.is_empty());
}
