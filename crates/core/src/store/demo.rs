//! What the demo added, so that every front end can label it and an operator can
//! take it away again in one command.
//!
//! - `demo_marks`: kind, 0, key → (). One entry for every record the demo wrote
//!   (an account or a community by name, anything else by id). A database from
//!   before this tree has none: nothing in it is labelled or removed.
//! - `meta["demo_loaded"]`: set when the demo is loaded, and kept when it is
//!   removed, so that a forum emptied by removing the demo is not given it
//!   again at the next start.
//!
//! Removal ([`Store::remove_demo`]) follows the marks and every index that names
//! what it removes, in one transaction with its audit entry.

use std::collections::{BTreeMap, BTreeSet};

use super::engine::{Conflict, Outcome, TxError};
use super::{Store, StoreError, from_json, join, to_json};
use crate::domain::{
    AuditEntry, EntryId, Event, EventId, Job, JobId, NewsId, Notification, Post, PostId, Slug,
    Submission, SubmissionId, Target, Thread, ThreadId, Username,
};

/// One record the demo wrote.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DemoMark {
    Account(Username),
    Community(Slug),
    /// A thread (its id is its opening post's).
    Thread(ThreadId),
    Post(PostId),
    /// A submission: the demo's events, jobs and library entries are published
    /// as approved submissions with the same id.
    Submission(SubmissionId),
    Event(EventId),
    Job(JobId),
    Entry(EntryId),
    News(NewsId),
}

impl DemoMark {
    fn key(&self) -> Vec<u8> {
        match self {
            DemoMark::Account(name) => join("account", name.as_bytes()),
            DemoMark::Community(slug) => join("community", slug.as_bytes()),
            DemoMark::Thread(id) => join("thread", &id.to_be_bytes()),
            DemoMark::Post(id) => join("post", &id.to_be_bytes()),
            DemoMark::Submission(id) => join("submission", &id.to_be_bytes()),
            DemoMark::Event(id) => join("event", &id.to_be_bytes()),
            DemoMark::Job(id) => join("job", &id.to_be_bytes()),
            DemoMark::Entry(id) => join("entry", &id.to_be_bytes()),
            DemoMark::News(id) => join("news", &id.to_be_bytes()),
        }
    }

    fn from_key(key: &[u8]) -> Option<DemoMark> {
        let at = key.iter().position(|b| *b == 0)?;
        let (kind, rest) = (&key[..at], &key[at + 1..]);
        let text = || String::from_utf8(rest.to_vec()).ok();
        let id = || rest.try_into().ok().map(u64::from_be_bytes);
        Some(match kind {
            b"account" => DemoMark::Account(text()?.into()),
            b"community" => DemoMark::Community(text()?.into()),
            b"thread" => DemoMark::Thread(ThreadId(id()?)),
            b"post" => DemoMark::Post(PostId(id()?)),
            b"submission" => DemoMark::Submission(SubmissionId(id()?)),
            b"event" => DemoMark::Event(EventId(id()?)),
            b"job" => DemoMark::Job(JobId(id()?)),
            b"entry" => DemoMark::Entry(EntryId(id()?)),
            b"news" => DemoMark::News(NewsId(id()?)),
            _ => return None,
        })
    }
}

/// What [`Store::remove_demo`] took away, and what it left because members
/// wrote there.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DemoRemoval {
    pub accounts: Vec<Username>,
    pub communities: Vec<Slug>,
    pub threads: Vec<ThreadId>,
    pub posts: Vec<PostId>,
    pub events: Vec<EventId>,
    pub jobs: Vec<JobId>,
    pub entries: Vec<EntryId>,
    pub news: Vec<NewsId>,
    pub submissions: Vec<SubmissionId>,
    /// Demo threads kept because a member replied in them: the demo's posts in
    /// them are deleted (their text emptied), the members' replies stay.
    pub kept_threads: Vec<ThreadId>,
    /// Demo communities kept because they hold a member's thread.
    pub kept_communities: Vec<Slug>,
    /// The SHA-256 of the files the removed entries carried.
    pub files: Vec<String>,
}

impl DemoRemoval {
    pub fn is_empty(&self) -> bool {
        *self == DemoRemoval::default()
    }
}

