//! The pages of the read-only web: what a guest may read on the SSH forum and
//! nothing more: the home page, news, library entries, events, jobs, public
//! communities and their threads. Members-only communities do not exist here.

use stoa_core::domain::{
    Audience, Competency, EntryId, EventId, JobId, NewsId, NewsKind, PostId, Shelf, ThreadId,
    assessment_words,
};
use stoa_core::forum::files::size_words;
use stoa_core::forum::{DEMO_TITLE_PREFIX, Forum, ForumError, Stream, Viewer};
use stoa_core::store::DemoMark;
use stoa_present::practice;
use stoa_present::when::{Days, Times};

use super::html::{Block, Page, line, markdown, web_address};

/// Items of each kind on the home page before "more" would be needed.
const HOME_ITEMS: usize = 8;

/// Who reads the web: a guest, always.
pub fn guest() -> Viewer {
    Viewer::Guest { key: None }
}

fn page_of(forum: &Forum, title: String, path: String, blocks: Vec<Block>) -> Page<'_> {
    let site = forum.site();
    Page {
        site: &site.name,
        join: site.ssh(None),
        title,
        path,
        blocks,
    }
}

fn demo_note(demo: bool) -> Option<Block> {
    demo.then(|| Block::new("<p><strong>Demo content:</strong> illustrative, not real.</p>"))
}

fn link(href: &str, text: &str) -> String {
    format!("<a href=\"{href}\">{}</a>", line(text))
}

/// A title in a list, "[Demo] " before it when the demo loaded it.
fn titled(demo: bool, title: &str) -> String {
    if demo {
        format!("{DEMO_TITLE_PREFIX}{title}")
    } else {
        title.to_string()
    }
}

fn facts(rows: &[(&str, String)]) -> Block {
    let mut html = String::from("<dl>");
    for (name, value) in rows.iter().filter(|(_, v)| !v.is_empty()) {
        html.push_str(&format!("<dt>{name}</dt><dd>{}</dd>", line(value)));
    }
    html.push_str("</dl>");
    Block::new(html)
}

/// "Corrected on 22 Nov 2026: the venue moved", a paragraph each.
fn corrected(corrections: &[stoa_core::domain::Correction]) -> Vec<Block> {
    corrections
        .iter()
        .map(|c| {
            let day = c.at.to_zoned(jiff::tz::TimeZone::UTC).short_date();
            Block::new(format!(
                "<p><em>Corrected on {day}: {}</em></p>",
                line(&c.reason)
            ))
        })
        .collect()
}

fn heading(text: &str) -> Block {
    Block::new(format!("<h2>{text}</h2>"))
}

fn item(html: String) -> Block {
    Block::item(html)
}

pub fn home(forum: &Forum) -> Result<Page<'_>, ForumError> {
    let viewer = guest();
    let site = forum.site();
    let mut blocks = vec![
        Block::new(format!("<p>{}</p>", line(&site.tagline))),
        Block::new(
            "<p>Follow it in a feed reader: <a href=\"/feed.atom\">news, library and boards (Atom)</a>, \
             <a href=\"/events.ics\">events (iCalendar)</a>.</p>",
        ),
    ];
    blocks.push(heading("<a href=\"/news\">News</a>"));
    for n in forum.news(HOME_ITEMS)? {
        let when = n
            .published_at
            .to_zoned(jiff::tz::TimeZone::UTC)
            .short_date();
        blocks.push(item(format!(
            "{} <small>{when}</small>",
            link(
                &format!("/news/{}", n.id),
                &titled(forum.is_demo(&DemoMark::News(n.id)), &n.title)
            )
        )));
    }
    blocks.push(heading("<a href=\"/library\">Library</a>"));
    for e in forum
        .library(&Default::default())?
        .into_iter()
        .take(HOME_ITEMS)
    {
        blocks.push(item(format!(
            "{} <small>{}</small>",
            link(
                &format!("/library/{}", e.id),
                &titled(forum.is_demo(&DemoMark::Entry(e.id)), &e.title)
            ),
            line(&e.kind())
        )));
    }
    blocks.push(heading("<a href=\"/events\">Upcoming events</a>"));
    for l in forum
        .upcoming_events(&viewer, &Default::default())?
        .into_iter()
        .take(HOME_ITEMS)
    {
        let e = l.event;
        blocks.push(item(format!(
            "{} <small>{}</small>",
            link(
                &format!("/events/{}", e.id),
                &titled(forum.is_demo(&DemoMark::Event(e.id)), &e.title)
            ),
            line(&e.starts.weekday_date())
        )));
    }
    blocks.push(heading("<a href=\"/jobs\">Open jobs</a>"));
    for j in forum
        .open_jobs(&Default::default())?
        .into_iter()
        .take(HOME_ITEMS)
    {
        blocks.push(item(format!(
            "{} <small>{}</small>",
            link(
                &format!("/jobs/{}", j.id),
                &titled(forum.is_demo(&DemoMark::Job(j.id)), &j.title)
            ),
            line(&j.organization)
        )));
    }
    blocks.push(heading("The framework's strategies"));
    for stream in Stream::all() {
        blocks.push(item(link(&format!("/s/{}", stream.slug()), stream.label())));
    }
    blocks.push(heading("Communities"));
    for c in forum.communities(&viewer)? {
        blocks.push(item(format!(
            "{}: {}",
            link(&format!("/c/{}", c.slug), &c.name),
            line(&c.description)
        )));
    }
    Ok(page_of(forum, site.name.clone(), "/".into(), blocks))
}

