//! ASCII mode, for terminals and fonts without box drawing or other symbols.
//! The screens' own symbols get look-alikes (`│` `|`, `·` `-`, `●` `*`, `…`
//! `...`); members' text is transliterated (`é` `e`, `ß` `ss`, `東京` `Dong
//! Jing`) by the `deunicode` table, so a name still reads as a name; only a
//! character with no reading at all becomes `?`.
//!
//! [`text`] does this for a string (plain mode prints lines, which may grow).
//! [`transliterate`] does it for a drawn frame, where every character must keep
//! its cells: a narrow character keeps the first letter of its reading (`ß`
//! `s`, `…` `.`), a wide one its reading if it fits in two cells and `?`
//! otherwise, so the layout stays as drawn.

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

/// The ASCII look-alike of one of the screens' symbols, where it differs from
/// the transliteration table's (which reads `·` as `*` and `→` as `-`).
fn look_alike(symbol: char) -> Option<&'static str> {
    Some(match symbol {
        '·' | '•' => "-",
        '◀' | '←' | '‹' => "<",
        '▶' | '→' | '›' => ">",
        '↑' => "^",
        '↓' => "v",
        '„' => "\"",
        _ => return None,
    })
}

/// `text` in printable ASCII: the screens' symbols as their look-alikes,
/// everything else as the transliteration table reads it. ASCII (line breaks
/// and tabs too) passes as it is.
pub fn text(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii() {
            out.push(c);
        } else if let Some(same) = look_alike(c) {
            out.push_str(same);
        } else {
            let reading = deunicode::deunicode_char(c).unwrap_or("?");
            // "東京 x" reads "Dong Jing x": the table's word space is kept only
            // before another letter.
            match chars.peek() {
                Some(next) if next.is_alphanumeric() => out.push_str(reading),
                _ => out.push_str(reading.trim_end_matches(' ')),
            }
        }
    }
    Cow::Owned(out)
}

/// What to draw in the cell of `symbol` (one grapheme) and, for a wide one, in
/// the cell after it.
fn in_place(symbol: &str) -> (String, Option<char>) {
    let wide = symbol.width() > 1;
    let reading = text(symbol);
    let reading = reading.trim();
    let mut chars = reading.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (None, ..) => (" ".into(), None),
        (Some(one), None, _) => (one.to_string(), None),
        (Some(one), Some(two), None) if wide => (one.to_string(), Some(two)),
        (Some(_), Some(_), _) if wide => ("?".into(), None),
        (Some(first), ..) => (first.to_string(), None),
    }
}

/// Rewrites every cell of `buffer` in printable ASCII.
pub fn transliterate(buffer: &mut Buffer) {
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &mut buffer[(x, y)];
            let symbol = cell.symbol();
            // The second cell of a wide character is empty; with the character
            // now drawn in ASCII, it must be drawn too, as a space (unless the
            // character's reading took it, below).
            if symbol.is_empty() {
                cell.set_symbol(" ");
                continue;
            }
            if symbol.is_ascii() {
                continue;
            }
            let (here, next) = in_place(symbol);
            cell.set_symbol(&here);
            if let Some(next) = next
                && x + 1 < area.right()
            {
                buffer[(x + 1, y)].set_symbol(next.encode_utf8(&mut [0; 4]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::widgets::{Block, Paragraph, Widget};

    #[test]
    fn boxes_symbols_and_foreign_letters_become_ascii_in_place() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 24, 3));
        Paragraph::new("● Tomás · 東京 → ok…")
            .block(Block::bordered())
            .render(buffer.area, &mut buffer);
        transliterate(&mut buffer);
        let rows: Vec<String> = (0..3)
            .map(|y| {
                (0..24)
                    .map(|x| buffer[(x, y)].symbol().to_string())
                    .collect()
            })
            .collect();
        assert_eq!(rows[0], "+----------------------+");
        assert_eq!(rows[1], "|* Tomas - ? ?  > ok.  |");
        assert!(rows.iter().all(|r| r.is_ascii()), "{rows:?}");
        assert_eq!(rows[2], "+----------------------+");
    }

    #[test]
    fn text_is_transliterated_not_blanked() {
        assert_eq!(
            text("Santé publique · São Paulo…"),
            "Sante publique - Sao Paulo..."
        );
        assert_eq!(
            text("Straße, Œuvre, “quoted” — 東京 → ok"),
            "Strasse, OEuvre, \"quoted\" -- Dong Jing > ok"
        );
        assert_eq!(text("│ • ●"), "| - *");
        assert_eq!(text("line\r\n\ttab"), "line\r\n\ttab");
        assert_eq!(text("é\r\n…\n東京\n"), "e\r\n...\nDong Jing\n");
        assert!(matches!(text("plain"), Cow::Borrowed("plain")));
    }
}