/// The writes of a removal, planned by reading the store (the command runs on a
/// stopped forum) and made in one transaction.
#[derive(Default)]
struct Plan {
    /// Tree name → keys to remove.
    remove: BTreeMap<&'static str, BTreeSet<Vec<u8>>>,
    /// Tree name → key → new value.
    put: BTreeMap<&'static str, BTreeMap<Vec<u8>, Vec<u8>>>,
}

impl Plan {
    fn remove(&mut self, tree: &'static str, key: impl Into<Vec<u8>>) {
        self.remove.entry(tree).or_default().insert(key.into());
    }

    fn put(&mut self, tree: &'static str, key: impl Into<Vec<u8>>, value: Vec<u8>) {
        self.put.entry(tree).or_default().insert(key.into(), value);
    }
}

const DEMO_LOADED: &[u8] = b"demo_loaded";

/// What taking the demo's threads away removes, and the communities of the
/// threads it keeps (someone else wrote there).
struct DemoThreads {
    gone_threads: BTreeSet<ThreadId>,
    gone_posts: BTreeSet<PostId>,
    kept_slugs: BTreeSet<Slug>,
}
impl Store {
    /// Records that the demo is being loaded: it never will be again.
    pub fn note_demo_loaded(&self) -> Result<(), StoreError> {
        self.meta.insert(DEMO_LOADED, [1])
    }

    /// True once the demo was loaded into this database, removed or not.
    pub fn demo_was_loaded(&self) -> Result<bool, StoreError> {
        self.meta.contains_key(DEMO_LOADED)
    }

    /// Records that the demo wrote `mark`.
    pub fn mark_demo(&self, mark: &DemoMark) -> Result<(), StoreError> {
        self.demo_marks.insert(mark.key(), b"")
    }

    pub fn is_demo(&self, mark: &DemoMark) -> Result<bool, StoreError> {
        self.demo_marks.contains_key(mark.key())
    }

    /// True while anything the demo added is still here.
    pub fn has_demo(&self) -> Result<bool, StoreError> {
        Ok(!self.demo_marks.is_empty()?)
    }

    /// Every mark, in key order.
    pub fn demo_marks(&self) -> Result<Vec<DemoMark>, StoreError> {
        let mut marks = Vec::new();
        for key in self.demo_marks.iter().keys() {
            if let Some(mark) = DemoMark::from_key(&key?) {
                marks.push(mark);
            }
        }
        Ok(marks)
    }

    /// Removes everything the demo added, with `audit` (if any) in the same
    /// transaction, and says what went. What members wrote stays: a demo thread
    /// a member replied in is kept with the demo's own posts deleted in it, and a
    /// demo community that holds a member's thread is kept; both lose their mark.
    /// Members' memberships, RSVPs, read marks, watches, flags and notifications
    /// that concern only removed records go with them.
    pub fn remove_demo(
        &self,
        now: jiff::Timestamp,
        audit: impl Fn(&DemoRemoval) -> Option<AuditEntry>,
    ) -> Result<DemoRemoval, StoreError> {
        let _writing = self.writing();
        let marks: BTreeSet<DemoMark> = self.demo_marks()?.into_iter().collect();
        let mut plan = Plan::default();
        let mut done = DemoRemoval::default();

        // Threads: whole, unless someone who is not a demo person wrote there.
        let threads = self.plan_demo_threads(&marks, now, &mut plan, &mut done)?;
        let (gone_threads, gone_posts) = (&threads.gone_threads, &threads.gone_posts);
        self.plan_demo_communities(
            &marks,
            gone_threads,
            &threads.kept_slugs,
            &mut plan,
            &mut done,
        )?;
        self.plan_demo_items(&marks, &mut plan, &mut done)?;
        self.plan_demo_accounts(&marks, &mut plan, &mut done)?;
        // What members kept about removed threads and posts.
        self.plan_member_leftovers(&mut plan, gone_threads, gone_posts, &done)?;
        for mark in &marks {
            plan.remove("demo_marks", mark.key());
        }
        let entry = audit(&done);
        self.apply(&plan, entry)?;
        // The demo's documents go with its entries, unless a member's upload
        // or proposal holds the same bytes.
        for sha256 in &done.files {
            self.forget_file_if_unused(sha256)?;
        }
        Ok(done)
    }

