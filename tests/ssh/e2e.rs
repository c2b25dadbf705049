//! The real server, driven by real SSH clients: the russh client in-process, and
//! the OpenSSH client where the test says so.

use crate::common::{
    self, Server, Terminal, connect, connect_with_key, exec, private_key, sign_up,
};

#[tokio::test(flavor = "multi_thread")]
async fn sign_up_quit_cleanly_reconnect_and_ask_whoami() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[]);
    let key = private_key(1);

    // A new key is a guest, who sees the demo communities and can sign up.
    let c = connect_with_key(server.addr, "whoever", &key).await;
    assert_eq!(exec(&c, "whoami").await.stdout, "guest\n");
    let mut t = Terminal::open(&c, 80, 24).await;
    t.wait_text("Public communities (6)").await;
    assert!(t.text().contains("Primary health care"));
    t.send(b"s").await;
    t.wait_text("Join the network").await;
    // Bad values get messages next to the fields.
    t.send(b"Not Valid\x13").await;
    t.wait_text("lowercase letters, digits").await;
    t.wait_text("choose your WHO region").await;
    t.send(
        "\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7famara\tAmara Okafor\t\tx\x1b[D\x1b[D\t\t\r".as_bytes(),
    )
    .await;
    t.wait_text("1. Who we are").await;
    t.send(b"a").await;
    t.wait_text("[x] I have read").await;
    t.send(b"\x13").await;
    t.wait_text("amara · admin").await;
    assert!(t.text().contains("you are its admin"), "{}", t.text());

    // q on home quits, leaving the client's terminal as it was.
    t.send(b"q").await;
    t.wait_for("exit status", |t| t.exit_status.is_some()).await;
    assert_eq!(t.exit_status, Some(0));
    let tail = String::from_utf8_lossy(&t.raw[t.raw.len().saturating_sub(64)..]).into_owned();
    assert!(
        tail.contains("\x1b[?1049l"),
        "alternate screen left: {tail:?}"
    );
    assert!(tail.contains("\x1b[?25h"), "cursor shown: {tail:?}");
    assert!(!t.screen.screen().alternate_screen());

    // The same key, any user name: the member's home.
    let c = connect_with_key(server.addr, "some-other-name", &key).await;
    let mut t = Terminal::open(&c, 80, 24).await;
    t.wait_text("Welcome, Amara Okafor").await;
    assert!(t.row(0).contains("amara · admin"));
    let out = exec(&c, "whoami").await;
    assert_eq!(
        (out.stdout.as_str(), out.status),
        ("amara admin\n", Some(0))
    );

    // Resizing redraws at the new size: the footer moves to the new last row.
    assert!(t.row(23).contains("g go to"), "{}", t.text());
    t.resize(100, 30).await;
    t.wait_for("redraw at 100×30", |t| t.row(29).contains("g go to"))
        .await;
    t.resize(20, 5).await;
    t.wait_text("Terminal too small").await;
    t.claim_size(0, 0).await;
    t.claim_size(65535, 65535).await;
    t.claim_size(u32::MAX, u32::MAX).await;
    t.resize(80, 24).await;
    t.wait_for("redraw at 80×24", |t| {
        t.row(23).contains("g go to") && t.text().contains("Welcome")
    })
    .await;
}

/// What only a real connection shows: a lone Esc (told apart from the start of an
/// escape sequence by a short wait), a bracketed paste, and Ctrl-C.
#[tokio::test(flavor = "multi_thread")]
async fn esc_paste_and_ctrl_c_over_the_wire() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &["--no-demo"]);
    sign_up(server.addr, 1, "amara").await;
    let (_c, mut t) = Terminal::member_home(server.addr, 1).await;

    t.send(b"gy").await;
    t.wait_text("SSH keys (1)").await;
    t.send(b"\x1b").await;
    t.wait_for("home after a lone Esc", |t| t.row(0).contains("Home"))
        .await;

    t.send(b"gya").await;
    t.wait_text("Public key *").await;
    let key = private_key(5).public_key().to_openssh().unwrap();
    t.send(format!("\x1b[200~{key} phone\n\x1b[201~").as_bytes())
        .await;
    t.send(b"\x13").await;
    t.wait_text("SSH keys (2)").await;
    assert!(t.text().contains("phone"), "{}", t.text());

    t.send(b"\x03").await;
    t.wait_for("exit after Ctrl-C", |t| t.exit_status.is_some())
        .await;
    assert_eq!(t.exit_status, Some(0));
    assert!(String::from_utf8_lossy(&t.raw).ends_with("\x1b[?1049l"));
}

