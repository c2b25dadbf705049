//! Sign-up: a guest becomes a member. The key they connected with becomes their login.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use stoa_core::domain::Language;
use stoa_present::t;

use super::View;
use super::policy::Policy;
use super::{Ctx, Screen, Step};
use crate::tui::app::{Job, Next, Outcome};
use crate::tui::form::{Field, Form, FormStep};
use crate::tui::keymap::{self, Action, Binding};
use stoa_core::domain::Region;
use stoa_core::forum::FieldName;
use stoa_core::forum::{SignUp, Viewer, validate};
use stoa_present::keys::{Input, Key};
use stoa_present::text;

pub struct SignUpForm {
    pub form: Form,
}

const READ_POLICY: Binding = Binding {
    keys: &[Key::Enter],
    label: "Enter",
    short: "",
    help: "key-help-on-the-policy-line-read-the-editorial-policy",
    action: Action::ReadPolicy,
};

impl SignUpForm {
    pub const BINDINGS: &[Binding] = &[
        // Most used first: a narrow footer keeps signing up and leaving.
        keymap::SUBMIT_SIGN_UP,
        keymap::CANCEL,
        keymap::FORM_NEXT,
        keymap::FORM_PREV,
        keymap::CHOOSE,
        READ_POLICY,
        keymap::FORM_HELP,
    ];

    pub fn new(ctx: &Ctx) -> SignUpForm {
        let regions = Region::ALL.iter().map(|r| stoa_present::terms::region(*r));
        let form = Form::new(vec![
            Field::line(FieldName::Username, t!("signup-username"), "")
                .required()
                .hint(validate::username_rule()),
            Field::line(FieldName::DisplayName, t!("signup-display-name"), "")
                .required()
                .hint(t!("signup-display-name-hint")),
            Field::line(FieldName::Organization, t!("signup-organization"), "")
                .hint(t!("signup-organization-hint")),
            Field::choice(FieldName::Region, t!("signup-region"), regions, None)
                .required()
                .hint(t!("signup-region-hint")),
            Field::line(FieldName::TimeZone, t!("signup-time-zone"), "UTC")
                .required()
                .hint(t!("signup-time-zone-hint")),
            Field::check(
                FieldName::Policy,
                t!("signup-policy"),
                t!("signup-policy-accept"),
            )
            .required()
            .hint(t!("signup-policy-hint")),
            // Automatic first: the client's locale decides until the member
            // picks a language, kept with the account wherever they connect.
            Field::choice(
                FieldName::Language,
                t!("display-language"),
                super::display_form::language_choices(ctx.client_language.unwrap_or_default()),
                Some(0),
            )
            .hint(t!("signup-language-hint")),
        ]);
        SignUpForm { form }
    }

    pub fn accept_policy(&mut self) {
        self.form.set_checked(FieldName::Policy, true);
    }

    fn values(&self) -> SignUp {
        SignUp {
            username: self.form.text(FieldName::Username).trim().to_string(),
            display_name: self.form.text(FieldName::DisplayName),
            organization: self.form.text(FieldName::Organization),
            region: self.form.choice(FieldName::Region).map(|i| Region::ALL[i]),
            time_zone: self.form.text(FieldName::TimeZone),
            accepted_policy: self.form.checked(FieldName::Policy),
            // The first choice, automatic, leaves it to the client's locale.
            language: self
                .form
                .choice(FieldName::Language)
                .and_then(|i| i.checked_sub(1))
                .and_then(|i| Language::ALL.get(i).copied()),
        }
    }

    fn submit(&mut self, ctx: &Ctx) -> Step {
        let Viewer::Guest { key: Some(key) } = ctx.viewer else {
            return Step::error(super::NEEDS_KEY);
        };
        let values = self.values();
        // Check here first so a mistake is shown at once, without a trip to storage.
        let errors = values.check();
        if !errors.is_empty() {
            let unplaced = self.form.show_errors(&errors);
            return Step::error(crate::tui::app::needs_attention(&errors, &unplaced));
        }
        let key = key.clone();
        Step::Run {
            busy: "busy-creating-your-account",
            job: Job::done(move |forum| {
                let account = forum.sign_up(&key, values)?;
                // The first account is made admin: it is told so.
                let say = if account.role == stoa_core::domain::Role::Admin {
                    t!("signup-welcome-first", name = account.display_name.as_str())
                } else {
                    t!("signup-welcome", name = account.display_name.as_str())
                };
                Ok(Outcome {
                    say,
                    close: 0,
                    next: Next::SignedUp(Box::new(account)),
                })
            }),
        }
    }
}

impl View for SignUpForm {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("signup-title")
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        SignUpForm::BINDINGS
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        match self.form.handle(input) {
            FormStep::Submit => self.submit(ctx),
            FormStep::Cancel => super::leave_form(self.form.changed()),
            FormStep::Ignored(Key::Enter) if self.form.focused() == FieldName::Policy => {
                Step::Open(Box::new(Screen::Policy(Policy::new(true))))
            }
            FormStep::Ignored(Key::Char('?') | Key::F(1)) => Step::Help,
            FormStep::Ignored(_) | FormStep::Consumed => Step::Stay,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let width = usize::from(area.width);
        let [intro, fields, key_area] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Min(2),
            Constraint::Length(2),
        ])
        .areas(area);
        frame.render_widget(
            Paragraph::new(Line::styled(
                text::fit(&t!("signup-intro"), width),
                ctx.theme.title,
            )),
            intro,
        );
        self.form.render(frame, fields, ctx.theme);
        let key_line = match ctx.viewer {
            Viewer::Guest { key: Some(key) } => {
                t!(
                    "signup-your-key",
                    key = format!("{} {}", key.algorithm(), key.fingerprint())
                )
            }
            _ => {
                t!("signup-no-key")
            }
        };
        let lines: Vec<Line> = text::wrap(&key_line, width)
            .into_iter()
            .take(2)
            .map(|l| Line::styled(l, ctx.theme.dim))
            .collect();
        frame.render_widget(Paragraph::new(lines), key_area);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }
}
