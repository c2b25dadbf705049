//! News (`g` then `n`): what the editorial committee publishes and members'
//! news and blog posts it approved, newest first. `Enter` reads an item; the
//! committee writes one with `n`, and a member proposes one with `n`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use stoa_present::when::Days;

use super::View;
use super::list::{Listed, Scroll, entries};
use super::reason_form::Act;
use super::submit_form::SubmitForm;
use super::{Ctx, ReasonForm, Screen, Step, common, item_view};
use crate::tui::app::{Job, Outcome};
use crate::tui::form::{Field, Form, FormStep};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::{
    Item, Language, LastPlace, News, NewsId, NewsKind, NewsProposal, Region, SubmissionId,
    Translated,
};
use stoa_core::forum::Capability;
use stoa_core::forum::Change;
use stoa_core::forum::FieldName;
use stoa_core::forum::events::viewer_zone;
use stoa_core::forum::news::NewsEdit;
use stoa_present::keys::{Input, Key};
use stoa_present::{lang, t, translated};
use stoa_present::{markdown, terms, text};

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

const PROPOSING: &[Binding] = &[
    keymap::UP,
    keymap::DOWN,
    keymap::OPEN,
    Binding {
        help: "key-help-propose-news-or-a-blog-post-to-the-editorial-com",
        ..keymap::PROPOSE
    },
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

/// "Sun 22 Nov 2026 · African Region · blog post by amina"
fn dateline(n: &News, ctx: &Ctx) -> String {
    let day = n
        .published_at
        .to_zoned(viewer_zone(ctx.viewer))
        .weekday_date()
        .to_string();
    stoa_present::news::dateline(day, n)
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
        t!("news-title")
    }

    fn bindings(&self, ctx: &Ctx) -> &'static [Binding] {
        if committee(ctx) {
            WRITING
        } else if ctx.viewer.account().is_some() {
            PROPOSING
        } else {
            READING
        }
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
            Some(Action::Propose) => match super::muted(ctx) {
                Some(refused) => refused,
                None => Step::Open(Box::new(Screen::NewsForm(Box::new(NewsForm::proposing(
                    None,
                    &NewsProposal::default(),
                    None,
                ))))),
            },
            Some(action) => common(action),
            None => Step::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let mut lines = vec![Line::styled(text::fit(&t!("news-intro"), width), theme.dim)];
        if let Some(problem) = &self.list.problem {
            lines.push(Line::styled(text::fit(problem, width), theme.error));
        } else if self.list.items.is_empty() {
            lines.push(Line::styled(t!("news-none-yet"), theme.dim));
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
                        translated::title_for(&n.title, n.language, &n.translations)
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
        let first = ctx.forum.first_languages(ctx.viewer);
        self.list.load(ctx.forum.news(SHOWN).map(|mut list| {
            first.first(&mut list, News::languages);
            list
        }));
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
        help: "key-help-correct-it-saying-why-readers-see-it-was-correct",
        short: "key-correct",
        ..keymap::EDIT
    },
    Binding {
        help: "key-help-take-it-down-with-a-reason-committee",
        ..keymap::WITHDRAW
    },
    keymap::OTHER_LANGUAGE,
    keymap::TRANSLATE,
    keymap::SET_LANGUAGE,
    keymap::BACK,
    keymap::HELP,
    keymap::GOTO,
];

/// A reader's keys on a news item: translate it.
const ITEM_READING: &[Binding] = &[
    keymap::SCROLL_UP,
    keymap::DOWN,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    keymap::TRANSLATE,
    keymap::BACK,
    keymap::HELP,
    keymap::GOTO,
];

/// A reader's keys on a translated news item: go round its languages too.
const ITEM_TRANSLATED: &[Binding] = &[
    keymap::SCROLL_UP,
    keymap::DOWN,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    keymap::OTHER_LANGUAGE,
    keymap::TRANSLATE,
    keymap::BACK,
    keymap::HELP,
    keymap::GOTO,
];

/// One news item.
pub struct NewsItem {
    id: NewsId,
    news: Result<News, String>,
    scroll: Scroll,
    /// The translation shown (none: the original): at first the reader's
    /// language when there is one.
    shown: Option<Language>,
    chose: bool,
}

impl NewsItem {
    pub fn new(id: NewsId, ctx: &Ctx) -> NewsItem {
        let mut item = NewsItem {
            id,
            news: Err(String::new()),
            scroll: Scroll::default(),
            shown: None,
            chose: false,
        };
        item.reload(ctx);
        item
    }
}

impl View for NewsItem {
    fn title(&self, _ctx: &Ctx) -> String {
        match &self.news {
            Ok(n) => {
                let shown = translated::translation(&n.translations, self.shown);
                let title = shown.map_or(n.title.as_str(), |t| t.title.as_str());
                t!("news-item-title", title = title)
            }
            Err(_) => t!("news-item-number", id = self.id.to_string()),
        }
    }

