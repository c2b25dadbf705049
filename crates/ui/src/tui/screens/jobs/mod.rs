//! The jobs board (`g` then `j`): open jobs, trainings and educational
//! opportunities by closing date, and the archive of closed ones. `F` filters by
//! kind, region, remote and competency; `n` submits one.

mod detail;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::View;
use super::board_form::Board;
use super::changes;
use super::events::{FILTERING, submit};
use super::list::{Listed, Selection, entries, marked_line, tab_line};
use super::{Ctx, Screen, Step, common};
use crate::tui::form::{Field, Form, FormStep};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::LastPlace;
use stoa_core::domain::{Competency, Job, JobKind, Region};
use stoa_core::forum::Change;
use stoa_core::forum::FieldName;
use stoa_core::forum::JobFilter;
use stoa_core::forum::jobs::closing_soon;
use stoa_present::keys::{Input, Key};
use stoa_present::t;
use stoa_present::text;

pub use detail::JobScreen;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tab {
    Open,
    Archive,
}

pub struct JobsBoard {
    tab: Tab,
    list: Listed<Job>,
    filter: JobFilter,
    filtering: Option<Form>,
}

const BROWSING: &[Binding] = &[
    keymap::UP,
    keymap::DOWN,
    keymap::OPEN,
    Binding {
        help: "key-help-submit-a-job-training-or-opportunity-to-the-edit",
        short: "key-submit",
        ..keymap::PROPOSE
    },
    Binding {
        help: "key-help-filter-by-kind-region-remote-or-competency",
        ..keymap::FILTER
    },
    keymap::SAVE_ALERT,
    Binding {
        help: "key-help-the-other-tab-open-archive-also-and",
        ..keymap::NEXT_TAB
    },
    keymap::PREV_TAB,
    keymap::BACK,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    keymap::TOP,
    keymap::BOTTOM,
    keymap::GOTO,
    keymap::HELP,
];

fn filter_form(f: &JobFilter) -> Form {
    let chosen = |i: Option<usize>| Some(i.map_or(0, |i| i + 1));
    let with_any = |labels: Vec<String>| std::iter::once(t!("jobs-filter-any")).chain(labels);
    let mut remote = Field::check(
        FieldName::Remote,
        t!("jobs-filter-remote"),
        t!("jobs-filter-remote-only"),
    );
    if f.remote {
        remote = remote.ticked();
    }
    Form::new(vec![
        Field::choice(
            FieldName::Kind,
            t!("jobs-filter-kind"),
            with_any(
                JobKind::ALL
                    .iter()
                    .map(|k| stoa_present::terms::job_kind(*k))
                    .collect(),
            ),
            chosen(
                f.kind
                    .and_then(|k| JobKind::ALL.iter().position(|x| *x == k)),
            ),
        )
        .hint(t!("signup-region-hint")),
        Field::choice(
            FieldName::Region,
            t!("jobs-filter-region"),
            with_any(
                Region::ALL
                    .iter()
                    .map(|r| stoa_present::terms::region(*r))
                    .collect(),
            ),
            chosen(
                f.region
                    .and_then(|r| Region::ALL.iter().position(|x| *x == r)),
            ),
        )
        .hint(t!("signup-region-hint")),
        remote,
        Field::choice(
            FieldName::Competency,
            t!("jobs-filter-competency"),
            with_any(
                Competency::ALL
                    .iter()
                    .map(|c| stoa_present::terms::competency(*c))
                    .collect(),
            ),
            chosen(
                f.competency
                    .and_then(|c| Competency::ALL.iter().position(|x| *x == c)),
            ),
        )
        .hint(t!("signup-region-hint")),
    ])
    .with_label_width(12)
}

impl JobsBoard {
    pub fn new(ctx: &Ctx) -> JobsBoard {
        let mut board = JobsBoard {
            tab: Tab::Open,
            list: Listed::default(),
            filter: JobFilter::default(),
            filtering: None,
        };
        board.reload(ctx);
        board
    }

    fn describe_filter(&self) -> String {
        let parts = &self.filter.parts();
        let n = self.list.items.len();
        match (parts.is_empty(), self.tab) {
            (true, Tab::Open) => t!("jobs-open-count", n = n),
            (true, Tab::Archive) => t!("jobs-closed-count", n = n),
            (false, _) => t!("jobs-filtered-count", n = n, filter = parts.join(", ")),
        }
    }
}

