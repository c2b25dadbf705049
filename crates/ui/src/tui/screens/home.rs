//! The first screen after connecting. A guest sees what Stoa is and how to join; a
//! member sees who they are and the communities.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::View;
use super::changes;
use super::list::CommunityList;
use super::{Ctx, Place, Step, common};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::forum::Capability;
use stoa_core::forum::Change;
use stoa_core::forum::Viewer;
use stoa_present::keys::Input;
use stoa_present::{t, text};
use unicode_width::UnicodeWidthStr;

const BANNER: &str = include_str!("../../../../../assets/banner.txt");

/// `[demo] ` before what the demo loaded, in every screen's list rows.
pub fn demo_label(ctx: &Ctx, mark: &stoa_core::store::DemoMark) -> &'static str {
    if ctx.forum.is_demo(mark) {
        "[demo] "
    } else {
        ""
    }
}

/// The latest three news items, each with whether the demo loaded it.
fn latest_news(ctx: &Ctx) -> Vec<(stoa_core::domain::News, bool)> {
    ctx.forum
        .news(3)
        .unwrap_or_default()
        .into_iter()
        .map(|n| {
            let demo = ctx.forum.is_demo(&stoa_core::store::DemoMark::News(n.id));
            (n, demo)
        })
        .collect()
}

pub struct Home {
    list: CommunityList,
    /// For the editorial committee: submissions waiting, and flagged posts.
    committee_work: Option<(usize, usize)>,
    /// For members: the next event and how many jobs are open.
    coming_up: Option<ComingUp>,
    /// The latest three news items, each with whether the demo loaded it.
    news: Vec<(stoa_core::domain::News, bool)>,
    /// True while the forum still holds demo content: home says so.
    demo: bool,
}

/// What the boards hold for a member, in one line on home.
struct ComingUp {
    /// When (in the member's zone) and what the next event is.
    next_event: Option<(String, String)>,
    open_jobs: usize,
}

/// Signing up first: the one thing a guest's home is for, kept in a narrow
/// footer.
const GUEST: &[Binding] = &[
    keymap::SIGN_UP,
    keymap::UP,
    keymap::DOWN,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    keymap::TOP,
    keymap::BOTTOM,
    keymap::OPEN,
    keymap::SEARCH,
    keymap::GOTO,
    keymap::HELP,
    keymap::QUIT,
];
const MEMBER: &[Binding] = &[
    keymap::UP,
    keymap::DOWN,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    keymap::TOP,
    keymap::BOTTOM,
    keymap::OPEN,
    keymap::JOIN,
    keymap::SEARCH,
    keymap::GOTO,
    keymap::HELP,
    keymap::QUIT,
];

impl Home {
    pub fn new(ctx: &Ctx) -> Home {
        Home {
            list: CommunityList::load(ctx),
            committee_work: committee_work(ctx),
            coming_up: coming_up(ctx),
            news: latest_news(ctx),
            demo: ctx.forum.has_demo(),
        }
    }

