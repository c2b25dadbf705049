//! The editorial committee's desk in plain mode: `queue` lists what waits for a
//! decision and a number opens it, then `a`, `c` or `x` approve, request changes
//! or reject it, asking for the reason; `flags` lists flagged posts, and
//! `hide 12` or `dismiss 12` resolve them, asking for the reason too.

use super::{Plain, View};
use crate::domain::Role;
use crate::forum::{Verdict, sanitize};

/// A committee action waiting for its reason.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Pending {
    Decide {
        id: u64,
        version: u32,
        verdict: Verdict,
    },
    Hide(u64),
    Dismiss(u64),
}

impl Plain {
    fn on_committee(&self) -> bool {
        self.viewer.role().is_some_and(|r| r >= Role::Moderator)
    }

    pub(super) fn queue(&self) -> String {
        if !self.on_committee() {
            return "The review queue is the editorial committee's.".into();
        }
        match self.forum.review_queue(&self.viewer) {
            Ok(list) if list.is_empty() => "Nothing waits for review.".into(),
            Ok(list) => {
                let mut out = format!("The review queue, {} waiting, oldest first:", list.len());
                for (i, s) in list.iter().enumerate() {
                    out.push_str(&format!(
                        "\n{}. {} \"{}\" by {}, sent {}",
                        i + 1,
                        s.item.kind(),
                        sanitize::inline(s.title()),
                        s.author,
                        s.submitted_at.strftime("%d %b %Y %H:%M UTC")
                    ));
                }
                out.push_str("\nType an item's number to read it and decide, b to go back.");
                out
            }
            Err(e) => format!("Error: {e}"),
        }
    }

    /// The queue's item `n`, in full.
    pub(super) fn queue_item(&self, n: usize) -> Option<View> {
        let list = self.forum.review_queue(&self.viewer).ok()?;
        list.get(n.wrapping_sub(1)).map(|s| View::Reviewing(s.id))
    }

    pub(super) fn reviewing(&self, id: u64) -> String {
        let s = match self.forum.submission(&self.viewer, id) {
            Ok(s) => s,
            Err(e) => return format!("Error: {e}"),
        };
        // The item as stored, field by field, in the words it was sent in.
        let item = serde_json::to_value(&s.item).unwrap_or_default();
        let mut out = format!(
            "Submission {}: {} \"{}\" by {}, {}.",
            s.id,
            s.item.kind(),
            sanitize::inline(s.title()),
            s.author,
            s.state.label()
        );
        if let Some(fields) = item.as_object() {
            for (name, value) in fields {
                let text = match value {
                    serde_json::Value::String(t) => t.clone(),
                    serde_json::Value::Null => continue,
                    other => other.to_string(),
                };
                if name != "kind" && !text.is_empty() {
                    out.push_str(&format!(
                        "\n{}: {}",
                        name.replace('_', " "),
                        sanitize::multiline(&text)
                    ));
                }
            }
        }
        for e in &s.history {
            out.push_str(&format!(
                "\n{} {} {}",
                e.at.strftime("%d %b %Y"),
                e.by,
                e.action.label()
            ));
            if !e.note.is_empty() {
                out.push_str(&format!(": {}", sanitize::inline(&e.note)));
            }
        }
        out.push_str("\n\nType a to approve, c to request changes, x to reject; each asks for the reason. b goes back.");
        out
    }

    /// `a`, `c` or `x` on an item: asks for the reason.
    pub(super) fn decide(&mut self, id: u64, verdict: Verdict) -> String {
        let version = match self.forum.submission(&self.viewer, id) {
            Ok(s) => s.version,
            Err(e) => return format!("Error: {e}"),
        };
        self.view = View::Reason(
            Pending::Decide {
                id,
                version,
                verdict,
            },
            Box::new(View::Reviewing(id)),
        );
        let question = match verdict {
            Verdict::Approve => "Why approve it?",
            Verdict::RequestChanges => "What should the author change?",
            Verdict::Reject => "Why reject it?",
        };
        format!("{question} Type the reason the author will read, or cancel.")
    }

    pub(super) fn flags(&self) -> String {
        if !self.on_committee() {
            return "The flags are the editorial committee's.".into();
        }
        match self.forum.flags_queue(&self.viewer) {
            Ok(list) if list.is_empty() => "No flagged posts.".into(),
            Ok(list) => {
                let mut out = format!("Flagged posts, {}:", list.len());
                for f in &list {
                    out.push_str(&format!(
                        "\nPost {} by {} in \"{}\": {}. It says: {}",
                        f.post.id,
                        f.post.author,
                        sanitize::inline(&f.thread.title),
                        f.reasons(),
                        sanitize::inline(&f.post.body.chars().take(200).collect::<String>())
                    ));
                }
                out.push_str("\nType hide and a post's number to hide it, dismiss and its number to keep it; each asks for the reason.");
                out
            }
            Err(e) => format!("Error: {e}"),
        }
    }

    /// `hide 12` or `dismiss 12`.
    pub(super) fn resolve(&mut self, number: &str, hide: bool) -> String {
        if !self.on_committee() {
            return "Hiding posts and dismissing flags are the editorial committee's.".into();
        }
        let Ok(id) = number.trim_start_matches('#').parse::<u64>() else {
            return format!("'{}' is not a post number.", sanitize::inline(number));
        };
        let back = Box::new(self.view.clone());
        let pending = if hide {
            Pending::Hide(id)
        } else {
            Pending::Dismiss(id)
        };
        self.view = View::Reason(pending, back);
        format!(
            "Why {} post {id}? Type the reason, or cancel.",
            if hide { "hide" } else { "keep" }
        )
    }

    /// The reason for a pending action: takes it.
    pub(super) fn reason(&mut self, pending: Pending, back: View, line: &str) -> String {
        let reason = line.trim();
        self.view = back;
        if reason.is_empty() || reason == "cancel" {
            return "Nothing done.".into();
        }
        let done = match pending {
            Pending::Decide {
                id,
                version,
                verdict,
            } => self
                .forum
                .decide(&self.viewer, id, version, verdict, reason)
                .map(|s| format!("Submission {id} is now {}.", s.state.label())),
            Pending::Hide(id) => self
                .forum
                .hide_post(&self.viewer, id, reason)
                .map(|_| format!("Post {id} hidden.")),
            Pending::Dismiss(id) => self
                .forum
                .dismiss_flags(&self.viewer, id, reason)
                .map(|()| format!("The flags on post {id} are dismissed.")),
        };
        match done {
            Ok(said) => {
                if matches!(self.view, View::Reviewing(_)) {
                    self.view = View::Queue;
                }
                format!("{said}\n\n{}", self.show())
            }
            Err(e) => format!("Not done: {e}."),
        }
    }
}
