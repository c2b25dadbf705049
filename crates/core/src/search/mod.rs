//! The search index: a tantivy index in `DATA/search`, fed by the forum as
//! content changes, and rebuilt from the store by `stoa reindex`.
//!
//! Every word is indexed twice: stemmed in its text's language ("vaccinations"
//! finds "vaccination", "comunidades" finds "comunidad"; the language is the
//! one the text names, else the one it is detected to be, else English) and as
//! written, lowercased, for word prefixes ("immun" finds "immunisation").
//! Chinese goes by characters and pairs of them. A search can keep to one
//! language. Titles weigh more than bodies. The index only ranks: what a
//! searcher may see is decided again from the store for every result, so a stale
//! index can never show a hidden or private item.

mod words;
mod worker;

use std::ops::Bound;
use std::path::Path;

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, RangeQuery, RegexQuery, TermQuery};
use tantivy::schema::{
    Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
    Value,
};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::domain::Language;
pub use words::{Matcher, detect_language, query_words};
use words::{
    STEMMED_LANGUAGES, chinese_analyzer, chinese_pieces, is_chinese, stem, stemmed_analyzer,
    words_analyzer,
};
pub use worker::Indexer;

const WORDS: &str = "stoa_words";
const CHINESE: &str = "stoa_chinese";
/// Bump when the schema or the analysis changes: an index of another version is
/// rebuilt.
const VERSION: &str = "2";

/// The tokenizer of a stemmed language's fields.
fn stemmed_name(language: Language) -> String {
    format!("stoa_stemmed_{}", language.code())
}

/// What a document in the index is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Post,
    Event,
    Job,
    Resource,
    Practice,
    News,
    Member,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Post,
        Kind::Event,
        Kind::Job,
        Kind::Resource,
        Kind::Practice,
        Kind::News,
        Kind::Member,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Post => "discussion",
            Kind::Event => "event",
            Kind::Job => "job",
            Kind::Resource => "resource",
            Kind::Practice => "practice",
            Kind::News => "news",
            Kind::Member => "member",
        }
    }

    /// The heading results of this kind are grouped under.
    pub fn heading(self) -> &'static str {
        match self {
            Kind::Post => "Discussions",
            Kind::Event => "Events",
            Kind::Job => "Jobs and opportunities",
            Kind::Resource => "Resources",
            Kind::Practice => "Practices",
            Kind::News => "News",
            Kind::Member => "Members",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        let s = s.trim().to_lowercase();
        Kind::ALL.into_iter().find(|k| {
            k.as_str() == s || k.heading().to_lowercase() == s || format!("{}s", k.as_str()) == s
        })
    }
}

/// One thing to index. `key` names it across the index: `post:12`, `member:amara`.
#[derive(Clone, Debug, Default)]
pub struct Doc {
    pub key: String,
    pub kind: Option<Kind>,
    pub title: String,
    pub body: String,
    /// Seen by guests too (else members only).
    pub public: bool,
    pub community: Option<String>,
    pub strategies: Vec<String>,
    pub region: Option<String>,
    /// Seconds since the epoch: when it was written, or when an event starts.
    pub at: i64,
    /// The language it is written in, when known; else it is detected.
    pub language: Option<Language>,
}

/// What to look for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ask {
    pub text: String,
    pub kind: Option<Kind>,
    pub community: Option<String>,
    pub strategy: Option<String>,
    pub region: Option<String>,
    /// Only what is dated at or after this (seconds since the epoch).
    pub since: Option<i64>,
    /// Leave out what only members may read.
    pub public_only: bool,
    /// Only what is written in this language.
    pub language: Option<Language>,
}

