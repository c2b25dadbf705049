//! One submission in full: what it proposes, its state, and every step of its
//! review with the committee's notes. Its author edits and resends it from here
//! when it came back; the committee decides on it (`a`, `c`, `x`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::View;
use super::changes;
use super::held_post::HeldPostForm;
use super::list::Scroll;
use super::proposal::ProposalForm;
use super::reason_form::{Act, ReasonForm};
use super::{Ctx, Screen, Step, common};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::{Item, ReviewAction, ReviewState, Submission, SubmissionId};
use stoa_core::forum::Capability;
use stoa_core::forum::Change;
use stoa_core::forum::Verdict;
use stoa_present::keys::Input;
use stoa_present::theme::Theme;
use stoa_present::{t, text, when};

pub struct SubmissionScreen {
    id: SubmissionId,
    submission: Option<Submission>,
    problem: Option<String>,
    scroll: Scroll,
}

const READING: &[Binding] = keymap::READING;

impl SubmissionScreen {
    pub const REVIEWING: &[Binding] = keymap::reading_keys!(APPROVE, REQUEST_CHANGES, REJECT);
    pub const AUTHORING: &[Binding] = keymap::reading_keys!(EDIT_SUBMISSION);

    pub fn new(id: SubmissionId, ctx: &Ctx) -> SubmissionScreen {
        let mut screen = SubmissionScreen {
            id,
            submission: None,
            problem: None,
            scroll: Scroll::default(),
        };
        screen.reload(ctx);
        screen
    }

    fn mine(&self, ctx: &Ctx) -> bool {
        let me = ctx.viewer.account().map(|a| a.username.as_str());
        self.submission.as_ref().map(|s| s.author.as_str()) == me
    }

    fn reviewing(&self, ctx: &Ctx) -> bool {
        ctx.forum.may(ctx.viewer, Capability::ReviewSubmissions)
            && !self.mine(ctx)
            && self
                .submission
                .as_ref()
                .is_some_and(|s| s.state == ReviewState::Pending)
    }

    fn edit(&self, s: &Submission, ctx: &Ctx) -> Step {
        if !s.state.editable() {
            return Step::error(t!(
                "submission-no-longer-changed",
                state = stoa_present::terms::submission_state(s.state.label())
            ));
        }
        if let Some(refused) = super::muted(ctx) {
            return refused;
        }
        let note = match s.state {
            ReviewState::ChangesRequested => s.last_decision().map(|e| e.note.clone()),
            _ => None,
        };
        match &s.item {
            Item::Community(p) => Step::Open(Box::new(Screen::Proposal(Box::new(
                ProposalForm::new(Some(s.id), p, note),
            )))),
            Item::Resource(_) | Item::Practice(_) => Step::Open(Box::new(Screen::EntryForm(
                Box::new(super::EntryForm::new(Some(s.id), &s.item, note, ctx)),
            ))),
            Item::Event(_) | Item::Job(_) => Step::Open(Box::new(Screen::BoardForm(Box::new(
                super::BoardForm::new(Some(s.id), &s.item, note, ctx),
            )))),
            Item::News(p) => Step::Open(Box::new(Screen::NewsForm(Box::new(
                super::NewsForm::proposing(Some(s.id), p, note),
            )))),
            Item::Translation(p) => Step::Open(Box::new(Screen::TranslationForm(Box::new(
                super::translation_form::TranslationForm::new(p.of, Some(s.id), Some(p), note, ctx),
            )))),
            Item::Post(p) => Step::Open(Box::new(Screen::HeldPost(Box::new(HeldPostForm::new(
                s.id,
                p,
                note.unwrap_or_default(),
            ))))),
        }
    }
}

impl View for SubmissionScreen {
    fn title(&self, _ctx: &Ctx) -> String {
        match &self.submission {
            Some(s) => t!(
                "submission-title-with-name",
                id = s.id.to_string(),
                title = s.title()
            ),
            None => t!("submission-title", id = self.id.to_string()),
        }
    }

