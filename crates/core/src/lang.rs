//! The interface's words in the reader's language (the forum's own sentences
//! too, which is why this is in the core: a rule that refuses something says
//! why in the member's language). Every sentence comes from
//! the Fluent catalogues in `assets/locales/<code>/` (plurals and the network's
//! terms are the catalogues' business, not the code's); a message a language
//! lacks falls back to English.
//!
//! The language is the session's: each front end sets it with [`scope`] around
//! every synchronous step (a key, a draw, a job, a plain-mode line, an exec
//! command), so the thousands of places that say something need no language
//! argument. The UI crates never await, so a step cannot be paused half-way
//! with another session's language set on its thread.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::LazyLock;

pub use crate::domain::Language;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, static_loader};

static_loader! {
    static CATALOGUES = {
        locales: "../../assets/locales",
        fallback_language: "en",
        // Fluent wraps each placeable in invisible isolation marks for bidi
        // text; on a terminal they take a cell in some emulators and break
        // widths. Right-to-left rows are ordered by `bidi` instead.
        // Counts are written the language's way (`12 500`); see `number`.
        customise: |bundle| {
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(|value, _| match value {
                FluentValue::Number(n)
                    if n.value >= 1000.0 && n.value.fract() == 0.0 && n.value < 1e15 =>
                {
                    Some(number(n.value as u64))
                }
                _ => None,
            }));
        },
    };
}

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::En) };
}

/// The language of the step running on this thread (English outside any).
pub fn current() -> Language {
    CURRENT.with(Cell::get)
}

/// Runs `step` in `language`, and puts back the one before, even on a panic.
pub fn scope<R>(language: Language, step: impl FnOnce() -> R) -> R {
    struct Restore(Language);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(CURRENT.with(|c| c.replace(language)));
    step()
}

/// The six languages' identifiers, parsed once.
static IDENTIFIERS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    Language::ALL
        .iter()
        .map(|l| l.code().parse().unwrap_or_default())
        .collect()
});

fn identifier(language: Language) -> &'static LanguageIdentifier {
    &IDENTIFIERS[index(language)]
}

/// The session's language: the member's choice, else what the client's
/// locale asks for, else English.
pub fn choose(account: Option<&crate::domain::Account>, client: Option<Language>) -> Language {
    account
        .and_then(|a| a.preferences.language)
        .or(client)
        .unwrap_or_default()
}

/// A value for a message's variable: a number (for plurals) or a text.
pub type Value<'a> = FluentValue<'a>;

/// The message `id` in the current language.
pub fn text(id: &str) -> String {
    text_in(current(), id, &[])
}

/// The message `id` with its variables, in the current language.
pub fn text_with(id: &str, args: &[(&str, Value)]) -> String {
    text_in(current(), id, args)
}

/// The message `id` in `language`; English when the language lacks it (or
/// its translation cannot be formatted), and the id itself when no catalogue
/// has it (the catalogues' tests catch that).
pub fn text_in(language: Language, id: &str, args: &[(&str, Value)]) -> String {
    let args: Option<HashMap<&str, FluentValue>> =
        (!args.is_empty()).then(|| args.iter().map(|(k, v)| (*k, v.clone())).collect());
    let lookup = |l: Language| {
        CATALOGUES
            .lookup_single_language(identifier(l), id, args.as_ref())
            .ok()
    };
    // In `language`'s scope: the bundle's number formatter reads it.
    scope(language, || {
        lookup(language)
            .or_else(|| lookup(Language::En))
            .unwrap_or_else(|| id.to_string())
    })
}

/// The catalogue files each language has, in `assets/locales/<code>/`.
pub const CATALOGUE_FILES: [&str; 7] = [
    "chrome.ftl",
    "dates.ftl",
    "exec.ftl",
    "forum.ftl",
    "glossary.ftl",
    "plain.ftl",
    "screens.ftl",
];

