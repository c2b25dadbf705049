//! `communities`, `threads`, `read`, `post` and `reply` without a terminal.
//!
//! Plain formats, one record per line, fields separated by two spaces or more:
//!
//! ```text
//! communities:  SLUG  MEMBERS members  THREADS threads  UNREAD unread  [joined]  NAME
//! threads:      ID  REPLIES replies  LAST-ACTIVITY  [unread] [pinned] [locked]  TITLE  (by USERNAME)
//! read:         a heading, then each post as "#ID  NAME (USERNAME)  ORGANIZATION  TIME",
//!               its body under it; replies are indented two spaces per level
//! post, reply:  the new post's id
//! ```
//!
//! Times are RFC 3339 in UTC, so scripts need no time zone. What the demo loaded
//! is flagged `[demo]` (a community and thread in the flags before the name or
//! title, a post after its time, a thread's heading in `read` at its start); in
//! `--json`, `"demo": true`.

use serde_json::{Value, json};

use stoa_core::domain::{Language, PostId, ThreadId};
use stoa_core::forum::{DEMO_LABEL, Forum, ForumError, NewThread, Viewer, sanitize};
use stoa_core::store::DemoMark;
use stoa_present::t;

/// The noun that goes with `n`, for a column ("1 member", "2 members").
fn noun<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

fn line(text: &str) -> String {
    sanitize::inline(text).into_owned()
}

fn lines(text: &str) -> String {
    sanitize::multiline(text).into_owned()
}

fn to_json(value: Value) -> String {
    format!("{value}\n")
}

pub fn communities(forum: &Forum, viewer: &Viewer, json: bool) -> Result<String, ForumError> {
    let list = forum.community_overview(viewer)?;
    if json {
        return Ok(to_json(Value::Array(
            list.iter()
                .map(|c| {
                    json!({
                        "slug": c.community.slug,
                        "demo": forum.is_demo(&DemoMark::Community(c.community.slug.clone())),
                        "name": line(&c.community.name),
                        "description": line(&c.community.description),
                        "members": c.members,
                        "threads": c.threads,
                        "unread": c.unread,
                        "joined": c.joined,
                    })
                })
                .collect(),
        )));
    }
    let width = list
        .iter()
        .map(|c| c.community.slug.len())
        .max()
        .unwrap_or(0);
    Ok(list
        .iter()
        .map(|c| {
            format!(
                "{:<width$}  {:>4} {:<7}  {:>4} {:<7}  {:>3} unread  {}{}{}\n",
                c.community.slug,
                c.members,
                noun(c.members, "member", "members"),
                c.threads,
                noun(c.threads, "thread", "threads"),
                c.unread,
                if c.joined { "[joined]  " } else { "" },
                if forum.is_demo(&DemoMark::Community(c.community.slug.clone())) {
                    "[demo]  "
                } else {
                    ""
                },
                line(&c.community.name),
            )
        })
        .collect())
}

pub fn threads(
    forum: &Forum,
    viewer: &Viewer,
    slug: &str,
    order: stoa_core::forum::ThreadOrder,
    json: bool,
) -> Result<String, ForumError> {
    let mut list = forum.threads(viewer, slug)?;
    order.sort(&mut list, forum.first_languages(viewer));
    if json {
        return Ok(to_json(Value::Array(
            list.iter()
                .map(|t| {
                    json!({
                        "id": t.thread.id,
                        "demo": forum.is_demo(&DemoMark::Thread(t.thread.id)),
                        "title": line(&t.thread.title),
                        "author": t.thread.author,
                        "author_name": line(&t.author_name),
                        "replies": t.thread.replies(),
                        "last_activity": t.thread.last_activity,
                        "pinned": t.thread.pinned,
                        "locked": t.thread.locked,
                        "unread": t.unread,
                        "new_posts": t.new_posts,
                    })
                })
                .collect(),
        )));
    }
    if list.is_empty() {
        return Ok(String::new());
    }
    let width = list
        .iter()
        .map(|t| t.thread.id.to_string().len())
        .max()
        .unwrap_or(1);
    Ok(list
        .iter()
        .map(|t| {
            let mut flags = String::new();
            for (on, word) in [
                (t.unread, "[unread] "),
                (t.thread.pinned, "[pinned] "),
                (t.thread.locked, "[locked] "),
                (forum.is_demo(&DemoMark::Thread(t.thread.id)), "[demo] "),
            ] {
                if on {
                    flags.push_str(word);
                }
            }
            format!(
                "{:>width$}  {:>3} {:<7}  {}  {flags}{}  (by {})\n",
                t.thread.id,
                t.thread.replies(),
                noun(t.thread.replies() as usize, "reply", "replies"),
                t.thread
                    .last_activity
                    .round(jiff::Unit::Second)
                    .unwrap_or(t.thread.last_activity),
                line(&t.thread.title),
                t.thread.author
            )
        })
        .collect())
}