#[derive(Clone, Copy)]
struct Fields {
    key: Field,
    kind: Field,
    audience: Field,
    community: Field,
    strategy: Field,
    region: Field,
    at: Field,
    title_words: Field,
    body_words: Field,
    lang: Field,
    /// Title and body stemmed, per language of `STEMMED_LANGUAGES`.
    stemmed: [(Field, Field); 5],
    chinese: (Field, Field),
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = |tokenizer: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqs),
        )
    };
    let fields = Fields {
        key: b.add_text_field("key", STRING | STORED),
        kind: b.add_text_field("kind", STRING),
        audience: b.add_text_field("audience", STRING),
        community: b.add_text_field("community", STRING),
        strategy: b.add_text_field("strategy", STRING),
        region: b.add_text_field("region", STRING),
        at: b.add_i64_field("at", INDEXED),
        title_words: b.add_text_field("title_words", text(WORDS)),
        body_words: b.add_text_field("body_words", text(WORDS)),
        lang: b.add_text_field("lang", STRING),
        stemmed: STEMMED_LANGUAGES.map(|(language, _)| {
            let name = stemmed_name(language);
            (
                b.add_text_field(&format!("title_{}", language.code()), text(&name)),
                b.add_text_field(&format!("body_{}", language.code()), text(&name)),
            )
        }),
        chinese: (
            b.add_text_field("title_zh", text(CHINESE)),
            b.add_text_field("body_zh", text(CHINESE)),
        ),
    };
    (b.build(), fields)
}

/// Search failed: the index could not be opened, read or written.
#[derive(Debug, thiserror::Error)]
#[error("search index: {0}")]
pub struct SearchError(String);

impl From<tantivy::TantivyError> for SearchError {
    fn from(e: tantivy::TantivyError) -> Self {
        SearchError(e.to_string())
    }
}

/// The index, its reader, and (for the indexer) its writer.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    /// Taken by the indexer when it starts; opened with the index, so that an
    /// index a writer cannot open counts as damaged there.
    writer: Option<IndexWriter>,
    /// True when it was just created (or was of another version, or damaged):
    /// it needs filling from the store.
    pub fresh: bool,
}

/// Why an index on disk could not be used as it is.
enum Unusable {
    /// Its files are missing, cut short or garbled: it is rebuilt.
    Damaged(SearchError),
    /// Something else holds it or the folder (another writer's lock): left alone.
    Held(SearchError),
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it (empty) when it is missing or was
    /// built by another version of Stoa. An index that cannot be opened (a
    /// file deleted or cut short) is moved aside to `search.damaged`, replacing
    /// any older one, and a new empty one takes its place, with a warning in
    /// the log: the index is derived from the database, so what it held is
    /// rebuilt from there (`fresh` says so), and damage to it never stops the
    /// forum.
    pub fn open(dir: &Path) -> Result<SearchIndex, SearchError> {
        match SearchIndex::open_as_is(dir) {
            Ok(index) => Ok(index),
            Err(Unusable::Held(e)) => Err(e),
            Err(Unusable::Damaged(why)) => {
                let aside = dir.with_file_name(format!(
                    "{}.damaged",
                    dir.file_name().and_then(|n| n.to_str()).unwrap_or("search")
                ));
                let moved = std::fs::remove_dir_all(&aside)
                    .or_else(|e| match e.kind() {
                        std::io::ErrorKind::NotFound => Ok(()),
                        _ => Err(e),
                    })
                    .and_then(|()| std::fs::rename(dir, &aside));
                if let Err(e) = moved {
                    return Err(SearchError(format!(
                        "{} cannot be opened ({}) nor moved aside ({e}); delete it, and it is rebuilt from the database",
                        dir.display(),
                        why.0
                    )));
                }
                tracing::warn!(
                    error = %why.0,
                    moved_to = %aside.display(),
                    "the search index could not be opened: it was moved aside, and a new one is built from the database"
                );
                SearchIndex::open_as_is(dir).map_err(|(Unusable::Damaged(e) | Unusable::Held(e))| e)
            }
        }
    }

