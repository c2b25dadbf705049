//! Search (`/` from any screen): one box for discussions, events, jobs, the
//! library, news and members. Results come grouped by kind with the matching
//! words highlighted; `F` narrows them; `Enter` opens one, and `Esc` comes back
//! to the results.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::View;
use super::events::FILTERING;
use super::{Ctx, Screen, Step, common, search_filter};
use crate::tui::app::{Job, Next, Outcome};
use crate::tui::form::{Field, Form, FormStep};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::forum::FieldName;
use stoa_core::forum::search::{Findings, Found, SearchFilter};
use stoa_core::search::Matcher;
use stoa_present::keys::{Input, Key};
use stoa_present::t;
use stoa_present::text;

pub struct SearchScreen {
    query: Form,
    /// True while the member types in the box; false while they move through
    /// the results.
    typing: bool,
    filter: SearchFilter,
    filtering: Option<Form>,
    /// The communities the filter offers: (slug, name).
    communities: Vec<(String, String)>,
    findings: Option<Findings>,
    /// Whose query the findings answer (the box may have changed since).
    asked: String,
    selected: usize,
    offset: Cell<usize>,
}

const TYPING: &[Binding] = &[
    Binding {
        keys: &[Key::Enter],
        label: "Enter",
        short: "key-search",
        help: "key-help-search-for-the-words-in-the-box",
        action: Action::Submit,
    },
    Binding {
        keys: &[Key::Down, Key::Tab],
        label: "↓ Tab",
        short: "key-results",
        help: "key-help-move-into-the-results",
        action: Action::Down,
    },
    keymap::CANCEL,
    keymap::FORM_HELP,
];

const RESULTS: &[Binding] = &[
    keymap::UP,
    keymap::DOWN,
    keymap::OPEN,
    Binding {
        keys: &[Key::Char('/')],
        label: "/",
        short: "key-new-search",
        help: "key-help-back-to-the-search-box",
        action: Action::Search,
    },
    Binding {
        help: "key-help-narrow-by-kind-community-strategy-region-or-date",
        ..keymap::FILTER
    },
    keymap::BACK,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    keymap::GOTO,
    keymap::HELP,
];

impl SearchScreen {
    pub fn new(ctx: &Ctx) -> SearchScreen {
        let communities = ctx
            .forum
            .community_overview(ctx.viewer)
            .map(|list| {
                list.into_iter()
                    .map(|c| (c.community.slug.into_string(), c.community.name))
                    .collect()
            })
            .unwrap_or_default();
        SearchScreen {
            query: Form::new(vec![
                Field::line(FieldName::Query, t!("search-box"), "").hint(t!("search-box-hint")),
            ])
            .with_label_width(8),
            typing: true,
            filter: SearchFilter::default(),
            filtering: None,
            communities,
            findings: None,
            asked: String::new(),
            selected: 0,
            offset: Cell::new(0),
        }
    }

    fn hits(&self) -> Vec<&Found> {
        self.findings
            .as_ref()
            .map(|f| f.grouped().into_iter().flat_map(|(_, g)| g).collect())
            .unwrap_or_default()
    }

    /// Shows what a search found.
    pub fn show(&mut self, findings: Findings) {
        self.typing = findings.found.is_empty();
        self.findings = Some(findings);
        self.selected = 0;
        self.offset.set(0);
    }

    fn run(&mut self, ctx: &Ctx) -> Step {
        let text = self.query.text(FieldName::Query);
        if text.trim().is_empty() {
            return Step::error(t!("search-type-words"));
        }
        self.asked = text.trim().to_string();
        let (viewer, filter) = (ctx.viewer.clone(), self.filter.clone());
        Step::Run {
            busy: "busy-searching",
            job: Job::done(move |forum| {
                let findings = forum.search(&viewer, &text, &filter)?;
                Ok(Outcome {
                    say: String::new(),
                    close: 0,
                    next: Next::Found(Box::new(findings)),
                })
            }),
        }
    }

    fn handle_filter(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Some(form) = &mut self.filtering else {
            return Step::Ignored;
        };
        match form.handle(input) {
            FormStep::Submit => {
                let Some(filter) = search_filter::read(form, &self.communities) else {
                    return Step::Stay;
                };
                self.filter = filter;
                self.filtering = None;
                if self.query.text(FieldName::Query).trim().is_empty() {
                    return Step::Stay;
                }
                self.run(ctx)
            }
            FormStep::Cancel => {
                self.filtering = None;
                Step::Stay
            }
            FormStep::Ignored(Key::F(1)) => Step::Help,
            FormStep::Ignored(_) | FormStep::Consumed => Step::Stay,
        }
    }
}

