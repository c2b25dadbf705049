//! Plain HTML: no script, no images, no web fonts, one small inline style, so a
//! page reads the same in a screen reader, a text browser and a phone on a 2G
//! link. Every page is under [`PAGE_BUDGET`] bytes: what does not fit is carried
//! over to a next page (`?page=2`), whatever a member wrote.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use quick_xml::escape::escape;
use stoa_core::forum::sanitize;

/// The most a page weighs, in bytes, whatever it shows.
pub const PAGE_BUDGET: usize = 10_000;

/// What one paragraph carries at most, escaped: several fit on a page.
const PARAGRAPH_BYTES: usize = 3_000;

/// A line of members' text, safe in HTML: sanitised (no control or format
/// characters) and escaped.
pub fn line(text: &str) -> String {
    escape(sanitize::inline(text).as_ref()).into_owned()
}

/// A link's address for `href`, only when it is a web address: anything else
/// (`javascript:`, `data:`) is shown as text by the caller.
pub fn web_address(link: &str) -> Option<String> {
    let link = sanitize::inline(link);
    let lower = link.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| line(&link))
}

/// One piece of a page, kept whole on one page.
#[derive(Clone, Debug)]
pub struct Block {
    pub html: String,
    /// The `id` a link can point at (`p15`), if the block carries one.
    pub anchor: Option<String>,
    /// An item of a list: items next to each other on a page are one list.
    pub item: bool,
}

impl Block {
    pub fn new(html: impl Into<String>) -> Block {
        Block {
            html: html.into(),
            anchor: None,
            item: false,
        }
    }

    /// An item of a list (its `<li>` is added).
    pub fn item(html: impl Into<String>) -> Block {
        Block {
            html: format!("<li>{}</li>", html.into()),
            anchor: None,
            item: true,
        }
    }

    pub fn anchored(anchor: String, html: impl Into<String>) -> Block {
        Block {
            html: html.into(),
            anchor: Some(anchor),
            item: false,
        }
    }
}

/// Members' text as paragraphs: blank lines part them, line breaks are kept,
/// and a paragraph longer than a page allows is cut into several.
pub fn paragraphs(text: &str) -> Vec<Block> {
    let text = sanitize::multiline(text);
    let mut blocks = Vec::new();
    for paragraph in text.split("\n\n") {
        let paragraph = paragraph.trim_matches('\n');
        if paragraph.trim().is_empty() {
            continue;
        }
        let mut html = String::new();
        for c in paragraph.chars() {
            let piece = match c {
                '\n' => "<br>\n".to_string(),
                c => escape(&*c.encode_utf8(&mut [0; 4])).into_owned(),
            };
            if html.len() + piece.len() > PARAGRAPH_BYTES {
                blocks.push(Block::new(format!("<p>{html}</p>")));
                html.clear();
            }
            html.push_str(&piece);
        }
        blocks.push(Block::new(format!("<p>{html}</p>")));
    }
    blocks
}

/// Members' markdown as HTML, one block per top-level piece (a paragraph, a
/// list, a quote). Raw HTML is shown as the text it is; only web and mail
/// addresses become links; an image becomes a link to it (the page fetches
/// nothing). A piece too large for a page is shown as plain paragraphs.
pub fn markdown(text: &str) -> Vec<Block> {
    let text = sanitize::multiline(text);
    let mut blocks = Vec::new();
    let mut events = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (event, range) in Parser::new(&text).into_offset_iter() {
        if depth == 0 {
            start = range.start;
        }
        match &event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        events.push(safe(event));
        if depth == 0 {
            let mut html = String::new();
            pulldown_cmark::html::push_html(&mut html, events.drain(..));
            if html.len() > PARAGRAPH_BYTES {
                blocks.extend(paragraphs(&text[start..range.end]));
            } else {
                blocks.push(Block::new(html.trim_end().to_string()));
            }
        }
    }
    blocks
}

