//! The read-only web (`[http] listen`), read with real clients: curl fetches,
//! feed-rs reads the Atom feeds as a feed reader does, ical the calendar. Only
//! what a guest may read is there; a members-only community never appears;
//! every page is plain, script-free and under 10 KB.

use std::path::Path;
use std::process::Command;

use crate::common::Server;
use stoa::domain::{EventProposal, Post, Region, Visibility};
use stoa::forum::{NewThread, Verdict};
use stoa_core::testkit;

struct Prepared {
    open_thread: u64,
    closed_thread: u64,
    hidden_post: u64,
    long_thread: u64,
}

/// A forum with a public community `care` and a members-only one `closed`, a
/// thread in each, a hidden reply, a very long thread, a news item, a library
/// entry and an event.
fn prepared(data: &Path) -> Prepared {
    // Unpaced: the fixture writes a long thread as one member, faster than members may.
    let forum = testkit::forum(data).unwrap().unpaced();
    let store = forum.store();
    store.put_community(&testkit::community("care")).unwrap();
    let mut closed = testkit::community("closed");
    closed.name = "Closed circle".into();
    closed.visibility = Visibility::Members;
    store.put_community(&closed).unwrap();
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let start = |slug: &str, title: &str, body: &str| {
        let new = NewThread {
            language: None,
            title: title.into(),
            body: body.into(),
        };
        forum.start_thread(&li, slug, new).unwrap()
    };
    let open = start(
        "care",
        "Handover visits",
        "Families <script>alert(1)</script> repeat their story\u{1b}[2J each time.",
    );
    let hidden: Post = forum
        .reply(&li, open.id.opening_post(), "Something the committee hid.")
        .unwrap();
    forum.hide_post(&amara, hidden.id, "Off topic.").unwrap();
    forum
        .reply(&amara, open.id.opening_post(), "We **pair** the workers.")
        .unwrap();
    let secret = start("closed", "Members only talk", "Not for the web.");
    let long = start(
        "care",
        "A long thread",
        &"A long opening post. ".repeat(900),
    );
    for n in 0..60 {
        let body = format!("Reply {n}: {}", "words of a reply ".repeat(60));
        forum.reply(&li, long.id.opening_post(), &body).unwrap();
    }
    forum
        .write_news(
            &amara,
            "The library is open",
            "Propose your resources.",
            Some(Region::Global),
        )
        .unwrap();
    let s = forum
        .propose_resource(
            &li,
            None,
            testkit::resource_proposal("Care pathways", "care"),
            true,
        )
        .unwrap();
    forum
        .decide(&amara, s.id, s.version, Verdict::Approve, "Relevant.")
        .unwrap();
    // A member's blog post, published through review.
    let blog = stoa::domain::NewsProposal {
        kind: stoa::domain::NewsKind::Blog,
        title: "A year of home visits".into(),
        body: "What our clinic learned from a year of home visits.".into(),
        region: None,
    };
    let s = forum
        .propose(&li, None, stoa::domain::Item::News(blog), true)
        .unwrap();
    forum
        .decide(&amara, s.id, s.version, Verdict::Approve, "Welcome.")
        .unwrap();
    let event = EventProposal {
        starts: "2036-06-02 09:00".into(),
        ends: "2036-06-03 17:00".into(),
        ..testkit::event_proposal("Integrated care symposium")
    };
    let s = forum.propose_event(&li, None, event, true).unwrap();
    forum
        .decide(&amara, s.id, s.version, Verdict::Approve, "Relevant.")
        .unwrap();
    Prepared {
        open_thread: open.id.get(),
        closed_thread: secret.id.get(),
        hidden_post: hidden.id.get(),
        long_thread: long.id.get(),
    }
}

struct Got {
    status: u16,
    content_type: String,
    location: String,
    body: String,
}

