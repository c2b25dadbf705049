//! How text becomes words for the index, and how a result's words are matched
//! to the query's for highlighting: lowercased, accents folded, and for the
//! stemmed field, reduced to their English stem.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer,
};

pub(super) fn words_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

pub(super) fn stemmed_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::English))
        .build()
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

/// Tells which words of a text answer a query's words: those that start with
/// one of them, or share its English stem. Results highlight these.
pub struct Matcher {
    words: Vec<String>,
    stems: Vec<String>,
    analyzers: std::cell::RefCell<(TextAnalyzer, TextAnalyzer)>,
}

impl Matcher {
    pub fn new(words: &[String]) -> Matcher {
        let mut stemmed = stemmed_analyzer();
        let stems = words
            .iter()
            .map(|w| {
                tokens(&mut stemmed, w)
                    .into_iter()
                    .next()
                    .unwrap_or_default()
            })
            .collect();
        Matcher {
            words: words.to_vec(),
            stems,
            analyzers: std::cell::RefCell::new((words_analyzer(), stemmed)),
        }
    }

    pub fn answers(&self, word: &str) -> bool {
        if self.words.is_empty() {
            return false;
        }
        let mut analyzers = self.analyzers.borrow_mut();
        let (plain, stemmed) = &mut *analyzers;
        let Some(written) = tokens(plain, word).into_iter().next() else {
            return false;
        };
        if self.words.iter().any(|q| written.starts_with(q.as_str())) {
            return true;
        }
        let stem = tokens(stemmed, &written)
            .into_iter()
            .next()
            .unwrap_or_default();
        self.stems.contains(&stem)
    }
}

pub(super) fn stem(word: &str) -> String {
    tokens(&mut stemmed_analyzer(), word)
        .into_iter()
        .next()
        .unwrap_or_default()
}