pub fn news(forum: &Forum, id: NewsId) -> Result<Page<'_>, ForumError> {
    let n = forum.news_item(id)?;
    let mut blocks: Vec<Block> = demo_note(forum.is_demo(&DemoMark::News(n.id)))
        .into_iter()
        .collect();
    if let Some(w) = &n.withdrawn {
        let day = w.at.to_zoned(jiff::tz::TimeZone::UTC).short_date();
        blocks.push(Block::new(format!(
            "<p>Withdrawn by the editorial committee on {day}: {}</p>",
            line(&w.reason)
        )));
        return Ok(page_of(forum, n.title, format!("/news/{id}"), blocks));
    }
    for c in &n.corrections {
        let day = c.at.to_zoned(jiff::tz::TimeZone::UTC).short_date();
        blocks.push(Block::new(format!(
            "<p><em>Corrected on {day} by the editorial committee: {}</em></p>",
            line(&c.reason)
        )));
    }
    let when = n
        .published_at
        .to_zoned(jiff::tz::TimeZone::UTC)
        .short_date();
    let region = n.region.map(|r| r.label().to_string()).unwrap_or_default();
    // A member's item is signed by them; the committee's news by the committee.
    let by = match (n.kind, n.submission) {
        (NewsKind::Blog, _) => ("Blog post by", n.by.clone()),
        (NewsKind::News, Some(_)) => ("News from", n.by.clone()),
        (NewsKind::News, None) => ("From", "the editorial committee".into()),
    };
    blocks.push(facts(&[("Published", when), ("Region", region), by]));
    blocks.extend(markdown(&n.body));
    Ok(page_of(forum, n.title, format!("/news/{id}"), blocks))
}

