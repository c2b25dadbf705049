//! Set-ups shared by the tests, the benchmark harness and tools that drive a forum
//! without a network: a forum on a directory with a fixed clock, and deterministic
//! keys and members.

use jiff::Timestamp;

use crate::domain::{Account, Region};
use crate::forum::{
    Clock, Editorial, Forum, ForumError, LoginMethod, PasswordPolicy, PublicKey, SignUp, Site,
    Viewer,
};
use crate::store::{Store, StoreError};

/// The instant every test forum lives at, so screens showing times do not change.
pub const NOW: &str = "2026-11-22T09:00:00Z";

/// Why a test forum could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the forum's settings were refused: {0}")]
    Settings(String),
}

/// A forum in `dir` whose clock stands still at [`NOW`].
pub fn forum(dir: &std::path::Path) -> Result<Forum, SetupError> {
    forum_with(dir, Editorial::default())
}

/// A forum like [`forum`] whose committee works by `editorial` (a quorum, say).
pub fn forum_with(dir: &std::path::Path, editorial: Editorial) -> Result<Forum, SetupError> {
    forum_on(Store::open(dir)?, editorial)
}

/// A forum like [`forum_with`] on a store the caller opened, on any engine.
pub fn forum_on(store: Store, editorial: Editorial) -> Result<Forum, SetupError> {
    let now: Timestamp = NOW.parse().unwrap_or(Timestamp::UNIX_EPOCH);
    // The address an operator would set, so screens name it as members see it.
    let site = Site {
        address: "forum.example.org:2222".into(),
        ..Site::default()
    };
    let forum = Forum::new(
        store,
        site,
        editorial,
        PasswordPolicy::default(),
        Clock::Fixed(now),
    )
    .map_err(SetupError::Settings)?;
    // Searchable, with an index in memory.
    let index = crate::search::SearchIndex::in_memory()
        .and_then(crate::search::Indexer::start)
        .map_err(|e| SetupError::Settings(e.to_string()))?;
    forum.attach_search(index).map_err(SetupError::Settings)?;
    Ok(forum)
}

/// Waits until everything written so far can be found by search.
pub fn settle_search(forum: &Forum) {
    if let Some(index) = forum.search_index() {
        index.settle();
    }
}

/// A distinct, deterministic Ed25519 public key per seed.
pub fn key(seed: u8) -> PublicKey {
    let pair = russh::keys::ssh_key::private::Ed25519Keypair::from_seed(&[seed; 32]);
    PublicKey::ed25519(pair.public)
}

pub fn sign_up_form(username: &str) -> SignUp {
    SignUp {
        username: username.into(),
        display_name: format!("{username} display"),
        organization: "Ministry of Health".into(),
        region: Some(Region::African),
        time_zone: "Africa/Nairobi".into(),
        accepted_policy: true,
        language: None,
    }
}

/// Signs `username` up with the key of `seed`.
pub fn sign_up(forum: &Forum, username: &str, seed: u8) -> Result<Account, ForumError> {
    forum.sign_up(&key(seed), sign_up_form(username))
}

/// A member's view of the forum, as after logging in with their key.
pub fn viewer(account: Account) -> Viewer {
    Viewer::Member {
        account,
        via: LoginMethod::Key,
    }
}

/// A public community named after its slug, created at [`NOW`].
pub fn community(slug: &str) -> crate::domain::Community {
    crate::domain::Community {
        strategies: Vec::new(),
        slug: slug.into(),
        name: format!("Community {slug}"),
        description: format!("Where {slug} is discussed."),
        visibility: crate::domain::Visibility::Public,
        created_at: NOW.parse().unwrap_or(Timestamp::UNIX_EPOCH),
    }
}

/// Sets `account`'s password, as the member would from their profile.
pub fn set_password(
    forum: &Forum,
    account: &Account,
    password: &str,
) -> Result<Account, ForumError> {
    forum.change_password(
        account,
        LoginMethod::Key,
        crate::forum::PasswordChange {
            current: String::new(),
            new: password.into(),
            confirm: password.into(),
        },
    )
}

/// The same store seen at another instant: a clock the test moves.
pub fn forum_at(store: &Store, now: Timestamp) -> Result<Forum, SetupError> {
    Forum::new(
        store.clone(),
        Site::default(),
        Editorial::default(),
        PasswordPolicy::default(),
        Clock::Fixed(now),
    )
    .map_err(SetupError::Settings)
}

/// A complete event, ten days after [`NOW`], in Geneva's time zone.
pub fn event_proposal(title: &str) -> crate::domain::EventProposal {
    use crate::domain::{EventKind, Strategy};
    crate::domain::EventProposal {
        kind: EventKind::Conference,
        title: title.into(),
        starts: "2026-12-02 09:00".into(),
        ends: "2026-12-03 17:00".into(),
        time_zone: "Europe/Zurich".into(),
        online: "https://example.org/live".into(),
        city: "Geneva".into(),
        country: "Switzerland".into(),
        organizer: "Integrated care network".into(),
        deadline: String::new(),
        description: "Two days on integrating primary care and public health.".into(),
        strategies: vec![Strategy::ModelOfCare],
        region: Some(Region::European),
        tags: "primary care, public health".into(),
        ..Default::default()
    }
}

