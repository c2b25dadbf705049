//! Small boxes drawn over a screen: the go-to menu and yes/no questions.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Wrap};

use super::{Ctx, Place, Step};
use crate::tui::app::{Job, Next, Outcome};
use crate::tui::keymap::{Action, Binding};
use stoa_core::domain::{DraftPlace, JobId, PostId};
use stoa_core::forum::Capability;
use stoa_core::forum::Viewer;
use stoa_present::keys::{Input, Key};
use stoa_present::t;

pub enum Overlay {
    Menu(Menu),
    Confirm(Confirm),
    LeaveDraft(LeaveDraft),
}

const MENU_BINDINGS: &[Binding] = &[
    Binding {
        keys: &[],
        // Any letter of the menu: written so in every language.
        label: "a-z",
        short: "key-go-there",
        help: "",
        action: Action::GoTo,
    },
    Binding {
        keys: &[Key::Esc],
        label: "Esc",
        short: "key-close",
        help: "",
        action: Action::Back,
    },
];
const CONFIRM_BINDINGS: &[Binding] = &[
    Binding {
        keys: &[Key::Char('y')],
        label: "y",
        short: "key-yes",
        help: "",
        action: Action::Back,
    },
    Binding {
        keys: &[Key::Char('n'), Key::Esc],
        label: "n Esc",
        short: "key-no",
        help: "",
        action: Action::Back,
    },
];

const LEAVE_DRAFT_BINDINGS: &[Binding] = &[
    Binding {
        keys: &[Key::Ctrl('d')],
        label: "Ctrl-D",
        short: "key-keep-draft",
        help: "",
        action: Action::Back,
    },
    Binding {
        keys: &[Key::Char('x')],
        label: "x",
        short: "key-discard",
        help: "",
        action: Action::Back,
    },
    Binding {
        keys: &[Key::Esc],
        label: "Esc",
        short: "key-keep-writing",
        help: "",
        action: Action::Back,
    },
];

impl Overlay {
    pub fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        match self {
            Overlay::Menu(menu) => menu.handle(input),
            Overlay::Confirm(confirm) => confirm.handle(input, ctx),
            Overlay::LeaveDraft(leave) => leave.handle(input, ctx),
        }
    }

    pub fn bindings(&self) -> &'static [Binding] {
        match self {
            Overlay::Menu(_) => MENU_BINDINGS,
            Overlay::Confirm(_) => CONFIRM_BINDINGS,
            Overlay::LeaveDraft(_) => LEAVE_DRAFT_BINDINGS,
        }
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        match self {
            Overlay::Menu(menu) => menu.render(frame, area, ctx),
            Overlay::Confirm(confirm) => confirm.render(frame, area, ctx),
            Overlay::LeaveDraft(leave) => leave.render(frame, area, ctx),
        }
    }
}

/// The go-to menu (`g`): one letter to each part of the forum.
pub struct Menu {
    entries: Vec<(char, String, Place)>,
}

impl Menu {
    pub fn new(ctx: &Ctx) -> Menu {
        let mut entries = vec![
            ('h', t!("home-title"), Place::Home),
            ('c', t!("communities-title"), Place::Communities),
            ('e', t!("menu-events"), Place::Events),
            ('j', t!("menu-jobs"), Place::Jobs),
            ('l', t!("menu-library"), Place::Library),
            ('n', t!("menu-news"), Place::News),
            ('f', t!("menu-strategies"), Place::Strategies),
        ];
        match ctx.viewer {
            Viewer::Member { .. } => {
                entries.push(('p', t!("menu-people"), Place::People));
                entries.push(('!', t!("notifications-title"), Place::Notifications));
                entries.push(('d', t!("menu-messages"), Place::Messages));
                entries.push(('w', t!("menu-whats-new"), Place::WhatsNew));
                entries.push(('b', t!("menu-bookmarks"), Place::Bookmarks));
                entries.push(('s', t!("menu-submissions"), Place::Submissions));
                entries.push(('y', t!("menu-profile"), Place::Profile));
            }
            Viewer::Guest { .. } => entries.push(('u', t!("menu-sign-up"), Place::SignUp)),
        }
        if ctx.forum.may(ctx.viewer, Capability::ReviewSubmissions) {
            entries.push(('m', t!("menu-moderation"), Place::Moderation));
        }
        entries.push(('i', t!("menu-policy"), Place::Policy));
        Menu { entries }
    }