pub fn entry(forum: &Forum, id: EntryId) -> Result<Page<'_>, ForumError> {
    let e = forum.entry(id)?;
    let c = &e.classification;
    let mut blocks: Vec<Block> = demo_note(forum.is_demo(&DemoMark::Entry(e.id)))
        .into_iter()
        .collect();
    let mut rows = vec![("Kind", e.kind())];
    if let Shelf::Resource {
        authors,
        year,
        language,
        ..
    } = &e.shelf
    {
        rows.push(("Authors", authors.clone()));
        rows.push(("Year", stoa_core::domain::year_words(*year)));
        rows.push(("Language", language.clone()));
    }
    if let Shelf::Practice {
        period,
        contact,
        evidence,
        ..
    } = &e.shelf
    {
        rows.push(("Setting", evidence.setting.clone()));
        rows.push(("Period", period.clone()));
        rows.push(("Contact", contact.clone()));
    }
    rows.push(("Strategy", c.stream_in_full()));
    rows.push((
        "Region",
        c.region.map(|r| r.label().to_string()).unwrap_or_default(),
    ));
    rows.push(("Country", c.country.clone()));
    rows.push(("Competencies", Competency::labels(&c.competencies)));
    rows.push(("For", Audience::labels(&c.audiences)));
    rows.push(("Tags", c.tags.join(", ")));
    blocks.push(facts(&rows));
    blocks.extend(markdown(&e.summary));
    match &e.shelf {
        Shelf::Resource {
            link: href, text, ..
        } => {
            if let Some(address) = web_address(href) {
                blocks.push(Block::new(format!(
                    "<p>Read it at <a href=\"{address}\">{address}</a></p>"
                )));
            } else if !href.is_empty() {
                blocks.push(Block::new(format!("<p>Where: {}</p>", line(href))));
            }
            if !text.is_empty() {
                blocks.push(heading("Text"));
                blocks.extend(markdown(text));
            }
        }
        Shelf::Practice {
            level,
            what_was_done,
            results,
            lessons,
            evidence,
            levels,
            ..
        } => {
            let account = practice::Account {
                level: *level,
                what_was_done,
                results,
                lessons,
                evidence,
            };
            for (name, text) in practice::sections(&account, true) {
                blocks.push(heading(&name));
                blocks.extend(markdown(&text));
            }
            blocks.push(heading("Level history"));
            for change in levels {
                let criteria = match change.assessment.as_slice() {
                    [] => String::new(),
                    all => format!(" (criteria: {})", assessment_words(all)),
                };
                blocks.push(item(format!(
                    "{} by {}, {}: {}",
                    line(change.level.label()),
                    line(&change.by),
                    change.at.to_zoned(jiff::tz::TimeZone::UTC).short_date(),
                    line(&format!("{}{criteria}", change.reason))
                )));
            }
        }
    }
    if !e.files.is_empty() {
        blocks.push(heading("Files"));
        let sftp = forum.site().sftp();
        blocks.push(Block::new(format!(
            "<p>Fetched over SSH: <code>{}</code>, folder <code>library/{}</code>.</p>",
            line(&sftp),
            line(&e.folder())
        )));
        for f in &e.files {
            blocks.push(item(format!(
                "{} <small>{}, {}</small>",
                line(&f.name),
                line(&f.media_type),
                size_words(f.size)
            )));
        }
    }
    if let Some(thread) = e.discussion
        && forum.thread(&guest(), thread).is_ok()
    {
        blocks.push(Block::new(format!(
            "<p><a href=\"/t/{thread}\">The discussion about it</a></p>"
        )));
    }
    Ok(page_of(forum, e.title, format!("/library/{id}"), blocks))
}

pub fn event(forum: &Forum, id: EventId) -> Result<Page<'_>, ForumError> {
    let e = forum.event(&guest(), id)?.event;
    if e.withdrawn.is_some() {
        return Err(ForumError::NotFound(format!("event {id}")));
    }
    let mut blocks: Vec<Block> = demo_note(forum.is_demo(&DemoMark::Event(e.id)))
        .into_iter()
        .collect();
    blocks.extend(corrected(&e.corrections));
    let zone = e
        .starts
        .time_zone()
        .iana_name()
        .unwrap_or("UTC")
        .to_string();
    blocks.push(facts(&[
        ("Kind", e.kind.label().to_string()),
        ("Starts", format!("{} ({zone})", e.starts.day_and_time())),
        ("Ends", format!("{} ({zone})", e.ends.day_and_time())),
        ("Where", e.place()),
        ("Organized by", e.organizer.clone()),
        (
            "Submission deadline",
            e.deadline.map(|d| d.weekday_date()).unwrap_or_default(),
        ),
        ("Strategy", e.classification.stream_in_full()),
        (
            "Competencies",
            Competency::labels(&e.classification.competencies),
        ),
        ("For", Audience::labels(&e.classification.audiences)),
    ]));
    if let Some(address) = web_address(&e.online) {
        blocks.push(Block::new(format!(
            "<p>Online at <a href=\"{address}\">{address}</a></p>"
        )));
    }
    blocks.extend(markdown(&e.description));
    Ok(page_of(forum, e.title, format!("/events/{id}"), blocks))
}

