//! Markdown-lite: what members can write in a post and how it reads in a terminal.
//!
//! - A blank line separates paragraphs; lines next to each other join into one
//!   paragraph (so text wrapped by hand reflows to the screen); two trailing spaces
//!   or a `\` end a line where it is.
//! - `*emphasis*` and `_emphasis_`, `**strong**`, `` `code` ``.
//! - Lists: lines starting `- `, `* `, `+ ` or `1. `; wrapped lines hang under the text.
//! - Quotes: lines starting `> `, drawn with a bar.
//! - Code blocks between ``` fences, kept verbatim.
//! - Links `[text](url)` read as "text (url)"; nothing is clickable or fetched.
//! - A line starting `# ` is a heading.
//!
//! The body is sanitised again here, whatever the store holds.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

use super::theme::Theme;
use crate::forum::sanitize;

/// A run of source lines that wraps as one: a paragraph, a list item or a quote.
struct Block {
    /// Drawn before the first line (a bullet, a number, the quote bar).
    first: String,
    /// Drawn before the lines after it (a hanging indent, the quote bar).
    rest: String,
    text: String,
    style: Style,
    quote: bool,
}

/// Renders `body` into lines at most `width` cells wide, each starting with `indent`.
pub fn render(body: &str, width: usize, indent: &str, theme: &Theme) -> Vec<Line<'static>> {
    let body = sanitize::multiline(body);
    let mut out = Vec::new();
    let mut block: Option<Block> = None;
    let mut in_code = false;
    let flush = |block: &mut Option<Block>, out: &mut Vec<Line<'static>>| {
        if let Some(b) = block.take() {
            draw(&b, width, indent, theme, out);
        }
    };
    for raw in body.lines() {
        let line = raw.trim_end();
        if line.trim_start().starts_with("```") {
            flush(&mut block, &mut out);
            in_code = !in_code;
            continue;
        }
        if in_code {
            for chunk in hard_wrap(line, width.saturating_sub(2).max(1)) {
                out.push(Line::from(vec![
                    Span::raw(format!("{indent}  ")),
                    Span::styled(chunk, theme.code),
                ]));
            }
            continue;
        }
        if line.is_empty() {
            flush(&mut block, &mut out);
            out.push(Line::from(indent.to_string()));
            continue;
        }
        let trimmed = line.trim_start();
        // Two trailing spaces or a backslash end a line where it is.
        let hard_break = raw.ends_with("  ") || line.ends_with('\\');
        let trimmed = trimmed.strip_suffix('\\').unwrap_or(trimmed);
        let starts = if let Some(quoted) = trimmed.strip_prefix('>') {
            if let Some(b) = block.as_mut().filter(|b| b.quote) {
                b.text.push(' ');
                b.text.push_str(quoted.trim_start());
                None
            } else {
                Some(Block {
                    first: "│ ".into(),
                    rest: "│ ".into(),
                    text: quoted.trim_start().into(),
                    style: theme.quote,
                    quote: true,
                })
            }
        } else if let Some(item) = ["- ", "* ", "+ "]
            .iter()
            .find_map(|m| trimmed.strip_prefix(m))
        {
            Some(Block {
                first: "• ".into(),
                rest: "  ".into(),
                text: item.into(),
                style: theme.text,
                quote: false,
            })
        } else if let Some((number, item)) = numbered(trimmed) {
            let lead = format!("{number}. ");
            Some(Block {
                rest: " ".repeat(lead.chars().count()),
                first: lead,
                text: item.into(),
                style: theme.text,
                quote: false,
            })
        } else if let Some(heading) = trimmed.strip_prefix("# ") {
            Some(Block {
                first: String::new(),
                rest: String::new(),
                text: heading.into(),
                style: theme.title,
                quote: false,
            })
        } else if let Some(b) = block.as_mut().filter(|b| !b.quote) {
            // A line right under a paragraph or a list item carries it on.
            b.text.push(' ');
            b.text.push_str(trimmed);
            None
        } else {
            Some(Block {
                first: String::new(),
                rest: String::new(),
                text: trimmed.into(),
                style: theme.text,
                quote: false,
            })
        };
        if let Some(new) = starts {
            flush(&mut block, &mut out);
            block = Some(new);
        }
        if hard_break {
            flush(&mut block, &mut out);
        }
    }
    flush(&mut block, &mut out);
    // Trailing blank lines say nothing.
    while out
        .last()
        .is_some_and(|l| l.spans.iter().all(|s| s.content.trim().is_empty()))
    {
        out.pop();
    }
    out
}

