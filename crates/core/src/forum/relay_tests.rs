//! Two front ends on one PostgreSQL database, in one process: what a member
//! does on one is on the other's bus and in its search index.

use std::time::{Duration, Instant};

use super::*;
use crate::store::{Holding, Location, Store};
use crate::testkit::postgres::TempPostgres;
use crate::testkit::{self, settle_search};

fn front_end(location: &Location) -> Forum {
    let store = Store::open_at(location, Holding::Shared).unwrap();
    let forum = testkit::forum_on(store, Editorial::default()).unwrap();
    assert!(
        forum.follow_other_front_ends().unwrap(),
        "a shared store is followed"
    );
    forum
}

/// The next change on `bus` that `wanted` accepts, within ten seconds.
fn heard(
    bus: &mut tokio::sync::broadcast::Receiver<Change>,
    wanted: impl Fn(&Change) -> bool,
) -> Change {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        match bus.try_recv() {
            Ok(change) if wanted(&change) => return change,
            Ok(_) => {}
            Err(_) => std::thread::sleep(Duration::from_millis(10)),
        }
    }
    panic!("the change never came")
}

#[test]
fn a_post_on_one_front_end_is_live_and_searchable_on_the_other() {
    let server = TempPostgres::start();
    let location = Location::Postgres {
        config: Box::new(server.database().parse().unwrap()),
        connections: 4,
    };
    let a = front_end(&location);
    let b = front_end(&location);
    let mut b_bus = b.subscribe();
    a.store()
        .put_community(&testkit::community("care"))
        .unwrap();
    let amara = testkit::viewer(testkit::sign_up(&a, "amara", 1).unwrap());
    // Signed up on A, known on B.
    assert!(b.account("amara").unwrap().is_some());
    let thread = a
        .start_thread(
            &amara,
            "care",
            NewThread {
                title: "Handover checklists".into(),
                body: "What goes on yours?".into(),
            },
        )
        .unwrap();
    let change = heard(&mut b_bus, |c| matches!(c, Change::Posted { .. }));
    assert_eq!(
        change,
        Change::Posted {
            community: "care".into(),
            thread: thread.id,
            post: thread.id.opening_post(),
        }
    );
    // B indexed it from the shared store.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        settle_search(&b);
        let found = b
            .search(
                &Viewer::Guest { key: None },
                "checklists",
                &search::SearchFilter::default(),
            )
            .unwrap();
        if !found.found.is_empty() {
            break;
        }
        assert!(Instant::now() < deadline, "B never indexed A's post");
        std::thread::sleep(Duration::from_millis(50));
    }
    // A does not hear its own changes twice.
    let mut a_bus = a.subscribe();
    b.reply(&amara, thread.id.opening_post(), "Names and times.")
        .unwrap();
    heard(
        &mut a_bus,
        |c| matches!(c, Change::Posted { post, .. } if *post != thread.id.opening_post()),
    );
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        std::iter::from_fn(|| a_bus.try_recv().ok()).all(|c| !matches!(c, Change::Posted { .. })),
        "a change is heard once"
    );
}

#[test]
fn an_offline_command_is_refused_while_a_server_holds_the_database() {
    let server = TempPostgres::start();
    let location = Location::Postgres {
        config: Box::new(server.database().parse().unwrap()),
        connections: 2,
    };
    let running = Store::open_at(&location, Holding::Shared).unwrap();
    let second = Store::open_at(&location, Holding::Shared).unwrap();
    let refused = Store::open_at(&location, Holding::Alone).err().unwrap();
    assert!(
        matches!(refused, crate::store::StoreError::InUse(_)),
        "{refused:?}"
    );
    assert!(
        refused
            .to_string()
            .contains("in use by a running Stoa server"),
        "{refused}"
    );
    drop((running, second));
    let alone = Store::open_at(&location, Holding::Alone).unwrap();
    let refused = Store::open_at(&location, Holding::Shared).err().unwrap();
    assert!(
        refused.to_string().contains("held by an offline command"),
        "{refused}"
    );
    drop(alone);
    Store::open_at(&location, Holding::Shared).unwrap();
}