    fn open_as_is(dir: &Path) -> Result<SearchIndex, Unusable> {
        let version_file = dir.join("stoa-version");
        let current = std::fs::read_to_string(&version_file).ok();
        let io = |e: std::io::Error| Unusable::Held(SearchError(format!("{}: {e}", dir.display())));
        let fresh = current.as_deref() != Some(VERSION);
        if fresh && dir.exists() {
            std::fs::remove_dir_all(dir).map_err(io)?;
        }
        std::fs::create_dir_all(dir).map_err(io)?;
        let (schema, fields) = schema();
        let unusable = |e: tantivy::TantivyError| match e {
            tantivy::TantivyError::LockFailure(..) => Unusable::Held(e.into()),
            other => Unusable::Damaged(other.into()),
        };
        let index = if fresh {
            let index = Index::create_in_dir(dir, schema).map_err(unusable)?;
            std::fs::write(&version_file, VERSION).map_err(io)?;
            index
        } else {
            let index = Index::open_in_dir(dir).map_err(unusable)?;
            // Every file's checksum, so that bytes changed in the middle of a
            // file are found now, not as a failed search later.
            let damaged = index.validate_checksum().map_err(unusable)?;
            if !damaged.is_empty() {
                let mut names: Vec<_> = damaged.iter().map(|p| p.display().to_string()).collect();
                names.sort();
                return Err(Unusable::Damaged(SearchError(format!(
                    "damaged files: {}",
                    names.join(", ")
                ))));
            }
            index
        };
        let mut index = SearchIndex::with(index, fields, fresh).map_err(unusable)?;
        index.writer = Some(index.writer().map_err(unusable)?);
        Ok(index)
    }

    /// An index in memory, for tests and benchmarks.
    pub fn in_memory() -> Result<SearchIndex, SearchError> {
        let (schema, fields) = schema();
        Ok(SearchIndex::with(
            Index::create_in_ram(schema),
            fields,
            true,
        )?)
    }

