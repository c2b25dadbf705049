//! Plain mode, for screen readers and terminals that cannot be drawn on: no
//! full-screen redraws and no boxes, only lines of text printed in reading
//! order, numbered choices, and a prompt that takes a typed line. A member in
//! plain mode reads communities and threads (a long thread ten posts at a
//! time), joins and leaves communities, replies and starts threads, flags
//! posts, reads the events and jobs boards and answers events, reads the
//! library and the news, searches, finds people and reads their notifications.
//! The committee is told at the greeting what waits for it.
//!
//! Chosen automatically for `TERM=dumb`, and by the member's preference.
//!
//! Plain mode's own text is ASCII (no `│`, `•` or `…` for a screen reader to
//! read as "box drawing"); in ASCII mode (`TERM=dumb`, a C locale, or the
//! member's preference) what members wrote is transliterated too, `é` to `e`.

mod account;
mod boards;
mod committee;
mod finding;
mod join_and_flag;
mod languages;
mod messages;
mod own_posts;
mod proposing;
mod reading;
mod signup;
mod views;
mod writing;

use stoa_core::domain::{
    DraftPlace, EntryId, EventId, JobId, NewsId, PostId, SubmissionId, ThreadId,
};
use stoa_core::forum::{Forum, Viewer, sanitize};
use stoa_present::keys::{Input, Key};
use stoa_present::t;
use stoa_present::text;

/// Where the member is.
#[derive(Clone, Debug, PartialEq)]
enum View {
    Home,
    Community(String),
    Thread(ThreadId),
    Events,
    Event(EventId),
    Jobs,
    Job(JobId),
    Library,
    Entry(EntryId),
    News,
    NewsItem(NewsId),
    /// The committee's review queue, an item in it, the flags.
    Queue,
    Reviewing(SubmissionId),
    Flags,
    /// Asking for the reason of a committee action, then back to the view.
    Reason(committee::Pending, Box<View>),
    /// The member's own account: profile, keys, password.
    Account(Box<account::Work>),
    /// The committee writing a news item.
    WritingNews(Box<committee::NewsDraft>),
    /// Asking what to propose, then its questions one at a time.
    Choosing,
    Proposing(Box<proposing::Proposing>),
    /// Asking before deleting one of the member's posts.
    Deleting {
        thread: ThreadId,
        post: PostId,
    },
    /// What a search found: the list as read out, and where its numbers lead.
    Found {
        text: String,
        targets: Vec<stoa_core::domain::Target>,
    },
    Notices,
    /// The member's private conversations, and one of them.
    Messages,
    Conversation(stoa_core::domain::ConversationId),
    /// The people directory, narrowed by these words.
    People(String),
    Member(String),
    /// Signing up, one question at a time.
    Joining(Box<signup::Joining>),
    /// Asking for a new thread's title.
    Title(String),
    /// Taking a post's lines until a line with a single full stop.
    Body {
        place: DraftPlace,
        title: String,
        lines: Vec<String>,
    },
}

/// What a key produced: text to print, and whether the session ends.
#[derive(Debug, Default, PartialEq)]
pub struct Said {
    pub text: String,
    pub quit: bool,
}

/// Longest line a member can type at the prompt.
const LINE_MAX: usize = 4000;

pub struct Plain {
    forum: Forum,
    viewer: Viewer,
    view: View,
    /// What has been typed on the current line.
    line: String,
    /// Columns to wrap what is printed to.
    width: usize,
    /// The thread being read and the index of the first of its posts shown:
    /// a long thread is read a page at a time (`more`).
    page: (ThreadId, usize),
    /// The client's terminal shows only ASCII, unless the member's preference
    /// says otherwise.
    client_ascii: bool,
    /// The language the client's locale asks for, if Stoa speaks it.
    client_language: Option<stoa_present::lang::Language>,
    /// An item opened from a list read out (search, a strategy's page,
    /// learning), and that list: `b` on the item goes back to it.
    opened_from: Option<(View, View)>,
    /// How community thread lists are ordered (`sort`).
    order: stoa_core::forum::ThreadOrder,
    /// The posts of a thread printed so far in this session: the read mark
    /// moves over them (pages follow replies, marks the order of writing).
    printed: std::sync::Mutex<(ThreadId, std::collections::HashSet<PostId>)>,
    /// What `quote` chose for the next reply, as quoted lines.
    quotes: Vec<String>,
    /// How many of a conversation's newest messages are printed (`older` adds).
    messages_shown: usize,
}

