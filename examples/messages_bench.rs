//! Private conversations at size: one member in 10,000 conversations (with 50
//! others, a third of them unread), one of them 1,000 messages long; then
//! times what the member's screens ask for: the list (the newest 500 and the
//! count), the header's unread count, opening the long conversation, search
//! over their own, and opening and drawing the Messages screen.
//! The target: the list opens in under 20 ms.
//! Prints figures; asserts nothing about speed.
//!
//!     cargo run --release --example messages_bench [-- CONVERSATIONS]

mod common;

use std::time::Instant;

use stoa::domain::{Conversation, ConversationId, Message, Username};
use stoa::forum::Viewer;
use stoa::store::Delivery;
use stoa_core::testkit;
use stoa_ui::tui::harness::Harness;

const ROUNDS: u32 = 20;
const OTHERS: usize = 50;

fn main() {
    let count: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().expect("temporary directory");
    let forum = testkit::forum(dir.path()).expect("forum");
    let me = testkit::viewer(testkit::sign_up(&forum, "amara", 1).expect("member"));
    let others: Vec<Viewer> = (0..OTHERS)
        .map(|i| {
            testkit::viewer(
                testkit::sign_up(&forum, &format!("member{i}"), (i + 2) as u8).expect("member"),
            )
        })
        .collect();
    let now = forum.now();
    let started = Instant::now();
    // Straight to the store: the rules limit how many a member starts an hour.
    for i in 0..count {
        let other = others[i % OTHERS]
            .account()
            .expect("member")
            .username
            .clone();
        let unread: Vec<String> = if i % 3 == 0 {
            vec!["amara".to_string()]
        } else {
            Vec::new()
        };
        forum
            .store()
            .insert_conversation(
                |id| {
                    (
                        Conversation {
                            id,
                            subject: format!("Conversation {i} about rosters"),
                            started_by: other.clone(),
                            started_at: now,
                            members: vec![other.clone(), Username::from("amara".to_string())],
                            committee: false,
                            last_activity: now,
                            messages: 1,
                            activity: 0,
                            report: false,
                        },
                        Message {
                            conversation: id,
                            number: 1,
                            author: other.clone(),
                            for_committee: false,
                            body: format!("Message {i}: how do your teams share the night shifts?"),
                            at: now,
                            reported: None,
                        },
                    )
                },
                &Delivery {
                    unread_for: &unread,
                    draft: None,
                },
            )
            .expect("conversation");
    }
    let long = ConversationId(1);
    for n in 0..1_000 {
        forum
            .write_message(&me, long, &format!("Reply {n}: {}", "words ".repeat(30)))
            .expect("message");
    }
    forum.store().durable().expect("flush");
    println!(
        "Loaded {count} conversations and a 1,000-message one in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    time("the conversation list (newest 500, and the count)", || {
        forum.conversations(&me).expect("list").items.len()
    });
    time("the header's unread count", || {
        forum.unread_conversations(&me).expect("count")
    });
    time("open the 1,000-message conversation (newest 200)", || {
        forum
            .conversation(&me, long, 200)
            .expect("view")
            .messages
            .len()
    });
    time("search own conversations ('shifts teams')", || {
        forum
            .search_conversations(&me, "shifts teams")
            .expect("search")
            .len()
    });
    let mut session = Harness::member(&forum, &me, 1);
    time("open and draw Messages (g d) at 80x24", || {
        session.keys("gd");
        let len = session.screen().len();
        session.keys("<esc>");
        len
    });
}

fn time(what: &str, work: impl FnMut() -> usize) {
    common::time(what, ROUNDS, work)
}
