//! A community's threads: pinned first, then the most recently active, with who
//! started each, how many replies it has, when it last moved, and whether it holds
//! posts the reader has not seen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use stoa_present::t;
use unicode_width::UnicodeWidthStr;

use super::View;
use super::changes;
use super::list::{Selection, membership_step};
use super::{Ctx, Screen, Step, common};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::{Community, DraftPlace, LastPlace};
use stoa_core::forum::Change;
use stoa_core::forum::{ThreadOrder, ThreadSummary};
use stoa_present::keys::Input;
use stoa_present::{text, when};

pub struct Threads {
    slug: String,
    community: Option<Community>,
    items: Vec<ThreadSummary>,
    members: usize,
    joined: bool,
    selection: Selection,
    /// Why the threads could not be read, shown in their place.
    problem: Option<String>,
    order: ThreadOrder,
}

impl Threads {
    pub const BINDINGS: &[Binding] = &[
        keymap::UP,
        keymap::DOWN,
        keymap::PAGE_UP,
        keymap::PAGE_DOWN,
        keymap::TOP,
        keymap::BOTTOM,
        keymap::OPEN,
        keymap::NEW_THREAD,
        keymap::NEXT_UNREAD_THREAD,
        // Before help: the line above the list already says J joins.
        keymap::MARK_COMMUNITY_READ,
        keymap::HELP,
        keymap::BACK,
        keymap::JOIN,
        keymap::ORDER,
        keymap::GOTO,
    ];

    /// A guest reads: nothing to start or join.
    pub const GUEST: &[Binding] = &[
        keymap::UP,
        keymap::DOWN,
        keymap::PAGE_UP,
        keymap::PAGE_DOWN,
        keymap::TOP,
        keymap::BOTTOM,
        keymap::OPEN,
        keymap::HELP,
        keymap::BACK,
        keymap::ORDER,
        keymap::GOTO,
    ];

    pub fn new(slug: &str, ctx: &Ctx) -> Threads {
        let mut screen = Threads {
            slug: slug.to_string(),
            community: None,
            items: Vec::new(),
            members: 0,
            joined: false,
            selection: Selection::default(),
            problem: None,
            order: ThreadOrder::default(),
        };
        screen.reload(ctx);
        screen
    }

    pub fn slug(&self) -> &str {
        &self.slug
    }
}

impl View for Threads {
    fn title(&self, _ctx: &Ctx) -> String {
        self.community
            .as_ref()
            .map_or_else(|| self.slug.clone(), |c| c.name.clone())
    }