/// Lines joined for the terminal: every line ends in CR LF, and a line wider than
/// `width` is broken between words (its continuation indented as it was), so a
/// screen reader never meets a word cut in two by the terminal.
fn lines(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.split('\n') {
        for part in between_words(line, width) {
            out.push_str(&part);
            out.push_str("\r\n");
        }
    }
    out
}

/// `line` in pieces of at most `width` columns, broken at spaces (the spaces
/// between words are kept as they were, so columns stay aligned); a word longer
/// than the width (a link) stays whole on its own piece.
fn between_words(line: &str, width: usize) -> Vec<String> {
    if text::width(line) <= width {
        return vec![line.to_string()];
    }
    let rest = line.trim_start_matches(' ');
    let indent = &line[..line.len() - rest.len()];
    let mut pieces = Vec::new();
    let mut current = indent.to_string();
    let mut gap = 0;
    for word in rest.split(' ') {
        if word.is_empty() {
            gap += 1;
            continue;
        }
        let started = current.len() > indent.len();
        if started && text::width(&current) + gap + text::width(word) > width {
            pieces.push(std::mem::replace(&mut current, indent.to_string()));
        } else if started {
            current.push_str(&" ".repeat(gap));
        }
        current.push_str(word);
        gap = 1;
    }
    pieces.push(current);
    pieces
}

impl Plain {
    /// The terminal is now `width` columns wide: what is printed next breaks
    /// its lines there.
    pub fn resize(&mut self, width: usize) {
        self.width = width;
    }

    pub fn new(forum: Forum, viewer: Viewer, width: usize) -> Plain {
        Plain {
            forum,
            viewer,
            view: View::Home,
            line: String::new(),
            width: width.clamp(20, 200),
            page: (ThreadId(0), 0),
            client_ascii: false,
            client_language: None,
            opened_from: None,
            order: stoa_core::forum::ThreadOrder::default(),
            printed: std::sync::Mutex::new((ThreadId(0), std::collections::HashSet::new())),
            quotes: Vec::new(),
            messages_shown: messages::PRINTED,
        }
    }

    /// The language the client's locale asks for; the member's own choice,
    /// when made, decides over it.
    pub fn with_language(mut self, client_language: Option<stoa_present::lang::Language>) -> Plain {
        self.client_language = client_language;
        self
    }

    /// The language this session speaks now.
    pub fn language(&self) -> stoa_present::lang::Language {
        stoa_present::lang::choose(self.viewer.account(), self.client_language)
    }

    /// Whether the client's terminal shows only ASCII (`ClientTerminal::ascii`);
    /// the member's ASCII preference, when set, decides over it.
    pub fn with_ascii(mut self, client_ascii: bool) -> Plain {
        self.client_ascii = client_ascii;
        self
    }

    /// A title as printed, with the demo's label when the demo added it.
    pub(super) fn demo(&self, mark: stoa_core::store::DemoMark, title: &str) -> String {
        let title = sanitize::inline(title);
        if self.forum.is_demo(&mark) {
            format!("{} {title}", stoa_core::forum::DEMO_LABEL)
        } else {
            title.into_owned()
        }
    }

    /// Everything printed goes through here: in ASCII mode, transliterated
    /// (what is typed is echoed so too).
    fn printable(&self, text: String) -> String {
        let ascii = self
            .viewer
            .account()
            .map(|a| a.preferences.ascii)
            .unwrap_or_default()
            .or(self.client_ascii);
        if ascii && !text.is_ascii() {
            stoa_present::ascii::text(&text).into_owned()
        } else {
            text
        }
    }

    /// The first thing printed: who is here, and the home list.
    /// Who is reading: a guest until they sign up, then their account as it is
    /// now (see [`Plain::account_changed`]).
    pub fn viewer(&self) -> &Viewer {
        &self.viewer
    }

    pub fn forum(&self) -> &Forum {
        &self.forum
    }

    /// The member's account changed elsewhere (a role, a mute, a ban, a key):
    /// read it again, so that what this session shows and offers follows it.
    pub fn account_changed(&mut self) {
        if let Viewer::Member { account, via } = &self.viewer
            && let Ok(Some(fresh)) = self.forum.account(&account.username)
        {
            self.viewer = Viewer::Member {
                account: fresh,
                via: *via,
            };
        }
    }

