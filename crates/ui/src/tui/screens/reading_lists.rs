//! Reading across the forum: "What's new" (`g w`), the latest threads of the
//! communities a member joined and those with posts they have not read, with
//! how many had news since their last visit; and their bookmarks (`g b`), with
//! a reminder day each.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::list::{Listed, entries, tab_line};
use super::{Ctx, Screen, Step, View, common};
use crate::tui::app::{Job, Outcome};
use crate::tui::form::{Field, Form};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::{LastPlace, PostId};
use stoa_core::forum::latest::LatestThread;
use stoa_core::forum::reactions::{Bookmarked, reminder_day};
use stoa_core::forum::{Change, FieldErrors, FieldName};
use stoa_present::keys::Input;
use stoa_present::t;
use stoa_present::{text, when};

pub struct WhatsNew {
    unread_only: bool,
    /// The communities listed from: only their posts move the list.
    joined: Vec<stoa_core::domain::Slug>,
    list: Listed<LatestThread>,
    /// "3 threads with news since your last visit (Mon 23 Nov)", or why empty.
    about: String,
}

const WHATS_NEW: &[Binding] = &[
    keymap::UP,
    keymap::DOWN,
    keymap::OPEN,
    Binding {
        short: "key-latest-unread",
        help: "key-help-between-the-latest-threads-and-the-unread-ones",
        ..keymap::NEXT_TAB
    },
    keymap::BACK,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    keymap::TOP,
    keymap::BOTTOM,
    keymap::GOTO,
    keymap::HELP,
];

impl WhatsNew {
    pub fn new(ctx: &Ctx) -> WhatsNew {
        let mut screen = WhatsNew {
            unread_only: false,
            joined: Vec::new(),
            list: Listed::default(),
            about: String::new(),
        };
        screen.reload(ctx);
        screen
    }
}

impl View for WhatsNew {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("reading-whats-new")
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        WHATS_NEW
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        let action = action_for(*key, &[WHATS_NEW, &[keymap::PREV_TAB]]);
        if action.is_some_and(|a| self.list.apply(a)) {
            return Step::Stay;
        }
        match action {
            Some(Action::NextTab | Action::PrevTab) => {
                self.unread_only = !self.unread_only;
                self.reload(ctx);
                Step::Stay
            }
            Some(Action::Open) => match self.list.selected() {
                Some(t) => Step::Open(Box::new(Screen::thread(t.summary.thread.id, ctx))),
                None => Step::Ignored,
            },
            Some(action) => common(action),
            None => Step::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let labels = vec![t!("reading-latest"), t!("reading-unread")];
        let mut lines = vec![
            tab_line(labels, usize::from(self.unread_only), theme),
            Line::styled(text::fit(&self.about, width), theme.dim),
        ];
        if let Some(problem) = &self.list.problem {
            lines.push(Line::styled(text::fit(problem, width), theme.error));
            frame.render_widget(Paragraph::new(lines), area);
            return;
        }
        if self.list.items.is_empty() {
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                if self.unread_only {
                    t!("reading-nothing-unread")
                } else {
                    t!("reading-nothing-yet")
                },
                theme.text,
            ));
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
            return;
        }
        let tz = ctx.viewer.account().map_or("UTC", |a| a.time_zone.as_str());
        let now = ctx.forum.now();
        let rows = usize::from(area.height).saturating_sub(lines.len());
        lines.extend(entries(
            &self.list.selection,
            self.list.items.len(),
            rows,
            2,
            |i, selected| {
                let t = &self.list.items[i];
                let s = &t.summary;
                let mark = if s.unread { "●" } else { " " };
                let head = text::fit(
                    &format!(
                        "{}{mark} {}",
                        if selected { ">" } else { " " },
                        s.thread.title
                    ),
                    width,
                );
                let new = match s.new_posts {
                    0 => String::new(),
                    n => format!(" · {}", t!("plain-new", n = n)),
                };
                let about = format!(
                    "   {} · {} · {}{new}",
                    t.community,
                    t!("count-replies", n = s.thread.replies()),
                    when::ago(now, s.thread.last_activity, tz)
                );
                let style = match (selected, s.unread) {
                    (true, _) => theme.selected,
                    (false, true) => theme.unread,
                    (false, false) => theme.text,
                };
                vec![
                    Line::styled(head, style),
                    Line::styled(text::fit(&about, width), theme.dim),
                ]
            },
        ));
        frame.render_widget(Paragraph::new(lines), area);
    }

    fn concerns(&self, change: &Change, ctx: &Ctx) -> bool {
        // New posts in one's communities move threads up; edits and
        // reactions do not; joining or leaving changes the communities.
        let me = ctx.viewer.account().map(|a| &a.username);
        match change {
            Change::Posted { community, .. } => self.joined.contains(community),
            Change::Membership { username, .. } => Some(username) == me,
            _ => super::changes::my_lists(change, ctx),
        }
    }

    fn reload(&mut self, ctx: &Ctx) {
        match ctx.forum.latest(ctx.viewer, self.unread_only) {
            Ok(latest) => {
                let tz = ctx.viewer.account().map_or("UTC", |a| a.time_zone.as_str());
                self.about = if latest.joined_none {
                    t!("reading-about-none-joined")
                } else {
                    match latest.since {
                        _ if self.unread_only => t!("reading-about-unread"),
                        Some(since) => t!(
                            "reading-about-since",
                            n = latest.new_since,
                            when = when::ago(ctx.forum.now(), since, tz)
                        ),
                        None => t!("reading-about-joined"),
                    }
                };
                self.joined = latest.joined;
                self.list.load(Ok(latest.threads));
            }
            Err(e) => self.list.load(Err(e)),
        }
    }

    fn last_place(&self) -> Option<LastPlace> {
        Some(LastPlace::Home)
    }
}

