//! Members, as the committee manages them: each account's role and any mute or
//! ban. Moderators mute (`m`), ban (`b`) and lift (`l`); admins also change
//! roles (`R`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::super::list::Listed;
use super::super::reason_form::{Act, ReasonForm};
use super::super::{Ctx, Screen, Step, common};
use crate::tui::keymap::{self, Action, Binding, action_for};
use std::sync::LazyLock;
use stoa_core::domain::{Account, SanctionKind};

use stoa_core::forum::Capability;
use stoa_present::keys::Input;
use stoa_present::t;
use stoa_present::text;
use stoa_present::when::Times;

#[derive(Default)]
pub struct Members {
    list: Listed<Account>,
}

const MODERATOR: &[Binding] = &[
    keymap::UP,
    keymap::DOWN,
    keymap::BACK,
    keymap::MUTE,
    keymap::BAN,
    keymap::LIFT,
    keymap::NEXT_TAB,
    keymap::PREV_TAB,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    keymap::TOP,
    keymap::BOTTOM,
    keymap::GOTO,
    keymap::HELP,
];
const ADMIN: &[Binding] = &[
    keymap::UP,
    keymap::DOWN,
    keymap::BACK,
    keymap::MUTE,
    keymap::BAN,
    keymap::LIFT,
    keymap::CHANGE_ROLE,
    keymap::NEXT_TAB,
    keymap::PREV_TAB,
    keymap::PAGE_UP,
    keymap::PAGE_DOWN,
    keymap::TOP,
    keymap::BOTTOM,
    keymap::GOTO,
    keymap::HELP,
];

const SANCTIONS: &[Binding] = &[keymap::MUTE, keymap::BAN, keymap::LIFT];
static ADMIN_ONLY_ROLES: LazyLock<Vec<Binding>> =
    LazyLock::new(|| keymap::without(ADMIN, SANCTIONS));
static MODERATOR_READING: LazyLock<Vec<Binding>> =
    LazyLock::new(|| keymap::without(MODERATOR, SANCTIONS));

impl Members {
    pub fn new(ctx: &Ctx) -> Members {
        let mut members = Members::default();
        members.refresh(ctx);
        members
    }

    /// Mute, ban and lift are offered on the rows the forum would accept them
    /// for: not one's own, not an admin's, not a peer's for a moderator.
    pub fn bindings(&self, ctx: &Ctx) -> &'static [Binding] {
        let admin = ctx.forum.may(ctx.viewer, Capability::ChangeRoles);
        let sanctions = self
            .list
            .selected()
            .is_some_and(|a| ctx.forum.may_sanction(ctx.viewer, a));
        match (admin, sanctions) {
            (true, true) => ADMIN,
            (true, false) => &ADMIN_ONLY_ROLES,
            (false, true) => MODERATOR,
            (false, false) => &MODERATOR_READING,
        }
    }

    pub fn refresh(&mut self, ctx: &Ctx) {
        self.list.load(ctx.forum.accounts_for_committee(ctx.viewer));
    }

    pub fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        let Some(action) = action_for(*key, &[self.bindings(ctx)]) else {
            return Step::Ignored;
        };
        if self.list.apply(action) {
            return Step::Stay;
        }
        let Some(account) = self.list.selected() else {
            return common(action);
        };
        let username = account.username.clone();
        let act = match action {
            Action::NextTab => return Step::Tab(true),
            Action::PrevTab => return Step::Tab(false),
            Action::Mute => Act::Sanction {
                username,
                kind: SanctionKind::Muted,
            },
            Action::Ban => Act::Sanction {
                username,
                kind: SanctionKind::Banned,
            },
            Action::Lift if account.sanction.is_none() => {
                return Step::error(t!(
                    "moderation-member-not-sanctioned",
                    name = username.as_str()
                ));
            }
            Action::Lift => Act::Lift { username },
            Action::ChangeRole => Act::Role {
                username,
                current: account.role,
            },
            other => return common(other),
        };
        let about = format!(
            "{} ({}), {}",
            account.display_name,
            account.username,
            stoa_present::lang::text(&format!("role-{}", account.role))
        );
        Step::Open(Box::new(Screen::ReasonForm(Box::new(ReasonForm::new(
            act, &about, ctx,
        )))))
    }

    pub fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let now = ctx.forum.now();
        let mut lines = Vec::new();
        if let Some(problem) = &self.list.problem {
            lines.push(Line::styled(text::fit(problem, width), theme.error));
        }
        lines.extend(super::entries(
            &self.list.selection,
            self.list.items.len(),
            usize::from(area.height),
            1,
            |i, selected| {
                let a = &self.list.items[i];
                let sanction = a
                    .sanction_at(now)
                    .map(|s| {
                        let zone = ctx.viewer.account().map_or("UTC", |a| a.time_zone.as_str());
                        let zone = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
                        let until = s.until.map(|t| {
                            let at = t.to_zoned(zone);
                            format!("{} {}", at.day_and_time(), at.strftime("%Z"))
                        });
                        match (s.kind, until) {
                            (SanctionKind::Muted, Some(when)) => {
                                t!("moderation-muted-until", when = when)
                            }
                            (SanctionKind::Banned, Some(when)) => {
                                t!("moderation-banned-until", when = when)
                            }
                            (SanctionKind::Muted, None) => t!("moderation-muted-until-lifted"),
                            (SanctionKind::Banned, None) => t!("moderation-banned-until-lifted"),
                        }
                    })
                    .unwrap_or_default();
                // Columns by display width (a role in Chinese is two cells a
                // character); the role's column was unpadded before, as
                // `Role`'s Display ignores a width.
                let row = format!(
                    "{}{} {} {} {}",
                    if selected { "> " } else { "  " },
                    text::column(&a.username, 14),
                    text::column(&a.display_name, 18),
                    text::column(&stoa_present::lang::text(&format!("role-{}", a.role)), 10),
                    sanction
                );
                let row = text::fit(&row, width);
                let style = match (selected, a.sanction_at(now).is_some()) {
                    (true, _) => theme.selected,
                    (false, true) => theme.error,
                    (false, false) => theme.text,
                };
                let row = if selected {
                    format!("{row:<width$}")
                } else {
                    row
                };
                vec![Line::styled(row, style)]
            },
        ));
        frame.render_widget(Paragraph::new(lines), area);
    }
}
