//! The forum's rules. One function per use case, taking the acting account; the
//! permission check for every mutation lives here and nowhere else, and this is the
//! only code that writes to the store. Functions here block (storage flushes,
//! password hashing): the SSH layer calls them off the async reactor.

mod account;
pub mod alerts;
mod audit;
mod backup;
mod board_fields;
mod capabilities;
mod communities;
pub mod conversations;
pub mod corrections;
pub mod demo_content;
mod discussions;
mod editing;
mod editorial;
mod error;
pub mod events;
pub mod field_names;
pub mod files;
mod flags;
mod indexing;
pub mod jobs;
pub mod keys;
pub mod languages;
pub mod latest;
pub mod library;
mod library_browsing;
mod login;
mod memberships;
mod mentions;
mod new_member_review;
pub mod news;
pub mod notifications;
mod pace;
pub mod password;
pub mod people;
mod pin_lock_move;
pub mod proposals;
pub mod reactions;
mod reading;
mod relay;
mod roles;
mod sanctions;
pub mod sanitize;
pub mod search;
mod seed;
mod shared_posts;
mod signup;
pub mod strategies;
pub mod translations;
pub mod validate;
mod withdraw;

use std::sync::Arc;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;

pub use account::{PasswordChange, ProfileEdit};
pub use audit::AuditFilter;
pub use capabilities::Capability;
pub use demo_content::{DEMO_LABEL, DEMO_NOTICE, DEMO_TITLE_PREFIX};
pub use discussions::{
    BODY_MAX, NewThread, TITLE_MAX, ThreadOrder, ThreadSummary, ThreadView, TreePost, reply_tree,
};
pub use editorial::{Editorial, LevelCriteria, Reasons, SUBMISSION_DRAFTS_KEPT, Verdict};
pub use error::{FieldErrors, ForumError};
pub use events::{EventFilter, EventListing};
pub use field_names::{Checked, FieldName};
pub use flags::FlaggedPost;
pub use jobs::JobFilter;
pub use keys::PublicKey;
pub use library_browsing::{LibraryFilter, Sort, Stream};
pub use memberships::CommunitySummary;
pub use password::PasswordPolicy;
pub use pin_lock_move::ThreadAction;
pub use reading::DRAFTS_KEPT;
pub use roles::{Actor, NewAccount};
pub use sanctions::{
    describe as describe_sanction, end as sanction_end, state as sanction_state,
    until as sanction_until,
};
pub use seed::{Seed, SeedItem, SeedReply, SeedThread};
pub use signup::{POLICY, SignUp};

use crate::domain::{Account, ConversationId, EventId, PostId, Role, Slug, ThreadId, Username};
use crate::store::Store;
use password::Passwords;

/// Site-wide settings from `config/stoa.toml`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Site {
    /// Shown in the header of every screen.
    pub name: String,
    /// One line under the name on the home screen.
    pub tagline: String,
    /// The address members connect to, as instructions show it: "HOST" (port
    /// 22) or "HOST:PORT". Empty: taken from where the server listens.
    pub address: String,
    /// How to reach the editorial committee outside the forum (an address, a
    /// web page), shown with who sits on it. Empty: not shown.
    pub contact: String,
    /// Where the read-only web pages and feeds are (`http://host:8080`), when
    /// `[http] listen` is set: feeds link their entries there. Set from
    /// `[http]`, not a `[site]` setting.
    #[serde(skip)]
    pub web: String,
}

impl Site {
    /// The command a member types to connect, as `user` when given:
    /// `ssh -p 2222 amara@forum.example.org`, or `ssh forum.example.org` on 22.
    pub fn ssh(&self, user: Option<&str>) -> String {
        let (host, port) = self.host_and_port();
        let user = user.map(|u| format!("{u}@")).unwrap_or_default();
        match port {
            Some(port) if port != 22 => format!("ssh -p {port} {user}{host}"),
            _ => format!("ssh {user}{host}"),
        }
    }

