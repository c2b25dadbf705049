//! `library`, `news` and `feed`: formats, filters, and the Atom feed read back by
//! an XML parser the way a feed reader would.

use std::collections::HashMap;

use proptest::prelude::*;
use quick_xml::Reader;
use quick_xml::events::Event as Xml;

use super::boards_tests::{event_with, hostile_event_fields};
use super::feed::{self, Item};
use super::run;
use stoa_core::domain::{
    Classification, Entry, EntryId, EventId, Job, JobId, JobKind, News, NewsId, ResourceKind,
};
use stoa_core::forum::{Forum, Site, Viewer, sanitize};
use stoa_core::testkit::hostile_text;

fn demo() -> (Forum, tempfile::TempDir, Viewer) {
    let (forum, dir) = stoa_core::forum::testing::forum();
    stoa_core::demo::load(&forum).unwrap();
    (forum, dir, Viewer::Guest { key: None })
}

#[test]
fn library_and_news_print_one_line_each_and_filter_like_the_screen() {
    let (forum, _dir, guest) = demo();
    let out = run(&forum, &guest, "library", b"");
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert_eq!(out.stdout.lines().count(), 13);
    // The demo's practices are the WISH report's case studies: not rated by
    // anyone, and labelled as the demo's.
    assert!(
        out.stdout.contains(
            "\tpractice/not-assessed\tmultiple\tafrican\t[demo] Community Health Extension Programme\n"
        ),
        "{}",
        out.stdout
    );
    let african = run(&forum, &guest, "library --region african", b"").stdout;
    assert_eq!(african.lines().count(), 3, "{african}");
    let governance = run(&forum, &guest, "library --strategy governance", b"").stdout;
    assert_eq!(governance.lines().count(), 7, "{governance}");
    assert!(governance.contains("\ttoolkit\tgovernance\tafrican\t[demo] Community scorecards"));
    let multiple = run(
        &forum,
        &guest,
        "library --strategy multiple --kind not-assessed",
        b"",
    )
    .stdout;
    assert_eq!(multiple.lines().count(), 8, "{multiple}");
    let json: serde_json::Value = serde_json::from_str(
        &run(&forum, &guest, "library --json --kind not-assessed", b"").stdout,
    )
    .unwrap();
    assert_eq!(json[0]["level_history"][0]["level"], "not-assessed");
    assert_eq!(json[0]["stream"], "multiple streams");
    assert_eq!(json[0]["demo"], true);
    let bad = run(&forum, &guest, "library --kind novel", b"");
    assert_eq!(bad.status, 2);
    assert!(
        bad.stderr.contains("unknown kind 'novel'"),
        "{}",
        bad.stderr
    );

    let news = run(&forum, &guest, "news", b"").stdout;
    let first = news.lines().next().unwrap();
    assert!(
        first.ends_with("\tglobal\t[demo] Welcome to the demo forum\tnews\teditorial committee"),
        "{news}"
    );
    assert_eq!(news.lines().count(), 3);
}

