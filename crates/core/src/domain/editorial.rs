//! The editorial committee's records: submissions under review, flags on posts,
//! and the audit log of everything the committee does.

use std::fmt;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::{
    EventProposal, JobProposal, NewsId, NewsProposal, PostId, PracticeProposal, ResourceProposal,
    Slug, SubmissionId, Username,
};

/// Something a member asked the committee to publish. Every kind of item (a
/// community today; events, jobs and library entries as they arrive) goes through
/// the same states.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Submission {
    pub id: SubmissionId,
    pub author: Username,
    pub item: Item,
    pub state: ReviewState,
    pub created_at: Timestamp,
    /// When it last entered the queue: the queue's order and the age it shows.
    pub submitted_at: Timestamp,
    /// Grows with every change, so a decision taken on a copy someone else has
    /// since decided is refused instead of overwriting theirs.
    pub version: u32,
    /// What happened to it, oldest first: submissions and decisions.
    pub history: Vec<ReviewEvent>,
    /// For a held post once approved: the post it was published as. (Events,
    /// jobs and entries published before ids were typed recorded their own id
    /// here too; nothing reads it for them, since it is their submission's.)
    #[serde(default)]
    pub published: Option<PostId>,
    /// For a news item or blog post once approved: the news item it was
    /// published as (news has ids of its own).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub news: Option<NewsId>,
}

impl Submission {
    pub fn title(&self) -> &str {
        self.item.title()
    }

    /// The approvals given since it last entered the queue (the quorum counts these).
    pub fn approvals(&self) -> Vec<&ReviewEvent> {
        let since = self
            .history
            .iter()
            .rposition(|e| e.action == ReviewAction::Submitted)
            .map_or(0, |i| i + 1);
        self.history[since..]
            .iter()
            .filter(|e| e.action == ReviewAction::Approved)
            .collect()
    }

    /// The committee's latest word, if any.
    pub fn last_decision(&self) -> Option<&ReviewEvent> {
        self.history
            .iter()
            .rev()
            .find(|e| e.action != ReviewAction::Submitted)
    }
}

/// What a submission proposes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Item {
    Community(CommunityProposal),
    /// A new member's discussion post, held until the committee approves it.
    Post(HeldPost),
    Event(EventProposal),
    Job(JobProposal),
    Resource(ResourceProposal),
    Practice(PracticeProposal),
    /// A member's news item or blog-style post.
    News(NewsProposal),
    /// A library entry or news item in another language.
    Translation(super::TranslationProposal),
}

impl Item {
    pub fn title(&self) -> &str {
        match self {
            Item::Community(p) => &p.name,
            Item::Post(p) if p.parent.is_none() => &p.title,
            Item::Post(p) => &p.thread_title,
            Item::Event(e) => &e.title,
            Item::Job(j) => &j.title,
            Item::Resource(r) => &r.title,
            Item::Practice(p) => &p.title,
            Item::News(n) => &n.title,
            Item::Translation(t) => &t.title,
        }
    }

    /// The kind, as the queue lists it.
    pub fn kind(&self) -> &'static str {
        match self {
            Item::Community(_) => "community",
            Item::Post(p) if p.parent.is_none() => "thread",
            Item::Post(_) => "reply",
            Item::Event(_) => "event",
            Item::Job(j) => j.kind.label(),
            Item::Resource(_) => "resource",
            Item::Practice(_) => "practice",
            Item::News(n) => n.kind.label(),
            Item::Translation(_) => "translation",
        }
    }
}

/// A post written by a new member while the new-member rule holds their posts
/// for review: nobody else sees it until it is approved and published.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct HeldPost {
    pub community: Slug,
    /// The post it answers; `None` for a new thread.
    pub parent: Option<PostId>,
    /// The new thread's title; empty for a reply.
    pub title: String,
    /// For a reply, the title of the thread it goes into.
    pub thread_title: String,
    /// Already cleaned, as a post body is stored.
    pub body: String,
    pub mentions: Vec<Username>,
    /// The language its author chose or that was detected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<super::Language>,
}

/// A member's proposal for a new community.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CommunityProposal {
    /// The short name in addresses and commands, e.g. `primary-care`.
    pub slug: String,
    pub name: String,
    /// What the community is for.
    pub purpose: String,
    /// Who it is for.
    pub audience: String,
    /// Readable by signed-up members only: kept out of guests' lists, search
    /// and commands.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub members_only: bool,
    /// The strategies it works on, for their pages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strategies: Vec<super::Strategy>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewState {
    /// Kept by its author, not yet sent.
    Draft,
    /// Waiting in the committee's queue.
    Pending,
    /// Back with the author, with the committee's note.
    ChangesRequested,
    /// Published.
    Approved,
    Rejected,
}

