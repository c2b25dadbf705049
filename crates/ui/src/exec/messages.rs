//! Private conversations without a terminal: `messages`, `message`,
//! `conversation`, `report`, `block`, `unblock`.
//!
//! ```text
//! messages:      ID  LAST-ACTIVITY  new|read  MESSAGES  WITH  SUBJECT (tab-separated)
//! conversation:  a heading (subject, who is in it), then each message as
//!                "#N  SIGNATURE  TIME", its text under it indented two spaces
//! message:       "CONVERSATION_ID #NUMBER" of the message once it is durable
//! messages --search WORDS:  CONVERSATION_ID  #NUMBER  SIGNATURE  FIRST-LINE (tab-separated)
//! ```
//!
//! Times are RFC 3339 in UTC. `message USER…` goes on in the latest
//! conversation with exactly those people, or starts one; `message #ID` writes
//! in conversation ID.

use serde_json::{Value, json};

use stoa_core::domain::{ConversationId, Message};
use stoa_core::forum::conversations::{SHOWN, signature};
use stoa_core::forum::{Forum, ForumError, Viewer, sanitize};
use stoa_present::t;
use stoa_present::when::utc;

fn line(text: &str) -> String {
    sanitize::inline(text).into_owned()
}

fn message_json(m: &Message) -> Value {
    json!({
        "number": m.number,
        "author": m.author,
        "signed": line(&signature(m)),
        "for_committee": m.for_committee,
        "at": utc(m.at),
        "body": sanitize::multiline(&m.body),
        "reported": m.reported.as_ref().map(|r| json!({
            "conversation": r.conversation,
            "number": r.number,
            "author": r.author,
            "at": utc(r.at),
            "body": sanitize::multiline(&r.body),
        })),
    })
}

pub fn messages(
    forum: &Forum,
    viewer: &Viewer,
    unread_only: bool,
    json: bool,
) -> Result<String, ForumError> {
    let list = forum.conversations(viewer)?;
    let me = viewer
        .account()
        .map(|a| a.username.to_string())
        .unwrap_or_default();
    let shown = list.items.iter().filter(|s| !unread_only || s.unread);
    if json {
        let items: Vec<Value> = shown
            .map(|s| {
                let c = &s.conversation;
                json!({
                    "id": c.id,
                    "subject": line(&s.about),
                    "members": c.members,
                    "committee": c.committee,
                    "report": c.report,
                    "messages": c.messages,
                    "last_activity": utc(c.last_activity),
                    "unread": s.unread,
                })
            })
            .collect();
        return Ok(format!("{}\n", Value::Array(items)));
    }
    let mut out = String::new();
    for s in shown {
        let c = &s.conversation;
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\n",
            c.id,
            utc(c.last_activity),
            if s.unread { "new" } else { "read" },
            c.messages,
            c.others(&me).join(", "),
            line(&s.about),
        ));
    }
    if list.total > list.items.len() {
        out.push_str(&format!(
            "{}\n",
            t!(
                "exec-older-conversations",
                n = list.total - list.items.len()
            )
        ));
    }
    Ok(out)
}

pub fn conversation(
    forum: &Forum,
    viewer: &Viewer,
    id: ConversationId,
    all: bool,
    json: bool,
) -> Result<String, ForumError> {
    let shown = if all { usize::MAX } else { SHOWN };
    let view = forum.conversation(viewer, id, shown)?;
    let c = &view.conversation;
    if let Some(last) = view.messages.last() {
        forum.mark_conversation_read(viewer, id, last.number)?;
    }
    if json {
        return Ok(format!(
            "{}\n",
            json!({
                "id": c.id,
                "subject": line(&c.subject),
                "members": c.members,
                "committee": c.committee,
                "report": c.report,
                "started_by": c.started_by,
                "started_at": utc(c.started_at),
                "earlier": view.earlier,
                "messages": view.messages.iter().map(message_json).collect::<Vec<_>>(),
            })
        ));
    }
    let mut out = format!(
        "{}\n{}\n",
        t!(
            "exec-conversation-head",
            id = c.id.to_string(),
            about = line(&view.about)
        ),
        t!("exec-conversation-with", names = c.parties().join(", "))
    );
    if view.earlier > 0 {
        out.push_str(&format!(
            "{}\n",
            t!(
                "exec-earlier-messages",
                n = view.earlier,
                id = c.id.to_string()
            )
        ));
    }
    for m in &view.messages {
        out.push_str(&format!(
            "\n#{}  {}  {}\n",
            m.number,
            line(&signature(m)),
            utc(m.at)
        ));
        if let Some(r) = &m.reported {
            out.push_str(&format!(
                "  {}\n",
                t!(
                    "exec-reported-message",
                    number = r.number.to_string(),
                    conversation = r.conversation.to_string(),
                    author = r.author.to_string(),
                    at = utc(r.at)
                )
            ));
            for l in sanitize::multiline(&r.body).lines() {
                out.push_str(&format!("  > {l}\n"));
            }
            out.push_str(&format!("  {}\n", t!("exec-report-why")));
        }
        for l in sanitize::multiline(&m.body).lines() {
            out.push_str(&format!("  {l}\n"));
        }
    }
    Ok(out)
}

