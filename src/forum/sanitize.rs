//! Everything a user wrote passes through here before it reaches a terminal.
//!
//! A terminal obeys the bytes it is sent: an ESC in a display name could move the
//! cursor, rewrite the screen or retitle the window of every member who reads it. So
//! we drop all C0 and C1 control characters (which covers ESC, CSI, OSC and DCS
//! introducers) and DEL, and the bidirectional overrides that make text display in
//! an order other than the one it was written in.

use std::borrow::Cow;

fn is_control_like(c: char) -> bool {
    c.is_control()                           // C0, DEL and C1 (U+0080..U+009F)
        || ('\u{202A}'..='\u{202E}').contains(&c) // bidi embeddings and overrides
        || ('\u{2066}'..='\u{2069}').contains(&c) // bidi isolates
}

fn is_unsafe(c: char) -> bool {
    // The emoji presentation selector turns a one-cell symbol (⚕) into a two-cell
    // emoji on some terminals and not others, so no layout can be right for
    // everyone; without it the symbol is one cell everywhere. It is dropped
    // quietly: nobody typing an emoji should be told off for it.
    is_control_like(c) || c == '\u{FE0F}'
}

/// Text for one line of a screen: controls dropped, newlines and tabs become spaces.
pub fn inline(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                '\n' | '\t' => Some(' '),
                c if is_unsafe(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// Multi-line text: newlines kept, tabs become four spaces, `\r` and every other
/// control dropped.
pub fn multiline(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) && c != '\n') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push_str("    "),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// True when a single-line field holds something the sanitiser would remove; the
/// forum refuses such input with a message instead of silently changing it.
pub fn has_controls(text: &str) -> bool {
    text.chars().any(is_control_like)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_text_passes_unchanged_and_unallocated() {
        let text = "Amara Okafor — Santé publique, 東京 🌍";
        assert!(matches!(inline(text), Cow::Borrowed(t) if t == text));
        assert!(matches!(multiline(text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn escape_sequences_lose_their_introducers() {
        let hostile = "a\x1b[2J\x1b]0;pwned\x07b\u{9b}31mc\x7fd";
        let clean = inline(hostile);
        assert!(!clean.chars().any(|c| c.is_control()), "{clean:?}");
        assert_eq!(clean, "a[2J]0;pwnedb31mcd");
    }

    #[test]
    fn newlines_are_kept_only_where_lines_are_allowed() {
        assert_eq!(inline("one\ntwo\tthree"), "one two three");
        assert_eq!(multiline("one\r\ntwo\tthree"), "one\ntwo    three");
    }

    #[test]
    fn bidi_overrides_are_removed() {
        assert_eq!(inline("abc\u{202E}fed\u{2066}"), "abcfed");
        assert!(has_controls("x\u{202E}"));
        assert!(!has_controls("plain"));
    }
}
