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

use stoa_core::domain::{Entry, Event, Job, News, Shelf};
use stoa_core::forum::{DEMO_TITLE_PREFIX, Forum, ForumError, Viewer, sanitize};
use stoa_core::store::{DemoMark, StoreError};

/// Items in the feed.
pub const ITEMS: usize = 50;

const ATOM: &str = "http://www.w3.org/2005/Atom";

/// One entry, its text as the forum holds it (unsanitised).
#[derive(Debug)]
pub(super) struct Item {
    pub id: String,
    pub title: String,
    pub category: &'static str,
    pub published: Timestamp,
    pub content: String,
    pub link: Option<String>,
    /// Loaded with the demo: its title says so, and it has a `demo` category.
    pub demo: bool,
}

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
    items.sort_by_key(|i| std::cmp::Reverse(i.published));
    items.truncate(ITEMS);
    let updated = items.first().map_or(forum.now(), |i| i.published);
    // Writing to memory does not fail; if it ever did, the command says so
    // instead of printing half a feed.
    write(&site.name, &site.tagline, updated, &items)
        .map_err(|e| ForumError::Store(StoreError::Engine(Box::new(e))))
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
    Item {
        id: id(slug, "news", n.id),
        title: n.title,
        category: "news",
        published: n.published_at,
        content: n.body,
        link: None,
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
        link: (!e.online.is_empty()).then_some(e.online),
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
        link: None,
        demo: false,
    }
}

/// The feed document for `items`, in the order given.
pub(super) fn write(
    site: &str,
    tagline: &str,
    updated: Timestamp,
    items: &[Item],
) -> io::Result<String> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Xml::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    w.create_element("feed")
        .with_attribute(("xmlns", ATOM))
        .write_inner_content(|w| {
            let slug = slug(site);
            text_element(w, "id", &format!("tag:stoa,2026:{slug}/feed"))?;
            text_element(w, "title", &line(site))?;
            text_element(w, "subtitle", &line(tagline))?;
            text_element(w, "updated", &rfc3339(updated))?;
            w.create_element("author").write_inner_content(|w| {
                text_element(w, "name", &line(&format!("{site} editorial committee")))
            })?;
            for i in items {
                w.create_element("entry")
                    .write_inner_content(|w| entry(w, i))?;
            }
            Ok(())
        })?;
    let mut out = w.into_inner();
    out.push(b'\n');
    String::from_utf8(out).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

fn entry(w: &mut Writer<Vec<u8>>, i: &Item) -> io::Result<()> {
    text_element(w, "id", &line(&i.id))?;
    let title = if i.demo {
        format!("{DEMO_TITLE_PREFIX}{}", i.title)
    } else {
        i.title.clone()
    };
    text_element(w, "title", &line(&title))?;
    text_element(w, "updated", &rfc3339(i.published))?;
    text_element(w, "published", &rfc3339(i.published))?;
    w.create_element("category")
        .with_attribute(("term", i.category))
        .write_empty()?;
    if i.demo {
        w.create_element("category")
            .with_attribute(("term", "demo"))
            .with_attribute(("label", "Demo content: illustrative, not real"))
            .write_empty()?;
    }
    if let Some(link) = &i.link {
        w.create_element("link")
            .with_attribute(("rel", "related"))
            .with_attribute(("href", line(link).as_str()))
            .write_empty()?;
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
