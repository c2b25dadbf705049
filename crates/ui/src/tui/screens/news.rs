//! News (`g` then `n`): what the editorial committee publishes, newest first.
//! `Enter` reads an item; the committee writes one with `n`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use stoa_present::when::Days;

use super::View;
use super::list::{Listed, Scroll, entries};
use super::reason_form::Act;
use super::{Ctx, ReasonForm, Screen, Step, common, item_view};
use crate::tui::app::{Job, Outcome};
use crate::tui::form::{Field, Form, FormStep};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::{LastPlace, News, NewsId, Region};
use stoa_core::forum::Capability;
use stoa_core::forum::Change;
use stoa_core::forum::FieldName;
use stoa_core::forum::events::viewer_zone;
use stoa_core::forum::news::NewsEdit;
use stoa_present::keys::{Input, Key};
use stoa_present::{markdown, text};

/// The most items the news screen lists.
const SHOWN: usize = 200;

pub struct NewsDesk {
    list: Listed<News>,
}

const READING: &[Binding] = &[
    keymap::UP,
    keymap::DOWN,
    keymap::OPEN,
    keymap::BACK,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    keymap::TOP,
    keymap::BOTTOM,
    keymap::GOTO,
    keymap::HELP,
];

const WRITING: &[Binding] = &[
    keymap::UP,
    keymap::DOWN,
    keymap::OPEN,
    keymap::WRITE_NEWS,
    keymap::BACK,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    keymap::TOP,
    keymap::BOTTOM,
    keymap::GOTO,
    keymap::HELP,
];

fn committee(ctx: &Ctx) -> bool {
    ctx.forum.may(ctx.viewer, Capability::WriteNews)
}

/// "Sun 22 Nov 2026 · African Region"
fn dateline(n: &News, ctx: &Ctx) -> String {
    let day = n
        .published_at
        .to_zoned(viewer_zone(ctx.viewer))
        .weekday_date()
        .to_string();
    match n.region {
        Some(r) => format!("{day} · {}", r.label()),
        None => day,
    }
}

impl NewsDesk {
    pub fn new(ctx: &Ctx) -> NewsDesk {
        let mut desk = NewsDesk {
            list: Listed::default(),
        };
        desk.reload(ctx);
        desk
    }
}

impl View for NewsDesk {
    fn title(&self, _ctx: &Ctx) -> String {
        "News".into()
    }

    fn bindings(&self, ctx: &Ctx) -> &'static [Binding] {
        if committee(ctx) { WRITING } else { READING }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        match action_for(*key, &[self.bindings(ctx)]) {
            Some(action) if self.list.apply(action) => Step::Stay,
            Some(Action::Open) => match self.list.selected() {
                Some(n) => Step::Open(Box::new(Screen::NewsItem(Box::new(NewsItem::new(
                    n.id, ctx,
                ))))),
                None => Step::Ignored,
            },
            Some(Action::WriteNews) => {
                Step::Open(Box::new(Screen::NewsForm(Box::new(NewsForm::new()))))
            }
            Some(action) => common(action),
            None => Step::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let mut lines = vec![Line::styled(
            text::fit("From the editorial committee, newest first.", width),
            theme.dim,
        )];
        if let Some(problem) = &self.list.problem {
            lines.push(Line::styled(text::fit(problem, width), theme.error));
        } else if self.list.items.is_empty() {
            lines.push(Line::styled("No news yet.", theme.dim));
        }
        let rows = usize::from(area.height).saturating_sub(lines.len());
        lines.extend(entries(
            &self.list.selection,
            self.list.items.len(),
            rows,
            2,
            |i, selected| {
                let n = &self.list.items[i];
                let head = text::fit(
                    &format!(
                        "{}{}{}",
                        if selected { "> " } else { "  " },
                        super::home::demo_label(ctx, &stoa_core::store::DemoMark::News(n.id)),
                        n.title
                    ),
                    width,
                );
                let head = if selected {
                    Line::styled(head, theme.selected)
                } else {
                    Line::styled(head, theme.title)
                };
                vec![
                    head,
                    Line::styled(
                        text::fit(&format!("    {}", dateline(n, ctx)), width),
                        theme.dim,
                    ),
                ]
            },
        ));
        frame.render_widget(Paragraph::new(lines), area);
    }

