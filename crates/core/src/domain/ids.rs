//! Ids and names that the compiler keeps apart.
//!
//! A thread id, a post id and a submission id are all numbers, and a username and
//! a community's slug are both short strings: passing one where the other is
//! meant compiled before these types, and read the wrong record. Each is
//! `serde(transparent)`, so the stored bytes and the export are exactly what
//! they were when these were plain `u64`s and `String`s.
//!
//! A post's id where a thread's is meant does not compile:
//!
//! ```compile_fail
//! # use stoa_core::domain::{PostId, ThreadId};
//! fn open_thread(_: ThreadId) {}
//! open_thread(PostId(15));
//! ```
//!
//! nor a username where a community's slug goes:
//!
//! ```compile_fail
//! # use stoa_core::domain::{Thread, Username};
//! fn move_thread(thread: &mut Thread, to: Username) {
//!     thread.community = to;
//! }
//! ```
//!
//! The conversions that are true are said by name:
//!
//! ```
//! # use stoa_core::domain::{PostId, SubmissionId, ThreadId};
//! assert_eq!(ThreadId(15).opening_post(), PostId(15));
//! assert_eq!(SubmissionId(7).as_event().submission(), SubmissionId(7));
//! ```

use std::borrow::Borrow;
use std::fmt;
use std::num::ParseIntError;
use std::ops::Deref;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

macro_rules! numeric_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl $name {
            pub const fn get(self) -> u64 {
                self.0
            }

            /// Big-endian, so that an engine's byte order is numeric order.
            pub const fn to_be_bytes(self) -> [u8; 8] {
                self.0.to_be_bytes()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl From<$name> for u64 {
            fn from(id: $name) -> u64 {
                id.0
            }
        }

        impl FromStr for $name {
            type Err = ParseIntError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.parse().map($name)
            }
        }
    };
}

numeric_id!(
    /// A thread: the id of its opening post, so one number names both.
    ThreadId
);
numeric_id!(
    /// A post, the opening post of a thread included.
    PostId
);
numeric_id!(
    /// Something proposed to the editorial committee.
    SubmissionId
);
numeric_id!(
    /// A published event: the id of the submission that proposed it.
    EventId
);
numeric_id!(
    /// A published job: the id of the submission that proposed it.
    JobId
);
numeric_id!(
    /// A published library entry: the id of the submission that proposed it.
    EntryId
);
numeric_id!(
    /// A news item.
    NewsId
);
numeric_id!(
    /// A private conversation between members (and perhaps the committee).
    ConversationId
);

impl ThreadId {
    /// The thread's opening post, which shares its id.
    pub const fn opening_post(self) -> PostId {
        PostId(self.0)
    }
}

impl PostId {
    /// The thread this post opens, if it is an opening post (the thread's id is
    /// its opening post's).
    pub const fn as_thread(self) -> ThreadId {
        ThreadId(self.0)
    }
}

impl SubmissionId {
    /// What the submission was published as shares its id.
    pub const fn as_event(self) -> EventId {
        EventId(self.0)
    }
    pub const fn as_job(self) -> JobId {
        JobId(self.0)
    }
    pub const fn as_entry(self) -> EntryId {
        EntryId(self.0)
    }
}

impl EventId {
    pub const fn submission(self) -> SubmissionId {
        SubmissionId(self.0)
    }
}

impl JobId {
    pub const fn submission(self) -> SubmissionId {
        SubmissionId(self.0)
    }
}

impl EntryId {
    pub const fn submission(self) -> SubmissionId {
        SubmissionId(self.0)
    }
}

macro_rules! name {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<[u8]> for $name {
            fn as_ref(&self) -> &[u8] {
                self.0.as_bytes()
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(s)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_string())
            }
        }

        impl From<&String> for $name {
            fn from(s: &String) -> Self {
                $name(s.clone())
            }
        }

        impl From<&$name> for $name {
            fn from(name: &$name) -> Self {
                name.clone()
            }
        }

        impl From<$name> for String {
            fn from(name: $name) -> String {
                name.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                self == other.0
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }
    };
}

name!(
    /// A member's account name, as they log in with it and others `@`-mention it.
    /// The forum checks its shape at sign-up; this type says which string it is.
    Username
);
name!(
    /// A community's short name in addresses and commands, e.g. `primary-care`.
    Slug
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_names_serialise_as_the_bare_value() {
        assert_eq!(
            serde_json::to_string(&ThreadId(42)).ok().as_deref(),
            Some("42")
        );
        assert_eq!(
            serde_json::to_string(&Username::from("amara"))
                .ok()
                .as_deref(),
            Some("\"amara\"")
        );
        assert_eq!(serde_json::from_str::<PostId>("7").ok(), Some(PostId(7)));
        assert_eq!(
            serde_json::from_str::<Slug>("\"primary-care\"").ok(),
            Some(Slug::from("primary-care"))
        );
    }

    #[test]
    fn ids_order_and_key_as_their_numbers() {
        assert!(PostId(2) < PostId(10));
        assert!(PostId(2).to_be_bytes() < PostId(10).to_be_bytes());
        assert_eq!("15".parse::<ThreadId>().ok(), Some(ThreadId(15)));
        assert!("x".parse::<ThreadId>().is_err());
        assert_eq!(ThreadId(15).opening_post(), PostId(15));
    }
}
