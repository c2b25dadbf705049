//! The network's terms in the reader's language, from the glossary
//! (`assets/locales/<code>/glossary.ftl`): strategies, regions, practice levels,
//! competencies and audiences. The domain's own `label()` stays English, for
//! feeds, JSON and the web pages.

use stoa_core::domain::{Audience, Classification, Competency, PracticeLevel, Region, Strategy};

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
pub fn thread_order(order: stoa_core::forum::ThreadOrder) -> String {
    use stoa_core::forum::ThreadOrder;
    text(match order {
        ThreadOrder::Activity => "order-activity",
        ThreadOrder::Newest => "order-newest",
        ThreadOrder::Replies => "order-replies",
    })
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
}
