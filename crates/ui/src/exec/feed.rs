//! `feed`: an Atom feed (RFC 4287) of the news and of what was newly published in
//! the library and on the boards, newest first, so a feed reader or a static web
//! server can follow the network without an SSH session.
//!
//! The XML is written by quick-xml's writer, which escapes what XML reserves. What
//! no escaping can carry, the characters XML 1.0 forbids outright, is filtered
//! here: one of them in one approved title would make the whole document
//! ill-formed, and a feed reader then drops the feed for every subscriber.

use std::io;
use stoa_present::when::Times;

use jiff::Timestamp;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event as Xml};

use stoa_core::domain::{Entry, Event, Job, News, Shelf, ThreadId};
use stoa_core::forum::{DEMO_TITLE_PREFIX, Forum, ForumError, Site, Viewer, sanitize};
use stoa_core::store::{DemoMark, StoreError};

/// Items in the feed.
pub const ITEMS: usize = 50;

/// Characters of an item's text a feed carries; the rest is on its page. Fifty
/// posts of 20,000 characters made a thread's feed a megabyte a request.
pub const CONTENT_MAX: usize = 4_000;

const ATOM: &str = "http://www.w3.org/2005/Atom";

/// One entry, its text as the forum holds it (unsanitised).
#[derive(Debug)]
pub(super) struct Item {
    pub id: String,
    pub title: String,
    pub category: &'static str,
    pub published: Timestamp,
    /// When it last changed (a thread's latest reply); `published` when unset.
    pub updated: Option<Timestamp>,
    pub content: String,
    /// Where it points outside the forum (a resource's link, an event's meeting).
    pub link: Option<String>,
    /// Its own page on the forum's web pages (`/library/10`), linked when they
    /// are served.
    pub page: Option<String>,
    /// Who wrote it, when not the editorial committee (a post's author).
    pub author: Option<String>,
    /// Loaded with the demo: its title says so, and it has a `demo` category.
    pub demo: bool,
}

/// What a feed is, for its id, title and own address.
#[derive(Debug)]
pub struct Head<'a> {
    pub site: &'a Site,
    /// Its path without `.atom`: `feed`, `c/care-pathways/feed`, `t/15/feed`.
    pub path: String,
    pub title: String,
    pub subtitle: String,
}

/// The site's feed: news, and what is new in the library and on the boards.
pub fn feed(forum: &Forum, viewer: &Viewer) -> Result<String, ForumError> {
    let site = forum.site();
    let slug = slug(&site.name);
    let mut items = Vec::new();
    for n in forum.news(ITEMS)? {
        let demo = forum.is_demo(&DemoMark::News(n.id));
        items.push(Item {
            demo,
            ..news_item(&slug, n)
        });
    }
    for e in forum.library(&Default::default())?.into_iter().take(ITEMS) {
        let demo = forum.is_demo(&DemoMark::Entry(e.id));
        items.push(Item {
            demo,
            ..library_item(&slug, e)
        });
    }
    for l in forum.upcoming_events(viewer, &Default::default())? {
        let demo = forum.is_demo(&DemoMark::Event(l.event.id));
        items.push(Item {
            demo,
            ..event_item(&slug, l.event)
        });
    }
    for j in forum.open_jobs(&Default::default())? {
        let demo = forum.is_demo(&DemoMark::Job(j.id));
        items.push(Item {
            demo,
            ..job_item(&slug, j)
        });
    }
    let head = Head {
        site,
        path: "feed".into(),
        title: site.name.clone(),
        subtitle: site.tagline.clone(),
    };
    finish(forum, &head, items)
}

/// A community's feed: its threads, the most recently active first, each with
/// its opening post. A thread the committee hid is left out.
pub fn community_feed(forum: &Forum, viewer: &Viewer, slug: &str) -> Result<String, ForumError> {
    let community = forum.community(viewer, slug)?;
    let site = forum.site();
    let tag = self::slug(&site.name);
    let mut threads = forum.threads(viewer, slug)?;
    threads.retain(|t| !t.thread.hidden);
    threads.sort_by_key(|t| std::cmp::Reverse(t.thread.last_post));
    let mut items = Vec::new();
    for summary in threads.into_iter().take(ITEMS) {
        let t = summary.thread;
        let content = match forum.post(viewer, t.id.opening_post()) {
            Ok(post) => post.body,
            Err(ForumError::NotFound(_)) => String::new(),
            Err(e) => return Err(e),
        };
        items.push(Item {
            id: id(&tag, "thread", t.id),
            title: t.title,
            category: "thread",
            published: t.created_at,
            updated: Some(t.last_activity),
            content,
            link: None,
            page: Some(format!("/t/{}", t.id)),
            author: Some(summary.author_name),
            demo: forum.is_demo(&DemoMark::Thread(t.id)),
        });
    }
    let head = Head {
        site,
        path: format!("c/{}/feed", community.slug),
        title: format!("{}: {}", site.name, community.name),
        subtitle: community.description.clone(),
    };
    finish(forum, &head, items)
}

