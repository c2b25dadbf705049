//! The editorial workflow every member submission goes through:
//!
//! ```text
//! draft ──submit──▶ pending ──approve (quorum reached)──▶ approved (published)
//!   ▲                  │ ├──request changes──▶ changes requested ──resubmit──▶ pending
//!   └─ the author      │ └──reject──▶ rejected
//! ```
//!
//! Members submit and see their own submissions; the committee (moderators and
//! admins) reads the queue and decides, always with a reason the author is shown.
//! A decision names the version it was taken on, so when two committee members
//! decide the same item at once the second is told who decided first.

use serde::{Deserialize, Serialize};

use super::audit::{self, Record};
use super::capabilities::Capability;
use super::{Change, Forum, ForumError, Viewer, proposals};
use crate::domain::{
    Account, AuditAction, CommunityProposal, Item, PracticeLevel, ReviewAction, ReviewEvent,
    ReviewState, Submission, SubmissionId,
};
use crate::store::UpdateError;

/// The `[editorial]` settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Editorial {
    /// Approvals an item needs before it is published.
    pub quorum: u32,
    /// Items waiting longer than this many hours are highlighted in the queue.
    pub overdue_hours: u32,
    /// A member's first this-many discussion posts wait in the review queue
    /// before anyone else sees them (0: off).
    pub new_member_posts: u32,
    /// Reasons the committee picks from (and may add to) when deciding.
    pub reasons: Reasons,
    /// What each practice level asks of a practice, shown to proposers and to
    /// the committee when it sets a level.
    pub levels: LevelCriteria,
}

/// The stated criteria of the practice levels (`[editorial.levels]`): for each
/// level, the criteria a practice must meet, which the committee assesses one
/// by one when it sets the level. A single sentence is one criterion.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LevelCriteria {
    #[serde(deserialize_with = "one_or_many")]
    pub emerging: Vec<String>,
    #[serde(deserialize_with = "one_or_many")]
    pub promising: Vec<String>,
    #[serde(deserialize_with = "one_or_many")]
    pub leading: Vec<String>,
    #[serde(deserialize_with = "one_or_many")]
    pub brilliant_failure: Vec<String>,
}

/// `"one criterion"` or `["one", "another"]`.
fn one_or_many<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Criteria {
        One(String),
        Many(Vec<String>),
    }
    Ok(match Criteria::deserialize(d)? {
        Criteria::One(one) => vec![one],
        Criteria::Many(many) => many,
    })
}

impl Default for LevelCriteria {
    fn default() -> Self {
        let list = |all: &[&str]| all.iter().map(|c| c.to_string()).collect();
        LevelCriteria {
            emerging: list(&[
                "tried in at least one setting",
                "early results recorded, not yet evaluated",
            ]),
            promising: list(&[
                "evaluated in its setting",
                "the evaluation shows it works there",
            ]),
            leading: list(&[
                "evaluated in its setting",
                "repeated in other settings",
                "the results hold there too",
            ]),
            brilliant_failure: list(&[
                "did not give the results expected",
                "says why",
                "says what others should do instead",
            ]),
        }
    }
}

impl LevelCriteria {
    /// The criteria of `level`, one by one; none for a practice not yet
    /// assessed.
    pub fn criteria(&self, level: PracticeLevel) -> &[String] {
        match level {
            PracticeLevel::Emerging => &self.emerging,
            PracticeLevel::Promising => &self.promising,
            PracticeLevel::Leading => &self.leading,
            PracticeLevel::BrilliantFailure => &self.brilliant_failure,
            PracticeLevel::NotAssessed => &[],
        }
    }

    /// The criteria of `level` in a line: "evaluated in its setting; the
    /// evaluation shows it works there".
    pub fn of(&self, level: PracticeLevel) -> String {
        self.criteria(level).join("; ")
    }

