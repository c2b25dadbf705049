//! `strategy SLUG`: a strategy's page, one item a line; `coverage`: the
//! library's practices by strategy, WHO region and level, for the committee.

use serde_json::{Value, json};

use super::library::entry_json;
use stoa_core::domain::{Region, Strategy};
use stoa_core::forum::strategies::LEVELS;
use stoa_core::forum::{Forum, ForumError, Stream, Viewer, sanitize};
use stoa_core::store::DemoMark;
use stoa_present::t;
use stoa_present::when::utc;

fn line(text: &str) -> String {
    sanitize::inline(text).into_owned()
}

/// The stream a slug names, or why not.
pub fn stream(slug: &str) -> Result<Stream, String> {
    // Its number as plain mode lists them works too.
    let numbered = slug
        .parse::<usize>()
        .ok()
        .and_then(|n| Stream::all().get(n.wrapping_sub(1)).copied());
    numbered.or_else(|| Stream::from_slug(slug)).ok_or_else(|| {
        let all: Vec<&str> = Stream::all().iter().map(|s| s.slug()).collect();
        t!(
            "exec-strategy-unknown",
            value = line(slug),
            names = all.join(", ")
        )
    })
}

/// Everything under `stream`: `SECTION  ID  KIND  TITLE` a line.
pub fn strategy(
    forum: &Forum,
    viewer: &Viewer,
    stream: Stream,
    json: bool,
) -> Result<String, ForumError> {
    let page = forum.strategy_page(viewer, stream)?;
    let demo = |mark: DemoMark| forum.is_demo(&mark);
    let practices = page.practices.iter().flat_map(|(_, p)| p);
    if json {
        let value = json!({
            "strategy": stream.slug(),
            "label": stream.label(),
            "description": stream.description(),
            "communities": page.communities.iter().map(|c| json!({"slug": c.slug, "name": line(&c.name)})).collect::<Vec<_>>(),
            "resources": page.resources.iter().map(|e| entry_json(e, demo(DemoMark::Entry(e.id)))).collect::<Vec<_>>(),
            "practices": practices.map(|e| entry_json(e, demo(DemoMark::Entry(e.id)))).collect::<Vec<_>>(),
            "events": page.events.iter().map(|e| json!({"id": e.id, "kind": e.kind.slug(), "title": line(&e.title), "starts": utc(e.starts.timestamp()), "demo": demo(DemoMark::Event(e.id))})).collect::<Vec<_>>(),
            "jobs": page.jobs.iter().map(|j| json!({"id": j.id, "kind": j.kind.slug(), "title": line(&j.title), "organization": line(&j.organization), "demo": demo(DemoMark::Job(j.id))})).collect::<Vec<_>>(),
        });
        return Ok(format!("{value}\n"));
    }
    let labelled = |is_demo: bool, title: &str| super::labelled(is_demo, &line(title));
    let mut out = String::new();
    for c in &page.communities {
        out.push_str(&format!("community\t{}\t-\t{}\n", c.slug, line(&c.name)));
    }
    for e in &page.resources {
        let kind = match &e.shelf {
            stoa_core::domain::Shelf::Resource { kind, .. } => kind.slug(),
            stoa_core::domain::Shelf::Practice { .. } => "-",
        };
        out.push_str(&format!(
            "resource\t{}\t{kind}\t{}\n",
            e.id,
            labelled(demo(DemoMark::Entry(e.id)), &e.title)
        ));
    }
    for (level, entries) in &page.practices {
        for e in entries {
            out.push_str(&format!(
                "practice\t{}\t{}\t{}\n",
                e.id,
                level.slug(),
                labelled(demo(DemoMark::Entry(e.id)), &e.title)
            ));
        }
    }
    for e in &page.events {
        out.push_str(&format!(
            "event\t{}\t{}\t{}\n",
            e.id,
            e.kind.slug(),
            labelled(demo(DemoMark::Event(e.id)), &e.title)
        ));
    }
    for j in &page.jobs {
        out.push_str(&format!(
            "job\t{}\t{}\t{}\n",
            j.id,
            j.kind.slug(),
            labelled(demo(DemoMark::Job(j.id)), &j.title)
        ));
    }
    Ok(out)
}

/// `STRATEGY  REGION  LEVEL  COUNT`, every combination: a 0 is a gap.
pub fn coverage(forum: &Forum, viewer: &Viewer, json: bool) -> Result<String, ForumError> {
    let coverage = forum.coverage(viewer)?;
    let mut rows = Vec::new();
    for s in Strategy::ALL {
        for r in Region::ALL {
            for l in LEVELS {
                rows.push((s, r, l, coverage.count(s, r, Some(l))));
            }
        }
    }
    if json {
        let value = json!({
            "cells": rows.iter().map(|(s, r, l, n)| json!({"strategy": s.slug(), "region": r.slug(), "level": l.slug(), "practices": n})).collect::<Vec<Value>>(),
            "unplaced": coverage.unplaced,
        });
        return Ok(format!("{value}\n"));
    }
    Ok(rows
        .iter()
        .map(|(s, r, l, n)| format!("{}\t{}\t{}\t{n}\n", s.slug(), r.slug(), l.slug()))
        .collect())
}
