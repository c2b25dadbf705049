//! The editorial committee at work, driven by keys as its members would: a
//! community proposal through review, flags and hiding, thread tools, mutes and
//! roles, and the audit log. Snapshots at 80×24 live in `tests/screens/snapshots/`.

use insta::assert_snapshot;
use stoa::domain::{FlagReason, Role, ThreadId};
use stoa::forum::{Forum, NewThread, Viewer};
use stoa_core::testkit;
use stoa_ui::tui::harness::Harness;

const CARE: &str = "care-workforce";

struct World {
    forum: Forum,
    _dir: tempfile::TempDir,
    /// The first member, so admin.
    amara: Viewer,
    li: Viewer,
    moses: Viewer,
}

fn world() -> World {
    let dir = tempfile::tempdir().unwrap();
    let forum = testkit::forum(dir.path()).unwrap();
    stoa::demo::load_communities(&forum).unwrap();
    let testkit::Cast { amara, li, moses } = testkit::cast(&forum).unwrap();
    World {
        forum,
        _dir: dir,
        amara,
        li,
        moses,
    }
}

fn session(w: &World, who: &Viewer, seed: u8) -> Harness {
    Harness::member(&w.forum, who, seed)
}

#[test]
fn a_community_proposal_goes_through_review_by_keys() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    li.keys("gs");
    assert!(li.screen().contains("Nothing yet. Press n to propose"));
    li.keys("n");
    li.keys("Nursing leadership<tab>nursing<tab>");
    li.keys("Nurses leading change in primary care share what works.<tab>");
    li.keys("Nurses<c-s>");
    let mine = li.screen();
    assert!(mine.contains("Proposal 1 sent"), "{mine}");
    assert_snapshot!("my_submissions_pending", mine);

    let mut moses = session(&w, &w.moses, 3);
    moses.keys("g");
    assert_snapshot!("committee_menu", moses.screen());
    moses.keys("m");
    assert_snapshot!("review_queue", moses.screen());
    moses.keys("<enter>");
    assert_snapshot!("item_under_review", moses.screen());
    moses.keys("c");
    assert_snapshot!("request_changes_form", moses.screen());
    // The first template, with a note of the moderator's own.
    moses.keys("<tab> Which nurses?<c-s>");
    let back = moses.screen();
    assert!(back.contains("Sent back to li with your note."), "{back}");
    assert!(back.contains("Nothing waits for review"), "{back}");

    // li sees the committee's note, edits and sends it again.
    let seen = li.screen();
    assert!(seen.contains("changes requested"), "{seen}");
    li.keys("<enter>");
    let detail = li.screen();
    assert!(detail.contains("moses asked for changes"), "{detail}");
    assert!(detail.contains("Which nurses?"), "{detail}");
    // The committee's note comes first, under the state, not after the item.
    let note_at = detail.lines().position(|l| l.contains("moses wrote:"));
    assert!(note_at.is_some_and(|n| n < 6), "{detail}");
    li.keys("e");
    assert!(li.screen().contains("The committee asked for changes"));
    li.keys("<tab><tab><tab> and nurse managers in primary care<c-s>");
    assert!(li.screen().contains("Proposal 1 sent"));

    // Approved from the queue: the community exists with li as its first member.
    moses.keys("<enter>a<c-s>");
    let done = moses.screen();
    assert!(
        done.contains("Approved and published; li sees it in My submissions."),
        "{done}"
    );
    li.keys("gc");
    let communities = li.screen();
    assert!(communities.contains("Nursing leadership"), "{communities}");
    assert!(
        w.forum
            .store()
            .is_community_member("nursing", "li")
            .unwrap()
    );

    moses.keys("gm<tab><tab><tab>");
    assert_snapshot!("audit_log", moses.screen());
}