pub fn read(
    forum: &Forum,
    viewer: &Viewer,
    id: ThreadId,
    json: bool,
) -> Result<String, ForumError> {
    let view = forum.read_thread(viewer, id)?;
    // The whole thread is printed: all of it is read (`unread` then leaves it out).
    if let Some(last) = view.posts.iter().map(|p| p.post.id).max() {
        forum.mark_read(viewer, id, last)?;
    }
    let t = &view.thread;
    if json {
        let posts: Vec<Value> = view
            .posts
            .iter()
            .map(|p| {
                let (name, org) = view
                    .authors
                    .get(&p.post.author)
                    .cloned()
                    .unwrap_or_default();
                json!({
                    "id": p.post.id,
                    "demo": forum.is_demo(&DemoMark::Post(p.post.id)),
                    "parent": p.post.parent,
                    "depth": p.depth,
                    "author": p.post.author,
                    "author_name": line(&name),
                    "organization": line(&org),
                    "created_at": p.post.created_at,
                    "edited_at": p.post.edited_at(),
                    "deleted": p.post.deleted.is_some(),
                    "hidden": p.post.hidden.is_some(),
                    "committee_note": p.post.committee_note.as_deref().map(line),
                    "body": lines(&p.post.body),
                    "language": p.post.language,
                    "mentions": p.post.mentions,
                    // Who gave which reaction: {"thanks": ["li"], "+1": [...]}.
                    "reactions": view
                        .reactions
                        .get(&p.post.id)
                        .map(|given| {
                            given
                                .iter()
                                .map(|(r, names)| (r.name().to_string(), json!(names)))
                                .collect::<serde_json::Map<_, _>>()
                        })
                        .unwrap_or_default(),
                })
            })
            .collect();
        return Ok(to_json(json!({
            "id": t.id,
            "demo": forum.is_demo(&DemoMark::Thread(t.id)),
            "community": t.community,
            "title": line(&t.title),
            "author": t.author,
            "pinned": t.pinned,
            "locked": t.locked,
            "language": t.language,
            "posts": posts,
        })));
    }
    let mut out = format!(
        "{}{}\n{} ({}) · {}{}{}\n",
        if forum.is_demo(&DemoMark::Thread(t.id)) {
            "[demo] "
        } else {
            ""
        },
        line(&t.title),
        line(&view.community.name),
        t.community,
        t!("count-posts", n = t.posts),
        if t.pinned {
            format!(" · {}", t!("thread-pinned"))
        } else {
            String::new()
        },
        if t.locked {
            format!(" · {}", t!("plain-locked"))
        } else {
            String::new()
        },
    );
    for p in &view.posts {
        let indent = "  ".repeat(p.depth.min(16));
        out.push('\n');
        let when = p
            .post
            .created_at
            .round(jiff::Unit::Second)
            .unwrap_or(p.post.created_at);
        if p.post.deleted.is_some() {
            out.push_str(&format!("{indent}#{}  [deleted]  {when}\n", p.post.id));
            continue;
        }
        let (name, org) = view
            .authors
            .get(&p.post.author)
            .cloned()
            .unwrap_or_default();
        let mut header = format!(
            "{indent}#{}  {} ({})",
            p.post.id,
            line(&name),
            p.post.author
        );
        if !org.is_empty() {
            header.push_str(&format!("  {}", line(&org)));
        }
        header.push_str(&format!("  {when}"));
        if forum.is_demo(&DemoMark::Post(p.post.id)) {
            header.push_str(&format!("  {DEMO_LABEL}"));
        }
        if p.post.edited_at().is_some() {
            header.push_str("  [edited]");
        }
        out.push_str(&header);
        out.push('\n');
        if p.post.hidden.is_some() {
            out.push_str(&format!("{indent}  [{}]\n", t!("post-hidden-by-committee")));
        }
        if let Some(note) = &p.post.committee_note {
            out.push_str(&format!(
                "{indent}  [{}]\n",
                t!("exec-edited-by-committee", note = line(note))
            ));
        }
        for body_line in lines(&p.post.body).lines() {
            out.push_str(format!("{indent}  {body_line}").trim_end());
            out.push('\n');
        }
    }
    Ok(out)
}

