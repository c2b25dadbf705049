//! One search across the forum (`/`, `search QUERY`). The index ranks; this
//! decides, from the store, what the searcher may see of each result, so hidden,
//! pending, withdrawn and members-only items never reach someone who may not
//! read them, however far the index lags.

use jiff::Timestamp;
use serde::Serialize;

use super::{Forum, ForumError, Viewer};
use crate::domain::{
    Entry, EntryId, Event, EventId, Job, JobId, News, NewsId, PostId, Region, Role, SanctionKind,
    Strategy, Target,
};
use crate::search::{Ask, Kind, Matcher, query_words};

/// The most results one search returns.
pub const FOUND_MAX: usize = 100;
/// How long an excerpt is, in characters.
const EXCERPT: usize = 160;

/// What a member is told when the index cannot answer (damaged while the server
/// runs: a restart or `stoa reindex` rebuilds it).
pub fn search_broken() -> String {
    crate::t!("forum-search-broken")
}

/// Narrows a search.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchFilter {
    pub kind: Option<Kind>,
    pub community: Option<String>,
    pub strategy: Option<Strategy>,
    pub region: Option<Region>,
    /// Only what is dated (written, or starting) on or after this.
    pub since: Option<Timestamp>,
    /// Only what is written in this language (named, or detected).
    pub language: Option<crate::domain::Language>,
}

impl SearchFilter {
    /// The filter in words, one part each.
    pub fn parts(&self) -> Vec<String> {
        let mut parts = Vec::new();
        if let Some(k) = self.kind {
            parts.push(crate::lang::text(&format!("search-kind-{}", k.as_str())).to_lowercase());
        }
        if let Some(c) = &self.community {
            parts.push(crate::t!("search-filter-community", name = c.as_str()));
        }
        if let Some(s) = self.strategy {
            parts.push(crate::terms::strategy_short(s));
        }
        if let Some(r) = self.region {
            parts.push(crate::terms::region(r));
        }
        if let Some(t) = self.since {
            parts.push(crate::t!(
                "search-filter-since",
                day = t.strftime("%Y-%m-%d").to_string()
            ));
        }
        if let Some(l) = self.language {
            parts.push(crate::t!("search-filter-language", name = l.native_name()));
        }
        parts
    }
}

/// One result.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Found {
    #[serde(serialize_with = "kind_name")]
    pub kind: Kind,
    pub target: Target,
    pub title: String,
    /// Where and when: `Primary care · 12 Nov 2026`.
    pub about: String,
    /// The text around the first match.
    pub excerpt: String,
    pub at: Timestamp,
}

fn kind_name<S: serde::Serializer>(kind: &Kind, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(kind.as_str())
}

/// What a search found, best first, and the words it looked for (to highlight).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Findings {
    pub words: Vec<String>,
    pub found: Vec<Found>,
}

impl Findings {
    /// The results grouped by kind, best first within each group; the group
    /// with the best result first.
    pub fn grouped(&self) -> Vec<(Kind, Vec<&Found>)> {
        let mut groups: Vec<(Kind, Vec<&Found>)> = Vec::new();
        for found in &self.found {
            match groups.iter_mut().find(|(kind, _)| *kind == found.kind) {
                Some((_, group)) => group.push(found),
                None => groups.push((found.kind, vec![found])),
            }
        }
        groups
    }
}

/// The part of `text` around the first word that answers `words`, on one line.
pub fn excerpt(text: &str, words: &Matcher) -> String {
    // Markdown's marks say nothing out of their context.
    let plain: String = text
        .chars()
        .filter(|c| !matches!(c, '*' | '`' | '#' | '>' | '_'))
        .collect();
    let flat: String = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    let start = flat
        .split(' ')
        .scan(0usize, |at, w| {
            let here = *at;
            *at += w.len() + 1;
            Some((here, w))
        })
        .find(|(_, w)| words.answers(w))
        .map_or(0, |(at, _)| at);
    // Some words before the match, for context.
    let mut from = flat[..start]
        .char_indices()
        .rev()
        .nth(40)
        .map_or(0, |(i, _)| i);
    if from > 0 {
        from = flat[from..].find(' ').map_or(from, |s| from + s + 1);
    }
    let mut out: String = flat[from..].chars().take(EXCERPT).collect();
    if from > 0 {
        out.insert_str(0, "… ");
    }
    if flat[from..].chars().count() > EXCERPT {
        out.push_str(" …");
    }
    out
}