impl View for JobsBoard {
    fn title(&self, _ctx: &Ctx) -> String {
        match self.tab {
            Tab::Open => t!("jobs-title"),
            Tab::Archive => t!("jobs-title-archive"),
        }
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        if self.filtering.is_some() {
            FILTERING
        } else {
            BROWSING
        }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        if let Some(form) = &mut self.filtering {
            match form.handle(input) {
                FormStep::Submit => {
                    let pick = |name| form.choice(name).and_then(|i: usize| i.checked_sub(1));
                    self.filter = JobFilter {
                        kind: pick(FieldName::Kind).map(|i| JobKind::ALL[i]),
                        region: pick(FieldName::Region).map(|i| Region::ALL[i]),
                        remote: form.checked(FieldName::Remote),
                        competency: pick(FieldName::Competency).map(|i| Competency::ALL[i]),
                    };
                    self.filtering = None;
                    self.list.selection = Selection::default();
                    self.reload(ctx);
                }
                FormStep::Cancel => self.filtering = None,
                FormStep::Ignored(Key::F(1)) => return Step::Help,
                FormStep::Ignored(_) | FormStep::Consumed => {}
            }
            return Step::Stay;
        }
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        match action_for(*key, &[BROWSING]) {
            Some(action) if self.list.apply(action) => Step::Stay,
            Some(Action::Open) => match self.list.selected() {
                Some(j) => Step::Open(Box::new(Screen::Job(Box::new(JobScreen::new(j.id, ctx))))),
                None => Step::Ignored,
            },
            Some(Action::Propose) => submit(Board::Jobs, ctx),
            Some(Action::SaveAlert) => super::events::save_alert(
                stoa_core::forum::alerts::Alert::Jobs(self.filter.clone()),
                ctx,
            ),
            Some(Action::Filter) => {
                self.filtering = Some(filter_form(&self.filter));
                Step::Stay
            }
            Some(Action::NextTab | Action::PrevTab) => {
                self.tab = match self.tab {
                    Tab::Open => Tab::Archive,
                    Tab::Archive => Tab::Open,
                };
                self.list.selection = Selection::default();
                self.reload(ctx);
                Step::Stay
            }
            Some(action) => common(action),
            None => Step::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let [tabs, body] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
        let shown = usize::from(self.tab == Tab::Archive);
        let labels = vec![t!("jobs-tab-open"), t!("jobs-tab-archive")];
        frame.render_widget(Paragraph::new(tab_line(labels, shown, theme)), tabs);
        let body = match &self.filtering {
            Some(form) => {
                let [top, rest] =
                    Layout::vertical([Constraint::Length(8), Constraint::Min(1)]).areas(body);
                form.render(frame, top, theme);
                rest
            }
            None => body,
        };
        // An empty board says so once: not "0 items closed" and then that
        // nothing has closed.
        let bare_and_empty =
            self.list.items.is_empty() && self.filter.is_empty() && self.list.problem.is_none();
        let mut lines = Vec::new();
        if !bare_and_empty {
            lines.push(Line::styled(
                text::fit(&self.describe_filter(), width),
                theme.dim,
            ));
        }
        if let Some(problem) = &self.list.problem {
            lines.push(Line::styled(text::fit(problem, width), theme.error));
        } else if self.list.items.is_empty() {
            let empty = match self.tab {
                _ if !self.filter.is_empty() => t!("jobs-none-match"),
                Tab::Open => t!("jobs-none-open"),
                Tab::Archive => t!("jobs-none-closed"),
            };
            lines.push(Line::styled(text::fit(&empty, width), theme.dim));
        }
        let now = ctx.forum.now();
        let rows = usize::from(body.height).saturating_sub(lines.len());
        lines.extend(entries(
            &self.list.selection,
            self.list.items.len(),
            rows,
            2,
            |i, selected| {
                let j = &self.list.items[i];
                let closes = match j.closed_early {
                    // The space lines the titles up under "closes 02 Dec".
                    Some(_) => format!("{} ", t!("jobs-closed-early")),
                    None => t!(
                        "jobs-closes-on",
                        date = stoa_present::when::day_month(j.closes, true)
                    ),
                };
                let head = text::fit(
                    &format!(
                        "{}{closes}  {}{}",
                        if selected { "> " } else { "  " },
                        super::home::demo_label(ctx, &stoa_core::store::DemoMark::Job(j.id)),
                        j.title
                    ),
                    width,
                );
                let head = if selected {
                    Line::styled(head, theme.selected)
                } else {
                    Line::styled(head, theme.title)
                };
                let mut about = vec![
                    stoa_present::terms::job_kind(j.kind),
                    j.organization.clone(),
                    stoa_present::terms::job_place(j),
                ];
                if let Some(r) = j.region {
                    about.push(stoa_present::terms::region_short(r));
                }
                if !j.competencies.is_empty() {
                    about.push(stoa_present::terms::competencies(&j.competencies));
                }
                let mark = closing_soon(j, now).then(|| t!("jobs-closing-soon"));
                vec![head, marked_line(mark, &about, width, theme)]
            },
        ));
        frame.render_widget(Paragraph::new(lines), body);
    }

    fn concerns(&self, change: &Change, _ctx: &Ctx) -> bool {
        changes::boards(change)
    }

    fn reload(&mut self, ctx: &Ctx) {
        let selected = self.list.selected().map(|j| j.id);
        self.list.load(match self.tab {
            Tab::Open => ctx.forum.open_jobs(&self.filter),
            Tab::Archive => ctx.forum.archived_jobs(&self.filter),
        });
        if let Some(i) = self.list.items.iter().position(|j| Some(j.id) == selected) {
            self.list.selection.index = i;
        }
    }

    fn last_place(&self) -> Option<LastPlace> {
        Some(LastPlace::Jobs)
    }
}
