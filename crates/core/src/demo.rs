//! Demo content, loaded into an empty database so a new forum is not a blank page.
//! The text lives in `assets/demo/`. Its people and organizations are fictional;
//! what it quotes from the network's documents names them. Everything it adds is
//! marked in the store, labelled `[demo]` wherever it is shown, and removed by
//! `stoa admin remove-demo` (see `forum::demo_content`).

use jiff::Timestamp;
use serde::Deserialize;

use crate::domain::{
    Account, Attachment, Audience, Community, Competency, EventKind, EventProposal, Item, JobKind,
    JobProposal, News, NewsKind, PracticeProposal, Region, ResourceProposal, Role, Strategy,
    Visibility,
};
use crate::forum::{Forum, ForumError, Seed, SeedItem, SeedReply, SeedThread};
use crate::store::sha256_hex;

const COMMUNITIES: &str = include_str!("../../../assets/demo/communities.toml");
const DISCUSSIONS: &str = include_str!("../../../assets/demo/discussions.toml");
const BOARDS: &str = include_str!("../../../assets/demo/boards.toml");
const LIBRARY: &str = include_str!("../../../assets/demo/library.toml");

#[derive(Deserialize)]
struct DemoFile {
    community: Vec<DemoCommunity>,
}

#[derive(Deserialize)]
struct DemoCommunity {
    slug: String,
    name: String,
    description: String,
    #[serde(default = "public")]
    visibility: Visibility,
    #[serde(default)]
    strategies: Vec<Strategy>,
}

