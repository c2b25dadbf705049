//! Proposing a new community: the member says what it is called, what it is
//! for and who it is for; the editorial committee reviews it. Ctrl-S sends it,
//! Ctrl-D keeps it as a draft, and a dropped connection keeps it as a draft too.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::View;
use super::submit_form::SubmitForm;
use super::{Ctx, Step};
use crate::tui::form::{Field, Form};
use crate::tui::keymap::Binding;
use stoa_core::domain::{CommunityProposal, Item, SubmissionId};
use stoa_core::forum::FieldName;
use stoa_core::forum::proposals::{AUDIENCE_MAX, NAME_MAX};
use stoa_present::keys::Input;
use stoa_present::t;

pub struct ProposalForm {
    sending: SubmitForm,
    pub form: Form,
}

fn members_only(ticked: bool) -> Field {
    let field = Field::check(
        FieldName::MembersOnly,
        t!("proposal-members-only"),
        t!("proposal-members-only-text"),
    );
    if ticked { field.ticked() } else { field }
}

impl ProposalForm {
    pub const BINDINGS: &[Binding] = super::submit_form::BINDINGS;

    pub fn new(
        id: Option<SubmissionId>,
        proposal: &CommunityProposal,
        note: Option<String>,
    ) -> Self {
        ProposalForm {
            sending: SubmitForm {
                id,
                note,
                intro: t!("proposal-intro"),
                sent: |id| t!("proposal-sent", id = id.to_string()),
            },
            form: Form::new(vec![
                Field::line(FieldName::Name, t!("proposal-name"), &proposal.name)
                    .required()
                    .hint(t!("proposal-name-hint", max = NAME_MAX)),
                Field::line(FieldName::Slug, t!("proposal-short-name"), &proposal.slug)
                    .required()
                    .hint(t!("proposal-short-name-hint")),
                Field::lines(
                    FieldName::Purpose,
                    t!("proposal-purpose"),
                    &proposal.purpose,
                    4,
                )
                .required()
                .hint(t!("proposal-purpose-hint")),
                Field::line(
                    FieldName::Audience,
                    t!("proposal-audience"),
                    &proposal.audience,
                )
                .required()
                .hint(t!("proposal-audience-hint", max = AUDIENCE_MAX)),
                members_only(proposal.members_only),
                super::board_form::strategies_field(&proposal.strategies),
            ])
            .with_label_width(16),
        }
    }

    fn proposal(&self) -> CommunityProposal {
        CommunityProposal {
            strategies: super::board_form::picked_strategies(&self.form),
            slug: self.form.text(FieldName::Slug),
            name: self.form.text(FieldName::Name),
            purpose: self.form.text(FieldName::Purpose),
            audience: self.form.text(FieldName::Audience),
            members_only: self.form.checked(FieldName::MembersOnly),
        }
    }

    pub fn heading(&self) -> String {
        match self.sending.id {
            Some(_) => t!("proposal-edit"),
            None => t!("proposal-new"),
        }
    }
}

impl View for ProposalForm {
    fn title(&self, _ctx: &Ctx) -> String {
        self.heading()
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        ProposalForm::BINDINGS
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        match self.sending.handle(&mut self.form, input) {
            Ok(send) => self
                .sending
                .save(ctx, Item::Community(self.proposal()), send),
            Err(step) => step,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        self.sending.render(frame, area, ctx, &self.form);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }

    /// Keeps what was typed as a draft (the connection is going away).
    fn keep_draft(&self, ctx: &Ctx) {
        let item = Item::Community(self.proposal());
        self.sending
            .keep_draft(ctx, &self.form, FieldName::Name, item);
    }
}
