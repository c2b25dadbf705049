//! Telling members what concerns them: replies to their posts, mentions, new
//! posts in threads they watch, decisions on their submissions, and new events
//! and jobs that match their saved alerts.
//!
//! Notifications are written before the change that causes them is made durable,
//! so the one flush covers both: a post acknowledged to its author has told
//! everyone it concerns, even if the server is killed a moment later.

use super::{Change, Forum, ForumError, Viewer};
use crate::domain::{
    Item, NoticeKind, Notification, Post, PostId, ReviewState, Submission, Target, Thread,
    ThreadId, Username,
};
use crate::store::Watching;

/// The most notifications the centre and `notifications` list.
pub const KEPT: usize = 500;

/// Unread notifications are counted up to this (the header says `999+`).
pub const UNREAD_SHOWN: usize = 1000;

/// A notification about to be delivered: who gets it and what it says.
pub(super) struct Notice {
    pub to: String,
    pub kind: NoticeKind,
    pub from: Option<Username>,
    pub text: String,
    pub target: Target,
    /// `text` as a catalogue message, for each reader's language.
    pub words: Option<crate::domain::Words>,
}

impl Forum {
    /// Stores notices; returns who got one, to announce once the write is durable.
    pub(super) fn deliver(&self, notices: Vec<Notice>) -> Result<Vec<String>, ForumError> {
        let mut told = Vec::new();
        for n in notices {
            let made = self.store().add_notification(
                &n.to,
                Notification {
                    id: 0,
                    at: self.now(),
                    kind: n.kind,
                    from: n.from,
                    text: n.text,
                    target: n.target,
                    read: false,
                    more: 0,
                    words: n.words,
                },
            )?;
            if made {
                if !told.contains(&n.to) {
                    told.push(n.to);
                }
            } else {
                // Folded into an unread one: its "more" changed, not the count.
                self.announce(Change::NoticesRead(n.to.into()));
            }
        }
        Ok(told)
    }

    /// Tells open sessions whose notifications changed.
    pub(super) fn announce_told(&self, told: Vec<String>) {
        for name in told {
            self.announce(Change::Notified(name.into()));
        }
    }

    /// What a new post tells whom: its parent's author that they were answered,
    /// those it names that they were mentioned, and the thread's watchers that
    /// it is there; each member once, the most personal reason first. Its author
    /// starts watching the thread unless they stopped watching it on purpose.
    pub(super) fn tell_of_post(
        &self,
        thread: &Thread,
        post: &Post,
    ) -> Result<Vec<String>, ForumError> {
        let author = &post.author;
        if self.store().watching(author, thread.id)? == Watching::Unset {
            self.store().set_watching(author, thread.id, true)?;
        }
        let mut wanted: Vec<(String, NoticeKind)> = Vec::new();
        if let Some(parent) = post.parent
            && let Some(parent) = self.store().post(parent)?
            && parent.deleted.is_none()
        {
            wanted.push((parent.author.to_string(), NoticeKind::Reply));
        }
        for name in &post.mentions {
            wanted.push((name.to_string(), NoticeKind::Mention));
        }
        for name in self.store().watchers(thread.id)? {
            wanted.push((name, NoticeKind::Watched));
        }
        let title = super::sanitize::inline(&thread.title);
        // Named as posts show them: by display name (the username is in `from`).
        let name = self
            .store()
            .account(author)?
            .map_or_else(|| author.clone(), |a| a.display_name.into());
        let name = super::sanitize::inline(&name);
        let mut notices: Vec<Notice> = Vec::new();
        // No reading check per member: every member may read every community
        // (visibility only keeps guests out), and only members are told.
        for (to, kind) in wanted {
            if to == *author || notices.iter().any(|n| n.to == to) {
                continue;
            }
            // A member who blocked the author hears nothing from them.
            if self.is_blocked_by(&to, author)? {
                continue;
            }
            let (text, id) = match kind {
                NoticeKind::Reply => (
                    format!("{name} replied to you in \"{title}\""),
                    "notice-reply",
                ),
                NoticeKind::Mention => (
                    format!("{name} mentioned you in \"{title}\""),
                    "notice-mention",
                ),
                _ if post.parent.is_none() => {
                    (format!("{name} started \"{title}\""), "notice-started")
                }
                _ => (format!("{name} posted in \"{title}\""), "notice-posted"),
            };
            let words = Some(crate::domain::Words::new(
                id,
                &[("name", &name), ("title", &title)],
            ));
            notices.push(Notice {
                to,
                kind,
                from: Some(author.into()),
                text,
                words,
                target: Target::Post {
                    thread: thread.id,
                    post: post.id,
                },
            });
        }
        self.deliver(notices)
    }

