//! Demo content goes in through here, into an empty forum only: communities, a few
//! people (with no way to log in) and their threads, dated back from now. Every
//! record it writes is marked as the demo's (see `store::demo`), so that every
//! front end labels it and `stoa admin remove-demo` can take it away.

use jiff::{SignedDuration, Timestamp};

use super::languages::written_in;
use super::{Change, Forum, ForumError, mentions, sanitize};
use crate::domain::{
    Account, Community, Item, News, Post, ReviewAction, ReviewEvent, ReviewState, Shelf,
    Submission, Thread, Username,
};
use crate::store::{DemoMark, NewPost, Publish};

/// A thread to seed, with its replies in the order they were written.
pub struct SeedThread {
    pub community: String,
    pub title: String,
    pub author: String,
    pub hours_ago: i64,
    pub pinned: bool,
    pub body: String,
    pub replies: Vec<SeedReply>,
}

pub struct SeedReply {
    pub author: String,
    /// Which post this answers: 0 the opening post, 1 the first reply, …
    pub to: usize,
    pub hours_ago: i64,
    pub body: String,
}

/// An item published as its author's approved submission, `days_ago` days ago.
pub struct SeedItem {
    pub author: String,
    pub item: Item,
    pub days_ago: i64,
    /// The bytes of the files the item attaches, kept before it is published.
    pub files: Vec<Vec<u8>>,
}

/// Everything the demo adds.
pub struct Seed {
    pub communities: Vec<Community>,
    pub people: Vec<Account>,
    pub threads: Vec<SeedThread>,
    /// Events, jobs and library entries, published as approved.
    pub items: Vec<SeedItem>,
    /// News items (their ids are given as they are stored).
    pub news: Vec<News>,
}

impl Forum {
    /// Seeds the demo, only into a forum with nothing in it yet. Returns how many
    /// communities were added (0 when the forum was not empty).
    pub fn seed_demo(&self, seed: &Seed) -> Result<usize, ForumError> {
        // Once only: a forum emptied by `stoa admin remove-demo` stays empty.
        if !self.store().is_empty()? || self.store().demo_was_loaded()? {
            return Ok(0);
        }
        self.store().note_demo_loaded()?;
        for community in &seed.communities {
            self.store().put_community(community)?;
            self.store()
                .mark_demo(&DemoMark::Community(community.slug.clone()))?;
        }
        for person in &seed.people {
            self.store().put_keyless_account(person)?;
            self.store()
                .mark_demo(&DemoMark::Account(person.username.clone()))?;
        }
        let now = self.now();
        for thread in &seed.threads {
            self.seed_thread(thread, now)?;
        }
        for s in &seed.items {
            let at = now - SignedDuration::from_hours(24 * s.days_ago);
            for bytes in &s.files {
                self.store().put_file(bytes)?;
            }
            self.seed_item(&s.author, &s.item, at)?;
        }
        for news in &seed.news {
            let news = self
                .store()
                .insert_news(|id| (News { id, ..news.clone() }, None))?;
            self.store().mark_demo(&DemoMark::News(news.id))?;
        }
        // The marks are written one by one: flushed here, before anyone is told.
        self.store().durable()?;
        if let Some(last) = seed.communities.last() {
            self.commit(Change::Community(last.slug.clone()))?;
        }
        Ok(seed.communities.len())
    }

    /// Publishes a demo event or job as an approved submission, so its id is taken
    /// from the same counter as every later submission's.
    fn seed_item(&self, author: &str, item: &Item, now: Timestamp) -> Result<(), ForumError> {
        let step = |by: &str, action, note: &str| ReviewEvent {
            by: by.into(),
            action,
            note: note.into(),
            at: now,
            assessment: Vec::new(),
        };
        let submission = self.store().insert_submission(|id| Submission {
            id,
            author: author.into(),
            item: item.clone(),
            state: ReviewState::Approved,
            created_at: now,
            submitted_at: now,
            version: 1,
            history: vec![
                step(author, ReviewAction::Submitted, ""),
                step(
                    "editorial committee",
                    ReviewAction::Approved,
                    "Demo content: published with the demo, not reviewed.",
                ),
            ],
            published: None,
            news: None,
        })?;
        let store = self.store();
        store.mark_demo(&DemoMark::Submission(submission.id))?;
        match super::proposals::publish(&submission, now)? {
            Publish::Event(event) => {
                store.put_event(&event)?;
                store.mark_demo(&DemoMark::Event(event.id))?;
            }
            Publish::Job(job) => {
                store.put_job(&job)?;
                store.mark_demo(&DemoMark::Job(job.id))?;
            }
            Publish::Entry(mut entry) => {
                // No committee rated the demo's practices: their history says so.
                if let Shelf::Practice { levels, .. } = &mut entry.shelf {
                    for change in levels.iter_mut() {
                        change.reason = "Demo content: published with the demo; no committee \
                                         has assessed it."
                            .into();
                    }
                }
                store.put_entry(&entry)?;
                store.mark_demo(&DemoMark::Entry(entry.id))?;
            }
            Publish::Community { .. }
            | Publish::Post { .. }
            | Publish::News(_)
            | Publish::Translation(..) => {}
        }
        Ok(())
    }

