//! Every committee action, and a member's flag, asks for a reason before it is
//! taken: this one form does that for all of them. Where the editorial settings
//! list reasons for the action, one is picked with ← → and a note may be added.

mod act;

use ratatui::Frame;
use ratatui::layout::Rect;

pub use act::Act;
use act::Extra;

use super::View;
use super::{Ctx, Step};
use crate::tui::app::{Job, Outcome};
use crate::tui::form::{Field, Form, FormStep};
use crate::tui::keymap::{self, Binding};
use stoa_core::domain::{Assessed, FlagReason, PracticeLevel, Role, SanctionKind};
use stoa_core::forum::FieldName;
use stoa_core::forum::{Editorial, FieldErrors, ThreadAction, Verdict, sanction_end};
use stoa_present::keys::{Input, Key};
use stoa_present::t;

pub struct ReasonForm {
    act: Act,
    heading: String,
    intro: String,
    templates: Vec<String>,
    /// Communities a thread may move to, by slug, in the order offered.
    destinations: Vec<String>,
    pub form: Form,
}

impl ReasonForm {
    pub const BINDINGS: &[Binding] = &[
        Binding {
            short: "key-confirm",
            help: "key-help-take-the-action-with-this-reason",
            ..keymap::SUBMIT_SAVE
        },
        keymap::FORM_NEXT,
        keymap::CHOOSE,
        keymap::CANCEL,
        keymap::FORM_HELP,
    ];

    pub fn new(act: Act, about: &str, ctx: &Ctx) -> ReasonForm {
        let (heading, intro, templates) = wording(&act, about, ctx.forum.editorial());
        let (mut fields, destinations) = act_fields(&act, ctx);
        if !templates.is_empty() {
            let mut options = templates.clone();
            options.push(t!("reason-own-words"));
            fields.push(
                Field::choice(FieldName::Template, t!("reason-template"), options, Some(0))
                    .hint(t!("reason-template-hint")),
            );
        }
        let free = match &act {
            Act::Flag { .. } => {
                Field::line(FieldName::Note, t!("reason-note"), "").hint(t!("reason-note-hint"))
            }
            Act::ReportMessage { .. } => Field::line(FieldName::Reason, t!("reason-reason"), "")
                .required()
                .hint(t!("reason-report-hint")),
            _ => Field::line(
                FieldName::Reason,
                t!("reason-reason"),
                templates.first().map_or("", String::as_str),
            )
            .required()
            .hint(t!("reason-reason-hint")),
        };
        fields.push(free);
        ReasonForm {
            act,
            heading,
            intro,
            templates,
            destinations,
            form: Form::new(fields).with_label_width(10),
        }
    }

    pub fn heading(&self) -> &str {
        &self.heading
    }

    fn submit(&mut self, ctx: &Ctx) -> Step {
        let viewer = ctx.viewer.clone();
        let reason = self.form.text(FieldName::Reason).trim().to_string();
        let act = self.act.clone();
        let mut until = None;
        if matches!(act, Act::Sanction { .. } | Act::SanctionAuthor { .. }) {
            match sanction_end(ctx.forum.now(), self.form.text(FieldName::Length).trim()) {
                Ok(end) => until = end,
                Err(e) => {
                    self.form
                        .show_errors(&FieldErrors(vec![(FieldName::Length, e)]));
                    return Step::error(t!("reason-one-field-needs-attention"));
                }
            }
        }
        let choice = |name| self.form.choice(name);
        let flag = choice(FieldName::Why).map(|i| FlagReason::ALL[i]);
        let role = choice(FieldName::Role).map(|i| Role::ALL[i]);
        let level = choice(FieldName::Level).and_then(|i| PracticeLevel::ALL.get(i).copied());
        let ticked = self.form.picked(FieldName::Assessment);
        let assessed = match &act {
            Act::Decide { assessing, .. } => *assessing,
            _ => level,
        };
        let assessment: Vec<Assessed> = assessed
            .map(|l| ctx.forum.editorial().levels.criteria(l))
            .unwrap_or_default()
            .iter()
            .enumerate()
            .map(|(i, criterion)| Assessed {
                criterion: criterion.clone(),
                met: ticked.contains(&i),
            })
            .collect();
        let destination =
            choice(FieldName::Community).and_then(|i| self.destinations.get(i).cloned());
        let note = self.form.text(FieldName::Note);
        Step::Run {
            busy: "busy-saving",
            job: Job::done(move |forum| {
                let text = act.run(
                    forum,
                    &viewer,
                    &reason,
                    Extra {
                        until,
                        flag,
                        role,
                        level,
                        assessment,
                        destination,
                        note,
                    },
                )?;
                Ok(Outcome::said(text, act.closes()))
            }),
        }
    }
}

