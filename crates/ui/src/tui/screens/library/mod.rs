//! The library (`g` then `l`): resources and practices, grouped by strategy (the
//! five, and multiple streams), by kind or level, by region, by competency, by
//! audience, or for the reader's learning (what builds the competencies in their
//! profile) — `Tab` changes the grouping. `Enter` opens an entry; `n` proposes a resource, `p` a practice.

mod entry;
mod form;

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::View;
use super::list::{Listed, Selection, fitted_tabs};
use super::{Ctx, Screen, Step, common};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::LastPlace;
use stoa_core::domain::{Audience, Competency, Entry, Region, Shelf};
use stoa_core::forum::Change;
use stoa_core::forum::{LibraryFilter, Sort, Stream};
use stoa_present::keys::Input;
use stoa_present::t;
use stoa_present::{terms, text};

pub use entry::EntryScreen;
pub use form::EntryForm;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Grouping {
    Strategy,
    Sort,
    Region,
    Competency,
    Audience,
    /// What builds the competencies in the reader's profile.
    Learning,
}

const GROUPINGS: [Grouping; 6] = [
    Grouping::Strategy,
    Grouping::Sort,
    Grouping::Region,
    Grouping::Competency,
    Grouping::Audience,
    Grouping::Learning,
];

impl Grouping {
    fn tab(self) -> String {
        match self {
            Grouping::Strategy => t!("library-tab-strategy"),
            Grouping::Sort => t!("library-tab-sort"),
            Grouping::Region => t!("library-tab-region"),
            Grouping::Competency => t!("library-tab-competency"),
            Grouping::Audience => t!("library-tab-audience"),
            Grouping::Learning => t!("library-tab-learning"),
        }
    }

    fn title(self) -> String {
        match self {
            Grouping::Strategy => t!("library-title-strategy"),
            Grouping::Sort => t!("library-title-sort"),
            Grouping::Region => t!("library-title-region"),
            Grouping::Competency => t!("library-title-competency"),
            Grouping::Audience => t!("library-title-audience"),
            Grouping::Learning => t!("library-title-learning"),
        }
    }
}

pub struct Library {
    grouping: Grouping,
    /// The entries in the order they are drawn: group by group.
    list: Listed<Entry>,
    /// The groups' headings, in the list's order; made when the list is read,
    /// not on every draw.
    headings: Vec<Heading>,
    /// The first line drawn, kept between draws so the list does not jump.
    top: Cell<usize>,
}

