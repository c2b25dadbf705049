//! The events board (`g` then `e`): upcoming events by date in the reader's own
//! time zone, past events, and the events the member answered, in three tabs.
//! `F` filters by kind, region, strategy and month; `n` submits an event.

mod detail;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use stoa_present::when::Times;

use super::View;
use super::board_form::{Board, BoardForm};
use super::changes;
use super::list::{Listed, Selection, entries, fitted_tabs, marked_line};
use super::{Ctx, Screen, Step, common};
use crate::tui::form::{Field, Form, FormStep};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::LastPlace;
use stoa_core::domain::{Audience, Competency, EventKind, Region, Strategy};
use stoa_core::forum::Change;
use stoa_core::forum::FieldName;
use stoa_core::forum::events::{deadline_soon, viewer_zone};
use stoa_core::forum::{EventFilter, EventListing};
use stoa_present::keys::{Input, Key};
use stoa_present::t;
use stoa_present::text;

pub use detail::EventScreen;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tab {
    Upcoming,
    Past,
    Mine,
    /// Upcoming events that build a competency in the reader's profile.
    Learning,
}

const TABS: [Tab; 4] = [Tab::Upcoming, Tab::Past, Tab::Mine, Tab::Learning];

pub struct EventsBoard {
    tab: Tab,
    list: Listed<EventListing>,
    filter: EventFilter,
    filtering: Option<Form>,
}

