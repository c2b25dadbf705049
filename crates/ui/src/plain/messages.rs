//! Private conversations in plain mode: `messages` lists them (a number reads
//! one), `message NAMES` (or `message committee`) writes, `write` answers in the
//! conversation being read, `report N REASON` sends message N to the committee,
//! `block NAME` and `unblock NAME`; `messages WORDS` searches one's own.

use super::{Plain, View};
use stoa_core::domain::{ConversationId, DraftPlace};
use stoa_core::forum::conversations::{READ_MAX, new_conversation_place, recipients, signature};

/// Messages a conversation is printed with, the newest; `older` prints more.
pub(super) const PRINTED: usize = 20;
use stoa_core::forum::sanitize;
use stoa_present::t;
use stoa_present::text::and_list;
use stoa_present::when;

/// A subject or first words as the start of a sentence: with its own
/// punctuation, or a full stop.
fn sentence(about: &str) -> String {
    let about = sanitize::inline(about);
    if about.ends_with(['.', '?', '!', '…']) {
        about.into_owned()
    } else {
        format!("{about}.")
    }
}

impl Plain {
    /// The member's conversations, newest first, numbered.
    pub(super) fn messages_list(&self) -> Result<String, stoa_core::forum::ForumError> {
        let list = self.forum.conversations(&self.viewer)?;
        let me = self
            .viewer
            .account()
            .map(|a| a.username.to_string())
            .unwrap_or_default();
        let unread = list.items.iter().filter(|s| s.unread).count();
        let mut out = t!("plain-messages-heading", n = list.total, unread = unread);
        for (i, s) in list.items.iter().enumerate() {
            let c = &s.conversation;
            out.push_str(&format!(
                "\n{}. {}{}",
                i + 1,
                if s.unread {
                    format!("{} ", t!("plain-messages-unread"))
                } else {
                    String::new()
                },
                t!(
                    "plain-messages-line",
                    names = and_list(&c.others(&me)),
                    about = sentence(&s.about),
                    messages = t!("conversations-messages", n = c.messages as usize),
                    when = when::ago(self.forum.now(), c.last_activity, self.time_zone())
                )
            ));
        }
        if list.items.is_empty() {
            out.push_str(&format!("\n{}", t!("plain-messages-none")));
        }
        out.push_str(&format!("\n{}", t!("plain-messages-hint")));
        Ok(out)
    }

    /// One conversation, its newest messages oldest first; reading it marks it read.
    pub(super) fn conversation_page(
        &self,
        id: ConversationId,
    ) -> Result<String, stoa_core::forum::ForumError> {
        let view = self
            .forum
            .conversation(&self.viewer, id, self.messages_shown)?;
        let c = &view.conversation;
        let mut out = t!(
            "plain-conversation-head",
            id = c.id.to_string(),
            about = sentence(&view.about),
            names = and_list(&c.parties())
        );
        if view.earlier > 0 {
            let earlier = view.earlier as usize;
            out.push_str(&format!(
                " {}",
                t!(
                    "plain-conversation-earlier",
                    n = earlier,
                    more = PRINTED.min(earlier)
                )
            ));
        }
        for m in &view.messages {
            let heading = if m.number > view.read_mark {
                "plain-conversation-message-new"
            } else {
                "plain-conversation-message"
            };
            out.push_str(&format!(
                "\n\n{}",
                t!(
                    heading,
                    number = m.number.to_string(),
                    author = sanitize::inline(&signature(m)).into_owned(),
                    when = when::ago(self.forum.now(), m.at, self.time_zone())
                )
            ));
            if let Some(r) = &m.reported {
                out.push_str(&format!(
                    "\n{}",
                    t!(
                        "plain-conversation-reported",
                        number = r.number.to_string(),
                        author = r.author.to_string(),
                        when = when::ago(self.forum.now(), r.at, self.time_zone())
                    )
                ));
                for line in sanitize::multiline(&r.body).lines() {
                    out.push_str(&format!("\n> {line}"));
                }
                out.push_str(&format!("\n{}", t!("plain-conversation-reason-given")));
            }
            for line in sanitize::multiline(&m.body).lines() {
                out.push_str(&format!("\n  {line}"));
            }
        }
        if let Some(last) = view.messages.last() {
            let _ = self
                .forum
                .mark_conversation_read(&self.viewer, id, last.number);
        }
        out.push_str(&format!("\n\n{}", t!("plain-conversation-hint")));
        Ok(out)
    }

    /// `messages`, or `messages WORDS` (a search of one's own conversations).
    pub(super) fn messages_command(&mut self, words: &str) -> String {
        if words.is_empty() {
            self.view = View::Messages;
            return self.show();
        }
        match self.forum.search_conversations(&self.viewer, words) {
            Ok(found) => {
                let mut text = t!(
                    "plain-messages-found",
                    n = found.len(),
                    words = sanitize::inline(words).into_owned()
                );
                let mut targets = Vec::new();
                for (i, (c, m)) in found.iter().enumerate() {
                    let first = m.body.lines().next().unwrap_or("");
                    text.push_str(&format!(
                        "\n{}. {}",
                        i + 1,
                        t!(
                            "plain-messages-found-line",
                            id = c.id.to_string(),
                            number = m.number.to_string(),
                            author = sanitize::inline(&signature(m)).into_owned(),
                            first = stoa_present::text::fit(&sanitize::inline(first), 80)
                        )
                    ));
                    targets.push(stoa_core::domain::Target::Conversation { id: c.id });
                }
                text.push_str(&format!("\n{}", t!("plain-messages-found-hint")));
                self.view = View::Found { text, targets };
                self.show()
            }
            Err(e) => t!("plain-not-searched", error = e.to_string()),
        }
    }

