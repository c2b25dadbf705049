//! Reactions to a post (so that "thanks!" needs no reply on a slow link) and
//! bookmarks.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{PostId, ThreadId};

/// The small set of reactions, by names readable in ASCII.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Reaction {
    #[serde(rename = "thanks")]
    Thanks,
    #[serde(rename = "+1")]
    PlusOne,
    #[serde(rename = "insightful")]
    Insightful,
}

impl Reaction {
    pub const ALL: [Reaction; 3] = [Reaction::Thanks, Reaction::PlusOne, Reaction::Insightful];

    pub fn name(self) -> &'static str {
        match self {
            Reaction::Thanks => "thanks",
            Reaction::PlusOne => "+1",
            Reaction::Insightful => "insightful",
        }
    }

    /// One byte in a store key.
    pub fn code(self) -> u8 {
        match self {
            Reaction::Thanks => b't',
            Reaction::PlusOne => b'p',
            Reaction::Insightful => b'i',
        }
    }

    pub fn from_code(code: u8) -> Option<Reaction> {
        Reaction::ALL.into_iter().find(|r| r.code() == code)
    }

    /// A typed name: `thanks`, `+1` (or `plus1`), `insightful`, any case.
    pub fn parse(typed: &str) -> Option<Reaction> {
        match typed.trim().to_ascii_lowercase().as_str() {
            "thanks" | "thank" | "thx" => Some(Reaction::Thanks),
            "+1" | "plus1" | "plusone" => Some(Reaction::PlusOne),
            "insightful" => Some(Reaction::Insightful),
            _ => None,
        }
    }
}

/// A post a member keeps, with a day to be reminded of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bookmark {
    pub post: PostId,
    pub thread: ThreadId,
    pub at: Timestamp,
    /// The day a reminder is due (in the member's time zone); cleared once sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remind: Option<Date>,
}
