//! The scripted session the wire figures are taken from: a forum with the demo
//! content on a fixed clock, served in this process, and one member who looks
//! around, writes a character, and watches a reply arrive.

use std::net::SocketAddr;
use std::time::Duration;

use russh::keys::PrivateKey;
use russh::keys::ssh_key::private::Ed25519Keypair;
use stoa::forum::{Forum, Viewer};
use stoa_core::testkit;

use super::probe::{Cost, Probe};
use stoa::domain::ThreadId;

/// A forum served on a loopback port until the returned guard is dropped.
pub struct Served {
    pub forum: Forum,
    pub addr: SocketAddr,
    pub member: PrivateKey,
    pub other: Viewer,
    _dir: tempfile::TempDir,
    _stop: tokio::sync::oneshot::Sender<()>,
}

pub async fn serve() -> Served {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let forum = testkit::forum(&dir.path().join("data")).expect("a forum");
    stoa::demo::load(&forum).expect("the demo content");
    testkit::sign_up(&forum, "probe", 7).expect("the probe's account");
    let other = testkit::viewer(testkit::sign_up(&forum, "writer", 8).expect("a second member"));
    let host_key =
        stoa::ssh::host_key(&dir.path().join(stoa::ssh::HOST_KEY_FILE)).expect("a host key");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a port");
    let addr = listener.local_addr().expect("its address");
    let settings = stoa::ssh::Settings {
        idle_timeout: Duration::from_secs(3600),
        limits: Default::default(),
    };
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let served = forum.clone();
    tokio::spawn(async move {
        let _ = stoa::ssh::serve(served, listener, host_key, settings, async {
            let _ = stopped.await;
        })
        .await;
    });
    Served {
        forum,
        addr,
        member: PrivateKey::from(Ed25519Keypair::from_seed(&[7; 32])),
        other,
        _dir: dir,
        _stop: stop,
    }
}

/// The first paint of home for a client whose `LANG` is `locale`, and the
/// same with zlib.
pub async fn first_paint_in(served: &Served, locale: &str) -> (Cost, Cost) {
    let mut plain = Probe::connect_in(served.addr, &served.member, false, Some(locale)).await;
    let plain = plain.first_paint().await;
    let mut zlib = Probe::connect_in(served.addr, &served.member, true, Some(locale)).await;
    (plain, zlib.first_paint().await)
}

/// The locales the first-paint figures are taken in, one per language.
pub const LOCALES: [&str; 6] = [
    "en_GB.UTF-8",
    "fr_FR.UTF-8",
    "es_ES.UTF-8",
    "ru_RU.UTF-8",
    "zh_CN.UTF-8",
    "ar_EG.UTF-8",
];

/// Each action of the script, with what it cost.
pub async fn run(served: &Served, compress: bool) -> Run {
    let mut probe = Probe::connect(served.addr, &served.member, compress).await;
    let mut costs = vec![("first paint of home", probe.first_paint().await)];
    let script: &[(&'static str, &[u8])] = &[
        ("a key that changes nothing", b"z"),
        ("move the selection one row", b"j"),
        // To the demo's "Primary health care", which has two threads.
        ("three rows further down", b"jjj"),
        ("open a community", b"\r"),
        ("move down its thread list", b"j"),
        ("open a thread", b"\r"),
        ("scroll a thread one post", b"j"),
        ("scroll a thread one page", b" "),
        ("open the composer", b"r"),
        ("type the first character", b"a"),
        ("type one more character", b"b"),
        ("leave the composer", b"\x1b"),
        ("discard the draft", b"x"),
        ("back to the thread list", b"q"),
    ];
    for (name, keys) in script {
        let cost = probe.act(keys).await;
        if std::env::var_os("WIRE_DEBUG").is_some() {
            eprintln!("== {name}: {cost:?}\n{}", probe.text());
        }
        costs.push((name, cost));
    }
    // Someone else replies in a thread on the list being read.
    let thread = selected_thread(&served.forum, &probe);
    served
        .forum
        .reply(
            &served.other,
            thread.opening_post(),
            "Agreed: the same happened in our district.",
        )
        .expect("a reply");
    costs.push(("a live reply arriving", probe.act(b"").await));
    // A burst: five replies at once, as at a busy live event. Each is durable
    // before the next, so on a slow disk the burst itself takes a while.
    let started = std::time::Instant::now();
    for n in 0..5 {
        served
            .forum
            .reply(
                &served.other,
                thread.opening_post(),
                &format!("Burst reply {n}."),
            )
            .expect("a reply");
    }
    let burst = started.elapsed();
    costs.push(("five replies arriving at once", probe.act(b"").await));
    Run { costs, burst }
}

/// What the script cost, and how long its burst of replies took to write.
pub struct Run {
    pub costs: Vec<(&'static str, Cost)>,
    pub burst: Duration,
}

impl Run {
    /// One step's cost (for `tests/ssh/wire.rs`; the example prints them all).
    #[allow(dead_code)]
    pub fn cost(&self, name: &str) -> Cost {
        self.costs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, c)| *c)
            .unwrap_or_else(|| panic!("no step '{name}'"))
    }
}

/// The thread selected on the probe's thread list, found by its title.
fn selected_thread(forum: &Forum, probe: &Probe) -> ThreadId {
    let text = probe.text();
    let selected = text
        .lines()
        .find(|l| l.trim_start().starts_with('>'))
        .unwrap_or_default()
        .trim_end_matches('…')
        .to_string();
    let viewer = Viewer::Guest { key: None };
    for community in forum.communities(&viewer).unwrap_or_default() {
        for t in forum.threads(&viewer, &community.slug).unwrap_or_default() {
            let start: String = t.thread.title.chars().take(20).collect();
            if selected.contains(&start) {
                return t.thread.id;
            }
        }
    }
    panic!("no thread on screen:\n{text}")
}
