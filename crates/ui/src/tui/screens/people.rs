//! The people directory (`g` then `p`): members by organization, with `F` to
//! find them by words, region or competency; `Enter` opens a member's page with
//! their profile, communities and recent posts.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use stoa_present::when::Days;

use super::View;
use super::events::FILTERING;
use super::list::{Listed, Selection, entries};
use super::{Ctx, Screen, Step, common};
use crate::tui::form::{Field, Form, FormStep};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::{Competency, LastPlace, Region};
use stoa_core::forum::Change;
use stoa_core::forum::FieldName;
use stoa_core::forum::events::viewer_zone;
use stoa_core::forum::people::{Card, PeopleFilter, Person};
use stoa_present::keys::{Input, Key};
use stoa_present::t;
use stoa_present::{markdown, terms, text};

pub struct People {
    list: Listed<Card>,
    filter: PeopleFilter,
    filtering: Option<Form>,
}

const BROWSING: &[Binding] = &[
    keymap::UP,
    keymap::DOWN,
    keymap::OPEN,
    Binding {
        help: "key-help-find-members-by-name-or-organization-region-or-c",
        short: "key-find",
        ..keymap::FILTER
    },
    keymap::BACK,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    keymap::TOP,
    keymap::BOTTOM,
    keymap::GOTO,
    keymap::HELP,
];

fn filter_form(f: &PeopleFilter) -> Form {
    let any = |chosen: Option<usize>| Some(chosen.map_or(0, |i| i + 1));
    Form::new(vec![
        Field::line(FieldName::Text, t!("people-words"), &f.text).hint(t!("people-words-hint")),
        Field::choice(
            FieldName::Region,
            t!("people-region"),
            std::iter::once(t!("people-any")).chain(Region::ALL.iter().map(|r| terms::region(*r))),
            any(f
                .region
                .and_then(|r| Region::ALL.iter().position(|x| *x == r))),
        )
        .hint(t!("signup-region-hint")),
        Field::choice(
            FieldName::Competency,
            t!("people-competency"),
            std::iter::once(t!("people-any"))
                .chain(Competency::ALL.iter().map(|c| terms::competency(*c))),
            any(f
                .competency
                .and_then(|c| Competency::ALL.iter().position(|x| *x == c))),
        )
        .hint(t!("signup-region-hint")),
    ])
    .with_label_width(12)
}

impl People {
    pub fn new(ctx: &Ctx) -> People {
        let mut people = People {
            list: Listed::default(),
            filter: PeopleFilter::default(),
            filtering: None,
        };
        people.reload(ctx);
        people
    }
}