/// A member's blog post, once approved, says what it is and who wrote it in
/// every format, and the feed signs it with its author.
#[test]
fn a_members_blog_post_is_signed_in_news_and_the_feed() {
    let (forum, _dir, guest) = demo();
    let tester =
        stoa_core::testkit::viewer(stoa_core::testkit::sign_up(&forum, "tester", 7).unwrap());
    let chair = stoa_core::testkit::viewer(stoa_core::forum::testing::member(
        &forum,
        "chair",
        8,
        stoa_core::domain::Role::Moderator,
    ));
    let s = forum
        .propose(
            &tester,
            None,
            stoa_core::domain::Item::News(stoa_core::domain::NewsProposal {
                kind: stoa_core::domain::NewsKind::Blog,
                title: "A year of home visits".into(),
                body: "What our clinic learned from a year of home visits.".into(),
                region: None,
            }),
            true,
        )
        .unwrap();
    forum
        .decide(
            &chair,
            s.id,
            s.version,
            stoa_core::forum::Verdict::Approve,
            "Welcome.",
        )
        .unwrap();
    let news = run(&forum, &guest, "news", b"").stdout;
    assert!(
        news.lines()
            .next()
            .unwrap()
            .ends_with("\t-\tA year of home visits\tblog\ttester"),
        "{news}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&run(&forum, &guest, "news --json", b"").stdout).unwrap();
    assert_eq!(
        (&json[0]["kind"], &json[0]["by"], &json[0]["submission"]),
        (
            &serde_json::json!("blog"),
            &serde_json::json!("tester"),
            &serde_json::json!(s.id)
        )
    );
    assert_eq!(json[1]["kind"], "news");
    let Read { entries, .. } = read(&run(&forum, &guest, "feed", b"").stdout);
    let post = entries
        .iter()
        .find(|e| e["title"].contains("A year of home visits"))
        .unwrap();
    assert_eq!(post["author/name"], "tester", "{post:?}");

    // Rewritten by the committee, it says so in the feed and the JSON; the
    // committee's own blog post is signed too.
    let id = forum.news(1).unwrap()[0].id;
    let edit = stoa_core::forum::news::NewsEdit {
        title: "A year of home visits".into(),
        body: "What our clinic learned from a year of home visits in Kisumu.".into(),
        region: None,
    };
    forum
        .correct_news(&chair, id, edit, "Named the county.")
        .unwrap();
    forum
        .publish_news(
            &chair,
            &stoa_core::domain::NewsProposal {
                kind: stoa_core::domain::NewsKind::Blog,
                title: "Notes from the chair".into(),
                body: "What the committee learned this month.".into(),
                region: None,
            },
        )
        .unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&run(&forum, &guest, "news --json", b"").stdout).unwrap();
    assert_eq!(json[1]["corrections"][0]["reason"], "Named the county.");
    let Read { entries, .. } = read(&run(&forum, &guest, "feed", b"").stdout);
    let post = entries
        .iter()
        .find(|e| e["title"].contains("A year of home visits"))
        .unwrap();
    assert!(
        post["content"].starts_with("Corrected on ")
            && post["content"].contains("Named the county."),
        "{post:?}"
    );
    let chairs = entries
        .iter()
        .find(|e| e["title"].contains("Notes from the chair"))
        .unwrap();
    assert_eq!(chairs["author/name"], "chair", "{chairs:?}");
}

/// Competencies and audiences filter the library and the events as the screens
/// do, and `--for-me` lists what builds the competencies in one's profile.
#[test]
fn competencies_audiences_and_for_me_filter_the_library_and_the_events() {
    let (forum, _dir, guest) = demo();
    let communication = run(&forum, &guest, "library --competency communication", b"").stdout;
    assert_eq!(communication.lines().count(), 5, "{communication}");
    let json: serde_json::Value = serde_json::from_str(
        &run(&forum, &guest, "library --json --audience educators", b"").stdout,
    )
    .unwrap();
    let titles: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles.len(), 3, "{titles:?}");
    assert!(
        json[0]["audiences"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("educators"))
    );
    let bad = run(&forum, &guest, "events --audience everyone", b"");
    assert_eq!(bad.status, 2);
    assert!(
        bad.stderr.contains("unknown audience 'everyone'"),
        "{}",
        bad.stderr
    );
    let trainings = run(
        &forum,
        &guest,
        "events --competency people-centred-care",
        b"",
    )
    .stdout;
    assert_eq!(trainings.lines().count(), 1, "{trainings}");
    assert!(trainings.contains("\ttraining\t"), "{trainings}");
    let ics = run(&forum, &guest, "events.ics --audience staff", b"").stdout;
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3, "{ics}");

    // --for-me: a guest and a member with no competencies are told why.
    let refused = run(&forum, &guest, "library --for-me", b"");
    assert_eq!(refused.status, 2);
    assert!(
        refused.stderr.contains("sign up first"),
        "{}",
        refused.stderr
    );
    let li = stoa_core::testkit::sign_up(&forum, "li", 2).unwrap();
    let none = run(
        &forum,
        &stoa_core::testkit::viewer(li.clone()),
        "events --for-me",
        b"",
    );
    assert!(none.stderr.contains("yours lists none"), "{}", none.stderr);
    let mut edit = stoa_core::forum::ProfileEdit::of(&li);
    edit.competencies = vec![stoa_core::domain::Competency::Relationships];
    let li = stoa_core::testkit::viewer(forum.edit_profile(&li, edit).unwrap());
    let mine = run(&forum, &li, "library --for-me", b"").stdout;
    assert_eq!(mine.lines().count(), 4, "{mine}");
    let events = run(&forum, &li, "events --for-me", b"").stdout;
    assert_eq!(events.lines().count(), 1, "{events}");
    assert!(events.contains("Community health workers"), "{events}");
}

