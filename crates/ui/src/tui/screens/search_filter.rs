//! The search screen's filter (`F`): kind, community, strategy, region, date,
//! language.

use crate::tui::form::{Field, Form};
use stoa_core::domain::{Language, Region, Strategy};
use stoa_core::forum::FieldErrors;
use stoa_core::forum::FieldName;
use stoa_core::forum::search::SearchFilter;
use stoa_core::search::Kind;
use stoa_present::{lang, t, terms};

fn choice_index<T: PartialEq>(all: &[T], chosen: Option<&T>) -> Option<usize> {
    Some(
        chosen
            .and_then(|c| all.iter().position(|x| x == c))
            .map_or(0, |i| i + 1),
    )
}

/// The form for `f`; `communities` are (slug, name).
pub fn form(f: &SearchFilter, communities: &[(String, String)]) -> Form {
    let kinds: Vec<String> = Kind::ALL
        .iter()
        .map(|k| lang::text(&format!("search-kind-{}", k.as_str())))
        .collect();
    let names: Vec<String> = communities.iter().map(|(_, n)| n.clone()).collect();
    let slugs: Vec<&String> = communities.iter().map(|(s, _)| s).collect();
    let any = |labels: Vec<String>| {
        std::iter::once(t!("events-filter-any"))
            .chain(labels)
            .collect::<Vec<_>>()
    };
    Form::new(vec![
        Field::choice(
            FieldName::Kind,
            t!("events-filter-kind"),
            any(kinds),
            choice_index(&Kind::ALL, f.kind.as_ref()),
        )
        .hint(t!("signup-region-hint")),
        Field::choice(
            FieldName::Community,
            t!("search-filter-community-field"),
            any(names),
            choice_index(&slugs, f.community.as_ref().as_ref()),
        )
        .hint(t!("search-filter-community-hint")),
        Field::choice(
            FieldName::Strategy,
            t!("events-filter-strategy"),
            any(Strategy::ALL
                .iter()
                .map(|s| terms::strategy_short(*s))
                .collect()),
            choice_index(&Strategy::ALL, f.strategy.as_ref()),
        )
        .hint(t!("signup-region-hint")),
        Field::choice(
            FieldName::Region,
            t!("events-filter-region"),
            any(Region::ALL.iter().map(|r| terms::region(*r)).collect()),
            choice_index(&Region::ALL, f.region.as_ref()),
        )
        .hint(t!("signup-region-hint")),
        Field::line(
            FieldName::Since,
            t!("search-filter-since-field"),
            &f.since
                .map(|t| t.strftime("%Y-%m-%d").to_string())
                .unwrap_or_default(),
        )
        .hint(t!("search-filter-since-hint")),
        Field::choice(
            FieldName::Language,
            stoa_present::t!("display-language"),
            any(Language::ALL
                .iter()
                .map(|l| l.native_name().to_string())
                .collect()),
            choice_index(&Language::ALL, f.language.as_ref()),
        )
        .hint(stoa_present::t!("search-language-hint")),
    ])
    .with_label_width(11)
}

/// The filter the form says, or `None` (with the message under the field) when
/// the date is not one.
pub fn read(form: &mut Form, communities: &[(String, String)]) -> Option<SearchFilter> {
    let since = match form.text(FieldName::Since).trim() {
        "" => None,
        day => match day.parse::<jiff::civil::Date>() {
            Ok(d) => d
                .to_zoned(jiff::tz::TimeZone::UTC)
                .ok()
                .map(|z| z.timestamp()),
            Err(_) => {
                let mut errors = FieldErrors::default();
                errors.add(FieldName::Since, t!("search-filter-since-error"));
                form.show_errors(&errors);
                return None;
            }
        },
    };
    let pick = |name| form.choice(name).and_then(|i: usize| i.checked_sub(1));
    Some(SearchFilter {
        kind: pick(FieldName::Kind).and_then(|i| Kind::ALL.get(i).copied()),
        community: pick(FieldName::Community)
            .and_then(|i| communities.get(i))
            .map(|(slug, _)| slug.clone()),
        strategy: pick(FieldName::Strategy).and_then(|i| Strategy::ALL.get(i).copied()),
        region: pick(FieldName::Region).and_then(|i| Region::ALL.get(i).copied()),
        since,
        language: pick(FieldName::Language).and_then(|i| Language::ALL.get(i).copied()),
    })
}