#[test]
fn a_second_moderator_deciding_the_same_item_is_told_who_decided() {
    let w = world();
    w.forum
        .propose_community(&w.li, None, proposal(), true)
        .unwrap();
    let mut moses = session(&w, &w.moses, 3);
    let mut amara = session(&w, &w.amara, 1);
    // Both read it and start deciding; moses sends first.
    moses.keys("gm<enter>x<right>");
    // The template picked fills the reason, which stays editable.
    let form = moses.screen();
    assert_eq!(
        form.matches("Duplicates an existing one.").count(),
        2,
        "{form}"
    );
    amara.keys("gm<enter>a");
    moses.keys("<c-s>");
    amara.keys("<c-s>");
    let told = amara.screen();
    assert!(
        told.contains("already rejected by moses"),
        "the second decision must name the first: {told}"
    );
    let log = w
        .forum
        .audit_log(&w.amara, &stoa::forum::AuditFilter::default())
        .unwrap();
    assert_eq!(log[0].reason, "Duplicates an existing one.");
}

fn proposal() -> stoa::domain::CommunityProposal {
    stoa::domain::CommunityProposal {
        strategies: Vec::new(),
        slug: "nursing".into(),
        name: "Nursing leadership".into(),
        purpose: "Nurses leading change in primary care share what works.".into(),
        audience: "Nurses".into(),
        members_only: false,
    }
}

fn thread(w: &World, who: &Viewer, title: &str, body: &str) -> ThreadId {
    w.forum
        .start_thread(
            who,
            CARE,
            NewThread {
                language: None,
                title: title.into(),
                body: body.into(),
            },
        )
        .unwrap()
        .id
}

#[test]
fn a_flagged_post_is_hidden_and_each_reader_sees_the_right_thing() {
    let w = world();
    let id = thread(&w, &w.li, "Cheap certificates", "Buy them at my shop.");
    let mut amara = session(&w, &w.amara, 1);
    amara.keys("gc<enter><enter>f");
    assert_snapshot!("flag_form", amara.screen());
    amara.keys("<right><tab>selling certificates<c-s>");
    assert!(
        amara
            .screen()
            .contains("the editorial committee will look at it")
    );
    w.forum
        .flag_post(&w.moses, id.opening_post(), FlagReason::OffTopic, "")
        .unwrap();

    let mut moses = session(&w, &w.moses, 3);
    moses.keys("gm<tab>");
    assert_snapshot!("flags_queue", moses.screen());
    moses.keys("h<c-s>");
    let after = moses.screen();
    assert!(after.contains("Post hidden"), "{after}");
    assert!(after.contains("No flagged posts."), "{after}");
    // Nothing flagged: nothing to hide or dismiss is offered.
    assert!(
        !after.contains("h hide") && !after.contains("x dismiss"),
        "{after}"
    );
    // The audit tab, read before the hiding, shows it once shown again.
    moses.keys("<tab><tab>");
    let log = moses.screen();
    assert!(log.contains("moses · hide · post 1"), "{log}");
    moses.keys("<s-tab><s-tab>");

    // Another member sees only that it was hidden; the author sees why; the
    // committee sees the original.
    amara.keys("<esc>");
    let mut other = session(&w, &w.amara, 1);
    let _ = &mut other;
    let mut li = session(&w, &w.li, 2);
    li.keys("gc<enter><enter>");
    let by_author = li.screen();
    assert!(
        by_author.contains("[hidden by the editorial committee: Spam.]"),
        "{by_author}"
    );
    assert!(!by_author.contains("Buy them at my shop."), "{by_author}");
    moses.keys("<enter>");
    let member = w.forum.read_thread(&w.li, id).unwrap();
    assert_eq!(member.posts[0].post.body, "");
    moses.keys("gc<enter><enter>");
    let by_committee = moses.screen();
    assert!(
        by_committee.contains("[hidden by moses: Spam.]"),
        "{by_committee}"
    );
    assert!(
        by_committee.contains("Buy them at my shop."),
        "{by_committee}"
    );
    assert_snapshot!("hidden_post_seen_by_the_committee", by_committee);
}