    pub fn start(&mut self) -> String {
        let language = self.language();
        stoa_present::lang::scope(language, || self.start_here())
    }

    fn start_here(&mut self) -> String {
        // Bookmarks whose reminder day came are notified as the member arrives.
        let _ = self.forum.send_due_reminders(&self.viewer);
        let who = match self.viewer.account() {
            Some(a) => format!(
                "{}{}",
                t!(
                    "plain-welcome",
                    site = self.forum.site().name.as_str(),
                    name = sanitize::inline(&a.display_name).as_ref()
                ),
                self.unread_line()
                    + &self.unread_messages_line()
                    + &self.committee_line()
                    + &self
                        .forum
                        .mute_notice(a)
                        .map(|notice| format!("\n{notice}"))
                        .unwrap_or_default()
            ),
            None => t!(
                "plain-welcome-guest",
                site = self.forum.site().name.as_str()
            ),
        };
        // Back to the post being written when the last session ended (a
        // dropped link, a restart), as the full screen resumes its composer.
        let resumed = match self.forum.last_place(&self.viewer) {
            Ok(stoa_core::domain::LastPlace::Writing { place })
                if self.cannot_write().is_none() =>
            {
                let back = self.start_writing(place, String::new());
                if back.is_empty() {
                    self.view = View::Home;
                }
                back
            }
            _ => String::new(),
        };
        let text = format!("{who}\n{}\n\n{resumed}{}", t!("plain-intro"), self.show());
        // Transliterated before it is wrapped: a reading may be longer.
        lines(&self.printable(text), self.width) + &self.prompt()
    }

    /// A notification arrived while the member is here: a line saying so (with
    /// the terminal bell unless they turned it off), then the prompt and what they
    /// had typed, as it was.
    pub fn notified(&self) -> String {
        let language = self.language();
        stoa_present::lang::scope(language, || self.notified_here())
    }

    fn notified_here(&self) -> String {
        if self.viewer.account().is_none() {
            return String::new();
        }
        let unread = self.forum.unread_notifications(&self.viewer).unwrap_or(0);
        if unread == 0 {
            return String::new();
        }
        // A message was said as it arrived (`message_arrived`).
        let newest = self
            .forum
            .notifications(&self.viewer)
            .ok()
            .and_then(|n| n.into_iter().next());
        if newest.is_some_and(|n| n.kind == stoa_core::domain::NoticeKind::Message && !n.read) {
            return String::new();
        }
        let waiting = if unread > 999 {
            t!("plain-more-than-999-unread")
        } else {
            t!("threads-unread", n = unread)
        };
        self.said_while_typing(&t!("plain-new-notification", waiting = waiting))
    }

    /// `line` said between what was printed and what the member is typing:
    /// on its own line (with the bell unless they turned it off), then the
    /// prompt and what they had typed, as it was.
    fn said_while_typing(&self, line: &str) -> String {
        let bell = self
            .viewer
            .account()
            .is_none_or(|me| match self.forum.account(&me.username) {
                Ok(Some(now)) => now.preferences.bell.or(true),
                _ => me.preferences.bell.or(true),
            });
        let typed = if self.masked() {
            "*".repeat(self.line.chars().count())
        } else {
            self.line.clone()
        };
        self.printable(format!(
            "\r\n{line}{}\r\n{}{typed}",
            if bell { "\x07" } else { "" },
            self.prompt()
        ))
    }

    /// A message arrived in conversation `id` while the member is here: a line
    /// saying so, as for a notification (a message is said by this line, not
    /// again as a notification). Nothing for their own message.
    pub fn message_arrived(&self, id: stoa_core::domain::ConversationId) -> String {
        let language = self.language();
        stoa_present::lang::scope(language, || self.message_arrived_here(id))
    }

    fn message_arrived_here(&self, id: stoa_core::domain::ConversationId) -> String {
        if !self.forum.has_unread_messages_in(&self.viewer, id) {
            return String::new();
        }
        self.said_while_typing(&t!("plain-new-message", conversation = id.to_string()))
    }

