//! The parts an event's and a job's screens share: a heading (with the
//! committee's note when it was withdrawn), labelled fields, and scrolled drawing.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::Ctx;
use super::list::Scroll;
use stoa_core::domain::Hiding;
use stoa_core::forum::sanitize;
use stoa_present::t;
use stoa_present::text;
use stoa_present::theme::Theme;

/// "Corrected on 22 Nov 2026 by li: the venue moved", one a correction, in
/// the reader's time zone.
pub fn corrections(
    lines: &mut Vec<Line<'static>>,
    corrections: &[stoa_core::domain::Correction],
    ctx: &Ctx,
    width: usize,
) {
    use stoa_present::when::Days;
    let zone = stoa_core::forum::events::viewer_zone(ctx.viewer);
    for c in corrections {
        let said = t!(
            "item-corrected",
            day = c.at.to_zoned(zone.clone()).short_date(),
            by = c.by.as_str(),
            reason = sanitize::inline(&c.reason).to_string()
        );
        for part in text::wrap(&said, width.max(1)) {
            lines.push(Line::styled(part, ctx.theme.dim));
        }
    }
    if !corrections.is_empty() {
        lines.push(Line::from(""));
    }
}

/// The withdrawal note if any, the title, and a line about it.
pub fn heading(
    title: &str,
    about: &str,
    withdrawn: Option<&Hiding>,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if let Some(hiding) = withdrawn {
        let note = t!(
            "item-withdrawn",
            reason = sanitize::inline(&hiding.reason).to_string()
        );
        lines.extend(
            text::wrap(&note, width.min(text::MEASURE))
                .into_iter()
                .map(|l| Line::styled(l, theme.error)),
        );
        lines.push(Line::from(""));
    }
    lines.push(Line::styled(text::fit(title, width), theme.heading));
    lines.push(Line::styled(text::fit(about, width), theme.dim));
    lines.push(Line::from(""));
    lines
}

/// A label in a column `pad` wide, and its value wrapped beside it.
pub fn field(
    lines: &mut Vec<Line<'static>>,
    (label, pad): (&str, usize),
    value: &str,
    measure: usize,
    style: Style,
) {
    for (i, part) in text::wrap(value, measure.saturating_sub(pad))
        .into_iter()
        .enumerate()
    {
        let head = if i == 0 { label } else { "" };
        // Padded by display width: a translated label may be Chinese.
        lines.push(Line::styled(
            format!("{}{part}", text::column(head, pad)),
            style,
        ));
    }
}

/// Draws `lines` from the scroll position, or `problem` in their place.
pub fn render(
    frame: &mut Frame,
    area: Rect,
    ctx: &Ctx,
    scroll: &Scroll,
    lines: Result<Vec<Line<'static>>, &str>,
) {
    match lines {
        Ok(lines) => {
            let top = scroll.first_line(usize::from(area.height), lines.len());
            frame.render_widget(Paragraph::new(lines).scroll((top as u16, 0)), area);
        }
        Err(problem) => frame.render_widget(
            Paragraph::new(Line::styled(
                text::fit(problem, usize::from(area.width)),
                ctx.theme.error,
            )),
            area,
        ),
    }
}