#[test]
fn the_committee_locks_pins_and_moves_threads_and_edits_with_a_note() {
    let w = world();
    let id = thread(&w, &w.li, "Funding reform", "Call me on +1 555 0100.");
    let mut moses = session(&w, &w.moses, 3);
    moses.keys("gc<enter><enter>");
    moses.keys("LBelongs to the committee's review.<c-s>");
    assert!(moses.screen().contains("Thread locked"));
    moses.keys("PImportant for everyone.<c-s>");
    assert!(moses.screen().contains("Thread pinned"));
    moses.keys("e");
    let editing = moses.screen();
    assert!(editing.contains("as the editorial committee"), "{editing}");
    moses.keys("Removed a phone number.<tab><c-a><c-k>Call me (number removed).<c-s>");
    let edited = moses.screen();
    assert!(
        edited.contains("Edited by the editorial committee: Removed a phone number."),
        "{edited}"
    );
    moses.keys("T");
    assert_snapshot!("move_thread_form", moses.screen());
    moses.keys("<right><tab>Fits primary care better.<c-s>");
    let moved = moses.screen();
    let t = w.forum.store().thread(id).unwrap().unwrap();
    assert!(t.locked && t.pinned);
    assert_ne!(t.community, CARE);
    // Said with the community's name, as members know it, not its slug.
    let to = w.forum.store().community(&t.community).unwrap().unwrap();
    assert!(
        moved.contains(&format!("Thread moved to {}.", to.name)),
        "{moved}"
    );

    let mut li = session(&w, &w.li, 2);
    li.keys("gc");
    li.keys("<enter>");
    let log = w
        .forum
        .audit_log(&w.amara, &stoa::forum::AuditFilter::default())
        .unwrap();
    let actions: Vec<String> = log.iter().map(|e| e.action.to_string()).collect();
    assert_eq!(actions, ["move", "edit", "pin", "lock", "role"]);
}

#[test]
fn members_are_muted_and_given_roles_from_the_members_tab() {
    let w = world();
    let mut moses = session(&w, &w.moses, 3);
    moses.keys("gm<tab><tab>");
    let tab = moses.screen();
    assert!(
        !tab.contains("R role"),
        "moderators do not change roles: {tab}"
    );
    // amara, li, moses: li is second.
    moses.keys("<down>S<bs><bs>12h<tab>Heated replies, cooling off.<c-s>");
    let muted = moses.screen();
    assert!(muted.contains("li is muted."), "{muted}");
    assert_snapshot!("members_tab", muted);
    let li_now = testkit::viewer(w.forum.account("li").unwrap().unwrap());
    let mut li = session(&w, &li_now, 2);
    // Told on arrival, in li's own time zone (Nairobi, 3 hours ahead of UTC).
    let arrived = li.screen();
    assert!(
        arrived.contains("Your account is muted until Mon 23 Nov 2026 00:00 EAT"),
        "{arrived}"
    );
    // At 40 columns the notice wraps over the rows it needs, read whole.
    li.resize(40, 12);
    let narrow = li.screen();
    let words = narrow.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("writing waits until then."), "{narrow}");
    li.resize(80, 24);
    li.keys("gc<enter>n");
    let told = li.screen();
    assert!(
        told.contains("Muted until Mon 23 Nov 2026 00:00 EAT"),
        "{told}"
    );

    let mut amara = session(&w, &w.amara, 1);
    amara.keys("gm<tab><tab><down>R<right><tab>Helps with the queue.<c-s>");
    let granted = amara.screen();
    assert!(granted.contains("li is now a moderator."), "{granted}");
    assert_eq!(
        w.forum.account("li").unwrap().unwrap().role,
        Role::Moderator
    );

    // The audit log filtered to one committee member.
    amara.keys("<tab>F<tab><tab><tab>");
    amara.keys("<esc>Fmoses<c-s>");
    let filtered = amara.screen();
    assert!(filtered.contains("Filtered: by moses"), "{filtered}");
    assert!(filtered.contains("mute"), "{filtered}");
    assert!(!filtered.contains("· role ·"), "{filtered}");
}

