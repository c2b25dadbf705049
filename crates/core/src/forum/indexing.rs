//! Keeping the search index in step with the forum. Each use case that changes
//! something searchable asks for it to be indexed again once the change is
//! durable; what is gone, hidden or withdrawn is taken out of the index.

use super::{Forum, ForumError};
use crate::domain::{
    Account, Classification, Competency, Entry, EntryId, Event, EventId, Job, JobId, News, NewsId,
    Post, PostId, SanctionKind, Shelf, ThreadId, Visibility,
};
use crate::search::{Doc, Kind};

/// What to index again.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reindex {
    Post(PostId),
    /// Every post of a thread (it moved, was hidden, or its title changed).
    Thread(ThreadId),
    Event(EventId),
    Job(JobId),
    Entry(EntryId),
    News(NewsId),
    Member(String),
}

pub fn key(kind: Kind, id: &str) -> String {
    format!("{}:{id}", kind.as_str())
}

fn classified(doc: &mut Doc, c: &Classification) {
    doc.strategies = c.strategies.iter().map(|s| s.slug().to_string()).collect();
    doc.region = c.region.map(|r| r.slug().to_string());
    if !c.tags.is_empty() {
        doc.body.push('\n');
        doc.body.push_str(&c.tags.join(" "));
    }
}

impl Forum {
    /// Indexes `what` as it is now in the store, when the forum has an index.
    pub(super) fn reindex(&self, what: Reindex) {
        self.relay_reindex(&what);
        let Some(indexer) = self.inner.search.get() else {
            return;
        };
        if let Err(e) = self.reindex_with(indexer, &what) {
            tracing::warn!(error = %e, what = ?what, "not indexed for search");
        }
    }

    pub(super) fn reindex_with(
        &self,
        indexer: &crate::search::Indexer,
        what: &Reindex,
    ) -> Result<(), ForumError> {
        let store = self.store();
        match what {
            Reindex::Post(id) => {
                let key = key(Kind::Post, &id.to_string());
                match store.post(*id)? {
                    Some(post) => match self.post_doc(&post)? {
                        Some(doc) => indexer.put(doc),
                        None => indexer.remove(&key),
                    },
                    None => indexer.remove(&key),
                }
            }
            Reindex::Thread(id) => {
                for post in store.thread_posts(*id)? {
                    let key = key(Kind::Post, &post.id.to_string());
                    match self.post_doc(&post)? {
                        Some(doc) => indexer.put(doc),
                        None => indexer.remove(&key),
                    }
                }
            }
            Reindex::Event(id) => {
                let key = key(Kind::Event, &id.to_string());
                match store.event(*id)?.filter(|e| e.withdrawn.is_none()) {
                    Some(e) => indexer.put(event_doc(key, &e)),
                    None => indexer.remove(&key),
                }
            }
            Reindex::Job(id) => {
                let key = key(Kind::Job, &id.to_string());
                match store.job(*id)?.filter(|j| j.withdrawn.is_none()) {
                    Some(j) => indexer.put(job_doc(key, &j)),
                    None => indexer.remove(&key),
                }
            }
            Reindex::Entry(id) => match store.entry(*id)? {
                Some(e) => indexer.put(entry_doc(&e)),
                None => {
                    indexer.remove(&key(Kind::Resource, &id.to_string()));
                    indexer.remove(&key(Kind::Practice, &id.to_string()));
                }
            },
            Reindex::News(id) => {
                let key = key(Kind::News, &id.to_string());
                // A withdrawn item is no longer found.
                match store.news_item(*id)?.filter(|n| n.withdrawn.is_none()) {
                    Some(n) => indexer.put(news_doc(key, &n)),
                    None => indexer.remove(&key),
                }
            }
            Reindex::Member(name) => {
                let key = key(Kind::Member, name);
                let now = self.now();
                let banned = |a: &crate::domain::Account| {
                    a.sanction_at(now)
                        .is_some_and(|s| s.kind == SanctionKind::Banned)
                };
                match store.account(name)?.filter(|a| !banned(a)) {
                    Some(a) => indexer.put(member_doc(key, &a)),
                    None => indexer.remove(&key),
                }
            }
        }
        Ok(())
    }

    /// A post's document, or `None` when nobody but the committee may read it.
    fn post_doc(&self, post: &Post) -> Result<Option<Doc>, ForumError> {
        if post.deleted.is_some() || post.hidden.is_some() {
            return Ok(None);
        }
        let Some(thread) = self.store().thread(post.thread)? else {
            return Ok(None);
        };
        if thread.hidden {
            return Ok(None);
        }
        let public = self
            .store()
            .community(&thread.community)?
            .is_some_and(|c| c.visibility == Visibility::Public);
        let opening = post.parent.is_none();
        Ok(Some(Doc {
            key: key(Kind::Post, &post.id.to_string()),
            kind: Some(Kind::Post),
            // Only the opening post carries the thread's title, so that a title
            // match ranks the thread above every reply in it.
            title: if opening {
                thread.title.clone()
            } else {
                String::new()
            },
            body: format!("{}\n{}", post.body, post.author),
            language: post.language,
            public,
            community: Some(thread.community.to_string()),
            at: post.created_at.as_second(),
            ..Doc::default()
        }))
    }

