//! Everything a user wrote passes through here before it reaches a terminal.
//!
//! A terminal obeys the bytes it is sent: an ESC in a display name could move the
//! cursor, rewrite the screen or retitle the window of every member who reads it. So
//! we drop all C0 and C1 control characters (which covers ESC, CSI, OSC and DCS
//! introducers) and DEL, and the bidirectional controls that make text display in
//! an order other than the one it was written in.
//!
//! Beyond what drives a terminal, a few characters only ever hurt a reader or a
//! program reading a feed:
//!
//! - Noncharacters (U+FDD0–U+FDEF and the last two code points of every plane) are
//!   not text: an XML document holding U+FFFE is ill-formed, so one such character
//!   in a title would break the Atom feed for every subscriber.
//! - The line and paragraph separators U+2028/U+2029 break a line in some programs
//!   and not in others; they become a newline where lines are allowed and a space
//!   where they are not, so every program sees the same lines.
//! - The zero-width space hides inside a word (a name that looks like another).
//! - Combining marks stack without limit on one character: 20,000 of them cost
//!   48 KB of every first paint that shows the post, to draw one cell. They are
//!   capped per base character.

use std::borrow::Cow;

use unicode_width::UnicodeWidthChar;

/// Combining marks (and other zero-width characters) kept after one base
/// character. Written languages stack at most three or four (Vietnamese two,
/// Thai two, pointed Hebrew and Tibetan stacks three or four), so this keeps
/// every script whole while bounding what one cell can cost.
pub const MARKS_PER_BASE: usize = 4;

/// A noncharacter: U+FDD0–U+FDEF, and U+nFFFE/U+nFFFF in every plane.
pub fn is_noncharacter(c: char) -> bool {
    ('\u{FDD0}'..='\u{FDEF}').contains(&c) || (c as u32) & 0xFFFE == 0xFFFE
}

/// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR.
fn is_line_separator(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

/// What no single-line field may hold: it could only be an attempt to drive a
/// terminal, reorder a screen, break a line or break a feed.
fn is_control_like(c: char) -> bool {
    c.is_control()                           // C0, DEL and C1 (U+0080..U+009F)
        || ('\u{202A}'..='\u{202E}').contains(&c) // bidi embeddings and overrides
        || ('\u{2066}'..='\u{2069}').contains(&c) // bidi isolates
        || is_line_separator(c)
        || is_noncharacter(c)
}

/// Dropped quietly (not refused): characters keyboards and input methods insert
/// on their own, so nobody typing them should be told off.
fn is_invisible(c: char) -> bool {
    // The emoji presentation selector turns a one-cell symbol (⚕) into a two-cell
    // emoji on some terminals and not others, so no layout can be right for
    // everyone; without it the symbol is one cell everywhere.
    c == '\u{FE0F}'
        || c == '\u{200B}' // zero-width space
        // The bidi marks (LRM, RLM, ALM). Stoa strips explicit bidi formatting
        // rather than wrapping each field in an isolate (FSI…PDI): most terminals
        // do no bidi at all and draw the isolates as boxes or as a cell the
        // layout did not count, which breaks every line they are on; terminals
        // that do bidi reorder each line by the algorithm, where a mark at the
        // end of a name would pull the text after it (the post count, the date)
        // into its direction. Without the marks and the overrides, a field's
        // letters keep only their own direction.
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

fn is_unsafe(c: char) -> bool {
    is_control_like(c) || is_invisible(c)
}

/// A character drawn on the cell of the one before it: a combining mark, a
/// joiner, a variation selector, a conjoining Hangul vowel or final.
fn is_mark(c: char) -> bool {
    c.width() == Some(0)
}

/// True when `text` is already what the sanitiser would make of it, so the fast
/// path can hand it back without allocating.
fn is_clean(text: &str, lines: bool) -> bool {
    let mut marks = 0;
    for c in text.chars() {
        if c == '\n' && lines {
            marks = 0;
        } else if is_unsafe(c) {
            return false;
        } else if is_mark(c) {
            marks += 1;
            if marks > MARKS_PER_BASE {
                return false;
            }
        } else {
            marks = 0;
        }
    }
    true
}

/// Builds the sanitised text, capping marks on what is kept: a dropped character
/// does not start a new base, so it cannot be used to stack more marks.
struct Clean {
    out: String,
    marks: usize,
}

impl Clean {
    fn base(&mut self, s: &str) {
        self.out.push_str(s);
        self.marks = 0;
    }

    fn other(&mut self, c: char) {
        if !is_mark(c) {
            self.out.push(c);
            self.marks = 0;
        } else if self.marks < MARKS_PER_BASE {
            self.out.push(c);
            self.marks += 1;
        }
    }
}

/// Text for one line of a screen: controls dropped, newlines, tabs and line
/// separators become spaces.
pub fn inline(text: &str) -> Cow<'_, str> {
    if is_clean(text, false) {
        return Cow::Borrowed(text);
    }
    let mut clean = Clean {
        out: String::with_capacity(text.len()),
        marks: 0,
    };
    for c in text.chars() {
        match c {
            '\n' | '\t' => clean.base(" "),
            c if is_line_separator(c) => clean.base(" "),
            c if is_unsafe(c) => {}
            c => clean.other(c),
        }
    }
    Cow::Owned(clean.out)
}

/// Multi-line text: newlines kept, line and paragraph separators become newlines,
/// tabs become four spaces, `\r` and every other control dropped.
pub fn multiline(text: &str) -> Cow<'_, str> {
    if is_clean(text, true) {
        return Cow::Borrowed(text);
    }
    let mut clean = Clean {
        out: String::with_capacity(text.len()),
        marks: 0,
    };
    for c in text.chars() {
        match c {
            '\n' => clean.base("\n"),
            c if is_line_separator(c) => clean.base("\n"),
            '\t' => clean.base("    "),
            c if is_unsafe(c) => {}
            c => clean.other(c),
        }
    }
    Cow::Owned(clean.out)
}

