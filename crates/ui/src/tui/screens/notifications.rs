//! The notification centre (`g` then `!`): what concerns the member, newest
//! first, and the alerts they saved on the boards. `Enter` opens a notification's
//! target and marks it read.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use stoa_present::t;

use super::View;
use super::changes;
use super::list::{Listed, entries, tab_line};
use super::{Ctx, Screen, Step, common};
use crate::tui::app::{Job, Outcome};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::LastPlace;
use stoa_core::domain::Notification;
use stoa_core::forum::Change;
use stoa_core::forum::alerts::Alert;
use stoa_core::forum::events::viewer_zone;
use stoa_present::keys::Input;
use stoa_present::text;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Notifications,
    Alerts,
}

pub struct NotificationCentre {
    tab: Tab,
    notices: Listed<Notification>,
    alerts: Listed<(u64, Alert)>,
}

const NOTICES: &[Binding] = &[
    keymap::UP,
    keymap::DOWN,
    keymap::OPEN,
    keymap::MARK_READ,
    keymap::MARK_ALL_READ,
    Binding {
        short: "key-alerts",
        help: "key-help-to-your-saved-alerts-and-back",
        ..keymap::NEXT_TAB
    },
    keymap::BACK,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    keymap::TOP,
    keymap::BOTTOM,
    keymap::GOTO,
    keymap::HELP,
];

const ALERTS: &[Binding] = &[
    keymap::UP,
    keymap::DOWN,
    keymap::REMOVE_ALERT,
    Binding {
        short: "key-notifications",
        help: "key-help-back-to-your-notifications",
        ..keymap::NEXT_TAB
    },
    keymap::BACK,
    keymap::GOTO,
    keymap::HELP,
];

impl NotificationCentre {
    pub fn new(ctx: &Ctx) -> NotificationCentre {
        let mut centre = NotificationCentre {
            tab: Tab::Notifications,
            notices: Listed::default(),
            alerts: Listed::default(),
        };
        centre.reload(ctx);
        centre
    }
}