    /// What the full screen's header says as "3 new (g !)", for the greeting.
    fn unread_line(&self) -> String {
        match self.forum.unread_notifications(&self.viewer).unwrap_or(0) {
            0 => String::new(),
            n if n > 999 => format!("\n{}", t!("plain-unread-notifications-many")),
            n => format!("\n{}", t!("plain-unread-notifications", n = n)),
        }
    }

    fn prompt(&self) -> String {
        match &self.view {
            View::Title(_) => format!("{} ", t!("plain-prompt-title")),
            View::Joining(_) | View::Deleting { .. } | View::Choosing | View::Proposing(_) => {
                "? ".into()
            }
            View::Reason(pending, _) if self.next_criterion(pending).is_some() => "? ".into(),
            View::Reason(..) => format!("{} ", t!("plain-prompt-reason")),
            View::WritingNews(_) => "| ".into(),
            View::Account(_) => "? ".into(),
            View::Body { .. } => "| ".into(),
            _ => "> ".into(),
        }
    }

    /// One key: printable characters are echoed (the terminal shows nothing by
    /// itself), Backspace rubs out, Enter runs the line.
    pub fn input(&mut self, input: &Input) -> Said {
        let language = self.language();
        stoa_present::lang::scope(language, || self.input_here(input))
    }

    fn input_here(&mut self, input: &Input) -> Said {
        let said = self.input_as_typed(input);
        Said {
            text: self.printable(said.text),
            quit: said.quit,
        }
    }

    fn input_as_typed(&mut self, input: &Input) -> Said {
        match input {
            Input::Paste(text) => {
                let mut said = Said::default();
                for c in text.chars() {
                    let key = if c == '\n' { Key::Enter } else { Key::Char(c) };
                    let more = self.key(key);
                    said.text.push_str(&more.text);
                    if more.quit {
                        said.quit = true;
                        break;
                    }
                }
                said
            }
            Input::Key(key) => self.key(*key),
        }
    }

    fn key(&mut self, key: Key) -> Said {
        match key {
            Key::Char(c) if self.line.chars().count() < LINE_MAX => {
                let shown = sanitize::inline(&c.to_string()).into_owned();
                self.line.push_str(&shown);
                // A password being typed shows as stars.
                let text = if self.masked() && !shown.is_empty() {
                    "*".into()
                } else {
                    shown
                };
                Said { text, quit: false }
            }
            Key::Backspace if self.line.pop().is_some() => Said {
                text: "\x08 \x08".into(),
                quit: false,
            },
            Key::Ctrl('c' | 'd') => Said {
                text: "\r\n".into(),
                quit: true,
            },
            Key::Enter => {
                let line = std::mem::take(&mut self.line);
                let (text, quit) = self.command(&line);
                let mut out = String::from("\r\n");
                if !text.is_empty() {
                    out.push_str(&lines(&self.printable(text), self.width));
                }
                if !quit {
                    out.push_str(&self.prompt());
                }
                Said { text: out, quit }
            }
            _ => Said::default(),
        }
    }

    /// Keeps a post being written as a draft (the connection is going away).
    pub fn keep_draft(&self) {
        let language = self.language();
        stoa_present::lang::scope(language, || self.keep_draft_here())
    }

    fn keep_draft_here(&self) {
        self.keep_proposal();
        if let View::Body {
            place,
            title,
            lines,
        } = &self.view
            && !lines.is_empty()
        {
            let _ = self
                .forum
                .save_draft(&self.viewer, place.clone(), title, &lines.join("\n"));
            let last_place = stoa_core::domain::LastPlace::Writing {
                place: place.clone(),
            };
            let _ = self.forum.remember_last_place(&self.viewer, &last_place);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_break_between_words_and_keep_their_indent() {
        assert_eq!(between_words("short", 10), ["short"]);
        assert_eq!(
            between_words("  one two three four", 10),
            ["  one two", "  three", "  four"]
        );
        let link = "see https://example.org/a/very/long/path today";
        assert_eq!(
            between_words(link, 12),
            ["see", "https://example.org/a/very/long/path", "today"]
        );
        assert_eq!(lines("a b c\nd", 3), "a b\r\nc\r\nd\r\n");
        assert_eq!(
            between_words("  ab    cd ef gh", 12),
            ["  ab    cd", "  ef gh"],
            "the spaces between words stay"
        );
    }
}
