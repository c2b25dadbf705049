//! Reading across the forum in plain mode: `latest` and `unread` (the
//! communities one joined), `bookmarks`, `bookmark N [DAY]`, `unbookmark N`,
//! `react N REACTION` and `history N`.

use super::{Plain, View};
use stoa_core::domain::{PostId, Reaction, Target};
use stoa_core::forum::reactions::reminder_day;
use stoa_core::forum::sanitize;
use stoa_present::text::plural;
use stoa_present::when;

impl Plain {
    /// `latest` or `unread`: numbered, a number opens the thread.
    pub(super) fn latest_list(&mut self, unread_only: bool) -> String {
        let latest = match self.forum.latest(&self.viewer, unread_only) {
            Ok(latest) => latest,
            Err(e) => return format!("Error: {e}"),
        };
        let now = self.forum.now();
        let tz = self.time_zone().to_string();
        let mut text = String::new();
        if latest.joined_none {
            return "You joined no community yet: open one from the home list and type join."
                .into();
        }
        if let Some(since) = latest.since {
            text.push_str(&format!(
                "{} with news since your last visit ({}).\n",
                plural(latest.new_since, "thread", "threads"),
                when::ago(now, since, &tz)
            ));
        }
        text.push_str(&format!(
            "{}, {}:",
            if unread_only { "Unread" } else { "Latest" },
            plural(latest.threads.len(), "thread", "threads")
        ));
        let mut targets = Vec::new();
        for (i, t) in latest.threads.iter().enumerate() {
            let s = &t.summary;
            let new = match s.new_posts {
                0 => String::new(),
                n => format!(", {n} new"),
            };
            text.push_str(&format!(
                "\n{}. {}, in {}: {}, last post {}{new}",
                i + 1,
                sanitize::inline(&s.thread.title),
                sanitize::inline(&t.community),
                plural(s.thread.replies() as usize, "reply", "replies"),
                when::ago(now, s.thread.last_activity, &tz)
            ));
            targets.push(Target::Post {
                thread: s.thread.id,
                post: s.thread.id.opening_post(),
            });
        }
        text.push_str("\nType a number to read that thread, b to go back.");
        self.view = View::Found { text, targets };
        self.show()
    }

