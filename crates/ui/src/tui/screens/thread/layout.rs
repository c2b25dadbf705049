//! Laying a thread out as lines: the title, then each post's header, body,
//! committee notes and folds, indented by its depth in the reply tree.
//!
//! A thread is laid out one post at a time. Measuring keeps only each post's
//! height; drawing lays out the posts that cross the rows on screen (issue 19:
//! a long thread laid out whole cost a session megabytes, for a screen that
//! shows 24 lines of it).

use std::collections::HashMap;
use std::sync::Arc;
use stoa_present::t;

use ratatui::text::{Line, Span};

use super::{Block, MAX_INDENT, Measure, Measured, MeasuredThread, ThreadScreen, selected};
use crate::tui::screens::Ctx;
use stoa_core::forum::{ThreadView, TreePost};
use stoa_present::text;
use stoa_present::{markdown, when};

/// How wide the text is on a screen this wide: prose is hard to read in very
/// long lines, so it keeps to a measure, plus room for the tree's indentation.
pub(super) fn text_width(screen_width: usize) -> usize {
    screen_width.min(text::MEASURE + 2 * MAX_INDENT)
}

impl ThreadScreen {
    /// Where every shown post's lines run at `screen_width`. Each post is laid
    /// out and counted, and its lines dropped before the next.
    pub(super) fn lay_out(&self, screen_width: usize, ctx: &Ctx) -> MeasuredThread {
        let width = text_width(screen_width);
        let mut laid = MeasuredThread {
            width: screen_width,
            head: 0,
            blocks: Vec::new(),
            len: 0,
            drawn: Vec::new(),
        };
        let Some(view) = &self.view else {
            return laid;
        };
        laid.head = self.head(view, width, ctx).len();
        let mut before = self.measured.take();
        if before.width != width {
            before.posts.clear();
        }
        let mut measured = Measured {
            width,
            posts: HashMap::with_capacity(view.posts.len()),
        };
        let mut at = laid.head;
        let mut hide_below: Option<usize> = None;
        for (i, p) in view.posts.iter().enumerate() {
            if let Some(depth) = hide_below {
                if p.depth > depth {
                    // Folded away, but still measured for when it is opened.
                    if let Some(m) = before.posts.remove(&p.post.id) {
                        measured.posts.insert(p.post.id, m);
                    }
                    continue;
                }
                hide_below = None;
            }
            let folded = self.is_folded(i);
            if folded {
                hide_below = Some(p.depth);
            }
            let lines = self.measure(view, i, width, ctx, &mut before);
            let end = at + lines + usize::from(folded);
            measured.posts.insert(
                p.post.id,
                Measure {
                    post: p.post.clone(),
                    depth: p.depth,
                    lines,
                    reactions: reactions_line(view, p.post.id),
                },
            );
            laid.blocks.push(Block {
                post: i,
                start: at,
                end,
            });
            at = end;
        }
        laid.len = at;
        self.measured.replace(measured);
        laid
    }

    /// Lines of post `index` at `width`, its fold line aside. A post measured
    /// before at this width and depth as the same shared copy is unchanged, and
    /// is not laid out again: a new reply in a long thread lays out only itself.
    fn measure(
        &self,
        view: &ThreadView,
        index: usize,
        width: usize,
        ctx: &Ctx,
        before: &mut Measured,
    ) -> usize {
        let p = &view.posts[index];
        match before.posts.remove(&p.post.id) {
            Some(m)
                if Arc::ptr_eq(&m.post, &p.post)
                    && m.depth == p.depth
                    && m.reactions == reactions_line(view, p.post.id) =>
            {
                m.lines
            }
            _ => {
                let folded = usize::from(self.is_folded(index));
                let lines = self.post_lines(view, index, width, ctx).len();
                lines.saturating_sub(folded)
            }
        }
    }

