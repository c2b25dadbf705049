//! Property test for markdown: any post renders safely at any width.

use proptest::prelude::*;
use unicode_width::UnicodeWidthStr;

/// No character a terminal would act on: C0 and C1 controls, DEL.
fn is_terminal_control(c: char) -> bool {
    c.is_control()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// character; the narrowest screen gives a post far more.
    #[test]
    fn markdown_renders_safely_at_any_width(
        body in markdownish(),
        width in 8usize..120,
    ) {
        let theme = crate::theme::Theme::default();
        let lines = super::render(&body, width, "  ", &theme);
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