pub fn job(forum: &Forum, id: JobId) -> Result<Page<'_>, ForumError> {
    let j = forum.job(id)?;
    if j.withdrawn.is_some() {
        return Err(ForumError::NotFound(format!("job {id}")));
    }
    let mut blocks: Vec<Block> = demo_note(forum.is_demo(&DemoMark::Job(j.id)))
        .into_iter()
        .collect();
    blocks.extend(corrected(&j.corrections));
    let state = if j.open(forum.now()) {
        format!("open, closes {}", j.closes.weekday_date())
    } else {
        "closed".to_string()
    };
    blocks.push(facts(&[
        ("Organization", j.organization.clone()),
        ("Kind", j.kind.label().to_string()),
        ("Where", j.place()),
        ("State", state),
    ]));
    blocks.extend(markdown(&j.description));
    blocks.push(heading("How to apply"));
    blocks.extend(markdown(&j.how_to_apply));
    Ok(page_of(forum, j.title, format!("/jobs/{id}"), blocks))
}

pub fn community<'f>(forum: &'f Forum, slug: &str) -> Result<Page<'f>, ForumError> {
    let viewer = guest();
    let c = forum.community(&viewer, slug)?;
    let mut blocks: Vec<Block> = demo_note(forum.is_demo(&DemoMark::Community(c.slug.clone())))
        .into_iter()
        .collect();
    blocks.extend(markdown(&c.description));
    blocks.push(Block::new(format!(
        "<p><a href=\"/c/{}/feed.atom\">Its threads as a feed (Atom)</a></p>",
        c.slug
    )));
    for t in forum.threads(&viewer, slug)? {
        let thread = t.thread;
        let last = thread
            .last_activity
            .to_zoned(jiff::tz::TimeZone::UTC)
            .short_date();
        let replies = match thread.replies() {
            1 => "1 reply".to_string(),
            n => format!("{n} replies"),
        };
        let pinned = if thread.pinned { "Pinned: " } else { "" };
        blocks.push(item(format!(
            "{pinned}{} <small>by {}, {replies}, last {last}</small>",
            link(
                &format!("/t/{}", thread.id),
                &titled(forum.is_demo(&DemoMark::Thread(thread.id)), &thread.title)
            ),
            line(&t.author_name)
        )));
    }
    Ok(page_of(forum, c.name, format!("/c/{slug}"), blocks))
}

pub fn thread(forum: &Forum, id: ThreadId) -> Result<Page<'_>, ForumError> {
    let view = forum.read_thread(&guest(), id)?;
    let mut blocks: Vec<Block> = demo_note(forum.is_demo(&DemoMark::Thread(id)))
        .into_iter()
        .collect();
    blocks.push(Block::new(format!(
        "<p>In {}. <a href=\"/t/{id}/feed.atom\">Its posts as a feed (Atom)</a></p>",
        link(&format!("/c/{}", view.community.slug), &view.community.name)
    )));
    for p in &view.posts {
        let post = &p.post;
        let author = view.author_name(&post.author);
        let when = post
            .created_at
            .to_zoned(jiff::tz::TimeZone::UTC)
            .short_date();
        let answering = match post.parent.and_then(|parent| {
            view.posts
                .iter()
                .find(|q| q.post.id == parent)
                .map(|q| view.author_name(&q.post.author).to_string())
        }) {
            Some(to) => format!(", replying to {}", line(&to)),
            None => String::new(),
        };
        let heading = format!(
            "<h2 id=\"p{}\">{} <small>{when}{answering}</small></h2>",
            post.id,
            line(author)
        );
        let mut body = if post.deleted.is_some() {
            vec![Block::new("<p><em>[deleted]</em></p>")]
        } else if post.hidden.is_some() {
            vec![Block::new(
                "<p><em>[hidden by the editorial committee]</em></p>",
            )]
        } else {
            markdown(&post.body)
        }
        .into_iter();
        // The heading goes with the post's first paragraph: a page never ends
        // on an author with nothing under it.
        let first = body.next().map(|b| b.html).unwrap_or_default();
        blocks.push(Block::anchored(
            format!("p{}", post.id),
            format!("{heading}\n{first}"),
        ));
        blocks.extend(body);
    }
    Ok(page_of(
        forum,
        view.thread.title,
        format!("/t/{id}"),
        blocks,
    ))
}