/// The catalogues' sources, per language in [`Language::ALL`]'s order and per
/// file in [`CATALOGUE_FILES`]' order: what tells which messages a language
/// has. (The loader above embeds the same files for formatting.)
pub const SOURCES: [[&str; CATALOGUE_FILES.len()]; 6] = [
    [
        include_str!("../../../assets/locales/en/chrome.ftl"),
        include_str!("../../../assets/locales/en/dates.ftl"),
        include_str!("../../../assets/locales/en/exec.ftl"),
        include_str!("../../../assets/locales/en/forum.ftl"),
        include_str!("../../../assets/locales/en/glossary.ftl"),
        include_str!("../../../assets/locales/en/plain.ftl"),
        include_str!("../../../assets/locales/en/screens.ftl"),
    ],
    [
        include_str!("../../../assets/locales/fr/chrome.ftl"),
        include_str!("../../../assets/locales/fr/dates.ftl"),
        include_str!("../../../assets/locales/fr/exec.ftl"),
        include_str!("../../../assets/locales/fr/forum.ftl"),
        include_str!("../../../assets/locales/fr/glossary.ftl"),
        include_str!("../../../assets/locales/fr/plain.ftl"),
        include_str!("../../../assets/locales/fr/screens.ftl"),
    ],
    [
        include_str!("../../../assets/locales/es/chrome.ftl"),
        include_str!("../../../assets/locales/es/dates.ftl"),
        include_str!("../../../assets/locales/es/exec.ftl"),
        include_str!("../../../assets/locales/es/forum.ftl"),
        include_str!("../../../assets/locales/es/glossary.ftl"),
        include_str!("../../../assets/locales/es/plain.ftl"),
        include_str!("../../../assets/locales/es/screens.ftl"),
    ],
    [
        include_str!("../../../assets/locales/ru/chrome.ftl"),
        include_str!("../../../assets/locales/ru/dates.ftl"),
        include_str!("../../../assets/locales/ru/exec.ftl"),
        include_str!("../../../assets/locales/ru/forum.ftl"),
        include_str!("../../../assets/locales/ru/glossary.ftl"),
        include_str!("../../../assets/locales/ru/plain.ftl"),
        include_str!("../../../assets/locales/ru/screens.ftl"),
    ],
    [
        include_str!("../../../assets/locales/zh/chrome.ftl"),
        include_str!("../../../assets/locales/zh/dates.ftl"),
        include_str!("../../../assets/locales/zh/exec.ftl"),
        include_str!("../../../assets/locales/zh/forum.ftl"),
        include_str!("../../../assets/locales/zh/glossary.ftl"),
        include_str!("../../../assets/locales/zh/plain.ftl"),
        include_str!("../../../assets/locales/zh/screens.ftl"),
    ],
    [
        include_str!("../../../assets/locales/ar/chrome.ftl"),
        include_str!("../../../assets/locales/ar/dates.ftl"),
        include_str!("../../../assets/locales/ar/exec.ftl"),
        include_str!("../../../assets/locales/ar/forum.ftl"),
        include_str!("../../../assets/locales/ar/glossary.ftl"),
        include_str!("../../../assets/locales/ar/plain.ftl"),
        include_str!("../../../assets/locales/ar/screens.ftl"),
    ],
];

/// The message ids of one catalogue source: a line starting `id =` (not a
/// comment, a term `-name`, or an indented continuation).
pub fn ids_in(source: &str) -> impl Iterator<Item = &str> {
    source.lines().filter_map(|line| {
        let (id, _) = line.split_once('=')?;
        let id = id.trim_end();
        let starts = line.starts_with(|c: char| c.is_ascii_alphabetic());
        let word = id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        (starts && word).then_some(id)
    })
}

fn index(language: Language) -> usize {
    Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or_default()
}

/// Every message id of the English catalogue: the list of what there is to say.
pub fn message_ids() -> impl Iterator<Item = &'static str> {
    SOURCES[0].iter().flat_map(|source| ids_in(source))
}

/// Whether `language`'s own catalogue has `id` (not through the fallback).
pub fn has(language: Language, id: &str) -> bool {
    static IDS: LazyLock<Vec<std::collections::HashSet<&'static str>>> = LazyLock::new(|| {
        SOURCES
            .iter()
            .map(|files| files.iter().flat_map(|source| ids_in(source)).collect())
            .collect()
    });
    IDS[index(language)].contains(id)
}