    fn seed_thread(&self, seed: &SeedThread, now: Timestamp) -> Result<(), ForumError> {
        let at = |hours: i64| now - SignedDuration::from_hours(hours);
        let body = |text: &str, author: &str| -> Result<(String, Vec<Username>), ForumError> {
            let body = sanitize::multiline(text.trim()).into_owned();
            let named = mentions::find(self, &body, author)?;
            Ok((body, named))
        };
        let (text, named) = body(&seed.body, &seed.author)?;
        let created = at(seed.hours_ago);
        let (thread, _) = self.store().insert_thread(
            &NewPost {
                author: seed.author.clone(),
                draft_key: None,
            },
            |id| {
                (
                    Thread {
                        language: written_in(None, &seed.title, &text),
                        id,
                        community: seed.community.as_str().into(),
                        title: seed.title.clone(),
                        author: seed.author.as_str().into(),
                        created_at: created,
                        last_activity: created,
                        last_post: id.opening_post(),
                        posts: 1,
                        pinned: seed.pinned,
                        locked: false,
                        hidden: false,
                    },
                    Post {
                        language: written_in(None, &seed.title, &text),
                        id: id.opening_post(),
                        thread: id,
                        parent: None,
                        author: seed.author.as_str().into(),
                        body: text.clone(),
                        created_at: created,
                        history: Vec::new(),
                        deleted: None,
                        mentions: named.clone(),
                        hidden: None,
                        committee_note: None,
                        versions_let_go: 0,
                    },
                )
            },
        )?;
        self.store().mark_demo(&DemoMark::Thread(thread.id))?;
        self.store()
            .mark_demo(&DemoMark::Post(thread.id.opening_post()))?;
        self.seed_member(&seed.community, &seed.author, created)?;
        let mut ids = vec![thread.id.opening_post()];
        for reply in &seed.replies {
            let parent = ids
                .get(reply.to)
                .copied()
                .unwrap_or(thread.id.opening_post());
            let (text, named) = body(&reply.body, &reply.author)?;
            let created = at(reply.hours_ago);
            let (_, post) = self
                .store()
                .insert_reply::<ForumError>(
                    thread.id,
                    &NewPost {
                        author: reply.author.clone(),
                        draft_key: None,
                    },
                    |id, thread| {
                        Ok(Post {
                            language: written_in(None, "", &text),
                            id,
                            thread: thread.id,
                            parent: Some(parent),
                            author: reply.author.as_str().into(),
                            body: text.clone(),
                            created_at: created,
                            history: Vec::new(),
                            deleted: None,
                            mentions: named.clone(),
                            hidden: None,
                            committee_note: None,
                            versions_let_go: 0,
                        })
                    },
                )
                .map_err(|e| ForumError::NotFound(format!("demo thread: {e}")))?;
            ids.push(post.id);
            self.store().mark_demo(&DemoMark::Post(post.id))?;
            self.seed_member(&seed.community, &reply.author, created)?;
        }
        Ok(())
    }

    /// Whoever writes in a demo community is one of its members, from their first
    /// post there: a community showing "0 members" above their posts reads wrong.
    fn seed_member(&self, slug: &str, username: &str, at: Timestamp) -> Result<(), ForumError> {
        if !self.store().is_community_member(slug, username)? {
            self.store().join_community(slug, username, at)?;
        }
        Ok(())
    }
}
