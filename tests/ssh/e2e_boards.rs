//! The boards over real SSH: a member answers an event and another member's open
//! board shows the count without a key pressed; the OpenSSH client fetches the
//! calendar feed, the jobs, the Atom feed and the library as a guest would from a
//! cron job.

use crate::common::{Server, Terminal, key_file, openssh, sign_up};

#[tokio::test(flavor = "multi_thread")]
async fn answers_show_live_and_the_feeds_serve_the_openssh_client() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[]);
    sign_up(server.addr, 1, "amara").await;
    sign_up(server.addr, 2, "li").await;

    let (_amara_conn, mut amara) = Terminal::member_home(server.addr, 1).await;
    amara.send(b"ge").await;
    amara.wait_text("All 5 events, in your time zone").await;
    let (_li_conn, mut li) = Terminal::member_home(server.addr, 2).await;
    li.send(b"ge").await;
    li.wait_text("All 5 events").await;
    li.send(b"\ry").await;
    li.wait_text("You are going").await;
    amara.wait_text("1 going, 0 interested").await;

    // A guest's key: the feeds need no account.
    let keys = tempfile::tempdir().unwrap();
    let guest = key_file(keys.path(), 9);
    let out = openssh(server.addr, &guest)
        .args(["127.0.0.1", "events.ics"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut parser = ical::IcalParser::new(out.stdout.as_slice());
    let calendar = parser.next().unwrap().unwrap();
    assert_eq!(calendar.events.len(), 5);
    assert!(!calendar.timezones.is_empty());

    let out = openssh(server.addr, &guest)
        .args(["127.0.0.1", "jobs", "--json"])
        .output()
        .unwrap();
    let jobs: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(jobs.as_array().unwrap().len(), 4);
    let out = openssh(server.addr, &guest)
        .args(["127.0.0.1", "events"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 5, "{text}");
    assert!(
        text.lines().next().unwrap().contains("\twebinar\t"),
        "{text}"
    );
    assert!(
        text.contains("\t1\t0\t[demo] Community health workers"),
        "{text}"
    );

    // The Atom feed and the library, as a cron job would fetch them.
    let out = openssh(server.addr, &guest)
        .args(["127.0.0.1", "feed"])
        .output()
        .unwrap();
    let feed = String::from_utf8(out.stdout).unwrap();
    assert!(feed.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"), "{feed}");
    assert_eq!(feed.matches("<entry>").count(), 3 + 13 + 5 + 4, "{feed}");
    assert_eq!(
        feed.matches("<title>[Demo] ").count(),
        3 + 13 + 5 + 4,
        "{feed}"
    );
    let out = openssh(server.addr, &guest)
        .args(["127.0.0.1", "library", "--kind", "not-assessed"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 8);
}
