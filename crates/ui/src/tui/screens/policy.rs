//! The editorial policy, in full. Opened from sign-up, it can be accepted with `a`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::View;
use super::list::Scroll;
use super::{Ctx, Step, common};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_present::keys::Input;
use stoa_present::t;
use stoa_present::text;

/// True when the last line pushed is a heading (paragraphs follow it directly).
fn is_heading_line(lines: &[Line]) -> bool {
    lines.last().is_some_and(|l| {
        l.style
            .add_modifier
            .contains(ratatui::style::Modifier::BOLD)
    })
}

use stoa_core::forum::POLICY;

pub struct Policy {
    scroll: Scroll,
    /// Who sits on the committee, read once when the page is first drawn (an
    /// account scan: not at every frame).
    governance: std::cell::OnceCell<Option<stoa_present::governance::Governance>>,
    /// Opened from the sign-up form, where `a` accepts it.
    for_sign_up: bool,
}

const READING: &[Binding] = &[
    keymap::SCROLL_UP,
    keymap::DOWN,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    keymap::TOP,
    keymap::BOTTOM,
    keymap::HELP,
    keymap::BACK,
];
const ACCEPTING: &[Binding] = &[
    keymap::SCROLL_UP,
    keymap::DOWN,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    keymap::TOP,
    keymap::BOTTOM,
    keymap::ACCEPT_POLICY,
    keymap::HELP,
    keymap::BACK,
];

impl Policy {
    pub fn new(for_sign_up: bool) -> Policy {
        Policy {
            scroll: Scroll::default(),
            governance: std::cell::OnceCell::new(),
            for_sign_up,
        }
    }
}

impl View for Policy {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("signup-policy")
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        if self.for_sign_up { ACCEPTING } else { READING }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        match action_for(*key, &[self.bindings(ctx)]) {
            Some(action) if self.scroll.apply(action) => Step::Stay,
            Some(Action::AcceptPolicy) => Step::AcceptPolicy,
            Some(action) => common(action),
            None => Step::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let width = usize::from(area.width);
        let mut lines: Vec<Line> = Vec::new();
        for (i, paragraph) in POLICY.lines().enumerate() {
            let is_heading = i == 0
                || (paragraph.len() < 48
                    && paragraph
                        .split_once(". ")
                        .is_some_and(|(n, _)| n.parse::<u8>().is_ok()));
            if is_heading {
                if !lines.is_empty() {
                    lines.push(Line::from(""));
                }
                lines.push(Line::styled(text::fit(paragraph, width), ctx.theme.heading));
            } else if !paragraph.trim().is_empty() {
                if lines.len() > 1 && !is_heading_line(&lines) {
                    lines.push(Line::from(""));
                }
                lines.extend(
                    text::wrap(paragraph, width.min(text::MEASURE))
                        .into_iter()
                        .map(Line::from),
                );
            }
        }
        let governance = self
            .governance
            .get_or_init(|| stoa_present::governance::governance(ctx.forum).ok());
        if let Some(g) = governance {
            lines.push(Line::from(""));
            lines.push(Line::styled(
                text::fit(&t!("policy-committee"), width),
                ctx.theme.heading,
            ));
            for member in &g.members {
                lines.push(Line::from(text::fit(&format!("  {member}"), width)));
            }
            lines.push(Line::from(""));
            lines.extend(
                text::wrap(&g.reach, width.min(text::MEASURE))
                    .into_iter()
                    .map(Line::from),
            );
        }
        if self.for_sign_up {
            lines.push(Line::from(""));
            lines.push(Line::styled(t!("policy-press-a-to-accept"), ctx.theme.key));
        }
        let rows = usize::from(area.height);
        let first = self.scroll.first_line(rows, lines.len());
        let shown: Vec<Line> = lines.into_iter().skip(first).take(rows).collect();
        frame.render_widget(Paragraph::new(shown), area);
    }
}
