//! What members do, from a script: `join`, `leave`, `watch`, `unwatch`,
//! `edit` (the new text on stdin), `delete`, `flag`, `bookmark`, `bookmarks`,
//! `react`, and the forum-wide `latest` and `unread`.
//!
//! ```text
//! latest, unread:  THREAD_ID  LAST-ACTIVITY  NEW  COMMUNITY  TITLE (tab-separated),
//!                  after a first line "# N threads with news since DATE" when known
//! bookmarks:       POST_ID  THREAD_ID  REMIND|-  TITLE  (by AUTHOR)  (tab-separated)
//! ```

use serde_json::{Value, json};

use stoa_core::domain::{EntryId, EventId, FlagReason, NewsId, PostId, Reaction, Target, ThreadId};
use stoa_core::forum::reactions::reminder_day;
use stoa_core::forum::{FieldErrors, FieldName, Forum, ForumError, Viewer, sanitize};
use stoa_present::t;
use stoa_present::when::utc;

fn line(text: &str) -> String {
    sanitize::inline(text).into_owned()
}

fn said(json: bool, fields: Value, text: String) -> String {
    if json {
        format!("{fields}\n")
    } else {
        format!("{text}\n")
    }
}

pub fn membership(
    forum: &Forum,
    viewer: &Viewer,
    slug: &str,
    join: bool,
    json: bool,
) -> Result<String, ForumError> {
    let community = forum.community(viewer, slug)?;
    if join {
        forum.join(viewer, slug)?;
    } else {
        forum.leave(viewer, slug)?;
    }
    Ok(said(
        json,
        json!({"community": community.slug, "joined": join}),
        if join {
            t!("exec-joined-community", community = line(&community.name))
        } else {
            t!("exec-left-community", community = line(&community.name))
        },
    ))
}

pub fn watch(
    forum: &Forum,
    viewer: &Viewer,
    thread: ThreadId,
    on: bool,
    json: bool,
) -> Result<String, ForumError> {
    forum.watch(viewer, thread, on)?;
    Ok(said(
        json,
        json!({"thread": thread, "watching": on}),
        if on {
            t!("exec-watching-thread", thread = thread.to_string())
        } else {
            t!("exec-not-watching-thread", thread = thread.to_string())
        },
    ))
}

pub fn edit(
    forum: &Forum,
    viewer: &Viewer,
    post: PostId,
    body: &str,
    json: bool,
) -> Result<String, ForumError> {
    let edited = forum.edit_post(viewer, post, None, body)?;
    Ok(said(
        json,
        json!({"id": edited.id, "thread": edited.thread, "revisions": edited.edits()}),
        format!("{}", edited.id),
    ))
}

pub fn delete(
    forum: &Forum,
    viewer: &Viewer,
    post: PostId,
    json: bool,
) -> Result<String, ForumError> {
    let deleted = forum.delete_post(viewer, post)?;
    Ok(said(
        json,
        json!({"id": deleted.id, "deleted": true}),
        t!("exec-post-deleted", post = deleted.id.to_string()),
    ))
}

/// What `language` corrects: a post unless a flag says otherwise.
pub enum Written {
    Post(PostId),
    Event(EventId),
    Entry(EntryId),
    News(NewsId),
}

/// `language 12 fr`: post 12 is written in French, as its author (or the
/// committee) says, whatever was detected; `language --entry 7 fr` the same
/// for library entry 7.
pub fn language(
    forum: &Forum,
    viewer: &Viewer,
    what: Written,
    language: stoa_core::domain::Language,
    json: bool,
) -> Result<String, ForumError> {
    let name = language.native_name();
    let (target, kind, id, sentence) = match what {
        Written::Post(post) => {
            let thread = forum.post(viewer, post)?.thread;
            let sentence = t!("exec-language-set", post = post.to_string(), name = name);
            (Target::Post { thread, post }, "post", post.0, sentence)
        }
        Written::Event(id) => {
            let sentence = t!("exec-language-set-event", id = id.to_string(), name = name);
            (Target::Event { id }, "event", id.0, sentence)
        }
        Written::Entry(id) => {
            let sentence = t!("exec-language-set-entry", id = id.to_string(), name = name);
            (Target::Entry { id }, "entry", id.0, sentence)
        }
        Written::News(id) => {
            let sentence = t!("exec-language-set-news", id = id.to_string(), name = name);
            (Target::News { id }, "news", id.0, sentence)
        }
    };
    forum.set_language(viewer, &target, language)?;
    Ok(said(
        json,
        json!({"kind": kind, "id": id, "language": language}),
        sentence,
    ))
}

pub fn flag(
    forum: &Forum,
    viewer: &Viewer,
    post: PostId,
    reason: &[String],
    json: bool,
) -> Result<String, ForumError> {
    let (first, note) = reason
        .split_first()
        .map_or(("", &[][..]), |(f, n)| (f.as_str(), n));
    let Some(why) = FlagReason::ALL
        .into_iter()
        .find(|r| r.label().eq_ignore_ascii_case(first))
    else {
        return Err(FieldErrors::single(
            FieldName::Why,
            t!("exec-flag-give-reason"),
        ));
    };
    forum.flag_post(viewer, post, why, &note.join(" "))?;
    Ok(said(
        json,
        json!({"post": post, "flagged": why.label()}),
        t!(
            "exec-post-flagged",
            post = post.to_string(),
            reason = why.label()
        ),
    ))
}

