//! Reading the whole store to find damage: `stoa check`, and every server's
//! start (a server does not start on a store it cannot read whole).
//!
//! Every entry of every tree is read, so the engine checks every stored byte
//! (sled reads pages lazily: a damaged page is found only when something reads
//! it, which for a rarely read record could be weeks into a run). Values are
//! decoded as the store decodes them, so a record that reads but does not make
//! sense is found too.
//!
//! Two kinds of damage, told apart because they call for different things:
//! - *unreadable*: the engine's own checks failed (a checksum): the files were
//!   changed under it. Nothing of that part can be trusted or saved by Stoa; the
//!   store must be restored from the last export.
//! - *undecodable*: the bytes read back as written, but are not what the tree
//!   holds (a dump edited by hand, a bug). Only those records fail; the rest of
//!   the forum is sound, and a restore would bring the same bytes back, so the
//!   report names their keys.

use std::fmt;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::de::{DeserializeOwned, IgnoredAny};

use super::{SledEngine, Store, StoreError, TREES, Tree};
use crate::domain::{
    Account, Attachment, AuditEntry, Bookmark, Community, Conversation, Draft, Entry, Event, Flag,
    Job, LastPlace, Message, News, Notification, Post, Rsvp, Submission, Thread,
};

/// How a tree's values are decoded, or `None` for trees whose values are not
/// JSON (ids, names, empty index values), which are only read.
type Decode = Option<fn(&[u8]) -> Result<(), String>>;

fn json<T: DeserializeOwned>(raw: &[u8]) -> Result<(), String> {
    serde_json::from_slice::<T>(raw)
        .map(drop)
        .map_err(|e| e.to_string())
}

/// Every tree with how its values decode; a test keeps it in step with `TREES`.
const VALUES: &[(&str, Decode)] = &[
    ("account_by_name", Some(json::<Account>)),
    ("account_by_key", None),
    ("community_by_slug", Some(json::<Community>)),
    ("members_by_community", Some(json::<jiff::Timestamp>)),
    ("communities_by_member", None),
    ("thread_by_id", Some(json::<Thread>)),
    ("threads_by_community", None),
    ("post_by_id", Some(json::<Post>)),
    ("posts_by_thread", None),
    ("mentions_by_account", None),
    ("posts_by_author", None),
    ("read_mark", None),
    ("spot_by_account", Some(json::<LastPlace>)),
    ("draft_by_place", Some(json::<Draft>)),
    ("submission_by_id", Some(json::<Submission>)),
    ("submissions_by_author", None),
    ("pending_submissions", None),
    ("flag_by_post", Some(json::<Flag>)),
    ("audit_by_id", Some(json::<AuditEntry>)),
    ("event_by_id", Some(json::<Event>)),
    ("events_by_end", None),
    ("rsvp_by_event", Some(json::<Rsvp>)),
    ("rsvps_by_account", Some(json::<Rsvp>)),
    ("job_by_id", Some(json::<Job>)),
    ("jobs_by_closing", None),
    ("entry_by_id", Some(json::<Entry>)),
    ("news_by_id", Some(json::<News>)),
    ("notice_by_account", Some(json::<Notification>)),
    ("unread_notices", None),
    ("open_notices", None),
    ("watch_by_account", None),
    ("watchers_by_thread", None),
    // The forum decides what an alert is; the store keeps JSON.
    ("alert_by_account", Some(json::<IgnoredAny>)),
    ("counters", None),
    ("meta", None),
    ("demo_marks", None),
    ("file_chunks", None),
    ("uploads_by_account", Some(json::<Attachment>)),
    ("conversation_by_id", Some(json::<Conversation>)),
    ("messages_by_conversation", Some(json::<Message>)),
    ("conversations_by_party", None),
    ("conversation_read", None),
    ("unread_conversations", None),
    ("blocks_by_member", Some(json::<jiff::Timestamp>)),
    ("reactions_by_thread", Some(json::<jiff::Timestamp>)),
    ("bookmarks_by_account", Some(json::<Bookmark>)),
];