    fn handle(&mut self, input: &Input) -> Step {
        match input {
            Input::Key(Key::Esc | Key::Char('q' | 'g')) => Step::Close,
            Input::Key(Key::Char(c)) => match self.entries.iter().find(|(k, _, _)| k == c) {
                Some((_, _, place)) => Step::GoTo(*place),
                None => Step::Stay,
            },
            _ => Step::Stay,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        // One column when it fits; on a short screen (40×12) as many as it
        // takes, each label cut to its share of the width, so no entry is lost.
        let count = self.entries.len().max(1);
        let rows = usize::from(area.height.saturating_sub(2)).clamp(1, count);
        let columns = count.div_ceil(rows);
        let (width, lines): (u16, Vec<Line>) = if columns == 1 {
            let lines = self
                .entries
                .iter()
                .map(|(key, label, _)| {
                    Line::from(vec![
                        Span::styled(format!(" {key} "), ctx.theme.key),
                        Span::raw(format!(" {label}")),
                    ])
                })
                .collect();
            (30, lines)
        } else {
            let share = usize::from(area.width.saturating_sub(2)) / columns;
            let label_width = share.saturating_sub(5);
            let lines = (0..rows)
                .map(|row| {
                    let mut spans = Vec::new();
                    for column in 0..columns {
                        let Some((key, label, _)) = self.entries.get(row + column * rows) else {
                            continue;
                        };
                        let label = stoa_present::text::column(label, label_width);
                        spans.push(Span::styled(format!(" {key} "), ctx.theme.key));
                        spans.push(Span::raw(format!(" {label}")));
                    }
                    Line::from(spans)
                })
                .collect();
            ((share * columns) as u16 + 2, lines)
        };
        let rect = centered(area, width, lines.len() as u16 + 2);
        frame.render_widget(Clear, rect);
        frame.render_widget(
            Paragraph::new(lines).block(
                Block::bordered()
                    .title(format!(" {} ", t!("menu-title")))
                    .border_style(ctx.theme.border),
            ),
            rect,
        );
        cursor_on_keys(frame, rect, 1);
    }
}

/// What a yes answer does.
pub enum Confirmed {
    RemoveKey {
        fingerprint: String,
    },
    /// Leave a form, losing what was typed in it.
    Discard,
    DeletePost {
        id: PostId,
    },
    CloseJob {
        id: JobId,
    },
}

/// A yes/no question before something that cannot be undone.
pub struct Confirm {
    pub question: String,
    pub on_yes: Confirmed,
}

impl Confirm {
    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        match input {
            Input::Key(Key::Char('y' | 'Y')) => self.yes(ctx),
            Input::Key(Key::Char('n' | 'N' | 'q') | Key::Esc) => Step::Close,
            _ => Step::Stay,
        }
    }