const BROWSING: &[Binding] = &[
    keymap::UP,
    keymap::DOWN,
    keymap::OPEN,
    Binding {
        help: "key-help-submit-an-event-to-the-editorial-committee",
        short: "key-submit",
        ..keymap::PROPOSE
    },
    Binding {
        help: "key-help-filter-by-kind-region-strategy-month-competency",
        ..keymap::FILTER
    },
    keymap::SAVE_ALERT,
    Binding {
        help: "key-help-the-next-tab-upcoming-past-my-events-also",
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

pub const FILTERING: &[Binding] = &[
    Binding {
        short: "key-apply",
        help: "key-help-apply-the-filter",
        ..keymap::SUBMIT_SAVE
    },
    keymap::FORM_NEXT,
    keymap::CHOOSE,
    Binding {
        short: "key-close",
        help: "key-help-close-the-filter-without-changing-it",
        ..keymap::CANCEL
    },
];

fn any_of<T: Copy + PartialEq>(all: &[T], chosen: Option<T>) -> Option<usize> {
    Some(
        chosen
            .and_then(|c| all.iter().position(|x| *x == c))
            .map_or(0, |i| i + 1),
    )
}

fn filter_form(f: &EventFilter) -> Form {
    let month = f
        .month
        .map(|(y, m)| format!("{y:04}-{m:02}"))
        .unwrap_or_default();
    let with_any = |labels: Vec<String>| std::iter::once(t!("events-filter-any")).chain(labels);
    Form::new(vec![
        Field::choice(
            FieldName::Kind,
            t!("events-filter-kind"),
            with_any(
                EventKind::ALL
                    .iter()
                    .map(|k| stoa_present::terms::event_kind(*k))
                    .collect(),
            ),
            any_of(&EventKind::ALL, f.kind),
        )
        .hint(t!("signup-region-hint")),
        Field::choice(
            FieldName::Region,
            t!("events-filter-region"),
            with_any(
                Region::ALL
                    .iter()
                    .map(|r| stoa_present::terms::region(*r))
                    .collect(),
            ),
            any_of(&Region::ALL, f.region),
        )
        .hint(t!("signup-region-hint")),
        Field::choice(
            FieldName::Strategy,
            t!("events-filter-strategy"),
            with_any(
                Strategy::ALL
                    .iter()
                    .map(|s| stoa_present::terms::strategy_short(*s))
                    .collect(),
            ),
            any_of(&Strategy::ALL, f.strategy),
        )
        .hint(t!("signup-region-hint")),
        Field::line(FieldName::Month, t!("events-filter-month"), &month)
            .hint(t!("events-filter-month-hint")),
        Field::choice(
            FieldName::Competency,
            t!("events-filter-competency"),
            with_any(
                Competency::ALL
                    .iter()
                    .map(|c| stoa_present::terms::competency(*c))
                    .collect(),
            ),
            any_of(&Competency::ALL, f.competency),
        )
        .hint(t!("events-filter-competency-hint")),
        Field::choice(
            FieldName::Audience,
            t!("events-filter-audience"),
            with_any(
                Audience::ALL
                    .iter()
                    .map(|a| stoa_present::terms::audience(*a))
                    .collect(),
            ),
            any_of(&Audience::ALL, f.audience),
        )
        .hint(t!("events-filter-audience-hint")),
    ])
    .with_label_width(11)
}

/// `2027-01` as (2027, 1).
fn month(text: &str) -> Result<Option<(i16, i8)>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let parsed = text.split_once('-').and_then(|(y, m)| {
        let (y, m) = (y.parse::<i16>().ok()?, m.parse::<i8>().ok()?);
        ((1..=12).contains(&m) && (1900..=9999).contains(&y)).then_some((y, m))
    });
    parsed.map(Some).ok_or_else(|| t!("events-month-format"))
}

impl EventsBoard {
    pub fn new(ctx: &Ctx) -> EventsBoard {
        let mut board = EventsBoard {
            tab: Tab::Upcoming,
            list: Listed::default(),
            filter: EventFilter::default(),
            filtering: None,
        };
        board.reload(ctx);
        board
    }

    fn switch(&mut self, forward: bool, ctx: &Ctx) -> Step {
        let i = TABS.iter().position(|t| *t == self.tab).unwrap_or(0);
        let next = if forward { i + 1 } else { i + TABS.len() - 1 };
        self.tab = TABS[next % TABS.len()];
        self.list.selection = Selection::default();
        self.reload(ctx);
        Step::Stay
    }

    fn handle_filter(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Some(form) = &mut self.filtering else {
            return Step::Ignored;
        };
        match form.handle(input) {
            FormStep::Submit => {
                let month = match month(&form.text(FieldName::Month)) {
                    Ok(m) => m,
                    Err(e) => {
                        let mut errors = stoa_core::forum::FieldErrors::default();
                        errors.add(FieldName::Month, e);
                        form.show_errors(&errors);
                        return Step::Stay;
                    }
                };
                let pick = |name| form.choice(name).and_then(|i: usize| i.checked_sub(1));
                self.filter = EventFilter {
                    kind: pick(FieldName::Kind).map(|i| EventKind::ALL[i]),
                    region: pick(FieldName::Region).map(|i| Region::ALL[i]),
                    strategy: pick(FieldName::Strategy).map(|i| Strategy::ALL[i]),
                    month,
                    competency: pick(FieldName::Competency).map(|i| Competency::ALL[i]),
                    audience: pick(FieldName::Audience).map(|i| Audience::ALL[i]),
                };
                self.filtering = None;
                self.list.selection = Selection::default();
                self.reload(ctx);
            }
            FormStep::Cancel => self.filtering = None,
            FormStep::Ignored(Key::F(1)) => return Step::Help,
            FormStep::Ignored(_) | FormStep::Consumed => {}
        }
        Step::Stay
    }

    fn describe_filter(&self) -> String {
        if self.tab == Tab::Mine {
            return t!("events-mine-about");
        }
        let parts = &self.filter.parts();
        let n = self.list.items.len();
        if self.tab == Tab::Learning && parts.is_empty() {
            return t!("events-learning-count", n = n);
        }
        if parts.is_empty() {
            t!("events-all-count", n = n)
        } else {
            t!("events-filtered-count", n = n, filter = parts.join(", "))
        }
    }
}

impl View for EventsBoard {
    fn title(&self, _ctx: &Ctx) -> String {
        match self.tab {
            Tab::Upcoming => t!("events-title"),
            Tab::Past => t!("events-title-past"),
            Tab::Mine => t!("events-title-mine"),
            Tab::Learning => t!("events-title-learning"),
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
        if self.filtering.is_some() {
            return self.handle_filter(input, ctx);
        }
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        match action_for(*key, &[BROWSING]) {
            Some(action) if self.list.apply(action) => Step::Stay,
            Some(Action::Open) => match self.list.selected() {
                Some(l) => Step::Open(Box::new(Screen::Event(Box::new(EventScreen::new(
                    l.event.id, ctx,
                ))))),
                None => Step::Ignored,
            },
            Some(Action::Propose) => submit(Board::Events, ctx),
            Some(Action::SaveAlert) => save_alert(
                stoa_core::forum::alerts::Alert::Events(self.filter.clone()),
                ctx,
            ),
            Some(Action::Filter) => {
                self.filtering = Some(filter_form(&self.filter));
                Step::Stay
            }
            Some(Action::NextTab) => self.switch(true, ctx),
            Some(Action::PrevTab) => self.switch(false, ctx),
            Some(action) => common(action),
            None => Step::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let [tabs, body] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
        let labels = TABS
            .iter()
            .map(|t| match t {
                Tab::Upcoming => t!("events-tab-upcoming"),
                Tab::Past => t!("events-tab-past"),
                Tab::Mine => t!("events-tab-mine"),
                Tab::Learning => t!("events-tab-learning"),
            })
            .collect();
        let shown = TABS.iter().position(|t| *t == self.tab).unwrap_or(0);
        frame.render_widget(
            Paragraph::new(fitted_tabs(labels, shown, width, theme)),
            tabs,
        );
        let body = match &self.filtering {
            Some(form) => {
                // Two rows a field (its line and its hint), six fields; on a
                // short screen the form scrolls to the field being set.
                let [top, rest] =
                    Layout::vertical([Constraint::Length(12), Constraint::Min(1)]).areas(body);
                form.render(frame, top, theme);
                rest
            }
            None => body,
        };
        let mut lines = vec![Line::styled(
            text::fit(&self.describe_filter(), width),
            theme.dim,
        )];
        if let Some(problem) = &self.list.problem {
            lines.push(Line::styled(text::fit(problem, width), theme.error));
        } else if self.list.items.is_empty() {
            let empty = match self.tab {
                Tab::Mine if ctx.viewer.account().is_none() => t!("events-sign-up-for-my-events"),
                Tab::Mine => t!("events-mine-none"),
                Tab::Learning
                    if ctx
                        .viewer
                        .account()
                        .is_none_or(|a| a.competencies.is_empty()) =>
                {
                    t!("events-learning-no-competencies")
                }
                Tab::Learning => t!("events-learning-none"),
                _ if !self.filter.is_empty() => t!("events-none-match"),
                _ => t!("events-none-yet"),
            };
            lines.push(Line::styled(text::fit(&empty, width), theme.dim));
        }
        let tz = viewer_zone(ctx.viewer);
        let now = ctx.forum.now();
        let rows = usize::from(body.height).saturating_sub(lines.len());
        lines.extend(entries(
            &self.list.selection,
            self.list.items.len(),
            rows,
            2,
            |i, selected| {
                let l = &self.list.items[i];
                let e = &l.event;
                let when = e.starts.timestamp().to_zoned(tz.clone());
                let head = text::fit(
                    &format!(
                        "{}{}  {}{}",
                        if selected { "> " } else { "  " },
                        when.day_and_time(),
                        super::home::demo_label(ctx, &stoa_core::store::DemoMark::Event(e.id)),
                        e.title
                    ),
                    width,
                );
                let head = if selected {
                    Line::styled(head, theme.selected)
                } else {
                    Line::styled(head, theme.title)
                };
                let mut about = vec![stoa_present::terms::event_kind(e.kind)];
                if e.withdrawn.is_some() {
                    about.insert(0, t!("events-withdrawn-by-committee"));
                }
                // Early in the line, so that narrow screens still show them.
                if l.going + l.interested > 0 {
                    about.push(t!(
                        "events-going-interested",
                        going = l.going,
                        interested = l.interested
                    ));
                }
                about.push(stoa_present::terms::event_place(e));
                if let Some(r) = e.classification.region {
                    about.push(stoa_present::terms::region_short(r));
                }
                let stream = match e.classification.strategies.as_slice() {
                    [] => String::new(),
                    [one] => stoa_present::terms::strategy_short(*one),
                    _ => t!("multiple-streams"),
                };
                if !stream.is_empty() {
                    about.push(stream);
                }
                // Highlighted: a call for papers closing within two weeks.
                let mark = e.deadline.filter(|_| deadline_soon(e, now)).map(|d| {
                    t!(
                        "events-deadline-mark",
                        date = stoa_present::when::day_month(d, true)
                    )
                });
                vec![head, marked_line(mark, &about, width, theme)]
            },
        ));
        frame.render_widget(Paragraph::new(lines), body);
    }

    fn concerns(&self, change: &Change, _ctx: &Ctx) -> bool {
        changes::boards(change) || matches!(change, Change::Answered(_))
    }

    fn reload(&mut self, ctx: &Ctx) {
        let selected = self.list.selected().map(|l| l.event.id);
        let read = match self.tab {
            Tab::Upcoming => ctx.forum.upcoming_events(ctx.viewer, &self.filter),
            Tab::Past => ctx.forum.past_events(ctx.viewer, &self.filter),
            Tab::Mine if ctx.viewer.account().is_none() => Ok(Vec::new()),
            Tab::Mine => ctx.forum.my_events(ctx.viewer),
            Tab::Learning => ctx.forum.events_for_learning(ctx.viewer, &self.filter),
        };
        self.list.load(read);
        if let Some(i) = self
            .list
            .items
            .iter()
            .position(|l| Some(l.event.id) == selected)
        {
            self.list.selection.index = i;
        }
    }

    fn last_place(&self) -> Option<LastPlace> {
        Some(LastPlace::Events)
    }
}

/// Saves the board's filter as an alert: new items it matches notify the member.
pub fn save_alert(alert: stoa_core::forum::alerts::Alert, ctx: &Ctx) -> Step {
    if ctx.viewer.account().is_none() {
        return Step::error(t!("events-sign-up-to-save-alerts"));
    }
    let viewer = ctx.viewer.clone();
    Step::Run {
        busy: "busy-saving-the-alert",
        job: crate::tui::app::Job::done(move |forum| {
            forum.save_alert(&viewer, &alert)?;
            Ok(crate::tui::app::Outcome::said(
                t!("events-alert-saved", alert = alert.describe()),
                0,
            ))
        }),
    }
}

/// Opens the submission form for a board, for members who may write.
pub fn submit(board: Board, ctx: &Ctx) -> Step {
    if ctx.viewer.account().is_none() {
        return Step::error(t!("events-sign-up-to-submit"));
    }
    if let Some(refused) = super::muted(ctx) {
        return refused;
    }
    Step::Open(Box::new(Screen::BoardForm(Box::new(BoardForm::empty(
        board, ctx,
    )))))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_month_is_read_as_year_and_month() {
        assert_eq!(super::month("2027-01"), Ok(Some((2027, 1))));
        assert_eq!(super::month(" "), Ok(None));
        assert!(super::month("January").is_err());
        assert!(super::month("2027-13").is_err());
    }
}
