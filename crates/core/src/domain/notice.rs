//! What a member is told about without looking: notifications, and the threads
//! they watch.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::{
    ConversationId, EntryId, EventId, JobId, NewsId, PostId, SubmissionId, ThreadId, Username,
};

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
    /// A new message in one of their private conversations.
    Message,
    /// Someone reacted to one of their posts (thanks, +1, insightful).
    Reaction,
    /// A bookmark's reminder day came.
    Reminder,
}

impl NoticeKind {
    pub const ALL: [NoticeKind; 8] = [
        NoticeKind::Reply,
        NoticeKind::Mention,
        NoticeKind::Watched,
        NoticeKind::Decision,
        NoticeKind::Alert,
        NoticeKind::Message,
        NoticeKind::Reaction,
        NoticeKind::Reminder,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NoticeKind::Reply => "reply",
            NoticeKind::Mention => "mention",
            NoticeKind::Watched => "watched",
            NoticeKind::Decision => "decision",
            NoticeKind::Alert => "alert",
            NoticeKind::Message => "message",
            NoticeKind::Reaction => "reaction",
            NoticeKind::Reminder => "reminder",
        }
    }
}

/// Where a notification or a search result leads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "kind")]
pub enum Target {
    Post { thread: ThreadId, post: PostId },
    Submission { id: SubmissionId },
    Event { id: EventId },
    Job { id: JobId },
    Entry { id: EntryId },
    News { id: NewsId },
    Member { username: Username },
    Conversation { id: ConversationId },
}

/// One thing a member was told.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Notification {
    pub id: u64,
    pub at: Timestamp,
    pub kind: NoticeKind,
    /// Who caused it (the replier, the committee member); none for an alert.
    pub from: Option<Username>,
    /// One line that says what happened, e.g. `amara replied in "Task sharing"`.
    pub text: String,
    pub target: Target,
    pub read: bool,
    /// More of the same since this one, while it was unread: further replies
    /// to the member in the thread, or further posts in a thread they watch.
    /// They are folded into this notification instead of one each.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub more: u32,
    /// What it says as a message of the interface's catalogues, so that each
    /// reader reads it in their language; `text` is the English, for JSON and
    /// for notifications written before (and kinds not yet worded so).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub words: Option<Words>,
}

/// A notification's sentence as a catalogue message (`notice-reply`) and its
/// values (`name`, `title`), all text, already sanitised.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Words {
    pub id: String,
    pub args: Vec<(String, String)>,
}

impl Words {
    pub fn new(id: &str, args: &[(&str, &str)]) -> Words {
        Words {
            id: id.to_string(),
            args: args
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Notification {
    /// What happened, with the posts folded into it: `li replied to you in
    /// "Rosters" (and 2 more)`.
    pub fn summary(&self) -> String {
        match self.more {
            0 => self.text.clone(),
            99.. => format!("{} (and 99+ more)", self.text),
            n => format!("{} (and {n} more)", self.text),
        }
    }

    /// Whether later notifications of the same kind about the same thread (or
    /// conversation) fold into this one while it is unread: replies, watched
    /// threads and messages, which come in runs; a mention or a decision stands
    /// alone. The number is the thread's or the conversation's id (the kind
    /// keeps the two apart).
    pub fn folds(&self) -> Option<u64> {
        match (self.kind, &self.target) {
            (NoticeKind::Reply | NoticeKind::Watched, Target::Post { thread, .. }) => {
                Some(thread.get())
            }
            (NoticeKind::Message, Target::Conversation { id }) => Some(id.get()),
            // Reactions to one post fold together.
            (NoticeKind::Reaction, Target::Post { post, .. }) => Some(post.get()),
            _ => None,
        }
    }
}
