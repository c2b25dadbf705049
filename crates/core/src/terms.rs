//! The network's terms in the reader's language, from the glossary
//! (`assets/locales/<code>/glossary.ftl`): strategies, regions, practice levels,
//! competencies and audiences. The domain's own `label()` stays English, for
//! feeds, JSON and the web pages.

use crate::domain::{
    Audience, Classification, Competency, Entry, Event, EventKind, Job, JobKind, PracticeLevel,
    Region, ResourceKind, Shelf, Strategy,
};

use crate::lang::text;
use crate::t;

/// "Reorienting the model of care", in the reader's language.
pub fn strategy(s: Strategy) -> String {
    text(&format!("term-strategy-{}", s.slug()))
}

/// "model of care": for lists and filters.
pub fn strategy_short(s: Strategy) -> String {
    text(&format!("term-strategy-short-{}", s.slug()))
}

/// "Eastern Mediterranean Region".
pub fn region(r: Region) -> String {
    text(&format!("term-region-{}", r.slug()))
}

/// "Eastern Med.": a word or two for lists.
pub fn region_short(r: Region) -> String {
    text(&format!("term-region-short-{}", r.slug()))
}

/// "brilliant failure".
pub fn level(l: PracticeLevel) -> String {
    text(&format!("term-level-{}", l.slug()))
}

/// "people-centred care".
pub fn competency(c: Competency) -> String {
    text(&format!("term-competency-{}", c.slug()))
}

/// "communication, relationships"; empty for none.
pub fn competencies(all: &[Competency]) -> String {
    all.iter()
        .map(|c| competency(*c))
        .collect::<Vec<_>>()
        .join(&text("list-separator"))
}

/// "people who use services".
pub fn audience(a: Audience) -> String {
    text(&format!("term-audience-{}", a.slug()))
}

/// "staff, educators"; empty for none.
pub fn audiences(all: &[Audience]) -> String {
    all.iter()
        .map(|a| audience(*a))
        .collect::<Vec<_>>()
        .join(&text("list-separator"))
}

/// The strategy as members read it in a list: its name, "multiple streams"
/// when there is more than one, or nothing when none was chosen.
pub fn stream(c: &Classification) -> String {
    match c.strategies.as_slice() {
        [] => String::new(),
        [one] => strategy(*one),
        _ => t!("multiple-streams"),
    }
}

/// The stream on an item's own screen: the strategy's full name, or
/// "multiple streams: governance, model of care".
pub fn stream_in_full(c: &Classification) -> String {
    match c.strategies.as_slice() {
        [] => String::new(),
        [one] => strategy(*one),
        many => {
            let names: Vec<String> = many.iter().map(|s| strategy_short(*s)).collect();
            t!(
                "multiple-streams-of",
                names = names.join(&text("list-separator"))
            )
        }
    }
}

/// "latest activity first": how a list of threads is ordered.
pub fn thread_order(order: crate::forum::ThreadOrder) -> String {
    use crate::forum::ThreadOrder;
    text(match order {
        ThreadOrder::Activity => "order-activity",
        ThreadOrder::Newest => "order-newest",
        ThreadOrder::Replies => "order-replies",
    })
}

/// An event's kind: "call for papers".
pub fn event_kind(k: EventKind) -> String {
    text(&format!("events-kind-{}", k.slug()))
}

/// A job's kind: "educational opportunity".
pub fn job_kind(k: JobKind) -> String {
    text(&format!("jobs-kind-{}", k.slug()))
}

/// A resource's kind: "toolkit".
pub fn resource_kind(k: ResourceKind) -> String {
    text(&format!("library-kind-{}", k.slug()))
}

/// A library entry's kind: "toolkit", "practice: promising".
pub fn entry_kind(e: &Entry) -> String {
    match &e.shelf {
        Shelf::Resource { kind, .. } => resource_kind(*kind),
        Shelf::Practice { level: l, .. } => t!("plain-entry-kind-practice", level = level(*l)),
    }
}

/// Where an event is: "Nairobi, Kenya", "online", or "Nairobi, Kenya and
/// online".
pub fn event_place(e: &Event) -> String {
    let town = town(&e.city, &e.country);
    match (town.is_empty(), e.online.is_empty()) {
        (true, _) => t!("events-place-online"),
        (false, true) => town,
        (false, false) => t!("events-place-town-and-online", town = town),
    }
}

