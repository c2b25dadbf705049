//! A wide character (Chinese, two cells) whose second cell something else was
//! drawn over — a menu's border over the screen behind it — would spill over
//! that border on the terminal. After each draw such a character becomes a
//! space: the box stays whole, the half-hidden character hidden.

use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

pub fn mend_cut_wide(buffer: &mut Buffer) {
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if buffer[(x, y)].symbol().width() < 2 {
                continue;
            }
            // ratatui leaves its second cell blank; something drawn there since
            // (a border, a letter) would be covered by the glyph's right half.
            let next = if x + 1 < area.right() {
                buffer[(x + 1, y)].symbol()
            } else {
                ""
            };
            let covered = x + 1 >= area.right() || !(next.is_empty() || next == " ");
            if covered {
                buffer[(x, y)].set_symbol(" ");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    #[test]
    fn a_wide_character_under_a_border_is_hidden_not_spilled() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 6, 1));
        buffer.set_string(0, 0, "首页", Style::default());
        // A box's border drawn over the second half of 页.
        buffer[(3, 0)].set_symbol("│");
        mend_cut_wide(&mut buffer);
        let row: Vec<String> = (0..6)
            .map(|x| buffer[(x, 0)].symbol().to_string())
            .collect();
        assert_eq!(row, ["首", " ", " ", "│", " ", " "]);
    }
}
