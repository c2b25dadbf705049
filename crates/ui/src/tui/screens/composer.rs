//! Writing a post: a new thread (title and body), a reply (the post answered is
//! quoted above), or an edit of one's own post; and a private message: a new
//! conversation (to whom, a subject, the message) or one in a conversation. The body is a real editor: it
//! wraps, moves by word and line, takes long pastes, and undoes (Ctrl-Z or Ctrl-U,
//! Ctrl-R redoes).
//!
//! What is typed is kept as a draft: every few seconds while typing, when the member
//! leaves and chooses to keep it, and when the connection drops. The next time the
//! composer opens in the same place, the draft is back.

use std::time::{Duration, Instant};
use stoa_present::t;

use jiff::Timestamp;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::View;
use super::{Ctx, LeaveDraft, Step};
use crate::tui::app::{Job, Next, Outcome};
use crate::tui::form::{Field, Form, FormStep};
use crate::tui::keymap::{self, Binding};
use stoa_core::domain::{DraftPlace, Language, LastPlace, Post, Target, ThreadId};
use stoa_core::forum::conversations::{new_conversation_place, recipients};
use stoa_core::forum::languages::written_in;
use stoa_core::forum::{FieldName, ForumError, NewThread};
use stoa_present::keys::{Input, Key};
use stoa_present::{markdown, text, when};

/// How often a draft is written while the member types.
const SAVE_EVERY: Duration = Duration::from_secs(5);
/// Lines of the answered post quoted above a reply.
const QUOTE_LINES: usize = 4;

pub struct Composer {
    pub place: DraftPlace,
    pub form: Form,
    has_title: bool,
    /// What the member is doing, e.g. "New thread in Primary health care".
    heading: String,
    /// For a reply: who wrote the post answered, and its text.
    quoted: Option<(String, String)>,
    /// When the draft that filled the form was saved.
    restored: Option<Timestamp>,
    /// Why the composer cannot be used (the post is gone, say).
    problem: Option<String>,
    last_saved: Instant,
    /// A committee member editing someone else's post: a note is asked for.
    committee_edit: bool,
    /// A new conversation: whom it is for is asked first.
    has_to: bool,
    /// A post (not a private message): its language is shown as detected
    /// and may be chosen.
    has_language: bool,
    /// The edited post's language as stored.
    stored_language: Option<Language>,
    /// What the detector last read (the start of the title and text) and
    /// what it found: it runs again, before a frame, only when that changed.
    detected_from: String,
    detected: Option<Language>,
}

/// What a composer opens with for its place: the heading, the text to edit,
/// whether it asks for a title, and what went wrong finding its post.
#[derive(Default)]
struct Start {
    heading: String,
    title: String,
    body: String,
    has_title: bool,
    /// The answered post's author and text, for a reply.
    quoted: Option<(String, String)>,
    problem: Option<String>,
    /// A committee member editing someone else's post (a note is asked for).
    committee_edit: bool,
    /// A new conversation, with whom it is for as far as known.
    to: Option<String>,
    /// The edited post's language.
    language: Option<Language>,
}

