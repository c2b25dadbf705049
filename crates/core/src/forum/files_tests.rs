//! Files: uploads by role and by size and kind, attaching them to a resource,
//! review, and fetching them once published.

use super::board_tests::{approve, errors as invalid};
use super::editorial_tests::committee;
use super::files::FileLimits;
use super::*;
use crate::domain::{Role, SanctionKind, Shelf};
use crate::forum::FieldName;
use crate::testkit::resource_proposal;

const PDF: &[u8] = b"%PDF-1.7\nA framework for countries.\n";

#[test]
fn members_of_every_role_upload_and_guests_and_muted_members_do_not() {
    let c = committee();
    for who in [&c.author, &c.moses, &c.ada] {
        let file = c.forum.upload(who, "framework.pdf", PDF).unwrap();
        assert_eq!(
            (file.name.as_str(), file.size, file.media_type.as_str()),
            ("framework.pdf", PDF.len() as u64, "application/pdf")
        );
        assert_eq!(c.forum.uploads(who).unwrap(), [file]);
    }
    let guest = Viewer::Guest { key: None };
    assert!(c.forum.upload(&guest, "a.pdf", PDF).is_err());
    assert!(c.forum.uploads(&guest).is_err());
    c.forum
        .sanction(&c.ada, "li_wei", SanctionKind::Muted, None, "Spam.")
        .unwrap();
    let muted = crate::testkit::viewer(c.forum.store().account("li_wei").unwrap().unwrap());
    let refused = c.forum.upload(&muted, "a.pdf", PDF).unwrap_err();
    assert!(refused.to_string().contains("muted"), "{refused}");
}

#[test]
fn an_upload_must_be_a_file_the_library_takes_and_fit_the_space() {
    let c = committee();
    let program = c
        .forum
        .upload(&c.author, "setup.exe", b"MZ\x90")
        .unwrap_err();
    assert!(program.to_string().contains("takes pdf"), "{program}");
    let renamed = c
        .forum
        .upload(&c.author, "report.pdf", b"MZ\x90")
        .unwrap_err();
    assert!(renamed.to_string().contains("does not hold"), "{renamed}");
    let unnamed = c.forum.upload(&c.author, "...", PDF).unwrap_err();
    assert!(unnamed.to_string().contains("not a file name"), "{unnamed}");

    let dir = tempfile::tempdir().unwrap();
    let small = crate::testkit::forum(dir.path())
        .unwrap()
        .with_file_limits(FileLimits {
            max_file_bytes: 100,
            upload_space_bytes: 150,
            max_uploads: 2,
        });
    let amara = crate::testkit::viewer(testing::member(&small, "amara", 1, Role::Member));
    let big = [PDF, &[b'x'; 100]].concat();
    let e = small.upload(&amara, "big.pdf", &big).unwrap_err();
    assert!(e.to_string().contains("at most 100 bytes"), "{e}");
    let ninety = [PDF, &[b'x'; 50]].concat();
    small.upload(&amara, "a.pdf", &ninety).unwrap();
    let e = small.upload(&amara, "b.pdf", &ninety).unwrap_err();
    assert!(e.to_string().contains("of your 150 bytes"), "{e}");
    // The same name replaces the old one: its room is free again.
    small.upload(&amara, "a.pdf", &ninety).unwrap();
    small.upload(&amara, "b.pdf", PDF).unwrap();
    let e = small.upload(&amara, "c.pdf", PDF).unwrap_err();
    assert!(e.to_string().contains("remove some first"), "{e}");
    small.remove_upload(&amara, "b.pdf").unwrap();
    small.upload(&amara, "c.pdf", PDF).unwrap();
    assert!(small.remove_upload(&amara, "nothing.pdf").is_err());
}

