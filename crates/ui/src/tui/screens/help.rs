//! Help for the screen beneath: its keys, then how Stoa works in general.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::View;
use super::list::Scroll;
use super::{Ctx, Step, common};
use crate::tui::keymap::{self, Binding, action_for};
use stoa_core::domain::Language;
use stoa_present::keys::Input;
use stoa_present::text;

const GENERAL: &str = include_str!("../../../../../assets/help.txt");

/// The general help in each language (`assets/locales/<code>/help.txt`, in
/// [`Language::ALL`]'s order after English); an empty file is English.
const TRANSLATED: [&str; 5] = [
    include_str!("../../../../../assets/locales/fr/help.txt"),
    include_str!("../../../../../assets/locales/es/help.txt"),
    include_str!("../../../../../assets/locales/ru/help.txt"),
    include_str!("../../../../../assets/locales/zh/help.txt"),
    include_str!("../../../../../assets/locales/ar/help.txt"),
];

/// The general help in the session's language.
fn general_text() -> &'static str {
    let language = stoa_present::lang::current();
    let i = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    match i.checked_sub(1).and_then(|i| TRANSLATED.get(i)) {
        Some(text) if !text.trim().is_empty() => text,
        _ => GENERAL,
    }
}

/// The keys `assets/help.txt` names by their binding, so the text follows
/// the keymap and never names a key that now means something else.
const NAMED_KEYS: &[(&str, keymap::Binding)] = &[
    ("{DISCUSS}", keymap::DISCUSS),
    ("{CHANGE_LEVEL}", keymap::CHANGE_LEVEL),
    ("{PROPOSE_PRACTICE}", keymap::PROPOSE_PRACTICE),
    ("{LOCK}", keymap::LOCK),
    ("{PIN}", keymap::PIN),
    ("{MOVE_THREAD}", keymap::MOVE_THREAD),
    ("{DISMISS}", keymap::DISMISS),
    ("{MUTE}", keymap::MUTE),
];

/// The general help with its keys and the forum's address filled in.
fn general(ctx: &Ctx) -> String {
    let mut text = general_text()
        .replace("{SSH_AS_YOU}", &ctx.forum.site().ssh(Some("YOURNAME")))
        .replace("{SSH}", &ctx.forum.site().ssh(None));
    for (name, binding) in NAMED_KEYS {
        text = text.replace(name, binding.label);
    }
    text
}

pub struct Help {
    about: String,
    keys: Vec<(&'static str, String)>,
    scroll: Scroll,
}

impl Help {
    pub const BINDINGS: &[Binding] = &[
        keymap::SCROLL_UP,
        keymap::DOWN,
        keymap::PAGE_UP,
        keymap::PAGE_DOWN,
        keymap::TOP,
        keymap::BOTTOM,
        keymap::BACK,
    ];

    pub fn new(about: &str, bindings: &[Binding]) -> Help {
        Help {
            about: about.to_string(),
            keys: bindings
                .iter()
                .filter(|b| !b.help.is_empty())
                .map(|b| (b.label, stoa_present::lang::text(b.help)))
                .collect(),
            scroll: Scroll::default(),
        }
    }

    pub fn about(&self) -> &str {
        &self.about
    }
}

impl View for Help {
    fn title(&self, _ctx: &Ctx) -> String {
        stoa_present::t!("help-title", about = self.about())
    }

    fn bindings(&self, _ctx: &Ctx) -> &'static [Binding] {
        Help::BINDINGS
    }

    fn handle(&mut self, input: &Input, _ctx: &Ctx) -> Step {
        let Input::Key(key) = input else {
            return Step::Ignored;
        };
        match action_for(*key, &[Self::BINDINGS]) {
            Some(action) if self.scroll.apply(action) => Step::Stay,
            Some(action) => common(action),
            None => Step::Ignored,
        }
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let width = usize::from(area.width);
        let mut lines = vec![Line::styled(
            text::fit(
                &stoa_present::t!("help-keys-on", about = self.about.as_str()),
                width,
            ),
            ctx.theme.heading,
        )];
        let label_width = self
            .keys
            .iter()
            .map(|(l, _)| text::width(l))
            .max()
            .unwrap_or(0)
            + 2;
        // Each key's help wrapped under itself, never cut off.
        let room = width.saturating_sub(label_width + 2).max(10);
        for (label, help) in &self.keys {
            for (i, part) in text::wrap(help, room).into_iter().enumerate() {
                let key: &str = if i == 0 { label } else { "" };
                lines.push(Line::from(vec![
                    Span::styled(
                        format!("  {}", text::column(key, label_width)),
                        ctx.theme.key,
                    ),
                    Span::raw(part),
                ]));
            }
        }
        lines.push(Line::from(""));
        lines.push(Line::styled(
            stoa_present::t!("help-everywhere"),
            ctx.theme.heading,
        ));
        let general = general(ctx);
        for paragraph in general.lines() {
            if paragraph.starts_with("  ") && text::width(paragraph) <= width {
                // A key and what it does, in columns as the file has them.
                lines.push(Line::from(paragraph.to_string()));
            } else if let Some(item) = paragraph.strip_prefix("  ") {
                // Too wide: wrapped, the rest under the description's column.
                let key_end = item.find("  ").unwrap_or(0);
                let column = item[key_end..]
                    .find(|c: char| c != ' ')
                    .map_or(0, |n| key_end + n);
                let (key, what) = item.split_at(column);
                let room = width.saturating_sub(column + 2).max(10);
                for (i, part) in text::wrap(what, room).into_iter().enumerate() {
                    let lead = if i == 0 {
                        key.to_string()
                    } else {
                        " ".repeat(column)
                    };
                    lines.push(Line::from(format!("  {lead}{part}")));
                }
            } else if paragraph.is_empty() {
                lines.push(Line::from(""));
            } else if paragraph.len() < 30 {
                lines.push(Line::styled(text::fit(paragraph, width), ctx.theme.title));
            } else {
                lines.extend(
                    text::wrap(paragraph, width.min(text::MEASURE))
                        .into_iter()
                        .map(Line::from),
                );
            }
        }
        let rows = usize::from(area.height);
        let first = self.scroll.first_line(rows, lines.len());
        let shown: Vec<Line> = lines.into_iter().skip(first).take(rows).collect();
        frame.render_widget(Paragraph::new(shown), area);
    }
}

#[cfg(test)]
mod general_help_tests {
    #[test]
    fn every_key_the_help_names_by_binding_is_filled_in() {
        let mut text = super::GENERAL
            .replace("{SSH_AS_YOU}", "")
            .replace("{SSH}", "");
        for (name, binding) in super::NAMED_KEYS {
            text = text.replace(name, binding.label);
        }
        // A placeholder left over would show as written.
        assert!(!text.contains('{') && !text.contains('}'), "{text}");
        // The hand-written letters the keymap moved are gone.
        assert!(!text.contains("  d              on an entry"), "{text}");
        assert!(!text.contains("ssh -p 2222"), "{text}");
    }
}
