//! Reacting to a post (`+` in a thread): who gave which reaction so far, and a
//! choice of thanks, +1 or insightful; giving one already given takes it back.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::View;
use super::{Ctx, Step};
use crate::tui::app::{Job, Next, Outcome};
use crate::tui::form::{Field, Form};
use crate::tui::keymap::Binding;
use stoa_core::domain::{PostId, Reaction};
use stoa_core::forum::FieldName;
use stoa_present::t;
use stoa_present::text;

pub struct ReactForm {
    post: PostId,
    /// Who gave what, as lines ("thanks: amara, li").
    given: Vec<String>,
    pub form: Form,
}

impl ReactForm {
    pub fn new(post: PostId, ctx: &Ctx) -> ReactForm {
        let me = ctx.viewer.account().map(|a| a.username.clone());
        let mut mine = None;
        let given = match ctx.forum.reactions(ctx.viewer, post) {
            Ok(list) if list.is_empty() => vec![t!("react-none-yet")],
            Ok(list) => list
                .iter()
                .map(|(reaction, names)| {
                    if me.as_ref().is_some_and(|m| names.contains(m)) {
                        mine.get_or_insert(*reaction);
                    }
                    let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
                    format!(
                        "{} {}: {}",
                        reaction_name(*reaction),
                        names.len(),
                        text::and_list(&names)
                    )
                })
                .collect(),
            Err(e) => vec![e.to_string()],
        };
        let at = |r: Reaction| Reaction::ALL.iter().position(|x| *x == r);
        ReactForm {
            post,
            given,
            form: Form::new(vec![
                Field::choice(
                    FieldName::Kind,
                    t!("react-reaction"),
                    Reaction::ALL.iter().map(|r| reaction_name(*r)),
                    mine.and_then(at).or(Some(0)),
                )
                .hint(t!("react-hint")),
            ])
            .with_label_width(10),
        }
    }
}

/// A reaction's name in the reader's language: thanks, +1, insightful.
pub fn reaction_name(reaction: Reaction) -> String {
    match reaction {
        Reaction::Thanks => t!("react-thanks"),
        Reaction::PlusOne => t!("react-plus-one"),
        Reaction::Insightful => t!("react-insightful"),
    }
}

impl View for ReactForm {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("react-title", post = self.post.to_string())
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        super::account_forms::ONE_FIELD
    }

    fn handle(&mut self, input: &stoa_present::keys::Input, ctx: &Ctx) -> Step {
        let form_step = self.form.handle(input);
        super::account_forms::step(form_step, false, || {
            let reaction = self
                .form
                .choice(FieldName::Kind)
                .and_then(|i| Reaction::ALL.get(i).copied())
                .unwrap_or(Reaction::Thanks);
            let (viewer, post) = (ctx.viewer.clone(), self.post);
            Step::Run {
                busy: "busy-reacting",
                job: Job::done(move |forum| {
                    let given = forum.react(&viewer, post, reaction)?;
                    let say = if given {
                        t!("react-given", reaction = reaction_name(reaction))
                    } else {
                        t!("react-taken-back", reaction = reaction_name(reaction))
                    };
                    Ok(Outcome {
                        say,
                        close: 1,
                        next: Next::ShowPost(post),
                    })
                }),
            }
        })
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let words = format!("{}\n{}", t!("react-intro"), self.given.join("\n"));
        let rest = super::account_forms::intro(frame, area, &words, ctx);
        self.form.render(frame, rest, ctx.theme);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }
}
