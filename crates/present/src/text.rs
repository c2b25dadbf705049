//! Fitting user text into cells: sanitised first, then measured by display width
//! (a CJK character or an emoji takes two cells, a combining mark none).

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use stoa_core::forum::sanitize;

/// Prose is wrapped at most this wide: long lines are hard to read on a wide screen.
pub const MEASURE: usize = 100;

/// "1 thread", "2 threads".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `text` cut or padded with spaces to exactly `width` cells: a table's
/// column, whatever the script (a Chinese character takes two cells).
pub fn column(text: &str, width: usize) -> String {
    let cut = fit(text, width);
    let room = width.saturating_sub(self::width(&cut));
    format!("{cut}{}", " ".repeat(room))
}

/// The same, aligned to the right.
pub fn column_right(text: &str, width: usize) -> String {
    let cut = fit(text, width);
    let room = width.saturating_sub(self::width(&cut));
    format!("{}{cut}", " ".repeat(room))
}

/// Names as a sentence says them, in the reader's language: "amara",
/// "amara and li", "amara, li and ben".
pub fn and_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => crate::t!(
            "list-and",
            first = rest.join(&crate::lang::text("list-separator")),
            last = last.as_str()
        ),
    }
}

/// "Conference" from "conference".
pub fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Cells `text` takes on the screen.
pub fn width(text: &str) -> usize {
    text.width()
}

/// Cuts `text` to at most `width` cells, ending in `…` when cut.
pub fn fit(text: &str, width: usize) -> String {
    let text = sanitize::inline(text);
    if text.width() <= width {
        return text.into_owned();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Word-wraps sanitised `text` to `width` cells; paragraphs stay apart, and a word
/// longer than a line is broken.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let text = sanitize::multiline(text);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut current = String::new();
        let mut used = 0;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let w = word.width();
            if used > 0 && used + 1 + w > width {
                lines.push(std::mem::take(&mut current));
                used = 0;
            }
            if used > 0 {
                current.push(' ');
                used += 1;
            }
            if w <= width {
                current.push_str(word);
                used += w;
                continue;
            }
            for c in word.chars() {
                let cw = c.width().unwrap_or(0);
                if used + cw > width {
                    lines.push(std::mem::take(&mut current));
                    used = 0;
                }
                current.push(c);
                used += cw;
            }
        }
        lines.push(current);
    }
    lines
}

/// `text` introducing what follows, with the colon as the language writes it:
/// "Version 2:", "Version 2 :" in French, "版本 2：" in Chinese.
pub fn introducing(text: &str) -> String {
    crate::t!("text-introduces", text = text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_listed_as_a_sentence_says_them() {
        let names = |n: &[&str]| n.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(and_list(&names(&[])), "");
        assert_eq!(and_list(&names(&["amara"])), "amara");
        assert_eq!(and_list(&names(&["amara", "li"])), "amara and li");
        assert_eq!(
            and_list(&names(&["amara", "li", "ben"])),
            "amara, li and ben"
        );
    }

    #[test]
    fn fitting_counts_cells_not_bytes() {
        assert_eq!(fit("short", 10), "short");
        assert_eq!(fit("Santé publique", 8), "Santé p…");
        assert_eq!(fit("東京都の保健", 5), "東京…");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(fit("a\x1b[31mb", 10), "a[31mb");
    }

    #[test]
    fn wrapping_keeps_words_and_paragraphs() {
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
        assert_eq!(wrap("a\n\nb", 5), ["a", "", "b"]);
        assert_eq!(wrap("abcdefgh", 3), ["abc", "def", "gh"]);
        assert!(wrap("東京 東京 東京", 4).iter().all(|l| l.width() <= 4));
    }
}