impl View for People {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("people-title")
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        if self.filtering.is_some() {
            FILTERING
        } else {
            BROWSING
        }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        if let Some(form) = &mut self.filtering {
            match form.handle(input) {
                FormStep::Submit => {
                    let pick = |name| form.choice(name).and_then(|i: usize| i.checked_sub(1));
                    self.filter = PeopleFilter {
                        text: form.text(FieldName::Text),
                        region: pick(FieldName::Region).map(|i| Region::ALL[i]),
                        competency: pick(FieldName::Competency).map(|i| Competency::ALL[i]),
                    };
                    self.filtering = None;
                    self.list.selection = Selection::default();
                    self.reload(ctx);
                }
                FormStep::Cancel => self.filtering = None,
                FormStep::Ignored(Key::F(1)) => return Step::Help,
                FormStep::Ignored(_) | FormStep::Consumed => {}
            }
            return Step::Stay;
        }
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        match action_for(*key, &[BROWSING]) {
            Some(action) if self.list.apply(action) => Step::Stay,
            Some(Action::Open) => match self.list.selected() {
                Some(card) => Step::Open(Box::new(Screen::person(&card.username, ctx))),
                None => Step::Ignored,
            },
            Some(Action::Filter) => {
                self.filtering = Some(filter_form(&self.filter));
                Step::Stay
            }
            Some(action) => common(action),
            None => Step::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let body = match &self.filtering {
            Some(form) => {
                let [top, rest] =
                    Layout::vertical([Constraint::Length(6), Constraint::Min(1)]).areas(area);
                form.render(frame, top, theme);
                rest
            }
            None => area,
        };
        let n = self.list.items.len();
        let parts = self.filter.parts();
        let about = if parts.is_empty() {
            t!("people-about", n = n)
        } else {
            t!("people-about-found", n = n, parts = parts.join(", "))
        };
        let mut lines = vec![Line::styled(text::fit(&about, width), theme.dim)];
        if let Some(problem) = &self.list.problem {
            lines.push(Line::styled(text::fit(problem, width), theme.error));
        } else if self.list.items.is_empty() {
            lines.push(Line::styled(t!("people-nobody-matches"), theme.dim));
        }
        let rows = usize::from(body.height).saturating_sub(lines.len());
        lines.extend(entries(
            &self.list.selection,
            self.list.items.len(),
            rows,
            2,
            |i, selected| {
                let c = &self.list.items[i];
                let org = if c.organization.is_empty() {
                    t!("people-independent")
                } else {
                    c.organization.clone()
                };
                let head = text::fit(
                    &format!(
                        "{}{}{} ({}) · {org}",
                        if selected { "> " } else { "  " },
                        super::home::demo_label(
                            ctx,
                            &stoa_core::store::DemoMark::Account(c.username.as_str().into())
                        ),
                        c.display_name,
                        c.username
                    ),
                    width,
                );
                let mut about = vec![terms::region(c.region)];
                about.extend(c.competencies.iter().map(|c| terms::competency(*c)));
                if c.role != stoa_core::domain::Role::Member {
                    about.push(stoa_present::lang::text(&format!("role-{}", c.role)));
                }
                vec![
                    if selected {
                        Line::styled(head, theme.selected)
                    } else {
                        Line::styled(head, theme.title)
                    },
                    Line::styled(
                        text::fit(&format!("    {}", about.join(" · ")), width),
                        theme.dim,
                    ),
                ]
            },
        ));
        frame.render_widget(Paragraph::new(lines), body);
    }

    fn reload(&mut self, ctx: &Ctx) {
        self.list.load(ctx.forum.people(ctx.viewer, &self.filter));
    }

    fn last_place(&self) -> Option<LastPlace> {
        Some(LastPlace::People)
    }
}

/// A member's page: who they are, where they take part, what they wrote lately.
pub struct PersonScreen {
    username: String,
    person: Result<Person, String>,
    posts: Selection,
}

const PERSON: &[Binding] = &[
    Binding {
        short: "key-move",
        help: "key-help-move-through-their-recent-posts",
        ..keymap::UP
    },
    keymap::DOWN,
    Binding {
        short: "key-open-post",
        help: "key-help-open-the-selected-post-in-its-thread",
        ..keymap::OPEN
    },
    keymap::MESSAGE,
    keymap::BLOCK,
    keymap::BACK,
    keymap::GOTO,
    keymap::HELP,
];

/// One's own page: nobody to write to or block.
const OWN_PAGE: &[Binding] = &[
    Binding {
        short: "key-move",
        help: "key-help-move-through-your-recent-posts",
        ..keymap::UP
    },
    keymap::DOWN,
    Binding {
        short: "key-open-post",
        help: "key-help-open-the-selected-post-in-its-thread",
        ..keymap::OPEN
    },
    keymap::BACK,
    keymap::GOTO,
    keymap::HELP,
];

impl PersonScreen {
    pub fn new(username: &str, ctx: &Ctx) -> PersonScreen {
        PersonScreen {
            username: username.to_string(),
            person: ctx
                .forum
                .person(ctx.viewer, username)
                .map_err(|e| e.to_string()),
            posts: Selection::default(),
        }
    }
}

impl View for PersonScreen {
    fn title(&self, _ctx: &Ctx) -> String {
        match &self.person {
            Ok(p) => t!("people-title-person", name = p.card.display_name.as_str()),
            Err(_) => t!("people-title-person", name = self.username.as_str()),
        }
    }