    /// The lines on screen: `rows` lines from the top line, laid out from the
    /// title and the posts they cross. The posts' lines are kept until the next
    /// draw, so moving through a tall post does not lay it out again.
    pub(super) fn window(&self, ctx: &Ctx) -> Vec<Line<'static>> {
        // Measured for the width being drawn, first.
        drop(self.laid(ctx));
        let mut slot = self.laid.borrow_mut();
        let (Some(laid), Some(view)) = (slot.as_mut(), &self.view) else {
            return Vec::new();
        };
        let rows = self.rows.get();
        let top = self.top.get().min(self.max_top(laid));
        self.top.set(top);
        let end = top + rows;
        let width = text_width(laid.width);
        let mut lines = Vec::with_capacity(rows);
        if top < laid.head {
            let head = self.head(view, width, ctx);
            lines.extend(head.into_iter().take(end).skip(top));
        }
        let mut kept = std::mem::take(&mut laid.drawn);
        let first = laid.blocks.partition_point(|b| b.end <= top);
        for block in laid.blocks[first..].iter().take_while(|b| b.start < end) {
            let post = match kept.iter().position(|(i, _)| *i == block.post) {
                Some(at) => kept.swap_remove(at).1,
                None => self.post_lines(view, block.post, width, ctx),
            };
            let to = (end - block.start).min(post.len());
            let from = top.saturating_sub(block.start).min(to);
            for (k, line) in post.iter().enumerate().take(to).skip(from) {
                lines.push(if k == 0 && block.post == self.selected {
                    selected(line, laid.width, ctx.theme)
                } else {
                    line.clone()
                });
            }
            laid.drawn.push((block.post, post));
            let mut seen = self.seen.borrow_mut();
            seen.insert(view.posts[block.post].post.id);
            // A fold drawn stands for the replies under it: the reader chose
            // (or was offered) not to open them, and the thread is not left
            // unread for ever because of them.
            if self.is_folded(block.post) {
                let under = view.posts[block.post].descendants;
                for p in view.posts.iter().skip(block.post + 1).take(under) {
                    seen.insert(p.post.id);
                }
            }
        }
        lines
    }

    /// The lines above the first post: the title, what the thread is, a blank.
    pub(super) fn head(&self, view: &ThreadView, width: usize, ctx: &Ctx) -> Vec<Line<'static>> {
        let theme = ctx.theme;
        let t = &view.thread;
        let label = super::super::home::demo_label(ctx, &stoa_core::store::DemoMark::Thread(t.id));
        let title = format!("{label}{}", t.title);
        let mut lines: Vec<Line<'static>> = text::wrap(&title, width.min(text::MEASURE))
            .into_iter()
            .map(|l| Line::styled(l, theme.title))
            .collect();
        let new = view.posts.iter().filter(|p| self.is_new(p, ctx)).count();
        // What is new first after the count, so that a narrow screen keeps it.
        let new = if new > 0 && self.seen_before > stoa_core::domain::PostId(0) {
            format!(", {}", t!("thread-new-posts", n = new))
        } else {
            String::new()
        };
        let mut about = format!(
            "{} · {}{new} · {}",
            view.community.name,
            t!("count-posts", n = t.posts),
            t!("thread-started-by", name = view.author_name(&t.author))
        );
        if t.pinned {
            about.push_str(&format!(" · {}", t!("thread-pinned")));
        }
        if t.locked {
            about.push_str(&format!(" · {}", t!("thread-locked")));
        }
        if self.watching {
            about.push_str(&format!(" · {}", t!("thread-watching")));
        }
        lines.push(Line::styled(text::fit(&about, width), theme.dim));
        lines.push(Line::from(""));
        lines
    }

    /// Post `index` as lines: its header, notes, body, fold and the blank line
    /// after it.
    pub(super) fn post_lines(
        &self,
        view: &ThreadView,
        index: usize,
        width: usize,
        ctx: &Ctx,
    ) -> Vec<Line<'static>> {
        let theme = ctx.theme;
        let p = &view.posts[index];
        let indent = "  ".repeat(p.depth.min(MAX_INDENT));
        let mut lines = vec![self.header(view, p, &indent, ctx)];
        let body_indent = format!("{indent}  ");
        let room = width.saturating_sub(body_indent.len()).max(10);
        if let Some(hiding) = &p.post.hidden {
            let note = match (hiding.by.is_empty(), hiding.reason.is_empty()) {
                // The committee sees who hid it and why, above the original.
                (false, _) => format!(
                    "[{}]",
                    t!(
                        "post-hidden-by",
                        by = hiding.by.as_str(),
                        reason = hiding.reason.as_str()
                    )
                ),
                (true, false) => format!(
                    "[{}]",
                    t!(
                        "post-hidden-by-committee-because",
                        reason = hiding.reason.as_str()
                    )
                ),
                (true, true) => format!("[{}]", t!("post-hidden-by-committee")),
            };
            for l in text::wrap(&note, room) {
                lines.push(Line::styled(format!("{body_indent}{l}"), theme.error));
            }
        }
        if p.post.deleted.is_none() {
            lines.extend(markdown::render(&p.post.body, room, &body_indent, theme));
        }
        if p.post.deleted.is_none()
            && let Some(reactions) = reactions_line(view, p.post.id)
        {
            lines.push(Line::styled(
                text::fit(&format!("{body_indent}{reactions}"), width),
                theme.dim,
            ));
        }
        if let Some(note) = p
            .post
            .committee_note
            .as_ref()
            .filter(|_| p.post.deleted.is_none())
        {
            let note = t!("thread-edited-by-committee", note = note.as_str());
            for l in text::wrap(&note, room) {
                lines.push(Line::styled(format!("{body_indent}{l}"), theme.dim));
            }
        }
        if self.is_folded(index) {
            lines.push(Line::styled(
                text::fit(
                    &format!(
                        "{body_indent}[+] {}",
                        t!("thread-folded", n = p.descendants)
                    ),
                    width,
                ),
                theme.key,
            ));
        }
        lines.push(Line::from(""));
        lines
    }

    /// "  Amara Okafor · Kenya Ministry of Health · 3h ago · edited · new"
    fn header(&self, view: &ThreadView, p: &TreePost, indent: &str, ctx: &Ctx) -> Line<'static> {
        let theme = ctx.theme;
        let tz = ctx.viewer.account().map_or("UTC", |a| a.time_zone.as_str());
        let mut spans = vec![Span::raw(indent.to_string()), Span::raw("  ")];
        let when = when::ago(ctx.forum.now(), p.post.created_at, tz);
        if p.post.deleted.is_some() {
            spans.push(Span::styled(format!("[deleted] · {when}"), theme.dim));
            return Line::from(spans);
        }
        let (name, org) = view
            .authors
            .get(&p.post.author)
            .cloned()
            .unwrap_or_else(|| (p.post.author.to_string(), String::new()));
        spans.push(Span::styled(text::fit(&name, 40), theme.title));
        let mut rest = String::new();
        if !org.is_empty() {
            // What the line has room for beside the name, the time and the
            // marks (at least 40, as at 80 columns): wide screens show it whole.
            let room = self
                .width
                .get()
                .saturating_sub(text::width(&name) + indent.len() + 30)
                .max(40);
            rest.push_str(&format!(" · {}", text::fit(&org, room)));
        }
        rest.push_str(&format!(" · {when}"));
        if p.post.edited_at().is_some() {
            rest.push_str(&format!(" · {}", t!("post-edited")));
        }
        spans.push(Span::styled(rest, theme.dim));
        if self.is_new(p, ctx) {
            spans.push(Span::styled(format!(" · {}", t!("post-new")), theme.unread));
        }
        // Its language, when it is not the reader's: last, and only when the
        // line has room for it whole (the rest matters more).
        if let Some(l) = p.post.language
            && l != stoa_present::lang::current()
        {
            let language = format!(" · {}", l.native_name());
            let used: usize = spans.iter().map(|s| text::width(&s.content)).sum();
            if used + text::width(&language) <= self.width.get() {
                spans.push(Span::styled(language, theme.dim));
            }
        }
        Line::from(spans)
    }
}

/// A post's reactions as one line, `thanks 2 · +1 1`; none when it has none.
fn reactions_line(view: &ThreadView, post: stoa_core::domain::PostId) -> Option<String> {
    let given = view.reactions.get(&post)?;
    let parts: Vec<String> = given
        .iter()
        .filter(|(_, names)| !names.is_empty())
        .map(|(reaction, names)| format!("{} {}", reaction.name(), names.len()))
        .collect();
    (!parts.is_empty()).then(|| format!("[{}]", parts.join(" · ")))
}