/// `strategy SLUG` lists what is classified under it, a section a line;
/// `coverage` is the committee's, every cell a line (0 a gap).
#[test]
fn strategy_pages_and_coverage_in_exec() {
    let (forum, _dir, guest) = demo();
    let page = run(&forum, &guest, "strategy governance", b"").stdout;
    assert!(
        page.contains("community\tgovernance-accountability\t-\tGovernance and accountability\n"),
        "{page}"
    );
    assert!(page.contains("resource\t"), "{page}");
    assert!(page.lines().all(|l| l.split('\t').count() == 4), "{page}");
    let json: serde_json::Value =
        serde_json::from_str(&run(&forum, &guest, "strategy multiple --json", b"").stdout).unwrap();
    assert_eq!(json["strategy"], "multiple");
    assert!(!json["practices"].as_array().unwrap().is_empty());
    // Its number, as plain mode lists them, names it too.
    assert_eq!(run(&forum, &guest, "strategy 2", b"").stdout, page);
    let bad = run(&forum, &guest, "strategy nursing", b"");
    assert_eq!(bad.status, 2);
    assert!(
        bad.stderr.contains("unknown strategy 'nursing'"),
        "{}",
        bad.stderr
    );
    let refused = run(&forum, &guest, "coverage", b"");
    assert_ne!(refused.status, 0);
    let moses = stoa_core::testkit::viewer(stoa_core::forum::testing::member(
        &forum,
        "moses",
        3,
        stoa_core::domain::Role::Moderator,
    ));
    let coverage = run(&forum, &moses, "coverage", b"").stdout;
    assert_eq!(coverage.lines().count(), 5 * 7 * 5);
    assert!(
        coverage.contains("governance\tafrican\tleading\t0\n"),
        "{coverage}"
    );
}

