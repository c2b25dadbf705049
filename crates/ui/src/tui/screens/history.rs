//! A post's edit history (`H` in a thread): each earlier version, newest
//! first, for anyone who reads the post; the committee also sees the versions
//! of a hidden post.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::{Ctx, Step, View, common};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::{Post, PostId, REVISIONS_KEPT};
use stoa_present::keys::Input;
use stoa_present::t;
use stoa_present::{markdown, text};

pub struct History {
    id: PostId,
    post: Result<Post, String>,
    scroll: usize,
    /// The furthest it scrolls, at the last draw.
    most: std::cell::Cell<usize>,
}

/// Reading, with `Home` and `End` for the newest and the oldest version.
const BINDINGS: &[Binding] = keymap::reading_keys!();

impl History {
    pub fn new(id: PostId, ctx: &Ctx) -> History {
        History {
            id,
            post: ctx.forum.post(ctx.viewer, id).map_err(|e| e.to_string()),
            scroll: 0,
            most: std::cell::Cell::new(0),
        }
    }
}

impl View for History {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("history-title", post = self.id.to_string())
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        BINDINGS
    }

    fn handle(&mut self, input: &Input, _ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        match action_for(*key, &[BINDINGS]) {
            Some(Action::Top) => self.scroll = 0,
            Some(Action::Bottom) => self.scroll = self.most.get(),
            Some(Action::Up) => self.scroll = self.scroll.saturating_sub(1),
            Some(Action::Down) => self.scroll = (self.scroll + 1).min(self.most.get()),
            Some(Action::PageUp) => self.scroll = self.scroll.saturating_sub(10),
            Some(Action::PageDown) => self.scroll = (self.scroll + 10).min(self.most.get()),
            Some(action) => return common(action),
            None => return Step::Ignored,
        }
        Step::Stay
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let post = match &self.post {
            Ok(post) => post,
            Err(problem) => {
                frame.render_widget(
                    Paragraph::new(Line::styled(text::fit(problem, width), theme.error)),
                    area,
                );
                return;
            }
        };
        let tz = ctx.viewer.account().map_or("UTC", |a| a.time_zone.as_str());
        let now = ctx.forum.now();
        let mut about = vec![match post.earlier_versions() {
            0 => t!(
                "history-never-edited",
                post = post.id.to_string(),
                name = post.author.to_string()
            ),
            n => t!(
                "history-earlier-versions",
                n = n,
                post = post.id.to_string(),
                name = post.author.to_string()
            ),
        }];
        if post.versions_let_go > 0 {
            about.push(t!("history-some-let-go", kept = REVISIONS_KEPT - 1));
        }
        // Wrapped, not cut: on a narrow screen the count is at the end.
        let mut lines: Vec<Line> = about
            .iter()
            .flat_map(|sentence| text::wrap(sentence, width))
            .map(|line| Line::styled(line, theme.dim))
            .collect();
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            text::fit(
                &match post.edited_at() {
                    Some(at) => t!(
                        "history-now-edited",
                        when = stoa_present::when::ago(now, at, tz)
                    ),
                    None => t!(
                        "history-now-written",
                        when = stoa_present::when::ago(now, post.created_at, tz)
                    ),
                },
                width,
            ),
            theme.title,
        ));
        lines.extend(markdown::render(
            &post.body,
            width.saturating_sub(2),
            "  ",
            theme,
        ));
        for (n, revision) in post.history.iter().enumerate().rev() {
            lines.push(Line::raw(""));
            lines.push(Line::styled(
                text::fit(
                    &t!(
                        "history-version",
                        n = revision.number(n),
                        when = stoa_present::when::ago(now, revision.replaced_at, tz)
                    ),
                    width,
                ),
                theme.title,
            ));
            lines.extend(markdown::render(
                &revision.body,
                width.saturating_sub(2),
                "  ",
                theme,
            ));
        }
        let most = lines.len().saturating_sub(usize::from(area.height));
        self.most.set(most);
        let shown: Vec<Line> = lines.into_iter().skip(self.scroll.min(most)).collect();
        frame.render_widget(Paragraph::new(shown), area);
    }
}
