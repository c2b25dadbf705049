//! Right-to-left text (Arabic, Hebrew) on the full screen. A terminal lays
//! cells out left to right; one without bidi support would show an Arabic
//! line backwards. So each piece of text holding right-to-left letters is put
//! in visual order here, by the Unicode bidi algorithm, in the cells it was
//! drawn in (the screen's layout stays as drawn), and the session asks the
//! terminal not to reorder it again (`CSI 8 l`, explicit mode, which VTE-based
//! terminals honour; see the terminal working group's bidi recommendation).
//!
//! A piece is what one widget wrote: a run of cells of one style, not
//! crossing a box's border, a selector's arrows or a gap of two spaces
//! (columns, a footer's keys). Reordering whole rows mixed a footer's keys
//! with the wrong labels and a menu's words with the screen behind it. Each
//! piece is a paragraph of its own direction, so an Arabic sentence ends on
//! the left with its full stop, its numbers in place.
//!
//! Plain mode and exec print text in logical order, as every text stream
//! and screen reader expects.

use ratatui::buffer::{Buffer, Cell};
use unicode_bidi::BidiInfo;

/// Asks the terminal to show cells in the order sent (BDSM reset).
pub const EXPLICIT_MODE: &[u8] = b"\x1b[8l";

/// Whether `c` is written right to left.
fn right_to_left(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// A bracket as a right-to-left run shows it: mirrored.
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        other => other,
    }
}

/// Puts every piece of text in `buffer` that holds right-to-left letters in
/// visual order, each in its own cells.
pub fn reorder(buffer: &mut Buffer) {
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        let row: Vec<Cell> = (area.left()..area.right())
            .map(|x| buffer[(x, y)].clone())
            .collect();
        if !row.iter().any(|c| c.symbol().chars().any(right_to_left)) {
            continue;
        }
        let mut shown = Vec::with_capacity(row.len());
        for piece in pieces(&row) {
            let cells = &row[piece];
            if cells.iter().any(|c| c.symbol().chars().any(right_to_left)) {
                shown.extend(visual(cells));
            } else {
                shown.extend(cells.iter().cloned());
            }
        }
        for (x, cell) in (area.left()..).zip(shown) {
            buffer[(x, y)] = cell;
        }
    }
}

