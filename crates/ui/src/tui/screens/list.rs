//! Moving a selection through a list, and scrolling text, by key.

use std::cell::Cell;

use ratatui::text::Line;

use super::{Ctx, Screen, Step};
use crate::tui::app::{Job, Outcome};
use crate::tui::keymap::Action;
use stoa_core::forum::CommunitySummary;
use stoa_present::t;

/// How far PgUp/PgDn move when the screen has not been drawn yet.
const DEFAULT_PAGE: usize = 10;

/// A selected row in a list of `len` rows, with the first visible row remembered
/// from the last draw so that the list does not jump.
#[derive(Default)]
pub struct Selection {
    pub index: usize,
    offset: Cell<usize>,
    page: Cell<usize>,
}

impl Selection {
    /// Moves for a list action; true when the action was a movement.
    pub fn apply(&mut self, action: Action, len: usize) -> bool {
        let page = match self.page.get() {
            0 => DEFAULT_PAGE,
            p => p,
        };
        let last = len.saturating_sub(1);
        self.index = match action {
            Action::Up => self.index.saturating_sub(1),
            Action::Down => (self.index + 1).min(last),
            Action::PageUp => self.index.saturating_sub(page),
            Action::PageDown => (self.index + page).min(last),
            Action::Top => 0,
            Action::Bottom => last,
            _ => return false,
        };
        true
    }

    pub fn clamp(&mut self, len: usize) {
        self.index = self.index.min(len.saturating_sub(1));
    }

    /// The first row to draw so that the selection shows in `rows` rows.
    pub fn first_visible(&self, rows: usize) -> usize {
        self.page.set(rows.max(1));
        let mut offset = self.offset.get();
        if self.index < offset {
            offset = self.index;
        } else if rows > 0 && self.index >= offset + rows {
            offset = self.index + 1 - rows;
        }
        self.offset.set(offset);
        offset
    }
}

/// A scroll position over text whose length is known only when drawn.
#[derive(Default)]
pub struct Scroll {
    pub top: usize,
    /// (rows shown, lines in all) at the last draw.
    seen: Cell<(usize, usize)>,
}

impl Scroll {
    pub fn apply(&mut self, action: Action) -> bool {
        let (rows, lines) = self.seen.get();
        let page = if rows == 0 {
            DEFAULT_PAGE
        } else {
            rows.saturating_sub(1).max(1)
        };
        let max = lines.saturating_sub(rows);
        self.top = match action {
            Action::Up => self.top.saturating_sub(1),
            Action::Down => self.top + 1,
            Action::PageUp => self.top.saturating_sub(page),
            Action::PageDown => self.top + page,
            Action::Top => 0,
            Action::Bottom => max,
            _ => return false,
        };
        if lines > 0 {
            self.top = self.top.min(max);
        }
        true
    }

    /// The first line to draw, given the rows available and the lines in all.
    pub fn first_line(&self, rows: usize, lines: usize) -> usize {
        self.seen.set((rows, lines));
        self.top.min(lines.saturating_sub(rows))
    }
}

/// A list read from the forum with one row selected, or why it could not be
/// read. The committee's tabs and My submissions keep theirs in one.
pub struct Listed<T> {
    pub items: Vec<T>,
    pub selection: Selection,
    /// Why the list could not be read, shown in its place.
    pub problem: Option<String>,
}

impl<T> Default for Listed<T> {
    fn default() -> Self {
        Listed {
            items: Vec::new(),
            selection: Selection::default(),
            problem: None,
        }
    }
}

impl<T> Listed<T> {
    /// Takes a fresh reading; on failure the old rows stay, with the reason.
    pub fn load(&mut self, read: Result<Vec<T>, stoa_core::forum::ForumError>) {
        match read {
            Ok(items) => {
                self.items = items;
                self.problem = None;
            }
            Err(e) => self.problem = Some(e.to_string()),
        }
        self.selection.clamp(self.items.len());
    }

    /// Moves the selection; true when the action was a movement.
    pub fn apply(&mut self, action: Action) -> bool {
        self.selection.apply(action, self.items.len())
    }

    pub fn selected(&self) -> Option<&T> {
        self.items.get(self.selection.index)
    }
}

/// The communities the viewer may see (their own first), with their figures, one of
/// them selected. Home and the communities screen both show it.
#[derive(Default)]
pub struct CommunityList {
    pub items: Vec<CommunitySummary>,
    pub selection: Selection,
    /// Why the list could not be read, shown in its place.
    problem: Option<String>,
    /// What an empty list says, in the reader's language (set as it is read).
    empty: String,
}

impl CommunityList {
    pub fn load(ctx: &Ctx) -> CommunityList {
        let mut list = CommunityList::default();
        list.refresh(ctx);
        list
    }

    /// Reloads the list; the same community stays selected when it moved.
    pub fn refresh(&mut self, ctx: &Ctx) {
        let selected = self.selected().map(|c| c.community.slug.clone());
        match ctx.forum.community_overview(ctx.viewer) {
            Ok(items) => {
                self.items = items;
                self.problem = None;
            }
            Err(e) => self.problem = Some(t!("communities-could-not-read", error = e.to_string())),
        }
        self.empty = t!("communities-none-yet");
        if let Some(slug) = selected
            && let Some(i) = self.items.iter().position(|c| c.community.slug == slug)
        {
            self.selection.index = i;
        }
        self.selection.clamp(self.items.len());
    }

    /// Moves the selection; true when the action was a movement.
    pub fn apply(&mut self, action: Action) -> bool {
        self.selection.apply(action, self.items.len())
    }

