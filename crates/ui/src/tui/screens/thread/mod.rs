//! Reading a thread: its posts as a reply tree. Indentation shows who answered
//! whom; replies deeper than a few levels fold away until opened. The selected post
//! is the one `r`, `e` and `d` act on.
//!
//! Moving: ↑↓ go post by post, but a post taller than the screen scrolls line by
//! line first, so nothing is skipped. Opening the thread marks it read; posts that
//! were new to the reader keep a "new" mark for this visit, and `u` jumps to them.

mod layout;
#[cfg(test)]
mod tests;
mod tools;

use std::cell::{Cell, Ref, RefCell};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::sync::LazyLock;
use stoa_present::t;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::View;
use super::changes;
use super::{Confirm, Confirmed, Ctx, Screen, Step, common};
use crate::tui::app::{Job, Outcome};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::{DraftPlace, LastPlace, Post, PostId, ThreadId};
use stoa_core::forum::Capability;
use stoa_core::forum::Change;
use stoa_core::forum::{Forum, ThreadView, TreePost};
use stoa_present::keys::Input;
use stoa_present::text;
use stoa_present::theme::Theme;

/// Replies below this depth are folded until the reader opens them.
const DEEP: usize = 5;
/// Indentation stops growing here, so deep branches keep room for their text.
const MAX_INDENT: usize = 8;

pub struct ThreadScreen {
    id: ThreadId,
    view: Option<ThreadView>,
    problem: Option<String>,
    /// Index into the view's posts of the selected post (always a visible one).
    selected: usize,
    /// First line of the document on screen.
    top: Cell<usize>,
    /// Rows and width at the last draw.
    rows: Cell<usize>,
    width: Cell<usize>,
    /// Posts whose replies the reader folded, and deep posts they unfolded.
    folded: HashSet<PostId>,
    unfolded: HashSet<PostId>,
    /// The newest post the reader had seen before opening: later posts are "new".
    seen_before: PostId,
    /// The reader watches this thread: new posts in it notify them.
    watching: bool,
    /// Posts drawn on screen so far: the read mark moves over those only, so a
    /// reader who read half a long thread comes back to the first post not seen.
    seen: RefCell<HashSet<PostId>>,
    /// The read mark as last stored.
    marked: Cell<PostId>,
    /// How many posts were seen when the mark was last worked out: a draw
    /// that shows nothing new costs nothing (a parked reader redraws often).
    seen_counted: Cell<usize>,
    /// Opened at the first post not seen: the first draw puts it at the top,
    /// to read on from there.
    read_on: Cell<bool>,
    /// Posts chosen to be quoted in the next reply (`Q`), in the order chosen.
    quoting: Vec<PostId>,
    laid: RefCell<Option<MeasuredThread>>,
    /// Each post's height, kept across reloads so that only what changed is
    /// laid out again to be measured.
    measured: RefCell<Measured>,
}

/// The committee's powers, which members do not have.
const STEERING: &[Binding] = &[keymap::HIDE, keymap::LOCK, keymap::PIN, keymap::MOVE_THREAD];

/// A member on their own post: edit and delete, and no flag (one does not
/// report oneself).
static AUTHOR: LazyLock<Vec<Binding>> = LazyLock::new(|| {
    keymap::without(
        &keymap::without(ThreadScreen::COMMITTEE, STEERING),
        &[keymap::FLAG],
    )
});
/// A member on someone else's post: no edit or delete to offer.
static READER: LazyLock<Vec<Binding>> = LazyLock::new(|| {
    keymap::without(
        &keymap::without(ThreadScreen::COMMITTEE, STEERING),
        &[keymap::EDIT, keymap::DELETE],
    )
});
/// A member's keys in a locked thread: the same, without reply.
static LOCKED_AUTHOR: LazyLock<Vec<Binding>> =
    LazyLock::new(|| keymap::without(&AUTHOR, &[keymap::REPLY]));
static LOCKED_READER: LazyLock<Vec<Binding>> =
    LazyLock::new(|| keymap::without(&READER, &[keymap::REPLY]));