#[tokio::test(flavor = "multi_thread")]
async fn exec_commands_answer_in_plain_text() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &["--no-demo"]);
    let c = connect_with_key(server.addr, "x", &private_key(9)).await;

    let help = exec(&c, "help").await;
    assert_eq!(help.status, Some(0));
    assert!(help.stdout.contains("whoami"), "{}", help.stdout);
    // The address members really use, not a port written into the text.
    let ssh = format!("ssh -p {} 127.0.0.1 COMMAND", server.addr.port());
    assert!(help.stdout.contains(&ssh), "{}", help.stdout);

    let json = exec(&c, "whoami --json").await;
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(value["role"], "guest");

    // --no-demo: the forum starts empty.
    let mut t = Terminal::open(&c, 80, 24).await;
    t.wait_text("Public communities (0)").await;
    assert!(t.text().contains("No communities yet."));

    let wrong = exec(&c, "frobnicate").await;
    assert_eq!(wrong.status, Some(2));
    assert_eq!(wrong.stdout, "");
    assert_eq!(
        wrong.stderr,
        "stoa: unknown command 'frobnicate' (try: help)\n"
    );
    // A command that reads a body but cannot run is answered at once, with
    // standard input still open (it used to wait for a body to throw away).
    let incomplete = exec(&c, "post").await;
    assert_eq!(incomplete.status, Some(2));
    assert_eq!(
        incomplete.stderr,
        "stoa: 'post' needs COMMUNITY and TITLE (usage: post COMMUNITY TITLE)\n"
    );

    // A shell without a pty cannot draw: it says so and exits 2.
    let mut channel = c.session.channel_open_session().await.unwrap();
    channel.request_shell(true).await.unwrap();
    let out = common::collect(&mut channel).await;
    assert_eq!(out.status, Some(2));
    assert!(out.stderr.contains("needs a terminal"), "{}", out.stderr);
}

