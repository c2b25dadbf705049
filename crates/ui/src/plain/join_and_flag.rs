//! Taking part in plain mode: `join` and `leave` a community (the one open, a
//! short name, or a number on the home list), and `flag 12 spam` a post for
//! the editorial committee. The forum decides who may; this only reads the
//! typed line and says what happened.

use super::{Plain, View};
use stoa_core::domain::{FlagReason, PostId};
use stoa_core::forum::sanitize;

/// What `flag` takes, as typed.
const FLAG_USAGE: &str = "Type flag, the post's number and a reason: spam, off-topic, inappropriate, or other and a note (flag 12 other it repeats an advert).";

impl Plain {
    /// `join` or `leave`, with what followed it (maybe nothing).
    pub(super) fn membership(&mut self, join: bool, which: &str) -> String {
        let verb = if join { "join" } else { "leave" };
        let slug = match (which, &self.view) {
            ("", View::Community(slug)) => slug.clone(),
            ("", _) => {
                return format!(
                    "Open a community first, or type {verb} and its short name or its number on the home list."
                );
            }
            (number, View::Home) if number.parse::<usize>().is_ok() => {
                let n: usize = number.parse().unwrap_or(0);
                match self.forum.community_overview(&self.viewer) {
                    Ok(list) => match list.get(n.wrapping_sub(1)) {
                        Some(c) => c.community.slug.to_string(),
                        None => return format!("There is no number {n} here."),
                    },
                    Err(e) => return format!("Error: {e}."),
                }
            }
            (slug, _) => slug.to_string(),
        };
        let name = self
            .forum
            .community(&self.viewer, &slug)
            .map_or(slug.clone(), |c| sanitize::inline(&c.name).into_owned());
        let member = self
            .forum
            .community_overview(&self.viewer)
            .ok()
            .and_then(|list| {
                list.into_iter()
                    .find(|c| c.community.slug == slug)
                    .map(|c| c.joined)
            });
        match (join, member) {
            (true, Some(true)) => return format!("You are already a member of {name}."),
            (false, Some(false)) => return format!("You are not a member of {name}."),
            _ => {}
        }
        let done = if join {
            self.forum.join(&self.viewer, &slug)
        } else {
            self.forum.leave(&self.viewer, &slug)
        };
        let said = match done {
            Ok(()) if join => format!("You joined {name}."),
            Ok(()) => format!("You left {name}."),
            Err(e) => return format!("Not done: {e}."),
        };
        // The home list puts one's own communities first: shown again, so the
        // numbers typed next are the numbers on screen.
        if let View::Home = self.view {
            return format!("{said}\n\n{}", self.show());
        }
        said
    }

    /// `flag 12 spam`, `flag 12 other a note`.
    pub(super) fn flag(&mut self, rest: &str) -> String {
        let mut words = rest.split_whitespace();
        let (Some(number), Some(reason)) = (words.next(), words.next()) else {
            return FLAG_USAGE.into();
        };
        let Ok(id) = number.trim_start_matches('#').parse::<PostId>() else {
            return format!(
                "'{}' is not a post number. {FLAG_USAGE}",
                sanitize::inline(number)
            );
        };
        let Some(reason) = FlagReason::ALL
            .into_iter()
            .find(|r| r.label().eq_ignore_ascii_case(reason))
        else {
            return format!(
                "'{}' is not a reason. {FLAG_USAGE}",
                sanitize::inline(reason)
            );
        };
        let note = words.collect::<Vec<_>>().join(" ");
        match self.forum.flag_post(&self.viewer, id, reason, &note) {
            Ok(_) => format!(
                "Post {id} flagged as {}: the editorial committee will look at it.",
                reason.label()
            ),
            // The forum's message alone: "Not flagged: note: …" read badly.
            Err(stoa_core::forum::ForumError::Invalid(errors)) => format!(
                "Not flagged: {}.",
                errors
                    .0
                    .iter()
                    .map(|(_, message)| message.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            Err(e) => format!("Not flagged: {e}."),
        }
    }

    /// For the committee, at the greeting: what waits for them, if anything.
    pub(super) fn committee_line(&self) -> String {
        if !self.on_committee() {
            return String::new();
        }
        let waiting = self.forum.review_queue(&self.viewer).map_or(0, |l| l.len());
        let flagged = self.forum.flags_queue(&self.viewer).map_or(0, |l| l.len());
        let mut parts = Vec::new();
        match waiting {
            0 => {}
            1 => parts.push("1 submission waits for review (type queue)".to_string()),
            n => parts.push(format!("{n} submissions wait for review (type queue)")),
        }
        match flagged {
            0 => {}
            1 => parts.push("1 flagged post waits for a decision (type flags)".to_string()),
            n => parts.push(format!(
                "{n} flagged posts wait for a decision (type flags)"
            )),
        }
        if parts.is_empty() {
            return String::new();
        }
        format!("\nFor the editorial committee: {}.", parts.join(" and "))
    }
}