/// One request with curl, headers and body apart.
fn get(url: &str, method: &str) -> Got {
    let out = Command::new("curl")
        .args(["-s", "-S", "-D", "-", "-X", method, "--max-time", "20", url])
        .output()
        .expect("curl must be installed (apt-get install curl)");
    assert!(out.status.success(), "curl {url}: {out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let header = |name: &str| {
        head.lines()
            .find_map(|l| {
                let (n, v) = l.split_once(':')?;
                n.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
            })
            .unwrap_or_default()
    };
    Got {
        status: head.split_whitespace().nth(1).unwrap().parse().unwrap(),
        content_type: header("content-type"),
        location: header("location"),
        body: body.to_string(),
    }
}

fn feed(url: &str) -> feed_rs::model::Feed {
    let got = get(url, "GET");
    assert_eq!(got.status, 200, "{url}");
    assert_eq!(got.content_type, "application/atom+xml; charset=utf-8");
    feed_rs::parser::parse(got.body.as_bytes()).unwrap_or_else(|e| panic!("{url}: {e}"))
}

/// A page: found, HTML, under 10 KB, with no script and no escape character.
fn page(url: &str) -> String {
    let got = get(url, "GET");
    assert_eq!(got.status, 200, "{url}: {}", got.body);
    assert_eq!(got.content_type, "text/html; charset=utf-8");
    assert!(got.body.len() < 10_000, "{url} is {} bytes", got.body.len());
    assert!(!got.body.contains("<script"), "{url}");
    assert!(!got.body.contains('\u{1b}'), "{url}");
    got.body
}

