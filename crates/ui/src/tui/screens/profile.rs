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
use stoa_core::domain::{Account, Preferences, Setting};
use stoa_core::forum::Change;
use stoa_present::keys::Input;
use stoa_present::t;
use stoa_present::{terms, text};

#[derive(Default)]
pub struct Profile {
    keys: Selection,
}

/// A day as the member reads it, in their own time zone.
/// The display settings in a line: only those set by hand are named.
fn display_summary(p: &Preferences) -> String {
    let named = [
        (t!("profile-display-colour"), p.colour),
        (t!("profile-display-ascii"), p.ascii),
        (t!("profile-display-plain"), p.plain),
        (t!("profile-display-bell"), p.bell),
    ];
    let set: Vec<String> = named
        .iter()
        .filter(|(_, s)| *s != Setting::Automatic)
        .map(|(name, s)| {
            t!(
                "profile-display-set",
                name = name.as_str(),
                setting = stoa_present::lang::text(&format!("setting-{}", s.label()))
            )
        })
        .collect();
    let summary = match set.len() {
        0 => t!("profile-display-all-automatic"),
        n if n == named.len() => t!("profile-display-all-set", settings = set.join(", ")),
        _ => t!("profile-display-some-set", settings = set.join(", ")),
    };
    match first_languages(p) {
        Some(first) => format!("{summary} · {first}"),
        None => summary,
    }
}

/// "Français, Español first in lists", when the member chose languages.
fn first_languages(p: &Preferences) -> Option<String> {
    if p.first.is_empty() {
        return None;
    }
    Some(t!(
        "profile-display-first",
        names = stoa_present::translated::names(p.first)
    ))
}

pub fn day(at: Timestamp, time_zone: &str) -> String {
    stoa_present::when::date(at, time_zone)
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
            return Step::error(t!("profile-only-way-to-log-in"));
        }
        let named = if key.comment.is_empty() {
            key.fingerprint.clone()
        } else {
            format!("{} ({})", key.fingerprint, key.comment)
        };
        Step::Confirm(Confirm {
            question: if ctx.login_key == Some(key.fingerprint.as_str()) {
                t!("profile-remove-session-key-question", key = named)
            } else {
                t!("profile-remove-key-question", key = named)
            },
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
                let no_comment = t!("profile-no-comment");
                let comment: &str = if key.comment.is_empty() {
                    &no_comment
                } else {
                    &key.comment
                };
                let mut row = format!(
                    "{}{kind:<20} {}  {}",
                    if i == self.keys.index { "> " } else { "  " },
                    text::fit(comment, 24),
                    t!("profile-key-added", date = day(key.added_at, &a.time_zone)),
                );
                if ctx.login_key == Some(key.fingerprint.as_str()) {
                    row.push_str(&format!("  {}", t!("profile-this-session")));
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
                Span::styled(format!("{:<14}", t!("profile-fingerprint")), ctx.theme.dim),
                Span::raw(text::fit(&key.fingerprint, width.saturating_sub(14))),
            ]);
            frame.render_widget(Paragraph::new(vec![Line::from(""), line]), detail);
        }
    }
}

impl View for Profile {
    fn title(&self, _ctx: &Ctx) -> String {
        t!("profile-title")
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
                Span::styled(
                    format!(
                        "  @{} · {}",
                        a.username,
                        stoa_present::lang::text(&format!("role-{}", a.role))
                    ),
                    theme.dim,
                ),
            ]),
            Line::from(""),
            field(
                &t!("signup-organization"),
                if a.organization.is_empty() {
                    t!("profile-none")
                } else {
                    a.organization.clone()
                },
            ),
            field(&t!("profile-region"), terms::region(a.region)),
            field(
                &t!("profile-competencies"),
                if a.competencies.is_empty() {
                    t!("profile-no-competencies")
                } else {
                    terms::competencies(&a.competencies)
                },
            ),
            field(&t!("signup-time-zone"), {
                let tz = TimeZone::get(&a.time_zone).unwrap_or(TimeZone::UTC);
                let now = ctx.forum.now().to_zoned(tz).strftime("%H:%M").to_string();
                t!(
                    "profile-time-zone-now",
                    zone = a.time_zone.as_str(),
                    now = now
                )
            }),
            field(&t!("profile-member-since"), day(a.created_at, &a.time_zone)),
            field(
                &t!("profile-password"),
                if a.has_password() {
                    t!(
                        "profile-password-set",
                        command = ctx.forum.site().ssh(Some(&a.username))
                    )
                } else {
                    t!("profile-password-not-set")
                },
            ),
            field(&t!("display-title"), display_summary(&a.preferences)),
        ];
        let bio = if a.bio.is_empty() {
            t!("profile-no-bio")
        } else {
            a.bio.clone()
        };
        let bio_lines = text::wrap(&bio, width.saturating_sub(14));
        for (i, line) in bio_lines.iter().take(3).enumerate() {
            lines.push(if i == 0 {
                field(&t!("profile-bio"), line.clone())
            } else {
                field("", line.clone())
            });
        }
        lines.push(Line::from(""));
        lines.push(Line::styled(
            t!("profile-ssh-keys", n = a.keys.len()),
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
        // The languages a member put first are named too.
        p.first = stoa_core::domain::Languages::of([
            stoa_core::domain::Language::Fr,
            stoa_core::domain::Language::Es,
        ]);
        assert_eq!(
            display_summary(&p),
            "colour always, ASCII never, plain never, bell never (v) · Français and Español first in lists"
        );
    }
}
