//! What plain mode prints for each place, and what each typed line does there.

use super::{Plain, View};
use stoa_core::domain::{DraftPlace, PostId, ThreadId};
use stoa_core::forum::{Capability, sanitize};
use stoa_present::{markdown, t, when};

/// Posts printed at once; `more` reads the next ones.
const POSTS_PER_PAGE: usize = 10;

impl Plain {
    /// The commands this member may use.
    fn help(&self) -> String {
        if self.on_committee() {
            format!("{}\n{}", t!("plain-help"), t!("plain-help-committee"))
        } else {
            t!("plain-help")
        }
    }

    /// The current place, as lines of text.
    pub(super) fn show(&self) -> String {
        let result = match &self.view {
            View::Home => self.home(),
            View::Community(slug) => self.community(slug),
            View::Thread(id) => self.thread(*id),
            View::Events => self.events(),
            View::Event(id) => self.event(*id),
            View::Jobs => self.jobs(),
            View::Job(id) => self.job(*id),
            View::Library => self.library(),
            View::Entry(id) => self.entry(*id),
            View::News => self.news_list(),
            View::Found { text, .. } => Ok(text.clone()),
            View::Notices => self.notices(),
            View::Messages => self.messages_list(),
            View::Conversation(id) => self.conversation_page(*id),
            View::People(words) => self.people(words),
            View::Member(name) => self.member_page(name),
            View::NewsItem(id) => self.news_item(*id),
            View::Title(_) => Ok(t!("plain-ask-title")),
            View::Joining(joining) => Ok(joining.ask()),
            View::Deleting { post, .. } => Ok(t!("plain-ask-delete", post = post.to_string())),
            View::Choosing => Ok(t!("plain-ask-submit")),
            View::Proposing(proposing) => Ok(proposing.ask()),
            View::WritingNews(draft) => Ok(draft.ask()),
            View::Account(_) => Ok(t!("plain-ask-answer")),
            View::Queue => Ok(self.queue()),
            View::Reviewing(id) => Ok(self.reviewing(*id)),
            View::Flags => Ok(self.flags()),
            View::Reason(..) => Ok(t!("plain-ask-reason")),
            View::Body { .. } => Ok(t!("plain-ask-body")),
        };
        result.unwrap_or_else(|e| t!("plain-error", error = e.to_string()))
    }

    fn home(&self) -> Result<String, stoa_core::forum::ForumError> {
        let list = self.forum.community_overview(&self.viewer)?;
        let mut out = t!("plain-communities", n = list.len());
        for (i, c) in list.iter().enumerate() {
            out.push_str(&format!(
                "\n{}. {}: {}{}{}",
                i + 1,
                sanitize::inline(&c.community.name),
                t!("plain-threads", n = c.threads),
                if c.unread > 0 {
                    t!("plain-with-unread", n = c.unread)
                } else {
                    String::new()
                },
                if c.joined {
                    t!("plain-joined")
                } else {
                    String::new()
                }
            ));
        }
        out.push_str(&format!("\n{}", t!("plain-home-hint")));
        Ok(out)
    }

