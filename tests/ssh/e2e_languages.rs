//! The interface's language over real SSH: the OpenSSH client sends `LANG`
//! (`-o SendEnv=LANG`, the default on Debian and Ubuntu), and plain mode and
//! exec answer in it; Arabic comes out in logical order, as text streams and
//! screen readers expect it.

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use crate::common::{self, Server, key_file, sign_up};
use stoa::domain::Language;
use stoa::present::lang;

/// The OpenSSH client with `LANG` set to `locale` and sent to the server.
fn ssh(server: &Server, key: &std::path::Path, locale: &str) -> Command {
    let mut cmd = common::openssh(server.addr, key);
    cmd.env("LANG", locale)
        .env_remove("LC_ALL")
        .env_remove("LANGUAGE")
        .args(["-o", "SendEnv=LANG"]);
    cmd
}

/// Everything a plain-mode session (`TERM=dumb`, a pty) prints until `q`.
fn plain_session(server: &Server, key: &std::path::Path, locale: &str) -> String {
    let mut child = ssh(server, key, locale)
        .env("TERM", "dumb")
        .args(["-tt", "127.0.0.1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the OpenSSH client (ssh) must be installed");
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut all = Vec::new();
        let _ = stdout.read_to_end(&mut all);
        all
    });
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let stdin = child.stdin.as_mut().unwrap();
    stdin.write_all(b"h\r").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    stdin.write_all(b"q\r").unwrap();
    let _ = child.wait();
    String::from_utf8_lossy(&reader.join().unwrap()).into_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn plain_mode_and_exec_answer_in_the_language_the_client_sends() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), &[]);
    sign_up(server.addr, 1, "amara").await;
    let key = key_file(dir.path(), 1);

    for (language, locale) in [(Language::Fr, "fr_FR.UTF-8"), (Language::Ar, "ar_EG.UTF-8")] {
        let said = |id: &str| lang::text_in(language, id, &[]);
        // Plain mode: the welcome and the commands in the language, in
        // logical order (Arabic is not reversed for the terminal).
        let plain = plain_session(&server, &key, locale);
        // `ssh -tt` from a pipe has no terminal size: its pty says 0 columns,
        // which means unknown, so lines are made for 80, not for 20.
        assert!(
            plain.lines().any(|l| l.chars().count() > 40),
            "wrapped narrow: {plain}"
        );
        let flat = plain.replace("\r\n", " ");
        let intro = said("plain-intro");
        let start: String = intro.chars().take(20).collect();
        assert!(flat.contains(&start), "{language}: {plain}");
        let help = said("plain-help");
        let first_line = help.lines().next().unwrap();
        assert!(plain.contains(first_line), "{language}: {plain}");

        // Exec: help and a refusal, in the language; the command names stay.
        let out = ssh(&server, &key, locale)
            .args(["127.0.0.1", "help"])
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let about = said("exec-about-whoami");
        assert!(stdout.contains(&about), "{language}: {stdout}");
        assert!(stdout.contains("whoami"), "{stdout}");
        let out = ssh(&server, &key, locale)
            .args(["127.0.0.1", "frobnicate"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        let refusal = lang::text_in(
            language,
            "exec-unknown-command",
            &[("command", lang::Value::from("frobnicate"))],
        );
        assert_eq!(stderr, format!("stoa: {refusal}\n"));
    }

    // Without LANG (C locale): English.
    let out = ssh(&server, &key, "C")
        .args(["127.0.0.1", "help"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Stoa commands"));
}