#[test]
fn members_cannot_reach_the_committee_desk() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    li.keys("g");
    let menu = li.screen();
    assert!(menu.contains("My submissions"), "{menu}");
    assert!(!menu.contains("Moderation"), "{menu}");
    li.keys("m");
    assert!(!li.screen().contains("review queue"));
}

#[test]
fn a_new_members_post_waits_for_review_and_is_published_on_approval() {
    let dir = tempfile::tempdir().unwrap();
    let forum = testkit::forum_with(
        dir.path(),
        stoa::forum::Editorial {
            new_member_posts: 1,
            ..Default::default()
        },
    )
    .unwrap();
    stoa::demo::load_communities(&forum).unwrap();
    let amara = testkit::viewer(testkit::sign_up(&forum, "amara", 1).unwrap());
    let li = testkit::viewer(testkit::sign_up(&forum, "li", 2).unwrap());
    let new = |who: &Viewer| Harness::new(forum.clone(), who.clone(), None, 80, 24);

    let mut li_tui = new(&li);
    li_tui.keys("gc<enter>nFirst steps<tab>Hello from Kisumu: how do you plan rosters?<c-s>");
    let told = li_tui.screen();
    assert!(
        told.contains("New members' first posts are reviewed: yours is in the queue"),
        "{told}"
    );
    assert!(told.contains("No threads yet"), "{told}");
    li_tui.keys("gs");
    assert!(li_tui.screen().contains("thread: First steps"));

    let mut amara_tui = new(&amara);
    amara_tui.keys("gm<enter>");
    assert_snapshot!("held_post_under_review", amara_tui.screen());
    amara_tui.keys("a<c-s>");
    assert!(amara_tui.screen().contains("Approved and published"));
    let threads = forum.threads(&li, CARE).unwrap();
    assert_eq!(threads[0].thread.title, "First steps");
    li_tui.keys("<enter>");
    assert!(li_tui.screen().contains("Published"));
}

#[test]
fn items_waiting_longer_than_the_configured_age_are_marked() {
    let w = world();
    let old = w
        .forum
        .propose_community(&w.li, None, proposal(), true)
        .unwrap();
    let mut fresh = proposal();
    fresh.slug = "midwifery".into();
    fresh.name = "Midwifery in remote areas".into();
    w.forum.propose_community(&w.li, None, fresh, true).unwrap();
    // Sent three days before the test clock's now; the default limit is 48 hours.
    let three_days_ago = w
        .forum
        .now()
        .checked_sub(jiff::SignedDuration::from_hours(72))
        .unwrap();
    w.forum
        .store()
        .update_submission::<()>(old.id, |s| {
            s.submitted_at = three_days_ago;
            Ok((None, None))
        })
        .unwrap();
    let mut moses = session(&w, &w.moses, 3);
    moses.keys("gm");
    let queue = moses.screen();
    assert_snapshot!("review_queue_overdue", queue);
    assert!(queue.contains("! 3d"), "{queue}");
    assert!(queue.contains("! waiting longer than 48 hours"), "{queue}");
    moses.keys("?");
    let help = moses.screen();
    assert!(help.contains("S-Tab       the previous tab"), "{help}");
}

#[test]
fn a_proposal_is_kept_as_a_draft_by_ctrl_d_or_a_dropped_connection() {
    let w = world();
    let mut li = session(&w, &w.li, 2);
    li.keys("gcnMidwifery in remote areas<c-d>");
    assert!(li.screen().contains("Draft 1 kept"));
    li.keys("gs");
    let mine = li.screen();
    assert!(mine.contains("draft, started just now"), "{mine}");
    // Sending a draft needs every field: the form says which.
    li.keys("<enter>e<c-s>");
    let refused = li.screen();
    assert!(refused.contains("choose a short name"), "{refused}");
    li.keys("midwifery");
    li.disconnect();
    let kept = w.forum.my_submissions(&w.li).unwrap();
    assert_eq!(kept.len(), 1);
    let stoa::domain::Item::Community(p) = &kept[0].item else {
        panic!("a community proposal")
    };
    assert_eq!(p.slug, "midwifery");
    assert!(w.forum.review_queue(&w.moses).unwrap().is_empty());
}

