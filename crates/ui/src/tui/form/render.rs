//! Drawing a form: a label column, the inputs, and under each input its error or,
//! while focused, its hint.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::{Field, Form, Kind};
use stoa_present::text;
use stoa_present::theme::Theme;

/// Most rows a field's message takes.
const MESSAGE_ROWS: usize = 3;

impl Form {
    /// Draws the fields, scrolled so that the focused one is in view.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        self.draw(frame, area, theme, true);
    }

    /// Draws the fields while the keys go elsewhere on the screen (a search's
    /// results): no field marked, no cursor, so only one place says "here".
    pub fn render_idle(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        self.draw(frame, area, theme, false);
    }

    fn draw(&self, frame: &mut Frame, area: Rect, theme: &Theme, active: bool) {
        let input_width = self.input_width(area.width);
        // A message is wrapped over the rows it needs (up to three), not cut:
        // an error that ends in "…" hid the very format it asked for.
        let extra: Vec<u16> = self
            .fields
            .iter()
            .enumerate()
            .map(|(i, f)| self.message(f, i == self.focus, input_width).len().max(1) as u16 - 1)
            .collect();
        let fixed: u16 = self
            .fields
            .iter()
            .zip(&extra)
            .filter(|(f, _)| !f.fills())
            .map(|(f, extra)| f.rows(0) + extra)
            .sum();
        let fill = area.height.saturating_sub(fixed);
        let rows = |i: usize| {
            let f = &self.fields[i];
            if f.fills() {
                f.rows(fill)
            } else {
                f.rows(fill) + extra[i]
            }
        };
        let mut top: u16 = 0;
        let focus_top: u16 = (0..self.focus).map(rows).sum();
        let focus_rows = rows(self.focus);
        if focus_top + focus_rows > area.height {
            top = (focus_top + focus_rows).saturating_sub(area.height);
        }
        let mut y: i32 = -i32::from(top);
        for (i, field) in self.fields.iter().enumerate() {
            let height = rows(i);
            let focused = active && i == self.focus;
            let message_rows = extra[i] + 1;
            let fits = y >= 0 && y + i32::from(height) <= i32::from(area.height);
            if fits {
                let rect = Rect::new(area.x, area.y + y as u16, area.width, height);
                self.render_field(frame, rect, field, focused, message_rows, theme);
            } else if focused && area.height > 0 {
                // Taller than the room the form has (a small terminal): the field
                // being typed in is drawn in what there is, never left off.
                let rect = Rect::new(area.x, area.y, area.width, area.height);
                self.render_field(frame, rect, field, focused, 1, theme);
            }
            y += i32::from(height);
        }
    }

    /// The label column's width in a form `width` wide (two more for the
    /// focus mark).
    fn label_width(&self, width: u16) -> u16 {
        // A translation's labels may be longer than the English ones the
        // width was chosen for: the column grows to the widest (within bounds).
        let widest = self
            .fields
            .iter()
            // A required field's label is followed by " *".
            .map(|f| text::width(&f.label) + if f.required { 2 } else { 0 })
            .max()
            .unwrap_or_default();
        let wanted = self
            .label_width
            // One more than the widest: a label is drawn a cell short of its column.
            .max(u16::try_from(widest + 1).unwrap_or(u16::MAX));
        (wanted + 2).min(width * 2 / 5)
    }

    fn input_width(&self, width: u16) -> u16 {
        width.saturating_sub(self.label_width(width) + 1)
    }

    /// The field's message as drawn, wrapped: its error, or its hint while
    /// focused; at most three lines, the last cut.
    fn message(&self, field: &Field, focused: bool, width: u16) -> Vec<String> {
        let text = match (&field.error, focused) {
            (Some(error), _) => error.as_str(),
            (None, true) => field.hint.as_str(),
            _ => "",
        };
        if text.width() == 0 || width == 0 {
            return Vec::new();
        }
        let mut lines = text::wrap(text, usize::from(width));
        if lines.len() > MESSAGE_ROWS {
            let rest = lines.split_off(MESSAGE_ROWS - 1).join(" ");
            lines.push(text::fit(&rest, usize::from(width)));
        }
        lines
    }

    fn render_field(
        &self,
        frame: &mut Frame,
        area: Rect,
        field: &Field,
        focused: bool,
        message_rows: u16,
        theme: &Theme,
    ) {
        let label_width = self.label_width(area.width);
        let input_x = area.x + label_width;
        let input_width = self.input_width(area.width);
        render_label(
            frame,
            Rect::new(area.x, area.y, label_width, 1),
            field,
            focused,
            theme,
        );
        // The last rows are for the field's message, when there is room for it.
        let message_rows = message_rows.min(area.height.saturating_sub(1));
        let input_rows = area.height.saturating_sub(message_rows.max(1)).max(1);
        let input_area = Rect::new(input_x, area.y, input_width, input_rows);
        let cursor = render_input(frame, input_area, field, focused, theme);
        if focused && input_width > 0 {
            // The terminal's own cursor goes where typing lands: screen readers
            // and magnifiers follow it.
            frame.set_cursor_position(cursor);
        }
        if area.height < 2 || message_rows == 0 {
            return;
        }
        let style = if field.error.is_some() {
            theme.error
        } else {
            theme.dim
        };
        let message: Vec<Line> = self
            .message(field, focused, input_width)
            .into_iter()
            .take(usize::from(message_rows))
            .map(|line| Line::styled(line, style))
            .collect();
        let message_area = Rect::new(
            input_x,
            area.y + area.height - message_rows,
            input_width,
            message_rows,
        );
        frame.render_widget(Paragraph::new(message), message_area);
    }
}

