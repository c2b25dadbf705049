//! Private conversations (`g` then `d`): the list of one's conversations, and a
//! conversation's messages. Only those in a conversation read it; the
//! committee's members read the committee's.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::list::{Listed, entries};
use super::reason_form::Act;
use super::{Ctx, ReasonForm, Screen, Step, View, common};
use crate::tui::app::{Job, Outcome};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::{Conversation, ConversationId, DraftPlace, LastPlace, Message};
use stoa_core::forum::conversations::{
    ConversationSummary, ConversationView, READ_MAX, SHOWN, new_conversation_place, signature,
};
use stoa_core::forum::{Capability, Change};
use stoa_present::keys::{Input, Key};
use stoa_present::t;
use stoa_present::when::{Days, Times};
use stoa_present::{markdown, text, when};

/// Whether `change` is a message or a read mark in a conversation the viewer is in.
fn mine(change: &Change, ctx: &Ctx) -> bool {
    let Some(me) = ctx.viewer.account() else {
        return false;
    };
    match change {
        Change::Conversation {
            members, committee, ..
        } => {
            members.contains(&me.username)
                || (*committee && ctx.forum.may(ctx.viewer, Capability::ReviewSubmissions))
        }
        Change::ConversationsRead(name) => *name == me.username,
        Change::Many => true,
        _ => false,
    }
}

pub struct Conversations {
    list: Listed<ConversationSummary>,
    total: usize,
    /// Words being typed to find in one's conversations (`F`), until Enter.
    finding: Option<String>,
    /// What the last find found, shown instead of the list until Esc.
    found: Option<(String, Listed<(Conversation, Message)>)>,
}

const FIND: Binding = Binding {
    short: "key-find",
    help: "key-help-find-words-in-your-own-conversations-enter-finds",
    ..keymap::FILTER
};

const LIST: &[Binding] = &[
    keymap::UP,
    keymap::DOWN,
    keymap::OPEN,
    keymap::NEW_CONVERSATION,
    FIND,
    keymap::BACK,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    keymap::TOP,
    keymap::BOTTOM,
    keymap::GOTO,
    keymap::HELP,
];

impl Conversations {
    pub fn new(ctx: &Ctx) -> Conversations {
        let mut screen = Conversations {
            list: Listed::default(),
            total: 0,
            finding: None,
            found: None,
        };
        screen.reload(ctx);
        screen
    }
}