    fn yes(&self, ctx: &Ctx) -> Step {
        if let Confirmed::Discard = self.on_yes {
            return Step::Back;
        }
        let Some(account) = ctx.viewer.account().cloned() else {
            return Step::Close;
        };
        match &self.on_yes {
            Confirmed::DeletePost { id } => {
                let (id, viewer) = (*id, ctx.viewer.clone());
                Step::Run {
                    busy: "busy-deleting-the-post",
                    job: Job::done(move |forum| {
                        let post = forum.delete_post(&viewer, id)?;
                        Ok(Outcome {
                            say: t!("confirm-post-deleted"),
                            close: 0,
                            next: Next::ShowPost(post.id),
                        })
                    }),
                }
            }
            Confirmed::RemoveKey { fingerprint } => {
                let fingerprint = fingerprint.clone();
                Step::Run {
                    busy: "busy-removing-the-key",
                    job: Job::done(move |forum| {
                        let account = forum.remove_key(&account, &fingerprint)?;
                        Ok(Outcome::account(account, t!("confirm-key-removed"), 0))
                    }),
                }
            }
            Confirmed::CloseJob { id } => {
                let (id, viewer) = (*id, ctx.viewer.clone());
                Step::Run {
                    busy: "busy-closing",
                    job: Job::done(move |forum| {
                        forum.close_job(&viewer, id)?;
                        Ok(Outcome::said(t!("confirm-job-closed"), 0))
                    }),
                }
            }
            Confirmed::Discard => Step::Back,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let width = area.width.saturating_sub(4).min(60);
        let lines = stoa_present::text::wrap(&self.question, usize::from(width.saturating_sub(4)));
        let mut text: Vec<Line> = lines.into_iter().map(Line::from).collect();
        text.push(Line::from(""));
        text.push(Line::from(vec![
            Span::styled("y", ctx.theme.key),
            Span::raw(format!(" {}   ", t!("key-yes"))),
            Span::styled("n", ctx.theme.key),
            Span::raw(format!(" {}", t!("key-no"))),
        ]));
        let rect = centered(area, width, text.len() as u16 + 2);
        frame.render_widget(Clear, rect);
        frame.render_widget(
            Paragraph::new(text).wrap(Wrap { trim: false }).block(
                Block::bordered()
                    .title(format!(" {} ", t!("confirm-title")))
                    .border_style(ctx.theme.border)
                    .padding(Padding::horizontal(1)),
            ),
            rect,
        );
        cursor_on_keys(frame, rect, 2);
    }
}

/// Leaving the composer with something written: keep it as a draft, throw it
/// away, or go back to writing.
pub struct LeaveDraft {
    pub place: DraftPlace,
    pub title: String,
    pub body: String,
}

impl LeaveDraft {
    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let outcome = match input {
            // The keys that keep a draft and throw one away everywhere else.
            Input::Key(Key::Ctrl('d')) => {
                ctx.forum
                    .save_draft(ctx.viewer, self.place.clone(), &self.title, &self.body)
            }
            Input::Key(Key::Char('x')) => ctx.forum.discard_draft(ctx.viewer, &self.place),
            Input::Key(Key::Esc | Key::Char('n' | 'q')) => return Step::Close,
            _ => return Step::Stay,
        };
        match outcome {
            Ok(()) => Step::Back,
            Err(e) => Step::error(t!("confirm-could-not-keep-draft", error = e.to_string())),
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let width = area.width.saturating_sub(4).min(60);
        let question = t!("confirm-leave-composer-question");
        let mut text: Vec<Line> =
            stoa_present::text::wrap(&question, usize::from(width.saturating_sub(4)))
                .into_iter()
                .map(Line::from)
                .collect();
        text.push(Line::from(""));
        let keys = [
            ("Ctrl-D", format!(" {}", t!("key-keep-draft"))),
            ("x", format!(" {}", t!("key-discard"))),
            ("Esc", format!(" {}", t!("key-keep-writing"))),
        ];
        let one_line: usize = keys
            .iter()
            .map(|(k, w)| k.len() + stoa_present::text::width(w) + 3)
            .sum();
        if one_line <= usize::from(width.saturating_sub(4)) {
            let mut spans = Vec::new();
            for (key, what) in keys {
                spans.push(Span::styled(key, ctx.theme.key));
                spans.push(Span::raw(format!("{what}   ")));
            }
            text.push(Line::from(spans));
        } else {
            // Narrow: one key a line, so none is cut off.
            for (key, what) in keys {
                text.push(Line::from(vec![
                    Span::styled(key, ctx.theme.key),
                    Span::raw(what),
                ]));
            }
        }
        let rect = centered(area, width, text.len() as u16 + 2);
        frame.render_widget(Clear, rect);
        frame.render_widget(
            Paragraph::new(text).wrap(Wrap { trim: false }).block(
                Block::bordered()
                    .title(format!(" {} ", t!("confirm-leave-title")))
                    .border_style(ctx.theme.border)
                    .padding(Padding::horizontal(1)),
            ),
            rect,
        );
        cursor_on_keys(frame, rect, 2);
    }
}

/// Puts the terminal's cursor on a box's last line, where its keys are: the
/// form under the box had put it in a field that no longer takes typing.
fn cursor_on_keys(frame: &mut Frame, rect: Rect, inset: u16) {
    if rect.height >= 3 && rect.width > inset + 1 {
        frame.set_cursor_position((rect.x + inset, rect.y + rect.height - 2));
    }
}

/// A box of at most `width`×`height` in the middle of `area`.
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}
