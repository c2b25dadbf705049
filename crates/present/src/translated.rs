//! What a reader is shown of something translated (a library entry, a news
//! item): its translation in their language when there is one, else the
//! original; the languages it can be read in; and who translated it.

use stoa_core::domain::{Language, Languages, Translation, in_language};
use stoa_core::forum::sanitize;

use crate::t;

/// The language shown first to a reader of `reader`'s language: a
/// translation into it, when the original is in another; else the original
/// (none).
pub fn first_shown(
    original: Option<Language>,
    translations: &[Translation],
    reader: Language,
) -> Option<Language> {
    (original != Some(reader) && in_language(translations, reader).is_some()).then_some(reader)
}

/// The next language to show, for a key that goes round them: the original
/// (none), then each translation in the order they were approved.
pub fn next_shown(shown: Option<Language>, translations: &[Translation]) -> Option<Language> {
    let at = shown.and_then(|l| translations.iter().position(|t| t.language == l));
    let next = at.map_or(0, |i| i + 1);
    translations.get(next).map(|t| t.language)
}

/// The translation shown, if `shown` names one that exists.
pub fn translation(translations: &[Translation], shown: Option<Language>) -> Option<&Translation> {
    shown.and_then(|l| in_language(translations, l))
}

/// The title a reader in the session's language sees in a list: its
/// translation's, when it is translated into their language.
pub fn title_for<'a>(
    title: &'a str,
    original: Option<Language>,
    translations: &'a [Translation],
) -> &'a str {
    let shown = first_shown(original, translations, crate::lang::current());
    translation(translations, shown).map_or(title, |t| t.title.as_str())
}

/// "English (original) · Français · Español": every language it can be read
/// in, the original's first. None when it has no translation.
pub fn languages_line(original: Option<Language>, translations: &[Translation]) -> Option<String> {
    if translations.is_empty() {
        return None;
    }
    let mut names = vec![match original {
        Some(l) => t!("translation-original-named", name = l.native_name()),
        None => t!("translation-original"),
    }];
    names.extend(
        translations
            .iter()
            .map(|t| t.language.native_name().to_string()),
    );
    Some(names.join(" · "))
}

/// "Translated from English by mbeki, approved by the committee."
pub fn translated_line(t: &Translation, original: Option<Language>) -> String {
    let by = sanitize::inline(t.by.as_str()).into_owned();
    match original {
        Some(l) => t!("translation-shown-from", from = l.native_name(), by = by),
        None => t!("translation-shown", by = by),
    }
}

/// "Français and Español": a set of languages, each in its own name, joined
/// the reader's way.
pub fn names(set: Languages) -> String {
    let names: Vec<String> = set
        .list()
        .iter()
        .map(|l| l.native_name().to_string())
        .collect();
    crate::text::and_list(&names)
}

/// The language a thing is written in, as a field shows it; "not known"
/// when it was neither chosen nor detected.
pub fn language_name(language: Option<Language>) -> String {
    language.map_or_else(
        || t!("translation-language-unknown"),
        |l| l.native_name().to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use stoa_core::domain::SubmissionId;

    fn into(language: Language) -> Translation {
        Translation {
            language,
            title: format!("title in {language}"),
            text: String::new(),
            by: "mbeki".into(),
            published_at: jiff::Timestamp::UNIX_EPOCH,
            submission: SubmissionId(1),
        }
    }

    #[test]
    fn a_reader_sees_their_language_first_and_can_go_round_the_others() {
        let list = [into(Language::Fr), into(Language::Es)];
        let en = Some(Language::En);
        assert_eq!(first_shown(en, &list, Language::Fr), Some(Language::Fr));
        // No translation into Russian: the original.
        assert_eq!(first_shown(en, &list, Language::Ru), None);
        // A reader of the original's language reads the original.
        assert_eq!(first_shown(en, &list, Language::En), None);
        assert_eq!(next_shown(None, &list), Some(Language::Fr));
        assert_eq!(next_shown(Some(Language::Fr), &list), Some(Language::Es));
        assert_eq!(next_shown(Some(Language::Es), &list), None);
        assert_eq!(next_shown(None, &[]), None);
        assert_eq!(
            translation(&list, Some(Language::Es)).map(|t| t.title.as_str()),
            Some("title in es")
        );
        crate::lang::scope(Language::En, || {
            assert_eq!(
                languages_line(en, &list).as_deref(),
                Some("English (original) · Français · Español")
            );
            assert_eq!(languages_line(en, &[]), None);
        });
    }
}
