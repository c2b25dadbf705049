//! How the library is browsed: by stream (one of the five strategies, or
//! several), by sort (a resource's kind or a practice's level), and by region.

use crate::domain::{
    Audience, Classification, Competency, Entry, PracticeLevel, Region, ResourceKind, Shelf,
    Strategy,
};

/// Where an entry sits among the five strategies: one of them, or several.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stream {
    Strategy(Strategy),
    Multiple,
}

impl Stream {
    /// Every stream, in the framework's order, then "multiple streams".
    pub fn all() -> Vec<Stream> {
        let mut all: Vec<Stream> = Strategy::ALL.iter().map(|s| Stream::Strategy(*s)).collect();
        all.push(Stream::Multiple);
        all
    }

    pub fn of(c: &Classification) -> Option<Stream> {
        match c.strategies.as_slice() {
            [] => None,
            [one] => Some(Stream::Strategy(*one)),
            _ => Some(Stream::Multiple),
        }
    }

    /// Whether an entry classified `c` belongs under this stream: under each
    /// of its strategies, and under "multiple streams" when it has several.
    pub fn includes(self, c: &Classification) -> bool {
        self.covers(&c.strategies)
    }

    /// Whether an item of these strategies belongs under this stream.
    pub fn covers(self, strategies: &[Strategy]) -> bool {
        match self {
            Stream::Strategy(s) => strategies.contains(&s),
            Stream::Multiple => strategies.len() > 1,
        }
    }

    /// A stream by its slug (`governance`, `multiple`).
    pub fn from_slug(slug: &str) -> Option<Stream> {
        Stream::all().into_iter().find(|s| s.slug() == slug)
    }

    /// What the stream is about, in a line.
    pub fn description(self) -> &'static str {
        match self {
            Stream::Strategy(s) => s.description(),
            Stream::Multiple => "Work that takes on more than one strategy at once.",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Stream::Strategy(s) => s.label(),
            Stream::Multiple => "Multiple streams",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Stream::Strategy(s) => s.slug(),
            Stream::Multiple => "multiple",
        }
    }
}

/// A resource's kind or a practice's level: the library's other way to browse.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sort {
    Resource(ResourceKind),
    Practice(PracticeLevel),
}

impl Sort {
    pub fn of(entry: &Entry) -> Sort {
        match &entry.shelf {
            Shelf::Resource { kind, .. } => Sort::Resource(*kind),
            Shelf::Practice { level, .. } => Sort::Practice(*level),
        }
    }

    pub fn all() -> Vec<Sort> {
        let mut all: Vec<Sort> = ResourceKind::ALL
            .iter()
            .map(|k| Sort::Resource(*k))
            .collect();
        all.extend(PracticeLevel::ALL.iter().map(|l| Sort::Practice(*l)));
        // Not a level anyone gives, but practices wait there until one is given.
        all.push(Sort::Practice(PracticeLevel::NotAssessed));
        all
    }

    pub fn label(self) -> String {
        match self {
            Sort::Resource(k) => format!("Resources: {}", k.label()),
            Sort::Practice(l) => format!("Practices: {}", l.label()),
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Sort::Resource(k) => k.slug(),
            Sort::Practice(l) => l.slug(),
        }
    }
}

/// Which entries to list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LibraryFilter {
    pub stream: Option<Stream>,
    pub sort: Option<Sort>,
    pub region: Option<Region>,
    pub competency: Option<Competency>,
    pub audience: Option<Audience>,
}

impl LibraryFilter {
    pub(super) fn admits(&self, e: &Entry) -> bool {
        let c = &e.classification;
        self.stream.is_none_or(|s| s.includes(c))
            && self.sort.is_none_or(|s| Sort::of(e) == s)
            && self.region.is_none_or(|r| c.region == Some(r))
            && self.competency.is_none_or(|x| c.competencies.contains(&x))
            && self.audience.is_none_or(|a| c.audiences.contains(&a))
    }
}
