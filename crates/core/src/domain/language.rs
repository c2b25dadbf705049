//! The languages Stoa speaks: WHO's six official languages. A member chooses
//! one in their profile; until then the client's `LANG` chooses.

use serde::{Deserialize, Serialize};

/// A language of the interface (and, later, of what members write).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Fr,
    Es,
    Ru,
    Zh,
    Ar,
}

impl Language {
    pub const ALL: [Language; 6] = [
        Language::En,
        Language::Fr,
        Language::Es,
        Language::Ru,
        Language::Zh,
        Language::Ar,
    ];

    /// The ISO 639-1 code: `fr`, the name in commands, files and `LANG`.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::Ru => "ru",
            Language::Zh => "zh",
            Language::Ar => "ar",
        }
    }

    /// The language's name in itself, as a chooser lists it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Fr => "Français",
            Language::Es => "Español",
            Language::Ru => "Русский",
            Language::Zh => "中文",
            Language::Ar => "العربية",
        }
    }

    /// The name in ASCII, for a terminal that cannot show the native one.
    pub fn ascii_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Fr => "Francais",
            Language::Es => "Espanol",
            Language::Ru => "Russkiy",
            Language::Zh => "Zhongwen",
            Language::Ar => "Arabiya",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language a POSIX locale names: `fr_FR.UTF-8`, `es`, `zh_CN.utf8`,
    /// `ar_EG@latin`. `C`, `POSIX`, an empty value or a language Stoa does not
    /// speak give nothing, and the next variable (or English) decides.
    pub fn from_locale(locale: &str) -> Option<Language> {
        let code = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default();
        if code.len() != 2 {
            return None;
        }
        Language::from_code(code)
    }

    /// The client's language from its environment, as a C library decides it:
    /// `LC_ALL` first, then `LC_MESSAGES`, then `LANG`. `LANGUAGE` (a list,
    /// `fr:en`) is read first when set, as gettext does.
    pub fn from_environment<'a>(get: impl Fn(&str) -> Option<&'a str>) -> Option<Language> {
        if let Some(list) = get("LANGUAGE")
            && let Some(l) = list.split(':').find_map(Language::from_locale)
        {
            return Some(l);
        }
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|name| get(name).filter(|v| !v.trim().is_empty()))
            .and_then(Language::from_locale)
    }

    /// Written and read from right to left.
    pub fn right_to_left(self) -> bool {
        self == Language::Ar
    }
}

/// A few of the six languages: those a member reads and wants first in
/// lists. Kept as bits, so that preferences stay a small copyable value;
/// stored as the list of codes (`["fr", "es"]`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "Vec<Language>", into = "Vec<Language>")]
pub struct Languages(u8);

impl Languages {
    pub fn of(list: impl IntoIterator<Item = Language>) -> Languages {
        let mut set = Languages::default();
        for l in list {
            set.insert(l);
        }
        set
    }

    fn bit(l: Language) -> u8 {
        1 << Language::ALL
            .iter()
            .position(|x| *x == l)
            .unwrap_or_default()
    }

    pub fn insert(&mut self, l: Language) {
        self.0 |= Languages::bit(l);
    }

    pub fn contains(self, l: Language) -> bool {
        self.0 & Languages::bit(l) != 0
    }

    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// In the order of `Language::ALL`.
    pub fn list(self) -> Vec<Language> {
        Language::ALL
            .into_iter()
            .filter(|l| self.contains(*l))
            .collect()
    }

    /// Whether something readable in `languages` goes first: it shares one
    /// with the set. What has no known language does not.
    pub fn meets(self, languages: Languages) -> bool {
        self.0 & languages.0 != 0
    }

    /// `items` with those in these languages first, each part in the order
    /// it was (a stable sort). `languages` says what an item can be read in
    /// (its own, and its translations'). Nothing moves when the set is empty.
    pub fn first<T>(self, items: &mut [T], languages: impl Fn(&T) -> Languages) {
        if !self.is_empty() {
            items.sort_by_key(|item| !self.meets(languages(item)));
        }
    }
}

impl From<Option<Language>> for Languages {
    fn from(language: Option<Language>) -> Languages {
        Languages::of(language)
    }
}

impl From<Vec<Language>> for Languages {
    fn from(list: Vec<Language>) -> Languages {
        Languages::of(list)
    }
}

impl From<Languages> for Vec<Language> {
    fn from(set: Languages) -> Vec<Language> {
        set.list()
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_name_their_language() {
        assert_eq!(Language::from_locale("fr_FR.UTF-8"), Some(Language::Fr));
        assert_eq!(Language::from_locale("es"), Some(Language::Es));
        assert_eq!(Language::from_locale("zh_CN.utf8"), Some(Language::Zh));
        assert_eq!(Language::from_locale("ar_EG@latin"), Some(Language::Ar));
        assert_eq!(Language::from_locale("ru-RU"), Some(Language::Ru));
        assert_eq!(Language::from_locale("C.UTF-8"), None);
        assert_eq!(Language::from_locale("POSIX"), None);
        assert_eq!(Language::from_locale("de_DE.UTF-8"), None);
        assert_eq!(Language::from_locale(""), None);
    }

    #[test]
    fn the_environment_is_read_as_a_c_library_reads_it() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
        };
        assert_eq!(
            Language::from_environment(env(&[("LANG", "fr_FR.UTF-8")])),
            Some(Language::Fr)
        );
        // LC_ALL wins over LANG.
        assert_eq!(
            Language::from_environment(env(&[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "es_ES.UTF-8")])),
            Some(Language::Es)
        );
        // An empty LC_ALL does not count.
        assert_eq!(
            Language::from_environment(env(&[("LANG", "ar_SA.UTF-8"), ("LC_ALL", "")])),
            Some(Language::Ar)
        );
        // LANGUAGE's first language Stoa speaks.
        assert_eq!(
            Language::from_environment(env(&[("LANGUAGE", "de:ru:en"), ("LANG", "fr_FR")])),
            Some(Language::Ru)
        );
        assert_eq!(
            Language::from_environment(env(&[("LANG", "C.UTF-8")])),
            None
        );
        assert_eq!(Language::from_environment(env(&[])), None);
    }

    #[test]
    fn a_set_of_languages_puts_its_own_first_and_keeps_the_order() {
        let set = Languages::of([Language::Fr, Language::Es]);
        assert_eq!(set.list(), vec![Language::Fr, Language::Es]);
        assert_eq!(serde_json::to_string(&set).unwrap(), r#"["fr","es"]"#);
        assert_eq!(
            serde_json::from_str::<Languages>(r#"["es","fr"]"#).unwrap(),
            set
        );
        let mut items = vec![
            (1, Some(Language::En)),
            (2, Some(Language::Es)),
            (3, None),
            (4, Some(Language::Fr)),
            (5, Some(Language::Ar)),
        ];
        set.first(&mut items, |i| i.1.into());
        assert_eq!(
            items.iter().map(|i| i.0).collect::<Vec<_>>(),
            [2, 4, 1, 3, 5]
        );
        // An empty set moves nothing.
        Languages::default().first(&mut items, |i| i.1.into());
        assert_eq!(
            items.iter().map(|i| i.0).collect::<Vec<_>>(),
            [2, 4, 1, 3, 5]
        );
    }

    #[test]
    fn codes_go_both_ways() {
        for l in Language::ALL {
            assert_eq!(Language::from_code(l.code()), Some(l));
            assert_eq!(
                serde_json::to_string(&l).unwrap(),
                format!("\"{}\"", l.code())
            );
        }
    }
}