impl View for SearchScreen {
    fn title(&self, _ctx: &Ctx) -> String {
        if self.asked.is_empty() {
            t!("search-title")
        } else {
            t!("search-title-asked", words = self.asked.as_str())
        }
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        if self.filtering.is_some() {
            FILTERING
        } else if self.typing {
            TYPING
        } else {
            RESULTS
        }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        if self.filtering.is_some() {
            return self.handle_filter(input, ctx);
        }
        let hits = self.hits().len();
        if self.typing {
            return match input {
                Input::Key(Key::Enter) => self.run(ctx),
                Input::Key(Key::Down | Key::Tab) if hits > 0 => {
                    self.typing = false;
                    Step::Stay
                }
                _ => match self.query.handle(input) {
                    FormStep::Cancel => Step::Back,
                    FormStep::Submit => self.run(ctx),
                    FormStep::Ignored(Key::F(1)) => Step::Help,
                    FormStep::Ignored(_) | FormStep::Consumed => Step::Stay,
                },
            };
        }
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        let last = hits.saturating_sub(1);
        match action_for(*key, &[RESULTS]) {
            Some(Action::Up) if self.selected == 0 => {
                self.typing = true;
                Step::Stay
            }
            Some(Action::Up) => {
                self.selected -= 1;
                Step::Stay
            }
            Some(Action::Down) => {
                self.selected = (self.selected + 1).min(last);
                Step::Stay
            }
            Some(Action::PageUp) => {
                self.selected = self.selected.saturating_sub(5);
                Step::Stay
            }
            Some(Action::PageDown) => {
                self.selected = (self.selected + 5).min(last);
                Step::Stay
            }
            Some(Action::Search) => {
                self.typing = true;
                Step::Stay
            }
            Some(Action::Filter) => {
                self.filtering = Some(search_filter::form(&self.filter, &self.communities));
                Step::Stay
            }
            Some(Action::Open) => match self.hits().get(self.selected) {
                Some(found) => Step::Open(Box::new(Screen::for_target(&found.target, ctx))),
                None => Step::Ignored,
            },
            Some(action) => common(action),
            None => Step::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let [boxed, body] =
            Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
        // Only the part the keys go to is marked and has the cursor.
        if self.typing && self.filtering.is_none() {
            self.query.render(frame, boxed, theme);
        } else {
            self.query.render_idle(frame, boxed, theme);
        }
        let body = match &self.filtering {
            Some(form) => {
                let [top, rest] =
                    Layout::vertical([Constraint::Length(10), Constraint::Min(1)]).areas(body);
                form.render(frame, top, theme);
                rest
            }
            None => body,
        };
        let parts = self.filter.parts();
        let about = match (&self.findings, parts.is_empty()) {
            (None, true) => t!("search-about"),
            (None, false) => t!("search-narrowed-to", parts = parts.join(", ")),
            (Some(f), true) => t!("search-results", n = f.found.len()),
            (Some(f), false) => t!(
                "search-results-narrowed",
                n = f.found.len(),
                parts = parts.join(", ")
            ),
        };
        let mut lines = vec![Line::styled(text::fit(&about, width), theme.dim)];
        let Some(findings) = &self.findings else {
            frame.render_widget(Paragraph::new(lines), body);
            return;
        };
        if findings.found.is_empty() {
            lines.push(Line::styled(
                text::fit(&t!("search-nothing-found"), width),
                theme.dim,
            ));
        }
        let matcher = Matcher::new(&findings.words);
        let mut selected_line = 0;
        let mut index = 0;
        for (kind, group) in findings.grouped() {
            lines.push(Line::styled(
                text::fit(&format!("{} ({})", heading(kind), group.len()), width),
                theme.title,
            ));
            for found in group {
                let chosen = index == self.selected && !self.typing;
                if chosen {
                    selected_line = lines.len();
                }
                let lead = if chosen { "> " } else { "  " };
                let label = if ctx.forum.is_demo_target(&found.target) {
                    "[demo] "
                } else {
                    ""
                };
                let lead = format!("{lead}{label}");
                let base = if chosen { theme.selected } else { theme.text };
                lines.push(marked(
                    &lead,
                    &found.title,
                    width,
                    (base, theme.unread),
                    &matcher,
                ));
                lines.push(Line::styled(
                    text::fit(&format!("    {}", found.about), width),
                    theme.dim,
                ));
                if !found.excerpt.is_empty() {
                    lines.push(marked(
                        "    ",
                        &found.excerpt,
                        width,
                        (theme.text, theme.unread),
                        &matcher,
                    ));
                }
                index += 1;
            }
        }
        // Keep the selected result (its three lines) in view.
        let rows = usize::from(body.height);
        let mut offset = self.offset.get();
        if selected_line < offset {
            offset = selected_line.saturating_sub(1);
        } else if rows > 0 && selected_line + 3 > offset + rows {
            offset = selected_line + 3 - rows;
        }
        self.offset.set(offset);
        let shown: Vec<Line> = lines.into_iter().skip(offset).collect();
        frame.render_widget(Paragraph::new(shown), body);
    }
}

/// The heading results of `kind` are grouped under, in the reader's language.
fn heading(kind: stoa_core::search::Kind) -> String {
    stoa_present::lang::text(&format!("search-kind-{}", kind.as_str()))
}

/// `lead` then `text`, cut to `width` with an ellipsis, its words that answer the
/// search in `mark` (styles: base, then mark).
fn marked(
    lead: &str,
    text: &str,
    width: usize,
    (base, mark): (Style, Style),
    matcher: &Matcher,
) -> Line<'static> {
    let text = text::fit(text, width.saturating_sub(text::width(lead)));
    let mut spans = vec![Span::styled(lead.to_string(), base)];
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            spans.push(Span::styled(" ", base));
        }
        let style = if matcher.answers(word) {
            base.patch(mark)
        } else {
            base
        };
        spans.push(Span::styled(word.to_string(), style));
    }
    Line::from(spans)
}
