//! `feed`: an Atom feed (RFC 4287) of the news and of what was newly published in
//! the library and on the boards, newest first, so a feed reader or a static web
//! server can follow the network without an SSH session.

use jiff::Timestamp;

use crate::domain::Shelf;
use crate::forum::{Forum, ForumError, Viewer, sanitize};

/// Items in the feed.
pub const ITEMS: usize = 50;

struct Item {
    id: String,
    title: String,
    category: &'static str,
    published: Timestamp,
    content: String,
    link: Option<String>,
}

pub fn feed(forum: &Forum, viewer: &Viewer) -> Result<String, ForumError> {
    let site = &forum.site().name;
    let slug: String = site
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    let id = |what: &str, n: u64| format!("tag:stoa,2026:{slug}/{what}/{n}");
    let mut items = Vec::new();
    for n in forum.news(ITEMS)? {
        items.push(Item {
            id: id("news", n.id),
            title: n.title,
            category: "news",
            published: n.published_at,
            content: n.body,
            link: None,
        });
    }
    for e in forum.library(&Default::default())?.into_iter().take(ITEMS) {
        let link = match &e.shelf {
            Shelf::Resource { link, .. } => Some(link.clone()),
            Shelf::Practice { .. } => None,
        };
        items.push(Item {
            id: id("library", e.id),
            title: format!("Library, {}: {}", e.kind(), e.title),
            category: "library",
            published: e.published_at,
            content: e.summary,
            link,
        });
    }
    for l in forum.upcoming_events(viewer, &Default::default())? {
        let e = l.event;
        let starts = format!(
            "{} ({})",
            e.starts.strftime("%a %d %b %Y %H:%M"),
            e.starts.time_zone().iana_name().unwrap_or("UTC")
        );
        items.push(Item {
            id: id("event", e.id),
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
        });
    }
    for j in forum.open_jobs(&Default::default())? {
        items.push(Item {
            id: id("job", j.id),
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
        });
    }
    items.sort_by_key(|i| std::cmp::Reverse(i.published));
    items.truncate(ITEMS);
    let updated = items.first().map_or(forum.now(), |i| i.published);

    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    out.push_str(&format!("  <id>tag:stoa,2026:{slug}/feed</id>\n"));
    out.push_str(&format!("  <title>{}</title>\n", xml(site)));
    out.push_str(&format!(
        "  <subtitle>{}</subtitle>\n",
        xml(&forum.site().tagline)
    ));
    out.push_str(&format!("  <updated>{}</updated>\n", rfc3339(updated)));
    out.push_str(&format!(
        "  <author><name>{} editorial committee</name></author>\n",
        xml(site)
    ));
    for i in &items {
        out.push_str("  <entry>\n");
        out.push_str(&format!("    <id>{}</id>\n", xml(&i.id)));
        out.push_str(&format!("    <title>{}</title>\n", xml(&i.title)));
        out.push_str(&format!(
            "    <updated>{}</updated>\n",
            rfc3339(i.published)
        ));
        out.push_str(&format!(
            "    <published>{}</published>\n",
            rfc3339(i.published)
        ));
        out.push_str(&format!("    <category term=\"{}\"/>\n", i.category));
        if let Some(link) = &i.link {
            out.push_str(&format!(
                "    <link rel=\"related\" href=\"{}\"/>\n",
                xml(link)
            ));
        }
        out.push_str(&format!(
            "    <content type=\"text\">{}</content>\n",
            xml(&i.content)
        ));
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    Ok(out)
}

fn rfc3339(at: Timestamp) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Text for XML: sanitised (no control characters XML forbids), and escaped.
fn xml(text: &str) -> String {
    let clean = sanitize::multiline(text);
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}