    /// The command that opens the forum's files: `sftp -P 2222 forum.example.org`.
    pub fn sftp(&self) -> String {
        match self.host_and_port() {
            (host, Some(port)) if port != 22 => format!("sftp -P {port} {host}"),
            (host, _) => format!("sftp {host}"),
        }
    }

    fn host_and_port(&self) -> (&str, Option<u16>) {
        let (host, port) = match self.address.rsplit_once(':') {
            Some((host, port)) if !host.is_empty() && !host.ends_with(':') => {
                (host, port.parse::<u16>().ok())
            }
            _ => (self.address.as_str(), None),
        };
        let host = host.trim_start_matches('[').trim_end_matches(']');
        (if host.is_empty() { "HOST" } else { host }, port)
    }

    /// The address for a server listening on `listen`: its own address, or
    /// this machine's name when it listens on every address.
    pub fn address_for(listen: std::net::SocketAddr) -> String {
        let host = if listen.ip().is_unspecified() {
            std::fs::read_to_string("/proc/sys/kernel/hostname")
                .map(|name| name.trim().to_string())
                .ok()
                .filter(|name| !name.is_empty())
                .unwrap_or_else(|| "localhost".into())
        } else {
            match listen.ip() {
                std::net::IpAddr::V6(ip) => format!("[{ip}]"),
                ip => ip.to_string(),
            }
        };
        match listen.port() {
            22 => host,
            port => format!("{host}:{port}"),
        }
    }
}

impl Default for Site {
    fn default() -> Self {
        Site {
            name: "Stoa".into(),
            tagline: "A forum for integrated, people-centred health services".into(),
            address: String::new(),
            contact: String::new(),
            web: String::new(),
        }
    }
}

/// Where "now" comes from: the system clock, or a fixed instant in tests so that
/// screens showing dates do not change from day to day.
#[derive(Clone, Copy, Debug)]
pub enum Clock {
    System,
    Fixed(Timestamp),
}

impl Clock {
    pub fn now(self) -> Timestamp {
        match self {
            Clock::System => Timestamp::now(),
            Clock::Fixed(t) => t,
        }
    }
}

/// Who is looking at the forum in a session.
// One per session, mostly a member: boxing the account would save nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum Viewer {
    /// Connected with a key that has no account (`key` is `None` only for a session
    /// that did not log in with a key, which then cannot sign up).
    Guest {
        key: Option<PublicKey>,
    },
    Member {
        account: Account,
        via: LoginMethod,
    },
}

impl Viewer {
    pub fn account(&self) -> Option<&Account> {
        match self {
            Viewer::Member { account, .. } => Some(account),
            Viewer::Guest { .. } => None,
        }
    }

    pub fn role(&self) -> Option<Role> {
        self.account().map(|a| a.role)
    }
}

/// How a member proved who they are in this session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoginMethod {
    Key,
    Password,
    /// `stoa local` on the server machine itself.
    Local,
}

/// Something changed that open screens may be showing. Sent on the bus after the
/// change is durable (and to the other front ends on a shared store).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Account(Username),
    Community(Slug),
    /// Someone joined or left a community.
    Membership {
        community: Slug,
        username: Username,
    },
    /// A new thread or reply.
    Posted {
        community: Slug,
        thread: ThreadId,
        post: PostId,
    },
    /// A post was edited or deleted.
    PostChanged {
        community: Slug,
        thread: ThreadId,
        post: PostId,
    },
    /// A member's read marks moved.
    Read(Username),
    /// Something in the committee's queues or a member's submissions changed.
    Editorial,
    /// Something on the events or jobs board changed (a job closed early).
    /// Approvals announce `Editorial`, which boards also follow.
    Board,
    /// A member answered an event: its counts changed.
    Answered(EventId),
    /// A library entry changed (a level, its discussion); approvals announce
    /// `Editorial`.
    Library,
    /// A news item was published.
    News,
    /// A member was notified of something new.
    Notified(Username),
    /// A member read notifications (or marked them unread), or changed alerts.
    NoticesRead(Username),
    /// A member started or stopped watching a thread.
    Watch(Username),
    /// A message in a private conversation (a new conversation included):
    /// only its members and, for the committee's, the committee care.
    Conversation {
        id: ConversationId,
        members: Vec<Username>,
        committee: bool,
    },
    /// A member read a conversation (their unread count changed), or blocked
    /// or unblocked someone.
    ConversationsRead(Username),
    /// More changed than a session heard of (it fell behind the bus): every
    /// screen reads what it shows again.
    Many,
}