/// On a deleted post a member has nothing to reply to or flag.
static DELETED: LazyLock<Vec<Binding>> =
    LazyLock::new(|| keymap::without(&READER, &[keymap::REPLY, keymap::FLAG]));

/// The thread measured for one width: where each shown post's lines run.
/// Only heights are kept for the whole thread; lines are made for the rows on
/// screen when they are drawn (`layout.rs`).
struct MeasuredThread {
    width: usize,
    /// Lines above the first post.
    head: usize,
    blocks: Vec<Block>,
    /// Lines in all.
    len: usize,
    /// The lines of the posts on screen at the last draw, by index into the
    /// view's posts.
    drawn: Vec<(usize, Vec<Line<'static>>)>,
}

/// Lines of the posts' own text (fold lines aside) at one width, by post id.
#[derive(Default)]
struct Measured {
    width: usize,
    posts: HashMap<PostId, Measure>,
}

struct Measure {
    /// The copy measured: another copy is a changed post.
    post: Arc<Post>,
    depth: usize,
    lines: usize,
    /// Its reactions line as drawn: reactions change its height too.
    reactions: Option<String>,
}

/// Where a visible post sits among the lines.
#[derive(Clone, Copy)]
struct Block {
    /// Index into the view's posts.
    post: usize,
    /// Its header line; the block runs to `end` (exclusive, blank line included).
    start: usize,
    end: usize,
}

impl ThreadScreen {
    /// Every key of a thread: the editorial committee's (it also hides posts
    /// and locks, pins and moves threads). Members' tables leave keys out of it.
    pub const COMMITTEE: &[Binding] = &[
        keymap::MOVE_POST,
        keymap::DOWN,
        keymap::PAGE_UP,
        keymap::PAGE_DOWN,
        keymap::TOP,
        keymap::BOTTOM,
        // Back comes early: on an 80-column footer it must not be cut off.
        keymap::BACK,
        keymap::REPLY,
        keymap::NEXT_UNREAD_POST,
        keymap::EDIT,
        keymap::DELETE,
        keymap::HIDE,
        keymap::LOCK,
        keymap::PIN,
        keymap::MOVE_THREAD,
        keymap::FLAG,
        keymap::FOLD,
        keymap::WATCH,
        keymap::REACT,
        keymap::QUOTE,
        keymap::BOOKMARK,
        keymap::HISTORY,
        keymap::AUTHOR,
        keymap::GO_TO_POST,
        keymap::HELP,
        keymap::GOTO,
    ];

    /// A guest reads: no reply, edit or delete keys to offer.
    pub const GUEST: &[Binding] = &[
        keymap::MOVE_POST,
        keymap::DOWN,
        keymap::PAGE_UP,
        keymap::PAGE_DOWN,
        keymap::TOP,
        keymap::BOTTOM,
        keymap::FOLD,
        keymap::HISTORY,
        keymap::GO_TO_POST,
        keymap::HELP,
        keymap::BACK,
        keymap::GOTO,
    ];

    pub fn new(id: ThreadId, ctx: &Ctx) -> ThreadScreen {
        let mut screen = ThreadScreen {
            id,
            view: None,
            problem: None,
            selected: 0,
            top: Cell::new(0),
            rows: Cell::new(20),
            width: Cell::new(78),
            folded: HashSet::new(),
            unfolded: HashSet::new(),
            seen_before: PostId(0),
            watching: false,
            seen: RefCell::default(),
            marked: Cell::new(PostId(0)),
            seen_counted: Cell::new(0),
            read_on: Cell::new(false),
            quoting: Vec::new(),
            laid: RefCell::new(None),
            measured: RefCell::default(),
        };
        screen.load(ctx);
        if let Some(view) = &screen.view {
            screen.seen_before = view.seen_before;
            screen.marked.set(view.seen_before);
            // Back in a thread read before: at the first post not seen then.
            if view.seen_before > PostId(0)
                && let Some(first) = view.posts.iter().position(|p| screen.is_new(p, ctx))
            {
                screen.unfold_to(first);
                screen.selected = first;
                screen.read_on.set(true);
            }
        }
        screen
    }

