//! Discussions at size: signs up 10,000 members and loads 100,000 posts in 1,000
//! threads through the forum's own rules (every post durable before it counts,
//! 50 writers at once), then times starting the forum again, drawing home,
//! opening and drawing a 1,000-post thread, a post edited 1,000 times, and a
//! backup and restore of it all. Prints figures; asserts nothing about speed.
//!
//!     cargo run --release --example discussions_bench [-- POSTS WRITERS MEMBERS]

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
mod common;

use std::time::{Duration, Instant};

use stoa::domain::{Community, PostId, Visibility};
use stoa::forum::{NewThread, Viewer};
use stoa_core::testkit;
use stoa_ui::tui::harness::Harness;

const THREADS: u64 = 1_000;
const BIG: u64 = 1_000;

fn main() {
    let mut args = std::env::args().skip(1);
    let posts: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let writers: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(50);
    let everyone: u32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let dir = tempfile::tempdir().expect("temporary directory");
    // Unpaced: the benchmark measures the write path, not the flood guard.
    let forum = testkit::forum(dir.path()).expect("forum").unpaced();
    forum
        .store()
        .put_community(&Community {
            strategies: Vec::new(),
            slug: "bench".into(),
            name: "Benchmark".into(),
            description: "Where the benchmark posts".into(),
            visibility: Visibility::Public,
            created_at: forum.now(),
        })
        .expect("community");
    let started = Instant::now();
    let mut members: Vec<Viewer> = Vec::new();
    for i in 0..everyone.max(writers as u32).max(2) {
        let mut seed = [9u8; 32];
        seed[..4].copy_from_slice(&i.to_be_bytes());
        let key = russh::keys::ssh_key::private::Ed25519Keypair::from_seed(&seed).public;
        let mut form = testkit::sign_up_form(&format!("member{i}"));
        form.display_name = format!("Member {i}");
        let account = forum
            .sign_up(&stoa::forum::PublicKey::ed25519(key), form)
            .expect("member");
        if (i as u64) < writers.max(2) {
            members.push(testkit::viewer(account));
        }
    }
    println!(
        "Signed up {} members in {:.1} s",
        everyone.max(2),
        started.elapsed().as_secs_f64()
    );
    println!("Loading {posts} posts in {THREADS} threads with {writers} concurrent writers…");

    // Thread starters first, one writer, so that every thread exists.
    let started = Instant::now();
    let mut threads = Vec::new();
    for t in 0..THREADS {
        let thread = forum
            .start_thread(
                &members[(t % members.len() as u64) as usize],
                "bench",
                NewThread {
                    language: None,
                    title: format!("Thread {t}: what we learned this quarter"),
                    body: body(t),
                },
            )
            .expect("thread");
        threads.push(thread.id);
    }
    let single = started.elapsed();
    println!(
        "  one writer:  {THREADS} threads in {:.2} s = {:.0} posts/s (durable)",
        single.as_secs_f64(),
        THREADS as f64 / single.as_secs_f64()
    );

    // The big thread (the last one) takes BIG posts; the rest share what is left.
    let big = *threads.last().expect("threads");
    let replies = posts.saturating_sub(THREADS);
    let next = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    std::thread::scope(|scope| {
        for w in 0..writers {
            let (forum, next, threads) = (forum.clone(), next.clone(), &threads);
            let who = members[w as usize % members.len()].clone();
            scope.spawn(move || {
                let mut parents: Vec<PostId> = Vec::new();
                loop {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    if n >= replies {
                        break;
                    }
                    // The big thread takes the last replies, so it is the most
                    // recently active: first in the list, as a member finds it.
                    let thread = if n >= replies.saturating_sub(BIG - 1) {
                        big
                    } else {
                        threads[(n % (THREADS - 1)) as usize]
                    };
                    // Answer the thread, or (one time in three) this writer's own
                    // last post in the big thread, so the tree has depth.
                    let parent = match parents.last() {
                        Some(&p) if thread == big && n % 3 == 0 => p,
                        _ => thread.opening_post(),
                    };
                    let post = forum.reply(&who, parent, &body(n)).expect("reply");
                    if thread == big {
                        parents.push(post.id);
                    }
                }
            });
        }
    });
    let many = started.elapsed();
    println!(
        "  {writers} writers: {replies} replies in {:.2} s = {:.0} posts/s (durable, group commit)",
        many.as_secs_f64(),
        replies as f64 / many.as_secs_f64()
    );
    let on_disk = common::dir_size(dir.path());
    println!(
        "  database on disk: {:.1} MiB ({:.0} bytes per post)",
        on_disk as f64 / 1_048_576.0,
        on_disk as f64 / posts as f64
    );

    edited_without_end(&forum, &members[0], threads[0]);

    // Starting again on this database, as after a restart.
    drop(forum);
    let started = Instant::now();
    let forum = testkit::forum(dir.path()).expect("forum");
    println!(
        "Start-up on it: {:.0} ms to open the store and the forum",
        started.elapsed().as_secs_f64() * 1e3
    );
    let mut times = Vec::new();
    for _ in 0..10 {
        let t = Instant::now();
        let mut h = Harness::new(forum.clone(), members[0].clone(), None, 80, 24);
        h.screen();
        times.push(t.elapsed());
    }
    print_times("  open and draw home (a member's first screen)", &mut times);

    let reader = &members[0];
    let view = forum.read_thread(reader, big).expect("read");
    println!("Opening the big thread ({} posts):", view.posts.len());
    report("  read and order as a tree", 20, || {
        forum.read_thread(reader, big).expect("read");
    });
    report("  list the community's 1,000 threads", 20, || {
        forum.threads(reader, "bench").expect("threads");
    });
    report("  communities overview (counts, unread)", 20, || {
        forum.community_overview(reader).expect("overview");
    });

    // The screen: home → the community → the big thread (the latest activity, so
    // first in the list), at 80×24, as a member would.
    let mut times = Vec::new();
    for _ in 0..10 {
        let mut h = Harness::new(forum.clone(), reader.clone(), None, 80, 24);
        h.keys("<enter>");
        h.screen();
        let t = Instant::now();
        h.keys("<enter>");
        h.screen();
        times.push(t.elapsed());
    }
    print_times("  open and draw the thread screen", &mut times);
    let mut h = Harness::new(forum.clone(), reader.clone(), None, 80, 24);
    h.keys("<enter><enter>");
    h.screen();
    let mut times = Vec::new();
    for _ in 0..50 {
        let t = Instant::now();
        h.keys("<pgdn>");
        h.screen();
        times.push(t.elapsed());
    }
    print_times("  scroll a page and redraw", &mut times);
    let mut times = Vec::new();
    for _ in 0..50 {
        let t = Instant::now();
        h.keys("j");
        h.screen();
        times.push(t.elapsed());
    }
    print_times("  move one post and redraw", &mut times);

    // A backup of the whole forum, as `admin export` takes it (writers wait).
    let started = Instant::now();
    let mut dump = Vec::new();
    let summary = forum.store().export(&mut dump).expect("export");
    let export = started.elapsed();
    println!(
        "Backup: {} entries, {:.1} MiB, exported in {:.2} s (writers wait this long)",
        summary.entries,
        dump.len() as f64 / 1_048_576.0,
        export.as_secs_f64()
    );
    let restored = tempfile::tempdir().expect("temporary directory");
    let store = stoa::store::Store::open(restored.path()).expect("store");
    let started = Instant::now();
    store.import(&dump[..]).expect("import");
    println!("  imported in {:.2} s", started.elapsed().as_secs_f64());
}