    /// The demo's threads go whole, unless someone who is not a demo person
    /// wrote there: then only the demo people's posts go (shown as deleted).
    /// Returns the threads and posts that go, and the communities of those kept.
    fn plan_demo_threads(
        &self,
        marks: &BTreeSet<DemoMark>,
        now: jiff::Timestamp,
        plan: &mut Plan,
        done: &mut DemoRemoval,
    ) -> Result<DemoThreads, StoreError> {
        let demo_account = |name: &str| marks.contains(&DemoMark::Account(name.into()));
        let mut gone_threads = BTreeSet::new();
        let mut gone_posts = BTreeSet::new();
        let mut kept_slugs = BTreeSet::new();
        for mark in marks {
            let DemoMark::Thread(id) = mark else { continue };
            let Some(thread) = self.thread(*id)? else {
                continue;
            };
            let posts = self.thread_posts(*id)?;
            if posts.iter().any(|p| !demo_account(&p.author)) {
                for post in posts.iter().filter(|p| demo_account(&p.author)) {
                    plan.put(
                        "post_by_id",
                        post.id.to_be_bytes(),
                        to_json(&Post {
                            body: String::new(),
                            history: Vec::new(),
                            mentions: Vec::new(),
                            deleted: Some(crate::domain::Deletion {
                                by: "remove-demo".into(),
                                at: now,
                            }),
                            ..post.clone()
                        })?,
                    );
                    unindex_post(plan, post);
                    done.posts.push(post.id);
                }
                kept_slugs.insert(thread.community.clone());
                done.kept_threads.push(*id);
            } else {
                self.plan_thread_removal(plan, &thread, &posts)?;
                gone_threads.insert(*id);
                gone_posts.extend(posts.iter().map(|p| p.id));
                done.threads.push(*id);
                done.posts.extend(posts.iter().map(|p| p.id));
            }
        }
        Ok(DemoThreads {
            gone_threads,
            gone_posts,
            kept_slugs,
        })
    }

    /// The demo's communities go, unless a thread that stays is in them.
    fn plan_demo_communities(
        &self,
        marks: &BTreeSet<DemoMark>,
        gone_threads: &BTreeSet<ThreadId>,
        kept_slugs: &BTreeSet<Slug>,
        plan: &mut Plan,
        done: &mut DemoRemoval,
    ) -> Result<(), StoreError> {
        for mark in marks {
            let DemoMark::Community(slug) = mark else {
                continue;
            };
            let mut staying = kept_slugs.contains(slug);
            for key in self
                .threads_by_community
                .scan_prefix(join(slug, b""))
                .keys()
            {
                let key = key?;
                let id = ThreadId(id_at(&key, slug.len() + 1));
                if !gone_threads.contains(&id) {
                    staying = true;
                }
            }
            if staying {
                done.kept_communities.push(slug.clone());
                continue;
            }
            plan.remove("community_by_slug", slug.as_bytes());
            for key in self
                .members_by_community
                .scan_prefix(join(slug, b""))
                .keys()
            {
                let key = key?;
                let member = String::from_utf8_lossy(&key[slug.len() + 1..]).into_owned();
                plan.remove("communities_by_member", join(&member, slug.as_bytes()));
                plan.remove("members_by_community", key);
            }
            done.communities.push(slug.clone());
        }
        Ok(())
    }

