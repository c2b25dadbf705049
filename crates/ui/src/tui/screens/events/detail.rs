//! One event in full: when it is in the reader's time zone and in the
//! organizer's, where, who organizes it, its deadline and classification, and the
//! answers. `y` says you are going, `i` that you are interested (again to undo).

use jiff::Zoned;
use jiff::tz::TimeZone;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use stoa_present::when::{Days, Times};

use super::super::BoardForm;
use super::super::View;
use super::super::changes;
use super::super::list::Scroll;
use super::super::reason_form::{Act, ReasonForm};
use super::super::{Ctx, Screen, Step, common, item_view};
use crate::tui::app::{Job, Outcome};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::{EventId, Rsvp};
use stoa_core::forum::Capability;
use stoa_core::forum::Change;
use stoa_core::forum::EventListing;
use stoa_core::forum::events::{deadline_soon, viewer_zone};
use stoa_present::keys::Input;
use stoa_present::t;
use stoa_present::{text, when};

pub struct EventScreen {
    id: EventId,
    listing: Option<EventListing>,
    problem: Option<String>,
    scroll: Scroll,
}

const ANSWERING: &[Binding] = keymap::reading_keys!(GOING, INTERESTED);

/// Its poster also corrects it.
const POSTING: &[Binding] = keymap::reading_keys!(GOING, INTERESTED, CORRECT, SET_LANGUAGE);

/// The committee also corrects and withdraws it.
const STEWARDING: &[Binding] =
    keymap::reading_keys!(GOING, INTERESTED, CORRECT, WITHDRAW, SET_LANGUAGE);

const READING: &[Binding] = keymap::READING;

impl EventScreen {
    pub fn new(id: EventId, ctx: &Ctx) -> EventScreen {
        let mut screen = EventScreen {
            id,
            listing: None,
            problem: None,
            scroll: Scroll::default(),
        };
        screen.reload(ctx);
        screen
    }

    pub fn id(&self) -> EventId {
        self.id
    }

    fn withdraw(&self, ctx: &Ctx) -> Step {
        let Some(l) = &self.listing else {
            return Step::Ignored;
        };
        let about = t!(
            "events-withdraw-about",
            title = l.event.title.as_str(),
            name = l.event.posted_by.as_str()
        );
        let act = Act::WithdrawEvent { id: self.id };
        Step::Open(Box::new(Screen::ReasonForm(Box::new(ReasonForm::new(
            act, &about, ctx,
        )))))
    }
}

impl View for EventScreen {
    fn title(&self, _ctx: &Ctx) -> String {
        match &self.listing {
            Some(l) => t!("events-event-title", title = l.event.title.as_str()),
            None => t!("events-event-number", id = self.id.to_string()),
        }
    }