/// One post of 20,000 characters edited 1,000 times by its author: what is
/// stored for it, and what a reader of its thread holds, stay bounded
/// (`REVISIONS_KEPT`), and an edit costs the same at the last as at the first.
fn edited_without_end(forum: &stoa::forum::Forum, author: &Viewer, thread: stoa::domain::ThreadId) {
    const EDITS: usize = 1_000;
    const SIZE: usize = 20_000;
    let id = thread.opening_post();
    let version = |n: usize| {
        let mut text = format!("Version {n}. ");
        while text.len() < SIZE {
            text.push_str("Supervision every two weeks, and a shared checklist. ");
        }
        text.truncate(SIZE - 1);
        text.push('.');
        text
    };
    let mut times = Vec::new();
    let mut first_hundred = Duration::ZERO;
    for n in 1..=EDITS {
        let t = Instant::now();
        forum
            .edit_post(author, id, None, &version(n))
            .expect("edit");
        let took = t.elapsed();
        if n <= 100 {
            first_hundred += took;
        }
        times.push(took);
    }
    let last_hundred: Duration = times[EDITS - 100..].iter().sum();
    let post = forum.store().post(id).expect("post").expect("stored");
    let stored = serde_json::to_vec(&post).expect("json").len();
    let view = forum.read_thread(author, thread).expect("read");
    let held: usize = view
        .posts
        .iter()
        .filter(|p| p.post.id == id)
        .map(|p| p.post.body.len() + p.post.history.iter().map(|r| r.body.len()).sum::<usize>())
        .sum();
    println!(
        "A post of {SIZE} characters edited {EDITS} times: {} versions kept, its record {:.0} KiB (all versions would be {:.1} MiB); a thread reader holds {:.0} KiB of it",
        post.history.len(),
        stored as f64 / 1024.0,
        ((EDITS + 1) * SIZE) as f64 / 1_048_576.0,
        held as f64 / 1024.0
    );
    println!(
        "  first 100 edits {:.0} ms, last 100 {:.0} ms",
        first_hundred.as_secs_f64() * 1e3,
        last_hundred.as_secs_f64() * 1e3
    );
    print_times("  one edit, durable", &mut times);
}

fn body(n: u64) -> String {
    format!(
        "Post {n}. In our district we trained *twelve* community health workers this quarter.\n\n- supervision every two weeks\n- a shared checklist\n\nWhat would you change? See [the guide](https://example.org/{n})."
    )
}

fn report(label: &str, runs: usize, mut work: impl FnMut()) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            work();
            t.elapsed()
        })
        .collect();
    print_times(label, &mut times);
}

fn print_times(label: &str, times: &mut [Duration]) {
    times.sort();
    let median = times[times.len() / 2];
    let worst = times[times.len() - 1];
    println!(
        "{label}: median {:.2} ms, worst {:.2} ms ({} runs)",
        median.as_secs_f64() * 1e3,
        worst.as_secs_f64() * 1e3,
        times.len()
    );
}