    /// Moves the read mark over the posts seen: to the newest post such that
    /// every post up to it (in the order they were written) was drawn, now or
    /// before. Cheap when nothing moved, so it runs with every draw.
    fn mark_seen(&self, ctx: &Ctx) {
        let Some(view) = &self.view else { return };
        if ctx.viewer.account().is_none() {
            return;
        }
        let seen = self.seen.borrow();
        if seen.len() == self.seen_counted.replace(seen.len()) {
            return;
        }
        let mut ids: Vec<PostId> = view.posts.iter().map(|p| p.post.id).collect();
        ids.sort();
        let mut mark = self.marked.get();
        for id in ids.into_iter().filter(|id| *id > self.marked.get()) {
            if !seen.contains(&id) {
                break;
            }
            mark = id;
        }
        if mark > self.marked.get() {
            self.marked.set(mark);
            // A read mark is a convenience: failing to store it is not worth
            // interrupting the reader for.
            let _ = ctx.forum.mark_read(ctx.viewer, self.id, mark);
        }
    }

    /// The selected post's id, for coming back to it (the opening post if none).
    pub fn selected_id(&self) -> PostId {
        self.selected_post()
            .map_or(self.id.opening_post(), |p| p.post.id)
    }

    pub fn id(&self) -> ThreadId {
        self.id
    }

    /// Reads the thread again, keeping the selected post, and marks it read: the
    /// reader is looking at it.
    fn load(&mut self, ctx: &Ctx) {
        let selected = self.selected_post().map(|p| p.post.id);
        match ctx.forum.read_thread(ctx.viewer, self.id) {
            Ok(view) => {
                self.view = Some(view);
                self.watching = ctx.forum.watching(ctx.viewer, self.id).unwrap_or(false);
                self.problem = None;
            }
            Err(e) => self.problem = Some(e.to_string()),
        }
        self.laid.replace(None);
        if let Some(id) = selected {
            self.select_id(id);
        }
    }

    fn select_id(&mut self, id: PostId) {
        let Some(index) = self.view.as_ref().and_then(|v| v.position(id)) else {
            return;
        };
        self.unfold_to(index);
        self.selected = index;
    }

    fn selected_post(&self) -> Option<&TreePost> {
        self.view.as_ref()?.posts.get(self.selected)
    }

    /// Whether the replies under post `index` are hidden: the reader folded them,
    /// or the post is deep and neither it nor a post above it was opened.
    fn is_folded(&self, index: usize) -> bool {
        let Some(view) = &self.view else {
            return false;
        };
        let p = &view.posts[index];
        if p.descendants == 0 || self.unfolded.contains(&p.post.id) {
            return false;
        }
        if self.folded.contains(&p.post.id) {
            return true;
        }
        p.depth >= DEEP && !self.opened_above(index)
    }

    /// True when a post above `index` in its branch was unfolded by the reader:
    /// opening a deep branch opens all of it.
    fn opened_above(&self, index: usize) -> bool {
        let Some(view) = &self.view else {
            return false;
        };
        let mut depth = view.posts[index].depth;
        for p in view.posts[..index].iter().rev() {
            if depth == 0 {
                break;
            }
            if p.depth < depth {
                depth = p.depth;
                if self.unfolded.contains(&p.post.id) {
                    return true;
                }
            }
        }
        false
    }

    /// Opens every fold above post `index`, so it can be shown.
    fn unfold_to(&mut self, index: usize) {
        let Some(view) = &self.view else { return };
        let mut depth = view.posts[index].depth;
        let mut ancestors = Vec::new();
        for (i, p) in view.posts[..index].iter().enumerate().rev() {
            if depth == 0 {
                break;
            }
            if p.depth < depth {
                depth = p.depth;
                ancestors.push(i);
            }
        }
        let mut changed = false;
        // From the top down, since opening one post can open those under it.
        for i in ancestors.into_iter().rev() {
            if self.is_folded(i) {
                let id = self.view.as_ref().map_or(PostId(0), |v| v.posts[i].post.id);
                self.folded.remove(&id);
                self.unfolded.insert(id);
                changed = true;
            }
        }
        if changed {
            self.laid.replace(None);
        }
    }