impl Forum {
    /// Searches everything the viewer may read. Nothing is found without an index.
    pub fn search(
        &self,
        viewer: &Viewer,
        text: &str,
        filter: &SearchFilter,
    ) -> Result<Findings, ForumError> {
        let words = query_words(text);
        let Some(indexer) = self.search_index() else {
            return Err(ForumError::NotAllowed(crate::t!("forum-search-no-index")));
        };
        if words.is_empty() {
            return Ok(Findings::default());
        }
        // A community that is not there (or not the viewer's to see) is said,
        // not searched into an empty answer.
        if let Some(slug) = &filter.community {
            self.community(viewer, slug)?;
        }
        let member = viewer.account().is_some();
        if filter.kind == Some(Kind::Member) && !member {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-search-guests-cannot-search-members"
            )));
        }
        let ask = Ask {
            text: text.to_string(),
            kind: filter.kind,
            community: filter.community.clone(),
            strategy: filter.strategy.map(|s| s.slug().to_string()),
            region: filter.region.map(|r| r.slug().to_string()),
            since: filter.since.map(|t| t.as_second()),
            public_only: !member,
            language: filter.language,
        };
        // More than we show: some may turn out not to be the viewer's to see.
        // The index's own words (a tantivy error, a file name) are for the log; a
        // member is told what it means for them.
        let keys = indexer.search(&ask, FOUND_MAX * 2).map_err(|e| {
            tracing::warn!(error = %e, "search failed");
            ForumError::NotAllowed(search_broken())
        })?;
        let matcher = Matcher::new(&words);
        let mut found = Vec::new();
        for key in keys {
            if found.len() == FOUND_MAX {
                break;
            }
            if let Some(f) = self.found_for(viewer, &key, &matcher)? {
                found.push(f);
            }
        }
        Ok(Findings { words, found })
    }

    /// The result for index key `key`, if the viewer may see it.
    fn found_for(
        &self,
        viewer: &Viewer,
        key: &str,
        words: &Matcher,
    ) -> Result<Option<Found>, ForumError> {
        let Some((kind, id)) = key.split_once(':') else {
            return Ok(None);
        };
        let Some(kind) = Kind::parse(kind) else {
            return Ok(None);
        };
        let number = id.parse::<u64>().unwrap_or(0);
        let store = self.store();
        Ok(match kind {
            Kind::Post => self.found_post(viewer, PostId(number), words)?,
            Kind::Event => store
                .event(EventId(number))?
                .filter(|e| e.withdrawn.is_none())
                .map(|e| event_found(&e, words)),
            Kind::Job => store
                .job(JobId(number))?
                .filter(|j| j.withdrawn.is_none())
                .map(|j| job_found(&j, words)),
            Kind::Resource | Kind::Practice => store
                .entry(EntryId(number))?
                .map(|e| entry_found(kind, &e, words)),
            Kind::News => store
                .news_item(NewsId(number))?
                .map(|n| news_found(&n, words)),
            Kind::Member => self.found_member(viewer, id, words)?,
        })
    }

    /// A post, if the viewer may read it and its thread.
    fn found_post(
        &self,
        viewer: &Viewer,
        id: PostId,
        words: &Matcher,
    ) -> Result<Option<Found>, ForumError> {
        let store = self.store();
        let Ok(post) = self.post(viewer, id) else {
            return Ok(None);
        };
        let Some(thread) = store.thread(post.thread)? else {
            return Ok(None);
        };
        if thread.hidden && !self.sees_hidden(viewer) {
            return Ok(None);
        }
        let community = store
            .community(&thread.community)?
            .map_or(thread.community.to_string(), |c| c.name);
        let title = if post.parent.is_none() {
            thread.title.clone()
        } else {
            crate::t!("forum-search-reply-title", title = thread.title.as_str())
        };
        Ok(Some(Found {
            kind: Kind::Post,
            target: Target::Post {
                thread: thread.id,
                post: post.id,
            },
            title,
            about: format!("{community} · {} · {}", post.author, day(post.created_at)),
            excerpt: excerpt(&post.body, words),
            at: post.created_at,
        }))
    }

    /// A member's card, for members only and never a banned one's.
    fn found_member(
        &self,
        viewer: &Viewer,
        username: &str,
        words: &Matcher,
    ) -> Result<Option<Found>, ForumError> {
        if viewer.account().is_none() {
            return Ok(None);
        }
        let now = self.now();
        let Some(a) = self.store().account(username)?.filter(|a| {
            a.sanction_at(now)
                .is_none_or(|s| s.kind != SanctionKind::Banned)
        }) else {
            return Ok(None);
        };
        let mut about = vec![crate::lang::text(&format!(
            "term-region-{}",
            a.region.slug()
        ))];
        if !a.organization.is_empty() {
            about.insert(0, a.organization.clone());
        }
        if a.role != Role::Member {
            about.push(crate::lang::text(&format!("role-{}", a.role.as_str())));
        }
        Ok(Some(Found {
            kind: Kind::Member,
            target: Target::Member {
                username: a.username.clone(),
            },
            title: format!("{} ({})", a.display_name, a.username),
            about: about.join(" · "),
            excerpt: excerpt(&a.bio, words),
            at: a.created_at,
        }))
    }
}