/// A corrected event carries its sequence in the calendar, so calendar
/// programs take the new version.
#[test]
fn a_corrected_event_has_a_higher_sequence_in_the_calendar() {
    let (forum, _dir, guest) = demo();
    let amara =
        stoa_core::testkit::viewer(stoa_core::testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = stoa_core::testkit::viewer(stoa_core::testkit::sign_up(&forum, "li", 2).unwrap());
    let p = stoa_core::domain::EventProposal {
        starts: "2036-06-02 09:00".into(),
        ends: "2036-06-02 17:00".into(),
        ..stoa_core::testkit::event_proposal("Rostering workshop")
    };
    let s = forum.propose_event(&li, None, p, true).unwrap();
    forum
        .decide(
            &amara,
            s.id,
            s.version,
            stoa_core::forum::Verdict::Approve,
            "Relevant.",
        )
        .unwrap();
    let before = run(&forum, &guest, "events.ics", b"").stdout;
    assert!(!before.contains("SEQUENCE:"), "{before}");
    let event = forum.event(&li, s.id.as_event()).unwrap().event;
    let mut p = stoa_core::forum::corrections::event_proposal_of(&event);
    p.city = "Lausanne".into();
    forum
        .correct_event(&li, event.id, p, "The venue moved.")
        .unwrap();
    let after = run(&forum, &guest, "events.ics", b"").stdout;
    assert!(after.contains("SEQUENCE:1"), "{after}");
    assert!(after.contains("LAST-MODIFIED:"), "{after}");
}

#[test]
fn the_feed_is_atom_that_an_xml_parser_reads_back() {
    let (forum, _dir, guest) = demo();
    let ada = stoa_core::forum::testing::member(&forum, "ada", 1, stoa_core::domain::Role::Admin);
    forum
        .write_news(
            &stoa_core::testkit::viewer(ada),
            "Nurses & midwives <in 2027>",
            "Body with \"quotes\" & 'ampersands' in it.",
            None,
        )
        .unwrap();
    let out = run(&forum, &guest, "feed", b"");
    assert_eq!(out.status, 0, "{}", out.stderr);
    let Read {
        namespace: root_namespace,
        feed,
        entries,
    } = read(&out.stdout);
    assert_eq!(
        root_namespace.as_deref(),
        Some("http://www.w3.org/2005/Atom")
    );
    for required in ["id", "title", "updated"] {
        assert!(feed.contains_key(required), "the feed has no {required}");
    }
    // News, the library (13) and the boards (5 events, 4 jobs), newest first.
    assert_eq!(entries.len(), 4 + 13 + 5 + 4);
    let mut ids = std::collections::HashSet::new();
    let mut last = None;
    for entry in &entries {
        for required in ["id", "title", "updated", "content"] {
            assert!(
                entry.contains_key(required),
                "an entry has no {required}: {entry:?}"
            );
        }
        assert!(ids.insert(entry["id"].clone()), "ids are unique");
        let updated: jiff::Timestamp = entry["updated"].parse().expect("RFC 3339");
        if let Some(previous) = last {
            assert!(updated <= previous, "newest first");
        }
        last = Some(updated);
    }
    // The demo's items say so in their titles; a member's do not.
    assert!(entries.iter().any(|e| e["title"]
        == "[Demo] Library, practice: not yet assessed: Community Health Extension Programme"));
    assert!(
        entries
            .iter()
            .any(|e| e["title"].starts_with("[Demo] Jobs, training: Fellowship"))
    );
    assert_eq!(
        entries
            .iter()
            .filter(|e| e["title"].starts_with("[Demo] "))
            .count(),
        3 + 13 + 5 + 4
    );
    assert!(out.stdout.contains("<category term=\"demo\""));
    assert!(entries.iter().all(|e| !e["content"].is_empty()));
    // What XML reserves comes back as it was written.
    let news = entries
        .iter()
        .find(|e| e["title"] == "Nurses & midwives <in 2027>")
        .expect("the news item");
    assert_eq!(
        news["content"],
        "Body with \"quotes\" & 'ampersands' in it."
    );
}

#[test]
fn a_character_xml_forbids_typed_into_an_event_never_reaches_the_feed() {
    use stoa_core::forum::Verdict;
    use stoa_core::forum::testing::member;
    let (forum, _dir, guest) = demo();
    let ada = stoa_core::testkit::viewer(member(&forum, "ada", 1, stoa_core::domain::Role::Admin));
    let amara =
        stoa_core::testkit::viewer(member(&forum, "amara", 2, stoa_core::domain::Role::Member));
    // In a one-line field it is refused where it was typed…
    let mut proposal = stoa_core::testkit::event_proposal("Primary care\u{FFFE} days");
    let refused = forum
        .propose_event(&amara, None, proposal.clone(), true)
        .unwrap_err();
    assert!(
        refused.to_string().contains("control characters"),
        "{refused}"
    );
    // …and in a description it is dropped, a line separator kept as a line.
    proposal.title = "Primary care days".into();
    proposal.description = "Two days\u{FFFF} on\u{FDD0} primary care.\u{2028}In Geneva.".into();
    let s = forum.propose_event(&amara, None, proposal, true).unwrap();
    forum
        .decide(&ada, s.id, s.version, Verdict::Approve, "Relevant.")
        .unwrap();
    let out = run(&forum, &guest, "feed", b"");
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(out.stdout.chars().all(xml_allows), "{}", out.stdout);
    let entries = read(&out.stdout).entries;
    let event = entries
        .iter()
        .find(|e| e["title"] == "Event, conference: Primary care days")
        .expect("the event");
    assert!(
        event["content"].ends_with("\n\nTwo days on primary care.\nIn Geneva."),
        "{}",
        event["content"]
    );
}

/// A feed as a feed reader sees it: the root's namespace, the text of each of the
/// feed's own elements and of each entry's, by their path below the feed or the
/// entry (`author/name`), and each empty element's main attribute (`link`'s
/// href, `category`'s term). Panics if the XML is not well-formed.
struct Read {
    namespace: Option<String>,
    feed: HashMap<String, String>,
    entries: Vec<HashMap<String, String>>,
}

fn read(xml: &str) -> Read {
    let mut reader = Reader::from_str(xml);
    let mut read = Read {
        namespace: None,
        feed: HashMap::new(),
        entries: Vec::new(),
    };
    // The open elements, each with its text so far and whether it has children.
    let mut path: Vec<(String, String, bool)> = Vec::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            Xml::Start(e) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                if path.is_empty() {
                    read.namespace = e
                        .try_get_attribute("xmlns")
                        .unwrap()
                        .map(|a| a.unescape_value().unwrap().into_owned());
                }
                if name == "entry" && path.len() == 1 {
                    read.entries.push(HashMap::new());
                }
                if let Some(parent) = path.last_mut() {
                    parent.2 = true;
                }
                path.push((name, String::new(), false));
            }
            Xml::Empty(e) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                let value = ["href", "term"]
                    .iter()
                    .find_map(|a| e.try_get_attribute(*a).unwrap())
                    .map(|a| a.unescape_value().expect("valid entities").into_owned())
                    .unwrap_or_default();
                if let (Some(entry), 2) = (read.entries.last_mut(), path.len()) {
                    entry.insert(name, value);
                }
            }
            Xml::Text(t) => {
                if let Some(open) = path.last_mut() {
                    open.1.push_str(&t.unescape().expect("valid entities"));
                }
            }
            Xml::End(_) => {
                let names: Vec<&str> = path.iter().map(|(n, _, _)| n.as_str()).collect();
                let key = |from: usize| names[from..].join("/");
                let (in_entry, key) = match names.as_slice() {
                    ["feed", "entry", _, ..] => (true, key(2)),
                    ["feed", _, ..] => (false, key(1)),
                    _ => (false, String::new()),
                };
                let (_, text, children) = path.pop().unwrap();
                if !children && !key.is_empty() {
                    match read.entries.last_mut() {
                        Some(entry) if in_entry => {
                            entry.insert(key, text);
                        }
                        _ => {
                            read.feed.insert(key, text);
                        }
                    }
                }
            }
            Xml::Eof => break,
            _ => {}
        }
    }
    read
}

