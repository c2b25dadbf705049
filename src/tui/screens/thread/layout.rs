//! Laying a thread out as lines: the title, then each post's header, body,
//! committee notes and folds, indented by its depth in the reply tree.

use ratatui::text::{Line, Span};

use super::{Block, Laid, MAX_INDENT, ThreadScreen};
use crate::forum::{ThreadView, TreePost};
use crate::tui::screens::Ctx;
use crate::tui::text::{self, plural};
use crate::tui::{markdown, when};

impl ThreadScreen {
    pub(super) fn lay_out(&self, screen_width: usize, ctx: &Ctx) -> Laid {
        let theme = ctx.theme;
        // Prose is hard to read in very long lines: the text keeps to a measure,
        // plus room for the indentation of the tree.
        let width = screen_width.min(text::MEASURE + 2 * MAX_INDENT);
        let mut lines: Vec<Line<'static>> = Vec::new();
        let mut blocks = Vec::new();
        let Some(view) = &self.view else {
            return Laid {
                width: screen_width,
                lines,
                blocks,
            };
        };
        let t = &view.thread;
        for l in text::wrap(&t.title, width.min(text::MEASURE)) {
            lines.push(Line::styled(l, theme.title));
        }
        let mut about = format!(
            "{} · {} · {} {}",
            view.community.name,
            plural(t.posts as usize, "post", "posts"),
            "started by",
            view.author_name(&t.author)
        );
        if t.pinned {
            about.push_str(" · pinned");
        }
        if t.locked {
            about.push_str(" · locked: no new replies");
        }
        if self.watching {
            about.push_str(" · watching");
        }
        lines.push(Line::styled(text::fit(&about, width), theme.dim));
        lines.push(Line::from(""));

        let tz = ctx.viewer.account().map_or("UTC", |a| a.time_zone.as_str());
        let now = ctx.forum.now();
        let mut hide_below: Option<usize> = None;
        for (i, p) in view.posts.iter().enumerate() {
            if let Some(depth) = hide_below {
                if p.depth > depth {
                    continue;
                }
                hide_below = None;
            }
            let indent = "  ".repeat(p.depth.min(MAX_INDENT));
            let start = lines.len();
            lines.push(self.header(view, p, &indent, now, tz, ctx));
            let body_indent = format!("{indent}  ");
            let room = width.saturating_sub(body_indent.len()).max(10);
            if let Some(hiding) = &p.post.hidden {
                let note = match (hiding.by.is_empty(), hiding.reason.is_empty()) {
                    // The committee sees who hid it and why, above the original.
                    (false, _) => format!("[hidden by {}: {}]", hiding.by, hiding.reason),
                    (true, false) => {
                        format!("[hidden by the editorial committee: {}]", hiding.reason)
                    }
                    (true, true) => "[hidden by the editorial committee]".into(),
                };
                for l in text::wrap(&note, room) {
                    lines.push(Line::styled(format!("{body_indent}{l}"), theme.error));
                }
            }
            if p.post.deleted.is_none() {
                lines.extend(markdown::render(&p.post.body, room, &body_indent, theme));
            }
            if let Some(note) = p
                .post
                .committee_note
                .as_ref()
                .filter(|_| p.post.deleted.is_none())
            {
                let note = format!("Edited by the editorial committee: {note}");
                for l in text::wrap(&note, room) {
                    lines.push(Line::styled(format!("{body_indent}{l}"), theme.dim));
                }
            }
            if self.is_folded(i) {
                hide_below = Some(p.depth);
                lines.push(Line::styled(
                    text::fit(
                        &format!(
                            "{body_indent}[+] {} folded: Enter shows them",
                            plural(p.descendants, "reply", "replies")
                        ),
                        width,
                    ),
                    theme.key,
                ));
            }
            lines.push(Line::from(""));
            blocks.push(Block {
                post: i,
                start,
                end: lines.len(),
            });
        }
        Laid {
            width: screen_width,
            lines,
            blocks,
        }
    }

    /// "  Amara Okafor · Kenya Ministry of Health · 3h ago · edited · new"
    fn header(
        &self,
        view: &ThreadView,
        p: &TreePost,
        indent: &str,
        now: jiff::Timestamp,
        tz: &str,
        ctx: &Ctx,
    ) -> Line<'static> {
        let theme = ctx.theme;
        let mut spans = vec![Span::raw(indent.to_string()), Span::raw("  ")];
        let when = when::ago(now, p.post.created_at, tz);
        if p.post.deleted.is_some() {
            spans.push(Span::styled(format!("[deleted] · {when}"), theme.dim));
            return Line::from(spans);
        }
        let (name, org) = view
            .authors
            .get(&p.post.author)
            .cloned()
            .unwrap_or_else(|| (p.post.author.clone(), String::new()));
        spans.push(Span::styled(text::fit(&name, 40), theme.title));
        let mut rest = String::new();
        if !org.is_empty() {
            rest.push_str(&format!(" · {}", text::fit(&org, 40)));
        }
        rest.push_str(&format!(" · {when}"));
        if p.post.edited_at().is_some() {
            rest.push_str(" · edited");
        }
        spans.push(Span::styled(rest, theme.dim));
        if self.is_new(p, ctx) {
            spans.push(Span::styled(" · new", theme.unread));
        }
        Line::from(spans)
    }
}