/// "12 Nov 2026", in the reader's language (the day in UTC).
fn day(t: Timestamp) -> String {
    let date = t.to_zoned(jiff::tz::TimeZone::UTC).date();
    crate::t!(
        "date-day-month-year",
        day = format!("{:02}", date.day()),
        month = crate::lang::text(&format!("month-{}", date.month())),
        year = date.year().to_string()
    )
}

fn event_found(e: &Event, words: &Matcher) -> Found {
    Found {
        kind: Kind::Event,
        target: Target::Event { id: e.id },
        title: e.title.clone(),
        about: format!(
            "{} · {} · {}",
            crate::lang::text(&format!("events-kind-{}", e.kind.slug())),
            crate::terms::event_place(e),
            day(e.starts.timestamp())
        ),
        excerpt: excerpt(&e.description, words),
        at: e.starts.timestamp(),
    }
}

fn job_found(j: &Job, words: &Matcher) -> Found {
    Found {
        kind: Kind::Job,
        target: Target::Job { id: j.id },
        title: j.title.clone(),
        about: crate::t!(
            "forum-search-job-about",
            kind = crate::lang::text(&format!("jobs-kind-{}", j.kind.slug())),
            organization = j.organization.as_str(),
            closes = j.closes.to_string()
        ),
        excerpt: excerpt(&j.description, words),
        at: j.published_at,
    }
}

fn entry_found(kind: Kind, e: &Entry, words: &Matcher) -> Found {
    Found {
        kind,
        target: Target::Entry { id: e.id },
        title: e.title.clone(),
        about: format!(
            "{} · {}",
            crate::terms::entry_kind(e),
            crate::terms::stream(&e.classification)
        ),
        excerpt: excerpt(&e.summary, words),
        at: e.published_at,
    }
}

fn news_found(n: &News, words: &Matcher) -> Found {
    Found {
        kind: Kind::News,
        target: Target::News { id: n.id },
        title: n.title.clone(),
        about: crate::t!("forum-search-news-about", day = day(n.published_at)),
        excerpt: excerpt(&n.body, words),
        at: n.published_at,
    }
}
