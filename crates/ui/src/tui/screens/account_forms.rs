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
use stoa_present::text;

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
        let regions = Region::ALL.iter().map(|r| r.label());
        let region = Region::ALL.iter().position(|r| *r == account.region);
        EditProfile {
            form: Form::new(vec![
                Field::line(
                    FieldName::DisplayName,
                    "Display name",
                    &account.display_name,
                )
                .required(),
                Field::line(
                    FieldName::Organization,
                    "Organization",
                    &account.organization,
                )
                .hint("leave empty if you work independently"),
                Field::choice(FieldName::Region, "WHO region", regions, region)
                    .required()
                    .hint("← → to choose"),
                Field::line(FieldName::TimeZone, "Time zone", &account.time_zone)
                    .required()
                    .hint("e.g. Africa/Nairobi, America/Lima, Asia/Manila, Europe/Lisbon"),
                Field::lines(FieldName::Bio, "Bio", &account.bio, 5)
                    .hint("a few lines about your work; Enter starts a new line"),
                Field::picks(
                    FieldName::Competencies,
                    "Competencies",
                    Competency::ALL.iter().map(|c| c.label()),
                    &Competency::ALL
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| account.competencies.contains(c))
                        .map(|(i, _)| i)
                        .collect::<Vec<_>>(),
                )
                .hint("for the people directory and what builds them (for your learning); ← → moves, Space ticks"),
            ]),
        }
    }
}

impl View for EditProfile {
    fn title(&self, _ctx: &Ctx) -> String {
        "Edit profile".into()
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
                    Ok(Outcome::account(account, "Profile saved.", 1))
                }),
            }
        })
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let rest = intro(
            frame,
            area,
            "How other members see you. Ctrl-S saves, Esc leaves without saving.",
            ctx,
        );
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
                Field::line(FieldName::Key, "Public key", "")
                    .required()
                    .hint("paste one line, e.g. the contents of ~/.ssh/id_ed25519.pub"),
            ]),
        }
    }
}

impl View for AddKey {
    fn title(&self, _ctx: &Ctx) -> String {
        "Add an SSH key".into()
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
                    Ok(Outcome::account(
                        account,
                        "Key added: you can now log in with it too.",
                        1,
                    ))
                }),
            }
        })
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let rest = intro(
            frame,
            area,
            "Add a key to log in from another machine. On that machine run: cat ~/.ssh/id_ed25519.pub (or create a key with ssh-keygen -t ed25519), then paste the line here. Only the public half: never paste a private key.",
            ctx,
        );
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
            fields.push(Field::secret(FieldName::Current, "Current password").required());
        }
        fields.push(
            Field::secret(FieldName::New, "New password")
                .required()
                .hint(format!(
                    "at least {min} characters; a few words are easy to remember"
                )),
        );
        fields.push(
            Field::secret(FieldName::Confirm, "Again")
                .required()
                .hint("type it once more"),
        );
        PasswordForm {
            form: Form::new(fields),
            needs_current,
        }
    }
}

impl View for PasswordForm {
    fn title(&self, _ctx: &Ctx) -> String {
        "Password".into()
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
                    let say = format!("Password set. From another machine: {ssh}");
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
        let unset = format!("Set a password to log in from a machine without your key:\n  {ssh}");
        let words = match (has, self.needs_current) {
            (false, _) => unset.as_str(),
            (true, true) => {
                "Change your password. You logged in with it, so give the current one first."
            }
            (true, false) => {
                "Change your password. You logged in with your key, so the current password is not needed."
            }
        };
        let rest = intro(frame, area, words, ctx);
        self.form.render(frame, rest, ctx.theme);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }
}
