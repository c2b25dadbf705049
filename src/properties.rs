//! Property tests for everything that takes hostile input: the input parser, the
//! sanitiser, markdown rendering and sign-up validation. Each property is what a
//! member (or an attacker) would rely on, checked over generated input.

use proptest::prelude::*;
use unicode_width::UnicodeWidthStr;

use crate::forum::{SignUp, sanitize, validate};
use crate::ssh::input::InputParser;
use crate::tui::Input;

/// Bytes a terminal might send, biased towards the interesting ones: escape
/// sequence starts, paste markers, UTF-8 lead bytes, CR/LF, and plain text.
fn terminal_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        any::<u8>().prop_map(|b| vec![b]),
        Just(b"\x1b".to_vec()),
        Just(b"\x1b[".to_vec()),
        Just(b"\x1b[A".to_vec()),
        Just(b"\x1b[3~".to_vec()),
        Just(b"\x1bO".to_vec()),
        Just(b"\x1b[200~".to_vec()),
        Just(b"\x1b[201~".to_vec()),
        Just(b"\r\n".to_vec()),
        Just("é✓😀".as_bytes().to_vec()),
        Just(vec![0xe2, 0x9c]),
        "[ -~]{0,8}".prop_map(String::into_bytes),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// Text a member might type, or paste to do harm: any characters at all, mixed
/// with what breaks terminals, XML and iCalendar (controls, noncharacters, line
/// separators, bidi controls, stacked combining marks, reserved punctuation,
/// whitespace at the ends).
pub(crate) fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<String>(),
        "[a-zé東 ]{0,12}",
        Just("\u{FFFE}\u{FFFF}\u{FDD0}\u{FDEF}\u{1FFFE}\u{10FFFF}".to_string()),
        Just("\x00\x08\x0b\x0c\x1b[2J\u{9b}31m\x7f\r\n\t".to_string()),
        Just(
            "\u{2028}\u{2029}\u{200B}\u{200E}\u{200F}\u{061C}\u{202E}\u{2066}\u{FE0F}".to_string()
        ),
        Just(format!("e{}", "\u{301}".repeat(9))),
        Just("&<>\"'; ,\\:]]>&amp;".to_string()),
        Just("\u{D7FF}\u{E000}\u{FFFD}\u{10000}".to_string()),
        Just("  \u{3000}\u{A0}".to_string()),
    ];
    prop::collection::vec(piece, 0..6).prop_map(|pieces| pieces.concat())
}

fn parse_in_chunks(bytes: &[u8], cuts: &[usize]) -> Vec<Input> {
    let mut parser = InputParser::default();
    let mut out = Vec::new();
    let mut at = 0;
    let mut cuts: Vec<usize> = cuts.iter().map(|c| c % (bytes.len() + 1)).collect();
    cuts.sort_unstable();
    for cut in cuts {
        out.extend(parser.feed(&bytes[at..cut]));
        at = cut;
    }
    out.extend(parser.feed(&bytes[at..]));
    out.extend(parser.flush());
    out
}

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

    /// However the network cuts the bytes into packets, the keys are the same.
    #[test]
    fn packet_boundaries_do_not_change_the_keys(
        bytes in terminal_bytes(),
        cuts in prop::collection::vec(any::<usize>(), 0..6),
    ) {
        let whole = parse_in_chunks(&bytes, &[]);
        let split = parse_in_chunks(&bytes, &cuts);
        prop_assert_eq!(whole, split);
    }

    /// Any bytes at all, invalid UTF-8 included, give keys without control
    /// characters inside them (a pasted ESC never reaches a post).
    #[test]
    fn keys_and_pastes_carry_no_escape_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        for input in parse_in_chunks(&bytes, &[]) {
            if let Input::Key(crate::tui::Key::Char(c)) = input {
                prop_assert!(!is_terminal_control(c), "{c:?}");
            }
        }
    }

    /// What comes out of the sanitiser cannot drive a terminal.
    #[test]
    fn sanitised_text_holds_no_controls(text in any::<String>()) {
        let line = sanitize::inline(&text);
        prop_assert!(!line.chars().any(is_terminal_control), "{line:?}");
        let block = sanitize::multiline(&text);
        prop_assert!(!block.chars().any(|c| c != '\n' && is_terminal_control(c)), "{block:?}");
        prop_assert!(!sanitize::has_controls(&line));
    }

    /// Nor can it reorder a screen, hide in a word, break a line where lines are
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

    /// A post renders at any width without a control character and without a line
    /// wider than the room it was given (the indent included). Eight cells is the
    /// least that holds any line's marker (a list number, a quote bar) and a wide
    /// character; the narrowest screen gives a post far more.
    #[test]
    fn markdown_renders_safely_at_any_width(
        body in markdownish(),
        width in 8usize..120,
    ) {
        let theme = crate::tui::theme::Theme::default();
        let lines = crate::tui::markdown::render(&body, width, "  ", &theme);
        for line in &lines {
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            prop_assert!(!text.chars().any(is_terminal_control), "{text:?}");
            prop_assert!(
                text.width() <= width + 2,
                "{} cells at width {width}: {text:?}",
                text.width()
            );
        }
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

    /// A sign-up form with hostile fields is refused field by field, never accepted
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
        };
        if form.check().is_empty() {
            for field in [&form.username, &form.display_name, &form.organization, &form.time_zone] {
                prop_assert!(!sanitize::has_controls(field), "{field:?} accepted");
            }
        }
    }
}

/// Text with markdown-lite's syntax mixed in, wide characters and controls.
fn markdownish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-z ]{0,30}",
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("- ".to_string()),
        Just("1. ".to_string()),
        Just("> ".to_string()),
        Just("```\n".to_string()),
        Just("**".to_string()),
        Just("*".to_string()),
        Just("`".to_string()),
        Just("[link](https://example.org/a/very/long/path)".to_string()),
        Just("  \n".to_string()),
        Just("\\\n".to_string()),
        Just("# ".to_string()),
        Just("健康な地域社会".to_string()),
        Just("😀👩‍⚕️".to_string()),
        Just("e\u{301}".to_string()),
        Just("\x1b[2J\u{9b}31m\t\r".to_string()),
        Just("averyveryverylongwordwithoutanyspacesatallthatmustbebroken".to_string()),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|p| p.concat())
}
