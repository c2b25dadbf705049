//! Proposing a library entry: `n` on the library for a resource, `p` for a
//! practice. The editorial committee reviews it; Ctrl-S sends it, Ctrl-D keeps a
//! draft, and a dropped connection keeps a draft too.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::super::View;
use super::super::board_form::{
    audiences_field, competencies_field, picked_audiences, picked_competencies, region_choice,
};
use super::super::submit_form::SubmitForm;
use super::super::{Ctx, Step};
use crate::tui::form::{Field, Form};
use crate::tui::keymap::Binding;
use stoa_core::domain::{
    Attachment, Item, PracticeLevel, PracticeProposal, ResourceKind, ResourceProposal, Strategy,
    SubmissionId,
};
use stoa_core::forum::FieldName;
use stoa_core::forum::files::size_words;
use stoa_present::keys::Input;

pub struct EntryForm {
    practice: bool,
    sending: SubmitForm,
    /// The communities offered, by slug, in the order of the choice field.
    communities: Vec<String>,
    /// The files offered to attach (the member's uploads, and what the
    /// proposal already attached), in the order of the picks field.
    files: Vec<Attachment>,
    pub form: Form,
}

/// What the chosen level asks of a practice, as the settings state it.
fn level_hint(level: PracticeLevel, ctx: &Ctx) -> String {
    format!(
        "{}: {} (← → for another)",
        level.label(),
        ctx.forum.editorial().levels.of(level)
    )
}

/// The files a resource may attach: what it has, then the member's other uploads.
fn files_offered(p: &ResourceProposal, ctx: &Ctx) -> Vec<Attachment> {
    let mut offered = p.files.clone();
    for upload in ctx.forum.uploads(ctx.viewer).unwrap_or_default() {
        if !offered.iter().any(|f| f.name == upload.name) {
            offered.push(upload);
        }
    }
    offered
}

fn files_field(offered: &[Attachment], attached: &[Attachment]) -> Field {
    let ticked: Vec<usize> = offered
        .iter()
        .enumerate()
        .filter(|(_, f)| attached.contains(f))
        .map(|(i, _)| i)
        .collect();
    let hint = if offered.is_empty() {
        "none uploaded yet: put files in uploads/ with sftp, then come back"
    } else {
        "your uploads: ← → to move, Space to attach (sftp puts more in uploads/)"
    };
    Field::picks(
        FieldName::Files,
        "Files",
        offered
            .iter()
            .map(|f| format!("{} ({})", f.name, size_words(f.size))),
        &ticked,
    )
    .hint(hint)
}

fn strategies(chosen: &[Strategy]) -> Field {
    let ticked: Vec<usize> = chosen
        .iter()
        .filter_map(|s| Strategy::ALL.iter().position(|x| x == s))
        .collect();
    Field::picks(
        FieldName::Strategies,
        "Strategies",
        Strategy::ALL.map(|s| s.short()),
        &ticked,
    )
    .required()
    .hint("← → to move, Space to tick; more than one reads as multiple streams")
}

impl EntryForm {
    pub const BINDINGS: &[Binding] = super::super::submit_form::BINDINGS;

