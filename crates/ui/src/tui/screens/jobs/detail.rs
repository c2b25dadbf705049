//! One job, training or educational opportunity in full, with how to apply. Its
//! poster closes it early with `C`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use stoa_present::when::Days;

use super::super::BoardForm;
use super::super::View;
use super::super::changes;
use super::super::list::Scroll;
use super::super::reason_form::{Act, ReasonForm};
use super::super::{Confirm, Confirmed, Ctx, Screen, Step, common, item_view};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::{Job, JobId};
use stoa_core::forum::Capability;
use stoa_core::forum::Change;
use stoa_core::forum::events::viewer_zone;
use stoa_core::forum::jobs::closing_soon;
use stoa_present::keys::Input;
use stoa_present::t;
use stoa_present::{text, when};

pub struct JobScreen {
    id: JobId,
    job: Option<Job>,
    problem: Option<String>,
    scroll: Scroll,
}

const READING: &[Binding] = keymap::READING;

/// The committee withdraws it; its poster or an admin may also close it
/// while it is open.
const STEWARDING_OPEN: &[Binding] = keymap::reading_keys!(CORRECT, WITHDRAW, CLOSE_JOB);

/// The committee withdraws it (one they may not close, or closed already).
const STEWARDING: &[Binding] = keymap::reading_keys!(CORRECT, WITHDRAW);

const POSTING: &[Binding] = keymap::reading_keys!(CORRECT, CLOSE_JOB);

impl JobScreen {
    pub fn new(id: JobId, ctx: &Ctx) -> JobScreen {
        let mut screen = JobScreen {
            id,
            job: None,
            problem: None,
            scroll: Scroll::default(),
        };
        screen.reload(ctx);
        screen
    }

    /// The poster (or an admin) may close it while it is open.
    fn closable(&self, ctx: &Ctx) -> bool {
        self.job
            .as_ref()
            .is_some_and(|j| ctx.forum.may_close_job(ctx.viewer, j))
    }
}

impl View for JobScreen {
    fn title(&self, _ctx: &Ctx) -> String {
        match &self.job {
            Some(j) => t!(
                "jobs-job-title",
                kind = text::capitalised(&stoa_present::terms::job_kind(j.kind)),
                title = j.title.as_str()
            ),
            None => t!("jobs-job-number", id = self.id.to_string()),
        }
    }

    fn bindings(&self, ctx: &Ctx) -> &'static [Binding] {
        let committee = ctx.forum.may(ctx.viewer, Capability::WithdrawItems);
        let listed = self.job.as_ref().is_some_and(|j| j.withdrawn.is_none());
        if committee && listed && self.closable(ctx) {
            STEWARDING_OPEN
        } else if committee && listed {
            STEWARDING
        } else if self.closable(ctx) {
            POSTING
        } else {
            READING
        }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        let Some(action) = action_for(*key, &[self.bindings(ctx)]) else {
            return Step::Ignored;
        };
        if self.scroll.apply(action) {
            return Step::Stay;
        }
        match (action, &self.job) {
            (Action::Withdraw, Some(j)) => {
                let about = t!(
                    "jobs-withdraw-about",
                    title = j.title.as_str(),
                    name = j.posted_by.as_str()
                );
                let act = Act::WithdrawJob { id: j.id };
                Step::Open(Box::new(Screen::ReasonForm(Box::new(ReasonForm::new(
                    act, &about, ctx,
                )))))
            }
            (Action::Edit, Some(j)) if ctx.forum.may_correct(ctx.viewer, &j.posted_by) => {
                Step::Open(Box::new(Screen::BoardForm(Box::new(
                    BoardForm::correcting_job(j, ctx),
                ))))
            }
            (Action::CloseJob, Some(j)) if self.closable(ctx) => Step::Confirm(Confirm {
                question: t!("jobs-close-question", title = j.title.as_str()),
                on_yes: Confirmed::CloseJob { id: j.id },
            }),
            (other, _) => common(other),
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let not_found = t!("jobs-not-found");
        let lines = match (&self.job, &self.problem) {
            (Some(j), None) => Ok(describe(j, usize::from(area.width), ctx)),
            (_, problem) => Err(problem.as_deref().unwrap_or(not_found.as_str())),
        };
        item_view::render(frame, area, ctx, &self.scroll, lines);
    }

    fn concerns(&self, change: &Change, _ctx: &Ctx) -> bool {
        changes::boards(change)
    }

    fn reload(&mut self, ctx: &Ctx) {
        match ctx.forum.job(self.id) {
            Ok(j) => {
                self.job = Some(j);
                self.problem = None;
            }
            Err(e) => self.problem = Some(e.to_string()),
        }
    }
}

fn describe(j: &Job, width: usize, ctx: &Ctx) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let measure = width.min(text::MEASURE);
    let now = ctx.forum.now();
    let about = format!(
        "{} · {}",
        text::capitalised(&stoa_present::terms::job_kind(j.kind)),
        j.organization
    );
    let label = super::super::home::demo_label(ctx, &stoa_core::store::DemoMark::Job(j.id));
    let title = format!("{label}{}", j.title);
    let mut lines = item_view::heading(&title, &about, j.withdrawn.as_ref(), width, theme);
    item_view::corrections(&mut lines, &j.corrections, ctx, width.min(text::MEASURE));
    let mut field = |label: &str, value: String, style| {
        item_view::field(&mut lines, (label, 14), &value, measure, style);
    };
    field(
        &t!("jobs-field-where"),
        stoa_present::terms::job_place(j),
        theme.text,
    );
    if let Some(r) = j.region {
        field(
            &t!("jobs-field-region"),
            stoa_present::terms::region(r),
            theme.text,
        );
    }
    let closes = j.closes.weekday_date();
    let (closing, style) = match j.closed_early {
        Some(at) => (
            t!(
                "jobs-closed-early-on",
                date = at.to_zoned(viewer_zone(ctx.viewer)).short_date()
            ),
            theme.dim,
        ),
        None if j.withdrawn.is_some() => (t!("jobs-closes-withdrawn", date = closes), theme.dim),
        None if !j.open(now) => (t!("jobs-closes-closed", date = closes), theme.dim),
        None if closing_soon(j, now) => (
            t!(
                "jobs-closes-soon",
                date = closes,
                until = when::until(now, j.closes_at())
            ),
            theme.unread,
        ),
        None => (closes, theme.text),
    };
    field(&t!("jobs-field-closing-date"), closing, style);
    if !j.competencies.is_empty() {
        field(
            &t!("jobs-field-competencies"),
            stoa_present::terms::competencies(&j.competencies),
            theme.text,
        );
    }
    if !j.tags.is_empty() {
        field(&t!("jobs-field-tags"), j.tags.join(", "), theme.text);
    }
    lines.push(Line::from(""));
    lines.extend(stoa_present::markdown::render(
        &j.description,
        measure,
        "",
        theme,
    ));
    lines.push(Line::from(""));
    lines.push(Line::styled(t!("jobs-how-to-apply"), theme.title));
    lines.extend(stoa_present::markdown::render(
        &j.how_to_apply,
        measure.saturating_sub(2),
        "  ",
        theme,
    ));
    lines.push(Line::from(""));
    lines.push(Line::styled(
        text::fit(
            &t!(
                "jobs-posted-by-on",
                name = j.posted_by.as_str(),
                date = j
                    .published_at
                    .to_zoned(viewer_zone(ctx.viewer))
                    .short_date()
            ),
            width,
        ),
        theme.dim,
    ));
    lines
}
