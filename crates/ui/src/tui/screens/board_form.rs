//! Submitting an event or a job (`n` on its board): a form for every field, with
//! the forum's message under each field that needs fixing. Ctrl-S sends it to
//! the editorial committee, Ctrl-D keeps it as a draft, and a dropped connection
//! keeps it as a draft too.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::View;
use super::submit_form::SubmitForm;
use super::{Ctx, Step};
use crate::tui::app::{Job, Outcome};
use crate::tui::form::{Field, Form, FormStep};
use crate::tui::keymap::Binding;
use stoa_core::domain::{
    Audience, Competency, Event, EventId, EventKind, EventProposal, Item, JobId, JobKind,
    JobProposal, Region, Strategy, SubmissionId,
};
use stoa_core::forum::corrections::{event_proposal_of, job_proposal_of};
use stoa_core::forum::{FieldName, ForumError};
use stoa_present::keys::{Input, Key};
use stoa_present::t;

/// Which board the form submits to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Board {
    Events,
    Jobs,
}

pub struct BoardForm {
    board: Board,
    sending: SubmitForm,
    pub form: Form,
    /// Correcting an approved item rather than submitting one.
    correcting: Option<Correcting>,
}

/// A correction is saved, not sent: no draft, no review.
const CORRECTING: &[Binding] = &[
    Binding {
        short: "key-save",
        help: "key-help-save-the-correction-it-shows-at-once",
        ..crate::tui::keymap::SUBMIT_SAVE
    },
    crate::tui::keymap::FORM_NEXT,
    crate::tui::keymap::CANCEL,
    crate::tui::keymap::FORM_HELP,
];

/// The approved item a form corrects.
#[derive(Clone, Copy, Debug)]
enum Correcting {
    Event(EventId),
    Job(JobId),
}

pub(super) fn region_choice(region: Option<Region>) -> Field {
    let chosen = region.and_then(|r| Region::ALL.iter().position(|x| *x == r));
    Field::choice(
        FieldName::Region,
        t!("board-form-region"),
        Region::ALL.iter().map(|r| stoa_present::terms::region(*r)),
        chosen,
    )
    .required()
    .hint(t!("board-form-region-hint"))
}

/// The strategies an item works on, ticked as `chosen`; optional.
pub(super) fn strategies_field(chosen: &[Strategy]) -> Field {
    let ticked: Vec<usize> = chosen
        .iter()
        .filter_map(|s| Strategy::ALL.iter().position(|x| x == s))
        .collect();
    Field::picks(
        FieldName::Strategies,
        t!("board-form-strategies"),
        Strategy::ALL.map(stoa_present::terms::strategy_short),
        &ticked,
    )
    .hint(t!("board-form-strategies-hint"))
}

pub(super) fn picked_strategies(form: &Form) -> Vec<Strategy> {
    form.picked(FieldName::Strategies)
        .iter()
        .filter_map(|i| Strategy::ALL.get(*i).copied())
        .collect()
}

/// The competencies an entry or event helps build, ticked as `chosen`.
pub(super) fn competencies_field(chosen: &[Competency]) -> Field {
    let ticked: Vec<usize> = chosen
        .iter()
        .filter_map(|c| Competency::ALL.iter().position(|x| x == c))
        .collect();
    Field::picks(
        FieldName::Competencies,
        t!("board-form-competencies"),
        Competency::ALL.map(stoa_present::terms::competency),
        &ticked,
    )
    .hint(t!("board-form-competencies-hint"))
}

/// Who an entry or event is for, ticked as `chosen`.
pub(super) fn audiences_field(chosen: &[Audience]) -> Field {
    let ticked: Vec<usize> = chosen
        .iter()
        .filter_map(|a| Audience::ALL.iter().position(|x| x == a))
        .collect();
    Field::picks(
        FieldName::Audiences,
        t!("board-form-audiences"),
        Audience::ALL.map(stoa_present::terms::audience),
        &ticked,
    )
    .hint(t!("board-form-audiences-hint"))
}

