//! The thread screen's flag and committee keys: `f` flags a post; the committee
//! hides or restores it (`h`), and locks, pins or moves the thread (`L` `P` `M`).
//! Each opens the reason form.

use super::ThreadScreen;
use crate::tui::keymap::Action;
use crate::tui::screens::reason_form::{Act, ReasonForm};
use crate::tui::screens::{Ctx, Screen, Step};
use stoa_core::forum::{ThreadAction, TreePost};

impl ThreadScreen {
    pub(super) fn flag(&self, ctx: &Ctx) -> Step {
        let Some(p) = self.selected_post() else {
            return Step::Ignored;
        };
        let Some(account) = ctx.viewer.account() else {
            return Step::error("Sign up to flag posts: press g then u.");
        };
        if p.post.author == account.username {
            return Step::error("This is your own post: edit or delete it instead.");
        }
        if p.post.deleted.is_some() || p.post.hidden.is_some() {
            return Step::error("That post is no longer shown: nothing to flag.");
        }
        let about = format!("Post {} by {}", p.post.id, self.author_name(p));
        Step::Open(Box::new(Screen::ReasonForm(Box::new(ReasonForm::new(
            Act::Flag { post: p.post.id },
            &about,
            ctx,
        )))))
    }

    fn author_name(&self, p: &TreePost) -> String {
        self.view.as_ref().map_or_else(
            || p.post.author.to_string(),
            |v| v.author_name(&p.post.author).into(),
        )
    }

    /// Hides the selected post, or restores it when hidden (the committee).
    pub(super) fn hide(&self, ctx: &Ctx) -> Step {
        let Some(p) = self.selected_post() else {
            return Step::Ignored;
        };
        if p.post.deleted.is_some() {
            return Step::error("That post was deleted: there is nothing to hide.");
        }
        let post = p.post.id;
        let act = if p.post.hidden.is_some() {
            Act::Restore { post }
        } else {
            Act::Hide { post }
        };
        let about = format!("Post {post} by {}", self.author_name(p));
        Step::Open(Box::new(Screen::ReasonForm(Box::new(ReasonForm::new(
            act, &about, ctx,
        )))))
    }

    /// Locks or unlocks, pins or unpins, or moves the thread (the committee).
    pub(super) fn steer(&self, action: Action, ctx: &Ctx) -> Step {
        let Some(view) = &self.view else {
            return Step::Ignored;
        };
        let t = &view.thread;
        let action = match action {
            Action::Lock if t.locked => ThreadAction::Unlock,
            Action::Lock => ThreadAction::Lock,
            Action::Pin if t.pinned => ThreadAction::Unpin,
            Action::Pin => ThreadAction::Pin,
            _ => ThreadAction::Move(t.community.to_string()),
        };
        let about = format!("\"{}\" in {}", t.title, view.community.name);
        Step::Open(Box::new(Screen::ReasonForm(Box::new(ReasonForm::new(
            Act::Steer {
                thread: t.id,
                action,
            },
            &about,
            ctx,
        )))))
    }
}