    fn is_new(&self, p: &TreePost, ctx: &Ctx) -> bool {
        let mine = ctx
            .viewer
            .account()
            .is_some_and(|a| a.username == p.post.author);
        ctx.viewer.account().is_some() && p.post.id > self.seen_before && !mine
    }

    /// The layout for the last drawn width, made if needed.
    fn laid(&self, ctx: &Ctx) -> Ref<'_, MeasuredThread> {
        let width = self.width.get();
        let stale = self.laid.borrow().as_ref().is_none_or(|l| l.width != width);
        if stale {
            self.laid.replace(Some(self.lay_out(width, ctx)));
        }
        Ref::map(self.laid.borrow(), |l| l.as_ref().unwrap_or(&EMPTY))
    }

    fn block_of_selected(&self, laid: &MeasuredThread) -> Option<(usize, Block)> {
        laid.blocks
            .iter()
            .position(|b| b.post == self.selected)
            .map(|i| (i, laid.blocks[i]))
    }

    /// Scrolls so that the selected post shows: all of it when it fits, else from
    /// its header.
    fn reveal(&self, ctx: &Ctx) {
        let span = self
            .block_of_selected(&self.laid(ctx))
            .map(|(_, b)| (b.start, b.end));
        let Some((start, end)) = span else { return };
        let rows = self.rows.get().max(1);
        let top = self.top.get();
        if start < top || end - start > rows {
            self.top.set(start);
        } else if end > top + rows {
            self.top.set(end - rows);
        }
    }

    fn max_top(&self, laid: &MeasuredThread) -> usize {
        laid.len.saturating_sub(self.rows.get())
    }

    /// Moves for a movement action; true when it was one.
    fn travel(&mut self, action: Action, ctx: &Ctx) -> bool {
        let (blocks, max_top) = {
            let laid = self.laid(ctx);
            (laid.blocks.clone(), self.max_top(&laid))
        };
        if blocks.is_empty() {
            return matches!(
                action,
                Action::Up | Action::Down | Action::PageUp | Action::PageDown
            );
        }
        let rows = self.rows.get().max(1);
        let top = self.top.get();
        let here = blocks
            .iter()
            .position(|b| b.post == self.selected)
            .unwrap_or(0);
        let block = blocks[here];
        match action {
            Action::Down => {
                if block.end > top + rows && top < max_top {
                    self.top.set(top + 1);
                } else if let Some(next) = blocks.get(here + 1) {
                    self.selected = next.post;
                    self.reveal(ctx);
                }
            }
            Action::Up => {
                if block.start < top {
                    self.top.set(top - 1);
                } else if here > 0 {
                    self.selected = blocks[here - 1].post;
                    self.reveal(ctx);
                } else {
                    self.top.set(0);
                }
            }
            Action::PageDown | Action::PageUp => {
                let page = rows.saturating_sub(1).max(1);
                let new_top = if action == Action::PageDown {
                    (top + page).min(max_top)
                } else {
                    top.saturating_sub(page)
                };
                self.top.set(new_top);
                // The first post whose header is on screen, or the one running
                // through the top line.
                let shown = blocks
                    .iter()
                    .find(|b| b.start >= new_top && b.start < new_top + rows)
                    .or_else(|| {
                        blocks
                            .iter()
                            .find(|b| b.start <= new_top && new_top < b.end)
                    })
                    .copied()
                    .unwrap_or(block);
                self.selected = shown.post;
            }
            Action::Top => {
                self.selected = blocks[0].post;
                self.top.set(0);
            }
            Action::Bottom => {
                if let Some(last) = blocks.last() {
                    self.selected = last.post;
                }
                self.top.set(max_top);
            }
            _ => return false,
        }
        true
    }

