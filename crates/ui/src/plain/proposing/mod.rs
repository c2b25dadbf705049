//! Proposing in plain mode: `submit` asks what to propose — a community, an
//! event, a job, a resource, a practice, or news or a blog post — then asks its questions one at a
//! time. At the end the member sends it to the editorial committee or keeps it
//! as a draft; what the committee's rules refuse is asked again, with the
//! reason, and every other answer stays. `resubmit 12` asks again about a
//! draft or a returned item, each question showing the answer it has now.

mod items;
mod questions;

use super::{Plain, View};
use questions::{How, KINDS, Question, questions};
use stoa_core::domain::{Attachment, Item, SubmissionId, Target};
use stoa_core::forum::corrections::{event_proposal_of, job_proposal_of};
use stoa_core::forum::{FieldName, LevelCriteria};
use stoa_core::forum::{ForumError, sanitize};

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
                return "That is all. Type send to save the correction at once, or cancel.".into();
            }
            return "That is all. Type send to send it to the editorial committee, draft to keep it as a draft, or cancel.".into();
        };
        if let Some(lines) = &self.gathering {
            return format!(
                "{} so far. The next, or an empty line to end them:",
                lines.len()
            );
        }
        let question = &self.questions[i];
        let mut out = format!("{}?", question.ask.trim_end_matches('?'));
        if let How::Choice(options) | How::Picks(options) = &question.how {
            for (n, option) in options.iter().enumerate() {
                out.push_str(&format!("\n{}. {}", n + 1, sanitize::inline(option)));
            }
        }
        let now = &self.answers[i];
        if !now.is_empty() {
            // On one line: a text's paragraphs and lines run on.
            let shown: Vec<&str> = now.split_whitespace().collect();
            out.push_str(&format!(
                "\n(Now: {}. Enter keeps it.)",
                sanitize::inline(&shown.join(" ")).trim_end_matches('.')
            ));
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
                _ => return Some(format!("type a number from 1 to {}", options.len())),
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
                    return Some(format!(
                        "type numbers from 1 to {}, separated by commas",
                        options.len()
                    ));
                }
                typed.to_string()
            }
            How::YesNo => match typed.to_lowercase().as_str() {
                "y" | "yes" => "yes".into(),
                "n" | "no" => "no".into(),
                _ => return Some("type yes or no".into()),
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
            return "Sign up first (s): then you can submit.".into();
        }
        self.view = View::Choosing;
        let mut out = String::from("What would you like to submit? Type its number, or cancel.");
        for (i, kind) in KINDS.iter().enumerate() {
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
                return format!("Nothing submitted.\n\n{}", self.show());
            }
            _ => return "Type a number from 1 to 6, or cancel.".into(),
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
        format!(
            "Type cancel at any question to stop, draft to keep what you have so far.\n\n{first}"
        )
    }

    /// `resubmit 12`: asks again about a draft or a returned item.
    pub(super) fn resubmit(&mut self, number: &str) -> String {
        let Ok(id) = number.trim_start_matches('#').parse::<SubmissionId>() else {
            return format!("'{}' is not a submission number.", sanitize::inline(number));
        };
        let s = match self.forum.submission(&self.viewer, id) {
            Ok(s) => s,
            Err(e) => return format!("Error: {e}"),
        };
        if !s.state.editable() {
            return format!(
                "Submission {id} is {}: it can no longer be changed.",
                s.state.label()
            );
        }
        let kind = match &s.item {
            Item::Community(_) => "community",
            Item::Event(_) => "event",
            Item::Job(_) => "job",
            Item::Resource(_) => "resource",
            Item::Practice(_) => "practice",
            Item::News(_) => "news",
            Item::Post(_) => return "A held post is edited in the full-screen mode.".into(),
        };
        let mut proposing = Proposing::new(
            kind,
            Some(id),
            self.communities_offered(),
            &self.forum.editorial().levels,
        );
        proposing.files = self.forum.uploads(&self.viewer).unwrap_or_default();
        proposing.fill(&s.item);
        let note = s
            .last_decision()
            .map(|e| format!("The committee said: {}\n\n", sanitize::inline(&e.note)))
            .unwrap_or_default();
        let first = proposing.ask();
        self.view = View::Proposing(Box::new(proposing));
        format!("{note}Each question shows its answer now; Enter keeps it.\n\n{first}")
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
                Err(e) => return format!("Error: {e}"),
            },
            View::Job(id) => match self.forum.job(id) {
                Ok(j) => (
                    Target::Job { id },
                    Item::Job(job_proposal_of(&j)),
                    j.posted_by,
                ),
                Err(e) => return format!("Error: {e}"),
            },
            _ => return "Open an event or a job you posted: correct changes it.".into(),
        };
        if !self.forum.may_correct(&self.viewer, &poster) {
            return "Only its poster and the editorial committee correct it.".into();
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
                ask: "What changed, and why (for the audit log and those who answered)",
                how: How::Text,
            },
        );
        proposing.answers.insert(0, String::new());
        proposing.todo = (0..proposing.questions.len()).collect();
        proposing.fill(&item);
        proposing.correcting = Some(target);
        let first = proposing.ask();
        self.view = View::Proposing(Box::new(proposing));
        format!(
            "Each question shows its answer now; Enter keeps it. After the last one, send saves the correction at once.\n\n{first}"
        )
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
                return format!("Nothing submitted.\n\n{}", self.show());
            }
            "draft" => return self.save_proposal(false),
            "send" if finished => return self.save_proposal(true),
            _ if finished => return "Type send, draft or cancel.".into(),
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
                return "A correction has no draft: type send to save it, or cancel.".into();
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
                _ => Err(ForumError::NotAllowed("not an event or a job".into())),
            };
            return match done {
                Ok(view) => {
                    self.view = view;
                    format!("Corrected: the change shows at once.\n\n{}", self.show())
                }
                Err(ForumError::Invalid(errors)) => self.ask_again(&errors),
                Err(e) => format!("Not corrected: {e}. Type send to try again, or cancel."),
            };
        }
        match self
            .forum
            .propose(&self.viewer, proposing.id, proposing.item(), send)
        {
            Ok(s) => {
                self.view = View::Home;
                let said = if send {
                    format!(
                        "Submission {} sent: the editorial committee will review it (s lists yours).",
                        s.id
                    )
                } else {
                    format!("Draft {} kept: resubmit {} takes it up again.", s.id, s.id)
                };
                format!("{said}\n\n{}", self.show())
            }
            Err(ForumError::Invalid(errors)) => self.ask_again(&errors),
            Err(e) => format!("Not saved: {e}."),
        }
    }

    /// Asks again what was refused, with the reason; the rest stays.
    fn ask_again(&mut self, errors: &stoa_core::forum::FieldErrors) -> String {
        let View::Proposing(proposing) = &mut self.view else {
            return String::new();
        };
        let mut out = String::from("Not yet:");
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