/// A complete job, closing on the last day of 2026.
pub fn job_proposal(title: &str) -> crate::domain::JobProposal {
    use crate::domain::{Competency, JobKind};
    crate::domain::JobProposal {
        strategies: Vec::new(),
        kind: JobKind::Job,
        title: title.into(),
        organization: "Ministry of Health".into(),
        location: "Nairobi".into(),
        country: "Kenya".into(),
        region: Some(Region::African),
        remote: false,
        closes: "2026-12-31".into(),
        competencies: vec![Competency::PeopleCentredCare],
        tags: "primary care".into(),
        description: "Lead the roll-out of community health teams in two counties.".into(),
        how_to_apply: "Send a CV and a cover letter to jobs@example.org.".into(),
    }
}

/// The members most tests need: amara (the first to sign up, so admin), li (a
/// member) and moses (made a moderator by amara): an editorial committee of two.
pub struct Cast {
    pub amara: Viewer,
    pub li: Viewer,
    pub moses: Viewer,
}

/// Signs up the [`Cast`] with the keys of seeds 1, 2 and 3.
pub fn cast(forum: &Forum) -> Result<Cast, ForumError> {
    let amara = sign_up(forum, "amara", 1)?;
    let li = viewer(sign_up(forum, "li", 2)?);
    sign_up(forum, "moses", 3)?;
    let moses = forum.change_role(
        crate::forum::Actor::Account(&amara),
        "moses",
        crate::domain::Role::Moderator,
        "Joins the editorial committee.",
    )?;
    Ok(Cast {
        amara: viewer(amara),
        li,
        moses: viewer(moses),
    })
}

/// A complete resource, discussed in the community `community`.
pub fn resource_proposal(title: &str, community: &str) -> crate::domain::ResourceProposal {
    use crate::domain::{ResourceKind, Strategy};
    crate::domain::ResourceProposal {
        kind: ResourceKind::Toolkit,
        title: title.into(),
        authors: "District health teams".into(),
        year: "2024".into(),
        link: "https://example.org/toolkit".into(),
        summary: "How to run community scorecards at health facilities.".into(),
        language: "English".into(),
        strategies: vec![Strategy::Governance],
        region: Some(Region::African),
        country: String::new(),
        tags: "accountability".into(),
        community: community.into(),
        ..Default::default()
    }
}

/// A complete practice, discussed in the community `community`.
pub fn practice_proposal(title: &str, community: &str) -> crate::domain::PracticeProposal {
    use crate::domain::{PracticeLevel, Strategy};
    crate::domain::PracticeProposal {
        level: PracticeLevel::Emerging,
        title: title.into(),
        country: "Kenya".into(),
        setting: "Two counties, 40 villages".into(),
        period: "2021–2024".into(),
        summary: "County teams plan services with household visits.".into(),
        what_was_done: "Community health teams visited every household twice a year.".into(),
        results: "Reported by the county: coverage rose.".into(),
        lessons: "Supervision mattered more than training.".into(),
        contact: String::new(),
        strategies: vec![Strategy::ModelOfCare, Strategy::EngagingPeople],
        region: Some(Region::African),
        tags: "community health".into(),
        community: community.into(),
        ..Default::default()
    }
}

/// A forum in `dir` with the whole demo loaded (communities, discussions, boards,
/// library, news) and the [`Cast`] signed up.
pub fn demo_with_cast(dir: &std::path::Path) -> Result<(Forum, Cast), SetupError> {
    with_demo_and_cast(forum(dir)?)
}

/// Loads the demo into `forum` and signs up the [`Cast`], as [`demo_with_cast`].
pub fn with_demo_and_cast(forum: Forum) -> Result<(Forum, Cast), SetupError> {
    crate::demo::load(&forum).map_err(|e| SetupError::Settings(e.to_string()))?;
    let cast = cast(&forum).map_err(|e| SetupError::Settings(e.to_string()))?;
    // The demo is written straight to the store: index it from scratch, as
    // `stoa reindex` does, so that scores (and the order of results) are the
    // same on every run.
    forum
        .rebuild_search(true)
        .map_err(|e| SetupError::Settings(e.to_string()))?;
    Ok((forum, cast))
}

/// Text a member might type, or paste to do harm: any characters at all, mixed
/// with what breaks terminals, XML and iCalendar (controls, noncharacters, line
/// separators, bidi controls, stacked combining marks, reserved punctuation,
/// whitespace at the ends).
pub fn hostile_text() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let piece = prop_oneof![
        any::<String>(),
        "[a-zé東 ]{0,12}",
        Just("\u{FFFE}\u{FFFF}\u{FDD0}\u{FDEF}\u{1FFFE}\u{10FFFF}".to_string()),
        Just("\x00\x08\x0b\x0c\x1b[2J\u{9b}31m\x7f\r\n\t".to_string()),
        Just(
            "\u{2028}\u{2029}\u{200B}\u{200E}\u{200F}\u{061C}\u{202E}\u{2066}\u{FE0F}".to_string()
        ),
        Just(format!("e{}", "\u{301}".repeat(9))),
        Just("&<>\"'; ,\\:]]>&amp;".to_string()),
        Just("\u{D7FF}\u{E000}\u{FFFD}\u{10000}".to_string()),
        Just("  \u{3000}\u{A0}".to_string()),
    ];
    prop::collection::vec(piece, 0..6).prop_map(|pieces| pieces.concat())
}

pub mod postgres;