    /// Starts or stops watching the thread.
    fn watch(&self, ctx: &Ctx) -> Step {
        if ctx.viewer.account().is_none() {
            return Step::error(t!("thread-sign-up-to-watch"));
        }
        let (viewer, id, on) = (ctx.viewer.clone(), self.id, !self.watching);
        Step::Run {
            busy: "busy-saving",
            job: Job::done(move |forum| {
                forum.watch(&viewer, id, on)?;
                let text = if on {
                    t!("thread-now-watching")
                } else {
                    t!("thread-no-longer-watching")
                };
                Ok(Outcome::said(text, 0))
            }),
        }
    }

    fn fold(&mut self) -> Step {
        let Some(p) = self.selected_post() else {
            return Step::Ignored;
        };
        if p.descendants == 0 {
            return Step::Flash {
                text: t!("thread-nothing-to-fold"),
                error: false,
            };
        }
        let id = p.post.id;
        if self.is_folded(self.selected) {
            self.folded.remove(&id);
            self.unfolded.insert(id);
        } else {
            self.unfolded.remove(&id);
            self.folded.insert(id);
        }
        self.laid.replace(None);
        Step::Stay
    }

    fn next_unread(&mut self, ctx: &Ctx) -> Step {
        let Some(view) = &self.view else {
            return Step::Ignored;
        };
        let next = (self.selected + 1..view.posts.len())
            .find(|&i| self.is_new(&view.posts[i], ctx) && view.posts[i].post.deleted.is_none());
        let Some(index) = next else {
            return Step::Flash {
                text: t!("thread-no-unread-left"),
                error: false,
            };
        };
        self.unfold_to(index);
        self.selected = index;
        self.reveal(ctx);
        Step::Stay
    }

    fn reply(&self, ctx: &Ctx) -> Step {
        let (Some(view), Some(p)) = (&self.view, self.selected_post()) else {
            return Step::Ignored;
        };
        if ctx.viewer.account().is_none() {
            return Step::error(t!("thread-sign-up-to-reply"));
        }
        if let Some(refused) = super::muted(ctx) {
            return refused;
        }
        if view.thread.locked && !ctx.forum.may(ctx.viewer, Capability::SteerThreads) {
            return Step::error(t!("thread-is-locked"));
        }
        if p.post.deleted.is_some() {
            return Step::error(t!("thread-reply-to-deleted"));
        }
        // The posts chosen with Q, quoted at the top of the reply's text:
        // lines the member does not want, they delete there.
        let quotes: Vec<String> = self
            .quoting
            .iter()
            .filter_map(|id| view.posts.iter().find(|q| q.post.id == *id))
            .filter(|q| q.post.deleted.is_none() && !q.post.body.is_empty())
            .map(|q| {
                let name = view.author_name(&q.post.author);
                let lines: Vec<String> = q.post.body.lines().map(|l| format!("> {l}")).collect();
                format!(
                    "> {}\n>\n{}",
                    t!("quote-heading", name = name, post = q.post.id.to_string()),
                    lines.join("\n")
                )
            })
            .collect();
        let composer = if quotes.is_empty() {
            Screen::composer(DraftPlace::Reply(p.post.id), ctx)
        } else {
            Screen::Composer(Box::new(super::Composer::with_text(
                DraftPlace::Reply(p.post.id),
                &format!("{}\n\n", quotes.join("\n\n")),
                ctx,
            )))
        };
        Step::Open(Box::new(composer))
    }

    /// `Q`: the selected post goes into (or out of) the next reply's quotes.
    fn quote(&mut self, ctx: &Ctx) -> Step {
        let Some(p) = self.selected_post() else {
            return Step::Ignored;
        };
        if ctx.viewer.account().is_none() {
            return Step::error(t!("thread-sign-up-to-reply"));
        }
        let id = p.post.id;
        if let Some(at) = self.quoting.iter().position(|q| *q == id) {
            self.quoting.remove(at);
        } else {
            self.quoting.push(id);
        }
        Step::Flash {
            text: match self.quoting.len() {
                0 => t!("thread-nothing-to-quote"),
                n => t!("thread-posts-to-quote", n = n),
            },
            error: false,
        }
    }