/// Where a job is: "Geneva, Switzerland", "remote", or "Geneva, Switzerland
/// or remote".
pub fn job_place(j: &Job) -> String {
    let town = town(&j.location, &j.country);
    match (town.is_empty(), j.remote) {
        (true, _) => t!("jobs-place-remote"),
        (false, false) => town,
        (false, true) => t!("jobs-place-town-or-remote", town = town),
    }
}

/// What a submission proposes: `kind` is the word `Item::kind` gives
/// ("community", "blog post"…).
pub fn submission_kind(kind: &str) -> String {
    text(&format!("submission-kind-{}", kind.replace(' ', "-")))
}

/// A submission's state: `label` is the word `ReviewState::label` (or
/// `board_item::state_now`) gives ("pending review", "withdrawn"…).
pub fn submission_state(label: &str) -> String {
    text(&format!("submission-state-{}", label.replace(' ', "-")))
}

/// A step of a review: "approved", "asked for changes".
pub fn review_action(action: crate::domain::ReviewAction) -> String {
    text(&format!(
        "submission-action-{}",
        action.label().replace(' ', "-")
    ))
}

/// "Nairobi, Kenya", leaving out what is empty.
fn town(city: &str, country: &str) -> String {
    [city, country]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{Language, scope};

    #[test]
    fn every_term_is_in_the_glossary_in_english() {
        for s in Strategy::ALL {
            assert_eq!(strategy(s), s.label());
            assert_eq!(strategy_short(s), s.short());
        }
        for r in Region::ALL {
            assert_eq!(region(r), r.label());
            assert_eq!(region_short(r), r.short());
        }
        for l in PracticeLevel::ALL {
            assert_eq!(level(l), l.label());
        }
        assert_eq!(
            level(PracticeLevel::NotAssessed),
            PracticeLevel::NotAssessed.label()
        );
        for c in Competency::ALL {
            assert_eq!(competency(c), c.label());
        }
        for a in Audience::ALL {
            assert_eq!(audience(a), a.label());
        }
    }

    #[test]
    fn terms_follow_the_language() {
        scope(Language::Fr, || {
            assert_eq!(region(Region::African), "Région africaine");
            assert_eq!(
                strategy(Strategy::ModelOfCare),
                "Réorienter le modèle de soins"
            );
        });
        scope(Language::Zh, || {
            assert_eq!(region(Region::WesternPacific), "西太平洋区域")
        });
    }

    /// Every kind a submission can be (the queue names it) has its word in
    /// every language: the id is made from the kind, so the source scan of
    /// ids cannot see it.
    #[test]
    fn every_submission_kind_has_its_word() {
        use crate::domain::{
            CommunityProposal, EventProposal, HeldPost, Item, JobKind, JobProposal, NewsKind,
            NewsProposal, PracticeProposal, ResourceProposal, Translated, TranslationProposal,
        };
        let mut items = vec![
            Item::Community(CommunityProposal::default()),
            Item::Post(HeldPost::default()),
            Item::Post(HeldPost {
                parent: Some(crate::domain::PostId(1)),
                ..HeldPost::default()
            }),
            Item::Event(EventProposal::default()),
            Item::Resource(ResourceProposal::default()),
            Item::Practice(PracticeProposal::default()),
            Item::Translation(TranslationProposal {
                of: Translated::Entry(crate::domain::EntryId(1)),
                original: String::new(),
                language: Language::Fr,
                title: String::new(),
                text: String::new(),
            }),
        ];
        items.extend(JobKind::ALL.map(|kind| {
            Item::Job(JobProposal {
                kind,
                ..JobProposal::default()
            })
        }));
        items.extend(NewsKind::ALL.map(|kind| {
            Item::News(NewsProposal {
                kind,
                ..NewsProposal::default()
            })
        }));
        for item in items {
            let id = format!("submission-kind-{}", item.kind().replace(' ', "-"));
            for l in Language::ALL {
                assert!(crate::lang::has(l, &id), "{id} in {l}");
            }
        }
    }
}