fn draw(b: &Block, width: usize, indent: &str, theme: &Theme, out: &mut Vec<Line<'static>>) {
    let room = width.saturating_sub(b.first.chars().count()).max(1);
    let cells = inline(&b.text, b.style, theme);
    let lead_style = if b.quote { theme.quote } else { theme.dim };
    for (i, spans) in wrap_cells(&cells, room).into_iter().enumerate() {
        let lead = if i == 0 { &b.first } else { &b.rest };
        let mut line = vec![
            Span::raw(indent.to_string()),
            Span::styled(lead.clone(), lead_style),
        ];
        line.extend(spans);
        out.push(Line::from(line));
    }
}

/// `12. rest` → (12, rest).
fn numbered(line: &str) -> Option<(u32, &str)> {
    let digits = line.find(|c: char| !c.is_ascii_digit())?;
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = line[digits..]
        .strip_prefix(". ")
        .or_else(|| line[digits..].strip_prefix(") "))?;
    Some((line[..digits].parse().ok()?, rest))
}

/// Splits a line of text into styled characters, reading emphasis, code and links.
fn inline(text: &str, base: Style, theme: &Theme) -> Vec<(char, Style)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let (mut strong, mut emphasis) = (false, false);
    let mut i = 0;
    let closes = |from: usize, marker: &[char]| -> bool {
        chars[from..].windows(marker.len()).any(|w| w == marker)
    };
    while i < chars.len() {
        let c = chars[i];
        let prev = if i == 0 { ' ' } else { chars[i - 1] };
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        let style = {
            let mut s = base;
            if strong {
                s = s.add_modifier(Modifier::BOLD);
            }
            if emphasis {
                s = s.add_modifier(Modifier::ITALIC);
            }
            s
        };
        match c {
            '`' => {
                if let Some(end) = chars[i + 1..].iter().position(|&c| c == '`') {
                    out.extend(chars[i + 1..i + 1 + end].iter().map(|&c| (c, theme.code)));
                    i += end + 2;
                    continue;
                }
            }
            '*' if next == '*'
                && (strong
                    || (!chars.get(i + 2).is_none_or(|c| c.is_whitespace())
                        && closes(i + 2, &['*', '*']))) =>
            {
                strong = !strong;
                i += 2;
                continue;
            }
            // An opening marker needs a closer ahead and text right after it; an `_`
            // inside a word (snake_case) is not a marker at all.
            '*' | '_'
                if (!emphasis
                    && !next.is_whitespace()
                    && closes(i + 1, &[c])
                    && (c == '*' || !prev.is_alphanumeric()))
                    || (emphasis && (c == '*' || !next.is_alphanumeric())) =>
            {
                emphasis = !emphasis;
                i += 1;
                continue;
            }
            '[' => {
                if let Some((label, url, used)) = link(&chars[i..]) {
                    out.extend(
                        label
                            .chars()
                            .map(|c| (c, style.add_modifier(Modifier::UNDERLINED))),
                    );
                    out.extend(format!(" ({url})").chars().map(|c| (c, theme.dim)));
                    i += used;
                    continue;
                }
            }
            _ => {}
        }
        out.push((c, style));
        i += 1;
    }
    out
}

/// `[label](url)` at the start of `chars`: the label, the url and how many
/// characters it took.
fn link(chars: &[char]) -> Option<(String, String, usize)> {
    let close = chars.iter().position(|&c| c == ']')?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let end = chars[close + 2..].iter().position(|&c| c == ')')? + close + 2;
    let label: String = chars[1..close].iter().collect();
    let url: String = chars[close + 2..end].iter().collect();
    if url.is_empty() || url.contains(' ') {
        return None;
    }
    Some((label, url, end + 1))
}

