//! The editorial committee's desk in plain mode: `queue` lists what waits for a
//! decision and a number opens it, then `a`, `c` or `x` approve, request changes
//! or reject it, asking for the reason; `flags` lists flagged posts, and
//! `hide 12` or `dismiss 12` resolve them, asking for the reason too.

use super::{Plain, View};
use stoa_core::domain::{EntryId, EventId, Item, JobId, PostId, SubmissionId};
use stoa_core::forum::Capability;
use stoa_core::forum::{Verdict, sanitize};
use stoa_present::board_item;
use stoa_present::t;
use stoa_present::terms;
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
        parts.push(terms::region(r));
    }
    if !tags.is_empty() {
        parts.push(t!("plain-committee-tags", tags = tags.as_str()));
    }
    Some(parts.join("; "))
}

impl Plain {
    pub(super) fn on_committee(&self) -> bool {
        self.forum.may(&self.viewer, Capability::ReviewSubmissions)
    }

    pub(super) fn queue(&self) -> String {
        if !self.on_committee() {
            return t!("plain-committee-queue-only");
        }
        match self.forum.review_queue(&self.viewer) {
            Ok(list) if list.is_empty() => t!("plain-committee-queue-empty"),
            Ok(list) => {
                let mut out = t!("plain-committee-queue-head", n = list.len());
                for (i, s) in list.iter().enumerate() {
                    out.push_str(&format!(
                        "\n{}. {}",
                        i + 1,
                        t!(
                            "plain-committee-queue-line",
                            kind = stoa_present::terms::submission_kind(s.item.kind()),
                            title = sanitize::inline(s.title()).to_string(),
                            name = s.author.to_string(),
                            ago = when::ago(self.forum.now(), s.submitted_at, self.time_zone())
                        )
                    ));
                }
                out.push_str(&format!("\n{}", t!("plain-committee-queue-hint")));
                out
            }
            Err(e) => t!("plain-error", error = e.to_string()),
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
            Err(e) => return t!("plain-error", error = e.to_string()),
        };
        let mut out = t!(
            "plain-committee-submission-head",
            id = s.id.to_string(),
            kind = stoa_present::terms::submission_kind(s.item.kind()),
            title = sanitize::inline(s.title()).to_string(),
            name = s.author.to_string(),
            state = stoa_present::terms::submission_state(s.state.label())
        );
        // The item field by field, in the order its form asks for them.
        let fields: Vec<(String, String)> = match &s.item {
            Item::Community(p) => vec![
                (t!("proposal-name"), p.name.clone()),
                (t!("proposal-short-name"), p.slug.clone()),
                (t!("proposal-purpose"), p.purpose.clone()),
                (t!("proposal-audience"), p.audience.clone()),
            ],
            Item::Post(p) => {
                let place = match p.parent {
                    None => t!("submission-new-thread-in", name = p.community.to_string()),
                    Some(parent) => t!(
                        "submission-reply-to-post",
                        post = parent.to_string(),
                        thread = p.thread_title.as_str()
                    ),
                };
                let mut list = vec![(t!("submission-where"), place)];
                if p.parent.is_none() {
                    list.push((t!("composer-title"), p.title.clone()));
                }
                list.push((t!("composer-post-field"), p.body.clone()));
                list
            }
            _ => board_item::fields(&s)
                .into_iter()
                .map(|(label, value)| (label.to_string(), value))
                .chain(board_item::original_text(&s, &self.forum))
                .collect(),
        };
        for (label, mut value) in fields {
            // The screen's "Classified" line is parted by `·`; read out, by
            // semicolons, in ASCII.
            if label == t!("board-item-classified")
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
                "\n{}",
                t!(
                    "plain-committee-read-files",
                    sftp = self.forum.site().sftp(),
                    folder = stoa_core::domain::folder_name(s.id.get(), s.title())
                )
            ));
        }
        for e in &s.history {
            out.push_str(&format!(
                "\n{} {}",
                when::stamp(e.at, self.time_zone()),
                t!(
                    "submission-history-step",
                    name = e.by.as_str(),
                    action = stoa_present::terms::review_action(e.action)
                )
            ));
            if !e.note.is_empty() {
                out.push_str(&format!(": {}", sanitize::inline(&e.note)));
            }
        }
        out.push_str(&format!("\n\n{}", t!("plain-committee-decide-hint")));
        out
    }

    /// `a`, `c` or `x` on an item: asks for the reason.
    pub(super) fn decide(&mut self, id: SubmissionId, verdict: Verdict) -> String {
        let (version, item) = match self.forum.submission(&self.viewer, id) {
            Ok(s) => (s.version, s.item),
            Err(e) => return t!("plain-error", error = e.to_string()),
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
        t!(match verdict {
            Verdict::Approve => "plain-committee-why-approve",
            Verdict::RequestChanges => "plain-committee-what-to-change",
            Verdict::Reject => "plain-committee-why-reject",
        })
    }

    pub(super) fn flags(&self) -> String {
        if !self.on_committee() {
            return t!("plain-committee-flags-only");
        }
        match self.forum.flags_queue(&self.viewer) {
            Ok(list) if list.is_empty() => t!("moderation-flags-none"),
            Ok(list) => {
                let mut out = t!("plain-committee-flags-head", n = list.len());
                for f in &list {
                    out.push_str(&format!(
                        "\n{}",
                        t!(
                            "plain-committee-flag-line",
                            post = f.post.id.to_string(),
                            name = f.post.author.to_string(),
                            thread = sanitize::inline(&f.thread.title).to_string(),
                            // The screen's "spam ×2", in ASCII: the app's own words.
                            reasons = stoa_present::ascii::text(&f.reasons()).to_string(),
                            says = sanitize::inline(
                                &f.post.body.chars().take(200).collect::<String>()
                            )
                            .to_string()
                        )
                    ));
                }
                out.push_str(&format!("\n{}", t!("plain-committee-flags-hint")));
                out
            }
            Err(e) => t!("plain-error", error = e.to_string()),
        }
    }

    /// `hide 12` or `dismiss 12`.
    pub(super) fn resolve(&mut self, number: &str, hide: bool) -> String {
        if !self.on_committee() {
            return t!("plain-committee-resolve-only");
        }
        let Ok(id) = number.trim_start_matches('#').parse::<PostId>() else {
            return t!(
                "plain-committee-not-a-post-number",
                number = sanitize::inline(number).to_string()
            );
        };
        let back = Box::new(self.view.clone());
        let pending = if hide {
            Pending::Hide(id)
        } else {
            Pending::Dismiss(id)
        };
        self.view = View::Reason(pending, back);
        if hide {
            t!("plain-committee-why-hide", post = id.to_string())
        } else {
            t!("plain-committee-why-keep", post = id.to_string())
        }
    }

    /// `withdraw` on an event or a job, `level N` on a practice: asks why.
    pub(super) fn steward(&mut self, what: &str) -> String {
        if !self.on_committee() {
            return t!("plain-committee-steward-only");
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
                            .map(|(i, l)| format!("{} {}", i + 1, terms::level(*l)))
                            .collect();
                        return t!("plain-committee-level-takes", levels = names.join(", "));
                    }
                }
            }
            _ => {
                return t!("plain-committee-steward-what");
            }
        };
        let back = Box::new(self.view.clone());
        let asked = self.next_criterion(&pending);
        self.view = View::Reason(pending, back);
        asked.unwrap_or_else(|| t!("plain-committee-why-audit"))
    }

    /// For a level change, the next of the level's criteria to assess, asked.
    pub(super) fn next_criterion(&self, pending: &Pending) -> Option<String> {
        let (level, assessed) = pending.assessing()?;
        let criteria = self.forum.editorial().levels.criteria(level);
        let next = criteria.get(assessed.len())?;
        Some(t!(
            "plain-committee-criterion",
            level = text::capitalised(&terms::level(level)),
            n = assessed.len() + 1,
            total = criteria.len(),
            criterion = sanitize::inline(next).to_string()
        ))
    }

    /// A yes or no to the criterion asked; the next question.
    fn assess(&mut self, mut pending: Pending, back: View, line: &str) -> String {
        let met = match line.trim().to_lowercase().as_str() {
            "y" | "yes" => true,
            "n" | "no" => false,
            "cancel" | "b" | "back" => {
                self.view = back;
                return t!("plain-committee-nothing-done");
            }
            _ => {
                let again = self.next_criterion(&pending).unwrap_or_default();
                self.view = View::Reason(pending, Box::new(back));
                return t!("plain-committee-yes-or-no", again = again);
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
        asked.unwrap_or_else(|| t!("plain-committee-why-audit"))
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
            return t!("plain-committee-reason-audit");
        }
        self.view = back;
        if reason.is_empty() || reason == "cancel" {
            return t!("plain-committee-nothing-done");
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
                .map(|s| {
                    t!(
                        "plain-committee-submission-now",
                        id = id.to_string(),
                        state = stoa_present::terms::submission_state(s.state.label())
                    )
                }),
            Pending::Hide(id) => self
                .forum
                .hide_post(&self.viewer, id, reason)
                .map(|_| t!("plain-committee-post-hidden", post = id.to_string())),
            Pending::Dismiss(id) => self
                .forum
                .dismiss_flags(&self.viewer, id, reason)
                .map(|()| t!("plain-committee-flags-dismissed", post = id.to_string())),
            Pending::WithdrawEvent(id) => self
                .forum
                .withdraw_event(&self.viewer, id, reason)
                .map(|()| t!("plain-committee-withdrawn-event")),
            Pending::WithdrawJob(id) => self
                .forum
                .withdraw_job(&self.viewer, id, reason)
                .map(|()| t!("reason-done-withdrawn-job")),
            Pending::WithdrawNews(id) => self
                .forum
                .withdraw_news(&self.viewer, id, reason)
                .map(|_| t!("plain-committee-withdrawn-news")),
            Pending::Level {
                id,
                level,
                assessed,
            } => self
                .forum
                .change_level(&self.viewer, id, level, reason, &assessed)
                .map(|_| t!("plain-committee-level-now", level = terms::level(level))),
        };
        match done {
            Ok(said) => {
                if matches!(self.view, View::Reviewing(_)) {
                    self.view = View::Queue;
                }
                format!("{said}\n\n{}", self.show())
            }
            Err(e) => t!("plain-committee-not-done", error = e.to_string()),
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
            .ok_or_else(|| t!("plain-news-draft-region-number", n = all.len())),
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
            return t!(
                "plain-news-draft-correcting",
                title = sanitize::inline(&was.title).to_string()
            );
        }
        if let (Some(was), true) = (&self.correcting, self.title.is_empty()) {
            return t!(
                "plain-news-draft-headline-keep",
                title = sanitize::inline(&was.title).to_string()
            );
        }
        if self.correcting.is_some() && self.region.is_none() {
            return t!("plain-news-draft-region-keep");
        }
        if self.correcting.is_some() {
            return t!("plain-news-draft-text-correcting");
        }
        if self.title.is_empty() {
            t!("plain-news-draft-headline")
        } else if self.region.is_none() {
            let mut out = t!("plain-news-draft-region");
            for (i, r) in stoa_core::domain::Region::ALL.iter().enumerate() {
                out.push_str(&format!("\n{}. {}", i + 1, terms::region(*r)));
            }
            out
        } else {
            t!("plain-news-draft-text")
        }
    }
}

