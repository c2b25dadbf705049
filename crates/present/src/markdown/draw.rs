//! Drawing what the renderer gathered: wrapped paragraphs, code, tables, and
//! the marks (quote bars, bullets, hanging indents) before every line.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::layout::{self, Cell, LongWords};
use super::{Renderer, Table};
use stoa_core::forum::sanitize;

impl Renderer<'_> {
    /// Before a block: what was gathered is drawn, and a blank line is owed
    /// where the writer left one (however many) or a heading stands apart.
    pub(super) fn begin_block(&mut self) {
        self.flush();
        let gap = self.blank_in_source || self.after_heading;
        if gap && !self.out.is_empty() && self.blank.is_none() {
            self.blank = Some(self.blank_line());
        }
        self.blank_in_source = false;
        self.after_heading = false;
    }

    /// Draws the gathered text, word-wrapped.
    pub(super) fn flush(&mut self) {
        if self.cells.is_empty() {
            return;
        }
        let cells = std::mem::take(&mut self.cells);
        self.paragraph(&cells);
    }

    pub(super) fn paragraph(&mut self, cells: &[Cell]) {
        for line in layout::wrap(cells, self.room(), self.look.long_words) {
            self.emit(layout::spans(line));
        }
    }

    /// Code as typed, two cells in; on the screens a line longer than the room
    /// continues on the next (see [`LongWords`]).
    pub(super) fn code_block(&mut self, code: &str) {
        let code = code.trim_end_matches('\n');
        if code.is_empty() {
            return;
        }
        let room = self.room().saturating_sub(2).max(1);
        for line in code.split('\n') {
            let line = sanitize::inline(line);
            let pieces = match self.look.long_words {
                LongWords::Cut => layout::cut(&line, room),
                LongWords::Whole => vec![line.into_owned()],
            };
            for piece in pieces {
                self.emit(vec![Span::raw("  "), Span::styled(piece, self.theme.code)]);
            }
        }
    }

    pub(super) fn table(&mut self, table: &Table) {
        let room = self.room();
        let look = self.look;
        let dim = self.theme.dim;
        match layout::columns(&table.rows, room, look.column.width()) {
            Some(widths) => {
                for (i, row) in table.rows.iter().enumerate() {
                    let line = layout::table_row(row, &widths, &table.alignments, look.column, dim);
                    self.emit(layout::spans(line));
                    if i == 0 && table.head {
                        let rule: Vec<String> =
                            widths.iter().map(|&w| look.rule.repeat(w)).collect();
                        self.emit(vec![Span::styled(rule.join(look.cross), dim)]);
                    }
                }
            }
            None => {
                for row in &table.rows {
                    let mut line: Vec<Cell> = Vec::new();
                    for (i, cell) in row.iter().enumerate() {
                        if i > 0 {
                            line.extend(look.cells_apart.chars().map(|c| (c, dim)));
                        }
                        line.extend_from_slice(cell);
                    }
                    self.paragraph(&line);
                }
            }
        }
    }

    /// The marks before a line: each container's first mark once, then its
    /// rest. When nesting runs deep, only the innermost marks that fit in half
    /// the width are drawn, so text always keeps room.
    pub(super) fn marks(&self, blank: bool) -> Vec<(String, Style)> {
        let mut marks: Vec<(String, Style)> = Vec::new();
        let mut used = 0;
        // From the innermost out, so a post nested ten thousand deep costs no
        // more per line than one that fits.
        for c in self.containers.iter().rev() {
            let mark = if blank || c.drawn { &c.rest } else { &c.first };
            used += mark.width();
            if used > self.width / 2 {
                break;
            }
            marks.push((mark.clone(), c.style));
        }
        marks.reverse();
        marks
    }

    /// Cells left for text after the marks.
    pub(super) fn room(&self) -> usize {
        let marks: usize = self.marks(false).iter().map(|(m, _)| m.width()).sum();
        self.width.saturating_sub(marks).max(1)
    }

    pub(super) fn emit(&mut self, content: Vec<Span<'static>>) {
        let mut line = vec![Span::raw(self.indent.clone())];
        line.extend(
            self.marks(false)
                .into_iter()
                .map(|(mark, style)| Span::styled(mark, style)),
        );
        for container in &mut self.containers {
            container.drawn = true;
        }
        line.extend(content);
        self.out.extend(self.blank.take());
        self.out.push(Line::from(line));
    }

    /// A blank line: the quote bars go on, nothing after them.
    pub(super) fn blank_line(&self) -> Line<'static> {
        let mut marks = self.marks(true);
        while let Some((mark, _)) = marks.last_mut() {
            let kept = mark.trim_end().len();
            mark.truncate(kept);
            if !mark.is_empty() {
                break;
            }
            marks.pop();
        }
        let mut line = vec![Span::raw(self.indent.clone())];
        line.extend(marks.into_iter().map(|(m, s)| Span::styled(m, s)));
        Line::from(line)
    }
}
