//! The editorial committee's desk in plain mode: `queue` lists what waits for a
//! decision and a number opens it, then `a`, `c` or `x` approve, request changes
//! or reject it, asking for the reason; `flags` lists flagged posts, and
//! `hide 12` or `dismiss 12` resolve them, asking for the reason too.

use super::{Plain, View};
use stoa_core::domain::{EntryId, EventId, Item, JobId, PostId, SubmissionId};
use stoa_core::forum::Capability;
use stoa_core::forum::{Verdict, sanitize};
use stoa_present::board_item;
use stoa_present::text;
use stoa_present::when;

impl Pending {
    /// The level whose criteria are being assessed, and those assessed so far.
    fn assessing(
        &self,
    ) -> Option<(
        stoa_core::domain::PracticeLevel,
        &[stoa_core::domain::Assessed],
    )> {
        match self {
            Pending::Level {
                level, assessed, ..
            } => Some((*level, assessed)),
            Pending::Decide {
                assessing: Some((level, assessed)),
                ..
            } => Some((*level, assessed)),
            _ => None,
        }
    }

    fn assessed_mut(&mut self) -> Option<&mut Vec<stoa_core::domain::Assessed>> {
        match self {
            Pending::Level { assessed, .. }
            | Pending::Decide {
                assessing: Some((_, assessed)),
                ..
            } => Some(assessed),
            _ => None,
        }
    }
}

/// A committee action waiting for its reason.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Pending {
    Decide {
        id: SubmissionId,
        version: u32,
        verdict: Verdict,
        /// Approving a practice: its level, and the criteria assessed so far.
        assessing: Option<(
            stoa_core::domain::PracticeLevel,
            Vec<stoa_core::domain::Assessed>,
        )>,
    },
    Hide(PostId),
    Dismiss(PostId),
    WithdrawEvent(EventId),
    WithdrawJob(JobId),
    WithdrawNews(stoa_core::domain::NewsId),
    /// A practice's new level, with the criteria assessed so far (one
    /// question each, before the reason).
    Level {
        id: EntryId,
        level: stoa_core::domain::PracticeLevel,
        assessed: Vec<stoa_core::domain::Assessed>,
    },
}

/// A library item's classification as one line: "multiple streams: governance,
/// model of care; African Region; tags: nursing".
fn classified(item: &Item) -> Option<String> {
    let (strategies, region, tags) = match item {
        Item::Resource(r) => (&r.strategies, r.region, &r.tags),
        Item::Practice(p) => (&p.strategies, p.region, &p.tags),
        _ => return None,
    };
    let mut parts = Vec::new();
    if !strategies.is_empty() {
        parts.push(board_item::streams(strategies));
    }
    if let Some(r) = region {
        parts.push(r.label().to_string());
    }
    if !tags.is_empty() {
        parts.push(format!("tags: {tags}"));
    }
    Some(parts.join("; "))
}

