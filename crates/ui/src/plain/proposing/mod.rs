//! Proposing in plain mode: `submit` asks what to propose — a community, an
//! event, a job, a resource, a practice, or news or a blog post — then asks its questions one at a
//! time. At the end the member sends it to the editorial committee or keeps it
//! as a draft; what the committee's rules refuse is asked again, with the
//! reason, and every other answer stays. `resubmit 12` asks again about a
//! draft or a returned item, each question showing the answer it has now.

mod items;
mod questions;

use super::{Plain, View};
use questions::{How, Question, kinds, questions};
use stoa_core::domain::{Attachment, Item, SubmissionId, Target, Translated};
use stoa_core::forum::corrections::{event_proposal_of, job_proposal_of};
use stoa_core::forum::{FieldName, LevelCriteria};
use stoa_core::forum::{ForumError, sanitize};
use stoa_present::t;

#[derive(Clone, Debug, PartialEq)]
pub(super) struct Proposing {
    /// The draft or returned submission this replaces.
    id: Option<SubmissionId>,
    kind: &'static str,
    questions: Vec<Question>,
    /// One per question: the text, or the chosen numbers (from 1) for choices.
    answers: Vec<String>,
    /// The questions still to ask, by index.
    todo: Vec<usize>,
    /// Community slugs, in the order of the "discussed in" choice.
    slugs: Vec<String>,
    /// Files a resource may attach, by name: the member's uploads and what
    /// the proposal already has.
    files: Vec<Attachment>,
    /// The lines typed so far for a question answered line by line.
    gathering: Option<Vec<String>>,
    /// Correcting this approved event or job rather than submitting: a first
    /// question asks why, and `send` saves the correction at once.
    correcting: Option<Target>,
    /// For a translation: what it translates, and the original's title.
    translating: Option<(Translated, String)>,
}

/// The kinds that can be proposed, as the first question lists them.
impl Proposing {
    fn new(
        kind: &'static str,
        id: Option<SubmissionId>,
        communities: Vec<(String, String)>,
        levels: &LevelCriteria,
    ) -> Proposing {
        let (slugs, names): (Vec<String>, Vec<String>) = communities.into_iter().unzip();
        let questions = questions(kind, &names, levels);
        Proposing {
            id,
            kind,
            answers: vec![String::new(); questions.len()],
            todo: (0..questions.len()).collect(),
            questions,
            slugs,
            files: Vec::new(),
            gathering: None,
            correcting: None,
            translating: None,
        }
    }

    fn set(&mut self, name: FieldName, value: String) {
        if let Some(i) = self.questions.iter().position(|q| q.name == name) {
            self.answers[i] = value;
        }
    }

    fn get(&self, name: FieldName) -> String {
        self.questions
            .iter()
            .position(|q| q.name == name)
            .map_or(String::new(), |i| self.answers[i].clone())
    }

    /// The chosen option of a choice, from 0.
    fn chosen(&self, name: FieldName) -> Option<usize> {
        self.get(name).trim().parse::<usize>().ok()?.checked_sub(1)
    }

    fn picked<T: Copy>(&self, name: FieldName, all: &[T]) -> Vec<T> {
        self.get(name)
            .split(',')
            .filter_map(|n| n.trim().parse::<usize>().ok()?.checked_sub(1))
            .filter_map(|i| all.get(i).copied())
            .collect()
    }

    /// Fills the answers from an item already written.
    /// The next question, with its options and the answer it has now.
    pub fn ask(&self) -> String {
        let Some(&i) = self.todo.first() else {
            if self.correcting.is_some() {
                return t!("plain-proposing-all-done-correction");
            }
            return t!("plain-proposing-all-done");
        };
        if let Some(lines) = &self.gathering {
            return t!("plain-proposing-so-far", n = lines.len());
        }
        let question = &self.questions[i];
        // Each question carries its own question mark, as its language writes it.
        let mut out = question.ask.clone();
        if let How::Choice(options) | How::Picks(options) = &question.how {
            for (n, option) in options.iter().enumerate() {
                out.push_str(&format!("\n{}. {}", n + 1, sanitize::inline(option)));
            }
        }
        let now = &self.answers[i];
        if !now.is_empty() {
            // On one line: a text's paragraphs and lines run on.
            let shown: Vec<&str> = now.split_whitespace().collect();
            let answer = sanitize::inline(&shown.join(" "))
                .trim_end_matches('.')
                .to_string();
            out.push('\n');
            out.push_str(&t!("plain-proposing-now", answer = answer));
        }
        out
    }

