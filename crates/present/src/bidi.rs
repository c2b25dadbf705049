//! Right-to-left text (Arabic, Hebrew) on the full screen. A terminal lays
//! cells out left to right; one without bidi support would show an Arabic
//! line backwards. So each row holding right-to-left text is put in visual
//! order here, by the Unicode bidi algorithm, with the row as a left-to-right
//! paragraph (the screen's layout stays as drawn), and the session asks the
//! terminal not to reorder it again (`CSI 8 l`, explicit mode, which VTE-based
//! terminals honour; see the terminal working group's bidi recommendation).
//! Plain mode and exec print text in logical order, as every text stream
//! and screen reader expects.

use ratatui::buffer::{Buffer, Cell};
use unicode_bidi::{BidiInfo, Level};

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

/// Puts every row of `buffer` that holds right-to-left text in visual order.
pub fn reorder(buffer: &mut Buffer) {
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        let row: Vec<Cell> = (area.left()..area.right())
            .map(|x| buffer[(x, y)].clone())
            .collect();
        let any = row.iter().any(|c| c.symbol().chars().any(right_to_left));
        if !any {
            continue;
        }
        for (x, cell) in (area.left()..).zip(visual(&row)) {
            buffer[(x, y)] = cell;
        }
    }
}

/// The cells of a row in the order a reader sees them.
fn visual(row: &[Cell]) -> Vec<Cell> {
    // One character per cell stands for it: its symbol's first, or a space
    // for the blank half of a wide character (which stays with it, below).
    let text: String = row
        .iter()
        .map(|c| c.symbol().chars().next().unwrap_or(' '))
        .collect();
    let cell_at: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let info = BidiInfo::new(&text, Some(Level::ltr()));
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
}
