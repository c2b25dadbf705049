//! Every community the viewer can see, with what each is about.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use stoa_present::t;

use super::View;
use super::changes;
use super::list::CommunityList;
use super::{Ctx, Step, common};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::LastPlace;
use stoa_core::domain::Visibility;
use stoa_core::forum::Change;
use stoa_core::forum::CommunitySummary;
use stoa_present::keys::Input;
use stoa_present::text;
use stoa_present::theme::Theme;

pub struct Communities {
    list: CommunityList,
}

impl Communities {
    pub const BINDINGS: &[Binding] = &[
        keymap::UP,
        keymap::DOWN,
        keymap::PAGE_UP,
        keymap::PAGE_DOWN,
        keymap::TOP,
        keymap::BOTTOM,
        keymap::OPEN,
        keymap::JOIN,
        keymap::PROPOSE,
        keymap::GOTO,
        keymap::HELP,
        keymap::BACK,
    ];

    pub fn new(ctx: &Ctx) -> Communities {
        Communities {
            list: CommunityList::load(ctx),
        }
    }
}

impl View for Communities {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("communities-title")
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        Communities::BINDINGS
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        match action_for(*key, &[Self::BINDINGS]) {
            Some(action) if self.list.apply(action) => Step::Stay,
            Some(Action::Open) => self.list.open(ctx),
            Some(Action::Join) => self.list.toggle_membership(ctx),
            Some(Action::Propose) => super::submissions::propose(ctx),
            Some(action) => common(action),
            None => Step::Ignored,
        }
    }

    /// Each community is a block: its name, its description, its figures, then a
    /// blank line.
    /// The list scrolls by whole blocks so the selected one is always in full view.
    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let heading = match ctx.viewer.account() {
            Some(_) => t!("communities-count", n = self.list.items.len()),
            None => t!("communities-public-count", n = self.list.items.len()),
        };
        let mut lines = vec![
            Line::styled(text::fit(&heading, width), theme.heading),
            Line::from(""),
        ];
        if self.list.items.is_empty() {
            lines.push(Line::styled(
                text::fit(self.list.empty_message(), width),
                theme.dim,
            ));
        }
        let blocks: Vec<Vec<Line>> = self
            .list
            .items
            .iter()
            .enumerate()
            .map(|(i, summary)| {
                let c = &summary.community;
                let selected = i == self.list.selection.index;
                let mut title = format!("{}{}", if selected { "> " } else { "  " }, c.name);
                if c.visibility == Visibility::Members {
                    title.push_str("  (members only)");
                }
                if summary.joined {
                    title.push_str("  · joined");
                }
                let title = text::fit(&title, width);
                let mut block = vec![if selected {
                    Line::styled(format!("{title:<width$}"), theme.selected)
                } else {
                    Line::styled(title, theme.title)
                }];
                block.extend(
                    text::wrap(&c.description, width.min(text::MEASURE).saturating_sub(4))
                        .into_iter()
                        .map(|l| Line::styled(format!("    {l}"), theme.dim)),
                );
                block.push(figures(summary, width, theme));
                block.push(Line::from(""));
                block
            })
            .collect();
        // Start as high as possible while the selected block still fits in full.
        let room = usize::from(area.height).saturating_sub(lines.len());
        let mut first = 0;
        if !blocks.is_empty() {
            let selected = self.list.selection.index.min(blocks.len() - 1);
            while first < selected
                && blocks[first..=selected].iter().map(Vec::len).sum::<usize>() > room
            {
                first += 1;
            }
        }
        lines.extend(blocks.into_iter().skip(first).flatten());
        frame.render_widget(Paragraph::new(lines), area);
    }

    fn concerns(&self, change: &Change, ctx: &Ctx) -> bool {
        changes::lists(change, ctx)
    }

    fn reload(&mut self, ctx: &Ctx) {
        self.list.refresh(ctx);
    }

    fn last_place(&self) -> Option<LastPlace> {
        Some(LastPlace::Communities)
    }
}

/// "12 members · 34 threads · 3 unread", the unread part marked.
fn figures(c: &CommunitySummary, width: usize, theme: &Theme) -> Line<'static> {
    let text = format!(
        "    {} · {}",
        t!("count-members", n = c.members),
        t!("count-threads", n = c.threads)
    );
    let mut spans = vec![Span::styled(text::fit(&text, width), theme.dim)];
    if c.unread > 0 {
        spans.push(Span::styled(
            format!(" · {}", t!("threads-unread", n = c.unread)),
            theme.unread,
        ));
    }
    Line::from(spans)
}