    /// Takes an answer to the question asked; a message when it cannot.
    fn answer(&mut self, line: &str) -> Option<String> {
        let &i = self.todo.first()?;
        let typed = line.trim();
        if typed.is_empty() && !self.answers[i].is_empty() && self.gathering.is_none() {
            self.todo.remove(0);
            return None;
        }
        let value = match &self.questions[i].how {
            How::Text => typed.to_string(),
            how @ (How::Lines | How::Paragraphs) => match (self.gathering.take(), typed.is_empty())
            {
                (None, true) => String::new(),
                (Some(lines), true) if *how == How::Paragraphs => lines.join("\n\n"),
                (Some(lines), true) => lines.join("\n"),
                (gathered, false) => {
                    let mut lines = gathered.unwrap_or_default();
                    lines.push(typed.to_string());
                    self.gathering = Some(lines);
                    return None;
                }
            },
            How::Choice(options) => match typed.parse::<usize>() {
                Ok(n) if (1..=options.len()).contains(&n) => n.to_string(),
                _ => return Some(t!("plain-proposing-type-number", n = options.len())),
            },
            How::Picks(options) => {
                let numbers: Vec<Option<usize>> = typed
                    .split(',')
                    .filter(|n| !n.trim().is_empty())
                    .map(|n| {
                        n.trim()
                            .parse::<usize>()
                            .ok()
                            .filter(|n| (1..=options.len()).contains(n))
                    })
                    .collect();
                if numbers.iter().any(Option::is_none) {
                    return Some(t!("plain-proposing-type-numbers", n = options.len()));
                }
                typed.to_string()
            }
            How::YesNo => match typed.to_lowercase().as_str() {
                "y" | "yes" => "yes".into(),
                "n" | "no" => "no".into(),
                _ => return Some(t!("plain-proposing-type-yes-or-no")),
            },
        };
        self.answers[i] = value;
        self.todo.remove(0);
        None
    }
}

impl Plain {
    fn communities_offered(&self) -> Vec<(String, String)> {
        self.forum
            .communities(&self.viewer)
            .unwrap_or_default()
            .into_iter()
            .map(|c| (c.slug.into_string(), c.name))
            .collect()
    }

    /// `submit`: what would the member like to propose?
    pub(super) fn start_proposing(&mut self) -> String {
        if self.viewer.account().is_none() {
            return t!("plain-proposing-sign-up-first");
        }
        self.view = View::Choosing;
        let mut out = t!("plain-proposing-what-to-submit");
        for (i, kind) in kinds().iter().enumerate() {
            out.push_str(&format!("\n{}. {kind}", i + 1));
        }
        out
    }

    pub(super) fn choosing(&mut self, line: &str) -> String {
        let kind = match line.trim() {
            "1" => "community",
            "2" => "event",
            "3" => "job",
            "4" => "resource",
            "5" => "practice",
            "6" => "news",
            "cancel" => {
                self.view = View::Home;
                return format!(
                    "{}\n\n{}",
                    t!("plain-proposing-nothing-submitted"),
                    self.show()
                );
            }
            _ => return t!("plain-proposing-choose-kind"),
        };
        let mut proposing = Proposing::new(
            kind,
            None,
            self.communities_offered(),
            &self.forum.editorial().levels,
        );
        proposing.files = self.forum.uploads(&self.viewer).unwrap_or_default();
        if kind == "event" {
            let zone = self
                .viewer
                .account()
                .map_or("UTC".to_string(), |a| a.time_zone.clone());
            proposing.set(FieldName::TimeZone, zone);
        }
        let first = proposing.ask();
        self.view = View::Proposing(Box::new(proposing));
        format!("{}\n\n{first}", t!("plain-proposing-how-to-stop"))
    }