    fn bindings(&self, ctx: &Ctx) -> &'static [Binding] {
        match ctx.viewer.account() {
            Some(_) => Self::BINDINGS,
            None => Self::GUEST,
        }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        // The full table second: a guest's `r` or `n` still says how to take part.
        let Some(action) = action_for(*key, &[self.bindings(ctx), Self::BINDINGS]) else {
            return Step::Ignored;
        };
        if self.selection.apply(action, self.items.len()) {
            return Step::Stay;
        }
        match action {
            Action::Open => match self.items.get(self.selection.index) {
                Some(t) => Step::Open(Box::new(Screen::thread(t.thread.id, ctx))),
                None => Step::Ignored,
            },
            Action::NewThread => {
                if ctx.viewer.account().is_none() {
                    return Step::error(t!("threads-sign-up-to-start"));
                }
                if let Some(refused) = super::muted(ctx) {
                    return refused;
                }
                Step::Open(Box::new(Screen::composer(
                    DraftPlace::NewThread(self.slug.as_str().into()),
                    ctx,
                )))
            }
            Action::MarkAllRead => match ctx.forum.mark_community_read(ctx.viewer, &self.slug) {
                Ok(0) => Step::Flash {
                    text: t!("threads-nothing-unread"),
                    error: false,
                },
                Ok(n) => {
                    self.reload(ctx);
                    Step::Flash {
                        text: t!("threads-marked-read", n = n),
                        error: false,
                    }
                }
                Err(e) => Step::error(e.to_string()),
            },
            Action::NextUnread => {
                let after = self.selection.index + 1;
                let next = (after..self.items.len())
                    .chain(0..after)
                    .find(|&i| self.items[i].unread);
                match next {
                    Some(i) => {
                        self.selection.index = i;
                        Step::Stay
                    }
                    None => Step::Flash {
                        text: t!("threads-nothing-unread"),
                        error: false,
                    },
                }
            }
            Action::Join => membership_step(&self.slug, &self.title(ctx), self.joined, ctx),
            Action::Order => {
                self.order = self.order.next();
                self.order
                    .sort(&mut self.items, ctx.forum.first_languages(ctx.viewer));
                self.selection.index = 0;
                Step::Flash {
                    text: t!(
                        "threads-order",
                        order = stoa_present::terms::thread_order(self.order)
                    ),
                    error: false,
                }
            }
            other => common(other),
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let mut lines = Vec::new();
        if let Some(c) = &self.community {
            lines.push(Line::styled(text::fit(&c.description, width), theme.dim));
        }
        let membership = match (ctx.viewer.account(), self.joined) {
            (None, _) => t!("threads-sign-up-to-take-part"),
            (Some(_), true) => t!("threads-you-are-a-member"),
            (Some(_), false) => t!("threads-j-to-join"),
        };
        let unread = self.items.iter().filter(|t| t.unread).count();
        let mut about = format!(
            "{} · {} · {membership}",
            t!("count-members", n = self.members),
            t!("count-threads", n = self.items.len())
        );
        if unread > 0 {
            about.push_str(&format!(" · {}", t!("threads-unread", n = unread)));
        }
        if self.order != ThreadOrder::Activity {
            about.push_str(&format!(
                " · {}",
                stoa_present::terms::thread_order(self.order)
            ));
        }
        lines.push(Line::styled(text::fit(&about, width), theme.dim));
        lines.push(Line::from(""));
        // Past this width the columns drift too far apart to read across.
        let columns = Columns::for_width(width.min(120));
        lines.push(Line::styled(columns.heading(), theme.heading));
        if let Some(problem) = &self.problem {
            lines.push(Line::styled(text::fit(problem, width), theme.error));
        } else if self.items.is_empty() {
            let empty = match ctx.viewer.account() {
                Some(_) => t!("threads-none-yet-start"),
                None => t!("threads-none-yet"),
            };
            lines.push(Line::styled(text::fit(&empty, width), theme.dim));
        }
        let rows = usize::from(area.height).saturating_sub(lines.len());
        let first = self.selection.first_visible(rows);
        let now = ctx.forum.now();
        let tz = ctx.viewer.account().map_or("UTC", |a| a.time_zone.as_str());
        for (i, item) in self.items.iter().enumerate().skip(first).take(rows) {
            let selected = i == self.selection.index;
            let when = when::ago(now, item.thread.last_activity, tz);
            let demo = ctx
                .forum
                .is_demo(&stoa_core::store::DemoMark::Thread(item.thread.id));
            lines.push(columns.row(item, &when, selected, demo, theme));
        }
        frame.render_widget(Paragraph::new(lines), area);
    }

    fn concerns(&self, change: &Change, ctx: &Ctx) -> bool {
        changes::posts_in(change, self.slug()) || changes::my_reading(change, ctx)
    }

    /// Reloads the threads; the selected thread stays selected where it moved to.
    fn reload(&mut self, ctx: &Ctx) {
        let selected = self.items.get(self.selection.index).map(|t| t.thread.id);
        let loaded = ctx
            .forum
            .community_summary(ctx.viewer, &self.slug)
            .and_then(|c| Ok((c, ctx.forum.threads(ctx.viewer, &self.slug)?)));
        match loaded {
            Ok((summary, items)) => {
                self.members = summary.members;
                self.joined = summary.joined;
                self.community = Some(summary.community);
                self.items = items;
                self.order
                    .sort(&mut self.items, ctx.forum.first_languages(ctx.viewer));
                self.problem = None;
            }
            Err(e) => self.problem = Some(t!("threads-could-not-read", error = e.to_string())),
        }
        if let Some(id) = selected
            && let Some(i) = self.items.iter().position(|t| t.thread.id == id)
        {
            self.selection.index = i;
        }
        self.selection.clamp(self.items.len());
    }