    fn bindings(&self, ctx: &Ctx) -> &'static [Binding] {
        let Ok(n) = &self.news else {
            return keymap::READING;
        };
        if n.withdrawn.is_some() {
            keymap::READING
        } else if committee(ctx) {
            STEWARDING
        } else if n.translations.is_empty() {
            ITEM_READING
        } else {
            ITEM_TRANSLATED
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
                    let about = t!("news-withdraw-about", title = n.title.as_str());
                    let act = Act::WithdrawNews { id: self.id };
                    Step::Open(Box::new(Screen::ReasonForm(Box::new(ReasonForm::new(
                        act, &about, ctx,
                    )))))
                }
                Err(_) => Step::Ignored,
            },
            Some(Action::Translate) => {
                super::translation_form::open(Translated::News(self.id), ctx)
            }
            Some(Action::SetLanguage) => match &self.news {
                Ok(n) => super::language_form::open(
                    stoa_core::domain::Target::News { id: n.id },
                    &n.title,
                    n.language,
                    &n.by,
                    ctx,
                ),
                Err(_) => Step::Ignored,
            },
            Some(Action::OtherLanguage) => match &self.news {
                Ok(n) => {
                    let step =
                        item_view::other_language(&mut self.shown, n.language, &n.translations);
                    self.chose = true;
                    step
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
        if let (Ok(n), false) = (&self.news, self.chose) {
            self.shown = translated::first_shown(n.language, &n.translations, lang::current());
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let width = usize::from(area.width);
        let lines = self.news.as_ref().map_err(String::as_str).map(|n| {
            let label = super::home::demo_label(ctx, &stoa_core::store::DemoMark::News(n.id));
            let translation = translated::translation(&n.translations, self.shown);
            let (title, body) = translation.map_or((n.title.as_str(), n.body.as_str()), |t| {
                (t.title.as_str(), t.text.as_str())
            });
            let title = format!("{label}{title}");
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
                    &t!("news-corrected-on", day = day, reason = c.reason.as_str()),
                    width.min(text::MEASURE),
                ) {
                    lines.push(Line::styled(part, ctx.theme.dim));
                }
            }
            if !n.corrections.is_empty() {
                lines.push(Line::from(""));
            }
            let languages = item_view::language_lines(
                n.language,
                &n.translations,
                translation,
                width.min(text::MEASURE),
                ctx.theme,
            );
            if !languages.is_empty() {
                lines.extend(languages);
                lines.push(Line::from(""));
            }
            lines.extend(markdown::render(
                body,
                width.min(text::MEASURE),
                "",
                ctx.theme,
            ));
            lines
        });
        item_view::render(frame, area, ctx, &self.scroll, lines);
    }
}

/// What the news form is for.
enum Purpose {
    /// The committee publishes at once.
    Publish,
    /// The committee corrects a published item, saying why.
    Correct(NewsId),
    /// A member proposes news or a blog post; the committee reviews it.
    Propose(SubmitForm),
}

/// The committee writes a news item or blog post, published at once, or
/// corrects one; a member proposes one for review.
pub struct NewsForm {
    pub form: Form,
    purpose: Purpose,
}

const PUBLISHING: &[Binding] = &[
    Binding {
        short: "key-publish",
        help: "key-help-publish-it-now-for-everyone",
        ..keymap::SUBMIT_SAVE
    },
    keymap::FORM_NEXT,
    keymap::CANCEL,
    keymap::FORM_HELP,
];

/// "news", "blog post", in the reader's language.
fn kind_name(kind: NewsKind) -> String {
    match kind {
        NewsKind::News => t!("news-kind-news"),
        NewsKind::Blog => t!("news-kind-blog"),
    }
}

fn kind_field(kind: NewsKind) -> Field {
    Field::choice(
        FieldName::Kind,
        t!("news-form-kind"),
        NewsKind::ALL.iter().map(|k| kind_name(*k)),
        NewsKind::ALL.iter().position(|k| *k == kind),
    )
    .hint(t!("news-form-kind-hint"))
}

fn region_field(region: Option<Region>) -> Field {
    Field::choice(
        FieldName::Region,
        t!("news-form-region"),
        Region::ALL.iter().map(|r| terms::region(*r)),
        region.and_then(|r| Region::ALL.iter().position(|x| *x == r)),
    )
    .hint(t!("news-form-region-hint"))
}

fn writing_fields(item: &NewsProposal) -> Vec<Field> {
    vec![
        kind_field(item.kind),
        Field::line(FieldName::Title, t!("news-form-headline"), &item.title).required(),
        region_field(item.region),
        Field::editor(FieldName::Body, t!("news-form-text"), &item.body),
    ]
}

