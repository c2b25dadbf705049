//! What members see: every screen drawn at 80×24 (and other sizes), driven by keys
//! as a person would type them. Snapshots live in `tests/screens/snapshots/`.

use insta::assert_snapshot;
use stoa::domain::Role;
use stoa::forum::{Actor, Forum, LoginMethod, Viewer};
use stoa_core::testkit::key;
use stoa_ui::tui::harness::Harness;

/// A forum with the demo communities, on a fixed clock.
fn forum() -> (Forum, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let forum = stoa_core::testkit::forum(dir.path()).unwrap();
    stoa::demo::load_communities(&forum).unwrap();
    (forum, dir)
}

fn guest(forum: &Forum, seed: u8) -> Harness {
    let key = key(seed);
    let fingerprint = key.fingerprint();
    Harness::new(
        forum.clone(),
        Viewer::Guest { key: Some(key) },
        Some(fingerprint),
        80,
        24,
    )
}

/// Signs up through the form, as a guest would.
fn signed_up(forum: &Forum, seed: u8, username: &str) -> Harness {
    let mut h = guest(forum, seed);
    h.keys("s");
    h.keys(username)
        .keys("<tab>Amara Okafor<tab>Kenya Ministry of Health<tab><right><tab>");
    h.keys(&"<bs>".repeat(3))
        .keys("Africa/Nairobi<tab><enter>a<c-s>");
    h
}

#[test]
fn guest_home() {
    let (forum, _dir) = forum();
    assert_snapshot!(guest(&forum, 1).screen());
}

#[test]
fn guest_home_wide() {
    let (forum, _dir) = forum();
    let mut h = guest(&forum, 1);
    h.resize(200, 50);
    assert_snapshot!(h.screen());
}

/// At 40×12 the footer still says how to sign up, and the form how to send
/// it and leave: most used keys come first, help always among them.
#[test]
fn narrow_footers_keep_the_keys_that_matter() {
    let (forum, _dir) = forum();
    let mut h = guest(&forum, 1);
    h.resize(40, 12);
    let home = h.screen();
    let footer = home.lines().last().unwrap_or_default().to_string();
    assert!(
        footer.contains("s sign up") && footer.contains("? help"),
        "{home}"
    );
    h.keys("s");
    let form = h.screen();
    let footer = form.lines().last().unwrap_or_default().to_string();
    assert!(footer.contains("Ctrl-S sign up"), "{form}");
    assert!(
        footer.contains("Esc") && footer.contains("F1 help"),
        "{form}"
    );
}

#[test]
fn sign_up_form_empty() {
    let (forum, _dir) = forum();
    let mut h = guest(&forum, 1);
    h.keys("s");
    assert_eq!(h.app.screen_title(), "Sign up");
    assert_snapshot!(h.screen());
}

#[test]
fn sign_up_form_with_errors_keeps_what_was_typed() {
    let (forum, _dir) = forum();
    let mut h = guest(&forum, 1);
    h.keys("sAmara O<tab><tab>Clinic<tab><tab><bs><bs><bs>Mars/Base<c-s>");
    let screen = h.screen();
    assert!(screen.contains("Amara O"), "typed username kept");
    assert!(screen.contains("Mars/Base"), "typed time zone kept");
    assert!(h.app.viewer().account().is_none(), "no account was made");
    assert_snapshot!(screen);
}

#[test]
fn the_policy_is_shown_in_full_and_accepting_ticks_the_box() {
    let (forum, _dir) = forum();
    let mut h = guest(&forum, 1);
    h.keys("s<s-tab><s-tab><enter>");
    assert_eq!(h.app.screen_title(), "Editorial policy");
    assert_snapshot!("policy_top", h.screen());
    h.keys("<end>");
    let end = h.screen();
    assert!(end.contains("By accepting, you agree"), "{end}");
    assert_snapshot!("policy_end", end);
    h.keys("a");
    assert_eq!(h.app.screen_title(), "Sign up");
    assert!(h.screen().contains("[x] I have read and accept"));
}