    fn last_place(&self) -> Option<LastPlace> {
        Some(LastPlace::Community {
            slug: self.slug().into(),
        })
    }
}

/// Column widths of the thread list for a screen width.
struct Columns {
    title: usize,
    author: usize,
    replies: usize,
    last: usize,
}

impl Columns {
    fn for_width(width: usize) -> Columns {
        let (author, replies, last) = match width {
            0..60 => (0, 4, 9),
            60..100 => (16, 7, 9),
            _ => (24, 7, 10),
        };
        // A language whose headings are longer widens the short columns to
        // them (the title column gives the room), so none is cut.
        let heading = |id: &str| text::width(&stoa_present::lang::text(id));
        let replies = if replies >= 7 {
            replies.max(heading("threads-column-replies"))
        } else {
            replies.max(heading("threads-column-re"))
        };
        let last = last.max(heading("threads-column-last-post")).min(16);
        let fixed = 3 + author + replies + last + usize::from(author > 0) + 2;
        Columns {
            title: width.saturating_sub(fixed).max(1),
            author,
            replies,
            last,
        }
    }

    fn heading(&self) -> String {
        let mut line = format!(
            "   {}",
            text::column(&t!("threads-column-thread"), self.title)
        );
        if self.author > 0 {
            line.push_str(&format!(
                " {}",
                text::column(&t!("threads-column-started-by"), self.author)
            ));
        }
        let replies = if self.replies >= 7 {
            t!("threads-column-replies")
        } else {
            t!("threads-column-re")
        };
        line.push_str(&format!(
            " {} {}",
            text::column_right(&replies, self.replies),
            text::column_right(&t!("threads-column-last-post"), self.last),
        ));
        line
    }

    fn row(
        &self,
        item: &ThreadSummary,
        when: &str,
        selected: bool,
        demo: bool,
        theme: &stoa_present::theme::Theme,
    ) -> Line<'static> {
        let t = &item.thread;
        // Selection and unread each have their own column, so one never hides the
        // other.
        let marker = format!(
            "{}{} ",
            if selected { ">" } else { " " },
            if item.unread { "●" } else { " " }
        );
        let mut title = String::new();
        if t.pinned {
            title.push_str(&format!("[{}] ", t!("thread-pinned")));
        }
        if t.locked {
            title.push_str(&format!("[{}] ", t!("plain-locked")));
        }
        if demo {
            title.push_str("[demo] ");
        }
        title.push_str(&t.title);
        let title = pad(&text::fit(&title, self.title), self.title);
        let mut rest = String::new();
        if self.author > 0 {
            rest.push(' ');
            rest.push_str(&pad(
                &text::fit(&item.author_name, self.author),
                self.author,
            ));
        }
        // By display width: "14小时前" takes eight cells for five characters.
        rest.push_str(&format!(
            " {} {}",
            text::column_right(&t.replies().to_string(), self.replies),
            text::column_right(when, self.last),
        ));
        // The selection covers the marker and the title only: moving it then
        // redraws two titles, not two whole rows (on a 2G link, 238 bytes become
        // about 150).
        if selected {
            return Line::from(vec![
                Span::styled(format!("{marker}{title}"), theme.selected),
                Span::styled(rest, theme.dim),
            ]);
        }
        let title_style = if item.unread { theme.title } else { theme.text };
        Line::from(vec![
            Span::styled(marker, theme.unread),
            Span::styled(title, title_style),
            Span::styled(rest, theme.dim),
        ])
    }
}

/// Pads to `width` cells (format's padding counts characters, not cells).
fn pad(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}