    /// `message NAMES`: writes to them, in the latest conversation with exactly
    /// them if there is one.
    pub(super) fn message_to(&mut self, names: &str) -> String {
        if self.viewer.account().is_none() {
            return t!("plain-messages-guests");
        }
        let to = recipients(names);
        if to.is_empty() {
            return t!("plain-message-needs-whom");
        }
        // `#12` is conversation 12.
        if let [only] = to.as_slice()
            && let Some(id) = only.strip_prefix('#').and_then(|n| n.parse().ok())
        {
            let id = ConversationId(id);
            if let Err(e) = self.forum.may_write_message(&self.viewer, id) {
                return t!("plain-not-now", error = e.to_string());
            }
            let back = self.start_writing(DraftPlace::Message(id), String::new());
            return format!("{back}{}", t!("plain-message-write"));
        }
        // Names checked before a word is typed, not after.
        for name in &to {
            if name != stoa_core::domain::COMMITTEE && !self.forum.is_account(name) {
                return t!(
                    "plain-message-no-member",
                    name = sanitize::inline(name).into_owned()
                );
            }
        }
        let place = match self.forum.conversation_with(&self.viewer, &to) {
            Ok(Some(id)) => match self.forum.may_write_message(&self.viewer, id) {
                Ok(()) => DraftPlace::Message(id),
                Err(e) => return t!("plain-not-now", error = e.to_string()),
            },
            Ok(None) => new_conversation_place(&to),
            Err(e) => return t!("plain-not-started", error = e.to_string()),
        };
        let back = self.start_writing(place, String::new());
        let to: Vec<String> = to
            .iter()
            .map(|name| sanitize::inline(name).into_owned())
            .collect();
        format!(
            "{back}{}",
            t!("plain-message-write-to", names = and_list(&to))
        )
    }

    /// `write`, in a conversation: answers in it.
    pub(super) fn write_in_conversation(&mut self) -> String {
        let View::Conversation(id) = self.view else {
            return t!("plain-write-needs-conversation");
        };
        if let Err(e) = self.forum.may_write_message(&self.viewer, id) {
            return t!("plain-not-now", error = e.to_string());
        }
        let back = self.start_writing(DraftPlace::Message(id), String::new());
        format!("{back}{}", t!("plain-message-write"))
    }

    /// `report N REASON`, in a conversation.
    pub(super) fn report(&mut self, rest: &str) -> String {
        let View::Conversation(id) = self.view else {
            return t!("plain-report-needs-conversation");
        };
        let (number, reason) = rest.split_once(' ').unwrap_or((rest, ""));
        let Ok(number) = number.trim_start_matches('#').parse::<u32>() else {
            return t!("plain-report-usage");
        };
        match self.forum.report_message(&self.viewer, id, number, reason) {
            Ok(report) => t!("plain-reported", id = report.id.to_string()),
            Err(e) => t!("plain-not-reported", error = e.to_string()),
        }
    }

    /// `block NAME` or `unblock NAME`; `blocked` lists them.
    pub(super) fn block_command(&mut self, name: &str, on: bool) -> String {
        let name = name.trim();
        if name.is_empty() {
            return match self.forum.blocked(&self.viewer) {
                Ok(list) if list.is_empty() => t!("plain-block-nobody"),
                Ok(list) => t!(
                    "plain-block-list",
                    names = list
                        .iter()
                        .map(|(n, _)| n.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                Err(e) => t!("plain-error", error = e.to_string()),
            };
        }
        let name = sanitize::inline(name).into_owned();
        if on {
            match self.forum.block(&self.viewer, &name) {
                Ok(()) => t!("plain-blocked", name = name.as_str()),
                Err(e) => t!("plain-not-blocked", error = e.to_string()),
            }
        } else {
            match self.forum.unblock(&self.viewer, &name) {
                Ok(true) => t!("plain-unblocked", name = name.as_str()),
                Ok(false) => t!("plain-not-blocking", name = name.as_str()),
                Err(e) => t!("plain-error", error = e.to_string()),
            }
        }
    }

    /// `older`, in a conversation: the messages before those printed, too.
    pub(super) fn older_messages(&mut self) -> String {
        if !matches!(self.view, View::Conversation(_)) {
            return t!("plain-older-needs-conversation");
        }
        self.messages_shown = (self.messages_shown + PRINTED).min(READ_MAX);
        self.show()
    }

    /// A number typed in the list of conversations.
    pub(super) fn open_conversation(&mut self, n: usize) -> Option<View> {
        self.messages_shown = PRINTED;
        let list = self.forum.conversations(&self.viewer).ok()?;
        list.items
            .get(n.wrapping_sub(1))
            .map(|s| View::Conversation(s.conversation.id))
    }

    /// The greeting's line on unread conversations.
    pub(super) fn unread_messages_line(&self) -> String {
        match self.forum.unread_conversations(&self.viewer).unwrap_or(0) {
            0 => String::new(),
            n => format!("\n{}", t!("plain-unread-conversations", n = n)),
        }
    }
}
