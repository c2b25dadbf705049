//! ASCII mode, for terminals and fonts without box drawing or other symbols:
//! after a frame is drawn, every cell is rewritten in printable ASCII. The
//! screens' own symbols get look-alikes (`│` `|`, `·` `-`, `●` `*`, `…` `.`);
//! other characters in members' text, which such a terminal could not show
//! anyway, become `?`, and a wide character's second cell a space, so the
//! layout stays as drawn.

use ratatui::buffer::Buffer;

/// The ASCII look-alike of one of the screens' symbols.
fn look_alike(symbol: &str) -> Option<&'static str> {
    Some(match symbol {
        "│" | "┃" | "║" => "|",
        "─" | "━" | "═" => "-",
        "┌" | "┐" | "└" | "┘" | "├" | "┤" | "┬" | "┴" | "┼" | "╭" | "╮" | "╰" | "╯" => {
            "+"
        }
        "·" | "•" => "-",
        "●" | "★" => "*",
        "…" => ".",
        "◀" | "←" | "‹" => "<",
        "▶" | "→" | "›" => ">",
        "↑" => "^",
        "↓" => "v",
        "×" => "x",
        "“" | "”" | "„" => "\"",
        "‘" | "’" => "'",
        "–" | "—" => "-",
        _ => return None,
    })
}

/// Rewrites every cell of `buffer` in printable ASCII.
pub fn transliterate(buffer: &mut Buffer) {
    let area = buffer.area;
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &mut buffer[(x, y)];
            let symbol = cell.symbol();
            // The second cell of a wide character is empty; with the character
            // now one cell wide, it must be drawn, as a space.
            if symbol.is_empty() {
                cell.set_symbol(" ");
                continue;
            }
            if symbol.is_ascii() {
                continue;
            }
            let replacement = look_alike(symbol).unwrap_or("?");
            cell.set_symbol(replacement);
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
        assert_eq!(rows[1], "|* Tom?s - ? ?  > ok.  |");
        assert!(rows.iter().all(|r| r.is_ascii()), "{rows:?}");
        assert_eq!(rows[2], "+----------------------+");
    }
}