impl Start {
    fn for_place(place: &DraftPlace, ctx: &Ctx) -> Start {
        let failed = |heading: String, has_title: bool, e: ForumError| Start {
            heading,
            has_title,
            problem: Some(e.to_string()),
            ..Start::default()
        };
        match place {
            DraftPlace::NewThread(slug) => {
                let (name, problem) = match ctx.forum.community(ctx.viewer, slug) {
                    Ok(c) => (c.name, None),
                    Err(e) => (slug.to_string(), Some(e.to_string())),
                };
                Start {
                    heading: t!("composer-new-thread-in", name = name),
                    has_title: true,
                    problem,
                    ..Start::default()
                }
            }
            DraftPlace::Reply(id) => match ctx.forum.post(ctx.viewer, *id) {
                Ok(post) => {
                    let author = ctx
                        .forum
                        .account(&post.author)
                        .ok()
                        .flatten()
                        .map_or_else(|| post.author.to_string(), |a| a.display_name);
                    Start {
                        heading: t!("composer-reply-to", name = author.as_str()),
                        quoted: Some((author, post.body)),
                        ..Start::default()
                    }
                }
                Err(e) => failed(t!("composer-reply"), false, e),
            },
            DraftPlace::EntryThread(id) => match ctx.forum.entry_thread_start(*id) {
                Ok((slug, start)) => {
                    let name = ctx
                        .forum
                        .community(ctx.viewer, &slug)
                        .map_or(slug, |c| c.name);
                    Start {
                        heading: t!("composer-new-thread-about-entry", name = name),
                        title: start.title,
                        body: start.body,
                        has_title: true,
                        ..Start::default()
                    }
                }
                Err(e) => failed(t!("composer-new-thread"), true, e),
            },
            DraftPlace::Edit(id) => match ctx.forum.post(ctx.viewer, *id) {
                Ok(post) => Start::edit(post, ctx),
                Err(e) => failed(t!("composer-edit"), false, e),
            },
            DraftPlace::Message(id) => match ctx
                .forum
                .may_write_message(ctx.viewer, *id)
                .and_then(|()| ctx.forum.conversation(ctx.viewer, *id, 1))
            {
                Ok(view) => {
                    let me = ctx
                        .viewer
                        .account()
                        .map(|a| a.username.as_str())
                        .unwrap_or("");
                    let last = view.messages.last();
                    Start {
                        heading: t!(
                            "composer-message-to",
                            names = stoa_present::text::and_list(&view.conversation.others(me))
                        ),
                        quoted: last.filter(|m| m.author.as_str() != me).map(|m| {
                            (
                                stoa_core::forum::conversations::signature(m),
                                m.body.clone(),
                            )
                        }),
                        ..Start::default()
                    }
                }
                Err(e) => failed(t!("composer-message"), false, e),
            },
            DraftPlace::NewConversation(to) => Start {
                heading: t!("composer-new-conversation"),
                has_title: true,
                to: Some(to.replace(',', " ")),
                ..Start::default()
            },
        }
    }

    /// Editing a post: the thread's title comes too when it is the opening post.
    fn edit(post: Post, ctx: &Ctx) -> Start {
        let root = post.parent.is_none();
        let title = if root {
            ctx.forum
                .read_thread(ctx.viewer, post.thread)
                .map(|v| v.thread.title)
                .unwrap_or_default()
        } else {
            String::new()
        };
        let theirs = ctx
            .viewer
            .account()
            .is_some_and(|a| a.username != post.author);
        let heading = if theirs {
            t!("composer-edit-as-committee", name = post.author.as_str())
        } else {
            t!("composer-edit-your-post")
        };
        Start {
            heading,
            title,
            body: post.body,
            has_title: root,
            committee_edit: theirs,
            language: post.language,
            ..Start::default()
        }
    }
}

impl Composer {
    pub const BINDINGS: &[Binding] = &[
        keymap::SUBMIT_POST,
        keymap::LEAVE_COMPOSER,
        keymap::FORM_NEXT,
        keymap::UNDO,
        keymap::FORM_HELP,
    ];
    const NEW_CONVERSATION: &[Binding] = &[
        keymap::SUBMIT_MESSAGE,
        keymap::LEAVE_COMPOSER,
        keymap::FORM_NEXT,
        keymap::UNDO,
        keymap::FORM_HELP,
    ];
    const MESSAGE: &[Binding] = &[
        keymap::SUBMIT_MESSAGE,
        keymap::LEAVE_COMPOSER,
        keymap::UNDO,
        keymap::FORM_HELP,
    ];
    /// An edit saves (its heading says so), it does not post.
    const EDIT: &[Binding] = &[
        keymap::SUBMIT_SAVE,
        keymap::LEAVE_COMPOSER,
        keymap::FORM_NEXT,
        keymap::UNDO,
        keymap::FORM_HELP,
    ];

