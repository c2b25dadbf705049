//! The forms a member fills in about their own account.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::View;
use super::{Ctx, Step};
use crate::tui::app::{Job, Outcome};
use crate::tui::form::{Field, Form, FormStep};
use crate::tui::keymap::{self, Binding};
use stoa_core::domain::{Account, Competency, Region};
use stoa_core::forum::FieldName;
use stoa_core::forum::{LoginMethod, PasswordChange, ProfileEdit, Viewer};
use stoa_present::keys::{Input, Key};
use stoa_present::t;
use stoa_present::{terms, text};

/// Most used first: a narrow footer keeps saving and leaving.
pub const BINDINGS: &[Binding] = &[
    keymap::SUBMIT_SAVE,
    keymap::CANCEL,
    keymap::FORM_NEXT,
    keymap::FORM_PREV,
    keymap::CHOOSE,
    keymap::FORM_HELP,
];

/// A form of one field has nowhere to Tab to.
pub const ONE_FIELD: &[Binding] = &[keymap::SUBMIT_SAVE, keymap::CANCEL, keymap::FORM_HELP];

/// What a form key leads to, for forms whose submit runs `job`.
pub fn step(form_step: FormStep, changed: bool, submit: impl FnOnce() -> Step) -> Step {
    match form_step {
        FormStep::Submit => submit(),
        FormStep::Cancel => super::leave_form(changed),
        FormStep::Ignored(Key::Char('?') | Key::F(1)) => Step::Help,
        FormStep::Ignored(_) | FormStep::Consumed => Step::Stay,
    }
}

pub fn intro(frame: &mut Frame, area: Rect, words: &str, ctx: &Ctx) -> Rect {
    let width = usize::from(area.width);
    // A paragraph indented by two spaces is a command: one line, never broken.
    let lines: Vec<Line> = words
        .split('\n')
        .flat_map(|paragraph| {
            if paragraph.starts_with("  ") {
                vec![Line::styled(text::fit(paragraph, width), ctx.theme.key)]
            } else {
                text::wrap(paragraph, width)
                    .into_iter()
                    .map(|l| Line::styled(l, ctx.theme.dim))
                    .collect()
            }
        })
        .collect();
    let [top, rest] = Layout::vertical([
        Constraint::Length(lines.len() as u16 + 1),
        Constraint::Min(1),
    ])
    .areas(area);
    frame.render_widget(Paragraph::new(lines), top);
    rest
}

pub struct EditProfile {
    pub form: Form,
}

impl EditProfile {
    pub fn new(account: &Account) -> EditProfile {
        let regions = Region::ALL.iter().map(|r| terms::region(*r));
        let region = Region::ALL.iter().position(|r| *r == account.region);
        EditProfile {
            form: Form::new(vec![
                Field::line(
                    FieldName::DisplayName,
                    t!("signup-display-name"),
                    &account.display_name,
                )
                .required(),
                Field::line(
                    FieldName::Organization,
                    t!("signup-organization"),
                    &account.organization,
                )
                .hint(t!("account-organization-hint")),
                Field::choice(FieldName::Region, t!("signup-region"), regions, region)
                    .required()
                    .hint(t!("signup-region-hint")),
                Field::line(
                    FieldName::TimeZone,
                    t!("signup-time-zone"),
                    &account.time_zone,
                )
                .required()
                .hint(t!("signup-time-zone-hint")),
                Field::lines(FieldName::Bio, t!("account-bio"), &account.bio, 5)
                    .hint(t!("account-bio-hint")),
                Field::picks(
                    FieldName::Competencies,
                    t!("account-competencies"),
                    Competency::ALL.iter().map(|c| terms::competency(*c)),
                    &Competency::ALL
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| account.competencies.contains(c))
                        .map(|(i, _)| i)
                        .collect::<Vec<_>>(),
                )
                .hint(t!("account-competencies-hint")),
            ]),
        }
    }
}

