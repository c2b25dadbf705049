//! Private conversations: one-to-one, a small group, or with the editorial
//! committee as a group. Only those in a conversation read it, whatever their
//! role; a message reported to the committee reaches it as a copy.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::{ConversationId, Username};

/// The most members a conversation has besides the committee (the one who
/// started it included): small groups, not mailing lists.
pub const CONVERSATION_MEMBERS_MAX: usize = 9;

/// How the committee is named where a member is expected: `message committee`.
pub const COMMITTEE: &str = "committee";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Conversation {
    pub id: ConversationId,
    /// What it is about; may be empty (lists then show the first words).
    pub subject: String,
    pub started_by: Username,
    pub started_at: Timestamp,
    /// The members in it, whoever started it first.
    pub members: Vec<Username>,
    /// The editorial committee is in it as a group: every committee member
    /// reads it, and their messages are signed with the committee's name.
    pub committee: bool,
    pub last_activity: Timestamp,
    /// Messages in it; the newest has this number.
    pub messages: u32,
    /// Where it stands among all conversations by its latest message: a
    /// counter the store raises with each message (clocks may tie or differ
    /// between front ends; this does not).
    pub activity: u64,
    /// Its first message is a copy of a message a member reported.
    #[serde(default)]
    pub report: bool,
}

impl Conversation {
    /// Who is in it, as lists show it: `amara, li and the committee`.
    pub fn parties(&self) -> Vec<String> {
        let mut parties: Vec<String> = self.members.iter().map(|m| m.to_string()).collect();
        if self.committee {
            parties.push("the committee".into());
        }
        parties
    }

    /// The others in it, seen by `username`.
    pub fn others(&self, username: &str) -> Vec<String> {
        let mut parties: Vec<String> = self
            .members
            .iter()
            .filter(|m| m.as_str() != username)
            .map(|m| m.to_string())
            .collect();
        if self.committee && self.members.iter().any(|m| m.as_str() == username) {
            parties.push("the committee".into());
        }
        parties
    }
}

/// One message in a conversation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Message {
    pub conversation: ConversationId,
    /// 1 for the first message, and so on.
    pub number: u32,
    pub author: Username,
    /// Written for the editorial committee by one of its members (shown as
    /// "editorial committee (li)").
    pub for_committee: bool,
    /// Sanitised text, newlines kept.
    pub body: String,
    pub at: Timestamp,
    /// The message a participant reported, copied as it was: the committee
    /// reads this message only, never the conversation it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported: Option<ReportedMessage>,
}

/// A copy of a reported message, made by the forum (not typed by the reporter).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportedMessage {
    pub conversation: ConversationId,
    pub number: u32,
    pub author: Username,
    pub at: Timestamp,
    pub body: String,
}