    fn render_list(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        if self.list.items.is_empty() {
            frame.render_widget(
                Paragraph::new(Line::styled(
                    text::fit(self.list.empty_message(), usize::from(area.width)),
                    ctx.theme.dim,
                )),
                area,
            );
            return;
        }
        let rows = usize::from(area.height);
        let first = self.list.selection.first_visible(rows);
        let width = usize::from(area.width);
        // A column of • for the communities the member belongs to, when there are any.
        let any_joined = self.list.items.iter().any(|c| c.joined);
        let lines: Vec<Line> = self
            .list
            .items
            .iter()
            .enumerate()
            .skip(first)
            .take(rows)
            .map(|(i, c)| {
                let selected = i == self.list.selection.index;
                let marker = if selected { "> " } else { "  " };
                let joined = match (any_joined, c.joined) {
                    (false, _) => "",
                    (true, true) => "• ",
                    (true, false) => "  ",
                };
                let unread = match c.unread {
                    0 => String::new(),
                    n => format!(" {}", t!("home-community-new", n = n)),
                };
                let name = text::fit(
                    &format!("{marker}{joined}{}", c.community.name),
                    width.saturating_sub(unread.width()),
                );
                let gap = width.saturating_sub(name.width() + unread.width());
                if selected {
                    // Reverse video on the name only: a move redraws less.
                    Line::from(vec![
                        Span::styled(name, ctx.theme.selected),
                        Span::raw(" ".repeat(gap)),
                        Span::styled(unread, ctx.theme.unread),
                    ])
                } else {
                    Line::from(vec![
                        Span::raw(format!("{name}{}", " ".repeat(gap))),
                        Span::styled(unread, ctx.theme.unread),
                    ])
                }
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
    }

    fn render_about(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let Some(summary) = self.list.selected() else {
            return;
        };
        let community = &summary.community;
        let width = usize::from(area.width).min(text::MEASURE);
        let mut lines = Vec::new();
        lines.push(Line::styled(
            text::fit(&community.name, width),
            ctx.theme.title,
        ));
        let room = usize::from(area.height).saturating_sub(lines.len());
        lines.extend(
            text::wrap(&community.description, width)
                .into_iter()
                .take(room)
                .map(|l| Line::styled(l, ctx.theme.dim)),
        );
        frame.render_widget(Paragraph::new(lines), area);
    }
}

impl View for Home {
    fn title(&self, ctx: &Ctx) -> String {
        if ctx.viewer.account().is_none() {
            t!("home-title-guest")
        } else {
            t!("home-title")
        }
    }

    fn bindings(&self, ctx: &Ctx) -> &'static [Binding] {
        match ctx.viewer {
            Viewer::Guest { .. } => GUEST,
            Viewer::Member { .. } => MEMBER,
        }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        let Some(action) = action_for(*key, &[self.bindings(ctx)]) else {
            return Step::Ignored;
        };
        if self.list.apply(action) {
            return Step::Stay;
        }
        match action {
            Action::Open => self.list.open(ctx),
            Action::Join => self.list.toggle_membership(ctx),
            Action::SignUp => match ctx.viewer {
                Viewer::Guest { key: Some(_) } => Step::GoTo(Place::SignUp),
                _ => Step::error(super::NEEDS_KEY),
            },
            other => common(other),
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let mut intro: Vec<Line> = Vec::new();
        match ctx.viewer {
            Viewer::Guest { .. } => {
                if area.height >= 20 {
                    intro.extend(
                        BANNER
                            .lines()
                            .map(|l| Line::styled(text::fit(l, width), theme.heading)),
                    );
                }
                intro.push(Line::styled(
                    text::fit(&ctx.forum.site().tagline, width),
                    theme.title,
                ));
                intro.push(Line::from(""));
                let notice = t!("home-guest-notice");
                intro.extend(
                    text::wrap(&notice, width.min(text::MEASURE))
                        .into_iter()
                        .map(Line::from),
                );
                // The command on a line of its own, never broken, to copy whole.
                intro.push(Line::styled(
                    text::fit(
                        &format!("  {}", ctx.forum.site().ssh(Some("yourname"))),
                        width,
                    ),
                    theme.key,
                ));
            }
            Viewer::Member { account, .. } => {
                intro.push(Line::styled(
                    text::fit(
                        &t!("home-welcome", name = account.display_name.as_str()),
                        width,
                    ),
                    theme.title,
                ));
                let mut about = vec![
                    stoa_present::terms::region(account.region),
                    account.time_zone.clone(),
                ];
                if !account.organization.is_empty() {
                    about.insert(0, account.organization.clone());
                }
                intro.push(Line::styled(
                    text::fit(&about.join(" · "), width),
                    theme.dim,
                ));
                let line = match self.committee_work {
                    Some((queue, flags)) if queue + flags > 0 => Line::styled(
                        text::fit(
                            &t!("home-committee-work", queue = queue, flags = flags),
                            width,
                        ),
                        theme.unread,
                    ),
                    _ => Line::styled(
                        text::fit(
                            &format!("{}: {}", ctx.forum.site().name, ctx.forum.site().tagline),
                            width,
                        ),
                        theme.dim,
                    ),
                };
                intro.push(line);
                if let Some(coming) = &self.coming_up {
                    intro.push(Line::styled(coming.line(width), theme.dim));
                }
            }
        }
        if self.demo {
            let admin = ctx.forum.may(ctx.viewer, Capability::RemoveDemo);
            let line = if admin {
                t!("home-demo-admin")
            } else {
                t!("home-demo")
            };
            intro.push(Line::styled(text::fit(&line, width), theme.unread));
        }
        intro.push(Line::from(""));
        // A guest's home already has the banner and the way in: the news only
        // where there is room for it too.
        let room = ctx.viewer.account().is_some() || area.height >= 40;
        if !self.news.is_empty() && room {
            intro.push(Line::styled(
                text::fit(&t!("home-latest-news"), width),
                theme.heading,
            ));
            let zone = stoa_core::forum::events::viewer_zone(ctx.viewer);
            for (n, demo) in &self.news {
                let day = stoa_present::when::day_month(
                    n.published_at.to_zoned(zone.clone()).date(),
                    true,
                );
                let label = if *demo { "[demo] " } else { "" };
                intro.push(Line::styled(
                    text::fit(&format!("  {day}  {label}{}", n.title), width),
                    theme.text,
                ));
            }
            intro.push(Line::from(""));
        }
        let heading = match ctx.viewer {
            Viewer::Guest { .. } => t!("home-public-communities", n = self.list.items.len()),
            Viewer::Member { .. } => {
                let mine = self.list.items.iter().filter(|c| c.joined).count();
                match mine {
                    0 => t!("home-communities-none-joined", n = self.list.items.len()),
                    n => t!("home-your-communities", n = n),
                }
            }
        };
        intro.push(Line::styled(heading, theme.heading));

        let [top, rest] =
            Layout::vertical([Constraint::Length(intro.len() as u16), Constraint::Min(1)])
                .areas(area);
        frame.render_widget(Paragraph::new(intro), top);
        if area.width >= 100 {
            // Wide: what the selected community is about, beside the list.
            let [list, about] =
                Layout::horizontal([Constraint::Length(56), Constraint::Min(20)]).areas(rest);
            self.render_list(frame, list, ctx);
            self.render_about(frame, about.inner(ratatui::layout::Margin::new(2, 0)), ctx);
        } else {
            // Narrow: the list alone. What a community is about shows when it is
            // opened; a paragraph here would be rewritten on every move, and on
            // a 2G link bytes are time.
            self.render_list(frame, rest, ctx);
        }
    }

    fn concerns(&self, change: &Change, ctx: &Ctx) -> bool {
        let on_committee = ctx.forum.may(ctx.viewer, Capability::ReviewSubmissions);
        changes::lists(change, ctx)
            || changes::boards(change)
            || *change == Change::News
            || (changes::committee_work(change) && on_committee)
            // A role given or taken away changes the committee's line.
            || changes::my_account(change, ctx)
    }

    fn reload(&mut self, ctx: &Ctx) {
        self.list.refresh(ctx);
        self.committee_work = committee_work(ctx);
        self.coming_up = coming_up(ctx);
        self.news = latest_news(ctx);
        self.demo = ctx.forum.has_demo();
    }
}

/// What waits for the committee, when the viewer is on it. Home refreshes on
/// every post, so other members are not sent to the store to be refused.
fn committee_work(ctx: &Ctx) -> Option<(usize, usize)> {
    if !ctx.forum.may(ctx.viewer, Capability::ReviewSubmissions) {
        return None;
    }
    let queue = ctx.forum.review_queue(ctx.viewer).ok()?;
    let flags = ctx.forum.flags_queue(ctx.viewer).ok()?;
    Some((queue.len(), flags.len()))
}

fn coming_up(ctx: &Ctx) -> Option<ComingUp> {
    ctx.viewer.account()?;
    let next = ctx.forum.next_event().ok()?;
    let open_jobs = ctx.forum.open_jobs(&Default::default()).ok()?.len();
    let zone = stoa_core::forum::events::viewer_zone(ctx.viewer);
    let next_event = next.map(|e| {
        let when = e.starts.timestamp().to_zoned(zone);
        (stoa_present::when::weekday_day_month(when.date()), e.title)
    });
    (next_event.is_some() || open_jobs > 0).then_some(ComingUp {
        next_event,
        open_jobs,
    })
}

impl ComingUp {
    /// "Next event Fri 27 Nov: Community health… (g e) · 4 jobs open (g j)", the
    /// title cut to fit `width`.
    fn line(&self, width: usize) -> String {
        let jobs = match self.open_jobs {
            0 => String::new(),
            n => format!(" · {}", t!("home-jobs-open", n = n)),
        };
        match &self.next_event {
            Some((when, title)) => {
                // On a narrow screen the title matters more than the jobs count,
                // and the count more than the words "Next event".
                let (wordy, short) = (
                    t!("home-next-event", when = when.as_str()),
                    format!("{when}: "),
                );
                let tries = [(&wordy, jobs.as_str()), (&wordy, ""), (&short, "")];
                let room = |(head, jobs): &(&String, &str)| {
                    width.saturating_sub(head.width() + jobs.width() + " (g e)".len())
                };
                let chosen = tries
                    .iter()
                    .find(|t| room(t) >= TITLE_AT_LEAST)
                    .unwrap_or(&tries[2]);
                let ((head, jobs), room) = (chosen, room(chosen));
                format!("{head}{} (g e){jobs}", text::fit(title, room))
            }
            None => text::fit(jobs.trim_start_matches(" · "), width),
        }
    }
}

/// Fewest characters of the next event's title worth showing.
const TITLE_AT_LEAST: usize = 12;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_events_title_shows_at_40_columns() {
        let coming = ComingUp {
            next_event: Some(("Mon 30 Nov".into(), "District health forum".into())),
            open_jobs: 4,
        };
        let wide = coming.line(78);
        assert!(wide.contains("District health forum") && wide.contains("4 jobs open"));
        let narrow = coming.line(38);
        assert!(narrow.contains("District hea"), "{narrow}");
        assert!(narrow.width() <= 38, "{narrow}");
    }
}