    fn concerns(&self, change: &Change, _ctx: &Ctx) -> bool {
        *change == Change::News
    }

    fn reload(&mut self, ctx: &Ctx) {
        self.list.load(ctx.forum.news(SHOWN));
    }

    fn last_place(&self) -> Option<LastPlace> {
        Some(LastPlace::News)
    }
}

/// The committee's keys on a news item: correct it, withdraw it.
const STEWARDING: &[Binding] = &[
    keymap::SCROLL_UP,
    keymap::DOWN,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    Binding {
        help: "correct it, saying why: readers see it was corrected (committee)",
        short: "correct",
        ..keymap::EDIT
    },
    Binding {
        help: "take it down, with a reason (committee)",
        ..keymap::WITHDRAW
    },
    keymap::BACK,
    keymap::HELP,
    keymap::GOTO,
];

/// One news item.
pub struct NewsItem {
    id: NewsId,
    news: Result<News, String>,
    scroll: Scroll,
}

impl NewsItem {
    pub fn new(id: NewsId, ctx: &Ctx) -> NewsItem {
        NewsItem {
            id,
            news: ctx.forum.news_item(id).map_err(|e| e.to_string()),
            scroll: Scroll::default(),
        }
    }
}

impl View for NewsItem {
    fn title(&self, _ctx: &Ctx) -> String {
        match &self.news {
            Ok(n) => format!("News: {}", n.title),
            Err(_) => format!("News {}", self.id),
        }
    }

    fn bindings(&self, ctx: &Ctx) -> &'static [Binding] {
        let standing = self.news.as_ref().is_ok_and(|n| n.withdrawn.is_none());
        if committee(ctx) && standing {
            STEWARDING
        } else {
            crate::tui::keymap::READING
        }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        let bindings = self.bindings(ctx);
        match action_for(*key, &[bindings]) {
            Some(action) if self.scroll.apply(action) => Step::Stay,
            Some(Action::Edit) => match &self.news {
                Ok(n) => Step::Open(Box::new(Screen::NewsForm(Box::new(NewsForm::correcting(
                    n,
                ))))),
                Err(_) => Step::Ignored,
            },
            Some(Action::Withdraw) => match &self.news {
                Ok(n) => {
                    let about = format!("News \"{}\"", n.title);
                    let act = Act::WithdrawNews { id: self.id };
                    Step::Open(Box::new(Screen::ReasonForm(Box::new(ReasonForm::new(
                        act, &about, ctx,
                    )))))
                }
                Err(_) => Step::Ignored,
            },
            Some(action) => common(action),
            None => Step::Ignored,
        }
    }

    fn concerns(&self, change: &Change, _ctx: &Ctx) -> bool {
        *change == Change::News
    }

    fn reload(&mut self, ctx: &Ctx) {
        self.news = ctx.forum.news_item(self.id).map_err(|e| e.to_string());
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let width = usize::from(area.width);
        let lines = self.news.as_ref().map_err(String::as_str).map(|n| {
            let label = super::home::demo_label(ctx, &stoa_core::store::DemoMark::News(n.id));
            let title = format!("{label}{}", n.title);
            let mut lines = item_view::heading(
                &title,
                &dateline(n, ctx),
                n.withdrawn.as_ref(),
                width,
                ctx.theme,
            );
            if n.withdrawn.is_some() {
                return lines;
            }
            for c in &n.corrections {
                let day = c.at.to_zoned(viewer_zone(ctx.viewer)).short_date();
                for part in text::wrap(
                    &format!(
                        "Corrected on {day} by the editorial committee: {}",
                        c.reason
                    ),
                    width.min(text::MEASURE),
                ) {
                    lines.push(Line::styled(part, ctx.theme.dim));
                }
            }
            if !n.corrections.is_empty() {
                lines.push(Line::from(""));
            }
            lines.extend(markdown::render(
                &n.body,
                width.min(text::MEASURE),
                "",
                ctx.theme,
            ));
            lines
        });
        item_view::render(frame, area, ctx, &self.scroll, lines);
    }
}

