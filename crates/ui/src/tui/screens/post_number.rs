//! Going to a post by its place in a thread (`#`): 1 is the opening post, and
//! the places are the order posts are shown in.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::View;
use super::{Ctx, Step};
use crate::tui::app::{Job, Next, Outcome};
use crate::tui::form::{Field, Form};
use crate::tui::keymap::Binding;
use stoa_core::domain::PostId;
use stoa_core::forum::{FieldErrors, FieldName};
use stoa_present::t;

pub struct PostNumberForm {
    /// The posts of the thread in the order shown.
    posts: Vec<PostId>,
    pub form: Form,
}

impl PostNumberForm {
    pub fn new(posts: Vec<PostId>) -> PostNumberForm {
        let hint = t!("post-number-hint", n = posts.len());
        PostNumberForm {
            posts,
            form: Form::new(vec![
                Field::line(FieldName::Target, t!("post-number-post"), "")
                    .required()
                    .hint(hint),
            ])
            .with_label_width(8),
        }
    }
}

impl View for PostNumberForm {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("post-number-title")
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        super::account_forms::ONE_FIELD
    }

    fn handle(&mut self, input: &stoa_present::keys::Input, _ctx: &Ctx) -> Step {
        let form_step = self.form.handle(input);
        super::account_forms::step(form_step, false, || {
            let typed = self.form.text(FieldName::Target);
            let place = typed.trim().trim_start_matches('#').parse::<usize>().ok();
            let Some(&post) = place.and_then(|n| self.posts.get(n.wrapping_sub(1))) else {
                self.form.show_errors(&FieldErrors(vec![(
                    FieldName::Target,
                    t!("post-number-out-of-range", n = self.posts.len()),
                )]));
                return Step::error(t!("post-number-field-needs-attention"));
            };
            Step::Run {
                busy: "",
                job: Job::done(move |_| {
                    Ok(Outcome {
                        say: String::new(),
                        close: 1,
                        next: Next::ShowPost(post),
                    })
                }),
            }
        })
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let rest = super::account_forms::intro(frame, area, &t!("post-number-intro"), ctx);
        self.form.render(frame, rest, ctx.theme);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }
}
