//! The questions plain mode asks for each kind of proposal.

use stoa_core::domain::{
    Audience, Competency, EventKind, JobKind, NewsKind, PracticeLevel, Region, ResourceKind,
    Strategy,
};
use stoa_core::forum::{FieldName, LevelCriteria};

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
    pub ask: &'static str,
    pub how: How,
}

fn q(name: FieldName, ask: &'static str) -> Question {
    Question {
        name,
        ask,
        how: How::Text,
    }
}

fn choice(name: FieldName, ask: &'static str, options: Vec<String>) -> Question {
    Question {
        name,
        ask,
        how: How::Choice(options),
    }
}

fn labels<T: Copy>(all: &[T], label: fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|x| label(*x).to_string()).collect()
}

/// A proposal being asked for, question by question.
pub(super) const KINDS: [&str; 6] = [
    "a community",
    "an event",
    "a job or opportunity",
    "a resource",
    "a practice",
    "news or a blog post",
];

pub(super) fn questions(
    kind: &str,
    communities: &[String],
    levels: &LevelCriteria,
) -> Vec<Question> {
    let regions = labels(&Region::ALL, Region::label);
    let strategies = Question {
        name: FieldName::Strategies,
        ask: "Which of the five strategies (their numbers, separated by commas)",
        how: How::Picks(labels(&Strategy::ALL, Strategy::label)),
    };
    let some_strategies = Question {
        name: FieldName::Strategies,
        ask: "Which of the five strategies it works on (their numbers, separated by commas; Enter for none)",
        how: How::Picks(labels(&Strategy::ALL, Strategy::label)),
    };
    let competencies = Question {
        name: FieldName::Competencies,
        ask: "Which competencies it helps build (their numbers, separated by commas; Enter for none)",
        how: How::Picks(labels(&Competency::ALL, Competency::label)),
    };
    let audiences = Question {
        name: FieldName::Audiences,
        ask: "Who it is for (their numbers, separated by commas; Enter for none)",
        how: How::Picks(labels(&Audience::ALL, Audience::label)),
    };
    let community = choice(
        FieldName::Community,
        "Which community discusses it?",
        communities.to_vec(),
    );
    match kind {
        "community" => vec![
            q(FieldName::Name, "The community's name"),
            q(
                FieldName::Slug,
                "Its short name, for addresses: a-z, 0-9 and '-'",
            ),
            q(FieldName::Purpose, "What it is for, in a sentence or two"),
            q(FieldName::Audience, "Who it is for"),
            Question {
                name: FieldName::MembersOnly,
                ask: "Readable by signed-up members only, not guests? yes or no",
                how: How::YesNo,
            },
            some_strategies.clone(),
        ],
        "event" => vec![
            choice(
                FieldName::Kind,
                "What kind of event?",
                labels(&EventKind::ALL, EventKind::label),
            ),
            q(FieldName::Title, "Its title"),
            q(
                FieldName::Starts,
                "When it starts, on the organizer's clock, e.g. 2027-03-02 09:00",
            ),
            q(FieldName::Ends, "When it ends, e.g. 2027-03-03 17:00"),
            q(
                FieldName::TimeZone,
                "The organizer's time zone, e.g. Africa/Nairobi",
            ),
            q(
                FieldName::Online,
                "Its online link, https://... (Enter for none)",
            ),
            q(FieldName::City, "Its city, if in person (Enter for none)"),
            q(FieldName::Country, "Its country (Enter for none)"),
            q(FieldName::Organizer, "Who organizes it"),
            q(
                FieldName::Deadline,
                "For a call for papers, the last day to submit, e.g. 2027-01-15 (Enter for none)",
            ),
            choice(FieldName::Region, "Which region is it for?", regions),
            strategies,
            competencies,
            audiences,
            q(
                FieldName::Tags,
                "Tags, separated by commas (Enter for none)",
            ),
            q(
                FieldName::Description,
                "What it is, for whom, and what it costs",
            ),
        ],
        "job" => vec![
            choice(
                FieldName::Kind,
                "What kind?",
                labels(&JobKind::ALL, JobKind::label),
            ),
            q(FieldName::Title, "Its title"),
            q(FieldName::Organization, "The organization offering it"),
            q(FieldName::Location, "Its city or place (Enter if remote)"),
            q(FieldName::Country, "Its country (Enter for none)"),
            choice(FieldName::Region, "Which region is it in?", regions),
            Question {
                name: FieldName::Remote,
                ask: "Can it be done remotely? yes or no",
                how: How::YesNo,
            },
            q(FieldName::Closes, "The last day to apply, e.g. 2027-01-31"),
            some_strategies,
            Question {
                name: FieldName::Competencies,
                ask: "Which competencies (their numbers, separated by commas; Enter for none)",
                how: How::Picks(labels(&Competency::ALL, Competency::label)),
            },
            q(
                FieldName::Tags,
                "Tags, separated by commas (Enter for none)",
            ),
            q(
                FieldName::Description,
                "The role or programme, and who it suits",
            ),
            q(FieldName::HowToApply, "How to apply"),
        ],
        "resource" => vec![
            choice(
                FieldName::Kind,
                "What kind of resource?",
                labels(&ResourceKind::ALL, ResourceKind::label),
            ),
            q(FieldName::Title, "Its title"),
            q(
                FieldName::Authors,
                "Its authors, or the organization that wrote it",
            ),
            q(FieldName::Year, "The year it came out"),
            q(
                FieldName::Link,
                "Where to find it: https://... (Enter for none if you give its text or files)",
            ),
            q(FieldName::Language, "The language it is in"),
            q(
                FieldName::Summary,
                "What it is, what it says, who it is for",
            ),
            q(
                FieldName::Text,
                "Its own text for members to read here, on one line (Enter for none; the full screen takes longer texts)",
            ),
            q(
                FieldName::Files,
                "Files from your uploads to attach, by name, separated by commas (Enter for none; sftp puts files in uploads/)",
            ),
            choice(FieldName::Region, "Which region does it concern?", regions),
            q(
                FieldName::Country,
                "The country, if it is about one (Enter for none)",
            ),
            strategies,
            competencies,
            audiences,
            q(
                FieldName::Tags,
                "Tags, separated by commas (Enter for none)",
            ),
            community,
        ],
        "news" => vec![
            choice(
                FieldName::Kind,
                "Is it news, or a blog post (your own account or view, signed by you)?",
                labels(&NewsKind::ALL, NewsKind::label),
            ),
            q(FieldName::Title, "Its headline"),
            choice(
                FieldName::Region,
                "Which region is it about (Global for everyone)",
                regions,
            ),
            Question {
                name: FieldName::Body,
                ask: "Its text, one paragraph per line; an empty line ends it",
                how: How::Paragraphs,
            },
        ],
        _ => vec![
            choice(
                FieldName::Level,
                "How far has it come?",
                PracticeLevel::ALL
                    .iter()
                    .map(|l| format!("{}: {}", l.label(), levels.of(*l)))
                    .collect(),
            ),
            q(FieldName::Title, "Its title"),
            q(FieldName::Country, "The country where it happened"),
            q(
                FieldName::Setting,
                "Where it ran and at what scale, e.g. 12 rural health posts",
            ),
            q(FieldName::Period, "When it ran, e.g. 2016-2021"),
            q(FieldName::Summary, "What it is, in a few lines"),
            q(FieldName::WhatWasDone, "What was done"),
            q(
                FieldName::Results,
                "What came of it (for a brilliant failure: what happened)",
            ),
            q(
                FieldName::Impact,
                "Its impact on people and services beyond what was measured (Enter for none)",
            ),
            q(
                FieldName::Expected,
                "For a brilliant failure, what was expected (Enter if it is not one)",
            ),
            q(
                FieldName::Why,
                "For a brilliant failure, why it did not come (Enter if it is not one)",
            ),
            q(
                FieldName::Instead,
                "For a brilliant failure, what others should do instead (Enter if it is not one)",
            ),
            q(
                FieldName::Lessons,
                "What others can learn from it (Enter for none if a brilliant failure)",
            ),
            Question {
                name: FieldName::References,
                ask: "Its references, one per line: citation | https://link (the link if there is one); an empty line ends them",
                how: How::Lines,
            },
            Question {
                name: FieldName::Figures,
                ask: "Its figures, one per line, each ending with the number of the reference it comes from, e.g. coverage rose to 75% [1], then | and the source's caveat if it gives one; an empty line ends them",
                how: How::Lines,
            },
            q(FieldName::Contact, "Who to ask about it (Enter for none)"),
            choice(FieldName::Region, "Which region?", regions),
            strategies,
            competencies,
            audiences,
            q(
                FieldName::Tags,
                "Tags, separated by commas (Enter for none)",
            ),
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
