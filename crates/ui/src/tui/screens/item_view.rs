//! The parts the screens of one item (an event, a job, a library entry, a
//! news item) share: a heading (with the committee's note when it was
//! withdrawn), labelled fields, the languages a translated item can be read
//! in, and scrolled drawing.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::list::Scroll;
use super::{Ctx, Step};
use crate::tui::keymap;
use stoa_core::domain::{Hiding, Language, Translation};
use stoa_core::forum::sanitize;
use stoa_present::text;
use stoa_present::theme::Theme;
use stoa_present::{t, translated};

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

/// `o`: the next language an entry or news item can be read in (the
/// original, then each translation), said in the status line.
pub fn other_language(
    shown: &mut Option<Language>,
    original: Option<Language>,
    translations: &[Translation],
) -> Step {
    if translations.is_empty() {
        return Step::Ignored;
    }
    *shown = translated::next_shown(*shown, translations);
    Step::Flash {
        text: t!(
            "translation-now-shown",
            name = translated::language_name(shown.or(original))
        ),
        error: false,
    }
}

/// The lines that say what language it is in, what other languages it can
/// be read in, and who translated what is shown.
pub fn language_lines(
    original: Option<Language>,
    translations: &[Translation],
    shown: Option<&Translation>,
    width: usize,
    theme: &stoa_present::theme::Theme,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if let Some(t) = shown {
        for part in text::wrap(&translated::translated_line(t, original), width) {
            lines.push(Line::styled(part, theme.dim));
        }
    }
    if let Some(all) = translated::languages_line(original, translations) {
        let said = t!(
            "translation-languages-line",
            languages = all,
            key = keymap::OTHER_LANGUAGE.label
        );
        for part in text::wrap(&said, width) {
            lines.push(Line::styled(part, theme.dim));
        }
    }
    lines
}