pub(super) fn picked_competencies(form: &Form) -> Vec<Competency> {
    form.picked(FieldName::Competencies)
        .iter()
        .filter_map(|i| Competency::ALL.get(*i).copied())
        .collect()
}

pub(super) fn picked_audiences(form: &Form) -> Vec<Audience> {
    form.picked(FieldName::Audiences)
        .iter()
        .filter_map(|i| Audience::ALL.get(*i).copied())
        .collect()
}

fn event_fields(p: &EventProposal, ctx: &Ctx) -> Vec<Field> {
    let kind = EventKind::ALL.iter().position(|k| *k == p.kind);
    let zone = match p.time_zone.as_str() {
        "" => ctx.viewer.account().map_or("UTC", |a| a.time_zone.as_str()),
        zone => zone,
    };
    let ticked: Vec<usize> = p
        .strategies
        .iter()
        .filter_map(|s| Strategy::ALL.iter().position(|x| x == s))
        .collect();
    vec![
        Field::choice(
            FieldName::Kind,
            t!("board-form-kind"),
            EventKind::ALL.map(|k| k.label()),
            kind,
        )
        .required()
        .hint(t!("signup-region-hint")),
        Field::line(FieldName::Title, t!("composer-title"), &p.title)
            .required()
            .hint(t!("board-form-event-title-hint")),
        Field::line(FieldName::Starts, t!("board-form-starts"), &p.starts)
            .required()
            .hint(t!("board-form-starts-hint")),
        Field::line(FieldName::Ends, t!("board-form-ends"), &p.ends)
            .required()
            .hint(t!("board-form-ends-hint")),
        Field::line(FieldName::TimeZone, t!("signup-time-zone"), zone)
            .required()
            .hint(t!("board-form-time-zone-hint")),
        Field::line(FieldName::Online, t!("board-form-online"), &p.online)
            .hint(t!("board-form-online-hint")),
        Field::line(FieldName::City, t!("board-form-city"), &p.city)
            .hint(t!("board-form-city-hint")),
        Field::line(FieldName::Country, t!("board-form-country"), &p.country),
        Field::line(
            FieldName::Organizer,
            t!("board-form-organizer"),
            &p.organizer,
        )
        .required(),
        Field::line(FieldName::Deadline, t!("board-form-deadline"), &p.deadline)
            .hint(t!("board-form-deadline-hint")),
        region_choice(p.region),
        Field::picks(
            FieldName::Strategies,
            t!("board-form-strategies"),
            Strategy::ALL.map(stoa_present::terms::strategy_short),
            &ticked,
        )
        .hint(t!("board-form-event-strategies-hint")),
        competencies_field(&p.competencies),
        audiences_field(&p.audiences),
        Field::line(FieldName::Tags, t!("board-form-tags"), &p.tags)
            .hint(t!("board-form-event-tags-hint")),
        Field::lines(
            FieldName::Description,
            t!("board-form-description"),
            &p.description,
            5,
        )
        .required()
        .hint(t!("board-form-event-description-hint")),
    ]
}

