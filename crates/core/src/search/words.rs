//! How text becomes words for the index, and how a result's words are matched
//! to the query's for highlighting: lowercased, accents folded, and for the
//! stemmed fields, reduced to their stem in the text's own language (English,
//! French, Spanish, Russian, Arabic; Chinese, which has no stems and no spaces,
//! goes by characters and pairs of them).

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language as Stemming, LowerCaser, NgramTokenizer, RemoveLongFilter,
    SimpleTokenizer, Stemmer, TextAnalyzer,
};

use crate::domain::Language;

pub(super) fn words_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// The languages with a stemmer, and tantivy's name for each.
pub(super) const STEMMED_LANGUAGES: [(Language, Stemming); 5] = [
    (Language::En, Stemming::English),
    (Language::Fr, Stemming::French),
    (Language::Es, Stemming::Spanish),
    (Language::Ru, Stemming::Russian),
    (Language::Ar, Stemming::Arabic),
];

/// Words reduced to their stem in `language` ("vaccinations", "vaccination").
/// Accents are folded after stemming, so that the stemmer sees the word as
/// written ("communautés" is French to it) and a query typed without them
/// still matches.
pub(super) fn stemmed_analyzer(language: Stemming) -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(Stemmer::new(language))
        .filter(AsciiFoldingFilter)
        .build()
}

/// Chinese: every character and every pair of characters, so that a word of
/// the query is found inside a sentence written without spaces.
pub(super) fn chinese_analyzer() -> TextAnalyzer {
    // 1..=2 is a range tantivy accepts; were it refused, words as for the rest.
    match NgramTokenizer::new(1, 2, false) {
        Ok(pairs) => TextAnalyzer::builder(pairs).filter(LowerCaser).build(),
        Err(_) => words_analyzer(),
    }
}

fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while let Some(token) = stream.next() {
        out.push(token.text.clone());
    }
    out
}

/// The words of a query as the index sees them: lowercased, without accents.
pub fn query_words(text: &str) -> Vec<String> {
    let mut words = tokens(&mut words_analyzer(), text);
    words.dedup();
    words
}

/// Whether `c` is a Chinese character (CJK ideographs), which Chinese text
/// runs together without spaces.
pub(super) fn is_chinese(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// The pieces a Chinese query word is found by: its pairs of characters (or
/// the character itself).
pub(super) fn chinese_pieces(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 2 {
        return vec![word.to_string()];
    }
    chars.windows(2).map(|w| w.iter().collect()).collect()
}

/// Tells which words of a text answer a query's words: those that start with
/// one of them, or share its stem in one of the stemmed languages. Results
/// highlight these.
pub struct Matcher {
    words: Vec<String>,
    /// Per stemmed language, the query words' stems.
    stems: Vec<Vec<String>>,
    analyzers: std::cell::RefCell<(TextAnalyzer, Vec<TextAnalyzer>)>,
    /// Words already told apart: an excerpt's words repeat ("the", "de").
    known: std::cell::RefCell<std::collections::HashMap<String, bool>>,
}

/// Whether a stemmed language's stemmer has anything to say about `word`:
/// Latin letters for English, French and Spanish, Cyrillic for Russian, Arabic
/// letters for Arabic.
fn may_stem(language: Language, word: &str) -> bool {
    let Some(c) = word.chars().find(|c| c.is_alphabetic()) else {
        return false;
    };
    match language {
        Language::Ru => matches!(c as u32, 0x0400..=0x04FF),
        Language::Ar => matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F),
        _ => (c as u32) < 0x0250,
    }
}

impl Matcher {
    pub fn new(words: &[String]) -> Matcher {
        let mut stemmers: Vec<TextAnalyzer> = STEMMED_LANGUAGES
            .iter()
            .map(|(_, s)| stemmed_analyzer(*s))
            .collect();
        let stems = stemmers
            .iter_mut()
            .map(|stemmer| {
                words
                    .iter()
                    .map(|w| tokens(stemmer, w).into_iter().next().unwrap_or_default())
                    .collect()
            })
            .collect();
        Matcher {
            words: words.to_vec(),
            stems,
            analyzers: std::cell::RefCell::new((words_analyzer(), stemmers)),
            known: std::cell::RefCell::new(std::collections::HashMap::new()),
        }
    }

    pub fn answers(&self, word: &str) -> bool {
        if self.words.is_empty() {
            return false;
        }
        if let Some(known) = self.known.borrow().get(word) {
            return *known;
        }
        let answer = self.answers_now(word);
        let mut known = self.known.borrow_mut();
        if known.len() > 4096 {
            known.clear();
        }
        known.insert(word.to_string(), answer);
        answer
    }

    fn answers_now(&self, word: &str) -> bool {
        let mut analyzers = self.analyzers.borrow_mut();
        let (plain, stemmers) = &mut *analyzers;
        let Some(written) = tokens(plain, word).into_iter().next() else {
            return false;
        };
        if self.words.iter().any(|q| written.starts_with(q.as_str())) {
            return true;
        }
        STEMMED_LANGUAGES
            .iter()
            .zip(stemmers.iter_mut())
            .zip(&self.stems)
            .filter(|(((language, _), _), _)| may_stem(*language, word))
            .any(|((_, stemmer), stems)| {
                let stem = tokens(stemmer, word).into_iter().next().unwrap_or_default();
                !stem.is_empty() && stems.contains(&stem)
            })
    }
}

/// `word` reduced to its stem by `stemmer` (a [`stemmed_analyzer`]).
pub(super) fn stem(word: &str, stemmer: &mut TextAnalyzer) -> String {
    tokens(stemmer, word).into_iter().next().unwrap_or_default()
}

/// The language a text is written in, when it is one of Stoa's six and the
/// detector is sure of it (a line or two is often too little to tell).
pub fn detect_language(text: &str) -> Option<Language> {
    // The first few hundred characters tell as well as a whole post, and
    // detection's cost grows with the text.
    static DETECTOR: std::sync::LazyLock<whatlang::Detector> = std::sync::LazyLock::new(|| {
        // Only Stoa's six: fewer comparisons, and no near neighbour (Catalan,
        // Ukrainian, Persian) taken for one of them.
        whatlang::Detector::with_allowlist(vec![
            whatlang::Lang::Eng,
            whatlang::Lang::Fra,
            whatlang::Lang::Spa,
            whatlang::Lang::Rus,
            whatlang::Lang::Cmn,
            whatlang::Lang::Ara,
        ])
    });
    let start: String = text.chars().take(300).collect();
    let info = DETECTOR.detect(&start)?;
    if !info.is_reliable() {
        return None;
    }
    match info.lang() {
        whatlang::Lang::Eng => Some(Language::En),
        whatlang::Lang::Fra => Some(Language::Fr),
        whatlang::Lang::Spa => Some(Language::Es),
        whatlang::Lang::Rus => Some(Language::Ru),
        whatlang::Lang::Cmn => Some(Language::Zh),
        whatlang::Lang::Ara => Some(Language::Ar),
        _ => None,
    }
}
