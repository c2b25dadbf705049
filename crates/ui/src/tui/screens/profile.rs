//! A member's own profile: who they are to others, and how they log in.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::View;
use super::account_forms::{AddKey, EditProfile, PasswordForm};
use super::list::Selection;
use super::overlay::{Confirm, Confirmed};
use super::{Ctx, Screen, Step, common};
use crate::tui::keymap::{self, Action, Binding, action_for};
use stoa_core::domain::{Account, Competency, Preferences, Setting};
use stoa_core::forum::Change;
use stoa_present::keys::Input;
use stoa_present::text;

#[derive(Default)]
pub struct Profile {
    keys: Selection,
}

/// A day as the member reads it, in their own time zone.
/// The display settings in a line: only those set by hand are named.
fn display_summary(p: &Preferences) -> String {
    let named = [
        ("colour", p.colour),
        ("ASCII", p.ascii),
        ("plain", p.plain),
        ("bell", p.bell),
    ];
    let set: Vec<String> = named
        .iter()
        .filter(|(_, s)| *s != Setting::Automatic)
        .map(|(name, s)| format!("{name} {}", s.label()))
        .collect();
    match set.len() {
        0 => "all automatic, from your terminal (v)".into(),
        n if n == named.len() => format!("{} (v)", set.join(", ")),
        _ => format!("{}; the rest automatic (v)", set.join(", ")),
    }
}

pub fn day(at: Timestamp, time_zone: &str) -> String {
    let tz = TimeZone::get(time_zone).unwrap_or(TimeZone::UTC);
    at.to_zoned(tz).strftime("%-d %b %Y").to_string()
}

impl Profile {
    pub const BINDINGS: &[Binding] = &[
        keymap::EDIT_PROFILE,
        keymap::ADD_KEY,
        keymap::REMOVE_KEY,
        keymap::PASSWORD,
        keymap::DISPLAY,
        keymap::BACK,
        keymap::HELP,
        keymap::GOTO,
        keymap::UP,
        keymap::DOWN,
    ];

    pub fn new() -> Profile {
        Profile::default()
    }

    fn confirm_removal(&self, account: &Account, ctx: &Ctx) -> Step {
        let Some(key) = account.keys.get(self.keys.index) else {
            return Step::Stay;
        };
        if account.keys.len() == 1 && !account.has_password() {
            return Step::error(
                "This is your only way to log in: add another key or set a password first.",
            );
        }
        let this_session = if ctx.login_key == Some(key.fingerprint.as_str()) {
            " You are logged in with it now; this session stays open."
        } else {
            ""
        };
        Step::Confirm(Confirm {
            question: format!(
                "Remove the key {}{}? It will no longer log in to your account.{this_session}",
                key.fingerprint,
                if key.comment.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", key.comment)
                },
            ),
            on_yes: Confirmed::RemoveKey {
                fingerprint: key.fingerprint.clone(),
            },
        })
    }

    /// One row per key (type, comment, date), and under the list the selected key's
    /// full fingerprint, which members compare with `ssh-keygen -lf`.
    fn render_keys(&self, frame: &mut Frame, area: Rect, a: &Account, ctx: &Ctx) {
        let width = usize::from(area.width);
        let [list, detail] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(2)]).areas(area);
        let rows = usize::from(list.height);
        let first = self.keys.first_visible(rows);
        let lines: Vec<Line> = a
            .keys
            .iter()
            .enumerate()
            .skip(first)
            .take(rows)
            .map(|(i, key)| {
                let kind = key.openssh.split(' ').next().unwrap_or("");
                let comment = if key.comment.is_empty() {
                    "(no comment)"
                } else {
                    &key.comment
                };
                let mut row = format!(
                    "{}{kind:<20} {}  added {}",
                    if i == self.keys.index { "> " } else { "  " },
                    text::fit(comment, 24),
                    day(key.added_at, &a.time_zone),
                );
                if ctx.login_key == Some(key.fingerprint.as_str()) {
                    row.push_str("  (this session)");
                }
                let row = text::fit(&row, width);
                if i == self.keys.index {
                    Line::styled(format!("{row:<width$}"), ctx.theme.selected)
                } else {
                    Line::from(row)
                }
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), list);
        if let Some(key) = a.keys.get(self.keys.index) {
            let line = Line::from(vec![
                Span::styled("Fingerprint   ", ctx.theme.dim),
                Span::raw(text::fit(&key.fingerprint, width.saturating_sub(14))),
            ]);
            frame.render_widget(Paragraph::new(vec![Line::from(""), line]), detail);
        }
    }
}