    fn community(&self, slug: &str) -> Result<String, stoa_core::forum::ForumError> {
        let community = self.forum.community(&self.viewer, slug)?;
        let mut threads = self.forum.threads(&self.viewer, slug)?;
        self.order
            .sort(&mut threads, self.forum.first_languages(&self.viewer));
        let tz = self.time_zone();
        let now = self.forum.now();
        let mut out = format!(
            "{}. {}\n{}",
            sanitize::inline(&community.name),
            sanitize::inline(&community.description),
            stoa_present::text::introducing(&t!("plain-threads", n = threads.len()))
        );
        for (i, t) in threads.iter().enumerate() {
            let mut flags = Vec::new();
            if t.unread {
                flags.push(t!("plain-new", n = t.new_posts));
            }
            if t.thread.pinned {
                flags.push(t!("thread-pinned"));
            }
            if t.thread.locked {
                flags.push(t!("plain-locked"));
            }
            out.push_str(&format!(
                "\n{}. {}{}",
                i + 1,
                t!(
                    "plain-thread-line",
                    title = self.demo(
                        stoa_core::store::DemoMark::Thread(t.thread.id),
                        &t.thread.title
                    ),
                    name = sanitize::inline(&t.author_name).as_ref(),
                    replies = t!("count-replies", n = t.thread.replies()),
                    when = when::ago(now, t.thread.last_activity, tz)
                ),
                if flags.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", flags.join(", "))
                }
            ));
        }
        out.push_str(&format!("\n{}", t!("plain-community-hint")));
        Ok(out)
    }

    /// The first post shown of thread `id`: where `more` took the reader, or
    /// its beginning.
    fn page_start(&self, id: ThreadId) -> usize {
        if self.page.0 == id { self.page.1 } else { 0 }
    }

    fn thread(&self, id: ThreadId) -> Result<String, stoa_core::forum::ForumError> {
        let view = self.forum.read_thread(&self.viewer, id)?;
        let tz = self.time_zone();
        let now = self.forum.now();
        let total = view.posts.len();
        let from = self.page_start(id).min(total.saturating_sub(1));
        let to = (from + POSTS_PER_PAGE).min(total);
        let mut out = t!(
            "plain-thread-head",
            title = self.demo(stoa_core::store::DemoMark::Thread(id), &view.thread.title),
            community = sanitize::inline(&view.community.name).as_ref(),
            posts = t!("count-posts", n = view.thread.posts)
        );
        if total > POSTS_PER_PAGE {
            out.push_str(&format!(
                " {}",
                t!("plain-posts-range", from = from + 1, to = to, total = total)
            ));
        }
        for p in &view.posts[from..to] {
            let post = &p.post;
            let about = match post.parent {
                Some(parent) if p.depth > 0 => {
                    format!(", {}", t!("plain-replying-to", post = parent.to_string()))
                }
                _ => String::new(),
            };
            // Said when it is not the reader's own language.
            let about = match post.language {
                Some(l) if l != stoa_present::lang::current() => {
                    format!("{about}, {}", t!("post-written-in", name = l.native_name()))
                }
                _ => about,
            };
            out.push_str("\n\n");
            out.push_str(&stoa_present::text::introducing(&format!(
                "{}, {}{}",
                t!(
                    "post-by",
                    post = post.id.to_string(),
                    name = sanitize::inline(view.author_name(&post.author)).as_ref()
                ),
                when::ago(now, post.created_at, tz),
                about
            )));
            if post.deleted.is_some() {
                out.push_str(&format!("\n({})", t!("plain-deleted")));
                continue;
            }
            if post.hidden.is_some() && post.body.is_empty() {
                out.push_str(&format!("\n({})", t!("post-hidden-by-committee")));
                continue;
            }
            for line in markdown::plain(&post.body, self.width) {
                out.push('\n');
                out.push_str(&line);
            }
            if let Some(given) = view.reactions.get(&post.id) {
                let said: Vec<String> = given
                    .iter()
                    .map(|(r, names)| format!("{} {}", r.name(), names.len()))
                    .collect();
                if !said.is_empty() {
                    out.push_str(&format!(
                        "\n({})",
                        t!("plain-reactions", list = said.join(", "))
                    ));
                }
            }
        }
        // The read mark moves over the posts printed, in the order they were
        // written: up to the newest post such that all before it were read.
        let mut printed = self
            .printed
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if printed.0 != id {
            *printed = (id, std::collections::HashSet::new());
        }
        printed
            .1
            .extend(view.posts[from..to].iter().map(|p| p.post.id));
        let printed = &printed.1;
        let mut ids: Vec<PostId> = view.posts.iter().map(|p| p.post.id).collect();
        ids.sort();
        let mut mark = view.seen_before;
        for post in ids.into_iter().filter(|p| *p > view.seen_before) {
            if !printed.contains(&post) {
                break;
            }
            mark = post;
        }
        if mark > view.seen_before {
            let _ = self.forum.mark_read(&self.viewer, id, mark);
        }
        if to < total {
            out.push_str(&format!(
                "\n\n{}",
                t!(
                    "plain-thread-more-hint",
                    from = to + 1,
                    to = (to + POSTS_PER_PAGE).min(total),
                    total = total
                )
            ));
            return Ok(out);
        }
        out.push_str(&format!("\n\n{}", t!("plain-thread-hint")));
        Ok(out)
    }

    /// Whether thread `id` has posts after the page shown.
    fn more_after(&self, id: ThreadId) -> bool {
        self.forum
            .read_thread(&self.viewer, id)
            .is_ok_and(|v| self.page_start(id) + POSTS_PER_PAGE < v.posts.len())
    }

    /// `more` (or Enter) in a thread: its next page.
    fn more(&mut self) -> String {
        let View::Thread(id) = self.view else {
            return t!("plain-more-no-thread");
        };
        let total = match self.forum.read_thread(&self.viewer, id) {
            Ok(view) => view.posts.len(),
            Err(e) => return t!("plain-error", error = e.to_string()),
        };
        let next = self.page_start(id) + POSTS_PER_PAGE;
        if next >= total {
            return t!("plain-end-of-thread");
        }
        self.page = (id, next);
        self.show()
    }

    pub(super) fn time_zone(&self) -> &str {
        self.viewer
            .account()
            .map_or("UTC", |a| a.time_zone.as_str())
    }

    /// Runs a typed line; returns what to print, and whether to leave.
    pub(super) fn command(&mut self, line: &str) -> (String, bool) {
        if let Some(answer) = self.in_progress(line) {
            return (answer, false);
        }
        let typed = line.trim();
        match typed {
            "q" | "quit" => (t!("plain-goodbye"), true),
            "h" | "help" | "?" => (self.help(), false),
            // Not the committee's: said, and the member stays where they are.
            "queue" | "flags" | "withdraw" | "write news" if !self.on_committee() => {
                (t!("plain-committee-only", command = typed), false)
            }
            "more" => (self.more(), false),
            "top" if matches!(self.view, View::Thread(_)) => {
                self.page = (ThreadId(0), 0);
                (self.show(), false)
            }
            // Enter in a long thread reads on; elsewhere it lists the place again.
            "" if matches!(self.view, View::Thread(id) if self.more_after(id)) => {
                (self.more(), false)
            }
            "l" | "" => (self.show(), false),
            "join" => (self.membership(true, ""), false),
            "leave" => (self.membership(false, ""), false),
            "flag" => (self.flag(""), false),
            "b" | "back" => (self.back(), false),
            "s" | "sign up" | "signup" if self.viewer.account().is_none() => {
                (self.start_joining(), false)
            }
            "s" | "submissions" => (self.submissions(), false),
            "e" | "events" => {
                self.view = View::Events;
                (self.show(), false)
            }
            "j" | "jobs" => {
                self.view = View::Jobs;
                (self.show(), false)
            }
            "submit" => (self.start_proposing(), false),
            "profile" => (self.profile(), false),
            "edit profile" | "keys" | "add key" | "password" => {
                (self.account_command(typed), false)
            }
            "withdraw" => (self.steward("withdraw"), false),
            "close" => (self.close_job(), false),
            "write news" => (self.start_news(), false),
            "correct" if matches!(self.view, View::Event(_) | View::Job(_)) => {
                (self.start_correcting_item(), false)
            }
            "correct" => (self.start_correcting(), false),
            "translate" => (self.start_translating(), false),
            "notifications" | "!" => {
                self.view = View::Notices;
                (self.show(), false)
            }
            "people" => {
                self.view = View::People(String::new());
                (self.show(), false)
            }
            "messages" => (self.messages_command(""), false),
            "latest" => (self.latest_list(false), false),
            "unread" => (self.latest_list(true), false),
            "bookmarks" => (self.bookmarks_list(), false),
            "write" => (self.write_in_conversation(), false),
            "older" => (self.older_messages(), false),
            "blocked" | "block" => (self.block_command("", true), false),
            "watch" => (self.watch(true), false),
            "unwatch" => (self.watch(false), false),
            "read all" => (self.read_all(), false),
            "d" if matches!(self.view, View::Entry(_)) => (self.discuss(), false),
            "queue" => {
                self.view = View::Queue;
                (self.show(), false)
            }
            "flags" => {
                self.view = View::Flags;
                (self.show(), false)
            }
            "a" | "c" | "x" if matches!(self.view, View::Reviewing(_)) => {
                let View::Reviewing(id) = self.view else {
                    return (String::new(), false);
                };
                let verdict = match typed {
                    "a" => stoa_core::forum::Verdict::Approve,
                    "c" => stoa_core::forum::Verdict::RequestChanges,
                    _ => stoa_core::forum::Verdict::Reject,
                };
                (self.decide(id, verdict), false)
            }
            "library" => {
                self.view = View::Library;
                (self.show(), false)
            }
            "strategies" => (self.strategies(), false),
            "coverage" => match self.coverage() {
                Ok(text) => (text, false),
                Err(e) => (t!("plain-not-shown", error = e.to_string()), false),
            },
            "learning" => match self.learning() {
                Ok(view) => {
                    self.view = view;
                    (self.show(), false)
                }
                Err(e) => (t!("plain-error", error = e.to_string()), false),
            },
            "news" => {
                self.view = View::News;
                (self.show(), false)
            }
            "committee" => (self.committee(), false),
            "y" | "i" => match self.view {
                View::Event(id) => {
                    let answer = if typed == "y" {
                        stoa_core::domain::Rsvp::Going
                    } else {
                        stoa_core::domain::Rsvp::Interested
                    };
                    (self.answer(id, answer), false)
                }
                _ => (t!("plain-open-event-first"), false),
            },
            "n" => match (&self.view, self.cannot_write()) {
                (View::Community(_), Some(why)) => (why, false),
                (View::Community(slug), None) => {
                    self.view = View::Title(slug.clone());
                    (self.show(), false)
                }
                _ => (t!("plain-open-community-first"), false),
            },
            _ => (self.with_words(typed), false),
        }
    }

    /// A line that answers what is in progress (a title, a body, a form being
    /// filled in, a question asked), if something is.
    fn in_progress(&mut self, line: &str) -> Option<String> {
        // `b` and `back` leave a question as `cancel` does (help offers `b`
        // everywhere: taken as an answer, it renamed a member "b" and gave a
        // rejection the reason "back"); a post's body keeps them as its text.
        let line = match (line.trim(), &self.view) {
            (_, View::Body { .. }) => line,
            ("b" | "back", _) => "cancel",
            _ => line,
        };
        let typed = line.trim();
        if let View::Title(slug) = &self.view {
            let slug = slug.clone();
            if typed.is_empty() || typed == "cancel" {
                self.view = View::Community(slug);
                return Some(format!("{}\n{}", t!("plain-no-title"), self.show()));
            }
            let back = self.start_writing(DraftPlace::NewThread(slug.into()), typed.to_string());
            return Some(back + &self.show());
        }
        if let View::Body { .. } = self.view {
            return Some(self.writing(line));
        }
        if let View::Joining(_) = self.view {
            return Some(self.joining(line));
        }
        if let View::Account(_) = self.view {
            return Some(self.account_line(line));
        }
        if let View::WritingNews(_) = self.view {
            return Some(self.writing_news(line));
        }
        if let View::Choosing = self.view {
            return Some(self.choosing(line));
        }
        if let View::Proposing(_) = self.view {
            return Some(self.proposing(line));
        }
        if let View::Deleting { thread, post } = self.view {
            return Some(self.deleting(thread, post, line));
        }
        if let View::Reason(pending, back) = &self.view {
            let (pending, back) = (pending.clone(), (**back).clone());
            return Some(self.reason(pending, back, line));
        }
        None
    }

    /// `b`: up to where the member came from.
    fn back(&mut self) -> String {
        self.page = (ThreadId(0), 0);
        // Back to the list it was opened from, when it was.
        if let Some((item, list)) = self.opened_from.take()
            && item == self.view
        {
            self.view = list;
            return self.show();
        }
        self.view = match &self.view {
            View::Thread(id) => match self.forum.read_thread(&self.viewer, *id) {
                Ok(v) => View::Community(v.community.slug.to_string()),
                Err(_) => View::Home,
            },
            View::Event(_) => View::Events,
            View::Job(_) => View::Jobs,
            View::Entry(_) => View::Library,
            View::Reviewing(_) => View::Queue,
            View::NewsItem(_) => View::News,
            View::Member(_) => View::People(String::new()),
            View::Conversation(_) => View::Messages,
            _ => View::Home,
        };
        self.show()
    }

    /// A command with words after it (`join care`, `r 12`, `hide 3`), or a number
    /// from the list shown.
    fn with_words(&mut self, typed: &str) -> String {
        if let Some(rest) = typed.strip_prefix("search ") {
            return match self.search(rest.trim()) {
                Ok(view) => {
                    self.view = view;
                    self.show()
                }
                Err(e) => t!("plain-error", error = e.to_string()),
            };
        }
        if let Some(rest) = typed.strip_prefix("strategy ") {
            return match self.strategy(rest) {
                Ok(view) => {
                    self.view = view;
                    self.show()
                }
                Err(e) => t!("plain-error", error = e.to_string()),
            };
        }
        if let Some(rest) = typed.strip_prefix("join ") {
            return self.membership(true, rest.trim());
        }
        if let Some(rest) = typed.strip_prefix("leave ") {
            return self.membership(false, rest.trim());
        }
        if let Some(rest) = typed.strip_prefix("flag ") {
            return self.flag(rest.trim());
        }
        if let Some(rest) = typed.strip_prefix("language ") {
            return self.set_language(rest.trim());
        }
        if let Some(rest) = typed.strip_prefix("in ") {
            return self.read_in(rest.trim());
        }
        if let Some(rest) = typed.strip_prefix("first ") {
            return self.set_first_languages(rest.trim());
        }
        if let Some(rest) = typed.strip_prefix("sort ") {
            return match stoa_core::forum::ThreadOrder::parse(rest) {
                Some(order) => {
                    self.order = order;
                    format!(
                        "{}\n\n{}",
                        t!(
                            "plain-sorted",
                            order = stoa_present::terms::thread_order(order)
                        ),
                        self.show()
                    )
                }
                None => t!("plain-sort-takes"),
            };
        }
        if let Some(rest) = typed.strip_prefix("post ") {
            let View::Thread(id) = self.view else {
                return t!("plain-post-needs-thread");
            };
            // Posts go by the numbers printed with them ("Post 14 by …").
            let Ok(view) = self.forum.read_thread(&self.viewer, id) else {
                return self.show();
            };
            let wanted = rest.trim().trim_start_matches('#').parse::<PostId>().ok();
            return match wanted.and_then(|p| view.position(p)) {
                Some(at) => {
                    self.page = (id, at);
                    self.show()
                }
                None => t!("plain-post-takes"),
            };
        }
        if let Some(rest) = typed.strip_prefix("quote ") {
            return self.quote_command(rest);
        }
        if let Some(rest) = typed.strip_prefix("reactions ") {
            return self.reactions_command(rest);
        }
        if let Some(rest) = typed.strip_prefix("unbookmark ") {
            return self.bookmark_command(rest, false);
        }
        if let Some(rest) = typed.strip_prefix("bookmark ") {
            return self.bookmark_command(rest, true);
        }
        if let Some(rest) = typed.strip_prefix("react ") {
            return self.react_command(rest);
        }
        if let Some(rest) = typed.strip_prefix("history ") {
            return self.history_command(rest);
        }
        if let Some(rest) = typed.strip_prefix("messages ") {
            return self.messages_command(rest.trim());
        }
        if let Some(rest) = typed.strip_prefix("message ") {
            return self.message_to(rest.trim());
        }
        if let Some(rest) = typed.strip_prefix("report ") {
            return self.report(rest.trim());
        }
        if let Some(rest) = typed.strip_prefix("block ") {
            return self.block_command(rest, true);
        }
        if let Some(rest) = typed.strip_prefix("unblock ") {
            return self.block_command(rest, false);
        }
        if let Some(rest) = typed.strip_prefix("people ") {
            self.view = View::People(rest.trim().to_string());
            return self.show();
        }
        if let Some(rest) = typed.strip_prefix("r ") {
            return self.reply_to(rest.trim());
        }
        if let Some(rest) = typed.strip_prefix("e ") {
            return self.edit_own(rest.trim());
        }
        if let Some(rest) = typed.strip_prefix("d ") {
            return self.ask_delete(rest.trim());
        }
        if typed.starts_with("remove key ") {
            return self.account_command(typed);
        }
        if let Some(rest) = typed.strip_prefix("level ") {
            return self.steward(rest.trim());
        }
        if let Some(rest) = typed.strip_prefix("plain ") {
            return self.set_plain(rest.trim());
        }
        if let Some(rest) = typed.strip_prefix("resubmit ") {
            return self.resubmit(rest.trim());
        }
        if let Some(rest) = typed.strip_prefix("hide ") {
            return self.resolve(rest.trim(), true);
        }
        if let Some(rest) = typed.strip_prefix("dismiss ") {
            return self.resolve(rest.trim(), false);
        }
        // A command that takes words, typed without them.
        let needs = match typed {
            "r" | "d" | "hide" | "dismiss" | "resubmit" => Some(t!("plain-needs-post-or-item")),
            "level" => Some(t!("plain-needs-level")),
            "search" => Some(t!("plain-needs-words")),
            "strategy" => Some(t!("plain-needs-strategy")),
            "plain" => Some(t!("plain-needs-on-off-auto")),
            "message" => Some(t!("plain-needs-whom")),
            "bookmark" | "unbookmark" | "history" | "quote" | "reactions" => {
                Some(t!("plain-needs-post"))
            }
            "react" => Some(t!("plain-needs-post-and-reaction")),
            "report" => Some(t!("plain-needs-message-and-why")),
            "unblock" => Some(t!("plain-needs-member")),
            "remove key" => Some(t!("plain-needs-key")),
            _ => None,
        };
        if let Some(what) = needs {
            return t!("plain-needs", command = typed, what = what);
        }
        match typed.parse::<usize>() {
            Ok(n) => self.open(n),
            Err(_) => t!(
                "plain-not-a-command",
                command = sanitize::inline(typed).as_ref()
            ),
        }
    }

    /// Opens item `n` of the list shown.
    fn open(&mut self, n: usize) -> String {
        let chosen = match &self.view {
            View::Home => self
                .forum
                .community_overview(&self.viewer)
                .ok()
                .and_then(|l| {
                    l.get(n.wrapping_sub(1))
                        .map(|c| View::Community(c.community.slug.to_string()))
                }),
            View::Community(slug) => {
                self.forum
                    .threads(&self.viewer, slug)
                    .ok()
                    .and_then(|mut l| {
                        self.order
                            .sort(&mut l, self.forum.first_languages(&self.viewer));
                        l.get(n.wrapping_sub(1)).map(|t| View::Thread(t.thread.id))
                    })
            }
            View::Events | View::Jobs => self.board_item(n),
            View::Library | View::News => self.shelf_item(n),
            View::Queue => self.queue_item(n),
            View::Messages => self.open_conversation(n),
            View::Found { .. } | View::Notices | View::People(_) | View::Member(_) => {
                let list = matches!(self.view, View::Found { .. }).then(|| self.view.clone());
                let opened = self.open_found(n);
                if let (Some(list), Some(_)) = (list, &opened) {
                    self.opened_from = Some((self.view.clone(), list));
                }
                return opened
                    .unwrap_or_else(|| t!("plain-open-no-such-number", n = n.to_string()));
            }
            _ => None,
        };
        match chosen {
            Some(view) => {
                self.page = (ThreadId(0), 0);
                // A thread read before opens at its first post not read.
                let mut said = String::new();
                if let View::Thread(id) = view
                    && let Ok(thread) = self.forum.read_thread(&self.viewer, id)
                    && thread.seen_before.get() > 0
                    && let Some(first) = thread
                        .posts
                        .iter()
                        .position(|p| p.post.id > thread.seen_before)
                    && first > 0
                {
                    self.page = (id, first);
                    let new = thread
                        .posts
                        .iter()
                        .filter(|p| p.post.id > thread.seen_before)
                        .count();
                    said = format!("{}\n", t!("plain-new-since-visit", n = new));
                }
                self.view = view;
                said + &self.show()
            }
            None => t!("plain-open-no-such-number", n = n.to_string()),
        }
    }

    /// Whether `thread` is locked to this member (the committee still replies).
    fn locked(&self, thread: ThreadId) -> bool {
        !self.forum.may(&self.viewer, Capability::SteerThreads)
            && self
                .forum
                .thread(&self.viewer, thread)
                .is_ok_and(|t| t.locked)
    }

    fn reply_to(&mut self, number: &str) -> String {
        let View::Thread(thread) = self.view else {
            return t!("plain-reply-needs-thread");
        };
        let Ok(id) = number.trim_start_matches('#').parse::<PostId>() else {
            return t!(
                "plain-not-a-post-number",
                number = sanitize::inline(number).as_ref()
            );
        };
        if let Some(why) = self.cannot_write() {
            return why;
        }
        match self.forum.post(&self.viewer, id) {
            Ok(post) if post.thread != thread => {
                t!("plain-reply-other-thread", post = id.to_string())
            }
            // Said before the member writes a word, not after the body is typed.
            Ok(_) if self.locked(thread) => t!("thread-is-locked"),
            Ok(_) => {
                let back = self.start_writing(DraftPlace::Reply(id), String::new());
                let quoted = self.start_with_quotes();
                format!(
                    "{} {back}{quoted}{}",
                    t!("plain-replying-to-post", post = id.to_string()),
                    self.show()
                )
            }
            Err(e) => t!("plain-error", error = e.to_string()),
        }
    }
}