#[test]
fn signing_up_makes_the_first_member_admin_and_lands_on_home() {
    let (forum, _dir) = forum();
    let mut h = signed_up(&forum, 1, "amara");
    let account = h.app.viewer().account().expect("signed up").clone();
    assert_eq!(
        (account.username.as_str(), account.role),
        ("amara", Role::Admin)
    );
    assert_eq!(account.region, stoa::domain::Region::African);
    assert_eq!(account.time_zone, "Africa/Nairobi");
    assert_snapshot!(h.screen());
    // The second member is a member.
    let h2 = signed_up(&forum, 2, "bruno");
    assert_eq!(h2.app.viewer().role(), Some(Role::Member));
}

fn member(forum: &Forum, seed: u8, username: &str) -> Harness {
    let mut h = signed_up(forum, seed, username);
    let account = h.app.viewer().account().unwrap().clone();
    // A returning member: a fresh session, as after reconnecting.
    h = Harness::new(
        forum.clone(),
        Viewer::Member {
            account,
            via: LoginMethod::Key,
        },
        Some(key(seed).fingerprint()),
        80,
        24,
    );
    h
}

#[test]
fn member_home() {
    let (forum, _dir) = forum();
    let mut h = member(&forum, 1, "amara");
    h.keys("jj");
    assert_snapshot!(h.screen());
}

#[test]
fn member_home_wide() {
    let (forum, _dir) = forum();
    let mut h = member(&forum, 1, "amara");
    h.resize(200, 50);
    assert_snapshot!(h.screen());
}

#[test]
fn go_to_menu() {
    let (forum, _dir) = forum();
    let mut h = member(&forum, 1, "amara");
    h.keys("g");
    assert_snapshot!(h.screen());
    h.keys("c");
    assert_eq!(h.app.screen_title(), "Communities");
}

#[test]
fn communities() {
    let (forum, _dir) = forum();
    let mut h = member(&forum, 1, "amara");
    h.keys("gcjjj");
    assert_snapshot!(h.screen());
}

#[test]
fn help_lists_the_keys_of_the_screen_it_was_opened_on() {
    let (forum, _dir) = forum();
    let mut h = member(&forum, 1, "amara");
    h.keys("gy?");
    assert_eq!(h.app.screen_title(), "Help: Your profile");
    let screen = h.screen();
    assert!(screen.contains("add an SSH key"), "{screen}");
    assert_snapshot!(screen);
    h.keys("<esc>");
    assert_eq!(h.app.screen_title(), "Your profile");
}

#[test]
fn f1_opens_help_from_a_text_field() {
    let (forum, _dir) = forum();
    let mut h = guest(&forum, 1);
    h.keys("sam?");
    assert!(h.screen().contains("am?"), "? is typed into the field");
    h.keys("<f1>");
    assert_eq!(h.app.screen_title(), "Help: Sign up");
    h.keys("<esc>");
    assert!(h.screen().contains("am?"), "the form is as it was");
}

#[test]
fn help_on_home() {
    let (forum, _dir) = forum();
    let mut h = guest(&forum, 1);
    h.keys("?");
    assert_snapshot!(h.screen());
}

#[test]
fn profile() {
    let (forum, _dir) = forum();
    let mut h = member(&forum, 1, "amara");
    h.keys("gy");
    assert_snapshot!(h.screen());
}

