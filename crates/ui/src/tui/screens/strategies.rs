//! The framework's strategies (`g` then `f`): a page per strategy, and one for
//! "multiple streams", with its description and everything classified under
//! it — communities, library resources, practices by level, upcoming events,
//! open jobs; `Enter` opens an item. For the committee a last tab, Coverage:
//! practices by strategy and WHO region, for all levels and for each, where a
//! `·` marks a gap.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::View;
use super::list::{Selection, fitted_tabs};
use super::{Ctx, Screen, Step, common};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::{Region, Strategy, Target};
use stoa_core::forum::strategies::{Coverage, LEVELS, StrategyPage};
use stoa_core::forum::{Capability, Change, Stream};
use stoa_core::store::DemoMark;
use stoa_present::keys::Input;
use stoa_present::t;
use stoa_present::text;

/// The coverage tab: nothing to open, the keys scroll.
const SCROLLING: &[Binding] = &[
    keymap::SCROLL_UP,
    keymap::DOWN,
    Binding {
        help: "key-help-the-next-strategy-also",
        short: "key-strategy",
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

const BINDINGS: &[Binding] = &[
    keymap::UP,
    keymap::DOWN,
    keymap::OPEN,
    Binding {
        help: "key-help-the-next-strategy-also",
        short: "key-strategy",
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

/// One line of a page: a heading, a line about something, or an item to open.
enum Row {
    Heading(String),
    Note(String),
    /// A line of a table: cut at the screen's edge, never wrapped.
    Table(String),
    Item(String, Target),
}

pub struct Strategies {
    /// Which tab: a stream (`Stream::all()` order), then Coverage.
    tab: usize,
    rows: Vec<Row>,
    /// The selected item, counted among items only.
    selection: Selection,
    problem: Option<String>,
    top: Cell<usize>,
    /// How far a page with nothing to select (the coverage) is scrolled.
    scroll: usize,
    /// Up on the first item: the page's top (its description) in view.
    show_top: bool,
}

/// A stream's tab: a word or two, so that all seven fit 80 columns.
fn tab(stream: Stream) -> String {
    t!(match stream {
        Stream::Strategy(Strategy::EngagingPeople) => "strategies-tab-people",
        Stream::Strategy(Strategy::Governance) => "strategies-tab-governance",
        Stream::Strategy(Strategy::ModelOfCare) => "strategies-tab-care",
        Stream::Strategy(Strategy::CoordinatingServices) => "strategies-tab-services",
        Stream::Strategy(Strategy::EnablingEnvironment) => "strategies-tab-enabling",
        Stream::Multiple => "strategies-tab-multiple",
    })
}

/// The WHO regions' own short codes, for the coverage table's columns (Global
/// is a word, in the reader's language).
fn code(region: Region) -> String {
    match region {
        Region::African => "AFR".into(),
        Region::Americas => "AMR".into(),
        Region::SouthEastAsia => "SEAR".into(),
        Region::European => "EUR".into(),
        Region::EasternMediterranean => "EMR".into(),
        Region::WesternPacific => "WPR".into(),
        Region::Global => stoa_present::terms::region_short(Region::Global),
    }
}

/// The coverage tables: all levels, then each level.
pub fn coverage_lines(c: &Coverage) -> Vec<String> {
    let mut lines = vec![t!("strategies-coverage-about")];
    let header: String = Region::ALL
        .iter()
        .map(|r| text::column_right(&code(*r), 7))
        .collect();
    for level in std::iter::once(None).chain(LEVELS.iter().map(|l| Some(*l))) {
        lines.push(String::new());
        lines.push(match level {
            None => t!("strategies-all-levels"),
            Some(l) => text::capitalised(&stoa_present::terms::level(l)),
        });
        lines.push(format!("{:<22}{header}", ""));
        for s in Strategy::ALL {
            let cells: String = Region::ALL
                .iter()
                .map(|r| match c.count(s, *r, level) {
                    0 => format!("{:>7}", "·"),
                    n => format!("{n:>7}"),
                })
                .collect();
            lines.push(format!(
                "{} {cells}",
                text::column(&stoa_present::terms::strategy_short(s), 21)
            ));
        }
    }
    if c.unplaced > 0 {
        lines.push(String::new());
        lines.push(t!("strategies-unplaced", n = c.unplaced));
    }
    lines
}

fn page_rows(page: &StrategyPage, ctx: &Ctx) -> Vec<Row> {
    let demo = |mark: DemoMark| super::home::demo_label(ctx, &mark);
    let mut rows = vec![Row::Note(stoa_present::lang::text(&format!(
        "strategies-about-{}",
        page.stream.slug()
    )))];
    // A section: its heading (a message id, told the count), then its items.
    let section = |rows: &mut Vec<Row>, heading: &str, items: Vec<(String, Target)>| {
        rows.push(Row::Heading(t!(heading, n = items.len())));
        if items.is_empty() {
            rows.push(Row::Note(format!("  {}", t!("strategies-none-yet"))));
        }
        rows.extend(items.into_iter().map(|(t, target)| Row::Item(t, target)));
    };
    // Communities are named, and opened from their list (g c).
    rows.push(Row::Heading(t!(
        "strategies-communities",
        n = page.communities.len()
    )));
    if page.communities.is_empty() {
        rows.push(Row::Note(format!("  {}", t!("strategies-none-yet"))));
    }
    for c in &page.communities {
        rows.push(Row::Note(format!("  {} (g c)", c.name)));
    }
    section(
        &mut rows,
        "strategies-library-resources",
        page.resources
            .iter()
            .map(|e| {
                (
                    format!("{}{} · {}", demo(DemoMark::Entry(e.id)), e.title, e.kind()),
                    Target::Entry { id: e.id },
                )
            })
            .collect(),
    );
    let practices: usize = page.practices.iter().map(|(_, p)| p.len()).sum();
    rows.push(Row::Heading(t!(
        "strategies-library-practices",
        n = practices
    )));
    if practices == 0 {
        rows.push(Row::Note(format!("  {}", t!("strategies-none-yet"))));
    }
    for (level, entries) in &page.practices {
        rows.push(Row::Note(format!(
            "  {}",
            text::capitalised(&stoa_present::terms::level(*level))
        )));
        rows.extend(entries.iter().map(|e| {
            Row::Item(
                format!(
                    "{}{} · {}",
                    demo(DemoMark::Entry(e.id)),
                    e.title,
                    e.classification.country
                ),
                Target::Entry { id: e.id },
            )
        }));
    }
    section(
        &mut rows,
        "strategies-upcoming-events",
        page.events
            .iter()
            .map(|e| {
                (
                    format!(
                        "{}{} · {}",
                        demo(DemoMark::Event(e.id)),
                        e.title,
                        e.kind.label()
                    ),
                    Target::Event { id: e.id },
                )
            })
            .collect(),
    );
    section(
        &mut rows,
        "strategies-open-jobs",
        page.jobs
            .iter()
            .map(|j| {
                (
                    format!(
                        "{}{} · {}",
                        demo(DemoMark::Job(j.id)),
                        j.title,
                        j.organization
                    ),
                    Target::Job { id: j.id },
                )
            })
            .collect(),
    );
    rows
}

impl Strategies {
    pub fn new(ctx: &Ctx) -> Strategies {
        let mut screen = Strategies {
            tab: 0,
            rows: Vec::new(),
            selection: Selection::default(),
            problem: None,
            top: Cell::new(0),
            scroll: 0,
            show_top: true,
        };
        screen.reload(ctx);
        screen
    }

    fn tabs(ctx: &Ctx) -> usize {
        let streams = Stream::all().len();
        if ctx.forum.may(ctx.viewer, Capability::ReviewSubmissions) {
            streams + 1
        } else {
            streams
        }
    }

    fn targets(&self) -> Vec<&Target> {
        self.rows
            .iter()
            .filter_map(|r| match r {
                Row::Item(_, target) => Some(target),
                _ => None,
            })
            .collect()
    }
}

impl View for Strategies {
    fn title(&self, _ctx: &Ctx) -> String {
        match Stream::all().get(self.tab) {
            Some(Stream::Strategy(s)) => {
                t!("strategies-title", name = stoa_present::terms::strategy(*s))
            }
            Some(Stream::Multiple) => t!("strategies-title-multiple"),
            None => t!("strategies-title-coverage"),
        }
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        if self.targets().is_empty() {
            SCROLLING
        } else {
            BINDINGS
        }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        let count = self.targets().len();
        let action = action_for(*key, &[self.bindings(ctx)]);
        // Nothing to select (the coverage): the keys scroll the page.
        if count == 0 {
            let step = match action {
                Some(Action::Up) => Some(self.scroll.saturating_sub(1)),
                Some(Action::Down) => Some(self.scroll + 1),
                Some(Action::PageUp) => Some(self.scroll.saturating_sub(10)),
                Some(Action::PageDown) => Some(self.scroll + 10),
                Some(Action::Top) => Some(0),
                Some(Action::Bottom) => Some(usize::MAX / 2),
                _ => None,
            };
            if let Some(scroll) = step {
                self.scroll = scroll;
                return Step::Stay;
            }
        }
        match action {
            Some(action @ (Action::NextTab | Action::PrevTab)) => {
                let tabs = Strategies::tabs(ctx);
                self.tab = if action == Action::NextTab {
                    (self.tab + 1) % tabs
                } else {
                    (self.tab + tabs - 1) % tabs
                };
                self.selection = Selection::default();
                self.scroll = 0;
                self.show_top = true;
                self.top.set(0);
                self.reload(ctx);
                Step::Stay
            }
            // From the page's top, Down comes to the first item first.
            Some(Action::Down) if self.show_top && self.selection.index == 0 => {
                self.show_top = false;
                Step::Stay
            }
            Some(action) if self.selection.apply(action, count) => {
                // Up on the first item, or Top: the page's top in view.
                let at_first = self.selection.index == 0;
                self.show_top = at_first && matches!(action, Action::Up | Action::Top);
                Step::Stay
            }
            Some(Action::Open) => match self.targets().get(self.selection.index) {
                Some(target) => Step::Open(Box::new(Screen::for_target(target, ctx))),
                None => Step::Ignored,
            },
            Some(action) => common(action),
            None => Step::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let [tabs, body] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
        let mut labels: Vec<String> = Stream::all().iter().map(|s| tab(*s)).collect();
        if Strategies::tabs(ctx) > labels.len() {
            labels.push(t!("strategies-tab-coverage"));
        }
        let line = fitted_tabs(labels, self.tab, width, theme);
        frame.render_widget(Paragraph::new(line), tabs);
        let mut lines: Vec<Line> = Vec::new();
        if let Some(problem) = &self.problem {
            lines.push(Line::styled(text::fit(problem, width), theme.error));
        }
        let mut item = 0;
        let mut selected_line = 0;
        for row in &self.rows {
            match row {
                Row::Heading(t) => lines.push(Line::styled(text::fit(t, width), theme.heading)),
                Row::Note(t) => {
                    for part in text::wrap(t, width.max(1)) {
                        lines.push(Line::styled(part, theme.dim));
                    }
                }
                Row::Table(t) => lines.push(Line::styled(text::fit(t, width), theme.text)),
                Row::Item(t, _) => {
                    let selected = item == self.selection.index;
                    if selected {
                        selected_line = lines.len();
                    }
                    let mark = if selected { "  > " } else { "    " };
                    let style = if selected { theme.selected } else { theme.text };
                    lines.push(Line::styled(text::fit(&format!("{mark}{t}"), width), style));
                    item += 1;
                }
            }
        }
        let rows = usize::from(body.height);
        let mut top = self.top.get();
        if item == 0 {
            top = self.scroll.min(lines.len().saturating_sub(rows));
        } else if self.selection.index == 0 && (self.show_top || selected_line < rows) {
            // Opened, or Up on the first item: the page's top, its description.
            top = 0;
        } else if selected_line < top + 1 {
            top = selected_line.saturating_sub(2);
        } else if selected_line >= top + rows {
            top = selected_line + 1 - rows;
        }
        self.top.set(top);
        frame.render_widget(Paragraph::new(lines).scroll((top as u16, 0)), body);
    }

    fn concerns(&self, change: &Change, _ctx: &Ctx) -> bool {
        matches!(change, Change::Library | Change::Board)
    }

    fn reload(&mut self, ctx: &Ctx) {
        let read = match Stream::all().get(self.tab) {
            Some(stream) => ctx
                .forum
                .strategy_page(ctx.viewer, *stream)
                .map(|page| page_rows(&page, ctx)),
            None => ctx.forum.coverage(ctx.viewer).map(|c| {
                let mut lines = coverage_lines(&c).into_iter();
                // The first line says what the tables are; the rest are tables.
                let about = lines.next().map(Row::Note);
                about.into_iter().chain(lines.map(Row::Table)).collect()
            }),
        };
        match read {
            Ok(rows) => {
                self.rows = rows;
                self.problem = None;
            }
            Err(e) => self.problem = Some(t!("strategies-could-not-read", error = e.to_string())),
        }
        let count = self.targets().len();
        self.selection.clamp(count);
    }
}