const BINDINGS: &[Binding] = &[
    keymap::UP,
    keymap::DOWN,
    keymap::OPEN,
    Binding {
        help: "key-help-propose-a-resource-to-the-editorial-committee",
        short: "key-resource",
        ..keymap::PROPOSE
    },
    keymap::PROPOSE_PRACTICE,
    Binding {
        help: "key-help-group-by-strategy-kind-or-level-region-competenc",
        short: "key-grouping",
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

/// A group's heading and, under it, a line about it.
struct Group {
    title: String,
    about: Option<String>,
    entries: Vec<Entry>,
}

/// A group as drawn: its heading, and how many of the list's entries (which
/// come group by group) are under it.
struct Heading {
    title: String,
    about: Option<String>,
    count: usize,
}

fn groups(grouping: Grouping, entries: &[Entry], mine: &[Competency]) -> Vec<Group> {
    let pick = |keep: &dyn Fn(&Entry) -> bool| -> Vec<Entry> {
        entries.iter().filter(|e| keep(e)).cloned().collect()
    };
    match grouping {
        Grouping::Strategy => Stream::all()
            .into_iter()
            .map(|s| Group {
                title: match s {
                    Stream::Strategy(one) => terms::strategy(one),
                    Stream::Multiple => capitalized(&t!("multiple-streams")),
                },
                about: match s {
                    Stream::Strategy(one) => Some(stoa_present::lang::text(&format!(
                        "library-strategy-about-{}",
                        one.slug()
                    ))),
                    Stream::Multiple => Some(t!("library-multiple-streams-about")),
                },
                entries: pick(&|e| s.includes(&e.classification)),
            })
            .collect(),
        Grouping::Sort => Sort::all()
            .into_iter()
            .map(|s| Group {
                title: match s {
                    Sort::Resource(k) => t!(
                        "library-sort-resources",
                        kind = stoa_present::terms::resource_kind(k)
                    ),
                    Sort::Practice(l) => t!("library-sort-practices", level = terms::level(l)),
                },
                about: None,
                entries: pick(&|e| Sort::of(e) == s),
            })
            .filter(|g| !g.entries.is_empty())
            .collect(),
        Grouping::Region => Region::ALL
            .iter()
            .map(|r| Group {
                title: terms::region(*r),
                about: None,
                entries: pick(&|e| e.classification.region == Some(*r)),
            })
            .filter(|g| !g.entries.is_empty())
            .collect(),
        Grouping::Competency => Competency::ALL
            .iter()
            .map(|c| Group {
                title: capitalized(&terms::competency(*c)),
                about: None,
                entries: pick(&|e| e.classification.competencies.contains(c)),
            })
            .collect(),
        Grouping::Audience => Audience::ALL
            .iter()
            .map(|a| Group {
                title: t!("library-for-audience", audience = terms::audience(*a)),
                about: None,
                entries: pick(&|e| e.classification.audiences.contains(a)),
            })
            .collect(),
        Grouping::Learning if mine.is_empty() => vec![Group {
            title: t!("library-your-competencies"),
            about: Some(t!("library-tick-your-competencies")),
            entries: Vec::new(),
        }],
        Grouping::Learning => mine
            .iter()
            .map(|c| Group {
                title: t!("library-building", competency = terms::competency(*c)),
                about: None,
                entries: pick(&|e| e.classification.competencies.contains(c)),
            })
            .collect(),
    }
}

/// "communication" as "Communication".
fn capitalized(label: &str) -> String {
    let mut chars = label.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A resource's year as readers see it: `2016`, or "undated" in their language.
fn year_words(year: i16) -> String {
    if year == stoa_core::domain::UNDATED {
        t!("library-undated")
    } else {
        year.to_string()
    }
}

impl Library {
    pub fn new(ctx: &Ctx) -> Library {
        let mut library = Library {
            grouping: Grouping::Strategy,
            list: Listed::default(),
            headings: Vec::new(),
            top: Cell::new(0),
        };
        library.reload(ctx);
        library
    }
}

impl View for Library {
    fn title(&self, _ctx: &Ctx) -> String {
        self.grouping.title()
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        BINDINGS
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        match action_for(*key, &[BINDINGS]) {
            Some(action) if self.list.apply(action) => Step::Stay,
            Some(Action::Open) => match self.list.selected() {
                Some(e) => Step::Open(Box::new(Screen::Entry(Box::new(EntryScreen::new(
                    e.id, ctx,
                ))))),
                None => Step::Ignored,
            },
            Some(Action::Propose) => propose(false, ctx),
            Some(Action::ProposePractice) => propose(true, ctx),
            Some(action @ (Action::NextTab | Action::PrevTab)) => {
                let i = GROUPINGS
                    .iter()
                    .position(|g| *g == self.grouping)
                    .unwrap_or(0);
                let next = if action == Action::NextTab {
                    i + 1
                } else {
                    i + GROUPINGS.len() - 1
                };
                self.grouping = GROUPINGS[next % GROUPINGS.len()];
                self.list.selection = Selection::default();
                self.top.set(0);
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
        let labels: Vec<String> = GROUPINGS.iter().map(|g| g.tab()).collect();
        let shown = GROUPINGS
            .iter()
            .position(|g| *g == self.grouping)
            .unwrap_or(0);
        let line = fitted_tabs(labels, shown, width, theme);
        frame.render_widget(Paragraph::new(line), tabs);

        // An entry of several strategies is listed under each.
        let count = self
            .list
            .items
            .iter()
            .map(|e| e.id)
            .collect::<std::collections::HashSet<_>>()
            .len();
        let header = if self.grouping == Grouping::Learning {
            t!("library-entries-for-your-learning", n = count)
        } else {
            t!("library-entries-in-the-library", n = count)
        };
        let mut lines: Vec<Line> = vec![Line::styled(text::fit(&header, width), theme.dim)];
        if let Some(problem) = &self.list.problem {
            lines.push(Line::styled(text::fit(problem, width), theme.error));
        }
        // Each entry's line, to keep the selected one in view.
        let mut selected_line = 0;
        let mut index = 0;
        for group in &self.headings {
            lines.push(Line::styled(
                text::fit(&format!("{} ({})", group.title, group.count), width),
                theme.heading,
            ));
            if let Some(about) = &group.about {
                lines.push(Line::styled(
                    text::fit(&format!("  {about}"), width),
                    theme.dim,
                ));
            }
            if group.count == 0 {
                lines.push(Line::styled(
                    format!("    {}", t!("library-none-yet")),
                    theme.dim,
                ));
            }
            for e in self.list.items.iter().skip(index).take(group.count) {
                let selected = index == self.list.selection.index;
                if selected {
                    selected_line = lines.len();
                }
                // On a wide screen the kind stays near the title, not at the far edge.
                lines.push(row(e, selected, width.min(100), ctx));
                index += 1;
            }
        }
        let rows = usize::from(body.height);
        let mut top = self.top.get();
        if selected_line < top + 1 {
            // Show the group's heading above the first entry too.
            top = selected_line.saturating_sub(3);
        } else if selected_line >= top + rows {
            top = selected_line + 1 - rows;
        }
        self.top.set(top);
        frame.render_widget(Paragraph::new(lines).scroll((top as u16, 0)), body);
    }

    fn concerns(&self, change: &Change, _ctx: &Ctx) -> bool {
        *change == Change::Library
    }

    fn reload(&mut self, ctx: &Ctx) {
        let selected = self.list.selected().map(|e| e.id);
        let mut headings = Vec::new();
        let read = ctx
            .forum
            .library(&LibraryFilter::default())
            .map(|mut entries| {
                // The member's languages first, within each group.
                ctx.forum
                    .first_languages(ctx.viewer)
                    .first(&mut entries, Entry::languages);
                let mut listed = Vec::new();
                let mine = ctx
                    .viewer
                    .account()
                    .map(|a| a.competencies.clone())
                    .unwrap_or_default();
                for g in groups(self.grouping, &entries, &mine) {
                    headings.push(Heading {
                        title: g.title,
                        about: g.about,
                        count: g.entries.len(),
                    });
                    listed.extend(g.entries);
                }
                listed
            });
        if read.is_ok() {
            self.headings = headings;
        }
        self.list.load(read);
        if let Some(i) = self.list.items.iter().position(|e| Some(e.id) == selected) {
            self.list.selection.index = i;
        }
    }

    fn last_place(&self) -> Option<LastPlace> {
        Some(LastPlace::Library)
    }
}

/// "> Community scorecards               toolkit · 2019"
fn row(e: &Entry, selected: bool, width: usize, ctx: &Ctx) -> Line<'static> {
    let theme = ctx.theme;
    let detail = match &e.shelf {
        Shelf::Resource { kind, year, .. } => {
            format!(
                "{} · {}",
                stoa_present::terms::resource_kind(*kind),
                year_words(*year)
            )
        }
        Shelf::Practice { level, .. } => t!(
            "library-row-practice",
            level = terms::level(*level),
            country = e.classification.country.as_str()
        ),
    };
    let detail = text::fit(&detail, width / 2);
    let room = width.saturating_sub(text::width(&detail) + 1);
    let title = text::fit(
        &format!(
            "{}{}{}",
            if selected { "  > " } else { "    " },
            super::home::demo_label(ctx, &stoa_core::store::DemoMark::Entry(e.id)),
            stoa_present::translated::title_for(&e.title, e.language, &e.translations)
        ),
        room,
    );
    let pad = " ".repeat(width.saturating_sub(text::width(&title) + text::width(&detail)));
    let style = if selected {
        theme.selected
    } else {
        theme.title
    };
    Line::from(vec![
        Span::styled(title, style),
        Span::raw(pad),
        Span::styled(detail, theme.dim),
    ])
}

/// Opens the form for a resource or a practice, for members who may write.
fn propose(practice: bool, ctx: &Ctx) -> Step {
    if ctx.viewer.account().is_none() {
        return Step::error(t!("library-sign-up-to-add"));
    }
    if let Some(refused) = super::muted(ctx) {
        return refused;
    }
    Step::Open(Box::new(Screen::EntryForm(Box::new(EntryForm::empty(
        practice, ctx,
    )))))
}
