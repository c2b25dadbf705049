//! Property tests for everything in the forum that takes hostile text: the
//! sanitiser, usernames and sign-up, checked over generated input.

use proptest::prelude::*;

use crate::forum::{SignUp, sanitize, validate};
use crate::testkit::hostile_text;

/// No character a terminal would act on: C0 and C1 controls, DEL.
fn is_terminal_control(c: char) -> bool {
    c.is_control()
}

/// What the sanitiser removes besides controls: bidi controls and marks, line and
/// paragraph separators, the zero-width space, the emoji presentation selector,
/// noncharacters.
fn is_hidden_harm(c: char) -> bool {
    let n = c as u32;
    matches!(n, 0x202A..=0x202E | 0x2066..=0x2069 | 0x200E | 0x200F | 0x061C)
        || matches!(n, 0x2028 | 0x2029 | 0x200B | 0xFE0F)
        || (0xFDD0..=0xFDEF).contains(&n)
        || n & 0xFFFE == 0xFFFE
}

/// The longest run of zero-width characters (combining marks and the like) drawn
/// on one cell.
fn most_marks_on_one_base(text: &str) -> usize {
    use unicode_width::UnicodeWidthChar;
    let (mut most, mut run) = (0, 0);
    for c in text.chars() {
        run = if c.width() == Some(0) { run + 1 } else { 0 };
        most = most.max(run);
    }
    most
}

/// Text with nothing the sanitiser removes (combining marks may still stack).
fn printable() -> impl Strategy<Value = String> {
    any::<String>().prop_map(|s| s.chars().filter(|&c| !removed(c)).collect())
}

/// What the sanitiser takes out of any text: controls, bidi overrides, isolates
/// and marks, line and paragraph separators, the zero-width space, the emoji
/// presentation selector and noncharacters.
fn removed(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{061C}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{200B}'
                | '\u{FE0F}'
                | '\u{FDD0}'..='\u{FDEF}'
        )
        || u32::from(c) & 0xFFFE == 0xFFFE
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// What comes out of the sanitiser cannot drive a terminal.
    #[test]
    fn sanitised_text_holds_no_controls(text in any::<String>()) {
        let line = sanitize::inline(&text);
        prop_assert!(!line.chars().any(is_terminal_control), "{line:?}");
        let block = sanitize::multiline(&text);
        prop_assert!(!block.chars().any(|c| c != '\n' && is_terminal_control(c)), "{block:?}");
        prop_assert!(!sanitize::has_controls(&line));
    }

    /// not allowed, break a feed, or stack more than the cap of marks on a cell.
    #[test]
    fn sanitised_text_holds_nothing_that_hides_reorders_or_stacks(
        text in prop_oneof![any::<String>(), hostile_text()],
    ) {
        let line = sanitize::inline(&text);
        prop_assert!(!line.chars().any(|c| c == '\n' || is_hidden_harm(c)), "{line:?}");
        prop_assert!(most_marks_on_one_base(&line) <= sanitize::MARKS_PER_BASE, "{line:?}");
        let block = sanitize::multiline(&text);
        prop_assert!(!block.chars().any(is_hidden_harm), "{block:?}");
        prop_assert!(most_marks_on_one_base(&block) <= sanitize::MARKS_PER_BASE, "{block:?}");
    }

    /// Printable text passes the sanitiser unchanged.
    #[test]
    fn printable_text_passes_unchanged(text in printable()) {
        prop_assume!(most_marks_on_one_base(&text) <= sanitize::MARKS_PER_BASE);
        let (line, block) = (sanitize::inline(&text), sanitize::multiline(&text));
        prop_assert_eq!(line.as_ref(), text.as_str());
        prop_assert_eq!(block.as_ref(), text.as_str());
    }

    /// The username rule is exactly `[a-z0-9_-]{2,32}` (less the reserved names).
    #[test]
    fn usernames_follow_the_rule(name in "[a-z0-9_-]{2,32}") {
        prop_assume!(!validate::RESERVED.contains(&name.as_str()));
        prop_assert!(validate::username(&name).is_ok());
    }

    #[test]
    fn anything_else_is_not_a_username(name in any::<String>()) {
        let fits = (2..=32).contains(&name.len())
            && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if !fits {
            prop_assert!(validate::username(&name).is_err());
        }
    }

    /// with a control character in it, and never panics.
    #[test]
    fn sign_up_refuses_control_characters(
        username in any::<String>(),
        display_name in any::<String>(),
        organization in any::<String>(),
        time_zone in any::<String>(),
    ) {
        let form = SignUp {
            username,
            display_name,
            organization,
            region: Some(crate::domain::Region::African),
            time_zone,
            accepted_policy: true,
        language: None,
        };
        if form.check().is_empty() {
            for field in [&form.username, &form.display_name, &form.organization, &form.time_zone] {
                prop_assert!(!sanitize::has_controls(field), "{field:?} accepted");
            }
        }
    }
}
