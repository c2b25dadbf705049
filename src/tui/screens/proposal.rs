//! Proposing a new community: the member says what it is called, what it is
//! for and who it is for; the editorial committee reviews it. Ctrl-S sends it,
//! Ctrl-D keeps it as a draft, and a dropped connection keeps it as a draft too.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Ctx, Step};
use crate::domain::CommunityProposal;
use crate::forum::proposals::{AUDIENCE_MAX, NAME_MAX};
use crate::tui::app::{DoneKind, Job, Outcome};
use crate::tui::form::{Field, Form, FormStep};
use crate::tui::keymap::{self, Binding};
use crate::tui::keys::{Input, Key};

pub struct ProposalForm {
    /// The draft or returned proposal this replaces, if any.
    id: Option<u64>,
    /// The committee's note when the proposal came back for changes.
    note: Option<String>,
    pub form: Form,
}

impl ProposalForm {
    pub const BINDINGS: &[Binding] = &[
        keymap::SUBMIT_SEND,
        keymap::SAVE_DRAFT,
        keymap::FORM_NEXT,
        keymap::CANCEL,
        keymap::FORM_HELP,
    ];

    pub fn new(id: Option<u64>, proposal: &CommunityProposal, note: Option<String>) -> Self {
        ProposalForm {
            id,
            note,
            form: Form::new(vec![
                Field::line("name", "Name", &proposal.name)
                    .required()
                    .hint(format!(
                        "e.g. Nursing leadership; at most {NAME_MAX} characters"
                    )),
                Field::line("slug", "Short name", &proposal.slug)
                    .required()
                    .hint("for addresses and commands: a-z, 0-9 and '-', e.g. nursing"),
                Field::lines("purpose", "Purpose", &proposal.purpose, 4)
                    .required()
                    .hint("what members will share and learn there; Enter starts a new line"),
                Field::line("audience", "Who it is for", &proposal.audience)
                    .required()
                    .hint(format!(
                        "e.g. nurses and nurse managers; at most {AUDIENCE_MAX} characters"
                    )),
            ])
            .with_label_width(16),
        }
    }

    fn proposal(&self) -> CommunityProposal {
        CommunityProposal {
            slug: self.form.text("slug"),
            name: self.form.text("name"),
            purpose: self.form.text("purpose"),
            audience: self.form.text("audience"),
        }
    }

    pub fn heading(&self) -> &'static str {
        match self.id {
            Some(_) => "Edit your proposal",
            None => "Propose a community",
        }
    }

    /// Keeps what was typed as a draft (the connection is going away).
    pub fn keep_draft(&self, ctx: &Ctx) {
        if self.form.changed() && !self.form.text("name").trim().is_empty() {
            let _ = ctx
                .forum
                .propose_community(ctx.viewer, self.id, self.proposal(), false);
        }
    }

    pub fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        if *input == Input::Key(Key::Ctrl('d')) {
            return self.save(ctx, false);
        }
        match self.form.handle(input) {
            FormStep::Submit => self.save(ctx, true),
            FormStep::Cancel => super::leave_form(self.form.changed()),
            FormStep::Ignored(Key::F(1)) => Step::Help,
            FormStep::Ignored(_) | FormStep::Consumed => Step::Stay,
        }
    }

    fn save(&self, ctx: &Ctx, send: bool) -> Step {
        let (viewer, id, proposal) = (ctx.viewer.clone(), self.id, self.proposal());
        Step::Run {
            busy: if send {
                "Sending…"
            } else {
                "Keeping the draft…"
            },
            job: Job::done(DoneKind::Committee, move |forum| {
                let s = forum.propose_community(&viewer, id, proposal, send)?;
                let text = if send {
                    format!(
                        "Proposal {} sent: the editorial committee will review it. See g then s.",
                        s.id
                    )
                } else {
                    format!(
                        "Draft {} kept: find it under g then s (my submissions).",
                        s.id
                    )
                };
                Ok(Outcome::Said { text, close: 1 })
            }),
        }
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let intro = match &self.note {
            Some(note) => format!(
                "The committee asked for changes: \"{}\" Ctrl-S sends it again.",
                crate::forum::sanitize::inline(note)
            ),
            None => "The editorial committee reviews every proposal. Ctrl-S sends it; Ctrl-D keeps it as a draft.".into(),
        };
        let rest = super::account_forms::intro(frame, area, &intro, ctx);
        self.form.render(frame, rest, ctx.theme);
    }
}
