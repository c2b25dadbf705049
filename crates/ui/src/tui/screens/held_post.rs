//! Changing a held post that the committee sent back: its title (for a new
//! thread) and its text, then Ctrl-S sends it for review again.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::View;
use super::{Ctx, Step};
use crate::tui::app::{Job, Outcome};
use crate::tui::form::{Field, Form, FormStep};
use crate::tui::keymap::{self, Binding};
use stoa_core::domain::{HeldPost, SubmissionId};
use stoa_core::forum::FieldName;
use stoa_present::keys::{Input, Key};
use stoa_present::t;

pub struct HeldPostForm {
    id: SubmissionId,
    note: String,
    pub form: Form,
}

impl HeldPostForm {
    pub const BINDINGS: &[Binding] = &[
        keymap::SUBMIT_SEND,
        keymap::FORM_NEXT,
        keymap::UNDO,
        keymap::CANCEL,
        keymap::FORM_HELP,
    ];

    pub fn new(id: SubmissionId, post: &HeldPost, note: String) -> HeldPostForm {
        let mut fields = Vec::new();
        if post.parent.is_none() {
            fields
                .push(Field::line(FieldName::Title, t!("composer-title"), &post.title).required());
        }
        fields
            .push(Field::editor(FieldName::Body, t!("composer-post-field"), &post.body).required());
        let mut form = Form::new(fields).with_label_width(8);
        form.focus(FieldName::Body);
        HeldPostForm { id, note, form }
    }
}

impl View for HeldPostForm {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("held-title")
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        HeldPostForm::BINDINGS
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        match self.form.handle(input) {
            FormStep::Submit => {
                let (viewer, id) = (ctx.viewer.clone(), self.id);
                let (title, body) = (
                    self.form.text(FieldName::Title),
                    self.form.text(FieldName::Body),
                );
                Step::Run {
                    busy: "busy-sending",
                    job: Job::done(move |forum| {
                        forum.resubmit_post(&viewer, id, &title, &body)?;
                        let say = t!("held-sent-again");
                        Ok(Outcome::said(say, 1))
                    }),
                }
            }
            FormStep::Cancel => super::leave_form(self.form.changed()),
            FormStep::Ignored(Key::F(1)) => Step::Help,
            FormStep::Ignored(_) | FormStep::Consumed => Step::Stay,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let intro = t!(
            "held-changes-asked",
            note = stoa_core::forum::sanitize::inline(&self.note).to_string()
        );
        let rest = super::account_forms::intro(frame, area, &intro, ctx);
        self.form.render(frame, rest, ctx.theme);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }
}
