//! What the forms that send an item to the editorial committee share: Ctrl-S
//! sends it, Ctrl-D keeps it as a draft (as a dropped connection does), Esc
//! leaves, and when the item came back for changes the committee's note shows
//! above the fields.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Ctx, Step};
use crate::tui::app::{Job, Outcome};
use crate::tui::form::{Form, FormStep};
use crate::tui::keymap::{self, Binding};
use stoa_core::domain::{Item, SubmissionId};
use stoa_core::forum::FieldName;
use stoa_present::keys::{Input, Key};
use stoa_present::t;

pub const BINDINGS: &[Binding] = &[
    keymap::SUBMIT_SEND,
    keymap::SAVE_DRAFT,
    keymap::FORM_NEXT,
    keymap::CANCEL,
    keymap::FORM_HELP,
];

/// A submission form's place in the workflow.
pub struct SubmitForm {
    /// The draft or returned submission this replaces, if any.
    pub id: Option<SubmissionId>,
    /// The committee's note when it came back for changes.
    pub note: Option<String>,
    /// What the form says above its fields when there is no note (in the
    /// reader's language: `t!("…-intro")`).
    pub intro: String,
    /// The status line once sent, from the submission's id.
    pub sent: fn(SubmissionId) -> String,
}

impl SubmitForm {
    /// The form takes the key, or it asks to save: `Ok(true)` to send,
    /// `Ok(false)` to keep a draft.
    pub fn handle(&self, form: &mut Form, input: &Input) -> Result<bool, Step> {
        if *input == Input::Key(Key::Ctrl('d')) {
            return Ok(false);
        }
        match form.handle(input) {
            FormStep::Submit => Ok(true),
            FormStep::Cancel => Err(super::leave_form(form.changed())),
            FormStep::Ignored(Key::F(1)) => Err(Step::Help),
            FormStep::Ignored(_) | FormStep::Consumed => Err(Step::Stay),
        }
    }

    /// Sends `item`, or keeps it as a draft, off the reactor.
    pub fn save(&self, ctx: &Ctx, item: Item, sending: bool) -> Step {
        let (viewer, id, sent) = (ctx.viewer.clone(), self.id, self.sent);
        Step::Run {
            busy: if sending {
                "busy-sending"
            } else {
                "busy-keeping-the-draft"
            },
            job: Job::done(move |forum| {
                let s = forum.propose(&viewer, id, item, sending)?;
                let text = if sending {
                    sent(s.id)
                } else {
                    t!("submit-draft-kept", id = s.id.to_string())
                };
                Ok(Outcome::said(text, 1))
            }),
        }
    }

    /// Keeps what was typed as a draft (the connection is going away), once the
    /// field that names it (`named`) holds something.
    pub fn keep_draft(&self, ctx: &Ctx, form: &Form, named: FieldName, item: Item) {
        if form.changed() && !form.text(named).trim().is_empty() {
            let _ = ctx.forum.propose(ctx.viewer, self.id, item, false);
        }
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx, form: &Form) {
        let intro = match &self.note {
            Some(note) => t!(
                "submit-changes-asked",
                note = stoa_core::forum::sanitize::inline(note).as_ref()
            ),
            None => self.intro.clone(),
        };
        let rest = super::account_forms::intro(frame, area, &intro, ctx);
        form.render(frame, rest, ctx.theme);
    }
}