    /// "emerging: …; promising: …", every level a practice can be given.
    pub fn summary(&self) -> String {
        PracticeLevel::ALL
            .iter()
            .map(|l| {
                let level = crate::terms::level(*l);
                format!("{level}: {}", self.of(*l))
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Reasons {
    pub approve: Vec<String>,
    pub request_changes: Vec<String>,
    pub reject: Vec<String>,
    /// For hiding a post.
    pub hide: Vec<String>,
    /// For taking an approved event or job off its board.
    pub withdraw: Vec<String>,
}

impl Default for Editorial {
    fn default() -> Self {
        Editorial {
            quorum: 1,
            overdue_hours: 48,
            new_member_posts: 0,
            reasons: Reasons::default(),
            levels: LevelCriteria::default(),
        }
    }
}

impl Default for Reasons {
    fn default() -> Self {
        let list = |items: &[&str]| items.iter().map(|s| s.to_string()).collect();
        Reasons {
            approve: list(&[
                "Relevant to the network and clearly described.",
                "Fills a gap the network has asked about.",
            ]),
            request_changes: list(&[
                "Please say more about its purpose and who it is for.",
                "Please choose a clearer name.",
                "Close to an existing one: say how it differs.",
            ]),
            reject: list(&[
                "Outside the network's scope.",
                "Duplicates an existing one.",
                "Promotional rather than a contribution.",
            ]),
            hide: list(&[
                "Spam.",
                "Breaks the editorial policy.",
                "Personal information that should not be public.",
            ]),
            withdraw: list(&[
                "The organizer cancelled it.",
                "It changed after review: submit it again.",
                "Spam.",
            ]),
        }
    }
}

/// The committee's decision on a submission.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Approve,
    RequestChanges,
    Reject,
}

impl Verdict {
    fn action(self) -> ReviewAction {
        match self {
            Verdict::Approve => ReviewAction::Approved,
            Verdict::RequestChanges => ReviewAction::ChangesRequested,
            Verdict::Reject => ReviewAction::Rejected,
        }
    }

    fn audit(self) -> AuditAction {
        match self {
            Verdict::Approve => AuditAction::Approve,
            Verdict::RequestChanges => AuditAction::RequestChanges,
            Verdict::Reject => AuditAction::Reject,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Verdict::Approve => "approve",
            Verdict::RequestChanges => "request changes",
            Verdict::Reject => "reject",
        }
    }
}

/// "submission 3 (community: Nursing leadership)", for the audit log.
fn target(s: &Submission) -> String {
    format!("submission {} ({}: {})", s.id, s.item.kind(), s.title())
}

/// "approved by amara at 2026-11-22 09:00 UTC", in the reader's language.
fn who_decided(s: &Submission) -> String {
    match s.last_decision() {
        Some(e) => crate::t!(
            "forum-editorial-decided-by",
            action = crate::terms::review_action(e.action),
            by = e.by.as_str(),
            at = e.at.strftime("%Y-%m-%d %H:%M UTC").to_string()
        ),
        None => crate::terms::submission_state(s.state.label()),
    }
}

impl Forum {
    pub fn editorial(&self) -> &Editorial {
        &self.inner.editorial
    }

    /// Stores a community proposal: as a draft, or sent for review. `id` names the
    /// author's earlier draft or returned proposal to replace.
    pub fn propose_community(
        &self,
        viewer: &Viewer,
        id: Option<SubmissionId>,
        proposal: CommunityProposal,
        send: bool,
    ) -> Result<Submission, ForumError> {
        let author = self.writer(
            viewer,
            &crate::t!("forum-editorial-doing-propose-communities"),
        )?;
        let proposal = proposals::check(self, proposal, send)?;
        self.save_submission(&author, id, Item::Community(proposal), send)
    }

    /// Stores any item a member proposes, through the use case for its kind: as
    /// a draft, or sent for review. `id` names the draft or returned item it
    /// replaces.
    pub fn propose(
        &self,
        viewer: &Viewer,
        id: Option<SubmissionId>,
        item: Item,
        send: bool,
    ) -> Result<Submission, ForumError> {
        match item {
            Item::Community(p) => self.propose_community(viewer, id, p, send),
            Item::Event(p) => self.propose_event(viewer, id, p, send),
            Item::Job(p) => self.propose_job(viewer, id, p, send),
            Item::Resource(p) => self.propose_resource(viewer, id, p, send),
            Item::Practice(p) => self.propose_practice(viewer, id, p, send),
            Item::News(p) => self.propose_news(viewer, id, p, send),
            Item::Translation(p) => self.propose_translation(
                viewer,
                id,
                super::translations::NewTranslation {
                    of: p.of,
                    language: p.language,
                    title: p.title,
                    text: p.text,
                },
                send,
            ),
            Item::Post(_) => Err(ForumError::NotAllowed(crate::t!(
                "forum-editorial-held-post-edited-from-submission"
            ))),
        }
    }

    pub(super) fn save_submission(
        &self,
        author: &Account,
        id: Option<SubmissionId>,
        item: Item,
        send: bool,
    ) -> Result<Submission, ForumError> {
        // Sending counts: what the committee must read grows only at a
        // member's pace. A held post is paced as the reply or thread it is.
        // Drafts are never refused (a dropped connection saves one); a member
        // keeps a bounded number of them instead.
        if id.is_none() && !send {
            self.make_room_for_a_submission_draft(author)?;
        }
        if send && !matches!(item, Item::Post(_)) {
            // Refused before it is counted (the write checks again).
            if let Some(id) = id {
                match self.store().submission(id)? {
                    Some(s) => changeable_by(&s, author)?,
                    None => return Err(missing_submission(id)),
                }
            }
            self.paced(author, super::pace::Paced::Submitting)?;
        }
        let now = self.now();
        let state = if send {
            ReviewState::Pending
        } else {
            ReviewState::Draft
        };
        let sent = |history: &mut Vec<ReviewEvent>| {
            if send {
                history.push(ReviewEvent {
                    by: author.username.to_string(),
                    action: ReviewAction::Submitted,
                    note: String::new(),
                    at: now,
                    assessment: Vec::new(),
                });
            }
        };
        let submission = match id {
            None => self.store().insert_submission(|id| {
                let mut history = Vec::new();
                sent(&mut history);
                Submission {
                    id,
                    author: author.username.clone(),
                    item: item.clone(),
                    state,
                    created_at: now,
                    submitted_at: now,
                    version: 0,
                    history,
                    published: None,
                    news: None,
                }
            })?,
            Some(id) => {
                let result = self.store().update_submission(id, |s| {
                    changeable_by(s, author)?;
                    s.item = item.clone();
                    // A returned item keeps its state until it is sent again.
                    if send {
                        s.state = ReviewState::Pending;
                        s.submitted_at = now;
                    }
                    sent(&mut s.history);
                    Ok((None, None))
                });
                decided(result, id)?
            }
        };
        self.commit(Change::Editorial)?;
        tracing::info!(author = %author.username, submission = %submission.id, state = submission.state.label(), "submission saved");
        Ok(submission)
    }

    /// The viewer's own submissions, newest first.
    pub fn my_submissions(&self, viewer: &Viewer) -> Result<Vec<Submission>, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-editorial-doing-submit-items"))?;
        let mut list = self.store().submissions_of(&me.username)?;
        list.reverse();
        Ok(list)
    }

    /// One submission, for its author or the committee.
    pub fn submission(&self, viewer: &Viewer, id: SubmissionId) -> Result<Submission, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-editorial-doing-read-submissions"))?;
        match self.store().submission(id)? {
            Some(s)
                if s.author == me.username
                    || (Capability::ReviewSubmissions.held_by(&me)
                        && s.state != ReviewState::Draft) =>
            {
                Ok(s)
            }
            _ => Err(ForumError::NotFound(crate::t!(
                "forum-missing-submission",
                id = id.to_string()
            ))),
        }
    }

    /// The review queue: every submission waiting for a decision, oldest first.
    pub fn review_queue(&self, viewer: &Viewer) -> Result<Vec<Submission>, ForumError> {
        self.require(
            viewer,
            Capability::ReviewSubmissions,
            &crate::t!("forum-editorial-doing-read-review-queue"),
        )?;
        let mut queue: Vec<Submission> = self
            .store()
            .pending_submissions()?
            .into_iter()
            .filter(|s| s.state == ReviewState::Pending)
            .collect();
        queue.sort_by_key(|s| (s.submitted_at, s.id));
        Ok(queue)
    }

    /// Decides on a submission as it was at `version` (the copy the committee
    /// member read). Publishes it when the approvals reach the quorum.
    pub fn decide(
        &self,
        viewer: &Viewer,
        id: SubmissionId,
        version: u32,
        verdict: Verdict,
        reason: &str,
    ) -> Result<Submission, ForumError> {
        self.decide_assessed(viewer, id, version, verdict, reason, &[])
    }

    /// [`Forum::decide`], approving a practice with the committee's assessment
    /// of each criterion of its level (checked: each assessed once, none made
    /// up), kept with the decision and, once published, in its level history.
    pub fn decide_assessed(
        &self,
        viewer: &Viewer,
        id: SubmissionId,
        version: u32,
        verdict: Verdict,
        reason: &str,
        assessment: &[crate::domain::Assessed],
    ) -> Result<Submission, ForumError> {
        let actor = self.require(
            viewer,
            Capability::ReviewSubmissions,
            &crate::t!("forum-editorial-doing-decide-on-submissions"),
        )?;
        let reason = audit::reason(reason)?;
        let assessment = match self.store().submission(id)?.map(|s| s.item) {
            Some(Item::Practice(p)) if verdict == Verdict::Approve && !assessment.is_empty() => {
                self.assessment_of(p.level, assessment)?
            }
            _ => Vec::new(),
        };
        let now = self.now();
        let quorum = self.editorial().quorum.max(1) as usize;
        let result = self.store().update_submission(id, |s| {
            if s.state != ReviewState::Pending {
                return Err(ForumError::NotAllowed(crate::t!(
                    "forum-editorial-already-decided",
                    id = id.to_string(),
                    decided = who_decided(s)
                )));
            }
            if s.version != version {
                return Err(ForumError::NotAllowed(crate::t!(
                    "forum-editorial-changed-while-read",
                    id = id.to_string(),
                    decided = who_decided(s)
                )));
            }
            if s.author == actor.username {
                return Err(ForumError::NotAllowed(crate::t!(
                    "forum-editorial-not-your-own"
                )));
            }
            if verdict == Verdict::Approve && s.approvals().iter().any(|e| e.by == actor.username) {
                return Err(ForumError::NotAllowed(crate::t!(
                    "forum-editorial-approved-already"
                )));
            }
            let before = s.state;
            s.history.push(ReviewEvent {
                by: actor.username.to_string(),
                action: verdict.action(),
                note: reason.clone(),
                at: now,
                assessment: assessment.clone(),
            });
            let mut publish = None;
            s.state = match verdict {
                Verdict::Approve if s.approvals().len() >= quorum => {
                    publish = Some(proposals::publish(s, now)?);
                    ReviewState::Approved
                }
                Verdict::Approve => ReviewState::Pending,
                Verdict::RequestChanges => ReviewState::ChangesRequested,
                Verdict::Reject => ReviewState::Rejected,
            };
            let after = match (verdict, s.state) {
                (Verdict::Approve, ReviewState::Pending) => format!(
                    "pending review ({} of {quorum} approvals)",
                    s.approvals().len()
                ),
                (_, state) => state.label().to_string(),
            };
            let entry = Record {
                by: &actor.username,
                action: verdict.audit(),
                target: target(s),
                reason: &reason,
                before: before.label().to_string(),
                after,
            }
            .entry(now);
            Ok((publish, Some(entry)))
        });
        let submission = decided(result, id)?;
        // A rejected proposal keeps no files: their bytes go unless held elsewhere.
        if submission.state == ReviewState::Rejected
            && let Item::Resource(r) = &submission.item
        {
            let _files = super::files::files_lock();
            self.forget_files(&r.files)?;
        }
        let told = self.tell_of_decision(&actor.username, &submission, &reason)?;
        self.commit(Change::Editorial)?;
        if submission.state == ReviewState::Approved {
            match (&submission.item, submission.published) {
                (Item::Community(p), _) => self.announce(Change::Community(p.slug.as_str().into())),
                (Item::Post(p), Some(post)) => {
                    // A held thread's id is its post's; a held reply's thread
                    // is its post's, once stored.
                    let thread = match p.parent {
                        None => Some(post.as_thread()),
                        Some(_) => self.store().post(post)?.map(|p| p.thread),
                    };
                    if let Some(thread) = thread {
                        self.reindex(super::indexing::Reindex::Post(post));
                        self.announce(Change::Posted {
                            community: p.community.clone(),
                            thread,
                            post,
                        });
                    }
                }
                (Item::Post(_), None) => {}
                (Item::Event(_), _) => {
                    self.reindex(super::indexing::Reindex::Event(id.as_event()));
                    self.announce(Change::Board)
                }
                (Item::Job(_), _) => {
                    self.reindex(super::indexing::Reindex::Job(id.as_job()));
                    self.announce(Change::Board)
                }
                (Item::Resource(_) | Item::Practice(_), _) => {
                    self.reindex(super::indexing::Reindex::Entry(id.as_entry()));
                    self.announce(Change::Library)
                }
                (Item::Translation(p), _) => match p.of {
                    crate::domain::Translated::Entry(entry) => {
                        self.reindex(super::indexing::Reindex::Entry(entry));
                        self.announce(Change::Library)
                    }
                    crate::domain::Translated::News(news) => {
                        self.reindex(super::indexing::Reindex::News(news));
                        self.announce(Change::News)
                    }
                },
                (Item::News(_), _) => {
                    if let Some(news) = submission.news {
                        self.reindex(super::indexing::Reindex::News(news));
                    }
                    self.announce(Change::News)
                }
            }
        }
        self.announce_told(told);
        tracing::info!(by = %actor.username, submission = %id, verdict = verdict.label(), "submission decided");
        Ok(submission)
    }
}

/// How many drafts of submissions a member keeps: a new one past it lets go
/// of the oldest, as with drafts of posts.
pub const SUBMISSION_DRAFTS_KEPT: usize = 50;

impl Forum {
    fn make_room_for_a_submission_draft(&self, author: &Account) -> Result<(), ForumError> {
        let mut drafts: Vec<Submission> = self
            .store()
            .submissions_of(&author.username)?
            .into_iter()
            .filter(|s| s.state == ReviewState::Draft)
            .collect();
        if drafts.len() < SUBMISSION_DRAFTS_KEPT {
            return Ok(());
        }
        drafts.sort_by_key(|s| s.created_at);
        for old in &drafts[..=drafts.len() - SUBMISSION_DRAFTS_KEPT] {
            if self.store().remove_draft_submission(old.id)? {
                tracing::info!(author = %author.username, submission = %old.id, "oldest draft submission let go");
            }
        }
        Ok(())
    }
}

fn missing_submission(id: SubmissionId) -> ForumError {
    ForumError::NotFound(crate::t!("forum-missing-submission", id = id.to_string()))
}

/// Its author may change it while it is a draft or came back to them.
fn changeable_by(s: &Submission, author: &Account) -> Result<(), ForumError> {
    if s.author != author.username {
        return Err(missing_submission(s.id));
    }
    if !s.state.editable() {
        return Err(ForumError::NotAllowed(crate::t!(
            "forum-editorial-no-longer-changed",
            state = crate::terms::submission_state(s.state.label())
        )));
    }
    Ok(())
}

fn decided(
    result: Result<Submission, UpdateError<ForumError>>,
    id: SubmissionId,
) -> Result<Submission, ForumError> {
    match result {
        Ok(s) => Ok(s),
        Err(UpdateError::Refused(e)) => Err(e),
        Err(UpdateError::NotFound) => Err(ForumError::NotFound(crate::t!(
            "forum-missing-submission-or-post",
            id = id.to_string()
        ))),
        Err(UpdateError::KeyTaken) => Err(ForumError::NotAllowed(crate::t!(
            "forum-editorial-short-name-taken-now"
        ))),
        Err(UpdateError::Store(e)) => Err(e.into()),
    }
}
