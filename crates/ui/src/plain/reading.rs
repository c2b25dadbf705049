//! Reading across the forum in plain mode: `latest` and `unread` (the
//! communities one joined), `bookmarks`, `bookmark N [DAY]`, `unbookmark N`,
//! `react N REACTION` and `history N`.

use super::{Plain, View};
use stoa_core::domain::{PostId, REVISIONS_KEPT, Reaction, Target};
use stoa_core::forum::reactions::reminder_day;
use stoa_core::forum::sanitize;
use stoa_present::{t, when};

impl Plain {
    /// `latest` or `unread`: numbered, a number opens the thread.
    pub(super) fn latest_list(&mut self, unread_only: bool) -> String {
        let latest = match self.forum.latest(&self.viewer, unread_only) {
            Ok(latest) => latest,
            Err(e) => return t!("plain-error", error = e.to_string()),
        };
        let now = self.forum.now();
        let tz = self.time_zone().to_string();
        let mut text = String::new();
        if latest.joined_none {
            return t!("plain-joined-none");
        }
        if let Some(since) = latest.since {
            text.push_str(&format!(
                "{}\n",
                t!(
                    "reading-about-since",
                    n = latest.new_since,
                    when = when::ago(now, since, &tz)
                )
            ));
        }
        text.push_str(&if unread_only {
            t!("plain-unread-threads", n = latest.threads.len())
        } else {
            t!("plain-latest-threads", n = latest.threads.len())
        });
        let mut targets = Vec::new();
        for (i, t) in latest.threads.iter().enumerate() {
            let s = &t.summary;
            let new = match s.new_posts {
                0 => String::new(),
                n => format!(", {}", t!("plain-new", n = n)),
            };
            text.push_str(&format!(
                "\n{}. {}{new}",
                i + 1,
                t!(
                    "plain-latest-line",
                    title = sanitize::inline(&s.thread.title).as_ref(),
                    community = sanitize::inline(&t.community).as_ref(),
                    replies = t!("count-replies", n = s.thread.replies()),
                    when = when::ago(now, s.thread.last_activity, &tz)
                )
            ));
            targets.push(Target::Post {
                thread: s.thread.id,
                post: s.thread.id.opening_post(),
            });
        }
        text.push_str(&format!("\n{}", t!("plain-latest-hint")));
        self.view = View::Found { text, targets };
        self.show()
    }

    pub(super) fn bookmarks_list(&mut self) -> String {
        let list = match self.forum.bookmarks(&self.viewer) {
            Ok(list) => list,
            Err(e) => return t!("plain-error", error = e.to_string()),
        };
        let mut text = t!("plain-bookmarks-head", n = list.len());
        let mut targets = Vec::new();
        for (i, b) in list.iter().enumerate() {
            let remind = b
                .bookmark
                .remind
                .map(|d| format!(", {}", t!("plain-reminder-on", day = d.to_string())))
                .unwrap_or_default();
            text.push_str(&format!(
                "\n{}. {}{remind}: {}",
                i + 1,
                t!(
                    "plain-bookmark-line",
                    post = b.bookmark.post.to_string(),
                    title = sanitize::inline(&b.thread_title).as_ref(),
                    name = b.author.to_string()
                ),
                sanitize::inline(&b.opening)
            ));
            targets.push(Target::Post {
                thread: b.bookmark.thread,
                post: b.bookmark.post,
            });
        }
        text.push_str(&format!("\n{}", t!("plain-bookmarks-hint")));
        self.view = View::Found { text, targets };
        self.show()
    }

    /// `bookmark N [DAY]` or `unbookmark N`.
    pub(super) fn bookmark_command(&mut self, rest: &str, on: bool) -> String {
        let mut words = rest.split_whitespace();
        let Some(id) = words
            .next()
            .and_then(|w| w.trim_start_matches('#').parse::<PostId>().ok())
        else {
            return t!("plain-bookmark-usage");
        };
        if !on {
            return match self.forum.unbookmark(&self.viewer, id) {
                Ok(true) => t!("plain-bookmark-taken-away", post = id.to_string()),
                Ok(false) => t!("plain-was-not-bookmarked", post = id.to_string()),
                Err(e) => t!("plain-error", error = e.to_string()),
            };
        }
        let day = match words.next().map(reminder_day) {
            Some(Ok(day)) => Some(day),
            Some(Err(e)) => return t!("plain-not-bookmarked", error = e.to_string()),
            None => None,
        };
        match self.forum.bookmark(&self.viewer, id, day) {
            Ok(b) => match b.remind {
                Some(day) => t!(
                    "plain-bookmarked-with-reminder",
                    post = id.to_string(),
                    day = day.to_string()
                ),
                None => t!("plain-bookmarked", post = id.to_string()),
            },
            Err(e) => t!("plain-not-bookmarked", error = e.to_string()),
        }
    }

    /// `react N REACTION`: gives it, or takes it back when given already.
    pub(super) fn react_command(&mut self, rest: &str) -> String {
        let mut words = rest.split_whitespace();
        let (Some(id), Some(reaction)) = (
            words
                .next()
                .and_then(|w| w.trim_start_matches('#').parse::<PostId>().ok()),
            words.next().and_then(Reaction::parse),
        ) else {
            return t!("plain-react-usage");
        };
        match self.forum.react(&self.viewer, id, reaction) {
            Ok(true) => t!(
                "plain-reaction-given",
                reaction = reaction.name(),
                post = id.to_string()
            ),
            Ok(false) => t!(
                "plain-reaction-taken-back",
                reaction = reaction.name(),
                post = id.to_string()
            ),
            Err(e) => t!("plain-reaction-not-done", error = e.to_string()),
        }
    }

