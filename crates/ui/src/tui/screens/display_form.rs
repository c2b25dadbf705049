//! How the forum is drawn for this member: colour, and ASCII only. Each is
//! automatic (from what the terminal says), always, or never; the choice is
//! kept with the account, so it follows the member to any machine.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::View;
use super::{Ctx, Step};
use crate::tui::app::{Job, Outcome};
use crate::tui::form::{Field, Form};
use crate::tui::keymap::Binding;
use stoa_core::domain::{Account, Preferences, Setting};
use stoa_core::forum::FieldName;

pub struct DisplayForm {
    pub form: Form,
}

impl DisplayForm {
    pub fn new(account: &Account) -> DisplayForm {
        let labels = || Setting::ALL.iter().map(|s| s.label());
        let at = |s: Setting| Setting::ALL.iter().position(|x| *x == s);
        DisplayForm {
            form: Form::new(vec![
                Field::choice(FieldName::Colour, "Colour", labels(), at(account.preferences.colour))
                    .hint("automatic: colour unless your terminal has none or sends NO_COLOR"),
                Field::choice(
                    FieldName::Ascii,
                    "ASCII only",
                    labels(),
                    at(account.preferences.ascii),
                )
                .hint("automatic: only for old terminals and locales that are not UTF-8"),
                Field::choice(FieldName::Plain, "Plain mode", labels(), at(account.preferences.plain))
                    .hint("lines of text and numbered choices, for screen readers; from your next connection"),
                Field::choice(FieldName::Bell, "Bell", labels(), at(account.preferences.bell))
                    .hint("a terminal bell when a notification arrives; automatic: on"),
            ])
            .with_label_width(12),
        }
    }
}

impl View for DisplayForm {
    fn title(&self, _ctx: &Ctx) -> String {
        "Display".into()
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        super::account_forms::BINDINGS
    }

    fn handle(&mut self, input: &stoa_present::keys::Input, ctx: &Ctx) -> Step {
        let form_step = self.form.handle(input);
        super::account_forms::step(form_step, self.form.changed(), || {
            let Some(account) = ctx.viewer.account().cloned() else {
                return Step::Back;
            };
            let pick = |name| {
                self.form
                    .choice(name)
                    .and_then(|i| Setting::ALL.get(i).copied())
                    .unwrap_or_default()
            };
            let preferences = Preferences {
                colour: pick(FieldName::Colour),
                ascii: pick(FieldName::Ascii),
                plain: pick(FieldName::Plain),
                bell: pick(FieldName::Bell),
            };
            Step::Run {
                busy: "Saving…",
                job: Job::done(move |forum| {
                    let account = forum.set_preferences(&account, preferences)?;
                    let say = "Display saved: it applies wherever you connect from.";
                    Ok(Outcome::account(account, say, 1))
                }),
            }
        })
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let rest = super::account_forms::intro(
            frame,
            area,
            "How Stoa is drawn for you, on every machine you connect from. ← → chooses; Ctrl-S saves and applies it at once.",
            ctx,
        );
        self.form.render(frame, rest, ctx.theme);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }
}