/// What a read of the whole store found.
#[derive(Debug, Default)]
pub struct Report {
    /// Why the engine could not open the store at all; then no tree was read.
    pub unopenable: Option<String>,
    pub trees: Vec<TreeReport>,
    pub took: Duration,
}

/// One tree's part of a [`Report`].
#[derive(Debug, Default)]
pub struct TreeReport {
    pub name: &'static str,
    /// Entries read.
    pub entries: u64,
    /// Where the engine could not read the tree.
    pub unreadable: Option<Unreadable>,
    /// Entries whose values do not decode as what the tree holds.
    pub undecodable: u64,
    /// The first of them: its key and what was wrong.
    pub first_undecodable: Option<(String, String)>,
}

/// The stretch of a tree that could not be read: past the last key read from
/// the start and before the first read from the end (each `None` when no key
/// was read from that side).
#[derive(Debug)]
pub struct Unreadable {
    pub after: Option<String>,
    pub before: Option<String>,
    pub detail: String,
}

impl Report {
    /// True when the engine read every entry.
    pub fn readable(&self) -> bool {
        self.unopenable.is_none() && self.trees.iter().all(|t| t.unreadable.is_none())
    }

    /// True when nothing is damaged in any way.
    pub fn sound(&self) -> bool {
        self.readable() && self.trees.iter().all(|t| t.undecodable == 0)
    }

    pub fn entries(&self) -> u64 {
        self.trees.iter().map(|t| t.entries).sum()
    }

    /// The unreadable parts in one line, for a refusal: the first tree, and
    /// how many more.
    pub fn unreadable_summary(&self) -> Option<String> {
        if let Some(why) = &self.unopenable {
            return Some(why.clone());
        }
        let mut damaged = self
            .trees
            .iter()
            .filter_map(|t| Some((t.name, t.unreadable.as_ref()?)));
        let (name, first) = damaged.next()?;
        let more = damaged.count();
        let mut line = format!("{name}: {}", first.detail);
        if more > 0 {
            line.push_str(&format!(
                ", and {more} more tree{}",
                if more == 1 { "" } else { "s" }
            ));
        }
        Some(line)
    }

    /// The trees with undecodable values, in one line, for a warning.
    pub fn undecodable_summary(&self) -> Option<String> {
        let parts: Vec<String> = self
            .trees
            .iter()
            .filter(|t| t.undecodable > 0)
            .map(|t| format!("{} in {}", t.undecodable, t.name))
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

/// One line per tree, then the verdict.
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(why) = &self.unopenable {
            return writeln!(f, "DAMAGED: the database cannot be opened: {why}");
        }
        let width = self.trees.iter().map(|t| t.name.len()).max().unwrap_or(0);
        for tree in &self.trees {
            let state = match (&tree.unreadable, tree.undecodable) {
                (Some(_), _) => "DAMAGED",
                (None, 0) => "ok",
                (None, _) => "BAD VALUES",
            };
            writeln!(
                f,
                "{:width$}  {:>9} entries  {state}",
                tree.name,
                thousands(tree.entries)
            )?;
            if let Some(u) = &tree.unreadable {
                let stretch = match (&u.after, &u.before) {
                    (None, None) => "none of it can be read".to_string(),
                    (Some(a), None) => format!("unreadable after key {a}"),
                    (None, Some(b)) => format!("unreadable before key {b}"),
                    (Some(a), Some(b)) => format!("unreadable between keys {a} and {b}"),
                };
                writeln!(f, "{:width$}  {stretch}: {}", "", u.detail)?;
            }
            if let Some((key, why)) = &tree.first_undecodable {
                writeln!(
                    f,
                    "{:width$}  {} value{} not what the tree holds; the first, key {key}: {why}",
                    "",
                    tree.undecodable,
                    if tree.undecodable == 1 {
                        " is"
                    } else {
                        "s are"
                    }
                )?;
            }
        }
        let verdict = if self.sound() { "sound" } else { "DAMAGED" };
        writeln!(
            f,
            "{} entries in {} trees read in {:.2} s: {verdict}",
            thousands(self.entries()),
            self.trees.len(),
            self.took.as_secs_f64()
        )
    }
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A key as the export writes it: text when it reads as text, else hex.
fn shown(key: &[u8]) -> String {
    match super::backup::readable(key) {
        Some(text) => format!("{:?}", text.replace('\0', "/")),
        None => super::backup::to_hex(key),
    }
}

impl Store {
    /// Opens the forum's database in `dir` (as [`Store::open`]) only when every
    /// entry of it can be read: a server starts on nothing less. The whole store
    /// is read before anything is written to it, its schema version included.
    /// Refuses with [`StoreError::Damaged`]; values that read but do not decode
    /// are only reported (only those records fail, and a restore would bring
    /// them back as they are).
    pub fn open_verified(dir: &Path) -> Result<(Store, Report), StoreError> {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Io(dir.to_path_buf(), e))?;
        Store::verified(Arc::new(SledEngine::open(&dir.join("db"), TREES)?))
    }

