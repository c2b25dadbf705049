//! Drawing a form: a label column, the inputs, and under each input its error or,
//! while focused, its hint.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{Field, Form, Kind};
use crate::tui::text;
use crate::tui::theme::Theme;

impl Form {
    /// Draws the fields, scrolled so that the focused one is in view.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let fixed: u16 = self
            .fields
            .iter()
            .filter(|f| !f.fills())
            .map(|f| f.rows(0))
            .sum();
        let fill = area.height.saturating_sub(fixed);
        let mut top: u16 = 0;
        let focus_top: u16 = self.fields[..self.focus].iter().map(|f| f.rows(fill)).sum();
        let focus_rows = self.fields[self.focus].rows(fill);
        if focus_top + focus_rows > area.height {
            top = (focus_top + focus_rows).saturating_sub(area.height);
        }
        let mut y: i32 = -i32::from(top);
        for (i, field) in self.fields.iter().enumerate() {
            let rows = field.rows(fill);
            let focused = i == self.focus;
            let fits = y >= 0 && y + i32::from(rows) <= i32::from(area.height);
            if fits {
                let rect = Rect::new(area.x, area.y + y as u16, area.width, rows);
                self.render_field(frame, rect, field, focused, theme);
            } else if focused && area.height > 0 {
                // Taller than the room the form has (a small terminal): the field
                // being typed in is drawn in what there is, never left off.
                let rect = Rect::new(area.x, area.y, area.width, area.height);
                self.render_field(frame, rect, field, focused, theme);
            }
            y += i32::from(rows);
        }
    }

    fn render_field(
        &self,
        frame: &mut Frame,
        area: Rect,
        field: &Field,
        focused: bool,
        theme: &Theme,
    ) {
        // Two more for the focus mark.
        let label_width = (self.label_width + 2).min(area.width * 2 / 5);
        let input_x = area.x + label_width;
        let input_width = area.width.saturating_sub(label_width + 1);
        // The focused field is marked in its text, not only by colour: a
        // monochrome terminal and a screen reader see it too.
        let label = format!(
            "{}{}{}",
            if focused { "> " } else { "  " },
            field.label,
            if field.required { " *" } else { "" }
        );
        let label_style = if focused {
            theme.label_focused
        } else {
            theme.text
        };
        frame.render_widget(
            Paragraph::new(text::fit(&label, label_width.saturating_sub(1).into()))
                .style(label_style),
            Rect::new(area.x, area.y, label_width, 1),
        );
        // The last row is for the field's message, when there is room for one.
        let input_rows = area.height.saturating_sub(1).max(1);
        let input_area = Rect::new(input_x, area.y, input_width, input_rows);
        let mut cursor = (input_x, area.y);
        let input_style = if focused {
            theme.input_focused
        } else {
            theme.input
        };
        match &field.kind {
            Kind::Line(a) | Kind::Secret(a) | Kind::Lines(a, _) => {
                frame.render_widget(a, input_area);
                // Where the editor drew its cursor, now that it has scrolled to it.
                let at = a.screen_cursor();
                let (top, left) = a.scroll_offset();
                let row = (at.row as u16).saturating_sub(top).min(input_rows - 1);
                let col = (at.col as u16)
                    .saturating_sub(left)
                    .min(input_width.saturating_sub(1));
                cursor = (input_x + col, area.y + row);
            }
            Kind::Choice { options, selected } => {
                let shown = selected
                    .and_then(|s| options.get(s))
                    .map_or("(choose with ← →)", String::as_str);
                let line = Line::from(vec![
                    Span::styled("◀ ", theme.dim),
                    Span::styled(
                        text::fit(shown, input_width.saturating_sub(4).into()),
                        input_style,
                    ),
                    Span::styled(" ▶", theme.dim),
                ]);
                frame.render_widget(Paragraph::new(line), input_area);
            }
            Kind::Check {
                checked,
                text: label,
            } => {
                let mark = if *checked { "[x] " } else { "[ ] " };
                let style = if focused {
                    theme.label_focused
                } else {
                    theme.text
                };
                frame.render_widget(
                    Paragraph::new(text::fit(&format!("{mark}{label}"), input_width.into()))
                        .style(style),
                    input_area,
                );
            }
            Kind::Picks {
                options,
                ticked,
                at,
            } => {
                let chosen: Vec<&str> = options
                    .iter()
                    .zip(ticked)
                    .filter(|(_, t)| **t)
                    .map(|(o, _)| o.as_str())
                    .collect();
                let line = if focused {
                    let mark = if ticked.get(*at) == Some(&true) {
                        "[x] "
                    } else {
                        "[ ] "
                    };
                    let current = options.get(*at).map_or("", String::as_str);
                    Line::from(vec![
                        Span::styled("◀ ", theme.dim),
                        Span::styled(format!("{mark}{current}"), input_style),
                        Span::styled(" ▶", theme.dim),
                        Span::styled(format!("  {} ticked", chosen.len()), theme.dim),
                    ])
                } else if chosen.is_empty() {
                    Line::styled("(none)", theme.dim)
                } else {
                    Line::styled(chosen.join(", "), input_style)
                };
                // A paragraph without wrapping cuts the line at the edge.
                frame.render_widget(Paragraph::new(line), input_area);
            }
        }
        if focused && input_width > 0 {
            // The terminal's own cursor goes where typing lands: screen readers
            // and magnifiers follow it.
            frame.set_cursor_position(cursor);
        }
        if area.height < 2 {
            return;
        }
        let message_area = Rect::new(input_x, area.y + area.height - 1, input_width, 1);
        let message = match (&field.error, focused) {
            (Some(error), _) => Some(Span::styled(
                text::fit(error, input_width.into()),
                theme.error,
            )),
            (None, true) if field.hint.width() > 0 => Some(Span::styled(
                text::fit(&field.hint, input_width.into()),
                theme.dim,
            )),
            _ => None,
        };
        if let Some(message) = message {
            frame.render_widget(Paragraph::new(message), message_area);
        }
    }
}
