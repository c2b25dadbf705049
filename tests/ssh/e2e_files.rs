//! The library's files over real SSH, with OpenSSH's own tools: a member puts a
//! file in their uploads with `sftp` and reads it back; everyone fetches a
//! published entry's file with `scp` and with `ssh HOST get`; a download cut
//! short resumes from where it stopped (`reget`); the committee finds files
//! waiting for review; a guest cannot upload.

use std::path::Path;
use std::process::Command;

use crate::common::{OPENSSH_OPTIONS, Server, key_file};
use stoa::domain::{ResourceProposal, Role};
use stoa::forum::Verdict;
use stoa_core::testkit;

/// A PDF's worth of bytes that differ all along, so a wrong offset shows.
fn document(len: usize) -> Vec<u8> {
    let mut bytes = b"%PDF-1.7\n".to_vec();
    let mut x: u32 = 7;
    while bytes.len() < len {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        bytes.push((x >> 16) as u8);
    }
    bytes
}

/// A forum on disk with amara (admin), li (member), a published resource with a
/// file and a text, and one of li's proposals with a file waiting for review.
/// Made before the server starts, as the server then holds the store.
fn prepared(data: &Path, file: &[u8]) -> u64 {
    let forum = testkit::forum(data).unwrap();
    forum
        .store()
        .put_community(&testkit::community("care"))
        .unwrap();
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    assert_eq!(amara.role(), Some(Role::Admin));
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let moses = testkit::viewer(stoa_core::forum::testing::member(
        &forum,
        "moses",
        3,
        Role::Moderator,
    ));
    let attached = forum.upload(&amara, "framework.pdf", file).unwrap();
    let p = ResourceProposal {
        text: "The framework in **four** parts.".into(),
        files: vec![attached],
        ..testkit::resource_proposal("Framework on integrated care", "care")
    };
    let s = forum.propose_resource(&amara, None, p, true).unwrap();
    forum
        .decide(&moses, s.id, s.version, Verdict::Approve, "Relevant.")
        .unwrap();
    let waiting = forum
        .upload(&li, "checklist.pdf", b"%PDF-1.4 checklist")
        .unwrap();
    let p = ResourceProposal {
        files: vec![waiting],
        ..testkit::resource_proposal("Handover checklist", "care")
    };
    forum.propose_resource(&li, None, p, true).unwrap();
    s.id.get()
}

fn sftp(server: &Server, key: &Path, batch: &str) -> std::process::Output {
    Command::new("sftp")
        .args(["-P", &server.addr.port().to_string(), "-i"])
        .arg(key)
        .args(OPENSSH_OPTIONS)
        .args(["-b", "-", "127.0.0.1"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child
                .stdin
                .take()
                .map(|mut stdin| stdin.write_all(batch.as_bytes()))
                .transpose()?;
            child.wait_with_output()
        })
        .expect("the OpenSSH sftp client must be installed")
}