impl Plain {
    /// `write news`, for the committee.
    pub(super) fn start_news(&mut self) -> String {
        if !self.on_committee() {
            return t!("plain-news-draft-committee-writes");
        }
        let draft = NewsDraft::default();
        let first = draft.ask();
        self.view = View::WritingNews(Box::new(draft));
        first
    }

    /// `correct` on a news item, for the committee.
    pub(super) fn start_correcting(&mut self) -> String {
        if !self.forum.may(&self.viewer, Capability::WriteNews) {
            return t!("plain-news-draft-committee-corrects");
        }
        let View::NewsItem(id) = self.view else {
            return t!("plain-news-draft-open-first");
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
            Ok(_) => t!("plain-news-draft-withdrawn"),
            Err(e) => t!("plain-news-draft-not-found", error = e.to_string()),
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
            return t!("plain-news-draft-thrown-away");
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
                    "{}\n\n{}",
                    t!(
                        "plain-news-draft-published",
                        title = sanitize::inline(&n.title).to_string()
                    ),
                    self.show()
                )
            }
            // The lines stay: more can be typed, then a full stop again.
            Err(e) => t!("plain-news-draft-not-published", error = e.to_string()),
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
                format!("{}\n\n{}", t!("plain-news-draft-corrected"), self.show())
            }
            Err(e) => {
                self.view = View::NewsItem(was.id);
                t!("plain-news-draft-not-corrected", error = e.to_string())
            }
        }
    }

    /// `close` on a job the member posted.
    pub(super) fn close_job(&mut self) -> String {
        let View::Job(id) = self.view else {
            return t!("plain-close-job-open-first");
        };
        match self.forum.close_job(&self.viewer, id) {
            Ok(_) => format!("{}\n\n{}", t!("confirm-job-closed"), self.show()),
            Err(e) => t!("plain-close-job-not-closed", error = e.to_string()),
        }
    }
}

impl Plain {
    /// `committee`: who sits on the editorial committee, and how to reach it.
    pub(super) fn committee(&self) -> String {
        match stoa_present::governance::governance(&self.forum) {
            Ok(g) => format!(
                "{}\n{}\n\n{}",
                t!("plain-committee-members-head"),
                g.members
                    .iter()
                    .map(|m| format!("  {m}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
                g.reach
            ),
            Err(e) => t!("plain-error", error = e.to_string()),
        }
    }
}