fn safe(event: Event<'_>) -> Event<'_> {
    let allowed = |url: &str| {
        let lower = url.to_ascii_lowercase();
        ["https://", "http://", "mailto:"]
            .iter()
            .any(|scheme| lower.starts_with(scheme))
    };
    match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        })
        | Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: if allowed(&dest_url) {
                dest_url
            } else {
                "".into()
            },
            title,
            id,
        }),
        Event::End(TagEnd::Image) => Event::End(TagEnd::Link),
        other => other,
    }
}

/// A page before it is cut to size.
pub struct Page<'a> {
    pub site: &'a str,
    /// How to join, in the footer: `ssh -p 2222 forum.example.org`.
    pub join: String,
    pub title: String,
    /// Its address without `?page`, for the links between its pages.
    pub path: String,
    pub blocks: Vec<Block>,
}

impl Page<'_> {
    /// The page's documents, first to last, each under [`PAGE_BUDGET`] (the
    /// tests read them all; a request writes only its own, [`Page::document`]).
    #[cfg(test)]
    pub fn documents(&self) -> Vec<String> {
        let pages = self.layout();
        let count = pages.len();
        pages
            .iter()
            .enumerate()
            .map(|(i, blocks)| self.frame(i + 1, count, &body(blocks)))
            .collect()
    }

    /// Page `n` (from 1) alone, when there is one: the others are laid out,
    /// not written.
    pub fn document(&self, n: usize) -> Option<String> {
        let pages = self.layout();
        let count = pages.len();
        let blocks = pages.get(n.checked_sub(1)?)?;
        Some(self.frame(n, count, &body(blocks)))
    }

    /// Which page (from 1) holds the block anchored at `anchor`.
    pub fn page_of(&self, anchor: &str) -> Option<usize> {
        self.layout()
            .iter()
            .position(|blocks| blocks.iter().any(|b| b.anchor.as_deref() == Some(anchor)))
            .map(|i| i + 1)
    }

    /// The blocks of each page: as many as fit, in order (a block is never
    /// larger than a page: paragraphs are cut to fit).
    fn layout(&self) -> Vec<Vec<&Block>> {
        let frame = self.frame(999, 999, "").len();
        let room = PAGE_BUDGET.saturating_sub(frame);
        let mut pages: Vec<Vec<&Block>> = vec![Vec::new()];
        let mut used = 0;
        for block in &self.blocks {
            // With room for the list's tags around an item.
            let size = block.html.len() + if block.item { 12 } else { 1 };
            if used + size > room && used > 0 {
                pages.push(Vec::new());
                used = 0;
            }
            if let Some(page) = pages.last_mut() {
                page.push(block);
            }
            used += size;
        }
        pages
    }

    fn frame(&self, page: usize, count: usize, body: &str) -> String {
        let title = line(&self.title);
        let site = line(self.site);
        let path = &self.path;
        let heading = if count > 1 {
            format!("{title} (page {page} of {count})")
        } else {
            title.clone()
        };
        let mut nav = String::new();
        if count > 1 {
            nav.push_str("<nav aria-label=\"pages\"><p>");
            if page > 1 {
                nav.push_str(&format!(
                    "<a href=\"{path}?page={}\" rel=\"prev\">Previous page</a> ",
                    page - 1
                ));
            }
            if page < count {
                nav.push_str(&format!(
                    "<a href=\"{path}?page={}\" rel=\"next\">Next page</a>",
                    page + 1
                ));
            }
            nav.push_str("</p></nav>\n");
        }
        format!(
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
             <title>{full_title}</title>\
             <style>body{{max-width:42em;margin:auto;padding:0 1em;font:1em/1.5 sans-serif}}\
             li{{margin:.3em 0}}</style></head>\n<body>\n\
             <header><a href=\"/\">{site}</a></header>\n<main>\n<h1>{heading}</h1>\n\
             {body}{nav}</main>\n<footer><p>To take part, connect over SSH: <code>{join}</code></p></footer>\n\
             </body></html>\n",
            join = line(&self.join),
            full_title = if heading == site {
                heading.clone()
            } else {
                format!("{heading} - {site}")
            },
        )
    }
}