#[derive(Clone)]
pub struct Forum {
    inner: Arc<Inner>,
}

struct Inner {
    store: Store,
    site: Site,
    editorial: Editorial,
    passwords: Passwords,
    clock: Clock,
    bus: broadcast::Sender<Change>,
    /// The search index, once attached (offline tools run without one).
    search: std::sync::OnceLock<crate::search::Indexer>,
    /// The posts thread views hold, one copy for every session reading them.
    posts: shared_posts::SharedPosts,
    /// How big uploads may be.
    files: files::FileLimits,
    /// Changes go to the other front ends too (see `relay`).
    relaying: std::sync::atomic::AtomicBool,
    /// How fast members start threads and conversations, write, edit, react
    /// and send to the committee.
    pace: pace::Pace,
}

impl Forum {
    pub fn new(
        store: Store,
        site: Site,
        editorial: Editorial,
        policy: PasswordPolicy,
        clock: Clock,
    ) -> Result<Forum, String> {
        let (bus, _) = broadcast::channel(1024);
        Ok(Forum {
            inner: Arc::new(Inner {
                store,
                site,
                editorial,
                passwords: Passwords::new(policy)?,
                clock,
                bus,
                search: std::sync::OnceLock::new(),
                posts: shared_posts::SharedPosts::default(),
                files: files::FileLimits::default(),
                relaying: std::sync::atomic::AtomicBool::new(false),
                pace: pace::Pace::default(),
            }),
        })
    }

    /// The same forum with `limits` for uploads; before it is shared.
    pub fn with_file_limits(mut self, limits: files::FileLimits) -> Forum {
        if let Some(inner) = Arc::get_mut(&mut self.inner) {
            inner.files = limits;
        }
        self
    }

    /// The same forum without pacing members; before it is shared. For load
    /// harnesses that write as fast as the machine goes, never for a server.
    pub fn unpaced(mut self) -> Forum {
        match Arc::get_mut(&mut self.inner) {
            Some(inner) => inner.pace = pace::Pace::off(),
            None => tracing::warn!("the forum is shared already: members stay paced"),
        }
        self
    }

    pub fn site(&self) -> &Site {
        &self.inner.site
    }

    pub fn now(&self) -> Timestamp {
        self.inner.clock.now()
    }

    pub fn min_password_length(&self) -> usize {
        self.inner.passwords.min_length()
    }

    /// Every session subscribes to learn what changed while it was looking.
    pub fn subscribe(&self) -> broadcast::Receiver<Change> {
        self.inner.bus.subscribe()
    }

    /// The store underneath, with none of the rules: for tests, fixtures and
    /// benchmarks that must set up what the rules would refuse. Outside them,
    /// everything goes through the use cases, so it is not in the release library.
    #[cfg(any(test, feature = "testing"))]
    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    /// The store, for the rules' own modules.
    #[cfg(not(any(test, feature = "testing")))]
    pub(crate) fn store(&self) -> &Store {
        &self.inner.store
    }

    /// Counts an act of `who`, or refuses it when they are going too fast.
    fn paced(&self, who: &Account, what: pace::Paced) -> Result<(), ForumError> {
        // The committee answers as fast as it must.
        if Capability::ReviewSubmissions.held_by(who) {
            return Ok(());
        }
        if self.inner.pace.allow(&who.username, what, self.now()) {
            Ok(())
        } else {
            Err(ForumError::NotAllowed(what.refusal()))
        }
    }