    fn bindings(&self, ctx: &Ctx) -> &'static [Binding] {
        if self.reviewing(ctx) {
            Self::REVIEWING
        } else if self.mine(ctx) && self.submission.as_ref().is_some_and(|s| s.state.editable()) {
            Self::AUTHORING
        } else {
            READING
        }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        let Some(action) = action_for(*key, &[self.bindings(ctx)]) else {
            return Step::Ignored;
        };
        if self.scroll.apply(action) {
            return Step::Stay;
        }
        let Some(s) = &self.submission else {
            return common(action);
        };
        let verdict = match action {
            Action::Approve => Verdict::Approve,
            Action::RequestChanges => Verdict::RequestChanges,
            Action::Reject => Verdict::Reject,
            Action::Edit => return self.edit(s, ctx),
            other => return common(other),
        };
        let assessing = match (&s.item, verdict) {
            (stoa_core::domain::Item::Practice(p), Verdict::Approve) => Some(p.level),
            _ => None,
        };
        let act = Act::Decide {
            id: s.id,
            version: s.version,
            verdict,
            assessing,
        };
        let about = t!(
            "submission-about",
            kind = text::capitalised(&stoa_present::terms::submission_kind(s.item.kind())),
            title = s.title(),
            name = s.author.as_str()
        );
        Step::Open(Box::new(Screen::ReasonForm(Box::new(ReasonForm::new(
            act, &about, ctx,
        )))))
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let (Some(s), None) = (&self.submission, &self.problem) else {
            let not_found = t!("submission-not-found");
            let problem = self.problem.as_deref().unwrap_or(&not_found);
            frame.render_widget(
                Paragraph::new(Line::styled(text::fit(problem, width), theme.error)),
                area,
            );
            return;
        };
        let lines = describe(s, width, ctx, self.reviewing(ctx));
        let top = self
            .scroll
            .first_line(usize::from(area.height), lines.len());
        frame.render_widget(Paragraph::new(lines).scroll((top as u16, 0)), area);
    }

    fn concerns(&self, change: &Change, _ctx: &Ctx) -> bool {
        // Its "now" line follows a withdrawal or a correction.
        changes::committee_work(change) || matches!(change, Change::Board | Change::News)
    }

    fn reload(&mut self, ctx: &Ctx) {
        match ctx.forum.submission(ctx.viewer, self.id) {
            Ok(s) => {
                self.submission = Some(s);
                self.problem = None;
            }
            Err(e) => self.problem = Some(e.to_string()),
        }
    }
}

