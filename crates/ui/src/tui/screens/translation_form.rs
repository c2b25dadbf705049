//! A member translates a library entry or a news item: the language, the
//! title and the text (the entry's summary, the item's body), sent to the
//! committee like any submission. Ctrl-S sends, Ctrl-D keeps a draft.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::submit_form::SubmitForm;
use super::{Ctx, Screen, Step, View};
use crate::tui::form::{Field, Form};
use crate::tui::keymap::Binding;
use stoa_core::domain::{Item, Language, SubmissionId, Translated, TranslationProposal};
use stoa_core::forum::FieldName;
use stoa_present::keys::Input;
use stoa_present::{lang, t};

pub struct TranslationForm {
    pub form: Form,
    of: Translated,
    /// The original's title, kept with the proposal for the queue.
    original: String,
    /// The languages offered: all but the original's.
    languages: Vec<Language>,
    sending: SubmitForm,
}

impl TranslationForm {
    /// A new translation of `of`, or a draft or returned one (`id`, with the
    /// committee's note), filled from `proposal`.
    pub fn new(
        of: Translated,
        id: Option<SubmissionId>,
        proposal: Option<&TranslationProposal>,
        note: Option<String>,
        ctx: &Ctx,
    ) -> TranslationForm {
        let (original, original_language) = match ctx.forum.original(of) {
            Ok(o) => (o.title, o.language),
            Err(_) => (
                proposal.map(|p| p.original.clone()).unwrap_or_default(),
                None,
            ),
        };
        let languages: Vec<Language> = Language::ALL
            .into_iter()
            .filter(|l| Some(*l) != original_language)
            .collect();
        // The translator's own language first chosen, when it is not the
        // original's.
        let chosen = proposal.map_or_else(lang::current, |p| p.language);
        let at = languages.iter().position(|l| *l == chosen).or(Some(0));
        let (title, text) = proposal.map_or((String::new(), String::new()), |p| {
            (p.title.clone(), p.text.clone())
        });
        let from = original_language.map_or_else(
            || t!("translation-language-unknown"),
            |l| l.native_name().to_string(),
        );
        let intro = t!(
            "translation-form-intro",
            original = stoa_present::board_item::original(of, &original),
            language = from
        );
        TranslationForm {
            form: Form::new(vec![
                Field::choice(
                    FieldName::Language,
                    t!("display-language"),
                    languages.iter().map(|l| l.native_name()),
                    at,
                )
                .hint(t!("translation-form-language-hint")),
                Field::line(FieldName::Title, t!("composer-title"), &title).required(),
                Field::editor(FieldName::Text, t!("translation-text"), &text).required(),
            ])
            .with_label_width(10),
            of,
            original,
            languages,
            sending: SubmitForm {
                id,
                note,
                intro,
                sent: |id| t!("translation-form-sent", id = id.to_string()),
            },
        }
    }

    fn item(&self) -> Item {
        Item::Translation(TranslationProposal {
            of: self.of,
            original: self.original.clone(),
            language: self
                .form
                .choice(FieldName::Language)
                .and_then(|i| self.languages.get(i).copied())
                .unwrap_or_default(),
            title: self.form.text(FieldName::Title),
            text: self.form.text(FieldName::Text),
        })
    }
}

impl View for TranslationForm {
    fn title(&self, _ctx: &Ctx) -> String {
        match self.sending.id {
            Some(_) => t!("translation-form-title-edit"),
            None => t!("translation-form-title"),
        }
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        super::submit_form::BINDINGS
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        match self.sending.handle(&mut self.form, input) {
            Ok(send) => self.sending.save(ctx, self.item(), send),
            Err(step) => step,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        self.sending.render(frame, area, ctx, &self.form);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }

    fn keep_draft(&self, ctx: &Ctx) {
        self.sending
            .keep_draft(ctx, &self.form, FieldName::Title, self.item());
    }
}

/// `T`: a member proposes a translation of an entry or a news item.
pub fn open(of: Translated, ctx: &Ctx) -> Step {
    if ctx.viewer.account().is_none() {
        return Step::error(t!("translation-sign-up-to-translate"));
    }
    if let Some(refused) = super::muted(ctx) {
        return refused;
    }
    Step::Open(Box::new(Screen::TranslationForm(Box::new(
        TranslationForm::new(of, None, None, None, ctx),
    ))))
}
