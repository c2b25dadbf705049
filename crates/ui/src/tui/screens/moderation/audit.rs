//! The audit log, newest first: when, who, what action on what target, the
//! reason, and the value before and after. `F` filters it by committee member,
//! target and action; Enter opens an entry in full (a long post's before and
//! after, cut to one line in the list).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::super::list::{Listed, Scroll, Selection};
use super::super::{Ctx, Step, common};
use crate::tui::form::{Field, Form, FormStep};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::{AuditAction, AuditEntry};
use stoa_core::forum::AuditFilter;
use stoa_core::forum::FieldName;
use stoa_present::keys::{Input, Key};
use stoa_present::{t, text, when};

/// The most entries the screen reads: the newest. `admin audit` prints them all.
const SHOWN: usize = 1000;

/// Lines each entry takes: what happened, why, the change, blank.
const ENTRY: usize = 4;

#[derive(Default)]
pub struct AuditLog {
    list: Listed<AuditEntry>,
    filter: AuditFilter,
    /// Open while the committee member sets the filter.
    filtering: Option<Form>,
    /// The entry read in full, and how far down.
    opened: Option<(usize, Scroll)>,
}

const BROWSING: &[Binding] = &[
    keymap::UP,
    keymap::DOWN,
    Binding {
        help: "key-help-read-the-selected-entry-in-full-its-whole-before",
        ..keymap::OPEN
    },
    keymap::BACK,
    keymap::FILTER,
    keymap::NEXT_TAB,
    keymap::PREV_TAB,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    keymap::TOP,
    keymap::BOTTOM,
    keymap::GOTO,
    keymap::HELP,
];
/// Reading one entry in full.
const READING: &[Binding] = &[
    keymap::SCROLL_UP,
    keymap::DOWN,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    keymap::TOP,
    keymap::BOTTOM,
    Binding {
        short: "key-the-log",
        help: "key-help-back-to-the-log",
        ..keymap::BACK
    },
    keymap::HELP,
];

