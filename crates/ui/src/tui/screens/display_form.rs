//! How the forum is drawn for this member: its language, colour, ASCII only. Each is
//! automatic (from what the terminal says), always, or never; the choice is
//! kept with the account, so it follows the member to any machine.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::View;
use super::{Ctx, Step};
use crate::tui::app::{Job, Outcome};
use crate::tui::form::{Field, Form};
use crate::tui::keymap::Binding;
use stoa_core::domain::{Account, Language, Languages, Preferences, Setting};
use stoa_core::forum::FieldName;
use stoa_present::{lang, t};

pub struct DisplayForm {
    pub form: Form,
}

impl DisplayForm {
    /// `client_language`: what the client's locale asks for, which
    /// "automatic" gives.
    pub fn new(account: &Account, client_language: Option<Language>) -> DisplayForm {
        let labels = || Setting::ALL.iter().map(|s| setting_word(*s));
        let at = |s: Setting| Setting::ALL.iter().position(|x| *x == s);
        let language_at = match account.preferences.language {
            None => Some(0),
            Some(l) => Language::ALL.iter().position(|x| *x == l).map(|i| i + 1),
        };
        DisplayForm {
            form: Form::new(vec![
                Field::choice(
                    FieldName::Language,
                    t!("display-language"),
                    language_choices(client_language.unwrap_or_default()),
                    language_at,
                )
                .hint(t!("display-language-hint")),
                Field::picks(
                    FieldName::FirstLanguages,
                    t!("display-first"),
                    Language::ALL.iter().map(|l| l.native_name()),
                    &Language::ALL
                        .iter()
                        .enumerate()
                        .filter(|(_, l)| account.preferences.first.contains(**l))
                        .map(|(i, _)| i)
                        .collect::<Vec<_>>(),
                )
                .hint(t!("display-first-hint")),
                Field::choice(
                    FieldName::Colour,
                    t!("display-colour"),
                    labels(),
                    at(account.preferences.colour),
                )
                .hint(t!("display-colour-hint")),
                Field::choice(
                    FieldName::Ascii,
                    t!("display-ascii"),
                    labels(),
                    at(account.preferences.ascii),
                )
                .hint(t!("display-ascii-hint")),
                Field::choice(
                    FieldName::Plain,
                    t!("display-plain"),
                    labels(),
                    at(account.preferences.plain),
                )
                .hint(t!("display-plain-hint")),
                Field::choice(
                    FieldName::Bell,
                    t!("display-bell"),
                    labels(),
                    at(account.preferences.bell),
                )
                .hint(t!("display-bell-hint")),
            ])
            .with_label_width(12),
        }
    }
}

/// "automatic", "always", "never", in the reader's language.
pub fn setting_word(s: Setting) -> String {
    lang::text(&format!("setting-{}", s.label()))
}

/// The language choices: automatic first (saying which language that gives
/// now), then each language in its own name, with how much of it is still
/// English when it is partial.
pub fn language_choices(automatic: Language) -> Vec<String> {
    let mut choices = vec![t!(
        "display-language-automatic",
        name = automatic.native_name()
    )];
    for l in Language::ALL {
        let missing = lang::missing(l);
        choices.push(if missing == 0 {
            l.native_name().to_string()
        } else {
            t!(
                "language-partial",
                name = l.native_name(),
                missing = missing
            )
        });
    }
    choices
}

impl View for DisplayForm {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("display-title")
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
            let language = self
                .form
                .choice(FieldName::Language)
                .and_then(|i| i.checked_sub(1))
                .and_then(|i| Language::ALL.get(i).copied());
            let first = Languages::of(
                self.form
                    .picked(FieldName::FirstLanguages)
                    .into_iter()
                    .filter_map(|i| Language::ALL.get(i).copied()),
            );
            let preferences = Preferences {
                language,
                first,
                colour: pick(FieldName::Colour),
                ascii: pick(FieldName::Ascii),
                plain: pick(FieldName::Plain),
                bell: pick(FieldName::Bell),
            };
            Step::Run {
                busy: "busy-saving",
                job: Job::done(move |forum| {
                    let account = forum.set_preferences(&account, preferences)?;
                    // Said in the language just chosen.
                    let chosen = lang::choose(Some(&account), Some(lang::current()));
                    let say = lang::text_in(chosen, "display-saved", &[]);
                    Ok(Outcome::account(account, say, 1))
                }),
            }
        })
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let rest = super::account_forms::intro(frame, area, &t!("display-intro"), ctx);
        self.form.render(frame, rest, ctx.theme);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }
}
