//! An event, job, library entry or news item under review, as its author and the committee read it: the
//! fields as typed, and once approved, where it is now (on the board, closed, or
//! withdrawn with the committee's reason).

use stoa_core::domain::{
    Hiding, Item, NewsKind, Region, ReviewState, Shelf, Strategy, Submission, Translated,
};
use stoa_core::forum::files::size_words;
use stoa_core::forum::{Forum, Viewer, sanitize};

use crate::lang::text;
use crate::t;
use crate::terms;

/// Label and value of each field worth showing, in the form's order, in the
/// reader's language. Plain mode reads them out too.
pub fn fields(s: &Submission) -> Vec<(String, String)> {
    match &s.item {
        Item::Event(e) => {
            let place = [e.city.as_str(), e.country.as_str(), e.online.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            let streams = streams(&e.strategies);
            let mut list = vec![
                (
                    t!("board-form-kind"),
                    text(&format!("events-kind-{}", e.kind.slug())),
                ),
                (t!("composer-title"), e.title.clone()),
                (
                    t!("events-field-when"),
                    t!(
                        "board-item-when",
                        starts = e.starts.as_str(),
                        ends = e.ends.as_str(),
                        zone = e.time_zone.as_str()
                    ),
                ),
                (t!("events-field-where"), place),
                (t!("board-form-organizer"), e.organizer.clone()),
            ];
            if !e.deadline.is_empty() {
                list.push((t!("board-form-deadline"), e.deadline.clone()));
            }
            list.extend([
                (
                    t!("board-form-region"),
                    e.region.map(terms::region).unwrap_or_default(),
                ),
                (t!("board-form-strategies"), streams),
                (
                    t!("board-form-competencies"),
                    terms::competencies(&e.competencies),
                ),
                (t!("board-form-audiences"), terms::audiences(&e.audiences)),
                (t!("board-form-tags"), e.tags.clone()),
                (t!("board-form-description"), e.description.clone()),
                detected(&e.title, &e.description),
            ]);
            list
        }
        Item::Job(j) => {
            let mut place = [j.location.as_str(), j.country.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            if j.remote {
                place = if place.is_empty() {
                    t!("jobs-place-remote")
                } else {
                    t!("jobs-place-town-or-remote", town = place.as_str())
                };
            }
            vec![
                (
                    t!("board-form-kind"),
                    text(&format!("jobs-kind-{}", j.kind.slug())),
                ),
                (t!("composer-title"), j.title.clone()),
                (t!("signup-organization"), j.organization.clone()),
                (t!("jobs-field-where"), place),
                (
                    t!("board-form-region"),
                    j.region.map(terms::region).unwrap_or_default(),
                ),
                (t!("board-form-closes"), j.closes.clone()),
                (t!("board-form-strategies"), streams(&j.strategies)),
                (
                    t!("board-form-competencies"),
                    terms::competencies(&j.competencies),
                ),
                (t!("board-form-tags"), j.tags.clone()),
                (t!("board-form-description"), j.description.clone()),
                (t!("board-form-how-to-apply"), j.how_to_apply.clone()),
            ]
        }
        Item::Resource(r) => {
            let mut list = vec![
                (
                    t!("library-form-kind"),
                    text(&format!("library-kind-{}", r.kind.slug())),
                ),
                (t!("composer-title"), r.title.clone()),
                (t!("library-form-authors"), r.authors.clone()),
                (t!("library-form-year"), r.year.clone()),
                (t!("library-form-link"), r.link.clone()),
                (t!("display-language"), r.language.clone()),
                (t!("library-form-summary"), r.summary.clone()),
            ];
            // Shown when given: most resources are a link.
            if !r.text.is_empty() {
                list.push((t!("library-form-text"), r.text.clone()));
            }
            if !r.files.is_empty() {
                let files: Vec<String> = r
                    .files
                    .iter()
                    .map(|f| format!("{} ({})", f.name, size_words(f.size)))
                    .collect();
                list.push((t!("library-form-files"), files.join(", ")));
            }
            list.push((
                t!("board-item-classified"),
                classified(&r.strategies, r.region, &r.tags),
            ));
            list.push((
                t!("board-form-competencies"),
                terms::competencies(&r.competencies),
            ));
            list.push((t!("board-form-audiences"), terms::audiences(&r.audiences)));
            list.push((t!("library-form-discussed-in"), r.community.clone()));
            list
        }
        Item::Practice(p) => vec![
            (t!("library-form-level"), terms::level(p.level)),
            (t!("composer-title"), p.title.clone()),
            (
                t!("board-item-where-and-when"),
                format!("{}, {}", p.country, p.period),
            ),
            (t!("library-form-setting"), p.setting.clone()),
            (t!("library-form-summary"), p.summary.clone()),
            (t!("library-form-what-was-done"), p.what_was_done.clone()),
            (t!("library-form-results"), p.results.clone()),
            (t!("library-form-impact"), p.impact.clone()),
            (t!("library-form-expected"), p.expected.clone()),
            (t!("library-form-why-not"), p.why.clone()),
            (t!("library-form-do-instead"), p.instead.clone()),
            (t!("library-form-lessons"), p.lessons.clone()),
            (t!("library-form-references"), p.references.clone()),
            (t!("library-form-figures"), p.figures.clone()),
            (t!("library-form-contact"), p.contact.clone()),
            (
                t!("board-item-classified"),
                classified(&p.strategies, p.region, &p.tags),
            ),
            (
                t!("board-form-competencies"),
                terms::competencies(&p.competencies),
            ),
            (t!("board-form-audiences"), terms::audiences(&p.audiences)),
            (t!("library-form-discussed-in"), p.community.clone()),
            detected(&p.title, &p.summary),
        ]
        .into_iter()
        // Empty evidence is left out: most practices have no failure's shape.
        .filter(|(_, v)| !v.is_empty())
        .collect(),
        Item::News(n) => vec![
            (t!("news-form-kind"), news_kind(n.kind)),
            (t!("news-form-headline"), n.title.clone()),
            (
                t!("news-form-region"),
                n.region.map(terms::region).unwrap_or_default(),
            ),
            (t!("news-form-text"), n.body.clone()),
            detected(&n.title, &n.body),
        ],
        Item::Translation(t) => vec![
            (t!("translation-of"), original(t.of, &t.original)),
            (t!("display-language"), t.language.native_name().to_string()),
            (t!("composer-title"), t.title.clone()),
            (t!("translation-text"), t.text.clone()),
        ],
        Item::Community(_) | Item::Post(_) => Vec::new(),
    }
}

/// The language an item will be published in, as detected from what its
/// author wrote, for the committee to see before it approves.
fn detected(title: &str, text: &str) -> (String, String) {
    let value = stoa_core::forum::languages::written_in(None, title, text).map_or_else(
        || t!("translation-language-unknown"),
        |l| t!("board-item-language-detected", name = l.native_name()),
    );
    (t!("translation-written-in"), value)
}

/// "library entry 10: Care pathways", "news item 3: …", in the reader's
/// language.
pub fn original(of: Translated, title: &str) -> String {
    let title = sanitize::inline(title).into_owned();
    match of {
        Translated::Entry(id) => t!("translation-of-entry", id = id.to_string(), title = title),
        Translated::News(id) => t!("translation-of-news", id = id.to_string(), title = title),
    }
}

/// For a translation, the original's text as it is now (its summary, or
/// its body), so that the committee reads both side by side: its label and
/// the text.
pub fn original_text(s: &Submission, forum: &Forum) -> Option<(String, String)> {
    let Item::Translation(t) = &s.item else {
        return None;
    };
    let original = forum.original(t.of).ok()?;
    let label = t!(
        "translation-original-text",
        language = crate::translated::language_name(original.language)
    );
    Some((label, original.text))
}

/// "news" or "blog post", in the reader's language.
fn news_kind(kind: NewsKind) -> String {
    match kind {
        NewsKind::News => t!("news-kind-news"),
        NewsKind::Blog => t!("news-kind-blog"),
    }
}

/// "model of care", or "multiple streams: governance, model of care" (with
/// commas: plain mode reads this line out).
pub fn streams(strategies: &[Strategy]) -> String {
    let names: Vec<String> = strategies
        .iter()
        .map(|s| terms::strategy_short(*s))
        .collect();
    match names.len() {
        0 | 1 => names.concat(),
        _ => t!("multiple-streams-of", names = names.join(", ")),
    }
}

/// "multiple streams: governance, model of care · African Region · tags: …"
fn classified(strategies: &[Strategy], region: Option<Region>, tags: &str) -> String {
    let mut parts = Vec::new();
    if !strategies.is_empty() {
        parts.push(streams(strategies));
    }
    if let Some(r) = region {
        parts.push(terms::region(r));
    }
    if !tags.is_empty() {
        parts.push(t!("board-item-tags", tags = tags));
    }
    parts.join(" · ")
}

fn withdrawn(hiding: &Hiding) -> String {
    t!(
        "board-item-withdrawn-by",
        by = hiding.by.as_str(),
        reason = sanitize::inline(&hiding.reason).to_string()
    )
}

/// A submission's state as its author reads it in a list: its review state,
/// or `withdrawn` once the committee took the event or job it published off
/// its board (still "approved" in its history).
pub fn state_now(s: &Submission, forum: &Forum, viewer: &Viewer) -> &'static str {
    if s.state != ReviewState::Approved {
        return s.state.label();
    }
    let withdrawn = match &s.item {
        Item::Event(_) => forum
            .event(viewer, s.id.as_event())
            .is_ok_and(|l| l.event.withdrawn.is_some()),
        Item::Job(_) => forum
            .job(s.id.as_job())
            .is_ok_and(|j| j.withdrawn.is_some()),
        Item::News(_) => s
            .news
            .is_some_and(|id| forum.news_item(id).is_ok_and(|n| n.withdrawn.is_some())),
        _ => false,
    };
    if withdrawn {
        "withdrawn"
    } else {
        s.state.label()
    }
}

/// Where a published event or job is now, with the keys that lead there.
pub fn status(s: &Submission, forum: &Forum, viewer: &Viewer) -> Option<String> {
    if s.state != ReviewState::Approved {
        return None;
    }
    // What a submission publishes shares its id.
    Some(match &s.item {
        Item::Event(_) => match forum.event(viewer, s.id.as_event()) {
            Ok(l) => match &l.event.withdrawn {
                Some(h) => withdrawn(h),
                None if l.event.upcoming(forum.now()) => t!(
                    "board-item-on-the-events-board",
                    going = l.going,
                    interested = l.interested
                ),
                None => t!("board-item-event-over"),
            },
            Err(e) => e.to_string(),
        },
        Item::Job(_) => match forum.job(s.id.as_job()) {
            Ok(j) => match (&j.withdrawn, j.closed_early) {
                (Some(h), _) => withdrawn(h),
                (None, Some(_)) => t!("board-item-job-closed-early"),
                (None, None) if j.open(forum.now()) => t!("board-item-job-open"),
                (None, None) => t!("board-item-job-closed"),
            },
            Err(e) => e.to_string(),
        },
        Item::Resource(_) | Item::Practice(_) => match forum.entry(s.id.as_entry()) {
            Ok(e) => {
                let kind = match &e.shelf {
                    Shelf::Resource { kind, .. } => text(&format!("library-kind-{}", kind.slug())),
                    Shelf::Practice { level, .. } => {
                        t!("board-item-practice-level", level = terms::level(*level))
                    }
                };
                t!("board-item-in-the-library", kind = kind)
            }
            Err(e) => e.to_string(),
        },
        Item::News(n) => match s.news.map(|id| forum.news_item(id)) {
            Some(Ok(news)) => match &news.withdrawn {
                Some(h) => withdrawn(h),
                None => t!(
                    "board-item-on-the-news-screen",
                    kind = news_kind(n.kind),
                    id = news.id.to_string()
                ),
            },
            Some(Err(e)) => e.to_string(),
            None => return None,
        },
        Item::Translation(t) => t!(
            "translation-kept-with",
            original = original(t.of, &t.original),
            language = t.language.native_name()
        ),
        Item::Community(_) | Item::Post(_) => return None,
    })
}