#[tokio::test(flavor = "multi_thread")]
async fn password_login_for_a_member_who_set_one() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &["--no-demo"]);
    sign_up(server.addr, 1, "amara").await;

    // Set a password from the profile screen.
    let (_c, mut t) = Terminal::member_home(server.addr, 1).await;
    t.send(b"gyp").await;
    t.wait_text("New password").await;
    t.send(b"correct horse battery\tcorrect horse battery\x13")
        .await;
    t.wait_text("Password set").await;

    // From a machine without the key.
    let mut c = connect(server.addr).await;
    let wrong = c
        .session
        .authenticate_password("amara", "wrong password!")
        .await
        .unwrap();
    assert!(!wrong.success());
    let right = c
        .session
        .authenticate_password("amara", "correct horse battery")
        .await
        .unwrap();
    assert!(right.success());
    assert_eq!(exec(&c, "whoami").await.stdout, "amara admin\n");

    // Asking as the account with a key that is not theirs does not make a guest:
    // the client is sent on to its other keys and the password.
    let mut c = connect(server.addr).await;
    let stranger = c
        .session
        .authenticate_publickey(
            "amara",
            russh::keys::PrivateKeyWithHashAlg::new(std::sync::Arc::new(private_key(2)), None),
        )
        .await
        .unwrap();
    assert!(!stranger.success());

    // Keyboard-interactive (OpenSSH's next try) asks for the password with help
    // above the prompt, the same for any name: Enter stops without a guess
    // counted; the password logs in.
    use russh::client::KeyboardInteractiveAuthResponse as Asked;
    let guest = format!("ssh -p {} guest@127.0.0.1", server.addr.port());
    for name in ["amara", "nobody-here"] {
        let asked = c
            .session
            .authenticate_keyboard_interactive_start(name, None)
            .await
            .unwrap();
        let Asked::InfoRequest {
            instructions,
            prompts,
            ..
        } = asked
        else {
            panic!("{asked:?}")
        };
        assert!(instructions.contains(&guest), "{instructions}");
        assert!(instructions.contains(&format!("as {name} with a password")));
        assert_eq!(prompts.len(), 1);
        assert!(!prompts[0].echo);
        let gave_up = c
            .session
            .authenticate_keyboard_interactive_respond(vec![String::new()])
            .await
            .unwrap();
        assert!(matches!(gave_up, Asked::Failure { .. }), "{gave_up:?}");
    }
    // A wrong password is said so above the next prompt.
    c.session
        .authenticate_keyboard_interactive_start("amara", None)
        .await
        .unwrap();
    let wrong = c
        .session
        .authenticate_keyboard_interactive_respond(vec!["not it at all".into()])
        .await
        .unwrap();
    assert!(matches!(wrong, Asked::Failure { .. }), "{wrong:?}");
    let asked = c
        .session
        .authenticate_keyboard_interactive_start("amara", None)
        .await
        .unwrap();
    let Asked::InfoRequest { instructions, .. } = asked else {
        panic!("{asked:?}")
    };
    assert!(
        instructions.starts_with("That password is not right."),
        "{instructions}"
    );
    let right = c
        .session
        .authenticate_keyboard_interactive_respond(vec!["correct horse battery".into()])
        .await
        .unwrap();
    assert!(matches!(right, Asked::Success), "{right:?}");
    assert_eq!(exec(&c, "whoami").await.stdout, "amara admin\n");

    let log = server.log.lock().unwrap().clone();
    assert!(
        log.contains("failed password login"),
        "failures are logged: {log}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_kill_9_loses_no_acknowledged_sign_up_and_keeps_the_host_key() {
    let dir = tempfile::tempdir().unwrap();
    let first = Server::start(dir.path(), &[]);
    let before = connect(first.addr).await.host_key.expect("host key seen");
    // The member sees their home screen only once the account is on disk.
    sign_up(first.addr, 1, "amara").await;

    // A second server on the same data says why it cannot start.
    let second = common::stoa()
        .args(["--listen", "127.0.0.1:0", "--data"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!second.status.success());
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(stderr.contains("already using"), "{stderr}");

    first.stop(); // SIGKILL: no chance to flush anything more
    let again = Server::start(dir.path(), &[]);
    let after = connect(again.addr).await.host_key.expect("host key seen");
    assert_eq!(before, after);
    let c = connect_with_key(again.addr, "x", &private_key(1)).await;
    assert_eq!(exec(&c, "whoami").await.stdout, "amara admin\n");
}

/// The stock OpenSSH client, as members use it: exec, and an interactive session
/// under a pty (`-tt`) that quits with `q`.
#[tokio::test(flavor = "multi_thread")]
async fn the_openssh_client_works() {
    use std::io::{Read, Write};

    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), &[]);
    sign_up(server.addr, 1, "amara").await;
    let key_file = common::key_file(dir.path(), 1);
    let ssh = |extra: &[&str]| {
        let mut cmd = common::openssh(server.addr, &key_file);
        cmd.args(extra);
        cmd
    };

    let out = ssh(&["127.0.0.1", "whoami"])
        .output()
        .expect("the OpenSSH client (ssh) must be installed");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "amara admin\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success());
    let out = ssh(&["127.0.0.1", "nonsense"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 1);

    // -tt makes a pty even though our stdin is a pipe (its size then is 0×0, which
    // the server must survive); q then leaves with status 0.
    let mut child = ssh(&["-tt", "127.0.0.1"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut all = Vec::new();
        let _ = stdout.read_to_end(&mut all);
        all
    });
    std::thread::sleep(std::time::Duration::from_millis(1500));
    child.stdin.as_mut().unwrap().write_all(b"q").unwrap();
    let status = child.wait().unwrap();
    let all = reader.join().unwrap();
    assert!(status.success(), "exit {status:?}");
    let all = String::from_utf8_lossy(&all);
    assert!(
        all.contains("\x1b[?1049h") && all.ends_with("\x1b[?1049l"),
        "{all:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_stop_by_sigterm_keeps_the_thread_being_written_and_where_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[]);
    sign_up(server.addr, 1, "amara").await;
    let (_c, mut t) = Terminal::member_home(server.addr, 1).await;
    t.send(b"gc\r").await;
    t.wait_text("No threads yet").await;
    t.send(b"n").await;
    t.wait_text("Title").await;
    // Typed just now: the composer's own save every few seconds has not run yet.
    t.send(b"Night rosters\tHalf a thought about rosters").await;
    t.wait_text("Half a thought about rosters").await;
    let status = server.terminate();
    assert!(status.success(), "a clean stop: {status:?}");
    // The member's terminal is given back as it was, with the reason on a clean
    // line, before the connection closes.
    t.wait_for("the session's end", |t| t.exit_status.is_some())
        .await;
    assert!(!t.screen.screen().alternate_screen(), "{}", t.text());
    assert!(!t.screen.screen().hide_cursor());
    assert!(t.text().contains("Stoa is restarting"), "{}", t.text());
    assert!(!t.text().contains("Half a thought"), "{}", t.text());

    let server = Server::start(dir.path(), &[]);
    let c = connect_with_key(server.addr, "amara", &private_key(1)).await;
    let mut t = Terminal::open(&c, 80, 24).await;
    t.wait_text("Half a thought about rosters").await;
    assert!(t.text().contains("Night rosters"), "{}", t.text());
}

/// The same stop under OpenSSH in a real terminal (a tmux pane): the client is
/// left to close by itself once its session has said goodbye. Told to
/// disconnect at once, OpenSSH dropped the session's last bytes and the
/// terminal stayed in the alternate screen with "Received disconnect" over it.
#[test]
fn a_stop_gives_an_openssh_terminal_back_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[]);
    let key = common::key_file(dir.path(), 7);
    let ssh = common::openssh(server.addr, &key);
    let mut line = vec![ssh.get_program().to_string_lossy().into_owned()];
    line.extend(ssh.get_args().map(|a| a.to_string_lossy().into_owned()));
    let command = format!(
        "{} -tt guest@127.0.0.1; echo SSH-EXIT-$?; sleep 30",
        line.join(" ")
    );
    let pane = common::Pane::start("stop", 80, 24, &command);
    pane.wait("Public communities");
    assert!(server.terminate().success());
    pane.wait("SSH-EXIT-");
    let screen = pane.text();
    assert!(
        !pane.alternate_screen(),
        "left in the alternate screen:\n{screen}"
    );
    assert!(screen.contains("Stoa is restarting"), "{screen}");
    assert!(!screen.contains("Public communities"), "{screen}");
}

/// A client that runs many commands over one connection (OpenSSH's
/// ControlMaster, scripts): finished commands do not count against the
/// channels a connection may hold open, whether or not the client closes them.
#[tokio::test(flavor = "multi_thread")]
async fn many_commands_over_one_connection_all_run() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[]);
    sign_up(server.addr, 1, "amara").await;
    let c = connect_with_key(server.addr, "amara", &private_key(1)).await;
    for n in 0..40 {
        let mut channel = c.session.channel_open_session().await.unwrap_or_else(|e| {
            panic!("command {n} refused: {e:?}");
        });
        channel.exec(true, "whoami").await.unwrap();
        let out = common::collect(&mut channel).await;
        assert_eq!(out.stdout, "amara admin\n", "command {n}");
        // The channel is left as the client left it: not closed from here.
        std::mem::forget(channel);
    }
}