pub fn post(
    forum: &Forum,
    viewer: &Viewer,
    slug: &str,
    title: &str,
    body: &str,
    language: Option<Language>,
    json: bool,
) -> Result<String, ForumError> {
    let thread = forum.start_thread(
        viewer,
        slug,
        NewThread {
            title: title.to_string(),
            body: body.to_string(),
            language,
        },
    )?;
    Ok(if json {
        to_json(json!({"id": thread.id, "thread": thread.id, "language": thread.language}))
    } else {
        format!("{}\n", thread.id)
    })
}

pub fn reply(
    forum: &Forum,
    viewer: &Viewer,
    parent: PostId,
    body: &str,
    language: Option<Language>,
    json: bool,
) -> Result<String, ForumError> {
    let post = forum.reply_in(viewer, parent, body, language)?;
    Ok(if json {
        to_json(json!({"id": post.id, "thread": post.thread, "language": post.language}))
    } else {
        format!("{}\n", post.id)
    })
}

#[cfg(test)]
mod tests {
    use super::super::run;
    use stoa_core::domain::{Community, PostId, Role, Visibility};
    use stoa_core::forum::testing::{forum, member};
    use stoa_core::forum::{Forum, LoginMethod, Viewer};

    fn setup() -> (Forum, tempfile::TempDir, Viewer, Viewer) {
        let (forum, dir) = forum();
        forum
            .store()
            .put_community(&Community {
                strategies: Vec::new(),
                slug: "care".into(),
                name: "Coordinated care".into(),
                description: "Teams".into(),
                visibility: Visibility::Public,
                created_at: forum.now(),
            })
            .unwrap();
        let amara = Viewer::Member {
            account: member(&forum, "amara", 1, Role::Member),
            via: LoginMethod::Key,
        };
        let li = Viewer::Member {
            account: member(&forum, "li", 2, Role::Member),
            via: LoginMethod::Key,
        };
        (forum, dir, amara, li)
    }

    #[test]
    fn one_of_anything_is_said_in_the_singular() {
        let (forum, _dir, amara, li) = setup();
        forum.join(&li, "care").unwrap();
        let thread = run(&forum, &amara, "post care Alone", b"Just me").stdout;
        let thread = thread.trim();
        let communities = run(&forum, &li, "communities", b"").stdout;
        assert!(
            communities.starts_with("care     1 member      1 thread     1 unread  [joined]"),
            "{communities}"
        );
        let read = run(&forum, &li, &format!("read {thread}"), b"").stdout;
        assert!(read.contains("(care) · 1 post\n"), "{read}");
        run(&forum, &li, &format!("reply {thread}"), b"Not alone");
        let threads = run(&forum, &li, "threads care", b"").stdout;
        assert!(threads.contains("  1 reply    "), "{threads}");
    }