impl View for Conversations {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("conversations-title")
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        LIST
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        if let Some(words) = &mut self.finding {
            match input {
                Input::Paste(text) => words.push_str(&stoa_core::forum::sanitize::inline(text)),
                Input::Key(Key::Char(c)) if words.chars().count() < 200 => words.push(*c),
                Input::Key(Key::Backspace) => {
                    words.pop();
                }
                Input::Key(Key::Esc) => self.finding = None,
                Input::Key(Key::Enter) => {
                    let words = words.clone();
                    self.finding = None;
                    match ctx.forum.search_conversations(ctx.viewer, &words) {
                        Ok(results) => {
                            let mut listed = Listed::default();
                            listed.load(Ok(results));
                            self.found = Some((words, listed));
                        }
                        Err(e) => return Step::error(e.to_string()),
                    }
                }
                _ => {}
            }
            return Step::Stay;
        }
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        let action = action_for(*key, &[LIST]);
        if let Some((_, found)) = &mut self.found {
            if action.is_some_and(|a| found.apply(a)) {
                return Step::Stay;
            }
            match action {
                Some(Action::Back) => {
                    self.found = None;
                    return Step::Stay;
                }
                Some(Action::Open) => {
                    return match found.selected() {
                        Some((c, m)) => {
                            let mut screen = ConversationScreen::new(c.id, ctx);
                            screen.select_message(m.number, ctx);
                            Step::Open(Box::new(Screen::Conversation(Box::new(screen))))
                        }
                        None => Step::Ignored,
                    };
                }
                _ => {}
            }
        }
        if action.is_some_and(|a| self.list.apply(a)) {
            return Step::Stay;
        }
        match action {
            Some(Action::Filter) => {
                self.finding = Some(String::new());
                Step::Stay
            }
            Some(Action::Open) => match self.list.selected() {
                Some(s) => Step::Open(Box::new(Screen::conversation(s.conversation.id, ctx))),
                None => Step::Ignored,
            },
            Some(Action::NewThread) => {
                Step::Open(Box::new(Screen::composer(new_conversation_place(&[]), ctx)))
            }
            Some(action) => common(action),
            None => Step::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let unread = self.list.items.iter().filter(|s| s.unread).count();
        let mut lines = vec![Line::styled(
            text::fit(
                &t!("conversations-about", n = self.total, unread = unread),
                width,
            ),
            theme.dim,
        )];
        if let Some(problem) = &self.list.problem {
            lines.push(Line::styled(text::fit(problem, width), theme.error));
            frame.render_widget(Paragraph::new(lines), area);
            return;
        }
        if let Some(words) = &self.finding {
            lines.push(Line::styled(
                text::fit(&t!("conversations-find", words = words.as_str()), width),
                theme.key,
            ));
        }
        if let Some((words, found)) = &self.found {
            lines.push(Line::styled(
                text::fit(
                    &t!(
                        "conversations-found",
                        n = found.items.len(),
                        words = words.as_str()
                    ),
                    width,
                ),
                theme.key,
            ));
            let rows = usize::from(area.height).saturating_sub(lines.len());
            lines.extend(entries(
                &found.selection,
                found.items.len(),
                rows,
                2,
                |i, selected| {
                    let (c, m) = &found.items[i];
                    let head = text::fit(
                        &format!(
                            "{}{} · #{} {}",
                            if selected { "> " } else { "  " },
                            t!("conversations-numbered", id = c.id.to_string()),
                            m.number,
                            signature(m)
                        ),
                        width,
                    );
                    vec![
                        Line::styled(head, if selected { theme.selected } else { theme.text }),
                        Line::styled(
                            text::fit(
                                &format!("    {}", m.body.lines().next().unwrap_or("")),
                                width,
                            ),
                            theme.dim,
                        ),
                    ]
                },
            ));
            frame.render_widget(Paragraph::new(lines), area);
            return;
        }
        if self.list.items.is_empty() {
            lines.push(Line::raw(""));
            lines.push(Line::styled(t!("conversations-none"), theme.text));
            frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
            return;
        }
        let me = ctx
            .viewer
            .account()
            .map(|a| a.username.as_str())
            .unwrap_or("");
        let tz = ctx.viewer.account().map_or("UTC", |a| a.time_zone.as_str());
        let now = ctx.forum.now();
        let rows = usize::from(area.height).saturating_sub(lines.len() + 1);
        lines.extend(entries(
            &self.list.selection,
            self.list.items.len(),
            rows,
            2,
            |i, selected| {
                let s = &self.list.items[i];
                let c = &s.conversation;
                let mark = if s.unread { "● " } else { "  " };
                let with = text::and_list(&c.others(me));
                let with = if with.is_empty() {
                    t!("conversations-yourself")
                } else {
                    with
                };
                let head = text::fit(
                    &format!(
                        "{}{mark}{with}: {}",
                        if selected { ">" } else { " " },
                        s.about
                    ),
                    width,
                );
                let style = match (selected, s.unread) {
                    (true, _) => theme.selected,
                    (false, true) => theme.unread,
                    (false, false) => theme.text,
                };
                let mut about = format!(
                    "   {} · {}",
                    t!("conversations-messages", n = c.messages),
                    when::ago(now, c.last_activity, tz)
                );
                if c.report {
                    about.push_str(&format!(" · {}", t!("conversations-a-report")));
                }
                vec![
                    Line::styled(head, style),
                    Line::styled(text::fit(&about, width), theme.dim),
                ]
            },
        ));
        if self.total > self.list.items.len() {
            lines.push(Line::styled(
                text::fit(
                    &t!(
                        "conversations-older",
                        n = self.total - self.list.items.len()
                    ),
                    width,
                ),
                theme.dim,
            ));
        }
        frame.render_widget(Paragraph::new(lines), area);
    }

    fn concerns(&self, change: &Change, ctx: &Ctx) -> bool {
        mine(change, ctx)
    }

    fn reload(&mut self, ctx: &Ctx) {
        match ctx.forum.conversations(ctx.viewer) {
            Ok(list) => {
                self.total = list.total;
                self.list.load(Ok(list.items));
            }
            Err(e) => self.list.load(Err(e)),
        }
    }

    fn last_place(&self) -> Option<LastPlace> {
        Some(LastPlace::Conversations)
    }
}