#[test]
fn editing_the_profile() {
    let (forum, _dir) = forum();
    let mut h = member(&forum, 1, "amara");
    h.keys("gye<tab><tab><right><tab><tab>Community nurse in Kisumu.<enter>Works on home visits.");
    assert_snapshot!("edit_profile_form", h.screen());
    // Competencies: the first and the third.
    h.keys("<tab> <right><right> <c-s>");
    let account = h.app.viewer().account().unwrap();
    assert_eq!(account.region, stoa::domain::Region::Americas);
    assert_eq!(account.competencies.len(), 2);
    assert_eq!(
        account.bio,
        "Community nurse in Kisumu.\nWorks on home visits."
    );
    assert_eq!(h.app.screen_title(), "Your profile");
    assert_snapshot!("profile_after_edit", h.screen());
    // A bad time zone is refused next to its field, and the form stays.
    h.keys("e<tab><tab><tab><end>x<c-s>");
    assert_eq!(h.app.screen_title(), "Edit profile");
    assert!(h.screen().contains("unknown time zone"));
}

#[test]
fn adding_and_removing_keys() {
    let (forum, _dir) = forum();
    let mut h = member(&forum, 1, "amara");
    h.keys("gya");
    h.paste("not a key");
    h.keys("<c-s>");
    assert_snapshot!("add_key_error", h.screen());
    h.keys("<c-a><c-k>");
    h.paste(&format!("{} laptop@home\n", key(7).openssh()));
    h.keys("<c-s>");
    assert_eq!(h.app.viewer().account().unwrap().keys.len(), 2);
    assert_eq!(h.app.screen_title(), "Your profile");
    h.keys("j");
    assert_snapshot!("profile_two_keys", h.screen());
    h.keys("d");
    assert_snapshot!("remove_key_confirm", h.screen());
    h.keys("y");
    let keys = &h.app.viewer().account().unwrap().keys;
    assert_eq!(keys.len(), 1);
    assert_eq!(
        keys[0].fingerprint,
        key(1).fingerprint(),
        "the session's key stays"
    );
}

#[test]
fn the_last_key_cannot_be_removed_without_a_password() {
    let (forum, _dir) = forum();
    let mut h = member(&forum, 1, "amara");
    h.keys("gyd");
    assert!(h.screen().contains("only way to log in"));
    assert_eq!(h.app.viewer().account().unwrap().keys.len(), 1);
}

#[test]
fn setting_a_password() {
    let (forum, _dir) = forum();
    let mut h = member(&forum, 1, "amara");
    h.keys("gyp");
    assert_snapshot!("password_form", h.screen());
    h.keys("short<tab>short<c-s>");
    assert!(h.screen().contains("at least 10 characters"));
    h.keys("<s-tab><c-a><c-k>long enough pass<tab><c-a><c-k>long enough pass<c-s>");
    assert!(h.app.viewer().account().unwrap().has_password());
    assert!(
        forum
            .login_by_password("amara", "long enough pass")
            .unwrap()
            .is_some()
    );
    assert_snapshot!("profile_with_password", h.screen());
}

#[test]
fn a_role_change_by_an_admin_shows_in_an_open_session() {
    let (forum, _dir) = forum();
    let mut first = member(&forum, 1, "amara");
    let mut second = member(&forum, 2, "bruno");
    let admin = first.app.viewer().account().unwrap().clone();
    forum
        .grant_role(Actor::Account(&admin), "bruno", Role::Moderator)
        .unwrap();
    second.send(stoa::tui::Msg::Changed(stoa::forum::Change::Account(
        "bruno".into(),
    )));
    assert!(
        second
            .screen()
            .lines()
            .next()
            .unwrap()
            .ends_with("bruno · moderator")
    );
    assert!(first.screen().contains("amara · admin"));
}

#[test]
fn a_failed_job_frees_the_form_and_says_so() {
    let (forum, _dir) = forum();
    let mut h = guest(&forum, 1);
    h.keys("s");
    h.send(stoa::tui::Msg::Failed);
    assert!(h.screen().contains("nothing was saved"));
    h.keys("x");
    assert!(
        h.screen().contains("Username *         x"),
        "typing works again"
    );
}