/// `/news`, `/library`, `/events`, `/jobs`: every item of one kind, newest
/// (or soonest) first, a line each; long lists go on over pages.
pub fn index<'f>(forum: &'f Forum, what: &str) -> Result<Page<'f>, ForumError> {
    let viewer = guest();
    let demo = |mark: DemoMark| forum.is_demo(&mark);
    let (title, blocks): (&str, Vec<Block>) = match what {
        "news" => (
            "News",
            forum
                .news(usize::MAX)?
                .iter()
                .map(|n| {
                    item(link(
                        &format!("/news/{}", n.id),
                        &titled(demo(DemoMark::News(n.id)), &n.title),
                    ))
                })
                .collect(),
        ),
        "library" => (
            "Library",
            forum
                .library(&Default::default())?
                .iter()
                .map(|e| {
                    item(format!(
                        "{} <small>{}</small>",
                        link(
                            &format!("/library/{}", e.id),
                            &titled(demo(DemoMark::Entry(e.id)), &e.title)
                        ),
                        line(&e.kind())
                    ))
                })
                .collect(),
        ),
        "events" => (
            "Upcoming events",
            forum
                .upcoming_events(&viewer, &Default::default())?
                .iter()
                .map(|l| {
                    item(format!(
                        "{} <small>{}</small>",
                        link(
                            &format!("/events/{}", l.event.id),
                            &titled(demo(DemoMark::Event(l.event.id)), &l.event.title)
                        ),
                        line(&l.event.starts.weekday_date())
                    ))
                })
                .collect(),
        ),
        _ => (
            "Open jobs",
            forum
                .open_jobs(&Default::default())?
                .iter()
                .map(|j| {
                    item(format!(
                        "{} <small>{}</small>",
                        link(
                            &format!("/jobs/{}", j.id),
                            &titled(demo(DemoMark::Job(j.id)), &j.title)
                        ),
                        line(&j.organization)
                    ))
                })
                .collect(),
        ),
    };
    Ok(page_of(
        forum,
        title.to_string(),
        format!("/{what}"),
        blocks,
    ))
}

/// A strategy's page: its description and what is classified under it.
pub fn strategy(forum: &Forum, stream: Stream) -> Result<Page<'_>, ForumError> {
    let page = forum.strategy_page(&guest(), stream)?;
    let mut blocks = vec![Block::new(format!("<p>{}</p>", line(stream.description())))];
    let demo = |mark: DemoMark| forum.is_demo(&mark);
    blocks.push(heading("Communities"));
    for c in &page.communities {
        blocks.push(item(link(&format!("/c/{}", c.slug), &c.name)));
    }
    blocks.push(heading("Library: resources"));
    for e in &page.resources {
        blocks.push(item(format!(
            "{} <small>{}</small>",
            link(
                &format!("/library/{}", e.id),
                &titled(demo(DemoMark::Entry(e.id)), &e.title)
            ),
            line(&e.kind())
        )));
    }
    for (level, entries) in &page.practices {
        blocks.push(heading(&format!("Practices: {}", line(level.label()))));
        for e in entries {
            blocks.push(item(link(
                &format!("/library/{}", e.id),
                &titled(demo(DemoMark::Entry(e.id)), &e.title),
            )));
        }
    }
    blocks.push(heading("Upcoming events"));
    for e in &page.events {
        blocks.push(item(format!(
            "{} <small>{}</small>",
            link(
                &format!("/events/{}", e.id),
                &titled(demo(DemoMark::Event(e.id)), &e.title)
            ),
            line(&e.starts.weekday_date())
        )));
    }
    blocks.push(heading("Open jobs"));
    for j in &page.jobs {
        blocks.push(item(link(
            &format!("/jobs/{}", j.id),
            &titled(demo(DemoMark::Job(j.id)), &j.title),
        )));
    }
    Ok(page_of(
        forum,
        stream.label().to_string(),
        format!("/s/{}", stream.slug()),
        blocks,
    ))
}

/// The page of its thread that holds post `id`, as `/t/15?page=2#p31`.
pub fn post_address(forum: &Forum, id: PostId) -> Result<String, ForumError> {
    let post = forum.post(&guest(), id)?;
    let page = thread(forum, post.thread)?;
    let anchor = format!("p{id}");
    Ok(match page.page_of(&anchor) {
        Some(n) if n > 1 => format!("/t/{}?page={n}#{anchor}", post.thread),
        _ => format!("/t/{}#{anchor}", post.thread),
    })
}