pub fn bookmark(
    forum: &Forum,
    viewer: &Viewer,
    post: PostId,
    remind: Option<&str>,
    remove: bool,
    json: bool,
) -> Result<String, ForumError> {
    if remove {
        let was = forum.unbookmark(viewer, post)?;
        return Ok(said(
            json,
            json!({"post": post, "bookmarked": false}),
            if was {
                t!("exec-bookmark-taken-away", post = post.to_string())
            } else {
                t!("exec-post-not-bookmarked", post = post.to_string())
            },
        ));
    }
    let day = match remind {
        Some(typed) => {
            Some(reminder_day(typed).map_err(|e| FieldErrors::single(FieldName::Remind, e))?)
        }
        None => None,
    };
    let b = forum.bookmark(viewer, post, day)?;
    Ok(said(
        json,
        json!({"post": b.post, "thread": b.thread, "bookmarked": true, "remind": b.remind.map(|d| d.to_string())}),
        match b.remind {
            Some(day) => t!(
                "exec-post-bookmarked-remind",
                post = post.to_string(),
                day = day.to_string()
            ),
            None => t!("exec-post-bookmarked", post = post.to_string()),
        },
    ))
}

pub fn bookmarks(forum: &Forum, viewer: &Viewer, json: bool) -> Result<String, ForumError> {
    let list = forum.bookmarks(viewer)?;
    if json {
        let items: Vec<Value> = list
            .iter()
            .map(|b| {
                json!({
                    "post": b.bookmark.post,
                    "thread": b.bookmark.thread,
                    "at": utc(b.bookmark.at),
                    "remind": b.bookmark.remind.map(|d| d.to_string()),
                    "title": line(&b.thread_title),
                    "author": b.author,
                    "opening": line(&b.opening),
                })
            })
            .collect();
        return Ok(format!("{}\n", Value::Array(items)));
    }
    Ok(list
        .iter()
        .map(|b| {
            format!(
                "{}\t{}\t{}\t{}\t(by {})\n",
                b.bookmark.post,
                b.bookmark.thread,
                b.bookmark
                    .remind
                    .map_or_else(|| "-".to_string(), |d| d.to_string()),
                line(&b.thread_title),
                b.author
            )
        })
        .collect())
}

pub fn react(
    forum: &Forum,
    viewer: &Viewer,
    post: PostId,
    reaction: &str,
    json: bool,
) -> Result<String, ForumError> {
    let Some(reaction) = Reaction::parse(reaction) else {
        return Err(FieldErrors::single(
            FieldName::Kind,
            t!("exec-not-a-reaction", typed = line(reaction)),
        ));
    };
    let given = forum.react(viewer, post, reaction)?;
    let counts = forum.reactions(viewer, post)?;
    let count = counts
        .iter()
        .find(|(r, _)| *r == reaction)
        .map_or(0, |(_, names)| names.len());
    Ok(said(
        json,
        json!({"post": post, "reaction": reaction.name(), "given": given, "count": count}),
        if given {
            t!(
                "exec-reaction-given",
                reaction = reaction.name(),
                post = post.to_string(),
                n = count
            )
        } else {
            t!(
                "exec-reaction-taken-back",
                reaction = reaction.name(),
                post = post.to_string(),
                n = count
            )
        },
    ))
}

pub fn latest(
    forum: &Forum,
    viewer: &Viewer,
    unread_only: bool,
    json: bool,
) -> Result<String, ForumError> {
    let latest = forum.latest(viewer, unread_only)?;
    if json {
        let items: Vec<Value> = latest
            .threads
            .iter()
            .map(|t| {
                let s = &t.summary;
                json!({
                    "id": s.thread.id,
                    "community": s.thread.community,
                    "community_name": line(&t.community),
                    "title": line(&s.thread.title),
                    "last_activity": utc(s.thread.last_activity),
                    "replies": s.thread.replies(),
                    "unread": s.unread,
                    "new_posts": s.new_posts,
                })
            })
            .collect();
        return Ok(format!(
            "{}\n",
            json!({
                "since": latest.since.map(utc),
                "new_since": latest.new_since,
                "joined_none": latest.joined_none,
                "threads": items,
            })
        ));
    }
    let mut out = String::new();
    if latest.joined_none {
        out.push_str(&format!("# {}\n", t!("exec-latest-none-joined")));
    } else if let Some(since) = latest.since {
        out.push_str(&format!(
            "# {}\n",
            t!(
                "exec-latest-news-since",
                n = latest.new_since,
                since = utc(since)
            )
        ));
    }
    for t in &latest.threads {
        let s = &t.summary;
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            s.thread.id,
            utc(s.thread.last_activity),
            s.new_posts,
            line(&t.community),
            line(&s.thread.title)
        ));
    }
    Ok(out)
}