    pub fn selected(&self) -> Option<&CommunitySummary> {
        self.items.get(self.selection.index)
    }

    /// Opens the selected community's threads.
    pub fn open(&self, ctx: &Ctx) -> Step {
        match self.selected() {
            Some(c) => Step::Open(Box::new(Screen::threads(&c.community.slug, ctx))),
            None => Step::Ignored,
        }
    }

    /// Joins the selected community, or leaves it.
    pub fn toggle_membership(&self, ctx: &Ctx) -> Step {
        match self.selected() {
            Some(c) => membership_step(&c.community.slug, &c.community.name, c.joined, ctx),
            None => Step::Ignored,
        }
    }

    /// What to show when there is nothing to list.
    pub fn empty_message(&self) -> &str {
        self.problem.as_deref().unwrap_or(&self.empty)
    }
}

/// Joins a community (or leaves it, when `joined`); guests are told to sign up.
pub fn membership_step(slug: &str, name: &str, joined: bool, ctx: &Ctx) -> Step {
    if ctx.viewer.account().is_none() {
        return Step::error(t!("communities-sign-up-to-join"));
    }
    let (viewer, slug, name) = (ctx.viewer.clone(), slug.to_string(), name.to_string());
    let busy = if joined {
        "busy-leaving"
    } else {
        "busy-joining"
    };
    Step::Run {
        busy,
        job: Job::done(move |forum| {
            let say = if joined {
                forum.leave(&viewer, &slug)?;
                t!("communities-left", name = name.as_str())
            } else {
                forum.join(&viewer, &slug)?;
                t!("communities-joined", name = name.as_str())
            };
            Ok(Outcome::said(say, 0))
        }),
    }
}

/// Draws `rows` list entries of `height` lines each, keeping the selected one in
/// view; `entry` gives an entry's lines.
pub fn entries<'a>(
    selection: &Selection,
    len: usize,
    rows: usize,
    height: usize,
    mut entry: impl FnMut(usize, bool) -> Vec<Line<'a>>,
) -> Vec<Line<'a>> {
    let fit = (rows / height.max(1)).max(1);
    let first = selection.first_visible(fit);
    (first..len.min(first + fit))
        .flat_map(|i| entry(i, i == selection.index))
        .collect()
}

/// A board row's second line: what matters now (`mark`, highlighted, such as a
/// deadline close by), then `about` dim, cut to `width`.
pub fn marked_line(
    mark: Option<String>,
    about: &[String],
    width: usize,
    theme: &stoa_present::theme::Theme,
) -> Line<'static> {
    let mut spans = Vec::new();
    let (mut room, mut lead) = (width, "    ");
    if let Some(mark) = mark {
        let mark = format!("    {mark}");
        room = room.saturating_sub(stoa_present::text::width(&mark));
        spans.push(ratatui::text::Span::styled(mark, theme.unread));
        lead = " · ";
    }
    spans.push(ratatui::text::Span::styled(
        stoa_present::text::fit(&format!("{lead}{}", about.join(" · ")), room),
        theme.dim,
    ));
    Line::from(spans)
}

/// A screen's tabs on one line, the shown one in reverse video.
pub fn tab_line(
    labels: Vec<String>,
    shown: usize,
    theme: &stoa_present::theme::Theme,
) -> Line<'static> {
    let mut spans = Vec::new();
    for (i, label) in labels.into_iter().enumerate() {
        if i > 0 {
            spans.push(ratatui::text::Span::styled(" │ ", theme.dim));
        }
        let style = if i == shown {
            theme.selected
        } else {
            theme.text
        };
        spans.push(ratatui::text::Span::styled(label, style));
    }
    Line::from(spans)
}

/// The tabs in a line when they fit `width`; else only the one shown, and
/// where it is ("Past (2 of 4, Tab for the next)"), so no tab is cut.
pub fn fitted_tabs(
    labels: Vec<String>,
    shown: usize,
    width: usize,
    theme: &stoa_present::theme::Theme,
) -> Line<'static> {
    let all = labels
        .iter()
        .map(|l| unicode_width::UnicodeWidthStr::width(l.as_str()))
        .sum::<usize>()
        + 3 * labels.len().saturating_sub(1);
    if all <= width {
        return tab_line(labels, shown, theme);
    }
    let count = labels.len();
    let label = labels.into_iter().nth(shown).unwrap_or_default();
    Line::styled(
        stoa_present::text::fit(
            &t!("tabs-shown-of", label = label, n = shown + 1, count = count),
            width,
        ),
        theme.selected,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selection_stays_inside_the_list_and_in_view() {
        let mut s = Selection::default();
        s.apply(Action::Up, 5);
        assert_eq!(s.index, 0);
        s.apply(Action::Bottom, 5);
        assert_eq!(s.index, 4);
        assert_eq!(s.first_visible(3), 2);
        s.apply(Action::Top, 5);
        assert_eq!(s.first_visible(3), 0);
        s.apply(Action::Down, 0);
        assert_eq!(s.index, 0, "an empty list has nothing to move to");
    }

    #[test]
    fn scrolling_stops_at_the_end_of_the_text() {
        let mut s = Scroll::default();
        assert_eq!(s.first_line(10, 25), 0);
        s.apply(Action::Bottom);
        assert_eq!(s.first_line(10, 25), 15);
        s.apply(Action::Down);
        assert_eq!(s.top, 15);
        s.apply(Action::PageUp);
        assert_eq!(s.top, 6);
    }
}
