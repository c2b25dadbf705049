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

    /// Printable text passes the sanitiser unchanged.
    #[test]
    fn printable_text_passes_unchanged(text in "[^\\p{Cc}\u{202A}-\u{202E}\u{2066}-\u{2069}\u{FE0F}]*") {
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