/// The submission's lines: state, what it proposes, then its history.
pub fn describe(s: &Submission, width: usize, ctx: &Ctx, reviewing: bool) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let tz = ctx.viewer.account().map_or("UTC", |a| a.time_zone.as_str());
    let now = ctx.forum.now();
    let measure = width.min(text::MEASURE);
    let mut lines = Vec::new();
    let state = match s.state {
        ReviewState::Pending => {
            let quorum = ctx.forum.editorial().quorum.max(1) as usize;
            let approvals = s.approvals().len();
            let mut line = t!(
                "submission-pending-sent",
                ago = when::ago(now, s.submitted_at, tz)
            );
            if quorum > 1 {
                line.push_str(&format!(
                    " · {}",
                    t!("submission-approvals", n = approvals, quorum = quorum)
                ));
            }
            line
        }
        state => text::capitalised(&stoa_present::terms::submission_state(state.label())),
    };
    lines.push(Line::styled(
        text::fit(
            &format!(
                "{} · {}",
                state,
                t!(
                    "submission-kind-by",
                    kind = stoa_present::terms::submission_kind(s.item.kind()),
                    name = s.author.as_str()
                )
            ),
            width,
        ),
        state_style(s.state, theme),
    ));
    // Sent back or turned down: the committee's latest word first, not under
    // twenty lines of the item.
    if matches!(
        s.state,
        ReviewState::ChangesRequested | ReviewState::Rejected
    ) && let Some(last) = s.history.iter().rev().find(|e| !e.note.is_empty())
    {
        lines.push(Line::styled(
            text::fit(&t!("composer-wrote", name = last.by.as_str()), width),
            theme.title,
        ));
        for l in text::wrap(&last.note, measure.saturating_sub(2)) {
            lines.push(Line::raw(format!("  {l}")));
        }
    }
    lines.push(Line::from(""));
    match &s.item {
        Item::Community(p) => {
            field(&mut lines, &t!("proposal-name"), &p.name, measure, theme);
            field(
                &mut lines,
                &t!("proposal-short-name"),
                &p.slug,
                measure,
                theme,
            );
            field(
                &mut lines,
                &t!("proposal-purpose"),
                &p.purpose,
                measure,
                theme,
            );
            field(
                &mut lines,
                &t!("proposal-audience"),
                &p.audience,
                measure,
                theme,
            );
        }
        Item::Event(_)
        | Item::Job(_)
        | Item::Resource(_)
        | Item::Practice(_)
        | Item::News(_)
        | Item::Translation(_) => {
            for (label, value) in stoa_present::board_item::fields(s) {
                field(&mut lines, &label, &value, measure, theme);
            }
            if let Item::Resource(r) = &s.item
                && !r.files.is_empty()
                && ctx.forum.may(ctx.viewer, Capability::ReviewSubmissions)
            {
                let how = t!(
                    "submission-files-how",
                    sftp = ctx.forum.site().sftp(),
                    folder = stoa_core::domain::folder_name(s.id.get(), s.title())
                );
                field(
                    &mut lines,
                    &t!("submission-read-files-with"),
                    &how,
                    measure,
                    theme,
                );
            }
            if let Some((label, text)) = stoa_present::board_item::original_text(s, ctx.forum) {
                field(&mut lines, &label, &text, measure, theme);
            }
            if let Some(now) = stoa_present::board_item::status(s, ctx.forum, ctx.viewer) {
                field(&mut lines, &t!("submission-now"), &now, measure, theme);
            }
        }
        Item::Post(p) => {
            let place = match p.parent {
                None => {
                    let name = ctx
                        .forum
                        .community(ctx.viewer, &p.community)
                        .map_or_else(|_| p.community.clone(), |c| c.name.into());
                    t!("submission-new-thread-in", name = name.as_str())
                }
                Some(parent) => t!(
                    "submission-reply-to-post",
                    post = parent.to_string(),
                    thread = p.thread_title.as_str()
                ),
            };
            field(&mut lines, &t!("submission-where"), &place, measure, theme);
            if p.parent.is_none() {
                field(&mut lines, &t!("composer-title"), &p.title, measure, theme);
            }
            lines.push(Line::styled(t!("composer-post-field"), theme.title));
            lines.extend(stoa_present::markdown::render(
                &p.body,
                measure.saturating_sub(2),
                "  ",
                theme,
            ));
            lines.push(Line::from(""));
            if let Some(id) = s.published {
                field(
                    &mut lines,
                    &t!("submission-published"),
                    &t!("submission-as-post", post = id.to_string()),
                    measure,
                    theme,
                );
            }
        }
    }
    lines.push(Line::styled(t!("submission-history"), theme.heading));
    for event in &s.history {
        let mut head = format!(
            "{} · {}",
            when::stamp(event.at, tz),
            t!(
                "submission-history-step",
                name = event.by.as_str(),
                action = stoa_present::terms::review_action(event.action)
            )
        );
        if event.action == ReviewAction::Submitted && event.by == s.author {
            head = format!(
                "{} · {}",
                when::stamp(event.at, tz),
                t!("submission-sent-by", name = event.by.as_str())
            );
        }
        lines.push(Line::styled(text::fit(&head, width), theme.dim));
        if !event.note.is_empty() {
            for l in text::wrap(&event.note, measure.saturating_sub(4)) {
                lines.push(Line::raw(format!("    {l}")));
            }
        }
    }
    if s.history.is_empty() {
        lines.push(Line::styled(
            format!("  {}", t!("submission-not-sent-yet")),
            theme.dim,
        ));
    }
    if reviewing {
        lines.push(Line::from(""));
        lines.push(Line::styled(
            text::fit(&t!("submission-decide"), width),
            theme.key,
        ));
    }
    lines
}

fn field(lines: &mut Vec<Line<'static>>, label: &str, value: &str, width: usize, theme: &Theme) {
    lines.push(Line::styled(label.to_string(), theme.title));
    let empty = t!("submission-empty");
    let value = if value.trim().is_empty() {
        empty.as_str()
    } else {
        value
    };
    for l in text::wrap(value, width.saturating_sub(2)) {
        lines.push(Line::raw(format!("  {l}")));
    }
    lines.push(Line::from(""));
}

pub fn state_style(state: ReviewState, theme: &Theme) -> ratatui::style::Style {
    match state {
        ReviewState::Approved => theme.ok,
        ReviewState::Rejected => theme.error,
        ReviewState::ChangesRequested => theme.unread,
        ReviewState::Pending | ReviewState::Draft => theme.dim,
    }
}
