//! The editorial committee over real SSH: a proposal reviewed and published, a
//! flagged post hidden, every step in the audit log that `admin audit` prints.

use crate::common::{
    Server, Terminal, assert_refused, connect_with_key, exec, exec_with_stdin, private_key, sign_up,
};

#[tokio::test(flavor = "multi_thread")]
async fn propose_review_publish_then_flag_and_hide_all_audited() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[]);
    // amara signs up first, so she is admin: on the editorial committee.
    sign_up(server.addr, 1, "amara").await;
    sign_up(server.addr, 2, "li").await;
    sign_up(server.addr, 3, "moses").await;

    // li proposes a community.
    let (_li_conn, mut li) = Terminal::member_home(server.addr, 2).await;
    li.send(b"gs").await;
    li.wait_text("Nothing yet").await;
    li.send(b"n").await;
    li.wait_text("Propose a community").await;
    li.send(b"Nursing leadership\tnursing\tNurses leading change in primary care share what works.\tNurses\x13")
        .await;
    // The demo's events, jobs and library entries were published as submissions 1 to 16.
    li.wait_text("sent: the editorial committee will review it")
        .await;

    // amara asks for changes.
    let (_amara_conn, mut amara) = Terminal::member_home(server.addr, 1).await;
    amara.send(b"gm").await;
    amara.wait_text("Queue (1)").await;
    amara.send(b"\r").await;
    amara.wait_text("Decide:").await;
    amara.send(b"c").await;
    amara.wait_text("It goes back to its author").await;
    // Tab selects the suggested note; End keeps it and types after it.
    amara.send(b"\t\x1b[F Which nurses?\x13").await;
    amara.wait_text("Sent back to li").await;

    // li sees it come back without pressing a key, and sends it again.
    li.wait_text("changes requested").await;
    li.send(b"\r").await;
    li.wait_text("Which nurses?").await;
    li.send(b"e").await;
    li.wait_text("The committee asked for changes").await;
    li.send(b"\t\t\t in primary care\x13").await;
    li.wait_text("sent: the editorial committee will review it")
        .await;

    // Without a terminal, li reads the same.
    let li_exec = connect_with_key(server.addr, "li", &private_key(2)).await;
    let out = exec(&li_exec, "submissions").await;
    // Its id follows the demo's own submissions: whatever it is, a number.
    let (id, rest) = out.stdout.split_once('\t').unwrap();
    assert!(id.parse::<u64>().is_ok(), "{}", out.stdout);
    assert_eq!(
        rest,
        "community\tpending review\tNursing leadership\tamara asked for changes: Please say more about its purpose and who it is for. Which nurses?\n"
    );

    // amara approves it from the queue, which refreshed by itself.
    amara.wait_text("Queue (1)").await;
    amara.send(b"\ra\x13").await;
    amara.wait_text("Approved and published").await;
    let out = exec(&li_exec, "communities").await;
    assert!(out.stdout.contains("nursing"), "{}", out.stdout);

    // moses flags li's post; amara hides it from the flags tab.
    let out = exec_with_stdin(
        &li_exec,
        "post care-workforce Cheap certificates",
        b"Buy them at my shop.",
    )
    .await;
    let id = out.stdout.trim().to_string();
    let (_moses_conn, mut moses) = Terminal::member_home(server.addr, 3).await;
    moses.send(b"\r").await;
    moses.wait_text("Cheap certificates").await;
    moses.send(b"\r").await;
    moses.wait_text("Buy them at my shop.").await;
    moses.send(b"f").await;
    moses.wait_text("Flag a post").await;
    moses.send(b"\x1b[C\x13").await;
    moses
        .wait_text("the editorial committee will look at it")
        .await;
    amara.send(b"\t").await;
    amara.wait_text("Cheap certificates").await;
    amara.send(b"h\x13").await;
    amara.wait_text("Post hidden").await;
    // Other members see only that it was hidden, live.
    moses.wait_text("[hidden by the editorial committee]").await;
    assert!(
        !moses.text().contains("Buy them at my shop."),
        "{}",
        moses.text()
    );
    let moses_exec = connect_with_key(server.addr, "moses", &private_key(3)).await;
    let out = exec(&moses_exec, &format!("read {id}")).await;
    assert!(
        out.stdout.contains("[hidden by the editorial committee]"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("my shop"), "{}", out.stdout);

    // Every step is in the audit log, with the value before and after.
    let amara_exec = connect_with_key(server.addr, "amara", &private_key(1)).await;
    let out = exec(&amara_exec, "admin audit --since 2026-01-01").await;
    assert_eq!(out.status, Some(0), "{}", out.stderr);
    let lines: Vec<Vec<&str>> = out
        .stdout
        .lines()
        .map(|l| l.split('\t').collect())
        .collect();
    let steps: Vec<(&str, &str, &str, &str)> =
        lines.iter().map(|f| (f[1], f[2], f[5], f[6])).collect();
    assert_eq!(
        steps,
        [
            (
                "amara",
                "request-changes",
                "pending review",
                "changes requested"
            ),
            ("amara", "approve", "pending review", "approved"),
            ("amara", "hide", "visible; 1 open flag: spam", "hidden"),
        ],
        "{}",
        out.stdout
    );
    assert!(lines[0][4].contains("Which nurses?"), "{}", out.stdout);
    let out = exec(&amara_exec, "admin audit --since someday").await;
    assert_refused(&out, "not a date");
    let out = exec(&li_exec, "admin audit").await;
    assert_refused(&out, "only the editorial committee");
    let out = exec(&li_exec, "admin queue").await;
    assert_refused(&out, "only the editorial committee");
}