    /// The demo's events, jobs, library entries, news and the submissions
    /// behind them.
    fn plan_demo_items(
        &self,
        marks: &BTreeSet<DemoMark>,
        plan: &mut Plan,
        done: &mut DemoRemoval,
    ) -> Result<(), StoreError> {
        for mark in marks {
            match mark {
                DemoMark::Event(id) => {
                    if let Some(raw) = self.event_by_id.get(id.to_be_bytes())? {
                        let event: Event = from_json(&raw)?;
                        plan.remove("event_by_id", id.to_be_bytes());
                        plan.remove("events_by_end", super::boards::event_end_key(&event));
                        for key in self.rsvp_by_event.scan_prefix(id.to_be_bytes()).keys() {
                            let key = key?;
                            let who = String::from_utf8_lossy(&key[8..]).into_owned();
                            plan.remove("rsvps_by_account", join(&who, &id.to_be_bytes()));
                            plan.remove("rsvp_by_event", key);
                        }
                        done.events.push(*id);
                    }
                }
                DemoMark::Job(id) => {
                    if let Some(raw) = self.job_by_id.get(id.to_be_bytes())? {
                        let job: Job = from_json(&raw)?;
                        plan.remove("job_by_id", id.to_be_bytes());
                        plan.remove("jobs_by_closing", super::boards::job_closing_key(&job));
                        done.jobs.push(*id);
                    }
                }
                DemoMark::Entry(id) if self.entry_by_id.contains_key(id.to_be_bytes())? => {
                    if let Some(entry) = self.entry(*id)? {
                        done.files.extend(entry.files.into_iter().map(|f| f.sha256));
                    }
                    plan.remove("entry_by_id", id.to_be_bytes());
                    done.entries.push(*id);
                }
                DemoMark::News(id) if self.news_by_id.contains_key(id.to_be_bytes())? => {
                    plan.remove("news_by_id", id.to_be_bytes());
                    done.news.push(*id);
                }
                DemoMark::Submission(id) => {
                    if let Some(raw) = self.submission_by_id.get(id.to_be_bytes())? {
                        let s: Submission = from_json(&raw)?;
                        plan.remove("submission_by_id", id.to_be_bytes());
                        plan.remove("submissions_by_author", join(&s.author, &id.to_be_bytes()));
                        plan.remove("pending_submissions", id.to_be_bytes());
                        done.submissions.push(*id);
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// The demo's people, and everything kept under their names.
    fn plan_demo_accounts(
        &self,
        marks: &BTreeSet<DemoMark>,
        plan: &mut Plan,
        done: &mut DemoRemoval,
    ) -> Result<(), StoreError> {
        for mark in marks {
            let DemoMark::Account(name) = mark else {
                continue;
            };
            if !self.account_by_name.contains_key(name.as_bytes())? {
                continue;
            }
            plan.remove("account_by_name", name.as_bytes());
            plan.remove("spot_by_account", name.as_bytes());
            for (tree, store_tree) in [
                ("communities_by_member", &self.communities_by_member),
                ("mentions_by_account", &self.mentions_by_account),
                ("posts_by_author", &self.posts_by_author),
                ("read_mark", &self.read_mark),
                ("draft_by_place", &self.draft_by_place),
                ("submissions_by_author", &self.submissions_by_author),
                ("rsvps_by_account", &self.rsvps_by_account),
                ("notice_by_account", &self.notice_by_account),
                ("unread_notices", &self.unread_notices),
                ("open_notices", &self.open_notices),
                ("watch_by_account", &self.watch_by_account),
                ("alert_by_account", &self.alert_by_account),
            ] {
                for key in store_tree.scan_prefix(join(name, b"")).keys() {
                    plan.remove(tree, key?);
                }
            }
            for key in self
                .communities_by_member
                .scan_prefix(join(name, b""))
                .keys()
            {
                let key = key?;
                let slug = String::from_utf8_lossy(&key[name.len() + 1..]).into_owned();
                plan.remove("members_by_community", join(&slug, name.as_bytes()));
            }
            for key in self.rsvps_by_account.scan_prefix(join(name, b"")).keys() {
                let key = key?;
                let mut rsvp = key[name.len() + 1..].to_vec();
                rsvp.extend_from_slice(name.as_bytes());
                plan.remove("rsvp_by_event", rsvp);
            }
            done.accounts.push(name.clone());
        }
        Ok(())
    }

    /// The writes that take a whole thread and its posts away.
    fn plan_thread_removal(
        &self,
        plan: &mut Plan,
        thread: &Thread,
        posts: &[Post],
    ) -> Result<(), StoreError> {
        let id = thread.id;
        plan.remove("thread_by_id", id.to_be_bytes());
        plan.remove(
            "threads_by_community",
            join(&thread.community, &id.to_be_bytes()),
        );
        for post in posts {
            plan.remove("post_by_id", post.id.to_be_bytes());
            plan.remove(
                "posts_by_thread",
                super::discussions::thread_post_key(id, post.id),
            );
            unindex_post(plan, post);
            for key in self.flag_by_post.scan_prefix(post.id.to_be_bytes()).keys() {
                plan.remove("flag_by_post", key?);
            }
        }
        for key in self.watchers_by_thread.scan_prefix(id.to_be_bytes()).keys() {
            let key = key?;
            let who = String::from_utf8_lossy(&key[8..]).into_owned();
            plan.remove("watch_by_account", join(&who, &id.to_be_bytes()));
            plan.remove("read_mark", join(&who, &id.to_be_bytes()));
            plan.remove("watchers_by_thread", key);
        }
        Ok(())
    }

    /// Members' read marks, open notices and notifications about what is gone.
    fn plan_member_leftovers(
        &self,
        plan: &mut Plan,
        threads: &BTreeSet<ThreadId>,
        posts: &BTreeSet<PostId>,
        done: &DemoRemoval,
    ) -> Result<(), StoreError> {
        let thread_of = |key: &[u8]| {
            let at = key.iter().position(|b| *b == 0)? + 1;
            key.get(at..at + 8)
                .and_then(|b| b.try_into().ok())
                .map(|b| ThreadId(u64::from_be_bytes(b)))
        };
        for (tree, store_tree) in [
            ("read_mark", &self.read_mark),
            ("watch_by_account", &self.watch_by_account),
            ("open_notices", &self.open_notices),
        ] {
            for key in store_tree.iter().keys() {
                let key = key?;
                if thread_of(&key).is_some_and(|t| threads.contains(&t)) {
                    plan.remove(tree, key);
                }
            }
        }
        for entry in self.notice_by_account.iter() {
            let (key, raw) = entry?;
            let Ok(notice) = from_json::<Notification>(&raw) else {
                continue;
            };
            let gone = match &notice.target {
                Target::Post { thread, post } => threads.contains(thread) || posts.contains(post),
                Target::Submission { id } => done.submissions.contains(id),
                Target::Event { id } => done.events.contains(id),
                Target::Job { id } => done.jobs.contains(id),
                Target::Entry { id } => done.entries.contains(id),
                Target::News { id } => done.news.contains(id),
                Target::Member { username } => done.accounts.contains(username),
                // Members' own conversations stay, with whoever they wrote to.
                Target::Conversation { .. } => false,
            };
            if gone {
                plan.remove("unread_notices", key.clone());
                plan.remove("notice_by_account", key);
            }
        }
        Ok(())
    }

    /// Makes the planned writes and the audit entry in one transaction.
    fn apply(&self, plan: &Plan, audit: Option<AuditEntry>) -> Result<(), StoreError> {
        let mut names: BTreeSet<&'static str> = plan.remove.keys().copied().collect();
        names.extend(plan.put.keys().copied());
        names.extend(["meta", "audit_by_id"]);
        let names: Vec<&'static str> = names.into_iter().collect();
        let ids = names
            .iter()
            .map(|name| {
                super::TREES
                    .iter()
                    .position(|t| t == name)
                    .ok_or_else(|| StoreError::Corrupt(format!("no tree named {name}")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let at = |name: &str| names.iter().position(|n| *n == name).unwrap_or_default();
        let mut failed = None;
        self.engine.transact(&ids, &mut |tx| {
            let step = || -> Result<(), TxError> {
                for (tree, keys) in &plan.remove {
                    for key in keys {
                        tx.remove(at(tree), key)?;
                    }
                }
                for (tree, values) in &plan.put {
                    for (key, value) in values {
                        tx.insert(at(tree), key, value)?;
                    }
                }
                if let Some(entry) = &audit {
                    let next = tx
                        .get(at("meta"), super::editorial::NEXT_AUDIT_ID)?
                        .map_or(1, |raw| super::discussions::id_from(&raw));
                    let entry = AuditEntry {
                        id: next,
                        ..entry.clone()
                    };
                    let value = to_json(&entry).map_err(TxError::Storage)?;
                    tx.insert(at("audit_by_id"), &next.to_be_bytes(), &value)?;
                    tx.insert(
                        at("meta"),
                        super::editorial::NEXT_AUDIT_ID,
                        &(next + 1).to_be_bytes(),
                    )?;
                }
                Ok(())
            };
            match step() {
                Ok(()) => Ok(Outcome::Commit),
                Err(TxError::Conflict) => Err(Conflict),
                Err(TxError::Storage(e)) => {
                    failed = Some(e);
                    Ok(Outcome::Abort)
                }
            }
        })?;
        if let Some(e) = failed {
            return Err(e);
        }
        self.durable()
    }
}

/// The big-endian id at `at` in `key`, or 0.
fn id_at(key: &[u8], at: usize) -> u64 {
    key.get(at..at + 8)
        .and_then(|b| b.try_into().ok())
        .map_or(0, u64::from_be_bytes)
}

/// The index entries that name a post by its author and the people it names.
fn unindex_post(plan: &mut Plan, post: &Post) {
    plan.remove(
        "posts_by_author",
        join(&post.author, &post.id.to_be_bytes()),
    );
    for name in &post.mentions {
        plan.remove("mentions_by_account", join(name, &post.id.to_be_bytes()));
    }
}
