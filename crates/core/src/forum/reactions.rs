//! Reactions (thanks, +1, insightful) and bookmarks with a reminder day.
//!
//! - A member reacts to others' posts they can read, and takes a reaction back
//!   by giving it again; the author hears of it (folded per post), unless they
//!   block the one who reacted. Muted members do not react: a reaction notifies.
//! - A member bookmarks any post they can read, with a day to be reminded; the
//!   reminder arrives as a notification when they next come, on or after that day.

use jiff::civil::Date;

use super::{Change, Forum, ForumError, Viewer, sanitize};
use crate::domain::{Bookmark, NoticeKind, Post, PostId, Reaction, Target, Username};

/// The most bookmarks a member keeps: all of them are listed, and all are
/// read for their reminders.
pub const BOOKMARKS_MAX: usize = 1000;

/// A bookmark with what it points at, for lists.
#[derive(Clone, Debug, PartialEq)]
pub struct Bookmarked {
    pub bookmark: Bookmark,
    pub thread_title: String,
    pub author: Username,
    /// The post's first words (empty when it is gone or hidden).
    pub opening: String,
}

/// A day typed by a member: `2026-12-01`.
pub fn reminder_day(typed: &str) -> Result<Date, String> {
    typed.trim().parse::<Date>().map_err(|_| {
        crate::t!(
            "forum-reactions-not-a-day",
            typed = sanitize::inline(typed).to_string()
        )
    })
}