fn job_fields(p: &JobProposal) -> Vec<Field> {
    let kind = JobKind::ALL.iter().position(|k| *k == p.kind);
    let mut remote = Field::check(
        FieldName::Remote,
        t!("board-form-remote"),
        t!("board-form-remote-text"),
    );
    if p.remote {
        remote = remote.ticked();
    }
    vec![
        Field::choice(
            FieldName::Kind,
            t!("board-form-kind"),
            JobKind::ALL.map(|k| k.label()),
            kind,
        )
        .required()
        .hint(t!("signup-region-hint")),
        Field::line(FieldName::Title, t!("composer-title"), &p.title)
            .required()
            .hint(t!("board-form-job-title-hint")),
        Field::line(
            FieldName::Organization,
            t!("signup-organization"),
            &p.organization,
        )
        .required(),
        Field::line(FieldName::Location, t!("board-form-location"), &p.location)
            .hint(t!("board-form-location-hint")),
        Field::line(FieldName::Country, t!("board-form-country"), &p.country),
        region_choice(p.region),
        remote,
        Field::line(FieldName::Closes, t!("board-form-closes"), &p.closes)
            .required()
            .hint(t!("board-form-closes-hint")),
        strategies_field(&p.strategies),
        competencies_field(&p.competencies),
        Field::line(FieldName::Tags, t!("board-form-tags"), &p.tags)
            .hint(t!("board-form-job-tags-hint")),
        Field::lines(
            FieldName::Description,
            t!("board-form-description"),
            &p.description,
            4,
        )
        .required()
        .hint(t!("board-form-job-description-hint")),
        Field::lines(
            FieldName::HowToApply,
            t!("board-form-how-to-apply"),
            &p.how_to_apply,
            3,
        )
        .required(),
    ]
}

impl BoardForm {
    pub const BINDINGS: &[Binding] = super::submit_form::BINDINGS;

    /// A form for `item` (an event or a job; anything else opens an empty event).
    pub fn new(
        id: Option<SubmissionId>,
        item: &Item,
        note: Option<String>,
        ctx: &Ctx,
    ) -> BoardForm {
        let (board, fields) = match item {
            Item::Job(p) => (Board::Jobs, job_fields(p)),
            Item::Event(p) => (Board::Events, event_fields(p, ctx)),
            _ => (Board::Events, event_fields(&EventProposal::default(), ctx)),
        };
        BoardForm {
            board,
            sending: SubmitForm {
                id,
                note,
                intro: t!("board-form-intro"),
                sent: |id| t!("board-form-sent", id = id.to_string()),
            },
            form: Form::new(fields).with_label_width(15),
            correcting: None,
        }
    }

    /// The form filled with an approved event, to correct it, with why.
    pub fn correcting_event(event: &Event, ctx: &Ctx) -> BoardForm {
        let item = Item::Event(event_proposal_of(event));
        BoardForm::correcting(Correcting::Event(event.id), &item, ctx)
    }

    /// The form filled with an approved job, to correct it, with why.
    pub fn correcting_job(job: &stoa_core::domain::Job, ctx: &Ctx) -> BoardForm {
        let item = Item::Job(job_proposal_of(job));
        BoardForm::correcting(Correcting::Job(job.id), &item, ctx)
    }

    fn correcting(what: Correcting, item: &Item, ctx: &Ctx) -> BoardForm {
        let mut form = BoardForm::new(None, item, None, ctx);
        let mut fields = vec![
            Field::line(FieldName::Reason, t!("board-form-why"), "")
                .required()
                .hint(t!("board-form-why-hint")),
        ];
        fields.extend(match item {
            Item::Job(p) => job_fields(p),
            Item::Event(p) => event_fields(p, ctx),
            _ => Vec::new(),
        });
        form.form = Form::new(fields).with_label_width(15);
        form.correcting = Some(what);
        form
    }

    /// Ctrl-S on a correction: it is saved at once.
    fn save_correction(&self, what: Correcting, ctx: &Ctx) -> Step {
        let viewer = ctx.viewer.clone();
        let reason = self.form.text(FieldName::Reason);
        let item = self.item();
        Step::Run {
            busy: "busy-correcting",
            job: Job::done(move |forum| {
                let title = match (what, item) {
                    (Correcting::Event(id), Item::Event(p)) => {
                        forum.correct_event(&viewer, id, p, &reason)?.title
                    }
                    (Correcting::Job(id), Item::Job(p)) => {
                        forum.correct_job(&viewer, id, p, &reason)?.title
                    }
                    _ => return Err(ForumError::NotAllowed(t!("board-form-not-this-kind"))),
                };
                Ok(Outcome::said(t!("board-form-corrected", title = title), 1))
            }),
        }
    }