/// A thread's feed: its newest posts, newest first. Deleted and hidden posts
/// are left out.
pub fn thread_feed(forum: &Forum, viewer: &Viewer, thread: ThreadId) -> Result<String, ForumError> {
    let view = forum.read_thread(viewer, thread)?;
    let site = forum.site();
    let tag = slug(&site.name);
    let mut posts: Vec<_> = view
        .posts
        .iter()
        .filter(|p| p.post.deleted.is_none() && p.post.hidden.is_none())
        .collect();
    posts.sort_by_key(|p| std::cmp::Reverse(p.post.id));
    let mut items = Vec::new();
    for p in posts.into_iter().take(ITEMS) {
        let post = &p.post;
        let author = view.author_name(&post.author).to_string();
        let title = if post.id == view.thread.id.opening_post() {
            view.thread.title.clone()
        } else {
            format!("{author} on {}", view.thread.title)
        };
        items.push(Item {
            id: id(&tag, "post", post.id),
            title,
            category: "post",
            published: post.created_at,
            updated: post.edited_at(),
            content: post.body.clone(),
            link: None,
            page: Some(format!("/p/{}", post.id)),
            author: Some(author),
            demo: forum.is_demo(&DemoMark::Post(post.id)),
        });
    }
    let head = Head {
        site,
        path: format!("t/{}/feed", view.thread.id),
        title: format!("{}: {}", site.name, view.thread.title),
        subtitle: format!("A discussion in {}", view.community.name),
    };
    finish(forum, &head, items)
}

/// The newest `ITEMS` of `items`, written.
fn finish(forum: &Forum, head: &Head, mut items: Vec<Item>) -> Result<String, ForumError> {
    items.sort_by_key(|i| std::cmp::Reverse(i.updated.unwrap_or(i.published)));
    items.truncate(ITEMS);
    for item in &mut items {
        if let Some((cut, _)) = item.content.char_indices().nth(CONTENT_MAX) {
            item.content.truncate(cut);
            item.content.push_str(" […]");
        }
    }
    let updated = items
        .first()
        .map_or(forum.now(), |i| i.updated.unwrap_or(i.published));
    // Writing to memory does not fail; if it ever did, the command says so
    // instead of printing half a feed.
    write(head, updated, &items).map_err(|e| ForumError::Store(StoreError::Engine(Box::new(e))))
}

/// The site's name as it appears in tag URIs: ASCII letters and digits only.
pub(super) fn slug(site: &str) -> String {
    site.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_lowercase()
}

fn id(slug: &str, what: &str, n: impl std::fmt::Display) -> String {
    format!("tag:stoa,2026:{slug}/{what}/{n}")
}

pub(super) fn news_item(slug: &str, n: News) -> Item {
    // Above the text, as its page has them: a member's item the committee
    // rewrote says so.
    let content = stoa_present::news::corrections(&n)
        .into_iter()
        .chain([n.body.clone()])
        .collect::<Vec<_>>()
        .join("\n\n");
    let author = stoa_present::news::author(&n).map(str::to_string);
    Item {
        id: id(slug, "news", n.id),
        title: n.title,
        category: "news",
        published: n.published_at,
        // A correction is an update: feed readers show the item again.
        updated: n.corrections.last().map(|c| c.at),
        content,
        link: None,
        page: Some(format!("/news/{}", n.id)),
        author,
        demo: false,
    }
}

pub(super) fn library_item(slug: &str, e: Entry) -> Item {
    let link = match &e.shelf {
        Shelf::Resource { link, .. } => Some(link.clone()),
        Shelf::Practice { .. } => None,
    };
    Item {
        id: id(slug, "library", e.id),
        title: format!("Library, {}: {}", e.kind(), e.title),
        category: "library",
        published: e.published_at,
        content: e.summary,
        link,
        page: Some(format!("/library/{}", e.id)),
        // A practice whose level changed since it was published.
        updated: match &e.shelf {
            Shelf::Practice { levels, .. } => levels
                .last()
                .map(|l| l.at)
                .filter(|at| *at > e.published_at),
            Shelf::Resource { .. } => None,
        },
        author: None,
        demo: false,
    }
}

pub(super) fn event_item(slug: &str, e: Event) -> Item {
    let starts = format!(
        "{} ({})",
        e.starts.day_and_time(),
        e.starts.time_zone().iana_name().unwrap_or("UTC")
    );
    Item {
        id: id(slug, "event", e.id),
        title: format!("Event, {}: {}", e.kind.label(), e.title),
        category: "event",
        published: e.published_at,
        content: format!(
            "{starts}, {}. Organized by {}.\n\n{}",
            e.place(),
            e.organizer,
            e.description
        ),
        updated: e.corrections.last().map(|c| c.at),
        link: (!e.online.is_empty()).then_some(e.online),
        page: Some(format!("/events/{}", e.id)),
        author: None,
        demo: false,
    }
}

pub(super) fn job_item(slug: &str, j: Job) -> Item {
    Item {
        id: id(slug, "job", j.id),
        title: format!(
            "Jobs, {}: {} at {}",
            j.kind.label(),
            j.title,
            j.organization
        ),
        category: "job",
        published: j.published_at,
        content: format!(
            "{}; closes {}.\n\n{}\n\nHow to apply: {}",
            j.place(),
            j.closes,
            j.description,
            j.how_to_apply
        ),
        updated: j.corrections.last().map(|c| c.at),
        link: None,
        page: Some(format!("/jobs/{}", j.id)),
        author: None,
        demo: false,
    }
}