impl View for NotificationCentre {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("notifications-title")
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        match self.tab {
            Tab::Notifications => NOTICES,
            Tab::Alerts => ALERTS,
        }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        let action = action_for(*key, &[self.bindings(ctx), &[keymap::PREV_TAB]]);
        let moved = match (self.tab, action) {
            (Tab::Notifications, Some(a)) => self.notices.apply(a),
            (Tab::Alerts, Some(a)) => self.alerts.apply(a),
            (_, None) => false,
        };
        if moved {
            return Step::Stay;
        }
        match action {
            Some(Action::NextTab | Action::PrevTab) => {
                self.tab = match self.tab {
                    Tab::Notifications => Tab::Alerts,
                    Tab::Alerts => Tab::Notifications,
                };
                Step::Stay
            }
            Some(Action::Open) => match self.notices.selected() {
                Some(n) => {
                    let (id, target) = (n.id, n.target.clone());
                    if !n.read {
                        // Read marks are no promise: no need to wait for them.
                        let _ = ctx.forum.mark_notifications(ctx.viewer, &[id], true);
                    }
                    Step::Open(Box::new(Screen::for_target(&target, ctx)))
                }
                None => Step::Ignored,
            },
            Some(Action::MarkRead) => match self.notices.selected() {
                Some(n) => {
                    let read = !n.read;
                    match ctx.forum.mark_notifications(ctx.viewer, &[n.id], read) {
                        Ok(_) => {
                            self.reload(ctx);
                            Step::Stay
                        }
                        Err(e) => Step::error(e.to_string()),
                    }
                }
                None => Step::Ignored,
            },
            Some(Action::MarkAllRead) => match ctx.forum.mark_all_notifications_read(ctx.viewer) {
                Ok(n) => {
                    self.reload(ctx);
                    Step::Flash {
                        text: t!("notifications-marked-read", n = n),
                        error: false,
                    }
                }
                Err(e) => Step::error(e.to_string()),
            },
            Some(Action::Delete) => match self.alerts.selected() {
                Some((id, alert)) => {
                    let (viewer, id, about) = (ctx.viewer.clone(), *id, alert.describe());
                    Step::Run {
                        busy: "busy-removing-the-alert",
                        job: Job::done(move |forum| {
                            forum.remove_alert(&viewer, id)?;
                            Ok(Outcome::said(format!("Alert removed: {about}."), 0))
                        }),
                    }
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
        let [tabs, intro, body] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
        ])
        .areas(area);
        let unread = self.notices.items.iter().filter(|n| !n.read).count();
        let labels = vec![
            t!("notifications-tab", n = unread),
            t!("alerts-tab", n = self.alerts.items.len()),
        ];
        let shown = usize::from(self.tab == Tab::Alerts);
        frame.render_widget(Paragraph::new(tab_line(labels, shown, theme)), tabs);
        let (about, problem, empty) = match self.tab {
            Tab::Notifications => (
                t!("notifications-about"),
                &self.notices.problem,
                self.notices.items.is_empty(),
            ),
            Tab::Alerts => (
                t!("alerts-about"),
                &self.alerts.problem,
                self.alerts.items.is_empty(),
            ),
        };
        frame.render_widget(
            Paragraph::new(Line::styled(text::fit(&about, width), theme.dim)),
            intro,
        );
        let mut lines = Vec::new();
        if let Some(problem) = problem {
            lines.push(Line::styled(text::fit(problem, width), theme.error));
        } else if empty {
            lines.push(Line::styled(
                match self.tab {
                    Tab::Notifications => t!("notifications-none"),
                    Tab::Alerts => t!("alerts-none"),
                },
                theme.dim,
            ));
            frame.render_widget(
                Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: true }),
                body,
            );
            return;
        }
        let rows = usize::from(body.height).saturating_sub(lines.len());
        match self.tab {
            Tab::Notifications => {
                let zone = viewer_zone(ctx.viewer);
                lines.extend(entries(
                    &self.notices.selection,
                    self.notices.items.len(),
                    rows,
                    2,
                    |i, selected| {
                        let n = &self.notices.items[i];
                        let mark = if n.read { "  " } else { "● " };
                        let head = text::fit(
                            &format!(
                                "{}{mark}{}",
                                if selected { ">" } else { " " },
                                stoa_present::notice::summary(n)
                            ),
                            width,
                        );
                        let style = match (selected, n.read) {
                            (true, _) => theme.selected,
                            (false, false) => theme.unread,
                            (false, true) => theme.text,
                        };
                        let when = stoa_present::when::weekday_day_month_time(
                            &n.at.to_zoned(zone.clone()),
                        );
                        vec![
                            Line::styled(head, style),
                            Line::styled(
                                text::fit(
                                    &format!(
                                        "     {when} · {}",
                                        stoa_present::lang::text(&format!(
                                            "notice-kind-{}",
                                            n.kind.as_str()
                                        ))
                                    ),
                                    width,
                                ),
                                theme.dim,
                            ),
                        ]
                    },
                ));
            }
            Tab::Alerts => lines.extend(entries(
                &self.alerts.selection,
                self.alerts.items.len(),
                rows,
                1,
                |i, selected| {
                    let (_, alert) = &self.alerts.items[i];
                    let row = text::fit(
                        &format!(
                            "{}{}",
                            if selected { "> " } else { "  " },
                            text::capitalised(&alert.describe())
                        ),
                        width,
                    );
                    vec![if selected {
                        Line::styled(row, theme.selected)
                    } else {
                        Line::styled(row, theme.text)
                    }]
                },
            )),
        }
        frame.render_widget(Paragraph::new(lines), body);
    }

    fn concerns(&self, change: &Change, ctx: &Ctx) -> bool {
        changes::my_notices(change, ctx)
    }

    fn reload(&mut self, ctx: &Ctx) {
        self.notices.load(ctx.forum.notifications(ctx.viewer));
        self.alerts.load(ctx.forum.alerts(ctx.viewer));
    }

    fn last_place(&self) -> Option<LastPlace> {
        Some(LastPlace::Notifications)
    }
}