/// A page's blocks as HTML, runs of items as one list.
fn body(blocks: &[&Block]) -> String {
    let mut html = String::new();
    let mut in_list = false;
    for block in blocks {
        if block.item != in_list {
            html.push_str(if block.item { "<ul>\n" } else { "</ul>\n" });
            in_list = block.item;
        }
        html.push_str(&block.html);
        html.push('\n');
    }
    if in_list {
        html.push_str("</ul>\n");
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(blocks: Vec<Block>) -> Page<'static> {
        Page {
            site: "Stoa",
            join: "ssh -p 2222 forum.example.org".into(),
            title: "A <thread>".into(),
            path: "/t/1".into(),
            blocks,
        }
    }

    #[test]
    fn members_text_is_escaped_and_stripped_of_control_characters() {
        let blocks = paragraphs("<script>alert(1)</script> & \u{1b}[31mred\n\nsecond");
        assert_eq!(blocks.len(), 2);
        assert_eq!(
            blocks[0].html,
            "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; [31mred</p>"
        );
        assert_eq!(line("a \"b\" <c>"), "a &quot;b&quot; &lt;c&gt;");
    }

    #[test]
    fn markdown_is_html_without_raw_html_scripts_or_images() {
        let html: Vec<String> = markdown(
            "**Care** <script>x()</script>\n\n- [a](javascript:alert(1))\n- [b](https://who.int)\n\n![pic](https://x.org/p.png)",
        )
        .into_iter()
        .map(|b| b.html)
        .collect();
        assert_eq!(
            html,
            [
                "<p><strong>Care</strong> &lt;script&gt;x()&lt;/script&gt;</p>",
                "<ul>\n<li><a href=\"\">a</a></li>\n<li><a href=\"https://who.int\">b</a></li>\n</ul>",
                "<p><a href=\"https://x.org/p.png\">pic</a></p>",
            ]
        );
        // A piece larger than a page allows is cut into plain paragraphs.
        let long = markdown(&"word ".repeat(2_000));
        assert!(long.len() > 1 && long.iter().all(|b| b.html.len() <= PARAGRAPH_BYTES + 7));
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(
            web_address("https://who.int/a?b=1&c=2").as_deref(),
            Some("https://who.int/a?b=1&amp;c=2")
        );
        assert_eq!(web_address("javascript:alert(1)"), None);
        assert_eq!(web_address("data:text/html,hi"), None);
    }

    #[test]
    fn every_page_stays_under_the_budget_and_links_to_the_next() {
        // 20,000 '&' (the longest post), each escaped to five bytes, and many posts.
        let mut blocks = paragraphs(&"&".repeat(20_000));
        for n in 0..200 {
            blocks.push(Block::anchored(
                format!("p{n}"),
                format!("<h2 id=\"p{n}\">post {n}</h2>"),
            ));
        }
        let page = page(blocks);
        let documents = page.documents();
        assert!(documents.len() > 10);
        for (i, d) in documents.iter().enumerate() {
            assert!(
                d.len() <= PAGE_BUDGET,
                "page {} is {} bytes",
                i + 1,
                d.len()
            );
            assert_eq!(d.contains("rel=\"next\""), i + 1 < documents.len());
            assert_eq!(d.contains("rel=\"prev\""), i > 0);
        }
        let last = page.page_of("p199").unwrap();
        assert_eq!(last, documents.len());
        assert!(page.page_of("p0").unwrap() > 1);
        assert_eq!(page.page_of("p999"), None);
        assert!(documents[0].contains("<title>A &lt;thread&gt; (page 1 of"));
    }
}
