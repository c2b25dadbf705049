//! `search`, `members` and `notifications` without a terminal.
//!
//! Plain formats, one record per line, fields separated by tabs:
//!
//! ```text
//! search:         KIND  TARGET  DATE  TITLE  EXCERPT
//! members:        USERNAME  REGION  ORGANIZATION  COMPETENCIES  NAME
//! notifications:  ID  DATE  READ|NEW  KIND  TARGET  TEXT
//! ```
//!
//! TARGET says where a result leads: `thread/12#15`, `event/4`, `job/7`,
//! `entry/9`, `news/3`, `member/amara`, `submission/17`. Dates are RFC 3339 in
//! UTC; `-` stands for nothing. A TITLE or NAME the demo loaded begins with
//! `[demo] `; in `--json`, `"demo": true`.

use serde_json::json;

use super::boards::one_of;
use super::commands::{MemberOptions, SearchOptions};
use stoa_core::domain::{Competency, Region, Strategy, Target};
use stoa_core::forum::people::PeopleFilter;
use stoa_core::forum::search::SearchFilter;
use stoa_core::forum::{Forum, ForumError, Viewer, sanitize};
use stoa_core::search::Kind;
use stoa_core::store::DemoMark;
use stoa_present::t;

fn line(text: &str) -> String {
    sanitize::inline(text).replace('\t', " ")
}

use stoa_present::when::utc;

fn or_dash(text: &str) -> &str {
    if text.is_empty() { "-" } else { text }
}

/// Where a target leads, as a short path.
pub fn target(t: &Target) -> String {
    match t {
        Target::Post { thread, post } => format!("thread/{thread}#{post}"),
        Target::Submission { id } => format!("submission/{id}"),
        Target::Event { id } => format!("event/{id}"),
        Target::Job { id } => format!("job/{id}"),
        Target::Entry { id } => format!("entry/{id}"),
        Target::News { id } => format!("news/{id}"),
        Target::Member { username } => format!("member/{username}"),
        Target::Conversation { id } => format!("conversation/{id}"),
    }
}

/// `--kind event --region african` after the words: the filter.
pub fn search_filter(options: &SearchOptions) -> Result<SearchFilter, String> {
    let mut filter = SearchFilter {
        community: options.community.clone(),
        ..SearchFilter::default()
    };
    if let Some(value) = &options.kind {
        let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        filter.kind = Some(Kind::parse(value).ok_or_else(|| {
            t!(
                "exec-filter-unknown-kind",
                value = sanitize::inline(value).into_owned(),
                names = kinds.join(", ")
            )
        })?);
    }
    if let Some(value) = &options.strategy {
        filter.strategy = Some(one_of("strategy", value, &Strategy::ALL, Strategy::slug)?);
    }
    if let Some(value) = &options.region {
        filter.region = Some(one_of("region", value, &Region::ALL, Region::slug)?);
    }
    if let Some(value) = &options.language {
        filter.language = Some(
            stoa_core::domain::Language::from_code(value).ok_or_else(|| {
                t!(
                    "exec-filter-unknown-language",
                    value = sanitize::inline(value).into_owned(),
                    names = "en, fr, es, ru, zh, ar"
                )
            })?,
        );
    }
    if let Some(value) = &options.since {
        let day: jiff::civil::Date = value.parse().map_err(|_| t!("exec-filter-since"))?;
        filter.since = day
            .to_zoned(jiff::tz::TimeZone::UTC)
            .ok()
            .map(|z| z.timestamp());
    }
    Ok(filter)
}