    fn passwords(&self) -> &Passwords {
        &self.inner.passwords
    }

    /// Makes every write so far durable, then indexes what changed for search
    /// and tells open sessions.
    fn commit(&self, change: Change) -> Result<(), ForumError> {
        self.inner.store.durable()?;
        match &change {
            Change::Posted { post, .. } => self.reindex(indexing::Reindex::Post(*post)),
            // A change to an opening post may be the thread's (its title, hidden).
            Change::PostChanged { thread, post, .. } if thread.opening_post() == *post => {
                self.reindex(indexing::Reindex::Thread(*thread))
            }
            Change::PostChanged { post, .. } => self.reindex(indexing::Reindex::Post(*post)),
            Change::Account(name) => self.reindex(indexing::Reindex::Member(name.to_string())),
            _ => {}
        }
        self.relay_change(&change);
        // No receivers is fine: nobody is connected.
        let _ = self.inner.bus.send(change);
        Ok(())
    }

    /// Keeps the search index from now on: every change that can be searched
    /// is indexed as it becomes durable. Once per forum; a second index is refused.
    pub fn attach_search(&self, indexer: crate::search::Indexer) -> Result<(), String> {
        self.inner
            .search
            .set(indexer)
            .map_err(|_| "this forum already has a search index".to_string())
    }

    /// The attached search index.
    pub fn search_index(&self) -> Option<&crate::search::Indexer> {
        self.inner.search.get()
    }

    /// Tells open sessions about a change that needs no flush (a read mark).
    fn announce(&self, change: Change) {
        self.relay_change(&change);
        let _ = self.inner.bus.send(change);
    }

    /// The account as stored now (a session refreshes its copy after a change).
    pub fn account(&self, username: &str) -> Result<Option<Account>, ForumError> {
        Ok(self.inner.store.account(username)?)
    }
}

#[cfg(test)]
mod permissions_tests;

#[cfg(test)]
mod sanitize_properties;

/// Forums and members for the tests of every crate.
#[cfg(any(test, feature = "testing"))]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test support.
pub mod testing {
    use super::*;

    pub use crate::testkit::{key, sign_up_form};

    /// `level`'s stated criteria, each judged `met`: the assessment a level
    /// change needs.
    pub fn assessed(
        forum: &Forum,
        level: crate::domain::PracticeLevel,
        met: bool,
    ) -> Vec<crate::domain::Assessed> {
        forum
            .editorial()
            .levels
            .criteria(level)
            .iter()
            .map(|criterion| crate::domain::Assessed {
                criterion: criterion.clone(),
                met,
            })
            .collect()
    }

    /// A forum on a temporary directory with a fixed clock.
    pub fn forum() -> (Forum, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        (crate::testkit::forum(dir.path()).unwrap(), dir)
    }

    pub fn member(forum: &Forum, username: &str, seed: u8, role: Role) -> Account {
        let account = forum.sign_up(&key(seed), sign_up_form(username)).unwrap();
        if account.role == role {
            return account;
        }
        // Straight to the store: the rules would refuse to demote the first admin.
        forum
            .store()
            .update_account::<ForumError>(username, |a| {
                a.role = role;
                Ok(())
            })
            .unwrap()
    }
}

#[cfg(test)]
mod board_tests;
#[cfg(test)]
mod news_tests;
#[cfg(test)]
mod relay_tests;

#[cfg(test)]
mod files_tests;
#[cfg(test)]
mod library_tests;

#[cfg(test)]
mod editorial_tests;

#[cfg(test)]
mod moderation_tests;

#[cfg(test)]
mod notification_tests;

#[cfg(test)]
mod conversations_tests;
#[cfg(test)]
mod reactions_tests;

#[cfg(test)]
mod languages_tests;
#[cfg(test)]
mod search_tests;