impl View for EditProfile {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("account-edit-profile-title")
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        BINDINGS
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let form_step = self.form.handle(input);
        step(form_step, self.form.changed(), || {
            let Some(account) = ctx.viewer.account().cloned() else {
                return Step::Back;
            };
            let edit = ProfileEdit {
                display_name: self.form.text(FieldName::DisplayName),
                organization: self.form.text(FieldName::Organization),
                region: self
                    .form
                    .choice(FieldName::Region)
                    .map_or(account.region, |i| Region::ALL[i]),
                bio: self.form.text(FieldName::Bio),
                time_zone: self.form.text(FieldName::TimeZone),
                competencies: self
                    .form
                    .picked(FieldName::Competencies)
                    .into_iter()
                    .filter_map(|i| Competency::ALL.get(i).copied())
                    .collect(),
            };
            Step::Run {
                busy: "busy-saving-your-profile",
                job: Job::done(move |forum| {
                    let account = forum.edit_profile(&account, edit)?;
                    Ok(Outcome::account(account, t!("account-profile-saved"), 1))
                }),
            }
        })
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let rest = intro(frame, area, &t!("account-edit-profile-intro"), ctx);
        self.form.render(frame, rest, ctx.theme);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }
}

pub struct AddKey {
    pub form: Form,
}

impl AddKey {
    pub fn new() -> AddKey {
        AddKey {
            form: Form::new(vec![
                Field::line(FieldName::Key, t!("account-public-key"), "")
                    .required()
                    .hint(t!("account-public-key-hint")),
            ]),
        }
    }
}

impl View for AddKey {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("account-add-key-title")
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        ONE_FIELD
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let form_step = self.form.handle(input);
        step(form_step, self.form.changed(), || {
            let Some(account) = ctx.viewer.account().cloned() else {
                return Step::Back;
            };
            let pasted = self.form.text(FieldName::Key);
            Step::Run {
                busy: "busy-adding-the-key",
                job: Job::done(move |forum| {
                    let account = forum.add_key(&account, &pasted)?;
                    Ok(Outcome::account(account, t!("account-key-added"), 1))
                }),
            }
        })
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let rest = intro(frame, area, &t!("account-add-key-intro"), ctx);
        self.form.render(frame, rest, ctx.theme);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }
}

pub struct PasswordForm {
    pub form: Form,
    needs_current: bool,
}

impl PasswordForm {
    pub fn new(ctx: &Ctx) -> PasswordForm {
        let needs_current = matches!(
            ctx.viewer,
            Viewer::Member { account, via: LoginMethod::Password } if account.has_password()
        );
        let min = ctx.forum.min_password_length();
        let mut fields = Vec::new();
        if needs_current {
            fields
                .push(Field::secret(FieldName::Current, t!("account-current-password")).required());
        }
        fields.push(
            Field::secret(FieldName::New, t!("account-new-password"))
                .required()
                .hint(t!("account-new-password-hint", min = min)),
        );
        fields.push(
            Field::secret(FieldName::Confirm, t!("account-password-again"))
                .required()
                .hint(t!("account-password-again-hint")),
        );
        PasswordForm {
            form: Form::new(fields),
            needs_current,
        }
    }
}

impl View for PasswordForm {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("account-password-title")
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        BINDINGS
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let form_step = self.form.handle(input);
        step(form_step, self.form.changed(), || {
            let Viewer::Member { account, via } = ctx.viewer else {
                return Step::Back;
            };
            let (account, via) = (account.clone(), *via);
            let change = PasswordChange {
                current: self.form.text(FieldName::Current),
                new: self.form.text(FieldName::New),
                confirm: self.form.text(FieldName::Confirm),
            };
            Step::Run {
                busy: "busy-saving-your-password",
                job: Job::done(move |forum| {
                    let account = forum.change_password(&account, via, change)?;
                    let ssh = forum.site().ssh(Some(&account.username));
                    let say = t!("account-password-set", command = ssh);
                    Ok(Outcome::account(account, say, 1))
                }),
            }
        })
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let has = ctx.viewer.account().is_some_and(Account::has_password);
        let ssh = ctx.forum.site().ssh(Some(
            ctx.viewer
                .account()
                .map_or("yourname", |a| a.username.as_str()),
        ));
        // The command last, after a colon and no full stop, to copy as it is.
        let words = match (has, self.needs_current) {
            (false, _) => format!("{}\n  {ssh}", t!("account-password-intro-unset")),
            (true, true) => t!("account-password-intro-current"),
            (true, false) => t!("account-password-intro-key"),
        };
        let rest = intro(frame, area, &words, ctx);
        self.form.render(frame, rest, ctx.theme);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }
}