impl NewsForm {
    /// The committee's form: published at once.
    pub fn new() -> NewsForm {
        NewsForm {
            form: Form::new(writing_fields(&NewsProposal::default())).with_label_width(12),
            purpose: Purpose::Publish,
        }
    }

    /// A member's proposal, new (`id` none) or a draft or returned one, with
    /// the committee's note when it came back.
    pub fn proposing(
        id: Option<SubmissionId>,
        item: &NewsProposal,
        note: Option<String>,
    ) -> NewsForm {
        NewsForm {
            form: Form::new(writing_fields(item)).with_label_width(12),
            purpose: Purpose::Propose(SubmitForm {
                id,
                note,
                intro: t!("news-form-proposal-intro"),
                sent: |id| t!("news-form-proposal-sent", id = id.to_string()),
            }),
        }
    }

    /// The form filled with `news` as published, and a reason to give.
    pub fn correcting(news: &News) -> NewsForm {
        NewsForm {
            form: Form::new(vec![
                Field::line(FieldName::Title, t!("news-form-headline"), &news.title).required(),
                region_field(news.region).hint(t!("signup-region-hint")),
                Field::line(FieldName::Reason, t!("news-form-why"), "")
                    .required()
                    .hint(t!("news-form-why-hint")),
                Field::editor(FieldName::Body, t!("news-form-text"), &news.body),
            ])
            .with_label_width(12),
            purpose: Purpose::Correct(news.id),
        }
    }

    fn item(&self) -> NewsProposal {
        NewsProposal {
            kind: self
                .form
                .choice(FieldName::Kind)
                .and_then(|i| NewsKind::ALL.get(i).copied())
                .unwrap_or_default(),
            title: self.form.text(FieldName::Title),
            body: self.form.text(FieldName::Body),
            region: self
                .form
                .choice(FieldName::Region)
                .and_then(|i| Region::ALL.get(i).copied()),
        }
    }

    fn correct(&self, id: NewsId, ctx: &Ctx) -> Step {
        let viewer = ctx.viewer.clone();
        let reason = self.form.text(FieldName::Reason);
        let item = self.item();
        let edit = NewsEdit {
            title: item.title,
            body: item.body,
            region: item.region,
        };
        Step::Run {
            busy: "busy-correcting",
            job: Job::done(move |forum| {
                let n = forum.correct_news(&viewer, id, edit, &reason)?;
                Ok(Outcome::said(
                    t!("news-corrected", title = n.title.as_str()),
                    1,
                ))
            }),
        }
    }

    fn publish(&self, ctx: &Ctx) -> Step {
        let viewer = ctx.viewer.clone();
        let item = self.item();
        Step::Run {
            busy: "busy-publishing",
            job: Job::done(move |forum| {
                let n = forum.publish_news(&viewer, &item)?;
                Ok(Outcome::said(
                    t!("news-published", title = n.title.as_str()),
                    1,
                ))
            }),
        }
    }
}

impl View for NewsForm {
    fn title(&self, _ctx: &Ctx) -> String {
        match &self.purpose {
            Purpose::Correct(_) => t!("news-form-title-correct"),
            Purpose::Publish => t!("news-form-title-write"),
            Purpose::Propose(SubmitForm { id: Some(_), .. }) => t!("news-form-title-edit-proposal"),
            Purpose::Propose(_) => t!("news-form-title-propose"),
        }
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        match self.purpose {
            Purpose::Propose(_) => super::submit_form::BINDINGS,
            _ => PUBLISHING,
        }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        if let Purpose::Propose(sending) = &self.purpose {
            return match sending.handle(&mut self.form, input) {
                Ok(send) => sending.save(ctx, Item::News(self.item()), send),
                Err(step) => step,
            };
        }
        match self.form.handle(input) {
            FormStep::Submit => match self.purpose {
                Purpose::Correct(id) => self.correct(id, ctx),
                _ => self.publish(ctx),
            },
            FormStep::Cancel => super::leave_form(self.form.changed()),
            FormStep::Ignored(Key::F(1)) => Step::Help,
            FormStep::Ignored(_) | FormStep::Consumed => Step::Stay,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let intro = match &self.purpose {
            Purpose::Propose(sending) => return sending.render(frame, area, ctx, &self.form),
            Purpose::Correct(_) => t!("news-form-correct-intro"),
            Purpose::Publish => t!("news-form-publish-intro"),
        };
        let rest = super::account_forms::intro(frame, area, &intro, ctx);
        self.form.render(frame, rest, ctx.theme);
    }

    fn form(&mut self) -> Option<&mut Form> {
        Some(&mut self.form)
    }

    /// Keeps a proposal as a draft (the connection is going away).
    fn keep_draft(&self, ctx: &Ctx) {
        if let Purpose::Propose(sending) = &self.purpose {
            sending.keep_draft(ctx, &self.form, FieldName::Title, Item::News(self.item()));
        }
    }
}
