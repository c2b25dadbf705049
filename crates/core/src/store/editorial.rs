//! The committee's records.
//!
//! - `submission_by_id`: id → Submission (JSON).
//! - `submissions_by_author`: username, 0, id → (). A member's own submissions.
//! - `pending_submissions`: id → (). The review queue, so reading it does not
//!   scan every submission ever made.
//! - `flag_by_post`: post id, username → Flag (JSON). Open flags only: one per
//!   member and post; resolving a post's flags removes them (the audit log keeps
//!   what was decided).
//! - `audit_by_id`: id → AuditEntry (JSON). Ids grow with time.
//! - `meta["next_submission_id"]`, `meta["next_audit_id"]`.
//!
//! A submission stays for the record once sent; only a draft its author
//! never sent is ever removed (a member keeps a bounded number).

use super::discussions::id_from;
use super::engine::TxTree;
use super::{Store, StoreError, UpdateError, from_json, join, to_json, transact};
use jiff::Timestamp;

use crate::domain::{
    AuditEntry, Community, Entry, Event, Flag, HeldPost, Job, News, NewsId, PostId, ReviewState,
    Submission, SubmissionId,
};

const NEXT_SUBMISSION_ID: &[u8] = b"next_submission_id";
pub(super) const NEXT_AUDIT_ID: &[u8] = b"next_audit_id";

pub(super) fn next_id(meta: &TxTree, counter: &[u8]) -> Result<u64, StoreError> {
    let id = meta.get(counter)?.map_or(1, |raw| id_from(&raw));
    meta.insert(counter, (id + 1).to_be_bytes())?;
    Ok(id)
}

/// Appends `entry` (if any) to the audit log inside the caller's transaction, so
/// an action and its audit entry reach the disk together or not at all.
pub(super) fn audit_in(
    meta: &TxTree,
    audit: &TxTree,
    entry: Option<AuditEntry>,
) -> Result<(), StoreError> {
    if let Some(mut entry) = entry {
        entry.id = next_id(meta, NEXT_AUDIT_ID)?;
        audit.insert(entry.id.to_be_bytes(), to_json(&entry)?)?;
    }
    Ok(())
}

fn flag_key(post: PostId, by: &str) -> Vec<u8> {
    let mut key = post.to_be_bytes().to_vec();
    key.extend_from_slice(by.as_bytes());
    key
}

/// What an approval publishes, written in the same transaction as the decision.
pub enum Publish {
    /// A new community, with its proposer as the first member.
    Community {
        community: Community,
        member: String,
    },
    /// A held post, as a new thread or a reply, dated `at`.
    Post {
        post: HeldPost,
        author: String,
        at: Timestamp,
    },
    /// An event on the events board.
    Event(Box<Event>),
    /// A job on the jobs board.
    Job(Box<Job>),
    /// A resource or practice in the library.
    Entry(Box<Entry>),
    /// A member's news item or blog post: it takes the next news id.
    News(Box<News>),
    /// A translation, kept with the entry or news item it translates.
    Translation(crate::domain::Translated, Box<crate::domain::Translation>),
}

impl Store {
    /// Stores a new submission; `make` gets its id.
    pub fn insert_submission(
        &self,
        make: impl Fn(SubmissionId) -> Submission,
    ) -> Result<Submission, StoreError> {
        let _writing = self.writing();
        let trees = [
            &self.meta,
            &self.submission_by_id,
            &self.submissions_by_author,
            &self.pending_submissions,
        ];
        transact(trees, |[meta, by_id, by_author, pending]| {
            let id = SubmissionId(next_id(&meta, NEXT_SUBMISSION_ID)?);
            let submission = make(id);
            by_id.insert(id.to_be_bytes(), to_json(&submission)?)?;
            by_author.insert(join(&submission.author, &id.to_be_bytes()), b"")?;
            if submission.state == ReviewState::Pending {
                pending.insert(id.to_be_bytes(), b"")?;
            }
            Ok(submission)
        })
    }

