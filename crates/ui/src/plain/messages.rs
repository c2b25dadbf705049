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
use stoa_present::text::{and_list, plural};
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
        let mut out = format!(
            "Your private conversations, {}, {unread} unread:",
            list.total
        );
        for (i, s) in list.items.iter().enumerate() {
            let c = &s.conversation;
            out.push_str(&format!(
                "\n{}. {}With {}: {} {}, last {}.",
                i + 1,
                if s.unread { "(unread) " } else { "" },
                and_list(&c.others(&me)),
                sentence(&s.about),
                plural(c.messages as usize, "message", "messages"),
                when::ago(self.forum.now(), c.last_activity, self.time_zone())
            ));
        }
        if list.items.is_empty() {
            out.push_str("\nNone yet.");
        }
        out.push_str("\nType a number to read one; message NAMES writes to members (message committee to the editorial committee); messages WORDS searches them.");
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
        let mut out = format!(
            "Conversation {}: {} With {}.",
            c.id,
            sentence(&view.about),
            and_list(&c.parties())
        );
        if view.earlier > 0 {
            let earlier = view.earlier as usize;
            out.push_str(&format!(
                " {earlier} earlier {} not printed: older prints {} more.",
                if earlier == 1 {
                    "message is"
                } else {
                    "messages are"
                },
                PRINTED.min(earlier)
            ));
        }
        for m in &view.messages {
            let new = if m.number > view.read_mark {
                " (new)"
            } else {
                ""
            };
            out.push_str(&format!(
                "\n\nMessage {}{new}, from {}, {}:",
                m.number,
                sanitize::inline(&signature(m)),
                when::ago(self.forum.now(), m.at, self.time_zone())
            ));
            if let Some(r) = &m.reported {
                out.push_str(&format!(
                    "\nReported: message {} from {}, {}, which said:",
                    r.number,
                    r.author,
                    when::ago(self.forum.now(), r.at, self.time_zone())
                ));
                for line in sanitize::multiline(&r.body).lines() {
                    out.push_str(&format!("\n> {line}"));
                }
                out.push_str("\nThe reason given:");
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
        out.push_str("\n\nType write to answer; report N REASON sends message N to the committee; block NAME stops someone reaching you; b goes back to your messages.");
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
                let mut text = format!(
                    "{} in your conversations for \"{}\":",
                    plural(found.len(), "message", "messages"),
                    sanitize::inline(words)
                );
                let mut targets = Vec::new();
                for (i, (c, m)) in found.iter().enumerate() {
                    let first = m.body.lines().next().unwrap_or("");
                    text.push_str(&format!(
                        "\n{}. Conversation {}, message {} from {}: {}",
                        i + 1,
                        c.id,
                        m.number,
                        sanitize::inline(&signature(m)),
                        stoa_present::text::fit(&sanitize::inline(first), 80)
                    ));
                    targets.push(stoa_core::domain::Target::Conversation { id: c.id });
                }
                text.push_str("\nType a number to read that conversation, b to go back.");
                self.view = View::Found { text, targets };
                self.show()
            }
            Err(e) => format!("Not searched: {e}."),
        }
    }

    /// `message NAMES`: writes to them, in the latest conversation with exactly
    /// them if there is one.
    pub(super) fn message_to(&mut self, names: &str) -> String {
        if self.viewer.account().is_none() {
            return "Guests cannot write messages: sign up first (type s).".into();
        }
        let to = recipients(names);
        if to.is_empty() {
            return "'message' needs whom to write to: member names, or committee.".into();
        }
        // `#12` is conversation 12.
        if let [only] = to.as_slice()
            && let Some(id) = only.strip_prefix('#').and_then(|n| n.parse().ok())
        {
            let id = ConversationId(id);
            if let Err(e) = self.forum.may_write_message(&self.viewer, id) {
                return format!("Not now: {e}.");
            }
            let back = self.start_writing(DraftPlace::Message(id), String::new());
            return format!(
                "{back}Write your message line by line. A line holding only a full stop (.) sends it; cancel throws it away."
            );
        }
        // Names checked before a word is typed, not after.
        for name in &to {
            if name != stoa_core::domain::COMMITTEE && !self.forum.is_account(name) {
                return format!(
                    "No member is called {}: people lists them.",
                    sanitize::inline(name)
                );
            }
        }
        let place = match self.forum.conversation_with(&self.viewer, &to) {
            Ok(Some(id)) => match self.forum.may_write_message(&self.viewer, id) {
                Ok(()) => DraftPlace::Message(id),
                Err(e) => return format!("Not now: {e}."),
            },
            Ok(None) => new_conversation_place(&to),
            Err(e) => return format!("Not started: {e}."),
        };
        let back = self.start_writing(place, String::new());
        let to: Vec<String> = to
            .iter()
            .map(|name| sanitize::inline(name).into_owned())
            .collect();
        format!(
            "{back}Write to {} line by line. A line holding only a full stop (.) sends it; cancel throws it away.",
            and_list(&to)
        )
    }

    /// `write`, in a conversation: answers in it.
    pub(super) fn write_in_conversation(&mut self) -> String {
        let View::Conversation(id) = self.view else {
            return "Open a conversation first (messages, then its number): write answers in it."
                .into();
        };
        if let Err(e) = self.forum.may_write_message(&self.viewer, id) {
            return format!("Not now: {e}.");
        }
        let back = self.start_writing(DraftPlace::Message(id), String::new());
        format!(
            "{back}Write your message line by line. A line holding only a full stop (.) sends it; cancel throws it away."
        )
    }

    /// `report N REASON`, in a conversation.
    pub(super) fn report(&mut self, rest: &str) -> String {
        let View::Conversation(id) = self.view else {
            return "Open a conversation first: report N REASON sends its message N to the committee.".into();
        };
        let (number, reason) = rest.split_once(' ').unwrap_or((rest, ""));
        let Ok(number) = number.trim_start_matches('#').parse::<u32>() else {
            return "report needs a message number, then why: report 2 asks for my password".into();
        };
        match self.forum.report_message(&self.viewer, id, number, reason) {
            Ok(report) => format!(
                "Reported: the committee reads that message and your reason, nothing else. Its answer comes in conversation {} (messages).",
                report.id
            ),
            Err(e) => format!("Not reported: {e}."),
        }
    }

    /// `block NAME` or `unblock NAME`; `blocked` lists them.
    pub(super) fn block_command(&mut self, name: &str, on: bool) -> String {
        let name = name.trim();
        if name.is_empty() {
            return match self.forum.blocked(&self.viewer) {
                Ok(list) if list.is_empty() => "You block nobody.".into(),
                Ok(list) => format!(
                    "You block: {}. unblock NAME lets one reach you again.",
                    list.iter()
                        .map(|(n, _)| n.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                Err(e) => format!("Error: {e}"),
            };
        }
        let name = sanitize::inline(name).into_owned();
        if on {
            match self.forum.block(&self.viewer, &name) {
                Ok(()) => format!(
                    "Blocked {name}: their messages, mentions and replies no longer reach you."
                ),
                Err(e) => format!("Not blocked: {e}."),
            }
        } else {
            match self.forum.unblock(&self.viewer, &name) {
                Ok(true) => format!("Unblocked {name}: they can reach you again."),
                Ok(false) => format!("You had not blocked {name}."),
                Err(e) => format!("Error: {e}"),
            }
        }
    }

    /// `older`, in a conversation: the messages before those printed, too.
    pub(super) fn older_messages(&mut self) -> String {
        if !matches!(self.view, View::Conversation(_)) {
            return "Open a conversation first: older prints its earlier messages.".into();
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
            1 => "\nYou have 1 conversation with unread messages: type messages.".into(),
            n => format!("\nYou have {n} conversations with unread messages: type messages."),
        }
    }
}