impl Forum {
    /// Gives `reaction` to post `id`, or takes it back when given already;
    /// returns whether it is now given.
    pub fn react(
        &self,
        viewer: &Viewer,
        id: PostId,
        reaction: Reaction,
    ) -> Result<bool, ForumError> {
        let me = self.writer(viewer, &crate::t!("forum-reactions-doing-react"))?;
        let post = self.post(viewer, id)?;
        if post.author == me.username {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-reactions-own-post"
            )));
        }
        self.paced(&me, super::pace::Paced::Reacting)?;
        let given = self.store().toggle_reaction(
            post.thread,
            post.id,
            reaction,
            &me.username,
            self.now(),
        )?;
        let mut told = Vec::new();
        if given && !self.is_blocked_by(&post.author, &me.username)? {
            told = self.tell_of_reaction(&post, reaction, &me.display_name, &me.username)?;
        }
        let community = self
            .store()
            .thread(post.thread)?
            .map(|t| t.community)
            .unwrap_or_default();
        self.commit(Change::PostChanged {
            community,
            thread: post.thread,
            post: post.id,
        })?;
        self.announce_told(told);
        Ok(given)
    }

    fn tell_of_reaction(
        &self,
        post: &Post,
        reaction: Reaction,
        name: &str,
        username: &Username,
    ) -> Result<Vec<String>, ForumError> {
        let title = self.title_for_notice(post.thread)?;
        let name = sanitize::inline(name);
        let id = match reaction {
            Reaction::Thanks => "notice-thanks",
            Reaction::PlusOne => "notice-plus-one",
            Reaction::Insightful => "notice-insightful",
        };
        // Stored in English; the reader sees `words` in their own language.
        let text = crate::lang::text_in(
            crate::lang::Language::En,
            id,
            &[
                ("name", crate::lang::Value::from(&*name)),
                ("title", crate::lang::Value::from(title.as_str())),
            ],
        );
        let words = Some(crate::domain::Words::new(
            id,
            &[("name", &name), ("title", &title)],
        ));
        self.deliver(vec![super::notifications::Notice {
            to: post.author.to_string(),
            kind: NoticeKind::Reaction,
            from: Some(username.clone()),
            text,
            words,
            target: Target::Post {
                thread: post.thread,
                post: post.id,
            },
        }])
    }

    /// A thread's title as a notice says it: a hidden thread's is withheld.
    fn title_for_notice(&self, thread: crate::domain::ThreadId) -> Result<String, ForumError> {
        Ok(match self.store().thread(thread)? {
            Some(t) if t.hidden => super::discussions::hidden_title(),
            Some(t) => sanitize::inline(&t.title).into_owned(),
            None => String::new(),
        })
    }

    /// Who gave which reaction to post `id`, for anyone who reads it.
    pub fn reactions(
        &self,
        viewer: &Viewer,
        id: PostId,
    ) -> Result<Vec<(Reaction, Vec<Username>)>, ForumError> {
        let post = self.post(viewer, id)?;
        let all = self.store().thread_reactions(post.thread)?;
        Ok(all
            .get(&post.id)
            .map(|by| by.iter().map(|(r, names)| (*r, names.clone())).collect())
            .unwrap_or_default())
    }

    /// Bookmarks post `id`, with a reminder day or none (a bookmark there already
    /// takes the new day).
    pub fn bookmark(
        &self,
        viewer: &Viewer,
        id: PostId,
        remind: Option<Date>,
    ) -> Result<Bookmark, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-reactions-doing-bookmark"))?;
        let post = self.post(viewer, id)?;
        if let Some(day) = remind {
            let today = self
                .now()
                .to_zoned(super::events::viewer_zone(viewer))
                .date();
            if day < today {
                return Err(super::FieldErrors::single(
                    super::FieldName::Remind,
                    crate::t!("forum-reactions-day-passed", day = day.to_string()),
                ));
            }
        }
        if self.store().bookmark(&me.username, id)?.is_none()
            && self.store().bookmarks(&me.username, BOOKMARKS_MAX)?.len() >= BOOKMARKS_MAX
        {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-reactions-bookmarks-full",
                n = BOOKMARKS_MAX
            )));
        }
        let bookmark = Bookmark {
            post: post.id,
            thread: post.thread,
            at: self.now(),
            remind,
        };
        self.store().put_bookmark(&me.username, &bookmark)?;
        self.commit(Change::Watch(me.username))?;
        Ok(bookmark)
    }

    /// Takes a bookmark away; false when there was none.
    pub fn unbookmark(&self, viewer: &Viewer, id: PostId) -> Result<bool, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-reactions-doing-bookmark"))?;
        let was = self.store().bookmark(&me.username, id)?.is_some();
        self.store().remove_bookmark(&me.username, id)?;
        self.commit(Change::Watch(me.username))?;
        Ok(was)
    }

    /// Whether the viewer bookmarked post `id`.
    pub fn bookmarked(&self, viewer: &Viewer, id: PostId) -> Option<Bookmark> {
        let me = viewer.account()?;
        self.store().bookmark(&me.username, id).ok().flatten()
    }

    /// The viewer's bookmarks, newest post first, with what they point at.
    pub fn bookmarks(&self, viewer: &Viewer) -> Result<Vec<Bookmarked>, ForumError> {
        let me = self.poster(viewer, &crate::t!("forum-reactions-doing-bookmark"))?;
        let mut out = Vec::new();
        for bookmark in self.store().bookmarks(&me.username, BOOKMARKS_MAX)? {
            let (thread_title, author, opening) = match self.post(viewer, bookmark.post) {
                Ok(post) => {
                    let title = self.title_for_notice(post.thread)?;
                    let first: String = post
                        .body
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .chars()
                        .take(80)
                        .collect();
                    (title, post.author, first)
                }
                // Gone (deleted, hidden): listed so it can be taken away.
                Err(_) => (
                    crate::t!("forum-reactions-gone"),
                    Username::default(),
                    String::new(),
                ),
            };
            out.push(Bookmarked {
                bookmark,
                thread_title,
                author,
                opening,
            });
        }
        Ok(out)
    }

    /// Sends the viewer the reminders that are due (their day has come in the
    /// viewer's time zone), once each; returns how many were sent.
    pub fn send_due_reminders(&self, viewer: &Viewer) -> Result<usize, ForumError> {
        let Some(me) = viewer.account() else {
            return Ok(0);
        };
        let zone = super::events::viewer_zone(viewer);
        let today = self.now().to_zoned(zone).date();
        let mut notices = Vec::new();
        let mut due = Vec::new();
        for bookmark in self.store().bookmarks(&me.username, BOOKMARKS_MAX)? {
            let Some(day) = bookmark.remind else { continue };
            if day > today {
                continue;
            }
            let title = self.title_for_notice(bookmark.thread)?;
            due.push(bookmark.clone());
            notices.push(super::notifications::Notice {
                to: me.username.to_string(),
                kind: NoticeKind::Reminder,
                from: None,
                // Stored in English; the reader sees `words` in their own language.
                text: crate::lang::text_in(
                    crate::lang::Language::En,
                    "notice-reminder",
                    &[("title", crate::lang::Value::from(title.as_str()))],
                ),
                words: Some(crate::domain::Words::new(
                    "notice-reminder",
                    &[("title", &title)],
                )),
                target: Target::Post {
                    thread: bookmark.thread,
                    post: bookmark.post,
                },
            });
        }
        let sent = notices.len();
        if sent > 0 {
            let told = self.deliver(notices)?;
            // Cleared once told. Not flushed: after a crash, a reminder may come twice.
            for mut bookmark in due {
                bookmark.remind = None;
                self.store().put_bookmark(&me.username, &bookmark)?;
            }
            self.announce_told(told);
        }
        Ok(sent)
    }
}
