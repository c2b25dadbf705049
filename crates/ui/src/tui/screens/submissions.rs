//! My submissions (`g` then `s`): everything the member sent for review, or kept
//! as a draft, with its state and the committee's latest word. `n` proposes a
//! community.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::View;
use super::changes;
use super::list::Listed;
use super::submission::{SubmissionScreen, state_style};
use super::{Ctx, Screen, Step, common};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::LastPlace;
use stoa_core::domain::Submission;
use stoa_core::forum::Change;
use stoa_present::keys::Input;
use stoa_present::terms::{
    review_action as action_label, submission_kind as kind_label, submission_state as state_label,
};
use stoa_present::{t, text, when};

pub struct MySubmissions {
    list: Listed<Submission>,
    /// Each one's state as its author reads it (withdrawn or not), read with
    /// the list rather than at every frame.
    states: Vec<&'static str>,
}

impl MySubmissions {
    pub const BINDINGS: &[Binding] = &[
        keymap::UP,
        keymap::DOWN,
        keymap::PAGE_UP,
        keymap::PAGE_DOWN,
        keymap::TOP,
        keymap::BOTTOM,
        keymap::OPEN,
        keymap::PROPOSE,
        keymap::GOTO,
        keymap::HELP,
        keymap::BACK,
    ];

    pub fn new(ctx: &Ctx) -> MySubmissions {
        let mut screen = MySubmissions {
            list: Listed::default(),
            states: Vec::new(),
        };
        screen.reload(ctx);
        screen
    }
}

impl View for MySubmissions {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("submissions-title")
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        MySubmissions::BINDINGS
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
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
            Some(Action::Propose) => propose(ctx),
            Some(action) => common(action),
            None => Step::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let tz = ctx.viewer.account().map_or("UTC", |a| a.time_zone.as_str());
        let mut lines = vec![
            Line::styled(text::fit(&t!("submissions-intro"), width), theme.dim),
            Line::from(""),
        ];
        if let Some(problem) = &self.list.problem {
            lines.push(Line::styled(text::fit(problem, width), theme.error));
        } else if self.list.items.is_empty() {
            lines.push(Line::styled(
                text::fit(&t!("submissions-none"), width),
                theme.dim,
            ));
        }
        let rows = usize::from(area.height).saturating_sub(lines.len()) / 2;
        let first = self.list.selection.first_visible(rows);
        for (i, s) in self.list.items.iter().enumerate().skip(first).take(rows) {
            let selected = i == self.list.selection.index;
            let marker = if selected { "> " } else { "  " };
            let state = state_label(self.states.get(i).copied().unwrap_or(s.state.label()));
            let title_room = width.saturating_sub(text::width(&state) + 4);
            let title = text::fit(
                &format!("{marker}{}: {}", kind_label(s.item.kind()), s.title()),
                title_room,
            );
            let pad = width.saturating_sub(text::width(&title) + text::width(&state));
            let mut spans = vec![
                Span::styled(
                    title,
                    if selected {
                        theme.selected
                    } else {
                        theme.title
                    },
                ),
                Span::raw(" ".repeat(pad)),
                Span::styled(state, state_style(s.state, theme)),
            ];
            if selected {
                spans[1] = Span::styled(" ".repeat(pad), theme.selected);
            }
            lines.push(Line::from(spans));
            let detail = match s.last_decision() {
                Some(e) => format!(
                    "    {}",
                    t!(
                        "submissions-decision",
                        name = e.by.as_str(),
                        action = action_label(e.action),
                        ago = when::ago(ctx.forum.now(), e.at, tz),
                        note = e.note.as_str()
                    )
                ),
                None if s.state == stoa_core::domain::ReviewState::Draft => format!(
                    "    {}",
                    t!(
                        "submissions-draft-started",
                        ago = when::ago(ctx.forum.now(), s.created_at, tz)
                    )
                ),
                None => format!(
                    "    {}",
                    t!(
                        "submissions-sent-waiting",
                        ago = when::ago(ctx.forum.now(), s.submitted_at, tz)
                    )
                ),
            };
            lines.push(Line::styled(text::fit(&detail, width), theme.dim));
        }
        frame.render_widget(Paragraph::new(lines), area);
    }

    fn concerns(&self, change: &Change, _ctx: &Ctx) -> bool {
        // A withdrawal (a board or news change) turns an approved item to
        // withdrawn.
        changes::committee_work(change) || matches!(change, Change::Board | Change::News)
    }

    fn reload(&mut self, ctx: &Ctx) {
        self.list.load(ctx.forum.my_submissions(ctx.viewer));
        self.states = self
            .list
            .items
            .iter()
            .map(|s| stoa_present::board_item::state_now(s, ctx.forum, ctx.viewer))
            .collect();
    }

    fn last_place(&self) -> Option<LastPlace> {
        Some(LastPlace::MySubmissions)
    }
}

/// Opens the proposal form, for members who may write.
pub fn propose(ctx: &Ctx) -> Step {
    if ctx.viewer.account().is_none() {
        return Step::error(t!("submissions-sign-up-to-propose"));
    }
    if let Some(refused) = super::muted(ctx) {
        return refused;
    }
    Step::Open(Box::new(Screen::Proposal(Box::new(
        super::proposal::ProposalForm::new(None, &Default::default(), None),
    ))))
}
