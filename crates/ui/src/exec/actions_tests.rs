//! `join`, `leave`, `watch`, `unwatch`, `edit`, `delete`, `flag`, `bookmark`,
//! `bookmarks`, `react`, `latest` and `unread` from a script.

use super::run;
use stoa_core::domain::{EntryId, EventId, NewsId, Role};
use stoa_core::forum::Viewer;
use stoa_core::forum::testing::{forum, member};
use stoa_core::testkit::viewer;

fn setup() -> (stoa_core::forum::Forum, tempfile::TempDir, Viewer, Viewer) {
    let (forum, dir) = forum();
    forum
        .store()
        .put_community(&stoa_core::testkit::community("care"))
        .unwrap();
    let amara = viewer(member(&forum, "amara", 1, Role::Member));
    let li = viewer(member(&forum, "li", 2, Role::Member));
    (forum, dir, amara, li)
}

#[test]
fn a_member_joins_follows_latest_and_unread_and_leaves() {
    let (forum, _dir, amara, li) = setup();
    let none = run(&forum, &li, "latest", b"");
    assert!(
        none.stdout.starts_with("# You joined no community yet"),
        "{}",
        none.stdout
    );
    assert_eq!(
        run(&forum, &li, "join care", b"").stdout,
        "Joined Community care.\n"
    );
    let posted = run(
        &forum,
        &amara,
        "post care Night rosters",
        b"How do you staff nights?",
    );
    assert_eq!(posted.status, 0, "{}", posted.stderr);
    let unread = run(&forum, &li, "unread", b"");
    let row: Vec<&str> = unread.stdout.lines().last().unwrap().split('\t').collect();
    assert_eq!(row[0], "1");
    assert_eq!(row[2], "1", "one new post");
    assert_eq!(row[3], "Community care");
    assert_eq!(row[4], "Night rosters");
    run(&forum, &li, "read 1", b"");
    let unread = run(&forum, &li, "unread --json", b"");
    let parsed: serde_json::Value = serde_json::from_str(&unread.stdout).unwrap();
    assert_eq!(parsed["threads"], serde_json::json!([]));
    let latest: serde_json::Value =
        serde_json::from_str(&run(&forum, &li, "latest --json", b"").stdout).unwrap();
    assert_eq!(latest["threads"][0]["title"], "Night rosters");
    assert_eq!(
        run(&forum, &li, "leave care", b"").stdout,
        "Left Community care.\n"
    );
    assert!(
        run(&forum, &li, "latest", b"")
            .stdout
            .starts_with("# You joined no community")
    );
    let wrong = run(&forum, &li, "join nowhere", b"");
    assert_eq!(wrong.status, 2);
}