    fn with(index: Index, fields: Fields, fresh: bool) -> tantivy::Result<SearchIndex> {
        for (language, stemming) in STEMMED_LANGUAGES {
            index
                .tokenizers()
                .register(&stemmed_name(language), stemmed_analyzer(stemming));
        }
        index.tokenizers().register(CHINESE, chinese_analyzer());
        index.tokenizers().register(WORDS, words_analyzer());
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            index,
            reader,
            fields,
            writer: None,
            fresh,
        })
    }

    /// The one writer (tantivy allows one at a time), with a small memory budget:
    /// forum posts are short.
    fn writer(&self) -> tantivy::Result<IndexWriter> {
        self.index.writer_with_num_threads(1, 15_000_000)
    }

    fn document(&self, doc: &Doc) -> TantivyDocument {
        let f = self.fields;
        let mut d = TantivyDocument::default();
        d.add_text(f.key, &doc.key);
        if let Some(kind) = doc.kind {
            d.add_text(f.kind, kind.as_str());
        }
        d.add_text(f.audience, if doc.public { "public" } else { "members" });
        if let Some(c) = &doc.community {
            d.add_text(f.community, c);
        }
        for s in &doc.strategies {
            d.add_text(f.strategy, s);
        }
        if let Some(r) = &doc.region {
            d.add_text(f.region, r);
        }
        d.add_i64(f.at, doc.at);
        d.add_text(f.title_words, &doc.title);
        d.add_text(f.body_words, &doc.body);
        // Stemmed in its own language: the one it names, else the detected
        // one, else English (as everything was before languages).
        let language = doc
            .language
            .or_else(|| detect_language(&format!("{}\n{}", doc.title, doc.body)));
        if let Some(language) = language {
            d.add_text(f.lang, language.code());
        }
        let (title, body) = match language.unwrap_or_default() {
            Language::Zh => f.chinese,
            other => STEMMED_LANGUAGES
                .iter()
                .zip(f.stemmed)
                .find(|((l, _), _)| *l == other)
                .map_or(f.stemmed[0], |(_, fields)| fields),
        };
        d.add_text(title, &doc.title);
        d.add_text(body, &doc.body);
        d
    }

    fn key_term(&self, key: &str) -> Term {
        Term::from_field_text(self.fields.key, key)
    }

    /// The keys of the best matches, best first, at most `limit`.
    pub fn search(&self, ask: &Ask, limit: usize) -> Result<Vec<String>, SearchError> {
        let f = self.fields;
        let words = query_words(&ask.text);
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let mut must: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let term = |field, text: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, text),
                IndexRecordOption::WithFreqs,
            ))
        };
        let mut stemmers: Vec<_> = STEMMED_LANGUAGES
            .iter()
            .map(|(_, stemming)| stemmed_analyzer(*stemming))
            .collect();
        for word in &words {
            // The word's stem in each language, each looked for in the fields
            // of texts in that language.
            let mut either: Vec<(Occur, Box<dyn Query>)> = Vec::new();
            for (stemmer, (title, body)) in stemmers.iter_mut().zip(f.stemmed) {
                let stemmed = stem(word, stemmer);
                if stemmed.is_empty() {
                    continue;
                }
                either.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(term(title, &stemmed), 3.0)),
                ));
                either.push((Occur::Should, term(body, &stemmed)));
            }
            if word.chars().any(is_chinese) {
                // Every pair of its characters, in the title or in the body.
                let all = |field| -> Box<dyn Query> {
                    Box::new(BooleanQuery::new(
                        chinese_pieces(word)
                            .iter()
                            .map(|piece| (Occur::Must, term(field, piece)))
                            .collect(),
                    ))
                };
                let (title, body) = f.chinese;
                either.push((Occur::Should, Box::new(BoostQuery::new(all(title), 3.0))));
                either.push((Occur::Should, all(body)));
            }
            // Prefixes from two letters; the word is letters and digits only.
            if word.chars().count() >= 2 && word.chars().all(char::is_alphanumeric) {
                let pattern = format!("{word}.*");
                let title = RegexQuery::from_pattern(&pattern, f.title_words)?;
                let body = RegexQuery::from_pattern(&pattern, f.body_words)?;
                either.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(title), 2.0)),
                ));
                either.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(body), 0.5)),
                ));
            }
            must.push((Occur::Must, Box::new(BooleanQuery::new(either))));
        }
        let exactly = |field, value: &str| -> (Occur, Box<dyn Query>) {
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(field, value),
                    IndexRecordOption::Basic,
                )),
            )
        };
        if let Some(kind) = ask.kind {
            must.push(exactly(f.kind, kind.as_str()));
        }
        if let Some(c) = &ask.community {
            must.push(exactly(f.community, c));
        }
        if let Some(s) = &ask.strategy {
            must.push(exactly(f.strategy, s));
        }
        if let Some(r) = &ask.region {
            must.push(exactly(f.region, r));
        }
        if ask.public_only {
            must.push(exactly(f.audience, "public"));
        }
        if let Some(language) = ask.language {
            must.push(exactly(f.lang, language.code()));
        }
        if let Some(since) = ask.since {
            must.push((
                Occur::Must,
                Box::new(RangeQuery::new(
                    Bound::Included(Term::from_field_i64(f.at, since)),
                    Bound::Unbounded,
                )),
            ));
        }
        let query = BooleanQuery::new(must);
        let searcher = self.reader.searcher();
        let top = searcher.search(&query, &TopDocs::with_limit(limit).order_by_score())?;
        let mut scored = Vec::with_capacity(top.len());
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            if let Some(key) = doc.get_first(f.key).and_then(|v| v.as_str()) {
                scored.push((score, key.to_string()));
            }
        }
        // Equal scores in the key's order, not in whichever segment a document
        // landed: the same search gives the same list.
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        Ok(scored.into_iter().map(|(_, key)| key).collect())
    }

    /// How many documents the index holds.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