pub struct Bookmarks {
    list: Listed<Bookmarked>,
}

const BOOKMARKS: &[Binding] = &[
    keymap::UP,
    keymap::DOWN,
    Binding {
        short: "key-open",
        help: "key-help-open-the-bookmarked-post-in-its-thread",
        ..keymap::OPEN
    },
    Binding {
        short: "key-remind",
        help: "key-help-set-or-clear-the-day-you-are-reminded-of-it",
        ..keymap::EDIT
    },
    Binding {
        short: "key-remove",
        help: "key-help-take-the-bookmark-away",
        ..keymap::REMOVE_ALERT
    },
    keymap::BACK,
    keymap::GOTO,
    keymap::HELP,
];

impl Bookmarks {
    pub fn new(ctx: &Ctx) -> Bookmarks {
        let mut screen = Bookmarks {
            list: Listed::default(),
        };
        screen.reload(ctx);
        screen
    }
}

impl View for Bookmarks {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("reading-bookmarks")
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        BOOKMARKS
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        let action = action_for(*key, &[BOOKMARKS]);
        if action.is_some_and(|a| self.list.apply(a)) {
            return Step::Stay;
        }
        let selected = self.list.selected().map(|b| b.bookmark.clone());
        match (action, selected) {
            (Some(Action::Open), Some(b)) => {
                let mut screen = Screen::thread(b.thread, ctx);
                screen.select_post(b.post, ctx);
                Step::Open(Box::new(screen))
            }
            (Some(Action::Edit), Some(b)) => Step::Open(Box::new(Screen::Reminder(Box::new(
                ReminderForm::new(b.post, b.remind.map(|d| d.to_string()).unwrap_or_default()),
            )))),
            (Some(Action::Delete), Some(b)) => {
                let viewer = ctx.viewer.clone();
                Step::Run {
                    busy: "busy-removing",
                    job: Job::done(move |forum| {
                        forum.unbookmark(&viewer, b.post)?;
                        Ok(Outcome::said(t!("thread-bookmark-removed"), 0))
                    }),
                }
            }
            (Some(action), _) => common(action),
            (None, _) => Step::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let mut lines = vec![Line::styled(
            text::fit(&t!("reading-bookmarks-about"), width),
            theme.dim,
        )];
        if let Some(problem) = &self.list.problem {
            lines.push(Line::styled(text::fit(problem, width), theme.error));
        } else if self.list.items.is_empty() {
            lines.push(Line::raw(""));
            lines.push(Line::styled(t!("reading-bookmarks-none"), theme.text));
        }
        let rows = usize::from(area.height).saturating_sub(lines.len());
        lines.extend(entries(
            &self.list.selection,
            self.list.items.len(),
            rows,
            2,
            |i, selected| {
                let b = &self.list.items[i];
                let remind = b
                    .bookmark
                    .remind
                    .map(|d| format!(" · {}", t!("reading-remind", day = d.to_string())))
                    .unwrap_or_default();
                let head = text::fit(
                    &format!(
                        "{}{} ({}){remind}",
                        if selected { "> " } else { "  " },
                        b.thread_title,
                        t!("reading-post", post = b.bookmark.post.to_string())
                    ),
                    width,
                );
                vec![
                    Line::styled(head, if selected { theme.selected } else { theme.text }),
                    Line::styled(
                        text::fit(&format!("    {}: {}", b.author, b.opening), width),
                        theme.dim,
                    ),
                ]
            },
        ));
        frame.render_widget(Paragraph::new(lines), area);
    }

    fn concerns(&self, change: &Change, ctx: &Ctx) -> bool {
        // Bookmarks are announced as the member's watch changing.
        super::changes::my_watch(change, ctx) || matches!(change, Change::Many)
    }

    fn reload(&mut self, ctx: &Ctx) {
        self.list.load(ctx.forum.bookmarks(ctx.viewer));
    }
}

/// The day a bookmark reminds its member (empty: no reminder).
pub struct ReminderForm {
    post: PostId,
    pub form: Form,
}

impl ReminderForm {
    pub fn new(post: PostId, day: String) -> ReminderForm {
        ReminderForm {
            post,
            form: Form::new(vec![
                Field::line(FieldName::Remind, t!("reading-remind-on"), &day)
                    .hint(t!("reading-remind-hint")),
            ])
            .with_label_width(10),
        }
    }
}

impl View for ReminderForm {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("reading-reminder-title", post = self.post.to_string())
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        super::account_forms::ONE_FIELD
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let form_step = self.form.handle(input);
        let changed = self.form.changed();
        super::account_forms::step(form_step, changed, || {
            let typed = self.form.text(FieldName::Remind);
            let day = if typed.trim().is_empty() {
                None
            } else {
                match reminder_day(&typed) {
                    Ok(day) => Some(day),
                    Err(e) => {
                        self.form
                            .show_errors(&FieldErrors(vec![(FieldName::Remind, e)]));
                        return Step::error(t!("reading-field-needs-attention"));
                    }
                }
            };
            let (viewer, post) = (ctx.viewer.clone(), self.post);
            Step::Run {
                busy: "busy-saving",
                job: Job::done(move |forum| {
                    forum.bookmark(&viewer, post, day)?;
                    Ok(Outcome::said(
                        match day {
                            Some(day) => t!("reading-reminded-on", day = day.to_string()),
                            None => t!("reading-no-reminder"),
                        },
                        1,
                    ))
                }),
            }
        })
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let rest = super::account_forms::intro(frame, area, &t!("reading-reminder-intro"), ctx);
        self.form.render(frame, rest, ctx.theme);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }
}
