//! The questions plain mode asks for each kind of proposal.

use stoa_core::domain::{
    Audience, Competency, EventKind, JobKind, Language, NewsKind, PracticeLevel, Region,
    ResourceKind, Strategy,
};
use stoa_core::forum::{FieldName, LevelCriteria};
use stoa_present::t;
use stoa_present::terms;

#[derive(Clone, Debug, PartialEq)]
pub(super) enum How {
    Text,
    /// One of these, by number.
    Choice(Vec<String>),
    /// Any of these, by numbers separated by commas.
    Picks(Vec<String>),
    /// Several lines, one at a time; an empty line ends them.
    Lines,
    /// A text a paragraph per line, as `Lines`; kept with a blank line
    /// between paragraphs, as markdown reads them.
    Paragraphs,
    YesNo,
}

#[derive(Clone, Debug, PartialEq)]
pub(super) struct Question {
    pub name: FieldName,
    /// The question in the reader's language, with its own question mark.
    pub ask: String,
    pub how: How,
}

fn q(name: FieldName, ask: String) -> Question {
    Question {
        name,
        ask,
        how: How::Text,
    }
}

fn choice(name: FieldName, ask: String, options: Vec<String>) -> Question {
    Question {
        name,
        ask,
        how: How::Choice(options),
    }
}

fn labels<T: Copy>(all: &[T], label: fn(T) -> String) -> Vec<String> {
    all.iter().map(|x| label(*x)).collect()
}

/// A resource's kind in the reader's language: "toolkit".
fn resource_kind(k: ResourceKind) -> String {
    stoa_present::lang::text(&format!("library-kind-{}", k.slug()))
}

/// News or a blog post, in the reader's language.
fn news_kind(k: NewsKind) -> String {
    match k {
        NewsKind::News => t!("news-kind-news"),
        NewsKind::Blog => t!("news-kind-blog"),
    }
}

/// What can be proposed, as the first question lists them, in the reader's
/// language.
pub(super) fn kinds() -> [String; 6] {
    [
        t!("plain-proposing-kind-community"),
        t!("plain-proposing-kind-event"),
        t!("plain-proposing-kind-job"),
        t!("plain-proposing-kind-resource"),
        t!("plain-proposing-kind-practice"),
        t!("plain-proposing-kind-news"),
    ]
}