    /// `resubmit 12`: asks again about a draft or a returned item.
    pub(super) fn resubmit(&mut self, number: &str) -> String {
        let Ok(id) = number.trim_start_matches('#').parse::<SubmissionId>() else {
            return t!(
                "plain-proposing-not-a-number",
                number = sanitize::inline(number).to_string()
            );
        };
        let s = match self.forum.submission(&self.viewer, id) {
            Ok(s) => s,
            Err(e) => return t!("plain-error", error = e.to_string()),
        };
        if !s.state.editable() {
            let state = s.state.label().replace(' ', "-");
            return t!(
                "plain-proposing-no-longer-changed",
                id = id.to_string(),
                state = stoa_present::lang::text(&format!("submission-state-{state}"))
            );
        }
        let kind = match &s.item {
            Item::Community(_) => "community",
            Item::Event(_) => "event",
            Item::Job(_) => "job",
            Item::Resource(_) => "resource",
            Item::Practice(_) => "practice",
            Item::News(_) => "news",
            Item::Translation(_) => "translation",
            Item::Post(_) => return t!("plain-proposing-held-post"),
        };
        let mut proposing = Proposing::new(
            kind,
            Some(id),
            self.communities_offered(),
            &self.forum.editorial().levels,
        );
        proposing.files = self.forum.uploads(&self.viewer).unwrap_or_default();
        if let Item::Translation(p) = &s.item {
            proposing.translating = Some((p.of, p.original.clone()));
        }
        proposing.fill(&s.item);
        let note = s
            .last_decision()
            .map(|e| {
                let said = t!(
                    "plain-proposing-committee-said",
                    note = sanitize::inline(&e.note).to_string()
                );
                format!("{said}\n\n")
            })
            .unwrap_or_default();
        let first = proposing.ask();
        self.view = View::Proposing(Box::new(proposing));
        format!("{note}{}\n\n{first}", t!("plain-proposing-answers-shown"))
    }

    /// `translate` on a library entry or news item: its language, title and
    /// text, sent to the committee like any proposal.
    pub(super) fn start_translating(&mut self) -> String {
        if self.viewer.account().is_none() {
            return t!("plain-proposing-sign-up-first");
        }
        let of = match self.view {
            View::Entry(id) => Translated::Entry(id),
            View::NewsItem(id) => Translated::News(id),
            _ => return t!("plain-translate-open-first"),
        };
        let original = match self.forum.original(of) {
            Ok(o) => o,
            Err(e) => return t!("plain-error", error = e.to_string()),
        };
        let mut proposing = Proposing::new(
            "translation",
            None,
            self.communities_offered(),
            &self.forum.editorial().levels,
        );
        proposing.translating = Some((of, original.title.clone()));
        let from = original.language.map_or_else(
            || t!("translation-language-unknown"),
            |l| l.native_name().to_string(),
        );
        let intro = t!(
            "translation-form-intro",
            original = stoa_present::board_item::original(of, &original.title),
            language = from
        );
        // The original's text, to translate from.
        let text = sanitize::multiline(&original.text).into_owned();
        let first = proposing.ask();
        self.view = View::Proposing(Box::new(proposing));
        format!(
            "{intro}\n\n{text}\n\n{}\n\n{first}",
            t!("plain-proposing-how-to-stop")
        )
    }

    /// `correct` on an event or job: the same questions, filled with it as
    /// approved, after one asking why.
    pub(super) fn start_correcting_item(&mut self) -> String {
        let (target, item, poster) = match self.view {
            View::Event(id) => match self.forum.event(&self.viewer, id) {
                Ok(l) => (
                    Target::Event { id },
                    Item::Event(event_proposal_of(&l.event)),
                    l.event.posted_by,
                ),
                Err(e) => return t!("plain-error", error = e.to_string()),
            },
            View::Job(id) => match self.forum.job(id) {
                Ok(j) => (
                    Target::Job { id },
                    Item::Job(job_proposal_of(&j)),
                    j.posted_by,
                ),
                Err(e) => return t!("plain-error", error = e.to_string()),
            },
            _ => return t!("plain-proposing-open-event-or-job"),
        };
        if !self.forum.may_correct(&self.viewer, &poster) {
            return t!("plain-proposing-poster-only");
        }
        let kind = if matches!(target, Target::Event { .. }) {
            "event"
        } else {
            "job"
        };
        let mut proposing = Proposing::new(
            kind,
            None,
            self.communities_offered(),
            &self.forum.editorial().levels,
        );
        proposing.questions.insert(
            0,
            Question {
                name: FieldName::Reason,
                ask: t!("plain-proposing-correction-reason"),
                how: How::Text,
            },
        );
        proposing.answers.insert(0, String::new());
        proposing.todo = (0..proposing.questions.len()).collect();
        proposing.fill(&item);
        proposing.correcting = Some(target);
        let first = proposing.ask();
        self.view = View::Proposing(Box::new(proposing));
        format!("{}\n\n{first}", t!("plain-proposing-correcting"))
    }