/// The field's label, marked `> ` when focused: in its text, not only by
/// colour, so a monochrome terminal and a screen reader see it too.
fn render_label(frame: &mut Frame, area: Rect, field: &Field, focused: bool, theme: &Theme) {
    let label = format!(
        "{}{}{}",
        if focused { "> " } else { "  " },
        field.label,
        if field.required { " *" } else { "" }
    );
    let style = if focused {
        theme.label_focused
    } else {
        theme.text
    };
    frame.render_widget(
        Paragraph::new(text::fit(&label, area.width.saturating_sub(1).into())).style(style),
        area,
    );
}

/// Draws what the field holds; where the terminal's cursor goes in it.
fn render_input(
    frame: &mut Frame,
    area: Rect,
    field: &Field,
    focused: bool,
    theme: &Theme,
) -> (u16, u16) {
    let input_style = if focused {
        theme.input_focused
    } else {
        theme.input
    };
    let line = match &field.kind {
        Kind::Line(a) | Kind::Secret(a) | Kind::Lines(a, _) => {
            frame.render_widget(a, area);
            // Where the editor drew its cursor, now that it has scrolled to it.
            let at = a.screen_cursor();
            let (top, left) = a.scroll_offset();
            let row = (at.row as u16)
                .saturating_sub(top)
                .min(area.height.saturating_sub(1));
            let col = (at.col as u16)
                .saturating_sub(left)
                .min(area.width.saturating_sub(1));
            return (area.x + col, area.y + row);
        }
        Kind::Choice { options, selected } => {
            let unchosen = stoa_present::t!("form-choose-with-arrows");
            let shown = selected
                .and_then(|s| options.get(s))
                .map_or(unchosen.as_str(), String::as_str);
            Line::from(vec![
                Span::styled("◀ ", theme.dim),
                Span::styled(
                    text::fit(shown, area.width.saturating_sub(4).into()),
                    input_style,
                ),
                Span::styled(" ▶", theme.dim),
            ])
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
                Paragraph::new(text::fit(&format!("{mark}{label}"), area.width.into()))
                    .style(style),
                area,
            );
            return (area.x, area.y);
        }
        Kind::Picks {
            options,
            ticked,
            at,
        } => picks_line(options, ticked, *at, focused, input_style, theme),
    };
    // A paragraph without wrapping cuts the line at the edge.
    frame.render_widget(Paragraph::new(line), area);
    (area.x, area.y)
}

/// A pick-several field: the option under the cursor with its tick when
/// focused, else what is ticked.
fn picks_line<'a>(
    options: &[String],
    ticked: &[bool],
    at: usize,
    focused: bool,
    input_style: Style,
    theme: &Theme,
) -> Line<'a> {
    let chosen: Vec<&str> = options
        .iter()
        .zip(ticked)
        .filter(|(_, t)| **t)
        .map(|(o, _)| o.as_str())
        .collect();
    if focused {
        let mark = if ticked.get(at) == Some(&true) {
            "[x] "
        } else {
            "[ ] "
        };
        let current = options.get(at).map_or("", String::as_str);
        Line::from(vec![
            Span::styled("◀ ", theme.dim),
            Span::styled(format!("{mark}{current}"), input_style),
            Span::styled(" ▶", theme.dim),
            Span::styled(
                format!("  {}", stoa_present::t!("form-ticked", n = chosen.len())),
                theme.dim,
            ),
        ])
    } else if chosen.is_empty() {
        Line::styled(
            format!("({})", stoa_present::t!("form-none-ticked")),
            theme.dim,
        )
    } else {
        Line::styled(chosen.join(", "), input_style)
    }
}