#[test]
fn a_resource_attaches_its_authors_uploads_and_they_are_fetched_once_published() {
    let c = committee();
    let file = c.forum.upload(&c.author, "framework.pdf", PDF).unwrap();
    // Someone else's upload is not the author's to attach.
    let theirs = c
        .forum
        .upload(&c.reader, "theirs.pdf", b"%PDF-1.4 theirs")
        .unwrap();
    let mut p = resource_proposal("Framework", "care");
    p.link.clear();
    p.files = vec![theirs];
    let e = invalid(c.forum.propose_resource(&c.author, None, p.clone(), true));
    assert!(
        e.get(FieldName::Files)
            .is_some_and(|m| m.contains("not one of your uploads")),
        "{e:?}"
    );
    // With neither link, text nor files, there is nothing to read.
    p.files.clear();
    let e = invalid(c.forum.propose_resource(&c.author, None, p.clone(), true));
    assert!(e.get(FieldName::Link).is_some(), "{e:?}");
    p.files = vec![file.clone(), file.clone()];
    let e = invalid(c.forum.propose_resource(&c.author, None, p.clone(), true));
    assert!(
        e.get(FieldName::Files).is_some_and(|m| m.contains("twice")),
        "{e:?}"
    );
    p.files = vec![file.clone()];
    p.text = "The framework, in **four** parts.".into();
    let s = c.forum.propose_resource(&c.author, None, p, true).unwrap();

    // The committee reviews the files with it; the author sees them too.
    let (_, files) = c.forum.submission_files(&c.moses, s.id).unwrap();
    assert_eq!(files, std::slice::from_ref(&file));
    assert_eq!(c.forum.files_in_review(&c.moses).unwrap().len(), 1);
    assert!(c.forum.files_in_review(&c.author).is_err());
    assert!(c.forum.submission_files(&c.reader, s.id).is_err());
    // Not in the library while it is reviewed.
    assert!(
        c.forum
            .entry_file(s.id.as_entry(), "framework.pdf")
            .is_err()
    );

    // The author's removing the upload keeps the proposal's copy.
    c.forum.remove_upload(&c.author, "framework.pdf").unwrap();
    approve(&c, s.id);
    let (entry, got) = c
        .forum
        .entry_file(s.id.as_entry(), "framework.pdf")
        .unwrap();
    assert_eq!(got, file);
    assert!(matches!(&entry.shelf, Shelf::Resource { text, .. } if text.contains("four")));
    assert_eq!(c.forum.read_file(&got, 0, 1_000).unwrap(), PDF);
    assert_eq!(c.forum.read_file(&got, 9, 9).unwrap(), b"A framewo");
    assert!(c.forum.entry_file(s.id.as_entry(), "other.pdf").is_err());
}

#[test]
fn a_refused_replacement_leaves_the_upload_as_it_was() {
    let c = committee();
    let kept = c.forum.upload(&c.author, "report.pdf", PDF).unwrap();
    let refused = c.forum.upload(&c.author, "report.pdf", b"MZ\x90 not a pdf");
    assert!(refused.is_err());
    assert_eq!(
        c.forum.uploads(&c.author).unwrap(),
        std::slice::from_ref(&kept)
    );
    assert_eq!(c.forum.read_file(&kept, 0, 1_000).unwrap(), PDF);
    // A replacement that is kept takes the old bytes' place.
    let newer = c
        .forum
        .upload(&c.author, "report.pdf", b"%PDF-1.7 newer")
        .unwrap();
    assert_eq!(c.forum.uploads(&c.author).unwrap(), [newer]);
    assert!(!c.forum.store().has_file(&kept.sha256).unwrap());
}

#[test]
fn a_text_file_is_checked_whole_and_text_md_is_the_entrys_own() {
    let c = committee();
    let mut notes = "Plain notes.\n".repeat(60).into_bytes();
    notes.extend_from_slice(b"\x1b]0;pwned\x07");
    let e = c.forum.upload(&c.author, "notes.txt", &notes).unwrap_err();
    assert!(e.to_string().contains("does not hold"), "{e}");
    let e = c.forum.upload(&c.author, "text.md", b"# Mine").unwrap_err();
    assert!(e.to_string().contains("another name"), "{e}");
}

#[test]
fn a_drafts_files_hold_room_and_a_rejection_frees_their_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let small = crate::testkit::forum(dir.path())
        .unwrap()
        .with_file_limits(FileLimits {
            max_file_bytes: 100,
            upload_space_bytes: 150,
            max_uploads: 5,
        });
    small
        .store()
        .put_community(&crate::testkit::community("care"))
        .unwrap();
    let amara = crate::testkit::viewer(testing::member(&small, "amara", 1, Role::Member));
    let moses = crate::testkit::viewer(testing::member(&small, "moses", 2, Role::Moderator));
    let ninety = [PDF, &[b'x'; 50]].concat();
    let file = small.upload(&amara, "a.pdf", &ninety).unwrap();
    let mut p = resource_proposal("Framework", "care");
    p.files = vec![file.clone()];
    let draft = small
        .propose_resource(&amara, None, p.clone(), false)
        .unwrap();
    // Removing the upload does not free the room the draft holds.
    small.remove_upload(&amara, "a.pdf").unwrap();
    let other = [PDF, &[b'y'; 50]].concat();
    let e = small.upload(&amara, "b.pdf", &other).unwrap_err();
    assert!(e.to_string().contains("remove some first"), "{e}");
    // The draft drops the file: its bytes go, and the room is free.
    p.files.clear();
    p.text = "Its text here instead.".into();
    small
        .propose_resource(&amara, Some(draft.id), p.clone(), false)
        .unwrap();
    assert!(!small.store().has_file(&file.sha256).unwrap());
    let kept = small.upload(&amara, "b.pdf", &other).unwrap();
    // Sent and rejected: nothing keeps its files.
    p.files = vec![kept.clone()];
    let sent = small
        .propose_resource(&amara, Some(draft.id), p, true)
        .unwrap();
    small.remove_upload(&amara, "b.pdf").unwrap();
    assert!(
        small.store().has_file(&kept.sha256).unwrap(),
        "under review"
    );
    small
        .decide(
            &moses,
            sent.id,
            sent.version,
            Verdict::Reject,
            "Out of scope.",
        )
        .unwrap();
    assert!(!small.store().has_file(&kept.sha256).unwrap());
}