    pub fn new(place: DraftPlace, ctx: &Ctx) -> Composer {
        let Start {
            heading,
            title,
            body,
            has_title,
            quoted,
            problem,
            committee_edit,
            to,
            language,
        } = Start::for_place(&place, ctx);
        let draft = ctx.forum.draft(ctx.viewer, &place).ok().flatten();
        let restored = draft.as_ref().map(|d| d.saved_at);
        let (title, body) = match draft {
            Some(d) => (if has_title { d.title } else { title }, d.body),
            None => (title, body),
        };
        let mut fields = Vec::new();
        if let Some(to) = &to {
            fields.push(
                Field::line(FieldName::To, t!("composer-to"), to)
                    .required()
                    .hint(t!("composer-to-hint")),
            );
            fields.push(
                Field::line(FieldName::Subject, t!("composer-subject"), &title)
                    .hint(t!("composer-subject-hint")),
            );
        } else if has_title {
            fields.push(
                Field::line(FieldName::Title, t!("composer-title"), &title)
                    .required()
                    .hint(t!("composer-title-hint")),
            );
        }
        if committee_edit {
            fields.push(
                Field::line(FieldName::Note, t!("composer-note"), "")
                    .required()
                    .hint(t!("composer-note-hint")),
            );
        }
        fields.push(
            Field::editor(
                FieldName::Body,
                if to.is_some() || matches!(place, DraftPlace::Message(_)) {
                    t!("composer-message-field")
                } else {
                    t!("composer-post-field")
                },
                &body,
            )
            .required()
            .hint(t!("composer-body-hint")),
        );
        let messaging = to.is_some() || matches!(place, DraftPlace::Message(_));
        if !messaging {
            // Automatic first: the language detected from what is typed.
            let at = language
                .and_then(|l| Language::ALL.iter().position(|x| *x == l))
                .map_or(0, |i| i + 1);
            let choices = std::iter::once(t!("composer-language-automatic"))
                .chain(Language::ALL.iter().map(|l| l.native_name().to_string()));
            fields.push(Field::choice(
                FieldName::Language,
                t!("composer-language"),
                choices,
                Some(at),
            ));
        }
        let mut form = Form::new(fields).with_label_width(if messaging { 10 } else { 8 });
        if has_title && !title.is_empty() {
            form.focus(FieldName::Body);
        }
        if let Some(to) = &to {
            form.focus(if to.is_empty() {
                FieldName::To
            } else {
                FieldName::Subject
            });
        }
        if committee_edit {
            form.focus(FieldName::Note);
        }
        let mut composer = Composer {
            place,
            form,
            has_title,
            heading,
            quoted,
            restored,
            problem,
            last_saved: Instant::now(),
            committee_edit,
            has_to: to.is_some(),
            has_language: !messaging,
            stored_language: language,
            detected_from: String::new(),
            detected: None,
        };
        composer.detect();
        composer
    }

    /// The language chosen in the form; none: automatic.
    fn chosen_language(&self) -> Option<Language> {
        if !self.has_language {
            return None;
        }
        self.form
            .choice(FieldName::Language)
            .and_then(|i| i.checked_sub(1))
            .and_then(|i| Language::ALL.get(i).copied())
    }

    /// Says under the language field what would be detected from the text
    /// typed so far, so that the author sees it before posting.
    fn detect(&mut self) {
        if !self.has_language {
            return;
        }
        // What the detector reads: the title and the text's first few
        // hundred characters, read again only when they changed.
        let read: String = self
            .title()
            .chars()
            .chain(['\n'])
            .chain(self.form.text(FieldName::Body).chars())
            .take(300)
            .collect();
        if read != self.detected_from {
            self.detected = written_in(None, &read, "");
            self.detected_from = read;
            // "automatic: Français", so the author sees it without going there.
            let automatic = match self.detected {
                Some(l) => t!("composer-language-automatic-is", name = l.native_name()),
                None => t!("composer-language-automatic"),
            };
            self.form.set_option(FieldName::Language, 0, automatic);
        }
        let hint = match (self.chosen_language(), self.detected) {
            (Some(_), _) => t!("composer-language-chosen"),
            (None, Some(l)) => t!("composer-language-detected", name = l.native_name()),
            (None, None) => t!("composer-language-not-yet"),
        };
        self.form.set_hint(FieldName::Language, hint);
    }

    /// A composer whose text starts as `text` (quotes chosen in the thread),
    /// unless a draft is kept for its place: the draft wins.
    pub fn with_text(place: DraftPlace, text: &str, ctx: &Ctx) -> Composer {
        let mut composer = Composer::new(place, ctx);
        if composer.restored.is_none() && composer.problem.is_none() {
            composer.form.set_text(FieldName::Body, text);
        }
        composer
    }

    fn title(&self) -> String {
        if self.has_to {
            self.form.text(FieldName::Subject)
        } else if self.has_title {
            self.form.text(FieldName::Title)
        } else {
            String::new()
        }
    }

    /// Where the draft is kept: for a new conversation, by whom it is for as
    /// typed now.
    fn draft_place(&self) -> DraftPlace {
        if self.has_to {
            new_conversation_place(&recipients(&self.form.text(FieldName::To)))
        } else {
            self.place.clone()
        }
    }