    /// The viewer's notifications, newest first.
    pub fn notifications(&self, viewer: &Viewer) -> Result<Vec<Notification>, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-notifications-doing-receive"))?;
        Ok(self.store().notifications(&me.username, KEPT)?)
    }

    /// How many of the viewer's notifications are unread (none for a guest).
    pub fn unread_notifications(&self, viewer: &Viewer) -> Result<usize, ForumError> {
        match viewer.account() {
            Some(me) => Ok(self
                .store()
                .unread_notifications(&me.username, UNREAD_SHOWN)?),
            None => Ok(0),
        }
    }

    /// Marks some of the viewer's notifications read, or unread again.
    pub fn mark_notifications(
        &self,
        viewer: &Viewer,
        ids: &[u64],
        read: bool,
    ) -> Result<usize, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-notifications-doing-receive"))?;
        let changed = self
            .store()
            .set_notifications_read(&me.username, ids, read)?;
        if changed > 0 {
            self.announce(Change::NoticesRead(me.username.clone()));
        }
        Ok(changed)
    }

    /// Marks every notification of the viewer read; returns how many were unread.
    pub fn mark_all_notifications_read(&self, viewer: &Viewer) -> Result<usize, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-notifications-doing-receive"))?;
        let ids = self.store().unread_notification_ids(&me.username)?;
        self.mark_notifications(viewer, &ids, true)
    }

    /// Reading a thread up to `upto` reads the notifications about its posts so far.
    pub(super) fn read_notices_of_thread(
        &self,
        username: &str,
        thread: ThreadId,
        upto: PostId,
    ) -> Result<(), ForumError> {
        let seen = self.store().unread_notices_in(username, thread, upto)?;
        if !seen.is_empty() && self.store().set_notifications_read(username, &seen, true)? > 0 {
            self.announce(Change::NoticesRead(username.into()));
        }
        Ok(())
    }

    /// Marks read the viewer's notifications about a conversation they read.
    pub(super) fn read_notices_of_conversation(
        &self,
        username: &str,
        id: crate::domain::ConversationId,
    ) -> Result<(), ForumError> {
        let seen = self.store().unread_notices_of_conversation(username, id)?;
        if !seen.is_empty() && self.store().set_notifications_read(username, &seen, true)? > 0 {
            self.announce(Change::NoticesRead(username.into()));
        }
        Ok(())
    }

    /// Whether the viewer watches `thread`: they hear of every new post in it.
    pub fn watching(&self, viewer: &Viewer, thread: ThreadId) -> Result<bool, ForumError> {
        match viewer.account() {
            Some(me) => Ok(self.store().watching(&me.username, thread)? == Watching::Yes),
            None => Ok(false),
        }
    }

    /// Starts or stops watching a thread the viewer can read.
    pub fn watch(&self, viewer: &Viewer, thread: ThreadId, on: bool) -> Result<(), ForumError> {
        let me = self.poster(
            viewer,
            &crate::t!("forum-notifications-doing-watch-threads"),
        )?;
        let view = self.read_thread(viewer, thread)?;
        self.store()
            .set_watching(&me.username, view.thread.id, on)?;
        self.commit(Change::Watch(me.username.clone()))?;
        Ok(())
    }
}