/// How many English messages `language` lacks (shown in English instead): a
/// language with some is partial, and says so where it is chosen.
pub fn missing(language: Language) -> usize {
    message_ids().filter(|id| !has(language, id)).count()
}

/// `t!("id")`, or `t!("id", count = n, name = who)`: a message of the
/// catalogues in the session's language.
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::lang::text($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::lang::text_with(
            $id,
            &[$((stringify!($name), $crate::lang::Value::from($value))),+],
        )
    };
}

/// A count as the language writes it: `12,500` in English, `12 500` in
/// French and Russian (a no-break space, so a line never breaks inside it).
pub fn number(n: u64) -> String {
    let digits = n.to_string();
    let separator = match current() {
        Language::En | Language::Zh | Language::Ar => ",",
        Language::Fr | Language::Ru => "\u{a0}",
        Language::Es => ".",
    };
    // Spanish groups only from five digits on (2 500, but 12.500), as the RAE
    // writes them.
    if digits.len() <= 3 || (current() == Language::Es && digits.len() <= 4) {
        return digits;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_templates::fluent_bundle::FluentResource;

    fn variables(source: &str, id: &str) -> Vec<String> {
        // The message's lines: its own, and the indented ones under it.
        let mut lines = source.lines().skip_while(|l| ids_in(l).next() != Some(id));
        let first = lines.next().unwrap_or_default().to_string();
        let rest: Vec<&str> = lines
            .take_while(|l| l.starts_with(' ') || l.starts_with('}'))
            .collect();
        let text = format!("{first}\n{}", rest.join("\n"));
        let mut found: Vec<String> = text
            .split('$')
            .skip(1)
            .map(|v| {
                v.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect()
            })
            .collect();
        found.sort();
        found.dedup();
        found
    }

    #[test]
    fn every_language_has_the_same_files_and_each_parses() {
        for (l, sources) in Language::ALL.iter().zip(SOURCES) {
            let dir = format!(
                "{}/../../assets/locales/{}",
                env!("CARGO_MANIFEST_DIR"),
                l.code()
            );
            let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".ftl"))
                .collect();
            on_disk.sort();
            assert_eq!(on_disk, CATALOGUE_FILES, "{dir}");
            for (name, source) in CATALOGUE_FILES.iter().zip(sources) {
                if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                    panic!("{}/{name} does not parse: {errors:?}", l.code());
                }
            }
        }
    }

    #[test]
    fn no_language_has_a_message_english_lacks_or_a_variable_it_does_not_give() {
        let english: Vec<&str> = message_ids().collect();
        for (l, sources) in Language::ALL.iter().zip(SOURCES) {
            for (name, source) in CATALOGUE_FILES.iter().zip(sources) {
                for id in ids_in(source) {
                    assert!(
                        english.contains(&id),
                        "{}/{name}: {id} is not an English message",
                        l.code()
                    );
                    let english_source = SOURCES[0]
                        .iter()
                        .find(|s| ids_in(s).any(|i| i == id))
                        .unwrap();
                    let given = variables(english_source, id);
                    for v in variables(source, id) {
                        assert!(
                            given.contains(&v),
                            "{}/{name}: {id} uses ${v}, which English does not give",
                            l.code()
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn french_and_spanish_are_complete_and_the_others_say_what_they_lack() {
        assert_eq!(missing(Language::En), 0);
        let lacking =
            |l: Language| -> Vec<&str> { message_ids().filter(|id| !has(l, id)).collect() };
        assert_eq!(
            lacking(Language::Fr),
            Vec::<&str>::new(),
            "French lacks these"
        );
        assert_eq!(
            lacking(Language::Es),
            Vec::<&str>::new(),
            "Spanish lacks these"
        );
        for l in Language::ALL {
            assert_eq!(missing(l), lacking(l).len());
        }
    }

    #[test]
    fn every_message_formats_in_every_language() {
        for l in Language::ALL {
            for id in message_ids() {
                let english_source = SOURCES[0]
                    .iter()
                    .find(|s| ids_in(s).any(|i| i == id))
                    .unwrap();
                let names = variables(english_source, id);
                let args: Vec<(&str, Value)> =
                    names.iter().map(|n| (n.as_str(), Value::from(3))).collect();
                let said = text_in(l, id, &args);
                assert!(
                    !said.is_empty() && said != id,
                    "{}: {id} said {said:?}",
                    l.code()
                );
                assert!(
                    !said.contains('{'),
                    "{}: {id} left a placeable: {said}",
                    l.code()
                );
                assert!(
                    !said.chars().any(|c| c.is_control() && c != '\n'),
                    "{}: {id} has a control character",
                    l.code()
                );
            }
        }
    }

    #[test]
    fn a_step_speaks_its_language_and_gives_the_thread_back() {
        assert_eq!(current(), Language::En);
        let said = scope(Language::Fr, || {
            assert_eq!(current(), Language::Fr);
            crate::t!("display-title")
        });
        assert_eq!(said, text_in(Language::Fr, "display-title", &[]));
        assert_eq!(current(), Language::En);
        // Even when the step panics.
        let _ = std::panic::catch_unwind(|| scope(Language::Ar, || panic!("a step failed")));
        assert_eq!(current(), Language::En);
    }

    #[test]
    fn plurals_are_the_catalogues_business() {
        let days = |l, n: i64| text_in(l, "until-days", &[("n", Value::from(n))]);
        assert_eq!(days(Language::En, 1), "in 1 day");
        assert_eq!(days(Language::En, 8), "in 8 days");
        assert_eq!(days(Language::Ru, 2), "через 2 дня");
        assert_eq!(days(Language::Ru, 5), "через 5 дней");
        assert_eq!(days(Language::Ru, 21), "через 21 день");
        assert_eq!(days(Language::Fr, 1), "dans 1 jour");
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(scope(Language::En, || number(12_500)), "12,500");
        assert_eq!(scope(Language::Fr, || number(12_500)), "12\u{a0}500");
        assert_eq!(scope(Language::Es, || number(2_500)), "2500");
        assert_eq!(scope(Language::Es, || number(12_500)), "12.500");
        assert_eq!(scope(Language::Ru, || number(999)), "999");
        assert_eq!(scope(Language::Zh, || number(1_234_567)), "1,234,567");
    }

    #[test]
    fn counts_in_messages_are_written_the_languages_way() {
        let posts = |l| text_in(l, "count-posts", &[("n", Value::from(12_500))]);
        assert_eq!(posts(Language::En), "12,500 posts");
        assert!(
            posts(Language::Fr).starts_with("12\u{a0}500 "),
            "{}",
            posts(Language::Fr)
        );
        // The plural is chosen by the number, not by how it is written.
        assert_eq!(
            text_in(Language::En, "count-posts", &[("n", Value::from(1))]),
            "1 post"
        );
    }
}

/// Every id the code asks for by name (`t!("…")`, `text("…")`) is in the
/// English catalogue: a typo would otherwise show the id itself on screen.
#[cfg(test)]
mod ids_in_code {
    use super::*;

    fn sources(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push((
                    path.display().to_string(),
                    std::fs::read_to_string(&path).unwrap(),
                ));
            }
        }
    }

    #[test]
    fn every_message_the_code_names_exists_in_english() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut files = Vec::new();
        for dir in [
            "crates/core/src",
            "crates/present/src",
            "crates/ui/src",
            "src",
        ] {
            sources(&root.join(dir), &mut files);
        }
        let english: std::collections::HashSet<&str> = message_ids().collect();
        let mut unknown = Vec::new();
        for (path, source) in &files {
            for opener in ["t!(\"", "lang::text(\"", "text_in(Language::En, \""] {
                let pieces: Vec<&str> = source.split(opener).collect();
                // `t!(` itself, not the end of `assert!(`.
                let named = pieces
                    .windows(2)
                    .filter(|w| !w[0].ends_with(|c: char| c.is_alphanumeric() || c == '_'));
                for piece in named.map(|w| w[1]) {
                    let id: String = piece.chars().take_while(|c| *c != '"').collect();
                    let looks_like_id = !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    if looks_like_id && !english.contains(id.as_str()) && id != "id" {
                        unknown.push(format!("{path}: {id}"));
                    }
                }
            }
        }
        assert!(
            unknown.is_empty(),
            "ids not in the English catalogue:\n{}",
            unknown.join("\n")
        );
    }
}