    /// A form for `item`, a resource or a practice (anything else: a resource).
    pub fn new(
        id: Option<SubmissionId>,
        item: &Item,
        note: Option<String>,
        ctx: &Ctx,
    ) -> EntryForm {
        let (names, communities): (Vec<String>, Vec<String>) = ctx
            .forum
            .communities(ctx.viewer)
            .unwrap_or_default()
            .into_iter()
            .map(|c| (c.name, c.slug.into_string()))
            .unzip();
        let community = |slug: &str| {
            let chosen = communities.iter().position(|c| c == slug);
            Field::choice(FieldName::Community, "Discussed in", names.clone(), chosen)
                .required()
                .hint("← → to choose the community where members discuss it")
        };
        let mut files = Vec::new();
        let (practice, fields) = match item {
            Item::Practice(p) => (
                true,
                vec![
                    Field::choice(
                        FieldName::Level,
                        "Level",
                        PracticeLevel::ALL.map(|l| l.label()),
                        PracticeLevel::ALL.iter().position(|l| *l == p.level),
                    )
                    .required()
                    .hint(level_hint(p.level, ctx)),
                    Field::line(FieldName::Title, "Title", &p.title).required(),
                    Field::line(FieldName::Country, "Country", &p.country).required(),
                    Field::line(FieldName::Setting, "Setting", &p.setting)
                        .required()
                        .hint("where it ran and at what scale, e.g. 12 rural health posts"),
                    Field::line(FieldName::Period, "Period", &p.period)
                        .required()
                        .hint("when it ran, e.g. 2016–2021"),
                    Field::lines(FieldName::Summary, "Summary", &p.summary, 3).required(),
                    Field::lines(FieldName::WhatWasDone, "What was done", &p.what_was_done, 4)
                        .required(),
                    Field::lines(FieldName::Results, "Results", &p.results, 3)
                        .required()
                        .hint("its outcomes; for a brilliant failure, what happened"),
                    Field::lines(FieldName::Impact, "Impact", &p.impact, 2)
                        .hint("what changed for people and services beyond what was measured"),
                    Field::lines(FieldName::Expected, "Expected", &p.expected, 2)
                        .hint("a brilliant failure: what was expected (else leave empty)"),
                    Field::lines(FieldName::Why, "Why not", &p.why, 2)
                        .hint("a brilliant failure: why it did not come"),
                    Field::lines(FieldName::Instead, "Do instead", &p.instead, 2)
                        .hint("a brilliant failure: what others should do instead"),
                    Field::lines(FieldName::Lessons, "Lessons learned", &p.lessons, 3)
                        .hint("what others can learn from it (needed unless a brilliant failure)"),
                    Field::lines(FieldName::References, "References", &p.references, 3).hint(
                        "one per line: citation | https://link (the link if there is one)",
                    ),
                    Field::lines(FieldName::Figures, "Figures", &p.figures, 3).hint(
                        "one per line, citing a reference: coverage rose to 75% [1] | the source's caveat",
                    ),
                    Field::line(FieldName::Contact, "Contact", &p.contact)
                        .hint("who to ask about it, if they agree to be asked"),
                    region_choice(p.region),
                    strategies(&p.strategies),
                    competencies_field(&p.competencies),
                    audiences_field(&p.audiences),
                    Field::line(FieldName::Tags, "Tags", &p.tags).hint("comma-separated"),
                    community(&p.community),
                ],
            ),
            other => {
                let empty = ResourceProposal::default();
                let p = match other {
                    Item::Resource(p) => p,
                    _ => &empty,
                };
                files = files_offered(p, ctx);
                (
                    false,
                    vec![
                        Field::choice(
                            FieldName::Kind,
                            "Kind",
                            ResourceKind::ALL.map(|k| k.label()),
                            ResourceKind::ALL.iter().position(|k| *k == p.kind),
                        )
                        .required()
                        .hint("← → to choose"),
                        Field::line(FieldName::Title, "Title", &p.title).required(),
                        Field::line(FieldName::Authors, "Authors", &p.authors)
                            .required()
                            .hint("people or the organization that wrote it"),
                        Field::line(FieldName::Year, "Year", &p.year)
                            .required()
                            .hint("the year it came out; n.d. if it gives none"),
                        Field::line(FieldName::Link, "Link", &p.link).hint(
                            "https://… where to read or watch it; or its text or files below",
                        ),
                        Field::line(FieldName::Language, "Language", &p.language).required(),
                        Field::lines(FieldName::Summary, "Summary", &p.summary, 4)
                            .required()
                            .hint("what it is, what it says, who it is for"),
                        Field::lines(FieldName::Text, "Text", &p.text, 6)
                            .hint("its own text, for members to read here (optional)"),
                        files_field(&files, &p.files),
                        region_choice(p.region),
                        Field::line(FieldName::Country, "Country", &p.country)
                            .hint("if it is about one country"),
                        strategies(&p.strategies),
                        competencies_field(&p.competencies),
                        audiences_field(&p.audiences),
                        Field::line(FieldName::Tags, "Tags", &p.tags).hint("comma-separated"),
                        community(&p.community),
                    ],
                )
            }
        };
        EntryForm {
            practice,
            sending: SubmitForm {
                id,
                note,
                intro: "The editorial committee reviews it before it joins the library. Ctrl-S sends it; Ctrl-D keeps a draft.",
                sent: |id| {
                    format!(
                        "Submission {id} sent: it joins the library once the editorial committee approves it (g s)."
                    )
                },
            },
            communities,
            files,
            form: Form::new(fields).with_label_width(16),
        }
    }

