//! How fast a member may do what reaches others (start conversations, write
//! messages, react): a limit per window, kept in this front end's memory. A
//! restart forgets it, and each front end counts its own sessions: the limits
//! are against floods from one session, not a quota.

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
}

impl Paced {
    fn limit(self) -> (usize, SignedDuration) {
        match self {
            Paced::Starting => (20, SignedDuration::from_hours(1)),
            Paced::Writing | Paced::Reacting => (60, SignedDuration::from_mins(10)),
        }
    }

    /// What the member is told when over it.
    pub fn refusal(self) -> String {
        let (n, _) = self.limit();
        match self {
            Paced::Starting => crate::t!("forum-pace-starting", n = n),
            Paced::Writing => crate::t!("forum-pace-writing", n = n),
            Paced::Reacting => crate::t!("forum-pace-reacting", n = n),
        }
    }
}

/// The members' recent acts, by what they were.
#[derive(Default)]
pub struct Pace {
    recent: Mutex<HashMap<(String, Paced), VecDeque<Timestamp>>>,
}

impl Pace {
    /// Counts one `what` by `username` at `now`, or refuses it when the window
    /// holds the limit already.
    pub fn allow(&self, username: &str, what: Paced, now: Timestamp) -> bool {
        let (limit, window) = what.limit();
        let mut recent = self
            .recent
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // Forget whoever has been quiet for the window: memory stays with the active.
        if recent.len() > 10_000 {
            recent.retain(|_, times| {
                times
                    .back()
                    .is_some_and(|t| now.duration_since(*t) < window)
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