impl Plain {
    pub(super) fn on_committee(&self) -> bool {
        self.forum.may(&self.viewer, Capability::ReviewSubmissions)
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
                        when::ago(self.forum.now(), s.submitted_at, self.time_zone())
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

    pub(super) fn reviewing(&self, id: SubmissionId) -> String {
        let s = match self.forum.submission(&self.viewer, id) {
            Ok(s) => s,
            Err(e) => return format!("Error: {e}"),
        };
        let mut out = format!(
            "Submission {}: {} \"{}\" by {}, {}.",
            s.id,
            s.item.kind(),
            sanitize::inline(s.title()),
            s.author,
            s.state.label()
        );
        // The item field by field, in the order its form asks for them.
        let fields = match &s.item {
            Item::Community(p) => vec![
                ("Name", p.name.clone()),
                ("Short name", p.slug.clone()),
                ("Purpose", p.purpose.clone()),
                ("Who it is for", p.audience.clone()),
            ],
            Item::Post(p) => {
                let place = match p.parent {
                    None => format!("a new thread in {}", p.community),
                    Some(parent) => format!("a reply to post {parent} in \"{}\"", p.thread_title),
                };
                let mut list = vec![("Where", place)];
                if p.parent.is_none() {
                    list.push(("Title", p.title.clone()));
                }
                list.push(("Post", p.body.clone()));
                list
            }
            _ => board_item::fields(&s),
        };
        for (label, mut value) in fields {
            // The screen's "Classified" line is parted by `·`; read out, by
            // semicolons, in ASCII.
            if label == "Classified"
                && let Some(line) = classified(&s.item)
            {
                value = line;
            }
            if !value.is_empty() {
                out.push_str(&format!("\n{label}: {}", sanitize::multiline(&value)));
            }
        }
        if let Item::Resource(r) = &s.item
            && !r.files.is_empty()
        {
            out.push_str(&format!(
                "\nRead the files with {} (in review/{}/).",
                self.forum.site().sftp(),
                stoa_core::domain::folder_name(s.id.get(), s.title())
            ));
        }
        for e in &s.history {
            out.push_str(&format!(
                "\n{} {} {}",
                when::stamp(e.at, self.time_zone()),
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
    pub(super) fn decide(&mut self, id: SubmissionId, verdict: Verdict) -> String {
        let (version, item) = match self.forum.submission(&self.viewer, id) {
            Ok(s) => (s.version, s.item),
            Err(e) => return format!("Error: {e}"),
        };
        // Approving a practice: each criterion of its level first.
        let assessing = match (&item, verdict) {
            (Item::Practice(p), Verdict::Approve) => Some((p.level, Vec::new())),
            _ => None,
        };
        let pending = Pending::Decide {
            id,
            version,
            verdict,
            assessing,
        };
        let asked = self.next_criterion(&pending);
        self.view = View::Reason(pending, Box::new(View::Reviewing(id)));
        if let Some(asked) = asked {
            return asked;
        }
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
                        // The screen's "spam ×2", in ASCII: the app's own words.
                        stoa_present::ascii::text(&f.reasons()),
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
        let Ok(id) = number.trim_start_matches('#').parse::<PostId>() else {
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

    /// `withdraw` on an event or a job, `level N` on a practice: asks why.
    pub(super) fn steward(&mut self, what: &str) -> String {
        if !self.on_committee() {
            return "That is the editorial committee's.".into();
        }
        let pending = match (&self.view, what) {
            (View::Event(id), "withdraw") => Pending::WithdrawEvent(*id),
            (View::Job(id), "withdraw") => Pending::WithdrawJob(*id),
            (View::NewsItem(id), "withdraw") => Pending::WithdrawNews(*id),
            (View::Entry(id), level) => {
                let all = stoa_core::domain::PracticeLevel::ALL;
                match level
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| all.get(n.wrapping_sub(1)))
                {
                    Some(level) => Pending::Level {
                        id: *id,
                        level: *level,
                        assessed: Vec::new(),
                    },
                    None => {
                        let names: Vec<String> = all
                            .iter()
                            .enumerate()
                            .map(|(i, l)| format!("{} {}", i + 1, l.label()))
                            .collect();
                        return format!("Type level and a number: {}.", names.join(", "));
                    }
                }
            }
            _ => {
                return "Open an event, a job or a news item to withdraw it, a practice to change its level."
                    .into();
            }
        };
        let back = Box::new(self.view.clone());
        let asked = self.next_criterion(&pending);
        self.view = View::Reason(pending, back);
        asked.unwrap_or_else(|| {
            "Why? Type the reason, which goes in the audit log, or cancel.".into()
        })
    }

    /// For a level change, the next of the level's criteria to assess, asked.
    pub(super) fn next_criterion(&self, pending: &Pending) -> Option<String> {
        let (level, assessed) = pending.assessing()?;
        let criteria = self.forum.editorial().levels.criteria(level);
        let next = criteria.get(assessed.len())?;
        Some(format!(
            "{} asks, criterion {} of {}: {}. Does the practice meet it? yes or no (or cancel).",
            text::capitalised(level.label()),
            assessed.len() + 1,
            criteria.len(),
            sanitize::inline(next)
        ))
    }

    /// A yes or no to the criterion asked; the next question.
    fn assess(&mut self, mut pending: Pending, back: View, line: &str) -> String {
        let met = match line.trim().to_lowercase().as_str() {
            "y" | "yes" => true,
            "n" | "no" => false,
            "cancel" | "b" | "back" => {
                self.view = back;
                return "Nothing done.".into();
            }
            _ => {
                let again = self.next_criterion(&pending).unwrap_or_default();
                self.view = View::Reason(pending, Box::new(back));
                return format!("Type yes or no. {again}");
            }
        };
        if let Some((level, assessed)) = pending.assessing() {
            let criteria = self.forum.editorial().levels.criteria(level);
            if let Some(criterion) = criteria.get(assessed.len()).cloned()
                && let Some(assessed) = pending.assessed_mut()
            {
                assessed.push(stoa_core::domain::Assessed { criterion, met });
            }
        }
        let asked = self.next_criterion(&pending);
        self.view = View::Reason(pending, Box::new(back));
        asked.unwrap_or_else(|| {
            "Why? Type the reason, which goes in the audit log, or cancel.".into()
        })
    }

    /// The reason for a pending action: takes it.
    pub(super) fn reason(&mut self, pending: Pending, back: View, line: &str) -> String {
        if self.next_criterion(&pending).is_some() {
            return self.assess(pending, back, line);
        }
        let reason = line.trim();
        // An empty line after the criteria were assessed asks again rather
        // than throwing the assessment away.
        if reason.is_empty() && pending.assessing().is_some_and(|(_, a)| !a.is_empty()) {
            self.view = View::Reason(pending, Box::new(back));
            return "Type the reason, which goes in the audit log, or cancel.".into();
        }
        self.view = back;
        if reason.is_empty() || reason == "cancel" {
            return "Nothing done.".into();
        }
        let done = match pending {
            Pending::Decide {
                id,
                version,
                verdict,
                assessing,
            } => self
                .forum
                .decide_assessed(
                    &self.viewer,
                    id,
                    version,
                    verdict,
                    reason,
                    &assessing.map(|(_, a)| a).unwrap_or_default(),
                )
                .map(|s| format!("Submission {id} is now {}.", s.state.label())),
            Pending::Hide(id) => self
                .forum
                .hide_post(&self.viewer, id, reason)
                .map(|_| format!("Post {id} hidden.")),
            Pending::Dismiss(id) => self
                .forum
                .dismiss_flags(&self.viewer, id, reason)
                .map(|()| format!("The flags on post {id} are dismissed.")),
            Pending::WithdrawEvent(id) => self
                .forum
                .withdraw_event(&self.viewer, id, reason)
                .map(|()| "Withdrawn: it is off the events board.".to_string()),
            Pending::WithdrawJob(id) => self
                .forum
                .withdraw_job(&self.viewer, id, reason)
                .map(|()| "Withdrawn: it is off the jobs board.".to_string()),
            Pending::WithdrawNews(id) => self
                .forum
                .withdraw_news(&self.viewer, id, reason)
                .map(|_| "Withdrawn: it is off the news, the feeds and search.".to_string()),
            Pending::Level {
                id,
                level,
                assessed,
            } => self
                .forum
                .change_level(&self.viewer, id, level, reason, &assessed)
                .map(|_| format!("Now {}: the change is in its history.", level.label())),
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

/// A news item's region as typed: its number, or Enter for `keep`.
fn region_answer(
    typed: &str,
    keep: Option<stoa_core::domain::Region>,
) -> Result<Option<stoa_core::domain::Region>, String> {
    let all = stoa_core::domain::Region::ALL;
    match typed {
        "" => Ok(keep),
        n => n
            .parse::<usize>()
            .ok()
            .and_then(|n| all.get(n.wrapping_sub(1)))
            .map(|r| Some(*r))
            .ok_or_else(|| format!("Type a number from 1 to {}, or Enter.", all.len())),
    }
}

/// A news item being written: headline, region, then its text line by line.
#[derive(Clone, Debug, PartialEq, Default)]
pub(super) struct NewsDraft {
    title: String,
    region: Option<Option<stoa_core::domain::Region>>,
    lines: Vec<String>,
    /// Correcting this published item: asked why first; Enter keeps the
    /// headline and region, and a full stop alone keeps its text.
    correcting: Option<stoa_core::domain::News>,
    reason: String,
}

impl NewsDraft {
    pub fn ask(&self) -> String {
        if let (Some(was), true) = (&self.correcting, self.reason.is_empty()) {
            return format!(
                "Correcting \"{}\". Why? Readers see it with the correction (or cancel).",
                sanitize::inline(&was.title)
            );
        }
        if let (Some(was), true) = (&self.correcting, self.title.is_empty()) {
            return format!(
                "The headline (Enter keeps \"{}\"):",
                sanitize::inline(&was.title)
            );
        }
        if self.correcting.is_some() && self.region.is_none() {
            return "Its region: type its number, or Enter to keep it.".into();
        }
        if self.correcting.is_some() {
            return "Its text, line by line; a full stop (.) alone saves the correction (with no lines typed, the text stays as it was).".into();
        }
        if self.title.is_empty() {
            "The headline:".into()
        } else if self.region.is_none() {
            let mut out =
                String::from("Its region: type its number, or Enter for news for everyone.");
            for (i, r) in stoa_core::domain::Region::ALL.iter().enumerate() {
                out.push_str(&format!("\n{}. {}", i + 1, r.label()));
            }
            out
        } else {
            "Its text, line by line; a line holding only a full stop (.) publishes it, cancel throws it away.".into()
        }
    }
}

impl Plain {
    /// `write news`, for the committee.
    pub(super) fn start_news(&mut self) -> String {
        if !self.on_committee() {
            return "The news is written by the editorial committee.".into();
        }
        let draft = NewsDraft::default();
        let first = draft.ask();
        self.view = View::WritingNews(Box::new(draft));
        first
    }

    /// `correct` on a news item, for the committee.
    pub(super) fn start_correcting(&mut self) -> String {
        if !self.forum.may(&self.viewer, Capability::WriteNews) {
            return "The news is corrected by the editorial committee.".into();
        }
        let View::NewsItem(id) = self.view else {
            return "Open a news item first: correct changes it.".into();
        };
        match self.forum.news_item(id) {
            Ok(news) if news.withdrawn.is_none() => {
                let draft = NewsDraft {
                    correcting: Some(news),
                    ..NewsDraft::default()
                };
                let first = draft.ask();
                self.view = View::WritingNews(Box::new(draft));
                first
            }
            Ok(_) => "It was withdrawn: a withdrawn item is not corrected.".into(),
            Err(e) => format!("Not found: {e}."),
        }
    }

    /// One line of a news item being written.
    pub(super) fn writing_news(&mut self, line: &str) -> String {
        let View::WritingNews(draft) = &mut self.view else {
            return String::new();
        };
        let typed = line.trim();
        if typed == "cancel" {
            self.view = View::News;
            return "Thrown away.".into();
        }
        if let Some(was) = draft.correcting.clone() {
            return self.correcting_news(was, line);
        }
        if draft.title.is_empty() {
            draft.title = typed.to_string();
            return draft.ask();
        }
        if draft.region.is_none() {
            match region_answer(typed, None) {
                Ok(region) => draft.region = Some(region),
                Err(again) => return again,
            }
            return draft.ask();
        }
        if typed != "." {
            draft.lines.push(line.to_string());
            return String::new();
        }
        let (title, body, region) = (
            draft.title.clone(),
            draft.lines.join("\n"),
            draft.region.flatten(),
        );
        match self.forum.write_news(&self.viewer, &title, &body, region) {
            Ok(n) => {
                self.view = View::News;
                format!(
                    "Published: \"{}\".\n\n{}",
                    sanitize::inline(&n.title),
                    self.show()
                )
            }
            // The lines stay: more can be typed, then a full stop again.
            Err(e) => format!("Not published: {e}. Type more lines, then a full stop; or cancel."),
        }
    }

    /// One answer while correcting `was`.
    fn correcting_news(&mut self, was: stoa_core::domain::News, line: &str) -> String {
        let View::WritingNews(draft) = &mut self.view else {
            return String::new();
        };
        let typed = line.trim();
        if draft.reason.is_empty() {
            if typed.is_empty() {
                return draft.ask();
            }
            draft.reason = typed.to_string();
            return draft.ask();
        }
        if draft.title.is_empty() {
            draft.title = if typed.is_empty() {
                was.title.clone()
            } else {
                typed.to_string()
            };
            return draft.ask();
        }
        if draft.region.is_none() {
            match region_answer(typed, was.region) {
                Ok(region) => draft.region = Some(region),
                Err(again) => return again,
            }
            return draft.ask();
        }
        if typed != "." {
            draft.lines.push(line.to_string());
            return String::new();
        }
        let body = if draft.lines.is_empty() {
            was.body.clone()
        } else {
            draft.lines.join("\n")
        };
        let edit = stoa_core::forum::news::NewsEdit {
            title: draft.title.clone(),
            body,
            region: draft.region.flatten(),
        };
        let reason = draft.reason.clone();
        match self.forum.correct_news(&self.viewer, was.id, edit, &reason) {
            Ok(n) => {
                self.view = View::NewsItem(n.id);
                format!("Corrected, with your reason.\n\n{}", self.show())
            }
            Err(e) => {
                self.view = View::NewsItem(was.id);
                format!("Not corrected: {e}.")
            }
        }
    }

    /// `close` on a job the member posted.
    pub(super) fn close_job(&mut self) -> String {
        let View::Job(id) = self.view else {
            return "Open a job first: close closes one you posted.".into();
        };
        match self.forum.close_job(&self.viewer, id) {
            Ok(_) => format!("Closed: it has moved to the archive.\n\n{}", self.show()),
            Err(e) => format!("Not closed: {e}."),
        }
    }
}

impl Plain {
    /// `committee`: who sits on the editorial committee, and how to reach it.
    pub(super) fn committee(&self) -> String {
        match stoa_present::governance::governance(&self.forum) {
            Ok(g) => format!(
                "The editorial committee:\n{}\n\n{}",
                g.members
                    .iter()
                    .map(|m| format!("  {m}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
                g.reach
            ),
            Err(e) => format!("Error: {e}"),
        }
    }
}