#[test]
fn feed_readers_and_browsers_read_what_guests_may_and_nothing_more() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let p = prepared(&data);
    let config = dir.path().join("stoa.toml");
    std::fs::write(&config, "[http]\nlisten = \"127.0.0.1:0\"\n").unwrap();
    let config = config.display().to_string();
    let server = Server::start(&data, &["--no-demo", "--config", &config]);
    let log = server.log.lock().unwrap().clone();
    let web = log
        .split("web pages and feeds on ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no web address in the log: {log}"));
    let base = format!("http://{web}");

    // The site's feed: news, library, events, each linking to its page.
    let site = feed(&format!("{base}/feed.atom"));
    let titles: Vec<String> = site
        .entries
        .iter()
        .map(|e| e.title.as_ref().unwrap().content.clone())
        .collect();
    for wanted in [
        "The library is open",
        "Care pathways",
        "Integrated care symposium",
    ] {
        assert!(
            titles.iter().any(|t| t.contains(wanted)),
            "{wanted} in {titles:?}"
        );
    }
    for entry in &site.entries {
        let alternate = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref() == Some("alternate"))
            .unwrap_or_else(|| panic!("no page for {:?}", entry.title));
        assert!(alternate.href.starts_with(&base), "{}", alternate.href);
        page(&alternate.href);
    }

    // A member's blog post names its author, in the feed and on its page.
    let blog = site
        .entries
        .iter()
        .find(|e| e.title.as_ref().unwrap().content == "A year of home visits")
        .expect("the blog post is in the feed");
    let authors: Vec<&str> = blog.authors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(authors, ["li"]);
    let body = page(&blog.links[0].href);
    assert!(body.contains("<dt>Blog post by</dt><dd>li</dd>"), "{body}");

    // A community's feed and page, and a thread's: the hidden reply and the
    // script are not there; members-only ones do not exist.
    let care = feed(&format!("{base}/c/care/feed.atom"));
    let threads: Vec<String> = care
        .entries
        .iter()
        .map(|e| e.title.as_ref().unwrap().content.clone())
        .collect();
    assert_eq!(threads, ["A long thread", "Handover visits"]);
    let thread = feed(&format!("{base}/t/{}/feed.atom", p.open_thread));
    assert_eq!(thread.entries.len(), 2, "the hidden reply is left out");
    let bodies: String = thread
        .entries
        .iter()
        .map(|e| e.content.as_ref().unwrap().body.clone().unwrap())
        .collect();
    assert!(bodies.contains("We **pair** the workers."), "{bodies}");
    assert!(!bodies.contains("committee hid"));
    let home = page(&format!("{base}/"));
    assert!(home.contains("href=\"/c/care\""), "{home}");
    // Every item of a kind, from the home page's headings.
    assert!(home.contains("href=\"/library\""), "{home}");
    assert!(page(&format!("{base}/library")).contains("Care pathways"));
    assert!(page(&format!("{base}/news")).contains("The library is open"));
    assert!(page(&format!("{base}/events")).contains("Integrated care symposium"));
    page(&format!("{base}/jobs"));
    let strategy = page(&format!("{base}/s/governance"));
    assert!(strategy.contains("Care pathways"), "{strategy}");
    assert!(home.contains("href=\"/s/multiple\""), "{home}");
    assert_eq!(get(&format!("{base}/s/nothing"), "GET").status, 404);
    let care_page = page(&format!("{base}/c/care"));
    assert!(care_page.contains("Handover visits"));
    let open = page(&format!("{base}/t/{}", p.open_thread));
    assert!(
        open.contains("Families &lt;script&gt;alert(1)&lt;/script&gt; repeat"),
        "{open}"
    );
    assert!(open.contains("<strong>pair</strong>"));
    assert!(open.contains("[hidden by the editorial committee]"));
    assert!(!open.contains("committee hid"));
    for url in [
        format!("{base}/c/closed"),
        format!("{base}/c/closed/feed.atom"),
        format!("{base}/t/{}", p.closed_thread),
        format!("{base}/t/{}/feed.atom", p.closed_thread),
        format!("{base}/p/{}", p.hidden_post),
        format!("{base}/nothing/here"),
    ] {
        let got = get(&url, "GET");
        assert_eq!(got.status, 404, "{url}");
        assert!(!got.body.contains("Members only talk"), "{url}");
    }
    for url in [format!("{base}/"), format!("{base}/feed.atom")] {
        let body = get(&url, "GET").body;
        assert!(!body.contains("Closed circle") && !body.contains("Members only"));
    }

    // A long thread is several pages, each under 10 KB, linked in order; a
    // post's address leads to the page it is on.
    let first = page(&format!("{base}/t/{}", p.long_thread));
    assert!(first.contains("(page 1 of "), "{first}");
    let count: usize = first
        .split("(page 1 of ")
        .nth(1)
        .and_then(|r| r.split(')').next())
        .unwrap()
        .parse()
        .unwrap();
    assert!(count > 3);
    for n in 2..=count {
        let text = page(&format!("{base}/t/{}?page={n}", p.long_thread));
        assert_eq!(text.contains("rel=\"next\""), n < count);
    }
    assert_eq!(
        get(
            &format!("{base}/t/{}?page={}", p.long_thread, count + 1),
            "GET"
        )
        .status,
        404
    );
    let last_post = p.long_thread + 60;
    let moved = get(&format!("{base}/p/{last_post}"), "GET");
    assert_eq!(moved.status, 303);
    assert_eq!(
        moved.location,
        format!("/t/{}?page={count}#p{last_post}", p.long_thread)
    );

    // The calendar, as a calendar program reads it.
    let got = get(&format!("{base}/events.ics"), "GET");
    assert_eq!(got.content_type, "text/calendar; charset=utf-8");
    let calendar = ical::IcalParser::new(got.body.as_bytes())
        .next()
        .unwrap()
        .unwrap();
    let summaries: Vec<String> = calendar
        .events
        .iter()
        .flat_map(|e| e.properties.iter())
        .filter(|p| p.name == "SUMMARY")
        .filter_map(|p| p.value.clone())
        .collect();
    assert_eq!(summaries, ["Integrated care symposium"]);

    // Nothing is written here.
    let posted = get(&format!("{base}/t/{}", p.open_thread), "POST");
    assert_eq!(posted.status, 405);
}
