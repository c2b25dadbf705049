//! The indexer: one thread owns the index writer, so indexing never runs on the
//! async reactor nor holds up the member who posted. Changes that arrive
//! together share one commit.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};

use super::{Ask, Doc, SearchError, SearchIndex};

enum Work {
    Put(Box<Doc>),
    Remove(String),
    /// Remove every document: a rebuild follows.
    Clear,
    /// Answer once everything sent before is committed and searchable.
    Settle(Sender<()>),
}

/// The index and the thread that writes it.
pub struct Indexer {
    index: Arc<SearchIndex>,
    work: Mutex<Sender<Work>>,
}

impl Indexer {
    /// Starts the indexing thread.
    pub fn start(mut index: SearchIndex) -> Result<Indexer, SearchError> {
        let writer = match index.writer.take() {
            Some(writer) => writer,
            None => index.writer()?,
        };
        let index = Arc::new(index);
        let (tx, rx) = mpsc::channel();
        let shared = index.clone();
        std::thread::Builder::new()
            .name("search-indexer".into())
            .spawn(move || run(&shared, writer, &rx))
            .map_err(|e| SearchError(e.to_string()))?;
        Ok(Indexer {
            index,
            work: Mutex::new(tx),
        })
    }

    fn send(&self, work: Work) {
        let sender = self.work.lock().unwrap_or_else(PoisonError::into_inner);
        if sender.send(work).is_err() {
            tracing::warn!("the search indexer has stopped: the index is not updated");
        }
    }

    /// Adds or replaces the document with `doc.key`.
    pub fn put(&self, doc: Doc) {
        self.send(Work::Put(Box::new(doc)));
    }

    pub fn remove(&self, key: &str) {
        self.send(Work::Remove(key.to_string()));
    }

    pub fn clear(&self) {
        self.send(Work::Clear);
    }

    /// Waits until everything sent so far is searchable.
    pub fn settle(&self) {
        let (tx, rx) = mpsc::channel();
        self.send(Work::Settle(tx));
        let _ = rx.recv();
    }

    pub fn search(&self, ask: &Ask, limit: usize) -> Result<Vec<String>, SearchError> {
        self.index.search(ask, limit)
    }

    /// True when the index was created empty at start-up and needs filling.
    pub fn fresh(&self) -> bool {
        self.index.fresh
    }

    pub fn len(&self) -> u64 {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }
}

/// Most changes taken into one commit.
const BATCH: usize = 10_000;

/// How long changes gather before a commit. A tantivy commit writes a segment
/// and starts merges: once a post under load, it cost more than the post.
/// Searches lag the forum by at most this; `settle` commits at once.
const GATHER: std::time::Duration = std::time::Duration::from_millis(250);

fn run(index: &SearchIndex, mut writer: tantivy::IndexWriter, rx: &Receiver<Work>) {
    while let Ok(first) = rx.recv() {
        let mut settled = Vec::new();
        let mut changed = false;
        let mut next = Some(first);
        let mut taken = 0;
        let until = std::time::Instant::now() + GATHER;
        while let Some(work) = next {
            match work {
                Work::Put(doc) => {
                    writer.delete_term(index.key_term(&doc.key));
                    if let Err(e) = writer.add_document(index.document(&doc)) {
                        tracing::warn!(error = %e, key = %doc.key, "not indexed");
                    }
                    changed = true;
                }
                Work::Remove(key) => {
                    writer.delete_term(index.key_term(&key));
                    changed = true;
                }
                Work::Clear => {
                    if let Err(e) = writer.delete_all_documents() {
                        tracing::warn!(error = %e, "the search index was not cleared");
                    }
                    changed = true;
                }
                Work::Settle(done) => settled.push(done),
            }
            taken += 1;
            // Someone waits for the index: commit now. Otherwise gather a while.
            let wait = until.saturating_duration_since(std::time::Instant::now());
            next = if taken >= BATCH {
                None
            } else if !settled.is_empty() || wait.is_zero() {
                rx.try_recv().ok()
            } else {
                rx.recv_timeout(wait).ok()
            };
        }
        if changed {
            if let Err(e) = writer.commit() {
                tracing::warn!(error = %e, "the search index did not commit");
            }
            if let Err(e) = index.reader.reload() {
                tracing::warn!(error = %e, "the search index did not reload");
            }
        }
        for done in settled {
            let _ = done.send(());
        }
    }
}