    /// Esc: straight out when there is nothing to lose, else ask.
    fn leave(&self, ctx: &Ctx) -> Step {
        let (title, body) = (self.title(), self.form.text(FieldName::Body));
        if title.trim().is_empty() && body.trim().is_empty() {
            let _ = ctx.forum.discard_draft(ctx.viewer, &self.draft_place());
            return Step::Back;
        }
        if !self.form.changed() && self.restored.is_none() {
            return Step::Back;
        }
        // A restored draft, touched or not, is kept or thrown away as the
        // member says (the line above the form promises the question).
        Step::LeaveDraft(LeaveDraft {
            place: self.draft_place(),
            title,
            body,
        })
    }

    fn submit(&self, ctx: &Ctx) -> Step {
        let viewer = ctx.viewer.clone();
        let (title, body) = (self.title(), self.form.text(FieldName::Body));
        let language = self.chosen_language();
        match self.place.clone() {
            DraftPlace::NewThread(slug) => Step::Run {
                busy: "busy-posting",
                job: Job::done(move |forum| {
                    let new = NewThread {
                        title,
                        body,
                        language,
                    };
                    let thread = forum.start_thread(&viewer, &slug, new)?;
                    Ok(started(thread.id))
                }),
            },
            DraftPlace::EntryThread(id) => Step::Run {
                busy: "busy-posting",
                job: Job::done(move |forum| {
                    let new = NewThread {
                        title,
                        body,
                        language,
                    };
                    let thread = forum.discuss_entry(&viewer, id, new)?;
                    Ok(started(thread))
                }),
            },
            DraftPlace::Reply(parent) => Step::Run {
                busy: "busy-posting",
                job: Job::done(move |forum| {
                    let post = forum.reply_in(&viewer, parent, &body, language)?;
                    Ok(Outcome {
                        say: t!("composer-reply-posted"),
                        close: 1,
                        next: Next::ShowPost(post.id),
                    })
                }),
            },
            DraftPlace::Message(id) => Step::Run {
                busy: "busy-sending",
                job: Job::done(move |forum| {
                    forum.write_message(&viewer, id, &body)?;
                    Ok(Outcome::said(t!("composer-message-sent"), 1))
                }),
            },
            DraftPlace::NewConversation(_) => {
                let to = recipients(&self.form.text(FieldName::To));
                Step::Run {
                    busy: "busy-sending",
                    job: Job::done(move |forum| {
                        let (conversation, _) =
                            forum.start_conversation(&viewer, &to, &title, &body)?;
                        Ok(Outcome {
                            say: t!("composer-conversation-started"),
                            close: 1,
                            next: Next::OpenConversation(conversation.id),
                        })
                    }),
                }
            }
            DraftPlace::Edit(id) => {
                let has_title = self.has_title;
                // Automatic on an edit: detected again from the new text.
                let language = language.or_else(|| written_in(None, &title, &body));
                let stored = self.stored_language;
                let note = self.committee_edit.then(|| self.form.text(FieldName::Note));
                Step::Run {
                    busy: "busy-saving-your-edit",
                    job: Job::done(move |forum| {
                        let title = has_title.then_some(title.as_str());
                        let post = match &note {
                            Some(note) => {
                                forum.edit_post_as_committee(&viewer, id, title, &body, note)?
                            }
                            None => forum.edit_post(&viewer, id, title, &body)?,
                        };
                        if let Some(language) = language.filter(|l| Some(*l) != stored) {
                            let target = Target::Post {
                                thread: post.thread,
                                post: post.id,
                            };
                            forum.set_language(&viewer, &target, language)?;
                        }
                        Ok(Outcome {
                            say: t!("composer-post-edited"),
                            close: 1,
                            next: Next::ShowPost(post.id),
                        })
                    }),
                }
            }
        }
    }

    /// What Ctrl-S does here, as the line above the form says it: the end
    /// of a catalogue id (`composer-ctrl-s-posts`, `composer-draft-back-saves`).
    fn sends(&self) -> &'static str {
        match self.place {
            DraftPlace::Edit(_) => "saves",
            DraftPlace::Message(_) | DraftPlace::NewConversation(_) => "sends",
            _ => "posts",
        }
    }

    pub fn heading(&self) -> &str {
        &self.heading
    }
}

