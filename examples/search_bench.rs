//! Search at size: writes 100,000 posts in 1,000 threads straight to the store,
//! builds the on-disk index from them (as `stoa reindex` does), then times
//! searches as a member makes them, permission checks and excerpts included,
//! and live indexing of single posts as they are written. Prints figures;
//! asserts nothing about speed.
//!
//!     cargo run --release --example search_bench [-- POSTS]

mod common;

use std::time::{Duration, Instant};

use jiff::Timestamp;
use stoa::domain::{Community, Post, PostId, Thread, ThreadId, Visibility};
use stoa::forum::search::SearchFilter;
use stoa::forum::{Clock, Editorial, Forum, NewThread, PasswordPolicy, Site};
use stoa::search::{Indexer, SearchIndex};
use stoa::store::{NewPost, Store};
use stoa_core::testkit;

const THREADS: u64 = 1_000;

/// Words of the field, so that queries match many posts, some, or a few.
const COMMON: &[&str] = &[
    "health",
    "care",
    "community",
    "district",
    "workers",
    "services",
    "primary",
    "team",
    "training",
    "patients",
    "clinic",
    "nurses",
    "data",
    "support",
    "budget",
    "supervision",
];
const RARE: &[&str] = &[
    "immunisation",
    "tuberculosis",
    "midwifery",
    "telemedicine",
    "scorecards",
    "antenatal",
    "malnutrition",
    "referrals",
    "dashboards",
    "vaccination",
    "hypertension",
    "pharmacy",
    "outreach",
    "governance",
    "accountability",
    "financing",
];

/// A small deterministic generator: the same corpus on every run.
struct Words(u64);

impl Words {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn sentence(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| {
                let r = self.next();
                if r.is_multiple_of(10) {
                    RARE[(r / 10) as usize % RARE.len()]
                } else {
                    COMMON[(r / 10) as usize % COMMON.len()]
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn main() {
    let posts: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("temporary directory");
    let store = Store::open(&dir.path().join("data")).expect("store");
    let now: Timestamp = testkit::NOW.parse().expect("now");
    let forum = Forum::new(
        store,
        Site::default(),
        Editorial::default(),
        PasswordPolicy::default(),
        Clock::Fixed(now),
    )
    .expect("forum")
    // Unpaced: the benchmark measures the write path, not the flood guard.
    .unpaced();
    forum
        .store()
        .put_community(&Community {
            strategies: Vec::new(),
            slug: "bench".into(),
            name: "Benchmark".into(),
            description: "Where the benchmark posts".into(),
            visibility: Visibility::Public,
            created_at: now,
        })
        .expect("community");
    let member = testkit::viewer(testkit::sign_up(&forum, "reader", 1).expect("member"));

    let started = Instant::now();
    let mut words = Words(0x9e37_79b9_7f4a_7c15);
    let mut threads = Vec::new();
    for i in 0..posts {
        let body = format!("{}.\n\n{}.", words.sentence(25), words.sentence(15));
        let author = format!("member{}", i % 500);
        let new = NewPost {
            author: author.clone(),
            draft_key: None,
        };
        if (i as usize) < THREADS as usize {
            let title = words.sentence(5);
            let (thread, _) = forum
                .store()
                .insert_thread(&new, |id| {
                    let thread = Thread {
                        language: None,
                        id,
                        community: "bench".into(),
                        title: title.clone(),
                        author: author.as_str().into(),
                        created_at: now,
                        last_activity: now,
                        last_post: id.opening_post(),
                        posts: 1,
                        pinned: false,
                        locked: false,
                        hidden: false,
                    };
                    (
                        thread,
                        post(id.opening_post(), id, None, &author, &body, now),
                    )
                })
                .expect("thread");
            threads.push(thread.id);
        } else {
            let thread = threads[(i % THREADS) as usize];
            forum
                .store()
                .insert_reply::<std::convert::Infallible>(thread, &new, |id, t| {
                    Ok(post(
                        id,
                        t.id,
                        Some(t.id.opening_post()),
                        &author,
                        &body,
                        now,
                    ))
                })
                .expect("reply");
        }
    }
    forum.store().durable().expect("flush");
    println!(
        "Wrote {posts} posts in {THREADS} threads in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let index_dir = dir.path().join("data/search");
    let index = SearchIndex::open(&index_dir).expect("index");
    forum
        .attach_search(Indexer::start(index).expect("indexer"))
        .expect("attach");
    let started = Instant::now();
    let items = forum.rebuild_search(true).expect("rebuild");
    let took = started.elapsed();
    println!(
        "Indexed {items} items in {:.1} s: {:.0} posts/s; index on disk {:.1} MiB",
        took.as_secs_f64(),
        posts as f64 / took.as_secs_f64(),
        common::dir_size(&index_dir) as f64 / 1_048_576.0
    );

    let queries = [
        "health",
        "community health workers",
        "supervision budget",
        "immunisation",
        "immun",
        "tuberculosis outreach",
        "referral",
        "dashboards data",
        "midwifery training",
        "accountability governance",
        "pharm",
        "vaccinations",
    ];
    let any = SearchFilter::default();
    let mut times = Vec::new();
    let mut found = 0;
    for _ in 0..10 {
        for q in queries {
            let t = Instant::now();
            found += forum.search(&member, q, &any).expect("search").found.len();
            times.push(t.elapsed());
        }
    }
    print_times(
        &format!(
            "Search as a member ({} queries, {} results shown on average)",
            queries.len(),
            found / times.len()
        ),
        &mut times,
    );
    let threads_only = SearchFilter {
        kind: Some(stoa::search::Kind::Post),
        community: Some("bench".into()),
        ..SearchFilter::default()
    };
    let mut times = Vec::new();
    for _ in 0..10 {
        for q in queries {
            let t = Instant::now();
            forum.search(&member, q, &threads_only).expect("search");
            times.push(t.elapsed());
        }
    }
    print_times(
        "  the same, filtered to one community's discussions",
        &mut times,
    );

    // Live: each new post is indexed as it is written; time until searchable.
    let mut times = Vec::new();
    for i in 0..200 {
        let t = Instant::now();
        let thread = forum
            .start_thread(
                &member,
                "bench",
                NewThread {
                    language: None,
                    title: format!("Live thread {i}"),
                    body: format!("zanzibar{i} {}", words.sentence(20)),
                },
            )
            .expect("post");
        if let Some(index) = forum.search_index() {
            index.settle();
        }
        times.push(t.elapsed());
        assert_eq!(
            forum
                .search(&member, &format!("zanzibar{i}"), &any)
                .expect("search")
                .found[0]
                .target,
            stoa::domain::Target::Post {
                thread: thread.id,
                post: thread.id.opening_post()
            }
        );
    }
    print_times(
        "A new thread, durable and then searchable (one writer)",
        &mut times,
    );
}

fn post(
    id: PostId,
    thread: ThreadId,
    parent: Option<PostId>,
    author: &str,
    body: &str,
    at: Timestamp,
) -> Post {
    Post {
        language: None,
        id,
        thread,
        parent,
        author: author.into(),
        body: body.to_string(),
        created_at: at,
        history: Vec::new(),
        deleted: None,
        mentions: Vec::new(),
        hidden: None,
        committee_note: None,
        versions_let_go: 0,
    }
}

fn print_times(label: &str, times: &mut [Duration]) {
    times.sort();
    let pick = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    println!(
        "{label}: median {:.2} ms, p95 {:.2} ms, worst {:.2} ms ({} runs)",
        pick(0.5).as_secs_f64() * 1e3,
        pick(0.95).as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3,
        times.len()
    );
}