    pub fn empty(board: Board, ctx: &Ctx) -> BoardForm {
        let item = match board {
            Board::Events => Item::Event(EventProposal::default()),
            Board::Jobs => Item::Job(JobProposal::default()),
        };
        BoardForm::new(None, &item, None, ctx)
    }

    pub fn heading(&self) -> String {
        if self.correcting.is_some() {
            return match self.board {
                Board::Events => t!("board-form-correct-event"),
                Board::Jobs => t!("board-form-correct-job"),
            };
        }
        match (self.board, self.sending.id) {
            (Board::Events, None) => t!("board-form-submit-event"),
            (Board::Events, Some(_)) => t!("board-form-edit-event"),
            (Board::Jobs, None) => t!("board-form-submit-job"),
            (Board::Jobs, Some(_)) => t!("board-form-edit-job"),
        }
    }

    fn item(&self) -> Item {
        let f = &self.form;
        let region = f
            .choice(FieldName::Region)
            .and_then(|i| Region::ALL.get(i).copied());
        match self.board {
            Board::Events => Item::Event(EventProposal {
                kind: f
                    .choice(FieldName::Kind)
                    .and_then(|i| EventKind::ALL.get(i).copied())
                    .unwrap_or_default(),
                title: f.text(FieldName::Title),
                starts: f.text(FieldName::Starts),
                ends: f.text(FieldName::Ends),
                time_zone: f.text(FieldName::TimeZone),
                online: f.text(FieldName::Online),
                city: f.text(FieldName::City),
                country: f.text(FieldName::Country),
                organizer: f.text(FieldName::Organizer),
                deadline: f.text(FieldName::Deadline),
                description: f.text(FieldName::Description),
                strategies: f
                    .picked(FieldName::Strategies)
                    .iter()
                    .map(|i| Strategy::ALL[*i])
                    .collect(),
                region,
                tags: f.text(FieldName::Tags),
                competencies: picked_competencies(f),
                audiences: picked_audiences(f),
            }),
            Board::Jobs => Item::Job(JobProposal {
                strategies: picked_strategies(f),
                kind: f
                    .choice(FieldName::Kind)
                    .and_then(|i| JobKind::ALL.get(i).copied())
                    .unwrap_or_default(),
                title: f.text(FieldName::Title),
                organization: f.text(FieldName::Organization),
                location: f.text(FieldName::Location),
                country: f.text(FieldName::Country),
                region,
                remote: f.checked(FieldName::Remote),
                closes: f.text(FieldName::Closes),
                competencies: picked_competencies(f),
                tags: f.text(FieldName::Tags),
                description: f.text(FieldName::Description),
                how_to_apply: f.text(FieldName::HowToApply),
            }),
        }
    }
}

impl View for BoardForm {
    fn title(&self, _ctx: &Ctx) -> String {
        self.heading()
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        if self.correcting.is_some() {
            CORRECTING
        } else {
            BoardForm::BINDINGS
        }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        if let Some(what) = self.correcting {
            return match self.form.handle(input) {
                FormStep::Submit => self.save_correction(what, ctx),
                FormStep::Cancel => super::leave_form(self.form.changed()),
                FormStep::Ignored(Key::F(1)) => Step::Help,
                FormStep::Ignored(_) | FormStep::Consumed => Step::Stay,
            };
        }
        match self.sending.handle(&mut self.form, input) {
            Ok(send) => self.sending.save(ctx, self.item(), send),
            Err(step) => step,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        if self.correcting.is_some() {
            let rest =
                super::account_forms::intro(frame, area, &t!("board-form-correction-intro"), ctx);
            self.form.render(frame, rest, ctx.theme);
            return;
        }
        self.sending.render(frame, area, ctx, &self.form);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }

    /// Keeps what was typed as a draft (the connection is going away). A
    /// correction is not a submission: it has no draft to keep.
    fn keep_draft(&self, ctx: &Ctx) {
        if self.correcting.is_some() {
            return;
        }
        self.sending
            .keep_draft(ctx, &self.form, FieldName::Title, self.item());
    }
}