    /// Indexes everything in the store again; returns how many items it went
    /// through. With `clear`, the index is emptied first (`stoa reindex`);
    /// without, each item replaces its old document, so searches keep working
    /// while it runs (a server does this at start-up, which also repairs what a
    /// crash kept from the index).
    pub fn rebuild_search(&self, clear: bool) -> Result<usize, ForumError> {
        let Some(indexer) = self.inner.search.get() else {
            return Ok(0);
        };
        if clear {
            indexer.clear();
        }
        let mut sent = 0;
        let mut failed = None;
        self.store().for_each_post(|post| {
            match self.post_doc(&post) {
                Ok(Some(doc)) => indexer.put(doc),
                Ok(None) => indexer.remove(&key(Kind::Post, &post.id.to_string())),
                Err(e) => failed = Some(e),
            }
            sent += 1;
        })?;
        if let Some(e) = failed {
            return Err(e);
        }
        let mut rest = Vec::new();
        for e in self.store().events_ending_after(jiff::Timestamp::MIN)? {
            rest.push(Reindex::Event(e.id));
        }
        for j in self.store().jobs_closing_from(jiff::civil::Date::MIN)? {
            rest.push(Reindex::Job(j.id));
        }
        for e in self.store().entries()? {
            rest.push(Reindex::Entry(e.id));
        }
        for n in self.store().news(usize::MAX, |_| true)? {
            rest.push(Reindex::News(n.id));
        }
        for a in self.store().accounts()? {
            rest.push(Reindex::Member(a.username.to_string()));
        }
        sent += rest.len();
        for what in rest {
            self.reindex_with(indexer, &what)?;
        }
        indexer.settle();
        Ok(sent)
    }
}

/// An event's document: its description, organizer, place and kind.
fn event_doc(key: String, e: &Event) -> Doc {
    let mut doc = Doc {
        key,
        kind: Some(Kind::Event),
        title: e.title.clone(),
        body: format!(
            "{}\n{}\n{} {}\n{}",
            e.description,
            e.organizer,
            e.city,
            e.country,
            e.kind.label()
        ),
        public: true,
        language: e.language,
        at: e.starts.timestamp().as_second(),
        ..Doc::default()
    };
    classified(&mut doc, &e.classification);
    doc
}

/// A job's document: its description, organization, place, kind and tags.
fn job_doc(key: String, j: &Job) -> Doc {
    Doc {
        key,
        kind: Some(Kind::Job),
        title: j.title.clone(),
        body: format!(
            "{}\n{}\n{} {}\n{}\n{}",
            j.description,
            j.organization,
            j.location,
            j.country,
            j.kind.label(),
            j.tags.join(" ")
        ),
        public: true,
        region: j.region.map(|r| r.slug().to_string()),
        at: j.published_at.as_second(),
        ..Doc::default()
    }
}

/// A library entry's document: a resource's authors and language, or a
/// practice's account of what was done and what came of it.
fn entry_doc(e: &Entry) -> Doc {
    let (kind, body) = match &e.shelf {
        Shelf::Resource {
            authors, language, ..
        } => (
            Kind::Resource,
            format!("{}\n{authors}\n{language}", e.summary),
        ),
        Shelf::Practice {
            what_was_done,
            results,
            lessons,
            ..
        } => (
            Kind::Practice,
            format!("{}\n{what_was_done}\n{results}\n{lessons}", e.summary),
        ),
    };
    let mut doc = Doc {
        key: key(kind, &e.id.to_string()),
        kind: Some(kind),
        title: e.title.clone(),
        // Its translations are found by their words (not stemmed: the
        // document has one language, the original's).
        body: with_translations(body, &e.translations),
        language: e.language,
        public: true,
        community: Some(e.community.to_string()),
        at: e.published_at.as_second(),
        ..Doc::default()
    };
    classified(&mut doc, &e.classification);
    doc
}

/// A text followed by its translations' titles and texts.
fn with_translations(mut body: String, translations: &[crate::domain::Translation]) -> String {
    for t in translations {
        body.push_str(&format!("\n{}\n{}", t.title, t.text));
    }
    body
}

/// A news item's document.
fn news_doc(key: String, n: &News) -> Doc {
    Doc {
        key,
        kind: Some(Kind::News),
        title: n.title.clone(),
        body: with_translations(n.body.clone(), &n.translations),
        language: n.language,
        public: true,
        region: n.region.map(|r| r.slug().to_string()),
        at: n.published_at.as_second(),
        ..Doc::default()
    }
}

/// A member's document, for the directory (members only).
fn member_doc(key: String, a: &Account) -> Doc {
    Doc {
        key,
        kind: Some(Kind::Member),
        title: format!("{} {}", a.display_name, a.username),
        body: format!(
            "{}\n{}\n{}\n{}",
            a.organization,
            a.region.label(),
            Competency::labels(&a.competencies),
            a.bio
        ),
        // The directory is for members.
        public: false,
        region: Some(a.region.slug().to_string()),
        at: a.created_at.as_second(),
        ..Doc::default()
    }
}