pub fn search(
    forum: &Forum,
    viewer: &Viewer,
    words: &str,
    filter: &SearchFilter,
    json: bool,
) -> Result<String, ForumError> {
    let findings = forum.search(viewer, words, filter)?;
    if json {
        let list: Vec<_> = findings
            .found
            .iter()
            .map(|f| {
                json!({
                    "kind": f.kind.as_str(),
                    "demo": forum.is_demo_target(&f.target),
                    "target": target(&f.target),
                    "title": line(&f.title),
                    "about": line(&f.about),
                    "excerpt": line(&f.excerpt),
                    "at": utc(f.at),
                })
            })
            .collect();
        return Ok(format!("{}\n", serde_json::Value::Array(list)));
    }
    Ok(findings
        .found
        .iter()
        .map(|f| {
            format!(
                "{}\t{}\t{}\t{}\t{}\n",
                f.kind.as_str(),
                target(&f.target),
                utc(f.at),
                super::labelled(forum.is_demo_target(&f.target), &line(&f.title)),
                or_dash(&line(&f.excerpt))
            )
        })
        .collect())
}

/// `--region african --competency communication --org ministry`
pub fn people_filter(options: &MemberOptions) -> Result<PeopleFilter, String> {
    let mut filter = PeopleFilter {
        text: options.org.join(" "),
        ..PeopleFilter::default()
    };
    if let Some(value) = &options.region {
        filter.region = Some(one_of("region", value, &Region::ALL, Region::slug)?);
    }
    if let Some(value) = &options.competency {
        let competency = one_of("competency", value, &Competency::ALL, Competency::slug)?;
        filter.competency = Some(competency);
    }
    Ok(filter)
}

pub fn members(
    forum: &Forum,
    viewer: &Viewer,
    filter: &PeopleFilter,
    json: bool,
) -> Result<String, ForumError> {
    let cards = forum.people(viewer, filter)?;
    if json {
        let list: Vec<_> = cards
            .iter()
            .map(|c| {
                json!({
                    "username": c.username,
                    "demo": forum.is_demo(&DemoMark::Account(c.username.as_str().into())),
                    "display_name": line(&c.display_name),
                    "organization": line(&c.organization),
                    "region": c.region.slug(),
                    "competencies": c.competencies.iter().map(|c| c.slug()).collect::<Vec<_>>(),
                    "role": c.role,
                    "bio": sanitize::multiline(&c.bio),
                    "joined": utc(c.joined),
                })
            })
            .collect();
        return Ok(format!("{}\n", serde_json::Value::Array(list)));
    }
    Ok(cards
        .iter()
        .map(|c| {
            let competencies: Vec<&str> = c.competencies.iter().map(|c| c.slug()).collect();
            format!(
                "{}\t{}\t{}\t{}\t{}\n",
                c.username,
                c.region.slug(),
                or_dash(&line(&c.organization)),
                or_dash(&competencies.join(",")),
                super::labelled(
                    forum.is_demo(&DemoMark::Account(c.username.as_str().into())),
                    &line(&c.display_name)
                )
            )
        })
        .collect())
}

/// `--unread` lists only what is new; `--mark-read` marks what it lists read.
pub fn notifications(
    forum: &Forum,
    viewer: &Viewer,
    unread: bool,
    mark: bool,
    json: bool,
) -> Result<String, ForumError> {
    let all = forum.notifications(viewer)?;
    let shown: Vec<_> = all.into_iter().filter(|n| !unread || !n.read).collect();
    if mark {
        let ids: Vec<u64> = shown.iter().filter(|n| !n.read).map(|n| n.id).collect();
        forum.mark_notifications(viewer, &ids, true)?;
    }
    if json {
        let list: Vec<_> = shown
            .iter()
            .map(|n| {
                json!({
                    "id": n.id,
                    "at": utc(n.at),
                    "read": n.read,
                    "kind": n.kind.as_str(),
                    "from": n.from,
                    "target": target(&n.target),
                    "text": line(&n.summary()),
                    "more": n.more,
                })
            })
            .collect();
        return Ok(format!("{}\n", serde_json::Value::Array(list)));
    }
    Ok(shown
        .iter()
        .map(|n| {
            format!(
                "{}\t{}\t{}\t{}\t{}\t{}\n",
                n.id,
                utc(n.at),
                if n.read { "read" } else { "new" },
                n.kind.as_str(),
                target(&n.target),
                line(&stoa_present::notice::summary(n))
            )
        })
        .collect())
}