/// `message USER… | committee | #ID [--subject WORDS]`, the text on stdin.
pub fn message(
    forum: &Forum,
    viewer: &Viewer,
    to: &[String],
    subject: &str,
    body: &str,
    json: bool,
) -> Result<String, ForumError> {
    // `#12` is conversation 12; a bare number is a member's name.
    let numbered: Option<ConversationId> = match to {
        [only] => only.strip_prefix('#').and_then(|id| id.parse().ok()),
        _ => None,
    };
    let existing = match numbered {
        Some(id) => Some(id),
        None if subject.is_empty() => forum.conversation_with(viewer, to)?,
        None => None,
    };
    let (id, number) = match existing {
        Some(id) => (id, forum.write_message(viewer, id, body)?.number),
        None => {
            let (c, m) = forum.start_conversation(viewer, to, subject, body)?;
            (c.id, m.number)
        }
    };
    Ok(if json {
        format!("{}\n", json!({"conversation": id, "number": number}))
    } else {
        format!("{id} #{number}\n")
    })
}

pub fn report(
    forum: &Forum,
    viewer: &Viewer,
    id: ConversationId,
    number: u32,
    reason: &str,
    json: bool,
) -> Result<String, ForumError> {
    let report = forum.report_message(viewer, id, number, reason)?;
    Ok(if json {
        format!("{}\n", json!({"conversation": report.id}))
    } else {
        format!(
            "{}\n",
            t!("exec-reported", conversation = report.id.to_string())
        )
    })
}

pub fn block(
    forum: &Forum,
    viewer: &Viewer,
    user: Option<&str>,
    on: bool,
    json: bool,
) -> Result<String, ForumError> {
    match (user, on) {
        (Some(user), true) => {
            forum.block(viewer, user)?;
            Ok(format!("{}\n", t!("exec-blocked", name = line(user))))
        }
        (Some(user), false) => Ok(if forum.unblock(viewer, user)? {
            format!("{}\n", t!("exec-unblocked", name = line(user)))
        } else {
            format!("{}\n", t!("exec-had-not-blocked", name = line(user)))
        }),
        (None, _) => {
            let blocked = forum.blocked(viewer)?;
            if json {
                let list: Vec<Value> = blocked
                    .iter()
                    .map(|(name, since)| json!({"username": name, "since": utc(*since)}))
                    .collect();
                return Ok(format!("{}\n", Value::Array(list)));
            }
            Ok(blocked
                .iter()
                .map(|(name, since)| format!("{name}\t{}\n", utc(*since)))
                .collect())
        }
    }
}

/// `messages --search WORDS`: messages of one's own conversations holding every word.
pub fn search(
    forum: &Forum,
    viewer: &Viewer,
    words: &str,
    json: bool,
) -> Result<String, ForumError> {
    let found = forum.search_conversations(viewer, words)?;
    if json {
        let items: Vec<Value> = found
            .iter()
            .map(|(c, m)| {
                let mut item = message_json(m);
                item["conversation"] = json!(c.id);
                item
            })
            .collect();
        return Ok(format!("{}\n", Value::Array(items)));
    }
    Ok(found
        .iter()
        .map(|(c, m)| {
            format!(
                "{}\t#{}\t{}\t{}\n",
                c.id,
                m.number,
                line(&signature(m)),
                line(m.body.lines().next().unwrap_or(""))
            )
        })
        .collect())
}
