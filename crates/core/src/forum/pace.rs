//! How fast a member may do what reaches others or grows what is stored
//! (start threads and conversations, reply, write messages, edit, react, send to
//! the committee): a limit per window, kept in this front end's memory. A
//! restart forgets it, and each front end counts its own sessions: the limits
//! are against floods from one session, not a quota. The committee is not
//! paced (`Forum::paced`).

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

use jiff::{SignedDuration, Timestamp};

/// What is paced, with how many in how long.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Paced {
    /// Conversations started, reports included: 20 an hour.
    Starting,
    /// Messages written: 60 in ten minutes.
    Writing,
    /// Reactions given: 60 in ten minutes.
    Reacting,
    /// Threads started: 10 an hour.
    Threads,
    /// Replies posted: 60 in ten minutes.
    Replying,
    /// Posts edited: 60 in ten minutes.
    Editing,
    /// Items sent to the committee (a returned item sent again counts again;
    /// drafts do not count): 30 a day.
    Submitting,
}

impl Paced {
    fn limit(self) -> (usize, SignedDuration) {
        match self {
            Paced::Starting => (20, SignedDuration::from_hours(1)),
            Paced::Writing | Paced::Reacting | Paced::Replying | Paced::Editing => {
                (60, SignedDuration::from_mins(10))
            }
            Paced::Threads => (10, SignedDuration::from_hours(1)),
            Paced::Submitting => (30, SignedDuration::from_hours(24)),
        }
    }

    /// What the member is told when over it.
    pub fn refusal(self) -> String {
        let (n, _) = self.limit();
        match self {
            Paced::Starting => crate::t!("forum-pace-starting", n = n),
            Paced::Writing => crate::t!("forum-pace-writing", n = n),
            Paced::Reacting => crate::t!("forum-pace-reacting", n = n),
            Paced::Threads => crate::t!("forum-pace-threads", n = n),
            Paced::Replying => crate::t!("forum-pace-replying", n = n),
            Paced::Editing => crate::t!("forum-pace-editing", n = n),
            Paced::Submitting => crate::t!("forum-pace-submitting", n = n),
        }
    }
}

/// The members' recent acts, by what they were.
#[derive(Default)]
pub struct Pace {
    recent: Mutex<HashMap<(String, Paced), VecDeque<Timestamp>>>,
    /// Load harnesses write as fast as the machine goes (`Forum::unpaced`).
    off: bool,
}

impl Pace {
    /// A pace that allows everything: for benchmarks that measure the write path.
    pub fn off() -> Pace {
        Pace {
            off: true,
            ..Pace::default()
        }
    }

    /// Counts one `what` by `username` at `now`, or refuses it when the window
    /// holds the limit already.
    pub fn allow(&self, username: &str, what: Paced, now: Timestamp) -> bool {
        if self.off {
            return true;
        }
        let (limit, window) = what.limit();
        let mut recent = self
            .recent
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // Forget whoever has been quiet for the window: memory stays with the active.
        // Each by its own window: a day's proposals outlive ten minutes' replies.
        if recent.len() > 10_000 {
            recent.retain(|(_, kind), times| {
                times
                    .back()
                    .is_some_and(|t| now.duration_since(*t) < kind.limit().1)
            });
        }
        let times = recent.entry((username.to_string(), what)).or_default();
        while times
            .front()
            .is_some_and(|t| now.duration_since(*t) >= window)
        {
            times.pop_front();
        }
        if times.len() >= limit {
            return false;
        }
        times.push_back(now);
        true
    }
}

#[cfg(test)]
#[path = "pace_tests.rs"]
mod tests;