    /// `K`: bookmarks the selected post, or takes the bookmark away.
    fn bookmark(&self, ctx: &Ctx) -> Step {
        let Some(p) = self.selected_post() else {
            return Step::Ignored;
        };
        if ctx.viewer.account().is_none() {
            return Step::error(t!("thread-sign-up-to-bookmark"));
        }
        let (viewer, id) = (ctx.viewer.clone(), p.post.id);
        let kept = ctx.forum.bookmarked(ctx.viewer, id).is_some();
        Step::Run {
            busy: "busy-saving",
            job: Job::done(move |forum| {
                if kept {
                    forum.unbookmark(&viewer, id)?;
                    Ok(Outcome::said(t!("thread-bookmark-removed"), 0))
                } else {
                    forum.bookmark(&viewer, id, None)?;
                    Ok(Outcome::said(t!("thread-bookmarked"), 0))
                }
            }),
        }
    }

    fn edit(&self, ctx: &Ctx) -> Step {
        let Some(p) = self.selected_post() else {
            return Step::Ignored;
        };
        let mine = ctx
            .viewer
            .account()
            .is_some_and(|a| a.username == p.post.author);
        let committee = ctx.forum.may(ctx.viewer, Capability::ChangeOthersPosts);
        if !mine && !committee {
            return Step::error(t!("thread-edit-only-own"));
        }
        if let Some(refused) = super::muted(ctx) {
            return refused;
        }
        if p.post.deleted.is_some() {
            return Step::error(t!("thread-post-was-deleted"));
        }
        Step::Open(Box::new(Screen::composer(DraftPlace::Edit(p.post.id), ctx)))
    }

    fn delete(&self, ctx: &Ctx) -> Step {
        let Some(p) = self.selected_post() else {
            return Step::Ignored;
        };
        let Some(account) = ctx.viewer.account() else {
            return Step::error(t!("sign-up-to-take-part"));
        };
        if p.post.deleted.is_some() {
            return Step::error(t!("thread-already-deleted"));
        }
        let mine = account.username == p.post.author;
        if !mine && !ctx.forum.may(ctx.viewer, Capability::ChangeOthersPosts) {
            return Step::error(t!("thread-delete-only-own"));
        }
        let question = if mine {
            t!("thread-delete-own-question")
        } else {
            t!("thread-delete-as-committee-question")
        };
        Step::Confirm(Confirm {
            question,
            on_yes: Confirmed::DeletePost { id: p.post.id },
        })
    }
}

impl View for ThreadScreen {
    fn title(&self, _ctx: &Ctx) -> String {
        match &self.view {
            Some(view) => view.thread.title.clone(),
            None => format!("Thread {}", self.id),
        }
    }

