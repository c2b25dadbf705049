//! What frames every screen: the header line, the status line and the key footer.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::app::Flash;
use super::keymap::{Action, Binding};
use stoa_core::forum::Viewer;
use stoa_present::theme::Theme;
use stoa_present::{lang, t, text};

pub fn header(
    frame: &mut Frame,
    area: Rect,
    site: &str,
    title: &str,
    viewer: &Viewer,
    (unread, messages): (usize, usize),
    theme: &Theme,
) {
    let who = match viewer {
        Viewer::Guest { .. } => t!("header-guest"),
        // The unread counts first, so that a narrow header keeps them.
        Viewer::Member { account, .. } => {
            // Counted up to a thousand: past that, "999+".
            // A number, so that the catalogue chooses its plural.
            let count = |n: usize| {
                if n > 999 {
                    lang::Value::from("999+")
                } else {
                    lang::Value::from(n)
                }
            };
            let mut who = String::new();
            if unread > 0 {
                who.push_str(&format!("{} · ", t!("header-new", n = count(unread))));
            }
            if messages > 0 {
                who.push_str(&format!(
                    "{} · ",
                    t!("header-messages", n = count(messages))
                ));
            }
            // Both counts leave no room for the role on 80 columns: the name stays.
            if unread > 0 && messages > 0 {
                format!("{who}{}", account.username)
            } else {
                let role = lang::text(&format!("role-{}", account.role));
                format!("{who}{} · {role}", account.username)
            }
        }
    };
    let width = usize::from(area.width);
    let who = text::fit(&who, width / 2);
    let left_room = width.saturating_sub(who.width() + 3);
    let left = text::fit(&format!(" {site} · {title}"), left_room);
    let gap = width.saturating_sub(left.width() + who.width() + 1);
    let line = format!("{left}{}{who} ", " ".repeat(gap));
    frame.render_widget(Paragraph::new(line).style(theme.header), area);
}

pub fn status(
    frame: &mut Frame,
    area: Rect,
    busy: Option<&str>,
    flash: Option<&Flash>,
    theme: &Theme,
) {
    let width = usize::from(area.width.saturating_sub(1));
    let (message, style) = match (busy, flash) {
        (Some(busy), _) => (busy, theme.dim),
        (None, Some(flash)) => (
            flash.text.as_str(),
            if flash.error { theme.error } else { theme.ok },
        ),
        (None, None) => return,
    };
    let rows = usize::from(area.height.max(1));
    let mut wrapped = text::wrap(message, width);
    if wrapped.len() > rows {
        // What does not fit ends the last row with an ellipsis.
        let rest = wrapped.split_off(rows - 1).join(" ");
        wrapped.push(rest);
    }
    let lines: Vec<Line> = wrapped
        .iter()
        .map(|line| {
            Line::from(vec![
                Span::raw(" "),
                Span::styled(text::fit(line, width), style),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// The rows the status line takes: as many as its message needs, wrapped, so
/// that a refusal or a confirmation is read whole; at most a third of the
/// screen (four rows), past which the last row ends in "…".
pub fn status_height(width: u16, height: u16, busy: Option<&str>, flash: Option<&Flash>) -> u16 {
    let message = busy.or(flash.map(|f| f.text.as_str()));
    let needed = message.map_or(1, |m| {
        text::wrap(m, usize::from(width.saturating_sub(1))).len()
    });
    let most = (height / 3).clamp(1, 4);
    (needed as u16).clamp(1, most)
}

/// The keys that work here, as many as fit, in the screen's order.
/// The keys of the screen, most used first, as many as fit; help (`?`, or F1
/// in a form) always among them, so a footer cut short still says where the
/// rest are.
pub fn footer(frame: &mut Frame, area: Rect, bindings: &[Binding], theme: &Theme) {
    let width = usize::from(area.width);
    let shown: Vec<(&Binding, String)> = bindings
        .iter()
        .filter(|b| !b.short.is_empty())
        .map(|b| (b, lang::text(b.short)))
        .collect();
    let help = shown.iter().position(|(b, _)| b.action == Action::Help);
    let cost = |(b, short): &(&Binding, String)| 2 + b.label.width() + 1 + short.width();
    let help_cost = help.map_or(0, |i| cost(&shown[i]));
    let mut picked = Vec::new();
    let mut used = 1;
    for (i, binding) in shown.iter().enumerate() {
        if Some(i) == help {
            continue;
        }
        if used + cost(binding) + help_cost > width + 2 {
            break;
        }
        picked.push(i);
        used += cost(binding);
    }
    if let Some(i) = help {
        // In its own place when everything fits, else last.
        let at = picked.iter().position(|&p| p > i).unwrap_or(picked.len());
        picked.insert(at, i);
    }
    let mut spans = vec![Span::raw(" ")];
    for (n, i) in picked.into_iter().enumerate() {
        let (binding, short) = &shown[i];
        if n > 0 {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(binding.label, theme.key));
        spans.push(Span::styled(format!(" {short}"), theme.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

pub fn too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let message = t!(
        "chrome-too-small",
        size = format!("{}×{}", area.width, area.height),
        need = format!("{}×{}", super::MIN_WIDTH, super::MIN_HEIGHT)
    );
    let line = text::fit(&message, area.width.into());
    frame.render_widget(
        Paragraph::new(line).style(theme.error),
        Rect::new(area.x, area.y, area.width, 1),
    );
}