/// One conversation: its messages oldest first, the newest at the bottom.
pub struct ConversationScreen {
    id: ConversationId,
    view: Result<ConversationView, String>,
    /// How many of the newest messages are read from the store.
    shown: usize,
    /// The selected message, by its place in `view.messages`.
    selected: usize,
    /// Lines scrolled down into the selected message (one longer than the screen).
    scroll: std::cell::Cell<usize>,
    /// Messages after this number were new when the conversation was opened.
    new_after: u32,
    /// The selected message's height and the screen's, at the last draw.
    drawn: std::cell::Cell<(usize, usize)>,
}

const READING: &[Binding] = &[
    Binding {
        short: "key-move",
        help: "key-help-to-the-previous-or-next-message",
        ..keymap::UP
    },
    keymap::DOWN,
    keymap::WRITE_MESSAGE,
    keymap::REPORT_MESSAGE,
    keymap::BLOCK,
    keymap::OLDER,
    keymap::BACK,
    Binding {
        short: "key-page",
        help: "key-help-scroll-a-long-message-else-five-messages-on",
        ..keymap::PAGE_DOWN
    },
    keymap::PAGE_UP,
    keymap::TOP,
    keymap::BOTTOM,
    keymap::GOTO,
    keymap::HELP,
];

impl ConversationScreen {
    pub fn new(id: ConversationId, ctx: &Ctx) -> ConversationScreen {
        let mut screen = ConversationScreen {
            id,
            view: Err(String::new()),
            shown: SHOWN,
            selected: 0,
            scroll: std::cell::Cell::new(0),
            new_after: 0,
            drawn: std::cell::Cell::new((0, 0)),
        };
        screen.reload(ctx);
        if let Ok(view) = &screen.view {
            screen.new_after = view.read_mark;
            // The first message not read yet, else the newest.
            screen.selected = view
                .messages
                .iter()
                .position(|m| m.number > view.read_mark)
                .unwrap_or(view.messages.len().saturating_sub(1));
        }
        screen
    }

    /// Selects message `number`, reading further back for it if needed.
    pub fn select_message(&mut self, number: u32, ctx: &Ctx) {
        let shown = self.view.as_ref().map_or(0, |v| v.messages.len());
        let earlier = self.view.as_ref().map_or(0, |v| v.earlier);
        let first = self
            .view
            .as_ref()
            .ok()
            .and_then(|v| v.messages.first())
            .map_or(1, |m| m.number);
        if number < first && earlier > 0 {
            self.shown = (shown + (first - number) as usize).min(READ_MAX);
            self.reload(ctx);
        }
        if let Ok(view) = &self.view
            && let Some(i) = view.messages.iter().position(|m| m.number == number)
        {
            self.selected = i;
            self.scroll.set(0);
        }
    }

    fn selected_message(&self) -> Option<&Message> {
        self.view.as_ref().ok()?.messages.get(self.selected)
    }

    /// Reading is having read: the mark moves to the newest message shown.
    fn mark_read(&self, ctx: &Ctx) {
        if let Ok(view) = &self.view
            && let Some(last) = view.messages.last()
            && last.number > view.read_mark
        {
            // Read marks are no promise: a failure costs nothing.
            let _ = ctx
                .forum
                .mark_conversation_read(ctx.viewer, self.id, last.number);
        }
    }

    /// The lines of one message: its heading, then its text.
    fn message_lines<'a>(
        &self,
        m: &'a Message,
        selected: bool,
        width: usize,
        ctx: &Ctx,
    ) -> Vec<Line<'a>> {
        let theme = ctx.theme;
        let zone = stoa_core::forum::events::viewer_zone(ctx.viewer);
        let mine = ctx.viewer.account().is_some_and(|a| a.username == m.author);
        let new = if m.number > self.new_after && !mine {
            format!(" · {}", t!("conversations-new"))
        } else {
            String::new()
        };
        let head = text::fit(
            &format!(
                "{}#{} {} · {}{new}",
                if selected { "> " } else { "  " },
                m.number,
                signature(m),
                m.at.to_zoned(zone.clone()).day_and_time()
            ),
            width,
        );
        let mut lines = vec![Line::styled(
            head,
            if selected {
                theme.selected
            } else {
                theme.title
            },
        )];
        let inner = width.saturating_sub(4).max(1);
        if let Some(r) = &m.reported {
            let at = r.at.to_zoned(zone.clone());
            let reported = t!(
                "conversations-reported",
                number = r.number.to_string(),
                author = r.author.to_string(),
                when = t!(
                    "date-and-time",
                    date = at.short_date(),
                    time = when::time_of_day(at.time())
                )
            );
            lines.push(Line::styled(
                text::fit(&format!("    {reported}"), width),
                theme.dim,
            ));
            lines.extend(
                markdown::render(&r.body, inner, "    │ ", theme)
                    .into_iter()
                    .map(|l| l.patch_style(theme.quote)),
            );
            lines.push(Line::styled(
                format!("    {}", t!("conversations-why")),
                theme.dim,
            ));
        }
        lines.extend(markdown::render(
            &hard_breaks(&m.body),
            inner,
            "    ",
            theme,
        ));
        lines.push(Line::raw(""));
        lines
    }
}