/// The committee writes a news item; it is published at once. Or corrects
/// one, saying why.
pub struct NewsForm {
    pub form: Form,
    correcting: Option<NewsId>,
}

impl NewsForm {
    pub const BINDINGS: &[Binding] = &[
        Binding {
            short: "publish",
            help: "publish it now, for everyone",
            ..keymap::SUBMIT_SAVE
        },
        keymap::FORM_NEXT,
        keymap::CANCEL,
        keymap::FORM_HELP,
    ];

    pub fn new() -> NewsForm {
        NewsForm {
            form: Form::new(vec![
                Field::line(FieldName::Title, "Headline", "").required(),
                Field::choice(
                    FieldName::Region,
                    "Region",
                    Region::ALL.iter().map(|r| r.label()),
                    None,
                )
                .hint("← → to choose; leave it unchosen, or Global, for news for everyone"),
                Field::editor(FieldName::Body, "Text", ""),
            ])
            .with_label_width(12),
            correcting: None,
        }
    }

    /// The form filled with `news` as published, and a reason to give.
    pub fn correcting(news: &News) -> NewsForm {
        NewsForm {
            form: Form::new(vec![
                Field::line(FieldName::Title, "Headline", &news.title).required(),
                Field::choice(
                    FieldName::Region,
                    "Region",
                    Region::ALL.iter().map(|r| r.label()),
                    news.region.and_then(|r| Region::ALL.iter().position(|x| *x == r)),
                )
                .hint("← → to choose"),
                Field::line(FieldName::Reason, "Why", "")
                    .required()
                    .hint("what was wrong: readers see it with the correction, and the audit log keeps it"),
                Field::editor(FieldName::Body, "Text", &news.body),
            ])
            .with_label_width(12),
            correcting: Some(news.id),
        }
    }
}

impl View for NewsForm {
    fn title(&self, _ctx: &Ctx) -> String {
        match self.correcting {
            Some(_) => "Correct a news item".into(),
            None => "Write a news item".into(),
        }
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        NewsForm::BINDINGS
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        match self.form.handle(input) {
            FormStep::Submit => {
                let viewer = ctx.viewer.clone();
                let title = self.form.text(FieldName::Title);
                let body = self.form.text(FieldName::Body);
                let region = self
                    .form
                    .choice(FieldName::Region)
                    .and_then(|i| Region::ALL.get(i).copied());
                if let Some(id) = self.correcting {
                    let reason = self.form.text(FieldName::Reason);
                    let edit = NewsEdit {
                        title,
                        body,
                        region,
                    };
                    return Step::Run {
                        busy: "Correcting…",
                        job: Job::done(move |forum| {
                            let n = forum.correct_news(&viewer, id, edit, &reason)?;
                            Ok(Outcome::said(
                                format!("Corrected: \"{}\" says so, with your reason.", n.title),
                                1,
                            ))
                        }),
                    };
                }
                Step::Run {
                    busy: "Publishing…",
                    job: Job::done(move |forum| {
                        let n = forum.write_news(&viewer, &title, &body, region)?;
                        Ok(Outcome::said(
                            format!("Published: \"{}\" is on the news screen and home.", n.title),
                            1,
                        ))
                    }),
                }
            }
            FormStep::Cancel => super::leave_form(self.form.changed()),
            FormStep::Ignored(Key::F(1)) => Step::Help,
            FormStep::Ignored(_) | FormStep::Consumed => Step::Stay,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let rest = super::account_forms::intro(
            frame,
            area,
            if self.correcting.is_some() {
                "The correction shows at once; readers see that it was corrected, when and why. Ctrl-S saves it."
            } else {
                "News goes out at once, to everyone, and home shows the latest three. Ctrl-S publishes."
            },
            ctx,
        );
        self.form.render(frame, rest, ctx.theme);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }
}