    #[test]
    fn post_reply_and_read_back_as_a_tree() {
        let (forum, _dir, amara, li) = setup();
        let out = run(
            &forum,
            &amara,
            "post care Handover notes",
            b"First line\nsecond",
        );
        assert_eq!((out.status, out.stderr.as_str()), (0, ""));
        let thread: u64 = out.stdout.trim().parse().unwrap();
        let reply = run(&forum, &li, &format!("reply {thread}"), b"Agreed");
        let reply: u64 = reply.stdout.trim().parse().unwrap();
        let deeper = run(&forum, &amara, &format!("reply {reply} --json"), b"Thanks");
        let deeper: serde_json::Value = serde_json::from_str(&deeper.stdout).unwrap();
        assert_eq!(deeper["thread"], thread);

        let read = run(&forum, &li, &format!("read {thread}"), b"");
        let text = read.stdout;
        assert!(
            text.starts_with("Handover notes\nCoordinated care (care) · 3 posts\n"),
            "{text}"
        );
        assert!(text.contains(&format!("\n#{thread}  amara display (amara)  Ministry of Health  2026-11-22T09:00:00Z\n  First line\n  second\n")), "{text}");
        assert!(
            text.contains(&format!("\n  #{reply}  li display (li)")),
            "{text}"
        );
        assert!(text.contains("\n      Thanks\n"), "{text}");

        let json = run(&forum, &li, &format!("read {thread} --json"), b"");
        let parsed: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
        let depths: Vec<u64> = parsed["posts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["depth"].as_u64().unwrap())
            .collect();
        assert_eq!(depths, [0, 1, 2]);

        // Read with `read`, the thread is no longer unread.
        let threads = run(&forum, &li, "threads care", b"").stdout;
        assert_eq!(
            threads,
            format!("{thread}    2 replies  2026-11-22T09:00:00Z  Handover notes  (by amara)\n")
        );
        let communities = run(&forum, &li, "communities", b"").stdout;
        assert_eq!(
            communities, "care     0 members     1 thread     0 unread  Coordinated care\n",
            "one thread, not '1 threads'"
        );
        let parsed: serde_json::Value =
            serde_json::from_str(&run(&forum, &li, "communities --json", b"").stdout).unwrap();
        assert_eq!(parsed[0]["threads"], 1);
    }

    #[test]
    fn refusals_are_one_line_on_stderr_with_status_2() {
        let (forum, _dir, amara, _li) = setup();
        let guest = Viewer::Guest { key: None };
        let cases: &[(&Viewer, &str, &[u8], &str)] = &[
            (
                &guest,
                "post care Hello there",
                b"body",
                "guests cannot start threads",
            ),
            (
                &amara,
                "post care",
                b"body",
                "'post' needs TITLE (usage: post COMMUNITY TITLE)",
            ),
            (&amara, "post", b"body", "'post' needs COMMUNITY"),
            (
                &amara,
                "post nowhere Hello",
                b"body",
                "community 'nowhere' not found",
            ),
            (
                &amara,
                "post care Hello",
                b"  \n",
                "body: write something first",
            ),
            (&amara, "post care Hi", b"x", "title: at least 3 characters"),
            (&amara, "reply abc", b"x", "'abc' is not a number"),
            (&amara, "reply 999", b"x", "post 999 not found"),
            (&amara, "read 999", b"", "thread 999 not found"),
            (&amara, "read 1 2", b"", "takes one argument"),
            (
                &amara,
                "threads nowhere",
                b"",
                "community 'nowhere' not found",
            ),
            (&amara, "threads \x1b[2J", b"", "community '[2J' not found"),
        ];
        for (who, line, stdin, expected) in cases {
            let out = run(&forum, who, line, stdin);
            assert_eq!(out.status, 2, "{line}: {out:?}", out = out.stderr);
            assert!(out.stdout.is_empty(), "{line}");
            assert_eq!(out.stderr.lines().count(), 1, "{line}: {}", out.stderr);
            assert!(out.stderr.contains(expected), "{line}: {}", out.stderr);
            assert!(!out.stderr.contains('\x1b'));
        }
    }

    #[test]
    fn hostile_text_comes_out_clean_in_plain_and_json() {
        let (forum, _dir, amara, li) = setup();
        let hostile = "\x1b]0;pwned\x07\x1b[2J\u{9b}31m\u{202e}x\x1b[201~";
        let thread = run(
            &forum,
            &amara,
            "post care Plain title",
            format!("Body {hostile}").as_bytes(),
        );
        let id: u64 = thread.stdout.trim().parse().unwrap();
        forum
            .store()
            .update_post::<()>(PostId(id), None, |post, thread| {
                thread.title = format!("Title {hostile}");
                post.body = format!("Body {hostile}");
                Ok(())
            })
            .unwrap();
        for line in [
            format!("read {id}"),
            format!("read {id} --json"),
            "threads care".into(),
            "threads care --json".into(),
        ] {
            let out = run(&forum, &li, &line, b"");
            assert_eq!(out.status, 0, "{line}");
            assert!(
                !out.stdout
                    .chars()
                    .any(|c| (c.is_control() && c != '\n') || c == '\u{202e}'),
                "{line}: {:?}",
                out.stdout
            );
        }
    }
}
