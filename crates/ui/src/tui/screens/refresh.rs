//! Taking up a change made anywhere in the forum: each screen says whether it
//! concerns it (`View::concerns`, with the questions in `changes.rs`).

use super::*;

impl Screen {
    /// Reloads what the screen shows, if `change` touches it.
    pub fn refresh(&mut self, ctx: &Ctx, change: &Change) {
        let view = self.view_mut();
        if *change == Change::Many || view.concerns(change, ctx) {
            view.reload(ctx);
        }
    }
}
