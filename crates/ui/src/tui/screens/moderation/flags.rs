//! Flagged posts, grouped by post, the longest-waiting first: the post, its
//! author and thread, and each flag's reason and note. The committee hides the
//! post (`h`), dismisses the flags (`d`), or mutes or bans the author (`m`, `b`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::super::list::Listed;
use super::super::reason_form::{Act, ReasonForm};
use super::super::{Ctx, Screen, Step, common};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::SanctionKind;
use stoa_core::forum::FlaggedPost;
use stoa_present::keys::Input;
use stoa_present::{t, text, when};

/// Lines each flagged post takes: header, excerpt, reasons, blank.
const ENTRY: usize = 4;

#[derive(Default)]
pub struct Flags {
    list: Listed<FlaggedPost>,
}

impl Flags {
    pub const BINDINGS: &[Binding] = &[
        keymap::UP,
        keymap::DOWN,
        keymap::BACK,
        keymap::OPEN,
        keymap::HIDE,
        keymap::DISMISS,
        keymap::MUTE,
        keymap::BAN,
        keymap::NEXT_TAB,
        keymap::PREV_TAB,
        keymap::GOTO,
        keymap::HELP,
    ];

    /// With nothing flagged, only moving between tabs and going away.
    pub const EMPTY: &[Binding] = &[
        keymap::BACK,
        keymap::NEXT_TAB,
        keymap::PREV_TAB,
        keymap::GOTO,
        keymap::HELP,
    ];

    /// The keys that work now: acting on a flag only when there is one.
    pub fn bindings(&self) -> &'static [Binding] {
        if self.list.items.is_empty() {
            Self::EMPTY
        } else {
            Self::BINDINGS
        }
    }

    pub fn new(ctx: &Ctx) -> Flags {
        let mut flags = Flags::default();
        flags.refresh(ctx);
        flags
    }

    pub fn len(&self) -> usize {
        self.list.items.len()
    }

    pub fn refresh(&mut self, ctx: &Ctx) {
        self.list.load(ctx.forum.flags_queue(ctx.viewer));
    }

    pub fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        let Some(action) = action_for(*key, &[self.bindings()]) else {
            return Step::Ignored;
        };
        if self.list.apply(action) {
            return Step::Stay;
        }
        let selected = self.list.selected();
        let act = match (action, selected) {
            (Action::NextTab, _) => return Step::Tab(true),
            (Action::PrevTab, _) => return Step::Tab(false),
            (Action::Open, Some(f)) => {
                let mut thread = Screen::thread(f.thread.id, ctx);
                thread.select_post(f.post.id, ctx);
                return Step::Open(Box::new(thread));
            }
            (Action::Hide, Some(f)) => Act::Hide { post: f.post.id },
            (Action::Dismiss, Some(f)) => Act::Dismiss { post: f.post.id },
            (Action::Mute | Action::Ban, Some(f)) => Act::SanctionAuthor {
                post: f.post.id,
                author: f.post.author.clone(),
                kind: if action == Action::Mute {
                    SanctionKind::Muted
                } else {
                    SanctionKind::Banned
                },
            },
            (Action::Open | Action::Hide | Action::Dismiss | Action::Mute | Action::Ban, None) => {
                return Step::Ignored;
            }
            (other, _) => return common(other),
        };
        let about = selected.map_or_else(String::new, |f| {
            t!(
                "moderation-flag-about",
                post = f.post.id.to_string(),
                name = f.post.author.as_str(),
                thread = f.thread.title.as_str()
            )
        });
        Step::Open(Box::new(Screen::ReasonForm(Box::new(ReasonForm::new(
            act, &about, ctx,
        )))))
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let now = ctx.forum.now();
        let tz = ctx.viewer.account().map_or("UTC", |a| a.time_zone.as_str());
        let mut lines = Vec::new();
        if let Some(problem) = &self.list.problem {
            lines.push(Line::styled(text::fit(problem, width), theme.error));
        } else if self.list.items.is_empty() {
            lines.push(Line::styled(t!("moderation-flags-none"), theme.dim));
        }
        lines.extend(super::entries(
            &self.list.selection,
            self.list.items.len(),
            usize::from(area.height),
            ENTRY,
            |i, selected| {
                let f = &self.list.items[i];
                let first = f.flags.first().map_or(now, |flag| flag.at);
                let head = format!(
                    "{}{}",
                    if selected { "> " } else { "  " },
                    t!(
                        "moderation-flag-head",
                        post = f.post.id.to_string(),
                        name = f.post.author.as_str(),
                        thread = f.thread.title.as_str(),
                        ago = when::ago(now, first, tz)
                    )
                );
                let head = text::fit(&head, width);
                let head = if selected {
                    Line::styled(format!("{head:<width$}"), theme.selected)
                } else {
                    Line::styled(head, theme.title)
                };
                let mut state = String::new();
                if f.post.hidden.is_some() {
                    state.push_str(&format!("{} ", t!("moderation-flag-hidden")));
                }
                let excerpt = f.post.body.replace('\n', " ");
                let notes: Vec<String> = f
                    .flags
                    .iter()
                    .filter(|flag| !flag.note.is_empty())
                    .map(|flag| format!("{}: {}", flag.by, flag.note))
                    .collect();
                let mut why = format!(
                    "    {}",
                    t!(
                        "moderation-flag-why",
                        n = f.flags.len(),
                        reasons = f.reasons()
                    )
                );
                if !notes.is_empty() {
                    why.push_str(&format!(" · {}", notes.join(" · ")));
                }
                vec![
                    head,
                    Line::raw(text::fit(&format!("    {state}{excerpt}"), width)),
                    Line::styled(text::fit(&why, width), theme.unread),
                    Line::from(""),
                ]
            },
        ));
        frame.render_widget(Paragraph::new(lines), area);
    }
}
