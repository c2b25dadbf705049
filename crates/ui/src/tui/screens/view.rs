//! What every screen is: its title, its keys, what it does with a key, how it
//! draws, and, where it has them, its form, its draft, the changes that concern
//! it and where a member comes back to. A screen owns all of it in its own file
//! (`impl View for …`); the defaults suit a screen that only shows something.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Ctx, Step};
use crate::tui::form::Form;
use crate::tui::keymap::Binding;
use stoa_core::domain::{LastPlace, PostId};
use stoa_core::forum::Change;
use stoa_present::keys::Input;

pub trait View {
    /// The heading, and the name help and the footer give the screen.
    fn title(&self, ctx: &Ctx) -> String;

    /// The keys that work here, most used first (the footer shows them).
    fn bindings(&self, ctx: &Ctx) -> &'static [Binding];

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step;

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx);

    /// Brings up to date, just before a frame is drawn, what is too costly
    /// to redo at every key (a client may send thousands in a packet): at
    /// most once a frame, for the screen on top.
    fn prepare(&mut self, _ctx: &Ctx) {}

    /// The form on this screen, for the forum's messages about its fields.
    fn form(&mut self) -> Option<&mut Form> {
        None
    }

    /// Stores what the member was writing here (the connection is going away).
    fn keep_draft(&self, _ctx: &Ctx) {}

    /// Whether `change`, made anywhere in the forum, alters what this shows.
    fn concerns(&self, _change: &Change, _ctx: &Ctx) -> bool {
        false
    }

    /// Reads again what the screen shows (forms keep what is typed in them).
    fn reload(&mut self, _ctx: &Ctx) {}

    /// Where this screen is, to come back to in the next session; `None` for
    /// screens that are passing (forms, help), which leave the one under them.
    fn last_place(&self) -> Option<LastPlace> {
        None
    }

    /// Shows a post the member just wrote or changed.
    fn select_post(&mut self, _post: PostId, _ctx: &Ctx) {}
}

/// A boxed screen is the screen (large screens are boxed in [`super::Screen`]).
impl<T: View + ?Sized> View for Box<T> {
    fn title(&self, ctx: &Ctx) -> String {
        (**self).title(ctx)
    }
    fn bindings(&self, ctx: &Ctx) -> &'static [Binding] {
        (**self).bindings(ctx)
    }
    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        (**self).handle(input, ctx)
    }
    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        (**self).render(frame, area, ctx)
    }
    fn prepare(&mut self, ctx: &Ctx) {
        (**self).prepare(ctx)
    }
    fn form(&mut self) -> Option<&mut Form> {
        (**self).form()
    }
    fn keep_draft(&self, ctx: &Ctx) {
        (**self).keep_draft(ctx)
    }
    fn concerns(&self, change: &Change, ctx: &Ctx) -> bool {
        (**self).concerns(change, ctx)
    }
    fn reload(&mut self, ctx: &Ctx) {
        (**self).reload(ctx)
    }
    fn last_place(&self) -> Option<LastPlace> {
        (**self).last_place()
    }
    fn select_post(&mut self, post: PostId, ctx: &Ctx) {
        (**self).select_post(post, ctx)
    }
}