/// Greedy word wrap of styled characters by display width; a word longer than the
/// line is broken.
fn wrap_cells(cells: &[(char, Style)], width: usize) -> Vec<Vec<Span<'static>>> {
    let mut lines: Vec<Vec<(char, Style)>> = Vec::new();
    let mut line: Vec<(char, Style)> = Vec::new();
    let mut used = 0;
    for word in cells.split(|(c, _)| *c == ' ').filter(|w| !w.is_empty()) {
        let w: usize = word.iter().map(|(c, _)| c.width().unwrap_or(0)).sum();
        if used > 0 && used + 1 + w > width {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if used > 0 {
            // The space takes the style of the text around it (an underlined link
            // stays one underline).
            line.push((' ', word[0].1));
            used += 1;
        }
        for &(c, style) in word {
            let cw = c.width().unwrap_or(0);
            if used + cw > width && used > 0 {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push((c, style));
            used += cw;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines.into_iter().map(spans).collect()
}

fn spans(cells: Vec<(char, Style)>) -> Vec<Span<'static>> {
    let mut out: Vec<Span<'static>> = Vec::new();
    let mut text = String::new();
    let mut current: Option<Style> = None;
    for (c, style) in cells {
        if current.is_some_and(|s| s != style) {
            out.push(Span::styled(
                std::mem::take(&mut text),
                current.unwrap_or_default(),
            ));
        }
        current = Some(style);
        text.push(c);
    }
    if let Some(style) = current {
        out.push(Span::styled(text, style));
    }
    out
}

/// Cuts a line into pieces of at most `width` cells, spaces kept (for code).
fn hard_wrap(line: &str, width: usize) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut used = 0;
    for c in line.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw > width && used > 0 {
            out.push(String::new());
            used = 0;
        }
        if let Some(last) = out.last_mut() {
            last.push(c);
        }
        used += cw;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    fn text(lines: &[Line]) -> Vec<String> {
        lines
            .iter()
            .map(|l| {
                l.spans
                    .iter()
                    .map(|s| s.content.as_ref())
                    .collect::<String>()
            })
            .collect()
    }

    fn styled(lines: &[Line], word: &str) -> Style {
        lines
            .iter()
            .flat_map(|l| l.spans.iter())
            .find(|s| s.content.contains(word))
            .map(|s| s.style)
            .unwrap_or_default()
    }

    #[test]
    fn paragraphs_lists_quotes_code_and_links() {
        let theme = Theme::default();
        let body = "Hello *team*, **read**\nthis.\n\n- one item that\n  wraps around\n2. second\n> quoted\n> words\n```\nlet x =  1;\n```\nSee [the guide](https://who.int/x) and `code`.\\\nAddress line";
        let lines = render(body, 20, "", &theme);
        assert_eq!(
            text(&lines),
            [
                "Hello team, read",
                "this.",
                "",
                "• one item that",
                "  wraps around",
                "2. second",
                "│ quoted words",
                "  let x =  1;",
                "See the guide",
                "(https://who.int/x)",
                "and code.",
                "Address line",
            ]
        );
        assert!(
            styled(&lines, "team")
                .add_modifier
                .contains(Modifier::ITALIC)
        );
        assert!(styled(&lines, "read").add_modifier.contains(Modifier::BOLD));
        assert!(
            styled(&lines, "the")
                .add_modifier
                .contains(Modifier::UNDERLINED)
        );
        assert_eq!(styled(&lines, "code"), theme.code);
    }

    #[test]
    fn snake_case_and_lone_markers_stay_literal() {
        let theme = Theme::default();
        let lines = render("use snake_case_names * 2 and a_b", 80, "", &theme);
        assert_eq!(text(&lines), ["use snake_case_names * 2 and a_b"]);
        assert!(
            !styled(&lines, "case")
                .add_modifier
                .contains(Modifier::ITALIC)
        );
    }

    #[test]
    fn wide_text_and_controls_never_overflow_or_escape() {
        let theme = Theme::default();
        let body =
            "東京の保健所で働いています 👩🏽‍⚕️ e\u{301}\u{200b} \x1b]0;title\x07\x1b[2J done\u{9b}";
        for width in [1, 2, 5, 13, 40] {
            let lines = render(body, width, "  ", &theme);
            for line in text(&lines) {
                assert!(line.width() <= width.max(1) + 2 + 1, "{line:?} at {width}");
                assert!(!line.chars().any(|c| c.is_control()), "{line:?}");
            }
        }
    }
}
