//! `library`, `news` and `feed`: formats, filters, and the Atom feed read back by
//! an XML parser the way a feed reader would.

use std::collections::HashMap;

use quick_xml::Reader;
use quick_xml::events::Event as Xml;

use super::run;
use crate::forum::{Forum, Viewer};

fn demo() -> (Forum, tempfile::TempDir, Viewer) {
    let (forum, dir) = crate::forum::testing::forum();
    crate::demo::load(&forum).unwrap();
    (forum, dir, Viewer::Guest { key: None })
}

#[test]
fn library_and_news_print_one_line_each_and_filter_like_the_screen() {
    let (forum, _dir, guest) = demo();
    let out = run(&forum, &guest, "library", b"");
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert_eq!(out.stdout.lines().count(), 7);
    assert!(
        out.stdout.contains(
            "\tpractice/leading\tmultiple\tafrican\tA national health extension programme\n"
        ),
        "{}",
        out.stdout
    );
    let governance = run(&forum, &guest, "library --strategy governance", b"").stdout;
    assert_eq!(governance.lines().count(), 1, "{governance}");
    assert!(governance.contains("\ttoolkit\tgovernance\tafrican\tCommunity scorecards"));
    let multiple = run(
        &forum,
        &guest,
        "library --strategy multiple --kind leading",
        b"",
    )
    .stdout;
    assert_eq!(multiple.lines().count(), 2, "{multiple}");
    let json: serde_json::Value =
        serde_json::from_str(&run(&forum, &guest, "library --json --kind promising", b"").stdout)
            .unwrap();
    assert_eq!(json[0]["level_history"][0]["level"], "promising");
    assert_eq!(json[0]["stream"], "multiple streams");
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
        first.ends_with(
            "\teastern-mediterranean\tNew members from the Eastern Mediterranean Region"
        ),
        "{news}"
    );
    assert_eq!(news.lines().count(), 3);
}

#[test]
fn the_feed_is_atom_that_an_xml_parser_reads_back() {
    let (forum, _dir, guest) = demo();
    let ada = crate::forum::testing::member(&forum, "ada", 1, crate::domain::Role::Admin);
    forum
        .write_news(
            &crate::testkit::viewer(ada),
            "Nurses & midwives <in 2027>",
            "Body with \"quotes\" & 'ampersands' in it.",
            None,
        )
        .unwrap();
    let out = run(&forum, &guest, "feed", b"");
    assert_eq!(out.status, 0, "{}", out.stderr);
    let mut reader = Reader::from_str(&out.stdout);
    reader.config_mut().trim_text(true);
    // Every element's text, by its path, and each entry's children.
    let mut path: Vec<String> = Vec::new();
    let mut feed: HashMap<String, String> = HashMap::new();
    let mut entries: Vec<HashMap<String, String>> = Vec::new();
    let mut root_namespace = None;
    loop {
        match reader.read_event().expect("well-formed XML") {
            Xml::Start(e) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                if path.is_empty() {
                    root_namespace = e
                        .try_get_attribute("xmlns")
                        .unwrap()
                        .map(|a| String::from_utf8(a.value.to_vec()).unwrap());
                }
                if name == "entry" {
                    entries.push(HashMap::new());
                }
                path.push(name);
            }
            Xml::Empty(e) => {
                let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
                if let (Some(entry), true) = (entries.last_mut(), path.len() == 2) {
                    entry.insert(name, String::new());
                }
            }
            Xml::Text(t) => {
                let text = t.unescape().expect("valid entities").into_owned();
                match (path.len(), entries.last_mut()) {
                    (2, _) => {
                        feed.insert(path[1].clone(), text);
                    }
                    (3, Some(entry)) if path[1] == "entry" => {
                        entry.insert(path[2].clone(), text);
                    }
                    _ => {}
                }
            }
            Xml::End(_) => {
                path.pop();
            }
            Xml::Eof => break,
            _ => {}
        }
    }
    assert_eq!(
        root_namespace.as_deref(),
        Some("http://www.w3.org/2005/Atom")
    );
    for required in ["id", "title", "updated"] {
        assert!(feed.contains_key(required), "the feed has no {required}");
    }
    // News, the library (7) and the boards (5 events, 4 jobs), newest first.
    assert_eq!(entries.len(), 4 + 7 + 5 + 4);
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
    assert!(
        entries
            .iter()
            .any(|e| e["title"]
                == "Library, practice: leading: A national health extension programme")
    );
    assert!(
        entries
            .iter()
            .any(|e| e["title"].starts_with("Jobs, training: Fellowship"))
    );
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