/// The feed document for `items`, in the order given.
pub(super) fn write(head: &Head, updated: Timestamp, items: &[Item]) -> io::Result<String> {
    let site = head.site;
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Xml::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    w.create_element("feed")
        .with_attribute(("xmlns", ATOM))
        .write_inner_content(|w| {
            let slug = slug(&site.name);
            text_element(w, "id", &format!("tag:stoa,2026:{slug}/{}", head.path))?;
            text_element(w, "title", &line(&head.title))?;
            text_element(w, "subtitle", &line(&head.subtitle))?;
            text_element(w, "updated", &rfc3339(updated))?;
            if !site.web.is_empty() {
                let web = line(&site.web);
                link(w, "self", &format!("{web}/{}.atom", head.path))?;
                link(w, "alternate", &format!("{web}/"))?;
            }
            w.create_element("author").write_inner_content(|w| {
                text_element(
                    w,
                    "name",
                    &line(&format!("{} editorial committee", site.name)),
                )
            })?;
            for i in items {
                w.create_element("entry")
                    .write_inner_content(|w| entry(w, &site.web, i))?;
            }
            Ok(())
        })?;
    let mut out = w.into_inner();
    out.push(b'\n');
    String::from_utf8(out).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

fn link(w: &mut Writer<Vec<u8>>, rel: &str, href: &str) -> io::Result<()> {
    w.create_element("link")
        .with_attribute(("rel", rel))
        .with_attribute(("href", href))
        .write_empty()?;
    Ok(())
}

fn entry(w: &mut Writer<Vec<u8>>, web: &str, i: &Item) -> io::Result<()> {
    text_element(w, "id", &line(&i.id))?;
    let title = if i.demo {
        format!("{DEMO_TITLE_PREFIX}{}", i.title)
    } else {
        i.title.clone()
    };
    text_element(w, "title", &line(&title))?;
    text_element(w, "updated", &rfc3339(i.updated.unwrap_or(i.published)))?;
    text_element(w, "published", &rfc3339(i.published))?;
    if let Some(author) = &i.author {
        w.create_element("author")
            .write_inner_content(|w| text_element(w, "name", &line(author)))?;
    }
    w.create_element("category")
        .with_attribute(("term", i.category))
        .write_empty()?;
    if i.demo {
        w.create_element("category")
            .with_attribute(("term", "demo"))
            .with_attribute(("label", "Demo content: illustrative, not real"))
            .write_empty()?;
    }
    if let (false, Some(page)) = (web.is_empty(), &i.page) {
        link(w, "alternate", &line(&format!("{web}{page}")))?;
    }
    if let Some(href) = &i.link {
        link(w, "related", &line(href))?;
    }
    w.create_element("content")
        .with_attribute(("type", "text"))
        .write_text_content(BytesText::new(&block(&i.content)))?;
    Ok(())
}

fn text_element(w: &mut Writer<Vec<u8>>, name: &str, text: &str) -> io::Result<()> {
    w.create_element(name)
        .write_text_content(BytesText::new(text))?;
    Ok(())
}

use stoa_present::when::utc as rfc3339;

/// A title or an attribute: one line, sanitised, and only characters XML allows.
/// (An XML parser turns a newline in an attribute into a space, so a value with
/// lines in it would not read back as written.)
pub(super) fn line(text: &str) -> String {
    sanitize::inline(text)
        .chars()
        .filter(|&c| xml_char(c))
        .collect()
}

/// Content: lines kept, sanitised, and only characters XML allows.
pub(super) fn block(text: &str) -> String {
    sanitize::multiline(text)
        .chars()
        .filter(|&c| xml_char(c))
        .collect()
}

/// A character XML 1.0 allows (its `Char` production), less the noncharacters it
/// discourages. The sanitiser already drops all of these; the feed does not rely
/// on that, since a feed that does not parse is lost to every subscriber at once.
fn xml_char(c: char) -> bool {
    matches!(c,
        '\t' | '\n' | '\r'
        | '\u{20}'..='\u{D7FF}'
        | '\u{E000}'..='\u{FFFD}'
        | '\u{10000}'..='\u{10FFFF}')
        && !sanitize::is_noncharacter(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_characters_xml_allows_pass() {
        for c in [
            '\t',
            '\n',
            ' ',
            'é',
            '\u{D7FF}',
            '\u{E000}',
            '\u{FFFD}',
            '\u{10000}',
        ] {
            assert!(xml_char(c), "{c:?}");
        }
        for c in [
            '\0',
            '\u{8}',
            '\u{B}',
            '\u{1F}',
            '\u{FFFE}',
            '\u{FFFF}',
            '\u{FDD0}',
            '\u{1FFFF}',
            '\u{10FFFE}',
        ] {
            assert!(!xml_char(c), "{c:?}");
        }
    }
}