/// What XML 1.0 allows (its `Char` production), less the noncharacters.
fn xml_allows(c: char) -> bool {
    let n = c as u32;
    let char_production =
        matches!(n, 0x9 | 0xA | 0xD | 0x20..=0xD7FF | 0xE000..=0xFFFD | 0x10000..=0x10FFFF);
    let noncharacter = (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE;
    char_production && !noncharacter
}

fn at(seconds: i64) -> jiff::Timestamp {
    jiff::Timestamp::from_second(1_790_000_000 + seconds).unwrap()
}

prop_compose! {
    /// One item of each kind, every field a member or the committee writes arbitrary.
    fn hostile_items()(
        t in prop::collection::vec(hostile_text(), 11),
        e in hostile_event_fields(),
    ) -> (Vec<Item>, Vec<Vec<String>>) {
        let news = News { language: None, translations: Vec::new(),
            kind: Default::default(),
            submission: None,
            corrections: Vec::new(),
            withdrawn: None,
            id: NewsId(1),
            title: t[0].clone(),
            body: t[1].clone(),
            region: None,
            by: "ada".into(),
            published_at: at(4),
        };
        let entry = Entry { language: None, translations: Vec::new(),
            id: EntryId(2),
            title: t[2].clone(),
            summary: t[3].clone(),
            shelf: stoa_core::domain::Shelf::Resource {
                kind: ResourceKind::ALL[0],
                authors: t[4].clone(),
                year: 2026,
                link: t[5].clone(),
                language: "en".into(),
                text: String::new(),
            },
            classification: Classification::default(),
            community: "c".into(),
            discussion: None,
            posted_by: "amara".into(),
            published_at: at(3),
            files: Vec::new(),
        };
        let job = Job {
            corrections: Vec::new(),
            strategies: Vec::new(),
            id: JobId(4),
            kind: JobKind::Job,
            title: t[6].clone(),
            organization: t[7].clone(),
            location: t[8].clone(),
            country: "Kenya".into(),
            region: None,
            remote: false,
            closes: jiff::civil::date(2027, 1, 1),
            competencies: Vec::new(),
            tags: Vec::new(),
            description: t[9].clone(),
            how_to_apply: t[10].clone(),
            posted_by: "amara".into(),
            published_at: at(1),
            closed_early: None,
            withdrawn: None,
        };
        // Each entry's user fields: those shown in the title, then in the content
        // (a link is checked on its own).
        let fields = vec![
            vec![t[0].clone(), t[1].clone()],
            vec![t[2].clone(), t[3].clone()],
            vec![
                e.title.clone(),
                e.city.clone(),
                e.country.clone(),
                e.organizer.clone(),
                e.description.clone(),
            ],
            t[6..=10].to_vec(),
        ];
        let mut event = event_with(EventId(3), e, "Europe/Zurich", false);
        event.published_at = at(2);
        let items = vec![
            feed::news_item("stoa", news),
            feed::library_item("stoa", entry),
            feed::event_item("stoa", event),
            feed::job_item("stoa", job),
        ];
        (items, fields)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever was typed into any field, the feed is well-formed XML holding only
    /// characters XML allows, and a feed reader reads back the sanitised text.
    #[test]
    fn the_feed_reads_back_as_sanitised_whatever_the_fields_hold(
        (items, fields) in hostile_items(),
        site in hostile_text(),
        tagline in hostile_text(),
    ) {
        let site_settings = Site {
            name: site.clone(),
            tagline: tagline.clone(),
            ..Site::default()
        };
        let head = feed::Head {
            site: &site_settings,
            path: "feed".into(),
            title: site.clone(),
            subtitle: tagline.clone(),
        };
        let xml = feed::write(&head, at(5), &items).unwrap();
        let bad: Vec<char> = xml.chars().filter(|&c| !xml_allows(c)).collect();
        prop_assert!(bad.is_empty(), "XML forbids {bad:?}");
        let read = read(&xml);
        prop_assert_eq!(read.namespace.as_deref(), Some("http://www.w3.org/2005/Atom"));
        prop_assert_eq!(&read.feed["title"], &sanitize::inline(&site).into_owned());
        prop_assert_eq!(&read.feed["subtitle"], &sanitize::inline(&tagline).into_owned());
        let author = sanitize::inline(&format!("{site} editorial committee")).into_owned();
        prop_assert_eq!(&read.feed["author/name"], &author);
        prop_assert_eq!(read.entries.len(), items.len());
        for ((entry, item), fields) in read.entries.iter().zip(&items).zip(&fields) {
            prop_assert_eq!(&entry["title"], &sanitize::inline(&item.title).into_owned());
            prop_assert_eq!(&entry["content"], &sanitize::multiline(&item.content).into_owned());
            let link = item.link.as_deref().map(|l| sanitize::inline(l).into_owned());
            prop_assert_eq!(entry.get("link"), link.as_ref());
            // Every field the member wrote is there, sanitised.
            let shown = format!("{}\n{}", entry["title"], entry["content"]);
            for field in fields {
                let line = sanitize::inline(field);
                let block = sanitize::multiline(field);
                prop_assert!(
                    shown.contains(line.as_ref()) || shown.contains(block.as_ref()),
                    "{field:?} is not in {shown:?}"
                );
            }
        }
    }
}

/// A thread's feed carries at most `CONTENT_MAX` characters of a post: fifty
/// of the longest posts stay a small response.
#[test]
fn a_threads_feed_cuts_long_posts() {
    let (forum, _dir, guest) = demo();
    let li = stoa_core::testkit::viewer(stoa_core::testkit::sign_up(&forum, "li", 2).unwrap());
    let body = "word ".repeat(3_999);
    let thread = forum
        .start_thread(
            &li,
            "primary-health-care",
            stoa_core::forum::NewThread {
                language: None,
                title: "A long one".into(),
                body: body.clone(),
            },
        )
        .unwrap();
    for _ in 0..5 {
        forum.reply(&li, thread.id.opening_post(), &body).unwrap();
    }
    let xml = feed::thread_feed(&forum, &guest, thread.id).unwrap();
    assert!(
        xml.len() < 6 * (feed::CONTENT_MAX + 1_000),
        "{} bytes",
        xml.len()
    );
    assert!(xml.contains(" […]"));
}

#[test]
fn library_json_carries_an_entrys_language_and_its_translations() {
    use stoa_core::domain::{Language, Role, Translated};
    use stoa_core::forum::Verdict;
    use stoa_core::forum::testing::member;
    use stoa_core::forum::translations::NewTranslation;
    let (forum, _dir, guest) = demo();
    let ada = stoa_core::testkit::viewer(member(&forum, "ada", 1, Role::Admin));
    let li = stoa_core::testkit::viewer(member(&forum, "li", 2, Role::Member));
    let id = forum.library(&Default::default()).unwrap()[0].id;
    let new = NewTranslation {
        of: Translated::Entry(id),
        language: Language::Es,
        title: "Título en español".into(),
        text: "Un resumen en español para quienes leen en español.".into(),
    };
    let s = forum.propose_translation(&li, None, new, true).unwrap();
    forum
        .decide(&ada, s.id, s.version, Verdict::Approve, "Bien.")
        .unwrap();
    let out = run(&forum, &guest, "library --json", b"");
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let entry = json
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == serde_json::json!(id))
        .unwrap();
    assert_eq!(entry["written_in"], "en");
    assert_eq!(entry["translations"][0]["language"], "es");
    assert_eq!(entry["translations"][0]["title"], "Título en español");
    assert_eq!(entry["translations"][0]["by"], "li");
}