impl ReviewState {
    pub fn label(self) -> &'static str {
        match self {
            ReviewState::Draft => "draft",
            ReviewState::Pending => "pending review",
            ReviewState::ChangesRequested => "changes requested",
            ReviewState::Approved => "approved",
            ReviewState::Rejected => "rejected",
        }
    }

    /// The author may still change it.
    pub fn editable(self) -> bool {
        matches!(self, ReviewState::Draft | ReviewState::ChangesRequested)
    }
}

/// One step in a submission's life.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewEvent {
    pub by: String,
    pub action: ReviewAction,
    /// The committee's reason, or empty for a submission.
    pub note: String,
    pub at: Timestamp,
    /// Approving a practice: how it meets each criterion of its level, which
    /// goes into its level history when it is published.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub assessment: Vec<super::Assessed>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewAction {
    /// The author sent it (again) for review.
    Submitted,
    Approved,
    ChangesRequested,
    Rejected,
}

impl ReviewAction {
    pub fn label(self) -> &'static str {
        match self {
            ReviewAction::Submitted => "submitted",
            ReviewAction::Approved => "approved",
            ReviewAction::ChangesRequested => "asked for changes",
            ReviewAction::Rejected => "rejected",
        }
    }
}

/// A member's report that a post needs the committee's attention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Flag {
    pub post: PostId,
    pub by: Username,
    pub reason: FlagReason,
    /// Required for "other", optional otherwise.
    pub note: String,
    pub at: Timestamp,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagReason {
    Spam,
    OffTopic,
    Inappropriate,
    Other,
}

impl FlagReason {
    pub const ALL: [FlagReason; 4] = [
        FlagReason::Spam,
        FlagReason::OffTopic,
        FlagReason::Inappropriate,
        FlagReason::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            FlagReason::Spam => "spam",
            FlagReason::OffTopic => "off-topic",
            FlagReason::Inappropriate => "inappropriate",
            FlagReason::Other => "other",
        }
    }
}

/// Why and by whom a post was hidden from members.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hiding {
    pub by: String,
    pub reason: String,
    pub at: Timestamp,
}

/// One line of the audit log: who did what to what, when, why, and the value
/// before and after.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Ids grow with time: the log is read newest first by id.
    pub id: u64,
    pub at: Timestamp,
    /// The username, or `operator` for the server's console.
    pub by: String,
    pub action: AuditAction,
    /// What was acted on, e.g. `post 42`, `thread 7`, `account chen`.
    pub target: String,
    pub reason: String,
    pub before: String,
    pub after: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    Approve,
    RequestChanges,
    Reject,
    Hide,
    Restore,
    DismissFlags,
    Lock,
    Unlock,
    Pin,
    Unpin,
    Move,
    Edit,
    Delete,
    Mute,
    Ban,
    Lift,
    Role,
    /// An approved event or job taken off its board.
    Withdraw,
    /// A practice's level changed.
    Level,
    /// A news item published.
    News,
    /// The demo content taken away (`stoa admin remove-demo`).
    RemoveDemo,
    /// A community made readable by members only, or by everyone.
    Visibility,
    /// A published news item corrected by the committee.
    Correct,
}

impl AuditAction {
    pub const ALL: [AuditAction; 23] = [
        AuditAction::Approve,
        AuditAction::RequestChanges,
        AuditAction::Reject,
        AuditAction::Hide,
        AuditAction::Restore,
        AuditAction::DismissFlags,
        AuditAction::Lock,
        AuditAction::Unlock,
        AuditAction::Pin,
        AuditAction::Unpin,
        AuditAction::Move,
        AuditAction::Edit,
        AuditAction::Delete,
        AuditAction::Mute,
        AuditAction::Ban,
        AuditAction::Lift,
        AuditAction::Role,
        AuditAction::Withdraw,
        AuditAction::Level,
        AuditAction::News,
        AuditAction::RemoveDemo,
        AuditAction::Visibility,
        AuditAction::Correct,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::Approve => "approve",
            AuditAction::RequestChanges => "request-changes",
            AuditAction::Reject => "reject",
            AuditAction::Hide => "hide",
            AuditAction::Restore => "restore",
            AuditAction::DismissFlags => "dismiss-flags",
            AuditAction::Lock => "lock",
            AuditAction::Unlock => "unlock",
            AuditAction::Pin => "pin",
            AuditAction::Unpin => "unpin",
            AuditAction::Move => "move",
            AuditAction::Edit => "edit",
            AuditAction::Delete => "delete",
            AuditAction::Mute => "mute",
            AuditAction::Ban => "ban",
            AuditAction::Lift => "lift",
            AuditAction::Role => "role",
            AuditAction::Withdraw => "withdraw",
            AuditAction::Level => "level",
            AuditAction::News => "news",
            AuditAction::RemoveDemo => "remove-demo",
            AuditAction::Visibility => "visibility",
            AuditAction::Correct => "correct",
        }
    }
}

impl fmt::Display for AuditAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