    /// [`Store::open_verified`] wherever the database is (see [`Store::open_at`]).
    pub fn open_verified_at(
        location: &super::Location,
        holding: super::Holding,
    ) -> Result<(Store, Report), StoreError> {
        match location {
            super::Location::Sled(dir) => Store::open_verified(dir),
            super::Location::Postgres { .. } => {
                let (engine, changes) = location.postgres(holding)?;
                let (mut store, report) = Store::verified(engine)?;
                store.changes = changes;
                Ok((store, report))
            }
        }
    }

    /// Reads all of the store on `engine`, then checks its schema.
    fn verified(engine: Arc<dyn super::Engine>) -> Result<(Store, Report), StoreError> {
        let store = Store::on_engine(engine);
        let report = store.scan(true);
        if let Some(detail) = report.unreadable_summary() {
            return Err(StoreError::Damaged { detail });
        }
        store.check_schema()?;
        Ok((store, report))
    }

    /// Reads the whole database in `dir` and reports what is damaged, changing
    /// nothing: it reads a copy, made in `dir` and removed afterwards (see
    /// [`SledEngine::open_copy`]).
    /// [`Store::check`] wherever the database is. PostgreSQL keeps its own
    /// checksums and is read in place, beside running servers.
    pub fn check_at(location: &super::Location) -> Result<Report, StoreError> {
        match location {
            super::Location::Sled(dir) => Store::check(dir),
            super::Location::Postgres { .. } => {
                let started = Instant::now();
                let store = Store::on_engine(location.postgres(super::Holding::Shared)?.0);
                let mut report = store.scan(true);
                report.took = started.elapsed();
                Ok(report)
            }
        }
    }

    pub fn check(dir: &Path) -> Result<Report, StoreError> {
        let db = dir.join("db");
        if !db.is_dir() {
            return Err(StoreError::Io(
                db,
                std::io::Error::new(std::io::ErrorKind::NotFound, "no Stoa database here"),
            ));
        }
        let copy = dir.join(format!(".check-{}", std::process::id()));
        // A copy left by a check that was killed, with the same process id.
        let _ = std::fs::remove_dir_all(&copy);
        let started = Instant::now();
        let report = match SledEngine::open_copy(&db, &copy, TREES) {
            Ok(engine) => Ok(Store::on_engine(Arc::new(engine)).scan(true)),
            Err(StoreError::Damaged { detail }) => Ok(Report {
                unopenable: Some(detail),
                ..Report::default()
            }),
            Err(e) => Err(e),
        };
        let _ = std::fs::remove_dir_all(&copy);
        let mut report = report?;
        report.took = started.elapsed();
        Ok(report)
    }

