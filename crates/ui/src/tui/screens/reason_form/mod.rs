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

const OWN_WORDS: &str = "(in my own words, below)";

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
            options.push(OWN_WORDS.into());
            fields.push(
                Field::choice(FieldName::Template, "Template", options, Some(0))
                    .hint("← → picks one of the committee's reasons; edit it below"),
            );
        }
        let free = match &act {
            Act::Flag { .. } => Field::line(FieldName::Note, "Note", "")
                .hint("what is wrong, for the committee (needed for 'other')"),
            Act::ReportMessage { .. } => Field::line(FieldName::Reason, "Reason", "")
                .required()
                .hint("what is wrong with it, for the committee"),
            _ => Field::line(
                FieldName::Reason,
                "Reason",
                templates.first().map_or("", String::as_str),
            )
            .required()
            .hint("shown to those it concerns and kept in the audit log"),
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
                    return Step::error("One field needs attention: see the message under it.");
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
                Field::line(FieldName::Reason, "Reason", &reason)
                    .required()
                    .hint("shown to those it concerns and kept in the audit log"),
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
                Verdict::Approve => (
                    "Approve",
                    &reasons.approve,
                    "It is published at once (or when the quorum is reached).",
                ),
                Verdict::RequestChanges => (
                    "Request changes",
                    &reasons.request_changes,
                    "It goes back to its author with your note.",
                ),
                Verdict::Reject => (
                    "Reject",
                    &reasons.reject,
                    "The author sees your reason in My submissions.",
                ),
            };
            (
                heading.to_string(),
                format!("{about}. {told}"),
                list.clone(),
            )
        }
        Act::ReportMessage { .. } => (
            "Report a message".into(),
            format!(
                "{about}. The editorial committee reads this message and your reason, nothing else of the conversation; its author is not told."
            ),
            Vec::new(),
        ),
        Act::Flag { .. } => (
            "Flag a post".into(),
            format!(
                "{about}. The editorial committee reviews flagged posts; the author is not told who flagged."
            ),
            Vec::new(),
        ),
        Act::Hide { .. } => (
            "Hide a post".into(),
            format!(
                "{about}. Members will see that the committee hid it; the author sees your reason."
            ),
            reasons.hide.clone(),
        ),
        Act::Restore { .. } => (
            "Restore a post".into(),
            format!("{about}. It shows to everyone again."),
            Vec::new(),
        ),
        Act::Dismiss { .. } => (
            "Dismiss flags".into(),
            format!("{about}. The post stays as it is; the flags are closed."),
            Vec::new(),
        ),
        Act::SanctionAuthor { kind, author, .. }
        | Act::Sanction {
            kind,
            username: author,
        } => {
            let (heading, told) = match kind {
                SanctionKind::Muted => ("Mute", "cannot post or reply"),
                SanctionKind::Banned => ("Ban", "cannot log in"),
            };
            (
                format!("{heading} {author}"),
                format!(
                    "{about}. Until it ends, {author} {told}, and is shown your reason and the end date."
                ),
                Vec::new(),
            )
        }
        Act::Lift { username } => (
            format!("Lift {username}'s sanction"),
            format!("{about}. {username} may post and log in again."),
            Vec::new(),
        ),
        Act::Role { username, .. } => (
            format!("Role of {username}"),
            format!(
                "{about}. Moderators form the editorial committee; admins also manage roles and backups."
            ),
            Vec::new(),
        ),
        Act::Steer { action, .. } => {
            let heading = match action {
                ThreadAction::Lock => "Lock the thread",
                ThreadAction::Unlock => "Unlock the thread",
                ThreadAction::Pin => "Pin the thread",
                ThreadAction::Unpin => "Unpin the thread",
                ThreadAction::Move(_) => "Move the thread",
            };
            (heading.to_string(), format!("{about}."), Vec::new())
        }
        Act::WithdrawEvent { .. } => (
            "Withdraw from the board".into(),
            format!(
                "{about}. It leaves the board; its poster (in My submissions) and members who answered it (in My events) see your reason."
            ),
            reasons.withdraw.clone(),
        ),
        Act::Level { .. } => (
            "Change the level".into(),
            format!(
                "{about}. Choose the level, then say which of its stated criteria the practice meets: the level shows at once, with your assessment and reason in its history and the audit log."
            ),
            Vec::new(),
        ),
        Act::WithdrawNews { .. } => (
            "Withdraw the news item".into(),
            format!(
                "{about}. It leaves the news, the feeds and search; its page says it was withdrawn, and the audit log keeps your reason."
            ),
            Vec::new(),
        ),
        Act::WithdrawJob { .. } => (
            "Withdraw from the board".into(),
            format!(
                "{about}. It leaves the board and its archive; its poster sees your reason in My submissions."
            ),
            reasons.withdraw.clone(),
        ),
    }
}

/// A level change's fields: the level, and its stated criteria to tick as met.
fn level_fields(level: PracticeLevel, ctx: &Ctx) -> Vec<Field> {
    let criteria = ctx.forum.editorial().levels.criteria(level);
    let hint = if criteria.is_empty() {
        "this level states no criteria".to_string()
    } else {
        "the level's criteria: Space ticks each the practice meets; unticked ones are not met"
            .to_string()
    };
    vec![
        Field::choice(
            FieldName::Level,
            "Level",
            PracticeLevel::ALL.iter().map(|l| l.label()),
            PracticeLevel::ALL.iter().position(|l| *l == level),
        )
        .required()
        .hint("← → to choose; its criteria follow"),
        Field::picks(
            FieldName::Assessment,
            "Criteria",
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
                "Why",
                FlagReason::ALL.iter().map(|r| r.label()),
                None,
            )
            .required()
            .hint("← → to choose"),
        ),
        Act::SanctionAuthor { .. } | Act::Sanction { .. } => fields.push(
            Field::line(FieldName::Length, "For", "7d")
                .required()
                .hint("hours or days, like 12h or 7d, or forever"),
        ),
        Act::Level { current, .. } => fields.extend(level_fields(*current, ctx)),
        Act::Decide {
            assessing: Some(level),
            ..
        } => {
            let criteria = ctx.forum.editorial().levels.criteria(*level);
            if !criteria.is_empty() {
                fields.push(
                    Field::picks(FieldName::Assessment, "Criteria", criteria.iter().cloned(), &[])
                        .hint(format!(
                            "{}'s criteria: Space ticks each the practice meets; unticked ones are not met",
                            level.label()
                        )),
                );
            }
        }
        Act::Role { current, .. } => fields.push(
            Field::choice(
                FieldName::Role,
                "Role",
                Role::ALL.iter().map(|r| r.as_str()),
                Role::ALL.iter().position(|r| r == current),
            )
            .required()
            .hint("← → to choose"),
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
                Field::choice(FieldName::Community, "To", names, None)
                    .required()
                    .hint("← → to choose the community"),
            );
        }
        _ => {}
    }
    (fields, destinations)
}