    /// `history N`: a post's earlier versions, newest first.
    pub(super) fn history_command(&self, rest: &str) -> String {
        let Ok(id) = rest.trim().trim_start_matches('#').parse::<PostId>() else {
            return t!("plain-history-usage");
        };
        let post = match self.forum.post(&self.viewer, id) {
            Ok(post) => post,
            Err(e) => return t!("plain-error", error = e.to_string()),
        };
        let now = self.forum.now();
        let tz = self.time_zone();
        if post.history.is_empty() {
            return t!("plain-never-edited", post = id.to_string());
        }
        let mut out = t!(
            "history-earlier-versions",
            post = id.to_string(),
            name = post.author.to_string(),
            n = post.earlier_versions()
        );
        if post.versions_let_go > 0 {
            out.push('\n');
            out.push_str(&t!("history-some-let-go", kept = REVISIONS_KEPT - 1));
        }
        for (n, revision) in post.history.iter().enumerate().rev() {
            out.push_str("\n\n");
            out.push_str(&stoa_present::text::introducing(&t!(
                "history-version",
                n = revision.number(n),
                when = when::ago(now, revision.replaced_at, tz)
            )));
            for line in sanitize::multiline(&revision.body).lines() {
                out.push_str(&format!("\n  {line}"));
            }
        }
        out
    }

    /// `quote N [A-B]`: post N's text (or its lines A to B) goes into the next reply.
    pub(super) fn quote_command(&mut self, rest: &str) -> String {
        let View::Thread(thread) = self.view else {
            return t!("plain-quote-needs-thread");
        };
        let mut words = rest.split_whitespace();
        let Some(id) = words
            .next()
            .and_then(|w| w.trim_start_matches('#').parse::<PostId>().ok())
        else {
            return t!("plain-quote-usage");
        };
        let post = match self.forum.post(&self.viewer, id) {
            Ok(post) if post.thread == thread => post,
            Ok(_) => return t!("plain-quote-other-thread", post = id.to_string()),
            Err(e) => return t!("plain-error", error = e.to_string()),
        };
        let lines: Vec<&str> = post.body.lines().collect();
        let (from, to) = match words.next() {
            None => (1, lines.len()),
            Some(range) => {
                let (a, b) = range.split_once('-').unwrap_or((range, range));
                match (a.parse::<usize>(), b.parse::<usize>()) {
                    (Ok(a), Ok(b)) if 1 <= a && a <= b && b <= lines.len() => (a, b),
                    _ => {
                        return format!(
                            "{} {}",
                            t!(
                                "plain-quote-lines-range",
                                post = id.to_string(),
                                n = lines.len()
                            ),
                            t!("plain-quote-usage")
                        );
                    }
                }
            }
        };
        let name = self
            .forum
            .account(&post.author)
            .ok()
            .flatten()
            .map_or_else(|| post.author.to_string(), |a| a.display_name);
        self.quotes.push(format!(
            "> {}",
            t!(
                "quote-heading",
                name = sanitize::inline(&name).as_ref(),
                post = id.to_string()
            )
        ));
        self.quotes.push(">".into());
        for line in &lines[from - 1..to] {
            self.quotes.push(format!("> {}", sanitize::inline(line)));
        }
        self.quotes.push(String::new());
        t!("plain-quoted", n = to + 1 - from, post = id.to_string())
    }

    /// A reply just begun takes the quotes chosen, unless a draft came back.
    pub(super) fn start_with_quotes(&mut self) -> String {
        if self.quotes.is_empty() {
            return String::new();
        }
        let View::Body { lines, .. } = &mut self.view else {
            return String::new();
        };
        if !lines.is_empty() {
            return String::new();
        }
        *lines = std::mem::take(&mut self.quotes);
        let shown: Vec<String> = lines.iter().map(|l| format!("| {l}")).collect();
        format!(
            "{}\n{}\n",
            t!("plain-reply-starts-with-quotes"),
            shown.join("\n")
        )
    }

    /// `reactions N`: who gave which reaction to post N.
    pub(super) fn reactions_command(&self, rest: &str) -> String {
        let Ok(id) = rest.trim().trim_start_matches('#').parse::<PostId>() else {
            return t!("plain-reactions-usage");
        };
        match self.forum.reactions(&self.viewer, id) {
            Ok(list) if list.is_empty() => t!("plain-no-reactions", post = id.to_string()),
            Ok(list) => {
                let said: Vec<String> = list
                    .iter()
                    .map(|(r, names)| {
                        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
                        t!(
                            "plain-reaction-from",
                            reaction = r.name(),
                            names = stoa_present::text::and_list(&names)
                        )
                    })
                    .collect();
                t!(
                    "plain-post-reactions",
                    post = id.to_string(),
                    list = said.join("; ")
                )
            }
            Err(e) => t!("plain-error", error = e.to_string()),
        }
    }
}
