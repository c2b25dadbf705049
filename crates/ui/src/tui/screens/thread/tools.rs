//! The thread screen's flag and committee keys: `f` flags a post; the committee
//! hides or restores it (`h`), and locks, pins or moves the thread (`L` `P` `M`).
//! Each opens the reason form.

use super::ThreadScreen;
use crate::tui::keymap::Action;
use crate::tui::screens::reason_form::{Act, ReasonForm};
use crate::tui::screens::{Ctx, Screen, Step};
use stoa_core::forum::{ThreadAction, TreePost};
use stoa_present::t;

impl ThreadScreen {
    pub(super) fn flag(&self, ctx: &Ctx) -> Step {
        let Some(p) = self.selected_post() else {
            return Step::Ignored;
        };
        let Some(account) = ctx.viewer.account() else {
            return Step::error(t!("thread-sign-up-to-flag"));
        };
        if p.post.author == account.username {
            return Step::error(t!("thread-flag-own-post"));
        }
        if p.post.deleted.is_some() || p.post.hidden.is_some() {
            return Step::error(t!("thread-flag-not-shown"));
        }
        let about = t!(
            "post-by",
            post = p.post.id.to_string(),
            name = self.author_name(p)
        );
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
            return Step::error(t!("thread-hide-deleted"));
        }
        let post = p.post.id;
        let act = if p.post.hidden.is_some() {
            Act::Restore { post }
        } else {
            Act::Hide { post }
        };
        let about = t!(
            "post-by",
            post = post.to_string(),
            name = self.author_name(p)
        );
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
