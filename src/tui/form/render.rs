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
            let fits = y >= 0 && y + i32::from(rows) <= i32::from(area.height);
            if fits {
                let rect = Rect::new(area.x, area.y + y as u16, area.width, rows);
                self.render_field(frame, rect, field, i == self.focus, theme);
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
        let label_width = self.label_width.min(area.width / 3);
        let input_x = area.x + label_width;
        let input_width = area.width.saturating_sub(label_width + 1);
        let label = format!("{}{}", field.label, if field.required { " *" } else { "" });
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
        let input_rows = area.height.saturating_sub(1).max(1);
        let input_area = Rect::new(input_x, area.y, input_width, input_rows);
        let input_style = if focused {
            theme.input_focused
        } else {
            theme.input
        };
        match &field.kind {
            Kind::Line(a) | Kind::Secret(a) | Kind::Lines(a, _) => {
                frame.render_widget(a, input_area)
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