impl View for Composer {
    fn title(&self, _ctx: &Ctx) -> String {
        self.heading().to_string()
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        match self.place {
            DraftPlace::NewConversation(_) => Self::NEW_CONVERSATION,
            DraftPlace::Message(_) => Self::MESSAGE,
            DraftPlace::Edit(_) => Self::EDIT,
            _ => Self::BINDINGS,
        }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        if self.problem.is_some() {
            return match input {
                Input::Key(Key::Esc | Key::Char('q')) => Step::Back,
                _ => Step::Ignored,
            };
        }
        match self.form.handle(input) {
            FormStep::Submit => self.submit(ctx),
            FormStep::Cancel => self.leave(ctx),
            FormStep::Ignored(Key::F(1)) => Step::Help,
            FormStep::Ignored(_) => Step::Stay,
            FormStep::Consumed => {
                if self.form.changed() && self.last_saved.elapsed() >= SAVE_EVERY {
                    self.keep_draft(ctx);
                    self.last_saved = Instant::now();
                }
                Step::Stay
            }
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        if let Some(problem) = &self.problem {
            let lines = vec![
                Line::styled(text::fit(problem, width), theme.error),
                Line::styled(t!("composer-esc-goes-back"), theme.dim),
            ];
            frame.render_widget(Paragraph::new(lines), area);
            return;
        }
        let mut lines = Vec::new();
        if let Some(saved) = self.restored {
            let tz = ctx.viewer.account().map_or("UTC", |a| a.time_zone.as_str());
            let said = stoa_present::lang::text_with(
                &format!("composer-draft-back-{}", self.sends()),
                &[("when", when::ago(ctx.forum.now(), saved, tz).into())],
            );
            // Wrapped, not cut: it says how to throw the draft away.
            lines.extend(
                text::wrap(&said, width.saturating_sub(1))
                    .into_iter()
                    .map(|l| Line::styled(l, theme.ok)),
            );
        } else {
            lines.push(Line::styled(
                text::fit(
                    &stoa_present::lang::text(&format!("composer-ctrl-s-{}", self.sends())),
                    width,
                ),
                theme.dim,
            ));
        }
        // The form keeps room for the field being typed in: each one-line
        // field two rows, the editor at least three and its message row.
        let form_needs = 4 + 2
            * (usize::from(self.has_title)
                + usize::from(self.has_to)
                + usize::from(self.committee_edit)
                + usize::from(self.has_language));
        let room_above = usize::from(area.height).saturating_sub(form_needs);
        if let Some((author, body)) = &self.quoted {
            // Quote at most a third of the screen and what the form leaves, less
            // the lines around the quote.
            let room = QUOTE_LINES
                .min(usize::from(area.height) / 3)
                .min(room_above.saturating_sub(4));
            lines.push(Line::styled(
                text::fit(&t!("composer-wrote", name = author.as_str()), width),
                theme.dim,
            ));
            let quote = markdown::render(body, width.saturating_sub(2), "│ ", theme);
            let more = quote.len() > room;
            lines.extend(
                quote
                    .into_iter()
                    .take(room)
                    .map(|l| l.patch_style(theme.quote)),
            );
            if more {
                lines.push(Line::styled("│ …", theme.quote));
            }
        }
        lines.push(Line::from(""));
        // On a small terminal the hint goes first, then the quote's lines.
        while lines.len() > room_above && !lines.is_empty() {
            lines.remove(0);
        }
        let [top, rest] =
            Layout::vertical([Constraint::Length(lines.len() as u16), Constraint::Min(1)])
                .areas(area);
        frame.render_widget(Paragraph::new(lines), top);
        self.form.render(frame, rest, theme);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }

    /// The language detected from what is typed, once a frame (not at
    /// every key: a flood of keys would run the detector at each).
    fn prepare(&mut self, _ctx: &Ctx) {
        self.detect();
    }

    /// Writes the draft now (when the connection drops, say). An untouched form
    /// leaves any stored draft as it was.
    fn keep_draft(&self, ctx: &Ctx) {
        if self.form.changed() {
            let _ = ctx.forum.save_draft(
                ctx.viewer,
                self.draft_place(),
                &self.title(),
                &self.form.text(FieldName::Body),
            );
        }
    }

    fn last_place(&self) -> Option<LastPlace> {
        Some(LastPlace::Writing {
            place: self.draft_place(),
        })
    }
}

/// A thread started: the composer closes and the thread opens.
fn started(thread: ThreadId) -> Outcome {
    Outcome {
        say: t!("composer-thread-started"),
        close: 1,
        next: Next::OpenThread(thread),
    }
}
