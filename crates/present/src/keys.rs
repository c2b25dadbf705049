//! Keys as the forum understands them, whatever terminal or transport they came from.

use ratatui_textarea::{Input as TextInput, Key as TextKey};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    Char(char),
    /// Control plus a lowercase letter, e.g. `Ctrl('s')`.
    Ctrl(char),
    Alt(char),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Delete,
    Insert,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    F(u8),
}

/// One thing the person did at the keyboard.
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    Key(Key),
    /// Text pasted in one go (bracketed paste), so newlines in it are not Enter.
    Paste(String),
}

impl Key {
    /// The same key for the text editor widget.
    pub fn to_text_input(self) -> TextInput {
        let (key, ctrl, alt, shift) = match self {
            Key::Char(c) => (TextKey::Char(c), false, false, false),
            Key::Ctrl(c) => (TextKey::Char(c), true, false, false),
            Key::Alt(c) => (TextKey::Char(c), false, true, false),
            Key::Enter => (TextKey::Enter, false, false, false),
            Key::Esc => (TextKey::Esc, false, false, false),
            Key::Tab => (TextKey::Tab, false, false, false),
            Key::BackTab => (TextKey::Tab, false, false, true),
            Key::Backspace => (TextKey::Backspace, false, false, false),
            Key::Delete => (TextKey::Delete, false, false, false),
            Key::Insert => (TextKey::Null, false, false, false),
            Key::Up => (TextKey::Up, false, false, false),
            Key::Down => (TextKey::Down, false, false, false),
            Key::Left => (TextKey::Left, false, false, false),
            Key::Right => (TextKey::Right, false, false, false),
            Key::Home => (TextKey::Home, false, false, false),
            Key::End => (TextKey::End, false, false, false),
            Key::PageUp => (TextKey::PageUp, false, false, false),
            Key::PageDown => (TextKey::PageDown, false, false, false),
            Key::F(n) => (TextKey::F(n), false, false, false),
        };
        TextInput {
            key,
            ctrl,
            alt,
            shift,
        }
    }
}

/// Reads a key script such as `"amara<tab><c-s><esc>"`, for tests and tools:
/// plain characters stand for themselves; `<name>` names a key (`enter`, `esc`,
/// `tab`, `s-tab`, `bs`, `del`, `up`, `down`, `left`, `right`, `home`, `end`,
/// `pgup`, `pgdn`, `space`, `lt`, `c-X`, `a-X`).
pub fn parse_keys(script: &str) -> Vec<Key> {
    let mut keys = Vec::new();
    let mut rest = script;
    while let Some(c) = rest.chars().next() {
        if c == '<'
            && let Some(end) = rest.find('>')
            && let Some(key) = named(&rest[1..end])
        {
            keys.push(key);
            rest = &rest[end + 1..];
            continue;
        }
        keys.push(Key::Char(c));
        rest = &rest[c.len_utf8()..];
    }
    keys
}

fn named(name: &str) -> Option<Key> {
    Some(match name {
        "enter" | "ret" => Key::Enter,
        "esc" => Key::Esc,
        "tab" => Key::Tab,
        "s-tab" => Key::BackTab,
        "bs" => Key::Backspace,
        "del" => Key::Delete,
        "up" => Key::Up,
        "down" => Key::Down,
        "left" => Key::Left,
        "right" => Key::Right,
        "home" => Key::Home,
        "end" => Key::End,
        "pgup" => Key::PageUp,
        "pgdn" => Key::PageDown,
        "space" => Key::Char(' '),
        "lt" => Key::Char('<'),
        "f1" => Key::F(1),
        other => {
            let (prefix, c) = other.split_at_checked(2)?;
            let mut chars = c.chars();
            let (Some(c), None) = (chars.next(), chars.next()) else {
                return None;
            };
            match prefix {
                "c-" => Key::Ctrl(c),
                "a-" => Key::Alt(c),
                _ => return None,
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_scripts_read_like_what_a_person_types() {
        assert_eq!(
            parse_keys("ab<tab><c-s><lt>x<esc><s-tab>"),
            vec![
                Key::Char('a'),
                Key::Char('b'),
                Key::Tab,
                Key::Ctrl('s'),
                Key::Char('<'),
                Key::Char('x'),
                Key::Esc,
                Key::BackTab
            ]
        );
        assert_eq!(parse_keys("<nope>"), parse_keys("<nope>").clone());
        assert_eq!(
            parse_keys("<nope>").len(),
            6,
            "unknown names are typed literally"
        );
    }
}