/// Where a piece of text ends: at a border or an arrow, at a change of
/// style, and at a gap of two blank cells (which stay pieces of their own).
fn pieces(row: &[Cell]) -> Vec<std::ops::Range<usize>> {
    let blank = |c: &Cell| c.symbol() == " ";
    let divider = |c: &Cell| {
        c.symbol()
            .chars()
            .any(|ch| matches!(ch as u32, 0x2500..=0x259F) || matches!(ch, '◀' | '▶' | '•' | '●'))
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < row.len() {
        let gap = blank(&row[i]) && row.get(i + 1).is_some_and(blank);
        let restyled = i > start && row[i].style() != row[i - 1].style();
        if divider(&row[i]) || gap {
            if i > start {
                out.push(start..i);
            }
            // The divider, or the whole gap, stays where it is.
            let mut end = i + 1;
            while gap && end < row.len() && blank(&row[end]) {
                end += 1;
            }
            out.push(i..end);
            start = end;
            i = end;
        } else {
            if restyled {
                out.push(start..i);
                start = i;
            }
            i += 1;
        }
    }
    if start < row.len() {
        out.push(start..row.len());
    }
    // Blanks at a piece's ends stay where they are: the space between a
    // footer's key and its word stays between them.
    out.into_iter()
        .flat_map(|piece| {
            let first = piece
                .clone()
                .find(|&i| !blank(&row[i]))
                .unwrap_or(piece.end);
            let last = piece
                .clone()
                .rev()
                .find(|&i| !blank(&row[i]))
                .map_or(first, |i| i + 1);
            [piece.start..first, first..last, last..piece.end]
        })
        .filter(|piece| !piece.is_empty())
        .collect()
}

/// The cells of a piece in the order a reader sees them; the piece is a
/// paragraph of its own direction (its first strong letter decides).
fn visual(row: &[Cell]) -> Vec<Cell> {
    // One character per cell stands for it: its symbol's first, or a space
    // for the blank half of a wide character (which stays with it, below).
    let text: String = row
        .iter()
        .map(|c| c.symbol().chars().next().unwrap_or(' '))
        .collect();
    let cell_at: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let info = BidiInfo::new(&text, None);
    let Some(paragraph) = info.paragraphs.first() else {
        return row.to_vec();
    };
    let (levels, runs) = info.visual_runs(paragraph, paragraph.range.clone());
    let mut out = Vec::with_capacity(row.len());
    for run in runs {
        let first = cell_at.partition_point(|b| *b < run.start);
        let end = cell_at.partition_point(|b| *b < run.end);
        let cells = &row[first..end];
        if levels[run.start].is_rtl() {
            for cell in cells.iter().rev() {
                let mut cell = cell.clone();
                let symbol = cell.symbol().to_string();
                let mut chars = symbol.chars();
                if let (Some(c), None) = (chars.next(), chars.next()) {
                    let m = mirrored(c);
                    if m != c {
                        cell.set_char(m);
                    }
                }
                out.push(cell);
            }
        } else {
            out.extend(cells.iter().cloned());
        }
    }
    // Every cell placed once; anything the runs missed keeps its place.
    if out.len() == row.len() {
        out
    } else {
        row.to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    fn row(text: &str) -> String {
        let mut buffer = Buffer::empty(Rect::new(0, 0, text.chars().count() as u16, 1));
        buffer.set_string(0, 0, text, ratatui::style::Style::default());
        reorder(&mut buffer);
        (0..buffer.area.width)
            .map(|x| buffer[(x, 0)].symbol().to_string())
            .collect()
    }

    #[test]
    fn left_to_right_rows_are_left_alone() {
        assert_eq!(row("Stoa · Home   (g !)"), "Stoa · Home   (g !)");
    }

    #[test]
    fn an_arabic_run_is_shown_in_visual_order_within_its_row() {
        // "مرحبا" (hello) after a Latin word: the Arabic reads right to left.
        assert_eq!(row("Stoa مرحبا"), "Stoa ابحرم");
        // Two Arabic words keep their order for a right-to-left reader: the
        // first word is on the right.
        assert_eq!(row("أهلا بكم"), "مكب الهأ");
    }

    #[test]
    fn numbers_in_arabic_text_stay_readable_and_brackets_mirror() {
        // "3 جديد" (3 new) inside brackets, in an Arabic run.
        let shown = row("رسائل (3)");
        assert!(shown.contains("(3)"), "{shown}");
        assert!(shown.starts_with("(3)"), "{shown}");
    }

    #[test]
    fn a_footers_keys_stay_beside_their_own_words() {
        use ratatui::style::{Modifier, Style};
        let key = Style::default().add_modifier(Modifier::BOLD);
        let words = Style::default();
        let mut buffer = Buffer::empty(Rect::new(0, 0, 20, 1));
        // "? help  g go to", in Arabic: each key, then its label.
        buffer.set_string(0, 0, "?", key);
        buffer.set_string(1, 0, " مساعدة", words);
        buffer.set_string(8, 0, "  ", words);
        buffer.set_string(10, 0, "g", key);
        buffer.set_string(11, 0, " انتقال", words);
        reorder(&mut buffer);
        let shown: String = (0..18)
            .map(|x| buffer[(x, 0)].symbol().to_string())
            .collect();
        assert_eq!(shown, "? ةدعاسم  g لاقتنا");
    }

    #[test]
    fn an_arabic_sentence_ends_on_the_left_with_its_full_stop() {
        // "نُشر الرد." (the reply was posted.): its full stop is at the end of
        // the sentence, on the left for a right-to-left reader.
        assert_eq!(row("تم النشر."), ".رشنلا مت");
        // A menu box's border is not part of the words inside it.
        assert_eq!(row("│ مرحبا │"), "│ ابحرم │");
    }
}
