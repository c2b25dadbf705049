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

use stoa_core::domain::{FlagReason, PostId, Reaction, ThreadId};
use stoa_core::forum::reactions::reminder_day;
use stoa_core::forum::{FieldErrors, FieldName, Forum, ForumError, Viewer, sanitize};
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
    let verb = if join { "Joined" } else { "Left" };
    Ok(said(
        json,
        json!({"community": community.slug, "joined": join}),
        format!("{verb} {}.", line(&community.name)),
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
            format!("Watching thread {thread}: every new post in it notifies you.")
        } else {
            format!("No longer watching thread {thread}.")
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
        json!({"id": edited.id, "thread": edited.thread, "revisions": edited.history.len()}),
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
        format!("Post {} deleted; replies to it stay.", deleted.id),
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
            "give a reason: spam, off-topic, inappropriate, or other and a note",
        ));
    };
    forum.flag_post(viewer, post, why, &note.join(" "))?;
    Ok(said(
        json,
        json!({"post": post, "flagged": why.label()}),
        format!(
            "Post {post} flagged as {}: the editorial committee will look at it.",
            why.label()
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
                format!("Bookmark on post {post} taken away.")
            } else {
                format!("Post {post} was not bookmarked.")
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
            Some(day) => format!("Post {post} bookmarked; you will be reminded on {day}."),
            None => format!("Post {post} bookmarked."),
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
            format!(
                "'{}' is not a reaction: thanks, +1 or insightful",
                line(reaction)
            ),
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
            format!("{} given to post {post} ({count} in all).", reaction.name())
        } else {
            format!(
                "{} taken back from post {post} ({count} left).",
                reaction.name()
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
        out.push_str("# You joined no community yet: join COMMUNITY (communities lists them).\n");
    } else if let Some(since) = latest.since {
        out.push_str(&format!(
            "# {} with news since your last visit ({})\n",
            stoa_present::text::plural(latest.new_since, "thread", "threads"),
            utc(since)
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