#[test]
fn watch_edit_delete_flag_react_and_bookmark_from_a_script() {
    let (forum, _dir, amara, li) = setup();
    run(
        &forum,
        &amara,
        "post care Night rosters",
        b"How do you staff nights?",
    );
    assert_eq!(run(&forum, &li, "reply 1", b"Two nurses.").stdout, "2\n");
    let watch = run(&forum, &amara, "unwatch 1", b"");
    assert_eq!(watch.stdout, "No longer watching thread 1.\n");
    assert!(
        run(&forum, &amara, "watch 1", b"")
            .stdout
            .starts_with("Watching thread 1")
    );
    // Edit: the text on stdin; the old one is kept.
    assert!(super::reads_stdin("edit 2"));
    let edited = run(&forum, &li, "edit 2 --json", b"Two nurses and a driver.");
    let parsed: serde_json::Value = serde_json::from_str(&edited.stdout).unwrap();
    assert_eq!(parsed["revisions"], 1);
    let refused = run(&forum, &amara, "edit 2", b"Mine now.");
    assert_eq!(refused.status, 2, "{}", refused.stdout);
    // React: counted, told, taken back.
    let thanks = run(&forum, &amara, "react 2 thanks", b"");
    assert_eq!(thanks.stdout, "thanks given to post 2 (1 in all).\n");
    let again = run(&forum, &amara, "react #2 THANKS --json", b"");
    let parsed: serde_json::Value = serde_json::from_str(&again.stdout).unwrap();
    assert_eq!(parsed["given"], false);
    let bad = run(&forum, &amara, "react 2 like", b"");
    assert_eq!(bad.status, 2);
    assert!(
        bad.stderr.contains("thanks, +1 or insightful"),
        "{}",
        bad.stderr
    );
    assert_eq!(
        run(&forum, &li, "react 2 +1", b"").status,
        2,
        "not one's own"
    );
    // Bookmarks, with a reminder day.
    let kept = run(&forum, &amara, "bookmark 2 --remind 2026-12-01", b"");
    assert_eq!(
        kept.stdout,
        "Post 2 bookmarked; you will be reminded on 2026-12-01.\n"
    );
    let listed = run(&forum, &amara, "bookmarks", b"");
    assert_eq!(listed.stdout, "2\t1\t2026-12-01\tNight rosters\t(by li)\n");
    let bad_day = run(&forum, &amara, "bookmark 2 --remind soon", b"");
    assert!(
        bad_day.stderr.contains("remind: 'soon' is not a day"),
        "{}",
        bad_day.stderr
    );
    let past = run(&forum, &amara, "bookmark 2 --remind 2020-01-01", b"");
    assert!(
        past.stderr.contains("2020-01-01 has passed"),
        "{}",
        past.stderr
    );
    assert!(
        run(&forum, &amara, "bookmark 2 --remove", b"")
            .stdout
            .contains("taken away")
    );
    // Flag, then delete.
    let flagged = run(&forum, &amara, "flag 2 other it names a patient", b"");
    assert_eq!(flagged.status, 0, "{}", flagged.stderr);
    let no_reason = run(&forum, &amara, "flag 2 because", b"");
    assert_eq!(no_reason.status, 2);
    assert_eq!(run(&forum, &amara, "delete 2", b"").status, 2, "not hers");
    assert_eq!(
        run(&forum, &li, "delete 2", b"").stdout,
        "Post 2 deleted; replies to it stay.\n"
    );
    let guest = run(&forum, &Viewer::Guest { key: None }, "react 1 thanks", b"");
    assert_eq!(guest.status, 2);
}

#[test]
fn threads_sort_by_activity_newest_or_replies() {
    let (forum, _dir, amara, li) = setup();
    run(&forum, &amara, "post care Busy", b"Opening");
    run(&forum, &amara, "post care Quiet", b"Opening");
    run(&forum, &li, "reply 1", b"One");
    run(&forum, &li, "reply 1", b"Two");
    let titles = |line: &str| -> Vec<String> {
        let out = run(&forum, &li, line, b"");
        assert_eq!(out.status, 0, "{}", out.stderr);
        out.stdout
            .lines()
            .map(|l| {
                l.split("  ")
                    .filter(|w| !w.is_empty())
                    .nth(3)
                    .unwrap_or_default()
                    .trim()
                    .to_string()
            })
            .collect()
    };
    assert!(titles("threads care --sort newest")[0].ends_with("Quiet"));
    assert!(titles("threads care --sort replies")[0].ends_with("Busy"));
    assert!(titles("threads care")[0].ends_with("Busy"));
    let bad = run(&forum, &li, "threads care --sort oldest", b"");
    assert_eq!(bad.status, 2);
    assert!(
        bad.stderr.contains("activity, newest or replies"),
        "{}",
        bad.stderr
    );
}