#[test]
fn an_audit_entry_opens_in_full_with_its_whole_before_and_after() {
    let w = world();
    let body: String = (1..=30)
        .map(|n| format!("Paragraph {n} of the rota, with a phone number at the end."))
        .collect::<Vec<_>>()
        .join("\n\n");
    let thread = w
        .forum
        .start_thread(
            &w.li,
            CARE,
            NewThread {
                language: None,
                title: "Night rota".into(),
                body,
            },
        )
        .unwrap();
    w.forum
        .edit_post_as_committee(
            &w.moses,
            thread.id.opening_post(),
            None,
            "The rota, without the number.",
            "Removed a phone number.",
        )
        .unwrap();
    let mut moses = session(&w, &w.moses, 3);
    // Queue, flags, members, then the audit log.
    moses.keys("gm<tab><tab><tab>");
    let log = moses.screen();
    assert!(log.contains("Removed a phone number."), "{log}");
    assert!(
        !log.contains("Paragraph 30 of the rota"),
        "one line in the list: {log}"
    );
    moses.keys("<enter>");
    let opened = moses.screen();
    assert!(opened.contains("Before"), "{opened}");
    assert!(opened.contains("Paragraph 2 of the rota"), "{opened}");
    moses.keys("<end><pgdn><pgdn><pgdn><pgdn><pgdn><pgdn>");
    let end = moses.screen();
    assert!(end.contains("Paragraph 30 of the rota"), "{end}");
    assert!(end.contains("The rota, without the number."), "{end}");
    moses.keys("<esc>");
    assert!(moses.screen().contains("Every committee action"));
}

/// Taken off the committee while at its desk: the desk offers nothing left to
/// act on, and home drops the committee's line.
#[test]
fn a_member_taken_off_the_committee_is_offered_nothing_of_its_desk() {
    let w = world();
    let t = thread(&w, &w.li, "Certificates for sale", "Cheap, no exam.");
    w.forum
        .flag_post(&w.amara, t.opening_post(), FlagReason::Spam, "")
        .unwrap();
    let mut moses = session(&w, &w.moses, 3);
    assert!(moses.screen().contains("Editorial committee:"));
    moses.keys("gm<tab>");
    assert!(moses.screen().contains("h hide"), "{}", moses.screen());
    w.forum
        .change_role(
            stoa::forum::Actor::Account(w.amara.account().unwrap()),
            "moses",
            Role::Member,
            "Steps down.",
        )
        .unwrap();
    moses.pump();
    let desk = moses.screen();
    assert!(desk.contains("moses · member"), "{desk}");
    assert!(!desk.contains("h hide"), "{desk}");
    moses.keys("gh");
    assert!(
        !moses.screen().contains("Editorial committee:"),
        "{}",
        moses.screen()
    );
}

#[test]
fn the_go_to_menu_keeps_every_entry_on_a_40_by_12_screen() {
    let w = world();
    let mut moses = session(&w, &w.moses, 3);
    moses.resize(40, 12);
    moses.keys("g");
    let menu = moses.screen();
    for entry in [
        " h ", " c ", " e ", " j ", " l ", " n ", " p ", " ! ", " s ", " y ", " m ", " i ",
    ] {
        assert!(menu.contains(entry), "{entry:?} missing:\n{menu}");
    }
    assert_snapshot!("go_to_menu_40x12", menu);
    // At 80×24 it is one column, as before.
    moses.keys("<esc>");
    moses.resize(80, 24);
    moses.keys("g");
    assert!(
        moses.screen().contains(" m  Moderation"),
        "{}",
        moses.screen()
    );
}
