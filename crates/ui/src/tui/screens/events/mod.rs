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
    let with_any = |labels: Vec<&'static str>| std::iter::once("any").chain(labels);
    Form::new(vec![
        Field::choice(
            FieldName::Kind,
            "Kind",
            with_any(EventKind::ALL.iter().map(|k| k.label()).collect()),
            any_of(&EventKind::ALL, f.kind),
        )
        .hint("← → to choose"),
        Field::choice(
            FieldName::Region,
            "Region",
            with_any(Region::ALL.iter().map(|r| r.label()).collect()),
            any_of(&Region::ALL, f.region),
        )
        .hint("← → to choose"),
        Field::choice(
            FieldName::Strategy,
            "Strategy",
            with_any(Strategy::ALL.iter().map(|s| s.short()).collect()),
            any_of(&Strategy::ALL, f.strategy),
        )
        .hint("← → to choose"),
        Field::line(FieldName::Month, "Month", &month).hint("e.g. 2027-01; empty for any month"),
        Field::choice(
            FieldName::Competency,
            "Competency",
            with_any(Competency::ALL.iter().map(|c| c.label()).collect()),
            any_of(&Competency::ALL, f.competency),
        )
        .hint("← → to choose: what it helps members learn"),
        Field::choice(
            FieldName::Audience,
            "For",
            with_any(Audience::ALL.iter().map(|a| a.label()).collect()),
            any_of(&Audience::ALL, f.audience),
        )
        .hint("← → to choose: who it is for"),
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
    parsed
        .map(Some)
        .ok_or_else(|| "write the month as 2027-01".to_string())
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
            return "Events you answered: going or interested.".into();
        }
        let parts = self.filter.parts();
        let count = text::plural(self.list.items.len(), "event", "events");
        if self.tab == Tab::Learning && parts.is_empty() {
            return format!(
                "{count} building your profile's competencies, trainings first. F filters."
            );
        }
        if parts.is_empty() {
            format!("All {count}, in your time zone. F filters.")
        } else {
            format!("{count}: {} · F changes the filter", parts.join(", "))
        }
    }
}

impl View for EventsBoard {
    fn title(&self, _ctx: &Ctx) -> String {
        match self.tab {
            Tab::Upcoming => "Events".into(),
            Tab::Past => "Events: past".into(),
            Tab::Mine => "Events: mine".into(),
            Tab::Learning => "Events: for your learning".into(),
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
                Tab::Upcoming => "Upcoming".to_string(),
                Tab::Past => "Past".into(),
                Tab::Mine => "My events".into(),
                Tab::Learning => "For your learning".into(),
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
                Tab::Mine if ctx.viewer.account().is_none() => "Sign up to keep a list of events.",
                Tab::Mine => "None yet: open an event and press y (going) or i (interested).",
                Tab::Learning
                    if ctx
                        .viewer
                        .account()
                        .is_none_or(|a| a.competencies.is_empty()) =>
                {
                    "Tick the competencies you are building in your profile (g y, e) to see events that build them."
                }
                Tab::Learning => "No upcoming event builds the competencies in your profile.",
                _ if !self.filter.is_empty() => "No events match this filter.",
                _ => "No events yet. Press n to submit one.",
            };
            lines.push(Line::styled(text::fit(empty, width), theme.dim));
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
                let mut about = vec![e.kind.label().to_string()];
                if e.withdrawn.is_some() {
                    about.insert(0, "withdrawn by the committee".into());
                }
                // Early in the line, so that narrow screens still show them.
                if l.going + l.interested > 0 {
                    about.push(format!("{} going, {} interested", l.going, l.interested));
                }
                about.push(e.place());
                if let Some(r) = e.classification.region {
                    about.push(r.short().to_string());
                }
                let stream = e.classification.stream_short();
                if !stream.is_empty() {
                    about.push(stream.to_string());
                }
                // Highlighted: a call for papers closing within two weeks.
                let mark = e
                    .deadline
                    .filter(|_| deadline_soon(e, now))
                    .map(|d| format!("deadline {}", d.strftime("%d %b")));
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
        return Step::error("Sign up to save alerts: press g then u.");
    }
    let viewer = ctx.viewer.clone();
    Step::Run {
        busy: "busy-saving-the-alert",
        job: crate::tui::app::Job::done(move |forum| {
            forum.save_alert(&viewer, &alert)?;
            Ok(crate::tui::app::Outcome::said(
                format!(
                    "Alert saved: you will be notified of {}. See it under g then !.",
                    alert.describe()
                ),
                0,
            ))
        }),
    }
}

/// Opens the submission form for a board, for members who may write.
pub fn submit(board: Board, ctx: &Ctx) -> Step {
    if ctx.viewer.account().is_none() {
        return Step::error("Sign up to submit to the boards: press g then u.");
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