    fn bindings(&self, ctx: &Ctx) -> &'static [Binding] {
        let Some(l) = &self.listing else {
            return READING;
        };
        if l.event.withdrawn.is_some() || !l.event.upcoming(ctx.forum.now()) {
            READING
        } else if ctx.forum.may(ctx.viewer, Capability::WithdrawItems) {
            STEWARDING
        } else if ctx.forum.may_correct(ctx.viewer, &l.event.posted_by) {
            POSTING
        } else {
            ANSWERING
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
        let answer = match action {
            Action::Going => Rsvp::Going,
            Action::Interested => Rsvp::Interested,
            Action::Withdraw => return self.withdraw(ctx),
            Action::SetLanguage => {
                return match &self.listing {
                    Some(l) => super::super::language_form::open(
                        stoa_core::domain::Target::Event { id: l.event.id },
                        &l.event.title,
                        l.event.language,
                        l.event.posted_by.as_str(),
                        ctx,
                    ),
                    None => Step::Ignored,
                };
            }
            Action::Edit => {
                return match &self.listing {
                    Some(l) => Step::Open(Box::new(Screen::BoardForm(Box::new(
                        BoardForm::correcting_event(&l.event, ctx),
                    )))),
                    None => Step::Ignored,
                };
            }
            other => return common(other),
        };
        if ctx.viewer.account().is_none() {
            return Step::error(t!("events-sign-up-to-answer"));
        }
        let Some(listing) = &self.listing else {
            return Step::Ignored;
        };
        // The same key again takes the answer back.
        let answer = (listing.mine != Some(answer)).then_some(answer);
        let (viewer, id) = (ctx.viewer.clone(), self.id);
        Step::Run {
            busy: "busy-saving-your-answer",
            job: Job::done(move |forum| {
                let l = forum.rsvp(&viewer, id, answer)?;
                let text = match answer {
                    Some(a) => t!(
                        "events-answered",
                        answer = a.label(),
                        going = l.going,
                        interested = l.interested
                    ),
                    None => t!("events-answer-taken-back"),
                };
                Ok(Outcome::said(text, 0))
            }),
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let not_found = t!("events-not-found");
        let lines = match (&self.listing, &self.problem) {
            (Some(l), None) => Ok(describe(l, usize::from(area.width), ctx)),
            (_, problem) => Err(problem.as_deref().unwrap_or(not_found.as_str())),
        };
        item_view::render(frame, area, ctx, &self.scroll, lines);
    }

    fn concerns(&self, change: &Change, _ctx: &Ctx) -> bool {
        changes::boards(change) || *change == Change::Answered(self.id())
    }

    fn reload(&mut self, ctx: &Ctx) {
        match ctx.forum.event(ctx.viewer, self.id) {
            Ok(l) => {
                self.listing = Some(l);
                self.problem = None;
            }
            Err(e) => self.problem = Some(e.to_string()),
        }
    }
}

/// "Wed 02 Dec 2026 11:00 – Thu 03 Dec 2026 19:00"
fn span(starts: &Zoned, ends: &Zoned, tz: &TimeZone) -> String {
    let (s, e) = (
        starts.timestamp().to_zoned(tz.clone()),
        ends.timestamp().to_zoned(tz.clone()),
    );
    let end = if s.date() == e.date() {
        stoa_present::when::time_of_day(e.time())
    } else {
        e.day_and_time()
    };
    format!("{} – {end}", s.day_and_time())
}

fn describe(l: &EventListing, width: usize, ctx: &Ctx) -> Vec<Line<'static>> {
    let theme = ctx.theme;
    let e = &l.event;
    let measure = width.min(text::MEASURE);
    let now = ctx.forum.now();
    let mine = viewer_zone(ctx.viewer);
    let organizer_zone = e.starts.time_zone().clone();
    let about = t!(
        "events-kind-organized-by",
        kind = text::capitalised(&stoa_present::terms::event_kind(e.kind)),
        organizer = e.organizer.as_str()
    );
    let label = super::super::home::demo_label(ctx, &stoa_core::store::DemoMark::Event(e.id));
    let title = format!("{label}{}", e.title);
    let mut lines = item_view::heading(&title, &about, e.withdrawn.as_ref(), width, theme);
    item_view::corrections(&mut lines, &e.corrections, ctx, measure);
    let mut field = |label: &str, value: String, style| {
        item_view::field(&mut lines, (label, 11), &value, measure, style);
    };
    let my_name = ctx
        .viewer
        .account()
        .map_or("UTC".to_string(), |a| a.time_zone.clone());
    field(
        &t!("events-field-when"),
        t!(
            "events-when-yours",
            span = span(&e.starts, &e.ends, &mine),
            zone = my_name.as_str()
        ),
        theme.text,
    );
    let zone_name = organizer_zone.iana_name().unwrap_or("UTC").to_string();
    if zone_name != my_name {
        field(
            "",
            t!(
                "events-when-organizers",
                span = span(&e.starts, &e.ends, &organizer_zone),
                zone = zone_name.as_str()
            ),
            theme.dim,
        );
    }
    let town = [e.city.as_str(), e.country.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    if !town.is_empty() {
        field(&t!("events-field-where"), town, theme.text);
    }
    if !e.online.is_empty() {
        field(&t!("events-field-online"), e.online.clone(), theme.text);
    }
    if let Some(deadline) = e.deadline {
        let until = e
            .deadline_at()
            .map(|at| when::until(now, at))
            .unwrap_or_default();
        let style = if deadline_soon(e, now) {
            theme.unread
        } else {
            theme.text
        };
        let text = if e.deadline_at().is_some_and(|at| at > now) {
            t!(
                "events-deadline-closes",
                date = deadline.weekday_date(),
                until = until.as_str()
            )
        } else {
            t!("events-deadline-passed", date = deadline.weekday_date())
        };
        field(&t!("events-field-deadline"), text, style);
    }
    let c = &e.classification;
    if !c.strategies.is_empty() {
        let value = stoa_present::terms::stream_in_full(c);
        field(&t!("events-field-strategy"), value, theme.text);
    }
    if let Some(r) = c.region {
        field(
            &t!("events-field-region"),
            stoa_present::terms::region(r),
            theme.text,
        );
    }
    if !c.competencies.is_empty() {
        // "Competencies" is wider than this screen's labels.
        field(
            &t!("events-field-competency"),
            stoa_present::terms::competencies(&c.competencies),
            theme.text,
        );
    }
    if !c.audiences.is_empty() {
        field(
            &t!("events-field-audience"),
            stoa_present::terms::audiences(&c.audiences),
            theme.text,
        );
    }
    if !c.tags.is_empty() {
        field(&t!("events-field-tags"), c.tags.join(", "), theme.text);
    }
    if let Some(language) = e.language {
        field(
            &t!("translation-written-in"),
            language.native_name().to_string(),
            theme.text,
        );
    }
    let mut answers = t!("events-answers", going = l.going, interested = l.interested);
    if let Some(mine) = l.mine {
        answers.push_str(&format!(
            " · {}",
            t!("events-answers-yours", answer = mine.label())
        ));
    }
    field(&t!("events-field-answers"), answers, theme.text);
    lines.push(Line::from(""));
    lines.extend(stoa_present::markdown::render(
        &e.description,
        measure,
        "",
        theme,
    ));
    lines.push(Line::from(""));
    lines.push(Line::styled(
        text::fit(
            &t!(
                "events-posted-by-on",
                name = e.posted_by.as_str(),
                date = e.published_at.to_zoned(mine).short_date()
            ),
            width,
        ),
        theme.dim,
    ));
    lines
}
