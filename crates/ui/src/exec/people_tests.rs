//! `search`, `members` and `notifications`: formats, options and who may use them.

use super::run;
use stoa_core::forum::{NewThread, Viewer};
use stoa_core::testkit::{demo_with_cast, settle_search};

#[test]
fn search_prints_one_line_per_result_and_takes_filters() {
    let dir = tempfile::tempdir().unwrap();
    let (forum, cast) = demo_with_cast(dir.path()).unwrap();
    let guest = Viewer::Guest { key: None };
    let out = run(&forum, &guest, "search framework", b"");
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .lines()
            .any(|l| l.starts_with("resource\tentry/")
                && l.contains("[demo] Framework on integrated")),
        "{}",
        out.stdout
    );
    for l in out.stdout.lines() {
        assert_eq!(l.split('\t').count(), 5, "{l}");
    }
    let json: serde_json::Value = serde_json::from_str(
        &run(
            &forum,
            &cast.li,
            "search framework --kind resource --json",
            b"",
        )
        .stdout,
    )
    .unwrap();
    assert!(
        json.as_array()
            .unwrap()
            .iter()
            .all(|r| r["kind"] == "resource")
    );
    assert!(json[0]["target"].as_str().unwrap().starts_with("entry/"));
    assert_eq!(json[0]["demo"], true);
    let bad = run(&forum, &guest, "search --kind novel", b"");
    assert_eq!(bad.status, 2);
    assert!(bad.stderr.contains("needs WORDS"), "{}", bad.stderr);
    let nowhere = run(&forum, &guest, "search care --community nope", b"");
    assert_eq!(nowhere.status, 2);
    assert!(
        nowhere.stderr.contains("community 'nope' not found"),
        "{}",
        nowhere.stderr
    );
    let bad = run(&forum, &guest, "search care --kind novel", b"");
    assert!(
        bad.stderr.contains("unknown kind 'novel'"),
        "{}",
        bad.stderr
    );
    let bad = run(&forum, &guest, "search care --since yesterday", b"");
    assert!(bad.stderr.contains("--since takes a day"), "{}", bad.stderr);
}

#[test]
fn members_is_for_members_and_filters_by_region_and_competency() {
    let dir = tempfile::tempdir().unwrap();
    let (forum, cast) = demo_with_cast(dir.path()).unwrap();
    let guest = Viewer::Guest { key: None };
    let out = run(&forum, &guest, "members", b"");
    assert_eq!(out.status, 2);
    assert!(out.stderr.contains("sign up"), "{}", out.stderr);
    let all = run(&forum, &cast.li, "members", b"").stdout;
    assert!(all.lines().any(|l| l.starts_with("li\tafrican\t")), "{all}");
    let african = run(&forum, &cast.li, "members --region african", b"").stdout;
    assert!(
        african
            .lines()
            .all(|l| l.split('\t').nth(1) == Some("african"))
    );
    let json: serde_json::Value =
        serde_json::from_str(&run(&forum, &cast.li, "members --json", b"").stdout).unwrap();
    let first = &json[0];
    assert!(first.get("keys").is_none() && first.get("password_hash").is_none());
    let bad = run(&forum, &cast.li, "members --competency juggling", b"");
    assert!(bad.stderr.contains("unknown competency"), "{}", bad.stderr);
    // An organization's name has spaces: every word up to the next option.
    let ministry = run(
        &forum,
        &cast.li,
        "members --org Ministry of Health --json",
        b"",
    );
    assert_eq!(ministry.status, 0, "{}", ministry.stderr);
    let found: serde_json::Value = serde_json::from_str(&ministry.stdout).unwrap();
    assert!(!found.as_array().unwrap().is_empty(), "{}", ministry.stdout);
}

#[test]
fn notifications_list_new_ones_and_mark_them_read() {
    let dir = tempfile::tempdir().unwrap();
    let (forum, cast) = demo_with_cast(dir.path()).unwrap();
    let slug = forum.community_overview(&cast.li).unwrap()[0]
        .community
        .slug
        .clone();
    let thread = forum
        .start_thread(
            &cast.li,
            &slug,
            NewThread {
                language: None,
                title: "Digest me".into(),
                body: "Hello @amara".into(),
            },
        )
        .unwrap();
    settle_search(&forum);
    let out = run(&forum, &cast.amara, "notifications --unread", b"");
    assert_eq!(out.status, 0, "{}", out.stderr);
    let fields: Vec<&str> = out.stdout.lines().next().unwrap().split('\t').collect();
    assert_eq!(
        fields[2..5],
        ["new", "mention", &format!("thread/{0}#{0}", thread.id)]
    );
    assert_eq!(fields[5], "li display mentioned you in \"Digest me\"");
    run(
        &forum,
        &cast.amara,
        "notifications --unread --mark-read",
        b"",
    );
    assert_eq!(
        run(&forum, &cast.amara, "notifications --unread", b"").stdout,
        ""
    );
    let json: serde_json::Value =
        serde_json::from_str(&run(&forum, &cast.amara, "notifications --json", b"").stdout)
            .unwrap();
    assert_eq!(json[0]["read"], true);
    let guest = Viewer::Guest { key: None };
    assert_eq!(run(&forum, &guest, "notifications", b"").status, 2);
    assert_eq!(
        run(&forum, &cast.amara, "notifications --all", b"").status,
        2
    );
}
