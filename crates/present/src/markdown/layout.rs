//! Laying styled characters out in cells: word wrap, code cut to the room,
//! table columns. Widths are display widths (a CJK character takes two cells).

use pulldown_cmark::Alignment;
use ratatui::style::Style;
use ratatui::text::Span;
use unicode_width::UnicodeWidthChar;

/// One character of a post and its style; `\n` is a line break.
pub type Cell = (char, Style);

/// What becomes of a word longer than a whole line: a long address, mostly.
///
/// A word that fits on a line is never broken: it moves to the next line whole,
/// so an address shorter than the screen can always be copied in one piece. A
/// word longer than the line starts a line of its own, and then:
///
/// - On the screens it is cut into pieces as wide as the room (`Cut`). The
///   screens draw cell by cell into a frame, so a terminal never sees a line it
///   wrapped itself: a longer line would only be clipped at the frame's edge and
///   the end of the address lost. Cut pieces at least keep the whole address on
///   screen, row under row, to be copied and joined.
/// - In plain mode it is printed unbroken (`Whole`): the terminal wraps it
///   itself, and terminals copy a line they wrapped as one line, so the address
///   pastes whole (issue: long URLs hard-wrapped mid-address broke copying).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LongWords {
    Cut,
    Whole,
}

fn width(cells: &[Cell]) -> usize {
    cells.iter().map(|(c, _)| c.width().unwrap_or(0)).sum()
}

/// Greedy word wrap of `cells` to `room` cells; `\n` breaks a line, spaces
/// between words become one, and a line with no words is left out.
pub fn wrap(cells: &[Cell], room: usize, long: LongWords) -> Vec<Vec<Cell>> {
    let room = room.max(1);
    let mut lines: Vec<Vec<Cell>> = Vec::new();
    for segment in cells.split(|(c, _)| *c == '\n') {
        let mut line: Vec<Cell> = Vec::new();
        let mut used = 0;
        for word in segment.split(|(c, _)| *c == ' ').filter(|w| !w.is_empty()) {
            let w = width(word);
            if used > 0 && used + 1 + w > room {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            if w > room {
                // Longer than a whole line: a line (or lines) of its own.
                match long {
                    LongWords::Whole => lines.push(word.to_vec()),
                    LongWords::Cut => lines.extend(cut_cells(word, room)),
                }
                continue;
            }
            if used > 0 {
                // The space takes the style of the word after it, so an
                // underlined link's words stay one underline.
                line.push((' ', word[0].1));
                used += 1;
            }
            line.extend_from_slice(word);
            used += w;
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
}

/// `cells` in pieces of at most `room` cells (a wide character alone in a
/// narrower room still takes its line).
fn cut_cells(cells: &[Cell], room: usize) -> Vec<Vec<Cell>> {
    let mut pieces: Vec<Vec<Cell>> = vec![Vec::new()];
    let mut used = 0;
    for &(c, style) in cells {
        let cw = c.width().unwrap_or(0);
        if used + cw > room && used > 0 {
            pieces.push(Vec::new());
            used = 0;
        }
        if let Some(piece) = pieces.last_mut() {
            piece.push((c, style));
        }
        used += cw;
    }
    pieces
}

/// A line of code in pieces of at most `room` cells, spaces kept.
pub fn cut(line: &str, room: usize) -> Vec<String> {
    let cells: Vec<Cell> = line.chars().map(|c| (c, Style::new())).collect();
    cut_cells(&cells, room.max(1))
        .into_iter()
        .map(|piece| piece.into_iter().map(|(c, _)| c).collect())
        .collect()
}

/// Runs of one style as spans.
pub fn spans(cells: Vec<Cell>) -> Vec<Span<'static>> {
    let mut out: Vec<Span<'static>> = Vec::new();
    let mut text = String::new();
    let mut current: Option<Style> = None;
    for (c, style) in cells {
        if let Some(previous) = current.filter(|&s| s != style) {
            out.push(Span::styled(std::mem::take(&mut text), previous));
        }
        current = Some(style);
        text.push(c);
    }
    if let Some(style) = current {
        out.push(Span::styled(text, style));
    }
    out
}

/// The width of each column when the table fits in `room` with `gap` cells
/// between columns; `None` when it does not.
pub fn columns(rows: &[Vec<Vec<Cell>>], room: usize, gap: usize) -> Option<Vec<usize>> {
    let count = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..count)
        .map(|i| {
            rows.iter()
                .filter_map(|row| row.get(i))
                .map(|cell| width(cell))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let total = widths.iter().sum::<usize>() + gap * count.saturating_sub(1);
    (count > 0 && total <= room).then_some(widths)
}

/// One row of a table in columns of `widths`, each cell aligned as the table
/// says; nothing trails the last cell.
pub fn table_row(
    row: &[Vec<Cell>],
    widths: &[usize],
    alignments: &[Alignment],
    column: &str,
    style: Style,
) -> Vec<Cell> {
    let mut line: Vec<Cell> = Vec::new();
    let pad = |line: &mut Vec<Cell>, n: usize| line.extend(std::iter::repeat_n((' ', style), n));
    for (i, &w) in widths.iter().enumerate() {
        if i > 0 {
            line.extend(column.chars().map(|c| (c, style)));
        }
        let cell = row.get(i).map(Vec::as_slice).unwrap_or_default();
        let spare = w.saturating_sub(width(cell));
        let (left, right) = match alignments.get(i) {
            Some(Alignment::Right) => (spare, 0),
            Some(Alignment::Center) => (spare / 2, spare - spare / 2),
            _ => (0, spare),
        };
        pad(&mut line, left);
        line.extend_from_slice(cell);
        pad(&mut line, right);
    }
    while line.last().is_some_and(|&(c, _)| c == ' ') {
        line.pop();
    }
    line
}