fn said(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn files_go_up_and_come_down_with_the_openssh_tools() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = document(300_000);
    let entry = prepared(&data, &file);
    let config = dir.path().join("stoa.toml");
    std::fs::write(&config, "[library]\nmax_file_bytes = 200000\n").unwrap();
    let config = config.display().to_string();
    let server = Server::start(&data, &["--no-demo", "--config", &config]);
    let here = dir.path();
    let (amara, li, guest) = (key_file(here, 1), key_file(here, 2), key_file(here, 9));

    // A member puts a file in their uploads and reads it back.
    let mine = document(120_000);
    std::fs::write(here.join("report.pdf"), &mine).unwrap();
    let put = sftp(
        &server,
        &li,
        &format!(
            "put {0}/report.pdf uploads/report.pdf\nls -l uploads\nget uploads/report.pdf {0}/back.pdf\n",
            here.display()
        ),
    );
    assert!(put.status.success(), "{}", said(&put));
    assert!(said(&put).contains("report.pdf"), "{}", said(&put));
    // Listed with when it was uploaded, not the epoch.
    assert!(!said(&put).contains("1970"), "{}", said(&put));
    assert_eq!(std::fs::read(here.join("back.pdf")).unwrap(), mine);

    // What the library does not take is refused before a byte is sent, and a
    // file that is not what its name says once it has come; neither is kept.
    std::fs::write(here.join("setup.exe"), b"MZ\x90\x00").unwrap();
    let put = |from: &str, to: &str| {
        sftp(
            &server,
            &li,
            &format!("put {}/{from} uploads/{to}\n", here.display()),
        )
    };
    let refused = put("setup.exe", "setup.exe");
    assert!(!refused.status.success());
    assert!(
        said(&refused).contains("Permission denied"),
        "{}",
        said(&refused)
    );
    assert!(!put("setup.exe", "setup.pdf").status.success());
    // Over the size limit: refused on the way, and nothing of it kept.
    std::fs::write(here.join("big.pdf"), document(250_000)).unwrap();
    assert!(!put("big.pdf", "big.pdf").status.success());
    // Only uploads/ takes files, whatever the path names.
    let elsewhere = sftp(
        &server,
        &li,
        &format!(
            "put {}/report.pdf library/{entry}/framework.pdf\n",
            here.display()
        ),
    );
    assert!(!elsewhere.status.success(), "{}", said(&elsewhere));
    let kept = sftp(&server, &li, "ls uploads\n");
    assert!(!said(&kept).contains("setup"), "{}", said(&kept));
    assert!(!said(&kept).contains("big.pdf"), "{}", said(&kept));
    assert!(!said(&kept).contains("framework.pdf"), "{}", said(&kept));

    // A guest reads the library but has no uploads.
    let as_guest = sftp(
        &server,
        &guest,
        &format!("put {}/report.pdf uploads/x.pdf\n", here.display()),
    );
    assert!(!as_guest.status.success(), "{}", said(&as_guest));
    let listed = sftp(
        &server,
        &guest,
        &format!("ls library\nls library/{entry}\n"),
    );
    assert!(listed.status.success(), "{}", said(&listed));
    assert!(
        said(&listed).contains(&format!("{entry}-framework-on-integrated-care")),
        "{}",
        said(&listed)
    );
    assert!(
        said(&listed).contains("framework.pdf") && said(&listed).contains("text.md"),
        "{}",
        said(&listed)
    );

    // scp (over SFTP) fetches a published file by the entry's number.
    let scp = Command::new("scp")
        .args(["-P", &server.addr.port().to_string(), "-i"])
        .arg(&guest)
        .args(OPENSSH_OPTIONS)
        .arg(format!("127.0.0.1:library/{entry}/framework.pdf"))
        .arg(here.join("scp.pdf"))
        .output()
        .expect("the OpenSSH scp client must be installed");
    assert!(scp.status.success(), "{}", said(&scp));
    assert_eq!(std::fs::read(here.join("scp.pdf")).unwrap(), file);

    // A download cut short goes on from where it stopped.
    std::fs::write(here.join("resumed.pdf"), &file[..100_000]).unwrap();
    let resumed = sftp(
        &server,
        &guest,
        &format!(
            "reget library/{entry}/framework.pdf {}/resumed.pdf\n",
            here.display()
        ),
    );
    assert!(resumed.status.success(), "{}", said(&resumed));
    assert_eq!(std::fs::read(here.join("resumed.pdf")).unwrap(), file);

    // `ssh HOST get` sends the file as it is, and the text with the files listed.
    let ssh = |args: &[&str]| {
        crate::common::openssh(server.addr, &guest)
            .arg("127.0.0.1")
            .args(args)
            .output()
            .unwrap()
    };
    let got = ssh(&["get", &entry.to_string(), "framework.pdf"]);
    assert!(got.status.success(), "{}", said(&got));
    assert_eq!(got.stdout, file);
    let text = ssh(&["get", &entry.to_string()]);
    assert_eq!(
        String::from_utf8_lossy(&text.stdout),
        format!(
            "The framework in **four** parts.\nframework.pdf\t{}\n",
            file.len()
        )
    );
    let text = ssh(&["get", &entry.to_string(), "text.md"]);
    assert_eq!(
        String::from_utf8_lossy(&text.stdout),
        "The framework in **four** parts.\n"
    );
    let json = ssh(&["get", &entry.to_string(), "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(json["files"][0]["name"], "framework.pdf");
    assert_eq!(json["files"][0]["size"], file.len());
    let as_json = ssh(&["get", &entry.to_string(), "framework.pdf", "--json"]);
    assert_eq!(as_json.status.code(), Some(2), "{}", said(&as_json));
    let missing = ssh(&["get", &entry.to_string(), "other.pdf"]);
    assert_eq!(missing.status.code(), Some(2), "{}", said(&missing));

    // The committee finds the files waiting for review; a member does not.
    let review = sftp(&server, &amara, "ls review\n");
    assert!(
        said(&review).contains("handover-checklist"),
        "{}",
        said(&review)
    );
    let not_theirs = sftp(&server, &li, "ls review\n");
    assert!(!not_theirs.status.success(), "{}", said(&not_theirs));
}