#[test]
fn q_on_home_quits_and_q_elsewhere_goes_back() {
    let (forum, _dir) = forum();
    let mut h = member(&forum, 1, "amara");
    h.keys("gcq");
    assert_eq!(h.app.screen_title(), "Home");
    assert!(!h.quit_requested());
    h.keys("q");
    assert!(h.quit_requested());
    let mut h = member(&forum, 2, "bruno");
    h.keys("gye<c-c>");
    assert!(
        h.quit_requested(),
        "Ctrl-C leaves from anywhere, forms included"
    );
}

#[test]
fn a_guest_without_a_key_is_told_how_to_sign_up() {
    let (forum, _dir) = forum();
    let mut h = Harness::new(forum.clone(), Viewer::Guest { key: None }, None, 80, 24);
    h.keys("s");
    assert_eq!(h.app.screen_title(), "Welcome");
    assert!(h.screen().contains("Connect with an SSH key to sign up"));
}

#[test]
fn tiny_terminals_say_so_instead_of_panicking() {
    let (forum, _dir) = forum();
    let mut h = member(&forum, 1, "amara");
    for (w, h_) in [
        (0, 0),
        (1, 1),
        (0, 24),
        (80, 0),
        (39, 24),
        (80, 9),
        (40, 10),
        (500, 200),
    ] {
        h.resize(w, h_);
        let screen = h.screen();
        if w >= 40 && h_ >= 10 {
            assert!(!screen.contains("too small"), "{w}×{h_}");
        } else if w >= 20 && h_ > 0 {
            assert!(
                screen.starts_with("Terminal too small"),
                "{w}×{h_}: {screen}"
            );
        } else if w > 0 && h_ > 0 {
            assert!(!screen.trim().is_empty(), "{w}×{h_}: something is shown");
        }
    }
    h.resize(39, 9);
    assert_snapshot!("too_small", h.screen());
    for script in ["gy", "e", "<esc>", "?", "<esc>gc", "g"] {
        h.resize(40, 10);
        h.keys(script);
        h.screen();
        h.resize(1, 1);
        h.screen();
    }
}

#[test]
fn hostile_names_never_reach_the_terminal_as_escapes() {
    let (forum, _dir) = forum();
    let mut h = member(&forum, 1, "amara");
    let account = h.app.viewer().account().unwrap().clone();
    let mut edit = stoa::forum::ProfileEdit::of(&account);
    edit.bio = "\x1b]0;owned\x07\x1b[2Jhello".into();
    forum.edit_profile(&account, edit).unwrap();
    h.send(stoa::tui::Msg::Changed(stoa::forum::Change::Account(
        "amara".into(),
    )));
    let screen = h.keys("gy").screen();
    assert!(!screen.contains('\x1b') && !screen.contains('\x07'));
    assert!(screen.contains("]0;owned[2Jhello"), "{screen}");
}

#[test]
fn closing_an_overlay_keeps_the_screen_under_it() {
    let (forum, _dir) = forum();
    let mut h = member(&forum, 1, "amara");
    h.keys("gcg<esc>");
    assert_eq!(h.app.screen_title(), "Communities");
    h.keys("gq");
    assert_eq!(h.app.screen_title(), "Communities");
    h.keys("gya");
    h.paste(&key(7).openssh());
    h.keys("<c-s>jd");
    assert!(h.screen().contains("Remove the key"));
    h.keys("n");
    assert_eq!(h.app.screen_title(), "Your profile");
    assert_eq!(
        h.app.viewer().account().unwrap().keys.len(),
        2,
        "nothing removed"
    );
}

#[test]
fn leaving_a_changed_form_asks_first() {
    let (forum, _dir) = forum();
    let mut h = guest(&forum, 1);
    h.keys("s<esc>");
    assert_eq!(
        h.app.screen_title(),
        "Welcome",
        "an untouched form just closes"
    );
    h.keys("samara<esc>");
    assert_snapshot!("leave_form_confirm", h.screen());
    h.keys("n");
    assert_eq!(h.app.screen_title(), "Sign up");
    assert!(h.screen().contains("amara"), "still there");
    h.keys("<esc>y");
    assert_eq!(h.app.screen_title(), "Welcome");
}
