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
    let server = TempPostgres::start().unwrap();
    let location = Location::Postgres {
        config: Box::new(server.database().unwrap().parse().unwrap()),
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
                language: None,
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
    let server = TempPostgres::start().unwrap();
    let location = Location::Postgres {
        config: Box::new(server.database().unwrap().parse().unwrap()),
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

/// The database restarts, and an offline command takes it before the server
/// has its lock back: the server writes nothing until the command is done.
#[test]
fn a_server_that_lost_its_lock_to_an_offline_command_writes_nothing_until_it_is_back() {
    let server = TempPostgres::start().unwrap();
    let url = server.database().unwrap();
    let location = Location::Postgres {
        config: Box::new(url.parse().unwrap()),
        connections: 2,
    };
    let running = Store::open_at(&location, Holding::Shared).unwrap();
    running.put_community(&testkit::community("care")).unwrap();
    // The server's lock connection breaks, and the offline command comes in
    // before the server takes the lock again (it looks every 5 s; tried
    // again if it was first).
    let mut admin = ::postgres::Client::connect(&url, ::postgres::NoTls).unwrap();
    let mut tries = 0;
    let offline = loop {
        admin
            .execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'stoa-lock'",
                &[],
            )
            .unwrap();
        std::thread::sleep(Duration::from_millis(100));
        match Store::open_at(&location, Holding::Alone) {
            Ok(store) => break store,
            Err(e) => {
                tries += 1;
                assert!(tries < 10, "the offline command never got in: {e}");
            }
        }
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        match running.put_community(&testkit::community("policy")) {
            Err(e) => {
                assert!(e.to_string().contains("held by an offline command"), "{e}");
                break;
            }
            Ok(()) => assert!(Instant::now() < deadline, "the server went on writing"),
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    drop(offline);
    let deadline = Instant::now() + Duration::from_secs(20);
    while running
        .put_community(&testkit::community("policy"))
        .is_err()
    {
        assert!(Instant::now() < deadline, "the server never wrote again");
        std::thread::sleep(Duration::from_millis(200));
    }
}