    pub fn empty(practice: bool, ctx: &Ctx) -> EntryForm {
        let item = if practice {
            Item::Practice(PracticeProposal::default())
        } else {
            Item::Resource(ResourceProposal::default())
        };
        EntryForm::new(None, &item, None, ctx)
    }

    pub fn heading(&self) -> &'static str {
        match (self.practice, self.sending.id) {
            (false, None) => "Propose a resource",
            (false, Some(_)) => "Edit your resource",
            (true, None) => "Propose a practice",
            (true, Some(_)) => "Edit your practice",
        }
    }

    fn item(&self) -> Item {
        let f = &self.form;
        let region = f
            .choice(FieldName::Region)
            .and_then(|i| stoa_core::domain::Region::ALL.get(i).copied());
        let strategies = f
            .picked(FieldName::Strategies)
            .iter()
            .map(|i| Strategy::ALL[*i])
            .collect();
        let community = f
            .choice(FieldName::Community)
            .and_then(|i| self.communities.get(i).cloned())
            .unwrap_or_default();
        if self.practice {
            Item::Practice(PracticeProposal {
                level: f
                    .choice(FieldName::Level)
                    .and_then(|i| PracticeLevel::ALL.get(i).copied())
                    .unwrap_or_default(),
                title: f.text(FieldName::Title),
                country: f.text(FieldName::Country),
                setting: f.text(FieldName::Setting),
                impact: f.text(FieldName::Impact),
                expected: f.text(FieldName::Expected),
                why: f.text(FieldName::Why),
                instead: f.text(FieldName::Instead),
                references: f.text(FieldName::References),
                figures: f.text(FieldName::Figures),
                period: f.text(FieldName::Period),
                summary: f.text(FieldName::Summary),
                what_was_done: f.text(FieldName::WhatWasDone),
                results: f.text(FieldName::Results),
                lessons: f.text(FieldName::Lessons),
                contact: f.text(FieldName::Contact),
                strategies,
                region,
                tags: f.text(FieldName::Tags),
                competencies: picked_competencies(f),
                audiences: picked_audiences(f),
                community,
            })
        } else {
            Item::Resource(ResourceProposal {
                kind: f
                    .choice(FieldName::Kind)
                    .and_then(|i| ResourceKind::ALL.get(i).copied())
                    .unwrap_or_default(),
                title: f.text(FieldName::Title),
                authors: f.text(FieldName::Authors),
                year: f.text(FieldName::Year),
                link: f.text(FieldName::Link),
                summary: f.text(FieldName::Summary),
                language: f.text(FieldName::Language),
                strategies,
                region,
                country: f.text(FieldName::Country),
                tags: f.text(FieldName::Tags),
                competencies: picked_competencies(f),
                audiences: picked_audiences(f),
                community,
                text: f.text(FieldName::Text),
                files: f
                    .picked(FieldName::Files)
                    .iter()
                    .filter_map(|i| self.files.get(*i).cloned())
                    .collect(),
            })
        }
    }
}

impl View for EntryForm {
    fn title(&self, _ctx: &Ctx) -> String {
        self.heading().into()
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        EntryForm::BINDINGS
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let step = match self.sending.handle(&mut self.form, input) {
            Ok(send) => self.sending.save(ctx, self.item(), send),
            Err(step) => step,
        };
        // The level's criteria follow the choice.
        if self.practice
            && let Some(level) = self
                .form
                .choice(FieldName::Level)
                .and_then(|i| PracticeLevel::ALL.get(i).copied())
        {
            self.form.set_hint(FieldName::Level, level_hint(level, ctx));
        }
        step
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        self.sending.render(frame, area, ctx, &self.form);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }

    /// Keeps what was typed as a draft (the connection is going away).
    fn keep_draft(&self, ctx: &Ctx) {
        self.sending
            .keep_draft(ctx, &self.form, FieldName::Title, self.item());
    }
}