impl View for Profile {
    fn title(&self, _ctx: &Ctx) -> String {
        "Your profile".into()
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        Profile::BINDINGS
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let Some(account) = ctx.viewer.account() else {
            return Step::Back;
        };
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        let Some(action) = action_for(*key, &[Self::BINDINGS]) else {
            return Step::Ignored;
        };
        if self.keys.apply(action, account.keys.len()) {
            return Step::Stay;
        }
        match action {
            Action::EditProfile => {
                Step::Open(Box::new(Screen::EditProfile(EditProfile::new(account))))
            }
            Action::AddKey => Step::Open(Box::new(Screen::AddKey(AddKey::new()))),
            Action::SetPassword => Step::Open(Box::new(Screen::Password(PasswordForm::new(ctx)))),
            Action::Display => Step::Open(Box::new(Screen::Display(
                super::display_form::DisplayForm::new(account, ctx.client_language),
            ))),
            Action::RemoveKey => self.confirm_removal(account, ctx),
            other => common(other),
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let Some(a) = ctx.viewer.account() else {
            return;
        };
        let theme = ctx.theme;
        let width = usize::from(area.width);
        let field = |label: &str, value: String| {
            Line::from(vec![
                Span::styled(format!("{label:<14}"), theme.dim),
                Span::raw(text::fit(&value, width.saturating_sub(14))),
            ])
        };
        let mut lines = vec![
            Line::from(vec![
                Span::styled(text::fit(&a.display_name, width / 2), theme.title),
                Span::styled(format!("  @{} · {}", a.username, a.role), theme.dim),
            ]),
            Line::from(""),
            field(
                "Organization",
                if a.organization.is_empty() {
                    "(none)".into()
                } else {
                    a.organization.clone()
                },
            ),
            field("Region", a.region.label().into()),
            field(
                "Competencies",
                if a.competencies.is_empty() {
                    "(none: e to add the ones you work with)".into()
                } else {
                    Competency::labels(&a.competencies)
                },
            ),
            field("Time zone", {
                let tz = TimeZone::get(&a.time_zone).unwrap_or(TimeZone::UTC);
                let now = ctx.forum.now().to_zoned(tz).strftime("%H:%M").to_string();
                format!("{} (your time now {now})", a.time_zone)
            }),
            field("Member since", day(a.created_at, &a.time_zone)),
            field(
                "Password",
                if a.has_password() {
                    format!(
                        "set: {} works from any machine",
                        ctx.forum.site().ssh(Some(&a.username))
                    )
                } else {
                    "not set: you log in with your keys only".into()
                },
            ),
            field("Display", display_summary(&a.preferences)),
        ];
        let bio = if a.bio.is_empty() {
            "(empty: e to write a few lines about your work)".to_string()
        } else {
            a.bio.clone()
        };
        let bio_lines = text::wrap(&bio, width.saturating_sub(14));
        for (i, line) in bio_lines.iter().take(3).enumerate() {
            lines.push(if i == 0 {
                field("Bio", line.clone())
            } else {
                field("", line.clone())
            });
        }
        lines.push(Line::from(""));
        lines.push(Line::styled(
            format!("SSH keys ({})", a.keys.len()),
            theme.heading,
        ));

        let [top, keys] =
            Layout::vertical([Constraint::Length(lines.len() as u16), Constraint::Min(1)])
                .areas(area);
        frame.render_widget(Paragraph::new(lines), top);
        self.render_keys(frame, keys, a, ctx);
    }

    fn concerns(&self, change: &Change, _ctx: &Ctx) -> bool {
        matches!(change, Change::Account(_))
    }

    fn reload(&mut self, ctx: &Ctx) {
        if let Some(account) = ctx.viewer.account() {
            self.keys.clamp(account.keys.len());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_display_line_names_only_what_was_set_by_hand() {
        let mut p = Preferences::default();
        assert_eq!(display_summary(&p), "all automatic, from your terminal (v)");
        p.bell = Setting::Never;
        assert_eq!(display_summary(&p), "bell never; the rest automatic (v)");
        p.colour = Setting::Always;
        assert_eq!(
            display_summary(&p),
            "colour always, bell never; the rest automatic (v)"
        );
        p.ascii = Setting::Never;
        p.plain = Setting::Never;
        assert_eq!(
            display_summary(&p),
            "colour always, ASCII never, plain never, bell never (v)"
        );
    }
}
