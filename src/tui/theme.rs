//! Colours and emphasis in one place. Selection is always reverse video as well as
//! colour, so it shows on monochrome terminals too. The monochrome theme uses no
//! colour at all, only bold, underline and reverse video; it is chosen from what
//! the member's own terminal says about itself (see [`Theme::for_client`]).

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

impl Theme {
    /// No colour: emphasis by bold, underline and reverse video only, for
    /// terminals without colour and members who set `NO_COLOR`.
    pub fn monochrome() -> Theme {
        let plain = Style::new();
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            header: Style::new().add_modifier(Modifier::REVERSED),
            title: bold,
            heading: bold,
            text: plain,
            dim: plain,
            selected: Style::new().add_modifier(Modifier::REVERSED),
            key: bold,
            error: bold,
            ok: plain,
            input: Style::new().add_modifier(Modifier::UNDERLINED),
            input_focused: Style::new().add_modifier(Modifier::UNDERLINED),
            label_focused: bold,
            border: plain,
            code: plain,
            quote: plain,
            unread: bold,
        }
    }

    /// The theme for a client, from what it sent: its `TERM` (with the pty) and
    /// the `NO_COLOR` variable (which OpenSSH sends when told to, with
    /// `SendEnv NO_COLOR`). Never the server's own environment.
    pub fn for_client(term: Option<&str>, no_color: bool) -> Theme {
        let colourless = matches!(
            term.map(str::to_ascii_lowercase).as_deref(),
            Some("dumb" | "vt100" | "vt102" | "vt220" | "ansi-mono" | "xterm-mono")
        );
        if no_color || colourless {
            Theme::monochrome()
        } else {
            Theme::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_client_decides_whether_colour_is_used() {
        let coloured = |t: &Theme| t.selected.fg.is_some();
        assert!(coloured(&Theme::for_client(Some("xterm-256color"), false)));
        assert!(coloured(&Theme::for_client(None, false)));
        assert!(!coloured(&Theme::for_client(Some("xterm-256color"), true)));
        assert!(!coloured(&Theme::for_client(Some("VT100"), false)));
        assert!(!coloured(&Theme::for_client(Some("dumb"), false)));
    }
}