    /// The keys offered on the selected post: edit and delete only to whom
    /// the forum allows them.
    fn bindings(&self, ctx: &Ctx) -> &'static [Binding] {
        let locked = self.view.as_ref().is_some_and(|v| v.thread.locked);
        match ctx.viewer.role() {
            Some(_) if ctx.forum.may(ctx.viewer, Capability::SteerThreads) => Self::COMMITTEE,
            // A locked thread takes no replies: the key is not offered.
            Some(_) => match self.selected_post() {
                Some(p) if Forum::may_change_post(ctx.viewer, &p.post) && locked => &LOCKED_AUTHOR,
                Some(p) if Forum::may_change_post(ctx.viewer, &p.post) => &AUTHOR,
                Some(p) if p.post.deleted.is_some() => &DELETED,
                _ if locked => &LOCKED_READER,
                _ => &READER,
            },
            None => Self::GUEST,
        }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        // The full table second: a guest's `r` or `n` still says how to take part.
        let Some(action) = action_for(*key, &[self.bindings(ctx), &AUTHOR]) else {
            return Step::Ignored;
        };
        if self.travel(action, ctx) {
            return Step::Stay;
        }
        match action {
            Action::Fold => self.fold(),
            Action::NextUnread => self.next_unread(ctx),
            Action::Reply => self.reply(ctx),
            Action::Edit => self.edit(ctx),
            Action::Delete => self.delete(ctx),
            Action::Flag => self.flag(ctx),
            Action::Watch => self.watch(ctx),
            Action::Hide => self.hide(ctx),
            Action::Quote => self.quote(ctx),
            Action::GoToPost => match &self.view {
                Some(view) if !view.posts.is_empty() => {
                    let posts = view.posts.iter().map(|p| p.post.id).collect();
                    Step::Open(Box::new(Screen::PostNumber(Box::new(
                        super::post_number::PostNumberForm::new(posts),
                    ))))
                }
                _ => Step::Ignored,
            },
            Action::Bookmark => self.bookmark(ctx),
            Action::React => match self.selected_post() {
                _ if ctx.viewer.account().is_none() => Step::error(t!("thread-sign-up-to-react")),
                Some(p) if p.post.deleted.is_some() => Step::Ignored,
                Some(p) => Step::Open(Box::new(Screen::React(Box::new(
                    super::react_form::ReactForm::new(p.post.id, ctx),
                )))),
                None => Step::Ignored,
            },
            Action::History => match self.selected_post() {
                Some(p) => Step::Open(Box::new(Screen::History(Box::new(
                    super::history::History::new(p.post.id, ctx),
                )))),
                None => Step::Ignored,
            },
            Action::Author => match self.selected_post() {
                _ if ctx.viewer.account().is_none() => Step::error(t!("member-pages-for-members")),
                Some(p) if p.post.deleted.is_none() => {
                    Step::Open(Box::new(Screen::person(&p.post.author, ctx)))
                }
                _ => Step::Ignored,
            },
            Action::Lock | Action::Pin | Action::MoveThread => self.steer(action, ctx),
            other => common(other),
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        if let Some(problem) = &self.problem {
            frame.render_widget(
                Paragraph::new(Line::styled(text::fit(problem, width), theme.error)),
                area,
            );
            return;
        }
        let rows = usize::from(area.height);
        let resized = self.width.get() != width || self.rows.get() != rows;
        self.width.set(width);
        self.rows.set(rows);
        if self.read_on.replace(false) {
            let start = self
                .block_of_selected(&self.laid(ctx))
                .map(|(_, b)| b.start);
            if let Some(start) = start {
                self.top.set(start);
            }
        } else if resized {
            // The selected post stays on screen: `r` answers the post shown.
            self.reveal(ctx);
        }
        frame.render_widget(Paragraph::new(self.window(ctx)), area);
        self.mark_seen(ctx);
    }

    fn concerns(&self, change: &Change, ctx: &Ctx) -> bool {
        changes::in_thread(change, self.id()) || changes::my_watch(change, ctx)
    }

    fn reload(&mut self, ctx: &Ctx) {
        self.load(ctx);
    }

    fn last_place(&self) -> Option<LastPlace> {
        Some(LastPlace::Thread {
            id: self.id(),
            post: self.selected_id(),
        })
    }

    /// Shows `post` (after the reader wrote or changed it).
    fn select_post(&mut self, post: PostId, ctx: &Ctx) {
        // Asked for a post: that one shows, not the first new one.
        self.read_on.set(false);
        self.load(ctx);
        self.select_id(post);
        self.reveal(ctx);
    }
}

static EMPTY: MeasuredThread = MeasuredThread {
    width: 0,
    head: 0,
    blocks: Vec::new(),
    len: 0,
    drawn: Vec::new(),
};

/// The selected post's header: marked, and shown in the selection style.
fn selected(line: &Line<'static>, width: usize, theme: &Theme) -> Line<'static> {
    let mut spans = line.spans.clone();
    if let Some(marker) = spans.get_mut(1) {
        *marker = Span::raw("> ");
    }
    let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
    let fitted = text::fit(&text, width);
    Line::styled(fitted, theme.selected)
}