const FILTERING: &[Binding] = &[
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

fn filter_form(filter: &AuditFilter) -> Form {
    let actions = std::iter::once(t!("moderation-audit-any-action"))
        .chain(AuditAction::ALL.iter().map(|a| a.as_str().to_string()));
    let chosen = filter
        .action
        .and_then(|a| AuditAction::ALL.iter().position(|x| *x == a))
        .map_or(0, |i| i + 1);
    Form::new(vec![
        Field::line(
            FieldName::By,
            t!("moderation-audit-by"),
            filter.by.as_deref().unwrap_or_default(),
        )
        .hint(t!("moderation-audit-by-hint")),
        Field::line(
            FieldName::Target,
            t!("moderation-audit-target"),
            filter.target.as_deref().unwrap_or_default(),
        )
        .hint(t!("moderation-audit-target-hint")),
        Field::choice(
            FieldName::Action,
            t!("moderation-audit-action"),
            actions,
            Some(chosen),
        )
        .hint(t!("signup-region-hint")),
    ])
    .with_label_width(8)
}

impl AuditLog {
    pub fn new(ctx: &Ctx) -> AuditLog {
        let mut log = AuditLog {
            filter: AuditFilter {
                newest: Some(SHOWN),
                ..AuditFilter::default()
            },
            ..AuditLog::default()
        };
        log.refresh(ctx);
        log
    }

    pub fn bindings(&self) -> &'static [Binding] {
        if self.filtering.is_some() {
            FILTERING
        } else if self.opened.is_some() {
            READING
        } else {
            BROWSING
        }
    }

    pub fn refresh(&mut self, ctx: &Ctx) {
        self.list
            .load(ctx.forum.audit_log(ctx.viewer, &self.filter));
    }

    pub fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        if let Some(form) = &mut self.filtering {
            match form.handle(input) {
                FormStep::Submit => {
                    let text =
                        |name| Some(form.text(name).trim().to_string()).filter(|t| !t.is_empty());
                    self.filter = AuditFilter {
                        by: text(FieldName::By),
                        target: text(FieldName::Target),
                        action: form
                            .choice(FieldName::Action)
                            .and_then(|i| i.checked_sub(1))
                            .map(|i| AuditAction::ALL[i]),
                        since: None,
                        newest: Some(SHOWN),
                    };
                    self.filtering = None;
                    self.list.selection = Selection::default();
                    self.refresh(ctx);
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
        if let Some((_, scroll)) = &mut self.opened {
            return match action_for(*key, &[READING]) {
                Some(Action::Back) => {
                    self.opened = None;
                    Step::Stay
                }
                Some(action) if scroll.apply(action) => Step::Stay,
                Some(action) => common(action),
                None => Step::Ignored,
            };
        }
        match action_for(*key, &[BROWSING]) {
            Some(Action::Open) if !self.list.items.is_empty() => {
                self.opened = Some((self.list.selection.index, Scroll::default()));
                Step::Stay
            }
            Some(action) if self.list.apply(action) => Step::Stay,
            Some(Action::Filter) => {
                self.filtering = Some(filter_form(&self.filter));
                Step::Stay
            }
            Some(Action::NextTab) => Step::Tab(true),
            Some(Action::PrevTab) => Step::Tab(false),
            Some(action) => common(action),
            None => Step::Ignored,
        }
    }

    fn describe_filter(&self) -> String {
        if self.filter.is_empty() {
            return t!("moderation-audit-every-action");
        }
        let mut parts = Vec::new();
        if let Some(by) = &self.filter.by {
            parts.push(t!("moderation-audit-filter-by", name = by.as_str()));
        }
        if let Some(target) = &self.filter.target {
            parts.push(t!(
                "moderation-audit-filter-target",
                target = target.as_str()
            ));
        }
        if let Some(action) = self.filter.action {
            parts.push(t!(
                "moderation-audit-filter-action",
                action = action.to_string()
            ));
        }
        t!(
            "moderation-audit-filtered",
            filter = parts.join(", "),
            n = self.list.items.len()
        )
    }

    /// One entry in full: every line of what it was before and after.
    fn render_opened(
        &self,
        frame: &mut Frame,
        area: Rect,
        ctx: &Ctx,
        index: usize,
        scroll: &Scroll,
    ) {
        let theme = ctx.theme;
        let width = usize::from(area.width).min(text::MEASURE);
        let tz = ctx.viewer.account().map_or("UTC", |a| a.time_zone.as_str());
        let lines = self.list.items.get(index).map(|e| {
            let mut lines = vec![
                Line::styled(
                    text::fit(&format!("{} {}", e.action, e.target), width),
                    theme.heading,
                ),
                Line::styled(
                    text::fit(
                        &t!(
                            "moderation-audit-at-by",
                            when = when::stamp(e.at, tz),
                            name = e.by.as_str()
                        ),
                        width,
                    ),
                    theme.dim,
                ),
                Line::from(""),
            ];
            for (label, value) in [
                (t!("moderation-audit-why"), &e.reason),
                (t!("moderation-audit-before"), &e.before),
                (t!("moderation-audit-after"), &e.after),
            ] {
                lines.push(Line::styled(label, theme.title));
                for paragraph in stoa_core::forum::sanitize::multiline(value).split('\n') {
                    lines.extend(
                        text::wrap(paragraph, width.saturating_sub(2))
                            .into_iter()
                            .map(|l| Line::raw(format!("  {l}"))),
                    );
                }
                lines.push(Line::from(""));
            }
            lines.push(Line::styled(t!("moderation-audit-esc-back"), theme.dim));
            lines
        });
        let gone = t!("moderation-audit-entry-gone");
        super::super::item_view::render(frame, area, ctx, scroll, lines.ok_or(gone.as_str()));
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        if let Some((index, scroll)) = &self.opened {
            return self.render_opened(frame, area, ctx, *index, scroll);
        }
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let area = match &self.filtering {
            Some(form) => {
                let [top, rest] =
                    Layout::vertical([Constraint::Length(7), Constraint::Min(1)]).areas(area);
                form.render(frame, top, theme);
                rest
            }
            None => area,
        };
        let tz = ctx.viewer.account().map_or("UTC", |a| a.time_zone.as_str());
        let mut lines = vec![Line::styled(
            text::fit(&self.describe_filter(), width),
            theme.dim,
        )];
        if let Some(problem) = &self.list.problem {
            lines.push(Line::styled(text::fit(problem, width), theme.error));
        } else if self.list.items.is_empty() {
            lines.push(Line::styled(t!("moderation-audit-none"), theme.dim));
        }
        let rows = usize::from(area.height).saturating_sub(1);
        lines.extend(super::entries(
            &self.list.selection,
            self.list.items.len(),
            rows,
            ENTRY,
            |i, selected| {
                let e = &self.list.items[i];
                let head = format!(
                    "{}{} · {} · {} · {}",
                    if selected { "> " } else { "  " },
                    when::stamp(e.at, tz),
                    e.by,
                    e.action,
                    e.target
                );
                let head = text::fit(&head, width);
                let head = if selected {
                    Line::styled(format!("{head:<width$}"), theme.selected)
                } else {
                    Line::styled(head, theme.title)
                };
                let why = format!(
                    "    {}",
                    t!("moderation-audit-why-line", reason = e.reason.as_str())
                );
                let change = format!(
                    "    {} → {}",
                    e.before.replace('\n', " "),
                    e.after.replace('\n', " ")
                );
                vec![
                    head,
                    Line::raw(text::fit(&why, width)),
                    Line::styled(text::fit(&change, width), theme.dim),
                    Line::from(""),
                ]
            },
        ));
        frame.render_widget(Paragraph::new(lines), area);
    }
}
