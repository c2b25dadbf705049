//! The shape of what members type into profile fields. Each check returns the
//! sentence shown next to the field.

use jiff::tz::TimeZone;

use super::sanitize::has_controls;
use unicode_width::UnicodeWidthChar;

/// What a username may be made of: the hint by the field, and the refusal.
pub fn username_rule() -> String {
    crate::t!("forum-validate-username-rule")
}

/// Names that would confuse readers or scripts (`whoami` prints `guest` for guests).
pub(crate) const RESERVED: &[&str] = &[
    "guest",
    "stoa",
    "system",
    "nobody",
    "anonymous",
    "everyone",
    "all",
    "here",
    // `message committee` writes to the editorial committee.
    "committee",
];

/// Characters that take a place on screen: combining marks and other
/// zero-width characters do not count towards a title's length (a title of
/// marks alone shows as a blank line).
pub fn visible_chars(text: &str) -> usize {
    text.trim()
        .chars()
        .filter(|c| c.width().unwrap_or(0) > 0)
        .count()
}

pub fn username(name: &str) -> Result<(), String> {
    let len = name.chars().count();
    if name.is_empty() {
        return Err(crate::t!("forum-validate-choose-username"));
    }
    if !(2..=32).contains(&len)
        || !name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
    {
        return Err(username_rule());
    }
    if RESERVED.contains(&name) {
        return Err(crate::t!("forum-validate-username-reserved", name = name));
    }
    Ok(())
}

/// A required single line of at most `max` characters. `what` names the
/// field in English ("name as others will see it"): the fields the forum
/// knows have a whole sentence of their own, which languages translate whole.
pub fn required_line(value: &str, what: &str, max: usize) -> Result<(), String> {
    if value.trim().is_empty() {
        return Err(match what {
            "name as others will see it" => crate::t!("forum-validate-enter-display-name"),
            "community's name" => crate::t!("forum-validate-enter-community-name"),
            _ => crate::t!("forum-validate-enter-your", what = what),
        });
    }
    optional_line(value, max)
}

/// An optional single line of at most `max` characters.
pub fn optional_line(value: &str, max: usize) -> Result<(), String> {
    if has_controls(value) {
        return Err(crate::t!("forum-validate-control-characters"));
    }
    let len = value.trim().chars().count();
    if len > max {
        return Err(crate::t!("forum-validate-too-long", max = max, len = len));
    }
    Ok(())
}

pub fn time_zone(name: &str) -> Result<(), String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(crate::t!("forum-validate-enter-time-zone"));
    }
    TimeZone::get(name)
        .map(|_| ())
        .map_err(|_| crate::t!("forum-validate-unknown-time-zone"))
}

pub const BIO_MAX: usize = 2000;

pub fn bio(text: &str) -> Result<(), String> {
    let len = text.trim().chars().count();
    if len > BIO_MAX {
        return Err(crate::t!(
            "forum-validate-too-long",
            max = BIO_MAX,
            len = len
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_follow_the_rule() {
        for ok in ["ab", "amara_o", "who-2026", &"x".repeat(32)] {
            assert_eq!(username(ok), Ok(()), "{ok}");
        }
        for bad in [
            "a",
            "Amara",
            "amara o",
            "amára",
            "a.b",
            &"x".repeat(33),
            "a\x1b",
        ] {
            assert_eq!(username(bad), Err(username_rule()), "{bad}");
        }
        assert_eq!(username(""), Err("choose a username".to_string()));
        assert!(username("guest").unwrap_err().contains("reserved"));
    }

    #[test]
    fn lines_are_required_bounded_and_plain() {
        assert!(required_line("  ", "display name", 64).is_err());
        assert!(required_line("Amara", "display name", 64).is_ok());
        assert!(optional_line("", 100).is_ok());
        assert!(
            optional_line(&"x".repeat(101), 100)
                .unwrap_err()
                .contains("at most 100")
        );
        assert!(
            optional_line("bad\x1b[31m", 100)
                .unwrap_err()
                .contains("control")
        );
    }

    #[test]
    fn time_zones_must_be_real() {
        assert!(time_zone("Africa/Nairobi").is_ok());
        assert!(time_zone("UTC").is_ok());
        assert!(
            time_zone("Mars/Olympus")
                .unwrap_err()
                .contains("unknown time zone")
        );
        assert!(time_zone("").is_err());
    }
}
