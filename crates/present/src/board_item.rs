//! An event, job, library entry or news item under review, as its author and the committee read it: the
//! fields as typed, and once approved, where it is now (on the board, closed, or
//! withdrawn with the committee's reason).

use stoa_core::domain::{
    Audience, Competency, Hiding, Item, Region, ReviewState, Strategy, Submission,
};
use stoa_core::forum::files::size_words;
use stoa_core::forum::{Forum, Viewer, sanitize};

/// Label and value of each field worth showing, in the form's order. Plain mode
/// reads them out too.
pub fn fields(s: &Submission) -> Vec<(&'static str, String)> {
    match &s.item {
        Item::Event(e) => {
            let place = [e.city.as_str(), e.country.as_str(), e.online.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            let streams = streams(&e.strategies);
            let mut list = vec![
                ("Kind", e.kind.label().to_string()),
                ("Title", e.title.clone()),
                (
                    "When",
                    format!("{} to {} ({})", e.starts, e.ends, e.time_zone),
                ),
                ("Where", place),
                ("Organizer", e.organizer.clone()),
            ];
            if !e.deadline.is_empty() {
                list.push(("Deadline", e.deadline.clone()));
            }
            list.extend([
                (
                    "Region",
                    e.region.map(|r| r.label().to_string()).unwrap_or_default(),
                ),
                ("Strategies", streams),
                ("Competencies", Competency::labels(&e.competencies)),
                ("For", Audience::labels(&e.audiences)),
                ("Tags", e.tags.clone()),
                ("Description", e.description.clone()),
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
                    "remote".into()
                } else {
                    format!("{place} or remote")
                };
            }
            vec![
                ("Kind", j.kind.label().to_string()),
                ("Title", j.title.clone()),
                ("Organization", j.organization.clone()),
                ("Where", place),
                (
                    "Region",
                    j.region.map(|r| r.label().to_string()).unwrap_or_default(),
                ),
                ("Closing date", j.closes.clone()),
                ("Strategies", streams(&j.strategies)),
                ("Competencies", Competency::labels(&j.competencies)),
                ("Tags", j.tags.clone()),
                ("Description", j.description.clone()),
                ("How to apply", j.how_to_apply.clone()),
            ]
        }
        Item::Resource(r) => {
            let mut list = vec![
                ("Kind", r.kind.label().to_string()),
                ("Title", r.title.clone()),
                ("Authors", r.authors.clone()),
                ("Year", r.year.clone()),
                ("Link", r.link.clone()),
                ("Language", r.language.clone()),
                ("Summary", r.summary.clone()),
            ];
            // Shown when given: most resources are a link.
            if !r.text.is_empty() {
                list.push(("Text", r.text.clone()));
            }
            if !r.files.is_empty() {
                let files: Vec<String> = r
                    .files
                    .iter()
                    .map(|f| format!("{} ({})", f.name, size_words(f.size)))
                    .collect();
                list.push(("Files", files.join(", ")));
            }
            list.push(("Classified", classified(&r.strategies, r.region, &r.tags)));
            list.push(("Competencies", Competency::labels(&r.competencies)));
            list.push(("For", Audience::labels(&r.audiences)));
            list.push(("Discussed in", r.community.clone()));
            list
        }
        Item::Practice(p) => vec![
            ("Level", p.level.label().to_string()),
            ("Title", p.title.clone()),
            ("Where and when", format!("{}, {}", p.country, p.period)),
            ("Setting", p.setting.clone()),
            ("Summary", p.summary.clone()),
            ("What was done", p.what_was_done.clone()),
            ("Results", p.results.clone()),
            ("Impact", p.impact.clone()),
            ("Expected", p.expected.clone()),
            ("Why not", p.why.clone()),
            ("Do instead", p.instead.clone()),
            ("Lessons learned", p.lessons.clone()),
            ("References", p.references.clone()),
            ("Figures", p.figures.clone()),
            ("Contact", p.contact.clone()),
            ("Classified", classified(&p.strategies, p.region, &p.tags)),
            ("Competencies", Competency::labels(&p.competencies)),
            ("For", Audience::labels(&p.audiences)),
            ("Discussed in", p.community.clone()),
        ]
        .into_iter()
        // Empty evidence is left out: most practices have no failure's shape.
        .filter(|(_, v)| !v.is_empty())
        .collect(),
        Item::News(n) => vec![
            ("Kind", n.kind.label().to_string()),
            ("Headline", n.title.clone()),
            (
                "Region",
                n.region.map(|r| r.label().to_string()).unwrap_or_default(),
            ),
            ("Text", n.body.clone()),
        ],
        Item::Community(_) | Item::Post(_) => Vec::new(),
    }
}

/// "model of care", or "multiple streams: governance, model of care" (with
/// commas: plain mode reads this line out).
pub fn streams(strategies: &[Strategy]) -> String {
    let names: Vec<&str> = strategies.iter().map(|s| s.short()).collect();
    match names.len() {
        0 | 1 => names.concat(),
        _ => format!("multiple streams: {}", names.join(", ")),
    }
}

/// "multiple streams: governance, model of care · African Region · tags: …"
fn classified(strategies: &[Strategy], region: Option<Region>, tags: &str) -> String {
    let mut parts = Vec::new();
    if !strategies.is_empty() {
        parts.push(streams(strategies));
    }
    if let Some(r) = region {
        parts.push(r.label().to_string());
    }
    if !tags.is_empty() {
        parts.push(format!("tags: {tags}"));
    }
    parts.join(" · ")
}

fn withdrawn(hiding: &Hiding) -> String {
    format!(
        "withdrawn by {}: {}",
        hiding.by,
        sanitize::inline(&hiding.reason)
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
                None if l.event.upcoming(forum.now()) => format!(
                    "on the events board (g e): {} going, {} interested",
                    l.going, l.interested
                ),
                None => "over: under Past on the events board".into(),
            },
            Err(e) => e.to_string(),
        },
        Item::Job(_) => match forum.job(s.id.as_job()) {
            Ok(j) => match (&j.withdrawn, j.closed_early) {
                (Some(h), _) => withdrawn(h),
                (None, Some(_)) => "closed early: in the archive of the jobs board".into(),
                (None, None) if j.open(forum.now()) => "open on the jobs board (g j)".into(),
                (None, None) => "closed: in the archive of the jobs board".into(),
            },
            Err(e) => e.to_string(),
        },
        Item::Resource(_) | Item::Practice(_) => match forum.entry(s.id.as_entry()) {
            Ok(e) => format!("in the library (g l) as {}", e.kind()),
            Err(e) => e.to_string(),
        },
        Item::News(n) => match s.news.map(|id| forum.news_item(id)) {
            Some(Ok(news)) => match &news.withdrawn {
                Some(h) => withdrawn(h),
                None => format!("on the news screen (g n) as {} {}", n.kind.label(), news.id),
            },
            Some(Err(e)) => e.to_string(),
            None => return None,
        },
        Item::Community(_) | Item::Post(_) => return None,
    })
}