impl Forum {
    /// What a decision tells the author of the submission, and, when it
    /// publishes, everyone the published item concerns.
    pub(super) fn tell_of_decision(
        &self,
        by: &str,
        s: &Submission,
        reason: &str,
    ) -> Result<Vec<String>, ForumError> {
        // The kind as a key ("educational-opportunity"): each reader's
        // catalogue words it.
        let kind = s.item.kind().replace(' ', "-");
        let title = super::sanitize::inline(s.title());
        let reason = super::sanitize::inline(reason);
        let mut told = Vec::new();
        let id = match s.state {
            ReviewState::Approved => "forum-notifications-approved",
            ReviewState::ChangesRequested => "forum-notifications-changes-requested",
            ReviewState::Rejected => "forum-notifications-rejected",
            // One approval of several: nothing is decided yet.
            _ => return Ok(told),
        };
        let args = [
            ("kind", kind.as_str()),
            ("title", &*title),
            ("reason", &*reason),
        ];
        let published = (s.state == ReviewState::Approved).then_some(s.published);
        let target = match (&s.item, published) {
            (Item::Post(_), Some(Some(post))) => match self.store().post(post)? {
                Some(p) => {
                    if let Some(thread) = self.store().thread(p.thread)? {
                        told = self.tell_of_post(&thread, &p)?;
                    }
                    Target::Post {
                        thread: p.thread,
                        post,
                    }
                }
                None => Target::Submission { id: s.id },
            },
            (Item::Event(_), Some(_)) => {
                told = self.tell_of_alerts(&s.author, s.id)?;
                Target::Event {
                    id: s.id.as_event(),
                }
            }
            (Item::Job(_), Some(_)) => {
                told = self.tell_of_alerts(&s.author, s.id)?;
                Target::Job { id: s.id.as_job() }
            }
            (Item::Resource(_) | Item::Practice(_), Some(_)) => Target::Entry {
                id: s.id.as_entry(),
            },
            (Item::News(_), Some(_)) => match s.news {
                Some(id) => Target::News { id },
                None => Target::Submission { id: s.id },
            },
            // An approved translation leads to what it translates.
            (Item::Translation(t), Some(_)) => match t.of {
                crate::domain::Translated::Entry(id) => Target::Entry { id },
                crate::domain::Translated::News(id) => Target::News { id },
            },
            _ => Target::Submission { id: s.id },
        };
        let to_author = self.deliver(vec![Notice {
            to: s.author.to_string(),
            kind: NoticeKind::Decision,
            from: Some(by.into()),
            text: english(id, &args),
            target,
            words: Some(crate::domain::Words::new(id, &args)),
        }])?;
        for name in to_author {
            if !told.contains(&name) {
                told.push(name);
            }
        }
        Ok(told)
    }

    /// Tells one member that the committee changed something of theirs (withdrew
    /// an event they posted or answered, re-levelled their practice): message
    /// `id` with `args`, kept in English as the notice's text, and as words so
    /// that each reader reads it in their own language.
    pub(super) fn tell_one_words(
        &self,
        by: &str,
        author: &str,
        id: &str,
        args: &[(&str, &str)],
        target: Target,
    ) -> Result<Vec<String>, ForumError> {
        if author == by {
            return Ok(Vec::new());
        }
        self.deliver(vec![Notice {
            to: author.to_string(),
            kind: NoticeKind::Decision,
            from: Some(by.into()),
            text: english(id, args),
            target,
            words: Some(crate::domain::Words::new(id, args)),
        }])
    }
}

/// Message `id` with `args` in English: a notice's `text`, read where its
/// words are not (older readers, logs).
pub(super) fn english(id: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, crate::lang::Value<'_>)> = args
        .iter()
        .map(|(k, v)| (*k, crate::lang::Value::from(*v)))
        .collect();
    crate::lang::text_in(crate::lang::Language::En, id, &args)
}