pub(super) fn questions(
    kind: &str,
    communities: &[String],
    levels: &LevelCriteria,
) -> Vec<Question> {
    let regions = labels(&Region::ALL, terms::region);
    let strategies = Question {
        name: FieldName::Strategies,
        ask: t!("plain-proposing-strategies"),
        how: How::Picks(labels(&Strategy::ALL, terms::strategy)),
    };
    let some_strategies = Question {
        name: FieldName::Strategies,
        ask: t!("plain-proposing-some-strategies"),
        how: How::Picks(labels(&Strategy::ALL, terms::strategy)),
    };
    let competencies = Question {
        name: FieldName::Competencies,
        ask: t!("plain-proposing-competencies"),
        how: How::Picks(labels(&Competency::ALL, terms::competency)),
    };
    let audiences = Question {
        name: FieldName::Audiences,
        ask: t!("plain-proposing-audiences"),
        how: How::Picks(labels(&Audience::ALL, terms::audience)),
    };
    let community = choice(
        FieldName::Community,
        t!("plain-proposing-community"),
        communities.to_vec(),
    );
    match kind {
        "community" => vec![
            q(FieldName::Name, t!("plain-proposing-community-name")),
            q(FieldName::Slug, t!("plain-proposing-community-slug")),
            q(FieldName::Purpose, t!("plain-proposing-community-purpose")),
            q(
                FieldName::Audience,
                t!("plain-proposing-community-audience"),
            ),
            Question {
                name: FieldName::MembersOnly,
                ask: t!("plain-proposing-community-members-only"),
                how: How::YesNo,
            },
            some_strategies.clone(),
        ],
        "event" => vec![
            choice(
                FieldName::Kind,
                t!("plain-proposing-event-kind"),
                labels(&EventKind::ALL, stoa_present::terms::event_kind),
            ),
            q(FieldName::Title, t!("plain-proposing-title")),
            q(FieldName::Starts, t!("plain-proposing-event-starts")),
            q(FieldName::Ends, t!("plain-proposing-event-ends")),
            q(FieldName::TimeZone, t!("plain-proposing-event-time-zone")),
            q(FieldName::Online, t!("plain-proposing-event-online")),
            q(FieldName::City, t!("plain-proposing-event-city")),
            q(FieldName::Country, t!("plain-proposing-country")),
            q(FieldName::Organizer, t!("plain-proposing-event-organizer")),
            q(FieldName::Deadline, t!("plain-proposing-event-deadline")),
            choice(
                FieldName::Region,
                t!("plain-proposing-event-region"),
                regions,
            ),
            strategies,
            competencies,
            audiences,
            q(FieldName::Tags, t!("plain-proposing-tags")),
            q(
                FieldName::Description,
                t!("plain-proposing-event-description"),
            ),
        ],
        "job" => vec![
            choice(
                FieldName::Kind,
                t!("plain-proposing-job-kind"),
                labels(&JobKind::ALL, stoa_present::terms::job_kind),
            ),
            q(FieldName::Title, t!("plain-proposing-title")),
            q(
                FieldName::Organization,
                t!("plain-proposing-job-organization"),
            ),
            q(FieldName::Location, t!("plain-proposing-job-location")),
            q(FieldName::Country, t!("plain-proposing-country")),
            choice(FieldName::Region, t!("plain-proposing-job-region"), regions),
            Question {
                name: FieldName::Remote,
                ask: t!("plain-proposing-job-remote"),
                how: How::YesNo,
            },
            q(FieldName::Closes, t!("plain-proposing-job-closes")),
            some_strategies,
            Question {
                name: FieldName::Competencies,
                ask: t!("plain-proposing-job-competencies"),
                how: How::Picks(labels(&Competency::ALL, terms::competency)),
            },
            q(FieldName::Tags, t!("plain-proposing-tags")),
            q(
                FieldName::Description,
                t!("plain-proposing-job-description"),
            ),
            q(
                FieldName::HowToApply,
                t!("plain-proposing-job-how-to-apply"),
            ),
        ],
        "resource" => vec![
            choice(
                FieldName::Kind,
                t!("plain-proposing-resource-kind"),
                labels(&ResourceKind::ALL, resource_kind),
            ),
            q(FieldName::Title, t!("plain-proposing-title")),
            q(FieldName::Authors, t!("plain-proposing-resource-authors")),
            q(FieldName::Year, t!("plain-proposing-resource-year")),
            q(FieldName::Link, t!("plain-proposing-resource-link")),
            q(FieldName::Language, t!("plain-proposing-resource-language")),
            q(FieldName::Summary, t!("plain-proposing-resource-summary")),
            q(FieldName::Text, t!("plain-proposing-resource-text")),
            q(FieldName::Files, t!("plain-proposing-resource-files")),
            choice(
                FieldName::Region,
                t!("plain-proposing-resource-region"),
                regions,
            ),
            q(FieldName::Country, t!("plain-proposing-resource-country")),
            strategies,
            competencies,
            audiences,
            q(FieldName::Tags, t!("plain-proposing-tags")),
            community,
        ],
        "translation" => vec![
            choice(
                FieldName::Language,
                t!("plain-proposing-translation-language"),
                Language::ALL
                    .iter()
                    .map(|l| l.native_name().to_string())
                    .collect(),
            ),
            q(FieldName::Title, t!("plain-proposing-translation-title")),
            Question {
                name: FieldName::Text,
                ask: t!("plain-proposing-translation-text"),
                how: How::Paragraphs,
            },
        ],
        "news" => vec![
            choice(
                FieldName::Kind,
                t!("plain-proposing-news-kind"),
                labels(&NewsKind::ALL, news_kind),
            ),
            q(FieldName::Title, t!("plain-proposing-news-title")),
            choice(
                FieldName::Region,
                t!("plain-proposing-news-region"),
                regions,
            ),
            Question {
                name: FieldName::Body,
                ask: t!("plain-proposing-news-body"),
                how: How::Paragraphs,
            },
        ],
        _ => vec![
            choice(
                FieldName::Level,
                t!("plain-proposing-practice-level"),
                PracticeLevel::ALL
                    .iter()
                    .map(|l| format!("{}: {}", terms::level(*l), levels.of(*l)))
                    .collect(),
            ),
            q(FieldName::Title, t!("plain-proposing-title")),
            q(FieldName::Country, t!("plain-proposing-practice-country")),
            q(FieldName::Setting, t!("plain-proposing-practice-setting")),
            q(FieldName::Period, t!("plain-proposing-practice-period")),
            q(FieldName::Summary, t!("plain-proposing-practice-summary")),
            q(
                FieldName::WhatWasDone,
                t!("plain-proposing-practice-what-was-done"),
            ),
            q(FieldName::Results, t!("plain-proposing-practice-results")),
            q(FieldName::Impact, t!("plain-proposing-practice-impact")),
            q(FieldName::Expected, t!("plain-proposing-practice-expected")),
            q(FieldName::Why, t!("plain-proposing-practice-why")),
            q(FieldName::Instead, t!("plain-proposing-practice-instead")),
            q(FieldName::Lessons, t!("plain-proposing-practice-lessons")),
            Question {
                name: FieldName::References,
                ask: t!("plain-proposing-practice-references"),
                how: How::Lines,
            },
            Question {
                name: FieldName::Figures,
                ask: t!("plain-proposing-practice-figures"),
                how: How::Lines,
            },
            q(FieldName::Contact, t!("plain-proposing-practice-contact")),
            choice(
                FieldName::Region,
                t!("plain-proposing-practice-region"),
                regions,
            ),
            strategies,
            competencies,
            audiences,
            q(FieldName::Tags, t!("plain-proposing-tags")),
            community,
        ],
    }
}

#[cfg(test)]
mod tests {
    use stoa_core::forum::Checked;

    use super::questions;

    /// Plain mode asks again for every field the forum refuses, by its name:
    /// each field a proposal's check may name has its question.
    #[test]
    fn every_field_a_check_may_name_is_asked() {
        let communities = vec!["Care workforce".to_string()];
        for (kind, checked) in [
            ("community", Checked::Community),
            ("event", Checked::Event),
            ("job", Checked::Job),
            ("resource", Checked::Resource),
            ("practice", Checked::Practice),
            ("news", Checked::News),
            ("translation", Checked::Translation),
        ] {
            let asked: Vec<_> = questions(
                kind,
                &communities,
                &stoa_core::forum::LevelCriteria::default(),
            )
            .iter()
            .map(|q| q.name)
            .collect();
            for field in checked.fields() {
                assert!(asked.contains(field), "{kind}: no question for {field}");
            }
        }
    }
}
