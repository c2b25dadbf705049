//! Colours and emphasis in one place. Selection is always reverse video as well as
//! colour, so it shows on monochrome terminals too. The monochrome theme uses no
//! colour at all, only bold, underline and reverse video; it is chosen from what
//! the member's own terminal says about itself (see [`ClientTerminal`]).

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
    pub fn for_colour(colour: bool) -> Theme {
        if colour {
            Theme::default()
        } else {
            Theme::monochrome()
        }
    }

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
}

/// What a client's terminal told the server about itself: `TERM` (with its pty
/// request), and the variables it sent (`NO_COLOR`, and the locale: `LC_ALL`,
/// `LC_CTYPE` or `LANG`, which OpenSSH sends by default on many systems). Never
/// the server's own environment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClientTerminal {
    pub term: Option<String>,
    pub no_color: bool,
    /// `COLORTERM` was sent (`truecolor`, `24bit`, …): the terminal draws colour
    /// whatever its `TERM` says (a vt100 emulation in a modern terminal).
    #[doc(alias = "COLORTERM")]
    pub colorterm: bool,
    /// The first of `LC_ALL`, `LC_CTYPE`, `LANG` the client sent.
    pub locale: Option<String>,
    /// The variables that name a language (`LANGUAGE`, `LC_ALL`,
    /// `LC_MESSAGES`, `LANG`), as the client sent them.
    pub language_env: Vec<(String, String)>,
}

/// Terminals that show neither colour nor anything beyond ASCII.
const OLD_TERMINALS: &[&str] = &["dumb", "vt52", "vt100", "vt102", "vt220", "ansi-mono"];

impl ClientTerminal {
    fn term(&self) -> String {
        self.term
            .as_deref()
            .unwrap_or_default()
            .to_ascii_lowercase()
    }

    /// No colour for `NO_COLOR` and terminals without colour; colour otherwise.
    pub fn colour(&self) -> bool {
        let term = self.term();
        let colourless = OLD_TERMINALS.contains(&term.as_str()) || term.ends_with("-mono");
        !self.no_color && (self.colorterm || !colourless)
    }

    pub fn theme(&self) -> Theme {
        Theme::for_colour(self.colour())
    }

    /// The interface language the client's locale asks for, if Stoa speaks it.
    pub fn language(&self) -> Option<crate::lang::Language> {
        crate::lang::Language::from_environment(|name| {
            self.language_env
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        })
    }

    /// Keeps a variable the client sent, if it names a language.
    pub fn set_env(&mut self, name: &str, value: &str) {
        if !["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"].contains(&name) {
            return;
        }
        let value: String = value.chars().take(64).collect();
        match self.language_env.iter_mut().find(|(k, _)| k == name) {
            Some(kept) => kept.1 = value,
            None => self.language_env.push((name.to_string(), value)),
        }
    }

    /// Plain mode for a terminal that cannot be drawn on (`TERM=dumb`).
    pub fn plain(&self) -> bool {
        self.term() == "dumb"
    }

    /// ASCII for old terminals, and for a locale that is not UTF-8 (`C`,
    /// `POSIX`, `en_US.ISO-8859-1`); Unicode when nothing says otherwise.
    pub fn ascii(&self) -> bool {
        let term = self.term();
        let utf8 = |l: &str| {
            let l = l.to_ascii_lowercase();
            l.contains("utf-8") || l.contains("utf8")
        };
        let locale_ascii = self.locale.as_deref().is_some_and(|l| !utf8(l));
        // `dumb` says nothing about the characters, only that the cursor
        // cannot move: a screen reader's terminal in a UTF-8 locale (Arabic,
        // Chinese) reads Unicode, so only a dumb terminal without one is ASCII.
        let dumb_in_utf8 = term == "dumb" && self.locale.as_deref().is_some_and(utf8);
        (OLD_TERMINALS.contains(&term.as_str()) && !dumb_in_utf8) || locale_ascii
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_client_decides_colour_and_ascii() {
        let client = |term: &str, no_color: bool, locale: Option<&str>| ClientTerminal {
            term: Some(term.into()),
            no_color,
            colorterm: false,
            locale: locale.map(String::from),
            language_env: Vec::new(),
        };
        let coloured = |c: &ClientTerminal| c.theme().selected.fg.is_some();
        assert!(coloured(&client("xterm-256color", false, None)));
        assert!(coloured(&ClientTerminal::default()));
        assert!(!coloured(&client("xterm-256color", true, None)));
        assert!(!coloured(&client("VT100", false, None)));
        assert!(!coloured(&client("xterm-mono", false, None)));
        // COLORTERM says colour works whatever TERM says; NO_COLOR still wins.
        let vt100_in_colour = ClientTerminal {
            colorterm: true,
            ..client("vt100", false, None)
        };
        assert!(coloured(&vt100_in_colour));
        assert!(!coloured(&ClientTerminal {
            no_color: true,
            ..vt100_in_colour
        }));
        assert!(!client("xterm-256color", false, Some("en_GB.UTF-8")).ascii());
        assert!(!client("xterm-256color", false, None).ascii());
        assert!(client("xterm-256color", false, Some("C")).ascii());
        assert!(client("xterm", false, Some("pt_BR.ISO-8859-1")).ascii());
        assert!(client("vt100", false, Some("en_US.UTF-8")).ascii());
        assert!(client("dumb", false, None).ascii());
        assert!(!client("dumb", false, Some("ar_EG.UTF-8")).ascii());
        assert!(client("dumb", false, Some("C")).ascii());
    }
}
