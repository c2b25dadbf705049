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
use stoa_present::t;
use stoa_present::terms;

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
    t!(
        "library-form-level-hint",
        level = terms::level(level),
        criteria = ctx.forum.editorial().levels.of(level)
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
        t!("library-form-files-none-hint")
    } else {
        t!("library-form-files-hint")
    };
    Field::picks(
        FieldName::Files,
        t!("library-form-files"),
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
        t!("library-form-strategies"),
        Strategy::ALL.map(terms::strategy_short),
        &ticked,
    )
    .required()
    .hint(t!("library-form-strategies-hint"))
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
            Field::choice(
                FieldName::Community,
                t!("library-form-discussed-in"),
                names.clone(),
                chosen,
            )
            .required()
            .hint(t!("library-form-discussed-in-hint"))
        };
        let mut files = Vec::new();
        let (practice, fields) = match item {
            Item::Practice(p) => (
                true,
                vec![
                    Field::choice(
                        FieldName::Level,
                        t!("library-form-level"),
                        PracticeLevel::ALL.map(terms::level),
                        PracticeLevel::ALL.iter().position(|l| *l == p.level),
                    )
                    .required()
                    .hint(level_hint(p.level, ctx)),
                    Field::line(FieldName::Title, t!("composer-title"), &p.title).required(),
                    Field::line(FieldName::Country, t!("library-form-country"), &p.country)
                        .required(),
                    Field::line(FieldName::Setting, t!("library-form-setting"), &p.setting)
                        .required()
                        .hint(t!("library-form-setting-hint")),
                    Field::line(FieldName::Period, t!("library-form-period"), &p.period)
                        .required()
                        .hint(t!("library-form-period-hint")),
                    Field::lines(
                        FieldName::Summary,
                        t!("library-form-summary"),
                        &p.summary,
                        3,
                    )
                    .required(),
                    Field::lines(
                        FieldName::WhatWasDone,
                        t!("library-form-what-was-done"),
                        &p.what_was_done,
                        4,
                    )
                    .required(),
                    Field::lines(
                        FieldName::Results,
                        t!("library-form-results"),
                        &p.results,
                        3,
                    )
                    .required()
                    .hint(t!("library-form-results-hint")),
                    Field::lines(FieldName::Impact, t!("library-form-impact"), &p.impact, 2)
                        .hint(t!("library-form-impact-hint")),
                    Field::lines(
                        FieldName::Expected,
                        t!("library-form-expected"),
                        &p.expected,
                        2,
                    )
                    .hint(t!("library-form-expected-hint")),
                    Field::lines(FieldName::Why, t!("library-form-why-not"), &p.why, 2)
                        .hint(t!("library-form-why-not-hint")),
                    Field::lines(
                        FieldName::Instead,
                        t!("library-form-do-instead"),
                        &p.instead,
                        2,
                    )
                    .hint(t!("library-form-do-instead-hint")),
                    Field::lines(
                        FieldName::Lessons,
                        t!("library-form-lessons"),
                        &p.lessons,
                        3,
                    )
                    .hint(t!("library-form-lessons-hint")),
                    Field::lines(
                        FieldName::References,
                        t!("library-form-references"),
                        &p.references,
                        3,
                    )
                    .hint(t!("library-form-references-hint")),
                    Field::lines(
                        FieldName::Figures,
                        t!("library-form-figures"),
                        &p.figures,
                        3,
                    )
                    .hint(t!("library-form-figures-hint")),
                    Field::line(FieldName::Contact, t!("library-form-contact"), &p.contact)
                        .hint(t!("library-form-contact-hint")),
                    region_choice(p.region),
                    strategies(&p.strategies),
                    competencies_field(&p.competencies),
                    audiences_field(&p.audiences),
                    Field::line(FieldName::Tags, t!("library-form-tags"), &p.tags)
                        .hint(t!("library-form-tags-hint")),
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
                            t!("library-form-kind"),
                            ResourceKind::ALL.map(stoa_present::terms::resource_kind),
                            ResourceKind::ALL.iter().position(|k| *k == p.kind),
                        )
                        .required()
                        .hint(t!("signup-region-hint")),
                        Field::line(FieldName::Title, t!("composer-title"), &p.title).required(),
                        Field::line(FieldName::Authors, t!("library-form-authors"), &p.authors)
                            .required()
                            .hint(t!("library-form-authors-hint")),
                        Field::line(FieldName::Year, t!("library-form-year"), &p.year)
                            .required()
                            .hint(t!("library-form-year-hint")),
                        Field::line(FieldName::Link, t!("library-form-link"), &p.link)
                            .hint(t!("library-form-link-hint")),
                        Field::line(FieldName::Language, t!("display-language"), &p.language)
                            .required(),
                        Field::lines(
                            FieldName::Summary,
                            t!("library-form-summary"),
                            &p.summary,
                            4,
                        )
                        .required()
                        .hint(t!("library-form-summary-hint")),
                        Field::lines(FieldName::Text, t!("library-form-text"), &p.text, 6)
                            .hint(t!("library-form-text-hint")),
                        files_field(&files, &p.files),
                        region_choice(p.region),
                        Field::line(FieldName::Country, t!("library-form-country"), &p.country)
                            .hint(t!("library-form-country-hint")),
                        strategies(&p.strategies),
                        competencies_field(&p.competencies),
                        audiences_field(&p.audiences),
                        Field::line(FieldName::Tags, t!("library-form-tags"), &p.tags)
                            .hint(t!("library-form-tags-hint")),
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
                intro: t!("library-form-intro"),
                sent: |id| t!("library-form-sent", id = id.to_string()),
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

    pub fn heading(&self) -> String {
        match (self.practice, self.sending.id) {
            (false, None) => t!("library-form-propose-a-resource"),
            (false, Some(_)) => t!("library-form-edit-your-resource"),
            (true, None) => t!("library-form-propose-a-practice"),
            (true, Some(_)) => t!("library-form-edit-your-practice"),
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
        self.heading()
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