    /// One line while proposing.
    pub(super) fn proposing(&mut self, line: &str) -> String {
        let View::Proposing(proposing) = &mut self.view else {
            return String::new();
        };
        let typed = line.trim();
        let finished = proposing.todo.is_empty();
        match typed {
            "cancel" => {
                self.view = View::Home;
                return format!(
                    "{}\n\n{}",
                    t!("plain-proposing-nothing-submitted"),
                    self.show()
                );
            }
            "draft" => return self.save_proposal(false),
            "send" if finished => return self.save_proposal(true),
            _ if finished => return t!("plain-proposing-send-draft-or-cancel"),
            _ => {}
        }
        match proposing.answer(line) {
            Some(problem) => format!("{problem}.\n{}", proposing.ask()),
            None => proposing.ask(),
        }
    }

    fn save_proposal(&mut self, send: bool) -> String {
        let View::Proposing(proposing) = &mut self.view else {
            return String::new();
        };
        if let Some(target) = proposing.correcting.clone() {
            if !send {
                return t!("plain-proposing-correction-no-draft");
            }
            let reason = proposing.get(FieldName::Reason);
            let done = match (&target, proposing.item()) {
                (Target::Event { id }, Item::Event(p)) => self
                    .forum
                    .correct_event(&self.viewer, *id, p, &reason)
                    .map(|_| View::Event(*id)),
                (Target::Job { id }, Item::Job(p)) => self
                    .forum
                    .correct_job(&self.viewer, *id, p, &reason)
                    .map(|_| View::Job(*id)),
                _ => Err(ForumError::NotAllowed(t!(
                    "plain-proposing-not-event-or-job"
                ))),
            };
            return match done {
                Ok(view) => {
                    self.view = view;
                    format!("{}\n\n{}", t!("plain-proposing-corrected"), self.show())
                }
                Err(ForumError::Invalid(errors)) => self.ask_again(&errors),
                Err(e) => t!("plain-proposing-not-corrected", error = e.to_string()),
            };
        }
        match self
            .forum
            .propose(&self.viewer, proposing.id, proposing.item(), send)
        {
            Ok(s) => {
                self.view = View::Home;
                let said = if send {
                    t!("plain-proposing-sent", id = s.id.to_string())
                } else {
                    t!("plain-proposing-draft-kept", id = s.id.to_string())
                };
                format!("{said}\n\n{}", self.show())
            }
            Err(ForumError::Invalid(errors)) => self.ask_again(&errors),
            Err(e) => t!("plain-proposing-not-saved", error = e.to_string()),
        }
    }

    /// Asks again what was refused, with the reason; the rest stays.
    fn ask_again(&mut self, errors: &stoa_core::forum::FieldErrors) -> String {
        let View::Proposing(proposing) = &mut self.view else {
            return String::new();
        };
        let mut out = t!("plain-proposing-not-yet");
        proposing.todo.clear();
        for (field, message) in &errors.0 {
            out.push_str(&format!(
                "\n- {}: {message}",
                field.as_str().replace('_', " ")
            ));
            if let Some(i) = proposing.questions.iter().position(|q| q.name == *field)
                && !proposing.todo.contains(&i)
            {
                proposing.todo.push(i);
            }
        }
        format!("{out}\n\n{}", proposing.ask())
    }

    /// Keeps what was answered as a draft (the connection is going away).
    pub(super) fn keep_proposal(&self) {
        // A correction is not a submission: there is no draft of it to keep.
        if let View::Proposing(proposing) = &self.view
            && proposing.correcting.is_none()
            && (!proposing.get(FieldName::Title).is_empty()
                || !proposing.get(FieldName::Name).is_empty())
        {
            // Lines typed for the question being asked count, as if it ended.
            let mut kept = (**proposing).clone();
            if kept.gathering.is_some() {
                kept.answer("");
            }
            let _ = self
                .forum
                .propose(&self.viewer, kept.id, kept.item(), false);
        }
    }
}