impl View for ConversationScreen {
    fn title(&self, _ctx: &Ctx) -> String {
        match &self.view {
            Ok(v) => t!("conversations-title-about", about = v.about.as_str()),
            Err(_) => t!("conversations-conversation", id = self.id.to_string()),
        }
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        READING
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        let len = self.view.as_ref().map_or(0, |v| v.messages.len());
        let me = ctx.viewer.account().map(|a| a.username.clone());
        match action_for(*key, &[READING]) {
            Some(Action::Up) => {
                self.selected = self.selected.saturating_sub(1);
                self.scroll.set(0);
                Step::Stay
            }
            Some(Action::Down) => {
                self.selected = (self.selected + 1).min(len.saturating_sub(1));
                self.scroll.set(0);
                Step::Stay
            }
            Some(Action::PageDown) => {
                let (tall, height) = self.drawn.get();
                if tall > height && self.scroll.get() + height < tall {
                    self.scroll
                        .set(self.scroll.get() + height.saturating_sub(2).max(1));
                } else {
                    self.selected = (self.selected + 5).min(len.saturating_sub(1));
                    self.scroll.set(0);
                }
                Step::Stay
            }
            Some(Action::PageUp) => {
                if self.scroll.get() > 0 {
                    let (_, height) = self.drawn.get();
                    let step = height.saturating_sub(2).max(1);
                    self.scroll.set(self.scroll.get().saturating_sub(step));
                } else {
                    self.selected = self.selected.saturating_sub(5);
                }
                Step::Stay
            }
            Some(Action::Top) => {
                self.selected = 0;
                self.scroll.set(0);
                Step::Stay
            }
            Some(Action::Bottom) => {
                self.selected = len.saturating_sub(1);
                self.scroll.set(0);
                Step::Stay
            }
            Some(Action::Reply) if self.view.is_ok() => Step::Open(Box::new(Screen::composer(
                DraftPlace::Message(self.id),
                ctx,
            ))),
            Some(Action::Flag) => match self.selected_message() {
                Some(m) if Some(&m.author) == me.as_ref() => {
                    Step::error(t!("conversations-report-own"))
                }
                Some(m) if m.for_committee => Step::error(t!("conversations-report-committee")),
                Some(m) => Step::Open(Box::new(Screen::ReasonForm(Box::new(ReasonForm::new(
                    Act::ReportMessage {
                        conversation: self.id,
                        number: m.number,
                    },
                    &t!(
                        "conversations-message-from",
                        number = m.number.to_string(),
                        author = m.author.to_string()
                    ),
                    ctx,
                ))))),
                None => Step::Ignored,
            },
            Some(Action::Block) => match self.selected_message() {
                Some(m) if Some(&m.author) == me.as_ref() => {
                    Step::error(t!("conversations-block-own"))
                }
                Some(_)
                    if self.view.as_ref().is_ok_and(|v| v.conversation.committee)
                        && ctx.forum.may(ctx.viewer, Capability::ReviewSubmissions) =>
                {
                    Step::error(t!("conversations-committee-does-not-block"))
                }
                Some(m) if m.for_committee => {
                    Step::error(t!("conversations-committee-cannot-be-blocked"))
                }
                Some(m) => block_step(&m.author, ctx),
                None => Step::Ignored,
            },
            Some(Action::Older) => match &self.view {
                Ok(v) if v.earlier > 0 => {
                    let number = self.selected_message().map(|m| m.number);
                    self.shown = stoa_core::forum::conversations::READ_MAX;
                    self.reload(ctx);
                    if let (Ok(v), Some(number)) = (&self.view, number) {
                        self.selected = v
                            .messages
                            .iter()
                            .position(|m| m.number == number)
                            .unwrap_or(0);
                    }
                    Step::Stay
                }
                _ => Step::Flash {
                    text: t!("conversations-all-shown"),
                    error: false,
                },
            },
            Some(action) => common(action),
            None => Step::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let view = match &self.view {
            Ok(view) => view,
            Err(problem) => {
                frame.render_widget(
                    Paragraph::new(Line::styled(text::fit(problem, width), theme.error)),
                    area,
                );
                return;
            }
        };
        let [top, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
        let mut with = t!(
            "conversations-with",
            names = text::and_list(&view.conversation.parties())
        );
        if view.earlier > 0 {
            with.push_str(&format!(
                " · {}",
                t!("conversations-earlier", n = view.earlier)
            ));
        }
        frame.render_widget(
            Paragraph::new(Line::styled(text::fit(&with, width), theme.dim)),
            top,
        );
        // Only the messages the screen shows are laid out: the selected one
        // from its top (as far as scrolled into it), those after it, and, when
        // they do not fill the screen, those before it.
        let height = usize::from(body.height);
        let Some(selected) = view.messages.get(self.selected) else {
            return;
        };
        let first = self.message_lines(selected, true, width, ctx);
        self.drawn.set((first.len(), height));
        let most = first.len().saturating_sub(height.min(first.len()));
        self.scroll.set(self.scroll.get().min(most));
        let skip = if first.len() > height {
            self.scroll.get()
        } else {
            0
        };
        let mut after: Vec<Line> = first;
        for m in view.messages.iter().skip(self.selected + 1) {
            if after.len() >= skip + height {
                break;
            }
            after.extend(self.message_lines(m, false, width, ctx));
        }
        let mut shown: Vec<Line> = after.into_iter().skip(skip).take(height).collect();
        let mut before: Vec<Line> = Vec::new();
        for m in view.messages[..self.selected].iter().rev() {
            if shown.len() + before.len() >= height {
                break;
            }
            let mut block = self.message_lines(m, false, width, ctx);
            block.append(&mut before);
            before = block;
        }
        let room = height.saturating_sub(shown.len());
        let from = before.len().saturating_sub(room);
        before.drain(..from);
        before.append(&mut shown);
        let shown = before;
        frame.render_widget(Paragraph::new(shown), body);
    }

    fn concerns(&self, change: &Change, _ctx: &Ctx) -> bool {
        match change {
            Change::Conversation { id, .. } => *id == self.id,
            Change::Many => true,
            _ => false,
        }
    }

    fn reload(&mut self, ctx: &Ctx) {
        let was_last = self
            .view
            .as_ref()
            .map(|v| self.selected + 1 >= v.messages.len())
            .unwrap_or(true);
        let selected = self.selected_message().map(|m| m.number);
        self.view = ctx
            .forum
            .conversation(ctx.viewer, self.id, self.shown)
            .map_err(|e| e.to_string());
        if let Ok(view) = &self.view {
            let last = view.messages.len().saturating_sub(1);
            // Following the newest message when it was selected; else the same one.
            self.selected = match selected {
                Some(_) if was_last => last,
                Some(n) => view
                    .messages
                    .iter()
                    .position(|m| m.number == n)
                    .unwrap_or(last),
                None => last,
            };
        }
        self.mark_read(ctx);
    }

    fn last_place(&self) -> Option<LastPlace> {
        Some(LastPlace::Conversation { id: self.id })
    }
}

/// A message's line breaks kept as typed: a message reads like a letter, not
/// like CommonMark paragraphs whose lines join.
fn hard_breaks(body: &str) -> String {
    body.lines()
        .map(|l| {
            if l.trim().is_empty() {
                l.to_string()
            } else {
                format!("{l}  ")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Blocks `username`, or unblocks them when already blocked.
pub fn block_step(username: &str, ctx: &Ctx) -> Step {
    let viewer = ctx.viewer.clone();
    let name = username.to_string();
    let blocked = ctx.forum.blocks(ctx.viewer, username);
    Step::Run {
        busy: if blocked {
            "busy-unblocking"
        } else {
            "busy-blocking"
        },
        job: Job::done(move |forum| {
            if blocked {
                forum.unblock(&viewer, &name)?;
                Ok(Outcome::said(
                    t!("conversations-unblocked", name = name.as_str()),
                    0,
                ))
            } else {
                forum.block(&viewer, &name)?;
                Ok(Outcome::said(
                    t!("conversations-blocked", name = name.as_str()),
                    0,
                ))
            }
        }),
    }
}
