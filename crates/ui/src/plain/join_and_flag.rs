//! Taking part in plain mode: `join` and `leave` a community (the one open, a
//! short name, or a number on the home list), and `flag 12 spam` a post for
//! the editorial committee. The forum decides who may; this only reads the
//! typed line and says what happened.

use super::{Plain, View};
use stoa_core::domain::{FlagReason, PostId};
use stoa_core::forum::sanitize;
use stoa_present::{lang, t};

/// What `flag` takes, as typed, in the reader's language.
fn flag_usage() -> String {
    t!("plain-flag-usage")
}

impl Plain {
    /// `join` or `leave`, with what followed it (maybe nothing).
    pub(super) fn membership(&mut self, join: bool, which: &str) -> String {
        let verb = if join { "join" } else { "leave" };
        let slug = match (which, &self.view) {
            ("", View::Community(slug)) => slug.clone(),
            ("", _) => {
                return t!("plain-membership-needs-community", verb = verb);
            }
            (number, View::Home) if number.parse::<usize>().is_ok() => {
                let n: usize = number.parse().unwrap_or(0);
                match self.forum.community_overview(&self.viewer) {
                    Ok(list) => match list.get(n.wrapping_sub(1)) {
                        Some(c) => c.community.slug.to_string(),
                        None => return t!("plain-no-number-here", n = n.to_string()),
                    },
                    Err(e) => return format!("{}.", t!("plain-error", error = e.to_string())),
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
            (true, Some(true)) => return t!("plain-already-member", name = name.as_str()),
            (false, Some(false)) => return t!("plain-not-member", name = name.as_str()),
            _ => {}
        }
        let done = if join {
            self.forum.join(&self.viewer, &slug)
        } else {
            self.forum.leave(&self.viewer, &slug)
        };
        let said = match done {
            Ok(()) if join => t!("plain-joined-community", name = name.as_str()),
            Ok(()) => t!("plain-left-community", name = name.as_str()),
            Err(e) => return t!("plain-not-done", error = e.to_string()),
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
            return flag_usage();
        };
        let Ok(id) = number.trim_start_matches('#').parse::<PostId>() else {
            return format!(
                "{} {}",
                t!(
                    "plain-not-a-post-number",
                    number = sanitize::inline(number).into_owned()
                ),
                flag_usage()
            );
        };
        let Some(reason) = FlagReason::ALL
            .into_iter()
            .find(|r| r.label().eq_ignore_ascii_case(reason))
        else {
            return format!(
                "{} {}",
                t!(
                    "plain-not-a-reason",
                    reason = sanitize::inline(reason).into_owned()
                ),
                flag_usage()
            );
        };
        let note = words.collect::<Vec<_>>().join(" ");
        match self.forum.flag_post(&self.viewer, id, reason, &note) {
            Ok(_) => t!(
                "plain-flagged",
                post = id.to_string(),
                reason = lang::text(&format!("moderation-flag-reason-{}", reason.label()))
            ),
            // The forum's message alone: "Not flagged: note: …" read badly.
            Err(stoa_core::forum::ForumError::Invalid(errors)) => t!(
                "plain-not-flagged",
                error = errors
                    .0
                    .iter()
                    .map(|(_, message)| message.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            Err(e) => t!("plain-not-flagged", error = e.to_string()),
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
        if waiting > 0 {
            parts.push(t!("plain-committee-waiting", n = waiting));
        }
        if flagged > 0 {
            parts.push(t!("plain-committee-flagged", n = flagged));
        }
        if parts.is_empty() {
            return String::new();
        }
        format!(
            "\n{}",
            t!(
                "plain-committee-line",
                parts = stoa_present::text::and_list(&parts)
            )
        )
    }
}