    pub(super) fn bookmarks_list(&mut self) -> String {
        let list = match self.forum.bookmarks(&self.viewer) {
            Ok(list) => list,
            Err(e) => return format!("Error: {e}"),
        };
        let mut text = format!("Your bookmarks, {}:", list.len());
        let mut targets = Vec::new();
        for (i, b) in list.iter().enumerate() {
            let remind = b
                .bookmark
                .remind
                .map(|d| format!(", reminder on {d}"))
                .unwrap_or_default();
            text.push_str(&format!(
                "\n{}. Post {} in {}, by {}{remind}: {}",
                i + 1,
                b.bookmark.post,
                sanitize::inline(&b.thread_title),
                b.author,
                sanitize::inline(&b.opening)
            ));
            targets.push(Target::Post {
                thread: b.bookmark.thread,
                post: b.bookmark.post,
            });
        }
        text.push_str("\nType a number to read that thread; bookmark N DAY sets a reminder, unbookmark N takes one away.");
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
            return "Type the post's number: bookmark 12, or bookmark 12 2026-12-01 for a reminder.".into();
        };
        if !on {
            return match self.forum.unbookmark(&self.viewer, id) {
                Ok(true) => format!("Bookmark on post {id} taken away."),
                Ok(false) => format!("Post {id} was not bookmarked."),
                Err(e) => format!("Error: {e}"),
            };
        }
        let day = match words.next().map(reminder_day) {
            Some(Ok(day)) => Some(day),
            Some(Err(e)) => return format!("Not bookmarked: {e}."),
            None => None,
        };
        match self.forum.bookmark(&self.viewer, id, day) {
            Ok(b) => match b.remind {
                Some(day) => format!("Post {id} bookmarked; a reminder on {day}."),
                None => format!("Post {id} bookmarked: bookmarks lists them."),
            },
            Err(e) => format!("Not bookmarked: {e}."),
        }
    }

    /// `react N REACTION`: gives it, or takes it back when given already.
    pub(super) fn react_command(&mut self, rest: &str) -> String {
        const USAGE: &str =
            "Type react, the post's number and thanks, +1 or insightful: react 12 thanks.";
        let mut words = rest.split_whitespace();
        let (Some(id), Some(reaction)) = (
            words
                .next()
                .and_then(|w| w.trim_start_matches('#').parse::<PostId>().ok()),
            words.next().and_then(Reaction::parse),
        ) else {
            return USAGE.into();
        };
        match self.forum.react(&self.viewer, id, reaction) {
            Ok(true) => format!(
                "{} given to post {id}: its author hears of it.",
                reaction.name()
            ),
            Ok(false) => format!("{} taken back from post {id}.", reaction.name()),
            Err(e) => format!("Not done: {e}."),
        }
    }

    /// `history N`: a post's earlier versions, newest first.
    pub(super) fn history_command(&self, rest: &str) -> String {
        let Ok(id) = rest.trim().trim_start_matches('#').parse::<PostId>() else {
            return "Type the post's number: history 12.".into();
        };
        let post = match self.forum.post(&self.viewer, id) {
            Ok(post) => post,
            Err(e) => return format!("Error: {e}"),
        };
        let now = self.forum.now();
        let tz = self.time_zone();
        if post.history.is_empty() {
            return format!("Post {id} was never edited.");
        }
        let mut out = format!(
            "Post {id} by {}: {} before this one, newest first.",
            post.author,
            plural(post.history.len(), "version", "versions")
        );
        for (n, revision) in post.history.iter().enumerate().rev() {
            out.push_str(&format!(
                "\n\nVersion {} (replaced {}):",
                n + 1,
                when::ago(now, revision.replaced_at, tz)
            ));
            for line in sanitize::multiline(&revision.body).lines() {
                out.push_str(&format!("\n  {line}"));
            }
        }
        out
    }

    /// `quote N [A-B]`: post N's text (or its lines A to B) goes into the next reply.
    pub(super) fn quote_command(&mut self, rest: &str) -> String {
        const USAGE: &str =
            "Type quote, a post's number, and which of its lines if not all: quote 12 2-3.";
        let View::Thread(thread) = self.view else {
            return "Open a thread first: quote takes one of its posts.".into();
        };
        let mut words = rest.split_whitespace();
        let Some(id) = words
            .next()
            .and_then(|w| w.trim_start_matches('#').parse::<PostId>().ok())
        else {
            return USAGE.into();
        };
        let post = match self.forum.post(&self.viewer, id) {
            Ok(post) if post.thread == thread => post,
            Ok(_) => return format!("Post {id} is in another thread."),
            Err(e) => return format!("Error: {e}"),
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
                            "Post {id} has {}: choose from 1 to {}. {USAGE}",
                            plural(lines.len(), "line", "lines"),
                            lines.len()
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
        self.quotes
            .push(format!("> **{}** (post {id}):", sanitize::inline(&name)));
        self.quotes.push(">".into());
        for line in &lines[from - 1..to] {
            self.quotes.push(format!("> {}", sanitize::inline(line)));
        }
        self.quotes.push(String::new());
        format!(
            "Quoted {} of post {id} for your next reply (r and a post's number).",
            plural(to + 1 - from, "line", "lines")
        )
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
            "Your reply starts with what you quoted:\n{}\n",
            shown.join("\n")
        )
    }

    /// `reactions N`: who gave which reaction to post N.
    pub(super) fn reactions_command(&self, rest: &str) -> String {
        let Ok(id) = rest.trim().trim_start_matches('#').parse::<PostId>() else {
            return "Type the post's number: reactions 12.".into();
        };
        match self.forum.reactions(&self.viewer, id) {
            Ok(list) if list.is_empty() => format!("No reactions to post {id} yet."),
            Ok(list) => {
                let said: Vec<String> = list
                    .iter()
                    .map(|(r, names)| {
                        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
                        format!("{} from {}", r.name(), stoa_present::text::and_list(&names))
                    })
                    .collect();
                format!("Post {id}: {}.", said.join("; "))
            }
            Err(e) => format!("Error: {e}"),
        }
    }
}