impl View for ReasonForm {
    fn title(&self, _ctx: &Ctx) -> String {
        self.heading().into()
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        ReasonForm::BINDINGS
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let template = self.form.choice(FieldName::Template);
        let level = self.form.choice(FieldName::Level);
        let step = self.form.handle(input);
        // Another level: its own criteria to assess, the reason kept.
        if let (Act::Level { .. }, Some(chosen)) = (&self.act, self.form.choice(FieldName::Level))
            && Some(chosen) != level
            && let Some(new) = PracticeLevel::ALL.get(chosen)
        {
            let reason = self.form.text(FieldName::Reason);
            let mut fields = level_fields(*new, ctx);
            fields.push(
                Field::line(FieldName::Reason, t!("reason-reason"), &reason)
                    .required()
                    .hint(t!("reason-reason-hint")),
            );
            self.form = Form::new(fields).with_label_width(10);
            self.form.focus(FieldName::Level);
        }
        // Picking a template puts its words in the reason field, to edit there.
        if self.form.choice(FieldName::Template) != template {
            let words = self
                .form
                .choice(FieldName::Template)
                .and_then(|i| self.templates.get(i))
                .map_or("", String::as_str)
                .to_string();
            self.form.set_text(FieldName::Reason, &words);
        }
        match step {
            FormStep::Submit => self.submit(ctx),
            FormStep::Cancel => super::leave_form(self.form.changed()),
            FormStep::Ignored(Key::F(1)) => Step::Help,
            FormStep::Ignored(_) | FormStep::Consumed => Step::Stay,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let rest = super::account_forms::intro(frame, area, &self.intro, ctx);
        self.form.render(frame, rest, ctx.theme);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }
}

/// The form's heading, what it says happens, and the committee's reasons to
/// start from, for each act.
fn wording(act: &Act, about: &str, editorial: &Editorial) -> (String, String, Vec<String>) {
    let reasons = &editorial.reasons;
    match act {
        Act::Decide { verdict, .. } => {
            let (heading, list, told) = match verdict {
                Verdict::Approve => ("reason-approve", &reasons.approve, "reason-approve-intro"),
                Verdict::RequestChanges => (
                    "reason-request-changes",
                    &reasons.request_changes,
                    "reason-request-changes-intro",
                ),
                Verdict::Reject => ("reason-reject", &reasons.reject, "reason-reject-intro"),
            };
            (t!(heading), t!(told, about = about), list.clone())
        }
        Act::ReportMessage { .. } => (
            t!("reason-report-message"),
            t!("reason-report-message-intro", about = about),
            Vec::new(),
        ),
        Act::Flag { .. } => (
            t!("reason-flag"),
            t!("reason-flag-intro", about = about),
            Vec::new(),
        ),
        Act::Hide { .. } => (
            t!("reason-hide"),
            t!("reason-hide-intro", about = about),
            reasons.hide.clone(),
        ),
        Act::Restore { .. } => (
            t!("reason-restore"),
            t!("reason-restore-intro", about = about),
            Vec::new(),
        ),
        Act::Dismiss { .. } => (
            t!("reason-dismiss"),
            t!("reason-dismiss-intro", about = about),
            Vec::new(),
        ),
        Act::SanctionAuthor { kind, author, .. }
        | Act::Sanction {
            kind,
            username: author,
        } => {
            let (heading, told) = match kind {
                SanctionKind::Muted => ("reason-mute", "reason-mute-intro"),
                SanctionKind::Banned => ("reason-ban", "reason-ban-intro"),
            };
            (
                t!(heading, name = author.as_str()),
                t!(told, about = about, name = author.as_str()),
                Vec::new(),
            )
        }
        Act::Lift { username } => (
            t!("reason-lift", name = username.as_str()),
            t!("reason-lift-intro", about = about, name = username.as_str()),
            Vec::new(),
        ),
        Act::Role { username, .. } => (
            t!("reason-role", name = username.as_str()),
            t!("reason-role-intro", about = about),
            Vec::new(),
        ),
        Act::Steer { action, .. } => {
            let heading = match action {
                ThreadAction::Lock => "reason-lock",
                ThreadAction::Unlock => "reason-unlock",
                ThreadAction::Pin => "reason-pin",
                ThreadAction::Unpin => "reason-unpin",
                ThreadAction::Move(_) => "reason-move",
            };
            (
                t!(heading),
                t!("reason-steer-intro", about = about),
                Vec::new(),
            )
        }
        Act::WithdrawEvent { .. } => (
            t!("reason-withdraw-from-board"),
            t!("reason-withdraw-event-intro", about = about),
            reasons.withdraw.clone(),
        ),
        Act::Level { .. } => (
            t!("reason-change-level"),
            t!("reason-change-level-intro", about = about),
            Vec::new(),
        ),
        Act::WithdrawNews { .. } => (
            t!("reason-withdraw-news"),
            t!("reason-withdraw-news-intro", about = about),
            Vec::new(),
        ),
        Act::WithdrawJob { .. } => (
            t!("reason-withdraw-from-board"),
            t!("reason-withdraw-job-intro", about = about),
            reasons.withdraw.clone(),
        ),
    }
}

/// A level change's fields: the level, and its stated criteria to tick as met.
fn level_fields(level: PracticeLevel, ctx: &Ctx) -> Vec<Field> {
    let criteria = ctx.forum.editorial().levels.criteria(level);
    let hint = if criteria.is_empty() {
        t!("reason-no-criteria")
    } else {
        t!("reason-criteria-hint")
    };
    vec![
        Field::choice(
            FieldName::Level,
            t!("reason-level"),
            PracticeLevel::ALL
                .iter()
                .map(|l| stoa_present::terms::level(*l)),
            PracticeLevel::ALL.iter().position(|l| *l == level),
        )
        .required()
        .hint(t!("reason-level-hint")),
        Field::picks(
            FieldName::Assessment,
            t!("reason-criteria"),
            criteria.iter().cloned(),
            &[],
        )
        .hint(hint),
    ]
}

/// The fields an act asks for besides its reason, and for a move, the slugs of
/// the communities its choice lists.
fn act_fields(act: &Act, ctx: &Ctx) -> (Vec<Field>, Vec<String>) {
    let mut fields = Vec::new();
    let mut destinations = Vec::new();
    match act {
        Act::Flag { .. } => fields.push(
            Field::choice(
                FieldName::Why,
                t!("reason-why"),
                FlagReason::ALL.iter().map(|r| {
                    t!(match r {
                        FlagReason::Spam => "reason-why-spam",
                        FlagReason::OffTopic => "reason-why-off-topic",
                        FlagReason::Inappropriate => "reason-why-inappropriate",
                        FlagReason::Other => "reason-why-other",
                    })
                }),
                None,
            )
            .required()
            .hint(t!("signup-region-hint")),
        ),
        Act::SanctionAuthor { .. } | Act::Sanction { .. } => fields.push(
            Field::line(FieldName::Length, t!("reason-for"), "7d")
                .required()
                .hint(t!("reason-for-hint")),
        ),
        Act::Level { current, .. } => fields.extend(level_fields(*current, ctx)),
        Act::Decide {
            assessing: Some(level),
            ..
        } => {
            let criteria = ctx.forum.editorial().levels.criteria(*level);
            if !criteria.is_empty() {
                fields.push(
                    Field::picks(
                        FieldName::Assessment,
                        t!("reason-criteria"),
                        criteria.iter().cloned(),
                        &[],
                    )
                    .hint(t!(
                        "reason-level-criteria-hint",
                        level = stoa_present::terms::level(*level)
                    )),
                );
            }
        }
        Act::Role { current, .. } => fields.push(
            Field::choice(
                FieldName::Role,
                t!("reason-role-field"),
                Role::ALL
                    .iter()
                    .map(|r| stoa_present::lang::text(&format!("role-{}", r.as_str()))),
                Role::ALL.iter().position(|r| r == current),
            )
            .required()
            .hint(t!("signup-region-hint")),
        ),
        Act::Steer {
            action: ThreadAction::Move(from),
            ..
        } => {
            // The others, by name; the slugs in the same order for the answer.
            let (names, slugs): (Vec<String>, Vec<String>) = ctx
                .forum
                .communities(ctx.viewer)
                .unwrap_or_default()
                .into_iter()
                .filter(|c| c.slug != *from)
                .map(|c| (c.name, c.slug.into_string()))
                .unzip();
            destinations = slugs;
            fields.push(
                Field::choice(FieldName::Community, t!("reason-to"), names, None)
                    .required()
                    .hint(t!("reason-to-hint")),
            );
        }
        _ => {}
    }
    (fields, destinations)
}
