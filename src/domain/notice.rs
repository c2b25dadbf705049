//! What a member is told about without looking: notifications, and the threads
//! they watch.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// Why a member was notified.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NoticeKind {
    /// Someone replied to one of their posts.
    Reply,
    /// Someone named them with `@`.
    Mention,
    /// A new post in a thread they watch.
    Watched,
    /// The committee decided on one of their submissions, or withdrew or
    /// re-levelled what it published.
    Decision,
    /// A new event or job matched one of their saved alerts.
    Alert,
}

impl NoticeKind {
    pub const ALL: [NoticeKind; 5] = [
        NoticeKind::Reply,
        NoticeKind::Mention,
        NoticeKind::Watched,
        NoticeKind::Decision,
        NoticeKind::Alert,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NoticeKind::Reply => "reply",
            NoticeKind::Mention => "mention",
            NoticeKind::Watched => "watched",
            NoticeKind::Decision => "decision",
            NoticeKind::Alert => "alert",
        }
    }
}

/// Where a notification or a search result leads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "kind")]
pub enum Target {
    Post { thread: u64, post: u64 },
    Submission { id: u64 },
    Event { id: u64 },
    Job { id: u64 },
    Entry { id: u64 },
    News { id: u64 },
    Member { username: String },
}

/// One thing a member was told.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Notification {
    pub id: u64,
    pub at: Timestamp,
    pub kind: NoticeKind,
    /// Who caused it (the replier, the committee member); none for an alert.
    pub from: Option<String>,
    /// One line that says what happened, e.g. `amara replied in "Task sharing"`.
    pub text: String,
    pub target: Target,
    pub read: bool,
}