    /// Removes a draft its author never sent (nothing was reviewed, so
    /// nothing of record goes); false when it is no longer a draft.
    pub fn remove_draft_submission(&self, id: SubmissionId) -> Result<bool, StoreError> {
        let _writing = self.writing();
        let trees = [&self.submission_by_id, &self.submissions_by_author];
        transact(trees, |[by_id, by_author]| {
            let Some(raw) = by_id.get(id.to_be_bytes())? else {
                return Ok(false);
            };
            let submission: Submission = from_json(&raw)?;
            if submission.state != ReviewState::Draft {
                return Ok(false);
            }
            by_id.remove(id.to_be_bytes())?;
            by_author.remove(join(&submission.author, &id.to_be_bytes()))?;
            Ok(true)
        })
    }

    pub fn submission(&self, id: SubmissionId) -> Result<Option<Submission>, StoreError> {
        self.submission_by_id
            .get(id.to_be_bytes())?
            .map(|raw| from_json(&raw))
            .transpose()
    }

    /// The submissions waiting for review, by id.
    pub fn pending_submissions(&self) -> Result<Vec<Submission>, StoreError> {
        let mut list = Vec::new();
        for key in self.pending_submissions.iter().keys() {
            if let Some(s) = self.submission(SubmissionId(id_from(&key?)))? {
                list.push(s);
            }
        }
        Ok(list)
    }

    /// A member's submissions, oldest first.
    pub fn submissions_of(&self, author: &str) -> Result<Vec<Submission>, StoreError> {
        let mut list = Vec::new();
        for key in self
            .submissions_by_author
            .scan_prefix(join(author, b""))
            .keys()
        {
            if let Some(s) = self.submission(SubmissionId(id_from(&key?)))? {
                list.push(s);
            }
        }
        Ok(list)
    }

    /// Changes a submission in one transaction with what it publishes and its audit
    /// entry. `change` sees it as stored now and may refuse; the version grows.
    pub fn update_submission<E>(
        &self,
        id: SubmissionId,
        change: impl Fn(&mut Submission) -> Result<(Option<Publish>, Option<AuditEntry>), E>,
    ) -> Result<Submission, UpdateError<E>> {
        let _writing = self.writing();
        // The post trees first, in the order `write_post` takes them.
        let post = self.post_trees();
        let trees = [
            post[0],
            post[1],
            post[2],
            post[3],
            post[4],
            post[5],
            post[6],
            post[7],
            post[8],
            &self.submission_by_id,
            &self.audit_by_id,
            &self.community_by_slug,
            &self.members_by_community,
            &self.communities_by_member,
            &self.pending_submissions,
            &self.event_by_id,
            &self.events_by_end,
            &self.job_by_id,
            &self.jobs_by_closing,
            &self.entry_by_id,
            &self.news_by_id,
        ];
        transact(trees, |trees| {
            let [
                ref post_trees @ ..,
                submissions,
                audit,
                communities,
                members,
                memberships,
                pending,
                events,
                events_by_end,
                jobs,
                jobs_by_closing,
                entries,
                news,
            ] = trees;
            let Some(raw) = submissions.get(id.to_be_bytes())? else {
                return Err(UpdateError::NotFound);
            };
            let mut submission: Submission = from_json(&raw)?;
            let (publish, entry) = change(&mut submission).map_err(UpdateError::Refused)?;
            submission.version += 1;
            match &publish {
                Some(Publish::Community { community, member }) => {
                    if communities.get(community.slug.as_bytes())?.is_some() {
                        return Err(UpdateError::KeyTaken);
                    }
                    communities.insert(community.slug.as_bytes(), to_json(community)?)?;
                    let joined = to_json(&community.created_at)?;
                    members.insert(join(&community.slug, member.as_bytes()), joined)?;
                    memberships.insert(join(member, community.slug.as_bytes()), b"")?;
                }
                Some(Publish::Post { post, author, at }) => {
                    let id = super::discussions::publish_held(post_trees, post, author, *at)?;
                    submission.published = Some(id);
                }
                Some(Publish::Event(event)) => {
                    super::boards::put_event_in(&events, &events_by_end, event)?;
                }
                Some(Publish::Entry(entry)) => {
                    entries.insert(entry.id.to_be_bytes(), to_json(entry)?)?;
                }
                Some(Publish::Job(job)) => {
                    super::boards::put_job_in(&jobs, &jobs_by_closing, job)?;
                }
                Some(Publish::News(item)) => {
                    // The post trees start with `meta`, which holds the counter.
                    let id = NewsId(next_id(&post_trees[0], super::library::NEXT_NEWS_ID)?);
                    news.insert(
                        id.to_be_bytes(),
                        to_json(&News {
                            id,
                            ..*item.clone()
                        })?,
                    )?;
                    submission.news = Some(id);
                }
                Some(Publish::Translation(of, translation)) => {
                    use crate::domain::{Entry, Translated};
                    let keep = |list: &mut Vec<_>| {
                        crate::domain::keep_translation(list, *translation.clone())
                    };
                    match of {
                        Translated::Entry(id) => {
                            let Some(raw) = entries.get(id.to_be_bytes())? else {
                                return Err(UpdateError::NotFound);
                            };
                            let mut entry: Entry = from_json(&raw)?;
                            keep(&mut entry.translations);
                            entries.insert(id.to_be_bytes(), to_json(&entry)?)?;
                        }
                        Translated::News(id) => {
                            let Some(raw) = news.get(id.to_be_bytes())? else {
                                return Err(UpdateError::NotFound);
                            };
                            let mut item: News = from_json(&raw)?;
                            keep(&mut item.translations);
                            news.insert(id.to_be_bytes(), to_json(&item)?)?;
                        }
                    }
                }
                None => {}
            }
            submissions.insert(id.to_be_bytes(), to_json(&submission)?)?;
            if submission.state == ReviewState::Pending {
                pending.insert(id.to_be_bytes(), b"")?;
            } else {
                pending.remove(id.to_be_bytes())?;
            }
            audit_in(&post_trees[0], &audit, entry)?;
            Ok(submission)
        })
    }