    /// Reads every entry of every tree (see the module comment). With `decode`,
    /// values are decoded as well. It reads below the guard: the caller decides
    /// what damage means (a server refuses to start, `stoa check` reports).
    pub fn scan(&self, decode: bool) -> Report {
        let started = Instant::now();
        let trees = TREES
            .iter()
            .enumerate()
            .map(|(id, name)| (*name, Tree::new(self.raw.clone(), id)))
            .map(|(name, tree)| {
                let decoder = VALUES
                    .iter()
                    .find(|(n, _)| *n == name)
                    .and_then(|(_, d)| *d)
                    .filter(|_| decode);
                scan_tree(name, &tree, decoder)
            })
            .collect();
        Report {
            unopenable: None,
            trees,
            took: started.elapsed(),
        }
    }
}

fn scan_tree(name: &'static str, tree: &Tree, decode: Decode) -> TreeReport {
    let mut report = TreeReport {
        name,
        ..TreeReport::default()
    };
    let look = |report: &mut TreeReport, key: &[u8], value: &[u8]| {
        report.entries += 1;
        if let Some(decode) = decode
            && let Err(why) = decode(value)
        {
            report.undecodable += 1;
            report
                .first_undecodable
                .get_or_insert_with(|| (shown(key), why));
        }
    };
    let mut last = None;
    let mut entries = tree.iter();
    let failed = loop {
        match entries.next() {
            None => return report,
            Some(Ok((key, value))) => {
                look(&mut report, &key, &value);
                last = Some(key);
            }
            Some(Err(e)) => break e,
        }
    };
    // Read from the other end up to where the damage is, so that the report
    // says how much of the tree is sound and where the damage lies.
    let mut before = None;
    for entry in tree.range(last.as_deref(), None).rev() {
        let Ok((key, value)) = entry else { break };
        if last.as_deref() == Some(key.as_slice()) {
            break;
        }
        look(&mut report, &key, &value);
        before = Some(key);
    }
    report.unreadable = Some(Unreadable {
        after: last.as_deref().map(shown),
        before: before.as_deref().map(shown),
        detail: match failed {
            StoreError::Damaged { detail } => detail,
            other => other.to_string(),
        },
    });
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tree_says_how_its_values_decode() {
        let named: Vec<&str> = VALUES.iter().map(|(name, _)| *name).collect();
        assert_eq!(named, TREES, "VALUES lists every tree once, in TREES order");
    }

    #[test]
    fn a_forum_with_everything_in_it_is_sound() {
        let dir = tempfile::tempdir().unwrap();
        let (forum, _cast) = crate::testkit::demo_with_cast(dir.path()).unwrap();
        let report = forum.store().scan(true);
        assert!(report.sound(), "{report}");
        let empty: Vec<_> = report
            .trees
            .iter()
            .filter(|t| t.entries == 0)
            .map(|t| t.name)
            .collect();
        // The values that are decoded were all met, so their types are checked.
        for (name, decode) in VALUES {
            if decode.is_some() && empty.contains(name) {
                eprintln!("no entries in {name}: its decoding is not exercised");
            }
        }
    }

    #[test]
    fn values_that_do_not_decode_are_counted_with_the_first_key() {
        let store = Store::in_memory().unwrap();
        store.post_by_id.insert(1u64.to_be_bytes(), b"{}").unwrap();
        store.post_by_id.insert(2u64.to_be_bytes(), b"[").unwrap();
        let report = store.scan(true);
        assert!(report.readable() && !report.sound(), "{report}");
        let posts = report
            .trees
            .iter()
            .find(|t| t.name == "post_by_id")
            .unwrap();
        assert_eq!(posts.undecodable, 2);
        let (key, _) = posts.first_undecodable.as_ref().unwrap();
        assert_eq!(key, "0000000000000001");
        assert!(report.to_string().contains("BAD VALUES"), "{report}");
        assert_eq!(
            report.undecodable_summary().as_deref(),
            Some("2 in post_by_id")
        );
        // Not read for their values: scanned without decoding it is sound.
        assert!(store.scan(false).sound());
    }
}