fn public() -> Visibility {
    Visibility::Public
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DiscussionsFile {
    person: Vec<DemoPerson>,
    thread: Vec<DemoThread>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoPerson {
    username: String,
    display_name: String,
    organization: String,
    region: Region,
    time_zone: String,
    #[serde(default)]
    competencies: Vec<Competency>,
    #[serde(default)]
    bio: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoThread {
    community: String,
    title: String,
    author: String,
    hours_ago: i64,
    #[serde(default)]
    pinned: bool,
    body: String,
    #[serde(default)]
    reply: Vec<DemoReply>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoReply {
    author: String,
    to: usize,
    hours_ago: i64,
    body: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BoardsFile {
    event: Vec<DemoEvent>,
    job: Vec<DemoJob>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoEvent {
    kind: EventKind,
    title: String,
    in_days: i64,
    at: String,
    days: i64,
    until: String,
    time_zone: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    online: String,
    organizer: String,
    deadline_in_days: Option<i64>,
    region: Region,
    strategies: Vec<Strategy>,
    tags: String,
    #[serde(default)]
    competencies: Vec<Competency>,
    #[serde(default)]
    audiences: Vec<Audience>,
    by: String,
    description: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoJob {
    kind: JobKind,
    title: String,
    organization: String,
    #[serde(default)]
    location: String,
    #[serde(default)]
    country: String,
    region: Region,
    #[serde(default)]
    remote: bool,
    closes_in_days: i64,
    #[serde(default)]
    strategies: Vec<Strategy>,
    competencies: Vec<Competency>,
    tags: String,
    by: String,
    description: String,
    how_to_apply: String,
}

/// The demo's events and jobs, dated from `now`.
fn boards(now: Timestamp) -> Result<Vec<(String, Item)>, DemoError> {
    let file: BoardsFile = toml::from_str(BOARDS)?;
    // Today in the organizer's zone, `days` on.
    let day = |zone: &str, days: i64| -> String {
        let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
        let today = now.to_zoned(tz).date();
        today
            .checked_add(jiff::Span::new().days(days))
            .unwrap_or(today)
            .to_string()
    };
    let mut items = Vec::new();
    for e in file.event {
        let first = day(&e.time_zone, e.in_days);
        let last = day(&e.time_zone, e.in_days + e.days.max(1) - 1);
        items.push((
            e.by,
            Item::Event(EventProposal {
                kind: e.kind,
                title: e.title,
                starts: format!("{first} {}", e.at),
                ends: format!("{last} {}", e.until),
                time_zone: e.time_zone.clone(),
                online: e.online,
                city: e.city,
                country: e.country,
                organizer: e.organizer,
                deadline: e
                    .deadline_in_days
                    .map(|d| day(&e.time_zone, d))
                    .unwrap_or_default(),
                description: e.description.trim().to_string(),
                strategies: e.strategies,
                region: Some(e.region),
                tags: e.tags,
                competencies: e.competencies,
                audiences: e.audiences,
            }),
        ));
    }
    for j in file.job {
        items.push((
            j.by,
            Item::Job(JobProposal {
                kind: j.kind,
                title: j.title,
                organization: j.organization,
                location: j.location,
                country: j.country,
                region: Some(j.region),
                remote: j.remote,
                closes: day("UTC", j.closes_in_days),
                competencies: j.competencies,
                strategies: j.strategies,
                tags: j.tags,
                description: j.description.trim().to_string(),
                how_to_apply: j.how_to_apply,
            }),
        ));
    }
    Ok(items)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LibraryFile {
    resource: Vec<Dated<ResourceProposal>>,
    practice: Vec<Dated<PracticeProposal>>,
    news: Vec<DemoNews>,
}

/// A proposal, with who proposed it and how many days before start-up.
#[derive(Deserialize)]
struct Dated<T> {
    by: String,
    days_ago: i64,
    /// One of the network's documents (`assets/demo/documents/`): its text is
    /// the entry's own, and the document goes with it as a file.
    #[serde(default)]
    document: Option<String>,
    #[serde(flatten)]
    item: T,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoNews {
    title: String,
    region: Option<Region>,
    /// Dated back from start-up, unless it has a `date` of its own (an item of
    /// the network's, quoted with the day it was published).
    #[serde(default)]
    days_ago: i64,
    date: Option<jiff::civil::Date>,
    body: String,
}

/// The network's documents the demo library carries, by file name.
fn document(name: &str) -> Result<&'static [u8], DemoError> {
    match name {
        "integratedcare4people-platform.txt" => Ok(include_bytes!(
            "../../../assets/demo/documents/integratedcare4people-platform.txt"
        )),
        "wish-community-engagement-report.txt" => Ok(include_bytes!(
            "../../../assets/demo/documents/wish-community-engagement-report.txt"
        )),
        "coordinated-care-competencies.txt" => Ok(include_bytes!(
            "../../../assets/demo/documents/coordinated-care-competencies.txt"
        )),
        "health-systems-for-health-security.txt" => Ok(include_bytes!(
            "../../../assets/demo/documents/health-systems-for-health-security.txt"
        )),
        other => Err(DemoError::Document(other.to_string())),
    }
}

/// A document as text to read on a screen: each paragraph (lines up to a blank
/// one) on one line, spaces run together, so it wraps to the reader's width.
fn readable(text: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for line in text.lines() {
        let words = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if words.is_empty() {
            if !current.is_empty() {
                paragraphs.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(words);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current.join(" "));
    }
    crate::forum::sanitize::multiline(&paragraphs.join("\n\n")).into_owned()
}

/// The demo library's entries, each by its author and dated, and the news.
fn library(now: Timestamp) -> Result<(Vec<SeedItem>, Vec<News>), DemoError> {
    let file: LibraryFile = toml::from_str(LIBRARY)?;
    let mut items = Vec::new();
    for r in file.resource {
        let mut item = r.item;
        let mut files = Vec::new();
        if let Some(name) = &r.document {
            let bytes = document(name)?;
            // What the entry says of the document first, then the document.
            let document = readable(&String::from_utf8_lossy(bytes));
            item.text = match item.text.trim() {
                "" => document,
                intro => format!("{intro}\n\n{document}"),
            };
            item.files.push(Attachment {
                name: name.clone(),
                size: bytes.len() as u64,
                media_type: "text/plain".into(),
                sha256: sha256_hex(bytes),
                added: None,
            });
            files.push(bytes.to_vec());
        }
        items.push(SeedItem {
            author: r.by,
            item: Item::Resource(item),
            days_ago: r.days_ago,
            files,
        });
    }
    for p in file.practice {
        items.push(SeedItem {
            author: p.by,
            item: Item::Practice(p.item),
            days_ago: p.days_ago,
            files: Vec::new(),
        });
    }
    let news = file
        .news
        .into_iter()
        .map(|n| News {
            language: crate::forum::languages::written_in(None, &n.title, &n.body),
            translations: Vec::new(),
            kind: NewsKind::News,
            submission: None,
            corrections: Vec::new(),
            withdrawn: None,
            id: Default::default(),
            title: n.title,
            body: n.body.trim().to_string(),
            region: n.region,
            by: "editorial committee".into(),
            published_at: n
                .date
                .and_then(|d| d.to_zoned(jiff::tz::TimeZone::UTC).ok())
                .map(|z| z.timestamp())
                .unwrap_or(now - jiff::SignedDuration::from_hours(24 * n.days_ago)),
        })
        .collect();
    Ok((items, news))
}

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("the demo content in assets/demo/ is damaged: {0}")]
    Damaged(#[from] toml::de::Error),
    #[error(transparent)]
    Forum(#[from] ForumError),
    #[error("the demo library names a document it does not carry: {0}")]
    Document(String),
}

pub fn communities(now: Timestamp) -> Result<Vec<Community>, DemoError> {
    let file: DemoFile = toml::from_str(COMMUNITIES)?;
    Ok(file
        .community
        .into_iter()
        .map(|c| Community {
            slug: c.slug.into(),
            name: c.name,
            description: c
                .description
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            visibility: c.visibility,
            created_at: now,
            strategies: c.strategies,
        })
        .collect())
}

/// The demo's people and threads.
fn discussions(now: Timestamp) -> Result<(Vec<Account>, Vec<SeedThread>), DemoError> {
    let file: DiscussionsFile = toml::from_str(DISCUSSIONS)?;
    let people = file
        .person
        .into_iter()
        .map(|p| Account {
            username: p.username.into(),
            display_name: p.display_name,
            organization: p.organization,
            region: p.region,
            bio: p.bio,
            time_zone: p.time_zone,
            role: Role::Member,
            keys: Vec::new(),
            password_hash: None,
            policy_accepted_at: Some(now),
            created_at: now,
            last_seen: now,
            previous_seen: None,
            sanction: None,
            competencies: p.competencies,
            preferences: Default::default(),
        })
        .collect();
    let threads = file
        .thread
        .into_iter()
        .map(|t| SeedThread {
            community: t.community,
            title: t.title,
            author: t.author,
            hours_ago: t.hours_ago,
            pinned: t.pinned,
            body: t.body,
            replies: t
                .reply
                .into_iter()
                .map(|r| SeedReply {
                    author: r.author,
                    to: r.to,
                    hours_ago: r.hours_ago,
                    body: r.body,
                })
                .collect(),
        })
        .collect();
    Ok((people, threads))
}

/// Loads the demo (communities, people, threads) if the forum is empty; returns
/// how many communities were added.
pub fn load(forum: &Forum) -> Result<usize, DemoError> {
    let now = forum.now();
    let (people, threads) = discussions(now)?;
    let library = library(now)?;
    Ok(forum.seed_demo(&Seed {
        communities: communities(now)?,
        people,
        threads,
        items: {
            let mut items: Vec<SeedItem> = boards(now)?
                .into_iter()
                .map(|(author, item)| SeedItem {
                    author,
                    item,
                    days_ago: 0,
                    files: Vec::new(),
                })
                .collect();
            items.extend(library.0);
            items
        },
        news: library.1,
    })?)
}

/// Loads the demo communities only, for tests that start from empty communities.
pub fn load_communities(forum: &Forum) -> Result<usize, DemoError> {
    Ok(forum.seed_demo(&Seed {
        communities: communities(forum.now())?,
        people: Vec::new(),
        threads: Vec::new(),
        items: Vec::new(),
        news: Vec::new(),
    })?)
}

#[cfg(test)]
mod tests {
    use crate::domain::{Item, PracticeLevel, Role, SubmissionId};
    use crate::forum::Viewer;

    #[test]
    fn the_demo_discussions_load_as_threads_with_replies() {
        let (forum, _dir) = crate::forum::testing::forum();
        assert_eq!(super::load(&forum).unwrap(), 6);
        let guest = Viewer::Guest { key: None };
        let threads = forum.threads(&guest, "primary-health-care").unwrap();
        assert_eq!(threads.len(), 2);
        assert!(threads[0].thread.pinned, "the welcome thread is pinned");
        let view = forum.read_thread(&guest, threads[1].thread.id).unwrap();
        let depths: Vec<usize> = view.posts.iter().map(|p| p.depth).collect();
        assert_eq!(depths, [0, 1, 2, 3, 1]);
        assert_eq!(view.author_name("amina_yusuf"), "Amina Yusuf");
        // Demo people are not sign-ups: the first real member is still the admin.
        let first = crate::testkit::sign_up(&forum, "amara", 1).unwrap();
        assert_eq!(first.role, Role::Admin);
        assert!(
            forum
                .store()
                .account("tomas_rivera")
                .unwrap()
                .unwrap()
                .keys
                .is_empty()
        );
        assert_eq!(super::load(&forum).unwrap(), 0, "only into an empty forum");
    }

    #[test]
    fn the_demo_fills_both_boards_with_upcoming_items() {
        let (forum, _dir) = crate::forum::testing::forum();
        super::load(&forum).unwrap();
        let guest = Viewer::Guest { key: None };
        let events = forum.upcoming_events(&guest, &Default::default()).unwrap();
        assert_eq!(events.len(), 5);
        assert!(events.iter().any(|l| l.event.deadline.is_some()));
        let jobs = forum.open_jobs(&Default::default()).unwrap();
        assert_eq!(jobs.len(), 4);
        let library = forum.library(&Default::default()).unwrap();
        assert_eq!(library.len(), 13);
        assert!(
            library
                .iter()
                .any(|e| e.title.starts_with("Framework") && e.kind() == "WHO document")
        );
        assert_eq!(forum.news(10).unwrap().len(), 3);
        // Their ids come from the submissions' counter: a new submission takes the next.
        let amara = crate::testkit::viewer(crate::testkit::sign_up(&forum, "amara", 1).unwrap());
        let s = forum
            .propose_event(&amara, None, crate::testkit::event_proposal("Mine"), false)
            .unwrap();
        assert_eq!(s.id, SubmissionId(23));
    }

    /// Every practice of the demo is a case study of the WISH report: it cites
    /// the report and its caveat, and claims no committee's level.
    #[test]
    fn the_demo_practices_cite_the_wish_report_and_are_not_rated() {
        let (items, _) = super::library(jiff::Timestamp::UNIX_EPOCH).unwrap();
        let practices: Vec<_> = items
            .iter()
            .filter_map(|i| match &i.item {
                Item::Practice(p) => Some(p),
                _ => None,
            })
            .collect();
        assert_eq!(practices.len(), 8, "the report's eight case studies");
        for p in practices {
            assert_eq!(p.level, PracticeLevel::NotAssessed, "{}", p.title);
            assert!(
                p.results
                    .contains("Source: World Innovation Summit for Health (WISH)"),
                "{} does not cite the report",
                p.title
            );
            assert!(
                p.results
                    .contains("may not represent official WHO statistics"),
                "{} leaves out the report's caveat",
                p.title
            );
            assert!(!p.period.is_empty() && p.contact.is_empty(), "{}", p.title);
        }
    }

    /// The demo puts no words in real institutions' mouths: none of its
    /// invented people, organizations, events or jobs names one. A name may
    /// appear only inside a quotation from a source the entry cites, listed here.
    #[test]
    fn the_demo_names_no_real_institution_it_has_no_source_for() {
        let quoted = [
            // WISH report, case study 2 (Lao PDR), as its results quote it.
            "the Ministry of Interior and the Ministry of Health",
        ];
        for (file, text) in [
            ("communities", super::COMMUNITIES),
            ("discussions", super::DISCUSSIONS),
            ("boards", super::BOARDS),
            ("library", super::LIBRARY),
        ] {
            let mut text = text.to_string();
            for q in quoted {
                text = text.replace(q, "");
            }
            for name in [
                "Ministry",
                "Ministerio",
                "Federal Ministry",
                "Kerala Institute",
                "Kano State",
                "County Department of Health",
                "Institute of Public Health",
                "national health commission",
                "consortium",
            ] {
                assert!(!text.contains(name), "assets/demo/{file}.toml names {name}");
            }
        }
        // The people and the organizations they work for are plainly fictional.
        let (people, _) = super::discussions(jiff::Timestamp::UNIX_EPOCH).unwrap();
        for p in people {
            assert!(p.organization.contains("(fictional)"), "{}", p.organization);
        }
        let boards = super::boards(jiff::Timestamp::UNIX_EPOCH).unwrap();
        for (_, item) in boards {
            let who = match item {
                Item::Event(e) => e.organizer,
                Item::Job(j) => j.organization,
                _ => continue,
            };
            assert!(who.contains("(fictional)"), "{who}");
        }
    }

    #[test]
    fn the_demo_file_parses_and_names_the_networks_communities() {
        let list = super::communities(jiff::Timestamp::UNIX_EPOCH).unwrap();
        let names: Vec<_> = list.iter().map(|c| c.name.as_str()).collect();
        for expected in [
            "Empowering and engaging people and communities",
            "Coordinated care workforce",
            "Primary health care",
            "Patient safety",
        ] {
            assert!(
                names.contains(&expected),
                "{expected} missing from {names:?}"
            );
        }
        assert!(list.iter().all(|c| !c.description.is_empty()));
    }
}
