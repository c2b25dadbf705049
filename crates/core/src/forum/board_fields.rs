//! Checks shared by the events board and the jobs board: dates as members type
//! them, links, descriptions and tags.

use jiff::civil::{Date, DateTime};

use super::FieldName;
use super::{FieldErrors, sanitize, validate};
use crate::domain::tags_from;

pub const TITLE_MAX: usize = 120;
pub const LINE_MAX: usize = 200;
pub const DESCRIPTION_MIN: usize = 20;
pub const DESCRIPTION_MAX: usize = 4000;
pub const TAGS_MAX: usize = 8;
pub const TAG_MAX: usize = 30;

/// `2026-12-03 09:00` (or with a `T`, or seconds): a date and time on a wall clock.
pub fn date_time(text: &str) -> Result<DateTime, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(crate::t!("forum-board-fields-date-time-needed"));
    }
    text.replacen(' ', "T", 1).parse::<DateTime>().map_err(|_| {
        crate::t!(
            "forum-board-fields-not-date-time",
            typed = sanitize::inline(text).to_string()
        )
    })
}

/// `2026-12-03`.
pub fn date(text: &str) -> Result<Date, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(crate::t!("forum-board-fields-date-needed"));
    }
    text.parse::<Date>().map_err(|_| {
        crate::t!(
            "forum-board-fields-not-date",
            typed = sanitize::inline(text).to_string()
        )
    })
}

/// An optional web link: empty, or http(s) with something after it.
pub fn link(text: &str) -> Result<(), String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(());
    }
    validate::optional_line(text, LINE_MAX)?;
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    match rest {
        Some(rest) if !rest.is_empty() && !rest.contains(char::is_whitespace) => Ok(()),
        _ => Err(crate::t!("forum-board-fields-link-needed")),
    }
}

/// A required line, with the message a form shows under it.
pub fn required(errors: &mut FieldErrors, field: FieldName, value: &str, what: &str, max: usize) {
    if value.trim().is_empty() {
        errors.add(field, crate::t!("forum-board-fields-enter", what = what));
    } else if let Err(e) = validate::optional_line(value, max) {
        errors.add(field, e);
    }
}

/// A title: given, at least as long as a thread's (three characters), and
/// within `max`. Every board and shelf asks the same of its titles.
pub fn title(errors: &mut FieldErrors, value: &str, what: &str, max: usize) {
    let len = super::validate::visible_chars(value);
    if len > 0 && len < super::discussions::TITLE_MIN {
        errors.add(
            FieldName::Title,
            crate::t!(
                "forum-board-fields-at-least",
                min = super::discussions::TITLE_MIN
            ),
        );
    } else {
        required(errors, FieldName::Title, value, what, max);
    }
}

pub fn optional(errors: &mut FieldErrors, field: FieldName, value: &str, max: usize) {
    if let Err(e) = validate::optional_line(value, max) {
        errors.add(field, e);
    }
}

/// A description: required when the item is sent, always within the limit.
pub fn description(errors: &mut FieldErrors, value: &str, send: bool) {
    let len = value.trim().chars().count();
    if send && len < DESCRIPTION_MIN {
        errors.add(
            FieldName::Description,
            crate::t!(
                "forum-board-fields-description-needed",
                min = DESCRIPTION_MIN
            ),
        );
    } else if len > DESCRIPTION_MAX {
        errors.add(
            FieldName::Description,
            crate::t!(
                "forum-board-fields-too-long",
                max = DESCRIPTION_MAX,
                len = len
            ),
        );
    }
}

pub fn tags(errors: &mut FieldErrors, value: &str) {
    let tags = tags_from(value);
    if tags.len() > TAGS_MAX {
        errors.add(
            FieldName::Tags,
            crate::t!(
                "forum-board-fields-too-many-tags",
                max = TAGS_MAX,
                count = tags.len()
            ),
        );
    } else if let Some(long) = tags.iter().find(|t| t.chars().count() > TAG_MAX) {
        errors.add(
            FieldName::Tags,
            crate::t!(
                "forum-board-fields-tag-too-long",
                max = TAG_MAX,
                tag = sanitize::inline(long).to_string()
            ),
        );
    } else if let Err(e) = validate::optional_line(value, TAGS_MAX * (TAG_MAX + 2)) {
        errors.add(FieldName::Tags, e);
    }
}

/// A line as stored: trimmed and without control characters.
pub fn clean(value: &str) -> String {
    sanitize::inline(value.trim()).into_owned()
}

pub fn clean_text(value: &str) -> String {
    sanitize::multiline(value.trim()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_times_are_read_as_typed_or_explained() {
        assert_eq!(
            date_time("2026-12-03 09:00").unwrap().to_string(),
            "2026-12-03T09:00:00"
        );
        assert!(date_time("2026-12-03T09:00").is_ok());
        assert!(
            date_time("3 Dec 2026")
                .unwrap_err()
                .contains("2026-12-03 09:00")
        );
        assert!(date_time("2026-02-30 09:00").is_err());
        assert!(date("2026-12-31").is_ok());
        assert!(date("31/12/2026").unwrap_err().contains("not a date"));
    }

    #[test]
    fn links_must_be_web_addresses() {
        assert!(link("").is_ok());
        assert!(link("https://who.int/x").is_ok());
        assert!(link("who.int").is_err());
        assert!(link("https://").is_err());
        assert!(link("javascript:alert(1)").is_err());
    }
}
