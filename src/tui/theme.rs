//! Colours and emphasis in one place. Selection is always reverse video as well as
//! colour, so it shows on monochrome terminals too.

use ratatui::style::{Color, Modifier, Style};

#[derive(Clone, Debug)]
pub struct Theme {
    pub header: Style,
    pub title: Style,
    pub heading: Style,
    pub text: Style,
    pub dim: Style,
    pub selected: Style,
    pub key: Style,
    pub error: Style,
    pub ok: Style,
    pub input: Style,
    pub input_focused: Style,
    pub label_focused: Style,
    pub border: Style,
    /// Code in posts.
    pub code: Style,
    /// Quoted text in posts.
    pub quote: Style,
    /// Marks what the reader has not seen yet.
    pub unread: Style,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            header: Style::new().fg(Color::Black).bg(Color::Cyan),
            title: Style::new().add_modifier(Modifier::BOLD),
            heading: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            text: Style::new(),
            dim: Style::new().fg(Color::DarkGray),
            selected: Style::new()
                .fg(Color::Cyan)
                .add_modifier(Modifier::REVERSED),
            key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            error: Style::new().fg(Color::Red),
            ok: Style::new().fg(Color::Green),
            input: Style::new().add_modifier(Modifier::UNDERLINED),
            input_focused: Style::new()
                .fg(Color::White)
                .add_modifier(Modifier::UNDERLINED),
            label_focused: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::DarkGray),
            code: Style::new().fg(Color::Yellow),
            quote: Style::new().fg(Color::Green),
            unread: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
        }
    }
}