#[test]
fn a_posts_language_is_detected_chosen_and_corrected_by_its_author_only() {
    let (forum, _dir, amara, li) = setup();
    let french = "Les agents de santé communautaires ont besoin d'une formation \
                  continue et d'une supervision régulière dans les villages.";
    let posted = run(
        &forum,
        &amara,
        "post --json care Formation",
        french.as_bytes(),
    );
    assert_eq!(posted.status, 0, "{}", posted.stderr);
    let json: serde_json::Value = serde_json::from_str(&posted.stdout).unwrap();
    assert_eq!(json["language"], "fr", "detected");
    let chosen = run(
        &forum,
        &amara,
        "reply --json --language es 1",
        french.as_bytes(),
    );
    let json: serde_json::Value = serde_json::from_str(&chosen.stdout).unwrap();
    assert_eq!(json["language"], "es", "chosen");
    // Someone else may not correct it; its author may.
    let refused = run(&forum, &li, "language 1 en", b"");
    assert_eq!(refused.status, 2);
    assert!(
        refused.stderr.contains("only its author"),
        "{}",
        refused.stderr
    );
    let done = run(&forum, &amara, "language 1 en", b"");
    assert_eq!(done.stdout, "Post 1 is written in English.\n");
    let bad = run(&forum, &amara, "language 1 de", b"");
    assert_eq!(bad.status, 2);
    assert!(
        bad.stderr.contains("not one of en, fr, es, ru, zh, ar"),
        "{}",
        bad.stderr
    );
    // read --json carries each post's language and the thread's.
    let read = run(&forum, &li, "read --json 1", b"");
    let json: serde_json::Value = serde_json::from_str(&read.stdout).unwrap();
    assert_eq!(json["language"], "en");
    assert_eq!(json["posts"][0]["language"], "en");
    assert_eq!(json["posts"][1]["language"], "es");
}

#[test]
fn an_events_an_entrys_and_a_news_items_language_is_corrected_by_the_committee_only() {
    let dir = tempfile::tempdir().unwrap();
    let (forum, cast) = stoa_core::testkit::demo_with_cast(dir.path()).unwrap();
    let first = |command: &str| -> u64 {
        let out = run(&forum, &cast.li, command, b"");
        let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        json[0]["id"].as_u64().unwrap()
    };
    let event = first("events --json");
    let entry = first("library --json");
    let news = first("news --json");
    for (flag, id, said) in [
        (
            "--event",
            event,
            format!("Event {event} is written in Español.\n"),
        ),
        (
            "--entry",
            entry,
            format!("Library entry {entry} is written in Español.\n"),
        ),
        (
            "--news",
            news,
            format!("News item {news} is written in Español.\n"),
        ),
    ] {
        // Neither its author nor the committee: refused, and nothing changes.
        let refused = run(&forum, &cast.li, &format!("language {flag} {id} es"), b"");
        assert_eq!(refused.status, 2, "{flag}");
        assert!(
            refused.stderr.contains("only its author"),
            "{}",
            refused.stderr
        );
        let done = run(
            &forum,
            &cast.moses,
            &format!("language {flag} {id} es"),
            b"",
        );
        assert_eq!(done.stdout, said, "{}", done.stderr);
        let json = run(
            &forum,
            &cast.moses,
            &format!("language --json {flag} {id} fr"),
            b"",
        );
        let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
        assert_eq!(json["kind"], flag.trim_start_matches("--"));
        assert_eq!(json["id"], id);
        assert_eq!(json["language"], "fr");
    }
    // The lists say so, as the screens do.
    let events = run(&forum, &cast.li, "events --json", b"");
    let events: serde_json::Value = serde_json::from_str(&events.stdout).unwrap();
    assert_eq!(events[0]["id"], event);
    assert_eq!(events[0]["written_in"], "fr");
    let store = forum.store();
    let language = Some(stoa_core::domain::Language::Fr);
    assert_eq!(
        store.event(EventId(event)).unwrap().unwrap().language,
        language
    );
    assert_eq!(
        store.entry(EntryId(entry)).unwrap().unwrap().language,
        language
    );
    assert_eq!(
        store.news_item(NewsId(news)).unwrap().unwrap().language,
        language
    );
    // One of them at a time.
    let both = run(&forum, &cast.moses, "language --event --news 1 fr", b"");
    assert_eq!(both.status, 2);
    // Something that does not exist.
    let missing = run(&forum, &cast.moses, "language --event 999 fr", b"");
    assert_eq!(missing.status, 2, "{}", missing.stdout);
    assert!(missing.stderr.contains("999"), "{}", missing.stderr);
}
