//! `L` on a library entry, an event or a news item: its author or the
//! editorial committee says what language it is written in, correcting what
//! was detected when it was published.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Ctx, Step, View};
use crate::tui::app::{Job, Outcome};
use crate::tui::form::{Field, Form};
use crate::tui::keymap::Binding;
use stoa_core::domain::{Language, Target};
use stoa_core::forum::FieldName;
use stoa_present::keys::Input;
use stoa_present::{t, translated};

pub struct LanguageForm {
    pub form: Form,
    target: Target,
    /// What it is, with its title: "Nuka System of Care".
    about: String,
    now: Option<Language>,
}

impl LanguageForm {
    pub fn new(target: Target, about: &str, now: Option<Language>) -> LanguageForm {
        let at = now.and_then(|l| Language::ALL.iter().position(|x| *x == l));
        LanguageForm {
            form: Form::new(vec![
                Field::choice(
                    FieldName::Language,
                    t!("composer-language"),
                    Language::ALL.iter().map(|l| l.native_name()),
                    at.or(Some(0)),
                )
                .hint(t!("language-form-hint")),
            ]),
            target,
            about: about.to_string(),
            now,
        }
    }
}

impl View for LanguageForm {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("language-form-title")
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        super::account_forms::ONE_FIELD
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let step = self.form.handle(input);
        // Unchanged, Ctrl-S still saves: confirming what was detected.
        super::account_forms::step(step, self.form.changed(), || {
            let language = self
                .form
                .choice(FieldName::Language)
                .and_then(|i| Language::ALL.get(i).copied())
                .unwrap_or_default();
            let (viewer, target) = (ctx.viewer.clone(), self.target.clone());
            Step::Run {
                busy: "busy-saving",
                job: Job::done(move |forum| {
                    forum.set_language(&viewer, &target, language)?;
                    Ok(Outcome::said(
                        t!("language-form-saved", name = language.native_name()),
                        1,
                    ))
                }),
            }
        })
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let intro = t!(
            "language-form-intro",
            about = self.about.as_str(),
            now = translated::language_name(self.now)
        );
        let rest = super::account_forms::intro(frame, area, &intro, ctx);
        self.form.render(frame, rest, ctx.theme);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }
}

/// `L`: the form, for whoever may use it (its author, the committee); a
/// refusal in words for anyone else.
pub fn open(target: Target, about: &str, now: Option<Language>, author: &str, ctx: &Ctx) -> Step {
    let mine = ctx
        .viewer
        .account()
        .is_some_and(|a| a.username.as_str() == author);
    if !mine
        && !ctx
            .forum
            .may(ctx.viewer, stoa_core::forum::Capability::ChangeOthersPosts)
    {
        return Step::error(t!("forum-languages-only-author"));
    }
    Step::Open(Box::new(super::Screen::LanguageForm(Box::new(
        LanguageForm::new(target, about, now),
    ))))
}
