//! `library`, `news` and `feed` without a terminal.
//!
//! Plain formats, one record per line, fields separated by tabs:
//!
//! ```text
//! library:  ID  KIND  STREAM  REGION  TITLE
//! news:     ID  PUBLISHED  REGION  TITLE
//! ```
//!
//! KIND is a resource's kind (`who-document`, `publication`,
//! `implementation-report`, `toolkit`, `multimedia`, `other`) or `practice/LEVEL`
//! (`emerging`, `promising`, `leading`, `brilliant-failure`, `not-assessed`);
//! STREAM is a strategy's slug or `multiple`; times are RFC 3339 in UTC; `-` for
//! none. A TITLE the demo loaded begins with `[demo] `; in `--json`,
//! `"demo": true`.

use serde_json::{Value, json};

use super::boards::one_of;
use super::commands::{LearningOptions, LibraryOptions};
use stoa_core::domain::{
    Audience, Competency, Entry, EntryId, News, NewsKind, PracticeLevel, Region, Shelf,
};
use stoa_core::forum::{Forum, ForumError, LibraryFilter, Sort, Stream, Viewer, sanitize};
use stoa_core::store::DemoMark;
use stoa_present::t;

fn line(text: &str) -> String {
    sanitize::inline(text).into_owned()
}

use stoa_present::when::utc;

/// `--strategy governance --kind toolkit --region african`
pub fn filter(options: &LibraryOptions) -> Result<LibraryFilter, String> {
    let mut filter = LibraryFilter::default();
    if let Some(value) = &options.strategy {
        filter.stream = Some(one_of("strategy", value, &Stream::all(), Stream::slug)?);
    }
    if let Some(value) = &options.kind {
        filter.sort = Some(one_of("kind", value, &Sort::all(), Sort::slug)?);
    }
    if let Some(value) = &options.region {
        filter.region = Some(one_of("region", value, &Region::ALL, Region::slug)?);
    }
    (filter.competency, filter.audience) = learning(&options.learning)?;
    Ok(filter)
}

/// `--competency C --audience A`, for the library and the events alike.
pub fn learning(
    options: &LearningOptions,
) -> Result<(Option<Competency>, Option<Audience>), String> {
    let competency = match &options.competency {
        Some(value) => Some(one_of(
            "competency",
            value,
            &Competency::ALL,
            Competency::slug,
        )?),
        None => None,
    };
    let audience = match &options.audience {
        Some(value) => Some(one_of("audience", value, &Audience::ALL, Audience::slug)?),
        None => None,
    };
    Ok((competency, audience))
}

fn kind(e: &Entry) -> String {
    match &e.shelf {
        Shelf::Resource { kind, .. } => kind.slug().to_string(),
        Shelf::Practice { level, .. } => format!("practice/{}", level.slug()),
    }
}

pub(super) fn entry_json(e: &Entry, demo: bool) -> Value {
    let c = &e.classification;
    let mut value = json!({
        "id": e.id,
        "demo": demo,
        "kind": kind(e),
        "title": line(&e.title),
        "summary": sanitize::multiline(&e.summary),
        "strategies": c.strategies.iter().map(|s| s.slug()).collect::<Vec<_>>(),
        "competencies": c.competencies.iter().map(|x| x.slug()).collect::<Vec<_>>(),
        "audiences": c.audiences.iter().map(|a| a.slug()).collect::<Vec<_>>(),
        "stream": c.stream(),
        "region": c.region.map(|r| r.slug()),
        "country": line(&c.country),
        "tags": c.tags.iter().map(|t| line(t)).collect::<Vec<_>>(),
        "community": e.community,
        "discussion": e.discussion,
        "posted_by": e.posted_by,
        "published": utc(e.published_at),
        "written_in": e.language,
        "translations": translations_json(&e.translations),
    });
    match &e.shelf {
        Shelf::Resource {
            authors,
            year,
            link,
            language,
            ..
        } => {
            value["authors"] = json!(line(authors));
            // null for a document that gives no year.
            value["year"] = if *year == stoa_core::domain::UNDATED {
                Value::Null
            } else {
                json!(year)
            };
            value["link"] = json!(line(link));
            value["language"] = json!(line(language));
        }
        Shelf::Practice {
            level,
            period,
            what_was_done,
            results,
            lessons,
            contact,
            levels,
            evidence,
        } => {
            value["setting"] = json!(line(&evidence.setting));
            value["impact"] = json!(sanitize::multiline(&evidence.impact));
            value["references"] = Value::Array(
                evidence
                    .references
                    .iter()
                    .map(|r| json!({"citation": line(&r.citation), "link": line(&r.link)}))
                    .collect(),
            );
            value["figures"] = Value::Array(
                evidence
                    .figures
                    .iter()
                    .map(|f| json!({"figure": line(&f.figure), "reference": f.reference, "caveat": line(&f.caveat)}))
                    .collect(),
            );
            if *level == PracticeLevel::BrilliantFailure {
                value["expected"] = json!(sanitize::multiline(&evidence.expected));
                value["why"] = json!(sanitize::multiline(&evidence.why));
                value["instead"] = json!(sanitize::multiline(&evidence.instead));
            }
            value["level"] = json!(level.slug());
            value["period"] = json!(line(period));
            value["what_was_done"] = json!(sanitize::multiline(what_was_done));
            value["results"] = json!(sanitize::multiline(results));
            value["lessons"] = json!(sanitize::multiline(lessons));
            value["contact"] = json!(line(contact));
            value["level_history"] = Value::Array(
                levels
                    .iter()
                    .map(|l| {
                        let assessment: Vec<Value> = l
                            .assessment
                            .iter()
                            .map(|a| json!({"criterion": line(&a.criterion), "met": a.met}))
                            .collect();
                        json!({"level": l.level.slug(), "by": l.by, "reason": line(&l.reason), "at": utc(l.at), "assessment": assessment})
                    })
                    .collect(),
            );
        }
    }
    value
}