    /// Records a member's flag on a post, replacing their earlier one on it.
    pub fn put_flag(&self, flag: &Flag) -> Result<(), StoreError> {
        let _writing = self.writing();
        self.flag_by_post
            .insert(flag_key(flag.post, &flag.by), to_json(flag)?)?;
        Ok(())
    }

    /// Every open flag, by post id.
    pub fn flags(&self) -> Result<Vec<Flag>, StoreError> {
        self.flag_by_post
            .iter()
            .values()
            .map(|raw| from_json(&raw?))
            .collect()
    }

    /// The open flags on one post.
    pub fn flags_on(&self, post: PostId) -> Result<Vec<Flag>, StoreError> {
        self.flag_by_post
            .scan_prefix(post.to_be_bytes())
            .values()
            .map(|raw| from_json(&raw?))
            .collect()
    }

    /// Resolves a post's flags: removes them, with the audit entry `record` makes
    /// of them (none when there were none), in one transaction; returns what they
    /// were.
    pub fn clear_flags(
        &self,
        post: PostId,
        record: impl Fn(&[Flag]) -> Option<AuditEntry>,
    ) -> Result<Vec<Flag>, StoreError> {
        let _writing = self.writing();
        // A transaction cannot scan, and scanning the tree from inside one blocks:
        // the keys are read first, and each is removed inside, so a flag removed
        // meanwhile is not counted twice.
        let keys = self
            .flag_by_post
            .scan_prefix(post.to_be_bytes())
            .keys()
            .collect::<Result<Vec<_>, _>>()?;
        transact(
            [&self.flag_by_post, &self.meta, &self.audit_by_id],
            |[by_post, meta, audit]| {
                let mut flags = Vec::new();
                for key in &keys {
                    if let Some(raw) = by_post.get(key)? {
                        by_post.remove(key)?;
                        flags.push(from_json::<Flag>(&raw)?);
                    }
                }
                if !flags.is_empty() {
                    audit_in(&meta, &audit, record(&flags))?;
                }
                Ok(flags)
            },
        )
    }

    /// The audit log, newest first, read as it is consumed.
    pub fn audit_log(&self) -> impl Iterator<Item = Result<AuditEntry, StoreError>> + '_ {
        self.audit_by_id
            .iter()
            .values()
            .rev()
            .map(|raw| from_json(&raw?))
    }
}