    fn bindings(&self, ctx: &Ctx) -> &'static [Binding] {
        match ctx.viewer.account() {
            Some(me) if me.username.as_str() != self.username => PERSON,
            _ => OWN_PAGE,
        }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        let len = self.person.as_ref().map_or(0, |p| p.recent.len());
        match action_for(*key, &[self.bindings(ctx)]) {
            Some(action) if self.posts.apply(action, len) => Step::Stay,
            Some(Action::Message) => Step::Open(Box::new(Screen::composer(
                stoa_core::forum::conversations::new_conversation_place(std::slice::from_ref(
                    &self.username,
                )),
                ctx,
            ))),
            Some(Action::Block) => super::conversations::block_step(&self.username, ctx),
            Some(Action::Open) => match self
                .person
                .as_ref()
                .ok()
                .and_then(|p| p.recent.get(self.posts.index))
            {
                Some(r) => {
                    let mut screen = Screen::thread(r.thread, ctx);
                    screen.select_post(r.post, ctx);
                    Step::Open(Box::new(screen))
                }
                None => Step::Ignored,
            },
            Some(action) => common(action),
            None => Step::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let p = match &self.person {
            Ok(p) => p,
            Err(problem) => {
                frame.render_widget(
                    Paragraph::new(Line::styled(text::fit(problem, width), theme.error)),
                    area,
                );
                return;
            }
        };
        let c = &p.card;
        let zone = viewer_zone(ctx.viewer);
        let label = super::home::demo_label(
            ctx,
            &stoa_core::store::DemoMark::Account(c.username.as_str().into()),
        );
        let mut lines = vec![Line::styled(
            text::fit(
                &format!("{label}{} ({})", c.display_name, c.username),
                width,
            ),
            theme.title,
        )];
        let org = if c.organization.is_empty() {
            t!("people-works-independently")
        } else {
            c.organization.clone()
        };
        let field = |label: &str, value: &str| {
            Line::from(vec![
                ratatui::text::Span::styled(format!("{label:<14}"), theme.dim),
                ratatui::text::Span::styled(text::fit(value, width.saturating_sub(14)), theme.text),
            ])
        };
        lines.push(field(&t!("people-organization"), &org));
        lines.push(field(
            &t!("people-region"),
            &t!(
                "people-region-and-zone",
                region = terms::region(c.region),
                zone = c.time_zone.as_str()
            ),
        ));
        if !c.competencies.is_empty() {
            lines.push(field(
                &t!("people-competencies"),
                &terms::competencies(&c.competencies),
            ));
        }
        lines.push(field(
            &t!("people-member-since"),
            &format!(
                "{} · {}",
                c.joined.to_zoned(zone.clone()).short_date(),
                stoa_present::lang::text(&format!("role-{}", c.role))
            ),
        ));
        let communities = if p.communities.is_empty() {
            t!("people-no-communities")
        } else {
            p.communities.join(", ")
        };
        lines.push(field(&t!("people-communities"), &communities));
        if ctx.forum.blocks(ctx.viewer, &self.username) {
            lines.push(Line::styled(
                text::fit(&t!("people-you-block-them"), width),
                theme.error,
            ));
        }
        if !c.bio.trim().is_empty() {
            lines.push(Line::raw(""));
            let bio = markdown::render(&c.bio, width.min(text::MEASURE), "", theme);
            lines.extend(bio.into_iter().take(6));
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            if p.recent.is_empty() {
                t!("people-no-posts-yet")
            } else {
                t!("people-recent-posts")
            },
            theme.title,
        ));
        let rows = usize::from(area.height).saturating_sub(lines.len());
        lines.extend(entries(
            &self.posts,
            p.recent.len(),
            rows,
            2,
            |i, selected| {
                let r = &p.recent[i];
                let head = text::fit(
                    &format!(
                        "{}{} · {}",
                        if selected { "> " } else { "  " },
                        r.thread_title,
                        r.at.to_zoned(zone.clone()).short_date()
                    ),
                    width,
                );
                vec![
                    if selected {
                        Line::styled(head, theme.selected)
                    } else {
                        Line::styled(head, theme.text)
                    },
                    Line::styled(text::fit(&format!("    {}", r.opening), width), theme.dim),
                ]
            },
        ));
        frame.render_widget(Paragraph::new(lines), area);
    }

    fn concerns(&self, change: &Change, ctx: &Ctx) -> bool {
        matches!(change, Change::Account(_) | Change::Membership { .. })
            || matches!(change, Change::ConversationsRead(who)
                if ctx.viewer.account().is_some_and(|me| me.username == *who))
    }

    fn reload(&mut self, ctx: &Ctx) {
        if let Ok(fresh) = ctx.forum.person(ctx.viewer, &self.username) {
            self.person = Ok(fresh);
        }
    }
}