pub fn library(
    forum: &Forum,
    viewer: &Viewer,
    filter: &LibraryFilter,
    for_me: bool,
    json: bool,
) -> Result<String, ForumError> {
    let list = if for_me {
        forum.library_for_learning(viewer, filter)?
    } else {
        forum.library(filter)?
    };
    if json {
        return Ok(format!(
            "{}\n",
            Value::Array(
                list.iter()
                    .map(|e| entry_json(e, forum.is_demo(&DemoMark::Entry(e.id))))
                    .collect()
            )
        ));
    }
    Ok(list
        .iter()
        .map(|e| {
            format!(
                "{}\t{}\t{}\t{}\t{}\n",
                e.id,
                kind(e),
                Stream::of(&e.classification).map_or("-", Stream::slug),
                e.classification.region.map_or("-", Region::slug),
                super::labelled(forum.is_demo(&DemoMark::Entry(e.id)), &line(&e.title))
            )
        })
        .collect())
}

/// What SFTP calls an entry's own text; `get ID text.md` gives it too.
pub use stoa_core::domain::TEXT_FILE;

/// `get ID text.md`: the entry's own text alone.
pub fn entry_text(forum: &Forum, id: EntryId) -> Result<String, ForumError> {
    let e = forum.entry(id)?;
    match &e.shelf {
        Shelf::Resource { text, .. } if !text.is_empty() => {
            Ok(format!("{}\n", sanitize::multiline(text)))
        }
        _ => Err(ForumError::NotFound(t!(
            "exec-entry-text",
            id = id.to_string()
        ))),
    }
}

/// `get ID`: the entry's own text, then its files (NAME, tab, SIZE in bytes),
/// each on a line; `--json`: the entry with its text and files.
pub fn entry(forum: &Forum, id: EntryId, json: bool) -> Result<String, ForumError> {
    let e = forum.entry(id)?;
    let text = match &e.shelf {
        Shelf::Resource { text, .. } => text.as_str(),
        Shelf::Practice { .. } => "",
    };
    if json {
        let mut value = entry_json(&e, forum.is_demo(&DemoMark::Entry(e.id)));
        value["text"] = Value::String(sanitize::multiline(text).into_owned());
        value["files"] = e
            .files
            .iter()
            .map(|f| json!({"name": f.name, "size": f.size, "type": f.media_type}))
            .collect();
        return Ok(format!("{value}\n"));
    }
    if text.is_empty() && e.files.is_empty() {
        return Err(ForumError::NotFound(t!(
            "exec-entry-text-or-files",
            id = id.to_string()
        )));
    }
    let mut out = String::new();
    if !text.is_empty() {
        out.push_str(&sanitize::multiline(text));
        out.push('\n');
    }
    for f in &e.files {
        out.push_str(&format!("{}\t{}\n", f.name, f.size));
    }
    Ok(out)
}

/// "news" or "blog": a word scripts can match.
fn news_kind(kind: NewsKind) -> &'static str {
    match kind {
        NewsKind::News => "news",
        NewsKind::Blog => "blog",
    }
}

fn news_json(n: &News, demo: bool) -> Value {
    json!({
        "id": n.id,
        "demo": demo,
        "title": line(&n.title),
        "body": sanitize::multiline(&n.body),
        "region": n.region.map(|r| r.slug()),
        "by": n.by,
        "kind": news_kind(n.kind),
        "submission": n.submission,
        "corrections": n.corrections.iter().map(|c| json!({"by": c.by, "reason": line(&c.reason), "at": utc(c.at)})).collect::<Vec<_>>(),
        "published": utc(n.published_at),
        "written_in": n.language,
        "translations": translations_json(&n.translations),
    })
}

/// Approved translations: language, title, text, who translated, when.
fn translations_json(list: &[stoa_core::domain::Translation]) -> Vec<Value> {
    list.iter()
        .map(|t| {
            json!({
                "language": t.language,
                "title": line(&t.title),
                "text": sanitize::multiline(&t.text),
                "by": t.by,
                "published": utc(t.published_at),
                "submission": t.submission,
            })
        })
        .collect()
}

pub fn news(forum: &Forum, json: bool) -> Result<String, ForumError> {
    let list = forum.news(200)?;
    if json {
        return Ok(format!(
            "{}\n",
            Value::Array(
                list.iter()
                    .map(|n| news_json(n, forum.is_demo(&DemoMark::News(n.id))))
                    .collect()
            )
        ));
    }
    Ok(list
        .iter()
        .map(|n| {
            format!(
                "{}\t{}\t{}\t{}\t{}\t{}\n",
                n.id,
                utc(n.published_at),
                n.region.map_or("-", Region::slug),
                super::labelled(forum.is_demo(&DemoMark::News(n.id)), &line(&n.title)),
                news_kind(n.kind),
                line(&n.by),
            )
        })
        .collect())
}