/// True when a single-line field holds something that could only be meant to
/// drive a terminal, reorder a screen, break a line or break a feed; the forum
/// refuses such input with a message instead of silently changing it. What
/// keyboards insert on their own (bidi marks, the zero-width space, the emoji
/// selector) and surplus combining marks are dropped on display instead.
pub fn has_controls(text: &str) -> bool {
    text.chars().any(is_control_like)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_text_passes_unchanged_and_unallocated() {
        let text = "Amara Okafor — Santé publique, 東京 🌍 Tiếng Việt שָׁלוֹם";
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

    #[test]
    fn bidi_marks_and_the_zero_width_space_are_dropped_quietly() {
        let name = "\u{5D0}\u{5D1}\u{200F} (Tel\u{200B} Aviv)\u{200E}\u{61C}";
        assert_eq!(inline(name), "\u{5D0}\u{5D1} (Tel Aviv)");
        assert_eq!(multiline(name), "\u{5D0}\u{5D1} (Tel Aviv)");
        // Keyboards type them: a name holding one is not refused.
        assert!(!has_controls(name));
    }

    #[test]
    fn line_separators_break_lines_only_where_lines_are_allowed() {
        let text = "one\u{2028}two\u{2029}three";
        assert_eq!(inline(text), "one two three");
        assert_eq!(multiline(text), "one\ntwo\nthree");
        assert!(has_controls("one\u{2028}two"));
    }

    #[test]
    fn noncharacters_are_removed_and_refused() {
        for c in [
            '\u{FFFE}',
            '\u{FFFF}',
            '\u{FDD0}',
            '\u{FDEF}',
            '\u{1FFFE}',
            '\u{10FFFF}',
        ] {
            let text = format!("a{c}b");
            assert_eq!(inline(&text), "ab", "{c:?}");
            assert_eq!(multiline(&text), "ab", "{c:?}");
            assert!(has_controls(&text), "{c:?}");
        }
        // Their neighbours are text.
        for c in ['\u{FDCF}', '\u{FDF0}', '\u{FFFD}', '\u{1FFFD}', '\u{20000}'] {
            let text = format!("a{c}b");
            assert_eq!(inline(&text), text, "{c:?}");
            assert!(!has_controls(&text), "{c:?}");
        }
    }

    #[test]
    fn combining_marks_are_capped_per_base_character() {
        let zalgo = format!("a{}b", "\u{301}".repeat(20_000));
        let four = format!("a{}b", "\u{301}".repeat(MARKS_PER_BASE));
        assert_eq!(inline(&zalgo), four);
        assert_eq!(multiline(&zalgo), four);
        // Each base gets its own allowance, a line break included…
        let text = format!("x{0}\ny{0}", "\u{301}".repeat(6));
        let capped = "\u{301}".repeat(MARKS_PER_BASE);
        assert_eq!(multiline(&text), format!("x{capped}\ny{capped}"));
        // …but a dropped character does not start a new one.
        let hidden = format!("x{0}\u{200B}{0}", "\u{301}".repeat(3));
        assert_eq!(inline(&hidden), format!("x{capped}"));
        // Stacks real scripts write pass unchanged.
        let stacked = "ế བསྒྲུབས ש\u{5C1}\u{5B8}\u{591}";
        assert!(matches!(inline(stacked), Cow::Borrowed(_)));
    }
}
