//! The review queue: submissions waiting for a decision, oldest first, with
//! kind, title, author and age; those waiting too long are marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::super::list::Listed;
use super::super::submission::SubmissionScreen;
use super::super::{Ctx, Screen, Step, common};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::Submission;
use stoa_present::keys::Input;
use stoa_present::terms::submission_kind as kind_label;
use stoa_present::{t, text, when};

#[derive(Default)]
pub struct Queue {
    list: Listed<Submission>,
}

impl Queue {
    pub const BINDINGS: &[Binding] = &[
        keymap::UP,
        keymap::DOWN,
        keymap::BACK,
        keymap::OPEN,
        keymap::NEXT_TAB,
        keymap::PREV_TAB,
        keymap::PAGE_UP,
        keymap::PAGE_DOWN,
        keymap::TOP,
        keymap::BOTTOM,
        keymap::GOTO,
        keymap::HELP,
    ];

    pub fn new(ctx: &Ctx) -> Queue {
        let mut queue = Queue::default();
        queue.refresh(ctx);
        queue
    }

    pub fn len(&self) -> usize {
        self.list.items.len()
    }

    pub fn refresh(&mut self, ctx: &Ctx) {
        self.list.load(ctx.forum.review_queue(ctx.viewer));
    }

    pub fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        match action_for(*key, &[Self::BINDINGS]) {
            Some(action) if self.list.apply(action) => Step::Stay,
            Some(Action::Open) => match self.list.selected() {
                Some(s) => Step::Open(Box::new(Screen::Submission(Box::new(
                    SubmissionScreen::new(s.id, ctx),
                )))),
                None => Step::Ignored,
            },
            Some(Action::NextTab) => Step::Tab(true),
            Some(Action::PrevTab) => Step::Tab(false),
            Some(action) => common(action),
            None => Step::Ignored,
        }
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let now = ctx.forum.now();
        let tz = ctx.viewer.account().map_or("UTC", |a| a.time_zone.as_str());
        let overdue = i64::from(ctx.forum.editorial().overdue_hours) * 3600;
        let mut lines = Vec::new();
        if let Some(problem) = &self.list.problem {
            lines.push(Line::styled(text::fit(problem, width), theme.error));
        } else if self.list.items.is_empty() {
            lines.push(Line::styled(t!("moderation-queue-empty"), theme.dim));
        } else {
            let (kind_w, author_w, age_w) = (10, 14, 9);
            let title_w = width.saturating_sub(kind_w + author_w + age_w + 5);
            lines.push(Line::styled(
                text::fit(
                    // Columns by display width, whatever the script.
                    &format!(
                        "  {} {} {} {}",
                        text::column(&t!("moderation-queue-column-kind"), kind_w),
                        text::column(&t!("moderation-queue-column-title"), title_w),
                        text::column(&t!("moderation-queue-column-author"), author_w),
                        text::column_right(&t!("moderation-queue-column-waiting"), age_w)
                    ),
                    width,
                ),
                theme.dim,
            ));
            let rows = usize::from(area.height).saturating_sub(2);
            lines.extend(super::entries(
                &self.list.selection,
                self.list.items.len(),
                rows,
                1,
                |i, selected| {
                    let s = &self.list.items[i];
                    let late = now.as_second() - s.submitted_at.as_second() > overdue;
                    let age = waiting(now, s.submitted_at, tz);
                    let age = if late { format!("! {age}") } else { age };
                    let row = format!(
                        "{}{} {} {} {}",
                        if selected { "> " } else { "  " },
                        text::column(&kind_label(s.item.kind()), kind_w),
                        text::column(s.title(), title_w),
                        text::column(&s.author, author_w),
                        text::column_right(&age, age_w),
                    );
                    let style = match (selected, late) {
                        (true, _) => theme.selected,
                        (false, true) => theme.unread,
                        (false, false) => theme.text,
                    };
                    vec![Line::from(Span::styled(text::fit(&row, width), style))]
                },
            ));
            if self
                .list
                .items
                .iter()
                .any(|s| now.as_second() - s.submitted_at.as_second() > overdue)
            {
                lines.push(Line::from(""));
                lines.push(Line::styled(
                    text::fit(
                        &format!(
                            "! {}",
                            t!(
                                "moderation-queue-overdue",
                                hours = ctx.forum.editorial().overdue_hours
                            )
                        ),
                        width,
                    ),
                    theme.unread,
                ));
            }
        }
        frame.render_widget(Paragraph::new(lines), area);
    }
}

/// How long a submission has waited: "just now", "12m", "3h", "5d", then its
/// day for anything older than a week.
fn waiting(now: jiff::Timestamp, then: jiff::Timestamp, tz: &str) -> String {
    match now.as_second() - then.as_second() {
        s if s < 60 => t!("ago-just-now"),
        s if s < 3_600 => t!("moderation-waiting-minutes", n = s / 60),
        s if s < 86_400 => t!("moderation-waiting-hours", n = s / 3_600),
        s if s < 7 * 86_400 => t!("moderation-waiting-days", n = s / 86_400),
        _ => when::ago(now, then, tz),
    }
}
