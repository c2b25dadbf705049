//! The people directory: members by organization, region and competency, each
//! with their profile, communities and recent posts, so that peers can find each
//! other. Members only: the list of who belongs is not for passers-by.

use serde::Serialize;

use super::{Forum, ForumError, Viewer};
use crate::domain::{Account, Competency, PostId, Region, Role, SanctionKind, ThreadId};

/// How many recent posts a member's page shows.
pub const RECENT: usize = 10;

/// Which members the directory lists.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PeopleFilter {
    /// Words found in the name, username, organization, region or competencies
    /// (any case).
    pub text: String,
    pub region: Option<Region>,
    pub competency: Option<Competency>,
}

impl PeopleFilter {
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty() && self.region.is_none() && self.competency.is_none()
    }

    /// The filter in words, one part each.
    pub fn parts(&self) -> Vec<String> {
        let mut parts = Vec::new();
        if !self.text.trim().is_empty() {
            parts.push(format!("\"{}\"", self.text.trim()));
        }
        if let Some(r) = self.region {
            parts.push(crate::terms::region(r));
        }
        if let Some(c) = self.competency {
            parts.push(crate::terms::competency(c));
        }
        parts
    }

    fn admits(&self, a: &Account) -> bool {
        let text = self.text.trim().to_lowercase();
        let haystack = format!(
            "{} {} {} {} {}",
            a.username,
            a.display_name,
            a.organization,
            a.region.label(),
            Competency::labels(&a.competencies)
        )
        .to_lowercase();
        text.split_whitespace().all(|w| haystack.contains(w))
            && self.region.is_none_or(|r| a.region == r)
            && self.competency.is_none_or(|c| a.competencies.contains(&c))
    }
}

/// What the directory shows of a member: their public profile, never their keys
/// or password.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Card {
    pub username: String,
    pub display_name: String,
    pub organization: String,
    pub region: Region,
    pub competencies: Vec<Competency>,
    pub role: Role,
    pub bio: String,
    pub time_zone: String,
    pub joined: jiff::Timestamp,
}

impl Card {
    fn of(a: &Account) -> Card {
        Card {
            username: a.username.to_string(),
            display_name: a.display_name.clone(),
            organization: a.organization.clone(),
            region: a.region,
            competencies: a.competencies.clone(),
            role: a.role,
            bio: a.bio.clone(),
            time_zone: a.time_zone.clone(),
            joined: a.created_at,
        }
    }
}

/// A post on a member's page.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RecentPost {
    pub post: PostId,
    pub thread: ThreadId,
    pub thread_title: String,
    pub community: String,
    pub at: jiff::Timestamp,
    /// The post's first line, as written.
    pub opening: String,
}

/// A member's page.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Person {
    pub card: Card,
    /// Names of the communities they joined.
    pub communities: Vec<String>,
    pub recent: Vec<RecentPost>,
}

impl Forum {
    /// Members the filter admits, by organization, then name. Banned accounts
    /// are left out.
    pub fn people(&self, viewer: &Viewer, filter: &PeopleFilter) -> Result<Vec<Card>, ForumError> {
        self.poster(viewer, &crate::t!("forum-people-doing-see-directory"))?;
        let now = self.now();
        let mut cards: Vec<Card> = self
            .store()
            .accounts()?
            .iter()
            .filter(|a| {
                a.sanction_at(now)
                    .is_none_or(|s| s.kind != SanctionKind::Banned)
            })
            .filter(|a| filter.admits(a))
            .map(Card::of)
            .collect();
        cards.sort_by(|a, b| {
            let org = |c: &Card| (c.organization.is_empty(), c.organization.to_lowercase());
            org(a).cmp(&org(b)).then_with(|| {
                a.display_name
                    .to_lowercase()
                    .cmp(&b.display_name.to_lowercase())
            })
        });
        Ok(cards)
    }

    /// A member's page: profile, communities and the posts the viewer may read.
    pub fn person(&self, viewer: &Viewer, username: &str) -> Result<Person, ForumError> {
        self.poster(viewer, &crate::t!("forum-people-doing-see-pages"))?;
        let missing = || {
            ForumError::NotFound(crate::t!(
                "forum-missing-member",
                name = username.to_string()
            ))
        };
        let account = self.store().account(username)?.ok_or_else(missing)?;
        let mut communities = Vec::new();
        for slug in self.store().memberships(username)? {
            if let Ok(c) = self.community(viewer, &slug) {
                communities.push(c.name);
            }
        }
        let mut recent = Vec::new();
        for id in self.store().posts_of(username, RECENT * 3)? {
            if recent.len() == RECENT {
                break;
            }
            let Ok(post) = self.post(viewer, id) else {
                continue;
            };
            let Some(thread) = self.store().thread(post.thread)? else {
                continue;
            };
            if thread.hidden && !self.sees_hidden(viewer) {
                continue;
            }
            recent.push(RecentPost {
                post: id,
                thread: thread.id,
                thread_title: thread.title,
                community: thread.community.to_string(),
                at: post.created_at,
                opening: post
                    .body
                    .lines()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or("")
                    .to_string(),
            });
        }
        Ok(Person {
            card: Card::of(&account),
            communities,
            recent,
        })
    }
}
